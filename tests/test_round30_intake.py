"""Round 30, the intake: what a role-play of five intakes in a real terminal found (B2,
B3, C1, C3, E1, E2). Each test was run on the commit before its fix and failed there
unless its docstring says it guards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.model import Catalog
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke
from .reading import themes_of
from .terminal_helpers import scripted


@pytest.mark.parametrize(
    "typed",
    ["whatever", "doesnt matter", "doesn't matter", "maakt niet uit", "boeit me niet",
     "who cares"],
)  # fmt: skip
def test_indifference_to_a_safety_question_is_doubt(builtin: Catalog, typed: str) -> None:
    """ "whatever" and "doesnt matter" to "thoughts of ending your life?" were refused three
    times, and what they said was lost (a role-play, round 30, E1)."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    assert parse_answer(question, typed) == UNKNOWN


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("no. can we please do something?? i dont even know his exact address", False),
        ("nee, ik weet niet eens waar hij woont", False),
        ("ik weet het niet", UNKNOWN),  # guards
        ("i dont know if i want to live", UNKNOWN),  # guards
    ],
)
def test_not_knowing_where_someone_is_is_no_doubt(
    builtin: Catalog, typed: str, expected: object
) -> None:
    """ "no. ... i dont even know his exact address" was doubt about the student's own
    thoughts, and 113 moved above 112 for a friend in danger now (round 30, C1)."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    assert parse_answer(question, typed) == expected


def test_a_friend_in_danger_now_keeps_112_first(builtin: Catalog, index: ReferralIndex) -> None:
    """The role-play's intake C replayed: a friend's goodbye post, then the student's
    panicked no. 112 stays the first line, and the student's own thoughts are not made up
    (round 30, C1)."""
    script: dict[str, list[object]] = {
        "safety_wish_dead": [
            "no no its not me!! its my friend sam, he posted like a goodbye message on insta "
            "last night and he doesnt pick up"
        ],
        "safety_thoughts": [
            "no. can we please do something?? i dont even know his exact address, i know the street"
        ],
    }
    _, result = scripted(builtin, index, script, "en")
    assert "concern_for_other" in result.themes
    assert "suicidal_thoughts" not in result.themes
    first = result.referrals[0].offering
    assert "112" in first.contact.phones


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("5. en 4 eigenlijk ook", {"thinking_of_stopping", "falling_behind"}),
        ("4. and 5.", {"thinking_of_stopping", "falling_behind"}),
        ("2 and 4. If I don't get my 30 credits I lose my permit", {"planning", "falling_behind"}),
    ],
)
def test_a_numbered_choice_with_a_full_stop_goes_on(
    builtin: Catalog, typed: str, chosen: set[str]
) -> None:
    """ "5. en 4 eigenlijk ook" kept only 5, without a word (a role-play, round 30, B2).
    The last row guards round 29's "30 credits" after a full stop."""
    question = builtin.question("study_worries")
    assert question is not None
    assert set(parse_answer(question, typed)) == chosen  # type: ignore[arg-type]


def test_money_that_cannot_be_paid_is_money() -> None:
    """ "ik kan het niet meer betalen" was stress alone ("kan het niet meer"): the
    student meant the rent (a role-play, round 30, B3)."""
    assert "finances" in themes_of("ik kan het niet meer betalen")


@pytest.mark.parametrize("text", ["nothing matters anymore", "none of it matters anymore"])
def test_nothing_matters_any_more_is_read_in_english_too(text: str) -> None:
    """ "maakt toch allemaal niet meer uit" was acute and its English nothing (E2)."""
    assert "suicidal_thoughts" in themes_of(text)


def test_coming_only_for_tips_is_a_no(builtin: Catalog) -> None:
    """ "haha nee hoor, ik kom eigenlijk alleen voor planningstips" was doubt ("eigenlijk"
    after a no) and opened the crisis panel for a student who came for planning tips (a
    second role-play, round 30, E1)."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert (
        parse_answer(question, "haha nee hoor, ik kom eigenlijk alleen voor planningstips") is False
    )
    assert parse_answer(question, "nee, eigenlijk alleen 's nachts") == UNKNOWN  # guards


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("1 en 2, en soms ook 5", {"exams_fear", "planning", "thinking_of_stopping"}),
        ("2, and sometimes 5", {"planning", "thinking_of_stopping"}),
        ("2, maar niet 5", {"planning"}),  # guards
    ],
)
def test_a_choice_said_with_sometimes_is_kept(
    builtin: Catalog, typed: str, chosen: set[str]
) -> None:
    """ "1 en 2, en soms ook 5" lost the 5, thinking of stopping: an acute theme gone
    without a word (a second role-play, round 30, C1, D2)."""
    question = builtin.question("study_worries")
    assert question is not None
    assert set(parse_answer(question, typed)) == chosen  # type: ignore[arg-type]


def test_a_passive_wish_with_a_day_is_not_danger_now() -> None:
    """ "als ik morgen niet meer wakker word is het ook goed" was "call 112 now, keep the
    student awake"; without "morgen" it was "soon" (a second role-play, round 30, C2)."""
    from .reading import builtin_vocabulary

    found = builtin_vocabulary().read("als ik morgen niet meer wakker word is het ook goed")
    assert "suicidal_thoughts" in found.themes
    assert not any(f.immediate for f in found.findings)
    planned = builtin_vocabulary().read("ik ga vanavond een eind aan mijn leven maken")
    assert any(f.immediate for f in planned.findings)  # guards


def test_113_leads_for_a_student_who_wants_to_die(runner: CliRunner) -> None:
    """The centre for sexual violence led and its "before you shower" was the next step
    beside "Waarom: Zelfmoordgedachten" (a second role-play, round 30, A1). Without a
    wish to die the centre still leads (guards round 8)."""
    wish = invoke(runner, "lookup", "--text", "ik wil dood sinds ik verkracht ben", "--json")
    assert json.loads(wish.stdout)["referrals"][0]["id"] == "113-zelfmoordpreventie"
    rape = invoke(runner, "lookup", "--text", "ik ben verkracht", "--json")
    assert json.loads(rape.stdout)["referrals"][0]["id"] == "centrum-seksueel-geweld"


@pytest.mark.parametrize(
    "text",
    [
        "my roommate hasnt left her room since friday, she doesnt open when i knock. last "
        "week she said she just wants to disappear",
        "mijn vriendin zei dat ze dood wil en ze neemt haar telefoon niet op",
    ],
)
def test_someone_at_risk_who_cannot_be_reached_is_danger_now(text: str) -> None:
    """A roommate who said she wants to disappear and does not open was "soon", "Call
    113" on the result, while the panel said "no answer: call 112" (a second role-play,
    round 30, B3). The Dutch row guards a family that had it already."""
    from .reading import builtin_vocabulary

    found = builtin_vocabulary().read(text)
    assert any(f.immediate for f in found.findings if f.theme == "concern_for_other")


def test_coming_out_of_a_room_is_no_coming_out() -> None:
    """ "she hasn't come out of her room in four days" offered identity questions for the
    student (a second role-play, round 30, B4); a coming out stays one (guards)."""
    assert "identity" not in themes_of("she hasn't come out of her room in four days")
    assert "identity" in themes_of("I came out to my parents last week")
    assert "identity" in themes_of("coming out of the closet is scary")


def test_the_first_screen_names_every_risk_to_life(runner: CliRunner, tmp_path: Path) -> None:
    """The self-harm a student named was on page 5 of "m"; the first screen's "Waarom"
    named only the suicidal doubt it quoted (a role-play, round 30, D1)."""
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "safety_wish_dead: nee\nsafety_thoughts: weet niet\nsafety_behaviour: nee\n"
        "area_mood: ja\nmood_self_harm: ja\n",
        "utf-8",
    )
    result = invoke(runner, "interview", "--answers", str(answers), "--plain")
    why = next(line for line in result.stdout.splitlines() if line.startswith("Waarom:"))
    assert "Zelfbeschadiging" in why and "Zelfmoordgedachten" in why


def test_a_follow_up_left_out_by_a_change_is_not_taken_back(
    gated: Catalog, gated_index: ReferralIndex
) -> None:
    """Changing the mood question to "nee" at the review dropped the self-harm question
    she had answered "ja"; the result said "eerst ja, later veranderd in nee" and "niet
    gesteld", both false, in the saved record too (a second role-play, round 30, E3).
    On a catalogue that gates the self-harm question (the built-in one asks it of
    everyone since round 32)."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.prompts import SKIP, CrisisPrompt, Prompt, QuestionPrompt, ReviewPrompt
    from steunwijzer.present.explain import reason_lines
    from steunwijzer.render.screen import summary_lines

    moods = ["ja", "nee"]
    reviews = ["area_mood", "ok"]

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            qid = prompt.question.id
            if qid == "area_mood":
                return moods.pop(0)
            if qid == "mood_self_harm":
                return "ja"
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return reviews.pop(0)
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    result = run_interview(gated, ask, "nl", gated_index).result
    assert "self_harm" in result.themes
    lines = " ".join(reason_lines(gated, result, "nl"))
    assert "later veranderd in nee" not in lines
    assert "viel later weg" in lines
    shown = " ".join(line for line, _ in summary_lines(gated, result, "nl", 120))
    assert "Doe je jezelf weleens pijn" not in shown.partition("Niet gesteld")[2]


@pytest.mark.parametrize(
    "text",
    ["ik wil gewoon tips om mijn week beter in te delen", "hoe deel ik mijn tijd beter in"],
)
def test_planning_a_week_is_study_skills_in_dutch_too(text: str) -> None:
    """ "tips om mijn week beter in te delen" was nothing recognised while "tips to plan
    my week better" was study skills (a second role-play, round 30, E8)."""
    assert "study_skills" in themes_of(text)
