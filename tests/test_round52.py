# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 52: what four outsiders' sets (set148-set151: Dutch and English mixed in one
message, phone-typed messages, twins that differ in whether the need is now, youth slang)
showed: letters for one's parents said half in Dutch, a life "taken over" by a habit,
"it's giving" as slang, a blackout in the exam hall, weeks of no classes."""

from __future__ import annotations

import pytest

from .reading import ACUTE, themes_of

# --- a risk to life said half in Dutch, half in English ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een plan gemaakt and I wrote letters voor mijn ouders, I think this weekend is it.",
        "I've written brieven for my parents and my sister, they will understand later",
        "heb letters geschreven voor iedereen, ik ben er klaar voor",
        "I left notes voor mijn familie in mijn bureau",
    ],
)
def test_goodbye_letters_said_in_two_languages_are_a_risk_to_life(text: str) -> None:
    """Students in English-taught programmes mix the languages within a clause; the
    letters pattern held only English function words ("for my parents") and the first
    sentence gave nothing at all. Fails without the mixed pattern in lexicon_families.py."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wrote letters to my grandparents for Christmas, voor het eerst in het Nederlands",
        "ik heb brieven geschreven voor de open dag van mijn opleiding",
    ],
)
def test_letters_for_other_occasions_are_no_risk(text: str) -> None:
    """Guard: a Christmas letter, letters for an open day."""
    assert not ACUTE & set(themes_of(text))


# --- "taking over my life" is not taking one's life --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've been binge eating every night and then skipping meals all day, it's lowkey taking over my life",
        "gaming is taking over my life and my grades show it",
        "I'm trying to take control of my life again",
    ],
)
def test_a_habit_taking_over_ones_life_is_no_wish_to_die(text: str) -> None:
    """"take|taking ..3 my own? life" let any three words stand between: "taking over my
    life" was suicidal thoughts, acute. Fails with the gap back in lexicon_more.py or
    lexicon_floor.py."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to take my own life",
        "sometimes i think about taking my life",
        "I want to put an end to my life",
        "i just want to end my life",
        "he's going to end his life, he told me tonight",
    ],
)
def test_taking_ones_life_is_still_found(text: str) -> None:
    """Guard: the words themselves, adjacent, and "an end to my life"."""
    assert ACUTE & set(themes_of(text))


# --- slang and a blackout in the exam hall --------------------------------------------------------


def test_its_giving_is_no_quitting() -> None:
    """"it's giving wrong degree" (slang: it looks like) matched "give ..3 degree" and
    gave a dropout risk, acute. Fails with bare "give|giving" back in the pattern."""
    found = themes_of("it's giving wrong degree tbh, I lowkey hate law and wanna switch to psych")
    assert "dropout_risk" not in found
    assert "study_choice" in found


@pytest.mark.parametrize(
    "text", ["I'm giving up my degree after this block", "thinking of giving up uni altogether"]
)
def test_giving_up_a_degree_is_still_a_dropout_risk(text: str) -> None:
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik word gek van die tentamens, zodra ik in die zaal zit krijg ik een blackout en weet ik niks meer.",
        "I keep failing my stats exam, elke keer als ik de zaal inloop krijg ik een blackout.",
        "as soon as I walk into the exam hall I blank and forget everything",
    ],
)
def test_a_blackout_in_the_exam_hall_is_performance_anxiety(text: str) -> None:
    """The exam and the blackout stood in different clauses, and only the hall was beside
    the blackout: the texts gave addiction alone. Fails without the hall patterns."""
    assert "performance_anxiety" in themes_of(text)


# --- weeks of no classes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "heb al 2 maanden geen colleges meer gevolgd en durf nu nie meer te gaan, denk dat ik ga stoppen",
        "ik heb al weken geen college meer bijgewoond",
        "Ik heb al drie weken geen college meer gezien.",
    ],
)
def test_weeks_without_classes_are_a_dropout_risk(text: str) -> None:
    """Stopped attending, said as "no classes followed for two months" on a phone: nothing
    was found. Fails without the "geen colleges meer gevolgd" patterns."""
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "deze week geen colleges want het is tentamenweek",
        "we hebben vrijdag geen college, mag ik dan langskomen?",
    ],
)
def test_a_week_without_classes_by_timetable_is_no_risk(text: str) -> None:
    """Guard: no classes because of the timetable."""
    assert "dropout_risk" not in themes_of(text)
