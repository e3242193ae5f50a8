"""Check one mapping of a catalogue file against its spec and convert its values.

Every problem is reported (never just the first) as a Diagnostic at the line and
column of the offending key or value. Values that fail are left out of the result,
so later stages see only well-typed data. This module owns the dispatch by kind and
the kinds of structure (ids, enums, lists, dates, conditions, choices, patterns);
the shared checker is in ``checking``, the practical details of an offering (contact,
hours, waiting time, cost) in ``fields_practical``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from steunwijzer.catalog.checking import (
    INVALID,
    ParsedCondition,
    RefList,
    Reporter,
    type_name,
)
from steunwijzer.catalog.fields_practical import PracticalFields
from steunwijzer.catalog.resources import shown_path
from steunwijzer.catalog.spec import ID_PATTERN, ISO_639_1, LANG_CODE, SPECS, Field
from steunwijzer.catalog.yamlsource import Mark, MarkedList, MarkedMap
from steunwijzer.core import conditions
from steunwijzer.core.model import Choice
from steunwijzer.core.textnorm import did_you_mean

__all__ = ["MappingChecker", "ParsedCondition", "RefList", "Reporter", "type_name"]

_ID = re.compile(ID_PATTERN)
_LANG = re.compile(LANG_CODE)


def shortened(text: str, at_most: int = 80) -> str:
    """A pattern as quoted in a message: a 200 KB pattern made a 200 KB error line."""
    return text if len(text) <= at_most else text[: at_most - 1] + "…"


class MappingChecker(PracticalFields):
    """Checks a MarkedMap from one file against a named spec."""

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
            if f.kind == "str" and key in data.texts:
                value = data.texts[key]  # as written: "2026.10", not the number 2026.1
            converted = self.convert(f, value, data.value_at(key), f"'{key}' of {where}")
            if converted is not INVALID:
                result[key] = converted
        return result

    def convert(self, f: Field, value: Any, mark: Mark, where: str) -> Any:
        handler = _HANDLERS[f.kind]
        return handler(self, f, value, mark, where)

    # --- kinds -------------------------------------------------------------------------

    def k_id(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        if isinstance(value, bool):  # `id: no` said "not False" (round 17's hostile F16)
            return self.fail(
                mark,
                f"{where} must be an id; YAML read {str(value).lower()} (yes, no, on or off "
                "unquoted): put the id in quotes",
            )
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
                # "", " " and "*" matched every theme by a lookup of "*" (a hostile round,
                # round 17): warned about and left out, so the file still loads.
                for i, word in enumerate(converted):
                    if not any(ch.isalnum() for ch in word):
                        at = items.item_at(i) if isinstance(items, MarkedList) else mark
                        self.rep.warning(
                            self.file,
                            at,
                            f"{where} ({key}): '{word}' has no letter or digit; left out",
                        )
                words[key] = tuple(w for w in converted if any(ch.isalnum() for ch in w))
        return words

    def k_patterns(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        """Like words, and every pattern must parse: errors point at the pattern's column."""
        from steunwijzer.core.model import PatternText
        from steunwijzer.core.patterns import PatternError, parse, surely_valid

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
                    if not surely_valid(text):
                        parse(text)
                except PatternError as exc:
                    self.rep.error(
                        self.file,
                        (at[0], at[1] + exc.offset),
                        f"{where} ({key}): pattern '{shortened(text)}': {exc}",
                    )
                    continue
                out.append(PatternText(text, key, f"{shown_path(self.file)}:{at[0]}"))
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
            return INVALID
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
            return INVALID
        item_marks = tuple(
            value.item_at(i) if isinstance(value, MarkedList) else mark for i in range(len(items))
        )
        return RefList(items, item_marks)

    def k_lang_list(self, f: Field, value: Any, mark: Mark, where: str) -> object:
        items = self.k_list_of_str(value, mark, where)
        if items is None:
            return INVALID
        for item in items:
            if not _LANG.match(item):
                return self.fail(mark, f"{where}: '{item}' is not a two-letter language code")
            if item.lower() not in ISO_639_1:
                # `languages: [xx]` passed without a word (a hostile round, round 34, H10);
                # a warning, so a file with a code this list lacks keeps loading.
                self.rep.warning(self.file, mark, f"{where}: '{item}' is not an ISO 639-1 code")
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
        return INVALID if items is None else tuple(items)

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
    "timezone": MappingChecker.k_timezone,
    "waiting": MappingChecker.k_waiting,
    "cost": MappingChecker.k_cost,
    "condition": MappingChecker.k_condition,
    "choices": MappingChecker.k_choices,
    "map": MappingChecker.k_nested,
    "entries": MappingChecker.k_entries,
}
