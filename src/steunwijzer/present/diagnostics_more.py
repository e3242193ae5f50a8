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
    # round 53 (a hostile round): the pattern language's errors were English under nl
    ("{where} ({key}): pattern '{p}': {why}", "{where} ({key}): patroon '{p}': {why}"),
    ("empty pattern", "leeg patroon"),
    ("'..' must stand between two words", "'..' moet tussen twee woorden staan"),
    ("'$' must follow a word", "'$' moet na een woord staan"),
    ("'$' may only end a pattern (or a part)", "'$' mag alleen een patroon (of deel) afsluiten"),
    (
        "a pattern cannot start with an optional word",
        "een patroon kan niet met een optioneel woord beginnen",
    ),
    ("a pattern cannot end with '..'", "een patroon kan niet op '..' eindigen"),
    ("a pattern cannot end with '&'", "een patroon kan niet op '&' eindigen"),
    (
        "a pattern needs at least one word that is not optional",
        "een patroon heeft minstens één woord nodig dat niet optioneel is",
    ),
    ("'!' may only start a pattern", "'!' mag alleen aan het begin van een patroon staan"),
    ("'&' must stand between two parts", "'&' moet tussen twee delen staan"),
    ("a pattern has at most {n} words", "een patroon heeft hoogstens {n} woorden"),
    ("'{w}': empty alternative around '|'", "'{w}': lege keuze rond '|'"),
    (
        "'{w}': use '*' at the start or the end of a word, not both",
        "'{w}': zet '*' aan het begin of het eind van een woord, niet allebei",
    ),
    ("'{w}' has no word", "'{w}' bevat geen woord"),
    (
        "'{w}': a word has only letters, digits and ' (no spaces, brackets or regex)",
        "'{w}': een woord heeft alleen letters, cijfers en ' (geen spaties, haakjes of regex)",
    ),
    (
        "'{w}': a phrase with '_' cannot use '=' or '*'",
        "'{w}': een woordgroep met '_' kan geen '=' of '*' gebruiken",
    ),
    (
        "'{w}': a word with '*' needs at least 3 letters",
        "'{w}': een woord met '*' heeft minstens 3 letters nodig",
    ),
    (  # round 53: a crisis line outside the acute tier is not listed as one
        "crisis line '{id}' is not in the acute tier; it is not listed among the crisis lines "
        "(add acute to its tiers, or leave out crisis: true)",
        "crisislijn '{id}' staat niet in het acute niveau; hij wordt niet bij de crisislijnen "
        "getoond (zet acute bij zijn tiers, of laat crisis: true weg)",
    ),
)
