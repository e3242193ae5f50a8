"""Risk to life said in passing (round 7): families written from the misses of an
outsider's set (tests/data/blind/set12.jsonl) and the trained half of another
(tests/data/outside/set13.jsonl), in sentences of our own. Each row below was missed, or
wrongly set aside, before the change that it names (checked by running the table on the
commit before it)."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

FOUND = [
    # wanting not to exist, beside a denial of the act
    ("suicidal_thoughts", "I don't want to kill myself exactly, I just want to not exist."),
    ("suicidal_thoughts", "Once I'm not around anymore they can have my room."),
    ("suicidal_thoughts", "Laat het morgen maar niet meer komen."),
    ("suicidal_thoughts", "ik hoop dat ik in mijn slaap gewoon stop"),
    ("suicidal_thoughts", "I hope tomorrow never comes"),
    ("suicidal_thoughts", "Het zou een stuk rustiger zijn als ik gewoon verdween"),
    # the "niet" of "als ik er niet ben" is the wish itself (a role-play, round 7)
    ("suicidal_thoughts", "soms denk ik dat het voor iedereen makkelijker is als ik er niet ben"),
    ("suicidal_thoughts", "ik zou willen dat ik er niet was"),
    ("suicidal_thoughts", "ik denk dat het beter is als ik er niet meer ben"),
    ("suicidal_thoughts", "I'm just taking up space that someone else deserves more."),
    ("suicidal_thoughts", "ik neem alleen maar ruimte in die een ander beter kan gebruiken"),
    ("suicidal_thoughts", "ik voel me echt een burden voor iedereen"),
    ("suicidal_thoughts", "Mijn hoofd zegt dat ik het maar beter kan beëindigen."),
    ("suicidal_thoughts", "I've been done for a while, I just haven't acted on it yet."),
    ("suicidal_thoughts", "I attempted two years ago and lately I'm thinking about it again"),
    (
        "suicidal_thoughts",
        "Ik heb het twee jaar geleden geprobeerd en nu komen de gedachten weer terug.",
    ),
    ("suicidal_thoughts", "ik heb alles weggegeven wat me dierbaar is"),
    ("suicidal_thoughts", "ik heb mijn wachtwoorden in een envelop gestopt voor mijn zus"),
    ("suicidal_thoughts", "Na vanavond zijn jullie van me af."),
    ("suicidal_thoughts", "it won't matter soon anyway"),
    ("suicidal_thoughts", "soms wil ik gewoon uit het raam stappen"),
    ("suicidal_thoughts", "op het balkon moet ik snel naar binnen vanwege de gedachten"),
    ("suicidal_thoughts", "ik heb vrede gesloten met alles"),
    ("suicidal_thoughts", "Ik zal er na deze maand toch niet meer zijn."),
    ("suicidal_thoughts", "ik heb opgezocht van welke hoogte je een val niet overleeft"),
    ("suicidal_thoughts", "some nights I think about just not existing anymore"),
    # a match over a comma is judged in its own clause, not by the negation before it
    ("suicidal_thoughts", "not sad like crying sad, tired, tired of existing"),
    # keeping the thought away is no denial of it
    ("suicidal_thoughts", "I play games all night so I don't think about killing myself"),
    ("suicidal_thoughts", "ik game de hele nacht zodat ik niet hoef te denken aan zelfmoord"),
    # a game's name is no frame: only dying and coming back in play is
    ("suicidal_thoughts", "I play Minecraft all night so I don't think about killing myself"),
    ("concern_for_other", "mijn nicht zei dat ze van de flat af wil"),
    # "die, then laughed" is no "dying of laughter"
    ("concern_for_other", "My roommate said she wants to die and then laughed it off."),
    ("unsafe_situation", "My landlord says I can pay the rent another way."),
    ("unsafe_situation", "De huisbaas zei dat ik de huur ook op een andere manier kan betalen."),
    ("unsafe_situation", "mijn ouders dwingen me te trouwen met iemand die ik niet ken"),
    ("unsafe_situation", "Mijn werkgever heeft mijn paspoort ingenomen."),
    ("unsafe_situation", "Volgens mijn familie heb ik de eer geschonden."),
    ("unsafe_situation", "Mijn oom dreigde dat ik ervoor zou boeten."),
    ("unsafe_situation", "My brothers would hurt me if they found out I'm gay."),
    ("unsafe_situation", "last time he locked the door behind me, I was so scared"),
    # a marriage to a cousin, taken abroad and not let back (a role-play, round 7)
    ("unsafe_situation", "mijn ouders willen dat ik trouw met een neef"),
    ("unsafe_situation", "they will take me to Pakistan this summer and not let me come back"),
    # sexual violence without its name (set14, trained half; sentences of our own)
    ("sexual_violence", "hij ging gewoon door terwijl ik nee zei"),
    ("sexual_violence", "I woke up in his room without my clothes and can't remember anything"),
    ("sexual_violence", "someone put something in my drink at the party"),
    ("unsafe_situation", "he says he will send my nude photos to my parents"),
    # "a guy forced me" (a role-play, round 7), said with what he forced
    ("unsafe_situation", "my ex forced me to have sex with him"),
    ("sexual_violence", "hij dwong me tot seks"),
    ("self_harm", "Niemand mag zien wat ik mezelf aandoe."),
    ("self_harm", "It went deeper than I intended and I think it needs stitches."),
    ("self_harm", "Ik heb expres kokend water over mijn arm gegoten."),
    ("self_harm", "Ik heb twee dagen niks gegeten omdat ik het niet verdien."),
    ("self_harm", "I haven't eaten since Monday because I don't deserve food."),
    ("self_harm", "vannacht weer met een scheermesje gezeten"),
    # an accident figure does not hold where the sentence says it was meant
    ("self_harm", "I burned myself with the iron on purpose yesterday"),
    # a figure does not reach over "maar": the cat is the excuse, the wounds are her own
    ("self_harm", "ik zeg tegen iedereen dat het de kat was, maar die krassen zijn van mezelf"),
]

NOT_A_RISK = [
    "we died laughing at the party",
    "The discussion went deeper than I intended.",
    "I attempted the exam twice and failed.",
    "Ik wil het contract met mijn huisbaas beëindigen.",
    "I haven't acted on the feedback yet.",
    "ik heb mijn oude kleren weggegeven aan de kringloop",
    "ik keek uit het raam naar de regen",
    "I've made my peace with the breakup.",
    "My landlord says I can pay the rent another day.",
    "ik moet mijn paspoort verlengen",
    "we gaan mee naar Marokko op vakantie en komen in augustus terug",
    "I'm not allowed to go back to the lab after 8pm",
    "my parents forced me to study law",
    "my debt keeps growing and the wifi keeps dropping",
    "ik voel me zo belast door alles",
    "het is makkelijker als ik er niet ben bij de vergadering, dan kunnen jullie vrij praten",
    "Ik heb kokend water over de thee gegoten.",
    "Ik heb vandaag niks gegeten omdat ik geen tijd had.",
    "ik verdien het om een keer vakantie te hebben",
    # "geslaagd" (passed) and "geslagen" (hit) share a Snowball stem
    "mijn zus is geslaagd voor haar rijexamen, eindelijk! we gaan vieren",
    # an accident stays an accident where the sentence says it was not meant
    "I burned myself by accident, not on purpose, with the iron",
    # a death in a game, a manner of speaking
    "in Elden Ring I jumped off a cliff on purpose to respawn faster lol",
    "bro ik ben 12 keer doodgegaan bij die boss fight",
    "ik schiet mezelf nog eens in mijn voet met die planning",
    "I don't think about suicide",
    # negated in the clause the words stand in
    "Ik wil niet dood, ik wil gewoon minder stress",
]


def _themes(builtin: Catalog, text: str) -> set[str]:
    return set(Recogniser(builtin.themes).read(text).themes)


@pytest.mark.parametrize(("theme", "text"), FOUND)
def test_said_in_passing_is_found(builtin: Catalog, theme: str, text: str) -> None:
    assert theme in _themes(builtin, text)


@pytest.mark.parametrize("text", NOT_A_RISK)
def test_the_harmless_reading_stays_harmless(builtin: Catalog, text: str) -> None:
    risk = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}
    assert not risk & _themes(builtin, text)


def test_a_death_by_overdose_is_grief_not_someone_at_risk(builtin: Catalog) -> None:
    themes = _themes(builtin, "my friend died of an overdose last week")
    assert "grief" in themes and "concern_for_other" not in themes


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 heb ik een suïcidepoging gedaan. Ik ben sindsdien volledig hersteld.",
        "I had suicidal thoughts in high school, but I've been stable for years.",
        "the scars on my arms are from when I was 14, I'm doing well now",
    ],
)
def test_a_past_that_is_over_is_set_aside_and_shown(builtin: Catalog, text: str) -> None:
    reading = Recogniser(builtin.themes).read(text)
    risk = {"suicidal_thoughts", "self_harm"}
    assert not risk & set(reading.themes)
    assert any(m.theme in risk and m.set_aside == "past" for m in reading.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Vijf jaar geleden heb ik aan zelfmoord gedacht maar dat is helemaal voorbij, het gaat al"
        " jaren goed.",
        "st. had zelfbeschadiging op middelbare school, nu 6 jaar klachtenvrij",
        "Student had self-harm history in secondary school, none in 4 years.",
    ],
)
def test_more_ways_of_saying_it_is_over(builtin: Catalog, text: str) -> None:
    """Outsiders' hard negatives (set6, held out): the past marker was there, the sign
    of recovery was said in words the rule did not know yet."""
    reading = Recogniser(builtin.themes).read(text)
    assert not {"suicidal_thoughts", "self_harm"} & set(reading.themes)
    assert any(m.set_aside == "past" for m in reading.mentions)
