"""An outsiders' hostile round (round 8): catalogues that hid the real 113 and 112. Each
test fails with its fix taken out (said per test)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from .conftest import invoke, write

AT = ("--at", "2026-11-30T14:00")

FAKE_PHONE = """\
schema_version: 1
offerings:
  - id: 113-zelfmoordpreventie
    contact: {phone: "0900-1234567", url: "https://evil.example"}
  - id: 112-alarmnummer
    contact: {phone: "0900-1234567"}
"""

LOOK_ALIKE = """\
schema_version: 1
offerings:
  - id: 113-zelfmoordpreventie
    status: inactive
  - id: 112-alarmnummer
    status: inactive
  - id: zelfmoordlijn
    crisis: true
    provider: other
    name: {nl: 113 Zelfmoordpreventie, en: 113 Suicide Prevention}
    description: {nl: Bel ons., en: Call us.}
    tiers: [acute]
    themes: [suicidal_thoughts, self_harm, concern_for_other, unsafe_situation]
    format: [phone]
    contact: {phone: "0900-1234567"}
    hours: "24/7"
    how_to_access: {nl: "Bel ons.", en: "Call us."}
"""

WEB_PAGE_ONLY = """\
schema_version: 1
offerings:
  - id: o1
    provider: other
    crisis: true
    name: {nl: Een webpagina, en: A web page}
    description: {nl: L, en: L}
    tiers: [acute]
    themes: [suicidal_thoughts, self_harm, concern_for_other, unsafe_situation]
    contact: {url: "https://example.com"}
    hours: "24/7"
"""


def _phones(stdout: str) -> list[list[str]]:
    return [r["contact"].get("phone") or [] for r in json.loads(stdout)["referrals"]]


def test_a_layer_cannot_take_the_number_of_113_or_112_away(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A 6-line layer gave 113 and 112 a 0900 number: validate --strict said nothing and
    the screen and handout showed "113 Zelfmoordpreventie ... 0900-1234567". Without the
    check in floor.check_catalog, validate passes."""
    layer = write(tmp_path, "layer.yaml", FAKE_PHONE)
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == 1
    assert "layer.yaml:3:5: error: the phone of national crisis line" in result.output
    found = invoke(runner, "lookup", "-c", "builtin", "-c", str(layer), "--text", "ik wil dood",
                   "--json", *AT)  # fmt: skip
    assert ["113", "0800-0113"] in _phones(found.stdout)
    assert not any("0900-1234567" in p for p in _phones(found.stdout))


def test_a_look_alike_never_hides_the_real_113_and_112(runner: CliRunner, tmp_path: Path) -> None:
    """113 and 112 switched off and a "113 Zelfmoordpreventie" with a 0900 number added:
    for an intent tonight it was the only crisis line (no 112). Without
    floor._with_national the real numbers are missing."""
    layer = write(tmp_path, "layer.yaml", LOOK_ALIKE)
    found = invoke(runner, "lookup", "-c", "builtin", "-c", str(layer), "--text",
                   "ik wil mezelf vanavond doden", "--json", *AT)  # fmt: skip
    phones = _phones(found.stdout)
    assert ["113", "0800-0113"] in phones[:3] and ["112"] in phones[:3], phones


def test_a_web_page_is_no_crisis_line_to_put_first(runner: CliRunner, tmp_path: Path) -> None:
    """A catalogue whose only crisis line is a web address put it alone on top for "ik
    wil mezelf vanavond ophangen". Without the phone check in floor.with_floor it is
    first and 113 and 112 are missing."""
    catalogue = write(tmp_path, "only.yaml", WEB_PAGE_ONLY)
    found = invoke(runner, "lookup", "-c", str(catalogue), "--text",
                   "ik wil mezelf vanavond ophangen", "--json", *AT)  # fmt: skip
    phones = _phones(found.stdout)
    assert phones[0] == ["113", "0800-0113"] and ["112"] in phones, phones


ESCAPING_LABEL = """\
schema_version: 1
themes:
  - id: esc_theme
    tier: specific
    label: {nl: "Slaap\\e]0;PWNED\\a\\e[2J", en: "Sleep\\e]0;PWNED\\a\\e[2J"}
    synonyms: {nl: [vreemdwoord], en: [weirdword]}
"""


def test_report_strips_escape_sequences_from_catalogue_labels(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`report` printed a theme label's raw escape sequences (window title, clear screen)
    in its table, plain and HTML output; every other command strips them. Without
    one_line in io/report.py these fail."""
    layer = write(tmp_path, "esc.yaml", ESCAPING_LABEL)
    row = '{"tier": "specific", "urgency": "routine", "themes": ["esc_theme"]}\n'
    rows = write(tmp_path, "rows.jsonl", row * 12)
    for fmt in (("--plain",), ("--format", "json")):
        result = invoke(runner, "report", str(rows), "-c", "builtin", "-c", str(layer), *fmt)
        # (JSON escapes a raw ESC as \u001b: the sequence's own text shows it was kept)
        assert "\x1b" not in result.stdout and "PWNED" not in result.stdout, fmt
        assert "Slaap" in result.stdout or "Sleep" in result.stdout
    page = tmp_path / "r.html"
    invoke(runner, "report", str(rows), "-c", "builtin", "-c", str(layer), "--format", "html",
           "-o", str(page))  # fmt: skip
    assert "\x1b" not in page.read_text(encoding="utf-8")


def test_catalog_test_refuses_nan_gates_duplicate_keys_and_endless_lines(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`--min-recall nan` switched the CI gate off (exit 0); a second "expect_tier" in a
    corpus line overruled the first; `catalog test /dev/zero` grew to 14 GB. Without
    catalog._finite, corpus.parse_line's loads_strict and catalog_test._bounded these
    fail (the last by a memory error or a hang)."""
    corpus = write(tmp_path, "c.jsonl",
                   '{"text": "ik wil dood", "lang": "nl", "expect_themes": [], '
                   '"expect_tier": "acute", "expect_tier": null}\n')  # fmt: skip
    gated = invoke(runner, "catalog", "test", str(corpus), "--min-recall", "nan")
    assert gated.exit_code == 2
    duplicate = invoke(runner, "catalog", "test", str(corpus))
    assert duplicate.exit_code == 1 and "c.jsonl:1:1:" in duplicate.output
    endless = tmp_path / "endless.jsonl"
    with endless.open("w", encoding="utf-8") as handle:
        for _ in range(17):
            handle.write("x" * (1024 * 1024))
    refused = invoke(runner, "catalog", "test", str(endless))
    assert refused.exit_code == 1 and "16 MiB" in refused.output


def test_save_and_handout_to_one_file_writes_neither(runner: CliRunner, tmp_path: Path) -> None:
    """With --answers and --force, the handout overwrote the session record in the same
    file, exit 0. Without io.files.same_file in _write_files the file exists."""
    answers = write(tmp_path, "a.yaml", "safety_wish_dead: nee\nsafety_thoughts: nee\n")
    target = tmp_path / "both.md"
    result = invoke(runner, "interview", "--answers", str(answers), "--save", str(target),
                    "--handout", str(target), "--force", "--lang", "en")  # fmt: skip
    assert result.exit_code == 1
    assert "name the same file" in result.output
    assert not target.exists()


def test_an_empty_theme_is_a_usage_error_as_an_empty_text_is(runner: CliRunner) -> None:
    """`lookup --theme ""` said "nothing recognised", exit 0; `--text ""` exits 2."""
    assert invoke(runner, "lookup", "--theme", "", "--json").exit_code == 2
    assert invoke(runner, "lookup", "--theme", " ", "--json").exit_code == 2
    assert invoke(runner, "lookup", "--text", "", "--json").exit_code == 2


def test_no_number_goes_before_113_or_112(runner: CliRunner, tmp_path: Path) -> None:
    """An outsiders' hostile round (round 8): a layer put "0900-0113" before 113; compact
    batch rows show the first route only, so they showed the 0900 number alone."""
    text = (
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        '    contact: {phone: ["0900-0113", "113"]}\n'
    )
    layer = write(tmp_path, "layer.yaml", text)
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == 1 and "as its first number" in result.output


def test_sexual_violence_is_acute_in_a_catalogue_without_the_theme(
    runner: CliRunner, tmp_path: Path
) -> None:
    """In a catalogue without the theme `sexual_violence` the words named nothing; the
    floor's unsafe situation keeps them acute, with 112 among the lines."""
    empty = write(tmp_path, "empty.yaml", "schema_version: 1\n")
    found = invoke(runner, "lookup", "-c", str(empty), "--text",
                   "it was sexual violence, at a party", "--json", *AT)  # fmt: skip
    data = json.loads(found.stdout)
    assert data["tier"] == "acute" and "unsafe_situation" in data["themes"], data["themes"]


def test_save_onto_the_answers_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """--save (or --handout) naming the --answers file overwrote it with --force."""
    answers = write(tmp_path, "a.yaml", "safety_wish_dead: nee\nsafety_thoughts: nee\n")
    before = answers.read_text(encoding="utf-8")
    result = invoke(runner, "interview", "--answers", str(answers), "--save", str(answers),
                    "--force", "--lang", "en")  # fmt: skip
    assert result.exit_code == 1 and "names the answers file itself" in result.output
    assert answers.read_text(encoding="utf-8") == before
