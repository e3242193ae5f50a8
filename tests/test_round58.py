# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 58: outsiders' sets (set222 onwards), role-plays and the items round 57's
closing note left open. Each test names its source and fails without the change it
guards, unless it says it is a guard."""

from __future__ import annotations

import pytest

from .reading import lookup_json as _lookup
from .reading import themes_of

# --- medicine taken as prescribed, a pot of peanut butter -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik heb vanochtend alle medicijnen ingenomen zoals voorgeschreven",
        "I took all my meds this morning like the doctor said",
        "took all my medication as prescribed, still feel flat though",
        "gisteren de hele pot pindakaas genomen, oeps",
        "I swallowed a whole pack of sweets during the lecture lol",
    ],
)
def test_the_daily_round_and_a_snack_are_no_overdose(text: str) -> None:
    """Round 57's closing note: "alle medicijnen ingenomen zoals voorgeschreven" and "de
    hele pot pindakaas genomen" were an overdose, urgency immediate
    (core/misreads_pills.py). Without the check each is suicidal_thoughts."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb de hele pot pillen genomen",
        "ik heb alle medicijnen tegelijk ingenomen, niet zoals voorgeschreven",
        "I took the whole box of my sleeping pills",
        "took a whole bottle of vodka and all my pills",
        "de hele pot pindakaas en daarna al mijn slaappillen genomen",
    ],
)
def test_pills_taken_at_once_stay_an_overdose(text: str) -> None:
    """Guard: an amount taken at once, pills named beside the food, or "not as
    prescribed" stay a risk to life now."""
    data = _lookup(text)
    assert "suicidal_thoughts" in data["themes"]
    assert data["urgency"] == "immediate"
