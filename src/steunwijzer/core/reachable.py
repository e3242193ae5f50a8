"""Whether a question's `when` can ever hold: tried on every answer its questions allow.

A layer gave the self-harm question `when: "area_mood == yes and area_mood == no"`: the
question was never asked, so the acute rule reading it could never fire, and validation
said nothing (a hostile round, round 19). Conditions name few questions with few answers
each, so trying them all is cheap; a condition too large to try is taken to hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import product
from math import prod

from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.conditions import AnswerValue, Condition, referenced_questions
from steunwijzer.core.model import Question

_TRIES = 20_000
_MISSING = object()  # the question was not asked or not answered


def _answers(question: Question) -> list[AnswerValue] | None:
    """Every answer worth trying, or None when they cannot be listed (free text)."""
    if question.type == "yes_no":
        return [True, False, UNKNOWN]
    if question.type == "choice":
        return list(question.choice_ids())
    if question.type == "multi":
        ids = question.choice_ids()
        return [(), ids, *((i,) for i in ids)]  # none, all, each alone
    if question.type == "scale":
        low = 0 if question.min is None else question.min
        high = 10 if question.max is None else question.max
        return list(range(low, high + 1)) if high - low <= 100 else None
    return None


def can_hold(condition: Condition, questions: Mapping[str, Question]) -> bool:
    """False only when no answers at all make ``condition`` hold."""
    names = list(dict.fromkeys(referenced_questions(condition)))
    options: list[list[object]] = []
    for name in names:
        question = questions.get(name)
        answers = _answers(question) if question is not None else None
        if answers is None:
            return True
        options.append([_MISSING, *answers])
    if prod(len(o) for o in options) > _TRIES:
        return True
    for combination in product(*options):
        given = {n: v for n, v in zip(names, combination, strict=True) if v is not _MISSING}
        if condition.evaluate(given):  # type: ignore[arg-type]
            return True
    return False


def never_asked(
    question_ids: Iterable[str], questions: Mapping[str, Question]
) -> list[tuple[Question, str]]:
    """The questions among ``question_ids`` (and the ones their `when` reads, and so on)
    whose `when` can never hold, each with the question of the chain it was found from."""
    found: list[tuple[Question, str]] = []
    seen: set[str] = set()
    todo = [(q, q) for q in question_ids]
    while todo:
        qid, start = todo.pop()
        question = questions.get(qid)
        if question is None or qid in seen or question.when is None:
            continue
        seen.add(qid)
        if not can_hold(question.when, questions):
            found.append((question, start))
            continue
        todo += [(r, start) for r in referenced_questions(question.when)]
    return found
