"""The result screen of an interview or lookup, and the student's Markdown handout."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.text import Text

from .i18n import t
from .model import Catalog, Tier
from .referrals import ReferralIndex
from .render import (
    TIER_STYLE,
    contact_line,
    frame,
    is_plain,
    referral_view,
    safe,
    tier_badge,
    tips_list,
    wait_line,
    when_line,
)
from .sanitize import md_escape, one_line
from .triage import TriageResult


def result_screen(
    console: Console, catalog: Catalog, result: TriageResult, lookup: bool = False
) -> None:
    lang = result.lang
    head = Text()
    head.append(f"{t('tier', lang)}: ").append_text(tier_badge(catalog, result.tier, lang))
    head.append(f"   {t('urgency', lang)}: {t('urgency.' + result.urgency, lang)}")
    themes = ", ".join(catalog.theme_label(x, lang) for x in result.themes) or t("none", lang)
    head.append(f"\n{t('themes', lang)}: ").append_text(safe(themes))
    head.append(f"\n{t('emphasis', lang)}: {t('emphasis.' + result.support_emphasis, lang)}")
    notes: list[Text] = []
    if result.override:
        o = result.override
        note = t("overridden", lang, old=o.previous, new=o.tier)
        if o.reason:
            note += f" — {one_line(o.reason)}"
        notes.append(safe(note, "bold"))
        if result.acute_signal and o.tier is not Tier.ACUTE:
            notes.append(safe(t("acute_kept", lang), "bold red"))
    if not result.screened:
        notes.append(safe(t("lookup_not_screened" if lookup else "not_screened", lang), "bold"))
    style = TIER_STYLE[result.tier].split()[-1]
    body = Text()
    body.append_text(head)
    for extra in notes:
        body.append("\n").append_text(extra)
    frame(console, body, t("result_title", lang), style)
    if result.reasons:
        console.print(safe(t("reasons", lang), "bold"))
        for r in result.reasons:
            line = f"  • {r.rule}: {r.answer}"
            if r.themes:
                line += " → " + ", ".join(catalog.theme_label(x, lang) for x in r.themes)
            console.print(safe(line))
        console.print()
    console.print(safe(t("referrals", lang), "bold"))
    referral_view(console, catalog, result.referrals, lang)
    console.print()
    if result.tips:
        console.print(safe(t("tips", lang), "bold"))
        tips_list(console, result.tips, lang)
    if is_plain(console):
        console.print()


def handout_markdown(catalog: Catalog, result: TriageResult) -> str:
    lang = result.lang
    lines = [f"# {t('handout_title', lang)}", "", t("handout_intro", lang), ""]
    for r in result.referrals:
        o = r.offering
        lines.append(f"## {md_escape(o.name.get(lang))}")
        lines.append("")
        lines.append(md_escape(o.description.get(lang)))
        lines.append("")
        if o.how_to_access:
            lines.append(f"- **{t('col.next', lang)}:** {md_escape(o.how_to_access.get(lang))}")
        lines.append(f"- **{t('col.reach', lang)}:** {md_escape(contact_line(o))}")
        lines.append(f"- **{t('col.when', lang)}:** {md_escape(when_line(o, lang))}")
        lines.append(f"- **{t('col.wait', lang)}:** {md_escape(wait_line(o, lang))}")
        lines.append("")
    # Crisis lines go on every handout, whatever the tier.
    index = ReferralIndex(catalog, dt.datetime.now())
    lines.append(f"## {t('handout_crisis', lang)}")
    lines.append("")
    for o in index.crisis_lines(result.themes, lang):
        how = o.how_to_access.get(lang) if o.how_to_access else contact_line(o)
        lines.append(f"- **{md_escape(o.name.get(lang))}:** {md_escape(how)}")
    lines.append("")
    return "\n".join(lines)
