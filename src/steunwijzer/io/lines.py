"""Reading lines of a batch file: bounded in length, and bytes that are not UTF-8 read
as Windows-1252 (the input is decoded with surrogateescape, so such bytes arrive as lone
surrogates)."""

from __future__ import annotations

import codecs
import json
import json.scanner
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from steunwijzer.io.typed import bad_bytes, clean, typed_text, windows_1252

if TYPE_CHECKING:
    from pathlib import Path


# What a typed or pasted text needs lives in io/typed.py (a `lookup --text` reads no
# file and imports nothing else from here); batch files use it from here as before.
__all__ = ["bad_bytes", "clean", "typed_text", "windows_1252"]


MAX_LINE = 16 * 1024 * 1024  # characters of one input line kept whole
_TAIL = 1024 * 1024  # and of a longer line, its last characters too
_CHUNK = 1024 * 1024


class CutLine(str):
    """A line longer than MAX_LINE: its start and its end, refused for its length."""

    __slots__ = ()


TOO_LONG = (
    f"line is longer than {MAX_LINE:,} characters: only its start, its end and the sentences "
    "around risk words in between were read"
)
# Word starts of a risk to life in both languages: a cheap first look at the skipped middle
# of an over-long line (the recogniser then reads what is kept).
# The lookahead names every first letter: without it the engine tried each alternative at
# every character, and `--answers /dev/zero` took 14 s over its 64 MiB (a hostile round,
# round 42, F4); with it, a text without those letters is skipped at C speed.
_RISK = re.compile(
    r"(?i)(?=[zsdlwkchprvuo])"
    r"(zelfmoord|su[iï]cid|dood|sterven|leven|wil niet meer|kill|die\b|dead|suicide|"
    r"snij|kras|cut|hurt myself|pillen|pills|verkracht|rape|slaat|hits? me|unsafe|onveilig)"
)
_WINDOW = 300


def _risk_windows(text: str) -> list[str]:
    """The text around each risk word start (300 characters either side), merged."""
    spans: list[list[int]] = []
    for match in _RISK.finditer(text):
        low, high = max(0, match.start() - _WINDOW), match.end() + _WINDOW
        if spans and low <= spans[-1][1]:
            spans[-1][1] = high
        else:
            spans.append([low, high])
        if len(spans) > 64:
            break
    return [text[low:high] for low, high in spans]


def bounded_lines(stream: TextIO) -> Iterator[str]:
    """The lines of ``stream``, none held longer than MAX_LINE + _TAIL characters.

    A line without an end (``batch /dev/zero``, a 200 MB one-line file) was read whole
    before any limit applied: gigabytes of memory (an outside hostile-input test, round
    6). A longer line keeps its first MAX_LINE characters and its last _TAIL (where an
    appended sentence would stand), joined by a marker; what lies between is skipped.
    The row is refused for its length either way, and what is kept is searched.
    """
    while True:
        line = stream.readline(MAX_LINE)
        if not line:
            return
        if len(line) < MAX_LINE or line.endswith("\n"):
            yield line
            continue
        tail, kept, size = "", [], 0
        while True:
            chunk = stream.readline(_CHUNK)
            # What leaves the tail is skipped: its risk words are kept with their context
            # first (a 34 MB row with "ik wil niet meer leven" in the middle lost it; an
            # outsiders' hostile round, round 7). Bounded like the tail.
            dropped = (tail + chunk)[: max(0, len(tail) + len(chunk) - _TAIL)]
            if dropped and size < _TAIL:
                for window in _risk_windows(dropped[-_CHUNK * 2 :]):
                    kept.append(window)
                    size += len(window)
            tail = (tail + chunk)[-_TAIL:]
            if not chunk or chunk.endswith("\n"):
                break
        middle = " \u2026 ".join(kept)[:_TAIL]
        yield CutLine(line + " \u2026 " + (middle + " \u2026 " if middle else "") + tail)


def skim(chunks: Iterator[str], keep: re.Pattern[str]) -> str:
    """What is searched of text beyond a size limit: every line ``keep`` matches (a safety
    answer), the sentences around risk words, and the end, bounded like a cut line.

    An answers file over 16 MiB was refused unread past its limit: its closing "ik wil
    dood" was never seen (a hostile round, round 17, F7)."""
    tail, carry, kept, size = "", "", [], 0
    for chunk in chunks:
        text = carry + chunk
        cut = text.rfind("\n") + 1 or len(text) - _CHUNK  # a line without end: split it
        whole, carry = text[: max(cut, 0)], text[max(cut, 0) :]
        for match in keep.finditer(whole):
            if size < _TAIL:
                kept.append(match.group(0))
                size += len(match.group(0))
        if size < _TAIL:
            for window in _risk_windows(whole[-_CHUNK * 2 :]):
                kept.append(window)
                size += len(window)
        tail = (tail + whole)[-_TAIL:]
    tail = (tail + carry)[-_TAIL:]
    return "\n".join(kept)[:_TAIL] + "\n\u2026 " + tail


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def text_encoding(head: bytes) -> str:
    """The encoding of a batch file from its first bytes: UTF-8, or UTF-16/32 with a byte
    order mark (Excel's "Unicode text", PowerShell) or without one, told by the NUL bytes
    around mostly-ASCII text. Read as UTF-8, every row of such a file was refused and its
    "ik wil dood" was never found (outside hostile rounds 6 and 8)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    sample = head[: len(head) // 4 * 4][:512]
    if len(sample) < 4:
        return "utf-8"
    if 0 not in sample:
        return "utf-8"
    lanes = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    # Text outside the Latin alphabet (Cyrillic, Arabic, Chinese) fills the high bytes, so
    # only the ASCII around it (keys, quotes, spaces) leaves NULs: a share, not all.
    if min(lanes[2:]) >= 0.9 and lanes[0] < 0.5:
        return "utf-32-le"
    if min(lanes[:2]) >= 0.9 and lanes[3] < 0.5:
        return "utf-32-be"
    even, odd = (lanes[0] + lanes[2]) / 2, (lanes[1] + lanes[3]) / 2
    if odd >= 0.2 and even < 0.05:
        return "utf-16-le"
    if even >= 0.2 and odd < 0.05:
        return "utf-16-be"
    return "utf-8"


# Line breaks Python does not split on: two objects joined by U+2028 were one row, the
# second student's "ik wil dood" the first one's (a hostile round, round 9).
_JOINED = re.compile(r"(?<=\})\s*[\u2028\u2029\x85\x0b\x0c]+\s*(?=\{)")


def joined_records(line: str) -> list[str]:
    """The JSON objects of a line joined by such a break, else the line alone."""
    return _JOINED.split(line) if "{" in line and _JOINED.search(line) else [line]


SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def loads_line(line: str) -> Any:
    """json.loads of one line, through the decoder's scanner directly: what `loads` adds
    (two whitespace regexes, three calls) was a tenth of a report's time per row, room
    that the report's duplicate-key check (report_input._may_repeat) now uses."""
    begin = len(line) - len(line.lstrip())
    try:
        value, end = SCAN(line, begin)
    except StopIteration as exc:
        raise json.JSONDecodeError("Expecting value", line, exc.value) from None
    if line[end:].strip():
        raise json.JSONDecodeError("Extra data", line, end)
    return value


def quoted_after(line: str, inside: bool) -> bool:
    """Whether a CSV record is still inside a quoted field at the end of ``line``.

    Only a quote that opens a field (at its start) quotes; one in the middle of an
    unquoted field is a character, as Python's csv reads it: "mijn 15\" laptop" was a
    broken record, and the row was lost (an outsiders' hostile round, round 14)."""
    if '"' not in line:
        return inside
    at_start = not inside
    i, end = 0, len(line)
    while i < end:
        c = line[i]
        if inside:
            if c == '"':
                if i + 1 < end and line[i + 1] == '"':
                    i += 1  # a doubled quote inside a quoted field
                else:
                    inside, at_start = False, False
        elif c == '"' and at_start:
            inside = True
        elif c in ",;\t":
            at_start = True
        elif c not in " \r\n":
            at_start = False
        i += 1
    return inside


def strictly_valid(text: str) -> bool:
    """A record of more than one line is real only if it parses strictly with one of the
    delimiters: Dutch Excel writes ';', and a ';' record was lost (round 14)."""
    import csv

    for delimiter in ",;\t":
        try:
            next(csv.reader([text], strict=True, delimiter=delimiter), None)
        except csv.Error:
            continue
        return True
    return False


def yaml_comments(path: Path, text: str | None = None) -> tuple[int, str]:
    """The first comment's line and the words of every YAML comment in the file (in
    ``text``, the file as it was read, when given: a named pipe is read once)."""
    if path.suffix.lower() == ".json":
        return 0, ""
    try:
        text = path.read_text(encoding="utf-8", errors="replace") if text is None else text
    except OSError:
        return 0, ""
    found: list[str] = []
    first = 0
    for number, line in enumerate(text.splitlines()[:100_000], 1):
        quote = None
        for i, c in enumerate(line):
            if quote:
                quote = None if c == quote else quote
            elif c in "\"'":
                quote = c
            elif c == "#" and (i == 0 or line[i - 1] in " \t"):
                found.append(line[i + 1 :].strip())
                first = first or number
                break
    return first, "\n. ".join(x for x in found if x)


# A file that is no text at all: an .xlsx or random bytes was read row by row (hundreds
# of error rows, and a two-letter "sh" in compressed bytes read as self-harm), and a
# refused run then searched its bytes for an acute part (a hostile round, round 20).
_BINARY = ((b"PK\x03\x04", "zip/xlsx/docx"), (b"\xd0\xcf\x11\xe0", "xls/doc"), (b"%PDF", "pdf"))


def binary_kind(first: bytes) -> str | None:
    """What binary file ``first`` (its first bytes) begins, or None for text."""
    kind = next((k for magic, k in _BINARY if first.startswith(magic)), None)
    if kind is None and text_encoding(first) == "utf-8" and first.count(b"\x00") > 2:
        # Many control bytes, as compressed or random bytes have (about one in eight): a
        # text file with three stray NULs near its start was refused whole, its rows with
        # a risk to life never named (an outside scripting user, round 33, S3)
        controls = sum(first.count(c) for c in _CONTROLS)
        kind = "NUL" if controls * 20 > len(first) and _mostly_dirty(first) else None
    return kind


def _mostly_dirty(first: bytes) -> bool:
    """Control bytes on most lines, as compressed or random bytes have them: a CSV whose
    second row held a run of NULs was refused whole, its first row "ik wil dood" never
    named (a hostile round, round 62); one dirty line among clean ones is a bad row."""
    lines = [line for line in first.split(b"\n")[:-1] if line.strip()] or [first]
    dirty = [any(c in line for c in _CONTROLS) for line in lines]
    if len(lines) >= 3 and not any(dirty[:2]):
        # Two clean lines first (a header and a row) are a text file with a bad row: 50
        # rows and one pasted 3 KB of control bytes was refused whole, its "ik wil dood"
        # never named (a hostile round, round 68); compressed or random bytes are
        # dirty from the start.
        return False
    return sum(dirty) * 2 > len(lines)


_CONTROLS = [bytes([c]) for c in range(32) if c not in (9, 10, 12, 13)]


def first_line(head: str) -> str:
    """The first line that is no comment: JSON Lines on stdin opening with "# cases from
    intake" was read as CSV, every row refused (a hostile round, round 62)."""
    lines = (line.strip() for line in head.lstrip("\ufeff").split("\n"))
    return next((line for line in lines if line and not line.startswith("#")), "")
