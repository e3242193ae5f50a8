"""Round 34, the intake: the screen's words and what role-plays of intakes in a real
terminal found (the role-play fixes are named by their finding)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import CrisisPrompt, Prompt
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke
from .intake import answering

OLD = (
    "Heb je de afgelopen maand gewenst dat je dood was, of dat je kon gaan slapen en niet "
    "meer wakker worden?"
)


def test_the_first_safety_question_is_good_dutch(runner: CliRunner) -> None:
    """ "... of dat je kon gaan slapen en niet meer wakker worden?" lacked its "zou"
    (noticed in round 33's role-play, B6). Fails on 1579ab1."""
    result = invoke(runner, "interview", "--list-questions", "--json", "--lang", "nl")
    text = json.dumps(json.loads(result.stdout), ensure_ascii=False)
    assert "en niet meer wakker zou worden?" in text
    assert "en niet meer wakker worden?" not in text


def test_a_form_with_the_old_wording_still_answers_the_question(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Guard: forms and answer files name questions by their text as well as their id;
    the old wording still reads as the same question (passed on 1579ab1, where it was
    the question's own text)."""
    rows = tmp_path / "form.csv"
    rows.write_text(f'id,"{OLD}"\n1,ja\n2,nee\n', "utf-8")
    result = invoke(runner, "batch", str(rows), "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[1].startswith("1,acute,"), lines
    assert lines[2].startswith("2,prevention,"), lines


def test_a_resemblance_says_where_in_plain_words(runner: CliRunner) -> None:
    """ "zwaarst wegend: 'soms'" read as jargon to counsellors (round 33's role-play, B3):
    the why line says "vooral in". Fails on 1579ab1."""
    result = invoke(runner, "lookup", "--text", "mijn leven mag wat mij betreft ophouden",
                    "--lang", "nl")  # fmt: skip
    why = next(line for line in result.stdout.splitlines() if line.startswith("Waarom"))
    assert "vooral in" in why and "zwaarst" not in why, why


@pytest.mark.parametrize(
    "said",
    [
        "no no. why do you ask that?",
        "no. are we done soon?",
        "what? no. of course not",
        "nee. waarom vraag je dat?",
        "nee, hoezo?",
        "wat? nee joh",
    ],
)
def test_a_no_with_a_question_back_is_a_no(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """B1, D1: "no no. why do you ask that?" and "no. are we done soon?" at the first
    safety question were read as "don't know": the crisis panel opened, and the result
    stayed acute with "first yes or don't know" for a student who never said yes; "what?
    no. of course not" was refused. Fails on 1579ab1."""
    given = {"safety_wish_dead": said, "safety_thoughts": "nee", "safety_behaviour": "nee"}
    result = run_interview(builtin, answering(given, ""), "en", index).result
    assert result.tier is not Tier.ACUTE, result.reasons


@pytest.mark.parametrize("said", ["nee?", "nee, niet echt", "no... I mean, sometimes"])
def test_a_questioning_or_hedged_no_stays_doubt(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """Guards: a no said as a question, or hedged, is doubt at a safety question (asked
    again, acute when it stays so); each passed on 1579ab1 and must keep passing."""
    seen: list[Prompt] = []
    given = {"safety_wish_dead": said, "safety_thoughts": "nee", "safety_behaviour": "nee"}
    run_interview(builtin, answering(given, "", seen), "nl", index)
    assert any(isinstance(p, CrisisPrompt) for p in seen)


@pytest.mark.parametrize("said", ["laat maar", "iemand deed iets. op dat feest. laat maar"])
def test_a_withdrawal_is_read_as_skipped(runner: CliRunner, said: str) -> None:
    """C2: "laat maar" and "iemand deed iets. op dat feest. laat maar" got "Dat antwoord
    past niet" in front of a student who had just come close to telling of an assault.
    Read as skipped and said so. Fails on 1579ab1."""
    typed = "\n".join(["nee", "nee", "nee", *[said] * 30, *[""] * 20])
    out = invoke(runner, "interview", "--at", "2026-11-30T14:00", input=typed)
    assert out.exit_code == 0, out.output
    assert "past niet" not in out.output
    assert out.output.count("gelezen als: overgeslagen") >= 5


@pytest.mark.parametrize("said", ["iemand deed iets. laat maar", "never mind"])
def test_a_withdrawal_at_a_safety_question_is_doubt(builtin: Catalog, said: str) -> None:
    """At a safety question a withdrawal is doubt, asked again and acute while it stays
    so, as "weet niet" is there (round 34, with C2). Fails on 1579ab1: both were refused
    ("Dat antwoord past niet")."""
    from steunwijzer.core.answers import UNKNOWN, parse_answer

    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, said) == UNKNOWN
