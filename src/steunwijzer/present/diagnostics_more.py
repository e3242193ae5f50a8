"""Dutch for catalogue diagnostics added in round 19 (kept apart from diagnostics.py to
keep it small): never-open hours, review dates in the future, direction controls, an id
that YAML read as true or false; round 35: control characters, overlapping hours, long
waits, unknown language codes; round 40: a line after a yes that is never shown."""

from __future__ import annotations

MORE_DIAGNOSTICS: tuple[tuple[str, str], ...] = (
    (  # round 45: a hostile round's 15 MB how_to_access
        "{where} ({lang}) is {n} characters long; a counsellor reads it at an intake: keep "
        "it under {most}",
        "{where} ({lang}) is {n} tekens lang; een begeleider leest het tijdens een intake: "
        "houd het onder {most}",
    ),
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
    (  # round 35: a hostile round's ESC and BEL written as YAML escapes
        "{where} ({lang}) holds the invisible control character {code}; it shows as an "
        "escape code: remove it",
        "{where} ({lang}) bevat het onzichtbare stuurteken {code}; het verschijnt als een "
        "escapecode: haal het weg",
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
    (  # round 35 (a hostile round, H10): read as before, said where it stands
        "{where}: '{v}' and '{w}' overlap; give each time once",
        "{where}: '{v}' en '{w}' overlappen; geef elke tijd één keer",
    ),
    ("{where}: '{item}' is not an ISO 639-1 code", "{where}: '{item}' is geen ISO 639-1-taalcode"),
    (
        "{where} is {n} days, more than a year: check it",
        "{where} is {n} dagen, meer dan een jaar: controleer het",
    ),
    (  # round 40: a line for the counsellor after a yes
        "'acknowledge' of question '{id}' is never shown: only after a yes to a yes_no question",
        "'acknowledge' bij vraag '{id}' verschijnt nooit: alleen na een ja op een ja/nee-vraag",
    ),
    (  # round 46: Unicode files of Windows editors, said in Dutch too
        "file is {enc} text without a byte order mark; save it as UTF-8",
        "het bestand is {enc}-tekst zonder byte-order-mark; sla het op als UTF-8",
    ),
    (
        "file is not valid {enc}; save it as UTF-8",
        "het bestand is geen geldige {enc}; sla het op als UTF-8",
    ),
    (  # round 53: a crisis line outside the acute tier is not listed as one
        "crisis line '{id}' is not in the acute tier; it is not listed among the crisis lines "
        "(add acute to its tiers, or leave out crisis: true)",
        "crisislijn '{id}' staat niet in het acute niveau; hij wordt niet bij de crisislijnen "
        "getoond (zet acute bij zijn tiers, of laat crisis: true weg)",
    ),
)
