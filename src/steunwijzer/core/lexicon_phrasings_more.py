# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""More risk-to-life phrasing families (see lexicon_phrasings.py, which merges these):
control and coercion, a break-in at night, threats by a landlord or family, forced
marriage said indirectly, researching a height, waiting for the courage, a car into the
water, "life is not for me", "worth more dead", a letter "for when they find me", and
someone else's goodbye followed by silence; the harmless readings (figures of speech) of
all the phrasing families; and ``about_others``, which turns the unsafe patterns into
concern for someone else when a third person stands near. Same rules: anchored on the rare word, the
negation inside the pattern when the family is said with one. See docs/vocabulary.md.
"""

from __future__ import annotations

_PARTNER_NL = "vriend|vriendin|partner|ex|man|vrouw|verloofde"
_PARTNER_EN = "boyfriend|girlfriend|partner|husband|wife|ex|fiance|fiancee"
_MEANS_NL = "touw|strop|pillen|tabletten|medicijnen|mes|mesje|scheermesje"
_MEANS_EN = "rope|noose|pills|tablets|meds|knife|blade|razor|gun"
_HIGH = "brug|bridge|flat|gebouw|building|toren|tower|dak|roof|balkon|balcony|parkeergarage|parking_garage|viaduct|overpass|cliff|klif"
_WATER_NL = "gracht|kanaal|rivier|zee|meer|water|haven"
_WATER_EN = "canal|river|sea|lake|water|harbour|harbor"
_SELF_NL = "mijn|ik|me|mij"
_OTHER_NL = "haar|zijn|hun|ze|zij|hij|hem"
_OTHER_EN = "her|his|their|she|he|they|him|them"

SUICIDAL_NL = (
    # set163 (round 53): "als ik dit tentamen weer niet haal stop ik ermee, en dan maakt
    # eigenlijk niks meer uit" (a friend quoted; the student's own words are the same)
    "stop|stoppen|kap ..1 ermee ..2 dan ..2 maakt|doet ..2 niks|niets|allemaal ..1 meer ..1 uit|toe $",
    # set164 (round 53): "zou het niet erg vinden als de bus een keer niet remt"
    "niet ..1 erg ..3 vinden|vind ..3 als ..6 bus|auto|trein|tram|vrachtwagen ..4 niet ..1 remt|remde|stopt|stopte|ziet",
    "niet ..1 erg ..3 vinden|vind ..3 als ..6 bus|auto|trein|tram|vrachtwagen ..4 me|mij ..2 aanrijdt|raakt|schept|overrijdt|aanreed|schepte",
    # set119: "het maakt toch niks meer uit binnenkort"; passwords left "voor het geval dat"
    "maakt|doet ..3 niks|niets ..1 meer ..1 uit|toe & binnenkort|niet_lang_meer|over_een_tijdje",
    "!wachtwoorden|wachtwoord|pincode|pincodes|inlogcodes ..6 envelop|enveloppe",
    "!wachtwoorden|wachtwoord|pincode|pincodes|inlogcodes ..6 opgeschreven|briefje|genoteerd|doorgegeven & voor_het_geval|als_er_iets|mocht_er_iets",
    # researching a height, going to look how high it is
    "!hoog_genoeg|diep_genoeg & " + _HIGH,
    "!hoogste ..3 " + _HIGH + " & zoek|zocht|gezocht|opgezocht|gegoogeld|googelen|springen|spring|ga|gaan|naartoe",
    "kijken|checken|meten|zien ..3 hoe ..2 hoog|diep ..3 " + _HIGH, _HIGH + " ..9 kijken|checken|meten ..3 hoe ..2 hoog|diep",
    # the means are there, only the courage is missing
    "!moed|lef ..3 vinden|verzamelen|bijeenrapen|nodig|ontbreekt & " + _MEANS_NL,
    # staring at the means
    "staar|staren|staarde|gestaard ..4 naar ..3 " + _MEANS_NL, "naar ..3 " + _MEANS_NL + " ..6 staren|staar|te_staren|gestaard",
    # a car into the water
    _WATER_NL + " ..2 in ..2 rijden|rijd|sturen|gereden|te_rijden", "rijden|rijd|sturen ..3 in ..2 de|het ..2 " + _WATER_NL,
    # life is not for me, worth more dead, out of this life
    "leven|bestaan ..3 niks|niets|niet ..2 voor ..2 mij|me $", "meer ..2 waard ..3 dood ..3 dan ..2 levend",
    "uit ..2 dit ..2 leven|bestaan & wil|wens|wou", "bestaan ..2 zat|moe|beu|spuugzat",
    # a letter for when they find me; soon no trouble from me; they will get over it
    "!als|wanneer|zodra ..3 ze|iemand|mijn_ouders|men ..2 me|mij ..2 vinden|vindt|gevonden",
    "geen ..2 last ..3 meer ..3 van ..2 mij|me & straks|binnenkort|snel|nooit",
    "komen|komt ..3 er ..2 wel ..2 overheen ..6 als ..3 ik ..3 weg|dood|er_niet",
    "voor ..2 iedereen ..3 beter|makkelijker|fijner ..6 als|wanneer|dat ..3 hij|zij|ze|ik ..4 verdwijnt|verdwijn|er_niet_meer|dood|weg|niet_meer",
    # how someone would do it; a goodbye followed by silence
    "hoe ..3 hij|zij|ze|ik ..3 het ..3 zou|zal|gaat ..2 doen & " + _MEANS_NL + "|springen|dood|zelfmoord",
    "bedankt|dank ..3 voor ..2 alles ..9 niet|nooit ..3 op|meer|reageert|reageren|opneemt",
    "stil|zwart|donker ..3 voorgoed|voor_altijd & alles & wil|wens|zou",
    # pretending to want to live; not waiting for it to get better; a favour to everyone
    "alsof ..4 hier ..2 wil ..2 zijn|leven", "alsof ..4 wil ..3 leven|bestaan", "wordt|worden ..2 beter ..9 niet ..3 wachten|blijven|afwachten",
    "plezier|dienst ..6 verdwijn|verdwijnen|dood|er_niet_meer & iedereen|wereld", "definitief|voorgoed ..2 klaar ..2 met ..2 alles|leven|het_leven",
    # my own eulogy; thoughts going to the means; how long drowning takes; stocking medication
    "eigen ..2 grafrede|rouwkaart|rouwadvertentie|overlijdensbericht|uitvaart|begrafenis", "gedachten|hoofd ..4 gaan|gaat|dwalen|dwaalt ..3 naar ..3 " + _MEANS_NL,
    "hoe ..3 lang|snel ..4 verdrinken|doodbloeden|stikken|ophangen|sterven|overlijden ..3 duurt|gaat", "medicatie|pillen|tabletten|medicijnen ..9 opsparen|op_te_sparen|sparen|verzamelen",
    # not looking when crossing, hoping; a ghost, made official; sorry to everyone tonight
    "oversteken|steek_over ..6 niet ..2 kijk|uit & hoop|hopend|expres|stiekem", "geest|spook ..9 officieel",
    "!sorry|excuses ..3 iedereen|allemaal & het_gebeurt|gebeurt_het", "niet ..3 verdien|verdient|verdienen ..4 leven|te_leven|bestaan",
    # it may stop for me; off for good; to heaven; afraid I will really do it; ready to die
    "mag ..4 voor|van ..2 mij ..3 ophouden|stoppen|voorbij|afgelopen", "ertussenuit|tussenuit ..4 voorgoed|voor_altijd|definitief|leven",
    "naar ..2 de ..2 hemel|overkant & wil|wens|liefst|zou", "bang ..4 dat ..2 ik ..3 het ..3 echt|ooit|nog ..3 ga|zal ..2 doen",
    "klaar ..3 om ..2 te ..2 sterven|gaan_sterven", "klaar ..3 om ..2 dood ..2 te ..2 gaan",
    "ging|liep|klom|fietste|reed ..4 naar|op ..3 " + _HIGH + " & springen|rand|erover_nagedacht|naar_beneden|keek_naar_beneden",
    # how I would do it; death not frightening; not to be saved; when you read this; tell my mother
    "nagedacht|gedacht|denk|dacht ..4 over|aan ..3 hoe ..3 ik ..3 het ..3 zou|ga ..2 doen $", "doodgaan|sterven|dood_gaan ..3 niet ..2 eng|erg|bang",
    "wil ..3 niet ..3 gered|gevonden|gereanimeerd ..2 worden",
    "!leest|lezen ..6 weg|dood|er_niet_meer|niet_meer & dit & als|wanneer|tegen_de_tijd",
    "!zeg ..2 tegen? ..2 mijn ..2 moeder|vader|mama|papa|ouders|zus|broer ..3 dat ..2 ik ..3 sorry ..3 voor ..2 alles $",
    "wat ..2 als ..3 ik ..3 niet|nooit ..2 meer ..2 wakker ..2 word|werd|zou_worden $", "afgelopen|gedaan ..3 met ..2 mij|me $", "mezelf ..3 niet ..3 tegenhouden|tegen_te_houden",
    "lopen|stappen|fietsen ..3 voor|in ..3 het_verkeer|een_bus|een_auto|een_vrachtwagen|de_auto's",
    "!auto ..6 motor ..3 lopen|draaien|aan & garage|slang",
)  # fmt: skip
SUICIDAL_EN = (
    # set119, in English: passwords left in an envelope or written down just in case
    "!passwords|password|pin|pins|login_codes ..6 envelope",
    "!passwords|password|pin|pins|login_codes ..6 written|wrote|note|down & just_in_case|if_anything_happens|if_something_happens",
    # researching a height, going to look how high it is
    "!high_enough|deep_enough & " + _HIGH,
    "!highest|tallest ..3 " + _HIGH + " & search|searched|searching|looked_up|googled|google|jump|jumping|go|going",
    "see|check|measure|look ..3 how ..2 high|deep|far ..3 " + _HIGH, _HIGH + " ..9 see|check|measure ..3 how ..2 high|deep|far",
    # the means are there, only the courage is missing
    "!courage|guts|nerve & need|needs|needed|find|lack|lacking|missing|only & " + _MEANS_EN,
    # staring at the means
    "staring|stare|stared ..4 at ..3 " + _MEANS_EN,
    # a car into the water; ending it on a day
    "drive|driving|drove|steer|steering ..3 into|off ..2 the|a ..2 " + _WATER_EN,
    "=ending|=end it this|next|tomorrow|tonight|soon|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday",
    # life is not for me, worth more dead, out of this life, everything quiet forever
    "life ..3 not ..2 for ..2 me $", "worth ..2 more ..3 dead ..3 than ..2 alive",
    "want|wanna|wish ..2 out ..2 of ..2 this ..2 life|world|existence",
    "everything|it_all|all ..3 go|be|goes ..2 quiet|silent|still|dark ..2 forever|for_good|permanently",
    "not ..3 make_it|live|survive ..9 not ..2 want|wanna ..2 to? $", "fall ..2 asleep ..3 and ..2 not|never ..2 wake",
    # a letter for when they find me; said goodbyes; they will get over it
    "!when|once|for_when ..3 they|someone|somebody|my_parents ..2 find ..2 me", "!said|say|saying ..2 my ..2 goodbyes $",
    "get|got ..2 over ..3 it|me ..4 quickly|soon|fast|easily & if_i|when_i|once_i|after_i|without_me",
    # how someone would do it; a goodbye followed by silence
    "how ..3 he|she|they|i ..3 would|will|going ..2 do_it & " + _MEANS_EN + "|jump|die|suicide",
    "talking|talks|talked ..3 about ..3 how ..3 he|she|they|i ..3 would|will|going ..2 do_it",
    "thank|thanks ..3 for ..2 everything ..9 not|never ..3 picking_up|answering|answer|responding|replying",
    # pretending to want to live; not waiting for it to get better; a favour to everyone
    "pretend|pretending|faking ..4 want|wanna ..3 to? ..2 be_here|be_alive|live|exist", "gets|get ..2 better ..9 not ..3 waiting|wait|stick_around|around",
    "favour|favor ..6 disappearing|disappear|dead|died|die & everyone|world", "done ..2 with ..2 everything|it_all|life ..4 permanently|for_good|forever",
    "not ..2 deserve|deserves ..3 to? ..2 live|be_alive|exist|be_here",
    # my own eulogy; thoughts going to the means; how long drowning takes
    "own ..2 eulogy|obituary|funeral", "writing|wrote|written ..4 eulogy|obituary & my|mine", "mind|thoughts ..4 going|goes|go|keep|drift|drifts ..3 to ..3 " + _MEANS_EN,
    "how ..3 long|quickly ..4 drown|drowning|bleed_out|suffocate|hang",
    # not looking when crossing, hoping; a ghost, made official; sorry to everyone tonight
    "crossing|cross ..6 not ..2 look & hoping|hope|on_purpose", "ghost ..9 official", "!sorry ..3 everyone|everybody|all & the_night|it_is_happening|it_is_time",
    # checking out early; with God; ready to die; made my peace; afraid I will do it
    "be ..2 with ..2 god|jesus|the_angels & want|wanna|wish|ready|just",
    "ready ..2 to ..2 die", "made ..2 my ..2 peace $", "scared|afraid|terrified ..4 i ..3 will|might|going ..2 actually|really ..2 do_it",
    "went|walked|climbed|cycled|drove ..4 to|up|onto ..3 " + _HIGH + " & jump|edge|ledge|about_it|looked_down|over_the_edge",
    "peaceful|restful & not_existing|not_exist|not_being_alive|not_being_here|not_waking_up|being_dead",
    # reasons running out; how I would do it; death not frightening; not to be saved; when you read this
    "running|run|ran ..2 out ..2 of ..2 reasons $", "running|run|ran ..2 out ..2 of ..2 reasons ..2 to ..2 stay|live|keep_going|go_on|be_here|exist|stay_alive", "thought|think|thinking ..4 about ..3 how ..3 i ..3 would|'d|will ..2 do_it $",
    "dying|death ..3 not ..2 scare|scares|frighten|frightens", "not ..2 want ..3 be ..2 saved|rescued|found",
    "!by ..2 the ..2 time ..3 read|reads|see|sees ..4 gone|dead|over",
    "!tell ..2 my ..2 mum|mom|mother|dad|parents|sister|brother|family ..3 i_am_sorry|sorry ..3 for ..2 everything|all $",
    "what ..2 if ..3 not|never ..2 wake ..2 up $", "not ..3 able ..2 to ..2 stop ..2 myself & scared|afraid|terrified|worried",
    "walk|walking|step|stepping ..3 into|in_front_of ..3 traffic|cars|a_bus|a_car|a_truck|a_lorry",
    "!car ..6 engine ..3 running|on & garage|hose",
    # set164 (understatement, round 53): "wouldn't mind much if the bus didn't brake"
    "wouldn't|wouldnt|would_not ..2 mind|care ..6 if ..6 bus|car|train|truck|lorry|tram ..3 didn't|didnt|did_not|wouldn't|doesn't|doesnt|failed_to|forgot_to|never ..1 brake|brakes|see_me",
)  # fmt: skip

SELF_HARM_NL = (
    "schaar|mes|mesje|scheermes|scheermesje|naald|passer|glas|scherf|scherven ..6 pols|polsen|armen|dij|dijen|bovenbeen|bovenbenen & geprikt|gesneden|gekrast|prik|snij|kras|sneed|krast|gestoken",
    "sla|slaan|sloeg|stomp|stompen|knijp|knijpen ..3 in|op|tegen ..2 mijn ..2 benen|armen|dijen|buik|gezicht ..4 tot|blauw|bloed|pijn",
    "mesjes|scheermesjes ..9 slechte_nachten|slechte_dagen|noodgevallen|voor_als|nood",
    "bezeerd|bezeren|bezeer & mezelf|mijzelf|zichzelf", "clean ..3 van ..2 krassen|snijden|zelfbeschadiging ..9 drang|neiging|bijna|terugval",
    "brand|verbrand|gebrand|verbrandde ..3 mijn ..2 arm|armen|huid|pols|been ..4 met ..3 lepel|strijkijzer|aansteker|sigaret|hete|heet",
    # the Dutch perfect puts the burn last: "met een aansteker mijn been verbrand", and
    # "dat lucht dan even op" says why (set160, round 53)
    "met ..2 een|de|mijn|m'n|mn ..1 aansteker|sigaret|strijkijzer|lepel|mes|mesje|scheermesje|passer ..0 mijn|m'n|mn ..1 arm|armen|huid|pols|polsen|been|benen|dij|dijen|buik|hand ..2 verbrand|gebrand|gesneden|gekrast|opengehaald",
    "verbrand|gebrand|gesneden|gekrast|krassen|snijden|branden ..8 lucht|luchtte ..3 =op",
    "laat|liet ..2 mezelf|mijzelf ..2 bloeden", "krab|krabben|kras|krassen ..4 tot ..3 bloed|bloeden|bloedt",
    # wounds kept open, supplies for afterwards, deeper than meant, new scars among old
    "peuter|pulk|krab|peuteren ..3 wondjes|wonden|korstjes|littekens ..3 open", "verband|pleisters|hechtstrips ..9 voor_erna|voor_daarna",
    "dieper ..3 dan ..3 bedoeling|gepland|wilde|ooit & snee|sneed|gesneden|snijden|gisteren|gisteravond|vannacht|arm|pols|bloed",
    "littekens ..9 nieuwe|verse ..3 bij|erbij", "elastiekje|elastiek ..6 pols ..6 tot|striemen|pijn|rood",
    # cutting where nobody sees, after which I can sleep; a compass, a hot spoon, swallowing
    "snij|snijd|kras|krassen ..4 waar ..2 niemand ..3 ziet|zien", "gesneden|gekrast $ & nadat_ik|tot_ik",
    "prik|prikken|prikte|steek ..3 met ..2 mijn|een ..2 passer|naald|pen|speld ..3 in ..2 mijn ..2 been|arm|huid|dij|hand|benen|armen",
    "hete|heet|gloeiende ..2 lepel|mes|strijkijzer|metaal|munt ..4 op|tegen ..3 huid|arm|armen|pols|been",
    "doorgeslikt|ingeslikt|doorslikken ..4 glas|batterijen|scheermesje|spijkers|bleek & expres|pijn|mezelf|bewust",
    # long sleeves in summer; the cat as the excuse; pain to feel anything; the head on the floor; punishing the body
    "kat|poes ..6 maar ..4 zelf_gedaan|zelf|mezelf",
    # long sleeves for weeks in the heat (set118): "draag al weken lange mouwen, ook met 25 graden"
    "lange_mouwen|lange_broek|vest|trui|hoodie ..8 zomer|warm|hitte|graden|hittegolf|tropisch & al_weken|al_maanden|expres|moet|niemand|verberg|verbergen|verstop|snapt|waarom",
    "pijn ..2 voelen ..4 iets ..2 te? ..2 voelen", "bonk|bonken|bonkt|beuk|beuken|sla ..3 mijn ..2 hoofd ..3 tegen|op ..3 grond|vloer|muur|deur|tafel",
    "lichaam ..3 te? ..2 straffen|bestraffen",
)  # fmt: skip
SELF_HARM_EN = (
    # set172 (typed with dyslexia, round 53): "i startd cuting agian tonite"
    "startd|started|start|starting ..1 cuting|cutin|cuttin",
    "cuting|cutin|cuttin ..1 agian|again|myself|my_arms|my_legs",
    # long sleeves for weeks in the heat, hiding something (set118, in English)
    "long_sleeves|hoodie|hoodies|jumper|sweater ..8 summer|hot|heat|heatwave|degrees & for_weeks|for_months|on_purpose|have_to|know_why|nobody|no_one|hide|hiding|cover",
    "scissors|knife|blade|razor|needle|compass|glass|shard ..6 wrist|wrists|arms|thigh|thighs & stabbed|poked|pricked|cut|scratched|dug|carved",
    "hitting|hit|punching|punch|slapping|slap|pinching|pinch ..3 my ..2 legs|arms|thighs|stomach|face ..4 until|till|bruise|bruises|bleed|hurt",
    "razors|blades|razor_blades ..9 bad_nights|bad_days|emergencies|for_when|when_it_gets",
    "clean ..3 from ..2 cutting|sh|self_harm|selfharm ..9 urge|urges|craving|almost|relapse",
    "burned|burnt|burn|burning ..3 my ..2 arm|arms|skin|wrist|leg ..4 with ..3 spoon|iron|lighter|cigarette|hot",
    "make|made|making ..2 myself ..2 bleed",
    # wounds kept open, supplies for afterwards, deeper than meant, new scars among old
    "reopen|reopening|reopened|pick|picking ..3 my ..2 wounds|cuts|scabs ..4 open|heal|healing|again", "bandages|plasters|steri_strips ..9 for_afterwards",
    "deeper ..3 than ..3 meant|intended|planned|ever & cut|cutting|last_night|arm|wrist|blood|stitches",
    "scars ..9 new|fresh ..2 ones|coming", "hair_tie|rubber_band|elastic ..6 wrist ..6 until|welts|welt|bleeds|pain",
    "arms|legs|thighs|wrist|wrists ..4 barcode", "=beans|=styro & cut|cuts|cutting|sh|arm|thigh|deep",
    # cutting where nobody sees, after which I can sleep; a compass; the cat as the excuse
    "cut|cutting ..3 where ..2 nobody|no_one ..3 see|sees|notice|will_see", "cut $ & after_i|until_i",
    "dig|digging|dug|stab|stabbing|poke ..3 my|a|the ..2 compass|needle|pen|nails|pin ..4 into|in ..3 my ..2 leg|arm|skin|hand|thigh|legs|arms",
    "cat ..6 but ..4 it_was_me|myself|i_did_it|did_it_myself",
    "feel ..2 pain ..4 feel ..3 anything|something|alive|real", "body ..3 to? ..2 punish|punishing",
)  # fmt: skip

UNSAFE_NL = (
    # control: not allowed, decides everything, takes my card, knows where I am
    "mag ..3 van ..2 mijn ..2 " + _PARTNER_NL + " ..4 niet|niks|nooit|geen",
    "bepaalt|controleert|beslist ..4 met_wie|wat_ik|waar_ik|alles|hoeveel|wanneer_ik & " + _PARTNER_NL + " & " + _SELF_NL,
    "pakt|neemt|nam|afgepakt|afgenomen|houdt|inpikt ..3 mijn ..2 pinpas|bankpas|geld|telefoon|sleutels|paspoort & " + _PARTNER_NL,
    "weet ..3 steeds|altijd|overal ..2 waar ..2 ik ..2 ben|zit|ga & ex|hij|iemand|" + _PARTNER_NL, "zit|zat|zitten ..2 me|mij ..3 achterna",
    # a break-in at night, someone at the door
    "ingebroken|inbraak|inbreker|inbrekers ..6 kamer|huis|flat|slaapkamer & nacht|vannacht|sliep|slapen",
    "iemand ..6 deur|raam ..4 rammelen|rammelde|forceren|openbreken|open_te_breken & nacht|vannacht|'s_nachts|s_nachts",
    # threats: to kill, to evict for sex, threats received
    "gedreigd|dreigt|dreigde|dreigen ..4 vermoorden|af_te_maken|pijn|slaan|iets_aan_te_doen|eruit_te_zetten|verstoten|op_te_sluiten",
    "naar_bed|seks ..8 dreigt|gedreigd|eruit_te_zetten|huur", "dreigt|dreigde|gedreigd ..9 naar_bed|seks",
    "doodsbedreigingen", "krijg|kreeg|ontvang|stuurt|stuurde ..3 me|mij? ..2 dreigementen|bedreigingen",
    # beaten at home, said in the passive; a photo of my house
    "word|werd ..3 =geslagen|mishandeld|geschopt|getrapt|gewurgd & ik", "foto ..3 van ..2 mijn ..2 huis|deur|raam|kamer & ex|onbekende|stalker",
    # forced marriage said indirectly
    "trouwen|huwen ..2 met ..4 iemand|een_man|een_vrouw|neef|nicht ..3 die_ik_niet|niet_ken|nooit_gezien|niet_wil",
    "probeerde ..4 in ..2 mijn ..2 bed ..2 te? ..2 komen|kruipen|stappen",
    # turning up where I am, staring; pinned down; woke up with him on me; phone smashed
    "duikt|dook|opduiken|opgedoken ..4 bij ..2 mijn ..2 colleges|werk|lessen|huis|sportschool|bijbaan & ex|hij|jongen|man|iemand", "duikt|dook ..3 overal ..2 op",
    "drukt|duwt|drukte|duwde ..2 me|mij ..3 tegen_de_grond|op_de_grond|neer", "wakker ..6 op_me|op_mij|bovenop_me|in_mijn_bed|aan_me|aan_mij & hij|iemand|man|jongen",
    "kapotgegooid|kapotgemaakt|afgepakt|kapot ..3 mijn ..2 telefoon ..6 bellen|niemand|hulp|politie", "mijn ..2 telefoon ..3 kapotgegooid|afgepakt|kapotgemaakt ..6 bellen|niemand|hulp|politie",
    "enge|dreigende ..2 berichten|appjes & steeds|blijft|elke|overal|duikt",
    # threats against my family if I go to the police; killed if I come out
    "familie|ouders|zus|broer|zusje ..3 iets ..2 aandoen|aan_doen|pijn_doen ..6 als ..3 ik", "vermoordt|vermoord|maakt ..2 me|mij ..2 af? ..4 als ..3 ik ..3 uit_de_kast|vertel|weg|aangifte|uitmaak",
    # afraid he will do something to me; violent when drunk; a brick through the window; hacked; disowned
    "bang ..4 dat ..3 hij|ze|zij|hij ..3 me|mij ..3 iets ..2 aandoet|aandoen|pijn_doet", "agressief|gewelddadig ..4 als ..3 drinkt|dronken|gedronken & hij|vader|vriend|partner|stiefvader|ex",
    "steen|baksteen ..4 door ..2 mijn ..2 raam|ruit", "gehackt|gehacked ..3 mijn ..2 account|accounts|mail|instagram|telefoon & ex|hij",
    "verstoten|verstoot ..6 als ..3 ik", "word|wordt ..3 gevolgd|achtervolgd ..4 door ..3 een ..2 man|onbekende|jongen|auto",
)  # fmt: skip
UNSAFE_EN = (
    # control: not allowed, decides everything, takes my card, knows where I am
    "controls|decides|dictates ..4 everything|what_i|who_i|where_i|when_i|how_much & " + _PARTNER_EN + " & my|i|me",
    "not ..2 allowed ..3 see|leave|go|meet|talk|have & " + _PARTNER_EN + " & my|i|me",
    "takes|took|keeps|kept|confiscated ..2 my ..2 bank_card|card|money|phone|keys|passport & " + _PARTNER_EN,
    "always|everywhere ..2 knows ..2 where ..2 i ..2 am|go & he|someone|" + _PARTNER_EN,
    # a break-in at night, someone at the door
    "broke|broken|breaking ..2 into ..2 my ..2 room|flat|house|bedroom & night|sleeping|asleep",
    "someone|somebody ..6 door|window ..4 rattling|rattled|forcing|forced|trying & night|tonight",
    "enters|entering|entered|comes_into|walks_into ..3 my ..2 room|flat|bedroom ..4 when|while ..3 not_home|out|away|asleep|sleeping & landlord|he|ex|someone|stranger|man|guy|boss",
    # threats: to evict for sex, threats received, they know where I live
    "sleep_with|sex ..8 threatens|threatened|evict|kick_me_out|or_else", "threatens|threatened ..9 sleep_with|sex",
    "death_threats", "getting|got|received|receiving|sends|sending|sent ..3 me? ..2 threats",
    "they|he|she ..1 already|now|even|also|definitely|totally? ..0 know|knows ..1 exactly|already|now|too|also|precisely? ..0 where ..2 i ..2 live",  # no "not" between (r66)
    # beaten at home; someone will beat me; a photo of my house; doxxing
    "beaten|slapped|choked|strangled|hit_at_home|hit_by_my & i_get|i_got|i_am|i_was|get|got", "beat|hit|hurt|slap ..2 me & scared|afraid|terrified",
    "photo|picture ..3 of ..2 my ..2 house|home|door|flat|window & ex|stranger|stalker|see_you",
    "posted|shared|leaked|spread ..3 my ..3 address|nudes|number|home_address|naked",
    # forced marriage said indirectly; someone getting into my bed
    "send|sending|take|taking ..3 me ..4 back ..6 married|marry|wedding", "marry|married ..4 someone|a_man|a_woman|my_cousin|a_stranger ..3 i ..3 not ..2 know|want|met",
    "tried|try|trying ..2 to ..2 get|climb|crawl ..2 into|in ..2 my ..2 bed",
    # turning up where I am, staring; pinned down; woke up with him on me; phone smashed
    "turning_up|turns_up|shows_up|showing_up|showed_up|turned_up ..4 at ..2 my ..2 lectures|work|classes|house|gym|job & ex|he|guy|man|someone",
    "showing_up|shows_up|turning_up|turns_up ..4 where ..2 i ..2 am|go", "pins|pinned|pin|pinning|held ..2 me ..2 down",
    "woke|wake ..6 on_top_of_me|in_my_bed|touching_me & he|someone|man|guy", "smashed|broke|took|destroyed ..3 my ..2 phone ..6 call|anyone|help|police",
    "creepy|threatening ..2 messages|texts & keeps|every|showing_up|everywhere",
    # threats against my family if I go to the police; killed if I come out
    "hurt|harm ..3 my ..2 family|parents|sister|brother ..6 if ..3 i", "kill|hurt ..2 me ..4 if ..3 i ..3 come_out|tell|leave|report",
    # afraid he will do something to me; violent when drunk; a brick through the window; hacked; disowned
    "scared|afraid|terrified ..4 he|she|they ..3 will|might|going ..2 hurt|harm|kill|do_something ..2 me", "violent|aggressive ..4 when ..3 drinks|drunk|drinking & he|dad|father|boyfriend|partner|stepdad|ex",
    "brick|stone|rock ..4 through ..2 my ..2 window", "hacked ..3 my ..2 account|accounts|email|instagram|phone & ex|he",
    "disown|disowned ..6 if ..3 i", "being ..2 followed|watched ..4 by ..2 a|some|the ..2 man|guy|stranger|car",
)  # fmt: skip

CONCERN_NL = (
    "mag ..3 van ..2 haar|zijn|hun ..2 " + _PARTNER_NL + " ..4 niet|niks|nooit|geen",
    "bepaalt|controleert|beslist ..4 met_wie|wat_ze|wat_hij|waar_ze|waar_hij|alles|hoeveel & " + _PARTNER_NL + " & " + _OTHER_NL,
    "wordt|werd ..3 opgesloten|vastgehouden|uitgebuit & " + _OTHER_NL + "|vriendin|vriend|huisgenoot|huisgenote",
    "haar|hem ..6 gewurgd|=geslagen|mishandeld|geschopt|verkracht|misbruikt|misbruikt|aangerand", "haar|hem|hen ..3 misbruikt|misbruikte|verkracht|betast",
    "!postte|plaatste|zette|post ..6 sorry|afscheid|vaarwel|zwart_scherm|zwart_beeld & story|insta|instagram|status|snap|tiktok",
)  # fmt: skip
CONCERN_EN = (
    "controls|decides|dictates ..4 everything|what_she|what_he|who_she|who_he|where_she|where_he & " + _PARTNER_EN + " & " + _OTHER_EN,
    "not ..2 allowed ..3 see|leave|go|meet|talk|have & " + _PARTNER_EN + " & " + _OTHER_EN,
    "locked|kept ..2 in|inside|up ..4 by|at ..2 her|his|their ..2 parents|family|boyfriend|home",
    "choked|strangled|abused|abusing|raped|molested ..2 her|him|them", "!posted|put ..6 sorry|goodbye|farewell|black_screen & story|insta|instagram|status|snap|tiktok",
    # round 51 (a blind set): "posted 'see you on the other side' on her story": the
    # phrase is too long for the story to fall within reach of "posted"
    "see_you_on_the_other_side & story|insta|instagram|status|snap|tiktok|posted|texted|wrote|sent|message|groupchat",
    "has ..2 a ..2 plan $ & she|he|they", "do ..2 something ..2 stupid|drastic|permanent & worried|scared|afraid|he|she|they",
)  # fmt: skip

# Harmless readings: a rope for a move, a stalker on television, a plant that died.
FIGURES_NL = (
    # round 53 (voice memos, carers): "die verlenging hoeft niet meer" is no life given up,
    # and hiding a parent's pills is a carer's protection, not a hoard
    "verlenging|afspraak|vervolgafspraak|gesprek|uitstel|extensie|aanvraag|formulier|dat|deze ..1 hoeft|hoeven ..1 niet ..0 meer",
    "haar|zijn|hun|moeders|vaders ..0 pillen|medicijnen|tabletten|pijnstillers|slaappillen ..3 verstopt|verstop|verstoppen|weggehaald|weggegooid|achter_slot",
    "touw|touwen ..8 matras|verhuis|verhuizing|verhuizen|dak_van_de_auto|tent|boot|klimmen|schommel|hangmat|waslijn|bagage|vastbinden",
    "docu|docuserie|documentaire|podcast|serie|film|true_crime|boek|verhoor|zitting|rechtszaak ..4 over|van ..3 stalker|stalkers|stalking|huiselijk_geweld|geweld|moord|zelfmoord",
    "=plant|=planten|=plantje|=plantjes|cactus|vis|goudvis ..4 doodgegaan|dood|overleden",
    "ehbo|eerste_hulp|reanimatie|bhv|naloxon ..9 overdosis|overdoses",
    "manier|manieren ..3 om ..3 mezelf|me ..3 te? ..2 motiveren|concentreren|focussen|ontspannen|organiseren|belonen",
    "kat|poes|kitten|hond|puppy|braam|bramen|doornen|rozen|struik ..6 krassen|gekrabd|sneetjes",
    "kan|kon|zou ..3 hoofd ..2 wel ..3 tegen", "slaat|sloeg ..3 record|records|alarm|bal|munt|slag",
    "koken|keuken|groente|groenten|ui|uien|brood|snijplank|aardappel|aardappels|vinger ..6 gesneden|snijden|sneed|snij",
    "studenten|stads|nacht|studie ..1 leven ..3 niks|niets|niet",
)  # fmt: skip
FIGURES_EN = (
    # set169 (online life, round 53): "an app to cut and edit clips"
    "cut|cutting|trim|trimming ..0 and ..0 edit|editing",
    # set166, set169 (round 53): "she 'nearly died' during her presentation lol", a
    # streamer's rape jokes (the jokes are the trouble, not an assault)
    "nearly|almost ..0 died|dying|die ..8 lol|haha|lmao|laughing|embarrassment|embarrassing|cringe|presentation|speech",
    "rape|raping ..0 jokes|joke|culture|memes|meme",
    "cut|cutting|trim|trimming ..2 clips|clip|video|videos|footage|montage|vod|vods|audio",
    "rope|ropes ..8 mattress|move|moving|car_roof|roof_rack|tent|boat|climbing|swing|hammock|clothesline|luggage|tie_down|camping",
    "doc|docu|documentary|podcast|series|show|film|movie|true_crime|book|hearing|trial ..4 about|on ..3 stalker|stalkers|stalking|domestic_violence|violence|murder|suicide",
    "analysing|analyzing|analyse|analyze|sources|cases|literature|criminology ..6 domestic_violence|stalking|abuse|violence",
    "plant|plants|cactus|battery|phone|laptop|goldfish|fish ..4 died|dead",
    "first_aid|cpr|naloxone|narcan ..9 overdose|overdoses|overdosing",
    "go|going|went ..2 on ..3 trip|date|holiday|vacation|tour|exchange|walk|run|break|call|stage",
    "cat|kitten|dog|puppy|thorns|roses|bush|brambles ..6 cuts|scratches", "could ..3 bang|hit ..2 my ..2 head",
    "beat|beats|beaten ..2 me|us|him|her ..3 at|in ..3 chess|game|games|fifa|tennis|football|match|race|cards|quiz|monopoly|poker|squash",
    "student|uni|city|night|dorm|campus|academic|social|married|office ..1 life ..3 not",
)  # fmt: skip

# Someone else in an unsafe situation ("haar vriend slaat haar", "she is being stalked") is
# concern for someone else: every unsafe pattern, when a third person stands near it, also
# finds concern_for_other. Victims are named by pronouns only ("vriend" is also "boyfriend").
_VICTIM = {
    "nl": "ze|zij|haar|hem|hen|hun|zichzelf",
    "en": "she|her|him|they|them|their|herself|himself|themselves",
}


_SUBJECTS = frozenset(("she", "they", "ze", "zij"))  # who threatens, when a pattern opens with it
_FIRST_PERSON = frozenset(("i", "me", "my", "myself", "ik", "mij", "mijn", "mezelf", "mn"))
_THIRD_OBJECT = frozenset(("her", "him", "them", "haar", "hem", "hen", "herself", "himself"))

# How a pattern made by about_others ends: the recogniser knows its findings by it.
VICTIM_SUFFIXES = tuple(
    f" & {'|'.join(v for v in victims.split('|') if v not in left_out)}"
    for victims in _VICTIM.values()
    for left_out in ((), ("she",), ("they",), ("she", "they"), ("ze",), ("zij",), ("ze", "zij"))
)  # every set about_others may write (a subject pronoun is left out of its victims)


def about_others(patterns: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The unsafe patterns as concern for someone else: each with a third person near it
    (patterns that would exceed the 12 words a pattern may have are left out)."""
    out = []
    for pattern in patterns:
        words = [w for w in pattern.split() if w != "&" and not w.startswith("..") and w != "$"]
        said = {alt for w in words for alt in w.lstrip("!=").split("|")}
        mine = not said.isdisjoint(_FIRST_PERSON) and said.isdisjoint(_THIRD_OBJECT)
        if len(words) < 12 and not mine:
            # The student as the one threatened ("... where I live", "hits me") is no
            # concern for someone else, and the pronoun a pattern opens with is who
            # threatens: "she said she knows where I live" was concern for her, and the
            # panel asked whether she could be reached now (a role-play, round 21).
            subject = set(pattern.lstrip("!").split(" ", 1)[0].split("|")) & _SUBJECTS
            victims = "|".join(v for v in _VICTIM[language].split("|") if v not in subject)
            out.append(f"{pattern} & {victims}")
    return tuple(out)


def lean(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """The patterns with each long first-word alternative read as a prefix ("verstopt*").

    The first word indexes a pattern; for acute themes every long indexed word also gets
    the keys of its misspellings, which for these families (ordinary words such as
    "teleurgesteld", "disappointed") doubled the index that `lookup --text` reads at
    start-up, for typos nobody needs forgiven there. A prefix matches the word and its
    longer forms; shorter forms are listed in the patterns themselves."""
    out = []
    for pattern in patterns:
        bang = "!" if pattern.startswith("!") else ""
        first, space, rest = pattern[len(bang) :].partition(" ")
        words = [w + "*" if len(w) >= 7 and w.isalpha() else w for w in first.split("|")]
        out.append(bang + "|".join(words) + space + rest)
    return tuple(out)
