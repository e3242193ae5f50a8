"""The built-in vocabulary read once per test run, for tests of what free text yields."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from steunwijzer.core.vocabulary import Vocabulary

if TYPE_CHECKING:
    from steunwijzer.core.conditions import AnswerValue
    from steunwijzer.core.model import Catalog


@cache
def builtin_vocabulary() -> Vocabulary:
    from steunwijzer.catalog.load import load_catalog

    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    return Vocabulary(loaded.themes)


def themes_of(text: str) -> set[str]:
    """The themes the built-in vocabulary finds in ``text``."""
    return set(builtin_vocabulary().read(text).themes)


def read_answer(catalog: Catalog, qid: str, answer: str) -> AnswerValue:
    """``answer`` as typed at the question ``qid`` of ``catalog`` (rounds 55 and 56)."""
    from steunwijzer.core.answers import parse_answer

    return parse_answer(next(q for q in catalog.questions if q.id == qid), answer)


def lookup_json(text: str) -> dict[str, object]:
    """``steunwijzer lookup --text TEXT --json``, exit 0, as a dict (rounds 55 and 56)."""
    import json

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    result = CliRunner().invoke(app, ["lookup", "--text", text, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


# The acute themes, as the round test files of free text check them (one home: rounds
# 30-32 each wrote it out).
ACUTE = {
    "suicidal_thoughts",
    "self_harm",
    "unsafe_situation",
    "sexual_violence",
    "concern_for_other",
    "grief",
    "dropout_risk",
}


def never_read_as_no(catalog: Catalog, path: str) -> int:
    """Every safety answer of a blind set (``tests/answers/NAME``) meant as yes, doubt or
    earlier, read in a file (doubt for a sentence) and at the terminal: never a plain no.
    Returns how many readings were checked (a refused one is asked again at the terminal
    and is an unknown in a file's acute part). Rounds 64 and 65."""
    import json
    from pathlib import Path

    from steunwijzer.core.answer_errors import AnswerError
    from steunwijzer.core.answers import parse_answer

    ids = {
        "wish": "safety_wish_dead",
        "thoughts": "safety_thoughts",
        "behaviour": "safety_behaviour",
    }
    rows = [
        json.loads(line)
        for line in (Path(__file__).parent / "answers" / path).read_text("utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 60
    checked = 0
    for row in rows:
        if row["expected"] == "no":
            continue
        question = next(q for q in catalog.questions if q.id == ids[row["question"]])
        for doubt in (True, False):
            try:
                read = parse_answer(question, row["answer"], sentence_is_doubt=doubt)
            except AnswerError:
                continue
            assert read is not False, row
            checked += 1
    return checked
