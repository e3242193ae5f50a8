# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk-to-life signals said in passing (round 7; see docs/vocabulary.md): not being
around any more, a wish that tomorrow does not come, being in the way, ending "it",
an attempt before and the thoughts back, valuables and passwords handed on, urges at a
window or on a platform, made one's peace; what one does to oneself, the wound that went
deeper, food withheld as a punishment, the lie about the scars; rent paid "another
way", a forced marriage, a passport taken, honour and threats of punishment.

Each family is written from its meaning in both languages, with the harmless readings
found while writing it kept out (a contract ended, an exam attempted twice, a holiday
away, old clothes given away). Merged into lexicon.FLOOR.
"""

from __future__ import annotations

_LOVED_NL = "ouders|familie|moeder|vader|mama|papa|zus|zusje|broer|broertje|vriend|vriendin|partner|huisgenoot|huisgenote"
_LOVED_EN = (
    "parents|family|mum|mom|mother|dad|father|sister|brother|friend|partner|roommate|housemate"
)
_EDGE_NL = "balkon|brug|dak|perron|spoor|raam|flat|rand|richel"
_EDGE_EN = "balcony|bridge|roof|platform|tracks|window|ledge|edge"
_WOUND_NL = (
    "krassen|wonden|wondjes|littekens|sneden|snijwonden|brandwonden|plekken|pleisters|verband"
)
_WOUND_EN = "scars|cuts|marks|wounds|burns|bruises|scratches|plasters|bandages"
_EXCUSE_NL = "kat|poes|hond|gevallen|val|ongeluk|ongelukje|struik|bramen|keuken|oven|sport"
_EXCUSE_EN = "cat|dog|fell|fall|accident|bush|kitchen|oven|gym|sports"

SUICIDAL_NL = (
    # "als ik weg ben" / "als ik er niet meer ben": missed by no one
    "missen|mist|merken ..4 als|wanneer|zodra ..2 ik ..2 weg|dood|verdwenen ..2 ben|was",
    # tomorrow had better not come; stopping in one's sleep
    "morgen ..3 maar? ..2 niet|nooit ..2 meer? ..2 komen|komt|aanbreken|aanbreekt",
    "hoop|wens|wou|liefst|zou_willen ..6 in ..2 mijn|mn|m'n ..2 slaap ..3 stop|stopt|ophoud|ophoudt|overlijd|sterf|doodga|wegglijd|wegglijden",
    # easier, calmer if I disappeared or were gone
    "beter|makkelijker|rustiger|fijner|lichter|simpeler ..6 als|wanneer|dat ..3 ik ..3 verdween|verdwijn|verdwenen|weg_was|weg_ben|weg_zou_zijn|dood_was|er_niet_was|er_niet_meer_was",
    # "makkelijker als ik er niet ben": the "niet" is the wish, not a denial (a
    # role-play, round 7: read as "ontkend" and the intake stayed routine)
    "beter|makkelijker|rustiger|fijner|lichter|simpeler ..6 als|wanneer|dat ..3 ik ..2 er ..2 niet|nooit ..2 meer? ..2 ben|was|zou_zijn|zouden_zijn|zijn $",
    "wou|wilde|zou_willen|wens|wenste|hoop ..3 dat ..2 ik ..2 er ..2 niet|nooit ..2 meer? ..2 was|ben|zou_zijn|geweest|zijn $",
    # taking up space someone else should have
    "ruimte|plek ..3 inneem|inneemt|innemen|in_neem|bezet|bezet_houd ..6 iemand|ander|anders|beter|verdient|verdien",
    "neem ..4 ruimte|plek ..2 in ..6 iemand|ander|anders|beter|verdient",
    # a burden, said with the English word
    "voel|ben ..4 burden|burdens",
    # ending "it": "ik kan het maar beter beëindigen"
    "het ..2 maar|beter|gewoon|liever|allemaal|nu ..2 beëindigen|beeindigen|beëindig|beeindig",
    "alles ..2 beëindigen|beeindigen",
    "wil ..2 het ..1 beëindigen|beeindigen $",
    # an attempt before, and the thoughts back
    "het ..6 geprobeerd|poging ..8 gedachte|gedachten|gedachtes|neiging|drang ..4 terug|weer|opnieuw",
    "eerdere|vorige ..2 poging ..8 gedachte|gedachten|gedachtes|neiging|drang ..4 terug|weer|opnieuw",
    # valuables and passwords handed on
    "!alles|spullen|bezittingen ..4 weggegeven|weggedaan|weggeven ..6 waarde|waardevol|dierbaar|belangrijk|lief",
    "!waarde|waardevol|dierbaar|dierbaars ..6 weggegeven|weggedaan|weggeven",
    "!wachtwoorden|pincodes|inloggegevens ..8 envelop|brief|briefje|opgeschreven ..6 voor ..2 "
    + _LOVED_NL,
    # soon rid of me, it will not matter soon
    "van ..2 me|mij ..2 af ..4 na|vanaf|straks|binnenkort|morgen|vandaag|vanavond|voorgoed|eindelijk",
    "na|vanaf|straks|binnenkort|morgen|vanavond ..4 van ..2 me|mij ..2 af",
    "straks|binnenkort ..2 toch ..3 niet|niks ..2 meer ..2 uit|toe",
    # urges at a window, an edge, a platform
    "uit ..2 het|t ..2 raam ..3 stappen|springen|spring|stap|sprong|vallen",  # not "mn laptop ... gooien" (r16)
    "neiging|drang|impuls ..8 raam|brug|dak|balkon|perron|spoor ..4 springen|stappen|vallen|af",
    _EDGE_NL + " ..9 vanwege|door|om ..2 de|die ..2 gedachten|gedachtes|neiging|drang",
    "brug|flat|dak|balkon|gebouw ..2 af ..2 wil|wilt|wou|wilde|willen",
    # "er niet meer zijn", said straight ("ik zal er na deze maand niet meer zijn")
    "ik ..1 zal|ben ..2 er ..5 niet meer zijn $",
    # looked up how high, how much: method research
    "!opgezocht|gegoogeld|googelde|uitgezocht|opzoeken ..8 hoogte|dosis|hoeveel ..6 niet? ..2 overleeft|overleef|overleven|doodgaat|sterft|dodelijk",
    # "dat het niet meer hoeft", "dat ik er morgen niet meer ben" (word order as said)
    "dat ..2 het ..3 niet ..2 meer ..1 hoeft|hoef $",
    "er ..2 morgen|straks|binnenkort|vanavond|vannacht ..2 niet ..2 meer ..1 is|ben|zijn|zal_zijn",
    # made one's peace with everything
    "vrede ..3 met ..2 alles|sterven|doodgaan|de_dood|mijn_dood|het_einde $",
    # how many pills would be too many; hoping something happens on the road; who gets
    # one's things after one's death (round 8)
    "!hoeveel ..6 te_veel|teveel|dodelijk|fataal & pillen|tabletten|paracetamol|slaappillen|medicijnen|antidepressiva|oxazepam|medicatie",
    "hoop|hopen|hopend|hoopte ..3 dat ..2 er ..2 iets ..2 gebeurt|gebeurd|misgaat & rijd|rijden|hard|snelweg|fiets|fietsen|oversteek|oversteken|weg|spoor",
    "wie ..2 krijgt|erft|krijgen ..6 als ..2 ik ..3 dood|overlijd|doodga|sterf|er_niet_meer_ben",
    "zouden|zou|krijgen|krijgt ..4 mijn ..2 verzekeringsgeld|levensverzekering",
    # a counsellor's note: "SI: ja", "SI+ met plan", "passieve SI" ("geen SI" is denied)
    "=si ..2 ja|yes|frequent|dagelijks|aanwezig|positief|pos|met_plan|plan|passief|passieve|actief|actieve|toegenomen|recent|gedachten",
    "passief|passieve|actief|actieve|passive|active ..1 =si",
    # arranged for after: "alles is geregeld als ik er niet ben", doubting to live on
    "geen ..2 zorgen ..6 als ..2 ik ..2 er ..3 niet",
    "alles ..3 geregeld & als_ik|er_niet|niet_meer|na_mij|afscheid",
    "twijfel|twijfelt|twijfelde ..4 doorleven|door_te_leven|verder_te_leven|blijven_leven|wil_leven",
    "ben|was|zou ..2 er ..2 liever ..2 niet ..1 meer|zijn",
    # a letter to one's parents already written (a role-play, round 8)
    "!brief|briefje|brieven ..3 aan ..3 ouders|moeder|vader|mama|papa|familie|iedereen ..3 geschreven|schreef|klaar|klaarliggen & al|afscheid|laatste|sorry|voor_als",
    "!denk|dacht|denken ..3 erover|eraan ..4 gebruiken & wapen|pistool|geweer|vuurwapen",
    "!denk|dacht|denken ..3 aan|erover|eraan ..4 wapen|pistool|geweer|vuurwapen ..5 gebruiken",
)

SUICIDAL_EN = (
    # not around any more, not here much longer
    "when|once|after ..3 not|no_longer ..2 here|around ..2 anymore|any_longer",
    "when|once|after ..3 i ..2 am ..2 gone $",
    # wanting not to exist ("I just want to not exist")
    "want|wanna|wish|like|prefer ..2 to ..2 not|never ..2 exist|be_alive|be_here|be_around|wake_up|be_born",
    # tomorrow had better not come
    "hope|wish|pray ..4 tomorrow ..3 never|not ..2 comes|come|arrives",
    "hope|wish ..6 in ..2 my ..2 sleep ..3 stop|die|pass|slip",
    # taking up space someone else should have
    "taking|take|waste|wasting ..2 up? ..2 space|room|oxygen ..6 someone|somebody|others|deserves|better|use",
    # done, not acted on it yet
    "not ..2 acted|act ..2 on ..2 it|them|those|these ..2 yet",
    # an attempt before, and the thoughts back
    "i ..2 attempted ..3 ago|before",
    "i ..2 attempted last|in|when|once|suicide",
    "attempted|tried ..2 it? ..3 ago|before|once|last_year ..8 thoughts|urges ..3 back|again|returning|return",
    "attempt ..6 thoughts|urges ..3 back|again|returning|return",
    # valuables handed on
    "!gave|given|giving ..2 away ..3 everything|all ..4 valuable|value|precious|special|matters|mean|means",
    "!valuable|precious ..4 gave|given|giving ..2 away",
    "!passwords|pin_codes|logins ..8 envelope|letter|written|wrote ..6 for ..2 my ..2 " + _LOVED_EN,
    # soon rid of me, it will not matter soon
    "not ..2 matter ..2 soon ..2 anyway?",
    "soon ..3 not ..2 matter ..2 anyway",
    # urges at a window, an edge, a platform
    _EDGE_EN + " ..9 because ..2 of ..2 the|those|my ..2 thoughts|urges|urge",
    # thinking of not existing any more
    "think|thinking|thought ..3 about ..2 just? ..2 not ..2 existing|being_here|being_alive|waking_up",
    "not ..1 existing|exist ..2 anymore|any_longer",
    # looked up how high, how much: method research
    "!looked_up|googled|searched|researched|look_up ..8 height|dose|how_high|how_many|how_much ..6 not? ..2 survive|survives|die|lethal|fatal|kill",
    # a decision one is at peace with; tonight as "the night", with thanks
    "decision ..6 at ..2 peace",
    "at ..2 peace ..3 with ..2 my|the ..2 decision",
    "!tonight ..2 is ..3 the ..2 night & thank|thanks|goodbye|bye|sorry|trying",
    "thank|thanks ..3 for ..2 trying ..6 decision|tonight|goodbye|ready|peace",
    # planning to be dead by a day; deserving to disappear
    "!plan|planning|planned ..2 to ..2 be ..2 dead|gone",
    "dead ..2 by ..2 friday|monday|tuesday|wednesday|thursday|saturday|sunday|tonight|tomorrow|next_week",
    "deserve|deserves ..2 to ..2 disappear|die|be_dead|vanish|not_exist",
    # a farewell: look after everyone for me
    "look ..2 after ..3 everyone|them|mum|mom|my_family|my_sister|my_brother|my_cat|my_dog ..3 for ..2 me",
    # made one's peace with everything
    "made ..2 my|his|her ..2 peace ..3 with ..2 everything|dying|death|it_all|the_end $",
    # how many pills would be too many; hoping something happens on the road; who gets
    # one's things after one's death (round 8)
    "!how ..1 many|much ..6 too_many|too_much|lethal|fatal|deadly|kill_you|kill_me & pills|tablets|paracetamol|sleeping_pills|meds|medication|antidepressants|painkillers|these",
    "hoping|hope|hoped ..3 something ..2 happens|happened|goes_wrong & drive|driving|drove|fast|speed|highway|road|cross|crossing|bike|cycling|tracks",
    "who ..2 gets|get|inherits|will_get ..6 if|when|after ..2 i ..3 die|am_dead|am_gone|pass_away",
    "would|could|will ..3 get ..3 my ..2 insurance|life_insurance|insurance_money",
    # a counsellor's note: "SI: yes", "SI+ with plan", "passive SI" ("denies SI" is denied)
    "=si ..2 yes|frequent|daily|present|positive|pos|with_plan|plan|passive|active|increased|recent|thoughts",
    # a decision taken, and calm; who is told if something happens
    "made ..2 my ..1 decision|mind & calm|peace|relief|relieved|at_peace|for_the_first_time",
    "if ..2 something ..2 happens|happened ..2 to ..1 me & who|contact|call|tell|my_mum|my_mom|my_parents|my_family",
    "!letter|letters|note|notes ..3 to ..3 my_parents|my_mum|my_mom|my_family|everyone ..3 written|wrote|ready & already|goodbye|sorry|last|in_case",
    "!think|thinking|thought ..3 about ..2 using ..2 it|one|them & gun|pistol|rifle|weapon|guns",
    "!think|thinking|thought ..3 about ..2 using ..3 gun|pistol|rifle|weapon|guns",
)

SELF_HARM_NL = (
    # what I do to myself, that no one may see
    "wat ..3 ik ..2 mezelf|mijzelf ..2 aandoe|aandeed|aangedaan|aan_doe|heb_aangedaan",
    # food withheld as a punishment, participle and word order as said
    "niks|niets|geen|niet ..3 gegeten|eten|eet|at ..9 niet ..2 verdien|verdiend|verdient|verdienen",
    "verdien|verdient ..3 het? ..3 om? ..2 te? ..2 lijden|pijn",
    # hot water or an iron on purpose
    "expres|opzettelijk|met_opzet|bewust ..8 heet|kokend|gloeiend|kokende|hete ..2 water|strijkijzer|pan|thee",
    "heet|kokend|kokende|hete ..2 water ..6 over ..3 mijn|mn|m'n ..3 hand|handen|arm|armen|been|benen|huid ..6 expres|opzettelijk|met_opzet|straf",
    # the lie told about the marks
    _WOUND_NL + " ..3 zijn|waren|komen|kwamen ..2 van|door ..2 mezelf|mijzelf",
    _EXCUSE_NL
    + " ..6 maar ..4 "
    + _WOUND_NL
    + " ..3 zijn|waren|komen ..2 van|door ..2 mij|mezelf|mijzelf",
    _WOUND_NL
    + " ..6 op ..2 mijn|mn|m'n ..2 armen|arm|polsen|pols|benen|bovenbenen|dijen|buik ..9 zei|zeg|gezegd|loog ..4 "
    + _EXCUSE_NL,
    # sitting with a razor blade: the act, said as people say it
    "met ..2 een? ..2 scheermesje|mesje|scheermes ..3 gezeten|zitten|zat|zit",
    # pressing on bruises
    "druk|drukken|drukte ..3 op ..2 mijn? ..2 blauwe_plekken|wonden|wondjes|plekken ..6 pijn|zeer",
)

SELF_HARM_EN = (
    "what ..2 i ..2 do|did|have_done ..2 to ..2 myself $",
    # food withheld as a punishment
    "not|nothing ..3 eaten|eat|ate|food ..9 not ..2 deserve|deserving",
    "do not ..2 deserve ..2 food|to_eat|meals|a_meal",
    "deserve ..2 to ..2 suffer|be_in_pain|hurt",
    # boiling water or an iron on purpose
    "on_purpose|deliberately|intentionally ..8 hot|boiling ..2 water|iron|pan",
    "hot|boiling ..2 water ..6 on|over ..3 my ..2 hand|hands|arm|arms|leg|legs|skin ..4 on_purpose|deliberately|intentionally",
    # the wound that went deeper than meant
    "deeper ..2 than ..3 meant|intended|planned|usual|normal ..9 stitches|bleeding|blood|plaster|bandage|wound",
    # pressing on bruises
    "press|pressing|pressed|push|pushing ..3 on|into ..2 my? ..2 bruises|wounds|cuts|burns ..6 hurt|pain",
    # the lie told about the scars
    _WOUND_EN
    + " ..3 were|are|was|came ..3 from ..2 the|my|a ..2 "
    + _EXCUSE_EN
    + " & told|tell|said|say|lied|lie|pretend|pretended",
)

UNSAFE_NL = (
    # rent paid "another way"
    "huur ..6 andere ..2 manier|wijze ..3 betalen|voldoen|afbetalen",
    "huur ..3 in ..2 natura",
    # a marriage forced on the student
    "dwingen|dwingt|dwongen|gedwongen ..2 me|mij ..4 trouwen|huwen|huwelijk",
    # a marriage to a cousin wanted by others; taken abroad and not let back (a role-play)
    "willen|wil|wilden ..2 dat ..2 ik ..4 trouw|trouwen ..4 met ..2 een? ..2 neef|nicht|achterneef|oom",
    "moet|moest ..4 trouwen|trouw ..4 met ..2 een? ..2 neef|nicht|achterneef|oom|man|vrouw|iemand",
    "mee ..4 naar ..6 en ..3 niet ..2 meer? ..2 terug|terugkom|terugkomen|terugmag|terug_mag",
    "achtergelaten|achterlaten|achterlating|huwelijksdwang",
    # a passport or papers taken
    "paspoort|id|identiteitsbewijs|papieren|verblijfsvergunning ..4 ingenomen|afgepakt|afgenomen|inhoudt|ingehouden|houdt_in|houden_in",
    "houdt|houden|hield ..3 mijn|mn ..2 paspoort|identiteitsbewijs|papieren ..2 in",
    # honour and punishment
    "eer ..3 geschonden|aangetast|bezoedeld|geschaad|gekrenkt|beschadigd",
    "eerwraak|eergerelateerd*",
    "gedreigd|dreigt|dreigde|dreigen|bedreigd ..8 boeten|boet|spijt|afrekenen|pakken|vermoorden",
    # sexual violence told without its name: going on after a no, waking up without
    # clothes, something in a drink, letting it happen out of fear, photos as a threat
    "door|doorgaan|doorging|ging_door|stopte_niet|hield_niet_op ..6 terwijl|toen|hoewel|ook_al ..3 ik ..3 nee|stop|niet_wilde",
    "wakker ..8 zonder ..2 mijn? ..2 kleren|kleding|broek|onderbroek",
    "iets ..3 in ..2 mijn|m'n|mn ..2 drankje|drinken|glas ..4 gedaan|gestopt|gegooid",
    "laten ..2 gebeuren ..6 bang|durfde|kon_niet|bevroor",
    "naaktfoto*|naaktbeelden|naaktfilmpjes|intieme_foto's|intieme_beelden ..8 versturen|verspreiden|delen|online|sturen|opsturen|publiceren|laten_zien",
    "betast|bepoteld",
    "dwong|dwingt|gedwongen ..3 me|mij ..4 tot|om ..2 seks|seksuele|naar_bed",
    # screaming and blows through the wall; afraid to be alone with him
    "gillen|gegil|geschreeuw|schreeuwen ..6 klappen|dreunen|gebonk|slaan",
    "bang ..6 alleen ..2 met ..2 hem|haar ..3 te? ..2 zijn|blijven",
    # locked in with someone
    "deur ..3 achter ..2 me|mij|ons ..3 op ..2 slot|dicht",
    # threatened if they found out
    "zouden|zou|gaan ..3 me|mij ..3 iets_aandoen|slaan|vermoorden|pijn_doen|aandoen ..6 als|wanneer|zodra ..4 erachter|weten|ontdekken|achter",
    "eergerelateerd*|eer_gerelateerd",
    # "ik weet waar je woont" from a stranger or an ex (round 8)
    "weet|weten ..2 waar ..2 je|jij ..2 woont|slaapt|werkt|studeert",
)

UNSAFE_EN = (
    # said by someone ("he says I can pay the rent in other ways"); not the student's own
    # "can I pay my rent in another way than by transfer?" (round 18)
    "pay ..3 rent ..4 another|other|different ..2 way|ways & he|him|landlord|says|said|suggests|suggested|hints|hinted|offers|offered",
    "rent ..4 in ..2 kind",
    "forced|forcing|force|forces|pressuring|pressured ..2 me ..3 to? ..2 marry|marriage|wedding",
    # (not "my visa and my parents took a loan": a role-play, round 18)
    "passport|id|documents|papers|visa ..2 taken|took|confiscated|kept|keeps|holding|withheld",
    "want|wants|wanted ..2 me ..2 to ..2 marry ..3 my? ..2 cousin|uncle",
    "have|has|had ..2 to ..2 marry ..4 my? ..2 cousin|uncle|a_man|a_woman|someone",
    "take|taking|send|sending ..2 me ..3 to ..6 and ..4 not|never ..3 let ..2 me ..2 come ..2 back",
    "not ..3 allowed ..2 to ..2 come|return ..2 back ..3 here|home|to_the_netherlands|to_holland|to_school|to_uni",
    "leave|leaving|left ..2 me ..3 behind ..2 in|with|there",
    "keeps|took|taken|holding|confiscated ..3 my ..2 passport|documents|papers|id",
    "honor|honour ..2 killing|based|violence",
    "family|families ..4 honor|honour ..6 threat|threatened|punish|kill|hurt",
    "would|will ..3 hurt|kill|beat|hit|harm ..2 me ..4 if|when|once ..4 found|find|knew|know",
    "he|she|they ..4 locked ..3 door ..3 behind ..2 me|us",
    # sexual violence told without its name (see UNSAFE_NL)
    "kept|keep|carried ..2 going|on ..6 when|while|after|even ..3 i ..3 said|saying ..2 no|stop",
    "not ..2 stop ..4 when|after ..3 i ..2 said|told ..3 no|stop",
    "woke|wake|waking ..2 up ..8 without ..2 my? ..2 clothes|underwear|pants",
    "woke|wake|waking ..2 up ..8 stranger|strangers|his_place|his_bed|his_room ..9 not ..3 know|remember",
    "something|stuff ..2 in ..2 my ..2 drink",
    "drink ..3 was|got ..2 spiked",
    "tights|clothes|underwear|dress|shirt ..3 ripped|torn|gone|missing",
    "let ..2 it ..2 happen ..6 scared|afraid|froze|could_not",
    "private|nude|naked|intimate ..2 photos|pictures|pics|videos ..8 send|share|post|leak|spread|show",
    "groped|gropes ..2 me|her|him",
    "cornered ..2 me ..6 grabbed|touched|kissed|groped",
    "forced ..2 himself|herself|themselves ..2 on ..2 me|her",
    "forced|pressured ..2 me ..3 into|to ..2 sex|have_sex|sleep_with|sexual|touch_him|touch_her",
    # someone keeps coming into the room at night; screaming and blows next door
    "coming|comes|came ..3 into|in ..2 my ..2 room|bed ..3 at ..2 night",
    "screaming|yelling|shouting ..6 bangs|thuds|hitting|slapping|crashing",
    "afraid|scared ..6 alone ..2 with ..2 him|her",
    "threw|throws|thrown ..4 at ..3 me|wall_next_to_me",
    "know|knows ..2 where ..2 you ..2 live|sleep|work|study",
    "threw|throws|thrown|throwing ..4 at ..3 my_mum|my_mom|my_mother|my_sister|my_brother|us|her",
    "honour|honor ..1 related|based & threat|threats|threatened|violence|family|cousins",
)

# Manners of speaking met in the same sets: shooting oneself in the foot (with a plan);
# a device that "died" or "committed suicide" (round 8). No car or bike among them: "de
# auto pakken en mezelf doodrijden" is a plan, not a manner of speaking.
_DEVICES_NL = "laptop|telefoon|mobiel|computer|pc|printer|batterij|accu|wifi|router|server|oplader|macbook|iphone"
_DEVICES_EN = (
    "laptop|phone|computer|pc|printer|battery|wifi|router|server|charger|macbook|iphone|headphones"
)
FIGURES_NL = (
    "schiet|schieten|schoot ..2 mezelf|mijzelf|me|jezelf ..4 in ..2 de|mijn|mn|m'n|eigen|je ..2 voet|voeten",
    f"{_DEVICES_NL} ..2 zelfmoord|=overleden|=dood|=gestorven|=stierf|=pleegde",
    # a pet that died of old age, at peace (a pet mourned is grief: "kapot van", "the
    # house feels so empty" stay found), a death in a game, a slow death of a
    # group project, an overdose of coffee: outsiders' sets, round 8
    "kat|katje|poes|hond|hondje|hamster|konijn|cavia|parkiet|vogel|visje|huisdier|paard ..4 doodgegaan|overleden|ingeslapen|inslapen|=dood|gestorven|=stierf & ouderdom|was_al|was_tijd|mooi_afscheid|vredig|sneu|gaat_wel|gaat_prima|goed_leven|lang_leven|oud_geworden",
    "=doodgegaan|=dood ..3 in ..2 dat|die|het|dit|de ..1 level|spel|game",
    "keer ..1 =doodgegaan|=dood",
    "langzame|trage ..1 dood",
    "overdosis ..2 koffie|cafeïne|cafeine|suiker|netflix|energiedrank|red_bull",
    # jumping for joy; not knowing what one wants in life (a study choice, not a wish to
    # die): the second net read both as a risk (an outsiders' set, round 9)
    "sprong|springt|springen|sprongen|spring ..3 gat ..2 in ..2 de ..1 lucht",
    "weet|wist ..3 niet|nog_niet|ni ..3 wat ..3 ik ..3 wil|moet|zou ..3 met|in ..3 mijn|mn|het|dit ..1 leven",
)
FIGURES_EN = (
    "shoot|shooting|shot ..2 myself|yourself ..3 in ..2 the|my ..2 foot",
    f"{_DEVICES_EN} ..2 =committed|suicide|=died|=dies|=dying|=dead",
    "cat|kitten|dog|puppy|hamster|rabbit|bunny|guinea_pig|bird|goldfish|pet|horse ..4 died|dead|put_down|passed|passed_away|euthanized|euthanised|put_to_sleep & old_age|good_life|long_life|peaceful|peacefully|her_time|his_time|its_time|but_okay|but_ok|but_fine|pretty_old",
    "put|putting ..3 cat|dog|pet|hamster|rabbit|horse ..2 down|to_sleep & old_age|good_life|long_life|peaceful|peacefully|her_time|his_time|its_time|but_okay|but_ok|but_fine|pretty_old",
    "=died|=dead ..3 in ..2 that|this|the ..1 level|game|boss_fight",
    # not "died a short time ago", nor "wished I had died so many times" (round 42)
    "=died ..1 like|about|around|literally|already|over|at_least ..1 10|20|ten|twenty|five|six|seven|eight|nine|fifty|hundred|three|four|a_hundred|a_million ..1 =times",
    # a jump in a game, died and tried again ("jumped off the tower and died like 15
    # times trying to get that achievement": round 43, set123)
    "jump|jumped|jumping ..3 off|from ..3 tower|roof|bridge|cliff|building|ledge ..3 died|die|dying ..2 =times",
    "=died ..2 =times & game|level|boss|round|match|ranked|raid|lol|haha|lmao|elden|souls|fortnite|valorant|minecraft|league|achievement|trophy|speedrun|respawn|checkpoint",
    "slow ..1 death",
    "overdosing|overdosed|overdose|od ..2 on ..2 coffee|caffeine|sugar|netflix|chocolate|memes|energy_drinks|red_bull|tea|candy",
    "jump|jumped|jumping ..2 for ..1 joy",
    # "the life my friends here live": a way of living, not one's own life ending
    "the ..1 life ..4 live|lead|leads|living",
    "don't|dont|do_not|didn't|not ..2 know ..3 what ..3 i ..3 want ..3 to? ..2 do? ..2 with|in ..3 my ..1 life",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}
