"""Make untrusted text safe to show in a terminal.

Catalogue and batch text may contain terminal escape sequences (colour, OSC 8 links,
title changes) or control characters; shown raw, they could rewrite what a
counsellor sees. Everything printed to a terminal passes through ``plain``; JSON
escapes them (``json_safe``); CSV cells are cleaned and, as OWASP advises against
formula injection, a cell that a spreadsheet would run as a formula gets a leading
``'`` (``csv_cell``).
"""

from __future__ import annotations

import re

from steunwijzer.core.lazyre import lazy_compile

# CSI and OSC sequences first (so their parameters go too), then any C0/C1 control
# except tab and newline.
_ESCAPES = lazy_compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    # OSC ... BEL or ST; unterminated, its numbers only: "\x1b]0" cut from a theme list
    # at its ";" took the rest of the error message with it (a hostile round, round 16)
    r"|\x1b\](?:[^\x07\x1b]*(?:\x07|\x1b\\)|[0-9;]*)"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b."  # any other two-byte escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
    # Bidirectional overrides and isolates: "\u202e" turned a phone number or a name
    # around on screen and in every export (an outsiders' hostile round, round 7).
    r"|[\u202a-\u202e\u2066-\u2069]"
)


def plain(text: str) -> str:
    """The text with every escape sequence and control character removed."""
    if text.isprintable():
        return text
    cleaned = _ESCAPES.sub("", text)
    return _bytes_shown(cleaned) if _SURROGATE.search(cleaned) else cleaned


# A file name that is not UTF-8 (a share from an old Windows server) reaches Python with
# lone surrogates ("\udcff"); written to the terminal they stopped `catalog validate`
# with an internal error before any diagnostic (a hostile round, round 26).
_SURROGATE = lazy_compile("[\ud800-\udfff]")


def _bytes_shown(text: str) -> str:
    """Lone surrogates as the bytes they stand for, escaped: "\\xffadd.yaml"."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def shown_path(path: object) -> str:
    """A file name for a ``FILE:LINE: error:`` line: a line break in it forged a line of
    its own (a hostile round, round 42, F5), so it is written as \\n."""
    return str(path).replace("\n", "\\n").replace("\r", "\\r")


def one_line(text: str) -> str:
    """``plain`` and folded to a single line (for table cells and messages)."""
    return " ".join(plain(text).split())


# Patterns that only exports and CSV cells need are strings, compiled (and cached by
# ``re``) on first use: compiling them at import cost every lookup about 1 ms.
_MD_INLINE = r"([\\`*_\[\]<>|])"
_MD_LINE_START = r"^(\s*)([#>+\-=]|\d+[.)])"


def md_escape(text: str) -> str:
    """Escape Markdown and HTML so catalogue text is shown as written, never as markup.

    Only what can start markup is escaped: emphasis, code, links, HTML, tables, and
    list or heading markers at the start of the text; ordinary punctuation stays
    readable for people who edit the page afterwards.
    """
    out = re.sub(_MD_INLINE, r"\\\1", one_line(text).replace("&", "&amp;"))

    def mark(match: re.Match[str]) -> str:
        marker = match.group(2)  # "#", "-", ... or "12." whose dot must be escaped
        return match.group(1) + (
            marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
        )

    return re.sub(_MD_LINE_START, mark, out)


def md_contact(value: str) -> str:
    """A contact in Markdown as it must be typed: a web or e-mail address as an autolink
    ("<...>", shown by CommonMark as written). Escaped, a copied address read
    "...?training=slaap&amp;jaar=2026" or "a\\_b@..." (an outsiders' hostile round,
    round 15). Anything else (a phone number, a street address) is escaped."""
    if re.fullmatch(r"(?:https?://|[^@\s<>]+@)[^\s<>]+", value):
        return f"<{value}>"
    return md_escape(value)


# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Plainly a number ("-12", "+3.5", "-0,75") or a phone number ("+31 20 123 4567",
# "+31 (0)6-12345678"): left as written, since no spreadsheet runs those.
_PLAIN_NUMBER = r"[+-]?(?:[0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)"
_PHONE_NUMBER = r"\+[0-9][0-9 ()\-.]{5,24}[0-9]"


def csv_cell(value: str, raw: bool = False) -> str:
    """A CSV cell without control characters (tab and newline kept); unless ``raw``, a
    cell a spreadsheet would run as a formula starts with ``'``."""
    cell = plain(value)
    if raw or not cell or cell[0] not in _FORMULA_START:
        return cell
    if re.fullmatch(_PLAIN_NUMBER, cell):
        return cell
    if re.fullmatch(_PHONE_NUMBER, cell) and " " in cell:
        # Only with a space: "+31-20-1234" without one is a sum a spreadsheet works out
        # (-1223; a hostile round, round 19).
        return cell
    return "'" + cell


# The bidi overrides and isolates too (U+202A-202E, U+2066-2069): a catalogue name with
# U+202E showed reversed in `jq`, an HSDS file or a web page ("Trojan Source"; a hostile
# round, round 17). Escaped, the data stays the same.
_C1_AND_DEL = lazy_compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """JSON text with DEL, C1 controls (the 8-bit CSI 0x9B among them) and bidi controls
    escaped as ``\\uXXXX``; json.dumps escapes the C0 ones itself. The data stays the same."""
    if text.isascii() and "\x7f" not in text:
        return text
    return _C1_AND_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
