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
)
SELF_HARM_NL: tuple[str, ...] = (
    # "ik heb me er gisteren mee opengehaald" (the scissors by the bed)
    f"me|mezelf|mijzelf ..4 {_CUT_OPEN_NL}",
    f"{_CUT_OPEN_NL} ..3 mezelf|mijzelf",
    f"mijn|mn|m'n ..1 arm|armen|pols|polsen|been|benen|dij|dijen|buik ..3 {_CUT_OPEN_NL}",
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
    "self_harm": {"nl": SELF_HARM_NL, "en": ()},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

# Manners of speaking: moving to another track, course or group is no jump.
FIGURES_NL: tuple[str, ...] = ()
FIGURES_EN: tuple[str, ...] = (
    "jump|jumping|jumped ..1 to|over_to|ship_to ..2 another|a_different|the_other|a_new ..1 track|study|course|program|programme|major|minor|group|team|degree|project|school|uni|job",
)
