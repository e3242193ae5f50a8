"""Streaming batch lookups: cases in (CSV or JSON Lines), one result per case out, in order.

Rows are read one at a time and results written as they are made, so memory stays flat
however long the input. A bad row becomes an error record with its line number and never
stops the batch. Ranked referrals are cached per (tier, themes, language) in the
ReferralIndex, so repeated needs cost almost nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import deque
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TextIO

from steunwijzer.core.interview import replay
from steunwijzer.core.jsonin import (
    MAX_DEPTH,
    Alternatives,
    DuplicateKeyError,
    collect_duplicates,
    loads_lenient,
    loads_strict,
)
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.requests import check_limits, resolve_themes
from steunwijzer.core.salvage import acute_part
from steunwijzer.core.triage import (
    TriageResult,
    classify,
    needs_key,
    text_reasons,
    theme_reason,
    unrecognised,
    with_reasons,
)
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import SteunwijzerError, UserInputError

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Finding

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
MAX_FIELD = 1_000_000
MAX_RECORD_LINES = 200  # lines one quoted CSV field may span before it counts as unclosed
MEMO_LIMIT = 50_000  # distinct theme lists remembered; bounds memory on odd inputs
Kept = tuple[tuple[str, object], ...]
NeedsKey = tuple[tuple[tuple[object, ...], ...], str]  # (triage.needs_key, language)


@dataclass(frozen=True, slots=True)
class Case:
    line: int
    id: str
    themes: tuple[str, ...] = ()
    text: str | None = None
    answers: dict[str, object] = field(default_factory=dict)
    lang: Lang | None = None
    kept: Kept = ()


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    id: str
    error: str
    raw: str = ""  # the row's text, searched for acute signals (see BatchRunner.salvage)
    answers: dict[str, object] = field(default_factory=dict)  # what could still be read
    kept: Kept = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    case_id: str
    line: int
    result: TriageResult | None
    error: str | None
    # Set when the result depends only on (themes as written, language): such results
    # are memoised, and so is their JSON, since batch inputs repeat the same needs.
    memo_key: tuple[tuple[str, ...], str] | None = None
    kept: Kept = ()  # input columns copied unchanged into the result row (batch --keep)
    # Set when every key but the reasons (and mentions) depends only on what was found:
    # the JSON around them is then shared by rows with the same needs (JsonlWriter).
    needs_key: NeedsKey | None = None


def _lang(value: object, line: int) -> Lang | None:
    if value in (None, ""):
        return None
    if value in ("nl", "en"):
        return value
    raise UserInputError(f"lang must be nl or en, got {value!r}")


def _case_from_mapping(data: dict[str, Any], line: int, row_number: int) -> Case:
    case_id = data.get("id")
    if case_id in (None, ""):
        case_id = str(row_number)
    elif isinstance(case_id, int) and not isinstance(case_id, bool):
        case_id = str(case_id)
    elif not isinstance(case_id, str):
        raise UserInputError("id must be text or a whole number")
    themes = data.get("themes")
    if themes is None:
        themes = ()
    if isinstance(themes, str):
        themes = [t for t in themes.split(";") if t.strip()]
    if not isinstance(themes, list | tuple) or not all(isinstance(t, str) for t in themes):
        raise UserInputError("themes must be a list of theme names")
    text = data.get("text")
    if text is not None and not isinstance(text, str):
        raise UserInputError("text must be a string")
    answers = data.get("answers")
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        raise UserInputError("answers must be a mapping of question id to answer")
    return Case(line, case_id, tuple(themes), text, dict(answers), _lang(data.get("lang"), line))


def _bad_bytes(text: str) -> bool:
    """The input is decoded with surrogateescape: undecodable bytes show up as surrogates."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")  # lone surrogates cannot be encoded; checked at C speed
    except UnicodeEncodeError:
        return True
    return False


NOT_UTF8 = "not valid UTF-8; save the file as UTF-8"


def clean(text: str) -> str:
    """Text decoded with surrogateescape, with undecodable bytes as U+FFFD (for output)."""
    if not _bad_bytes(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _row_id(data: dict[str, Any], row: int) -> str:
    value = data.get("id")
    if value in (None, ""):
        return str(row)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return clean(value) if isinstance(value, str) else str(row)


def _duplicate_row(
    line: str, line_number: int, row: int, exc: DuplicateKeyError, keep: tuple[str, ...] = ()
) -> RowError:
    """A row refused for a duplicate key; its answers are kept with every value given."""
    data = loads_lenient(line)
    answers = data.get("answers") if isinstance(data, dict) else None
    if isinstance(answers, Alternatives):  # "answers" itself given twice
        answers = collect_duplicates(
            [pair for given in answers if isinstance(given, dict) for pair in given.items()]
        )
    row_id = _row_id(data, row) if isinstance(data, dict) else str(row)
    return RowError(
        line_number,
        row_id,
        f"invalid JSON: {exc}",
        clean(line),
        dict(answers) if isinstance(answers, dict) else {},
        _kept(data, keep) if isinstance(data, dict) else (),
    )


def _kept(data: dict[str, Any], keep: tuple[str, ...]) -> Kept:
    return tuple(
        (name, clean(value) if isinstance(value, str) else value)
        for name, value in ((name, data.get(name)) for name in keep)
    )


def read_jsonl(stream: TextIO, keep: tuple[str, ...] = ()) -> Iterator[Case | RowError]:
    """Cases from JSON Lines; the ``keep`` keys are copied to the result, never read."""
    row = 0
    for line_number, raw in enumerate(stream, 1):
        line = raw.lstrip("\ufeff") if line_number == 1 else raw
        if not line.strip():
            continue
        row += 1
        # The whole line is kept with an error: it is searched for acute signals.
        try:
            data = loads_strict(line)
        except json.JSONDecodeError as exc:
            message = NOT_UTF8 if _bad_bytes(line) else f"invalid JSON: {exc.msg}"
            yield RowError(line_number, str(row), message, clean(line))
            continue
        except RecursionError:
            message = f"invalid JSON: nested more than {MAX_DEPTH} levels deep"
            yield RowError(line_number, str(row), message, clean(line))
            continue
        except DuplicateKeyError as exc:
            yield _duplicate_row(line, line_number, row, exc, keep)
            continue
        except ValueError as exc:  # too deep
            yield RowError(line_number, str(row), f"invalid JSON: {exc}", clean(line))
            continue
        if not isinstance(data, dict):
            yield RowError(line_number, str(row), "each line must be a JSON object", clean(line))
            continue
        kept = _kept(data, keep)
        if _bad_bytes(line):
            yield RowError(line_number, _row_id(data, row), NOT_UTF8, clean(line), kept=kept)
            continue
        try:
            case = _case_from_mapping(data, line_number, row)
        except UserInputError as exc:
            yield RowError(line_number, _row_id(data, row), str(exc), line, kept=kept)
            continue
        yield replace(case, kept=kept) if kept else case


def csv_records(stream: TextIO) -> Iterator[tuple[int, str, bool]]:
    """(first line, text, complete) per CSV record; a broken record gives its first line.

    A quoted field may span lines, so a record ends where its quotes balance (quotes
    inside a field are doubled, so counting them is exact). A quote that is still open
    after MAX_RECORD_LINES lines, or at the end, is a broken record: it is reported at
    its first line and reading starts again on the next line, so one stray quote cannot
    swallow every row after it.
    """
    source = enumerate(stream, 1)
    pushback: deque[tuple[int, str]] = deque()

    def next_line() -> tuple[int, str] | None:
        return pushback.popleft() if pushback else next(source, None)

    while (first := next_line()) is not None:
        taken = [first]
        quotes = first[1].count('"')
        while quotes % 2 and len(taken) < MAX_RECORD_LINES:
            following = next_line()
            if following is None:
                break
            taken.append(following)
            quotes += following[1].count('"')
        text = "".join(part for _, part in taken)
        if quotes % 2 or (len(taken) > 1 and not _strictly_valid(text)):
            # A real multi-line field closes with a quote before a delimiter or the line
            # end; a stray quote pairing with a later row's opening quote does not.
            yield first[0], first[1], False
            pushback.extendleft(reversed(taken[1:]))
            continue
        yield first[0], text, True


def _strictly_valid(text: str) -> bool:
    try:
        next(csv.reader([text], strict=True), None)
    except csv.Error:
        return False
    return True


def read_csv(
    stream: TextIO, keep: tuple[str, ...] = (), questions: Collection[str] | None = None
) -> Iterator[Case | RowError]:
    """Cases from CSV; the header row gives the delimiter and the columns (see csvinput).

    The ``keep`` columns are copied to the result, not read as answers.
    """
    from steunwijzer.io.csvinput import check_header, parse_record, sniff_delimiter

    csv.field_size_limit(MAX_FIELD)
    records = csv_records(stream)
    for start, text, complete in records:
        if complete and not text.strip():
            continue
        delimiter = sniff_delimiter(text)
        problem: str | None = "CSV header has an unclosed quote"
        columns: list[str] = []
        if complete:
            try:
                names = parse_record(text, delimiter)
                names[:1] = [n.lstrip("\ufeff") for n in names[:1]]
                columns, problem = check_header(names, questions, keep)
            except csv.Error as exc:
                problem = f"CSV header: {exc}"
        if problem is not None:
            # Nothing can be read as a case, but every cell is still searched for an
            # acute signal: the header (it may be a case) and each row, as error records.
            yield RowError(start, "header", problem, clean(text))
            yield from _refused_rows(records, problem)
        else:
            yield from _csv_rows(records, columns, delimiter, keep)
        return


def _refused_rows(
    records: Iterator[tuple[int, str, bool]], problem: str
) -> Iterator[Case | RowError]:
    row = 0
    for start, text, _complete in records:
        if text.strip():
            row += 1
            yield RowError(start, str(row), f"not read: {problem}", clean(text))


def _csv_rows(
    records: Iterator[tuple[int, str, bool]],
    columns: list[str],
    delimiter: str,
    keep: tuple[str, ...] = (),
) -> Iterator[Case | RowError]:
    from steunwijzer.io.csvinput import parse_record

    row = 0
    for start, text, complete in records:
        if complete and not text.strip():
            continue
        row += 1
        if not complete:
            yield RowError(start, str(row), "unbalanced quote: a quoted field is not closed", text)
            continue
        try:
            values = parse_record(text, delimiter)
        except csv.Error as exc:
            yield RowError(start, str(row), f"CSV: {exc}", text)
            continue
        yield _csv_case(columns, values, start, row, delimiter, keep)


def _csv_case(
    header: list[str],
    values: list[str],
    start: int,
    row: int,
    delimiter: str = ",",
    keep: tuple[str, ...] = (),
) -> Case | RowError:
    from steunwijzer.io.csvinput import mapping, theme_separator

    raw = " ".join(values)
    if len(values) != len(header):
        return RowError(start, str(row), f"expected {len(header)} fields, got {len(values)}", raw)
    if any(_bad_bytes(v) for v in values):
        return RowError(start, str(row), NOT_UTF8, clean(raw))
    data, nul, columns = mapping(header, values, theme_separator(delimiter), keep)
    kept = _kept(columns, keep)
    if nul:
        return RowError(start, _row_id(data, row), "row contains a NUL byte", raw, kept=kept)
    try:
        case = _case_from_mapping(data, start, row)
    except UserInputError as exc:
        return RowError(start, _row_id(data, row), str(exc), raw, kept=kept)
    return replace(case, kept=kept) if kept else case


def sniff_format(name: str, head: str) -> str:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".csv", ".tsv")):
        return "csv"
    first = head.lstrip("\ufeff \t\r\n")[:1]
    return "jsonl" if first in ("{", "[") else "csv"


class BatchRunner:
    """Classifies cases with one catalogue, index and vocabulary for the whole run.

    Two memos keep repeated needs cheap: results by (themes as written, language) for
    rows that hold only themes, and classifications by what was found (`needs_key`) for
    rows with free text, whose words differ row by row while their needs repeat.
    """

    def __init__(self, catalog: Catalog, index: ReferralIndex, lang: Lang) -> None:
        self.catalog = catalog
        self.index = index
        self.lang = lang
        self.vocabulary = Vocabulary(catalog.themes)
        self._memo: dict[tuple[tuple[str, ...], str], TriageResult] = {}
        self._needs: dict[NeedsKey, TriageResult] = {}

    def run(self, item: Case | RowError) -> Outcome:
        if isinstance(item, RowError):
            salvaged = self.salvage(Case(item.line, item.id, text=item.raw, answers=item.answers))
            return Outcome(item.id, item.line, salvaged, item.error, kept=item.kept)
        key = None
        if not item.answers and not (item.text and item.text.strip()):
            key = (item.themes, item.lang or self.lang)
            cached = self._memo.get(key)
            if cached is not None:
                return Outcome(item.id, item.line, cached, None, key, item.kept)
        try:
            result, needs = self._classify(item)
        except SteunwijzerError as exc:
            return Outcome(item.id, item.line, self.salvage(item), str(exc), kept=item.kept)
        if key is not None and len(self._memo) < MEMO_LIMIT:
            self._memo[key] = result
        return Outcome(item.id, item.line, result, None, key, item.kept, needs)

    def salvage(self, case: Case) -> TriageResult | None:
        """The acute part of a row that failed (see salvage.acute_part)."""
        return acute_part(
            self.catalog,
            self.index,
            self.vocabulary,
            case.lang or self.lang,
            "batch",
            case.themes,
            case.text,
            case.answers,
        )

    def classify(self, case: Case) -> TriageResult:
        return self._classify(case)[0]

    def _classify(self, case: Case) -> tuple[TriageResult, NeedsKey | None]:
        """The result, and the key of its needs when it may be shared (no answers)."""
        check_limits(case.themes, case.text)
        lang = case.lang or self.lang
        if case.answers:
            result = replay(self.catalog, case.answers, lang, self.index)
            extra = list(result.reasons)
        else:
            result, extra = None, []
        theme_ids = resolve_themes(self.vocabulary, case.themes)
        if theme_ids:
            extra.append(
                theme_reason(self.catalog, theme_ids, "batch.themes", ";".join(case.themes))
            )
        mentions: tuple[Finding, ...] = ()
        if case.text and case.text.strip():
            recognition = self.vocabulary.read(case.text)
            extra += text_reasons(recognition, "batch")
            mentions = recognition.mentions
        if result is None and not extra:  # no answers, and nothing recognised
            return unrecognised(self.catalog, self.index, lang, mentions), None
        if result is not None:
            answers = dict(result.answers)
            return classify(
                self.catalog, extra, lang, self.index, result.screened, answers, mentions
            ), None
        needs = (needs_key(extra), lang)
        shared = self._needs.get(needs)
        if shared is not None:
            return with_reasons(shared, self.catalog, extra, mentions), needs
        fresh = classify(self.catalog, extra, lang, self.index, False, None, mentions)
        if len(self._needs) < MEMO_LIMIT:
            self._needs[needs] = fresh
        return fresh, needs


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
            line = line[:-2] + "," + _dumps(dict(outcome.kept))[1:] + "\n"
        return line

    def _record(self, outcome: Outcome) -> str:
        if outcome.result is None:
            error = {"id": outcome.case_id, "line": outcome.line, "error": outcome.error}
            return _dumps(error) + "\n"
        if outcome.error is not None:  # a failed row that still carries an acute signal
            data = {
                "id": outcome.case_id,
                **self._shape(outcome.result, self.detail, self.at),
                "line": outcome.line,
                "error": outcome.error,
            }
            return _dumps(data) + "\n"
        if outcome.needs_key is not None and outcome.memo_key is None:
            return self._shared(outcome.result, outcome.needs_key, outcome.case_id)
        key = outcome.memo_key
        body = self._bodies.get(key) if key is not None else None
        if body is None:
            # without the opening brace
            body = _dumps(self._shape(outcome.result, self.detail, self.at))[1:]
            if key is not None and len(self._bodies) < MEMO_LIMIT:
                self._bodies[key] = body
        return '{"id":' + _dumps(outcome.case_id) + "," + body + "\n"

    def _shared(self, result: TriageResult, needs: NeedsKey, case_id: str) -> str:
        """A row whose needs repeat an earlier row's: only its reasons (and mentions)
        are serialised; the JSON around them is reused."""
        from steunwijzer.io.records import PER_REQUEST

        own = PER_REQUEST[self.detail if self.detail in PER_REQUEST else "full"]
        frame = self._frames.get(needs)
        if frame is None:
            frame = _frame(self._shape(result, self.detail, self.at), tuple(own))
            if len(self._frames) < MEMO_LIMIT:
                self._frames[needs] = frame
        if not frame:  # a marker clashed with catalogue text: serialise it whole
            body = _dumps(self._shape(result, self.detail, self.at))[1:]
            return '{"id":' + _dumps(case_id) + "," + body + "\n"
        parts = [frame[0]]
        for (_name, shape), text in zip(own.items(), frame[1:], strict=True):
            parts += (_dumps(shape(result)), text)
        return '{"id":' + _dumps(case_id) + "," + "".join(parts) + "\n"


def _frame(shape: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, ...]:
    """The row's JSON (without its opening brace) cut where the ``keys``' values go:
    len(keys) + 1 pieces, or () if a marker also occurs elsewhere."""
    marks = [f"\x00{i}" for i in range(len(keys))]
    for name, mark in zip(keys, marks, strict=True):
        shape[name] = mark
    text = _dumps(shape)[1:]
    pieces = [text]
    for mark in marks:
        quoted = _dumps(mark)
        head = pieces.pop()
        if head.count(quoted) != 1:
            return ()
        pieces += head.split(quoted)
    return tuple(pieces)


# One encoder for every row: json.dumps builds a new one per call when given options.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dumps(data: object) -> str:
    from steunwijzer.io.escape import json_safe

    return json_safe(_ENCODE(data))


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else _dumps(value)


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
        ";".join(x.offering.name.get(r.lang) for x in r.referrals),
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
