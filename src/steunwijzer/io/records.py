"""Plain data shapes for JSON and CSV output. No Rich here: --json stays fast.

The keys are a contract with users' scripts (tests/contracts.py): add keys, never rename.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from steunwijzer import __version__
from steunwijzer.core.model import (
    Catalog,
    GlossaryEntry,
    Lang,
    Offering,
    Question,
    Text,
    Theme,
    Tier,
    Tip,
)
from steunwijzer.core.referrals import Referral
from steunwijzer.core.triage import TriageResult
from steunwijzer.errors import Diagnostic
from steunwijzer.present.labels import theme_label

if TYPE_CHECKING:
    from steunwijzer.catalog.coverage import CoverageReport
    from steunwijzer.core.recognise import Finding


def _text(value: Text | None, lang: Lang) -> str | None:
    return value.get(lang) if value else None


def offering_dict(o: Offering, lang: Lang) -> dict[str, Any]:
    return {
        "id": o.id,
        "name": o.name.get(lang),
        "description": o.description.get(lang),
        "provider": o.provider,
        "organization": o.organization,
        "tiers": [str(t) for t in o.tiers],
        "themes": list(o.themes),
        "crisis": o.crisis,
        "format": list(o.formats),
        "languages": list(o.languages),
        "contact": o.contact.as_dict(),
        "hours": o.hours.text if o.hours else None,
        "cost": _text(o.cost, lang),
        "waiting_days": o.waiting_days,
        "eligibility": _text(o.eligibility, lang),
        "how_to_access": _text(o.how_to_access, lang),
        "status": o.status,
        "last_reviewed": o.last_reviewed.isoformat() if o.last_reviewed else None,
    }


def referral_dict(r: Referral, lang: Lang) -> dict[str, Any]:
    o = r.offering
    return {
        "id": o.id,
        "name": o.name.get(lang),
        "tiers": [str(t) for t in o.tiers],
        "themes": list(o.themes),
        "crisis": o.crisis,
        "contact": o.contact.as_dict(),
        "how_to_access": _text(o.how_to_access, lang),
        "role": r.role,
        "open_now": r.open_now,
        "waiting_days": o.waiting_days,
        "languages": list(o.languages),
        "hours": o.hours.text if o.hours else None,
        "serves": list(r.matched_themes),
        "opens_next": r.opens_next.isoformat() if r.opens_next else None,
    }


def serves(r: Referral) -> list[str]:
    """The need's themes this referral serves (the one place that says so)."""
    return list(r.matched_themes)


def first_route(contact: dict[str, Any]) -> dict[str, Any]:
    """The full shape's contact object with its first route only (compact rows)."""
    for key, value in contact.items():
        if isinstance(value, list):
            if value:
                return {key: value[:1]}
        elif value:
            return {key: value}
    return {}


def compact_referral_dict(r: Referral, lang: Lang) -> dict[str, Any]:
    o = r.offering
    return {
        "id": o.id,
        "name": o.name.get(lang),
        "crisis": o.crisis,
        "serves": serves(r),
        "contact": first_route(o.contact.as_dict()),
        "how_to_access": _text(o.how_to_access, lang),
        "open_now": r.open_now,
    }


def theme_dict(t: Theme, lang: Lang) -> dict[str, Any]:
    return {
        "id": t.id,
        "tier": str(t.tier),
        "label": t.label.get(lang),
        "labels": t.label.as_dict(),
        "synonyms": {"nl": list(t.synonyms_nl), "en": list(t.synonyms_en)},
        "area": t.area,
    }


def tip_dict(t: Tip, lang: Lang) -> dict[str, Any]:
    return {
        "id": t.id,
        "style": t.style,
        "text": t.text.get(lang),
        "tiers": [str(x) for x in t.tiers],
        "urgency": [str(x) for x in t.urgencies],
        "themes": list(t.themes),
    }


def question_dict(q: Question, lang: Lang, raises: tuple[str, ...]) -> dict[str, Any]:
    return {
        "id": q.id,
        "type": q.type,
        "section": q.section,
        "text": q.text.get(lang),
        "help": _text(q.help, lang),
        "choices": list(q.choice_ids()),
        "min": q.min,
        "max": q.max,
        "themes": list(raises),
        "conditional": q.when is not None,
    }


_BUILTIN_ROOT: list[str] = []


def _source(origin: str) -> str:
    """A pattern's FILE:LINE; the built-in catalogue's as builtin/FILE:LINE (portable)."""
    if not _BUILTIN_ROOT:
        from steunwijzer.catalog.resources import builtin_catalog_folder

        _BUILTIN_ROOT.append(builtin_catalog_folder() + os.sep)
    root = _BUILTIN_ROOT[0]
    return "builtin/" + origin[len(root) :] if origin.startswith(root) else origin


def finding_dict(f: Finding) -> dict[str, Any]:
    """A free-text finding: the words (and their offsets), the pattern and its context."""
    return {
        "theme": f.theme,
        "words": f.words,
        "span": [f.start, f.end],
        "pattern": f.pattern,
        "source": _source(f.origin),
        "negated": f.set_aside == "negated",
        "framed": f.set_aside in ("framed", "figure_of_speech"),
        "set_aside": f.set_aside,
        "cue": f.cue,
        "about_other": f.about_other,
        "typo": f.typo,
        "immediate": f.immediate,
    }


MENTION_NOTE = "mentioned, not about the student now: ask the safety questions"


def mention_dict(f: Finding) -> dict[str, Any]:
    data = finding_dict(f)
    data["why"] = f.set_aside
    data["note"] = MENTION_NOTE if f.risk_to_life else "mentioned, not counted"
    return data


def moment(at: dt.datetime | None) -> str | None:
    """The moment used for "open now", to the minute."""
    return at.isoformat(timespec="minutes") if at is not None else None


def compact_reasons(result: TriageResult) -> list[dict[str, Any]]:
    """Reasons in the compact row: the rule, the answer and the words matched, with
    ``resemblance: true`` where the second net guessed (no fixed words): a compact row
    showed a guess on "want" as a firm match (an outside scripting user, round 33, S7).
    They name no theme, so a phrase that raised two is given once, not twice (round 36)."""
    reasons: list[dict[str, Any]] = []
    for r in result.reasons:
        reason = {
            "rule": r.rule,
            "answer": r.answer,
            "match": _compact_match(r.finding) if r.finding is not None else None,
        }
        if reason not in reasons:
            reasons.append(reason)
    return reasons


# core/resemblance.ORIGIN, not imported: `lookup --json` loads no recogniser module it
# does not need (tests/io/test_detail.py checks the two stay the same)
RESEMBLANCE_ORIGIN = "built-in resemblance"


def _compact_match(found: Finding) -> dict[str, Any]:
    if found.origin == RESEMBLANCE_ORIGIN:
        return {"words": found.words, "resemblance": True}
    return {"words": found.words}


def full_reasons(result: TriageResult) -> list[dict[str, Any]]:
    return [
        {
            "rule": r.rule,
            "answer": r.answer,
            "themes": list(r.themes),
            "tier": str(r.tier) if r.tier else None,
            "urgency": str(r.urgency) if r.urgency else None,
            "match": finding_dict(r.finding) if r.finding is not None else None,
        }
        for r in result.reasons
    ]


def mention_list(result: TriageResult) -> list[dict[str, Any]]:
    return [mention_dict(m) for m in result.mentions]


# The keys whose values differ between requests with the same needs (see
# batch.JsonlWriter, which shares the JSON around them): detail -> key -> its value.
PER_REQUEST: dict[str, dict[str, Callable[[TriageResult], list[dict[str, Any]]]]] = {
    "compact": {"reasons": compact_reasons},
    "full": {"reasons": full_reasons, "mentions": mention_list},
}


def _verdict(result: TriageResult) -> dict[str, Any]:
    """The first keys of both shapes. Nothing recognised says so: no tier, no urgency
    (a miss must never look like a safe answer)."""
    recognised = result.recognised
    return {
        "recognised": recognised,
        "tier": str(result.tier) if recognised else None,
        "urgency": str(result.urgency) if recognised else None,
        "themes": list(result.themes),
    }


def compact_dict(result: TriageResult, lang: Lang, at: dt.datetime | None = None) -> dict[str, Any]:
    """The lean row (``--detail compact``): the keys of the full shape, fewer of them.

    Reasons keep their rule, the answer and the words matched (``match.words``); tip
    texts are in `steunwijzer tips --json`; full referral details in the full shape.
    ``lang`` is the interface language the texts are given in.
    """
    # Risk words set aside are never dropped (issue 10): the lean row has them where
    # there are any (an outsiders' hostile round found them only in --detail full).
    aside = {"mentions": mention_list(result)} if result.mentions else {}
    return {
        **_verdict(result),
        "reasons": compact_reasons(result),
        **aside,
        "screened": result.screened,
        "support_emphasis": result.support_emphasis,
        "at": moment(at),
        "tips": [{"id": t.id, "style": t.style} for t in result.tips],
        "referrals": [compact_referral_dict(r, lang) for r in result.referrals],
    }


def detail_dict(
    result: TriageResult, lang: Lang, detail: str = "full", at: dt.datetime | None = None
) -> dict[str, Any]:
    return compact_dict(result, lang, at) if detail == "compact" else result_dict(result, lang, at)


def result_dict(result: TriageResult, lang: Lang, at: dt.datetime | None = None) -> dict[str, Any]:
    """The full row; ``lang`` (the interface language, chosen by the caller) picks the
    texts and is the ``lang`` key; ``student_lang`` is the one the referrals were
    ranked for."""
    override = result.override
    return {
        **_verdict(result),
        "reasons": full_reasons(result),
        "mentions": mention_list(result),
        "screened": result.screened,
        "support_emphasis": result.support_emphasis,
        "emphasis_next": _emphasis_next(result, lang),
        "risk_to_life": result.risk_to_life,
        "student_lang": result.student_lang,
        "tips": [tip_dict(t, lang) for t in result.tips],
        "referrals": [referral_dict(r, lang) for r in result.referrals],
        "override": None
        if override is None
        else {"from": str(override.previous), "to": str(override.tier), "reason": override.reason},
        "catalog": {"name": result.catalog_name, "version": result.catalog_version},
        "lang": lang,
        "at": moment(at),
    }


def _emphasis_next(result: TriageResult, lang: Lang) -> dict[str, Any] | None:
    if result.emphasis_next is None:
        return None
    from steunwijzer.present.texts import emphasis_next_text

    style, themes = result.emphasis_next
    return {
        "emphasis": style,
        "themes": list(themes),
        "text": emphasis_next_text(style, themes, lang, lambda t: t),
    }


def session_record(
    result: TriageResult, catalog: Catalog, lang: Lang, day: dt.date | None = None
) -> dict[str, Any]:
    """What --save writes: answers and result, never a name (none is ever asked).

    ``date`` is the day of the session (no time of day), so records can be grouped by
    month in `steunwijzer report`.
    """
    answers = {k: _plain(v) for k, v in result.answers}
    return {
        "steunwijzer": __version__,
        "date": day.isoformat() if day is not None else None,
        "catalog": {
            "name": catalog.meta.name,
            "version": catalog.meta.version,
            "sources": list(catalog.sources),
        },
        "answers": answers,
        # What was changed on the way ("weet niet", then "nee"): first and final answer.
        "changed_answers": [
            {"question": qid, "first": _plain(first), "final": _plain(final)}
            for qid, first, final in result.changed_answers
        ],
        # Words with an acute need said beside an answer or at the panel: read again on
        # replay (a role-play, round 19: a roommate's goodbye told at the first question
        # was lost and the replay said "all answered no").
        "said": [{"question": where, "words": words} for where, words in result.said_words],
        "result": result_dict(result, lang),
    }


def _plain(value: object) -> object:
    """An answer as JSON holds it: a multi answer's tuple as a list."""
    return list(value) if isinstance(value, tuple) else value


def glossary_dict(e: GlossaryEntry, lang: Lang) -> dict[str, Any]:
    """`glossary --json`: one explained role or service name."""
    return {
        "id": e.id,
        "term": e.term,
        "aliases": list(e.aliases),
        "text": e.text.get(lang),
        "texts": e.text.as_dict(),
    }


def diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    """`catalog lint --json`: one finding at its place in a catalogue file."""
    return {
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "severity": d.severity,
        "message": d.message,
    }


def coverage_dict(catalog: Catalog, report: CoverageReport, lang: Lang) -> dict[str, Any]:
    """`catalog coverage --json`: active offerings per theme and tier, and the gaps."""
    return {
        "tiers": [str(t) for t in Tier],
        "themes": [
            {
                "id": t,
                "tier": str(catalog.themes[t].tier),
                "label": theme_label(catalog, t, lang),
                "counts": {str(k): v for k, v in report.counts[t].items()},
            }
            for t in report.themes
        ],
        "gaps": [
            {"kind": g.kind, "theme": g.theme, "message": g.message.get(lang)} for g in report.gaps
        ],
    }
