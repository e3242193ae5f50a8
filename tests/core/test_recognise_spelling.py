"""Guards for breaks an audit made by hand and no test saw (issue 17).

Each test's docstring names the break it catches and how it was tried: the break was put
into the product by hand, this test was run and failed, and the break was reverted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ..conftest import invoke, write

AT = "2026-11-30T14:00"  # a Monday afternoon: opening hours are predictable


def lookup_text(runner: CliRunner, text: str, *args: str) -> dict[str, object]:
    result = invoke(runner, "lookup", "--text", text, "--json", "--at", AT, *args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


# Theme words at the start of a longer Dutch word: people glue "gedachten", "plannen",
# "neigingen" to the theme word, and the catalogue cannot list every compound.
ACUTE_COMPOUNDS = [
    "ik heb suïcidegedachten",
    "Ik heb al weken suïcidegedachten en weet niet wat ik moet doen",
    "soms heb ik suicidegedachten",  # typed without the diaeresis
    "ze vertelde over zelfmoordplannen",
    "hij heeft zelfmoordneigingen",
    "I keep having suicidethoughts",
    "er zijn suïcidale gedachten",
    "mijn vriendin had zelfdodingsgedachten",
]


@pytest.mark.parametrize("text", ACUTE_COMPOUNDS)
def test_a_theme_word_that_starts_a_compound_is_recognised(runner: CliRunner, text: str) -> None:
    """A theme word at the start of a compound counts: acute, crisis line first.

    Break tried (before the free-text recogniser was rewritten): in ``vocabulary.py``
    ``_occurrences`` returned only exact word matches. "ik heb suïcidegedachten" then gave
    prevention and no crisis line, and this test failed. Tried again on the new
    recogniser: a ``prefix`` term (``zelfmoord*``, ``suicide*``) matched only as a whole
    word in ``recognise.py``; this test failed again.
    """
    data = lookup_text(runner, text)
    assert data["tier"] == "acute", text
    # Said about someone else ("ze vertelde", "mijn vriendin"), the recogniser files it as
    # concern for another person: a risk to life as well, with the crisis line first.
    risk = {"suicidal_thoughts", "concern_for_other"}
    assert risk & set(data["themes"]), (text, data["themes"])  # type: ignore[arg-type]
    referrals = data["referrals"]
    assert isinstance(referrals, list) and referrals
    assert referrals[0]["crisis"] is True and referrals[0]["open_now"] is True


def test_compounds_in_english_output_too(runner: CliRunner) -> None:
    """Same break as above, through the English interface (the crisis line stays first)."""
    data = lookup_text(runner, "ik heb suïcidegedachten", "--lang", "en")
    assert data["tier"] == "acute" and data["lang"] == "en"
    assert data["referrals"][0]["crisis"] is True  # type: ignore[index]


# A catalogue that lists only the closed-syllable spelling ("slaap", "eenzaam", "droom"):
# the open-syllable forms people write ("slapen", "eenzame", "dromen") must still meet it.
FOLDING = """\
schema_version: 1
themes:
  - id: t_sleep
    tier: specific
    label: {nl: Slaap, en: Sleep}
    synonyms: {nl: [slaap], en: [sleep]}
  - id: t_lonely
    tier: specific
    label: {nl: Eenzaam, en: Lonely}
    synonyms: {nl: [eenzaam], en: [lonely]}
  - id: t_dream
    tier: specific
    label: {nl: Nachtmerries, en: Nightmares}
    synonyms: {nl: [nare droom], en: [nightmare]}
offerings:
  - id: o1
    provider: institution
    name: {nl: Hulp, en: Help}
    description: {nl: Hulp., en: Help.}
    tiers: [specific]
    themes: [t_sleep, t_lonely, t_dream]
    how_to_access: {nl: Mail ons., en: Mail us.}
"""


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik kan 's nachts niet slapen", "t_sleep"),
        ("Slapen lukt al weken niet", "t_sleep"),
        ("ik heb steeds nare dromen", "t_dream"),
    ],
)
def test_long_vowels_written_single_or_double_meet(
    runner: CliRunner, tmp_path: Path, text: str, theme: str
) -> None:
    """Dutch writes a long vowel double in a closed syllable and single in an open one.

    Break tried (old recogniser): ``textnorm.stem`` without its vowel folding; "slapen" no
    longer met "slaap" and this test failed. The rewritten recogniser stems with Snowball,
    which folds these itself; tried again with its stemmer replaced by the bare word: this
    test failed again.
    """
    source = write(tmp_path, "fold.yaml", FOLDING)
    data = lookup_text(runner, text, "--catalog", str(source))
    assert theme in data["themes"], (text, data["themes"])  # type: ignore[operator]


def test_folding_in_the_builtin_catalogue(runner: CliRunner) -> None:
    """The built-in catalogue lists "eenzaam"; "eenzame" is how a sentence says it.

    Break tried: the vowel folding removed from ``textnorm.stem`` (old recogniser); on the
    new one, ``stem`` returning Snowball's stem without ``_close_syllable``: each failed this.
    """
    data = lookup_text(runner, "ik voel me een eenzame buitenstaander")
    assert "social_connection" in data["themes"]  # type: ignore[operator]
