"""Counting a group's needs for the report: one pass, flat memory, any input size.

Owns which columns ``--by`` may split on (never an id, free text or answers), how a
``--by`` value becomes a group, and the counts per group that ``report.build`` turns into
sections; themes the catalogue does not know are counted together as ``OTHER``.
"""

from __future__ import annotations

import re
from collections import Counter

from steunwijzer.core.answers import NO_WORDS, YES_WORDS
from steunwijzer.core.model import Catalog
from steunwijzer.core.textnorm import normalise
from steunwijzer.errors import UsageError
from steunwijzer.io.escape import csv_cell, plain
from steunwijzer.io.report_input import Need

MAX_GROUPS = 50
MAX_GROUP_SPELLINGS = 1_000  # --by values remembered as written (" FEB" and "FEB")
MAX_THEME_SETS = 20_000  # distinct theme lists counted before they are spread out
MAX_GROUP_TEXT = 60  # a longer value reads as free text, not as a category
ALL = "*"
OTHER = "_other"  # themes the catalogue does not know, counted together
# Names that identify a student or hold free text or answers: never a --by column.
REFUSED_BY = frozenset(
    [
        "id",
        "ids",
        "line",
        "student",
        "student_id",
        "studentnummer",
        "student_number",
        "studentnr",
        "name",
        "naam",
        "email",
        "e-mail",
        "mail",
        "phone",
        "telefoon",
        "text",
        "own_words",
        "answers",
        "reasons",
        "tips",
        "referrals",
        "error",
        "override",
        "catalog",
        "note",
        "notes",
        "opmerking",
        "opmerkingen",
        "comment",
        "comments",
        "remark",
        "remarks",
        "description",
        # a hostile round, round 31 (H4): short notes, people and special categories
        # passed as group values ("wil dood", first names, a religion)
        "notitie",
        "notities",
        "toelichting",
        "tekst",
        "beschrijving",
        "omschrijving",
        "persoon",
        "person",
        "client",
        "cliënt",
        "deelnemer",
        "participant",
        "respondent",
        "nickname",
        "bijnaam",
        "studentid",
        "dob",
        "tel",
        "gsm",
        "mobile",
        "zip",
        "pc4",
        "rekeningnummer",
        "religie",
        "religion",
        "geloof",
        "etniciteit",
        "ethnicity",
        "afkomst",
        "diagnose",
        "diagnosis",
    ]
)


# Parts of a column name that say it identifies a person: "--by bsn", "emailadres",
# "voornaam", "geboortedatum" printed one group per student (an outsiders' hostile round,
# round 14).
_IDENTIFYING = ("mail", "bsn", "adres", "address", "postcode", "zipcode", "geboorte", "birth",
                "telefoon", "phone", "mobiel", "iban")  # fmt: skip
_PERSON_NAMES = frozenset(("voornaam", "achternaam", "roepnaam", "volledige_naam", "initialen",
                           "first_name", "last_name", "full_name", "surname", "initials",
                           "leerlingnummer", "snr", "student_nr", "studentnumber"))  # fmt: skip
_SINGLES = 0.8  # the share of one-person groups that marks a column as an identifier
_PERSONAL = re.compile(r"@|^[a-zA-Z]?\d{6,}$")  # an address, a student or BSN number
# ... unless every such value is a month or a day written as digits ("202409",
# "20240901"): refused as student numbers, with the advice to choose a month (a hostile
# round, round 64). A column of people still meets the "a value of its own" check.
_MONTH_CODE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?")


def check_by(field: str) -> None:
    """--by refuses ids, free text and answers by name (values are checked as they come)."""
    name = field.strip().lower()
    identifying = name in _PERSON_NAMES or any(part in name for part in _IDENTIFYING)
    if not name or name in REFUSED_BY or identifying or name.endswith(("_id", "-id", "_nr")):
        raise UsageError(
            f"--by {field}: this column identifies a student or holds free text; "
            "choose a grouping column such as a faculty or a month"
        )


class Tally:
    """Counts per group, filled one need at a time (flat memory, any input size)."""

    def __init__(
        self,
        by: str | None,
        connection: dict[str, tuple[str, ...]],
        known: frozenset[str] | None = None,
    ) -> None:
        self.by = by
        # Theme ids the catalogue knows; any other "theme" in an input (perhaps free text
        # typed into a hand-made file) is never shown by name, only counted as OTHER.
        self.known = known
        self.connection = connection
        self.groups: dict[str, Counter[tuple[str, str]]] = {}
        self._keys: dict[str, str] = {}  # a --by value as written -> its group
        self.shapes: dict[str, Counter[tuple[str | None, str | None, bool, str | None]]] = {}
        self.theme_sets: dict[str, Counter[tuple[tuple[str, ...], tuple[str, ...] | None]]] = {}
        self.missing_group = 0
        self.no_emphasis = 0
        self.no_referral_themes = 0
        self.no_recognised = 0
        self.no_date = 0

    def group_key(self, value: object) -> str:
        if type(value) is str:
            known = self._keys.get(value)
            if known is not None:
                return known
            key = self._group_key(value)
            if key and len(self._keys) < MAX_GROUP_SPELLINGS:  # "" is counted each time
                self._keys[value] = key
            return key
        return self._group_key(value)

    def _group_key(self, value: object) -> str:
        if value is None or value == "":
            self.missing_group += 1
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        if not isinstance(value, str):
            raise UsageError(f"--by {self.by}: holds lists or objects, not one value per row")
        # One value is one group whatever the file: a CSV cell guarded against formulas
        # ("'=HYPERLINK") and a JSON value with an escape sequence stood as groups of
        # their own beside the same value (a hostile round, round 34, H6).
        text = plain(value).strip()
        if text[:1] == "'" and csv_cell(text[1:]) == text:
            text = text[1:]
        if not text:
            self.missing_group += 1
        if len(text) > MAX_GROUP_TEXT or "\n" in text:
            raise UsageError(f"--by {self.by}: holds free text, not a category")
        return text

    def add(self, need: Need) -> None:
        key = self.group_key(need.group) if self.by else ALL
        counts = self.groups.get(key)
        if counts is None:
            if len(self.groups) >= MAX_GROUPS:
                raise UsageError(
                    f"--by {self.by}: more than {MAX_GROUPS} different values; "
                    "a report splits by a column with few values"
                )
            counts = self.groups[key] = Counter()
            self.shapes[key] = Counter()
            self.theme_sets[key] = Counter()
        # One key for everything a need is (plain fields), counted once per need: the
        # sections are split out of these keys in build(), so a row costs one increment.
        counts["total", "rows"] += 1
        self.shapes[key][need.tier, need.urgency, need.recognised, need.emphasis] += 1
        themes = need.themes
        if themes:
            sets = self.theme_sets[key]
            sets[themes, need.gaps] += 1
            if len(sets) > MAX_THEME_SETS:  # odd inputs: keep memory flat
                self._spill(counts, sets)
        if need.emphasis is None:
            self.no_emphasis += 1
        if not need.recognised_given:
            self.no_recognised += 1
        if need.session:
            counts["total", "sessions"] += 1
            if not need.has_date:
                self.no_date += 1
            answers = need.answers or {}
            for question, choices in self.connection.items():
                counts["connection." + question, _answer(answers.get(question), choices)] += 1

    def _spill(
        self,
        counts: Counter[tuple[str, str]],
        sets: Counter[tuple[tuple[str, ...], tuple[str, ...] | None]],
    ) -> None:
        for (found, gaps), n in sets.items():
            themes = self._named(found)
            for theme in themes:
                counts["themes", theme] += n
            if gaps is None:
                self.no_referral_themes += n
                continue
            for theme in themes:
                counts["gap_base", theme] += n
            for theme in self._named(gaps):
                counts["gaps", theme] += n
        sets.clear()

    def _named(self, themes: tuple[str, ...]) -> tuple[str, ...]:
        known = self.known
        if known is None or all(t in known for t in themes):
            return themes
        return tuple(dict.fromkeys(t if t in known else OTHER for t in themes))

    def finish(self) -> None:
        """Spread the counted shapes over the sections (once, after the last need)."""
        personal = [k for k in self.groups if _PERSONAL.search(k)] if self.by else []
        if personal and not all(_MONTH_CODE.fullmatch(k) for k in personal):
            # "--by mentor" holding e-mail addresses or student numbers printed them as
            # group labels (a hostile round, round 14): whatever the column is called.
            raise UsageError(
                f"--by {self.by}: its values look like e-mail addresses or student numbers; "
                "choose a column such as a faculty or a month"
            )
        sizes = [c["total", "rows"] for c in self.groups.values()]
        if self.by and len(sizes) >= 10 and sizes.count(1) >= _SINGLES * len(sizes):
            # A column of any name whose values are nearly all one person's (a student
            # number renamed "code"): its group labels would name the students.
            raise UsageError(
                f"--by {self.by}: nearly every row has a value of its own; this column "
                "identifies people, not groups; choose a column such as a faculty or a month"
            )
        for key, counts in self.groups.items():
            for (tier, urgency, recognised, emphasis), n in self.shapes[key].items():
                counts["tiers", tier or "none"] += n
                counts["urgency", urgency or "none"] += n
                counts["recognised", "yes" if recognised else "no"] += n
                counts["emphasis", emphasis or "none"] += n
            self.shapes[key].clear()
            self._spill(counts, self.theme_sets[key])


def _answer(value: object, choices: tuple[str, ...]) -> str:
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if not isinstance(value, str):
        return "none"
    if value in choices:
        return value
    # Read as the interview reads it: "ja", "Yes", "deels " in a record written by hand
    # or a script were "not answered" (a hostile round, round 26).
    said = _SAID.get(normalise(value), "none")
    return said if said in choices else "none"


_SAID = {
    **{normalise(w): "yes" for w in YES_WORDS},
    **{normalise(w): "no" for w in NO_WORDS},
    **dict.fromkeys(
        ("partly", "deels", "gedeeltelijk", "een beetje", "beetje", "partially"), "partly"
    ),
}


def connection_questions(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """The catalogue's connectedness questions and their answers (data, not code)."""
    found: dict[str, tuple[str, ...]] = {}
    for q in catalog.questions:
        if q.section == "connection" and q.type in ("yes_no", "choice"):
            found[q.id] = ("yes", "no") if q.type == "yes_no" else q.choice_ids()
    return found
