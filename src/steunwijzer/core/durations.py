"""How long something has gone on, as people say it, for a choice question whose labels
draw a line in time ("Korter dan twee weken" / "Twee weken of langer"). A role-play
(round 16) saw "sinds een week of 3", "al maanden" and even "3 weken" refused there,
and what the student said was lost.

Only where both sides of the line can be read from the labels; an answer holding no
length of time, or a turned one ("niet langer dan"), is left to the other readers.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.core.model import Question

_NUMBERS = {
    "een": 1.0, "a": 1.0, "an": 1.0, "one": 1.0, "twee": 2.0, "two": 2.0, "drie": 3.0,
    "three": 3.0, "vier": 4.0, "four": 4.0, "vijf": 5.0, "five": 5.0, "zes": 6.0, "six": 6.0,
    "paar": 2.0, "couple": 2.0, "few": 3.0, "enkele": 3.0, "several": 3.0,
    "anderhalve": 1.5, "anderhalf": 1.5, "halve": 0.5, "half": 0.5,
}  # fmt: skip
_UNITS = {
    "dag": 1, "dagen": 1, "day": 1, "days": 1, "week": 7, "weken": 7, "weeks": 7,
    "weekje": 7, "weekjes": 7, "maand": 30, "maanden": 30, "month": 30, "months": 30,
    "jaar": 365, "jaren": 365, "year": 365, "years": 365,
    "nacht": 1, "nachten": 1, "night": 1, "nights": 1,  # "pas 1 nacht" (round 63)
}  # fmt: skip
_PLURAL = frozenset(
    ("dagen", "days", "weken", "weeks", "weekjes", "maanden", "months", "jaren", "years",
     "nachten", "nights")
)  # fmt: skip
# Said without a number: since when, in words.
_SINCE = {
    "gisteren": 1, "yesterday": 1, "vorige week": 7, "last week": 7, "vorige maand": 30,
    # "sinds gisteravond eigenlijk" was refused (a role-play, round 63)
    "gisteravond": 1, "vannacht": 1, "last night": 1, "eergisteren": 2, "vorig weekend": 5,
    "last weekend": 5, "het weekend": 5, "the weekend": 5,
    "last month": 30, "de zomer": 90, "the summer": 90, "de kerst": 60, "christmas": 60,
    "altijd": 365, "always": 365, "forever": 365, "eeuwen": 365, "ages": 365,
    # "since summer", "sinds de zomervakantie", "sinds kerst" were refused (round 39)
    "zomer": 90, "summer": 90, "zomervakantie": 90, "summer break": 90, "kerst": 60,
    "kerstvakantie": 60, "christmas break": 60, "herfstvakantie": 45, "fall break": 45,
    "autumn break": 45, "herfst": 60, "autumn": 60, "the fall": 60, "voorjaar": 60,
    "spring": 60, "lente": 60, "oud en nieuw": 60, "new year": 60, "nieuwjaar": 60,
    "voorjaarsvakantie": 45, "spring break": 45, "begin van het jaar": 90,
    "start of the year": 90, "begin van het studiejaar": 90, "start of term": 60,
}  # fmt: skip
# "weet niet precies, sinds de zomer?": a doubt about the exact time, not a turned length
# (a role-play, round 39, saw it refused four times).
_UNSURE = re.compile(
    r"^(?:(?:ik )?weet (?:ik |het )*niet(?: meer)?(?: precies| zeker| goed)?|geen idee"
    r"|niet zeker|not sure|idk|i dont know(?: exactly)?|i don't know(?: exactly)?) "
)
# "sinds september", "since january": counted back from today to the month's first day
# (this year's, or last year's when the month is still to come), and "al lang", "a long
# time" (a role-play, round 18, saw both refused).
_MONTHS = {
    name: number
    for number, names in enumerate(
        ("januari january jan", "februari february feb", "maart march mrt mar", "april apr",
         "mei may", "juni june jun", "juli july jul", "augustus august aug",
         "september sept sep", "oktober october okt oct", "november nov", "december dec"),
        1,
    )
    for name in names.split()
}  # fmt: skip
_SINCE_WORDS = frozenset(("sinds", "since", "vanaf", "from"))
_WEEKDAYS = frozenset(
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "maandagavond", "vrijdagavond", "zaterdagavond", "zaterdagnacht", "vrijdagnacht")
)  # fmt: skip
_LONG_AGO = (
    "al lang",
    "al heel lang",
    "a long time",
    "long time",
    "lange tijd",
    "for ages",
    # "al een tijdje" was refused (a role-play, round 24, R10)
    "al een tijdje",
    "al een tijd",
    "for a while now",
    "a while now",
    "quite a while",
)
_TURNED = frozenset(("niet", "not", "geen", "no"))
_SHORT = re.compile(r"\b(?:korter dan|minder dan|less than|shorter than|under|binnen)\b")
_LONG = re.compile(r"\b(?:of langer|or longer|of meer|or more|langer dan|more than|over)\b")


# Words that may stand between "since" and the month: "since like february", "sinds
# begin februari", "since early march" (a role-play, round 23, saw "since like february"
# refused where "since february" was read).
_ABOUT = frozenset(
    ("like", "about", "around", "roughly", "early", "late", "mid", "the", "end", "of",
     "start", "beginning", "ongeveer", "rond", "begin", "eind", "half", "midden", "ergens",
     "in", "zo'n", "uh", "uhm", "eh")
)  # fmt: skip


def _since_before(words: list[str], at: int) -> bool:
    """A since-word before the month at ``at``, with at most three of _ABOUT between; or
    an event "in" the month after it ("since the breakup in september", "sinds de
    verhuizing in augustus": a role-play, round 31, D5)."""
    if (
        at > 0
        and words[at - 1] in ("in", "of", "van")
        and not _SINCE_WORDS.isdisjoint(words[max(0, at - 6) : at - 1])
    ):
        return True
    for back in range(at - 1, max(-1, at - 5), -1):
        if words[back] in _SINCE_WORDS:
            return True
        if words[back] not in _ABOUT:
            return False
    return False


_EVERY = frozenset(("elke", "iedere", "ieder", "every", "each", "most", "per", "alle", "all"))


def days_said(text: str) -> float | None:
    """The length of time in ``text`` in days, or None."""
    # "een week of 6ish": the "ish" hid the six, and six weeks read as one (round 43)
    words = re.sub(r"(?<=[0-9])ish\b", "", _UNSURE.sub("", normalise(text))).split()
    if not _TURNED.isdisjoint(words):
        return None
    # Every length named, one with a number over one without: "since that night, so
    # about three weeks now" was the night, "less than two weeks" (a role-play, r64).
    said: list[tuple[bool, float]] = []
    for i, word in enumerate(words):
        unit = _UNITS.get(word)
        # How often, not how long: "ik lig elke nacht wakker", "most nights" at the sleep
        # question put "less than two weeks" in [ ] at the next one (a role-play, r65)
        if unit is None or (i and words[i - 1] in _EVERY):
            continue
        near = words[max(0, i - 2) : i] + words[i + 1 : i + 3]  # "een week of 3"
        amounts = [float(w) for w in near if w.isdigit()] + [
            _NUMBERS[w] for w in near if w in _NUMBERS
        ]
        amount = max(amounts, default=2.0 if word in _PLURAL else 1.0)
        said.append((bool(amounts), amount * unit))
    if said:
        return max(said)[1]
    joined = f" {' '.join(words)} "
    for i, word in enumerate(words[1:], 1):
        if word in _MONTHS and _since_before(words, i):
            today = date.today()
            year = today.year if _MONTHS[word] <= today.month else today.year - 1
            return float(max(1, (today - date(year, _MONTHS[word], 1)).days))
    if any(f" {phrase} " in joined for phrase in _LONG_AGO):
        return 60.0
    days = [i for i, w in enumerate(words) if w in _WEEKDAYS and not (i and words[i - 1] in _EVERY)]
    if days and "geleden" not in words and "ago" not in words:
        # (not "elke zaterdag", "every sunday": how often, not since when)
        # "sinds zaterdag", "since saturday", "afgelopen zaterdag": within the week (a
        # role-play, round 67, saw "zei ik toch. sinds zaterdag" refused twice)
        return 7.0 if " vorige week " in joined or " last week " in joined else 4.0
    return next((float(d) for phrase, d in _SINCE.items() if f" {phrase} " in joined), None)


def by_duration(question: Question, text: str) -> str | None:
    """The choice on the side of the labels' line that ``text`` falls on, or None."""
    short = long = None
    line = None
    for choice in question.choices:
        label = normalise(f"{choice.label.nl} | {choice.label.en}")
        days = days_said(label.split("|")[0])
        if days is None:
            continue
        if _SHORT.search(label):
            short, line = choice.id, days
        elif _LONG.search(label):
            long, line = choice.id, days
    said = days_said(text) if short and long and line else None
    if said is None or line is None:
        return None
    # "korter dan 2 weken" is under the line it names, "langer dan een week" over it
    said += -0.5 if _SHORT.search(normalise(text)) else 0.5 if _LONG.search(normalise(text)) else 0
    return short if said < line else long
