"""Dutch for catalogue diagnostics added in round 19 (kept apart from diagnostics.py to
keep it small): never-open hours, review dates in the future, direction controls, an id
that YAML read as true or false."""

from __future__ import annotations

MORE_DIAGNOSTICS: tuple[tuple[str, str], ...] = (
    (
        "{where} must be an id; YAML read {value} (yes, no, on or off unquoted): put the id "
        "in quotes",
        "{where} moet een id zijn; YAML las {value} (yes, no, on of off zonder "
        "aanhalingstekens): zet de id tussen aanhalingstekens",
    ),
    (  # round 19: a hostile round's U+202E in a name
        "{where} ({lang}) holds the direction control {code}; it can show the text reversed: "
        "remove it",
        "{where} ({lang}) bevat het richtingsteken {code}; daardoor kan de tekst omgekeerd "
        "verschijnen: haal het weg",
    ),
    ("{where} never opens: every day is closed", "{where} is nooit open: elke dag is gesloten"),
    (
        "catalogue last_reviewed {date} is in the future",
        "catalogus last_reviewed {date} ligt in de toekomst",
    ),
    (
        "offering '{id}': last_reviewed {date} is in the future",
        "aanbod '{id}': last_reviewed {date} ligt in de toekomst",
    ),
)
