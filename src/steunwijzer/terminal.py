"""The interactive side of the interview: shows prompts with Rich and reads answers.

This is the ``ask`` callable the pure engine receives for a real terminal. Ctrl-C or
end of input at any prompt raises ``Interrupted``: the CLI exits with 130 and
nothing is written.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .answers import MAX_TEXT, AnswerError, format_answer, parse_answer
from .errors import Interrupted
from .i18n import t
from .interview import (
    BACK,
    SKIP,
    CrisisPrompt,
    OverridePrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
)
from .model import Catalog, Lang, Tier
from .render import crisis_panel, heading, safe, tier_badge

_BACK_WORDS = {"b", "back", "terug"}
_TIER_WORDS = {
    "prevention": Tier.PREVENTION,
    "preventie": Tier.PREVENTION,
    "1": Tier.PREVENTION,
    "specific": Tier.SPECIFIC,
    "specifiek": Tier.SPECIFIC,
    "2": Tier.SPECIFIC,
    "acute": Tier.ACUTE,
    "acuut": Tier.ACUTE,
    "3": Tier.ACUTE,
}
_FINISH = {"a", "afronden", "f", "finish", "stop"}
_CONTINUE = {"", "d", "doorgaan", "c", "continue"}


class TerminalAsk:
    def __init__(self, console: Console, catalog: Catalog, lang: Lang) -> None:
        self.console = console
        self.catalog = catalog
        self.lang = lang

    def read(self, prompt: str = "> ") -> str:
        try:
            return self.console.input(prompt)
        except (KeyboardInterrupt, EOFError):
            raise Interrupted(t("cancelled", self.lang)) from None

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
        q, lang = p.question, self.lang
        heading(self.console, t("question_of", lang, n=p.number, total=p.total))
        self.say(q.text.get(lang), "bold")
        for i, choice in enumerate(q.choices, 1):
            self.say(f"  {i}. {choice.label.get(lang)}")
        hint = {
            "yes_no": t("yes_no_hint", lang),
            "multi": t("multi_hint", lang),
            "scale": t("scale_hint", lang, min=q.min, max=q.max),
            "text": t("text_hint", lang),
        }.get(q.type, "")
        if p.previous is not None:
            hint += f" [{format_answer(q, p.previous, lang)}]"
        if hint:
            self.say(hint.strip(), "dim")
        while True:
            raw = self.read().strip()
            if raw == "?":
                self.say(q.help.get(lang) if q.help else t("no_help", lang), "italic")
                continue
            if raw.lower() in _BACK_WORDS:
                if p.can_go_back:
                    return BACK
                self.say(t("first_question", lang), "dim")
                continue
            if not raw:
                return SKIP
            try:
                return parse_answer(q, raw)
            except AnswerError:
                hint = t(
                    f"expect.{q.type}", lang, n=len(q.choices), min=q.min, max=q.max, limit=MAX_TEXT
                )
                self.say(t("try_again", lang, error=hint), "yellow")

    def themes(self, p: ThemePrompt) -> tuple[str, ...]:
        lang = self.lang
        self.say(t("themes_found", lang), "bold")
        if p.forced:
            labels = ", ".join(self.catalog.theme_label(x, lang) for x in p.forced)
            self.say(t("themes_forced", lang, themes=labels), "bold red")
        if not p.suggested:
            return ()
        for i, theme in enumerate(p.suggested, 1):
            self.say(f"  {i}. {self.catalog.theme_label(theme, lang)}")
        while True:
            raw = self.read(t("themes_confirm", lang) + ": ").strip().lower()
            if not raw:
                return ()
            if raw in ("a", "all", "alle"):
                return p.suggested
            picks = [x.strip() for x in raw.replace(";", ",").split(",")]
            if all(x.isdigit() and 1 <= int(x) <= len(p.suggested) for x in picks):
                return tuple(p.suggested[int(x) - 1] for x in picks)
            self.say(t("numbers_hint", lang, n=len(p.suggested)), "yellow")

    def crisis(self, p: CrisisPrompt) -> str:
        crisis_panel(self.console, self.catalog, str(p.urgency), p.contacts, self.lang)
        while True:
            raw = self.read(t("crisis_choice", self.lang) + " ").strip().lower()
            if raw in _FINISH:
                return "finish"
            if raw in _CONTINUE:
                return "continue"
            self.say(t("crisis_hint", self.lang), "yellow")

    def review(self, p: ReviewPrompt) -> object:
        lang = self.lang
        heading(self.console, t("review_title", lang))
        table = Table(show_header=False, box=None, expand=True)
        table.add_column(no_wrap=True)
        table.add_column(ratio=3)
        table.add_column(ratio=2)
        for i, (q, value) in enumerate(p.answers, 1):
            table.add_row(str(i), safe(q.text.get(lang)), safe(format_answer(q, value, lang)))
        self.console.print(table)
        while True:
            raw = self.read(t("review_prompt", lang) + ": ").strip().lower()
            if not raw:
                return "ok"
            if raw in _BACK_WORDS:
                return BACK
            if raw.isdigit() and 1 <= int(raw) <= len(p.answers):
                return p.answers[int(raw) - 1][0].id
            self.say(t("numbers_hint", lang, n=len(p.answers)), "yellow")

    def override(self, p: OverridePrompt) -> object:
        lang, result = self.lang, p.result
        line = Text(f"{t('tier', lang)}: ").append_text(tier_badge(self.catalog, result.tier, lang))
        self.console.print(line)
        label = self.catalog.tier_label(result.tier, lang)
        while True:
            raw = self.read(t("override_prompt", lang, tier=label) + ": ").strip().lower()
            if not raw:
                return None
            tier = _TIER_WORDS.get(raw)
            if tier is None:
                self.say(t("tier_hint", lang), "yellow")
                continue
            if tier.rank >= result.tier.rank:
                return (tier, None)
            reason = self.read(t("override_reason", lang) + ": ").strip()
            if reason:
                return (tier, reason)
            self.say(t("reason_needed", lang), "yellow")
