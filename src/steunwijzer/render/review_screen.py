"""The review of the answers on a terminal: one line per answer, a screenful at a time;
a number changes an answer, "b" goes back, words typed instead are read as words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core.numbers import parse_index
from steunwijzer.core.prompts import BACK, ReviewPrompt, Unfit
from steunwijzer.core.textnorm import normalise
from steunwijzer.present.labels import format_answer
from steunwijzer.present.layout import shorten
from steunwijzer.present.texts import t
from steunwijzer.render.common import BACK_WORDS, heading
from steunwijzer.render.notes import Line
from steunwijzer.render.screen import print_lines, screen_width

if TYPE_CHECKING:
    from steunwijzer.render.terminal import TerminalAsk

_REVIEW_OK = {"ok", "oke", "okay", "okee", "klopt", "goed", "prima", "akkoord", "correct",
              "ja", "yes", "ja klopt", "dat klopt", "verder", "door", "doorgaan", "continue",
              "looks good", "fine", "alright", "all good", "klopt allemaal"}  # fmt: skip


def ask_review(term: TerminalAsk, p: ReviewPrompt) -> object:
    """One line per answer; a long review is shown a screenful at a time."""
    lang = term.lang
    term.heard(p.heard, "review")
    heading(term.console, t("review_title", lang))
    width = screen_width(term.console) or 100
    lines: list[Line] = []
    kept = dict(p.first_kept)
    for i, (q, value) in enumerate(p.answers, 1):
        question, answer = q.text.get(lang), format_answer(q, value, lang)
        answer = t("review_maybe", lang) if value is None and q.id in p.maybe else answer
        if q.id in kept:  # "nee (eerst ja)": the first answer still counts
            answer += f" ({t('review_first', lang, answer=format_answer(q, kept[q.id], lang))})"
        # The answer gets what the question leaves, and at least a third of the line.
        answer = shorten(answer, max(12, width // 3, width - 7 - len(question)))
        question = shorten(question, max(10, width - 7 - len(answer)))
        lines.append((f"{i:>2}. {question} — {answer}", ""))
    room = term.height() - 3
    while len(lines) > room and term.interactive():
        print_lines(term.console, lines[:room])
        lines = lines[room:]
        while True:
            typed = term.read(t("review_page", lang)).strip()
            choice = _review_choice(typed.lower(), p) if typed else None
            if choice is not None:
                return choice
            if len(typed.split()) >= 3:  # was taken for Enter (a role-play, r15)
                return Unfit(typed)
            if not typed:
                break
            # "13 yes" went on to the next page without a word (a role-play)
            term.say(t("numbers_hint", lang, n=len(p.answers)), "yellow")
        # The heading again on each next screenful: it had scrolled away (round 12).
        heading(term.console, t("review_title", lang) + " (…)")
    print_lines(term.console, lines)
    while True:
        typed = term.read(t("review_prompt", lang) + ": ").strip()
        # "ok" was refused with "Typ een nummer van 1 tot 21" (a role-play, round 38)
        agreed = not typed or normalise(typed) in _REVIEW_OK
        choice = "ok" if agreed else _review_choice(typed.lower(), p)
        if choice is not None:
            return choice
        if len(typed.split()) >= 3:
            return Unfit(typed)  # words, not a number: read (round 13)
        term.say(t("numbers_hint", lang, n=len(p.answers)), "yellow")


def _review_choice(raw: str, p: ReviewPrompt) -> object:
    if raw in BACK_WORDS:
        return BACK
    position = parse_index(raw, len(p.answers))
    return None if position is None else p.answers[position][0].id
