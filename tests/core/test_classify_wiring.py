"""`classify` and `unrecognised` put together what they are given: each part checked on
its own (mutation testing found the wiring unchecked by the quick tests: a tier, an
urgency or the catalogue's name could be dropped and only slow end-to-end files saw it)."""

from __future__ import annotations

from pathlib import Path

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.support import emphasis, select_tips
from steunwijzer.core.triage import Reason, classify, unrecognised
from steunwijzer.core.vocabulary import Vocabulary

from ..conftest import MINIMAL, SATURDAY_NIGHT, write

GRIEF_NOW = Reason("test.grief", "x", ("grief",), Tier.ACUTE, Urgency.IMMEDIATE)


def _mentions(catalog: Catalog) -> tuple:  # type: ignore[type-arg]
    found = Vocabulary(catalog.themes).read("ik heb geen zelfmoordgedachten hoor")
    assert found.mentions and all(m.theme == "suicidal_thoughts" for m in found.mentions)
    return tuple(found.mentions)


def test_classify_keeps_tier_urgency_risk_tips_catalogue_and_mentions(
    builtin: Catalog, index: ReferralIndex
) -> None:
    mentions = _mentions(builtin)
    result = classify(builtin, [GRIEF_NOW], "nl", index, False, None, mentions)
    assert (result.tier, result.urgency) == (Tier.ACUTE, Urgency.IMMEDIATE)
    # No risk theme, but "immediate": a risk to life all the same, crisis lines first.
    assert result.risk_to_life is True
    roles = [r.role for r in result.referrals]
    assert roles[0] == "crisis" and roles == sorted(roles, key=lambda role: role != "crisis")
    # The emphasis and the tips of this tier and urgency (others would differ).
    assert result.support_emphasis == emphasis(builtin, Tier.ACUTE) != emphasis(builtin, None)
    tips = select_tips(builtin, Tier.ACUTE, Urgency.IMMEDIATE, result.themes, "emotional")
    assert result.tips == tips
    for other in (
        select_tips(builtin, None, Urgency.IMMEDIATE, result.themes, "emotional"),  # type: ignore[arg-type]
        select_tips(builtin, Tier.ACUTE, None, result.themes, "emotional"),  # type: ignore[arg-type]
    ):
        assert other != tips
    # The emphasis orders the tips: a specific need's informational tips come first.
    sleep = Reason("test.sleep", "x", ("sleep",), Tier.SPECIFIC, None)
    specific = classify(builtin, [sleep], "nl", index, False)
    support = emphasis(builtin, Tier.SPECIFIC)
    assert specific.tips == select_tips(
        builtin, Tier.SPECIFIC, Urgency.ROUTINE, ("sleep",), support
    )
    assert specific.tips != select_tips(builtin, Tier.SPECIFIC, Urgency.ROUTINE, ("sleep",), None)  # type: ignore[arg-type]
    assert (result.catalog_name, result.catalog_version) == (
        builtin.meta.name,
        builtin.meta.version,
    )
    # A mention set aside is kept, unless its theme was found after all.
    assert result.mentions == mentions
    found = classify(
        builtin,
        [GRIEF_NOW, Reason("t.s", "y", ("suicidal_thoughts",), Tier.ACUTE, Urgency.SOON)],
        "nl", index, False, None, mentions,
    )  # fmt: skip
    assert found.mentions == ()


def test_unrecognised_keeps_its_mentions(builtin: Catalog, index: ReferralIndex) -> None:
    mentions = _mentions(builtin)
    assert unrecognised(builtin, index, "nl", mentions).mentions == mentions


def test_classify_adds_a_reachable_line_for_an_immediate_need_without_one(
    tmp_path: Path,
) -> None:
    """A catalogue without crisis lines; grief said to be immediate on a Saturday night:
    the built-in national lines come first (the floor reads the urgency)."""
    result = load_catalog([str(write(tmp_path, "cat.yaml", MINIMAL))])
    assert result.catalog is not None, [str(d) for d in result.diagnostics]
    catalog = result.catalog
    index = ReferralIndex(catalog, SATURDAY_NIGHT)
    found = classify(catalog, [GRIEF_NOW], "nl", index, False)
    assert found.referrals and found.referrals[0].offering.id.startswith("builtin-")


def test_with_reasons_gives_a_memoised_result_this_rows_reasons_and_mentions(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Batch rows that share a need share its classification; each row keeps its own
    reasons (rated) and mentions (those of found themes dropped)."""
    from steunwijzer.core.triage import rate_reasons, with_reasons

    result = classify(builtin, [GRIEF_NOW], "nl", index, False)
    other = Reason("test.other", "y", ("grief",), Tier.ACUTE, Urgency.IMMEDIATE)
    mentions = _mentions(builtin)
    grief = Vocabulary(builtin.themes).read("geen rouw hoor").mentions
    assert grief and all(m.theme == "grief" for m in grief)
    row = with_reasons(result, builtin, [other], mentions + tuple(grief))
    assert row.reasons == rate_reasons(builtin, [other]) and row.reasons != result.reasons
    assert row.mentions == mentions  # grief was found: its mention is not repeated
    assert (row.tier, row.themes, row.referrals) == (result.tier, result.themes, result.referrals)
