# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk-to-life acts and places rather than words about dying (round 10; see
docs/vocabulary.md): pills already swallowed, "onder de trein" said with any verb, the
way to the tracks walked beforehand, an hour on a bridge looking down at the water, a car
left running in a closed garage, disappearing "for good"; a cut too deep for a plaster,
scars hidden under long sleeves; plates flying at home and a door locked, nowhere to
sleep tonight, an ex who waits at the entrance and knows the timetable.

Written from their meaning in both languages after two outsiders' sets (set19, set20:
international students' English, MBO slang and regional Dutch) showed the families
missing, not from their sentences; the harmless readings found while writing them are
kept out ("ik heb mijn pillen al genomen" is a daily dose: only all of them, a strip, or
with a farewell; "bijna onder de tram" is a near miss). Merged into lexicon.FLOOR and
lexicon.FIGURES; about someone else, a finding becomes concern_for_other as every other.
"""

from __future__ import annotations

_PILLS_NL = "pillen|pil|slaappillen|tabletten|medicijnen|paracetamol|oxazepam|temazepam|antidepressiva|medicatie|strip|strips|doosje|potje"
_PILLS_EN = "pills|pill|sleeping_pills|tablets|meds|medication|medicine|painkillers|paracetamol|tylenol|antidepressants|strip|bottle|pack"
_ALL_NL = "alle|allemaal|al_mijn|al_m'n|de_hele|een_hele|hele|handvol|teveel|te_veel|een_strip|een_doosje|een_potje"
_ALL_EN = (
    "all|all_of|the_whole|a_whole|whole|entire|handful|too_many|a_bottle|a_pack|a_strip|everything"
)
_TAKEN_NL = "genomen|ingenomen|geslikt|doorgeslikt|opgegeten|leeggegeten"
_TAKEN_EN = "took|taken|swallowed|downed|ate"
_GOODBYE_NL = "over|klaar|voorbij|afscheid|sorry|vaarwel|eind|einde|dood|doei|dag_iedereen"
_GOODBYE_EN = "over|done|goodbye|bye|sorry|farewell|end|gone|dead|forgive"
_TRAIN_NL = "trein|metro|intercity|sprinter|tram|goederentrein"
_TRAIN_EN = "train|subway|tube|tram|metro"
_DOWN_NL = "water|diepte|beneden|rivier|maas|rijn|waal|ij|schelde|zee|gracht|kanaal|rails|spoor|weg|snelweg|straat"
_DOWN_EN = "water|river|drop|down|bottom|tracks|rails|road|motorway|highway|street|canal|sea"
_HIGH_NL = (
    "brug|*brug|flat|*flat|dak|*dak|balkon|viaduct|parkeergarage|toren|rand|richel|reling|kade"
)
_HIGH_EN = "bridge|roof|rooftop|balcony|overpass|ledge|edge|railing|tower|car_park|parking_garage"
_FOR_GOOD_NL = "voorgoed|definitief|voor_altijd|voor_eeuwig|permanent"
_FOR_GOOD_EN = "for_good|forever|for_ever|permanently|for_real|and_never_come_back"
# Poison or a household chemical swallowed (a hostile round, round 66: "I drank bleach"
# was addiction, "ik heb gif gedronken" nothing)
_POISON_NL = "gif|rattengif|chloor|bleek|bleekmiddel|ontstopper|gootsteenontstopper|antivries|onkruidverdelger|wasmiddel|ammoniak|terpentine|lampenolie"
_POISON_EN = "bleach|poison|rat_poison|antifreeze|drain_cleaner|weedkiller|pesticide|detergent|ammonia|lamp_oil"

SUICIDAL_NL = (
    # poison swallowed, and pills taken "om dood te gaan" (round 66's hostile round: "soon")
    f"!{_POISON_NL} ..3 gedronken|ingenomen|geslikt|opgedronken|doorgeslikt|opgegeten",
    f"!{_PILLS_NL} ..4 {_TAKEN_NL} ..4 om ..2 dood ..2 te ..1 gaan|zijn",
    # "de pillen" (those pills, not "mijn pillen", a daily dose) already taken
    f"!heb|had ..2 de ..0 {_PILLS_NL} ..2 al ..1 {_TAKEN_NL}",
    f"!{_PILLS_NL} ..4 {_TAKEN_NL} ..4 om ..3 er ..2 een ..1 eind|einde ..1 aan ..1 te ..1 maken",
    # pills already swallowed: an attempt under way (urgency immediate)
    f"!{_ALL_NL} ..3 {_PILLS_NL} ..4 {_TAKEN_NL}",
    f"!{_TAKEN_NL} ..4 {_ALL_NL} ..3 {_PILLS_NL}",
    f"!heb|had ..3 de|mijn|m'n|mn ..1 {_PILLS_NL} ..3 al ..2 {_TAKEN_NL} & {_GOODBYE_NL}",
    # all of them at once, still to come ("ik neem vanavond al mijn pillen tegen
    # hoofdpijn tegelijk in": nothing was recognised, round 49's closing note)
    f"neem|slik|nemen|slikken|innemen|inslikken|in_te_nemen|te_slikken|naar_binnen ..5 {_ALL_NL} ..3 {_PILLS_NL} ..6 tegelijk|tegelijkertijd|in_een_keer|in_1_keer|achter_elkaar",
    f"{_ALL_NL} ..3 {_PILLS_NL} ..6 tegelijk|tegelijkertijd|in_een_keer|in_1_keer|achter_elkaar ..3 innemen|in_te_nemen|slikken|te_slikken|nemen|in|op",
    f"neem|slik ..4 {_ALL_NL} ..3 {_PILLS_NL} ..1 in|op $ & vanavond|vannacht|straks|zo_meteen|vandaag|nu",
    # asking how many of them it takes ("hoeveel van die slaappillen heb je nodig")
    f"!hoeveel ..3 van ..2 die|de|deze|mijn|m'n|mn ..1 {_PILLS_NL} ..5 nodig|dodelijk|dood|genoeg|wakker|overleef",
    # under a train, whatever the verb ("vannacht ga k onder de trein"); a near miss
    # ("bijna onder de tram gekomen") is a figure below
    f"onder ..1 de|een ..1 {_TRAIN_NL}",
    # the way there walked beforehand
    "!route|weg ..4 naar ..2 het|de ..1 spoor|rails|brug|flat|dak|perron ..4 gelopen|gefietst|verkend|bekeken|uitgestippeld|gereden|nagelopen|afgelopen",
    "!al ..4 naar ..2 het|de ..1 spoor|rails ..3 gelopen|gefietst|gereden & vanmiddag|vandaag|gisteren|gister|vanavond|alvast|al",
    # a long while on a bridge, a roof or a platform, looking down, then home again
    f"!op ..3 {_HIGH_NL}|perron ..9 naar ..3 {_DOWN_NL} ..2 gekeken|gestaard|staren|kijken|keek|staarde|zitten_kijken|staan_kijken",
    f"!{_HIGH_NL}|perron ..9 uur|lang|minuten|tijd ..6 naar ..3 {_DOWN_NL}",
    # a car left running in a closed garage
    "!auto|motor ..6 laten ..1 draaien|lopen|aanstaan|stationair ..8 garage|dicht|deur_dicht|slang|afgesloten",
    "!garage ..8 auto|motor ..4 laten ..1 draaien|lopen|aanstaan",
    # disappearing for good, not for a weekend
    f"=verdwijnen|weg_zijn|weggaan ..3 {_FOR_GOOD_NL}",
    f"{_FOR_GOOD_NL} ..3 =verdwijnen|weg_zijn|weggaan|weg_wezen",
    # hoping half that it goes wrong: no helmet, no look when crossing, too fast
    "hoop|hoopte ..2 half|stiekem|soms|eigenlijk? ..3 dat ..3 het|er|ik ..3 misgaat|mis_gaat|iets_gebeurt|iets_misgaat|aangereden|verongeluk",
    # thinking of it at every passing train, on the roof right now, done with breathing
    "elke|iedere ..1 trein|metro|tram|vrachtwagen|brug ..8 denk|dacht ..3 eraan|er_aan|er_weer_aan|aan_springen",
    "!op ..2 het|de ..1 dak|rand|reling|brug ..6 nu|op_dit_moment|vannacht & alleen|bel|hulp|sorry|springen|spring|gevoel|weer",
    "klaar ..4 met ..2 ademen|leven|het_leven|bestaan",
    # a farewell of one's own: thanks for everything, it was nice while it lasted
    "houdoe|doei|dag|vaarwel|tot_ziens ..2 allemaal|iedereen|jullie ..6 bedankt|dankjewel|dank_je ..2 voor ..1 alles",
    "was|het_was ..2 mooi|leuk|fijn ..2 zolang ..2 het ..1 duurde & klaar|afscheid|bedankt|iedereen|allemaal|doei|houdoe|vaarwel",
    # not making it to Christmas; this time meant, not like exam week
    "haal ..3 de|mijn|m'n ..1 kerst|verjaardag|zomer|volgend_jaar ..2 niet|nie|nooit",
    "ga|gaan ..1 dood ..6 meen_ik_het|ik_meen_het|echt_waar|deze_keer|geen_grap",
    # round 10, second pass (set21): one step at the platform, one turn of the wheel,
    # the same spot on the bridge again and again, not minding not waking up, a service
    # weapon looked at too often, "you can have my bike if I'm not there", the last
    # deadline "in more ways than one", going to grandma who died
    "één|een|1 ..1 stap & trein|perron|spoor|rails|rand|brug|afgrond|diepte",
    "één|een|1 ..1 stuurbeweging|ruk_aan_het_stuur & klaar|over|weg|vrachtwagen|vrachtwagens|boom|tegenligger",
    "steeds|telkens|elke_dag|vaak|weer ..4 naar ..3 dezelfde ..1 plek ..6 brug|spoor|dak|flat|water|rand",
    "niet|nooit ..2 meer? ..1 wakker ..3 word|werd|worden|zou_worden ..6 prima|fijn|best|goed|niet_erg|geen_probleem|boeit|maakt_niet_uit|oke|ok",
    "!dienstwapen|wapen|pistool|vuurwapen ..9 mezelf|aan_mezelf|op_mezelf",
    "!als|mocht ..6 niet|er_niet|weg ..8 mijn|m'n|mn ..1 fiets|spullen|laptop|gitaar|kat|planten|kleren ..2 hebben|houden|krijgen",
    "!laatste ..4 in_meerdere_opzichten|op_meerdere_manieren|in_alle_opzichten",
    "naar|bij ..2 oma|opa|mama|papa|moeder|vader ..2 gaan|toe|zijn & overleden|dood|gestorven|hemel",
)
SUICIDAL_EN = (
    f"!drank|drunk|swallowed|took|taken|ingested|downed ..3 {_POISON_EN}",
    f"!{_TAKEN_EN} ..4 {_PILLS_EN} ..4 to ..2 die|end_it|kill_myself|end_my_life",
    f"!{_TAKEN_EN} ..3 {_ALL_EN} ..3 {_PILLS_EN}",
    f"!already ..2 {_TAKEN_EN} ..4 {_PILLS_EN}|them|everything & {_GOODBYE_EN}",
    f"!{_TAKEN_EN} ..3 the|my ..1 {_PILLS_EN} ..3 already & {_GOODBYE_EN}",
    f"take|swallow|taking|swallowing|down|downing ..4 {_ALL_EN} ..3 {_PILLS_EN} ..6 at_once|in_one_go|one_after_another",
    f"under ..1 a|the ..1 {_TRAIN_EN}",
    "!walked|scouted|checked|planned|biked|cycled|drove ..3 the ..1 route|way ..3 to ..2 the ..1 tracks|railway|bridge|roof|station|platform",
    f"!stood|standing|sat|sitting|was ..3 on ..2 the|a|that ..1 {_HIGH_EN}|platform ..9 staring|looking|looked|stared|gazing ..3 down|at|into ..3 {_DOWN_EN}",
    f"!{_HIGH_EN}|platform ..9 hour|hours|minutes|ages|long_time ..6 staring|looking|looked|stared ..3 down|at|into",
    "!car|engine ..4 running ..8 garage|closed|hose|door_shut|doors_shut",
    "!left|let|leave|leaving|kept ..2 the? ..1 car|engine ..2 running ..6 garage|closed|hose|shut",
    f"disappear|vanish|be_gone ..3 {_FOR_GOOD_EN}",
    "hoping|hope|hoped ..3 half? ..3 something ..2 happens|hits_me|goes_wrong & road|cross|crossing|look|car|bike|scooter|helmet|fast|speed|traffic",
    "every|each ..1 train|truck|bridge ..8 think|thought ..3 about_it|of_it|about_jumping|of_jumping",
    "!on ..2 the|a ..1 roof|ledge|edge|bridge ..8 right_now|now|tonight & alone|call|help|sorry|jump|feel|feeling|again|therapist",
    "done ..3 with ..2 breathing|living|life|existing",
    "delete|uninstall|erase ..3 myself|my_life|my_existence",
    "delete ..3 my ..1 own? ..1 account & real|irl|life|for_real|not_instagram|not_the_app",
    "won't|wont|not_going_to|don't_think_i'll ..2 make_it ..2 to|till|until|through ..2 christmas|my_birthday|summer|next_year",
    "going_to|gonna ..1 die ..6 i_mean_it|not_joking|this_time|for_real",
    "one ..1 step & train|platform|tracks|edge|bridge|ledge",
    "pull ..2 of ..2 the ..1 tracks|edge|water|drop|train|bridge",
    "one ..1 turn ..2 of ..2 the ..1 wheel & over|done|truck|trucks|tree|oncoming",
    "wouldn't_mind|would_not_mind|wouldnt_mind|don't_mind|dont_mind ..4 if|when ..6 went_down|crashed|crash|hit_me|died|die|didn't_wake|did_not_wake|never_woke|not_wake",
    "!gun|firearm|service_weapon|pistol ..9 myself|on_myself|think_of_myself",
    "!if ..6 not|gone|isn't_there|am_not_there ..6 you ..2 can ..2 have ..2 my ..1 bike|stuff|things|laptop|guitar|cat|plants|clothes",
    "!last ..4 in_more_ways_than_one|in_every_sense|in_every_way",
)
SELF_HARM_NL = (
    # bleeding that will not stop after a cut: 112 now, not "today" (round 66's hostile round)
    "!bloedt|bloeden|bloedde ..0 erg|hard|veel|door|flink|enorm & gesneden|doorgesneden|gekrast|snee|sneden|polsen|pols|mes|mesje",
    "!bloedt|bloeden|bloedde ..0 heel|zo|echt|nog|nogal|best|super|maar ..0 erg|hard|veel|flink|steeds|door & gesneden|doorgesneden|gekrast|snee|sneden|polsen|pols|mes|mesje",
    "!bloeden ..1 stopt|houdt ..1 niet ..1 op? & gesneden|doorgesneden|gekrast|snee|sneden|polsen|pols|mes|mesje",
    # a cut too deep, a question about stitches for oneself
    "te ..1 diep ..3 gesneden|gekrast|gegaan|snee|gesneden_heb & snee|sneetje|snijden|mes|mesje|scheermesje|bloed|bloedt|hechten|hechting|hechtingen|eerste_hulp|pleister|wond|arm|pols|been",
    "te ..1 diep ..2 gesneden|gekrast",
    "snee|sneden|wond ..6 hechten|hechting|hechtingen|eerste_hulp|dokter|huisarts ..8 mezelf|zelf_gedaan|expres|niemand_weet",
    # scars or cuts hidden under long sleeves
    "lange_mouwen|vest|trui|hoodie|sweater ..9 littekens|sneetjes|krassen|wondjes|snijwonden|brandplekken",
    # a wound that cannot be explained at the GP; someone else scratching herself
    "wond|wonden|snee|sneden|krassen|littekens ..9 uitleggen|vertellen ..3 hoe ..3 komt|gebeurd|kwam",
    "krast|kraste|snijdt|sneed|brandt|brandde ..2 zich|zichzelf",
    "sla|sloeg|slaan|bonk|bonkte|beuk|beukte ..4 mijn|m'n|mn ..1 hoofd|kop ..3 tegen ..2 de|een|mijn ..1 muur|deur|kast",
    "met ..2 mijn|m'n|mn ..1 vuist ..3 tegen ..2 mijn|m'n|mn ..1 hoofd|kop|benen|been",
    "elke|iedere ..1 keer ..2 dieper",
    "dieper ..2 dan ..1 normaal|vorige_keer|anders",
    "littekens|sneetjes|krassen|wondjes|snijwonden ..8 verbergen|verstoppen|bedekken|lange_mouwen|vest|trui|hoodie|niemand_mag_zien",
)
SELF_HARM_EN = (
    "!won't|will_not|doesn't|does_not|can't|cannot|isn't|is_not ..1 stop|stopping ..1 bleeding & cut|cuts|wrist|wrists|slit|razor|blade|knife",
    "!bleeding ..2 a_lot|heavily|badly|so_much|really_bad|everywhere & cut|cuts|wrist|wrists|slit|razor|blade|knife",
    "cut|went|gone ..2 too ..1 deep",
    "cut|wound|gash ..8 stitches|first_aid|emergency_room ..8 myself|did_it_myself|on_purpose|nobody_knows",
    "wound|wounds|cuts|cut|scars ..9 explain ..3 how ..3 got|happened|it_happened",
    "cuts|scratches|burns ..2 herself|himself|themselves",
    "hit|punch|bang|hitting|punching|banging ..2 my ..1 head ..3 against|into|on ..2 the|a ..1 wall|door",
    "going|go|went|cut|cutting ..1 deeper ..3 each|every ..1 time",
    "long_sleeves|sleeves|hoodie|sweater|jumper|cardigan ..9 scars|cuts|marks|wounds|burns",
    "hide|hiding|cover|covering|hid|covered ..3 my ..2 scars|cuts|wounds|marks|burns ..6 arm|arms|wrist|wrists|thigh|thighs|legs|sleeves|hoodie|sweater|summer|anyone|everyone|nobody",
)
UNSAFE_NL = (
    # plates flying at home, a door locked against someone
    "vliegen|vlogen|gooit|gooide|smijt|smeet|gooien ..4 borden|spullen|stoelen|glazen|dingen|pannen ..4 door|naar|tegen|met",
    "met ..2 borden|stoelen|glazen|pannen ..3 gegooid|gooien|gooit|gooide|smijt|smeet",
    "deur ..3 op ..1 slot & thuis|bang|ruzie|schreeuwt|schreeuwen|slaat|dronken|borden|tiert|woedend|pa|vader|stiefvader|moeder|ma",
    # nowhere to go tonight
    "kan|kun ..2 ik ..3 ergens ..3 terecht|slapen|heen|logeren ..6 vannacht|vanavond|nu|vandaag",
    "weg ..2 van|uit ..2 huis ..9 ergens ..3 terecht|slapen|heen|logeren",
    "slaap|sliep|slapen|overnacht ..4 in ..2 mijn|m'n|mn|de|een ..1 auto|tent|park|station & geen_kamer|geen_huis|geen_woning|geen_plek|dakloos|sinds|nergens|eruit|parkeerterrein|parkeerplaats|kamer_kwijt|huis_uit",
    "geen ..1 plek|dak ..4 om ..2 te ..1 slapen ..4 vannacht|vanavond|nu",
    "slaap|sliep|slapen ..4 op|bij ..2 het|de|een ..1 station|straat|bankje|bank_bij & vannacht|vanavond|eruit|geen_kamer|nergens|thuis_kan",
    "thuis ..3 kan|gaat ..2 echt? ..1 niet ..1 meer & slaap|slapen|bank|logeer|weg|vrienden|vannacht",
    "couchsurfen|couchsurfing|bankhangen & vannacht|vanavond|niemand|nergens|niet_meer",
    "hoe|waar|kan|nodig|zoek ..4 noodopvang|vrouwenopvang|crisisopvang|opvanghuis",
    "deur ..1 uit ..1 gezet|gegooid & vannacht|vanavond|partner|vriend|vriendin|man|vrouw|ouders|nergens|slapen",
    "slot|sloten ..2 veranderd|vervangen & huisbaas|verhuurder|eruit|spullen|slaap|slapen|nergens",
    # a chair under the door handle; blows for mother; a phone that is tracked
    "stoel|kast|bureau ..4 onder|tegen|voor ..2 de|mijn|m'n ..1 deurklink|klink|deur",
    "krijg|krijgt|kreeg|kregen ..3 klappen|slaag|rake_klappen|een_pak_slaag",
    "checkt|controleert|volgt|bekijkt ..6 waar ..2 ik ..2 ben|zit|uithang & hij|zij|vriend|vriendin|partner|ex|boos|ontploft|te_laat",
    # an ex who waits at the entrance and knows the timetable
    "ex|exvriend|exvriendin ..8 staat|stond|wacht|wachtte|opwacht|opwachten ..8 elke_dag|elke_ochtend|steeds|altijd|weer|iedere_dag|elke_keer",
    "weet|kent ..3 mijn|m'n|mn ..2 hele? ..1 rooster|lesrooster|schema|adres|werktijden & ex|volgt|wacht|staat|stalkt|achtervolgt|opwacht",
)
UNSAFE_EN = (
    "throws|threw|throwing|smashes|smashed|smashing ..4 plates|things|stuff|chairs|glasses|dishes ..4 at|across|around|against",
    "plates|things|stuff|chairs|glasses|dishes ..3 flying",
    "locked ..2 myself|me|the_door ..4 in|inside ..3 my|the ..1 room|bathroom|toilet & scared|afraid|yelling|screaming|shouting|drunk|hitting|angry|furious",
    "somewhere|anywhere|a_place|place ..3 to ..2 sleep|stay|go ..3 tonight",
    "somewhere|anywhere ..3 i|we ..2 can|could ..2 sleep|stay|go ..3 tonight",
    "sleeping|sleep|slept ..3 in ..2 my|a|the ..1 car|tent|park|station & no_room|no_home|no_place|homeless|nowhere|since|evicted|kicked_out|parking_lot|car_park",
    "nowhere ..2 to ..2 sleep|stay|go ..3 tonight|now",
    "sleeping|sleep|slept ..3 at|on ..2 the|a ..1 station|street|streets|bench|park & tonight|kicked|evicted|nowhere|no_room",
    "kicked ..2 me ..1 out ..8 tonight|without_notice|nowhere|station|street",
    "couchsurfing|couch_surfing & tonight|nobody|nowhere|no_one",
    "need|find|get|where|how ..4 emergency_shelter|a_shelter|women's_shelter|womens_shelter|women's_refuge|shelter_tonight",
    "changed ..2 the ..1 locks|lock & landlord|landlady|out|stuff|sleeping|nowhere",
    "sleeping|sleep|slept ..3 in ..2 the|a ..1 study_room|library|lab|office|24h & since|landlord|locks|nowhere|kicked",
    "chair|desk|dresser ..4 under|against ..2 the|my ..1 door|handle|doorknob",
    "checks|tracks|tracking|checking ..6 where ..2 i ..2 am|go & he|she|boyfriend|girlfriend|partner|ex|angry|explodes|late",
    "ex ..8 waits|waiting|waited|stands|standing|shows_up|showed_up|turns_up ..8 every_day|every_morning|always|again|every_time",
    "knows ..3 my ..2 whole|entire? ..1 schedule|timetable|address|shifts & ex|follows|waits|waiting|stalks|stalking|shows_up",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}
FIGURES_NL = (
    # the daily round of medicines, often forgotten. Not "every night" (round 50's
    # review: "elke avond denk ik eraan om al mijn pillen in te nemen" was hidden), nor
    # a meal or a drink ("ik neem vanavond al mijn pillen tegelijk bij het eten in" was)
    "vergeet|vergat|vergeten ..1 vaak|soms|weleens|steeds|altijd|regelmatig ..3 al_mijn|alle|al_m'n ..3 pillen|medicijnen|medicatie|tabletten ..3 in_te_nemen|te_nemen|te_slikken",
    # a near miss, not a wish: "ik kwam bijna onder de tram"
    f"bijna ..3 onder ..2 de|een ..1 {_TRAIN_NL}|auto|bus|vrachtwagen",
    # "als ik nog één keer 'even sparren' hoor, spring ik uit het raam"
    # "ik zou niet rouwig zijn als ...": would not mind, no grief
    "niet ..2 rouwig",
    # advised to talk to someone; sorry for what one said (the second net, at its lower
    # bar of round 10, read both as a risk; no rule did)
    "moet|moeten|zou|zeggen|zegt ..4 praten ..2 met ..1 iemand",
    "sorry|excuses|spijt ..4 voor|van ..2 alles|wat ..2 ik ..2 zei|gezegd|heb_gezegd",
    "opleiding|studie|stage ..3 uitvaart*",
    "overdosis ..2 koffie|suiker|cafeine|netflix|zon",
    # a landlord threatening eviction is housing, not violence (a maintainer's test);
    # not when a condition follows ("... als ik niet met hem naar bed ga")
    "huisbaas|verhuurder|kamerverhuurder|woningcorporatie|hospita ..4 dreigt|dreigde ..4 eruit_te_zetten|uit_te_zetten|op_straat_te_zetten $",
    "huisbaas|verhuurder|kamerverhuurder|woningcorporatie|hospita ..4 dreigt|dreigde ..4 eruit_te_zetten|uit_te_zetten|op_straat_te_zetten ..1 omdat|want|wegens|vanwege|per",
    "mis|missen ..3 het ..1 eten|koken ..2 van ..2 mijn|m'n|mn ..1 moeder|mama|oma|vader|papa|ma|pa",
    "nog ..1 een|één|1 ..1 keer ..9 spring|springen ..3 uit ..2 het|de|een ..1 raam",
)
FIGURES_EN = (
    "always|often|sometimes|keep ..1 forget|forgetting ..2 to ..1 take ..2 all ..3 pills|meds|medication|tablets",
    "at_once|together ..2 with ..3 breakfast|dinner|food|meal|lunch",
    f"almost|nearly ..3 under|hit_by ..2 a|the ..1 {_TRAIN_EN}|car|bus|truck",
    "one ..1 more ..1 time|word|email|meeting|lecture|thing|group_project ..9 jump|jumping ..3 out ..2 of? ..2 the|a ..1 window",
    "could|can|gonna|will ..2 sleep ..2 forever|for_a_week|for_days|for_a_year|for_a_month",
    "dead ..1 by ..1 daylight",
    "disappear|vanish ..4 from ..2 this|the ..1 meeting|call|lecture|class|party|group|chat",
    "should|told_me_to|says_i_should ..4 talk ..2 to ..1 someone|somebody",
    "landlord|landlady ..4 threatens|threatened|threatening ..4 evict|to_evict|kick_me_out|to_kick_me_out $",
    "landlord|landlady ..4 threatens|threatened|threatening ..4 evict|to_evict|kick_me_out|to_kick_me_out ..1 because|for|over|since",
    "sorry|apologise|apologize ..3 for ..2 everything|what ..2 i ..1 said",
    "hung|hang|hanging ..3 my|the|our ..1 laundry|washing|clothes|picture|poster|coat|shirt",
    # "can't sleep, can't wake up, repeat" (contractions are read as "can not")
    "not ..0 sleep ..2 not ..0 wake ..1 up ..1 repeat|again|cycle|loop",
    "bleeding ..0 edge",
    "overdose|overdosed|od'd|odd|oded|od ..2 of|on ..2 coffee|caffeine|sugar|chocolate|netflix|memes|sun|love|pizza|candy|snacks|carbs|cheese|anime",
    "one ..1 more ..3 member|person|student|colleague|teammate|says|said ..9 walk|walking|jump|jumping ..3 into|out ..2 of? ..2 the|a ..1 sea|ocean|lake|canal|traffic|window",
    # "miss my mom's food": homesick, not a death
    "miss|missing ..3 mom's|mum's|mother's|dad's|father's|grandma's|nan's|moms|mums ..3 food|cooking|dishes|meals|soup|curry|rice",
)
