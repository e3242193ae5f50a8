"""Round 9: families written from the misses and false alarms of an outsiders' set
(set17: Flemish, Dunglish, chat copied from a group, e-mails with the problem in one
clause), in sentences of our own. Run on the commit before the change, 22 of these 44
checks failed (missed, read as the wrong person, or acute); the others guard readings
that already held (some by the second net) and the harmless readings the new
families must not break."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

RISK = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}

FOUND = [
    # looking up how high a bridge or a building is; ways to end it
    ("suicidal_thoughts", "ik zoek 's nachts steeds op hoe hoog de bruggen hier zijn"),
    ("suicidal_thoughts", "heb gegoogeld welke flat in de stad hoog genoeg is"),
    ("suicidal_thoughts", "I keep searching how high the bridges around here are"),
    ("suicidal_thoughts", "I've been looking up rooftops near my flat a lot lately"),
    # a rope kept ready in one's room
    ("suicidal_thoughts", "er ligt een touw onder mijn bed voor als het echt niet meer gaat"),
    ("suicidal_thoughts", "There's a rope in my wardrobe, I put it there last month"),
    # praying to be taken
    ("suicidal_thoughts", "ik bid elke avond dat God me komt halen"),
    ("suicidal_thoughts", "every night I pray that God takes me in my sleep"),
    # "after tonight you will not have to worry about me"
    ("suicidal_thoughts", "na vandaag hoeven jullie je nooit meer zorgen om mij te maken"),
    ("suicidal_thoughts", "you won't have to worry about me anymore after tonight"),
    # the urge coming back; a typo of cutting
    ("self_harm", "the urge to cut is back since I moved here"),
    ("self_harm", "de drang om mezelf te snijden komt steeds terug"),
    ("self_harm", "i been cuting again on my arm"),
    # what a friend sees in someone else
    (
        "concern_for_other",
        "mijn zus heeft steeds nieuwe sneetjes op haar pols en zegt dat de kat het was",
    ),
    ("concern_for_other", "my roommate keeps getting fresh cuts on her arms, says it's the cat"),
    (
        "concern_for_other",
        "mijn huisgenoot appte 'bedankt voor alles, jullie waren de beste' en nu neemt ze niet op",
    ),
    (
        "concern_for_other",
        "my brother posted 'goodbye everyone' last night and now his phone is off",
    ),
    ("concern_for_other", "mijn vriendin heeft al haar sieraden weggegeven aan haar zus"),
    # someone else's words in quotes are theirs
    ("concern_for_other", "mijn huisgenoot zei gisteren 'ik ga me ophangen' en hij meende het"),
    ("concern_for_other", "my flatmate said 'I'm going to hang myself' and he wasn't laughing"),
    ("concern_for_other", "stuurde mijn vriend net: ik maak er vanavond een eind aan"),
    # sexual violence told without its name
    ("sexual_violence", "er zat iets in mijn drankje en ik werd wakker in zijn bed"),
    ("sexual_violence", "someone spiked my drink at the party and I woke up at his place"),
    ("sexual_violence", "I think I was drugged at the bar and I don't remember what happened"),
    ("sexual_violence", "werd wakker in een kamer die ik niet kende en weet nog dat ik nee zei"),
    ("sexual_violence", "he filmed us without my consent and threatens to post it"),
    ("sexual_violence", "hij heeft ons gefilmd zonder toestemming en dreigt het te delen"),
    ("sexual_violence", "a guy I matched with is blackmailing me with pictures"),
    ("sexual_violence", "my supervisor cornered me in the archive and touched me"),
]

NOT_A_RISK = [
    # cutting back is no cutting; not knowing what one wants in life is no wish to die
    "I'm cutting back on coffee during exam week",
    "cutting back my hours at work so I can study more",
    "ik weet niet goed wat ik wil in het leven, welke studie past bij mij?",
    "I don't know what I want to do with my life after graduating",
    # a farewell without silence after it, or with its harmless sequel
    "see you on the other side of the exams!",
    "thank you for everything this year, you were a great mentor",
    # jumping for joy; a party game in which players die
    "mijn vriend sprong een gat in de lucht toen hij zijn cijfer zag",
    "we spelen vanavond weerwolven, wie wil er als eerste dood?",
    # quitting smoking, said beside the university
    "ik wil stoppen met roken, heeft de universiteit daar begeleiding voor?",
    # searching a bridge for a photo, a rope for moving house
    "I looked up the old bridge for my photography project",
    "we hebben een touw gekocht voor de verhuizing van mijn zus",
]

# The student's own words stay the student's, beside a person named.
STILL_THE_STUDENT = [
    ("suicidal_thoughts", "I told my friend that I want to kill myself"),
    ("suicidal_thoughts", "ik heb tegen mijn moeder gezegd dat ik niet meer wil leven"),
]


def _themes(builtin: Catalog, text: str) -> set[str]:
    return set(Recogniser(builtin.themes).read(text).themes)


@pytest.mark.parametrize(("theme", "text"), FOUND)
def test_signs_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", NOT_A_RISK)
def test_the_harmless_reading_stays_harmless(builtin: Catalog, text: str) -> None:
    assert not (RISK | {"sexual_violence", "dropout_risk"}) & _themes(builtin, text)


@pytest.mark.parametrize(("theme", "text"), STILL_THE_STUDENT)
def test_told_to_someone_is_still_the_student(builtin: Catalog, theme: str, text: str) -> None:
    themes = _themes(builtin, text)
    assert theme in themes and "concern_for_other" not in themes


def test_a_quoted_wish_to_die_is_not_the_students(builtin: Catalog) -> None:
    """ "mn huisgenoot zei 'ik ga me ophangen'": the "me" in someone else's quoted words
    is theirs. Without the reported-speech check on reflexives (textcontext) this read
    as the student's own thoughts and no concern for the flatmate."""
    themes = _themes(builtin, "mn huisgenoot zei letterlijk 'ik ga me ophangen'")
    assert "concern_for_other" in themes and "suicidal_thoughts" not in themes


def test_looking_up_heights_is_urgent(builtin: Catalog) -> None:
    """Weighing a method, as a plan: urgency immediate, as the screen would give."""
    reading = Recogniser(builtin.themes).read("ik zoek steeds op hoe hoog die brug is")
    assert any(f.theme == "suicidal_thoughts" and f.immediate for f in reading.findings)


# Needs that are not a risk to life, as outsiders wrote them (set17) and as a counsellor's
# own check found missing; 11 of these 14 rows were missed on the commit before
# (catalog/themes.yaml); the other three guard what already held.
THEMES = [
    ("low_mood", "ik heb nergens meer goesting in"),
    ("low_mood", "ik kom al dagen mijn bed niet uit"),
    ("low_mood", "I just feel numb and empty all the time"),
    ("finances", "ik heb nog maar 30 euro voor de rest van de maand"),
    ("finances", "is there an emergency fund for students who can't pay rent"),
    ("identity", "I started my transition this year and need to change my name"),
    ("identity", "ik voel me hier nooit helemaal Nederlands en thuis nooit helemaal Turks"),
    ("identity", "I feel torn between my faith and the life my friends here live"),
    ("study_choice", "I can't choose between two master programmes"),
    ("addiction", "ik kijk zoveel porno dat het mijn leven overneemt"),
    ("functional_impairment", "since my concussion I get headaches when I study"),
    ("study_skills", "how do I get through 300 pages of reading each week"),
    ("self_insight", "I'd like to find out what kind of work suits me"),
    ("dropout_risk", "if I fail three more courses I lose my visa and have to leave"),
]


@pytest.mark.parametrize(("theme", "text"), THEMES)
def test_needs_in_own_words_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


def test_the_life_others_live_is_no_wish_to_die(builtin: Catalog) -> None:
    """The second net read "the life my friends here live" as suicidal thoughts (0.95)."""
    themes = _themes(builtin, "I feel torn between my faith and the life my friends here live")
    assert "suicidal_thoughts" not in themes
