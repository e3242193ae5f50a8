"""How the referral list is filled: rounds per theme, what counts as covered, entry points
for uncovered themes (written for the mutants that lived in core/referrals.py)."""

from __future__ import annotations

from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.referrals import MAX_ENTRY, ReferralIndex

from .test_referrals import MOMENTS, catalog_of, offering

SPECIFIC = (Tier.SPECIFIC,)


def _picks(index: ReferralIndex, themes: tuple[str, ...], lang: str = "nl") -> list[str]:
    return [o.id for o, _ in index.picks(Tier.SPECIFIC, themes, lang, Urgency.ROUTINE)]  # type: ignore[arg-type]


def test_an_offering_counts_for_every_theme_it_serves(builtin: Catalog) -> None:
    """low_mood is served twice by the other themes' first picks, so it waits until the
    third round; a theme skipped in a round does not end that round for the others."""
    catalog = catalog_of(
        builtin,
        offering("o1", 1, tiers=SPECIFIC, themes=("low_mood", "sleep")),
        offering("o2", 2, tiers=SPECIFIC, themes=("stress", "low_mood")),
        # Focused offerings rank first for a theme; in English only, these rank last.
        offering("o3", 3, tiers=SPECIFIC, themes=("low_mood",), languages=("en",)),
        offering("o4", 4, tiers=SPECIFIC, themes=("sleep",), languages=("en",)),
        offering("o5", 5, tiers=SPECIFIC, themes=("stress",), languages=("en",)),
    )
    index = ReferralIndex(catalog, MOMENTS[0])
    assert _picks(index, ("low_mood", "sleep", "stress")) == ["o1", "o2", "o4", "o5", "o3"]


def test_uncovered_themes_get_one_entry_point_per_tier_at_most_two(builtin: Catalog) -> None:
    """Themes no offering serves: an entry point for each of their tiers, in the student's
    language first, never more than MAX_ENTRY, never past the limit."""
    catalog = catalog_of(
        builtin,
        offering("intake-nl", 1, tiers=(Tier.PREVENTION,), themes=(), entry_point=True),
        offering(
            "intake-en", 2, tiers=(Tier.SPECIFIC,), themes=(), entry_point=True, languages=("en",)
        ),
        offering(
            "psych", 3, tiers=(Tier.ACUTE,), themes=(), entry_point=True, languages=("nl", "en")
        ),
    )
    index = ReferralIndex(catalog, MOMENTS[0])
    themes = ("grief", "sleep", "self_insight")  # acute, specific, prevention: none served
    assert MAX_ENTRY == 2
    english = _picks(index, themes, "en")
    # grief's tier first (the acute entry point), then sleep's, in the student's language
    assert english == ["psych", "intake-en"], english
    assert _picks(index, themes, "nl") == ["psych", "intake-nl"]
    one = ReferralIndex(catalog, MOMENTS[0], 1)
    assert len(_picks(one, themes, "en")) == 1


def test_rank_works_out_the_risk_itself(index: ReferralIndex) -> None:
    """Without a risk flag given, "immediate" makes grief a risk to life: crisis lines
    first, all of them before any other referral."""
    ranked = index.rank(Tier.ACUTE, ("grief",), "nl", Urgency.IMMEDIATE)
    roles = [r.role for r in ranked]
    assert roles[0] == "crisis" and roles == sorted(roles, key=lambda role: role != "crisis")


def test_the_crisis_panel_without_any_acute_offering(builtin: Catalog) -> None:
    catalog = catalog_of(builtin, offering("course", 1, tiers=SPECIFIC, themes=("sleep",)))
    panel = ReferralIndex(catalog, MOMENTS[0]).crisis_panel(("suicidal_thoughts",), "nl")
    assert [r.offering.id for r in panel] == ["builtin-113", "builtin-112"]
