"""What the student already said, offered as a question's default (Enter keeps it).

Two role-plays (rounds 39 and 40) found the intake repeating itself: "Wat past het
best? 1. Somber 2. Gespannen" right after "ja, vooral somber, en moe", and "Heb je kort
geleden iemand verloren?" after the student had named the brother who died. The
question is still asked (the counsellor confirms, or types another answer); what was
said is its default, shown in brackets. Never at the safety screen or a sensitive
question: there the answer is typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core.answer_errors import can_be_unknown
from steunwijzer.core.choice_words import label_choices
from steunwijzer.core.conditions import AnswerValue, Compare, referenced_questions
from steunwijzer.core.yes_in_words import yes_in_words

if TYPE_CHECKING:
    from steunwijzer.core.interview_state import State
    from steunwijzer.core.model import Catalog, Question


def guessed(catalog: Catalog, state: State, question: Question) -> AnswerValue | None:
    """The answer the student's words already gave ``question``, or None."""
    if can_be_unknown(question):
        return None
    if question.type in ("choice", "multi") and question.when is not None:
        for gate in referenced_questions(question.when):
            words = state.said_with.get(gate)
            named = label_choices(question, words) if words else set()
            if question.type == "multi" and named:
                return tuple(c for c in question.choice_ids() if c in named)
            if len(named) == 1:
                return named.pop()
    # What counts already (acute words, own words confirmed), not what was only heard in
    # passing: "gamen" heard made [ja] the default of the question about addiction, and
    # Enter kept it for a student who had just said "is geen verslaving hoor" (round 40's
    # second role-play).
    said = tuple(sorted(state.own_themes()))
    if question.type != "yes_no" or not yes_in_words(catalog, question, said):
        return None
    # A follow-up that asks a detail of a need the answers already count (when did the
    # assault happen?) is not answered by naming the need: "Is het in de afgelopen week
    # gebeurd? [ja]" after "drie weken geleden" was typed twice (a role-play, round 54).
    counted = {
        x for r in state.reasons(catalog) if not r.rule.startswith("text.") for x in r.themes
    }
    leads = set(said) & _leads_to(catalog, question.id)
    detail = question.when is not None and bool(leads) and leads <= counted
    return None if detail else True


def _leads_to(catalog: Catalog, question_id: str) -> set[str]:
    """The themes a yes to ``question_id`` gives by the catalogue's rules."""
    return {
        t
        for rule in catalog.rules
        if isinstance(rule.when, Compare) and rule.when.question == question_id
        for t in rule.themes
    }
