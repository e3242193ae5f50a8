"""Empty arguments are refused, never read as "the current folder" or a crash (an outside
hostile-input test, round 6: `-c ""` loaded every YAML file in the current folder,
`catalog init ""` wrote into it, `catalog list --theme ""` ended in an internal error)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ..conftest import invoke_en

AT = ("--at", "2026-11-30T14:00")


@pytest.fixture
def in_tmp(tmp_path: Path):  # type: ignore[no-untyped-def]
    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(here)


def test_an_empty_catalogue_path_is_an_error_and_the_crisis_floor_holds(
    runner: CliRunner, in_tmp: Path
) -> None:
    # A catalogue in the current folder that an empty path would have loaded.
    (in_tmp / "catalog.yaml").write_text("schema_version: 1\noffering: [\n", "utf-8")
    result = invoke_en(runner, "lookup", "--text", "ik wil dood", "-c", "", *AT)
    assert '"":1:1: error: empty path' in result.stderr
    assert "catalog.yaml" not in result.stderr  # the folder was not read
    assert "113" in result.stdout  # a broken catalogue still reaches the crisis lines


def test_catalog_init_with_an_empty_folder_writes_nothing(runner: CliRunner, in_tmp: Path) -> None:
    result = invoke_en(runner, "catalog", "init", "")
    assert result.exit_code == 2, result.output
    assert "give DIR" in result.stderr
    assert list(in_tmp.iterdir()) == []


@pytest.mark.parametrize("value", ["", " ", ";"])
def test_catalog_list_with_an_empty_theme_says_so(runner: CliRunner, value: str) -> None:
    result = invoke_en(runner, "catalog", "list", "--theme", value)
    assert result.exit_code == 2, result.output
    assert "--theme: give a theme" in result.stderr
    assert "internal error" not in result.stderr


def test_catalog_list_takes_several_themes(runner: CliRunner) -> None:
    one = invoke_en(runner, "catalog", "list", "--theme", "slaap", "--json")
    both = invoke_en(runner, "catalog", "list", "--theme", "slaap;rouw", "--json")
    assert one.exit_code == both.exit_code == 0
    assert len(both.stdout) > len(one.stdout)
