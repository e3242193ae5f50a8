"""The sort key of a theme's offerings: what "best for a theme" means, as one tuple.

The order is documented in ``referrals`` (and docs/catalog.md, "How referrals are
ranked"); it lives here so the index stays about indexing and choosing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from steunwijzer.core.model import Lang, Offering, Tier

THIS_WEEK_DAYS = 7
_NO_WAIT_KNOWN = 10_000
_PERSONAL = frozenset({"in_person", "individual", "phone", "chat"})


def wait_days(offering: Offering) -> int:
    """The waiting time in days; an unknown wait ranks after every known one."""
    return _NO_WAIT_KNOWN if offering.waiting_days is None else offering.waiting_days


def theme_key(
    offering: Offering,
    tier: Tier,
    student_lang: Lang,
    timely: bool,
    quick: bool,
    open_now: Callable[[Offering], bool | None],
    hours_to_open: Callable[[Offering], int],
) -> tuple[int, ...]:
    """Smaller is better (False before True). Ties keep the catalogue order: every list
    sorted with it is in catalogue order, and Python's sort is stable."""
    wait = wait_days(offering)
    return (
        tier not in offering.tiers,
        student_lang not in offering.languages,
        # Acute stress wants a person to talk to before a web page.
        quick and _PERSONAL.isdisjoint(offering.formats),
        timely and open_now(offering) is False,
        # Of two closed, the one that opens first is faster: the out-of-hours GP (17:00)
        # came before the chaplain (10:00) for a death at 08:05 (a role-play, r14). In
        # blocks of four hours, where fit and wait decide (a dean at 09:00 with a week's
        # wait pushed the chaplain off a grief list; a role-play, round 36, R4).
        hours_to_open(offering) // 4 if timely else 0,
        quick and wait > THIS_WEEK_DAYS,
        len(offering.themes),
        wait,
    )


def for_group(offerings: Iterable[Offering], named: set[str]) -> list[Offering]:
    """``offerings`` for a need naming ``named`` themes: help for a group the need names
    first (the International Office before DUO for an international student's money
    worries), help for a group it does not name left out (``only_with_themes``: the
    International Office stood in every English intake, role-plays of rounds 55, 56)."""
    return sorted(
        (o for o in offerings if not o.only_with_themes or named.intersection(o.only_with_themes)),
        key=lambda o: not o.only_with_themes,
    )
