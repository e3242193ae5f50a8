"""Every --json printer writes text as it is: "Café", never "Caf\\u00e9".

There used to be six ways JSON left the program; `catalog lint --json` ASCII-escaped
while `catalog list --json` did not. io.jsonout is now the one way; these tests run each
printer on a catalogue whose texts and folder name need more than ASCII.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ..conftest import MINIMAL, invoke, write

ACCENTED = (
    MINIMAL.replace("name: test catalogue", "name: Café-catalogus")
    .replace("Slaapproblemen", "Slaapproblemen (één nacht of méér)")
    .replace("Beter slapen.", "Beter slapen in het café.")
    .replace("    how_to_access: {nl: Inschrijven., en: Enrol.}\n", "")  # lint says it
)
COMMANDS = [
    ["catalog", "list", "--json"],
    ["catalog", "show", "sleep-course", "--json"],
    ["catalog", "themes", "--json"],
    ["catalog", "coverage", "--json"],
    ["catalog", "lint", "--json"],
    ["lookup", "--theme", "sleep", "--json"],
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path / "Café-map", "catalogus.yaml", ACCENTED)
    return tmp_path / "Café-map"


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_json_keeps_accents_as_written(runner: CliRunner, folder: Path, args: list[str]) -> None:
    if args[:2] == ["catalog", "lint"]:
        args = [*args, str(folder)]
    else:
        args = [*args, "--catalog", str(folder)]
    result = invoke(runner, *args)
    assert result.exit_code in (0, 1), result.output
    json.loads(result.stdout)  # still JSON
    assert "\\u00" not in result.stdout, result.stdout[:400]
    assert "é" in result.stdout


def test_lint_json_names_the_file_as_written(runner: CliRunner, folder: Path) -> None:
    result = invoke(runner, "catalog", "lint", "--json", str(folder))
    found = json.loads(result.stdout)
    assert found, "the catalogue without how_to_access gives lint something to say"
    assert all("Café-map" in d["file"] for d in found)
    assert '"file": "' + str(folder) in result.stdout  # not "Caf\u00e9-map"


def test_tips_and_glossary_json_are_not_ascii_escaped(runner: CliRunner) -> None:
    for args in (["tips", "--json"], ["glossary", "--json"]):
        out = invoke(runner, *args).stdout
        json.loads(out)
        assert "\\u00" not in out, args
