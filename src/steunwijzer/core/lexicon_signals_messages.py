# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 34's outsiders' sets, after they were measured unseen:
set110 (messages as students send them: chat, forum posts, a mail at 3 a.m.) and
set109 (body, health and habits). Each family is written for what it says, with its
harmless neighbours in mind (a script that hangs, a lecture at 8:45, a bus that takes
the student home), not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py and
lexicon_sources.py read the families.
"""

from __future__ import annotations

_VEHICLES_EN = "truck|car|bus|train|tram|lorry|van|cyclist"
_HEIGHTS_EN = "bridge|tracks|train_tracks|railway|rails|balcony|roof|rooftop|ledge|edge|window"
_HEIGHTS_NL = "vensterbank|balkon|dak|rand|brug|spoor|spoorlijn|flat|raam|reling"
_VITAL_EN = "insulin|medication|meds|medicine|medicines|pills|heart_medication|inhaler|epilepsy_meds|anticoagulants"
_VITAL_NL = "insuline|medicijnen|medicatie|pillen|pufjes|puffer|hartmedicatie|epilepsiemedicatie|bloedverdunners"

SUICIDAL_NL: tuple[str, ...] = (
    # set109 (body, health and habits): a death the body may bring about, welcomed
    # "het idee dat ik in elkaar zak en niet meer opsta voelt als een opluchting"
    "in ..1 elkaar ..1 zak|zakken|stort|storten ..4 niet ..1 meer ..1 opsta|op_sta|opstaan|wakker_word|wakker_worden",
    "val|neerval|flauwval ..4 en ..2 niet ..1 meer ..1 opsta|op_sta|wakker_word",
    # "ik wil alleen dat mijn lichaam ermee ophoudt"; "eigenlijk wil ik dat het een keer
    # misgaat" (purging until there is blood)
    "wil|wou|hoop|hoopte|wens ..4 dat ..1 mijn ..1 lichaam|hart|lijf ..2 ermee ..1 ophoudt|op_houdt|stopt|stilstaat",
    "wil|hoop|hoopte ..2 ik? ..1 dat ..1 het ..2 een_keer|eens|ooit ..1 misgaat|mis_gaat|fout_gaat",
    # a height and the thought of falling: "zat op de vensterbank op vijf hoog te denken
    # hoe lang een val duurt"
    "hoe ..1 lang ..2 een ..1 val ..1 duurt",
    f"{_HEIGHTS_NL} ..9 denken|dacht|denk|vroeg|afvroeg ..4 hoe ..2 lang|hoog|diep|snel",
    # a car coming, and not caring: "kan het me niet meer schelen of er een auto aankomt"
    "niet|niks|niets|geen_bal ..2 schelen|uit ..4 of ..3 auto|vrachtwagen|trein|bus|tram ..3 aankomt|aan_komt|komt|aankwam",
    "bewust|expres|met_opzet ..6 op ..2 de ..1 weg|rails|spoor ..4 toen|terwijl|als ..3 auto|vrachtwagen|trein|bus ..2 aankwam|kwam",
    # vital medicine left off on purpose ("laat expres mn pufjes thuis")
    f"expres|bewust|met_opzet ..4 mijn|mn|m'n ..1 {_VITAL_NL} ..3 thuis|niet|weg|liggen",
    f"gestopt|stop|stopte ..3 met ..2 mijn|mn|m'n ..1 {_VITAL_NL} ..6 expres|bewust|met_opzet|levensgevaarlijk|hoop|hopen",
    # medicine thrown away lest one take it all ("anders neem ik ze allemaal tegelijk in")
    "anders|voordat|voor ..3 neem|slik|nam|slikte ..2 ik ..2 ze|alles ..1 allemaal? ..2 tegelijk|in_een_keer|in_één_keer|achter_elkaar",
)
SUICIDAL_EN: tuple[str, ...] = (
    # a burden asked about in the general "you" ("is it normal to sometimes think your
    # family would be better off without you?"); not "better off without him"
    "think|thinking|feel|feeling|wonder|wondering ..6 better ..1 off ..1 without ..1 you",
    # death hoped for while asleep ("I hope a heart attack takes me in my sleep"); not
    # "I hope the bus takes me home"
    "hope|hoping|wish|pray|praying ..6 heart_attack|stroke|aneurysm ..3 takes|take|gets|kills ..1 me",
    "hope|hoping|wish|pray|praying ..8 takes|take ..1 me ..1 in ..1 my ..1 sleep",
    # set109 (body, health and habits): a death the body may bring about, welcomed
    "pass_out|collapse|black_out|drop ..3 and ..1 that's_it|that_is_it|never_wake_up|never_get_up|don't_wake_up|don't_get_up|do_not_wake_up|not_get_up|not_wake_up",
    "collapse|pass_out|black_out|drop|fall ..4 never|not|don't ..2 get_up|wake_up|stand_up ..4 fine|fine_by_me|so_be_it|whatever|wouldn't_mind|relief",
    "wish|wishes|wished|hope|hopes|hoping ..4 it|this|they|the_illness|the_disease|my_body|my_heart|one_of_them|the_cancer|cancer|my_illness|my_disease|the_pills|the_alcohol|the_wine|the_drink ..3 finish_the_job|finish_me_off|finishes_the_job|finishes_me_off|did_its_job|does_its_job|do_its_job|take_me_with_it|takes_me_with_it|take_me_with_them|takes_me_with_them|take_me_too",
    "hope|hopes|hoping|wish ..3 i ..2 don't|do_not|won't|will_not ..1 make_it ..2 that_long|through|past",
    "hope|hopes|hoping|wish ..3 i ..2 don't|do_not|won't|will_not ..1 make_it $",
    "want|wants|wanted|wanting|hoped|hoping|hope|wish|wished ..4 a|the|that|some ..1 "
    + _VEHICLES_EN
    + " ..2 to? ..1 hit|hits|would_hit|run_me_over|runs_me_over|would_run_me_over ..1 me?",
    "want|wish|wished|hope|hoping ..4 my ..1 body|heart ..2 to? ..1 stop|stops|give_up|gives_up|quit|quits|shut_down|shuts_down",
    # means looked up; a height looked at, walked along
    "googling|googled|looking_up|looked_up ..4 ways_to_die|how_to_die|painless_ways|painless_death|lethal_dose|lethal_doses|suicide_methods|how_many_pills",
    # "at 4am I start googling methods"; not "googling methods for my stats assignment"
    "googling|googled|google ..3 methods $",
    "googling|googled|google ..3 methods ..2 at_night|late_at_night|again|at_4am|at_3am|at_2am",
    "looking|staring|stare|look|looked|stared ..1 at ..1 the ..1 "
    + _HEIGHTS_EN
    + " ..6 a_lot|lately|every_day|every_night|for_hours|thinking|wondering",
    "walk|walking|walked|wander|wandering|stood|standing|sat|sitting ..2 along|on|next_to|beside|at ..1 the ..1 "
    + _HEIGHTS_EN
    + " ..6 to_see|wondering|thinking ..4 feel|jump|fall|how_high|how_long|end_it",
    "how ..1 long ..2 a|the ..1 fall ..1 takes|lasts|would_take",
    # vital medicine left off on purpose; a coma shrugged at
    f"stopped|stopping|stop|quit|skip|skipping ..2 taking? ..2 my ..1 {_VITAL_EN} ..6 on_purpose|deliberately|so_that|hoping|coma|die",
    "if ..2 i ..2 end_up|wind_up ..2 in ..1 a ..1 coma|the_morgue $",
    "not ..1 care ..3 if|whether ..2 i ..2 pass_out|collapse|black_out|drop|crash ..3 and ..2 that_is_it|never|not|for_good",
    # none of us to exist; the only reason one is still here
    "neither|none ..2 of ..1 us ..3 to ..1 exist|existed|existing",
    "only ..1 reason ..3 i'm|i_am|im ..1 still ..1 here|alive|around",
    "take|swallow ..2 them ..1 all ..2 at_once|in_one_go|together ..3 otherwise|or_else|before",
    "otherwise|or_else ..3 i'd|i_would|i'll|i_will ..2 take|swallow ..2 them ..1 all",
)
# A phone broken or taken so that no one can be called (set111: "he broke my phone so I
# couldn't call anyone")
UNSAFE_NL: tuple[str, ...] = (
    "kapot|kapotgemaakt|afgepakt|afgenomen|stukgegooid ..6 zodat|dus ..3 niet|niemand ..3 bellen|appen|bereiken",
)
UNSAFE_EN: tuple[str, ...] = (
    "broke|smashed|took|takes|threw|destroyed ..2 my ..1 phone ..4 so ..3 couldn't|could_not|can't|cannot ..1 call|text|reach|contact|tell",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}
# A past said to be over (lexicon.RECOVERED): "I'm in a completely different place now"
RECOVERED_NL: tuple[str, ...] = ("sta|zit ..2 nu ..2 heel|totaal|compleet ..1 anders ..2 in",)
RECOVERED_EN: tuple[str, ...] = (
    "in ..1 a ..2 completely|totally|very|whole ..1 different|new ..1 place ..1 now?",
)
# What the same words say harmlessly (round 34's neighbours)
FIGURES_NL: tuple[str, ...] = (
    # a mother who is a grief therapist (set111): a profession, not a loss
    "is|als|werkt_als|werkte_als ..2 rouwtherapeut|rouwtherapeute|rouwbegeleider|rouwbegeleidster|rouwconsulent|uitvaartbegeleider|uitvaartondernemer",
    # a bet or a game lost to a brother ("weddenschap met mn broer verloren": set109)
    "weddenschap|wedstrijd|potje|spelletje|partijtje|finale|pot ..6 verloren",
    "verloren ..4 weddenschap|wedstrijd|potje|spelletje|partijtje|finale",
    "je|jij ..1 bent|zou|zal|was ..3 beter ..1 af ..1 zonder ..1 hem|haar|hen",
    # a program that hangs ("mijn script hangt zichzelf steeds op")
    "script|code|programma|laptop|computer|pc|app|systeem|server|game|spel|telefoon|mobiel|browser|word|excel ..3 hangt|hing|hangen ..3 zichzelf ..2 op",
)
FIGURES_EN: tuple[str, ...] = (
    "is|as|works_as|worked_as ..2 a? ..1 grief_counsellor|grief_counselor|grief_therapist|bereavement_counsellor|funeral_director",
    # eviction threatened over singing in the shower (set109); a landlord's threat is
    # a money or housing need, not a danger
    "threatening|threaten|threatens|threatened ..2 to ..1 evict|kick_me_out|throw_me_out",
    # advice after a break-up ("honestly, you're better off without him"); "they'd be
    # better off without me" stays the student's burden
    "you're|youre|you_are|you'd|you_would|you'll|you_will ..4 better ..1 off ..1 without ..1 him|her|them",
    "laptop|computer|script|code|program|app|pc|phone|browser|server|game|battery ..3 killing|kills|killed|keeps_killing ..1 itself",
    # an early lecture as a death wish of the teacher ("this professor wants us all dead
    # with these 8:45 lectures"); "my ex wants me dead" stays a threat
    "professor|prof|lecturer|teacher|docent|tutor|schedule|timetable|faculty|uni|university|course|coordinator ..3 wants|want|is_trying_to ..1 us|me ..2 all? ..1 dead ..4 with|by|these|this|those",
)
