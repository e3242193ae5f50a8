"""Every catalogue text that an export or the student's handout shows as markup is escaped.

Each text field gets its own poison (``<i data-f=FIELD>``), so a failure names the field
whose escaping was lost. Breaks tried by hand, one at a time (each made these tests fail,
then was reverted): in ``export_html`` ``escape(...)`` removed around the offering's name,
description, how_to_access, eligibility, cost, the contact address, a link's text, a
link's href, the catalogue name and the institution line; in ``export_text._md_card``
and ``render_result.handout_markdown`` ``md_escape(...)`` removed around the name, the
description, how_to_access, the contact line, eligibility, the catalogue name and the
crisis section's name.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from ..conftest import invoke

AUTOLINK = re.compile(r"<(?:https?://|[^@\s<>\\]+@)[^\s<>]+>")


def poison(field: str) -> str:
    field = field.replace("_", "")  # "_" is escaped in Markdown; keep the marker plain
    # A tag, an attribute break, an entity, Markdown link and emphasis: each would be
    # markup if it reached a page unescaped.
    return f'<i data-f={field}>"&amp; [x](javascript:{field}) **{field}**'


def mark(field: str) -> str:
    return field.replace("_", "")


TEXT_FIELDS = ("name", "description", "how_to_access", "eligibility", "cost")
CRISIS, REGULAR = "113-zelfmoordpreventie", "vh-studentendecaan"


def offering_layer(offering_id: str) -> dict[str, object]:
    fields: dict[str, object] = {
        f: {"nl": poison(f"{offering_id}-{f}-nl"), "en": poison(f"{offering_id}-{f}-en")}
        for f in TEXT_FIELDS
    }
    # the handout's step in the student's voice (issue 12)
    fields["student_step"] = {
        "nl": poison(f"{offering_id}-studentstep-nl"),
        "en": poison(f"{offering_id}-studentstep-en"),
    }
    fields["contact"] = {
        "phone": "113" if offering_id == CRISIS else "030-1234567",
        "address": poison(f"{offering_id}-address"),
        # A web address may not hold a space, but it may hold a quote and angle brackets.
        "url": f'https://evil.example/{offering_id}"><i/data-f={offering_id}-url>',
    }
    return {"id": offering_id, **fields}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = {
        "schema_version": 1,
        "catalog": {"name": poison("catalog-name"), "institution": poison("institution")},
        "offerings": [offering_layer(CRISIS), offering_layer(REGULAR)],
    }
    path = tmp_path_factory.mktemp("hostile") / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def shown_fields(lang: str) -> list[str]:
    """The poisons a page in this language must show (escaped)."""
    out = ["catalog-name", "institution"]
    for oid in (CRISIS, REGULAR):
        out += [f"{oid}-{f}-{lang}" for f in TEXT_FIELDS]
        out += [f"{oid}-address", f"{oid}-url"]
    return out


def export(runner: CliRunner, folder: Path, fmt: str, layer: Path, lang: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"out-{lang}.{fmt}"
    result = invoke(
        runner, "catalog", "export", "--format", fmt, "--output", str(out),
        "--catalog", "builtin", "--catalog", str(layer), "--lang", lang,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_html_export_escapes_every_field(
    runner: CliRunner, tmp_path: Path, hostile: Path, lang: str
) -> None:
    page = export(runner, tmp_path, "html", hostile, lang).read_text(encoding="utf-8")
    assert "<i data-f=" not in page and "<i/data-f=" not in page
    for field in shown_fields(lang):
        sep = "/" if field.endswith("-url") else " "
        assert f"&lt;i{sep}data-f={mark(field)}&gt;" in page, f"{field} is not shown escaped"
    # A quote in a link cannot end the href attribute early.
    for href in re.findall(r'href="([^"]*)"', page):
        assert "<" not in href and ">" not in href, href
    assert re.search(r'href="https://evil\.example/[^"]*&quot;', page)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markdown_export_escapes_every_field(
    runner: CliRunner, tmp_path: Path, hostile: Path, lang: str
) -> None:
    text = export(runner, tmp_path, "markdown", hostile, lang).read_text(encoding="utf-8")
    # An address is an autolink ("<https://...>", round 15), which cannot hold a "<"
    assert re.search(r"(?<!\\)<", AUTOLINK.sub("", text)) is None, "an unescaped '<'"
    assert "](javascript:" not in text.replace("\\](javascript:", "")
    for field in shown_fields(lang):
        if field in ("institution",) or field.endswith(f"-cost-{lang}"):
            continue  # the Markdown page does not show these
        sep = "/" if field.endswith("-url") else " "
        assert f"\\<i{sep}data-f={mark(field)}\\>" in text, f"{field} is not shown escaped"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_csv_and_hsds_keep_the_text_exactly(
    runner: CliRunner, tmp_path: Path, hostile: Path, lang: str
) -> None:
    """Data exports are not markup: the text is kept byte for byte, in its own cell."""
    rows = list(
        csv.DictReader(io.StringIO(export(runner, tmp_path, "csv", hostile, lang).read_text()))
    )
    for oid in (CRISIS, REGULAR):
        row = next(r for r in rows if r["id"] == oid)
        for f in TEXT_FIELDS:
            assert row[f] == poison(f"{oid}-{f}-{lang}")
        assert row["address"] == poison(f"{oid}-address")
    folder = export(runner, tmp_path, "hsds", hostile, lang)
    service = json.loads((folder / "services" / f"{CRISIS}.json").read_text(encoding="utf-8"))
    assert service["name"] == poison(f"{CRISIS}-name-{lang}")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_handout_escapes_every_field(
    runner: CliRunner, tmp_path: Path, hostile: Path, lang: str
) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("safety_thoughts: yes\narea_study: yes\n", encoding="utf-8")
    handout = tmp_path / "h.md"
    result = invoke(
        runner, "interview", "--catalog", "builtin", "--catalog", str(hostile),
        "--answers", str(answers), "--handout", str(handout), "--json", "--lang", lang,
        "--at", "2026-11-30T14:00",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = handout.read_text(encoding="utf-8")
    # An address is an autolink ("<https://...>", round 15), which cannot hold a "<"
    assert re.search(r"(?<!\\)<", AUTOLINK.sub("", text)) is None, "an unescaped '<'"
    for field in ("name", "description", "student_step"):
        assert f"\\<i data-f={mark(f'{CRISIS}-{field}-{lang}')}\\>" in text, field
    # how_to_access is advice for the counsellor: a handout for the student never has it
    assert mark(f"{CRISIS}-how_to_access-{lang}") not in text
    assert f"\\<i data-f={CRISIS}-address\\>" in text
    assert f"\\<i/data-f={CRISIS}-url\\>" in text
