# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from three outsiders' sets of round 20, after each was measured unseen:
faith, culture and family (set55), the body and medicine (set56), and time, the past and
"if" (set57). Each family is written for what it says, with its harmless neighbours in
mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon.py reads the
figures and the signs of a past that is over.
"""

from __future__ import annotations

# A past that is over (set57): what a student says of a danger that has ended ("moved
# out three years ago, no contact", "sinds mijn 18e woon ik bij mijn tante en is het
# veilig", "clean from self harm since 2019", "dat is sinds mijn behandeling echt weg").
# Only together with a past marker in the finding's own sentence, and never beside
# "again", "lately" or "weer" (findings.recent).
RECOVERED_NL: tuple[str, ...] = (
    "geen ..1 contact ..2 meer",
    "ben|zijn|is ..3 verhuisd",
    "is ..2 het ..2 nu? ..1 veilig",
    "woon ..6 nu|inmiddels ..3 veilig",
    "is ..3 echt|helemaal|volledig|allang ..1 weg",
    "is|ben ..3 opgeknapt|opgekrabbeld|hersteld",
    "gaat ..3 echt|veel|stuk ..1 beter",
    "gaat ..3 goed|prima|beter ..2 nu|tegenwoordig|inmiddels",
    "gaat ..2 het ..1 top|geweldig",
    "sinds ..1 2008|2009|2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024 ..3 gestopt|clean|vrij",
    "jaar|jaren|maanden ..1 geleden ..1 gestopt",
)
RECOVERED_EN: tuple[str, ...] = (
    "no ..1 contact",
    "moved ..1 away|abroad",
    "now ..4 honestly|really|genuinely|actually|very|so|pretty ..1 happy|fine|good|okay|ok|well|stable|safe",
    "stopped|quit ..5 years|months|yrs ..1 ago",
    "clean|free ..4 since",
)
PAST_NL: tuple[str, ...] = (
    # A counsellor's history (round 51's blind notes): "eerder behandeld bij GGZ (2022),
    # afgesloten", "eerdere gokproblemen (2022) zijn onder controle"; a bare year in a
    # note is the time of what it follows. Still only with a sign that it is over.
    "=eerder ..2 behandeld|gehad|gediagnosticeerd|last",
    "=eerdere",
    "vorig|vorige|afgelopen ..1 voorjaar|zomer|najaar|herfst|winter|lente|semester|studiejaar",
    "2008|2009|2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024",
)
PAST_EN: tuple[str, ...] = (
    "yrs|yr ..1 ago",
    "hx",
    "history ..1 of",
    "in ..0 first|freshman ..1 year",
    "previous|prior|past|earlier ..1 episode|episodes|treatment|history|diagnosis",
    "last|past ..1 spring|summer|autumn|fall|winter|semester|term",
    "2008|2009|2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024",
)
# ... and what such a note says of it now: "resolved", "has lifted", "none since",
# "afgesloten", "helemaal verwerkt", "totally sorted now", "no current complaints".
RECOVERED_CLOSED_NL: tuple[str, ...] = (
    "opgelost",
    "afgesloten",
    "helemaal|echt|goed|allang ..2 verwerkt",
    "geen ..1 klachten|problemen ..1 meer",
    "nu ..3 geen ..1 klachten",
    "geen ..1 actuele ..1 klachten|problemen|zorgen",
    "niets|niks|geen ..1 sindsdien",
    "is ..2 nu? ..1 helemaal|echt|allang|volledig ..1 over $",
    "voel ..2 me|mij ..2 klaar|er_klaar|er_weer_klaar ..2 voor|om",
)
RECOVERED_CLOSED_EN: tuple[str, ...] = (
    "resolved",
    "has|have ..1 lifted",
    "back ..1 to ..1 normal",
    "none ..1 since",
    "totally|completely|fully|all ..1 sorted|resolved|gone|over",
    "sorted ..1 now",
    "no ..1 current ..1 concerns|complaints|symptoms|issues|problems",
    "discharged",
    # "I feel ready to pick things up fully again" (round 51's blind set)
    "feel|feeling ..1 ready ..2 to ..4 pick|start|continue|return|resume|go_back|come_back",
)

# A threat told in a Dutch subordinate clause, the object first: "mijn vriend zegt dat hij
# me vermoordt als ik wegga" (a role-play, round 20: read as concern for the boyfriend).
UNSAFE_NL: tuple[str, ...] = (
    "hij|ie|ze|zij ..1 me|mij ..2 vermoordt|vermoorden|afmaakt|afmaken|doodmaakt|doodmaken|doodt ..5 als|wanneer|zodra",
    "hij|ie|ze|zij ..1 me|mij ..2 vermoordt|vermoorden|afmaakt|afmaken|doodmaakt|doodmaken|doodt $",
)
UNSAFE_EN: tuple[str, ...] = ()

# Following someone who died (set46's "Lately I keep thinking about following him, that
# it would be easier to just be wherever he is", found before only by the word "suicide"
# of the brother's death, which this round sets aside as his).
SUICIDAL_EN: tuple[str, ...] = (
    # exact: "I think I just followed them" (into nursing) was a wish to die (round 58)
    "think|thinking|thought|thoughts ..4 =following|=joining ..1 him|her|them",
    # a survivor's wish (set55: "het was beter geweest als ik daar was omgekomen")
    "should ..1 have ..1 died|been_killed ..3 too|instead|with|there",
    "better ..4 if ..1 i ..2 had ..1 died|been_killed|not_survived",
    # "part of me hopes it just stops" of a racing heart (set56)
    "part ..1 of ..1 me ..1 hopes|wishes|wants ..3 it|my_heart|everything ..2 just? ..1 stops|stop|ends",
    # the place passed every day, and "it" thought about (set55)
    "pass|passing|see|cross|crossing ..3 the ..1 train|railway|tracks|rails|bridge ..6 think ..2 about ..1 it",
    # "the thoughts are back", said as such (set57)
    "the|those ..1 thoughts ..1 are|r ..1 back",
    # things given away "for where I'm going" (set55)
    "need ..5 where ..1 i'm|im|i_am ..1 going",
)
SUICIDAL_NL: tuple[str, ...] = (
    "denk|dacht|gedachte|gedachten ..5 achterna ..2 te? ..1 gaan|komen",
    "beter ..3 als ..1 ik ..2 was|ook ..1 omgekomen|gestorven|doodgegaan|overleden",
    "langs ..2 het|de ..1 spoor|brug|rails ..6 denk ..2 ik ..1 eraan|erover",
    "de|die ..1 gedachten|gedachtes ..2 zijn ..2 terug",
    "nodig ..6 waar ..1 ik ..2 heen|naartoe ..1 ga",
    # "allahım beni al", a prayer to be taken (set55)
    "allah|allahım|allahim|rabbim ..2 beni ..1 al|alsın",
)
# A bruise told with who gave it, or the story told at the doctor's (set56: "bruises from
# him again. told the huisarts i walked into the kitchen door"); parents who keep the
# student in until a marriage is agreed to, the phone and bank card taken (set55).
UNSAFE_EN_MORE: tuple[str, ...] = (
    "bruise|bruises|bruised|black_eye ..3 from|by ..2 him|her|my_boyfriend|my_partner|my_husband|my_ex|my_dad|my_father",
    "told ..5 walked|ran ..1 into ..2 a|the ..2 door|doorframe|kitchen_door|cupboard",
    "not ..1 leaving|allowed_to_leave|allowed_out ..3 the? ..1 house ..3 until",
    "took|taken|take ..2 my ..3 passport|phone|bank_card|id ..8 until|unless",
)
UNSAFE_NL_MORE: tuple[str, ...] = (
    "blauwe ..1 plek|plekken ..3 van ..2 hem|haar|mijn_vriend|mijn_partner|mijn_man|mijn_ex|mijn_vader",
    "blauw ..1 oog ..3 van ..2 hem|haar|mijn_vriend|mijn_partner|mijn_man|mijn_ex|mijn_vader",
    "mag ..3 het ..1 huis ..1 niet ..1 uit ..4 tot|totdat|voordat",
    "afgepakt|ingenomen ..6 tot|totdat|voordat ..3 ik",
)
# Someone else giving away what they love (set56: "said she's 'done' and gave me all her
# plants").
CONCERN_EN: tuple[str, ...] = (
    "gave|given|giving ..1 me ..3 all ..1 her|his|their ..1 stuff|things|plants|clothes|books|records|games",
)
CONCERN_NL: tuple[str, ...] = (
    "heeft|gaf ..2 me|mij ..3 al ..1 haar|zijn ..2 spullen|planten|kleren|boeken",
)

# Student life (set58, measured unseen first): a friend who took something or drank and
# no longer responds, collapses or shakes; "should we call an ambulance"; a housemate who
# has not left the room for days and does not answer the knocking; standing on the
# balcony "a bit too long"; not eating as a punishment; a room cleared, sleeping in the
# library; a stranger who keeps walking in at night.
CONCERN_EN_LIFE: tuple[str, ...] = (
    "she|he|they|friend|housemate|roommate|flatmate|teammate ..6 not ..2 responding|responsive|breathing|waking_up",
    "she|he|friend|housemate|roommate|flatmate|teammate|guy|girl|boy ..4 collapsed|fainted|passed_out|unconscious",
    "throwing ..1 up ..2 in ..1 his|her|their ..1 sleep",
    "should ..1 we|i ..2 call ..2 an? ..1 ambulance|112|911|999",
)
# A second role-play (round 20): a housemate who drank far too much and took something
# does not open the door; "ik krijg hem niet wakker"; "ze is bewusteloos": danger now.
CONCERN_NL_NOW: tuple[str, ...] = (
    "!krijg|kregen|krijgen ..2 hem|haar|ze|hen ..1 niet ..1 wakker",
    "!hij|ze|zij|huisgenoot|huisgenote|vriend|vriendin|broer|zus ..3 is|was|lijkt|ligt ..2 bewusteloos|buiten_westen",
    "gedronken ..4 en ..3 iets|pillen|xtc|drugs ..1 genomen|geslikt|gebruikt",
    "!doet ..2 de ..1 deur ..1 niet ..1 open ..4 reageert ..1 niet",
    # round 56 (a role-play, Saturday 23:30): "mijn huisgenoot heeft iets genomen en is in
    # elkaar gezakt, nu ligt hij het uit te slapen" was a sleep problem and an unsafe home
    # (Veilig Thuis first); "hij viel om en was even weg" after "misschien ghb" nothing
    "!hij|zij|ze|huisgenoot|huisgenote|vriend|vriendin|broer|zus|broertje|zusje|kamergenoot|vriendje ..4 iets|te_veel|teveel|ghb|pillen|pil|xtc|drugs ..2 genomen|geslikt|gebruikt|op ..6 in_elkaar|flauwgevallen|omgevallen|viel_om|even_weg|buiten_westen|bewusteloos",
    "!hij|zij|ze|huisgenoot|huisgenote|vriend|vriendin|broer|zus|broertje|zusje|kamergenoot|vriendje ..2 viel|valt|zakte ..1 om|weg ..4 even|helemaal ..1 weg",
    "!gezakt|flauwgevallen|bewusteloos|ghb ..9 hij|zij|ze|huisgenoot|huisgenote|vriend|vriendin|broer|zus|broertje|zusje|kamergenoot|vriendje ..3 slaapt|ligt|slapen ..3 uit",
    # a second role-play on this round's own changes: "ghb genomen, viel om en was even
    # weg. nu ligt hij zijn roes uit te slapen" (the clause and sentence apart)
    "!ghb|g|drugs|xtc|pillen|iets ..3 genomen|gebruikt|geslikt ..3 viel|valt ..1 om|flauw",
    "zijn|haar|z'n ..1 roes ..3 uit ..1 te? ..1 slapen|slaapt|slaapte",
)
CONCERN_EN_NOW: tuple[str, ...] = (
    "!can't|cannot|couldn't|can_not ..1 wake ..1 him|her|them ..1 up",
    "drank|drunk ..4 and ..3 took|taken ..1 something|pills|molly|drugs",
    "!not ..1 opening ..3 door ..4 not ..1 answering|responding",
    # round 56: took something, collapsed, now "sleeping it off" alone (GHB, alcohol)
    "!she|he|they|friend|housemate|roommate|flatmate|teammate|brother|sister|girlfriend|boyfriend ..3 took|taken|had|used|drank|swallowed ..2 something|too_much|pills|molly|ghb|drugs|stuff ..6 collapsed|fainted|passed_out|blacked_out|unconscious|keeled_over",
    "!took|taken|pills|ghb|drugs|collapsed|passed_out ..9 she|he|they|friend|housemate|roommate|flatmate|teammate|brother|sister|girlfriend|boyfriend ..2 sleeping|sleep|sleeps ..1 it ..1 off",
)
CONCERN_NL_LIFE: tuple[str, ...] = (
    "reageert|reageerde ..2 niet ..3 op ..2 kloppen|aankloppen|de_deur|bellen",
    "reageert ..2 niet ..1 meer ..4 wakker|bewusteloos|ademt|ambulance|112",
    "niet ..1 aanspreekbaar|wakker_te_krijgen",
    "zakte|zakt|gezakt ..2 in ..1 elkaar",
    "hij|zij|ze|huisgenoot|huisgenote|vriend|vriendin|broer|zus|broertje|zusje|kamergenoot|vriendje ..6 in ..1 elkaar ..1 gezakt|zakte|zakt",
    "moeten ..2 we|ik ..2 112|een_ambulance|de_ambulance ..1 bellen",
    "ademt ..2 niet|nauwelijks|raar|vreemd",
    # "ze is heel erg afgevallen en vandaag viel ze flauw in de gang" (set201, round 56)
    "ze|zij|hij|huisgenoot|huisgenote|vriendin|vriend|zus|broer ..3 viel|valt|is ..1 flauw|flauwgevallen",
    "viel|valt ..1 ze|zij|hij ..1 flauw",
)
SUICIDAL_EN_LIFE: tuple[str, ...] = (
    "stand|standing|stood ..4 balcony|roof|rooftop|ledge|bridge|edge ..6 too ..1 long",
)
SUICIDAL_NL_LIFE: tuple[str, ...] = (
    "sta|stond|staan ..4 balkon|dak|rand|brug|reling ..6 te ..1 lang",
)
SELF_HARM_EN_LIFE: tuple[str, ...] = (
    "haven't|not|didn't|don't|stopped ..2 eat|eaten|eating ..8 as ..1 punishment|a_punishment",
    "punish|punishing ..1 myself ..3 by ..2 not ..1 eating",
)
SELF_HARM_NL_LIFE: tuple[str, ...] = (
    "niet ..2 gegeten|eten ..6 als ..1 straf",
    "straf ..1 mezelf|mijzelf ..3 door ..2 niet ..1 te? ..1 eten",
)
UNSAFE_EN_LIFE: tuple[str, ...] = (
    "keeps|kept ..1 walking|coming|barging ..1 in|into ..3 my? ..1 room|at_night|night",
)
UNSAFE_NL_LIFE: tuple[str, ...] = ("komt ..3 steeds|elke_nacht|s_nachts ..2 binnen",)
# The student's own place to sleep: never read as concern for the friend whose car it is
# (lexicon_floor adds these after the unsafe patterns are turned into concern ones).
OWN_PLACE: dict[str, tuple[str, ...]] = {
    "nl": (
        "kamer ..2 is|werd ..1 ontruimd",
        "slaap|sliep|slapen ..3 in ..2 de ..1 bieb|bibliotheek|auto|fietsenstalling",
    ),
    "en": ("sleeping|sleep|slept ..3 in ..2 the|a|my ..2 library|car|stairwell",),
}

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {
        "nl": SUICIDAL_NL + SUICIDAL_NL_LIFE,
        "en": SUICIDAL_EN + SUICIDAL_EN_LIFE,
    },
    "self_harm": {"nl": SELF_HARM_NL_LIFE, "en": SELF_HARM_EN_LIFE},
    "unsafe_situation": {
        "nl": UNSAFE_NL + UNSAFE_NL_MORE + UNSAFE_NL_LIFE,
        "en": UNSAFE_EN + UNSAFE_EN_MORE + UNSAFE_EN_LIFE,
    },
    "concern_for_other": {
        "nl": CONCERN_NL + CONCERN_NL_LIFE + CONCERN_NL_NOW,
        "en": CONCERN_EN + CONCERN_EN_LIFE + CONCERN_EN_NOW,
    },
}

# "Kill me" said of a parent over a grade, a resit or a tattoo (set55: "my mom will kill
# me if I fail statistics again", "mijn vader vermoordt me als hij ziet dat ik een tattoo
# heb"): a manner of speaking, shown as a mention. Over anything else ("... if he finds
# out about my girlfriend") the threat stays.
_TRIVIAL_EN = "fail|failed|failing|flunk|flunked|grade|grades|exam|exams|resit|statistics|stats|tattoo|piercing|haircut|late|mess|dishes"
_TRIVIAL_NL = "opruim|opruimen|zak|zakken|gezakt|cijfer|cijfers|tentamen|tentamens|herkansing|onvoldoende|tattoo|tatoeage|piercing|kapsel|afwas|rommel"
# A wound or a scar with its harmless cause named (set56: "hands covered in cuts from
# bouldering", "the scar ... is from my appendix surgery", "schrammen van het bramen
# snoeien", "blauwe plek van de boosterprik"); dying for someone one loves; an aunt who
# "will bury us all".
_CAUSES_EN = "bouldering|climbing|cooking|gardening|garden|brambles|roses|cat|kitten|dog|hockey|football|rugby|skating|fall|bike|surgery|operation|appendix|csection|booster|vaccine|vaccination|jab|shot|blood_test|tattoo"
_CAUSES_NL = "klimmen|boulderen|koken|tuin|tuinieren|bramen|snoeien|rozen|kat|kitten|hond|hockey|voetbal|val|fiets|operatie|blindedarm|keizersnede|boosterprik|prik|vaccinatie|bloedprik|tattoo|tatoeage"
# Student life (set58): things given away, a goodbye letter, told with the move, the
# exchange or the departure they are for; pills taken to a drug-testing point; "dood als
# een pier", a hangover "dat ik doodga".
_LEAVING = "verhuis|verhuizen|verhuist|exchange|uitwisseling|vertrek|vertrekken|emigreer|emigreren|move|moving|leave|leaving"
FIGURES_EN: tuple[str, ...] = (
    f"kill|murder ..1 me ..6 {_TRIVIAL_EN}",
    f"giving|give|gave|given|goodbye_letter ..8 before|because ..3 {_LEAVING}",
    "pills|pill ..4 tested|testing|test|test_point|testing_point",
    f"cuts|cut|scratches|scratched|scar|scars|bruise|bruises|wound|wounds ..4 from|after|of ..3 {_CAUSES_EN}",
    "die ..1 for ..1 my|her|him|you|them",
    "bury|outlive ..1 us ..1 all",
)
FIGURES_NL: tuple[str, ...] = (
    f"vermoordt|vermoorden|vermoord ..1 me|mij ..8 {_TRIVIAL_NL}",
    f"weggegeven|weggeven|geef|afscheidsbrief|afscheidsbrieven ..8 {_LEAVING}",
    "pillen|pil ..4 testen|laten_testen|getest|testpunt|drugstestpunt",
    "dood ..1 als ..1 een ..1 pier",
    "kater ..6 doodga|doodgaat|dood_ga|sterf",
    f"me|mij ..1 vermoordt|vermoorden|afmaakt ..8 {_TRIVIAL_NL}",
    f"schrammen|krassen|sneden|snee|wondjes|wond|litteken|littekens|blauwe_plek|blauwe_plekken ..4 van|na|door ..3 {_CAUSES_NL}",
    "sterven|sterf|sterft ..1 voor ..1 mijn|haar|hem|jou",
    "ons ..1 allemaal ..2 nog? ..1 begraven|overleven",
)
