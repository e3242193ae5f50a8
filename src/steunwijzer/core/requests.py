"""Classify a need given directly as themes and/or free text (no interview)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from steunwijzer.core.answers import MAX_TEXT
from steunwijzer.core.disguise import blank_escapes
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult, classify, text_reasons, theme_reason, unrecognised
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import UserInputError

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Finding

MAX_THEMES = 50


def check_limits(themes: Sequence[str], text: str | None) -> None:
    """Refuse inputs too large to be a real case (see answers.MAX_TEXT)."""
    if len(themes) > MAX_THEMES:
        raise UserInputError(f"{len(themes)} themes given; the limit is {MAX_THEMES}")
    if text is not None and len(text) > MAX_TEXT:
        raise UserInputError(f"text is {len(text)} characters; the limit is {MAX_TEXT}")


# Longer than any label or synonym: an unknown name that long was compared with every
# theme for a did-you-mean, 40 us a character (a hostile round, round 37, H1).
MAX_THEME_NAME = 200


def resolve_themes(vocabulary: Vocabulary, names: Sequence[str]) -> tuple[str, ...]:
    """Theme ids for ids, labels or synonyms; unknown names raise with a did-you-mean.
    Remembered per list of names: a batch repeats them, and reading them again was a
    sixth of a 100,000-row batch to a file (round 23)."""
    key = tuple(names)
    memo = vocabulary.resolved
    found = memo.get(key)
    if found is None:
        found = _resolve(vocabulary, names)
        if len(memo) < 50_000:  # rows that invent names do not grow it without end
            memo[key] = found
    return found


def _resolve(vocabulary: Vocabulary, names: Sequence[str]) -> tuple[str, ...]:
    resolved: list[str] = []
    for name in names:
        # Escape sequences blanked before the ";" that separates themes is read: an OSC's
        # own ";" split "\x1b]0;X\azelfmoord" (a hostile round, round 16).
        for part in (p.strip() for p in blank_escapes(name).split(";")):
            if not part:
                continue
            if len(part) > MAX_THEME_NAME:  # no did-you-mean over 400,000 characters (r37)
                raise UserInputError(
                    f"theme name of {len(part)} characters; a theme name has at most "
                    f"{MAX_THEME_NAME}"
                )
            theme_id = vocabulary.resolve(part)
            if theme_id is None:
                # On one line: a value with line breaks printed a forged "Niveau: ACUUT"
                # line under the error (an outsiders' hostile round, round 9).
                shown = " ".join(part.split())[:80]
                raise UserInputError(f"unknown theme '{shown}'{vocabulary.unknown_hint(part)}")
            resolved.append(theme_id)
            resolved += vocabulary.acute_behind(part, theme_id)
    return tuple(dict.fromkeys(resolved))


def lookup(
    catalog: Catalog,
    vocabulary: Vocabulary,
    index: ReferralIndex,
    themes: Sequence[str],
    text: str | None,
    student_lang: Lang,
) -> TriageResult:
    """A lookup never asked the safety questions, so its result says screened: false.
    Offerings that speak ``student_lang`` (the student's language) rank higher.

    When neither the themes nor the text yield a theme, the result says so
    (``recognised`` false) instead of looking like a low need."""
    reasons = []
    check_limits(themes, text)
    theme_ids = resolve_themes(vocabulary, themes)
    if theme_ids:
        reasons.append(theme_reason(catalog, theme_ids, "lookup.theme", "; ".join(themes)))
    mentions: tuple[Finding, ...] = ()
    if text and text.strip():
        recognition = vocabulary.read(text)
        reasons += text_reasons(recognition, "lookup")
        mentions = recognition.mentions
    if not reasons:
        return unrecognised(catalog, index, student_lang, mentions)
    return classify(catalog, reasons, student_lang, index, screened=False, mentions=mentions)
