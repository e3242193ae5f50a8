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
from steunwijzer.io.lines import CutLine, bounded_lines

# Read whole up to this size (8 MiB, about 50 MB of memory); a larger array is read a
# chunk at a time (_streamed): its elements, never its lines.
ARRAY_LIMIT = 8 * 1024 * 1024
_SPACE = " \t\r\n\ufeff\u2028\u2029\x85\x0b\x0c"


class Unclosed(str):
    """Where a JSON array without its "]" ends: an error row of its own after the cases it
    holds. A copy cut short lost its last cases without a word, exit 0 (a hostile round,
    round 37, H3)."""

    __slots__ = ()


UNCLOSED = (
    "the JSON array has no closing ']': the file may be cut short; the cases before were read"
)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos


def broken_extent(text: str, pos: int) -> int:
    """Where an object that does not parse ends: at its closing brace, or before the next
    object that starts after a comma or a bracket ("text": ,{"id": "c" ...), or at the end
    of ``text``. Braces inside strings do not count. One typo in a pretty-printed array
    sent every line through the line reader, 40,002 error rows for 10,000 cases, and a
    line holding a good object, a broken one and a third put the third student's "ik wil
    dood" under the first one's id (a hostile round, round 29, H1 and H2)."""
    depth, inside, escaped, last = 0, False, False, ""
    for at in range(pos, len(text)):
        char = text[at]
        if inside:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                inside = False
            continue
        if char == '"':
            inside = True
        elif char == "{":
            if depth >= 1 and last in (",", "["):
                return text.rindex(last, pos, at)  # a new element: this one stops before it
            depth += 1
        elif char == "}":
            depth -= 1
            if depth <= 0:
                return at + 1
        if char not in _SPACE:
            last = char
    return len(text)


def array_records(text: str, start: int = 0) -> tuple[list[tuple[int, str]], int] | None:
    """The elements of a JSON array, each as (the line it starts on, its text), and where
    the text after its "]" starts (``len(text)`` if there is none), or None when ``text``
    does not open with an array of cases. An object that does not parse is an element of
    its own (an error row with its own line and id), and so is each object after it; a
    trailing comma, a missing comma between objects or a missing "]" lose no case. Text
    after the "]" (a second export joined by ``cat``, JSON Lines appended) is the
    caller's, read as lines: read whole as lines, the array's own lines were error rows
    ("[", a case with its trailing comma) and its cases lost (a hostile round, round 37,
    H5). From ``start`` on, lines counted from there (1)."""
    pos = _skip(text, start)
    if text[pos : pos + 1] != "[":
        return None
    pos = _skip(text, pos + 1)
    found: list[tuple[int, str]] = []
    line, counted = 1, start
    if text[pos : pos + 1] == "]":
        return (found, len(text)) if not text[_skip(text, pos + 1) :] else None
    cases = False
    while True:
        try:
            value, end = _SCAN(text, pos)
        except (StopIteration, ValueError, RecursionError):
            if text[pos : pos + 1] != "{":
                return None
            value, end = {}, broken_extent(text, pos)
        # An element that is no object is a row of its own (refused, its words searched):
        # one trailing null sent every case through the line reader and a student's
        # "ik wil dood" out under the line number "11" (a hostile round, round 25, H3).
        cases = cases or isinstance(value, dict)
        line += text.count("\n", counted, pos)
        counted = pos
        found.append((line, text[pos:end]))
        pos = _skip(text, end)
        mark = text[pos : pos + 1]
        if mark == "]":
            # ["safety_thoughts", "ja"] is no list of cases: read as a line
            return (found, _after(text, pos + 1)) if cases else None
        if mark == "" and cases:  # no "]" (a copy cut short): the elements there are
            return [*found, (line + text.count("\n", counted, len(text)), Unclosed())], len(text)
        if mark == ",":
            pos = _skip(text, pos + 1)
            if text[pos : pos + 1] == "]" and cases:  # a trailing comma
                return found, _after(text, pos + 1)
        elif mark != "{" or not cases:
            return None


def _after(text: str, pos: int) -> int:
    """Where the text after an array's "]" starts; ``len(text)`` if only space follows."""
    return len(text) if _skip(text, pos) == len(text) else pos


def objects_in_line(line: str) -> list[str]:
    """The JSON objects of a line that holds several side by side ("{...}{...}",
    "{...} {...}") or an array of them, else the line alone. A one-line array after
    another array (two exports joined) was an error row, its case read for an acute
    signal only (a hostile round, round 37, H5)."""
    pos = _skip(line, 0)
    if line[pos : pos + 1] == "[":
        read = array_records(line)
        whole = read is not None and read[1] == len(line)
        cases = [t for _, t in read[0] if not isinstance(t, Unclosed)] if read and whole else []
        return cases if cases and len(cases) == len(read[0] if read else ()) else [line]
    found: list[str] = []
    while pos < len(line):
        if line[pos] != "{":
            return [line]
        try:
            _value, end = _SCAN(line, pos)
        except (StopIteration, ValueError, RecursionError):
            end = broken_extent(line, pos)  # an error row of its own, with its own id
        found.append(line[pos:end])
        pos = _skip(line, end)
        if line[pos : pos + 1] == ",":  # "{...}, {...}": a list without its brackets
            pos = _skip(line, pos + 1)
    return found if len(found) > 1 else [line]


def document_or_lines(
    stream: TextIO,
) -> tuple[Iterator[tuple[int, str]], Iterator[str], int]:
    """A file that opens with a JSON array: its elements, then the lines after it; else
    no elements and the file's lines, as any JSON Lines file is read. The number is the
    line the lines start on."""
    lines = bounded_lines(stream)
    first = next(lines, "")
    if not first.lstrip(_SPACE).startswith("["):
        return iter(()), itertools.chain((first,) if first else (), lines), 1
    whole = first + stream.read(ARRAY_LIMIT)
    if len(whole) <= ARRAY_LIMIT:
        read = array_records(whole)
        if read is not None:
            found, rest = read
            lines_before, counted = 0, 0
            while (more := array_records(whole, rest)) is not None:  # arrays joined
                lines_before += whole.count("\n", counted, rest)
                found += [(line + lines_before, record) for line, record in more[0]]
                counted, rest = rest, more[1]
            after = itertools.chain(bounded_lines(io.StringIO(whole[rest:])), bounded_lines(stream))
            return iter(found), after, whole.count("\n", 0, rest) + 1
        lines = itertools.chain(bounded_lines(io.StringIO(whole)), bounded_lines(stream))
        return iter(()), lines, 1
    # Too large to read whole: its elements one by one. Read line by line above 64 MiB,
    # a 70 MB array put case 3's rope under id "15", another case's (a hostile round,
    # round 21).
    return _streamed(whole, stream), iter(()), 1


_CHUNK = 1024 * 1024
_ELEMENT_LIMIT = 16 * 1024 * 1024  # one case as large as the longest line read


class _Reading:
    """The unread text of a large array and where it stands in the file."""

    def __init__(self, text: str, stream: TextIO) -> None:
        self.text, self.stream = text, stream
        self.pos, self.counted, self.line, self.done = text.index("[") + 1, 0, 1, False

    def more(self) -> None:
        """The next chunk after the unread text (what was read is dropped)."""
        self.line_at(self.pos)
        chunk = self.stream.read(_CHUNK)
        self.text, self.pos, self.counted = self.text[self.pos :] + chunk, 0, 0
        self.done = not chunk

    def skip(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = _skip(self.text, self.pos)
            if self.pos < len(self.text) or self.done:
                return self.text[self.pos : self.pos + 1]
            self.more()

    def line_at(self, pos: int) -> int:
        self.line += self.text.count("\n", self.counted, pos)
        self.counted = pos
        return self.line

    def rest(self) -> Iterator[tuple[int, str]]:
        """From here, the file's lines, each with its number."""
        line = self.line_at(self.pos)
        said = itertools.chain(
            bounded_lines(io.StringIO(self.text[self.pos :])), bounded_lines(self.stream)
        )
        for number, text in enumerate(said, line):
            if text.strip():
                yield number, text


def _streamed(text: str, stream: TextIO) -> Iterator[tuple[int, str]]:
    """The elements of a large array, read a chunk at a time; from where it stops being
    one (an element that is no case, text after the ']'), the rest as lines."""
    at = _Reading(text, stream)
    while (mark := at.skip()) and mark != "]":
        while True:
            try:
                value, end = _SCAN(at.text, at.pos)
                break
            except (StopIteration, ValueError, RecursionError):
                if at.done or len(at.text) - at.pos >= _ELEMENT_LIMIT:
                    value, end = None, at.pos
                    break
                at.more()  # an element cut at the chunk's end
        if not isinstance(value, dict):
            yield from at.rest()
            return
        yield at.line_at(at.pos), at.text[at.pos : end]
        at.pos = end
        mark = at.skip()
        if mark == ",":
            at.pos += 1
        elif not mark:
            yield at.line_at(at.pos), Unclosed()  # no "]" after the last case
            return
        elif mark != "]":
            yield from at.rest()
            return
    if mark == "]":
        at.pos += 1
        if at.skip():
            yield from at.rest()
    elif not mark:
        yield at.line_at(at.pos), Unclosed()


# A pretty-printed object spans at most this many lines / characters; beyond, its lines
# are read one by one, as before.
_OBJECT_LINES = 500
_OBJECT_CHARS = 1024 * 1024


def _open_braces(line: str, depth: int, inside: bool = False) -> tuple[int, bool]:
    """The depth of braces after ``line`` (strings skipped), from ``depth``, and whether
    the line ends inside a string: a raw line break in a text ("ik wil" and "dood" on two
    lines, a naive export of notes) lost the acute signal of both halves (a hostile
    round, round 68). Such an object is read with the break as a space."""
    escaped = False
    for char in line:
        if inside:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                inside = False
        elif char == '"':
            inside = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
    return depth, inside


def joined_objects(lines: Iterator[str], first: int) -> Iterator[tuple[int, str]]:
    """The lines of a JSON Lines file, each with its number; but an object written over
    several lines (``jq '.[]'``, ``json.dumps(case, indent=2)`` appended one by one) as
    one record on the line it starts on. Read line by line, its "id" line was an error
    row under the student's id and its "text" line a case under the row number "4",
    another student's id, with "pillen gespaard voor vanavond" (a hostile round, round
    53). Lines that do not close into one object are given back one by one."""
    number = first - 1
    held: list[str] = []
    start = 0
    depth, inside = 0, False
    for line in lines:
        number += 1
        if not held:
            stripped = line.strip()
            # (one object a line ends in "}": no brace is counted on the fast path)
            if stripped[:1] != "{" or stripped[-1:] == "}" or isinstance(line, CutLine):
                yield number, line
                continue
            depth, inside = _open_braces(stripped, 0)
            if depth <= 0:
                yield number, line
                continue
            held, start = [line], number
            continue
        held.append(line)
        depth, inside = _open_braces(line.rstrip("\r\n"), depth, inside)
        size = sum(len(h) for h in held)
        if depth > 0 and len(held) < _OBJECT_LINES and size < _OBJECT_CHARS:
            continue
        whole = "".join(h if h.endswith("\n") else h + "\n" for h in held)
        flat = whole.replace("\r", " ").replace("\n", " ").strip() + "\n"
        if depth == 0 and _one_object(flat):
            yield start, flat
        else:
            yield from enumerate(held, start)
        held, depth, inside = [], 0, False
    yield from enumerate(held, start)


def _one_object(text: str) -> bool:
    try:
        value, end = _SCAN(text, _skip(text, 0))
    except (StopIteration, ValueError, RecursionError):
        return False
    return isinstance(value, dict) and _skip(text, end) == len(text)
