"""`steunwijzer report`: the picture of a group from batch results and session records."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from steunwijzer.core.model import Lang
from steunwijzer.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from steunwijzer.io.report import Report

MAX_SHOWN_PROBLEMS = 50  # FILE:LINE messages printed; the rest are counted


def run(
    *,
    inputs: list[str],
    out_format: str,
    output: Path | None,
    by: str | None,
    min_cell: int,
    sources: list[str] | None,
    lang: Lang,
    plain_output: bool,
    force: bool,
) -> int:
    from steunwijzer.cli.handling import err, load_or_fail
    from steunwijzer.io.report import build
    from steunwijzer.io.report_input import Problem, Source, read_needs
    from steunwijzer.io.report_tally import Tally, check_by, connection_questions

    if min_cell < 1:
        raise UsageError("--min-cell must be 1 or more")
    missing = [p for p in inputs if p != "-" and not os.path.lexists(p)]
    if missing:
        # A mistyped path still wrote the report, "0 hulpvragen, Acuut 0", ready to be
        # published (a hostile round, round 21, V6): nothing is written.
        for name in missing:
            err(str(Problem(name, 0, "no such file or folder")))
        return ExitCode.FINDINGS
    if by is not None:
        check_by(by)
    if output is not None:
        # The same targets as batch -o: a device, a FIFO or /dev/stdout is written to, a
        # folder is named as one (it asked for --force: a hostile round, round 26).
        from steunwijzer.io.files import check_target

        check_target(output, force)
    catalog = load_or_fail(sources)
    connection = connection_questions(catalog)
    source = Source(by, tuple(connection))
    from steunwijzer.core.safety import ACUTE_THEMES

    tally = Tally(by, connection, frozenset(catalog.themes) | frozenset(ACUTE_THEMES))

    def problem(found: Problem) -> None:
        source.problems += 1
        if source.problems <= MAX_SHOWN_PROBLEMS:
            err(str(found))

    for need in read_needs(inputs, source, problem, sys.stdin):
        tally.add(need)
    if source.problems > MAX_SHOWN_PROBLEMS:
        err(f"... and {source.problems - MAX_SHOWN_PROBLEMS} more lines that could not be read")
    if not tally.groups:  # a picture of no one said as such, as batch does (round 45)
        err("warning: the input holds no rows (an empty file, or a header alone)")
    if by is not None and tally.groups and set(tally.groups) == {""}:
        raise UsageError(f"--by {by}: no input row has this column (batch --keep {by} adds it)")
    if source.copies:
        err(
            f"warning: {source.copies} file(s) held the same rows as a file read before: "
            "read once (a JSONL and a CSV of one batch are still counted twice)"
        )
    report = build(
        tally,
        catalog,
        lang,
        min_cell,
        source.files,
        source.problems,
        source.batch_errors,
        source.skipped_files,
    )
    if output is None and out_format == "table":
        from steunwijzer.render.report import print_report

        print_report(report, plain_output)
        return ExitCode.FINDINGS if source.problems else ExitCode.OK
    text = _render(report, out_format)
    if output is None:
        sys.stdout.write(text)
    else:
        from steunwijzer.io.files import write_private

        write_private(output, text, force)
    return ExitCode.FINDINGS if source.problems else ExitCode.OK


def _render(report: Report, out_format: str) -> str:
    if out_format == "json":
        from steunwijzer.io.jsonout import dumps
        from steunwijzer.io.report_json import report_dict

        return dumps(report_dict(report)) + "\n"
    if out_format == "html":
        from steunwijzer.export.report import report_html

        return report_html(report)
    from steunwijzer.render.report import report_text

    return report_text(report)
