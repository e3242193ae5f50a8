# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from two outsiders' sets (set39: what students say aloud at an intake,
typed up as heard; set40: e-mails, forum posts and survey answers; round 16), after each
was measured unseen. Each family is written for what it says, with its harmless
neighbours in mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads it.
"""

from __future__ import annotations

_MEDS_NL = "pillen|tabletten|medicijnen|slaappillen|paracetamol|oxazepam|medicatie|antidepressiva"
_MEDS_EN = (
    "pills|tablets|meds|medication|painkillers|paracetamol|tylenol|antidepressants|an_overdose"
)
_HOSPITAL_NL = "ziekenhuis|eerste_hulp|spoedeisende|seh|ambulance|ic|maag_leeggepompt|leeggepompt"
_HOSPITAL_EN = "hospital|er|emergency|ambulance|icu|pumped|stomach_pumped|psych_ward"
_PARTNER_NL = "vriend|vriendje|partner|ex|man|vader|stiefvader|broer|hij|zij|ze"
_HARD_NL = "muur|kast|keukenkast|deur|grond|vloer|trap|tafel|radiator|aanrecht"
_HARD_EN = "wall|door|floor|ground|cupboard|stairs|table|counter|radiator|fridge"

SUICIDAL_NL: tuple[str, ...] = (
    # putting one's affairs in order "voor het einde" (set41: "voelt goed om alles op te
    # ruimen voor het einde"); not "voor het einde van het semester"
    "alles ..4 opruimen|op_te_ruimen|regelen|te_regelen|geregeld|opgeruimd ..2 voor ..1 het ..1 einde $",
    # "leve" for "leven" in chat ("ik wil niet meer leve"); never alone ("leve de koning")
    "wil|wou|hoef ..2 niet|nie ..2 meer ..1 =leve",
    # the car as a means, said as a thought: "als ik nu gewoon het stuur omgooi"
    "als|wat_als ..4 stuur ..2 omgooi|omgooien|omgooit|omtrek|omtrekken|omgooide",
    "denk|dacht|gedachte|gedachten|neiging|drang|zin ..8 stuur ..2 omgooi|omgooien|omtrekken|omgooide|om_te_gooien",
    # an attempt told with its hospital, the medicine between
    "!geprobeerd|probeerde ..6 " + _MEDS_NL + " ..8 " + _HOSPITAL_NL,
    "!" + _MEDS_NL + " ..4 geprobeerd ..8 " + _HOSPITAL_NL,
    # saving medicine said with the verb after it: "de pillen die ik aan het sparen was"
    "!" + _MEDS_NL + " ..5 sparen|spaar|spaarde|spaarden|hamsteren|hamsterde|opsparen",
    # "strips" are blister packs as often as comics: only the saving, in a relative clause
    "!strip|strips ..1 die|dat ..4 sparen|spaarde|gespaard|opgespaard|verstopt|bewaard|hamsterde",
)
SUICIDAL_EN: tuple[str, ...] = (
    # putting one's affairs in order "before the end" (set41)
    "sort|sorting|clear|clearing|tidy|tidying ..3 everything|things|stuff ..3 before ..1 the ..1 end $",
    # "off" as a verb: "I want to off myself", "gonna off myself"
    "want|wanna|going|gonna|will|could|should|to|might ..2 =off ..0 myself",
    # an attempt told with its hospital, the medicine between ("I tried uhm in
    # september with pills and I ended up in hospital")
    "!tried ..6 with|taking|using ..2 " + _MEDS_EN + " ..8 " + _HOSPITAL_EN,
    "!" + _MEDS_EN + " ..4 tried ..8 " + _HOSPITAL_EN,
)
SELF_HARM_EN: tuple[str, ...] = (
    "self ..0 harming|injuring|mutilating|mutilation",
    # "I have been injuring myself again"; an injury of sport or a fall is a figure
    "injuring|injure|injures ..1 myself",
    "injured|hurt ..1 myself ..3 on_purpose|deliberately|intentionally|again",
)
SELF_HARM_NL: tuple[str, ...] = (
    # split and hyphenated: "zelf-beschadiging", "zelf verwonding", "auto mutilatie"
    "zelf ..0 beschadig*|verwond*|verminking*|mutilatie",
    "auto ..0 mutilatie",
    # "ik heb (weer) gekrast", said alone
    "ik ..1 heb|had ..1 weer|vannacht|gisteren? ..1 gekrast $",
    "verwond|verwondt|verwonden|verwondde ..1 mezelf|mijzelf ..3 expres|opzettelijk|weer|opnieuw",
)
UNSAFE_NL: tuple[str, ...] = (
    # pushed against something hard: "hij duwde me tegen de keukenkast"
    "duwt|duwde|duwden|geduwd|smeet|smijt|gooide|gooit|gegooid|gesmeten ..2 me|mij ..3 tegen|op|door ..3 de|het? ..1 "
    + _HARD_NL,
    # not daring to go back to where one lives: "omdat ik niet terug durf naar ons appartement"
    "niet ..1 terug ..1 durf|durft|durfde|durven ..4 huis|appartement|kamer|thuis|woning",
    "durf|durft|durfde ..3 niet ..2 terug ..4 huis|appartement|kamer|thuis|woning",
    # a threat to break bones
    _PARTNER_NL
    + " ..4 breekt|breken|breek ..2 mijn|m'n|mn ..1 benen|been|armen|arm|nek|neus|botten|kaak",
)
UNSAFE_EN: tuple[str, ...] = (
    "pushed|pushes|shoved|shoves|threw|throws|slammed|slams ..2 me ..3 against|into|onto|down ..3 the|a? ..1 "
    + _HARD_EN,
    # "he says he'll break my legs", "he'll finish what he started"
    "he'll|she'll|they'll|he|she|they|he'd|she'd ..3 break|breaks ..1 my ..1 legs|leg|arms|arm|neck|nose|bones|jaw|face",
    "finish|end|finishes ..1 what ..1 he|she|they ..1 started",
)
CONCERN_NL: tuple[str, ...] = (
    # care asked for one's pet or plants, and then silence (set41)
    "!zorg ..2 goed ..2 voor ..2 mijn|mn|m'n ..1 kat|hond|planten|konijn|vissen|cavia ..9 reageert|neemt|telefoon|offline|onbereikbaar",
    # someone else cutting, said with the arms: "foto's van hun armen na het snijden"
    "armen|arm|polsen|pols|benen|dijen ..4 snijden|krassen|gesneden|gekrast|sneden|snijwonden & ze|zij|hij|haar|zijn|hun|d'r",
    # a goodbye that felt wrong
    "bedankt|dankje|dank_je ..1 voor ..1 alles & raar|rare|vreemd|vreemde|eng|zorgen|bang",
    "gedag|doei|afscheid ..6 raar|rare|vreemd|vreemde|eng & ze|zij|hij",
)
CONCERN_EN: tuple[str, ...] = (
    "!take ..1 care ..1 of ..1 my ..1 cat|dog|plants|rabbit|fish ..9 not_answering|isn't_answering|phone|offline|not_replying|no_reply",
    "thanks|thank_you ..1 for ..1 everything & weird|weirdly|strange|strangely|odd|creepy|worried|scared",
    "bye|goodbye ..6 weird|weirdly|strange|strangely|odd|creepy & she|he|they",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

# Manners of speaking (set41): a course that "is zelfmoord", "zo dood na die 10k", a
# farewell speech or party.
FIGURES_NL: tuple[str, ...] = (
    "vak|tentamen|studie|opleiding|module|deadline|rooster|week|blok|stage ..3 is|was|wordt ..2 echt|gewoon|pure|puur|letterlijk? ..1 zelfmoord",
    "zo|helemaal|compleet|echt ..0 dood ..1 na|van",
    "afscheidsspeech|afscheidsspeach|afscheidstoespraak|afscheidsfeest|afscheidsborrel|afscheidsetentje|afscheidskaart|afscheidscadeau",
)
FIGURES_EN: tuple[str, ...] = (
    "course|module|exam|class|deadline|week|schedule|internship ..3 is|was ..2 literally|actually|pure? ..1 suicide",
    "goodbye|farewell ..1 speech|party|drinks|dinner|lunch|card|gift|present|email|mail",
)
