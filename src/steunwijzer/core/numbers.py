"""The one way typed or written numbers are read: ASCII digits only.

``str.isdigit()`` accepts superscripts and circled digits ("²", "①": "²" is a key on
AZERTY keyboards) that ``int()`` then refuses, and ``int()`` accepts other scripts'
digits and underscores. Every number a person types or a file holds is read here, so
such a character is an answer that does not fit, never a crash.
"""

from __future__ import annotations

import itertools
import re

from steunwijzer.core.lazyre import lazy_compile

# A sign and at most nine digits: no real answer is longer, and int() refuses very
# long digit strings with a ValueError of its own.
_INT = lazy_compile(r"[+-]?[0-9]{1,9}")


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


# Numbers as people say them at a scale or a choice ("een zes denk ik", "around a
# seven", "de tweede", "nummer 2"): refused as "does not fit" in a role-play (round 13).
# "een" is the article here ("een zes"), never one; "één" is one.
_SPOKEN = {
    "nul": 0, "zero": 0, "één": 1, "eén": 1, "one": 1, "twee": 2, "two": 2, "drie": 3,
    "three": 3, "vier": 4, "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6,
    "zeven": 7, "seven": 7, "acht": 8, "eight": 8, "negen": 9, "nine": 9, "tien": 10,
    "ten": 10, "eerste": 1, "first": 1, "tweede": 2, "second": 2, "derde": 3, "third": 3,
    "vierde": 4, "fourth": 4, "vijfde": 5, "fifth": 5, "zesde": 6, "sixth": 6,
    "zevende": 7, "seventh": 7, "achtste": 8, "eighth": 8, "negende": 9, "ninth": 9,
    "tiende": 10, "tenth": 10,
    # a Dutch school mark: "een zesje" was refused at the scale (round 42)
    "drietje": 3, "viertje": 4, "vijfje": 5, "zesje": 6, "zevenje": 7, "achtje": 8,
    "negentje": 9, "tientje": 10,
}  # fmt: skip
_SAID_WORD = lazy_compile(r"[^\W_]+")
# "niet de tweede" was read as the second choice, an unsafe situation, 112 (a hostile
# round, round 13): with a negation, no number is guessed.
_NEGATING = frozenset(("niet", "not", "geen", "nee", "no", "nooit", "never", "behalve", "except"))
_MAX_SAID = 7  # words: a short answer, not a story with numbers in it


def spoken_number(text: str, scale: bool = False) -> int | None:
    """The one number a short answer says in digits or words, or None (none, or two).
    ``scale``: two close numbers are a range ("7 of 8", "tussen 7 en 8", "7-8"), read as
    the higher, the safer reading of how heavy it weighs (a role-play, round 18)."""
    out_of = _OUT_OF.match(text.lower()) if scale else None
    if out_of is not None and int(out_of[1]) <= int(out_of[2]):
        # "8/10", "7 van de 10", "3 out of 10": a score and its scale. "8/10" was read
        # as the range 8 to 10 and stored as 10, "unbearable" (a role-play, round 20).
        return int(out_of[1])
    words = _SAID_WORD.findall(text.lower())
    if not words or len(words) > _MAX_SAID or not _NEGATING.isdisjoint(words):
        return None
    found: set[int] = set()
    for w in words:
        number = int(w) if w.isascii() and w.isdigit() and len(w) <= 3 else _SPOKEN.get(w)
        if number is not None:
            found.add(number)
    if scale and len(found) == 2 and max(found) - min(found) <= 2 and _range(text.lower()):
        return max(found)
    return found.pop() if len(found) == 1 else None


def scale_number(text: str) -> int | None:
    """The number a scale answer says, also as one clause among the student's words:
    "valt wel mee eigenlijk, een 5 of zo" was refused where "een 5 of zo" was read (a
    role-play, round 27, P6). Two clauses with a number are two readings: asked again."""
    text = _ISH.sub("", text)  # "6ish" was refused where "6-ish" was read (a role-play, r43)
    decimal = _DECIMAL.match(text.lower())
    if decimal is not None:  # "6,5" was refused under "een getal van 0 tot 10" (r28, T24)
        # the higher: how heavy it weighs; "9.9" was 9 and "10.0" refused (a hostile round, r41)
        return int(decimal[1]) + (decimal[2] != "0")
    number = spoken_number(text, True)
    if number is not None:
        return number
    clauses = [c for c in _CLAUSE_END.split(text) if c.strip()]
    numbered = [c for c in clauses if any(_is_number(w) for w in _SAID_WORD.findall(c.lower()))]
    said = [w for w in _SAID_WORD.findall(text.lower()) if _is_number(w)]
    out_of = _OUT_OF_INSIDE.search(text.lower())  # "honestly, like a 7 out of 10 today"
    if out_of is not None and len(said) == 2 and int(out_of[1]) <= int(out_of[2]):
        return int(out_of[1])
    corrected = _CORRECTED.findall(text.lower())
    if corrected and len(said) >= 2:
        # "5. no wait, 6. depends on the day" was refused (a role-play, round 68): the
        # number said after the correction is the answer
        return int(corrected[-1])
    if len(numbered) != 1 or len(clauses) < 2:
        return None
    return spoken_number(numbered[0], True)


_ISH = lazy_compile(r"(?<=[0-9])ish\b", re.IGNORECASE)


def _is_number(word: str) -> bool:
    return (word.isascii() and word.isdigit()) or word in _SPOKEN


_CLAUSE_END = lazy_compile(r"[,;.!?]+")
_CORRECTED = lazy_compile(
    r"\b(?:no wait|wait no|nee wacht|wacht nee|i mean|ik bedoel|no sorry|nee sorry|correction"
    r"|correctie|make that|maak er)[,.!:]*\s+(?:(?:more like|meer|eerder|een|a|an|like|zo'n)\s+)?"
    r"([0-9]|10)\b"
)
_DECIMAL = lazy_compile(r"^\s*(?:een |a |an |about |ongeveer |zo'n )?([0-9]|10)[.,]([0-9])\s*$")
_OUT_OF_INSIDE = lazy_compile(r"\b([0-9]{1,2}) ?(?:/|van de|uit|op|out of) ?(10|5|100)\b")


# Not "of": the Dutch "7 of 10" is "7 or 10", two readings, asked again as before.
_OUT_OF = lazy_compile(r"^\s*([0-9]{1,2})\s*(?:/|van de|van|uit|op|out of)\s*(10|5|100)\s*$")


# Two numbers joined as a range, nothing else between: "7 of 8", "7-8", "tussen 7 en 8";
# not "een zeven of zo, soms een acht" (two readings, asked again: round 13).
# Found at every word (a lookahead, so that matches may overlap: see _range).
_RANGE = lazy_compile(
    r"(?=(?:^|\s)(?:tussen |between )?([^\W_]+)"
    # "5 maybe 6", "5 misschien 6" (a role-play, round 32, A3, saw it refused); "6 a 7"
    # typed without the accent, "7, maybe 8" with a comma (round 42)
    r"\s*(?:-|–|/|,?\s(?:of|or|en|and|tot|to|à|a|maybe|misschien|perhaps|ofwel)\s)\s*([^\W_]+)(?:\s|$))"
)


def _range(text: str) -> bool:
    # Every place is tried, not only the first: "like a 6 or 7?" met "like a 6" (the
    # article read as "à") and was refused (a role-play, round 43); a question mark
    # closes the answer as a space does.
    spaced = f" {_CLOSING.sub(' ', text.strip())} "
    return any(
        all((w.isascii() and w.isdigit()) or w in _SPOKEN for w in (a, b))
        for a, b in _RANGE.findall(spaced)
    )


_CLOSING = lazy_compile(r"[?!.]+(?=\s|$)")


_ORDINAL = {w: n for w, n in _SPOKEN.items() if w.endswith(("de", "ste", "st", "nd", "rd", "th"))}
_CARDINAL = {w: n for w, n in _SPOKEN.items() if w not in _ORDINAL and not w.endswith("je")}
_NUMBER_WORDS = ("nummer", "number", "optie", "option", "keuze", "choice", "nr")


# "4, hij stalkt me eigenlijk": the number first, then a comma and the student's words
# (a role-play, round 19, saw it refused and the question asked again).
_LEADING_NUMBER = lazy_compile(
    r"^\s*([0-9]{1,2})\s*(?:[,:;)]\s*\S|\.\s+\S|\s+(?:eigenlijk|denk|geloof|i|ik|guess|think|"
    r"probably|waarschijnlijk|vooral|mostly|wel|ja|yes|tbh)\b)"
)  # and "2 denk ik", "3 eigenlijk" (a second role-play, round 20, saw them refused); "3. het
# was vorige week" (a role-play, round 22, W7)
# A second choice named beside the first: "4 denk ik. maar ook een beetje 2? weet ik niet"
# was read as 4, "not at this moment", where 2 is "not safe now" (a role-play, round 22,
# W5): two readings, asked again.
_ANOTHER = lazy_compile(r"\b(?:ook|of|or|also|maar|but|misschien|maybe)\b\D{0,24}\b([0-9]{1,2})\b")


def choice_number(text: str) -> int | None:
    """A choice said as an ordinal or after "nummer" ("de tweede", "nummer 2"), or as a
    number before a comma and more words; never a number inside a phrase: "korter dan 2
    weken" is the first choice, not the second."""
    lead = _LEADING_NUMBER.match(text)
    if lead is not None:
        other = _ANOTHER.search(text, lead.end(1))
        return None if other is not None and other.group(1) != lead.group(1) else int(lead.group(1))
    words = _SAID_WORD.findall(text.lower())
    if not words or len(words) > _MAX_SAID or not _NEGATING.isdisjoint(words):
        return None
    if len(words) == 1 and words[0] in _CARDINAL:
        return _CARDINAL[words[0]]  # "twee" alone was refused at a menu (a role-play, r42)
    found = {_ORDINAL[w] for w in words if w in _ORDINAL}
    for before, word in itertools.pairwise(words):
        if before in _NUMBER_WORDS and (number := spoken_number(word)) is not None:
            found.add(number)
    return found.pop() if len(found) == 1 else None
