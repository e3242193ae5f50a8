"""Round 46: an answer of "none of these" at a question of several choices, what an
outsiders' blind set (set129), a role-play and a hostile-files round showed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.answer_errors import AnswerError
from steunwijzer.core.answers import parse_answer
from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import QuestionPrompt, ThemePrompt

from .conftest import MINIMAL, invoke_en
from .reading import ACUTE, themes_of
from .terminal_helpers import terminal

# --- "geen van deze" at a question of several choices ------------------------------------

NONE_CHOSEN = [
    "geen",
    "niks",
    "Niets daarvan",
    "geen van deze",
    "Nee, geen van deze",
    "geen van allen",
    "none",
    "none of these",
    "none of the above",
    "nothing really",
    "weet niet",
    "geen idee eigenlijk",
    "no idea",
    "nee hoor",
]


@pytest.mark.parametrize("said", NONE_CHOSEN)
def test_none_of_these_is_none_chosen(builtin: Catalog, said: str) -> None:
    """A role-play (round 45) saw "none of these" refused at a question of several
    choices, where Enter was taken as none."""
    question = next(q for q in builtin.questions if q.id == "study_worries")
    assert parse_answer(question, said) == ()


@pytest.mark.parametrize(
    ("said", "chosen"),
    [
        ("none of these... maybe 4?", ("falling_behind",)),
        ("geen van deze, misschien 4?", ("falling_behind",)),
        ("none of these really, maybe 2", ("planning",)),
    ],
)
def test_choice_after_none_of_these_is_kept(
    builtin: Catalog, said: str, chosen: tuple[str, ...]
) -> None:
    """ "none of these... maybe 4?" was refused (a role-play, round 45); the other two rows
    guard (they were read before)."""
    question = next(q for q in builtin.questions if q.id == "study_worries")
    assert parse_answer(question, said) == chosen


@pytest.mark.parametrize(
    "said",
    [
        "geen, ik wil dood",  # never a word dropped: asked again
        "geen planning",  # "geen" names a choice here, turned around: not read as none
        "no planning",
        "none of the above, its more my family",
    ],
)
def test_none_with_unread_words_is_asked_again(builtin: Catalog, said: str) -> None:
    """Guards: words after "none" that name no choice are never dropped."""
    question = next(q for q in builtin.questions if q.id == "study_worries")
    with pytest.raises(AnswerError):
        parse_answer(question, said)


# --- an answers file's answer that does not fit, at its line ------------------------------


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("a.yaml", "safety_wish_dead: nee\narea_sleep: nee\narea_study: 7\n", 3),
        ("a.json", '{"safety_wish_dead": "nee",\n "area_study": 7}\n', 2),
        ("a.yaml", "# area_study: ja\nanswers:\n  area_sleep: nee\n  area_study: 7\n", 4),
        ("a.yaml", "area_sleep: nee\narea_slep: ja\n", 2),  # an unknown question id
    ],
)
def test_answer_that_does_not_fit_is_placed_at_its_line(
    runner: CliRunner, tmp_path: Path, name: str, text: str, line: int
) -> None:
    """A hostile round (round 45) saw "invalid answer '7' to question 'area_study'" with
    no file or line, where every other error of a file says FILE:LINE."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = invoke_en(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{line}: error: "), first
    assert first.count("error:") == 1


def test_answer_on_standard_input_is_placed_at_its_line(runner: CliRunner) -> None:
    """As a file: "-" is standard input, read once and kept."""
    text = '{"area_sleep": "nee",\n "area_study": "zeven"}\n'
    result = invoke_en(runner, "interview", "--answers", "-", "--plain", input=text)
    assert result.exit_code == 1
    assert result.stderr.startswith("-:2: error: invalid answer 'zeven'"), result.stderr


def test_acute_signal_beside_a_bad_answer_keeps_its_line(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: the crisis lines of the other answers are still shown, after the placed error."""
    path = tmp_path / "a.yaml"
    path.write_text("safety_thoughts: ja\narea_study: 7\n", encoding="utf-8")
    result = invoke_en(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{path}:2: error: invalid answer '7'")
    assert "113" in result.stdout


# --- "ja" or "nee" to the own words' themes -----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "taken"),
    [
        ("ja", ("stress", "sleep")),
        ("klopt allemaal", ("stress", "sleep")),
        ("Yes.", ("stress", "sleep")),
        ("nee", ()),
        ("none", ()),
        ("2", ("sleep",)),
    ],
)
def test_yes_or_no_to_the_own_words_themes(
    builtin: Catalog, typed: str, taken: tuple[str, ...]
) -> None:
    """A role-play (round 45) answered the list with "ja" and was told to type a number;
    a yes takes every theme offered, a no none ('a' and Enter). The "2" row guards."""
    question = next(q for q in builtin.questions if q.id == "own_words")
    ask, screen = terminal(builtin, typed)
    prompt = ThemePrompt(question, "druk en slecht slapen", ("stress", "sleep"), (), (), ())
    assert ask(prompt) == taken
    assert "Typ een nummer" not in screen.getvalue()


# --- values in messages as they were given -------------------------------------------------


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ('{"id": "1", "answers": {"area_sleep": [true]}}', "invalid answer [true] "),
        ('{"id": "1", "answers": {"area_sleep": {"a": null}}}', 'invalid answer {"a": null} '),
        ('{"id": "1", "lang": ["nl"], "themes": ["sleep"]}', 'got ["nl"]'),
        ('{"id": "1", "answers": {"area_sleep": "jaaa nee"}}', "invalid answer 'jaaa nee' "),
    ],
)
def test_a_row_value_is_quoted_as_json(
    runner: CliRunner, tmp_path: Path, row: str, said: str
) -> None:
    """A hostile round (round 45) saw "[True]" and "['nl']" in row errors: Python's
    spelling of what the row said as [true] and ["nl"]. Text stays in quotes (the last
    row guards)."""
    path = tmp_path / "rows.jsonl"
    path.write_text(row + "\n", encoding="utf-8")
    result = invoke_en(runner, "batch", str(path))
    assert result.exit_code == 1
    assert said in json.loads(result.stdout.splitlines()[0])["error"]


# --- a report of no one --------------------------------------------------------------------


def test_report_of_an_empty_input_says_so(runner: CliRunner, tmp_path: Path) -> None:
    """A hostile round (round 45): an empty input gave a report of zeros, exit 0, with
    "Every theme found at least one fitting referral": a safe-looking answer about no one."""
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    result = invoke_en(runner, "report", str(path), "--plain")
    assert "the input holds no rows" in result.stderr
    assert "at least one fitting referral" not in result.stdout
    assert "No data." in result.stdout.split("no fitting referral")[1]


def test_report_of_nothing_recognised_claims_no_referral(runner: CliRunner, tmp_path: Path) -> None:
    """Rows in which nothing was recognised: no theme went without help, nor found it."""
    path = tmp_path / "rows.jsonl"
    row = {"id": "1", "recognised": False, "tier": None, "themes": [], "referrals": []}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    for out_format in ("table", "html"):
        result = invoke_en(runner, "report", str(path), "--plain", "--format", out_format)
        assert result.exit_code == 0, result.output
        assert "at least one fitting referral" not in result.stdout
        assert "the input holds no rows" not in result.stderr


def test_report_with_themes_still_says_no_gaps(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: a theme that found its referral still says every theme found one."""
    path = tmp_path / "rows.jsonl"
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "1", "themes": ["sleep"]}\n', encoding="utf-8")
    made = invoke_en(runner, "batch", str(batch), "--output", str(path))
    assert made.exit_code == 0, made.output
    result = invoke_en(runner, "report", str(path), "--plain", "--min-cell", "1")
    assert "Every theme found at least one fitting referral." in result.stdout


# --- UTF-32 catalogues -----------------------------------------------------------------------

UTF32_CATALOGUE = MINIMAL


def test_utf32_with_a_mark_is_read(runner: CliRunner, tmp_path: Path) -> None:
    """A hostile round (round 45): UTF-32 with its byte order mark was read as UTF-16
    (its mark starts with UTF-16's) and refused as "invisible control character U+0000"."""
    path = tmp_path / "cat.yaml"
    path.write_bytes(UTF32_CATALOGUE.encode("utf-32"))
    result = invoke_en(runner, "lookup", "--theme", "sleep", "--json", "-c", str(path))
    assert result.exit_code == 0, result.output
    assert "sleep-course" in [r["id"] for r in json.loads(result.stdout)["referrals"]]


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_mark_is_named(runner: CliRunner, tmp_path: Path, encoding: str) -> None:
    """Without a mark it was "file is binary (contains NUL bytes)": now named, in Dutch too."""
    path = tmp_path / "cat.yaml"
    path.write_bytes(UTF32_CATALOGUE.encode(encoding))
    result = invoke_en(runner, "catalog", "validate", str(path))
    assert result.exit_code == 1
    assert f"{path}:1:1: error: file is UTF-32 text without a byte order mark" in result.output
    dutch = runner.invoke(app, ["catalog", "validate", str(path)], env={"STEUNWIJZER_LANG": "nl"})
    assert "UTF-32-tekst zonder byte-order-mark" in dutch.output


def test_a_long_unknown_question_id_is_cut_in_its_message(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A hostile round (round 45): a 5,000-character key was said whole, on stderr and in
    the row's error; now its first 79 characters and an ellipsis."""
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "1", "answers": {"y" * 5000: "ja"}}) + "\n", "utf-8")
    result = invoke_en(runner, "batch", str(path))
    assert result.exit_code == 1
    error = json.loads(result.stdout.splitlines()[0])["error"]
    assert error.startswith("unknown question id '" + "y" * 79 + "…'")
    assert len(result.stderr.splitlines()[0]) < 300


# --- so-so to a question whose yes is a need ---------------------------------------------------


@pytest.mark.parametrize(
    "said", ["matig", "Matig.", "wisselend", "niet geweldig", "kan beter", "not great", "so-so"]
)
def test_so_so_to_a_need_question_is_a_yes(builtin: Catalog, said: str) -> None:
    """Round 46's own role-play: "matig" to "Slaap je de laatste tijd slecht?" was refused
    with "type ja or nee"; the state is not good: a yes to a question whose yes is a need."""
    question = next(q for q in builtin.questions if q.id == "area_sleep")
    assert parse_answer(question, said) is True


@pytest.mark.parametrize(
    ("qid", "said"), [("mood_self_harm", "matig"), ("connection_friends", "not great")]
)
def test_so_so_elsewhere_is_asked_again(builtin: Catalog, qid: str, said: str) -> None:
    """Guards: at a sensitive question doubt is asked again, not read as a yes; where a yes
    is good (friends), so-so is no yes."""
    question = next(q for q in builtin.questions if q.id == qid)
    with pytest.raises(AnswerError):
        parse_answer(question, said)


@pytest.mark.parametrize("said", ["niet nu", "nu niet", "nee, niet nu"])
def test_not_now_is_a_no_and_doubt_at_the_safety_screen(builtin: Catalog, said: str) -> None:
    """Round 46's own role-play: "niet nu" to "would you like to work on ...?" was refused
    where "nu even niet" was a no; at the safety screen it is doubt, as "not now" is."""
    growth = next(q for q in builtin.questions if q.id == "area_growth")
    plan = next(q for q in builtin.questions if q.id == "safety_plan")
    assert parse_answer(growth, said) is False
    assert parse_answer(plan, said) == "unknown"


# --- the recheck note in full once --------------------------------------------------------


def test_the_recheck_note_is_said_in_full_once(builtin: Catalog) -> None:
    """Round 46's own role-play: three safety questions asked again each had the same three
    lines of note above them; the second and third now have one short line."""
    ask, screen = terminal(builtin, "nee")
    for number, qid in enumerate(("safety_wish_dead", "safety_thoughts", "safety_behaviour"), 1):
        question = builtin.question(qid)
        assert question is not None
        ask.question(QuestionPrompt(question, number, 20, None, True, recheck=True))
    shown = " ".join(screen.getvalue().split())
    assert shown.count("bij een andere vraag") == 1
    assert shown.count("Ook hier was het antwoord ‘nee’") == 2


def test_a_new_terminal_says_the_recheck_note_in_full(builtin: Catalog) -> None:
    """Guards: the note in full belongs to each intake, not once per program."""
    for _ in range(2):
        ask, screen = terminal(builtin, "nee")
        question = builtin.question("safety_thoughts")
        assert question is not None
        ask.question(QuestionPrompt(question, 2, 20, None, True, recheck=True))
        assert "bij een andere vraag" in " ".join(screen.getvalue().split())


# --- "klaar met alles", "done met alles" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik ben echt done met alles",
        "eerlijk gezegd ben ik done met het leven",
        "honestly ben ik gwn done met alles",
    ],
)
def test_done_with_everything_said_half_in_english(text: str) -> None:
    """Round 46: "ik ben echt done met alles" was nothing recognised, where "done with
    everything" and "zo klaar met alles" are read as a wish to be gone. The "done met het
    leven" row guards (read before by another pattern)."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize("text", ["ik ben klaar met alles", "pff ik ben klaar met allemaal"])
def test_bare_klaar_met_alles_is_stress_to_ask_about(text: str) -> None:
    """Round 46: bare, it was nothing; it may be finished work, so stress, not acute."""
    found = themes_of(text)
    assert "stress" in found
    assert not found & ACUTE


@pytest.mark.parametrize(
    "text", ["ik ben eindelijk klaar met alles", "ik ben klaar met alles voor morgen"]
)
def test_finished_work_is_no_need(text: str) -> None:
    """Guards: "eindelijk klaar", "klaar met alles voor morgen" are work done."""
    assert not themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("wie zou me missen eigenlijk", "suicidal_thoughts"),
        ("wie zou me nou missen?", "suicidal_thoughts"),
        ("who would even miss me", "suicidal_thoughts"),
        ("ik haat deze studie", "study_choice"),
        ("i hate this degree tbh", "study_choice"),
        ("ben bang dat ik mijn propedeuse niet haal", "performance_anxiety"),
        ("bang dat ik de herkansing niet haal", "performance_anxiety"),
    ],
)
def test_round46_probes_are_read(text: str, theme: str) -> None:
    """Round 46's own probes in students' short words: each was nothing recognised, but
    "i hate this degree tbh", which guards (read before)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "wie zou me missen op het feest morgen",
        "who will miss me when i move to Berlin",
        "ik haat het als de trein vertraging heeft",
    ],
)
def test_round46_probes_harmless(text: str) -> None:
    """Guards: missed at a party, a move, a late train are no need."""
    assert not themes_of(text) & (ACUTE | {"study_choice"})
