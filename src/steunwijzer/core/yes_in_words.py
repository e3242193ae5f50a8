"""A yes said in words: a need named at the question that asks for it.

"mijn beste vriendin is drie weken geleden verongelukt" at "Heb je kort geleden iemand
verloren die belangrijk voor je was?" was "no answer to this question", and the question
was asked again with the student beside the counsellor (a role-play, round 37, F8). When
the words hold a need that a "yes" to this question leads to (directly, or through the
question it opens), the words are the yes. The safety screen and a catalogue's
sensitive questions keep their own, stricter reading: there a yes is typed or asked.
"""

from __future__ import annotations

from steunwijzer.core.answer_errors import can_be_unknown
from steunwijzer.core.conditions import Compare
from steunwijzer.core.model import Catalog, Question
from steunwijzer.core.ownwords import gate_questions


def yes_in_words(catalog: Catalog, question: Question, themes: tuple[str, ...]) -> bool:
    """True when ``themes`` (found in words typed at ``question``) include a need that a
    "yes" to it leads to."""
    if question.type != "yes_no" or can_be_unknown(question) or not themes:
        return False
    for theme in themes:
        if question.id in gate_questions(catalog, theme):
            return True
        for rule in catalog.rules:
            when = rule.when
            if (
                theme in rule.themes
                and isinstance(when, Compare)
                and when.question == question.id
                and when.op == "=="
                and when.value in ("yes", True)
            ):
                return True
    return False


def choices_in_words(
    catalog: Catalog, question: Question, themes: tuple[str, ...]
) -> tuple[str, ...]:
    """The choices of a choice or multi-choice ``question`` whose rules lead only to needs
    found in the words typed at it: "exam anxiety, and he wants to switch programme" at
    "what is it mainly about?" names fear of exams and the wrong choice; "adhd" names a
    disability (a role-play, round 54: both "that answer does not fit"). A single choice
    is taken only when one choice fits: "he pushed me against a wall" fits three kinds of
    danger, and which one is asked. Sensitive questions keep a typed answer."""
    if question.type not in ("choice", "multi") or question.sensitive or not themes:
        return ()
    found = set(themes)
    named: list[str] = []
    for choice in question.choice_ids():
        led = [
            set(rule.themes)
            for rule in catalog.rules
            if isinstance(rule.when, Compare)
            and rule.when.question == question.id
            and rule.when.op in ("==", "contains")
            and rule.when.value == choice
        ]
        if led and all(x and x <= found for x in led):
            named.append(choice)
    if question.type == "choice" and len(named) != 1:
        return ()
    return tuple(named)
