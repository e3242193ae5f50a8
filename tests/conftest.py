"""Shared helpers: small inline catalogues written to tmp_path, and a CLI runner."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings as _hypothesis_settings
from typer.testing import CliRunner

from steunwijzer.catalog.load import load_catalog
from steunwijzer.cli.app import app
from steunwijzer.core.model import Catalog
from steunwijzer.core.referrals import ReferralIndex

# Property tests are judged on what they find, not on a clock or a lucky draw: no deadline
# (a busy CI machine made a lazily built index look like a failure), and derandomized so
# the count assertions that prove a branch ran see the same examples on every run.
_hypothesis_settings.register_profile("steunwijzer", deadline=None, derandomize=True)
_hypothesis_settings.load_profile("steunwijzer")

# A Monday afternoon: office hours, so "open now" is predictable in every test.
MONDAY_2PM = dt.datetime(2026, 11, 30, 14, 0)
SATURDAY_NIGHT = dt.datetime(2026, 11, 28, 23, 30)

MINIMAL = """\
schema_version: 1
catalog:
  name: test catalogue
  version: "1"
themes:
  - id: sleep
    tier: specific
    label: {nl: Slaapproblemen, en: Sleep problems}
    synonyms: {nl: [slecht slapen], en: [insomnia]}
offerings:
  - id: sleep-course
    provider: institution
    name: {nl: Slaaptraining, en: Sleep course}
    description: {nl: Beter slapen., en: Sleep better.}
    tiers: [specific]
    themes: [sleep]
    how_to_access: {nl: Inschrijven., en: Enrol.}
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def builtin() -> Catalog:
    result = load_catalog(["builtin"])
    assert result.catalog is not None, [str(d) for d in result.diagnostics]
    return result.catalog


@pytest.fixture
def index(builtin: Catalog) -> ReferralIndex:
    return ReferralIndex(builtin, MONDAY_2PM)


GATED_SELF_HARM = (
    "schema_version: 1\nquestions:\n  - id: mood_self_harm\n    when: area_mood == yes\n"
)


@pytest.fixture(scope="session")
def gated(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The built-in catalogue with the self-harm question behind the mood question, as it
    stood until round 32 and as an institution's layer may still have it: the tests of
    what a follow-up that did not apply does use it."""
    layer = tmp_path_factory.mktemp("gated") / "layer.yaml"
    layer.write_text(GATED_SELF_HARM, encoding="utf-8")
    result = load_catalog(["builtin", str(layer)])
    assert result.catalog is not None, [str(d) for d in result.diagnostics]
    return result.catalog


@pytest.fixture
def gated_index(gated: Catalog) -> ReferralIndex:
    return ReferralIndex(gated, MONDAY_2PM)


def invoke(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def invoke_en(runner: CliRunner, *args: str, input: str | None = None):
    """As ``invoke``, with English messages (the interface language defaults to Dutch)."""
    return runner.invoke(
        app, list(args), input=input, catch_exceptions=False, env={"STEUNWIJZER_LANG": "en"}
    )


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def need_chromium() -> str:
    """Chromium's path; skips where it is truly missing, but fails where the run demands it
    (.ci/run sets STEUNWIJZER_REQUIRE_CHROMIUM=1), so CI never passes a browser test unrun."""
    if CHROMIUM is None:
        message = "Chromium is not installed (.ci/run installs it)"
        if os.environ.get("STEUNWIJZER_REQUIRE_CHROMIUM") == "1":
            pytest.fail(message + "; STEUNWIJZER_REQUIRE_CHROMIUM=1 requires it")
        pytest.skip(message)
    return CHROMIUM
