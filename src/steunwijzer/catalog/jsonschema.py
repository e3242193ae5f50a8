"""A JSON Schema of the catalogue format, generated from the specs the validator uses.

Editors use it for completion and checking (the YAML language server reads a
``# yaml-language-server: $schema=...`` comment). It expresses what JSON Schema can:
keys, types, enums, patterns and required keys; references between files (theme ids,
duplicate ids) and conditions are checked by ``steunwijzer catalog validate`` only.
"""

from __future__ import annotations

from typing import Any

from steunwijzer.catalog.spec import ID_PATTERN, LANG_CODE, SCHEMA_VERSION, SPECS, Field
from steunwijzer.core.formats import EMAIL_PATTERN, PHONE_PATTERN, URL_PATTERN
from steunwijzer.core.hours import DAY_ALIASES, DAYS, HOLIDAY_KEYS

_TEXT_VALUE = {"type": "string", "minLength": 1}
_SPAN = r"^\s*(closed|\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2})\s*$"
_DAY = "|".join([*DAYS, *DAY_ALIASES])
_DAY_SPEC = rf"^(({_DAY})(-({'|'.join(DAYS)}))?|{'|'.join(HOLIDAY_KEYS)})$"
_WAIT = (
    r"^\s*(none|geen|no waiting list|geen wachtlijst|\d+"
    r"|\d+\s*(days?|dagen|dag|weeks?|weken|week))\s*$"
)


def _text(required: bool) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {"nl": _TEXT_VALUE, "en": _TEXT_VALUE},
        "additionalProperties": False,
        "minProperties": 1,
    }
    if required:
        schema["required"] = ["nl", "en"]
    return schema


def _list_of(item: dict[str, Any]) -> dict[str, Any]:
    # The validator also accepts a single value where a list is expected.
    return {"anyOf": [{"type": "array", "items": item}, item]}


def _field(f: Field) -> dict[str, Any]:
    kind = f.kind
    schema: dict[str, Any]
    if kind == "id":
        schema = {"type": "string", "pattern": ID_PATTERN}
    elif kind == "str":
        schema = {"type": ["string", "number"]}
    elif kind == "timezone":
        schema = {"type": "string", "examples": ["Europe/Amsterdam"]}
    elif kind == "text":
        schema = _text(f.required)
    elif kind in ("words", "patterns"):
        words = {"type": "array", "items": {"type": "string"}}
        schema = {
            "type": "object",
            "properties": {"nl": words, "en": words},
            "additionalProperties": False,
        }
    elif kind == "int":
        schema = {"type": "integer"}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "date_list":
        schema = _list_of({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"})
    elif kind == "str_list":
        schema = _list_of({"type": "string"})
    elif kind == "date":
        schema = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    elif kind == "enum":
        schema = {"enum": list(f.choices)}
    elif kind in ("enum_list", "ref_list"):
        item = {"enum": list(f.choices)} if f.choices else {"type": "string", "pattern": ID_PATTERN}
        schema = _list_of(item)
    elif kind == "lang_list":
        schema = _list_of({"type": "string", "pattern": LANG_CODE})
    elif kind == "contact":
        # The validator's own patterns (core.formats): one definition of each format.
        phone = {"type": ["string", "integer"], "pattern": PHONE_PATTERN}
        web = {"type": "string", "pattern": URL_PATTERN}
        schema = {
            "type": "object",
            "properties": {
                "phone": {"anyOf": [phone, _list_of(phone)]},  # one number, or a list
                "email": {"type": "string", "pattern": EMAIL_PATTERN},
                "url": web,
                "chat": web,
                "address": {"type": "string"},
                "own_practice": {"type": "boolean"},
            },
            "additionalProperties": False,
        }
    elif kind == "hours":
        span = {"type": "string", "pattern": _SPAN}
        schema = {
            "anyOf": [
                {"enum": ["24/7", "24x7"]},
                {
                    "type": "object",
                    "propertyNames": {"pattern": _DAY_SPEC},
                    "additionalProperties": _list_of(span),
                },
            ]
        }
    elif kind == "waiting":
        schema = {
            "anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": _WAIT}]
        }
    elif kind == "cost":
        schema = {"anyOf": [{"enum": ["free", "gratis"]}, _text(False)]}
    elif kind == "condition":
        schema = {"type": "string", "minLength": 1}
    elif kind == "choices":
        schema = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/choice"}}
    elif kind == "entries":
        schema = {"type": "array", "items": {"$ref": f"#/$defs/{f.spec}"}}
    elif kind == "map":
        schema = {"$ref": f"#/$defs/{f.spec}"}
    else:  # pragma: no cover - every kind is listed above
        raise ValueError(kind)
    if f.help:
        schema = {**schema, "description": f.help}
    return schema


def _object(spec_name: str, entry: bool) -> dict[str, Any]:
    spec = SPECS[spec_name]
    required = [f.name for f in spec.values() if f.required]
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {name: _field(f) for name, f in spec.items()},
        "additionalProperties": False,
    }
    # Entries in a later layer may override only some fields of an earlier entry, so
    # only their id is required everywhere; the validator checks the merged result.
    if entry:
        required = ["id"]
    if required:
        schema["required"] = required
    return schema


def catalog_json_schema() -> dict[str, Any]:
    entries = {"tier", "theme", "offering", "question", "rule", "tip", "choice", "term"}
    defs = {name: _object(name, name in entries) for name in SPECS if name != "file"}
    top = _object("file", entry=False)
    top["properties"]["schema_version"] = {
        "const": SCHEMA_VERSION,
        "description": "Format version; currently 1.",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://steunwijzer.invalid/catalog.schema.json",
        "title": "steunwijzer catalogue file",
        **top,
        "$defs": defs,
    }
