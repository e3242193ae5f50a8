"""The acute part of a command line that was refused as a usage error.

`lookup --text "ik wil dood" --at 2026-11-28`, `--lang EN`, `--limit 0` or `--text --
"ik wil dood"` ended with Click's usage message alone (exit 2): the words were never
read and no crisis line was shown (an outsiders' hostile round, round 10). The exit code
and the usage message stay; when the words on the line hold an acute signal, the acute
result follows on stdout, crisis lines first, as a refused lookup shows it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

from steunwijzer.core.model import Lang
from steunwijzer.errors import SteunwijzerError

if TYPE_CHECKING:
    from pathlib import Path

    from steunwijzer.core.model import Catalog
    from steunwijzer.core.referrals import ReferralIndex

_LANG_OPTIONS = ("--lang", "-l")
_SAID: dict[Lang, str] = {
    "nl": "let op: de opdracht is geweigerd, maar er staat een acuut signaal in: hieronder",
    "en": "note: the command was refused, but it holds an acute signal: shown below",
}


def usage_lang(args: list[str]) -> Lang:
    """The interface language asked for, read as leniently as a person types it."""
    for i, arg in enumerate(args):
        value = None
        if arg in _LANG_OPTIONS and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(("--lang=", "-l=")):
            value = arg.split("=", 1)[1]
        if value is not None and value.strip().lower() in ("nl", "en"):
            return "en" if value.strip().lower() == "en" else "nl"
    env = os.environ.get("STEUNWIJZER_LANG", "").strip().lower()
    return "en" if env == "en" else "nl"


def words_on(args: list[str]) -> str:
    """Everything on the line that is not an option name, "--opt=value" as its value."""
    said = []
    for arg in args:
        if arg.startswith("-"):
            if "=" in arg:
                said.append(arg.split("=", 1)[1])
            continue
        said.append(arg)
    return "\n".join(said)


# The options whose value names a file of the student's words: an answers file, and a
# batch's input. Not --catalog (its themes name every risk) nor an output file.
_NOT_INPUT = ("-c", "--catalog", "-o", "--output", "--save", "--handout", "--keep")


def _yaml(path: Path) -> bool:
    """A YAML file is a catalogue, never a batch's rows (CSV or JSON Lines)."""
    return path.suffix.lower() in (".yaml", ".yml")


_BLOCK = 8 * 1024 * 1024  # rows are searched a block at a time: memory stays flat


def _blocks(handle: BinaryIO) -> Iterator[str]:
    """The rows of a batch input, a block at a time, each block ending at a line end:
    whole, however large (a 17 MB file's last row was not read; read at once, a 20 GB
    file would not fit in memory)."""
    rest = b""
    while block := handle.read(_BLOCK):
        block = rest + block
        cut = block.rfind(b"\n") + 1 or len(block)
        rest = block[cut:]
        yield block[:cut].decode("utf-8", "replace")
    if rest:
        yield rest.decode("utf-8", "replace")


def _named_files(args: list[str]) -> tuple[dict[str, object], list[str], list[str]]:
    """The answers file's answers and text, and the batch inputs (``-`` for stdin), on a
    refused line: only the words on the line were read, so `interview --answers FILE
    --limit 0` hid the file's "ja" behind the usage message (a hostile round, round 13)."""
    from pathlib import Path

    answers: dict[str, object] = {}
    texts: list[str] = []
    inputs: list[str] = []
    for i, arg in enumerate(args):
        before = args[i - 1] if i else ""
        value = arg.split("=", 1)[1] if arg.startswith("--answers=") else arg
        if value == "-" and args[:1] == ["batch"] and not sys.stdin.isatty():
            inputs.append("-")  # `... | batch - --limit 0`: the rows piped in
            continue
        path = Path(value)
        if not path.is_file() or before in _NOT_INPUT:
            continue
        if before == "--answers" or arg.startswith("--answers="):
            from steunwijzer.cli.interview import AnswersRefused, read_answers

            try:
                answers.update(read_answers(path))
            except AnswersRefused as refused:
                answers.update(refused.given)
                texts.append(refused.raw)
        elif args[:1] == ["batch"] and not arg.startswith("-") and not _yaml(path):
            inputs.append(value)
    return answers, texts, inputs


def _rows(inputs: list[str]) -> Iterator[str]:
    for block in _raw_rows(inputs):
        # Column names and keys ("safety_wish_dead") are no student's words: a refused
        # batch whose every answer was "nee" showed "ACUUT: 'wish_dead'" (round 14).
        yield _IDS.sub(" ", block)


def _raw_rows(inputs: list[str]) -> Iterator[str]:
    from steunwijzer.io.lines import binary_kind

    for name in inputs:
        if name == "-":
            yield from _blocks(sys.stdin.buffer)
            continue
        with open(name, "rb") as handle:  # noqa: PTH123 - a plain read of a named file
            if binary_kind(handle.read(4096)) is not None:
                continue  # no words of anyone's in a spreadsheet's zip (round 20)
            handle.seek(0)
            yield from _blocks(handle)


_IDS = re.compile(r"\b[A-Za-z]+(?:_[A-Za-z]+)+\b")


# Commands whose words are a maintainer's, not a student's: `catalog list --theme
# rouwverwerking --tier acuut` was refused and then showed an acute result for grief
# (a role-play, round 13).
_NO_STUDENT_WORDS = ("catalog", "report", "tips", "glossary")


def show_acute_part(args: list[str]) -> bool:
    """Show the acute part of the refused line, if any; True when one was shown."""
    command = next((a for a in args if not a.startswith("-")), "")
    if command in _NO_STUDENT_WORDS:
        return False
    text = words_on(args)
    try:
        answers, texts, inputs = _named_files(args)
    except (OSError, ValueError, SteunwijzerError):  # unreadable: the line's words only
        answers, texts, inputs = {}, [], []
    text = "\n".join([text, *texts])
    if not text.strip() and not answers and not inputs:
        return False
    from steunwijzer.catalog.load import load_catalog, safety_only_catalog
    from steunwijzer.catalog.resources import builtin_catalog_dir
    from steunwijzer.cli.handling import compiled_builtin
    from steunwijzer.cli.output import show_result
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.salvage import acute_part
    from steunwijzer.core.vocabulary import Vocabulary

    # The built-in catalogue: the line was refused, so its --catalog was never checked.
    catalog = compiled_builtin(None) or load_catalog([str(builtin_catalog_dir())]).catalog
    catalog = catalog or safety_only_catalog()
    lang = usage_lang(args)
    index = ReferralIndex(catalog, dt.datetime.now(dt.UTC))
    vocabulary = Vocabulary(catalog.themes)
    acute = acute_part(catalog, index, vocabulary, lang, "usage", (), text, answers)
    with contextlib.suppress(OSError):
        for rows in _rows(inputs) if acute is None else ():
            acute = acute_part(catalog, index, vocabulary, lang, "usage", (), rows)
            if acute is not None:
                break
    if acute is None:
        return False
    sys.stderr.write(_SAID[lang] + "\n")
    show_result(catalog, acute, lang, False, True, lookup=True, error="usage")
    named = _risky_rows(catalog, index, lang, inputs) if command == "batch" else ""
    if named:
        # The rows were shown as one result: with 500 students the counsellor could not
        # tell who is at risk (a hostile round, round 17). The ids are named, as when
        # the output fails.
        from steunwijzer.present.texts import t

        sys.stderr.write(t("refused_acute_rows", lang, rows=named) + "\n")
    return True


def _risky_rows(catalog: Catalog, index: ReferralIndex, lang: Lang, inputs: list[str]) -> str:
    """The ids of the rows with a risk to life in the named batch inputs, read as batch
    reads them (standard input was read once already: not named)."""
    from steunwijzer.io.batch import AcuteRows, BatchRunner
    from steunwijzer.io.caseread import read_csv, read_jsonl, sniff_format
    from steunwijzer.io.lines import binary_kind

    risky = AcuteRows()
    runner = BatchRunner(catalog, index, lang)
    for name in (n for n in inputs if n != "-"):
        with (
            contextlib.suppress(OSError, SteunwijzerError),
            open(  # noqa: PTH123 - a plain read of a named file
                name, encoding="utf-8", errors="replace", newline=""
            ) as handle,
        ):
            head = handle.read(4096)
            if binary_kind(head.encode("utf-8", "surrogateescape")) is not None:
                continue
            fmt = sniff_format(name, head)
            handle.seek(0)
            for item in read_csv(handle) if fmt == "csv" else read_jsonl(handle):
                outcome = runner.run(item)
                if outcome.result is not None and outcome.result.risk_to_life:
                    risky.add(outcome.case_id, outcome.result)
    return risky.named()
