"""Writing batch results: one JSON Lines record or CSV row per outcome, in order.

Rows with the same needs share their serialised JSON (``JsonlWriter``); CSV cells are
cleaned and formula-neutralised unless ``--csv-raw`` (io/escape.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from steunwijzer.io.batch import MEMO_LIMIT, NeedsKey, Outcome
from steunwijzer.io.jsonout import dumps_line

if TYPE_CHECKING:
    from steunwijzer.core.model import Lang
    from steunwijzer.core.triage import TriageResult

CSV_COLUMNS = (
    "id",
    "tier",
    "urgency",
    "themes",
    "screened",
    "referral_ids",
    "referral_names",
    "error",
    "recognised",  # added last (issue 10): true/false; a row with nothing recognised
)


class JsonlWriter:
    """One JSON object per line: ``{"id": ..., <result keys>}`` or an error record.

    ``detail``: ``compact`` (the batch default) or ``full`` (see jsonout.detail_dict);
    ``at`` is the moment "open now" was judged at, the same for the whole run.
    """

    def __init__(self, detail: str = "full", at: dt.datetime | None = None) -> None:
        from steunwijzer.io.records import detail_dict

        self._shape = detail_dict
        self.detail = detail
        self.at = at
        self._bodies: dict[tuple[tuple[str, ...], str], str] = {}
        self._frames: dict[NeedsKey, tuple[str, ...]] = {}

    def record(self, outcome: Outcome) -> str:
        line = self._record(outcome)
        if outcome.kept:  # the kept input columns close the object, unchanged
            line = line[:-2] + "," + dumps_line(dict(outcome.kept))[1:] + "\n"
        return line

    def _record(self, outcome: Outcome) -> str:
        if outcome.result is None:
            error = {"id": outcome.case_id, "line": outcome.line, "error": outcome.error}
            return dumps_line(error) + "\n"
        if outcome.error is not None:  # a failed row that still carries an acute signal
            data = {
                "id": outcome.case_id,
                **self._shape(outcome.result, outcome.lang, self.detail, self.at),
                "line": outcome.line,
                "error": outcome.error,
            }
            return dumps_line(data) + "\n"
        # The compact frame has no mentions key: rows with mentions are written whole.
        whole = self.detail == "compact" and bool(outcome.result.mentions)
        if outcome.needs_key is not None and outcome.memo_key is None and not whole:
            return self._shared(outcome.result, outcome.needs_key, outcome.case_id, outcome.lang)
        key = outcome.memo_key
        body = self._bodies.get(key) if key is not None else None
        if body is None:
            # without the opening brace
            body = dumps_line(self._shape(outcome.result, outcome.lang, self.detail, self.at))[1:]
            if key is not None and len(self._bodies) < MEMO_LIMIT:
                self._bodies[key] = body
        return '{"id":' + dumps_line(outcome.case_id) + "," + body + "\n"

    def _shared(self, result: TriageResult, needs: NeedsKey, case_id: str, lang: Lang) -> str:
        """A row whose needs repeat an earlier row's: only its reasons (and mentions)
        are serialised; the JSON around them is reused."""
        from steunwijzer.io.records import PER_REQUEST

        own = PER_REQUEST[self.detail if self.detail in PER_REQUEST else "full"]
        frame = self._frames.get(needs)
        if frame is None:
            frame = _frame(self._shape(result, lang, self.detail, self.at), tuple(own))
            if len(self._frames) < MEMO_LIMIT:
                self._frames[needs] = frame
        if not frame:  # a marker clashed with catalogue text: serialise it whole
            body = dumps_line(self._shape(result, lang, self.detail, self.at))[1:]
            return '{"id":' + dumps_line(case_id) + "," + body + "\n"
        parts = [frame[0]]
        for (_name, shape), text in zip(own.items(), frame[1:], strict=True):
            parts += (dumps_line(shape(result)), text)
        return '{"id":' + dumps_line(case_id) + "," + "".join(parts) + "\n"


def _frame(shape: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, ...]:
    """The row's JSON (without its opening brace) cut where the ``keys``' values go:
    len(keys) + 1 pieces, or () if a marker also occurs elsewhere."""
    marks = [f"\x00{i}" for i in range(len(keys))]
    for name, mark in zip(keys, marks, strict=True):
        shape[name] = mark
    text = dumps_line(shape)[1:]
    pieces = [text]
    for mark in marks:
        quoted = dumps_line(mark)
        head = pieces.pop()
        if head.count(quoted) != 1:
            return ()
        pieces += head.split(quoted)
    return tuple(pieces)


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else dumps_line(value)


def csv_row(outcome: Outcome) -> list[str]:
    """The CSV columns of one outcome; kept input columns follow the tool's own."""
    return _csv_row(outcome) + [_cell(value) for _, value in outcome.kept]


def _csv_row(outcome: Outcome) -> list[str]:
    r = outcome.result
    if r is None:
        error = f"line {outcome.line}: {outcome.error}"
        return [outcome.case_id, "", "", "", "", "", "", error, ""]
    return [
        outcome.case_id,
        str(r.tier) if r.recognised else "",
        str(r.urgency) if r.recognised else "",
        ";".join(r.themes),
        "true" if r.screened else "false",
        ";".join(x.offering.id for x in r.referrals),
        ";".join(x.offering.name.get(outcome.lang) for x in r.referrals),
        "" if outcome.error is None else f"line {outcome.line}: {outcome.error}",
        "true" if r.recognised else "false",
    ]


# --csv-dialect: "default" is RFC 4180 with LF line ends; "excel-nl" is what Excel with
# Dutch regional settings opens directly: ';' between fields, CRLF, and a UTF-8 BOM
# (written once, before the header) so accents are read as UTF-8.
CSV_DIALECTS = {"default": (",", "\n"), "excel-nl": (";", "\r\n")}
CSV_BOM = {"default": "", "excel-nl": "\ufeff"}


def csv_line(values: list[str], raw: bool = False, dialect: str = "default") -> str:
    """One CSV line; cells cleaned and formula-neutralised unless ``raw`` (sanitize.csv_cell)."""
    from steunwijzer.io.escape import csv_cell

    delimiter, end = CSV_DIALECTS[dialect]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=end).writerow(
        [csv_cell(v, raw) for v in values]
    )
    return buffer.getvalue()
