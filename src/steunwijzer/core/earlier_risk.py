"""An earlier attempt or earlier thoughts, and nothing of now: acute, but no risk to life now.

The safety screen reads "vijf jaar geleden een poging, sindsdien niks meer" as
``earlier`` (core/answer_past.py): acute, never lowered, urgency soon. Round 63 kept the
crisis lines first for it, "Bel 113" as the next step, for a student stable for five
years who came for study planning; the counsellor of a role-play (round 64, intake 3)
called that wrong and stigmatising. The C-SSRS screener reads lifetime behaviour as a
moderate risk: a referral soon, not a crisis line now. So, when every reason for a risk
to life is such an answer, the fastest fitting help comes first and the crisis lines
stay in the list as its safety line (as for grief): the panel still asks how it is now.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.model import Urgency
from steunwijzer.core.safety import RISK_TO_LIFE


class _Reason(Protocol):
    @property
    def rule(self) -> str: ...
    @property
    def answer(self) -> str: ...
    @property
    def themes(self) -> tuple[str, ...]: ...


def earlier_only(reasons: Iterable[_Reason], urgency: Urgency) -> bool:
    """Whether every reason for a risk to life is an answer of ``earlier`` (and nothing
    makes the urgency immediate)."""
    if urgency is Urgency.IMMEDIATE:
        return False
    risky = [r for r in reasons if RISK_TO_LIFE.intersection(r.themes)]
    return bool(risky) and all(
        r.rule.startswith("safety.") and r.answer.endswith(f"= {EARLIER}") for r in risky
    )
