"""catalog export: HTML (also rendered in a headless browser), Markdown, CSV, HSDS 3.0."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Catalog

from ..conftest import MINIMAL, invoke, invoke_en, need_chromium, write

# Vendored (CC BY-SA 4.0, attribution in its README): the schema check never skips.
HSDS = Path(__file__).resolve().parents[1] / "data" / "hsds-3.0"
HOSTILE = MINIMAL.replace(
    "description: {nl: Beter slapen., en: Sleep better.}",
    'description: {nl: "<script>alert(1)</script> [x](javascript:alert(1)) **vet**", '
    'en: "<img src=x onerror=alert(1)>"}',
)


def export(runner: CliRunner, tmp_path: Path, fmt: str, *args: str) -> Path:
    out = tmp_path / f"out.{fmt}"
    tmp_path.mkdir(parents=True, exist_ok=True)
    result = invoke(runner, "catalog", "export", "--format", fmt, "--output", str(out), *args)
    assert result.exit_code == 0, result.output
    return out


def test_html_is_self_contained_and_complete(
    runner: CliRunner, tmp_path: Path, builtin: Catalog
) -> None:
    page = export(runner, tmp_path, "html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and '<html lang="nl">' in page
    for forbidden in ("<script", "<link", "src=", "@import", "url("):
        assert forbidden not in page
    for offering in builtin.offerings:
        if offering.active:
            assert f'id="{offering.id}"' in page
    assert 'href="tel:08000113"' in page and "@media print" in page
    assert page.index("113 Zelfmoordpreventie") < page.index("Studieloopbaanbegeleider")
    english = export(runner, tmp_path / "en", "html", "--lang", "en").read_text()
    assert "113 Suicide Prevention" in english and '<html lang="en">' in english


def test_html_and_markdown_escape_catalogue_text(runner: CliRunner, tmp_path: Path) -> None:
    source = write(tmp_path, "hostile.yaml", HOSTILE)
    page = export(runner, tmp_path, "html", "--catalog", str(source)).read_text()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    english = export(
        runner, tmp_path / "en", "html", "--catalog", str(source), "--lang", "en"
    ).read_text()
    assert "<img" not in english
    markdown = export(runner, tmp_path, "markdown", "--catalog", str(source)).read_text()
    assert "<script>" not in markdown and "\\<script\\>" in markdown
    assert "\\[x\\](javascript" in markdown and "\\*\\*vet\\*\\*" in markdown


def test_markdown_and_csv(runner: CliRunner, tmp_path: Path, builtin: Catalog) -> None:
    markdown = export(runner, tmp_path, "markdown").read_text(encoding="utf-8")
    assert markdown.startswith("# Wegwijzer")
    assert "## Acute nood?" in markdown and "### Faalangst" in markdown
    rows = list(csv.DictReader(io.StringIO(export(runner, tmp_path, "csv").read_text())))
    assert [r["id"] for r in rows] == [o.id for o in builtin.offerings]
    row = next(r for r in rows if r["id"] == "113-zelfmoordpreventie")
    assert row["phone"] == "113;0800-0113" and row["crisis"] == "true"


def test_export_refuses_to_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    out = export(runner, tmp_path, "csv")
    again = invoke_en(runner, "catalog", "export", "--format", "csv", "--output", str(out))
    assert again.exit_code == 1 and "already exists" in again.stderr


@pytest.fixture(scope="module")
def hsds_validator():  # type: ignore[no-untyped-def]
    assert (HSDS / "service.json").is_file(), f"the vendored HSDS 3.0 schema is missing: {HSDS}"
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry = Registry()
    for path in HSDS.glob("*.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        registry = registry.with_resource(
            path.name, Resource.from_contents(contents, default_specification=DRAFT202012)
        )
    service = json.loads((HSDS / "service.json").read_text(encoding="utf-8"))
    return Draft202012Validator(
        service, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def test_hsds_export_validates_against_the_official_schema(
    runner: CliRunner,
    tmp_path: Path,
    builtin: Catalog,
    hsds_validator,  # type: ignore[no-untyped-def]
) -> None:
    folder = export(runner, tmp_path, "hsds")
    files = sorted((folder / "services").glob("*.json"))
    assert len(files) == len(builtin.offerings)
    for path in files:
        service = json.loads(path.read_text(encoding="utf-8"))
        errors = [f"{e.json_path}: {e.message}" for e in hsds_validator.iter_errors(service)]
        assert errors == [], path.name
    crisis = json.loads((folder / "services" / "113-zelfmoordpreventie.json").read_text())
    assert [p["number"] for p in crisis["phones"]] == ["113", "0800-0113"]
    # 113 serves every risk-to-life theme the built-in catalogue has (issue 10 added two)
    assert {a["taxonomy_term"]["code"] for a in crisis["attributes"]} == {
        "suicidal_thoughts",
        "self_harm",
        "concern_for_other",
        "acute",
    }
    assert crisis["schedules"][0]["byday"] == "MO,TU,WE,TH,FR,SA,SU"
    assert {x["code"] for x in crisis["languages"]} == {"nl", "en"}


def test_hsds_ids_are_stable_across_exports(runner: CliRunner, tmp_path: Path) -> None:
    first = export(runner, tmp_path / "a", "hsds")
    second = export(runner, tmp_path / "b", "hsds")
    for path in (first / "services").glob("*.json"):
        assert path.read_text() == (second / "services" / path.name).read_text()


def test_html_renders_in_a_headless_browser(
    runner: CliRunner, tmp_path: Path, builtin: Catalog
) -> None:
    chromium = need_chromium()
    page = export(runner, tmp_path, "html")
    profile = tmp_path / "profile"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--dump-dom",
        page.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    assert "<body" in dom
    for offering in builtin.offerings:
        if offering.active:
            assert offering.name.nl.replace("&", "&amp;") in dom, offering.id
    for line in (o for o in builtin.offerings if o.crisis):
        for number in line.contact.phones:
            assert number in dom
    screenshot = tmp_path / "page.png"
    subprocess.run(
        [*command[:-2], f"--screenshot={screenshot}", "--window-size=400,900", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.stat().st_size > 1000
