"""Round 33, batch: what an outside scripting user saw (an acute result under another
student's id, a few stray NULs that refused a whole file). Each test failed on the
round's start (2f1635e) unless its docstring says it is a guard."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from .conftest import invoke_en


def _rows(stdout: str) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in csv.DictReader(io.StringIO(stdout))}


def test_a_json_row_keyed_by_studentnummer_keeps_its_id(runner: CliRunner, tmp_path: Path) -> None:
    """S1a: {"studentnummer": "1", "text": "Ik wil niet meer leven"} as the second row
    came out as id 2, acute, while id 1 carried the other student's sleep result. A
    spreadsheet's name for the id column is read in JSON Lines as in CSV."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"studentnummer": "7", "text": "Ik slaap slecht"}\n'
        '{"studentnummer": "1", "text": "Ik wil niet meer leven"}\n',
        encoding="utf-8",
    )
    out = invoke_en(runner, "batch", str(path), "--format", "csv")
    rows = _rows(out.stdout)
    assert rows["1"]["tier"] == "acute" and rows["7"]["tier"] == "specific"
    assert "without an id" not in out.stderr


def test_a_refused_header_keeps_the_ids_of_its_id_column(runner: CliRunner, tmp_path: Path) -> None:
    """S1c: "Nr.;Tekst" (an unknown text column, refused as before) numbered the rows,
    and student 1's wish to die went out as id 2, the other student's."""
    path = tmp_path / "cases.csv"
    path.write_bytes(b"Nr.;Tekst\r\n2;Ik slaap slecht\r\n1;Ik wil niet meer leven\r\n")
    out = invoke_en(runner, "batch", str(path), "--format", "csv")
    rows = _rows(out.stdout)
    assert rows["1"]["tier"] == "acute"
    assert rows["2"]["tier"] == ""


def test_a_row_number_that_is_another_rows_id_is_warned_of(
    runner: CliRunner, tmp_path: Path
) -> None:
    """S1b: an id-less third row got id "3", student 3's, with no warning that an id
    repeats. The missing id is still warned of (a guard)."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "3", "text": "Ik slaap slecht"}\n'
        '{"id": "2", "text": "faalangst"}\n'
        '{"text": "Ik wil niet meer leven"}\n',
        encoding="utf-8",
    )
    out = invoke_en(runner, "batch", str(path), "--format", "csv")
    assert "repeat an id of an earlier row (the first on line 3)" in out.stderr
    assert "without an id" in out.stderr


def test_three_stray_nuls_do_not_refuse_a_text_file(runner: CliRunner, tmp_path: Path) -> None:
    """S3: three NULs near the start made a JSON Lines file "binary": every row refused,
    the acute rows never named. A file of random bytes is still refused whole
    (tests/test_round20.py)."""
    path = tmp_path / "cases.jsonl"
    path.write_bytes(
        b'{"id": "s1", "text": "ik wil dood"}\n{"id": "s2", "text": "slaap"}\x00\n'
        b'{"id": "s3", "text": "faalangst"}\x00\n{"id": "s4", "text": "eenzaam"}\x00\n'
        b'{"id": "s5", "text": "I want to kill myself"}\n'
    )
    out = invoke_en(runner, "batch", str(path), "--format", "csv")
    rows = _rows(out.stdout)
    assert rows["s1"]["tier"] == "acute" and rows["s5"]["tier"] == "acute"
    assert "binary" not in out.stderr


def test_a_csv_option_without_csv_output_is_a_usage_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    """S6: `--csv-dialect excel-nl -o resultaten.csv` wrote JSON Lines into the .csv, exit
    0, and `report` on it said "Acute 0". A usage error now (exit 2; a refused batch
    still names its acute rows, as every usage error does); with --format csv the option
    works as before (a guard)."""
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a", "text": "ik wil dood"}\n', encoding="utf-8")
    out = invoke_en(runner, "batch", str(path), "--csv-dialect", "excel-nl")
    assert out.exit_code == 2
    assert "add --format csv" in out.stderr
    assert invoke_en(runner, "batch", str(path), "--csv-raw").exit_code == 2
    fine = invoke_en(runner, "batch", str(path), "--csv-dialect", "excel-nl", "--format", "csv")
    assert fine.exit_code == 0 and fine.stdout.startswith("\ufeffid;tier")


def test_report_reads_json_lines_named_csv(runner: CliRunner, tmp_path: Path) -> None:
    """S6: batch rows written as JSON Lines into a file named .csv gave one CSV header
    error and "Acute 0" in the group report. They are read as what they hold."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        "".join(f'{{"id": "r{i}", "text": "ik wil niet meer leven"}}\n' for i in range(6)),
        encoding="utf-8",
    )
    results = tmp_path / "resultaten.csv"
    assert invoke_en(runner, "batch", str(cases), "-o", str(results)).exit_code == 0
    out = invoke_en(runner, "report", str(results), "--format", "json")
    assert out.exit_code == 0, out.stderr
    tiers = json.loads(out.stdout)["everyone"]["tiers"]["rows"]
    assert {r["key"]: r["count"] for r in tiers}["acute"] == 6


def test_a_compact_row_marks_a_guess_of_the_second_net(runner: CliRunner, tmp_path: Path) -> None:
    """S7: a compact row showed the second net's guess exactly as a firm match ("match":
    {"words": "want"}); `--detail full` alone said "resembles". The guess carries
    "resemblance": true, a pattern's match does not (a guard), and the row still
    validates against the schema `--print-schema` prints."""
    import jsonschema

    from steunwijzer.core.resemblance import ORIGIN
    from steunwijzer.io.records import RESEMBLANCE_ORIGIN

    assert RESEMBLANCE_ORIGIN == ORIGIN
    path = tmp_path / "cases.jsonl"
    path.write_text(
        # (round 36 reads "het nut er niet meer van in" by a rule: another guess here)
        '{"id": "w1", "text": "sinds papa dood is zie ik het eigenlijk niet meer zo"}\n',
        encoding="utf-8",
    )
    row = json.loads(invoke_en(runner, "batch", str(path)).stdout.splitlines()[0])
    matches = [r["match"] for r in row["reasons"] if r["match"]]
    assert {"resemblance": True}.items() <= matches[-1].items()
    assert "resemblance" not in matches[0]
    schema = json.loads(invoke_en(runner, "batch", "--print-schema").stdout)
    jsonschema.validate(row, schema)
