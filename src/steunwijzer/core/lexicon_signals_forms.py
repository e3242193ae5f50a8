# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 36's outsiders' set, after it was measured unseen: set113
(what students type into a portal's contact form or a message to their study adviser
before an intake). Each family is written for what it says, with its harmless
neighbours in mind (a train one waits for to go home, an assignment whose point one
does not see), not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads
the families.
"""

from __future__ import annotations

_EXIST_NL = "bestond|besta|bestaan|bestaat|er_was|er_ben|geboren_was"

SUICIDAL_NL: tuple[str, ...] = (
    # a passive wish not to exist: "ik wou dat ik gewoon niet bestond"
    f"wou|wilde|wenste|wens|zou_willen ..1 dat ..1 ik ..3 niet|nooit ..2 meer? ..1 {_EXIST_NL}",
    # no point in anything any more: "ik zie nergens het nut meer van in" (a point missed
    # in one thing, "ik zie het nut van deze opdracht niet", names the thing)
    "zie|zag|zien|ziet ..3 nergens ..4 nut|zin ..2 meer",
    "zie|zag|zien|ziet ..2 nergens ..1 meer ..3 nut|zin",
    # the same with nothing named, said as an end: "ik zie het nut er niet meer van in"
    # (as "I don't see the point anymore" is read)
    "zie|zag|zien|ziet ..1 het|er ..2 nut ..1 er|ervan? ..1 niet ..1 meer ..1 van? ..1 in? $",
    "wat ..1 is ..1 het ..1 nut ..1 nog ..1 eigenlijk|überhaupt? $",
    "wat ..1 is ..1 nog ..1 het ..1 nut $",
    # "everything" made plain after stopping: "met alles bedoel ik, niet alleen de studie"
    "met ..1 alles ..1 bedoel ..6 niet ..1 alleen|enkel ..3 studie|opleiding|school|uni|studeren",
    "bedoel ..2 met ..1 alles ..1 eigenlijk|echt? $",
    # a counsellor's note of a plan with its means (set114): "Concreet plan met medicatie"
    # (not a "behandelplan met medicatie", one word)
    "!concreet|concrete|uitgewerkt|duidelijk ..1 plan ..3 met|om ..2 medicatie|pillen|medicijnen|tabletten|touw|mes|springen|overdosis",
)
SUICIDAL_EN: tuple[str, ...] = (
    # the train waited for, not to board it: "I think about just waiting for the train"
    # when crossing the tracks ("thinking about waiting for the train instead of cycling"
    # has no "just": a way home)
    "think|thinking|thought ..1 about|of ..1 just ..1 waiting|standing|staying|lying|stepping ..3 for|on|in_front_of ..2 the|a ..1 train|tracks|rails|tram",
    "think|thinking|thought ..1 about|of ..2 waiting|standing|staying|lying ..1 on ..2 the ..1 tracks|rails",
    # a counsellor's shorthand (set114, case notes): "Ideation without intent", "passive
    # ideation"; not a design project's "ideation phase"
    "passive|active|ongoing|recurrent|fleeting ..1 ideation",
    "ideation ..2 without|with|but_no|no ..1 intent|plan|a_plan|means",
    "!concrete|detailed|specific ..1 plan ..3 with|involving|to_take|to_use ..2 pills|medication|meds|overdose|rope|knife|jump",
)
# Someone close who turns violent: "at home my brother gets violent" ("the game gets
# violent" names no person; "her boyfriend gets violent" is a friend's danger, which
# the concern version of the other families reads)
_CLOSE_EN = "dad|father|mum|mom|mother|brother|sister|stepdad|stepfather|stepmother|uncle|boyfriend|girlfriend|partner|ex|husband|wife|roommate|housemate|flatmate|landlord"
_CLOSE_NL = "vader|pa|moeder|ma|broer|zus|stiefvader|stiefmoeder|oom|vriend|vriendin|partner|ex|man|vrouw|huisgenoot|huisgenote|huisbaas"
UNSAFE_EN: tuple[str, ...] = (
    f"my|our ..1 {_CLOSE_EN} ..3 gets|get|getting|got|becomes|became|turns|turned ..2 violent|aggressive|physical",
)
UNSAFE_NL: tuple[str, ...] = (
    f"mijn|mn|m'n|onze ..1 {_CLOSE_NL} ..3 wordt|werd|worden|kan ..3 gewelddadig|agressief|handtastelijk",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}
