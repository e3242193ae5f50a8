"""Round 32, the intake: what a role-play of five intakes in a real terminal saw (a
bereaved student who wants to be with his friend; a student who plays an eating problem
down). Each test failed on the round's start (c3b548d) unless its docstring says it is
a guard."""

from __future__ import annotations

import pytest

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import Prompt, QuestionPrompt
from steunwijzer.core.referrals import ReferralIndex

from .intake import answering as _answering


def test_the_built_in_self_harm_question_is_asked_of_everyone(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 32 (C2): "nee joh, ik ben gewoon gezond bezig" to feeling low
    left the self-harm question out; the students who play things down were never asked.
    It fails with the question's old `when: area_mood == yes or not answered(area_mood)`."""
    seen: list[Prompt] = []
    answer = _answering({"area_mood": "nee joh, ik ben gewoon gezond bezig"}, "", seen)
    run_interview(builtin, answer, "nl", index)
    asked = [p.question.id for p in seen if isinstance(p, QuestionPrompt)]
    assert "mood_self_harm" in asked and asked.index("mood_self_harm") < asked.index("own_words")


def test_a_friend_who_died_by_suicide_is_no_one_to_reach_now(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 32 (B1): "hij heeft drie maanden geleden een einde aan zijn leven
    gemaakt" at the loss question gave concern for someone else, and the crisis panel said
    to check whether that person can be reached now."""
    told = "ja. mijn beste vriend. hij heeft drie maanden geleden een einde aan zijn leven gemaakt."
    result = run_interview(builtin, _answering({"area_loss": told}, ""), "nl", index).result
    assert "grief" in result.themes
    assert "concern_for_other" not in result.themes


def test_the_wish_to_be_with_him_is_heard_in_the_own_words(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 32 (B2): "Ik mis hem zo erg. Ik wil gewoon bij hem zijn. Soms lig
    ik 's nachts bij zijn graf" was "niets herkend" at the own words."""
    own = "Ik mis hem zo erg. Ik wil gewoon bij hem zijn. Soms lig ik s nachts bij zijn graf."
    result = run_interview(builtin, _answering({"area_loss": "ja"}, own), "nl", index).result
    assert result.tier is Tier.ACUTE and result.risk_to_life
    assert "suicidal_thoughts" in result.themes


def test_the_open_safety_answers_note_is_never_cut_first(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 32 (B5, E4): at 72 and 60 columns the first result screen cut
    "Op 2 van de veiligheidsvragen bleef het antwoord open (weet niet…", the one line that
    says to ask again before the student leaves; notes of less weight are cut first."""
    from steunwijzer.render.screen import fitted_summary

    answers = {"safety_wish_dead": "weet niet", "safety_thoughts": "weet niet"}
    result = run_interview(builtin, _answering(answers, ""), "nl", index).result
    for width, room in ((72, 14), (60, 15)):
        lines, _ = fitted_summary(builtin, result, "nl", width, room, True)
        shown = " ".join(line for line, _ in lines)
        assert "veiligheidsvragen bleef het antwoord open" in shown, (width, shown)
        assert "voordat de student weggaat" in shown, (width, shown)
        assert lines[0][0].startswith("Niveau: ACUUT")


@pytest.mark.parametrize(
    ("question", "said", "read"),
    [
        ("behaviour_kind", "bullying I guess", "unwanted"),
        ("behaviour_kind", "probably bullying", "unwanted"),
        ("mood_weight", "5 maybe 6", 6),
        ("mood_weight", "7 misschien 8", 8),
    ],
)
def test_a_hedged_answer_in_words_is_read(
    builtin: Catalog, question: str, said: str, read: object
) -> None:
    """A role-play, round 32 (A3): "a number, or the answer in words" refused "bullying I
    guess" and "5 maybe 6"; "pesten denk ik" and "5 of 6" were read already. A range at
    a scale is read as its higher end, the safer reading of how heavy it weighs."""
    from steunwijzer.core.answers import parse_answer

    found = builtin.question(question)
    assert found is not None
    assert parse_answer(found, said) == read


def test_a_take_back_is_read_in_its_own_sentence(builtin: Catalog) -> None:
    """A second role-play, round 32 (A3): "nee... eigenlijk wel. Ik slaap nu elke nacht in
    de kamer van mijn zus, anders lukt het niet." was read as a plain no: the "niet" of
    the next sentence undid the "wel". "nee. Ik slaap prima, niet slecht." stays a no."""
    from steunwijzer.core.answers import parse_answer

    sleep = builtin.question("area_sleep")
    assert sleep is not None
    said = "nee... eigenlijk wel. Ik slaap in de kamer van mijn zus, anders lukt het niet."
    assert parse_answer(sleep, said) is True
    assert parse_answer(sleep, "nee. Ik slaap prima, niet slecht.") is False


def test_a_quiet_stretch_of_track_looked_up_is_urgent() -> None:
    """A second role-play, round 32 (B1): "I looked up which stretch of the railway near
    my house is the quietest" was urgency soon, below a joke about uninstalling oneself.
    A place chosen is preparation."""
    from .reading import builtin_vocabulary

    found = builtin_vocabulary().read(
        "I looked up which stretch of the railway near my house is the quietest"
    )
    assert any(f.theme == "suicidal_thoughts" and f.immediate for f in found.findings)


def test_going_home_after_class_is_no_dropping_out() -> None:
    """A second role-play, round 32 (A4): "niet echt meer, ik ga alleen naar huis na
    college" at the contact question added an acute dropout risk at once."""
    from .reading import themes_of

    assert "dropout_risk" not in themes_of("niet echt meer, ik ga alleen naar huis na college")
    assert "dropout_risk" in themes_of("ik ga al weken niet meer naar de werkgroepen")  # guard


def test_a_wish_to_be_with_her_at_the_first_question_is_the_students_own(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A second role-play, round 32 (A1): "nee hoor, het gaat prima. Ik wil gewoon bij haar
    zijn, dat is alles." to "wished you were dead?" (a sister who had died) was concern
    for her, and the panel said to check whether she could be reached now. A worry about
    a roommate stays someone else's (a guard)."""
    said = "nee hoor, het gaat prima. Ik wil gewoon bij haar zijn, dat is alles."
    result = run_interview(builtin, _answering({"safety_wish_dead": said}, ""), "nl", index).result
    assert "suicidal_thoughts" in result.themes
    assert "concern_for_other" not in result.themes
    worried = {"safety_wish_dead": "nee, maar ik maak me zorgen om mijn kamergenoot"}
    other = run_interview(builtin, _answering(worried, ""), "nl", index).result
    assert "concern_for_other" in other.themes
