"""A typed or pasted text as the person wrote it: bytes that are not UTF-8 read as
Windows-1252, UTF-8 read in another code page read again (io/lines.py uses the same
for batch files). Kept apart from io/lines.py so that `lookup --text` imports only
this (about 2 ms of a start)."""

from __future__ import annotations

import codecs
import re


def bad_bytes(text: str) -> bool:
    """The input is decoded with surrogateescape: undecodable bytes show up as surrogates."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")  # lone surrogates cannot be encoded; checked at C speed
    except UnicodeEncodeError:
        return True
    return False


def clean(text: str) -> str:
    """Text decoded with surrogateescape, with undecodable bytes as U+FFFD (for output)."""
    if not bad_bytes(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """A byte that is no UTF-8, as Windows-1252 where that gives a letter or a mark a
    writer of Dutch or English uses, else U+FFFD, which stands between words: "ik wil
    \xffdood" is "wil" and "dood", never the word "ÿdood"."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    said = error.object[error.start : error.end].decode("cp1252", "replace")
    return "".join(c if c in _WRITTEN else "\ufffd" for c in said), error.end


_WRITTEN = frozenset("àáâäèéêëìíîïòóôöùúûüçñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ‘’“”–—…€")


codecs.register_error("steunwijzer-cp1252", _as_windows_1252)
# What UTF-8 looks like read as Latin-1 or Windows-1252: a lead byte, then a byte of
# 0x80-0xBF as that code page shows it ("dÃ³Ã³d" for "dóód").
_FOLLOW = bytes(range(0x80, 0xC0)).decode("cp1252", "ignore") + bytes(range(0x80, 0xC0)).decode(
    "latin-1"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{re.escape(_FOLLOW)}]")


def typed_text(text: str) -> str:
    """Words typed at a prompt or given as an argument, as the person wrote them. Bytes
    that are not UTF-8 are read as Windows-1252, valid UTF-8 around them as UTF-8 (a
    pasted "ik wil d\xf3\xf3d" was nothing recognised, and "ik wil \xffdood" stopped the
    screen after the tier line, no crisis line); UTF-8 read in a Latin-1 locale ("ik wil
    dÃ³Ã³d") is read as UTF-8 again (a hostile round, round 22, X1-X3, X6)."""
    if bad_bytes(text):
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate that is no byte
            return clean(windows_1252(text)) if bad_bytes(windows_1252(text)) else text
        text = raw.decode("utf-8", "steunwijzer-cp1252")
    if text.isascii() or _MOJIBAKE.search(text) is None:
        return text
    for code_page in ("latin-1", "cp1252"):
        try:
            return text.encode(code_page).decode("utf-8")
        except UnicodeError:
            continue
    return text
