"""Which tips a counsellor sees first (core/support.py), on tips built inline."""

from __future__ import annotations

from types import SimpleNamespace

from steunwijzer.core.model import Text, Tier, Tip, Urgency
from steunwijzer.core.support import select_tips


def _tip(id_: str, style: str, *themes: str) -> Tip:
    return Tip(id_, style, Text(id_, id_), themes=themes)


def _ids(tips: tuple[Tip, ...], themes: tuple[str, ...], support: str) -> list[str]:
    catalog = SimpleNamespace(tips=tips)
    chosen = select_tips(catalog, Tier.SPECIFIC, Urgency.ROUTINE, themes, support)  # type: ignore[arg-type]
    return [t.id for t in chosen]


def test_a_themes_own_tips_come_first_in_the_themes_order_then_by_style() -> None:
    """Own tips before general ones even when their style ranks lower, and among own
    tips the order of the themes served; a tip for two themes counts where its first
    found theme stands (found by mutation testing: none of this was checked)."""
    tips = (
        _tip("general_emotional", "emotional"),
        _tip("sleep_informational", "informational", "sleep"),
        _tip("grief_combined", "combined", "grief"),
        _tip("money_and_sleep", "informational", "finances", "sleep"),
        _tip("general_informational", "informational"),
    )
    order = _ids(tips, ("grief", "sleep"), "emotional")
    assert order == [
        "grief_combined",  # the first theme's own tip
        "sleep_informational",  # the second theme's own tips, catalogue order
        "money_and_sleep",  # serves sleep (finances was not found)
        "general_emotional",  # then the emphasis: emotional first
        "general_informational",
    ], order
    # Another serving order puts sleep's tips first.
    assert _ids(tips, ("sleep", "grief"), "emotional")[:3] == [
        "sleep_informational",
        "money_and_sleep",
        "grief_combined",
    ]
