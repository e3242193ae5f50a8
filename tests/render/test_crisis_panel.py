"""The mid-intake crisis panel: who is at risk decides what the counsellor is told."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from steunwijzer.core.model import Catalog
from steunwijzer.render.common import crisis_panel


def _panel(catalog: Catalog, themes: tuple[str, ...], lang: str) -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    crisis_panel(console, catalog, "immediate", (), lang, themes)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize(
    ("lang", "other", "student"),
    [
        ("en", "danger to someone else", "do not leave the student alone"),
        ("nl", "gevaar voor iemand anders", "laat de student niet alleen"),
    ],
)
def test_only_concern_for_someone_else_names_the_other_person(
    builtin: Catalog, lang: str, other: str, student: str
) -> None:
    """A roommate saying goodbye: the person at risk is not the student in the room (an
    outside role-play found the panel telling the counsellor to stay with the student
    and nothing about the roommate)."""
    text = _panel(builtin, ("concern_for_other",), lang)
    assert other in text and student not in text, text
    # The student's own risk as well: the student comes first.
    text = _panel(builtin, ("concern_for_other", "suicidal_thoughts"), lang)
    assert student in text and other not in text, text
    text = _panel(builtin, ("self_harm",), lang)
    assert student in text, text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_danger_from_someone_else_names_112_not_the_suicide_line(
    builtin: Catalog, lang: str
) -> None:
    """A controlling partner at night: the panel said "call 112 or 113" (an outside
    role-play: 113 is the suicide prevention line and was not even listed). With only an
    unsafe situation it says 112; with a risk to the student's own life 113 stays."""
    text = _panel(builtin, ("unsafe_situation",), lang)
    assert "112" in text and "113" not in text, text
    text = _panel(builtin, ("unsafe_situation", "suicidal_thoughts"), lang)
    assert "112 of 113" in text or "112 or 113" in text, text
