"""Dutch for the messages about files that a hostile round (round 13) still saw in
English under the default Dutch interface: output paths, CSV quoting, answers files."""

from __future__ import annotations

FILE_MESSAGES: list[tuple[str, str]] = [
    # round 64: "earlier" named where it is accepted; --json with a second document on
    # stdout; a copy of a report's input read once
    (
        "yes or no, unknown, or earlier (ja/nee/weet niet/eerder)",
        "ja of nee, weet niet, of eerder (yes/no/unknown/earlier)",
    ),
    (
        "--json writes the result to standard output: give {option} a file, not -",
        "--json schrijft de uitkomst naar de standaarduitvoer: geef {option} een bestand, niet -",
    ),
    (
        "{n} file(s) held the same rows as a file read before: read once (a JSONL "
        "and a CSV of one batch are still counted twice)",
        "{n} bestand(en) bevatten dezelfde regels als een eerder gelezen "
        "bestand: één keer gelezen (een JSONL en een CSV van dezelfde batch tellen nog wel "
        "dubbel)",
    ),
    (
        "{path}: also holds {names}, which would be loaded with the new catalogue; move "
        "them away or choose another folder",
        "{path}: bevat ook {names}, die samen met de nieuwe catalogus geladen zouden worden; "
        "verplaats ze of kies een andere map",
    ),
    (
        "{path}: left by an earlier export; use --force to replace the export",
        "{path}: staat er nog van een eerdere export; gebruik --force om de export te vervangen",
    ),
    ("{path}: cannot remove: {reason}", "{path}: kan niet verwijderd worden: {reason}"),
    # Python's csv error for a cell over the limit, said in Dutch (a hostile round, r41)
    (
        "field larger than field limit ({n})",
        "een veld is langer dan {n} tekens: splits de tekst over meer rijen, of kijk of een "
        "aanhalingsteken niet gesloten is",
    ),
    (
        "--csv-dialect and --csv-raw shape CSV: add --format csv (not {format})",
        "--csv-dialect en --csv-raw gelden voor CSV: voeg --format csv toe (niet {format})",
    ),
    (
        "--output names the input file itself: {path} (standard input)",
        "--output noemt het invoerbestand zelf: {path} (standaardinvoer)",
    ),
    (
        "--output names the input file itself: {path}",
        "--output noemt het invoerbestand zelf: {path}",
    ),
    (
        "--output names a file inside the input folder: {path}",
        "--output noemt een bestand in de invoermap: {path}",
    ),
    (
        "{path}: is a file of the catalogue in use; give another name",
        "{path}: is een bestand van de catalogus die gebruikt wordt; geef een andere naam",
    ),
    (
        "--output names a file of the catalogue in use: {path}",
        "--output noemt een bestand van de catalogus die gebruikt wordt: {path}",
    ),
    (
        "--by {field}: nearly every row has a value of its own; this column identifies "
        "people, not groups; choose a column such as a faculty or a month",
        "--by {field}: bijna elke rij heeft een eigen waarde; deze kolom wijst personen "
        "aan, geen groepen; kies een kolom zoals een faculteit of een maand",
    ),
    (
        "--by {field}: this column identifies a student or holds free text; choose a "
        "grouping column such as a faculty or a month",
        "--by {field}: deze kolom wijst een student aan of bevat vrije tekst; kies een "
        "kolom om te groeperen, zoals een faculteit of een maand",
    ),
    (
        "--by {field}: its values look like e-mail addresses or student numbers; choose a "
        "column such as a faculty or a month",
        "--by {field}: de waarden lijken op e-mailadressen of studentnummers; kies een kolom "
        "zoals een faculteit of een maand",
    ),
    (
        "note: not used, their question did not apply: {ids}",
        "let op: niet gebruikt, de vraag was niet van toepassing: {ids}",
    ),
    (
        "note: the question before it was not given; the answer counts: {ids}",
        "let op: de vraag ervoor ontbrak; het antwoord telt mee: {ids}",
    ),
    (
        "note: their question did not apply, but a risk counts: {ids}",
        "let op: de vraag was niet van toepassing, maar een risico telt mee: {ids}",
    ),
    (
        "YAML: a file holds one YAML document here; remove the extra '---'",
        "YAML: een bestand bevat hier één YAML-document; haal de extra '---' weg",
    ),
    (
        "{path}: not written: the answers file was refused; correct it and run again",
        "{path}: niet geschreven: het antwoordbestand is geweigerd; verbeter het en probeer "
        "opnieuw",
    ),
    (
        "key '{key}' holds answers ({ids}): not read; a row's answers go under 'answers' or "
        "at the top, one row per line",
        "sleutel '{key}' bevat antwoorden ({ids}): niet gelezen; de antwoorden van een rij "
        "staan onder 'answers' of bovenaan, één rij per regel",
    ),
    (
        "a comment holds words with an acute signal; comments are not read as answers (put "
        "the student's words under own_words)",
        "een opmerking (na #) bevat woorden met een acuut signaal; opmerkingen worden niet als "
        "antwoord gelezen (zet de woorden van de student onder own_words)",
    ),
    (
        "each line must be a JSON object (this line is a JSON array: batch reads JSON Lines, "
        "one object per line)",
        "elke regel moet een JSON-object zijn (deze regel is een JSON-lijst: batch leest JSON "
        "Lines, één object per regel)",
    ),
    (
        "{path}: is a file of the catalogue being exported; give another name",
        "{path}: is een bestand van de catalogus die wordt geëxporteerd; kies een andere naam",
    ),
    ("{path}: is a directory; give a file name", "{path}: is een map; geef een bestandsnaam"),
    (  # round 48: "-o out/new/" wrote a file named "new"
        "{path}/: names a folder (it ends in '/'); give a file name",
        "{path}/: is de naam van een map (eindigt op '/'); geef een bestandsnaam",
    ),
    (  # round 32 (H11): `catalog init` into the installed built-in catalogue
        "{path}: is the built-in catalogue; give a folder of your own",
        "{path}: is de ingebouwde catalogus; geef een eigen map",
    ),
    (
        "{path}: is a symbolic link; give the file it points to",
        "{path}: is een symbolische koppeling; geef het bestand waar die naar wijst",
    ),
    (
        "{path}: cannot write here: the folder {folder} does not exist",
        "{path}: kan hier niet schrijven: de map {folder} bestaat niet",
    ),
    ("{path}: exists and is not a folder", "{path}: bestaat al en is geen map"),
    (  # a damaged --save record given to --answers (round 18)
        "'changed_answers' of a session record must be a list",
        "'changed_answers' van een sessieverslag moet een lijst zijn",
    ),
    (  # a changed answer that cannot be read (a hostile round, round 19)
        "entry {n} of 'changed_answers' needs a 'question' (the question's id)",
        "item {n} van 'changed_answers' heeft een 'question' nodig (de id van de vraag)",
    ),
    (
        "entry {n} of 'changed_answers': unknown key '{key}'",
        "item {n} van 'changed_answers': onbekende sleutel '{key}'",
    ),
    (  # `interview | head` (a hostile round, round 46, P5)
        "the intake stopped: its output was closed (the reader of the screen went away)",
        "de intake is gestopt: de uitvoer werd gesloten (wat het scherm las, is weg)",
    ),
    (  # a key --save never writes (a hostile round, round 46, P2)
        "unknown key '{key}' in a session record",
        "onbekende sleutel '{key}' in een gespreksverslag",
    ),
    (
        "unknown question id '{id}' in 'changed_answers'",
        "onbekende vraag-id '{id}' in 'changed_answers'",
    ),
    (  # what was said beside an answer, hand-edited (a hostile round, round 21)
        "'said' of a session record must be a list of entries with 'question' and 'words'",
        "'said' van een sessieverslag moet een lijst met items met 'question' en 'words' zijn",
    ),
    (
        "entry {n} of 'said' needs exactly 'question' and 'words'",
        "item {n} van 'said' heeft precies 'question' en 'words' nodig",
    ),
    (
        "entry {n} of 'said': 'question' and 'words' are text",
        "item {n} van 'said': 'question' en 'words' zijn tekst",
    ),
    (  # --save and --handout naming one file (a role-play, round 18, saw it in English)
        "{path}: the same file is given for two outputs ({other})",
        "{path}: hetzelfde bestand is voor twee uitvoerbestanden opgegeven ({other})",
    ),
    (
        "unbalanced quote: a quoted field is not closed",
        "aanhalingsteken niet gesloten: een veld tussen aanhalingstekens loopt niet af",
    ),
    (
        "more than {n} values in one part of the file; {kind} hold far fewer",
        "meer dan {n} waarden in één deel van het bestand; {kind} hebben er veel minder",
    ),
    (
        "file is too large for {kind} (more than {n} MiB)",
        "bestand is te groot voor {kind} (meer dan {n} MiB)",
    ),
    (
        "anchors and aliases (&name, *name) are not supported in {kind}; {rest}",
        "ankers en aliassen (&naam, *naam) worden in {kind} niet ondersteund; {rest}",
    ),
    (
        "unsupported YAML tag {tag}: {kind} hold plain data only",
        "YAML-tag {tag} wordt niet ondersteund: {kind} bevatten alleen gewone gegevens",
    ),
    (
        "no catalogue given: --catalog or $STEUNWIJZER_CATALOG names no path (use "
        "'builtin' for the built-in one)",
        "geen catalogus opgegeven: --catalog of $STEUNWIJZER_CATALOG noemt geen pad (gebruik "
        "'builtin' voor de ingebouwde)",
    ),
    (
        "this is a catalogue file, not an answers file (give it with --catalog)",
        "dit is een catalogusbestand, geen antwoordbestand (geef het met --catalog)",
    ),
    (
        "{path}: error: this session record holds no answers",
        "{path}: error: dit gespreksverslag bevat geen antwoorden",
    ),
    (
        "{path}: is a device, not a file of rows; give a file or -",
        "{path}: is een apparaat, geen bestand met rijen; geef een bestand of -",
    ),
    (  # round 20: an .xlsx or random bytes gave hundreds of error rows (a hostile round)
        "{path}: is a binary file ({kind}), not CSV or JSON Lines; save it as 'CSV UTF-8'",
        "{path}: is een binair bestand ({kind}), geen CSV of JSON Lines; sla het op als "
        "'CSV UTF-8'",
    ),
    (
        "{path}: is a symbolic link; nothing is written through it",
        "{path}: is een symbolische koppeling; daardoor wordt niets geschreven",
    ),
    (
        "--format hsds writes a folder of files; '-o -' cannot hold it",
        "--format hsds schrijft een map met bestanden; '-o -' kan die niet bevatten",
    ),
    (
        "standard output is closed; the output went to standard error",
        "de standaarduitvoer is gesloten; de uitvoer staat op de foutuitvoer",
    ),
    ("YAML: {message}", "YAML: {message}"),
    ("answers files", "antwoordbestanden"),
    ("catalogues", "catalogi"),
    ("a catalogue", "een catalogus"),
    # batch input (a hostile round, round 31, H8, H9)
    (
        "{n} row(s) repeat an id of an earlier row (the first on line {line}); join "
        "results back by line, or give every row an id of its own",
        "{n} rij(en) herhalen het id van een eerdere rij (de eerste op regel "
        "{line}); koppel de uitkomsten via het regelnummer, of geef elke rij een eigen id",
    ),
    (
        "a value in column {n}, which has no name in the header",
        "een waarde in kolom {n}, die in de kop geen naam heeft",
    ),
    # round 37 (a hostile round, H1 and H3)
    (
        "theme name of {n} characters; a theme name has at most {limit}",
        "themanaam van {n} tekens; een themanaam heeft er hoogstens {limit}",
    ),
    (
        "the JSON array has no closing ']': the file may be cut short; the cases before were read",
        "de JSON-lijst heeft geen afsluitende ']': het bestand is misschien afgekapt; de "
        "gevallen ervoor zijn gelezen",
    ),
]
