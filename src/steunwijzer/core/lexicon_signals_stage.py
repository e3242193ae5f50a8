# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 29's outsiders' sets, after they were measured unseen:
set93 (students of medicine, nursing, pharmacy, psychology, law and the police academy)
and set94 (conservatory, dance, theatre, art, sports and e-sports students). They say
risks in the words of their trades: a scalpel in a pocket on a placement, the whole
blister pack a classmate jokes about, a car not braked at a roundabout, a duo partner's
"thanks for everything" at three in the night. And they die on stage, play dead in the
second act and kill in ranked, which is no risk at all. Each family is written for what
it says, with its harmless neighbours in mind, not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py and
lexicon_sources.py read the families.
"""

from __future__ import annotations

SUICIDAL_NL: tuple[str, ...] = (
    # not braking on purpose (set94: "on the drive home I thought about just not braking
    # at the roundabout"); thought of, or wanted, not a driving lesson's advice
    "dacht|denk|denken|overweeg|overwoog|overwogen|zin|neiging ..6 niet ..2 te? ..1 remmen",
    # the whole strip or box swallowed (set93: "she'll 'just take the whole blister
    # pack' when this block is over"); said of someone else, it is concern for them
    "hele ..1 strip|strips|doosje|doos|pot|potje|blister|flesje ..4 innemen|slikken|nemen|leegslikken|in_te_nemen|te_slikken|op_te_eten|leeg_te_slikken",
    "wapen|dienstwapen|pistool ..4 op ..1 mezelf|mijzelf ..2 richten|te_richten|gericht",
)
SUICIDAL_EN: tuple[str, ...] = (
    "thought|think|thinking|considered|considering|urge ..6 not ..1 braking|brake|to_brake",
    "take|swallow|taking|swallowing|down|downing ..2 the|a|that|my ..1 whole|entire ..1 blister|strip|pack|packet|bottle|box|tub",
    # looking at a height and thinking of the drop (set93: "look at the parking garage
    # next to the hospital every morning and think about the drop")
    "think|thinking|thought ..3 about ..1 the ..1 drop|jump|fall & garage|roof|bridge|balcony|platform|building|edge|window|ledge|tower|flat",
    # set95 (a second writer, round 29): a service weapon turned on oneself; the topic of
    # a thesis thought of "not as a researcher, as an option"
    "turning|turn|turned|point|pointing ..2 it|the_gun|the_weapon|my_gun|the_pistol ..2 on|at ..1 myself",
    "think|thinking|thought|see|seeing ..2 about? ..1 it ..9 as ..1 an ..1 option",
)
# a blade carried and not used yet, with a call for help (set93: "zit op de wc op stage
# met een scalpel in mijn zak. ik heb het nog niet gedaan")
SELF_HARM_NL: tuple[str, ...] = (
    "scalpel|mesje|scheermesje|scheermes|stanleymes ..9 nog ..1 niet ..1 gedaan",
    "scalpel|scheermesje|scheermes ..3 in ..1 mijn|m'n|mn ..1 zak|broekzak|jaszak",
)
SELF_HARM_EN: tuple[str, ...] = (
    "razor|blade|blades|scalpel ..9 haven't|have_not|not ..2 done_it|done_anything|used_it ..1 yet",
    "razor|razor_blade|scalpel ..3 in ..1 my ..1 pocket",
)
# (and nails dug into the palms when angry at oneself, said beside a "no" to the
# self-harm question: a role-play, round 29, M2)
SELF_HARM_NL += (
    "nagels ..4 in ..3 mijn|m'n|mn ..1 handpalmen|handpalm|hand|handen|huid|armen|arm|benen",
)
SELF_HARM_EN += (
    "dig|digging|dug|digs|press|pressing ..2 my ..1 nails ..2 into ..2 my ..1 palms|palm|skin|arms|arm|hands|legs",
)
# pushed against the wall by someone at work (set93: "de teamleider heeft me twee keer
# tegen de muur gedrukt")
UNSAFE_NL: tuple[str, ...] = (
    "me|mij ..4 tegen ..1 de|een ..1 muur|deur|kast|auto ..1 gedrukt|geduwd|gesmeten|gegooid|aangedrukt|geslagen",
    "drukte|duwde|smeet|gooide|drukt|duwt ..1 me|mij ..3 tegen ..1 de|een ..1 muur|deur|kast|auto",
)
UNSAFE_EN: tuple[str, ...] = (
    "pushed|shoved|pinned|slammed|threw|pushes|shoves|pins ..1 me ..3 against|into ..1 the|a ..1 wall|door|locker|lockers|car",
)
# A partner's control and fear at home, half denied (a role-play, round 29, M3-M5: "alleen
# als mijn man gedronken heeft ben ik weleens bang", "hij wil weten met wie ik app en
# kijkt soms in mijn telefoon", "mijn salaris gaat naar de rekening van mijn man ... ik
# krijg leefgeld van hem", "mijn man wil niet dat ik nog ergens blijf hangen")
_PARTNER_NL = "man|vriend|partner|vriendje|vriendin|vrouw|hij|zij"
_PARTNER_EN = "husband|boyfriend|partner|girlfriend|wife|he|she"
# set95: a knife pulled in a row at home, a night with nowhere to sleep after a week on
# other people's couches
UNSAFE_NL += (
    "pakte|pakt|trok|haalde|greep ..3 een ..1 mes & ruzie|dreigde|dreigt|naar_me|op_me|huis|weg",
    "slaap|sliep ..4 bij ..2 wisselende ..2 mensen|vrienden|adressen",
    "vanavond|vannacht ..3 heb ..1 ik ..1 nog ..1 niks|niets|geen_plek|geen_slaapplek",
    "bepaalt|bepaalde ..3 met ..1 wie ..1 ik ..2 omga|afspreek|praat|app",
)
UNSAFE_EN += (
    "pulled|grabbed|got|took ..1 a ..1 knife & fight|argument|row|at_me|on_me|threatened",
    "decides|decided|controls ..3 who ..1 i ..2 see|can_see|meet|talk_to|text",
    "he'll|he_will|she'll|she_will ..6 if ..1 i ..1 leave|leave_him|leave_her|tell_anyone",
)
UNSAFE_NL += (
    # exact forms: not "als ik zou stoppen met drinken ben ik bang dat ..." (r52)
    "=gedronken|=drinkt|=dronken|=zuipt|=gezopen ..4 ben|word|raak ..1 ik ..2 bang|angstig|op_mijn_hoede",
    f"{_PARTNER_NL} ..4 kijkt|checkt|controleert|doorzoekt ..3 mijn ..1 telefoon|mobiel|berichten|appjes|whatsapp",
    f"{_PARTNER_NL} ..4 leest ..3 mijn ..1 berichten|appjes|whatsapp",
    f"{_PARTNER_NL} ..3 wil ..2 weten ..2 met ..1 wie ..1 ik ..1 app|appt|chat|praat|afspreek|omga",
    f"{_PARTNER_NL} ..4 beheert|regelt ..3 al ..1 mijn ..1 geld|salaris|loon|rekening",
    "salaris|loon ..3 gaat|gaan|komt|staat ..2 naar|op ..2 de ..1 rekening ..1 van ..1 mijn ..1 man|vriend|partner|vrouw|vriendin",
    "krijg ..2 leefgeld|zakgeld|huishoudgeld ..2 van ..1 hem|haar|mijn_man|mijn_vriend|mijn_partner|mijn_vrouw",
    f"{_PARTNER_NL} ..2 wil ..2 niet ..1 dat ..1 ik ..4 afspreek|afspreken|ergens_blijf_hangen|blijf_hangen|uitga|vrienden_zie|met_anderen|alleen_weg",
)
UNSAFE_EN += (
    f"when|after|if ..1 {_PARTNER_EN}|my_husband|my_boyfriend|my_partner|my_dad ..3 drinks|drunk|has_been_drinking|had_been_drinking ..4 i'm|i_am|i_get|i ..2 scared|afraid|frightened",
    f"{_PARTNER_EN} ..4 checks|reads|goes_through|looks_through|monitors ..2 my ..1 phone|messages|texts|whatsapp|email",
    f"{_PARTNER_EN} ..4 controls|manages|handles|keeps|takes ..2 all ..1 my ..1 money|salary|wages|pay",
    "allowance ..2 from ..1 my ..1 husband|boyfriend|partner|wife|girlfriend",
    f"{_PARTNER_EN} ..3 doesn't|does_not|won't ..1 let ..1 me ..4 see_friends|see_my_friends|go_out|meet",
)
CONCERN_NL: tuple[str, ...] = (
    # someone's thanks for everything at night, and then silence (set94)
    "bedankt|dank ..1 voor ..1 alles ..9 niks_voor_hem|niets_voor_hem|niks_voor_haar|niets_voor_haar|offline|reageert_niet|neemt_niet_op|telefoon_staat_uit|midden_in_de_nacht",
    # found blue or unconscious (set93: a housemate's fentanyl)
    "blauw ..1 aangelopen|aangeslagen",
    "hij|zij|ze ..3 bewusteloos|buiten_bewustzijn ..3 gevonden|aangetroffen|vonden",
    # a trainer or a teacher with a child (set94: "onze coach heeft iets met een meisje
    # van 15 uit de jeugdselectie")
    "coach|trainer|docent|leraar|leider|begeleider|hij ..3 heeft|had ..1 iets|seks|een_relatie ..2 met ..2 een ..1 meisje|jongen|kind|meid|leerling ..2 van ..1 12|13|14|15",
)
CONCERN_EN: tuple[str, ...] = (
    # a friend who hits his girlfriend (set95)
    "friend|roommate|housemate|brother|teammate|classmate|he|she ..3 hits|beats|hit|beat|abuses|slaps ..2 his|her|their ..1 girlfriend|boyfriend|wife|husband|partner|kids|children|son|daughter",
    "thanks|thank_you ..1 for ..1 everything ..9 not_like_him|not_like_her|went_offline|offline|not_answering|doesn't_answer|phone_is_off|phone's_off|3am|4am|middle_of_the_night",
    "he|she|they|friend|flatmate|roommate|housemate|brother|sister|teammate ..2 was|were ..1 blue|unconscious|unresponsive ..3 when ..2 we|i ..1 found",
    "found ..1 him|her|them ..2 blue|unconscious|unresponsive|not_breathing",
    "coach|trainer|teacher|instructor|he ..3 sleeping_with|having_sex_with|dating|hooking_up_with|has_a_thing_with|is_with ..3 a ..2 minor|underage|13|14|15",
)
# The stage, the match and the game, said as such
FIGURES_NL: tuple[str, ...] = (
    # a role in a play (set94: "in het stuk speel ik een vrouw die door haar man
    # mishandeld wordt"; "de regisseur wil dat ik in de tweede akte 'dood' speel")
    "speel|spelen|speelt|speelde ..3 een ..2 vrouw|man|meisje|jongen|moeder|vader|dochter|zoon|rol|personage|slachtoffer|dader|weduwe ..2 die ..5 wordt|werd|is|was|heeft|had|zich|zichzelf|gaat|ging",
    "dood ..1 speel|spelen|speelt|liggen ..3 akte|scène|stuk|regisseur|voorstelling|toneel",
    "regisseur|regie ..8 dood ..1 speel|spelen|liggen",
    "regie ..1 aanwijzing|aanwijzingen",
    "regieaanwijzing|regieaanwijzingen|toneelaanwijzing",
    # dying on stage; a sudden death in a final (not "de plotselinge dood van mijn vader")
    "dood ..1 gegaan|gaan|ging ..2 op ..2 het? ..1 podium",
    "doodgegaan|doodgaan|doodging ..3 op ..2 het? ..1 podium|toneel",
    # the others say nobody noticed the slip (not "niemand zou het merken als ik er niet was")
    "zegt|zei|zeggen ..2 dat? ..1 niemand ..3 gemerkt|merkte|zag|gezien ..1 heeft?",
    "sudden ..1 death & finale|final|ronde|round|wedstrijd|penalty|penalties|wonnen|verloren|won|lost",
    "killen|kill|killing ..3 in ..1 ranked|de_lobby|the_lobby",
    "geoefend|oefenen|oefende|gestudeerd|studeren|gespeeld|spelen ..4 tot ..3 mijn ..1 vingers|vingertoppen ..1 bloeden|bloedden",
)
FIGURES_EN: tuple[str, ...] = (
    "play|playing|plays|played ..3 a ..2 woman|man|girl|boy|mother|father|daughter|son|character|role|victim|wife|husband|widow ..2 who ..6 is|was|gets|got|has|had|kills|killed|hangs|dies|died|takes|took|cuts|tries",
    "everyone|everybody|they|he|she ..1 says|said ..1 nobody|no_one ..1 noticed",
    "died|die|dying ..2 on ..1 stage",
    # cut from a squad, a coach who'll "kill" one in tomorrow's session (set95)
    "got|been|was|were|get|getting ..1 cut ..2 from ..2 the|my|our ..1 squad|team|selection|cast|roster|programme|lineup",
    "kill ..1 me ..4 in ..2 tomorrow's|the|next|our ..1 session|workout|training|practice|class|rehearsal",
    "skip|skipping|skipped ..1 leg ..1 day",
    # practising until the fingers bleed (a role-play, round 29, Q3: self-harm, acute)
    "practised|practiced|practise|practice|practicing|practising|played|playing ..4 until|till ..3 my ..1 fingers|fingertips ..1 bleed|bled|bleeding",
    "sudden ..1 death & round|final|finals|overtime|penalty|penalties|match|game|won|lost|lan",
    "are|were ..1 you ..2 trying ..1 to ..1 kill ..1 me",
    "the ..1 death ..2 of ..2 my|the|our ..2 concept|concepts|draft|idea|design|first_concept",
    "murdered|killed|destroyed ..2 me & jury|panel|critique|crit|feedback|audition",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
