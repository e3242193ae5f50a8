"""Intake role-plays in a real terminal (round 9): what a counsellor saw go wrong. Each
test was written from the reported case and fails with its fix taken out (said per
test)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke

AT = ("--at", "2026-11-30T14:00")
NO_TO_ALL = "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\n"


def _replay(runner: CliRunner, tmp_path: Path, answers: str, *args: str) -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    return str(invoke(runner, "interview", "--answers", str(path), *args, *AT).stdout)


def test_an_unasked_self_harm_question_is_named(runner: CliRunner, tmp_path: Path) -> None:
    """ "Veiligheidsvragen: alle met nee beantwoord" while the self-harm question was
    never asked (it follows "often low or tense") read as if it had been
    (render/notes.notes_of)."""
    not_asked = _replay(runner, tmp_path, NO_TO_ALL + "area_mood: nee\n", "--plain")
    assert "alle met nee beantwoord" in not_asked
    assert "Niet gesteld" in not_asked and "krassen" in not_asked
    asked = NO_TO_ALL + "area_mood: ja\nmood_kind: [low]\nmood_weight: 4\nmood_self_harm: nee\n"
    asked += "area_behaviour: nee\n"  # named too when unasked, since round 20
    assert "Niet gesteld" not in _replay(runner, tmp_path, asked, "--plain")


@pytest.mark.parametrize(
    "reply",
    ["nee ik niet, maar mijn huisgenote wel", "no, not me, but my friend does"],
)
def test_a_safety_answer_about_someone_else_is_concern(
    runner: CliRunner, tmp_path: Path, reply: str
) -> None:
    """ "nee ik niet, maar mijn huisgenote wel" to the wish to be dead was a plain "nee":
    the worry, said only there, was lost (core/ownwords._someone_else)."""
    data = json.loads(_replay(runner, tmp_path, f'safety_wish_dead: "{reply}"\n', "--json"))
    assert data["tier"] == "acute" and "concern_for_other" in data["themes"]
    assert data["referrals"][0]["crisis"] is True


@pytest.mark.parametrize(
    "reply", ["nee niet echt, meer dat het makkelijker zou zijn", "not really", "not sure"]
)
def test_a_no_taken_back_is_doubt_on_a_safety_question(builtin: Catalog, reply: str) -> None:
    """A no taken back ("nee niet echt, ...") was a plain no (core/answers._hedged); it
    is doubt on a safety or sensitive question, asked again, and still a no elsewhere.
    ("not really" and "not sure" alone were doubt already.)"""
    wish = builtin.question("safety_wish_dead")
    sleep = builtin.question("area_sleep")
    assert wish is not None and sleep is not None
    assert parse_answer(wish, reply) == UNKNOWN
    assert parse_answer(sleep, "niet echt") is False


def test_the_handout_speaks_to_a_worried_friend(runner: CliRunner, tmp_path: Path) -> None:
    """The student worried about her housemate read "113 ... about thoughts of suicide"
    and concluded it was not for her; "nu dicht, opent ma" was stale on paper
    (export/handout.py)."""
    handout = tmp_path / "handout.md"
    answers = 'safety_wish_dead: "nee ik niet, maar mijn huisgenote wel"\n'
    _replay(runner, tmp_path, answers, "--handout", str(handout))
    text = handout.read_text(encoding="utf-8")
    assert "zorgen om iemand anders" in text
    assert "nu dicht" not in text and "nu open" not in text


def test_help_for_a_risk_to_life_comes_before_other_themes(builtin: Catalog) -> None:
    """A passive wish (urgency soon) with study and sleep themes: the same-day
    consultation was eleventh of twelve, after trainings (core/referrals.picks with
    risk). On a weekday it is open and comes right after the crisis lines' first help."""
    monday = dt.datetime(2026, 11, 30, 11, 0, tzinfo=dt.UTC)
    index = ReferralIndex(builtin, monday, limit=12)
    themes = ("suicidal_thoughts", "study_skills", "sleep", "low_mood")
    got = index.rank(Tier.ACUTE, themes, "nl", Urgency.SOON, True)
    main = [r.offering.id for r in got if r.role == "main"]
    suicidal = [i for i, r in enumerate(got) if "suicidal_thoughts" in r.serves]
    others = [
        i for i, r in enumerate(got) if r.role == "main" and "suicidal_thoughts" not in r.serves
    ]
    assert "vh-spoedspreekuur" in main
    assert max(suicidal) < min(others)


def test_a_walk_in_place_says_how_to_reach_it(runner: CliRunner) -> None:
    """ "How to reach: —" for The Living Room (no phone, e-mail or address) told the
    counsellor nothing (render/screen._contact_lines): its next step is shown instead."""
    shown = invoke(runner, "lookup", "--theme", "eenzaamheid", "--plain", "--lang", "en", *AT)
    lines = shown.stdout.splitlines()
    first = lines.index(next(x for x in lines if x.startswith("2. The Living Room")))
    assert lines[first + 1].strip().startswith("Drop in at The Living Room")
    assert "How to reach: —" not in shown.stdout
    assert "How to reach: see the next step" in shown.stdout


def test_doubt_on_the_self_harm_question_is_counted(runner: CliRunner, tmp_path: Path) -> None:
    """ "Op 1 van de veiligheidsvragen wist de student het antwoord niet" while the review
    showed two (the self-harm question's "weet niet" was left out; render/screen)."""
    answers = (
        "safety_wish_dead: nee\nsafety_thoughts: weet niet\nsafety_behaviour: nee\n"
        "area_mood: ja\nmood_kind: [low]\nmood_weight: 7\nmood_self_harm: misschien\n"
    )
    shown = _replay(runner, tmp_path, answers, "--plain")
    assert "Op 2 van de veiligheidsvragen" in shown
