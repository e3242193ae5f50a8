"""What every command shares at run time, without Typer: messages to stderr, catalogue
loading, and the one mapping of domain errors to messages and exit codes (``settle``).

Typer is imported by ``common`` (the decorator that makes a body a command) and the app;
this module stays free of it so the quick path (``quick``) can use the same handling.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING

from steunwijzer.catalog.resources import BUILTIN_NAME, builtin_catalog_folder, default_sources
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.errors import (
    CatalogError,
    ExitCode,
    IntakeBroke,
    Interrupted,
    OutputError,
    SteunwijzerError,
    error_line,
)
from steunwijzer.io.escape import plain

if TYPE_CHECKING:
    from steunwijzer.catalog.load import LoadResult
    from steunwijzer.core.triage import TriageResult


def err(message: str, wrap: bool = False) -> None:
    """A message for the person at the terminal, in the interface language; ``wrap``
    breaks it between words at the terminal's width (never in a pipe or file)."""
    from steunwijzer.present.messages import localise
    from steunwijzer.present.texts import interface_lang

    try:
        said = localise(message, interface_lang())
    except Exception:  # a broken template must not turn a message into a traceback
        said = message
    if "error:" in message and not _EXIT_IF_CUT:
        # Should stderr's reader be gone (`2>&1 | grep -q error`), the exit code still
        # says an error was found: it was 0 (a hostile round, round 19).
        _EXIT_IF_CUT.append(ExitCode.FINDINGS)
    # A full disk or a gone reader behind stderr (`2>/dev/full`) stopped the whole run at
    # its first warning, and a batch lost its good rows (round 22, X4): the message is
    # lost, the work goes on, and the exit code says something was said.
    said = plain(said)
    with contextlib.suppress(Exception):  # a stderr without isatty, a width of 0
        if wrap and sys.stderr.isatty():
            import shutil
            import textwrap

            width = max(40, shutil.get_terminal_size().columns - 1)
            said = textwrap.fill(said, width, break_long_words=False, break_on_hyphens=False)
    with contextlib.suppress(OSError):
        sys.stderr.write(said + "\n")


def diagnostic_line(diagnostic: object) -> str:
    """``FILE:LINE:COL: error: message`` with the message in the interface language."""
    from steunwijzer.present.messages import localise
    from steunwijzer.present.texts import interface_lang

    return plain(localise(str(diagnostic), interface_lang()))


def report(result: LoadResult) -> None:
    for diagnostic in result.diagnostics:
        err(str(diagnostic))


def compiled_builtin(sources: list[str] | None) -> Catalog | None:
    """The built-in catalogue precompiled, when it alone is asked for and is current.

    The compiled form (see compiled.py) skips YAML and validation, so a lookup does not
    even import them; when it is missing or stale the caller loads the YAML as always.
    """
    if default_sources(sources) != [BUILTIN_NAME]:
        return None
    from steunwijzer.catalog.compiled import load_builtin

    return load_builtin(builtin_catalog_folder())


def load_or_fail(sources: list[str] | None, show_warnings: bool = False) -> Catalog:
    """The catalogue, or CatalogError with every diagnostic."""
    if not show_warnings:  # the maintainer tools want every warning: they load the YAML
        catalog = compiled_builtin(sources)
        if catalog is not None:
            return catalog
    from steunwijzer.catalog.load import load_catalog

    result = load_catalog(default_sources(sources))
    if result.catalog is None:
        raise CatalogError(result.diagnostics)
    if show_warnings:
        report(result)
    return result.catalog


SHOWN_ERRORS = 20  # a broken catalogue's errors shown before a triage goes on


def load_for_triage(sources: list[str] | None, lang: Lang) -> tuple[Catalog, bool]:
    """The catalogue for an interview, lookup or batch; (catalog, degraded).

    A broken catalogue must not stop a counsellor from reaching crisis help: its errors
    are printed and the run continues in safety mode, with the fixed safety screen, the
    acute themes and the national crisis lines. The command then exits 1.
    """
    _TRIAGE[:] = [lang]
    compiled = compiled_builtin(sources)
    if compiled is not None:
        return compiled, False
    from steunwijzer.catalog.load import load_catalog, safety_only_catalog

    result = load_catalog(default_sources(sources))
    if result.catalog is not None:
        return result.catalog, False
    from steunwijzer.present.texts import t

    shown = result.diagnostics[:SHOWN_ERRORS]
    for diagnostic in shown:
        err(str(diagnostic))
    if len(result.diagnostics) > len(shown):
        err(t("safety_mode_more", lang, n=len(result.diagnostics) - len(shown)))
    err("error: " + t("safety_mode", lang))
    return safety_only_catalog(), True


def settle(exc: BaseException) -> int | None:
    """The one place that turns domain errors into messages and exit codes.

    Returns the exit code after printing the message, or None for anything that is not
    ours to settle (a bug, Typer's own exits): the caller re-raises it.
    """
    if isinstance(exc, CatalogError):
        for diagnostic in exc.diagnostics:
            err(str(diagnostic))
        return exc.exit_code
    if isinstance(exc, Interrupted):
        err(str(exc))
        _first_help(exc.partial, str(exc))
        return ExitCode.INTERRUPTED
    if isinstance(exc, IntakeBroke) and isinstance(exc.__cause__, BrokenPipeError):
        # `interview | head`: the reader went away; no bug ("internal error, please
        # report this": a hostile round, round 46, P5). The crisis lines, then its answers.
        quiet_stdout()
        err("the intake stopped: its output was closed (the reader of the screen went away)")
        with contextlib.suppress(Exception):
            _crisis_after_bug()
        _answered(exc.answered)
        _first_help(exc.partial, "")
        return ExitCode.FINDINGS
    if isinstance(exc, IntakeBroke):
        if os.environ.get("STEUNWIJZER_DEBUG") and isinstance(exc.__cause__, Exception):
            raise exc.__cause__
        internal_error(exc)
        _answered(exc.answered)
        _first_help(exc.partial, "")
        return exc.exit_code
    if isinstance(exc, SteunwijzerError):
        err(error_line(exc))
        if isinstance(exc, OutputError) and _CRISIS_LINES:
            sys.stderr.write(_CRISIS_LINES[0] + "\n")  # what never reached the file
        return exc.exit_code
    if isinstance(exc, KeyboardInterrupt):
        err("interrupted")
        return ExitCode.INTERRUPTED
    if isinstance(exc, BrokenPipeError):
        quiet_stdout()
        if _CRISIS_LINES:
            # The reader went away before an acute result reached it (`batch ... |
            # head`): exit 0 and not a word lost 429 rows with a risk to life (an
            # outsiders' hostile round, round 15). Named, as for any failed write.
            sys.stderr.write(_CRISIS_LINES[0] + "\n")
            return ExitCode.FINDINGS
        # An exit code already known (`catalog validate bad.yaml | head -1` exited 0 with
        # the errors on record: a hostile round, round 16): kept, the pipe or not.
        return _EXIT_IF_CUT[0] if _EXIT_IF_CUT else ExitCode.OK
    if isinstance(exc, OSError):
        # The disk is full, a device went away, ...: the environment, not a bug.
        where = f"{exc.filename}: " if exc.filename else ""
        err(f"error: {where}{exc.strerror or exc}")
        if _CRISIS_LINES:
            # The result was acute and never reached stdout (`lookup ... >/dev/full`
            # showed only "no space left on device": a hostile round, round 13).
            sys.stderr.write(_CRISIS_LINES[0] + "\n")
        quiet_stdout()
        return ExitCode.FINDINGS
    return None


def _first_help(found: object, said: str) -> None:
    """After a stopped intake with an acute need, the help its result would have shown
    first, where the stop's own lines did not name it: Centrum Seksueel Geweld after an
    assault was told (Veilig Thuis was listed, from an earlier panel), and after a loss
    or "ik ga stoppen" nothing at all (a role-play, round 22, Y1)."""
    from steunwijzer.core.model import Tier
    from steunwijzer.core.triage import TriageResult
    from steunwijzer.present.texts import interface_lang, t
    from steunwijzer.render.common import contact_line

    if not isinstance(found, TriageResult) or found.tier is not Tier.ACUTE:
        return
    lang = interface_lang()
    first = [r for i, r in enumerate(found.referrals) if i == 0 or r.role == "crisis"]
    lines = [
        f"  {name} ({contact_line(r.offering, ', ', lang)})"
        for r in first
        if (name := r.offering.name.get(lang)) not in said
    ]
    if lines:
        with contextlib.suppress(OSError):
            sys.stderr.write(plain(t("stopped_first_help", lang) + "\n" + "\n".join(lines)) + "\n")


def _answered(answered: tuple[tuple[object, object, str], ...]) -> None:
    """The answers of an intake a bug stopped, one per line, so none has to be asked
    again from memory."""
    from steunwijzer.core.model import Question
    from steunwijzer.present.labels import format_answer
    from steunwijzer.present.texts import interface_lang, t

    lang = interface_lang()
    lines = [
        f"  {question.text.get(lang)} → {format_answer(question, value, lang)}"  # type: ignore[arg-type]
        + (f" (“{words}”)" if words and words != value else "")
        for question, value, words in answered
        if isinstance(question, Question)
    ]
    if lines:
        with contextlib.suppress(Exception):  # showing them must never fail in turn
            sys.stderr.write(plain(t("broke_answers", lang)) + "\n")
            sys.stderr.write("\n".join(plain(line) for line in lines) + "\n")


def internal_error(exc: Exception) -> int:
    """A bug, not bad input: say so in one line; STEUNWIJZER_DEBUG=1 shows the traceback."""
    if os.environ.get("STEUNWIJZER_DEBUG"):
        raise exc
    what = str(exc) if isinstance(exc, IntakeBroke) else f"{type(exc).__name__}: {exc}"
    err(
        f"internal error: {what} (please report this; STEUNWIJZER_DEBUG=1 shows details)",
        wrap=True,  # it broke mid-word at 80 columns ("alsj" / "eblieft", round 39)
    )
    with contextlib.suppress(Exception):  # the fallback must never fail in turn
        _crisis_after_bug()
    return ExitCode.FINDINGS


def _crisis_after_bug() -> None:
    """A triage command that broke leaves the crisis lines, not a bare error: a
    MemoryError while reading a hostile catalogue printed no tier and no line for
    "ik wil dood" (a hostile round, round 42, F1)."""
    if _CRISIS_LINES:
        sys.stderr.write(_CRISIS_LINES[0] + "\n")
        return
    if not _TRIAGE:
        return
    from steunwijzer.core.safety import NATIONAL_CRISIS
    from steunwijzer.present.texts import t

    lang = _TRIAGE[0]
    lines = "; ".join(
        f"{o.name.get(lang)} ({', '.join(o.contact.phones)})" for o in NATIONAL_CRISIS
    )
    sys.stderr.write(plain(t("broke_crisis", lang, lines=lines)) + "\n")


_CRISIS_LINES: list[str] = []  # the crisis lines of an acute result being written
_EXIT_IF_CUT: list[int] = []  # the exit code known before the output was all written
_TRIAGE: list[Lang] = []  # the language of a lookup, batch or interview under way


def forget_crisis_lines() -> None:
    """Start a command with none: they belong to the result this command writes."""
    _CRISIS_LINES.clear()
    _EXIT_IF_CUT.clear()
    _TRIAGE.clear()


def exit_if_cut(code: int) -> None:
    """The exit code to keep should the reader close the pipe before the end."""
    _EXIT_IF_CUT[:] = [code]


def keep_crisis_lines(
    result: TriageResult, lang: Lang, rows: str = "", label: str = "unwritten_acute"
) -> None:
    """Remember the crisis lines of a result about to be written to stdout (and, for a
    batch, the rows with a risk to life)."""
    from steunwijzer.present.texts import t

    lines = [
        f"{r.offering.name.get(lang)} ({', '.join(r.offering.contact.phones)})"
        for r in result.referrals
        # "reachable now" names only lines open now: a closed line was named (hostile, r68)
        if r.offering.crisis and r.offering.contact.phones and r.open_now is not False
    ]
    said = [t(label, lang, rows=rows)] if rows else []
    if lines:
        said.append(t("cancelled_crisis", lang, lines="; ".join(lines)))
    _CRISIS_LINES[:] = ["\n".join(plain(x) for x in said)] if said else []


def stored_crisis_lines() -> str:
    """What ``keep_crisis_lines`` remembered, for a message of its own."""
    return _CRISIS_LINES[0] if _CRISIS_LINES else ""


def quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again.

    Used after a broken pipe (the reader, e.g. `| head`, has gone: stop quietly, as Unix
    tools do) and after a failed write.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
