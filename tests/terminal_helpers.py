"""Shared by the round tests: a terminal in memory and a scripted ``ask``."""

from __future__ import annotations

import io
from collections.abc import Callable

from rich.console import Console

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.prompts import (
    FINISH,
    SKIP,
    CrisisPrompt,
    OverridePrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.render.terminal import TerminalAsk


def terminal(
    builtin: Catalog, *typed: str, student: Lang | None = None
) -> tuple[TerminalAsk, io.StringIO]:
    """A TerminalAsk on a screen in memory that reads ``typed``, one reply at a time
    (the last one again, up to 200 reads); returns it and the screen."""
    screen = io.StringIO()
    console = Console(file=screen, width=160, color_system=None)
    ask = TerminalAsk(console, builtin, "nl", student)
    replies = list(typed)
    reads = [0]

    def read(prompt: str = "> ") -> str:
        # A prompt that never accepts the last reply fails here instead of hanging.
        reads[0] += 1
        assert reads[0] < 200, f"the terminal kept asking: {prompt!r}"
        return replies.pop(0) if len(replies) > 1 else replies[0]

    ask.read = read  # type: ignore[method-assign]
    return ask, screen


def asker(
    reply: Callable[[QuestionPrompt], object], seen: list[Prompt] | None = None
) -> Callable[[Prompt], object]:
    """An ``ask`` that answers each question with ``reply`` (None: "nee", or skip where
    no yes/no is asked), accepts the review and goes on at a crisis panel."""

    def ask(prompt: Prompt) -> object:
        if seen is not None:
            seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            given = reply(prompt)
            if given is not None:
                return given
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    return ask


def scripted(
    builtin: Catalog, index: ReferralIndex, script: dict[str, list[object]], lang: Lang = "nl"
) -> tuple[list[Prompt], TriageResult]:
    """Each question in ``script`` answered with its replies in turn (the last one again);
    every other question "nee" or skipped; the panel goes on; at the review the replies
    under "review", then "ok". Returns the prompts seen and the result."""
    review = script.pop("review", [])
    seen: list[Prompt] = []

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            replies = script.get(prompt.question.id)
            if replies:
                return replies.pop(0) if len(replies) > 1 else replies[0]
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return review.pop(0) if review else "ok"
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    return seen, run_interview(builtin, ask, lang, index).result


def read_text(builtin: Catalog, text: str) -> tuple[set[str], dict[str, str | None]]:
    """The themes free text yields, and each mention's reason for being set aside."""
    found = Vocabulary(builtin.themes).read(text)
    return set(found.themes), {m.theme: m.set_aside for m in found.mentions}


def yes_then_finish(seen: list[Prompt], override: object = "ok") -> Callable[[Prompt], object]:
    """An ``ask`` that says "ja" to the first safety question, "afronden" at the first
    question that allows it (after the crisis panel) and "nee" before; the panel goes on;
    ``override`` answers the tier override. Every prompt is kept in ``seen``."""

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == "safety_wish_dead":
                return "ja"
            return FINISH if prompt.can_finish else "nee"
        if isinstance(prompt, OverridePrompt):
            return override
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    return ask
