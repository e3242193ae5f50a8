"""When is an offering open: opening hours judged in the catalogue's time zone.

Loaded only when hours are judged (a 24/7 line needs no clock). The moment is taken
in the catalogue's zone (``catalog: timezone``, Europe/Amsterdam by default) whatever
the machine's own zone: a naive moment (``--at 2026-11-28T23:30``) is wall-clock time
there, an aware one is converted. Dutch public holidays (``holidays_nl``) and the
catalogue's ``closed_days`` (for the institution's own offerings) close offerings
with opening hours unless their ``holidays:`` hours say otherwise.

Without a time zone database (no system zoneinfo and no ``tzdata`` package) the
Central European rule is applied by hand: UTC+1, UTC+2 from the last Sunday of March
to the last Sunday of October, 01:00 UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from steunwijzer.core.holidays_nl import is_holiday
from steunwijzer.core.model import Offering

DEFAULT_TZ = "Europe/Amsterdam"
LOOK_AHEAD_DAYS = 15


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def _cet_offset_utc(utc: dt.datetime) -> dt.timedelta:
    """The Central European offset at a naive UTC moment."""
    start = dt.datetime.combine(_last_sunday(utc.year, 3), dt.time(1))
    end = dt.datetime.combine(_last_sunday(utc.year, 10), dt.time(1))
    return dt.timedelta(hours=2 if start <= utc < end else 1)


def _cet_offset_local(local: dt.datetime) -> dt.timedelta:
    """The Central European offset at a naive local moment (the summer hour wins)."""
    start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(2))
    end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(3))
    return dt.timedelta(hours=2 if start <= local < end else 1)


def load_zone(name: str) -> dt.tzinfo | None:
    """The zone, else Europe/Amsterdam, else None (the hand-written rule is used)."""
    try:
        from zoneinfo import ZoneInfo
    except ImportError:  # pragma: no cover - Python 3.9+ always has it
        return None
    for candidate in dict.fromkeys((name, DEFAULT_TZ)):
        try:
            return ZoneInfo(candidate)
        except (ValueError, OSError, LookupError):
            continue
    return None


class Clock:
    def __init__(
        self, now: dt.datetime, tz_name: str = DEFAULT_TZ, closed_days: Collection[dt.date] = ()
    ) -> None:
        self.zone = load_zone(tz_name or DEFAULT_TZ)
        self.closed_days = frozenset(closed_days)
        self.local = self.to_local(now)

    def to_local(self, moment: dt.datetime) -> dt.datetime:
        """Naive wall-clock time in the catalogue's zone."""
        if moment.tzinfo is None:
            return self.aware(moment).replace(tzinfo=None)
        if self.zone is not None:
            return moment.astimezone(self.zone).replace(tzinfo=None)
        utc = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return utc + _cet_offset_utc(utc)

    def aware(self, local: dt.datetime) -> dt.datetime:
        if self.zone is not None:
            # A wall-clock time the spring change skips (02:30 on the last Sunday of
            # March) is the moment an hour later, as a clock shows it: "--at
            # 2026-03-29T02:30" was recorded as 02:30+01:00 (a hostile round, round 34).
            return local.replace(tzinfo=self.zone).astimezone(dt.UTC).astimezone(self.zone)
        return local.replace(tzinfo=dt.timezone(_cet_offset_local(local)))

    def closed_day(self, day: dt.date, offering: Offering) -> bool:
        return is_holiday(day) or (offering.provider == "institution" and day in self.closed_days)

    def spans(self, offering: Offering, day: dt.date) -> tuple[tuple[int, int], ...]:
        """Open spans of that date in minutes from its midnight (an end may pass 24:00)."""
        hours = offering.hours
        if hours is None:
            return ()
        if hours.always:
            return ((0, 1440),)
        if self.closed_day(day, offering):
            return hours.holiday_spans
        return hours.day_spans(day.weekday())

    def is_open(self, offering: Offering) -> bool | None:
        if offering.hours is None:
            return None
        if offering.hours.always:
            return True
        local = self.local
        minute = local.hour * 60 + local.minute
        today, yesterday = local.date(), local.date() - dt.timedelta(days=1)
        if any(s <= minute < e for s, e in self.spans(offering, today)):
            return True
        return any(s <= minute + 1440 < e for s, e in self.spans(offering, yesterday))

    def opens_next(self, offering: Offering) -> dt.datetime | None:
        """The next opening after now (aware, local zone), within two weeks; else None."""
        if offering.hours is None or self.is_open(offering) is not False:
            return None
        today = self.local.date()
        for ahead in range(LOOK_AHEAD_DAYS):
            day = today + dt.timedelta(days=ahead)
            midnight = dt.datetime.combine(day, dt.time())
            for start, _end in sorted(self.spans(offering, day)):
                moment = midnight + dt.timedelta(minutes=start)
                if moment > self.local:
                    return self.aware(moment)
        return None
