# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from an outsiders' set of messages that say a risk quietly (set123,
round 43), after it was measured unseen: one way out, how calm it would be if it all
stopped, a rope held every evening, a bike ridden under a truck, and a body part broken
by someone at home. Each family is written for what it says, with its harmless
neighbours in mind ("ik zie maar één oplossing: een bijbaan", "I broke my wrist
skiing", "ik zet mijn fiets tegen de muur"), not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads it.
"""

from __future__ import annotations

_PERSON_EN = "he|she|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|boyfriend|girlfriend|partner|husband|wife|ex|uncle"
_BODY_EN = "wrist|wrists|arm|arms|nose|rib|ribs|jaw|finger|fingers|hand|leg|cheekbone|tooth|teeth|collarbone|shoulder|skull|eye_socket|ankle"
_PERSON_NL = "hij|vader|pa|papa|moeder|ma|mama|stiefvader|stiefmoeder|broer|vriend|vriendje|vriendin|partner|ex|oom|man"
_BODY_NL = "pols|polsen|arm|armen|neus|rib|ribben|kaak|vinger|vingers|hand|been|jukbeen|tand|tanden|sleutelbeen|schouder|schedel|oogkas|enkel"

SUICIDAL_NL: tuple[str, ...] = (
    # one way out ("eerlijk gezegd zie ik maar één uitweg"), not "geen uitweg" (elsewhere)
    "zie|zag|is|er_is ..2 maar|nog|nog_maar|alleen_nog|nog_één ..1 één|een|1 ..1 uitweg",
    # how calm it would be if everything stopped ("hoe rustig het zou zijn als alles
    # gewoon stopt"); not a break that is wished for ("als alles even stilstaat")
    "rustig|fijn|heerlijk|stil|vredig|makkelijk ..4 zou ..4 als ..3 alles|het_allemaal ..2 gewoon|voorgoed|helemaal? ..1 stopt|ophoudt|ophield|stopte|stoppen|ophouden",
    # a rope held, night after night ("zit al 2 weken elke avond met een touw in mn handen")
    "!touw|strop ..3 in ..2 mijn|mn|m'n|de ..1 hand|handen",
    # a bike or a car under a truck, wished ("ik wil met mijn fiets onder een vrachtwagen")
    # a date chosen, said beside a farewell ("een gekozen datum (14 juni) ... afscheid van
    # familie", a tutor's note in set124)
    "!gekozen|vastgestelde|geprikte ..1 datum|dag & afscheid|laatste_week|laatste_dag|vaarwel|sorry",
    "!datum|dag ..3 gekozen|geprikt|vastgesteld|uitgekozen & afscheid|laatste_week|vaarwel|sorry|maak_je_geen_zorgen",
    # a day in mind, said right after it ("ik heb een dag in mijn hoofd"); not "ik zit er
    # de hele dag mee in mijn hoofd" (set125: lexicon_phrasings has the chosen date)
    "!dag ..0 in_gedachten|in_mijn_hoofd $ & ik|mijn|m'n",
    # the last block, "not only the study: everything"; all arranged, "don't worry about
    # me" (set125, round 44)
    "niet ..1 alleen|enkel ..2 qua|met|de|wat ..1 studie|school|opleiding|uni ..4 gewoon|maar ..1 alles|met_alles",
    "alles|het_allemaal|het_goed|goed ..3 geregeld|geregelt|op_orde ..6 geen ..1 zorgen ..2 om|over ..1 mij|me",
    "bedankt|dankjewel|dank_je|dank_u ..3 voor ..3 alles|vertrouwen|geloven|er_zijn|altijd ..8 sorry|spijt ..4 teleurgesteld|teleurstel|laat_vallen|tekort_gedaan",
    "wil|wou|zou|zin|neiging|drang ..6 fiets|auto|scooter|brommer ..3 onder ..2 een|de ..1 vrachtwagen|trein|bus|tram|auto|tegenligger",
    # round 51's indirect risks: "na volgende week hoeft niemand zich meer zorgen om mij te
    # maken"; things given away that a brother "straks meer nodig heeft dan ik"; a will
    "niemand ..3 zich ..1 meer ..2 zorgen ..2 om|over ..1 mij|me",
    "hoeven|hoeft ..3 geen ..1 zorgen ..1 meer ..2 om|over ..1 mij|me & na|straks|binnenkort|vanaf|volgende",
    "gegeven|weggegeven|gegeven_aan ..8 meer ..1 nodig ..2 dan ..1 ik|mij",
    "testament ..4 opstellen|maken|regelen|schrijven & geregeld|voor_het_einde|voor_eind|niks_dramatisch|juiste_mensen",
)
SUICIDAL_EN: tuple[str, ...] = (
    "only|just|see|seeing ..3 one ..1 way ..1 out",
    "how ..1 peaceful|calm|quiet|nice|easy ..4 would ..4 if ..3 everything|it_all|all ..2 just? ..1 stopped|ended|stops|ends",
    "!rope|noose ..3 in ..2 my|the ..1 hand|hands|lap",
    # a date picked, and nothing more said ("picked a date. dont worry about it": set124)
    "picked|chose|chosen ..2 a|the|my ..1 date|day $",
    # (set125, round 44) "not just uni, everything"; all sorted, "don't worry about me"; a
    # thank-you with "sorry I let you down", the message a goodbye
    "not ..1 just|only ..2 uni|school|studies|study|the_degree|college|my_degree ..4 everything|all_of_it|life",
    "everything|it_all|all ..3 sorted|arranged|taken_care_of|in_order ..6 don't|dont|do_not|no_need_to ..3 worry ..2 about ..1 me",
    "sorted|arranged|organised|organized ..2 everything|it_all ..8 don't|dont|do_not|no_need_to ..3 worry ..2 about ..1 me",
    "thanks|thank_you|thank ..3 for ..3 everything|believing|being_there|all|always ..8 sorry ..4 let ..2 you|everyone|anyone|u ..1 down",
    # "I've stopped caring whether I wake up tomorrow" (set128, round 45)
    "stopped|stop ..1 caring ..2 whether|if ..2 i ..1 wake|survive|make_it|die|live_or_die",
    # not around after a date ("not really planning on being around after christmas")
    "not|no ..3 planning|plan|planning_on|going|gonna ..3 being|be ..1 around ..2 after|by|past|for|next|much|long|anymore",
    # a message to everyone, timed to go out later (set26: "I wrote a message to all my
    # friends and scheduled it to send on Friday. I just need to get through the week.")
    "wrote|written|write|writing ..4 message|letter|note|email|mail ..4 to ..2 all|everyone ..2 my? ..1 friends|family|people & scheduled|schedule|timed|send_on|sent_on|when_i'm_gone|after_i'm_gone",
    # round 51's indirect risks: a will made at twenty with everything sorted before the
    # month's end ("nobody will have to worry about me" is in the floor since round 9)
    "making|make|write|writing ..2 a ..1 will|testament & sorted|before_the_end|end_of_this_month|nothing_dramatic|right_people",
)
# Hitting one's own body until it bruises (round 51's dictated intakes: "I like hit my own
# legs really hard when I'm angry at myself until they're bruised").
SELF_HARM_NL: tuple[str, ...] = (
    "sla|sloeg|slaan|stomp|stompte ..2 mezelf|mijzelf & blauw|blauwe|plekken|tot|boos|hard|straf|pijn",
    "ik ..2 sla|sloeg|stomp|stompte ..3 m'n|mijn|mn ..1 eigen? ..1 benen|been|armen|arm|bovenbenen|buik|lijf & blauw|blauwe|plekken|tot|boos|straf|mezelf|expres|verdien",
    # plasters bought, "geen ongelukjes" (round 51's indirect risks)
    "pleisters|verband|gaasjes & geen_ongelukjes|geen_ongeluk|geen_ongelukken|niet_per_ongeluk|expres|verbergen|verstop",
)
SELF_HARM_EN: tuple[str, ...] = (
    "i|i've ..3 hit|hitting|punch|punching|slap|slapping|bang|banging ..3 my ..1 own? ..1 legs|leg|arms|arm|thighs|stomach|wrists|body & bruised|bruises|bruise|until|angry|mad|punish|myself|on_purpose|deserve|sometimes|often|keep|again",
    # plasters that are no accidents (round 51's indirect risks)
    "bandaids|plasters|bandages & not_accidents|aren't_accidents|arent_accidents|not_an_accident|on_purpose|hide|hiding",
)
UNSAFE_NL: tuple[str, ...] = (
    "spijt ..3 krijgen|zal_krijgen|gaat_krijgen|krijg & negeren|negeert|negeer|verlaten|verlaat|aangeven|blokkeren|blokkeert|berichten|appjes|dreigt|dreigde",
    # a body part broken or bruised by someone ("mijn vader brak vorig jaar mijn arm");
    # not one's own fall ("ik heb mijn pols gebroken bij het skiën"). Not urgent by
    # itself: it may have been long ago; what the student says of now decides.
    _PERSON_NL + " ..4 brak|breekt|gebroken|kneusde|ontwrichtte ..3 mijn|mn|m'n ..1 " + _BODY_NL,
    _PERSON_NL + " ..3 mijn|mn|m'n ..1 " + _BODY_NL + " ..2 gebroken|gekneusd|ontwricht|brak",
)
UNSAFE_EN: tuple[str, ...] = (
    # a threat for being ignored or left ("messages saying she 'will regret' ignoring him")
    "will|you'll|you_will|gonna|going_to|she'll|shell ..1 regret & ignoring|ignore|leaving|left|reporting|reported|blocking|blocked|him|messages|texts|threatened",
    # "last time he broke my wrist" read as money ("broke"); not "I broke my wrist
    # snowboarding", nor "she broke my heart"
    _PERSON_EN + " ..3 broke|fractured|bruised|dislocated|sprained ..2 my ..1 " + _BODY_EN,
)

# One way out that is a study step, said right after it ("er is maar één uitweg: stoppen
# met deze studie"); never with words between, where a "not" may turn it round ("one way
# out and it's not switching my course").
FIGURES_NL: tuple[str, ...] = (
    # a question how the BSA works or what a switch does to it ("wat dat met mn
    # studiefinanciering en bsa doet": acute for a cheerful switcher, a role-play, round 44)
    "bsa|studiepunten ..1 doet|betekent|inhoudt|werkt",
    "hoe ..2 de|het|die ..1 bsa|studiepunten ..2 werkt|werken",
    "hoe ..1 werkt|werken ..2 de|het|die ..1 bsa",
    # the BSA no issue any more ("bsa is geen issue meer": a role-play, round 45)
    "bsa ..2 is|zijn|vormt ..1 geen ..1 issue|probleem|punt|zorg|risico|gevaar",
    # the BSA points looked up ("ik wil mijn BSA-punten checken in Osiris": set127)
    "bsa|bsa_punten|bsapunten ..1 checken|bekijken|inzien|opzoeken|nakijken|nagaan",
    "wat ..1 betekent|doet|inhoudt ..2 de|het|die|mijn|mn ..1 bsa",
    # all arranged for a move or a trip, "maak je geen zorgen om mij" (not a farewell)
    "geregeld|regel|op_orde ..3 voor ..2 de|het|mijn|m'n|mn ..1 verhuizing|verhuis|reis|vakantie|uitwisseling|tentamens|tentamen|stage|kamer|studie|vlucht",
    # a knee or a laptop that "wil niet meer" ("ik stop met voetbal, de knie wil niet
    # meer": suicidal thoughts in set125, round 44); not "mijn hoofd" or "mijn lijf"
    "knie|knieën|rug|schouder|enkel|heup|pols|laptop|auto|fiets|telefoon|printer|scooter|motor|computer|benen ..1 wil|willen ..1 niet ..1 meer",
    # eating until one feels sick resembled a wish to die (a role-play, round 45)
    "eet|at|eten|vreet ..4 tot ..4 misselijk|kotsmisselijk|buikpijn|niet_meer_kan",
    # letters that jump on the page (set128, round 45)
    "letters|woorden|regels|tekst ..4 springen|rond_te_springen|dansen",
    # a name: "onze band heet Zelfmoordkonijnen" (set126, round 45)
    "band|nummer|liedje|album|film|serie|boek|podcast|game|team|dispuut ..3 heet|heten|genaamd|getiteld ..2 zelfmoord*|suicide*|dood*",
    "één|een|1 ..1 uitweg ..0 stoppen|switchen|verhuizen|lenen|een_lening|een_bijbaan|een_baan|herkansen ..3 studie|opleiding|bijbaan|baan|lening|minor|vak|vakken|school|stage|herkansing|werken",
    # round 51 (a blind set of chat): a summer's bridge jump with friends, cells killed in
    # a practical, "ik lag dood" (laughing)
    "=bruggetje|=bruggetjes ..1 springen|spring|gesprongen",
    "springen|spring ..6 gracht|amstel|water|kanaal|rivier|zee|plas & dispuut|vrienden|vereniging|jaarclub|zomer|feestje|haha|lol|zwemmen|warm|hitte|samen",
    "cellen|bacterien|bacteriën|planten|muizen|vliegen|gist|cultuur|kweek ..3 doodgaan|dood|doden|gaan_dood",
    "ik ..1 lag|lig|lagen ..1 dood|helemaal_dood",
    # things thrown away, not given away ("dreigde voor de grap al mijn spullen weg te gooien")
    "spullen|dingen|kleren|boeken|rommel ..4 weg ..1 te? ..1 gooien|gegooid|gooit|gooide",
)
FIGURES_EN: tuple[str, ...] = (
    # an overdose recognised or treated in training; pads a boxer hits (round 51)
    "recognising|recognizing|recognise|recognize|treating|treat|managing|spotting ..0 an|a|the ..0 overdose",
    "recognising|recognizing|recognise|recognize|treating|treat|managing|spotting ..0 overdoses",
    "pads|mitts|bag|punchbag|punching_bag|targets ..6 hits|punches|kicks ..1 them|it",
    # words cut from a text (round 51's blind set: "i need to cut 500 words from my essay")
    "cut|cutting ..2 10|20|50|100|200|300|400|500|1000|a_few|some|many|hundreds|thousand|half ..1 =words|=pages|=paragraphs|=sentences",
    "cut|cutting ..3 =words|=pages|=paragraphs|=sentences|=chapter|=scene ..2 from|out_of ..2 my|the|our|this ..1 essay|paper|thesis|text|report|draft|script|film",
    # how the BSA works, what a switch means for it (see FIGURES_NL)
    "bsa ..1 works|means|affects|rules|system",
    "bsa ..2 is|isn't|isnt ..1 not|no_longer|no ..1 an? ..1 issue|problem|worry|risk",
    "how ..2 the ..1 bsa ..2 works|work|is_calculated|counts",
    # all sorted for a move or a trip, "don't worry about me" (not a farewell)
    "sorted|arranged|organised|organized|booked ..3 for ..2 the|my ..1 move|trip|holiday|holidays|exchange|exams|exam|internship|flat|room|flight|semester_abroad",
    # a threat over a board game ("Jake threatened to murder Tom over Catan": set125)
    "threatened|threatens|threatening ..4 over|at|during ..1 catan|monopoly|uno|cards|poker|chess|fifa|mario_kart|board_games|a_board_game|the_game|game_night",
    "eat|ate|eating ..3 until|till|til ..4 sick|nauseous|i_feel_sick",
    # a name ("our band is called Suicide Squirrels"); belonging with the places named
    # ("don't belong anywhere anymore, not at home not at uni": set126, round 45)
    "band|song|album|track|film|movie|series|book|podcast|game|team|club ..3 called|named|titled ..2 suicide*|suicidal|death|dead|kill*",
    "belong ..2 anywhere ..1 anymore? ..3 not_at|at_home|at_uni|at_school|in_class|here_or|in_the_netherlands|in_my_family|with_my_family",
    "one ..1 way ..1 out ..0 is ..0 quitting|switching|moving|dropping|a_loan|a_job|resitting ..3 course|degree|programme|program|job|loan|minor|resit|placement|internship|work",
    # round 51's blind set: words of computing ("kill the child process when the parent
    # dies"), a match ended ("im gonna end it all (the match, ...)"), a film so bad one
    # wanted to jump out of the window, what first aid teaches to do when someone took pills
    "parent|child ..1 process|processes|thread|threads|node|nodes ..3 dies|die|died|exits|killed|kill",
    "parent ..0 dies|die|died|exits & process|processes|thread|threads|fork|pid|kernel|operating_systems|zombie|orphan|child_process",
    "end|ending ..2 it ..1 all? ..3 the|this ..1 match|game|round|stream|run|season|series|session|call|lobby",
    "movie|film|lecture|class|show|episode|concert|date|song|match|game ..6 so ..1 bad|boring|cringe|awful|terrible|long ..4 i ..3 jump|die|kill|wanted_to_die",
    "what ..1 to ..1 do ..6 when|if ..2 someone|somebody|a_person|people|a_patient ..6 swallowed|overdosed|took|takes|cut|cuts|bleeding|collapses",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
}
