# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 28's outsiders' sets, after they were measured unseen:
set90 (students who spell by ear, and phones that autocorrect) and set91 (part-time
students with a job and children, PhD candidates, carers, veterans). Older students say
the same risks in the words of their lives: a will and a mortgage put in order, letters
to the children, the car in the garage. Each family is written for what it says, with
its harmless neighbours in mind (a will updated after a wedding, a car warming up on a
cold morning), not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads
the families.
"""

from __future__ import annotations

# Someone else, named before what they do
_WHO_NL = (
    "vriend|vriendin|huisgenoot|huisgenote|broer|zus|vader|moeder|partner|man|vriendje|hij|zij|ze"
)
_WHO_EN = "friend|roommate|housemate|flatmate|brother|sister|dad|father|mum|mom|mother|boyfriend|girlfriend|partner|husband|wife|he|she"
# Whom one leaves behind, and what one arranges for them
_LEFT_EN = "kids|children|wife|husband|partner|family|parents|son|daughter|mum|mom|dad"
_PAPERS_EN = (
    "passwords|pin_codes|bank_details|life_insurance|my_will|the_will|insurance_papers|pension"
)
_PAPERS_NL = "testament|levensverzekering|uitvaart|uitvaartpolis|wachtwoorden|pincodes|bankgegevens"

SUICIDAL_NL: tuple[str, ...] = (
    "gedachte|idee ..3 niet ..1 meer ..1 wakker ..3 worden ..6 fijn|prettig|rustgevend|aantrekkelijk|een_opluchting|troostend",
    # sitting in the car in the garage with the engine running; a hose on the exhaust
    # (not "ik laat de auto in de garage warmdraaien": one sits there, or it is closed)
    "!zat|zit|zitten|bleef|wachtte|dicht|gesloten ..6 garage ..8 motor|auto ..3 aan|draaien|draaiend|draaide|liet_lopen|laten_lopen|lopen|stationair",
    "!slang|tuinslang ..4 uitlaat",
    # set92 (a deregistration form, round 28): a crisis admission; safe for oneself
    # ("Reden uitschrijving: crisisopname ... moet eerst weer veilig worden voor mezelf")
    "crisisopname|crisisafdeling|crisisbed|separeer",
    "veilig ..2 voor ..1 mezelf|mijzelf & worden|zijn|ben|niet|weer|eerst",
    "doei|dag|vaarwel ..2 allemaal|iedereen|jongens & bedankt_voor_het_proberen|dank_voor_het_proberen|ik_meen_het_deze_keer",
    "kluis|wapenkast|wapenkluis|geweer|geweren|pistool|jachtgeweer ..8 dan_goed_is|dan_gezond_is|vaker_dan_goed|te_vaak",
    # affairs put in order so that no one is left with anything (set91: "mijn testament
    # laten aanpassen en de hypotheek zo geregeld dat niemand met problemen blijft zitten")
    # (not "testament laten opstellen nu we getrouwd zijn": someone left, or nothing)
    f"!{_PAPERS_NL} ..8 aangepast|aanpassen|geregeld|opgeschreven|op_orde|opgesteld|overgedragen|doorgegeven & niemand|afscheid|achterlaten|zonder_mij|er_niet_meer_ben|er_niet_meer_zou_zijn|achterblijven",
    "!brieven|brief|briefjes ..3 aan|voor ..2 mijn|de ..1 kinderen|vrouw|man|partner|ouders|zoon|dochter|familie & wachtwoorden|bankgegevens|testament|geregeld|op_orde|afscheid",
)
SUICIDAL_EN: tuple[str, ...] = (
    # round 55's note: "the thought of not waking up tomorrow is kind of nice" was only a
    # resemblance
    "thought|idea ..2 of ..1 not ..1 waking ..1 up ..0 tomorrow|again|anymore|ever ..4 nice|comforting|appealing|peaceful|tempting|relief|soothing",
    "thought|idea ..2 of ..1 not ..1 waking ..1 up ..0 is|sounds|feels ..3 nice|comforting|appealing|peaceful|tempting|soothing",
    # "Last night I sat in the garage with the engine running for a while" (set91)
    # (not "I warm up the car in the garage with the engine running": one sits there)
    "!sat|sit|sitting|stayed|waited|closed|shut ..6 garage ..8 engine|car ..3 running|on|idling",
    "!hose ..4 exhaust",
    # set92: "admitted to a crisis unit for my own safety"
    "admitted|admission|hospitalised|hospitalized|sectioned ..6 crisis_unit|psychiatric_ward|psych_ward|for_my_own_safety",
    "crisis_unit|psych_ward|psychiatric_ward ..6 for ..1 my ..1 own ..1 safety",
    # letters to the children, and the passwords sorted for the wife (set91)
    # a goodbye to everyone with a thank-you for trying (set90: "Bye everyone,thanks for
    # trying. I mean it this time"; not "bye everyone, thanks for a great semester")
    "bye|goodbye ..2 everyone|all|guys|world & thanks_for_trying|thank_you_for_trying|thanks_for_everything_you_tried|i_mean_it_this_time",
    # a gun safe one stands at more than is good (set91: "de geweren liggen thuis in de
    # kluis ... sta ik vaker voor die kluis dan goed is")
    "gun|guns|rifle|rifles|gun_safe|gun_cabinet ..8 more_than_is_good|more_than_is_healthy|more_often_than_i_should|more_than_i_should",
    f"!letters|letter|notes ..3 to|for ..2 my ..1 {_LEFT_EN} & {_PAPERS_EN}|sorted|arranged|in_order|affairs|goodbye",
    f"!{_PAPERS_EN} ..6 sorted|arranged|wrote_down|written_down|in_order|handed_over & when_i'm_gone|when_i_am_gone|after_i'm_gone|won't_be_around|won't_be_here|without_me|letters|goodbye",
    # round 41: living doubted through "don't think I can"; letters written beside
    # "nothing matters any more" (not "I don't think I can keep living in this flat")
    "don't|dont|do_not ..1 think|know_if|know_whether ..2 i ..1 can ..2 keep|go_on|carry_on|continue ..1 living|on_living|being_alive ..1 like_this|like_that|this_way|anymore",
    "don't|dont|do_not ..1 think|know_if|know_whether ..2 i ..1 can ..2 keep|go_on|carry_on|continue ..1 living|on_living|being_alive $",
    "!written|wrote|finished ..3 the|my ..1 letters|notes ..9 doesn't_matter|does_not_matter|matter_anymore|won't_be_here|when_i'm_gone|be_gone|goodbye|over_soon",
    "!doesn't_matter|does_not_matter|matter_anymore|nothing_matters ..9 written|wrote|finished ..3 the|my ..1 letters|notes",
)
# wanting to cut and wanting to die in one breath (set90: "i want to cut and i want to
# die,both at the same time"; not "I want to cut my hair")
SELF_HARM_NL: tuple[str, ...] = (
    "wil|zin_om|drang_om ..2 snijden|krassen & dood|dood_zijn|sterven|verdwijnen|er_niet_meer_zijn",
)
SELF_HARM_EN: tuple[str, ...] = (
    "want|wanna|urge|need ..1 to ..1 cut & die|dead|kill_myself|suicidal|disappear|end_it",
)
UNSAFE_NL: tuple[str, ...] = (
    # set92: in a shelter because home was no longer possible (not "kinderopvang", not
    # a case study: "de moeder vlucht met de kinderen naar de vrouwenopvang")
    "ik ..3 zit|woon|verblijf|slaap|sliep|zat|vluchtte|ben ..5 in|naar ..1 een|de ..1 opvang|vrouwenopvang|crisisopvang|noodopvang|blijf_van_mijn_lijfhuis",
    # (and "mijn vriend neemt mijn salaris, omdat ik slecht ben met geld": a role-play,
    # round 28, T3)
    "partner|man|vriend|vrouw|vriendin ..3 controleert|bepaalt|pakt_af|afpakt|neemt|pakt|houdt ..3 al? ..1 ons|mijn|het ..1 geld|loon|salaris|pinpas|bankpas",
    "hij|zij|ze ..3 zei|zegt|appte|schreef ..3 dat ..1 hij|zij|ze ..2 me|mij ..3 pijn_zou_doen|zou_slaan|zou_vermoorden|zou_pakken|wat_aan_zou_doen|iets_aan_zou_doen",
    # "mijn schoonfamilie heeft gezegd dat ik 'ervoor ga boeten' als ik mijn man verlaat"
    # (not "daar ga ik in de tentamenweek voor boeten": someone must have said it)
    "gezegd|zei|zegt|zeggen|dreigt|dreigde|gedreigd|geappt|appte ..6 ervoor|daarvoor|hiervoor ..3 boeten|boet|boete_betalen",
    "gezegd|zei|zegt|zeggen|dreigt|dreigde|gedreigd ..6 zal|zult|gaat|ga ..3 boeten",
)
UNSAFE_EN: tuple[str, ...] = (
    # set92: staying at a women's shelter (not a placement or an interview there: "my
    # social work placement is at a women's shelter"); money controlled by a partner
    "staying|living|slept|sleeping|stay|moved|fled|escaped|live ..3 at|in|into|to ..1 a|the ..1 women's_shelter|womens_shelter|shelter|safe_house|refuge",
    # (not "my partner manages our finances": controlled, and no "& access": "I cannot
    # access my account" beside it read as a negation of the whole)
    "partner|husband|boyfriend|wife|girlfriend ..3 controls|controlled|controlling ..2 our|my|the|all ..1 money|finances|salary|bank_card|debit_card",
    # "he said he would hurt me" was only the second net's guess, as concern for someone
    "he|she|they ..3 said|says|told_me|texted|wrote ..2 he|she|they ..1 would|will|'d|is_going_to|was_going_to|gonna ..2 hurt|beat|hit|kill|get|stab|find ..1 me",
    # forced when one says no, in the present ("my husband forces sex when I say no")
    "forces|forcing|pressures|pressuring ..2 sex|himself_on_me|herself_on_me",
    "sex ..8 when|while|though|even_though ..1 i ..1 say|says|keep_saying ..1 no|stop",
)
CONCERN_NL: tuple[str, ...] = (
    # someone who drinks and then drives: a life at risk (set90: "mn vriend drinkt elke
    # dag tot ie omvalt en rijd dan nog auto")
    # (not "ik drink elke avond en denk erover mijn auto tegen een boom te rijden": the
    # writer's own risk; someone else drives)
    f"{_WHO_NL} ..4 drinkt|dronk|zuipt ..9 rijdt|rijd|reed ..2 nog? ..2 auto|naar_huis|weg",
    f"{_WHO_NL} ..3 rijdt|rijd|reed ..3 dronken|onder_invloed|bezopen|met_drank_op",
    # someone missing who left a note (set92: "Mijn broertje is zoek en heeft een
    # briefje achtergelaten. We zijn met de politie aan het zoeken.")
    "broertje|zusje|broer|zus|vriend|vriendin|vader|moeder|huisgenoot|huisgenote ..3 zoek|vermist|onvindbaar ..8 briefje|brief|afscheidsbrief|achtergelaten",
    # a brother's or a friend's arms kept from the parents, a promise not to tell (a
    # role-play, round 28, R15: "mijn ouders weten het niet van zijn armen, hij heeft me
    # laten beloven dat ik het niet vertel" was a guess of an unsafe home, Veilig Thuis)
    "weten|weet|wist|merken|zien ..3 niet|niks ..3 van ..1 zijn|haar|hun ..1 armen|polsen|littekens|wondjes|krassen|sneetjes",
    "zijn|haar|hun ..1 armen|polsen|littekens|wondjes|krassen & beloven|beloofd|niet_vertel|niet_vertellen|niemand_vertellen|geheim",
)
CONCERN_EN: tuple[str, ...] = (
    f"{_WHO_EN} ..3 missing|gone|disappeared ..8 note|letter|goodbye|left_a_note",
    "know|knows|knew|notice|noticed|see|seen ..3 about ..1 his|her|their ..1 arms|wrists|scars|cuts",
    "his|her|their ..1 arms|wrists|scars|cuts & promise|promised|not_to_tell|secret|tell_anyone|tell_no_one",
    f"{_WHO_EN} ..4 drinks|drank ..9 drives|drove|gets_behind_the_wheel|got_behind_the_wheel",
    f"{_WHO_EN} ..3 drives|drove ..2 drunk|wasted|hammered|under_the_influence",
    # someone missing who posted a goodbye (set91: "hasn't been seen for three days and
    # posted 'sorry for everything' in the group chat. His phone is off.")
    "posted|sent|texted|wrote|messaged ..3 sorry ..1 for ..1 everything",
)
# A car warming up in a garage on a cold morning is no engine left running to die by
FIGURES_NL: tuple[str, ...] = (
    "auto|motor ..4 warmdraaien|warm_laten_draaien|laten_warmdraaien|opwarmen",
    "niemand ..2 is|raakte|werd ..1 gewond",
    # dying of a course or an assignment (a role-play, round 28, T14: "tips om beter te
    # plannen want ik ga echt dood van statistiek" was a suicide plan, urgency immediate)
    "dood ..1 van ..2 statistiek|wiskunde|economie|scheikunde|natuurkunde|anatomie|fysiologie|boekhouden|programmeren|methodologie|spss|excel|rekenen|dat_vak|dit_vak|die_opdracht|deze_opdracht|dat_verslag|die_docent|dat_tentamen|dit_tentamen|deze_week|dat_college|die_stage",
)
FIGURES_EN: tuple[str, ...] = (
    "warm|warming|warms|warmed ..1 up ..3 car|engine|motor",
    # "nobody got hurt" after a flood (set92: the second net read it as self-harm). Not
    # "more often than I'd like": it set aside "I think about dying more often than I'd
    # like" when tried (a figure sets aside the risk words of its sentence).
    "nobody|no_one|noone ..2 got|was|were|is ..1 hurt|injured",
)
# A sign that a past is over (lexicon.RECOVERED): "have had no urges since" (set91:
# "I self-harmed as a teenager, more than twenty years ago, and have had no urges since")
# ... and "maar nu niet meer" after a past (a role-play, round 28, R24: "ik heb vorig jaar
# zelfmoordgedachten gehad maar nu niet meer" was an immediate danger)
RECOVERED_NL: tuple[str, ...] = (
    "geen ..2 drang|neiging|behoefte ..3 meer|sindsdien|gehad",
    "maar ..1 nu ..1 niet ..1 meer",
    "maar ..2 niet ..1 meer ..1 sinds|sindsdien",
    # round 55: "vorig jaar had ik zelfmoordgedachten maar die zijn nu weg" was danger now
    "maar ..1 die|dat|het|ze ..1 zijn|is ..2 weg|verdwenen|=over",
    # round 55 (a blind set of time words): "... maar ik heb het toen toch gehaald. Dit
    # jaar loopt het gewoon prima"; a BSA warning "rechtgezet"
    "loopt ..3 gewoon|nu|weer|echt ..1 prima|goed|lekker",
    "toch ..1 gehaald",
    "rechtgezet|rechtgetrokken|ingehaald|weggewerkt",
    # round 55 (a role-play): "opa is vorig jaar overleden maar dat is wel verwerkt"
    "dat|het|ik ..3 verwerkt $",
    "dat|het ..2 is|heb ..2 wel|al|inmiddels|echt ..1 verwerkt",
)
RECOVERED_EN: tuple[str, ...] = (
    "but ..1 not ..1 anymore|any_more|these_days",
    "but ..1 no ..1 longer",
    "no ..2 urge|urges|urge_to ..3 since|anymore|any_more|for_years",
    "haven't|have_not|not ..2 had ..2 the? ..1 urge|urges ..3 since|anymore|in_years|for_years",
    # round 55: "last year I had suicidal thoughts but they are gone now" was danger now
    "but ..1 they|those|it|that|the_thoughts|the_urges ..1 are|is|were|re|s ..2 gone|long_gone",
    "that's|thats|that_is|it's|its ..1 long ..1 gone",  # "when I was 16, that's long gone"
    "i've|i_have|ive ..2 processed|dealt_with|come_to_terms_with|made_peace_with ..1 it|that",
    # round 56 (a blind set of histories): "haven't done it in over four years"
    "haven't|have_not|not ..2 done ..1 it|that ..2 in|for ..2 over? ..1 years|a_year|months|ages",
    "it's|its|it_is ..1 not ..1 happening ..1 now|anymore|any_more",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
