"""`catalog test`: measure a vocabulary on labelled sentences (pure: no printing).

A corpus is JSON Lines, one sentence per line::

    {"text": "ik zie het niet meer zitten", "lang": "nl",
     "expect_themes": ["suicidal_thoughts"], "expect_tier": "acute"}

A sentence passes when every expected theme is found. More themes are allowed, except
an acute theme on a harmless sentence (a false alarm). ``expect_tier: null`` means
nothing should be recognised at all. Mentions set aside (negated, framed) are not
findings. The recogniser reads both languages whatever ``lang`` says; ``lang`` is for
the recall per language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from steunwijzer.core.jsonin import loads_strict
from steunwijzer.core.lexicon import RISK_TO_LIFE
from steunwijzer.core.model import Catalog, Tier, max_tier
from steunwijzer.core.textnorm import did_you_mean
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import Diagnostic

# Risk to life or safety: a miss of one of these fails the test (exit 1).
RISK_THEMES = (*RISK_TO_LIFE, "unsafe_situation")
# ``trained_as``: the themes the second net learnt a sentence as, where its label changed
# after the net was trained on it (tools/train_resemblance.py); not read here.
_KEYS = ("text", "lang", "expect_themes", "expect_tier", "id", "note", "trained_as")
MAX_LINE = 100_000


@dataclass(frozen=True, slots=True)
class Sentence:
    """One labelled line of a corpus file: the text and what it should give."""

    line: int
    text: str
    lang: str
    expect_themes: tuple[str, ...]
    expect_tier: Tier | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the recogniser made of one labelled sentence, and whether that passes."""

    sentence: Sentence
    found: tuple[str, ...]
    tier: Tier | None
    passed: bool
    why: str  # empty when passed: missed themes, or an acute false alarm


@dataclass(frozen=True, slots=True)
class Recall:
    """How many expected themes of one kind were found."""

    expected: int = 0
    found: int = 0

    @property
    def rate(self) -> float:
        return self.found / self.expected if self.expected else 1.0


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `catalog test` found in one corpus file."""

    file: str
    outcomes: tuple[Outcome, ...]
    invalid: tuple[Diagnostic, ...]
    recall: Mapping[str, Mapping[str, Recall]] = field(default_factory=dict)

    @property
    def misses(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.passed)

    @property
    def risk_sentences(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if set(o.sentence.expect_themes) & set(RISK_THEMES))

    @property
    def risk_missed(self) -> tuple[Outcome, ...]:
        return tuple(
            o
            for o in self.risk_sentences
            if not set(o.sentence.expect_themes) & set(RISK_THEMES) <= set(o.found)
        )

    @property
    def negatives(self) -> tuple[Outcome, ...]:
        """Harmless sentences: no acute theme or tier expected."""
        return tuple(o for o in self.outcomes if o.sentence.expect_tier is not Tier.ACUTE)

    def false_alarms(self, catalog: Catalog) -> tuple[Outcome, ...]:
        return tuple(o for o in self.negatives if o.tier is Tier.ACUTE)

    @property
    def acute_lowered(self) -> tuple[Outcome, ...]:
        """Sentences expected acute whose themes were found at a lower tier."""
        return tuple(
            o
            for o in self.outcomes
            if o.sentence.expect_tier is Tier.ACUTE and o.why.startswith(TIER_BELOW)
        )

    def ok(self) -> bool:
        return not self.invalid and not self.risk_missed


TIER_BELOW = "tier below the expected"
_RANK: dict[Tier | None, int] = {None: 0, Tier.PREVENTION: 1, Tier.SPECIFIC: 2, Tier.ACUTE: 3}


def _tier(catalog: Catalog, themes: Iterable[str]) -> Tier | None:
    tiers = [catalog.themes[t].tier for t in themes if t in catalog.themes]
    return max_tier(*tiers) if tiers else None


def parse_line(line_number: int, raw: str, catalog: Catalog, file: str) -> Sentence | Diagnostic:
    def bad(message: str) -> Diagnostic:
        return Diagnostic(file, line_number, 1, "error", message)

    if len(raw) > MAX_LINE:
        return bad(f"line is longer than {MAX_LINE} characters")
    try:
        data: Any = loads_strict(raw)  # a second "expect_tier" may not overrule the first
    except json.JSONDecodeError as exc:
        return bad(f"invalid JSON: {exc.msg}")
    except (ValueError, RecursionError) as exc:
        return bad(f"invalid JSON: {exc}")
    if not isinstance(data, dict):
        return bad("each line must be a JSON object")
    for key in data:
        if key not in _KEYS:
            return bad(f"unknown key '{key}'{did_you_mean(str(key), _KEYS)}")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return bad("'text' must be a non-empty string")
    lang = data.get("lang")
    if lang not in ("nl", "en"):
        return bad(f"'lang' must be nl or en, got {lang!r}")
    themes = data.get("expect_themes") or []  # null: nothing expected, as the help says
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        return bad("'expect_themes' must be a list of theme ids")
    for theme in themes:
        if theme not in catalog.themes:
            return bad(f"unknown theme '{theme}'{did_you_mean(theme, catalog.themes)}")
    if "expect_tier" not in data:
        return bad("'expect_tier' is missing (use null when nothing should be recognised)")
    tier_value = data["expect_tier"]
    if tier_value is not None and tier_value not in [str(t) for t in Tier]:
        return bad(f"'expect_tier' must be prevention, specific, acute or null, got {tier_value!r}")
    tier = Tier(tier_value) if tier_value is not None else None
    if tier is None and themes:
        return bad("'expect_tier' is null (nothing to recognise) but 'expect_themes' is not empty")
    if tier is Tier.ACUTE and not themes:
        # A miss of such a line was listed, counted as no risk sentence, and the run
        # said "ok" (a hostile round, round 30, H7): which acute theme is expected?
        return bad("'expect_tier' is acute, so 'expect_themes' must name the acute themes")
    themes = list(dict.fromkeys(themes))  # a theme named twice counts once in recall
    expected_tier = _tier(catalog, themes)
    if tier is not None and expected_tier is not None and expected_tier.rank > tier.rank:
        return bad(f"'expect_tier' {tier} is lower than the tier of its themes ({expected_tier})")
    return Sentence(line_number, text, lang, tuple(themes), tier)


def judge(sentence: Sentence, found: tuple[str, ...], catalog: Catalog) -> Outcome:
    tier = _tier(catalog, found)
    missing = [t for t in sentence.expect_themes if t not in found]
    if missing:
        return Outcome(sentence, found, tier, False, "missed: " + ", ".join(missing))
    if sentence.expect_tier is None and found:
        return Outcome(sentence, found, tier, False, "nothing expected")
    if sentence.expect_tier is not None and _RANK[tier] < _RANK[sentence.expect_tier]:
        # An institution's acute theme lowered to specific passed its own gate (a
        # hostile round, round 17): the themes were found, the tier was not.
        return Outcome(sentence, found, tier, False, f"{TIER_BELOW} {sentence.expect_tier}")
    expected_acute = sentence.expect_tier is Tier.ACUTE
    if tier is Tier.ACUTE and not expected_acute:
        return Outcome(sentence, found, tier, False, "acute false alarm")
    return Outcome(sentence, found, tier, True, "")


def run(lines: Iterable[str], catalog: Catalog, file: str) -> Report:
    vocabulary = Vocabulary(catalog.themes)
    outcomes: list[Outcome] = []
    invalid: list[Diagnostic] = []
    for number, raw in enumerate(lines, 1):
        line = raw.lstrip("\ufeff") if number == 1 else raw
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        parsed = parse_line(number, line, catalog, file)
        if isinstance(parsed, Diagnostic):
            invalid.append(parsed)
            continue
        found = vocabulary.suggest(parsed.text)
        outcomes.append(judge(parsed, found, catalog))
    counts: dict[str, dict[str, list[int]]] = {}
    for o in outcomes:
        for theme in o.sentence.expect_themes:
            cell = counts.setdefault(theme, {}).setdefault(o.sentence.lang, [0, 0])
            cell[0] += 1
            cell[1] += theme in o.found
    recall = {
        theme: {lang: Recall(n, k) for lang, (n, k) in sorted(by_lang.items())}
        for theme, by_lang in sorted(counts.items())
    }
    return Report(file, tuple(outcomes), tuple(invalid), recall)


def theme_recall(report: Report, theme: str) -> Recall:
    cells = report.recall.get(theme, {}).values()
    return Recall(sum(c.expected for c in cells), sum(c.found for c in cells))
