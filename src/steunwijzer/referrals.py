"""Referral matching and ranking, indexed so cost per lookup does not grow with the catalogue.

Ranking: for an acute result, crisis lines first, always (the catalogue's own, else
steunwijzer's built-in national ones). Then active offerings that serve the themes
found, best match first, preferring the tier found, the student's language, what is
open now and the shortest wait. Prevention offerings follow, since they serve every
student.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from . import safety
from .model import Catalog, Lang, Offering, Tier

MAX_CRISIS = 3
MAX_MAIN = 5
MAX_PREVENTION = 2
_NO_WAIT_KNOWN = 10_000


@dataclass(frozen=True, slots=True)
class Referral:
    offering: Offering
    role: str  # crisis, main, prevention
    matched_themes: tuple[str, ...]
    open_now: bool | None


class ReferralIndex:
    """Active offerings indexed by theme and tier, with ranked results cached.

    ``now`` is fixed for the life of the index (one interview, one batch run), so a
    cached ranking never mixes two moments.
    """

    def __init__(self, catalog: Catalog, now: dt.datetime) -> None:
        self.now = now
        active = [o for o in catalog.offerings if o.active]
        # A match on an acute theme outweighs any number of prevention matches.
        self._weight = {t.id: 100**t.tier.rank for t in catalog.themes.values()}
        self._position = {o.id: i for i, o in enumerate(active)}
        self.by_theme: dict[str, list[Offering]] = defaultdict(list)
        self.by_tier: dict[Tier, list[Offering]] = defaultdict(list)
        for offering in active:
            for theme in offering.themes:
                self.by_theme[theme].append(offering)
            for tier in offering.tiers:
                self.by_tier[tier].append(offering)
        crisis = [o for o in active if o.crisis]
        self.crisis = crisis or list(safety.NATIONAL_CRISIS)
        self.builtin_crisis = not crisis
        self._open: dict[str, bool | None] = {}
        self._cache: dict[tuple[Tier, tuple[str, ...], Lang], tuple[Referral, ...]] = {}

    def _general(self, offering: Offering) -> bool:
        return any(self._weight.get(t) == 1 for t in offering.themes)

    def open_now(self, offering: Offering) -> bool | None:
        if offering.id not in self._open:
            hours = offering.hours
            self._open[offering.id] = None if hours is None else hours.is_open(self.now)
        return self._open[offering.id]

    def _key(
        self, offering: Offering, themes: set[str], tier: Tier, lang: Lang
    ) -> tuple[int, int, int, int, int, int, int]:
        matched = sum(self._weight.get(t, 1) for t in themes.intersection(offering.themes))
        return (
            -matched,
            0 if tier in offering.tiers else 1,
            0 if lang in offering.languages else 1,
            0 if self.open_now(offering) is not False else 1,
            offering.waiting_days if offering.waiting_days is not None else _NO_WAIT_KNOWN,
            # At equal scores a specialised service beats a generalist.
            len(offering.themes),
            self._position.get(offering.id, 0),
        )

    def _referral(self, offering: Offering, role: str, themes: set[str]) -> Referral:
        matched = tuple(t for t in offering.themes if t in themes)
        return Referral(offering, role, matched, self.open_now(offering))

    def crisis_lines(self, themes: Iterable[str], lang: Lang) -> list[Offering]:
        wanted = set(themes)
        lines = [o for o in self.crisis if wanted.intersection(o.themes)]
        if not lines:  # no line for these themes: the general ones, never none
            lines = [o for o in self.crisis if safety.SUICIDAL in o.themes] or self.crisis
        # Crisis lines keep the catalogue's order among equals: it puts 112 (danger now)
        # before more specialised lines.
        lines.sort(
            key=lambda o: (
                self._key(o, wanted, Tier.ACUTE, lang)[0],
                self.open_now(o) is False,
                self._position.get(o.id, 0),
            )
        )
        return lines[:MAX_CRISIS]

    def rank(self, tier: Tier, themes: tuple[str, ...], lang: Lang) -> tuple[Referral, ...]:
        key = (tier, tuple(sorted(themes)), lang)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._rank(tier, themes, lang)
            self._cache[key] = cached
        return cached

    def _rank(self, tier: Tier, themes: tuple[str, ...], lang: Lang) -> tuple[Referral, ...]:
        wanted = set(themes)
        out: list[Referral] = []
        seen: set[str] = set()
        if tier is Tier.ACUTE:
            for line in self.crisis_lines(themes, lang):
                out.append(self._referral(line, "crisis", wanted))
                seen.add(line.id)
        candidates: dict[str, Offering] = {}
        for theme in themes:
            for offering in self.by_theme.get(theme, ()):
                candidates.setdefault(offering.id, offering)
        if not candidates:
            for offering in self.by_tier.get(tier, ()):
                candidates.setdefault(offering.id, offering)
        main = [
            o
            for o in candidates.values()
            if o.id not in seen and not (tier is not Tier.ACUTE and o.crisis)
        ]
        main.sort(key=lambda o: self._key(o, wanted, tier, lang))
        for offering in main[:MAX_MAIN]:
            out.append(self._referral(offering, "main", wanted))
            seen.add(offering.id)
        # Prevention offerings serve every student, but only those about this need or
        # about general skills and connection (prevention themes) are worth adding.
        prevention = [
            o
            for o in self.by_tier.get(Tier.PREVENTION, ())
            if o.id not in seen and (wanted.intersection(o.themes) or self._general(o))
        ]
        prevention.sort(key=lambda o: self._key(o, wanted, Tier.PREVENTION, lang))
        for offering in prevention[:MAX_PREVENTION]:
            out.append(self._referral(offering, "prevention", wanted))
        return tuple(out)

    def crisis_panel(self, themes: tuple[str, ...], lang: Lang) -> tuple[Referral, ...]:
        """What to do now: crisis lines, then acute help that is open at this moment."""
        wanted = set(themes)
        out = [self._referral(o, "crisis", wanted) for o in self.crisis_lines(themes, lang)]
        listed = {r.offering.id for r in out}
        acute = [
            o
            for o in self.by_tier.get(Tier.ACUTE, ())
            if o.id not in listed and self.open_now(o) is not False
        ]
        acute.sort(
            key=lambda o: (o.provider == "institution", *self._key(o, wanted, Tier.ACUTE, lang))
        )
        out.extend(self._referral(o, "main", wanted) for o in acute[:MAX_MAIN])
        return tuple(out)
