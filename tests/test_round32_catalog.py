"""Round 32, the catalogue maintainer's side: what a coordinator's hostile round found
(H1-H3, H11) in an own copy of the built-in catalogue (`catalog init`). Each test failed
on the round's start (c3b548d), except those whose docstring says they are guards."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke

ANSWERS = (
    "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_method: nee\nsafety_intent: nee\n"
    "safety_plan: nee\nsafety_behaviour: nee\n"
)


def _own_copy(runner: CliRunner, tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """A `catalog init` copy with each (old, new) text replaced in its interview.yaml."""
    own = tmp_path / "own"
    assert invoke(runner, "catalog", "init", str(own)).exit_code == 0
    interview = own / "interview.yaml"
    text = interview.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    interview.write_text(text, encoding="utf-8")
    return own


_SELF_HARM_RULES = (
    '  - {id: self_harm, when: "mood_self_harm == yes", themes: [self_harm], urgency: soon}\n',
    '  - {id: self_harm_unclear, when: "mood_self_harm == unknown", themes: [self_harm], '
    "urgency: soon}\n",
)


def test_a_renamed_self_harm_question_without_its_rule_is_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H1: `mood_self_harm` renamed and its rules deleted validated with 0 errors; a "ja"
    to the same words came out specific and routine, without a crisis line."""
    own = _own_copy(
        runner,
        tmp_path,
        ("  - id: mood_self_harm\n", "  - id: mood_selfhurt\n"),
        (_SELF_HARM_RULES[0], ""),
        (_SELF_HARM_RULES[1], ""),
    )
    result = invoke(runner, "catalog", "validate", str(own), "--lang", "en")
    assert result.exit_code == 1
    assert "'mood_selfhurt' (it has the words of the built-in question 'mood_self_harm')" in (
        result.stdout + result.stderr
    )


def test_a_renamed_question_with_its_rule_renamed_too_is_fine(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A guard: renaming a question and its rules together keeps the acute answer."""
    own = _own_copy(
        runner,
        tmp_path,
        ("  - id: mood_self_harm\n", "  - id: mood_selfhurt\n"),
        ('"mood_self_harm == yes"', '"mood_selfhurt == yes"'),
        ('"mood_self_harm == unknown"', '"mood_selfhurt == unknown"'),
    )
    result = invoke(runner, "catalog", "validate", str(own))
    assert result.exit_code == 0, result.stdout + result.stderr


def test_an_own_copy_may_not_lower_the_urgency_of_an_acute_rule(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H2: `unsafe_now` lowered from immediate to routine in an own copy validated with
    0 errors (a layer doing the same was refused), and 112 was no longer first."""
    own = _own_copy(
        runner,
        tmp_path,
        (
            "themes: [unsafe_situation], urgency: immediate}",
            "themes: [unsafe_situation], urgency: routine}",
        ),
    )
    result = invoke(runner, "catalog", "validate", str(own), "--lang", "en")
    assert result.exit_code == 1
    assert "lower urgency than the built-in rule 'unsafe_now'" in result.stdout + result.stderr


@pytest.mark.parametrize("label", ["Ik ben nu niet veilig", "Ik ben nu niet veilig!"])
def test_the_words_of_an_acute_choice_a_little_changed_are_still_its_words(
    runner: CliRunner, tmp_path: Path, label: str
) -> None:
    """H3: the check matched the exact label only: "Ik ben nu niet veilig" on the
    bullying choice passed, and choosing it gave specific and routine."""
    own = _own_copy(
        runner,
        tmp_path,
        ('label: {nl: "Pesten, intimidatie of discriminatie"', f'label: {{nl: "{label}"'),
    )
    result = invoke(runner, "catalog", "validate", str(own), "--lang", "en")
    assert result.exit_code == 1
    assert "has the words of the built-in choice 'unsafe_now'" in result.stdout + result.stderr


def test_a_label_that_only_shares_a_word_is_its_own(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: "Ik voel me niet veilig op de campus" is not "Ik ben nu niet veilig"."""
    own = _own_copy(
        runner,
        tmp_path,
        (
            'label: {nl: "Pesten, intimidatie of discriminatie"',
            'label: {nl: "Ik voel me niet veilig op de campus"',
        ),
    )
    assert invoke(runner, "catalog", "validate", str(own)).exit_code == 0


def test_init_never_writes_over_the_built_in_catalogue(runner: CliRunner) -> None:
    """H11: `catalog init <the installed built-in folder> --force` rewrote the built-in
    catalogue itself (exit 0)."""
    from steunwijzer.catalog.resources import builtin_catalog_dir

    folder = builtin_catalog_dir()

    def digest() -> str:
        files = sorted(folder.glob("*.yaml"))
        return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()

    before = digest()
    result = invoke(runner, "catalog", "init", str(folder), "--force")
    assert result.exit_code == 1
    assert "built-in catalogue" in result.stderr or "ingebouwde catalogus" in result.stderr
    assert digest() == before


@pytest.mark.parametrize(
    "step",
    [
        "Bel 113 morgen tijdens kantooruren.",
        "Probeer eerst de mentor; bel 113 daarna.",
        "Het is beter om 113 te vermijden.",
        "Je kunt morgen 113 bellen als het dan nog speelt.",
    ],
)
def test_a_crisis_line_put_off_is_refused(runner: CliRunner, tmp_path: Path, step: str) -> None:
    """H4: 113's next step telling to call tomorrow, after the mentor, or not at all
    validated with 0 warnings and stood under the crisis lines and on the handout."""
    layer = tmp_path / "layer.yaml"
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        f'    how_to_access: {{nl: "{step}", en: "Call 113."}}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == 1
    assert "puts a wait or a condition before calling" in result.stdout + result.stderr


def test_a_plain_next_step_for_113_is_fine(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: a next step that names 113 and says nothing of waiting is accepted."""
    layer = tmp_path / "layer.yaml"
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        '    how_to_access: {nl: "Bel samen 113, of chat op 113.nl.", en: "Call 113 together."}\n',
        encoding="utf-8",
    )
    assert invoke(runner, "catalog", "validate", "builtin", str(layer)).exit_code == 0


def test_a_tip_that_says_not_to_call_113_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """H5: a new tip "Bel niet 113, wacht tot morgen." gave 0 warnings and was printed
    among the tips of acute results."""
    layer = tmp_path / "tips.yaml"
    layer.write_text(
        "schema_version: 1\ntips:\n  - id: t1\n    style: emotional\n    tiers: [acute]\n"
        '    text: {nl: "Bel niet 113, wacht tot morgen.", en: "Do not call 113, wait."}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == 1
    assert "tells not to call 113 or 112" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("label", "code", "said"),
    [
        ("Normaal", 1, "says 'normaal'"),
        ("Alles goed", 1, "says 'alles goed'"),
        ("Niveau 1", 0, "says nothing of urgency"),  # an own word still loads, warned
    ],
)
def test_an_acute_tier_label_that_reassures_or_says_nothing(
    runner: CliRunner, tmp_path: Path, label: str, code: int, said: str
) -> None:
    """H6: the acute tier labelled "Normaal" validated with 0 warnings, and suicidal
    thoughts read "Niveau: NORMAAL"."""
    layer = tmp_path / "tiers.yaml"
    layer.write_text(
        f'schema_version: 1\ntiers:\n  - id: acute\n    label: {{nl: "{label}", en: "{label}"}}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == code
    assert said in result.stdout + result.stderr


def test_a_crisis_line_at_a_premium_rate_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """H7: a "Zelfmoordlijn" at 0909 (by the minute) validated with 0 warnings and stood
    above 113."""
    layer = tmp_path / "paid.yaml"
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: betaallijn\n"
        '    name: {nl: "Zelfmoordlijn", en: "Suicide line"}\n'
        '    description: {nl: "Praat met iemand.", en: "Talk to someone."}\n'
        "    provider: other\n    crisis: true\n    tiers: [acute]\n"
        "    themes: [suicidal_thoughts]\n"
        "    contact: {phone: '0909 1234567'}\n    hours: 24/7\n",
        encoding="utf-8",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == 1
    assert "premium-rate number" in result.stdout + result.stderr


OWN_LINE_ONLY = """schema_version: 1
offerings:
  - id: 113-zelfmoordpreventie
    status: inactive
  - id: 112-alarmnummer
    status: inactive
  - id: eigen-crisis
    crisis: true
    provider: institution
    name: {nl: Eigen crisislijn, en: Own crisis line}
    description: {nl: Onze lijn, en: Our line}
    tiers: [acute]
    themes: [suicidal_thoughts, self_harm, concern_for_other, unsafe_situation]
    contact: {phone: "020 123 4567"}
    hours: "24/7"
"""


def test_113_stays_beside_a_line_of_ones_own(runner: CliRunner, tmp_path: Path) -> None:
    """H8: a layer that switched 113 and 112 off beside a 24/7 line of its own left the
    handout's "Als het erger wordt", which asks "denk je aan een einde aan je leven?",
    with that line only. (A grief result's safety line may be the institution's own 24/7
    line alone: round 23's choice, K3.)"""
    layer = tmp_path / "own-line.yaml"
    layer.write_text(OWN_LINE_ONLY, encoding="utf-8")
    cat = ("-c", "builtin", "-c", str(layer))
    answers = tmp_path / "a.yaml"
    answers.write_text(ANSWERS + "area_sleep: ja\n", encoding="utf-8")
    handout = tmp_path / "h.md"
    done = invoke(runner, "interview", *cat, "--answers", str(answers), "--handout", str(handout))
    assert done.exit_code == 0, done.stderr
    text = handout.read_text(encoding="utf-8").split("Als het erger wordt", 1)[1]
    assert "113" in text and "Eigen crisislijn" in text
