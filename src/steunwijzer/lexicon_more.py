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
_HIGH_NL = "dak|brug|flat|balkon|raam|gebouw|toren|parkeergarage|rand|richel|perron|spoor|rails|viaduct|hoogte"
_HIGH_EN = "roof|rooftop|bridge|building|balcony|window|tower|ledge|edge|platform|tracks|cliff|overpass|parking_garage"
_JUMP_NL = "springen|spring|springt|sprong|afspringen|stap|stappen|laten_vallen|naar_beneden"
_JUMP_EN = "jump|jumping|jumped|jumps|step|stepping|fall|falling|throw_myself|leap"

SUICIDAL_NL = (
    # an end to it, however far apart the words stand
    "er ..4 eind|einde|punt aan|achter", "maak|maken|maakte|make ..5 eind|einde aan",
    "eind|einde aan mijn|m'n|mn|het|haar|zijn|zn|hun|je ..2 leven|bestaan",
    "er ..3 een eind aan ..2 maken|maak|maakt|breien",
    "alles ..3 stopzetten|beeindigen|afsluiten", "stopzetten ..6 mezelf|mijzelf|leven",
    "mezelf|mijzelf ..3 uitzetten|uitschakelen|opgeven|opruimen",
    # an attempt, in any tense
    "!poging ..3 gedaan|ondernomen|gewaagd|overleefd", "!vorige|laatste|eerdere ..3 poging",
    "!heb|had ..4 geprobeerd ..4 dood|leven|eind|einde|ophangen|springen|pillen",
    # searching for a way
    "!opgezocht|gegoogeld|googelen|googel|gezocht|zoek|zocht|uitgezocht ..5 hoeveel|hoe|manier|pijnloos|dodelijk*|dosis",
    "!hoeveel " + _PILLS_NL + " ..5 nodig|dodelijk|dood|overleef|sterven|genoeg",
    "!dodelijke|fatale|letale dosis", "!pijnloos|pijnloze ..3 manier|dood|sterven|eruit",
    "hoe ..4 lang ..4 duurt ..6 dood|sterven|overlijden",
    "hoe ..3 snel|pijnloos ..4 dood|sterven|overlijden",
    # means taken or kept
    "!hele|heel|halve|handvol|doosje|potje|strip|strips|pak|stapel|alle|te_veel ..3 " + _PILLS_NL
    + " ..4 ingenomen|geslikt|genomen|innemen|slikken|slik|nam|slikte",
    "!" + _PILLS_NL + " ..4 liggen|klaarliggen|verstopt|verstop|bewaard|bewaar|opgespaard|gespaard|verzameld|gekocht",
    "!genoeg " + _PILLS_NL,
    "!touw|strop & zolder|balk|haak|klaar|gekocht|geknoopt|knoop|opgehangen",
    # a high place, a platform, a train
    "springen|spring|springt|sprong|afspringen & " + _HIGH_NL,
    "zit|zat|sta|stond|staan|ben|loop ..3 op ..3 dak|rand|richel|brug|spoor|rails|viaduct",
    "perron|spoor|rails & stap|springen|spring|voor|klaar|trein|naar_voren|duwen",
    "onder|voor ..3 trein|metro|tram|bus|auto|vrachtwagen ..4 " + _JUMP_NL + "|gooien|liggen|lopen|rijden",
    "trein|metro ..3 aan ..2 komen ..6 " + _JUMP_NL,
    "denk|denken|dacht|gedacht ..6 springen|spring|afspringen|naar_beneden",
    "naar beneden ..3 springen|spring|vallen|laten",
    # passive wishes, disappearing, accidents
    "verdwijnen|verdwijn & voorgoed|altijd|beter|liefst|liever|wil|wou|zou|niemand",
    "ongeluk|ongeval|aangereden|overreden ..6 vind|vond|zou ..3 niet erg|prima|fijn",
    "hoop|hoopte|wens|wenste ..5 ongeluk|ongeval|aangereden|overreden|verongeluk*|ziekte|ziek|neerstort",
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
    "het ..2 hoeft ..3 niet meer", "klaar met ..3 leven|alles|bestaan|het_leven",
    "geen ..2 kracht|energie ..4 meer ..4 leven|door|doorgaan|vechten",
    "wil|wou ..3 niet meer ..3 vechten|doorgaan|verder|leven|bestaan",
    # burden
    "iedereen|iedereen's|familie|ouders|vrienden ..5 beter af|beter_af|makkelijker|blijer|gelukkiger ..5 zonder|als",
    "beter af ..5 zonder|als", "last ..3 voor ..3 iedereen|familie|ouders|vrienden|anderen",
    "niet lang meer ..4 last|probleem|tot_last", "niemand ..4 missen|mist|merken|merkt",
    # goodbye and preparation
    "!afscheidsbericht*|afscheidsberichtje*|afscheidsmail*|afscheidsvideo*|afscheidsappje*|afscheidsbrief*",
    "!afscheid ..4 nemen|genomen|neem|nam & iedereen|vrienden|familie|ouders|leven",
    "!iedereen ..3 gedag|vaarwel|dag ..2 gezegd|zeggen|zegt",
    "!deelt|deelde|geeft|gaf ..3 spullen|dingen|bezittingen ..2 uit|weg", "!spullen|dingen|bezittingen|kleren|boeken ..4 uitdelen|uitgedeeld|weggeven|weggegeven|weg|deelt|deelde|verdeeld",
    "!testament ..4 opgesteld|geschreven|gemaakt|opgemaakt|regelen|geregeld",
    "!wachtwoorden|pincode|pincodes ..6 opgeschreven|regelen|zus|broer|ouders|brief",
    "!brief ..6 als ..3 ik ..3 er ..2 niet meer",
    "!niet beloven|garanderen ..8 niks|niets ..2 aandoe|aandoen|doe|overkomt",
    "!niet beloven|garanderen ..8 veilig|leven|overleef|aandoe|aandoen",
    "!plan|plannen|datum|moment|manier & dood|zelfmoord*|leven|eind|einde|sterven|springen|pillen|ophangen",
    "!bang ..4 voor ..3 wat ..3 ik ..3 mezelf|mijzelf|zelf ..3 aandoe|aan|doe",
    "mezelf|mijzelf ..3 iets ..2 aandoe|aandoen|aan_doe|aan_doen|aangedaan",
    "mezelf|mijzelf ..4 dood|doodmaken|vermoorden|vermoord|ophangen|opknopen|verdrinken|vergiftigen",
    "zelfmoord|zelfdoding & gedachten|denk|denken|gedacht|plan|plannen|overweeg|wil",
)  # fmt: skip
SUICIDAL_EN = (
    "unaliv*", "un_alive", "=kys ..3 myself", "end|ending|ended ..3 it ..2 all|tonight|today|soon|now|forever",
    "end|ending ..2 things", "ending it|my_life", "take|taking|took ..3 my own? life",
    "!attempt|attempted|tried ..3 last ..2 week|month|year|night|time",
    "!attempted", "!suicide attempt*", "!overdosed|od'd|od_d",
    "!looked|look|searched|search|searching|googled|google|googling|researched|researching|read ..5 how ..3 many|much|to|long|painless|lethal|fatal",
    "!how many|much " + _PILLS_EN + " ..5 take|takes|kill|lethal|die|fatal|overdose|enough|need",
    "!lethal|fatal|deadly dose|doses|amount", "!painless ..3 way|death|die|method|suicide",
    "how ..3 long ..4 take|takes ..5 die|dead|death",
    "!took|taken|swallowed|take|swallow|taking ..4 bunch|handful|lot|all|whole|entire|box|pack|bottle|too_many|load ..4 " + _PILLS_EN,
    "!" + _PILLS_EN + " ..4 saved|saving|stockpiled|stockpiling|hoarding|hoarded|stashed|stash|hidden|hiding|ready|enough|collected",
    "!saving|saved|stockpiling|hoarding|stashing ..3 up? ..3 my? " + _PILLS_EN,
    "!enough " + _PILLS_EN,
    "jump|jumping|jumped|throw_myself|leap & " + _HIGH_EN,
    "am|sitting|standing|stood|sat|was ..3 on|at ..3 roof|rooftop|ledge|edge|bridge|tracks|railing|platform_edge",
    "front of ..3 train|bus|truck|car|tram|subway|metro",
    "train|tram|bus|truck ..3 coming ..6 step|jump|walk|stepping|jumping",
    "dying|dead|die ..3 would ..2 be ..2 easier|better|relief|peaceful",
    "would|be ..3 easier|better|kinder|simpler ..6 if ..3 i ..4 gone|dead|here|around|alive|died|disappeared|existed|exist",
    "if ..3 i ..3 was|were|am ..2 not|no|never ..2 here|around|alive|gone|longer",
    "better off ..5 if|without|once", "everyone|everybody|family|parents|world ..5 better off",
    "not|never ..3 be ..3 around|here|problem|burden ..3 much|long|longer|anymore",
    "wish ..4 never ..3 born|existed|exist|wake", "never ..2 wake ..2 up",
    "do not want|wanna ..3 wake|be_alive|exist|live|be_here|go_on",
    "hope|hoping|wish|wishing ..4 accident|crash|hit|run_over|die|dead|something_happens|something_happened",
    "on purpose ..6 hoping|hope|crash|accident|die|hit",
    "drive|driving|drove ..6 into|off ..3 tree|wall|bridge|road|traffic",
    "no point ..3 anymore|any_more|living|life|going_on|trying|in_anything|in_living",
    "what is ..2 even? ..2 the ..2 point", "why ..3 am|do ..2 i ..3 still|even ..3 alive|here|living|exist|bother",
    "why ..3 bother|keep ..3 living|going|trying|existing",
    "done with ..3 everything|life|living|it_all|existing|this_world",
    "can not ..3 do ..2 this|it ..3 anymore ..3 life|live|alive|exist",
    "not see ..3 way_out|any_way_out|future|light",
    "no way out", "no future|hope ..2 left|anymore|for_me", "see no ..2 way_out|point|future",
    "want|wanted|wanna ..4 everything|it|all ..3 to? stop|end|be_over",
    "tired|exhausted ..2 of ..3 being_alive|living|existing|everything|life",
    "give|giving|gave ..2 up ..3 on ..2 life|living|everything|myself",
    "!wrote|written|writing|write ..4 goodbye|farewell ..6 everyone|family|parents|sister|brother|friends|letter|letters|note",
    "!written ..2 my ..2 will", "!my will ..3 written|ready|done|sorted|made",
    "!thanks|thank ..3 for ..2 everything ..6 take|care|goodbye|bye|love|sorry|remember|miss",
    "!goodbye|farewell ..2 message|messages|text|texts|video|post|email|mail",
    "!saying|said|say|texted|texting ..2 goodbye ..3 to? ..2 everyone|everybody|people|all|friends|family",
    "!giving|gives|gave|give ..3 away ..4 stuff|things|belongings|possessions|everything|his|her|their|my",
    "!plan ..4 and ..3 date|time|day|method|place|way",
    "!can|could not ..2 promise|guarantee ..6 will|would ..2 not ..3 hurt|harm|kill|do", "!can|could not ..2 promise|guarantee ..6 safe|alive|okay|ok|survive",
    "!scared|afraid|worried|terrified ..4 what ..3 i ..4 do ..3 to ..2 myself",
    "!scared|afraid ..4 of ..2 myself ..4 tonight|today|now",
    "might|could|going|gonna|will ..3 do ..3 something ..3 to ..2 myself",
    "hurt|kill|harm ..2 myself ..4 tonight|today|now|soon|weekend",
    "suicide|suicidal & thoughts|thinking|plan|plans|urges|ideation|feel|feeling|feelings",
    "end|ending ..3 my|this ..2 life|suffering|pain ..3 forever|for_good|tonight",
    "not ..2 want ..3 to? ..2 be ..2 alive|here|around ..3 anymore|any_more",
    "sleep ..3 forever|and_never",
)  # fmt: skip
SELF_HARM_NL = (
    "mezelf|mijzelf|me|zichzelf ..4 gesneden|gekrast|bekrast|gebrand|verbrand|geslagen|gebeten|gestompt|verwond|beschadigd|geknepen|gekrabd|opengekrabd|pijn_gedaan",
    "gesneden|gekrast|bekrast|gebrand|verbrand|geslagen|gebeten|gestompt|verwond ..4 mezelf|mijzelf|zichzelf",
    "kras|bekras ik", "snij|snijd|brand ik ..4 mezelf|me|weer|opnieuw|arm|armen|been|benen|pols|polsen|huid|dijen|buik",
    "sneetjes|sneeen|snijwonden|snijwondjes & arm|armen|pols|polsen|been|benen|dij|dijen|bovenbenen|buik|huid|mouwen", "littekens|krassen ..4 op ..3 arm|armen|pols|polsen|dijen|bovenbenen|benen",
    "littekens|sneetjes|krassen|wonden ..4 verbergen|verstoppen|verstop|verberg|niemand|ziet|zien",
    "lange mouwen|lange_broek & verbergen|verstoppen|littekens|sneetjes|krassen|armen|wondjes|daarom|altijd",
    "mesje|mesjes|scheermes*|stanleymes* & snijden|snijd|snij|sneed|gesneden|arm|armen|pols|huid|kras|krassen|mezelf|misgaat|voor_als|bewaar|bewaard|verstopt|etui",
    "hoofd ..3 tegen ..3 muur|deur|vloer|kast & tot|bloed*|pijn|bons|bonk|sla|sloeg|slaan|bonken|bonzen",
    "tot ..3 het ..2 bloedt|bloedde|bloeden|pijn_doet", "tot ..2 ik ..2 bloed|bloedt",
    "verdien|verdiende|verdienen ..4 pijn",
    "pijn ..6 mezelf|mijzelf ..2 aan|aandoe|aandoen|aangedaan|doe",
    "aansteker|sigaret|strijkijzer|kaars & mezelf|huid|arm|armen|hand",
    "!krassen|snijden|kras|snij|branden ..4 weer|opnieuw|teruggevallen|terugval|begonnen",
    "terugval|teruggevallen ..4 krassen|snijden|zelfbeschadig*|mezelf",
)  # fmt: skip
SELF_HARM_EN = (
    "cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|harmed|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bite|biting|bruise|bruising|starve|starving ..3 myself|himself|herself|themselves",
    "been|started|start|stop|stopped|keep|kept ..2 cutting|burning|scratching|self_harming|harming|hurting_myself",
    "cutting|burning|harming|scratching ..4 since|for ..3 years|months|i_was|again|stop",
    "scars|cuts & arms|arm|wrists|wrist|thighs|thigh|legs|stomach|skin|sleeves|hide|hiding|cover|covering",
    "long sleeves|long_pants & hide|hiding|cover|covering|scars|cuts|marks|arms",
    "razor|razors|blade|blades ..6 hidden|hide|hiding|keep|kept|stash|just_in_case|again|arm|arms|wrist|skin|myself",
    "head ..3 against|into|on ..3 wall|walls|door|floor & until|bleed|bleeds|bled|blood|bruise|bruises|hurts|pain",
    "until ..2 it ..2 bleeds|bled|bleed", "until ..2 i ..2 bleed|bled",
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
    "me|mij ..5 geduwd|geslagen|geschopt|gewurgd|bedreigd|opgesloten|vastgepakt|vastgehouden|geknepen|gestompt|verkracht",
    "agressief|gewelddadig|handtastelijk & vriend|vriendje|partner|vader|moeder|ex|huisgenoot|stiefvader|man|thuis|me|mij",
    "volgt|volgde|achtervolgt ..2 me|mij", "staat ..4 voor ..3 deur ..6 ex|hij|ze|zij",
    "bang ..4 wat ..3 hij|zij|ze ..3 doet|doen|zal",
    "controleert ..3 telefoon|geld|alles", "slaat|sloeg|schopt|duwt ..3 mijn|m'n ..2 moeder|vader|broer|zus|moeder",
)  # fmt: skip
UNSAFE_EN = (
    "controls|controlling|checks|control ..3 my ..2 phone|money|everything|messages",
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
    "poging ..4 om|tot ..4 studeren|plannen|leren|afvallen|sporten|roken|scriptie|afmaken|inhalen",
    "weggegeven|weggeven|uitgedeeld|uitdelen ..5 boeken|studieboeken|kleren|kleding|meubels|fiets|kringloop|goede_doel",
    "boeken|studieboeken|kleren|kleding|meubels ..5 weggegeven|weggeven|uitgedeeld|uitdelen",
    "testament ..6 oma|opa|notaris|erfenis", "dood ..3 van ..3 het lachen|de_slaap|de_honger",
    "schiet ..3 me|mezelf ..2 dood ..3 lachen|van", "lachen ..3 dood",
    "gesneden|gebrand|verbrand|gestoten|bezeerd|snij|sneed|brandde ..8 koken|kook|keuken|ongeluk|ongelukje|vallen|gevallen|sport|training|scheren|knutselen|werk|per_ongeluk|niks_ernstigs|pleister",
    "per ongeluk ..6 gesneden|gebrand|verbrand|snij|sneed|brandde|gestoken",
)  # fmt: skip
FIGURES_EN = (
    "jump|jumped|jumping ..8 canal|water|river|pool|lake|sea|ocean & fun|party|summer|we|swim|swimming|holiday|vacation|lol|haha|friends",
    "farewell|goodbye ..2 letter|note|card|speech|party|message ..6 supervisor|colleague|colleagues|boss|teacher|retiring|retirement|leaving|job|team|club|coworker|coworkers|teammates|professor|mentor",
    "gave|give|giving ..2 away ..5 old|textbooks|books|clothes|furniture|bike|charity|first_years|stuff_i_do_not_need",
    "killing me ..3 softly", "kill me now", "killing|kills|killed ..3 me ..6 lol|haha|boring|lecture|deadline|deadlines|assignment|exam|class|course|professor",
    "this|that|the ..3 deadline|exam|course|class|lecture|assignment|homework|commute|heat|traffic ..3 is|was ..2 killing|kills|killed",
    "dying|died ..2 of|from|laughing", "cutting ..4 calories|carbs|sugar|weight|diet|costs|back|class|classes|lectures|corners|hair|paper|vegetables|onions|ties",
    "shoot ..2 me ..3 now",
    "cut|burned|burnt|hurt|cutting ..2 myself ..6 cooking|kitchen|shaving|accident|accidentally|by_accident|chopping|knife_slipped|plaster|band_aid",
    "accidentally|by_accident ..4 cut|burned|burnt|hurt",
)  # fmt: skip

# A past that is over: both a past marker in the finding's sentence and a sign of
# recovery somewhere in the text are needed ("used to ..., clean for four years now").
PAST_NL = (
    "jaar|jaren|maanden|maand|weken ..2 geleden", "vroeger", "destijds", "toen ik ..3 was|jong|klein|kind",
    "op ..2 middelbare", "in ..2 brugklas", "in het verleden", "lang geleden", "als kind|tiener",
)  # fmt: skip
PAST_EN = (
    "years|months|year ago", "used to", "when i ..2 was ..3 little|young|kid|child|teen|teenager|younger|small",
    "in ..2 high|secondary school", "in the past", "long time ago", "as a kid|teen|teenager|child",
)  # fmt: skip
RECOVERED_NL = (
    "nu ..3 gaat ..3 goed|prima|beter", "gaat ..3 nu ..3 goed|prima|beter", "geen last meer",
    "gaat ..2 weer ..2 goed|prima", "eroverheen|overheen", "al ..4 jaar|jaren ..4 niet meer|vrij|clean",
    "herinner ..3 weinig|nauwelijks|niks|niets", "sindsdien ..4 goed|prima",
)  # fmt: skip
RECOVERED_EN = (
    "doing ..3 well|better|fine|great|okay|ok", "okay|ok|fine|good|better ..2 now",
    "clean for", "been clean", "over it", "barely|hardly remember", "do not remember",
    "recovered", "much better now",
)  # fmt: skip
