"""The interactive side of the interview: shows prompts with Rich and reads answers.

The ``ask`` callable the engine receives for a real terminal. End of input raises
``Interrupted`` (exit 130, nothing written); Ctrl-C with answers on screen first asks
whether to stop (a second stops at once): a stray key does not throw away an intake.

Keys: Enter skips a question (a safety question once more first), ``?`` says why it is
asked, ``b`` goes back, a number at the review changes that answer; Enter continues
after the first result screen, ``m`` shows more. SIGTERM and SIGHUP stop at once.
"""

from __future__ import annotations

import re

from rich.console import Console

from steunwijzer.core import answer_phrases as ap
from steunwijzer.core.answer_phrases import after_doubt, doubt_led, none_fits, refused, withdrawn
from steunwijzer.core.answer_words import asks_meaning
from steunwijzer.core.answers import (
    UNKNOWN,
    AnswerError,
    can_be_unknown,
    is_doubt_word,
    is_unknown_word,
    parse_answer,
    reads_as_answer,
)
from steunwijzer.core.interview_state import opens_follow_ups
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.prompts import (
    BACK,
    FINISH,
    MAYBE,
    SKIP,
    CrisisPrompt,
    OverridePrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
    Unfit,
)
from steunwijzer.core.textnorm import normalise
from steunwijzer.core.triage import TriageResult
from steunwijzer.errors import Interrupted, Terminated
from steunwijzer.io.typed import typed_text
from steunwijzer.present.labels import format_answer, theme_label
from steunwijzer.present.texts import t
from steunwijzer.render.asking import question_lines
from steunwijzer.render.common import BACK_WORDS, crisis_panel, heading, is_plain, safe
from steunwijzer.render.notes import Line
from steunwijzer.render.override import STOP_YES, ask_override
from steunwijzer.render.paste import continued, waiting
from steunwijzer.render.piped import ANSWER_LIMIT, PipedInput, PipeStuck, from_a_pipe
from steunwijzer.render.screen import (
    crisis_phone_lines,
    detail_lines,
    fitted_summary,
    note_lines,
    print_lines,
    result_heading,
    screen_width,
)
from steunwijzer.render.theme_prompt import said_beside

_PLAIN, _NUMBERS = {"ja", "nee", "yes", "no", "j", "n", "y"}, re.compile(r"[\d,\s]+$")
_FINISH_WORDS = {"afronden", "finish", "stop"}  # words; not "stoppen", a choice ("stop my study")
_FINISH = {"a", "afronden", "f", "finish", "stop"}
# "help" was refused as an answer (round 11); not on a text question, where it may be said.
_MORE, _QUIT = {"m", "meer", "more"}, {"q", "quit", "klaar", "stop"}
_CONTINUE = {"", "d", "doorgaan", "c", "continue"}


class TerminalAsk:
    def __init__(
        self, console: Console, catalog: Catalog, lang: Lang, student_lang: Lang | None = None
    ) -> None:
        self.console, self.catalog, self.lang = console, catalog, lang
        # The student's language, when not the counsellor's: each question in it too (r11).
        self.student_lang = student_lang if student_lang != lang else None
        self.answered = False  # answers on screen: Ctrl-C asks before stopping
        self.shown: TriageResult | None = None  # the result on the first screen
        self.cut = False  # a note of it cut to fit the screen
        self.alerted: CrisisPrompt | None = None  # the last crisis panel shown
        self.asking = ""  # the question on screen, shown again after a Ctrl-C and "n"
        self.more_now = False  # "m" at the tier question; below, the questions asked again
        self.rechecked: set[str] = set()  # (no "Here too" when one comes back: round 64)
        self.piped = PipedInput() if from_a_pipe() else None

    def _stop(self, why: str = "") -> Interrupted:
        message = (why + "\n" if why else "") + t("cancelled", self.lang)
        if self.alerted is not None:
            # After an acute signal: the crisis lines once more, last on screen (a role-play)
            lines = crisis_phone_lines(self.alerted.contacts, self.lang)
            if lines:
                message += "\n" + t("cancelled_crisis", self.lang, lines=lines)
        return Interrupted(message)

    def read(self, prompt: str = "> ") -> str:
        while True:
            try:
                # No markup or emoji codes; bytes not UTF-8 as Windows-1252 (rounds 14, 22)
                if self.piped is None:
                    return typed_text(self.console.input(prompt, markup=False, emoji=False))
                return typed_text(self.piped.read(self.console, prompt))
            except PipeStuck as stuck:  # from a pipe, what no intake is (render/piped.py)
                raise self._stop(t(stuck.key, self.lang, n=ANSWER_LIMIT)) from None
            except (EOFError, KeyboardInterrupt) as stop:
                # Ctrl-D asks too once answers are on screen (r6, r7); SIGTERM never (r53)
                self.console.print()  # the message starts on a line of its own
                if not self.answered or isinstance(stop, Terminated):
                    raise self._stop() from None
            try:
                # After an acute signal the question says so (a role-play, round 11).
                key = "stop_confirm_acute" if self.alerted is not None else "stop_confirm"
                sure = self.console.input(t(key, self.lang), markup=False, emoji=False)
            except (KeyboardInterrupt, EOFError):
                self.console.print()
                raise self._stop() from None  # a second Ctrl-C stops at once
            if sure.strip().lower() in STOP_YES:
                raise self._stop()
            self.say(t("stop_no", self.lang), "dim")
            if self.asking:
                # The question again, not a bare ">" (a role-play, round 9).
                self.say(self.asking)

    def interactive(self) -> bool:
        """A person at a terminal: the screen may wait for a key between pages."""
        return self.console.is_terminal and not is_plain(self.console)

    def height(self) -> int:
        return max(8, self.console.height)

    def say(self, text: str, style: str = "") -> None:
        self.console.print(safe(text, style))

    def __call__(self, prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            return self.question(prompt)
        if isinstance(prompt, ThemePrompt):
            return self.themes(prompt)
        if isinstance(prompt, CrisisPrompt):
            return self.crisis(prompt)
        if isinstance(prompt, ReviewPrompt):
            return self.review(prompt)
        return self.override(prompt)

    def question(self, p: QuestionPrompt) -> object:
        try:
            return self._question(p)
        finally:
            self.asking = ""

    def _question(self, p: QuestionPrompt) -> object:
        q, lang = p.question, self.lang
        safety = can_be_unknown(q)
        expect, options, hint = question_lines(p, lang, self.student_lang)
        # Asked again after own words, Enter does not keep the "nee" (round 26)
        keeps = p.previous is not None and not (safety and p.recheck)
        if p.read_yes is not None:  # a yes in words alone, said (a role-play, round 41)
            self.say(t("read_as", lang, answer=format_answer(*p.read_yes, lang)), "dim")
        if p.taken:
            for where, themes in said_beside(self.catalog, p.taken).items():
                self.heard(themes or None, "later" if where == "noted" and p.told else where)
        if p.unfit and not p.heard:
            # Words that held no need: the question is just above, not shown twice.
            self.say(t("try_again", lang, error=expect), "yellow")
        else:
            # Asked again, the heading says so ("Vraag 1 van ongeveer 18" after 9, r14).
            key = "question_edit" if p.editing else "question_again" if p.recheck else "question_of"
            heading(self.console, t(key, lang, n=p.number, total=p.total))
            if p.recheck and q.id not in self.rechecked:  # in full once (round 46)
                key = "recheck_open" if p.previous == UNKNOWN else "recheck"  # left open (r65)
                # in full once per kind: "Here too ... 'no'" came after "left open" (r65)
                self.say(t(key + ("_again" if key in self.rechecked else "_note"), lang), "yellow")
                self.rechecked |= {q.id, key}
            if p.heard:
                labels = ", ".join(theme_label(self.catalog, x, lang) for x in p.heard)
                self.say(t("unfit_heard", lang, themes=labels), "yellow")
            self.say(q.text.get(lang), "bold")
            if self.student_lang is not None:
                self.say(f"{self.student_lang.upper()}: {q.text.get(self.student_lang)}", "italic")
            for line in options:
                self.say(line)
            if hint:
                self.say(hint.strip(), "dim")
        self.asking = "\n".join([q.text.get(lang), *options, *([hint.strip()] if hint else [])])
        asked_again = False
        while True:
            raw = self.read().strip()
            if raw == "?" or (q.type != "text" and asks_meaning(raw)):
                self.say(q.help.get(lang) if q.help else t("no_help", lang), "italic")
                continue
            if raw.lower() in BACK_WORDS or ap.corrects_earlier(raw):  # "wacht, was het ja" r42
                if p.can_go_back:
                    return BACK
                self.say(t("first_question", lang), "dim")
                continue
            if raw.lower() in _FINISH_WORDS and not p.can_finish and q.type != "text":
                self.say(t("finish_not_yet", lang), "yellow")  # "past niet" read as a typo (r27)
                continue
            if p.can_finish and raw.lower() in _FINISH_WORDS:
                return FINISH  # after a crisis panel, as there (a role-play, round 16)
            self.answered = True
            if not raw and keeps:
                return p.previous  # Enter keeps the answer being changed
            if safety and (is_unknown_word(raw) or (not raw and asked_again)):
                if raw:  # "geen idee" went to the panel without a word of how it was read
                    self.say(t("read_as", lang, answer=format_answer(q, UNKNOWN, lang)), "dim")
                    self.declined(raw)
                return UNKNOWN
            if not raw and safety:
                # A safety question is never skipped without a word: ask once more.
                asked_again = True
                self.say(t("safety_again", lang), "yellow")
                continue
            doubt = (
                not safety
                and q.type != "text"
                and (is_doubt_word(raw) or doubt_led(raw, is_doubt_word) or refused(raw))
            )
            if doubt and (q.type == "yes_no" or "no" in q.choice_ids()):
                doubt = not reads_as_answer(q, raw)  # "not really" to yes/partly/no: an answer
            rest = after_doubt(raw, is_doubt_word) if doubt else ""  # "idk, like a 5 maybe":
            if rest and (reads_as_answer(q, rest) or (q.type == "choice" and ap.two_choices(rest))):
                raw, doubt = rest, False  # the 5 (r36); "weet niet, 3 denk ik, en ook wel 1" (r63)
            if q.type in ("choice", "multi") and "no" not in q.choice_ids():
                doubt = doubt or none_fits(normalise(raw))  # "geen van beide" (r26)
            if not raw or doubt:
                # "weet niet", "hmm" with no "don't know": skipped, said so; opening others,
                # left open and those asked (round 37, F5)
                maybe = (
                    bool(raw) and not refused(raw) and opens_follow_ups(self.catalog.questions, q)
                )
                if raw:
                    said = "read_skipped_default" if keeps else "read_skipped"
                    self.say(t("read_maybe" if maybe else said, lang), "dim")
                # a doubt going on in words is read first ("weet niet... soms wil ik dood")
                led = doubt_led(raw, is_doubt_word) or withdrawn(raw) or len(raw.split()) > 6
                return Unfit(raw, True, maybe) if raw and led else MAYBE if maybe else SKIP
            if q.type == "text":
                # Taken whole, however long, with the rest of a cut line (render/paste.py).
                return continued(self.read, self.say, raw, lang, lambda: waiting(self.read))
            if q.type == "choice" and ap.two_choices(raw):
                self.say(t("choose_one", lang), "yellow")  # "1, 3": the 3 was dropped (r27)
                continue
            try:  # a sentence with no answer in it: read, and asked again (round 16)
                parsed = parse_answer(q, raw, sentence_is_doubt=False)
            except AnswerError:
                # No answer, maybe a need ("wil er niet meer zijn"): read, asked again (r42)
                if safety and ap.about_another_only(raw):
                    self.say(t("about_another", lang), "yellow")
                return Unfit(raw)
            # Words beside the answer are read by the engine (r8); how it was read is shown:
            # a sentence, a number to a yes/no ("1" was a silent "ja", r14), "nah" (r27), "acht".
            numbers = q.type != "yes_no" and _NUMBERS.match(raw)
            if len(raw.split()) > 1 or (raw.lower() not in _PLAIN and not numbers):
                self.say(t("read_as", lang, answer=format_answer(q, parsed, lang)), "dim")
            if safety and parsed == UNKNOWN:
                self.declined(raw)
            if parsed is True and q.acknowledge is not None:  # after a loss told (r39)
                self.say(q.acknowledge.get(lang), "italic")
            return raw if len(raw.split()) > 1 else parsed  # "8, ik wil dood": both read

    def themes(self, p: ThemePrompt) -> tuple[str, ...] | Unfit:
        from steunwijzer.render.theme_prompt import ask_themes

        return ask_themes(self, p)

    def crisis(self, p: CrisisPrompt) -> str | Unfit:
        self.alerted = p
        crisis_panel(
            self.console, self.catalog, str(p.urgency), p.contacts, self.lang, p.themes,
            p.reasons, dict(p.answers), p.new, p.screened,
        )  # fmt: skip
        self.heard(p.heard, "panel")
        while True:
            typed = self.read(t("crisis_choice", self.lang) + " ").strip()
            raw = typed.lower()
            if raw in _FINISH or raw in _CONTINUE:
                return "finish" if raw in _FINISH else "continue"
            if raw in BACK_WORDS:  # refused here, where a wrong "ja" is noticed (r15)
                return "back"
            if len(raw.split()) >= 3:
                return Unfit(typed)  # words, not a key: read (round 13)
            self.say(t("crisis_hint", self.lang), "yellow")

    def declined(self, raw: str) -> None:
        """Not telling is said as such ("pass" was only "don't know": round 65's role-play)."""
        if refused(raw):
            self.say(t("declined", self.lang), "dim")

    def heard(self, themes: tuple[str, ...] | None, where: str) -> None:
        """What became of words typed where a key was asked (a sentence at the review
        vanished without a word: a role-play, round 14)."""
        if themes:
            labels = ", ".join(theme_label(self.catalog, x, self.lang) for x in themes)
            self.say(t("heard_" + where, self.lang, themes=labels), "yellow")
        elif themes is not None:
            self.say(t("heard_none", self.lang), "yellow")

    def review(self, p: ReviewPrompt) -> object:
        from steunwijzer.render.review_screen import ask_review

        return ask_review(self, p)

    def summary(self, result: TriageResult, below: int = 1) -> None:
        """The first result screen: the evidence a counsellor needs before anything else;
        ``below`` lines said after it (the override's question) fit on the screen too."""
        result_heading(self.console, result, self.lang)
        room, width = self.height() - 2 - below, screen_width(self.console)
        live = self.interactive()
        lines, self.cut = fitted_summary(self.catalog, result, self.lang, width, room, live)
        print_lines(self.console, lines)
        self.shown = result

    def override(self, p: OverridePrompt) -> object:
        return ask_override(self, p)

    def finish(self, result: TriageResult) -> None:
        """After the interview: the first screen (again, if the tier changed), then the
        rest; on a terminal behind one key (Enter continues, m shows more)."""
        if self.shown is not result:
            self.summary(result)
        width = screen_width(self.console)
        rest = detail_lines(self.catalog, result, self.lang, width)
        if self.cut:  # the notes cut on the first screen, whole
            rest = [("", ""), *note_lines(self.catalog, result, self.lang, width), *rest]
        if not self.interactive():
            print_lines(self.console, rest)
            return
        while True:
            key = "m" if self.more_now else self.read(t("more_prompt", self.lang)).strip().lower()
            if key in _MORE:
                self.page(rest)
                # The pages pushed the crisis lines off the screen (round 34, A1): last.
                if result.risk_to_life and (
                    lines := crisis_phone_lines(
                        [r for r in result.referrals if r.open_now is not False], self.lang
                    )
                ):
                    self.say(t("cancelled_crisis", self.lang, lines=lines), "bold red")
                return
            if not key:
                return
            # Anything else ended the program: the next words went nowhere ("hoger").
            self.say(t("more_hint", self.lang), "yellow")

    def page(self, lines: list[Line]) -> None:
        room = self.height() - 2
        while lines:
            print_lines(self.console, lines[:room])
            lines = lines[room:]
            if lines and self.read(t("page_prompt", self.lang)).strip().lower() in _QUIT:
                return
