"""A typed or pasted text as the person wrote it: bytes that are not UTF-8 read as
Windows-1252, UTF-8 read in another code page read again (io/lines.py uses the same
for batch files). Kept apart from io/lines.py so that `lookup --text` imports only
this (about 2 ms of a start)."""

from __future__ import annotations

import codecs
import re

from steunwijzer.core.lazyre import lazy_compile


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


_STRAY_BYTES = lazy_compile("[\udc80-\udcff]+")


def windows_1252(text: str) -> str:
    """Bytes that are not UTF-8 read as Windows-1252, what Dutch Excel and Notepad save
    ("su\xefcide" is "suïcide"); valid UTF-8 around them stays as it is. Such rows were
    refused, and their "suïcide" searched as "su?cide": no crisis line (round 6).

    The start of a character cut short stands between words: an emoji cut at a byte
    limit after "ik wil dood" was read as the word "doodðŸ˜" in a batch: nothing
    recognised, exit 0 (an outsiders' hostile round, round 25, H1). Other bytes stay
    the letters they are, so two ids that differ in one byte stay apart."""
    if not bad_bytes(text):
        return text
    return _STRAY_BYTES.sub(lambda m: _as_letters(bytes(ord(c) - 0xDC00 for c in m.group())), text)


def _as_letters(raw: bytes) -> str:
    return "\ufffd" if _cut_short(raw) else raw.decode("cp1252", "replace")


def _written(raw: bytes) -> str:
    if _cut_short(raw):
        return "\ufffd"  # "dood\xe2\x80": a "’" cut short, no "â€" glued to the word
    said = raw.decode("cp1252", "replace")
    return "".join(c if c in _WRITTEN else "\ufffd" for c in said)


def _cut_short(raw: bytes) -> bool:
    """The start of a UTF-8 character of three or four bytes with its end cut off (an
    export that cuts a field at a byte limit). A lone lead byte stays a Windows-1252
    letter: "caf\xe9" is "café"."""
    if len(raw) < 2 or not 0xE0 <= raw[0] <= 0xF4:
        return False
    return len(raw) < (3 if raw[0] < 0xF0 else 4) and all(0x80 <= b <= 0xBF for b in raw[1:])


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """A byte that is no UTF-8, as Windows-1252 where that gives a letter or a mark a
    writer of Dutch or English uses, else U+FFFD, which stands between words: "ik wil
    \xffdood" is "wil" and "dood", never the word "ÿdood"."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return _written(error.object[error.start : error.end]), error.end


_WRITTEN = frozenset("àáâäèéêëìíîïòóôöùúûüçñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ‘’“”–—…€")


CP1252_ERRORS = "steunwijzer-cp1252"  # a codec error handler: bad bytes as Windows-1252
codecs.register_error(CP1252_ERRORS, _as_windows_1252)
# What UTF-8 looks like read as Latin-1 or Windows-1252: a lead byte, then a byte of
# 0x80-0xBF as that code page shows it ("dÃ³Ã³d" for "dóód").
_FOLLOW = bytes(range(0x80, 0xC0)).decode("cp1252", "ignore") + bytes(range(0x80, 0xC0)).decode(
    "latin-1"
)
_MOJIBAKE = lazy_compile(f"[\u00c2-\u00f4][{re.escape(_FOLLOW)}]")


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
