"""Round 40: what round 39's role-play of five intakes found (a bug that lost a whole
intake, natural answers refused, a slip on the last safety question, a roommate's pills
read as danger at home, drinking to sleep not heard) and this round's outsiders' set.
The sentences are written for the tests, not copied from any set."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app

# --- a bug in the middle of an intake loses nothing that was said ---------------------


def _break_after(monkeypatch: pytest.MonkeyPatch, question_id: str) -> None:
    """Make the engine fail, as a bug would, once ``question_id`` has been answered."""
    import steunwijzer.core.interview as engine

    real = engine.next_question

    def failing(questions, state):  # type: ignore[no-untyped-def]
        if question_id in state.answers:
            raise AttributeError("'int' object has no attribute 'get'")
        return real(questions, state)

    monkeypatch.setattr(engine, "next_question", failing)


def test_a_bug_mid_intake_shows_the_answers_and_the_first_help(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 39's role-play: an internal error at the friends question ended a seven-
    minute intake with one line, every answer gone (with a death told, the first help
    too). Now the answers so far and what the result would have named first are shown;
    on dcfd87d only the one line was."""
    _break_after(monkeypatch, "connection_places")
    typed = "\n".join(["nee"] * 7 + ["ja, mijn vader is vorige maand overleden"] + ["nee"] * 6)
    typed += "\n" + "\n".join(["ja", "ja", "ja", "ja, een paar"] + [""] * 20)
    out = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input=typed)
    assert out.exit_code == 1, out.output
    said = out.output
    assert "interne fout" in said and "AttributeError" in said
    assert "Zo ver was de intake" in said
    assert "mijn vader is vorige maand overleden" in said  # the words as typed
    assert "Wat de uitkomst als eerste had genoemd" in said
    assert "Traceback" not in said


# --- natural answers that were refused with a bare "does not fit" ------------------------


def _q(builtin, qid: str):  # type: ignore[no-untyped-def]
    return next(q for q in builtin.questions if q.id == qid)


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        # thin: a few with a turn, too few, once but not now (a no: weak ties)
        ("connection_friends", "een paar, nog niet echt vrienden", False),
        ("connection_friends", "wel een paar, maar ik zie ze nauwelijks", False),
        ("connection_friends", "vroeger wel, nu niet meer echt", False),
        ("connection_friends", "not many", False),
        ("connection_friends", "niet veel eigenlijk", False),
        ("connection_friends", "a few but none I'd call close", False),
        ("connection_friends", "used to, not anymore since my group quit", False),
        ("connection_friends", "eentje", True),  # one counts (the question's help)
        ("connection_friends", "a couple", True),  # guards: a few alone is a yes
        # yes/partly/no: with some of them
        ("connection_contact", "gaat wel, met een paar mensen", "partly"),
        ("connection_contact", "met sommigen wel", "partly"),
        ("connection_contact", "some of them, the teachers not really", "partly"),
        ("connection_contact", "ja", "yes"),  # guards
        # "deels" where "een beetje" was already a yes
        ("connection_places", "deels", True),
        ("area_growth", "deels", True),
        ("area_growth", "partly", True),
        # how long, with a doubt about the exact time or a season or holiday named
        ("sleep_duration", "weet niet precies, sinds de zomer?", "long"),
        ("sleep_duration", "since summer", "long"),
        ("sleep_duration", "sinds de kerstvakantie denk ik", "long"),
        ("sleep_duration", "geen idee, paar dagen", "short"),
    ],
)
def test_natural_answers_are_read(builtin, qid: str, said: str, expected: object) -> None:  # type: ignore[no-untyped-def]
    """Each was refused on dcfd87d (except the guards); a role-play saw "Dat antwoord past
    niet." for the first, fifth and eleventh, and the season four times over."""
    from steunwijzer.core.answers import parse_answer

    assert parse_answer(_q(builtin, qid), said) == expected


@pytest.mark.parametrize(
    "said", ["vroeger wel, nu niet meer", "een paar keer, maar niet serieus", "not many times"]
)
def test_thin_words_at_a_safety_question_stay_doubt(builtin, said: str) -> None:  # type: ignore[no-untyped-def]
    """Guards: at the safety screen, "once but not now" or "a few times, but" are never a
    no; they stay doubt (asked again), as before."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    try:
        read = parse_answer(_q(builtin, "safety_wish_dead"), said)
    except AnswerError:
        return  # refused: asked again, as before
    assert read is not False
