"""Reasons in the counsellor's words: sentences in the interface language, no ids.

A reason records a rule id and the answers behind it (``study_worries = [exams_fear]``);
that stays in ``--json`` and ``--save`` for scripts. On screen the counsellor reads a
sentence they can say to the student: "Je gaf aan: Spanning of angst bij tentamens of
presentaties: Faalangst". Pure: no printing.
"""

from __future__ import annotations

from collections.abc import Mapping

from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.conditions import AnswerValue, Compare, comparisons
from steunwijzer.core.model import Catalog, Lang, Question, Tier
from steunwijzer.core.resemblance import ORIGIN as RESEMBLANCE
from steunwijzer.core.safety import RISK_TO_LIFE
from steunwijzer.core.theme_order import LEFT_OUT, TAKEN_BACK
from steunwijzer.core.triage import Reason, TriageResult
from steunwijzer.present.labels import format_answer, theme_label, tier_label
from steunwijzer.present.layout import shorten
from steunwijzer.present.texts import t


def _quote(text: str, lang: Lang) -> str:
    return f"“{text}”" if lang == "en" else f"‘{text}’"


def _question(catalog: Catalog, question_id: str) -> Question | None:
    from steunwijzer.core.safety import DEFAULT_SCREEN

    return catalog.question(question_id) or next(
        (q for q in DEFAULT_SCREEN if q.id == question_id), None
    )


def _compare_sentence(
    question: Question, compare: Compare, answer: AnswerValue, lang: Lang
) -> str | None:
    text = _quote(question.text.get(lang), lang)
    if question.type == "yes_no":
        if answer is True:
            return t("reason.yes", lang, question=text)
        if answer is False:
            return t("reason.no", lang, question=text)
        return t("reason.unknown", lang, question=text)
    if question.type in ("choice", "multi"):
        chosen: tuple[str, ...]
        if isinstance(answer, tuple):
            wanted = compare.value if isinstance(compare.value, tuple) else (compare.value,)
            chosen = tuple(a for a in answer if a in wanted) or answer
        else:
            chosen = (str(answer),)
        labels = format_answer(question, chosen, lang)
        if len(labels.split()) <= 2:
            # "Je gaf aan: Een beetje" said nothing without its question (a role-play,
            # round 8); a label that is a sentence of its own stays as it was.
            return t("reason.choice_to", lang, answer=_quote(labels, lang), question=text)
        return t("reason.choice", lang, answer=labels)
    if question.type == "scale":
        return t(
            "reason.scale", lang, value=answer, low=question.min, high=question.max, question=text
        )
    if isinstance(answer, str):
        return t("reason.text", lang, text=_quote(shorten(answer, 60), lang))
    return None


def _value(question: Question, raw: str) -> AnswerValue:
    if question.type == "yes_no":
        return raw == "yes" if raw in ("yes", "no") else raw
    return tuple(raw.split(", ")) if question.type == "multi" else raw


def reason_sentence(
    catalog: Catalog, reason: Reason, answers: Mapping[str, AnswerValue], lang: Lang
) -> str:
    """One sentence for one reason, ending with what it means (themes or tier)."""
    rule = reason.rule
    if rule.startswith("safety."):
        question = _question(catalog, rule.removeprefix("safety."))
        text = _quote(question.text.get(lang), lang) if question else ""
        if reason.answer.endswith(TAKEN_BACK):
            first = reason.answer.removesuffix(TAKEN_BACK).rpartition("= ")[2]
            key = {UNKNOWN: "reason.taken_back_unknown", EARLIER: "reason.taken_back_earlier"}.get(
                first, "reason.taken_back_yes"
            )
        elif reason.answer.endswith(f"= {UNKNOWN}"):
            key = "reason.unknown"
        elif reason.answer.endswith(f"= {EARLIER}"):
            key = "reason.earlier"
        else:
            key = "reason.yes"
        sentence = t(key, lang, question=text)
    elif reason.answer.endswith(LEFT_OUT):  # its question fell away (round 30, E3)
        qid, _, raw = reason.answer.removesuffix(LEFT_OUT).partition(" = ")
        question = _question(catalog, qid)
        text = _quote(question.text.get(lang), lang) if question else ""
        said = format_answer(question, _value(question, raw), lang) if question else raw
        sentence = t("reason.left_out", lang, first=_quote(said, lang), question=text)
    elif reason.answer.endswith(TAKEN_BACK):  # a rule's answer changed (round 14)
        qid, _, raw = reason.answer.removesuffix(TAKEN_BACK).partition(" = ")
        question = _question(catalog, qid)
        text = _quote(question.text.get(lang), lang) if question else ""
        if question is not None and question.type in ("choice", "multi"):
            # "first yes or don't know, later no" for a choice changed from "I am not
            # safe now" to "don't know" (a role-play, round 15): the first answer, named
            first = format_answer(question, tuple(raw.split(", ")), lang)
            sentence = t("reason.taken_back_choice", lang, first=_quote(first, lang), question=text)
        else:
            sentence = t("reason.taken_back", lang, question=text)
    elif reason.finding is not None and reason.finding.origin == RESEMBLANCE:
        # The second net: the words weighed most, they are not a statement on their own.
        sentence = t("reason.resembles", lang, words=_quote(shorten(reason.answer, 60), lang))
        if reason.finding.about_other:
            sentence += f" ({t('about_other', lang)})"
    elif rule.startswith("text.") or rule.endswith(".text"):
        sentence = t("reason.text", lang, text=_quote(shorten(reason.answer, 60), lang))
        if reason.finding is not None and reason.finding.about_other:
            sentence += f" ({t('about_other', lang)})"
    elif rule.endswith(".themes") or rule == "lookup.theme":
        sentence = t("reason.asked", lang)
    else:
        sentence = _from_rule(catalog, rule, answers, lang)
    return sentence + ": " + _meaning(catalog, reason, lang)


def _from_rule(
    catalog: Catalog, rule_id: str, answers: Mapping[str, AnswerValue], lang: Lang
) -> str:
    rule = next((r for r in catalog.rules if r.id == rule_id), None)
    parts: list[str] = []
    if rule is not None:
        for compare in comparisons(rule.when):
            question = _question(catalog, compare.question)
            if question is None or not compare.evaluate(answers):
                continue
            sentence = _compare_sentence(question, compare, answers[compare.question], lang)
            if sentence and sentence not in parts:
                parts.append(sentence)
    if not parts:
        return t("reason.answers", lang)
    return "; ".join(parts)


def _meaning(catalog: Catalog, reason: Reason, lang: Lang) -> str:
    if reason.themes:
        return ", ".join(theme_label(catalog, x, lang) for x in reason.themes)
    return tier_label(catalog, reason.tier or Tier.PREVENTION, lang)


def reason_lines(catalog: Catalog, result: TriageResult, lang: Lang) -> list[str]:
    answers = dict(result.answers)
    lines: list[str] = []
    for reason in result.reasons:
        line = reason_sentence(catalog, reason, answers, lang)
        if line not in lines:
            lines.append(line)
    return lines


def _certainty(reason: Reason) -> int:
    if reason.answer.endswith(TAKEN_BACK):
        return 0
    return 1 if reason.answer.endswith(f"= {UNKNOWN}") else 2


# A risk to life or sexual violence: what the crisis lines on top are for.
_SAFETY = RISK_TO_LIFE | frozenset(("sexual_violence",))


def _nothing_counted(catalog: Catalog, result: TriageResult, lang: Lang) -> str:
    """ "Nothing recognised", unless a need was heard and left unconfirmed: then that is
    said on the first line, not only under "mentioned" pages below (a role-play, round
    54: purging said at the drugs question read as nothing recognised)."""
    heard = [m for m in result.mentions if m.set_aside == "heard"]
    if not heard:
        return t("why.nothing", lang)
    said = ", ".join(
        f"{_quote(m.words, lang)} ({theme_label(catalog, m.theme, lang)})" for m in heard
    )
    return t("why.nothing_heard", lang, heard=said)


def why_line(catalog: Catalog, result: TriageResult, lang: Lang) -> str:
    """The one-line why on the first screen: the finding that set the tier."""
    # After a change by hand, the finding that set the tier before it: lowered from
    # acute, the line named a "nee" about unwanted behaviour and no longer the suicide
    # finding (a role-play, round 8); the note below it says what was changed and why.
    tier = result.override.previous if result.override else result.tier
    deciding = [r for r in result.reasons if r.tier is tier] or list(result.reasons)
    if not deciding:
        return _nothing_counted(catalog, result, lang)
    answers = dict(result.answers)
    # What it means comes first, so that a line cut to the screen's width keeps it. The
    # most urgent finding is the one quoted (a plan, not the passive wish before it).
    # Of equal urgency, a clear answer before a "weet niet" or an answer taken back: a
    # role-play (round 12) saw "no clear yes or no" quoted above the student's "ja".
    # And a risk to life before another acute need: "Kans op uitval" was quoted above a
    # "weet niet" to the wish to be dead (a role-play, round 14).
    # But an answer taken back (first yes or "weet niet", then no) comes after any other
    # risk to life (or sexual assault) of that urgency: it headed the line above a sexual
    # assault that made the tier acute (a role-play, round 18). Before another need it comes
    # first: "Kans op uitval" headed the line while 113 stood first for the taken-back
    # answer, whose reason hid behind "(and 2 more reasons)" (a role-play, round 25, R9).
    first = max(
        deciding,
        key=lambda r: (
            r.urgency.rank if r.urgency else -1,
            not _SAFETY.isdisjoint(r.themes),
            _certainty(r) > 0,
            _certainty(r),
            # the student's words quoted before the net's "weighed most: 'denk'" (a
            # role-play, round 26, S3)
            r.finding is None or r.finding.origin != RESEMBLANCE,
        ),
    )
    sentence = reason_sentence(catalog, first, answers, lang)
    meaning = _meaning(catalog, first, lang)
    sentence = sentence.removesuffix(": " + meaning)
    # Every risk to life named, not only the quoted one's: the pinching until bruised
    # (self-harm) was on page 5 of "m" behind "Zelfmoordgedachten" (a role-play, r30, D1).
    others = [
        x
        for r in deciding
        if _certainty(r) > 0  # not an answer taken back (a role-play, round 18)
        for x in r.themes
        if x in _SAFETY and x not in first.themes
    ]
    if others:
        meaning += ", " + ", ".join(theme_label(catalog, x, lang) for x in dict.fromkeys(others))
    more = len({reason_sentence(catalog, r, answers, lang) for r in deciding}) - 1
    # After a change by hand the reasons are those of the tier before it, not "this" one
    # (a role-play, round 11: "PREVENTIE ... (en nog 3 redenen voor dit niveau)").
    key = "why.more_before" if result.override else "why.more"
    extra = t(f"{key}_one" if more == 1 else key, lang, n=more) if more > 0 else ""
    # The count last: in the middle it pushed the quoted answer off an 80-column line
    # ("Zelfmoordgedachten (en nog 4 redenen voor dit niveau) — Je antwoordde…", a
    # role-play, round 13); the "m" screen lists every reason.
    return f"{meaning} — {sentence}{extra}"
