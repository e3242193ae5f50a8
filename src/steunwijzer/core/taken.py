"""Something already taken: the emergency number first.

A student who "took way more pills than I should have" last night and "feels sick and
sleepy now" got 113 first and "Next step: call 113 ... or start a chat at 113.nl"; the
screen's 112 line was only a conditional ("if something has already been taken") (a
role-play, round 58, intake 3). An overdose taken is a medical emergency before it is a
conversation: 112 leads the crisis lines. Read from the words of the free-text findings
that count, not from a wish or a plan ("I'm going to take all my pills tonight" keeps
113 first: the student is in the room and the act is not done).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.crisis_order import now_line
from steunwijzer.core.lazyre import lazy_compile

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding
    from steunwijzer.core.referrals import Referral

_TAKEN = lazy_compile(
    r"(?i)\b(?:took|taken|swallowed|overdosed|od'?d|ingenomen|genomen|geslikt|ingeslikt|"
    r"leeggeslikt|slikte|slikten)\b"
)
_WHAT = lazy_compile(
    r"(?i)\b(?:pills?|meds|medication|medicine|tablets|painkillers|paracetamol|ibuprofen|"
    r"sleeping pills|pillen|pil|tabletten|medicijnen|medicatie|pijnstillers|slaappillen|"
    r"all|everything|alles|alle|handful|handvol|strip|strips|overdose|overdosis|"
    r"whatever'?s?)\b"
)


def taken_now(findings: Iterable[Finding | None]) -> bool:
    """True when a free-text finding of a risk to life that counts says something was
    taken (a past verb of swallowing and a medicine or an amount in its words)."""
    return any(
        f is not None
        and f.theme in lexicon.RISK_TO_LIFE
        and f.set_aside is None
        and bool(_TAKEN.search(f.words))
        and bool(_WHAT.search(f.words))
        for f in findings
    )


def emergency_first(referrals: tuple[Referral, ...]) -> tuple[Referral, ...]:
    """The crisis lines that lead the list, with the emergency number (112) first."""
    lead = 0
    while lead < len(referrals) and referrals[lead].role == "crisis":
        lead += 1
    crisis = sorted(referrals[:lead], key=lambda r: not now_line(r.offering))
    return (*crisis, *referrals[lead:])
