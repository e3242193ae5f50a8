"""Round 51: what round 50's closing note and four outsiders' sets (set134-set137)
showed: a bare deadline read as strain, a history said to be over read as a need now,
a screening list of denials, the student's own words in a counsellor's note."""

from __future__ import annotations

import pytest

from .reading import ACUTE, themes_of

# --- a deadline alone is no strain ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Student asks about the minor application deadline and whether courses taken abroad count.",
        "Hi! When is the deadline to register for the resit?",
        "ik schrok me dood toen ik zag dat de deadline vandaag was ipv vrijdag, maar het is gelukt hoor",
        "Dossiernotitie: verzoek om verlenging deadline doorgestuurd naar examencommissie.",
        "is de deadline voor het inschrijven van de minor al verstreken?",
        "my laptop committed suicide right before the deadline",
    ],
)
def test_a_deadline_alone_is_no_strain(text: str) -> None:
    """A bare "deadline" was a stress cue: 225 sentences of tests/data had stress their
    labels did not give (an admin question, a deadline met, a planning question). It
    fails with `deadline*` back in the Dutch stress words."""
    assert "stress" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb drie deadlines deze week en ik werk 25 uur, ik weet nie hoe ik dat ga trekken",
        "I have 4 deadlines next week and I genuinely don't know how I'll make it",
        "het is deadline na deadline sinds blok 2",
        "this deadline is literally killing me, haven't slept in two days",
        "die deadline maakt me echt kapot en ik heb ook nog mijn bijbaan",
        "deadlines stacking up and I can't keep up",
        "zoveel deadlines tegelijk dat ik niet weet waar ik moet beginnen",
    ],
)
def test_deadlines_that_wear_one_down_are_strain(text: str) -> None:
    """Guards: several deadlines at once, one after another, or one that wears the
    student down still give stress."""
    assert "stress" in themes_of(text)
