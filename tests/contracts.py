"""The output contracts users' scripts rely on, written out here on purpose.

These are not imported from the source: a test that compared the source with itself
could not fail when a key is renamed. Add keys here when the issues add them; never
rename or remove one.
"""

from __future__ import annotations

RESULT_KEYS = {
    "tier",
    "urgency",
    "themes",
    "reasons",
    "screened",
    "support_emphasis",
    "tips",
    "referrals",
    "override",
    "catalog",
    "lang",
    # issue 10: free-text recognition
    "recognised",
    "mentions",
    # issue 12
    "emphasis_next",
    "risk_to_life",
    "student_lang",
    "at",  # issue 15: the moment used for open_now
}

# issue 10: each reason's "match" (null unless the reason is a free-text finding) and
# each entry of "mentions" (a finding set aside) have these keys.
MATCH_KEYS = {
    "theme",
    "words",
    "span",
    "pattern",
    "source",
    "negated",
    "framed",
    "set_aside",
    "cue",
    "about_other",
    "typo",
    "immediate",
}
MENTION_KEYS = MATCH_KEYS | {"why", "note"}

REFERRAL_KEYS = {
    "id",
    "name",
    "tiers",
    "themes",
    "crisis",
    "contact",
    "how_to_access",
    "role",
    "open_now",
    "waiting_days",
    "languages",
    "hours",
    # issue 12
    "serves",
    "opens_next",
}

# `batch` rows with --detail compact (the batch default since issue 15), exactly these;
# round 7 added `mentions`, only in rows that have any (COMPACT_OPTIONAL_KEYS)
COMPACT_OPTIONAL_KEYS = {"mentions"}
COMPACT_RESULT_KEYS = {
    "recognised",
    "tier",
    "urgency",
    "themes",
    "reasons",
    "screened",
    "support_emphasis",
    "at",
    "tips",
    "referrals",
}
COMPACT_REASON_KEYS = {"rule", "answer", "match"}  # match: {"words"} or null
COMPACT_TIP_KEYS = {"id", "style"}
COMPACT_REFERRAL_KEYS = {
    "id",
    "name",
    "crisis",
    "serves",
    "contact",
    "how_to_access",
    "open_now",
}

OFFERING_KEYS = {
    "id",
    "name",
    "description",
    "provider",
    "organization",
    "tiers",
    "themes",
    "crisis",
    "format",
    "languages",
    "contact",
    "hours",
    "cost",
    "waiting_days",
    "eligibility",
    "how_to_access",
    "status",
    "last_reviewed",
}

# `batch --format csv` columns, in this order (the batch issue)
CSV_COLUMNS = (
    "id",
    "tier",
    "urgency",
    "themes",
    "screened",
    "referral_ids",
    "referral_names",
    "error",
    "recognised",  # issue 10, appended last
)

# `interview --save` session records (the report issue added `date`, the day only)
# Round 7 added `changed_answers` (first and final answer of each changed question).
# "said" added in round 19 (words said beside an answer, read again on replay)
SESSION_RECORD_KEYS = {
    "steunwijzer", "date", "catalog", "answers", "changed_answers", "said", "result",
}  # fmt: skip

# `report --format json` (docs/report.md)
REPORT_KEYS = {
    "report",
    "schema",
    "steunwijzer",
    "lang",
    "min_cell",
    "inputs",
    "everyone",
    "by",
    "footnotes",
}
REPORT_PART_KEYS = {
    "key",
    "label",
    "rows",
    "sessions",
    "tiers",
    "urgency",
    "recognised",
    "emphasis",
    "themes",
    "gaps",
    "connection",
}
REPORT_CELL_KEYS = {"count", "share", "suppressed"}
