"""Round 13: the hole a hostile round of round 12 left open, and what the round's
outsiders found after it. Each test was run on the commit before its fix (a worktree)
and failed there unless its docstring says it guards."""

from __future__ import annotations

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import (
    BACK,
    SKIP,
    CrisisPrompt,
    InterviewOutcome,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    Unfit,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.present.explain import reason_sentence


def _with_words_at(
    builtin: Catalog, index: ReferralIndex, at: str, words: str, then: str
) -> tuple[InterviewOutcome, list[Prompt]]:
    """Every safety question "nee", "ja" to the study area; at question ``at`` the
    student's ``words`` (no answer to it), then ``then`` when it is asked again."""
    seen: list[Prompt] = []
    typed: list[str] = []

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            qid = prompt.question.id
            if qid == at:
                if not typed:
                    typed.append(words)
                    return Unfit(words)
                return then
            if qid == "area_study":
                return "ja"
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return None

    return run_interview(builtin, ask, "nl", index), seen


def test_a_death_wish_typed_at_a_multiple_choice_question_is_read(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "eigenlijk wil ik er gewoon niet meer zijn" typed where numbers were asked ("wat
    speelt er vooral?") was refused as "does not fit" and never read: every safety
    answer "nee", the result was specific with no crisis line (a hostile round, round
    12). Before the fix the terminal kept asking and the words were gone; the engine
    had no way to receive them (``Unfit`` did not exist)."""
    words = "eigenlijk wil ik er gewoon niet meer zijn"
    outcome, seen = _with_words_at(builtin, index, "study_worries", words, "2")
    result = outcome.result
    assert result.tier is Tier.ACUTE and result.risk_to_life
    assert result.referrals[0].offering.crisis
    crisis = [p for p in seen if isinstance(p, CrisisPrompt)]
    assert crisis, "the crisis panel comes before the question is asked again"
    asked = [p for p in seen if isinstance(p, QuestionPrompt) and p.question.id == "study_worries"]
    assert [p.unfit for p in asked] == [False, True]
    assert "suicidal_thoughts" in asked[1].heard
    # The question itself still counts: "2" (planning) is kept.
    assert dict(result.answers)["study_worries"] == ("planning",)
    said = [r for r in result.reasons if r.rule == "said.study_worries.text"]
    assert said and said[0].themes == ("suicidal_thoughts",)
    sentence = reason_sentence(builtin, said[0], dict(result.answers), "nl")
    assert "er gewoon niet meer zijn" in sentence or "niet meer zijn" in sentence
    # The "nee" to the wish is asked again after such words (once).
    rechecks = [p for p in seen if isinstance(p, QuestionPrompt) and p.recheck]
    assert {p.question.id for p in rechecks} >= {"safety_wish_dead"}


def test_words_without_a_need_are_asked_again_and_change_nothing(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "geen idee eigenlijk, van alles wel" is no answer and no need: the question is
    asked again, briefly, and the result is the one without those words (guards)."""
    outcome, seen = _with_words_at(
        builtin, index, "study_worries", "geen idee eigenlijk, van alles wel", "1"
    )
    plain, _ = _with_words_at(builtin, index, "study_worries", "1", "1")
    asked = [p for p in seen if isinstance(p, QuestionPrompt) and p.question.id == "study_worries"]
    assert [(p.unfit, p.heard) for p in asked] == [(False, ()), (True, ())]
    assert not [p for p in seen if isinstance(p, CrisisPrompt)]
    assert outcome.result.tier is plain.result.tier is Tier.SPECIFIC
    assert outcome.result.themes == plain.result.themes
    assert not [r for r in outcome.result.reasons if r.rule.startswith("said.")]


def test_grief_typed_at_a_choice_question_makes_the_result_acute(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Acute needs other than a risk to life count too ("mijn moeder is vorige week
    overleden" where "how long?" was asked): acute, no crisis panel in between."""
    outcome, seen = _with_words_at(
        builtin, index, "study_worries", "mijn moeder is vorige week overleden", "4"
    )
    assert not [p for p in seen if isinstance(p, CrisisPrompt)]
    assert outcome.result.tier is Tier.ACUTE
    assert "grief" in outcome.result.themes


def test_words_said_stay_when_the_question_no_longer_applies(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A loss typed at a follow-up, then 'b' and "nee" to the question that opened it:
    the follow-up no longer applies, the words said there still count."""
    steps = iter(["mijn vader is vorige maand overleden", "b"])
    opened = iter(["ja", "nee"])

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            qid = prompt.question.id
            if qid == "study_worries":
                step = next(steps, None)
                return "1" if step is None else BACK if step == "b" else Unfit(step)
            if qid == "area_study":
                return next(opened, "nee")
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return None

    result = run_interview(builtin, ask, "nl", index).result
    assert dict(result.answers)["area_study"] is False
    assert "study_worries" not in dict(result.answers)
    assert result.tier is Tier.ACUTE and "grief" in result.themes
