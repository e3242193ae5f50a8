"""Reading lines of a batch file: bounded in length, and bytes that are not UTF-8 read
as Windows-1252 (the input is decoded with surrogateescape, so such bytes arrive as lone
surrogates)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TextIO


def bad_bytes(text: str) -> bool:
    """The input is decoded with surrogateescape: undecodable bytes show up as surrogates."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")  # lone surrogates cannot be encoded; checked at C speed
    except UnicodeEncodeError:
        return True
    return False


_STRAY_BYTE = re.compile("[\udc80-\udcff]")


def windows_1252(text: str) -> str:
    """Bytes that are not UTF-8 read as Windows-1252, what Dutch Excel and Notepad save
    ("su\xefcide" is "suïcide"); valid UTF-8 around them stays as it is. Such rows were
    refused, and their "suïcide" searched as "su?cide": no crisis line (round 6)."""
    if not bad_bytes(text):
        return text
    return _STRAY_BYTE.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text
    )


MAX_LINE = 16 * 1024 * 1024  # characters of one input line kept whole
_TAIL = 1024 * 1024  # and of a longer line, its last characters too
_CHUNK = 1024 * 1024


class CutLine(str):
    """A line longer than MAX_LINE: its start and its end, refused for its length."""

    __slots__ = ()


TOO_LONG = f"line is longer than {MAX_LINE:,} characters: only its start and end were read"


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
        tail = ""
        while True:
            chunk = stream.readline(_CHUNK)
            tail = (tail + chunk)[-_TAIL:]
            if not chunk or chunk.endswith("\n"):
                break
        yield CutLine(line + " \u2026 " + tail)
