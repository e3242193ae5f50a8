# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 37's leftovers and outsiders' messages to a mentor: a bridge
or the tracks visited again and again to look at the water or the trains, a sister who
is psychotic and gone, and a design project's "ideation phase", which is no thought of
death. Each family is written for what it says, with its harmless neighbours in mind
(a walk to the river at sunset names no staring down; a brother "missing" home is not
missing), not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads
the families, lexicon_sources.py the figures.
"""

from __future__ import annotations

_PLACE_EN = "bridge|bridges|tracks|railway|railway_line|rails|roof|rooftop|pier|quay|canal|river|overpass|viaduct"
_DOWN_EN = "water|river|canal|sea|trains|train|tracks|drop|edge|depth|ground|current"
_PLACE_NL = "brug|*brug|spoor|spoorlijn|rails|dak|kade|kademuur|viaduct|pier|perron|sluis"
_DOWN_NL = "water|rivier|gracht|kanaal|zee|trein|treinen|spoor|rails|diepte|beneden|rand|stroming"
_AGAIN_NL = "avond|avonds|nacht|nachts|elke|iedere|weer|steeds|telkens|vaak|alleen|laatst|laatste_tijd|dagelijks"

_GO_EN = "go|going|goes|went|walk|walking|walked|cycle|cycling|cycled|drive|driving|drove|end_up|ended_up"
_STARE_EN = "stare|staring|stared|stares|gaze|gazing|gazed|look_down|looking_down|looked_down"
_GO_NL = "ga|gaat|ging|gingen|fiets|fietst|fietste|loop|loopt|liep|rij|rijd|reed|beland|belandde"
_STARE_NL = "staar|staart|staren|staarde|te_staren"

SUICIDAL_EN: tuple[str, ...] = (
    # a place of a method visited to stare down: "I keep going to the bridge at night and
    # staring at the river" (a walk to the river at sunset stares at nothing; a look at
    # the water counts only when it is a habit)
    f"{_GO_EN} ..2 to|onto|over ..2 the|a ..1 {_PLACE_EN} ..8 {_STARE_EN} ..2 at|into? ..2 the? ..1 {_DOWN_EN}",
    f"{_STARE_EN} ..2 at|into? ..2 the ..1 {_DOWN_EN} ..4 from|on ..2 the|a ..1 {_PLACE_EN}",
    f"keep|kept|keeps ..1 {_GO_EN} ..2 to|onto ..2 the|a ..1 {_PLACE_EN} ..8 look|looking|looked|watch|watching ..2 at ..2 the? ..1 {_DOWN_EN}",
    # there now, thinking about it: "standing on the platform now and thinking about it"
    f"!standing|stood|sitting|i'm|im|am ..3 on|at|by ..2 the|a ..1 {_PLACE_EN}|platform|station|edge ..8 thinking|think ..2 about ..1 it $",
    # one's pet or things given away, needed no more: "gave my cat to my aunt, I won't
    # need to look after her anyway" (a cat sat for a holiday is not needed no more)
    "gave|given|giving|rehomed|brought|dropped ..3 my ..1 cat|cats|dog|rabbit|hamster|pet|pets|guitar|stuff|things ..8 won't_need|wont_need|will_not_need|one_less_thing|that's_sorted|thats_sorted|all_sorted",
    # not mattering whether one is there: "it doesn't matter whether I'm here or not"
    "doesn't|does_not|doesnt|wouldn't|wouldnt|won't|wont ..1 matter ..3 whether|if ..1 i'm|im|i_am|i_was|i ..2 here|around|alive|gone|exist|existed",
    # gone with a note that says only sorry
    "!note|letter|text|message ..4 that? ..1 just|only ..1 said|says|saying ..1 sorry|goodbye|bye $",
    "!note|letter|text|message ..2 saying ..1 just|only ..1 sorry|goodbye $",
)
SUICIDAL_NL: tuple[str, ...] = (
    # "ik fiets elke avond naar de brug en sta dan te staren naar het water", "ga vaak
    # naar het spoor om naar de treinen te staren"
    f"{_GO_NL} ..4 naar|op ..2 de|het ..1 {_PLACE_NL} ..8 {_STARE_NL} ..3 naar|in ..2 het|de? ..1 {_DOWN_NL}",
    f"{_PLACE_NL} ..8 naar ..2 het|de ..1 {_DOWN_NL} ..2 te? ..1 staren|staar|staarde|kijken",
    f"{_STARE_NL} ..3 naar|in ..2 het|de ..1 {_DOWN_NL} ..4 vanaf|op|van ..2 de|het|een ..1 {_PLACE_NL}",
    f"kijk|kijken|keek ..3 naar ..1 beneden ..4 vanaf|op|van ..2 de|het|een ..1 {_PLACE_NL} & {_AGAIN_NL}",
    # there now, thinking about it: "sta nu op het perron en ik denk er echt over na"
    f"!sta|zit|ben|stond ..3 op|bij|aan ..2 het|de|een ..1 {_PLACE_NL}|station|rand ..8 denk|denken ..2 er ..2 over ..1 na $",
    f"!sta|zit|ben|stond ..3 op|bij|aan ..2 het|de|een ..1 {_PLACE_NL}|station|rand ..8 denk|denken ..2 erover ..2 na $",
    # a pet or one's things placed elsewhere, and so that is settled: "mn kat naar mn
    # tante gebracht. dan is dat tenminste geregeld" (a cat sat for a holiday is brought
    # back, and nobody says it is "settled" or needed no more)
    "kat|katten|hond|konijn|cavia|hamster|huisdier|huisdieren|vissen|gitaar|spullen ..8 gebracht|weggegeven|ondergebracht|afgestaan|overgedragen ..8 geregeld|niet_meer_nodig|hoeft_niemand",
    # a farewell that clears the school: "wil alleen dat u weet dat het niet aan school lag"
    "weet|weten ..3 dat ..1 het ..1 niet ..1 aan ..2 u|jou|jullie|school|de_school|de_opleiding|mijn_studie|de_studie ..1 lag|gelegen",
    # not mattering whether one is there: "het maakt niet uit of ik er ben of niet" (a
    # role-play, round 37, F1)
    "of ..1 ik ..1 er ..1 nou|nu|wel|nog? ..1 ben|besta|zou_zijn ..1 of ..1 niet",
    # (not "het maakt niemand uit of ik er ben bij de borrel": a party, round 26)
    # gone with a note that says only sorry (someone else: who is judged after)
    "!briefje|brief|berichtje|appje ..4 met ..2 alleen|enkel|maar ..1 sorry|dag|doei|vaarwel|excuses $",
)
_KIN_EN = "sister|brother|twin|mum|mom|mother|dad|father|friend|girlfriend|boyfriend|roommate|housemate|flatmate|cousin|partner"
_KIN_NL = "zus|zusje|broer|broertje|tweelingzus|tweelingbroer|moeder|vader|vriend|vriendin|huisgenoot|huisgenote|nicht|neef|partner"
CONCERN_EN: tuple[str, ...] = (
    # someone in a psychosis, mania or crisis who cannot be found: "my twin sister is
    # psychotic and nobody knows where she is since yesterday"
    f"{_KIN_EN} ..6 psychotic|psychosis|manic|mania|delusional|confused|hearing_voices ..8 missing|disappeared|gone|nobody_knows_where|no_one_knows_where|can't_find|cannot_find|not_answering|unreachable|ran_off|ran_away",
    f"{_KIN_EN} ..6 missing|disappeared|nobody_knows_where|no_one_knows_where|unreachable|ran_off ..8 psychotic|psychosis|manic|mania|delusional|hearing_voices",
)
CONCERN_NL: tuple[str, ...] = (
    f"{_KIN_NL} ..6 psychotisch|psychose|manisch|manie|verward|stemmen_hoort ..8 vermist|verdwenen|weg|onvindbaar|niemand_weet_waar|niet_bereikbaar|onbereikbaar|neemt_niet_op|weggelopen",
    f"{_KIN_NL} ..6 vermist|verdwenen|onvindbaar|onbereikbaar|weggelopen|niemand_weet_waar ..8 psychotisch|psychose|manisch|manie|verward",
)
UNSAFE_EN: tuple[str, ...] = (
    # "he comes into my room at night when I'm sleeping" (a role-play, round 37, F12)
    "comes|came|walks|walked|enters|entered|coming|sneaks|sneaking ..2 into|in ..2 my ..1 room|bedroom ..6 night|nights|sleeping|asleep",
    # a threat in the name of honour: "people there have been killed for less", "they'll
    # send me back to 'deal with me'"
    "been|get|got|gets|be ..1 killed|murdered ..2 for ..1 less|that|this|it|being_gay|being_trans",
    "send|sending|sent|ship|take|taking ..1 me ..2 back ..6 deal_with_me|marry_me_off|to_marry|get_married|punish_me|straighten_me_out|fix_me",
    # round 56 (a case note of a blind set): "said she will be taken back to the home
    # country over the summer", told in the third person; a wedding arranged against one's will
    "taken|sent|send|take ..1 back ..4 home_country|country|village|motherland & brothers|father|family|uncle|summer|relationship|marry|married|wedding|afraid|scared",
    "wedding|marriage ..4 arranged|planned|organised|organized ..9 don't_want|do_not_want|refuse|afraid|scared|no_choice|threat|threaten",
    "they'll|they_will|they ..1 find ..1 me ..2 anyway|wherever|everywhere|eventually",
    # round 56 (a blind set of family pressure): a relative who will "deal with it" or
    # "talk some sense into me" after coming out; a ticket booked with no way back
    "talk_some_sense_into_me|sort_me_out|teach_me_a_lesson|straighten_me_out",
    "if|when|once ..3 come|coming|go|going ..1 home|back ..9 deal ..1 with ..1 it|me",
    "booking|booked|bought|buying ..2 my ..1 ticket|flight|tickets & not_coming_back|not_come_back|won't_come_back|never_come_back|one_way|please_help|against_my_will",
    "took|taken|take|takes ..2 my ..1 phone ..9 only ..3 if|when ..3 brother|father|dad|uncle|cousin",
    # "my father will hurt me" was found only by the second net (round 56)
    "he|she|they|father|dad|mother|mum|mom|brother|uncle|stepfather|stepdad|husband|boyfriend|ex|partner|family|cousin ..2 will|would|gonna|going_to|is_going_to|are_going_to|'ll ..2 hurt|kill|beat|hit|punish|harm ..1 me",
)
UNSAFE_NL: tuple[str, ...] = (
    # someone who comes into the student's room at night (a role-play, round 37, F12)
    "komt|kwam|komen|loopt|liep ..4 mijn|m'n|mn ..1 kamer|slaapkamer ..2 binnen|in & nachts|'s_nachts|nacht|slaap|sliep|slapen",
    "vermoord|gedood|omgebracht ..3 voor|om ..2 minder|zoiets|dit|dat",
    "sturen|stuurt|stuurden ..2 me|mij ..4 terug ..6 trouwen|uithuwelijken|straffen|aanpakken|rechtzetten",
    # round 56 (a role-play and blind sets): the separable verb ("dreigt hem uit te
    # huwelijken"), sent back to the village to marry, a wedding arranged against one's
    # will, the family's honour with "they will find me"
    "uit ..1 te ..1 huwelijken",
    "huwelijkt|huwelijken|huwelijkten ..3 uit",
    "terug ..4 naar ..3 het|mijn|ons ..1 dorp|land|thuisland|moederland ..4 sturen|brengen|gestuurd|gebracht|meenemen ..4 om ..2 te ..1 trouwen",
    "huwelijk|bruiloft ..2 voor ..1 me|mij ..4 geregeld|gepland ..9 wil_dat_niet|wil_niet|niet_wil|mag_niet_weigeren|bang|erger|geen_familie_meer|verstoten",
    "schande ..9 gedreigd|dreigt|dreigen|vinden|straffen|pakken",
    "ze|hij|zij ..3 me|mij ..3 heus|toch|overal|altijd ..2 wel? ..1 vinden|weten_te_vinden",
    "hij|zij|ze|vader|pa|moeder|broer|oom|stiefvader|vriend|ex|familie|neef ..2 gaat|zal|gaan|zullen ..3 me|mij ..3 pijn_doen|vermoorden|slaan|iets_aandoen|straffen|in_elkaar_slaan",
    # a phone taken, college only with a brother who brings and fetches; a ticket booked
    "mijn|m'n|mn ..1 telefoon|mobiel|gsm ..2 afgepakt|afgenomen|ingenomen",
    "mag ..3 alleen ..4 als|met ..3 broer|vader|oom|neef|familie ..3 brengt|ophaalt|meegaat|mee_gaat",
    "ticket|vliegticket|tickets ..4 geboekt|gekocht|boeken & niet_meer_terug|nooit_meer_terug|help|tegen_mijn_wil|enkele_reis",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
# What the same words say harmlessly
FIGURES_NL: tuple[str, ...] = (
    # the BSA made: good news, no risk of dropping out ("bsa niet gehaald" is not this:
    # the "niet" stands between)
    "bsa|norm|studiepunten ..0 gehaald|behaald|binnen|gefikst|gered",
    "mijn|mn|m'n|de|het ..0 bsa ..0 is? ..0 binnen|gehaald|behaald|gelukt",
    # a design project's phases, borrowed in Dutch ("de ideation-fase")
    "ideation ..0 fase|sessie|sessies|ronde|workshop|technieken",
)
FIGURES_EN: tuple[str, ...] = (
    "i|i've|ive|finally|just|officially ..0 passed|made|got|reached|hit|met|achieved ..0 my|the ..0 bsa|credit_norm",
    "bsa ..0 is? ..0 done|sorted|secured|passed|achieved",
    # a design project's phase: "we're in the ideation phase" (blind set114's false alarm)
    "ideation ..0 phase|stage|session|sessions|workshop|round|process|techniques|board|sprint",
    "design|creative|brainstorm|brainstorming|product ..2 ideation",
)
