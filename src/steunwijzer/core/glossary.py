"""Dutch role and service names, explained in one line for people who read English.

The explanations are catalogue data (``glossary:`` entries, the built-in ones in
catalog/glossary.yaml). ``terms_in`` finds the names that occur in texts about to be
shown, so the English result screen and handout can explain each one once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from steunwijzer.core.disguise import blank_escapes
from steunwijzer.core.model import Catalog, GlossaryEntry
from steunwijzer.core.textnorm import normalise


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(normalise(name)) + r"(?![a-z0-9])")


def terms_in(catalog: Catalog, texts: Iterable[str]) -> tuple[GlossaryEntry, ...]:
    """The glossary entries named in the texts, in the order they first occur."""
    haystack = " | ".join(normalise(t) for t in texts if t)
    if not haystack or not catalog.glossary:
        return ()
    found: list[tuple[int, GlossaryEntry]] = []
    for entry in catalog.glossary:
        spots = [m.start() for n in entry.names if n for m in [_pattern(n).search(haystack)] if m]
        if spots:
            found.append((min(spots), entry))
    found.sort(key=lambda pair: pair[0])
    return tuple(entry for _, entry in found)


def find(catalog: Catalog, term: str) -> tuple[GlossaryEntry, ...]:
    """Entries whose id or name matches ``term`` (whole name first, then a part of it);
    escape sequences are no part of it ("\x1b]0;x\adecaan" found nothing: round 16)."""
    key = normalise(blank_escapes(term))
    if not key:
        return ()
    exact = [
        e
        for e in catalog.glossary
        if key == normalise(e.id) or any(key == normalise(n) for n in e.names)
    ]
    if exact:
        return tuple(exact)
    return tuple(e for e in catalog.glossary if any(key in normalise(n) for n in (e.id, *e.names)))
