"""Content checks beyond validity: what makes a catalogue hard to use in an intake."""

from __future__ import annotations

from collections import defaultdict

from steunwijzer.core.model import Catalog, Offering, Tier
from steunwijzer.core.safety import RISK_TO_LIFE, SCREEN_IDS, SUICIDAL
from steunwijzer.errors import Diagnostic


def _at(o: Offering, severity: str, message: str) -> Diagnostic:
    return Diagnostic(o.location.file, o.location.line, o.location.column, severity, message)


def lint_catalog(catalog: Catalog) -> list[Diagnostic]:
    """Warnings about content; validation problems are reported by the loader."""
    found: list[Diagnostic] = []
    reachable = {t for rule in catalog.rules for t in rule.themes}
    if any(q.id in SCREEN_IDS for q in catalog.questions):
        reachable.add(SUICIDAL)
    names: dict[tuple[str, str], list[Offering]] = defaultdict(list)
    for o in catalog.offerings:
        for lang, name in (("nl", o.name.nl), ("en", o.name.en)):
            if name:
                names[(lang, name.casefold())].append(o)
        for value in (o.contact.url, o.contact.chat):
            if value and value.lower().startswith("http://"):
                found.append(
                    _at(
                        o,
                        "warning",
                        f"offering '{o.id}' uses an insecure http:// URL '{value}'; use https://",
                    )
                )
        if o.how_to_access is None:
            found.append(
                _at(
                    o,
                    "warning",
                    f"offering '{o.id}' has no how_to_access: say what the student's next step is",
                )
            )
        if o.active and not reachable.intersection(o.themes):
            found.append(
                _at(
                    o,
                    "warning",
                    f"offering '{o.id}' is not reached by any "
                    "interview rule; only free text or a lookup can find it",
                )
            )
    for o in catalog.offerings:
        risky = o.crisis or (Tier.ACUTE in o.tiers and not RISK_TO_LIFE.isdisjoint(o.themes))
        if o.active and risky and not o.contact.reachable:
            found.append(
                _at(
                    o,
                    "warning",
                    f"offering '{o.id}' can be referred to for a risk to life but has no "
                    "contact: add a phone number (or another route, or own_practice: true)",
                )
            )
    for q in catalog.questions:
        if q.help is None or not (q.help.nl.strip() or q.help.en.strip()):
            loc = q.location
            found.append(
                Diagnostic(
                    loc.file,
                    loc.line,
                    loc.column,
                    "warning",
                    f"question '{q.id}' has no help: say why it is asked and how to ask it gently",
                )
            )
    for (lang, _name), same in names.items():
        ids = sorted({o.id for o in same})
        if len(ids) > 1:
            first = same[0]
            found.append(
                _at(
                    first,
                    "warning",
                    f"offerings {', '.join(ids)} share the same "
                    f"{'Dutch' if lang == 'nl' else 'English'} name "
                    f"'{first.name.nl if lang == 'nl' else first.name.en}'",
                )
            )
    return found
