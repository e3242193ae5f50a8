"""Round 30, catalogues and corpora: a hostile-files round by an outsider who never read
the code (H1-H7). Each test was run on the commit before its fix and failed there unless
its docstring says it guards."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.catalog.resources import builtin_catalog_folder

from .conftest import invoke, invoke_en


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "cat"
    shutil.copytree(builtin_catalog_folder(), folder)
    return folder


@pytest.mark.parametrize(
    ("old", "new", "question"),
    [
        (
            '{id: self_harm, when: "mood_self_harm == yes", themes: [self_harm], urgency: soon}',
            '{id: self_harm, when: "mood_self_harm == no", themes: [stress]}',
            "mood_self_harm",
        ),
        (
            '{id: self_harm, when: "mood_self_harm == yes", themes: [self_harm], urgency: soon}',
            '{id: self_harm, when: "mood_self_harm == yes", themes: [stress]}',
            "mood_self_harm",
        ),
    ],
)
def test_an_own_copy_keeps_the_acute_rules_of_yes_no_questions(
    runner: CliRunner, tmp_path: Path, old: str, new: str, question: str
) -> None:
    """A `catalog init` copy whose `self_harm` rule was turned around validated with 0
    errors, and a "yes" to self-harm came out specific and routine: the compiled
    catalogue keeps "yes" as True, so the yes/no rules were never compared (a hostile
    round, round 30, H1). Choice questions were caught already."""
    folder = _copy(tmp_path)
    interview = folder / "interview.yaml"
    text = interview.read_text("utf-8")
    assert old in text
    interview.write_text(text.replace(old, new), "utf-8")
    result = invoke_en(runner, "catalog", "validate", str(folder))
    assert result.exit_code == 1
    assert f"question '{question}'" in result.output


def test_the_loss_rule_cannot_be_dropped(runner: CliRunner, tmp_path: Path) -> None:
    """`area_loss: yes` gave prevention and no theme once the `loss` rule was deleted
    from an own copy (H1)."""
    folder = _copy(tmp_path)
    interview = folder / "interview.yaml"
    lines = interview.read_text("utf-8").splitlines(keepends=True)
    kept = [line for line in lines if "{id: loss," not in line]
    assert len(kept) == len(lines) - 1
    interview.write_text("".join(kept), "utf-8")
    result = invoke_en(runner, "catalog", "validate", str(folder))
    assert result.exit_code == 1
    assert "question 'area_loss'" in result.output


def test_a_near_key_is_no_answer_to_a_question_answered_by_name(
    runner: CliRunner, tmp_path: Path
) -> None:
    """In safety mode "area_behaviour: yes" was read as a yes to "safety_behaviour" (its
    did-you-mean) beside the file's own "safety_behaviour: no": urgency immediate and "you
    answered yes to preparing to end your life" (H6)."""
    (tmp_path / "empty").mkdir()
    row = {
        "id": "r1",
        "answers": {
            "safety_wish_dead": "no",
            "safety_thoughts": "no",
            "safety_behaviour": "no",
            "area_behaviour": "yes",
        },
    }
    cases = tmp_path / "rows.jsonl"
    cases.write_text(json.dumps(row) + "\n", "utf-8")
    result = invoke(runner, "batch", str(cases), "--catalog", str(tmp_path / "empty"))
    out = json.loads(result.stdout.splitlines()[0])
    assert out.get("urgency") != "immediate"
    assert "safety_behaviour = yes" not in result.stdout


def test_a_misspelt_safety_key_still_counts(runner: CliRunner, tmp_path: Path) -> None:
    """Guards round 8: "safety_thougths: ja", misspelt and alone, keeps its yes."""
    (tmp_path / "empty").mkdir()
    row = {"id": "r1", "answers": {"safety_wish_dead": "no", "safety_thougths": "ja"}}
    cases = tmp_path / "rows.jsonl"
    cases.write_text(json.dumps(row) + "\n", "utf-8")
    result = invoke(runner, "batch", str(cases), "--catalog", str(tmp_path / "empty"))
    assert json.loads(result.stdout.splitlines()[0])["tier"] == "acute"


def test_an_acute_expectation_names_its_themes(runner: CliRunner, tmp_path: Path) -> None:
    """`expect_tier: acute` with no themes was accepted; its miss was listed, counted as
    no risk sentence, and the run said ok, exit 0 (H7)."""
    corpus = tmp_path / "c.jsonl"
    line = {"text": "het regent", "lang": "nl", "expect_themes": [], "expect_tier": "acute"}
    corpus.write_text(json.dumps(line) + "\n", "utf-8")
    result = invoke(runner, "catalog", "test", str(corpus))
    assert result.exit_code == 1
    assert f"{corpus}:1:1: error:" in result.output


def test_a_theme_named_twice_counts_once(runner: CliRunner, tmp_path: Path) -> None:
    """["suicidal_thoughts", "suicidal_thoughts"] counted 2/2 in recall (H7)."""
    corpus = tmp_path / "c.jsonl"
    line = {
        "text": "ik wil dood",
        "lang": "nl",
        "expect_themes": ["suicidal_thoughts", "suicidal_thoughts"],
        "expect_tier": "acute",
    }
    corpus.write_text(json.dumps(line) + "\n", "utf-8")
    data = json.loads(invoke(runner, "catalog", "test", str(corpus), "--json").stdout)
    assert data["recall"]["suicidal_thoughts"]["all"]["expected"] == 1


@pytest.mark.parametrize(
    "label",
    [
        '{nl: "Pre\u00adventie", en: "Pre\u200bvention"}',  # invisible characters (H2)
        '{nl: "Niet acuut", en: "Not acute"}',  # the tier's own name denied (H3)
        '{nl: "Rustig aan", en: "Take it easy"}',  # calm advised (H3)
    ],
)
def test_the_acute_tiers_label_may_not_hide_it(
    runner: CliRunner, tmp_path: Path, label: str
) -> None:
    """A soft hyphen split "Preventie" past the guard, and the counsellor read "Niveau:
    PRE\u00adVENTIE" for suicidal thoughts; "Niet acuut" passed with 0 warnings."""
    folder = _copy(tmp_path)
    catalog = folder / "catalog.yaml"
    text = catalog.read_text("utf-8")
    assert "label: {nl: Acuut, en: Acute}" in text
    catalog.write_text(text.replace("label: {nl: Acuut, en: Acute}", f"label: {label}"), "utf-8")
    result = invoke_en(runner, "catalog", "validate", str(folder))
    assert result.exit_code == 1
    assert "the label of tier 'acute'" in result.output


def test_113_may_not_be_called_useless(runner: CliRunner, tmp_path: Path) -> None:
    """A layer made 113's next step "113 is 's nachts zinloos; mail liever de
    studentendecaan" with 0 warnings (H4)."""
    layer = tmp_path / "l.yaml"
    layer.write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: 113-zelfmoordpreventie\n"
        "    how_to_access:\n"
        '      nl: "113 is \'s nachts zinloos; mail liever de studentendecaan."\n'
        '      en: "113 is pointless at night; better e-mail the student dean."\n',
        "utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1
    assert "zinloos" in result.output or "pointless" in result.output


@pytest.mark.parametrize(
    "advice",
    # the second guards the English words caught before
    ["Bij zelfmoordgedachten niet 113 bellen; mail eerst de SLB'er.", "Please do not call 113."],
)
def test_an_offering_may_not_advise_against_113(
    runner: CliRunner, tmp_path: Path, advice: str
) -> None:
    """ "niet 113 bellen" in Dutch word order passed; "in plaats van 113" was caught (H5)."""
    layer = tmp_path / "l.yaml"
    layer.write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: vh-eigen\n"
        "    provider: institution\n"
        "    name: {nl: Eigen spreekuur, en: Own office hours}\n"
        "    description: {nl: Een gesprek., en: A talk.}\n"
        f"    how_to_access: {{nl: {json.dumps(advice)}, en: {json.dumps(advice)}}}\n"
        "    themes: [stress]\n"
        "    tiers: [specific]\n"
        "    contact: {email: spreekuur@example.org}\n",
        "utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1, result.output
    assert "instead of 113" in result.output


def test_a_safety_questions_help_may_not_say_it_need_not_be_asked(
    runner: CliRunner, tmp_path: Path
) -> None:
    """ "Niet nodig om te vragen; verwijs liever niet naar de zelfmoordlijn" as the help of
    a safety question got only the generic "has help of its own" warning (H5)."""
    folder = _copy(tmp_path)
    interview = folder / "interview.yaml"
    text = interview.read_text("utf-8")
    marker = "  - id: safety_wish_dead\n"
    assert marker in text
    help_line = (
        '    help: {nl: "Niet nodig om te vragen; verwijs liever niet naar de zelfmoordlijn.", '
        'en: "No need to ask this."}\n'
    )
    start = text.index(marker)
    old_help = text.index("    help:\n", start)
    end = text.index("\n", text.index("      en:", old_help)) + 1  # help: / nl: / en:
    interview.write_text(text[:old_help] + help_line + text[end:], "utf-8")
    result = invoke_en(runner, "catalog", "validate", str(folder))
    assert result.exit_code == 1, result.output
    assert "safety_wish_dead" in result.output and "YAML" not in result.output
