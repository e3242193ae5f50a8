"""Golden tests: the whole batch output for fixed inputs, byte for byte.

When a deliberate change alters the output (catalogue content, ranking), regenerate with
STEUNWIJZER_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    ("source", "fmt", "expected"),
    [
        ("cases.jsonl", "jsonl", "expected.jsonl"),
        ("cases.csv", "csv", "expected.csv"),
        ("cases.jsonl", "csv", "expected-from-jsonl.csv"),
    ],
)
def test_batch_output_matches_golden(
    runner: CliRunner, source: str, fmt: str, expected: str
) -> None:
    result = invoke(
        runner, "batch", str(GOLDEN / source), "--format", fmt, "--at", "2026-11-30T14:00"
    )
    assert result.exit_code == 1  # each input has one bad row on purpose
    path = GOLDEN / expected
    if os.environ.get("STEUNWIJZER_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")
