"""The recogniser's patterns, compiled: every pattern source of a catalogue's themes
(their own patterns, the floor, names and synonyms), the index by first word that
picks the few patterns a text can match, and each pattern's terms and needs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from steunwijzer.core import lexicon
from steunwijzer.core.model import PatternText
from steunwijzer.core.patternwords import fold
from steunwijzer.core.stems import MAX_PART, SOUND_MIN, stem, typo_keys

if TYPE_CHECKING:
    from steunwijzer.core.model import Theme
    from steunwijzer.core.patterns import Term

CTerm = tuple[str, str, str, frozenset[str], tuple[str, ...]]
Items = tuple[tuple[tuple[CTerm, ...], int, bool], ...]


class Compiled(NamedTuple):
    """One free-text pattern compiled for the index by first word. (A named tuple, not a
    frozen dataclass: it never leaves the recogniser, and creating the dataclass cost
    about 1 ms of every `lookup --text`.)"""

    theme: str
    source: str
    origin: str
    immediate: bool
    parts: tuple[Items, ...]
    # Per word that must occur (beyond the anchor): the keys of which a text needs one.
    # A cheap test that rules out most anchored patterns before any matching is done.
    needs: tuple[frozenset[Key], ...] = ()


# A key that a word has and a term looks for: a stem (in either language) or the word
# itself as they are, "<part" and ">part" for a prefix or suffix some pattern uses,
# "~key" for a typo key. Plain strings, so a remembered word costs no extra objects
# for the common keys; two keys that happen to be equal only let a pattern be tried.
Key = str


def term_keys(term: CTerm) -> frozenset[Key] | None:
    """The keys of which a word must have one to match a term; None: not decidable."""
    kind, word, _lang, typo_keys, _phrase = term
    if kind in ("stem", "exact"):
        return frozenset({word, *("~" + k for k in typo_keys)})
    if kind in ("prefix", "suffix") and 3 <= len(word) <= MAX_PART:
        return frozenset({("<" if kind == "prefix" else ">") + word})
    return None  # a clause end ("$") or an over-long part


def needs_of(parts: tuple[Items, ...]) -> tuple[frozenset[Key], ...]:
    """What a text must contain for a pattern to match: the keys of each word that is
    not optional (the anchor, "$" and words that keys cannot decide are left out)."""
    needs: list[frozenset[Key]] = []
    for p, part in enumerate(parts):
        for i, (terms, _gap, optional) in enumerate(part):
            if optional or (p == 0 and i == 0):
                continue
            keys: set[Key] = set()
            for term in terms:
                found = term_keys(term)
                if found is None:
                    break
                keys |= found
            else:
                needs.append(frozenset(keys))
    return tuple(needs)


_AFTER_STAR = re.compile(r"\*([a-z0-9']+)")  # searched only from a '*': no backtracking


def affix_words(sources: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Every word used with a '*' (prefixes, suffixes), read in one pass over all the
    sources: a word then only records the parts of itself that some pattern looks for.
    A superset is harmless; a word missing here only makes its pattern tried more often."""
    text = "\n".join(map(fold, sources))
    prefixes = (word[::-1] for word in _AFTER_STAR.findall(text[::-1]))  # "abc*", mirrored
    return frozenset(prefixes), frozenset(_AFTER_STAR.findall(text))


def synonym_pattern(word: str) -> list[str]:
    """A theme's synonym as patterns: two words in either order, close together
    ("vrienden heb ik geen"), longer ones in order. Two words anywhere within eight,
    across a comma, made "geen van beide, mijn vriend is gewelddadig" a student
    without friends (a role-play, round 43)."""
    parts = [p for p in re.split(r"[^a-z0-9]+", fold(word)) if p]
    if not parts:
        return []
    if len(parts) == 1:
        only = parts[0]
        return [f"{only}|{only}*" if len(only) >= lexicon.FUZZY_MIN else only]
    if len(parts) == 2:
        # turned round, a verb and its subject stand between: "vrienden heb ik hier geen"
        return [f"{parts[0]} ..2 {parts[1]}", f"{parts[1]} ..3 {parts[0]}"]
    return [" ..2 ".join(parts[:12])]


# Names that find their theme by name (`lookup --theme plannen`) but are no pattern in
# free text: stemmed, "plannen" found "a plan to end it", "no plans", "my plant" (544
# sentences of tests/data; "no plans" beside a safety answer was heard as study skills,
# a role-play, round 41). The theme's own patterns say when planning is the need.
# "eating", the theme's id, found every "eat": "we eat together on Sundays", "I eat lunch
# alone" (loneliness, not food), "the printer eats my pages" (about 90 sentences, r42).
# "sleep" stays: in what students write, sleep named is nearly always sleep gone wrong.
# "parenting" stemmed as "parent": every "my parents" was a family circumstance ("a
# bottle of wine at dinner with my parents", an outsiders' set, round 48); the theme's
# pattern "=parenting" finds the word itself. "housing" stemmed as "hous": every "student
# house", "Anne Frank House", "this house would ..." (about 300 sentences, round 55).
# "drank" as "drank*" found every "drankje" (a drink): "iets in mn drankje" made a
# drugged student's need an addiction, with Jellinek and "ask how much and how often"
# (a role-play, round 60); the theme's pattern "=drank" finds the word itself.
_NAME_ONLY = frozenset(("plannen", "planning", "eating", "parenting", "housing", "drank"))


def theme_patterns(theme: Theme) -> list[PatternText]:
    """Every pattern of a theme: its own, the floor's, and its names and synonyms."""
    out = list(theme.patterns)
    for lang, sources in lexicon.FLOOR.get(theme.id, {}).items():
        out.extend(PatternText(s, lang) for s in sources)
    named = [(theme.id, "en"), (theme.label.nl, "nl"), (theme.label.en, "en")]
    named += [(w, "nl") for w in theme.synonyms_nl] + [(w, "en") for w in theme.synonyms_en]
    for word, lang in named:
        if word.lower() in _NAME_ONLY:  # the id, or a label of the same word ("Housing")
            continue
        out.extend(PatternText(p, lang, "synonym") for p in synonym_pattern(word))
    return out


def compile_term(term: Term, language: str, typos: bool) -> CTerm:
    if term.kind == "end":
        return ("end", "$", language, frozenset(), ())
    if "_" in term.word:
        stems = tuple(stem(language, w) for w in term.word.split("_"))
        return ("stem", stems[0], language, frozenset(), stems[1:])
    word = stem(language, term.word) if term.kind == "stem" else term.word
    keys: frozenset[str] = frozenset()
    if typos and term.kind in ("stem", "exact") and len(term.word) >= SOUND_MIN:
        keys = frozenset(typo_keys(term.word, lexicon.FUZZY_MIN))
    return (term.kind, word, language, keys, ())


def anchor_words(source: str) -> list[tuple[str, str]]:
    """(kind, word) of a pattern's first word, read cheaply (the full parse waits)."""
    text = fold(source).lstrip().lstrip("!").lstrip()
    first = text.split(None, 1)[0] if text else ""
    out = []
    for alternative in first.rstrip("?").split("|"):
        alternative = alternative.split("_", 1)[0]
        if alternative.startswith("="):
            out.append(("exact", alternative[1:]))
        elif alternative.endswith("*") and not alternative.startswith("*"):
            out.append(("prefix", alternative[:-1]))
        elif alternative.startswith("*") and not alternative.endswith("*"):
            out.append(("suffix", alternative[1:]))
        elif "'" in alternative:  # "couldn't" is anchored at "could" (patterns.written_out)
            from steunwijzer.core.patterns import written_out

            out.append(("stem", written_out(alternative).split("_", 1)[0]))
        elif alternative:
            out.append(("stem", alternative))
    return out


# --- the index of a catalogue's patterns -----------------------------------------------

Sources = list[tuple[str, PatternText]]  # (theme id, "" for a figure, "@..." a marker)
# Index tables: "stem:nl", "stem:en" (by stem), "exact", "prefix", "suffix", "typo" (by
# the word or key as it is), each word -> the numbers of the patterns it starts.
Tables = dict[str, dict[str, list[int]]]
TABLES = ("stem:nl", "stem:en", "exact", "prefix", "suffix", "typo")


def acute_themes(themes: Iterable[Theme]) -> frozenset[str]:
    """Typos, negation and a theme's reach are judged more carefully where it matters:
    for acute themes (and the floor), whatever the catalogue says."""
    from steunwijzer.core.model import Tier

    return frozenset(
        [t.id for t in themes if t.tier is Tier.ACUTE]
        + list(lexicon.FLOOR_THEMES)
        + list(lexicon.RISK_TO_LIFE)
    )


def pattern_sources(themes: Iterable[Theme]) -> Sources:
    """Every pattern source in index order: the themes', then figures and markers."""
    sources: Sources = []
    for theme in themes:
        sources.extend((theme.id, text) for text in theme_patterns(theme))
    for lang, figures in lexicon.FIGURES.items():
        sources.extend(("", PatternText(f, lang)) for f in figures)
    markers = (("@past", lexicon.PAST), ("@well", lexicon.RECOVERED), ("@done", lexicon.COMPLETED))
    for marker, table in markers:
        for lang, sources_ in table.items():
            sources.extend((marker, PatternText(f, lang)) for f in sources_)
    return sources


def build_tables(sources: Sources, acute: frozenset[str]) -> Tables:
    """Each pattern under its first word(s): stems per language, exact words, word parts
    and, for acute themes, the typo keys of its first word."""
    tables: Tables = {name: {} for name in TABLES}
    for number, (theme_id, text) in enumerate(sources):
        typos = theme_id in acute
        for kind, word in anchor_words(text.text):
            if not word:
                continue
            if kind == "stem":
                tables["stem:" + text.language].setdefault(stem(text.language, word), []).append(
                    number
                )
            else:
                tables[kind].setdefault(word, []).append(number)
            if typos and kind in ("stem", "exact") and len(word) >= SOUND_MIN:
                for typo in typo_keys(word, lexicon.FUZZY_MIN):
                    tables["typo"].setdefault(typo, []).append(number)
    return tables


def affixes(sources: Sources, tables: Tables) -> tuple[frozenset[str], frozenset[str]]:
    """The parts of words that patterns look for: their anchors and other words."""
    prefixes, suffixes = affix_words(text.text for _theme, text in sources)
    return prefixes | set(tables["prefix"]), suffixes | set(tables["suffix"])


def packed(
    sources: Sources,
    acute: frozenset[str],
    tables: Tables,
    parts_known: tuple[frozenset[str], frozenset[str]],
) -> dict[str, Any]:
    """The index, the word parts and every pattern compiled, as plain values that
    core/prebuilt.py keeps (each pattern on its own, read only when a text may match it)."""
    patterns: list[tuple[object, ...] | None] = []
    for theme, text in sources:
        c = compile_pattern(theme, text, acute, parts_known)
        fields = None if c is None else (c.theme, c.source, c.origin, c.immediate, c.parts, c.needs)
        patterns.append(fields)
    return {"tables": tables, "affixes": parts_known, "patterns": patterns}


def compile_pattern(
    theme: str,
    text: PatternText,
    acute: frozenset[str],
    parts_known: tuple[frozenset[str], frozenset[str]],
) -> Compiled | None:
    """A pattern ready to match, or None when it cannot be read (`catalog validate`
    reports it; the rest still works)."""
    from steunwijzer.core.patterns import PatternError, parse

    try:
        parsed = parse(text.text)
    except PatternError:
        return None
    lang, typos = text.language, theme in acute
    parts = tuple(
        tuple(
            (tuple(compile_term(x, lang, typos) for x in item.terms), item.gap, item.optional)
            for item in part
        )
        for part in parsed.parts
    )
    prefixes, suffixes = parts_known
    needs = tuple(  # a part that words do not record cannot rule a pattern out
        need
        for need in needs_of(parts)
        if all(
            (k[:1] != "<" or k[1:] in prefixes) and (k[:1] != ">" or k[1:] in suffixes)
            for k in need
        )
    )
    return Compiled(theme, parsed.source, text.origin, parsed.immediate, parts, needs)
