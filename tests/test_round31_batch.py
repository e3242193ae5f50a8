"""Round 31, the scripting side: what a hostile-files round on batch, report and exports
found (H1, H2, H8, H9, H15), by an outsider who never read the code. Each test was run
on the round's start (2d47fe3) and failed there, except the cases marked as guards
(and `unsafe_situaton`, which the recogniser already read in the refused name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke, invoke_en


def _csv_rows(runner: CliRunner, path: Path) -> tuple[dict[str, dict[str, str]], int]:
    result = invoke(runner, "batch", str(path), "--format", "csv")
    lines = result.stdout.splitlines()
    header = lines[0].split(",")
    rows = {}
    for line in lines[1:]:
        cells = dict(zip(header, line.split(","), strict=False))
        rows[cells["id"]] = cells
    return rows, result.exit_code


@pytest.mark.parametrize(
    ("name", "theme"),
    [
        ("self_harn", "self_harm"),
        ("concern_for_othr", "concern_for_other"),
        ("zorgen om ander", "concern_for_other"),
        ("unsafe_situaton", "unsafe_situation"),
        ("suicidal_thougts", "suicidal_thoughts"),  # guards: read by the recogniser before
    ],
)
def test_a_near_miss_of_an_acute_theme_keeps_its_acute_part(
    runner: CliRunner, tmp_path: Path, name: str, theme: str
) -> None:
    """A one-letter typo of `self_harm` or `concern_for_other` in a themes cell was an
    error row with no tier and no crisis line, although the did-you-mean named the acute
    theme (a hostile round, round 31, H1). The error stays; the acute part is shown."""
    path = tmp_path / "t.csv"
    path.write_text(f"id,themes\n1,{name}\n2,sleep\n", "utf-8")
    rows, code = _csv_rows(runner, path)
    assert code == 1  # the unknown theme is still an error
    assert rows["1"]["tier"] == "acute"
    assert theme in rows["1"]["themes"]
    assert rows["1"]["error"]
    assert rows["2"]["tier"] == "specific"
    lookup = invoke_en(runner, "lookup", "--theme", name)
    assert lookup.exit_code == 1
    assert "ACUTE" in lookup.stdout


@pytest.mark.parametrize("name", ["slep", "self", "stres"])
def test_a_near_miss_of_another_theme_stays_an_error(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    """Guards: only acute themes are read into a refused name; "self" is no self-harm."""
    path = tmp_path / "t.csv"
    path.write_text(f"id,themes\n1,{name}\n", "utf-8")
    rows, code = _csv_rows(runner, path)
    assert code == 1
    assert rows["1"]["tier"] == ""


def test_a_bom_before_a_quoted_header_is_read(runner: CliRunner, tmp_path: Path) -> None:
    """LibreOffice and pandas write `\\ufeff"id","themes"`: the quotes stayed in the name
    ('"id"'), the header was refused and every good row lost (H2)."""
    path = tmp_path / "q.csv"
    path.write_bytes(
        b'\xef\xbb\xbf"id";"themes";"text"\r\n"1";"sleep";""\r\n"2";"";"ik wil dood"\r\n'
    )
    rows, code = _csv_rows(runner, path)
    assert code == 0
    assert rows["1"]["tier"] == "specific"
    assert rows["2"]["tier"] == "acute"


def test_excels_unnamed_last_columns_are_no_error(runner: CliRunner, tmp_path: Path) -> None:
    """`id;themes;text;;` (Excel's empty columns at the end) refused every row (H9). A
    value under such a column is an error of its row, searched for an acute part; an
    empty column between named ones is still refused."""
    path = tmp_path / "x.csv"
    path.write_text(
        "id;themes;text;;\r\n1;sleep;;;\r\n2;;;ik wil niet meer leven;\r\n;;;;\r\n3;stress;;;\r\n",
        "utf-8",
    )
    rows, code = _csv_rows(runner, path)
    assert code == 1
    assert rows["1"]["tier"] == "specific"
    assert rows["3"]["tier"] == "specific"
    assert rows["2"]["tier"] == "acute"
    assert "column 4" in rows["2"]["error"]
    middle = tmp_path / "m.csv"
    middle.write_text("id;;themes\r\n1;;sleep\r\n", "utf-8")
    refused, code = _csv_rows(runner, middle)
    assert code == 1
    assert "no name" in refused["header"]["error"]


def test_a_huge_lang_value_is_not_echoed_whole(runner: CliRunner, tmp_path: Path) -> None:
    """`"lang": "x" * 200000` put the whole value on stderr and in the row's error: logs
    (cron mail, `2>>batch.log`) then held whatever a cell said (H15)."""
    path = tmp_path / "l.jsonl"
    path.write_text('{"id": "3", "lang": "' + "x" * 200_000 + '"}\n', "utf-8")
    result = invoke(runner, "batch", str(path))
    assert result.exit_code == 1
    assert max(len(line) for line in result.stderr.splitlines()) < 300
    assert len(result.stdout) < 1_000


@pytest.mark.parametrize("column", ["notitie", "persoon", "religie", "diagnosis", "dob", "tel"])
def test_report_by_refuses_notes_people_and_special_categories(
    runner: CliRunner, tmp_path: Path, column: str
) -> None:
    """`--by notitie` printed short notes ("wil dood", "zwanger") as group labels when a
    column had fewer than ten values; first names under `persoon`, a religion under
    `religie` likewise (H4)."""
    path = tmp_path / "r.jsonl"
    path.write_text(
        '{"id": "1", "tier": "specific", "urgency": "routine", "themes": ["sleep"], "'
        + column
        + '": "wil dood"}\n',
        "utf-8",
    )
    result = invoke(runner, "report", str(path), "--by", column)
    assert result.exit_code == 2
    assert "wil dood" not in result.stdout


def test_report_by_a_faculty_still_works(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: a grouping column is still accepted."""
    path = tmp_path / "r.jsonl"
    path.write_text(
        '{"id": "1", "tier": "specific", "urgency": "routine", "themes": ["sleep"], '
        '"faculty": "Techniek"}\n',
        "utf-8",
    )
    result = invoke(runner, "report", str(path), "--by", "faculty")
    assert result.exit_code == 0


def test_an_id_given_twice_is_warned_about(runner: CliRunner, tmp_path: Path) -> None:
    """Three rows with id 1 (one of them acute) passed without a word: a script joining
    results back by id gave the acute result to another student (H8). Every row is still
    written and the exit code is unchanged."""
    path = tmp_path / "d.csv"
    path.write_text("id,themes,text\n1,sleep,\n1,,ik wil dood\n1,stress,\n2,sleep,\n", "utf-8")
    result = invoke_en(runner, "batch", str(path), "--format", "csv")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 5
    assert "2 row(s) repeat an id of an earlier row (the first on line 3)" in result.stderr
    once = tmp_path / "once.csv"
    once.write_text("id,themes\n1,sleep\n2,sleep\n", "utf-8")
    assert "repeat an id" not in invoke_en(runner, "batch", str(once)).stderr
