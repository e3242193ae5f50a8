"""What every command shares: option types, catalogue loading, and the one error handler."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from steunwijzer.catalog.resources import BUILTIN_NAME, builtin_catalog_dir, default_sources
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.errors import (
    CatalogError,
    ExitCode,
    Interrupted,
    SteunwijzerError,
    error_line,
)
from steunwijzer.io.escape import plain

if TYPE_CHECKING:
    from steunwijzer.catalog.load import LoadResult


class LangChoice(enum.StrEnum):
    nl = "nl"
    en = "en"


class DetailChoice(enum.StrEnum):
    compact = "compact"
    full = "full"


class TierChoice(enum.StrEnum):
    prevention = "prevention"
    specific = "specific"
    acute = "acute"


CatalogOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--catalog",
        "-c",
        metavar="PATH",
        help="Catalogue file or directory; repeat to layer (later wins). 'builtin' names the "
        "built-in one. Default: $STEUNWIJZER_CATALOG, else the built-in catalogue.",
    ),
]


def _remember_lang(value: LangChoice | None) -> LangChoice | None:
    """Every message, error and note follows --lang, from the moment it is parsed."""
    from steunwijzer.present.texts import set_interface_lang

    if value is not None:
        set_interface_lang(lang_of(value))
    return value


LangOpt = Annotated[
    LangChoice,
    typer.Option(
        "--lang",
        "-l",
        help="Language of the output (nl or en). Default: $STEUNWIJZER_LANG, else nl.",
        callback=_remember_lang,
    ),
]
ENV_LANG = "STEUNWIJZER_LANG"
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
PlainOpt = Annotated[
    bool, typer.Option("--plain", help="Plain text without colour or boxes (also: NO_COLOR).")
]
AtOpt = Annotated[
    dt.datetime | None,
    typer.Option(
        "--at",
        help="Judge opening hours at this moment instead of now (YYYY-MM-DDTHH:MM).",
        formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    ),
]


LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        min=1,
        max=100,
        help="At most this many referrals (default 10, up to 3 per theme); crisis lines "
        "always come on top.",
    ),
]
StudentLangOpt = Annotated[
    LangChoice | None,
    typer.Option(
        "--student-lang",
        help="The student's language: the handout's language, and offerings that speak it "
        "rank higher. Default: --lang.",
    ),
]


def lang_of(choice: LangChoice) -> Lang:
    """--lang when given, else $STEUNWIJZER_LANG (any case), else Dutch.

    An unknown --lang is a usage error (Typer refuses it); an unknown value in the
    environment only warns: a setting in a profile must not stop every command.
    """
    if _lang_given():
        return "en" if choice is LangChoice.en else "nl"
    return env_lang()


def env_lang() -> Lang:
    value = os.environ.get(ENV_LANG, "").strip().lower()
    if value in ("", "nl", "en"):
        return "en" if value == "en" else "nl"
    ctx = _current_context()
    meta: dict[str, Any] = ctx.meta if ctx is not None else {}
    if not meta.get("steunwijzer.lang_warned"):  # once per command, however often asked
        meta["steunwijzer.lang_warned"] = True
        from steunwijzer.present.texts import t

        err("warning: " + t("env_lang_unknown", "nl", value=plain(value)[:20]))
    return "nl"


def _lang_given() -> bool:
    """Whether --lang was on the command line (the default says nothing)."""
    ctx = _current_context()
    if ctx is None:
        return True
    source = ctx.get_parameter_source("lang")
    return source is not None and source.name in ("COMMANDLINE", "PROMPT")


def _current_context() -> Any:
    # Typer 0.26-0.28 vendor click (see pyproject); its context says where a value came from.
    from typer._click.globals import get_current_context

    return get_current_context(silent=True)


def err(message: str) -> None:
    """A message for the person at the terminal, in the interface language."""
    from steunwijzer.present.messages import localise
    from steunwijzer.present.texts import interface_lang

    sys.stderr.write(plain(localise(message, interface_lang())) + "\n")


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

    return load_builtin(builtin_catalog_dir())


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


def load_for_triage(sources: list[str] | None, lang: Lang) -> tuple[Catalog, bool]:
    """The catalogue for an interview, lookup or batch; (catalog, degraded).

    A broken catalogue must not stop a counsellor from reaching crisis help: its errors
    are printed and the run continues in safety mode, with the fixed safety screen, the
    acute themes and the national crisis lines. The command then exits 1.
    """
    compiled = compiled_builtin(sources)
    if compiled is not None:
        return compiled, False
    from steunwijzer.catalog.load import load_catalog, safety_only_catalog

    result = load_catalog(default_sources(sources))
    if result.catalog is not None:
        return result.catalog, False
    from steunwijzer.present.texts import t

    report(result)
    err("error: " + t("safety_mode", lang))
    return safety_only_catalog(), True


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """The one place that turns domain errors into messages and exit codes."""
    try:
        yield
    except CatalogError as exc:
        for diagnostic in exc.diagnostics:
            err(str(diagnostic))
        raise typer.Exit(exc.exit_code) from None
    except Interrupted as exc:
        err(str(exc))
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except SteunwijzerError as exc:
        err(error_line(exc))
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except OSError as exc:
        # The disk is full, a device went away, ...: the environment, not a bug.
        where = f"{exc.filename}: " if exc.filename else ""
        err(f"error: {where}{exc.strerror or exc}")
        _quiet_stdout()
        raise typer.Exit(ExitCode.FINDINGS) from None


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again.

    Used after a broken pipe (the reader, e.g. `| head`, has gone: stop quietly, as Unix
    tools do) and after a failed write.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def student_lang_of(choice: LangChoice) -> Lang:
    """--student-lang as given (no environment default: that is --lang's)."""
    return "en" if choice is LangChoice.en else "nl"
