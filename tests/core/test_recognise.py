"""Free-text recognition (issue 10): what students say, found, explained, never hidden."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.patterns import PatternError, parse
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.requests import lookup
from steunwijzer.core.vocabulary import Vocabulary

from ..conftest import MINIMAL, invoke, invoke_en, write
from ..contracts import CSV_COLUMNS, MATCH_KEYS, MENTION_KEYS, RESULT_KEYS

AT = ("--at", "2026-11-30T14:00")


def run(builtin: Catalog, index: ReferralIndex, text: str, lang: str = "nl"):
    return lookup(builtin, Vocabulary(builtin.themes), index, [], text, lang)  # type: ignore[arg-type]


# The examples of the issue, each with the theme, tier and urgency it must give.
EXAMPLES = [
    ("Soms denk ik dat ik beter dood kan zijn.", "suicidal_thoughts", "soon"),
    ("het liefst word ik niet meer wakker", "suicidal_thoughts", "soon"),
    ("I wish I was dead", "suicidal_thoughts", "soon"),
    ("iedereen is beter af zonder mij", "suicidal_thoughts", "soon"),
    ("ik zie het niet meer zitten", "suicidal_thoughts", "soon"),
    ("het hoeft voor mij niet meer", "suicidal_thoughts", "soon"),
    ("ik kras in mijn armen", "self_harm", "soon"),
    ("I cut myself", "self_harm", "soon"),
    ("ik heb pillen gespaard", "suicidal_thoughts", "immediate"),
    ("I bought a rope", "suicidal_thoughts", "immediate"),
    ("ik maak er vanavond een eind aan", "suicidal_thoughts", "immediate"),
    ("I'm going to kill myself", "suicidal_thoughts", "immediate"),
    ("i dont want to live anymore", "suicidal_thoughts", "soon"),
    ("kms", "suicidal_thoughts", "soon"),
    ("i want to unalive myself", "suicidal_thoughts", "soon"),
    ("ik denk steeds aan zelfmort", "suicidal_thoughts", "soon"),
    ("mn huisgenoot zegt dat ze dood wil", "concern_for_other", "soon"),
    ("ik heb een afscheidsbrief geschreven", "suicidal_thoughts", "immediate"),
]


@pytest.mark.parametrize(("text", "theme", "urgency"), EXAMPLES)
def test_issue_examples(
    builtin: Catalog, index: ReferralIndex, text: str, theme: str, urgency: str
) -> None:
    result = run(builtin, index, text)
    assert theme in result.themes, text
    assert result.tier is Tier.ACUTE and result.recognised
    assert result.urgency is Urgency(urgency)
    assert result.referrals[0].offering.crisis  # a crisis line first


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik heb geen zelfmoordgedachten, ik wil alleen beter plannen", "suicidal_thoughts"),
        ("I'm not suicidal", "suicidal_thoughts"),
        ("mijn scriptie gaat over zelfmoordpreventie", "suicidal_thoughts"),
        ("a thesis about death in Victorian novels", "grief"),
        ("ik wil helemaal niet dood", "suicidal_thoughts"),
    ],
)
def test_negated_or_framed_is_a_mention_not_a_finding(
    builtin: Catalog, index: ReferralIndex, text: str, theme: str
) -> None:
    result = run(builtin, index, text)
    assert result.tier is not Tier.ACUTE or not result.recognised
    assert theme not in result.themes
    assert [m.theme for m in result.mentions] == [theme]
    assert result.mentions[0].set_aside in ("negated", "framed")


@pytest.mark.parametrize(
    "text",
    ["ik ga dood van de stress", "this deadline is killing me", "ik ben doodmoe",
     "I'm dying to know", "stoppen met hockey", "I quit my job"],
)  # fmt: skip
def test_figures_and_harmless_quitting_are_not_acute(
    builtin: Catalog, index: ReferralIndex, text: str
) -> None:
    result = run(builtin, index, text, "en")
    assert not (result.recognised and result.tier is Tier.ACUTE), result.themes


def test_concern_for_other_says_who(builtin: Catalog, index: ReferralIndex) -> None:
    result = run(builtin, index, "My roommate says she wants to die")
    assert result.themes == ("concern_for_other",)
    finding = result.reasons[0].finding
    assert finding is not None and finding.about_other
    assert result.referrals[0].offering.crisis


def test_unrecognised_lookup_json(runner: CliRunner) -> None:
    result = invoke(runner, "lookup", "--text", "hoe laat is het?", "--json", *AT)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) >= RESULT_KEYS
    assert data["recognised"] is False
    assert data["tier"] is None and data["urgency"] is None and data["themes"] == []
    assert data["referrals"] and all(r["role"] == "entry_point" for r in data["referrals"])
    assert {r["id"] for r in data["referrals"]} == {"vh-studentpsycholoog", "vh-studentendecaan"}


def test_unrecognised_screen_says_so(runner: CliRunner) -> None:
    result = invoke(runner, "lookup", "--text", "hello there", "--lang", "en", "--plain", *AT)
    assert result.exit_code == 0
    assert "Nothing recognised" in result.stdout
    assert "safety questions have not been asked" in result.stdout


def test_recognised_json_explains_each_finding(runner: CliRunner) -> None:
    result = invoke(runner, "lookup", "--text", "I'm not suicidal but I cut myself", "--json")
    data = json.loads(result.stdout)
    assert data["recognised"] is True and data["themes"] == ["self_harm"]
    match = data["reasons"][0]["match"]
    assert set(match) == MATCH_KEYS
    assert match["words"] == "cut myself" and match["source"] == "built-in"
    start, end = match["span"]
    assert "I'm not suicidal but I cut myself"[start:end] == "cut myself"
    assert [set(m) for m in data["mentions"]] == [MENTION_KEYS]
    assert data["mentions"][0]["negated"] is True
    assert "ask the safety questions" in data["mentions"][0]["note"]


def test_batch_marks_unrecognised_rows(runner: CliRunner, tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": "ik wil dood"},
        {"id": "b", "text": "waar is de mensa?"},
        {"id": "c", "text": "waar is de mensa?", "answers": {"safety_wish_dead": "no"}},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = invoke_en(runner, "batch", str(path), *AT)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["recognised"] for r in out] == [True, False, True]
    assert out[1]["tier"] is None and out[1]["urgency"] is None
    assert out[2]["tier"] == "prevention"  # answers were given: questions were asked
    assert "nothing recognised: 1" in result.stderr
    assert "prevention: 1," in result.stderr  # the unrecognised row is not counted there
    csv_result = invoke_en(runner, "batch", str(path), "--format", "csv", *AT)
    table = list(csv.reader(io.StringIO(csv_result.stdout)))
    assert tuple(table[0]) == CSV_COLUMNS and table[0][-1] == "recognised"
    assert [r[-1] for r in table[1:]] == ["true", "false", "true"]
    assert table[2][1] == "" and table[2][2] == ""


def test_catalogue_patterns_extend_never_remove_the_floor(
    runner: CliRunner, tmp_path: Path
) -> None:
    own = MINIMAL + (
        "  - id: suicidal_thoughts\n"
        "    tier: acute\n"
        "    label: {nl: Zelfmoordgedachten, en: Suicidal thoughts}\n"
        '    patterns: {nl: ["wil ..2 er uit stappen"], en: []}\n'
    )
    own = own.replace("offerings:", "", 1)
    own = own.replace("themes:\n", "themes:\n", 1)
    path = write(tmp_path, "cat.yaml", MINIMAL)
    text = path.read_text(encoding="utf-8").replace(
        "offerings:",
        "  - id: suicidal_thoughts\n    tier: acute\n"
        "    label: {nl: Zelfmoordgedachten, en: Suicidal thoughts}\n"
        '    patterns: {nl: ["wil ..2 eruit stappen"], en: []}\n'
        "offerings:",
    )
    path.write_text(text, encoding="utf-8")
    for sentence in ("ik wil er eruit stappen", "ik wil dood"):  # own and built-in
        result = invoke(runner, "lookup", "--catalog", str(path), "--text", sentence, "--json")
        data = json.loads(result.stdout)
        assert data["themes"] == ["suicidal_thoughts"], sentence
    assert "cat.yaml" in data["reasons"][0]["match"]["source"] or sentence == "ik wil dood"


def test_bad_pattern_is_reported_at_its_line(runner: CliRunner, tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "    synonyms: {nl: [slecht slapen], en: [insomnia]}\n",
        "    synonyms: {nl: [slecht slapen], en: [insomnia]}\n"
        "    patterns:\n"
        "      nl: ['slaap ..', 'wakker (lig)']\n",
    )
    path = write(tmp_path, "cat.yaml", text)
    result = invoke(runner, "catalog", "validate", str(path))
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 2 and all(line.startswith(f"{path}:11:") for line in errors)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [("", "empty"), ("..", "between"), ("a & ", "end"), ("x?", "optional"), ("*a*", "start"),
     ("wil!", "start a pattern"), ("(dood)", "regex"), ("a ..", "end with")],
)  # fmt: skip
def test_pattern_syntax_errors(pattern: str, message: str) -> None:
    with pytest.raises(PatternError, match=message):
        parse(pattern)


def test_word_order_typos_and_compounds(builtin: Catalog, index: ReferralIndex) -> None:
    for text in ("dood wil ik soms", "ik heb zelfmoordplannen", "suiside", "I feel sucidal"):
        assert "suicidal_thoughts" in run(builtin, index, text).themes, text
