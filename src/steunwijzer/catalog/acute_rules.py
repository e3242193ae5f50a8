"""The built-in acute rules as a floor for an institution's own copy of the catalogue.

A later layer may not weaken a rule that raises an acute theme (merge_interview). But
the README's first step is a copy of the built-in catalogue (`catalog init`), and that
copy is the first layer: deleting the `self_harm` rule, rewriting `unsafe_now` to raise
unwanted behaviour, or moving the words "Ik ben nu niet veilig" to another choice all
validated with 0 errors, and a student's "ja" to self-harm came out specific and
routine (a coordinator's hostile round, round 23, K2).

So where a catalogue keeps a built-in question (same id, same answer), an answer that
raises an acute theme in the built-in rules must raise one there too; and a choice with
the words of such a built-in choice must raise one whatever its id. A question of one's
own, or with another id, is the institution's to word and rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from steunwijzer.catalog.checking import Reporter
from steunwijzer.core import conditions
from steunwijzer.core.model import Catalog, Question, Tier
from steunwijzer.core.safety import SCREEN_IDS
from steunwijzer.core.textnorm import normalise

_YES_NO = ("yes", "no", "unknown")


def _acute_answers(catalog: Catalog) -> Iterator[tuple[str, str, str]]:
    """(question id, answer, rule id) for every answer a rule raises an acute theme on."""
    for rule in catalog.rules:
        if not any(
            t in catalog.themes and catalog.themes[t].tier is Tier.ACUTE for t in rule.themes
        ):
            continue
        for compare in conditions.comparisons(rule.when):
            values = compare.value if isinstance(compare.value, tuple) else (compare.value,)
            for value in values:
                yield compare.question, _answer(value), rule.id


def _answer(value: object) -> str:
    """A compared value as an answer: the compiled catalogue keeps "yes" as True, so the
    built-in rules on yes/no questions were never compared (a hostile round, round 30,
    H1: the `self_harm` and `loss` rules could be dropped from an own copy unseen)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _has_answer(question: Question, answer: str) -> bool:
    if question.type == "yes_no":
        return answer in _YES_NO
    return answer in question.choice_ids()


def _words(question: Question, answer: str) -> tuple[str, str] | None:
    for choice in question.choices:
        if choice.id == answer:
            return normalise(choice.label.nl), normalise(choice.label.en)
    return None


def check_acute_rules(catalog: Catalog, rep: Reporter) -> None:
    """Refuse an own copy that lost a built-in acute rule (see the module's docstring)."""
    own = {q.id: q for q in catalog.questions if q.id not in SCREEN_IDS}
    if not own:
        return  # the safety screen alone (`catalog init --empty`, a layer of offerings)
    from steunwijzer.catalog.compiled import load_builtin
    from steunwijzer.catalog.resources import builtin_catalog_folder

    builtin = load_builtin(builtin_catalog_folder())
    if builtin is None:  # an editable install whose compiled form is stale
        return
    raised = {(q, a) for q, a, _ in _acute_answers(catalog)}
    said: set[str] = set()
    for question_id, answer, rule_id in _acute_answers(builtin):
        question = own.get(question_id)
        original = builtin.question(question_id)
        if question is None or original is None:
            continue
        at = (question.location.line, question.location.column)
        if _has_answer(question, answer) and (question_id, answer) not in raised:
            key = f"{question_id}={answer}"
            if key not in said:
                said.add(key)
                rep.error(
                    question.location.file,
                    at,
                    f"answer '{answer}' to question '{question_id}' raises an acute theme in "
                    f"the built-in rule '{rule_id}', and no rule here does: restore the "
                    "rule (an own copy may add to it, not take it away), or give the "
                    "question an id of its own",
                )
        words = _words(original, answer)
        if words is None:
            continue
        for choice in question.choices:
            label = (normalise(choice.label.nl), normalise(choice.label.en))
            moved = choice.id != answer and (words[0] in label or words[1] in label)
            if moved and (question_id, choice.id) not in raised:
                rep.error(
                    question.location.file,
                    at,
                    f"choice '{choice.id}' of question '{question_id}' has the words of "
                    f"the built-in choice '{answer}' ('{original_label(original, answer)}'), "
                    "which raises an acute theme, but no rule raises one for "
                    f"'{choice.id}': rules read the choice id, not its words",
                )


def original_label(question: Question, answer: str) -> str:
    for choice in question.choices:
        if choice.id == answer:
            return choice.label.get("nl")
    return answer
