"""The support a need asks for: the emphasis (emotional: be there, listen;
informational: think along, analyse), the emphasis of a mixed need's next tier, and
which of the catalogue's tips apply, in what order. Also the quick reference of tips.
"""

from __future__ import annotations

from collections.abc import Iterable

from steunwijzer.core import safety
from steunwijzer.core.model import Catalog, Tier, Tip, Urgency, max_tier


def theme_tier(catalog: Catalog, theme_id: str) -> Tier:
    theme = catalog.themes.get(theme_id) or safety.ACUTE_THEMES.get(theme_id)
    return theme.tier if theme else Tier.PREVENTION


def emphasis(catalog: Catalog, tier: Tier) -> str:
    """The catalogue's emphasis rule for the need's highest tier decides (its urgency and
    themes do not: a need takes the support style of its highest tier)."""
    return catalog.emphasis.get(tier, "informational")


def emphasis_next(
    catalog: Catalog, tier: Tier, themes: Iterable[str]
) -> tuple[str, tuple[str, ...]] | None:
    """For a mixed need: the emphasis of its next tier down, and that tier's themes."""
    lower = [t for t in themes if theme_tier(catalog, t).rank < tier.rank]
    if not lower:
        return None
    next_tier = max_tier(*(theme_tier(catalog, t) for t in lower))
    chosen = tuple(t for t in lower if theme_tier(catalog, t) is next_tier)
    return emphasis(catalog, next_tier), chosen


_STYLE_ORDER = {
    "emotional": ("emotional", "combined", "informational"),
    "both": ("emotional", "informational", "combined"),
    "informational": ("informational", "combined", "emotional"),
}


def select_tips(
    catalog: Catalog, tier: Tier, urgency: Urgency, themes: Iterable[str], support: str
) -> tuple[Tip, ...]:
    """The tips that apply; a theme's own tips first (themes in serving order), then by
    the emphasis: its style first."""
    ordered = list(dict.fromkeys(themes))
    found = set(ordered)
    chosen = [
        tip
        for tip in catalog.tips
        if (not tip.tiers or tier in tip.tiers)
        and (not tip.urgencies or urgency in tip.urgencies)
        and (not tip.themes or found & set(tip.themes))
        and not _later(catalog, tip, urgency, found)
    ]
    order = _STYLE_ORDER.get(support, _STYLE_ORDER["both"])

    def key(tip: Tip) -> tuple[int, int]:
        style = order.index(tip.style) if tip.style in order else 9
        own = [ordered.index(t) for t in tip.themes if t in found]
        return (min(own) if own else len(ordered), style)

    return tuple(sorted(chosen, key=key))


def _later(catalog: Catalog, tip: Tip, urgency: Urgency, found: set[str]) -> bool:
    """Danger now: another need's thinking-along tip waits for a later conversation. "Fewer
    screens and less caffeine" and "make a money overview" beside a partner who hits and
    has her bank card (a role-play, round 43, intake 7) read as if the danger were not
    heard; emotional support softens acute stress, informational support helps later."""
    return (
        urgency is Urgency.IMMEDIATE
        and tip.style == "informational"
        and bool(tip.themes)
        and all(theme_tier(catalog, t) is not Tier.ACUTE for t in tip.themes if t in found)
    )


def reference_tips(catalog: Catalog, tier: Tier | None, style: str | None) -> tuple[Tip, ...]:
    """Tips for the quick reference (`steunwijzer tips`): combined tips always apply."""
    return tuple(
        tip
        for tip in catalog.tips
        if (tier is None or not tip.tiers or tier in tip.tiers)
        and (style is None or tip.style in (style, "combined"))
    )


# Tips for a risk to life or safety, and those meant only for an urgent need, come first
# under a heading of their own: grouped by style, "ask where the means are" was the last
# of nine tips and "where can the student sleep safely tonight" last of seven (a
# role-play, round 10); a counsellor reads the top of the list.
_SAFETY_TIP_THEMES = frozenset((*safety.RISK_TO_LIFE, "sexual_violence"))


def tip_groups(tips: Iterable[Tip], support: str = "both") -> list[tuple[str, list[Tip]]]:
    """The tips in the groups they are shown in, empty ones left out: safety first, then
    the styles in the order of the need's emphasis (emotional: "be there first, then
    think along" right after the emotional tips, not after the informational ones: a
    role-play, round 10), except that the style of the first need's own tip leads;
    within a group the order of ``tips`` (see select_tips)."""
    styles = list(_STYLE_ORDER.get(support, _STYLE_ORDER["both"]))

    def group_of(tip: Tip) -> str:
        if tip.urgencies or not _SAFETY_TIP_THEMES.isdisjoint(tip.themes):
            return "safety"
        return tip.style if tip.style in styles else "combined"

    # The first need's own tip leads its style's group: "believe the student; reporting
    # is their choice" for bullying at a placement stood below "look at the rhythm of the
    # day" for the sleep mentioned after it, because the need's emphasis put the
    # informational group first (a role-play, round 43).
    first_own = next((group_of(tip) for tip in tips if tip.themes), "safety")
    if first_own != "safety":
        styles.remove(first_own)
        styles.insert(0, first_own)
    groups: dict[str, list[Tip]] = {g: [] for g in ("safety", *styles)}
    for tip in tips:
        groups[group_of(tip)].append(tip)
    return [(g, chosen) for g, chosen in groups.items() if chosen]
