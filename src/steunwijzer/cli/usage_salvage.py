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
import io
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from steunwijzer.core.model import Lang
from steunwijzer.errors import SteunwijzerError
from steunwijzer.io.escape import one_line

if TYPE_CHECKING:
    from pathlib import Path

    from steunwijzer.core.model import Catalog
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.triage import TriageResult

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
    rows = _AcuteInputs(catalog, index, lang)
    if inputs:
        with contextlib.suppress(OSError, SteunwijzerError):
            rows.read(inputs)
    acute = acute or rows.shown()
    if acute is None:
        return False
    shown = rows.shown_row(lang) if acute is rows.shown() else ""
    sys.stderr.write(_SAID[lang] + shown + "\n")
    # JSON where JSON was asked: a script parsing `lookup --json` broke on the screen
    # text of a refused line (a hostile round, round 21, V7)
    as_json = command in ("lookup", "interview") and "--json" in args
    show_result(catalog, acute, lang, as_json, True, lookup=True, error="usage")
    from steunwijzer.present.texts import t

    # Every row with an acute signal is named with its line: with 500 students the
    # counsellor must see who (a hostile round, round 17); the rows are never merged
    # into one result (round 21: a refused batch showed all students' words as one
    # "in your own words" result, grief first, a suicidal row's crisis line lower).
    if rows.risk.count:
        sys.stderr.write(t("refused_acute_rows", lang, rows=rows.risk.named(rows.at)) + "\n")
    if rows.other.count:
        sys.stderr.write(t("refused_other_rows", lang, rows=rows.other.named(rows.at)) + "\n")
    return True


class _AcuteInputs:
    """The rows of a refused batch's inputs with an acute signal, read as batch reads
    them, one result per row: those with a risk to life, and the other acute ones."""

    def __init__(self, catalog: Catalog, index: ReferralIndex, lang: Lang) -> None:
        from steunwijzer.io.batch import AcuteRows, BatchRunner
        from steunwijzer.present.texts import t

        self.catalog = catalog
        self.runner = BatchRunner(catalog, index, lang)
        self.risk, self.other = AcuteRows(), AcuteRows()
        self.first_id, self.first_line = "", 0
        self.at: Callable[[int], str] = lambda n: t("at_line", lang, n=n)

    def read(self, inputs: list[str]) -> None:
        for name in inputs:
            if name == "-":
                self._read(_buffered(sys.stdin.buffer), "<stdin>")
                continue
            with open(name, "rb") as handle:  # noqa: PTH123 - a plain read of a named file
                self._read(handle, name)

    def _read(self, buffered: io.BufferedReader, name: str) -> None:
        from steunwijzer.core.model import Tier
        from steunwijzer.io.batchinput import read_cases

        text, cases = read_cases(buffered, name, "auto", self.catalog)
        for item in cases:
            outcome = self.runner.run(item)
            result = outcome.result
            if result is None or result.tier is not Tier.ACUTE:
                continue
            rows = self.risk if result.risk_to_life else self.other
            if self.risk.first is None and (rows is self.risk or self.other.first is None):
                self.first_id, self.first_line = outcome.case_id, outcome.line
            rows.add(outcome.case_id, result, outcome.line)
        text.detach()

    def shown(self) -> TriageResult | None:
        """One row's result, a risk to life first: its crisis lines lead."""
        return self.risk.first or self.other.first

    def shown_row(self, lang: Lang) -> str:
        from steunwijzer.present.texts import t

        line = f", {self.at(self.first_line)}" if self.first_line else ""
        return t("refused_row_shown", lang, id=one_line(self.first_id), line=line)


def _buffered(binary: BinaryIO) -> io.BufferedReader:
    if isinstance(binary, io.BufferedReader):
        return binary
    return io.BufferedReader(binary)  # type: ignore[arg-type]
