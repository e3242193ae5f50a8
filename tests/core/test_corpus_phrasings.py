"""The risk-to-life phrasing families (core/lexicon_phrasings.py) on their own corpus:
every family in both languages, with hard negatives that share its words."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from ..conftest import invoke

CORPUS = Path(__file__).parents[1] / "data" / "corpus_phrasings.jsonl"
RISK = {"suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation"}


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def test_phrasings_corpus_is_broad() -> None:
    rows = _rows()
    assert len(rows) >= 150
    risk = [r for r in rows if RISK & set(r["expect_themes"])]  # type: ignore[arg-type]
    per_theme = Counter((t, r["lang"]) for r in risk for t in r["expect_themes"])  # type: ignore[attr-defined]
    for theme in RISK:  # every risk-to-life theme, in both languages
        assert per_theme[(theme, "nl")] >= 5 and per_theme[(theme, "en")] >= 5, theme
    assert len([r for r in rows if r["expect_tier"] is None]) >= 40


def test_ci_thresholds_hold_on_the_phrasings_corpus(runner: CliRunner) -> None:
    result = invoke(
        runner, "catalog", "test", str(CORPUS), "--json",
        "--min-recall", "0.95", "--max-false-alarms", "0.05",
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert result.exit_code == 0, data["misses"]
    assert data["risk_to_life"]["missed"] == 0
    assert data["false_alarms"]["rate"] <= 0.05


def test_a_phrasing_needs_its_whole_family_meaning(runner: CliRunner) -> None:
    """The words of a family alone, in a harmless sense, are not a risk to life."""
    for text in (
        "We finally picked a date for the wedding!",
        "Ik zoek een manier om mezelf te motiveren.",
        "It's fine if the bus is late, I'll wait.",
        "I'm counting down the days until the end of the semester.",
    ):
        data = json.loads(invoke(runner, "lookup", "--text", text, "--json").stdout)
        assert data["tier"] != "acute", (text, data)


def test_someone_else_in_an_unsafe_situation_is_concern(runner: CliRunner) -> None:
    """A third person harmed is concern for someone else; the student harmed is not."""
    for text in ("Ik denk dat haar vriend haar slaat.", "My friend is being stalked by her ex."):
        data = json.loads(invoke(runner, "lookup", "--text", text, "--json").stdout)
        assert "concern_for_other" in data["themes"], (text, data["themes"])
    for text in ("My boyfriend hits me.", "Mijn ex stalkt me."):
        data = json.loads(invoke(runner, "lookup", "--text", text, "--json").stdout)
        assert "unsafe_situation" in data["themes"], (text, data["themes"])
        assert "concern_for_other" not in data["themes"], (text, data["themes"])
