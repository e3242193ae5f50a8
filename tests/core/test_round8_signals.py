"""Round 8: families written from the misses and false alarms of the trained half of an
outsiders' set (tests/data/outside/set15.jsonl), in sentences of our own. Each row below
was missed, or came out acute, on the commit before the change that it names (checked by
running the table there)."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

RISK = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}

FOUND = [
    # asking how much of a medicine would be lethal
    ("suicidal_thoughts", "hoeveel van die slaappillen zou te veel zijn eigenlijk"),
    ("suicidal_thoughts", "how many of my mum's painkillers are lethal, just wondering"),
    # hoping something happens on the road
    ("suicidal_thoughts", "ik fiets door rood en hoop dat er iets gebeurt"),
    ("suicidal_thoughts", "when I cross the road I kind of hope something happens"),
    # who gets one's things after one's death
    ("suicidal_thoughts", "wie krijgt eigenlijk mijn spaargeld als ik er niet meer ben"),
    ("suicidal_thoughts", "who would get my savings if I die, asking for me"),
    # what the family would get after one's death
    ("suicidal_thoughts", "My mom would get my insurance money and at least then I'd be useful."),
    ("suicidal_thoughts", "dan krijgen mijn ouders tenminste mijn verzekeringsgeld"),
    # a counsellor's note in shorthand ("geen SI" and "denies SI" below stay denied)
    ("suicidal_thoughts", "gesprek 3: SI ja, dagelijks, geen concreet plan"),
    ("suicidal_thoughts", "Note: passive SI since the break-up, sleeps badly"),
    ("suicidal_thoughts", "st. twijfelt of hij nog wil doorleven na de zomer"),
    ("suicidal_thoughts", "I've made my decision and honestly I feel calm for once"),
    ("suicidal_thoughts", "if something happens to me, who at uni would tell my parents?"),
    ("suicidal_thoughts", "maak je geen zorgen als ik er maandag niet ben, alles is geregeld"),
    ("unsafe_situation", "my stepdad threw a glass at my mum again last night"),
    ("unsafe_situation", "there are honour related threats from my uncles since I moved out"),
    ("sexual_violence", "she was pressured into sex by older members during hazing"),
    ("sexual_violence", "iemand chanteert me met naaktfoto's die ik ooit stuurde"),
    ("sexual_violence", "a guy blackmails me with nudes and wants money"),
    ("sexual_violence", "he grabbed me in the hallway and tried to kiss me"),
    # a wish is no manner of speaking ("ik ga dood van de stress" is); preferring not to be
    ("suicidal_thoughts", "eerlijk gezegd wil ik dood van alle stress"),
    ("suicidal_thoughts", "I want to die from all the pressure"),
    ("suicidal_thoughts", "ik ben er eigenlijk liever niet meer"),
    # a threat that names where one lives
    ("unsafe_situation", "hij stuurde me 'ik weet waar je woont' en een foto van mijn deur"),
    ("unsafe_situation", "an account I don't know keeps saying they know where you live"),
    # sexual violence told without its name
    ("sexual_violence", "mijn oom zat 's nachts aan me toen ik bij hen logeerde"),
    ("sexual_violence", "mijn baas greep me bij mijn billen in de keuken"),
    ("sexual_violence", "hij heeft me gezoend tegen mijn wil na het feest"),
    ("sexual_violence", "my coach touched me against my will after practice"),
    ("sexual_violence", "he climbed into my bed and I froze, I couldn't say no"),
    ("sexual_violence", "some guy at the club grabbed my breasts and laughed"),
    ("sexual_violence", "ik werd wakker en was naakt, ik weet niks meer van die nacht"),
    ("sexual_violence", "I woke up naked on his couch and remember nothing"),
]

NOT_A_RISK = [
    # a device that "died"
    "mijn laptop heeft zelfmoord gepleegd vlak voor de deadline",
    "my phone died in the middle of the online exam",
    "my charger committed suicide this morning, great start",
    # a film, a game, a course: the topic, not the student
    "we watched a documentary about gangs and honour killings in class",
    "I played a survival game where a stalker hunts you through a forest",
    "for our law course we discuss a case of domestic violence each week",
    # a past that is over
    "my aunt used to be stalked by her ex, but that's all over now",
    "mijn oom deed vroeger een zelfmoordpoging, hij is nu heel gelukkig",
    # being exhausted is no car exhaust
    "I've had bad dreams all week and got up exhausted every day",
    # notes that deny ("geen SI", "SI ontkend"), a pet at peace, a game, a poem, typos
    # across languages ("covered" is no "overleed", "hanging" no "heenging")
    "intake: geen SI, wel veel piekeren over tentamens",
    "SI ontkend, slaapt slecht sinds de verhuizing",
    "Student denies SI, main issue is procrastination",
    "onze oude kat is deze week ingeslapen, ze was al 17, mooi afscheid gehad",
    "our dog was put down, he was 16 and had a good life",
    "ik ben wel twintig keer doodgegaan in dat level gisteren",
    "this statistics course is a slow death",
    "overdosing on coffee again before the exam lol",
    "ik schreef een gedicht over de dood voor de poëziewedstrijd",
    "Is the trip to the shooting range covered by the sports card?",
    "do I need a hanging indent in my reference list?",
]

# Still the student: a media word or a device before the student's own words.
STILL_FOUND = [
    ("suicidal_thoughts", "I watch a series every night so I stop thinking about suicide"),
    ("suicidal_thoughts", "I play a video game every night so I don't think about killing myself"),
    ("suicidal_thoughts", "mijn telefoon is dood en ik wil eigenlijk ook dood"),
    ("suicidal_thoughts", "ik pak de auto en rij mezelf dood"),
    ("suicidal_thoughts", "a documentary about war and killing myself is all I think of"),
]


def _themes(builtin: Catalog, text: str) -> set[str]:
    return set(Recogniser(builtin.themes).read(text).themes)


@pytest.mark.parametrize(("theme", "text"), FOUND + STILL_FOUND)
def test_said_without_its_name_is_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", NOT_A_RISK)
def test_the_harmless_reading_stays_harmless(builtin: Catalog, text: str) -> None:
    assert not (RISK | {"sexual_violence"}) & _themes(builtin, text)


def test_a_lethal_dose_question_is_urgent(builtin: Catalog) -> None:
    """Asking how much would be lethal is a method: urgency immediate, as the screen."""
    reading = Recogniser(builtin.themes).read("how many of these tablets would be too many")
    assert any(f.theme == "suicidal_thoughts" and f.immediate for f in reading.findings)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb slaappillen van mijn moeder gespaard",
        "heb pillen verzameld, slaappilen van mn moeder, voor het geval dat",
        "how many of my mum's painkillers are lethal, just wondering",
    ],
)
def test_who_owns_the_means_is_not_who_is_at_risk(builtin: Catalog, text: str) -> None:
    """A role-play (round 8): pills saved "van mijn moeder" read as concern for the mother,
    with no suicidal thoughts at all. Without textroles.owner these fail."""
    themes = _themes(builtin, text)
    assert "suicidal_thoughts" in themes and "concern_for_other" not in themes


def test_someone_who_threatens_the_student_is_not_at_risk(builtin: Catalog) -> None:
    """ "my flatmate has been threatening me" was concern for the flatmate (the passive
    "been threatened" met "been threatening" by its stem): 113 above Veilig Thuis."""
    themes = _themes(builtin, "my flatmate has been threatening me")
    assert "unsafe_situation" in themes and "concern_for_other" not in themes
    assert "concern_for_other" in _themes(builtin, "my sister is being stalked by her ex")


def test_what_the_net_weighed_is_quoted_as_written(builtin: Catalog) -> None:
    """A role-play (round 8): the reason read "zwaarst wegend: ‘soms denk zin’". The words
    from the first weighed word to the last are quoted as the student wrote them."""
    text = "soms denk ik dat het allemaal geen zin meer heeft"
    reading = Recogniser(builtin.themes).read(text)
    net = [f for f in reading.findings if f.origin.endswith("resemblance")]
    assert net, reading.findings
    assert net[0].words in text and len(net[0].words.split()) >= 4, net[0].words


@pytest.mark.parametrize(
    "text",
    [
        "de trein naar Utrecht is weer uitgevallen",
        "ik ben er klaar mee dat de wifi steeds uitvalt",
        "ik mis alle colleges op maandag, mijn vriendin heeft dan de auto",
    ],
)
def test_a_train_or_wifi_that_drops_out_is_no_dropout_and_no_grief(
    builtin: Catalog, text: str
) -> None:
    """Outsiders' negatives (round 8): "uitgevallen" (a train, the wifi) read as dropping
    out, "mis ... vriendin" over a comma as missing someone who died."""
    assert not {"dropout_risk", "grief"} & _themes(builtin, text)
    assert "dropout_risk" in _themes(builtin, "ik dreig uit te vallen uit mijn opleiding")
