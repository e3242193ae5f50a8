"""The "wegwijzer": one self-contained HTML page of the whole offer.

Grouped by tier (acute first) and theme, in one language, readable on a phone and on
paper, with no external resources (no fonts, scripts, images or style sheets from
elsewhere). Every catalogue text is escaped: a ``<script>`` in a description is shown
as text, never run.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from steunwijzer.core.floor import crisis_lines_with_floor
from steunwijzer.core.glossary import terms_in
from steunwijzer.core.model import Catalog, Lang, Offering, Tier
from steunwijzer.core.safety import RISK_TO_LIFE
from steunwijzer.io.escape import plain
from steunwijzer.present.labels import offering_texts, safety_line_names, theme_label, tier_label
from steunwijzer.present.phrasing import contact_routes, wait_text, when_text
from steunwijzer.present.texts import t


def escape(text: str, quote: bool = True) -> str:
    """HTML-escaped, with terminal escape sequences and control characters removed."""
    return html.escape(plain(text), quote=quote)


# The look both published pages share (this catalogue page and the group report).
_BASE_CSS = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d6d6d6; --acute: #b00020; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; padding: 1rem; max-width: $WIDTH; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: $H2; border-bottom: 2px solid var(--line); padding-bottom: .2rem;
     margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
"""


def page_css(width: str, h2_size: str, own: str) -> str:
    """The shared style sheet with the page's width and h2 size, then its ``own`` rules."""
    return _BASE_CSS.replace("$WIDTH", width).replace("$H2", h2_size) + own


_CSS = page_css(
    "52rem",
    "1.3rem",
    """.meta, .muted { color: var(--muted); font-size: .9rem; }
.crisis { border: 3px solid var(--acute); border-radius: .5rem; padding: .75rem 1rem; }
.crisis h2 { color: var(--acute); border: 0; margin-top: 0; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; margin: .5rem 0;
        break-inside: avoid; page-break-inside: avoid; }
.card h3, .card h4 { margin: 0 0 .25rem; font-size: 1rem; }
.card p { margin: .2rem 0; }
.next { font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .3rem 0 0; }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
a { color: #0b4f9c; }
nav ul { padding-left: 1.2rem; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dt { margin-top: .3rem; } }
@media print { nav { display: none; } body { max-width: none; font-size: 11pt; }
               a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; } }
""",
)

# Interface texts live in i18n; the export adds the few that only a page needs.
_PAGE_KEYS = {
    "reach": "col.reach",
    "when": "col.when",
    "wait": "col.wait",
    "lang": "col.lang",
}


def label(key: str, lang: Lang) -> str:
    return t(_PAGE_KEYS.get(key, f"page.{key}"), lang)


_NOT_DIALLED = re.compile(r"[^0-9+]")


def _href(kind: str, value: str) -> str:
    """A link's target: a phone number's digits, an e-mail address, or a web address;
    nothing (no link) for anything else."""
    if kind == "phone":
        return "tel:" + _NOT_DIALLED.sub("", value)
    if kind == "email":
        return "mailto:" + value
    if kind == "url" and value.lower().startswith(("https://", "http://")):
        return value
    return ""


def _link(kind: str, value: str) -> str:
    href = _href(kind, value)
    text = escape(value)
    return f'<a href="{escape(href)}">{text}</a>' if href else text


def contact_html(o: Offering) -> str:
    """The contact routes, each a link where it can be one (an address is text)."""
    return " · ".join(_link(kind, value) for kind, value in contact_routes(o))


def offering_facts(
    o: Offering, lang: Lang, contact: str, esc: Callable[[str], str]
) -> list[tuple[str, str]]:
    """What a published page says of an offering, as (label, text escaped by ``esc``):
    how to reach it (``contact``, already written for the page), when it is open, the
    wait, its languages, cost and who may use it. The HTML page and the Markdown export."""
    facts: list[tuple[str, str]] = []
    if contact:
        facts.append((label("reach", lang), contact))
    when, wait = when_text(o, lang), wait_text(o, lang)
    if when is not None:
        facts.append((label("when", lang), esc(when)))
    if wait is not None:
        facts.append((label("wait", lang), esc(wait)))
    facts.append((label("lang", lang), esc(", ".join(o.languages))))
    if o.cost:
        facts.append((label("cost", lang), esc(o.cost.get(lang))))
    if o.eligibility:
        facts.append((label("who", lang), esc(o.eligibility.get(lang))))
    return facts


def card(o: Offering, lang: Lang, heading: str = "h4", anchored: set[str] | None = None) -> str:
    """One offering as a card. An offering listed under several themes is anchored once:
    its id on every card made the page invalid HTML, and a link to it went to the first
    (a hostile round, round 34, H11). ``anchored`` holds the ids given out so far."""
    anchor = ""
    if anchored is None or o.id not in anchored:
        anchor = f' id="{escape(o.id)}"'
        if anchored is not None:
            anchored.add(o.id)
    rows = offering_facts(o, lang, contact_html(o), escape)
    details = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    access = f'<p class="next">{escape(o.how_to_access.get(lang))}</p>' if o.how_to_access else ""
    return (
        f'<article class="card"{anchor}>'
        f"<{heading}>{escape(o.name.get(lang))}</{heading}>"
        f"<p>{escape(o.description.get(lang))}</p>{access}<dl>{details}</dl></article>"
    )


def export_html(catalog: Catalog, lang: Lang) -> str:
    active = [o for o in catalog.offerings if o.active]
    crisis = crisis_lines_with_floor(active)  # 113 and 112 always (round 15)
    meta = catalog.meta
    reviewed = meta.last_reviewed.isoformat() if meta.last_reviewed else ""
    facts = [meta.institution or ""]
    if meta.version:
        facts.append(f"{label('version', lang)} {meta.version}")
    if reviewed:
        facts.append(f"{label('reviewed', lang)} {reviewed}")
    info = " · ".join(f for f in facts if f)
    out = [
        "<!doctype html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(label('title', lang))} — {escape(meta.name)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<header><h1>{escape(label('title', lang))}</h1>",
        f'<p class="meta">{escape(info)}</p></header>',
    ]
    # The section ids are taken first: an offering called "tier-acute" gets none.
    anchored = {f"tier-{x}" for x in Tier}
    if crisis:
        out.append(f'<section class="crisis"><h2>{escape(label("crisis", lang))}</h2>')
        out.extend(card(o, lang, "h3", anchored) for o in crisis)
        out.append("</section>")
    sections: list[tuple[Tier, list[tuple[str, list[Offering]]]]] = []
    for tier in (Tier.ACUTE, Tier.SPECIFIC, Tier.PREVENTION):
        groups = []
        for theme in sorted(
            (th for th in catalog.themes.values() if th.tier is tier),
            key=lambda th: th.label.get(lang),
        ):
            serving = [o for o in active if theme.id in o.themes and not o.crisis]
            if serving:
                groups.append((theme.id, serving))
        if groups:
            sections.append((tier, groups))
    out.append(f"<nav><h2>{escape(label('contents', lang))}</h2><ul>")
    out.extend(
        f'<li><a href="#tier-{t}">{escape(tier_label(catalog, t, lang))}</a></li>'
        for t, _ in sections
    )
    out.append("</ul></nav>")
    for tier, groups in sections:
        info_tier = catalog.tiers[tier].description
        out.append(f'<section id="tier-{tier}"><h2>{escape(tier_label(catalog, tier, lang))}</h2>')
        if info_tier:
            out.append(f'<p class="muted">{escape(info_tier.get(lang))}</p>')
        for theme_id, serving in groups:
            out.append(f"<h3>{escape(theme_label(catalog, theme_id, lang))}</h3>")
            out.extend(card(o, lang, anchored=anchored) for o in serving)
            if tier is Tier.ACUTE and theme_id not in RISK_TO_LIFE:
                # Acute without a risk to life: the crisis lines as a safety line (issue 12).
                line = t("safety_line", lang, lines=safety_line_names(catalog, lang))
                out.append(f'<p class="next">{escape(line)}</p>')
        out.append("</section>")
    if lang == "en":
        terms = terms_in(catalog, offering_texts(active, lang))
        if terms:
            out.append(f"<section><h2>{escape(t('glossary_title', lang))}</h2><dl>")
            out.extend(
                f"<dt>{escape(e.term)}</dt><dd>{escape(e.text.get(lang))}</dd>" for e in terms
            )
            out.append("</dl></section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
