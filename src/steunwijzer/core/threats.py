"""A threat whose condition is that the student tells or leaves: never a figure of speech,
whatever laugh stands beside it (round 67). Kept apart from findings.py, which reads it."""

from __future__ import annotations

from collections.abc import Sequence

# A threat that names the telling or the leaving it punishes: "he said he'll kill me if i
# tell anyone haha" was set aside as a figure of speech by the laugh (round 67); a
# nervous laugh does not make it a manner of speaking. "My mum will kill me if I fail
# lol" names no telling and stays a figure.
_IF = frozenset(("if", "unless", "when", "als", "tenzij", "wanneer", "zodra"))
# (telling others, not telling the one who threatens: "my parents will kill me if i tell
# them i failed stats again" stays a figure)
_TOLD = frozenset(
    ("leave", "police", "anyone", "anybody", "someone", "aangifte", "politie",
     "iemand", "verlaat", "wegga", "niemand", "nobody")
)  # fmt: skip


def threat_if_told(words: Sequence[str], start: int, end: int) -> bool:
    """True when a threat's condition is that the student tells or leaves."""
    near = words[start : end + 5]
    return not _IF.isdisjoint(near) and not _TOLD.isdisjoint(near)
