"""Round 47: a counsellor's notes in the third person and without a subject, nightly
drinking said plainly (a role-play of round 46), and what the hostile-files round of
round 46 left."""

from __future__ import annotations

import pytest

from steunwijzer.core.stems import model_stem, stem

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
    and not at all beside "slaapt slecht" (the sleep pattern took the words)."""
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
    """The role-play's "drinkt bijna elke avond, soms een hele fles wijn" was nothing."""
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
