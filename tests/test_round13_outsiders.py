"""Round 13: the hole a hostile round of round 12 left open, and what the round's
outsiders found after it. Each test was run on the commit before its fix (a worktree)
and failed there unless its docstring says it guards."""

from __future__ import annotations

import pytest

from steunwijzer.core.interview import replay, run_interview
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
from steunwijzer.core.vocabulary import Vocabulary
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


# --- a hostile round (round 13), answers and words ------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "nee, niet meer sinds vorige week",
        "nee alleen in het weekend",
        "nee, behalve vorige week",
        "nee, één keer maar",
        "nee, al een paar dagen niet",
        "no not anymore",
        "no, just once",
        "no, only when things get bad",
    ],
)
def test_a_no_with_an_exception_is_never_a_plain_no(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """Each was a plain no: "alle met nee beantwoord, geen acuut signaal", no crisis
    line (batch, --answers and the live interview alike)."""
    result = replay(builtin, {"safety_wish_dead": "nee", "safety_thoughts": said}, "nl", index)
    assert result.tier is Tier.ACUTE and result.referrals[0].offering.crisis
    plain = replay(builtin, {"safety_wish_dead": "nee", "safety_thoughts": "nee"}, "nl", index)
    assert plain.tier is not Tier.ACUTE  # guards: a plain no stays a no


@pytest.mark.parametrize("said", ["vaak", "regelmatig", "dagelijks", "often", "1x per week"])
def test_how_often_to_the_self_harm_question_is_a_yes(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """ "vaak" to "do you ever hurt yourself?" was refused as an invalid answer, and the
    row had no tier and no crisis line."""
    given = {"safety_wish_dead": "nee", "safety_thoughts": "nee", "area_mood": "ja"}
    result = replay(builtin, {**given, "mood_self_harm": said}, "nl", index)
    assert result.tier is Tier.ACUTE and "self_harm" in result.themes
    never = replay(builtin, {**given, "mood_self_harm": "nooit"}, "nl", index)
    assert "self_harm" not in never.themes  # "nooit" is a no (it was refused too)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb nog nooit zo hard aan zelfmoord gedacht",
        "Zonder twijfel wil ik dood",
        "Never been more sure that I want to die",
        "Geen mens die het merkt als ik dood ben",
        "Ik voel me slecht.\x0bIk wil\x0bdood",  # Word's soft line break
        "ik wil\x0cdood",
        "I want to\x85kill myself",
    ],
)
def test_never_so_much_and_soft_line_breaks_hide_nothing(builtin: Catalog, text: str) -> None:
    """Each was "niets herkend": an intensifier read as a negation, a vertical tab
    gluing two words into one."""
    assert "suicidal_thoughts" in Vocabulary(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text", ["I have never wanted to die", "ik heb nooit aan zelfmoord gedacht"]
)
def test_a_plain_never_still_denies(builtin: Catalog, text: str) -> None:
    """Guards: "never" alone stays a negation."""
    found = Vocabulary(builtin.themes).read(text)
    assert not found.themes and found.mentions


def test_nobody_died_is_no_grief(builtin: Catalog) -> None:
    """ "nee, eigenlijk niet, er is niemand overleden" typed in the review made the
    result acute grief, with a grief tip, and it could not be declined (a role-play)."""
    read = Vocabulary(builtin.themes).read
    assert (
        "grief" not in read("nee, eigenlijk niet, er is niemand overleden. het was de breuk").themes
    )
    assert "grief" not in read("no, nobody has died, it's the breakup").themes
    assert "grief" in read("mijn oma is overleden en niemand begrijpt het").themes  # guards


def test_a_sentence_answer_says_how_it_was_read(builtin: Catalog) -> None:
    """ "nee, nou ja, ik drink wel iets meer sinds de breuk" was taken as "ja" with
    nothing on screen; only the review showed it (a role-play, round 13)."""
    import io

    from rich.console import Console

    from steunwijzer.render.terminal import TerminalAsk

    question = builtin.question("area_substances")
    assert question is not None
    console = Console(file=io.StringIO(), width=100, color_system=None)
    ask = TerminalAsk(console, builtin, "nl")
    ask.read = lambda prompt="> ": "nee, nou ja, ik drink wel iets meer sinds de breuk"  # type: ignore[method-assign]
    ask.question(QuestionPrompt(question, 11, 20, None, True))
    assert "gelezen als: ja" in console.file.getvalue()  # type: ignore[attr-defined]
