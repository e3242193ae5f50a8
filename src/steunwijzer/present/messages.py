"""Messages, errors and notes in the interface language.

The core raises its errors and diagnostics in English (the language of the code, of
``--json`` and of bug reports). At the one place where a message reaches a person
(``cli_common.err`` and the diagnostics a catalogue command prints), ``localise``
turns it into Dutch when the interface language is Dutch: each message is matched
against an English template and rewritten with the Dutch one, like a gettext catalogue
keyed by the English text. Machine-readable prefixes stay as they are:
``FILE:LINE:COL: error:`` is what editors parse; only the message after it changes.

To add a message: append a pair (English template, Dutch template) to ``MESSAGES``.
``{name}`` matches any text; a placeholder that is not inside quotes is itself
translated again, so composed messages ("'phone' of contact of offering 2 in ...")
are translated part by part. Ids, file names and values inside quotes are kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from steunwijzer.core.model import Lang
from steunwijzer.present.diagnostics import DIAGNOSTICS
from steunwijzer.present.diagnostics_more import MORE_DIAGNOSTICS
from steunwijzer.present.diagnostics_safety import SAFETY_DIAGNOSTICS
from steunwijzer.present.messages_click import CLICK_MESSAGES
from steunwijzer.present.messages_files import FILE_MESSAGES

# (English, Dutch). Most specific first: the first template that matches is used.
# The catalogue's own diagnostics are in i18n_diagnostics.py.
_GENERAL: list[tuple[str, str]] = [
    # --- prefixes and summaries ---------------------------------------------------------
    (
        "{message} (an acute signal is kept: shown below)",
        "{message} (een acuut signaal blijft staan: hieronder getoond)",
    ),
    (
        "{message} (acute signal in the rest of the request: shown below)",
        "{message} (acuut signaal in de rest van de vraag: hieronder getoond)",
    ),
    (
        "{message} (acute signal kept: crisis lines listed)",
        "{message} (acuut signaal bewaard: crisislijnen vermeld)",
    ),
    ("{message} (did you mean {hints}?)", "{message} (bedoel je {hints}?)"),
    (
        "{message} (no close match; nearest theme ids: {ids})",
        "{message} (niets dat erop lijkt; dichtstbijzijnde thema-id's: {ids})",
    ),
    (
        "ok: {o} offerings, {t} themes, {q} questions; {e} error(s), {w} warning(s)",
        "in orde: {o} aanbod, {t} thema's, {q} vragen; {e} fout(en), {w} waarschuwing(en)",
    ),
    (
        "invalid: {o} offerings, {t} themes, {q} questions; {e} error(s), {w} warning(s)",
        "ongeldig: {o} aanbod, {t} thema's, {q} vragen; {e} fout(en), {w} waarschuwing(en)",
    ),
    ("invalid: {e} error(s), {w} warning(s)", "ongeldig: {e} fout(en), {w} waarschuwing(en)"),
    ("{e} error(s), {w} warning(s)", "{e} fout(en), {w} waarschuwing(en)"),
    (
        "rows read: {rows}; prevention: {p}, specific: {s}, acute: {a}; errors: {e}; "
        "nothing recognised: {n}",
        "rijen gelezen: {rows}; preventie: {p}, specifiek: {s}, acuut: {a}; fouten: {e}; "
        "niets herkend: {n}",
    ),
    (
        "rows read: {rows}; prevention: {p}, specific: {s}, acute: {a}; errors: {e}",
        "rijen gelezen: {rows}; preventie: {p}, specifiek: {s}, acuut: {a}; fouten: {e}",
    ),
    (
        "rows with a risk to life mentioned but set aside (ask the safety questions): {ids}",
        "rijen met een risico voor het leven genoemd maar opzij gezet (stel de "
        "veiligheidsvragen): {ids}",
    ),
    (
        "glossary: give a term, or none to list them all",
        "glossary: geef een term, of geen om ze allemaal te zien",
    ),
    (  # a hostile round, round 19: the row number may be another row's id
        "{n} row(s) without an id are named by their row number (the first on line "
        "{line}); give every row an id of its own",
        "{n} rij(en) zonder id krijgen hun rijnummer als id (de eerste op regel {line}); "
        "geef elke rij een eigen id",
    ),
    (
        "the input holds no rows (an empty file, or a header alone)",
        "de invoer bevat geen rijen (een leeg bestand, of alleen een kopregel)",
    ),
    ("wrote {path}", "geschreven: {path}"),
    ("interrupted", "afgebroken"),
    (
        "internal error: {what} (please report this; STEUNWIJZER_DEBUG=1 shows details)",
        "interne fout: {what} (meld dit alsjeblieft; STEUNWIJZER_DEBUG=1 toont details)",
    ),
    # --- files -----------------------------------------------------------------------------
    ("{path}: cannot read answers: {why}", "{path}: kan de antwoorden niet lezen: {why}"),
    (
        "{path}: error: the answers file holds no answers",
        "{path}: error: het antwoordbestand bevat geen antwoorden",
    ),
    (
        "{path}: error: answers must be a mapping of question id to answer",
        "{path}: error: antwoorden moeten paren van vraag-id en antwoord zijn (vraag_id: antwoord)",
    ),
    (
        "{path}: answers must be a mapping of question id to answer",
        "{path}: antwoorden moeten paren van vraag-id en antwoord zijn (vraag_id: antwoord)",
    ),
    (
        "answers must be a mapping of question id to answer",
        "antwoorden moeten paren van vraag-id en antwoord zijn (vraag_id: antwoord)",
    ),
    ("invalid JSON: {why}", "ongeldige JSON: {why}"),
    ("not valid UTF-8; save the file as UTF-8", "geen geldige UTF-8; sla het bestand op als UTF-8"),
    ("a number of more than 4,300 digits", "een getal van meer dan 4.300 cijfers"),
    ("a number has at most {n} digits", "een getal heeft hoogstens {n} cijfers"),
    ("Expecting value", "waarde verwacht"),
    ("Expecting ',' delimiter", "',' verwacht"),
    ("Expecting ':' delimiter", "':' verwacht"),
    (
        "Expecting property name enclosed in double quotes",
        "sleutel tussen dubbele aanhalingstekens verwacht",
    ),
    ("Extra data", "extra tekst na het einde"),
    ("Unterminated string starting at", "tekst zonder afsluitend aanhalingsteken"),
    (
        "{path}: already exists; use --force to replace it",
        "{path}: bestaat al; gebruik --force om het te vervangen",
    ),
    (
        "{path}: already exists; use --force to overwrite",
        "{path}: bestaat al; gebruik --force om te overschrijven",
    ),
    (
        "{path}: already exists and is not empty; use --force to replace",
        "{path}: bestaat al en is niet leeg; gebruik --force om te vervangen",
    ),
    ("{path}: cannot write here: {why}", "{path}: kan hier niet schrijven: {why}"),
    (
        "--keep '{name}': this name is part of every result row (or is the student's own "
        "text or answers) and cannot be copied",
        "--keep '{name}': deze naam staat al in elke uitkomst (of is de eigen tekst of zijn "
        "de antwoorden van de student) en wordt niet gekopieerd",
    ),
    ("id must be text or a whole number", "id moet tekst of een heel getal zijn"),
    (
        "{path}:{n}: a line longer than 16 MiB; not a corpus",
        "{path}:{n}: een regel langer dan 16 MiB; geen corpus",
    ),
    (
        "unknown key '{c}'{hint}: not read; a row has id, themes, text, lang, answers or "
        "question ids (--keep {k} copies a key into the results)",
        "onbekende sleutel '{c}'{hint}: niet gelezen; een rij heeft id, themes, text, lang, "
        "answers of vraag-id's (--keep {k} neemt een sleutel over in de uitkomst)",
    ),
    (
        "not read: {names} holds words of an acute need but is not read as text (a --keep "
        "column, or not a row key); give them as 'text'",
        "niet gelezen: {names} bevat woorden van een acute hulpvraag maar wordt niet als tekst "
        "gelezen (een --keep-kolom, of geen rijsleutel); geef ze als 'text'",
    ),
    ("see the CSV header, line {n}", "zie de CSV-kop, regel {n}"),
    ("not read: {problem}", "niet gelezen: {problem}"),
    (
        "line is longer than {n} characters: only its start, its end and the sentences "
        "around risk words in between were read",
        "regel is langer dan {n} tekens: alleen het begin, het eind en de zinnen rond "
        "risicowoorden daartussen zijn gelezen",
    ),
    ("line is longer than {n} characters", "regel is langer dan {n} tekens"),
    (
        "--theme: give a theme (its id, name or a synonym)",
        "--theme: geef een thema (het id, de naam of een synoniem)",
    ),
    (
        "give DIR: the folder to write the catalogue to",
        "geef DIR: de map waarin de catalogus komt",
    ),
    ("{path}: cannot write: {why}", "{path}: kan niet schrijven: {why}"),
    ("{path}: cannot create: {why}", "{path}: kan niet aanmaken: {why}"),
    ("{path}: cannot read: {why}", "{path}: kan niet lezen: {why}"),
    ("cannot read file: {why}", "kan het bestand niet lezen: {why}"),
    ("cannot read: {why}", "kan niet lezen: {why}"),
    ("no such file or directory", "bestand of map bestaat niet"),
    ("a symbolic link that leads nowhere", "een symbolische koppeling die nergens heen leidt"),
    ("no such file or folder", "bestand of map bestaat niet"),
    ("a broken link, a pipe or a device", "een verbroken koppeling, een pipe of een apparaat"),
    ("cannot read this folder", "kan deze map niet lezen"),
    ("cannot write the version: {why}", "kan de versie niet schrijven: {why}"),
    ("No such file or directory", "bestand of map bestaat niet"),
    ("Permission denied", "geen toestemming"),
    ("standard input is closed", "de standaardinvoer is gesloten"),
    ("Is a directory", "is een map"),
    ("Not a directory", "is geen map"),
    ("No space left on device", "geen ruimte meer op de schijf"),
    ("Read-only file system", "alleen-lezen bestandssysteem"),
    ("File exists", "bestaat al"),
    # --- answers, lookups, batch rows --------------------------------------------------
    (
        "invalid answer {value} to question '{id}': expected {allowed}",
        "ongeldig antwoord {value} op vraag '{id}': verwacht {allowed}",
    ),
    ("yes or no, or unknown (ja/nee/weet niet)", "ja of nee, of weet niet (yes/no/unknown)"),
    ("yes or no (ja/nee)", "ja of nee (yes/no)"),
    ("one of {ids}", "een van {ids}"),
    ("a list of {ids}", "een lijst van {ids}"),
    ("a whole number from {low} to {high}", "een heel getal van {low} tot {high}"),
    (
        "answer to question '{id}' is {n} characters; the limit is {limit}",
        "het antwoord op vraag '{id}' is {n} tekens; de grens is {limit}",
    ),
    ("text is {n} characters; the limit is {limit}", "de tekst is {n} tekens; de grens is {limit}"),
    ("unknown question id '{id}'", "onbekende vraag-id '{id}'"),
    (
        "'{a}' and '{b}' both answer question '{id}'",
        "'{a}' en '{b}' beantwoorden allebei vraag '{id}'",
    ),
    ("'{a}' and '{b}' both given: use one", "'{a}' en '{b}' staan er allebei: gebruik er één"),
    (
        "'{a}' is given at the top and under 'answers': use one",
        "'{a}' staat bovenaan en onder 'answers': gebruik er één",
    ),
    (
        "--keep '{k}': this is a question of the interview; its answer is read as an answer, "
        "never copied",
        "--keep '{k}': dit is een vraag uit het intakegesprek; het antwoord wordt als antwoord "
        "gelezen, nooit overgenomen",
    ),
    ("unknown theme '{id}'", "onbekend thema '{id}'"),
    ("no offering '{id}'", "geen aanbod '{id}'"),
    ("give at least one --theme or a --text", "geef minstens één --theme of een --text"),
    (
        "{option}: give one file (given {count} times)",
        "{option}: geef één bestand ({count} keer gegeven)",
    ),
    (
        "'text' is not read from an answers file",
        "'text' wordt niet gelezen uit een antwoordenbestand",
    ),
    ("{n} themes given; the limit is {limit}", "{n} thema's gegeven; de grens is {limit}"),
    ("themes must be a list of theme names", "themes moet een lijst van themanamen zijn"),
    ("text must be a string", "text moet tekst zijn"),
    ("lang must be nl or en, got {value}", "lang moet nl of en zijn, niet {value}"),
    (
        "lowering the tier from {old} to {new} needs a reason; give one",
        "het niveau verlagen van {old} naar {new} vraagt om een reden; geef er een",
    ),
    (
        "... and {n} more lines that could not be read",
        "... en nog {n} regels die niet gelezen konden worden",
    ),
    ("use emotional or informational", "gebruik emotional of informational"),
    ("each line must be a JSON object", "elke regel moet een JSON-object zijn"),
    ("nested too deeply", "te diep genest"),
    (
        "not a text file (it holds NUL bytes); not read",
        "geen tekstbestand (het bevat NUL-bytes); niet gelezen",
    ),
    (
        "file too large for one JSON document; use JSON Lines",
        "bestand te groot voor één JSON-document; gebruik JSON Lines",
    ),
    (
        "not a batch result: the CSV has no 'tier' and 'themes' column",
        "geen batch-uitkomst: de CSV heeft geen kolom 'tier' en 'themes'",
    ),
    (
        "CSV header: unknown column '{c}'{hint}: not a question id; the first row must name the "
        "columns (id, themes, text, lang or question ids; --keep {k} copies a column into the "
        "results)",
        "CSV-kop: onbekende kolom '{c}'{hint}: geen vraag-id; de eerste rij moet de kolommen "
        "noemen (id, themes, text, lang of vraag-id's; --keep {k} neemt een kolom over in de "
        "uitkomst)",
    ),
    ("each record must be a JSON object", "elk record moet een JSON-object zijn"),
    ("CSV header has an unclosed quote", "de CSV-kop heeft een open aanhalingsteken"),
    (  # round 20: the reasons themselves were English (a hostile round, H11)
        "CSV header: duplicate column '{c}' (columns {a} and {b})",
        "CSV-kop: kolom '{c}' staat er twee keer (kolommen {a} en {b})",
    ),
    ("CSV header: column {n} has no name", "CSV-kop: kolom {n} heeft geen naam"),
    ("CSV header: duplicate column '{c}'", "CSV-kop: kolom '{c}' staat er twee keer"),
    (
        "CSV header: column 'answers' is for JSON Lines; in CSV each answer has a column "
        "named after its question id",
        "CSV-kop: de kolom 'answers' is voor JSON Lines; in CSV heeft elk antwoord een "
        "kolom met het id van de vraag",
    ),
    ("CSV header: {why}", "CSV-kop: {why}"),
    ("CSV: {why}", "CSV: {why}"),
    ("row contains a NUL byte", "de rij bevat een NUL-byte"),
    ("expected {n} fields, got {m}", "verwacht {n} velden, niet {m}"),
    ("themes must be a list of theme ids", "themes moet een lijst van thema-id's zijn"),
    ("unknown tier {v}", "onbekend niveau {v}"),
    ("recognised must be true or false, not {v}", "recognised moet true of false zijn, niet {v}"),
    ("unknown urgency {v}", "onbekende urgentie {v}"),
    (
        "not a batch result or session record (no tier)",
        "geen batch-uitkomst of sessieverslag (geen 'tier')",
    ),
    (
        "no tier, yet themes: a result with themes has a tier",
        "geen niveau ('tier'), wel thema's: een uitkomst met thema's heeft een niveau",
    ),
    ("--min-cell must be 1 or more", "--min-cell moet 1 of meer zijn"),
    (
        "--by {by}: no input row has this column (batch --keep {k} adds it)",
        "--by {by}: geen enkele invoerrij heeft deze kolom (batch --keep {k} voegt haar toe)",
    ),
    ("--by {by}: holds free text, not a category", "--by {by}: bevat vrije tekst, geen categorie"),
    (
        "--by {by}: holds lists or objects, not one value per row",
        "--by {by}: bevat lijsten of objecten, niet één waarde per rij",
    ),
]
_FRAGMENTS: list[tuple[str, str]] = [
    # --- fragments ("where" and type names) -----------------------------------------------
    ("{where}: {why}", "{where}: {why}"),
    ("'{key}' of {where}", "'{key}' van {where}"),
    ("choice {n} of {where}", "keuze {n} van {where}"),
    ("{spec} {n} in '{section}'", "{spec} {n} in '{section}'"),
    ("the catalogue file", "het catalogusbestand"),
    ("a mapping", "een mapping"),
    ("a list", "een lijst"),
    ("a number", "een getal"),
    ("a date", "een datum"),
    ("binary data (!!binary)", "binaire gegevens (!!binary)"),
    ("nothing", "niets"),
    ("text", "tekst"),
    ("the end", "het einde"),
    ("offering", "aanbod"),
    ("theme", "thema"),
    ("question", "vraag"),
    ("rule", "regel"),
    ("tip", "tip"),
    ("Dutch", "Nederlandse"),
    ("English", "Engelse"),
]

MESSAGES: list[tuple[str, str]] = [
    *FILE_MESSAGES,
    *_GENERAL,
    *DIAGNOSTICS,
    *MORE_DIAGNOSTICS,
    *SAFETY_DIAGNOSTICS,
    *CLICK_MESSAGES,
    *_FRAGMENTS,
]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_PREFIX = re.compile(
    r"^(?P<prefix>(?:[^\s:][^:]*:\d+(?::\d+)?: )?(?:error|warning): )(?P<rest>.*)$", re.DOTALL
)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern[str], str, frozenset[str]]]:
    out = []
    for english, dutch in MESSAGES:
        parts: list[str] = []
        quoted: set[str] = set()
        last = 0
        named: set[str] = set()
        for m in _PLACEHOLDER.finditer(english):
            parts.append(re.escape(english[last : m.start()]))
            # A placeholder said twice ("keep {number} in it") is the same text again.
            name = m.group(1)
            parts.append(f"(?P={name})" if name in named else f"(?P<{name}>.*?)")
            named.add(name)
            if english[max(0, m.start() - 1) : m.start()] in ("'", '"'):
                quoted.add(m.group(1))
            last = m.end()
        parts.append(re.escape(english[last:]))
        out.append((re.compile("".join(parts), re.DOTALL), dutch, frozenset(quoted)))
    return out


def _dutch(message: str, depth: int = 0) -> str:
    if depth > 6 or not message:
        return message
    for pattern, dutch, quoted in _compiled():
        m = pattern.fullmatch(message)
        if m is None:
            continue
        values = {k: v if k in quoted else _dutch(v, depth + 1) for k, v in m.groupdict().items()}
        if "hints" in values:  # did you mean 'a' or 'b'?
            values["hints"] = values["hints"].replace("' or '", "' of '")
        return dutch.format(**values)
    return message


def localise(message: str, lang: Lang) -> str:
    """The message in ``lang``; a machine prefix (``FILE:LINE:COL: error: ``) is kept."""
    if lang == "en" or not message:
        return message
    m = _PREFIX.match(message)
    if m:
        return m.group("prefix") + localise(m.group("rest"), lang)
    return _dutch(message)
