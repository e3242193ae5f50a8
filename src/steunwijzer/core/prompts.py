"""What the interview engine asks through its ``ask`` callable, and what it returns.

Each prompt is a frozen value the caller shows (the terminal, ``--answers`` replay, a
batch row); the engine's module docstring (core/interview.py) says what each expects back.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.model import Question, Urgency
from steunwijzer.core.referrals import Referral
from steunwijzer.core.triage import Reason, TriageResult
from steunwijzer.errors import Interrupted

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Finding


class Nav(enum.Enum):
    BACK = "back"
    SKIP = "skip"
    FINISH = "finish"  # to the result at once (once a crisis panel was shown)
    # "misschien" to a question that opens follow-ups ("voel je je vaak somber?"): left
    # unanswered, its follow-ups asked all the same (core/interview_state.py, follow_ups)
    MAYBE = "maybe"


BACK = Nav.BACK
SKIP = Nav.SKIP
FINISH = Nav.FINISH
MAYBE = Nav.MAYBE


@dataclass(frozen=True, slots=True)
class QuestionPrompt:
    """Ask one question of the interview."""

    question: Question
    number: int
    total: int
    previous: AnswerValue | None
    can_go_back: bool
    editing: bool = False  # asked again from the review: "Question 7: change"
    # Asked again because the student's own words spoke of ending their life or of
    # self-harm after a "no" here: the screen says why (Enter asks once more, as on
    # the first pass: round 26).
    recheck: bool = False
    # Asked again after words that did not fit it (a sentence where a number or a yes
    # was asked): the acute themes those words held, taken along (empty: none).
    unfit: bool = False
    heard: tuple[str, ...] = ()
    # After a crisis panel: "afronden" goes to the result, as at the panel (a role-play,
    # round 16: "stop" and "can we just call someone" did not fit, 14 Enters to the end).
    can_finish: bool = False
    # Themes in the words beside the previous answer: the acute ones taken along, the
    # others heard, not counted yet (core/heard.py); said when they are heard, not pages
    # later in the result (role-plays, rounds 24 and 25). Not those a panel showed.
    taken: tuple[str, ...] = ()
    # The own words are answered: what is heard now can no longer be confirmed there; it
    # is shown with the result, not counted (a role-play, round 29, K5).
    told: bool = False
    # The previous question, answered by its words alone: a yes ("zorgen niet echt. ik
    # game gewoon tot een uur of 4"; a role-play, round 41: silent) or the choices the
    # words name ("adhd" at "what is it about?"; round 54). The screen says so.
    read_yes: tuple[Question, AnswerValue] | None = None


@dataclass(frozen=True, slots=True)
class Unfit:
    """A reply to a ``QuestionPrompt``: words that are no answer to its question (a
    sentence where a number was asked). The engine reads them as own words and asks
    the question again; refused unread, "ik wil er niet meer zijn" typed at a scale
    question was lost (an outsiders' hostile round, round 12). ``skipped``: a doubt said
    in words ("weet niet... er is iets gebeurd"): read, then the question skipped;
    ``maybe`` as well: skipped as ``MAYBE`` is (its follow-ups asked)."""

    words: str
    skipped: bool = False
    maybe: bool = False


@dataclass(frozen=True, slots=True)
class ThemePrompt:
    """Show the themes found in the student's own words, for the counsellor to confirm."""

    question: Question
    text: str
    suggested: tuple[str, ...]  # may be declined
    forced: tuple[str, ...]  # acute: always kept
    # Risk words set aside (negated, a topic, a figure of speech): shown, not counted.
    mentions: tuple[Finding, ...] = ()
    # Needs heard beside earlier answers, not counted: offered here too (core/heard.py).
    heard: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CrisisPrompt:
    """Show the crisis lines now, before anything else is asked. Replies: "continue",
    "finish", "back" (to the answer just given: round 15) or ``Unfit`` words."""

    urgency: Urgency
    contacts: tuple[Referral, ...]
    # The themes found so far: with only concern for someone else, the person at risk is
    # not the student, and the panel says so.
    themes: tuple[str, ...] = ()
    # What set it off (the panel quotes the most urgent: "the box doesn't say why", said
    # an outside role-play), and the answers so far to quote questions with.
    reasons: tuple[Reason, ...] = ()
    answers: tuple[tuple[str, AnswerValue], ...] = ()
    # The risk themes this panel is shown for first: a second panel quotes what is new,
    # not the finding the first panel already quoted (a role-play, round 13).
    new: tuple[str, ...] = ()
    # Every safety question that applies was answered: "finish the safety questions" is
    # no advice then.
    screened: bool = False
    # Words typed at the panel before were read: the acute themes heard (empty: none).
    heard: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class ReviewPrompt:
    """Show every answer so far, for a last check before the result."""

    answers: tuple[tuple[Question, AnswerValue | None], ...]
    # Words typed here before were read: None when none were; else the acute themes.
    heard: tuple[str, ...] | None = None
    # Questions whose first answer, a yes or don't know, still counts on the result
    # after a change ("nee (eerst ja)"): a plain "nee" here made a counsellor believe the
    # correction had cleared it (two role-plays, round 15).
    first_kept: tuple[tuple[str, AnswerValue], ...] = ()
    # Questions answered "misschien" and left open (their follow-ups asked): shown as
    # such, not as "overgeslagen" (round 38).
    maybe: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OverridePrompt:
    """Offer the counsellor to raise the tier (never to lower it silently)."""

    result: TriageResult
    # Words typed here before (``Unfit``) were read: None when none were; else the acute
    # themes heard in them (empty: nothing acute), for the screen to say so.
    heard: tuple[str, ...] | None = None


Prompt = QuestionPrompt | ThemePrompt | CrisisPrompt | ReviewPrompt | OverridePrompt
Ask = Callable[[Prompt], object]


@dataclass(frozen=True, slots=True)
class InterviewOutcome:
    """The result of an interview and whether it was stopped early."""

    result: TriageResult
    finished_early: bool


def keeping(ask: Ask, found: Callable[[], object]) -> Ask:
    """A stop (Ctrl-C) carries what the intake had found: a sexual assault told, then
    stopped, showed no line at all, and grief or dropping out nothing (round 22, Y1)."""

    def asking(prompt: Prompt) -> object:
        try:
            return ask(prompt)
        except Interrupted as stop:
            if stop.partial is None:
                with contextlib.suppress(Exception):  # the stop itself must never fail
                    stop.partial = found()
            raise

    return asking
