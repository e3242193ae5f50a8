# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk-to-life signs rather than statements (round 9; see docs/vocabulary.md): looking up
how high a bridge or a building is, a rope kept ready in one's room, praying to be taken,
"after tonight you will not have to worry about me", the urge to cut coming back; and
what a friend sees in someone else: wounds explained away, belongings given away, a
farewell message and then no answer.

Written from their meaning in both languages after an outsiders' set (set17) showed the
families missing, not from its sentences; the harmless readings found while writing them
are kept out (a rope for moving house is not in one's wardrobe "for when", looking up a
bridge for a photo does not ask how high it is, "see you on the other side of the exams"
has no unanswered phone). Merged into lexicon.FLOOR; about someone else, a finding
becomes concern_for_other as every other (core/textcontext.about_other).
"""

from __future__ import annotations

_SEARCH_NL = "zoek|zocht|opgezocht|opzoeken|google|googel|googelen|gegoogeld|gegoogled|googlede|lees|las|gelezen|uitgezocht|uitzoeken|check|gecheckt"
_SEARCH_EN = "look|looking|looked|search|searching|searched|google|googling|googled|research|researching|researched|read|reading|check|checking|checked"
_HIGH_NL = "brug|bruggen|flat|flats|dak|daken|gebouw|gebouwen|toren|parkeergarage|balkon|viaduct"
_HIGH_EN = "bridge|bridges|building|buildings|roof|roofs|rooftop|rooftops|tower|towers|car_park|parking_garage|balcony|overpass"
_ROOM_NL = "kast|kledingkast|bed|la|lade|kamer|tas|rugzak|auto|kelder|zolder|bureau"
_ROOM_EN = "wardrobe|closet|cupboard|bed|drawer|room|bag|backpack|car|basement|attic|desk"
_GOD_NL = "god|allah|de_heer|jezus|het_universum"
_GOD_EN = "god|allah|the_lord|jesus|the_universe"
_LATER_NL = "vandaag|vanavond|vannacht|morgen|straks|binnenkort|dit_weekend|deze_week"
_LATER_EN = "today|tonight|tomorrow|this_weekend|this_week|soon"
_FAREWELL_NL = (
    "bedankt|dankjewel|dank_je|dankuwel ..3 voor ..2 alles",
    "vaarwel|afscheid|tot_ziens ..3 iedereen|allemaal|jullie",
    "aan ..2 de ..1 andere ..1 kant",
)
_FAREWELL_EN = (
    "thank|thanks|thank_you ..3 for ..2 everything",
    "goodbye|farewell|bye ..2 everyone|everybody|all|guys",
    "see ..2 you ..3 on ..2 the ..1 other ..1 side",
)
_UNREACHABLE_NL = "neemt_niet_op|nam_niet_op|niet_op|reageert_niet|reageert_ze_niet|reageert_hij_niet|neemt_ze_niet|neemt_hij_niet|reageert_nergens|geen_antwoord|onbereikbaar|telefoon_uit|telefoon_staat_uit|offline|niks_meer_gehoord|niets_meer_gehoord"
_UNREACHABLE_EN = "not_answering|isn't_answering|isnt_answering|won't_answer|no_answer|not_picking_up|isn't_picking_up|phone_is_off|phone's_off|phone_off|offline|not_replying|isn't_replying|no_reply|unreachable|not_heard"

SUICIDAL_NL = (
    # looking up how high a bridge or a building is: a method being weighed
    f"!{_SEARCH_NL} ..6 hoe|welke ..3 hoog|hoge|hoogste ..4 {_HIGH_NL}",
    f"!{_SEARCH_NL} ..6 {_HIGH_NL} ..4 hoog_genoeg|hoogte|hoe_hoog",
    # which one is the highest, said after it (round 39: "welke brug het hoogst is")
    f"!{_SEARCH_NL} ..6 welke ..3 {_HIGH_NL} ..6 hoogst|hoogste|het_hoogst",
    f"!{_SEARCH_NL} ..4 manieren|methodes|methoden ..3 om ..4 eruit_te_stappen|er_een_eind_aan_te_maken|dood_te_gaan|te_sterven|zelfmoord",
    # a rope kept ready in one's room, or "for when"
    f"!touw|strop ..6 ligt|liggen|lag|klaar|verstopt|bewaar|bewaard|hangt ..4 {_ROOM_NL}",
    f"!{_ROOM_NL} ..4 ligt|lag|liggen ..3 een? ..1 touw|strop",
    "!touw|strop ..6 voor ..2 als|wanneer ..4 niet_meer|het_moment|het_zover|ik_het",
    # praying to be taken, asking God to take one's life
    f"bid|bidden|bad|smeek|vraag|hoop ..6 {_GOD_NL} ..4 me|mij|mijn_ziel|mijn_leven ..3 komt? ..1 halen|haalt|meeneemt|wegneemt|neemt|tot_zich",
    # "after tonight you will not have to worry about me any more"
    f"{_LATER_NL}|na_vandaag|na_vanavond|vanaf_morgen ..8 hoeven|hoeft|hoef ..6 geen|nooit ..3 meer? ..3 zorgen|last ..3 om|over|van ..2 mij|me",
    f"hoeven|hoeft|hoef ..6 geen|nooit ..3 meer? ..3 zorgen|last ..3 om|over|van ..2 mij|me ..6 {_LATER_NL}|na_vandaag|na_vanavond|vanaf_morgen",
)
SUICIDAL_EN = (
    f"!{_SEARCH_EN} ..4 up? ..4 how ..2 high|tall ..4 {_HIGH_EN}",
    f"!{_SEARCH_EN} ..4 up? ..6 {_HIGH_EN} ..4 high_enough|how_high|height",
    # "i looked up which bridge in the city is the highest" (round 39)
    f"!{_SEARCH_EN} ..4 up? ..3 which|what ..3 {_HIGH_EN} ..6 highest|tallest",
    f"!keep|kept|been ..3 {_SEARCH_EN} ..2 up? ..3 {_HIGH_EN} ..6 near|around|close|by|in",
    f"!{_SEARCH_EN} ..4 ways|methods|how ..3 to ..3 end_it|end_my_life|kill_myself|die|disappear_for_good",
    f"!rope|noose ..6 in|under|inside ..3 my ..2 {_ROOM_EN}",
    f"!{_ROOM_EN} ..4 there's|there_is|keep|keeping|kept|hidden|hide ..3 a? ..1 rope|noose",
    "!rope|noose ..6 for ..2 when|if ..4 need|ready|time|can't|cant",
    f"pray|praying|prayed|beg|begging|ask|asking|hope ..6 {_GOD_EN} ..4 takes|take|took ..2 me|my_soul|my_life",
    f"won't|wont|will_not|will_never|never ..3 have_to|need_to ..3 worry ..3 about ..2 me ..6 after|from|anymore|again ..3 {_LATER_EN}",
    f"after|from ..2 {_LATER_EN} ..6 won't|wont|will_not|will_never|never|no_need|don't ..3 have_to|need_to? ..3 worry ..3 about ..2 me",
)
SELF_HARM_NL = (
    # the urge coming back, or back at it
    "drang|neiging|behoefte ..4 om? ..3 mezelf|mijzelf? ..2 te? ..1 snijden|krassen|branden|pijn_te_doen|beschadigen ..8 terug|weer|opnieuw|steeds",
    "vroeger ..4 sneed|kraste|snijden|krassen ..8 drang|neiging|zin ..4 terug|weer|opnieuw",
    # fresh wounds, explained away: on someone else's arm they are concern
    "nieuwe|verse|steeds ..3 sneetjes|sneden|krassen|brandplekken|brandwonden|snijwonden ..4 op ..2 haar|zijn|mijn|mn ..2 arm|armen|onderarm|onderarmen|pols|polsen|benen|dijen",
)
SELF_HARM_EN = (
    "urge|urges|need|itch ..3 to ..2 cut|self_harm|burn_myself|hurt_myself",
    "used ..1 to ..2 cut|self_harm|selfharm ..8 urge|urges|need|itch ..4 back|again|returned|return",
    "=cuting|=cutin|=cuttin|=cuted ..4 again|myself|my|arms|arm|legs|leg|wrist|wrists|thighs",
    "fresh|new|more ..2 cuts|scratches|burns|burn_marks|scars ..3 on ..2 her|his|my ..2 arm|arms|forearm|forearms|wrist|wrists|legs|thighs",
)
CONCERN_NL = (
    # a farewell message, and then no answer: urgent ("goodbye guys, and he's not
    # answering" was urgency soon, "goodbye guys on instagram" immediate: a role-play,
    # round 16)
    *(f"!{farewell} & {_UNREACHABLE_NL}" for farewell in _FAREWELL_NL),
    # someone else's belongings given away, all of them
    "al|alle ..1 zijn|haar|z'n|d'r ..4 spullen|boeken|kleren|sieraden|gitaar|games|geld|bezittingen ..6 weggegeven|weggedaan|weggeven|verkocht",
    "weggegeven|weggedaan|verkocht ..4 al|alle ..1 zijn|haar|z'n|d'r ..3 spullen|boeken|kleren|sieraden|bezittingen",
)
CONCERN_EN = (
    *(f"!{farewell} & {_UNREACHABLE_EN}" for farewell in _FAREWELL_EN),
    "gave|given|giving|gives ..1 away ..3 all? ..1 his|her|their ..3 stuff|things|books|clothes|jewelry|jewellery|guitar|games|money|belongings",
    "gave|given|giving|gives ..3 his|her|their ..3 stuff|things|books|clothes|jewelry|jewellery|guitar|belongings ..2 away",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
