"""The shape of `steunwijzer catalog test --json`: recall per theme and language, risk
to life, acute false alarms and every miss (keys are a contract, as in records)."""

from __future__ import annotations

from typing import Any

from steunwijzer.catalog.corpus import RISK_THEMES, Report, theme_recall
from steunwijzer.core.model import Catalog


def corpus_report_dict(report: Report, catalog: Catalog, thresholds: list[str]) -> dict[str, Any]:
    """The shape of `catalog test --json`; its text form is printed from it too."""
    alarms = report.false_alarms(catalog)
    negatives = len(report.negatives)
    return {
        "file": report.file,
        "sentences": len(report.outcomes),
        "passed": len(report.outcomes) - len(report.misses),
        "invalid": [{"line": d.line, "message": d.message, "text": str(d)} for d in report.invalid],
        "recall": {
            theme: {
                **{
                    lang: {"expected": r.expected, "found": r.found, "recall": round(r.rate, 4)}
                    for lang, r in by_lang.items()
                },
                "all": {
                    "expected": theme_recall(report, theme).expected,
                    "found": theme_recall(report, theme).found,
                    "recall": round(theme_recall(report, theme).rate, 4),
                },
            }
            for theme, by_lang in report.recall.items()
        },
        "risk_to_life": {
            "themes": list(RISK_THEMES),
            "sentences": len(report.risk_sentences),
            "missed": len(report.risk_missed),
        },
        "false_alarms": {
            "negatives": negatives,
            "acute": len(alarms),
            "rate": round(len(alarms) / negatives, 4) if negatives else 0.0,
        },
        "misses": [
            {
                "line": o.sentence.line,
                "text": o.sentence.text,
                "lang": o.sentence.lang,
                "expect_themes": list(o.sentence.expect_themes),
                "expect_tier": str(o.sentence.expect_tier) if o.sentence.expect_tier else None,
                "found_themes": list(o.found),
                "found_tier": str(o.tier) if o.tier else None,
                "why": o.why,
            }
            for o in report.misses
        ],
        "thresholds_failed": thresholds,
        "ok": report.ok() and not thresholds,
    }
