"""Round 29, the intake's answers: what a role-play of five intakes in a real terminal
found (K2, K5, K7, M2, M9, N2). Each test was run on the commit before its fix and
failed there unless its docstring says it guards."""

from __future__ import annotations

import pytest

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.prompts import QuestionPrompt
from steunwijzer.core.referrals import ReferralIndex

from .reading import themes_of
from .terminal_helpers import scripted

# --- the intake's answers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("2 and 4. If I don't get my 30 credits I lose my permit", {"planning", "falling_behind"}),
        ("Vooral 2, en eigenlijk ook wel 4", {"planning", "falling_behind"}),
        ("1 en 3 denk ik. vooral het eerste", {"exams_fear", "wrong_choice"}),  # guards
        ("2", {"planning"}),  # guards
    ],
)
def test_every_number_said_is_a_choice(builtin: Catalog, typed: str, chosen: set[str]) -> None:
    """ "2 and 4. If I don't get my 30 credits ..." kept only the label its sentence named
    ("credits"), "Vooral 2, en eigenlijk ook wel 4" only the 2 (a role-play, round 29, K2
    and M9): what was said lost without a word."""
    question = builtin.question("study_worries")
    assert question is not None
    assert set(parse_answer(question, typed)) == chosen  # type: ignore[arg-type]


def test_a_mixed_language_mild_no_is_a_no(builtin: Catalog) -> None:
    """ "niet really, soms laat maar dat is van het gamen" to the sleep question was read
    as yes (a role-play, round 29, N2)."""
    question = builtin.question("area_sleep")
    assert question is not None
    assert parse_answer(question, "niet really, soms laat maar dat is van netflix") is False


def test_nails_in_the_palms_beside_a_no_to_self_harm_is_doubt(builtin: Catalog) -> None:
    """ "Nee, ... al zet ik mijn nagels in mijn handpalmen" to the self-harm question was a
    plain no (a role-play, round 29, M2), while a harmless exception was doubt."""
    question = builtin.question("mood_self_harm")
    assert question is not None
    said = "nee, dat doe ik niet, al ben ik zo kwaad dat ik mijn nagels in mijn handpalmen zet"
    assert parse_answer(question, said) == UNKNOWN
    assert "self_harm" in themes_of("als ik boos ben zet ik mijn nagels in mijn handpalmen")
    assert "self_harm" in themes_of("I dig my nails into my palms when it gets too much")


def _intake(builtin: Catalog, index: ReferralIndex, script: dict[str, list[object]], lang: Lang):
    seen, result = scripted(builtin, index, script, lang)
    return result, seen


def test_a_counsellors_note_in_the_third_person_is_the_student(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "yes, sometimes, she said it would be easier not to wake up" typed at the death
    wish question was concern for someone else: "find out whether that person can be
    reached" for a person who did not exist (a role-play, round 29, K7)."""
    script = {"safety_wish_dead": ["yes, sometimes, she said it would be easier not to wake up"]}
    result, _ = _intake(builtin, index, script, "en")
    assert "suicidal_thoughts" in result.themes
    assert "concern_for_other" not in result.themes


def test_someone_named_beside_a_no_stays_someone_else(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards: a sister named beside a no is still the sister, not the student."""
    script = {"safety_wish_dead": ["nee, maar mijn zus zei dat ze niet meer wakker wil worden"]}
    result, _ = _intake(builtin, index, script, "nl")
    assert "concern_for_other" in result.themes
    assert "suicidal_thoughts" not in result.themes


def test_what_is_heard_after_the_own_words_is_said_so_and_kept(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Heard at a safety question asked again after the own words, money worries were
    "to confirm at the own words", which had passed: they were nowhere after (a
    role-play, round 29, K5). The screen is told, and the result shows them."""
    script = {
        "safety_wish_dead": ["nee", "ja, soms. ik heb ook grote geldzorgen en schulden"],
        # heard before the own words, offered there and declined: no mention after
        "area_sleep": ["ja, en ik voel me ook al weken erg somber en leeg"],
        "own_words": ["soms denk ik dat het makkelijker zou zijn om niet meer wakker te worden"],
    }
    result, seen = _intake(builtin, index, script, "nl")
    told = [p for p in seen if isinstance(p, QuestionPrompt) and p.taken]
    assert told and told[-1].told and "finances" in told[-1].taken
    assert "finances" in {m.theme for m in result.mentions}
    assert "low_mood" not in {m.theme for m in result.mentions}


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Nee, maar ik ben wel moe", False),
        ("nee, soms wel moe van alle deadlines", UNKNOWN),
        ("nee, maar ik ben wel eens zo wanhopig dat ik dood wil", UNKNOWN),  # guards
        ("nee, soms wel", True),  # guards
    ],
)
def test_tired_is_no_yes_to_the_death_wish(builtin: Catalog, typed: str, read: object) -> None:
    """ "Nee, maar ik ben wel moe" was doubt and "nee, soms wel moe" a yes to "have you
    wished you were dead?": the crisis panel, "contact 113 today", for a tired student
    who said no (a second role-play, round 29, S1). "wel eens" is still a frequency."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, typed) == read
