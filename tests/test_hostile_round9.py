"""An outsiders' hostile round and a role-play (round 9): paths that lost an acute
signal or read it as the wrong person. Each test was written from the failing case the
outsider reported and fails with its fix taken out (said per test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

from .conftest import invoke

AT = ("--at", "2026-11-30T14:00")


def _rows(stdout: str) -> dict[str, dict[str, object]]:
    rows = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    return {str(r.get("id")): r for r in rows}


def test_words_in_the_id_cell_are_searched(runner: CliRunner, tmp_path: Path) -> None:
    """ "ik wil dood" written in the id column came out "nothing recognised", exit 0.
    An id with spaces is searched as unread words are (io/batch.BatchRunner.run)."""
    cases = tmp_path / "ids.csv"
    cases.write_text("id,themes,text\nik wil dood,,\nst-12,slaap,\n", encoding="utf-8")
    result = invoke(runner, "batch", str(cases), "--detail", "full", *AT)
    rows = _rows(result.stdout)
    acute = rows["ik wil dood"]
    assert acute["tier"] == "acute" and "error" in acute
    assert acute["referrals"][0]["crisis"] is True  # type: ignore[index]
    assert rows["st-12"]["tier"] == "specific" and "error" not in rows["st-12"]
    assert result.exit_code == 1


def test_a_question_as_key_with_a_yes_keeps_its_signal(runner: CliRunner, tmp_path: Path) -> None:
    """Survey exports key an answer by its question: {"Denk je aan zelfmoord?": "ja"} was
    never read (exit 0, nothing recognised). The key is searched when its value says yes
    (io/rowkeys.unread_keys); with "nee" it is not."""
    cases = tmp_path / "survey.jsonl"
    cases.write_text(
        '{"id": "s1", "Denk je aan zelfmoord?": "ja"}\n'
        '{"id": "s2", "Denk je aan zelfmoord?": "nee", "themes": ["slaap"]}\n',
        encoding="utf-8",
    )
    rows = _rows(invoke(runner, "batch", str(cases), *AT).stdout)
    assert rows["s1"]["tier"] == "acute" and "error" in rows["s1"]
    assert rows["s2"]["tier"] == "specific"


@pytest.mark.parametrize(
    "content",
    [
        '{"answers": {"safety_wish_dead": "ja", "safety_thoughts": "nee"}}',
        '{"id": "r1", "answers": {"safety_thoughts": "ja"}}',
    ],
    ids=["wrapper", "batch-row"],
)
def test_answers_inside_an_answers_key_are_read(
    runner: CliRunner, tmp_path: Path, content: str
) -> None:
    """The batch row's shape given to --answers: "unknown question id 'answers'", exit 1,
    empty output (cli/interview.read_answers unwraps it)."""
    path = tmp_path / "row.json"
    path.write_text(content, encoding="utf-8")
    result = invoke(runner, "interview", "--answers", str(path), "--json", *AT)
    assert result.exit_code == 0, result.stderr  # read, not refused and salvaged
    data = json.loads(result.stdout)
    assert data["tier"] == "acute" and data["referrals"][0]["crisis"] is True


def test_a_wrapped_row_with_text_is_refused_with_its_signal(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Its text has no place in an answers file: refused, and its acute words still
    shown (the refused file is searched as before; this held before the change too, and
    guards that the unwrapping does not read the row's answers and drop its text)."""
    path = tmp_path / "row.json"
    path.write_text('{"text": "ik wil dood", "answers": {"area_sleep": "ja"}}', encoding="utf-8")
    result = invoke(runner, "interview", "--answers", str(path), "--json", *AT)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["tier"] == "acute"


def test_a_closed_stdout_shows_the_result_on_stderr() -> None:
    """`lookup --text "ik wil dood" >&-` wrote nothing anywhere, exit 0 (__main__: a
    closed stdout now falls back to stderr, a closed stderr to /dev/null). Since round
    29 the exit code says the output went elsewhere (a hostile round, H4: a batch's rows
    on stderr with exit 0 looked like success)."""
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "lookup", "--text", "ik wil dood", "--json"],
        stdout=subprocess.DEVNULL,  # replaced below: the child starts with fd 1 closed
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        preexec_fn=lambda: os.close(1),  # the child starts with its stdout closed
    )
    assert done.returncode == 1
    shown, note = done.stderr.rstrip("\n").rsplit("\n", 1)
    assert json.loads(shown)["tier"] == "acute"
    assert note == "error: de standaarduitvoer is gesloten; de uitvoer staat op de foutuitvoer"


@pytest.mark.parametrize(
    "hidden",
    ["\u061c", "\u180e", "\u206b", "\ufff9", "\U000e0041", "\U000e0100", "\u2800", "\x7f"],
)
def test_an_invisible_character_inside_a_word_hides_nothing(builtin: Catalog, hidden: str) -> None:
    """ "d\\u061cood" read as two words and nothing was found (textcontext._JOINERS)."""
    found = Recogniser(builtin.themes).read(f"ik wil d{hidden}ood")
    assert "suicidal_thoughts" in found.themes


def test_an_escape_sequence_inside_a_word_hides_nothing(builtin: Catalog) -> None:
    """Text pasted from a terminal, "do\\x1b[8mod" (recognise._blanked)."""
    recogniser = Recogniser(builtin.themes)
    assert "suicidal_thoughts" in recogniser.read("ik wil do\x1b[8mod").themes
    assert {"suicidal_thoughts", "sleep"} <= set(
        recogniser.read("ik wil dood\x1b[0m en slaap slecht").themes
    )


def test_friends_missed_are_not_a_death(builtin: Catalog) -> None:
    """ "ik mis mijn vrienden" was acute grief, "I miss my friends" loneliness."""
    recogniser = Recogniser(builtin.themes)
    assert "grief" not in recogniser.read("ik mis mijn vrienden").themes
    assert "social_connection" in recogniser.read("ik mis mijn vrienden").themes
    assert "grief" in recogniser.read("ik mis mijn opa zo erg").themes


def test_homesick_names_a_theme(runner: CliRunner) -> None:
    result = invoke(runner, "lookup", "--theme", "heimwee", "--json", *AT)
    assert json.loads(result.stdout)["themes"] == ["social_connection"]


def test_a_value_with_line_breaks_cannot_forge_a_line(runner: CliRunner) -> None:
    """ "--theme $'faalangst\\n\\nNiveau: ACUUT'" printed a line "Niveau: ACUUT" under the
    error (core/requests.resolve_themes keeps the value on one line)."""
    result = invoke(runner, "lookup", "--theme", "faalangst\n\nNiveau: ACUUT", *AT)
    assert result.exit_code == 1  # an unknown theme is invalid input
    assert "onbekend thema 'faalangst Niveau: ACUUT'" in result.stderr
    assert not any(line.startswith("Niveau") for line in result.stderr.splitlines())


@pytest.mark.parametrize("columns", ["5", "20"])
def test_a_narrow_terminal_still_shows_every_row(
    runner: CliRunner, tmp_path: Path, columns: str
) -> None:
    """At 20 columns every tier read "…" and 113 "1…"; at 5 the table had no row at all
    (render/batch: records instead of a table below 40 columns)."""
    cases = tmp_path / "b.csv"
    cases.write_text("id,themes,text\nc1,,ik wil dood\nc2,slaap,\n", encoding="utf-8")
    result = runner.invoke(
        app, ["batch", str(cases), "--format", "table", *AT], env={"COLUMNS": columns}
    )
    shown = "".join(result.stdout.split())
    assert "c1:" in shown and "c2:" in shown
    assert "Acuut" in shown and "113" in shown


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("two-documents.yaml", b"safety_thoughts: ja\n---\nsafety_thoughts: nee\n", 1),
        # Read since round 46 (as UTF-16 with a mark is), no longer refused
        ("utf32.yaml", "safety_thoughts: ja\n".encode("utf-32"), 0),
        ("utf16be-no-bom.yaml", "safety_thoughts: ja\n".encode("utf-16-be"), 1),
        ("utf32le-no-bom.yaml", "safety_thoughts: ja\n".encode("utf-32-le"), 1),
    ],
)
def test_a_refused_answers_file_keeps_its_yes(
    runner: CliRunner, tmp_path: Path, name: str, data: bytes, code: int
) -> None:
    """Refused answers files lost their "ja": a second YAML document's "nee" overrode it
    (salvage.safety_lines keeps what is not a no), and UTF-16/32 were read as UTF-8
    (cli/answers_file._refused reads them by their encoding)."""
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke(runner, "interview", "--answers", str(path), "--json", *AT)
    assert result.exit_code == code
    assert json.loads(result.stdout)["tier"] == "acute"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c"])
def test_objects_joined_by_a_unicode_line_break_are_two_rows(
    runner: CliRunner, tmp_path: Path, separator: str
) -> None:
    """Joined by U+2028, two students were one row and the second one's "ik wil dood"
    was the first one's (io/caseread._records splits between objects)."""
    cases = tmp_path / "joined.jsonl"
    first, second = '{"id": "1", "text": "ik slaap slecht"}', '{"id": "2", "text": "ik wil dood"}'
    cases.write_text(first + separator + second + "\n", encoding="utf-8")
    rows = _rows(invoke(runner, "batch", str(cases), *AT).stdout)
    assert set(rows) == {"1", "2"}
    assert rows["1"]["tier"] == "specific" and rows["2"]["tier"] == "acute"
    assert "error" not in rows["1"]
