# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""More of the built-in risk-to-life floor: paraphrase families written from meaning.

lexicon.py holds the core words; these are the wider families (word order, separable
verbs, participles, idioms, chat spelling) that students use for the same things:
timing ("er dit weekend een eind aan maken"), searching for means ("hoeveel pillen"),
standing on a roof or a platform, goodbye messages, burning or hitting oneself, scars,
and signs seen in someone else. They are merged into lexicon.FLOOR; see docs/catalog.md.
"""

from __future__ import annotations

_PILLS_NL = "pillen|pil|tabletten|medicijnen|slaappillen|paracetamol|oxazepam|antidepressiva|medicatie|insuline|strip|strips"
_PILLS_EN = "pills|pill|tablets|meds|medication|painkillers|paracetamol|tylenol|ibuprofen|antidepressants|sleeping_pills|insulin|aspirin"
_HIGH_NL = (
    "dak|brug|flat|balkon|gebouw|toren|parkeergarage|richel|viaduct|*brug|*flat|*toren|*gebouw"
)
_HIGH_EN = "roof|rooftop|bridge|building|balcony|tower|ledge|cliff|overpass|parking_garage"
_JUMP_NL = "springen|spring|springt|sprong|afspringen|stap|stappen|laten_vallen|naar_beneden"
_JUMP_EN = "jump|jumping|jumped|jumps|step|stepping|fall|falling|throw_myself|leap"
# What a search for a way or a number leads to when it is a search for dying.
_DYING_NL = "dood|doodgaan|dood_te_gaan|sterven|te_sterven|overlijden|overlijd|zelfmoord*|zelfdoding|dodelijk*|pijnloos|overdosis|ophangen|verhangen|springen|verdrinken|om_het_leven|uit_het_leven|niet_meer_wakker|niet_wakker|eruit_te_stappen|eruit_stappen|einde_te_maken|eind_te_maken|er_een_eind|pillen|polsen|overleef|overleven|bewustzijn|bewusteloos|onderkoeld|onderkoeling|nieren|lever|organen|nierfalen|leverfalen"
_DYING_EN = "die|dying|death|dead|kill|killing|suicide|overdose|od|lethal|fatal|painless|hang|hanging|jump|drown|not_wake|never_wake|end_it|end_my_life|survive|pills|wrists|unconscious|pass_out|passing_out|hypothermia|kidneys|liver|organs|organ_failure|liver_failure|kidney_failure"

SUICIDAL_NL = (
    # an end to it, however far apart the words stand
    "er ..4 eind|einde|punt aan|achter", "maak|maken|maakte|make ..5 eind|einde aan",
    "eind|einde aan mijn|m'n|mn|het|haar|zijn|zn|hun|je ..2 leven|bestaan",
    "er ..3 een eind aan ..2 maken|maak|maakt|breien",
    "alles ..3 stopzetten|beeindigen|afsluiten", "stopzetten ..6 mezelf|mijzelf|leven",
    "mezelf|mijzelf ..3 uitzetten|uitschakelen|opgeven|opruimen",
    # an attempt, in any tense
    "!poging ..3 gedaan|ondernomen|overleefd", "!vorige|laatste|eerdere ..3 poging",
    "!heb|had ..4 geprobeerd ..4 dood|ophangen|springen|pillen",
    # searching for a way
    # (not "opgezocht hoe laat de bus gaat": the way or the number has to lead to dying;
    # the bare "hoe" made every search acute, immediate, until round 11)
    "!opgezocht|gegoogeld|googelen|googel|gezocht|zoek|zocht|uitgezocht ..5 pijnloos|dodelijk*|overdosis|letale|fatale",
    "!opgezocht|gegoogeld|googelen|googel|gezocht|zoek|zocht|uitgezocht ..5 hoeveel|hoe|manier ..6 " + _DYING_NL,
    "!hoeveel " + _PILLS_NL + " ..5 nodig|dodelijk|dood|overleef|sterven|genoeg",
    "!dodelijke|fatale|letale dosis", "!pijnloos|pijnloze ..3 manier|dood|sterven|eruit",
    "hoe ..4 lang ..4 duurt ..6 dood|sterven|overlijden",
    "hoe ..3 snel|pijnloos ..4 dood|sterven|overlijden",
    # means taken or kept
    "!hele|heel|halve|handvol|doosje|potje|strip|strips|pak|stapel|alle|te_veel ..3 " + _PILLS_NL
    + " ..4 ingenomen|geslikt|genomen|innemen|slikken|slik|nam|slikte",
    "!" + _PILLS_NL + " ..4 klaarliggen|verstopt|verstop|opgespaard|gespaard|verzameld", "!" + _PILLS_NL + " ..8 voor als ..4 niet meer ..2 gaat|lukt|kan",
    "!touw|strop & zolder|balk|haak|klaar|gekocht|geknoopt|knoop|opgehangen",
    # a high place, a platform, a train
    "springen|spring|springt|sprong|afspringen & " + _HIGH_NL,
    # throwing oneself, not "mn laptop uit het raam gooien" (set41, round 16)
    "uit ..2 het|een ..2 raam ..3 springen|spring|springt", "van ..3 hoogte|rand ..4 springen|spring|springt",
    "mezelf|mijzelf|me|mij ..4 uit ..2 het|een ..2 raam ..3 gooien|werpen",
    "zit|zat|sta|stond|staan|gestaan ..3 op ..3 dak|richel|brug|*brug|spoor|rails|viaduct", "rand ..4 brug|dak|flat|perron|balkon|gebouw|spoor",
    "perron|spoor|rails & springen|spring|naar_voren|vooruit|voor_de_trein|eraf|duwen", "rails|spoor ..3 op ..2 gelopen|lopen|gaan_liggen|liggen",
    "onder|voor ..3 trein|metro|tram|bus|auto|vrachtwagen ..4 " + _JUMP_NL + "|gooien|liggen|lopen|rijden",
    "trein|metro ..3 aan ..2 komen ..6 " + _JUMP_NL,
    "denk|denken|dacht|gedacht ..6 springen|spring|afspringen|naar_beneden",
    "naar beneden ..3 springen|spring|springt",
    # passive wishes, disappearing, accidents
    "wil|wou|zou|liefst|liever ..4 =verdwijnen", "=verdwijnen & voorgoed|voor_altijd|niemand",
    "ongeluk|ongeval|aangereden|overreden ..6 vind|vond|zou ..3 niet erg|prima|fijn",
    "hoop|hoopte|wens|wenste ..5 ongeluk|ongeval|aangereden|overreden|verongeluk*|neerstort",
    "dood ..3 makkelijker|rustiger", "dood zijn ..3 makkelijker|beter|rust|rustiger|verlossing",
    "makkelijker|beter|rustiger ..6 als ..3 ik ..3 er|hier ..2 niet|nooit meer ..2 ben|was|zou|zijn|ben",
    "er|hier niet|nooit meer ..2 ben|was|zou|bent|ben", "nooit geboren",
    "wou|wilde|wenste ..4 dat ..3 ik ..3 nooit ..2 geboren|bestaan",
    "wil ..2 niet meer ..2 wakker", "wakker ..2 worden ..4 niet meer|nooit",
    "slapen ..4 nooit|niet meer ..2 wakker",
    # hopelessness and meaning
    "wat ..4 voor zin ..4 leven|bestaan|nog|doorgaan|verder|alles", "wat heeft ..3 nog ..2 voor zin",
    "waarom ..4 nog ..4 leven|leef|bestaan|hier|doorgaan|verder|opstaan",
    "heeft ..3 allemaal ..3 geen|weinig zin|nut", "alles ..3 zinloos|geen_zin|nutteloos",
    "zie|zag ..3 geen ..3 uitweg|uitkomst|licht",
    "het ..2 hoeft ..3 niet meer", "klaar met ..3 leven|bestaan|het_leven",
    "geen ..2 kracht|energie ..4 meer ..4 leven|vechten",
    "wil|wou ..2 niet meer $", "wil|wou ..2 gewoon|echt|gwn ..2 niet meer $",
    "wil|wou ..1 ik ..3 niet meer $",  # inverted: "sinds ze er niet is wil ik eigenlijk ook niet meer"
    "wil|wou ..3 niet meer ..3 vechten|doorgaan|verder|leven|bestaan",
    # burden
    "iedereen|familie|ouders|vrienden ..5 beter_af|makkelijker|blijer|gelukkiger ..5 zonder_mij|zonder_me|als_ik",
    "beter af ..5 zonder ..2 mij|me|hem|haar", "ik ..2 kan|kon|zou|ben ..2 beter weg ..2 zijn|wezen|was", "beter weg ..1 kan|kon|zou ..1 zijn|wezen", "beter af ..6 als ..3 ik ..4 er|dood|weg|niet", "last ..3 voor ..3 iedereen|familie|ouders|vrienden|anderen",
    "niet lang meer ..4 last|probleem|tot_last", "niemand ..4 missen|mist|merken|merkt",
    # goodbye and preparation
    "!afscheidsbericht*|afscheidsberichtje*|afscheidsmail*|afscheidsvideo*|afscheidsappje*|afscheidsbrief*",
    "!afscheid ..4 nemen|genomen|neem|nam & iedereen|leven",
    "!iedereen ..3 gedag|vaarwel|dag ..2 gezegd|zeggen|zegt",
    "!deelt|deelde|geeft|gaf ..3 spullen|dingen|bezittingen ..2 uit|weg", "!spullen|dingen|bezittingen|kleren|boeken ..4 uitdelen|uitgedeeld|weggeven|weggegeven|weg|deelt|deelde|verdeeld",
    "!testament ..4 opgesteld|geschreven|gemaakt|opgemaakt|regelen|geregeld",
    "!brief ..6 als ..3 ik ..3 er ..2 niet meer",
    "!niet beloven|garanderen ..8 niks|niets ..2 aandoe|aandoen|doe|overkomt",
    "!niet beloven|garanderen ..8 veilig|leven|overleef|aandoe|aandoen",
    "!plan|plannen|datum|moment|manier & dood|zelfmoord*|sterven|springen|pillen|ophangen",
    "!bang ..4 voor ..3 wat ..3 ik ..3 mezelf|mijzelf|zelf ..3 aandoe|aan|doe",
    "mezelf|mijzelf ..3 iets ..2 aandoe|aandoen|aan_doe|aan_doen|aangedaan",
    "mezelf|mijzelf ..4 dood|doodmaken|vermoorden|vermoord|ophangen|opknopen|verdrinken|vergiftigen",
    "zelfmoord|zelfdoding & gedachten|denk|denken|gedacht|plan|plannen|overweeg|wil",
    "!iets ..2 doms|stoms|onomkeerbaars ..3 doen|doet|gaat|ga|aandoen", "!bewusteloos|onaanspreekbaar ..8 pillen|lege|strips|overdosis|medicijnen",
    "rust ..3 voor ..2 altijd|eeuwig", "eeuwige rust|slaap", "ogen ..4 nooit meer ..3 open|opendoen|opendoet",
    "leven ..3 niks|niets ..2 waard", "wil|wou ..3 voorgoed|voor_altijd ..3 slapen|rust|weg",
    "!sorry|bedankt ..3 voor ..2 alles & hou_van|vaarwel|doei|vergeef|zorg_goed|dag|laatste",
    "!afscheid ..6 laatste keer|voorgoed", "mes|mesje|messen ..5 pols|polsen|keel",
    "leven ..4 te_zwaar|ondraaglijk|niet_leefbaar", "leven ..2 moe|beu", "leven ..1 zat", "hoef ..2 niet meer $",
    "mezelf|mijzelf ..3 wat ..2 aandoe|aandoen", "aardbodem", "!afscheid ..4 voorbereid|geregeld|geschreven|klaar",
    "wil ..3 dat ..2 alles ..2 stopt|ophoudt|voorbij", "mijn ..2 eigen? ..2 begrafenis|uitvaart ..4 plannen|gepland|regelen|voorstellen|voor_me",
    "fantaseer|fantaseren|droom|dromen ..4 over ..3 dood|sterven|zelfmoord*|begrafenis",
    "leek|leken|klonk|klinkt|voelde ..4 als? ..2 een? ..2 afscheid*", "!laatste keer ..5 hoort|horen|ziet|zien|spreekt|spreken",
    "!zorgen ..2 voor ..2 mijn|haar|zijn ..2 kat|hond|huisdieren ..6 als ..4 er ..3 iets|niet_meer",
    "zee|water|rivier ..3 in ..2 lopen|gaan|verdrinken", "verdrinken ..3 mezelf|mijzelf",
    "geen toekomst ..3 meer? ..3 voor ..2 mezelf|mij", "beter|liever ..3 sterven|doodgaan|dood_gaan",
    "eind|einde ..2 aan ..2 alles|mezelf|mijzelf", "genoeg ..4 van ..3 leven|het_leven|alles_en_iedereen",
    "levenslust|levenswil|wil_om_te_leven ..4 kwijt|verloren|weg|geen|op", "geen ..2 levenslust|levenswil",
    "niet ..2 meer ..2 bang ..4 dood|sterven|doodgaan", "maakt ..3 me|mij ..3 niet|niks ..3 uit ..4 of ..3 ik ..4 dood|leef|wakker|overleef",
    "expres|opzettelijk|met_opzet ..6 te_hard|ongeluk|crash|tegen_een",
    "praat|praten|praatte|heeft_het|had_het ..3 over ..3 dood|doodgaan|zelfmoord*|sterven|er_niet_meer_zijn",
    "ophouden|stoppen|stop ..2 met ..2 bestaan|ademen", "stem|stemmen|stemmetje ..9 dood|zelfmoord*|springen|sterven|pijn_doen",
    "spoor|rails & stap|een_stap", "iedereen|familie|ouders ..4 prima|blijer|gelukkiger|beter ..3 zonder ..2 mij|me",
    "val|hoogte ..4 dodelijk|overleef|overleven", "bid|bidt|bad ..4 niet ..3 wakker",
    "niks|niets ..3 om ..2 voor ..2 te ..2 leven", "niet ..2 bang ..2 meer ..4 dood|sterven|doodgaan",
    "weet ..2 niet ..3 of ..3 ik ..3 nog ..3 wil ..2 leven|doorgaan|verder|bestaan",
    "zonder ..2 mij|me ..5 iedereen|familie|ouders|wereld ..4 beter|blijer|gelukkiger|makkelijker",
    "!spaar|sparen|verzamel|verzamelen|hamster|hamsteren|verstop|verstopt ..6 " + _PILLS_NL.removesuffix("|strip|strips"),
    # "strips" are comics as often as blister packs: "ik verzamel strips van Kuifje",
    # "ik spaar Donald Duck strips" (round 16); hidden or hoarded, they are pills
    "!hamster|hamsteren|verstop|verstopt ..3 strip|strips", "onder ..2 een|de ..2 auto|trein|bus|tram|vrachtwagen|metro ..3 komen|kom|kwam|lopen|liggen|springen",
    # safe from oneself: "hij bedreigt me, weet niet of ik vannacht veilig ben" was a death wish (r60)
    "!weet ..2 niet ..8 overleef|overleven", "!weet ..2 niet ..8 veilig & mezelf|mijzelf|zelf", "!niet ..6 veilig ..2 houden|blijven",
    "makkelijkste|snelste|pijnloze|pijnloosste|beste|zekerste ..2 manier ..5 dood|sterven|zelfmoord*|eruit|leven|ophangen",
)  # fmt: skip
SUICIDAL_EN = (
    "unaliv*", "un_alive", "=kys ..3 myself", "end|ending|ended ..3 it ..2 all|tonight|today|soon|now|forever",
    "ending it ..2 all|tonight|now|today|forever", "ending my life", "take|taking|took ..0 my own? life",
    "!suicide attempt*", "!overdosed|od'd|od_d",
    "!looked|look|searched|search|searching|googled|google|googling|researched|researching|read ..5 painless|lethal|fatal|overdose",
    "!looked|look|searched|search|searching|googled|google|googling|researched|researching|read ..5 how ..3 many|much|to|long|painless|quickly|fast ..6 " + _DYING_EN,
    "!how many|much " + _PILLS_EN + " ..5 take|takes|kill|lethal|die|fatal|overdose|enough|need",
    "!lethal|fatal|deadly dose|doses|amount", "!painless ..3 way|death|die|method|suicide",
    "how ..3 long ..4 take|takes ..5 die|dead|death",
    "!took|taken|swallowed ..4 bunch|handful|lot|all|whole|entire|box|pack|bottle|too_many|load ..4 " + _PILLS_EN,
    "!" + _PILLS_EN + " ..4 saved|saving|stockpiled|stockpiling|hoarding|hoarded|stashed|stash|hidden|hiding|collected",
    "!saving|saved|stockpiling|hoarding|stashing ..3 up? ..3 my? " + _PILLS_EN,
    "jump|jumping|jumped|throw_myself|leap & " + _HIGH_EN,
    "sitting|standing|stood|sat ..3 on|at ..3 roof|rooftop|ledge|edge|bridge|tracks|railing|platform_edge",
    "jump|jumping|jumped ..3 out ..2 of ..2 window|the_window", "jump|jumping|jumped|step|stepping ..3 onto ..2 the? tracks",
    "train|tram|bus|truck ..3 coming ..6 step|jump|walk|stepping|jumping",
    "dying|dead|die ..3 would ..2 be ..2 easier|better|relief|peaceful",
    "would|be ..3 easier|better|kinder|simpler ..6 if ..3 i ..4 gone|dead|died|disappeared",
    "if ..3 i ..3 was|were ..2 not|no|never ..2 here|around|alive",
    "better off ..5 without ..2 me|him|her|them", "better off ..4 if ..3 i ..3 was|were|died|gone|dead|not", "everyone|everybody|family|parents|world ..5 better off",
    "not|never ..3 be ..3 around|here|problem|burden ..3 much|long|longer|anymore",
    "wish ..4 never ..3 born|existed|exist|wake", "never ..2 wake ..2 up",
    "do not want|wanna ..3 wake|be_alive|exist|live|be_here|go_on",
    "hope|hoping|wish|wishing ..4 accident|crash|get_hit|gets_hit|hit_by|run_over|die|dead",
    "on purpose ..6 hoping|hope|crash|accident|die|hit",
    "drive|driving|drove ..6 into|off ..3 tree|wall|bridge|cliff",
    "no point anymore|any_more", "no point ..3 living|life|going_on|in_anything|in_living|being_alive",
    "what is ..2 even? ..2 the ..2 point", "why ..3 am|do ..2 i ..3 still|even ..3 alive|living|exist",
    "why ..3 bother|keep ..3 living|existing",
    "done with ..3 life|living|it_all|existing|this_world",
    "can not ..3 do ..2 this|it ..3 anymore ..3 life|live|alive|exist",
    "not see ..3 way_out|any_way_out|light",
    "no way out", "no future|hope ..2 left|anymore", "see no ..2 way_out",
    "want|wanted|wanna ..4 everything|it|all ..3 to? stop|end|be_over",
    "tired|exhausted ..2 of ..3 being_alive|living|existing|life",
    "give|giving|gave ..2 up ..3 on ..2 life|living",
    "!wrote|written|writing|write ..4 goodbye|farewell ..6 everyone|family|parents|sister|brother|friends|letter|letters|note",
    "!written ..2 my ..2 will", "!my will ..3 written|ready|done|sorted|made",
    "!thanks|thank ..3 for ..2 everything ..6 take|care|goodbye|bye|love|sorry|remember|miss",
    "!goodbye|farewell ..2 message|messages|text|texts|video|post|email|mail",
    "!saying|said|say|texted|texting ..2 goodbye ..3 to? ..2 everyone|everybody|all",
    "!giving|gives|gave|give ..3 away ..4 stuff|things|belongings|possessions|everything|his|her|their|my",
    "!plan ..4 and ..1 a? =method|=means",  # not "how to plan and which study methods" (r52)
    "!can|could not ..2 promise|guarantee ..6 will|would ..2 not ..3 hurt|harm|kill|do", "!can|could not ..2 promise|guarantee ..6 safe|alive|okay|ok|survive",
    "!scared|afraid|worried|terrified ..4 what ..3 i ..4 do ..3 to ..2 myself",
    "!scared|afraid ..4 of ..2 myself ..4 tonight|today|now",
    "might|could|going|gonna|will ..3 do ..3 something ..3 to ..2 myself|himself|herself|themselves",
    "hurt|kill|harm ..2 myself|himself|herself|themselves ..4 tonight|today|now|soon|weekend",
    "suicide|suicidal & thoughts|thinking|plan|plans|urges|ideation|feel|feeling|feelings",
    "end|ending ..3 my|this ..2 life|suffering|pain ..3 forever|for_good|tonight",
    "not ..2 want ..3 to? ..2 be ..2 alive|here|around ..3 anymore|any_more",
    "sleep ..3 forever|and_never",
    "not see ..2 myself ..3 alive|living|here|around", "planning|planned|plan ..3 my ..2 own? funeral",
    "imagine|imagining|picture|picturing ..3 my ..2 own? funeral|death", "fantasize|fantasise|fantasizing|fantasising|daydream|daydreaming ..3 about ..2 dying|death|dead|killing|not_existing|suicide",
    "walk|walking|walked ..3 into ..2 the? sea|ocean|river|lake|water", "rather ..3 not|never ..2 wake",
    "!" + _PILLS_EN + " ..4 lined_up|counted|laid_out|set_aside|next_to_me|in_front_of_me",
    "!bottle|box|pack|strip|handful ..2 of ..2 " + _PILLS_EN + " ..6 now|next_to|here|ready|tonight",
    "like ..2 a ..2 goodbye|farewell|suicide_note", "!last time ..4 hear|see|talk|speak ..3 from|to ..2 me",
    "!take care|look after ..3 my|her|his ..2 cat|dog|pets|pet ..6 if|when ..3 something|anything|i|she|he",
    "not see ..3 future ..2 for ..2 myself|me", "!researching|researched|looked_up|googling|googled ..4 methods|ways ..3 to? ..2 die|kill|suicide",
    "not ..2 scared|afraid ..2 of ..2 dying|death ..3 anymore", "lost ..3 will ..2 to ..2 live", "no ..2 will ..2 to ..2 live",
    "not care ..3 if ..2 i ..3 die|live|wake|dead", "!act|acting ..2 on ..2 my|these|the|those ..2 thoughts|urges|plan|plans",
    "not being ..2 alive|here_anymore|around_anymore", "!goodbye ..2 everyone|everybody|world|all_of_you",
    "talks|talking|talked|talk|speaks|speaking ..3 about ..3 death|dying|suicide|killing|ending_it|wanting_to_die|not_wanting_to_live|not_being_here",
    "voice|voices ..6 telling|tell|told|tells|saying|says ..4 kill|die|end|hurt|jump|dead",
    "everyone|everybody|people|family|they ..4 fine|okay|ok|happier|better ..3 without ..2 me",
    "when|once|after ..2 i ..2 am ..2 gone|dead|no_longer_here", "fall|height|drop ..4 kill|killing ..2 me",
    "high ..3 enough ..3 to ..2 die|kill", "pray|praying|prayed ..4 not|never ..2 wake",
    "not ..3 see|find|have ..2 any ..2 reason ..3 to ..2 live|stay|go_on", "not ..3 have ..2 anything ..2 to ..2 live ..2 for",
    "how much longer ..4 can ..3 do_this|go_on|keep_going|take_it|survive", "not sure ..3 if|whether|that ..3 i ..3 want ..3 to? ..2 live|be_alive|go_on|be_here",
    "without ..2 me ..5 everyone|everybody|family|world|parents ..4 better|happier|easier",
    "!do ..2 something ..2 stupid|drastic|irreversible", "!unconscious|unresponsive ..8 pills|empty|packets|overdose|bottle",
    "want|wanna|wish ..2 to? disappear|vanish", "no reason ..4 stay ..2 alive|here|around",
    "can not ..2 go on|keep_going ..3 anymore|like_this|any_longer",
    "!sorry|thanks|thank_you ..3 for ..2 everything & love_you|goodbye|bye|forgive|take_care|last",
    "!googled|searched|looked_up|researched|researching|reading|search|google|searching|googling ..5 way|ways|method|methods ..4 die|kill|end|suicide|dying",
    "easiest|quickest|fastest|painless|best|surest ..2 way|ways|method|methods ..3 to? ..2 die|kill|end_it|end_my_life|suicide",
    "!giving|gave|give|gives ..3 my|all|his|her|their ..2 things|stuff|belongings|possessions ..3 away",
    "think|thinking|thought ..4 about|of ..2 jumping|jump", "i ..2 do not want to ..2 anymore $", "sleep ..4 not|never ..2 wake ..2 up", "!not ..6 keep ..2 myself ..2 safe",
)  # fmt: skip
SELF_HARM_NL = (
    "mezelf|mijzelf|zichzelf ..4 gesneden|gekrast|bekrast|gebrand|verbrand|=geslagen|gebeten|gestompt|verwond|beschadigd|geknepen|gekrabd|opengekrabd|pijn_gedaan",
    # "me" alone only with what one does to oneself: "hij heeft me geslagen" is a blow
    # from him, not self-harm (a role-play, round 12)
    "me|mij ..4 gesneden|gekrast|bekrast|gebrand|verbrand|verwond|beschadigd|gekrabd|opengekrabd",
    "gesneden|gekrast|bekrast|gebrand|verbrand|=geslagen|gebeten|gestompt|verwond ..4 mezelf|mijzelf|zichzelf",
    "kras|bekras ik", "snij|snijd|brand ik ..4 mezelf|me|weer|opnieuw|arm|armen|been|benen|pols|polsen|huid|dijen|buik",
    "sneetjes|sneeen|snijwonden|snijwondjes & arm|armen|pols|polsen|been|benen|dij|dijen|bovenbenen|buik|huid|mouwen", "littekens|krassen ..4 op ..3 arm|armen|pols|polsen|dijen|bovenbenen|benen",
    "littekens|sneetjes|krassen|wonden ..4 verbergen|verstoppen|verstop|verberg|niemand|ziet|zien",
    "lange mouwen|lange_broek & verbergen|verstoppen|littekens|sneetjes|krassen|wondjes",
    "mesje|mesjes|scheermes*|stanleymes* & snijden|snijd|snij|sneed|gesneden|arm|armen|pols|huid|kras|krassen|mezelf|misgaat|voor_als|bewaar|bewaard|verstopt|etui",
    "hoofd ..3 tegen ..3 muur|deur|vloer|kast & tot|bloed*|bons|bonk|sla|slaan|bonken|bonzen",
    "tot ..3 het ..2 bloedt|bloedde|bloeden|pijn_doet", "tot ..2 ik ..2 bloed|bloedt",
    "verdien|verdiende|verdienen ..4 pijn",
    "pijn ..6 mezelf|mijzelf ..2 aan|aandoe|aandoen|aangedaan|doe",
    "aansteker|sigaret|strijkijzer|kaars & mezelf|huid|arm|armen|hand",
    "!krassen|snijden|kras|snij|branden ..4 weer|opnieuw|teruggevallen|terugval|begonnen",
    "terugval|teruggevallen ..4 krassen|snijden|zelfbeschadig*|mezelf",
    "opengehaald|openhalen|open_gehaald|opengesneden|opengekrast ..4 arm|armen|pols|polsen|huid|been|benen|dijen",
    "arm|armen|pols|polsen|huid|benen|dijen ..3 opengehaald|open_gehaald|opengehaald|opengekrabd|open_gekrabd",
    "krab|krabben|krabde ..4 huid|armen|arm ..2 open|kapot|bloed*", "expres|opzettelijk|met_opzet ..6 pijn|snijden|gesneden|krassen|gebrand|te_veel_pillen",
    "heb|had ..2 weer|vannacht|gisteren|vandaag|vanochtend ..2 gekrast|gesneden|gebrand", "nagels ..3 in ..2 mijn? ..2 huid|arm|armen|handen",
    "haren|haar ..3 uit ..2 trekken|trek|getrokken ..6 kale|plekken|tot|bloed*", "sla|slaan|bonk|bonken|bons|bonzen ..3 hoofd ..3 tegen ..3 muur|deur|vloer",
    "mezelf|mijzelf ..2 laten ..2 overgeven|kotsen|braken", "niet ..2 eten ..4 straf|straffen",
    "vroeger|ooit ..4 gekrast|gesneden|krassen|snijden|kraste|sneed & weer|opnieuw|terug|begonnen",
    "weer|opnieuw ..2 gesneden|gekrast|gebrand|bekrast", "gekrast|gesneden|gekerfd|kerf|kerven ..4 arm|armen|pols|polsen|huid|been|benen|dijen",
    "tot ..3 blauwe plekken", "blauwe plekken ..4 mezelf|=geslagen|knijp|sla", "tot ..4 bloedt|bloeden|bloedde",
)  # fmt: skip
SELF_HARM_EN = (
    "cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|harmed|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bite|biting|bruise|bruising|starve|starving ..3 myself|himself|herself|themselves",
    "been|started|start|stop|stopped|keep|kept ..2 cutting|burning|scratching|self_harming|harming|hurting_myself",
    "cutting|burning|harming|scratching ..4 since|for ..3 years|months|i_was|again|stop",
    "scars|cuts & arms|arm|wrists|wrist|thighs|thigh|legs|stomach|skin|sleeves|hide|hiding|cover|covering",
    "long sleeves|long_pants & hide|hiding|scars|cuts|marks",
    "razor|razors|blade|blades ..6 hidden|hide|hiding|keep|kept|stash|just_in_case|again|arm|arms|wrist|skin|myself",
    "head ..3 against|into|on ..3 wall|walls|door|floor & until|bleed|bleeds|bled|blood|bruise|bruises",
    "until ..2 it ..2 bleeds|bled|bleed", "until ..2 i ..2 bleed|bled",
    "until|till ..4 bleed|bleeds|bled|bleeding", "on purpose ..6 pills|painkillers|overdose|hurt|cut|burn|bruise",
    "pills|painkillers|tablets ..6 on purpose|to_hurt_myself", "carve|carving|carved ..4 skin|arm|arms|myself|into|words",
    "until ..2 i ..2 bruise|have_bruises", "used to ..2 cut|cutting|self_harm|harm_myself|burn & again|doing_it|started|back|relapse|relapsed", "used to ..3 cut|cutting|self_harm|harm|burn|sh ..9 doing_it_again|started_again|again", # purging is an eating problem; a punishment makes it harm done to oneself (round 50:
    # "sometimes I make myself throw up after" beside weighing was self-harm, blind set B)
    "make|made|making ..2 myself ..2 throw_up|vomit|sick & deserve|deserved|deserving|punish|punishment|punishing|hate_myself|hurt_myself|on_purpose|pass_out|passed_out|black_out|faint|fainted|blood|bleed|bleeding",
    "starve|starving|not_eat|stop_eating|skip_meals ..6 punish|punishment|deserve", "nails ..3 into ..2 my? ..2 skin|arm|arms|hands",
    "pull|pulling|pulled ..3 out ..2 my ..2 hair ..6 bald|until|spots|patches|bleed", "hit|hitting|slam|slamming ..2 my ..2 head ..3 against|into|on ..3 wall|walls|door|floor", "cutting|cut|cuts ..2 deeper|deep", "cut|cutting|burned|burning ..2 again",
    "punch|punching|punched|hit|hitting ..2 walls|wall|the_wall ..6 bleed|bleeds|bled|knuckles|until",
    "deserve ..4 pain|hurt|punished|to_suffer", "need|needed|want ..3 the ..2 pain",
    "lighter|cigarette|cigarettes|iron|candle & myself|skin|arm|arms|hand|leg",
    "relapse|relapsed|relapsing ..4 cutting|self_harm|sh|harming|burning",
    "sh ..3 again|relapse|scars|urges|clean", "self harm|self_harm|selfharm & again|urge|urges|started|relapsed|since",
)  # fmt: skip
CONCERN_NL = (
    "zorgen ..4 om|over ..4 vriend|vriendin|huisgenoot|huisgenote|broer|zus|klasgenoot|medestudent|iemand|jongen|meisje|moeder|vader|kamergenoot|teamgenoot|collega ..9 dood|zelfmoord*|zichzelf|afscheid*|springen|pillen|aandoen|aandoet|gedag|uitdelen|weggeven",
    "bang|angst ..4 dat ..4 hij|zij|ze ..5 zichzelf|iets|doet|springt|pillen|dood",
)  # fmt: skip
CONCERN_EN = (
    "afraid|scared|worried ..3 he|she|they ..3 might|will|would|could ..3 do_something|hurt|harm|kill",
)  # fmt: skip
UNSAFE_NL = (
    "me|mij ..5 geduwd|=geslagen|geschopt|gewurgd|bedreigd|opgesloten|vastgepakt|vastgehouden|geknepen|gestompt|verkracht",
    "agressief|gewelddadig|handtastelijk & vriend|vriendje|partner|vader|moeder|ex|huisgenoot|stiefvader|man|thuis|me|mij",
    "volgt|volgde|achtervolgt ..2 me|mij", "staat ..4 voor ..3 deur ..6 ex|hij|ze|zij",
    "bang ..4 wat ..3 hij|zij|ze ..3 doet|doen|zal",
    "controleert ..3 telefoon|geld|alles", "slaat|sloeg|schopt|duwt ..3 mijn|m'n ..2 moeder|vader|broer|zus|moeder",
)  # fmt: skip
UNSAFE_EN = (
    "=controls|=controlling|=checks|=control ..3 my ..2 phone|money|everything|messages",
    "scared|afraid|terrified ..4 what ..3 he|she|they ..3 do|will|would|might",
    "violent|aggressive & he|she|dad|father|mother|mom|stepdad|stepfather|boyfriend|girlfriend|partner|husband|ex|roommate|drinks",
    "pushed|hit|slapped|choked|kicked|grabbed|shoved ..3 me ..4 against|into|wall|floor",
    "hits|beats|hit|beat ..2 my ..2 mum|mom|mother|sister|brother",
    "can not ..2 go ..2 home", "afraid|scared ..3 to? go ..2 home",
)  # fmt: skip

# Benign readings of risk words: set a finding aside when one overlaps it.
FIGURES_NL = (
    "sprong*|spring* ..8 gracht|water|rivier|zwembad|zee|meer|plas|kanaal & leuk|gezellig|zomer|feest|introweek|zwemmen|lol|we|wij|samen|haha|vakantie|duiken",
    "afscheid* ..6 voorzitter|bestuur|vereniging|studievereniging|collega|collegas|werk|baan|bijbaan|stage|team|club|pensioen|docent|begeleider|afstuderen|verhuizing",
    "maakt|maken|maak me ..4 dood", "=moordend|=moordende", "moordend* ..3 tentamen|examen|toets|rooster|week",
    "poging ..4 om|tot ..4 studeren|plannen|leren|afvallen|sporten|roken|scriptie|afmaken|inhalen|tentamen|examen|halen|herkansing",
    "weggegeven|weggeven|uitgedeeld|uitdelen ..5 boeken|studieboeken|kleren|kleding|meubels|fiets|kringloop|goede_doel",
    "boeken|studieboeken|kleren|kleding|meubels ..5 weggegeven|weggeven|uitgedeeld|uitdelen",
    "testament ..6 oma|opa|notaris|erfenis", "dood ..3 van ..3 het lachen|de_slaap|de_honger",
    "schiet ..3 me|mezelf ..2 dood ..3 lachen|van", "lachen ..3 dood",
    "gesneden|gebrand|verbrand|gestoten|bezeerd|snij|sneed|brandde ..8 koken|kook|keuken|ongeluk|ongelukje|vallen|gevallen|sport|training|scheren|knutselen|werk|per_ongeluk|niks_ernstigs|pleister",
    "voor zin om ..4 naar? ..2 college|colleges|studeren|leren|les|lessen|werken|sporten|tentamen",
    "zin ..2 om ..4 college|colleges|studeren|leren|les|lessen|werken|sporten|tentamen",
    "verder|doorgaan|door ..2 met ..4 studie|opleiding|hockey|voetbal|sport|club|vereniging|bijbaan|werk|baan|relatie|master|bachelor|vak|cursus|team|training|minor",
    "afscheid|gedag|dag ..6 schiphol|vliegveld|station|feest|borrel|verhuizing|verhuizen|uitwisseling|erasmus|vakantie|reis|stage|werk",
    "even|weekend|weekendje|vakantie|eiland|tijdje ..4 =verdwijnen", "=verdwijnen ..4 even|weekend|vakantie|eiland", "=verdwijnen ..1 voor|naar|op ..2 tijdje|poosje",
    "doet|deed|doen ..3 me|mij ..3 pijn", "voor ..2 mijn|m'n|mn|de ..2 kop|hoofd ..2 slaan|sla|slaat",
    "eind|einde|punt ..4 aan|achter ..6 relatie|vriend|vriendin|vriendje|verkering|studie|opleiding|roken|drinken|bijbaan|baan|ruzie|gedoe|samenwonen",
    # an exam's attempt said with its exam; not "na een poging, mag ik de toets later
    # maken?" (a ward, then a question: round 23, set75)
    "poging|pogingen ..1 voor|van|bij|op ..2 het|de|dit|dat|mijn|m'n|een ..2 tentamen|examen|herkansing|toets|rijbewijs|rijexamen|vak",
    "tentamen|examen|herkansing|toets|rijexamen ..2 poging|pogingen", "poging ..0 tentamen|examen|toets|herkansing",
    "liever dood ..2 dan ..5 presentatie|presenteren|spreekbeurt|zingen|tentamen|college|werkgroep|dansen|sporten|afwassen|opruimen|bellen|mondeling|werken|betalen|wachten",
    "zelfmoordactie*|zelfmoordmissie*|zelfmoordmissies", "sociale|politieke|financiele ..2 zelfmoord",
    "per ongeluk ..6 gesneden|gebrand|verbrand|snij|sneed|brandde|gestoken",
)  # fmt: skip
FIGURES_EN = (
    "jump|jumped|jumping ..8 canal|water|river|pool|lake|sea|ocean & party|summer|we|swim|swimming|holiday|vacation|lol|haha|friends",
    "farewell|goodbye ..2 letter|note|card|speech|party|message ..6 supervisor|colleague|colleagues|boss|teacher|retiring|retirement|leaving|job|team|club|coworker|coworkers|teammates|professor|mentor",
    "gave|give|giving ..2 away ..5 old|textbooks|clothes|furniture|bike|charity|first_years|stuff_i_do_not_need",
    "killing me ..3 softly", "kill me now", "killing|kills|killed ..3 me ..6 lol|haha|boring|lecture|deadline|deadlines|assignment|exam|class|course|professor",
    "this|that|the ..3 deadline|exam|course|class|lecture|assignment|homework|commute|heat|traffic ..3 is|was ..2 killing|kills|killed",
    "dying|died laughing", "cutting ..4 calories|carbs|sugar|weight|diet|costs|class|classes|lectures|corners|hair|paper|vegetables|onions|ties",
    # "cutting back on coffee"; not "the urge to cut is back" (an outsiders' set, round 9)
    "cut|cuts|cutting ..0 back",
    "shoot ..2 me ..3 now",
    "cut|burned|burnt|hurt|cutting ..2 myself ..6 cooking|kitchen|shaving|accident|accidentally|by_accident|chopping|knife_slipped|plaster|band_aid",
    "accidentally|by_accident ..4 cut|burned|burnt|hurt",
    "death of me", "social|career|political|academic|financial ..2 suicide", "suicide ..2 mission|squad|doors|run|pact_movie",
    "hang|hanging|hung ..2 out|around|up", "rather ..2 die|dead ..2 than ..5 sing|singing|speak|speaking|present|presentation|presenting|exam|lecture|dance|dancing|call|calling|clean|cleaning|gym", "burn|burned|burnt|burning ..3 myself|me|out ..2 out", "razor|razors|blade|blades ..6 shave|shaving|beard|legs",
    "end|ending|ended ..3 it|things ..3 with ..3 him|her|boyfriend|girlfriend|partner|them|relationship|my_ex",
    "ended|end|ending ..0 up ..3 doing|finishing|going|staying|watching|studying|working|being|getting|having|taking", "ended|end|ending ..0 up ..1 at|in|with", "end|ending ..3 my ..2 habit|procrastination|relationship|contract|lease|subscription", "over my dead body", "bungee|parachute|skydive|skydiving|cliff_diving|base_jump",
    "roof|rooftop ..2 terrace|bar|party|garden|restaurant|pool", "goodbye|farewell ..6 airport|station|party|exchange|erasmus|moving|semester|vacation|holiday|trip|graduation",
    "disappear|vanish ..4 for ..2 a ..2 while|weekend|week|bit|holiday", "go|going|keep_going ..2 on ..3 with ..3 course|team|club|job|relationship|degree|programme|program|sport",
)  # fmt: skip

# A past that is over: both a past marker in the finding's sentence and a sign of
# recovery somewhere in the text are needed ("used to ..., clean for four years now").
PAST_NL = (
    "=vorig|=vorige ..2 jaar", "in ..2 mijn ..2 tienerjaren|puberteit|jeugd",
    "jaar|jaren|=maanden|jr|jrn|=mnden ..2 geleden", "jaren|maanden ..1 terug", "vroeger", "destijds", "toen ik ..3 was|jong|klein|kind",
    "op ..2 middelbare", "in ..2 brugklas", "middelbare|onderbouw|bovenbouw|basisschool",
    "heb|had ..2 ooit", "op|bij ..2 mijn ..1 vorige ..1 opleiding|school|studie|werk", "in het? verleden", "lang geleden", "als kind|tiener",
    "in|sinds|rond ..1 2008|2009|2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025",
    # a recovery that names how long it has lasted tells of a past too (r52, set150/Y)
    "al ..4 jaar|jaren ..2 hersteld|clean|schoon|nuchter", "al_lang|allang ..1 weg|voorbij",
)  # fmt: skip
PAST_EN = (
    "last ..2 year", "in ..2 my ..2 teens|teenage_years|childhood",
    "years|months|year ago", "used to", "when i ..2 was ..3 little|young|kid|child|teen|teenager|younger|small",
    "in ..2 high|secondary school", "in the past", "long time ago", "as a kid|teen|teenager|child",
    "in|since|around ..1 2008|2009|2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025", "when i ..2 was ..1 8|9|10|11|12|13|14|15|16|17|18|19",
    "when i ..2 was ..1 four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen",
    "clean|sober ..4 for ..2 years|months|a_year|over_a_year",
)  # fmt: skip
RECOVERED_NL = (
    "therapie|therapeut|medicatie|behandeling|hulp ..4 geholpen|hielp|helpt|werkt", "veel beter", "onder controle", "al ..4 niet meer ..3 gedaan|gehad",
    "nu ..3 gaat ..3 goed|prima|beter", "gaat ..3 nu ..3 goed|prima|beter", "geen last meer",
    "gaat ..2 weer ..2 goed|prima", "eroverheen|overheen", "al ..4 jaar|jaren ..4 niet_meer|vrij|clean|schoon",
    "herinner ..3 weinig|nauwelijks|niks|niets", "sindsdien ..4 goed|prima",
    "met ..2 een ..2 glimlach", "mooie|fijne|warme ..2 herinneringen", "gaat ..2 wel $",
    "volledig|helemaal ..2 hersteld", "al ..4 jaar|jaren ..3 stabiel",
    "gaat ..3 al ..3 jaren|maanden|lang|tijden ..2 goed|prima|beter", "helemaal|echt|allang|lang ..2 voorbij",
    "klachtenvrij|klachtvrij", "nu ..4 gelukkig|blij|tevreden|stabiel",
    "vrede ..2 mee|mee_gesloten",
    "jaar|jaren|maanden ..2 niet ..1 meer",
    # round 52 (set150, a blind set of twins): recovered, at peace with it, fine again
    "=hersteld", "al_lang|allang ..1 weg|voorbij", "geniet|genieten ..2 weer", "gaat ..2 het? ..1 echt|heel|nu ..1 goed|prima",
)  # fmt: skip
RECOVERED_EN = (
    "therapy|therapist|medication|treatment|help ..3 helped|helps|working", "helped ..2 a_lot|me_a_lot", "under control", "have not ..4 since",
    "doing ..3 well|better|fine|great|okay|ok", "okay|ok|fine|good|better ..2 now",
    "clean for", "been clean", "over it", "barely|hardly remember", "do not remember",
    "recovered", "much better now", "stable ..3 for ..2 years|months|a_long_time",
    "none|nothing ..3 in|for ..2 the? ..2 years|months|last", "symptom free",
    "with ..2 a ..2 smile", "fondly", "good|happy|warm|fond ..2 memories",
    "all over now", "happy|stable|safe ..2 now", "long ..1 over",
    "in ..1 a ..2 good|better|great|really_good ..1 place",  # round 25 (set82)
    "don't|do_not ..3 think ..2 about ..2 it ..2 much",
    "sober ..2 for|since", "been sober", "fine|okay|good ..1 again",
)  # fmt: skip
# A suicide that happened, of someone else ("mijn broer heeft zelfmoord gepleegd", "my
# brother took his own life"): grief, not someone at risk now. A role-play (round 6)
# saw it read as "concern for someone else" and "call 112 or 113 for that person now".
COMPLETED_NL = (
    "zelfmoord|suicide|zelfdoding ..3 =gepleegd|=pleegde|=pleegden",
    "=pleegde|=pleegden ..2 zelfmoord|suicide|zelfdoding",
    "=overleden|=gestorven|=stierf|=overleed ..4 door ..2 zelfmoord|suicide|zelfdoding",
    "=maakte|=gemaakt ..4 einde ..3 aan ..2 zijn|haar|hun ..2 leven",
    "einde ..3 aan ..2 zijn|haar|hun ..2 leven ..2 =gemaakt",  # "heeft ... gemaakt" (r32)
    "uit ..2 het ..2 leven ..2 =gestapt|=stapte",
    "=overleden|=gestorven|=stierf|=overleed ..4 aan|door ..2 een? ..2 overdosis",
    # "hij heeft zichzelf van het leven beroofd" (a role-play, round 20: "call 112 for
    # that person" about a brother who died)
    "zichzelf|zich ..3 van ..1 het ..1 leven ..1 =beroofd|=beroofde",  # zich: r29, set95
    "=beroofde ..1 zichzelf|zich ..3 van ..1 het ..1 leven",
)  # fmt: skip
# Exact past forms: "wants to end her life" or "tried to kill herself" is someone at
# risk now, never a death.
COMPLETED_EN = (
    "=took|=taken ..2 his|her|their ..2 own ..2 life|lives",
    "=died|=death ..3 by|from|of ..2 suicide", "=committed|=completed ..2 suicide",
    "=killed ..2 himself|herself|themselves|themself", "=lost ..4 to ..2 suicide",
    "=ended ..2 his|her|their ..2 life|lives",
    "=died ..2 of|from ..2 an? ..2 overdose", "=overdosed ..2 and ..2 =died",
    # "collapsed during football and never woke up": a death (round 20)
    "=collapsed ..6 never ..1 woke ..1 up",
)  # fmt: skip
