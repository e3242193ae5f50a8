"""Round 13: families read from an outsiders' set (set28) after it was measured unseen,
each with sentences of our own beside the set's, and the everyday readings beside them.
On the commit before the round (a3534d7, run through a worktree) every sentence here
failed but those marked "guards"."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

RISK_THEMES = {"suicidal_thoughts", "self_harm", "concern_for_other"}

RISK = [
    # too much medication, on purpose
    ("I took too much of my medication on purpose", "suicidal_thoughts", True),
    ("she says she took too many of her meds on purpose last night", None, True),  # guards
    ("had to go to A&E because I'd taken too much paracetamol on purpose", None, True),
    # a medicine cabinet emptied
    ("ik heb het medicijnkastje leeggehaald en alles ligt nu in mn la", None, True),
    ("I emptied the medicine cabinet and hid everything in my room", "suicidal_thoughts", True),
    ("Medicijnkast thuis helemaal leeggehaald, weet niet of ik het ga doen", None, True),
    # a counsellor's note: the student burns or cuts "zich"
    ("st. geeft aan zich te branden met sigaretten als de spanning oploopt", "self_harm", False),
    ("Studente vertelde zich te snijden na ruzies thuis", "self_harm", False),
    ("ik brand mezelf soms met een sigaret", "self_harm", False),  # guards
    ("he burns himself with cigarettes when he's stressed", None, False),  # guards
    # set29: not eating as a punishment, the pain inside felt outside
    ("Ik eet dan als straf gewoon de hele dag niks.", "self_harm", False),
    ("als straf eet ik soms twee dagen niks", "self_harm", False),
    ("I starve myself because I feel I deserve it", "self_harm", False),
    ("de pijn van binnen wordt minder als ik het buiten voel", "self_harm", False),
    # knowing where a gun is kept, not reaching a birthday, a step at the edge
    # (read as about the father too: both are kept, both acute; see recognise.py)
    ("I know exactly where my dad keeps his hunting rifle", None, False),
    ("ik weet precies waar mijn vader zijn jachtgeweer bewaart", None, False),
    ("Ik denk niet dat ik mijn verjaardag nog haal.", "suicidal_thoughts", False),
    ("I don't think I'll make it to my birthday", "suicidal_thoughts", False),
    ("ik stond bij het water en dacht: als ik nu gewoon een stap zet", "suicidal_thoughts", False),
    # someone else's pills kept in one's drawer
    ("ik heb een doosje oxazepam van mijn moeder in mijn la liggen", "suicidal_thoughts", True),
    # set30: means from the ward, a dose "for me", a rope in a room
    ("Ik heb wat meegenomen van de afdeling en het ligt nu in mijn la.", "suicidal_thoughts", True),
    ("How many of my sertraline would it take? Asking for me.", "suicidal_thoughts", False),
    ("I know exactly which drugs would do it painlessly", "suicidal_thoughts", False),
    ("ik wil dat het gewoon voorbij is", "suicidal_thoughts", False),
    ("there's a rope in his wardrobe and he gave me his PS5", "concern_for_other", False),
]

HARMLESS = [
    "de trein was weer eens vertraagd, ik spring bijna uit mijn vel van frustratie",
    "ik sprong uit mijn vel toen ik hoorde dat ik geslaagd was",  # guards
    "mijn docent zei dat mijn verslag dood en begraven was haha, alles opnieuw",
    "I used to self harm in high school but I've been fine for 5 years now. Help with a minor?",
    # guards
    "I used to cut in my teens, I've been clean for years, now I'm just stressed about exams",
    "ik heb de koelkast leeggehaald want ik ga verhuizen",  # guards
    "I emptied the dishwasher and cleaned my room",  # guards
    "ik heb me gebrand aan de pan tijdens het koken",  # guards
    # set29's everyday readings
    "Ik zou het dak op kunnen springen van blijdschap, ik heb mijn stage!",
    "I could jump off the roof with joy, I got the internship",
    "vanavond weer among us, wie als eerste dood gaat moet chips halen",
    "Heb me flink verbrand aan de oven bij mijn bijbaan, gewoon een ongelukje.",
    "Nummer van de dag: 'ik wil niet meer wakker worden zonder jou', op repeat",
    "My grandfather died in 2009, I barely knew him. Where do I hand in this form?",
    # guards
    "ik denk niet dat ik de deadline nog haal",
    "ik wil dat het tentamen voorbij is",  # guards
    "how many hours would it take to finish the thesis?",  # guards
    # the noun "plan" only: planning is study work (round 13)
    "Ik heb moeite met plannen en weet niet hoe ik effectief moet leren.",
    "ik moet mijn planning doen vanavond",
    "Our toxicology module covers overdose management with naloxone.",
]


@pytest.fixture(scope="module")
def read(builtin: Catalog):  # type: ignore[no-untyped-def]
    return Recogniser(builtin.themes).read


@pytest.mark.parametrize(("text", "theme", "immediate"), RISK)
def test_the_family_finds_a_risk(read, text: str, theme: str | None, immediate: bool) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert RISK_THEMES & set(found.themes), (text, found.themes)
    if theme is not None:
        assert theme in found.themes
    if immediate:
        assert any(f.immediate for f in found.findings), "an act or means gathered is now"


@pytest.mark.parametrize("text", HARMLESS)
def test_the_everyday_reading_stays_everyday(read, text: str) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert not RISK_THEMES & set(found.themes), (text, found.findings)
    assert "grief" not in found.themes
