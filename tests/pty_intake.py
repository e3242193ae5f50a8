"""Shared by the tests that drive the real interview in a pseudo-terminal: the console
script, and an interview spawned on an 80-column screen whose output is kept whole."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pexpect

EXE = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))


def spawn_interview(*args: str) -> tuple[pexpect.spawn, io.StringIO]:
    """``steunwijzer interview ARGS`` without colour on an 80x40 screen, and everything it
    printed so far (``child.before`` holds only what came since the last match)."""
    assert EXE is not None
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "LINES": "40", "TERM": "dumb"}
    child = pexpect.spawn(
        EXE, ["interview", *args], env=env, encoding="utf-8", timeout=15, dimensions=(40, 80)
    )
    seen = io.StringIO()
    child.logfile_read = seen
    return child, seen
