"""The catalogue as frozen dataclasses: what validation produces and the engine reads."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from steunwijzer.core.conditions import Condition
    from steunwijzer.core.hours import Hours

Lang = Literal["nl", "en"]


class Tier(enum.StrEnum):
    """The three tiers of the factsheet, in rising order of urgency."""

    PREVENTION = "prevention"
    SPECIFIC = "specific"
    ACUTE = "acute"

    @property
    def rank(self) -> int:
        return _TIER_RANK[self]


_TIER_RANK = {Tier.PREVENTION: 0, Tier.SPECIFIC: 1, Tier.ACUTE: 2}


class Urgency(enum.StrEnum):
    ROUTINE = "routine"
    SOON = "soon"
    IMMEDIATE = "immediate"

    @property
    def rank(self) -> int:
        return _URGENCY_RANK[self]


_URGENCY_RANK = {Urgency.ROUTINE: 0, Urgency.SOON: 1, Urgency.IMMEDIATE: 2}


def max_tier(*tiers: Tier) -> Tier:
    return max(tiers, key=lambda t: t.rank, default=Tier.PREVENTION)


def max_urgency(*urgencies: Urgency) -> Urgency:
    return max(urgencies, key=lambda u: u.rank, default=Urgency.ROUTINE)


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Dutch and English; either may fall back on the other when empty."""

    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        first, second = (self.nl, self.en) if lang == "nl" else (self.en, self.nl)
        return first or second

    def as_dict(self) -> dict[str, str]:
        return {"nl": self.nl, "en": self.en}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a value stands in a catalogue file, for FILE:LINE messages."""

    file: str
    line: int
    column: int = 1


@dataclass(frozen=True, slots=True)
class TierInfo:
    """One of the three tiers: its id, label and description."""

    id: Tier
    label: Text
    description: Text | None = None


BUILT_IN = "built-in"


@dataclass(frozen=True, slots=True)
class PatternText:
    """One free-text pattern of a theme (see patterns.py), with where it was written."""

    text: str
    language: str  # the language the pattern is written in ("nl", "en")
    origin: str = BUILT_IN


@dataclass(frozen=True, slots=True)
class Theme:
    """A need the triage recognises: its tier, names and free-text patterns."""

    id: str
    tier: Tier
    label: Text
    synonyms_nl: tuple[str, ...] = ()
    synonyms_en: tuple[str, ...] = ()
    area: str | None = None
    description: Text | None = None
    patterns: tuple[PatternText, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """Every word that names this theme, in both languages."""
        return (self.id, self.label.nl, self.label.en, *self.synonyms_nl, *self.synonyms_en)


@dataclass(frozen=True, slots=True)
class Contact:
    """The ways to reach an offering (phone, email, website, chat, address)."""

    phones: tuple[str, ...] = ()
    email: str | None = None
    url: str | None = None
    chat: str | None = None
    address: str | None = None
    own_practice: bool = False  # reached through the student's own practice (own GP)

    @property
    def reachable(self) -> bool:
        """There is some route to reach it (a number, an address, or the own practice)."""
        return bool(
            self.phones or self.email or self.url or self.chat or self.address or self.own_practice
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "phone": list(self.phones),
            "email": self.email,
            "url": self.url,
            "chat": self.chat,
            "address": self.address,
            "own_practice": self.own_practice,
        }


@dataclass(frozen=True, slots=True)
class Offering:
    """One support offering of the catalogue, with everything a referral shows."""

    id: str
    name: Text
    description: Text
    provider: str
    tiers: tuple[Tier, ...]
    themes: tuple[str, ...]
    location: Location
    organization: str | None = None
    formats: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("nl",)
    contact: Contact = field(default_factory=Contact)
    hours: Hours | None = None
    cost: Text | None = None
    waiting_days: int | None = None
    eligibility: Text | None = None
    how_to_access: Text | None = None
    student_step: Text | None = None  # the next step in the student's own voice
    status: str = "active"
    last_reviewed: dt.date | None = None
    crisis: bool = False
    entry_point: bool = False  # a general way in, offered when nothing is recognised
    # Who may use it, as data: offered only beside one of these themes (an International
    # Office for every English-speaking student: role-plays, rounds 55 and 56)
    only_with_themes: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class Choice:
    """One choice of a choice question."""

    id: str
    label: Text


@dataclass(frozen=True, slots=True)
class Question:
    """One interview question, shown when its condition holds."""

    id: str
    type: str  # yes_no, choice, multi, scale, text
    text: Text
    section: str
    location: Location
    help: Text | None = None
    choices: tuple[Choice, ...] = ()
    min: int | None = None
    max: int | None = None
    when: Condition | None = None
    # Asked as a safety question is (Enter asks once more, "weet niet" is `unknown`):
    # for a catalogue's own questions whose "yes" is acute, such as self-harm.
    sensitive: bool = False
    # Said to the counsellor after a "yes": a moment to pause ("Sta even stil bij dit
    # verlies"); a death told got only "→ gelezen als: ja" (a role-play, round 39).
    acknowledge: Text | None = None

    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)


@dataclass(frozen=True, slots=True)
class Rule:
    """A triage rule: when its condition holds, it adds themes or sets a tier."""

    id: str
    when: Condition
    location: Location
    themes: tuple[str, ...] = ()
    tier: Tier | None = None
    urgency: Urgency | None = None


@dataclass(frozen=True, slots=True)
class Tip:
    """A support-style tip for the counsellor, for the tiers, urgencies and themes it names."""

    id: str
    style: str  # emotional, informational, combined
    text: Text
    tiers: tuple[Tier, ...] = ()
    urgencies: tuple[Urgency, ...] = ()
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CatalogMeta:
    """Who the catalogue belongs to, when it was reviewed and its local time."""

    name: str = "steunwijzer"
    institution: str | None = None
    version: str | None = None
    last_reviewed: dt.date | None = None
    timezone: str | None = None
    closed_days: tuple[dt.date, ...] = ()


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A Dutch role or service name and what it is, in one line."""

    id: str
    term: str
    text: Text
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass(frozen=True, slots=True)
class Catalog:
    """The whole validated catalogue, as the engine reads it."""

    meta: CatalogMeta
    tiers: Mapping[Tier, TierInfo]
    themes: Mapping[str, Theme]
    offerings: tuple[Offering, ...]
    questions: tuple[Question, ...] = ()
    rules: tuple[Rule, ...] = ()
    tips: tuple[Tip, ...] = ()
    emphasis: Mapping[Tier, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()

    @property
    def timezone(self) -> str:
        return self.meta.timezone or "Europe/Amsterdam"

    @property
    def closed_days(self) -> tuple[dt.date, ...]:
        return self.meta.closed_days

    def offering(self, offering_id: str) -> Offering | None:
        for item in self.offerings:
            if item.id == offering_id:
                return item
        return None

    def question(self, question_id: str) -> Question | None:
        for item in self.questions:
            if item.id == question_id:
                return item
        return None
