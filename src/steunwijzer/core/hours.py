"""Opening hours that can say whether an offering is open at a given moment (as data;
they are put into Dutch or English words by present.phrasing).

Written in a catalogue as ``24/7`` or as a mapping of days to times::

    hours:
      mon-fri: "08:30-17:00"
      sat: ["10:00-12:00", "13:00-16:00"]
      sun: closed
      holidays: "10:00-14:00"

A span that ends before it starts (``"17:00-08:00"``) runs past midnight. ``holidays``
gives the hours on Dutch public holidays and the catalogue's closing days; without it
an offering with opening hours is closed on those days (a 24/7 one never is).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_ALIASES = {"weekdays": "mon-fri", "weekend": "sat-sun", "daily": "mon-sun"}
HOLIDAY_KEYS = ("holidays", "holiday", "feestdagen")
# Compiled (and cached by ``re``) at the first opening hours read from YAML, not at import.
_TIME_SPAN = r"^\s*([0-9]{1,2}):([0-9]{2})\s*-\s*([0-9]{1,2}):([0-9]{2})\s*$"
_WEEK_MINUTES = 7 * 24 * 60


class HoursError(ValueError):
    """A day or time that cannot be read; the message says which."""


@dataclass(frozen=True, slots=True)
class Hours:
    """Open intervals as minutes since Monday 00:00 (end exclusive), or always open."""

    always: bool
    intervals: tuple[tuple[int, int], ...] = ()
    text: str = ""
    parts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (day spec, spans) as written
    holiday_spans: tuple[tuple[int, int], ...] = ()  # minutes from midnight; () = closed

    def day_spans(self, weekday: int) -> tuple[tuple[int, int], ...]:
        """The spans starting on a weekday, in minutes from that day's midnight."""
        low, high = weekday * 1440, (weekday + 1) * 1440
        return tuple((s - low, e - low) for s, e in self.intervals if low <= s < high)

    def is_open(self, moment: dt.datetime) -> bool:
        if self.always:
            return True
        minute = moment.weekday() * 1440 + moment.hour * 60 + moment.minute
        for start, end in self.intervals:
            if start <= minute < end or start <= minute + _WEEK_MINUTES < end:
                return True
        return False

    def open_outside_office_hours(self) -> bool:
        """True when open on some evening, night or weekend moment (acute help after hours)."""
        if self.always:
            return True
        probes = [dt.datetime(2024, 1, 1 + day, hour) for day in range(7) for hour in (2, 20)]
        probes += [dt.datetime(2024, 1, 6, 12), dt.datetime(2024, 1, 7, 12)]
        return any(self.is_open(p) for p in probes)


def parse_days(spec: str) -> list[int]:
    """``mon``, ``mon-fri``, ``sat-sun``, ``weekdays`` → list of weekday numbers."""
    key = DAY_ALIASES.get(spec.strip().lower(), spec.strip().lower())
    if "-" in key:
        first, _, last = key.partition("-")
        if first not in DAYS or last not in DAYS:
            raise HoursError(f"unknown day range '{spec}' (use e.g. mon-fri)")
        start, end = DAYS.index(first), DAYS.index(last)
        if end < start:
            raise HoursError(f"day range '{spec}' runs backwards")
        return list(range(start, end + 1))
    if key not in DAYS:
        raise HoursError(f"unknown day '{spec}' (use {', '.join(DAYS)}, mon-fri, weekend)")
    return [DAYS.index(key)]


def parse_span(spec: str) -> tuple[int, int]:
    """``"08:30-17:00"`` → minutes (start, end); an end at or before the start wraps."""
    match = re.match(_TIME_SPAN, spec)
    if not match:
        raise HoursError(f"cannot read time span '{spec}' (use HH:MM-HH:MM)")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59 or (h1 == 24 and m1) or (h2 == 24 and m2):
        raise HoursError(f"time out of range in '{spec}'")
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start == end < 1440:  # "09:00-09:00": all day, as `catalog validate` says - not 24 hours
        return 0, 1440  # from 09:00 into the next (a Saturday for mon-fri; round 63)
    while end <= start:  # "24:00-00:00" wraps twice; once would leave an empty span
        end += 1440
    return start, end


_BUILT: dict[tuple[object, ...], Hours] = {}  # a catalogue repeats a few opening hours
_BUILT_LIMIT = 4096


def build_hours(day_spans: list[tuple[str, list[str]]], text: str) -> Hours:
    """Combine (day spec, [time span or 'closed']) pairs into an Hours value."""
    key = (text, *((day, *spans) for day, spans in day_spans))
    built = _BUILT.get(key)
    if built is None:
        built = _build_hours(day_spans, text)
        if len(_BUILT) < _BUILT_LIMIT:
            _BUILT[key] = built
    return built


def _build_hours(day_spans: list[tuple[str, list[str]]], text: str) -> Hours:
    intervals: list[tuple[int, int]] = []
    holiday: list[tuple[int, int]] = []
    for day_spec, spans in day_spans:
        if day_spec.strip().lower() in HOLIDAY_KEYS:
            holiday.extend(parse_span(span) for span in spans if span.strip().lower() != "closed")
            continue
        days = parse_days(day_spec)
        for span in spans:
            if span.strip().lower() == "closed":
                continue
            start, end = parse_span(span)
            intervals.extend((day * 1440 + start, day * 1440 + end) for day in days)
    parts = tuple((day, tuple(spans)) for day, spans in day_spans)
    return Hours(
        always=_whole_week(intervals, holiday, day_spans),
        intervals=tuple(sorted(intervals)),
        text=text,
        parts=parts,
        holiday_spans=tuple(sorted(holiday)),
    )


def _whole_week(
    intervals: list[tuple[int, int]],
    holiday: list[tuple[int, int]],
    day_spans: list[tuple[str, list[str]]],
) -> bool:
    """Every minute of the week open, and holidays too where they are named: "mon-sun
    00:00-24:00" on a crisis line was warned about as "not day and night" (a hostile
    round, round 67)."""
    reached = 0
    for start, end in sorted(intervals):
        if start > reached:
            return False
        reached = max(reached, end)
    named = any(day.strip().lower() in HOLIDAY_KEYS for day, _ in day_spans)
    return reached >= 7 * 1440 and (not named or (0, 1440) in holiday)


ALWAYS = Hours(always=True, text="24/7")
