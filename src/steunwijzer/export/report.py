"""The report as one self-contained HTML page with inline SVG bar charts.

No JavaScript, no fonts, images or style sheets from elsewhere: the page works offline
and prints well. Every chart is an image with a title and description for screen readers,
followed by a table with the same numbers (the text alternative, also on paper). A
suppressed count has no bar and no share, exactly as on the terminal.
"""

from __future__ import annotations

from html import escape

from steunwijzer.export.html import page_css
from steunwijzer.io.report import Cell, Part, Report, Section
from steunwijzer.present.report_texts import t
from steunwijzer.render.report import count_text, share_text

_CSS = page_css(
    "54rem",
    "1.25rem",
    """.meta { color: var(--muted); }
figure { margin: .5rem 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; margin: .4rem 0; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .15rem .6rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); font-size: .85rem; }
.scroll { overflow-x: auto; }
ol.notes { font-size: .9rem; color: var(--muted); }
@media print { body { max-width: none; font-size: 10.5pt; } h2 { break-after: avoid; } }
""",
)
_FILL = {"prevention": "#2e7d32", "specific": "#9a6700", "acute": "#b00020"}
_DEFAULT_FILL = "#1f4e8c"
_ROW = 26
_LABEL = 250
_BAR = 330


def _svg(report: Report, section: Section, chart_id: str) -> str:
    rows = section.rows
    biggest = max((r.cell.count or 0 for r in rows), default=0)
    height = _ROW * len(rows) + 8
    title = escape(section.title)
    desc = escape(t("chart_alt", report.lang, title=section.title))
    parts = [
        f'<svg role="img" width="680" height="{height}" '
        f'viewBox="0 0 680 {height}" aria-labelledby="{chart_id}-t {chart_id}-d">'
        f'<title id="{chart_id}-t">{title}</title><desc id="{chart_id}-d">{desc}</desc>'
    ]
    for i, row in enumerate(rows):
        y = 4 + i * _ROW
        label = row.label if len(row.label) <= 34 else row.label[:33] + "…"
        parts.append(
            f'<text x="{_LABEL - 8}" y="{y + 17}" text-anchor="end" font-size="13" '
            f'fill="#1b1b1b">{escape(label)}</text>'
        )
        value = count_text(row.cell, report)
        width = 0
        if row.cell.count and biggest:
            width = max(1, round(_BAR * row.cell.count / biggest))
            fill = _FILL.get(row.tier or (row.key if section.key == "tiers" else ""), _DEFAULT_FILL)
            parts.append(
                f'<rect x="{_LABEL}" y="{y + 4}" width="{width}" height="{_ROW - 8}" '
                f'fill="{fill}"/>'
            )
        share = share_text(row.cell)
        shown = f"{value} ({share})" if share else value
        parts.append(
            f'<text x="{_LABEL + width + 6}" y="{y + 17}" font-size="13" '
            f'fill="#1b1b1b">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(report: Report, section: Section, gaps: bool = False) -> str:
    lang = report.lang
    head = [t("col.theme", lang) if section.key in ("themes", "gaps") else ""]
    if section.key in ("themes", "gaps"):
        head.append(t("col.tier", lang))
    head += [t("col.gap", lang), t("col.of_theme", lang)] if gaps else [t("col.count", lang)]
    head.append(t("col.share", lang))
    out = [f"<table><caption>{escape(section.title)}</caption><thead><tr>"]
    out += [f'<th scope="col">{escape(h)}</th>' for h in head]
    out.append("</tr></thead><tbody>")
    for row in section.rows:
        cells = [f'<th scope="row">{escape(row.label)}</th>']
        if section.key in ("themes", "gaps"):
            cells.append(f"<td>{escape(t('tier.' + row.tier, lang)) if row.tier else ''}</td>")
        cells.append(f'<td class="n">{escape(count_text(row.cell, report))}</td>')
        if gaps:
            base = row.base or Cell(None, None, "hidden")
            cells.append(f'<td class="n">{escape(count_text(base, report))}</td>')
        cells.append(f'<td class="n">{escape(share_text(row.cell))}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    total = count_text(section.total, report)
    out.append(f'</tbody></table><p class="meta">{escape(t("col.total", lang))}: {total}</p>')
    return "".join(out)


def _figure(report: Report, section: Section, chart_id: str) -> str:
    if not section.rows:
        key = (
            "no_data"
            if section.key != "gaps" or not section.themed
            else "gaps_untold"
            if section.told is False
            else "no_gaps"
        )
        return f"<h3>{escape(section.title)}</h3><p>{escape(t(key, report.lang))}</p>"
    gaps = section.key == "gaps"
    return (
        f"<h3>{escape(section.title)}</h3><figure>{_svg(report, section, chart_id)}"
        f'<figcaption class="scroll">{_table(report, section, gaps)}</figcaption></figure>'
    )


def _part(report: Report, part: Part, prefix: str) -> str:
    out: list[str] = []
    connection_started = False
    for section in part.sections:
        if section.key.startswith("connection."):
            if not connection_started:
                connection_started = True
                out.append(f"<h3>{escape(t('section.connection', report.lang))}</h3>")
                if part.sessions.count == 0:
                    out.append(f"<p>{escape(t('no_data', report.lang))}</p>")
            if part.sessions.count == 0:
                continue
        out.append(_figure(report, section, f"{prefix}-{section.key.replace('.', '-')}"))
    return "".join(out)


def _cross(report: Report, key: str) -> str:
    first = next(s for s in report.everyone.sections if s.key == key)
    lang = report.lang
    out = [
        f'<div class="scroll"><table><caption>{escape(first.title)}: '
        f"{escape(t('by', lang, field=report.by))}</caption><thead><tr><th></th>"
    ]
    out += [f'<th scope="col">{escape(r.label)}</th>' for r in first.rows]
    out.append(f'<th scope="col">{escape(t("col.total", lang))}</th></tr></thead><tbody>')
    for part in (*report.groups, report.everyone):
        section = next(s for s in part.sections if s.key == key)
        cells = "".join(
            f'<td class="n">{escape(count_text(r.cell, report))}</td>' for r in section.rows
        )
        total = escape(count_text(section.total, report))
        out.append(
            f'<tr><th scope="row">{escape(part.label)}</th>{cells}<td class="n">{total}</td></tr>'
        )
    out.append("</tbody></table></div>")
    return "".join(out)


def report_html(report: Report) -> str:
    lang = report.lang
    everyone = report.everyone
    title = f"steunwijzer — {t('title', lang)}"
    sessions = everyone.sessions
    batch = (
        "•"
        if everyone.rows.count is None or sessions.count is None
        else count_text(Cell(everyone.rows.count - sessions.count, None), report)
    )
    subtitle = t(
        "subtitle",
        lang,
        rows=count_text(everyone.rows, report),
        files=report.files,
        batch=batch,
        sessions=count_text(sessions, report),
    )
    body = [
        f'<h1>{escape(title)}</h1><p class="meta">{escape(subtitle)}</p>',
        _part(report, everyone, "all"),
    ]
    if report.groups:
        body.append(f'<h2 id="by">{escape(t("by", lang, field=report.by))}</h2>')
        for key in ("tiers", "urgency", "recognised", "emphasis"):
            body.append(_cross(report, key))
        for number, group in enumerate(report.groups, 1):
            body.append(f"<h2>{escape(report.by or '')}: {escape(group.label)}</h2>")
            body.append(_part(report, group, f"g{number}"))
    body.append(f'<h2>{escape(t("footnotes", lang))}</h2><ol class="notes">')
    body += [f"<li>{escape(text)}</li>" for _, text in report.footnotes]
    body.append("</ol>")
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
