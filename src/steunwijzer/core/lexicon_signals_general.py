# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from two outsiders' sets of round 25 (set80, set81: short sentences as
students say them at an intake, in a chat with a student desk or on a forum), after
they were measured unseen (65 of 70 risk sentences found in each). Each family is
written for what it says, with its harmless neighbours in mind, not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads
the families.
"""

from __future__ import annotations

# Things to hang from, and a place to hang them; a stare at them (not "my belt got
# caught on the bike rail": no stare)
_CORD_EN = "belt|rope|cord|noose|cable"
_HOLD_EN = "rail|hook|beam|ceiling|closet_rail|banister|pipe"
_STARE_EN = "staring|stare|stared|keep_looking|kept_looking|looking_at"
_CORD_NL = "riem|touw|koord|strop|kabel"
_HOLD_NL = "stang|haak|balk|plafond|kledingstang|trapleuning|leiding"
_STARE_NL = "staar|staren|staarde|kijk|kijken|keek|blijf_kijken|bleef_kijken"
_VEHICLE = "car|bus|truck|lorry|train|tram|van"
_VEHICLE_NL = "auto|bus|vrachtwagen|trein|tram|busje"
_DRUGSTORES = "kruidvat|etos|drogist|drogisterij|apotheek|trekpleister"
_SHOPS_NL = f"{_DRUGSTORES}|ah|albert_heijn|jumbo|action|lidl|aldi"

SUICIDAL_NL: tuple[str, ...] = (
    # a question about one's own death "voor mezelf" (set82: "wat gebeurt er met je
    # studieschuld als je overlijdt? vraag voor mezelf")
    "vraag|vraag_het|vraag_ik_het ..1 voor ..1 mezelf|mijzelf & overlijd*|overleden|dood|sterf|sterven|leven|begrafenis|testament",
    "acute|suïcidale|suicidale ..1 crisis",
    "gebeld|belde|verwezen|doorverwezen ..2 =113",
    "=113 ..3 gebeld|ingeschakeld",
    "!bang ..1 voor ..1 mezelf|mijzelf|m'n_eigen|mn_eigen ..3 nu|vanavond|vannacht|op_dit_moment",
    f"{_CORD_NL} ..8 {_HOLD_NL} & {_STARE_NL}",
    # a rope and a day chosen, said of oneself or of someone (who is judged after)
    "!touw|strop ..4 en ..2 een ..1 datum|dag",
    # not expecting to be there any more, in the order of a clause after "omdat"
    "niet ..1 verwacht|verwachten|denk ..3 dat? ..2 ik? ..2 er ..2 nog ..3 ben|te_zijn|zal_zijn|zijn",
    "weet|weten ..2 niet ..2 of ..2 ik ..2 er ..2 nog ..2 ben|zal_zijn|ben_dan",
    # a recent attempt told without its name (set83: "iets geprobeerd waar ik niet trots
    # op ben en lig nu nog thuis bij mijn ouders")
    "!iets ..1 geprobeerd ..6 niet ..3 trots|praten|vertellen|uitleggen & ziekenhuis|thuis|ouders|opgenomen|lig|lag|bed|eerste_hulp|weekend",
    # wanting to go further than the cutting (set84, round 26)
    "snijden|sneed|gesneden|snij|krassen|kraste|gekrast & verder_gaan|verder_te_gaan|stap_verder|het_afmaken|er_een_eind_aan",
    # the dead one named, then wanting to be with them, a clause apart
    "dood|overleden|gestorven|overleed|begraven & wil|wou|zou_willen ..3 bij_hem_zijn|bij_haar_zijn|bij_hen_zijn|naar_hem_toe|naar_haar_toe",
    # ending it all with the way looked up; a supply and a plan to take it all (set85,
    # round 26: "dat ik het na de kerst allemaal ga beëindigen, ik heb ook al opgezocht
    # hoe", "een voorraad oxazepam ... het plan om die allemaal in te nemen")
    "allemaal|alles ..3 beëindigen|beeindigen|beëindig|beeindig & opgezocht|uitgezocht|hoe|plan|datum|manier",
    "plan|van_plan|idee ..4 allemaal|alles|tegelijk ..3 in_te_nemen|innemen|slikken|te_slikken|op_te_nemen",
    "voorraad|stapel|strips|potje|doosje & allemaal|tegelijk ..3 in_te_nemen|innemen|slikken|te_slikken",
    # it matters to nobody whether one is there (a role-play, round 26: "eigenlijk maakt
    # het niemand uit of ik er ben" read as a plain "nee")
    # (not "of ik er ben bij de borrel": there, the clause ends)
    "maakt|maakte ..3 niemand|niemands|geen_mens ..3 uit ..3 of ..1 ik ..1 er ..1 ben|nog_ben $",
    "maakt|maakte ..3 niemand|niemands|geen_mens ..3 uit ..3 of ..1 ik ..2 besta|leef",
    "niemand|geen_mens ..3 maakt|kan ..3 schelen ..3 of ..1 ik ..1 er ..1 ben|nog_ben $",
    "niemand|geen_mens ..3 maakt|kan ..3 schelen ..3 of ..1 ik ..2 besta|leef",
    # hoping to be run over
    f"hoop|hoopte|wens|wenste|zou_willen ..4 {_VEHICLE_NL} ..4 aanrijdt|raakt|overrijdt|schept|aangereden|overreden|geschept",
    # ... or that one runs over one, said as it is seen (set86, round 27: "wou dat er
    # gewoon een auto over me heen reed op weg naar de uni")
    f"hoop|hoopte|wens|wenste|wou|wilde|zou_willen ..6 {_VEHICLE_NL} ..3 over_me_heen|over_mij_heen|tegen_me_aan|tegen_mij_aan|me_aan|mij_aan ..1 rijdt|reed|rijden|zou_rijden|knalt|knalde",
    # a step forward on the platform (set86: "op het perron te denken hoe makkelijk het
    # zou zijn om een stap naar voren te zetten")
    "hoe ..1 makkelijk|simpel|eenvoudig ..9 stap|stapje|sprong|springen ..2 naar_voren|vooruit|voor_de_trein|het_spoor_op",
    "voor ..1 de ..1 trein ..2 stappen|springen|gaan_staan|te_springen|te_stappen|spring|stap",
    # set89 (round 27): a crash that would be fine; a fall from the balcony on purpose;
    # things given away that will not be needed
    "als ..1 ik ..4 verongeluk|verongelukt|doodga|overlijd|aangereden_word|neerstort|niet_meer_wakker_word ..5 is_het_ook_goed|vind_ik_het_niet_erg|maakt_het_niet_uit|is_het_prima|is_dat_ook_goed|zou_het_niet_erg_zijn",
    "van ..2 het|de ..1 balkon|brug|dak|flat|galerij ..3 laten_vallen|gesprongen|springen & expres|bewust|met_opzet|bijna",
    # (not "mijn fiets verkocht, die heb ik niet meer nodig in Utrecht": a time must be said)
    "weggegeven|verkocht|weggedaan|weg_gegeven ..8 straks|binnenkort|na_volgende_week|na_deze_week|na_het_weekend ..3 toch? ..2 niet_meer_nodig",
    # packs bought at two shops, round the sales limit (a role-play, round 27, Q20: "ik
    # heb ook al twee doosjes gekocht, bij de kruidvat en de AH")
    f"doosjes|strips|pakjes|potjes ..6 gekocht|gehaald ..6 {_DRUGSTORES} ..2 en ..2 de? ..1 {_SHOPS_NL}",
    "doosjes|strips|pakjes|pillen|paracetamol|gekocht ..8 bij ..1 verschillende|twee|drie|meerdere|allerlei ..1 winkels|drogisterijen|apotheken|supermarkten",
    # the means hidden in one's room, someone else not knowing (set88, round 27: "mn
    # huisgenoot weet niet dat er een touw in mijn kast ligt")
    "weet|weten|merkt|ziet ..2 niet|niks ..3 dat ..6 touw|strop|pillen|mesjes|scheermesjes|voorraad ..4 mijn|mn|m'n ..1 kast|kamer|la|lade|tas|bed",
    # the cutting going too far, and not minding (set87: "I wouldn't mind if it went
    # too far"; the English below)
    "zou|zal ..3 niet_erg ..2 vinden|zijn ..3 als|mocht ..4 te_ver|te_diep ..1 gaat|ging|gaan|snij|sneed",
)
SUICIDAL_EN: tuple[str, ...] = (
    "asking ..1 for ..1 me|myself|a_friend_aka_me & die|dies|died|dead|death|life|funeral|will|overdose|unsubscribe",
    "unsubscribe|log_out|logout|opt_out|resign ..2 from|of ..1 life|existence|existing",
    "don't|do_not|dont ..1 know ..2 if ..2 i'll|i_will|i ..2 still? ..1 be ..2 here|around|alive",
    # an acute crisis named in a note, or 113 called or referred to (H7: "student is in
    # acute crisis", "called 113 last night" were nothing recognised)
    # (not "a crisis service", "the crisis team": a placement or a job; not a chat)
    "acute|suicidal ..1 crisis",
    "called|rang|referred ..2 =113",
    # afraid of what one may do, now
    "!scared|afraid|frightened|terrified ..1 of ..1 myself|my_self ..3 right_now|now|tonight",
    f"{_CORD_EN} ..8 {_HOLD_EN} & {_STARE_EN}",
    "!rope|noose ..4 and ..2 a ..1 date|day",
    "don't|do_not|dont ..1 think|expect ..3 i ..2 be ..2 around|here|alive ..3 by|then|next|anymore|much_longer|long",
    "plan|planning|planned|thinking ..4 take|taking|swallow|swallowing ..2 them|it ..1 all|all_at_once|at_once & pills|tablets|stash|supply|meds|medication|sleeping_pills|paracetamol",
    "cut|cutting|harmed|harming|hurt_myself & go_further|going_further|take_it_further|further_than_that|all_the_way|end_it",
    "doesn't|does_not|wouldn't|would_not ..1 matter ..2 to ..1 anyone|anybody ..3 if|whether ..1 i'm|i_am|i ..1 here|alive|around|exist|gone",
    "=died|=dead|passed_away|=funeral|=buried & want|wanna|wish ..3 be_with_him|be_with_her|be_with_them|join_him|join_her|join_them",
    # "does anyone else low-key hope a car hits them": the student's own hope, told as a
    # question to a forum (a "them" there is everyone asking, the writer among them)
    f"hope|hoping|hoped|wish|wishing ..4 a? ..1 {_VEHICLE} ..2 hits|hit|would_hit|will_hit|runs_over|ran_over|would_run_over ..1 me",
    f"anyone|anybody ..1 else ..6 hope|hoping|wish|wishing ..4 a? ..1 {_VEHICLE} ..2 hits|hit|would_hit|will_hit|runs_over|would_run_over ..1 them|you",
    "wouldn't|wouldnt|would_not|won't|wont ..1 mind|care ..3 if|when ..2 it|i ..1 went|go|goes|going|cut|cutting ..1 too ..1 far|deep",
    "doesn't|don't|dont|doesnt ..1 know ..3 that? ..6 rope|noose|pills|blades|razors|stash ..4 in|under ..1 my ..1 closet|wardrobe|room|drawer|bag|bed",
    # set89: the only way out, looking at the canal; a crash that would be fine; things
    # sold or given away, not needed after next week
    "thinking|think|thought|feels|feel|seems|keep_thinking ..4 the? ..1 only ..1 way ..1 out",
    "bought|got ..4 packs|boxes|packets|strips|bottles ..8 from|at ..3 two|different|several|multiple|various ..1 shops|stores|pharmacies|places|supermarkets",
    "canal|river|bridge|train|tracks|water ..9 only ..1 way ..1 out",
    "if ..1 i ..4 crashed|crash|died|die|got_hit|get_hit|don't_wake_up|didn't_wake_up ..5 it_would_be_fine|that_would_be_fine|that_would_be_ok|wouldn't_mind|i_wouldn't_care|would_be_okay",
    "won't|wont|will_not ..1 need ..5 after|anyway|anymore|soon & sold|gave|giving|selling|given_away|giving_away",
    "how ..1 easy|simple ..1 it ..9 step|stepping|jump|jumping ..2 forward|off_the_edge|onto_the_tracks|in_front",
    "step|jump|stepping|jumping ..2 in_front_of ..1 a|the ..1 train|tram|bus|truck",
)
SELF_HARM_NL: tuple[str, ...] = (
    # set89: fists against the wall till they bleed; long sleeves in the heat
    "slaan|sla|sloeg|stompen|stomp|beuken ..3 tegen? ..1 de? ..1 muur ..9 knokkels|bloed|bloedden|opengeslagen|voelde_goed|expres",
    "lange_mouwen ..9 graden|warm|zomer|hitte|snikheet ..9 armen|vragen|verbergen|verstoppen",
    "littekens|wondjes|sneetjes|krassen ..4 liever_niet|niet_uitleggen|verbergen|verstoppen|bedekken",
    "mouwen ..2 naar_beneden|omlaag|lang & littekens|wondjes|krassen|armen|polsen",
    # a cover story for never baring the arms (set84, round 26)
    "korte_mouwen|korte_broek|blote_armen|topje & smoes|verzonnen|gelogen|loog|dat_is_het_niet|dat_was_het_niet|niet_de_echte_reden|niet_de_reden",
    # a blade as one's way of coping
    "mesje|mesjes|scheermesje|scheermesjes & manier_om|ermee_om|hanteren|omgaan|om_te_gaan|enige_wat_helpt",
)
SELF_HARM_EN: tuple[str, ...] = (
    "punch|punching|punched ..2 the? ..1 wall|walls ..9 knuckles|bleed|bleeding|blood|split|felt_good|feels_good|on_purpose",
    "long_sleeves ..9 degrees|hot|summer|heat ..9 arms|questions|hide|hiding",
    # marks kept hidden (set83: "keeping my sleeves down ... I have marks I'd rather not
    # explain")
    "marks|scars|cuts ..4 rather_not|not_explain|don't_want_to_explain|hide|hiding|cover",
    "sleeves ..2 down & marks|scars|cuts|arms|wrists",
    "short_sleeves|shorts|bare_arms|tank_top & excuse|lied|made_up|not_the_real_reason|that's_not_it|not_the_reason|isn't_the_reason",
    "blade|blades|razor|razors|razorblade|razorblades & how_i_cope|i_cope|coping|copes|how_i_deal|only_thing_that_helps",
)
# Sex one did not want, the sex named first: sexual violence is an unsafe situation on
# the floor too, so it is found with any catalogue (a role-play, round 25: "een jongen
# daar heeft seks met me gehad terwijl ik dat niet wilde" was read as a plain "ja").
_UNWANTED_NL = "seks|sex|neuken|geneukt|gepenetreerd"
_UNWANTED_EN = "sex|penetrated"
# Someone with a weapon at the door or in the room, and a sign it is now (an outsiders'
# hostile round, round 25, H7: "he has a knife and is outside my door right now" was a
# guess of the second net, urgency soon, Veilig Thuis before 112).
_ARMED_NL = "iemand|hij|ze|zij|man|vriend|ex|huisgenoot|huisgenote|vader|broer ..6 mes|messen|pistool|wapen|knuppel|machete|honkbalknuppel"
_NOW_NL = (
    "nu|op_dit_moment|wacht|voor_de_deur|voor_mijn_deur|in_mijn_kamer|in_de_gang|bonkt|komt|staat"
)
_ARMED_EN = "he|she|someone|somebody|guy|man|ex|boyfriend|girlfriend|roommate|housemate|flatmate|dad|father|brother ..6 knife|knives|gun|weapon|machete|bat"
_NOW_EN = "now|right_now|waiting|outside_my_door|at_my_door|at_the_door|in_my_room|banging|coming"
UNSAFE_NL: tuple[str, ...] = (
    "hij|zij|ze|iemand|man|jongen|vriend|ex|vader ..3 greep|pakte|trok|draaide ..2 me|mij ..2 bij|aan ..1 mijn? ..1 arm|armen|pols|nek|keel|haar & hard|stevig|blauwe|pijn|bang|liet_niet_los|niet_los|volgt|achtervolgt|weg_wilde",
    "loopt|liep|lopen ..3 achter ..1 me|mij ..4 naar ..1 huis|mijn_huis|de_deur|mijn_kamer",
    # put out of one's room or home, no place now (set82)
    "hospita|huisbaas|verhuurder|ouders|moeder|vader|stiefvader|vriend|vriendin ..4 me|mij ..3 eruit|uit_huis|op_straat|buiten ..1 gezet|gegooid|getrapt|geschopt",
    # (round 56: no more "sinds", "slaap" or "bank": a room lost and a friend's couch is
    # a housing need since round 55; a role-play got Veilig Thuis and 112 first for it)
    "geen ..1 kamer|slaapplek|dak_boven_mijn_hoofd|huis|woning ..1 meer & eruit|gezet|nergens",
    # a landlord who comes in while one showers or sleeps; followed to a place (set82)
    "komt|kwam|loopt|liep ..3 binnen ..6 douche|slaap|sliep|naakt|omkleed|omkleden|bed",
    "me|mij ..4 volgt|volgde|achterna ..2 naar|tot|overal|huis|station|fiets|bus|trein",
    "volgt|volgde ..1 me|mij ..3 naar|tot|overal|naar_huis|het_station",
    f"!{_ARMED_NL} & {_NOW_NL}",
    "!bonkt|beukt|bonst|trapt|ramt|slaat ..3 op|tegen ..2 mijn|de ..1 deur|raam & nu|pijn|vermoorden|dreigt|doodmaken|afmaken",
    f"{_UNWANTED_NL} ..8 terwijl|hoewel|ook_al|toen ..2 ik ..2 niet ..1 wilde|wou|wil|nee_zei",
    f"{_UNWANTED_NL} ..4 tegen ..2 mijn ..1 wil|zin",
    f"{_UNWANTED_NL} ..6 terwijl|toen ..2 ik ..2 sliep|bewusteloos|buiten_westen|knock_out",
    # hit too, after others ("slaat mijn neefjes en sinds kort ook mij"); sleeping in a
    # tent or a car with no home (set85, round 26; not a camping holiday)
    "slaat|sloeg|schopt|schopte|mishandelt & ook_mij|ook_me|mij_ook|me_ook|zelfs_mij|soms_mij",
    "slaap|sliep|geslapen|slapen ..4 in ..2 een|mijn|m'n? ..1 tent|tentje|auto|park|portiek|fietsenstalling & geen_kamer|geen_huis|geen_woning|geen_slaapplek|eruit|niet_meer_thuis|nergens|dakloos|uit_huis|thuisloos|weggestuurd|gezet",
    "in ..1 een|mijn|m'n ..1 tent|tentje|auto|portiek|fietsenstalling ..6 geslapen|slapen|slaap|sliep & geen_kamer|geen_huis|geen_woning|geen_slaapplek|eruit|niet_meer_thuis|nergens|dakloos|uit_huis|thuisloos|weggestuurd|gezet",
    # threats said as idioms: "ze weten me te vinden", "als ik naar de politie ga ..."
    # (set84, round 26)
    # (not "je weet me te vinden als je vragen hebt": a threat beside it, or the police)
    "weten|weet ..1 me|mij|jou|je ..1 te ..1 vinden & dreig*|gedreigd|politie|aangifte|bang|als_ik|anders|beroofd|pakken|wraak",
    "me|mij|jou|je ..1 weten|weet ..1 te ..1 vinden & dreig*|gedreigd|politie|aangifte|bang|als_ik|anders|beroofd|pakken|wraak",
    "weet|weten ..1 waar ..1 ik ..1 woon|slaap|werk & bang|dreigt|dreigde|gedreigd|als_ik|politie|aangifte|vermoorden|pakken|opwachten|stalkt",
    "als ..1 ik ..4 politie|aangifte|melding & dreig*|gedreigd|vinden|vermoorden|doodmaken|pakken|kapotmaken|wat_aandoen|iets_aandoen|spijt|afrekenen",
    # (not "als ik dit vertel vermoordt mijn moeder me": a figure of speech)
    "als ..1 ik ..3 het? ..1 iemand ..1 vertel|vertelt & dreig*|gedreigd|pakken|kapotmaken|wat_aandoen|iets_aandoen|spijt|afrekenen|vinden",
    # what is told named between, the threat after the comma: "als ik iemand over dat
    # huwelijksgedoe vertel, zorgt hij ervoor dat ik daar spijt van krijg" (set118)
    "iemand|anderen|niemand ..5 vertel|vertelt|verklap|zeg ..9 zorgt|zorgen|zal_zorgen|gaat_zorgen ..2 ervoor|dat ..5 spijt|boeten",
    # kept in: "thuis mag ik niet naar buiten van m'n vader" (set118)
    "mag ..3 niet ..3 naar_buiten|de_deur_uit|het_huis_uit|de_straat_op ..3 van ..2 mijn|m'n|mn|me ..1 vader|moeder|ouders|pa|ma|vriend|man|broer|broers|oom|familie|partner|schoonfamilie",
    "mijn|m'n|mn ..1 vader|moeder|ouders|vriend|man|broer|broers|oom|familie|partner ..2 laat|laten|liet ..1 me|mij ..2 niet ..3 naar_buiten|de_deur_uit|het_huis_uit|weg|gaan",
    "spijt ..3 krijgen|van_krijgen|van_hebben & eerder ..3 geslagen|erger|gedaan|geschopt|pijn",
    # nowhere to go, sleeping on friends' couches (set88, round 27)
    "kan|kon ..2 nergens ..2 terecht|heen|slapen|wonen & bank|banken|slaap|slapen|wonen|kamer|dak|nacht|nachten|vrienden",
    # coming at one with a weapon
    "kwam|komt|liep|rende|ging ..4 met ..2 een? ..1 mes|knuppel|hamer|schaar|fles|honkbalknuppel ..3 op ..1 me|mij ..1 af",
)
UNSAFE_EN: tuple[str, ...] = (
    # grabbed by someone; walked behind to one's house (a role-play, round 25, P10: a man
    # from her sports club; "grabbed my arm" resembled self-harm)
    "he|she|guy|man|someone|somebody|boyfriend|ex|dad|father ..3 grabbed|grabs|yanked|shoved|twisted ..2 my ..1 arm|arms|wrist|neck|throat|hair & hard|tight|bruise|bruises|bruised|hurt|hurts|pain|scared|afraid|wouldn't_let_go|would_not_let_go|follows|following|stalking",
    "walks|walking|walked|follows|following|followed ..1 behind ..1 me ..4 home|house|door|place|room|to_my",
    f"!{_ARMED_EN} & {_NOW_EN}",
    "!banging|kicking|pounding|hammering ..3 on|at|in ..2 my|the ..1 door|window & now|right_now|hurt|kill|threatens|threatening",
    f"{_UNWANTED_EN} ..8 when|while|though|although|even_though|even_tho ..1 i ..1 didn't|did_not|didnt|never ..1 want|wanted|agree|agreed|consent|consented",
    f"{_UNWANTED_EN} ..8 when|while|though|although|even_though ..1 i ..1 said|was_saying ..1 no|stop",
    f"{_UNWANTED_EN} ..4 against ..2 my ..1 will",
    f"{_UNWANTED_EN} ..6 while|when ..2 i ..1 was ..2 asleep|sleeping|unconscious|passed_out|blacked_out",
    # hit too, after others; sleeping in a tent or a car (set85, round 26)
    "hits|hit|beats|beat|kicks|kicked|slaps|slapped & also_me|me_too|even_me|sometimes_me|me_as_well",
    "sleep|sleeping|slept ..4 in ..2 a|my ..1 tent|car|park|doorway & no_home|no_room|nowhere|homeless|kicked_out|thrown_out|can't_go_home|cannot_go_home|no_place|evicted",
    # threats said as idioms (set84, round 26)
    "know|knows ..1 where ..1 i ..1 live|sleep|work & threat*|if_i|police|cops|scared|hurt|kill|find_me|regret|watching",
    "they'll|they_will|he'll|he_will|she'll|she_will|they_would|he_would ..1 find ..1 me & police|cops|tell|report|talk|snitch",
    # (not "my parents will kill me if i tell them I failed": the police, or a report)
    "if ..1 i ..3 go|went|tell|told|report|reported|call|called ..2 police|cops & kill|hurt|find|regret|pay|dead|sorry|threat*",
    "if ..1 i ..2 report|reported|snitch|snitched ..2 him|her|them|it|this & kill|hurt|find|regret|pay|sorry|threat*",
    # "if i tell anyone he said i'll regret it" (set118, reworded): telling, then a threat
    "if ..1 i ..3 tell|told|say|said ..2 anyone|anybody|someone|people ..8 regret|pay_for_it|hurt_me|kill_me|come_after_me|make_my_life_hell",
    # kept in: "my dad won't let me leave the house", "not allowed to go outside by my parents"
    # (not "won't let me leave the house without a coat": the clause ends there, or
    # something says it is more than a rule)
    "won't|doesn't|don't|wont|doesnt|dont|never ..1 let ..1 me ..2 leave|go_out|go_outside|out ..3 house|home|flat|room|apartment $ & dad|father|mum|mom|mother|parents|boyfriend|husband|partner|brother|uncle|family",
    "won't|doesn't|don't|wont|doesnt|dont|never ..1 let ..1 me ..2 leave|go_out|go_outside|out & locked|lock|locks|keys|phone|weeks|days|anymore|any_more|at_all|scared|afraid|hits|hit|hurt|threat*",
    "not ..1 allowed ..3 leave|go_out|go_outside|outside ..4 house|home|flat|by|because & dad|father|mum|mom|mother|parents|boyfriend|husband|partner|brother|uncle|family",
    "better ..1 not ..6 or ..0 else",
    "regret ..1 it & done ..1 worse|hit|hits|beat|beats|hurt|violent|threaten*",
    "came|comes|went|goes|ran|lunged|charged ..1 at ..1 me ..3 with ..2 knife|knives|bat|hammer|blade|bottle|scissors",
)
# Someone drinking or using until they stop breathing or lie unconscious (set86, set87,
# round 27: "last weekend she stopped breathing for a bit", "lag hij bewusteloos in de
# badkamer, we wisten niet of hij nog ademde"): a life at risk, someone else's.
_WHO_NL = "huisgenoot|huisgenote|vriend|vriendin|broer|zus|zusje|broertje|kamergenoot|hij|zij"
_WHO_EN = "roommate|flatmate|housemate|friend|brother|sister|boyfriend|girlfriend|he|she"
CONCERN_NL: tuple[str, ...] = (
    # a sister who hardly eats any more and faints, the worry said (set86, set88)
    f"{_WHO_NL} ..6 eet|eten ..2 bijna|haast ..1 niks|niets|nauwelijks ..9 zorgen|bang|flauw|dun|mager|ongerust|ziekenhuis",
    f"{_WHO_NL} ..6 bewusteloos|buiten_westen ..8 ademde|ademen|adem|ambulance|112|ziekenhuis|wakker_krijgen|badkamer|vloer|drinkt|gedronken|pillen|drugs",
    f"{_WHO_NL} ..8 ademde|ademt|ademen ..1 niet|nauwelijks|bijna_niet|niet_meer",
    f"of ..1 {_WHO_NL} ..2 nog ..1 ademde|ademt|leefde",
)
CONCERN_EN: tuple[str, ...] = (
    f"{_WHO_EN} ..6 barely|hardly|stopped|doesn't|isn't ..1 eating|eats ..9 worried|scared|fainted|faints|so_thin|skinny|afraid|hospital",
    f"{_WHO_EN} ..6 stopped|stops|wasn't|was_not|barely|wasn't_really ..1 breathing",
    f"{_WHO_EN} ..6 unconscious|unresponsive ..8 breathing|ambulance|911|112|hospital|wake_her|wake_him|floor|bathroom|drinks|drank|drunk|pills|drugs",
)

# Followed online is no one at the door: "mijn vriend volgt me op Instagram en nu ziet
# hij alles" was an unsafe situation, urgency immediate (set82's neighbours, round 25).
_ONLINE = (
    "instagram|insta|tiktok|twitter|snapchat|snap|linkedin|facebook|strava|spotify|youtube|twitch"
)
# A scar with its cause said, an accident or an operation ("a scar on my wrist from
# walking into a glass door as a kid": a health form, set85, round 26)
_CAUSE_NL = "ongeluk|ongeluk_gehad|val|gevallen|operatie|fietsongeluk|hond|kat|waterpokken|brandwond|als_kind|toen_ik_klein_was"
_CAUSE_EN = "accident|a_fall|fell|falling|surgery|operation|walking_into|glass_door|bike|dog|cat|chickenpox|as_a_kid|as_a_child"
# A schedule called suicide (set87, round 27: "deze planning is echt zelf moord drie
# tentamens op 1 dag")
_SCHEDULE_NL = "planning|rooster|schema|deadline|deadlines|tentamenweek|toetsweek|examenweek|studieplanning|programma|weekplanning"
_SCHEDULE_EN = "schedule|timetable|planning|deadline|deadlines|workload|exam_week|week"
FIGURES_NL: tuple[str, ...] = (
    f"{_SCHEDULE_NL} ..2 is|wordt|lijkt ..2 echt|gewoon|pure|puur|toch|regelrecht|regelrechte|een_soort ..1 zelfmoord|zelf_moord",
    f"volgt|volgde|volgen ..2 me|mij ..2 op ..1 {_ONLINE}",
    f"litteken|littekens ..6 van|door|sinds ..3 {_CAUSE_NL}",
)
FIGURES_EN: tuple[str, ...] = (
    f"{_SCHEDULE_EN} ..2 is ..2 pure|literally|actual|just|basically ..1 suicide",
    f"follows|followed|following ..2 me ..2 on ..1 {_ONLINE}",
    f"scar|scars ..6 from|after|since ..3 {_CAUSE_EN}",
)
# An age said with "at" ("i self harmed at 14, ... in a good place now"), for a past
# that is over (lexicon.PAST; it counts only beside a sign of recovery).
PAST_EN: tuple[str, ...] = (
    # "I self-harmed in high school, it's been 6 years now ... currently fine" (set89)
    "in ..1 high_school|middle_school|secondary_school & self_harmed|harmed|cut|cutting|tried|attempted|self_harm",
    "at ..0 =12|=13|=14|=15|=16|=17|=18|=19 & self|harm|harmed|cut|cutting|tried|attempt|attempted|wanted",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
