# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from an outsiders' set written in voices tools miss (set49: regional and
dialect spelling, dyslexic and phone typing, non-native Dutch and English, euphemisms;
round 18), after it was measured unseen. Each family is written for what it says, with
its harmless neighbours in mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads it.
"""

from __future__ import annotations

_CUT_OPEN_NL = (
    "opengehaald|opengesneden|opengekrast|opengereten|open_gehaald|open_gesneden|open_gekrast"
)

SUICIDAL_NL: tuple[str, ...] = (
    # looking up the amount, said as an end: "maar ik heb wel gegoogeld hoeveel je nodig
    # hebt" (not "hoeveel studiepunten je nodig hebt": the amount stands alone)
    "gegoogeld|gegoogled|opgezocht|nagezocht|gezocht ..1 hoeveel ..1 je|men|ik ..1 nodig ..1 hebt|heeft|heb $",
    # goodbye messages kept for later: "ik heb voor iedereen een bericht klaarstaan, voor
    # als het zover is"
    "geschreven|klaarstaan|klaar_staan|klaargezet|opgeschreven ..6 bericht|berichten|brief|brieven|briefje|briefjes & als_het_zover_is|als_ik_er_niet_meer_ben|voor_als_ik_weg_ben|voor_daarna|als_ik_weg_ben",
    "bericht|berichten|brief|brieven|briefje|briefjes ..6 geschreven|klaarstaan|klaar_staan|klaargezet|opgeschreven & als_het_zover_is|als_ik_er_niet_meer_ben|voor_als_ik_weg_ben|voor_daarna|als_ik_weg_ben",
    # nothing matters any more, said of everything and as an end: "het maakt allemaal
    # niet meer uit eigenlijk" (a role-play, round 18); not "het maakt niet meer uit
    # welke dag we afspreken"
    "maakt ..2 allemaal|alles ..2 niet|niks|niets ..1 meer ..1 uit $",
    "maakt ..2 allemaal|alles ..2 niet|niks|niets ..1 meer ..1 uit ..0 eigenlijk|toch|echt|ofzo|hoor|man $",
    # a burden said through the insurance: "mijn ouders zijn beter af met de uitkering van
    # m'n levensverzekering dan met mij" (set50: venting and gallows humour)
    "beter ..1 af ..9 levensverzekering|overlijdensuitkering",
    "levensverzekering ..9 beter ..1 af",
)
SUICIDAL_EN: tuple[str, ...] = (
    # "I googled how many you need", said as an end
    "googled|looked_up|searched|checked ..1 how_many|how_much ..1 you|one|i ..1 need|would_need $",
    "googled|looked_up|searched|checked ..1 how_many|how_much ..1 it ..1 takes $",
    # messages written and kept for when it is time: "they're in my drafts, I'll send
    # them when it's time"
    "written|wrote|drafted|typed ..4 message|messages|letter|letters|note|notes|texts & when_it_is_time|when_the_time_comes|when_i_am_gone|after_i_am_gone|for_after|when_i_am_not_here",
    "send|post|publish ..2 them|it|those|everything ..1 when_it_is_time|when_the_time_comes & drafts|draft|messages|message|letters|letter|notes",
    # better not living, in learners' English: "I am thinking all time that better I am
    # not living"
    "better ..2 i ..1 am|was|be ..1 not ..1 living|alive|existing|here",
    # the same through the insurance: "my family would be better off with the insurance
    # money" (set50 and a role-play)
    "better ..1 off ..6 insurance|life_insurance|insurance_money|payout",
    "insurance|life_insurance|insurance_money ..9 better ..1 off",
    # a joke said to be meant: "I say 'kill me' a lot but lately I mean it" (set50)
    "kill_me|i_want_to_die|want_to_die ..9 mean ..1 it ..2 more|now|lately|these_days|this_time|for_real",
)
SELF_HARM_NL: tuple[str, ...] = (
    # "ik heb me er gisteren mee opengehaald" (the scissors by the bed)
    f"me|mezelf|mijzelf ..4 {_CUT_OPEN_NL}",
    f"{_CUT_OPEN_NL} ..3 mezelf|mijzelf",
    f"mijn|mn|m'n ..1 arm|armen|pols|polsen|been|benen|dij|dijen|buik ..3 {_CUT_OPEN_NL}",
    # a fist against the wall until the knuckles open, again (set50)
    "vuist|vuisten|knokkels|hand ..4 tegen ..2 de? ..1 muur|deur ..3 geramd|gebeukt|geslagen|gestompt|gebonkt & open|openlagen|bloed|bloedden|weer|keer|opnieuw",
)
SELF_HARM_EN: tuple[str, ...] = (
    # a relapse hidden in a hoodie: "relapsed lol. 47 days clean ... hoodie season" (set50)
    "relapsed|relapse|relapsing ..9 hoodie|hoodies|long_sleeves|sleeves|bracelets",
    "days|weeks|months ..1 clean ..9 hoodie|hoodies|long_sleeves|sleeves|bracelets",
    "i ..3 punch|punched|punching ..3 the? ..1 wall|walls ..6 knuckles|bleed|bled|again|every_time",
)
UNSAFE_NL: tuple[str, ...] = (
    # a door kicked in at home, a chair against it for the night (set50)
    "vader|pa|stiefvader|moeder|broer|vriend|hij ..6 trapte|trapt|schopte|schopt|ramde|beukte ..3 deur ..2 in|open",
    "stoel|bureaustoel|kast|bureau ..3 tegen ..2 de? ..1 deur|ertegen & geslapen|slapen|slaap|sliep|nacht",
)
UNSAFE_EN: tuple[str, ...] = (
    "dad|father|stepdad|brother|boyfriend|he ..6 kicked|kicks|smashed|broke ..3 my? ..1 door ..1 in|down|open",
    "chair|desk|dresser ..3 against ..2 the|my ..1 door & slept|sleep|sleeping|night",
)
CONCERN_NL: tuple[str, ...] = (
    # an instruction for after, then unreachable: "ze appte 'zorg goed voor mama' en nu
    # staat haar telefoon uit"
    "!zorg ..2 goed? ..1 voor ..3 mama|papa|ma|pa|moeder|vader|de_kat|de_hond|iedereen ..9 telefoon|locatie|gps ..3 uit|uitgezet|uitgeschakeld|dood",
)
CONCERN_EN: tuple[str, ...] = (
    # "she texted me 'take care of mum' and her phone's been off since"
    "!take ..1 care ..1 of ..3 mum|mom|mother|dad|father|the_cat|the_dog|everyone|them ..9 phone|location ..3 off|dead|switched_off|turned_off",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

# Manners of speaking: moving to another track, course or group is no jump; a phone, a
# laptop or a goldfish that "died" (set50) is no grief ("plant" is left out: "plan" was
# read as it, "ik heb een plan: ik ga dood" a figure). Not wanting to see someone again
# was a figure too, to keep the second net from "ik wil gewoon dat ik hem niet meer hoef
# te zien"; taken out: a figure sets aside a finding right beside it, and "ik wil haar
# nooit meer zien, alles is zinloos" lost its risk (found reading the round again).
FIGURES_NL: tuple[str, ...] = (
    # The device itself dead, not what was said on it: "zei aan de telefoon dat hij
    # 'liever dood is'" was a manner of speaking (an outsiders' set, round 21).
    "telefoon|laptop|computer|accu|batterij|printer|fiets|cactus|router|koptelefoon|goudvis|visje|hamster ..2 is|was|ging|gaat|lijkt|werd|helemaal|compleet|gewoon|weer ..2 overleden|gestorven|dood|doodgegaan",
    "telefoon|laptop|computer|accu|batterij|printer|fiets|cactus|router|koptelefoon|goudvis|visje|hamster ..1 overleden|gestorven|dood|doodgegaan",
    "gestorven|dood ..3 en ..2 weer ..2 herrezen|opgestaan|tot_leven",
    "dood|doodgaan|sterf|sterft|sterven|stervende ..3 mannengriep",
)
FIGURES_EN: tuple[str, ...] = (
    "phone|laptop|battery|printer|bike|houseplant|cactus|router|headphones|airpods|goldfish|hamster ..3 died|dead|is_dead|passed_away",
    "dying|die|dies|died ..2 of|from|with ..1 man_flu|a_man_cold",
    "jump|jumping|jumped ..1 to|over_to|ship_to ..2 another|a_different|the_other|a_new ..1 track|study|course|program|programme|major|minor|group|team|degree|project|school|uni|job",
)
