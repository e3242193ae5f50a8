"""`steunwijzer catalog ...`: commands for the people who maintain the catalogue."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .catalog import default_sources, load_catalog
from .cli_common import (
    CatalogOpt,
    JsonOpt,
    LangChoice,
    LangOpt,
    PlainOpt,
    TierChoice,
    err,
    handled,
    lang_of,
    load_or_fail,
)
from .errors import ExitCode, UserInputError

catalog_app = typer.Typer(
    help="Inspect and check the catalogue of support offerings.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@catalog_app.command()
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Catalogue files or directories, as layers in order.", show_default=False
        ),
    ] = None,
    catalog: CatalogOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Check catalogue files; report every problem as FILE:LINE:COLUMN: error: message.

    Exit 0 when valid (warnings allowed), 1 when invalid.
    Example: steunwijzer catalog validate my-catalogue/
    """
    result = load_catalog(default_sources(paths or catalog))
    for diagnostic in result.diagnostics:
        sys.stdout.write(str(diagnostic) + "\n")
    errors, warnings = len(result.errors), len(result.warnings)
    if result.catalog is not None:
        c = result.catalog
        err(
            f"{'ok' if not errors else 'invalid'}: {len(c.offerings)} offerings, "
            f"{len(c.themes)} themes, {len(c.questions)} questions; "
            f"{errors} error(s), {warnings} warning(s)"
        )
    else:
        err(f"invalid: {errors} error(s), {warnings} warning(s)")
    if errors or (strict and warnings):
        raise typer.Exit(ExitCode.FINDINGS)


@catalog_app.command("list")
def list_(
    tier: Annotated[TierChoice | None, typer.Option("--tier", help="Only this tier.")] = None,
    theme: Annotated[
        str | None, typer.Option("--theme", help="Only offerings for this theme (id or word).")
    ] = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    as_json: JsonOpt = False,
    plain_output: PlainOpt = False,
) -> None:
    """List the offerings, grouped by tier.

    Example: steunwijzer catalog list --theme faalangst --json
    """
    from .lookup import resolve_themes
    from .model import Tier
    from .vocabulary import Vocabulary

    with handled():
        cat = load_or_fail(catalog)
        offerings = list(cat.offerings)
        if tier is not None:
            offerings = [o for o in offerings if Tier(tier.value) in o.tiers]
        if theme is not None:
            (theme_id,) = resolve_themes(Vocabulary(cat.themes), [theme])
            offerings = [o for o in offerings if theme_id in o.themes]
        if as_json:
            from .jsonout import dumps, offering_dict

            sys.stdout.write(dumps([offering_dict(o, lang_of(lang)) for o in offerings]) + "\n")
            return
        from .render import make_console, offerings_table

        offerings_table(make_console(plain_output), cat, offerings, lang_of(lang))


@catalog_app.command()
def show(
    offering_id: Annotated[str, typer.Argument(metavar="ID", help="The offering's id.")],
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    as_json: JsonOpt = False,
    plain_output: PlainOpt = False,
) -> None:
    """Show one offering in full.

    Example: steunwijzer catalog show 113-zelfmoordpreventie
    """
    from .textnorm import did_you_mean

    with handled():
        cat = load_or_fail(catalog)
        offering = cat.offering(offering_id)
        if offering is None:
            ids = [o.id for o in cat.offerings]
            raise UserInputError(f"no offering '{offering_id}'{did_you_mean(offering_id, ids)}")
        if as_json:
            from .jsonout import dumps, offering_dict

            sys.stdout.write(dumps(offering_dict(offering, lang_of(lang))) + "\n")
            return
        from .render import make_console, offering_detail

        offering_detail(make_console(plain_output), cat, offering, lang_of(lang))


@catalog_app.command()
def themes(
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    as_json: JsonOpt = False,
    plain_output: PlainOpt = False,
) -> None:
    """List the themes (the vocabulary of needs) with their tier and synonyms.

    Example: steunwijzer catalog themes --lang en
    """
    with handled():
        cat = load_or_fail(catalog)
        if as_json:
            from .jsonout import dumps, theme_dict

            rows = [theme_dict(x, lang_of(lang)) for x in cat.themes.values()]
            sys.stdout.write(dumps(rows) + "\n")
            return
        from .render import make_console, themes_table

        themes_table(make_console(plain_output), cat, lang_of(lang))
