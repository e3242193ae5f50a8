# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk-to-life signals said without a risk word, continued (see lexicon_signals.py):
acts against oneself and hidden wounds, stalking, coercion and violence at home, someone
else's signals, and the harmless readings found while writing them. Merged into
lexicon.FLOOR and lexicon.FIGURES.
"""

from __future__ import annotations

_PILLS_NL = "pillen|slaappillen|tabletten|medicijnen|paracetamol|oxazepam|temazepam|antidepressiva|medicatie|strips|strippen"
_PILLS_EN = (
    "pills|sleeping_pills|tablets|meds|medication|paracetamol|painkillers|antidepressants|benzos"
)
_WOUND_NL = "wonden|wondjes|wond|snijwonden|sneetjes|sneden|krassen|kattenkrassen|littekens|brandplekken|brandwonden|plekken|blauwe_plekken|hechtingen|afdrukken|striemen"
_WOUND_EN = "cuts|cut|scars|scar|marks|burns|burn|bruises|wounds|wound|stitches|scratches"
_EXCUSE_NL = "kat|poes|hond|oven|keuken|koken|ongeluk|ongelukje|struik|braam|bramen|sport|gevallen|val|strijkijzer|werk"
_EXCUSE_EN = "cat|dog|oven|kitchen|cooking|accident|bush|gym|sports|fell|fall|iron|work|shaving"
_BODY_NL = "armen|arm|polsen|pols|benen|been|bovenbenen|dijen|buik|handen|hand|huid|littekens"
_BODY_EN = "arms|arm|wrists|wrist|legs|thighs|stomach|hands|skin|scars"

SELF_HARM_NL = (
    # hair pulled out until bald patches, biting, slapping, hitting oneself
    "trek|trekken|trok|getrokken ..3 haar|haren ..3 uit ..9 kale|kaal|plekken|plek|bloed|bloedt|gaten|tot",
    "bijt|beet|bijten|gebeten ..3 in ..2 mijn|mn|m'n ..2 "
    + _BODY_NL
    + " ..6 tot|afdrukken|bloed|blauw|pijn|kapot",
    "sla|sloeg|slaan|=geslagen|stomp|stompen ..2 mezelf|mijzelf ..6 hard|gezicht|hoofd|als|wanneer|tot|blauw",
    "sla|slaan|stompen|bonken ..2 jezelf ..4 als|wanneer|na|bij",
    # punishing oneself by not eating
    "expres|bewust|opzettelijk|met_opzet ..4 niks|niets|geen|niet ..3 gegeten|eten|eet & verdien|verdient|straf|straffen|gestraft",
    # blades kept for when it gets bad
    "mesjes|scheermesjes|scheermes|mes ..6 onder ..3 bed|kussen|matras ..9 voor_als|als|wanneer|nodig",
    "doosje|doos|voorraad|verstopt|verstop ..4 mesjes|scheermesjes",
    "mesjes|scheermesjes ..6 verstopt|bewaar|bewaard|liggen ..4 voor_als|voor_het_geval|als_het",
    # hiding the marks, and the excuse for them that is not true
    "lange ..2 mouwen|mouw|broek ..8 zomer|warm|hitte|niemand|zien|ziet ..6 "
    + _BODY_NL
    + "|littekens|wonden|plekken",
    "zodat|dat ..3 niemand ..3 mijn|mn ..2 " + _BODY_NL + "|" + _WOUND_NL + " ..2 ziet|zien",
    _WOUND_NL
    + " ..9 zei|gezegd|zeg|verteld|vertel|zeg ..8 "
    + _EXCUSE_NL
    + " ..6 niet_zo|niet_waar|niet_van|klopt_niet|gelogen|loog",
    _WOUND_NL + " ..4 niet ..2 van ..2 de ..2 kat|poes|hond|oven",
    "ongeluk|ongelukje|keuken ..3 dat ..2 was ..2 het ..2 niet",
    # the relief it gives
    "pulk|pulken|pulkte|krab|krabben|krabde ..3 aan? ..2 mijn ..2 wondjes|wonden|korstjes|huid ..6 niet ..2 genezen|dicht|heel|bloed|bloedt|tot",
    "knijp|kneep|knijpen ..2 mezelf|mijzelf ..6 blauw|blauwe|plekken|tot|hard|expres",
    "expres|opzettelijk|met_opzet ..6 =geslagen|gestoten|verbrand|geknepen|tussen_de_deur|gesneden",
    "rust|kalm|opluchting ..6 als|wanneer|zodra ..3 ik ..2 bloed ..2 zie|zag",
    _PILLS_NL + "|ibuprofen ..9 niet ..3 om ..2 dood|te_sterven ..6 maar|om",
    _PILLS_NL + "|ibuprofen ..9 mezelf|mijzelf ..2 te? ..2 straffen",
    "terugval|teruggevallen ..9 mesje|scheermesje|snijden|krassen|gesneden|gekrast",
    "bebloede|bloederige|bloedende ..2 tissues|zakdoekjes|handdoeken|pleisters|doekjes",
    "krassen ..2 thing|ding",
    "mesje|scheermesje ..4 in ..2 mijn ..2 etui|portemonnee|tas|la",
    "snijden|krassen|branden ..2 helpt|hielp|geeft ..3 even|tijdelijk|kort|rust|opluchting|verlichting",
    # "gecut" (a loan word); food withheld as a punishment ("niet verdiend"),
    "=gecut|=cutten|=gecutted",
    "eet|eten|at ..4 niet|geen|niks|niets ..9 niet ..2 verdiend|verdien|verdienen",
    "eet|eten|at ..4 niet|geen|niks|niets ..9 als ..2 straf|strafje",
    "mezelf|mijzelf ..3 eten ..3 ontzeg|ontzeggen|verbied|verbieden",
    # "... snij ik" at the end of a clause; wounds kept open,
    "snij|kras ..1 ik $",
    "peuter|peuteren|krab|krabben ..4 wondjes|wonden|korstjes|korsten ..3 open",
    "wondjes|wonden|korsten|korstjes ..3 openpeuteren|openkrabben|open_peuteren|open_krabben|openhalen|openkrab|openpeuter",
)

SELF_HARM_EN = (
    "pull|pulling|pulled|pulls ..3 my|out ..2 hair ..4 out? ..9 bald|patch|patches|spots|bleed|bleeding|until",
    "bite|biting|bit|bitten ..3 my|into_my ..2 "
    + _BODY_EN
    + "|lip|lips ..6 until|marks|bleed|bleeding|bruise|bruises|so|hard",
    "slap|slapping|slapped|hit|hitting|punch|punching ..2 myself ..6 hard|face|head|when|until|whenever",
    "hit|slap|punch|hurt ..2 yourself ..4 when|after|whenever|every_time",
    "on_purpose|deliberately|intentionally ..4 didn't|not|haven't|skip|skipped ..3 eat|eaten|meals|food & deserve|punish|punishment",
    "starve|starving|starved ..2 myself ..8 deserve|punish|punishment",
    "razors|razor_blades|blades ..6 under ..3 bed|pillow|mattress",
    "box|stash|hidden|hide|hid ..4 razors|razor_blades|blades",
    "long ..2 sleeves|sleeved|pants|trousers ..8 summer|hot|heat|nobody|no_one|see ..6 " + _BODY_EN,
    "hoodies|hoodie|sweaters|jumpers|sweater ..4 summer|heat|hot ..8 nobody|no_one|see|sees",
    "so ..3 nobody|no_one|noone ..3 sees|see|notices|notice ..3 my ..2 "
    + _BODY_EN
    + "|"
    + _WOUND_EN,
    _WOUND_EN
    + " ..9 said|told|say|tell ..8 "
    + _EXCUSE_EN
    + " ..8 it_wasn't|it_was_not|not_true|lie|lied|don't_have|dont_have|we_don't_have",
    "stitches ..9 said|told ..8 " + _EXCUSE_EN,
    "accident|kitchen|cat ..3 it_wasn't|it_was_not $",
    "pick|picking|picked|scratch|scratching ..3 at? ..2 my ..2 wounds|scabs|cuts|skin ..6 never|not|won't|don't ..2 heal|bleed|bleeds|until",
    "pinch|pinching|pinched ..2 myself ..6 bruises|bruised|until|hard|purpose",
    "punish|punishing ..2 myself ..3 physically|by_hurting|with_pain",
    "calm|relief|peace ..6 when|once|until ..3 i ..2 see ..2 blood",
    "pills|overdosed|overdose|meds ..9 not ..3 to ..2 die|didn't_want_to_die|did_not_want_to_die",
    "the ..2 cutting|burning|scratching ..4 only|helps|keeps|thing",
    "relapse|relapsed ..9 razor|blade|cut|cutting|cuts",
    "bloody ..2 tissues|towels|plasters|bandages|sheets",
    "blade|razor ..4 in ..2 my ..2 pencil_case|wallet|bag|drawer",
    "cutting|burning|scratching ..2 helps|helped ..4 for_a_while|for_a_bit|briefly|calm|numb|cope|relief",
    # food withheld as a punishment,
    "not ..1 let ..1 myself ..1 eat",
    "punish|punishing ..3 myself ..6 eating|eat|food|starving|starve|skipping_meals",
    "deserve ..3 to ..1 eat|food|dinner|meals & not|never",
    "burning|burned|burnt|cutting|hitting|scratching ..6 punishment|punish|deserve",
    "=nssi|self_injury|=selfinjury|self_mutilation",
)

UNSAFE_NL = (
    # followed, tracked, someone who shows up everywhere
    "word|worden|werd|ben ..4 gevolgd|achtervolgd|gestalkt ..6 naar_huis|door|weken|dagen|steeds|elke|iedere|dezelfde|als",
    "volgt|volgde|liep|loopt ..2 me|mij ..4 achterna|naar_binnen|naar_huis|tot_aan",
    "achter ..2 me|mij ..2 aan ..4 naar_binnen|naar_huis|tot_aan|tot_mijn & iemand|man|vent|gast|onbekende|vreemde|vreemdeling",
    "volgt|checkt|tracket|bekijkt ..3 mijn ..2 locatie|gps ..9 overal|stiekem|jaloers|boos|mag_niet|opduikt|staat_ineens|zonder",
    "duikt|dook|staat|stond ..4 overal|op_de_campus|bij_mijn_college|bij_mijn_huis|voor_mijn_deur ..6 op|waar_ik|ineens|steeds",
    "dreigbericht*|dreigende_berichten|doodsbedreig*|bedreigingen",
    # images used as a threat
    "dreigt|dreigde|dreigen|anders ..8 naaktfoto*|foto's|fotos|video's|videos|filmpjes|beelden ..4 rond|online|verspreiden|delen|sturen|op_internet",
    "naaktfoto*|filmpjes|video's|beelden ..6 rondsturen|rond_te_sturen|verspreiden|te_verspreiden|delen|te_delen ..6 als|tenzij|anders",
    "als|zodra ..3 ik ..4 praat|vertel|zeg|aangifte ..8 deelt|verspreidt|stuurt|zet ..3 foto's|video's|filmpjes|beelden",
    # violence at home: thrown against a wall, grabbed by the throat
    "vermoordt|vermoorden|vermoord|doodmaakt|doodmaken|slaat ..3 me|mij ..4 als|wanneer|zodra ..3 ik ..4 vertel|zeg|praat|aangifte|wegga|ga",
    "gooide|duwde|smeet|gooit|duwt|smijt|sloeg ..3 me|mij ..4 tegen ..3 muur|deur|kast|grond|vloer",
    "greep|grijpt|pakte|pakt|kneep|knijpt ..3 me|mij ..4 bij|om ..2 mijn|de ..2 keel|nek|hals",
    "geknepen|gewurgd|wurgde|wurgt ..3 keel|nek|me|mij",
    # no safe place to sleep tonight
    "op ..2 straat ..2 gezet|gegooid|geschopt|gezet_door",
    # locked out of the house; not "mijn projectgroep sluit me buiten" (excluded: a
    # role-play, round 18, got 112 and Veilig Thuis)
    "buitengesloten|sluit|sloot ..3 me|mij ..3 buiten & huis|deur|kamer|thuis|nacht|kou|straat|sleutel|slot|vannacht|balkon",
    "geen ..2 plek|plaats|dak ..4 om ..2 te ..2 slapen|overnachten|vannacht",
    "geslapen|slaap|sliep ..4 in ..2 het ..2 trappenhuis|portiek|station|park",
    # papers taken, a family that decides
    "paspoort|id_kaart|identiteitskaart|verblijfsvergunning ..4 afgepakt|afgenomen|ingenomen|weggenomen|verstopt|in_beslag|achtergehouden",
    "houdt|hield ..3 mijn|m'n|mn ..2 paspoort|id_kaart|identiteitskaart|verblijfsvergunning ..3 vast|achter|in_beslag",
    "afgepakt|afgenomen|ingenomen ..3 mijn ..2 paspoort|id_kaart|identiteitskaart",
    "uitgehuwelijkt|uithuwelijken|uithuwelijking|gedwongen_huwelijk|gedwongen_trouwen|moet_trouwen_met",
    "sluit|sluiten|sloten ..3 me|mij ..4 op",
    "opgesloten ..3 in ..2 mijn ..2 kamer & ouders|vader|moeder|vriend|hij|ze",
    "foto's|fotos|foto ..4 van ..2 mijn ..2 voordeur|deur|raam|huis|kamer|fiets & stuurt|stuurde|man|iemand",
    "bang ..3 naar ..2 huis ..3 vanavond|terug|te_gaan",
    "bang ..3 vanavond ..3 naar ..2 huis",
    "keel|nek|hals ..3 gepakt|gegrepen|geknepen|dichtgeknepen",
    "van ..2 de ..2 trap ..2 geduwd|gegooid|geschopt",
    "in ..2 elkaar ..2 =geslagen|geslagen_door|slaat|sloeg",
    # touched while asleep or drugged
    "aangeraakt|betast|aanraakte|betastte|zat_aan|zit_aan ..8 terwijl|toen ..3 ik ..3 sliep|dronken|buiten_westen|niet_bij",
    "terwijl|toen ..2 ik ..2 sliep|lag_te_slapen|buiten_westen_was ..6 aangeraakt|betast|aan_me_gezeten|aan_mij_gezeten|uitgekleed|gezoend",
    "iets ..2 in ..2 mijn|haar|zijn ..2 drankje|drinken ..3 gedaan|gestopt|gegooid",
    "gedrogeerd",
    "drugs ..2 in ..2 mijn|haar|zijn ..2 drankje|drinken",
    # a boss who touches and threatens a job
    "leidinggevende|baas|manager|chef ..6 zit|zat|zitten|betast|grijpt ..3 aan ..2 me|mij ..9 kwijt|ontslag|ontslagen|contract|diensten|baan",
    # sex under pressure; put out on the street; a threat for leaving; held or locked up,
    "moet|moest ..2 van ..1 hem|haar ..4 seks|sex|naar_bed",
    "dwingt|dwong|dwingen|pusht|forceert ..4 seks|sex|naar_bed",
    "uitgezet|uitgegooid|uitgeschopt|eruit_gegooid|eruit_gezet|buitengezet & nergens|straat|slaapplek",
    "als ..2 ik ..3 verlaat|weg_ga|wegga|uit_elkaar_ga|het_uitmaak ..6 vindt|vermoordt|pakt|vermoord|kapotmaakt",
    "sluit|sloot ..3 me|mij|haar|hem|ons ..3 op",
    "pakt|pakte|neemt|nam ..1 mijn|m'n|mn ..1 telefoon|mobiel|gsm|bankpas|pinpas|paspoort ..1 af",
    "laat ..2 me|mij ..2 niet ..2 gaan|weg|vertrekken|naar_buiten & hij|man|vent|date|gast|hem",
    # afraid of him; sex after a no,
    "bang ..2 voor ..1 hem|mijn_ex|mijn_vriend|mijn_vader|mijn_stiefvader|mijn_partner",
    "ging|gingen|bleef ..2 door ..3 terwijl|hoewel|ook_al ..2 ik ..2 nee|stop ..1 zei|riep",
    # coercive control: the phone checked, everything decided, nothing without him
    "=checkt|=controleert|=doorzoekt ..4 mijn|m'n|mn ..1 telefoon|mobiel|berichten|appjes|mail & vriend|vriendin|vriendje|partner|ex|hij|zij",
    "bepaalt ..2 alles|met_wie|wie_ik|waar_ik & vriend|vriendin|vriendje|partner|ex|hij|zij",
    "jaloers & mag ..3 niet ..3 weg|uit|afspreken|naar_buiten|de_deur_uit",
    "terwijl|hoewel ..2 ik ..2 nee ..1 zei|zeg|riep & seks|sex|gedwongen|aangerand|verkracht|aangeraakt",
)

UNSAFE_EN = (
    "being|been|get|getting ..3 followed|stalked ..6 home|by|for|every|each|weeks|days|same",
    "followed|follows|follow ..2 me ..4 home|inside|in|everywhere|for_weeks|every_day",
    "tracks|tracking|tracked|checks ..3 my ..2 location|gps ..9 shows|turns|everywhere|wherever|secretly|jealous|angry|won't_let|without",
    "shows|showed|turns|turned ..2 up ..4 wherever|everywhere|at_my|outside_my",
    "threatening ..2 messages|texts|texting|calls|dms",
    "death ..2 threats|threat",
    "threatens|threatened|threatening ..8 nudes|photos|pictures|videos|pics ..4 share|post|send|spread|leak|online",
    "nudes|photos|pictures|videos|pics ..6 share|post|send|spread|leak ..6 unless|if_i_don't|if_i_dont|if_i",
    "if ..3 i ..4 talk|tell|report ..8 share|post|spread|leak|send ..3 photos|pictures|videos|nudes|pics",
    "kill|hurt|murder|beat ..2 me ..3 if|when|unless ..3 i ..3 told|tell|say|talk|report|leave|left|go",
    "threw|pushed|shoved|slammed|throws|pushes|shoves|slams ..3 me ..4 against|into ..2 a|the ..2 wall|door|floor|ground|cupboard|cabinet|cabinets|cupboards|fridge|table|counter|radiator|window|wardrobe|mirror|stairs",  # cabinet ...: set367 (r66)
    "grabbed|grabs|choked|chokes|strangled|strangles ..3 me ..4 by|around ..2 my|the ..2 throat|neck",
    "kicked|threw|thrown|locked|locks|locking ..2 me ..2 out ..8 nowhere|sleep|slept|night|street|stairwell|house|home",
    "nowhere|no_place ..2 to ..2 sleep|stay ..2 tonight",
    "slept|sleeping|sleep ..3 in ..2 the ..2 stairwell|street|park|station",
    # exact "kept": "can I keep my residence permit if I take a semester off" was a
    # passport taken (round 58's blind set of student parents)
    "took|taken|takes|=kept|hid|confiscated ..3 my ..2 passport|id|residence_permit|papers",
    "=keeps ..2 my ..2 passport|id|residence_permit|papers",
    "holds|holding|has ..3 my ..2 passport|id|residence_permit|papers & owe|owes|debt|leave|go_home|let_me",
    "forced_marriage|forced_to_marry|married_off|marry_me_off|make_me_marry",
    "lock|locked|locks|locking ..2 me ..2 in ..3 my|the ..2 room|house|flat",
    "photos|pictures|pics ..4 of ..2 my ..2 door|window|house|flat|room|bike & sends|sent|man|someone|stranger",
    "afraid|scared|terrified ..4 go ..2 back|home ..3 tonight|room|flat & key|he|she|him",
    "grabbed|attacked|assaulted|grabs ..2 me ..6 afraid|scared|terrified",
    "pushed|thrown|shoved|kicked ..3 down ..2 the ..2 stairs",
    "beats|beat|beating ..2 me ..2 up",
    "touched|groped|touching|groping ..8 while|when ..3 i ..3 was ..2 asleep|sleeping|drunk|passed_out|out_of_it",
    "while|when ..2 i ..2 was ..2 asleep|sleeping|passed_out|out_of_it ..4 touched|groped|undressed|kissed|had_sex",
    "=roofied|=spiked|=drugged|=roofie",
    "something ..2 in ..2 my|her|his ..2 drink",
    "manager|boss|supervisor ..6 groping|gropes|touching|touches|grabbing|grabs ..9 lose|fired|shifts|job|contract",
    # sex under pressure; put out on the street; a threat for leaving; held,
    "makes|made|forces|forced|pressures|pressured|pressuring ..3 me ..4 sex|have_sex|sleep_with",
    "sex ..4 or ..3 else|he'll|he_will|she'll|she_will",
    "kicked|threw|thrown ..2 me ..2 out ..9 nowhere|no_place|the_street|the_streets",
    "if ..2 i ..2 leave|left|break_up_with ..3 him|her ..4 find|kill|hurt|ruin|come_after",
    "not ..1 let ..1 me ..1 leave & he|him|guy|man|date",
    "takes|took|taking ..1 my ..1 phone|bank_card|passport ..1 away",
    # afraid of him; at the door again; hiding from someone; sex after a no,
    "afraid|scared|terrified ..2 of ..1 him|my_ex|my_boyfriend|my_stepfather|my_dad|my_partner",
    "outside ..2 my ..1 door|house|flat|window|room ..2 again",
    "hiding ..6 because|from ..6 stepfather|father|dad|boyfriend|ex|him|he",
    "even_though|while|although ..2 i ..2 said ..1 no & sex|forced|touched|raped|assaulted",
    "=checks|=reads|goes_through ..4 my ..1 phone|messages|texts|email & boyfriend|girlfriend|partner|ex|he|she",
    "controls|decides ..2 everything|who_i_see|where_i_go|what_i_wear|my_money & boyfriend|girlfriend|partner|ex|he|she",
    "jealous & not ..2 allowed|let_me ..4 go|see|leave|out",
)

CONCERN_NL = (
    "haar|zijn ..2 laatste ..2 post|bericht|story & bereiken|reageert|niet|bang|zorgen",
    "kan ..2 dit|het ..2 niet ..2 meer ..9 niet ..3 gereageerd|teruggeappt|opgenomen|gehoord|reageert",
    "niet|nooit ..3 gereageerd|teruggeappt|opgenomen|gehoord|reageert ..9 kan ..2 dit|het ..2 niet ..2 meer",
    "afscheid ..2 genomen|nemen|neemt ..9 opgeruimd|weggegeven|voorgoed|leeggehaald|spullen",
    "schulden ..4 afbetaald|afgelost ..9 "
    + "kat|hond|poes|spullen ..6 gebracht|gegeven|zorgen|zorg",
    "zegt ..2 steeds|telkens ..4 dat ..2 het ..3 van ..2 het? ..2 koken|kat|sport|ongeluk ..8 geloof ..3 niet",
    "bericht|appje|spraakbericht|voicemail|briefje ..4 afscheid|doei|vaarwel & hou_van|sorry|raar|vreemd|zorgen",
)

CONCERN_EN = (
    "her|his|their ..2 last ..2 post|message|story & reach|answering|replying|worried|scared",
    "can't|cant|cannot ..2 do ..2 this|it ..2 anymore ..9 not|hasn't|haven't ..3 replied|answered|heard|answering",
    "not|hasn't|haven't|isn't ..3 replied|answered|heard|answering ..9 can't|cant|cannot ..2 do ..2 this|it ..2 anymore",
    "saying ..2 goodbye ..9 cleaning|giving_away|for_good|leaving|belongings",
    "paid|paying ..2 off ..4 debts|debt ..9 cat|dog|stuff|things ..6 gave|brought|look_after|take_care",
    "razor ..2 blades|blade ..6 bloody|blood|tissues|bin",
    "keeps ..2 saying|telling ..6 it's|its|it_was ..3 from ..2 cooking|the_cat|sports|an_accident ..8 believe",
    "message|voice_message|voicemail|text|note ..4 saying ..2 bye|goodbye & love|loves|sorry|off|weird|strange|worried",
)

FIGURES_NL = (
    # "dit tentamen wordt mijn dood", "this deadline will be the death of me"
    "wordt|worden|werd ..2 mijn|m'n|me ..2 dood",
    "brandde|gebrand|verbrand|gesneden|sneed ..2 me|mezelf|mijzelf ..4 aan|met|bij|tijdens ..3 ketel|waterkoker|oven|pan|strijkijzer|koken|mes|scheren|thee|koffie|fornuis",
    "schiet ..3 mezelf|mijzelf ..3 in ..2 de ..2 voet",
    "wekker ..6 wakker|opstaan",
    "ochtendmens",
    "niet ..2 veilig ..4 fiets|spullen|laptop|auto|brommer|scooter",
    "opgesloten ..2 voel|voelt|gevoel",
    "voel ..3 opgesloten ..4 kamer|huis|klein",
    "bedankt ..2 voor ..2 alles ..2 en ..2 sorry ..4 te_laat|voor_de_late|dat_ik",
)

FIGURES_EN = (
    "death ..2 of ..2 me",
    "burnt|burned|burn|cut|scalded|scald ..2 myself ..4 on|with|while|making ..3 kettle|oven|stove|pan|iron|knife|cooking|shaving|tea|coffee|hob",
    "see ..2 it ..2 anymore|any_more ..6 screen|glasses|eyes|board|slides|blurry|lenses|contacts|monitor|phone",
    "shoot ..2 myself ..2 in ..2 the ..2 foot",
    "wake ..2 up ..4 when|before ..3 alarm|lecture|class",
    "morning_person ..9 wake",
    "safe ..4 leaving|leave|lock ..2 my ..2 bike|laptop|car|stuff",
    "feel ..2 trapped|locked_in ..4 room|house|flat|small",
    "thanks|thank_you ..2 for ..2 everything ..2 and ..2 sorry ..4 late|for_the_delay|i_missed",
    "last ..2 post|message ..4 before ..3 holiday|vacation|break|exams|summer|trip",
)
