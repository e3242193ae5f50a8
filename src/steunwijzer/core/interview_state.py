"""Where an interview stands: the answers so far, the order they were given in, and the
own words read along the way; which questions apply and what number each one has."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from steunwijzer.core.conditions import AnswerValue, referenced_questions
from steunwijzer.core.model import Catalog, Question
from steunwijzer.core.ownwords import asking_for, collect_reasons, gate_questions

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding
    from steunwijzer.core.recognise import Recognition
    from steunwijzer.core.triage import Reason


class State:
    """The answers so far and the own words read with them (mutable, engine-only)."""

    def __init__(self) -> None:
        self.answers: dict[str, AnswerValue] = {}
        self.first: dict[str, AnswerValue] = {}  # each question's first answer
        self.history: list[str] = []
        self.text_themes: dict[str, tuple[str, ...]] = {}
        self.text_found: dict[str, Recognition] = {}
        self.said: list[tuple[str, Recognition]] = []  # acute words that fit no question
        self.settled_no: set[str] = set()  # questions asked again and answered "no" again
        self.opened: set[str] = set()  # asked because of own words, though their gate is shut
        self.maybe: set[str] = set()  # questions answered "misschien" (Nav.MAYBE)
        self.said_words: list[tuple[str, str]] = []  # (where, the words as said) of `said`
        self.heard: dict[str, tuple[str, ...]] = {}  # needs beside answers, not counted
        self.heard_words: dict[str, str] = {}  # the words they were heard in
        self.said_with: dict[str, str] = {}  # words typed with an answer (defaults, r40)

    def hear(self, where: str, themes: tuple[str, ...], words: object) -> None:
        """Needs heard beside an answer, and the words, to count them once confirmed."""
        self.heard[where] = themes
        if themes and isinstance(words, str):
            self.heard_words[where] = words
        else:
            self.heard_words.pop(where, None)

    def keep_first(self, question_id: str, value: AnswerValue) -> None:
        """The first answer, or a later "ja"/"weet niet" after a first "nee": a yes given
        when a safety question was asked again, then changed back to "nee" in the review,
        left no trace on the result (a role-play, round 26); a first yes does."""
        from steunwijzer.core.answer_past import EARLIER
        from steunwijzer.core.answers import UNKNOWN

        if self.first.get(question_id) is False and (value is True or value in (UNKNOWN, EARLIER)):
            self.first[question_id] = value
        else:
            self.first.setdefault(question_id, value)

    def applies(self, q: Question) -> bool:
        return q.id in self.opened or applies(q, self.answers) or self._maybe_open(q)

    def _maybe_open(self, q: Question) -> bool:
        """Whether a "misschien" at a gate opens ``q``: the gate read as a yes for the
        asking only, while it stays unanswered (a later yes or no decides)."""
        gates = {g: True for g in self.maybe if g not in self.answers}
        return bool(gates) and q.when is not None and q.when.evaluate({**self.answers, **gates})

    def opened_now(self, questions: tuple[Question, ...]) -> set[str]:
        """The questions asked though their gate is shut: by own words, or after a
        "misschien" at the gate."""
        return self.opened | {q.id for q in questions if self._maybe_open(q)}

    def reasons(self, catalog: Catalog) -> list[Reason]:
        said = tuple(self.said)
        found = collect_reasons(
            catalog,
            self.answers,
            self.text_themes,
            self.text_found,
            said,
            self.opened_now(catalog.questions),
        )
        settled = settled_guesses(catalog, self.settled_no)
        return [r for r in found if not _guess(r, settled)] if settled else found

    def settled_mentions(self, catalog: Catalog) -> tuple[Finding, ...]:
        """The second net's guesses the student answered "no" to when asked again: shown
        as mentions (asked, said no), no longer counted."""
        from steunwijzer.core.resemblance import ORIGIN

        settled = settled_guesses(catalog, self.settled_no)
        return tuple(
            replace(f, set_aside="asked_no", cue=None)
            for found in self.text_found.values()
            for f in found.findings
            if f.origin == ORIGIN and f.theme in settled
        )

    def own_themes(self) -> set[str]:
        """The themes the student's own words named so far (accepted or acute)."""
        said = {f.theme for _, found in self.said for f in found.findings}
        return said.union(*self.text_themes.values())

    def forget(self, question_id: str) -> None:
        if question_id in self.history:
            self.history.remove(question_id)
        self.answers.pop(question_id, None)
        self.said_with.pop(question_id, None)
        self.keep_said(question_id)
        self.text_themes.pop(question_id, None)
        self.text_found.pop(question_id, None)
        self.maybe.discard(question_id)

    def keep_said(self, question_id: str) -> None:
        """Words once said keep counting when their answer is changed: "yes, sometimes I
        think it would be easier to not wake up", then that answer changed to "no" at
        the review, gave PREVENTION and "all answered no" (a role-play, round 14). The
        risk-to-life findings of the rules stay, as words that fit no question do."""
        from steunwijzer.core.findings import Recognition
        from steunwijzer.core.resemblance import ORIGIN
        from steunwijzer.core.safety import RISK_TO_LIFE

        found = self.text_found.get(question_id)
        counted = self.text_themes.get(question_id, ())
        if found is None:
            return
        kept = tuple(
            f
            for f in found.findings
            if f.theme in counted and f.theme in RISK_TO_LIFE and f.origin != ORIGIN
        )
        known = {(q, f.words) for q, r in self.said for f in r.findings}
        kept = tuple(f for f in kept if (question_id, f.words) not in known)
        if kept:
            self.said.append((question_id, Recognition(kept, ())))


def settled_guesses(catalog: Catalog, settled_no: set[str]) -> set[str]:
    """The themes a guess of the second net may no longer set: a grieving student's "dood
    ... meer ... alleen" weighed as suicidal thoughts kept 113 first after two fresh
    "nee"s to the wish and the thoughts (a role-play, round 14). The net's words are a
    reason to ask, and the asking was done."""
    themes = set()
    if {"safety_wish_dead", "safety_thoughts"} <= settled_no:
        themes.add("suicidal_thoughts")
    asking = set(asking_for(catalog, "self_harm"))
    if asking and asking <= settled_no:
        themes.add("self_harm")
    # ... and danger guessed from "he wakes up every 3 hours" (a baby), kept as the tier's
    # reason, Veilig Thuis and 112 first, after two fresh "no"s to "unsafe somewhere?"
    # (a role-play, round 64, intake 2)
    gates = set(gate_questions(catalog, "unsafe_situation"))
    if gates and gates <= settled_no:
        themes.add("unsafe_situation")
    return themes


def _guess(reason: Reason, settled: set[str]) -> bool:
    from steunwijzer.core.resemblance import ORIGIN  # not loaded before a net's finding

    finding = reason.finding
    return finding is not None and finding.origin == ORIGIN and finding.theme in settled


def step_back(state: State, last: str | None = None) -> None:
    """Go back one question, its answer kept as the default: Enter keeps it. (Dropped,
    a "ja" to a suicide question became "weet niet" after 'b' and two presses of Enter,
    and the crisis lines vanished: an outside role-play, round 6.)"""
    last = last or state.history[-1]
    earlier = state.answers.get(last)
    state.forget(last)
    if earlier is not None:
        state.answers[last] = earlier


def back_from(questions: tuple[Question, ...], history: list[str], current: str) -> str:
    """The answered question 'b' goes back to from ``current``: the nearest one before it
    in the intake's order. The last one asked was not it after own words had the screen
    asked again: from question 5, 'b' went to the screen's question 3 and question 4
    could not be reached again (a role-play, round 19). Without an earlier one (a
    question changed from the review), the last one asked."""
    order = {q.id: i for i, q in enumerate(questions)}
    here = order.get(current, len(order))
    earlier = [h for h in history if order.get(h, -1) < here]
    return max(earlier, key=lambda h: order.get(h, -1)) if earlier else history[-1]


def follow_ups(questions: tuple[Question, ...], gate: Question) -> tuple[str, ...]:
    """The questions a yes to ``gate`` opens (those whose ``when`` reads it). A
    "misschien" to "voel je je vaak somber?" skipped what it is and the self-harm
    question after it (a role-play, round 37, F5): they are asked all the same."""
    if gate.type != "yes_no":
        return ()
    return tuple(
        q.id for q in questions if q.when is not None and gate.id in referenced_questions(q.when)
    )


def opens_follow_ups(questions: tuple[Question, ...], gate: Question) -> bool:
    """Whether a yes to the yes/no question ``gate`` opens a question (one whose ``when``
    reads it). A "misschien" to "voel je je vaak somber?" skipped what it is and the
    self-harm question after it (a role-play, round 37, F5): they are asked all the same."""
    if gate.type != "yes_no":
        return False
    return any(q.when is not None and gate.id in referenced_questions(q.when) for q in questions)


def applies(q: Question, answers: dict[str, AnswerValue]) -> bool:
    return q.when is None or q.when.evaluate(answers)


def estimate(questions: tuple[Question, ...], state: State) -> int:
    """How many questions this intake has, as things stand: those asked and those that
    apply (a follow-up a "misschien" opened counted too: "Vraag 21 van ongeveer 21"
    after "van ongeveer 19" was round 38's role-play)."""
    return sum(1 for q in questions if q.id in state.history or state.applies(q))


def position(questions: tuple[Question, ...], state: State, question: Question) -> int:
    """The question's place among those that apply, in catalogue order (1-based).

    Counting in catalogue order, not in the order of asking, keeps the number right when
    a question is answered again from the review.
    """
    number = 1
    for q in questions:
        if q is question:
            return number
        if q.id in state.history or state.applies(q):
            number += 1
    return number


def next_question(questions: tuple[Question, ...], state: State) -> Question | None:
    for q in questions:
        if q.id not in state.history and state.applies(q):
            return q
    return None
