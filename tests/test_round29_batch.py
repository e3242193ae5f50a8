"""Round 29, batch input: a broken JSON array or line keeps every good case, each under
its own id (a hostile-files round by an outsider who never read the code). Each test
was run on the commit before its fix and failed there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke

# --- batch: a broken JSON array or line keeps every good case, each under its own id --


def _rows(runner: CliRunner, path: Path) -> tuple[dict[str, dict[str, object]], str]:
    result = invoke(runner, "batch", str(path), "--lang", "en")
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {str(r["id"]): r for r in rows}, result.stderr


def test_one_broken_element_of_a_pretty_array_loses_no_other_case(
    runner: CliRunner, tmp_path: Path
) -> None:
    """One typo in a `json.dumps(cases, indent=2)` file sent every line through the line
    reader: 0 good rows and an error per line, the at-risk case under a line number (a
    hostile round, round 29, H1)."""
    cases = [{"id": f"s{i}", "text": "ik slaap slecht"} for i in range(30)]
    cases[20] = {"id": "c20", "text": "ik wil niet meer leven"}
    text = json.dumps(cases, indent=2).replace('"id": "s12",', '"id": "s12" "oops",')
    path = tmp_path / "cases.json"
    path.write_text(text, "utf-8")
    rows, stderr = _rows(runner, path)
    assert len(rows) == 30
    assert "error" in rows["s12"] and rows["s12"]["line"] > 1
    assert rows["c20"]["tier"] == "acute"
    assert all(rows[f"s{i}"]["tier"] == "specific" for i in range(30) if i not in (12, 20))
    assert "rows read: 30" in stderr


@pytest.mark.parametrize(
    "text",
    [
        '[{"id": "a", "text": "ik slaap slecht"}, {"id": "b", "text": "geld"},]',  # comma
        '[{"id": "a", "text": "ik slaap slecht"}, {"id": "b", "text": "geld"}',  # no "]"
        '[{"id": "a", "text": "ik slaap slecht"} {"id": "b", "text": "geld"}]',  # no comma
    ],
)
def test_a_hand_edited_array_keeps_its_cases(runner: CliRunner, tmp_path: Path, text: str) -> None:
    """A trailing comma, a missing "]" or a missing comma between two objects turned every
    line into an error row (round 29, H1). Since round 37 (a hostile round, H3) a missing
    "]" adds one row that says so, after the cases: a copy cut short lost its last cases
    without a word."""
    path = tmp_path / "cases.json"
    path.write_text(text, "utf-8")
    rows, _ = _rows(runner, path)
    assert {"a", "b"} <= set(rows)
    errors = [str(r["error"]) for r in rows.values() if "error" in r]
    if text.endswith("]"):
        assert not errors
    else:
        assert len(errors) == 1 and "no closing ']'" in errors[0], errors


@pytest.mark.parametrize(
    "text",
    [
        '[{"id":"a","text":"ik slaap slecht"},{"id":"b","text": ,{"id":"c","text":"ik wil dood"}]',
        '{"id":"a","text":"ik slaap slecht"}{"id":"c","text":"ik wil dood"\n'
        '{"id":"d","text":"ik slaap slecht"}\n',
    ],
)
def test_a_broken_object_beside_others_never_lends_its_words_to_another_id(
    runner: CliRunner, tmp_path: Path, text: str
) -> None:
    """A line holding a good object, a broken one and a third became one error row under
    the first student's id, with the third student's "ik wil dood" on it (round 29, H2,
    a safety break: the at-risk student had no row)."""
    path = tmp_path / "cases.jsonl"
    path.write_text(text, "utf-8")
    rows, _ = _rows(runner, path)
    assert rows["a"]["tier"] == "specific" and "error" not in rows["a"]
    assert rows["c"]["tier"] == "acute"
    assert "suicidal_thoughts" in rows["c"]["themes"]


@pytest.mark.parametrize("lead", ["\ufeff\n", "\ufeff\r\n\r\n", ";;\n", "\ufeff;;\r\n"])
def test_a_blank_row_before_the_header_after_a_bom_loses_no_row(
    runner: CliRunner, tmp_path: Path, lead: str
) -> None:
    """Excel's byte-order mark and then a blank line (or an empty spreadsheet row ";;")
    made the blank line the header: "column 1 has no name", every row lost; without the
    mark the blank line was skipped (a hostile round, round 29, H3)."""
    path = tmp_path / "cases.csv"
    path.write_text(f"{lead}id;text\ns1;ik slaap slecht\ns2;ik wil niet meer leven\n", "utf-8")
    rows, stderr = _rows(runner, path)
    assert rows["s1"]["tier"] == "specific"
    assert rows["s2"]["tier"] == "acute"
    assert "errors: 0" in stderr


def test_a_batch_in_safety_mode_counts_the_rows_it_marks(runner: CliRunner, tmp_path: Path) -> None:
    """With a broken catalogue every row carried the safety-mode error while the summary
    said "errors: 0" (a hostile round, round 29, H5)."""
    catalogue = tmp_path / "broken.yaml"
    catalogue.write_text("schema_version: 1\noffers: [\n", "utf-8")
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id":"a","text":"ik slaap slecht"}\n{"id":"b","text":"geld"}\n', "utf-8")
    result = invoke(runner, "batch", str(path), "--catalog", str(catalogue), "--lang", "en")
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(rows) == 2 and all("safety mode" in r["error"] for r in rows)
    assert "errors: 2" in result.stderr
    assert result.exit_code == 1
