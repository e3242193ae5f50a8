"""`--detail compact|full` (issue 15): lean batch rows by default, every field on request."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from ..conftest import invoke
from ..contracts import (
    COMPACT_OPTIONAL_KEYS,
    COMPACT_REFERRAL_KEYS,
    COMPACT_RESULT_KEYS,
    CSV_COLUMNS,
    REFERRAL_KEYS,
    RESULT_KEYS,
)

AT = ("--at", "2026-11-30T14:00")
# Written the way counsellors' exports look: synonyms, mixed languages, acute and not.
CASES = [
    {"id": "1", "themes": ["slaap"]},
    {"id": "2", "themes": ["rouw", "geldzorgen"], "lang": "en"},
    {"id": "3", "themes": ["suicidal_thoughts"]},
    {"id": "4", "themes": []},
    {"id": "5", "themes": ["faalangst", "eenzaamheid", "stress"]},
    {"id": "6", "text": "ik slaap al weken slecht en voel me alleen"},
]


def write_cases(tmp_path: Path) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in CASES), encoding="utf-8")
    return path


def rows(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_compact_is_the_full_row_with_fewer_keys(runner: CliRunner, tmp_path: Path) -> None:
    path = write_cases(tmp_path)
    compact = rows(invoke(runner, "batch", str(path), *AT).stdout)
    full = rows(invoke(runner, "batch", str(path), "--detail", "full", *AT).stdout)
    assert len(compact) == len(full) == len(CASES)
    for small, big in zip(compact, full, strict=True):
        assert set(small) == {"id"} | COMPACT_RESULT_KEYS
        assert set(big) == {"id"} | RESULT_KEYS
        for key in COMPACT_RESULT_KEYS - {"reasons", "tips", "referrals"}:
            assert small[key] == big[key], key
        assert small["tips"] == [{"id": t["id"], "style": t["style"]} for t in big["tips"]]
        assert small["reasons"] == [
            {
                "rule": r["rule"],
                "answer": r["answer"],
                "match": None if r["match"] is None else {"words": r["match"]["words"]},
            }
            for r in big["reasons"]
        ]
        assert [r["id"] for r in small["referrals"]] == [r["id"] for r in big["referrals"]]
        for s, b in zip(small["referrals"], big["referrals"], strict=True):
            assert set(s) == COMPACT_REFERRAL_KEYS and set(b) == REFERRAL_KEYS
            assert {k: s[k] for k in s if k != "contact"} == {k: b[k] for k in s if k != "contact"}
            # the first route of the full contact object, and only that
            assert len(s["contact"]) <= 1
            for route, value in s["contact"].items():
                full_value = b["contact"][route]
                assert value == (full_value[:1] if isinstance(full_value, list) else full_value)
    acute = next(r for r in compact if r["id"] == "3")
    assert acute["tier"] == "acute" and acute["referrals"][0]["crisis"] is True
    assert acute["referrals"][0]["contact"]  # a crisis line keeps a way to reach it


def test_compact_rows_are_much_smaller(runner: CliRunner, tmp_path: Path) -> None:
    path = write_cases(tmp_path)
    compact = invoke(runner, "batch", str(path), *AT).stdout_bytes
    full = invoke(runner, "batch", str(path), "--detail", "full", *AT).stdout_bytes
    assert len(compact) * 2 < len(full)


def test_lookup_json_keeps_full_and_offers_compact(runner: CliRunner) -> None:
    full = json.loads(invoke(runner, "lookup", "--theme", "rouw", "--json", *AT).stdout)
    assert set(full) == RESULT_KEYS and full["at"] == "2026-11-30T14:00+01:00"
    compact = json.loads(
        invoke(runner, "lookup", "--theme", "rouw", "--json", "--detail", "compact", *AT).stdout
    )
    assert set(compact) == COMPACT_RESULT_KEYS
    assert compact["tier"] == full["tier"] == "acute"
    assert compact["recognised"] is True


def test_csv_is_the_same_for_every_detail(runner: CliRunner, tmp_path: Path) -> None:
    path = write_cases(tmp_path)
    plain = invoke(runner, "batch", str(path), "--format", "csv", *AT).stdout_bytes
    for detail in ("compact", "full"):
        again = invoke(runner, "batch", str(path), "--format", "csv", "--detail", detail, *AT)
        assert again.stdout_bytes == plain


def test_excel_nl_dialect_to_a_file(runner: CliRunner, tmp_path: Path) -> None:
    path = write_cases(tmp_path)
    out = tmp_path / "out.csv"
    args = ("--format", "csv", "--csv-dialect", "excel-nl", "--output", str(out))
    assert invoke(runner, "batch", str(path), *args, *AT).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    assert data.count(b"\r\n") == len(CASES) + 1 and b"\n" not in data.replace(b"\r\n", b"")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(table[0]) == CSV_COLUMNS
    assert len(table) == len(CASES) + 1 and all(len(r) == len(CSV_COLUMNS) for r in table)
    plain = invoke(runner, "batch", str(path), "--format", "csv", *AT).stdout
    assert table == list(csv.reader(io.StringIO(plain, newline="")))


def test_unknown_detail_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    path = write_cases(tmp_path)
    result = runner.invoke(
        __import__("steunwijzer.cli.app").cli.app.app, ["batch", str(path), "--detail", "tiny"]
    )
    assert result.exit_code == 2


def test_a_compact_row_keeps_the_risk_words_it_set_aside(runner: CliRunner, tmp_path: Path) -> None:
    """Risk words set aside are never dropped (issue 10): the compact row, the batch
    default, had them only with --detail full (an outsiders' hostile round, round 7).
    A row with needs like another's but with a mention is written whole, not framed."""
    cases = tmp_path / "mentions.jsonl"
    cases.write_text(
        '{"id": "a", "text": "ik slaap al weken slecht"}\n'
        '{"id": "b", "text": "ik wil niet dood, ik slaap gewoon al weken slecht"}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "batch", str(cases), *AT)
    first, second = rows(result.stdout)
    assert "mentions" not in first
    assert second["themes"] == first["themes"]
    assert [m["theme"] for m in second["mentions"]] == ["suicidal_thoughts"]
    assert set(second) == {"id", *COMPACT_RESULT_KEYS, *COMPACT_OPTIONAL_KEYS}
    printed = invoke(runner, "batch", "--print-schema")
    validator = jsonschema.Draft202012Validator(json.loads(printed.stdout))
    assert not list(validator.iter_errors(second))
