"""Resolve the words people use to the catalogue's theme ids.

``resolve`` takes one name (an id, a Dutch or English label, or a synonym) and finds
its theme, ignoring case and diacritics. ``suggest`` reads free text and proposes
every theme whose words occur in it, using the same light stemming, so "ik slaap
slecht" meets the theme ``sleep`` through its synonym "slecht slapen".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from .model import Theme
from .textnorm import did_you_mean, normalise, stems

# Single words shorter than this only match whole words, never the start of a compound.
_MIN_PREFIX = 5


@dataclass(frozen=True)
class Vocabulary:
    themes: Mapping[str, Theme]

    @cached_property
    def _by_name(self) -> dict[str, str]:
        # A word shared by two themes names the one with the higher tier: an institution's
        # own theme must never take an acute theme's word and so lower a lookup's tier.
        index: dict[str, str] = {}
        for theme in self.themes.values():
            for word in theme.words:
                for key in (normalise(word), normalise(word).replace(" ", "_")):
                    held = index.get(key)
                    if held is None or self.themes[held].tier.rank < theme.tier.rank:
                        index[key] = theme.id
        return index

    @cached_property
    def _phrases(self) -> list[tuple[tuple[str, ...], str]]:
        phrases = {
            (stems(word), theme.id) for theme in self.themes.values() for word in theme.words
        }
        return sorted((p for p in phrases if p[0]), key=lambda p: (-len(p[0]), p))

    def resolve(self, name: str) -> str | None:
        """The theme id for a name, or None."""
        key = normalise(name)
        return self._by_name.get(key) or self._by_name.get(key.replace(" ", "_"))

    def unknown_hint(self, name: str) -> str:
        return did_you_mean(normalise(name), [k for k in self._by_name if "_" not in k])

    def suggest(self, text: str) -> tuple[str, ...]:
        """Themes whose words occur in the text, in order of first mention.

        A phrase of several words matches when all its words occur close together, in
        any order: Dutch puts the verb elsewhere after an adverb ("soms wil ik dood" for
        "wil dood"). A suggestion only ever adds a theme, so erring towards a match is
        the safe side.
        """
        words = stems(text)
        if not words:
            return ()
        positions: dict[str, list[int]] = {}
        for index, word in enumerate(words):
            positions.setdefault(word, []).append(index)
        found: dict[str, int] = {}
        for phrase, theme_id in self._phrases:
            position = _find(words, positions, phrase)
            if position is not None and (theme_id not in found or position < found[theme_id]):
                found[theme_id] = position
        return tuple(sorted(found, key=lambda t: (found[t], t)))


def _occurrences(words: tuple[str, ...], positions: dict[str, list[int]], term: str) -> list[int]:
    exact = positions.get(term, [])
    if len(term) < _MIN_PREFIX:
        return exact
    # Dutch glues words together ("zelfmoordgedachten"): a long term may start a word.
    # Walk the distinct words, not every word: a refused request is searched whole,
    # however long (see salvage), and long texts repeat their words.
    return sorted({*exact, *(i for w, at in positions.items() if w.startswith(term) for i in at)})


def _find(
    words: tuple[str, ...], positions: dict[str, list[int]], phrase: tuple[str, ...]
) -> int | None:
    """First position where every word of the phrase occurs within a small window."""
    if len(phrase) == 1:
        hits = _occurrences(words, positions, phrase[0])
        return hits[0] if hits else None
    window = len(phrase) + 2
    lists = [_occurrences(words, positions, term) for term in phrase]
    if any(not hits for hits in lists):
        return None
    best: int | None = None
    for start in lists[0]:
        low, high = start - window + 1, start + window - 1
        spots = [start]
        for hits in lists[1:]:
            near = [h for h in hits if low <= h <= high and h not in spots]
            if not near:
                break
            spots.append(min(near, key=lambda h: abs(h - start)))
        else:
            if max(spots) - min(spots) < window and (best is None or min(spots) < best):
                best = min(spots)
    return best
