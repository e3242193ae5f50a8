"""`catalog coverage|lint|init|schema|export`: tools for the catalogue's maintainers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from steunwijzer.catalog.load import default_sources, load_catalog
from steunwijzer.core.model import Lang
from steunwijzer.errors import CatalogError, ExitCode, OutputError, UsageError
from steunwijzer.io.files import atomic_output
from steunwijzer.io.jsonout import dumps, print_json


def run_coverage(
    *, sources: list[str] | None, lang: Lang, as_json: bool, strict: bool, plain_output: bool
) -> int:
    from steunwijzer.catalog.coverage import coverage
    from steunwijzer.cli.handling import load_or_fail

    catalog = load_or_fail(sources)
    report = coverage(catalog)
    if as_json:
        from steunwijzer.io.records import coverage_dict

        print_json(coverage_dict(catalog, report, lang))
    else:
        from steunwijzer.render.common import coverage_view, make_console

        coverage_view(make_console(plain_output), catalog, report, lang)
    return ExitCode.FINDINGS if strict and report.gaps else ExitCode.OK


def run_lint(*, paths: list[str] | None, as_json: bool, max_age_months: int) -> int:
    from steunwijzer.catalog.lint import lint_catalog

    result = load_catalog(default_sources(paths), review_max_age_days=max_age_months * 30)
    found = list(result.diagnostics)
    if result.catalog is not None:
        found += lint_catalog(result.catalog)
    found.sort(key=lambda d: (d.file, d.line, d.column))
    from steunwijzer.cli.handling import exit_if_cut

    exit_if_cut(ExitCode.FINDINGS if any(d.is_error for d in found) else ExitCode.OK)
    if as_json:
        from steunwijzer.io.records import diagnostic_dict

        print_json([diagnostic_dict(d) for d in found])
    else:
        from steunwijzer.cli.handling import diagnostic_line

        for d in found:
            sys.stdout.write(diagnostic_line(d) + "\n")
    errors = sum(1 for d in found if d.is_error)
    from steunwijzer.cli.handling import err

    err(f"{errors} error(s), {len(found) - errors} warning(s)")
    return ExitCode.FINDINGS if errors else ExitCode.OK


def run_init(*, target: Path, empty: bool, force: bool) -> int:
    from steunwijzer.catalog.resources import builtin_catalog_dir
    from steunwijzer.cli.handling import err
    from steunwijzer.export.scaffold import init_catalog
    from steunwijzer.io.files import same_file

    if same_file(target, builtin_catalog_dir()):
        # `catalog init <the installed built-in folder> --force` rewrote the built-in
        # catalogue itself (a coordinator's hostile round, round 32, H11)
        raise OutputError(f"{target}: is the built-in catalogue; give a folder of your own")
    written = init_catalog(target, empty, force)
    for path in written:
        err(f"wrote {path}")
    check = load_catalog([str(target)])
    if check.catalog is None:  # pragma: no cover - the shipped files always validate
        raise CatalogError(check.diagnostics)
    return ExitCode.OK


def run_schema() -> int:
    from steunwijzer.catalog.jsonschema import catalog_json_schema

    print_json(catalog_json_schema())
    return ExitCode.OK


def run_export(
    *,
    sources: list[str] | None,
    fmt: str,
    output: Path,
    lang: Lang,
    force: bool,
    csv_raw: bool = False,
) -> int:
    from steunwijzer.cli.handling import err, load_or_fail

    catalog = load_or_fail(sources)
    _not_a_source(output, sources)
    if fmt == "hsds":
        from steunwijzer.export.hsds import export_hsds
        from steunwijzer.io.files import is_stdout

        if is_stdout(output):  # a folder named "-" was made (a hostile round, round 15)
            raise UsageError("--format hsds writes a folder of files; '-o -' cannot hold it")
        _write_folder(output, export_hsds(catalog, lang), force)
    else:
        if fmt == "html":
            from steunwijzer.export.html import export_html

            text = export_html(catalog, lang)
        elif fmt == "markdown":
            from steunwijzer.export.text import export_markdown

            text = export_markdown(catalog, lang)
        elif fmt == "csv":
            from steunwijzer.export.text import export_csv

            text = export_csv(catalog, lang, csv_raw)
        else:  # pragma: no cover - Typer restricts the choices
            raise UsageError(f"unknown format {fmt}")
        with atomic_output(output, force) as handle:
            handle.write(text)
    err(f"wrote {output}")
    return ExitCode.OK


def _not_a_source(output: Path, sources: list[str] | None) -> None:
    """`catalog export --catalog c/themes.yaml -o c/themes.yaml --force` replaced the
    catalogue with Markdown, exit 0 (an outsiders' hostile round, round 14): the export
    never writes over a file or folder it was read from, --force or not."""
    from steunwijzer.io.files import same_file

    for source in default_sources(sources):
        path = Path(source)
        files = sorted(path.glob("*.y*ml")) if path.is_dir() else [path]
        if same_file(output, path) or any(same_file(output, f) for f in files):
            raise OutputError(
                f"{output}: is a file of the catalogue being exported; give another name"
            )


def _write_folder(folder: Path, files: dict[str, dict[str, Any]], force: bool) -> None:
    """Write the export's own JSON files into the folder; nothing else there is touched,
    except the service files an earlier export wrote for offerings that are gone: with
    --force they go too (a re-export is the catalogue as it is now), without it they
    stop the export, as a file of the same name does."""
    from steunwijzer.export.hsds import earlier_services
    from steunwijzer.io.files import write_folder

    earlier = earlier_services(folder, files) if folder.is_dir() else []
    if earlier and not force:
        raise OutputError(
            f"{earlier[0]}: left by an earlier export; use --force to replace the export"
        )
    texts = {name: dumps(data) + "\n" for name, data in files.items()}
    write_folder(folder, texts, force)
    for path in earlier:
        try:
            path.unlink()
        except OSError as exc:
            raise OutputError(f"{path}: cannot remove: {exc.strerror or exc}") from exc
