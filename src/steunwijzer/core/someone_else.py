"""A safety question answered about another person: "niet ik, wel mn beste vriend",
"nee, maar ik maak me zorgen om mijn kamergenoot" (role-plays, rounds 14 and 20). Kept
apart from ownwords.py to keep it small; ``words_beside`` asks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Recognition

_AFFIRMING = frozenset(
    ("wel", "ook", "juist", "does", "did", "do", "has", "is", "was", "too", "also", "yes", "ja",
     # "maar een vriendin van de studievereniging misschien wel" (a role-play, round 15)
     "misschien", "maybe", "might", "perhaps", "denk", "think")
)  # fmt: skip


_FIRST = frozenset(("i", "me", "my", "mine", "ik", "mij", "mijn", "mn"))
_PRONOUN_ONLY = frozenset(
    ("she", "he", "they", "ze", "zij", "hij", "her", "him", "them", "haar", "hem")
)


def _affirmed(after: list[str]) -> bool:
    """An affirming word not denied next: "does not" is no "does"."""
    return any(
        w in _AFFIRMING and after[i + 1 : i + 2] not in (["not"], ["niet"])
        for i, w in enumerate(after)
    )


_BEFORE_OTHER = frozenset(
    ("wel", "zorgen", "bezorgd", "ongerust", "bang", "worried", "worry", "worrying", "scared",
     "afraid", "concerned")
)  # fmt: skip


# "man", "bro" said to the listener, after a no or a yes: "nee man, zo erg is het niet"
# was a friend at risk and "call 112 for that person" (a role-play, round 63).
_ADDRESS = frozenset(("man", "bro", "gast", "mattie", "dude", "mate", "meid", "jongen", "sis"))
_INTERJECTIONS = frozenset(
    ("nee", "ja", "no", "yes", "nah", "yo", "oh", "ah", "joh", "jawel", "nope", "yeah", "ey")
)


def _addressed(words: list[str], j: int) -> bool:
    return words[j] in _ADDRESS and (j == 0 or words[j - 1] in _INTERJECTIONS)


def someone_else(reply: str) -> Recognition | None:
    """A safety question answered about another person: a person named ("mijn
    huisgenote", "my friend") and an affirming word after it ("wel", "does", "too")."""
    from steunwijzer.core.findings import Finding, Recognition
    from steunwijzer.core.lexicon import ABOUT_OTHER
    from steunwijzer.core.textcontext import Tokens, other_person
    from steunwijzer.core.textloss import wish_to_join

    if (wish := wish_to_join(reply)) is not None:  # hers is the student's own (r32)
        return Recognition((wish,), ())
    tokens = Tokens(reply)
    words = tokens.words
    # A pronoun alone is the student in the counsellor's words ("no, she says she doesn't
    # want to die" was concern for someone else; a role-play, round 54) unless the
    # student is set against them ("not me, but she does", "nee, maar zij wel").
    mine = not _FIRST.isdisjoint(words)
    for j in range(len(words)):
        if (
            other_person(words, j)
            and not _addressed(words, j)
            and (mine or words[j] not in _PRONOUN_ONLY or words[j - 1 : j] in (["maar"], ["but"]))
            and (
                _affirmed(words[j + 1 : j + 7])
                # "niet ik, wel mn beste vriend"; "nee, maar ik maak me zorgen om mijn
                # kamergenoot" (a role-play, round 20: both a plain no)
                or _BEFORE_OTHER.intersection(words[max(0, j - 5) : j])
            )
        ):
            finding = Finding(
                ABOUT_OTHER,
                " ".join(reply.split()),
                0,
                len(reply),
                "a safety question answered about someone else",
                "built-in",
                about_other=True,
            )
            return Recognition((finding,), ())
    return None


# Someone nobody names: asked of whoever reads ("weet iemand hoeveel van die slaappillen
# je nodig hebt ..." was concern for someone else; an outsiders' set, round 10), or
# supposed, which is most often the writer ("hypothetically if someone stopped going to
# classes in october ... should they just unenroll" was nothing recognised; a blind set
# of students who ask instead of tell, round 58). Not a someone placed near the writer:
# "if someone in my class", "als iemand die ik ken", "if someone tells me ...".
_SOMEONE = frozenset(("iemand", "someone", "somebody"))
_ASKING = frozenset(("weet", "kent", "heeft", "does", "can", "could", "will"))
_SUPPOSING = frozenset(
    ("if", "als", "stel", "suppose", "supposing", "say", "hypothetically", "hypothetisch",
     "imagine", "wanneer")
)  # fmt: skip
_PLACED = frozenset(
    ("in", "from", "at", "uit", "van", "bij", "op", "close", "i", "ik", "you",
     # "if someone tells me they want to die": the writer listens (round 58's review)
     "tells", "told", "says", "said", "asks", "texts", "zegt", "zei", "vertelt", "vraagt", "appt")
)  # fmt: skip


def nobody_named(words: list[str], j: int) -> bool:
    """True when the word at j is a someone asked or supposed, not someone named."""
    if words[j] not in _SOMEONE or j == 0:
        return False
    before = words[j - 1]
    if before in _ASKING:
        return True
    supposed = before in _SUPPOSING or (
        j > 1 and before in ("dat", "that") and words[j - 2] in _SUPPOSING
    )
    after = words[j + 1 : j + 3]
    placed = bool(after) and (
        after[0] in _PLACED or (after[0] in ("die", "who", "that") and after[1:] in (["ik"], ["i"]))
    )
    return supposed and not placed
