"""Round 47: a counsellor's notes in the third person and without a subject, nightly
drinking said plainly (a role-play of round 46), and what the hostile-files round of
round 46 left."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from .conftest import invoke_en
from .reading import ACUTE, themes_of

# --- the role-play's note: "ziet het niet meer zitten" lost to "someone else" ------------

ROLE_PLAY_NOTE = (
    "drinkt bijna elke avond, soms een hele fles wijn alleen op zn kamer om te kunnen "
    "slapen. voelt zich leeg, boeit allemaal niet meer, ziet het niet meer zitten met de "
    "studie. maar zegt dat het prima gaat"
)


def test_the_role_plays_note_keeps_its_despair() -> None:
    """Round 46's role-play (intake 6): the despair was set aside as someone else's, the
    drinking not read, and the screen said no acute signal."""
    found = themes_of(ROLE_PLAY_NOTE)
    assert {"suicidal_thoughts", "dropout_risk", "addiction", "low_mood"} <= found
    assert "concern_for_other" not in found  # nobody else is in this note


@pytest.mark.parametrize(
    "note",
    [
        "ze ziet het niet meer zitten, slaapt slecht",
        "hij ziet het echt niet meer zitten",
        "Ziet het niet meer zitten, huilt veel",
        "voelt zich leeg, ziet het niet meer zitten",
    ],
)
def test_ziet_is_read_as_zie(note: str) -> None:
    """ "ik zie het niet meer zitten" was found, "ze ziet ..." only by the second net,
    and not at all beside "slaapt slecht" (the sleep pattern took the words). "hij ziet
    het echt niet meer zitten" guards (the second net found it before)."""
    assert "suicidal_thoughts" in themes_of(note)


@pytest.mark.parametrize(
    "note",
    [
        "voelt zich leeg, ziet het niet meer zitten",
        "zegt dat ze een afscheidsbrief heeft geschreven, die ligt in haar la",
        "says he keeps thinking about jumping in front of a train",
        "zegt er nog bij dat ze soms denkt dat iedereen beter af zou zijn zonder haar",
    ],
)
def test_a_note_without_its_subject_is_the_students(note: str) -> None:
    """A note that opens with a third-person verb and has no "ik" is about the student
    in the room: no "concern for someone else" that the counsellor cannot remove (the
    role-play's intake 1)."""
    found = themes_of(note)
    assert found & ACUTE
    assert "concern_for_other" not in found


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriendin zegt dat ze niet meer wil leven",
        "ze wil niet meer leven",  # a lone "ze" first: both readings, as before
        "zegt dat mijn huisgenoot niet meer wil leven",
    ],
)
def test_someone_else_at_risk_stays_a_concern(text: str) -> None:
    """Guards: someone named, or a sentence that opens with "ze", keeps the concern for
    someone else (with "ik" in it, the text is no subjectless note)."""
    assert "concern_for_other" in themes_of(text)


def test_short_third_person_forms_meet_their_ik_form() -> None:
    from steunwijzer.core.stems import model_stem, stem

    assert stem("nl", "ziet") == stem("nl", "zie")
    assert stem("nl", "durft") == stem("nl", "durf")
    # "de trein komt", "het gaat niet meer", "het heeft geen zin" are no "ik" forms
    for third, first in (("komt", "kom"), ("gaat", "ga"), ("heeft", "heb")):
        assert stem("nl", third) != stem("nl", first)
    # the second net keeps the stems its weights were trained on
    assert model_stem("nl", "ziet") == "ziet"


def test_the_train_that_comes_is_no_ik_form() -> None:
    """Guard: with "komt" read as "kom", "niet uit of ik met de auto of de bus kom"
    matched a pattern of a train that comes (found while making this round)."""
    assert not themes_of("Het maakt me niet uit of ik met de auto of de bus kom.") & ACUTE


# --- drinking said plainly ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "drinkt bijna elke avond, soms een hele fles wijn",
        "ze drinkt bijna elke avond",
        "ik drink elke avond wel een paar biertjes",
        "dronk soms een halve fles wodka op een avond",
        "she drinks half a bottle of vodka on a weeknight",
        "reports drinking most nights, sometimes a whole bottle of wine",
    ],
)
def test_nightly_drinking_is_addiction(text: str) -> None:
    """The role-play's "drinkt bijna elke avond, soms een hele fles wijn" was nothing.
    The English rows and "ik drink ... biertjes" guard (the synonym "drinking" read them)."""
    assert "addiction" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "we kochten een hele fles wijn voor het etentje",
        "we bought a whole bottle of wine for dinner",
        "my flatmate brought a bottle of wine to the party",
    ],
)
def test_a_bottle_bought_is_no_addiction(text: str) -> None:
    """Guards: a bottle for dinner is no drinking problem."""
    assert "addiction" not in themes_of(text)


# --- dropping out said in a note ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is al weken niet op college geweest, denkt aan stoppen",
        "ik denk aan stoppen",
        "ik ben al weken niet op stage geweest",
        "al maanden niet op de colleges geweest",
    ],
)
def test_weeks_away_and_thinking_of_stopping_is_dropout_risk(text: str) -> None:
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik denk aan stoppen met roken",
        "Vorig jaar dacht ik echt aan stoppen, maar dat is voorbij",
        "vandaag niet op college geweest want de trein reed niet",
    ],
)
def test_stopping_something_else_is_no_dropout(text: str) -> None:
    """Guards: smoking, a past thought, one day away."""
    assert "dropout_risk" not in themes_of(text)


# --- a session record replayed (a hostile round, round 46, P1, P2) -----------------------


def _record(runner: CliRunner, tmp_path: Path) -> dict[str, object]:
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "safety_wish_dead: no\nsafety_thoughts: no\nsafety_behaviour: no\n"
        "area_study: yes\nstudy_worries: [exams_fear]\n",
        encoding="utf-8",
    )
    saved = tmp_path / "rec.json"
    done = runner.invoke(app, ["interview", "--answers", str(answers), "--save", str(saved)])
    assert done.exit_code == 0, done.output
    record: dict[str, object] = json.loads(saved.read_text(encoding="utf-8"))
    return record


def _replay(runner: CliRunner, tmp_path: Path, record: dict[str, object]) -> Result:
    path = tmp_path / "rec2.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return runner.invoke(app, ["interview", "--answers", str(path), "--json"])


def test_a_raise_to_acute_is_replayed(runner: CliRunner, tmp_path: Path) -> None:
    """A record of an intake the counsellor raised to acute replayed as "specifieke
    hulpvraag", no crisis line, exit 0 (a raise has no reason; only a lowering with one
    was made again)."""
    record = _record(runner, tmp_path)
    result = record["result"]
    assert isinstance(result, dict) and result["tier"] == "specific"
    result["override"] = {"from": "specific", "to": "acute", "reason": None}
    replayed = _replay(runner, tmp_path, record)
    assert replayed.exit_code == 0, replayed.output
    shown = json.loads(replayed.stdout)
    assert shown["tier"] == "acute" and shown["risk_to_life"]
    assert shown["override"]["to"] == "acute"


def test_a_lowering_without_a_reason_is_not_replayed(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: a lowering still needs its reason."""
    record = _record(runner, tmp_path)
    result = record["result"]
    assert isinstance(result, dict)
    result["override"] = {"from": "specific", "to": "prevention", "reason": None}
    replayed = _replay(runner, tmp_path, record)
    assert json.loads(replayed.stdout)["tier"] == "specific"


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("notes", "Student zegt: ik wil dood, heb pillen gespaard voor vanavond", "notes"),
        ("own_words", "ik wil dood", "own_words"),
        ("anwsers", {"safety_wish_dead": "yes"}, "did you mean 'answers'"),
    ],
)
def test_a_records_unknown_key_is_refused_and_searched(
    runner: CliRunner, tmp_path: Path, key: str, value: object, named: str
) -> None:
    """A key --save never writes was dropped silently, "ik wil dood" in it too."""
    record = _record(runner, tmp_path)
    record[key] = value
    path = tmp_path / "rec2.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    replayed = invoke_en(runner, "interview", "--answers", str(path), "--plain")
    assert replayed.exit_code == 1
    assert f"rec2.json: error: unknown key '{key}' in a session record" in replayed.stderr
    assert named in replayed.stderr
    assert "ACUTE" in replayed.stdout and "113" in replayed.stdout


# --- standard input that is no intake (a hostile round, round 46, P4, P5, P6) ------------


def test_a_repeated_refused_answer_from_a_pipe_stops(runner: CliRunner) -> None:
    """`yes ja | interview` asked the crisis panel's question for ever."""
    from steunwijzer.render.piped import ANSWER_LIMIT

    done = runner.invoke(app, ["interview", "--plain"], input="ja\n" * (ANSWER_LIMIT + 50))
    assert done.exit_code == 130
    assert f"meer dan {ANSWER_LIMIT} antwoorden van standaardinvoer" in done.stderr
    assert "113" in done.stderr  # after the acute "ja", the crisis lines on stopping


def test_an_endless_line_from_a_pipe_stops(runner: CliRunner) -> None:
    """`interview < /dev/zero` read one "line" up to 2 GB of memory."""
    from steunwijzer.render.piped import LINE_LIMIT

    done = runner.invoke(app, ["interview", "--plain"], input="x" * (LINE_LIMIT + 10))
    assert done.exit_code == 130
    assert "een regel van meer dan 1 MiB" in done.stderr


def test_a_closed_screen_is_no_internal_error() -> None:
    """`printf 'ja\\n' | interview | head -20`: "interne fout: BrokenPipeError (meld dit
    alsjeblieft)" and "no result was made", as if the program were broken."""
    command = [sys.executable, "-m", "steunwijzer", "interview", "--plain"]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdin and proc.stdout and proc.stderr
        for _ in range(200):  # up to the first question
            if "dood" in proc.stdout.readline().decode("utf-8"):
                break
        proc.stdin.write(b"ja\n")
        proc.stdin.close()
        proc.stdout.close()  # the reader goes away before the crisis panel
        errors = proc.stderr.read().decode("utf-8")
        assert proc.wait(timeout=60) == 1
    assert "interne fout" not in errors and "BrokenPipeError" not in errors
    assert "de uitvoer werd gesloten" in errors
    assert "113" in errors  # the crisis lines, and the answer given


# --- whether one still wakes up (set129, round 47) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "eens kijken of ik morgen nog wakker word",
        "zei gisteravond dat ze wel zou zien of ze morgen nog wakker werd",
        "we'll see if I wake up tomorrow",
        "who knows if I even wake up",
        "honestly I don't care if I wake up",
    ],
)
def test_whether_one_still_wakes_up_is_a_wish(text: str) -> None:
    """set129's "wel zou zien of ze morgen nog wakker werd" was only sleep beside the
    drinking; alone, it and "don't care if I wake up" guard (the second net read them)."""
    assert themes_of(text) & {"suicidal_thoughts", "concern_for_other"}


@pytest.mark.parametrize(
    "text",
    [
        "ik ga kijken of ik morgen op tijd wakker word voor het tentamen",
        "not sure if I wake up in time for the exam tomorrow",
        "let's see if I wake up tomorrow for my 8am",
        "ik belde om te kijken of hij nog wakker was",
    ],
)
def test_waking_in_time_is_no_wish(text: str) -> None:
    """Guards: in time for an exam, an 8 o'clock lecture, someone still awake."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize("lang", ["EN", "En", "NL"])
def test_the_language_option_takes_capitals(runner: CliRunner, lang: str) -> None:
    """`--lang EN` was a usage error while STEUNWIJZER_LANG=EN was taken (a hostile
    round, round 46, P8)."""
    done = runner.invoke(app, ["lookup", "--theme", "slaap", "--lang", lang, "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["tier"] == "specific"
    done = runner.invoke(app, ["lookup", "--theme", "slaap", "--student-lang", lang])
    assert done.exit_code == 0, done.output


def test_an_unknown_language_is_still_refused(runner: CliRunner) -> None:
    """Guard."""
    assert runner.invoke(app, ["lookup", "--theme", "slaap", "--lang", "fr"]).exit_code == 2


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "a.json",
            b'{"safety_wish_dead": "no", "safety_thoughts": "no", "safety_behaviour": "no",'
            b' "own_words": "ik wil d\xf3\xf3d"}',
        ),
        (
            "a.yaml",
            b"safety_wish_dead: no\nsafety_thoughts: no\nsafety_behaviour: no\n"
            b'own_words: "ik wil d\xf3\xf3d"\n',
        ),
    ],
)
def test_a_windows_1252_answers_file_keeps_its_acute_words(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes
) -> None:
    """Refused for its encoding, its "dóód" was searched as "d??d": no crisis line, while
    batch and lookup read the same bytes as acute (a hostile round, round 46, P3)."""
    path = tmp_path / name
    path.write_bytes(content)
    done = invoke_en(runner, "interview", "--answers", str(path), "--plain")
    assert done.exit_code == 1
    assert "not valid UTF-8" in done.stderr
    assert "ACUTE" in done.stdout and "113" in done.stdout
