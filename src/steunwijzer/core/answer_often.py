"""A frequency said as the answer to a yes/no question ("vaak", "1x per week", "all the
time tbh"): how often is a yes, "zelden" a no where doubt does not count."""

from __future__ import annotations

import re

_OFTEN = frozenset(
    ("vaak", "regelmatig", "dagelijks", "wekelijks", "altijd", "steeds", "often", "always",
     "daily", "weekly", "regularly", "constantly", "frequently", "elke dag", "every day",
     "iedere dag", "elke week", "every week", "de hele tijd", "all the time",
     # said of nights and most days ("every night tbh" to "do you sleep badly?" was
     # refused, round 68)
     "elke nacht", "iedere nacht", "every night", "most nights", "most days",
     "bijna elke dag", "bijna elke nacht", "bijna altijd", "almost every day",
     "almost every night", "nearly every day", "nearly every night", "almost always",
     "nearly always", "meestal", "mostly", "usually", "the whole time", "constant",
     "continu", "de hele dag", "all day", "24/7", "elke avond", "every evening",
     "most of the time", "het grootste deel van de tijd", "veel", "a lot", "heel vaak",
     "very often", "so often", "zo vaak")
)  # fmt: skip
_RARELY = frozenset(("zelden", "nauwelijks", "rarely", "seldom", "hardly", "barely"))
# Words said around the frequency that change nothing about it: "all the time tbh", "de
# hele tijd eigenlijk", "pretty much always" were refused (round 67's role-plays).
_FILLERS = frozenset(
    ("tbh", "honestly", "eerlijk", "gezegd", "eigenlijk", "echt", "wel", "gewoon", "lol",
     "haha", "hahaha", "lmao", "ja", "yes", "yeah", "like", "basically", "literally",
     "pretty", "much", "so", "ongeveer", "zo'n", "zon", "beetje", "wel", "nou", "uhm",
     "uh", "ehm", "eh", "hmm", "really", "kind", "of", "kinda", "sort", "sorta", "ngl",
     "i", "guess", "denk", "ik", "toch", "hoor", "zeg", "maar", "tegenwoordig", "lately",
     "nowadays", "now", "nu")
)  # fmt: skip


def _core(word: str) -> str:
    """The frequency without the fillers at its ends ("eerlijk gezegd elke nacht wel")."""
    text = f" {word.replace(',', ' ').replace('.', ' ')} "
    for said in (" de laatste tijd ", " laatste tijd ", " these days "):
        text = text.replace(said, " ")
    words = text.split()
    while words and words[0] in _FILLERS and " ".join(words) not in _OFTEN:
        words.pop(0)
    while words and words[-1] in _FILLERS and " ".join(words) not in _OFTEN:
        words.pop()
    return " ".join(words)


def how_often(word: str) -> str | None:
    """ "often", "rarely" or None: a frequency said as the answer ("vaak", "1x per week")."""
    core = _core(word)
    if core in _OFTEN or re.fullmatch(r"\d+ ?(?:x|keer|times?) (?:per|a|in de|per de) \w+", core):
        return "often"
    return "rarely" if core in _RARELY else None
