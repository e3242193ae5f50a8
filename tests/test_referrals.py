"""The indexed ranking must equal a plain full sort, for any catalogue and theme set."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from steunwijzer import referrals
from steunwijzer.model import Catalog, Contact, Location, Offering, Text, Tier
from steunwijzer.referrals import ReferralIndex

THEMES = [
    "sleep",
    "performance_anxiety",
    "grief",
    "social_connection",
    "finances",
    "suicidal_thoughts",
    "study_skills",
]


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
                themes=tuple(rng.sample(THEMES, rng.randint(1, 3))),
                location=Location("x", i + 1),
                languages=tuple(rng.sample(["nl", "en"], rng.randint(1, 2))),
                contact=Contact(),
                waiting_days=rng.choice([None, 0, 3, 14]),
                status=rng.choice(["active", "active", "active", "inactive"]),
                crisis=rng.random() < 0.1,
            )
        )
    return Catalog(builtin.meta, builtin.tiers, builtin.themes, tuple(offerings))


def full_sort_rank(index: ReferralIndex, tier: Tier, themes: tuple[str, ...], lang: str):
    """The reference: rank by sorting every candidate (the pre-index algorithm)."""
    wanted = set(themes)
    out, seen = [], set()
    if tier is Tier.ACUTE:
        for line in index.crisis_lines(themes, lang):  # type: ignore[arg-type]
            out.append(line.id)
            seen.add(line.id)
    active = list(index.active)
    candidates = [o for o in active if wanted.intersection(o.themes)]
    if not candidates:  # nothing serves these themes: the tier's own offerings
        candidates = [o for o in active if tier in o.tiers]
    main = [o for o in candidates if o.id not in seen and not (tier is not Tier.ACUTE and o.crisis)]
    main.sort(key=lambda o: index._key(o, wanted, tier, lang))  # type: ignore[arg-type]
    for o in main[: referrals.MAX_MAIN]:
        out.append(o.id)
        seen.add(o.id)
    prevention = [
        o
        for o in active
        if Tier.PREVENTION in o.tiers
        and o.id not in seen
        and (wanted.intersection(o.themes) or index._general(o))
    ]
    prevention.sort(key=lambda o: index._key(o, wanted, Tier.PREVENTION, lang))  # type: ignore[arg-type]
    out.extend(o.id for o in prevention[: referrals.MAX_PREVENTION])
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 10_000),
    st.integers(0, 60),
    st.sampled_from(list(Tier)),
    st.lists(st.sampled_from(THEMES), max_size=3, unique=True),
    st.sampled_from(["nl", "en"]),
)
def test_indexed_rank_equals_full_sort(
    seed: int, size: int, tier: Tier, themes: list[str], lang: str
) -> None:
    from steunwijzer.catalog import load_catalog

    builtin = load_catalog(["builtin"]).catalog
    assert builtin is not None
    catalog = random_catalog(builtin, seed, size)
    index = ReferralIndex(catalog, dt.datetime(2026, 11, 30, 14))
    got = [r.offering.id for r in index.rank(tier, tuple(themes), lang)]  # type: ignore[arg-type]
    assert got == full_sort_rank(index, tier, tuple(themes), lang)
