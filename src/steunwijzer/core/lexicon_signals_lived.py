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
PAST_NL: tuple[str, ...] = ()
PAST_EN: tuple[str, ...] = ("yrs|yr ..1 ago",)
