"""Formats of contact details: Dutch and international phone numbers, e-mail, web links."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s<>\"]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https?://[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(:\d+)?(/\S*)?$")


def valid_email(value: str) -> bool:
    return _EMAIL.match(value) is not None


def valid_url(value: str) -> bool:
    return _URL.match(value) is not None


_PHONE_CHARS = re.compile(r"[\s\-().]")


def valid_phone(number: str) -> bool:
    """Dutch numbers (0xx..., 0800/0900, short 112/113/14xxx) or international +CC..."""
    digits = _PHONE_CHARS.sub("", number)
    if digits.startswith("+"):
        rest = digits[1:]
        if not (rest.isascii() and rest.isdigit()):
            return False
        if rest.startswith("31"):
            return len(rest) == 11
        return 8 <= len(rest) <= 15
    if not (digits.isascii() and digits.isdigit()):
        return False
    if digits in ("112", "113") or (digits.startswith("14") and len(digits) in (5, 6)):
        return True
    if digits.startswith(("0800", "0900", "0906", "0909")):
        return 8 <= len(digits) <= 11
    return digits.startswith("0") and len(digits) == 10
