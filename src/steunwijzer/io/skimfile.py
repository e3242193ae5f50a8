"""The words of a refused answers file: its first 16 MiB whole, and past that what is
searched of an over-long batch line (safety answers, risk words, the end)."""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
from collections.abc import Iterator
from typing import BinaryIO

from steunwijzer.core.salvage import SAFETY_LINE
from steunwijzer.io.lines import skim, text_encoding

HEAD = 16 * 1024 * 1024  # bytes read whole, as an answers file may be
_CHUNK = 1024 * 1024
_KEEP = re.compile(SAFETY_LINE)


# A stream or a device is searched up to 64 MiB in all (a file to its end; UTF-16 doubles
# the bytes of a 16 MiB head):
# `yes | steunwijzer interview --answers -` and `--answers /dev/zero` were searched
# without end (a hostile round, round 37, H2).
STREAM_LIMIT = 4 * HEAD


def _regular(handle: BinaryIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


def _chunks(given: Iterator[bytes], handle: BinaryIO) -> Iterator[bytes]:
    size, limit = 0, None if _regular(handle) else STREAM_LIMIT
    for chunk in given:
        size += len(chunk)
        yield chunk
    while (limit is None or size < limit) and (chunk := handle.read(_CHUNK)):
        size += len(chunk)
        yield chunk


def refused_text(given: Iterator[bytes], handle: BinaryIO) -> str:
    """The text to search: ``given`` (what was read already) and then ``handle``."""
    chunks = _chunks(given, handle)
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= HEAD:
            break
    rest_start, head = head[HEAD:], head[:HEAD]
    # UTF-16/32 (with or without a byte order mark) read as UTF-8 hid its "ja" (round 9).
    # Bytes that are not UTF-8 as Windows-1252, as batch and lookup read them: "ik wil
    # d\xf3\xf3d" in a refused answers file was "d??d", no crisis line (round 46, P3).
    from steunwijzer.io.typed import CP1252_ERRORS  # (registers the handler)

    encoding = text_encoding(head[:512])
    errors = CP1252_ERRORS if encoding == "utf-8" else "replace"
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    text = decoder.decode(head).lstrip("\ufeff")

    def rest() -> Iterator[str]:
        yield decoder.decode(rest_start)
        for chunk in chunks:
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)

    more = skim(rest(), _KEEP)
    return text + ("\n" + more if more.strip("\n\u2026 ") else "")
