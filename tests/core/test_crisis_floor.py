"""Issue 11, item 5: the crisis floor. Every risk-to-life result shows, first, a crisis
line that is open now and has a contact, whatever the catalogue says."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core import safety
from steunwijzer.core.floor import reachable_now
from steunwijzer.core.model import Tier
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.requests import lookup
from steunwijzer.core.vocabulary import Vocabulary

from ..conftest import MINIMAL, MONDAY_2PM, SATURDAY_NIGHT, invoke, write

HOURS = {
    "always": '"24/7"',
    "office": '{mon-fri: "09:00-17:00"}',
    "evening": '{daily: "18:00-23:00"}',
    "closed": "{mon-sun: closed}",
    "none": None,
}
CONTACTS = {
    "phone": '{phone: "0800-1234567"}',
    "chat": "{chat: https://chat.example.nl}",
    "email": "{email: hulp@example.nl}",
    "none": None,
}


def crisis_line(ident: str, hours: str | None, contact: str | None, themes: str) -> str:
    lines = [
        f"  - id: {ident}",
        "    provider: institution",
        "    crisis: true",
        f"    name: {{nl: Lijn {ident}, en: Line {ident}}}",
        "    description: {nl: Een crisislijn., en: A crisis line.}",
        "    tiers: [acute]",
        f"    themes: [{themes}]",
    ]
    if hours is not None:
        lines.append(f"    hours: {hours}")
    if contact is not None:
        lines.append(f"    contact: {contact}")
    return "\n".join(lines) + "\n"


def catalogue(tmp_path: Path, *lines: str) -> Path:
    return write(tmp_path, "cat.yaml", MINIMAL + "".join(lines))


def first_is_reachable(path: Path, moment: dt.datetime, themes: list[str]) -> None:
    result = load_catalog([str(path)])
    assert result.catalog is not None, [str(d) for d in result.diagnostics]
    catalog = result.catalog
    index = ReferralIndex(catalog, moment)
    found = lookup(catalog, Vocabulary(catalog.themes), index, themes, None, "nl")
    assert found.tier is Tier.ACUTE
    first = found.referrals[0]
    assert first.role == "crisis"
    assert reachable_now(index, first.offering), first.offering.id


def test_closed_only_crisis_line_gets_the_national_lines(tmp_path: Path) -> None:
    path = catalogue(
        tmp_path, crisis_line("own", HOURS["office"], CONTACTS["phone"], "suicidal_thoughts")
    )
    first_is_reachable(path, SATURDAY_NIGHT, ["zelfmoord"])
    result = load_catalog([str(path)])
    assert result.catalog is not None
    index = ReferralIndex(result.catalog, SATURDAY_NIGHT)
    found = lookup(
        result.catalog, Vocabulary(result.catalog.themes), index, ["zelfmoord"], None, "nl"
    )
    assert [r.offering.id for r in found.referrals[:2]] == ["builtin-113", "builtin-112"]


def test_open_own_crisis_line_comes_first_with_113_beside_it(tmp_path: Path) -> None:
    """An institution's own line, open now with a phone, comes first; since round 8 the
    real 113 is listed beside it (a layer could hide 113 behind a look-alike), and 112
    only when the danger is now."""
    path = catalogue(
        tmp_path, crisis_line("own", HOURS["office"], CONTACTS["phone"], "suicidal_thoughts")
    )
    result = load_catalog([str(path)])
    assert result.catalog is not None
    index = ReferralIndex(result.catalog, MONDAY_2PM)
    found = lookup(
        result.catalog, Vocabulary(result.catalog.themes), index, ["zelfmoord"], None, "nl"
    )
    assert found.referrals[0].offering.id == "own"
    assert [r.offering.id for r in found.referrals if r.offering.id.startswith("builtin-")] == [
        "builtin-113"
    ]
    assert found.referrals[1].offering.id == "builtin-113"


def test_crisis_line_without_contact_gets_the_national_lines(tmp_path: Path) -> None:
    path = catalogue(tmp_path, crisis_line("own", HOURS["always"], None, "suicidal_thoughts"))
    first_is_reachable(path, MONDAY_2PM, ["zelfmoord"])


def test_layer_switching_off_113_and_112_is_an_error_and_lookup_keeps_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    layer = write(
        tmp_path,
        "layer.yaml",
        """\
        schema_version: 1
        offerings:
          - id: 113-zelfmoordpreventie
            status: inactive
          - id: 112-alarmnummer
            status: inactive
        """,
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert result.exit_code == 1
    assert "113-zelfmoordpreventie' (113) is switched off" in result.stdout
    looked = invoke(
        runner,
        "lookup",
        "--theme",
        "zelfmoord",
        "-c",
        "builtin",
        "-c",
        str(layer),
        "--json",
        "--at",
        "2026-11-28T23:30",
    )
    data = json.loads(looked.stdout)
    assert data["referrals"][0]["role"] == "crisis"
    assert data["referrals"][0]["id"] in ("builtin-113", "builtin-112", "113-zelfmoordpreventie")


def test_layer_switching_off_113_with_a_24_7_replacement_is_accepted(tmp_path: Path) -> None:
    layer = write(
        tmp_path,
        "layer.yaml",
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n    status: inactive\n"
        + crisis_line("own", HOURS["always"], CONTACTS["phone"], "suicidal_thoughts"),
    )
    result = load_catalog(["builtin", str(layer)])
    assert result.catalog is not None, [str(d) for d in result.errors]


@pytest.mark.parametrize(
    ("hours", "contact", "warned"),
    [
        ("office", "phone", "is not available day and night"),
        ("none", "phone", "is not available day and night"),
        ("always", "email", "has no phone, chat or url"),
        ("always", "none", "has no phone, chat or url"),
    ],
)
def test_validate_warns_about_crisis_lines_not_always_reachable(
    runner: CliRunner, tmp_path: Path, hours: str, contact: str, warned: str
) -> None:
    path = catalogue(tmp_path, crisis_line("own", HOURS[hours], CONTACTS[contact], "sleep"))
    result = invoke(runner, "catalog", "validate", str(path), "--lang", "en")
    assert result.exit_code == 0
    assert f"warning: crisis line 'own' {warned}" in result.stdout


def test_empty_catalogue_risk_to_life_gets_a_reachable_line() -> None:
    catalog = load_catalog(["builtin"]).catalog
    assert catalog is not None
    for moment in (MONDAY_2PM, SATURDAY_NIGHT):
        index = ReferralIndex(catalog, moment)
        found = lookup(catalog, Vocabulary(catalog.themes), index, [safety.SUICIDAL], None, "en")
        assert reachable_now(index, found.referrals[0].offering)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(
        st.tuples(
            st.sampled_from(sorted(HOURS)),
            st.sampled_from(sorted(CONTACTS)),
            st.sampled_from(["suicidal_thoughts", "sleep", "suicidal_thoughts, sleep"]),
            st.booleans(),
        ),
        max_size=4,
    ),
    day=st.integers(0, 6),
    hour=st.integers(0, 23),
    words=st.sampled_from([["zelfmoord"], ["suicidal_thoughts", "slecht slapen"], ["kill myself"]]),
)
def test_every_catalogue_gives_risk_to_life_a_reachable_crisis_line_first(
    tmp_path_factory: pytest.TempPathFactory,
    lines: list[tuple[str, str, str, bool]],
    day: int,
    hour: int,
    words: list[str],
) -> None:
    tmp = tmp_path_factory.mktemp("floor")
    body = ""
    for i, (hours, contact, themes, active) in enumerate(lines):
        body += crisis_line(f"line-{i}", HOURS[hours], CONTACTS[contact], themes)
        if not active:
            body += "    status: inactive\n"
    path = catalogue(tmp, body)
    first_is_reachable(path, dt.datetime(2026, 11, 30 - 0, hour) + dt.timedelta(days=day), words)


def test_a_reachable_line_for_another_need_is_no_floor(tmp_path: Path) -> None:
    """An outsiders' hostile round (round 7): a catalogue whose only crisis line, open
    day and night, serves grief ("Pizzalijn") gave suicidal thoughts that line first and
    no 113 or 112. The floor asks for a line for the need itself. Fails with the crisis
    lines of every theme counted as the floor."""
    path = catalogue(tmp_path, crisis_line("pizza", HOURS["always"], CONTACTS["phone"], "grief"))
    result = load_catalog([str(path)])
    assert result.catalog is not None
    index = ReferralIndex(result.catalog, MONDAY_2PM)
    found = lookup(
        result.catalog, Vocabulary(result.catalog.themes), index, ["zelfmoord"], None, "nl"
    )
    assert [r.offering.id for r in found.referrals[:2]] == ["builtin-113", "builtin-112"]


@pytest.mark.parametrize(
    ("layer", "said"),
    [
        ("  - id: 113-zelfmoordpreventie\n    crisis: false\n", "warning"),
        ("  - id: 113-zelfmoordpreventie\n    themes: []\n", "warning"),
    ],
)
def test_validate_tells_when_113_stops_being_a_crisis_line(
    runner: CliRunner, tmp_path: Path, layer: str, said: str
) -> None:
    """A layer with `crisis: false` or `themes: []` on 113 passed `catalog validate`
    without a word (the same hostile round)."""
    path = write(tmp_path, "layer.yaml", "schema_version: 1\nofferings:\n" + layer)
    result = invoke(runner, "catalog", "validate", "builtin", str(path), "--lang", "en")
    assert f"layer.yaml:3:5: {said}: offering '113-zelfmoordpreventie' (113)" in result.output


def test_the_floor_speaks_dutch_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    """The floor's warnings stood in English in Dutch output (a hostile round, round 7)."""
    path = write(tmp_path, "layer.yaml", "schema_version: 1\nofferings:\n"
                 "  - id: 113-zelfmoordpreventie\n    crisis: false\n")  # fmt: skip
    result = invoke(runner, "catalog", "validate", "builtin", str(path), "--lang", "nl")
    assert "layer.yaml:3:5: warning: aanbod '113-zelfmoordpreventie' (113) staat uit" in (
        result.output
    )


def test_an_empty_catalogue_names_a_file_for_every_warning(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A catalogue folder with one empty file: a floor warning stood at ":1:1", without a
    file name (found reading the change again, round 7)."""
    (tmp_path / "cat").mkdir()
    (tmp_path / "cat" / "x.yaml").write_text("", encoding="utf-8")
    result = invoke(runner, "catalog", "validate", str(tmp_path / "cat"), "--lang", "en")
    assert not any(line.startswith(":") for line in result.output.splitlines()), result.output
