from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ..conftest import invoke, invoke_en
from ..contracts import (
    COMPACT_REASON_KEYS,
    COMPACT_REFERRAL_KEYS,
    COMPACT_RESULT_KEYS,
    COMPACT_TIP_KEYS,
    CSV_COLUMNS,
    REFERRAL_KEYS,
    RESULT_KEYS,
)

AT = ("--at", "2026-11-30T14:00")


def run_batch(runner: CliRunner, tmp_path: Path, name: str, content: bytes, *args: str):
    path = tmp_path / name
    path.write_bytes(content)
    return invoke(runner, "batch", str(path), *AT, *args)


@pytest.mark.parametrize("detail", ["compact", "full"])
def test_jsonl_golden(runner: CliRunner, tmp_path: Path, detail: str) -> None:
    content = b'{"id": "a", "themes": ["faalangst"]}\n\n{"id": "b", "text": "zelfmoord"}\n'
    args = ("--detail", detail) if detail == "full" else ()  # compact is the default
    result = run_batch(runner, tmp_path, "cases.jsonl", content, *args, "--lang", "en")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["tier"] == "specific" and rows[0]["themes"] == ["performance_anxiety"]
    # the one specialised offering for fear of failure comes first (issue 12)
    assert rows[0]["referrals"][0]["id"] == "vh-training-faalangstreductie"
    assert rows[1]["tier"] == "acute" and rows[1]["referrals"][0]["id"] == "113-zelfmoordpreventie"
    assert all(r["screened"] is False for r in rows)
    if detail == "full":
        assert set(rows[0]) == {"id"} | RESULT_KEYS
        assert all(set(r) == REFERRAL_KEYS for r in rows[0]["referrals"])
    else:
        assert set(rows[0]) == {"id"} | COMPACT_RESULT_KEYS
        assert all(set(r) == COMPACT_REFERRAL_KEYS for r in rows[0]["referrals"])
        assert all(set(r) == COMPACT_REASON_KEYS for r in rows[0]["reasons"])
        assert all(set(r) == COMPACT_TIP_KEYS for r in rows[0]["tips"])
    assert all(r["at"] == "2026-11-30T14:00+01:00" for r in rows)  # with its offset (round 16)
    assert "rows read: 2; prevention: 0, specific: 1, acute: 1; errors: 0" in result.stderr


def test_csv_golden_with_quotes_bom_crlf(runner: CliRunner, tmp_path: Path) -> None:
    content = (
        "\ufeffid,themes,text,area_money\r\n"
        "x1,faalangst;sleep,,\r\n"
        'x2,,"eenzaam; alleen, en ""moe""\nnieuwe regel",\r\n'
        "x3,,,yes\r\n"
    ).encode()
    result = run_batch(runner, tmp_path, "cases.csv", content, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["id"] for r in rows] == ["x1", "x2", "x3"]
    assert rows[0]["themes"] == "performance_anxiety;sleep" and rows[0]["error"] == ""
    assert rows[1]["themes"] == "social_connection"
    assert rows[2]["themes"] == "finances" and rows[2]["referral_ids"].startswith("nibud")


def test_bad_rows_never_stop_the_batch(runner: CliRunner, tmp_path: Path) -> None:
    content = (
        b'{"id": "ok1", "themes": ["sleep"]}\n'
        b"not json\n"
        b'{"id": "bad-theme", "themes": ["nope"]}\n'
        b'{"id": "bad-answer", "answers": {"area_money": "maybe"}}\n'
        b'{"id": "latin", "text": "caf\xe9"}\n'
        b"[1, 2]\n"
        b'{"id": "ok2", "themes": ["rouw"]}\n'
    )
    result = run_batch(runner, tmp_path, "cases.jsonl", content, "--lang", "en")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["ok1", "2", "bad-theme", "bad-answer", "latin", "6", "ok2"]
    errors = {r["id"]: r for r in rows if "error" in r}
    assert errors["2"]["line"] == 2 and "invalid JSON" in errors["2"]["error"]
    assert "unknown theme 'nope'" in errors["bad-theme"]["error"]
    assert "area_money" in errors["bad-answer"]["error"]
    # a byte that is not UTF-8 is read as Windows-1252 (round 6): "café", no error
    assert "latin" not in errors and rows[4]["recognised"] is False
    assert rows[-1]["tier"] == "acute"
    path = str(tmp_path / "cases.jsonl")
    assert f"{path}:3: error: unknown theme 'nope'" in result.stderr
    assert "errors: 4" in result.stderr


def test_malformed_csv(runner: CliRunner, tmp_path: Path) -> None:
    content = b'id,themes\nr1,sleep\nr2,sleep,extra\nr3,"sle\x00ep"\nr4,faalangst\n'
    result = run_batch(runner, tmp_path, "cases.csv", content, "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    # A broken row keeps its own id where it can be read (round 14: the row number was
    # another student's id); its line number is in the error.
    assert [r["id"] for r in rows] == ["r1", "r2", "r3", "r4"]
    assert "line 3: expected 2 fields" in rows[1]["error"]
    assert rows[3]["tier"] == "specific"


def test_empty_and_header_only(runner: CliRunner, tmp_path: Path) -> None:
    for name, content in (("e.jsonl", b""), ("h.csv", b"id,themes\n")):
        result = run_batch(runner, tmp_path, name, content, "--lang", "en")
        assert result.exit_code == 0 and result.stdout == ""
        assert "rows read: 0" in result.stderr


def test_auto_format_from_content_and_stdin(runner: CliRunner) -> None:
    result = invoke(runner, "batch", "-", *AT, input='{"themes": ["sleep"]}\n')
    assert json.loads(result.stdout)["themes"] == ["sleep"]
    result = invoke(runner, "batch", "-", "--format", "csv", *AT, input="themes\nsleep\n")
    assert "sleep" in result.stdout


def test_output_file_is_private_atomic_and_not_clobbered(runner: CliRunner, tmp_path: Path) -> None:
    cases = tmp_path / "c.jsonl"
    cases.write_text('{"themes": ["sleep"]}\n')
    out = tmp_path / "out.jsonl"
    assert invoke_en(runner, "batch", str(cases), "--output", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["themes"] == ["sleep"]
    again = invoke_en(runner, "batch", str(cases), "--output", str(out))
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert invoke_en(runner, "batch", str(cases), "--output", str(out), "--force").exit_code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unwritable_output_directory(runner: CliRunner, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/proc/steunwijzer-cannot-write-here.jsonl")
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "out.jsonl"
    cases = tmp_path / "c.jsonl"
    cases.write_text('{"themes": ["sleep"]}\n')
    result = invoke_en(runner, "batch", str(cases), "--output", str(target))
    assert result.exit_code == 1 and "cannot write" in result.stderr


def test_missing_input(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke_en(runner, "batch", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1 and "cannot read" in result.stderr


case_strategy = st.fixed_dictionaries(
    {
        "id": st.text(alphabet="abcdefghij0123456789-_", min_size=1, max_size=8),
        "themes": st.lists(
            st.sampled_from(
                ["sleep", "faalangst", "rouw", "eenzaamheid", "addiction", "Geldzorgen"]
            ),
            max_size=3,
        ),
        # valid text: no control characters or surrogates (those are error rows, tested above)
        "text": st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
    }
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(case_strategy, max_size=12), st.sampled_from(["jsonl", "csv"]))
def test_any_valid_cases_come_back_one_per_case_in_order(
    tmp_path: Path, cases: list[dict], fmt: str
) -> None:
    runner = CliRunner()
    path = tmp_path / f"cases.{fmt}"
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "themes", "text"])
        for c in cases:
            writer.writerow([c["id"], ";".join(c["themes"]), c["text"]])
        path.write_text(buffer.getvalue(), encoding="utf-8")
    result = invoke(runner, "batch", str(path), *AT)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [c["id"] for c in cases]
    assert all("error" not in r for r in rows), result.stderr
    assert result.exit_code == 0


def test_a_bad_row_never_hides_an_acute_signal(runner: CliRunner, tmp_path: Path) -> None:
    content = (
        b'{"id": "a", "themes": ["typo"], "answers": {"safety_intent": "yes"}}\n'
        b'{"id": "b", "themes": ["zelfmoord", "typo"]}\n'
        b'{"id": "c", "answers": {"area_money": "maybe"}, "text": "ik wil dood"}\n'
        b'{"id": "d", "themes": ["typo"]}\n'
    )
    result = run_batch(runner, tmp_path, "cases.jsonl", content, "--lang", "en")
    assert result.exit_code == 1
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    for case_id in ("a", "b", "c"):
        row = rows[case_id]
        assert "error" in row and row["tier"] == "acute", row
        assert row["referrals"][0]["crisis"] is True
    assert rows["a"]["urgency"] == "immediate"
    assert set(rows["d"]) == {"id", "line", "error"}  # nothing acute: a plain error record
    csv_out = run_batch(runner, tmp_path, "cases.jsonl", content, "--format", "csv", "--lang", "en")
    by_id = {r["id"]: r for r in csv.DictReader(io.StringIO(csv_out.stdout))}
    assert by_id["a"]["tier"] == "acute" and by_id["a"]["error"]
    assert by_id["a"]["referral_ids"].startswith("113-zelfmoordpreventie")
    assert "acute signal" in csv_out.stderr


@pytest.mark.parametrize("detail", ["compact", "full"])
def test_rows_with_the_same_needs_keep_their_own_words(
    runner: CliRunner, tmp_path: Path, detail: str
) -> None:
    """Rows whose free text finds the same needs share one classification and the JSON
    around their reasons (BatchRunner._needs, JsonlWriter._shared); each row must still
    carry its own words, mentions and id, exactly as when it is looked up alone.
    Breaking `with_reasons` to keep the first row's reasons fails this test."""
    texts = [
        "ik slaap al weken heel slecht",
        "ik lig elke nacht wakker en slaap slecht",
        "I can't sleep at night, I lie awake for hours",
        "ik slaap slecht, maar ik heb geen zelfmoordgedachten",
        "sinds mijn oma is overleden slaap ik slecht",
        "mijn opa is overleden en ik slaap niet meer",
        "niets bijzonders, alleen een vraag over het rooster",
        "een vraag over de bibliotheek",
    ]
    lines = [json.dumps({"id": f"r{i}", "text": t}) for i, t in enumerate(texts)]
    together = run_batch(
        runner, tmp_path, "all.jsonl", "\n".join(lines).encode(), "--detail", detail
    )
    assert together.exit_code == 0, together.output
    rows = [line for line in together.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == len(texts)
    for i, line in enumerate(lines):
        alone = run_batch(runner, tmp_path, f"one{i}.jsonl", line.encode(), "--detail", detail)
        own = next(x for x in alone.stdout.splitlines() if x.startswith("{"))
        assert json.loads(rows[i]) == json.loads(own)
        assert rows[i] == own  # byte for byte: the shared frame is the same JSON
    words = [[r["match"]["words"] for r in json.loads(row)["reasons"]] for row in rows[:3]]
    assert len({tuple(w) for w in words}) == 3  # same needs, each its own words
