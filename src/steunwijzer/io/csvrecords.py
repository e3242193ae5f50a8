"""CSV records: a quoted field may span lines, a stray quote must not swallow the rows
after it (split from caseread.py to keep modules small)."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import TextIO

from steunwijzer.io.lines import MAX_LINE, CutLine, bounded_lines, quoted_after, strictly_valid

# How far one quoted CSV field may run before it counts as unclosed. 200 lines refused a
# pasted document of 250 lines that Python's csv module wrote: every line of it became a
# row of its own, and the student's "ik wil dood" went out under a line of the text as
# id (a hostile round, round 42, F2). A field that closes strictly within these bounds is
# one record; a stray quote costs one read of at most this much, then the lines are read
# again as rows.
MAX_RECORD_LINES = 100_000
MAX_RECORD_CHARS = MAX_LINE
# Past this many lines a field must not read as rows: a stray quote that met a closing
# one far below would take every row between into one cell.
_SHORT_RECORD = 200
_ROW_START = re.compile(r'[^\s",;\t]{1,64}[,;\t]')


def csv_records(stream: TextIO) -> Iterator[tuple[int, str, bool]]:
    """(first line, text, complete) per CSV record; a broken record gives its first line.

    A quoted field may span lines: a record ends where it closes (lines.quoted_after).
    One still open after MAX_RECORD_LINES lines or MAX_RECORD_CHARS characters, or at
    the end, is a broken record,
    reported at its first line; reading starts again on the next line, so one stray
    quote cannot swallow every row after it.
    """
    source = enumerate(bounded_lines(stream), 1)
    pushback: deque[tuple[int, str]] = deque()

    def next_line() -> tuple[int, str] | None:
        return pushback.popleft() if pushback else next(source, None)

    while (first := next_line()) is not None:
        taken = [first]
        size = len(first[1])
        inside = quoted_after(first[1], False)
        while inside and len(taken) < MAX_RECORD_LINES and size <= MAX_RECORD_CHARS:
            following = next_line()
            if following is None:
                break
            taken.append(following)
            size += len(following[1])
            inside = quoted_after(following[1], True)
        text = "".join(part for _, part in taken)
        if any(isinstance(part, CutLine) for _, part in taken):
            yield first[0], CutLine(text), False
            continue
        if (
            inside
            or (len(taken) > 1 and not strictly_valid(text))
            or (len(taken) > _SHORT_RECORD and _reads_as_rows(taken))
        ):
            # A real multi-line field closes with a quote before a delimiter or the line
            # end; a stray quote pairing with a later row's opening quote does not.
            yield first[0], first[1], False
            pushback.extendleft(reversed(taken[1:]))
            continue
        yield first[0], text, True


def _reads_as_rows(taken: list[tuple[int, str]]) -> bool:
    """Most lines inside the field start like a row (an id, then a delimiter)."""
    inner = [line for _, line in taken[1:-1] if line.strip()]
    starts = sum(1 for line in inner if _ROW_START.match(line))
    return starts * 2 > len(inner)


def raw_cell(text: str, index: int | None, delimiter: str) -> str | None:
    """The cell at ``index`` of a record the csv module could not read (a field over
    its limit, a quote left open, a line cut at 16 MiB), read from its start by hand:
    the row's id. Without it the row number stood in, another student's id, and an
    acute result went out under it (a hostile round, round 17)."""
    if index is None:
        return None
    cells: list[str] = []
    cell: list[str] = []
    quoted = False
    for ch in text[:4096]:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            cells.append("".join(cell))
            cell = []
            if len(cells) > index:
                break
        elif ch in "\r\n" and not quoted:
            break
        else:
            cell.append(ch)
    else:
        cells.append("".join(cell))
    found = cells[index].strip() if index < len(cells) else ""
    return found if found and len(found) <= 64 else None


def first_duplicate(header: list[str]) -> str | None:
    """The first column named twice (any case): read as the last one, two acute rows
    with a second "tier" column were counted as prevention by `report` (a hostile round,
    round 20). A JSON line with a key twice is refused the same way."""
    seen: set[str] = set()
    for name in header:
        key = name.strip().lower()
        if key and key in seen:
            return name
        seen.add(key)
    return None
