"""Merge the layers' contributions and build the frozen Catalog, checking references.

Runs after every file has been checked on its own: here we know all ids, so this is
where unknown theme references, broken conditions, a missing safety screen and stale
reviews are found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from steunwijzer.catalog.fields import ParsedCondition, RefList, Reporter
from steunwijzer.catalog.spec import SPECS
from steunwijzer.core import conditions, safety
from steunwijzer.core.model import (
    Catalog,
    CatalogMeta,
    Contact,
    GlossaryEntry,
    Location,
    Offering,
    Question,
    Rule,
    Text,
    Theme,
    Tier,
    TierInfo,
    Tip,
    Urgency,
)
from steunwijzer.core.textnorm import did_you_mean, normalise

if TYPE_CHECKING:
    from steunwijzer.catalog.load import Collected, Contribution

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


_Pending = tuple[Question, ParsedCondition | None]


class _Merged:
    """The merged fields of one entry, with where each came from."""

    def __init__(self, entry_id: str, parts: list[Contribution]) -> None:
        self.id = entry_id
        self.parts = parts
        self.values: dict[str, Any] = {}
        self.origin: dict[str, Contribution] = {}
        for part in parts:
            for key, value in part.values.items():
                self.values[key] = value
                self.origin[key] = part

    @property
    def last(self) -> Contribution:
        return self.parts[-1]

    def location(self) -> Location:
        return Location(self.last.file, self.last.mark[0], self.last.mark[1])

    def at(self, key: str) -> tuple[str, tuple[int, int]]:
        part = self.origin.get(key, self.last)
        return part.file, part.raw.value_at(key) if key in part.raw else part.mark


def _merged(collected: Collected, section: str) -> list[_Merged]:
    return [_Merged(i, collected.entries[section][i]) for i in collected.order[section]]


def _required_ok(entry: _Merged, spec: str, rep: Reporter) -> bool:
    ok = True
    for f in SPECS[spec].values():
        if f.required and f.name not in entry.values:
            wrote_it = any(f.name in part.raw for part in entry.parts)
            if not wrote_it:  # a present-but-invalid value was reported already
                rep.error(
                    entry.last.file,
                    entry.last.mark,
                    f"missing required key '{f.name}' in {spec} '{entry.id}'",
                )
            ok = False
    return ok


def _refs(
    entry: _Merged, key: str, known: Mapping[str, object], rep: Reporter, what: str
) -> tuple[str, ...]:
    value = entry.values.get(key)
    if not isinstance(value, RefList):
        return tuple(value or ())
    good: list[str] = []
    file = entry.origin[key].file
    for ref, mark in zip(value.ids, value.marks, strict=True):
        if ref in known:
            good.append(ref)
        else:
            rep.error(file, mark, f"unknown {what} '{ref}'{did_you_mean(ref, known)}")
    return tuple(good)


def _build_themes(collected: Collected, rep: Reporter) -> dict[str, Theme]:
    themes: dict[str, Theme] = {}
    places: dict[str, Location] = {}
    for entry in _merged(collected, "themes"):
        if not _required_ok(entry, "theme", rep):
            continue
        v = entry.values
        tier = Tier(v["tier"])
        floor = safety.ACUTE_THEMES.get(entry.id)
        if floor is not None and tier is not Tier.ACUTE:
            rep.error(
                *entry.at("tier"),
                f"theme '{entry.id}' is a safety theme and must stay in the acute tier",
            )
            tier = Tier.ACUTE
        words = v.get("synonyms", {"nl": (), "en": ()})
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
    for entry in _merged(collected, "offerings"):
        ok = _required_ok(entry, "offering", rep)
        theme_ids = _refs(entry, "themes", themes, rep, "theme")
        if not ok:
            continue
        v = entry.values
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
            )
        )
    return offerings


def _build_questions(collected: Collected, rep: Reporter) -> list[_Pending]:
    entries = _merged(collected, "questions")
    if not entries:
        return [(q, None) for q in safety.DEFAULT_SCREEN]
    questions: list[_Pending] = []
    for index, entry in enumerate(entries):
        if not _required_ok(entry, "question", rep):
            continue
        v = entry.values
        if entry.id in safety.SCREEN_BY_ID:
            expected = safety.SCREEN_IDS[index] if index < len(safety.SCREEN_IDS) else None
            if entry.id != expected:
                rep.error(
                    *entry.at("id"),
                    f"safety question '{entry.id}' is out of order; the "
                    f"screen must come first, in the order {', '.join(safety.SCREEN_IDS)}",
                )
            for fixed in ("when", "type", "choices", "section"):
                if fixed in v and not (fixed == "type" and v[fixed] == "yes_no"):
                    rep.error(
                        *entry.at(fixed),
                        f"'{fixed}' of safety question '{entry.id}' is "
                        "fixed; a catalogue may only change its text and help",
                    )
            item = safety.SCREEN_BY_ID[entry.id]
            reworded = safety.screen_question(item, v["text"], v.get("help"), entry.location())
            questions.append((reworded, None))
            continue
        question = _question(entry, rep)
        if question is not None:
            questions.append((question, v.get("when")))
    present = [q.id for q, _ in questions if q.section == "safety"]
    missing = [i for i in safety.SCREEN_IDS if i not in present]
    if missing:
        first = entries[0].parts[0]
        rep.error(
            first.file,
            first.mark,
            f"the interview must start with the safety screen; missing: {', '.join(missing)}",
        )
    return questions


def _question(entry: _Merged, rep: Reporter) -> Question | None:
    """A question without its condition; _check_conditions adds the typed `when`."""
    v = entry.values
    qtype = v["type"]
    choices = v.get("choices", ())
    file, mark = entry.at("type")
    if qtype in ("choice", "multi") and len(choices) < 2:
        rep.error(file, mark, f"{qtype} question '{entry.id}' needs at least two choices")
        return None
    if qtype not in ("choice", "multi") and choices:
        rep.error(*entry.at("choices"), f"{qtype} question '{entry.id}' cannot have choices")
    low, high = v.get("min"), v.get("max")
    if qtype == "scale":
        if low is None or high is None or low >= high:
            rep.error(file, mark, f"scale question '{entry.id}' needs min and max, min < max")
            return None
    elif low is not None or high is not None:
        rep.error(file, mark, f"only scale questions have min and max ('{entry.id}')")
    section = v.get("section", "other")
    if section == "safety":
        rep.error(*entry.at("section"), f"'{entry.id}' is not part of the fixed safety screen")
        section = "other"
    return Question(
        entry.id,
        qtype,
        v["text"],
        section,
        entry.location(),
        v.get("help"),
        choices,
        low,
        high,
    )


def _check_conditions(questions: list[_Pending], rep: Reporter) -> list[Question]:
    """Type-check each question's `when` against the questions before it."""
    checked: list[Question] = []
    seen: dict[str, Question] = {}
    by_id = {q.id: q for q, _ in questions}
    for q, when in questions:
        if when is not None:
            later = [
                r
                for r in conditions.referenced_questions(when.condition)
                if r in by_id and r not in seen
            ]
            try:
                if later:
                    raise conditions.ConditionError(
                        f"refers to '{later[0]}', which is asked later; a condition can only "
                        "use earlier answers"
                    )
                typed = conditions.check(when.condition, seen)
            except conditions.ConditionError as exc:
                rep.error(q.location.file, when.mark, f"'when' of question '{q.id}': {exc}")
                typed = None
            q = Question(
                q.id, q.type, q.text, q.section, q.location, q.help, q.choices, q.min, q.max, typed
            )
        checked.append(q)
        seen[q.id] = q
    return checked


def _build_rules(
    collected: Collected, questions: list[Question], themes: Mapping[str, Theme], rep: Reporter
) -> list[Rule]:
    by_id = {q.id: q for q in questions}
    rules: list[Rule] = []
    for entry in _merged(collected, "rules"):
        ok = _required_ok(entry, "rule", rep)
        theme_ids = _refs(entry, "themes", themes, rep, "theme")
        if not ok:
            continue
        v = entry.values
        parsed: ParsedCondition = v["when"]
        try:
            typed = conditions.check(parsed.condition, by_id)
        except conditions.ConditionError as exc:
            rep.error(entry.origin["when"].file, parsed.mark, f"'when' of rule '{entry.id}': {exc}")
            continue
        tier = Tier(v["tier"]) if "tier" in v else None
        urgency = Urgency(v["urgency"]) if "urgency" in v else None
        if not theme_ids and tier is None and urgency is None:
            rep.warning(
                entry.last.file,
                entry.last.mark,
                f"rule '{entry.id}' raises no theme, tier or urgency",
            )
        rules.append(Rule(entry.id, typed, entry.location(), theme_ids, tier, urgency))
    return rules


def _build_tips(collected: Collected, themes: Mapping[str, Theme], rep: Reporter) -> list[Tip]:
    tips: list[Tip] = []
    for entry in _merged(collected, "tips"):
        ok = _required_ok(entry, "tip", rep)
        theme_ids = _refs(entry, "themes", themes, rep, "theme")
        if not ok:
            continue
        v = entry.values
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
    for entry in _merged(collected, "glossary"):
        if _required_ok(entry, "term", rep):
            v = entry.values
            entries.append(
                GlossaryEntry(entry.id, str(v["term"]), v["text"], tuple(v.get("aliases", ())))
            )
    return entries


def _build_tiers(collected: Collected, rep: Reporter) -> dict[Tier, TierInfo]:
    tiers = {t: TierInfo(t, DEFAULT_TIER_LABELS[t]) for t in Tier}
    for entry in _merged(collected, "tiers"):
        if _required_ok(entry, "tier", rep):
            tier = Tier(entry.id)
            tiers[tier] = TierInfo(tier, entry.values["label"], entry.values.get("description"))
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
    for o in catalog.offerings:
        where = (o.location.line, o.location.column)
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
    for theme in catalog.themes.values():
        if theme.id not in served and collected.files:
            rep.warning(collected.files[0], (1, 1), f"no active offering serves theme '{theme.id}'")


def build_catalog(
    collected: Collected,
    rep: Reporter,
    today: dt.date,
    review_max_age_days: int = REVIEW_MAX_AGE_DAYS,
) -> Catalog:
    meta = _meta(collected)
    themes = _build_themes(collected, rep)
    offerings = _build_offerings(collected, themes, rep, meta.institution)
    questions = _check_conditions(_build_questions(collected, rep), rep)
    rules = _build_rules(collected, questions, themes, rep)
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
        from steunwijzer.core.floor import check_catalog

        check_catalog(catalog, rep)
    return catalog
