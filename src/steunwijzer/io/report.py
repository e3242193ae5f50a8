"""The picture of a group: counts and shares from many results, with small cells hidden.

Pure: a filled Tally in (see report_tally, fed by report_input), a frozen Report out; no
printing, no files. The report holds aggregates only. A count below ``min_cell`` is
suppressed (primary); where one suppressed count in a sum could be worked out from the
total and the other counts, the smallest other count is suppressed too (secondary),
until no sum has exactly one hidden member. A suppressed cell carries no count and no
share, so no renderer can leak it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from steunwijzer.core import safety
from steunwijzer.core.model import Catalog, Lang, Question
from steunwijzer.io.escape import one_line
from steunwijzer.io.report_input import EMPHASES, TIERS, URGENCIES
from steunwijzer.io.report_tally import ALL, OTHER, Tally
from steunwijzer.present.report_texts import group_label, has, t


@dataclass(frozen=True, slots=True)
class Cell:
    """One count of the report, or why it is not shown."""

    count: int | None  # None when suppressed
    share: float | None  # of the section total; None when the count or total is hidden
    mark: str | None = None  # "small" (below min_cell) or "hidden" (secondary)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a report section."""

    key: str
    label: str
    cell: Cell
    tier: str | None = None  # themes: the theme's tier
    base: Cell | None = None  # gaps: the rows with this theme that could tell


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the cohort report: a title, a total and its rows."""

    key: str
    title: str
    total: Cell
    rows: tuple[Row, ...]
    # gaps: False when no row of the part could tell which themes its referrals serve
    # (CSV, rows without referrals): "every theme found a referral" said nothing there
    told: bool | None = None
    # gaps: False when the part found no theme at all (an empty input, nothing recognised):
    # "every theme found a referral" was said of no theme (a hostile round, round 45)
    themed: bool = True


@dataclass(frozen=True, slots=True)
class Part:
    """Everyone (key None) or one group of --by."""

    key: str | None
    label: str
    rows: Cell
    sessions: Cell
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """The cohort report: every section, for every group asked for."""

    lang: Lang
    min_cell: int
    by: str | None
    files: int
    bad_lines: int
    batch_errors: int
    everyone: Part
    groups: tuple[Part, ...]
    footnotes: tuple[tuple[str, str], ...]


Key = tuple[str, str, str]  # (group, section, category)


def suppress(
    values: dict[Key, int],
    relations: list[tuple[Key, list[Key]]],
    m: int,
    forced: Iterable[Key] = (),
) -> dict[Key, str]:
    """Primary and secondary suppression; returns the hidden keys and why. ``forced``:
    cells hidden whatever their count (every cell of a group smaller than ``m``)."""
    hidden = {k: "small" for k, v in values.items() if 0 < v < m}
    hidden.update({k: "small" for k in forced if k not in hidden})
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            members = [total, *parts]
            # A zero shown beside hidden cells told what they held: "7 = 0 + <5 + 5 + <5"
            # made both hidden cells exactly 1 (a hostile round, round 64): 0 is "< m" too.
            if any(k in hidden for k in members):
                for k in parts:
                    if k not in hidden and values.get(k, 0) == 0:
                        hidden[k], changed = "small", True
            shut = [k for k in members if k in hidden]
            # One hidden member is its total less the rest; hidden zeros alone (sum 0) are
            # zeros all: each needs another cell hidden beside it.
            if len(shut) != 1 and (not shut or any(values.get(k, 0) for k in shut)):
                continue
            candidates = [k for k in parts if k not in hidden and values.get(k, 0) > 0]
            if candidates:
                chosen = min(candidates, key=lambda k: (values[k], k))
            elif total not in hidden:
                chosen = total
            else:  # pragma: no cover - the total is the one hidden member and all parts are 0
                continue
            hidden[chosen] = "hidden"
            changed = True
    return hidden


def _near_all(values: dict[Key, int], names: list[str], m: int) -> list[Key]:
    """Theme counts that nearly every row has: the rows without the theme are fewer than
    ``m``, and the count told what the tier table hid ("Faalangst 9" of 10 requests beside
    a hidden "acuut < 5": one acute request; a hostile round, round 53). A theme is no
    part of a sum (a row may have several), so secondary suppression never saw it."""
    out: list[Key] = []
    for g in names:
        rows = values.get((g, "total", "rows"), 0)
        out += [
            k
            for k, n in values.items()
            if k[0] == g and k[1] == "themes" and n > 0 and 0 < rows - n < m
        ]
    return out


def build(
    tally: Tally,
    catalog: Catalog,
    lang: Lang,
    min_cell: int,
    files: int,
    bad_lines: int,
    batch_errors: int,
    skipped_files: int = 0,
) -> Report:
    tally.finish()
    groups = sorted(tally.groups, key=lambda g: (g == "", g))
    values: dict[Key, int] = {}
    for g in groups:
        for (section, category), n in tally.groups[g].items():
            values[g, section, category] = n
            if tally.by:
                values[ALL, section, category] = values.get((ALL, section, category), 0) + n
    themes = _theme_order(values, catalog)
    partitions = _partitions(tally.connection)
    relations: list[tuple[Key, list[Key]]] = []
    names = [ALL, *groups] if tally.by else [ALL]
    for g in names:
        for section, (total, categories) in partitions.items():
            relations.append(((g, "total", total), [(g, section, c) for c in categories]))
    if tally.by:  # every category, none had too: "Allemaal 0" told its hidden cells (r65)
        cats = {(ALL, s, c) for s, (_t, categories) in partitions.items() for c in categories}
        for key in sorted({k for k in values if k[0] == ALL} | cats):
            relations.append((key, [(g, key[1], key[2]) for g in groups]))
    forced = _small_groups(values, groups, partitions, themes, min_cell) if tally.by else []
    hidden = suppress(values, relations, min_cell, forced)
    for key in _near_all(values, names, min_cell):
        hidden.setdefault(key, "hidden")  # "•": not small, but it would tell a small one

    def cell(key: Key, base: Key | None) -> Cell:
        n = values.get(key, 0)
        if key in hidden:
            return Cell(None, None, hidden[key])
        d = values.get(base, 0) if base else 0
        share = round(n / d, 4) if base and d and base not in hidden else None
        return Cell(n, share)

    def part(g: str) -> Part:
        rows_key: Key = (g, "total", "rows")
        sessions_key: Key = (g, "total", "sessions")
        sections = []
        for section, (total, categories) in partitions.items():
            tkey: Key = (g, "total", total)
            sections.append(
                Section(
                    section,
                    _section_title(section, catalog, lang),
                    cell(tkey, None),
                    tuple(
                        Row(c, _label(section, c, catalog, lang), cell((g, section, c), tkey))
                        for c in categories
                    ),
                )
            )
        sections.insert(
            4,
            Section(
                "themes",
                t("section.themes", lang),
                cell(rows_key, None),
                tuple(
                    Row(
                        x,
                        _theme_label(catalog, x, lang),
                        cell((g, "themes", x), rows_key),
                        _theme_tier(catalog, x),
                    )
                    for x in themes
                ),
            ),
        )
        gap_rows = [
            Row(
                x,
                _theme_label(catalog, x, lang),
                cell((g, "gaps", x), (g, "gap_base", x)),
                _theme_tier(catalog, x),
                cell((g, "gap_base", x), None),
            )
            for x in themes
            if values.get((ALL, "gaps", x), 0) > 0
        ]
        told = any(values.get((g, "gap_base", x), 0) > 0 for x in themes) or not themes
        themed = any(values.get((g, "themes", x), 0) > 0 for x in themes)
        gaps = Section(
            "gaps", t("section.gaps", lang), cell(rows_key, None), tuple(gap_rows), told, themed
        )
        sections.insert(5, gaps)
        # A group is a value from the input files: shown without escape sequences or
        # control characters (an outside test put ESC ]0; and ESC [2J in a faculty).
        label = t("all", lang) if g == ALL else (group_label(one_line(g)) or t("group.none", lang))
        return Part(
            None if g == ALL else g,
            label,
            cell(rows_key, None),
            cell(sessions_key, None),
            tuple(sections),
        )

    everyone = part(ALL)
    parts = tuple(part(g) for g in groups) if tally.by else ()
    notes = _footnotes(
        tally,
        hidden,
        values,
        catalog,
        lang,
        min_cell,
        bad_lines,
        batch_errors,
        skipped_files,
        themes,
    )
    return Report(lang, min_cell, tally.by, files, bad_lines, batch_errors, everyone, parts, notes)


def _small_groups(
    values: dict[Key, int],
    groups: list[str],
    partitions: dict[str, tuple[str, tuple[str, ...]]],
    themes: list[str],
    m: int,
) -> set[Key]:
    """Every cell of a group of fewer than ``m`` people, zeros too: "acuut < 5, the other
    tiers 0" told that everyone in a faculty of one was acute, and its theme (a
    maintainer's test, round 11). Secondary suppression then hides what would let them
    be worked out from the other groups and the total."""
    forced: set[Key] = set()
    for g in groups:
        size = values.get((g, "total", "rows"), 0) + values.get((g, "total", "sessions"), 0)
        if not 0 < size < m:
            continue
        forced.update(k for k in values if k[0] == g)
        for section, (_total, categories) in partitions.items():
            forced.update((g, section, c) for c in categories)
        for x in themes:
            forced.update(((g, "themes", x), (g, "gaps", x), (g, "gap_base", x)))
    # A category nobody has anywhere stays 0: it tells nothing about anyone.
    return {k for k in forced if values.get((ALL, k[1], k[2]), 0) > 0}


def _partitions(connection: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Sections whose rows add up to a total: section -> (total name, categories)."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {
        "tiers": ("rows", (*TIERS, "none")),
        "urgency": ("rows", (*URGENCIES, "none")),
        "recognised": ("rows", ("yes", "no")),
        "emphasis": ("rows", (*EMPHASES, "none")),
    }
    for question, choices in connection.items():
        found["connection." + question] = ("sessions", (*choices, "none"))
    return found


def _theme_order(values: dict[Key, int], catalog: Catalog) -> list[str]:
    counts = {k[2]: v for k, v in values.items() if k[0] == ALL and k[1] == "themes"}
    rank = {"acute": 0, "specific": 1, "prevention": 2}

    def order(x: str) -> tuple[bool, int, int, str]:  # OTHER last, whatever its count
        return (x == OTHER, -counts[x], rank.get(_theme_tier(catalog, x) or "", 3), x)

    return sorted(counts, key=order)


def _theme_tier(catalog: Catalog, theme: str) -> str | None:
    found = catalog.themes.get(theme) or safety.ACUTE_THEMES.get(theme)
    return str(found.tier) if found else None


def _theme_label(catalog: Catalog, theme: str, lang: Lang) -> str:
    if theme == OTHER:
        return t("other_themes", lang)
    found = catalog.themes.get(theme) or safety.ACUTE_THEMES.get(theme)
    # Catalogue text, stripped of escape sequences as every other command does: a label
    # set the window title and cleared the screen (an outsiders' hostile round, round 8).
    return one_line(found.label.get(lang)) if found else one_line(theme)


def _question(catalog: Catalog, question_id: str) -> Question | None:
    return catalog.question(question_id)


def _section_title(section: str, catalog: Catalog, lang: Lang) -> str:
    if section.startswith("connection."):
        key = section
        if has(key):
            return t(key, lang)
        q = _question(catalog, section.split(".", 1)[1])
        return one_line(q.text.get(lang)) if q else section
    return t("section." + section, lang)


def _label(section: str, category: str, catalog: Catalog, lang: Lang) -> str:
    if section.startswith("connection."):
        if has("answer." + category):
            return t("answer." + category, lang)
        q = _question(catalog, section.split(".", 1)[1])
        for choice in q.choices if q else ():
            if choice.id == category:
                return one_line(choice.label.get(lang))
        return one_line(category)
    return t(f"{section[:-1] if section == 'tiers' else section}.{category}", lang)


def _footnotes(
    tally: Tally,
    hidden: dict[Key, str],
    values: dict[Key, int],
    catalog: Catalog,
    lang: Lang,
    m: int,
    bad_lines: int,
    batch_errors: int,
    skipped_files: int,
    themes: Iterable[str],
) -> tuple[tuple[str, str], ...]:
    notes: list[tuple[str, str]] = []
    sessions = values.get((ALL, "total", "sessions"), 0)
    rows = values.get((ALL, "total", "rows"), 0)
    batch_rows = rows - sessions

    def add(key: str, **kw: object) -> None:
        notes.append((key, t("foot." + key, lang, **kw)))

    # Footnotes name no counts of rows: a count here could undo a suppressed cell.
    add("suppressed", n=m)
    if "hidden" in hidden.values():
        add("secondary")
    add("themes_overlap")
    if not sessions and tally.connection:
        add("no_sessions")
    if tally.no_emphasis and rows:
        add("no_emphasis")
    if tally.no_referral_themes:
        add("no_referral_themes")
    if tally.no_recognised and batch_rows:
        add("no_recognised")
    dateless = tally.no_date if tally.by in ("month", "date") else 0
    if dateless:
        add("no_date")
    if tally.by and tally.missing_group > dateless:
        add("missing_group", field=tally.by)
    if OTHER in themes:
        add("unknown_themes")
    if bad_lines:
        add("bad_lines", n=bad_lines)
    if batch_errors:
        add("batch_errors", n=batch_errors)
    if skipped_files:
        add("skipped_files", n=skipped_files)
    return tuple(notes)
