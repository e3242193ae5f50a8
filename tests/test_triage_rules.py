"""Exact behaviour of the tier rules that mutation testing found unguarded (issue 17):
what an override records and recomputes, and which tips the quick reference lists."""

from __future__ import annotations

from dataclasses import replace

import pytest

from steunwijzer.core.interview import replay
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import apply_override, reference_tips
from steunwijzer.errors import UserInputError

from .conftest import MONDAY_2PM
from .test_triage_scenarios import safe


def test_raising_to_acute_recomputes_everything_for_acute(builtin: Catalog) -> None:
    index = ReferralIndex(builtin, MONDAY_2PM)
    before = replay(builtin, safe(area_money="yes"), "nl", index)
    assert before.tier is Tier.SPECIFIC and before.urgency is Urgency.ROUTINE
    after = apply_override(builtin, index, before, Tier.ACUTE, None)
    assert after.override is not None
    assert after.override.previous is Tier.SPECIFIC and after.override.tier is Tier.ACUTE
    assert after.override.reason is None
    assert after.tier is Tier.ACUTE and after.urgency is Urgency.SOON
    assert after.support_emphasis in ("emotional", "both")  # acute leans emotional
    assert before.support_emphasis == "informational"
    assert after.tips and all(not t.tiers or Tier.ACUTE in t.tiers for t in after.tips)
    assert "warm_handoff" in [t.id for t in after.tips]  # an acute-only tip
    assert not {t.id for t in after.tips if t.tiers and Tier.ACUTE not in t.tiers}
    assert after.referrals[0].offering.crisis and after.referrals[0].open_now is True
    assert after.themes == before.themes and after.reasons == before.reasons


def test_raising_keeps_a_higher_urgency(builtin: Catalog) -> None:
    index = ReferralIndex(builtin, MONDAY_2PM)
    before = replace(
        replay(builtin, safe(area_money="yes"), "nl", index), urgency=Urgency.IMMEDIATE
    )
    after = apply_override(builtin, index, before, Tier.ACUTE, None)
    assert after.urgency is Urgency.IMMEDIATE
    assert "stay_present" in [t.id for t in after.tips]  # the tip for immediate urgency


def test_raising_to_specific_keeps_urgency_and_reranks(builtin: Catalog) -> None:
    index = ReferralIndex(builtin, MONDAY_2PM)
    before = replay(builtin, safe(area_growth="yes"), "nl", index)
    assert before.tier is Tier.PREVENTION
    after = apply_override(builtin, index, before, Tier.SPECIFIC, " ")
    assert after.tier is Tier.SPECIFIC and after.urgency is before.urgency
    assert after.override is not None and after.override.reason is None  # blank: none
    assert after.tips and all(not t.tiers or Tier.SPECIFIC in t.tiers for t in after.tips)
    assert "make_it_concrete" in {t.id for t in after.tips}  # a specific-only tip


def test_lowering_needs_a_reason_and_keeps_the_referrals(builtin: Catalog) -> None:
    index = ReferralIndex(builtin, MONDAY_2PM)
    before = replay(builtin, safe(area_loss="yes"), "nl", index)
    assert before.tier is Tier.ACUTE
    with pytest.raises(UserInputError, match="needs a reason"):
        apply_override(builtin, index, before, Tier.SPECIFIC, "  ")
    after = apply_override(builtin, index, before, Tier.SPECIFIC, " besproken ")
    assert after.tier is Tier.SPECIFIC and after.referrals == before.referrals
    assert after.tips == before.tips and after.urgency is before.urgency
    assert after.override is not None and after.override.reason == "besproken"
    assert apply_override(builtin, index, before, Tier.ACUTE, None) is before  # unchanged


def test_reference_tips_filters(builtin: Catalog) -> None:
    every = {t.id for t in builtin.tips}
    assert {t.id for t in reference_tips(builtin, None, None)} == every
    for tier in Tier:
        wanted = {t.id for t in builtin.tips if not t.tiers or tier in t.tiers}
        assert {t.id for t in reference_tips(builtin, tier, None)} == wanted
        assert wanted != every  # each tier leaves some tips out
    for style in ("emotional", "informational"):
        wanted = {t.id for t in builtin.tips if t.style in (style, "combined")}
        assert {t.id for t in reference_tips(builtin, None, style)} == wanted
        assert "follow_up" in wanted  # combined tips always apply
    acute = {t.id for t in reference_tips(builtin, Tier.ACUTE, None)}
    assert {"warm_handoff", "follow_up"} <= acute and "make_it_concrete" not in acute


def test_reasons_show_yes_and_no_as_words(builtin: Catalog) -> None:
    index = ReferralIndex(builtin, MONDAY_2PM)
    result = replay(builtin, safe(area_money="yes", connection_places="no"), "nl", index)
    shown = {r.rule: r.answer for r in result.reasons}
    assert shown["money"] == "area_money = yes"
    assert "connection_places = no" in shown["weak_connection"]
    assert "connection_safe = yes" in shown["weak_connection"]
