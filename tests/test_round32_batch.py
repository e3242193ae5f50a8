"""Round 32, the scripting side: `report` reads a hand-edited results CSV the way `batch`
reads its input (round 31's hostile-files round, H3, left open then). The first test
failed on the round's start (c3b548d); the second is a guard."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from .conftest import invoke

HEADER = "id,tier,urgency,themes,screened,referral_ids,referral_names,error,recognised\n"


def test_a_stray_quote_costs_one_row_not_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    """H3: one stray `"` in a hand-edited results CSV made `report` drop every later row
    (a hundred acute rows counted as none), and the error named the last line."""
    rows = "".join(f"b{i},acute,soon,suicidal_thoughts,false,,,,true\n" for i in range(100))
    path = tmp_path / "edited.csv"
    path.write_text(HEADER + '"a,specific,routine,sleep,false,,,,true\n' + rows, "utf-8")
    result = invoke(runner, "report", str(path), "--format", "json")
    assert result.exit_code == 1  # a line could not be read: said in the exit code
    data = json.loads(result.stdout)
    assert data["everyone"]["rows"]["count"] == 100
    assert data["inputs"]["bad_lines"] == 1
    assert "edited.csv:2:" in result.stderr and "quote" in result.stderr


def test_a_quoted_cell_over_two_lines_is_still_one_row(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: a real multi-line quoted cell (a name with a line break) is one row."""
    path = tmp_path / "names.csv"
    path.write_text(
        HEADER
        + 'a,specific,routine,sleep,false,x,"Slaap\ntraining",,true\n'
        + "b,acute,soon,grief,false,,,,true\n",
        "utf-8",
    )
    result = invoke(runner, "report", str(path), "--format", "json", "--min-cell", "1")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["everyone"]["rows"]["count"] == 2
