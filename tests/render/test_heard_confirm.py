"""Needs heard beside closed answers are never lost because the own words were left
empty (a role-play, round 54: "I binge and then make myself sick several times a week"
said at the drugs question ended as PREVENTION, "nothing was recognised")."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from ..pty_intake import EXE, spawn_interview

pytestmark = pytest.mark.skipif(EXE is None, reason="console script not installed")

PURGING = "no, but I binge and then make myself sick several times a week"


def _intake(confirm: str) -> str:
    """Every question "no" (or the first choice), purging said at the drugs question,
    the own words left empty, and ``confirm`` typed where the heard needs are offered."""
    child, seen = spawn_interview("--lang", "en", "--at", "2026-12-08T10:30")
    offered = False
    for _ in range(60):
        index = child.expect(
            ["> ", "Enter to continue", "Adjust the tier", "Enter for none: ", pexpect.EOF]
        )
        if index == 4:
            break
        screen = child.before[-300:]
        if index == 3:
            offered = True
            assert "Eating problems (heard earlier)" in screen
            child.sendline(confirm)
        elif index in (1, 2):
            child.sendline("")
        elif "alcohol, drugs" in screen:
            child.sendline(PURGING)
        elif "own words" in screen:
            child.sendline("")
        elif "safe in your programme" in screen or "good contact" in screen:
            child.sendline("1")
        else:
            child.sendline("no")
    child.close()
    assert offered, "the heard need was not offered at the empty own words"
    return seen.getvalue()


def test_a_heard_need_is_offered_and_counts_when_the_own_words_are_left_empty() -> None:
    """Fails without the heard_only branch of core/interview.py (the own words skipped,
    nothing offered) and without collect_reasons counting the themes confirmed there."""
    text = _intake("a")
    assert "SPECIFIC" in text and "Eating problems" in text


def test_declined_it_stays_a_mention_on_the_first_line(tmp_path: Path) -> None:
    """Declined (or replayed, where nobody confirms), the why line says what was heard
    instead of "nothing was recognised". Fails without explain._nothing_counted."""
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "\n".join(
            [
                'safety_wish_dead: "no"',
                'safety_thoughts: "no"',
                'safety_behaviour: "no"',
                f'area_substances: "{PURGING}"',
                'own_words: ""',
            ]
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["interview", "--answers", str(answers), "--lang", "en", "--at", "2026-12-08T10:30"]
    )
    assert result.exit_code == 0, result.output
    why = next(x for x in result.output.splitlines() if x.startswith("Why:"))
    assert "heard and not confirmed" in why and "Eating problems" in why
    assert "Nothing was recognised" not in why
    text = _intake("")  # declined at the terminal: said on the first screen all the same
    assert "Heard, not confirmed: ‘binge’ (Eating problems)" in text
