"""Issue 11, items 1-4, 8, 12 and 17: user-typed characters are data, refused requests are
searched whole, CSV headers are validated, duplicate keys are errors, odd environments
do not stop a command. Each test is named after what it guards."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.answers import AnswerError, parse_answer
from steunwijzer.core.jsonin import loads_strict
from steunwijzer.core.model import Catalog, Question, Tier
from steunwijzer.core.numbers import parse_index, parse_int
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.io.batch import BatchRunner
from steunwijzer.io.caseread import read_csv, read_jsonl

from ..conftest import MONDAY_2PM, invoke, invoke_en

AT = ("--at", "2026-11-30T14:00")
# Digits that str.isdigit() accepts but int() refuses, or that int() accepts but are not
# ASCII: superscripts (AZERTY has a "²" key), circled, subscript, other scripts.
ODD_DIGITS = ["²", "³", "¹", "①", "⑩", "₂", "٣", "३", "１", "𝟙", "1_0", "²1", "1²"]


def _question(builtin: Catalog, qid: str) -> Question:
    question = builtin.question(qid)
    assert question is not None
    return question


# --- item 1: one ASCII-digit number parser ------------------------------------------------


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_non_ascii_digits_are_not_numbers(text: str) -> None:
    assert parse_int(text) is None
    assert parse_index(text, 99) is None


@given(st.text(max_size=12))
def test_number_parser_never_raises_and_accepts_only_ascii_digits(text: str) -> None:
    value = parse_int(text)
    if value is not None:
        assert text.strip().lstrip("+-").isascii()
        assert str(abs(value)) == text.strip().lstrip("+-").lstrip("0") or value == 0


@pytest.mark.parametrize("text", ODD_DIGITS)
def test_superscript_digit_answer_is_refused_not_a_crash(builtin: Catalog, text: str) -> None:
    for qid in ("study_worries", "sleep_duration", "mood_weight"):
        with pytest.raises(AnswerError):
            parse_answer(_question(builtin, qid), text)


def test_superscript_digit_at_every_prompt_keeps_the_intake(runner: CliRunner) -> None:
    # "²" at the multi-choice prompt, at the theme confirmation and at the review prompt.
    answers = ["ja", "ja", "nee", "nee", "nee", "nee"]  # safety: wish dead, thoughts yes
    answers += ["ja", "²", "1", "", ""] + [""] * 25 + ["ik wil dood, slaap slecht", "²", "a"]
    result = invoke(runner, "interview", "--plain", *AT, input="\n".join(answers) + "\n" * 40)
    assert "internal error" not in result.output + result.stderr
    assert "ValueError" not in result.output + result.stderr


def test_superscript_digit_in_answers_file_keeps_safety_yes(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"safety_thoughts": "ja", "study_worries": "²"}), "utf-8")
    result = invoke(runner, "interview", "--answers", str(path), "--json", *AT)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["tier"] == "acute"
    assert data["referrals"][0]["role"] == "crisis"


def test_superscript_digit_in_batch_row_does_not_abort_the_batch(
    runner: CliRunner, tmp_path: Path
) -> None:
    rows = [
        {"id": "a", "answers": {"safety_thoughts": "ja", "mood_weight": "³"}},
        {"id": "b", "themes": ["slaap"]},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = invoke(runner, "batch", str(path), *AT)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == ["a", "b"]
    assert out[0]["tier"] == "acute" and "error" in out[0]
    assert out[1]["tier"] == "specific"


# --- item 2: a refused request is searched whole ------------------------------------------


def test_refused_row_searches_free_text_answers(runner: CliRunner, tmp_path: Path) -> None:
    row = {"id": "x", "answers": {"own_words": "ik wil dood", "mood_weight": "heel erg"}}
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(row) + "\n", "utf-8")
    out = json.loads(invoke(runner, "batch", str(path), *AT).stdout)
    assert out["tier"] == "acute" and "error" in out
    assert "suicidal_thoughts" in out["themes"]


@pytest.mark.parametrize(
    "answers",
    [
        {"unknown_question": "ik wil niet meer leven"},
        {"mood_weight": "ik wil dood"},
        {"study_worries": ["exams_fear", "ik wil dood"]},
        {"own_words": {"nested": "ik wil dood"}},
    ],
)
def test_refused_row_searches_every_answer_text(
    runner: CliRunner, tmp_path: Path, answers: dict[str, object]
) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps({"id": "x", "answers": answers}) + "\n", "utf-8")
    out = json.loads(invoke(runner, "batch", str(path), *AT).stdout)
    assert out["tier"] == "acute", out


def test_refused_long_text_is_searched_to_the_end(runner: CliRunner) -> None:
    text = "Het gaat wel. " * 2000 + "Eigenlijk wil ik dood."
    result = invoke(runner, "lookup", "--text", text, "--json", *AT)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["tier"] == "acute" and "limit" in data["error"]


def test_refused_themes_after_the_fiftieth_are_read(runner: CliRunner) -> None:
    args = [a for _ in range(60) for a in ("--theme", "slaap")] + ["--theme", "zelfmoord"]
    data = json.loads(invoke(runner, "lookup", *args, "--json", *AT).stdout)
    assert data["tier"] == "acute"
    assert data["referrals"][0]["role"] == "crisis"


# --- item 3: CSV headers ---------------------------------------------------------------


def _batch_csv(runner: CliRunner, tmp_path: Path, content: str, encoding: str = "utf-8"):
    path = tmp_path / "cases.csv"
    path.write_bytes(content.encode(encoding))
    return invoke(runner, "batch", str(path), *AT)


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("id,themes,themes\n1,slaap,zelfmoord\n", "themes"),
        ("id,,themes\n1,x,zelfmoord\n", "kolom 2"),  # Dutch since round 20
        ("1,zelfmoord\n2,slaap\n", "'1'"),
        ("id,thems\n1,zelfmoord\n", "thems"),
        ("Id;Themes;Themes\n1;slaap;zelfmoord\n", "Themes"),
    ],
)
def test_bad_csv_header_is_an_error_that_keeps_acute_signals(
    runner: CliRunner, tmp_path: Path, content: str, named: str
) -> None:
    result = _batch_csv(runner, tmp_path, content)
    assert result.exit_code == 1
    assert named in result.stderr and "header" in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r.get("tier") == "acute" for r in out), out
    assert "rows read: 0" not in result.stderr


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("header", [("id", "themes"), ("ID", "Themes"), ("Id", "THEMES")])
def test_csv_delimiter_and_header_case_are_read_from_the_header(
    runner: CliRunner, tmp_path: Path, delimiter: str, header: tuple[str, str]
) -> None:
    sep = "," if delimiter == ";" else ";"
    lines = [delimiter.join(header), delimiter.join(["1", "zelfmoord"])]
    lines.append(
        delimiter.join(["2", f'"slaap{sep}rouw"' if sep == delimiter else f"slaap{sep}rouw"])
    )
    result = _batch_csv(runner, tmp_path, "\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0]["tier"] == "acute"
    assert out[1]["themes"] == ["sleep", "grief"] or set(out[1]["themes"]) == {"sleep", "grief"}


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(
        st.sampled_from(
            ["id", "themes", "text", "", "Themes", "ID", "TEXT", "x y", "1", "own_words"]
        ),
        min_size=1,
        max_size=5,
    ),
    extra=st.integers(min_value=-1, max_value=2),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_any_csv_header_keeps_an_acute_cell(
    builtin: Catalog, names: list[str], extra: int, delimiter: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(names)
    writer.writerow(["ik wil dood"] * max(1, len(names) + extra))
    runner = BatchRunner(builtin, ReferralIndex(builtin, MONDAY_2PM), "nl")
    items = list(read_csv(io.StringIO(buffer.getvalue()), [q.id for q in builtin.questions]))
    outcomes = [runner.run(item) for item in items]
    assert any(o.result is not None and o.result.tier is Tier.ACUTE for o in outcomes)


# --- item 4: duplicate keys -------------------------------------------------------------


def test_duplicate_json_key_cannot_cancel_a_safety_yes(runner: CliRunner, tmp_path: Path) -> None:
    line = '{"id": "a", "answers": {"safety_thoughts": "ja", "safety_thoughts": "nee"}}\n'
    path = tmp_path / "cases.jsonl"
    path.write_text(line, "utf-8")
    result = invoke_en(runner, "batch", str(path), *AT)
    out = json.loads(result.stdout)
    assert "duplicate key 'safety_thoughts'" in out["error"]
    assert out["tier"] == "acute"
    answers = tmp_path / "answers.json"
    answers.write_text('{"safety_thoughts": "ja", "safety_thoughts": "nee"}', "utf-8")
    result = invoke_en(runner, "interview", "--answers", str(answers), "--json", *AT)
    assert result.exit_code == 1
    assert "duplicate key 'safety_thoughts'" in result.stderr


@given(st.dictionaries(st.text(max_size=4), st.integers(), min_size=1, max_size=4))
def test_every_duplicate_json_key_is_refused(data: dict[str, int]) -> None:
    key = next(iter(data))
    text = json.dumps(data)[:-1] + f", {json.dumps(key)}: 0}}"
    with pytest.raises(ValueError, match="duplicate key"):
        loads_strict(text)


# --- item 8: STEUNWIJZER_LANG -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "english"),
    [("EN", True), ("En", True), ("en", True), ("NL", False), ("fr", False), ("xx", False)],
)
def test_any_steunwijzer_lang_value_runs_the_command(
    value: str, english: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEUNWIJZER_LANG", value)
    result = invoke(CliRunner(), "lookup", "--theme", "rouw", "--plain", *AT)
    assert result.exit_code == 0, result.stderr
    assert ("RESULT" in result.stdout) is english
    assert ("warning" in result.stderr) is (value.lower() not in ("nl", "en"))


def test_unknown_lang_option_stays_a_usage_error(runner: CliRunner) -> None:
    assert invoke(runner, "lookup", "--theme", "rouw", "--lang", "fr").exit_code == 2


# --- item 12: one row never aborts the batch --------------------------------------------


def test_a_byte_that_is_not_utf8_is_read_as_windows_1252(runner: CliRunner, tmp_path: Path) -> None:
    """What Dutch Excel and Notepad save: "su\\xefcide" is "suïcide". Such rows were
    refused and searched as "su?cide", so no crisis line (an outside hostile-input test,
    round 6). Valid UTF-8 on the same line stays as it is."""
    path = tmp_path / "cases.jsonl"
    path.write_bytes(
        b'{"id": "a\xff", "themes": ["zelfmoord"]}\n{"id": "b", "themes": ["slaap"]}\n'
        b'{"id": "c", "text": "su\xefcide, caf\xc3\xa9"}\n'
    )
    out_path = tmp_path / "out.jsonl"
    result = invoke(runner, "batch", str(path), "-o", str(out_path), *AT)
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in out_path.read_text("utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a\u00ff", "b", "c"]
    assert out[0]["tier"] == "acute" and out[2]["tier"] == "acute"
    assert "su\u00efcide" in json.dumps(out[2]["reasons"], ensure_ascii=False) or out[2][
        "themes"
    ] == ["suicidal_thoughts"]
    csv_path = tmp_path / "excel.csv"
    csv_path.write_bytes(b"id;text\r\n1;su\xefcidaal\r\n2;ik slaap slecht\r\n")
    rows = invoke(runner, "batch", str(csv_path), "--format", "csv", *AT)
    assert rows.exit_code == 0, rows.stderr
    assert [line.split(",")[1] for line in rows.stdout.splitlines()[1:]] == [
        "acute",
        "specific",
    ]


@pytest.mark.parametrize("name", ["cases.csv", "cases.tsv", "cases.jsonl"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_with_a_byte_order_mark_is_read(
    runner: CliRunner, tmp_path: Path, name: str, encoding: str
) -> None:
    """Excel's "Unicode text" and PowerShell write UTF-16 with a byte order mark. Read
    as UTF-8, every row was refused and "ik wil dood" had a NUL between its letters:
    no crisis line (an outside hostile-input test, round 6)."""
    sep = "\t" if name.endswith(".tsv") else ","
    body = (
        '{"id":"1","text":"ik wil dood"}\n{"id":"2","text":"ik slaap slecht"}\n'
        if name.endswith(".jsonl")
        else f"id{sep}text\n1{sep}ik wil dood\n2{sep}ik slaap slecht\n"
    )
    data = body.encode(encoding)
    if encoding != "utf-16":  # "utf-16" writes its own mark
        data = ("\ufeff").encode(encoding) + data
    path = tmp_path / name
    path.write_bytes(data)
    fmt = "jsonl" if name.endswith(".jsonl") else "csv"
    result = invoke(runner, "batch", str(path), "--input-format", fmt, "--format", "csv", *AT)
    assert result.exit_code == 0, result.stderr
    tiers = [line.split(",")[:2] for line in result.stdout.splitlines()[1:]]
    assert tiers == [["1", "acute"], ["2", "specific"]]


@pytest.mark.parametrize("depth", [40, 1000, 100_000])
def test_deeply_nested_row_does_not_abort_the_batch(
    runner: CliRunner, tmp_path: Path, depth: int
) -> None:
    nested = "[" * depth + "]" * depth
    path = tmp_path / "cases.jsonl"
    path.write_text(
        f'{{"id": "a", "answers": {{"own_words": {nested}}}}}\n{{"id": "b", "themes": ["rouw"]}}\n',
        "utf-8",
    )
    out_path = tmp_path / "out.jsonl"
    result = invoke(runner, "batch", str(path), "-o", str(out_path), *AT)
    out = [json.loads(line) for line in out_path.read_text("utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a", "b"] or out[1]["id"] == "b"
    assert "nested" in out[0]["error"]
    assert result.exit_code == 1


# --- item 17: misleading messages and values --------------------------------------------


@pytest.mark.parametrize("value", [["no"], ["ja"], {"a": "nee"}, 1.5])
def test_list_is_not_a_yes_no_answer(builtin: Catalog, value: object) -> None:
    with pytest.raises(AnswerError):
        parse_answer(_question(builtin, "safety_thoughts"), value)


@pytest.mark.parametrize("value", ['{"x": 1}', "1e999", "true", "[1]", "1.5"])
def test_non_text_batch_id_is_an_error_not_a_string(value: str) -> None:
    (item,) = read_jsonl(io.StringIO(f'{{"id": {value}, "themes": ["slaap"]}}\n'))
    assert getattr(item, "error", "") == "id must be text or a whole number"
    assert item.id == "1"


def test_answers_file_errors_are_named_for_answers_files(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("a: &x ja\nb: *x\n", "utf-8")
    result = invoke(runner, "interview", "--answers", str(path), *AT, "--lang", "en")
    assert result.exit_code == 1
    assert "catalogue" not in result.stderr
    assert "answers files" in result.stderr
    dutch = invoke(runner, "interview", "--answers", str(path), *AT)
    assert "antwoordbestanden" in dutch.stderr and "catalogi" not in dutch.stderr
    assert result.stderr.count("error:") == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("answers.yaml", "safety_thoughts: ja\nsafety_thoughts: nee\n"),
        ("answers.yml", "safety_wish_dead: nee\nsafety_behaviour: yes\nsafety_behaviour: no\n"),
        ("answers.json", '{"safety_plan": true, "safety_plan": false}'),
    ],
)
def test_duplicate_key_in_answers_file_still_shows_the_acute_part(
    runner: CliRunner, tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    result = invoke_en(runner, "interview", "--answers", str(path), "--json", *AT)
    assert result.exit_code == 1
    assert "duplicate key" in result.stderr
    data = json.loads(result.stdout)
    assert data["tier"] == "acute" and data["referrals"][0]["role"] == "crisis"


def test_long_free_text_at_the_prompt_is_taken_whole_and_searched(runner: CliRunner) -> None:
    # A pasted e-mail of 12,000 characters with the acute sentence at its end: it used to
    # be refused as too long, and an Enter at the next prompt lost the signal.
    long = "Het gaat eigenlijk wel. " * 500 + "Maar soms wil ik dood."
    typed = "\n".join(["nee"] * 3 + [""] * 14 + [long] + [""] * 40)
    result = invoke(runner, "interview", "--json", *AT, input=typed)
    assert result.exit_code == 0, result.stderr[-500:]
    data = json.loads(result.stdout)
    assert data["tier"] == "acute" and "suicidal_thoughts" in data["themes"]
    assert data["referrals"][0]["role"] == "crisis"


@pytest.mark.parametrize("moment", ["9999-12-31T23:59", "0001-01-01T00:00"])
def test_a_moment_off_the_calendar_is_a_usage_error(runner: CliRunner, moment: str) -> None:
    """Year 9999 overflowed the opening hours: an internal error and no result, no crisis
    line (an outside hostile-input test)."""
    result = runner.invoke(app, ["lookup", "--theme", "zelfmoord", "--at", moment])
    assert result.exit_code == 2, result.output
    assert "1900" in result.output and "Traceback" not in result.output


def test_an_absurd_width_is_capped(runner: CliRunner) -> None:
    """COLUMNS=99999999 hung the catalogue tables; COLUMNS=1000000 padded them to 56 MB."""
    result = runner.invoke(app, ["catalog", "list"], env={"COLUMNS": "99999999"})
    assert result.exit_code == 0
    assert 0 < len(result.output) < 200_000


def test_the_new_refusals_speak_dutch_by_default(runner: CliRunner, tmp_path: Path) -> None:
    """Messages added for hostile input are in the interface language, as all others."""
    rows = tmp_path / "rows.csv"
    rows.write_text("id,safety_plan\na,ja\n", encoding="utf-8")
    kept = runner.invoke(app, ["batch", str(rows), "--keep", "safety_plan"])
    assert kept.exit_code == 2 and "dit is een vraag uit het intakegesprek" in kept.output
    twice = tmp_path / "twice.jsonl"
    twice.write_text('{"id":"c","text":"x","Text":"y"}\n', encoding="utf-8")
    both = runner.invoke(app, ["batch", str(twice)])
    assert "staan er allebei" in both.output, both.output
