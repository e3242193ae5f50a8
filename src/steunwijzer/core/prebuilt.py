"""The built-in catalogue's recogniser, compiled at build time: its index by first word,
the word parts its patterns use and every pattern ready to match (``_builtin_index.bin``
beside the compiled catalogue).

`catalog.compiled.load_builtin` offers it here without reading it (a start that reads
no free text pays nothing for it). The recogniser asks for it at its first text and
gets it only for the very themes it was compiled from (the same objects, decoded from
the same compiled catalogue, whose staleness check covers the YAML and, in an editable
install, the modules), the same Python and the same stemmer; else it builds its own.
Compiling a text's patterns as it met them cost about 5 ms of a `lookup --text`.

``marshal`` reads only this file, written by our own build beside the modules (as
Python reads its own .pyc files); never a catalogue or anything a user gives.
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Mapping
from typing import Any

MAGIC = b"SWIX1"
_OFFERED: list[tuple[str, str, Mapping[str, object]]] = []


def offer(path: str, token: str, themes: Mapping[str, object]) -> None:
    _OFFERED[:] = [(path, token, themes)]


def stamp() -> list[object]:
    """What the packed patterns depend on beyond the catalogue: Python (marshal's
    format, the objects it makes) and the stemmer (the stems in the tables)."""
    import Stemmer

    version = getattr(Stemmer, "version", "")
    return [*sys.version_info[:2], str(version() if callable(version) else version)]


def pack(token: str, data: dict[str, Any]) -> bytes:
    """The file: a line with the token, the length of the head, the head (tables, word
    parts, where each pattern starts), then the patterns one after another: a text
    reads only the few it may match, straight from the mapped file."""
    blobs = [None if f is None else marshal.dumps(f) for f in data.pop("patterns")]
    offsets = [0]
    for blob in blobs:
        offsets.append(offsets[-1] + (len(blob) if blob is not None else 0))
    head = marshal.dumps(
        {**data, "tables": shared(data["tables"]), "offsets": tuple(offsets), "stamp": stamp()}
    )
    body = b"".join(blob or b"" for blob in blobs)
    return MAGIC + token.encode("ascii") + b"\n" + len(head).to_bytes(8, "big") + head + body


def shared(tables: dict[str, dict[str, Any]]) -> dict[str, dict[str, tuple[int, ...]]]:
    """The tables with each list of pattern numbers as a tuple, one object per distinct
    list: marshal writes a repeated object once and reads it back once, which halves
    reading the head (about 3.3 ms of a `lookup --text` became 1.4 ms; most of the
    10,000 typo keys share their patterns with a few others)."""
    pool: dict[tuple[int, ...], tuple[int, ...]] = {}
    return {
        name: {key: pool.setdefault(tuple(ns), tuple(ns)) for key, ns in table.items()}
        for name, table in tables.items()
    }


def _paused(blob: bytes) -> Any:
    """``marshal.loads`` with the garbage collector paused: the tens of thousands of
    tuples it makes hold no cycles, and collecting while it makes them cost about 1 ms
    of a `lookup --text` (as the catalogue loader pauses it while loading)."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(blob)  # noqa: S302 - our own build
    finally:
        if was_enabled:
            gc.enable()


class Packed:
    """The compiled recogniser of one file: the head read, the patterns left mapped."""

    def __init__(self, head: dict[str, Any], patterns: Any, start: int) -> None:
        self.tables = head["tables"]
        self.affixes = head["affixes"]
        self._offsets: tuple[int, ...] = head["offsets"]
        self._patterns = patterns
        self._start = start

    def pattern(self, number: int) -> tuple[Any, ...] | None:
        low, high = self._offsets[number], self._offsets[number + 1]
        if low == high:
            return None  # a pattern that cannot be read (catalog validate reports it)
        blob = self._patterns[self._start + low : self._start + high]
        return marshal.loads(blob)  # type: ignore[no-any-return]  # noqa: S302 - our build


def pack_for(themes: Mapping[str, object]) -> Packed | None:
    """The packed recogniser when it was compiled for exactly these themes, else None."""
    if not _OFFERED:
        return None
    path, token, offered = _OFFERED[0]
    if themes.keys() != offered.keys() or any(themes[k] is not offered[k] for k in themes):
        return None  # a layer or another catalogue: other patterns
    import mmap

    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - pathlib costs ms at start
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        first = MAGIC + token.encode("ascii") + b"\n"
        if mapped[: len(first)] != first:
            return None
        size = int.from_bytes(mapped[len(first) : len(first) + 8], "big")
        start = len(first) + 8
        head = _paused(mapped[start : start + size])
        if not isinstance(head, dict) or head.get("stamp") != stamp():
            return None
        packed = Packed(head, mapped, start + size)
        if packed._offsets[-1] + start + size != len(mapped):
            return None  # cut short
        return packed
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None


# --- the second net's weights (core/resemblance.py) -----------------------------------

WEIGHTS_MAGIC = b"SWRW1 "
WEIGHTS_NAME = "_builtin_weights.bin"


def _weights_line() -> bytes:
    # The Python version in plain bytes before the marshal data: another version's
    # marshal is never even read.
    return WEIGHTS_MAGIC + "{}.{}".format(*sys.version_info[:2]).encode("ascii") + b"\n"


def pack_weights(raw: bytes, data: dict[str, Any]) -> bytes:
    """The weights read from ``raw`` (resemblance.json) as ``data``, ready to read, with
    the length and checksum of ``raw``: an edited or retrained JSON file makes it stale."""
    import zlib

    return _weights_line() + marshal.dumps({"source": (len(raw), zlib.crc32(raw)), "data": data})


def unpack_weights(blob: bytes, raw: bytes) -> dict[str, Any] | None:
    """The weights packed from exactly ``raw`` by this Python, else None."""
    import zlib

    line = _weights_line()
    if not blob.startswith(line):
        return None
    try:
        document = _paused(blob[len(line) :])
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(document, dict) or document.get("source") != (len(raw), zlib.crc32(raw)):
        return None
    data = document.get("data")
    return data if isinstance(data, dict) else None
