"""Round 28: what the round's outsiders found (role-plays in a real terminal, blind sets
of messages as students write them) and what round 27 left noted. Each test was run on
the commit before its fix and failed there unless its docstring says it guards."""

from __future__ import annotations

from functools import cache

import pytest

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.model import Catalog
from steunwijzer.core.vocabulary import Vocabulary


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("connection_friends", "niet echt, ik zit vooral bij die vriendinnen"),
        ("area_study", "niet echt, ik mis wel eens een werkgroep maar dat haal ik in"),
        ("area_mood", "vaak niet, soms in de tentamenweek wat gestrest maar dat heeft iedereen"),
        ("area_mood", "not often, only in exam week like everyone"),
        ("area_money", "valt wel mee, mijn ouders betalen de huur"),
        ("area_sleep", "nee, prima. wel te lang op mijn telefoon voor het slapen"),
        ("area_sleep", "no, fine. I do scroll too long before bed"),
    ],
)
def test_a_mild_no_with_words_after_it_is_a_no(
    builtin: Catalog, question_id: str, typed: str
) -> None:
    """ "niet echt, ik zit vooral bij ..." was refused where "not really, ..." was read
    (round 26's P6); "vaak niet, soms ... een beetje" and "nee, prima. wel te lang op
    mijn telefoon" were read as yes (round 27's Q25). The English "no, fine. I do ..."
    guards: it was read as a no before."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) is False


@pytest.mark.parametrize(
    ("question_id", "typed", "expected"),
    [
        ("area_sleep", "niet echt, maar soms wel", True),
        ("area_sleep", "nee prima, soms wel", True),
        ("area_sleep", "nee, toch wel", True),
        ("area_sleep", "nee, prima", False),
        ("safety_wish_dead", "niet echt, meer dat het makkelijker zou zijn", UNKNOWN),
        ("safety_wish_dead", "nee, prima. wel eens gedacht dat het makkelijker zou zijn", UNKNOWN),
        ("mood_self_harm", "niet echt, ik kras alleen soms", True),
    ],
)
def test_a_mild_no_never_hides_a_yes_or_a_doubt(
    builtin: Catalog, question_id: str, typed: str, expected: object
) -> None:
    """Guards: a yes said after the mild no still counts, and at a safety or sensitive
    question a mild no with words after it stays doubt or a yes, never a no."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("valt wel mee eigenlijk, een 5 of zo", 5),
        ("honestly, like a 7 out of 10 today", 7),
        ("niet meer te dragen, een 10", 10),
        ("pff. een zes denk ik", 6),
    ],
)
def test_a_scale_number_among_words_is_read(builtin: Catalog, typed: str, expected: int) -> None:
    """ "valt wel mee eigenlijk, een 5 of zo" was refused at the 0-10 scale where "een 5
    of zo" alone was read (round 26's P6). "pff. een zes denk ik" guards."""
    question = builtin.question("mood_weight")
    assert question is not None
    assert parse_answer(question, typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["een 5 of zo, soms een 8", "het is een 3, maar gisteren een 9", "geen 5", "7.5"],
)
def test_two_numbers_or_a_negated_one_are_asked_again(builtin: Catalog, typed: str) -> None:
    """Guards: two numbers in two clauses are two readings, and a negated number none."""
    question = builtin.question("mood_weight")
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, typed)


@cache
def _vocabulary() -> Vocabulary:
    from steunwijzer.catalog.load import load_catalog

    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    return Vocabulary(loaded.themes)


def _themes(text: str) -> set[str]:
    return set(_vocabulary().read(text).themes)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set90: spelt by ear, words run together
        ("soms hoop ik dat ik gewoon nietmeer wakker wordt smorgens", "suicidal_thoughts"),
        ("sexual assult by a guy from my dorm. didnt report it", "sexual_violence"),
        ("my roomate took way to many pills last nite", "concern_for_other"),
        ("mn vriend drinkt elke dag tot ie omvalt en rijd dan nog auto", "concern_for_other"),
        ("my flatmate drinks every night and then drives home", "concern_for_other"),
        # set91: older students, PhD candidates, carers
        ("My husband overdosed on his antidepressants last weekend", "concern_for_other"),
        ("mijn schoonvader heeft een overdosis genomen", "concern_for_other"),
        ("My wife died in September", "grief"),
        ("our stepdad passed away after a long illness", "grief"),
        ("Onze zoon is vorig jaar stil geboren", "grief"),
        ("Last night I sat in the garage with the engine running for a while", "suicidal_thoughts"),
        ("ik zat gisteravond in de garage met de motor aan", "suicidal_thoughts"),
        (
            "I've written letters to my kids and sorted out the passwords for my wife",
            "suicidal_thoughts",
        ),
        ("my husband forces sex when I say no", "sexual_violence"),
        (
            "mijn schoonfamilie zegt dat ik ervoor ga boeten als ik mijn man verlaat",
            "unsafe_situation",
        ),
        (
            "a colleague hasn't been seen for days and posted sorry for everything",
            "concern_for_other",
        ),
    ],
)
def test_what_spelling_by_ear_and_older_students_say_is_read(text: str, theme: str) -> None:
    """Lines of round 28's blind sets (set90: students who spell by ear; set91:
    part-time students, PhD candidates, carers) and their neighbours, written for the
    family, not the one line (the stepdad's and the colleague's lines were read before:
    guards)."""
    assert theme in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Mijn proefschrift gaat over seksueel geweld in conflictgebieden", "sexual_violence"),
        ("I self-harmed as a teenager, twenty years ago, and have had no urges since", "self_harm"),
        (
            "I warm up the car in the garage with the engine running on cold mornings",
            "suicidal_thoughts",
        ),
        ("daar ga ik in de tentamenweek nog voor boeten", "unsafe_situation"),
        ("been drinking every night and thinking about driving into a tree", "concern_for_other"),
    ],
)
def test_their_harmless_neighbours_stay_harmless(text: str, theme: str) -> None:
    """A doctorate about a risk, a past with no urges since, a car warming up, a price
    paid in exam week, the writer's own drinking: not the theme (the last two guard)."""
    assert theme not in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    "text",
    [
        "de kinderen zouden met de uitkering van mijn levensverzekering beter af zijn dan met mij",
        "my wife would be better off without me",
        "been drinking every night and thinking about driving my car into a tree",
    ],
)
def test_a_spouse_or_the_children_named_keep_the_writers_own_risk(text: str) -> None:
    """Guards: with spouses among the people a risk can be about, the writer's own wish
    stays the writer's ("kinderen" is left out of that list for the first line)."""
    assert "suicidal_thoughts" in _themes(text), _vocabulary().read(text)
