"""Opening hours in Dutch time with Dutch holidays, the student's handout, the glossary,
did-you-mean, and the CLI contracts of issue 12."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from steunwijzer.catalog.lint import lint_catalog
from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.clock import Clock, _cet_offset_utc
from steunwijzer.core.holidays_nl import easter, holidays
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.referrals import ReferralIndex

from ..conftest import invoke, write

# --- Dutch public holidays ------------------------------------------------------------------


def test_easter_dates_are_right() -> None:
    known = {2024: (3, 31), 2025: (4, 20), 2026: (4, 5), 2027: (3, 28), 2030: (4, 21)}
    for year, (month, day) in known.items():
        assert easter(year) == dt.date(year, month, day)


def test_the_holiday_rules() -> None:
    days = holidays(2025)
    assert dt.date(2025, 4, 26) in days and dt.date(2025, 4, 27) not in days  # 27th: Sunday
    assert dt.date(2026, 4, 27) in holidays(2026)
    assert dt.date(2026, 5, 14) in holidays(2026)  # Hemelvaartsdag: Easter + 39
    assert dt.date(2026, 5, 25) in holidays(2026)  # Tweede Pinksterdag
    assert dt.date(2026, 4, 3) not in holidays(2026)  # Goede Vrijdag is not counted
    assert {dt.date(2026, 12, 25), dt.date(2026, 12, 26), dt.date(2027, 1, 1)} <= {
        *holidays(2026),
        *holidays(2027),
    }
    assert dt.date(2026, 5, 5) in holidays(2026)


def test_on_a_holiday_office_hours_are_closed_and_the_gp_post_is_open(builtin: Catalog) -> None:
    christmas = dt.datetime(2026, 12, 25, 10, 0)  # a Friday morning
    index = ReferralIndex(builtin, christmas)
    gp = builtin.offering("huisarts")
    post = builtin.offering("huisartsenpost")
    assert gp is not None and post is not None
    assert index.open_now(gp) is False and index.open_now(post) is True
    # the GP opens again on the first working day after the two Christmas days
    assert index.opens_next(gp) == dt.datetime(2026, 12, 28, 8, 0).replace(
        tzinfo=index.opens_next(gp).tzinfo  # type: ignore[union-attr]
    )
    got = index.rank(Tier.ACUTE, ("suicidal_thoughts",), "nl", Urgency.SOON, True)
    ids = [r.offering.id for r in got]
    assert ids.index("huisartsenpost") < ids.index("huisarts")


def test_a_catalogue_adds_closing_days_for_its_own_offerings(tmp_path: Path) -> None:
    layer = write(
        tmp_path,
        "closed.yaml",
        "schema_version: 1\ncatalog:\n  name: x\n  closed_days: [2026-12-24]\n",
    )
    catalog = load_catalog(["builtin", str(layer)]).catalog
    assert catalog is not None and catalog.closed_days == (dt.date(2026, 12, 24),)
    index = ReferralIndex(catalog, dt.datetime(2026, 12, 24, 11, 0))
    adviser, gp = catalog.offering("vh-studieadviseur"), catalog.offering("huisarts")
    assert adviser is not None and gp is not None
    assert index.open_now(adviser) is False  # the institution is closed that day
    assert index.open_now(gp) is True  # a national service is not


# --- time zones ------------------------------------------------------------------------------


def test_hours_are_judged_in_dutch_time_whatever_the_machine_zone(builtin: Catalog) -> None:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        # 13:30 UTC on a Monday in winter is 14:30 in Amsterdam: office hours
        moment = dt.datetime(2026, 11, 30, 13, 30, tzinfo=dt.UTC)
        index = ReferralIndex(builtin, moment)
        adviser = builtin.offering("vh-studieadviseur")
        assert adviser is not None and index.open_now(adviser) is True
        # 16:30 UTC is 17:30 in Amsterdam: closed, opens Tuesday 09:00 Dutch time
        late = ReferralIndex(builtin, dt.datetime(2026, 11, 30, 16, 30, tzinfo=dt.UTC))
        assert late.open_now(adviser) is False
        assert late.opens_next(adviser).isoformat() == "2026-12-01T09:00:00+01:00"  # type: ignore[union-attr]
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_summer_time_and_the_rule_used_without_a_zone_database() -> None:
    summer = Clock(dt.datetime(2026, 7, 6, 12, 0, tzinfo=dt.UTC))
    assert summer.local == dt.datetime(2026, 7, 6, 14, 0)
    # the hand-written Central European rule agrees with zoneinfo around both changes
    zone = Clock(dt.datetime(2026, 1, 1)).zone
    assert zone is not None
    for utc in (
        dt.datetime(2026, 3, 29, 0, 59),
        dt.datetime(2026, 3, 29, 1, 0),
        dt.datetime(2026, 10, 25, 0, 59),
        dt.datetime(2026, 10, 25, 1, 0),
        dt.datetime(2026, 7, 1, 12, 0),
    ):
        expected = utc.replace(tzinfo=dt.UTC).astimezone(zone).utcoffset()
        assert _cet_offset_utc(utc) == expected, utc


def test_a_catalogue_may_judge_hours_in_another_zone(tmp_path: Path) -> None:
    layer = write(
        tmp_path, "tz.yaml", "schema_version: 1\ncatalog:\n  name: x\n  timezone: Europe/London\n"
    )
    catalog = load_catalog(["builtin", str(layer)]).catalog
    assert catalog is not None and catalog.timezone == "Europe/London"
    index = ReferralIndex(catalog, dt.datetime(2026, 11, 30, 8, 30, tzinfo=dt.UTC))
    adviser = catalog.offering("vh-studieadviseur")
    assert adviser is not None and index.open_now(adviser) is False  # 08:30 in London
    bad = write(
        tmp_path, "bad.yaml", "schema_version: 1\ncatalog:\n  name: x\n  timezone: Mars/Base\n"
    )
    loaded = load_catalog(["builtin", str(bad)])
    assert loaded.catalog is not None  # it keeps loading: a warning, not an error
    # said by `catalog validate` where the name stands (round 6: only `catalog lint`
    # said it, at line 1 of the first file)
    found = [d for d in loaded.diagnostics if "unknown timezone 'Mars/Base'" in d.message]
    assert [(d.file, d.line, d.severity) for d in found] == [(str(bad), 4, "warning")]


# --- the lookups of the "done when" ----------------------------------------------------

MOMENTS = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2028, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@settings(max_examples=40, deadline=None)
@given(MOMENTS)
def test_dropout_risk_starts_with_study_or_dean_help_at_any_moment(moment: dt.datetime) -> None:
    catalog = load_catalog(["builtin"]).catalog
    assert catalog is not None
    runner = CliRunner()
    out = invoke(
        runner,
        "lookup",
        "--theme",
        "dropout_risk",
        "--json",
        "--at",
        moment.strftime("%Y-%m-%dT%H:%M"),
    )
    data = json.loads(out.stdout)
    assert data["risk_to_life"] is False
    assert data["referrals"][0]["id"] in {
        "vh-studieadviseur",
        "vh-studentendecaan",
        "vh-studieloopbaanbegeleider",
    }
    assert data["referrals"][-1]["crisis"] is True


@settings(max_examples=40, deadline=None)
@given(MOMENTS)
def test_suicidal_thoughts_start_with_a_crisis_line_open_now(moment: dt.datetime) -> None:
    runner = CliRunner()
    out = invoke(
        runner,
        "lookup",
        "--theme",
        "suicidal_thoughts",
        "--json",
        "--at",
        moment.strftime("%Y-%m-%dT%H:%M"),
    )
    data = json.loads(out.stdout)
    first = data["referrals"][0]
    assert data["risk_to_life"] is True
    assert first["crisis"] is True and first["open_now"] is True and first["contact"]["phone"]


def test_json_referrals_say_what_they_serve_and_when_they_open(runner: CliRunner) -> None:
    out = invoke(
        runner, "lookup", "--theme", "uitval", "--theme", "geldzorgen", "--json",
        "--at", "2026-11-28T23:30", "--limit", "3",
    )  # fmt: skip
    data = json.loads(out.stdout)
    main = [r for r in data["referrals"] if not r["crisis"]]
    assert len(main) == 3  # --limit; the crisis lines come on top
    assert {t for r in main for t in r["serves"]} == {"dropout_risk", "finances"}
    closed = [r for r in data["referrals"] if r["open_now"] is False]
    assert closed and all(
        re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$", r["opens_next"]) for r in closed
    )
    assert all(r["opens_next"] is None for r in data["referrals"] if r["open_now"] is not False)
    assert data["emphasis_next"]["emphasis"] == "informational"
    assert data["emphasis_next"]["themes"] == ["finances"]


def test_student_language_ranks_offerings_that_speak_it(runner: CliRunner) -> None:
    at = ("--at", "2026-11-30T14:00")
    nl = json.loads(invoke(runner, "lookup", "--theme", "grief", "--json", *at).stdout)
    en = json.loads(
        invoke(runner, "lookup", "--theme", "grief", "--json", "--student-lang", "en", *at).stdout
    )
    assert nl["referrals"][0]["id"] == "de-luisterlijn"  # speaks Dutch only
    assert en["referrals"][0]["id"] != "de-luisterlijn" and "en" in en["referrals"][0]["languages"]
    assert en["student_lang"] == "en" and en["lang"] == "nl"


@pytest.mark.parametrize(
    "request_args",
    [
        ("--text", "het weer is mooi"),  # nothing recognised: the general ways in
        ("--theme", "onzin", "--text", "ik wil dood"),  # refused, its acute part shown
    ],
)
def test_student_language_ranks_every_result_of_a_lookup(
    runner: CliRunner, request_args: tuple[str, ...]
) -> None:
    """One rule for every path: --student-lang, else --lang (issue 14, point 6). Before,
    a result with nothing recognised and the acute part of a refused lookup were
    ranked for the interface language and reported it as the student's."""
    at = ("--at", "2026-11-30T14:00")
    got = json.loads(
        invoke(runner, "lookup", *request_args, "--json", "--student-lang", "en", *at).stdout
    )
    assert got["student_lang"] == "en" and got["lang"] == "nl"
    assert got["referrals"] and "en" in got["referrals"][0]["languages"]
    same = json.loads(invoke(runner, "lookup", *request_args, "--json", *at).stdout)
    assert same["student_lang"] == "nl" and same["lang"] == "nl"


def test_unknown_theme_did_you_mean_only_for_a_typo(runner: CliRunner) -> None:
    nonsense = invoke(runner, "lookup", "--theme", "onzin", "--lang", "en")
    assert nonsense.exit_code == 1
    assert "did you mean" not in nonsense.stderr and "mourning" not in nonsense.stderr
    assert "nearest theme ids:" in nonsense.stderr
    typo = invoke(runner, "lookup", "--theme", "grieff", "--lang", "en")
    assert "did you mean 'grief'" in typo.stderr


# --- the glossary ----------------------------------------------------------------------------


def test_glossary_in_both_languages(runner: CliRunner) -> None:
    nl = invoke(runner, "glossary", "decaan")
    en = invoke(runner, "glossary", "decaan", "--lang", "en")
    assert nl.exit_code == 0 and en.exit_code == 0
    assert "studentendecaan" in nl.stdout and "adviseur" in nl.stdout
    assert "adviser" in en.stdout
    rows = json.loads(invoke(runner, "glossary", "--json", "--lang", "en").stdout)
    terms = {r["term"] for r in rows}
    assert {"studentendecaan", "SLB", "huisartsenpost"} <= terms
    assert all(set(r) == {"id", "term", "aliases", "text", "texts"} for r in rows)
    missing = invoke(runner, "glossary", "qwertyuiop")
    assert missing.exit_code == 1 and "qwertyuiop" in missing.stderr


def test_english_result_screen_explains_dutch_names(runner: CliRunner) -> None:
    out = invoke(
        runner, "lookup", "--theme", "suicidal_thoughts", "--lang", "en", "--plain",
        "--at", "2026-11-28T23:30",
    )  # fmt: skip
    assert "Dutch names explained" in out.stdout
    assert "huisartsenpost:" in out.stdout
    dutch = invoke(runner, "lookup", "--theme", "suicidal_thoughts", "--plain")
    assert "Nederlandse namen uitgelegd" not in dutch.stdout


# --- the handout -----------------------------------------------------------------------------

# Words that speak to the counsellor about the student ("stay with the student", "de
# studentbegeleider belt"). "the student dean" or "the student portal" name a place.
_PLACE = r"(?! (affairs|dean|portal|account|psychologist|chaplain|desk|card|finance))"
COUNSELLOR = re.compile(
    rf"\b(de student{_PLACE}|the student{_PLACE}|the student's|studentbegeleider|counsellor|"
    r"samen met de student|blijf bij|stay with|laat de student|let the student)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("answers", "lang"),
    [
        ("area_loss: yes\n", "nl"),
        ("area_loss: yes\narea_money: yes\n", "en"),
        ("safety_thoughts: yes\nsafety_plan: yes\n", "nl"),
        ("safety_thoughts: yes\n", "en"),
        ("area_study: yes\nstudy_worries: [thinking_of_stopping]\n", "en"),
        ("area_identity: yes\narea_behaviour: yes\nbehaviour_kind: unwanted\n", "nl"),
    ],
)
def test_handout_speaks_to_the_student(
    runner: CliRunner, tmp_path: Path, answers: str, lang: str
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(answers, encoding="utf-8")
    handout = tmp_path / "h.md"
    result = invoke(
        runner, "interview", "--answers", str(path), "--handout", str(handout), "--json",
        "--student-lang", lang, "--at", "2026-11-28T23:30",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = handout.read_text(encoding="utf-8")
    assert COUNSELLOR.search(text) is None, COUNSELLOR.search(text)
    first = "Wat je eerst kunt doen" if lang == "nl" else "What to do first"
    crisis = "Als het erger wordt" if lang == "nl" else "If things get worse"
    assert first in text and crisis in text
    assert text.index(first) < text.index(crisis)
    # the crisis lines close the handout (before the glossary in English)
    tail = text[text.index(crisis) :]
    assert "113" in tail
    voice = "Je kunt" if lang == "nl" else "You can"
    assert voice in text
    # when each place is open
    assert ("dag en nacht" if lang == "nl" else "day and night") in text
    if lang == "en":
        assert "## Dutch names explained" in text
        assert text.index(crisis) < text.index("## Dutch names explained")
    else:
        assert "Dutch names explained" not in text


def test_catalog_lint_wants_a_contact_for_risk_to_life_help(
    tmp_path: Path, builtin: Catalog
) -> None:
    assert not [d for d in lint_catalog(builtin) if "risk to life" in d.message]
    layer = write(
        tmp_path,
        "x.yaml",
        """\
        schema_version: 1
        offerings:
          - id: walk-in
            provider: institution
            name: {nl: Inloop, en: Walk-in}
            description: {nl: Zonder afspraak., en: No appointment.}
            tiers: [acute]
            themes: [suicidal_thoughts]
            how_to_access: {nl: Kom langs., en: Drop in.}
        """,
    )
    catalog = load_catalog(["builtin", str(layer)]).catalog
    assert catalog is not None
    found = [d for d in lint_catalog(catalog) if "risk to life" in d.message]
    assert len(found) == 1 and "walk-in" in found[0].message


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_export_follows_acute_by_kind_and_explains_dutch_names(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"page.{fmt}"
    result = invoke(
        runner, "catalog", "export", "--format", fmt, "--lang", "en", "--output", str(out)
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    # grief, dropout risk and sexual violence (round 7) end with the crisis lines as a
    # safety line; a risk to life has the crisis section and no safety line of its own
    assert text.count("If it gets worse:") == 3
    assert "Dutch names explained" in text and "studentendecaan" in text
    dutch = tmp_path / f"nl.{fmt}"
    invoke(runner, "catalog", "export", "--format", fmt, "--output", str(dutch))
    assert "Dutch names explained" not in dutch.read_text(encoding="utf-8")
