"""Every option and choice the commands share, declared once, and what the language
options mean when they are given or left out (``--lang``, ``$STEUNWIJZER_LANG``,
``--student-lang``). A command module declares only the options that are its own.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from steunwijzer.core.model import Lang
from steunwijzer.errors import UsageError
from steunwijzer.io.escape import plain

# The choices of the options (Typer shows their values; --tier takes core.model.Tier).
LangChoice = enum.StrEnum("LangChoice", ["nl", "en"])
DetailChoice = enum.StrEnum("DetailChoice", ["compact", "full"])
InputFormat = enum.StrEnum("InputFormat", ["auto", "csv", "jsonl"])
CsvDialect = enum.StrEnum("CsvDialect", [("default", "default"), ("excel_nl", "excel-nl")])
OutputFormat = enum.StrEnum("OutputFormat", ["jsonl", "csv", "table"])
ReportFormat = enum.StrEnum("ReportFormat", ["table", "json", "html"])
ExportFormat = enum.StrEnum("ExportFormat", ["html", "markdown", "csv", "hsds"])


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
        case_sensitive=False,  # "EN" as $STEUNWIJZER_LANG takes it (a hostile round, r46)
    ),
]
ENV_LANG = "STEUNWIJZER_LANG"
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
PlainOpt = Annotated[
    bool, typer.Option("--plain", help="Plain text without colour or boxes (also: NO_COLOR).")
]


def _sane_moment(value: dt.datetime | None) -> dt.datetime | None:
    # Year 9999 or 0001 overflowed the opening-hours arithmetic and the result (with its
    # crisis lines) was never printed (an outside hostile-input test).
    if value is not None and not 1900 <= value.year <= 2999:
        raise typer.BadParameter("give a moment between the years 1900 and 2999")
    return value


AtOpt = Annotated[
    dt.datetime | None,
    typer.Option(
        "--at",
        help="Judge opening hours at this moment instead of now (YYYY-MM-DDTHH:MM).",
        formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
        callback=_sane_moment,
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
        case_sensitive=False,
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
        from steunwijzer.cli.handling import err
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


def student_lang_of(choice: LangChoice | None) -> Lang | None:
    """--student-lang as given, None when not (no environment default: that is --lang's)."""
    if choice is None:
        return None
    return "en" if choice is LangChoice.en else "nl"


@dataclass(frozen=True, slots=True)
class View:
    """How a command that shows something is asked to show it: --catalog, --lang, --json
    and --plain. A command body takes ``view: View = DEFAULT_VIEW`` where the four options
    belong; ``common.command`` declares them there and hands the body this object."""

    sources: list[str] | None
    lang: Lang
    as_json: bool
    plain: bool


DEFAULT_VIEW = View(None, "nl", False, False)


def view_parameters() -> list[inspect.Parameter]:
    """The four options ``View`` stands for, as Typer reads them from a signature."""
    kind = inspect.Parameter.KEYWORD_ONLY
    return [
        inspect.Parameter("catalog", kind, default=None, annotation=CatalogOpt),
        inspect.Parameter("lang", kind, default=LangChoice.nl, annotation=LangOpt),
        inspect.Parameter("as_json", kind, default=False, annotation=JsonOpt),
        inspect.Parameter("plain_output", kind, default=False, annotation=PlainOpt),
    ]


def view_of(options: dict[str, Any]) -> View:
    """Take the four options out of a command's keyword arguments."""
    return View(
        options.pop("catalog"),
        lang_of(options.pop("lang")),
        options.pop("as_json"),
        options.pop("plain_output"),
    )


def once(option: str, paths: Sequence[str | Path] | None) -> Path | None:
    """One file for an option that names one: Click keeps the last of two silently, and a
    second --answers dropped the first file's "ja" (an outsiders' hostile round, round 9);
    a second -o left the results where the first did not say (round 22, X17). Options
    that write take text, so a trailing slash (a folder meant) survives: io.files."""
    if paths and len(paths) > 1:
        raise UsageError(f"{option}: give one file (given {len(paths)} times)")
    if not paths:
        return None
    from steunwijzer.io.files import target_path

    return target_path(paths[0])
