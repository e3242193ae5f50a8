"""Round 48: what round 47's hostile round and my own probes left: an output named as a
folder ("-o out/new/"), and drinking that is no drinking problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke_en
from .reading import ACUTE, themes_of

# --- "-o out/new/" wrote a file named "new" (hostile P10, round 46) ----------------------

ROWS = '{"id": "1", "themes": ["sleep"]}\n{"id": "2", "text": "ik wil dood"}\n'


@pytest.mark.parametrize("command", ["batch", "report"])
def test_an_output_that_ends_in_a_slash_is_refused(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    """Path drops the slash: `-o out/new/` wrote a file named "new" and exited 0."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(ROWS, encoding="utf-8")
    target = tmp_path / "new"
    result = invoke_en(runner, command, str(rows), "-o", f"{target}/")
    assert result.exit_code == 1
    assert f"{target}/: names a folder (it ends in '/'); give a file name" in result.stderr
    assert not target.exists()
    if command == "batch":  # a refused batch still names its acute rows
        assert "acute" in result.stderr.lower()


@pytest.mark.parametrize("option", ["--save", "--handout"])
def test_an_interview_file_that_ends_in_a_slash_is_refused(
    runner: CliRunner, tmp_path: Path, option: str
) -> None:
    target = tmp_path / "session"
    result = invoke_en(runner, "interview", option, f"{target}/", input="\n")
    assert result.exit_code == 1
    assert "names a folder" in result.stderr
    assert not target.exists()


def test_an_output_file_and_stdout_are_still_written(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: a plain file name and '-' are written as before."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(ROWS, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    assert invoke_en(runner, "batch", str(rows), "-o", str(target)).exit_code == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    result = invoke_en(runner, "batch", str(rows), "-o", "-")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2


# --- drinking that is no drinking problem (my own probes, round 48) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik drink elke avond thee voor het slapen",
        "I drink a lot of water during exams",
        "I drink coffee all day to stay awake",
        "ik drink elke dag energiedrank om wakker te blijven",
        "friday drinks with the study association were fun",
        "my supervisor asked me out for drinks and I felt uncomfortable",
        "someone spiked my drink at the party",
        "we lost the match but the drinks afterwards were nice",
        "living on energy drinks this week",
        "I only had two drinks and I don't remember anything",
    ],
)
def test_a_plain_drink_a_glass_or_an_occasion_is_no_addiction(text: str) -> None:
    """The synonym "drinking" was matched by its stem: every "drink" was addiction
    (44 sentences of tests/data changed, each read; none lost another theme)."""
    assert "addiction" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik drink te veel",
        "ik drink veel",
        "I drink too much",
        "I drink every day to forget",
        "I need a drink to get through the day",
        "ik drink 's ochtends koffie en 's avonds wijn, elke avond een fles",
        "I drink coffee by day and a bottle of wine every night",
        "I drink and then I get angry",
        "ik drink elke avond tot ik niks meer voel",
    ],
)
def test_drinking_said_as_a_problem_stays_addiction(text: str) -> None:
    """Guards: drinking itself, and a plain drink beside alcohol in the same sentence."""
    assert "addiction" in themes_of(text)


def test_a_spiked_drink_keeps_its_acute_theme() -> None:
    """Only the addiction reading goes: the assault is still found."""
    found = themes_of("someone put something in my drink and I woke up at his place")
    assert "sexual_violence" in found and "addiction" not in found


# --- a file whose extension says the other format (hostile P7, round 46) -----------------


def test_a_csv_named_jsonl_is_read_as_csv_with_its_ids(runner: CliRunner, tmp_path: Path) -> None:
    """Every row was refused as bad JSON, and the acute one was named "3", its line
    number, where the student's id was B2: a script joining by id got it wrong."""
    rows = tmp_path / "intake.jsonl"
    rows.write_text("id,text\nA1,ik slaap slecht\nB2,ik wil dood\n3,geldzorgen\n", "utf-8")
    result = invoke_en(runner, "batch", str(rows))
    assert result.exit_code == 0, result.stderr
    assert f"note: {rows} was read as CSV" in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["tier"]) for r in out] == [
        ("A1", "specific"),
        ("B2", "acute"),
        ("3", "specific"),
    ]


def test_json_lines_named_csv_is_read_as_json_lines(runner: CliRunner, tmp_path: Path) -> None:
    rows = tmp_path / "intake.csv"
    rows.write_text('{"id": "x1", "text": "ik wil dood"}\n{"id": "x2", "themes": ["sleep"]}\n')
    result = invoke_en(runner, "batch", str(rows))
    assert result.exit_code == 0, result.stderr
    assert "was read as JSON Lines" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["x1", "x2"]


@pytest.mark.parametrize("first", ["hello", "oops, sorry", "name,age"])
def test_a_stray_first_line_keeps_json_lines(runner: CliRunner, tmp_path: Path, first: str) -> None:
    """Guards: a stray line that names no column batch reads is no CSV header; the JSON
    rows after it are read (and "name,age" before JSON rows too)."""
    rows = tmp_path / "intake.jsonl"
    rows.write_text(f'{first}\n{{"id": "q", "text": "ik wil dood"}}\n', encoding="utf-8")
    result = invoke_en(runner, "batch", str(rows))
    assert result.exit_code == 1  # the stray line is a bad row
    assert "was read as" not in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[-1]["id"] == "q" and out[-1]["tier"] == "acute"


def test_a_format_given_is_obeyed(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: --input-format says what to read; the content is not second-guessed."""
    rows = tmp_path / "intake.jsonl"
    rows.write_text("id,text\nA1,ik slaap slecht\n", encoding="utf-8")
    result = invoke_en(runner, "batch", str(rows), "--input-format", "jsonl")
    assert result.exit_code == 1
    assert "was read as" not in result.stderr


# --- a note whose first person named is "ze" or "hij" (my third-person measure, r48) ----


@pytest.mark.parametrize(
    "note",
    [
        "hallo, ze heeft haar bsa niet gehaald en durft het niet te zeggen",
        "gisteren zei hij dat hij wil stoppen met de opleiding",
        "Goedemorgen, ze wil zich graag uitschrijven per 1 februari",
        "she says she is thinking of dropping out",
        "S. reports that he has not attended since week 3; he is considering dropping out.",
    ],
)
def test_a_note_about_ze_or_hij_keeps_the_dropout(note: str) -> None:
    """A dropout said of a lone "ze"/"hij" was set aside as someone else's unless the
    text opened with the pronoun; after a greeting or a time it was lost. "she says ..."
    opens with the pronoun and guards."""
    assert "dropout_risk" in themes_of(note)


@pytest.mark.parametrize(
    "text",
    [
        "mijn zus heeft haar bsa niet gehaald",
        "my brother says he is dropping out",
        "ik denk dat hij gaat stoppen met zijn studie",
    ],
)
def test_someone_named_or_an_i_keeps_the_dropout_someone_elses(text: str) -> None:
    """Guards: with a person named or an "I" in the text, "ze"/"hij" is someone else."""
    assert "dropout_risk" not in themes_of(text)


def test_control_in_a_note_known_by_its_pronoun_keeps_both_readings() -> None:
    """ "her boyfriend checks her phone every night" may be a friend's: the concern for
    someone else stays beside the student's own danger."""
    found = themes_of("her boyfriend checks her phone every night")
    assert {"concern_for_other", "unsafe_situation"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Overleg SLB: ze doet het prima, alle vakken gehaald. Geen zorgen.",
        "het gaat prima, al mijn vakken gehaald",
    ],
)
def test_courses_passed_are_no_courses_failed(text: str) -> None:
    """ "gehaald" was read as a slip of "gefaald": dropout risk, acute. The note guards:
    its finding was hidden as someone else's until this round's note reading."""
    assert themes_of(text) == set()


def test_courses_failed_stay_a_dropout_risk() -> None:
    """Guards: the pattern itself still reads."""
    assert "dropout_risk" in themes_of("ik heb al mijn vakken gefaald")


# --- a note about the student read in her own words (core/firstperson.py) ---------------


@pytest.mark.parametrize(
    ("note", "theme"),
    [
        ("Ze heeft al een plan, ze weet alleen nog niet wanneer.", "suicidal_thoughts"),
        ("ze staat nu op de brug en weet niet wat ze moet", "suicidal_thoughts"),
        ("haar ex heeft seks met haar gehad terwijl ze sliep", "sexual_violence"),
        (
            "st. vertelt dat zij na een date tegen haar wil seks heeft gehad, schaamt zich",
            "sexual_violence",
        ),
        (
            "Student twijfelt of hij na de kerst nog terugkomt, haalt geen vakken meer",
            "dropout_risk",
        ),
        ("Student reports that she makes herself sick after dinner most evenings", "eating"),
    ],
)
def test_a_note_is_read_in_the_students_words(note: str, theme: str) -> None:
    """The patterns are written in the first person: what a note says of "ze", "haar"
    or "she" was nothing (my third-person measure: 205 acute signals lost, 117 after)."""
    assert theme in themes_of(note)


@pytest.mark.parametrize(
    "text",
    [
        "scared. he's home tonight.",  # the student's own message: "he" is the danger
        "he said if I leave he'll kill me",
        "st. belt namens vriend die schreef dat hij er vanavond een eind aan maakt",
    ],
)
def test_a_pronoun_that_is_someone_else_is_not_the_student(text: str) -> None:
    """Guards: a writer in the text ("I"), an acute reading already made, or someone
    else named before the pronoun in its sentence: the reading adds no acute theme
    of the student's own."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_the_reading_maps_back_to_the_notes_words(builtin) -> None:  # type: ignore[no-untyped-def]
    """A finding of the reading points at the note's own words, as every finding does."""
    from steunwijzer.core.vocabulary import Vocabulary

    note = "ze staat nu op de brug en weet niet wat ze moet"
    found = Vocabulary(builtin.themes).read(note)
    own = [f for f in found.findings if f.theme == "suicidal_thoughts"]
    assert own and all(note[f.start : f.end] == f.words for f in own)
    assert all(f.words.split()[0] in note.split() for f in own)


def test_the_first_person_reading_replaces_word_for_word() -> None:
    from steunwijzer.core.firstperson import first_person

    reading = first_person("ze hebben haar beroofd en ze weet niet waar ze heen moet")
    assert reading is not None
    text, spans = reading
    assert text.startswith("ze hebben me beroofd")  # "ze hebben": they
    assert "ik weet niet waar ik heen moet" in text
    assert len(spans) == 12
    assert first_person("ik heb een plan") is None  # a writer: no note


@pytest.mark.parametrize(
    "note",
    [
        "ze heeft een datum geprikt voor haar afstuderen",
        "hij heeft een plan gemaakt voor zijn scriptie en dat gaat goed",
        "she has a plan for her thesis and feels confident",
        "hij wil stoppen met zijn bijbaan omdat hij meer tijd wil voor zijn studie",
        "ze is klaar met haar stage en begint nu aan haar scriptie",
        "he says he is done with his exams and going on holiday",
        "she doesn't want to live in her student house anymore, too noisy",
    ],
)
def test_a_harmless_note_stays_harmless_in_the_students_words(note: str) -> None:
    """Guards (each passed before the first-person reading): read as "ik heb een datum
    geprikt voor mijn afstuderen", the first met a pattern for a chosen date ("voor ...
    mijn") until it asked for "voor mijn einde"."""
    found = themes_of(note)
    assert not found & ACUTE, found


# --- a helper's blind counsellor notes (60, read after the code was written) -------------


@pytest.mark.parametrize(
    "text",
    [
        "hun kat is jaren geleden ingeslapen, kwam ter sprake als grapje",
        "Their family dog was put to sleep years ago, mentioned in passing.",
        "Mijn hond moest gisteren ingeslapen worden. Ik mis hem.",
    ],
)
def test_a_pet_put_to_sleep_is_no_sleep_problem(text: str) -> None:
    """ "ingeslapen" and "put to sleep" were the sleep theme (16 sentences of tests/data
    changed, each losing only sleep)."""
    assert "sleep" not in themes_of(text)


def test_sleep_beside_a_pet_stays_sleep() -> None:
    """Guards: a sleep problem said beside the loss."""
    found = themes_of("we moesten onze hond laten inslapen en ik slaap sindsdien slecht")
    assert {"sleep", "grief"} <= found


def test_drinks_had_with_friends_are_no_addiction() -> None:
    assert "addiction" not in themes_of("He has drinks with friends on Thursdays, grades are fine")
