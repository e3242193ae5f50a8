"""Round 26: what the round's outsiders found (a role-play in a real terminal, a blind
set of messages as students type them, a hostile round). Each test was run on the
commit before its fix and failed there unless its docstring says it guards."""

from __future__ import annotations

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import CrisisPrompt, InterviewOutcome, Prompt, QuestionPrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex

from .terminal_helpers import asker


def _words_at(
    builtin: Catalog, index: ReferralIndex, at: str, words: str, then: object
) -> tuple[InterviewOutcome, list[Prompt]]:
    """Every other question skipped; at ``at`` the student's words (no answer to it),
    then ``then`` when it is asked again."""
    seen: list[Prompt] = []
    typed: list[str] = []

    def reply(prompt: QuestionPrompt) -> object:
        if prompt.question.id == at:
            if not typed:
                typed.append(words)
                return Unfit(words)
            return then
        return None

    return run_interview(builtin, asker(reply, seen), "en", index), seen


def test_a_story_at_the_unsafe_question_that_resembles_it_counts(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """At "are you facing unwanted behaviour, or do you feel unsafe somewhere?" a
    counsellor typed her story ("a guy from my club keeps walking me to my house after
    training, and once he grabbed my arm. but it's ok"): no answer word, so it was read
    as words beside an answer, where the second net's guess is dropped; the screen said
    "that answer does not fit" and nothing was kept (a role-play, round 26)."""
    words = (
        "well there is this guy from my club who keeps walking me to my house after "
        "training, and one time he grabbed my arm. but it's ok, I don't want to make a "
        "fuss about it"
    )
    outcome, seen = _words_at(builtin, index, "area_behaviour", words, None)
    assert "unsafe_situation" in outcome.result.themes
    assert outcome.result.tier is Tier.ACUTE
    assert any(isinstance(p, CrisisPrompt) for p in seen)


def test_a_guess_on_another_topic_stays_a_guess_there(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards round 13: at the money question the second net's guess about something
    else is not taken from a sentence without an answer in it."""
    words = "last night not really, mostly because of my girlfriend and her friends"
    outcome, _ = _words_at(builtin, index, "area_money", words, "no")
    assert outcome.result.tier is not Tier.ACUTE
