"""Answering an interview in a test as a student would: one home for the helper that
round 32's and round 33's intake tests share."""

from __future__ import annotations

from collections.abc import Callable

from steunwijzer.core.prompts import CrisisPrompt, Prompt, QuestionPrompt


def answering(
    answers: dict[str, str], own: str, seen: list[Prompt] | None = None
) -> Callable[[Prompt], object]:
    """ "nee" to every yes/no question not in ``answers``, ``own`` at the own words, the
    crisis panel goes on."""

    def ask(prompt: Prompt) -> object:
        if seen is not None:
            seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id in answers:
                return answers[prompt.question.id]
            if prompt.question.type == "text":
                return own
            return "nee" if prompt.question.type == "yes_no" else None
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    return ask
