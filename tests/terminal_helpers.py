"""Shared by the round tests: a terminal in memory and a scripted ``ask``."""

from __future__ import annotations

import io
from collections.abc import Callable

from rich.console import Console

from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.prompts import SKIP, CrisisPrompt, Prompt, QuestionPrompt, ReviewPrompt
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
