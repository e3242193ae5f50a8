"""Interface texts of `steunwijzer report`, in Dutch and English.

Kept beside i18n.py (same shape, same lookup) so the report's many labels do not crowd
the texts every other command shares; ``t`` here falls back to i18n for shared keys.
"""

from __future__ import annotations

import re

from steunwijzer.core.model import Lang

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Groepsbeeld", "Picture of the group"),
    "subtitle": (
        "{rows} hulpvragen uit {files} bestand(en): {batch} batchregels, {sessions} gesprekken",
        "{rows} requests from {files} file(s): {batch} batch rows, {sessions} sessions",
    ),
    "section.tiers": ("Niveau van de hulpvraag", "Tier of the request"),
    "section.urgency": ("Urgentie", "Urgency"),
    "section.recognised": ("Herkend of niet", "Recognised or not"),
    "section.emphasis": ("Nadruk in de steun", "Support emphasis"),
    "section.themes": ("Thema's", "Themes"),
    "section.gaps": (
        "Thema's zonder passend aanbod (gezien in de praktijk)",
        "Themes with no fitting referral (seen in practice)",
    ),
    "section.connection": ("Sociale binding (uit gesprekken)", "Social connectedness (sessions)"),
    "tier.prevention": ("Preventie", "Prevention"),
    "tier.specific": ("Specifieke hulpvraag", "Specific help question"),
    "tier.acute": ("Acuut", "Acute"),
    "tier.none": ("Geen niveau (niets herkend)", "No tier (nothing recognised)"),
    "short.prevention": ("Preventie", "Prevention"),
    "short.specific": ("Specifiek", "Specific"),
    "short.acute": ("Acuut", "Acute"),
    "short.none": ("Geen", "None"),
    "urgency.routine": ("Gewoon", "Routine"),
    "urgency.soon": ("Binnenkort", "Soon"),
    "urgency.immediate": ("Direct", "Immediately"),
    "urgency.none": ("Niet bekend", "Not known"),
    "recognised.yes": ("Herkend", "Recognised"),
    "recognised.no": ("Niets herkend", "Nothing recognised"),
    "emphasis.emotional": ("Emotioneel (er zijn)", "Emotional (be there)"),
    "emphasis.informational": ("Informatief (meedenken)", "Informational (think along)"),
    "emphasis.both": ("Allebei", "Both"),
    "emphasis.none": ("Niet bekend", "Not known"),
    "connection.connection_safe": ("Voelt zich veilig", "Feels safe"),
    "connection.connection_contact": (
        "Contact met studenten en docenten",
        "Contact with students and staff",
    ),
    "connection.connection_places": ("Plekken om anderen te treffen", "Places to meet others"),
    "connection.connection_friends": ("Vrienden binnen de studie", "Friends in their studies"),
    "answer.yes": ("Ja", "Yes"),
    "answer.partly": ("Een beetje", "Partly"),
    "answer.no": ("Nee", "No"),
    "answer.none": ("Niet beantwoord", "Not answered"),
    "col.label": ("", ""),
    "col.count": ("Aantal", "Count"),
    "col.share": ("Aandeel", "Share"),
    "col.total": ("Totaal", "Total"),
    "col.theme": ("Thema", "Theme"),
    "col.tier": ("Niveau", "Tier"),
    "col.gap": ("Zonder aanbod", "No referral"),
    "col.of_theme": ("van het thema", "of the theme"),
    "group.none": ("(leeg)", "(empty)"),
    "by": ("Per {field}", "By {field}"),
    "all": ("Allemaal", "Everyone"),
    "small": ("< {n}", "< {n}"),
    "hidden": ("•", "•"),
    "no_gaps": (
        "Voor elk thema was er minstens één passende verwijzing.",
        "Every theme found at least one fitting referral.",
    ),
    "gaps_untold": (
        "Niet te zien in deze invoer: geen regel zegt welke thema's zijn verwijzingen dienen "
        "(CSV, of regels zonder verwijzingen).",
        "Cannot be told from this input: no row says which themes its referrals serve "
        "(CSV, or rows without referrals).",
    ),
    "no_data": ("Geen gegevens.", "No data."),
    "chart_alt": (
        "Grafiek: {title}. De tabel eronder geeft dezelfde getallen.",
        "Chart: {title}. The table below gives the same numbers.",
    ),
    "more_themes": (
        "… en {n} thema's meer (alles in --format json of html)",
        "… and {n} more themes (all of them in --format json or html)",
    ),
    "split_note": (
        "De volledige uitsplitsing per {field} staat in --format json en --format html.",
        "The full split by {field} is in --format json and --format html.",
    ),
    "footnotes": ("Voetnoten", "Footnotes"),
    "foot.suppressed": (
        "Aantallen onder {n} staan er als '< {n}', zonder balk en zonder aandeel, zodat "
        "niemand herkenbaar wordt.",
        "Counts below {n} are shown as '< {n}', with no bar and no share, so that no one "
        "can be recognised.",
    ),
    "foot.secondary": (
        "Met '•' gemarkeerde aantallen zijn ook verborgen: anders zou een klein aantal uit "
        "het totaal terug te rekenen zijn.",
        "Counts marked '•' are hidden too: otherwise a small count could be worked out from "
        "the total.",
    ),
    "foot.no_sessions": (
        "Sociale binding komt alleen uit gesprekken (interview --save); die zitten niet in "
        "de invoer.",
        "Social connectedness comes only from session records (interview --save); the input "
        "has none.",
    ),
    "foot.no_emphasis": (
        "Niet elke regel zegt iets over de nadruk in de steun (CSV heeft die kolom niet); "
        "die regels staan als 'niet bekend'.",
        "Not every row says the support emphasis (CSV has no such column); those rows are "
        "shown as 'not known'.",
    ),
    "foot.no_referral_themes": (
        "Niet elke regel zegt welke thema's de verwijzingen dekken (CSV, of geen "
        "'serves'/'themes' per verwijzing); die tellen niet mee bij de thema's zonder aanbod.",
        "Not every row says which themes its referrals serve (CSV, or no 'serves' or "
        "'themes' per referral); those are left out of the themes with no fitting referral.",
    ),
    "foot.no_recognised": (
        "Waar een regel geen 'recognised' heeft, telt een regel met een thema als herkend.",
        "Where a row has no 'recognised', a row with a theme counts as recognised.",
    ),
    "foot.no_date": (
        "Gesprekken zonder datum (opgeslagen met een oudere versie) staan bij '(leeg)'.",
        "Session records without a date (saved by an older version) are under '(empty)'.",
    ),
    "foot.missing_group": (
        "Regels zonder waarde voor {field} staan bij '(leeg)'.",
        "Rows with no value for {field} are under '(empty)'.",
    ),
    "foot.bad_lines": (
        "{n} regel(s) konden niet gelezen worden en tellen niet mee (zie de meldingen met "
        "BESTAND:REGEL).",
        "{n} line(s) could not be read and are not counted (see the FILE:LINE messages).",
    ),
    "foot.batch_errors": (
        "{n} batchregel(s) waren alleen een foutmelding, zonder uitkomst; ze tellen niet mee.",
        "{n} batch row(s) were only an error, with no result; they are not counted.",
    ),
    "foot.skipped_files": (
        "{n} bestand(en) in de map zijn overgeslagen (geen .jsonl, .json of .csv).",
        "{n} file(s) in the folder were skipped (not .jsonl, .json or .csv).",
    ),
    "foot.unknown_themes": (
        "Thema's die niet in de catalogus staan, tellen samen als 'andere thema's' en "
        "worden niet bij naam genoemd.",
        "Themes that are not in the catalogue are counted together as 'other themes' and "
        "are not named.",
    ),
    "other_themes": (
        "Andere thema's (niet in de catalogus)",
        "Other themes (not in the catalogue)",
    ),
    "foot.themes_overlap": (
        "Een hulpvraag kan meer thema's hebben: de thema's tellen niet op tot het totaal.",
        "A request can have several themes: the themes do not add up to the total.",
    ),
}


def t(key: str, lang: Lang, **values: object) -> str:
    nl, en = _TEXTS[key]
    text = nl if lang == "nl" else en
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in _TEXTS


# A value that reads as one of the report's own labels, or looks like another value
# only by an invisible character: "(leeg)" and "Allemaal" in a faculty column were two
# rows "(leeg)" and two "Allemaal" beside the real ones (a hostile round, round 64).
_OWN_LABELS = frozenset(t(k, lang) for k in ("all", "group.none") for lang in ("nl", "en"))
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def group_label(value: str) -> str:
    shown = _INVISIBLE.sub("\u00b7", value)  # "FEB\u200b" shown as "FEB·", not as "FEB"
    return f'"{shown}"' if shown in _OWN_LABELS or shown != value else shown
