"""Open Referral HSDS 3.0 export: one JSON ``service`` object per offering.

Each service carries its organization, phones, schedules, languages, contacts and the
steunwijzer themes and tiers as taxonomy terms (through attributes). Identifiers are
UUIDs derived from the catalogue ids (uuid5), so a re-export keeps them stable.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from steunwijzer.core.floor import with_floor_lines
from steunwijzer.core.hours import HOLIDAY_KEYS, Hours, parse_days, parse_span
from steunwijzer.core.model import Catalog, Lang, Offering
from steunwijzer.present.labels import tier_label

NAMESPACE = uuid.UUID("6d1f1b0e-8f5c-4c1e-9a57-2b1d6f3c5e10")  # steunwijzer's own
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_STATUS = {"active": "active", "inactive": "inactive", "temporarily_closed": "temporarily closed"}


def stable_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def _hhmm(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def schedules(o: Offering, service_id: str) -> list[dict[str, Any]]:
    hours: Hours | None = o.hours
    if hours is None:
        return []
    if hours.always:
        return [
            {
                "id": stable_id("schedule", f"{o.id}:always"),
                "service_id": service_id,
                "freq": "WEEKLY",
                "byday": ",".join(_ICAL_DAYS),
                "opens_at": "00:00",
                "closes_at": "23:59",
                "description": "24/7",
            }
        ]
    out = []
    for day_spec, spans in hours.parts:
        if day_spec.strip().lower() in HOLIDAY_KEYS:
            continue  # HSDS weekly schedules have no public-holiday rule
        byday = ",".join(_ICAL_DAYS[d] for d in parse_days(day_spec))
        for span in spans:
            if span.strip().lower() == "closed":
                continue
            start, end = parse_span(span)
            key = f"{o.id}:{day_spec}:{span}"
            out.append(
                {
                    "id": stable_id("schedule", key),
                    "service_id": service_id,
                    "freq": "WEEKLY",
                    "byday": byday,
                    "opens_at": _hhmm(start),
                    "closes_at": "23:59" if end == 1440 else _hhmm(end),
                    "description": f"{day_spec} {span}",
                }
            )
    return out


def _term(kind: str, code: str, name: str, description: str, lang: Lang) -> dict[str, Any]:
    return {
        "id": stable_id(f"{kind}-term", code),
        "code": code,
        "name": name,
        "description": description,
        "taxonomy": f"steunwijzer {kind}",
        "language": lang,
    }


def service(catalog: Catalog, o: Offering, lang: Lang) -> dict[str, Any]:
    service_id = stable_id("service", o.id)
    other: Lang = "en" if lang == "nl" else "nl"
    org_name = o.organization or catalog.meta.institution or o.provider
    attributes = []
    for theme_id in o.themes:
        theme = catalog.themes.get(theme_id)
        name = theme.label.get(lang) if theme else theme_id
        term = _term("themes", theme_id, name, f"{name} ({theme.tier if theme else ''})", lang)
        attributes.append(
            {
                "id": stable_id("attribute", f"{o.id}:theme:{theme_id}"),
                "link_id": service_id,
                "link_type": "theme",
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
        )
    for tier in o.tiers:
        label = tier_label(catalog, tier, lang)
        term = _term("tiers", str(tier), label, label, lang)
        attributes.append(
            {
                "id": stable_id("attribute", f"{o.id}:tier:{tier}"),
                "link_id": service_id,
                "link_type": "tier",
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
        )
    data: dict[str, Any] = {
        "id": service_id,
        "name": o.name.get(lang),
        "alternate_name": o.name.get(other),
        "description": o.description.get(lang),
        "status": _STATUS.get(o.status, "inactive"),
        "organization_id": stable_id("organization", org_name),
        "organization": {
            "id": stable_id("organization", org_name),
            "name": org_name,
            "description": org_name,
        },
        "phones": [
            {
                "id": stable_id("phone", f"{o.id}:{n}"),
                "service_id": service_id,
                "number": n,
                "type": "voice",
            }
            for n in o.contact.phones
        ],
        "schedules": schedules(o, service_id),
        "languages": [
            {"id": stable_id("language", f"{o.id}:{code}"), "service_id": service_id, "code": code}
            for code in o.languages
        ],
        "contacts": [
            {
                "id": stable_id("contact", o.id),
                "service_id": service_id,
                "name": org_name,
                "email": o.contact.email,
            }
        ]
        if o.contact.email
        else [],
        "attributes": attributes,
    }
    optional = {
        "url": o.contact.url,
        "email": o.contact.email,
        "application_process": o.how_to_access.get(lang) if o.how_to_access else None,
        "eligibility_description": o.eligibility.get(lang) if o.eligibility else None,
        "fees_description": o.cost.get(lang) if o.cost else None,
        "wait_time": None if o.waiting_days is None else f"{o.waiting_days} days",
        "last_modified": f"{o.last_reviewed.isoformat()}T00:00:00Z" if o.last_reviewed else None,
    }
    data.update({k: v for k, v in optional.items() if v is not None})
    return data


def earlier_services(folder: Path, current: Iterable[str]) -> list[Path]:
    """The service files an earlier export wrote into ``folder`` that this one does not.

    A file counts as ours only when its ``id`` is the stable id of the offering its name
    says (``services/<id>.json``), so a file someone else put there is never taken for
    one. Without this, an offering removed from the catalogue lived on in a re-exported
    folder (a hostile round, round 52).
    """
    keep = {folder / name for name in current}
    found: list[Path] = []
    for path in sorted((folder / "services").glob("*.json")):
        if path in keep or path.is_symlink() or not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if isinstance(data, dict) and data.get("id") == stable_id("service", path.stem):
            found.append(path)
    return found


def export_hsds(catalog: Catalog, lang: Lang) -> dict[str, dict[str, Any]]:
    """File name (``services/<id>.json``) to service object, for every offering."""
    offerings = with_floor_lines(catalog.offerings)  # 113 and 112 always (round 17)
    return {f"services/{o.id}.json": service(catalog, o, lang) for o in offerings}
