"""The texts of the crisis panel and of stopping after it, in Dutch and English. Kept
apart from texts.py (which merges them in) because they are what a counsellor reads with
a student at risk: reviewed together, changed together."""

from __future__ import annotations

from steunwijzer.present.texts_asking import ASKING_TEXTS
from steunwijzer.present.texts_sexual import SEXUAL_TEXTS

CRISIS_TEXTS: dict[str, tuple[str, str]] = {
    **ASKING_TEXTS,
    **SEXUAL_TEXTS,
    # A yes changed to no in the review stays a finding until the counsellor lowers the
    # tier with a reason (round 12). What to do comes first: the first screen cuts the
    # why line after two lines, and "ask about it…" was cut (a role-play, round 36, R2).
    "reason.taken_back": (
        "Vraag er opnieuw naar: eerst ja of weet niet, later veranderd in nee, op {question}",
        "Ask about it again: first yes or don't know, later changed to no, to {question}",
    ),
    "reason.taken_back_choice": (
        "Vraag er opnieuw naar: eerst {first}, later een ander antwoord, op {question}",
        "Ask about it again: first {first}, later another answer, to {question}",
    ),
    "reason.left_out": (
        "Je antwoordde {first} op {question}; die vraag viel later weg toen een eerder "
        "antwoord veranderde",
        "You answered {first} to {question}; the question fell away later, when an earlier "
        "answer changed",
    ),
    "review_first": ("eerst {answer}", "first {answer}"),
    "review_maybe": ("misschien (open gelaten)", "maybe (left open)"),
    "acute_kept": (
        "Er is een acuut signaal: de crisislijnen blijven bovenaan staan.",
        "There is an acute signal: the crisis lines stay at the top.",
    ),
    "acute_kept_other": (
        "Er is een acuut signaal: de verwijzingen blijven zoals ze waren ingedeeld, met de "
        "crisislijnen als vangnet eronder.",
        "There is an acute signal: the referrals stay as they were classified, with the "
        "crisis lines as a safety line below them.",
    ),
    "tips.safety": (
        "eerst, voor de veiligheid",
        "first, for safety",
    ),
    "choose_one": (
        "Kies één nummer: wat nu het zwaarst weegt. Het andere kan de student in eigen "
        "woorden noemen, aan het eind.",
        "Choose one number: what weighs most now. The student can name the other in their "
        "own words, at the end.",
    ),
    # A handout with no date and nowhere to write the next appointment was edited by hand
    # before it was given (a role-play, round 27, P18). A date says nothing of who.
    "handout_dated": (
        "Opgesteld op {date}. Volgende afspraak: ..........................",
        "Made on {date}. Next appointment: ..........................",
    ),
    # "afronden" before a crisis panel said only "that answer does not fit" (a role-play,
    # round 27, Q27): it is offered at and after the panel; Enter skips a question.
    "finish_not_yet": (
        "Afronden kan pas na een acuut signaal. Enter slaat deze vraag over; 'b' gaat terug.",
        "Finishing early is offered after an acute signal. Enter skips this question; 'b' "
        "goes back.",
    ),
    "why.heard": (
        "gehoord bij een antwoord, niet bevestigd: vraag ernaar",
        "heard beside an answer, not confirmed: ask about it",
    ),
    "paste_joined": (
        "→ {n} regels in één keer geplakt: samen gelezen als één antwoord",
        "→ {n} lines pasted at once: read together as one answer",
    ),
    "paste_more": (
        "Deze regel is misschien afgekapt: een terminal neemt zo'n 4.000 tekens per regel. "
        "Plak of typ het vervolg (Enter als er niets meer komt).",
        "This line may have been cut: a terminal takes about 4,000 characters per line. "
        "Paste or type the rest (Enter if there is no more).",
    ),
    "read_maybe": (
        "→ gelezen als: misschien. Open gelaten; de vragen hierna maken het concreter.",
        "→ read as: maybe. Left open; the next questions make it more concrete.",
    ),
    "read_skipped": (
        "→ gelezen als: overgeslagen (Enter doet hetzelfde; 'b' gaat terug)",
        "→ read as: skipped (Enter does the same; 'b' goes back)",
    ),
    # With a default in brackets Enter keeps it: "Enter doet hetzelfde" was untrue there
    # (round 40's second role-play).
    "read_skipped_default": (
        "→ gelezen als: overgeslagen ('b' gaat terug)",
        "→ read as: skipped ('b' goes back)",
    ),
    # "Dat was geen antwoord" was untrue where the answer named a choice among other words
    # ("familie. en ik durf vanavond niet naar huis": a role-play, round 61).
    "unfit_heard": (
        "Wat de student zei is meegenomen ({themes}). Het antwoord op deze vraag zelf "
        "staat nog open; typ alleen dat deel:",
        "What the student said has been noted ({themes}). The answer to this "
        "question itself is still open; type just that part:",
    ),
    "crisis_why": ("Aanleiding: {why}", "Because: {why}"),
    "crisis_title": ("Acuut signaal — eerst veiligheid", "Acute signal — safety first"),
    "crisis_now": (
        "Blijf bij de student. Bespreek samen wie jullie nu bellen.",
        "Stay with the student. Decide together whom you call now.",
    ),
    "crisis_now_self_harm": (
        "Blijf rustig bij de student: zelfbeschadiging is vaak een manier om spanning te "
        "hanteren. Vraag of de wonden verzorgd zijn en, los daarvan, naar gedachten aan de "
        "dood. 113 is er ook voor zelfbeschadiging.",
        "Stay calmly with the student: self-harm is often a way of coping with tension. Ask "
        "whether the wounds are cared for and, separately, about thoughts of death. 113 is "
        "there for self-harm too.",
    ),
    "crisis_now_self_harm_unclear": (
        "Het antwoord was niet duidelijk. Vraag rustig en zonder oordeel wat de student "
        "bedoelt. Vertelt de student dat die zichzelf pijn doet, vraag dan of er wonden "
        "zijn die verzorging nodig hebben en, los daarvan, naar gedachten aan de dood. 113 "
        "is er ook voor zelfbeschadiging.",
        "The answer was not clear. Ask calmly and without judgement what the student "
        "means. If the student tells you they hurt themselves, ask whether any wounds "
        "need care and, separately, about thoughts of death. 113 is there for self-harm "
        "too.",
    ),
    "crisis_soon": (
        "Tot nu toe geen direct gevaar gemeld, wel een risico. Stel de rest van de "
        "veiligheidsvragen, bespreek samen veiligheid (plannen, middelen, wie er kan "
        "helpen) en regel vandaag contact met 113 of de huisarts, voordat de student weggaat.",
        "No immediate danger reported so far, but a risk. Finish the safety questions, talk "
        "about safety together (plans, means, who can help) and arrange contact with 113 or "
        "the GP today, before the student leaves.",
    ),
    "crisis_soon_guess": (
        "Wat de student zei toont een gelijkenis met gedachten aan de dood, zonder duidelijke "
        "woorden. Vraag er rustig naar, met de veiligheidsvragen. Blijkt er een risico, "
        "bespreek dan samen veiligheid en regel vandaag contact met 113 of de huisarts.",
        "What the student said may be about thoughts of death, though not in so many "
        "words. Ask about it calmly, with the safety questions. If there is a risk, talk "
        "about safety together and arrange contact with 113 or the GP today.",
    ),
    "result_now": (
        "Direct gevaar: laat de student niet alleen en bel nu samen 113 of 112. Is er al "
        "iets ingenomen of gedaan: bel 112 en houd de student wakker.",
        "Immediate danger: do not leave the student alone; call 113 or 112 together now. "
        "If something has already been taken or done: call 112 and keep the student awake.",
    ),
    "result_now_lowered": (
        # (not "er was een plan": a doubt at the question about an attempt reaches this
        # too, and a student with no plan read that he had one: round 62's role-play)
        "De urgentie blijft direct: een antwoord wees op een plan, een middel, een "
        "voorbereiding of een poging, of liet dat open. Laat de student niet alleen tot er "
        "met 113 of 112 is gebeld; een lager niveau of een teruggenomen antwoord ('grapje', "
        "'laat maar') maakt dat risico niet kleiner.",
        "Urgency stays immediate: an answer pointed to a plan, a means, a preparation or an "
        "attempt, or left that open. Do not leave the student alone until 113 or 112 has "
        "been called; a lower tier or an answer taken back ('just kidding', 'never mind') "
        "does not make that risk smaller.",
    ),
    "handout_keep_safe": (
        "Neem dit alleen mee als dat veilig is. Kijkt iemand mee in je telefoon of je "
        "spullen, onthoud dan alleen het nummer dat je als eerste nodig hebt.",
        "Only take this with you if that is safe. If someone checks your phone or your "
        "things, remember only the number you need first.",
    ),
    "handout_keep_safe_note": (
        "Let op: vraag de student of dit briefje veilig mee naar huis kan.",
        "Note: ask the student whether this page can safely go home with them.",
    ),
    "result_now_other": (
        "Direct gevaar voor iemand anders: help de student nu 112 of 113 te bellen voor die "
        "persoon, en blijf bij de student.",
        "Immediate danger to someone else: help the student call 112 or 113 for that person "
        "now, and stay with the student.",
    ),
    # Danger now or tonight: "ik durf vanavond niet naar huis" said "call 112 now" to a
    # student safe in the room (a role-play, round 42, intake 5); 112 is for danger now.
    "result_now_unsafe": (
        "Gevaar nu of vannacht: is er op dit moment gevaar, bel nu 112. Laat de student "
        "niet gaan zonder een veilige plek.",
        "Danger now or tonight: if there is danger at this moment, call 112 now. Do not let "
        "the student leave without a safe place.",
    ),
    "crisis_immediate": (
        "Direct gevaar: bel nu 112 of 113 en laat de student niet alleen.",
        "Immediate danger: call 112 or 113 now and do not leave the student alone.",
    ),
    "crisis_immediate_unsafe": (
        "Gevaar nu of vannacht: is er op dit moment gevaar (iemand wacht, dreigt of is "
        "onderweg), bel nu 112. Anders: laat de student niet gaan zonder een veilige plek "
        "en regel samen waar die kan slapen; de lijnen hieronder denken dag en nacht mee.",
        "Danger now or tonight: if there is danger at this moment (someone waiting, "
        "threatening or on the way), call 112 now. Otherwise: do not let the student leave "
        "without a safe place and arrange together where to sleep; the lines below help "
        "day and night.",
    ),
    "crisis_immediate_other": (
        "Direct gevaar voor iemand anders: help de student nu 112 of 113 te bellen voor die "
        "persoon.",
        "Immediate danger to someone else: help the student call 112 or 113 for that person now.",
    ),
    "crisis_now_other": (
        "Ga samen na of die persoon nu bereikbaar is en wie er bij kan zijn; geen reactie "
        "en zorgen om het leven: bel 112. Ook voor de student weegt dit zwaar.",
        "Find out together whether that person can be reached now and who can be with "
        "them; no answer and worry for their life: call 112. This is hard for the student "
        "too.",
    ),
    "crisis_choice": (
        "Afronden (a), terug (b) of doorgaan met de intake (d)?",
        "Finish (f), back (b) or continue the intake (c)?",
    ),
    "crisis_hint": (
        "Typ a om af te ronden, d (of Enter) om door te gaan, of b om het antwoord te "
        "wijzigen (een eerste ja of 'weet niet' blijft op de uitkomst staan).",
        "Type f to finish, c (or Enter) to continue, or b to change the answer (a first "
        'yes or "don\'t know" stays on the result).',
    ),
    "at_line": ("regel {n}", "line {n}"),  # beside a batch row's id (round 19)
    "keep_unseen": (
        "let op: --keep {names}: geen enkele rij heeft die kolom of sleutel (een tikfout?); "
        "elke rij kreeg er een lege waarde voor",
        "note: --keep {names}: no row has that column or key (a typo?); every row got an "
        "empty value for it",
    ),
    "input_read_as": (  # round 48: a CSV named .jsonl (a hostile round, round 46, P7)
        "let op: {name} is gelezen als {fmt}: zo ziet de inhoud eruit, de extensie zegt iets "
        "anders (kies zelf met --input-format)",
        "note: {name} was read as {fmt}: that is what its content is, whatever its extension "
        "says (choose with --input-format)",
    ),
    "batch_stopped": (
        "Gestopt na {rows} rij(en): {output} is niet geschreven.",
        "Stopped after {rows} row(s): {output} was not written.",
    ),
    "batch_stopped_stdout": (
        "Gestopt na {rows} rij(en): de uitvoer hierboven is niet volledig.",
        "Stopped after {rows} row(s): the output above is incomplete.",
    ),
    "broke_crisis": (
        "Er is geen uitkomst gemaakt. Bij een risico voor leven of veiligheid: {lines}",
        "No result was made. Should there be a risk to life or safety: {lines}",
    ),
    "unwritten_acute": (
        "Rijen met een risico voor leven of veiligheid, niet weggeschreven: {rows}",
        "Rows with a risk to life or safety, not written: {rows}",
    ),
    "stopped_acute_stdout": (
        "Rijen met een risico voor leven of veiligheid tot het stoppen (kijk of ze in de "
        "uitvoer staan): {rows}",
        "Rows with a risk to life or safety up to the stop (check they are in the output): {rows}",
    ),
    "refused_acute_rows": (
        "Rijen met een risico voor leven of veiligheid (de opdracht is niet uitgevoerd): {rows}",
        "Rows with a risk to life or safety (the command was not run): {rows}",
    ),
    "refused_row_shown": (" (rij {id}{line})", " (row {id}{line})"),  # the row shown below
    "refused_other_rows": (
        "Rijen met een ander acuut signaal (de opdracht is niet uitgevoerd): {rows}",
        "Rows with another acute signal (the command was not run): {rows}",
    ),
    "stopped_first_help": (
        "Wat de uitkomst als eerste had genoemd:",
        "What the result would have named first:",
    ),
    # the intake's first words (round 40: both role-plays found the opening cold)
    "intro": (
        "Neem de tijd: er zijn geen foute antwoorden. Eerst drie vragen over veiligheid die "
        "iedereen krijgt (meer alleen na een ja of twijfel); vertel de student dat, en dat "
        "er niets wordt bewaard tenzij jullie dat willen. Enter slaat een vraag over (of "
        "houdt wat tussen [ ] staat), '?' geeft uitleg, 'b' gaat terug.",
        "Take your time: there are no wrong answers. First, three safety questions that "
        "everyone is asked (more only after a yes or a doubt); tell the student so, and that "
        "nothing is kept unless you both want it. Enter skips a question (or keeps what is "
        "in [ ]), '?' shows help, 'b' goes back.",
    ),
    "intro_example": (
        "Let op: deze catalogus bevat een voorbeeldinstelling; adressen op .example zijn "
        "verzonnen. De landelijke hulplijnen zijn echt.",
        "Note: this catalogue holds an example institution; addresses ending in .example "
        "are made up. The national help lines are real.",
    ),
    "broke_answers": (
        "Er is niets bewaard. Zo ver was de intake (neem het over of begin opnieuw):",
        "Nothing was saved. This is how far the intake had come (copy it or start again):",
    ),
    # stopping or lowering after a risk (round 11)
    "stop_confirm_acute": (
        "Intake stoppen? Er was een acuut signaal; bij stoppen worden de crisislijnen getoond. "
        "Er wordt niets bewaard (j/n) ",
        "Stop the intake? There was an acute signal; stopping shows the crisis lines. "
        "Nothing will be saved (y/n) ",
    ),
    "reason_words": (
        "Schrijf in een paar woorden waarom; de reden komt in het verslag. Het niveau is "
        "niet verlaagd.",
        "Say why in a few words; the reason goes into the record. The tier was not lowered.",
    ),
    "override_confirm_risk": (
        # "gemeld" where only a word resembled a risk was not true (a role-play, r27, Q24)
        "Let op: er is een (mogelijk) risico voor leven of veiligheid gevonden. Toch "
        "verlagen naar {tier}? (j/n)",
        "Note: a (possible) risk to life or safety was found. Lower to {tier} anyway? (y/n)",
    ),
    "override_kept": ("Het niveau blijft zoals het was.", "The tier stays as it was."),
    "override_kept_words": (
        "Dat was geen j: niet verlaagd, en wat je typte is niet bewaard. Toch verlagen? "
        "Typ hieronder het niveau opnieuw, dan j, dan de reden (Enter: laten zo).",
        "That was no y: not lowered, and what you typed was not kept. Lower it anyway? "
        "Type the tier again below, then y, then the reason (Enter: leave it).",
    ),
    "override_heard": (
        "Dat was geen niveau, maar wat de student zei is meegenomen ({themes}). "
        "Hierboven de uitkomst daarmee.",
        "That was no tier, but what the student said has been noted ({themes}). "
        "The result above includes it.",
    ),
    "override_heard_none": (
        "Dat was geen niveau. Gelezen als woorden van de student: geen nieuw acuut signaal "
        "herkend, de uitkomst is niet veranderd. Twijfel je, stel dan de veiligheidsvragen.",
        "That was no tier. Read as the student's words: no new acute signal recognised, "
        "the result is unchanged. In doubt, ask the safety questions.",
    ),
    "heard_panel": (
        "Wat de student zei is meegenomen ({themes}); de lijnen hierboven gelden ook daarvoor.",
        "What the student said has been noted ({themes}); the lines above apply to it.",
    ),
    # A risk to life or safety at urgency "soon": the box says "vandaag, voordat de
    # student weggaat", the result said only "snel", read as "within a few days" (four
    # role-plays, round 56).
    "urgency.soon_today": ("snel, vandaag regelen", "soon, arrange it today"),
    "crisis_soon_screened": (
        "Tot nu toe geen direct gevaar gemeld, wel een risico. Bespreek samen veiligheid "
        "(plannen, middelen, wie er kan helpen) en regel vandaag contact met 113 of de "
        "huisarts, voordat de student weggaat.",
        "No immediate danger reported so far, but a risk. Talk about safety together "
        "(plans, means, who can help) and arrange contact with 113 or the GP today, before "
        "the student leaves.",
    ),
    "crisis_soon_unsafe": (
        "Tot nu toe geen direct gevaar gemeld, wel onveiligheid. Bespreek samen waar de "
        "student vannacht veilig is en wie kan helpen; Veilig Thuis of de politie geven "
        "advies, bij direct gevaar bel je 112. Vraag ook of er anderen in gevaar zijn.",
        "No immediate danger reported so far, but the student is not safe. Talk together "
        "about where the student is safe tonight and who can help; Veilig Thuis or the "
        "police give advice, and in immediate danger you call 112. Also ask whether anyone "
        "else is in danger.",
    ),
    "finish_hint": (" · 'afronden': meteen naar de uitkomst", " · 'finish': to the result now"),
    # A single choice said nothing under its options ("  >" alone: a role-play, round 24).
    "choice_hint": ("een nummer, of het antwoord in woorden", "a number, or the answer in words"),
    # The hint offers words too; the error said numbers only (a role-play, round 36, R9).
    "hours_unknown": ("tijden niet opgegeven", "hours not given"),
    "expect.choice2": (
        "Typ 1 of 2, of het antwoord in woorden (of Enter om over te slaan).",
        "Type 1 or 2, or the answer in words (or Enter to skip).",
    ),
    # An acute theme taken from the words beside an answer ("yeah.. if I fail again I lose
    # my visa") showed only pages later in the result (a role-play, round 24).
    "heard_aside": (
        "→ ook meegenomen uit wat de student erbij zei: {themes}",
        "→ also noted from what the student said with it: {themes}",
    ),
    "heard_noted": (
        "→ ook gehoord, nog niet meegeteld: {themes} (bevestig het bij de vraag 'in je "
        "eigen woorden')",
        "→ also heard, not counted yet: {themes} (confirm it at the question 'in your own words')",
    ),
    # ... after the own words: shown with the result, not counted (round 29, K5)
    "heard_later": (
        "→ ook gehoord, niet meegeteld: {themes} (staat bij de uitkomst)",
        "→ also heard, not counted: {themes} (shown with the result)",
    ),
    "heard_earlier": ("(eerder gehoord)", "(heard earlier)"),
    "why.nothing_heard": (
        "Niets meegeteld, maar wel gehoord en niet bevestigd: {heard}. Vraag ernaar.",
        "Nothing counted, but heard and not confirmed: {heard}. Ask about it.",
    ),
    "heard_note": (
        "Gehoord, niet bevestigd: {heard}. Vraag ernaar.",
        "Heard, not confirmed: {heard}. Ask about it.",
    ),
    "heard_to_confirm": (
        "Eerder gehoord, nog niet meegeteld. Klopt het?",
        "Heard earlier, not counted yet. Is it right?",
    ),
    "crisis_more_places": (
        "… en nog {n} die nu kunnen helpen: zie de uitkomst.",
        "… and {n} more that can help now: see the result.",
    ),
}
