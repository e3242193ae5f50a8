"""What every field check shares: the reporter, the marker of a rejected value, the
result types a check hands to the merge (parsed conditions, theme references), and the
base checker with the generic list and bilingual-text checks the other kinds build on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from steunwijzer.catalog.spec import Field
from steunwijzer.catalog.yamlsource import Mark, MarkedList, MarkedMap
from steunwijzer.core import conditions
from steunwijzer.core.model import Text
from steunwijzer.errors import Diagnostic

LONG_TEXT = 2_000  # characters of one catalogue text in one language


@dataclass(frozen=True, slots=True)
class ParsedCondition:
    """A rule or question condition as written, its parsed form and where it stands."""

    source: str
    condition: conditions.Condition
    mark: Mark


@dataclass(frozen=True, slots=True)
class RefList:
    """Ids that refer to themes, with the position of each for later reference checks."""

    ids: tuple[str, ...]
    marks: tuple[Mark, ...]


@dataclass
class Reporter:
    """Collects diagnostics; one per problem, in the order found."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, file: str, mark: Mark, message: str) -> None:
        self.items.append(Diagnostic(file, mark[0], mark[1], "error", message))

    def warning(self, file: str, mark: Mark, message: str) -> None:
        self.items.append(Diagnostic(file, mark[0], mark[1], "warning", message))


def type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, MarkedMap | dict):
        return "a mapping"
    if isinstance(value, MarkedList | list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, bytes | bytearray):
        return "binary data (!!binary)"
    if isinstance(value, str):
        return "text"
    return f"a value of type {type(value).__name__}"


class _Invalid:
    pass


INVALID: Any = _Invalid()  # a value that failed its check; left out of the result


# Bidi overrides and isolates (the "Trojan Source" characters)
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Control characters a YAML escape lets through ("\x1b[31m", "\a", "\x9b" in a quoted
# string): the screen and the exports escape them, so the text shows "\x1b[31m" to a
# student; validate said nothing (a hostile round, round 34, H10). Tab and newline are text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class CheckerBase:
    """The file and reporter of one check, and the checks other kinds are built from."""

    def __init__(self, file: str, rep: Reporter) -> None:
        self.file = file
        self.rep = rep

    def fail(self, mark: Mark, message: str) -> object:
        self.rep.error(self.file, mark, message)
        return INVALID

    def k_text(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, MarkedMap):
            return self.fail(
                mark, f"{where} must have a Dutch and an English text (nl: ..., en: ...)"
            )
        texts: dict[str, str] = {}
        for key, item in value.items():
            if key not in ("nl", "en"):
                hint = (
                    "; inside { } a comma starts a new key, so put text with commas in quotes"
                    if item is None
                    else ""
                )
                self.rep.error(
                    self.file,
                    value.key_at(key),
                    f"unknown language '{key}' in {where} (use nl and en){hint}",
                )
                continue
            if not isinstance(item, str) or not item.strip():
                self.rep.error(self.file, value.value_at(key), f"{where}: '{key}' must be text")
                continue
            texts[key] = item.strip()
            control = _DIRECTION.search(item)
            if control is not None:
                # U+202E showed a name reversed in every HSDS consumer (a hostile round,
                # round 19): the exports keep the data, so the maintainer hears of it.
                self.rep.warning(
                    self.file,
                    value.value_at(key),
                    f"{where} ({key}) holds the direction control "
                    f"U+{ord(control.group()):04X}; it can show the text reversed: remove it",
                )
            if len(item) > LONG_TEXT:  # 15 MB passed validate and lint (hostile, r45)
                self.rep.warning(
                    self.file,
                    value.value_at(key),
                    f"{where} ({key}) is {len(item)} characters long; a counsellor reads "
                    f"it at an intake: keep it under {LONG_TEXT}",
                )
            control = _CONTROL.search(item)
            if control is not None:
                self.rep.warning(
                    self.file,
                    value.value_at(key),
                    f"{where} ({key}) holds the invisible control character "
                    f"U+{ord(control.group()):04X}; it shows as an escape code: remove it",
                )
        for lang, name in (("nl", "Dutch"), ("en", "English")):
            if lang not in texts and not any(k == lang for k in value):
                message = f"{where} has no {name} text ('{lang}')"
                if f.required:
                    self.rep.error(self.file, mark, message)
                else:
                    self.rep.warning(self.file, mark, message)
        if not texts:
            return INVALID
        return Text(nl=texts.get("nl", ""), en=texts.get("en", ""))

    def k_list_of_str(self, value: Any, mark: Mark, where: str) -> tuple[str, ...] | None:
        if isinstance(value, str):
            value_list: list[Any] = [value]
            marks = [mark]
        elif isinstance(value, MarkedList):
            value_list, marks = list(value), [value.item_at(i) for i in range(len(value))]
        else:
            self.fail(mark, f"{where} must be a list, like [a, b]")
            return None
        out: list[str] = []
        for item, item_mark in zip(value_list, marks, strict=True):
            if isinstance(item, bool) or not isinstance(item, str | int):
                self.rep.error(self.file, item_mark, f"{where}: items must be text")
                continue
            out.append(str(item).strip())
        return tuple(out)
