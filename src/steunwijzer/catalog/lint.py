"""Content checks beyond validity: what makes a catalogue hard to use in an intake."""

from __future__ import annotations

from collections import defaultdict

from steunwijzer.core.model import Catalog, Offering, Tier
from steunwijzer.core.safety import RISK_TO_LIFE, SCREEN_IDS, SUICIDAL
from steunwijzer.errors import Diagnostic


def _at(o: Offering, severity: str, message: str) -> Diagnostic:
    return Diagnostic(o.location.file, o.location.line, o.location.column, severity, message)


# Words in nearly every sentence a student writes: a pattern of these alone ("ik",
# "i|me", "ik & ik") took over every request, and an acute theme's made "where can I
# find the library?" acute, with 0 warnings (a coordinator's hostile round, round 23, K4).
_COMMON_WORDS = (
    "ik je jij u we wij ze zij hij het de een en of niet wel ben is was heb had mijn me "
    "mij i my you he she it they the a an and or not no am are be have has do"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def _only_common(pattern: str) -> bool:
    words = [
        word
        for token in pattern.split()
        if token not in ("&", "$") and not token.startswith("..")
        for alternative in token.strip("!=?*").split("|")
        for word in alternative.strip("!=?*").split("_")
    ]
    return bool(words) and all(w.lower() in _COMMON for w in words)


def _pattern_warnings(catalog: Catalog) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for theme in catalog.themes.values():
        for pattern in theme.patterns:
            file, _, line = pattern.origin.rpartition(":")
            if file and line.isdigit() and _only_common(pattern.text):
                message = (
                    f"pattern '{pattern.text}' of theme '{theme.id}' holds only words found "
                    "in nearly every text; it matches almost any request: name the need itself"
                )
                found.append(Diagnostic(file, int(line), 1, "warning", message))
    return found


def lint_catalog(catalog: Catalog) -> list[Diagnostic]:
    """Warnings about content; validation problems are reported by the loader."""
    found: list[Diagnostic] = _pattern_warnings(catalog)
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
        if o.active and not o.tiers:
            # tiers: [] validated silently; lookups referred it, while `catalog list`
            # and `coverage` acted as if it did not exist (K6)
            message = f"offering '{o.id}' has no tiers: name the tiers it serves"
            found.append(_at(o, "warning", message))
        if o.crisis and ((o.waiting_days or 0) > 0 or o.formats == ("group",)):
            # a "crisis line" with two weeks of waiting or only a group stood above 112 (K5)
            message = (
                f"crisis line '{o.id}' has a waiting time or only a group format: a crisis "
                "line is reached at once, one to one; set crisis: false for other help"
            )
            found.append(_at(o, "warning", message))
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
