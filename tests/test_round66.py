# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 66: outsiders' sets (set361 onwards: sexual health, online life gone wrong,
gambling and crypto, a criminal record, young carers, eating disorders), two intake
role-plays in a real terminal and the fixes they asked for. Each test names its source
and fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.prompts import QuestionPrompt

from .reading import ACUTE, lookup_json, themes_of

if TYPE_CHECKING:
    from steunwijzer.core.model import Catalog


def _read(catalog: Catalog, qid: str, said: str) -> object:
    question = catalog.question(qid)
    assert question is not None
    return parse_answer(question, said)


# --- the safety screen ---------------------------------------------------------------------


def test_words_of_the_wish_beside_the_no_ask_that_question_again_at_once(
    builtin: Catalog,
) -> None:
    """A role-play (round 66, intake 2): "no... I mean what's the point, I'll never get a
    job anyway" at the wish was a plain no on the record, while the panel on the same
    screen named "what's the point" as suicidal thoughts; only the review at the end asked
    again. Words beside a no at the question itself now ask it again, before anything else."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.referrals import ReferralIndex

    from .conftest import MONDAY_2PM
    from .intake import answering

    seen: list[object] = []
    said = {"safety_wish_dead": "no... I mean what's the point, I'll never get a job anyway"}
    run_interview(builtin, answering(said, "", seen), "en", ReferralIndex(builtin, MONDAY_2PM))
    asked = [p for p in seen if isinstance(p, QuestionPrompt)]
    first, second = asked[0], asked[1]
    assert first.question.id == "safety_wish_dead" and not first.recheck
    assert second.question.id == "safety_wish_dead" and second.recheck
    assert second.previous is False
    # asked again once: the same words a second time do not loop
    assert sum(p.question.id == "safety_wish_dead" and p.recheck for p in asked) == 1


def test_a_plain_no_at_the_wish_is_asked_once(builtin: Catalog) -> None:
    """Guard: a plain "no" is not asked again."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.referrals import ReferralIndex

    from .conftest import MONDAY_2PM
    from .intake import answering

    seen: list[object] = []
    run_interview(builtin, answering({}, "", seen), "en", ReferralIndex(builtin, MONDAY_2PM))
    assert not [p for p in seen if isinstance(p, QuestionPrompt) and p.recheck]


@pytest.mark.parametrize(
    "said",
    [
        # a role-play (round 66, intake 3): a roommate who may have taken pills
        "ja nee, ik ben gewoon bang dat hij iets gedaan heeft",
        "yes no, I'm scared my roommate did something",
        "ja nee, ik ben bezorgd dat zij iets gaat doen",
    ],
)
def test_ja_nee_with_a_fear_for_someone_else_is_a_no(builtin: Catalog, said: str) -> None:
    """ "ja nee, ik ben gewoon bang dat hij iets gedaan heeft" to "have you done or prepared
    anything to end your life?" was doubt, and "direct danger: do not leave the student
    alone" for a student whose fear was for the roommate."""
    assert _read(builtin, "safety_behaviour", said) is False


@pytest.mark.parametrize(
    "said", ["ja nee", "ja nee, ik ben bang dat ik iets ga doen", "yes no, I'm afraid I did"]
)
def test_ja_nee_stays_doubt_otherwise(builtin: Catalog, said: str) -> None:
    """Guard: a bare "ja nee", or one with the student's own act, stays doubt."""
    assert _read(builtin, "safety_behaviour", said) == UNKNOWN


def test_away_from_everyone_is_no_kind_of_wish(builtin: Catalog) -> None:
    """A role-play (round 66, intake 3): "nee, niet dood. gewoon weg van iedereen" was
    doubt, kept 113 first and "Op 1 van de veiligheidsvragen bleef het antwoord open" for a
    student whose need was an image shared without consent."""
    assert _read(builtin, "safety_wish_dead", "nee, niet dood. gewoon weg van iedereen") is False


@pytest.mark.parametrize("said", ["no, not dead, just gone", "nee, gewoon weg van alles"])
def test_just_gone_stays_doubt(builtin: Catalog, said: str) -> None:
    """Guard (round 65): gone, or away from everything, is still doubt."""
    assert _read(builtin, "safety_wish_dead", said) == UNKNOWN


# --- free text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set362: a counsellor's note naming the student and nobody else; the sextortion
        # (acute) kept the reading as the student's own words from adding her thoughts
        (
            "Student reports she was targeted by sextortion via Snapchat and paid twice. She indicates she has thought about ending her life in recent days; she denies a concrete plan.",
            "suicidal_thoughts",
        ),
        # set361, set364: stopping, the programme unnamed
        ("already emailed my SLB'er that I'm stopping after this week", "dropout_risk"),
        (
            "VOG afgewezen voor de pabo. Ik denk dat ik maar stop voor de kerst, heeft geen zin meer om door te gaan voor iets wat ik nooit mag worden",
            "dropout_risk",
        ),
        # set361, set362, set366: intimate images shared
        (
            "Studente geeft aan dat haar ex intieme foto's van haar heeft gedeeld in de groepsapp van haar jaar.",
            "sexual_violence",
        ),
        ("he posted my underwear pics in a group chat without asking me", "sexual_violence"),
        (
            "mijn ex heeft filmpjes van ons samen in een telegram groep gezet, ik heb nooit toestemming gegeven",
            "sexual_violence",
        ),
        # set365: the marks of a lighter
        (
            "started wearing long sleeves again. the lighter marks are easier to deal with than the feeling",
            "self_harm",
        ),
        # set366, set365: a housemate who throws up blood; bandages on both forearms
        (
            "mijn huisgenoot braakt elke avond na het eten en vanochtend zag ik bloed in de wc",
            "concern_for_other",
        ),
        (
            "Huisgenote draagt al weken verband om beide onderarmen en zegt dat het van de kat is",
            "concern_for_other",
        ),
        # set362: hiding now; a viewer who found out which uni
        ("I'm hiding in the toilet right now, I don't want to go outside", "unsafe_situation"),
        (
            "a viewer from my stream figured out which uni I go to from a background in one of my vods",
            "unsafe_situation",
        ),
        # a role-play (round 66, intake 2): a lender's threat, the verb after "langs"
        ("hij appt me elke dag. zegt dat hij langs komt als ik niet betaal", "unsafe_situation"),
        # specific needs the sets found missing
        ("ik heb al mijn duo geld vergokt op een app", "addiction"),
        ("hoe stop ik met wedden op voetbal?? heb mezelf al 3x laten uitsluiten", "addiction"),
        ("lootboxes in fc24, heb er dit jaar zeker 1200 euro in gestoken", "addiction"),
        ("every time i go out i end up at chemsex parties", "addiction"),
        ("is there anyone here who knows about ED recovery? asking for me", "eating"),
        ("s nachts eet ik alles op wat er in de kast ligt, hele pakken koek", "eating"),
        ("I keep 'forgetting' lunch and dinner", "eating"),
        ("the thought I get after visiting mum at the verpleeghuis", "family_circumstances"),
        ("mn moeder herkent me niet eens meer", "family_circumstances"),
        ("My brother got 5 years. Visiting is on Wednesday mornings", "family_circumstances"),
    ],
)
def test_needs_the_blind_sets_found_missing(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # 'weet ..2 waar' read through a not (round 65's note, left open then)
        ("gelukkig weet hij niet waar ik nu woon", "unsafe_situation"),
        (
            "I don't know where you live, can you send me your address for the card?",
            "unsafe_situation",
        ),
        ("he doesn't know where my parents live, thank god", "unsafe_situation"),
        ("they don't know where my mum works and I want to keep it that way", "unsafe_situation"),
        # guards beside the new patterns
        ("my lighter burns my thumb when I light candles", "self_harm"),
        (
            "I'm quitting... my part-time job at the bar, not uni! finally more time to study",
            "dropout_risk",
        ),
        ("we wedden op wie het eerst klaar is met de scriptie", "addiction"),
        ("we played hide and seek and I was hiding in the closet for an hour", "unsafe_situation"),
        ("ik stop na de kerst met mijn bijbaan bij de Jumbo", "dropout_risk"),
    ],
)
def test_ordinary_lines_near_the_new_patterns_stay_calm(text: str, theme: str) -> None:
    """The three English lines of not knowing where were threats before this round (the
    Dutch one is a guard: its word order kept it calm); the rest are guards."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "hij zegt dat hij weet waar ik woon",
        "he said he knows where I live",
        "they know exactly where my mum works",
        "hij weet heus wel waar mijn ouders wonen",
    ],
)
def test_a_threat_of_knowing_where_is_kept(text: str) -> None:
    """Guard: the threat without a not still is one."""
    assert "unsafe_situation" in themes_of(text)


def test_notes_lent_for_a_course_are_no_farewell_notes() -> None:
    """A role-play (round 66, intake 4): "nope, zero. well one guy lends me his notes but I
    think that's a business relationship" at the friends question was the second net's
    "resembles suicidal thoughts" (0.98 on "notes but I think"), and the lonely student's
    intake ended acute."""
    data = lookup_json(
        "nope, zero. well one guy lends me his notes but I think that's a business relationship"
    )
    assert not ACUTE & set(data["themes"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "I wrote notes for my family and I think it's time",
        "he lends me his notes and I wrote my goodbye notes too",
    ],
)
def test_farewell_notes_stay_a_risk(text: str) -> None:
    """Guard: notes of goodbye, beside lent ones too."""
    assert "suicidal_thoughts" in themes_of(text)
