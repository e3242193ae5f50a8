"""Round 20: what the outsiders' round of this session found (role-plays in a real
terminal, hostile files, three new labelled sets). Unless a test says it guards, each
was run on the commit before its fix and failed there."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import BACK, SKIP, Prompt, QuestionPrompt, ReviewPrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke, invoke_en

_FRIEND_NOW = (
    "mijn huisgenoot heeft net gezegd dat ze vannacht een eind aan haar leven maakt "
    "en ik kan haar niet bereiken"
)


def _lookup(runner: CliRunner, text: str, *, en: bool = False) -> dict[str, object]:
    call = invoke_en if en else invoke
    result = call(runner, "lookup", "--text", text, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_the_112_step_for_a_friend_in_danger_does_not_speak_of_the_student_only(
    runner: CliRunner,
) -> None:
    """Round 19's role-play (C3): for a roommate in danger now the first line's step was
    "Call 112 if there is danger now. Stay with the student until help arrives", as if
    the student were the one in danger. It names someone else too now."""
    for en, other in ((True, "someone else"), (False, "een ander")):
        data = _lookup(runner, _FRIEND_NOW, en=en)
        assert data["themes"] == ["concern_for_other"]
        assert data["urgency"] == "immediate"
        first = data["referrals"][0]  # type: ignore[index]
        assert first["id"] == "112-alarmnummer"
        assert other in first["how_to_access"]


def test_the_tip_for_someone_else_at_risk_names_112_before_113(runner: CliRunner) -> None:
    """Round 19's role-play (C3): the tip said "(113, 112 or their own GP)" while 112 was
    the first line for a friend in danger now."""
    for en in (True, False):
        data = _lookup(runner, _FRIEND_NOW, en=en)
        tip = next(t for t in data["tips"] if t["id"] == "someone_else_at_risk")  # type: ignore[attr-defined]
        assert tip["text"].index("112") < tip["text"].index("113")


def test_back_after_the_screen_was_asked_again_reaches_the_question_before(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Round 19's role-play (C2): own words at the study question had the screen asked
    again; 'b' then went to the screen's last question, and the question just before the
    study question could not be reached again ('b' from question 1 onwards skipped it)."""
    asked: list[str] = []
    replies = iter([Unfit("ik wil er eigenlijk niet meer zijn"), BACK])

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            asked.append(prompt.question.id)
            if prompt.question.id == "study_worries":
                return next(replies, SKIP)
            if prompt.question.type == "yes_no":
                return "ja" if prompt.question.id == "area_study" else "nee"
            return SKIP
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        return None

    run_interview(builtin, ask, "nl", index)
    at = [i for i, q in enumerate(asked) if q == "study_worries"]
    assert len(at) == 3, asked  # the words, the 'b', once more after the question before
    assert asked[at[1] + 1] == "area_study", asked
    assert asked[at[1] + 2] == "study_worries", asked
