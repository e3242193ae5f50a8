"""The one way typed or written numbers are read: ASCII digits only.

``str.isdigit()`` accepts superscripts and circled digits ("²", "①": "²" is a key on
AZERTY keyboards) that ``int()`` then refuses, and ``int()`` accepts other scripts'
digits and underscores. Every number a person types or a file holds is read here, so
such a character is an answer that does not fit, never a crash.
"""

from __future__ import annotations

import re

# A sign and at most nine digits: no real answer is longer, and int() refuses very
# long digit strings with a ValueError of its own.
_INT = re.compile(r"[+-]?[0-9]{1,9}")


def parse_int(text: str) -> int | None:
    """The integer ``text`` holds (surrounding spaces allowed), or None."""
    stripped = text.strip()
    if _INT.fullmatch(stripped) is None:
        return None
    return int(stripped)


def parse_index(text: str, count: int) -> int | None:
    """A 1-based choice number from 1 to ``count`` as a 0-based index, or None."""
    stripped = text.strip()
    if stripped[:1] in ("+", "-"):
        return None
    number = parse_int(stripped)
    if number is None or not 1 <= number <= count:
        return None
    return number - 1
