"""The texts said beside an answer while a question is asked again or read, in Dutch and
English: the safety screen asked once more after what the student said, what an answer
was read as, a question about the student answered about someone else. Merged into the
crisis texts (texts_crisis.py), which texts.py merges in."""

from __future__ import annotations

ASKING_TEXTS: dict[str, tuple[str, str]] = {
    # A safety answer changed to no: which first answer, not "first yes or don't know"
    # (role-plays, round 62: the counsellor had corrected the tool's own "don't know",
    # and read the reason as the tool counting its misreading against the student).
    "reason.taken_back_yes": (
        "Vraag er opnieuw naar: eerst ja, later veranderd in nee, op {question}",
        "Ask about it again: first yes, later changed to no, to {question}",
    ),
    # A safety answer before the window asked about (core/answer_past.py, round 63).
    "reason.earlier": (
        "Eerder wel, niet in de gevraagde periode (een eerdere poging of eerdere gedachten "
        "wegen mee), op {question}",
        "Earlier, not in the period asked about (an earlier attempt or earlier thoughts "
        "count), to {question}",
    ),
    # A risk to life told as past in own words, on the first screen (round 63).
    "past_note": (
        "Eerder gebeurd, zo verteld: {past}. Een eerdere poging of zelfbeschadiging weegt "
        "mee: vraag hoe het nu is en spreek een vervolg af.",
        "Told as past: {past}. An earlier attempt or self-harm counts: ask how it is "
        "now and agree on a follow-up.",
    ),
    # The panel when the only risk is an earlier attempt or earlier thoughts (round 63).
    "crisis_soon_earlier": (
        "Eerder wel, nu niet: een eerdere poging of eerdere gedachten wegen mee. Vraag hoe "
        "het nu gaat, wie er nu helpt (een behandelaar?) en wat de student doet als het "
        "weer zwaar wordt; spreek een vervolg af. Bij twijfel: vandaag de huisarts of 113.",
        "Earlier, not now: an earlier attempt or earlier thoughts count. Ask how it is "
        "now, who helps now (a therapist?) and what the student does if it gets hard "
        "again; agree on a follow-up. If in doubt: the GP or 113 today.",
    ),
    "reason.taken_back_earlier": (
        "Vraag er opnieuw naar: eerst eerder wel, later veranderd in nee, op {question}",
        "Ask about it again: first earlier, not now, later changed to no, to {question}",
    ),
    "reason.taken_back_unknown": (
        "Vraag er opnieuw naar: eerst gelezen als weet niet, later veranderd in nee, op {question}",
        "Ask about it again: first read as don't know, later changed to no, to {question}",
    ),
    # What a valid answer is, said when an answer did not fit (moved from texts.py in
    # round 61 to keep it under 400 lines).
    "enter_skips": ("(of Enter om over te slaan)", "(or Enter to skip)"),
    "enter_keeps": ("(of Enter: [{answer}] blijft staan)", "(or Enter to keep [{answer}])"),
    "expect.yes_no": (
        "Typ ja of nee (of Enter om over te slaan).",
        "Type yes or no (or Enter to skip).",
    ),
    "expect.safety": (
        "Typ ja, nee of weet niet. Twijfel of 'misschien' telt als weet niet, nooit als nee.",
        "Type yes, no or don't know. Doubt or 'maybe' counts as don't know, never as no.",
    ),
    "expect.choice": (
        "Typ een nummer van 1 tot {n} of het antwoord in woorden (of Enter om over te slaan).",
        "Type a number from 1 to {n} or the answer in words (or Enter to skip).",
    ),
    "expect.multi": (
        "Typ een of meer nummers van 1 tot {n}, met komma's ertussen (of Enter om over te slaan).",
        "Type one or more numbers from 1 to {n}, separated by commas (or Enter to skip).",
    ),
    "expect.scale": ("Typ een getal van {min} tot {max}.", "Type a number from {min} to {max}."),
    "expect.text": (
        "Dat is te lang; houd het onder {limit} tekens.",
        "That is too long; keep it under {limit} characters.",
    ),
    # "eerder ‘nee’" read as the answer before the change, which was "ja" (a role-play,
    # round 27, P22); "net ‘nee’, na wat de student eerder vertelde" had the order the
    # wrong way round when the own words came last (round 28, R5): no order is said.
    "recheck_note": (
        # words at another question too, not only own words (a role-play, round 45)
        # and in the words beside the "no" itself: "no... I mean what's the point" (r66)
        "Het antwoord op deze vraag was ‘nee’, maar iets wat de student zelf vertelde (in "
        "eigen woorden, bij deze of bij een andere vraag) wijst op iets anders: vraag dit "
        "nog één keer, rustig, en typ het antwoord van nu.",
        "The answer to this question was 'no', but something the student said (in their "
        "own words, at this or at another question) points to something else: ask this "
        "once more, calmly, and type the answer given now.",
    ),
    "read_as": ("→ gelezen als: {answer}", "→ read as: {answer}"),
    # A refusal is doubt, never a no, and the counsellor hears that it was one (round 65).
    "declined": (
        "De student antwoordt hier liever (nog) niet. Zeg waarom je het vraagt, en vraag "
        "het later in het gesprek nog eens.",
        "The student would rather not answer this (yet). Say why you ask, and ask again "
        "later in the conversation.",
    ),
    # "het gaat niet over mij maar over mijn huisgenoot" at the first safety question
    # was only "Dat antwoord past niet" (a role-play, round 42, intake 6).
    "about_another": (
        "Deze vraag gaat over de student zelf. Zorgen om iemand anders komen straks aan bod, "
        "in eigen woorden; bij gevaar voor die persoon nu: bel 112 of 113.",
        "This question is about the student. Worries about someone else come later, in "
        "their own words; if that person is in danger now: call 112 or 113.",
    ),
    # The note in full at the first question asked again, shorter at the next ones: three
    # times the same three lines pushed the questions off a small screen (round 46).
    # The same for an answer left open: the student said more since (round 65).
    "recheck_open_note": (
        "Deze vraag bleef open (weet niet), maar wat de student daarna zei gaat erover: vraag "
        "het nog één keer, rustig, en typ het antwoord van nu.",
        "This question was left open (don't know), but what the student said since is about "
        "it: ask it once more, calmly, and type the answer given now.",
    ),
    "recheck_open_again": (
        "Ook deze vraag bleef open: vraag het nog één keer, rustig.",
        "This one was left open too: ask it once more, calmly.",
    ),
    "recheck_again": (
        "Ook hier was het antwoord ‘nee’: vraag dit nog één keer, rustig.",
        "Here too the answer was 'no': ask this once more, calmly.",
    ),
    # From a pipe, what no intake is: 2 GB of one line, or one answer refused for ever
    # (a hostile round, round 46, P4, P6; render/piped.py).
    "piped_too_long": (
        "Gestopt: een regel van meer dan 1 MiB op standaardinvoer; geen antwoord is zo lang.",
        "Stopped: a line of more than 1 MiB on standard input; no answer is that long.",
    ),
    "piped_too_many": (
        "Gestopt: meer dan {n} antwoorden van standaardinvoer en de intake is niet klaar; "
        "wordt hetzelfde antwoord steeds herhaald?",
        "Stopped: more than {n} answers from standard input and the intake is not done; "
        "is the same answer repeated over and over?",
    ),
    "heard_review": (
        "Dat was geen nummer, maar wat de student zei is meegenomen ({themes}).",
        "That was no number, but what the student said has been noted ({themes}).",
    ),
    "heard_none": (
        "Gelezen als woorden van de student: geen nieuw acuut signaal herkend. Twijfel je, "
        "stel dan de veiligheidsvragen.",
        "Read as the student's words: no new acute signal recognised. In doubt, ask the "
        "safety questions.",
    ),
}
