"""Reading batch cases from CSV: the header row decides the delimiter and the columns.

The delimiter is taken from the header row: a comma, a semicolon (the Dutch spreadsheet
default) or a tab, whichever it holds most of. Header names match case-insensitively.
Within the ``themes`` cell themes are separated by ``;``, or by ``,`` when ``;`` is the
delimiter.

A header with a duplicate, empty or unknown column, or a file whose first row is a
case instead of a header, is an error naming the column. Every cell of such a file is
still searched for acute signals: each row becomes an error record carrying its text,
which the runner salvages (see salvage.acute_part).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from steunwijzer.catalog.spec import ID_PATTERN
from steunwijzer.core.answers import NO_WORDS, near_question, question_key
from steunwijzer.core.question_keys import asked_by
from steunwijzer.core.textnorm import did_you_mean
from steunwijzer.io.rowkeys import ID_NAMES

if TYPE_CHECKING:
    from steunwijzer.io.caseread import RowError

RESERVED = ("id", "themes", "text", "answers", "lang")
DELIMITERS = (",", ";", "\t", "|")  # "|": a pipe-delimited export (round 25, H11)
_ID = re.compile(ID_PATTERN)


def sniff_delimiter(header_text: str) -> str:
    """The delimiter the header row uses most (outside quotes); a comma by default."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header_text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def theme_separator(delimiter: str) -> str:
    return "," if delimiter == ";" else ";"


def check_header(
    names: list[str], questions: Collection[str] | None, keep: Collection[str] = ()
) -> tuple[list[str], str | None]:
    """(normalised column names, the first problem or None).

    Without ``questions`` (no catalogue at hand) any name that looks like a question id
    is taken as an answer column.
    """
    known = {q.lower(): q for q in questions or ()}
    kept = {k.lower(): k for k in keep}  # batch --keep: copied, never read
    named_id = id_alias(names, kept)
    columns: list[str] = []
    seen: dict[str, int] = {}
    problem: str | None = None
    for position, raw in enumerate(names, 1):
        name = "id" if position == named_id else raw.strip().lower()
        # Past the first problem the header is refused anyway: a million columns took
        # three minutes matching each name against the questions' texts (round 17's
        # hostile round, F15). The names stay, for the cells to be searched.
        by_text = asked_by(raw, questions) if problem is None or position <= 1000 else None
        if by_text is not None:
            name = by_text.lower()  # a form export names a column by its question
        column = kept.get(name) or (name if name in RESERVED else known.get(name, name))
        columns.append(column)
        if problem is not None:
            continue
        if not name and any(n.strip() for n in names[position:]):
            # Only between named columns: Excel's empty columns at the end ("id;themes;
            # text;;") refused every row (a hostile round, round 31, H9); see fit_unnamed
            problem = f"CSV header: column {position} has no name"
        elif name in seen:
            problem = (
                f"CSV header: duplicate column '{raw.strip()}' "
                f"(columns {seen[name]} and {position})"
            )
        elif name == "answers":
            problem = (
                "CSV header: column 'answers' is for JSON Lines; in CSV each answer has "
                "a column named after its question id"
            )
        elif (
            name
            and name not in RESERVED
            and name not in known
            and name not in kept
            and (questions is not None or not _ID.match(name))
        ):
            hint = did_you_mean(name, [*RESERVED, *known])
            problem = (
                f"CSV header: unknown column '{raw.strip()}'{hint}: not a question id; the "
                "first row must name the columns (id, themes, text, lang or question ids; "
                f"--keep {raw.strip()} copies a column into the results)"
            )
        if name:
            seen.setdefault(name, position)
    answer_columns = {c for c in columns if c not in RESERVED and c not in keep}
    if problem is None and not ({"themes", "text"} & set(columns) or answer_columns):
        problem = "CSV header: missing column 'themes' or 'text' (or an answer column)"
    return columns, problem


def fit_unnamed(header: list[str], values: list[str]) -> tuple[list[str], str | None]:
    """A row's cells fitted to a header whose last columns have no name: missing cells
    there are empty; a value under such a column is a problem (never dropped unread: it
    may be the student's words)."""
    named = len(header)
    while named and not header[named - 1]:
        named -= 1
    if named < len(header) and named <= len(values) < len(header):
        values = values + [""] * (len(header) - len(values))
    for position, value in enumerate(values[named : len(header)], named + 1):
        if value.strip():
            return values, f"a value in column {position}, which has no name in the header"
    return values, None


def one_column(header: list[str], values: list[str], delimiter: str) -> list[str]:
    """A file of one column has nothing to split on: "ik heb stress, en ik slaap slecht"
    under "text" was refused as two fields (a hostile round, round 62); joined again."""
    return [delimiter.join(values)] if len(header) == 1 and len(values) > 1 else values


def parse_record(text: str, delimiter: str) -> list[str]:
    return next(csv.reader([text], delimiter=delimiter), [])


def mapping(
    columns: list[str], values: list[str], separator: str, keep: tuple[str, ...] = ()
) -> tuple[dict[str, Any], bool, dict[str, str]]:
    """(case fields with answers collected, whether a cell holds a NUL byte, kept cells)."""
    data: dict[str, Any] = {}
    answers: dict[str, object] = {}
    kept: dict[str, str] = {}
    nul = False
    for key, value in zip(columns, values, strict=True):
        nul = nul or "\x00" in value
        if key in keep:
            kept[key] = value
        elif key in RESERVED:
            data[key] = value
        elif key and value.strip():
            answers[key] = value
    themes = data.get("themes")
    if isinstance(themes, str):
        data["themes"] = [t.strip() for t in themes.split(separator) if t.strip()]
    data["answers"] = answers
    data["text"] = data.get("text") or None
    return data, nul, kept


def sep_line(text: str) -> str | None:
    """The delimiter an Excel "sep=;" first line names, or None: such a file had every
    row refused (an outsiders' hostile round, round 10)."""
    said = text.lstrip("\ufeff").strip()
    return said[4] if len(said) == 5 and said.lower().startswith("sep=") else None


def columns_answering(names: list[str], questions: Collection[str] | None) -> list[str | None]:
    """The question each column of a refused header answers: its own id, or the id it is
    a misspelling of ("safety_thougths"). Misspellings and question texts are looked for
    in the first 1,000 columns: a million columns took three minutes (round 17's hostile
    round, F15); an exact id is found in every column."""
    ids = {question_key(q): q for q in questions or ()}
    found: list[str | None] = []
    for position, name in enumerate(names):
        own = ids.get(question_key(name))
        if own is None and position < 1000:
            own = asked_by(name, questions)
            if own is None:
                near = near_question(name, ids)
                own = ids[near] if near else None
        found.append(own)
    return found


def id_alias(names: list[str], kept: dict[str, str]) -> int | None:
    """The position (from 1) of the column that names the id another way, or None."""
    said = [n.strip().lower() for n in names]
    if "id" in said:
        return None
    found = [i for i, n in enumerate(said, 1) if n in ID_NAMES and n not in kept]
    return found[0] if len(found) == 1 else None


def json_id(text: str) -> str | None:
    """A JSON Lines file named .csv: each line is a case with an id of its own."""
    if text.lstrip().startswith("{"):
        try:
            found = json.loads(text)
        except ValueError:
            return None
        if isinstance(found, dict) and isinstance(found.get("id"), str | int):
            return str(found["id"])
    return None


def said_no(value: object) -> bool:
    return str(value).strip().lower() in NO_WORDS


def answers_in_cells(cells: list[str], answers: dict[str, object]) -> dict[str, object]:
    """``answers`` with those of a cell that holds a JSON mapping: an 'answers' column in
    a refused CSV header lost a "yes" on the safety screen, and the row its crisis line
    (a hostile round, round 64). What is already there stays; bounded like a cell."""
    for cell in cells:
        if not cell.lstrip().startswith("{") or len(cell) > 100_000:
            continue
        try:
            found = json.loads(cell)
        except (ValueError, RecursionError):
            continue
        if isinstance(found, dict):
            for key, value in found.items():
                answers.setdefault(str(key), value)
    return answers


def cells_as_named(columns: list[str], text: str, delimiter: str) -> dict[str, object]:
    """The cells of a record that could not be parsed (an unclosed quote, a CSV error),
    split plainly and named by the header, so that a "ja" in a safety column is still
    read for the acute part: it was lost with the row (a hostile round, round 67)."""
    cells = [c.strip().strip('"').replace("\x00", "") for c in text.split(delimiter)]
    return {h.strip().lower(): v for h, v in zip(columns, cells, strict=False) if v}


def named_values(header: list[str], values: list[str]) -> dict[str, object]:
    """Parsed cells named by the header, NUL bytes dropped (a row refused for them)."""
    return {h.strip().lower(): v.replace("\x00", "") for h, v in zip(header, values, strict=False)}


def unparsed_row(
    start: int, row: int, text: str, columns: list[str], delim: str, problem: str
) -> RowError:
    """A record that could not be parsed (an unclosed quote, a CSV error), its cells still
    named by the header for a safety "ja" (a hostile round, round 67)."""
    from steunwijzer.io.caseread import RowError
    from steunwijzer.io.csvrecords import raw_cell

    at = columns.index("id") if "id" in columns else None
    rid = raw_cell(text, at, delim) or str(row)
    return RowError(start, rid, problem, text, cells_as_named(columns, text, delim))
