"""The commands over many cases: ``batch`` (CSV or JSON Lines in, results out) and
``report`` (the picture of a group from those results). Declared here, run in
``cli.batch`` and ``cli.report``; registered on the app by ``cli.app``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from steunwijzer.cli.common import command
from steunwijzer.cli.options import (
    AtOpt,
    CatalogOpt,
    CsvDialect,
    DetailChoice,
    InputFormat,
    LangChoice,
    LangOpt,
    LimitOpt,
    OutputFormat,
    PlainOpt,
    ReportFormat,
    lang_of,
    once,
)
from steunwijzer.errors import ExitCode, UsageError


@command
def batch(
    input_path: Annotated[
        str | None,
        typer.Argument(metavar="INPUT", help="A file, a pipe, or - for stdin.", show_default=False),
    ] = None,
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="auto: by extension, else by content.")
    ] = InputFormat.auto,
    output: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here (atomically) instead of stdout; '-' is stdout. A device or FIFO "
            "is written to, never replaced.",
        ),
    ] = None,
    out_format: Annotated[
        OutputFormat, typer.Option("--format", help="Output format.")
    ] = OutputFormat.jsonl,
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing regular output file.")
    ] = False,
    at: AtOpt = None,
    csv_raw: Annotated[
        bool,
        typer.Option(
            "--csv-raw",
            help="CSV cells as they are: no leading ' before a cell that starts with =, +, -, "
            "@ (spreadsheet formula protection). Control characters are still removed.",
        ),
    ] = False,
    keep: Annotated[
        list[str] | None,
        typer.Option(
            "--keep",
            metavar="COL[,COL...]",
            help="Copy these input columns (e.g. faculty, month) unchanged into each result "
            "row, for `report --by`; they are not read as question ids.",
        ),
    ] = None,
    limit: LimitOpt = None,
    detail: Annotated[
        DetailChoice,
        typer.Option(
            "--detail",
            help="JSON Lines rows: compact (ids, tier, reasons, first contact route) or full "
            "(every field, tip texts). CSV is the same either way.",
        ),
    ] = DetailChoice.compact,
    csv_dialect: Annotated[
        CsvDialect,
        typer.Option(
            "--csv-dialect",
            help="excel-nl: ';', a BOM and CRLF, which Excel with Dutch settings opens directly.",
        ),
    ] = CsvDialect.default,
    print_schema: Annotated[
        bool,
        typer.Option(
            "--print-schema", help="Print the JSON Schema of a row (for --detail) and exit."
        ),
    ] = False,
) -> int:
    """Referral lookups for many cases: CSV or JSON Lines in, JSON Lines, CSV or a table out.

    A case has an id (else its row number) and any of: themes (JSONL: a list; CSV: a
    'themes' column separated by ';', or by ',' in a ';'-separated file), text, answers
    (JSONL: a mapping of question id to answer; CSV: columns named after question ids) and
    lang. A CSV file's delimiter (',', ';' or tab) is read from its header row; header
    names match in any case. Bad rows become error records and never stop the batch;
    exit 1 if any row failed.

    Example: steunwijzer batch cases.jsonl --output results.jsonl
    """
    if print_schema:
        from steunwijzer.io.row_schema import schema_text

        sys.stdout.write(schema_text(detail.value))
        return ExitCode.OK
    if input_path is None and _piped_stdin():
        input_path = "-"  # `... | steunwijzer batch` was refused, though the help says "a pipe"
    if input_path is None:
        raise typer.BadParameter("give an INPUT file, a pipe or - for stdin", param_hint="INPUT")
    written = once("--output", output)
    _not_its_own_input(written, [input_path], catalog)
    from steunwijzer.cli import batch as module

    return module.run(
        source=input_path,
        input_format=input_format.value,
        output=written,
        out_format=out_format.value,
        sources=catalog,
        lang=lang_of(lang),
        at=at,
        force=force,
        keep=tuple(keep or ()),
        csv_raw=csv_raw,
        limit=limit,
        detail=detail.value,
        csv_dialect=csv_dialect.value,
    )


@command
def report(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Batch results (JSONL or CSV) and interview --save records: files, folders "
            "or - for stdin.",
        ),
    ],
    out_format: Annotated[
        ReportFormat, typer.Option("--format", help="table (terminal), json or html.")
    ] = ReportFormat.table,
    output: Annotated[
        list[str] | None,
        typer.Option("--output", "-o", help="Write here (0600) instead of stdout."),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option("--by", help="Split by this column of the input (e.g. faculty, month)."),
    ] = None,
    min_cell: Annotated[
        int, typer.Option("--min-cell", help="Hide counts below this number (privacy).")
    ] = 5,
    catalog: CatalogOpt = None,
    lang: LangOpt = LangChoice.nl,
    plain_output: PlainOpt = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> int:
    """The picture of a group: counts and shares per tier, urgency, theme, connectedness.

    Aggregates only (no ids, no free text, no answers); small counts are hidden.

    Example: steunwijzer report results.jsonl sessions/ --by faculty --format html -o group.html
    """
    written = once("--output", output)
    _not_its_own_input(written, inputs, catalog)
    from steunwijzer.cli import report as module

    return module.run(
        inputs=inputs,
        out_format=out_format.value,
        output=written,
        by=by,
        min_cell=min_cell,
        sources=catalog,
        lang=lang_of(lang),
        plain_output=plain_output,
        force=force,
    )


def _not_its_own_input(output: Path | None, inputs: list[str], catalog: list[str] | None) -> None:
    """`batch in.csv -o in.csv --force` replaced the students' file with its results (an
    outsiders' hostile round, round 10); `interview` already refused its answers file.
    Standard input redirected from the output, a file inside an input folder and the
    catalogue in use are refused too (round 22, X14)."""
    if output is None:
        return
    from steunwijzer.io.files import catalogue_file, replaces_input

    name = replaces_input(output, inputs)
    if name == "-":
        raise UsageError(f"--output names the input file itself: {output} (standard input)")
    if name is not None and Path(name).is_dir():
        raise UsageError(f"--output names a file inside the input folder: {name}")
    if name is not None:
        raise UsageError(f"--output names the input file itself: {name}")
    source = catalogue_file(output, catalog)
    if source is not None:
        raise UsageError(f"--output names a file of the catalogue in use: {source}")


def _piped_stdin() -> bool:
    """Standard input is a pipe or a redirected file (not a terminal, not /dev/null)."""
    import os
    import stat

    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test runner)
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)
