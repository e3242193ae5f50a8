"""Round 36: findings of this round's own review, blind set and role-play."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from steunwijzer.cli.app import app


def _batch_rows(tmp_path: Path, texts: list[str]) -> list[dict[str, object]]:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["batch", str(cases), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_a_compact_row_gives_a_phrase_that_raised_two_themes_once(tmp_path: Path) -> None:
    """One phrase ("zie het niet meer zitten") raises two themes; compact reasons carry
    no theme, so the row showed two identical reasons."""
    (row,) = _batch_rows(tmp_path, ["ik zie het niet meer zitten"])
    assert len(row["themes"]) >= 2  # type: ignore[arg-type]
    reasons = row["reasons"]
    assert isinstance(reasons, list) and reasons
    as_text = [json.dumps(r, sort_keys=True) for r in reasons]
    assert len(as_text) == len(set(as_text)), reasons
    assert reasons[0]["match"]["words"] == "zie het niet meer zitten"
