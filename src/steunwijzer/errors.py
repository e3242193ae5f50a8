"""One hierarchy of domain errors, and the exit codes they map to.

Commands raise these; a single handler in the CLI turns them into a clear message and
an exit code. Nothing below the CLI prints or exits.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass


class ExitCode(enum.IntEnum):
    """Exit codes are a contract with users' scripts: add, never renumber."""

    OK = 0
    FINDINGS = 1  # invalid data, failed rows, gaps found with --strict
    USAGE = 2  # wrong options or arguments
    INTERRUPTED = 130  # Ctrl-C or end of input at a prompt


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about a catalogue file, printed as FILE:LINE:COLUMN: severity: message."""

    file: str
    line: int
    column: int
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        # A line break in a file name forged a "FILE:LINE: error:" line of its own (a
        # hostile round, round 17): written as \n, one finding stays one line.
        file = self.file.replace("\n", "\\n").replace("\r", "\\r")
        return f"{file}:{self.line}:{self.column}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class SteunwijzerError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code: ExitCode = ExitCode.FINDINGS


class CatalogError(SteunwijzerError):
    """The catalogue cannot be used; carries every diagnostic found, each with file and line."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        errors = [d for d in self.diagnostics if d.is_error]
        super().__init__(f"the catalogue has {len(errors)} error(s)")


class UserInputError(SteunwijzerError):
    """Input given on the command line or in an answers/batch file is not acceptable."""


class LocatedInputError(UserInputError):
    """An input error whose message already reads ``FILE:LINE: error: message``."""


def error_line(exc: Exception) -> str:
    """The one-line report of an error: ``error: ...``, or ``FILE:LINE: error: ...``."""
    return str(exc) if isinstance(exc, LocatedInputError) else f"error: {exc}"


class KeyedInputError(UserInputError):
    """An input error about one key of a file (an answer that does not fit its question),
    so the CLI can say the file's line."""

    def __init__(self, message: str, key: str) -> None:
        super().__init__(message)
        self.key = key


class UsageError(SteunwijzerError):
    """Options that contradict each other or name things that do not exist."""

    exit_code = ExitCode.USAGE


class OutputError(SteunwijzerError):
    """An output file could not be written (permissions, disk full, already exists)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP during an interview: stopped at once, as a second Ctrl-C is
    (nobody is there to answer "stop?"), with the crisis lines said after an acute signal
    (a hostile round, round 53: the process died silently with exit 143)."""


class Interrupted(SteunwijzerError):
    """The counsellor pressed Ctrl-C or closed the input; nothing was written."""

    exit_code = ExitCode.INTERRUPTED
    # What the intake had found when it was stopped (a TriageResult), so the help it
    # would have shown first is said (set by the interview engine; round 22, Y1).
    partial: object | None = None


class IntakeBroke(SteunwijzerError):
    """A bug stopped the interview; what it had gathered travels along to the screen."""

    # The answers so far as (Question, value, words typed beside it) and, when it could
    # still be made, the TriageResult they lead to (core/interview_broke.py).
    answered: tuple[tuple[object, object, str], ...] = ()
    partial: object | None = None
