"""Reading JSON input (batch rows, answers files) as strictly as YAML is read.

Duplicate keys are an error, as in catalogues: in ``{"safety_thoughts": "ja",
"safety_thoughts": "nee"}`` a later "nee" must not silently cancel a "ja". Nesting
deeper than any real case is refused before it can exhaust the stack.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 32  # a real case is two or three levels deep


class DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key '{key}'")
        self.key = key


class Alternatives(list[Any]):
    """Every value a duplicated key was given, in order (only for salvaging a refused input:
    see salvage.acute_part, where a "yes" among them counts)."""


def collect_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key not in data:
            data[key] = value
        elif isinstance(data[key], Alternatives):
            data[key].append(value)
        else:
            data[key] = Alternatives([data[key], value])
    return data


def loads_lenient(text: str) -> Any:
    """The data of a JSON text refused for a duplicate key, with every value kept."""
    return whole_characters(text, json.loads(text, object_pairs_hook=collect_duplicates))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return data


# One decoder for every row: json.loads builds a new one per call when given a hook.
_STRICT = json.JSONDecoder(object_pairs_hook=_unique_keys)


def loads_strict(text: str) -> Any:
    """json.loads that refuses duplicate keys and deep nesting (ValueError, RecursionError).

    json.JSONDecodeError is a ValueError too; callers catch ValueError after it.
    """
    if text[:1] == "\ufeff":  # json.loads says what is wrong with a BOM
        data = json.loads(text, object_pairs_hook=_unique_keys)
    else:
        data = _STRICT.decode(text)
    # Only a text with more brackets than MAX_DEPTH can nest that deep (brackets inside
    # strings only overcount), so most rows skip the walk.
    if text.count("{") + text.count("[") > MAX_DEPTH and _too_deep(data):
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
    return whole_characters(text, data)


# "\udfff" alone is valid JSON but half a character: no UTF-8 output can hold it, and
# writing it stopped a whole batch. A pair ("\ud83d\ude00") is decoded whole by json.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str, data: Any) -> Any:
    """The data with every lone surrogate in a key or text replaced by U+FFFD."""
    if not _SURROGATE_ESCAPE.search(text):
        return data
    return _replace_lone(data)


def _replace_lone(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE.sub("\ufffd", value)
    if isinstance(value, Alternatives):
        return Alternatives(_replace_lone(v) for v in value)
    if isinstance(value, list):
        return [_replace_lone(v) for v in value]
    if isinstance(value, dict):
        return {_replace_lone(k): _replace_lone(v) for k, v in value.items()}
    return value


def _too_deep(data: Any) -> bool:
    if not isinstance(data, dict | list):
        return False
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        items = value.values() if isinstance(value, dict) else value
        stack.extend((item, depth + 1) for item in items if isinstance(item, dict | list))
    return False
