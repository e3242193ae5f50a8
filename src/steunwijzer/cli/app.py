"""The Typer application: thin commands that parse options, call the core, render.

Examples live in each command's help. Exit codes: 0 ok, 1 invalid data or findings,
2 usage errors, 130 interrupted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from steunwijzer import __version__
from steunwijzer.cli.cases import batch, report
from steunwijzer.cli.catalog import catalog_app
from steunwijzer.cli.common import command
from steunwijzer.cli.handling import internal_error, load_or_fail
from steunwijzer.cli.options import (
    DEFAULT_VIEW,
    AtOpt,
    CatalogOpt,
    DetailChoice,
    JsonOpt,
    LangChoice,
    LangOpt,
    LimitOpt,
    PlainOpt,
    StudentLangOpt,
    View,
    lang_of,
    once,
    student_lang_of,
)
from steunwijzer.cli.quick import joined_text
from steunwijzer.core.model import Tier
from steunwijzer.errors import ExitCode

# rich_markup_mode=None and no pretty exceptions: Typer then never imports Rich.
SETTINGS: dict[str, Any] = {
    "name": "steunwijzer",
    "help": "Triage assistant for student counsellors: interview, three tiers, referrals, tips.",
    "no_args_is_help": True,
    "add_completion": False,
    "rich_markup_mode": None,
    "pretty_exceptions_enable": False,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**SETTINGS)
app.add_typer(catalog_app, name="catalog")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"steunwijzer {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Triage assistant for student counsellors.

    Example: steunwijzer interview --lang en
    """


@app.command()
@command
def interview(
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    plain_output: PlainOpt = False,
    answers: Annotated[
        list[Path] | None,
        typer.Option("--answers", help="Replay a YAML or JSON mapping of question id to answer."),
    ] = None,
    as_json: JsonOpt = False,
    list_questions: Annotated[
        bool, typer.Option("--list-questions", help="List every question and exit.")
    ] = False,
    save: Annotated[
        list[str] | None,
        typer.Option(
            "--save",
            help="Write the session record here: the answers and the student's own words, "
            "no name; readable by you only (0600).",
        ),
    ] = None,
    handout: Annotated[
        list[str] | None,
        typer.Option("--handout", help="Write a Markdown handout for the student."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace existing files.")] = False,
    at: AtOpt = None,
    limit: LimitOpt = None,
    student_lang: StudentLangOpt = None,
) -> int:
    """Run the intake interview and show tier, referrals and tips.

    Example: steunwijzer interview --lang en --handout next-steps.md
    """
    from steunwijzer.cli import interview as module

    # --json comes after --answers here (its place in --help), so no View.
    return module.run(
        sources=catalog,
        lang=lang_of(lang),
        plain_output=plain_output,
        answers=once("--answers", answers),
        as_json=as_json,
        list_questions=list_questions,
        save=once("--save", save),
        handout=once("--handout", handout),
        force=force,
        at=at,
        limit=limit,
        student_lang=student_lang_of(student_lang),
    )


@app.command()
@command
def lookup(
    theme: Annotated[
        list[str] | None,
        typer.Option("--theme", "-t", help="A theme id, label or synonym; repeatable."),
    ] = None,
    text: Annotated[
        list[str] | None,
        typer.Option("--text", help="Free text to find themes in; repeatable (read together)."),
    ] = None,
    view: View = DEFAULT_VIEW,
    at: AtOpt = None,
    limit: LimitOpt = None,
    student_lang: StudentLangOpt = None,
    detail: Annotated[
        DetailChoice,
        typer.Option("--detail", help="With --json: full (every field) or compact."),
    ] = DetailChoice.full,
) -> int:
    """Classify a need given as themes or text, and show referrals (no interview).

    Example: steunwijzer lookup --theme faalangst --theme slaap --json
    """
    from steunwijzer.cli import lookup as module

    return module.run(
        themes=theme or [],
        text=joined_text(text),
        sources=view.sources,
        lang=view.lang,
        as_json=view.as_json,
        plain_output=view.plain,
        at=at,
        limit=limit,
        student_lang=student_lang_of(student_lang),
        detail=detail.value,
    )


@app.command()
@command
def glossary(
    term: Annotated[
        str | None, typer.Argument(help="A Dutch name or part of it; none lists them all.")
    ] = None,
    view: View = DEFAULT_VIEW,
) -> int:
    """Explain Dutch role and service names (studentendecaan, SLB, huisartsenpost, ...).

    Example: steunwijzer glossary decaan --lang en
    """
    from steunwijzer.cli import glossary as module

    return module.run(
        term=term,
        sources=view.sources,
        lang=view.lang,
        as_json=view.as_json,
        plain_output=view.plain,
    )


@app.command()
@command
def tips(
    tier: Annotated[Tier | None, typer.Option("--tier", help="Only tips for this tier.")] = None,
    style: Annotated[
        str | None,
        typer.Option("--style", help="emotional or informational (combined tips always show)."),
    ] = None,
    view: View = DEFAULT_VIEW,
) -> None:
    """Quick reference of support-style tips, outside an interview.

    Example: steunwijzer tips --tier acute --style emotional
    """
    from steunwijzer.core.support import reference_tips
    from steunwijzer.io.jsonout import print_json
    from steunwijzer.io.records import tip_dict

    if style not in (None, "emotional", "informational"):
        raise typer.BadParameter("use emotional or informational", param_hint="--style")
    cat = load_or_fail(view.sources)
    chosen = reference_tips(cat, tier, style)
    if view.as_json:
        print_json([tip_dict(x, view.lang) for x in chosen])
    else:
        from steunwijzer.render.common import make_console, tips_list

        tips_list(make_console(view.plain), chosen, view.lang)


# The commands over many cases, after the others: the order of `--help`.
app.command()(batch)
app.command()(report)


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.replace("_", "-"))


def app_for(args: list[str]) -> typer.Typer:
    """The app with only the command that runs, when the first argument names one.

    Typer inspects the signature and type hints of every registered command when it
    builds the command line (about 40 ms for all of them, a third of a lookup). The
    command keeps its name, options, help and usage lines; anything else (no command,
    --help, an unknown name, `catalog ...`) gets the whole app.
    """
    if not args:
        return app
    chosen = [c for c in app.registered_commands if _command_name(c) == args[0]]
    if not chosen:
        return app
    single = typer.Typer(**SETTINGS)
    single.registered_callback = app.registered_callback  # keeps it a group: `steunwijzer X`
    single.registered_commands = chosen
    return single


def run(args: list[str]) -> int:
    """Run the app on ``args`` and return the exit code (used by __main__)."""
    from steunwijzer.cli.click_nl import speak
    from steunwijzer.cli.usage_salvage import usage_lang

    if "--help" not in args and "-h" not in args:
        speak(usage_lang(args))  # Click's usage errors in the interface language
    try:
        app_for(args)(args=args, prog_name="steunwijzer", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        if code == ExitCode.USAGE and "--help" not in args and "-h" not in args:
            _acute_part_of_refused(args)
        return code if isinstance(code, int) else (0 if code is None else ExitCode.FINDINGS)
    except Exception as exc:
        return internal_error(exc)
    finally:
        speak("en")
    return ExitCode.OK


def _acute_part_of_refused(args: list[str]) -> None:
    """A usage error never hides an acute signal (cli/usage_salvage.py)."""
    from steunwijzer.cli.usage_salvage import show_acute_part

    try:
        show_acute_part(args)
    except BrokenPipeError:  # `... | head -1`: the reader has gone (a hostile round, round 11)
        from steunwijzer.cli.handling import quiet_stdout

        quiet_stdout()
    except Exception as exc:  # the usage message stands; a failure here must not hide it
        internal_error(exc)
