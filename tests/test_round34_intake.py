"""Round 34, the intake: the screen's words and what role-plays of intakes in a real
terminal found (the role-play fixes are named by their finding)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from .conftest import invoke

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
