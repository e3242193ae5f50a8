# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from three outsiders' sets of round 23, after each was measured unseen:
before and after (set73: a past that is past, something coming back, follow-ups after
a talk), the everyday help questions in depth (set74) and questions typed into a
student desk, a chatbot or a search box (set75: "noodopvang student dakloos", "tentamen
gemist omdat ik op de SEH lag na een poging"). Each family is written for what it says,
with its harmless neighbours in mind, not for the one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon.py reads the
figures, lexicon_floor.py the families.
"""

from __future__ import annotations

# An attempt named only as "een poging" beside the emergency room, a ward or an
# admission; the clause ends after it ("na een poging tot reanimatie" is a ward's work).
_WARD_NL = "seh|spoedeisende_hulp|eerste_hulp|ziekenhuis|ic|psychiatrie|crisisdienst|opgenomen|opname|ambulance"
_WARD_EN = "er|emergency_room|hospital|icu|psych_ward|ward|admitted|ambulance|crisis_team"
SUICIDAL_NL: tuple[str, ...] = (
    f"{_WARD_NL} ..8 na|sinds|door|vanwege ..1 een|mijn|m'n|mn ..1 poging $",
    f"na|sinds ..1 mijn|m'n|mn ..1 poging ..6 {_WARD_NL}",
    # googling for ways, and nothing after: what for is left unsaid
    "googel|googelen|google|googlen|gegoogeld ..3 naar? ..1 manieren|methodes|manier $",
)
SUICIDAL_EN: tuple[str, ...] = (
    f"{_WARD_EN} ..8 after|since|because_of ..1 an|my ..1 attempt $",
    f"after|since ..1 my ..1 attempt ..6 {_WARD_EN}",
    "after|since ..1 my ..1 attempt $",
    "googling|googled ..3 for? ..1 ways|methods $",
)
# Help sought for, or stopping with, "the cutting": the act named as a habit of one's own.
SELF_HARM_NL: tuple[str, ...] = (
    "hulp|therapie|stoppen|ophouden|af_van ..4 voor|met|bij|van ..1 het|mijn|m'n|mn ..1 snijden|krassen|kerven|branden $",
    "weer|opnieuw ..3 begonnen|begon|gestart ..2 met ..1 het? ..1 snijden|krassen|kerven $",
)
SELF_HARM_EN: tuple[str, ...] = (
    "help|therapy|stop|stopping|quit ..4 with|for ..1 the|my ..1 cutting|scratching|burning $",
    "started|start|starting ..2 cutting|scratching|burning ..1 again",
)
# No bed for the night: a shelter searched for, not knowing where one will sleep.
UNSAFE_NL: tuple[str, ...] = (
    "nachtopvang|daklozenopvang|sleep_inn|slaapplek_nodig",
    "noodopvang|crisisopvang & dakloos|slapen|slaapplek|kamer|huis_uit|straat|vannacht|onderdak|weggelopen",
    "weet ..2 niet ..4 waar ..2 ik ..4 moet|kan|ga ..2 slapen|overnachten|pitten|maffen",
    "geen ..2 slaapplek|onderdak ..3 meer|vanaf|vannacht|morgen|volgende",
)
UNSAFE_EN: tuple[str, ...] = (
    "homeless_shelter|night_shelter|emergency_shelter",
    "don't|dont|do_not|no ..2 know|idea ..3 where ..3 i'll|i_will|i_can|i'm_going_to|to|i_should ..2 sleep|crash|stay_tonight",
)
FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}

# Manners of speaking: "burning out again" is exhaustion, not a burn.
FIGURES_EN: tuple[str, ...] = ("burn|burning|burned|burnt ..1 out ..2 again",)
FIGURES_NL: tuple[str, ...] = ("opgebrand|burn_out|burnout ..3 weer|opnieuw",)
