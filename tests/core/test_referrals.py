"""Every theme covered: property tests over random catalogues and random theme sets.

The reference below ranks a theme's offerings by sorting all of them with the rule
written out again (docs/catalog.md, "How referrals are ranked"), independently of the
index; the list must then hold every theme's best before any theme's second offering.
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from steunwijzer.core import safety
from steunwijzer.core.hours import ALWAYS, build_hours
from steunwijzer.core.model import Catalog, Contact, Location, Offering, Text, Tier, Urgency
from steunwijzer.core.referrals import ReferralIndex

THEMES = [
    "sleep",
    "performance_anxiety",
    "grief",
    "social_connection",
    "finances",
    "suicidal_thoughts",
    "study_skills",
    "dropout_risk",
    "unsafe_situation",
    "identity",
]
HOURS = [
    None,
    ALWAYS,
    build_hours([("mon-fri", ["09:00-17:00"])], "office"),
    build_hours([("mon-fri", ["17:00-08:00"]), ("weekend", ["00:00-24:00"])], "nights"),
    build_hours([("thu", ["19:00-22:00"])], "thursday evening"),
]
FORMATS = ["online", "in_person", "phone", "group", "chat"]


def random_catalog(builtin: Catalog, seed: int, size: int) -> Catalog:
    rng = random.Random(seed)
    offerings = []
    for i in range(size):
        offerings.append(
            Offering(
                id=f"o{i}",
                name=Text(f"n{i}", f"n{i}"),
                description=Text("d", "d"),
                provider=rng.choice(["institution", "national"]),
                tiers=tuple(rng.sample(list(Tier), rng.randint(1, 3))),
                themes=tuple(rng.sample(THEMES, rng.randint(1, 4))),
                location=Location("x", i + 1),
                formats=tuple(rng.sample(FORMATS, rng.randint(0, 2))),
                languages=tuple(rng.sample(["nl", "en"], rng.randint(1, 2))),
                contact=Contact(phones=("0800-0000",) if rng.random() < 0.5 else ()),
                hours=rng.choice(HOURS),
                waiting_days=rng.choice([None, 0, 3, 7, 14, 30]),
                status=rng.choice(["active", "active", "active", "inactive"]),
                crisis=rng.random() < 0.1,
            )
        )
    return Catalog(builtin.meta, builtin.tiers, builtin.themes, tuple(offerings))


def reference_best(
    index: ReferralIndex, theme: str, lang: str, urgency: Urgency, acute: bool, fit: bool = True
) -> list[str]:
    """A theme's offerings, best first, by a full sort with the documented rule. ``fit``
    False: a theme beside an acute one in the same need, not ranked by open now (r18)."""
    tier = index.theme_tier(theme)
    quick = urgency is not Urgency.ROUTINE or acute
    timely = urgency is not Urgency.ROUTINE and fit
    position = {o.id: i for i, o in enumerate(index.active)}

    def key(o: Offering) -> tuple[int, ...]:
        wait = 10_000 if o.waiting_days is None else o.waiting_days
        closed = index.open_now(o) is False
        # of two that are closed, the one that opens first (round 14)
        opens = index.opens_next(o) if closed and timely else None
        later = 10_000 if closed and timely and opens is None else 0
        if opens is not None:
            later = max(0, int((opens - index.moment).total_seconds() // 3600))
        personal = bool({"in_person", "individual", "phone", "chat"} & set(o.formats))
        return (
            tier not in o.tiers,
            lang not in o.languages,
            (not personal) if quick else False,
            closed if timely else False,
            later,
            (wait > 7) if quick else False,
            len(o.themes),
            wait,
            position[o.id],
        )  # type: ignore[return-value]

    serving = [o for o in index.active if theme in o.themes and not o.crisis]
    return [o.id for o in sorted(serving, key=key)]


MOMENTS = [
    dt.datetime(2026, 11, 30, 14, 0),  # Monday afternoon
    dt.datetime(2026, 11, 28, 23, 30),  # Saturday night
    dt.datetime(2026, 12, 25, 11, 0),  # Christmas Day: a public holiday
    dt.datetime(2026, 12, 3, 20, 0, tzinfo=dt.UTC),  # Thursday 21:00 in Amsterdam
]


@settings(max_examples=120, deadline=None)
@given(
    st.integers(0, 10_000),
    st.integers(0, 50),
    st.lists(st.sampled_from(THEMES), min_size=0, max_size=4, unique=True),
    st.sampled_from(list(Urgency)),
    st.sampled_from(["nl", "en"]),
    st.sampled_from(MOMENTS),
    st.integers(4, 12),
)
def test_every_theme_gets_its_best_offering_first(
    seed: int,
    size: int,
    themes: list[str],
    urgency: Urgency,
    lang: str,
    now: dt.datetime,
    limit: int,
) -> None:
    from steunwijzer.catalog.load import load_catalog

    builtin = load_catalog(["builtin"]).catalog
    assert builtin is not None
    catalog = random_catalog(builtin, seed, size)
    index = ReferralIndex(catalog, now, limit=limit)
    order = tuple(themes)
    tier = max((index.theme_tier(t) for t in order), key=lambda x: x.rank, default=Tier.PREVENTION)
    risk = safety.is_risk_to_life(order, urgency)
    got = index.rank(tier, order, lang, urgency, risk)  # type: ignore[arg-type]
    ids = [r.offering.id for r in got]
    assert len(ids) == len(set(ids)), "an offering listed twice"

    crisis = [r for r in got if r.role == "crisis"]
    rest = [r for r in got if r.role != "crisis"]
    # crisis lines: first for a risk to life, last for another acute need, else none
    if risk:
        assert crisis and got[: len(crisis)] == tuple(crisis)
    elif tier is Tier.ACUTE:
        assert crisis and got[-len(crisis) :] == tuple(crisis)
    else:
        assert not crisis
    assert all(r.offering.crisis for r in crisis)
    # no filler beyond the limit; crisis lines come on top (also one that is a need's own)
    assert len([r for r in rest if not r.offering.crisis]) <= limit

    # nothing that serves none of the need's themes, except a general entry point
    beside = any(index.theme_tier(t) is Tier.ACUTE for t in order)
    served = {
        t: reference_best(
            index,
            t,
            lang,
            urgency,
            tier is Tier.ACUTE,
            index.theme_tier(t) is Tier.ACUTE or not beside,
        )
        for t in order
    }
    uncovered = [t for t in order if not served[t]]
    for r in rest:
        # A crisis line for the need's own themes alone may be its fitting help (round 8).
        own_line = r.role == "main" and set(r.offering.themes) <= set(order)
        assert r.offering.active and (not r.offering.crisis or own_line)
        if r.role == "main":
            assert set(r.serves) == set(order) & set(r.offering.themes) and r.serves
        else:
            assert r.role == "entry_point" and (uncovered or not order)

    # coverage: each theme's best is listed, and all of them before any theme's second;
    # with danger now (round 8) or a risk to life (round 9) the acute themes' help comes
    # in full first
    hurry = urgency is Urgency.IMMEDIATE or risk
    if hurry and any(index.theme_tier(t) is Tier.ACUTE for t in order):
        acute = [t for t in order if index.theme_tier(t) is Tier.ACUTE]
        # a risk to life's themes lead, their help in full before another acute need's
        # (round 60); without one, every acute theme's best first, in order
        lead = [t for t in acute if t in safety.RISK_TO_LIFE] or acute
        first = [served[t][0] for t in lead if served[t]]
        listed = [r.offering.id for r in rest if not r.offering.crisis]
        if len(first) <= limit:
            assert listed[: len(dict.fromkeys(first))] == list(dict.fromkeys(first))
        if len(listed) < limit:  # not cut short: every acute theme's best is there
            assert {served[t][0] for t in acute if served[t]} <= set(listed)
        return
    bests = list(dict.fromkeys(served[t][0] for t in order if served[t]))
    if len(bests) <= limit:
        listed = [r.offering.id for r in rest if not r.offering.crisis]  # own lines first
        assert set(bests) <= set(listed)
        assert set(listed[: len(bests)]) == set(bests)
        # the bests keep the order of the themes (tier, urgency, as found)
        assert listed[: len(bests)] == bests


def test_limit_and_per_theme(builtin: Catalog) -> None:
    themes = ("grief", "dropout_risk", "finances", "sleep")
    index = ReferralIndex(builtin, MOMENTS[0], limit=3)
    got = index.rank(Tier.ACUTE, themes, "nl", Urgency.SOON, False)
    rest = [r for r in got if r.role != "crisis"]
    assert len(rest) == 3 and got[-1].offering.crisis
    wide = ReferralIndex(builtin, MOMENTS[0], limit=50, per_theme=1)
    got = wide.rank(Tier.ACUTE, themes, "nl", Urgency.SOON, False)
    # one best per theme: a multi-theme offering may cover two at once
    assert len([r for r in got if r.role == "main"]) <= len(themes)
    assert {t for r in got for t in r.serves} == set(themes)


def test_closed_offering_says_when_it_opens(builtin: Catalog) -> None:
    saturday = dt.datetime(2026, 11, 28, 23, 30)
    got = ReferralIndex(builtin, saturday).rank(
        Tier.ACUTE, ("dropout_risk",), "nl", Urgency.SOON, False
    )
    first = got[0]
    assert first.open_now is False
    assert first.opens_next is not None
    assert first.opens_next.isoformat() == "2026-11-30T09:00:00+01:00"


# --- exact orders, written against the mutants that survived bench/mutation.sh -----------

OFFICE = build_hours([("mon-fri", ["09:00-17:00"])], "office")
SATURDAY_NIGHT = dt.datetime(2026, 11, 28, 23, 30)


def offering(ident: str, position: int, **fields: object) -> Offering:
    values: dict[str, object] = {
        "id": ident,
        "name": Text(ident, ident),
        "description": Text("d", "d"),
        "provider": "national",
        "tiers": (Tier.ACUTE,),
        "themes": (safety.SUICIDAL,),
        "location": Location("x", position),
        "languages": ("nl",),
        "contact": Contact(phones=("0800-0000",)),
        "hours": ALWAYS,
    }
    values.update(fields)
    return Offering(**values)  # type: ignore[arg-type]


def catalog_of(builtin: Catalog, *offerings: Offering) -> Catalog:
    return Catalog(builtin.meta, builtin.tiers, builtin.themes, offerings)


def test_crisis_panel_order(builtin: Catalog) -> None:
    """What to do now: the crisis lines (most themes in common, open, catalogue order),
    then open acute help: not the institution's own first, most themes in common, the
    student's language, shortest wait, most specialised, catalogue order; five at most."""
    risk = (safety.SUICIDAL, "self_harm")
    both = risk
    catalog = catalog_of(
        builtin,
        offering("line-closed", 1, crisis=True, themes=both, hours=OFFICE),
        offering("line-one", 2, crisis=True),
        offering("line-both", 3, crisis=True, themes=both),
        offering("line-other", 4, crisis=True, themes=("unsafe_situation",)),
        offering("own", 5, provider="institution", themes=both, languages=("en",)),
        offering("two-themes", 6, themes=both, waiting_days=5),
        offering("dutch", 7, waiting_days=0),
        offering("english", 8, languages=("en",), waiting_days=3),
        offering("broad", 9, languages=("en",), waiting_days=3, themes=(safety.SUICIDAL, "grief")),
        offering("later", 10, languages=("en",), waiting_days=3),
        offering("closed", 11, hours=OFFICE),
        offering("not-acute", 12, tiers=(Tier.SPECIFIC,)),
        offering("elsewhere", 13, themes=("grief",)),
    )
    index = ReferralIndex(catalog, SATURDAY_NIGHT)
    panel = index.crisis_panel(risk, "en")
    # (Dutch-only help is left out for an English-speaking student since round 11: a
    # role-play saw De Luisterlijn in such a panel; the result still lists it.)
    assert [(r.offering.id, r.role) for r in panel] == [
        ("line-both", "crisis"),
        ("line-closed", "crisis"),
        ("line-one", "crisis"),
        ("english", "main"),
        ("later", "main"),
        ("broad", "main"),
        ("own", "main"),
    ]
    assert panel[1].open_now is False and panel[0].open_now is True
    # In Dutch the Dutch help moves up; the institution's own help comes after the rest.
    dutch = [r.offering.id for r in index.crisis_panel(risk, "nl") if r.role == "main"]
    assert dutch == ["two-themes", "dutch", "english", "later", "broad"]
    fewer = catalog_of(builtin, *(o for o in catalog.offerings if o.id not in ("dutch", "later")))
    own_last = ReferralIndex(fewer, SATURDAY_NIGHT).crisis_panel(risk, "nl")
    assert [r.offering.id for r in own_last if r.role == "main"] == [
        "two-themes", "english", "broad", "own",
    ]  # fmt: skip


def test_crisis_panel_known_short_waits_first(builtin: Catalog) -> None:
    catalog = catalog_of(
        builtin,
        offering("unknown-wait", 1),
        offering("long-wait", 2, waiting_days=30),
        offering("short-wait", 3, waiting_days=2),
        offering("no-wait", 4, waiting_days=0),
    )
    panel = ReferralIndex(catalog, SATURDAY_NIGHT).crisis_panel((safety.SUICIDAL,), "nl")
    mains = [r.offering.id for r in panel if r.role == "main"]
    assert mains == ["no-wait", "short-wait", "long-wait", "unknown-wait"]
    # Without a crisis line of its own, the catalogue's panel starts with 113 and 112.
    assert [r.offering.id for r in panel if r.role == "crisis"] == ["builtin-113", "builtin-112"]


def test_entry_points_in_the_students_language_first(builtin: Catalog) -> None:
    catalog = catalog_of(
        builtin,
        offering("intake-nl", 1, entry_point=True, tiers=(Tier.PREVENTION,)),
        offering("helpdesk", 2, tiers=(Tier.PREVENTION,)),
        offering("intake-en", 3, entry_point=True, languages=("en",), tiers=(Tier.SPECIFIC,)),
        offering("psych-nl", 4, entry_point=True, languages=("nl", "en"), hours=None),
    )
    index = ReferralIndex(catalog, MOMENTS[0])
    english = index.entry_points("en")
    assert [r.offering.id for r in english] == ["intake-en", "psych-nl", "intake-nl"]
    assert {r.role for r in english} == {"entry_point"}
    assert [r.open_now for r in english] == [True, None, True]
    assert all(r.matched_themes == () for r in english)
    assert [r.offering.id for r in index.entry_points("nl")] == [
        "intake-nl", "psych-nl", "intake-en",
    ]  # fmt: skip


def test_cached_rankings_are_kept_apart(builtin: Catalog) -> None:
    """One index answers many needs: a ranking remembered for one tier, theme or language
    is never handed out for another."""
    catalog = catalog_of(
        builtin,
        offering("prev-nl", 1, tiers=(Tier.PREVENTION,), themes=("sleep",)),
        offering("spec-en", 2, tiers=(Tier.SPECIFIC,), themes=("grief",), languages=("en",)),
        offering("spec-nl", 3, tiers=(Tier.SPECIFIC,), themes=("grief",)),
        offering("intake", 4, tiers=(Tier.ACUTE,), themes=("identity",), entry_point=True),
    )
    index = ReferralIndex(catalog, MOMENTS[0])
    # The catalogue's own entry point first, whatever its tier.
    assert next(o.id for o in index.tier_entry_points(Tier.SPECIFIC, "nl")) == "intake"
    assert [o.id for o in index.tier_entry_points(Tier.PREVENTION, "nl")][:2] == [
        "intake", "prev-nl",
    ]  # fmt: skip
    # Remembered: asked again, the same list (not ranked again).
    assert index.tier_entry_points(Tier.SPECIFIC, "nl") is index.tier_entry_points(
        Tier.SPECIFIC, "nl"
    )
    assert index.for_theme("grief", "nl", True, True) is index.for_theme("grief", "nl", True, True)
    assert [o.id for o in index.tier_entry_points(Tier.SPECIFIC, "nl")][1:3] == [
        "spec-nl", "spec-en",
    ]  # fmt: skip
    assert [o.id for o in index.tier_entry_points(Tier.SPECIFIC, "en")][1:3] == [
        "spec-en", "spec-nl",
    ]  # fmt: skip
    assert [o.id for o in index.for_theme("sleep", "nl", False, False)] == ["prev-nl"]
    assert [o.id for o in index.for_theme("grief", "nl", False, False)] == ["spec-nl", "spec-en"]
    assert [o.id for o in index.for_theme("grief", "en", False, False)] == ["spec-en", "spec-nl"]
    sleep = index.rank(Tier.PREVENTION, ("sleep",), "nl")
    grief = index.rank(Tier.SPECIFIC, ("grief",), "nl")
    assert [r.offering.id for r in sleep] == ["prev-nl"]
    assert [r.offering.id for r in grief][:1] == ["spec-nl"]
    assert index.rank(Tier.PREVENTION, ("sleep",), "nl") is sleep  # remembered


def test_a_tiers_way_in_is_its_own_entry_point_then_its_broadest_offering(
    builtin: Catalog,
) -> None:
    catalog = catalog_of(
        builtin,
        offering("narrow", 1, tiers=(Tier.SPECIFIC,), themes=("sleep",)),
        offering("broad", 2, tiers=(Tier.SPECIFIC,), themes=("sleep", "grief", "finances")),
        offering("intake-other", 3, tiers=(Tier.ACUTE,), entry_point=True),
        offering("intake-own", 4, tiers=(Tier.SPECIFIC,), entry_point=True),
    )
    ranked = ReferralIndex(catalog, MOMENTS[0]).tier_entry_points(Tier.SPECIFIC, "nl")
    assert [o.id for o in ranked] == ["intake-own", "intake-other", "broad", "narrow"]


def test_a_limit_below_one_still_gives_one_referral(builtin: Catalog) -> None:
    themes = ("grief", "dropout_risk", "finances", "sleep")
    for limit, per_theme in ((0, 3), (1, 0), (-5, -5)):
        index = ReferralIndex(builtin, MOMENTS[0], limit=limit, per_theme=per_theme)
        got = index.rank(Tier.SPECIFIC, themes, "nl", Urgency.ROUTINE, False)
        assert len(got) == 1, (limit, per_theme)
    one_each = ReferralIndex(builtin, MOMENTS[0], per_theme=0)
    got = one_each.rank(Tier.SPECIFIC, ("sleep",), "nl", Urgency.ROUTINE, False)
    assert [r.role for r in got] == ["main"]


def test_a_themes_tier_comes_from_the_catalogue_then_the_built_in_floor(builtin: Catalog) -> None:
    index = ReferralIndex(builtin, MOMENTS[0])
    assert index.theme_tier("sleep") is Tier.SPECIFIC
    assert index.theme_tier("self_insight") is Tier.PREVENTION
    bare = ReferralIndex(Catalog(builtin.meta, builtin.tiers, {}, ()), MOMENTS[0])
    assert bare.theme_tier("self_harm") is Tier.ACUTE  # built in, whatever the catalogue
    assert bare.theme_tier("sleep") is Tier.PREVENTION  # unknown here: no higher tier


def test_an_acute_themes_further_help_comes_before_other_themes_second_picks(
    index: ReferralIndex,
) -> None:
    """Round one gives every theme its best; then the acute theme's further help, and only
    then the other themes' second picks (an outside role-play found the urgent
    consultation below a second offering for low mood and study skills)."""
    themes = ("suicidal_thoughts", "study_skills")
    picks = [o.id for o, _ in index.picks(Tier.ACUTE, themes, "nl", Urgency.SOON)]
    acute = [o.id for o in index.for_theme("suicidal_thoughts", "nl", True, True)]
    # beside an acute theme, study skills are not ranked by open now (round 18)
    low = [o.id for o in index.for_theme("study_skills", "nl", False, True)]
    assert picks[:2] == [acute[0], low[0]], picks
    further = [i for i in acute[1 : index.per_theme] if i not in picks[:2]]
    assert len(further) >= 2 and picks[2 : 2 + len(further)] == further, (picks, acute)
    # Whatever else study skills get comes after them.
    later_low = [picks.index(i) for i in low[1:] if i in picks and i not in acute]
    assert all(at >= 2 + len(further) for at in later_low), picks


def _closed_until(opens: str, themes: tuple[str, ...], ident: str, position: int) -> Offering:
    return offering(
        ident,
        position,
        tiers=(Tier.SPECIFIC,),
        themes=themes,
        hours=build_hours([("mon-fri", [f"{opens}-17:00"])], opens),
    )


def test_opening_within_the_same_four_hours_leaves_the_choice_to_fit(builtin: Catalog) -> None:
    """At 06:00 one offering opens at 07:00 and serves two themes, one at 09:00 serves
    only stress: in the same block of four hours the specialised one is first (hours
    counted exactly, as fractions of a block, put the 07:00 one first)."""
    early = _closed_until("07:00", ("stress", "sleep"), "early-broad", 1)
    late = _closed_until("09:00", ("stress",), "late-specialised", 2)
    index = ReferralIndex(catalog_of(builtin, early, late), dt.datetime(2026, 11, 30, 6, 0))
    ranked = [o.id for o in index.for_theme("stress", "nl", True, False)]
    assert ranked == ["late-specialised", "early-broad"]


def test_opening_in_the_next_four_hours_block_comes_after(builtin: Catalog) -> None:
    """At 06:00 one opens at 09:00 (three hours, the first block) and serves two themes,
    one at 10:00 (four hours, the next block) only stress: the earlier block wins over
    fit (blocks of five hours would put them together and the specialised one first)."""
    first_block = _closed_until("09:00", ("stress", "sleep"), "first-block", 1)
    next_block = _closed_until("10:00", ("stress",), "next-block", 2)
    index = ReferralIndex(
        catalog_of(builtin, first_block, next_block), dt.datetime(2026, 11, 30, 6, 0)
    )
    ranked = [o.id for o in index.for_theme("stress", "nl", True, False)]
    assert ranked == ["first-block", "next-block"]
