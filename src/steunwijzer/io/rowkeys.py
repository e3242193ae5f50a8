"""The keys of a batch row as people write them, and a refused row's answers.

JSON row keys match in any case, as CSV headers do; a question id at the top of a JSON
row is an answer, as a CSV column is; a refused row keeps what answers can still be read
for its acute part (see salvage.acute_part).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from steunwijzer.core.answers import near_question, question_key
from steunwijzer.core.jsonin import Alternatives
from steunwijzer.core.salvage import pairs_in, strings_in
from steunwijzer.core.textnorm import did_you_mean, normalise
from steunwijzer.errors import UserInputError
from steunwijzer.io.typed import clean

ROW_KEYS = ("id", "themes", "text", "answers", "lang")
# A spreadsheet's own name for the id column ("student_id", "Nr.", "#"): refused, each
# row got its row number as id, and student 1's rope tonight came out under id 2, the
# other student's number (an outsiders' hostile round, round 21). Read as the id column
# when the header has no "id" of its own and names one of these once; in JSON Lines
# too ("studentnummer": round 33, S1).
ID_NAMES = frozenset(
    ("#", "nr", "no", "nummer", "student_id", "studentid", "student id", "student-id",
     "student_nr", "studentnr", "student nr", "studentnummer", "student number",
     "student_number", "case", "case_id", "caseid", "case id", "casus", "casusnummer",
     "dossier", "dossiernummer", "id.", "nr.", "no.")
)  # fmt: skip
# Row keys as people write them in Dutch or by habit: a row with "tekst" was read as
# having no text at all, "nothing recognised", whatever it said (round 8).
KEY_ALIASES = {
    "tekst": "text",
    "teksten": "text",
    "texts": "text",
    "thema": "themes",
    "themas": "themes",
    "thema's": "themes",
    "theme": "themes",
    "antwoord": "answers",
    "antwoorden": "answers",
    "answer": "answers",
    "taal": "lang",
    "language": "lang",
}


def row_keys(data: dict[str, Any]) -> dict[str, Any]:
    """The row with its keys matched in any case, as CSV headers are: '"Text": "ik wil
    dood"' was ignored and the row came out as nothing recognised (an outside test)."""
    if all(
        k in ROW_KEYS or (k.strip().lower() not in ROW_KEYS and k.strip().lower() not in ID_NAMES)
        for k in data
    ):
        return data
    found = dict(data)
    named = [k for k in data if k.strip().lower() in ID_NAMES]
    for key in data:
        # "ID " with a stray space, as a CSV header's is read (a hostile round, round 45)
        name = key.strip().lower()
        if named == [key] and all(k.lower() != "id" for k in data):
            name = "id"  # {"studentnummer": "1", ...}: its id, not the row number
        if name in ROW_KEYS and key != name:
            if name in found:
                raise UserInputError(f"'{key}' and '{name}' both given: use one")
            found[name] = found.pop(key)
    return found


def unwrapped(data: object) -> object:
    """A case inside one wrapper: a one-element array ([{...}], as a JSON Lines line of
    it already was) or one key around a row ({"case": {"id": "x", ...}}). Read whole, its
    id is its own; refused, the risk went out under the next row's id (a hostile round,
    round 45)."""
    if isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict):
        return data[0]
    if isinstance(data, dict) and len(data) == 1:
        ((key, inner),) = data.items()
        wrapper = key.strip().lower() not in ROW_KEYS and isinstance(inner, dict)
        if wrapper and any(isinstance(k, str) and k.strip().lower() in ROW_KEYS for k in inner):
            return inner
    return data


def top_level_answers(data: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """A question id at the top of a row ({"safety_plan": "ja"}, as a CSV flattened to JSON
    would have it) is an answer, as a CSV column is; it was ignored without a word.
    ``ids`` maps question_key(id) to the id (made once per file: this runs per row)."""
    if all(k in ROW_KEYS for k in data):  # most rows: id, themes, text only
        return data
    moved = {k: ids[question_key(k)] for k in data if k not in ROW_KEYS and question_key(k) in ids}
    if not moved:
        return data
    answers = data.get("answers")
    merged: dict[str, Any] = dict(answers) if isinstance(answers, dict) else {}
    found = dict(data)
    for key, question in moved.items():
        if question in merged or any(question_key(k) == question for k in merged):
            raise UserInputError(f"'{key}' is given at the top and under 'answers': use one")
        merged[question] = found.pop(key)
    found["answers"] = merged
    return found


def top_answers(data: dict[str, Any], questions: Collection[str] | None) -> dict[str, Any]:
    """The top-level question ids of a refused row, still read for its acute part."""
    ids = {question_key(q) for q in questions or ()}
    return {question_key(k): v for k, v in data.items() if question_key(k) in ids}


def merged(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Both rows' answers; a question answered twice keeps both (a "ja" among them counts
    in the acute part)."""
    both: dict[str, Any] = dict(first)
    for key, value in second.items():
        both[key] = Alternatives([both[key], value]) if key in both else value
    return both


def answers_of(data: dict[str, object]) -> dict[str, object]:
    """A refused row's answers, still read for its acute part (a bad "lang" lost a "ja"
    to a safety question while the row's text was searched)."""
    answers = data.get("answers")
    if isinstance(answers, dict):
        return {**nested_unread(data), **answers}
    # Not an object (a list, or JSON written into a string): kept under its own key, so
    # the salvage reads what it holds (salvage.pairs_in; round 10 lost such a "ja"). And
    # the objects under unknown keys ({"intake": {...}}: round 14).
    found = {} if answers is None else {"answers": answers}
    return {**nested_unread(data), **found}


def unread_keys(
    data: dict[str, Any], keep: Collection[str], ids: Collection[str]
) -> tuple[tuple[str, str], ...]:
    """The text under each top-level key that is not read (not a row key, a question id
    or a --keep key), to be searched for an acute signal (BatchRunner). A key that is a
    row key misspelt or in Dutch ("tekst", "Theme") is refused, as a CSV column is."""
    unread: list[tuple[str, str]] = []
    starts: set[str] | None = None  # made only for a row of many keys (per row, slow)
    for count, (key, value) in enumerate(data.items()):
        name = key.strip().lower()
        if name in ROW_KEYS or key in keep or question_key(key) in ids:
            continue
        # Past the first keys a misspelt question id is looked for only where it starts
        # as one does: a row of 100,000 keys took 11 s of fuzzy matching (a hostile
        # round, round 45); "safety_thougths" late in a row keeps its "ja".
        fuzzy = count < HINT_KEYS
        if not fuzzy and starts is None:
            starts = {question_key(i)[:3] for i in ids}
        alike = fuzzy or question_key(key)[:3] in (starts or ())
        alias = KEY_ALIASES.get(name) or (near_question(key, ids) if alike else None)
        hint = (
            f" (did you mean '{alias}'?)"
            if alias
            else did_you_mean(name, ROW_KEYS, 1, 0.8, 4)
            if fuzzy
            else ""
        )
        if hint:
            raise UserInputError(
                f"unknown key '{key}'{hint}: not read; a row has id, themes, text, lang, "
                f"answers or question ids (--keep {key} copies a key into the results)"
            )
        held = answers_inside(value, ids)
        if held:
            # {"intake": {"safety_thoughts": "ja"}}, a list of rows under "cases": the
            # answers were not read and the row said "nothing recognised", exit 0 (an
            # outsiders' hostile round, round 14). Refused, so its acute part is kept.
            raise UserInputError(
                f"key '{key}' holds answers ({', '.join(held)}): not read; a row's answers "
                "go under 'answers' or at the top, one row per line"
            )
        words = " ".join(s for s in strings_in(value) if s.strip())
        if _says_yes(value) or _statement(key):
            # A survey export keys the answer by its question: {"Denk je aan zelfmoord?":
            # "ja"} said nothing recognised (an outsiders' hostile round, round 9). A key
            # that says something is read whatever its value: {"ik wil dood": false}
            # was "nothing recognised" (round 14).
            words = f"{key} {words}"
        if words:
            unread.append((key, words))
    return tuple(unread)


# The first words of a plain no: every other answer to a key that asks something ("elke
# dag", "weet niet", "vaak", "soms") leaves the key's own words to be read. Only a yes was,
# and {"Denk je aan zelfmoord?": "elke dag"} was nothing recognised (a hostile round,
# round 13).
_NO_FIRST = frozenset(("nee", "neen", "no", "nope", "nah", "nooit", "never", "false", "0", "n"))


def _statement(key: str) -> bool:
    """A key of three words or more that asks nothing: a sentence, not a field name."""
    return len(key.split()) >= 3 and not key.rstrip().endswith("?")


def _says_yes(value: object) -> bool:
    """Not a plain no (the name is kept for its callers: "yes or unsure or more")."""
    if isinstance(value, bool):
        return value
    if not isinstance(value, str | int):
        return False
    words = normalise(str(value)).split()
    return bool(words) and words[0] not in _NO_FIRST


def answers_inside(value: object, ids: Collection[str]) -> list[str]:
    """The questions answered somewhere inside ``value`` (nested objects and lists)."""
    if not isinstance(value, dict | list) or not ids:
        return []
    pool = {question_key(i): i for i in ids}
    found: dict[str, None] = {}
    for count, (key, _) in enumerate(pairs_in({"": value})):
        if isinstance(key, str) and key:
            name = pool.get(question_key(key))
            if name is None and count < FUZZY_KEYS:
                name = pool.get(near_question(key, pool) or "")
            if name is not None:
                found[name] = None
    return list(found)


# Keys looked up as a misspelt question id; past them only an exact id counts. A row with
# a million unknown keys took 150 s of fuzzy matching (a hostile round, round 42, F4).
FUZZY_KEYS = 10_000
HINT_KEYS = 500  # keys of a row looked at for a misspelt row key or question id


_RAW_ID = re.compile(r'"id"\s*:\s*"?([^",}\s]{1,64})')


def row_id(data: dict[str, Any], row: int) -> str:
    """The id a row gives (a spreadsheet's id key, as in row_keys), else its number."""
    named = [k for k in data if k.strip().lower() in ID_NAMES]
    value = data.get("id", data[named[0]] if len(named) == 1 else None)
    if value in (None, ""):
        return str(row)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return clean(value) if isinstance(value, str) else str(row)


def raw_id(line: str, row: int) -> str:
    """The id of a row that is not valid JSON, where it can be read; else its number."""
    found = _RAW_ID.search(line[:4096])
    return found.group(1) if found else str(row)


def not_an_object(data: object, raw: str) -> tuple[str, str, dict[str, object]]:
    """The error for a JSON line that is no object, and what it holds for its acute part.
    A JSON array (what json.dump of a list writes) lost the "ja"s of every row in it (an
    outsiders' hostile round, round 14)."""
    message = "each line must be a JSON object"
    held: dict[str, object] = {"": data}
    if isinstance(data, list):
        message += " (this line is a JSON array: batch reads JSON Lines, one object per line)"
        if len(data) == 2 and isinstance(data[0], str):
            held[data[0]] = data[1]  # ["safety_thoughts", "ja"] as a row
    return message, raw, held


def nested_unread(data: dict[str, Any]) -> dict[str, Any]:
    """The objects and lists under keys that are not row keys, for a refused row's acute
    part to look inside (salvage.pairs_in walks them)."""
    return {
        k: v for k, v in data.items() if isinstance(v, dict | list) and k.lower() not in ROW_KEYS
    }


def near_answers(data: dict[str, Any], ids: Collection[str]) -> dict[str, Any]:
    """{question id: value} for the keys of a refused row that are near a question id."""
    by_key = {question_key(i): i for i in ids}
    found: dict[str, Any] = {}
    for key, value in data.items():
        near = near_question(key, ids) if isinstance(key, str) else None
        if near is not None:
            found[by_key[near]] = value
    return found
