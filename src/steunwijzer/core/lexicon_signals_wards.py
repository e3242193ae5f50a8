# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 31's outsiders' sets, after they were measured unseen:
set99 (voice messages and long rambling ones, a risk said once in passing), set100
(students of nursing, medicine, pharmacy and veterinary medicine who tell their own risk
in the words of their work: the morphine left over on a night shift, the sharps of a
placement, a dog put down "and I'd like someone to do that for me"), set101 (care,
police and rail placements: a syringe taken home, a spot picked by the railway), set102
(students who write with difficulty) and the round's two role-plays. Each family is
written for what it says, with its harmless neighbours in mind (a naloxone training,
a goodbye to an exchange city, how easy it would be to do something else), not for
the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py and
lexicon_sources.py read the families.
"""

from __future__ import annotations

# What a ward, a pharmacy or a vet's practice keeps that a student could take home
_DRUGS_NL = "morfine|oxycodon|fentanyl|insuline|oxazepam|diazepam|temazepam|lorazepam|pentobarbital|euthanasiemiddel|opiaten|benzo's|benzos|restjes|medicijnrestjes"
_DRUGS_EN = "morphine|oxycodone|fentanyl|insulin|oxazepam|diazepam|temazepam|lorazepam|pentobarbital|opioids|opiates|benzos|leftovers"
_LETHAL_NL = "morfine|fentanyl|insuline|pentobarbital|euthanasiemiddel"
_LETHAL_EN = "morphine|fentanyl|insulin|pentobarbital"
_SHARPS_EN = "sharps|scalpel|scalpels|lancet|lancets|needle|needles|blade|blades"
_SHARPS_NL = "scalpel|scalpels|lancet|lancetten|naald|naalden|mesjes|hechtmesje|bistouri"
_SKIN_EN = "thighs|thigh|arms|arm|wrists|wrist|legs|leg|skin|stomach|hips|belly"
_SKIN_NL = "dijen|dij|bovenbenen|armen|arm|polsen|pols|benen|huid|buik|heupen"
_TRACKS_NL = "spoor|rails|spoorlijn|spoorbaan|overweg|spoorwegovergang"
_TRACKS_EN = "tracks|railway|railroad|rails|train_line|level_crossing"

SUICIDAL_NL: tuple[str, ...] = (
    # drugs from work saved or taken home (set100: "ik spaar de restjes morfine van de
    # nachtdienst op"); "opgespaard" for the student, not a stock count
    # (not taken from the ward for use: "oxazepam van de afdeling meegenomen om te
    # slapen" is a dependence, set69)
    # (not kept or stored: "ik bewaar mijn insuline in de koelkast" is a diabetic's)
    f"spaar|spaarde|gespaard|opgespaard|verzamel|verzameld ..4 {_DRUGS_NL}",
    f"{_DRUGS_NL} ..4 gespaard|opgespaard|verzameld",
    f"{_LETHAL_NL} ..3 mee_naar_huis|meegenomen",
    # how easy it would be, said of nothing else (set100: "op mijn stage zie ik hoe
    # makkelijk het zou zijn"); not "hoe makkelijk het zou zijn om te switchen"
    "zie|weet|besef|merk ..2 hoe ..1 makkelijk|gemakkelijk|simpel ..1 het ..1 zou ..1 zijn $",
    # knowing which dose, where it lies, when nobody looks (set100)
    "weet ..2 welke|hoeveel ..1 dosis|dosering|pillen|tabletten|milligram|mg ..9 datum|niemand_kijkt|waar_het_ligt|genoeg|nodig_is|dodelijk|fataal|voor_mezelf",
    # counting one's pills to know there are enough, in Dutch word order ("tel ik elke
    # avond mijn pillen, gewoon om te weten dat ik er genoeg heb": a role-play, round 31,
    # A1; the English was read, the Dutch only by the second net)
    "tel|telde|tellen|geteld ..4 mijn|m'n|mn|de ..1 pillen|slaappillen|tabletten|medicijnen|paracetamol|oxazepam|temazepam|medicatie|strips ..9 genoeg|voldoende|zat",
    # a syringe or drugs from work taken home (set101: "gister heb ik een spuit mee naar
    # huis genomen"); a spot picked by the railway, a bridge or a roof
    # (not a needle kept at home: insulin needles are a diabetic's own)
    "spuit|spuiten|injectiespuit|euthanasiemiddel|euthanasiemiddelen ..3 mee_naar_huis|meegenomen",
    "spoor|rails|brug|dak|flat|viaduct|spoorbrug ..9 plek|plekje|plaats ..1 uitgezocht|gekozen|gevonden",
    # knowing exactly what would be enough, said of nothing else (a role-play, round 31,
    # A: "ik sta de hele dag tussen de medicijnen, ik weet precies wat genoeg zou zijn")
    "weet|ken ..2 precies|exact|allang ..2 wat|hoeveel|welke ..2 genoeg|voldoende ..1 zou|zal ..1 zijn $",
    "weet|ken ..2 precies|exact|allang ..2 wat|hoeveel|welke ..1 genoeg|voldoende ..1 is $",
    # someone's suicide, and now thinking of it oneself (set102: "mijn vriend heeft
    # zelfmoord gepleegd vorige maand en nu denk ik er zelf ook aan")
    "denk|dacht ..2 ik ..1 er ..2 zelf ..1 ook ..1 aan",
    "ik ..1 denk|dacht ..1 er ..2 zelf ..1 ook ..1 aan",
    # a weapon within reach at work, and thinking of it (set101, police academy: "toegang
    # tot een dienstwapen en ik merk dat ik daar op een manier aan denk die niet goed is")
    "toegang|bij ..3 dienstwapen|wapen|vuurwapen|pistool ..9 aan ..1 denk|dacht|denken",
    "dienstwapen|wapen|vuurwapen|pistool ..9 denk|dacht|denken ..3 aan ..3 mezelf|mijzelf|niet_goed|te_vaak|steeds",
    "dosis|overdosis|dosering ..6 opgespoord|aantoonbaar|traceerbaar|onvindbaar|terug_te_vinden",
    # lethal doses by their Latin name, learnt for oneself (set100: "de antwoorden over
    # letale doses onthouden. Niet voor het tentamen, voor mezelf.")
    "letale|lethale ..1 dosis|doses|dosering|hoeveelheid",
    # the railway, and standing there (set99: "naar het spoor gelopen en heb daar een
    # uur gestaan")
    f"naar ..1 het|de ..1 {_TRACKS_NL} ..1 gelopen|gefietst|gegaan|gereden ..9 gestaan|gezeten|gewacht|staan|zitten",
    f"bij|op|naast ..1 het|de ..1 {_TRACKS_NL} ..3 gestaan|gezeten|gewacht ..3 uur|tijd|lang",
    # an animal put to sleep, and the wish it were oneself (set100, a vet student)
    "ingeslapen|inslapen|laten_inslapen|euthanasie|spuitje ..9 dacht|denk|wens|wou|wilde ..6 iemand ..3 bij|voor ..1 mij|mezelf ..2 ook",
)
SUICIDAL_EN: tuple[str, ...] = (
    # (not "pocketing diazepam from the ward to take the edge off": a dependence, set69)
    # (not "I keep my insulin in the fridge")
    f"saving|saved|hoarding|hoarded|stockpiling|stockpiled|collecting|collected ..3 the? ..1 leftover? ..1 {_DRUGS_EN}",
    f"took|take|taking|bring|bringing|brought ..2 {_LETHAL_EN} ..2 home",
    "see|know|realise|realize|notice ..2 how ..1 easy|simple ..1 it ..1 would|could ..1 be $",
    # looking up methods, said with nothing after (set100: "I'm the one who's now
    # researching ways"); not "researching ways to improve the survey", nor the course
    # "Research Methods" (exact words: "research" is the stem of both)
    "=researching|=googling|looking_up|reading_up_on|=searching ..1 =ways|=methods $",
    "keep|kept ..1 googling|searching|looking_up ..4 least ..1 painful",
    "took|taken|brought|take|taking ..3 syringe|syringes|needle|needles ..3 home",
    "now ..2 i ..2 think|thinking|thought ..2 about ..1 it ..1 myself|too",
    # a dose nobody could trace afterwards (set101: "is it true an insulin overdose is
    # hard to detect afterwards?")
    "dose|doses|overdose|dosage ..6 traced|detected|detect|trace|detectable|untraceable",
    "access ..3 gun|guns|firearm|service_weapon|weapon|pistol ..9 think|thinking|thought ..2 about ..1 it|using_it|myself",
    "tracks|rails|railway|bridge|roof|viaduct|overpass ..9 picked|chosen|found ..1 a|the|my ..1 spot|place",
    f"walked|went|cycled|biked|drove ..2 to ..1 the ..1 {_TRACKS_EN} ..9 stood|standing|sat|sitting|waited|waiting ..3 there|hour|while|for_ages",
    "put_down|putting_down|euthanised|euthanized|euthanise|euthanize|put_to_sleep ..9 thought|think|wish|wished|wanted ..6 someone|somebody ..3 do|did ..1 that|the_same|it ..2 me",
    # a goodbye said with nothing else to say it to (set99: "This is goodbye I guess.
    # Thanks to the lady at the front desk"); a goodbye to a city is a figure below
    "this ..1 is ..1 goodbye ..1 i_guess|then|now|everyone|all|guys|for_real|for_good|forever",
)
_HEAT_NL = "strijkbout|oven|pan|fornuis|kookplaat|soldeerbout|vaatwasser|koffie|thee|stoom|bakplaat|grill|frituur|frituurpan|heet_water|kaars"
_HEAT_EN = "iron|oven|pan|stove|hob|soldering_iron|dishwasher|coffee|tea|steam|grill|fryer|hot_water|candle"
SELF_HARM_NL: tuple[str, ...] = (
    # a cut in an arm, said plainly and misspelt (set102: "klasgenoot heeft snee in haar
    # arme"); with "haar" or "zijn" it is concern for that person
    "snee|sneeën|sneden|sneetje ..2 in|op ..1 haar|zijn|hun|mijn|m'n|mn ..1 arm|armen|arme|pols|polsen|been|benen|dij|dijen|buik",
    # burns on one's own hands (set101: "brandplekken op mijn handen van de strijkbout
    # ... Op stage zeg ik dat het van de vaatwasser komt"): an accident is a figure
    # below, unless a cover story is told (textreveal.cover_story)
    "brandplekken|brandwonden|brandwondjes ..3 op ..1 mijn|m'n|mn ..1 handen|hand|armen|arm|polsen|pols|benen|buik|dijen",
    f"{_SHARPS_NL} ..6 op|in ..2 mijn|m'n|mn ..1 {_SKIN_NL}",
    # a question about "je" that is about oneself, said of hurting (set100: "is het
    # normaal om jezelf te slaan als je een fout maakt? ik doe dat op het toilet")
    "is ..1 het ..1 normaal|erg|raar ..4 jezelf ..2 slaan|te_slaan|slaat|krassen|te_krassen|krast|snijden|te_snijden|snijdt|branden|te_branden|brandt|pijn_doen|pijn_te_doen|pijn_doet|bijten|te_bijten|bijt",
)
SELF_HARM_EN: tuple[str, ...] = (
    "burns|burn_marks ..3 on ..1 my ..1 hands|hand|arms|arm|wrists|wrist|legs|stomach|thighs",
    f"{_SHARPS_EN} ..6 on|into ..2 my ..1 {_SKIN_EN}",
    "is ..1 it ..1 normal|bad|weird ..4 hit|hitting|punch|punching|cut|cutting|burn|burning|scratch|scratching|bite|biting ..1 yourself",
)
CONCERN_EN: tuple[str, ...] = (
    # (set102: "my roommate talk about jumping all the time, I am afraid for her")
    "friend|roommate|flatmate|housemate|sister|brother|classmate|girlfriend|boyfriend|teammate|cousin ..6 talk|talks|talking|talked|keeps_talking|jokes|joking ..3 about ..2 jumping|jump|hanging|overdosing|not_being_here|ending_it|killing_herself|killing_himself|not_waking_up",
    # someone "done" beside the means (set100: "she texted me she's 'done' and that
    # the meds are in her bag")
    "she's|he's|she_is|he_is|they're|they_are ..1 done & meds|pills|tablets|rope|knife|blade|bridge",
)
CONCERN_NL: tuple[str, ...] = (
    "ze_is|hij_is|zij_is ..1 klaar|op & pillen|medicijnen|tabletten|touw|mes|brug",
    # someone who asks which mix is deadly (set100: "mijn medestudent vroeg heel
    # specifiek welke combinatie van middelen dodelijk is")
    "medestudent|vriendin|vriend|huisgenoot|huisgenote|collega|zus|broer ..2 vroeg|vraagt ..6 welke|hoeveel ..4 dodelijk|letaal|fataal|genoeg_is",
)
UNSAFE_EN: tuple[str, ...] = (
    # no place to sleep since being put out (set100: "got kicked out of my room and
    # I've been secretly sleeping in the hospital on-call room")
    "kicked|thrown|chucked ..1 out ..3 room|house|flat|apartment|home|place ..9 sleeping|sleep|slept|crashing",
)
UNSAFE_NL: tuple[str, ...] = (
    # threatened with a knife or a gun, said as Dutch says it (set101: "een jongen op de
    # groep heeft gedreigd me neer te steken")
    "gedreigd|dreigt|dreigde|dreigen|bedreigd ..4 neer_te_steken|neersteken|neer_te_schieten|neerschieten|dood_te_maken|doodmaken|in_elkaar_te_slaan|te_steken|te_schieten|af_te_steken",
    "eruit|uit_huis|op_straat ..1 gezet|gegooid|geschopt ..9 slaap|slapen|sliep|overnacht|pitten",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}
# What the same words say harmlessly
FIGURES_NL: tuple[str, ...] = (
    "dit ..1 is ..1 een? ..1 afscheid ..1 van|voor|aan",
    f"brandplekken|brandwonden|brandwondjes|brandwond|verbrand ..6 van|door|met|aan ..2 de|het|een ..1 {_HEAT_NL}",
    # not waking before noon; what a word means; a bridge photographed for an assignment;
    # Christmas decorations hung (set102)
    "niet ..1 wakker ..1 worden ..2 voor|tot|vóór ..2 twaalf|12|elf|11|tien|10|de_middag|het_middaguur",
    "wat ..3 zelfdoding|zelfmoord|suïcide|suicide|zelfbeschadiging ..2 betekent|betekend|inhoudt|wil_zeggen",
    "brug|dak|viaduct ..6 fotograferen|foto|foto's|filmen|uitzicht ..6 opdracht|project|uitzicht|zonsondergang",
    "ophangen|ophang|ophing|opgehangen ..6 kerstversiering|versiering|slingers|lampjes|kerstlampjes|poster|posters|schilderij|was|wasgoed|vlag|kerstboom",
    "gespaard|opgespaard|spaar ..4 voor ..2 de|het|mijn|m'n|een ..1 vakantie|reis|vlucht",
    # enough pills for a trip: a refill, not a stock (not "for the weekend": "saving up
    # my pills for the weekend when my parents are away" is a plan)
    "genoeg|voldoende ..4 voor ..2 de|het|mijn|m'n|een ..1 vakantie|reis|vlucht|kamp|stage_in_het_buitenland",
)
FIGURES_EN: tuple[str, ...] = (
    f"burns|burn|burned|burnt ..6 from|off|with|on ..2 the|a|my ..1 {_HEAT_EN}",
    "not ..1 wake ..1 up ..1 before|until|till|til ..2 noon|lunch|12|twelve|11|eleven|10|ten|midday",
    "what ..3 suicide|suicidal|self_harm|selfharm ..2 means|mean|meaning",
    "bridge|roof|overpass ..6 photo|photos|photographing|filming|view ..6 assignment|project|view|sunset",
    "hang|hanging|hung ..4 up? ..2 decorations|christmas_lights|fairy_lights|lights|poster|posters|painting|laundry|flag",
    "saved|saving|save ..4 for ..2 the|my|a ..1 trip|holiday|holidays|vacation|flight|journey",
    "enough ..4 for ..2 the|my|a ..1 trip|holiday|holidays|vacation|flight|camp|semester_abroad",
    # a goodbye to a place, a job or a course (an exchange student leaving)
    "this ..1 is ..1 goodbye ..1 to|from|groningen|utrecht|amsterdam|rotterdam|leiden|delft|nijmegen|maastricht|tilburg|eindhoven|erasmus|exchange",
)
