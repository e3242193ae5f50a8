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
