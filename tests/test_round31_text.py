"""Round 31, free text: the families of two blind sets (voice messages and long
rambling ones; students of nursing, medicine, pharmacy and veterinary medicine who tell
their own risk in the words of their work) and a role-play, with their harmless
neighbours. The sentences are written for the tests, not copied from the sets. All
cases were run on the round's start (2d47fe3): the harmless neighbours the round's new
families could have hit, the guards named in the docstrings, and some risk sentences
(read there by the second net or an older family) passed there; they guard the
round's rules. Every other case failed there."""

from __future__ import annotations

import pytest

from .reading import ACUTE, builtin_vocabulary, themes_of


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # drugs of a ward saved, or taken home
        ("ik spaar al weken de restjes morfine van mijn nachtdiensten op", "suicidal_thoughts"),
        ("I've been hoarding the leftover oxycodone from my placement", "suicidal_thoughts"),
        ("I took insulin home from the ward last week", "suicidal_thoughts"),
        # how easy it would be, said of nothing else
        ("sinds mijn stage op de apotheek weet ik hoe makkelijk het zou zijn", "suicidal_thoughts"),
        ("working nights on the ward I see how easy it would be", "suicidal_thoughts"),
        # knowing the dose, and when
        ("ik weet welke dosis, alleen nog geen datum", "suicidal_thoughts"),
        ("de letale dosis heb ik uitgerekend", "suicidal_thoughts"),
        # looking up ways, with nothing after
        ("lately I keep researching methods", "suicidal_thoughts"),
        ("I keep googling which one is least painful", "suicidal_thoughts"),
        # the railway, and standing there
        ("gisteravond naar het spoor gefietst en daar lang gestaan", "suicidal_thoughts"),
        ("last night I walked to the tracks and just stood there for ages", "suicidal_thoughts"),
        # an animal put to sleep, and the wish it were oneself
        ("we had to put down a cat today and I wished someone would do that for me",
         "suicidal_thoughts"),
        # a goodbye with nobody named to say it to
        ("well, this is goodbye then", "suicidal_thoughts"),
        # counting one's pills in Dutch word order (a role-play, A1)
        ("elke nacht tel ik mijn slaappillen, om zeker te weten dat het genoeg is",
         "suicidal_thoughts"),
        # sharps of a placement on one's skin; hitting oneself asked about as "je"
        ("I use the lancets from the lab on my arms", "self_harm"),
        ("ik gebruik de naalden van stage op mijn bovenbenen", "self_harm"),
        ("is het normaal dat je jezelf slaat als je iets fout doet?", "self_harm"),
        # someone "done", with the means
        ("my roommate said she's done and that the pills are in her drawer", "concern_for_other"),
        # a friend's posts about not wanting to be here
        ("my cousin keeps posting stories about not wanting to be here anymore",
         "concern_for_other"),
        # put out of one's room and sleeping somewhere
        ("my landlord kicked me out of my room, I've been sleeping at the station",
         "unsafe_situation"),
    ],
)  # fmt: skip
def test_the_rounds_families_are_read(text: str, theme: str) -> None:
    """Families read from set99, set100 and the role-play (round 31)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Niet voor het tentamen, voor mezelf: ik heb bij toxicologie alle letale doses geleerd.",
        "For the pharmacology exam we learnt every lethal dose. Not for the exam though.",
        "what happens if someone takes too many sleeping pills? asking for myself honestly",
        "how many tablets would be fatal, i ask because it's me",
    ],
)
def test_a_study_frame_or_a_someone_said_not_to_be_it(text: str) -> None:
    """A framed risk is the student's own when the text says the frame is not it, and a
    "someone" is the writer when the writer says so (round 31)."""
    found = themes_of(text)
    assert "suicidal_thoughts" in found
    assert "concern_for_other" not in found


@pytest.mark.parametrize(
    "text",
    [
        # a wish to die of embarrassment, laughing or boredom
        "I want to die of embarrassment, I waved at someone who wasn't waving at me",
        "wanna die of boredom in this three hour lecture",
        "ik wil dood van verveling bij dit college",
        # a patient's death at work; a drill and a course on overdoses
        "the family of the deceased patient brought cake for the whole ward",
        "ik heb de overleden patiënt samen met mijn begeleider verzorgd",
        "the overdose reversal training on Friday was really good",
        "Can someone explain self-poisoning versus suicide attempts for the toxicology exam?",
        "voor farmacologie moeten we de letale dosis van paracetamol kunnen berekenen",
        # the courses called Research Methods
        "I failed Research Methods. Can I still resit it this year?",
        # a goodbye to a city, pills counted for a trip
        "this is goodbye to Utrecht, thanks for an amazing exchange year",
        "ik tel mijn pillen zodat ik genoeg heb voor de vakantie",
        "we counted the morphine together at handover",
        # taken from a ward for use: a dependence, not a stock
        "I have been pocketing diazepam from work to take the edge off",
    ],
)
def test_harmless_neighbours_stay_calm(text: str) -> None:
    """Harmless neighbours of the round's families are not acute (round 31). The
    Research Methods and counted-morphine lines guard (they failed only with a first
    draft of the families)."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "I want to die of shame after what he did to me",
        "ik wil dood van de stress",
        "suicidal thoughts for the whole exam period",
        "stopped eating as a punishment for failing my anatomy exam. i deserve the hunger",
        "not asking for myself but for my roommate: is 30 paracetamol lethal?",
        "bij farmacologie heb ik stiekem de dodelijke dosis voor mijn eigen gewicht uitgerekend",
    ],
)
def test_what_the_rounds_rules_must_not_set_aside(text: str) -> None:
    """Guards: the round's figures, frames and reveals leave these acute: shame and
    stress are weights, a time is no study frame, "not asking for myself" is someone
    else's, a dose for one's own weight is one's own."""
    assert themes_of(text) & ACUTE


def test_a_denial_after_counting_pills_does_not_cancel_it() -> None:
    """ "Ik tel elke avond mijn pillen, om te weten dat ik er genoeg heb. Ik wil niet dood
    hoor." was nothing recognised: the denial blocked the second net, and no rule read
    the Dutch word order (a role-play, round 31, A1)."""
    text = (
        "Ik tel elke avond mijn pillen, gewoon om te weten dat ik er genoeg heb. "
        "Ik wil niet dood hoor."
    )
    found = builtin_vocabulary().read(text)
    assert "suicidal_thoughts" in {f.theme for f in found.findings if f.set_aside is None}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set101 (written after set99 and set100 were read): care and technical placements
        ("ik loop op stage elke dag over de spoorbrug en heb daar al een plek gekozen",
         "suicidal_thoughts"),
        ("near the railway yard where I intern I've already found a spot", "suicidal_thoughts"),
        ("ik heb vorige week een injectiespuit van de praktijk mee naar huis genomen",
         "suicidal_thoughts"),
        ("during training I have access to a pistol and I keep thinking about using it",
         "suicidal_thoughts"),
        ("sinds de schietoefening denk ik steeds aan dat wapen, "
         "en niet op een goede manier. ik denk aan mezelf",
         "suicidal_thoughts"),
        ("which insulin dose can't be traced? it's for my pharmacology essay... okay not really",
         "suicidal_thoughts"),
        ("I press the hot soldering iron on my arm on purpose. I know it's not normal",
         "self_harm"),
        ("ik heb brandwonden op mijn armen van de oven. "
         "Tegen mijn collega's zeg ik dat het een ongelukje was.",
         "self_harm"),
        ("iemand uit mijn team heeft gedreigd me neer te schieten", "unsafe_situation"),
        # knowing exactly what would be enough (a second role-play, A1)
        ("ik sta de hele dag tussen de medicijnen, ik weet precies wat genoeg zou zijn.",
         "suicidal_thoughts"),
        ("ik ken precies de hoeveelheid die genoeg zou zijn", "suicidal_thoughts"),
        # what someone cared for says is theirs, not the writer's
        ("een bewoner zei vandaag tegen me 'ik wil niet meer leven'", "concern_for_other"),
    ],
)  # fmt: skip
def test_the_third_sets_families_are_read(text: str, theme: str) -> None:
    """Families read from set101 (round 31)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I burned myself on the oven tray at my restaurant job, so clumsy",
        "ik heb een brandplek op mijn hand van de strijkbout. "
        "Mijn moeder zei dat ik beter moest opletten.",
        "we hebben toegang tot het wapen tijdens de training, ik denk dat dat goed geregeld is",
    ],
)
def test_the_third_sets_neighbours_stay_calm(text: str) -> None:
    """Guards: an accident with a hot tool, someone else telling the student to be
    careful, a weapon's access that is only arranged."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    ["Een leerling van mij snijdt zichzelf", "a pupil on my placement cuts herself",
     "een bewoner zei vandaag 'ik wil dood'"],
)  # fmt: skip
def test_someone_cared_for_is_someone_else(text: str) -> None:
    """A pupil's or a resident's risk gave the student the self-harm or suicidal theme
    (a second role-play, round 31, C5; set101)."""
    found = themes_of(text)
    assert "concern_for_other" in found
    assert not found & {"self_harm", "suicidal_thoughts"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set102 (students who write with difficulty, measured after the round's reading)
        ("m'n huisgenote heeft snee in haar arme gemaakt", "concern_for_other"),
        ("my sister talk about jumping off the roof every week", "concern_for_other"),
        ("mijn neef heeft zelfmoord gepleegd en sindsdien denk ik er zelf ook aan",
         "suicidal_thoughts"),
        # a memorial of someone close (the second role-play, B5)
        ("can't pay the ticket home for my mum's memorial", "grief"),
        ("de herdenking van mijn oma is volgende week", "grief"),
    ],
)  # fmt: skip
def test_the_fourth_sets_families_are_read(text: str, theme: str) -> None:
    """Families read from set102 (round 31)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik wil zaterdag niet wakker worden voor twaalf uur, eindelijk weekend",
        "can someone tell me what suicide means in this article? my english is not so good",
        "op het dak van de faculteit foto's gemaakt voor mijn fotografie opdracht, mooi uitzicht",
    ],
)
def test_the_fourth_sets_neighbours_stay_calm(text: str) -> None:
    """Sleeping late, asking what a word means, photographing a view (set102)."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "I keep my insulin needles at home",
        "ik bewaar mijn insuline in de koelkast",
        "I saved my insulin for the trip",
        "ik heb mijn naalden meegenomen op vakantie",
    ],
)
def test_a_diabetics_insulin_is_no_means(text: str) -> None:
    """Guards: the ward families read "saving morphine", "a syringe taken home"; a
    first draft of them also read a diabetic keeping insulin or needles."""
    assert not themes_of(text) & ACUTE


def test_pills_saved_for_a_weekend_alone_stay_a_plan() -> None:
    """Guards: a trip is a figure for pills counted or saved, a weekend is not (a first
    draft set "saving up my pills for the weekend when my parents are away" aside)."""
    found = themes_of("I've been saving up my pills for the weekend when my parents are away")
    assert "suicidal_thoughts" in found
