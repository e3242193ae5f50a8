"""The one-line why on the first result screen."""

from __future__ import annotations

from steunwijzer.core.interview import replay
from steunwijzer.core.model import Catalog
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.present.explain import why_line


def test_the_most_urgent_finding_is_quoted_and_the_rest_counted_as_reasons(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """An outside role-play: "Waarom: Zelfmoordgedachten (en nog 4)" quoted the passive
    wish, not the plan, and "4" read as four more themes beside one."""
    given = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_intent": "ja"}
    result = replay(builtin, given, "nl", index)
    line = why_line(builtin, result, "en")
    assert "intend to act" in line, line
    assert line.startswith("Suicidal thoughts (and 2 more reasons) — "), line
    one = replay(builtin, {"safety_thoughts": "ja", "safety_plan": "ja"}, "nl", index)
    assert "(en nog 1 reden)" in why_line(builtin, one, "nl")
