"""The recogniser's built-in words: the risk-to-life floor and the context rules.

Data kept in code on purpose: they must work with an empty or broken catalogue, like
the safety screen. A catalogue adds its own patterns per theme (``patterns:``) and can
extend these, never remove them (docs/catalog.md: the pattern language and its limits).
"""

from __future__ import annotations

from steunwijzer.core import lexicon_chat as chat
from steunwijzer.core import lexicon_families as fam
from steunwijzer.core import lexicon_more as more
from steunwijzer.core import lexicon_phrasings as ph
from steunwijzer.core import lexicon_signals as sig
from steunwijzer.core import lexicon_signals_acts as acts
from steunwijzer.core import lexicon_signals_harm as harm
from steunwijzer.core import lexicon_signals_hints as hints
from steunwijzer.core import lexicon_signals_indirect as ind
from steunwijzer.core import lexicon_signals_notes as notes
from steunwijzer.core import lexicon_signals_ready as ready
from steunwijzer.core import lexicon_signals_signs as signs
from steunwijzer.core import lexicon_signals_warning as warn
from steunwijzer.core.lexicon_more import word_set as word_set

# --- the floor: risk-to-life patterns per theme and language --------------------------
# A leading "!" marks a plan, means gathered, preparation or a recent attempt: urgency
# immediate, as a "yes" to the matching safety question.
_SUICIDAL_NL = (
    "zelfmoord*", "zelfdoding*", "suicid*", "zelfmoort*", "suicied*", "doodswens*",
    "doodsgedacht*", "levensmoe*", "unalive*", "sewer slide",
    "wil|wilde|wou|zou|wens|wenste|liefst|liever|hoop ..3 dood|doodgaan|sterven|overlijden",
    "hoop|wens|liefst|wou|wil & doodga|doodgaan|dood_ga|dood_gaan|sterf|sterven|overlijd",
    "springen|spring & dak|brug|flat|balkon|trein|raam|gebouw|hoogte",
    "!plan ..3 hoe ..4 doen|ga", "!weet ..3 hoe ..4 ga ..2 doen",
    "dood willen|wil|wou|zijn|gaan|wezen", "beter|liever dood", "was ik maar dood",
    "niet|nooit meer ..3 leven|bestaan|leef|bestaan", "wil|wou ..2 niet ..2 leven|bestaan",
    "niet|nooit meer wakker", "hoop|wil|wens|liefst ..3 niet ..2 wakker",
    "geen zin ..3 leven|bestaan", "geen reden ..3 leven|bestaan|door",
    "er|hier niet meer ..2 zijn|wezen", "niet meer hoeven ..2 zijn|leven",
    "zie|zag|zien ..4 niet meer zitten", "het hoeft ..3 niet meer", "hoeft voor mij niet meer",
    "beter af? zonder mij|me|mijzelf", "tot last", "ben ..3 last voor|van",
    "last voor iedereen", "niemand ..3 missen|mist|merken|merkt",
    "er ..2 eind|einde|punt aan|achter", "eind|einde aan mijn|m'n|het leven",
    "leven ..3 beeindig*|afsluiten|stoppen", "beeindig* ..3 leven",
    "uit het leven ..2 stappen|stap|gaan", "van het leven beroven|beroofd",
    "mezelf|mijzelf|me|zich|zichzelf|hem|haar ..3 van ..2 kant",
    "mezelf|mijzelf|zichzelf|zich ..2 iets|wat ..2 aandoen|aandoe|aandoet|aan",
    "mezelf|mijzelf|me|zichzelf|zich ..2 ophangen|verhangen|ophang|opknopen",
    "voor de|een trein ..3 springen|spring|gooien|liggen|lopen|stappen",
    "van|vanaf ..2 dak|brug|flat|balkon|gebouw ..3 springen|spring|gooien",
    "springen|spring ..3 van|vanaf|voor ..2 dak|brug|flat|balkon|gebouw|trein",
    "overdosis", "alle|al ..3 pillen|tabletten|medicijnen|slaappillen ..3 innemen|slikken|nemen",
    "polsen|pols ..2 doorsnijden|doorsnijd|doorgesneden", "geen uitweg", "zie geen uitweg|uitkomst",
    "leven ..3 geen|weinig zin|nut", "leven ..2 zinloos|waardeloos", "zin van ..2 leven",
    "waarom ..3 nog ..2 leven|leef|bestaan|bestaan", "klaar met ..2 leven",
    "wil|wou niet meer verder", "kan niet meer verder", "wil|wou ..2 =verdwijnen",
    "gedachten|denk|denken|gedacht ..3 aan|over de? dood|sterven",
    "!pillen|tabletten|medicijnen|slaappillen|paracetamol|oxazepam|medicatie|pillen & "
    "gespaard|verzameld|opgespaard|spaar|verzamel|gehamsterd|opgepot|klaarliggen|klaargelegd",
    "!touw & gekocht|koop|kopen|klaar|klaarliggen|opgehangen|knoop",
    "!afscheidsbrie*", "!afscheid* & brief|brieven|briefje", "!brief & afscheid*",
    "!afscheid ..3 van iedereen|iedereen", "!spullen|dingen ..3 weggegeven|weggeven|weggedaan",
    "!poging & zelfmoord*|leven|dood|mezelf|pillen|ophangen|overdosis",
    "!zelfmoordpoging*", "!geprobeerd|probeerde|probeer ..5 dood|ophangen|zelfmoord*|pillen",
    "!geprobeerd|probeerde|probeer ..5 eind|einde ..2 aan ..3 leven|maken|te_maken",
    "!overdosis ..3 genomen|geslikt|gehad",
    "!plan|plannen|besloten|voorbereid ..5 dood|zelfmoord*|sterven|ophangen|springen",
)  # fmt: skip
_SUICIDAL_EN = (
    "suicid*", "suicdal", "unalive*", "sewer slide", "=kms",
    "kill|killing|killed ..2 myself|himself|herself|themselves|themself",
    "kill|killing|end|ending ..1 =my ..1 =self",  # "kill my self", written apart
    "end|ending|take|taking ..2 my|his|her|their own? life",
    "want|wanna|wish|wished|wishing|rather|prefer|hope|wanted ..3 die|dead|dying",
    "better off ..2 dead", "better off ..3 without me", "be better ..2 without me",
    "i am ..2 burden", "burden to|on|for ..3 everyone|everybody|family|friends|people|others",
    "nobody|no_one ..3 miss|care|notice|notices",
    "would ..2 notice|miss|care ..2 if ..2 i ..3 gone|died|dead|disappeared",
    "not|never ..2 want|wanna|wish ..3 live|alive|exist|existing|living",
    "not|never ..2 want|wanna ..3 here ..2 anymore|any_more|longer",
    "wish ..3 not ..2 alive|here|born|exist|existed|around", "wish ..3 never ..2 born|existed",
    "not|never ..2 want|wanna|wish ..3 wake up", "hope|wish ..3 not ..2 wake up",
    "never wake up", "no|nothing reason|point|purpose ..3 live|living|life|going_on",
    "not ..2 see ..2 point ..3 living|life|going_on|anything|anymore",
    "nothing ..2 live for", "life ..3 pointless|meaningless|worthless|not_worth|hopeless",
    "not worth living", "what is the point ..3 living|life|anymore|going_on|anything",
    "point ..2 of|in ..2 living|life|going_on",
    "not go on", "not keep living", "give up on life", "done with ..2 life|living",
    "tired of ..2 living|life|alive|existing", "end it all", "end everything",
    "want|wanna|going|gonna|plan|planning ..2 end|ending it",
    "stop|cease ..2 exist|existing|living", "disappear|vanish forever|for_good|permanently",
    "hang|hanging myself|himself|herself|themselves",
    "jump|jumping|throw|throwing ..3 off|from ..3 bridge|roof|building|balcony|cliff|tower",
    "jump|jumping|throw|throwing|step|stepping|walk ..3 front of ..3 train|bus|truck|car|tram",
    "overdos*", "=od ..2 on", "slit|cut|cutting ..3 wrists|wrist",
    "take|swallow|taking ..2 all ..3 pills|meds|tablets|painkillers",
    "thoughts|thinking|think ..3 about|of ..2 dying|death|ending_it",
    "!pills|tablets|meds|medication|painkillers|paracetamol|tylenol & "
    "saved|saving|stockpiled|stockpiling|hoarding|hoarded|collected|collecting|gathered|bought",
    "!rope & bought|buy|got|ready|tied|noose", "!noose",
    "!goodbye|farewell|suicide ..2 letter|note|letters|notes|message|messages",
    "!wrote|written|writing ..3 goodbye|farewell",
    "!gave|giving|give ..2 away ..3 my|things|stuff|belongings|possessions",
    "!said goodbye ..3 everyone|everybody",
    "!attempt|attempted|attempts & suicid*|life|myself|overdos*|kill",
    "!tried|try|trying ..4 kill|end_my_life|end_it|end_things|hang|overdos*|die",
    "!took|taken|take ..2 an? overdos*", "!overdosed",
    # "to die", not "die": Dutch "die" ("een plan voor die opdracht") was a plan to die,
    # urgency immediate (an outsiders' set, round 14)
    "!plan|plans|planned|planning ..5 to_die|suicid*|kill|death|end_my_life|end_it",
    "!decided|prepared ..5 to_die|suicid*|kill|death|end_my_life|end_it",
    "!plan|know|decided ..3 how ..4 do_it|going_to_do_it",
)  # fmt: skip
_SELF_HARM_NL = (
    "zelfbeschadig*", "zelfverwond*", "zelfverminking*", "automutilatie", "=sh",
    "snijden|snij|snijd|snijdt|sneed|krassen|kras|krast|bekras*|beschadig*|verwond*|brand|brandt|"
    "branden|sla|slaat|bijt|bijten|prik|prikken & mezelf|mijzelf|zichzelf",
    "mezelf|mijzelf|me|zichzelf ..3 snijden|snij|snijd|krassen|kras|bekrassen|beschadigen|"
    "beschadig|verwonden|verwond|branden|brand|bijten", "mezelf|mijzelf|zichzelf ..3 pijn",
    "snij|snijd|snijdt|snijden|sneed|kras|krast|krassen|bekras*|brand|branden ..4 "
    "arm|armen|been|benen|pols|polsen|huid|buik|dij|dijen|bovenbenen",
    "krassen|kras|snijden|snijd|snij & weer|opnieuw|begonnen|terugval|gestopt|stoppen",
    "doe|doen|gedaan|deed ..2 mezelf|mijzelf ..2 pijn",
    "mezelf|mijzelf ..2 pijn ..2 doen|gedaan|doe",
    "mesje|mesjes|scheermesje*|scheermes & arm|armen|pols|snijden|mezelf|huid",
)  # fmt: skip
_SELF_HARM_EN = (
    "self harm*", "self injur*", "selfharm*", "=sh", "self mutilat*",
    "cut|cutting|cuts|burn|burning|burned|hurt|hurting|harm|harming|scratch|scratching|"
    "hit|hitting|punch|punching|bite|biting|starve|starving ..2 myself|himself|herself|themselves",
    "cut|cutting|burn|burning|hurt|hurting|harm|harming ..1 =my ..1 =self",
    "cut|cutting|scratch|scratching|burn|burning ..3 my|his|her arm|arms|wrist|wrists|legs|thighs|"
    "skin|stomach|thigh",
    "cutting ..2 again", "relapse|relapsed ..3 cutting|self|sh",
    "razor|razors|blade|blades & arm|arms|wrist|skin|myself|cutting|cut",
)  # fmt: skip
_UNSAFE_NL = (
    "huiselijk geweld", "mishandel*", "onveilig*", "niet veilig", "stalk*", "gestalkt",
    "verkracht*", "aangerand", "aanranding", "seksueel misbruik*|geweld", "misbruikt", "eerwraak",
    "loverboy*", "bedreig*", "slaat|sloeg|schopt|schopte|duwt|duwde|wurgt|wurgde|slaan ..2 me|mij",
    "bang voor ..3 ex|vriend|vriendje|partner|vader|moeder|stiefvader|huisgenoot|man|vriendin",
    "durf ..3 niet ..2 naar huis", "gedwongen|dwingt|dwong ..4 seks",
    "geweld ..3 thuis|relatie|vriend|partner|vader|moeder",
)  # fmt: skip
_UNSAFE_EN = (
    "domestic violence|abuse", "abusive", "abused|abuses|abusing me", "being abused",
    "abuse ..2 home|relationship|partner|boyfriend|girlfriend|father|mother|dad",
    "unsafe", "not ..2 feel? safe", "stalk*", "raped|rape", "sexually assaulted", "assaulted me",
    "sexual violence|assault|abuse",
    "he|she|they|dad|father|mother|mom|partner|boyfriend|girlfriend|husband|ex|roommate ..2 "
    "hits|hit|beats|beat|kicks|kicked|chokes|choked|strangled|pushed|slapped|slaps|threatens|"
    "threatened ..2 me",
    "threaten*", "afraid|scared ..2 of ..2 my ..2 boyfriend|partner|father|dad|ex|husband|"
    "roommate|landlord|girlfriend|stepfather",
    "forced|forces|forcing me ..4 sex", "violence ..3 home|relationship|partner",
)  # fmt: skip
_CONCERN_NL = (
    "zorgen ..4 om|over ..3 vriend|vriendin|huisgenoot|broer|zus|moeder|vader ..8 dood|leven|"
    "zelfmoord*|zichzelf",
)
_CONCERN_EN = (
    "worried|worry|scared ..3 about|for ..3 friend|roommate|flatmate|sister|brother|mother|"
    "father ..8 die|suicid*|kill|harm|life",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {
        "nl": _SUICIDAL_NL + more.SUICIDAL_NL + fam.SUICIDAL_NL + ph.SUICIDAL_NL + sig.SUICIDAL_NL,
        "en": _SUICIDAL_EN + more.SUICIDAL_EN + fam.SUICIDAL_EN + ph.SUICIDAL_EN + sig.SUICIDAL_EN,
    },
    "self_harm": {
        "nl": _SELF_HARM_NL
        + more.SELF_HARM_NL
        + fam.SELF_HARM_NL
        + ph.SELF_HARM_NL
        + harm.SELF_HARM_NL,
        "en": _SELF_HARM_EN
        + more.SELF_HARM_EN
        + fam.SELF_HARM_EN
        + ph.SELF_HARM_EN
        + harm.SELF_HARM_EN,
    },
    "unsafe_situation": {
        "nl": _UNSAFE_NL + more.UNSAFE_NL + fam.UNSAFE_NL + ph.UNSAFE_NL + harm.UNSAFE_NL,
        "en": _UNSAFE_EN + more.UNSAFE_EN + fam.UNSAFE_EN + ph.UNSAFE_EN + harm.UNSAFE_EN,
    },
    "concern_for_other": {
        "nl": _CONCERN_NL + more.CONCERN_NL + fam.CONCERN_NL + ph.CONCERN_NL + harm.CONCERN_NL,
        "en": _CONCERN_EN + more.CONCERN_EN + fam.CONCERN_EN + ph.CONCERN_EN + harm.CONCERN_EN,
    },
}
for _theme, _parts in [
    *ind.FLOOR.items(),
    *signs.FLOOR.items(),
    *acts.FLOOR.items(),
    *hints.FLOOR.items(),
    *warn.FLOOR.items(),
    *notes.FLOOR.items(),
    *ready.FLOOR.items(),
]:  # rounds 7, 9, 10, 11, 12, 13, 14
    FLOOR[_theme] = {lang: FLOOR[_theme][lang] + _parts[lang] for lang in ("nl", "en")}
FLOOR["concern_for_other"] = {  # someone else in an unsafe situation (lexicon_phrasings)
    lang: found + ph.about_others(FLOOR["unsafe_situation"][lang], lang)
    for lang, found in FLOOR["concern_for_other"].items()
}
# Themes whose findings are a risk to life: checked for who they are about, set aside
# (never dropped) when negated or framed, and given an urgency.
RISK_TO_LIFE = ("suicidal_thoughts", "self_harm", "concern_for_other")
# Findings that are about someone else become this theme.
ABOUT_OTHER = "concern_for_other"

# --- figures of speech: a risk word used as a manner of speaking -------------------------
FIGURES: dict[str, tuple[str, ...]] = {
    "nl": (
        "dood|doodgaan|sterven ..2 van|door|aan ..2 stress|honger|verveling|zenuwen|schaamte|"
        "kou|hitte|warmte|dorst|lachen|spanning|moeheid|slaap|werk|tentamens|deadlines",
        "schaam|lach|verveel|schrik|werk|erger|pieker ..2 me|mij|mezelf ..2 dood|kapot",
        "over mijn lijk",
        *more.FIGURES_NL,
        *fam.FIGURES_NL,
        *ph.FIGURES_NL,
        *harm.FIGURES_NL,
        *ind.FIGURES_NL,
        *acts.FIGURES_NL,
        *hints.FIGURES_NL,
        *warn.FIGURES_NL,
    ),
    "en": (
        "dying to",
        "die|dying|died ..2 of|from ..2 laughter|laughing|embarrassment|boredom|shame|"
        "cringe|hunger|thirst|heat|curiosity|stress",
        "bored|scared|worried|tired|stressed|freezing ..2 to death",
        "kill|killing|killed ..2 for",
        "would kill to",
        "killing|killed|kill it",
        "dead tired|serious",
        "kill|killing myself laughing",
        "work|working|worked|studying|study ..2 myself to death",
        "hurt|injured|hurting myself ..3 playing|during|while|at|skiing|training|football|game|"
        "gym|fell|fall|accident|sport|running",
        *more.FIGURES_EN,
        *fam.FIGURES_EN,
        *ph.FIGURES_EN,
        *harm.FIGURES_EN,
        *ind.FIGURES_EN,
        *acts.FIGURES_EN,
        *hints.FIGURES_EN,
        *warn.FIGURES_EN,
    ),
}

# --- a past that is over: "years ago ..., now it goes well" sets acute findings aside ---
PAST: dict[str, tuple[str, ...]] = {"nl": more.PAST_NL, "en": more.PAST_EN}
RECOVERED: dict[str, tuple[str, ...]] = {
    "nl": more.RECOVERED_NL + warn.RECOVERED_NL,
    "en": more.RECOVERED_EN + warn.RECOVERED_EN,
}
# A suicide that happened: a risk finding about someone else beside it is grief (see
# findings.judge), never someone to call 112 for.
COMPLETED: dict[str, tuple[str, ...]] = {"nl": more.COMPLETED_NL, "en": more.COMPLETED_EN}
# Themes that are not the student's when said about someone else ("my brother dropped out").
NOT_FOR_OTHERS = frozenset(("dropout_risk",))

# --- negation (NegEx-style) ------------------------------------------------------------
NEGATIONS = word_set(
    "niet geen nooit niks niets zonder nergens geenszins "
    "not no never nothing without none neither nor deny denies denied ontkent ontkend ontkende"
)
# Negation words that here do not negate ("not only", "kan niet stoppen").
PSEUDO_NEGATIONS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "niet alleen", "niet zeker", "geen idee", "weet niet", "weet ik niet", "kan niet stoppen",
        "kon niet stoppen", "kan niet meer stoppen", "lukt niet", "lukt me niet", "lukt mij niet",
        "niet ophouden", "niet meer weten", "niet uit mijn hoofd", "nergens anders",
        "not only", "not just", "not sure", "no doubt", "not stop", "not help", "no idea",
        "not know", "not get it out", "not get rid", "not sleep", "not cope", "not handle",
        "not deal", "not get over", "not process", "not accept", "not believe", "not bear",
        "not stand", "not see", "not focus", "not concentrate", "not afford", "not pay",
        "niet verwerken", "niet aan", "niet over", "niet accepteren", "niet geloven",
        "niet concentreren", "niet betalen", "geen uitweg", "niet voorstellen",
        "without me", "zonder mij", "zonder me", "without him", "without her", "zonder hem",
        "zonder haar", "not like", "niet alsof", "niet beloven", "niet garanderen",
        "not promise", "not guarantee", "no way out",
        # "ik zou niet rouwig zijn als ik niet meer wakker werd" (round 10)
        "niet rouwig", "niet erg", "not mind", "wouldn't mind",
        # avoiding the thought is no denial of it ("I game all night so I don't think
        # about killing myself"; round 7)
        "so i do not think", "so i do not have to think", "to not think", "not to think",
        "zodat ik niet hoef", "zodat ik er niet aan", "zodat ik niet aan", "om er niet aan",
        "om niet te denken", "om niet te hoeven",
        "not see a way", "geen kracht", "niet erg",
        "without asking", "without knocking", "without permission", "without warning",
        "zonder kloppen", "zonder te kloppen", "zonder te vragen", "zonder toestemming",
        "zonder waarschuwing",
        # "hoe je zonder pijn dood kan gaan": painless, not a denial (round 11)
        "zonder pijn", "zonder te lijden", "without pain", "without suffering",
        "snap niet waarom", "begrijp niet waarom", "weet niet waarom", "not understand why",
        # "ik weet niet hoe ik verder moet" says a problem; "of ik leef of niet" a choice
        "weet niet hoe", "weet niet wat", "not know how", "not know what",
        "geen idee hoe", "no idea how", "of niet", "or not",
        # others not knowing is a disclosure: "mijn ouders weten niet dat ik stop"
        "weten niet", "weten nog niet", "weet nog niet", "wist niet", "wisten niet",
        "heeft niet door", "hebben niet door", "niet gemerkt", "not noticed", "not aware",
        "not realise", "not realize",
        # "ik mag niet zonder hem weg": two negations, a rule that is the finding
        "niet zonder", "nooit zonder", "not without", "never without",
        # "I don't want to live no more": "no more" is "anymore", not a denial after it
        "no more", "no longer",
        # never so much: "ik heb nog nooit zo hard aan zelfmoord gedacht", "I have never
        # wanted to die so badly", "zonder twijfel wil ik dood", "geen mens die het merkt
        # als ik dood ben" were nothing recognised (a hostile round, round 13)
        "nooit zo", "nooit eerder zo", "nog nooit zo", "never been more", "never been so",
        "never felt so", "never felt more", "zonder twijfel",
        "zonder enige twijfel", "without a doubt", "without any doubt", "geen mens die",
        "geen hond die", "no one would", "nobody would", "niemand die",
        # an urge one cannot get rid of: "krijg de drang om mezelf pijn te doen niet
        # weg" read as denied (an outsiders' set, round 14)
        "niet weg", "niet kwijt", "niet meer weg", "not go away", "won't go away",
        "wont go away", "not going away",
    )
)  # fmt: skip
# "ik denk (er) niet aan ...": a denial, although "niet aan" is a pseudo-negation in
# "ik kan niet aan haar dood denken" (the loss is the topic). A think-verb just before
# the "niet" (or "er" between) makes it a negation again.
DENIAL_VERBS = word_set("denk dacht denken dachten overweeg overwoog")
# Words that end a negation's reach (and commas, colons and the like).
CLAUSE_WORDS = word_set(
    "maar omdat doordat echter hoewel toch behalve en dus wat terwijl sinds zodat opdat "
    "but because however although though except and or so which who cause cuz since "
    "while yet"
)
# "als ik niks haal, dan spring ik": a condition's negation stops at "dan"/"then".
NEGATION_BARRIERS = word_set("dan then")
# Without "dan"/"then" ("if I don't pass this resit I get kicked out") a condition's own
# negation still stops short: it reaches the condition's verb phrase, not what follows.
CONDITION_WORDS = word_set("if als indien")
CONDITION_NEGATION_REACH = 3
CONDITION_SPAN = 6  # words from "als"/"if" to its negation ("als ik dit tentamen niet")
NEGATION_REACH = 6  # words before a finding that a negation word reaches
SELF_SUBJECTS = word_set("ik i")  # a new sentence without a comma stops that reach, unless
LINKS_ON = word_set("dat that of whether if als omdat because saying say said zeg zeggen zei")
POST_NEGATION_REACH = 3  # "zelfmoordgedachten heb ik niet": after the finding


GAME_WORDS = ind.GAME_WORDS | signs.GAME_WORDS  # a game said in the sentence frames it

# --- who a finding is about ---------------------------------------------------------------
SELF_WORDS = word_set("ik i me mij mezelf mijzelf myself student studente client")
OTHER_WORDS = word_set(
    "hij zij ze hem zichzelf hemzelf haarzelf he she they him them himself herself themselves "
    "themself huisgenoot huisgenote vriend vriendin vriendje vriendinnetje broer zus zusje "
    "broertje moeder vader mama papa partner ex klasgenoot medestudent studiegenoot collega "
    "kamergenoot neef nicht oom tante oma opa iemand friend roommate flatmate housemate sister "
    "brother mum mom mother dad father partner boyfriend girlfriend classmate colleague cousin "
    "someone somebody bestie mate buddy pal bro sis homie neighbour neighbor maat maatje "
    "gozer lief nichtje neefje buurman buurvrouw clubgenoot jaargenoot medebewoner coworker "
    "uncle aunt grandma grandpa guy girl boy man woman person persoon jongen meisje vrouw "
    "his her their haar hun teamgenoot teammate groupmate coursemate labmate huisgenoten "
    "roomie kamergenote vriendinnen vrienden zoon dochter son daughter niece nephew"
)

# Reported speech: "my friend texted: I want to die" is about the friend.
SPEECH_WORDS = word_set(
    "zegt zei zeiden zeggen gezegd appt appte appen stuurde stuurt schreef schrijft vertelde "
    "vertelt riep post postte plaatste said says told tells texted texts wrote writes posted "
    "messaged replied whispered sent"
)
OTHER_REFLEXIVE = word_set("zichzelf zich hemzelf haarzelf himself herself themselves themself")
SELF_REFLEXIVE = word_set("mezelf mijzelf myself me mij ik i")

# --- urgency: timing and intent near a risk-to-life finding ------------------------------
TIMING = word_set(
    "vanavond vannacht vandaag morgen straks zometeen binnenkort nu tonight today tomorrow "
    "now soon weekend"
)
INTENT = word_set(
    "ga gaat gaan going gonna will klaar ready besloten decided plan plannen plans planned planning"
)
INTENT_REACH = 3

CHAT = chat.CHAT  # written out before matching (core/lexicon_chat.py)

# Real words one letter from a pattern word: never read as a misspelling of it.
NOT_TYPOS = word_set(
    "overleef overleefde overleefden "  # "ik overleef het niet" is no death (round 10)
    "overleven overleeft overleefd overlevende overleving beleven beleefd geleden "
    "uitgestelde uitgesteld gestopt gestart gestapt studeren studenten "
    "opvangen opgevangen vervangen vervangt overleden meditatie meditation putting sitting "
    "fitting getting setting letting betting knitting starting warming charming farming "
    "turning pumping dumping bumping lunching munching hunching cruising boarding "
    "shitting spitting quitting waiting billing filling "
    "changing changed banging ranging talking talked staking stakingen staken gestaakt "
    "morning mornings afmaken afgemaakt afmaakt afhalen afgehaald overleggen overlegd "
    "overlegde doorgaan doorgaat doorgegaan sterren shopping hunting willing dringen "
    "hanging gedicht gedichten covering covered "  # "heenging", "gedacht" (round 8)
    # words that sound like a short risk word and are words of their own (round 12)
    "nose noses zaterdag zaterdagen zaterdags zaterdagavond zaterdagochtend briefing briefings"
)
FUZZY_MIN = 7  # words this long may have one slip (a letter added, lost, changed or swapped)
