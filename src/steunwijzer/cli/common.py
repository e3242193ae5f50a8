"""What every command shares at run time: messages to stderr, catalogue loading, and the
one error handler (``handled``), which ``command`` wraps around every command body. The
options themselves are declared in ``options``."""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import typer

from steunwijzer.catalog.resources import BUILTIN_NAME, builtin_catalog_dir, default_sources
from steunwijzer.cli.options import view_of, view_parameters
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


def command(body: Callable[..., int | None]) -> Callable[..., None]:
    """Make ``body`` a command: its errors go through ``handled`` (messages and exit
    codes), an int it returns is the exit code, and a parameter ``view: View`` stands for
    the shared options --catalog, --lang, --json and --plain, declared in its place.

    The signature Typer reads is the body's own with ``view`` spelled out, so each
    command's options, their order and their help are as if written by hand.
    """
    signature = inspect.signature(body, eval_str=True)
    takes_view = "view" in signature.parameters
    params: list[inspect.Parameter] = []
    for param in signature.parameters.values():
        if param.name == "view":
            params += view_parameters()
        else:
            params.append(param.replace(kind=inspect.Parameter.KEYWORD_ONLY))

    @functools.wraps(body)
    def run(**options: Any) -> None:
        with handled():
            if takes_view:
                options["view"] = view_of(options)
            code = body(**options)
        if code is not None:
            raise typer.Exit(code)

    run.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=params, return_annotation=None
    )
    run.__annotations__ = {p.name: p.annotation for p in params} | {"return": None}
    return run


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
