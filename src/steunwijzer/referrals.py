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
from collections.abc import Callable, Iterable, Iterator
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
        self.active = tuple(active)
        self._by_id = {o.id: o for o in active}
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
        self._open: dict[str, bool | None] = {}
        self._cache: dict[tuple[Tier, tuple[str, ...], Lang], tuple[Referral, ...]] = {}
        self._sorted: dict[tuple[str, Tier | None], list[Offering]] = {}
        self._general_sorted: dict[Lang, list[Offering]] = {}
        self._static: dict[str, tuple[int, int, int, int]] = {}
        self._theme_ids = {
            t: frozenset(o.id for o in offers) for t, offers in self.by_theme.items()
        }

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
        matched = (
            sum(self._weight.get(t, 1) for t in themes.intersection(offering.themes))
            if themes
            else 0
        )
        static = self._static_key(offering)
        return (
            -matched,
            0 if tier in offering.tiers else 1,
            0 if lang in offering.languages else 1,
            *static,
        )

    def _static_key(self, offering: Offering) -> tuple[int, int, int, int]:
        """The part of the ranking key that depends on the offering alone."""
        static = self._static.get(offering.id)
        if static is None:
            static = (
                0 if self.open_now(offering) is not False else 1,
                offering.waiting_days if offering.waiting_days is not None else _NO_WAIT_KNOWN,
                # At equal scores a specialised service beats a generalist.
                len(offering.themes),
                self._position.get(offering.id, 0),
            )
            self._static[offering.id] = static
        return static

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

    def _tiebreak(self, offering: Offering, tier: Tier, lang: Lang) -> tuple[int, ...]:
        """The ranking key without the theme match: fixed for a (tier, language)."""
        return self._key(offering, set(), tier, lang)[1:]

    def _by_theme_sorted(
        self, theme: str, tier: Tier, lang: Lang, pool: Tier | None
    ) -> Iterator[Offering]:
        """Offerings for a theme (only those in the ``pool`` tier, if given), tie-break order.

        The tie-break key is (tier served?, language spoken?, static part). Each theme's
        list is sorted once by the static part; walking it four times, once per yes/no
        combination, yields exactly the full order, and callers stop after a few.
        """
        key = (theme, pool)
        ranked = self._sorted.get(key)
        if ranked is None:
            offers = self.by_theme.get(theme, [])
            if pool is not None:
                offers = [o for o in offers if pool in o.tiers]
            ranked = sorted(offers, key=self._static_key)
            self._sorted[key] = ranked
        for serves_tier in (True, False):
            for speaks in (True, False):
                for offering in ranked:
                    if (tier in offering.tiers) is serves_tier and (
                        lang in offering.languages
                    ) is speaks:
                        yield offering

    def _best(
        self,
        themes: tuple[str, ...],
        tier: Tier,
        lang: Lang,
        limit: int,
        eligible: Callable[[Offering], bool],
        pool: Tier | None = None,
    ) -> list[Offering]:
        """The ``limit`` best eligible offerings for the themes, without sorting them all.

        Offerings that serve the same subset of the themes share a match score, so within
        such a group the order is the tie-break order, which each theme's list is sorted
        by once. Offerings serving two or more of the themes (few) are all considered;
        for single-theme groups the first ``limit`` eligible ones of that theme's list are.
        """
        wanted = set(themes)
        sets = [self._theme_ids.get(t, frozenset()) for t in dict.fromkeys(themes)]
        multi: set[str] = set()
        for i, first in enumerate(sets):
            for second in sets[i + 1 :]:
                multi |= first & second
        picks = {i: self._by_id[i] for i in multi if eligible(self._by_id[i])}
        for theme in dict.fromkeys(themes):
            taken = 0
            for offering in self._by_theme_sorted(theme, tier, lang, pool):
                if taken >= limit:
                    break
                if offering.id in multi or not eligible(offering):
                    continue
                picks[offering.id] = offering
                taken += 1
        ranked = sorted(picks.values(), key=lambda o: self._key(o, wanted, tier, lang))
        return ranked[:limit]

    def _rank(self, tier: Tier, themes: tuple[str, ...], lang: Lang) -> tuple[Referral, ...]:
        wanted = set(themes)
        out: list[Referral] = []
        seen: set[str] = set()
        if tier is Tier.ACUTE:
            for line in self.crisis_lines(themes, lang):
                out.append(self._referral(line, "crisis", wanted))
                seen.add(line.id)

        def main_ok(o: Offering) -> bool:
            return o.id not in seen and not (tier is not Tier.ACUTE and o.crisis)

        if any(self.by_theme.get(t) for t in themes):
            main = self._best(themes, tier, lang, MAX_MAIN, main_ok)
        else:  # no offering serves these themes: the tier's own offerings
            main = sorted(
                (o for o in self.by_tier.get(tier, ()) if main_ok(o)),
                key=lambda o: self._key(o, wanted, tier, lang),
            )[:MAX_MAIN]
        for offering in main:
            out.append(self._referral(offering, "main", wanted))
            seen.add(offering.id)

        # Prevention offerings serve every student, but only those about this need or
        # about general skills and connection (prevention themes) are worth adding.
        def prevention_ok(o: Offering) -> bool:
            return Tier.PREVENTION in o.tiers and o.id not in seen

        prevention = self._best(
            themes, Tier.PREVENTION, lang, MAX_PREVENTION, prevention_ok, pool=Tier.PREVENTION
        )
        prevention += [
            o
            for o in self._general_prevention(lang)
            if o.id not in seen and not wanted.intersection(o.themes)
        ][:MAX_PREVENTION]
        prevention.sort(key=lambda o: self._key(o, wanted, Tier.PREVENTION, lang))
        for offering in prevention[:MAX_PREVENTION]:
            out.append(self._referral(offering, "prevention", wanted))
        return tuple(out)

    def _general_prevention(self, lang: Lang) -> list[Offering]:
        """Prevention offerings about general skills or connection, in tie-break order."""
        ranked = self._general_sorted.get(lang)
        if ranked is None:
            ranked = sorted(
                (o for o in self.by_tier.get(Tier.PREVENTION, ()) if self._general(o)),
                key=lambda o: self._tiebreak(o, Tier.PREVENTION, lang),
            )
            self._general_sorted[lang] = ranked
        return ranked

    def crisis_panel(self, themes: tuple[str, ...], lang: Lang) -> tuple[Referral, ...]:
        """What to do now: crisis lines, then acute help that is open at this moment."""
        wanted = set(themes)
        out = [self._referral(o, "crisis", wanted) for o in self.crisis_lines(themes, lang)]
        listed = {r.offering.id for r in out}
        # Acute help for these themes that is open now: by day the huisarts, at night
        # and at weekends the huisartsenpost, plus the institution's own acute help.
        acute = [
            o
            for o in self.by_tier.get(Tier.ACUTE, ())
            if o.id not in listed
            and not o.crisis
            and wanted.intersection(o.themes)
            and self.open_now(o) is not False
        ]
        acute.sort(
            key=lambda o: (o.provider == "institution", *self._key(o, wanted, Tier.ACUTE, lang))
        )
        out.extend(self._referral(o, "main", wanted) for o in acute[:MAX_MAIN])
        return tuple(out)

    def entry_points(self, lang: Lang) -> tuple[Referral, ...]:
        """The catalogue's general ways in (``entry_point: true``), for a request in which
        nothing was recognised: the student's language first, then the catalogue order."""
        points = [o for o in self.active if o.entry_point]
        points.sort(key=lambda o: (lang not in o.languages, self._position.get(o.id, 0)))
        return tuple(Referral(o, "entry_point", (), self.open_now(o)) for o in points)
