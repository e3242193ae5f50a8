"""An outsiders' hostile round (round 7), one test per break it found that is fixed
here; each fails with its fix taken out (said per test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser
from steunwijzer.io.escape import csv_cell, md_escape, plain

from .conftest import invoke, write


def _rule_with_a_number(tmp_path: Path, digits: int) -> Path:
    """A catalogue layer whose one rule compares with a number of ``digits`` nines."""
    return write(
        tmp_path,
        "rule.yaml",
        f'schema_version: 1\nrules:\n  - {{id: huge, when: "mood_weight >= {"9" * digits}", '
        "themes: [stress]}\n",
    )


def test_a_rule_with_a_number_of_thousands_of_digits_is_refused_at_its_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    """int() of 5,001 digits raised "Exceeds the limit (4300 digits)" as an internal
    error: no result, no safety mode. Now FILE:LINE:COL, and safety mode keeps 113."""
    layer = _rule_with_a_number(tmp_path, 5001)
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == 1
    assert "rule.yaml:3:" in result.output and "at most 18 digits" in result.output
    found = invoke(runner, "lookup", "-c", "builtin", "-c", str(layer), "--text", "ik wil dood")
    assert "internal" not in found.output and "interne" not in found.output
    assert "113" in found.stdout


def test_a_batch_row_with_a_huge_number_says_so_in_plain_words(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The message told a counsellor to "use sys.set_int_max_str_digits()"."""
    rows = write(tmp_path, "rows.jsonl", '{"id": "1", "n": ' + "1" * 5001 + "}\n")
    result = invoke(runner, "batch", str(rows), "--lang", "en")
    assert "more than 4,300 digits" in result.output
    assert "set_int_max_str_digits" not in result.output


@pytest.mark.parametrize("text", ["Bel \u202e3110-0080", "x\u2066y\u2069z", "a\u202ab\u202cc"])
def test_bidirectional_overrides_are_removed_everywhere(text: str) -> None:
    """U+202E in a catalogue text turned a number around on screen and in every export.
    Fails without the bidi range in io/escape.py."""
    for shown in (plain(text), md_escape(text), csv_cell(text)):
        assert not any("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" for ch in shown)


@pytest.mark.parametrize(
    "text",
    [
        "het gaat niet goed ik wil niet meer leven",
        "ik weet het niet ik wil dood",
        "nothing helps i want to kill myself",
    ],
)
def test_a_negation_of_the_sentence_before_does_not_reach_over_a_new_i(
    builtin: Catalog, text: str
) -> None:
    """Chat and dictation leave out the comma: the "niet" of "het gaat niet goed" hid
    "ik wil niet meer leven" (read as nothing recognised). Fails without textroles.new_subject."""
    assert "suicidal_thoughts" in Recogniser(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text",
    ["ik denk niet dat ik dood wil", "I'm not saying I want to die", "ik zeg niet dat ik dood wil"],
)
def test_a_denial_of_what_follows_keeps_its_reach(builtin: Catalog, text: str) -> None:
    reading = Recogniser(builtin.themes).read(text)
    assert "suicidal_thoughts" not in reading.themes
    assert any(m.theme == "suicidal_thoughts" for m in reading.mentions)


def test_a_recommendation_is_no_assailant(builtin: Catalog) -> None:
    """ "aanrader" is one letter from "aanrander": a series recommended as "aanrader" was
    read as sexual violence (the typo rule of acute themes)."""
    text = "Die nieuwe serie over die seriemoordenaar is echt goed, aanrader."
    assert "sexual_violence" not in Recogniser(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("two-documents.yaml", 'safety_wish_dead: no\nown_words: "ik wil niet meer leven"\n---\n'
         "safety_thoughts: no\n"),
        ("a-list.yaml", "- safety_thoughts: yes\n"),
    ],
)  # fmt: skip
def test_a_refused_answers_file_keeps_its_acute_signal(
    runner: CliRunner, tmp_path: Path, name: str, text: str
) -> None:
    """A second YAML document or a list at the top refused the file with an empty
    result: the own words and the "yes" were not searched. Fails with only the
    line-by-line safety answers salvaged (and without "- " allowed before them)."""
    answers = write(tmp_path, name, text)
    result = invoke(runner, "interview", "--answers", str(answers), "--plain")
    assert result.exit_code == 1
    assert "ACUUT" in result.stdout and "113" in result.stdout


def test_the_keys_of_a_refused_answers_file_are_not_read_as_words(
    runner: CliRunner, tmp_path: Path
) -> None:
    """ "safety_wish_dead" holds "wish" and "dead": only the values are searched."""
    answers = write(tmp_path, "keys.yaml", "safety_wish_dead: no\nsafety_thoughts: no\n---\n")
    result = invoke(runner, "interview", "--answers", str(answers), "--plain")
    assert result.exit_code != 0
    assert "ACUUT" not in result.stdout


def test_report_reads_an_endless_line_in_bounded_pieces(runner: CliRunner, tmp_path: Path) -> None:
    """`report /dev/zero` grew to 5.7 GB; a 300 MB one-line file to 608 MB. The line is
    refused for its length now, read in bounded pieces (as batch reads)."""
    big = tmp_path / "one-line.jsonl"
    big.write_text('{"x": "' + "a" * (17 * 1024 * 1024), encoding="utf-8")
    result = invoke(runner, "report", str(big), "--lang", "en")
    assert "longer than 16,777,216 characters" in result.output
    assert "one-line.jsonl:2:" not in result.output  # the rest of the line is no line


def test_the_new_refusals_speak_dutch_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    """The refusals added this round stood in English in Dutch output."""
    layer = _rule_with_a_number(tmp_path, 40)
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "nl")
    assert "een getal heeft hoogstens 18 cijfers" in result.output
    big = tmp_path / "one-line.jsonl"
    big.write_text('{"x": "' + "a" * (17 * 1024 * 1024), encoding="utf-8")
    result = invoke(runner, "report", str(big), "--lang", "nl")
    assert "regel is langer dan 16,777,216 tekens" in result.output


def test_the_skipped_middle_of_an_endless_line_keeps_its_risk_words(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A 34 MB batch row with "ik wil niet meer leven" in the middle: only the first 16 Mi
    and last 1 Mi characters were kept, and the row lost its acute signal. The sentences
    around risk words in the skipped middle are kept too (bounded like the tail). Fails
    without _risk_windows. Small limits here; the same code reads the real sizes."""
    import io

    from steunwijzer.io import lines

    monkeypatch.setattr(lines, "MAX_LINE", 1000)
    monkeypatch.setattr(lines, "_TAIL", 500)
    monkeypatch.setattr(lines, "_CHUNK", 200)
    text = "bla " * 2000 + "ik wil niet meer leven " + "bla " * 2000 + "\n"
    (kept,) = list(lines.bounded_lines(io.StringIO(text)))
    assert isinstance(kept, lines.CutLine)
    assert "ik wil niet meer leven" in kept
    assert len(kept) < 1000 + 500 + 500 + 700
