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
import zlib
from collections.abc import Iterator, Mapping
from typing import Any

MAGIC = b"SWIX3"
# Keys per bucket of an index table: a text reads only the buckets of its own words.
# Reading the whole head (about 11,000 typo keys among them) cost about 7 ms of every
# `lookup --text`; a bucket of this size is read in a few microseconds.
BUCKET_KEYS = 16
_OFFERED: list[tuple[str, str, Mapping[str, object]]] = []


def offer(path: str, token: str, themes: Mapping[str, object]) -> None:
    _OFFERED[:] = [(path, token, themes)]


def stamp() -> list[object]:
    """What the packed patterns depend on beyond the catalogue: Python (marshal's
    format, the objects it makes), the stemmer (the stems in the tables) and the byte
    order (the offsets are read as the machine's own integers)."""
    import Stemmer

    version = getattr(Stemmer, "version", "")
    return [*sys.version_info[:2], str(version() if callable(version) else version), sys.byteorder]


def slot(key: str, count: int) -> int:
    """The bucket of a key: the same in every process (``hash`` of a str is not)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % count


def buckets(table: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A table split into buckets by ``slot``."""
    out: list[dict[str, Any]] = [{} for _ in range(max(1, len(table) // BUCKET_KEYS))]
    for key, value in table.items():
        out[slot(key, len(out))][key] = value
    return out


def shared(table: Mapping[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """Each list of pattern numbers as a tuple, one object per distinct list: marshal
    writes an object it meets again once (most typo keys share their patterns)."""
    pool: dict[tuple[int, ...], tuple[int, ...]] = {}
    return {key: pool.setdefault(tuple(ns), tuple(ns)) for key, ns in table.items()}


def laid_out(head: dict[str, Any], blobs: list[bytes | None]) -> bytes:
    """The head (with where each blob starts) and the blobs one after another; a blob
    of None is left empty (a pattern that cannot be read)."""
    import array

    offsets = [0]
    for blob in blobs:
        offsets.append(offsets[-1] + (len(blob) if blob is not None else 0))
    head = {**head, "offsets": array.array("I", offsets).tobytes()}
    marshalled = marshal.dumps(head)
    return len(marshalled).to_bytes(8, "big") + marshalled + b"".join(b or b"" for b in blobs)


def split_tables(
    tables: Mapping[str, Mapping[str, Any]], blobs: list[bytes | None]
) -> dict[str, tuple[int, int]]:
    """Each table's buckets appended to ``blobs``; where each table's buckets are."""
    where: dict[str, tuple[int, int]] = {}
    for name, table in tables.items():
        split = buckets(table)
        where[name] = (len(blobs), len(split))
        blobs.extend(marshal.dumps(bucket) for bucket in split)
    return where


def pack(token: str, data: dict[str, Any]) -> bytes:
    """The file: a line with the token, then the head (word parts, where each table's
    buckets are) and the blobs, the patterns first, then the buckets: a text reads
    only the few it needs, straight from the mapped file."""
    patterns = data.pop("patterns")
    # What each pattern needs of a text first (its last field), then the rest of it:
    # most patterns a text points to are ruled out by their needs alone.
    blobs = [None if f is None else marshal.dumps(f[-1]) for f in patterns]
    blobs += [None if f is None else marshal.dumps(f[:-1]) for f in patterns]
    tables = {name: shared(table) for name, table in data.pop("tables").items()}
    head = {**data, "patterns": len(patterns), "tables": split_tables(tables, blobs)}
    head["stamp"] = stamp()
    return MAGIC + token.encode("ascii") + b"\n" + laid_out(head, blobs)


def _paused(blob: bytes) -> Any:
    """``marshal.loads`` with the garbage collector paused: the tuples it makes hold no
    cycles, and collecting while it makes them cost about 1 ms of a `lookup --text` (as
    the catalogue loader pauses it while loading)."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(blob)  # noqa: S302 - our own build
    finally:
        if was_enabled:
            gc.enable()


class Blobs:
    """The blobs after a head, read one at a time; ``start`` is where the head begins."""

    def __init__(self, data: Any, start: int) -> None:
        size = int.from_bytes(data[start : start + 8], "big")
        self.head = _paused(data[start + 8 : start + 8 + size])
        if not isinstance(self.head, dict):
            raise ValueError("not a head")
        self._offsets = memoryview(self.head["offsets"]).cast("I")
        self._data = data
        self._start = start + 8 + size
        if self._start + self._offsets[-1] != len(data):
            raise ValueError("cut short")

    def blob(self, number: int) -> Any:
        low, high = self._offsets[number], self._offsets[number + 1]
        if low == high:
            return None
        blob = self._data[self._start + low : self._start + high]
        return marshal.loads(blob)  # noqa: S302 - our own build

    def tables(self, key: str) -> dict[str, Buckets]:
        return {name: Buckets(self, *where) for name, where in self.head[key].items()}


class Buckets(Mapping[str, Any]):
    """One table, read bucket by bucket as its keys are asked for."""

    __slots__ = ("_blobs", "_first", "_read")

    def __init__(self, blobs: Blobs, first: int, count: int) -> None:
        self._blobs = blobs
        self._first = first
        self._read: list[dict[str, Any] | None] = [None] * count

    def _bucket(self, key: str) -> dict[str, Any]:
        n = slot(key, len(self._read))
        bucket = self._read[n]
        if bucket is None:
            bucket = self._read[n] = self._blobs.blob(self._first + n) or {}
        return bucket

    def get(self, key: str, default: Any = None) -> Any:
        return self._bucket(key).get(key, default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._bucket(key)

    def __getitem__(self, key: str) -> Any:
        return self._bucket(key)[key]

    def whole(self) -> dict[str, Any]:
        """Every key (for tests and tools: a text never needs them all)."""
        out: dict[str, Any] = {}
        for n in range(len(self._read)):
            out.update(self._blobs.blob(self._first + n) or {})
        return out

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())


class Packed:
    """The compiled recogniser of one file: the head read, the rest left mapped."""

    def __init__(self, blobs: Blobs) -> None:
        self.affixes = blobs.head["affixes"]
        self.tables = blobs.tables("tables")
        self._count: int = blobs.head["patterns"]
        self._blobs = blobs

    def needs(self, number: int) -> tuple[frozenset[str], ...] | None:
        """What a pattern needs of a text (its last field), or None for a pattern that
        cannot be read (catalog validate reports it)."""
        return self._blobs.blob(number)  # type: ignore[no-any-return]

    def pattern(self, number: int) -> tuple[Any, ...] | None:
        """A pattern's fields, or None for one that cannot be read."""
        rest = self._blobs.blob(self._count + number)
        return None if rest is None else (*rest, self.needs(number))


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
        blobs = Blobs(mapped, len(first))
        return Packed(blobs) if blobs.head.get("stamp") == stamp() else None
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None


# --- the second net's weights (core/resemblance.py) -----------------------------------

WEIGHTS_MAGIC = b"SWRW2 "
WEIGHTS_NAME = "_builtin_weights.bin"


def _weights_line() -> bytes:
    # The Python version in plain bytes before the marshal data: another version's
    # marshal is never even read.
    return WEIGHTS_MAGIC + "{}.{}".format(*sys.version_info[:2]).encode("ascii") + b"\n"


def pack_weights(raw: bytes, data: dict[str, Any]) -> bytes:
    """The weights read from ``raw`` (resemblance.json) as ``data``, ready to read, with
    the length and checksum of ``raw``: an edited or retrained JSON file makes it stale.
    Each theme's weights are read bucket by bucket, as a text's words ask for them
    (reading all 10,000 cost about 3 ms of a `lookup --text`)."""
    blobs: list[bytes | None] = []
    weights = split_tables(data.pop("weights"), blobs)
    head = {"source": (len(raw), zlib.crc32(raw)), "data": data, "weights": weights}
    return _weights_line() + laid_out(head, blobs)


def unpack_weights(blob: bytes, raw: bytes) -> dict[str, Any] | None:
    """The weights packed from exactly ``raw`` by this Python, else None."""
    line = _weights_line()
    if not blob.startswith(line):
        return None
    try:
        blobs = Blobs(blob, len(line))
        if blobs.head.get("source") != (len(raw), zlib.crc32(raw)):
            return None
        data = blobs.head.get("data")
        return {**data, "weights": blobs.tables("weights")} if isinstance(data, dict) else None
    except (ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None
