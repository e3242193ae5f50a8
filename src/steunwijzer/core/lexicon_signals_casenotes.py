# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from an outsiders' set of round 24 (set78: a counsellor's case notes,
exported for a batch lookup: "st. slaat met hoofd tegen de muur bij frustratie",
"gedachten om 'haar achterna te gaan'", "stealthing by a date"), after it was measured
unseen (45 of 56 risk notes found). Each family is written for what it says, with its
harmless neighbours in mind, not for the one note.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads
the families.
"""

from __future__ import annotations

# Words that say someone died, for a wish to follow them.
_DIED_NL = "overleden|overlijden|overleed|gestorven|stierf|dood|begrafenis|uitvaart|verlies|rouw|mis|missen|gemist"
_DIED_EN = "died|dead|death|passed|passing|funeral|loss|lost|gone|miss|missing|grief"

SUICIDAL_NL: tuple[str, ...] = (
    # a wish to follow someone who died ("haar achterna te gaan", "wil papa achterna")
    f"achterna ..1 te? ..1 gaan|gaat|willen|wil|wilde & {_DIED_NL}|gedachte|gedachten|doodswens",
    f"wil|wilde|wou|gedachten|gedachte ..3 achterna & {_DIED_NL}",
    # a suicide attempt by its clinical shorthand, with a date or a "recent" beside it
    "=ts ..3 gisteren|vorige_week|vorig_weekend|recent|recente|onlangs|dit_weekend|afgelopen|vannacht|gisteravond|ingenomen|pillen|overdosis",
    "na|recente|recent|poging_tot ..1 =ts",
)
SUICIDAL_EN: tuple[str, ...] = (
    # on the road: "sometimes on the highway I think about just not turning the wheel"
    # (set180, round 54)
    "not|stop ..2 turning|turn|steering|steer|braking|brake ..2 the? ..1 wheel|car & highway|motorway|road|driving|drive|truck|lorry|tree|bridge",
    "let|letting ..1 go ..1 of ..1 the ..1 wheel & highway|motorway|road|driving|truck|lorry|tree|bridge",
    f"join|follow|be_with ..2 her|him|them|mum|mom|dad|mother|father|brother|sister|grandma|grandpa|nan|gran ..4 {_DIED_EN}",
    f"{_DIED_EN} ..8 want|wants|wanted|wish|wishes|thoughts|thinking ..3 to? ..1 join|follow ..1 her|him|them",
)
SELF_HARM_NL: tuple[str, ...] = (
    # hitting one's own head against a wall (not "met het hoofd tegen de muur lopen",
    # getting nowhere: that verb is no blow)
    "slaat|sloeg|slaan|sla|bonkt|bonken|bonk|bonkte|beukt|beuken|beukte ..3 hoofd ..3 muur|deur|wand|kast|tafel|vloer",
    "hoofd ..3 tegen ..2 muur|deur|wand|kast ..2 slaan|bonken|beuken|geslagen|gebonkt",
    # a note's reflexive third person: "Bekrast zich met schaar als spanning te hoog
    # oploopt" (set174, round 54); scratching or carving oneself has no harmless reading
    "bekrast|bekraste|bekrassen|kerft|kerfde|kerven ..1 zich|zichzelf",
)
SELF_HARM_EN: tuple[str, ...] = (
    # literally, with a frequency or a mark: "banging my head against the wall" alone is
    # a figure of frustration
    "hits|hitting|hit|bangs|banging|banged|slams|slamming ..3 head ..4 wall|walls|door|floor & times|bruise|bruises|bruised|bleeding|blood|literally|when_frustrated|x",
    "burning|burns|burned|burnt ..2 her|his|their|my ..1 skin|arm|arms|wrist|wrists|legs|thighs ..4 lighter|cigarette|cigarettes|iron|hot",
    # note style without a pronoun: "hx of burning self w/ lighter, relapsed 2 wks ago"
    # (set174, round 54); "self" must be followed by what it was done with or when
    "burning|burnt|burned|burns|cutting|cuts|scratching|scratches|harming|hurting|hitting self & lighter|knife|blade|blades|razor|scissors|relapse|relapsed|hx|history|again|arm|arms|legs|thighs|wrist|wrists|skin|urges|since",
)
UNSAFE_NL: tuple[str, ...] = (
    # no home, said of whoever (who it is about is judged after)
    "is|zijn|werd|wordt|raakt|raakte|sinds ..2 dakloos|thuisloos",
    "dakloos|thuisloos ..2 sinds|geworden|vanaf|na",
    "slaapt|sliep|geslapen|overnacht|overnachtte ..3 op|in|bij ..2 centraal|station|treinstation|straat & nachten|nacht|sinds|al|vannacht",
    "op|in|bij ..2 centraal|station|treinstation|straat ..3 geslapen|slapen|overnacht|overnachten & nachten|nacht|sinds|al|vannacht",
    "nergens ..2 heen|naartoe & kan|kunnen|kon|weet|weten|slapen|overnachten|vannacht",
    # a partner who checks the phone, takes the money, forbids friends
    "partner|vriend|vriendje|vriendin|man|vrouw|ex ..6 controleert|checkt|leest|doorzoekt ..3 telefoon|mobiel|berichten|appjes & geld|vrienden|verbiedt|mag_niet|niet_mag",
)
UNSAFE_EN: tuple[str, ...] = (
    "is|are|became|become|been|being ..2 homeless",
    # nights spent at a station or in the street
    "slept|sleeping|sleeps|spent_the_night ..3 at|on|in ..2 centraal|central_station|train_station|station|street|streets & nights|night|last|since",
    "homeless ..2 since|now",
    "partner|boyfriend|girlfriend|husband|wife|ex ..6 checks|checked|reads|controls|monitors|tracks ..3 phone|messages|texts|location & money|friends|allowed|forbids|forbidden",
    "not ..1 allowed ..3 see|meet|visit ..2 friends|family & partner|boyfriend|girlfriend|husband|wife",
    # hit by a person, said in the passive ("her mum is being hit by the stepfather"; not
    # "hit by a car")
    "being|been|gets|getting|got|is|was ..1 hit|beaten|slapped|punched|kicked|choked|strangled|abused ..2 by ..2 stepfather|stepdad|father|dad|mum|mom|mother|stepmother|stepmom|boyfriend|girlfriend|partner|husband|wife|brother|uncle|ex|housemate|roommate|flatmate|landlord|him|her|them",
)
# Someone who said a goodbye or a wish to die and now does not answer: a welfare check
# now, not "soon" (a role-play, round 24, R3: "ze appte dat iedereen beter af is zonder
# haar en sinds gisteren reageert ze niet meer"). Not silence alone: a group mate who
# does not answer the app is no emergency.
_SAID_NL = "beter_af|afscheid*|zelfmoord*|dood|einde|laatste_bericht|pillen|overdosis|zonder_haar|zonder_hem|er_niet_meer_zijn"
_SAID_EN = "goodbye|better_off|suicide|suicidal|die|dead|kill|end_it|pills|overdose|last_message|without_her|without_him"
CONCERN_NL: tuple[str, ...] = (
    # worrying posts or messages by someone else
    "verontrustende|zorgwekkende|alarmerende|zorgelijke ..2 posts|berichten|appjes|appberichten|stories|tweets|story",
    f"!reageert|reageerde|reageren|antwoordt|antwoordde ..4 niet_meer|nergens_meer_op|niet & {_SAID_NL}",
    f"!neemt|nam ..4 niet_op|niet_meer_op|nergens_op|telefoon_niet_op & {_SAID_NL}",
)
CONCERN_EN: tuple[str, ...] = (
    "worrying|concerning|alarming|disturbing ..2 posts|messages|texts|stories|tweets|story|post",
    f"!not|isn't|isnt|hasn't|hasnt|stopped|no_longer ..2 answering|replying|responding|replied|responded|answered|picking_up & {_SAID_EN}",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
