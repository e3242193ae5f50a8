"""Markdown (for intranets and wikis) and CSV (one row per offering) exports."""

from __future__ import annotations

import csv
import io

from steunwijzer.core.glossary import offering_texts, safety_line_names, terms_in
from steunwijzer.core.model import Catalog, Lang, Offering, Tier
from steunwijzer.core.safety import RISK_TO_LIFE
from steunwijzer.export.html import label
from steunwijzer.io.escape import csv_cell, md_escape
from steunwijzer.present.phrasing import contact_routes, wait_text, when_text
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


def _md_card(o: Offering, lang: Lang) -> list[str]:
    lines = [f"#### {md_escape(o.name.get(lang))}", "", md_escape(o.description.get(lang)), ""]
    if o.how_to_access:
        lines += [f"**{md_escape(o.how_to_access.get(lang))}**", ""]
    shown = " · ".join(md_escape(value) for _kind, value in contact_routes(o))
    if shown:
        lines.append(f"- {label('reach', lang)}: {shown}")
    when, wait = when_text(o, lang), wait_text(o, lang)
    if when is not None:
        lines.append(f"- {label('when', lang)}: {md_escape(when)}")
    if wait is not None:
        lines.append(f"- {label('wait', lang)}: {wait}")
    lines.append(f"- {label('lang', lang)}: {', '.join(o.languages)}")
    if o.eligibility:
        lines.append(f"- {label('who', lang)}: {md_escape(o.eligibility.get(lang))}")
    return [*lines, ""]


def export_markdown(catalog: Catalog, lang: Lang) -> str:
    active = [o for o in catalog.offerings if o.active]
    out = [f"# {label('title', lang)}", "", f"_{md_escape(catalog.meta.name)}_", ""]
    crisis = [o for o in active if o.crisis]
    if crisis:
        out += [f"## {label('crisis', lang)}", ""]
        for o in crisis:
            out += _md_card(o, lang)
    for tier in (Tier.ACUTE, Tier.SPECIFIC, Tier.PREVENTION):
        themes = sorted(
            (t for t in catalog.themes.values() if t.tier is tier), key=lambda t: t.label.get(lang)
        )
        groups = [(t, [o for o in active if t.id in o.themes and not o.crisis]) for t in themes]
        groups = [(t, serving) for t, serving in groups if serving]
        if not groups:
            continue
        out += [f"## {md_escape(catalog.tier_label(tier, lang))}", ""]
        for theme, serving in groups:
            out += [f"### {md_escape(theme.label.get(lang))}", ""]
            for o in serving:
                out += _md_card(o, lang)
            if tier is Tier.ACUTE and theme.id not in RISK_TO_LIFE:
                # Acute without a risk to life: fitting help first, crisis lines as a
                # safety line (issue 12), as in a referral list.
                line = t("safety_line", lang, lines=safety_line_names(catalog, lang))
                out += [f"_{md_escape(line)}_", ""]
    if lang == "en":
        terms = terms_in(catalog, offering_texts(active, lang))
        if terms:
            out += [f"## {t('glossary_title', lang)}", ""]
            out += [f"- **{md_escape(e.term)}:** {md_escape(e.text.get(lang))}" for e in terms]
            out.append("")
    return "\n".join(out)


def export_csv(catalog: Catalog, lang: Lang, raw: bool = False) -> str:
    """One row per offering; cells formula-neutralised unless ``raw`` (sanitize.csv_cell)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for o in catalog.offerings:
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
