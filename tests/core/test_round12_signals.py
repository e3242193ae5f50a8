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
    # on a bridge named by its name; a call from a bridge at night
    ("suicidal_thoughts", "ik sta nu op de Erasmusbrug, wilde je nog even horen"),
    ("concern_for_other", "onze zoon heeft ons vannacht gebeld vanaf een brug"),
    # read from set22 and set24: means laid out or saved, a cord tried, a hairdryer by
    # the bath, how long one would stay under, hoping a bus does not stop
    ("suicidal_thoughts", "ik heb al mijn slaappillen op een rij klaargelegd op het bureau"),
    ("suicidal_thoughts", "I lined up all my sleeping pills on the desk"),
    ("suicidal_thoughts", "I've been hoarding my seroquel for a month"),
    ("suicidal_thoughts", "ik heb de kabel van mijn oplader om mijn nek gedaan"),
    ("suicidal_thoughts", "put the cord of my charger around my neck just to see"),
    ("suicidal_thoughts", "the hairdryer is plugged in next to the bath"),
    ("suicidal_thoughts", "wondering how long you would need to stay underwater"),
    ("suicidal_thoughts", "i kinda hope the tram doesn't brake one day"),
    ("suicidal_thoughts", "ik zit bij de gracht en denk erover om erin te springen"),
    # a learner's English, a date one does not expect to see, weeks left in me
    ("suicidal_thoughts", "many times I think to finish my life"),
    ("suicidal_thoughts", "I don't expect to be around by the resit"),
    ("suicidal_thoughts", "I don't think I have many months left in me"),
    ("suicidal_thoughts", "my own funeral playlist is ready"),
    ("suicidal_thoughts", "Sanne mag mijn laptop krijgen als er iets met me gebeurt"),
    ("self_harm", "ik kras niet meer, maar ik denk er elke dag aan"),
    ("self_harm", "got stitches at A&E, I did it myself"),
    ("concern_for_other", "our captain has been making himself bleed to cope"),
    ("concern_for_other", "there's a smell of gas in his room and he doesn't answer"),
    ("unsafe_situation", "my partner pushed me against the wall again"),
    ("unsafe_situation", "he threw a bottle at me last night"),
    ("unsafe_situation", "mijn stiefvader heeft me eruit gezet, ik slaap bij wisselende vrienden"),
    ("unsafe_situation", "her boyfriend locks her in when he goes to work"),
    # read from set26 after its unseen figure: a dropped "g", a prescription saved up,
    # searches for "painless", a will updated, a farewell, burns done oneself
    ("suicidal_thoughts", "i keep thinkin about killin myself every nite"),
    ("suicidal_thoughts", "ik spaar mijn oxazepam al weken op"),
    ("suicidal_thoughts", "mijn zoekgeschiedenis staat vol met pijnloze manieren"),
    ("suicidal_thoughts", "I've updated my will and cleaned out my room"),
    ("suicidal_thoughts", "take care of my plants, I won't be back, it's not your fault"),
    ("suicidal_thoughts", "mam, als je dit leest: het ligt niet aan jou"),
    ("self_harm", "ik snij me soms in mijn pols als het teveel wordt"),
    ("self_harm", "de brandwonden doe ik zelf met een aansteker"),
    ("self_harm", "I do it myself with a lighter, not the stove"),
    ("self_harm", "ik train door tot ik flauwval, dan voel ik tenminste iets"),
    ("concern_for_other", "she takes morphine from the ward and is saving it up"),
    # the verb first; "zm" beside thoughts (never alone: "ik kom zm" is "zo meteen")
    ("suicidal_thoughts", "ik gooi me morgen voor de trein"),
    ("suicidal_thoughts", "ik heb al weken zm gedachten"),
    ("suicidal_thoughts", "de zmgedachten worden erger"),
    # a learner's "me" for "myself"
    ("suicidal_thoughts", "sometimes I think to kill me"),
    ("self_harm", "when it is too much I hurt me with knife"),
    # stopping with everything, the words after a full stop going on (a role-play)
    ("suicidal_thoughts", "ik stop met alles"),
    ("suicidal_thoughts", "ben er klaar mee, na dit blok stop ik. met alles eigenlijk"),
    ("dropout_risk", "na dit blok stop ik"),
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
    "we liepen over de Erasmusbrug naar het museum",
    "ik heb je gebeld vanaf het station",
    "my dad called me from the office",
    "I keep my medication in the fridge",
    "ik bewaar mijn medicijnen in de keukenkast",
    "I took two ibuprofen for my headache",
    "I wrapped a scarf around my neck, it's freezing",
    "I finished my thesis and my life feels empty now",
    "I locked myself out of my room again",
    "in pharmacology we had to explain the treatment of a paracetamol overdose",
    "where is the overdose protocol for my ER placement?",
    "burned the rice again lol",
    "giving away my plants because I'm moving to Leiden",
    "the Dutch winter will kill me haha",
    "Vroeger deed ik aan zelfbeschadiging, maar dat ligt achter me.",
    "if you're reading this, drink some water",
    "I'm saving up for a new laptop",
    "ik stop met alles wat met instagram te maken heeft",
    "Ik ga stoppen. Met de hockey bedoel ik.",
    "ik kom zm naar de les, trein heeft vertraging",
]

# A call from a bridge about someone else: a risk to life, whoever it is read as.
RISK_FOUND = ["my sister called me from the bridge at 2am crying"]

# Readings that the figures of this round must leave alone.
STILL_FOUND = [
    ("suicidal_thoughts", "I won't be around for long, I'm going on a trip nobody comes back from"),
    ("suicidal_thoughts", "I won't be around much longer, I have a plan"),
    ("suicidal_thoughts", "the notary said my will is fine but I still want to die"),
    ("grief", "mijn oma is vorige week doodgegaan en ik mis haar"),
    ("self_harm", "I'm in treatment for my self-harm but it got worse this week"),
    ("unsafe_situation", "I think they want to kill me, they follow me home"),
]


# Written by sound (round 12): z for s, v for f, ei for ij, a doubled or single letter,
# d for t at the end, in words of four to six letters too.
BY_SOUND = [
    ("unsafe_situation", "ik foel me thuis niet feilig"),
    ("suicidal_thoughts", "ik wil niet meer leeven"),
    ("suicidal_thoughts", "ik maak er vanavond een eeind aan"),
    ("suicidal_thoughts", "iedereen is beter af sonder mij"),
    ("concern_for_other", "mein kamergenoot sneidt zichzelf"),
]
# A short word that sounds like a risk word and is a word of its own; a long word one
# letter away from a short risk word's sound ("trapped" less a letter is "raped").
NOT_BY_SOUND = [
    "I got hit by a ball in volleyball and my nose bled",
    "ik ga zaterdag naar een feestje",
    "I feel trapped in this tiny room, I really need to move",
    "can I follow the lab safety briefing online?",
    "ik wil niet meer lezen voor dit vak, het is saai",
    "the pressure of my scholarship is eating me up",
]


def _themes(builtin: Catalog, text: str) -> set[str]:
    return set(Recogniser(builtin.themes).read(text).themes)


# The words of the round found (with what the figures must leave alone, and words
# written by sound), and the everyday readings and sound-alikes left harmless.
@pytest.mark.parametrize(("theme", "text"), FOUND + STILL_FOUND + BY_SOUND)
def test_warning_signs_are_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", HARMLESS + NOT_BY_SOUND)
def test_the_everyday_reading_stays_harmless(builtin: Catalog, text: str) -> None:
    assert not ACUTE & _themes(builtin, text)


@pytest.mark.parametrize("text", RISK_FOUND)
def test_a_risk_to_life_is_found(builtin: Catalog, text: str) -> None:
    assert RISK & _themes(builtin, text)


def test_a_harmless_reading_still_shows_what_it_set_aside(builtin: Catalog) -> None:
    """A framed or past mention is listed, never dropped (issue 10, point 4)."""
    reading = Recogniser(builtin.themes).read("for drama class I have to act out a suicide scene")
    assert [m.set_aside for m in reading.mentions] == ["framed"]


# The reach of "again"/"yesterday" beside a past that is over (findings._recent): four
# words before a finding's first word and four after its last, in the same sentence.
# Each case sits on a bound; written from the mutation run of round 12 (docs/mutation.md).
RECENT_BOUNDS = [
    # first word of the text, one word before the finding: recent, so no past
    ("Vannacht sneed ik mezelf, vroeger vaker, maar dat is al jaren voorbij.", True),
    # five words before: too far, the past stands
    ("Gisteren zei ik nog: vroeger sneed ik mezelf, maar dat is al jaren voorbij.", False),
    # nine words before: too far
    (
        "Gisteren zei ik tegen de huisarts dat ik vroeger mezelf sneed, maar dat is al "
        "jaren voorbij.",
        False,
    ),
    # five words after the last: too far
    ("Vroeger sneed ik mezelf, maar al jaren voorbij, vandaag gewoon stage.", False),
]


@pytest.mark.parametrize(("text", "now"), RECENT_BOUNDS)
def test_the_reach_of_a_recent_word(builtin: Catalog, text: str, now: bool) -> None:
    reading = Recogniser(builtin.themes).read(text)
    assert ("self_harm" in reading.themes) is now
    if not now:
        assert [m.set_aside for m in reading.mentions] == ["past"]
