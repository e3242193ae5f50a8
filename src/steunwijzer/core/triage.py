"""Classification: answers and themes in, a frozen TriageResult out.

The tier is the highest tier of every theme and rule found (acute dominates; nothing
found gives prevention). Findings only ever add: an extra answer, theme or free text
can raise the tier, never lower it. A counsellor's override is recorded beside the
classification, and never removes the crisis lines an acute theme brings.

Acute is not one thing: a risk to life or safety (``safety.is_risk_to_life``) puts
the crisis lines first; another acute need (grief, dropout risk) gets its fastest
fitting help first and the crisis lines as a safety line at the end.

A result carries no interface language: its tips and referrals hold bilingual texts,
and ``student_lang`` is the language they were ranked for (the caller's choice:
``--student-lang``, else ``--lang``). Presentation picks the language shown.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from steunwijzer.core import safety
from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.earlier_risk import earlier_only
from steunwijzer.core.floor import with_floor
from steunwijzer.core.model import (
    Catalog,
    Lang,
    Question,
    Tier,
    Tip,
    Urgency,
    max_tier,
    max_urgency,
)
from steunwijzer.core.referrals import Referral, ReferralIndex
from steunwijzer.core.support import (
    emphasis,
    emphasis_next,
    select_tips,
    theme_tier,
)
from steunwijzer.core.taken import emergency_first, taken_now
from steunwijzer.core.theme_order import doubted_themes, theme_order
from steunwijzer.errors import UserInputError

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Finding, Recognition


@dataclass(frozen=True, slots=True)
class Reason:
    """Why something was found: the rule (or source) and the answer behind it."""

    rule: str
    answer: str
    themes: tuple[str, ...] = ()
    tier: Tier | None = None
    urgency: Urgency | None = None
    finding: Finding | None = None  # for free text: the words, pattern and context


@dataclass(frozen=True, slots=True)
class Override:
    """A tier raised by the counsellor: from what, to what and why."""

    previous: Tier
    tier: Tier
    reason: str | None


@dataclass(frozen=True, slots=True)
class TriageResult:
    """The outcome of a triage: tier, urgency, themes with reasons, tips and referrals."""

    tier: Tier
    urgency: Urgency
    themes: tuple[str, ...]
    reasons: tuple[Reason, ...]
    screened: bool
    support_emphasis: str
    tips: tuple[Tip, ...]
    referrals: tuple[Referral, ...]
    # The language the student prefers: offerings that speak it rank higher. The result
    # carries no interface language; presentation picks that (and the handout's).
    student_lang: Lang
    catalog_name: str
    catalog_version: str | None
    override: Override | None = None
    answers: tuple[tuple[str, AnswerValue], ...] = ()
    # False when a request's themes and text yielded nothing: then the tier and urgency
    # are not given (shown as null), and the referrals are the general entry points.
    recognised: bool = True
    # Risk words set aside (negated, framed, a figure of speech): shown, never counted.
    mentions: tuple[Finding, ...] = ()
    # The themes in the order they are served: tier, then urgency, then as found.
    theme_order: tuple[str, ...] = ()
    # The need's other tier, when it has one: (its emphasis, its themes).
    emphasis_next: tuple[str, tuple[str, ...]] | None = None
    # Answers changed during the interview: (question, first answer, final answer or
    # None). A "weet niet" to a safety question changed to "nee" left no trace (a
    # role-play, round 7); the session record keeps it.
    changed_answers: tuple[tuple[str, AnswerValue, AnswerValue | None], ...] = ()
    # The words with an acute need said where no question asked for them (beside an
    # answer, at the panel): kept in a --save record so a replay reads them (round 19).
    said_words: tuple[tuple[str, str], ...] = ()

    @property
    def acute_signal(self) -> bool:
        """True when any finding is acute, whatever the (overridden) tier says."""
        return any(r.tier is Tier.ACUTE for r in self.reasons)

    @property
    def risk_to_life(self) -> bool:
        """A risk to life or safety: crisis panel and crisis lines first."""
        raised = self.override is not None and self.override.tier is Tier.ACUTE
        if not raised and earlier_only(self.reasons, self.urgency):
            return False  # an earlier attempt alone (core/earlier_risk.py)
        return safety.is_risk_to_life(self.themes, self.urgency, raised)


def applicable_answers(
    questions: Iterable[Question],
    answers: Mapping[str, AnswerValue],
    opened: Collection[str] = (),
) -> dict[str, AnswerValue]:
    """Only the answers to questions whose `when` holds, judged in question order, and
    to those the student's own words opened though their gate stayed shut (``opened``:
    the self-harm question after words of self-harm; its "ja" was read as taken back and
    "not asked" when only the gate counted: a role-play, round 18)."""
    effective: dict[str, AnswerValue] = {}
    for q in questions:
        if q.id in answers and (q.id in opened or q.when is None or q.when.evaluate(effective)):
            effective[q.id] = answers[q.id]
    return effective


def is_screened(questions: Iterable[Question], answers: Mapping[str, AnswerValue]) -> bool:
    """Every safety question that applies was answered (a skipped follow-up counts)."""
    for q in questions:
        applies = q.section == "safety" and (q.when is None or q.when.evaluate(answers))
        if applies and q.id not in answers:
            return False
    return True


def _show(value: AnswerValue) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    return str(value)


def safety_reasons(answers: Mapping[str, AnswerValue]) -> list[Reason]:
    """A "yes" to any safety question: suicidal thoughts, acute, at once (fixed in code).

    A "don't know" (``unknown``) on any safety question is a finding too, read as a yes
    could be: it keeps the result acute with that question's urgency (an intent or a
    plan nobody could rule out is ``immediate``); it never reads as a no. Screening
    practice does the same: the ASQ counts a question the student cannot or will not
    answer as a positive screen, to be followed by a safety assessment.
    """
    reasons = [
        Reason(
            f"safety.{item.id}", f"{item.id} = yes", (safety.SUICIDAL,), Tier.ACUTE, item.urgency
        )
        for item in safety.SCREEN
        if answers.get(item.id) is True
    ]
    # A follow-up (method, intent, plan) is asked only when thoughts were not ruled out;
    # a don't-know there is a finding on its own: nobody could rule out an intent. So is
    # a don't-know on something done or prepared (an immediate question): a third
    # role-play changed thoughts to "nee" in the review and every crisis line went,
    # though "weet niet" on preparation stood.
    # (An outside role-play answered "weet niet" to wish, thoughts and intent and got
    # prevention, with no crisis line anywhere. A later one answered "weet ik niet" to
    # thoughts alone, "nee" to everything else, and got prevention and "nothing
    # recognised": so a don't-know on the wish or the thoughts counts as well.)
    reasons += [
        Reason(
            f"safety.{item.id}",
            f"{item.id} = unknown",
            (safety.SUICIDAL,),
            Tier.ACUTE,
            item.urgency,
        )
        for item in safety.SCREEN
        if answers.get(item.id) == "unknown"
    ]
    # Before the window asked about ("twee jaar geleden"): acute, never lowered, but soon,
    # not immediate (core/answer_past.py; the C-SSRS reads lifetime behaviour so).
    reasons += [
        Reason(
            f"safety.{item.id}",
            f"{item.id} = {EARLIER}",
            (safety.SUICIDAL,),
            Tier.ACUTE,
            Urgency.SOON,
        )
        for item in safety.SCREEN
        if answers.get(item.id) == EARLIER
    ]
    return reasons


def answer_reasons(catalog: Catalog, answers: Mapping[str, AnswerValue]) -> list[Reason]:
    """Findings from the safety screen (fixed, in code) and the catalogue's rules."""
    reasons = safety_reasons(answers)
    for rule in catalog.rules:
        if rule.when.evaluate(answers):
            used = sorted({q for q in _names(rule.when) if q in answers})
            shown = ", ".join(f"{q} = {_show(answers[q])}" for q in used)
            reasons.append(Reason(rule.id, shown, rule.themes, rule.tier, rule.urgency))
    return reasons


def _names(condition: object) -> Iterable[str]:
    from steunwijzer.core.conditions import referenced_questions

    return referenced_questions(condition)  # type: ignore[arg-type]


def theme_reason(catalog: Catalog, theme_ids: Iterable[str], source: str, answer: str) -> Reason:
    """A finding that names themes directly (lookup, batch, confirmed free text)."""
    themes = tuple(dict.fromkeys(theme_ids))
    return Reason(source, answer, themes)


def text_reasons(recognition: Recognition, source: str) -> list[Reason]:
    """One finding per reason, so every one names its words, pattern and context."""
    return [
        Reason(
            f"{source}.text",
            f.words,
            (f.theme,),
            urgency=Urgency.IMMEDIATE if f.immediate else None,
            finding=f,
        )
        for f in recognition.findings
    ]


def unrecognised(
    catalog: Catalog, index: ReferralIndex, student_lang: Lang, mentions: tuple[Finding, ...] = ()
) -> TriageResult:
    """Nothing recognised: no tier, no urgency, and only the general ways in (those that
    speak ``student_lang`` first)."""
    return TriageResult(
        tier=Tier.PREVENTION,
        urgency=Urgency.ROUTINE,
        themes=(),
        reasons=(),
        screened=False,
        support_emphasis=emphasis(catalog, Tier.PREVENTION),
        tips=(),
        referrals=index.entry_points(student_lang),
        student_lang=student_lang,
        catalog_name=catalog.meta.name,
        catalog_version=catalog.meta.version,
        recognised=False,
        mentions=mentions,
    )


def rate_reasons(catalog: Catalog, reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    """Each reason with the tier its themes carry (the highest of its own and theirs)."""
    return tuple(
        replace(
            r,
            tier=max_tier(r.tier or Tier.PREVENTION, *(theme_tier(catalog, t) for t in r.themes)),
        )
        for r in reasons
    )


def needs_key(reasons: Iterable[Reason]) -> tuple[tuple[object, ...], ...]:
    """What `classify` reads of the reasons besides their words: two requests with the
    same key (and no answers, not screened) get the same tier, urgency, tips and
    referrals, so a batch can reuse one classification for both."""
    return tuple((r.rule, r.themes, r.tier, r.urgency) for r in reasons)


def with_reasons(
    result: TriageResult,
    catalog: Catalog,
    reasons: Iterable[Reason],
    mentions: tuple[Finding, ...] = (),
) -> TriageResult:
    """``result`` (classified from reasons with the same `needs_key`) with these reasons."""
    return replace(
        result,
        reasons=rate_reasons(catalog, reasons),
        mentions=tuple(m for m in mentions if m.theme not in result.themes),
    )


def classify(
    catalog: Catalog,
    reasons: Iterable[Reason],
    student_lang: Lang,
    index: ReferralIndex,
    screened: bool,
    answers: Mapping[str, AnswerValue] | None = None,
    mentions: tuple[Finding, ...] = (),
) -> TriageResult:
    """The result for these findings; ``student_lang`` is the language the student
    prefers (offerings that speak it rank higher), not the interface's."""
    reasons = rate_reasons(catalog, reasons)
    # Themes keep the order they were found in; the tier of each theme counts.
    themes = tuple(dict.fromkeys(t for r in reasons for t in r.themes))
    tier = max_tier(*(r.tier for r in reasons if r.tier))
    urgency = max_urgency(*(r.urgency for r in reasons if r.urgency))
    if tier is Tier.ACUTE:
        urgency = max_urgency(urgency, Urgency.SOON)
    support = emphasis(catalog, tier)
    order = theme_order(reasons, catalog)
    risk = safety.is_risk_to_life(themes, urgency) and not earlier_only(reasons, urgency)
    return TriageResult(
        tier=tier,
        urgency=urgency,
        themes=themes,
        reasons=reasons,
        screened=screened,
        support_emphasis=support,
        tips=select_tips(catalog, tier, urgency, order, support),
        referrals=taken_first(
            with_floor(
                index,
                index.rank(tier, order, student_lang, urgency, risk, doubted_themes(reasons)),
                themes,
                urgency,
                risk=risk,
            ),
            risk and taken_now(r.finding for r in reasons),  # an overdose: 112 (core/taken)
        ),
        student_lang=student_lang,
        catalog_name=catalog.meta.name,
        catalog_version=catalog.meta.version,
        answers=tuple((answers or {}).items()),
        mentions=tuple(m for m in mentions if m.theme not in themes),
        theme_order=order,
        emphasis_next=emphasis_next(catalog, tier, order),
    )


def apply_override(
    catalog: Catalog,
    index: ReferralIndex,
    result: TriageResult,
    tier: Tier,
    reason: str | None,
) -> TriageResult:
    """Record the counsellor's tier. Raising is free; lowering needs a typed reason.

    Raising re-ranks the referrals and tips for the new tier; a result raised to acute
    counts as a risk to life and starts with a crisis line. Lowering keeps the referrals
    as classified, so an acute signal keeps its crisis lines.
    """
    reason = (reason or "").strip() or None
    if tier is result.tier:
        return result
    record = Override(result.tier, tier, reason)
    if tier.rank < result.tier.rank:
        if reason is None:
            raise UserInputError(
                f"lowering the tier from {result.tier} to {tier} needs a reason; give one"
            )
        return replace(result, tier=tier, override=record)
    urgency = max_urgency(result.urgency, Urgency.SOON) if tier is Tier.ACUTE else result.urgency
    support = emphasis(catalog, tier)
    order = result.theme_order or result.themes
    risk = safety.is_risk_to_life(result.themes, urgency, tier is Tier.ACUTE)
    return replace(
        result,
        tier=tier,
        urgency=urgency,
        support_emphasis=support,
        tips=select_tips(catalog, tier, urgency, order, support),
        referrals=with_floor(
            index,
            index.rank(
                tier, order, result.student_lang, urgency, risk, doubted_themes(result.reasons)
            ),
            result.themes,
            urgency,
            override_to_acute=tier is Tier.ACUTE,
        ),
        override=record,
        emphasis_next=emphasis_next(catalog, tier, order),
    )


def taken_first(referrals: tuple[Referral, ...], taken: bool) -> tuple[Referral, ...]:
    return emergency_first(referrals) if taken else referrals
