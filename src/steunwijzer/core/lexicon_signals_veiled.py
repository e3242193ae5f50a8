# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 30's outsiders' sets, after they were measured unseen:
set96 (Flemish students, and students who switch between Dutch and English in one
sentence) and set97 (euphemisms and avoidance: a switch turned off for good, a hospital
stay told as the flu, long sleeves in July, everything given to a sister). Each family
is written for what it says, with its harmless neighbours in mind (a tattoo under the
sleeves, a goodbye card for a supervisor who retires, a bungee jump), not for the one
line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py and
lexicon_sources.py read the families.
"""

from __future__ import annotations

_VEHICLE_NL = "bus|trein|tram|vrachtwagen|auto|metro|vrachtauto"
_PILLS_NL = "pillen|medicijnen|medicatie|tabletten|overdosis|paracetamol|slaappillen|leeggepompt"
_PILLS_EN = "meds|pills|tablets|medication|medicine|overdose|paracetamol|tylenol|stomach_pumped"

SUICIDAL_NL: tuple[str, ...] = (
    # a question about "je" that is about oneself
    "is ..1 het ..1 normaal ..6 dood_wil|dood_wilt|dood_te_willen|zelfmoord|zelfmoordgedachten|jezelf_van_kant|je_leven_te_beeindigen|niet_meer_wil_leven|niet_meer_wilt_leven|niet_meer_te_willen_leven|jezelf_pijn",
    # switched off for good (set97: "ik wil uitgezet worden, zoals een lamp")
    "wil|wou|zou_willen ..3 uitgezet ..1 worden",
    "mezelf|mijzelf ..2 uitzetten|uit_te_zetten|uitschakelen|uit_te_schakelen",
    "uitzetten|uitgezet|uitschakelen ..0 voorgoed|definitief|voor_altijd",
    # "something stupid" with pills: a recent attempt (set97: "iets stoms gedaan met
    # mijn medicijnen")
    f"!iets ..1 stoms|doms|geks & {_PILLS_NL}",
    # a hospital stay told as something else (set97: "lag twee dagen in het ziekenhuis,
    # tegen iedereen zeg ik dat het buikgriep was")
    "!ziekenhuis|seh|opgenomen|eerste_hulp ..9 iedereen|mijn_ouders|mn_ouders|m'n_ouders ..3 zeg|zei|vertel|vertelde|verteld|gezegd|wijsgemaakt ..4 dat ..2 het ..2 buikgriep|griep|voedselvergiftiging|ongeluk|een_ongeluk|migraine",
    # a vehicle that would be fine (set96: "als ik morgen onder een bus fiets zou dat
    # eigenlijk wel oké zijn"); said with "als", not a near miss that went well
    f"als|zou ..4 onder ..2 een|de ..1 {_VEHICLE_NL} ..8 oké|ok|okay|prima|best|niet_erg|niet_zo_erg|maakt_niet_uit|welkom|fijn",
    # savings emptied and given away (set96: "mijn spaarrekening leeggehaald en alles
    # aan mijn zus gegeven")
    "!spaarrekening|spaargeld|spaarpot|rekening ..3 leeggehaald|leeggemaakt|opgenomen & gegeven|weggegeven|overgemaakt|geschonken",
    "!=alles ..1 aan ..1 mijn|m'n|mn ..1 zus|zusje|broer|broertje|moeder|vader|ouders|vriend|vriendin|huisgenoot|huisgenoten|beste_vriendin|beste_vriend ..1 gegeven|weggegeven|geschonken|nagelaten",
)
SUICIDAL_EN: tuple[str, ...] = (
    # switched off for good (set97: "I want to switch off. Not like a break. Permanently.")
    "switch|turn|shut ..1 off ..0 permanently|forever|for_good|for_ever",
    "switch|turn|shut ..1 myself ..0 off",
    f"!something ..1 stupid|dumb|silly & {_PILLS_EN}",
    "!hospital|er|icu|ward|emergency_room ..9 told|tell|telling ..2 everyone|everybody|people|my_parents|them ..4 it_was|it's ..2 flu|the_flu|food_poisoning|an_accident|a_stomach_bug|a_migraine",
    # how long paracetamol takes to wreck a liver, asked "for myself" (set96)
    "!paracetamol|tylenol|acetaminophen|pills ..6 wreck|destroy|fry|kill|shut_down ..2 your|my|the ..1 liver|kidneys",
    "asking|ask ..1 for ..1 myself & liver|lethal|fatal|die|dying|overdose|pills|paracetamol|jump|height|hang|rope|drown",
    # standing too close to the edge as the train comes (set97)
    "i|keep|kept|myself ..3 stand|standing|stood|stay|staying ..6 too ..1 close ..3 edge|tracks|rails",
    # a question about "you" that is about oneself (set98: "Is it normal to think about
    # killing yourself every day during your first year? asking for me.")
    "is ..1 it ..1 normal ..4 think|thinking|want|wanting|wish|wishing ..4 kill_yourself|killing_yourself|end_your_life|ending_your_life|to_die|dying|being_dead|suicide|hurt_yourself|hurting_yourself",
    # not being around after a moment (set98: "i don't think i'll be around after this
    # weekend")
    "don't|dont|do_not ..1 think ..2 i ..1 will|am_going_to ..1 be ..1 around|here|alive ..3 after|past|beyond",
    # nothing matters any more, as "maakt toch allemaal niet meer uit" is read (a
    # role-play, round 30, E2: the Dutch was acute, the English nothing)
    "nothing ..1 matters ..2 anymore|any_more",
    "none ..1 of ..1 it|this ..1 matters ..2 anymore|any_more",
    "!emptied|drained|withdrew|cleared ..2 my ..1 savings|savings_account|bank_account|account & gave|give|given|sister|brother|parents|mum|mom|friend",
    "!cat|dog|kitten|rabbit|pet|pets ..2 goes|will_go|is_going ..2 to ..2 my ..1 sister|brother|mum|mom|parents|friend|neighbour|neighbor|aunt|roommate|housemate",
)
# Long sleeves in July for what is under them (set97: "I wear long sleeves even in July
# because of what's under them"); a tattoo or the cold is a figure below.
SELF_HARM_NL: tuple[str, ...] = (
    "lange ..1 mouwen ..9 wat ..1 eronder|er_onder|daaronder|erachter ..1 zit|zitten|is",
    "draag|draagt|droeg ..3 lange ..1 mouwen & juli|augustus|juni|hittegolf|30_graden|zomer",
)
SELF_HARM_EN: tuple[str, ...] = (
    "long ..1 sleeves ..9 what's_under|what_is_under|what's_underneath|what_is_underneath|whats_under",
    "wear|wearing|wore ..3 long ..1 sleeves & july|august|june|heatwave|30_degrees",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
}
# What the same words say harmlessly
FIGURES_NL: tuple[str, ...] = (
    # a goodbye letter for someone who retires or leaves (set97: "afscheidsbrief
    # geschreven voor mijn stagebegeleider, ze gaat met pensioen"); not "voor mijn ouders"
    "afscheidsbrie*|afscheidskaart*|afscheidsspeech ..9 pensioen|vertrekt|vertrekkende|vertrek|afzwaaiend|afzwaaiende|oud_bestuur|verhuist|afscheidsfeest|afscheidsborrel|afstuderen|emigreert",
    "lange ..1 mouwen ..9 tatoeage|tatoeages|tattoo|tattoos|eczeem|psoriasis|koud|kou|airco|uniform|kledingvoorschrift|hoofddoek|zonnebrand|verbrand_door_de_zon|allergie",
    # a question "that was suicide" (set96, Flemish: "die laatste examenvraag was echt zelfmoord")
    "vraag|*vraag|examen|tentamen|toets|opdracht|deadline|planning|rooster|vak|les|blok ..4 was|is ..2 echt? ..1 zelfmoord",
    # things given away before a long journey (set97: "spullen weggegeven omdat ze een
    # jaar gaat backpacken")
    "weggegeven|weggeven|verkocht|verkopen ..9 backpacken|wereldreis|reizen|emigreren|emigreert|emigratie|tussenjaar",
    # living without coffee; shooting oneself "voor de kop" is regret (set98)
    "leven ..4 zonder ..2 koffie|thee|cafeine|muziek|netflix|wifi|internet|chocola|chocolade|suiker|telefoon|mobiel|bed|vakantie",
    "schiet|schieten|schoot ..2 mezelf|mijzelf|me ..3 voor ..2 m'n|mn|mijn|de|het ..1 kop|kanis|hoofd|harses",
    "gebungeejumpt|bungeejumpen|bungeejump|parachutesprong|parachutespringen|klifspringen ..6 brug|dak|klif|toren|vliegtuig",
)
FIGURES_EN: tuple[str, ...] = (
    "goodbye|farewell ..2 letter|letters|card|speech|note ..9 retire|retiring|retirement|outgoing|leaving|moving_away|graduating|farewell_party|emigrating",
    "long ..1 sleeves ..9 tattoo|tattoos|eczema|psoriasis|cold|freezing|air_conditioning|aircon|dress_code|uniform|modest|modesty|hijab|sunburn|allergy",
    # the harmless reading of stopping to exist: on social media, online (set97)
    "stop ..2 existing ..3 on|online ..2 social_media|instagram|tiktok|snapchat|twitter|whatsapp|the_internet",
    "bungee|bungee_jump|bungee_jumped|bungee_jumping|skydive|skydiving|skydived ..6 bridge|roof|cliff|tower|plane",
    "cutting ..0 edge",
    "live ..4 without ..2 coffee|tea|caffeine|music|netflix|wifi|internet|chocolate|sugar|my_phone",
    "gave|given|giving|sold|selling ..3 away? ..9 backpacking|travelling|traveling|world_trip|gap_year|emigrating|moving_abroad",  # "that film was cutting edge"
    "disappear|disappearing|vanish ..3 to ..2 bali|spain|thailand|australia|the_beach|the_mountains|italy|portugal|greece|asia|for_the_summer|for_a_month",
)
