# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from round 34's outsiders' sets, after they were measured unseen:
set110 (messages as students send them: chat, forum posts, a mail at 3 a.m.) and
set109 (body, health and habits). Each family is written for what it says, with its
harmless neighbours in mind (a script that hangs, a lecture at 8:45, a bus that takes
the student home), not for the one line.

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py and
lexicon_sources.py read the families.
"""

from __future__ import annotations

SUICIDAL_NL: tuple[str, ...] = ()
SUICIDAL_EN: tuple[str, ...] = (
    # a burden asked about in the general "you" ("is it normal to sometimes think your
    # family would be better off without you?"); not "better off without him"
    "think|thinking|feel|feeling|wonder|wondering ..6 better ..1 off ..1 without ..1 you",
    # death hoped for while asleep ("I hope a heart attack takes me in my sleep"); not
    # "I hope the bus takes me home"
    "hope|hoping|wish|pray|praying ..6 heart_attack|stroke|aneurysm ..3 takes|take|gets|kills ..1 me",
    "hope|hoping|wish|pray|praying ..8 takes|take ..1 me ..1 in ..1 my ..1 sleep",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
}
# What the same words say harmlessly (round 34's neighbours)
FIGURES_NL: tuple[str, ...] = (
    "je|jij ..1 bent|zou|zal|was ..3 beter ..1 af ..1 zonder ..1 hem|haar|hen",
    # a program that hangs ("mijn script hangt zichzelf steeds op")
    "script|code|programma|laptop|computer|pc|app|systeem|server|game|spel|telefoon|mobiel|browser|word|excel ..3 hangt|hing|hangen ..3 zichzelf ..2 op",
)
FIGURES_EN: tuple[str, ...] = (
    # advice after a break-up ("honestly, you're better off without him"); "they'd be
    # better off without me" stays the student's burden
    "you're|youre|you_are|you'd|you_would|you'll|you_will ..4 better ..1 off ..1 without ..1 him|her|them",
    "laptop|computer|script|code|program|app|pc|phone|browser|server|game|battery ..3 killing|kills|killed|keeps_killing ..1 itself",
    # an early lecture as a death wish of the teacher ("this professor wants us all dead
    # with these 8:45 lectures"); "my ex wants me dead" stays a threat
    "professor|prof|lecturer|teacher|docent|tutor|schedule|timetable|faculty|uni|university|course|coordinator ..3 wants|want|is_trying_to ..1 us|me ..2 all? ..1 dead ..4 with|by|these|this|those",
)
