"""Round 31, the intake and the catalogue's referrals: what a role-play of five intakes in
a real terminal found (A7, B5 of round 30, E1), and a second role-play on the round's
build. Each test was run on the round's start (2d47fe3) and failed there, except the
cases marked as guards."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.heard import heard_beside
from steunwijzer.core.model import Catalog
from steunwijzer.core.triage import Reason
from steunwijzer.core.vocabulary import Vocabulary

from .conftest import invoke


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("No. Obviously not. Can we get to the workshop please?", False),
        ("nee. kunnen we verder?", False),
        ("Nee, echt niet. Waarom moet je dat weten?", False),
        ("no. how many more questions?", False),
        ("nee?", UNKNOWN),  # guards: a no asked back is doubt
        ("no... or do I?", UNKNOWN),  # guards
        ("No. But sometimes I wish I could sleep forever. Can we move on?", UNKNOWN),  # guards
    ],
)
def test_a_no_that_asks_to_move_on_is_a_no(builtin: Catalog, typed: str, expected: object) -> None:
    """ "No. Obviously not. Can we get to the workshop please?" was doubt about a wish to
    be dead (its question mark taken as a no taken back): the crisis panel opened for a
    student who came for a workshop (a role-play, round 31, E1)."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, typed) == expected


def test_a_theme_counted_already_is_not_heard_again(builtin: Catalog) -> None:
    """ "nee, alleen soms een slaappil van mijn moeder" after a yes to sleeping badly said
    "also heard, not counted yet: sleep problems" (a role-play, round 31, A7)."""
    vocabulary = Vocabulary(builtin.themes)
    said = "nee hoor, ik slaap gewoon heel slecht de laatste weken door alles"
    assert "sleep" in heard_beside(vocabulary, builtin, "area_substances", said)
    counted = [Reason("rule.sleep", "area_sleep = yes", ("sleep",))]
    assert "sleep" not in heard_beside(vocabulary, builtin, "area_substances", said, counted)


def test_a_young_carer_finds_help_for_carers(runner: CliRunner) -> None:
    """A young carer's family circumstances named only the student dean (a role-play,
    round 30, B5; round 31, C2): the built-in catalogue now has MantelzorgNL."""
    result = invoke(runner, "lookup", "--theme", "family_circumstances", "--json")
    ids = [r["id"] for r in json.loads(result.stdout)["referrals"]]
    assert "mantelzorgnl" in ids
    assert "vh-studentendecaan" in ids


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        # a no with its reason beside it (a second role-play, round 31, B1, D1)
        ("safety_wish_dead", "No. Not like that. I just feel empty since my father died", False),
        ("mood_self_harm", "no, I never cut or anything. I just mean that I don't eat", False),
        ("mood_self_harm", "nee, ik snij niet of zo", False),
        ("mood_self_harm", "no I don't cut, I just skip meals", False),
        # the how said, the when missing (A3)
        ("safety_plan", "nee, niet wanneer", UNKNOWN),
        ("safety_plan", "no, not when", UNKNOWN),
        # guards: an act or a "since" that is the exception stays doubt
        ("mood_self_harm", "no, just scratching", UNKNOWN),
        ("mood_self_harm", "nee, alleen krassen", UNKNOWN),
        ("safety_wish_dead", "no, not since january", UNKNOWN),
        ("safety_wish_dead", "nee, sinds vorige week niet meer", UNKNOWN),
    ],
)
def test_a_no_with_its_reason_is_a_no_and_a_missing_when_is_doubt(
    builtin: Catalog, question: str, typed: str, expected: object
) -> None:
    """A clear no with a reason beside it was doubt: "since my father died" read as "no,
    not since", "I never cut" as a cut named beside the no; the result led with suicidal
    thoughts and the handout with 113 (a second role-play, round 31, B1, D1). And "nee,
    niet wanneer" to "have you worked out how and when?" was a plain no (A3)."""
    asked = builtin.question(question)
    assert asked is not None
    assert parse_answer(asked, typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["waarom vraag je dat?", "Why do you need to know that?", "why are you asking me this",
     "waarom moet je dat weten"],
)  # fmt: skip
def test_asking_why_shows_the_questions_help(typed: str) -> None:
    """ "why do you need to know that?" got a bare "That answer does not fit" (a
    role-play, round 31, E4; a second one, A6, B6): it shows the question's help, which
    for the first safety question now says what to tell a student who asks why."""
    from steunwijzer.core.answer_words import asks_meaning
    from steunwijzer.core.safety import SCREEN

    assert asks_meaning(typed)
    first = next(item for item in SCREEN if item.id == "safety_wish_dead")
    assert "waarom" in first.help.nl and "why" in first.help.en


def test_a_stalked_student_finds_victim_support(runner: CliRunner) -> None:
    """A student stalked by her ex found nothing for victims (a role-play, round 31,
    D3): Slachtofferhulp Nederland is among the referrals of an unsafe situation."""
    result = invoke(
        runner, "lookup", "--theme", "unsafe_situation", "--at", "2026-12-02T10:30", "--json"
    )
    ids = [r["id"] for r in json.loads(result.stdout)["referrals"]]
    assert ids[0] == "veilig-thuis"
    assert "slachtofferhulp" in ids


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("since the breakup in september", "long"),
        ("sinds de verhuizing in augustus", "long"),
        ("since september", "long"),  # guards
    ],
)
def test_since_an_event_in_a_month_is_a_duration(
    builtin: Catalog, typed: str, expected: str
) -> None:
    """ "since the breakup in september" was refused ("Type 1 or 2") while "since
    september" was read (a role-play, round 31, D5)."""
    question = builtin.question("sleep_duration")
    assert question is not None
    assert parse_answer(question, typed) == expected
