"""Reading the CSV results of `batch` for `report` (split from report_input.py to keep
modules small): records as batch reads them, so one stray quote costs one row."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from typing import Any, TextIO, cast

from steunwijzer.io.csvrecords import csv_records, first_duplicate
from steunwijzer.io.lines import TOO_LONG, CutLine
from steunwijzer.io.report_input import (
    MAX_FIELD,
    BadRecord,
    Need,
    Problem,
    Source,
    from_result,
)


class _Resumed:
    """A stream whose first line was read already (to tell CSV from JSON)."""

    def __init__(self, first: str, rest: TextIO) -> None:
        self._first: str | None = first
        self._rest = rest

    def readline(self, size: int = -1) -> str:
        if self._first is not None:
            line, self._first = self._first, None
            return line
        return self._rest.readline(size)


def read_csv(
    first: str, handle: TextIO, name: str, source: Source, problem: Callable[[Problem], None]
) -> Iterator[Need]:
    csv.field_size_limit(MAX_FIELD)
    # `batch --format excel-nl` writes ';' (Excel in a Dutch locale); a .tsv file tabs.
    delimiter = max((",", ";", "\t"), key=first.count)
    # Records as batch reads them (io/csvrecords.py): a stray quote in a hand-edited
    # results file swallowed every row after it, 100 acute rows among them, and the
    # error named the last line (a hostile round, round 31, H3).
    records = csv_records(cast(TextIO, _Resumed(first, handle)))
    head = next(records, None)
    try:
        if head is None or not head[2]:
            raise csv.Error("unbalanced quote: a quoted field is not closed")
        header = [h.lstrip("\ufeff").strip() for h in _values(head[1], delimiter)]
    except csv.Error as exc:
        problem(Problem(name, 1, f"CSV header: {exc}"))
        return
    if "tier" not in header or "themes" not in header:
        problem(Problem(name, 1, "not a batch result: the CSV has no 'tier' and 'themes' column"))
        return
    twice = first_duplicate(header)  # a second "tier" was read (round 20)
    if twice is not None:
        problem(Problem(name, 1, f"CSV header: duplicate column '{twice}'"))
        return
    for line, text, complete in records:
        if not complete:
            cut = isinstance(text, CutLine)
            problem(
                Problem(
                    name,
                    line,
                    TOO_LONG if cut else "CSV: unbalanced quote: a quoted field is not closed",
                )
            )
            continue
        try:
            values = _values(text, delimiter)
        except csv.Error as exc:
            problem(Problem(name, line, f"CSV: {exc}"))
            continue
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problem(Problem(name, line, f"expected {len(header)} fields, got {len(values)}"))
            continue
        try:
            need = from_csv(dict(zip(header, values, strict=True)), source)
        except BadRecord as exc:
            problem(Problem(name, line, str(exc)))
            continue
        if need is not None:
            yield need


def _values(text: str, delimiter: str) -> list[str]:
    return next(csv.reader([text], delimiter=delimiter, strict=True), [])


def from_csv(row: dict[str, str], source: Source) -> Need | None:
    tier = row["tier"].strip() or None
    if tier is None and row.get("error", "").strip():
        source.batch_errors += 1
        return None
    flag = row.get("recognised", "").strip().lower()
    data: dict[str, Any] = {
        "tier": tier,
        "urgency": row.get("urgency", "").strip() or None,
        "themes": [t.strip() for t in row["themes"].split(";") if t.strip()],
        "recognised": flag == "true" if flag in ("true", "false") else None,
        "support_emphasis": row.get("support_emphasis", "").strip() or None,
    }
    return from_result(data, row, False, None, source.by)
