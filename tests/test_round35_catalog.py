"""Round 35, catalogues: content that validate accepted without a word (a hostile round,
round 34, H10). Each is a warning, so institutions' files keep loading."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke, invoke_en


def _offering(tmp_path: Path, extra: str, name: str = "Eigen spreekuur") -> Path:
    path = tmp_path / "own.yaml"
    path.write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: eigen-spreekuur\n"
        "    provider: institution\n"
        f'    name: {{nl: "{name}", en: Own walk-in}}\n'
        "    description: {nl: Een spreekuur., en: A walk-in hour.}\n"
        "    tiers: [specific]\n"
        "    themes: [stress]\n"
        "    contact: {email: spreekuur@example.org}\n" + extra,
        "utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("extra", "name", "warned"),
    [
        ("", "Eigen \\x1b[31mspreekuur", "U+001B"),
        ("", "Eigen spreekuur\\a", "U+0007"),
        ("", "Eigen \\x9bspreekuur", "U+009B"),
        ("    waiting_time: 99999999999999999999999\n", "Eigen spreekuur", "more than a year"),
        ("    waiting_time: 60 weeks\n", "Eigen spreekuur", "420 days"),
        ('    hours: {sat: ["00:00-24:00", "00:00-24:00"]}\n', "Eigen spreekuur", "overlap"),
        ('    hours: {mon-fri: ["09:00-17:00", "12:00-13:00"]}\n', "Eigen spreekuur", "overlap"),
        ("    languages: [nl, xx]\n", "Eigen spreekuur", "'xx' is not an ISO 639-1 code"),
    ],
)
def test_absurd_or_hidden_content_is_named(
    runner: CliRunner, tmp_path: Path, extra: str, name: str, warned: str
) -> None:
    """Each validated with no warning on 97243db; "Wachttijd: 99999999999999999999999
    dagen" was shown to a student. The warning names the file and line."""
    path = _offering(tmp_path, extra, name)
    result = invoke_en(runner, "catalog", "validate", "builtin", str(path))
    assert result.exit_code == 0, result.output  # still loads
    line = next(x for x in result.output.splitlines() if warned in x)
    assert line.startswith(f"{path}:") and "warning" in line, line


@pytest.mark.parametrize(
    "extra",
    [
        "    waiting_time: 52 weeks\n",
        '    hours: {mon-fri: ["09:00-12:00", "12:00-17:00"]}\n',
        '    hours: {fri: ["18:00-02:00", "09:00-12:00"]}\n',
        "    languages: [nl, en, tr, ar, pl]\n",
    ],
)
def test_ordinary_content_stays_quiet(runner: CliRunner, tmp_path: Path, extra: str) -> None:
    """Guard: a year's wait, spans that touch, a late evening past midnight and real
    language codes give no warning (passes on 97243db too)."""
    result = invoke_en(runner, "catalog", "validate", "builtin", str(_offering(tmp_path, extra)))
    assert result.exit_code == 0, result.output
    assert "0 warning(s)" in result.output and ": warning:" not in result.output, result.output


def test_the_warnings_are_in_dutch_under_nl(runner: CliRunner, tmp_path: Path) -> None:
    """The new warnings follow --lang, as every diagnostic does."""
    extra = (
        "    waiting_time: 999\n    languages: [xx]\n"
        '    hours: {sat: ["10:00-14:00", "11:00-12:00"]}\n'
    )
    path = _offering(tmp_path, extra, "Eigen \\x07spreekuur")
    result = invoke(runner, "catalog", "validate", "builtin", str(path), "--lang", "nl")
    out = result.output
    assert "meer dan een jaar" in out and "geen ISO 639-1-taalcode" in out, out
    assert "overlappen" in out and "onzichtbare stuurteken U+0007" in out, out


def test_the_builtin_catalogue_has_none_of_them(runner: CliRunner) -> None:
    """Guard: the built-in catalogue validates without a warning."""
    result = invoke_en(runner, "catalog", "validate")
    assert result.exit_code == 0 and "0 warning" in result.output, result.output
