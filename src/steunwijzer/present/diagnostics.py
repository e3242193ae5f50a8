"""Dutch for the catalogue's diagnostics (validation and lint), as English/Dutch pairs.

Used by ``i18n_messages.localise``; see there for the template rules. Append new pairs
here when the loader or the linter gets a new message.
"""

from __future__ import annotations

DIAGNOSTICS: list[tuple[str, str]] = [
    # --- catalogue files -------------------------------------------------------------------
    ("directory contains no .yaml files", "de map bevat geen .yaml-bestanden"),
    ("ignored: not a .yaml or .yml file", "overgeslagen: geen .yaml- of .yml-bestand"),
    ("ignored: not a regular file", "overgeslagen: geen gewoon bestand"),
    ("empty path: give a catalogue file or folder", "leeg pad: geef een catalogusbestand of -map"),
    (
        "subdirectory ignored; give it as its own --catalog to use it",
        "submap overgeslagen; geef haar als eigen --catalog om haar te gebruiken",
    ),
    (
        "file is empty; a catalogue file starts with 'schema_version: 1'",
        "het bestand is leeg; een catalogusbestand begint met 'schema_version: 1'",
    ),
    (
        "file is binary (contains NUL bytes), not YAML text",
        "het bestand is binair (bevat NUL-bytes), geen YAML-tekst",
    ),
    (
        "file is not valid UTF-8 (byte {b}); save it as UTF-8",
        "het bestand is geen geldige UTF-8 (byte {b}); sla het op als UTF-8",
    ),
    (
        "file is too large for a catalogue (more than {n} MiB)",
        "het bestand is te groot voor een catalogus (meer dan {n} MiB)",
    ),
    (
        "missing required key 'schema_version' (add 'schema_version: 1')",
        "verplichte sleutel 'schema_version' ontbreekt (voeg 'schema_version: 1' toe)",
    ),
    (
        "unsupported schema_version {v}; this steunwijzer reads {w}",
        "schema_version {v} wordt niet ondersteund; deze steunwijzer leest {w}",
    ),
    ("YAML syntax: {why}", "YAML-syntaxis: {why}"),
    (  # round 20: was PyYAML's English at 1:1 (a hostile round)
        "invisible control character {said}; remove it",
        "onzichtbaar stuurteken {said}; haal het weg",
    ),
    ("YAML: {why}", "YAML: {why}"),
    ("did not find expected node content", "verwachte inhoud niet gevonden"),
    ("did not find expected key", "verwachte sleutel niet gevonden"),
    ("did not find expected ',' or ']'", "verwachte ',' of ']' niet gevonden"),
    ("did not find expected ',' or '}'", "verwachte ',' of '}}' niet gevonden"),
    ("did not find expected '-' indicator", "verwachte '-' niet gevonden"),
    ("could not find expected ':'", "verwachte ':' niet gevonden"),
    ("mapping values are not allowed here", "hier mag geen 'sleutel: waarde' staan"),
    ("a tab character; indent with spaces", "een tab-teken; spring in met spaties"),
    (
        "found character '\\t' that cannot start any token",
        "tab-teken gevonden; gebruik spaties om in te springen",
    ),
    (
        "found character {c} that cannot start any token",
        "teken {c} gevonden dat hier niets kan beginnen",
    ),
    ("found unexpected end of stream", "onverwacht einde van het bestand"),
    ("found unexpected ':'", "onverwachte ':'"),
    ("expected <block end>, but found {v}", "verwacht einde van het blok, maar vond {v}"),
    (
        "expected a comment or a line break, but found {v}",
        "verwacht commentaar of een nieuwe regel, maar vond {v}",
    ),
    ("found undefined alias {v}", "onbekende alias {v}"),
    ("found duplicate anchor {v}", "dubbel anker {v}"),
    ("while scanning {what}", "bij het lezen van {what}"),
    ("duplicate key '{key}'", "dubbele sleutel '{key}'"),
    (
        "keys must be text, got {key}; put the key in quotes",
        "sleutels moeten tekst zijn, niet {key}; zet de sleutel tussen aanhalingstekens",
    ),
    ("nesting deeper than {n} levels", "dieper genest dan {n} niveaus"),
    ("unknown tag {tag}", "onbekende tag {tag}"),
    (
        "anchors and aliases (&name, *name) are not supported in catalogues; {rest}",
        "ankers en aliassen (&naam, *naam) worden in catalogi niet ondersteund; {rest}",
    ),
    ("write the value out in full", "schrijf de waarde voluit"),
    ("unknown key '{key}' in {where}", "onbekende sleutel '{key}' in {where}"),
    ("'{key}' needs a value", "'{key}' heeft een waarde nodig"),
    ("missing required key 'id' in {spec} {n}", "verplichte sleutel 'id' ontbreekt in {spec} {n}"),
    (
        "missing required key '{key}' in {spec} '{id}'",
        "verplichte sleutel '{key}' ontbreekt in {spec} '{id}'",
    ),
    (
        "duplicate {spec} id '{id}' (first defined at {at})",
        "dubbele {spec}-id '{id}' (eerst gedefinieerd op {at})",
    ),
    (
        "unknown language '{key}' in {where} (use nl and en){hint}",
        "onbekende taal '{key}' in {where} (gebruik nl en en){hint}",
    ),
    ("unknown language '{key}' in {where}", "onbekende taal '{key}' in {where}"),
    ("{where} must be a mapping, got {what}", "{where} moet een mapping zijn, niet {what}"),
    ("{where} must be text, got {what}", "{where} moet tekst zijn, niet {what}"),
    ("{where} must be a whole number, got {what}", "{where} moet een heel getal zijn, niet {what}"),
    ("{where} must be true or false, got {value}", "{where} moet true of false zijn, niet {value}"),
    (
        "{where} must be a date like 2026-09-01, got {value}",
        "{where} moet een datum zijn zoals 2026-09-01, niet {value}",
    ),
    (
        "{where} must be an id of lower-case letters, digits, '_' or '-', got {value}",
        "{where} moet een id zijn van kleine letters, cijfers, '_' of '-', niet {value}",
    ),
    (
        "{where} must be one of {choices}, got {value}",
        "{where} moet een van {choices} zijn, niet {value}",
    ),
    (
        "{where} must have a Dutch and an English text (nl: ..., en: ...)",
        "{where} moet een Nederlandse en een Engelse tekst hebben (nl: ..., en: ...)",
    ),
    (
        "{where} must map nl and en to lists of words",
        "{where} moet bij nl en en een lijst van woorden geven",
    ),
    ("{where} must be a list, like [a, b]", "{where} moet een lijst zijn, zoals [a, b]"),
    (
        "{where} must be a list of entries (- id: ...)",
        "{where} moet een lijst van items zijn (- id: ...)",
    ),
    (
        "{where} must be a list of choices (id and label)",
        "{where} moet een lijst van keuzes zijn (id en label)",
    ),
    (
        "{where} must be a mapping (phone, email, url, ...)",
        "{where} moet een mapping zijn (phone, email, url, ...)",
    ),
    (
        "{where} must be a condition in quotes, got {what}",
        "{where} moet een voorwaarde tussen aanhalingstekens zijn, niet {what}",
    ),
    (
        '{where} must be "24/7" or a mapping of days to times',
        '{where} moet "24/7" zijn of een mapping van dagen naar tijden',
    ),
    (
        '{where} must be "none", "3 days", "2 weeks" or a number',
        '{where} moet "none", "3 days", "2 weeks" of een getal zijn',
    ),
    ("{where} is empty", "{where} is leeg"),
    ("{where} has no English text ('en')", "{where} heeft geen Engelse tekst ('en')"),
    ("{where} has no Dutch text ('nl')", "{where} heeft geen Nederlandse tekst ('nl')"),
    (
        "{where}: unknown value '{item}' (use {choices})",
        "{where}: onbekende waarde '{item}' (gebruik {choices})",
    ),
    (
        "{where}: '{item}' is not a two-letter language code",
        "{where}: '{item}' is geen taalcode van twee letters",
    ),
    ("{where}: items must be text", "{where}: de items moeten tekst zijn"),
    ("{where}: '{key}' must be text", "{where}: '{key}' moet tekst zijn"),
    ("{where} {key} must be text", "{where} {key} moet tekst zijn"),
    ("malformed URL '{v}' (expected https://...)", "ongeldige URL '{v}' (verwacht https://...)"),
    ("malformed e-mail address '{v}'", "ongeldig e-mailadres '{v}'"),
    ("malformed phone number '{v}'", "ongeldig telefoonnummer '{v}'"),
    (
        "{where} phone: YAML read a number here, not text; put each phone number in quotes, "
        'like "020 123 4567"',
        "{where} phone: YAML las hier een getal, geen tekst; zet elk telefoonnummer tussen "
        'aanhalingstekens, zoals "020 123 4567"',
    ),
    (
        "cannot read time span '{v}' (use HH:MM-HH:MM)",
        "kan tijdvak '{v}' niet lezen (gebruik HH:MM-HH:MM)",
    ),
    ("time out of range in '{v}'", "tijd buiten bereik in '{v}'"),
    (
        "{where}: '{v}' opens and closes at the same time and is read as open all day",
        "{where}: '{v}' opent en sluit op hetzelfde moment en telt als de hele dag open",
    ),
    (
        "{where}: '{v}' opens at 24:00, which is 00:00 of the next day; use 00:00",
        "{where}: '{v}' opent om 24:00, dat is 00:00 van de volgende dag; gebruik 00:00",
    ),
    ("day range '{v}' runs backwards", "dagbereik '{v}' loopt achteruit"),
    (
        "unknown day range '{v}' (use e.g. mon-fri)",
        "onbekend dagbereik '{v}' (gebruik bv. mon-fri)",
    ),
    (
        "unknown day '{v}' (use {days}, mon-fri, weekend)",
        "onbekende dag '{v}' (gebruik {days}, mon-fri, weekend)",
    ),
    ("a choice needs an id and a label", "een keuze heeft een id en een label nodig"),
    ("duplicate choice id '{id}'", "dubbele keuze-id '{id}'"),
    ("{qtype} question '{id}' cannot have choices", "{qtype}-vraag '{id}' kan geen keuzes hebben"),
    (
        "{qtype} question '{id}' needs at least two choices",
        "{qtype}-vraag '{id}' heeft minstens twee keuzes nodig",
    ),
    (
        "scale question '{id}' needs min and max, min < max",
        "schaalvraag '{id}' heeft min en max nodig, min < max",
    ),
    (
        "only scale questions have min and max ('{id}')",
        "alleen schaalvragen hebben min en max ('{id}')",
    ),
    (
        "rule '{id}' raises no theme, tier or urgency",
        "regel '{id}' geeft geen thema, niveau of urgentie",
    ),
    ("unknown {what} '{ref}'", "onbekend {what} '{ref}'"),
    (
        "the interview must start with the safety screen; missing: {ids}",
        "het interview moet beginnen met de veiligheidsvragen; ontbreekt: {ids}",
    ),
    (
        "safety question '{id}' is out of order; the screen must come first, in the order {ids}",
        "veiligheidsvraag '{id}' staat niet op zijn plek; de veiligheidsvragen komen eerst, "
        "in de volgorde {ids}",
    ),
    (
        "'{id}' is not part of the fixed safety screen",
        "'{id}' hoort niet bij de vaste veiligheidsvragen",
    ),
    (
        "'{key}' of safety question '{id}' is fixed; a catalogue may only change its text and help",
        "'{key}' van veiligheidsvraag '{id}' ligt vast; een catalogus mag alleen tekst en "
        "help aanpassen",
    ),
    (
        "theme '{id}' is a safety theme and must stay in the acute tier",
        "thema '{id}' is een veiligheidsthema en blijft in het acute niveau",
    ),
    (
        "theme '{id}' has no synonyms and no patterns: free text never finds it",
        "thema '{id}' heeft geen synoniemen en geen patronen: vrije tekst vindt het nooit",
    ),
    ("no active offering serves theme '{id}'", "geen actief aanbod voor thema '{id}'"),
    (
        "tip '{id}' is a tip for acute needs in an earlier layer and this layer changes its "
        "{key}: check that it still says what to do in danger",
        "tip '{id}' is in een eerdere laag een tip voor acute nood en deze laag verandert "
        "zijn {key}: controleer dat hij nog zegt wat te doen bij gevaar",
    ),
    (
        "glossary entry '{id}' names a national crisis line; its text is shown beside 113 "
        "and 112 in the handout: check that it says they can be called",
        "verklarende term '{id}' noemt een landelijke crisislijn; de tekst staat naast 113 "
        "en 112 op het briefje: controleer dat die zegt dat je ze kunt bellen",
    ),
    ("offering '{id}' is inactive", "aanbod '{id}' is niet actief"),
    (
        "offering '{id}' was last reviewed {date}, more than {n} months ago",
        "aanbod '{id}' is voor het laatst nagekeken op {date}, meer dan {n} maanden geleden",
    ),
    (
        "catalogue last_reviewed {date} is more than {n} months ago",
        "catalogus last_reviewed {date} is meer dan {n} maanden geleden",
    ),
    (
        "offering '{id}' uses an insecure http:// URL '{url}'; use https://",
        "aanbod '{id}' gebruikt een onveilige http://-URL '{url}'; gebruik https://",
    ),
    (
        "offering '{id}' has no how_to_access: say what the student's next step is",
        "aanbod '{id}' heeft geen how_to_access: zeg wat de volgende stap van de student is",
    ),
    (
        "offering '{id}' is not reached by any interview rule; only free text or a lookup "
        "can find it",
        "aanbod '{id}' wordt door geen enkele interviewregel bereikt; alleen vrije tekst of "
        "een opzoeking vindt het",
    ),
    (
        "offerings {ids} share the same {language} name '{name}'",
        "aanbod {ids} heeft dezelfde {language} naam '{name}'",
    ),
    (
        "question '{id}' has no help: say why it is asked and how to ask it gently",
        "vraag '{id}' heeft geen help: zeg waarom ze gesteld wordt en hoe je haar voorzichtig "
        "stelt",
    ),
    (
        "the word '{word}' names both '{a}' and '{b}'; lookups and free text use {rest}",
        "het woord '{word}' hoort bij zowel '{a}' als '{b}'; opzoekingen en vrije tekst "
        "gebruiken {rest}",
    ),
    # --- conditions ------------------------------------------------------------------------
    ("'when' of question '{id}': {why}", "'when' van vraag '{id}': {why}"),
    ("'when' of rule '{id}': {why}", "'when' van regel '{id}': {why}"),
    ("empty condition", "lege voorwaarde"),
    ("condition ends too early", "de voorwaarde houdt te vroeg op"),
    ("expected a value but the condition ends", "verwacht een waarde, maar de voorwaarde houdt op"),
    ("expected a value but found '{v}'", "verwacht een waarde, maar vond '{v}'"),
    ("expected a question id but found {v}", "verwacht een vraag-id, maar vond {v}"),
    (
        "expected an operator ({ops}) after '{v}' but found {found}",
        "verwacht een operator ({ops}) na '{v}', maar vond {found}",
    ),
    ("expected {wanted} but found '{v}'", "verwacht {wanted}, maar vond '{v}'"),
    ("unexpected character '{v}'", "onverwacht teken '{v}'"),
    ("unexpected '{v}'", "onverwacht '{v}'"),
    (
        "'{op}' needs a list of values, like [a, b]",
        "'{op}' heeft een lijst waarden nodig, zoals [a, b]",
    ),
    (
        "operator '{op}' does not apply to {qtype} question '{id}' (use {ops})",
        "operator '{op}' past niet bij {qtype}-vraag '{id}' (gebruik {ops})",
    ),
    (
        "question '{id}' is a scale; compare with a number",
        "vraag '{id}' is een schaal; vergelijk met een getal",
    ),
    (
        "question '{id}' is answered yes or no, not '{v}'",
        "vraag '{id}' wordt met yes of no beantwoord, niet '{v}'",
    ),
    (
        "'{v}' is not a choice of question '{id}' (choices: {ids})",
        "'{v}' is geen keuze van vraag '{id}' (keuzes: {ids})",
    ),
    (
        "refers to '{id}', which is asked later; a condition can only use earlier answers",
        "verwijst naar '{id}', dat later gevraagd wordt; een voorwaarde kan alleen eerdere "
        "antwoorden gebruiken",
    ),
    (
        "{value} is outside the scale {low}..{high} of '{id}'",
        "{value} valt buiten de schaal {low}..{high} van '{id}'",
    ),
    (
        "offering '{id}' can be referred to for a risk to life but has no contact: add a "
        "phone number (or another route, or own_practice: true)",
        "aanbod '{id}' kan bij levensgevaar worden genoemd maar heeft geen contact: voeg een "
        "telefoonnummer toe (of een andere route, of own_practice: true)",
    ),
    (
        "unknown timezone '{tz}'; opening hours are judged in Europe/Amsterdam",
        "onbekende tijdzone '{tz}'; openingstijden gelden in Europe/Amsterdam",
    ),
    # --- the crisis floor (core/floor.py) ------------------------------------------------
    (
        "crisis line '{id}' is not available day and night (hours: 24/7); when it is closed, "
        "risk-to-life results show the national lines 113 and 112 first",
        "crisislijn '{id}' is niet dag en nacht bereikbaar (hours: 24/7); als die dicht is, "
        "tonen uitkomsten met levensgevaar eerst de landelijke lijnen 113 en 112",
    ),
    (
        "crisis line '{id}' has no phone, chat or url; risk-to-life results show the national "
        "lines 113 and 112 first",
        "crisislijn '{id}' heeft geen telefoon, chat of url; uitkomsten met levensgevaar tonen "
        "eerst de landelijke lijnen 113 en 112",
    ),
    (
        "offering '{id}' ({number}) is switched off (inactive, crisis: false or no themes); "
        "risk-to-life results still show the built-in line where it is needed, beside "
        "{instead}",
        "aanbod '{id}' ({number}) staat uit (niet actief, crisis: false of geen thema's); "
        "uitkomsten met levensgevaar tonen toch de ingebouwde lijn waar die nodig is, "
        "naast {instead}",
    ),
    (
        "offering '{id}' ({number}) is switched off (inactive, crisis: false or no themes), and "
        "no other active crisis line for its themes is available day and night with a contact; "
        "keep it as it was or add one (crisis: true, hours: 24/7, a phone, the same themes)",
        "aanbod '{id}' ({number}) staat uit (niet actief, crisis: false of geen thema's) en geen "
        "andere actieve crisislijn voor die thema's is dag en nacht bereikbaar met een contact; "
        "laat het zoals het was of voeg er een toe (crisis: true, hours: 24/7, een telefoon, "
        "dezelfde thema's)",
    ),
    (
        "no active crisis line for '{theme}' is available day and night; risk-to-life results "
        "show the built-in national lines 113 and 112 first",
        "geen actieve crisislijn voor '{theme}' is dag en nacht bereikbaar; uitkomsten met "
        "levensgevaar tonen eerst de ingebouwde landelijke lijnen 113 en 112",
    ),
    (
        "the phone of national crisis line '{id}' must stay {number}, as its first number; a "
        "catalogue may add routes after it, never before it",
        "het telefoonnummer van landelijke crisislijn '{id}' moet {number} blijven, als eerste "
        "nummer; een catalogus mag er routes na zetten, nooit ervoor",
    ),
    (
        "'sensitive' of question '{id}' has no effect: only a yes_no question is asked as a "
        "safety question",
        "'sensitive' bij vraag '{id}' doet niets: alleen een ja/nee-vraag wordt gesteld als "
        "een veiligheidsvraag",
    ),
]
