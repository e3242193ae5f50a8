"""A denial said after the words, in their sentence: "Maar dood willen zijn, nee, dat
niet, zo bedoel ik het niet" was read as a yes to "have you wished you were dead?" (a
role-play, round 21). Kept apart from textcontext.py to keep it small."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

_NO = frozenset(("nee", "no"))
_THAT = frozenset(("dat", "that", "daar", "daaraan"))
_NOT = frozenset(("niet", "not"))


# The reason denied: "ik slaap twaalf uur, maar dat is omdat ik uitgeput ben, niet omdat
# ik niet meer wakker wil worden", "not because I want to die" (a role-play, round 55: a
# student with autism who answered precisely got 113 first). A "because" opens a clause,
# so the "not" before it never reached the finding.
_BECAUSE = frozenset(("omdat", "because", "cause", "cuz", "doordat"))
_NOT_THE = frozenset(("niet", "not", "nie", "never", "nooit"))


def not_the_reason(tokens: Tokens, start: int) -> int:
    """Where the "niet"/"not" before the "omdat"/"because" that opens the finding's clause
    stands, in its sentence; -1 when there is none."""
    words, clause, first = tokens.words, tokens.clause, start
    while first > 0 and clause[first - 1] == clause[start]:
        first -= 1
    if (
        first > 0
        and words[first] in _BECAUSE
        and words[first - 1] in _NOT_THE
        and tokens.sentence[first - 1] == tokens.sentence[start]
    ):
        return first - 1
    return -1


def denied_after(tokens: Tokens, end: int) -> int:
    """Where "nee, dat niet" / "no, not that" follows a finding within three words, in
    its sentence; -1 when it does not. Also a no with a thought denied: "But ending my
    life, no, that I never thought about", "nee, daar heb ik nooit aan gedacht", "ending
    my life, no, never" were counted as the wish (a role-play, round 69). Not "no, never
    felt so sure", "nee, nooit gedacht dat ik dit zou schrijven" (an admission) or "nee
    dat heb ik nooit aan iemand verteld" (something else denied)."""
    words, sentence = tokens.words, tokens.sentence[end]
    for j in range(end + 1, min(tokens.n - 1, end + 4)):
        if tokens.sentence[j + 1] != sentence:
            break
        if words[j] not in _NO:
            continue
        rest = [
            words[k] for k in range(j + 1, min(tokens.n, j + 7)) if tokens.sentence[k] == sentence
        ]
        if rest[:2] and rest[0] in _THAT and rest[1:2] and rest[1] in _NOT:
            return j  # "nee, dat niet"
        if rest[0] in _NEVER and (len(rest) == 1 or _thought_denied(rest[1:])):
            return j  # "no, never", "no, never thought about it"
        if rest[0] in _THAT and not _NOT_LATER.isdisjoint(rest) and _thought_denied(rest):
            return j  # "no, that I never thought about"
    return -1


def _thought_denied(words: list[str]) -> bool:
    """A word of thinking among ``words``, not opening an admission ("thought that I ...")."""
    at = next((i for i, w in enumerate(words) if w in _THINK), -1)
    return at >= 0 and words[at + 1 : at + 2] not in (["dat"], ["that"], ["i'd"], ["ik"], ["i"])


_THINK = frozenset(
    ("thought", "think", "considered", "gedacht", "denk", "overwogen", "crossed", "wanted",
     "wilde", "gewild", "bezig", "nagedacht")
)  # fmt: skip
_NEVER = frozenset(("never", "nooit", "nope"))
_NOT_LATER = _NOT | _NEVER


# A screening noted as done and found clear, as counsellors write it: "Suïcidaliteit
# uitgevraagd: geen.", "Zelfbeschadiging: geen.", "suicidal ideation: denied", "Screening
# negative for SI/NSSI" (an outsiders' set of case notes, set114, round 36: four such
# notes came out acute). Only with a colon or a word of asking between, and the denial
# last in its sentence: "SI: geen plan, wel gedachten" keeps the thoughts, and the Dutch
# tag "ik wil niet meer leven, nee" confirms rather than denies.
_ASKED = frozenset(
    ("uitgevraagd", "nagevraagd", "gevraagd", "besproken", "gescreend", "screening", "asked",
     "screened", "checked", "explored", "answered", "beantwoord", "assessed",
     "ideation", "ideatie", "thoughts", "gedachten",  # the rest of the noun: "SI ideation"
     "gedrag", "behaviour", "behavior", "gebruik", "use", "allemaal", "all", "beide", "both")
)  # fmt: skip
_CLEAR = frozenset(
    ("geen", "ontkent", "ontkend", "negatief", "neg", "nihil", "afwezig", "nee", "none",
     "denied", "denies", "negative", "absent", "no", "nil")
)  # fmt: skip
_NEGATIVE = frozenset(("negative", "negatief"))
_FOR = frozenset(("for", "voor", "op"))
# A checklist's marks (round 61, set294: "SI -, SH -, DV -.", "self-harm ✗ suicidal
# thoughts ✗"): a cross denies what it follows; a dash only with nothing after it in its
# item ("suïcidaliteit - ja, recent" is no denial).
_CROSSED = re.compile(r"\s*:?\s*(?:[\u2717\u2718\u274c]|[-\u2013]\s*(?:[,;.]|$))")


def screened_out(text: str, tokens: Tokens, start: int, end: int) -> int:
    """Where a screening found clear is said about the finding at start..end, or -1."""
    words, sentence, clause = tokens.words, tokens.sentence, tokens.clause
    j = end + 1
    while (
        j < tokens.n
        and j - end <= 6
        and sentence[j] == sentence[end]
        and (words[j] in _ASKED or "/" in text[tokens.ends[j - 1] : tokens.starts[j]])
    ):
        j += 1  # "Screening suïcidaliteit/zelfbeschadiging/middelen: allemaal negatief"
    if _CROSSED.match(text, tokens.ends[j - 1]):
        return j - 1
    if j < tokens.n and sentence[j] == sentence[end] and words[j] in _CLEAR:
        last = j + 1 == tokens.n or sentence[j + 1] != sentence[j]
        between = text[tokens.ends[end] : tokens.starts[j]]
        if last and (":" in between or j > end + 1):
            return j
        if (j + 1 == tokens.n or clause[j + 1] != clause[j]) and _checklist(tokens):
            return j  # "suïcidaliteit nee, automutilatie nee, middelen nee" (set294, r61)
    for k in range(start - 1, max(-1, start - 4), -1):
        if sentence[k] != sentence[start]:
            break
        if words[k] in _FOR and k >= 1 and words[k - 1] in _NEGATIVE:
            return k - 1  # "screening negative for SI/NSSI"
    return _answered_no(text, tokens, end)


_NO_ALONE = _CLEAR | {"nope", "nah", "neen"}


def _answered_no(text: str, tokens: Tokens, end: int) -> int:
    """A form's question answered no in a sentence of its own: "Suïcidale gedachten? Nee.
    Zelfbeschadiging? Nee." (set304, round 61: acute on the items it denied)."""
    words, sentence = tokens.words, tokens.sentence
    k = end + 1
    while k < tokens.n and sentence[k] == sentence[end] and k - end <= 3:
        k += 1
    if k >= tokens.n or sentence[k] == sentence[end] or words[k] not in _NO_ALONE:
        return -1
    if "?" not in text[tokens.ends[k - 1] : tokens.starts[k]]:
        return -1
    alone = k + 1 == tokens.n or sentence[k + 1] != sentence[k]
    return k if alone else -1


def _checklist(tokens: Tokens) -> bool:
    """Two or more items closed by a "nee"/"no"/"neg": a list of answers, not a tag."""
    words, clause, n = tokens.words, tokens.clause, tokens.n
    closed = (
        k for k in range(n) if words[k] in _CLEAR and (k + 1 == n or clause[k + 1] != clause[k])
    )
    return sum(1 for _ in closed) >= 2


# Not daring, not being able to say, nobody knowing keeps what is said (hostile round 10:
# "I can't tell anyone that I want to die" was negated). A denial keeps its reach: "ik
# denk niet dat ik dood wil", "I'm not saying ..." (the speaker's own saying or thinking).
# Used by textcontext.negation, kept here to keep that module small.
_SAYING = frozenset(
    ("zeggen", "vertellen", "durf", "durfde", "toegeven", "weet", "weten", "merken", "tell",
     "admit", "know", "knows", "anyone", "iemand", "niemand", "nobody")
)  # fmt: skip


def said_not_denied(words: list[str], j: int) -> bool:
    """Whether the "dat"/"that" at ``j`` follows a saying within three words: the saying
    is negated, not what is said ("ik durf niet te zeggen dat ik dood wil")."""
    return words[j] in _THAT and not _SAYING.isdisjoint(words[max(0, j - 3) : j])
