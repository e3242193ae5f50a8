"""Where a negation's reach ends: a clause of its own, "anymore" that closes what was
denied, a "maar" that corrects it, and a "not ... without" that says the act is needed.
Read by textcontext.negation; kept apart from the other readings of who and whom
(textroles.py) to keep both small."""

from __future__ import annotations

from steunwijzer.core import lexicon

_OWN_CLAUSE_SUBJECTS = lexicon.word_set("he she they hij zij ze ik i we wij")
# Words after which a subject is inside what is negated: "not that he ...", "I don't think
# he ...", "niet dat hij ...", "ik weet niet of hij ...".
_CARRIED_BY = lexicon.LINKS_ON | lexicon.word_set(
    "like alsof as think thinks thought believe guess suppose mean feel felt realise "
    "realize realised realized notice noticed remember denk dacht geloof vind vond bedoel "
    "voel voelde merk merkte herinner sure zeker"
)


_WANTS = frozenset(("wil", "wou", "wilde"))


def negation_reach(words: list[str], start: int, reach: int) -> int:
    """Where a negation before a finding may stand (the lower bound, exclusive): nowhere
    before it when the finding opens a clause of its own with its own subject. "when
    she's not there he threatens me" (an outsiders' set, round 16): the "not" belongs
    to the clause before."""
    if start > 0 and words[start] in _OWN_CLAUSE_SUBJECTS and words[start - 1] not in _CARRIED_BY:
        return start - 1
    low = max(-1, start - reach - 1)
    # "cant do this anymore wanna die", "ik kan niet meer wil dood": "anymore" closes what
    # the "not" denied, a wish after it is said, not denied (a blind set of chats, r59);
    # not "doesn't care anymore if she lives or dies": what follows belongs to the care
    for k in range(start - 1, low, -1):
        if (words[k] in lexicon.SCOPE_ENDS and words[k + 1] not in lexicon.LINKS_ON) or (
            words[k] == "meer" and words[k + 1] in _WANTS
        ):
            return k
        if not_without(words, k):
            return k  # "can't go a day without cutting myself": a double no
    return low


def contrasted(words: list[str], j: int, used: tuple[int, ...]) -> bool:
    """ "ragequitten, niet uit de game maar uit alles": the "niet" belongs to what the
    "maar" corrects; the finding's own words after it are what is meant (set104)."""
    turns = [k for k in range(j + 1, max(used, default=j)) if words[k] in _CONTRAST]
    return bool(turns) and any(u > turns[0] for u in used)


_CONTRAST = frozenset(("maar", "but"))


# "I can't go a day without cutting myself", "ik kan het niet meer handlen zonder dat ik
# mezelf snij": a "not" before the "without" makes the act what is needed, not what is
# missing (a blind set of code-switching students, round 59, found stress alone). Not "a
# whole month without cutting myself": no "not" before it, the streak stays a denial.
_WITHOUT = frozenset(("zonder", "without"))
_NOT = frozenset(("not", "niet", "never", "nooit", "no", "geen"))


def not_without(words: list[str], j: int) -> bool:
    """True when the "without" at j follows a "not" of its own clause (a double no)."""
    return words[j] in _WITHOUT and not _NOT.isdisjoint(words[max(0, j - 6) : j])


# "I'm not sure I don't want to die", "ik weet niet of ik niet dood wil": a denial the
# student doubts is no denial (round 66's left-open list: these gave nothing at all).
# Not "I don't know, I don't want to die": the comma makes the denial a clause of its own.
_UNSURE = frozenset(("sure", "zeker", "certain", "convinced", "overtuigd"))
_KNOW = frozenset(("know", "weet", "weten", "say", "zeggen", "zeg"))
_IF = frozenset(("if", "whether", "of", "that", "dat"))
_DOUBT_NOT = frozenset(("not", "niet", "nie", "nt"))


def doubted_denial(words: list[str], clause: list[int], j: int) -> bool:
    """True when the negation at j stands inside a doubt of its own: "not sure I don't",
    "don't know if I don't", "weet niet of ik niet", "can't say I don't"."""
    for k in range(j - 1, max(-1, j - 6), -1):
        if clause[k] != clause[j]:
            return False
        # "not sure", "niet zo zeker": a "not" of the doubt itself, at most one word
        # before it; not a "no" that answers ("no, I'm sure I don't want to die": found
        # reviewing the round's diff)
        if words[k] in _UNSURE and not _DOUBT_NOT.isdisjoint(words[max(0, k - 2) : k]):
            return True
        near = words[max(0, k - 3) : k + 2]
        if (
            words[k] in _KNOW
            and k + 1 < j
            and _NOT.intersection(near)
            and (_IF.intersection(words[k + 1 : k + 3]) or words[k] in ("say", "zeggen"))
        ):
            return True
    return False
