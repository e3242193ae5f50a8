"""Sentences that are only a "for good": they finish the sentence before them.

Students write a wish and then, after a full stop, how it is meant: "I want to switch
off. Permanently.", "Ik wil weg. Voorgoed." Patterns never cross a sentence end, so the
wish and its "for good" were read apart and the wish stayed a wish for a break (an
outsiders' set of euphemisms, round 30). A sentence made only of such words is read as
the end of the one before it. Nothing else is joined: "I want to die. Not joking." keeps
its two sentences, so a "not" never reaches back over a full stop to a finding. (Joining
a short "Not on holiday." too was tried: "I want to disappear. Not on holiday. For
good." then read as a holiday.)
"""

from __future__ import annotations

import itertools

# The words a "for good" fragment may hold: one of _CORE or _PAIRS must be among them.
_CORE = frozenset(("voorgoed", "definitief", "permanently", "permanent", "forever", "eeuwig"))
_PAIRS = frozenset((("for", "good"), ("for", "ever"), ("voor", "altijd")))
_WORDS = _CORE | {w for pair in _PAIRS for w in pair}
_FILLER = frozenset(("echt", "really", "gewoon", "just", "en", "and"))


def continued(words: list[str], sentence: list[int]) -> list[int]:
    """The sentence numbers with each "for good" fragment joined to the sentence before
    it; ``sentence`` itself when none is."""
    if _WORDS.isdisjoint(words) or not sentence or sentence[-1] == 0:
        return sentence
    spans: dict[int, list[int]] = {}
    for j, s in enumerate(sentence):
        spans.setdefault(s, []).append(j)
    joined: set[int] = set()
    for s, at in spans.items():
        said = [words[j] for j in at]
        if s == 0 or not all(w in _WORDS or w in _FILLER for w in said):
            continue
        if _CORE.isdisjoint(said) and _PAIRS.isdisjoint(itertools.pairwise(said)):
            continue  # "Good.", "Altijd.": an answer, not "for good"
        joined.add(s)
    if not joined:
        return sentence
    shift, out, last = 0, [], -1
    for s in sentence:
        if s != last and s in joined:
            shift += 1
        last = s
        out.append(s - shift)
    return out
