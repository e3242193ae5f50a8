"""Round 34, free text: a threat to one person ("ik ga hem iets aandoen", "I'm going to
hurt him"), with its harmless neighbours, and what the screen advises for it. The
sentences are written for the tests, not copied from any set. The cases that fail on the
round's start (1579ab1) and the guards that pass there are named in the docstrings."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from .conftest import invoke
from .reading import themes_of


@pytest.mark.parametrize(
    "text",
    [
        "ik ga hem iets aandoen",
        "ik ben zo kwaad op mijn huisgenoot, ik ga hem iets aandoen",
        "ik ga haar echt pijn doen als ze nog één keer aan mijn spullen zit",
        "ik wil hem neersteken",
        "I'm going to hurt him",
        "I'm gonna hurt her, I swear",
        "I will really hurt him if he does it again",
        "one more word from him and I'm going to stab him",
    ],
)
def test_a_threat_to_one_person_is_an_unsafe_situation(text: str) -> None:
    """All eight were nothing recognised, or only the second net's guess at suicidal
    thoughts (113 first), on 1579ab1: the threat rules of round 33 named "iemand",
    "someone" or a relative, not "him" or "her". A danger to others puts 112 first."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to hurt her feelings",
        "I'm going to hurt her feelings if I say that",
        "ik wil hem niks aandoen hoor, ik wil alleen dat hij afwast",
        "ik ga ze vermoorden als ze weer mijn eten opeten",
        "I'm going to hurt them with this grade haha",
        "hij gaat haar pijn doen met die toets, zo moeilijk",
    ],
)
def test_hurt_feelings_and_hyperbole_are_no_threat(text: str) -> None:
    """Guards: each passed on 1579ab1 and must keep passing. Feelings, a denial and the
    housemates' leftovers are not a danger to anyone; "vermoorden" of a housemate is
    left out of the new rule for that reason."""
    assert "unsafe_situation" not in themes_of(text)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", "Dreigt de student zelf een ander iets aan te doen"),
     ("en", "If the student threatens to hurt someone else")],
)  # fmt: skip
def test_the_unsafe_tip_also_covers_a_danger_to_others(
    runner: CliRunner, lang: str, words: str
) -> None:
    """The tip for an unsafe situation spoke only of where the student can sleep safely
    tonight, also when the student was the danger (noticed in round 33's role-play).
    Fails on 1579ab1: the tip had no such sentence."""
    result = invoke(runner, "lookup", "--text", "I'm going to hurt him", "--lang", lang,
                    "--json")  # fmt: skip
    import json

    tips = json.loads(result.stdout)["tips"]
    texts = " ".join(tip["text"] for tip in tips)
    assert words in texts
