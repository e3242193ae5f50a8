"""Risk-to-life signals said without a risk word (core/lexicon_signals*.py) and the
context fixes that came with them, each with the harmless reading it must leave alone."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ..conftest import invoke

RISK = {"suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation"}


def _found(runner: CliRunner, text: str) -> set[str]:
    data = json.loads(invoke(runner, "lookup", "--text", text, "--json").stdout)
    return set(data["themes"])


@pytest.mark.parametrize(
    "text",
    [
        # "of niet" / "or not" is a choice, not a negation
        "Het maakt me niet meer uit of ik leef of niet.",
        # a condition's negation stops at "dan"
        "Als ik dit jaar niks haal, dan spring ik voor de trein.",
        "als mn ouders erachter komen dat ik niks gehaald heb dan spring ik voor de trein",
        # "plan" is not "plantje" (the Dutch stemmer makes both "plan"): no plant died here
        "ik heb een plan: ik ga dood, vanavond",
        "ik wil slapen en nooit meer opstaan",
        "I'm not sure if I'll still be here next year",
        "I keep imagining the peace of not being around",
        "I counted my pills and there are enough",
        "I wear hoodies in summer so nobody sees my wrists",
        "He tracks my location and shows up wherever I am.",
        "mijn ex stuurt me de hele dag dreigberichten",
    ],
)
def test_a_signal_without_a_risk_word_is_found(runner: CliRunner, text: str) -> None:
    assert _found(runner, text) & RISK, text


@pytest.mark.parametrize(
    "text",
    [
        "dit tentamen wordt mijn dood haha, ik moet gewoon beter plannen",
        "this deadline will be the death of me",
        "mijn plantjes zijn allemaal dood, vergeten water te geven",
        "mijn vriend zegt dat ik moet praten met iemand maar dat is lastig",
        "I am not sure what to do, since last month things feel different at home",
        "sorry for everything I said yesterday, I was tired",
        "My mum tracks my location because she worries.",
        "I burnt myself on the kettle this morning, so clumsy",
        "Bij de pubquiz hadden we een vraag over de hoogste brug van Nederland.",
    ],
)
def test_the_harmless_reading_stays_harmless(runner: CliRunner, text: str) -> None:
    assert not _found(runner, text) & RISK, text


def test_my_hair_is_not_her() -> None:
    """ "mijn haar" is hair: the finding is the student's own, not concern for someone else."""
    from steunwijzer.core.textcontext import other_person

    assert not other_person(["ik", "trek", "mijn", "haar", "uit"], 3)
    assert other_person(["ik", "zag", "haar", "huilen"], 2)
    assert other_person(["mijn", "tweelingzus", "snijdt"], 1)
