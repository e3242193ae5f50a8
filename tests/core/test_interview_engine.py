"""The pure engine, driven by a scripted ask callable."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import (
    BACK,
    SKIP,
    CrisisPrompt,
    OverridePrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult, apply_override
from steunwijzer.errors import UserInputError
from steunwijzer.io.records import session_record


def scripted(
    answers: dict[str, object], **events: object
) -> tuple[Callable[[Prompt], object], list[Prompt]]:
    seen: list[Prompt] = []

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            return answers.get(prompt.question.id, SKIP)
        if isinstance(prompt, ThemePrompt):
            return events.get("themes", prompt.suggested)
        if isinstance(prompt, CrisisPrompt):
            return events.get("crisis", "continue")
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        assert isinstance(prompt, OverridePrompt)
        return events.get("override")

    return ask, seen


def test_safety_screen_comes_first_and_follow_ups_depend_on_thoughts(
    builtin: Catalog, index: ReferralIndex
) -> None:
    ask, seen = scripted({"safety_wish_dead": "no", "safety_thoughts": "no"})
    run_interview(builtin, ask, "nl", index)
    asked = [p.question.id for p in seen if isinstance(p, QuestionPrompt)]
    assert asked[:3] == ["safety_wish_dead", "safety_thoughts", "safety_behaviour"]
    assert "safety_method" not in asked


def test_yes_shows_crisis_panel_at_once_and_finish_stops(
    builtin: Catalog, index: ReferralIndex
) -> None:
    ask, seen = scripted({"safety_wish_dead": "yes"}, crisis="finish")
    outcome = run_interview(builtin, ask, "nl", index)
    assert isinstance(seen[1], CrisisPrompt)
    assert seen[1].contacts[0].offering.crisis
    assert outcome.finished_early
    assert outcome.result.tier is Tier.ACUTE
    assert outcome.result.screened is False  # the rest of the screen was not asked
    assert outcome.result.referrals[0].offering.crisis


def test_crisis_panel_again_when_urgency_becomes_immediate(
    builtin: Catalog, index: ReferralIndex
) -> None:
    ask, seen = scripted(
        {
            "safety_wish_dead": "yes",
            "safety_thoughts": "yes",
            "safety_method": "no",
            "safety_intent": "yes",
        }
    )
    outcome = run_interview(builtin, ask, "nl", index)
    crisis = [p for p in seen if isinstance(p, CrisisPrompt)]
    assert [str(p.urgency) for p in crisis] == ["soon", "immediate"]
    assert str(outcome.result.urgency) == "immediate"


def test_back_undoes_the_last_answer(builtin: Catalog, index: ReferralIndex) -> None:
    replies: list[object] = ["no", "yes", BACK, "no", "no"]
    asked: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            asked.append(prompt.question.id)
            return replies.pop(0) if replies else SKIP
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    outcome = run_interview(builtin, ask, "nl", index)
    assert asked[:5] == [
        "safety_wish_dead",
        "safety_thoughts",
        "safety_method",
        "safety_thoughts",
        "safety_behaviour",
    ]
    # the undone "yes" to safety_thoughts: the answer is now "no", and the "yes" it was
    # is still named (round 12: a safety answer taken back never lowers the tier
    # silently; the counsellor lowers it with a reason at the end)
    assert dict(outcome.result.answers)["safety_thoughts"] is False
    taken = [r.answer for r in outcome.result.reasons if r.rule == "safety.safety_thoughts"]
    assert taken == ["safety_thoughts = yes, later no"]
    assert outcome.result.tier is Tier.ACUTE


def test_going_back_keeps_the_answer_as_the_default(builtin: Catalog, index: ReferralIndex) -> None:
    """'b' shows the earlier answer and Enter (the terminal returns ``previous``) keeps
    it. An outside role-play, round 6: "ja" to the first suicide question, 'b' from the
    next and Enter twice made it "weet niet", and every crisis line vanished."""
    back_done = False
    prompts: list[QuestionPrompt] = []

    def ask(prompt: Prompt) -> object:
        nonlocal back_done
        if isinstance(prompt, QuestionPrompt):
            prompts.append(prompt)
            if prompt.question.id == "safety_wish_dead":
                return "yes" if prompt.previous is None else prompt.previous
            if prompt.question.id == "safety_thoughts" and not back_done:
                back_done = True
                return BACK
            return "no" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    outcome = run_interview(builtin, ask, "nl", index)
    again = [p for p in prompts if p.question.id == "safety_wish_dead"]
    assert len(again) == 2
    assert again[1].previous is True  # shown as "[ja]"
    assert dict(outcome.result.answers)["safety_wish_dead"] is True
    assert outcome.result.tier is Tier.ACUTE
    assert outcome.result.referrals[0].offering.crisis


def _changed_in_review(
    builtin: Catalog, index: ReferralIndex, question: str, replies: list[str]
) -> tuple[TriageResult, list[tuple[str, ...]]]:
    """An interview where ``question`` is answered ``replies[0]``, then changed in the
    review to ``replies[1]``; every other yes/no is "no". The result, and the question ids
    each review showed."""
    reviews = [question, "ok"]
    shown: list[tuple[str, ...]] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == question:
                return replies.pop(0)
            return "no" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            shown.append(tuple(q.id for q, _ in prompt.answers))
            return reviews.pop(0)
        return None

    return run_interview(builtin, ask, "nl", index).result, shown


def test_review_can_change_an_answer(builtin: Catalog, index: ReferralIndex) -> None:
    result, _ = _changed_in_review(builtin, index, "area_money", ["no", "yes"])
    assert "finances" in result.themes


def test_the_review_shows_only_what_still_applies(builtin: Catalog, index: ReferralIndex) -> None:
    """A follow-up whose reason was changed to "nee" stayed in the review as "— —" (an
    outside role-play, round 6)."""
    _, shown = _changed_in_review(builtin, index, "area_sleep", ["yes", "no"])
    assert "sleep_duration" in shown[0]  # asked after the "yes"
    assert "sleep_duration" not in shown[1]  # gone once sleep is "no"


def test_free_text_acute_theme_cannot_be_declined(builtin: Catalog, index: ReferralIndex) -> None:
    ask, seen = scripted({"own_words": "mijn moeder is overleden en ik slaap slecht"}, themes=())
    result = run_interview(builtin, ask, "nl", index).result
    prompt = next(p for p in seen if isinstance(p, ThemePrompt))
    assert prompt.forced == ("grief",) and prompt.suggested == ("sleep",)
    assert result.themes == ("grief",) and result.tier is Tier.ACUTE


def test_override_raise_and_lower(builtin: Catalog, index: ReferralIndex) -> None:
    ask, _ = scripted({"area_money": "yes"}, override=(Tier.ACUTE, None))
    raised = run_interview(builtin, ask, "nl", index).result
    assert raised.tier is Tier.ACUTE and raised.override is not None
    assert raised.override.previous is Tier.SPECIFIC

    ask, _ = scripted({"safety_wish_dead": "yes"})
    acute = run_interview(builtin, ask, "nl", index).result
    with pytest.raises(UserInputError, match="needs a reason"):
        apply_override(builtin, index, acute, Tier.SPECIFIC, "  ")
    lowered = apply_override(
        builtin, index, acute, Tier.SPECIFIC, "passive wish, discussed with supervisor"
    )
    assert lowered.tier is Tier.SPECIFIC and lowered.override is not None
    assert lowered.override.reason == "passive wish, discussed with supervisor"
    assert lowered.acute_signal and lowered.referrals[0].offering.crisis


def test_invalid_typed_answer_is_a_user_error(builtin: Catalog, index: ReferralIndex) -> None:
    ask, _ = scripted({"safety_wish_dead": "purple"})
    with pytest.raises(UserInputError, match=r"safety_wish_dead.*yes or no"):
        run_interview(builtin, ask, "nl", index)


def _rechecked(
    builtin: Catalog, index: ReferralIndex, answers: dict[str, object], again: str
) -> tuple[list[QuestionPrompt], TriageResult]:
    """An interview with ``answers``; a question asked again gets ``again``."""
    asked: list[QuestionPrompt] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            asked.append(prompt)
            return again if prompt.recheck else answers.get(prompt.question.id, SKIP)
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    return asked, run_interview(builtin, ask, "nl", index).result


def test_own_words_against_an_earlier_no_ask_the_screen_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """An outside role-play: "nee" to both screen questions, then in the student's own
    words "soms denk ik dat iedereen beter af is zonder mij". The crisis panel came, but
    nothing asked the screen again and the summary kept both "no"s. Now both questions
    come back once, marked as rechecked, with the "no" as the default; a "yes" then
    brings the follow-ups."""
    first: dict[str, object] = {"safety_wish_dead": "no", "safety_thoughts": "no"}
    words = "soms denk ik dat iedereen beter af is zonder mij"
    # asked again, the student says more: "yes"
    asked, result = _rechecked(builtin, index, {**first, "own_words": words}, "yes")
    ids = [p.question.id for p in asked]
    again = [p for p in asked if p.recheck]
    assert [p.question.id for p in again] == ["safety_wish_dead", "safety_thoughts"], ids
    assert all(p.previous is False and not p.editing for p in again)
    assert ids.index("safety_wish_dead", 1) > ids.index("own_words")  # after the words
    assert "safety_method" in ids and "safety_intent" in ids  # the follow-ups, after a yes
    assert ids.count("safety_wish_dead") == 2  # once again, not in a loop
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes


def test_own_words_without_a_risk_do_not_reopen_the_screen(
    builtin: Catalog, index: ReferralIndex
) -> None:
    ask, seen = scripted(
        {"safety_wish_dead": "no", "safety_thoughts": "no", "own_words": "ik slaap slecht"}
    )
    run_interview(builtin, ask, "nl", index)
    asked = [p for p in seen if isinstance(p, QuestionPrompt)]
    assert not any(p.recheck for p in asked)
    assert [p.question.id for p in asked].count("safety_wish_dead") == 1


def test_a_changed_answer_leaves_a_trace(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play (round 7): "weet niet" to the suicide thoughts, the crisis panel, 'b'
    and "nee": the session record said "nee" and nothing else. The first and the final
    answer are kept now (``changed_answers``, written by --save)."""
    replies: list[object] = ["no", "weet niet", BACK, "no", "no"]

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            return replies.pop(0) if replies else SKIP
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    result = run_interview(builtin, ask, "nl", index).result
    assert ("safety_thoughts", "unknown", False) in result.changed_answers
    assert all(qid != "safety_wish_dead" for qid, _, _ in result.changed_answers)
    record = session_record(result, builtin, "nl")
    assert {"question": "safety_thoughts", "first": "unknown", "final": False} in record[
        "changed_answers"
    ]


def test_nothing_changed_leaves_an_empty_trace(builtin: Catalog, index: ReferralIndex) -> None:
    ask, _ = scripted({"safety_wish_dead": "no", "safety_thoughts": "no"})
    result = run_interview(builtin, ask, "nl", index).result
    assert result.changed_answers == ()
    assert session_record(result, builtin, "nl")["changed_answers"] == []


def test_own_words_of_preparation_ask_the_preparation_question_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play (round 7): "nee" to the whole screen, then "heb mn gitaar en spullen
    al aan mn broertje gegeven": read as concern for the brother, and "done or prepared
    anything?" kept its "nee". Belongings given away are the student's preparation: the
    wish, the thoughts and that question come back."""
    answers: dict[str, object] = {
        "safety_wish_dead": "no",
        "safety_thoughts": "no",
        "safety_behaviour": "no",
        "own_words": "heb mn gitaar en spullen al aan mn broertje gegeven",
    }
    asked, result = _rechecked(builtin, index, answers, "no")
    again = [p.question.id for p in asked if p.recheck]
    assert again == ["safety_wish_dead", "safety_thoughts", "safety_behaviour"]
    assert "suicidal_thoughts" in result.themes and "concern_for_other" not in result.themes
