"""The catalogue as Markdown (for intranets and wikis, written with export.markdown) and
as CSV (one row per offering)."""

from __future__ import annotations

import csv
import io

from steunwijzer.core.floor import crisis_lines_with_floor, with_floor_lines
from steunwijzer.core.model import Catalog, Lang, Offering, Tier
from steunwijzer.core.safety import RISK_TO_LIFE
from steunwijzer.export.html import label, offering_facts
from steunwijzer.export.markdown import Page
from steunwijzer.io.escape import csv_cell, md_contact, md_escape
from steunwijzer.present.labels import offering_texts, safety_line_names, tier_label
from steunwijzer.present.phrasing import contact_routes
from steunwijzer.present.texts import t

CSV_FIELDS = (
    "id",
    "status",
    "crisis",
    "provider",
    "organization",
    "name",
    "description",
    "tiers",
    "themes",
    "format",
    "languages",
    "phone",
    "email",
    "url",
    "chat",
    "address",
    "hours",
    "cost",
    "waiting_days",
    "eligibility",
    "how_to_access",
    "last_reviewed",
)


def _md_card(page: Page, o: Offering, lang: Lang) -> None:
    contact = " · ".join(md_contact(value) for _kind, value in contact_routes(o))
    facts = offering_facts(o, lang, contact, md_escape)
    lead = o.how_to_access.get(lang) if o.how_to_access else None
    page.card(4, o.name.get(lang), o.description.get(lang), facts, lead, strong=False)


def export_markdown(catalog: Catalog, lang: Lang) -> str:
    active = [o for o in catalog.offerings if o.active]
    page = Page()
    page.heading(1, label("title", lang))
    page.block(f"_{md_escape(catalog.meta.name)}_")
    crisis = crisis_lines_with_floor(active)  # 113 and 112 always (round 15)
    if crisis:
        page.heading(2, label("crisis", lang))
        for o in crisis:
            _md_card(page, o, lang)
    for tier in (Tier.ACUTE, Tier.SPECIFIC, Tier.PREVENTION):
        themes = sorted(
            (t for t in catalog.themes.values() if t.tier is tier), key=lambda t: t.label.get(lang)
        )
        groups = [(t, [o for o in active if t.id in o.themes and not o.crisis]) for t in themes]
        groups = [(t, serving) for t, serving in groups if serving]
        if not groups:
            continue
        page.heading(2, md_escape(tier_label(catalog, tier, lang)))
        for theme, serving in groups:
            page.heading(3, md_escape(theme.label.get(lang)))
            for o in serving:
                _md_card(page, o, lang)
            if tier is Tier.ACUTE and theme.id not in RISK_TO_LIFE:
                # Acute without a risk to life: fitting help first, crisis lines as a
                # safety line (issue 12), as in a referral list.
                line = t("safety_line", lang, lines=safety_line_names(catalog, lang))
                page.block(f"_{md_escape(line)}_")
    page.glossary(catalog, offering_texts(active, lang), lang)
    return page.text()


def export_csv(catalog: Catalog, lang: Lang, raw: bool = False) -> str:
    """One row per offering; cells formula-neutralised unless ``raw`` (sanitize.csv_cell)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for o in with_floor_lines(catalog.offerings):  # 113 and 112 always (round 17)
        row = [
            o.id,
            o.status,
            "true" if o.crisis else "false",
            o.provider,
            o.organization or "",
            o.name.get(lang),
            o.description.get(lang),
            ";".join(o.tiers),
            ";".join(o.themes),
            ";".join(o.formats),
            ";".join(o.languages),
            ";".join(o.contact.phones),
            o.contact.email or "",
            o.contact.url or "",
            o.contact.chat or "",
            o.contact.address or "",
            o.hours.text if o.hours else "",
            o.cost.get(lang) if o.cost else "",
            "" if o.waiting_days is None else str(o.waiting_days),
            o.eligibility.get(lang) if o.eligibility else "",
            o.how_to_access.get(lang) if o.how_to_access else "",
            o.last_reviewed.isoformat() if o.last_reviewed else "",
        ]
        writer.writerow([csv_cell(cell, raw) for cell in row])
    return buffer.getvalue()
