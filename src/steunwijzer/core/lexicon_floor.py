"""The risk-to-life floor: the recogniser's built-in patterns per theme and language.

Data kept in code on purpose: they must work with an empty or broken catalogue, like
the safety screen. A catalogue adds its own patterns per theme (``patterns:``) and can
extend these, never remove them (docs/catalog.md: the pattern language and its limits).
Reached as ``lexicon.FLOOR``, imported on first use (see lexicon.py).
"""

from __future__ import annotations

from steunwijzer.core import lexicon_families as fam
from steunwijzer.core import lexicon_more as more
from steunwijzer.core import lexicon_phrasings as ph
from steunwijzer.core import lexicon_signals as sig
from steunwijzer.core import lexicon_signals_acts as acts
from steunwijzer.core import lexicon_signals_adult as adult
from steunwijzer.core import lexicon_signals_bonds as bonds
from steunwijzer.core import lexicon_signals_casenotes as casenotes
from steunwijzer.core import lexicon_signals_chat as typed
from steunwijzer.core import lexicon_signals_chats as chats
from steunwijzer.core import lexicon_signals_control as control
from steunwijzer.core import lexicon_signals_desk as desk
from steunwijzer.core import lexicon_signals_fields as fields
from steunwijzer.core import lexicon_signals_forms as forms
from steunwijzer.core import lexicon_signals_general as general
from steunwijzer.core import lexicon_signals_harm as harm
from steunwijzer.core import lexicon_signals_health as health
from steunwijzer.core import lexicon_signals_heard as heard
from steunwijzer.core import lexicon_signals_hints as hints
from steunwijzer.core import lexicon_signals_indirect as ind
from steunwijzer.core import lexicon_signals_lived as lived
from steunwijzer.core import lexicon_signals_mentor as mentor
from steunwijzer.core import lexicon_signals_messages as msgs
from steunwijzer.core import lexicon_signals_notes as notes
from steunwijzer.core import lexicon_signals_online as online
from steunwijzer.core import lexicon_signals_plain as plain
from steunwijzer.core import lexicon_signals_quiet as quiet
from steunwijzer.core import lexicon_signals_ready as ready
from steunwijzer.core import lexicon_signals_reported as reported
from steunwijzer.core import lexicon_signals_signs as signs
from steunwijzer.core import lexicon_signals_spoken as spoken
from steunwijzer.core import lexicon_signals_stage as stage
from steunwijzer.core import lexicon_signals_unsaid as unsaid
from steunwijzer.core import lexicon_signals_veiled as veiled
from steunwijzer.core import lexicon_signals_voices as voices
from steunwijzer.core import lexicon_signals_wards as wards
from steunwijzer.core import lexicon_signals_warning as warn
from steunwijzer.core import lexicon_signals_written as written

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
    # adjacent: "taking over my life", "take back my life" are not about dying (r52)
    "end|ending|take|taking ..0 my|his|her|their own? life",
    "end|ending ..1 to ..1 my|his|her|their own? life",
    # "want" apart: Dutch "want die" is "because that" ("ik wil niet dood, want die
    # pillen ...", "want die van mij is gejat" were acute; round 65's blind sets)
    "wanna|wish|wished|wishing|rather|prefer|hope|=wanted ..3 die|dead|dying",
    "want ..3 =dead|=dying", "want ..2 to ..1 die", "want ..0 =die $",
    "better off ..2 dead", "better off ..3 without me", "be better ..2 without me",
    "i am ..2 burden", "burden to|on|for ..3 everyone|everybody|family|friends|people|others",
    "nobody|no_one ..3 miss|care", "nobody|no_one ..2 would|will|even|ever ..1 notice|notices",
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
    "tired of ..2 living|life|alive|existing", "end it all",
    # not "in the end everything went fine" (a blind set of round 52)
    "to|just|i|will|gonna|wanna|should|could|might|would|can|must|gotta|and ..0 end everything",
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
    "arm|armen|been|benen|pols|polsen|huid|buik|dij|dijen|bovenbenen|bovenbeen|onderarm|"
    "onderarmen|bovenarm|bovenarmen|heup|heupen",  # onderarm: round 34 (set109)
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
_HITTER_EN = (
    "he|she|they|dad|father|mother|mom|mum|partner|boyfriend|girlfriend|husband|wife|ex|roommate|"
    "stepdad|stepfather|stepmom|stepmum|stepmother|brother|uncle|landlord"
)  # fmt: skip
_UNSAFE_EN = (
    "domestic violence|abuse", "abusive", "abused|abuses|abusing me", "being abused",
    "abuse ..2 home|relationship|partner|boyfriend|girlfriend|father|mother|dad",
    "unsafe", "not ..2 feel? safe", "stalk*", "raped|rape", "sexually assaulted", "assaulted me",
    "sexual violence|assault|abuse",
    _HITTER_EN + " ..2 hits|hit|beats|beat|chokes|choked|strangled|pushed|slapped|slaps|"
    "threatens|threatened ..2 me",
    # kicked, not kicked out: "tell the landlord to kick me out" was "call 112 now"
    # (a role-play, round 32, C1); kicked "me" at a clause's end, or "in the ..."
    _HITTER_EN + " ..2 kicks|kicked|kick ..2 me $",
    _HITTER_EN + " ..2 kicks|kicked|kick ..2 me ..1 in|against|hard|again|until|while|when",
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

_TABLES = {  # theme: (the name of its tables, the modules that hold one beside ours)
    "suicidal_thoughts": ("SUICIDAL", (more, fam, ph, sig)),
    "self_harm": ("SELF_HARM", (more, fam, ph, harm)),
    "unsafe_situation": ("UNSAFE", (more, fam, ph, harm)),
    "concern_for_other": ("CONCERN", (more, fam, ph, harm)),
}


def _table(name: str, modules: tuple[object, ...]) -> tuple[str, ...]:
    out: tuple[str, ...] = globals()["_" + name]
    for module in modules:
        out += ph.floor_part(name) if module is ph else getattr(module, name)
    return out


FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    theme: {lang: _table(f"{name}_{lang.upper()}", modules) for lang in ("nl", "en")}
    for theme, (name, modules) in _TABLES.items()
}
for _theme, _parts in [
    *ind.FLOOR.items(),
    *signs.FLOOR.items(),
    *acts.FLOOR.items(),
    *hints.FLOOR.items(),
    *warn.FLOOR.items(),
    *notes.FLOOR.items(),
    *ready.FLOOR.items(),
    *spoken.FLOOR.items(),
    *typed.FLOOR.items(),
    *voices.FLOOR.items(),
    *heard.FLOOR.items(),
    *lived.FLOOR.items(),
    *written.FLOOR.items(),
    *fields.FLOOR.items(),
    *desk.FLOOR.items(),
    *casenotes.FLOOR.items(),
    *general.FLOOR.items(),
    *adult.FLOOR.items(),
    *stage.FLOOR.items(),
    *veiled.FLOOR.items(),
    *wards.FLOOR.items(),
    *online.FLOOR.items(),
    *bonds.FLOOR.items(),
    *msgs.FLOOR.items(),
    *forms.FLOOR.items(),
    *mentor.FLOOR.items(),
    *quiet.FLOOR.items(),
    *health.FLOOR.items(),
    *chats.FLOOR.items(),
    *reported.FLOOR.items(),
    *unsaid.FLOOR.items(),
    *plain.FLOOR.items(),
]:  # rounds 7, 9-14, 16-25, 28-34, 36, 37, 43, 57, 59-62
    FLOOR[_theme] = {lang: FLOOR[_theme][lang] + _parts[lang] for lang in ("nl", "en")}
FLOOR["concern_for_other"] = {  # someone else in an unsafe situation (lexicon_phrasings)
    lang: found + ph.about_others(FLOOR["unsafe_situation"][lang], lang)
    for lang, found in FLOOR["concern_for_other"].items()
}
# the student's own place to sleep, and control over the student (round 44: its "hem"
# and "haar" are who controls, not someone to be worried about): no concern version
FLOOR["unsafe_situation"] = {
    lang: found
    + lived.OWN_PLACE[lang]
    + written.OWN_PLACE[lang]
    + control.FLOOR["unsafe_situation"][lang]
    for lang, found in FLOOR["unsafe_situation"].items()
}
FLOOR["concern_for_other"] = {
    lang: found + control.FLOOR["concern_for_other"][lang]
    for lang, found in FLOOR["concern_for_other"].items()
}
