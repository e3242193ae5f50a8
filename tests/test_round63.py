# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 63: the safety screen reads a past as a past (core/answer_past.py), outsiders'
sets (set322 onwards), role-plays and a hostile tester. Each test names its source and
fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Tier, Urgency

from .intake import answering
from .reading import read_answer

if TYPE_CHECKING:
    from steunwijzer.core.model import Catalog
    from steunwijzer.core.referrals import ReferralIndex

# --- a past on the safety screen: earlier, not now (core/answer_past.py) ----------------


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("safety_behaviour", "twee jaar geleden"),
        ("safety_behaviour", "twee jaar geleden, nu gaat het goed"),
        ("safety_behaviour", "hx of SH age 15, none since"),
        ("safety_behaviour", "years ago yes, not now"),
        ("safety_behaviour", "no. tried at 17, fine since"),
        ("safety_behaviour", "lang geleden"),
        ("safety_behaviour", "niet de afgelopen drie maanden, wel vorig jaar"),
        ("safety_behaviour", "toen ik 16 was, sindsdien nooit meer"),
        ("safety_behaviour", "a year ago I took pills, I'm doing better now"),
        ("safety_behaviour", "nee, op de middelbare school wel een keer"),
        ("safety_thoughts", "nu niet, vroeger wel"),
        ("safety_thoughts", "used to, not anymore"),
        ("safety_wish_dead", "in my teens, not now"),
        ("safety_behaviour", "earlier"),
    ],
)
def test_a_past_outside_the_window_is_earlier(builtin: Catalog, qid: str, answer: str) -> None:
    """Three of four role-plays of round 62: an attempt two years ago, told honestly,
    was "don't know" (or refused), and a don't-know on the behaviour question is an
    intent nobody could rule out: "Immediate danger: call 112" for a student who came for
    exam anxiety."""
    assert read_answer(builtin, qid, answer) == EARLIER


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("ja, gisteren", True),
        ("ja, twee jaar geleden en vorige maand weer", True),
        ("vroeger wel, nu nog steeds soms", True),
        ("ja, sinds vorig jaar", True),
        ("ja, vorig jaar ook", True),
        ("used to, but it came back", UNKNOWN),
        ("not to end it, burned my arm last week", UNKNOWN),
        ("nee, nu niet", UNKNOWN),
        ("weet niet", UNKNOWN),
    ],
)
def test_a_past_that_is_also_now_keeps_its_reading(
    builtin: Catalog, answer: str, expected: object
) -> None:
    """Guard: anything that says it is here now too ("weer", "nog steeds", "sinds vorig
    jaar", "came back", "last week") is no past; "nee, nu niet" names no past and stays
    doubt. (Without the "now" test, "ja, sinds vorig jaar" read as earlier: soon, where
    a yes is immediate.)"""
    assert read_answer(builtin, "safety_behaviour", answer) == expected


def test_an_old_attempt_is_acute_soon_and_says_so(builtin: Catalog, index: ReferralIndex) -> None:
    """Role-play 2 of round 62: "nu niet, vroeger wel" and "twee jaar geleden, nu gaat
    het goed" gave urgency immediate. Now: acute (never lowered), soon, the crisis line
    first, and the reason says it was earlier."""
    from steunwijzer.present.explain import reason_lines

    given = {
        "safety_thoughts": "nu niet, vroeger wel",
        "safety_behaviour": "twee jaar geleden, nu gaat het goed",
    }
    result = run_interview(builtin, answering(given, ""), "nl", index).result
    assert result.tier is Tier.ACUTE
    assert result.urgency is Urgency.SOON
    assert "suicidal_thoughts" in result.themes
    assert result.referrals[0].offering.crisis
    lines = " ".join(reason_lines(builtin, result, "nl"))
    assert "Eerder wel, niet in de gevraagde periode" in lines
    assert "weet niet" not in lines.lower()


def test_earlier_thoughts_do_not_open_the_follow_ups(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Thoughts before the past month are no thoughts in it: the C-SSRS screener goes on
    to behaviour; method, intent and plan after "vroeger wel, nu niet" asked about a plan
    the student had just said was in the past."""
    from steunwijzer.core.prompts import QuestionPrompt

    seen: list[object] = []
    given = {"safety_thoughts": "vroeger wel, nu niet"}
    run_interview(builtin, answering(given, "", seen), "nl", index)  # type: ignore[arg-type]
    asked = {p.question.id for p in seen if isinstance(p, QuestionPrompt)}
    assert "safety_behaviour" in asked
    assert not asked & {"safety_method", "safety_intent", "safety_plan"}


def test_earlier_is_shown_as_said(builtin: Catalog) -> None:
    from steunwijzer.present.labels import format_answer

    question = next(q for q in builtin.questions if q.id == "safety_behaviour")
    assert format_answer(question, EARLIER, "nl") == "eerder wel, nu niet"
    assert format_answer(question, EARLIER, "en") == "earlier, not now"


def test_a_doubt_corrected_to_earlier_is_no_taken_back_no(
    builtin: Catalog,
) -> None:
    """A "weet niet" cleared up as "twee jaar geleden" is not "first read as don't know,
    later changed to no": the earlier reason says what it is. A first yes corrected to
    earlier still says it was a yes first (never lowered silently)."""
    from steunwijzer.core.ownwords import taken_back_reasons as taken_back

    first = {"safety_behaviour": UNKNOWN}
    final = {"safety_behaviour": EARLIER}
    assert not [r for r in taken_back(builtin, first, final) if "behaviour" in r.rule]
    yes_first = [
        r for r in taken_back(builtin, {"safety_behaviour": True}, final) if "behaviour" in r.rule
    ]
    assert yes_first and yes_first[0].tier is Tier.ACUTE
