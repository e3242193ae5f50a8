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
    "think|thinking|thought|thoughts ..4 following|joining ..1 him|her|them",
)
SUICIDAL_NL: tuple[str, ...] = (
    "denk|dacht|gedachte|gedachten ..5 achterna ..2 te? ..1 gaan|komen",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

# "Kill me" said of a parent over a grade, a resit or a tattoo (set55: "my mom will kill
# me if I fail statistics again", "mijn vader vermoordt me als hij ziet dat ik een tattoo
# heb"): a manner of speaking, shown as a mention. Over anything else ("... if he finds
# out about my girlfriend") the threat stays.
_TRIVIAL_EN = "fail|failed|failing|flunk|flunked|grade|grades|exam|exams|resit|statistics|stats|tattoo|piercing|haircut|late|mess|dishes"
_TRIVIAL_NL = "opruim|opruimen|zak|zakken|gezakt|cijfer|cijfers|tentamen|tentamens|herkansing|onvoldoende|tattoo|tatoeage|piercing|kapsel|afwas|rommel"
FIGURES_EN: tuple[str, ...] = (f"kill|murder ..1 me ..6 {_TRIVIAL_EN}",)
FIGURES_NL: tuple[str, ...] = (
    f"vermoordt|vermoorden|vermoord ..1 me|mij ..8 {_TRIVIAL_NL}",
    f"me|mij ..1 vermoordt|vermoorden|afmaakt ..8 {_TRIVIAL_NL}",
)
