"""The answers file of `interview --answers`: read, refused with what could still be
read (a safety "ja" in a refused file still counts), and an answer it holds that does not
fit placed at its line."""

from __future__ import annotations

import io
import json
import re
import sys
from typing import TYPE_CHECKING

from steunwijzer.errors import KeyedInputError, LocatedInputError, UserInputError
from steunwijzer.io.escape import shown_path
from steunwijzer.io.session_answers import DamagedRecord, SessionAnswers, unknown_record_key

if TYPE_CHECKING:
    from pathlib import Path


class AnswersRefused(LocatedInputError):
    """An answers file that is refused, with what could still be read from it."""

    def __init__(self, message: str, given: dict[str, object], raw: str = "") -> None:
        super().__init__(message)
        self.given = given
        self.raw = raw  # the file's words when it could not be read as a mapping


_CATALOGUE_KEYS = frozenset(("schema_version", "themes", "offerings", "questions", "rules", "tips"))


# What came in on standard input, kept to search a refused file: "-" cannot be read twice
# (a hostile round, round 17: UTF-16 or a NUL byte on stdin lost a safety "ja").
_STDIN: list[bytes] = []


def _stdin_text() -> str:
    from steunwijzer.catalog.yamlsource import MAX_FILE_BYTES, YamlSourceError
    from steunwijzer.io.files import read_stdin
    from steunwijzer.io.lines import text_encoding

    data = read_stdin(MAX_FILE_BYTES + 1)
    _STDIN[:] = [data[:MAX_FILE_BYTES]]
    if len(data) > MAX_FILE_BYTES:
        _STDIN.append(data[MAX_FILE_BYTES:])  # the rest is skimmed when it is refused
        raise YamlSourceError("file is too large for answers files (more than 16 MiB)")
    return data.decode(text_encoding(data[:512]), "replace").lstrip("\ufeff")


def read_answers(path: Path, questions: set[str] | None = None) -> dict[str, object]:
    """The answers file: YAML or JSON, duplicate keys refused in both.

    A file refused for a duplicate key raises AnswersRefused with every value of the
    key kept, so that a "yes" to a safety question in it is still seen.
    """
    from steunwijzer.catalog.yamlsource import YamlSourceError, parse_yaml, read_text
    from steunwijzer.core.jsonin import DuplicateKeyError, loads_lenient, loads_strict

    shown, json_file = shown_path(path), path.suffix.lower() == ".json"
    text: str | None = None
    try:
        # "-" is standard input, as for batch (a hostile round, round 16: "no such file")
        text = _stdin_text() if str(path) == "-" else read_text(path, "answers files")
        data = loads_strict(text) if json_file else parse_yaml(text, "answers files")
    except OSError as exc:
        raise UserInputError(f"{shown}: cannot read answers: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        message = f"{shown}:{exc.lineno}: error: invalid JSON: {exc.msg}"
        raise _refused(message, path, text) from exc
    except DuplicateKeyError as exc:
        message = f"{shown}: error: invalid JSON: {exc}"
        raise AnswersRefused(message, _mapping(loads_lenient(text or ""))) from exc
    except YamlSourceError as exc:
        message = f"{shown}:{exc.line}: error: {exc.message}"
        if exc.message.startswith("duplicate key"):
            lenient = parse_yaml(text or "", "answers files", keep_duplicates=True)
            raise AnswersRefused(message, _mapping(lenient)) from exc
        raise _refused(message, path, text) from exc
    except (ValueError, RecursionError) as exc:  # nesting too deep
        message = f"{shown}: error: invalid JSON: {exc or 'nested too deeply'}"
        raise _refused(message, path, text) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        line = getattr(data, "mark", (1, 1))[0]  # FILE:LINE, as every other error (r43)
        message = f"{shown}:{line}: error: answers must be a mapping of question id to answer"
        # "safety_plan:ja" (no space) is YAML text, not a mapping: its "ja" still counts.
        # So do the answers of a list ("- [safety_thoughts, ja]", "- {question: ...,
        # answer: ja}"): refused without a crisis line before (a hostile round, round 14).
        from steunwijzer.io.rowkeys import not_an_object

        refused = _refused(message, path, text)
        refused.given = {**refused.given, **not_an_object(data, "")[2]}
        raise refused
    if not _CATALOGUE_KEYS.isdisjoint(map(str, data)):
        # A catalogue given as answers: its theme words were read as a student's ("Direct
        # gevaar" from "overdose" in themes.yaml: round 13). Refused, nothing searched.
        message = f"{shown}: error: this is a catalogue file, not an answers file"
        raise AnswersRefused(message + " (give it with --catalog)", {})
    record, inner = data, data.get("answers")
    if not isinstance(inner, dict) and {"steunwijzer", "result"} <= set(map(str, data)):
        # A --save record without answers: its result was read as words (round 25, H4).
        said = " ".join(str(x) for pair in data.get("said") or () for x in pair)
        raise AnswersRefused(f"{shown}: error: this session record holds no answers", {}, said)
    if isinstance(inner, dict):
        # A batch row's shape, or a --save record: the answers are under "answers" ("unknown
        # question id 'answers'", exit 1, nothing shown: a hostile round, round 9). A row's
        # text is not an answer: refused, its words still searched.
        words = data.get("text")
        if isinstance(words, str) and words.strip():
            raise _refused(f"{shown}: error: 'text' is not read from an answers file", path, text)
        strange = unknown_record_key(data) if "steunwijzer" in data or "result" in data else None
        if strange is not None:
            message, found, said = strange
            raise AnswersRefused(f"{shown}: error: {message}", found, said)
        data = inner
    from steunwijzer.core.question_keys import given_answer

    if not any(given_answer(v) for v in data.values()):
        # An empty file replayed as an interview with nothing asked: "PREVENTIE,
        # regulier", exit 0, a safe-looking answer (hostile rounds 11 and 20: nulls).
        raise _refused(f"{shown}: error: the answers file holds no answers", path, text)
    try:
        history = record if isinstance(inner, dict) else None  # a --save record's
        found = SessionAnswers({str(k): v for k, v in data.items()}, history)
        found.text = text or ""  # read once: a named pipe cannot be read twice (r52)
        if questions is not None:
            found.check_questions(questions)
        return found
    except DamagedRecord as exc:  # refused; its answers and first answers still count,
        # never the record's own ids and texts ("wish_dead" of "safety_wish_dead" in a
        # record gave ACUUT, call 112, for a student who said no to all: round 19)
        raise AnswersRefused(f"{shown}: error: {exc}", exc.salvaged) from exc


def _refused(message: str, path: Path, read: str | None = None) -> AnswersRefused:
    """The refusal, with the safety answers still readable line by line and the file's
    words (its values, not its keys) to search for acute signals. ``read``: the text as
    it was read (a named pipe reopened hung for ever: a hostile round, round 52)."""
    from steunwijzer.core.salvage import answer_values, safety_lines
    from steunwijzer.io.skimfile import refused_text

    try:
        # A binary file (a .docx, a program, random bytes) holds no student's words: its
        # "sh" was self-harm and its noise "direct danger, call 113" (a hostile round, r63)
        if _binary(path, read):
            return AnswersRefused(message, {})
        if str(path) == "-":
            text = refused_text(iter(_STDIN), sys.stdin.buffer)
        elif read is not None:
            text = refused_text(iter(()), io.BytesIO(read.encode("utf-8", "replace")))
        else:
            with path.open("rb") as handle:
                text = refused_text(iter(()), handle)
    except OSError:
        return AnswersRefused(message, {})
    return AnswersRefused(message, safety_lines(text), answer_values(text))


def _binary(path: Path, read: str | None) -> bool:
    from steunwijzer.io.lines import binary_kind

    if str(path) == "-":
        first = _STDIN[0][:4096] if _STDIN else b""
    elif read is not None and "\x00" not in read[:4096]:
        first = read[:4096].encode("utf-8", "replace")
    else:
        with path.open("rb") as handle:
            first = handle.read(4096)
    return binary_kind(first) is not None


def _mapping(data: object) -> dict[str, object]:
    return {str(k): v for k, v in data.items()} if isinstance(data, dict) else {}


def located(exc: UserInputError, path: Path) -> UserInputError:
    """An answer that does not fit, at its line: ``FILE:LINE: error: ...`` (a hostile
    round, round 45: "ongeldig antwoord '7' op vraag 'area_study'" named no file)."""
    if not isinstance(exc, KeyedInputError):
        return exc
    try:
        if str(path) == "-":
            text = b"".join(_STDIN[:1]).decode("utf-8", "replace")
        else:
            text = path.read_bytes()[: 16 * 2**20].decode("utf-8", "replace")
    except OSError:
        return exc
    key = re.escape(exc.key)
    # A mapping key at a line's start (YAML) or a quoted key anywhere (JSON).
    found = re.search(
        rf"(?m)^[ \t]*(?:-[ \t]*)?(?:{key}|\"{key}\"|'{key}')[ \t]*:|\"{key}\"\s*:", text
    )
    if found is None:
        return exc
    line = text.count("\n", 0, found.start()) + 1
    return LocatedInputError(f"{shown_path(path)}:{line}: error: {exc}")
