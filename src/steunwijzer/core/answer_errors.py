"""What a question accepts, and the error for an answer that does not fit it: one
message for the terminal, an answers file and a batch row. (Kept apart from answers.py,
which reads the answers.)"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steunwijzer.core.model import Question


def is_safety(question: Question) -> bool:
    return question.section == "safety"


def can_be_unknown(question: Question) -> bool:
    """A yes/no question that records "weet niet" as `unknown`: the safety screen's, and
    a catalogue's own marked `sensitive` (the self-harm question refused "misschien" and
    was skipped by one Enter without a trace: a role-play, round 8)."""
    return question.type == "yes_no" and (is_safety(question) or question.sensitive)


class AnswerError(ValueError):
    """An answer that does not fit its question; the message lists what is allowed."""


def allowed_values(question: Question) -> str:
    if question.type == "yes_no":
        if is_safety(question):  # "earlier" is accepted there, so it is named (r64)
            return "yes or no, unknown, or earlier (ja/nee/weet niet/eerder)"
        if can_be_unknown(question):
            return "yes or no, or unknown (ja/nee/weet niet)"
        return "yes or no (ja/nee)"
    if question.type == "choice":
        return "one of " + ", ".join(question.choice_ids())
    if question.type == "multi":
        return "a list of " + ", ".join(question.choice_ids())
    if question.type == "scale":
        return f"a whole number from {question.min} to {question.max}"
    return "text"


def shown(value: object, limit: int = 80) -> str:
    """An answer as quoted in a message; the size cap is for display only. Text in quotes;
    anything else as JSON, the form it was given in ("[True]" and "['nl']" were Python's
    spelling of a row's [true] and ["nl"]: a hostile round, round 45)."""
    try:
        if isinstance(value, str):
            text = repr(value)
        else:
            text = json.dumps(value, ensure_ascii=False, default=str)
    except (RecursionError, ValueError):  # pragma: no cover - JSON input is depth-limited
        text = "<nested value>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answer_error(question: Question, value: object) -> AnswerError:
    return AnswerError(
        f"invalid answer {shown(value)} to question '{question.id}': "
        f"expected {allowed_values(question)}"
    )


# "n.v.t." is no "no" on the safety screen: in a spreadsheet it says the question was
# not asked, and it made a row "screened" with a negative screen (a hostile round, round
# 63). Refused there, as "niet gevraagd" is; elsewhere it stays a no (notes, round 61).
_NOT_ASKED = frozenset(
    ("n a", "nvt", "n v t", "na", "n a n", "not applicable", "niet van toepassing")
)


def not_asked(question: Question, word: str) -> bool:
    return can_be_unknown(question) and word in _NOT_ASKED
