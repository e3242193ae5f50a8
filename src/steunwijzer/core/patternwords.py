"""What the pattern language (patterns.py) shares with matching a text: the folding of
words and the reach of an "a & b" pattern. Kept apart so that reading a text with the
recogniser compiled at build time does not import the pattern parser (about 1 ms of a
`lookup --text`: its dataclasses)."""

from __future__ import annotations

import re
import unicodedata

AND_WINDOW = 8  # words that the parts of an "a & b" pattern may spread over

_CONTROLS = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127])
_HAS_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def fold(text: str) -> str:
    """Lower case without diacritics ("Suïcide" -> "suicide"); ’ becomes '."""
    if text.isascii():
        # DEL and the control characters inside a word show nothing ("zelfmo\x01ord",
        # "ki\x08ll": an outsiders' hostile round, round 11); tab and newline part words.
        lowered = text.lower()
        return lowered.translate(_CONTROLS) if _HAS_CONTROL.search(lowered) else lowered
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string (the lexicon's word lists use this)."""
    return frozenset(text.split())
