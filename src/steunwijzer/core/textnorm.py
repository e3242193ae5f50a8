"""Text normalisation shared by theme lookup, free-text suggestions and did-you-mean.

Matching ignores case and diacritics ("identiteit" = "Identiteit", "rouwverwerking" =
"Rouwverwérking") and applies a light stemmer for Dutch and English, so that
"slapen", "slaap" and "sleeping" meet their themes' words without a language model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from steunwijzer.core.disguise import unconfused

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Longest first, so that "-ingen" is stripped before "-en".
_SUFFIXES = (
    "ingen", "heden", "ities", "ation", "ness", "ing", "ies", "ers", "eren", "heid",
    "en", "es", "er", "ed", "ly", "s", "e",
)  # fmt: skip


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, diacritics removed, punctuation folded to single spaces."""
    if text.isascii():  # nothing to decompose: the same result, ten times faster
        return _NON_WORD.sub(" ", text.lower()).strip()
    # Cyrillic and Greek look-alikes as Latin: "zеlfmооrd" named no theme (round 6).
    decomposed = unicodedata.normalize("NFKD", unconfused(text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare).strip()


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A deliberately crude stem: strip one common suffix and undouble a final consonant."""
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    # Dutch long vowels are written double in closed syllables ("slaap") and single in
    # open ones ("slapen"): fold them so both meet.
    return re.sub(r"([aeou])\1", r"\1", word)


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in normalise(text).split())


# How alike a word must be to a known one (difflib ratio) to be offered as "did you
# mean": a typo ("fallangst", "grieff") passes; an unrelated word ("onzin") does not.
SIMILAR = 0.8


def did_you_mean(
    name: str, candidates: Iterable[str], n: int = 3, cutoff: float = 0.6, prefix_min: int = 1
) -> str:
    """`` (did you mean 'x' or 'y'?)`` or an empty string."""
    return _did_you_mean(name, tuple(candidates), n, cutoff, prefix_min)


@lru_cache(maxsize=1024)  # a catalogue repeats a misspelt theme on many offerings
def _did_you_mean(name: str, pool: tuple[str, ...], n: int, cutoff: float, prefix_min: int) -> str:
    hints = [c for c in pool if len(name) >= prefix_min and c.startswith(name)][:n]
    from difflib import get_close_matches  # only when a name is not known: +2 ms a start

    hints += [h for h in get_close_matches(name, pool, n=n, cutoff=cutoff) if h not in hints]
    hints = hints[:n]
    if not hints:
        return ""
    return " (did you mean " + " or ".join(f"'{h}'" for h in hints) + "?)"


def nearest_ids(name: str, words_by_id: dict[str, tuple[str, ...]], n: int = 3) -> list[str]:
    """The ids whose words are most alike ``name``, most alike first (no threshold)."""
    from difflib import SequenceMatcher

    def score(words: tuple[str, ...]) -> float:
        best = 0.0
        for word in words:
            matcher = SequenceMatcher(None, name, normalise(word))
            best = max(best, matcher.ratio())
        return best

    ranked = sorted(words_by_id, key=lambda i: (-score(words_by_id[i]), i))
    return ranked[:n] if name else []
