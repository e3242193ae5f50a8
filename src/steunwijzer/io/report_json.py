"""The JSON shape of `steunwijzer report --format json` (documented in docs/report.md).

A contract with users' scripts: add keys, never rename. A suppressed cell has
``count: null`` and ``share: null`` and says why in ``suppressed``.
"""

from __future__ import annotations

from typing import Any

from steunwijzer import __version__
from steunwijzer.io.report import Cell, Part, Report, Row, Section

SCHEMA = 1


def cell_dict(cell: Cell) -> dict[str, Any]:
    return {"count": cell.count, "share": cell.share, "suppressed": cell.mark}


def _row(row: Row) -> dict[str, Any]:
    data: dict[str, Any] = {"key": row.key, "label": row.label, **cell_dict(row.cell)}
    if row.tier is not None or row.base is not None:
        data["tier"] = row.tier
    if row.base is not None:
        data["of"] = cell_dict(row.base)
    return data


def _section(section: Section) -> dict[str, Any]:
    told = {} if section.told is None else {"told": section.told}
    return {
        "title": section.title,
        "total": cell_dict(section.total),
        "rows": [_row(r) for r in section.rows],
        **told,
    }


def _part(part: Part) -> dict[str, Any]:
    sections = {s.key: _section(s) for s in part.sections if not s.key.startswith("connection.")}
    connection = {
        s.key.split(".", 1)[1]: _section(s)
        for s in part.sections
        if s.key.startswith("connection.")
    }
    return {
        "key": part.key,
        "label": part.label,
        "rows": cell_dict(part.rows),
        "sessions": cell_dict(part.sessions),
        **sections,
        "connection": connection,
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "report": "steunwijzer",
        "schema": SCHEMA,
        "steunwijzer": __version__,
        "lang": report.lang,
        "min_cell": report.min_cell,
        "inputs": {
            "files": report.files,
            "bad_lines": report.bad_lines,
            "batch_errors": report.batch_errors,
        },
        "everyone": _part(report.everyone),
        "by": None
        if report.by is None
        else {"field": report.by, "groups": [_part(g) for g in report.groups]},
        "footnotes": [{"key": k, "text": v} for k, v in report.footnotes],
    }
