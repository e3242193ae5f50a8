"""Reading batch cases: JSON Lines or CSV in, one ``Case`` (or ``RowError``) per row, in
order, one row at a time. A bad row becomes an error record with its line number and the
row's text, which is still searched for acute signals (see batch.BatchRunner.salvage);
a CSV file's header is checked first (duplicate, empty or missing columns).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, TextIO

from steunwijzer.core.answer_errors import shown
from steunwijzer.core.answers import question_key
from steunwijzer.core.jsonin import (
    MAX_DEPTH,
    Alternatives,
    DuplicateKeyError,
    collect_duplicates,
    loads_lenient,
    loads_strict,
)
from steunwijzer.core.model import Lang
from steunwijzer.core.question_keys import given_answer
from steunwijzer.core.salvage import safety_lines
from steunwijzer.errors import UserInputError
from steunwijzer.io.csvrecords import csv_records as csv_records
from steunwijzer.io.lines import TOO_LONG, CutLine, clean, joined_records, windows_1252
from steunwijzer.io.rowkeys import (
    answers_of,
    merged,
    near_answers,
    not_an_object,
    raw_id,
    row_id,
    row_keys,
    top_answers,
    top_level_answers,
    unread_keys,
    unwrapped,
)

MAX_FIELD = 1_000_000
Kept = tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class Case:
    """One batch row as read: its themes, text, answers and kept columns."""

    line: int
    id: str
    themes: tuple[str, ...] = ()
    text: str | None = None
    answers: dict[str, object] = field(default_factory=dict)
    lang: Lang | None = None
    kept: Kept = ()
    # (key, its text) of JSON keys that are not read: searched for an acute signal only.
    unread: tuple[tuple[str, str], ...] = ()
    id_given: bool = True  # False: the id is the row number (the row gave none)


@dataclass(frozen=True, slots=True)
class RowError:
    """A batch row that could not be read, with what could still be salvaged."""

    line: int
    id: str
    error: str
    raw: str = ""  # the row's text, searched for acute signals (see BatchRunner.salvage)
    answers: dict[str, object] = field(default_factory=dict)  # what could still be read
    kept: Kept = ()


def _lang(value: object, line: int) -> Lang | None:
    if value in (None, ""):
        return None
    if value in ("nl", "en"):
        return value
    said = str(value).strip().lower()[:2] if isinstance(value, str) else ""
    if said in ("nl", "en") and str(value).strip()[2:3] in ("", "-", "_"):
        return "nl" if said == "nl" else "en"  # "NL", "nl-NL", "en-GB" (round 14)
    raise UserInputError(f"lang must be nl or en, got {shown(value, 60)}")  # not 200 KB (r31)


def _case_from_mapping(data: dict[str, Any], line: int, row_number: int) -> Case:
    data = row_keys(data)
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
    lang = _lang(data.get("lang"), line)
    given = data.get("id") not in (None, "")
    answers = {k: v for k, v in answers.items() if given_answer(v)}  # not null, not ""
    return Case(line, case_id, tuple(themes), text, answers, lang, id_given=given)


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
    rid = row_id(data, row) if isinstance(data, dict) else str(row)
    return RowError(
        line_number,
        rid,
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


def read_jsonl(
    stream: TextIO, keep: tuple[str, ...] = (), questions: Collection[str] | None = None
) -> Iterator[Case | RowError]:
    """Cases from JSON Lines; the ``keep`` keys are copied to the result, never read; a
    top-level key that is a question id (any case) is read as that question's answer."""
    ids = {question_key(q): q for q in questions or ()}
    row = 0
    from steunwijzer.io.jsonarray import UNCLOSED, Unclosed, document_or_lines, joined_objects

    found, lines, first = document_or_lines(stream)
    for row, (line_number, record) in enumerate(found, 1):  # one JSON array of cases
        if isinstance(record, Unclosed):
            yield RowError(line_number, str(row), UNCLOSED)
            continue
        yield _jsonl_row(record, line_number, row, keep, ids, questions)
    for line_number, raw in joined_objects(lines, first):
        line = windows_1252(raw.lstrip("\ufeff") if line_number == 1 else raw)
        if not line.strip():
            continue
        row += 1
        if isinstance(raw, CutLine):
            rid = raw_id(line, row)
            yield RowError(line_number, rid, TOO_LONG, clean(line), safety_lines(line))
            continue
        read = _jsonl_row(line, line_number, row, keep, ids, questions)
        # Looked for only in a line that failed: searching every line cost 7% of a batch.
        records = joined_records(line) if isinstance(read, RowError) else []
        if len(records) == 1:
            from steunwijzer.io.jsonarray import objects_in_line

            records = objects_in_line(line)
        if len(records) > 1 or records[:1] not in ([], [line]):  # or one case in [...]
            yield _jsonl_row(records[0], line_number, row, keep, ids, questions)
            for record in records[1:]:
                row += 1
                yield _jsonl_row(record, line_number, row, keep, ids, questions)
            continue
        yield read


def _jsonl_row(  # the reading state of read_jsonl, passed on
    line: str, number: int, row: int, keep: tuple[str, ...], ids: dict[str, str], questions: Any
) -> Case | RowError:
    """One JSON object; a bad one is kept whole with its error (searched for acute signals)."""
    line_number = number
    try:
        data = loads_strict(line)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg}"
        return RowError(line_number, raw_id(line, row), message, clean(line), safety_lines(line))
    except RecursionError:
        message = f"invalid JSON: nested more than {MAX_DEPTH} levels deep"  # its "ja" read (r67)
        return RowError(line_number, raw_id(line, row), message, clean(line), safety_lines(line))
    except DuplicateKeyError as exc:
        return _duplicate_row(line, line_number, row, exc, keep)
    except ValueError as exc:  # too deep, or a number of thousands of digits
        said = "a number of more than 4,300 digits" if "digits" in str(exc) else str(exc)
        message = f"invalid JSON: {said}"
        return RowError(line_number, raw_id(line, row), message, clean(line), safety_lines(line))
    data = unwrapped(data)
    if not isinstance(data, dict):
        return RowError(line_number, str(row), *not_an_object(data, clean(line)))
    kept = _kept(data, keep)
    try:
        if ids:
            data = top_level_answers(data, ids)
        case = _case_from_mapping(data, line_number, row)
        unread = unread_keys(data, keep, ids)
    except UserInputError as exc:
        answers = merged(answers_of(data), top_answers(data, questions))
        answers = merged(answers, near_answers(data, questions or ()))
        return RowError(line_number, row_id(data, row), str(exc), line, kept=kept, answers=answers)
    return replace(case, kept=kept, unread=unread) if kept or unread else case


def read_csv(
    stream: TextIO, keep: tuple[str, ...] = (), questions: Collection[str] | None = None
) -> Iterator[Case | RowError]:
    """Cases from CSV; the header row gives the delimiter and the columns (see csvinput).

    The ``keep`` columns are copied to the result, not read as answers.
    """
    from steunwijzer.io.csvinput import (
        check_header,
        columns_answering,
        id_alias,
        json_id,
        parse_record,
        sep_line,
        sniff_delimiter,
    )

    csv.field_size_limit(MAX_FIELD)
    records = csv_records(stream)
    excel_sep: str | None = None
    for start, text, complete in records:
        # Blank, or an empty spreadsheet row (";;"), before the header, after a BOM too:
        # "\ufeff" alone was a header with no names, every row lost (round 29, H3).
        if complete and not text.lstrip("\ufeff").strip(" \t\r\n;,"):
            continue
        if excel_sep is None and complete and (excel_sep := sep_line(text)):
            continue  # Excel's "sep=;" line: the header follows
        delimiter = excel_sep or sniff_delimiter(text)
        if excel_sep and excel_sep not in text and sniff_delimiter(text) in text:
            delimiter = sniff_delimiter(text)  # "sep=," over a ";" file (round 21)
        problem: str | None = "CSV header has an unclosed quote"
        columns: list[str] = []
        names: list[str] = []
        if complete:
            try:
                # BOM off first: it kept the quotes in '"id"' (round 31, H2)
                names = [windows_1252(n) for n in parse_record(text.lstrip("\ufeff"), delimiter)]
                columns, problem = check_header(names, questions, keep)
            except csv.Error as exc:
                problem = f"CSV header: {exc}"
        if problem is not None:
            # Nothing can be read as a case, but every cell is still searched for an
            # acute signal: the header (it may be a case) and each row, as error records.
            # A form export's question texts in the header are no case (round 14)
            answered = columns_answering(names, questions)
            asked = [n for n, q in zip(names, answered, strict=True) if q is not None]
            said = delimiter.join(n for n in names if n not in asked) if asked else text
            yield RowError(start, json_id(text) or "header", problem, clean(said))
            near = {i: q for i, q in enumerate(answered if complete else []) if q}
            # "Nr." beside a refused "Tekst" numbered each row (round 33, S1): its ids kept
            ids = [i for i, n in enumerate(names) if n.strip().lower() == "id"][:1] or [
                alias - 1 for alias in [id_alias(names, {})] if alias
            ]
            # Each row names the header's line: its whole error per row buried them (r28)
            header = f"see the CSV header, line {start}"
            yield from _refused_rows(records, header, near, delimiter, ids[0] if ids else None)
        else:
            yield from _csv_rows(records, columns, delimiter, keep)
        return


def _refused_rows(
    records: Iterator[tuple[int, str, bool]],
    problem: str,
    near: dict[int, str] | None = None,
    delimiter: str = ",",
    id_column: int | None = None,
) -> Iterator[Case | RowError]:
    """Each row as an error record; the cells under question columns (or columns that
    are near one) are kept as answers for the row's acute part, a "no" never over a yes
    or a doubt in a column of the same name. A row keeps the id in its "id" column: one
    unknown column numbered the rows 1, 2, ... and the acute result of student 7 went
    out as id 1, another student's (an outsiders' hostile round, round 16)."""
    from steunwijzer.io.csvinput import answers_in_cells, json_id, parse_record, said_no

    row = 0
    for start, text, _complete in records:
        if text.strip():
            row += 1
            cells = parse_record(text, delimiter)
            answers: dict[str, object] = {}
            for i, q in (near or {}).items():
                held = answers.get(q)
                if i < len(cells) and cells[i] and (held is None or said_no(held)):
                    answers[q] = cells[i]
            given = (
                cells[id_column].strip() if id_column is not None and id_column < len(cells) else ""
            )
            rid = given or json_id(text) or (f"line {start}" if id_column is not None else str(row))
            # Each cell a sentence of its own: "ik wil dood,Statistics" read "Statistics"
            # as the frame of the wish, and the row kept no crisis line (round 21).
            said = "\n. ".join(c for c in cells if c.strip()) or text
            yield RowError(
                start, rid, f"not read: {problem}", clean(said), answers_in_cells(cells, answers)
            )


def _csv_rows(
    records: Iterator[tuple[int, str, bool]],
    columns: list[str],
    delimiter: str,
    keep: tuple[str, ...] = (),
) -> Iterator[Case | RowError]:
    from steunwijzer.io.csvinput import parse_record, unparsed_row

    row = 0
    for start, text, complete in records:
        # A blank row, or an empty spreadsheet row (";;"), is no case.
        if complete and not text.lstrip("\ufeff").strip(" \t\r\n;,"):
            continue
        row += 1
        if not complete:
            problem = (
                TOO_LONG
                if isinstance(text, CutLine)
                else "unbalanced quote: a quoted field is not closed"
            )
            yield unparsed_row(start, row, text, columns, delimiter, problem)
            continue
        try:
            values = [windows_1252(v).lstrip("\ufeff") for v in parse_record(text, delimiter)]
        except csv.Error as exc:
            yield unparsed_row(start, row, text, columns, delimiter, f"CSV: {exc}")
            continue
        if [v.strip().lower() for v in values] == [c.lower() for c in columns]:
            row -= 1  # the header again: two exports joined (a hostile round, round 21)
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
    from steunwijzer.io.csvinput import (
        fit_unnamed,
        mapping,
        named_values,
        one_column,
        theme_separator,
    )

    raw = "\n. ".join(v for v in values if v.strip())  # each cell its own sentence
    values, unnamed = fit_unnamed(header, one_column(header, values, delimiter))
    # Empty cells past the last column, as a spreadsheet writes them ("s1,tekst,,"):
    # refused, the row not read (a hostile round, round 45)
    while len(values) > len(header) and not values[-1].strip():
        values = values[:-1]
    if unnamed is not None:
        return RowError(
            start, dict(zip(header, values, strict=False)).get("id") or str(row), unnamed, raw
        )
    if len(values) != len(header):
        # The cells that do stand under a header are still read for an acute part: a "ja"
        # to a safety question in a ragged row was lost (an outside hostile-input test).
        cells: dict[str, object] = {
            h.strip().lower(): v for h, v in zip(header, values, strict=False)
        }
        message = f"expected {len(header)} fields, got {len(values)}"
        # Its own id: the row number was another student's id (round 14)
        return RowError(start, str(cells.get("id") or row), message, raw, answers=cells)
    data, nul, columns = mapping(header, values, theme_separator(delimiter), keep)
    kept = _kept(columns, keep)
    if nul:
        answers = named_values(header, values)  # its "ja" read (a hostile round, r67)
        return RowError(
            start, row_id(data, row), "row contains a NUL byte", raw, answers, kept=kept
        )
    try:
        case = _case_from_mapping(data, start, row)
    except UserInputError as exc:
        answers = answers_of(data)
        return RowError(start, row_id(data, row), str(exc), raw, kept=kept, answers=answers)
    return replace(case, kept=kept) if kept else case
