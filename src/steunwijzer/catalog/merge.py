"""Merge the layers' contributions and build the frozen Catalog, checking references.

Runs after every file is checked on its own: here all ids are known (unknown theme
references, a missing safety screen, stale reviews). This module owns the whole, themes,
offerings, tips, glossary, tiers and freshness; questions, conditions and rules are in
``merge_interview``, an entry merged across layers in ``entries``."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from steunwijzer.catalog.checking import Reporter
from steunwijzer.catalog.entries import merged, refs, required_ok, with_themes
from steunwijzer.catalog.merge_interview import build_questions, build_rules, check_conditions
from steunwijzer.catalog.merge_layers import (
    check_crisis_offering,
    check_crisis_term,
    check_label,
    check_safety_tip,
)
from steunwijzer.core import safety
from steunwijzer.core.model import (
    Catalog,
    CatalogMeta,
    Contact,
    GlossaryEntry,
    Location,
    Offering,
    Text,
    Theme,
    Tier,
    TierInfo,
    Tip,
    Urgency,
)
from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.catalog.load import Collected

REVIEW_MAX_AGE_DAYS = 365
DEFAULT_TIER_LABELS = {
    Tier.PREVENTION: Text("Preventie", "Prevention"),
    Tier.SPECIFIC: Text("Specifieke hulpvraag", "Specific help question"),
    Tier.ACUTE: Text("Acuut", "Acute"),
}
DEFAULT_EMPHASIS = {
    Tier.PREVENTION: "informational",
    Tier.SPECIFIC: "informational",
    Tier.ACUTE: "emotional",
}


# A layer could take sexual violence out of the acute tier, or empty its words, and
# validation said nothing (an outsiders' hostile round, round 10): it stays acute as the
# floor's themes do (safety.ACUTE_THEMES), and emptied words are a warning.
_KEPT_ACUTE = frozenset(("sexual_violence",))
# Emptied words are a warning for grief and dropping out too: a layer emptied them and
# "mijn oma is overleden" came out nothing recognised, with 0 warnings (a hostile round,
# round 17).
_WORDS_KEPT = _KEPT_ACUTE | {"grief", "dropout_risk"}


def _build_themes(collected: Collected, rep: Reporter) -> dict[str, Theme]:
    themes: dict[str, Theme] = {}
    places: dict[str, Location] = {}
    for entry in merged(collected, "themes"):
        if not required_ok(entry, "theme", rep):
            continue
        v = entry.values
        tier = Tier(v["tier"])
        floor = safety.ACUTE_THEMES.get(entry.id)
        if (floor is not None or entry.id in _KEPT_ACUTE) and tier is not Tier.ACUTE:
            rep.error(
                *entry.at("tier"),
                f"theme '{entry.id}' is a safety theme and must stay in the acute tier",
            )
            tier = Tier.ACUTE
        words = v.get("synonyms", {"nl": (), "en": ()})
        if entry.id in _WORDS_KEPT and not (words["nl"] or words["en"] or v.get("patterns")):
            rep.warning(
                *entry.at("synonyms" if "synonyms" in v else "patterns"),
                f"theme '{entry.id}' has no synonyms and no patterns: free text never finds it",
            )
        check_label(entry.id, v["label"], entry.at("label"), rep)
        themes[entry.id] = Theme(
            entry.id,
            tier,
            v["label"],
            words["nl"],
            words["en"],
            v.get("area"),
            v.get("description"),
            v.get("patterns", ()),
        )
        places[entry.id] = entry.location()
    for theme_id, theme in safety.ACUTE_THEMES.items():
        # The safety floor: these themes exist in every catalogue.
        themes.setdefault(theme_id, theme)
    _warn_shared_words(themes, places, rep)
    return themes


def _warn_shared_words(
    themes: Mapping[str, Theme], places: Mapping[str, Location], rep: Reporter
) -> None:
    """A word that names two themes is ambiguous; say which one lookups will use."""
    owners: dict[str, list[str]] = {}
    for theme in themes.values():
        for word in dict.fromkeys(normalise(w) for w in theme.words):
            owners.setdefault(word, []).append(theme.id)
    for word, ids in owners.items():
        if len(ids) < 2:
            continue
        chosen = max(ids, key=lambda i: themes[i].tier.rank)
        for theme_id in ids:
            if theme_id != chosen and theme_id in places:
                at = places[theme_id]
                rep.warning(
                    at.file,
                    (at.line, at.column),
                    f"the word '{word}' names both "
                    f"'{theme_id}' and '{chosen}'; lookups and free text use "
                    f"'{chosen}' ({themes[chosen].tier})",
                )


def _build_offerings(
    collected: Collected, themes: Mapping[str, Theme], rep: Reporter, institution: str | None
) -> list[Offering]:
    offerings: list[Offering] = []
    for entry, theme_ids in with_themes(collected, "offerings", "offering", themes, rep):
        v = entry.values
        check_crisis_offering(entry, rep)
        provider = v["provider"]
        offerings.append(
            Offering(
                id=entry.id,
                name=v["name"],
                description=v["description"],
                provider=provider,
                organization=v.get("organization")
                or (institution if provider == "institution" else None),
                tiers=tuple(Tier(t) for t in v["tiers"]),
                themes=theme_ids,
                location=entry.location(),
                formats=v.get("format", ()),
                languages=v.get("languages") or ("nl",),
                contact=v.get("contact") or Contact(),
                hours=v.get("hours"),
                cost=v.get("cost"),
                waiting_days=v.get("waiting_time"),
                eligibility=v.get("eligibility"),
                how_to_access=v.get("how_to_access"),
                student_step=v.get("student_step"),
                status=v.get("status", "active"),
                last_reviewed=v.get("last_reviewed"),
                crisis=v.get("crisis", False),
                entry_point=v.get("entry_point", False),
                only_with_themes=refs(entry, "only_with_themes", themes, rep, "theme"),
            )
        )
    return offerings


def _build_tips(collected: Collected, themes: Mapping[str, Theme], rep: Reporter) -> list[Tip]:
    tips: list[Tip] = []
    for entry, theme_ids in with_themes(collected, "tips", "tip", themes, rep):
        v = entry.values
        check_safety_tip(entry, rep)
        tips.append(
            Tip(
                entry.id,
                v["style"],
                v["text"],
                tuple(Tier(t) for t in v.get("tiers", ())),
                tuple(Urgency(u) for u in v.get("urgency", ())),
                theme_ids,
            )
        )
    return tips


def _build_glossary(collected: Collected, rep: Reporter) -> list[GlossaryEntry]:
    entries: list[GlossaryEntry] = []
    for entry in merged(collected, "glossary"):
        if required_ok(entry, "term", rep):
            v = entry.values
            check_crisis_term(entry, rep)
            entries.append(
                GlossaryEntry(entry.id, str(v["term"]), v["text"], tuple(v.get("aliases", ())))
            )
    return entries


# The words that name each tier, and what says there is no need: a label may not name
# another tier, and the acute tier's may not reassure ("acute" labelled "Geen zorgen", and
# "prevention" labelled "Acuut", validated with 0 warnings: a hostile round, round 11).
# Words only: "Niet wachten" and "Hulpvraag (geen spoed)" are labels an institution may
# choose (a maintainer's test, round 11).
_TIER_WORDS = {
    Tier.PREVENTION: ("preventie", "prevention"),
    Tier.SPECIFIC: ("specifiek", "specifieke", "specific"),
    Tier.ACUTE: ("acuut", "acute"),
}
_URGENT_WORDS = (
    "spoed", "urgent", "crisis", "nood", "noodgeval", "emergency", "direct", "immediate"
)  # fmt: skip
_NO_NEED = (
    "geen zorgen", "no concern", "no concerns", "no worries", "niets aan de hand",
    "nothing wrong", "geen risico", "no risk", "veilig", "safe", "routine", "regulier",
    "prima", "fine", "ok", "oke", "okay", "geen hulp", "no help", "geen hulpvraag",
    "no need", "niet urgent", "not urgent", "geen haast", "no rush",
    # that it can wait (a hostile round, round 16: "Kan wachten" for acute validated)
    "kan wachten", "can wait", "later", "geen spoed", "no hurry", "low", "laag",
    "low priority", "lage prioriteit",
    # the tier's own name denied, or calm advised (a hostile round, round 30, H3)
    "niet acuut", "not acute", "non acute", "geen acuut", "rustig aan", "take it easy",
    # all is well, said another way (a coordinator's hostile round, round 32, H6)
    "normaal", "normal", "alles goed", "all good", "gewoon", "groen", "green", "rustig",
    "calm", "stabiel", "stable", "ontspannen", "relaxed",
)  # fmt: skip
# An acute tier's label should say that it is urgent; one that says nothing of it
# ("Niveau 1", "Informatief") is warned about (round 32, H6). A warning: an institution's
# own word must keep loading.
_ACUTE_WORDS = (*_URGENT_WORDS, "acuut", "acute", "dringend", "ernstig", "serious", "hoog",
                "high", "rood", "red", "alarm", "gevaar", "danger", "snel", "fast", "meteen",
                "now", "nu", "risico", "risk", "zorg", "prioriteit", "priority", "kritiek",
                "critical", "levensgevaar")  # fmt: skip
# And what says a need is urgent, on a tier that is not: "Spoed" for prevention (round 16).
_URGENT = _URGENT_WORDS
_DENIED = ("geen", "niet", "no", "not", "non")


def _misleading(tier: Tier, label: Text) -> str | None:
    """The word of ``label`` that names another tier or, for acute, says all is well."""
    # Invisible characters split no word here: "Pre\u00adventie" on the acute tier showed
    # "PRE\u00adVENTIE" to the counsellor (a hostile round, round 30, H2).
    said = "".join(c for c in f"{label.nl} {label.en}" if unicodedata.category(c) != "Cf")
    text = f" {normalise(said)} "
    for other, names in _TIER_WORDS.items():
        for name in names if other is not tier else ():
            if f" {name} " in text:
                return name
    for phrase in _NO_NEED if tier is Tier.ACUTE else ():
        if f" {phrase} " in text:
            return phrase
    for word in _URGENT if tier is not Tier.ACUTE else ():
        if f" {word} " in text and not any(f" {no} {word} " in text for no in _DENIED):
            return word  # "Hulpvraag (geen spoed)" is a label one may choose
    return None


def _build_tiers(collected: Collected, rep: Reporter) -> dict[Tier, TierInfo]:
    tiers = {t: TierInfo(t, DEFAULT_TIER_LABELS[t]) for t in Tier}
    for entry in merged(collected, "tiers"):
        if required_ok(entry, "tier", rep):
            tier = Tier(entry.id)
            label = entry.values["label"]
            word = _misleading(tier, label)
            if word is not None:
                rep.error(
                    *entry.at("label"),
                    f"the label of tier '{tier}' says '{word}': it names another tier or "
                    "says there is no need, and counsellors read the tier by its label",
                )
                continue
            said = f" {normalise(f'{label.nl} {label.en}')} "
            if tier is Tier.ACUTE and not any(  # a compound counts: "Spoedhulp"
                (w in said) if len(w) > 4 else (f" {w} " in said) for w in _ACUTE_WORDS
            ):
                rep.warning(
                    *entry.at("label"),
                    f"the label of tier '{tier}' says nothing of urgency: counsellors read "
                    "the tier by its label; name it so that it says the need is acute",
                )
            tiers[tier] = TierInfo(tier, label, entry.values.get("description"))
    return tiers


def _meta(collected: Collected) -> CatalogMeta:
    merged: dict[str, Any] = {}
    for _file, values in collected.meta:
        merged.update(values)
    return CatalogMeta(
        merged.get("name", "steunwijzer"),
        merged.get("institution"),
        merged.get("version"),
        merged.get("last_reviewed"),
        merged.get("timezone"),
        tuple(merged.get("closed_days", ())),
    )


def _freshness(
    catalog: Catalog, collected: Collected, rep: Reporter, today: dt.date, max_age_days: int
) -> None:
    limit = dt.timedelta(days=max_age_days)
    months = round(max_age_days / 30.4)
    for file, values in collected.meta:
        reviewed = values.get("last_reviewed")
        if reviewed and today - reviewed > limit:
            rep.warning(
                file, (1, 1), f"catalogue last_reviewed {reviewed} is more than {months} months ago"
            )
        if reviewed and reviewed > today:  # 9999-12-31 turned the warning off for good (r19)
            rep.warning(file, (1, 1), f"catalogue last_reviewed {reviewed} is in the future")
    for o in catalog.offerings:
        where = (o.location.line, o.location.column)
        if o.last_reviewed and o.last_reviewed > today:
            rep.warning(
                o.location.file,
                where,
                f"offering '{o.id}': last_reviewed {o.last_reviewed} is in the future",
            )
        if o.last_reviewed and today - o.last_reviewed > limit:
            rep.warning(
                o.location.file,
                where,
                f"offering '{o.id}' was last reviewed {o.last_reviewed}, "
                f"more than {months} months ago",
            )
        if o.status == "inactive":
            rep.warning(o.location.file, where, f"offering '{o.id}' is inactive")
    served = {t for o in catalog.offerings if o.active for t in o.themes}
    # An unreadable file is its one error, not six theme warnings (hostile round 34, H9).
    unread = not collected.entries.get("offerings") and any(d.is_error for d in rep.items)
    for theme in () if unread else catalog.themes.values():
        if theme.id not in served and collected.files:
            # At the theme's entry in the last layer that wrote it, not catalog.yaml:1:1 (r11).
            parts = collected.entries.get("themes", {}).get(theme.id)
            file, mark = (parts[-1].file, parts[-1].mark) if parts else (collected.files[0], (1, 1))
            rep.warning(file, mark, f"no active offering serves theme '{theme.id}'")


def build_catalog(
    collected: Collected,
    rep: Reporter,
    today: dt.date,
    review_max_age_days: int = REVIEW_MAX_AGE_DAYS,
) -> Catalog:
    meta = _meta(collected)
    themes = _build_themes(collected, rep)
    offerings = _build_offerings(collected, themes, rep, meta.institution)
    questions = check_conditions(build_questions(collected, rep), rep)
    rules = build_rules(collected, questions, themes, rep)
    tips = _build_tips(collected, themes, rep)
    emphasis: dict[Tier, str] = dict(DEFAULT_EMPHASIS)
    for _file, values in collected.emphasis:
        emphasis.update({Tier(k): v for k, v in values.items()})
    catalog = Catalog(
        meta=meta,
        tiers=_build_tiers(collected, rep),
        themes=themes,
        offerings=tuple(offerings),
        questions=tuple(questions),
        rules=tuple(rules),
        tips=tuple(tips),
        emphasis=emphasis,
        sources=tuple(collected.files),
        glossary=tuple(_build_glossary(collected, rep)),
    )
    _freshness(catalog, collected, rep, today, review_max_age_days)
    if collected.files:  # the safety-mode catalogue has no files and no lines of its own
        from steunwijzer.catalog.acute_rules import check_acute_rules
        from steunwijzer.core.floor import check_catalog

        check_catalog(catalog, rep)
        check_acute_rules(catalog, rep)
    return catalog
