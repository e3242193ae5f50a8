"""`steunwijzer catalog ...`: commands for the people who maintain the catalogue."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Annotated

import typer

from steunwijzer.cli.common import command
from steunwijzer.cli.handling import diagnostic_line, err, exit_if_cut, load_or_fail
from steunwijzer.cli.options import (
    DEFAULT_VIEW,
    CatalogOpt,
    ExportFormat,
    JsonOpt,
    LangChoice,
    LangOpt,
    PlainOpt,
    View,
    lang_of,
    once,
)
from steunwijzer.core.model import Tier
from steunwijzer.errors import ExitCode, UserInputError
from steunwijzer.io.jsonout import print_json

catalog_app = typer.Typer(
    help="Inspect and check the catalogue of support offerings.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@catalog_app.command()
@command
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Catalogue files or directories, as layers in order.", show_default=False
        ),
    ] = None,
    catalog: CatalogOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    lang: LangOpt = LangChoice.nl,
) -> int:
    """Check catalogue files; report every problem as FILE:LINE:COLUMN: error: message.

    Exit 0 when valid (warnings allowed), 1 when invalid.
    Example: steunwijzer catalog validate my-catalogue/
    """
    from steunwijzer.catalog.load import default_sources, load_catalog

    result = load_catalog(default_sources(_layers(paths, catalog)))
    errors, warnings = len(result.errors), len(result.warnings)
    exit_if_cut(ExitCode.FINDINGS if errors or (strict and warnings) else ExitCode.OK)
    for diagnostic in result.diagnostics:
        sys.stdout.write(diagnostic_line(diagnostic) + "\n")
    if result.catalog is not None:
        c = result.catalog
        failed = errors or (strict and warnings)  # "in orde" beside exit 1 (round 65)
        err(
            f"{'ok' if not failed else 'invalid'}: {len(c.offerings)} offerings, "
            f"{len(c.themes)} themes, {len(c.questions)} questions; "
            f"{errors} error(s), {warnings} warning(s)"
        )
    else:
        err(f"invalid: {errors} error(s), {warnings} warning(s)")
    return ExitCode.FINDINGS if errors or (strict and warnings) else ExitCode.OK


def _layers(paths: list[str] | None, catalog: list[str] | None) -> list[str] | None:
    """Every layer named, as arguments or with --catalog ("validate builtin -c mine.yaml"
    dropped mine.yaml: a hostile round, round 25, H8): the built-in catalogue first, as
    the base it is, then the --catalog layers, then the arguments. "validate -c builtin
    mine/" put the base above the layer, and a layer that closed 113 was "in orde" while
    lookup with the same layers refused it (a hostile round, round 65)."""
    named = [*(catalog or ()), *(paths or ())]
    base = ["builtin"] if "builtin" in named else []
    return [*base, *(x for x in named if x != "builtin")] or None


@catalog_app.command("list")
@command
def list_(
    tier: Annotated[Tier | None, typer.Option("--tier", help="Only this tier.")] = None,
    theme: Annotated[
        str | None, typer.Option("--theme", help="Only offerings for this theme (id or word).")
    ] = None,
    view: View = DEFAULT_VIEW,
) -> None:
    """List the offerings, grouped by tier.

    Example: steunwijzer catalog list --theme faalangst --json
    """
    from steunwijzer.core.requests import resolve_themes
    from steunwijzer.core.vocabulary import Vocabulary

    cat = load_or_fail(view.sources)
    offerings = list(cat.offerings)
    if tier is not None:
        offerings = [o for o in offerings if tier in o.tiers]
    if theme is not None:
        wanted = set(resolve_themes(Vocabulary(cat.themes), [theme]))
        if not wanted:  # "" or ";" crashed here (an outside hostile-input test, round 6)
            from steunwijzer.errors import UsageError

            raise UsageError("--theme: give a theme (its id, name or a synonym)")
        offerings = [o for o in offerings if wanted & set(o.themes)]
    if view.as_json:
        from steunwijzer.io.records import offering_dict

        print_json([offering_dict(o, view.lang) for o in offerings])
        return
    from steunwijzer.render.common import make_console, offerings_table

    offerings_table(make_console(view.plain), cat, offerings, view.lang)


@catalog_app.command()
@command
def show(
    offering_id: Annotated[str, typer.Argument(metavar="ID", help="The offering's id.")],
    view: View = DEFAULT_VIEW,
) -> None:
    """Show one offering in full.

    Example: steunwijzer catalog show 113-zelfmoordpreventie
    """
    from steunwijzer.core.textnorm import did_you_mean

    cat = load_or_fail(view.sources)
    offering = cat.offering(offering_id)
    if offering is None:
        from steunwijzer.core.safety import NATIONAL_CRISIS

        # The safety floor's own lines ("builtin-113" in a result) can be opened too (a
        # hostile round, round 19: "no offering 'builtin-113'").
        offering = next((o for o in NATIONAL_CRISIS if o.id == offering_id), None)
    if offering is None:
        ids = [o.id for o in cat.offerings]
        raise UserInputError(f"no offering '{offering_id}'{did_you_mean(offering_id, ids)}")
    if view.as_json:
        from steunwijzer.io.records import offering_dict

        print_json(offering_dict(offering, view.lang))
        return
    from steunwijzer.render.common import make_console, offering_detail

    offering_detail(make_console(view.plain), cat, offering, view.lang)


@catalog_app.command()
@command
def themes(view: View = DEFAULT_VIEW) -> None:
    """List the themes (the vocabulary of needs) with their tier and synonyms.

    Example: steunwijzer catalog themes --lang en
    """
    cat = load_or_fail(view.sources)
    if view.as_json:
        from steunwijzer.io.records import theme_dict

        print_json([theme_dict(x, view.lang) for x in cat.themes.values()])
        return
    from steunwijzer.render.common import make_console, themes_table

    themes_table(make_console(view.plain), cat, view.lang)


@catalog_app.command()
@command
def coverage(
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    as_json: JsonOpt = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when there are gaps.")] = False,
    plain_output: PlainOpt = False,
) -> int:
    """Map themes x tiers with the number of active offerings, and list the gaps.

    Gaps: a theme without an active offering, no crisis line, no offering in English for
    a theme, no acute help outside office hours, no acute help without a waiting list.
    Example: steunwijzer catalog coverage --strict
    """
    from steunwijzer.cli import catalog_tools

    return catalog_tools.run_coverage(
        sources=catalog,
        lang=lang_of(lang),
        as_json=as_json,
        strict=strict,
        plain_output=plain_output,
    )


@catalog_app.command()
@command
def lint(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Catalogue files or directories, as layers.", show_default=False),
    ] = None,
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
    max_age: Annotated[
        int,
        typer.Option("--max-age", min=1, max=1200, help="Months before last_reviewed is stale."),
    ] = 12,
    lang: LangOpt = LangChoice.nl,
) -> int:
    """Everything validate checks, plus the quality of the content.

    Exit 1 on errors, 0 with warnings only.
    Example: steunwijzer catalog lint my-catalogue/ --max-age 6
    """
    from steunwijzer.cli import catalog_tools

    return catalog_tools.run_lint(
        paths=_layers(paths, catalog), as_json=as_json, max_age_months=max_age
    )


def _finite(value: float | None) -> float | None:
    """ "nan" passed the range check (every comparison with it is false) and switched the
    CI gate off (an outsiders' hostile round, round 8)."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter("give a number from 0 to 1")
    return value


@catalog_app.command("test")
@command
def test_(
    corpus: Annotated[
        str, typer.Argument(metavar="CORPUS.jsonl", help="Labelled sentences, JSON Lines.")
    ],
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
    min_recall: Annotated[
        float | None,
        typer.Option(
            "--min-recall",
            min=0.0,
            max=1.0,
            callback=_finite,
            help="Also fail when a theme's recall is lower.",
        ),
    ] = None,
    max_false_alarms: Annotated[
        float | None,
        typer.Option(
            "--max-false-alarms",
            min=0.0,
            max=1.0,
            callback=_finite,
            help="Also fail when more harmless sentences than this come out acute.",
        ),
    ] = None,
    lang: LangOpt = LangChoice.nl,
) -> int:
    """Test the free-text vocabulary on labelled sentences: recall per theme and
    language, acute false alarms, and every miss with what was found instead.

    Each line: {"text", "lang", "expect_themes", "expect_tier"} (null: nothing expected).
    Exit 1 when a risk-to-life sentence is missed or a line is invalid (FILE:LINE), else 0.
    Example: steunwijzer catalog test tests/data/corpus.jsonl
    """
    from steunwijzer.cli import catalog_test

    return catalog_test.run_test(
        corpus=corpus,
        catalog=load_or_fail(catalog),
        as_json=as_json,
        min_recall=min_recall,
        max_false_alarms=max_false_alarms,
    )


@catalog_app.command()
@command
def init(
    directory: Annotated[str, typer.Argument(metavar="DIR", help="Where to write it.")],
    empty: Annotated[
        bool, typer.Option("--empty", help="A minimal skeleton instead of a copy.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files.")] = False,
    lang: LangOpt = LangChoice.nl,
) -> int:
    """Write a starting catalogue: a copy of the built-in one, or an empty skeleton.

    Example: steunwijzer catalog init my-catalogue
    """
    from steunwijzer.cli import catalog_tools

    if not directory.strip():  # Path("") is the current folder: it was written into
        from steunwijzer.errors import UsageError

        raise UsageError("give DIR: the folder to write the catalogue to")
    return catalog_tools.run_init(target=Path(directory), empty=empty, force=force)


@catalog_app.command()
@command
def schema(lang: LangOpt = LangChoice.nl) -> int:
    """Print a JSON Schema of the catalogue format, for editors.

    Example: steunwijzer catalog schema > catalog.schema.json
    """
    from steunwijzer.cli import catalog_tools

    return catalog_tools.run_schema()


@catalog_app.command()
@command
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="What to write.")],
    output: Annotated[
        list[Path], typer.Option("--output", "-o", help="A file; a folder for hsds.")
    ],
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace an existing regular file (for hsds: the export's own files in the "
            "folder; nothing else there is touched).",
        ),
    ] = False,
    csv_raw: Annotated[
        bool,
        typer.Option(
            "--csv-raw",
            help="CSV cells as they are: no leading ' before a cell that starts with =, +, -, "
            "@ (spreadsheet formula protection).",
        ),
    ] = False,
) -> int:
    """Publish the catalogue: an HTML page, Markdown, CSV or an Open Referral HSDS folder.

    Example: steunwijzer catalog export --format html --output wegwijzer.html
    """
    from steunwijzer.cli import catalog_tools

    once("--output", output)  # a second -o is refused; Click requires one
    return catalog_tools.run_export(
        sources=catalog,
        fmt=fmt.value,
        output=output[0],
        lang=lang_of(lang),
        force=force,
        csv_raw=csv_raw,
    )
