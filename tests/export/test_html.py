"""The HTML page of the whole offer (``export/html.py``), read as a student would see it.

Written to kill the mutants that survived ``bench/mutation.sh`` on ``export/html.py``
(docs/mutation.md): each test checks what a reader of the page sees, so a changed link
target, a dropped row, a heading level or a section in the wrong order fails it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.model import Catalog
from steunwijzer.export.html import escape, export_html, page_css

from ..conftest import write

PAGE = """\
schema_version: 1
catalog:
  name: Testcatalogus
  institution: Hogeschool Test
  version: "7.1"
  last_reviewed: 2026-11-01
tiers:
  - id: acute
    label: {nl: Acuut, en: Acute}
    description: {nl: Snel hulp nodig., en: Help needed quickly.}
  - id: specific
    label: {nl: Specifiek, en: Specific}
  - id: prevention
    label: {nl: Preventie, en: Prevention}
glossary:
  - id: decaan
    term: studentendecaan
    text: {nl: Adviseur bij omstandigheden., en: Adviser on personal circumstances.}
themes:
  - id: sleep
    tier: specific
    label: {nl: Slaapproblemen, en: Sleep problems}
  - id: anxiety
    tier: specific
    label: {nl: Angst, en: Worry}
  - id: skills
    tier: prevention
    label: {nl: Studievaardigheden, en: Study skills}
offerings:
  - id: crisis-line
    provider: national
    name: {nl: Crisislijn, en: Crisis line}
    description: {nl: Altijd bereikbaar., en: Always there.}
    tiers: [acute]
    themes: [suicidal_thoughts]
    format: [phone]
    languages: [nl, en]
    contact: {phone: "+31 20 123 4567", chat: "https://chat.example.org", url: "https://crisis.example.org"}
    hours: "24/7"
    waiting_time: none
    crisis: true
  - id: grief-group
    provider: institution
    name: {nl: Rouwgroep, en: Grief group}
    description: {nl: Samen rouwen., en: Grieving together.}
    tiers: [acute]
    themes: [grief]
    languages: [nl]
    contact: {email: rouw@example.org, url: "https://rouw.example.org/pad"}
    hours: {mon-fri: "09:00-17:00"}
    waiting_time: 5
    cost: {nl: Gratis voor studenten, en: Free for students}
    eligibility: {nl: Alleen eigen studenten, en: Own students only}
    how_to_access: {nl: Mail de begeleider., en: Email the counsellor.}
  - id: sleep-course
    provider: institution
    name: {nl: Slaaptraining, en: Sleep course}
    description: {nl: Beter slapen., en: Sleep better.}
    tiers: [specific]
    themes: [sleep]
    contact: {url: "https://sleep.example.org", address: "Lange Gracht 1 <b>"}
  - id: worry-course
    provider: institution
    name: {nl: Piekercursus, en: Worry course}
    description: {nl: Minder piekeren., en: Worry less.}
    tiers: [specific]
    themes: [anxiety]
    contact: {url: "https://same.example.org", chat: "https://same.example.org"}
  - id: skills-course
    provider: institution
    name: {nl: Plannen, en: Planning}
    description: {nl: Beter plannen met de studentendecaan., en: Plan with the studentendecaan.}
    tiers: [prevention]
    themes: [skills]
  - id: closed-course
    provider: institution
    name: {nl: Opgeheven cursus, en: Closed course}
    description: {nl: Bestaat niet meer., en: No more.}
    tiers: [specific]
    themes: [sleep]
    status: inactive
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    path = write(tmp_path_factory.mktemp("page"), "page.yaml", PAGE)
    result = load_catalog([str(path)])
    assert result.catalog is not None, [str(d) for d in result.diagnostics]
    return result.catalog


def with_contact(catalog: Catalog, offering_id: str, **contact: object) -> Catalog:
    """The catalogue with one offering's contact changed, past the loader's checks (the
    page must not rely on them: a link is only made for a web address)."""
    offerings = tuple(
        replace(o, contact=replace(o.contact, **contact)) if o.id == offering_id else o
        for o in catalog.offerings
    )
    return replace(catalog, offerings=offerings)


def article(page: str, offering_id: str) -> str:
    match = re.search(rf'<article class="card" id="{offering_id}">(.*?)</article>', page)
    assert match, f"no card for {offering_id}"
    return match.group(1)


def rows(card: str) -> dict[str, str]:
    return dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", card))


def test_page_css_fills_in_the_width_and_heading_size_then_the_pages_own_rules() -> None:
    """Called directly: the pages build their style sheet once, at import, where a
    mutant in it is never seen."""
    css = page_css("40rem", "1.1rem", ".own { color: red; }\n")
    assert "max-width: 40rem;" in css and "h2 { font-size: 1.1rem;" in css
    assert "$" not in css and css.endswith("}\n.own { color: red; }\n")
    assert css.startswith("\n:root { color-scheme: light;")


def test_escape_removes_terminal_codes_and_quotes_on_request() -> None:
    assert escape('a\x1b[31m<b>"x"') == "a&lt;b&gt;&quot;x&quot;"
    assert escape('"x"', quote=False) == '"x"'


def test_links_go_where_the_text_says(catalog: Catalog) -> None:
    page = export_html(catalog, "nl")
    crisis = rows(article(page, "crisis-line"))["Bereikbaar via"]
    # A phone number dials its digits and a leading +, nothing else.
    assert '<a href="tel:+31201234567">+31 20 123 4567</a>' in crisis
    # A separate chat address and the web site are both links, chat first.
    assert crisis.index('href="https://chat.example.org"') < crisis.index(
        'href="https://crisis.example.org"'
    )
    assert crisis == (
        '<a href="tel:+31201234567">+31 20 123 4567</a> · '
        '<a href="https://chat.example.org">https://chat.example.org</a> · '
        '<a href="https://crisis.example.org">https://crisis.example.org</a>'
    )
    grief = rows(article(page, "grief-group"))["Bereikbaar via"]
    assert '<a href="mailto:rouw@example.org">rouw@example.org</a>' in grief
    # A web address before the e-mail address.
    assert grief.index("https://rouw") < grief.index("mailto:")
    # The scheme is judged without regard to case; the address is kept as written.
    shouting = with_contact(catalog, "grief-group", url="HTTPS://Rouw.Example.org/Pad")
    grief = rows(article(export_html(shouting, "nl"), "grief-group"))["Bereikbaar via"]
    assert '<a href="HTTPS://Rouw.Example.org/Pad">HTTPS://Rouw.Example.org/Pad</a>' in grief
    plain_http = with_contact(catalog, "grief-group", url="http://rouw.example.org")
    grief = rows(article(export_html(plain_http, "nl"), "grief-group"))["Bereikbaar via"]
    assert '<a href="http://rouw.example.org">' in grief


def test_no_link_for_an_address_that_is_not_the_web(catalog: Catalog) -> None:
    hostile = with_contact(catalog, "sleep-course", url="javascript:alert(1)")
    page = export_html(hostile, "nl")
    sleep = rows(article(page, "sleep-course"))["Bereikbaar via"]
    assert "javascript:alert(1)" in sleep and 'href="javascript' not in page
    assert "<a " not in sleep
    assert sleep.endswith("Lange Gracht 1 &lt;b&gt;")
    # A chat address equal to the web site is shown once.
    worry = rows(article(page, "worry-course"))["Bereikbaar via"]
    assert worry == '<a href="https://same.example.org">https://same.example.org</a>'


def test_card_rows(catalog: Catalog) -> None:
    page = export_html(catalog, "en")
    crisis = rows(article(page, "crisis-line"))
    assert crisis["When"] == "day and night" and crisis["Waiting time"] == "none"
    assert crisis["Language"] == "nl, en"
    assert "Cost" not in crisis and "Who for" not in crisis
    grief = article(page, "grief-group")
    details = rows(grief)
    assert details["Waiting time"] == "5 days"
    assert details["When"] == "Mon-Fri 09:00-17:00"  # the hours, in the page's language
    assert "When" not in rows(article(page, "sleep-course"))  # no hours given
    assert details["Cost"] == "Free for students"
    assert details["Who for"] == "Own students only"
    assert '<p class="next">Email the counsellor.</p>' in grief
    assert '<p class="next">' not in article(page, "sleep-course")
    # Without a contact route there is no "how to reach" row at all.
    assert "How to reach" not in rows(article(page, "skills-course"))
    assert "<h4>Grief group</h4><p>Grieving together.</p>" in grief


def test_card_rows_in_dutch(catalog: Catalog) -> None:
    page = export_html(catalog, "nl")
    crisis = rows(article(page, "crisis-line"))
    assert crisis["Wanneer"] == "dag en nacht" and crisis["Wachttijd"] == "geen"
    assert crisis["Taal"] == "nl, en"
    grief = rows(article(page, "grief-group"))
    assert grief["Wanneer"] == "ma-vr 09:00-17:00" and grief["Wachttijd"] == "5 dagen"
    assert grief["Kosten"] == "Gratis voor studenten"
    assert grief["Voor wie"] == "Alleen eigen studenten"


def test_a_whole_card_exactly(catalog: Catalog) -> None:
    page = export_html(catalog, "nl")
    assert (
        '<article class="card" id="worry-course"><h4>Piekercursus</h4><p>Minder piekeren.</p>'
        '<dl><dt>Bereikbaar via</dt><dd><a href="https://same.example.org">'
        "https://same.example.org</a></dd><dt>Taal</dt><dd>nl</dd></dl></article>"
    ) in page


def test_an_id_cannot_end_its_attribute(catalog: Catalog) -> None:
    offerings = tuple(
        replace(o, id='x" onclick="alert(1)') if o.id == "worry-course" else o
        for o in catalog.offerings
    )
    page = export_html(replace(catalog, offerings=offerings), "nl")
    assert 'id="x&quot; onclick=&quot;alert(1)"' in page and 'onclick="' not in page


def test_the_page_fits_a_phone_and_says_only_the_facts_it_has(catalog: Catalog) -> None:
    page = export_html(catalog, "nl")
    assert '\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' in page
    bare = replace(catalog, meta=replace(catalog.meta, institution=None, last_reviewed=None))
    assert '<p class="meta">versie 7.1</p>' in export_html(bare, "nl")
    nothing = replace(bare, meta=replace(bare.meta, version=None))
    assert '<p class="meta"></p>' in export_html(nothing, "nl")


def outline(page: str) -> list[str]:
    """The page's lines after the style sheet, each card by its id only."""
    body = page[page.index("</style>") :].splitlines()
    return [
        re.sub(r'^<article class="card" id="([^"]+)">.*</article>$', r"card \1", line)
        for line in body
    ]


def test_the_page_reads_top_down_in_its_language(catalog: Catalog) -> None:
    assert outline(export_html(catalog, "nl")) == [
        "</style></head><body>",
        "<header><h1>Wegwijzer: hulp en ondersteuning voor studenten</h1>",
        '<p class="meta">Hogeschool Test · versie 7.1 · bijgewerkt 2026-11-01</p></header>',
        '<section class="crisis"><h2>Acute nood? Hier kun je direct terecht</h2>',
        "card crisis-line",
        # a catalogue without 113 and 112 still shows them (round 15)
        "card builtin-113",
        "card builtin-112",
        "</section>",
        "<nav><h2>Inhoud</h2><ul>",
        '<li><a href="#tier-acute">Acuut</a></li>',
        '<li><a href="#tier-specific">Specifiek</a></li>',
        '<li><a href="#tier-prevention">Preventie</a></li>',
        "</ul></nav>",
        '<section id="tier-acute"><h2>Acuut</h2>',
        '<p class="muted">Snel hulp nodig.</p>',
        "<h3>Rouwverwerking</h3>",
        "card grief-group",
        '<p class="next">Als het erger wordt: Crisislijn (+31 20 123 4567) · 113 '
        "Zelfmoordpreventie (113, 0800-0113) · 112 Alarmnummer (112)</p>",
        "</section>",
        '<section id="tier-specific"><h2>Specifiek</h2>',
        "<h3>Angst</h3>",
        "card worry-course",
        "<h3>Slaapproblemen</h3>",
        "card sleep-course",
        "</section>",
        '<section id="tier-prevention"><h2>Preventie</h2>',
        "<h3>Studievaardigheden</h3>",
        "card skills-course",
        "</section>",
        "</body></html>",
    ]
    dutch = export_html(catalog, "nl")
    assert "<title>Wegwijzer: hulp en ondersteuning voor studenten — Testcatalogus</title>" in dutch
    english = export_html(catalog, "en")
    assert english.startswith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n')
    assert "<title>" + outline(english)[1][len("<header><h1>") : -len("</h1>")] in english
    assert outline(english)[3] == (
        '<section class="crisis"><h2>In acute need? Get help right away</h2>'
    )
    assert '<li><a href="#tier-specific">Specific</a></li>' in english
    # The English page explains the Dutch names its offerings use, in English.
    assert outline(english)[-5:] == [
        "</section>",
        "<section><h2>Dutch names explained</h2><dl>",
        "<dt>studentendecaan</dt><dd>Adviser on personal circumstances.</dd>",
        "</dl></section>",
        "</body></html>",
    ]
    assert '<p class="muted">Help needed quickly.</p>' in english


def test_page_order_and_headings(catalog: Catalog) -> None:
    page = export_html(catalog, "nl")
    assert page.startswith("<!doctype html>\n") and page.endswith("</body></html>\n")
    assert "<title>" in page and "— Testcatalogus</title>" in page
    assert '<p class="meta">Hogeschool Test · versie 7.1 · bijgewerkt 2026-11-01</p>' in page
    # The crisis line in its own section, as a level-3 card, and not again under a theme.
    crisis = page[page.index('<section class="crisis">') : page.index("</section>")]
    assert "<h3>Crisislijn</h3>" in crisis
    assert page.count('id="crisis-line"') == 1
    # Tiers from acute down, each in the table of contents in that order.
    acute, specific, prevention = (
        page.index(f'<section id="tier-{t}">') for t in ("acute", "specific", "prevention")
    )
    assert acute < specific < prevention
    nav = page[page.index("<nav>") : page.index("</nav>")]
    assert re.findall(r'href="#tier-(\w+)"', nav) == ["acute", "specific", "prevention"]
    # Themes in a tier by their label in the page's language: Angst before Slaapproblemen.
    assert page.index("<h3>Angst</h3>") < page.index("<h3>Slaapproblemen</h3>")
    english = export_html(catalog, "en")
    assert english.index("<h3>Sleep problems</h3>") < english.index("<h3>Worry</h3>")
    # An inactive offering is not on the page.
    assert "closed-course" not in page and "Opgeheven" not in page


def test_a_tier_without_offerings_has_no_section(tmp_path: Path) -> None:
    path = write(tmp_path, "c.yaml", PAGE.split("  - id: grief-group")[0])
    loaded = load_catalog([str(path)]).catalog
    assert loaded is not None
    page = export_html(loaded, "nl")
    assert 'id="tier-acute"' not in page and 'id="tier-prevention"' not in page
    assert '<p class="meta">Hogeschool Test · versie 7.1 · bijgewerkt 2026-11-01</p>' in page


def test_acute_without_risk_to_life_gets_the_safety_line(catalog: Catalog) -> None:
    page = export_html(catalog, "nl")
    acute = page[page.index('<section id="tier-acute">') :]
    acute = acute[: acute.index("</section>")]
    # Grief is acute without a risk to life: the crisis lines follow as a safety line.
    assert '<p class="next">Als het erger wordt: Crisislijn' in acute
    # The tier's description is shown under its heading.
    description = catalog.tiers[catalog.themes["grief"].tier].description
    if description:
        assert f'<p class="muted">{escape(description.get("nl"))}</p>' in acute


def test_glossary_only_on_the_english_page(builtin: Catalog) -> None:
    english = export_html(builtin, "en")
    dutch = export_html(builtin, "nl")
    assert "<h2>Dutch names explained</h2>" in english
    glossary = english[english.index("<h2>Dutch names explained</h2>") :]
    assert re.search(r"<dt>[^<]+</dt><dd>[^<]+</dd>", glossary)
    assert "Nederlandse namen uitgelegd" not in dutch


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_id_on_the_page_is_unique(builtin: Catalog, lang: str) -> None:
    """H11 (a hostile round, round 34): an offering listed under several themes had its
    id on every card, and the page was not valid HTML (a link went to the first only).
    Each id is given once, the first card keeps it. Fails on 97243db."""
    page = export_html(builtin, lang)  # type: ignore[arg-type]
    ids = re.findall(r'\bid="([^"]*)"', page)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for link in re.findall(r'href="#([^"]*)"', page):
        assert link in ids, link
    shared = next(o.id for o in builtin.offerings if o.active and len(o.themes) > 1)
    assert shared in ids
