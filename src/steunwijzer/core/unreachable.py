"""Someone at risk who cannot be reached: the door not opened, the phone not answered.

"my roommate hasnt left her room since friday, she doesnt open when i knock ... last
week she said she just wants to disappear" was concern for someone else, urgency soon,
"Call 113" on the result, while the crisis panel rightly said "no answer and worried for
her life: call 112" (a second role-play, round 30, B3). Concern for someone who cannot
be reached is danger now. Used by core/recognise.py on findings of concern only.
"""

from __future__ import annotations

from steunwijzer.core.lazyre import lazy_compile

_UNREACHABLE = lazy_compile(
    r"(?i)\b(?:does\s*n[o']?t|do\s*n[o']?t|won'?t|isn'?t|is\s+not|not|no\s+longer|stopped)"
    r"\s+(?:open(?:ing)?|answer(?:ing)?|respond(?:ing)?|pick(?:ing)?\s+up|reply(?:ing)?)\b"
    r"|\bdoet\s+(?:de\s+deur\s+)?niet\s+(?:meer\s+)?open\b"
    r"|\b(?:neemt|nam)\s+(?:haar\s+|zijn\s+|de\s+)?(?:telefoon\s+)?niet\s+(?:meer\s+)?op\b"
    r"|\breageert\s+(?:\w+\s+){0,3}?niet\b|\bgeen\s+gehoor\b|\bniet\s+(?:meer\s+)?bereikbaar\b"
    r"|\bno\s+answer\b|\bunreachable\b|\bcan'?t\s+reach\s+(?:her|him|them)\b"
)


def unreachable(text: str) -> bool:
    """Whether the text says someone does not open, answer or respond."""
    return _UNREACHABLE.search(text) is not None
