"""An interview replayed from a mapping of answers (``--answers``, batch rows, tests).

Kept apart from the engine (core/interview.py) so each stays small; it drives the same
engine with an ``ask`` that answers from the mapping.
"""

from __future__ import annotations

from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer, question_key
from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.model import Catalog, Lang, Question, Tier
from steunwijzer.core.ownwords import tier_of
from steunwijzer.core.prompts import (
    SKIP,
    CrisisPrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.safety import SCREEN_BY_ID
from steunwijzer.core.triage import (
    TriageResult,
    answer_reasons,
    classify,
    safety_reasons,
    text_reasons,
)
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import KeyedInputError, UserInputError


def replay(
    catalog: Catalog,
    given: dict[str, object],
    student_lang: Lang,
    index: ReferralIndex,
) -> TriageResult:
    """Run the interview on a mapping of question id to answer, without prompting: every
    answer is checked first (one bad answer is reported before anything runs), missing
    questions count as unanswered, free-text suggestions are all accepted."""
    from steunwijzer.core.textnorm import did_you_mean

    by_id = {q.id: q for q in catalog.questions}
    by_key = {question_key(q.id): q for q in catalog.questions}
    parsed: dict[str, AnswerValue] = {}
    given_as: dict[str, object] = {}
    seen: dict[str, object] = {}
    for key, value in given.items():
        question = by_id.get(str(key)) or by_key.get(question_key(key))
        if question is None:
            hint = did_you_mean(str(key), by_id)
            # A 5,000-character key was said whole, twice per row (a hostile round, r45)
            named = str(key) if len(str(key)) <= 80 else str(key)[:79] + "…"
            raise KeyedInputError(f"unknown question id '{named}'{hint}", str(key))
        if question.id in seen:
            raise UserInputError(
                f"'{seen[question.id]}' and '{key}' both answer question '{question.id}'"
            )
        seen[question.id] = key
        if value is None or (isinstance(value, str) and not value.strip()):
            # A blank is not answered, as null and an empty CSV cell are: "" was an error
            # and "bel nu 112, houd de student wakker" (a hostile round, round 17).
            continue
        try:
            parsed[question.id] = parse_answer(question, value)  # all checked first
        except AnswerError as exc:
            raise KeyedInputError(str(exc), str(key)) from exc
        given_as[question.id] = value  # as given: the words beside "nee" count too

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            return given_as.get(prompt.question.id, SKIP)
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        return None

    from steunwijzer.core.interview import run_interview  # the engine imports this module

    result = run_interview(catalog, ask, student_lang, index).result
    # A "yes" to a safety follow-up never asked (intent without the thoughts question) is
    # still an acute signal, a doubt too ("weet niet" to a plan after two noes: dropped as
    # "did not apply", a hostile round, round 21): no given answer may be lost.
    asked = dict(result.answers)
    unasked_yes = {
        k: v
        for k, v in parsed.items()
        if k in SCREEN_BY_ID and (v is True or v in (UNKNOWN, EARLIER)) and k not in asked
    }
    vocabulary = Vocabulary(catalog.themes)
    beside = [
        r
        for k, v in given_as.items()
        if k not in asked and isinstance(v, str) and len(v.split()) > 1
        for r in text_reasons(vocabulary.read(v), f"text.{k}")
        if tier_of(catalog, r.themes[0]) is Tier.ACUTE
    ]  # words beside an answer to a question that did not apply count all the same
    # An answer to a follow-up whose question before it is missing or "nee" ({"mood_self_
    # harm": "ja"} alone) counts when acute (round 8 saw "geen acuut signaal").
    unasked = {k: v for k, v in parsed.items() if k not in asked}
    have = {(r.rule, r.answer) for r in result.reasons}
    found = answer_reasons(catalog, {**asked, **unasked}) if unasked else []
    # ... and any tier when the question before it was not given at all: {"mood_weight":
    # 10} alone, or exams_fear without area_study, gave prevention with no reason (a
    # hostile round, round 69); the answer says the question was asked.
    gateless = {k for k in unasked if not set(gates_of(by_id[k])) & given_as.keys()}
    rules = [
        r
        for r in found
        if (
            r.tier is Tier.ACUTE
            or any(tier_of(catalog, t) is Tier.ACUTE for t in r.themes)
            or any(part.partition(" = ")[0] in gateless for part in r.answer.split(", "))
        )
        and (r.rule, r.answer) not in have
        and not r.rule.startswith("safety.")  # those are unasked_yes above
    ]
    if not unasked_yes and not beside and not rules:
        return result
    reasons = [*result.reasons, *safety_reasons(unasked_yes), *beside, *rules]
    return classify(
        catalog,
        reasons,
        student_lang,
        index,
        result.screened,
        {**asked, **unasked_yes},
        result.mentions,
    )


def gates_of(question: Question) -> list[str]:
    """The questions whose answers decide whether ``question`` is asked."""
    from steunwijzer.core.conditions import referenced_questions

    return [] if question.when is None else list(referenced_questions(question.when))
