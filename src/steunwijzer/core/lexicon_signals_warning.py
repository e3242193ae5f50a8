# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Warning signs as prevention guides list them (round 12; see docs/vocabulary.md):
who gets one's things, a strange calm once "it" is decided, not minding if one's heart
stops, being freed from this life, staring at the tracks, tired of waking up every
day; a relapse to the blade, marks under long sleeves; no place to sleep tonight.

Written from the signs themselves, in both languages, after a fresh outsiders' set
(set25) was measured unseen: its misses were hints of these kinds. Each pattern names
what keeps it from everyday speech: the object left unnamed ("now that I've decided",
not "decided to switch"), "every day" ending the sentence (not "at six for lectures"),
a list of who gets what that ends there (not "for secret santa").

The figures are everyday readings that the older families took for risks: an absence
with an ordinary reason ("I won't be around next week because of my cousin's wedding"),
a will drawn up at the notary, dying forty times in a game.
"""

from __future__ import annotations

from steunwijzer.core.lexicon_signals_hints import MANY_EN, MEDS_EN, MEDS_NL

_MY_NL = "mijn|m'n|mn"
_THINGS_NL = "spullen|laptop|fiets|kamer|kleren|boeken|gitaar|kat|hond|planten|spaargeld|geld|sieraden|telefoon"
_THINGS_EN = "stuff|things|laptop|bike|room|clothes|books|guitar|cat|dog|plants|savings|money|belongings|jewellery|jewelry|phone"
_TRACKS_NL = "spoor|sporen|rails|afgrond|diepte|reling"
_TRACKS_EN = "tracks|rails|drop|edge|railing|ledge"

SUICIDAL_NL: tuple[str, ...] = (
    # who gets one's things ("ik heb opgeschreven wie mijn laptop krijgt")
    f"!wie ..2 {_MY_NL} ..2 {_THINGS_NL} ..3 krijgt|krijgen|erft|erven|mag_hebben|moet_krijgen",
    f"!wie ..1 wat ..2 krijgt|erft ..2 als ..1 ik|van ..1 {_MY_NL} ..0 spullen",
    # a calm once "it" is decided, the decision unnamed ("sinds ik het besloten heb")
    "rustig|rust|kalm|opgelucht|vredig|kalmte ..6 sinds|nu|omdat ..3 ik ..2 het ..2 besloten|beslist",
    "sinds|nu ..1 ik ..1 het ..2 besloten|beslist ..2 heb ..4 rustig|rust|kalm|opgelucht|vredig",
    # not minding if one's heart or body stops
    f"maakt ..2 niet ..1 uit|meer_uit ..4 als ..3 {_MY_NL}|het ..1 hart|lichaam|lijf ..3 stopt|ophoudt|stilstaat|opgeeft|ermee_stopt|ermee_ophoudt",
    f"prima|fijn|goed|niet_erg|best ..6 als ..3 {_MY_NL} ..1 hart|lichaam|lijf ..4 stopt|ophoudt|stilstaat|opgeeft",
    # freed from this life
    "verlost|bevrijd|vrij ..1 van ..1 dit_leven|het_leven|mijn_leven|dit_bestaan|mezelf",
    # staring at the tracks, again and again
    f"blijf|bleef|zit|zat|sta|stond|lig|lag ..3 kijken|staren|turen ..3 naar ..2 het|de ..1 {_TRACKS_NL}",
    f"kijk|keek|staar|staarde ..2 steeds|telkens|uren|urenlang|lang ..3 naar ..2 het|de ..1 {_TRACKS_NL}",
    # stopping with everything ("ik stop met alles", "stop ik. met alles eigenlijk")
    "stop|stoppen|kap|kappen ..3 met ..0 alles $",
    "stop|stoppen|kap|kappen|klaar ..4 met ..0 alles ..1 eigenlijk|gewoon|echt|hoor|ofzo $",
    # the verb first, as Dutch main clauses have it ("ik gooi me voor de trein")
    "gooi|gooit|gooide|werp|wierp ..2 me|mezelf|mij|zich|zichzelf ..3 voor|onder ..2 de|een ..1 trein|metro|tram|bus|auto|vrachtwagen",
    # "zm" is "zo meteen" in chat; only beside these words is it zelfmoord
    "=zm ..0 gedachten|gedachtes|neigingen|poging|plannen",
    # a call from a bridge or a roof at night ("heeft ons vannacht gebeld vanaf een brug")
    "gebeld|belde|belt|appte|facetimede|videobelde ..4 vanaf|van|op ..2 een|de|het ..1 brug|*brug|dak|spoor|viaduct|flatdak",
    # a wish that one died ("ik wou al zo vaak dat ik doodging")
    "wou|wilde|wenste|hoopte|hoop|wens ..4 dat ..1 ik ..2 doodging|dood_ging|dood_was|dood_zou_gaan|er_niet_meer_was|niet_meer_wakker_werd",
    # tired of waking up every day, the sentence ending there
    "zat|moe|beu ..3 elke|iedere ..1 dag|ochtend|morgen ..0 wakker ..1 te ..1 worden $",
)
SUICIDAL_EN: tuple[str, ...] = (
    f"!who ..2 gets|get|should_get|will_get|can_have|should_have|inherits ..2 my ..2 {_THINGS_EN}",
    "!made|wrote|making|writing|drew_up ..2 a? ..1 list ..2 of ..1 who ..1 gets|get|should_get ..1 what $",
    "calm|peaceful|at_peace|relieved|lighter|calmer ..6 since|now_that|now ..3 i've|i_have|i ..2 decided|made_up_my_mind|made_the_decision $",
    "fine|okay|ok|wouldn't_mind|don't_mind|not_mind ..6 if ..3 my ..1 heart|body ..3 stops|stopped|gives_up|gave_up|just_stops|quits",
    # a learner's "me" for "myself" ("I think to kill me"); "they want to kill me" is
    # someone else's threat and does not match (the verb must follow "I")
    "i ..1 think|want|wanted|plan|planned|try|tried|going ..1 to ..1 kill|hang|end ..1 me",
    "called|rang|phoned|facetimed|texted|video_called|calling ..4 from ..2 a|the|his|her|my ..1 bridge|roof|rooftop|ledge|tracks|cliff",
    "free|freed|released ..1 from|of ..1 this_life|my_life|this_existence|existing|being_alive",
    f"keep|kept|keeps|been ..2 looking|staring|gazing ..2 at|down_at ..2 the ..1 {_TRACKS_EN}",
    "tired|sick|exhausted ..2 of ..1 waking_up|wake_up ..2 every|each ..1 day|morning $",
    "tired|sick|done ..2 of|with ..1 waking_up $",
)
SELF_HARM_NL: tuple[str, ...] = (
    # a relapse to the blade ("drie maanden clean en nu toch weer met het mesje")
    "weer|opnieuw ..4 met ..2 het|de|een|mijn|m'n|mn ..1 mesje|mesjes|scheermesje|scheermesjes",
    "clean ..9 mesje|mesjes|scheermesje|scheermesjes",
    # marks kept under long sleeves, even in the heat
    "lange ..1 mouwen ..9 plekken|wondjes|littekens|krassen|sneetjes|wonden|bloed|pleisters|verband",
    "plekken|wondjes|littekens|krassen|sneetjes|wonden ..9 lange ..1 mouwen",
)
SELF_HARM_EN: tuple[str, ...] = (
    "again ..3 with ..2 the|a|my ..1 blade|blades|razor|razors",
    "back ..1 to|on ..2 the|my ..1 blade|blades|razor|razors",
    "long ..1 sleeves|sleeved ..9 marks|cuts|scars|scratches|blood|wounds|bandage|bandages|plasters",
    "marks|cuts|scars|scratches|wounds ..9 long ..1 sleeves",
)
UNSAFE_NL: tuple[str, ...] = (
    # no place to sleep tonight ("ik weet niet waar ik vannacht moet slapen")
    "weet ..3 niet ..4 waar ..3 vannacht|vanavond ..3 slapen|moet_slapen|kan_slapen|heen_moet|kan_blijven|moet_blijven",
    "geen ..1 slaapplek|slaapplaats|onderdak ..1 meer",
    "geen ..1 slaapplek|slaapplaats|onderdak ..2 vanaf ..1 vanavond|vannacht|morgen|nu",
)
UNSAFE_EN: tuple[str, ...] = (
    "nowhere ..1 to ..1 go|sleep|stay & tonight|tonite|suitcase|street|streets|station|centraal",
)

# Read from set24 (round 12, once set25 had been measured unseen): means laid out or
# saved, a cord tried around the neck, a hairdryer by the bath, how long one would have
# to stay under, hoping a bus does not stop, "finish my life" in a learner's English,
# not expecting to be around by a date, weeks "left in me", one's own funeral playlist.
SUICIDAL_NL += (
    "makkelijker|fijner|beter ..6 om? ..1 niet ..1 meer? ..1 wakker ..1 te ..1 worden",
    f"!alle|al_mijn ..2 {MEDS_NL} ..6 gelegd|klaargelegd|neergelegd|uitgestald|op_een_rij",
    # "strips" are comics as often as blister packs: "ik verzamel strips van Kuifje"
    # (round 16); saved in a relative clause they are counted in lexicon_signals_spoken
    f"!spaar|spaarde|gespaard|sparen|verzamel|verzameld|verzamelen|opsparen|opgespaard ..3 {MEDS_NL.replace('|strip|strips', '')}",
    "!snoer|kabel|touw|riem|oplader|lader ..6 om ..2 mijn|m'n|mn|de ..1 nek|hals|keel",
    "!föhn|fohn|haardroger|broodrooster ..8 bad|badkuip|bad_laten_lopen",
    "hoop|hoopte|hopen ..4 bus|auto|vrachtwagen|trein|tram ..3 niet ..2 stopt|remt|stopte|remde",
    "of|om|dat ..2 ik? ..3 erin|ernaartoe|er_naartoe|erheen|eraf ..3 lopen|springen|stappen|rijden|te_lopen|te_springen & water|dijk|gracht|rivier|zee|meer|kanaal|spoor|sporen|rails|treinen",
    "verwacht|denk ..3 niet ..3 dat? ..2 ik? ..2 er ..2 nog ..3 ben|te_zijn|zal_zijn|zijn",
    "!afscheidsplaylist|afscheidslijst|uitvaartplaylist ..6 klaar|gemaakt|zover|gekozen",
    "geven|geeft|krijgen|krijgt|doneren|schenken ..9 als|mocht ..3 er? ..1 iets ..2 met ..1 me|mij ..1 gebeurt|gebeuren|overkomt",
)
SUICIDAL_EN += (
    # "it would be easier not to wake up" (a role-play, round 12: lost in a longer text)
    "easier|better|simpler|nicer ..4 not ..1 to ..1 wake|wake_up|exist|be_alive|be_here|be_around",
    f"!laid|lined|spread|set ..1 out|up ..3 all ..2 my|the|of_my ..1 {MEDS_EN}",
    f"!all ..2 my|the ..1 {MEDS_EN} ..4 laid|lined|spread ..1 out|up",
    f"!saving|hoarding|stockpiling|collecting|saved|hoarded|stockpiled ..3 {MEDS_EN}",
    "instead ..1 of ..1 taking|swallowing ..1 them|it|my_meds",
    f"!took|taken|swallowed|downed|necked|had ..3 like? ..1 {MANY_EN} ..4 {MEDS_EN}",
    "!cord|cable|rope|belt|charger|lead ..6 around|round ..2 my|the ..1 neck|throat",
    "!hairdryer|hair_dryer|toaster ..8 bath|bathtub|tub",
    "how ..1 long ..4 stay|stayed|staying ..1 under|underwater",
    "hoping|hope|hoped ..4 bus|car|truck|lorry|train|tram ..3 doesn't|does_not|won't|wont|didn't ..1 stop|brake",
    "step|stepped|stepping|stand|standing|stood ..2 closer ..2 to ..1 the ..1 edge|tracks|rails",
    "finish|finishing|finished ..2 my|his|her ..1 life|own_life",
    "don't|do_not|didn't ..1 expect|think|plan ..3 to ..1 be ..2 around|here|alive ..3 by|at|for|next|anymore|much_longer",
    "weeks|months|days|years ..2 left ..1 in ..1 me",
    "!my|your|own ..1 funeral ..1 playlist|songs|music ..3 ready|picked|planned|made|done",
    "give|gets|have|go|goes ..9 if ..2 something|anything ..1 happens ..2 to ..1 me",
)
SELF_HARM_NL += (
    "snijd|snij|kras|krassen|snijden ..1 niet ..1 meer ..4 maar ..4 denk ..4 aan",
    "hechtingen|gehecht ..9 zelf ..1 gedaan",
)
SELF_HARM_EN += (
    "don't|do_not ..1 cut|self_harm|hurt_myself ..1 anymore ..4 but ..4 think ..3 about",
    "stitches ..9 did_it_myself|self_inflicted|did_it_to_myself",
    "making|make|makes|made ..1 herself|himself|myself|themselves ..1 bleed",
)
UNSAFE_NL += (
    "hij|zij|ze|vriend|vriendje|vriendin|partner|vader|pa|man|ex|broer|moeder|ma|stiefvader|oom ..3 gaat|gaan|wil|zal|dreigt|dreigde ..3 me|mij|ons ..3 vermoorden|doodmaken|ombrengen|afmaken|wurgen|neersteken",
    # a relative clause: "mijn vader, die me sloeg" (a role-play, round 12)
    "die|dat|wie ..1 me|mij ..2 sloeg|slaat|schopte|schopt|mept|mepte|sloegen|bedreigt|bedreigde|wurgde",
    "geen ..1 slaapplek|slaapplaats|onderdak|bed ..3 vannacht|vanavond",
    "ouders|vader|moeder|pa|ma|stiefvader ..4 eruit|uit_huis ..2 gezet|gegooid|geschopt",
    "uit ..1 huis ..1 gezet|gegooid|geschopt",
    "gooide|gooit|smeet ..2 een|de ..1 fles|stoel|glas|mes|bord ..3 naar ..2 mijn|m'n|mn|me|mij ..1 hoofd?",
    "sluit|sloot ..1 me|mij|haar|hem ..3 op",
)
UNSAFE_EN += (
    # a threat to kill the student ("my boyfriend is going to kill me tonight" was
    # nothing recognised: a hostile round, round 12); grades and a mess are a figure
    "he|she|they|boyfriend|girlfriend|partner|dad|father|husband|wife|ex|brother|mother|mum|mom|stepdad|stepfather|uncle ..3 going|gonna|wants|will|would|threatened|threatens|threatening ..2 kill|murder|strangle|stab ..1 me|us",
    "pushed|shoved|slammed ..2 her|me|him ..3 against ..2 the|a ..1 wall|door|wardrobe",
    "threw|throws|hurled ..2 a|the ..1 chair|bottle|glass|knife|plate ..3 at ..2 me|my|her|him",
    "locks|locked|locking ..1 her|him|me|us ..1 in|up",
    "got ..1 physical ..2 with ..1 me|her",
    "parents|dad|mum|mom|father|mother|stepdad ..4 kicked|threw|thrown ..2 me|her|him ..1 out",
)
# Read from set26 (round 12), after its unseen figure was taken: a prescription saved up,
# burns or cuts one does oneself, "at least I feel something", searches for "painless",
# a will updated, "won't be back" with a farewell, "als je dit leest" with one.
SUICIDAL_NL += (
    f"!spaar|spaarde|sparen|gespaard ..4 {MEDS_NL}|voorschrift|recept|morfine ..3 op",
    "zoekopdracht|zoekopdrachten|zoekgeschiedenis|gegoogeld|gezocht ..8 pijnloos|pijnloze|dodelijk|dodelijke",
    "kom ..3 niet ..1 meer ..1 terug & niet_aan_jou|sorry|vergeef|voer|zorg_goed|dag_allemaal",
    "als ..1 je|jij|u|jullie ..1 dit ..1 leest|lezen & niet_aan_jou|sorry|hou_van|vergeef|spijt|schuld",
)
SUICIDAL_EN += (
    "!saving|saved|save|hoarding ..2 it|them ..1 up & morphine|meds|pills|medication|ward|prescription",
    "searches|search_history|googled|searched|tabs ..8 painless|lethal",
    "!updated|wrote|written|made|drew_up|finalised|finalized|sorted ..1 my ..1 will|testament",
    "won't|will_not ..1 be ..1 back & not_your_fault|fault|feed|take_care|sorry|goodbye|bye",
    "if ..1 you're|you_are|you ..1 reading ..1 this & not_your_fault|sorry|love_you|forgive|goodbye",
)
SELF_HARM_NL += (
    "snij|snijd|sneed|kras|kraste ..1 me|mij ..4 in|op ..2 mijn|m'n|mn ..1 arm|armen|pols|polsen|been|benen|buik|dij|dijen",
    "doe|deed ..3 zelf ..3 met ..2 een|de|mijn|m'n|mn ..1 aansteker|sigaret|mes|mesje|schaar",
    "voel ..1 ik ..1 tenminste|wel|eindelijk ..1 iets",
)
SELF_HARM_EN += (
    "do|did|does ..2 it|them|that ..1 myself ..3 with ..2 a|the|my ..1 lighter|cigarette|knife|blade|stick|compass",
    "at ..1 least ..1 i ..1 feel ..1 something",
    "i ..1 hurt|cut|burn|burned|burnt|scratch|scratched ..1 me ..2 with ..2 a|the|my? ..1 knife|blade|razor|glass|lighter|cigarette|scissors",
)
# Read from set28 (round 13, once measured unseen: 70 of 76 risk texts found): too
# much medication on purpose, a medicine cabinet emptied, a counsellor's note that the
# student burns or cuts "zich", cigarettes pressed on the skin.
SUICIDAL_EN += (
    "!took|taken|take|swallowed ..2 too ..1 much|many ..4 medication|meds|pills|tablets|painkillers|insulin|paracetamol ..4 on ..1 purpose",
    "!emptied|raided|cleared_out ..3 the|my|our|mum's|mom's|parents' ..1 medicine ..1 cabinet|cupboard|drawer|box",
)
SUICIDAL_NL += (
    "!medicijnkast|medicijnkastje|medicijnenkast|medicijnenkastje|medicijnkistje|medicijndoos ..6 leeggehaald|leeggemaakt|leeg_gehaald|geplunderd",
    "!leeggehaald|leeggemaakt|geplunderd ..3 medicijnkast|medicijnkastje|medicijnenkast|medicijnenkastje",
    # looked at how high a building is ("gekeken hoe hoog de parkeergarage is"): the
    # search family had "opgezocht" and "gegoogled", not the looking itself
    "!gekeken|keek|kijken|nagekeken|bekeken|gemeten|opgemeten|uitgerekend ..6 hoe|welke ..3 hoog|hoge|hoogste ..4 brug|bruggen|flat|flats|dak|daken|gebouw|gebouwen|toren|parkeergarage|balkon|viaduct",
)
SELF_HARM_NL += (
    "geeft|gaf|vertelt|vertelde|meldt|meldde|zegt|zei ..1 aan? ..2 zich ..3 te ..1 snijden|krassen|branden|beschadigen|verwonden|bijten|prikken",
    "zich|zichzelf|mezelf|mijzelf|me ..3 branden|brandt|brand|brandde|verbranden|verbrandt ..3 met ..2 sigaret|sigaretten|aansteker|peuk|peuken",
)
SELF_HARM_EN += (
    "burn|burns|burned|burnt|burning ..1 myself|herself|himself|themselves ..3 with ..2 cigarette|cigarettes|cigs|lighter|lighters",
)

# Read from set29 (round 13, once measured unseen: 63 of 70 risk texts found): not
# eating as a punishment, the pain inside felt outside, knowing where a gun is kept,
# not expecting to reach a birthday, one step at the water's edge, someone else's
# pills kept in one's drawer.
SELF_HARM_NL += (
    "als ..1 straf ..6 niks|niets|niet ..2 eten|eet|at|te_eten",
    "niks|niets ..2 eten|eet|at ..4 als ..1 straf",
    "eet|at ..3 als ..1 straf ..4 niks|niets|niet",
    "pijn ..1 van ..1 binnen ..8 buiten ..3 voel|voelen|voelt|voelde",
)
SELF_HARM_EN += (
    "starve|starving|starved ..1 myself ..6 punish|punishment|deserve|deserved",
    "not|don't|didn't ..1 eat|eating ..6 as ..1 punishment",
    "pain ..1 inside ..8 outside ..3 feel|feeling|felt",
)
SUICIDAL_NL += (
    "weet ..2 precies|wel ..2 waar ..3 vader|pa|moeder|ma|broer|oom|opa ..2 zijn|haar ..1 geweer|pistool|jachtgeweer|wapen ..2 bewaart|heeft|ligt|verstopt",
    "denk|geloof ..1 niet ..2 dat ..1 ik ..3 verjaardag|kerst|kerstmis|zomer|oud_en_nieuw|dag|jaar|diploma|diploma_uitreiking|diplomauitreiking ..2 nog ..1 haal|meemaak|mee_maak|red",
    "als ..1 ik ..2 nu ..2 gewoon? ..1 een ..1 stap|stapje|stapke ..1 zet|zetten|doe|naar_voren",
    "!doosje|strip|strips|potje|pillen|oxazepam|slaappillen|tabletten|medicijnen ..2 van ..2 mijn|m'n|mn ..1 moeder|vader|oma|opa|ouders|huisgenoot|zus|broer ..4 in ..2 mijn|m'n|mn ..1 la|lade|kast|tas|kamer",
)
SUICIDAL_EN += (
    "know ..2 exactly|where ..3 my? ..1 dad|father|mum|mom|mother|brother|uncle|grandpa ..1 keeps|kept|hides|stores ..3 his|her|their|the ..2 gun|rifle|pistol|shotgun|firearm|hunting_rifle",
    "don't|do_not|dont ..1 think ..2 i'll|i_will|i ..1 make_it|be_around|see|reach ..3 birthday|christmas|summer|next_week|next_year|graduation",
)

CONCERN_EN = (
    "smell ..2 of ..1 gas ..9 not ..2 open|answer|answering|respond|responding",
    "gas ..9 won't|doesn't|isn't|not ..1 open|answer|answering|responding",
)
CONCERN_NL = ("gaslucht|gas_ruiken|ruik_gas|ruiken_gas ..9 doet|reageert|opent|neemt ..3 niet",)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

FIGURES_NL = (
    # "ik spring uit mijn vel van frustratie", "dat verslag is dood en begraven": idioms
    "spring|springt|sprong|springen ..4 uit ..2 vel",
    "uit ..2 vel ..1 springen|spring|springt|sprong",
    "dood ..1 en ..1 begraven",
    # joy, a game round, an oven at work, a love song
    "springen|spring|sprong|springt ..4 van ..1 blijdschap|vreugde|geluk|plezier|enthousiasme",
    "wie ..2 als ..1 eerste ..2 dood|doodgaat|af",
    "verbrand|brandde|gebrand ..4 aan ..2 de|het|een ..1 oven|pan|strijkijzer|fornuis|kachel|waterkoker|theepot|bakplaat|krultang|stijltang|frituur|grill",
    "wakker ..1 worden ..1 zonder ..1 jou|je",
    # "nee, er is niemand overleden" in the review read as grief (a role-play, round 13)
    "niemand ..2 overleden|gestorven|doodgegaan|dood_gegaan",
    "vermoorden|afmaken ..8 cijfers|cijferlijst|resultaten|rapport|rekening|rommel|te_laat|kamer|afwas|auto|telefoon",
    # everything of a kind: "ik stop met alles wat met instagram te maken heeft"
    "stop|stoppen|kap|kappen ..3 met ..0 alles ..0 wat|dat|rond|rondom|van|op",
    "aangebrand|brandde|verbrand ..3 rijst|eten|pan|pasta|pizza|taart|eieren|uien",
    # a will drawn up at the notary, with a house or a partner
    "notaris ..9 testament",
    "testament ..9 notaris|hypotheek|samenlevingscontract",
    # dying in a game, again and again ("zo vaak doodgegaan in Counter-Strike")
    "zo ..1 vaak|veel ..2 doodgegaan|dood_gegaan|doodgaan",
    "10|20|30|40|50|100|honderd|duizend ..1 keer ..2 doodgegaan|dood_gegaan|gestorven",
)
FIGURES_EN = (
    "jump|jumping|jumped ..3 for|with ..1 joy|happiness|excitement",
    "burned|burnt ..3 on ..2 the|an|my ..1 oven|stove|iron|pan|grill|kettle|hair_straightener",
    "nobody|no_one|noone ..2 has|have|had ..1 died|passed|passed_away",
    "nobody|no_one|noone ..1 died",
    "kill|murder ..1 me ..8 grades|results|report|bill|mess|late|room|dishes|car|phone|leftovers|food|fridge|snacks",
    "jokes|joking|joked|joke|kidding ..6 kill|murder ..1 me",
    # cooking, a move, the weather as a joke
    "burned|burnt|burning ..2 the|my|our ..1 rice|food|toast|pan|dinner|pasta|pizza|cake|eggs|onions",
    "giving|gave|give|given ..1 away ..9 because|as|since|cause ..3 i'm|i_am|we're|we_are|moving|move|emigrating",
    "winter|weather|cold|heat|rain ..4 will|going_to|is_going_to ..2 kill ..1 me",
    # an absence with an everyday reason
    "won't|wont|will_not|not ..2 be ..2 around|here|there|in ..6 because|due|as|since|i'm|i_am|i_have|i've|i'll ..4 wedding|holiday|holidays|vacation|appointment|dentist|doctor|exchange|internship|conference|surgery|operation|flight|tournament|shift|abroad|erasmus|festival|concert|match|camp|retreat|visa",
    # not "so many": "I've wished I had died so many times" was a figure (round 42)
    "died|dying ..3 like? ..1 10|20|30|40|50|100|hundred|million ..1 times",
    "died|dying ..1 so_many ..1 times & game|level|boss|round|match|ranked|raid|lol|haha|lmao",
    "keep|kept|keeps ..1 dying|getting_killed ..3 in|to|at ..2 this|the|that ..1 game|level|boss|raid|round|match",
    # set38 (round 15): a joke said to be one, a song title, "dying" every morning
    "kill ..1 myself ..4 joke|jk|jking|kidding|joking",
    "joke|jk|kidding|joking ..4 kill ..1 myself",
    "don't|dont|do_not|not ..2 want|wanna ..2 to? ..1 live ..1 forever",
    "dying|dies|die ..4 every|each ..1 time|morning|monday",
    "dying|dies|die ..3 whenever|everytime",
)
# "that's been over for years", "I've been fine since then": a past that is over.
RECOVERED_NL = (
    "kende ..3 nauwelijks|amper|bijna_niet",
    "al ..2 jaren|jaar|maanden|tijden|lang ..2 voorbij|over|achter_me",
    "ligt ..2 achter ..1 me|mij",
    # a loss long ago, come to terms with ("vijftien jaar geleden overleden en dat heb ik
    # goed verwerkt": an outsiders' set, round 15, read it as grief now)
    "goed|prima|al|allang|inmiddels|helemaal ..2 verwerkt|geaccepteerd|aanvaard",
    "een ..1 plek|plekje ..2 gegeven",
    # set38 (round 15): dealt with long ago, safe now
    "is|was|werd ..2 opgelost|afgehandeld|geregeld",
    "voel ..2 me|mij ..3 nu ..2 veilig",
    "goede ..1 hulp ..1 gehad",
)
RECOVERED_EN = (
    "barely|hardly ..1 knew|know ..1 him|her|them",
    "fine|okay|ok|good|well|stable|better|clean ..1 for ..3 years|months|ages|a_long_time",
    "over ..1 for ..2 years|months|ages|a_long_time|a_while|some_time",
    "been ..2 fine|okay|ok|good|well|better ..2 since ..1 then|that",
    "came|come|coming ..1 to ..1 terms",
    "made|make ..1 my? ..1 peace",
    "processed|accepted ..2 it|that|the_loss|his_death|her_death ..2 well|long_ago|years_ago|by_now",
    "fine|okay|ok|at_peace ..1 with ..1 it|that",
    "was|got|been ..2 resolved|sorted_out|dealt_with",
    "feel ..2 safe ..1 now",
)
