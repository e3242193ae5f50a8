"""Matching compiled patterns against a text's words: a word's keys, an item at a
position, and a sequence with bounded gaps (leftmost match, one pass per start)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from steunwijzer.core import lexicon
from steunwijzer.core.patternindex import Compiled, CTerm, Items, Key
from steunwijzer.core.patternwords import AND_WINDOW
from steunwijzer.core.stems import MAX_TYPO_WORD, SOUND_MIN, stem, typo_keys
from steunwijzer.core.textcontext import Tokens


def typo_word(word: str) -> bool:
    """A word that may be a slip of a pattern's word. A number never is: "1113" is no
    slip of "113", and a row's own number (an id, a date) must cost a lookup, not the
    typo keys of a word never seen before (the free-text batch, round 22)."""
    return (
        SOUND_MIN <= len(word) <= MAX_TYPO_WORD
        and word not in lexicon.NOT_TYPOS
        and not (word.isdigit() and word.isascii())
    )


class Word:
    """What matching needs to know about one word; built once per distinct word."""

    __slots__ = ("_keys", "anchors", "en", "extra", "nl", "word")

    def __init__(self, word: str, anchors: frozenset[int]) -> None:
        self.word = word
        self.nl = stem("nl", word)
        self.en = stem("en", word)
        self.anchors = anchors
        self.extra: tuple[Key, ...] = ()  # keys beyond the stems and the word itself
        self._keys: frozenset[str] | None = None

    def keys(self) -> frozenset[str]:
        if self._keys is None:
            keys = typo_keys(self.word, lexicon.FUZZY_MIN) if typo_word(self.word) else ()
            self._keys = frozenset(keys)
        return self._keys

    def match(self, term: CTerm) -> int:
        """0: no, 1: yes, 2: only as a typo."""
        kind, word, lang, typo_keys, _phrase = term
        w = self.word
        if kind == "stem":
            if (self.nl if lang == "nl" else self.en) == word:
                return 1
        elif kind == "exact":
            if w == word:
                return 1
        elif kind == "prefix":
            return 1 if w.startswith(word) else 0
        else:
            return 1 if (w.endswith(word) and len(w) > len(word)) or w == word else 0
        if typo_keys and not self.keys().isdisjoint(typo_keys):
            return 2
        return 0


_INDEXED = 400  # words: below this, scanning the words per pattern is cheaper


def anchored(words: list[Word]) -> Callable[[int], list[int]]:
    """The positions of the words a pattern (by number) starts at. One scan of all words
    per candidate pattern made a long text cost words x patterns: a refused row of 1 MB
    took 20 s (a hostile round, round 42, F4); above _INDEXED words they are indexed."""
    if len(words) < _INDEXED:
        return lambda number: [p for p, w in enumerate(words) if number in w.anchors]
    # By distinct word first: a common word ("ik") starts hundreds of patterns.
    by_word: dict[Word, list[int]] = {}
    for p, w in enumerate(words):
        by_word.setdefault(w, []).append(p)
    at: dict[int, list[list[int]]] = {}
    for w, places in by_word.items():
        for number in w.anchors:
            at.setdefault(number, []).append(places)
    return lambda number: sorted(itertools.chain.from_iterable(at.get(number, ())))


def item_at(terms: tuple[CTerm, ...], words: list[Word], j: int) -> tuple[int, int]:
    """(0 no / 1 yes / 2 as a typo, the last position used) for an item at word j."""
    best, last = 0, j
    for term in terms:
        found = words[j].match(term)
        if found and term[4]:  # a phrase: the following words must follow
            rest = term[4]
            if j + len(rest) >= len(words) or any(
                (words[j + 1 + k].nl if term[2] == "nl" else words[j + 1 + k].en) != part
                for k, part in enumerate(rest)
            ):
                continue
            return found, j + len(rest)
        if found == 1:
            return 1, j
        if found > best:
            best, last = found, j
    return best, last


Match = tuple[int, int, tuple[int, ...], bool]


def part_matches(
    items: Items, words: list[Word], tokens: Tokens, starts: Iterable[int], limit: int = 0
) -> list[Match]:
    """The leftmost match of a word sequence with gaps from each start (one pass each)."""
    out: list[Match] = []
    first = items[0][0]
    for start in starts:
        how, last = item_at(first, words, start)
        if not how:
            continue
        sentence = tokens.sentence[start]
        taken = tuple(range(start, last + 1))
        states: dict[int, tuple[tuple[int, ...], bool]] = {last: (taken, how == 2)}
        for terms, gap, optional in items[1:]:
            if terms[0][0] == "end":  # "$": only where the clause ends
                c, n = tokens.clause, tokens.n
                states = {e: v for e, v in states.items() if e + 1 >= n or c[e + 1] != c[e]}
                if not states:
                    break
                continue
            grown: dict[int, tuple[tuple[int, ...], bool]] = {}
            for end, (used, typo) in states.items():
                for j in range(end + 1, min(tokens.n, end + gap + 2)):
                    if tokens.sentence[j] != sentence:
                        break
                    if j not in grown:
                        found, last = item_at(terms, words, j)
                        if found and last not in grown and tokens.sentence[last] == sentence:
                            grown[last] = ((*used, *range(j, last + 1)), typo or found == 2)
            if optional:
                for end, state in states.items():
                    grown.setdefault(end, state)
            states = grown
            if not states:
                break
        if states:
            end = min(states)
            out.append((start, end, *states[end]))
            if limit and len(out) >= limit:
                break
    return out


def match_pattern(
    pattern: Compiled, words: list[Word], tokens: Tokens, starts: list[int]
) -> list[Match]:
    single = len(pattern.parts) == 1
    limit = 1 if pattern.theme and single else 0
    first = part_matches(pattern.parts[0], words, tokens, starts, limit)
    if single or not first:
        return first
    for start, end, used, typo in first:
        near_by = range(max(0, start - AND_WINDOW), min(tokens.n, end + AND_WINDOW + 1))
        others = [part_matches(part, words, tokens, near_by) for part in pattern.parts[1:]]
        low, high, all_used = start, end, list(used)
        for options in others:
            near = [
                o
                for o in options
                if tokens.sentence[o[0]] == tokens.sentence[start]
                and max(high, o[1]) - min(low, o[0]) <= AND_WINDOW
            ]
            if not near:
                break
            best = min(near, key=lambda o: abs(o[0] - start))
            low, high = min(low, best[0]), max(high, best[1])
            all_used.extend(best[2])
            typo = typo or best[3]
        else:
            return [(low, high, tuple(sorted(set(all_used))), typo)]
    return []
