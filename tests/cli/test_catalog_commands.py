from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from ..conftest import MINIMAL, invoke, invoke_en, write
from ..contracts import OFFERING_KEYS


def _commands() -> list[list[str]]:
    root = get_command(app)
    out: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                out.append([*path, name])
                walk(sub, [*path, name])

    walk(root, [])
    return out


@pytest.mark.parametrize("path", _commands(), ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(runner: CliRunner, path: list[str]) -> None:
    result = invoke(runner, *path, "--help")
    assert result.exit_code == 0
    if path[-1] != "catalog":
        assert "Example: steunwijzer" in result.output


def test_version(runner: CliRunner) -> None:
    from importlib.metadata import version

    # The installed distribution's metadata, not the string the command itself prints from.
    shown = invoke(runner, "--version").output.strip()
    assert shown == f"steunwijzer {version('steunwijzer')}"
    assert re.fullmatch(r"steunwijzer \d+\.\d+(\.\d+)?([ab]|rc|\.dev)?\d*", shown)


def test_validate_ok_and_invalid(runner: CliRunner, tmp_path: Path) -> None:
    assert invoke_en(runner, "catalog", "validate").exit_code == 0
    good = write(tmp_path, "good.yaml", MINIMAL)
    assert invoke_en(runner, "catalog", "validate", str(good)).exit_code == 0
    bad = write(tmp_path, "bad.yaml", MINIMAL.replace("provider: institution", "provider: x"))
    result = invoke_en(runner, "catalog", "validate", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:12:15: error: 'provider' of offering 1" in result.stdout


def test_validate_strict_fails_on_warnings(runner: CliRunner, tmp_path: Path) -> None:
    stale = write(tmp_path, "stale.yaml", MINIMAL + "    last_reviewed: 2020-01-01\n")
    assert invoke_en(runner, "catalog", "validate", str(stale)).exit_code == 0
    result = invoke_en(runner, "catalog", "validate", "--strict", str(stale))
    assert result.exit_code == 1
    assert "warning: offering 'sleep-course' was last reviewed 2020-01-01" in result.stdout


def test_list_json_keys_and_filters(runner: CliRunner) -> None:
    result = invoke(runner, "catalog", "list", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) >= 25 and all(set(r) == OFFERING_KEYS for r in rows)
    acute = json.loads(invoke(runner, "catalog", "list", "--tier", "acute", "--json").stdout)
    assert acute and all("acute" in r["tiers"] for r in acute)
    by_word = json.loads(invoke(runner, "catalog", "list", "--theme", "Faalangst", "--json").stdout)
    assert by_word and all("performance_anxiety" in r["themes"] for r in by_word)


def test_list_table_groups_by_tier(runner: CliRunner) -> None:
    out = invoke(runner, "catalog", "list", "--lang", "en").stdout
    assert out.index("Prevention") < out.index("Specific help question") < out.index("Acute")


def test_show_and_themes(runner: CliRunner) -> None:
    out = invoke_en(runner, "catalog", "show", "113-zelfmoordpreventie").stdout
    assert "0800-0113" in out
    missing = invoke_en(runner, "catalog", "show", "113")
    assert missing.exit_code == 1 and "did you mean '113-zelfmoordpreventie'" in missing.stderr
    themes = json.loads(invoke_en(runner, "catalog", "themes", "--json").stdout)
    assert {"id", "tier", "label", "labels", "synonyms", "area"} == set(themes[0])
    assert "Faalangst" in invoke(runner, "catalog", "themes").stdout


def test_catalog_option_env_and_errors(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path, "good.yaml", MINIMAL)
    rows = json.loads(invoke(runner, "catalog", "list", "--json", "--catalog", str(good)).stdout)
    assert [r["id"] for r in rows] == ["sleep-course"]
    monkeypatch.setenv("STEUNWIJZER_CATALOG", str(good))
    monkeypatch.setenv("STEUNWIJZER_LANG", "en")
    rows = json.loads(invoke(runner, "catalog", "list", "--json").stdout)
    assert rows[0]["name"] == "Sleep course"
    bad = write(tmp_path, "bad.yaml", "schema_version: 1\noffer: []\n")
    result = invoke(runner, "catalog", "list", "--catalog", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2:1: error: unknown key 'offer'" in result.stderr
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert invoke(runner, "catalog", "list", "--tier", "urgent").exit_code == 2
    assert invoke(runner, "catalog", "list", "--lang", "de").exit_code == 2
    nonsense = invoke(runner, "nonsense")
    assert nonsense.exit_code == 2 and "nonsense" in nonsense.stderr
    tier = invoke(runner, "catalog", "list", "--tier", "urgent")
    assert "'urgent'" in tier.stderr and "acute" in tier.stderr  # names the bad and good values
    assert "Traceback" not in tier.output + nonsense.output
