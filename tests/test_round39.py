"""Round 39: what round 38's last check found (a permit that hangs on failing courses;
the International Office behind three other offerings for an international student's
money worries), and what this round's outsiders found. The sentences are written for
the tests, not copied from any set."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Tier, Urgency
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke
from .reading import themes_of

# --- a residence permit that hangs on study progress, with failing beside it -----------


@pytest.mark.parametrize(
    "text",
    [
        "my visa depends on passing enough credits and I'm failing two courses",
        "my student visa is basically tied to me getting 30 ects a year and honestly I fail stats",
        "I'm failing two courses and my residence permit is tied to my progress",
        "mijn visum hangt af van mijn studiepunten en ik zak voor twee vakken",
        "mijn visum hangt af van of ik genoeg studiepunten haal en ik heb nu al drie onvoldoendes",
        "ik sta achter met punten en mijn verblijfsvergunning is gekoppeld aan mijn voortgang",
    ],
)
def test_a_permit_hanging_on_failing_courses_is_a_risk_of_dropping_out(text: str) -> None:
    """The first was nothing recognised on 24a18c4 (the one rule wanted "lose my visa");
    the permit tied to progress with courses failed is the risk, in either order."""
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my visa depends on my credits so I want to plan my weeks better",
        "my residence permit depends on my progress, I passed everything so far",
        "mijn verblijfsvergunning hangt af van mijn studievoortgang, dus ik wil goed plannen",
        "I failed to book a visa appointment at the IND",
    ],
)
def test_a_permit_tied_to_progress_alone_is_no_risk(text: str) -> None:
    """Guards (pass on 24a18c4 and must keep passing): the tie alone, with nothing failed,
    is planning, not a risk of dropping out; nor is a failed appointment."""
    assert "dropout_risk" not in themes_of(text)


# --- an international student's own door (round 38's last check) -----------------------


def _ids(index: ReferralIndex, themes: tuple[str, ...], lang: str) -> list[str]:
    tier = Tier.SPECIFIC if "finances" in themes else Tier.PREVENTION
    ranked = index.rank(tier, themes, lang, Urgency.ROUTINE)  # type: ignore[arg-type]
    return [r.offering.id for r in ranked]


@pytest.mark.parametrize(
    "text",
    [
        "I'm an international student and I ran out of money, rent is due",
        "ik ben internationale student en ik heb geen geld meer",
        "as a non-EU student I get no DUO and my rent went up",
        "I moved to the Netherlands for my master and I don't know anyone",
        "mijn verblijfsvergunning verloopt en ik weet niet wat ik moet doen",
        "the IND sent me a letter about my residence permit",
        "I'm an exchange student and I feel so alone here",
        "my visa expires in March and I have to show progress",
    ],
)
def test_being_an_international_student_is_recognised(text: str) -> None:
    """Nothing said "international" on 24a18c4 but a loneliness rule for the words
    "international student"; the permit, the IND, an exchange were not read at all."""
    assert "international_student" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my visa card got declined at the supermarket",
        "I paid with visa",
        "ik woon nu in een nieuwe stad en mis mijn vrienden",
        "we had an international week at uni, it was fun",
    ],
)
def test_a_bank_card_or_a_new_city_is_no_international_student(text: str) -> None:
    """Guards: a Visa card and a move within the country do not make a student
    international (the first was found by this round's own first pattern, "my visa")."""
    assert "international_student" not in themes_of(text)


def test_the_office_is_among_the_first_three_for_an_international_students_money(
    index: ReferralIndex,
) -> None:
    """With money worries the International Office was not among the six referrals on
    24a18c4 (it serves three themes, so fewer-themes offerings won every place)."""
    ids = _ids(index, ("finances", "social_connection", "international_student"), "en")
    assert "vh-international-office" in ids[:3]
    # Round 56 changed the lead on purpose: help for the group the need names first
    # (only_with_themes); DUO, which a non-EU student often has no right to, comes after.
    assert ids[0] == "vh-international-office" and "duo" in ids


def test_money_alone_keeps_the_specialised_help(index: ReferralIndex) -> None:
    """Guard: money worries of a student not said to be international do not bring the
    office (it is for international students only)."""
    assert "vh-international-office" not in _ids(index, ("finances",), "en")


def test_being_international_raises_no_tier(runner: CliRunner) -> None:
    """Guard: the theme is context, tier prevention: with nothing else said the result is
    prevention with the office among the first two and its tip, not a help question (the loneliness
    rule for "international student" of an earlier round stays beside it)."""
    result = invoke(runner, "lookup", "--json", "--text", "I'm an international student")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["tier"] == "prevention"
    assert "international_student" in data["themes"]
    assert "vh-international-office" in [r["id"] for r in data["referrals"][:2]]
    assert "international_practical" in {tip["id"] for tip in data["tips"]}


# --- this round's own second look at plain sentences ---------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik ben al sinds oktober niet meer op de hogeschool geweest", "dropout_risk"),
        ("ik ben al weken niet op de campus geweest", "dropout_risk"),
        ("na de kerst kom ik niet meer op school", "dropout_risk"),
        ("ik denk dat ik ga quitten met mijn studie na dit semester", "dropout_risk"),
        ("ik heb al drie tentamens gemist en durf niet meer te gaan", "dropout_risk"),
        ("I missed every exam this period and I can't face going back", "dropout_risk"),
        ("het is nu een jaar geleden dat mijn zus er niet meer is", "grief"),
        ("het is al maanden dat mijn vriend er niet meer is", "grief"),
        ("I haven't been on campus since october", "dropout_risk"),
        ("I have not been to class all month", "dropout_risk"),
        ("i haven't been to classes this whole block", "dropout_risk"),
        ("ik kots na het eten expres alles weer uit", "eating"),
        ("I throw it all back up after dinner on purpose", "eating"),
        ("ik ga me zo dood schamen als ik die presentatie moet geven", "performance_anxiety"),
        (
            "I'd die of embarrassment if I had to present in front of everyone",
            "performance_anxiety",
        ),
        ("presenting tomorrow and honestly I'm terrified", "performance_anxiety"),
        ("I'm dreading the resit next week", "performance_anxiety"),
    ],
)
def test_plain_sentences_of_known_needs_are_read(text: str, theme: str) -> None:
    """Each was nothing recognised on 24a18c4, or (the purging) self-harm by the second
    net alone, or (presenting in front of everyone) unwanted behaviour alone."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "not_theme"),
    [
        ("I throw it all back up after dinner on purpose", "self_harm"),
        ("I'd die of embarrassment if I had to present in front of everyone", "unwanted_behaviour"),
        ("I have to present in front of the class tomorrow", "unwanted_behaviour"),
        ("I haven't been to uni today because of the train strike", "dropout_risk"),
        ("I missed two lectures because of the flu but I'm going back tomorrow", "dropout_risk"),
        ("het is twee weken geleden dat mijn vriend er niet meer was op de training", "grief"),
        ("ik ga me zo dood schamen als ik die presentatie moet geven", "suicidal_thoughts"),
    ],
)
def test_what_those_sentences_are_not(text: str, not_theme: str) -> None:
    """Purging after a meal is an eating problem, not the net's self-harm with 113 first
    (a guess the rules explain is dropped, as a parent in hospital was for "unsafe at
    home"); presenting in front of a class is no unwanted behaviour; one day away from
    uni is no dropping out, nor two lectures missed with a way back; a friend absent
    from training is no death (the first three failed on 24a18c4; the others guard)."""
    assert not_theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my teacher called me stupid in front of the whole class",
        "he humiliated me in front of everyone at the lab",
    ],
)
def test_being_put_down_in_front_of_others_is_still_unwanted_behaviour(text: str) -> None:
    """Guard: the narrowed rule keeps what it was for."""
    assert "unwanted_behaviour" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "after dinner I throw up and then I cut my arms",
        "als straf eet ik soms twee dagen niks",
        "I throw up after dinner as a punishment because I deserve it",
    ],
)
def test_self_harm_said_with_a_meal_is_still_self_harm(text: str) -> None:
    """Guard: the rules' own self-harm is never dropped for an eating finding beside it,
    nor the net's where the student speaks of punishment (starving or purging "als
    straf": the first version of this round's rule dropped it, and a test of round 13
    caught it); only the net's guess on purging words alone is dropped."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("i looked up which bridge in the city is the highest", "suicidal_thoughts"),
        ("ik heb opgezocht welke brug in de stad het hoogst is", "suicidal_thoughts"),
        ("ik word thuis opgesloten als ik niet doe wat mijn vader zegt", "unsafe_situation"),
    ],
)
def test_the_floor_reads_a_height_weighed_and_being_locked_up(text: str, theme: str) -> None:
    """Nothing recognised on 24a18c4: the height rules wanted "how high" before the
    bridge, the locking-up rule "me" ("sluit me op"), not the passive "word opgesloten"."""
    assert theme in themes_of(text)


def test_stuck_in_a_lift_is_not_being_locked_up() -> None:
    """Guard: "opgesloten" without a person or home beside it is no unsafe situation."""
    assert "unsafe_situation" not in themes_of("ik werd opgesloten in de lift van de bieb")


# --- the outsiders' blind set of this round (tests/data/blind/set117.jsonl) ------------


def test_the_blind_set_of_this_round_holds(runner: CliRunner) -> None:
    """160 intake sentences by an outsider who never saw the code: 144 passed unseen on
    a9b3e51; 155 after this round read its misses (ten ordinary needs, a figure). The
    floor is below what was measured, so a change that loses them fails."""
    result = invoke(runner, "catalog", "test", "tests/data/blind/set117.jsonl", "--json")
    data = json.loads(result.stdout)
    assert data["sentences"] == 160
    assert data["passed"] >= 153, data["misses"]
    assert data["false_alarms"]["acute"] <= 1, data["false_alarms"]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "mn verblijfsvergunning hangt af van mn studievoortgang en ik haal bijna niks",
            "dropout_risk",
        ),
        ("soms praat ik dagenlang met niemand", "social_connection"),
        ("ik wil overstappen naar psychologie maar weet niet hoe dat werkt", "study_choice"),
        ("kan mezelf niet aan t werk zetten, zit de hele dag op tiktok", "study_skills"),
        ("ik begin altijd veel te laat met leren", "study_skills"),
        ("ik schuif mijn scriptie steeds voor me uit", "study_skills"),
        ("werk, studie en mantelzorg tegelijk, ik hou het niet meer bij", "stress"),
        ("i wake up like 6 times a night and im wrecked", "sleep"),
        ("can't get myself to start my essay, it's due friday", "study_skills"),
        ("as an international student i feel like im losing my culture here", "identity"),
    ],
)
def test_the_ordinary_needs_the_blind_set_found_missing(text: str, theme: str) -> None:
    """Each of these ways of saying it (set117's misses, reworded here where a word
    could be changed) was nothing recognised, or another need only, on a9b3e51."""
    assert theme in themes_of(text)


def test_a_boring_lecture_is_a_figure_but_everything_boring_is_not() -> None:
    """ "that lecture was so boring i wanted to die lol" was suicidal thoughts, acute, on
    a9b3e51 (set117); now it is a mention set aside as a figure. "everything is so
    boring, i want to die" names no lecture and stays a risk (guard)."""
    assert "suicidal_thoughts" not in themes_of("that lecture was so boring i wanted to die lol")
    assert "suicidal_thoughts" in themes_of("everything is so boring, i want to die")


@pytest.mark.parametrize("said", ["neej", "neeej", "neeee"])
@pytest.mark.parametrize("question_id", ["area_money", "safety_wish_dead"])
def test_a_long_typed_no_is_a_no(said: str, question_id: str) -> None:
    """The role-play of this round typed "neej" and was told "Dat antwoord past niet."
    (an AnswerError on 6e88414), at an ordinary and at a safety question alike."""
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.answers import parse_answer

    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    question = loaded.question(question_id)
    assert question is not None
    assert parse_answer(question, said) is False


# --- found at the round's review: what the round's own rules took away ----------------


@pytest.mark.parametrize(
    "text",
    [
        "honestly i havent been to a single lecture in like 5 weeks",
        "I haven't been to a single seminar since christmas and I don't think I'll go back",
        "haven't been to one lecture since the break, kinda gave up",
    ],
)
def test_weeks_without_a_single_lecture_stay_a_risk_of_dropping_out(text: str) -> None:
    """The first was dropout risk on 24a18c4 and lost on 05a4f08: the rule of this round
    that replaced "not been to ... lectures" allowed one word before the place, not "a
    single", and named months but no holidays (found by comparing every sentence in
    tests/data before and after the round)."""
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "not_theme"),
    [
        ("mijn huisgenoot zegt al een paar weken dat ze er niet meer wil zijn", "grief"),
        ("mijn moeder zegt al weken dat ze er niet meer wil zijn", "grief"),
        ("Mijn beste vriend wordt thuis opgesloten door zijn ouders.", "unsafe_situation"),
        ("mijn huisgenoot wordt door haar vriend opgesloten in zijn huis", "unsafe_situation"),
    ],
)
def test_someone_else_alive_and_at_risk_is_no_death_and_no_danger_to_the_student(
    text: str, not_theme: str
) -> None:
    """On 05a4f08 "weken ... dat ze er niet meer wil zijn" was read as grief (someone who
    wants to die is not dead), and "wordt opgesloten" about a friend as the student's
    own unsafe situation; the rules now want "er niet meer is" and "ik word opgesloten".
    Concern for the other person stays (guarded below)."""
    assert not_theme not in themes_of(text)
    assert "concern_for_other" in themes_of(text)
