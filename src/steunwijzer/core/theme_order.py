"""The order in which a need's themes are served (referrals, tips, the crisis panel)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from steunwijzer.core import safety
from steunwijzer.core.model import Catalog
from steunwijzer.core.support import theme_tier

if TYPE_CHECKING:
    from steunwijzer.core.triage import Reason

TAKEN_BACK = ", later no"  # the end of a taken-back reason's answer
# ... and of an answer left out when an earlier answer changed in the review: still what
# the student said (a second role-play, round 30, E3: "eerst ja, later nee" for a
# self-harm "ja" nobody took back)
LEFT_OUT = ", later left out"


def doubted_themes(reasons: Iterable[Reason]) -> frozenset[str]:
    """Themes found only through answers taken back in the review: still acute, but
    not what the student's first help is chosen by (crisis_order)."""
    sure: set[str] = set()
    doubted: set[str] = set()
    for r in reasons:
        (doubted if r.answer.endswith(TAKEN_BACK) else sure).update(r.themes)
    return frozenset(doubted - sure)


def theme_order(reasons: Iterable[Reason], catalog: Catalog) -> tuple[str, ...]:
    """Themes in the order they are served: tier, a risk to life before other acute
    needs (a role-play, round 9: credits behind came before a wish to be dead), a theme
    only taken back after the others of its kind, then urgency, then a need both answered
    and told in the student's own words, then as found: a placement supervisor who
    belittles, asked about and told in her own words, was served after exam anxiety and
    sleep, each only answered (a role-play, round 43, intake 2)."""
    reasons = tuple(reasons)
    doubted = doubted_themes(reasons)
    found: dict[str, int] = {}
    said: dict[str, set[bool]] = {}  # how it came: an answer (False), words (True)
    told: dict[str, int] = {}  # where in the student's words it is first told
    # the catalogue's own-words questions, by section: an institution may name them
    own = {f"text.{q.id}.text" for q in catalog.questions if q.section == "own_words"}
    for r in reasons:
        for t in r.themes:
            rank = r.urgency.rank if r.urgency else 0
            found[t] = max(found.get(t, 0), rank)
            said.setdefault(t, set()).add(r.finding is not None)
            if r.finding is not None and r.rule in own:
                told[t] = min(told.get(t, r.finding.start), r.finding.start)
    position = {t: i for i, t in enumerate(found)}
    return tuple(
        sorted(
            found,
            key=lambda t: (
                -theme_tier(catalog, t).rank,
                t not in safety.RISK_TO_LIFE,
                t in doubted,
                -found[t],
                -len(said[t]),
                told.get(t, len(position) + 10_000),  # told first: "begeleider ... kleineert
                position[t],  # me. paniek voor elke dienst": the bullying, then its panic
            ),
        )
    )
