"""Round 46: an answer of "none of these" at a question of several choices, what an
outsiders' blind set (set129), a role-play and a hostile-files round showed."""

from __future__ import annotations

import pytest

from steunwijzer.core.answer_errors import AnswerError
from steunwijzer.core.answers import parse_answer
from steunwijzer.core.model import Catalog

# --- "geen van deze" at a question of several choices ------------------------------------

NONE_CHOSEN = [
    "geen",
    "niks",
    "Niets daarvan",
    "geen van deze",
    "Nee, geen van deze",
    "geen van allen",
    "none",
    "none of these",
    "none of the above",
    "nothing really",
    "weet niet",
    "geen idee eigenlijk",
    "no idea",
    "nee hoor",
]


@pytest.mark.parametrize("said", NONE_CHOSEN)
def test_none_of_these_is_none_chosen(builtin: Catalog, said: str) -> None:
    """A role-play (round 45) saw "none of these" refused at a question of several
    choices, where Enter was taken as none."""
    question = next(q for q in builtin.questions if q.id == "study_worries")
    assert parse_answer(question, said) == ()


@pytest.mark.parametrize(
    ("said", "chosen"),
    [
        ("none of these... maybe 4?", ("falling_behind",)),
        ("geen van deze, misschien 4?", ("falling_behind",)),
        ("none of these really, maybe 2", ("planning",)),
    ],
)
def test_choice_after_none_of_these_is_kept(
    builtin: Catalog, said: str, chosen: tuple[str, ...]
) -> None:
    """"none of these... maybe 4?" was refused (a role-play, round 45)."""
    question = next(q for q in builtin.questions if q.id == "study_worries")
    assert parse_answer(question, said) == chosen


@pytest.mark.parametrize(
    "said",
    [
        "geen, ik wil dood",  # never a word dropped: asked again
        "geen planning",  # "geen" names a choice here, turned around: not read as none
        "no planning",
        "none of the above, its more my family",
    ],
)
def test_none_with_unread_words_is_asked_again(builtin: Catalog, said: str) -> None:
    """Guards: words after "none" that name no choice are never dropped."""
    question = next(q for q in builtin.questions if q.id == "study_worries")
    with pytest.raises(AnswerError):
        parse_answer(question, said)
