"""Round 38: hostile files (round 37's outsider's findings H5-H17, named as there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app


def _rows(path: Path) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(app, ["batch", str(path), "--format", "jsonl"])
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


PRETTY = '[\n  {"id": "a", "text": "ik slaap slecht"},\n  {"id": "b", "text": "geldzorgen"}\n]\n'


@pytest.mark.parametrize(
    "after",
    [
        '{"id": "c", "text": "ik wil dood"}\n',  # JSON Lines appended
        '[{"id": "c", "text": "ik wil dood"}]\n',  # a second export, on one line
        '\n\n[\n  {"id": "c", "text": "ik wil dood"}\n]\n',  # a second, pretty-printed
    ],
)
def test_text_after_a_json_array_loses_none_of_its_cases(tmp_path: Path, after: str) -> None:
    """H5: a pretty-printed array with more after its "]" was read line by line: "[",
    "]" and case a (its line ends in a comma) came out as error rows, exit 1, and the
    case in a one-line array after it as an error row too. Every case is read now, on
    its own line, exit 0 (fails on fcf90ae)."""
    cases = tmp_path / "cases.json"
    cases.write_text(PRETTY + after, encoding="utf-8")
    code, rows = _rows(cases)
    assert [r["id"] for r in rows] == ["a", "b", "c"], rows
    assert not any("error" in r for r in rows), rows
    assert rows[2]["tier"] == "acute"
    assert code == 0


def test_the_lines_after_an_array_keep_their_numbers(tmp_path: Path) -> None:
    """An error after the array names its own line (6), not the line it would have in
    a file of its own (2)."""
    cases = tmp_path / "cases.json"
    cases.write_text(PRETTY + '\n{"id": "c", "text": }\n', encoding="utf-8")
    code, rows = _rows(cases)
    assert code == 1
    assert rows[-1]["line"] == 6, rows[-1]
    assert [r["id"] for r in rows[:2]] == ["a", "b"]


@pytest.mark.parametrize(
    "line",
    ['["safety_thoughts", "ja"]', '[{"id": "a", "text": "x"}, 3]', "[1, 2]"],
)
def test_a_line_array_that_is_no_list_of_cases_stays_an_error(tmp_path: Path, line: str) -> None:
    """Guards: an array that is not all cases is still an error row of its own, never
    read as cases it does not hold."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": "z", "text": "slaap"}\n' + line + "\n", encoding="utf-8")
    code, rows = _rows(cases)
    assert code == 1
    assert rows[0]["id"] == "z" and any("error" in r for r in rows[1:]), rows


@pytest.mark.parametrize(
    ("written", "read"),
    [("2026.10", "2026.10"), ("1.0", "1.0"), ("2027", "2027"), ("0123", "0123")],
)
def test_a_version_written_as_a_number_is_kept_as_written(
    tmp_path: Path, written: str, read: str
) -> None:
    """H7: an unquoted "version: 2026.10" is a float to YAML and came out as "2026.1" in
    every result (and "0123" as 83); the text as written is kept (fails on fcf90ae)."""
    import shutil

    from steunwijzer.catalog.resources import builtin_catalog_dir

    folder = tmp_path / "catalog"
    shutil.copytree(builtin_catalog_dir(), folder)
    meta = folder / "catalog.yaml"
    text = meta.read_text("utf-8")
    assert '  version: "2026.11"' in text
    meta.write_text(text.replace('  version: "2026.11"', f"  version: {written}"), "utf-8")
    result = CliRunner().invoke(
        app, ["lookup", "--catalog", str(folder), "--theme", "sleep", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["catalog"]["version"] == read


def test_the_moment_of_a_row_is_in_the_catalogues_zone_without_at(tmp_path: Path) -> None:
    """H13: without --at a row said "...T17:25+00:00" (UTC), beside opening hours in
    Dutch time and rows made with --at that say "+01:00". The same instant, now in the
    catalogue's zone (fails on fcf90ae)."""
    import datetime as dt

    from steunwijzer.core.clock import load_zone

    rows = tmp_path / "in.jsonl"
    rows.write_text('{"id": "a", "themes": ["sleep"]}\n', encoding="utf-8")
    before = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    code, out = _rows(rows)
    assert code == 0
    at = dt.datetime.fromisoformat(str(out[0]["at"]))
    zone = load_zone("Europe/Amsterdam")
    assert zone is not None
    assert at.utcoffset() == dt.datetime.now(zone).utcoffset()
    assert before <= at <= dt.datetime.now(dt.UTC)


def test_a_long_bad_language_is_quoted_with_its_cut_shown(tmp_path: Path) -> None:
    """H14: a language of 100,000 characters was quoted cut at 60 with no mark and no
    closing quote ("got 'yyyy"), as if that were all of it (fails on fcf90ae)."""
    rows = tmp_path / "in.jsonl"
    rows.write_text(json.dumps({"id": "b", "themes": ["sleep"], "lang": "y" * 100_000}) + "\n")
    code, out = _rows(rows)
    assert code == 1
    error = str(out[0]["error"])
    assert error.endswith("…") and len(error) < 120, error
