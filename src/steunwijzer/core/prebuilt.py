"""The built-in catalogue's pattern index as compiled at build time, kept as text.

`catalog.compiled.load_builtin` offers it here without reading it (a start that reads
no free text pays nothing for it); the recogniser takes it on its first text and uses it
only when its fingerprint matches the patterns it has (core/patternindex.py).
"""

from __future__ import annotations

_OFFERED: list[str] = []


def offer(text: str) -> None:
    _OFFERED[:] = [text]


def offered() -> str | None:
    return _OFFERED[0] if _OFFERED else None
