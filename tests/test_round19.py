"""Round 19: the open findings of round 17's hostile round (F7, F15, F18, F20-F23) and
what a new outsiders' round found. Unless a test says it guards, each was run on the
commit before its fix and failed there."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.io.skimfile import refused_text

from .conftest import invoke, invoke_en

_PAST = 17 * 1024 * 1024  # past the 16 MiB an answers file may have


def _huge_answers(tmp_path: Path, before: str, after: str) -> Path:
    """An answers file of about 17 MiB: ``before``, a long own-words answer, ``after``."""
    path = tmp_path / "huge.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(before + 'own_words: "')
        handle.write("bla " * (_PAST // 4))
        handle.write(after)
    return path


def test_an_answers_file_over_16_mib_is_searched_to_its_end(
    runner: CliRunner, tmp_path: Path
) -> None:
    """F7: "ik wil dood" at the end of a 17 MiB file was refused unread (exit 1, nothing
    shown). It is still refused, and its acute part is shown with 113 first."""
    nee = "safety_thoughts: nee\nsafety_plan: nee\nsafety_unsafe: nee\n"
    path = _huge_answers(tmp_path, nee, ' en dan ineens: ik wil dood"\n')
    result = invoke(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert "te groot" in result.stderr
    assert "ACUUT" in result.stdout
    assert result.stdout.index("113") < result.stdout.index("112")


def test_a_safety_yes_past_16_mib_counts(runner: CliRunner, tmp_path: Path) -> None:
    """F7: a "safety_thoughts: ja" after the limit is a safety answer, not lost."""
    path = _huge_answers(tmp_path, "", '"\nsafety_thoughts: ja\n')
    result = invoke_en(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert "You answered yes" in result.stdout


def test_a_huge_answers_file_on_stdin_is_searched_to_its_end(runner: CliRunner) -> None:
    """F7 through standard input, which cannot be read twice: the rest is kept."""
    text = 'own_words: "' + "bla " * (_PAST // 4) + ' ik wil niet meer leven"\n'
    result = invoke(runner, "interview", "--answers", "-", "--plain", input=text)
    assert result.exit_code == 1
    assert "ACUUT" in result.stdout


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_refused_text_keeps_the_head_whole_and_skims_the_rest(encoding: str) -> None:
    """The first 16 MiB whole; past it safety lines, risk words and the end (a guard of
    the skim: a safety line cut across two chunks of 1 MiB is still one line)."""
    head = "safety_plan: nee\n" + "x" * (16 * 1024 * 1024)
    filler = "y" * (1024 * 1024 - 7) + "\n"  # puts the next line across a chunk edge
    rest = filler + "safety_intent: ja\n" + "z " * 3_000_000 + "ik kras mijn armen\n" + "w" * 5000
    data = (head + rest).encode(encoding)
    text = refused_text(iter(()), io.BytesIO(data))
    assert text.startswith("safety_plan: nee")
    assert "safety_intent: ja" in text
    assert "ik kras mijn armen" in text
    assert text.endswith("w" * 5000)
    assert len(text) < len(head) + 4 * 1024 * 1024  # the rest is bounded, not kept whole


AT_NIGHT = ("--at", "2026-11-30T21:00")


def _first_lines(runner: CliRunner, path: Path) -> list[str]:
    result = invoke_en(runner, "interview", "--answers", str(path), "--json", *AT_NIGHT)
    return [r["id"] for r in json.loads(result.stdout)["referrals"] if r["crisis"]]


def test_a_taken_back_dont_know_does_not_put_113_above_a_threat(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A role-play (round 18): a landlord threatens the student; a first "don't know" to
    thoughts of ending one's life, cleared up as "no", put 113 first and "Next step: Call
    113" on the result. The tier stays acute and 113 stays listed; the threat leads."""
    record = {
        "answers": {"safety_wish_dead": False, "safety_thoughts": False,
                    "safety_behaviour": False, "area_behaviour": True,
                    "behaviour_kind": "threatened",
                    "own_words": "my landlord threatens me, I am scared of him"},
        "changed_answers": [{"question": "safety_thoughts", "first": "unknown",
                             "final": False}],
    }  # fmt: skip
    path = tmp_path / "session.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    lines = _first_lines(runner, path)
    assert lines[0] != "113-zelfmoordpreventie" and "113-zelfmoordpreventie" in lines, lines
    assert lines.index("112-alarmnummer") < lines.index("113-zelfmoordpreventie")
    # a guard: the same "don't know" kept as the final answer keeps 113 first
    record["answers"]["safety_thoughts"] = "unknown"  # type: ignore[index]
    del record["changed_answers"]
    path.write_text(json.dumps(record), encoding="utf-8")
    assert _first_lines(runner, path)[0] == "113-zelfmoordpreventie"


@pytest.mark.parametrize(
    "said",
    [
        "mijn vriendin zei vanavond dat ze er een eind aan wil maken en nu neemt ze niet meer op",
        "my roommate texted me goodbye an hour ago and he isn't answering his phone",
    ],
)
def test_a_friend_in_danger_now_lists_112_first(
    runner: CliRunner, tmp_path: Path, said: str
) -> None:
    """A role-play (round 18): a friend who no longer answers, urgency immediate; the
    note and the next step said 112, the list showed 113 above it."""
    path = tmp_path / "answers.yaml"
    path.write_text(
        "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\n"
        f"own_words: {json.dumps(said)}\n",
        encoding="utf-8",
    )
    lines = _first_lines(runner, path)
    assert lines[0] == "112-alarmnummer", lines


def test_the_students_own_plan_tonight_keeps_113_first(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: danger now to the student in the room keeps the catalogue's order (113,
    then 112), as before."""
    path = tmp_path / "answers.yaml"
    path.write_text(
        "safety_wish_dead: ja\nsafety_thoughts: ja\nsafety_plan: ja\n"
        'own_words: "ik wil er vanavond een eind aan maken"\n',
        encoding="utf-8",
    )
    assert _first_lines(runner, path)[:2] == ["113-zelfmoordpreventie", "112-alarmnummer"]
