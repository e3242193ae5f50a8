"""The safety floor in code (``core/safety.py``): what counts as a risk to life, and the
screen's fixed order, follow-up logic and place.

Written to kill the mutants that survived ``bench/mutation.sh`` on ``core/safety.py``
(docs/mutation.md). Each assertion is one a break would fail: ``or`` made ``and`` in
``is_risk_to_life``, a follow-up asked of everyone (or of no one), a "yes" compared with
the wrong value, a reworded question losing its section or logic.
"""

from __future__ import annotations

import pytest

from steunwijzer.core import safety
from steunwijzer.core.model import Location, Text, Tier, Urgency

QUIET = Urgency.ROUTINE


@pytest.mark.parametrize("theme", sorted(safety.RISK_TO_LIFE))
def test_each_risk_theme_alone_is_a_risk_to_life(theme: str) -> None:
    assert safety.is_risk_to_life([theme], QUIET)
    assert safety.is_risk_to_life(("grief", theme), Urgency.SOON)


def test_immediate_urgency_or_an_override_alone_is_a_risk_to_life() -> None:
    assert safety.is_risk_to_life([], Urgency.IMMEDIATE)
    assert safety.is_risk_to_life(["grief"], Urgency.IMMEDIATE)
    assert safety.is_risk_to_life([], QUIET, override_to_acute=True)
    assert safety.is_risk_to_life(["sleep"], Urgency.SOON, True)


@pytest.mark.parametrize("urgency", [Urgency.ROUTINE, Urgency.SOON])
def test_other_acute_needs_are_not_a_risk_to_life(urgency: Urgency) -> None:
    assert not safety.is_risk_to_life([], urgency)
    assert not safety.is_risk_to_life(["grief", "dropout_risk"], urgency)
    assert not safety.is_risk_to_life(iter(["sleep"]), urgency, override_to_acute=False)


def test_the_default_screen_keeps_its_order_and_place() -> None:
    ids = [q.id for q in safety.DEFAULT_SCREEN]
    assert ids == list(safety.SCREEN_IDS)
    assert ids == [
        "safety_wish_dead",
        "safety_thoughts",
        "safety_method",
        "safety_intent",
        "safety_plan",
        "safety_behaviour",
    ]
    for question, item in zip(safety.DEFAULT_SCREEN, safety.SCREEN, strict=True):
        assert question.type == "yes_no"
        assert question.section == "safety"
        assert question.location == safety.BUILTIN == Location("<steunwijzer>", 1)
        assert question.text == item.text and question.help == item.help


def test_asked_of_everyone_and_the_follow_ups_after_a_yes_or_dont_know_to_thoughts() -> None:
    """An outside role-play answered "weet niet" to thoughts of ending one's life and the
    interview went straight on, without asking about a method, intent or plan: a "don't
    know" is no "no", so the follow-ups are asked."""
    by_id = {q.id: q for q in safety.DEFAULT_SCREEN}
    for always in ("safety_wish_dead", "safety_thoughts", "safety_behaviour"):
        assert by_id[always].when is None
    for follow_up in ("safety_method", "safety_intent", "safety_plan"):
        when = by_id[follow_up].when
        assert when is not None
        assert when.evaluate({"safety_thoughts": True})
        assert not when.evaluate({"safety_thoughts": False})
        assert when.evaluate({"safety_thoughts": "unknown"})
        assert not when.evaluate({"safety_wish_dead": True})
        assert not when.evaluate({})


def test_a_reworded_question_keeps_the_logic() -> None:
    item = safety.SCREEN_BY_ID["safety_intent"]
    text = Text("Ben je van plan het te doen?", "Are you planning to do it?")
    help_ = Text("Rustig vragen.", "Ask calmly.")
    where = Location("mijn.yaml", 12)
    question = safety.screen_question(item, text, help_, where)
    assert question.text == text and question.help == help_ and question.location == where
    assert question.id == "safety_intent" and question.type == "yes_no"
    assert question.section == "safety"
    # The follow-up condition is built here, not only at import (mutation testing found
    # the don't-know half unchecked on a reworded question).
    assert question.when is not None
    assert question.when.evaluate({"safety_thoughts": True})
    assert question.when.evaluate({"safety_thoughts": "unknown"})
    assert not question.when.evaluate({"safety_thoughts": False})
    assert not question.when.evaluate({"safety_intent": "unknown"})
    assert question.when is not None and question.when.evaluate({"safety_thoughts": True})
    assert not question.when.evaluate({"safety_thoughts": False})
    # Only the text reworded: the help stays steunwijzer's own, and the other way round.
    assert safety.screen_question(item, text).help == item.help
    assert safety.screen_question(item, help_=help_).text == item.text
    assert safety.screen_question(item).location == safety.BUILTIN


def test_the_national_crisis_lines_are_reachable_now() -> None:
    lines = {o.id: o for o in safety.NATIONAL_CRISIS}
    assert set(lines) == {"builtin-113", "builtin-112"}
    for line in lines.values():
        assert line.crisis and line.active and line.hours is not None and line.hours.always
        assert line.waiting_days == 0 and line.contact.phones
        assert safety.SUICIDAL in line.themes
    assert "113" in lines["builtin-113"].contact.phones
    assert lines["builtin-112"].contact.phones == ("112",)
    assert set(safety.ACUTE_THEMES) >= safety.RISK_TO_LIFE
    assert all(theme.tier is Tier.ACUTE for theme in safety.ACUTE_THEMES.values())
