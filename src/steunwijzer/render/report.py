"""The report on a terminal: Rich bar charts that fit 80 columns and read without colour.

Bars are made of characters (█, or # in plain mode), never of colour alone; a suppressed
count shows '< 5' or '•' with no bar and no share.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from steunwijzer.io.report import Cell, Part, Report, Section
from steunwijzer.present.report_texts import t
from steunwijzer.render.common import is_plain, make_console

WIDTH = 80
BAR = 28
TOP_THEMES = 12
TIER_STYLE = {"prevention": "green", "specific": "yellow", "acute": "bold red"}
TIER_SHORT = {
    "prevention": ("preventie", "prevention"),
    "specific": ("specifiek", "specific"),
    "acute": ("acuut", "acute"),
}


def count_text(cell: Cell, report: Report) -> str:
    if cell.count is None:
        return t("small", report.lang, n=report.min_cell) if cell.mark == "small" else "•"
    return f"{cell.count:,}".replace(",", "." if report.lang == "nl" else ",")


def share_text(cell: Cell) -> str:
    return "" if cell.share is None else f"{cell.share * 100:.0f}%"


def _bar(cell: Cell, biggest: int, plain: bool, style: str = "") -> Text:
    if cell.count is None or not biggest:
        return Text("")
    length = round(BAR * cell.count / biggest)
    if cell.count and not length:
        return Text("▏" if not plain else "#", style=style)
    return Text(("#" if plain else "█") * length, style=style)


def _chart(console: Console, report: Report, section: Section, limit: int | None = None) -> None:
    plain = is_plain(console)
    rows = section.rows[:limit] if limit else section.rows
    console.print(Text(section.title, style="bold"))
    if not rows:
        console.print("  " + t("no_data", report.lang))
        return
    biggest = max((r.cell.count or 0 for r in rows), default=0)
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column(no_wrap=True, max_width=32, overflow="ellipsis")
    table.add_column(no_wrap=True, width=BAR)
    table.add_column(justify="right", no_wrap=True, width=7)
    table.add_column(justify="right", no_wrap=True, width=4)
    for row in rows:
        label = row.label
        if row.tier and section.key == "themes":
            label += f" ({TIER_SHORT[row.tier][report.lang == 'en']})"
        style = (
            ""
            if plain
            else TIER_STYLE.get(row.tier or row.key, "")
            if section.key in ("tiers", "themes")
            else ""
        )
        table.add_row(
            "  " + label,
            _bar(row.cell, biggest, plain, style),
            count_text(row.cell, report),
            share_text(row.cell),
        )
    console.print(table)
    if limit and len(section.rows) > limit:
        console.print("  " + t("more_themes", report.lang, n=len(section.rows) - limit))


def _gaps(console: Console, report: Report, section: Section) -> None:
    console.print(Text(section.title, style="bold"))
    if not section.rows:
        console.print("  " + t(_no_gaps_key(section), report.lang))
        return
    table = Table(box=None, padding=(0, 1), pad_edge=False, header_style="")
    table.add_column(t("col.theme", report.lang), no_wrap=True, max_width=40)
    table.add_column(t("col.gap", report.lang), justify="right")
    table.add_column(t("col.of_theme", report.lang), justify="right")
    table.add_column(t("col.share", report.lang), justify="right")
    for row in section.rows:
        base = row.base or Cell(None, None, "hidden")
        table.add_row(
            "  " + row.label,
            count_text(row.cell, report),
            count_text(base, report),
            share_text(row.cell),
        )
    console.print(table)


def _cross(console: Console, report: Report, key: str) -> None:
    """Groups as rows, a section's categories as columns (counts only)."""
    first = _find(report.everyone, key)
    console.print(Text(f"{first.title}: {t('by', report.lang, field=report.by)}", style="bold"))
    table = Table(box=None, padding=(0, 1), pad_edge=False, header_style="")
    table.add_column("", no_wrap=True, max_width=18, overflow="ellipsis")
    for row in first.rows:
        short = f"short.{row.key}" if key == "tiers" else ""
        table.add_column(
            t(short, report.lang) if short else row.label, justify="right", no_wrap=True
        )
    table.add_column(t("col.total", report.lang), justify="right")
    for part in (*report.groups, report.everyone):
        section = _find(part, key)
        table.add_row(
            "  " + part.label,
            *(count_text(r.cell, report) for r in section.rows),
            count_text(section.total, report),
        )
    console.print(table)


def _find(part: Part, key: str) -> Section:
    return next(s for s in part.sections if s.key == key)


def report_screen(console: Console, report: Report) -> None:
    if console.width > WIDTH:
        console.width = WIDTH
    lang = report.lang
    everyone = report.everyone
    sessions = everyone.sessions
    console.print(Text(f"steunwijzer — {t('title', lang)}", style="bold"))
    console.print(
        t(
            "subtitle",
            lang,
            rows=count_text(everyone.rows, report),
            files=report.files,
            batch=_difference(everyone.rows, sessions, report),
            sessions=count_text(sessions, report),
        )
    )
    for section in everyone.sections:
        if section.key.startswith("connection.") and sessions.count == 0:
            if section.key == _first_connection(everyone):
                console.print()
                console.print(Text(t("section.connection", lang), style="bold underline"))
                console.print("  " + t("no_data", lang))
            continue
        console.print()
        if section.key == "gaps":
            _gaps(console, report, section)
        elif section.key.startswith("connection."):
            if section.key == _first_connection(everyone):
                console.print(Text(t("section.connection", lang), style="bold underline"))
            _chart(console, report, section)
        else:
            _chart(console, report, section, TOP_THEMES if section.key == "themes" else None)
    if report.groups:
        for key in ("tiers", "urgency"):
            console.print()
            _cross(console, report, key)
        console.print(t("split_note", lang, field=report.by))
    console.print()
    console.print(Text(t("footnotes", lang), style="bold"))
    for number, (_, text) in enumerate(report.footnotes, 1):
        console.print(f"{number}. {text}")


def _first_connection(part: Part) -> str | None:
    return next((s.key for s in part.sections if s.key.startswith("connection.")), None)


def _difference(total: Cell, part: Cell, report: Report) -> str:
    if total.count is None or part.count is None:
        return "•"
    return count_text(Cell(total.count - part.count, None), report)


def report_text(report: Report) -> str:
    """The report as text for a file (plain, 80 columns)."""
    buffer = io.StringIO()
    report_screen(make_console(True, buffer), report)
    return buffer.getvalue()


def print_report(report: Report, plain: bool) -> None:
    report_screen(make_console(plain), report)


def _no_gaps_key(section: Section) -> str:
    """What an empty gaps section says: no theme found, not told, or none without help."""
    if not section.themed:
        return "no_data"
    return "no_gaps" if section.told is not False else "gaps_untold"
