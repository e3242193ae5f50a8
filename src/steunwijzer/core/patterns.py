"""The pattern language of the free-text recogniser: token sequences with bounded gaps.

A pattern is a line of words, read left to right::

    wil|wou|zou .. dood          "wil" (or "wou", "zou"), then "dood" within 3 words
    niet meer ..2 leven          "niet", "meer", at most 2 words, then "leven"
    zelfmoord*                   any word that starts with "zelfmoord" (compounds)
    *brief                       any word that ends in "brief" ("afscheidsbrief")
    =sh                          exactly "sh", not stemmed
    echt? dood                   "echt" is optional
    wil niet meer $              "$" last: the clause ends there (a comma, "maar", the end)
    kill_myself|end_my_life      a phrase as one alternative: words joined by "_"
    pillen & gespaard|verzameld  both parts, in any order, within 8 words
    !touw & gekocht              a leading "!" makes a finding urgent (immediate)

Between two words at most one other word may stand (so "wil echt dood" matches
"wil dood"); ``..`` allows up to 3 words, ``..N`` up to N (0-9). Words are compared by
their Snowball stem in the pattern's language, so "slapen" also matches "slaap".
Patterns are never regular expressions: a match is found in one left-to-right pass over
the words, with no backtracking, so a large catalogue stays cheap to check and to run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from steunwijzer.core.patternwords import AND_WINDOW as AND_WINDOW
from steunwijzer.core.patternwords import fold as fold

DEFAULT_GAP = 1
WIDE_GAP = 3
MAX_GAP = 9
MAX_ITEMS = 12
_WORD = re.compile(r"^[a-z0-9']+(?:_[a-z0-9']+)*$")
_GAP = re.compile(r"^\.\.(\d)?$")


class PatternError(ValueError):
    """A pattern that cannot be read; ``offset`` is the column (0-based) in the pattern."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Term:
    """One word of a pattern and how it matches (stem, exact, prefix, ...)."""

    kind: str  # stem, exact, prefix, suffix, end (the clause ends: "$")
    word: str  # normalised, as written (without = or *)


@dataclass(frozen=True, slots=True)
class Item:
    """A pattern's word with the gap allowed before it."""

    terms: tuple[Term, ...]
    gap: int  # words allowed between the item before and this one
    optional: bool = False


@dataclass(frozen=True, slots=True)
class Parsed:
    """A pattern parsed into items, with its source text."""

    source: str
    parts: tuple[tuple[Item, ...], ...]
    immediate: bool


def _term(raw: str, offset: int) -> Term:
    if raw.startswith("="):
        kind, word = "exact", raw[1:]
    elif raw.startswith("*") and raw.endswith("*"):
        raise PatternError(f"'{raw}': use '*' at the start or the end of a word, not both", offset)
    elif raw.endswith("*"):
        kind, word = "prefix", raw[:-1]
    elif raw.startswith("*"):
        kind, word = "suffix", raw[1:]
    else:
        kind, word = "stem", raw
    if not word:
        raise PatternError(f"'{raw}' has no word", offset)
    if not _WORD.match(word):
        raise PatternError(
            f"'{raw}': a word has only letters, digits and ' (no spaces, brackets or regex)",
            offset,
        )
    if "_" in word and kind != "stem":
        raise PatternError(f"'{raw}': a phrase with '_' cannot use '=' or '*'", offset)
    if kind in ("prefix", "suffix") and len(word) < 3:
        raise PatternError(f"'{raw}': a word with '*' needs at least 3 letters", offset)
    if kind == "stem" and "'" in word:
        word = written_out(word)
    return Term(kind, word)


def written_out(word: str) -> str:
    """A contraction as the text is read: "couldn't" is "could not" in every text, so
    "couldn't" in a pattern never matched ("we couldn't wake him up": nothing, in an
    outsiders' set, round 21). Each word of a phrase is written out as the text's is."""
    from steunwijzer.core.textwords import expand

    parts = [w for part in word.split("_") for w in expand(part.lower())]
    return "_".join(parts) if parts else word


def _part(tokens: list[tuple[str, int]], source: str) -> tuple[Item, ...]:
    items: list[Item] = []
    gap = DEFAULT_GAP
    pending_gap = False
    for raw, offset in tokens:
        match = _GAP.match(raw)
        if match:
            if not items or pending_gap:
                raise PatternError("'..' must stand between two words", offset)
            gap = int(match.group(1)) if match.group(1) else WIDE_GAP
            pending_gap = True
            continue
        if raw == "$":
            if not items or pending_gap:
                raise PatternError("'$' must follow a word", offset)
            items.append(Item((Term("end", "$"),), 0))
            continue
        if items and items[-1].terms[0].kind == "end":
            raise PatternError("'$' may only end a pattern (or a part)", offset)
        optional = raw.endswith("?") and len(raw) > 1
        body = raw[:-1] if optional else raw
        if optional and not items:
            raise PatternError("a pattern cannot start with an optional word", offset)
        terms = []
        column = offset
        for alternative in body.split("|"):
            if not alternative:
                raise PatternError(f"'{raw}': empty alternative around '|'", column)
            terms.append(_term(alternative, column))
            column += len(alternative) + 1
        items.append(Item(tuple(dict.fromkeys(terms)), gap if items else 0, optional))
        gap, pending_gap = DEFAULT_GAP, False
    if pending_gap:
        raise PatternError("a pattern cannot end with '..'", len(source))
    if not items:
        raise PatternError("empty pattern", 0)
    if items[-1].optional and len(items) == 1:
        raise PatternError("a pattern needs at least one word that is not optional", 0)
    return tuple(items)


def parse(source: str) -> Parsed:
    """Read one pattern; raises PatternError with the column of the problem."""
    text = fold(source)
    immediate = False
    stripped = text.lstrip()
    if stripped.startswith("!"):
        immediate = True
        text = text.replace("!", " ", 1)
    if "!" in text:
        raise PatternError("'!' may only start a pattern", text.index("!"))
    # A pattern of 20,000 words took a minute to refuse (a hostile round, round 17):
    # with more parts than MAX_ITEMS words and their gaps could need, it is refused first.
    if len(text.split(None, 3 * MAX_ITEMS + 1)) > 3 * MAX_ITEMS:
        raise PatternError(f"a pattern has at most {MAX_ITEMS} words", 0)
    parts: list[tuple[Item, ...]] = []
    current: list[tuple[str, int]] = []
    for match in re.finditer(r"\S+", text):
        raw = match.group()
        if raw == "&":
            if not current:
                raise PatternError("'&' must stand between two parts", match.start())
            parts.append(_part(current, text))
            current = []
            continue
        current.append((raw, match.start()))
    if not current:
        if parts:
            raise PatternError("a pattern cannot end with '&'", len(text))
        raise PatternError("empty pattern", 0)
    parts.append(_part(current, text))
    if sum(len(p) for p in parts) > MAX_ITEMS:
        raise PatternError(f"a pattern has at most {MAX_ITEMS} words", 0)
    return Parsed(source.strip(), tuple(parts), immediate)


# A catalogue's themes carry some two thousand patterns, each checked on every load; the
# built-in ones alone cost about 50 ms through parse() (load+validate went over its 1.5x
# budget in CI, round 26). Nearly every pattern is plain words, alternatives and gaps:
# those are recognised as valid in one pass of string checks. Anything else, and every
# pattern that is wrong, still goes through parse() for its message and column.
_ALT = r"(?:[a-z0-9']+(?:_[a-z0-9']+)*|=[a-z0-9']+|[a-z0-9']{3,}\*|\*[a-z0-9']{3,})"
_PLAIN_TOKEN = re.compile(rf"{_ALT}(?:\|{_ALT})*\??")
_PLAIN_GAP = re.compile(r"\.\.\d?")


def surely_valid(source: str) -> bool:
    """True only for a pattern parse() accepts; False means "ask parse()" (it may still
    be valid). Never True for a pattern parse() refuses (tests/core/test_patterns.py)."""
    text = fold(source)
    if text != source.strip().lower() or "\t" in text or "\n" in text:
        return False
    pieces = text.split()
    if pieces and pieces[0].startswith("!"):
        pieces[0] = pieces[0][1:]
        if not pieces[0]:
            del pieces[0]
    if not pieces or len(pieces) > 3 * MAX_ITEMS:
        return False
    items = 0
    in_part = pending_gap = ended = False  # a word read in this part / '..' / '$' read
    for piece in pieces:
        if piece == "&":
            if not in_part or pending_gap:
                return False
            in_part = ended = False
        elif piece == "$":
            if not in_part or pending_gap or ended:
                return False
            ended = True
            items += 1
        elif _PLAIN_GAP.fullmatch(piece):
            if not in_part or pending_gap or ended:
                return False
            pending_gap = True
        elif _PLAIN_TOKEN.fullmatch(piece):
            if ended or (piece.endswith("?") and not in_part):
                return False
            in_part, pending_gap = True, False
            items += 1
        else:
            return False
    return in_part and not pending_gap and items <= MAX_ITEMS
