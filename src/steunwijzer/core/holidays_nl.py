"""Dutch public holidays: a small rule set of our own, no package, no network.

Counted as closed days for offerings with opening hours (an offering's ``holidays:``
hours say when it is open on them instead; 24/7 lines are never affected):

- Nieuwjaarsdag (1 January)
- Eerste en Tweede Paasdag (Easter Sunday and Monday)
- Koningsdag (27 April; 26 April when the 27th is a Sunday)
- Bevrijdingsdag (5 May, every year: most universities and universities of applied
  sciences close then, although it is a paid day off in only some collective agreements)
- Hemelvaartsdag (Ascension Day, Easter + 39 days)
- Eerste en Tweede Pinksterdag (Whit Sunday and Monday, Easter + 49 and + 50 days)
- Eerste en Tweede Kerstdag (25 and 26 December)

Not counted: Goede Vrijdag (Good Friday), which is no general day off in the
Netherlands. A catalogue adds its own closing days with ``catalog: closed_days``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


def easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=64)
def holidays(year: int) -> dict[dt.date, str]:
    """The public holidays of ``year`` that count as closed, with their Dutch names."""
    sunday = easter(year)
    kings = dt.date(year, 4, 27)
    if kings.weekday() == 6:
        kings = dt.date(year, 4, 26)
    days = {
        dt.date(year, 1, 1): "Nieuwjaarsdag",
        sunday: "Eerste Paasdag",
        sunday + dt.timedelta(days=1): "Tweede Paasdag",
        kings: "Koningsdag",
        dt.date(year, 5, 5): "Bevrijdingsdag",
        sunday + dt.timedelta(days=39): "Hemelvaartsdag",
        sunday + dt.timedelta(days=49): "Eerste Pinksterdag",
        sunday + dt.timedelta(days=50): "Tweede Pinksterdag",
        dt.date(year, 12, 25): "Eerste Kerstdag",
        dt.date(year, 12, 26): "Tweede Kerstdag",
    }
    return days


def is_holiday(day: dt.date) -> bool:
    return day in holidays(day.year)
