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


def _national_112(tmp_path: Path, en: str) -> Path:
    path = tmp_path / "own112.yaml"
    path.write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: 112-alarmnummer\n"
        "    crisis: true\n"
        "    provider: national\n"
        f"    name: {{nl: 112 Alarmnummer, en: {en}}}\n"
        "    description: {nl: Bij direct gevaar., en: In immediate danger.}\n"
        "    tiers: [acute]\n"
        "    themes: [unsafe_situation]\n"
        '    contact: {phone: "112"}\n'
        "    hours: 24/7\n",
        "utf-8",
    )
    return path


def test_the_112_name_warning_quotes_the_name_without_it(runner: CliRunner, tmp_path: Path) -> None:
    """H12: the warning quoted the Dutch '112 Alarmnummer', which holds 112, for an
    English name that did not. Fails on 97243db."""
    path = _national_112(tmp_path, "Emergency number")
    result = invoke_en(runner, "catalog", "validate", "builtin", str(path))
    line = next(x for x in result.output.splitlines() if "named without 112" in x)
    assert "'Emergency number'" in line and "Alarmnummer" not in line, line


def test_a_name_read_as_a_number_has_its_own_error_only(runner: CliRunner, tmp_path: Path) -> None:
    """H12: `en: 112` is read by YAML as a number: the error says the text is missing;
    no naming warning quotes the other, good name. Fails on 97243db."""
    result = invoke_en(
        runner, "catalog", "validate", "builtin", str(_national_112(tmp_path, "112"))
    )
    assert "'en' must be text" in result.output, result.output
    assert "named without" not in result.output, result.output


@pytest.mark.parametrize(
    ("at", "recorded"),
    [
        ("2026-03-29T02:30", "2026-03-29T03:30+02:00"),  # skipped by the spring change
        ("2026-10-25T02:30", "2026-10-25T02:30+02:00"),  # twice in autumn: the first
        ("2026-07-01T12:00", "2026-07-01T12:00+02:00"),
        ("2026-12-01T12:00", "2026-12-01T12:00+01:00"),
    ],
)
def test_a_moment_the_clock_skips_is_the_hour_after(
    runner: CliRunner, tmp_path: Path, at: str, recorded: str
) -> None:
    """H13: "--at 2026-03-29T02:30", a time that does not exist in Amsterdam, was
    recorded as 02:30+01:00; now as the clock shows it, 03:30+02:00. Fails on 97243db
    for the first case; the others guard."""
    rows = tmp_path / "rows.csv"
    rows.write_text("id,text\n1,ik slaap slecht\n", "utf-8")
    result = invoke(runner, "batch", str(rows), "--at", at)
    assert f'"at":"{recorded}"' in result.stdout, result.stdout
