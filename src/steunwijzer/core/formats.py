"""Formats of contact details: Dutch and international phone numbers, e-mail, web links.

The patterns are the one definition of each format: the validator matches them here and
the JSON Schema (catalog/jsonschema.py) publishes the same text for editors, so an
address one accepts the other accepts too. They are written in the subset that Python's
``re`` and ECMAScript (editors) read alike; a phone number's length rules, which a
pattern cannot express well, are checked here only.
"""

from __future__ import annotations

import re

# No control or invisible format character in a contact: an escape sequence in an
# address cleared the counsellor's screen, and a crisis number "0800\n1234567" counted
# as the line that replaced 113 (an outsiders' hostile round, round 15).
_NO_CONTROL = r"\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
EMAIL_PATTERN = rf'^[^@\s<>"{_NO_CONTROL}]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{{2,}}$'
URL_PATTERN = (
    r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(:[0-9]+)?"
    rf"(/[^\s{_NO_CONTROL}]*)?$"  # quotes and brackets are escaped wherever shown
)
# Digits with spaces, dashes, dots and brackets between them, at most one leading '+'.
PHONE_PATTERN = r"^[ \u00a0().-]*(\+[ \u00a0().-]*)?[0-9][0-9 \u00a0().-]*$"

_EMAIL = re.compile(EMAIL_PATTERN)
_URL = re.compile(URL_PATTERN)
_PHONE = re.compile(PHONE_PATTERN)
_PHONE_CHARS = re.compile(r"[\s\-().]")


def valid_email(value: str) -> bool:
    return _EMAIL.match(value) is not None


def valid_url(value: str) -> bool:
    return _URL.match(value) is not None


def valid_phone(number: str) -> bool:
    """Dutch numbers (0xx..., 0800/0900, short 112/113/14xxx) or international +CC..."""
    if not _PHONE.match(number):
        return False
    digits = _PHONE_CHARS.sub("", number)
    if not digits.isascii():
        return False
    if digits.startswith("+"):
        rest = digits[1:]
        if rest.startswith("31"):
            return len(rest) == 11
        return 8 <= len(rest) <= 15
    if digits in ("112", "113") or (digits.startswith("14") and len(digits) in (5, 6)):
        return True
    if digits.startswith(("0800", "0900", "0906", "0909")):
        return 8 <= len(digits) <= 11
    return digits.startswith("0") and len(digits) == 10
