"""The handout states opening hours, never "open now": it is read later, at home.

The handout once built its own referral index with the clock's time, so a handout
written with --at said "open now" about a line that was closed at that moment; later
it followed --at, and role-plays (rounds 8 and 9) found "nu dicht, opent ma 30 nov"
stale on paper the same evening. Here the handout for a money worry is written at
moments when the money desk (open on Tuesday afternoons) is open and closed: its card
says its hours either way. (This test gave 113 office hours by a layer until round 25;
a national crisis line's hours can no longer be narrowed, docs/hazards.md H158.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ..conftest import invoke


@pytest.mark.parametrize(
    ("at", "lang", "said"),
    [
        ("2026-12-01T14:00", "nl", "di 13:00-16:00"),  # a Tuesday afternoon: open
        ("2026-11-28T23:30", "nl", "di 13:00-16:00"),  # Saturday night: closed
        ("2026-12-01T15:59", "en", "Tue 13:00-16:00"),
        ("2026-12-01T16:00", "en", "Tue 13:00-16:00"),
    ],
)
def test_handout_hours_follow_at(
    runner: CliRunner, tmp_path: Path, at: str, lang: str, said: str
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("area_money: yes\n", encoding="utf-8")
    handout = tmp_path / "handout.md"
    result = invoke(
        runner, "interview", "--answers", str(answers), "--catalog", "builtin",
        "--handout", str(handout), "--json", "--at", at, "--student-lang", lang,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = handout.read_text(encoding="utf-8")
    assert f"**Open:** {said}" in text
    assert not any(now in text for now in ("nu open", "nu dicht", "open now", "closed now"))


def test_each_card_says_what_to_do_and_the_contact_once(runner: CliRunner, tmp_path: Path) -> None:
    """A role-play (round 6) read "How to reach them:" and "How to reach:" on every card."""
    answers = tmp_path / "answers.yaml"
    answers.write_text("safety_wish_dead: yes\n", encoding="utf-8")
    handout = tmp_path / "handout.md"
    result = invoke(
        runner, "interview", "--answers", str(answers), "--handout", str(handout),
        "--json", "--at", "2026-11-30T14:00", "--student-lang", "en",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = handout.read_text(encoding="utf-8")
    assert "How to reach" not in text
    assert text.count("**What to do:**") == text.count("**Waiting time:**") > 0
    assert "**Contact:** 113" in text


def test_an_unsafe_situation_alone_still_lists_113_if_things_get_worse(
    runner: CliRunner, tmp_path: Path
) -> None:
    """ "If things get worse" asks "are you thinking about ending your life, or are you not
    safe?"; for an unsafe situation alone it listed 112 and Veilig Thuis only (a
    role-play, round 7). Fails with the suicide line left out of that section."""
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "safety_wish_dead: no\nsafety_thoughts: no\nsafety_behaviour: no\n"
        "area_behaviour: yes\nbehaviour_kind: unsafe_now\n",
        encoding="utf-8",
    )
    handout = tmp_path / "handout.md"
    result = invoke(
        runner, "interview", "--answers", str(answers), "--handout", str(handout), "--json",
        "--at", "2026-11-30T10:00", "--student-lang", "en",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    worse = handout.read_text(encoding="utf-8").split("## If things get worse", 1)[1]
    assert "- **112" in worse
    assert "- **113 " in worse
