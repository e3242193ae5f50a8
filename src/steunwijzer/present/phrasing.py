"""How an offering's practical details are said, the same on every screen and page:
its contact routes in one order, when it is open (and whether now), and the wait;
opening hours and moments in Dutch or English words (the core keeps hours as data).

Raw phrases in the reader's language; each output escapes them its own way (a terminal
folds them to one line, HTML and Markdown escape them). Used by the screen
(render.common), the handout and the HTML and Markdown exports.
"""

from __future__ import annotations

import datetime as dt

from steunwijzer.core.hours import DAYS, Hours
from steunwijzer.core.model import Lang, Offering
from steunwijzer.present.texts import t


def contact_routes(o: Offering) -> list[tuple[str, str]]:
    """(kind, value) in the order people try them: phone, chat, web, e-mail, address.

    A chat that is the web address is given once, as the web address.
    """
    c = o.contact
    routes = [("phone", p) for p in c.phones]
    if c.chat and c.chat != c.url:
        routes.append(("url", c.chat))
    for kind, value in (("url", c.url), ("email", c.email), ("address", c.address)):
        if value:
            routes.append((kind, value))
    return routes


def contact_values(o: Offering, lang: Lang) -> list[str]:
    """The routes as text; "through your own practice" follows the phone numbers."""
    routes = contact_routes(o)
    phones = [v for kind, v in routes if kind == "phone"]
    rest = [v for kind, v in routes if kind != "phone"]
    own = [t("own_practice", lang)] if o.contact.own_practice else []
    return [*phones, *own, *rest]


def when_text(
    o: Offering,
    lang: Lang,
    open_now: bool | None = None,
    sep: str = "; ",
    opens_next: dt.datetime | None = None,
    opens_in: int | None = None,
) -> str | None:
    """The opening hours (None when the catalogue gives none); with ``open_now``,
    whether it is open first, and when a closed place opens again."""
    if o.hours is None:
        return None
    if o.hours.always:
        return t("always", lang)
    when = describe(o.hours, lang, sep)
    if open_now is None:
        return when
    # Whether it is open now matters most during an intake: say it first.
    now = t("open_now" if open_now else "closed_now", lang)
    if not open_now and opens_next is not None:
        now = t("opens_next", lang, when=moment_text(opens_next, lang, opens_in))
    return now + sep + when


def wait_text(o: Offering, lang: Lang) -> str | None:
    """The waiting time (None when the catalogue gives none)."""
    if o.waiting_days is None:
        return None
    return t("no_wait", lang) if o.waiting_days == 0 else t("days", lang, n=o.waiting_days)


_DAY_NAMES = {
    "nl": {
        "mon": "ma",
        "tue": "di",
        "wed": "wo",
        "thu": "do",
        "fri": "vr",
        "sat": "za",
        "sun": "zo",
        "weekdays": "werkdagen",
        "weekend": "weekend",
        "daily": "dagelijks",
        "closed": "gesloten",
        "holidays": "feestdagen",
        "holiday": "feestdagen",
        "feestdagen": "feestdagen",
        "00:00-24:00": "hele dag",
    },
    "en": {
        "mon": "Mon",
        "tue": "Tue",
        "wed": "Wed",
        "thu": "Thu",
        "fri": "Fri",
        "sat": "Sat",
        "sun": "Sun",
        "weekdays": "weekdays",
        "weekend": "weekend",
        "daily": "daily",
        "closed": "closed",
        "holidays": "public holidays",
        "holiday": "public holidays",
        "feestdagen": "public holidays",
        "00:00-24:00": "all day",
    },
}


def describe(hours: Hours, lang: str, sep: str = "; ") -> str:
    """Opening hours for people: ``ma-vr 08:30-17:00; za 10:00-14:00``; a whole day as
    ``za-zo hele dag``, not "00:00-24:00" (a role-play, round 62)."""
    names = _DAY_NAMES["en" if lang == "en" else "nl"]
    out = []
    for day, spans in hours.parts:
        days = "-".join(names.get(d.strip().lower(), d) for d in day.split("-"))
        times = ", ".join(names.get(x.strip().lower(), x) for x in spans)
        out.append(f"{days} {times}")
    return sep.join(out) or hours.text


_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


_SOON = {"nl": ("vandaag", "morgen"), "en": ("today", "tomorrow")}


def moment_text(moment: dt.datetime, lang: str, days_ahead: int | None = None) -> str:
    """``ma 30 nov 09:00`` / ``Mon 30 Nov 09:00``: when a closed place opens again.
    With ``days_ahead`` 0 or 1, ``vandaag 17:00`` / ``morgen 09:00``: on the screen "opens
    Tue 1 Dec 17:00" on that very Tuesday made a counsellor check the date (role-play
    S24). Paper (the handout) never says this: it is read on another day."""
    key = "en" if lang == "en" else "nl"
    if days_ahead in (0, 1):
        return f"{_SOON[key][days_ahead]} {moment:%H:%M}"
    day = _DAY_NAMES[key][DAYS[moment.weekday()]]
    month = _MONTHS[key][moment.month - 1]
    return f"{day} {moment.day} {month} {moment:%H:%M}"
