"""A risk said as a joke at a safety question is doubt, never refused (a role-play, round
55: "I'm joking, sort of", typed where the first safety question was asked again, was
refused with "That answer does not fit", the student sitting beside the counsellor)."""

from __future__ import annotations

import pexpect
import pytest

from ..pty_intake import EXE, spawn_interview

pytestmark = pytest.mark.skipif(EXE is None, reason="console script not installed")

TREE = "sometimes I think about just driving into a tree, it would solve everything"


def test_a_joke_at_the_question_asked_again_reads_as_dont_know() -> None:
    """Fails without the joke words in core/answers._DOUBT."""
    child, seen = spawn_interview("--lang", "en", "--at", "2026-12-08T10:30")
    answers = {"wished you were dead": "no", "thoughts about ending": "not really"}
    asked_again = False
    for _ in range(12):
        index = child.expect(["> ", r"\(c\)\? ", pexpect.EOF])
        if index == 2:
            break
        screen = child.before[-450:]
        if index == 1:
            child.sendline("c")
        elif "Question 1 again" in screen:
            asked_again = True
            child.sendline("I'm joking, sort of")
            child.expect("> ")
            break
        elif "how you would do it" in screen:
            child.sendline(TREE)
        else:
            child.sendline(next((a for k, a in answers.items() if k in screen), "no"))
    child.close()
    text = seen.getvalue()
    assert asked_again, "the first question was not asked again"
    after = text.split("I'm joking, sort of", 1)[1]
    assert "read as: don't know" in after
    assert "does not fit" not in after
