"""Broken batch input: every good row is processed, every bad row is an error record
with its line number."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from steunwijzer.io.caseread import csv_records, read_csv, read_jsonl

from ..conftest import invoke, invoke_en

AT = ("--at", "2026-11-30T14:00")


def csv_rows(runner: CliRunner, tmp_path: Path, content: bytes) -> tuple[list[dict[str, str]], str]:
    path = tmp_path / "cases.csv"
    path.write_bytes(content)
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    return list(csv.DictReader(io.StringIO(result.stdout))), result.stderr


def test_unbalanced_quotes_lose_no_good_rows(runner: CliRunner, tmp_path: Path) -> None:
    content = (
        b"id,themes,text\n"
        b'1,sleep,"ok"\n'
        b'2,sleep,"unclosed\n'
        b"3,faalangst,fine\n"
        b'4,rouw,"two\nlines"\n'
        b'5,sleep,"never closed\n'
    )
    rows, stderr = csv_rows(runner, tmp_path, content)
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[1]["error"] == "line 3: unbalanced quote: a quoted field is not closed"
    assert rows[3]["themes"] == "grief"  # the real two-line field survived
    assert rows[4]["error"].startswith("line 7: unbalanced quote")
    assert [r["id"] for r in rows if not r["error"]] == ["1", "3", "4"]
    # stderr is for the person (Dutch by default); the CSV keeps the English message
    assert ":3: error: aanhalingsteken niet gesloten" in stderr


def test_ten_megabyte_line(runner: CliRunner, tmp_path: Path) -> None:
    big = b"x" * (10 * 1024 * 1024)
    rows, _ = csv_rows(
        runner, tmp_path, b"id,themes,text\n1,sleep,\n2,sleep," + big + b"\n3,rouw,\n"
    )
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert "field larger than field limit" in rows[1]["error"]
    path = tmp_path / "big.jsonl"
    path.write_bytes(
        b'{"id": "a", "themes": ["sleep"]}\n{"id": "b", "text": "'
        + big
        + b'"}\n{"id": "c", "themes": ["rouw"]}\n'
    )
    result = invoke_en(runner, "batch", str(path), *AT)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert "limit is 10000" in records[1]["error"] and records[2]["tier"] == "acute"


def test_ragged_nul_and_blank_rows(runner: CliRunner, tmp_path: Path) -> None:
    content = b"id,themes\n\n1,sleep\n2\n3,sleep,extra\n4,sle\x00ep\n\n5,rouw\n"
    rows, _ = csv_rows(runner, tmp_path, content)
    assert [(r["id"], bool(r["error"])) for r in rows] == [
        ("1", False),
        ("2", True),
        ("3", True),
        ("4", True),
        ("5", False),
    ]


def test_malformed_jsonl_lines(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        b'{"id": 1, "themes": "sleep;rouw"}\n{"id": 2, "themes": [1, 2]}\n'
        b'{"id": 3, "answers": []}\n{"id": 4, "lang": "de"}\n"just a string"\n'
        b'{"id": 6\n{"id": 7, "themes": ["sleep"]}\n'
    )
    result = invoke(runner, "batch", str(path), *AT)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [("error" in r) for r in records] == [False, True, True, True, True, True, False]
    assert [r.get("line") for r in records if "error" in r] == [2, 3, 4, 5, 6]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_results_or_error_records(data: bytes) -> None:
    text = io.TextIOWrapper(
        io.BytesIO(data), encoding="utf-8", errors="surrogateescape", newline=""
    )
    for item in read_csv(text):
        assert item.line >= 1
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    for item in read_jsonl(text):
        assert item.line >= 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=20), max_size=12))
def test_csv_records_cover_every_line_once(lines: list[str]) -> None:
    content = "".join(line.replace("\n", " ").replace("\r", " ") + "\n" for line in lines)
    starts = [start for start, _, _ in csv_records(io.StringIO(content, newline=""))]
    assert starts == sorted(set(starts))  # in order, no line reported twice
    assert all(1 <= s <= max(len(lines), 1) for s in starts)


def test_half_a_character_loses_no_row(runner: CliRunner, tmp_path: Path) -> None:
    """A lone "\\udfff" is valid JSON but no UTF-8 output can hold it: writing it stopped
    the batch, and an acute row after it was lost (an outside hostile-input test). It is
    read as U+FFFD, in any key or text, in every output format."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id":"g1","themes":["faalangst"]}\n{"id":"\\udfff","x\\udc00":"\\ud800"}\n'
        '{"id":"g2","text":"ik wil dood \\udfff","answers":{"\\udfff":"ja"}}\n'
        '{"id":"g3","text":"emoji \\ud83d\\ude00 blijft heel"}\n',
        encoding="utf-8",
    )
    for fmt in ("jsonl", "csv", "table"):
        result = invoke(runner, "batch", str(path), "--format", fmt, *AT)
        assert "interne fout" not in result.stderr and "internal error" not in result.stderr
        assert "g2" in result.stdout and "g3" in result.stdout, (fmt, result.stdout)
    rows = [json.loads(x) for x in invoke(runner, "batch", str(path), *AT).stdout.splitlines()]
    assert [r["id"] for r in rows] == ["g1", "\ufffd", "g2", "g3"]
    assert rows[2]["tier"] == "acute"


def test_a_question_is_never_kept_as_a_column(runner: CliRunner, tmp_path: Path) -> None:
    """`--keep safety_plan` copied a "ja" to a safety question into the output and did
    not read it as an answer: routine, exit 0 (an outside hostile-input test)."""
    path = tmp_path / "cases.csv"
    path.write_text("id,safety_plan,faculty\na,ja,FEW\n", encoding="utf-8")
    for name in ("safety_plan", "Safety_Plan", "faculty,own_words"):
        refused = invoke_en(runner, "batch", str(path), "--keep", name, *AT)
        assert refused.exit_code == 2, refused.output
        assert "question of the interview" in refused.stderr
    kept = invoke(runner, "batch", str(path), "--keep", "faculty", "--format", "csv", *AT)
    row = next(csv.DictReader(io.StringIO(kept.stdout)))
    assert (row["tier"], row["faculty"]) == ("acute", "FEW")


def test_a_refused_row_keeps_its_yes_to_a_safety_question(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A row refused for its "lang" or a ragged CSV row lost a "ja" to a safety question:
    only its text was searched (an outside hostile-input test)."""
    jsonl = tmp_path / "cases.jsonl"
    jsonl.write_text('{"id":"a","answers":{"safety_plan":"ja"},"lang":"de"}\n', "utf-8")
    ragged = tmp_path / "ragged.csv"
    # a cell past the last column that is not empty (empty ones are read since round 45)
    ragged.write_text("id,safety_plan,text\nb,ja,,extra\n", encoding="utf-8")
    wrong_lang = tmp_path / "lang.csv"
    wrong_lang.write_text("id,Safety_Plan,lang\nc,ja,de\n", encoding="utf-8")
    for path in (jsonl, ragged, wrong_lang):
        result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
        assert result.exit_code == 1
        row = next(csv.DictReader(io.StringIO(result.stdout)))
        assert row["error"] and (row["tier"], row["urgency"]) == ("acute", "immediate"), row
        assert row["referral_ids"].startswith("113-zelfmoordpreventie"), row


@pytest.mark.parametrize(
    "value", ['["ja"]', '"absoluut"', "2", '"\u0434\u0430"', "1.0", '{"a": 1}']
)
def test_an_unreadable_safety_answer_counts_as_a_possible_yes(
    runner: CliRunner, tmp_path: Path, value: str
) -> None:
    """An answer to a safety question that cannot be read (a list, a word we do not know,
    a number, Cyrillic "da") refused the row and dropped the answer: no crisis line (an
    outside hostile-input test, round 6). It is a don't-know now, a positive screen."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id":"a","answers":{"safety_thoughts":' + value + '}}\n{"id":"b","themes":["slaap"]}\n',
        "utf-8",
    )
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["error"] and rows[0]["tier"] == "acute", rows[0]
    assert rows[0]["referral_ids"].startswith("113-zelfmoordpreventie"), rows[0]
    assert rows[1]["tier"] == "specific" and not rows[1]["error"]


def test_json_row_keys_match_in_any_case(runner: CliRunner, tmp_path: Path) -> None:
    """'"Text": "ik wil dood"' was ignored without a word: recognised false, exit 0 (an
    outside hostile-input test). CSV headers already matched in any case."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id":"a","Text":"ik wil dood"}\n{"ID":"b","THEMES":["slaap"]}\n'
        '{"id":"c","text":"x","Text":"y"}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["a"]["tier"] == "acute" and rows["b"]["themes"] == "sleep"
    assert "both given" in rows["c"]["error"]
    refused = invoke(runner, "batch", str(path), "--keep", "Text", *AT)
    assert refused.exit_code == 2


@pytest.mark.parametrize(
    ("row", "error_has", "theme"),
    [
        ('{"id":"a","tekst":"ik wil niet meer leven"}', "did you mean 'text'", "suicidal"),
        ('{"id":"a","Theme":["rouw"],"text":"x"}', "did you mean 'themes'", "grief"),
        ('{"id":"a","text":"slapen","bericht":"eigenlijk wil ik dood"}', "'bericht'", "suicidal"),
        ('{"id":"a","note":["fine", {"x": "I cut myself again"}]}', "'note'", "self_harm"),
    ],
)
def test_json_keys_that_are_not_read_never_hide_an_acute_signal(
    runner: CliRunner, tmp_path: Path, row: str, error_has: str, theme: str
) -> None:
    """'"tekst": "ik wil niet meer leven"' and a "bericht" key beside the text were
    ignored: the row said nothing recognised (or sleep), exit 0 (round 8). Without
    rowkeys.unread_keys (or BatchRunner._unread_acute) these rows have no error."""
    path = tmp_path / "cases.jsonl"
    path.write_text(row + '\n{"id":"b","themes":["slaap"],"faculteit":"FNWI"}\n', "utf-8")
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert result.exit_code == 1, result.stderr
    assert error_has in rows["a"]["error"], rows["a"]
    assert rows["a"]["tier"] == "acute" and theme in rows["a"]["themes"], rows["a"]
    # A key with no acute words is still left alone, as before: no error, exit unchanged.
    assert rows["b"]["tier"] == "specific" and not rows["b"]["error"], rows["b"]


def test_unread_keys_without_acute_words_keep_the_exit_code(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id":"a","text":"slecht slapen","cohort":"2025","note":"ok"}\n', "utf-8")
    result = invoke(runner, "batch", str(path), *AT)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["themes"] == ["sleep"]


def test_question_ids_at_the_top_of_a_json_row_are_answers(
    runner: CliRunner, tmp_path: Path
) -> None:
    """{"safety_plan": "ja"} at the top of a row (a CSV flattened to JSON) was ignored
    without a word, and a line that was not valid JSON lost its "ja" (an outside test)."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id":"a","safety_intent":"ja","text":"slecht slapen"}\n'
        '{"id":"b","SAFETY_PLAN":"ja"}\n'
        '{"id":"c","answers":{"safety_plan":"ja"},}\n'
        '{"id":"d","safety_plan":"nee","answers":{"safety_plan":"ja"}}\n'
        '{"id":"e","own_words":"ik slaap slecht"}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    for row_id in ("a", "b", "c", "d"):  # a broken row keeps its own id (round 14)
        assert (rows[row_id]["tier"], rows[row_id]["urgency"]) == ("acute", "immediate"), row_id
    assert rows["c"]["error"] and rows["d"]["error"]
    assert rows["e"]["themes"] == "sleep" and not rows["e"]["error"]


def test_a_huge_refused_row_is_read_in_parts(runner: CliRunner, tmp_path: Path) -> None:
    """A 40 MB refused row (searched whole for an acute signal) ran out of memory and a
    raw traceback lost every row after it (an outside hostile-input test). It is read in
    overlapping parts: the signal at its end is found, memory stays bounded, the next
    row is kept."""
    import tracemalloc

    path = tmp_path / "cases.jsonl"
    big = {"id": "big", "text": "a " * 1_500_000 + "ik wil dood"}
    path.write_text(json.dumps(big) + '\n{"id":"next","themes":["slaap"]}\n', "utf-8")
    tracemalloc.start()
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["big"]["tier"] == "acute" and rows["big"]["error"]
    assert rows["next"]["themes"] == "sleep"
    assert peak < 100_000_000, peak


def test_a_line_without_end_is_held_in_bounded_memory(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`batch /dev/zero` grew to gigabytes: a line was read whole before any limit (an
    outside hostile-input test, round 6). A line longer than MAX_LINE keeps its start and
    its last characters (an appended sentence); the row after it is read as always.
    Limits made small here; the real ones are 16 MiB and 1 MiB."""
    from steunwijzer.io import lines as reading

    monkeypatch.setattr(reading, "MAX_LINE", 1000)
    monkeypatch.setattr(reading, "_TAIL", 200)
    monkeypatch.setattr(reading, "_CHUNK", 64)
    lines = list(reading.bounded_lines(io.StringIO("x" * 50_000 + " ik wil dood\nnext\n")))
    assert len(lines) == 2 and lines[1] == "next\n"
    assert len(lines[0]) <= 1000 + 200 + 3 and lines[0].endswith(" ik wil dood\n")
    assert lines[0].startswith("x" * 1000)
    path = tmp_path / "cases.jsonl"
    row = {"id": "long", "text": "a " * 20_000 + "ik wil dood"}
    path.write_text(json.dumps(row) + '\n{"id":"next","themes":["slaap"]}\n', "utf-8")
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    first = next(iter(rows.values()))
    assert first["tier"] == "acute" and "longer than" in first["error"], first
    assert rows["next"]["themes"] == "sleep"
    table = tmp_path / "cases.csv"
    table.write_text("id,text\nlong," + "a " * 20_000 + "ik wil dood\nnext,ik slaap slecht\n")
    result = invoke(runner, "batch", str(table), "--format", "csv", *AT)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    first = next(iter(rows.values()))
    assert first["tier"] == "acute" and "longer than" in first["error"], first
    assert rows["next"]["themes"] == "sleep"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("rows.csv", "id,safety_thougths\n1,ja\n2,nee\n"),
        ("rows.jsonl", '{"id":"1","safety_thougths":"ja"}\n{"id":"2","SAFETY_THOUGTHS":"nee"}\n'),
    ],
)
def test_a_misspelt_safety_question_keeps_its_yes(
    runner: CliRunner, tmp_path: Path, name: str, content: str
) -> None:
    """An outsider's hostile round (round 8): a "ja" under "safety_thougths" was lost: the
    CSV row was refused without its acute part, the JSON row read as nothing at all
    (exit 0). The row is refused with a did-you-mean and its "ja" counts as an answer to
    the question it is a misspelling of (rowkeys.near_question)."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert result.exit_code == 1
    # The did-you-mean is said once, on the header's row (CSV) or on the row itself
    # (JSON Lines); a CSV row points to the header's line (round 28, R32).
    said = rows.get("header", rows["1"])["error"]
    assert "did you mean 'safety_thoughts'" in said, rows
    assert name.endswith(".jsonl") or "see the CSV header, line 1" in rows["1"]["error"]
    assert rows["1"]["tier"] == "acute", rows["1"]
    assert rows["2"]["error"] and rows["2"]["tier"] != "acute", rows["2"]


@pytest.mark.parametrize(
    "encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"]
)
def test_unicode_text_without_a_byte_order_mark_is_read(
    runner: CliRunner, tmp_path: Path, encoding: str
) -> None:
    """UTF-16 or UTF-32 without a byte order mark (round 8, an outsider's hostile round):
    every row was refused and "ik wil dood" never found (io/lines.text_encoding)."""
    path = tmp_path / "rows.jsonl"
    rows = '{"id":"1","text":"ik wil dood"}\n{"id":"2","text":"één nacht slecht slapen"}\n'
    path.write_bytes(rows.encode(encoding))
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    found = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert result.exit_code == 0, result.stderr
    assert found["1"]["tier"] == "acute" and found["2"]["themes"] == "sleep", found


@pytest.mark.parametrize(
    "text", ["id,text\n1,plain ASCII\n", '{"id": "é"}\n', "", "ab", "\u00e9\u00e9\u00e9\u00e9"]
)
def test_utf8_stays_utf8(text: str) -> None:
    from steunwijzer.io.lines import text_encoding

    assert text_encoding(text.encode("utf-8")) == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_without_a_byte_order_mark_holding_other_scripts_is_read(
    runner: CliRunner, tmp_path: Path, encoding: str
) -> None:
    """UTF-16 without a byte order mark and Cyrillic, Arabic or Chinese in it (round 8):
    every row was invalid JSON and "ik wil dood" was lost."""
    path = tmp_path / "rows.jsonl"
    rows = (
        '{"id":"1","text":"Мне очень плохо, ik wil dood"}\n'
        '{"id":"2","text":"我睡不好 ويسعدني slecht slapen"}\n'
    )
    path.write_bytes(rows.encode(encoding))
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    found = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert found["1"]["tier"] == "acute" and "sleep" in found["2"]["themes"], found


def test_a_kept_column_never_hides_an_acute_signal(runner: CliRunner, tmp_path: Path) -> None:
    """An outsiders' hostile round (round 8): a --keep column is copied, never read, and
    "ik heb een touw gekocht" in it gave a routine sleep row, exit 0. A kept column whose
    words hold an acute need makes the row an error record that keeps the signal; other
    kept values are copied as before."""
    path = tmp_path / "rows.csv"
    path.write_text(
        "id,text,notes\n1,slecht slapen,ik heb een touw gekocht\n2,slecht slapen,FNWI jaar 1\n",
        encoding="utf-8",
    )
    result = invoke(runner, "batch", str(path), "--keep", "notes", "--format", "csv", *AT)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert result.exit_code == 1
    assert rows["1"]["tier"] == "acute" and "'notes'" in rows["1"]["error"], rows["1"]
    assert rows["2"]["tier"] == "specific" and not rows["2"]["error"]
    assert rows["2"]["notes"] == "FNWI jaar 1"


def test_a_misspelt_safety_question_inside_answers_keeps_its_yes(
    runner: CliRunner, tmp_path: Path
) -> None:
    """An outsiders' hostile round (round 8): a misspelt question id was recovered at the
    top of a JSON row but lost inside "answers" and in an --answers file (an error and no
    crisis line). The refused answer counts for the question it resembles."""
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id":"a","answers":{"safety_thougths":"ja"}}\n', encoding="utf-8")
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert row["error"] and row["tier"] == "acute", row
    answers = tmp_path / "a.yaml"
    answers.write_text("safety_thougths: ja\n", encoding="utf-8")
    refused = invoke(runner, "interview", "--answers", str(answers), "--lang", "en", *AT)
    assert "did you mean 'safety_thoughts'" in refused.output
    assert "113" in refused.stdout, refused.stdout
