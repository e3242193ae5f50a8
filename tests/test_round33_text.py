"""Round 33, free text: a need denied in passing ("I don't drink", "ik heb geen
schulden") and the families of the round's blind sets and role-plays, with their
harmless neighbours. The sentences are written for the tests, not copied from the sets.
The cases that fail on the round's start (2f1635e) and the guards that pass there are
named in the docstrings."""

from __future__ import annotations

import pytest

from .reading import themes_of


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("How do I meet people here if I don't drink?", "addiction"),
        ("ik drink niet, dus die borrels zijn niks voor mij", "addiction"),
        ("I never gamble, I just play FIFA with my housemates", "addiction"),
        ("ik gok nooit, maar mijn huisgenoten wel", "addiction"),
        ("I don't do drugs and I hardly drink, I just can't focus", "addiction"),
        ("ik gebruik geen drugs en drink bijna niet", "addiction"),
        ("I'm not addicted to anything, I'm here about my thesis", "addiction"),
        ("ik heb geen schulden, wel een vraag over mijn studiekeuze", "finances"),
        ("no debts, no money worries, I just want to talk about my major", "finances"),
        ("Money is not the problem, I just hate my programme", "finances"),
        ("geldproblemen heb ik niet", "finances"),
    ],
)
def test_a_habit_or_trouble_denied_is_no_need(text: str, theme: str) -> None:
    """All eleven failed on 2f1635e: a "not" before a habit ("I don't drink") or a
    money trouble ("geen schulden") was heard as that need (round 33; set55, set74,
    set86 and others had such lines). Only addiction and money words: "I don't sleep"
    is the problem (see the guards below)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the struggle, not a denial
        ("I try not to drink but by ten I've had six beers", "addiction"),
        ("ik wil niet weer gokken maar het trekt zo", "addiction"),
        ("I'm not addicted but I gamble every night", "addiction"),
        # a habit that stopped may come back
        ("I don't drink anymore but the urge is there every day", "addiction"),
        ("ik gok niet meer sinds januari, maar ik denk er elke dag aan", "addiction"),
        ("I can't stop drinking", "addiction"),
        ("ik kan niet zonder gokken", "addiction"),
        # money itself lacking is the need
        ("I have no money for rent", "finances"),
        ("geld heb ik niet, de huur is te hoog", "finances"),
        ("money is not enough to pay my rent", "finances"),
        # a "not" that is the problem, for the other themes
        ("I don't sleep more than three hours", "sleep"),
        ("ik heb geen vrienden hier", "social_connection"),
    ],
)
def test_a_struggle_or_a_lack_stays_a_need(text: str, theme: str) -> None:
    """Guards: each passed on 2f1635e and must keep passing with the denials of round
    33 (a "not" after trying or wanting, "anymore", money lacking, other themes)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a fronted clause of time or cause keeps its own "niet"
        ("sinds mijn opa er niet meer is zie ik het niet meer zitten", "suicidal_thoughts"),
        ("omdat ik niet slaap wil ik dood", "suicidal_thoughts"),
        # beside a suicide told, the writer's thoughts going the same way
        (
            "my cousin killed himself last spring and lately I understand him a bit too well",
            "suicidal_thoughts",
        ),
        (
            "mijn broer overleed vorig jaar door zelfdoding en nu denk ik zelf ook aan manieren",
            "suicidal_thoughts",
        ),
        # learners' Dutch: to go to her too, beside a loss
        (
            "mijn vader is gestorven in Eritrea. misschien beter als ik ook ga naar hem",
            "suicidal_thoughts",
        ),
        # a way to die thought of; no year ahead with oneself in it
        ("ik heb nagedacht over tegen een vrachtwagen aan rijden", "suicidal_thoughts"),
        ("I can't picture a summer where I'm still around", "suicidal_thoughts"),
        # nowhere to go tonight, said with a "not"
        ("they kicked me out and I don't have anywhere to go tonight", "unsafe_situation"),
        ("waar kun je slapen als je niet meer naar huis durft?", "unsafe_situation"),
        # documents and money held; a phone taken and study forbidden
        ("mijn man heeft mijn verblijfsvergunning en mijn pinpas afgepakt", "unsafe_situation"),
        ("they took my phone and said I'm not allowed back to university", "unsafe_situation"),
        # "I didn't want to and he went on"; a threat to show pictures; pressed for them
        ("ik wilde eigenlijk niet maar hij ging gewoon door", "sexual_violence"),
        ("if I break up with her she'll post the videos", "sexual_violence"),
        ("he keeps pressuring me to send nudes", "sexual_violence"),
        ("my best friend is being pressured to send pics by some guy", "concern_for_other"),
        # the writer's own, though someone else spoke
        ("they said I'm not going back to uni after the break", "dropout_risk"),
    ],
)
def test_the_rounds_families_are_read(text: str, theme: str) -> None:
    """Families read from set106 (relationships and safety) and set107 (loss and
    leaving), round 33; each failed on 2f1635e except where the round's tests say."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik ben bijna tegen een boom aan gereden met de fiets", "suicidal_thoughts"),
        ("I don't have anywhere to be tonight, so let's study", "unsafe_situation"),
        ("ik kan niet meer naar huis, de trein rijdt niet", "unsafe_situation"),
        ("if you want I can send you the pictures", "sexual_violence"),
        ("if I have time I will send you the photos", "sexual_violence"),
        ("my roommate threatened to eat my leftovers if I don't label them", "unsafe_situation"),
        ("Spiked drinks awareness stall at the union, volunteers needed", "unsafe_situation"),
        (
            "my dad died by suicide when I was 12, I'm doing my thesis on prevention",
            "suicidal_thoughts",
        ),
        ("mijn oma van 93 is rustig ingeslapen en ik ga naar haar uitvaart", "suicidal_thoughts"),
    ],
)
def test_the_families_neighbours_stay_calm(text: str, theme: str) -> None:
    """Harmless neighbours of the round's families (the last three failed on 2f1635e
    for the threat and the stall; the others are guards)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil iemand vermoorden",
        "ik ga hem doodsteken",
        "ik wil mijn huisgenoot iets aandoen",
        "morgen neem ik een mes mee naar school",
        "Ik heb gedachten om mijn stiefvader te vermoorden",
        "I want to hurt someone",
        "I feel like hurting other people",
        "I'm bringing a knife to campus tomorrow",
        "I keep having thoughts about killing my roommate",
        "ik heb zin om iemand pijn te doen",
    ],
)
def test_a_wish_or_plan_to_hurt_someone_else_is_acute(text: str) -> None:
    """An outside scripting user (round 33, S2): these were nothing recognised, or the
    student's own wish to die ("I want to hurt someone", weighed on "want"). The nearest
    acute theme is an unsafe situation (112 first); each failed on 2f1635e."""
    found = themes_of(text)
    assert "unsafe_situation" in found and "suicidal_thoughts" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to shoot some portraits on campus tomorrow",
        "my tutor says I need to start killing my darlings in chapter two",
        "my friend said she's gonna kill her boyfriend if he forgets her birthday again haha",
        "ik wil mijn docent iets vragen over het tentamen",
        "ik neem een mes mee naar de picknick voor de kaas",
    ],
)
def test_the_threats_neighbours_stay_calm(text: str) -> None:
    """Guards beside the threats: a photo shoot, an essay's darlings, a joke about a
    birthday, a knife for the cheese."""
    assert "unsafe_situation" not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "als mijn broer het ontdekt dan ben ik liever niet meer hier. echt niet.",
            "suicidal_thoughts",
        ),
        (
            "two years on the waiting list, I don't think I'll still be around when my turn comes",
            "suicidal_thoughts",
        ),
    ],
)
def test_the_third_sets_families_are_read(text: str, theme: str) -> None:
    """set108 (identity and belonging), read after it was measured: rather not here any
    more said as an end; not around by a time to come. Both failed on 2f1635e."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik rouw om mijn zomervakantie, morgen weer college", "grief"),
        ("volunteering at a hospice this summer for my application, any tips?", "grief"),
        (
            "thesis handed in! ik stop nu een week met alles en ga alleen maar slapen",
            "suicidal_thoughts",
        ),
        ("cried like a baby when the dog died in that film", "grief"),
        ("ik ben liever niet meer hier op de campus na tienen", "suicidal_thoughts"),
        ("I dropped the philosophy elective, I'm doing a business minor instead", "dropout_risk"),
        ("ik heb me uitgeschreven bij de studentenvereniging, te duur", "dropout_risk"),
    ],
)
def test_the_sets_harmless_neighbours_stay_calm(text: str, theme: str) -> None:
    """Harmless lines of set107's kind: a holiday mourned, a hospice volunteered at, a
    week off from everything, a film cried at, a club left. All but the campus line
    (a guard) failed on 2f1635e."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik stop met alles, ook met leven", "suicidal_thoughts"),
        ("my baby died last week", "grief"),
        ("my dad is in a hospice and I cry every night", "grief"),
        ("I'm thinking of quitting uni and the society", "dropout_risk"),
        ("ik stop met de vereniging en ook met mijn studie", "dropout_risk"),
        ("Ik heb pas 18 van de 60 ec en de bsa-norm is 45", "dropout_risk"),
    ],
)
def test_beside_the_neighbours_the_need_stays(text: str, theme: str) -> None:
    """Guards beside the neighbours above (each passed on 2f1635e)."""
    assert theme in themes_of(text)
