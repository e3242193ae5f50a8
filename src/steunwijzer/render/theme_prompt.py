"""The own words' themes offered to the counsellor to confirm, and what was heard beside
closed answers (core/heard.py), on the terminal. Kept apart from terminal.py to keep it
small; ``TerminalAsk.themes`` and ``TerminalAsk.question`` call these."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.numbers import parse_index
from steunwijzer.core.prompts import ThemePrompt, Unfit
from steunwijzer.present.labels import theme_label
from steunwijzer.present.texts import t

if TYPE_CHECKING:
    from steunwijzer.render.terminal import TerminalAsk


def said_beside(catalog: Catalog, themes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The themes found beside an answer, by how they count: acute ones are taken along,
    the others heard, to confirm with the own words ("aside", "noted")."""

    def acute(x: str) -> bool:
        theme = catalog.themes.get(x)
        return theme is None or theme.tier is Tier.ACUTE  # a floor theme: acute

    return {
        "aside": tuple(x for x in themes if acute(x)),
        "noted": tuple(x for x in themes if not acute(x)),
    }


# "ja", "klopt allemaal", "nee": the counsellor's yes or no to the list, said in words
# (the prompt asks for numbers; a role-play, round 45, saw "ja" answered with "type a
# number"). A yes takes every theme offered, a no none, as 'a' and Enter do.
_ALL_FIT = frozenset(
    ("ja", "yes", "yep", "klopt", "klopt allemaal", "ja klopt", "ja alle", "yes all", "beide",
     "allebei", "both", "alles", "allemaal", "all of them", "ze kloppen", "they fit", "all fit")
)  # fmt: skip
_NONE_FIT = frozenset(("nee", "no", "geen", "none", "geen van allen", "none of them", "niks"))


_BETWEEN = re.compile(r"\s*(?:[,;/&+]|\s|\ben\b|\band\b)\s*")


def ask_themes(ask: TerminalAsk, p: ThemePrompt) -> tuple[str, ...] | Unfit:
    lang, catalog = ask.lang, ask.catalog
    offered = p.suggested + p.heard
    if not p.text.strip() and p.heard:
        ask.say(t("heard_to_confirm", lang), "bold")  # own words left empty (round 54)
    elif not p.suggested and not p.forced:
        ask.say(t("text_nothing", lang), "yellow")
        for m in p.mentions:
            ask.say(f"  “{m.words}” ({t('why.' + str(m.set_aside), lang)})", "yellow")
        if not p.heard:
            return ()
    else:
        ask.say(t("themes_found", lang), "bold")
    if p.forced:
        labels = ", ".join(theme_label(catalog, x, lang) for x in p.forced)
        ask.say(t("themes_forced", lang, themes=labels), "bold red")
    if not offered:
        return ()
    earlier = " " + t("heard_earlier", lang)
    for i, theme in enumerate(offered, 1):
        ask.say(f"  {i}. {theme_label(catalog, theme, lang)}{earlier if theme in p.heard else ''}")
    while True:
        raw = ask.read(t("themes_confirm", lang) + ": ").strip().lower()
        if not raw:
            return ()
        said = raw.strip(" .!")
        if said in ("a", "all", "alle") or said in _ALL_FIT:
            return offered
        if said in _NONE_FIT:
            return ()
        # "1 2 3" and "1 en 3" too: "1 2 3" went to the engine as words and the list came
        # back without a word (a role-play, round 66); only "1,2,3" was read
        pieces = [x for x in _BETWEEN.split(raw) if x.strip()]
        picks = [parse_index(x, len(offered)) for x in pieces]
        if picks and all(x is not None for x in picks):
            return tuple(offered[x] for x in picks if x is not None)
        if len(raw.split()) >= 3:
            return Unfit(raw)  # words, not numbers: read by the engine (round 13)
        ask.say(t("numbers_hint", lang, n=len(offered)), "yellow")
