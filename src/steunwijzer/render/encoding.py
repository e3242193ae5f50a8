"""Output on a terminal that cannot show every character: never a crash.

A legacy or narrow terminal (``PYTHONIOENCODING=cp1252``, latin-1, ASCII) cannot encode
"—", "•" or "→". Standard output and error then write a safe stand-in: the usual ASCII
spelling of common punctuation, a letter without its accent, else "?". A UTF-8 stream
only meets characters it cannot encode as lone surrogates (undecodable input bytes):
those become U+FFFD.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
import unicodedata

HANDLER = "steunwijzer-fallback"
_ASCII = {
    "—": "-", "–": "-", "‐": "-", "−": "-", "…": "...", "•": "*", "·": "*", "→": "->",
    "←": "<-", "‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "\u00a0": " ", "\u202f": " ", "€": "EUR", "✓": "v", "✗": "x", "²": "2", "³": "3",
}  # fmt: skip


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\ufffd" if error.encoding.replace("-", "").lower() == "utf8" else "?")
            continue
        stand_in = _ASCII.get(ch)
        if stand_in is None:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
            stand_in = bare if bare and bare.isascii() else "?"
        out.append(stand_in)
    return "".join(out), error.end


_RAISING = frozenset(("strict", "surrogateescape"))


def install() -> None:
    """Give stdout and stderr the fallback, where they would otherwise raise; stdin reads
    bytes it cannot decode as stand-ins (io.lines.typed_text reads them again), where
    PYTHONIOENCODING=ascii ended an intake at the first "geïsoleerd" (round 22, X6)."""
    codecs.register_error(HANDLER, _fallback)
    if getattr(sys.stdin, "errors", None) == "strict" and hasattr(sys.stdin, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            sys.stdin.reconfigure(errors="surrogateescape")
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        # "surrogateescape" is what Python picks under an ASCII locale (LC_ALL=C): it
        # raises on "—" as "strict" does, and the crisis lines after it went unprinted.
        # Any other handler was chosen by the user (PYTHONIOENCODING=ascii:replace).
        if reconfigure is None or getattr(stream, "errors", "strict") not in _RAISING:
            continue
        try:
            reconfigure(errors=HANDLER)
        except (ValueError, OSError):  # pragma: no cover - a stream that cannot be changed
            continue
