"""The past beside a finding: words that tell of a past close to it, in a text that
says it is over ("three years ago I had such thoughts, now I am fine"), and the words
that bring it back into the present ("but last week I cut again"). Used by
core/findings.py and core/resembling.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

__all__ = ["PAST_REACH", "over_and_done", "past_near", "recent", "said_over"]


# Words beside a finding that say it happened again or lately: "that's been over for
# years, though last week I cut again" is no past (round 12).
_RECENT = frozenset(
    ("again", "weer", "opnieuw", "relapsed", "relapse", "terugval", "teruggevallen",
     "yesterday", "gisteren", "vannacht", "recently", "onlangs", "tonight", "vanavond",
     "today", "vandaag",
     # "died by suicide two years ago and lately I catch myself thinking about doing
     # the same" was set aside as a past (round 21's role-play; set72, round 22)
     "lately", "nowadays", "currently", "tegenwoordig", "momenteel")
)  # fmt: skip


# After a contrast, these tell of a relapse: "vroeger sneed ik mezelf, al jaren clean,
# maar gisteren deed ik het weer" (an outsiders' set, round 15). Before the finding they
# do not: "gisteren zei ik nog: vroeger sneed ik mezelf" (round 12).
_RELAPSE = frozenset(
    ("yesterday", "gisteren", "vannacht", "eergisteren", "recently", "onlangs", "relapsed",
     "relapse", "terugval", "teruggevallen", "lately", "laatst")
)  # fmt: skip
_BUT = frozenset(("maar", "but", "though", "although", "alleen", "behalve", "except"))


# A need that is not acute is set aside as a past only in a text with nothing that
# brings it into the present: "had 2 jr geleden eetstoornis, behandeld, nu stabiel en
# klachtenvrij" is no eating problem (round 49's blind set B), but "diagnosed last year
# ... some weeks are really hard", "vorig jaar verhuisd en heb nog steeds niemand" are
# needs now, and a diagnosis of a condition does not pass.
_NOW_TOO = _BUT | frozenset(
    ("still", "nog", "steeds", "since", "sinds", "again", "weer", "lately", "laatst")
)


# "none since", "niets sindsdien" (not "sindsdien ... niks": "ik kan me sindsdien op
# niks meer focussen" is a need now) and a "but" that points back ("maar dat is helemaal
# verwerkt", "but that's totally sorted now") bring nothing into the present.
_NONE = frozenset(("none", "nothing", "not", "never", "niets", "niks", "geen", "nooit"))
_SINCE = frozenset(("since", "sinds", "sindsdien"))
_BACK = frozenset(("dat", "that", "thats", "that's", "it's", "its", "het", "die"))


# Words that say the need is gone. A "but" followed by one of them turns to the recovery,
# not to a need now ("I drank every night in my first year, but I've been sober for two
# years", "maar na behandeling ben ik al drie jaar hersteld"), and "again" beside one is
# the recovery's ("completely fine again", "ik geniet weer van alles"): set150, round 52.
_GONE = frozenset(
    ("sober", "recovered", "hersteld", "fine", "okay", "ok", "goed", "prima", "clean",
     "voorbij", "verwerkt", "sorted", "resolved", "opgelost", "geniet", "enjoy", "better",
     "beter")
)  # fmt: skip
_AGAIN = frozenset(("again", "weer", "opnieuw"))


def _gone_now(window: list[str]) -> frozenset[str]:
    """ "but they are gone now", "maar dat is nu weg": the thoughts are gone; not "but now
    I just want to be gone", "maar ik wil nu weg" (a wish, not a recovery): round 55."""
    for k, w in enumerate(window):
        before = window[max(0, k - 2) : k]
        if w in ("gone", "weg") and not _IS.isdisjoint(before) and _WISH.isdisjoint(before):
            return frozenset((w,))
    return frozenset()


_IS = frozenset(("are", "is", "were", "was", "zijn", "re", "s", "allang", "long"))
_WISH = frozenset(("be", "wil", "want", "wants", "wanna", "moet", "must"))
_BETTER = frozenset(("better", "beter"))
_SOMEWHAT = frozenset(("wat", "iets", "beetje", "bit", "little", "slightly", "somewhat", "bietje"))
_TURN = 8  # words after a "but" in which the recovery is said
_ANYWAY = {"maar": "goed", "but": "okay"}


def over_and_done(theme: str, words: list[str], start: int) -> bool:
    if theme == "functional_impairment":
        return False
    turned = -1  # where a "but" that turns to the recovery stands
    for i, w in enumerate(words):
        if w not in _NOW_TOO:
            continue
        if w in _SINCE and i > 0 and words[i - 1] in _NONE:
            continue
        if w in _BUT and i > start and words[i + 1 : i + 2] and words[i + 1] in _BACK:
            continue  # (after the finding: "... maar dat is verwerkt. ik kom voor mijn planning")
        # ("maar goed", "but okay": anyway, the writer goes on; set38)
        window = words[i + 1 : i + 1 + _TURN] if words[i + 1 : i + 2] != [_ANYWAY.get(w)] else []
        gone = _GONE.intersection(window) | _gone_now(window)
        if gone <= _BETTER and not _SOMEWHAT.isdisjoint(window):
            gone = frozenset()  # "but it is a bit better": better, not over
        if w in _BUT and gone and _NONE.isdisjoint(window):
            turned = i
            continue
        if w in _SINCE and turned == i - 1:
            continue  # "but since I changed my routine ... fine again"
        if w in _AGAIN and not _GONE.isdisjoint(words[max(0, i - 3) : i + 2]):
            continue
        return False
    return True


def past_near(tokens: Tokens, past: set[int], start: int, end: int) -> bool:
    """Words that tell of a past (``past``: where they start, in a text that says it is
    over) close to a finding, in its sentence. The whole sentence was too wide: in a
    long spoken one, "vorig jaar de diagnose ADHD ... dat gaat beter nu ..., en dan zoek
    ik op hoe je er een eind aan kunt maken" set the last words aside (round 20). Words
    that open the sentence still set the time of all of it."""
    sentence = tokens.sentence[start]
    for p in past:
        if tokens.sentence[p] != sentence:
            continue
        if start - PAST_REACH <= p <= end + PAST_REACH:
            return True
        # Said first, it sets the time of the whole sentence: "Last year my friend was in
        # a really bad place and tried to end his life, but ..."
        if p < start and all(tokens.sentence[j] != sentence for j in range(max(0, p - 2), p)):
            return True
    return False


PAST_REACH = 12


def recent(tokens: Tokens, start: int, end: int) -> bool:
    sentence = tokens.sentence[start]
    words = tokens.words
    for j in range(max(0, start - 4), min(tokens.n, end + 5)):
        if words[j] in _RECENT and tokens.sentence[j] == sentence:
            return True
    contrast = False
    for j in range(end + 1, tokens.n):
        if tokens.sentence[j] != sentence:
            break
        contrast = contrast or words[j] in _BUT
        if contrast and words[j] in _RELAPSE:
            return True
    return _done_again_after(tokens, end + 1, sentence)


# Done again, told in a sentence of its own after the past: "vroeger sneed ik, was er echt
# vanaf. 14 maanden niks. gisteravond toch weer gedaan" (set313, round 62) was a past.
# All three in one sentence: when, again, and a deed ("weer naar de psycholoog" is none).
_WHEN = _RELAPSE | frozenset(
    ("gisteravond", "vanochtend", "tonight", "vanavond", "today", "vandaag")
)
_ONCE_MORE = frozenset(("weer", "again", "opnieuw"))
_DID = frozenset(
    ("gedaan", "deed", "did", "done", "gebeurd", "happened", "gesneden", "sneed", "cut",
     "gekrast", "kraste", "relapsed")
)  # fmt: skip


def _done_again_after(tokens: Tokens, after: int, sentence: int) -> bool:
    """In one of the three sentences after ``sentence`` (read from ``after`` on, never
    the whole text: a long text holds many findings)."""
    words, seen = tokens.words, tokens.sentence
    later: dict[int, set[str]] = {}
    for j in range(after, tokens.n):
        if seen[j] > sentence + 3:
            break
        if seen[j] > sentence:
            later.setdefault(seen[j], set()).add(words[j])
    return any(
        not (_WHEN.isdisjoint(said) or _ONCE_MORE.isdisjoint(said) or _DID.isdisjoint(said))
        for said in later.values()
    )


def said_over(wells: list[tuple[int, int]], found: list[tuple[int, int]]) -> bool:
    """Whether a sign that a past is over begins outside the findings where stopping is
    the risk (``found``: a dropout risk's): "stopped going to classes about a month ago"
    matched both a dropout risk and "stopped ... months ago" (a habit given up), and the
    risk was set aside as its own past (a blind set of international students, round
    51). For self-harm or drinking, stopping is the recovery: "I stopped self harming 5
    years ago", "clean from self harm since 2019" are over."""
    return any(not any(low <= start <= high for low, high in found) for start, end in wells)
