"""The lines a question is shown with: what is expected, its options, the hint below."""

from __future__ import annotations

from steunwijzer.core.answers import MAX_TEXT, can_be_unknown
from steunwijzer.core.model import Lang
from steunwijzer.core.prompts import QuestionPrompt
from steunwijzer.present.labels import format_answer
from steunwijzer.present.texts import t


def question_lines(p: QuestionPrompt, lang: Lang, other: Lang | None) -> tuple[str, list[str], str]:
    """(what a valid answer is, the numbered options, the hint line) for one prompt;
    ``other`` is the student's language, the options shown in it too (round 13)."""
    q = p.question
    safety = can_be_unknown(q)
    n = len(q.choices)  # "Typ 1 of 2", not "van 1 tot 2" (a role-play, round 24)
    kind = "safety" if safety else "choice2" if q.type == "choice" and n == 2 else q.type
    expect = t(f"expect.{kind}", lang, n=n, min=q.min, max=q.max, limit=MAX_TEXT)
    options = [
        f"  {i}. {c.label.get(lang)}" + (f" / {c.label.get(other)}" if other else "")
        for i, c in enumerate(q.choices, 1)
    ]
    hint = {
        "yes_no": t("safety_hint" if safety else "yes_no_hint", lang),
        "choice": t("choice_hint", lang),
        "multi": t("multi_hint", lang),
        "scale": t("scale_hint", lang, min=q.min, max=q.max),
        "text": t("text_hint", lang),
    }.get(q.type, "")
    # Asked again after own words, Enter does not keep the "nee" (it asks once more,
    # then "weet niet"): a stray Enter confirmed it (a role-play, round 26).
    if p.previous is not None and not (safety and p.recheck):
        shown = format_answer(q, p.previous, lang)
        hint += f" [{shown}]"
        # "(or Enter to skip)" was untrue there: Enter kept a guessed "yes" (a role-play, r61)
        expect = expect.replace(t("enter_skips", lang), t("enter_keeps", lang, answer=shown))
    hint += t("finish_hint", lang) if p.can_finish else ""  # after a panel (round 16)
    return expect, options, hint
