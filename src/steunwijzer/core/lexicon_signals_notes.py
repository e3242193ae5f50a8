# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Means taken from work, and a question about a dose "for me": families
read from an outsiders' set (set30, round 13) after it was measured unseen (62 of 69
risk texts found), each written for what it says, not for the one sentence.

Kept apart from lexicon_signals_warning.py (which holds round 12-13's earlier families)
to keep modules small; lexicon.py reads both through FLOOR.
"""

from __future__ import annotations

_MEDS_NL = "pillen|tabletten|medicijnen|slaappillen|paracetamol|oxazepam|sertraline|medicatie|morfine|insuline"
_MEDS_EN = "pills|tablets|meds|medication|sertraline|paracetamol|tylenol|painkillers|insulin|morphine|oxycodone"

SUICIDAL_NL: tuple[str, ...] = (
    # knowing the lethal dose, and means taken from the ward or the pharmacy
    "weet ..2 precies ..3 welke|hoeveel ..4 dodelijk",
    "!meegenomen|gepakt|gestolen|achterovergedrukt ..4 van|uit ..2 de|het ..1 afdeling|apotheek|ziekenhuis|stage|werk ..8 la|lade|kast|tas|kamer",
    # "niet met de studie, met alles"
    "niet ..1 met ..2 studie|studeren|school|opleiding|uni ..4 met ..1 alles",
    # "ik wil dat het (snel) voorbij is", the sentence ending there
    "wil|wou ..2 dat ..0 het ..0 voorbij ..0 is $",
    "wil|wou ..2 dat ..0 het ..0 snel|gewoon|allemaal|eindelijk ..0 voorbij ..0 is $",
    # the highest building, and whether one can get on its roof
    "hoogst|hoogste ..8 op ..2 het ..1 dak ..1 komen|kan|kun",
    f"hoeveel ..3 {_MEDS_NL} ..4 nodig|genoeg ..4 om|voor ..2 niet|nooit ..2 meer",
    "pijnloos ..4 doen|kan|zou|manier",
)
SUICIDAL_EN: tuple[str, ...] = (
    f"how ..1 many|much ..3 of? ..2 my? ..2 {_MEDS_EN} ..4 would|does|will|did ..1 it ..1 take",
    "which|what ..2 drugs|pills|meds|medication ..3 would|could|will ..1 do ..1 it ..2 painlessly|painless|quickly",
    "!took|taken|brought|stole|nicked|pocketed ..4 from ..2 the|my ..1 ward|pharmacy|hospital|placement|work ..8 drawer|room|bag|locker",
    "not ..1 with ..2 uni|school|studies|study|college ..4 with ..1 everything",
)
CONCERN_EN: tuple[str, ...] = (
    "rope ..4 in ..2 his|her|their ..1 room|wardrobe|closet|bag|car|drawer",
)
CONCERN_NL: tuple[str, ...] = (
    "touw ..4 in ..2 zijn|haar|hun ..1 kamer|kast|kledingkast|tas|auto|la",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
