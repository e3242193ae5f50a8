"""Round 24: answers people give that were refused, and guards around them.

Each case was seen refused in a role-play of round 23 (Z15) in other words; these are new
wordings of the same kinds, with neighbours that must keep their old reading. Run on the
commit before the fix (`6918a61`) the cases fail ("That answer does not fit"); the
guards pass there too and say so.
"""

from __future__ import annotations

import pytest

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.model import Catalog, Question


def _question(builtin: Catalog, qid: str) -> Question:
    return next(q for q in builtin.questions if q.id == qid)


@pytest.mark.parametrize(
    ("qid", "said", "read"),
    [
        # the chat "ya" for yes, alone or before what the student adds
        ("area_substances", "ya", True),
        ("area_substances", "yah, most weekends tbh", True),
        ("area_sleep", "yeh", True),
        ("area_money", "yh", True),
        ("safety_thoughts", "ya sometimes", True),  # a guard: "sometimes" was a yes
        # how many, to "do you have friends ...?"
        ("connection_friends", "a few", True),
        ("connection_friends", "a couple of them", True),
        ("connection_friends", "een paar wel", True),
        ("connection_friends", "een stuk of vier", True),
        ("connection_friends", "some", True),
        ("connection_friends", "geen", False),
        ("connection_friends", "niemand", False),
        ("connection_friends", "none really", False),
        ("connection_contact", "a few", "partly"),
        ("connection_contact", "een paar", "partly"),
        ("connection_contact", "some", "partly"),
        # "both" with a hedge around it
        ("mood_kind", "both i guess", ("low", "stress")),
        ("mood_kind", "allebei denk ik", ("low", "stress")),
        ("mood_kind", "ja, allebei", ("low", "stress")),
        ("mood_kind", "yeah both probably", ("low", "stress")),
        (
            "study_worries",
            "all five i think",
            ("exams_fear", "planning", "wrong_choice", "falling_behind", "thinking_of_stopping"),
        ),
        # since when, with a word between "since" and the month
        ("sleep_duration", "since like march", "long"),
        ("sleep_duration", "sinds begin januari", "long"),
        ("sleep_duration", "since around october", "long"),
        ("sleep_duration", "sinds ongeveer half september", "long"),
    ],
)
def test_answers_people_give_are_read(builtin: Catalog, qid: str, said: str, read: object) -> None:
    assert parse_answer(_question(builtin, qid), said) == read


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # "ya know" is "you know", no yes (a guard: refused before the change too)
        ("area_substances", "ya know, not really"),
        # how many, turned around: asked again, never a yes
        ("connection_friends", "not many"),
        ("connection_friends", "a few, not close ones though"),
        ("connection_friends", "een paar, maar niet echt vrienden"),
        # "both" turned around or beside other words stays refused
        ("mood_kind", "not both"),
        ("mood_kind", "both, no wait"),
        # three of five is no "all": which three is asked
        ("study_worries", "alle drie denk ik"),
        ("study_worries", "all three"),
    ],
)
def test_turned_or_unclear_answers_are_asked_again(builtin: Catalog, qid: str, said: str) -> None:
    with pytest.raises(AnswerError):
        parse_answer(_question(builtin, qid), said)


def test_ya_know_is_doubt_on_the_safety_screen_never_a_yes_or_a_no(builtin: Catalog) -> None:
    """On a safety question a sentence that is neither yes nor no is doubt (asked again
    in the terminal, read as don't know in a file): "ya know" must not make it a yes."""
    assert parse_answer(_question(builtin, "safety_thoughts"), "ya know, not really") == UNKNOWN


def test_none_is_a_no_that_an_exception_still_takes_back(builtin: Catalog) -> None:
    """ "geen" is a plain no now; what follows a no still counts as before (a guard)."""
    question = _question(builtin, "safety_plan")
    assert parse_answer(question, "geen") is False
    assert parse_answer(question, "nee, maar ik heb wel pillen gespaard") is not False
