"""Catalogue data in one language, for a person to read: tier and theme labels, answers,
the texts of offerings and the crisis lines in one line.

The core keeps these bilingual (``Text`` with ``nl`` and ``en``) or as ids; choosing the
language is presentation's, so it happens here and in the modules above. Pure: no
printing, no escaping (each output escapes the way its format needs).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.model import Catalog, Lang, Offering, Question, Tier

if TYPE_CHECKING:
    from steunwijzer.core.triage import TriageResult


def tier_label(catalog: Catalog, tier: Tier, lang: Lang) -> str:
    """The catalogue's name for a tier ("Acuut", "Acute")."""
    return catalog.tiers[tier].label.get(lang)


def urgency_label(result: TriageResult, lang: Lang) -> str:
    """The urgency as the screen says it: "soon" beside a risk to life or safety is
    "arrange it today", as the crisis box says (four role-plays, round 56, read "snel" as
    within a few days). The JSON value stays ``soon``."""
    from steunwijzer.core.safety import PANEL_THEMES
    from steunwijzer.present.texts import t

    if result.urgency == "soon" and PANEL_THEMES & set(result.themes):
        return t("urgency.soon_today", lang)
    return t("urgency." + result.urgency, lang)


def theme_label(catalog: Catalog, theme_id: str, lang: Lang) -> str:
    """The catalogue's name for a theme; its id when the catalogue has no such theme
    (a theme of the safety floor in an empty catalogue)."""
    theme = catalog.themes.get(theme_id)
    return theme.label.get(lang) if theme else theme_id


def format_answer(question: Question, value: AnswerValue | None, lang: Lang) -> str:
    """An answer as a person reads it, in the chosen language."""
    if value is None:
        # Said, not a dash: "— —" in the review read as a glitch (a role-play, round 8).
        return "overgeslagen" if lang == "nl" else "skipped"
    if isinstance(value, bool):
        return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
    if value == UNKNOWN and question.type == "yes_no":
        return "weet niet" if lang == "nl" else "don't know"
    if value == EARLIER and question.type == "yes_no":
        return "eerder wel, nu niet" if lang == "nl" else "earlier, not now"
    labels = {c.id: c.label.get(lang) for c in question.choices}
    if isinstance(value, tuple):
        # "; " between labels: a label may hold a comma ("Plannen, uitstellen, ...").
        return "; ".join(labels.get(v, v) for v in value) or "—"
    if isinstance(value, str) and value in labels:
        return labels[value]
    return str(value)


def offering_texts(offerings: Iterable[Offering], lang: Lang) -> list[str]:
    """The texts an export shows of each offering, where Dutch names may occur (to look
    up in the glossary, core.glossary.terms_in)."""
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
    from steunwijzer.core.floor import crisis_lines_with_floor

    lines = crisis_lines_with_floor(catalog.offerings)
    chosen = [o for o in lines if safety.SUICIDAL in o.themes] or lines
    return " · ".join(
        f"{o.name.get(lang)} ({', '.join(o.contact.phones)})"
        if o.contact.phones
        else o.name.get(lang)
        for o in chosen[:3]
    )


# An address under the reserved ".example" domain can reach nobody: the built-in
# catalogue's made-up institution has them. Said before the intake, so that a counsellor
# does not read "spoed@voorbeeldhogeschool.example" as a way to reach anyone (a
# role-play, round 41).


def intro_text(catalog: Catalog, lang: Lang) -> str:
    """The interview's opening words, with a warning when contacts are examples."""
    from steunwijzer.present.texts import t

    routes = (r for o in catalog.offerings for r in (o.contact.email, o.contact.url) if r)
    example = any(r.lower().endswith(".example") or ".example/" in r.lower() for r in routes)
    return t("intro", lang) + (" " + t("intro_example", lang) if example else "")
