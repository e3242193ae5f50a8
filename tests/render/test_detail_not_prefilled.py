"""A follow-up that asks a detail of a need already counted is not prefilled from the
words that named the need (a role-play, round 54: "Is het in de afgelopen week
gebeurd? ja / nee [ja]" after "drie weken geleden ... aangerand" was typed)."""

from __future__ import annotations

import pexpect
import pytest

from ..pty_intake import EXE, spawn_interview

pytestmark = pytest.mark.skipif(EXE is None, reason="console script not installed")


def test_when_it_happened_is_asked_not_guessed() -> None:
    """Fails without the detail check in interview_guess.guessed."""
    child, _ = spawn_interview("--lang", "nl", "--at", "2026-12-08T10:30")
    said = {
        "ergens onveilig": "ja. ze is drie weken geleden op een feest aangerand",
        "dreiging in huis (nu niet": "3",
    }
    for _ in range(60):
        index = child.expect(["> ", r"\(d\)\? ", "afgelopen week gebeurd", pexpect.EOF])
        if index in (2, 3):
            break
        screen = child.before[-300:]
        typed = "d" if index == 1 else next((a for k, a in said.items() if k in screen), "nee")
        child.sendline(typed)
    child.expect("> ")
    asked = (child.before or "").splitlines()
    child.terminate(force=True)
    assert any(line.startswith("ja / nee") for line in asked), asked
    assert not any("[ja]" in line for line in asked), asked
