"""Round 48: what round 47's hostile round and my own probes left: an output named as a
folder ("-o out/new/"), and drinking that is no drinking problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke_en

# --- "-o out/new/" wrote a file named "new" (hostile P10, round 46) ----------------------

ROWS = '{"id": "1", "themes": ["sleep"]}\n{"id": "2", "text": "ik wil dood"}\n'


@pytest.mark.parametrize("command", ["batch", "report"])
def test_an_output_that_ends_in_a_slash_is_refused(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """Path drops the slash: `-o out/new/` wrote a file named "new" and exited 0."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(ROWS, encoding="utf-8")
    target = tmp_path / "new"
    result = invoke_en(runner, command, str(rows), "-o", f"{target}/")
    assert result.exit_code == 1
    assert f"{target}/: names a folder (it ends in '/'); give a file name" in result.stderr
    assert not target.exists()
    if command == "batch":  # a refused batch still names its acute rows
        assert "acute" in result.stderr.lower()


@pytest.mark.parametrize("option", ["--save", "--handout"])
def test_an_interview_file_that_ends_in_a_slash_is_refused(
    runner: CliRunner, tmp_path: Path, option: str
) -> None:
    target = tmp_path / "session"
    result = invoke_en(runner, "interview", option, f"{target}/", input="\n")
    assert result.exit_code == 1
    assert "names a folder" in result.stderr
    assert not target.exists()


def test_an_output_file_and_stdout_are_still_written(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: a plain file name and '-' are written as before."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(ROWS, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert invoke_en(runner, "batch", str(rows), "-o", str(target)).exit_code == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    result = invoke_en(runner, "batch", str(rows), "-o", "-")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
