"""Round 12: warning signs as prevention guides list them (core/lexicon_signals_warning.py),
everyday readings the older families took for risks, and a past that is over only when
nothing beside the finding says "again" or "last night". Sentences of our own, written
from the signs after a fresh outsiders' set (set25) was measured unseen. Run on the
commit before the round (0a7ce50, through a worktree), 23 of these 43 checks failed; the
others guard readings that already held (a relapse to the blade, long sleeves, "verlost
van dit leven" were found before) and risks the new figures must leave alone."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

RISK = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}
ACUTE = RISK | {"sexual_violence", "dropout_risk", "grief"}

FOUND = [
    # who gets one's things
    ("suicidal_thoughts", "I wrote down who should get my guitar and my savings"),
    ("suicidal_thoughts", "ik heb op een briefje gezet wie mijn fiets en mijn kat krijgt"),
    ("suicidal_thoughts", "made a list of who gets what"),
    # a strange calm once "it" is decided, the decision unnamed
    ("suicidal_thoughts", "weirdly I feel calm now that I've decided"),
    ("suicidal_thoughts", "sinds ik het besloten heb ben ik heel rustig"),
    # not minding if one's heart stops
    ("suicidal_thoughts", "het maakt me echt niet uit als mijn hart er gewoon mee ophoudt"),
    ("suicidal_thoughts", "honestly I'd be fine if my heart just stopped tonight"),
    # freed from this life
    ("suicidal_thoughts", "ik wil gewoon verlost zijn van dit leven"),
    ("suicidal_thoughts", "I just want to be free from this life"),
    # staring at the tracks
    ("suicidal_thoughts", "ik blijf op het perron maar naar het spoor staren"),
    ("suicidal_thoughts", "I keep staring down at the tracks when the intercity comes"),
    # tired of waking up every day; a wish that one died
    ("suicidal_thoughts", "ik ben het zo zat om elke dag wakker te worden"),
    ("suicidal_thoughts", "so tired of waking up every morning"),
    ("suicidal_thoughts", "ik wenste gisteren weer dat ik niet meer wakker werd"),
    # a relapse to the blade; marks under long sleeves
    ("self_harm", "twee maanden clean geweest maar gisteren weer met het scheermesje"),
    ("self_harm", "I'm back on the blade after half a year"),
    ("self_harm", "ik loop in juni in lange mouwen zodat niemand de littekens ziet"),
    ("self_harm", "she wears long sleeves to training and there was blood on the cuffs"),
    # no place to sleep tonight
    ("unsafe_situation", "ik weet echt niet waar ik vannacht moet slapen"),
    ("unsafe_situation", "ik heb vanaf vanavond geen slaapplek meer"),
    ("unsafe_situation", "kicked out with my suitcase, nowhere to go"),
    # "again" beside a past that was over: the relapse is now
    ("self_harm", "I used to cut but that's been over for years, though yesterday I cut again"),
]

HARMLESS = [
    # an absence with an everyday reason
    "I won't be around next week because of my sister's wedding",
    "I won't be here on Friday, I have a dentist appointment",
    # a will drawn up at the notary; dying in a game, again and again
    "we hebben bij de notaris een testament gemaakt voor het nieuwe huis",
    "gisteren in Valorant zo vaak doodgegaan, ik was kapot",
    "I died like 50 times to that boss last night",
    "I keep dying in this game, the third level is impossible",
    # a scene in a play, a course that teaches to recognise, a first-aid practical
    "for drama class I have to act out a suicide scene",
    "in our nursing course we learn to recognise the signs of an overdose",
    "bij de EHBO-cursus oefenden we op een pop met een snijwond in de pols",
    # a past that is over
    "I used to self-harm as a teen but that's been over for years",
    "I had suicidal thoughts in 2020 but I've been fine since then",
    # everyday uses of the new families' words
    "I feel calm now that I've decided to switch to psychology",
    "made a list of who gets what for secret santa",
    "I'm tired of waking up at six every day for lectures",
    "ik ben het zat om elke dag om zes uur wakker te worden voor mijn stage",
    "we keep looking at the trains from the bridge, my little brother loves them",
]

# Readings that the figures of this round must leave alone.
STILL_FOUND = [
    ("suicidal_thoughts", "I won't be around for long, I'm going on a trip nobody comes back from"),
    ("suicidal_thoughts", "I won't be around much longer, I have a plan"),
    ("suicidal_thoughts", "the notary said my will is fine but I still want to die"),
    ("grief", "mijn oma is vorige week doodgegaan en ik mis haar"),
]


def _themes(builtin: Catalog, text: str) -> set[str]:
    return set(Recogniser(builtin.themes).read(text).themes)


@pytest.mark.parametrize(("theme", "text"), FOUND)
def test_warning_signs_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", HARMLESS)
def test_the_everyday_reading_stays_harmless(builtin: Catalog, text: str) -> None:
    assert not ACUTE & _themes(builtin, text)


@pytest.mark.parametrize(("theme", "text"), STILL_FOUND)
def test_the_figures_leave_risks_alone(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


def test_a_harmless_reading_still_shows_what_it_set_aside(builtin: Catalog) -> None:
    """A framed or past mention is listed, never dropped (issue 10, point 4)."""
    reading = Recogniser(builtin.themes).read("for drama class I have to act out a suicide scene")
    assert [m.set_aside for m in reading.mentions] == ["framed"]
