# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 60: outsiders' sets (set270 onwards), role-plays and the items round 59's
closing note left open. Each test names its source and fails without the change it
guards, unless it says it is a guard."""

from __future__ import annotations

import pytest

from .reading import lookup_json as _lookup
from .reading import themes_of

# --- "w/o" and "w/" are words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("i cant go a day w/o cutting myself", "self_harm"),
        ("i cannot go a single day w/o cutting", "self_harm"),
    ],
)
def test_without_written_short_is_without(text: str, theme: str) -> None:
    """Round 59's note: "w/o" was split into "w" and "o", so "can't go a day w/o
    cutting myself" read as a denied cut and found nothing (textcontext._TOKEN keeps
    "w/o" one word; CHAT writes it out). Without it each is nothing."""
    assert theme in themes_of(text)


def test_with_written_short_keeps_its_sentence() -> None:
    """Guard: "w/" is "with" and a slash between words still splits them."""
    from steunwijzer.core.textcontext import words_of

    assert words_of("went out w/ friends, new/old w/e") == [
        "went", "out", "with", "friends", "new", "old", "w", "e",
    ]  # fmt: skip


# --- someone close reported missing -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my little brother has been missing since tuesday", "concern_for_other"),
        (
            "My best friend has been missing for nine days. The police are searching.",
            "concern_for_other",
        ),
        (
            "mijn broertje wordt sinds zaterdag vermist en ik kan aan niks anders denken",
            "concern_for_other",
        ),
        (
            "mijn huisgenote is al drie dagen spoorloos, haar telefoon staat uit",
            "concern_for_other",
        ),
    ],
)
def test_round60_reported_risks_are_found(text: str, theme: str) -> None:
    """set274 (loss): a friend or sibling missing for days
    (core/lexicon_signals_reported.py). Without it each is nothing."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my cat is missing since friday, have you seen a grey tabby near the library",
        "I'm missing too many lectures because of my job",
        "mijn fiets is vermist sinds het feest",
        "the lecture covered the management of a paracetamol overdose",
    ],
)
def test_missing_things_are_no_concern(text: str) -> None:
    """Guard: a cat, a bike or lectures missing, and an overdose in a lecture, are no
    risk to anyone."""
    themes = themes_of(text)
    assert "concern_for_other" not in themes
    assert "suicidal_thoughts" not in themes


# --- two Dutch figures that read as a death wish -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kzou egt dood gaan voor een bak koffie rn, wie gaat mee naar de kantine",
        "ik zou doodgaan voor een kapsalon nu",
        "Ik lees 'Tonio', over de dood van zijn zoon. Moet het leesverslag in APA?",
    ],
)
def test_dying_for_a_coffee_and_his_sons_death_are_no_wish(text: str) -> None:
    """set270 (chat shorthand), set274 (loss): "ik zou dood gaan voor een bak koffie"
    was a wish to die, urgency immediate; "de dood van zijn zoon" matched "dood zijn".
    Without the figures each is suicidal_thoughts."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik wil dood gaan, echt",
        "ik zou liever dood zijn dan nog een jaar zo",
        "soms wil ik gewoon dood zijn voor een tijdje",
    ],
)
def test_a_death_wish_beside_the_figures_is_still_found(text: str) -> None:
    """Guard: the figures hold only "voor een ..." and "dood van zijn <someone>"."""
    assert "suicidal_thoughts" in themes_of(text)


# --- needs found in round 60's sets ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "he has pics of me. says hes sending them to my whole class unless i pay him",
            "sexual_violence",
        ),
        (
            "I woke up in his flat and I think something happened that I didn't want.",
            "sexual_violence",
        ),
        (
            "ik weet niet meer hoe ik daar kwam en er is iets gebeurd wat ik niet wilde",
            "sexual_violence",
        ),
        (
            "tijdens het kamp betastten ouderejaars ons overal terwijl wij nee zeiden",
            "sexual_violence",
        ),
        (
            "ik moet pakketjes rondbrengen en ze zeiden dat ze weten waar mijn moeder woont",
            "unsafe_situation",
        ),
        ("they said they know where my mum lives if I stop", "unsafe_situation"),
        ("zij zeiden dat ze weten waar mijn zusje woont", "unsafe_situation"),
        (
            "De eigenaar van het restaurant heeft mijn verblijfsvergunning en zegt dat ik pas weg mag als mijn schuld is afbetaald.",
            "unsafe_situation",
        ),
        (
            "A guy from my fraternity died at the party on saturday and I can't stop seeing it",
            "grief",
        ),
        ("someone from our team drowned on the trip, it was awful", "grief"),
        (
            "Haven't logged into Brightspace since October, applying for warehouse jobs instead",
            "dropout_risk",
        ),
        ("I think I will break off my study, I have only 15 ECTS", "dropout_risk"),
        ("ik twijfel echt of ik nog wel verder wil met deze opleiding", "dropout_risk"),
        ("elke avond een jonko anders kom ik niet in slaap", "addiction"),
        ("ik zit elke nacht tot vijf uur online te pokeren", "addiction"),
        ("ze maken steeds grapjes over mijn Marokkaanse achtergrond", "unwanted_behaviour"),
        ("in het weekend spreek ik soms helemaal niemand", "social_connection"),
        ("hier ken ik na een half jaar nog steeds niemand", "social_connection"),
        ("om drie uur lig ik nog steeds naar het plafond te staren", "sleep"),
    ],
)
def test_round60_needs_are_found(text: str, theme: str) -> None:
    """Round 60's blind sets (set270-set279), in my own variations: each was missed
    before this round's patterns in catalog/themes.yaml."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I'm sending them the slides unless you want to present them yourself", "sexual_violence"),
        ("nothing happened that I didn't want, it was a lovely evening", "sexual_violence"),
        ("ik weet waar mijn moeder woont, ik ga er zondag heen", "unsafe_situation"),
        ("a guy from my house nearly died laughing at my cooking", "grief"),
        (
            "ik twijfel of ik na de bachelor verder wil met een master of eerst ga werken",
            "dropout_risk",
        ),
        ("ik heb elke dag een appel bij de lunch", "addiction"),
    ],
)
def test_round60_neighbours_are_no_need(text: str, theme: str) -> None:
    """Guard: the same words without the need."""
    assert theme not in themes_of(text)


def test_a_missing_friend_brings_a_line_that_answers_now() -> None:
    """set274: a friend missing for days is a concern for someone else; the result is
    acute with a crisis line among the referrals (112 for a danger now)."""
    result = _lookup("my best friend has been missing for a week and the police are searching")
    assert result["tier"] == "acute"
    assert any(r["crisis"] for r in result["referrals"])
