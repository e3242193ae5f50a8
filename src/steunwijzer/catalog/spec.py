"""The catalogue format, declared once as data.

The validator walks these specs; ``catalog schema`` turns the same specs into a JSON
Schema, so the two can never disagree about which keys exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from steunwijzer.core.model import Tier

SCHEMA_VERSION = 1

TIERS = tuple(t.value for t in Tier)  # the format names the core's tiers
URGENCIES = ("routine", "soon", "immediate")
STATUSES = ("active", "inactive", "temporarily_closed")
PROVIDERS = ("institution", "national", "municipal", "other")
FORMATS = ("online", "in_person", "group", "individual", "phone", "chat")
QUESTION_TYPES = ("yes_no", "choice", "multi", "scale", "text")
SECTIONS = ("safety", "need", "connection", "own_words", "other")
TIP_STYLES = ("emotional", "informational", "combined")
EMPHASES = ("emotional", "informational", "both")
LANG_CODE = r"^[a-z]{2}$"
# The ISO 639-1 codes, for the warning on a code that is none of them (`languages: [xx]`).
_ISO_CODES = """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr
    cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi
    ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks
    ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl
    nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
    sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve
    vi vo wa wo xh yi yo za zh zu"""
ISO_639_1 = frozenset(_ISO_CODES.split())
ID_PATTERN = r"^[a-z0-9][a-z0-9_\-]*$"


@dataclass(frozen=True, slots=True)
class Field:
    """One key of a mapping.

    ``kind`` is one of: id, str, text (nl/en mapping), words (nl/en lists), int, bool,
    date, date_list, str_list, enum, enum_list, ref_list, lang_list, contact, hours,
    waiting, cost,
    condition, choices, entries (a list of ``spec``), map (a nested ``spec``).
    """

    name: str
    kind: str
    required: bool = False
    choices: tuple[str, ...] = ()
    spec: str = ""  # for entries/map: the name of the nested spec
    help: str = ""


def _fields(*items: Field) -> dict[str, Field]:
    return {f.name: f for f in items}


SPECS: dict[str, dict[str, Field]] = {
    "file": _fields(
        Field("schema_version", "int", required=True, help="Format version; currently 1."),
        Field("catalog", "map", spec="catalog", help="Name, institution and review date."),
        Field("tiers", "entries", spec="tier", help="Labels of the three tiers."),
        Field("themes", "entries", spec="theme", help="The vocabulary of needs."),
        Field("offerings", "entries", spec="offering", help="Support offerings."),
        Field("questions", "entries", spec="question", help="Interview questions, in order."),
        Field("rules", "entries", spec="rule", help="Rules that turn answers into findings."),
        Field("tips", "entries", spec="tip", help="Support-style tips for the counsellor."),
        Field("emphasis", "map", spec="emphasis", help="Support emphasis per tier."),
        Field(
            "glossary",
            "entries",
            spec="term",
            help="Dutch role and service names explained in one line, for English output.",
        ),
    ),
    "catalog": _fields(
        Field("name", "str", required=True, help="Shown in headers and JSON output."),
        Field("institution", "str", help="The institution this catalogue belongs to."),
        Field("version", "str", help="Your own version label, recorded in results."),
        Field("last_reviewed", "date", help="When the whole catalogue was last checked."),
        Field("description", "text", help="What this catalogue covers."),
        Field(
            "timezone",
            "timezone",
            help="Zone in which opening hours are judged (IANA name); default Europe/Amsterdam.",
        ),
        Field(
            "closed_days",
            "date_list",
            help="The institution's own closing days (dates); its offerings are closed then.",
        ),
    ),
    "tier": _fields(
        Field("id", "enum", required=True, choices=TIERS),
        Field("label", "text", required=True),
        Field("description", "text"),
    ),
    "theme": _fields(
        Field("id", "id", required=True),
        Field("tier", "enum", required=True, choices=TIERS, help="The tier this need implies."),
        Field("label", "text", required=True),
        Field("synonyms", "words", help="Words students or counsellors use, per language."),
        Field(
            "patterns",
            "patterns",
            help="Free-text patterns per language (nl, en): words with gaps; see docs/catalog.md.",
        ),
        Field("area", "str", help="Groups themes in the interview and coverage map."),
        Field("description", "text"),
    ),
    "offering": _fields(
        Field("id", "id", required=True),
        Field("name", "text", required=True),
        Field("description", "text", required=True),
        Field("provider", "enum", required=True, choices=PROVIDERS),
        Field("organization", "str", help="Who runs it; defaults to the catalogue's institution."),
        Field("tiers", "ref_list", required=True, choices=TIERS),
        Field("themes", "ref_list", required=True),
        Field("format", "enum_list", choices=FORMATS),
        Field("languages", "lang_list", help="ISO 639-1 codes, e.g. [nl, en]."),
        Field("contact", "contact"),
        Field("hours", "hours", help='"24/7" or days mapped to "HH:MM-HH:MM".'),
        Field("hours_note", "text", help="Opening hours in words, when they need explaining."),
        Field("cost", "cost", help='"free" or a text in nl/en.'),
        Field("waiting_time", "waiting", help='"none", "3 days", "2 weeks" or a number of days.'),
        Field("eligibility", "text", help="Who may use it."),
        Field("how_to_access", "text", help="The concrete next step for the student."),
        Field(
            "student_step",
            "text",
            help="The next step in the student's own voice, for the handout ('Je kunt ...').",
        ),
        Field("status", "enum", choices=STATUSES),
        Field("last_reviewed", "date"),
        Field("crisis", "bool", help="true for lines that give immediate crisis help."),
        Field(
            "entry_point",
            "bool",
            help="true for a general way in, offered when nothing in a request is recognised.",
        ),
        Field(
            "only_with_themes",
            "ref_list",
            help="Offered only when the need names one of these themes (who may use it).",
        ),
    ),
    "question": _fields(
        Field("id", "id", required=True),
        Field("type", "enum", required=True, choices=QUESTION_TYPES),
        Field("text", "text", required=True),
        Field("help", "text"),
        Field("section", "enum", choices=SECTIONS),
        Field("choices", "choices"),
        Field("min", "int"),
        Field("max", "int"),
        Field("when", "condition"),
        Field(
            "sensitive",
            "bool",
            help="true: asked as a safety question (Enter asks again, 'weet niet' is unknown).",
        ),
        Field(
            "acknowledge",
            "text",
            help="yes_no only: a line for the counsellor after a yes (a moment to pause).",
        ),
    ),
    "choice": _fields(
        Field("id", "id", required=True),
        Field("label", "text", required=True),
    ),
    "rule": _fields(
        Field("id", "id", required=True),
        Field("when", "condition", required=True),
        Field("themes", "ref_list"),
        Field("tier", "enum", choices=TIERS, help="A minimum tier."),
        Field("urgency", "enum", choices=URGENCIES),
    ),
    "tip": _fields(
        Field("id", "id", required=True),
        Field("style", "enum", required=True, choices=TIP_STYLES),
        Field("text", "text", required=True),
        Field("tiers", "ref_list", choices=TIERS, help="Tiers it applies to; empty: all."),
        Field("urgency", "enum_list", choices=URGENCIES, help="Urgencies; empty: all."),
        Field("themes", "ref_list", help="Only when one of these themes is found."),
    ),
    "emphasis": _fields(
        Field("prevention", "enum", choices=EMPHASES),
        Field("specific", "enum", choices=EMPHASES),
        Field("acute", "enum", choices=EMPHASES),
    ),
    "contact": _fields(
        Field("phone", "str", help="One number or a list of numbers."),
        Field("email", "str"),
        Field("url", "str"),
        Field("chat", "str", help="Address of a chat service."),
        Field("address", "str"),
        Field(
            "own_practice",
            "bool",
            help="true: reached through the student's own practice (e.g. their own GP).",
        ),
    ),
    "term": _fields(
        Field("id", "id", required=True),
        Field("term", "str", required=True, help="The Dutch name as it is written."),
        Field("aliases", "str_list", help="Other spellings, e.g. an abbreviation."),
        Field("text", "text", required=True, help="What it is, in one line."),
    ),
}

# Sections whose entries are identified by ``id`` and may be overridden by a later layer.
ENTRY_SECTIONS = ("tiers", "themes", "offerings", "questions", "rules", "tips", "glossary")
# The spec that describes each top-level section (entries or a mapping).
SECTION_SPECS = {
    "catalog": "catalog",
    "tiers": "tier",
    "themes": "theme",
    "offerings": "offering",
    "questions": "question",
    "rules": "rule",
    "tips": "tip",
    "emphasis": "emphasis",
    "glossary": "term",
}
