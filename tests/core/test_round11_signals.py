"""Round 11: families written from the misses and false alarms of an outsiders' set
(set23: voice messages, straattaal, Flemish, international students' English, case
notes), in sentences of our own, and a false alarm found while reading it: any search
"how" was a risk to life, urgency immediate ("ik heb opgezocht hoe laat de bus gaat").
Run on the commit before the round (2193082, through a worktree), 31 of these 54 checks
failed; the others guard readings that already held (the "held" searches, which the
narrowed search pattern must keep) and harmless readings the new families must not
break."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

RISK = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}
ACUTE = RISK | {"sexual_violence", "dropout_risk", "grief"}

FOUND = [
    # whether a number of one's own tablets would be enough
    ("suicidal_thoughts", "would fifty of my lexapro be enough"),
    ("suicidal_thoughts", "zijn dertig van mijn oxazepam genoeg"),
    ("suicidal_thoughts", "is een strip citalopram dodelijk"),
    # counting how many one would need, the thing unnamed
    ("suicidal_thoughts", "ik zit te tellen hoeveel ik nodig zou hebben"),
    # an insurance that pays out when something happens to oneself
    (
        "suicidal_thoughts",
        "betaalt de levensverzekering uit als mij iets overkomt, ook als ik het zelf doe?",
    ),
    ("suicidal_thoughts", "would my insurance still pay out to my mum if I die by my own hand"),
    # things given away that will not be needed where one goes
    ("suicidal_thoughts", "you can keep my guitar, I won't need it where I'll be"),
    # which stretch of track a train passes fastest
    ("suicidal_thoughts", "welk stukje spoor rijdt de goederentrein op volle snelheid"),
    ("suicidal_thoughts", "which part of the railway line do the trains pass at full speed"),
    # only waiting for it to stop
    ("suicidal_thoughts", "ik wacht eigenlijk alleen nog tot alles ophoudt"),
    ("suicidal_thoughts", "honestly I'm just waiting for it all to end."),
    # final messages, a pain that should stop for good
    ("suicidal_thoughts", "ik heb laatste brieven geschreven aan mijn ouders en mijn zus"),
    ("suicidal_thoughts", "my goodbye letters to my family are in my desk drawer"),
    ("suicidal_thoughts", "I want the hurting to end for good"),
    # a search that leads to dying (held: these were found before, by the wide pattern)
    ("suicidal_thoughts", "ik heb gegoogeld hoe je pijnloos doodgaat"),
    ("suicidal_thoughts", "I looked up how many paracetamol it takes to die"),
    ("suicidal_thoughts", "ze heeft opgezocht hoe je zonder pijn dood kunt gaan"),
    # a counsellor's note on cuts; strangled; sleeping in a night bus or on the street
    ("self_harm", "Student toont sneetjes op beide onderarmen, ontkent suïcidaliteit."),
    ("self_harm", "fresh cuts on her forearms, says she is fine"),
    ("unsafe_situation", "gisteren drukte hij mijn keel dicht tot ik zwart zag"),
    ("unsafe_situation", "he squeezed my throat until I couldn't breathe"),
    ("unsafe_situation", "ik slaap al een week in het trappenhuis van mijn oude flat"),
    ("unsafe_situation", "vannacht slaap ik weer op straat"),
    ("unsafe_situation", "sinds september ben ik dakloos"),
    ("unsafe_situation", "he smashed the door right next to my face"),
    ("unsafe_situation", "m'n vader mept weer zodra hij dronken is"),
    ("unsafe_situation", "my stepdad hits me again whenever he's drunk"),
    # sexual violence without its name; a lecturer's messages about one's body
    ("sexual_violence", "ik was laveloos en heb nooit ja gezegd, hij wist dat"),
    ("sexual_violence", "I never said yes, I was passed out on the couch"),
    ("sexual_violence", "ik zei twee keer nee maar hij ging toch door"),
    ("unwanted_behaviour", "mijn stagebegeleider stuurt appjes over mijn benen"),
    # dropping out after this block
    ("dropout_risk", "volgens mij kap ik na deze periode ermee"),
    ("dropout_risk", "I'm going to drop out after this term."),
]

NOT_A_RISK = [
    # a search is a search: the bare "hoe" made each of these acute and immediate
    "ik heb opgezocht hoe laat de bus gaat",
    "ik heb gegoogeld hoe ik een nieuwe studiepas aanvraag",
    "I googled how to renew my residence permit",
    "I looked up how long the exam takes",
    "ik zocht een manier om beter te plannen",
    "I researched how much a room in Utrecht costs",
    # tablets for a headache; an insurance for a phone; textbooks given away
    "is one paracetamol enough for my headache",
    "does my insurance pay out if my phone breaks",
    "ik heb mijn boeken weggegeven want ik ben afgestudeerd",
    # scratches from a cat; a no to a job offer; a campaign and a practical
    "ik heb krassen op mijn arm van de kat",
    "I got scratches on my arms from the brambles",
    "I said no to the job offer but they still kept calling",
    "voor de campagne rond seksueel grensoverschrijdend gedrag maken we posters",
    "in our toxicology practical we calculated the lethal dose for a rat",
    "for my thesis I am analysing self-harm admission data",
    # "want" after a "niet": the reason is not denied, nor is it a risk
    "ik kan niet komen want mijn trein heeft vertraging",
    "na dit blok stop ik met roken",
]

# "want" ends a Dutch clause only: "I don't want to die" stays denied.
WANT_CLAUSES = [
    ("unsafe_situation", "Ik kan niet thuis studeren want mijn vader slaat als hij dronken is."),
    ("suicidal_thoughts", "ik ga niet naar college want ik wil dood"),
]
STILL_DENIED = ["I don't want to die", "I do not want to kill myself, I want help planning"]


def _themes(builtin: Catalog, text: str) -> set[str]:
    return set(Recogniser(builtin.themes).read(text).themes)


@pytest.mark.parametrize(("theme", "text"), FOUND)
def test_hints_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", NOT_A_RISK)
def test_the_harmless_reading_stays_harmless(builtin: Catalog, text: str) -> None:
    assert not ACUTE & _themes(builtin, text)


@pytest.mark.parametrize(("theme", "text"), WANT_CLAUSES)
def test_a_dutch_want_ends_the_reach_of_a_negation(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", STILL_DENIED)
def test_the_english_verb_want_keeps_its_denial(builtin: Catalog, text: str) -> None:
    assert "suicidal_thoughts" not in _themes(builtin, text)
