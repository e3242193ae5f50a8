"""Reading the inputs of `steunwijzer report`: batch results and session records.

Each file is read as a stream, one record at a time, its format decided per file (CSV,
JSON Lines from `batch`, `interview --save` records). A line that cannot be read is counted
with its FILE:LINE and skipped. Only what the report needs is taken from a record."""

from __future__ import annotations

import io
import itertools
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from steunwijzer.core.jsonin import loads_strict, whole_characters
from steunwijzer.core.lexicon import FLOOR_THEMES
from steunwijzer.core.model import Tier, Urgency
from steunwijzer.io.escape import shown_path
from steunwijzer.io.files import stdin_closed, tree
from steunwijzer.io.lines import MAX_LINE, CutLine, bounded_lines, loads_line

TIERS = tuple(t.value for t in Tier)
URGENCIES = tuple(u.value for u in Urgency)
EMPHASES = ("emotional", "informational", "both")
SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")
MAX_DOCUMENT = 20_000_000  # bytes of one pretty-printed session record file
_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?:-|$)")
MAX_FIELD = 1_000_000


class BadRecord(Exception):
    """A record that is not a batch result or a session record (message in English)."""


class Need(NamedTuple):
    """One result row or session, reduced to what the report counts.

    A NamedTuple, not a frozen dataclass: made once per input row, a frozen dataclass's
    field-by-field init cost 40% of the time a report takes over plain JSON reading.
    """

    session: bool
    tier: str | None
    urgency: str | None
    themes: tuple[str, ...]
    recognised: bool
    recognised_given: bool
    emphasis: str | None  # None: the input does not say (CSV)
    gaps: tuple[str, ...] | None  # None: the input cannot tell (no referral themes)
    answers: dict[str, object] | None  # session records only: the connectedness answers
    group: object  # the --by value as found (None when missing)
    has_date: bool


@dataclass(frozen=True, slots=True)
class Problem:
    """A line of the report's input that could not be used."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        file = shown_path(self.file)
        where = f"{file}:{self.line}" if self.line else file
        return f"{where}: error: {self.message}"


class Source:
    """Everything the reader met besides needs: counts of what could not be counted."""

    def __init__(self, by: str | None, connection: tuple[str, ...]) -> None:
        self.by = by
        self.connection = connection
        self.problems = 0
        self.files = 0
        self.skipped_files = 0
        self.copies = 0  # files with the same content as one read before: read once
        self.batch_errors = 0  # result rows that are only an error (the batch failed them)


def input_files(
    paths: list[str], source: Source, problem: Callable[[Problem], None]
) -> Iterator[Path | str]:
    """Files named, and the data files inside folders named (sorted, recursively); a file
    reached twice (a folder and a file in it) is read once (it was counted twice)."""
    # (only with more than one file named: the hash is a second read of each file)
    seen: set[str] = set() if len(paths) > 1 or any(Path(p).is_dir() for p in paths) else {""}
    for name in paths:
        if name == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            for child in tree(path, lambda f: problem(Problem(f, 0, "cannot read this folder"))):
                data = child.suffix.lower() in SUFFIXES and not child.name.startswith(".")
                if data and child.is_file():
                    yield from _once(child, seen, source)
                elif data and not child.is_dir():  # left out without a word (round 21)
                    problem(Problem(str(child), 0, "a broken link, a pipe or a device"))
                elif child.is_file() and not child.name.startswith("."):
                    source.skipped_files += 1
        elif path.exists():
            yield from _once(path, seen, source)
        else:
            problem(Problem(name, 0, "no such file or folder"))


def _once(path: Path, seen: set[str], source: Source) -> Iterator[Path]:
    key = os.path.realpath(path)
    if key in seen:
        return
    seen.add(key)
    # A copy of a file already read (`cp out.jsonl out2.jsonl; report out*.jsonl`) was
    # counted twice, 14 requests of 7 (a hostile round, round 64): read once, as a link.
    content = _content_key(path) if "" not in seen else None
    if content is not None and content in seen:
        source.copies += 1
        return
    if content is not None:
        seen.add(content)
    yield path


def _content_key(path: Path) -> str | None:
    import hashlib

    try:
        if not path.is_file():
            return None  # a pipe read here first was empty, then waited for ever (r64 review)
        with path.open("rb") as handle:
            return "sha256:" + hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None  # read (and reported) as usual


def read_needs(
    paths: list[str], source: Source, problem: Callable[[Problem], None], stdin: TextIO | None
) -> Iterator[Need]:
    for item in input_files(paths, source, problem):
        name = str(item)
        source.files += 1
        try:
            if isinstance(item, str):
                if stdin_closed():
                    raise OSError(9, "standard input is closed")
                handle: TextIO = stdin if stdin is not None else io.StringIO()
                yield from _read_stream(handle, "<stdin>", "", source, problem)
                continue
            with item.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
                yield from _read_stream(handle, name, item.suffix.lower(), source, problem)
        except OSError as exc:
            problem(Problem(name, 0, f"cannot read: {exc.strerror or exc}"))


def _read_stream(
    handle: TextIO, name: str, suffix: str, source: Source, problem: Callable[[Problem], None]
) -> Iterator[Need]:
    # Bounded like batch: `report /dev/zero` grew to gigabytes (a hostile round, round 7).
    first = handle.readline(MAX_LINE)
    while first and not first.strip():
        first = handle.readline(MAX_LINE)
    head = first.lstrip("\ufeff \t")
    if "\x00" in first[:4096]:
        problem(Problem(name, 0, "not a text file (it holds NUL bytes); not read"))
        return
    # JSON Lines named .csv (batch without --format csv): read as what it holds; it was
    # one header error and "Acute 0" (an outside scripting user, round 33, S6)
    csv_named = suffix in (".csv", ".tsv") and head[:1] != "{"
    if csv_named or (suffix == "" and head[:1] not in ("{", "[", "")):
        from steunwijzer.io.report_csv import read_csv

        yield from read_csv(first, handle, name, source, problem)
        return
    try:
        json.loads(first)
        whole_line = True
    except (ValueError, RecursionError):
        whole_line = False
    if not whole_line and head[:1] in ("{", "[") and suffix not in (".jsonl", ".ndjson"):
        yield from _read_document(first, handle, name, source, problem)
        return
    yield from _read_jsonl(first, handle, name, source, problem)


def _read_jsonl(
    first: str, handle: TextIO, name: str, source: Source, problem: Callable[[Problem], None]
) -> Iterator[Need]:
    loads = loads_line
    if len(first) >= MAX_LINE and not first.endswith("\n"):
        # The first line read only in part: the rest of it is no line of its own.
        while (rest := handle.readline(MAX_LINE)) and not rest.endswith("\n"):
            pass
        first = CutLine(first)
    for line_number, line in enumerate(itertools.chain((first,), bounded_lines(handle)), 1):
        if isinstance(line, CutLine):
            problem(Problem(name, line_number, f"line is longer than {MAX_LINE:,} characters"))
            continue
        try:
            data = whole_characters(line, loads(line))
            if _may_repeat(line, data):
                loads_strict(line)  # a key written twice: "duplicate key 'tier'"
        except json.JSONDecodeError as exc:
            if line.strip():  # a blank line is not an error
                problem(Problem(name, line_number, f"invalid JSON: {exc.msg}"))
            continue
        except RecursionError:
            problem(Problem(name, line_number, "invalid JSON: nested too deeply"))
            continue
        except ValueError as exc:
            problem(Problem(name, line_number, f"invalid JSON: {exc}"))
            continue
        # A list on one line is its records (`json.dumps(records)`: "each record must be a
        # JSON object", 0 sessions, though pretty-printed it was read; round 37, H4).
        records = isinstance(data, list) and data and all(isinstance(x, dict) for x in data)
        for item in data if records else (data,):
            try:
                need = from_mapping(item, source)
            except BadRecord as exc:
                problem(Problem(name, line_number, str(exc)))
                continue
            if need is not None:
                yield need


# A tier written twice at the top ({"tier": "acute", "tier": "prevention"} was counted as
# prevention: a hostile round, round 11) is refused through the strict parse, paid only
# by a row whose first tier is not the one kept: on every row it took the report from
# 1.8x to 4.3x a plain JSON read (budget 2x). Other keys written twice: their last value.
def _may_repeat(line: str, data: object) -> bool:
    """True unless the first tier written in the line is the one the parse kept: a tier
    written twice with two values ({"tier": "acute", "tier": "prevention"}) keeps the
    last. A tier in a nested object before the top one (a session record) only costs the
    strict parse. The first tier stands near the start of a row: no scan of the whole."""
    first = line.find('"tier"')
    if first < 0 or type(data) is not dict:
        return False
    kept = data.get("tier")
    expected = "null" if kept is None else f'"{kept}"' if type(kept) is str else None
    rest = line[first + 6 : first + 40].lstrip()
    return (
        expected is None or not rest.startswith(":") or not rest[1:].lstrip().startswith(expected)
    )


def _read_document(
    first: str, handle: TextIO, name: str, source: Source, problem: Callable[[Problem], None]
) -> Iterator[Need]:
    """A file holding one JSON document: a session record, or a list of records."""
    text = first + handle.read(MAX_DOCUMENT)
    if handle.read(1):
        problem(Problem(name, 1, "file too large for one JSON document; use JSON Lines"))
        return
    try:
        data = loads_strict(text)  # one document, read once: duplicate keys refused
    except json.JSONDecodeError as exc:
        problem(Problem(name, exc.lineno, f"invalid JSON: {exc.msg}"))
        return
    except ValueError as exc:
        problem(Problem(name, 1, f"invalid JSON: {exc}"))
        return
    except RecursionError:
        problem(Problem(name, 1, "invalid JSON: nested too deeply"))
        return
    for item in data if isinstance(data, list) else [data]:
        try:
            need = from_mapping(item, source)
        except BadRecord as exc:
            problem(Problem(name, 1, str(exc)))
            continue
        if need is not None:
            yield need


def from_mapping(data: object, source: Source) -> Need | None:
    """A need from one JSON record; None for a batch row that is only an error."""
    if not isinstance(data, dict):
        raise BadRecord("each record must be a JSON object")
    result = data.get("result")
    if isinstance(result, dict):
        answers = data.get("answers")
        if not isinstance(answers, dict):
            answers = {}
        connection = {q: answers[q] for q in source.connection if q in answers}
        return from_result(result, data, True, connection, source.by)
    if "tier" not in data:  # batch input given by mistake counted acute as no tier (r26)
        if data.get("error"):
            source.batch_errors += 1
            return None
        raise BadRecord("not a batch result or session record (no tier)")
    if data.get("tier") is None and data.get("error") and not data.get("themes"):
        source.batch_errors += 1
        return None
    return from_result(data, data, False, None, source.by)


_BELOW_ACUTE = frozenset(("prevention", "specific"))
# The themes that are acute whatever the catalogue (the built-in floor).
_ALWAYS_ACUTE = frozenset(FLOOR_THEMES)  # acute in every catalogue (lexicon.FLOOR)


def from_result(
    result: dict[str, Any],
    top: dict[str, Any],
    session: bool,
    answers: dict[str, object] | None,
    by: str | None = None,
) -> Need:
    # The hot path of a report over a million rows: plain checks, no helper calls.
    themes = result.get("themes") or []
    if type(themes) is not list:
        raise BadRecord("themes must be a list of theme ids")
    for theme in themes:
        if type(theme) is not str:
            raise BadRecord("themes must be a list of theme ids")
    tier = result.get("tier")
    if tier is not None and tier not in TIERS:
        raise BadRecord(f"unknown tier {str(tier)[:20]!r}")
    if tier is None and themes and not top.get("error"):  # never "no tier" silently (r26)
        raise BadRecord("no tier, yet themes: a result with themes has a tier")
    urgency = result.get("urgency")
    if urgency is not None and urgency not in URGENCIES:
        raise BadRecord(f"unknown urgency {str(urgency)[:20]!r}")
    if (
        tier in _BELOW_ACUTE
        and not result.get("override")
        and (urgency == "immediate" or any(t.lower() in _ALWAYS_ACUTE for t in themes))
    ):
        # "tier": "prevention" beside suicidal thoughts was counted as prevention, "Acute
        # 0" (a hostile round, round 42): a tier lowered by hand carries an override.
        raise BadRecord(f"tier {tier!r} is below its own acute themes or urgency")
    flag = result.get("recognised")
    given = flag is True or flag is False
    if flag is not None and not given:  # "yes" was taken as not given (round 19)
        raise BadRecord(f"recognised must be true or false, not {str(flag)[:20]!r}")
    emphasis = result.get("support_emphasis")
    return Need(
        session,
        tier,
        urgency,
        # "sleep" five times is one need for sleep (round 14); "Suicidal_Thoughts" is
        # suicidal_thoughts, not an unnamed other theme (a hostile round, round 19)
        tuple(dict.fromkeys(t if t.islower() else t.lower() for t in themes)),
        flag if given else bool(themes),  # type: ignore[arg-type]
        given,
        emphasis if emphasis in EMPHASES else None,
        _gaps(themes, result.get("referrals")) if themes else (),
        answers,
        _group_value(top, by) if by else None,
        bool(top.get("date")),
    )


def _gaps(themes: list[str], referrals: object) -> tuple[str, ...] | None:
    """Themes of the row that no referral serves; None when the row cannot tell."""
    if type(referrals) is not list:
        return None
    missing = set(themes)
    known = False
    try:
        for referral in referrals:
            if type(referral) is dict:
                serves = referral.get("serves")
                if serves is None:
                    serves = referral.get("themes")
                if type(serves) is list:
                    known = True
                    missing.difference_update(serves)
                    if not missing:
                        return ()
    except TypeError:  # an unhashable item (an object) where a theme id belongs
        raise BadRecord("a referral's serves or themes must list theme ids") from None
    if not known and referrals:
        return None
    return tuple(dict.fromkeys(t for t in themes if t in missing))  # "sleep" 3x: once


def _group_value(row: dict[str, Any], by: str | None) -> object:
    if by is None:
        return None
    if by in row:
        return row[by]
    day = row.get("date") if by == "month" else None  # "2026-13-45", "yesterday": none
    return day[:7] if isinstance(day, str) and _MONTH.match(day) else None
