# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk to life read from round 59's blind sets (chat slang, research students, fragments)
after they were measured unseen: a PhD student who "worked out how much I'd need" of a
compound's toxic dose, and a chat that wanted to give up "niet de studie, alles".

Each family is written for what it says: an amount worked out only beside a dose, a
poison or pills (not "how much I'd need to pass"); giving up everything only where the
study is named as what is not meant. Read through lexicon_floor.FLOOR.
"""

from __future__ import annotations

_MEANS_NL = "dosis|giftig|giftige|dodelijk|dodelijke|pillen|tabletten|stof|chemicalien|middel|gif|insuline|medicijnen"
_MEANS_EN = "dose|toxic|lethal|fatal|pills|tablets|compound|compounds|chemical|chemicals|substance|poison|insulin|meds"

SUICIDAL_NL: tuple[str, ...] = (
    f"!uitgerekend|berekend|uitgezocht|uitgevogeld ..3 hoeveel ..4 ik ..3 nodig ..6 {_MEANS_NL}",
    f"!{_MEANS_NL} ..9 uitgerekend|berekend|uitgezocht|uitgevogeld ..3 hoeveel ..4 ik ..3 nodig",
    f"!hoeveel ..3 {_MEANS_NL} ..4 ik ..3 nodig ..3 heb|zou ..3 uitgerekend|berekend|uitgezocht",
    f"!uitgerekend|berekend|uitgezocht ..3 hoeveel ..3 {_MEANS_NL} ..6 ik ..3 nodig",
    # "zin om alles op te geven. niet de studie, alles"
    "opgeven|op_te_geven|op_geven|stoppen|kappen ..6 niet ..1 de|mijn|alleen_de|alleen_mijn|met_de|met_mijn ..1 studie|opleiding|school ..2 alles|met_alles|het_leven",
)
# A gun one can open ("het geweer ligt in de kluis en ik ken de code"), and thinking of
# "it" in a way that is not good (set251, students with means at hand): "it" unnamed,
# not "ik denk op een manier die niet goed is over eten" (eating names its object).
SUICIDAL_NL += (
    "!geweer|geweren|jachtgeweer|wapen|pistool ..9 ken|weet ..2 de|het ..1 code|combinatie|sleutel",
    "daar|eraan|erover ..4 denk|dacht|denken ..3 op ..1 een ..1 manier ..2 die ..1 niet ..1 goed|gezond|oke|ok",
    # no wish to wake up, a hope that "it" just stops (set252: "heb geen zin meer om
    # wakker te worden. Elke ochtend hoop ik dat het gewoon stopt"); "het" unnamed
    "geen ..1 zin ..2 meer? ..2 om ..1 wakker ..1 te ..1 worden",
    "hoop|hoopte|wens|wenste ..3 dat ..1 het ..2 gewoon|allemaal|eindelijk|voorgoed ..1 stopt|ophoudt|over_is $",
    # knowing where the euthanasia drugs are kept (set251, a role-play: a vet nurse)
    "weet ..2 waar ..6 euthanasie|euthanasiemiddel|euthanasiemiddelen|pentobarbital",
)
SUICIDAL_EN: tuple[str, ...] = (
    "!gun|guns|shotgun|rifle|pistol|firearm ..9 know ..2 the ..1 code|combination",
    "know ..2 where ..6 euthanasia|pentobarbital|controlled_drugs",
    "think|thinking|thought ..2 about ..1 it|that ..3 in ..1 a ..1 way ..2 that|which ..2 not|isn't ..1 good|healthy|okay|ok|safe",
    f"!worked_out|figured_out|calculated ..3 how ..1 much|many ..3 i ..2 need|take ..6 {_MEANS_EN}",
    f"!{_MEANS_EN} ..9 worked_out|figured_out|calculated ..3 how ..1 much|many ..3 i ..2 need|take",
    # the means between: "how much of the compound in our lab I'd need" (a role-play)
    f"!worked_out|figured_out|calculated ..3 how ..1 much|many ..3 {_MEANS_EN} ..6 i ..2 need|take",
    "give_up|giving_up|quit|quitting|done_with ..6 not ..1 just? ..1 uni|school|university|college|my_studies|the_course|my_degree ..2 everything|life|all_of_it",
)

# A streak told and broken in one breath (set248; a role-play): "i hadn't cut since march
# but last night i did it again", with "i don't want to die" after it, found nothing: the
# denied wish kept the second net off, and no rule read the relapse.
SELF_HARM_NL: tuple[str, ...] = (
    "niet ..2 meer? ..1 gesneden|gekrast|gebrand|beschadigd ..8 deed|heb ..2 ik? ..1 het ..2 toch? ..1 weer|opnieuw",
    "niet ..2 meer? ..1 gesneden|gekrast|gebrand ..9 weer|opnieuw ..1 gesneden|gekrast|gebrand|gedaan",
)
SELF_HARM_EN: tuple[str, ...] = (
    "not ..1 cut|cutting|self_harmed|harmed|scratched|burned ..2 since|in|for ..8 did|done ..1 it ..1 again",
    "not ..1 cut|cutting|self_harmed|harmed|scratched|burned ..2 since|in|for ..8 relapsed|cut_again",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
}
