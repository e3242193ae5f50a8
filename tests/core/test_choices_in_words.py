"""The choices a counsellor's words name at a choice question (a role-play, round 54:
"adhd" at "what is it about?" and "exam anxiety, and he wants to switch programme" at
"what is it mainly about?" were "that answer does not fit")."""

from __future__ import annotations

import pexpect
import pytest

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.model import Catalog
from steunwijzer.core.yes_in_words import choices_in_words

from ..pty_intake import EXE, spawn_interview


def _builtin() -> Catalog:
    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    return loaded


def _question(catalog: Catalog, question_id: str):  # type: ignore[no-untyped-def]
    return next(q for q in catalog.questions if q.id == question_id)


@pytest.mark.parametrize(
    ("question_id", "themes", "expected"),
    [
        ("study_worries", ("performance_anxiety", "study_choice"), ("exams_fear", "wrong_choice")),
        # falling behind leads to study skills and study choice: both must be named
        (
            "study_worries",
            ("study_skills", "study_choice"),
            ("planning", "wrong_choice", "falling_behind"),
        ),
        ("circumstances_kind", ("functional_impairment",), ("impairment",)),
        (
            "circumstances_kind",
            ("functional_impairment", "family_circumstances"),
            ("impairment", "family"),
        ),
        ("mood_kind", ("stress",), ("stress",)),
        # a single choice with three fitting kinds of danger: asked, not guessed
        ("behaviour_kind", ("unsafe_situation",), ()),
        ("behaviour_kind", ("unwanted_behaviour",), ("unwanted",)),
        ("circumstances_kind", ("sleep",), ()),
        ("area_study", ("performance_anxiety",), ()),  # a yes/no question: yes_in_words
    ],
)
def test_choices_named_by_the_needs_in_the_words(
    question_id: str, themes: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    catalog = _builtin()
    assert choices_in_words(catalog, _question(catalog, question_id), themes) == expected


@pytest.mark.skipif(EXE is None, reason="console script not installed")
def test_words_at_a_choice_question_are_read_as_its_choices() -> None:
    """Drives the real interview: fails without choices_in_words in core/interview.py."""
    child, seen = spawn_interview("--lang", "en", "--at", "2026-12-08T10:30")
    said = {
        "studies, with exams": "yes",
        "mainly about": "exam anxiety, and he wants to switch to another programme",
        "situation at home": "yes",
        "What is it about": "adhd",
        "safe in your programme": "1",
        "good contact": "1",
    }
    for _ in range(80):
        index = child.expect(
            ["> ", "Enter to continue", "Adjust the tier", "Enter for none: ", pexpect.EOF]
        )
        if index == 4:
            break
        screen = child.before[-300:]
        typed = (
            "" if index in (1, 2, 3) else next((a for k, a in said.items() if k in screen), "no")
        )
        child.sendline(typed)
    child.close()
    text = seen.getvalue().replace("\r\n", " ")
    assert "read as: Tension or fear around exams or presentations; Doubt whether this is" in text
    assert "read as: A disability or chronic condition" in text
    assert "That answer does not fit" not in text
    assert "Disability or chronic condition" in text.split("Themes:")[-1]
