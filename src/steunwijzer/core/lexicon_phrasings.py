# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk-to-life phrasings, family by family: the ways of saying it that the narrower
patterns of lexicon.py, lexicon_more.py and lexicon_families.py did not generalise to.

Each block is one family, named by its meaning, written in Dutch and English with the
forms a student uses (stems, separable verbs, word order, gaps, chat spelling). Patterns
anchor on the rare, meaningful word of the family, not on "ik", "i" or "het": a text
then only tries the few patterns whose first word it contains. When the family is said
with a negation ("can't think of a reason", "kan me niet schelen"), the negation is part
of the pattern, so it is not read as negating the finding. See docs/vocabulary.md.
Merged into lexicon.FLOOR and lexicon.FIGURES.
"""

from __future__ import annotations

from steunwijzer.core import lexicon_phrasings_more as _more

_LOVED_NL = "oma|opa|moeder|vader|mama|papa|mam|pap|zus|zusje|broer|broertje|vriend|vriendin|beste_vriend|beste_vriendin|oom|tante|hond|kat|hem|haar|hen"
_LOVED_EN = "grandma|grandpa|gran|nan|granny|mum|mom|mother|dad|father|sister|brother|friend|best_friend|uncle|aunt|dog|cat|him|her|them"
_DEATH_NL = "overleden|overleed|gestorven|stierf|dood|graf|hemel|overlijden|zelfmoord"
# Exact forms: as stems, "died" would also be "dying", and wanting to be with a
# grandfather who is dying is a visit, not a wish to die.
_DEATH_EN = "=died|=dead|passed_away|=death|grave|heaven|suicide"
_HIGH_NL = "dak|*dak|brug|*brug|flat|*flat|balkon|gebouw|*gebouw|toren|*toren|parkeergarage|*garage|richel|reling|rand|viaduct|perron|spoor|rails|trein|raam"
_HIGH_EN = "roof|rooftop|bridge|building|balcony|tower|ledge|edge|railing|cliff|cliffs|overpass|parking_garage|car_park|garage|platform|tracks|train|window"
_EDGE_NL = "dak|*dak|brug|*brug|flat|*flat|balkon|gebouw|*gebouw|toren|*toren|parkeergarage|*garage|viaduct|perron|spoor|rails"
_PILLS_NL = (
    "pillen|tabletten|medicijnen|slaappillen|paracetamol|oxazepam|antidepressiva|medicatie|strips"
)
_PILLS_EN = (
    "pills|tablets|meds|medication|painkillers|paracetamol|tylenol|antidepressants|sleeping_pills"
)
_THIRD = "she|he|they|her|his|their|ze|zij|hij|haar|zijn|hun|friend|vriendin|vriend|huisgenoot|huisgenote|roommate|housemate|flatmate|sister|brother|zus|broer|zusje|broertje|vriendinnen|vrienden|huisgenoten|girl|meisje|jongen|guy|medestudent|studiegenoot|classmate"

SUICIDAL_NL: tuple[str, ...] = (
    # no reason or sense to go on: "ik kan geen reden bedenken om door te gaan"
    "geen|niet|niks|niets|waarom ..6 reden|redenen|reed|redeen|zin|nut ..5 blijven_leven|te_blijven_leven|in_leven_te_blijven|te_leven|leven|bestaan",
    "geen|niet|niks|niets|waarom ..6 reden|redenen|reed|redeen|zin|nut ..5 doorgaan|door_te_gaan|verder_te_gaan|verdergaan|door_zou_gaan $",
    "niet|niks|niets ..4 waarom ..5 nog ..4 doorgaan|door_te_gaan|door_zou_gaan|leef|leven|bestaan|besta",
    "niet ..3 meer ..3 proberen|probeer|vechten|vecht ..4 blijven_leven|te_blijven_leven|in_leven|leven|overleven",
    # life weariness: disappointed to wake up, no wish for a future, not growing old
    "teleurgesteld|balen|baal|jammer|zonde|kut ..4 dat ..3 ik ..3 nog ..3 leef|besta|wakker|adem|hier|ben",
    "zie|zag ..2 mezelf|mijzelf ..3 niet|nooit ..4 ouder|oud|dertig|veertig|vijfentwintig|25|30",
    "geen toekomst ..6 wil|wens|hoef ..4 geen|niet|ook_geen", "niet ..3 thuis|thuishoor|thuishoren|hoor ..5 wereld|aarde",
    "niet|nooit ..4 thuishoor|thuishoren ..4 wereld|aarde|leven",
    # I stop with everything, not with my studies
    "niet ..2 met ..4 met ..2 =alles|leven|het_leven|bestaan|de_wereld",
    "klaar|stop|kap|ophouden|op ..6 niet ..1 alleen|enkel ..2 met ..3 studie|school|opleiding|uni|studeren",
    "stop|stoppen|klaar ..3 ermee|mee ..8 met ..2 alles|het_leven|leven $",
    # checking out for good; the mind gone ahead, the body still to follow
    "uitchecken|uit_te_checken|uit_checken|check_uit|uitgecheckt & permanent|voorgoed|definitief|leven|wereld|overweeg",
    "lichaam ..6 volgen|volgt|nog_niet_door|inhalen|achterna & hoofd|eindstreep|dood|uitgecheckt|klaar",
    "eindstreep ..4 bereikt|gehaald|over & leven|lichaam|al",
    # easier to die, rather in the grave
    "makkelijker|beter|simpeler|fijner ..4 om? ..2 te? ..2 dood_te_gaan|te_sterven|dood|sterven|doodgaan|er_niet_meer_te_zijn",
    "liever|liefst|wil|wou|zou ..4 in ..2 mijn|m'n|een ..2 graf|kist|onder_de_grond|onder_de_zoden",
    # be with, join or follow someone who died
    _DEATH_NL + " ..9 liefst|liever|wil|wou|wens|verlang|verlangen ..4 bij ..3 " + _LOVED_NL + " ..3 zijn|wezen|gaan|komen",
    "liefst|liever|wens|verlang|verlangen ..4 bij ..3 " + _LOVED_NL + " ..3 zijn|wezen|gaan|komen & " + _DEATH_NL + " & ik|mij|me",
    "wil|wou|zou ..4 weer|opnieuw ..3 bij ..3 " + _LOVED_NL + " ..3 zijn|wezen & " + _DEATH_NL + " & ik|mij|me",
    "liefst|liever|wens|verlang|verlangen ..4 bij ..3 " + _LOVED_NL + " ..3 zijn|wezen|gaan|komen & " + _DEATH_NL + " & hij|zij|ze",
    "achterna & " + _DEATH_NL + "|wil|wou|zou|liefst|liever", "herenigd|hereniging ..4 met & " + _DEATH_NL,
    # not caring if something kills me: "het kan me niet schelen als ik onder een auto kom"
    "niet|niks|niets|weinig|geen_bal|geen_moer ..2 schelen|uitmaken|uit|erg ..6 als|of|wanneer ..6 onder|ongeluk|ongeval|aangereden|overreden|neerstort|verongeluk*|doodga|dood|sterf|overlijd|kanker|omkom|omkomen",
    "fijn|prima|opluchting|verlossing|niet_erg|best_fijn|oke ..8 als|wanneer|om ..6 ongeluk|ongeval|aangereden|overreden|neerstort|neerstortte|crash|verongeluk*|nooit_meer_wakker|niet_meer_wakker|dood|stierf|sterf|doodging",
    "slaap|slapen ..4 vallen|val ..6 nooit ..2 meer ..3 uit|wakker|ontwaken|terug",
    # means ready: "de pillen liggen al klaar", a stock "voor later"
    "!" + _PILLS_NL + " ..4 liggen|ligt|staan|staat ..3 klaar|al_klaar|te_wachten $",
    "!stapel|voorraad|berg|stapeltje ..3 " + _PILLS_NL + " & voor_later|voor_als|ooit|verstopt|klaar",
    "!stapel|voorraad|berg|stapeltje ..3 " + _PILLS_NL + " ..9 voor_later|voor_als|voor_ooit",
    "bang|doodsbang ..2 voor ..2 mezelf|mijzelf",
    "!vertrouw|vertrouwen ..2 mezelf|mijzelf ..4 niet ..5 alleen|pillen|medicijnen|mes|messen|balkon|brug|vanavond|vannacht|meer",
    # how easy or quick it would be, at a high place or a track
    "makkelijk|gemakkelijk|simpel|eenvoudig|snel|pijnloos ..3 zou|zal ..4 springen|spring|vallen|val|leunen|stappen|stap|loslaten|sturen|uitwijken|voor_de|overheen|eraf|naar_beneden & " + _HIGH_NL + "|water|gracht|kanaal|rivier|zee|verkeer|tegenligger|vrachtwagen|bus|tram|auto|hoogte",
    "zou|zal ..4 makkelijk|gemakkelijk|simpel|snel|eenvoudig ..6 springen|spring|vallen|leunen|stappen|stap|loslaten|sturen|uitwijken|innemen|slikken & " + _HIGH_NL + "|water|gracht|rivier|zee|verkeer|vrachtwagen|bus|tram|auto|hoogte|pillen|tabletten|strip|alles|allemaal",
    "rand|randje|reling ..4 " + _EDGE_NL + " & gestaan|stond|sta|staan|gedacht|dacht|denk|keek|springen|spring",
    # hanging and ending oneself, Dutch separable verbs: "knoop mezelf op", "bracht mezelf om"
    "knoop|knoopt|knoopte|knopen|hang|hangt|hing|hangen ..2 mezelf|mijzelf|zichzelf|hemzelf|haarzelf ..3 op",
    "breng|brengt|bracht|brachten|brengen ..2 mezelf|mijzelf|zichzelf|hemzelf|haarzelf|me|zich ..4 om $",
    "!bracht ..2 mezelf|mijzelf|zichzelf|me|zich ..4 bijna ..2 om",
    "mezelf|mijzelf|zichzelf|me|zich ..3 ombrengen|om_te_brengen|omgebracht|om_zeep",
    "gooi|gooit|gooide|werp|smijt|lanceer|yeet ..2 mezelf|mijzelf|zichzelf ..4 van|vanaf|voor|onder|uit ..3 " + _HIGH_NL + "|bus|tram|auto|metro",
    # Dutch "eraan": "een einde eraan maken"
    "eind|einde|punt ..3 eraan|erachter ..3 maken|maakt|maak|gaat|ga|zetten|breien|maakte",
    # a date or a day chosen, or in mind: a plan with its time, so immediate (round 58: "Ik heb een datum in gedachten. Na 1 juni hoeft het voor mij niet meer" was "soon")
    "!datum|dag|moment|tijdstip ..3 gekozen|uitgekozen|geprikt|bepaald|vastgesteld $ & ik|mijn|m'n",  # not "de hele dag ..
    "!datum|moment|tijdstip ..2 in_gedachten|in_mijn_hoofd $ & ik|mijn|m'n",  # .. mee in mijn hoofd" (set125)
    "!maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag ..2 uitgekozen|gekozen|geprikt $",
    # preparation: passwords and a will for someone, things sold "niet meer nodig"
    "!wachtwoorden|wachtwoord|pincode|pincodes|inloggegevens ..5 opgeschreven|geschreven|gegeven|achtergelaten|doorgegeven|gedeeld & zus|broer|ouders|moeder|vader|mama|papa|familie|vriend|vriendin|partner",
    "!opgezocht|uitgezocht|gegoogeld|gezocht ..4 testament",
    "!verkocht|weggegeven|weggedaan|opgezegd|weggeven|verkopen ..8 toch_niet_nodig|toch_niet_meer|straks_niet",
    "niet_meer_nodig|toch_niet_meer_nodig ..3 straks|binnenkort|waar_ik_heen_ga",
    # goodbye said in small ways, a last post
    "!afscheid|gedag ..4 nemen|neem|zeggen|zeg|begonnen ..6 kleine|stiekem|ongemerkt|manieren|zonder_dat|niemand",
    "!afscheid|gedag & stiekem|ongemerkt|subtiel|zonder_dat_ze|zonder_dat_iemand",
    "afscheid|gedag|vaarwel ..3 nam|neemt|zei|zegt|nemen|zeggen|kwam & alsof|als_of",
    "!laatste ..2 video|post|bericht|berichtje|story|vlog|upload|tweet ..3 ooit|is|zijn|wordt|zou $",
    # a lethal place and not coming back
    "niet ..3 terug|terugkomen|terug_te_komen $ & kust|zee|strand|klif|kliffen|brug|bos|rivier|spoor",
    "kust|zee|strand|klif|kliffen|brug|bos|rivier|spoor ..9 niet ..3 terug|terugkomen|terug_te_komen $",
    # the only way out is death
    "enige|laatste ..2 uitweg|oplossing|optie|uitkomst & dood|sterven|zelfmoord|doodgaan|dood_te_gaan",
    "manier|manieren|methode|methodes ..4 om ..4 dood_te_gaan|te_sterven|eruit_te_stappen|mezelf_van_kant|mezelf_te_doden|mezelf_om_te_brengen|uit_het_leven|het_leven_te_nemen|zelfmoord",
    # death as relief
    "sterven|doodgaan|dood_zijn|dood_gaan|niet_meer_bestaan|niet_bestaan|er_niet_meer_zijn|niet_meer_wakker ..4 lijkt|klinkt|voelt ..3 fijn|rustig|aantrekkelijk|verleidelijk|verlossing|opluchting|vredig|prettig",
    "verlang|verlangen|verlangde|smacht ..3 naar ..2 de? ..2 dood|het_einde|het_niets|niet_meer_bestaan|sterven",
    # a plan kept from the therapist (the noun only: set337, r63); arranged for afterwards
    "=plan|=plannetje ..2 heb|heeft|had|hebben $",
    "opgenomen|opname|gedwongen_opname & niet_verteld|niet_vertellen|vertel_niet|verzwegen|verzwijg|lieg|gelogen",
    "!geregeld|opgeruimd|leeggeruimd|geordend|klaargezet|regel|regelen|voorbereid ..4 voor ..2 daarna|erna $",
    "!geregeld|regel|regelen|voorbereid ..6 voor ..2 als|wanneer|na ..3 ik ..3 er_niet_meer|dood|weg_ben|mijn_dood",
    # stopping to exist, tired of fighting, the only thing keeping me here
    "ophield|ophouden|ophoud|houd_op|hield_op|stopte|stoppen ..2 met ..2 bestaan|ademen|leven $",
    "vechten ..2 moe|zat|beu $", "moe|zat|beu ..3 van ..2 het? ..2 vechten $",
    "enige ..4 dat|wat ..3 me|mij ..4 hier|in_leven|op_de_been|overeind ..2 houdt|hield",
    "wakker ..6 teleurgesteld|balen|baal|jammer & weer|nog|elke",
    "aftellen|aftel|tel_af|tel_de_dagen ..6 tot ..4 dood|einde|eind|weg|eruit|kan_gaan|het_doen",
    "plan|van_plan ..4 het_te_doen|het_doen|doe_ik_het ..4 als|wanneer|zodra ..4 weg|alleen|slapen|vakantie|niemand",
    "ga|gaan ..2 springen $", "denk|denken|dacht ..3 aan|over ..2 niet ..2 meer ..2 hier|er ..2 zijn",
    # soon rid of me, no need to worry about me soon; euphemisms for leaving life
    "van ..2 me|mij ..2 af ..4 binnenkort|straks|snel|voorgoed", "binnenkort|straks ..4 van ..2 me|mij ..2 af",
    "hoeven|hoeft|hoef ..6 geen ..2 zorgen ..4 om|over ..2 mij|me & straks|binnenkort|niet_lang_meer|snel|nooit_meer",
    "voor ..2 gezien ..2 houden|hou|houd|gehouden & leven|wereld|alles|mezelf", "stekker & trek|trekken|trok|getrokken|eruit & leven|mezelf|mijzelf",
    "mezelf|mijzelf ..2 deleten|verwijderen|delete|uitschakelen", "dit ..2 is ..2 afscheid|vaarwel|het_einde|het_eind $", "vaarwel ..2 iedereen|wereld",
    # means: gas, a weapon, a knife, a car into a tree
    "!helium|houtskool|koolmonoxide|uitlaatgassen|middel_x & gekocht|besteld|bestel|kopen|tent|auto|dicht|tape|heb|liggen",
    "mezelf|mijzelf|zichzelf ..3 neerschieten|doodschieten|overhoop|door_het_hoofd",
    "denk|denken|dacht|gedachte|gedachten|neiging|drang|expres ..9 tegen|onder ..3 boom|muur|vrachtwagen|pijler|vangrail|tegenligger|bus|tram ..3 rijden|rijd|rij|aan_rij|sturen|knallen|knal|crashen|aan_rijden|te_rijden|fietsen|fiets",  # "aan rij" (set368, r66)
)  # fmt: skip
SUICIDAL_EN: tuple[str, ...] = (
    # no reason or point to go on: "I can't think of a single reason to keep living"
    "not|no|never|nothing|zero|any|single ..6 reason|reasons|point|purpose ..5 keep_living|stay_alive|staying_alive|go_on_living|be_alive|being_alive|live|living|exist|existing",
    "not|no|never|nothing|zero|single ..6 reason|reasons|point|purpose ..5 keep_going|carry_on|carrying_on|go_on|going_on|be_here|being_here|stick_around $",
    "not ..3 see|know|understand|get ..2 why ..5 keep_going|keep_living|go_on|carry_on|stay|stick_around|bother|live|continue|exist|be_alive|be_here",
    "not ..3 want|wanna|plan|intend|going ..4 stay_alive|keep_living|go_on_living|be_here_anymore|keep_existing|be_alive_anymore",
    "not ..4 stick|stay ..2 around ..2 to_find_out|much_longer|any_longer|anymore",
    "not ..3 want|wanna|plan|intend ..4 keep_going|carry_on|go_on|stick_around|stay_around|be_around $",
    "only ..2 thing|reason|one|person ..4 keeping ..2 me ..2 here|alive|around",
    # life weariness: disappointed to wake up, no future pictured
    "disappointed|annoyed|upset|gutted|sad|angry|bummed ..5 i ..3 still ..3 alive|woke|wake|breathing|exist",
    "disappointed|annoyed|gutted|upset ..5 wake|woke|waking ..2 up ..3 again|still|every",
    "not ..3 see|imagine|picture ..2 myself ..5 older|old|growing_old|getting_older|30|25|thirty|forty",
    "not ..2 belong ..4 this_world|in_this_world|on_this_earth|on_earth|among_the_living|alive|anywhere_anymore",
    # done, not with uni but with life
    "not ..2 with ..4 with ..2 life|living|everything|existing|existence|the_world|it_all",
    # checking out; the mind gone ahead, the body still to follow
    "checked|check|checking ..2 out & permanently|of_life|this_world",
    "body ..6 follow|catch_up|to_follow|to_catch_up & head|mind|checked|dead|gone",
    # easier to die, rather in the grave
    "easier|better|simpler|kinder|preferable ..4 to? ..2 just? ..2 die|be_dead|not_exist|not_wake_up|not_be_here|not_be_alive",
    "six ..2 feet ..2 under", "rather|want|wish|wanna ..4 in ..2 my|a ..2 grave|coffin|box_in_the_ground",
    # be with, join or follow someone who died
    "join|follow|joining|following ..2 " + _LOVED_EN + " & " + _DEATH_EN + " & i|me",
    "want|wanna|wish|long|longing ..4 be ..2 with ..2 " + _LOVED_EN + " ..3 again & " + _DEATH_EN + " & i|me",
    "rather ..3 go|be ..2 with ..2 " + _LOVED_EN + " ..6 than ..3 stay|be|live|living & i|me",
    "join|follow|joining|following|be_with ..2 " + _LOVED_EN + " & " + _DEATH_EN + " & he|she|they",
    _DEATH_EN + " ..9 rather|want|wanna|wish|long|longing ..4 go|be|join|follow ..2 with? ..2 her|him|them",
    "join|joining|reunite|reunited|be_with|see ..3 " + _LOVED_EN + " ..3 in|on ..2 heaven|the_afterlife|the_other_side|other_side",
    # not caring if something kills me, it being fine
    "not ..2 care|mind ..3 if|whether ..6 kills|killed|kill|happens_to_me|happened_to_me|crashed|crash|crashes|ran_over|run_over|hit_me|hits_me|struck|cancer|die|died|dead|drown|drowned",
    "fine|okay|ok|alright|relief|relieved|blessing|welcome ..5 if|when ..6 crashed|crash|crashes|hit_me|hits_me|killed|struck|accident|ran_over|run_over|died|die|took_me|never_woke|not_wake|did_not_wake|never_wake",
    "not|never ..2 waking|wake ..2 up ..3 would|could ..4 fine|okay|ok|alright|relief|welcome|nice|peaceful|blessing|good|better|mind",
    "hope|hoping|wish ..4 something|anything ..3 happens|happen ..2 to ..2 me $",
    # means ready, a stock "for later"
    "!" + _PILLS_EN + " ..4 ready|waiting|laid_out|lined_up|counted_out|counted|set_aside $",
    "!pile|stash|stack|heap|hoard ..3 of? ..2 " + _PILLS_EN + " & for_later|for_when|someday|hidden|hiding|ready",
    "!pile|stash|stack|heap|hoard ..3 of? ..2 " + _PILLS_EN + " ..9 for_later|for_when|for_someday",
    "not ..2 trust ..2 myself ..6 alone|with|around|near|tonight|anymore|pills|knives|balcony|bridge",
    "scared|afraid|terrified ..2 of ..2 myself",
    # how easy or quick it would be, at a high place or a track
    "easy|easily|simple|quick|quickly|painless ..3 would|could|be ..4 jump|fall|lean|step|slip|swerve|steer|let_go|climb|tip|go_over & " + _HIGH_EN + "|water|canal|river|sea|traffic|lane|truck|lorry|bus|tram|car|height|heights",
    "would|could ..4 easy|simple|quick|painless ..6 jump|fall|lean|step|slip|swerve|steer|drive|let_go|climb|tip|walk|take|swallow & " + _HIGH_EN + "|water|river|sea|traffic|truck|lorry|bus|tram|car|pills|tablets|all|them",
    _HIGH_EN + " ..9 how ..3 quick|quickly|easy|easily|simple|painless ..3 would|could|it_would",
    "yeet|yeeting|yeeted|throw|throwing|threw|launch|launching ..2 myself|himself|herself|themselves ..4 off|from|in_front|under|out ..3 " + _HIGH_EN + "|bus|tram|car|truck",
    # ending it, said plainly
    "=end|=ending it $", "close|closer ..3 to ..2 =ending|=end ..2 it $", "close|closer ..3 to ..2 ending|end ..2 my ..2 life",
    "counting ..2 down ..5 until|till|til ..4 end_it|die|do_it|can_go|leave_this_world",
    # a date or a day chosen, a plan for when nobody is home: immediate (round 58)
    "!picked|chosen|chose|set|decided|circled|fixed ..3 date|day $ & i", "!date|day ..3 in ..2 mind $ & i",
    "!date|day ..3 picked|chosen|set|decided|fixed ..3 for? ..2 it|dying $ & i|my",
    "!plan|planning|plans ..4 do_it|to_do_it ..4 when|while|once|after|before ..4 gone|away|home|asleep|alone|holiday|holidays",
    # preparation: passwords, things sold or given, goodbye in small ways, a last post
    "!passwords|password|pin|pin_codes|logins ..5 written|wrote|given|gave|left|shared|sent & sister|brother|parents|mum|mom|dad|family|friend|partner|in_case",
    "!left|gave|given|wrote_down|written_down|shared ..4 passwords|password|pin|logins & sister|brother|parents|mum|mom|dad|family|friend|partner|in_case",
    "!sold|selling|gave|giving|given ..8 not_need|not_be_needing|not_needing|need_them|need_it|need_any|needing ..3 soon|where_i_am_going|after_i|much_longer|for_long",
    "!saying|said|say|started_saying ..2 goodbye|goodbyes ..6 small|little|ways|subtle|quietly|without|realise|realize|notice",
    "like|as_if|as_though ..2 he|she|they|i ..2 was|were|am|is ..2 saying ..2 goodbye|farewell|bye",
    "!last ..2 video|post|message|story|tweet|upload|vlog ..3 ever|is|will_be $",
    # a lethal place and not coming back
    "not ..3 coming|come|return|returning ..2 back|home $ & coast|sea|beach|cliff|cliffs|bridge|woods|forest|lake|river|mountains|tracks",
    "coast|sea|beach|cliff|cliffs|bridge|woods|forest|lake|river|mountains|tracks ..9 not ..3 coming|come|return|returning ..2 back|home $",
    # the only way out is death
    "only|last ..2 way_out|option|solution|escape|resort & die|dying|death|dead|suicide|end_it|ending_it|kill",
    "ways|way|methods|method ..4 to ..3 die|kill_myself|end_it|end_my_life|not_wake_up|disappear_forever",
    # death as relief
    "dying|being_dead|not_existing|not_being_alive|not_being_here|not_waking_up ..4 sounds|seems|feels|looks ..3 nice|peaceful|appealing|tempting|good|like_a_relief|comforting|restful",
    "appealing|tempting|comforting|soothing & not_existing|not_exist|not_being_alive|not_being_here|not_waking_up|being_dead",
    "long|longing|yearn|yearning|crave|craving ..2 for? ..2 death|dying|nothingness|oblivion",
    # a plan, kept from the therapist; arranged for afterwards
    "sectioned|hospitalised|hospitalized|locked_up & not_told|not_tell|never_told|lie|lied|hide|hiding|hid",
    "!arranged|sorted|organised|organized|prepared|ready|in_order|taken_care ..5 for ..2 after|afterwards|when_i_am_gone|after_i_am_gone|once_i_am_gone|when_i_die|after_i_die $",
    "!when|once|after ..2 i ..2 am|have ..2 gone|dead|died $ & arranged|sorted|organised|organized|ready|written|letter|letters|note|notes|passwords|will|everything",
    # tired of fighting, not being here, disappearing, jumping
    "tired|exhausted ..3 of ..2 fighting $", "not ..2 being ..2 here|around|alive ..2 anymore|any_more|any_longer",
    "thinking|think|thought ..4 about ..3 not ..2 being ..2 here|around|alive",
    "wish ..4 disappear|vanish $", "going|gonna ..3 jump $",
    # soon rid of me, no need to worry about me soon; euphemisms for leaving life
    "not|nobody|no_one|noone|never ..3 have|need ..2 to ..2 worry ..3 about ..2 me ..3 soon|much_longer|for_long|anymore", "rid ..2 of ..2 me ..3 soon|forever|for_good",
    "gone ..2 soon|forever|for_good $ & i|i_will|i_am", "pull ..2 the ..2 plug ..3 on ..2 myself|my_life|life|everything|it_all",
    "self ..1 delete|deleting", "selfdelete|selfdeleting|selfdeleted", "delete|deleting ..2 myself|himself|herself", "log|logging ..2 off|out ..3 permanently|for_good|forever|of_life",
    "quit|quitting ..2 life|living|existing $", "meet ..2 my ..2 maker", "this ..2 is ..2 goodbye|farewell|the_end $", "goodbye|farewell ..2 world|cruel_world",
    # means: gas, a weapon, a knife, a car into a tree
    "!helium|charcoal|carbon_monoxide|=exhaust|exhaust_fumes|exhaust_pipe & bought|ordered|order|tent|car|sealed|tape|have|got",
    "shoot|shooting ..2 myself|himself|herself|themselves", "knife|blade ..5 wrist|wrists|throat|heart|chest|neck",
    "bleed|bled|bleeding ..2 out $",
    "crash|crashing|ram|ramming ..3 my|the ..1 car|bike|scooter|motorbike & want|wanted|thought|think|urge|tempted|on_purpose|deliberately|sometimes|imagine", "drive|driving|drove|steer|swerve|ride|riding|rode|cycle|cycling ..4 into|under ..2 a|the|an|oncoming ..1 tree|wall|truck|lorry|pillar|oncoming|traffic|bus|tram|train|lamppost & want|wanted|thought|think|urge|tempted|on_purpose|deliberately|sometimes|imagine",
)  # fmt: skip

SELF_HARM_NL: tuple[str, ...] = (
    # hiding wounds and arms
    "verstop|verstopt|verberg|verbergt|verbergen|verstoppen|bedek|bedekken ..5 pleisters|verband|sneetjes|snijwonden|wonden|wondjes|littekens|krassen|brandwonden|armen|polsen",
    "lange ..2 mouwen ..6 armen|polsen|littekens|wonden|sneetjes|krassen|verbergen|verstoppen|zien",
    "armen|polsen ..4 zien_er_niet_uit|verberg|verstop|lange_mouwen",
    "snijwonden|sneetjes|snijwondjes|krassen ..4 op ..3 arm|armen|pols|polsen|benen|been|dij|dijen|buik|huid",
    # punishing oneself with pain or hunger
    "straf|straffen|strafte|gestraft ..2 mezelf|mijzelf|zichzelf ..8 mesje|mes|pijn|snijden|krassen|branden|slaan|niet_te_eten|niet_eten|niks_eten|niets_eten|uithongeren|honger|scheermes",
    "mezelf|mijzelf|zichzelf ..3 uitgehongerd|uithongeren|uithonger & straf|verdien|verdiende|schuld",
    # on purpose: burning, hitting, the wall
    "expres|opzettelijk|met_opzet & kookplaat|fornuis|strijkijzer|aansteker|sigaret|gebrand|verbrand|muur|gesneden|sneed|gekrast",
    "hoofd ..4 tegen ..3 muur|deur|tafel|bureau|vloer|kast ..3 slaan|sla|slaat|bonk|bonken|bonkt|beuk|beuken|knal|knallen|gebonkt|=geslagen",
    "aansteker|sigaret|sigaretten ..4 uitgedrukt|uitdrukken|gedrukt|gehouden|tegen|op ..3 huid|arm|armen|pols|been|benen",
    "puntenslijper|slijper|slijpertje & mesje|mesjes|uit_elkaar|gesloopt|losgeschroefd|open",
    "snijwonden|sneetjes|snijwondjes|wondjes|krassen|littekens ..4 op ..3 arm|armen|pols|polsen|benen|been ..3 van ..2 " + _THIRD + " & ze|zij|hij|haar|zijn|hem",
    "krassen|kras|snijden|snij|zelfbeschadiging ..9 terug|weer_begonnen|is_terug|opnieuw_begonnen",
    "gesneden|gekrast & weer|opnieuw|mezelf|mijzelf|armen|arm|pols|polsen|benen",
    "kerf|kerven|kerfde|gekerfd ..4 huid|arm|armen|been|benen|in_mijn",
    "pijn|bloed|bloeden ..6 rustig|kalm|kalmeert|opluchting|beter & snij|snijden|kras|krassen|mezelf|huid|arm",
    "sla|slaan|sloeg|stomp|stompen|stompte ..3 tegen ..2 de? ..2 muur ..6 bloed|bloeden|bloedde|kapot|tot",
)  # fmt: skip
SELF_HARM_EN: tuple[str, ...] = (
    # hiding wounds and arms
    "hide|hiding|hid|cover|covering|covered ..5 cuts|scars|wounds|bandages|plasters|band_aids|wrists",
    "long ..2 sleeves ..6 arms|wrists|scars|cuts|wounds|hide|cover",
    "cuts|wounds ..4 on ..3 arm|arms|wrist|wrists|legs|thighs|stomach|skin & fresh|new|again|she|he|her|his|saw|noticed",
    # cutting coming back
    "cutting|self_harm|self_harming|selfharm|sh & back|relapse|relapsed|returned|started_again|coming_back",
    # punishing oneself with pain or hunger
    "punish|punishing|punished ..2 myself|himself|herself|themselves ..8 blade|knife|pain|cut|cutting|burn|burning|hit|hitting|starve|starving|not_eating|food|razor",
    "starve|starving|starved ..2 myself|himself|herself ..6 punishment|punish|deserve|deserved",
    # on purpose: burning, hitting, the wall
    "on_purpose|deliberately|intentionally|purposely & stove|hob|iron|lighter|cigarette|boiling|burned|burnt|burn|wall|cut_myself|scratched",
    "bang|banging|banged|hit|hitting|slam|slamming|bash|bashing ..3 head ..3 against|on|into ..2 wall|walls|door|desk|floor",
    "lighter|cigarette|cigarettes ..4 on|against|to|into ..3 skin|arm|arms|wrist|leg|legs",
    "sharpener & blade|blades|razor",
    "cutting|self_harm|self_harming|selfharm|sh ..9 back|again|returned|relapsed",
    "pain|blood|bleeding ..6 calm|calms|calming|relief|better|feel_something & cut|cutting|scratch|myself|skin|arm|arms",
    "back ..2 to ..2 cutting|self_harming|hurting_myself|burning_myself", "carve|carved|carving ..4 skin|arm|arms|leg|legs|into_my",
    "punch|punching|punched|hit|hitting ..2 walls|wall|the_wall ..6 bleed|bleeding|bled|bruised|broke|until|till",
)  # fmt: skip

UNSAFE_NL: tuple[str, ...] = (
    # blocked, and still the messages come; followed home; waiting at my door
    "geblokkeerd|blokkeer|blokkeerde & hem|haar|iemand|ex|hij|zij & berichten|accounts|account|blijft|steeds|nog_steeds|nieuwe|honderden",
    "gevolgd|gevolgd_worden|volgt|volgde|achtervolgt|achtervolgd|achtervolgde ..3 naar ..2 huis|kamer|werk|overal", "naar ..2 huis|kamer ..3 gevolgd|achtervolgd",
    "staat|stond|wacht|wachtte|wachten|duikt|dook|opduiken|rondhangen|hangt ..4 voor|bij ..3 mijn|ons|m'n ..2 huis|deur|flat|kamer|werk|gebouw|studentenhuis & ex|hij|iemand|onbekende|stalker",
    # forced to do things, images used against me, blackmail, a drink spiked
    "gedwongen|dwingt|dwong|dwingen ..5 dingen|seks|seksuele|handelingen",
    "gedwongen|dwingt|dwong|dwingen ..5 dingen|seks ..3 niet ..2 wil|wilde|wou|wilden",
    "foto's|fotos|foto|beelden|filmpjes|video's|naaktfoto*|nudes ..6 tegen ..2 me|mij ..3 gebruiken|gebruikt|gebruiken",
    "afgeperst|afpersen|afpers*|chantage|chanteert|chanteren|gechanteerd|sextortion & me|mij|ik|mijn",
    "iets ..3 in ..2 mijn|mn|m'n ..2 drankje|glas|biertje|wijntje", "gedrogeerd*|gedrugd* & ik|me|mij|mijn",
    "filmt|filmde|filmen|fotografeert ..3 me|mij ..8 zonder|online|groepsapp|delen|deelt|posten|post",
    # forced marriage, honour
    "uithuwelijk*", "gedwongen ..3 huwelijk|trouwen", "trouwen|huwelijk ..8 dwingen|dwingt|druk|verstoten|verstoot|niet_wil|tegen_mijn_wil",
    "eer|schande|oneer ..8 pas_op|oppassen|opletten|straffen|vermoorden|gevolgen|verstoten",
    # threatened if I leave, things thrown at me, hiding at home, bruises
    "vermoord|vermoordt|vermoorden|afmaken|maakt_me_af|slaat & als ..3 ik ..4 weg|vertel|aangifte|uitmaak|uit_maak|verlaat|vertrek", "maakt ..2 hij|zij|ze ..2 me|mij ..2 af & als ..3 ik ..4 weg|vertel|aangifte|uitmaak|uit_maak|verlaat",
    "gooit|gooide|smijt|smeet|gooien ..3 dingen|spullen|borden|glazen|stoelen ..2 naar ..2 me|mij|mijn_hoofd",
    "verstop|verstopt|opgesloten|sluit ..4 in|op ..2 mijn ..2 kamer|badkamer|wc|toilet & schreeuwt|slaat|gooit|dronken|woedend|sloopt|kapot",
    "blauwe ..2 plekken ..6 van|door ..3 mijn|hem|haar ..2 vriend|vriendin|partner|ex|vader|moeder|stiefvader|man|hem|haar",
    "logt|logde|inloggen|ingelogd ..4 op|in ..3 mijn ..2 account|accounts|mail|instagram|telefoon & ex|partner|vriend|vriendin|stiekem|steeds|telkens",
    "ex|partner|vriend|vriendin ..4 heeft|kent|weet ..2 mijn ..2 wachtwoorden|wachtwoord|pincode",
    "controleert|checkt|leest|volgt ..2 mijn ..2 telefoon|berichten|locatie|geld|bankrekening|wachtwoorden & ex|partner|vriend|vriendin|man",
    # nowhere to sleep
    "nergens ..4 slapen|slaap|overnachten|te_slapen", "nergens ..2 heen ..4 vannacht|slapen|eruit_gegooid|op_straat",
    "schreeuwt|sloopt|gooit|tiert|slaat|dronken ..9 verstop|verstopt|opgesloten ..4 kamer|badkamer|wc|toilet",
    "vader|stiefvader|moeder|stiefmoeder|papa|mama ..4 mijn ..2 moeder|vader|mama|papa|zus|broer ..2 =geslagen|sloeg|slaat|mishandeld|mishandelt|geschopt",
    "sluit|sloot|opgesloten ..2 me|mij ..3 op|in", "=word|=werd ..3 opgesloten & ik & vader|moeder|ouders|stiefvader|stiefmoeder|vriend|partner|broer|thuis|kamer",
    "handen ..3 om ..2 mijn ..2 nek|keel|hals", "keel|nek ..3 dichtgeknepen|dichtgedrukt|geknepen|vastgepakt|gegrepen",
    "aangeraakt|betast|aangezeten|aan_gezeten|zat_aan ..6 tegen ..2 mijn_wil",
    "aangevallen|in_elkaar_geslagen|overvallen & ik|ben|me|mij",
    "weet|weten ..0 waar ..2 ik ..2 woon & ex|stalker|hij|iemand|onbekende|man",  # no "niet" between (r66)
    "bang|doodsbang ..4 dat ..3 hij|ex ..3 me|mij ..3 vindt|vinden|opzoekt",
    "naaktfoto*|nudes|wraakporno ..6 gedeeld|verspreid|rondgestuurd|online|gelekt|delen|verspreiden", "gedwongen ..3 tot? ..2 prostitutie|sekswerk|werken_voor",
    "houdt|houden ..3 me|mij ..3 in_de_gaten & ex|hij|iemand|onbekende|man", "voor ..2 mijn ..2 deur|raam|kamer ..3 nu|op_dit_moment|staan|staat & ex|hij|iemand|man",
    "me|mij ..3 eruit|buiten|op_straat ..2 gegooid|gezet|geschopt & nergens|slaap|slapen|bibliotheek|station|auto|vannacht",
)  # fmt: skip
UNSAFE_EN: tuple[str, ...] = (
    # blocked, and still the messages come; followed home; waiting at my door
    "blocked|block & him|her|someone|ex|he|she & messages|texts|accounts|account|keeps|still|new|hundreds|day",
    "followed|following|follows ..2 me? ..2 home|everywhere|around_campus|to_my_house|to_my_flat",
    "waiting|waits|showing_up|shows_up|showed_up|turns_up|turning_up|hanging_around|lurking|waited ..4 outside|at ..3 my|our ..2 building|house|flat|door|home|work|room|dorm|place & ex|he|someone|stranger|guy|stalker",
    # forced to do things, images used against me, blackmail, a drink spiked
    "forced|forcing|forces|pressured|pressuring|pressures ..4 into|to ..2 things|stuff|sex|sexual",
    "blackmail|blackmailed|blackmailing|sextortion|extorted|extorting & me|i|my",
    "pictures|photos|nudes|videos|images ..6 against|to_blackmail|threatening|threatens|share|spread|post ..3 me|them",
    "something ..3 in ..2 my ..2 drink|glass|beer|wine", "spiked|drugged & my|me|i",
    "woke|wake ..2 up ..4 stranger's|stranger|strangers|unknown ..3 flat|house|bed|place",
    "filming|filmed|films|photographing ..3 me ..8 without|online|group_chat|posting|posted|sharing",
    # forced marriage, honour
    "marriage|marry ..8 pressuring|pressure|force|forcing|forced|disown|not_want|against_my_will",
    "forced ..2 marriage", "dishonour*|dishonor*|honour_killing|honor_killing",
    "better ..2 watch ..2 out|my_back|your_back $",
    # threatened if I leave, things thrown at me, hiding at home, bruises
    "if ..3 i ..4 leave|left|tell|report|break_up ..6 kill|hurt_me|hit_me|beat_me|destroy_me|ruin_me",
    "kill|hurt|beat ..2 me ..4 if ..3 i ..4 leave|ever_leave|report|break_up|tell_anyone",
    "smashing|breaking|throwing|throws|threw|smashes ..3 stuff|things|plates|glasses|furniture ..4 at|hiding|scared|me",
    "hiding|hide|hid|locked ..4 in ..2 my ..2 room|bathroom|toilet & shouting|smashing|screaming|drunk|angry|raging|hitting",
    "bruises ..4 from ..3 my|him|her ..2 partner|boyfriend|girlfriend|husband|ex|dad|father|mother|stepdad|him|her",
    "logs|logged|logging ..3 into|in_to|in ..3 my ..2 account|accounts|email|instagram|phone & ex|partner|boyfriend|girlfriend|keeps",
    "ex|partner|boyfriend|girlfriend ..4 has|have|knows ..2 my ..2 passwords|password|pin",
    "checks|tracks|controls|reads|monitors ..2 my ..2 phone|messages|location|money|bank|passwords & ex|partner|boyfriend|girlfriend|husband",
    # nowhere to sleep
    "nowhere ..4 sleep|stay_tonight|go_tonight",
    "kicked|threw|thrown ..3 me ..2 out & nowhere|sleep|sleeping|tonight|street|car|library|station",
    "shouting|smashing|screaming|yelling|raging|breaking|drunk ..9 hiding|hide|hid|locked ..4 in ..2 my|the ..2 room|bathroom|toilet",
    "dad|father|stepdad|stepfather|mum|mom|mother ..4 hits|hit|beats|beat|beaten|hurts ..2 my ..2 mum|mom|mother|dad|father|sister|brother",
    "locks|locked|locking ..2 me ..2 in|up",
    "hands ..3 around ..2 my ..2 neck|throat", "grabbed|grabs|squeezed|choked|pinned ..3 me? ..3 by? ..2 the|my ..2 throat|neck",
    "touched|groped|grabbed|felt_up ..6 without|against ..2 consent|my_will",
    "=assaulted|=attacked|beaten_up & i_was|i_got|i_have_been|me",
    "knows|know ..2 where ..2 i ..2 live & ex|stalker|he|someone|guy|man|stranger",
    "afraid|scared|terrified ..4 he|ex ..3 will|'ll|might ..2 find ..2 me", "afraid|scared|terrified ..3 to ..2 go ..2 home",
    "not ..2 let ..2 me ..4 see|leave|go_out|have_friends & boyfriend|girlfriend|partner|ex|husband",
    "nudes|revenge_porn ..6 shared|spread|posted|leaked|sent_around|online|share|spread", "revenge porn", "forced ..3 to? ..2 sell|prostitut*|sex_work",
    "outside ..2 my ..2 door|room|window|house|flat ..3 right_now|now & he|ex|someone|guy|man",
)  # fmt: skip

CONCERN_NL: tuple[str, ...] = (
    # someone else harmed: "haar vriend slaat haar", "mijn huisgenoot wordt thuis =geslagen"
    "slaat|sloeg|schopt|schopte|mishandelt|mishandelde|bedreigt|bedreigde|dwingt|dwong|wurgt|duwt ..2 haar|hem|hen|mijn_moeder|mijn_zus|mijn_broer|mijn_vriendin",
    "haar|hem|hen ..2 slaat|sloeg|schopt|mishandelt|bedreigt|dwingt|=geslagen|mishandeld|afperst",
    "wordt|werd|worden|is ..4 =geslagen|mishandeld|gestalkt|bedreigd|afgeperst|gechanteerd|verkracht|aangerand|achtervolgd|uitgehuwelijkt|gedwongen_tot|gedwongen_om|gedwongen_dingen & " + _THIRD,
    "uithuwelijken|uithuwelijkt & " + _THIRD,
    "iets ..3 in ..2 haar|zijn|hun ..2 drankje|drank|glas|biertje|drinken|wijn",
    "blauwe ..2 plekken ..8 schrikt|schrok|bang|doodsbang|nerveus|vriend|angstig",
    "zichzelf|hemzelf|haarzelf ..3 iets ..3 aangedaan|aandoet|aandoen|aan_doet",
    "dat ..4 mijn ..2 moeder|mama|zus|zusje|broer|broertje ..2 slaat|sloeg|mishandelt|mishandelde|schopt|schopte|bedreigt",
    "mijn ..2 moeder|mama|zus|zusje|broer|broertje ..2 =geslagen|mishandeld|geschopt|bedreigd",
    "=geslagen|mishandeld|gestalkt|bedreigd|afgeperst|gechanteerd|gedwongen ..2 wordt|werd|worden & " + _THIRD,
    "reageert|neemt|doet ..3 niet ..3 meer|op|open ..4 sinds|al|dagen|gisteren|vannacht|uur ..9 bang|zorgen|ongerust|paniek",
    "bang|zorgen|ongerust|paniek ..9 reageert|neemt|doet ..3 niet ..3 meer|op|open ..4 sinds|al|dagen|gisteren|vannacht|uur",
    "onveilig|niet_veilig & ze|zij|hij|" + _THIRD, "bang|doodsbang ..3 voor ..2 haar|zijn ..2 vader|vriend|ex|partner|stiefvader|man|moeder|broer",
    # (not "als hij gedronken heeft ben ik bang voor hem": the student is afraid of him,
    # an unsafe home, not concern for him; a role-play, round 29, M5)
    "ze|zij|hij ..2 is|was|lijkt|leek|wordt|werd ..2 bang|doodsbang ..3 voor ..2 hem|haar|hen",
    "is|was ..1 ze|zij|hij ..2 bang|doodsbang ..3 voor ..2 hem|haar|hen", "gewelddadige|toxische ..2 relatie & ze|zij|hij|" + _THIRD,
    "=slaapt ..3 op_straat|buiten|in_de_auto|in_het_park|in_zijn_auto|in_haar_auto & ze|zij|hij|" + _THIRD,
    "gedwongen|druk|dwingen ..4 trouwen|huwelijk|uithuwelijken & ze|zij|hij|" + _THIRD,
    # someone else's plan or stock
    "!datum|dag ..4 gekozen|uitgekozen|geprikt|bepaald $ & " + _THIRD,
)  # fmt: skip
CONCERN_EN: tuple[str, ...] = (
    # someone else harmed: "her boyfriend hits her", "my housemate gets hit at home"
    "hits|beats|slaps|chokes|punches|strangles|threatens|threatening|abuses ..2 her|him|them|my_mom|my_mum|my_mother|my_sister|my_brother",
    "being|gets|got|getting|been|is|was ..2 =beaten|=stalked|=threatened|=blackmailed|=abused|=raped|=assaulted|=extorted|=drugged|=spiked|=harassed|=choked|=strangled|hit_at_home|beaten_up|followed_home|forced_into & " + _THIRD,
    "something ..3 in ..2 her|his|their ..2 drink|glass|beer",
    "bruises ..8 flinches|flinch|flinched|scared|afraid|jumpy|terrified|boyfriend",
    "done|did|do|doing ..3 something|anything ..3 to ..2 himself|herself|themselves|themself",
    "cuts|wounds|scars ..4 on ..3 her|his|their|friend|sister|brother|roommate|housemate ..2 arm|arms|wrist|wrists|legs|thighs",
    "not|never ..3 answering|answered|responding|replying|picking_up|opening|opened ..3 door|phone|calls ..9 scared|worried|afraid|panicking",
    "scared|worried|afraid|panicking ..9 not|never ..3 answering|answered|responding|replying|picking_up|opening|opened ..3 door|phone|calls",
    "unsafe|not_safe & she|he|they|" + _THIRD, "scared|afraid|terrified ..2 of ..2 her|his|their ..2 boyfriend|dad|father|ex|partner|husband|stepdad|mother|brother",
    "she|he|they ..4 scared|afraid|terrified ..3 of ..2 him|her|them", "abusive|toxic|violent ..2 relationship|boyfriend|partner|home & she|he|they|" + _THIRD,
    "sleeping|sleeps|slept ..3 on_the_street|rough|outside|in_her_car|in_his_car|in_the_park & she|he|they|" + _THIRD,
    "forced|pressured|pressuring|forcing ..4 marriage|marry & she|he|they|" + _THIRD,
    "posted|shared|leaked ..3 her|his|their ..2 address|nudes|home_address",
    # someone else's plan or stock
    "!picked|chosen|chose|set ..3 a|the ..2 date|day $ & " + _THIRD,
)  # fmt: skip

# More families, in their own module (kept under 400 lines each). The floor's patterns
# are made lean where the floor is put together (lexicon_floor.py, read only when
# patterns are compiled): ``floor_part("SUICIDAL_NL")``.
FIGURES_NL = _more.FIGURES_NL
FIGURES_EN = _more.FIGURES_EN


def about_others(patterns: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Unsafe patterns as concern for someone else (see lexicon_phrasings_more)."""
    return _more.lean(_more.about_others(patterns, language))


def floor_part(name: str) -> tuple[str, ...]:
    """The families of this module and lexicon_phrasings_more for one floor table
    (``SUICIDAL_NL``, ...), each long first word read as a prefix (``lean``)."""
    own: tuple[str, ...] = globals()[name]
    more: tuple[str, ...] = getattr(_more, name)
    return _more.lean(own + more)
