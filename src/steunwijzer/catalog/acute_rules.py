"""The built-in acute rules as a floor for an institution's own copy of the catalogue.

A later layer may not weaken a rule that raises an acute theme (merge_interview). But
the README's first step is a copy of the built-in catalogue (`catalog init`), and that
copy is the first layer: deleting the `self_harm` rule, rewriting `unsafe_now` to raise
unwanted behaviour, or moving the words "Ik ben nu niet veilig" to another choice all
validated with 0 errors, and a student's "ja" to self-harm came out specific and
routine (a coordinator's hostile round, round 23, K2).

So where a catalogue keeps a built-in question (same id, same answer), an answer that
raises an acute theme in the built-in rules must raise one there too, at the same
urgency or higher; and a choice with the words of such a built-in choice must raise one
whatever its id. A question of one's own is the institution's to word and rule; one
with the built-in question's words under another id is not its own (round 32: renaming
`mood_self_harm` and deleting its rule, or lowering `unsafe_now` to routine, validated
with 0 errors; "Ik ben nu niet veilig" without "(thuis of elders)" passed as a new
label; a coordinator's hostile round, H1-H3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from steunwijzer.catalog.checking import Reporter
from steunwijzer.core import conditions
from steunwijzer.core.model import Catalog, Question, Tier
from steunwijzer.core.safety import SCREEN_IDS
from steunwijzer.core.textnorm import normalise

_YES_NO = ("yes", "no", "unknown")


def _acute_answers(catalog: Catalog) -> Iterator[tuple[str, str, str, int]]:
    """(question id, answer, rule id, urgency rank) for every answer a rule raises an
    acute theme on (-1: the rule names no urgency)."""
    for rule in catalog.rules:
        if not any(
            t in catalog.themes and catalog.themes[t].tier is Tier.ACUTE for t in rule.themes
        ):
            continue
        rank = rule.urgency.rank if rule.urgency is not None else -1
        for compare in conditions.comparisons(rule.when):
            values = compare.value if isinstance(compare.value, tuple) else (compare.value,)
            for value in values:
                yield compare.question, _answer(value), rule.id, rank


def _core(text: str) -> str:
    """A label's words without what stands in brackets: "Ik ben nu niet veilig (thuis of
    elders)" and "Ik ben nu niet veilig!" are the same words."""
    return normalise(re.sub(r"\([^)]*\)", " ", text))


def _same_words(a: str, b: str) -> bool:
    a, b = _core(a), _core(b)
    return bool(a) and bool(b) and (a == b or (min(len(a), len(b)) >= 12 and (a in b or b in a)))


def _kept(own: dict[str, Question], original: Question) -> list[Question]:
    """The copy's questions that are the built-in one: by id, or by its words."""
    found = [own[original.id]] if original.id in own else []
    for question in own.values():
        same = any(
            _core(question.text.get(lang)) == _core(original.text.get(lang))
            for lang in ("nl", "en")
        )
        if same and question.id != original.id and question.type == original.type:
            found.append(question)
    return found


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
            return choice.label.nl, choice.label.en
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
    raised: dict[tuple[str, str], int] = {}
    for q, a, _, rank in _acute_answers(catalog):
        raised[q, a] = max(rank, raised.get((q, a), -1))
    said: set[str] = set()
    for question_id, answer, rule_id, rank in _acute_answers(builtin):
        original = builtin.question(question_id)
        if original is None:
            continue
        for question in _kept(own, original):
            _check_answer(question, original, answer, rule_id, rank, raised, said, rep)
            _check_words(question, original, answer, raised, rep)


def _check_answer(
    question: Question,
    original: Question,
    answer: str,
    rule_id: str,
    rank: int,
    raised: dict[tuple[str, str], int],
    said: set[str],
    rep: Reporter,
) -> None:
    at = (question.location.line, question.location.column)
    key = f"{question.id}={answer}"
    if not _has_answer(question, answer) or key in said:
        return
    renamed = (
        ""
        if question.id == original.id
        else f"(it has the words of the built-in question '{original.id}') "
    )
    if (question.id, answer) not in raised:
        said.add(key)
        rep.error(
            question.location.file,
            at,
            f"answer '{answer}' to question '{question.id}' {renamed}raises an acute theme "
            f"in the built-in rule '{rule_id}', and no rule here does: restore the rule (an "
            "own copy may add to it, not take it away), or give the question an id and "
            "words of its own",
        )
    elif raised[question.id, answer] < rank:
        said.add(key)
        rep.error(
            question.location.file,
            at,
            f"answer '{answer}' to question '{question.id}' {renamed}raises an acute theme "
            f"at a lower urgency than the built-in rule '{rule_id}': an own copy may not "
            "lower the urgency of an acute rule (a layer may not either)",
        )


def _check_words(
    question: Question,
    original: Question,
    answer: str,
    raised: dict[tuple[str, str], int],
    rep: Reporter,
) -> None:
    words = _words(original, answer)
    if words is None:
        return
    at = (question.location.line, question.location.column)
    for choice in question.choices:
        moved = choice.id != answer and (
            _same_words(words[0], choice.label.nl) or _same_words(words[1], choice.label.en)
        )
        if moved and (question.id, choice.id) not in raised:
            rep.error(
                question.location.file,
                at,
                f"choice '{choice.id}' of question '{question.id}' has the words of "
                f"the built-in choice '{answer}' ('{original_label(original, answer)}'), "
                "which raises an acute theme, but no rule raises one for "
                f"'{choice.id}': rules read the choice id, not its words",
            )


def original_label(question: Question, answer: str) -> str:
    for choice in question.choices:
        if choice.id == answer:
            return choice.label.get("nl")
    return answer
