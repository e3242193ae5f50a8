"""The result screen of an interview or lookup, and the student's Markdown handout."""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from .i18n import t
from .model import Catalog
from .referrals import ReferralIndex
from .render import (
    contact_line,
    wait_line,
    when_line,
)
from .sanitize import md_escape
from .triage import TriageResult


def result_screen(
    console: Console, catalog: Catalog, result: TriageResult, lookup: bool = False
) -> None:
    """The whole result: the first screen, then everything else (see render_screen)."""
    from .render_screen import result_screen as screen

    screen(console, catalog, result, lookup)


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
