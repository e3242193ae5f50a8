"""Round 10: families written from the misses and false alarms of two outsiders' sets
(set19: international students' English and Reddit posts; set20: MBO slang, regional
Dutch), in sentences of our own. The sets' even lines were read for this; their odd
lines were held out (see docs/vocabulary.md). Run on the commit before the change
(454dbe7, through a worktree), 47 of these 73 checks failed; the other 26 guard readings
that already held (several only by the second net) and the harmless readings the new
families must not break."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

RISK = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}

FOUND = [
    # pills already swallowed, all of them or with a farewell
    ("suicidal_thoughts", "ik heb net alle slaappillen ingenomen die ik had"),
    ("suicidal_thoughts", "het is klaar, ik heb de pillen al geslikt"),
    ("suicidal_thoughts", "I just swallowed a whole bottle of painkillers"),
    ("suicidal_thoughts", "sorry everyone, I already took the pills"),
    ("suicidal_thoughts", "hoeveel van die oxazepam heb je nodig om niet meer wakker te worden"),
    # under a train, whatever the verb
    ("suicidal_thoughts", "morgen ga ik gewoon onder de trein"),
    ("suicidal_thoughts", "ik wil onder een trein, echt waar"),
    ("suicidal_thoughts", "sometimes I think about going under a train"),
    # the way there walked beforehand; a long look down from a bridge
    ("suicidal_thoughts", "ik heb de route naar het spoor al een keer gelopen"),
    ("suicidal_thoughts", "I already walked the route to the railway bridge twice"),
    ("suicidal_thoughts", "stond vannacht op de brug en heb een uur naar het water gekeken"),
    ("suicidal_thoughts", "I stood on the bridge for ages staring down at the river"),
    # a car running in a closed garage
    ("suicidal_thoughts", "ik heb gisteren de motor laten draaien in de garage met de deur dicht"),
    ("concern_for_other", "mijn broer heeft de auto laten draaien in de dichte garage"),
    ("concern_for_other", "my friend left the car running in the garage with the door shut"),
    # disappearing for good, said with a harmless word beside it
    ("suicidal_thoughts", "ik wil gewoon verdwijnen, voorgoed, niet even op vakantie"),
    ("suicidal_thoughts", "I want to disappear for good"),
    # a cut too deep; scars under long sleeves
    ("self_harm", "ik heb te diep gesneden en het blijft bloeden"),
    ("self_harm", "I think I cut too deep this time"),
    ("self_harm", "in de zomer draag ik lange mouwen vanwege de littekens"),
    ("self_harm", "I wear hoodies even in summer because of the scars on my arms"),
    # plates flying, a door locked, nowhere to sleep, an ex waiting every day
    ("unsafe_situation", "bij ons thuis vliegen de borden weer door de keuken"),
    ("unsafe_situation", "my dad threw plates at the wall again last night"),
    ("unsafe_situation", "ik zit met de deur op slot omdat mijn vader dronken is"),
    ("unsafe_situation", "kan ik ergens terecht vannacht, ik wil niet naar huis"),
    ("unsafe_situation", "is there anywhere I can sleep tonight"),
    ("unsafe_situation", "ik heb geen kamer meer en slaap nu in mijn auto"),
    ("unsafe_situation", "I've been sleeping in my car since I got evicted"),
    ("unsafe_situation", "mijn ex wacht me elke dag op na college"),
    ("unsafe_situation", "my ex shows up at my work every day and knows my schedule"),
    # sexual violence told without its name
    ("sexual_violence", "er is iets gebeurd op dat feest wat ik niet wilde"),
    ("sexual_violence", "ik was te dronken om nee te zeggen"),
    ("sexual_violence", "I was too drunk to say no and he knew it"),
    ("sexual_violence", "I said no but he kept going"),
    ("sexual_violence", "ik zei nee maar hij ging gewoon door"),
    ("sexual_violence", "hij deed dingen terwijl ik niet meer kon bewegen"),
    ("sexual_violence", "my manager touched me when we were alone and said it stays between us"),
    ("sexual_violence", "iemand heeft foto's van mij onder de douche gemaakt"),
    ("sexual_violence", "my ex posted my nudes in a group chat"),
    ("sexual_violence", "mijn naaktfoto's zijn rondgestuurd in de groepsapp"),
    ("sexual_violence", "he came into my bed while I was asleep"),
    ("sexual_violence", "mijn panty was kapot en ik weet niet meer wat er gebeurd is"),
    ("sexual_violence", "mijn oom kwam 's nachts naar mijn kamer toen ik 10 was"),
]

NOT_A_RISK = [
    # a near miss; a wish to sleep long after a shift
    "ik kwam vanochtend bijna onder de tram, wat een idioot reed daar",
    "I could sleep forever after this night shift",
    # a joke with a condition, a game title, mum's cooking
    "als ik nog één keer 'even sparren' hoor spring ik uit het raam",
    "one more group project meeting and I'm jumping out of the window",
    "anyone up for Dead by Daylight tonight?",
    "so homesick, I miss my mom's cooking and the sun",
    # words the new families use, in their harmless places
    "de route naar het station heb ik al gelopen, het is tien minuten",
    "we sliepen in de tent op de camping, heerlijk",
    "ik draag lange mouwen omdat het koud is",
    "I'm done with this course, can I still deregister?",
    # a verb one letter from "overleed"
    "mijn huisgenoot kookt elke dag spruitjes, ik overleef het niet",
]

# Needs that are not a risk to life (catalog/themes.yaml)
THEMES = [
    ("dropout_risk", "ze dreigen me uit te schrijven omdat ik zes weken niet ben geweest"),
    ("dropout_risk", "I'm thinking of just unenrolling before February"),
    ("dropout_risk", "the exam board says I could face exclusion for plagiarism"),
    ("addiction", "I vape all day and can't stop"),
    ("functional_impairment", "ik heb endometriose en lig elke maand een paar dagen plat"),
    ("unwanted_behaviour", "een collega zei dat ik terug moet naar mijn eigen land"),
    ("unwanted_behaviour", "people make jokes about my accent in the project group"),
    ("self_insight", "ik wil erachter komen wat ik echt goed kan"),
    ("study_skills", "ik lees alles en vergeet het meteen weer"),
    ("social_connection", "ik mis mijn mensen sinds ik verhuisd ben voor de opleiding"),
    ("family_circumstances", "mijn familie heeft me verstoten"),
    ("family_circumstances", "my parents disowned me when I came out"),
]


def _themes(builtin: Catalog, text: str) -> set[str]:
    return set(Recogniser(builtin.themes).read(text).themes)


@pytest.mark.parametrize(("theme", "text"), FOUND)
def test_acts_and_places_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", NOT_A_RISK)
def test_the_harmless_reading_stays_harmless(builtin: Catalog, text: str) -> None:
    assert not (RISK | {"sexual_violence", "dropout_risk", "grief"}) & _themes(builtin, text)


@pytest.mark.parametrize(("theme", "text"), THEMES)
def test_needs_in_own_words_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb net alle pillen geslikt die ik had",
        "I already walked the route to the tracks",
        "stond op de brug en heb een uur naar beneden naar het water gekeken",
    ],
)
def test_an_act_under_way_is_urgent(builtin: Catalog, text: str) -> None:
    """Pills taken, the way walked, a long look down: urgency immediate, as a plan."""
    reading = Recogniser(builtin.themes).read(text)
    assert any(f.theme == "suicidal_thoughts" and f.immediate for f in reading.findings)


@pytest.mark.parametrize(
    "text", ["ik heb mijn pillen al genomen vanochtend", "I already took my meds this morning"]
)
def test_a_daily_dose_is_no_act_under_way(builtin: Catalog, text: str) -> None:
    """Pills taken count as an attempt only when all of them, or said with a farewell.
    (The second net still finds a resemblance in these, not urgent: left, the safe side.)"""
    reading = Recogniser(builtin.themes).read(text)
    assert not any(f.immediate for f in reading.findings)


def test_asking_the_readers_is_not_someone_else(builtin: Catalog) -> None:
    """ "weet iemand ...": a question to whoever reads, nobody named. It was concern for
    someone else (the student asked for herself)."""
    text = "weet iemand hoeveel slaappillen je nodig hebt om niet meer wakker te worden"
    themes = _themes(builtin, text)
    assert "suicidal_thoughts" in themes and "concern_for_other" not in themes


def test_for_good_is_no_manner_of_speaking(builtin: Catalog) -> None:
    """ "verdwijnen ... vakantie" is a figure (a weekend away); "voorgoed" said beside it
    says it is not (recognise._denied). Guards against the figure winning again."""
    reading = Recogniser(builtin.themes).read("wil verdwijnen, voorgoed, niet op vakantie")
    assert "suicidal_thoughts" in reading.themes
    weekend = Recogniser(builtin.themes).read("ik wil even verdwijnen op vakantie")
    assert "suicidal_thoughts" not in weekend.themes


# A second pass, from a third outsiders' set (set21, read after it had measured the
# first pass unseen): hints by acts and places, in sentences of our own. On the commit
# before this pass (ace95c9) 19 of these 25 checks failed; the other six guard readings
# that already held (several by the second net) and the women's-shelter placement.
SECOND_PASS = [
    ("suicidal_thoughts", "bij elk perron denk ik: één stap en het is klaar"),
    ("suicidal_thoughts", "standing on the platform I feel the pull of the tracks"),
    ("suicidal_thoughts", "op de snelweg denk ik vaak: één stuurbeweging en het is over"),
    ("suicidal_thoughts", "als ik morgen niet wakker word vind ik dat prima"),
    ("suicidal_thoughts", "I wouldn't mind if my plane crashed on the way home"),
    ("suicidal_thoughts", "ik heb op stage een dienstwapen en denk dan aan mezelf"),
    ("suicidal_thoughts", "als ik er morgen niet ben mag je mijn fiets hebben"),
    ("concern_for_other", "mijn vader zegt steeds dat hij naar mama wil gaan, mama is overleden"),
    ("self_harm", "ik sla mijn hoofd tegen de muur tot het stil wordt"),
    ("self_harm", "I keep going deeper each time"),
    ("unsafe_situation", "hoe kom ik aan noodopvang voor vannacht"),
    ("unsafe_situation", "my landlord changed the locks and my stuff is outside"),
    (
        "sexual_violence",
        "hij dreigt mijn naaktfoto's naar mijn ouders te sturen als ik niet terugkom",
    ),
    ("sexual_violence", "my trainer put his hands under my shirt in the locker room"),
    ("sexual_violence", "I was too drunk to stand and he still kept going"),
    ("sexual_violence", "mijn buurman heeft aan me gezeten toen ik klein was"),
    ("sexual_violence", "the lecturer said I'd get a better grade if I came to his room"),
    ("dropout_risk", "pretty sure I'm getting kicked out after this year"),
    ("dropout_risk", "if I fail the resit I lose my place in the programme"),
]
SECOND_PASS_HARMLESS = [
    "Can't sleep, can't wake up, repeat.",
    "Bleeding-edge tech talk tonight, pizza included",
    "overdose of coffee today, five cups before noon",
    "I'm volunteering at a women's shelter for my social work placement",
    "heeft iemand de slides over seksueel geweld van forensische psychologie?",
    "I'm researching domestic violence policy for my thesis",
]


@pytest.mark.parametrize(("theme", "text"), SECOND_PASS)
def test_second_pass_hints_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", SECOND_PASS_HARMLESS)
def test_second_pass_harmless_readings(builtin: Catalog, text: str) -> None:
    assert not (RISK | {"sexual_violence"}) & _themes(builtin, text)
