"""A denial said after the words, in their sentence: "Maar dood willen zijn, nee, dat
niet, zo bedoel ik het niet" was read as a yes to "have you wished you were dead?" (a
role-play, round 21). Kept apart from textcontext.py to keep it small."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

_NO = frozenset(("nee", "no"))
_THAT = frozenset(("dat", "that"))
_NOT = frozenset(("niet", "not"))


def denied_after(tokens: Tokens, end: int) -> int:
    """Where "nee, dat niet" / "no, not that" follows a finding within three words, in
    its sentence; -1 when it does not."""
    words, sentence = tokens.words, tokens.sentence[end]
    for j in range(end + 1, min(tokens.n - 2, end + 4)):
        if tokens.sentence[j + 2] != sentence:
            break
        if words[j] in _NO and words[j + 1] in _THAT and words[j + 2] in _NOT:
            return j
    return -1
