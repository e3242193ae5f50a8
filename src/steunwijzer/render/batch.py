"""A Rich table of batch outcomes, for a person to read."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table

from steunwijzer.core.model import Catalog, Lang
from steunwijzer.io.batch import Outcome
from steunwijzer.present.labels import theme_label, tier_label
from steunwijzer.render.common import TIER_STYLE, console_environ, safe

TABLE_CHUNK = 500  # rows per printed table: memory stays flat however long the batch


def batch_table(
    console: Console,
    catalog: Catalog,
    outcomes: Sequence[Outcome],
    lang: Lang,
    show_header: bool = True,
) -> None:
    """One table of outcomes; a long batch prints one per chunk, the header only first.

    The columns have fixed ratios of the full width, so the chunks line up as one table.
    """
    from steunwijzer.present.texts import t

    if console.width < NARROW:
        _records(console, catalog, outcomes, lang)
        return
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_header=show_header)
    # Cells wrap, never end in "…": at 20 columns every tier read "…" and 113 "1…", and
    # at 5 the rows were gone (an outsiders' hostile round, round 9).
    for key in ("id", "tier", "themes", "referrals"):
        column = "id" if key == "id" else t(key, lang)
        ratio = 1 if key in ("id", "tier") else 2
        table.add_column(column, ratio=ratio, overflow="fold", min_width=1)
    for o in outcomes:
        case_id, label, style, middle, referrals = _cells(catalog, o, lang)
        table.add_row(safe(case_id), safe(label, style), safe(middle), safe(referrals))
    console.print(table)


# Below this width a table has no room for its four columns: each row is a short record
# of lines instead (at 5 columns the table printed no row at all; a hostile round, round 9).
NARROW = 40


def _cells(catalog: Catalog, o: Outcome, lang: Lang) -> tuple[str, str, str, str, str]:
    """(id, tier label, its style, themes or the row's error, first referrals): the one
    reading of a row that the table and the narrow records both show."""
    from steunwijzer.present.messages import localise
    from steunwijzer.present.texts import t

    r = o.result
    referrals = ", ".join(x.offering.name.get(lang) for x in r.referrals[:3]) if r else ""
    if r is None or o.error is not None:
        problem = t("batch_row_error", lang, line=o.line, error=localise(str(o.error), lang))
        if r is None:
            return o.case_id, t("batch_error", lang), "red", problem, referrals
        # a failed row that still carries an acute signal
        return o.case_id, t("batch_error_acute", lang), "bold white on red", problem, referrals
    themes = ", ".join(theme_label(catalog, x, lang) for x in r.themes)
    if not r.recognised:  # said as such, never a bare dash (a hostile round, round 15)
        return o.case_id, t("no_tier_short", lang), "yellow", themes, referrals
    return o.case_id, tier_label(catalog, r.tier, lang), TIER_STYLE[r.tier], themes, referrals


def _records(console: Console, catalog: Catalog, outcomes: Sequence[Outcome], lang: Lang) -> None:
    for o in outcomes:
        case_id, label, style, middle, referrals = _cells(catalog, o, lang)
        console.print(safe(f"{case_id}: {label}", style))
        for line in (middle, referrals):
            if line:
                console.print(safe(line))
        console.print()


class ProgressBar:
    """A progress bar on standard error, by bytes read when the input size is known."""

    def __init__(self, total_bytes: int | None) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn() if total_bytes is None else TextColumn("{task.percentage:>3.0f}%"),
            TimeElapsedColumn(),
            console=Console(stderr=True, highlight=False, markup=False, _environ=console_environ()),
            transient=True,
        )
        self._task = self._progress.add_task("batch", total=total_bytes)
        self._progress.start()

    def update(self, rows: int, position: int | None) -> None:
        self._progress.update(self._task, completed=position if position is not None else rows)

    def log(self, message: str) -> None:
        self._progress.console.print(safe(message))

    def stop(self) -> None:
        self._progress.stop()
