"""Round 27: what the round's outsiders found (role-plays in a real terminal, blind sets
of messages as students type and dictate them) and what round 26 left noted. Each test
was run on the commit before its fix and failed there unless its docstring says it
guards."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import SKIP, QuestionPrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.present.phrasing import moment_text

from .conftest import invoke
from .terminal_helpers import terminal


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("behaviour_kind", "geen van beide eigenlijk"),
        ("behaviour_kind", "iets anders"),
        ("study_worries", "none of these"),
        ("study_worries", "Geen van allen."),
        ("sleep_duration", "n.v.t."),
        ("mood_kind", "neither"),
    ],
)
def test_none_of_the_options_is_a_skip_said_as_such(
    builtin: Catalog, question_id: str, typed: str
) -> None:
    """ "geen van beide" and "it's something else" at a choice list were refused with
    "Typ 1 of 2", and nothing said Enter skips (role-plays, round 26, S5 and Q13)."""
    question = builtin.question(question_id)
    assert question is not None
    ask, screen = terminal(builtin, typed)
    assert ask.question(QuestionPrompt(question, 3, 20, None, True)) is SKIP
    assert "overgeslagen" in screen.getvalue()


def test_none_words_do_not_swallow_a_no_or_a_sentence(builtin: Catalog) -> None:
    """Guards: where "no" is an option "geen" is not a skip, and words after "geen van
    beide" are read, not thrown away."""
    safe = builtin.question("connection_safe")
    assert safe is not None and "no" in safe.choice_ids()
    ask, _ = terminal(builtin, "niets")
    assert isinstance(ask.question(QuestionPrompt(safe, 3, 20, None, True)), Unfit)
    kind = builtin.question("behaviour_kind")
    assert kind is not None
    ask, _ = terminal(builtin, "geen van beide, mijn huisgenoot komt steeds mijn kamer in")
    assert ask.question(QuestionPrompt(kind, 3, 20, None, True)) is not SKIP


@pytest.mark.parametrize("question_id", ["behaviour_kind", "study_worries", "sleep_duration"])
def test_a_choice_list_says_enter_skips_when_an_answer_does_not_fit(
    builtin: Catalog, question_id: str
) -> None:
    """The refusal at a choice list said only "Typ een nummer van 1 tot 5" (round 26)."""
    question = builtin.question(question_id)
    assert question is not None
    ask, screen = terminal(builtin, "zeven", "")
    ask.question(QuestionPrompt(question, 3, 20, None, True, unfit=True))
    assert "Enter om over te slaan" in screen.getvalue()


def test_a_place_that_opens_later_today_or_tomorrow_says_so(builtin: Catalog) -> None:
    """ "nu dicht, opent di 1 dec 17:00" on that very Tuesday made the counsellor check
    the date (a role-play, round 26, S24): "vandaag 17:00", "morgen 08:00"."""
    index = ReferralIndex(builtin, dt.datetime(2026, 12, 1, 7, 30))  # Tuesday 07:30
    gp = next(o for o in builtin.offerings if o.id == "huisarts")
    referral = index._referral(gp, "main", ())
    assert referral.open_now is False and referral.opens_in_days == 0
    assert moment_text(referral.opens_next, "nl", 0) == "vandaag 08:00"  # type: ignore[arg-type]
    night = ReferralIndex(builtin, dt.datetime(2026, 12, 1, 22, 0))
    assert night._referral(gp, "main", ()).opens_in_days == 1
    friday = ReferralIndex(builtin, dt.datetime(2026, 12, 4, 22, 0))
    assert friday._referral(gp, "main", ()).opens_in_days == 3
    out = invoke(CliRunner(), "lookup", "--theme", "grief", "--at", "2026-12-01T07:30").output
    assert "opent vandaag 08:00" in out and "opent di 1 dec" not in out
    out = invoke(
        CliRunner(), "lookup", "--lang", "en", "--theme", "grief", "--at", "2026-12-01T22:00"
    ).output
    assert "opens tomorrow 08:00" in out


def test_the_unsafe_question_help_promises_no_secrecy(builtin: Catalog) -> None:
    """The `?` help of the unsafe question said to tell the student the conversation is
    confidential, which a counsellor under the reporting code (meldcode) cannot promise
    (a role-play, round 26, Q15)."""
    question = builtin.question("area_behaviour")
    assert question is not None and question.help is not None
    for lang in ("nl", "en"):
        text = question.help.get(lang).lower()
        assert "gesprek vertrouwelijk is" not in text and "conversation is confidential" not in text
        assert "meldcode" in text or "reporting code" in text
