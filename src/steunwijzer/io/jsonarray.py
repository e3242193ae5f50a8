"""JSON that is not one object per line, read as the cases it holds.

A pretty-printed JSON array (``json.dumps(cases, indent=2)``) was read line by line: every
line an error, and student 3's "pillen gespaard voor vanavond" came out under the row
number "12", the id of another student in the same file. Two files joined by ``cat`` when
the first had no final newline put two objects on one line, and the second student's plan
for tonight under the first one's id (an outsiders' hostile round, round 20).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from typing import TextIO

from steunwijzer.io.lines import SCAN as _SCAN
from steunwijzer.io.lines import bounded_lines

# Read whole only up to this size; a larger array is read line by line, as before.
ARRAY_LIMIT = 64 * 1024 * 1024
_SPACE = " \t\r\n\ufeff\u2028\u2029\x85\x0b\x0c"


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos


def array_records(text: str) -> list[tuple[int, str]] | None:
    """The elements of a JSON array, each as (the line it starts on, its text), or None
    when ``text`` is not one well-formed array."""
    pos = _skip(text, 0)
    if text[pos : pos + 1] != "[":
        return None
    pos = _skip(text, pos + 1)
    found: list[tuple[int, str]] = []
    line, counted = 1, 0
    if text[pos : pos + 1] == "]":
        return found if not text[_skip(text, pos + 1) :] else None
    while True:
        try:
            value, end = _SCAN(text, pos)
        except (StopIteration, ValueError, RecursionError):
            return None
        if not isinstance(value, dict):
            return None  # ["safety_thoughts", "ja"] is no list of cases: read as a line
        line += text.count("\n", counted, pos)
        counted = pos
        found.append((line, text[pos:end]))
        pos = _skip(text, end)
        mark = text[pos : pos + 1]
        if mark == "]":
            return found if _skip(text, pos + 1) == len(text) else None
        if mark != ",":
            return None
        pos = _skip(text, pos + 1)


def objects_in_line(line: str) -> list[str]:
    """The JSON objects of a line that holds several side by side ("{...}{...}",
    "{...} {...}"), else the line alone."""
    pos = _skip(line, 0)
    found: list[str] = []
    while pos < len(line):
        if line[pos] != "{":
            return [line]
        try:
            _value, end = _SCAN(line, pos)
        except (StopIteration, ValueError, RecursionError):
            return [line]
        found.append(line[pos:end])
        pos = _skip(line, end)
        if line[pos : pos + 1] == ",":  # "{...}, {...}": a list without its brackets
            pos = _skip(line, pos + 1)
    return found if len(found) > 1 else [line]


def document_or_lines(stream: TextIO) -> tuple[list[tuple[int, str]], Iterator[str]]:
    """A file that is one JSON array: its elements (and no lines); else no elements and
    the file's lines, as any JSON Lines file is read (line numbers unchanged)."""
    lines = bounded_lines(stream)
    first = next(lines, "")
    if not first.lstrip(_SPACE).startswith("["):
        return [], itertools.chain((first,) if first else (), lines)
    whole = first + stream.read(ARRAY_LIMIT)
    if len(whole) <= ARRAY_LIMIT:
        found = array_records(whole)
        if found is not None:
            return found, iter(())
    # Not one array, or too large to read whole: its lines.
    return [], itertools.chain(bounded_lines(io.StringIO(whole)), bounded_lines(stream))
