"""`steunwijzer batch`: stream cases through the triage engine."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import signal
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import BinaryIO, TextIO

from steunwijzer.core.model import Lang
from steunwijzer.core.referrals import DEFAULT_LIMIT, ReferralIndex
from steunwijzer.core.safety import SCREEN
from steunwijzer.errors import ExitCode, OutputError, UsageError, UserInputError
from steunwijzer.io.batch import AcuteRows, BatchRunner, Outcome
from steunwijzer.io.batchinput import read_cases
from steunwijzer.io.batchwrite import CSV_BOM, CSV_COLUMNS, JsonlWriter, csv_line, csv_row
from steunwijzer.io.caseread import Case
from steunwijzer.io.escape import plain
from steunwijzer.io.files import atomic_output

SAFETY_MODE_ROW = (
    "safety mode: the catalogue has errors; only the safety questions, the acute themes and "
    "the national crisis lines were used"
)


_FORMAT_NAMES = {"csv": "CSV", "jsonl": "JSON Lines"}


def _say_read_as(name: str, fmt: str, lang: Lang) -> None:
    from steunwijzer.cli.handling import err
    from steunwijzer.present.texts import t

    err(t("input_read_as", lang, name=name, fmt=_FORMAT_NAMES[fmt]))


def _say_stopped(rows: int, output: Path | None, acute: AcuteRows, lang: Lang) -> None:
    from steunwijzer.cli.handling import err, keep_crisis_lines, stored_crisis_lines
    from steunwijzer.present.texts import t

    where = str(output) if output is not None else "-"
    err(t("batch_stopped" if output is not None else "batch_stopped_stdout", lang, rows=rows,
          output=where))  # fmt: skip
    if acute.first is not None:
        # To stdout the rows read so far were written above: "not written" sent the
        # counsellor to redo rows already there (a hostile round, round 22, X19).
        label = "unwritten_acute" if output is not None else "stopped_acute_stdout"
        keep_crisis_lines(acute.first, lang, acute.named(at_line(lang)), label)
        err(stored_crisis_lines())


def _terminate(signum: int, frame: FrameType | None) -> None:
    # Treat SIGTERM like Ctrl-C, so the temporary output file is removed on the way out.
    raise KeyboardInterrupt


def _buffered(binary: BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(binary)  # type: ignore[arg-type]


def _size(binary: BinaryIO) -> int | None:
    """The input's size in bytes when it is a regular file (not a pipe or a FIFO)."""
    try:
        info = os.fstat(binary.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _position(buffered: io.BufferedReader) -> int | None:
    try:
        return buffered.tell()
    except OSError:
        return None


@contextlib.contextmanager
def _open_input(source: str) -> Iterator[tuple[BinaryIO, str]]:
    from steunwijzer.io.escape import shown_path
    from steunwijzer.io.files import stdin_closed

    if source == "-":
        if stdin_closed():
            raise UserInputError("<stdin>: cannot read: standard input is closed")
        yield sys.stdin.buffer, "<stdin>"
        return
    shown = shown_path(source)
    try:
        handle = Path(source).open("rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UserInputError(f"{shown}: cannot read: {exc.strerror or exc}") from exc
    with handle:
        import os
        import stat

        if stat.S_ISCHR(os.fstat(handle.fileno()).st_mode) and not handle.isatty():
            # /dev/zero, /dev/urandom: rows without end, no line ever (`batch /dev/zero`
            # ran on without output: a hostile round, round 13). Use - for a pipe.
            raise UserInputError(f"{shown}: is a device, not a file of rows; give a file or -")
        yield handle, shown


@contextlib.contextmanager
def _output(path: Path | None, force: bool) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with atomic_output(path, force) as handle:
        yield handle


# Keys of result rows (full and compact detail, error records): a kept column may not
# take one of these names, so every key keeps one meaning.
RESULT_KEYS = frozenset(
    [
        "id",
        "tier",
        "urgency",
        "themes",
        "reasons",
        "screened",
        "support_emphasis",
        "tips",
        "referrals",
        "override",
        "catalog",
        "lang",
        "line",
        "error",
        "recognised",
        "at",
        "detail",
        "text",
        "answers",
    ]
)


def kept_columns(names: tuple[str, ...]) -> tuple[str, ...]:
    """The --keep names, split on commas, checked: no result key, no duplicates."""
    kept: list[str] = []
    for part in (p.strip() for name in names for p in name.split(",")):
        if not part:
            continue
        if part.lower() in RESULT_KEYS:
            raise UsageError(
                f"--keep '{part}': this name is part of every result row (or is the student's "
                "own text or answers) and cannot be copied"
            )
        if part not in kept:
            kept.append(part)
    return tuple(kept)


def run(
    *,
    source: str,
    input_format: str,
    output: Path | None,
    out_format: str,
    sources: list[str] | None,
    lang: Lang,
    at: dt.datetime | None,
    force: bool,
    keep: tuple[str, ...] = (),
    csv_raw: bool = False,
    limit: int | None = None,
    detail: str = "compact",
    csv_dialect: str = "default",
) -> int:
    from steunwijzer.cli.handling import err, exit_if_cut, load_for_triage

    if out_format != "csv" and (csv_dialect != "default" or csv_raw):
        # `--csv-dialect excel-nl -o resultaten.csv` wrote JSON Lines into the .csv, exit
        # 0, and `report` on it said "Acute 0" (an outside scripting user, round 33, S6)
        raise UsageError(
            f"--csv-dialect and --csv-raw shape CSV: add --format csv (not {out_format})"
        )
    keep = kept_columns(keep)

    catalog, degraded = load_for_triage(sources, lang)
    # A question id kept as a column was copied and not read as an answer: a "ja" to a
    # safety question vanished (an outside hostile-input test). Answers are never kept.
    asked = {q.id.lower() for q in catalog.questions} | {i.id.lower() for i in SCREEN}
    for name in keep:
        if name.lower() in asked:
            raise UsageError(
                f"--keep '{name}': this is a question of the interview; its answer is read "
                "as an answer, never copied"
            )
    index = ReferralIndex(catalog, at or dt.datetime.now(dt.UTC), limit or DEFAULT_LIMIT)
    moment = index.moment
    runner = BatchRunner(catalog, index, lang)
    previous = signal.signal(signal.SIGTERM, _terminate)
    tiers: Counter[str] = Counter()
    rows = errors = unrecognised = no_id = no_id_line = twice = twice_line = 0
    # Ids given twice: a script that joins results back by id gave one student's acute
    # result to another (a hostile round, round 31, H8). Remembered for the first
    # ID_MEMORY rows only, for the peak-memory budget of a million rows.
    seen_ids: set[str] = set()
    keep_seen: set[str] = set()  # --keep names some row has (a typo fills rows with null)
    acute = AcuteRows()  # named on stderr should the output fail
    # Rows whose risk to life was set aside (negated, a topic, a figure): named on stderr
    # for CSV and table output, whose columns have no room for them (a hostile round,
    # round 16: "I want to kill myself, no joke" misread reached a spreadsheet unmarked).
    aside = AcuteRows()
    table: list[Outcome] = []
    printed = False
    console = None
    if out_format == "table":
        from steunwijzer.render.batch import TABLE_CHUNK, batch_table
        from steunwijzer.render.common import make_console
    bar = None
    try:
        with _open_input(source) as (binary, name), _output(output, force) as out:
            buffered = binary if isinstance(binary, io.BufferedReader) else _buffered(binary)
            text, cases = read_cases(buffered, name, input_format, catalog, keep,
                                     lambda fmt: _say_read_as(name, fmt, lang))  # fmt: skip
            jsonl = JsonlWriter(detail, moment)
            # A progress bar only for long runs, and only for a person watching.
            wants_bar = sys.stderr.isatty()
            if out_format == "csv":
                out.write(
                    CSV_BOM[csv_dialect] + csv_line([*CSV_COLUMNS, *keep], csv_raw, csv_dialect)
                )
            try:
                for item in cases:
                    outcome = runner.run(item)
                    rows += 1
                    if outcome.result is not None and outcome.result.risk_to_life:
                        acute.add(outcome.case_id, outcome.result, outcome.line)
                    if isinstance(item, Case) and not item.id_given:
                        no_id, no_id_line = no_id + 1, no_id_line or item.line
                    # A row number given as id may be another row's id: "3" twice, the
                    # acute one the id-less row's, and no warning (round 33, S1); and an
                    # id as written out, "s1<ESC>" shown as "s1" (a hostile round, r45)
                    shown_id = plain(outcome.case_id)
                    if shown_id in seen_ids:
                        twice, twice_line = twice + 1, twice_line or outcome.line
                    elif len(seen_ids) < ID_MEMORY:
                        seen_ids.add(shown_id)
                    if len(keep_seen) < len(keep):
                        keep_seen.update(k for k, v in item.kept if v is not None)
                    if outcome.error is not None:
                        errors += 1
                        exit_if_cut(ExitCode.FINDINGS)  # `batch ... | head`: still 1
                        kept = " (acute signal kept: crisis lines listed)" if outcome.result else ""
                        message = f"{name}:{outcome.line}: error: {outcome.error}{kept}"
                        if bar is not None:
                            bar.log(message)  # above the bar, not through it
                        else:
                            err(message)
                    if (
                        outcome.result is not None
                        and not outcome.result.risk_to_life
                        and any(m.risk_to_life for m in outcome.result.mentions)
                    ):
                        aside.add(outcome.case_id, outcome.result, outcome.line)
                    if outcome.result is not None and not outcome.result.recognised:
                        unrecognised += 1
                    elif outcome.result is not None:
                        tiers[str(outcome.result.tier)] += 1
                    if degraded and outcome.error is None:
                        # Said in the row, not only once on stderr: in safety mode "ik
                        # slaap slecht" read as nothing recognised in the results file
                        # and in a report weeks later (a hostile round, round 20). And
                        # counted: "errors: 0" under rows that each carry one (round 29, H5).
                        errors += 1
                        outcome = replace(outcome, error=SAFETY_MODE_ROW)
                    elif degraded and SAFETY_MODE_ROW not in (outcome.error or ""):
                        # "unknown theme 'sleep'" read as a typo in the input, not as
                        # the catalogue's (a hostile round, round 25, H10)
                        outcome = replace(outcome, error=f"{outcome.error} ({SAFETY_MODE_ROW})")
                    if out_format == "jsonl":
                        out.write(jsonl.record(outcome))
                    elif out_format == "csv":
                        row = csv_row(outcome)  # a row that failed to parse has no kept values
                        padded = row + [""] * (len(CSV_COLUMNS) + len(keep) - len(row))
                        out.write(csv_line(padded, csv_raw, csv_dialect))
                    else:
                        table.append(outcome)
                        if len(table) >= TABLE_CHUNK:  # printed as it goes: memory stays flat
                            console = console or make_console(file=out)
                            batch_table(console, catalog, table, lang, show_header=not printed)
                            printed = True
                            table.clear()
                    if wants_bar and rows % 1000 == 0:
                        if bar is None:
                            from steunwijzer.render.batch import ProgressBar

                            bar = ProgressBar(_size(binary))
                        bar.update(rows, _position(buffered))
            except OSError:
                # The output failed (a full disk, /dev/full): the acute rows vanished
                # with it (an outsiders' hostile round, round 14). The rest is read, not
                # written, so every row with a risk to life is named on stderr.
                for item in cases:
                    outcome = runner.run(item)
                    rows += 1
                    if outcome.result is not None and outcome.result.risk_to_life:
                        acute.add(outcome.case_id, outcome.result, outcome.line)
                raise
            text.detach()
            if rows and (unseen := [k for k in keep if k not in keep_seen]):
                # `--keep facutly` gave every row "facutly": null and a report by it one
                # group, without a word (a hostile round, round 21)
                from steunwijzer.present.texts import t

                err(t("keep_unseen", lang, names=", ".join(f"'{k}'" for k in unseen)))
            if out_format == "table" and (table or not printed):
                console = console or make_console(file=out)
                batch_table(console, catalog, table, lang, show_header=not printed)
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM: "afgebroken" alone said nothing of what was not written, or
        # of the rows with a risk to life already read (a hostile round, round 20).
        _say_stopped(rows, output, acute, lang)
        raise
    except (OSError, UserInputError, OutputError) as exc:
        from steunwijzer.cli.handling import keep_crisis_lines, settle
        from steunwijzer.cli.usage_salvage import show_acute_part

        if acute.first is not None:
            keep_crisis_lines(acute.first, lang, acute.named(at_line(lang)))
        if rows or isinstance(exc, UsageError):
            raise
        # Refused before a row was read (the output exists, cannot be written): the
        # input's acute part is still shown, as on a refused command line (round 13 left
        # `batch FILE -o EXISTING` without it).
        code = settle(exc)
        show_acute_part(["batch", str(source), "--lang", lang])
        return code if code is not None else ExitCode.FINDINGS
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bar is not None:
            bar.stop()
    per_tier = ", ".join(f"{t}: {tiers[t]}" for t in ("prevention", "specific", "acute"))
    # "nothing recognised" is appended, so scripts reading the earlier fields still work.
    err(f"rows read: {rows}; {per_tier}; errors: {errors}; nothing recognised: {unrecognised}")
    if no_id:
        err(
            f"warning: {no_id} row(s) without an id are named by their row number (the "
            f"first on line {no_id_line}); give every row an id of its own"
        )
    if twice:
        err(
            f"warning: {twice} row(s) repeat an id of an earlier row (the first on line "
            f"{twice_line}); join results back by line, or give every row an id of its own"
        )
    if not rows:  # a failed export (0 bytes, a header alone) looked like a clean run (r16)
        err("warning: the input holds no rows (an empty file, or a header alone)")
    if aside.count and out_format != "jsonl":  # JSON Lines rows carry their "mentions"
        said = "rows with a risk to life mentioned but set aside (ask the safety questions)"
        err(f"{said}: {aside.named(at_line(lang))}")
    return ExitCode.FINDINGS if errors or degraded else ExitCode.OK


ID_MEMORY = 100_000  # ids remembered to find one given twice


def at_line(lang: Lang) -> Callable[[int], str]:
    """ "line 4" beside a row's id where rows with a risk to life are named."""
    from steunwijzer.present.texts import t

    return lambda n: t("at_line", lang, n=n)
