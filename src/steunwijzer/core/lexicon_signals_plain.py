# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk to life said plainly, in words no family had, from round 62's blind sets measured
unseen: a blade or a hot iron put to one's own skin ("ga ik met een schaar over mijn
bovenbeen", "pressed the hair straightener on my arm"), not caring whether one is still
here tomorrow, someone found unconscious, and bruises a friend keeps turning up with.

Each family names the tool and the skin, or the person and the state, so that "de schaar
over het papier" or "the iron on my shirt" stays harmless. Read through
lexicon_floor.FLOOR and lexicon_sources.FIGURES.
"""

from __future__ import annotations

_SKIN_NL = "arm|armen|onderarm|onderarmen|been|benen|bovenbeen|bovenbenen|dij|dijen|pols|polsen|buik|huid|heup|heupen|enkel|enkels"
_SKIN_EN = "arm|arms|forearm|forearms|thigh|thighs|leg|legs|wrist|wrists|stomach|skin|hip|hips|ankle|ankles"
_BLADE_NL = "schaar|mes|mesje|mesjes|scheermes|scheermesje|scheermesjes|glas|glasscherf|naald|passer|puntenslijper"
_BLADE_EN = "razor|razors|blade|blades|scissors|knife|glass|compass|needle|sharpener"
_HOT_NL = "stijltang|krultang|strijkijzer|aansteker|sigaret|peuk|hete_lepel|strijkbout"
_HOT_EN = "straightener|straighteners|hair_straightener|hair_straighteners|curling_iron|iron|lighter|cigarette|hot_spoon|hot_knife"
# someone close who lies unconscious, said by who found them (round 62, set310: "Gisteravond
# lag hij bewusteloos op de bank en hij lacht het weg")
_WHO_NL = "hij|zij|ze|broer|broertje|zus|zusje|vriend|vriendin|huisgenoot|huisgenote|kamergenoot|vader|moeder|partner|vriendje"

SELF_HARM_NL: tuple[str, ...] = (
    # the head hit against a wall, told in the past (set382, round 68): 'heb na die reanimatie mn
    # hoofd een paar keer keihard tegen de muur ... geslagen' (the idiom 'ik kan mijn hoofd
    # wel tegen de muur slaan' is no past act)
    "heb|had|heeft ..4 mijn|mn|m'n ..1 hoofd ..6 tegen ..4 muur|deur|kast|tegels|spiegel ..4 geslagen|gebonkt|gebeukt|geramd",
    "sloeg|bonkte|beukte|ramde ..1 mijn|mn|m'n ..1 hoofd ..6 tegen ..4 muur|deur|kast|tegels|spiegel ..4 tot|bult|bloed|bloedde|pijn",
    # "heb na de nachtdienst weer met een aansteker m'n onderarm bewerkt" (set378, r67)
    f"{_HOT_NL}|{_BLADE_NL} ..3 mijn|m'n|mn ..1 {_SKIN_NL} ..2 bewerkt|bewerken|bewerk|toegetakeld|opengehaald",
    # the marks a lighter leaves (round 66, set365: "the lighter marks are easier to deal
    # with than the feeling"), not the lighter alone
    "aansteker ..3 plekken|plekjes|brandwonden|brandwondjes|littekens|wondjes",
    # cutting said bare, the clause ending on it: "vroeger sneed ik, was er echt vanaf"
    # (set313; a past, until it is done again); not "ik sneed de uien"
    "sneed|kraste|snij|kras ..0 ik $",
    "ik ..0 sneed|kraste $",
    f"met ..1 een|mijn|m'n|mn|de|het ..1 {_BLADE_NL} ..2 over|in|langs ..2 mijn|m'n|mn ..1 {_SKIN_NL}",
    f"drukte|druk|drukken|hield|houd|hou ..3 {_HOT_NL} ..3 op|tegen ..1 mijn|m'n|mn ..1 {_SKIN_NL}",
    # the verb last: "heb ik de stijltang tegen mijn pols gedrukt"
    f"{_HOT_NL} ..3 op|tegen ..1 mijn|m'n|mn ..1 {_SKIN_NL} ..2 gedrukt|gehouden|gelegd|drukken|houden|gezet",
    # no verb at all: "zit ik thuis met een aansteker tegen mijn onderarm" (set340, r64)
    f"met ..1 een|mijn|m'n|mn|de|het ..1 {_HOT_NL} ..2 op|tegen ..1 mijn|m'n|mn ..1 {_SKIN_NL}",
    # scalding water on purpose, until it blisters (set338, round 64)
    f"hou|houd|hield|hielden|houden ..1 mijn|m'n|mn ..1 {_SKIN_NL}|hand|handen ..3 heet_water|kokend_water|hete_kraan|kraan|fornuis|vlam|kaars ..1 tot|totdat ..3 blaren|blaar|verbrandt|verbrand|brandt|pijn",
)
SELF_HARM_EN: tuple[str, ...] = (
    # squeezing one's own wrist until it bruises (set397, round 69: 'i squeeze my own wrist till it
    # bruises so i dont scream at her')
    "squeeze|squeezed|squeezing|pinch|pinched|pinching|dig|digging|dug ..3 my ..1 own? ..1 wrist|wrists|arm|arms|skin|thigh|thighs ..3 till|until|til ..2 it|they ..1 bruise|bruises|bruised|bleed|bleeds|bled",
    # walls punched again, the knuckles hurt (set391, round 69): 'lol not me punching walls again bc
    # ... knuckles r a mess'
    "punching|punched|punch ..2 walls|wall|the_wall|doors ..9 knuckles|knuckle|hand|hands ..2 mess|bleeding|bled|swollen|busted|split|raw|broken",
    "lighter ..0 marks|burn_marks|scars",
    "marks|burns|burn_marks|scars ..2 from|of ..1 a|my|the ..0 lighter",
    # "I take a razor to my thigh", "ran the scissors across my arm"
    f"{_BLADE_EN} ..2 to|over|across|into|along ..1 my ..1 {_SKIN_EN}",
    # "last night I pressed the hair straightener on my arm" (set310)
    f"pressed|press|pressing|held|hold|holding|put ..3 {_HOT_EN} ..3 on|against|to|into ..1 my ..1 {_SKIN_EN}",
    # a heat pad made too hot on purpose, blisters after (set324, round 63)
    "heat_pad|heating_pad|heatpad|hot_water_bottle ..9 on ..1 purpose",
    # "After I binge I hold my arm under the hot tap until it blisters" (set338, r64)
    f"hold|held|holding|put|keep|kept ..1 my ..1 {_SKIN_EN}|hand|hands ..3 hot_tap|tap|boiling_water|hot_water|stove|flame|kettle|hob|candle ..1 until|till ..2 blister|blisters|blistered|burns|burned|burnt|hurts|bleeds",
    f"with ..1 a|my|the ..1 {_HOT_EN} ..2 on|against|to ..1 my ..1 {_SKIN_EN}",
)
SUICIDAL_NL: tuple[str, ...] = (
    # not dead, but wanting to be (an outsider's set on this round's exceptions: 'Niet dood ofzo,
    # maar ik wil het wel zijn. Elke dag meer.')
    "niet ..1 dood ..3 maar ..1 ik ..1 wil ..1 het ..1 wel ..1 zijn $",
    # the pet given away 'voor het geval dat' (round 69, from the English role-play)
    "mijn ..1 kat|hond|konijn|huisdier|spullen ..6 weggegeven|gegeven|afgestaan ..6 voor_het_geval_dat|voor_de_zekerheid|je_weet_maar_nooit",
    # an outsider's edge set on round 69's rules: the pills counted ('al mijn pijnstillers geteld,
    # 43 stuks'), the pills there after a plan denied ('maar de pillen liggen wel in mijn la')
    "al ..1 mijn|mn|m'n ..2 pillen|pijnstillers|tabletten|medicijnen|slaappillen|oxy|paracetamol ..2 geteld|uitgeteld|nageteld",
    "!maar ..3 pillen|tabletten|slaappillen|pijnstillers ..1 liggen|heb ..1 wel",
    # the wrists cut just now (a hostile round, round 69: 'ik heb net mijn polsen doorgesneden' was
    # urgency soon)
    "!net|zojuist|daarnet|zonet|zo_net ..4 pols|polsen ..2 doorgesneden|opengesneden|gesneden|opengehaald",
    # the pills at hand after a plan denied, and the wish after a fear denied (a hostile round, round
    # 69: 'ik ben niet van plan ..., maar ik heb wel de pillen'; 'ik ben niet bang om dood te gaan,
    # ik wil het'); thoughts one is told not to have, had all the same
    "!maar ..2 ik ..1 heb ..1 wel ..1 de|mijn|al ..1 pillen|tabletten|slaappillen|pijnstillers|medicijnen $",
    "niet ..1 bang ..2 om ..1 dood ..1 te ..1 gaan ..2 ik ..1 wil ..1 het|dat|dood $",
    "geen ..1 zelfmoordgedachten|doodsgedachten|suïcidale_gedachten ..6 maar ..1 ik ..1 heb ..1 ze|die ..1 wel $",
    # the wish said of someone else, then of oneself (a hostile round, round 69: 'mijn zus wil dood
    # en ik ook')
    "en ..1 ik ..1 ook|eigenlijk_ook|net_zo|trouwens_ook $ & dood|sterven|leven|zelfmoord*",
    # the pills already there, after a plan denied (a hostile round, round 69: 'ik heb geen plan,
    # maar wel de pillen al liggen')
    "!pillen|tabletten|slaappillen|pijnstillers|medicijnen ..3 al ..1 liggen|klaarliggen|klaargelegd|klaar $",
    # standing on a roof, a bridge or the railway and wanting to jump, said now (a hostile round,
    # round 69: 'ik sta op het dak en wil springen' was urgency soon)
    "!sta|zit|staan|zitten ..2 op ..2 dak|brug|spoor|rails|balkon|rand|richel|flat|viaduct & springen|spring|eraf|naar_beneden",
    "!ik ..1 sta|zit|lig ..1 op|tussen ..1 het|de ..1 spoor|rails",
    # the railway one catches oneself staring at (round 69, from the English role-play): 'ik betrap
    # mezelf erop dat ik naar het spoor sta te kijken'
    "betrap|betrapte ..1 mezelf|mijzelf ..4 naar ..2 het|de ..1 spoor|rails|brug|trein|treinen|spoorlijn ..3 kijk|kijken|staar|staren|sta_te_kijken",
    # all one's pills laid out in a row and counted (set395, round 69): 'Ik heb gisteravond al mijn
    # pijnstillers op een rij gelegd ... wilde alleen even zien hoeveel het er waren'
    "al ..1 mijn|mn|m'n ..2 pillen|pijnstillers|tabletten|medicijnen|slaappillen|oxy|paracetamol ..3 op ..1 een ..1 rij|rijtje ..1 gelegd|gezet|neergelegd|uitgestald",
    "wilde|wou|wilde_alleen ..3 zien|weten|tellen ..1 hoeveel ..3 het|ze ..1 er ..1 waren|zijn & pillen|pijnstillers|tabletten|medicijnen|slaappillen",
    # a prayer to be taken in one's sleep (set394): 'Soms bid ik dat God me 's nachts gewoon meeneemt'
    "bid|bidden|bad ..3 dat|of ..1 god|allah|hij|de_heer ..1 me|mij ..4 meeneemt|komt_halen|weghaalt|tot_zich_neemt|laat_sterven",
    # a place and a time chosen (set383, round 68): 'heb alles al uitgezocht. welke brug, hoe laat
    # het daar rustig is'; where one is, told at a bridge (set386)
    "!welke ..1 brug|flat|spoor|plek|dak ..9 hoe ..1 laat ..6 rustig",
    "zeggen|laten_weten|vertellen|melden ..1 waar ..1 ik ..1 ben|zit|sta & brug|spoor|dak|rivier|water|rand|balkon|kade|perron",
    "zit|zat|sta|stond ..1 al ..4 op ..2 de|het ..1 brug|dak|spoor|viaduct|rails",
    "!uitgerekend|opgezocht|gegoogeld|uitgezocht ..3 hoeveel ..5 pillen|tabletten|oxy|paracetamol|gif|landbouwgif|bestrijdingsmiddel|insuline ..4 nodig",
    # not having survived wished for: "denk ik vaak dat het beter was geweest als ik die
    # boot niet had overleefd" (set375, round 67: a refugee student, nothing found)
    "beter|liever ..6 als|dat|wanneer ..1 ik ..5 niet ..2 had|hadden|zou_hebben ..1 overleefd",
    "had ..1 ik ..3 maar ..3 niet ..1 overleefd",
    "ik ..1 had ..4 niet ..1 moeten ..1 overleven",
    "komende|volgende|resterende ..2 jaar|jaren|decennia ..9 wil ..1 ik ..1 ze|die|dat|het ..1 niet ..1 meer? $",
    # "het maakt me niks meer uit of ik er morgen nog ben"; told of someone else, "ze zei
    # dat het haar niks meer uitmaakt of ze er morgen nog is" (set310) is a concern for her
    "niks|niets|niet ..1 meer? ..1 uitmaakt|uitmaken|uitmaakte|uit ..1 of ..1 ik|ze|hij|zij ..1 er ..1 morgen|volgende_week|nog ..2 ben|is|zijn|zou_zijn",
    # "als ik morgen gewoon niet wakker word, fine by me" (set334, round 63)
    "niet ..1 wakker ..1 word|wordt|zou_worden|worden ..4 fine|prima|best|oke|oké|ok|boeit|niet_erg|maakt_niet_uit|mij_best",
    # a last message with a doubt in it: "Dit is waarschijnlijk mijn laatste bericht hier.
    # Ik heb alles geregeld." (set351, round 64); not "dit is mijn laatste bericht hier,
    # ik stap over naar Discord"
    "dit ..1 is ..1 waarschijnlijk|misschien|denk_ik|echt|definitief ..1 mijn ..1 laatste|allerlaatste ..1 bericht|berichtje|post|mail",
    # a place chosen: "ik heb al een plek uitgezocht bij het spoor" (set359, round 65)
    "!plek|plekje|plaats|stek ..2 uitgezocht|gekozen|bekeken ..4 spoor|rails|brug|dak|flat|trein|gracht|viaduct",
    "!uitgezocht|gekozen ..3 plek|plekje|plaats ..4 spoor|rails|brug|dak|flat|trein|gracht|viaduct",
)
SUICIDAL_EN: tuple[str, ...] = (
    # how looked up and a date set (the same outsider's set: 'Now I've looked up how and I have a
    # date')
    "!looked_up|googled|searched|researched|look_up ..1 how ..4 i ..1 have|picked|set|chose ..1 a ..1 date|day",
    # the pills there after a plan denied (an outsider's edge set, round 69: 'i don't have a plan or
    # anything but i do have the pills')
    "!but ..2 i ..1 do ..1 have ..1 the|my|some|enough ..1 pills|tablets|meds|painkillers $",
    # on a roof now and wanting to jump; the wrists cut just now (a hostile round, round 69: 'I'm on
    # the roof and want to jump' was urgency soon)
    "!i'm|im|i_am ..1 on|at ..1 the|a ..1 roof|rooftop|bridge|ledge|balcony & jump|jumping|end_it",
    "!just ..3 cut|slit|slashed|sliced ..2 my ..1 wrists|wrist",
    # the wish said of someone else, then of oneself (a hostile round, round 69)
    "and ..1 so ..1 do ..1 i $ & die|dead|dying|suicide|suicidal|kill",
    "and ..1 me ..1 too $ & die|dead|dying|suicide|suicidal|kill",
    # on the railway or a roof now, with a jump (a hostile round, round 69: 'I'm standing on the
    # train tracks')
    "!i'm|im|i_am ..1 standing|sitting|lying|laying ..1 on|between ..1 the ..1 train_tracks|tracks|rails|railway|railway_line",
    "!standing|sitting|stood ..3 roof|bridge|ledge|balcony|rooftop & jump|jumping",
    # a railway or bridge one catches oneself staring at (a role-play, round 69: 'There is a train
    # line behind our building and I catch myself looking at it')
    "train_line|train_tracks|tracks|railway|railway_line|rails|platform_edge ..9 catch|caught|find|found ..1 myself ..2 looking|staring|gazing|standing",
    "catch|caught|find|found ..1 myself ..2 looking|staring|gazing ..2 at ..2 the ..1 train_line|train_tracks|tracks|railway|railway_line|rails",
    # means counted out (set382, set388, round 68): 'worked out how many of the oxy tabs i'd
    # need', 'looking up how much of the crop spray you need'
    "!worked|figured|calculated|googled|researched|looked_up|looking_up|look_up|searched|searching|work_out|figure_out ..3 how ..1 many|much ..5 pills|tabs|tablets|oxy|oxys|paracetamol|spray|pesticide|poison|weedkiller|insulin|antifreeze ..4 need|needed|it_takes|would_take|takes",
    # a jump not made, said as if of course (set384): 'didnt jump obviously. but i really wanted
    # to' (not 'I didn't jump at the offer'); where
    # one is, told to someone at a bridge (set386)
    "didnt|didn't|did_not ..1 jump ..0 obviously|ofc|of_course|thankfully|luckily|this_time|tho|though",
    "tell|telling|told|let ..3 someone|somebody|anyone|you ..3 where ..1 i ..1 am|i'm & bridge|tracks|railway|roof|river|water|edge|ledge|balcony|platform",
    # not waking up, asked 'for me' (set381): 'if a student just doesnt wake up one day ... asking for me'
    "doesn't|doesnt|does_not|didn't|didnt|don't|dont ..1 wake ..1 up ..9 asking ..1 for ..1 me|myself",
    # "wish I hadn't survived the crossing", "should not have survived" (set375, round 67)
    "wish|wished ..1 i ..1 had_not|hadn't|hadnt|did_not|didn't|didnt ..1 survived|survive|made_it",
    "i ..1 should ..1 not|n't|never ..1 have ..1 survived",
    "shouldn't|shouldnt|should_not ..1 have ..1 survived",
    # the years ahead refused: "if this is what the next 50 years look like, pain every
    # single day, I don't want them" (set370, round 66)
    "next|coming|remaining ..2 years|decades ..9 do_not|don't ..1 want ..1 them|that|it|any_of_it $",
    "don't|doesn't|dont|doesnt|wouldn't|won't ..1 care|matter ..3 if|whether ..1 i|she|he ..1 wake|wakes|am|is|i'm|she's|he's ..1 up|here|around|alive ..1 tomorrow|anymore",
    # an assisted-suicide clinic looked up; a list of who gets one's things (sets 324
    # and 326, round 63); told of a roommate or a brother, a concern for them
    "looked|looking|look|searched|googled|reading|read ..3 up? ..3 dignitas|pegasos|exit_international",
    "which ..2 of ..1 his|her|my ..1 things|stuff|belongings ..4 go|goes|should_go ..2 to ..1 who|whom",
    "this ..1 is ..1 probably|maybe|likely|really ..1 my ..1 last|final ..1 message|post|text|email",
    # a burden soon lifted, said to a group: "don't worry you won't have to deal with me
    # much longer" (set349, round 64); told of a project mate, a concern for him
    "won't|wont|will_not|not ..2 have ..1 to ..1 deal_with|put_up_with|worry_about|see ..1 me ..2 much|any|for_much ..1 longer",
    # a trip one hopes not to come back from (set350: "sometimes on the balloons i kinda
    # hope i just dont come back")
    "hope|wish|hoping|wishing ..3 i ..2 don't|dont|do_not|won't|wont|never ..1 come_back|wake_up $",
    # the burden said to someone, "off" left out: "mama you are better without me"
    # (set342, round 64: a mother's message about her son, who stopped answering)
    "you|you're|youre|u|y'all|all ..2 are? ..1 better|happier ..1 without ..1 me $",
    # a place chosen (set359, round 65, in Dutch): "I've already picked a spot by the tracks"
    "!picked|chose|chosen|scouted|picking ..3 spot|place|bridge|building|roof ..4 tracks|railway|bridge|roof|jump|jumping",
)
CONCERN_NL: tuple[str, ...] = (
    # a colleague's 'way out' if her contract ends (set383, round 68)
    "dat ..1 ze|hij|zij ..2 een ..1 uitweg ..1 heeft|had ..3 als",
    f"lag|ligt|lagen|vond|vonden|trof|aangetroffen ..3 {_WHO_NL} ..3 bewusteloos|buiten_westen|onaanspreekbaar|niet_wakker_te_krijgen",
    # bruises someone keeps coming in with
    "komt|kwam|verschijnt ..4 met ..2 blauwe_plekken|een_blauw_oog|blauw_oog|striemen|een_kapotte_lip",
    "heeft|had|zag|gezien|gezien_dat ..3 snijwonden|sneden|sneetjes|krassen|wondjes|brandwonden|brandplekken ..4 op ..1 haar|zijn|d'r|z'n ..1 arm|armen|onderarm|onderarmen|pols|polsen|benen|dijen|bovenbenen",
)
CONCERN_EN: tuple[str, ...] = (
    # a pet given away with a goodbye in it (set395, round 69): 'yesterday she gave me her cat and
    # said i won't have to worry about her anymore'
    "gave|given|giving|gives ..1 me|away ..1 her|his|their ..1 cat|dog|rabbit|hamster|guinea_pig|pet|plants|stuff|things ..9 won't|wont|will_not|not ..3 have ..1 to ..1 worry|deal ..1 about|with ..1 her|him|them ..1 anymore|any_more|much_longer",
    # a brother saying the family would be better off (set391, round 69): 'my little brother is 16
    # and ... he keeps saying stuff like you'd all be better off'
    "brother|sister|son|daughter|cousin|friend|roommate|he|she ..6 saying|says|said|keeps_saying ..4 you'd|youd|you_would|you_all|y'all|everyone|everybody ..3 be|are ..1 better_off",
    # a friend's message that reads as a goodbye, then silence (set387, round 68): 'u guys were the
    # best part' and now isn't answering anyone
    "were|was ..1 the ..1 best ..1 part|thing|people ..9 isnt|isn't|not|stopped|hasn't|hasnt ..1 answering|replying|responding|answered|replied|responded",
    # "keeps turning up with bruises on her wrists" (set311)
    "turning_up|turns_up|turned_up|showing_up|shows_up|showed_up|comes_in|came_in|coming_in ..2 with ..2 bruises|a_black_eye|black_eye|a_split_lip",
    "turning_up|turns_up|turned_up|showing_up|shows_up|showed_up|comes_in|came_in|coming_in ..2 with ..2 marks ..2 on ..1 her|his|their ..1 neck|wrists|arms|face",
    # "has cuts all over her forearms, says its from her cat" (set341, round 64)
    "has|had|have|got|saw|seen|noticed|spotted ..2 fresh? ..1 cuts|burns|scratches|wounds|cut_marks|burn_marks ..3 on|over|across ..1 her|his|their ..1 arm|arms|forearm|forearms|wrist|wrists|thigh|thighs|legs",
)
# A family that will "solve it themselves": an honour-related threat (set315: "mijn broer
# heeft mijn telefoon doorzocht en zei dat als ik niet stop, 'de familie het zelf oplost'")
# (the family as one, not "mijn ouders regelen het zelf wel met DUO")
_KIN_NL = "familie|clan|schoonfamilie"
_KIN_EN = "family|clan"
UNSAFE_NL: tuple[str, ...] = (
    # a shelter whose place may not be told (set397, round 69: 'ik zit sinds vorige week met mijn
    # dochtertje in de opvang en ik mag eigenlijk niemand vertellen waar')
    "in ..1 de|een ..1 opvang|vrouwenopvang|blijf_van_mijn_lijfhuis ..9 niemand|mag_niet|mag_niks ..3 vertellen|zeggen|weten ..2 waar",
    # a threat of 'something' when one does not stop (set394, round 69): 'mn broer zei dat er 'iets'
    # gebeurt als ik niet stop'
    "zei|zegt|dreigde|dreigt ..3 dat ..1 er ..2 iets ..2 gebeurt|zal_gebeuren|gaat_gebeuren ..3 als ..1 ik ..3 niet",
    # a false report to one's address, police with drawn weapons (set386, round 68); a car at the
    # farm three evenings, the same man who follows one with fake accounts (set388)
    "valse|nep ..1 melding ..6 op|naar|bij ..2 mijn|mn|m'n|ons ..1 adres|huis|deur|kamer",
    "auto ..6 bij|voor ..2 ons|mijn|mn|m'n ..1 huis|erf|deur|flat|kamer|boerderij ..9 zelfde ..1 vent|man|gast|jongen|type|kerel",
    "zelfde ..1 vent|man|gast|jongen|kerel ..2 die ..1 me|mij ..6 volgt|stalkt|achtervolgt|opwacht",
    # beaten with a belt or a stick by seniors (hazing at a military academy, set378, r67)
    "riem|broekriem|zweep|stok|knuppel|tuinslang ..3 geslagen|sloegen|sloeg|slaan|slaat|afgeranseld",
    "richt|richtte|richten|gericht ..1 het|hem|dat|een|zijn|z'n|zn ..1 geweer|jachtgeweer|pistool|wapen|vuurwapen|mes? ..2 op ..1 mij|me|mijn|m'n|mn|ons",
    # a partner who must not find out, and a curfew with a threat: "als hij erachter komt
    # dat ik dit typ dan... ik moet om 5 uur thuis zijn anders weet ik niet wat er
    # gebeurt" (set374, round 67: nothing found)
    "anders ..2 weet ..1 ik ..1 niet ..2 wat ..1 er|hij|ze|zij ..2 gebeurt|doet|gaat_doen|zal_doen|met_me_doet",
    "als ..1 hij|zij ..2 erachter ..1 komt ..2 dat ..1 ik ..4 dit ..2 typ|schrijf|vertel|mail|stuur|doe",
    # knowing where, said with a word between (lexicon_phrasings reads "weet ..0 waar":
    # "maar hij weet niet waar ik nu woon" was a threat, round 66)
    "weet|weten ..0 heus|echt|heel|precies|ook|al|nu|dus|zeker|goed|wel ..1 waar ..2 ik ..2 woon & ex|stalker|hij|iemand|onbekende|man",
    "alleen|maar ..4 tot ..1 vanavond|vannacht ..9 kan ..3 niet ..3 terug|naar_huis",
    # held and not let go (set318: "gisteren wilde een klant me niet laten gaan en hield me
    # uren vast in zijn appartement")
    # (for hours or against one's will: "oma hield me vast toen ik huilde" is a hug, and
    # "mijn moeder wil me niet laten gaan op kamers" no danger)
    "hield|hielden|houdt|houden ..1 me|mij ..1 uren|urenlang|dagen|nachtenlang|tegen_mijn_wil ..2 vast",
    f"{_KIN_NL} ..3 het|dit|dat ..1 zelf ..1 oplost|oplossen|afhandelt|afhandelen|afrekent",
    # locked in by someone: "hij doet 's nachts de deur van buiten op slot" (set355 and
    # set360, round 65: a landlord's shed after a fire; a husband's study door)
    "deur ..4 van ..1 buiten|buitenaf ..3 op ..1 slot",
    "op ..1 slot ..3 van ..1 buiten|buitenaf & deur|kamer|schuur|zolder|kelder",
    # repeated at the door, with "keer": "mijn ex staat al drie keer deze week voor mijn
    # kamer" (set352, round 65); and knowing one's rooms: "hij weet in welk lokaal ik zit"
    "ex|stalker|hij ..3 staat|stond|wacht|wachtte|komt|kwam ..4 keer ..4 voor ..2 mijn|m'n ..2 deur|huis|kamer|raam",
    "weet|weten|wist ..2 in ..1 welk|welke ..1 lokaal|zaal|klas|collegezaal|gebouw & ex|stalker",
    # extortion: "hij zet ze online als ik hem niet 500 euro betaal" (set355, round 65)
    # ("niet" in the pattern: the threat is the finding, not a denial)
    "online|rond ..3 als ..3 niet|geen ..5 betaal|betalen|betaalt|overmaak|overmaakt|euro",
    "online|rond ..3 tenzij ..6 betaal|betalen|betaalt|overmaak|overmaakt|euro",
)
UNSAFE_EN: tuple[str, ...] = (
    # coercive control (set383, round 68): 'if i tell anyone what happens at home he'll ...', the
    # only place he does not check one's phone; a fake emergency call to one's address (set386)
    "if ..1 i ..1 tell|told ..1 anyone|anybody|someone ..3 what ..1 happens|happened|goes_on|is_going_on ..2 at ..1 home",
    "only ..1 place ..6 he|she|they ..1 doesn't|doesnt|does_not|don't|dont|can't|cant|won't ..1 check|read|see|go_through ..1 my ..1 phone|messages",
    "i|we ..0 got|was|were|get ..1 swatted",
    "i've|ive|we've|weve|i'm|im|we're ..0 been|getting|being ..0 swatted",
    "swatted ..1 me|us",
    # (not someone else swatted: "a streamer I watch got swatted live", set362)
    "swatting|swat_call|fake_call|fake_report|false_report ..6 my|our ..1 address|house|home|apartment|flat",
    # a weapon pointed at someone at home: "keeps his hunting rifle in the hallway and when
    # he's been drinking he points it at my mum" (set378, round 67: self-insight only)
    "points|pointed|pointing|aims|aimed|aiming ..1 it|a_gun|the_gun|his_gun|a_rifle|the_rifle|his_rifle|a_knife|the_knife|his_knife|a_weapon ..1 at ..1 me|my|us",
    "beat|beaten|hit|whipped|hits|beats ..4 with ..1 a|his|her|their ..1 belt|stick|whip|bat|cane",
    # a threat carried over to one's family: "said next time they visit my mum in Kabul
    # instead" (set375, round 67: smugglers waiting outside the faculty, only money found)
    "next ..1 time ..2 they|he|she|we ..2 visit|will_visit|come_for|go_after|find|pay_a_visit_to ..1 my ..1 mum|mom|mother|father|dad|family|sister|brother|parents",
    "waited|waiting|were_waiting|was_waiting ..1 for ..1 me ..4 outside|after_class|at_the ..9 owe|money|threat|threatened|said|told",
    "if ..1 he|she ..1 finds ..1 out ..2 that? ..1 i|i'm|im ..3 typing|writing|emailing|talking|told|here",
    # a place to stay only until tonight, and home unsafe: "she can only have me until
    # tonight and I really can't go back there" (set367, round 66)
    "only|just ..4 until|till|til ..1 tonight ..9 can't|cannot|can_not ..2 go ..1 back|home",
    f"{_KIN_EN} ..3 will|would|'ll|wil ..1 deal_with|handle|sort|settle ..2 it|this|me ..1 themselves|ourselves|itself",
    # locked in by someone (set355, set360, round 65): "he locks the door from outside"
    "lock|locks|locked|locking ..4 door|doors|us|me|shed|room ..2 from ..1 the? ..1 outside",
    # extortion: "he'll put it online unless I pay him" (round 65)
    "online|around ..3 unless|if ..6 pay|paid|transfer|euros|money",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

# Said in jest or said of a course, not a risk (round 62's hard negatives): "ik zweer als
# die docent nog 1x 'even kort' zegt spring ik uit het raam haha" (set307; set308 and
# set311 had the same joke), "gek man ik heb me BSA gewoon gehaald!!", "stoppen is geen
# optie", "killed off my favourite character, im literally in mourning". The annoyance
# alone is not enough: "als hij nog één keer aan me zit spring ik van het balkon" keeps its
# weight; a laugh or an oath beside it makes it a figure.
_HIGH_NL = "raam|dak|balkon|flat|brug|gebouw|trein|hoogte"
_LAUGH_NL = "haha|hahaha|hahah|lol|zweer|xd|grapje"
FIGURES_NL: tuple[str, ...] = (
    # money raised for the suicide line (set396, round 69: 'een sponsorloop voor 113
    # zelfmoordpreventie')
    "sponsorloop|actie|inzamelingsactie|benefiet|donatie|doneren|collecte|geld_ophalen|goede_doel ..4 113|zelfmoordpreventie|suïcidepreventie",
    # the sock joke said the other way round (an outsider's edge set, round 69: 'mijn moeder maakt
    # zichzelf van kant als mijn vader nog één keer zijn sokken laat slingeren 😂')
    "maakt|maak|maken ..1 zichzelf|zich|mezelf ..1 van ..1 kant ..2 als ..8 nog ..2 keer|1x|eenmaal ..9 haha|hahaha|hahah|lol|xd|grapje",
    # ending it 'if he leaves his socks once more', with a laugh (set393, round 69: 'ze maakt
    # zichzelf van kant als haar vriend nog één keer zijn sokken ... laat liggen 😂')
    "van ..1 kant ..1 maakt|maak|maken|maakte|maakt_ze|maakt_hij ..2 als ..8 nog ..2 keer|1x|eenmaal ..9 haha|hahaha|hahah|lol|xd|grapje",
    # an exam that 'is going to kill me' (set381, round 68: 'dit tentamen gaat me killen haha')
    "tentamen|tentamens|toets|toetsen|examen|deadline|deadlines|week|vak|stage|college|studie|opdracht|verslag|scriptie|dit|dat|deze|die|hitte|warmte|les|werk|hoofdpijn|planning|rooster|blok|herkansing ..2 gaat|gaan ..1 me|mij ..1 =killen|=killn",
    # a permit the IND takes back: no coercion (a role-play, round 67)
    "ind|gemeente|overheid|immigratiedienst ..3 kan|kunnen|gaat|zal|mag ..3 mijn ..1 verblijfsvergunning|vergunning|visum|status ..2 afpakken|afnemen|intrekken|innemen",
    # "ik kan mezelf wel slaan" (I could kick myself; set337, round 63)
    "kan|kon|kun ..1 mezelf|mijzelf ..1 wel ..1 slaan|voor_mijn_kop_slaan",
    # (in sequence, not with "&": the "als" clause and the jump are two clauses)
    f"als ..8 nog ..2 keer|1x|eenmaal ..9 spring|sterf ..0 ik ..4 {_HIGH_NL} ..3 {_LAUGH_NL}",
    f"{_LAUGH_NL} ..3 als ..8 nog ..2 keer|1x|eenmaal ..9 spring|sterf ..0 ik ..4 {_HIGH_NL}",
    # (made, said plainly: never across a "niet" - "bsa niet gehaald" is the need itself)
    "bsa ..0 gewoon|wel|ruim|toch|makkelijk|eindelijk ..0 gehaald|behaald|gered|binnengehaald",
    "bsa ..0 gehaald|behaald|gered|binnengehaald ..2 blij|yes|eindelijk|joepie|gelukt",
    "stoppen|opgeven|stop|afhaken|uitschrijven ..1 is ..1 geen ..1 optie",
    "studie|opleiding|bachelor|master|promotie ..4 stoppen|opgeven|stop|afhaken ..1 is ..1 geen ..1 optie",
    # a child's pet buried with ceremony (set311: "mijn dochter wil per se een begrafenis
    # voor haar goudvis houden"); one's own pet that died is still a loss (round 61)
    "begrafenis|begraven|uitvaart ..3 voor|van ..1 haar|zijn|hun ..1 goudvis|visje|vis|hamster|cavia|konijn|parkiet|muis|slak|rups",
    # a hangover's "dood" (set350, r64: "Zo'n kater vandaag dat ik dood wil haha")
    "kater|brak|katertje ..6 dood|sterven|doodgaan",
    # a plan that fades away: "die van mij sterft altijd een stille dood" (set346, r64)
    "sterft|sterven|stierf|gestorven ..2 een ..1 stille|zachte|langzame ..1 dood",
)
FIGURES_EN: tuple[str, ...] = (
    # someone else's 'kill herself if ... one more time' with a laugh (an outsider's edge set, round
    # 69); the student's own 'kms if ...' stays acute (docs/vocabulary.md)
    "kill|kills ..1 herself|himself|themselves ..1 if ..9 one_more_time|once_more|again ..3 haha|hahaha|lol|lmao|xd",
    # a permit the IND takes back, said of the authority: no coercion ("the IND can take my
    # residence permit" was an unsafe situation, 112 first: a role-play, round 67)
    "ind|immigration|immigration_service|government|authorities|the_state|home_office ..3 can|could|will|might|may|would ..2 take|take_away|revoke|cancel|withdraw ..2 my ..1 residence_permit|permit|visa|status",
    "quitting|giving_up|dropping_out|stopping ..1 is|isn't ..1 not? ..1 an ..1 option",
    "they|he|she|writers|author ..1 killed ..1 off & character|characters|show|series|finale|season|episode|book|movie|film",
    "funeral|burial|bury|burying ..3 for|of ..1 her|his|their ..1 goldfish|fish|hamster|guinea_pig|rabbit|budgie|mouse|snail|caterpillar",
    # "our pastor says he'd rather die than miss a Feyenoord match lol" (set320); pushed
    # into a subject, not against a wall: "my imam pushed me into it" (set320)
    "rather ..1 die ..1 than ..2 miss|lose_face|skip|give_up|watch|hear",
    "pushed|pushing|push ..1 me ..1 into ..1 it|this|that|studying|doing|taking|choosing|picking|theology|medicine|law|nursing|engineering|this_degree|this_course|this_programme",
    # joy said as dying (set350, r64: "that techno set last night made me want to die in
    # the best possible way"); "the show absolutely killed, I'm still dead" (set351)
    "die|dying|dead ..3 in ..1 the|a ..1 best|good|nicest ..1 possible? ..1 way",
    "show|set|gig|concert|performance|party ..3 killed|slayed ..4 still|literally|so|actually ..1 dead",
)
