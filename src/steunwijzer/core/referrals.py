"""Referral matching and ranking, per theme, indexed so a lookup stays cheap.

The order of a referral list (docs/catalog.md, "How referrals are ranked"):

1. A risk to life or safety (``safety.is_risk_to_life``): the crisis lines first.
2. Every theme of the need gets its best offering, themes taken in the order the caller
   gives (tier, then urgency, then as recognised), before any theme gets a second one;
   then second and third offerings per theme, up to ``per_theme`` and ``limit`` in all.
   With a risk to life, or urgency immediate, the acute themes' help in full comes
   first. A crisis line for a non-risk acute need's own themes alone is its first help.
   An offering with ``only_with_themes`` is offered only beside one of those themes.
3. A theme no offering serves (or a need without themes) gets a general entry point: the
   catalogue's own (``entry_point: true``), else its tier's broadest offering. Nothing
   else serves as filler.
4. Any other acute need: the crisis lines at the end, as a safety line.

Best for a theme means, in this order: serves the theme's tier, speaks the student's
language, offers a person to talk to (acute or urgent needs), is open now (urgency soon
or immediate; beside an acute theme, for the acute themes only), can be reached this
week (acute or urgent needs), is specialised (fewer themes), shortest wait, catalogue
order. Crisis lines never take a theme's place; they come as the panel or safety line.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from steunwijzer.core import safety
from steunwijzer.core.crisis_order import crisis_order, crisis_pick
from steunwijzer.core.model import Catalog, Lang, Offering, Tier, Urgency
from steunwijzer.core.ranking import for_group, theme_key, wait_days

if TYPE_CHECKING:
    from steunwijzer.core.clock import Clock

MAX_CRISIS = 3
MAX_MAIN = 5  # the crisis panel's acute help
MAX_ENTRY = 2
DEFAULT_LIMIT = 10
DEFAULT_PER_THEME = 3


@dataclass(frozen=True, slots=True)
class Referral:
    """An offering chosen for a need: why it was chosen and whether it is open now."""

    offering: Offering
    role: str  # crisis, main (serves a theme of the need), entry_point (a general way in)
    matched_themes: tuple[str, ...]  # the need's themes this offering serves
    open_now: bool | None
    opens_next: dt.datetime | None = None  # when closed now: the next opening (local time)
    opens_in_days: int | None = None  # 0: later today, 1: tomorrow (the screen says so)

    @property
    def serves(self) -> tuple[str, ...]:
        return self.matched_themes


class ReferralIndex:
    """Active offerings indexed by theme and tier, with ranked results cached.

    ``now`` is fixed for the life of the index (one interview, one batch run), so a
    cached ranking never mixes two moments. A naive ``now`` is wall-clock time in the
    catalogue's time zone; an aware one is converted to it. The clock (time zone and
    public holidays) is only loaded when an offering's hours are judged.
    """

    def __init__(
        self,
        catalog: Catalog,
        now: dt.datetime,
        limit: int = DEFAULT_LIMIT,
        per_theme: int = DEFAULT_PER_THEME,
    ) -> None:
        self.catalog = catalog
        self.now = now
        self.limit = max(1, limit)
        self.per_theme = max(1, per_theme)
        active = [o for o in catalog.offerings if o.active]
        self.active = tuple(active)
        self.by_theme: dict[str, list[Offering]] = defaultdict(list)
        self.by_tier: dict[Tier, list[Offering]] = defaultdict(list)
        for offering in active:
            for theme in offering.themes:
                self.by_theme[theme].append(offering)
            for tier in offering.tiers:
                self.by_tier[tier].append(offering)
        # A crisis line serves acute needs: "crisis: true" on a yoga class of the
        # prevention tier listed it as a [CRISISLIJN] for a rope bought (a hostile round,
        # round 53; validation warns).
        crisis = [o for o in active if o.crisis and Tier.ACUTE in o.tiers]
        self.crisis = crisis or list(safety.NATIONAL_CRISIS)
        self._clock: Clock | None = None
        self._open: dict[str, bool | None] = {}
        self._cache: dict[tuple[object, ...], tuple[Referral, ...]] = {}
        self._sorted: dict[tuple[object, ...], list[Offering]] = {}
        self._entries: dict[tuple[Tier, Lang], list[Offering]] = {}

    # --- time -------------------------------------------------------------------------
    @property
    def moment(self) -> dt.datetime:
        """The moment with its offset, in the catalogue's zone: rows said "12:00" for an
        --at, "11:00+00:00" without (r16), and then "17:25+00:00" (round 37, H13)."""
        if self.now.tzinfo is None:
            return self.clock.aware(self.now)  # a naive --at: wall-clock time there
        zone = self.clock.zone
        return self.now.astimezone(zone) if zone else self.clock.aware(self.clock.local)

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            from steunwijzer.core.clock import Clock

            self._clock = Clock(self.now, self.catalog.timezone, self.catalog.closed_days)
        return self._clock

    def open_now(self, offering: Offering) -> bool | None:
        hours = offering.hours
        if hours is None:
            return None
        if hours.always:
            return True
        if offering.id not in self._open:
            self._open[offering.id] = self.clock.is_open(offering)
        return self._open[offering.id]

    def opens_next(self, offering: Offering) -> dt.datetime | None:
        if self.open_now(offering) is not False:
            return None
        return self.clock.opens_next(offering)

    def _hours_to_open(self, offering: Offering) -> int:
        """Whole hours until a closed offering opens; 0 when open or its hours unknown."""
        if self.open_now(offering) is not False:
            return 0
        opens = self.clock.opens_next(offering)
        now = self.clock.aware(self.clock.local)
        return 10_000 if opens is None else max(0, int((opens - now).total_seconds() // 3600))

    # --- ranking keys -------------------------------------------------------------------
    def theme_tier(self, theme_id: str) -> Tier:
        theme = self.catalog.themes.get(theme_id) or safety.ACUTE_THEMES.get(theme_id)
        return theme.tier if theme else Tier.PREVENTION

    def for_theme(
        self, theme: str, student_lang: Lang, timely: bool, quick: bool
    ) -> list[Offering]:
        """The offerings serving ``theme`` (crisis lines aside), best first."""
        key = (theme, student_lang, timely, quick)
        ranked = self._sorted.get(key)
        if ranked is None:
            tier = self.theme_tier(theme)
            ranked = sorted(
                (o for o in self.by_theme.get(theme, ()) if not o.crisis),
                key=lambda o: theme_key(
                    o,
                    tier,
                    student_lang,
                    timely,
                    quick,
                    self.open_now,
                    self._hours_to_open,
                ),
            )
            self._sorted[key] = ranked
        return ranked

    def tier_entry_points(self, tier: Tier, student_lang: Lang) -> list[Offering]:
        """General entry points for a tier: the catalogue's own (``entry_point: true``)
        first, then the tier's broadest offerings."""
        key = (tier, student_lang)
        ranked = self._entries.get(key)
        if ranked is None:
            ranked = sorted(
                (o for o in self.active if not o.crisis and (o.entry_point or tier in o.tiers)),
                key=lambda o: (
                    not o.entry_point,
                    student_lang not in o.languages,
                    tier not in o.tiers,
                    -len(o.themes),
                    wait_days(o),
                ),
            )
            self._entries[key] = ranked
        return ranked

    def _referral(self, offering: Offering, role: str, themes: Iterable[str]) -> Referral:
        wanted = set(themes)
        matched = tuple(t for t in offering.themes if t in wanted)
        opens = self.opens_next(offering)
        days = None if opens is None else (opens.date() - self.clock.local.date()).days
        return Referral(offering, role, matched, self.open_now(offering), opens, days)

    # --- crisis lines -------------------------------------------------------------------
    def crisis_lines(self, themes: Iterable[str], student_lang: Lang) -> list[Offering]:
        wanted = set(themes)
        lines = [o for o in self.crisis if wanted.intersection(o.themes)]
        if not lines:  # no line for these themes: the general ones, never none
            lines = [o for o in self.crisis if safety.SUICIDAL in o.themes] or self.crisis
        # Open lines first; else the catalogue's order (112, danger now, before the rest).
        lines.sort(
            key=lambda o: (
                -len(wanted.intersection(o.themes)),
                self.open_now(o) is False,
            )
        )
        return crisis_pick(lines, wanted, MAX_CRISIS)

    def rank(
        self,
        tier: Tier,
        themes: tuple[str, ...],
        student_lang: Lang,
        urgency: Urgency = Urgency.ROUTINE,
        risk: bool | None = None,
        doubted: frozenset[str] = frozenset(),
    ) -> tuple[Referral, ...]:
        """The referral list for a need; ``themes`` in the order they should be served;
        ``doubted`` themes (found only through a taken-back answer) do not pick the
        first crisis line (crisis_order)."""
        if risk is None:
            risk = safety.is_risk_to_life(themes, urgency)
        key = (tier, themes, student_lang, urgency, risk, doubted)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._rank(tier, themes, student_lang, urgency, risk, doubted)
            self._cache[key] = cached
        return cached

    def picks(
        self,
        tier: Tier,
        themes: tuple[str, ...],
        student_lang: Lang,
        urgency: Urgency,
        risk: bool = False,
    ) -> list[tuple[Offering, str]]:
        """The offerings for the themes (role main) and entry points (role entry)."""
        timely = urgency is not Urgency.ROUTINE
        quick = timely or tier is Tier.ACUTE
        order = tuple(dict.fromkeys(themes))
        acute = tuple(t for t in order if self.theme_tier(t) is Tier.ACUTE)
        # Beside an acute need the others get a person soon, not the one open right now
        # (the GP and DUO "covered" gambling debts: a role-play, round 18).
        fit = {t: t in acute or not acute for t in order}
        named = set(order)
        lists = {
            t: for_group(self.for_theme(t, student_lang, timely and fit[t], quick), named)
            for t in order
        }
        chosen: list[tuple[Offering, str]] = []
        listed: set[str] = set()
        covered: dict[str, int] = dict.fromkeys(order, 0)

        # Help that also serves the request's risk to life counts for that risk only: the GP
        # and same-day help "covered" grief beside a wish to die (a role-play, round 57).
        lives = named & safety.RISK_TO_LIFE

        def add(offering: Offering, role: str) -> None:
            chosen.append((offering, role))
            listed.add(offering.id)
            for theme in (served := set(offering.themes) & covered.keys()) & lives or served:
                covered[theme] += 1

        # Every theme's best, then the acute themes' further help (urgent help was ninth).
        others = tuple(t for t in order if t not in acute)
        # Every theme's best first (social connectedness is part of every intake); after
        # that a concrete help question's further help before what every student may use
        # (MantelzorgNL came after the study association for a young carer: a role-play,
        # round 54).
        specific = tuple(t for t in others if self.theme_tier(t) is not Tier.PREVENTION)
        prevention = tuple(t for t in others if t not in specific)
        later = range(2, self.per_theme + 1)
        rest = [*((n, specific) for n in later), *((n, prevention) for n in later)]
        rounds = [(1, order), *((n, acute) for n in later), *rest]
        told = named & (safety.PANEL_THEMES - safety.RISK_TO_LIFE)  # sexual violence
        if (urgency is Urgency.IMMEDIATE or risk or told) and acute:
            # Danger now, a risk to life or sexual violence: the acute themes' help in full
            # before any other theme's first pick (same-day help was eighth after a student
            # society, r8; the confidential adviser below the attacker's association, r56),
            # and a risk to life's before another acute need's (the study adviser stood
            # above the same-day consultation of a suicidal student, r60).
            every, lead = range(1, self.per_theme + 1), tuple(t for t in acute if t in lives)
            rounds = [*((n, lead) for n in every), *((n, acute) for n in every), (1, others), *rest]
        for round_, group in rounds:
            for theme in group:
                if len(chosen) >= self.limit:
                    return chosen
                # Later rounds: only themes with fewer than `round_` offerings listed.
                if round_ > 1 and covered[theme] >= round_:
                    continue
                for offering in lists[theme]:
                    if offering.id in listed:
                        if round_ == 1:
                            break  # this theme's best is in the list already
                        continue
                    add(offering, "main")
                    break
        uncovered = [self.theme_tier(t) for t in order if not lists[t]]
        if not order:
            uncovered = [tier]
        entries = 0
        for entry_tier in dict.fromkeys(uncovered):
            for offering in self.tier_entry_points(entry_tier, student_lang):
                if len(chosen) >= self.limit or entries >= MAX_ENTRY:
                    return chosen
                if offering.id not in listed and not offering.only_with_themes:
                    add(offering, "entry_point")
                    entries += 1
                    break
        return chosen

    def _rank(  # the arguments of rank, passed on
        self,
        tier: Tier,
        themes: tuple[str, ...],
        student_lang: Lang,
        urgency: Urgency,
        risk: bool,
        doubted: frozenset[str],
    ) -> tuple[Referral, ...]:
        lines = self.crisis_lines(themes, student_lang) if risk or tier is Tier.ACUTE else []
        own: list[Offering] = []
        if risk:
            lines = crisis_order(lines, themes, urgency, doubted)
        if not risk and lines:
            # A line for this need alone (Centrum Seksueel Geweld) is its fitting help, first,
            # not the safety line at the end (round 8); the safety line has the general ones.
            own = [o for o in lines if o.themes and set(o.themes) <= set(themes)]
            others = [o for o in self.crisis if o not in own]
            general = [o for o in others if safety.SUICIDAL in o.themes] or others
            if own and general:  # never without a safety line
                lines = general[:MAX_CRISIS]
            else:
                own = []
        crisis = [self._referral(o, "crisis", themes) for o in lines]
        first = [self._referral(o, "main", themes) for o in own]
        rest = first + [
            self._referral(o, role, themes)
            for o, role in self.picks(tier, themes, student_lang, urgency, risk)
            if o not in own
        ]
        # A risk to life: the crisis lines first; another acute need: its help, then them.
        return tuple(crisis + rest) if risk else tuple(rest + crisis)

    def crisis_panel(
        self,
        themes: tuple[str, ...],
        student_lang: Lang,
        urgency: Urgency = Urgency.SOON,
        doubted: frozenset[str] = frozenset(),
    ) -> tuple[Referral, ...]:
        """What to do now: crisis lines (in the list's order: crisis_order), then acute
        help that is open at this moment. The panel listed 113 above 112 for a roommate
        who no longer answers, beside its own "call 112" (a role-play, round 19)."""
        wanted = set(themes)
        lines = crisis_order(self.crisis_lines(themes, student_lang), themes, urgency, doubted)
        # Beside a risk to life or safety, help for it or day and night (r26: the study
        # adviser stood in a stalked student's "safety first" panel)
        risk = wanted & (safety.RISK_TO_LIFE | {"sexual_violence"})
        out = [self._referral(o, "crisis", themes) for o in lines]
        listed = {r.offering.id for r in out}
        # Acute help open now: the huisarts by day, the huisartsenpost at night and at
        # weekends, the institution's own acute help.
        acute = [
            o
            for o in self.by_tier.get(Tier.ACUTE, ())
            if o.id not in listed
            and not o.crisis
            and wanted.intersection(o.themes)
            and self.open_now(o) is not False
            and (not risk or risk.intersection(o.themes) or (o.hours and o.hours.always))
        ]
        # Help the student can talk to: De Luisterlijn (Dutch only) stood in an English
        # speaker's crisis panel (round 11). Crisis lines stay whatever their languages.
        if student_lang == "en":
            acute = [o for o in acute if not o.languages or "en" in o.languages]
        acute.sort(
            key=lambda o: (
                o.provider == "institution",
                -len(wanted.intersection(o.themes)),
                student_lang not in o.languages,
                wait_days(o),
                len(o.themes),
            )
        )
        out.extend(self._referral(o, "main", themes) for o in acute[:MAX_MAIN])
        return tuple(out)

    def entry_points(self, student_lang: Lang) -> tuple[Referral, ...]:
        """The catalogue's general ways in (``entry_point: true``), for a request in which
        nothing was recognised: the student's language first, then the catalogue order."""
        points = [o for o in self.active if o.entry_point and not o.only_with_themes]
        points.sort(key=lambda o: student_lang not in o.languages)
        return tuple(Referral(o, "entry_point", (), self.open_now(o)) for o in points)
