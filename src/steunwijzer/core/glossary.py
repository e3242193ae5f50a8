"""Dutch role and service names, explained in one line for people who read English.

The explanations are catalogue data (``glossary:`` entries, the built-in ones in
catalog/glossary.yaml). ``terms_in`` finds the names that occur in texts about to be
shown, so the English result screen and handout can explain each one once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from steunwijzer.core.model import Catalog, GlossaryEntry, Lang, Offering
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
    """Entries whose id or name matches ``term`` (whole name first, then a part of it)."""
    key = normalise(term)
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


def offering_texts(offerings: Iterable[Offering], lang: Lang) -> list[str]:
    """The texts an export shows of each offering, where Dutch names may occur."""
    out: list[str] = []
    for o in offerings:
        out += [o.name.get(lang), o.description.get(lang)]
        if o.how_to_access:
            out.append(o.how_to_access.get(lang))
    return out


def safety_line_names(catalog: Catalog, lang: Lang) -> str:
    """ "113 Zelfmoordpreventie (113, 0800-0113) · 112 ...": the crisis lines in one line,
    for an acute theme without a risk to life (the same rule as a referral list)."""
    from steunwijzer.core import safety

    lines = [o for o in catalog.offerings if o.active and o.crisis]
    general = [o for o in lines if safety.SUICIDAL in o.themes] or lines
    chosen = general or list(safety.NATIONAL_CRISIS)
    return " · ".join(
        f"{o.name.get(lang)} ({', '.join(o.contact.phones)})"
        if o.contact.phones
        else o.name.get(lang)
        for o in chosen[:3]
    )
