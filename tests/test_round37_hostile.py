"""Round 37: an outsider's hostile round (findings named H1-H17 as in its report)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.io.skimfile import STREAM_LIMIT


def test_an_overlong_theme_name_is_refused_at_once(tmp_path: Path) -> None:
    """H1: an unknown theme name of 400,000 characters was compared with every theme for
    a did-you-mean, 40 us a character: 16 s for one row, minutes for a file. It is
    refused by its length; the good row after it is still answered. On b25590f the
    message was "onbekend thema" (after the search), without the length."""
    cases = tmp_path / "cases.csv"
    cases.write_text("id,themes\na," + "x" * 400_000 + "\ng,sleep\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(cases), "--format", "jsonl"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert "400000 characters" in rows[0]["error"] and "200" in rows[0]["error"]
    assert rows[1]["themes"] == ["sleep"]


class _Endless(io.RawIOBase):
    """A stream that never ends ("yes |"), which fails once read far past any limit."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        assert self.served < 4 * STREAM_LIMIT, "read on without end"
        chunk = b"y\n" * (len(buffer) // 2)
        buffer[: len(chunk)] = chunk
        self.served += len(chunk)
        return len(chunk)


def test_answers_from_an_endless_stream_end() -> None:
    """H2: `yes | steunwijzer interview --answers - --json` and `--answers /dev/zero` were
    searched for safety answers without end at full CPU (a refused answers file is
    searched past its 16 MiB for a late "ja"). A stream is searched up to a bound, a file
    to its end. On b25590f this read on until the stream's assertion stopped it."""
    from steunwijzer.io.skimfile import refused_text

    endless = _Endless()
    text = refused_text(iter(()), io.BufferedReader(endless))
    assert STREAM_LIMIT <= endless.served < 2 * STREAM_LIMIT
    assert text.startswith("y\ny\n")


def test_a_json_array_cut_short_says_so(tmp_path: Path) -> None:
    """H3: a JSON array without its closing "]" (a copy cut short) was read as whole,
    exit 0, the lost cases never mentioned. The cases there are still answered, and an
    error row says the array is not closed (exit 1). On b25590f: two rows, exit 0."""
    cases = tmp_path / "cases.json"
    cases.write_text(
        '[{"id": "a", "themes": ["sleep"]},\n {"id": "b", "themes": ["sleep"]}', encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["batch", str(cases), "--format", "jsonl"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("themes") for r in rows[:2]] == [["sleep"], ["sleep"]]
    assert "no closing ']'" in rows[2]["error"]


def test_a_closed_json_array_has_no_such_row(tmp_path: Path) -> None:
    """Guard: a whole array, and one with a trailing comma, read as before (exit 0)."""
    for text in ('[{"id": "a", "themes": ["sleep"]}]', '[{"id": "a", "themes": ["sleep"]},]'):
        cases = tmp_path / "cases.json"
        cases.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(app, ["batch", str(cases), "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        assert len(result.stdout.splitlines()) == 1


def test_a_large_json_array_cut_short_says_so_too(tmp_path: Path) -> None:
    """H3 for an array over 8 MiB (read a chunk at a time, not whole): the same row at
    its end. Fails without the streamed reader's check (no row, exit 0)."""
    from steunwijzer.io.jsonarray import ARRAY_LIMIT

    case = '{"id": "%s", "themes": ["sleep"]}'
    count = ARRAY_LIMIT // 100 + 10
    text = "[" + ",".join(case % (f"{i:06d}" + "x" * 80) for i in range(count))
    assert len(text) > ARRAY_LIMIT
    cases = tmp_path / "cases.json"
    cases.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(cases), "--format", "csv"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == count + 2  # the header, the cases, the row that says so
    assert "no closing ']'" in lines[-1]


def test_report_reads_a_list_of_records_on_one_line(tmp_path: Path) -> None:
    """H4: `json.dumps(records)` (a list on one line) was "each record must be a JSON
    object", 0 sessions, while the same list pretty-printed was read (docs/report.md
    promises a list). On b25590f: exit 1, no session counted."""
    records = [{"result": {"tier": "acute", "themes": ["grief"]}, "date": "2026-02-11"}] * 6
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(path), "--plain", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "6 requests from 1 file(s): 0 batch rows, 6 sessions" in result.stdout


def test_the_new_refusals_are_said_in_dutch_too(tmp_path: Path) -> None:
    """H1 and H3 under the default interface language: their messages were English only
    when first written (the review of round 37)."""
    cases = tmp_path / "cases.csv"
    cases.write_text("id,themes\na," + "x" * 300 + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(cases), "--format", "csv"])
    assert "themanaam van 300 tekens; een themanaam heeft er hoogstens 200" in result.stderr
    cut = tmp_path / "cases.json"
    cut.write_text('[{"id": "a", "themes": ["sleep"]}', encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(cut), "--format", "csv"])
    assert "de JSON-lijst heeft geen afsluitende ']'" in result.stderr
