"""Answers read from a pipe or a file on standard input, within bounds.

At a terminal a person types; from a pipe anything may come. `interview < /dev/zero`
read one "line" until 2 GB of memory, and `yes ja | interview` asked the crisis panel's
question again for ever, its output growing without end (a hostile round, round 46,
P4, P6). A line longer than any answer, or more answers than any intake asks, stops the
intake as a Ctrl-C would: with the crisis lines after an acute signal, and the answers.
"""

from __future__ import annotations

import sys

from rich.console import Console

# No answer is longer (own words are a few sentences; a pasted e-mail a few pages).
LINE_LIMIT = 1 << 20
# An intake asks about 25 questions; with every one asked again, and corrections, it
# stays well under this.
ANSWER_LIMIT = 400


class PipeStuck(Exception):
    """Standard input that no intake could come from; ``key`` names the text to say."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class PipedInput:
    """Lines from a standard input that is no terminal, counted and bounded."""

    def __init__(self) -> None:
        self.count = 0

    def read(self, console: Console, prompt: str) -> str:
        console.print(prompt, markup=False, emoji=False, end="")
        console.file.flush()
        line = sys.stdin.readline(LINE_LIMIT + 1)
        if not line:
            raise EOFError
        if len(line) > LINE_LIMIT:
            raise PipeStuck("piped_too_long")
        self.count += 1
        if self.count > ANSWER_LIMIT:
            raise PipeStuck("piped_too_many")
        return line[:-1] if line.endswith("\n") else line


def from_a_pipe() -> bool:
    """Standard input is no terminal (a pipe, a file, a test's input)."""
    try:
        return not sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced by something without it
        return True
