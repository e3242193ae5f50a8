"""catalog coverage, lint, init, schema: the coordinator's tools."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from steunwijzer.catalog.jsonschema import catalog_json_schema
from steunwijzer.catalog.load import load_catalog
from steunwijzer.catalog.resources import builtin_catalog_dir

from ..conftest import MINIMAL, invoke, invoke_en, write

ACUTE_THEME = """\
  - id: grief
    tier: acute
    label: {nl: Rouw, en: Grief}
"""


def test_coverage_builtin_json(runner: CliRunner) -> None:
    result = invoke(runner, "catalog", "coverage", "--json", "--lang", "en")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["tiers"] == ["prevention", "specific", "acute"]
    themes = {t["id"]: t for t in data["themes"]}
    assert themes["performance_anxiety"]["counts"]["specific"] >= 2
    assert {g["kind"] for g in data["gaps"]} <= {"no_after_hours"}  # the one honest gap
    strict = invoke(runner, "catalog", "coverage", "--strict")
    assert strict.exit_code == (1 if data["gaps"] else 0)


def test_coverage_finds_each_kind_of_gap(runner: CliRunner, tmp_path: Path) -> None:
    text = MINIMAL.replace("themes:\n", "themes:\n" + ACUTE_THEME, 1)
    text += """\
  - id: grief-group
    provider: institution
    name: {nl: Rouwgroep, en: Grief group}
    description: {nl: Groep., en: Group.}
    tiers: [acute]
    themes: [grief]
    languages: [nl]
    hours: {mon-fri: "09:00-17:00"}
    waiting_time: 3 weeks
"""
    path = write(tmp_path, "c.yaml", text)
    data = json.loads(
        invoke(runner, "catalog", "coverage", "--json", "--catalog", str(path)).stdout
    )
    gaps = {(g["kind"], g["theme"]) for g in data["gaps"]}
    assert ("no_crisis_line", None) in gaps
    assert ("no_english", "grief") in gaps
    assert ("no_after_hours", "grief") in gaps
    assert ("waiting_list_only", "grief") in gaps
    assert ("no_offering", "suicidal_thoughts") in gaps  # built-in safety theme, unserved
    assert ("no_english", "sleep") in gaps  # sleep-course has the default [nl]
    result = invoke(runner, "catalog", "coverage", "--strict", "--plain", "--catalog", str(path))
    assert result.exit_code == 1 and "0 !" in result.stdout


def test_lint_content_checks(runner: CliRunner, tmp_path: Path) -> None:
    text = MINIMAL.replace("    how_to_access: {nl: Inschrijven., en: Enrol.}\n", "")
    text += """\
    contact: {url: "http://example.nl/slaap"}
    last_reviewed: 2026-01-01
  - id: sleep-course-2
    provider: institution
    name: {nl: Slaaptraining, en: Sleep course two}
    description: {nl: Nog een., en: Another.}
    tiers: [specific]
    themes: [sleep]
    how_to_access: {nl: Mail., en: Mail.}
"""
    path = write(tmp_path, "c.yaml", text)
    result = invoke_en(runner, "catalog", "lint", str(path))
    assert result.exit_code == 0  # warnings only
    out = result.stdout
    assert "insecure http:// URL 'http://example.nl/slaap'" in out
    assert "offering 'sleep-course' has no how_to_access" in out
    assert "offerings sleep-course, sleep-course-2 share the same Dutch name" in out
    assert "is not reached by any interview rule" in out
    assert "more than" not in out  # reviewed 11 months ago: fine at the default 12 months
    stale = invoke_en(runner, "catalog", "lint", "--max-age", "6", str(path))
    assert "was last reviewed 2026-01-01, more than 6 months ago" in stale.stdout
    rows = json.loads(invoke_en(runner, "catalog", "lint", "--json", str(path)).stdout)
    assert all(set(r) == {"file", "line", "column", "severity", "message"} for r in rows)
    assert all(r["file"] == str(path) and r["line"] >= 1 for r in rows)
    bad = write(tmp_path, "bad.yaml", MINIMAL.replace("tiers: [specific]", "tiers: [x]"))
    assert invoke_en(runner, "catalog", "lint", str(bad)).exit_code == 1


def test_lint_builtin_is_clean(runner: CliRunner) -> None:
    result = invoke(runner, "catalog", "lint")
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("empty", [False, True])
def test_init_validates_and_refuses_to_overwrite(
    runner: CliRunner, tmp_path: Path, empty: bool
) -> None:
    target = tmp_path / "mine"
    args = ["catalog", "init", str(target)] + (["--empty"] if empty else [])
    assert invoke_en(runner, *args).exit_code == 0
    assert load_catalog([str(target)]).catalog is not None
    first = sorted(target.iterdir())[0]
    assert first.read_text(encoding="utf-8").startswith("# Keys")
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    again = invoke_en(runner, *args)
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert invoke_en(runner, *args, "--force").exit_code == 0


# --- JSON Schema ----------------------------------------------------------------------


class _DatesAsText(yaml.SafeLoader):
    """Editors see YAML dates as text; so does the schema."""


_DatesAsText.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)
VALIDATOR = Draft202012Validator(catalog_json_schema())


def schema_errors(text: str) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(yaml.load(text, Loader=_DatesAsText))]  # noqa: S506


def test_schema_command_prints_a_valid_schema(runner: CliRunner) -> None:
    """The printed schema does the job on its own (not compared with the function that
    prints it): it accepts every built-in file and rejects the usual mistakes."""
    schema = json.loads(invoke(runner, "catalog", "schema").stdout)
    Draft202012Validator.check_schema(schema)
    printed = Draft202012Validator(schema)
    for path in sorted(builtin_catalog_dir().glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_DatesAsText)  # noqa: S506
        assert list(printed.iter_errors(data)) == [], path.name
    for old, new in [
        ("    how_to_access:", "    how_to_acces:"),
        ("tiers: [specific]", "tiers: [specfic]"),
        ("schema_version: 1", "schema_version: one"),
    ]:
        bad = yaml.load(MINIMAL.replace(old, new), Loader=_DatesAsText)  # noqa: S506
        assert list(printed.iter_errors(bad)), new


def test_builtin_catalogue_matches_the_schema() -> None:
    for path in sorted(builtin_catalog_dir().glob("*.yaml")):
        assert schema_errors(path.read_text(encoding="utf-8")) == [], path.name


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    how_to_access:", "    how_to_acces:"),  # unknown key
        ("    provider: institution\n", ""),  # missing required key (a new entry's)
        ("tiers: [specific]", "tiers: 3"),  # wrong type
        ("tiers: [specific]", "tiers: [specfic]"),  # unknown enum value
        ("provider: institution", "provider: school"),
        ("name: {nl: Slaaptraining, en: Sleep course}", "name: {nl: Slaaptraining}"),
        ("schema_version: 1", "schema_version: 2"),
        ("  - id: sleep-course", "  - id: Sleep Course"),  # not an id
    ],
)
def test_validator_and_schema_reject_the_same_mistakes(tmp_path: Path, old: str, new: str) -> None:
    text = MINIMAL.replace(old, new)
    assert text != MINIMAL
    assert load_catalog([str(write(tmp_path, "c.yaml", text))]).catalog is None
    if "provider" in old and not new:
        return  # layers may leave required keys to another file: only validate sees it
    assert schema_errors(text), f"schema accepted: {new!r}"


@pytest.mark.parametrize(
    "contact",
    [
        "{email: 'not-an-address'}",
        "{url: 'www.example.nl'}",
        "{phone: 'abc'}",
        "{fax: '0201234567'}",
    ],
)
def test_schema_rejects_bad_contact_details(tmp_path: Path, contact: str) -> None:
    text = MINIMAL + f"    contact: {contact}\n"
    assert load_catalog([str(write(tmp_path, "c.yaml", text))]).catalog is None
    assert schema_errors(text)


@pytest.mark.parametrize("hours", ['"8-17"', "{maandag: '09:00-17:00'}", "{mon: '9 tot 5'}"])
def test_schema_rejects_bad_hours(tmp_path: Path, hours: str) -> None:
    text = MINIMAL + f"    hours: {hours}\n"
    assert load_catalog([str(write(tmp_path, "c.yaml", text))]).catalog is None
    assert schema_errors(text)
