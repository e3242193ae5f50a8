"""A Rich table of batch outcomes, for a person to read."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table

from .batch import Outcome
from .model import Catalog, Lang
from .render import TIER_STYLE, safe


def batch_table(
    console: Console, catalog: Catalog, outcomes: Sequence[Outcome], lang: Lang
) -> None:
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    for column in ("id", "tier", "themes", "referrals"):
        table.add_column(column, ratio=1 if column in ("id", "tier") else 2)
    for o in outcomes:
        if o.result is None:
            table.add_row(
                safe(o.case_id), safe("error", "red"), safe(f"line {o.line}: {o.error}"), safe("")
            )
            continue
        r = o.result
        table.add_row(
            safe(o.case_id),
            safe(str(r.tier), TIER_STYLE[r.tier]),
            safe(", ".join(catalog.theme_label(t, lang) for t in r.themes)),
            safe(", ".join(x.offering.name.get(lang) for x in r.referrals[:3])),
        )
    console.print(table)
