"""`steunwijzer catalog test` and the project's own labelled corpus (issue 10)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from steunwijzer.core.model import Catalog, Tier

from ..conftest import invoke, invoke_en

CORPUS = Path(__file__).parents[1] / "data" / "corpus.jsonl"
RISK = {"suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation"}


# Themes added after the second net was trained (round 17: eating problems) have their
# sentences beside the corpus, so the net's training data stays as it was (round 55:
# housing).
ADDED = CORPUS.with_name("corpus_added_themes.jsonl")


def _corpus() -> list[dict[str, object]]:
    return [
        json.loads(line)
        for path in (CORPUS, ADDED)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


def test_corpus_is_broad_enough(builtin: Catalog) -> None:
    rows = _corpus()
    langs = Counter(str(r["lang"]) for r in rows)
    assert len(rows) >= 400
    assert abs(langs["nl"] - langs["en"]) <= len(rows) * 0.1
    themes = {t for r in rows for t in r["expect_themes"]}  # type: ignore[attr-defined]
    assert themes == set(builtin.themes)  # every theme, in both languages below
    for theme in themes:
        assert {r["lang"] for r in rows if theme in r["expect_themes"]} == {"nl", "en"}  # type: ignore[operator]
    risk = [r for r in rows if RISK & set(r["expect_themes"])]  # type: ignore[arg-type]
    assert len(risk) >= 120
    negatives = [r for r in rows if r["expect_tier"] is None or r["expect_tier"] != "acute"]
    hard = [r for r in rows if r["expect_tier"] is None]
    assert len(hard) >= 60 and len(negatives) > len(hard)


def test_ci_thresholds_hold_on_our_corpus(runner: CliRunner) -> None:
    """The thresholds of CI: 100% on risk to life, 95% per other theme, <=5% acute alarms."""
    result = invoke(
        runner, "catalog", "test", str(CORPUS), "--json",
        "--min-recall", "0.95", "--max-false-alarms", "0.05",
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert result.exit_code == 0, data["misses"]
    assert data["ok"] and data["risk_to_life"]["missed"] == 0
    assert data["risk_to_life"]["sentences"] >= 120
    assert data["false_alarms"]["rate"] <= 0.05


def _write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
        encoding="utf-8",
    )
    return path


def test_a_missed_risk_sentence_fails(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {"text": "ik wil dood", "lang": "nl", "expect_themes": ["suicidal_thoughts"],
         "expect_tier": "acute"},
        {"text": "het regent", "lang": "nl", "expect_themes": ["self_harm"],
         "expect_tier": "acute"},
    )  # fmt: skip
    result = invoke(runner, "catalog", "test", str(path))
    assert result.exit_code == 1
    assert "line 2" in result.stdout and "missed: self_harm" in result.stdout
    assert "found: nothing" in result.stdout


def test_an_invalid_line_fails_with_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {"text": "ik slaap slecht", "lang": "nl", "expect_themes": ["sleep"],
         "expect_tier": "specific"},
        "{not json",
        {"text": "x", "lang": "de", "expect_themes": [], "expect_tier": None},
        {"text": "x", "lang": "nl", "expect_themes": ["slep"], "expect_tier": "specific"},
        {"text": "x", "lang": "nl", "expect_themes": [], "expect_tier": None, "expct": 1},
    )  # fmt: skip
    result = invoke_en(runner, "catalog", "test", str(path))
    assert result.exit_code == 1
    for line in (2, 3, 4, 5):
        assert f"{path}:{line}:" in result.stderr
    assert "did you mean 'sleep'" in result.stderr


def test_null_expected_themes_mean_nothing_expected(runner: CliRunner, tmp_path: Path) -> None:
    """The help says "null: nothing expected"; an outside test saw `"expect_themes": null`
    refused as "must be a list" (round 6)."""
    path = _write(
        tmp_path,
        {"text": "hallo, is mijn formulier binnen?", "lang": "nl", "expect_themes": None,
         "expect_tier": None},
    )  # fmt: skip
    result = invoke_en(runner, "catalog", "test", str(path))
    assert result.exit_code == 0, result.output
    assert "must be a list" not in result.stderr


def test_false_alarm_and_json_shape(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {"text": "ik wil dood", "lang": "nl", "expect_themes": [], "expect_tier": None},
        {"text": "ik slaap slecht", "lang": "nl", "expect_themes": ["sleep"],
         "expect_tier": "specific"},
        {"text": "I can't sleep", "lang": "en", "expect_themes": ["sleep"],
         "expect_tier": "specific"},
    )  # fmt: skip
    result = invoke(runner, "catalog", "test", str(path), "--json")
    assert result.exit_code == 0  # a false alarm is reported, not a failure by default
    data = json.loads(result.stdout)
    assert data["false_alarms"] == {"negatives": 3, "acute": 1, "rate": 0.3333}
    assert data["recall"]["sleep"]["nl"] == {"expected": 1, "found": 1, "recall": 1.0}
    assert data["misses"][0]["why"] == "nothing expected"
    assert data["misses"][0]["found_tier"] == str(Tier.ACUTE)
    strict = invoke(runner, "catalog", "test", str(path), "--max-false-alarms", "0.05")
    assert strict.exit_code == 1 and "threshold failed" in strict.stdout


def test_missing_corpus_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke_en(runner, "catalog", "test", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr
