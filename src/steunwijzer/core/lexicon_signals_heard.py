# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from an outsiders' set of what students say out loud at a first
conversation, as transcribed (set52: fillers, self-corrections, understatement, the point
told last or in passing; round 19), after it was measured unseen. Each family is written
for what it says, with its harmless neighbours in mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads it.
"""

from __future__ import annotations

# set54 (the first lines typed into a late-night chat): everything given away, "can
# someone stop me", standing on a roof right now.
SUICIDAL_NL_CHAT: tuple[str, ...] = (
    "!heb|had ..2 alles ..2 al? ..1 weggegeven|weg_gegeven|weggedaan",
    "kan|wil ..1 iemand ..1 me|mij ..1 tegenhouden $",
    "!ik ..1 sta|zit ..1 nu? ..1 op ..1 het|de|een ..1 dak|brug|rand|balkon|flat ..9 nu|nou|rn",
    "!ik ..1 sta|zit ..1 nu ..1 op ..1 het|de|een ..1 dak|brug|rand|balkon|flat",
    # at the tracks now, not the platform (an outsiders' set, round 42: "ik sta nu bij
    # het spoor achter de campus. ik weet niet waarom ik dit stuur" was self-insight)
    "!ik ..1 sta|zit|ben|loop ..1 nu ..2 bij|naast|langs|op|aan ..1 het|de ..1 spoor|spoorlijn|rails|treinrails|spoorbaan|overweg",
    "!ik ..1 sta|zit|ben ..2 bij|naast|langs|op ..1 het|de ..1 spoor|spoorlijn|rails|treinrails|spoorbaan ..9 nu|rn|weet_niet_waarom|waarom_ik_dit|alleen|sorry",
)
SUICIDAL_NL: tuple[str, ...] = (
    *SUICIDAL_NL_CHAT,
    # not making it through the weekend, said of oneself or (through "ze") of someone
    # else: "Noor zei dat ze het weekend niet gaat halen" (set53)
    "het ..1 weekend|vannacht|week|jaar ..2 niet ..2 gaat|ga|zal|zou|ging ..1 halen|overleven",
    "niet ..1 door ..1 het ..1 weekend|de_nacht ..1 heen ..1 komen|kom|komt",
)
SUICIDAL_EN: tuple[str, ...] = (
    # at the tracks or on a roof now (round 42, the Dutch of an outsiders' set)
    "!i'm|im|i_am ..1 standing|sitting|waiting|here ..2 by|on|at|near|next_to ..1 the ..1 tracks|railway|rails|train_tracks|roof|rooftop|ledge ..6 now|right_now|rn|dont_know_why|don't_know_why|alone|sorry",
    "!i'm|im|i_am ..1 on ..1 the|my ..1 roof|rooftop|ledge ..3 now|right_now|rn",
    # an overdose told without naming it: "two weeks ago I tried to... I took too many of
    # something. I'm okay now."
    "!took|swallowed|taken ..1 too_many|too_much ..1 of ..1 something|them|those|my_meds|my_pills|my_medication|my_tablets|my_sleeping_pills",
    # a date chosen, the Dutch family's English: "I have, like, a date in my head"
    "date|day|moment ..3 picked|chosen|set|in_my_head|in_mind $ & i|my",
    "won't|will_not|not_going_to|not_gonna ..2 make ..1 it ..1 through ..2 the? ..1 weekend|night|week",
    "!gave|given|giving ..1 away ..1 everything|all_my_stuff|all_my_things",
    "can|could|will ..1 someone|anyone|somebody ..1 stop ..1 me $",
    "!i'm|im|i_am|am ..1 on ..1 the|a ..1 roof|rooftop|ledge|edge|bridge|top ..9 rn|right_now|now|atm",
)
SELF_HARM_NL: tuple[str, ...] = (
    "snijden|krassen|branden|beschadigen|bezeren ..1 ons ..2 allebei|samen|ook|alle_twee",
    # long sleeves in summer, worn by the student ("onze keeper traint met lange mouwen"
    # is someone else)
    "ik ..3 draag|loop ..3 lange ..1 mouwen & zomer|warm|hitte|hittegolf|graden",
    "draag|loop ..1 ik ..4 lange ..1 mouwen & zomer|warm|hitte|hittegolf|graden",
)
SELF_HARM_EN: tuple[str, ...] = (
    # hoodies in the heat, "you can guess why"; a relapse "not the drugs kind" (set54)
    "wearing|wear|wore ..2 hoodies|hoodie|long_sleeves|sweaters ..4 degrees|summer|heatwave & why|guess|reason|know",
    "relapsed|relapse ..9 not ..2 the? ..1 drugs|drug|drinking|alcohol|substance ..1 kind|one|type",
    # two who cut, the student one of them (set53: "Daan en ik snijden ons allebei")
    "we ..2 both|all ..1 cut|self_harm|hurt_ourselves|burn",
    # "It's summer and I still wear long sleeves, so. Yeah. You probably get it."
    "i ..3 wear|wearing ..2 long ..1 sleeves & summer|hot|heat|heatwave|degrees",
)

# Nowhere to sleep, people who come for the student (set54: "sleeping at the train
# station rn", "ze stonden vandaag bij mn huis / zeggen dat ze me komen halen")
UNSAFE_NL: tuple[str, ...] = (
    "slaap|sliep|slapen|geslapen ..2 op|in ..2 het|de|een ..1 station|straat|park|auto|trappenhuis",
    "me|mij ..1 komen|gaan|zullen ..1 halen|pakken|vinden & ze|zeggen|dreigen|gasten|mensen|jongens",
    "schuld|schulden ..2 bij ..2 verkeerde|foute|gevaarlijke ..1 mensen|gasten|jongens",
)
UNSAFE_EN: tuple[str, ...] = (
    "sleeping|sleep|slept ..2 at|in|on ..2 the|a ..1 train_station|station|street|streets|park|car",
    "coming|come ..1 to|for ..1 get|me & they|threaten|threatened|said|say",
)

# An emergency call already made for someone: "vorige week moesten we 112 bellen" for a
# housemate who drinks until he passes out (set53)
CONCERN_NL: tuple[str, ...] = (
    "moesten|moest|hebben|heb|hadden ..3 112|ambulance|een_ambulance ..1 bellen|gebeld|laten_komen",
)
CONCERN_EN: tuple[str, ...] = (
    "had_to|have_called|called|call ..2 112|an_ambulance|the_ambulance|911|999 ..3 for ..2 him|her|them|my|our",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

# Manners of speaking heard in set52: a thing that is "killing me" told the other way
# round ("the only thing killing me is the commute"); writing one's own obituary as a
# class exercise on values; long sleeves for a reason named beside them; food thrown up
# (an eating problem, which the second net read as a wish to die).
FIGURES_NL: tuple[str, ...] = (
    "eigen ..1 grafrede|overlijdensbericht|overlijdensadvertentie|in_memoriam ..8 opdracht|oefening|les|workshop|training|cursus|coaching|waarden",
    "opdracht|oefening|les|workshop|training|cursus|coaching ..8 eigen ..1 grafrede|overlijdensbericht|overlijdensadvertentie|in_memoriam",
    "lange ..1 mouwen ..8 eczeem|zon|zonnebrand|verbrand|allergie|geloof|hoofddoek|bedekt|bedekkend|muggen",
    "gooi|gooit|gooien|kots|kotst|kotsen ..3 eten|avondeten|lunch ..2 eruit|uit",
    "eten|avondeten|lunch ..1 eruit ..1 gooi|gooit|gooien|kots|kotst|kotsen",
    "nep|geënsceneerd|in_scène_gezet ..3 dood|overlijden|zelfmoord",
    "=uitvaartverzorger|=uitvaartondernemer|=begrafenisondernemer",
    "hoe ..1 laat|lang ..6 bereikbaar|open|geopend|online",
    "ik ..1 ben ..1 gewoon? ..1 gestorven|overleden $",
)
FIGURES_EN: tuple[str, ...] = (
    "thing|things|one ..1 killing ..1 me ..1 is|are|was|right_now",
    "killing ..1 me ..1 is|was ..3 commute|deadline|deadlines|exam|exams|course|heat|traffic|train|bus|rent|homework|thesis|workload|schedule|statistics|stats",
    "write|writing|wrote|written ..2 your|my|our|their ..1 own ..1 obituary|eulogy & class|exercise|assignment|course|workshop|training|coaching|values",
    "long ..1 sleeves ..8 eczema|sunburn|sun|allergy|allergic|religion|religious|hijab|modest|modesty|mosquitoes",
    "throw|throwing|threw ..1 up ..2 my ..1 food|dinner|meals|lunch",
    # a death faked for views (set53)
    "fake|faked|faking ..3 death|suicide",
    # asking the chat when it is open (set54: "tot hoe laat zijn jullie vannacht
    # bereikbaar?" resembled a wish to die by its "vannacht")
    "what ..1 time|hours ..6 open|available|reachable|online",
)

# Signs that a past is over, heard in set52: "maar dat is jaren geleden, ... het gaat echt
# top met haar"; a grandfather who died last year, "... Daar kom ik niet voor hoor." (a
# mention, never dropped). Not "heel vredig" or "mooi afscheid kunnen nemen": a death that
# was peaceful can still be grieved now.
RECOVERED_NL: tuple[str, ...] = (
    "gaat ..3 echt|heel|nu|hartstikke ..1 top|super|geweldig|fantastisch",
    "daar ..1 kom ..1 ik ..1 niet ..1 voor",
)
RECOVERED_EN: tuple[str, ...] = (
    "doing ..2 amazing|awesome|brilliant|so_well",
    "not|n't ..1 why ..1 i ..1 am|m ..1 here",
)
