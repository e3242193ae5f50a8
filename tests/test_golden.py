"""Golden tests: the whole batch output for fixed inputs, byte for byte.

When a deliberate change alters the output (catalogue content, ranking), regenerate with
STEUNWIJZER_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py and review the diff.
Both JSON row shapes are also validated against the JSON Schemas the package ships
(`steunwijzer batch --print-schema [--detail full]`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from steunwijzer.catalog.resources import builtin_catalog_dir

from .conftest import invoke
from .contracts import COMPACT_REFERRAL_KEYS, COMPACT_RESULT_KEYS, REFERRAL_KEYS, RESULT_KEYS

GOLDEN = Path(__file__).parent / "golden"
AT = ("--at", "2026-11-30T14:00")


@pytest.mark.parametrize(
    ("source", "args", "expected"),
    [
        ("cases.jsonl", ("--detail", "full"), "expected.jsonl"),
        ("cases.jsonl", (), "expected-compact.jsonl"),
        ("cases.csv", ("--format", "csv"), "expected.csv"),
        ("cases.jsonl", ("--format", "csv"), "expected-from-jsonl.csv"),
        # --detail does not change CSV; excel-nl is ';', a BOM and CRLF
        ("cases.jsonl", ("--format", "csv", "--detail", "full"), "expected-from-jsonl.csv"),
        ("cases.jsonl", ("--format", "csv", "--csv-dialect", "excel-nl"), "expected-excel-nl.csv"),
    ],
)
def test_batch_output_matches_golden(
    runner: CliRunner, source: str, args: tuple[str, ...], expected: str
) -> None:
    result = invoke(runner, "batch", str(GOLDEN / source), *args, *AT)
    assert result.exit_code == 1  # each input has one bad row on purpose
    path = GOLDEN / expected
    # A finding names the catalogue file of its pattern: the same golden in every checkout.
    output = result.stdout_bytes.replace(str(builtin_catalog_dir()).encode(), b"<builtin>")
    if os.environ.get("STEUNWIJZER_UPDATE_GOLDEN"):
        path.write_bytes(output)
    assert output == path.read_bytes()


def schema(runner: CliRunner, detail: str) -> dict[str, object]:
    args = ("--detail", detail) if detail == "full" else ()
    printed = invoke(runner, "batch", "--print-schema", *args)
    assert printed.exit_code == 0
    document = json.loads(printed.stdout)
    jsonschema.Draft202012Validator.check_schema(document)
    return document


@pytest.mark.parametrize(
    ("detail", "golden", "keys", "referral_keys"),
    [
        ("compact", "expected-compact.jsonl", COMPACT_RESULT_KEYS, COMPACT_REFERRAL_KEYS),
        ("full", "expected.jsonl", RESULT_KEYS, REFERRAL_KEYS),
    ],
)
def test_golden_rows_follow_the_shipped_schema(
    runner: CliRunner, detail: str, golden: str, keys: set[str], referral_keys: set[str]
) -> None:
    validator = jsonschema.Draft202012Validator(schema(runner, detail))
    rows = [json.loads(line) for line in (GOLDEN / golden).read_text("utf-8").splitlines()]
    errors = [r for r in rows if "tier" not in r]
    assert errors and len(errors) < len(rows)  # both kinds of row are covered
    for row in rows:
        validator.validate(row)
        if "tier" in row:
            assert set(row) - {"line", "error"} == {"id"} | keys
            assert all(set(r) == referral_keys for r in row["referrals"])
        else:
            assert set(row) == {"id", "line", "error"}


def test_schemas_reject_what_they_should(runner: CliRunner) -> None:
    """The schemas can fail: a compact row with a full referral, a row without a tier."""
    compact = jsonschema.Draft202012Validator(schema(runner, "compact"))
    full_rows = [json.loads(x) for x in (GOLDEN / "expected.jsonl").read_text("utf-8").splitlines()]
    full_row = next(r for r in full_rows if r.get("referrals"))
    assert not compact.is_valid(full_row)
    bad = {k: v for k, v in full_row.items() if k != "tier"}
    assert not jsonschema.Draft202012Validator(schema(runner, "full")).is_valid(bad)


def test_batch_without_input_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(__import__("steunwijzer.cli.app").cli.app.app, ["batch"])
    assert result.exit_code == 2
