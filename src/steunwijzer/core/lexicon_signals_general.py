# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from two outsiders' sets of round 25 (set80, set81: short sentences as
students say them at an intake, in a chat with a student desk or on a forum), after
they were measured unseen (65 of 70 risk sentences found in each). Each family is
written for what it says, with its harmless neighbours in mind, not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads
the families.
"""

from __future__ import annotations

# Things to hang from, and a place to hang them; a stare at them (not "my belt got
# caught on the bike rail": no stare)
_CORD_EN = "belt|rope|cord|noose|cable"
_HOLD_EN = "rail|hook|beam|ceiling|closet_rail|banister|pipe"
_STARE_EN = "staring|stare|stared|keep_looking|kept_looking|looking_at"
_CORD_NL = "riem|touw|koord|strop|kabel"
_HOLD_NL = "stang|haak|balk|plafond|kledingstang|trapleuning|leiding"
_STARE_NL = "staar|staren|staarde|kijk|kijken|keek|blijf_kijken|bleef_kijken"
_VEHICLE = "car|bus|truck|lorry|train|tram|van"
_VEHICLE_NL = "auto|bus|vrachtwagen|trein|tram|busje"

SUICIDAL_NL: tuple[str, ...] = (
    "acute|suïcidale|suicidale ..1 crisis",
    "gebeld|belde|verwezen|doorverwezen ..2 =113",
    "=113 ..3 gebeld|ingeschakeld",
    "!bang ..1 voor ..1 mezelf|mijzelf|m'n_eigen|mn_eigen ..3 nu|vanavond|vannacht|op_dit_moment",
    f"{_CORD_NL} ..8 {_HOLD_NL} & {_STARE_NL}",
    # a rope and a day chosen, said of oneself or of someone (who is judged after)
    "!touw|strop ..4 en ..2 een ..1 datum|dag",
    # not expecting to be there any more, in the order of a clause after "omdat"
    "niet ..1 verwacht|verwachten|denk ..3 dat? ..2 ik? ..2 er ..2 nog ..3 ben|te_zijn|zal_zijn|zijn",
    # hoping to be run over
    f"hoop|hoopte|wens|wenste|zou_willen ..4 {_VEHICLE_NL} ..4 aanrijdt|raakt|overrijdt|schept|aangereden|overreden|geschept",
)
SUICIDAL_EN: tuple[str, ...] = (
    # an acute crisis named in a note, or 113 called or referred to (H7: "student is in
    # acute crisis", "called 113 last night" were nothing recognised)
    # (not "a crisis service", "the crisis team": a placement or a job; not a chat)
    "acute|suicidal ..1 crisis",
    "called|rang|referred ..2 =113",
    # afraid of what one may do, now
    "!scared|afraid|frightened|terrified ..1 of ..1 myself|my_self ..3 right_now|now|tonight",
    f"{_CORD_EN} ..8 {_HOLD_EN} & {_STARE_EN}",
    "!rope|noose ..4 and ..2 a ..1 date|day",
    "don't|do_not|dont ..1 think|expect ..3 i ..2 be ..2 around|here|alive ..3 by|then|next|anymore|much_longer|long",
    # "does anyone else low-key hope a car hits them": the student's own hope, told as a
    # question to a forum (a "them" there is everyone asking, the writer among them)
    f"hope|hoping|hoped|wish|wishing ..4 a? ..1 {_VEHICLE} ..2 hits|hit|would_hit|will_hit|runs_over|ran_over|would_run_over ..1 me",
    f"anyone|anybody ..1 else ..6 hope|hoping|wish|wishing ..4 a? ..1 {_VEHICLE} ..2 hits|hit|would_hit|will_hit|runs_over|would_run_over ..1 them|you",
)
SELF_HARM_NL: tuple[str, ...] = (
    # a blade as one's way of coping
    "mesje|mesjes|scheermesje|scheermesjes & manier_om|ermee_om|hanteren|omgaan|om_te_gaan|enige_wat_helpt",
)
SELF_HARM_EN: tuple[str, ...] = (
    "blade|blades|razor|razors|razorblade|razorblades & how_i_cope|i_cope|coping|copes|how_i_deal|only_thing_that_helps",
)
# Sex one did not want, the sex named first: sexual violence is an unsafe situation on
# the floor too, so it is found with any catalogue (a role-play, round 25: "een jongen
# daar heeft seks met me gehad terwijl ik dat niet wilde" was read as a plain "ja").
_UNWANTED_NL = "seks|sex|neuken|geneukt|gepenetreerd"
_UNWANTED_EN = "sex|penetrated"
# Someone with a weapon at the door or in the room, and a sign it is now (an outsiders'
# hostile round, round 25, H7: "he has a knife and is outside my door right now" was a
# guess of the second net, urgency soon, Veilig Thuis before 112).
_ARMED_NL = "iemand|hij|ze|zij|man|vriend|ex|huisgenoot|huisgenote|vader|broer ..6 mes|messen|pistool|wapen|knuppel|machete|honkbalknuppel"
_NOW_NL = (
    "nu|op_dit_moment|wacht|voor_de_deur|voor_mijn_deur|in_mijn_kamer|in_de_gang|bonkt|komt|staat"
)
_ARMED_EN = "he|she|someone|somebody|guy|man|ex|boyfriend|girlfriend|roommate|housemate|flatmate|dad|father|brother ..6 knife|knives|gun|weapon|machete|bat"
_NOW_EN = "now|right_now|waiting|outside_my_door|at_my_door|at_the_door|in_my_room|banging|coming"
UNSAFE_NL: tuple[str, ...] = (
    f"!{_ARMED_NL} & {_NOW_NL}",
    "!bonkt|beukt|bonst|trapt|ramt|slaat ..3 op|tegen ..2 mijn|de ..1 deur|raam & nu|pijn|vermoorden|dreigt|doodmaken|afmaken",
    f"{_UNWANTED_NL} ..8 terwijl|hoewel|ook_al|toen ..2 ik ..2 niet ..1 wilde|wou|wil|nee_zei",
    f"{_UNWANTED_NL} ..4 tegen ..2 mijn ..1 wil|zin",
    f"{_UNWANTED_NL} ..6 terwijl|toen ..2 ik ..2 sliep|bewusteloos|buiten_westen|knock_out",
    # coming at one with a weapon
    "kwam|komt|liep|rende|ging ..4 met ..2 een? ..1 mes|knuppel|hamer|schaar|fles|honkbalknuppel ..3 op ..1 me|mij ..1 af",
)
UNSAFE_EN: tuple[str, ...] = (
    f"!{_ARMED_EN} & {_NOW_EN}",
    "!banging|kicking|pounding|hammering ..3 on|at|in ..2 my|the ..1 door|window & now|right_now|hurt|kill|threatens|threatening",
    f"{_UNWANTED_EN} ..8 when|while|though|although|even_though|even_tho ..1 i ..1 didn't|did_not|didnt|never ..1 want|wanted|agree|agreed|consent|consented",
    f"{_UNWANTED_EN} ..8 when|while|though|although|even_though ..1 i ..1 said|was_saying ..1 no|stop",
    f"{_UNWANTED_EN} ..4 against ..2 my ..1 will",
    f"{_UNWANTED_EN} ..6 while|when ..2 i ..1 was ..2 asleep|sleeping|unconscious|passed_out|blacked_out",
    "came|comes|went|goes|ran|lunged|charged ..1 at ..1 me ..3 with ..2 knife|knives|bat|hammer|blade|bottle|scissors",
)
CONCERN_NL: tuple[str, ...] = ()
CONCERN_EN: tuple[str, ...] = ()

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
