"""Where the catalogue's offer has gaps: a themes x tiers map and the gaps in words.

The factsheet asks counsellors to know what their institution offers and to point out
where the offer is unclear; this is the coordinator's view of exactly that.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from steunwijzer.core.model import Catalog, Text, Tier


@dataclass(frozen=True, slots=True)
class Gap:
    """One hole in the catalogue: a theme or tier without fitting help."""

    kind: str  # no_offering, no_crisis_line, no_english, no_after_hours, waiting_list_only
    theme: str | None
    message: Text


@dataclass(frozen=True, slots=True)
class CoverageReport:
    """Which offerings serve which theme and tier, and the gaps that leaves."""

    themes: tuple[str, ...]
    counts: Mapping[str, Mapping[Tier, int]]  # theme -> tier -> active offerings
    gaps: tuple[Gap, ...]


def coverage(catalog: Catalog) -> CoverageReport:
    active = [o for o in catalog.offerings if o.active]
    themes = tuple(sorted(catalog.themes, key=lambda t: (-catalog.themes[t].tier.rank, t)))
    counts = {
        theme: {
            tier: sum(1 for o in active if theme in o.themes and tier in o.tiers) for tier in Tier
        }
        for theme in themes
    }
    gaps: list[Gap] = []
    if not any(o.crisis for o in active):
        gaps.append(
            Gap(
                "no_crisis_line",
                None,
                Text(
                    "Geen actieve crisislijn: bij acute signalen toont steunwijzer alleen de "
                    "ingebouwde landelijke lijnen.",
                    "No active crisis line: for acute signals steunwijzer shows only its built-in "
                    "national lines.",
                ),
            )
        )
    for theme_id in themes:
        theme = catalog.themes[theme_id]
        label_nl, label_en = theme.label.nl, theme.label.en
        serving = [o for o in active if theme_id in o.themes]
        if not serving:
            gaps.append(
                Gap(
                    "no_offering",
                    theme_id,
                    Text(
                        f"Geen actief aanbod voor '{label_nl}'.",
                        f"No active offering for '{label_en}'.",
                    ),
                )
            )
            continue
        if not any("en" in o.languages for o in serving):
            gaps.append(
                Gap(
                    "no_english",
                    theme_id,
                    Text(
                        f"Geen Engelstalig aanbod voor '{label_nl}'.",
                        f"No offering in English for '{label_en}'.",
                    ),
                )
            )
        if theme.tier is not Tier.ACUTE:
            continue
        acute = [o for o in serving if Tier.ACUTE in o.tiers or o.crisis]
        if not any(o.hours is not None and o.hours.open_outside_office_hours() for o in acute):
            gaps.append(
                Gap(
                    "no_after_hours",
                    theme_id,
                    Text(
                        f"Geen acute hulp buiten kantoortijden voor '{label_nl}'.",
                        f"No acute help outside office hours for '{label_en}'.",
                    ),
                )
            )
        if not any(o.waiting_days == 0 for o in acute):
            gaps.append(
                Gap(
                    "waiting_list_only",
                    theme_id,
                    Text(
                        f"Geen acute hulp zonder wachtlijst voor '{label_nl}'.",
                        f"No acute help without a waiting list for '{label_en}'.",
                    ),
                )
            )
    return CoverageReport(themes, counts, tuple(gaps))
