"""The tool's own interface texts in Dutch and English (catalogue texts live in YAML)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from steunwijzer.core.model import Lang
from steunwijzer.present.texts_crisis import CRISIS_TEXTS

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("steunwijzer — intakegesprek", "steunwijzer — intake interview"),
    "question_of": ("Vraag {n} van ongeveer {total}", "Question {n} of about {total}"),
    "yes_no_hint": ("ja / nee", "yes / no"),
    "multi_hint": ("nummers, gescheiden door komma's", "numbers, separated by commas"),
    "scale_hint": ("een getal van {min} tot {max}", "a number from {min} to {max}"),
    "text_hint": ("vrije tekst, Enter om over te slaan", "free text, Enter to skip"),
    "no_help": ("Geen extra uitleg bij deze vraag.", "No extra help for this question."),
    "try_again": ("Dat antwoord past niet. {error}", "That answer does not fit. {error}"),
    "first_question": ("Dit is de eerste vraag.", "This is the first question."),
    "themes_found": ("Thema's in de eigen woorden", "Themes in the student's own words"),
    "themes_forced": ("Altijd meegenomen (acuut): {themes}", "Always included (acute): {themes}"),
    "themes_confirm": (
        "Welke kloppen? Nummers, 'a' voor alle, Enter voor geen",
        "Which fit? Numbers, 'a' for all, Enter for none",
    ),
    "numbers_hint": ("Typ een nummer van 1 tot {n}.", "Type a number from 1 to {n}."),
    "tier_hint": (
        "Typ preventie, specifiek of acuut (of 1, 2, 3), of Enter om niets te wijzigen.",
        "Type prevention, specific or acute (or 1, 2, 3), or Enter to keep the tier.",
    ),
    "reason_needed": (
        "Zonder reden wordt het niveau niet verlaagd.",
        "Without a reason the tier is not lowered.",
    ),
    "no_gaps": ("Geen gaten gevonden.", "No gaps found."),
    "gaps": ("{n} gat(en) in het aanbod:", "{n} gap(s) in the offer:"),
    "review_title": ("Overzicht van de antwoorden", "Review of the answers"),
    "review_prompt": (
        "Enter om door te gaan, een nummer om te wijzigen, 'b' om terug te gaan",
        "Enter to continue, a number to change, 'b' to go back",
    ),
    "result_title": ("Uitkomst", "Result"),
    "tier": ("Niveau", "Tier"),
    "urgency": ("Urgentie", "Urgency"),
    "urgency.routine": ("regulier", "routine"),
    "urgency.soon": ("snel", "soon"),
    "urgency.immediate": ("direct", "immediate"),
    "themes": ("Thema's", "Themes"),
    "none": ("geen", "none"),
    "reasons": ("Waarom", "Why"),
    "referrals": ("Verwijzingen", "Referrals"),
    "tips": ("Tips voor het gesprek", "Tips for the conversation"),
    "emphasis": ("Nadruk van de steun", "Support emphasis"),
    "emphasis.emotional": (
        "emotioneel: er zijn, luisteren, begrip",
        "emotional: be there, listen, understand",
    ),
    "emphasis.informational": (
        "informatief: meedenken, analyseren, reflecteren",
        "informational: think along, analyse, reflect",
    ),
    "emphasis.both": (
        "beide: eerst er zijn, dan meedenken",
        "both: be there first, then think along",
    ),
    "not_screened": (
        "Let op: de veiligheidsvragen zijn niet (volledig) gesteld.",
        "Note: the safety questions were not (fully) asked.",
    ),
    "lookup_not_screened": (
        "Let op: bij een opzoeking zijn de veiligheidsvragen niet gesteld.",
        "Note: a lookup does not ask the safety questions.",
    ),
    # Free-text recognition (issue 10).
    "not_recognised": (
        "Niets herkend: in deze woorden is geen thema gevonden. Dat is geen laag niveau en "
        "geen veilig antwoord. De veiligheidsvragen zijn niet gesteld: stel ze in een "
        "gesprek (steunwijzer interview).",
        "Nothing recognised: no theme was found in these words. That is not a low tier and "
        "not a safe answer. The safety questions have not been asked: ask them in a "
        "conversation (steunwijzer interview).",
    ),
    "no_tier": ("geen (niets herkend)", "none (nothing recognised)"),
    "no_tier_short": ("niets herkend", "nothing recognised"),
    "entry_points": ("Algemene ingangen", "General ways in"),
    "mentions": (
        "Genoemd, niet meegeteld (ontkend, figuurlijk, voorbij, van een ander, onbevestigd):",
        "Mentioned, not counted (denied, a figure of speech, past, someone else's, unconfirmed):",
    ),
    "mention_ask": (
        "vraag naar veiligheid (de veiligheidsvragen)",
        "ask about safety (the safety questions)",
    ),
    "why.negated": ("ontkend", "negated"),
    "why.framed": ("als onderwerp (studie/werk)", "as a topic (study/work)"),
    "why.figure_of_speech": ("als uitdrukking", "as a figure of speech"),
    "why.past": ("verteld als verleden, niet als nu", "told as past, not as now"),
    "why.about_other": ("over iemand anders", "about someone else"),
    "why.not_close": ("iemand die de student nauwelijks kende", "someone the student barely knew"),
    "why.as_sexual_violence": (
        "geteld als seksueel geweld; geen onveilige thuissituatie genoemd",
        "counted as sexual violence; no unsafe home named",
    ),
    "why.asked_no": ("een gelijkenis; opnieuw gevraagd, nee", "a resemblance; asked again, no"),
    "about_other": ("zorg om een ander", "concern about someone else"),
    "text_nothing": (
        "In deze eigen woorden is niets herkend; vraag door.",
        "Nothing was recognised in these own words; ask further.",
    ),
    # Two lines: at 80 columns the terminal broke it as "..., 3" / "acuut:" (round 61).
    "override_prompt": (
        "Niveau aanpassen? Enter houdt {tier};\nof typ 1 preventie, 2 specifiek, 3 acuut",
        "Adjust the tier? Enter keeps {tier};\nor type 1 prevention, 2 specific, 3 acute",
    ),
    "override_reason": ("Reden voor het verlagen (verplicht)", "Reason for lowering (required)"),
    "overridden": (
        "Aangepast door begeleider: {old} → {new}",
        "Changed by counsellor: {old} → {new}",
    ),
    "col.name": ("Naam", "Name"),
    "col.reach": ("Bereikbaar via", "How to reach"),
    "col.when": ("Wanneer", "When"),
    "col.wait": ("Wachttijd", "Waiting time"),
    "col.lang": ("Taal", "Language"),
    "col.next": ("Volgende stap", "Next step"),
    "open_now": ("nu open", "open now"),
    "closed_now": ("nu dicht", "closed now"),
    "opens_next": ("nu dicht, opent {when}", "closed now, opens {when}"),
    "safety_line": ("Als het erger wordt: {lines}", "If it gets worse: {lines}"),
    "emphasis_next": (
        "Daarna: {emphasis} bij {themes}, omdat {why}.",
        "Next: {emphasis} for {themes}, because {why}.",
    ),
    "emphasis_short.emotional": ("emotionele steun", "emotional support"),
    "emphasis_short.informational": ("informatieve steun", "informational support"),
    "emphasis_short.both": (
        "emotionele en informatieve steun",
        "emotional and informational support",
    ),
    "why.emotional": (
        "er zijn en luisteren de spanning verzacht",
        "being there and listening softens the stress",
    ),
    "why.informational": (
        "meedenken en analyseren helpen bij herstel op de langere termijn",
        "thinking along and analysing help recovery in the longer term",
    ),
    "why.both": (
        "beide vormen van steun hier tellen",
        "both kinds of support matter here",
    ),
    "glossary_title": ("Nederlandse namen uitgelegd", "Dutch names explained"),
    "glossary_none": ("Geen term gevonden voor '{term}'.", "No term found for '{term}'."),
    "own_practice": (
        "het nummer van je eigen praktijk (buiten de openingstijden verwijst het bandje door)",
        "the number of your own practice (outside its hours, the recorded message refers you on)",
    ),
    "always": ("dag en nacht", "day and night"),
    "no_wait": ("geen", "none"),
    "days": ("{n} dagen", "{n} days"),
    "crisis_badge": ("CRISISLIJN", "CRISIS LINE"),
    "saved": ("Opgeslagen: {path}", "Saved: {path}"),
    "same_file_answers": (
        "{path}: --save of --handout noemt het antwoordenbestand zelf; niets opgeslagen",
        "{path}: --save or --handout names the answers file itself; nothing saved",
    ),
    "same_file": (
        "{path}: --save en --handout noemen hetzelfde bestand; niets opgeslagen",
        "{path}: --save and --handout name the same file; nothing saved",
    ),
    "cancelled": ("Afgebroken; er is niets opgeslagen.", "Cancelled; nothing was saved."),
    "cancelled_crisis": (
        "Crisislijnen, nu bereikbaar: {lines}",
        "Crisis lines, reachable now: {lines}",
    ),
    # a broken catalogue of 30,000 files printed 30,000 errors before the result (r45)
    "safety_mode_more": (
        "... en nog {n} fout(en); `steunwijzer catalog validate` toont ze allemaal.",
        "... and {n} more error(s); `steunwijzer catalog validate` shows them all.",
    ),
    "safety_mode": (
        "De catalogus heeft fouten. Veiligheidsmodus: alleen de veiligheidsvragen en de "
        "landelijke crisislijnen zijn beschikbaar.",
        "The catalogue has errors. Safety mode: only the safety questions and the national "
        "crisis lines are available.",
    ),
    "page.title": (
        "Wegwijzer: hulp en ondersteuning voor studenten",
        "Signpost: help and support for students",
    ),
    "page.crisis": ("Acute nood? Hier kun je direct terecht", "In acute need? Get help right away"),
    "page.cost": ("Kosten", "Cost"),
    "page.who": ("Voor wie", "Who for"),
    "page.reviewed": ("bijgewerkt", "last reviewed"),
    "page.version": ("versie", "version"),
    "page.contents": ("Inhoud", "Contents"),
    "handout_title": ("Jouw vervolgstappen", "Your next steps"),
    "handout_crisis": ("Als het erger wordt", "If things get worse"),
    "handout_intro": (
        "Dit zijn de plekken die we samen hebben gevonden. Begin bij de eerste stap.",
        "These are the places we found together. Start with the first step.",
    ),
    "handout_first": ("Wat je eerst kunt doen", "What to do first"),
    "handout_more": ("Meer plekken waar je terecht kunt", "More places you can turn to"),
    "handout_crisis_intro": (
        "Denk je aan een einde aan je leven, of ben je niet veilig? Je hoeft niet te wachten:",
        "Are you thinking about ending your life, or are you not safe? You do not have to wait:",
    ),
    "handout_crisis_now": (
        "Doe dit nu, je hoeft niet te wachten:",
        "Do this now, you do not have to wait:",
    ),
    "handout_concern": (
        "Maak je je zorgen om iemand anders? Deze lijnen zijn er ook voor jou: bel 113 om "
        "samen te bespreken wat je kunt doen, en 112 als er nu gevaar is. Je hoeft dit niet "
        "alleen te dragen.",
        "Are you worried about someone else? These lines are there for you too: call 113 "
        "to talk through what you can do, and 112 if there is danger now. You do not have "
        "to carry this alone.",
    ),
    "reach_see_next": ("zie de volgende stap", "see the next step"),
    "handout_open": ("Open", "Open"),
    "handout_wait": ("Wachttijd", "Waiting time"),
    "handout_how": ("Wat je doet", "What to do"),
    "handout_contact": ("Contact", "Contact"),
    "handout_terms": ("Wat betekent dat?", "What does that mean?"),
    "step.call": ("Je kunt {name} bellen: {value}.", "You can call {name}: {value}."),
    "step.chat": ("Je kunt chatten met {name}: {value}.", "You can chat with {name}: {value}."),
    "step.email": ("Je kunt {name} mailen: {value}.", "You can e-mail {name}: {value}."),
    "step.url": ("Je vindt {name} op {value}.", "You can find {name} at {value}."),
    "step.address": ("Je kunt langsgaan bij {name}: {value}.", "You can visit {name}: {value}."),
    "step.own_practice": (
        "Je kunt {name} bellen via {value}.",
        "You can call {name} on {value}.",
    ),
    "step.none": (
        "Vraag bij je opleiding hoe je {name} bereikt.",
        "Ask your programme how to reach {name}.",
    ),
    # --- the intake screen (issue 13) -------------------------------------------------
    "question_edit": ("Vraag {n} wijzigen", "Question {n}: change"),
    "question_again": ("Vraag {n} opnieuw", "Question {n} again"),
    "safety_hint": ("ja / nee / weet niet", "yes / no / don't know"),
    "safety_again": (
        "Deze vraag telt voor de veiligheid; vraag het gerust nog een keer. Weet de student "
        "het niet, druk dan nog eens Enter of typ 'weet niet'.",
        "This question matters for safety; feel free to ask it once more. If the student "
        "does not know, press Enter again or type 'don't know'.",
    ),
    "stop_confirm": (
        "Intake stoppen? Er wordt niets bewaard (j/n) ",
        "Stop the intake? Nothing will be saved (y/n) ",
    ),
    "stop_no": ("We gaan verder waar je was.", "Carrying on where you were."),
    "more_prompt": (
        "Enter: verder · m: meer (alle verwijzingen, redenen, tips) ",
        "Enter: continue · m: more (all referrals, reasons, tips) ",
    ),
    "more_hint": (
        "Typ m voor alle verwijzingen, redenen en tips; Enter gaat verder (dan is de "
        "intake klaar).",
        "Type m for all referrals, reasons and tips; Enter continues (the intake is then done).",
    ),
    "page_prompt": (
        "Enter: volgende bladzijde · q: klaar ",
        "Enter: next page · q: done ",
    ),
    "review_page": (
        "Enter: meer antwoorden · of een nummer om te wijzigen ",
        "Enter: more answers · or a number to change ",
    ),
    "why": ("Waarom", "Why"),
    "screen_clear": (
        "Veiligheidsvragen: alle met nee beantwoord, geen acuut signaal.",
        "Safety questions: all answered no; no acute signal.",
    ),
    "sensitive_not_asked": (
        "Niet gesteld in dit gesprek (of overgeslagen): {questions} Vraag het zelf bij twijfel.",
        "Not asked in this intake (or skipped): {questions} Ask it yourself if in doubt.",
    ),
    "why.nothing": (
        "Er is niets herkend dat op een specifieke of acute vraag wijst.",
        "Nothing was recognised that points to a specific or acute need.",
    ),
    # Further reasons, not themes: "(and 4 more)" beside one theme read as four themes;
    # for the same tier: "(and 2 more reasons)" above twelve read as a miscount (r9).
    "why.more": (" (en nog {n} redenen voor dit niveau)", " (and {n} more reasons for this tier)"),
    "why.more_one": (" (en nog 1 reden voor dit niveau)", " (and 1 more reason for this tier)"),
    "why.more_before": (" (en nog {n} redenen)", " (and {n} more reasons)"),
    "why.more_before_one": (" (en nog 1 reden)", " (and 1 more reason)"),
    "reason.yes": ("Je antwoordde ja op {question}", "You answered yes to {question}"),
    "reason.no": ("Je antwoordde nee op {question}", "You answered no to {question}"),
    "reason.unknown": (
        "Geen duidelijk ja of nee (weet niet, twijfel, een nee met een uitzondering) op {question}",
        "No clear yes or no (don't know, doubt, a no with an exception) to {question}",
    ),
    "reason.choice": ("Je gaf aan: {answer}", "You said: {answer}"),
    "reason.choice_to": (
        "Je antwoordde {answer} op {question}",
        "You answered {answer} to {question}",
    ),
    "reason.scale": (
        "Je gaf een {value} (van {low} tot {high}) op {question}",
        "You gave {value} (from {low} to {high}) to {question}",
    ),
    "reason.text": ("In je eigen woorden: {text}", "In your own words: {text}"),
    "reason.resembles": (
        "Geen vaste woorden, wel een gelijkenis (vooral in {words}); vraag ernaar",
        "No fixed wording, but a resemblance (mostly in {words}); ask about it",
    ),
    "reason.asked": ("Gevraagd als onderwerp", "Asked about as a topic"),
    "reason.answers": ("Uit je antwoorden", "From your answers"),
    "crisis_line": ("Crisislijn", "Crisis line"),
    "col.status": ("Status", "Status"),
    "batch_error": ("fout", "error"),
    "batch_error_acute": ("fout + acuut", "error + acute"),
    "batch_row_error": ("regel {line}: {error}", "line {line}: {error}"),
    "col.source": ("Bron", "Source"),
    "status.active": ("actief", "active"),
    "status.inactive": ("niet actief", "inactive"),
    "first_referrals": ("Eerste verwijzingen", "First referrals"),
    # One form per number: "verwijzing(en)", "referral(s)" read like placeholders (two
    # role-plays, round 61). When m works: after the tier question (round 55).
    "more_referrals": (
        "… en nog {n} verwijzingen, met redenen en tips: zie hieronder",
        "… and {n} more referrals, with reasons and tips: see below",
    ),
    "more_referrals_one": (
        "… en nog 1 verwijzing, met redenen en tips: zie hieronder",
        "… and 1 more referral, with reasons and tips: see below",
    ),
    "more_referrals_key": (
        "… en nog {n} verwijzingen, met redenen en tips: typ m na de vraag over het niveau",
        "… and {n} more referrals, with reasons and tips: press m after the tier question",
    ),
    "more_referrals_key_one": (
        "… en nog 1 verwijzing, met redenen en tips: typ m na de vraag over het niveau",
        "… and 1 more referral, with reasons and tips: press m after the tier question",
    ),
    "unknown_note": (
        "Op {n} van de veiligheidsvragen bleef het antwoord open (weet niet, twijfel of een "
        "nee met een uitzondering); vraag er opnieuw naar voordat de student weggaat.",
        "The answers to {n} safety questions stayed open (don't know, doubt, or a no with "
        "an exception); ask again before the student leaves.",
    ),
    "unknown_note_one": (
        "Op 1 van de veiligheidsvragen bleef het antwoord open (weet niet, twijfel of een "
        "nee met een uitzondering); vraag er opnieuw naar voordat de student weggaat.",
        "The answer to 1 safety question stayed open (don't know, doubt, or a no with an "
        "exception); ask again before the student leaves.",
    ),
    "save_failed": (
        "niet opgeslagen: {reason}. De uitkomst staat hierboven; schrijf die over of "
        "probeer het opnieuw met een ander pad.",
        "not saved: {reason}. The result is shown above; copy it, or try again with another path.",
    ),
    "env_lang_unknown": (
        "STEUNWIJZER_LANG={value} is geen bekende taal (nl of en); de uitvoer is in het "
        "Nederlands. / STEUNWIJZER_LANG={value} is not a known language (nl or en); "
        "output is in Dutch.",
        "STEUNWIJZER_LANG={value} is not a known language (nl or en); output is in Dutch.",
    ),
}


_TEXTS.update(CRISIS_TEXTS)

_INTERFACE: list[Lang] = ["nl"]


def set_interface_lang(lang: Lang) -> None:
    """Set by every command's --lang: the language of messages, errors and notes."""
    _INTERFACE[0] = lang


def interface_lang() -> Lang:
    return _INTERFACE[0]


def t(key: str, lang: Lang, **values: object) -> str:
    nl, en = _TEXTS[key]
    text = nl if lang == "nl" else en
    return text.format(**values) if values else text


def emphasis_next_text(
    style: str, themes: Iterable[str], lang: Lang, label: Callable[[str], str]
) -> str:
    """One line: which support comes next for the need's other tier, and why."""
    return t(
        "emphasis_next",
        lang,
        emphasis=t(f"emphasis_short.{style}", lang),
        themes=", ".join(label(x) for x in themes),
        why=t(f"why.{style}", lang),
    )
