"""The practical details of an offering: contact routes (phone, e-mail, web, chat),
opening hours, waiting time and cost, each checked and converted to the core's types.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

from steunwijzer.catalog.checking import INVALID, CheckerBase
from steunwijzer.catalog.spec import SPECS, Field
from steunwijzer.catalog.yamlsource import Mark, MarkedList, MarkedMap
from steunwijzer.core.formats import valid_email, valid_phone, valid_url
from steunwijzer.core.hours import ALWAYS, DAYS, HOLIDAY_KEYS, HoursError, build_hours, parse_days
from steunwijzer.core.model import Contact, Text
from steunwijzer.core.textnorm import did_you_mean

_WAIT = re.compile(r"^\s*([0-9]{1,9})\s*(days?|dagen|dag|weeks?|weken|week)\s*$", re.IGNORECASE)
_NO_WAIT = {"none", "geen", "0", "no waiting list", "geen wachtlijst"}
FREE = Text(nl="Gratis", en="Free")


def _clash(day_spec: str, given: dict[int, str]) -> int | None:
    """The first weekday of ``day_spec`` that an earlier day spec already set, or None."""
    if day_spec.strip().lower() in HOLIDAY_KEYS:
        return None  # public holidays are not a weekday
    return next((d for d in parse_days(day_spec) if d in given), None)


_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def _odd_span(span: str) -> str | None:
    """What is odd about a time span that still reads: "09:00-09:00" (open all day, or a
    typo?) and "24:00-..." (the next day). An outside test saw both pass without a word
    and an offering shown as open on a Sunday (round 6)."""
    match = _SPAN.match(span)
    if not match:
        return None
    start, end = match.group(1, 2), match.group(3, 4)
    if int(start[0]) == 24:
        return f"'{span}' opens at 24:00, which is 00:00 of the next day; use 00:00"
    if start == end or (int(start[0]), start[1]) == (int(end[0]), end[1]):
        return f"'{span}' opens and closes at the same time and is read as open all day"
    return None


def _overlap(spans: list[str]) -> str | None:
    """Two spans of one day that overlap ("00:00-24:00" twice, "09:00-17:00" and
    "12:00-13:00"): read as before, but most likely a copy or a missing break (a hostile
    round, round 34, H10). A span past midnight runs into the next day."""
    minutes: list[tuple[int, int, str]] = []
    for span in spans:
        match = _SPAN.match(span)
        if not match:
            continue
        start = int(match.group(1)) * 60 + int(match.group(2))
        end = int(match.group(3)) * 60 + int(match.group(4))
        minutes.append((start, end if end > start else end + 24 * 60, span))
    minutes.sort()
    for (_, end, first), (start, _, second) in itertools.pairwise(minutes):
        if start < end:
            return f"'{first}' and '{second}' overlap; give each time once"
    return None


# More than a year is a typo or a closed list, never a waiting time to show a student
# ("Wachttijd: 99999999999999999999999 dagen": a hostile round, round 34, H10).
_LONGEST_WAIT = 365


def _unknown_zone(name: str) -> bool:
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        return True
    return False


def _waiting_days(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str):
        if value.strip().lower() in _NO_WAIT:
            return 0
        match = _WAIT.match(value)
        if match:
            number, unit = int(match.group(1)), match.group(2).lower()
            return number * 7 if unit.startswith("we") else number
    return None


class PracticalFields(CheckerBase):
    """The kinds contact, hours, waiting, cost and timezone."""

    def k_timezone(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, str) or not value.strip():
            return self.fail(mark, f"{where} must be a time zone name, like Europe/Amsterdam")
        name = value.strip()
        if _unknown_zone(name):
            # A warning, so an institution's file keeps loading as before; said where the
            # name stands (only `catalog lint` said it, at line 1 of the first file).
            self.rep.warning(
                self.file,
                mark,
                f"unknown timezone '{name}'; opening hours are judged in Europe/Amsterdam",
            )
        return name

    def k_contact(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, MarkedMap):
            return self.fail(mark, f"{where} must be a mapping (phone, email, url, ...)")
        spec = SPECS["contact"]
        phones: list[str] = []
        fields: dict[str, str] = {}
        for key, item in value.items():
            item_mark = value.value_at(key)
            if key not in spec:
                self.rep.error(
                    self.file,
                    value.key_at(key),
                    f"unknown key '{key}' in {where}{did_you_mean(key, spec)}",
                )
            elif key == "own_practice":
                if isinstance(item, bool):
                    fields[key] = "yes" if item else ""
                else:
                    self.rep.error(self.file, item_mark, f"{where} own_practice must be true/false")
            elif key == "phone":
                # YAML reads 0201234567 as an octal number and +31... as an integer: the
                # messages named numbers nobody wrote (a hostile round, round 20).
                said = item if isinstance(item, MarkedList) else [item]
                read = [x for x in said if isinstance(x, int | float) and not isinstance(x, bool)]
                if read and (
                    not isinstance(item, MarkedList) or not all(valid_phone(str(x)) for x in read)
                ):
                    self.rep.error(self.file, item_mark, f"{where} phone: {_QUOTE_PHONE}")
                    continue
                if read:  # [112] loaded before: it still does, with the advice
                    self.rep.warning(self.file, item_mark, f"{where} phone: {_QUOTE_PHONE}")
                numbers = (
                    [item]  # one number without brackets is one number
                    if isinstance(item, str)
                    else self.k_list_of_str(item, item_mark, f"{where} phone")
                )
                for i, number in enumerate(numbers or ()):
                    pos = item.item_at(i) if isinstance(item, MarkedList) else item_mark
                    if valid_phone(number):
                        phones.append(number)
                    else:
                        self.rep.error(self.file, pos, f"malformed phone number '{shown(number)}'")
            elif not isinstance(item, str) or not item.strip():
                self.rep.error(self.file, item_mark, f"{where} {key} must be text")
            elif key == "email" and not valid_email(item.strip()):
                self.rep.error(self.file, item_mark, f"malformed e-mail address '{shown(item)}'")
            elif key in ("url", "chat") and not valid_url(item.strip()):
                self.rep.error(
                    self.file, item_mark, f"malformed URL '{shown(item)}' (expected https://...)"
                )
            else:
                fields[key] = item.strip()
        return Contact(
            phones=tuple(phones),
            email=fields.get("email"),
            url=fields.get("url"),
            chat=fields.get("chat"),
            address=fields.get("address"),
            own_practice=bool(fields.get("own_practice")),
        )

    def k_hours(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, str) and value.strip().replace(" ", "") in ("24/7", "24x7"):
            return ALWAYS
        if not isinstance(value, MarkedMap):
            return self.fail(mark, f'{where} must be "24/7" or a mapping of days to times')
        if not value:
            # {} used to mean "always closed": say what was meant instead.
            return self.fail(mark, f'{where} is empty; write "24/7" or days with times')
        pairs: list[tuple[str, list[str]]] = []
        parts: list[str] = []
        ok = True
        given: dict[int, str] = {}  # weekday -> the day spec that set it
        for day, spans in value.items():
            span_list = [spans] if isinstance(spans, str) else spans
            if not isinstance(span_list, list) or not all(isinstance(s, str) for s in span_list):
                self.rep.error(self.file, value.value_at(day), f"{where} {day}: times must be text")
                ok = False
                continue
            try:
                build_hours([(day, span_list)], "")
            except HoursError as exc:
                self.rep.error(self.file, value.key_at(day), f"{where}: {exc}")
                ok = False
                continue
            for odd in [*map(_odd_span, span_list), _overlap(span_list)]:
                if odd:  # read as before (files keep loading), but said where it stands
                    self.rep.warning(self.file, value.value_at(day), f"{where} {day}: {odd}")
            clash = _clash(day, given)
            if clash is not None:
                # "mon" and "mon-fri: closed" contradict each other; neither may win silently.
                self.rep.error(
                    self.file,
                    value.key_at(day),
                    f"{where}: '{day}' and '{given[clash]}' both give hours for "
                    f"{DAYS[clash]}; give each day once",
                )
                ok = False
                continue
            if day.strip().lower() not in HOLIDAY_KEYS:
                given.update(dict.fromkeys(parse_days(day), day))
            pairs.append((day, span_list))
            parts.append(f"{day} {', '.join(span_list)}")
        if not ok:
            return INVALID
        opening = [
            span
            for day, spans in pairs
            if day.strip().lower() not in HOLIDAY_KEYS
            for span in spans
            if span.strip().lower() != "closed"
        ]
        if not opening:
            # `daily: []` or `daily: closed` passed silently and the offering was "nu
            # dicht" for ever, with no time it opens (round 17's hostile round, F18).
            self.rep.warning(self.file, mark, f"{where} never opens: every day is closed")
        return build_hours(pairs, "; ".join(parts))

    def k_waiting(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        days = _waiting_days(value)
        if days is None:
            return self.fail(mark, f'{where} must be "none", "3 days", "2 weeks" or a number')
        if days > _LONGEST_WAIT:
            self.rep.warning(self.file, mark, f"{where} is {days} days, more than a year: check it")
        return days

    def k_cost(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, str) and value.strip().lower() in ("free", "gratis"):
            return FREE
        return self.k_text(f, value, mark, where)


_QUOTE_PHONE = (
    'YAML read a number here, not text; put each phone number in quotes, like "020 123 4567"'
)


def shown(value: str) -> str:
    """A value as the message quotes it, with the invisible character that makes it
    invalid written out: "a\\u202e@b.example", not "a@b.example", which looks valid once
    the terminal drops the character (a hostile round, round 34, H5)."""
    return "".join(
        c if c.isprintable() and unicodedata.category(c) != "Cf" else f"\\u{ord(c):04x}"
        for c in value
    )
