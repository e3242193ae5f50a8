"""The HTML page and the Markdown export say the same things about each offering.

They had a card writer each, and the Markdown one had lost the cost. Both now take an
offering's facts from export.html.offering_facts; compared here on the built-in
catalogue and a hand-written one, by the labels each card shows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from steunwijzer.catalog.load import load_catalog
from steunwijzer.catalog.resources import builtin_catalog_dir
from steunwijzer.core.floor import crisis_lines_with_floor
from steunwijzer.export.html import export_html
from steunwijzer.export.text import export_markdown

from ..conftest import MINIMAL, write

EXTRA = """\
    contact: {phone: ['+31 20 123 4567'], email: slaap@hogeschool.example}
    hours: {mon-fri: "09:00-17:00"}
    waiting_time: 2 weeks
    cost: {nl: "€ 25 per keer", en: "€25 a session"}
    eligibility: {nl: Alle studenten., en: All students.}
"""


def html_cards(page: str) -> dict[str, list[str]]:
    cards = re.findall(r"<article class=\"card\" id=\"([^\"]+)\">(.*?)</article>", page)
    return {i: re.findall(r"<dt>(.*?)</dt>", body) for i, body in cards}


def markdown_cards(page: str, names: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for block in page.split("\n#### ")[1:]:
        name = block.split("\n", 1)[0]
        labels = re.findall(r"^- ([^:\n]+):", block.split("\n## ")[0], flags=re.MULTILINE)
        out[names[name]] = labels
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("source", ["builtin", "written"])
def test_html_and_markdown_cards_show_the_same_facts(
    tmp_path: Path, lang: str, source: str
) -> None:
    paths = [str(builtin_catalog_dir())]
    if source == "written":
        paths = [str(write(tmp_path, "c.yaml", MINIMAL + EXTRA))]
    catalog = load_catalog(paths).catalog
    assert catalog is not None
    # the built-in 113 and 112 join a catalogue without them (round 15)
    shown = [*catalog.offerings, *crisis_lines_with_floor(catalog.offerings)]
    names = {o.name.get(lang): o.id for o in shown}  # type: ignore[arg-type]
    html = html_cards(export_html(catalog, lang))  # type: ignore[arg-type]
    markdown = markdown_cards(export_markdown(catalog, lang), names)  # type: ignore[arg-type]
    assert html and set(markdown) <= set(html)
    for offering_id, labels in markdown.items():
        assert labels == html[offering_id], offering_id
    if source == "written":
        cost = "Kosten" if lang == "nl" else "Cost"
        assert cost in markdown["sleep-course"]
