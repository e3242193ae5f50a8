"""Round 28: what the round's outsiders found (role-plays in a real terminal, blind sets
of messages as students write them) and what round 27 left noted. Each test was run on
the commit before its fix and failed there unless its docstring says it guards."""

from __future__ import annotations

import pytest

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.model import Catalog


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
