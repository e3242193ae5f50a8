"""Check one mapping of a catalogue file against its spec and convert its values.

Every problem is reported (never just the first) as a Diagnostic at the line and
column of the offending key or value. Values that fail are left out of the result,
so later stages see only well-typed data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from steunwijzer.catalog.resources import shown_path
from steunwijzer.catalog.spec import ID_PATTERN, LANG_CODE, SPECS, Field
from steunwijzer.catalog.yamlsource import Mark, MarkedList, MarkedMap
from steunwijzer.core import conditions
from steunwijzer.core.formats import valid_email, valid_phone, valid_url
from steunwijzer.core.hours import ALWAYS, DAYS, HOLIDAY_KEYS, HoursError, build_hours, parse_days
from steunwijzer.core.model import Choice, Contact, Text
from steunwijzer.core.textnorm import did_you_mean
from steunwijzer.errors import Diagnostic

_ID = re.compile(ID_PATTERN)
_LANG = re.compile(LANG_CODE)
_WAIT = re.compile(r"^\s*([0-9]{1,9})\s*(days?|dagen|dag|weeks?|weken|week)\s*$", re.IGNORECASE)
_NO_WAIT = {"none", "geen", "0", "no waiting list", "geen wachtlijst"}
FREE = Text(nl="Gratis", en="Free")


@dataclass(frozen=True, slots=True)
class ParsedCondition:
    source: str
    condition: conditions.Condition
    mark: Mark


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


def _clash(day_spec: str, given: dict[int, str]) -> int | None:
    """The first weekday of ``day_spec`` that an earlier day spec already set, or None."""
    if day_spec.strip().lower() in HOLIDAY_KEYS:
        return None  # public holidays are not a weekday
    return next((d for d in parse_days(day_spec) if d in given), None)


class MappingChecker:
    """Checks a MarkedMap from one file against a named spec."""

    def __init__(self, file: str, rep: Reporter) -> None:
        self.file = file
        self.rep = rep

    def check(self, data: object, spec_name: str, mark: Mark, where: str) -> dict[str, Any]:
        if not isinstance(data, MarkedMap):
            self.rep.error(self.file, mark, f"{where} must be a mapping, got {type_name(data)}")
            return {}
        spec = SPECS[spec_name]
        result: dict[str, Any] = {}
        for key, value in data.items():
            f = spec.get(key)
            if f is None:
                self.rep.error(
                    self.file,
                    data.key_at(key),
                    f"unknown key '{key}' in {where}{did_you_mean(key, spec)}",
                )
                continue
            if value is None:
                if f.required:
                    self.rep.error(self.file, data.key_at(key), f"'{key}' needs a value")
                continue
            converted = self.convert(f, value, data.value_at(key), f"'{key}' of {where}")
            if converted is not _INVALID:
                result[key] = converted
        return result

    def convert(self, f: Field, value: Any, mark: Mark, where: str) -> Any:
        handler = _HANDLERS[f.kind]
        return handler(self, f, value, mark, where)

    # --- kinds -------------------------------------------------------------------------

    def fail(self, mark: Mark, message: str) -> object:
        self.rep.error(self.file, mark, message)
        return _INVALID

    def k_id(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, str) or not _ID.match(value):
            return self.fail(
                mark,
                f"{where} must be an id of lower-case letters, digits, '_' or '-', got {value!r}",
            )
        return value

    def k_str(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return self.fail(mark, f"{where} must be text, got {type_name(value)}")
        text = str(value).strip()
        if not text:
            return self.fail(mark, f"{where} is empty")
        return text

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
        for lang, name in (("nl", "Dutch"), ("en", "English")):
            if lang not in texts and not any(k == lang for k in value):
                message = f"{where} has no {name} text ('{lang}')"
                if f.required:
                    self.rep.error(self.file, mark, message)
                else:
                    self.rep.warning(self.file, mark, message)
        if not texts:
            return _INVALID
        return Text(nl=texts.get("nl", ""), en=texts.get("en", ""))

    def k_words(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, MarkedMap):
            return self.fail(mark, f"{where} must map nl and en to lists of words")
        words: dict[str, tuple[str, ...]] = {"nl": (), "en": ()}
        for key, items in value.items():
            if key not in words:
                self.rep.error(self.file, value.key_at(key), f"unknown language '{key}' in {where}")
                continue
            converted = self.k_list_of_str(items, value.value_at(key), f"{where} ({key})")
            if converted is not None:
                words[key] = converted
        return words

    def k_patterns(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        """Like words, and every pattern must parse: errors point at the pattern's column."""
        from steunwijzer.core.model import PatternText
        from steunwijzer.core.patterns import PatternError, parse

        if not isinstance(value, MarkedMap):
            return self.fail(mark, f"{where} must map nl and en to lists of patterns")
        out: list[PatternText] = []
        for key, items in value.items():
            if key not in ("nl", "en"):
                self.rep.error(self.file, value.key_at(key), f"unknown language '{key}' in {where}")
                continue
            item_mark = value.value_at(key)
            converted = self.k_list_of_str(items, item_mark, f"{where} ({key})")
            for i, text in enumerate(converted or ()):
                at = items.item_at(i) if isinstance(items, MarkedList) else item_mark
                try:
                    parse(text)
                except PatternError as exc:
                    self.rep.error(
                        self.file,
                        (at[0], at[1] + exc.offset),
                        f"{where} ({key}): pattern '{text}': {exc}",
                    )
                    continue
                out.append(PatternText(text, key, f"{shown_path(self.file)}:{at[0]}"))
        return tuple(out)

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

    def k_enum(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, str) or value not in f.choices:
            return self.fail(
                mark,
                f"{where} must be one of {', '.join(f.choices)}, got {value!r}"
                + (did_you_mean(value, f.choices) if isinstance(value, str) else ""),
            )
        return value

    def k_enum_list(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        items = self.k_list_of_str(value, mark, where)
        if items is None:
            return _INVALID
        good: list[str] = []
        for i, item in enumerate(items):
            item_mark = value.item_at(i) if isinstance(value, MarkedList) else mark
            if f.choices and item not in f.choices:
                self.rep.error(
                    self.file,
                    item_mark,
                    f"{where}: unknown value '{item}' (use {', '.join(f.choices)})"
                    + did_you_mean(item, f.choices),
                )
            else:
                good.append(item)
        return tuple(good)

    def k_ref_list(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if f.choices:
            return self.k_enum_list(f, value, mark, where)
        items = self.k_list_of_str(value, mark, where)
        if items is None:
            return _INVALID
        item_marks = tuple(
            value.item_at(i) if isinstance(value, MarkedList) else mark for i in range(len(items))
        )
        return RefList(items, item_marks)

    def k_lang_list(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        items = self.k_list_of_str(value, mark, where)
        if items is None:
            return _INVALID
        for item in items:
            if not _LANG.match(item):
                return self.fail(mark, f"{where}: '{item}' is not a two-letter language code")
        return items

    def k_int(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, bool) or not isinstance(value, int):
            return self.fail(mark, f"{where} must be a whole number, got {type_name(value)}")
        return value

    def k_bool(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, bool):
            return self.fail(mark, f"{where} must be true or false, got {value!r}")
        return value

    def k_date(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        return self.fail(mark, f"{where} must be a date like 2026-09-01, got {value!r}")

    def k_date_list(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        items = value if isinstance(value, MarkedList) else [value]
        days: list[dt.date] = []
        for i, item in enumerate(items):
            item_mark = value.item_at(i) if isinstance(value, MarkedList) else mark
            day = self.k_date(f, item, item_mark, where)
            if isinstance(day, dt.date):
                days.append(day)
        return tuple(days)

    def k_str_list(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        items = self.k_list_of_str(value, mark, where)
        return _INVALID if items is None else tuple(items)

    def k_contact(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, MarkedMap):
            return self.fail(mark, f"{where} must be a mapping (phone, email, url, ...)")
        spec = SPECS["contact"]
        phones: list[str] = []
        fields: dict[str, str] = {}
        for key, item in value.items():
            item_mark = value.value_at(key)
            if key not in spec:
                self.rep.error(
                    self.file,
                    value.key_at(key),
                    f"unknown key '{key}' in {where}{did_you_mean(key, spec)}",
                )
            elif key == "own_practice":
                if isinstance(item, bool):
                    fields[key] = "yes" if item else ""
                else:
                    self.rep.error(self.file, item_mark, f"{where} own_practice must be true/false")
            elif key == "phone":
                numbers = self.k_list_of_str(item, item_mark, f"{where} phone")
                for i, number in enumerate(numbers or ()):
                    pos = item.item_at(i) if isinstance(item, MarkedList) else item_mark
                    if valid_phone(number):
                        phones.append(number)
                    else:
                        self.rep.error(self.file, pos, f"malformed phone number '{number}'")
            elif not isinstance(item, str) or not item.strip():
                self.rep.error(self.file, item_mark, f"{where} {key} must be text")
            elif key == "email" and not valid_email(item.strip()):
                self.rep.error(self.file, item_mark, f"malformed e-mail address '{item}'")
            elif key in ("url", "chat") and not valid_url(item.strip()):
                self.rep.error(
                    self.file, item_mark, f"malformed URL '{item}' (expected https://...)"
                )
            else:
                fields[key] = item.strip()
        return Contact(
            phones=tuple(phones),
            email=fields.get("email"),
            url=fields.get("url"),
            chat=fields.get("chat"),
            address=fields.get("address"),
            own_practice=bool(fields.get("own_practice")),
        )

    def k_hours(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, str) and value.strip().replace(" ", "") in ("24/7", "24x7"):
            return ALWAYS
        if not isinstance(value, MarkedMap):
            return self.fail(mark, f'{where} must be "24/7" or a mapping of days to times')
        if not value:
            # {} used to mean "always closed": say what was meant instead.
            return self.fail(mark, f'{where} is empty; write "24/7" or days with times')
        pairs: list[tuple[str, list[str]]] = []
        parts: list[str] = []
        ok = True
        given: dict[int, str] = {}  # weekday -> the day spec that set it
        for day, spans in value.items():
            span_list = [spans] if isinstance(spans, str) else spans
            if not isinstance(span_list, list) or not all(isinstance(s, str) for s in span_list):
                self.rep.error(self.file, value.value_at(day), f"{where} {day}: times must be text")
                ok = False
                continue
            try:
                build_hours([(day, span_list)], "")
            except HoursError as exc:
                self.rep.error(self.file, value.key_at(day), f"{where}: {exc}")
                ok = False
                continue
            clash = _clash(day, given)
            if clash is not None:
                # "mon" and "mon-fri: closed" contradict each other; neither may win silently.
                self.rep.error(
                    self.file,
                    value.key_at(day),
                    f"{where}: '{day}' and '{given[clash]}' both give hours for "
                    f"{DAYS[clash]}; give each day once",
                )
                ok = False
                continue
            if day.strip().lower() not in HOLIDAY_KEYS:
                given.update(dict.fromkeys(parse_days(day), day))
            pairs.append((day, span_list))
            parts.append(f"{day} {', '.join(span_list)}")
        if not ok:
            return _INVALID
        return build_hours(pairs, "; ".join(parts))

    def k_waiting(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        if isinstance(value, str):
            if value.strip().lower() in _NO_WAIT:
                return 0
            match = _WAIT.match(value)
            if match:
                number, unit = int(match.group(1)), match.group(2).lower()
                return number * 7 if unit.startswith("we") else number
        return self.fail(mark, f'{where} must be "none", "3 days", "2 weeks" or a number')

    def k_cost(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, str) and value.strip().lower() in ("free", "gratis"):
            return FREE
        return self.k_text(f, value, mark, where)

    def k_condition(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, str):
            return self.fail(mark, f"{where} must be a condition in quotes, got {type_name(value)}")
        try:
            return ParsedCondition(value, conditions.parse(value), mark)
        except conditions.ConditionError as exc:
            column = mark[1] + exc.offset + (1 if value.startswith(("'", '"')) else 0)
            return self.fail((mark[0], column), f"{where}: {exc}")

    def k_choices(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, MarkedList) or not value:
            return self.fail(mark, f"{where} must be a list of choices (id and label)")
        out: list[Choice] = []
        seen: set[str] = set()
        for i, item in enumerate(value):
            data = self.check(item, "choice", value.item_at(i), f"choice {i + 1} of {where}")
            if "id" not in data or "label" not in data:
                if isinstance(item, MarkedMap):
                    self.rep.error(self.file, value.item_at(i), "a choice needs an id and a label")
                continue
            if data["id"] in seen:
                self.rep.error(self.file, value.item_at(i), f"duplicate choice id '{data['id']}'")
                continue
            seen.add(data["id"])
            out.append(Choice(data["id"], data["label"]))
        return tuple(out)

    def k_nested(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        return self.check(value, f.spec, mark, where)

    def k_entries(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if not isinstance(value, MarkedList):
            return self.fail(mark, f"{where} must be a list of entries (- id: ...)")
        return value  # each entry is checked by the catalogue loader, which knows layers


@dataclass(frozen=True, slots=True)
class RefList:
    """Ids that refer to themes, with the position of each for later reference checks."""

    ids: tuple[str, ...]
    marks: tuple[Mark, ...]


class _Invalid:
    pass


_INVALID: Any = _Invalid()

_HANDLERS: dict[str, Callable[[MappingChecker, Field, Any, Mark, str], object]] = {
    "id": MappingChecker.k_id,
    "str": MappingChecker.k_str,
    "text": MappingChecker.k_text,
    "words": MappingChecker.k_words,
    "patterns": MappingChecker.k_patterns,
    "int": MappingChecker.k_int,
    "bool": MappingChecker.k_bool,
    "date": MappingChecker.k_date,
    "date_list": MappingChecker.k_date_list,
    "str_list": MappingChecker.k_str_list,
    "enum": MappingChecker.k_enum,
    "enum_list": MappingChecker.k_enum_list,
    "ref_list": MappingChecker.k_ref_list,
    "lang_list": MappingChecker.k_lang_list,
    "contact": MappingChecker.k_contact,
    "hours": MappingChecker.k_hours,
    "waiting": MappingChecker.k_waiting,
    "cost": MappingChecker.k_cost,
    "condition": MappingChecker.k_condition,
    "choices": MappingChecker.k_choices,
    "map": MappingChecker.k_nested,
    "entries": MappingChecker.k_entries,
}
