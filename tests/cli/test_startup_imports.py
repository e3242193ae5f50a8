"""Each command imports what it needs and no more (start-up time is a budget).

A lookup or batch on the built-in catalogue uses its compiled form: no PyYAML, no
validators, no maintainer tools or exporters, and no Rich when the output is JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from steunwijzer.catalog.compiled import compiled_path, is_current, read_document
from steunwijzer.catalog.resources import builtin_catalog_dir

PROBE = """
import json, sys
from steunwijzer.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""

# Never for a lookup or batch on the built-in catalogue.
TOOLCHAIN = (
    "yaml",
    "steunwijzer.catalog.yamlsource",
    "steunwijzer.catalog.fields",
    "steunwijzer.catalog.merge",
    "steunwijzer.catalog.load",
    "steunwijzer.catalog.spec",
    "steunwijzer.catalog.jsonschema",
    "steunwijzer.catalog.lint",
    "steunwijzer.catalog.coverage",
    "steunwijzer.export.scaffold",
    "steunwijzer.export.hsds",
    "steunwijzer.export.html",
    "steunwijzer.export.text",
    "steunwijzer.cli.catalog_tools",
)
RICH = (
    "rich",
    "steunwijzer.render.common",
    "steunwijzer.render.result",
    "steunwijzer.render.batch",
)


def loaded(*args: str, cwd: Path | None = None) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    return done.returncode, set(json.loads(line.removeprefix("MODULES ")))


@pytest.fixture(autouse=True)
def current_compiled_catalogue() -> None:
    path = compiled_path()
    current = path.is_file() and is_current(read_document(path), builtin_catalog_dir())
    if not current:
        pytest.fail(
            "the compiled built-in catalogue is missing or stale (a YAML file or module "
            "changed since the install): run `pip install -e .` again"
        )


def _top(modules: set[str], names: tuple[str, ...]) -> set[str]:
    return {m for m in modules for n in names if m == n or m.startswith(n + ".")}


def test_lookup_json_imports_no_yaml_no_rich_no_tools() -> None:
    code, modules = loaded("lookup", "--theme", "sleep", "--json")
    assert code == 0
    assert not _top(modules, TOOLCHAIN + RICH)
    assert "steunwijzer.catalog.compiled" in modules  # the compiled catalogue was what ran


# What only compiling patterns needs (the build, a catalogue read from YAML): a text read
# with the recogniser compiled at build time never imports these (round 24: about 4 ms
# of every `lookup --text`, with io.lines for a text that is no file).
PATTERN_SOURCES = (
    "steunwijzer.core.lexicon_sources",
    "steunwijzer.core.lexicon_floor",
    "steunwijzer.core.lexicon_signals_warning",
    "steunwijzer.core.lexicon_more",
    "steunwijzer.core.patterns",
    "steunwijzer.io.lines",
)


def test_lookup_text_imports_no_pattern_sources() -> None:
    """Moving the figures of speech back into lexicon.py at import, or reading a typed
    text through io.lines, fails here."""
    code, modules = loaded("lookup", "--text", "ik wil dood, ik zie het niet meer zitten")
    assert code == 0
    assert "steunwijzer.core.recognise" in modules  # the text was read
    assert not _top(modules, TOOLCHAIN + PATTERN_SOURCES)
    code, modules = loaded("lookup", "--text", "ik wil dóód", "--json")
    assert code == 0 and "steunwijzer.io.typed" in modules
    assert not _top(modules, TOOLCHAIN + RICH + PATTERN_SOURCES)


def test_batch_to_a_file_imports_no_yaml_no_rich_no_tools(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"id": "a", "themes": ["sleep"]}\n{"id": "b", "text": "ik slaap slecht"}\n'
        '{"id": "c", "themes": ["zelfmoordgedachten"]}\nnot json\n',
        encoding="utf-8",
    )
    code, modules = loaded("batch", str(cases), "--output", str(tmp_path / "out.jsonl"))
    assert code == 1  # the bad row
    assert not _top(modules, TOOLCHAIN + RICH)
    code, modules = loaded("batch", str(cases), "--format", "csv")
    assert not _top(modules, TOOLCHAIN + RICH)


def test_a_user_catalogue_still_loads_from_yaml(tmp_path: Path) -> None:
    """The compiled form is only for the built-in catalogue alone; a layer is validated."""
    code, modules = loaded(
        "lookup", "--theme", "sleep", "--json", "--catalog", str(builtin_catalog_dir())
    )
    assert code == 0
    assert {"yaml", "steunwijzer.catalog.fields"} <= modules


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "--help"],
        ["batch", "-h"],
        ["lookup", "--no-such-option"],
        ["batch", "--detail", "tiny", "x.jsonl"],
        ["tips", "--tier", "nope"],
    ],
    ids=["lookup-help", "batch-help", "unknown-option", "bad-choice", "tips-bad-tier"],
)
def test_single_command_app_behaves_like_the_whole_app(args: list[str]) -> None:
    """run() builds only the command that runs; help and usage errors are unchanged."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app, app_for

    assert app_for(args) is not app
    whole = CliRunner().invoke(app, args, prog_name="steunwijzer")
    single = CliRunner().invoke(app_for(args), args, prog_name="steunwijzer")
    assert (single.exit_code, single.stdout, single.stderr) == (
        whole.exit_code,
        whole.stdout,
        whole.stderr,
    )


def test_no_command_or_unknown_command_gets_the_whole_app() -> None:
    from steunwijzer.cli.app import app, app_for

    assert app_for([]) is app
    assert app_for(["--help"]) is app
    assert app_for(["catalog", "validate"]) is app
    assert app_for(["lokup"]) is app  # Typer's "no such command" lists every command
