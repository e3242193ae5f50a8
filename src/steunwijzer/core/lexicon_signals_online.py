# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 32's outsiders' sets, after they were measured unseen:
set103 (despair told through a practical problem: debt, a bailiff, a residence permit,
a diagnosis) and set104 (students whose life is online: gamers, fandoms, Discord). Each
family is written for what it says, with its harmless neighbours in mind (a game mode
without respawns, a train that is fastest to Utrecht, a song sung along at a concert, a
hamster's funeral), not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py and
lexicon_sources.py read the families.
"""

from __future__ import annotations

_PETS_NL = "kat|katten|poes|hond|honden|huisdier|huisdieren|konijn|konijnen|hamster|cavia|parkiet"
_PETS_EN = "cat|cats|dog|dogs|pet|pets|rabbit|rabbits|hamster|guinea_pig|budgie"
_PLACES_NL = "spoor|spoorlijn|rails|brug|flat|dak|viaduct|spoorbrug"
_PLACES_EN = "track|tracks|railway|railroad|bridge|roof|overpass|viaduct|car_park|parking_garage"
_QUIETEST_NL = "stilst|stilste|rustigst|rustigste|snelst|snelste|hoogst|hoogste|verlatenst|verlatenste|donkerst|donkerste"
_QUIETEST_EN = (
    "quietest|highest|fastest|emptiest|darkest|least_watched|least_busy|most_deserted|most_isolated"
)

SUICIDAL_NL: tuple[str, ...] = (
    # a game's words for one's own end (set104: "ik wil mezelf gewoon uninstallen, geen
    # patch gaat dit fixen"); not "mezelf verwijderen uit de groepsapp"
    "mezelf|mijzelf ..1 uninstallen|deinstalleren|deleten|wissen|verwijderen $",
    "geen ..1 respawn|respawns ..3 deze_keer|dit_keer|voor_mij|meer_voor_mij|na_vanavond",
    # quitting everything, not the game ("ik ga ragequitten, niet uit de game maar uit
    # alles"); not "ik ga ragequitten als ze deze champion weer buffen"
    "ragequit|ragequitten|rage_quitten ..9 uit|van ..1 alles|het_leven|het_bestaan|de_wereld|mijn_leven $",
    # which stretch of track is quietest, looked up (set103, set104: "ik heb al
    # uitgezocht welk stuk spoor het stilst is"); not which train is fastest to Utrecht.
    # A place chosen is preparation: urgent ("!"; a second role-play, round 32, B1)
    f"!uitgezocht|opgezocht|gegoogeld|nagezocht|bekeken|uitgevogeld ..4 welk|welke|waar ..4 {_PLACES_NL} ..4 {_QUIETEST_NL}",
    f"!uitgezocht|opgezocht|gegoogeld|nagezocht ..3 welk|welke|waar ..1 stuk|stukje|deel ..2 {_PLACES_NL}",
    # getting out, said as the Dutch euphemism with "liever" or "maar" between (set103:
    # "Als ik zak ... Dan stap ik er liever uit."); "stap ik eruit" is read already
    "stap|stapte ..1 ik ..1 er ..1 liever|maar|gewoon|dan_maar ..1 uit $",
    # a pet's care arranged "for if anything happens to me" (set103; "heb mijn kat al bij
    # mijn zus ondergebracht", round 31's notes): a warning sign of preparation
    f"{_PETS_NL} ..9 als|mocht|voor_als|voor_het_geval ..2 er ..2 iets ..2 met ..1 mij|me ..1 gebeurt|gebeurd|gebeuren|zou_gebeuren",
    # set105: no plans past a month, a screening scored high, cutting so as not to wake
    "plan|plannen|maak ..3 niks|niets|geen ..3 meer ..3 na|voorbij ..3 deze|die|de|volgende ..1 maand|week|zomer|tentamens|vakantie",
    "hoog ..2 gescoord|scoorde|score ..6 suïcide|suicide|zelfmoord|suïcidaliteit|suïcidale|suicidaliteit ..3 vragenlijst|screening|test|lijst",
    "zodat|dat ..1 ik ..2 niet ..2 meer ..1 wakker ..1 zou|word|werd|zal",
)
SUICIDAL_EN: tuple[str, ...] = (
    # (set104: "no respawn timer for me. I'm done. tonight."); not "no respawn mode is
    # so stressful"
    "no ..1 respawn|respawns|respawning ..3 for_me|this_time|after_tonight|after_this|deze_keer|voor_mij",
    "ragequit|ragequitting|rage_quit|rage_quitting ..9 life|everything|existence|the_world|from_life|my_life $",
    f"!looked_up|researched|googled|figured_out|worked_out|found_out|checked ..4 which|where ..4 {_PLACES_EN} ..4 {_QUIETEST_EN}",
    f"!looked_up|researched|googled|figured_out|worked_out|found_out ..3 which|where ..1 stretch|part|bit|section ..2 of ..2 {_PLACES_EN}",
    # notes written to people "in case" (set103: "I've been writing notes to people in
    # case I decide to go")
    "writing|wrote|written|write|left|leaving ..3 notes|letters|messages ..3 to|for ..2 people|everyone|everybody|family|friends|parents|mum|mom|dad|sister|brother ..6 in_case|just_in_case",
    "in_case ..2 i ..2 decide|decided|choose|chose ..2 to ..1 go|do_it|end_it $",
    f"{_PETS_EN} ..9 if|in_case|should|when ..2 anything|something ..1 happens|happen|happened|were_to_happen ..1 to ..1 me",
    # set105 (students who write literally, read after it was measured): no future
    # planned past a date, not expecting to be here, a screening scored high, cutting
    # deeper "so I wouldn't wake up"
    "stopped|stop|quit ..2 making|planning ..2 plans|anything ..3 past|beyond|after ..3 this|the|next ..2 month|week|summer|year|exams|semester",
    "don't|do_not|dont ..1 think|expect ..3 i ..2 still ..1 be ..1 here|around|alive $",
    "scored|score|scoring ..2 high|highly|very_high ..6 suicide|suicidal|suicidality ..3 questionnaire|screening|test|scale|list",
    "so|that ..1 i ..1 wouldn't|would_not|won't|will_not|wouldnt|wont ..1 wake ..1 up",
)
SELF_HARM_NL: tuple[str, ...] = (
    # a cat's scratches, and no cat (set104: "mn huisgenoot vroeg naar de
    # 'kattenkrassen' op mn arm. we hebben geen kat.")
    "kattenkrassen|krassen|kras|schrammen ..9 hebben|heb|heeft ..2 geen ..1 kat|katten|poes",
    "kattenkrassen|krassen|kras|schrammen ..9 er ..1 is ..2 geen ..1 kat|poes",
)
SELF_HARM_EN: tuple[str, ...] = (
    "cat_scratches|scratches|scratch|scratched ..9 don't|dont|do_not|doesn't|didn't ..1 even? ..1 have|own ..1 a? ..1 cat|cats",
    "cat_scratches|scratches|scratch ..9 there's|there_is|we_have|i_have ..1 no ..1 cat|cats",
)
UNSAFE_NL: tuple[str, ...] = (
    # doxxed and threatened with a visit (set104: "iemand uit een server heeft mijn adres
    # gedoxxed en dreigt langs te komen")
    "gedoxxed|gedoxt|gedoxed|doxxed|doxed ..9 dreigt|dreigde|gedreigd|langskomen|langs_te_komen|voor_de_deur|opzoeken",
    "dreigt|dreigde|gedreigd|dreigen ..2 langs_te_komen|langs_komen|naar_mijn_huis|voor_mijn_deur|me_op_te_zoeken|me_te_komen_halen|me_te_vinden",
)
UNSAFE_EN: tuple[str, ...] = (
    "doxxed|doxed|doxxing|doxing ..9 threatens|threatened|threatening|show_up|turn_up|come_to_my|outside_my",
    "threatens|threatened|threatening ..2 to ..1 come_to|show_up_at|turn_up_at|visit|find ..2 my|me ..1 house|place|door|home|room|flat|dorm|me",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}
# What the same words say harmlessly
FIGURES_NL: tuple[str, ...] = (
    # a song sung along (not a song played for days: set104); a game with twenty ways
    # to die; a topic for a course or a level (set104)
    "zongen|zingen|zong|schreeuwden|brulden|blèrden|brullen ..6 mee",
    "je ..1 kunt|kan ..4 manieren ..1 doodgaan|sterven|dood_gaan",
    "zelfmoord*|suïcide|zelfdoding|zelfbeschadiging|dood|sterven ..2 als ..1 thema|onderwerp",
    # an escape room without a way out; an insurance's clause; a bank app that feels
    # like a personal attack (set103)
    "geen ..1 uitweg ..9 escape_room|escaperoom|escape|escapekamer",
    "escape_room|escaperoom|escapekamer ..9 geen ..1 uitweg",
    "zelfmoordclausule|zelfdodingsclausule|zelfmoordclausules",
    "voel|voelde ..2 me|mij ..1 persoonlijk ..1 aangevallen|aangevallen_door",
    # a pet buried (set104: "my sister's hamster died and we held a funeral")
    f"{_PETS_NL}|goudvis ..4 dood|overleden|doodgegaan|gestorven ..9 begrafenis|begraven|uitvaart",
    "wat ..3 unalive|unaliven|kms|sewerslide ..2 betekent|betekend|inhoudt|wil_zeggen",
    "plannen ..9 verhuis|verhuizen|verhuizing|buitenland|uitwisseling|afstuderen|afstudeer|stage|emigreer|emigreren|nieuwe_baan",
)
FIGURES_EN: tuple[str, ...] = (
    "screamed|sang|sing|singing|scream|screaming|yelled|yelling|shouted ..6 along",
    "you ..1 can ..2 die|dying ..3 ways",
    "suicide|self_harm|death|dying ..2 as ..1 a? ..1 theme|topic|subject",
    # a game's deaths: counted, permanent, in a boss fight; a main character mourned
    "deaths ..1 and ..1 counting",
    "perma ..1 death|permadeath",
    "death|deaths|died ..3 in ..2 this|that|the|a ..1 game|level|raid|run|mode|dungeon|boss_fight|match",
    "=rip ..3 my ..1 main|character|save|run|streak|build|account|rank|squad",
    "no ..1 way ..1 out ..1 of ..2 this|the|that|my|our ..1 group_project|project|escape_room|assignment|maze|game|level|meeting|lecture|course|class",
    "suicide|suicides ..1 clause|clauses|exclusion|exclusions|provision",
    "feel|felt|feeling ..1 personally ..1 attacked|victimised|victimized",
    f"{_PETS_EN}|goldfish ..4 died|dead|passed ..9 funeral|buried|burial",
    "what ..3 unalive|unaliving|kms|sewerslide ..2 means|mean|meaning",
    # no plans past a date because of a move or a new start (set105's neighbours)
    "stopped|stop ..2 making|planning ..2 plans ..9 moving|move|abroad|exchange|graduate|graduating|internship|leaving|emigrating|new_job",
)
