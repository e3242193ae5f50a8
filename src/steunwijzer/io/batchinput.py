"""A batch input read as `batch` reads it: encoding, format and rows.

One home for this, because a refused batch (a usage error) reads its rows too, to name
the rows with an acute signal: read in its own simpler way, a refused batch merged every
student's words into one result, and a UTF-16 file or a question column was not read
at all (round 21).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from steunwijzer.errors import UserInputError
from steunwijzer.io.caseread import Case, RowError, read_csv, read_jsonl
from steunwijzer.io.lines import binary_kind, first_line, text_encoding

if TYPE_CHECKING:
    from steunwijzer.core.model import Catalog


def refuse_binary(first: bytes, name: str) -> None:
    """A spreadsheet's zip or a PDF is no CSV: one clear error, not hundreds of rows."""
    kind = binary_kind(first)  # io/lines.py
    if kind is not None:
        raise UserInputError(
            f"{name}: is a binary file ({kind}), not CSV or JSON Lines; save it as 'CSV UTF-8'"
        )


# A CSV header: its names apart by a delimiter, one of them a column batch reads. A
# stray first line in a JSON Lines file ("hello", "oops, sorry") is no header: its rows
# are read as JSON, the stray line refused.
_FIELDS = re.compile(r"[,;\t]")
_COLUMNS = frozenset(("id", "text", "themes", "lang", "answers"))
_NAMED = (".jsonl", ".ndjson", ".json", ".csv", ".tsv")


def _a_header(head: str, first: str) -> bool:
    names = {n.strip().strip('"').strip().lower() for n in _FIELDS.split(first)}
    rows = head.split("\n")[1:]
    return not _COLUMNS.isdisjoint(names) and not any(r.lstrip()[:1] == "{" for r in rows)


def by_content(source: str, head: str) -> str | None:
    """The format the content shows when the file's extension says the other one, else
    None. A CSV file named .jsonl had every row refused as bad JSON, and its acute row
    was named by its line number, another row's id (a hostile round, round 46, P7)."""
    if not source.lower().endswith(_NAMED):
        return None
    named = sniff_format(source, head)
    first = first_line(head)
    if named == "csv" and first[:1] in ("{", "["):
        return "jsonl"
    if named == "jsonl" and first[:1] not in ("{", "[") and _a_header(head, first):
        return "csv"
    return None


def read_cases(
    buffered: io.BufferedReader,
    source: str,
    input_format: str,
    catalog: Catalog,
    keep: tuple[str, ...] = (),
    warn: Callable[[str], None] | None = None,
) -> tuple[io.TextIOWrapper, Iterator[Case | RowError]]:
    """The text read and the cases of a batch input; raises UserInputError for a binary
    file. Detach the text when done: closing it would close ``buffered`` (stdin).
    ``warn`` hears the format read when the content overrode the file's extension."""
    # Sniff without consuming: pipes and FIFOs cannot be rewound.
    first = buffered.peek(4096)[:4096]
    # Excel's "Unicode text" and PowerShell write UTF-16 with a byte order mark: read as
    # UTF-8, every row was refused and "ik wil dood" had a NUL between each letter, so
    # no crisis line (an outside hostile-input test, round 6). Without a byte order mark
    # too, and UTF-32 (round 8).
    encoding = text_encoding(first)
    refuse_binary(first, source)
    head = first.decode(encoding, "replace")
    fmt = sniff_format(source, head) if input_format == "auto" else input_format
    content = by_content(source, head) if input_format == "auto" else None
    if content is not None:
        fmt = content
        if warn is not None:
            warn(fmt)
    # surrogateescape: a stray non-UTF-8 byte is read as Windows-1252 in its row
    # (caseread.windows_1252), never fails the batch.
    text = io.TextIOWrapper(
        buffered,
        encoding=encoding,
        # UTF-16/32 has no byte to escape: a lone surrogate ended the whole batch as an
        # internal error, its acute rows with it (round 14).
        errors="surrogateescape" if encoding == "utf-8" else "replace",
        newline="" if fmt == "csv" else None,
    )
    from steunwijzer.core.question_keys import QuestionIds

    texts = {t: q.id for q in catalog.questions for t in (q.text.nl, q.text.en) if t}
    questions = QuestionIds([q.id for q in catalog.questions], texts)
    if fmt == "csv":
        return text, read_csv(text, keep, questions)
    return text, read_jsonl(text, keep, questions)


def sniff_format(name: str, head: str) -> str:
    """jsonl or csv, by the file's name, else by its first line (moved from caseread)."""
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if lower.endswith((".csv", ".tsv")):
        return "csv"
    return "jsonl" if first_line(head)[:1] in ("{", "[") else "csv"
