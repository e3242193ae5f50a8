"""The quick path (cli/quick.py) reads a command line exactly as the Typer app does, or
leaves it to the app.

Checked three ways: on generated command lines, whatever the quick parser accepts the
Typer app accepts too and hands the command the same arguments (and whatever the app
refuses, the quick parser leaves alone); the whole output of both paths is the same;
and the quick path really starts without Typer. Breaking the parser (taking `--lang
EN`, a `--limit` of 0, a repeated `--text`, or dropping the `$STEUNWIJZER_LANG`
reading) fails the first test; running the app for every line fails the last.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from steunwijzer.cli import app as app_module
from steunwijzer.cli import interview as interview_module
from steunwijzer.cli import lookup as lookup_module
from steunwijzer.cli import quick
from steunwijzer.present.texts import interface_lang, set_interface_lang

# Tokens a person (or a script) might put on a lookup or interview line: the options of
# both commands in every spelling Click knows, values good and bad, and strays.
OPTION_TOKENS = [
    "--theme", "-t", "--text", "--json", "--plain", "--lang", "-l", "--catalog", "-c",
    "--limit", "--student-lang", "--detail", "--at", "--help", "-h", "--answers",
    "--lang=en", "--theme=sleep", "-tsleep", "--", "--them", "--JSON", "--version",
]  # fmt: skip
VALUE_TOKENS = [
    "sleep", "slaap", "faalangst", "rouw", "ik slaap slecht", "", " ", "nl", "en", "EN",
    "de", "compact", "full", "Full", "5", "05", "0", "100", "101", "+3", "٣", "-1",
    "builtin", "2026-11-30T10:00", "-", "x.yaml",
]  # fmt: skip


class Called(Exception):
    """Raised by the stand-in command body with the arguments it was given."""

    def __init__(self, options: dict[str, Any]) -> None:
        super().__init__("called")
        self.options = options


def _record(**options: Any) -> int:
    raise Called(options)


@contextlib.contextmanager
def recorded(env_lang: str | None) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lookup_module, "run", _record)
        patch.setattr(interview_module, "run", _record)
        if env_lang is None:
            patch.delenv(quick.ENV_LANG, raising=False)
        else:
            patch.setenv(quick.ENV_LANG, env_lang)
        before = interface_lang()
        try:
            yield
        finally:
            set_interface_lang(before)


def typer_reading(args: list[str]) -> dict[str, Any] | None:
    """The arguments the Typer app hands the command body, or None when it refuses."""
    from typer.testing import CliRunner

    result = CliRunner().invoke(app_module.app, args, prog_name="steunwijzer")
    if isinstance(result.exception, Called):
        return result.exception.options
    return None


# Mostly an option followed by a value (lines the quick path may take), sometimes a lone
# token anywhere (lines it must leave alone).
GOOD_VALUES = {
    "--lang": ["nl", "en"], "-l": ["nl", "en"], "--student-lang": ["nl", "en"],
    "--limit": ["1", "5", "05", "100"], "--detail": ["compact", "full"],
    "--catalog": ["builtin"], "-c": ["builtin"],
    "--theme": ["sleep", "rouw", "ik slaap slecht", ""], "-t": ["faalangst", " "],
    "--text": ["ik slaap slecht", "", "ik wil dood"],
}  # fmt: skip
GOOD_PAIRS = [[option, value] for option, values in GOOD_VALUES.items() for value in values]
PIECES = st.one_of(
    st.sampled_from(GOOD_PAIRS),
    st.sampled_from(GOOD_PAIRS),
    st.sampled_from([["--json"], ["--plain"]]),
    st.tuples(st.sampled_from(OPTION_TOKENS), st.sampled_from(VALUE_TOKENS)).map(list),
    st.tuples(st.sampled_from(OPTION_TOKENS + VALUE_TOKENS)).map(list),
)


@settings(max_examples=400)
@given(
    command=st.sampled_from(["lookup", "interview"]),
    pieces=st.lists(PIECES, max_size=4),
    env_lang=st.sampled_from([None, "", "en", " EN ", "nl", "fr"]),
)
def test_quick_reading_is_the_typer_reading(
    command: str, pieces: list[list[str]], env_lang: str | None
) -> None:
    args = [command, *(token for piece in pieces for token in piece)]
    with recorded(env_lang):
        line = quick.parse(args)
        typer_options = typer_reading(args)
    event("quick" if line is not None else "left to Typer")
    if line is not None:
        assert typer_options is not None, f"Typer refuses {args}, the quick path ran it"
        assert line.options == typer_options
    # Lines the quick path leaves alone may be fine for Typer (e.g. --lang=en): allowed.


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "--theme", "sleep", "--json"],
        ["lookup", "-t", "slaap", "-t", "rouw", "--json", "--detail", "compact"],
        ["lookup", "--text", "ik wil niet meer leven", "--lang", "en", "--limit", "3"],
        ["lookup", "--theme", "sleep", "--plain", "--student-lang", "en"],
        ["lookup", "--json", "--catalog", "builtin", "--theme", "stress"],
        ["interview", "--lang", "en", "--plain"],
        ["lookup", "--text", "ik wil dood", "--text", "ik slaap slecht", "--json"],
    ],
)
def test_every_plain_line_is_taken_quick_with_the_typer_reading(args: list[str]) -> None:
    """The lines the budget is about do take the quick path (the property above would
    pass if the parser took nothing)."""
    with recorded(None):
        line = quick.parse(args)
        assert line is not None
        assert line.options == typer_reading(args)


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "--help"],
        ["lookup", "--theme=sleep"],
        ["lookup", "--theme", "-t"],
        ["lookup", "--lang", "EN", "--theme", "sleep"],
        ["lookup", "--limit", "0", "--theme", "sleep"],
        ["lookup", "--at", "2026-11-30T10:00", "--theme", "sleep"],
        ["lookup", "sleep"],
        ["interview", "--answers", "x.json"],
        ["catalog", "validate"],
        [],
    ],
)
def test_other_lines_are_left_to_typer(args: list[str]) -> None:
    assert quick.parse(args) is None


def test_unknown_environment_language_is_left_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer's path warns about it; the quick path must not run without the warning."""
    monkeypatch.setenv(quick.ENV_LANG, "fr")
    assert quick.parse(["lookup", "--theme", "sleep"]) is None
    monkeypatch.setenv(quick.ENV_LANG, "EN")
    line = quick.parse(["lookup", "--theme", "sleep"])
    assert line is not None and line.options["lang"] == "en"


FIXED = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


class _FixedClock:
    """Stands in for the `datetime` module in cli/lookup.py: "now" is one moment."""

    UTC = dt.UTC

    class datetime(dt.datetime):  # the module's own name
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
            return FIXED


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "--theme", "sleep", "--json"],
        ["lookup", "--text", "ik wil dood, vanavond", "--json", "--detail", "compact"],
        ["lookup", "--text", "ik heb een lekke band", "--plain", "--lang", "en"],
        ["lookup", "--theme", "zelfmoordgedachten", "--plain"],
        ["lookup", "--theme", "", "--json"],
        ["lookup", "--theme", "geen-thema", "--json"],
        ["lookup", "--theme", "sleep", "--catalog", "/no/such/catalogue", "--json"],
    ],
    ids=["json", "acute-compact", "nothing-plain-en", "crisis-plain", "empty", "unknown", "bad"],
)
def test_both_paths_print_the_same(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """Output, messages and exit code, for results, refusals and a broken catalogue."""
    monkeypatch.setattr(lookup_module, "dt", _FixedClock)
    monkeypatch.delenv(quick.ENV_LANG, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    before = interface_lang()
    try:
        quick_code = quick.run_quick(args)
        quick_out = capsys.readouterr()
        typer_code = app_module.run(args)
        typer_out = capsys.readouterr()
    finally:
        set_interface_lang(before)
    assert quick_code is not None
    assert (quick_code, quick_out.out, quick_out.err) == (typer_code, typer_out.out, typer_out.err)
    assert quick_out.out or quick_out.err


def test_a_plain_lookup_starts_without_typer(tmp_path: Path) -> None:
    """What the start-up budget is about: no Typer, no Click for `lookup --theme X --json`
    (whatever else the startup-imports test forbids)."""
    probe = (
        "import json, sys\n"
        "from steunwijzer.__main__ import main\n"
        "code = main(sys.argv[1:])\n"
        "sys.stderr.write('MODULES ' + json.dumps(sorted(sys.modules)))\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "lookup", "--theme", "sleep", "--json"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"},
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stderr.split("MODULES ", 1)[1]))
    assert json.loads(done.stdout)["themes"] == ["sleep"]
    assert not {m for m in modules if m.split(".")[0] in ("typer", "click")}
    assert "steunwijzer.cli.app" not in modules


@pytest.mark.parametrize(
    "texts",
    [["ik wil dood", "ik slaap slecht"], ["ik slaap slecht", "ik wil dood"], ["ik wil dood", " "]],
)
def test_every_text_is_read(texts: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Click kept only the last --text: "ik wil dood" before "ik slaap slecht" said
    nothing recognised, exit 0 (an outsiders' hostile round, round 9). Both paths."""
    args = ["lookup", *(x for text in texts for x in ("--text", text)), "--json"]
    for run in (quick.run_quick, app_module.run):
        code = run(args)
        data = json.loads(capsys.readouterr().out)
        assert code == 0
        assert data["tier"] == "acute" and "suicidal_thoughts" in data["themes"]
        assert data["referrals"][0]["crisis"] is True


@pytest.mark.parametrize("option", ["--answers", "--save", "--handout"])
def test_a_file_option_given_twice_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """A second --answers silently replaced the first and its "ja" (round 9)."""
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for path in (first, second):
        path.write_text("safety_wish_dead: ja\n", encoding="utf-8")
    code = app_module.run(["interview", option, str(first), option, str(second)])
    assert code == 2
    assert f"{option}: " in capsys.readouterr().err
