"""The shared options are declared once (cli.options) and every command gets them the
same way; every command body runs inside the one error handler (cli.common.command)."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from steunwijzer.cli.common import command
from steunwijzer.cli.options import DEFAULT_VIEW, View
from steunwijzer.errors import OutputError, UserInputError

from ..conftest import invoke

SHOWING = [
    ["lookup"],
    ["glossary"],
    ["tips"],
    ["catalog", "list"],
    ["catalog", "show"],
    ["catalog", "themes"],
]


def options_in_help(runner: CliRunner, *path: str) -> list[str]:
    text = invoke(runner, *path, "--help").output
    return re.findall(r"^\s+(?:-\w, )?(--[a-z-]+)", text, flags=re.MULTILINE)


@pytest.mark.parametrize("path", SHOWING, ids=" ".join)
def test_commands_that_show_take_the_four_shared_options(
    runner: CliRunner, path: list[str]
) -> None:
    found = options_in_help(runner, *path)
    shared = [o for o in found if o in ("--catalog", "--lang", "--json", "--plain")]
    assert shared == ["--catalog", "--lang", "--json", "--plain"], found


def test_shared_options_stand_where_the_command_declares_them(runner: CliRunner) -> None:
    assert options_in_help(runner, "lookup") == [
        "--theme",
        "--text",
        "--catalog",
        "--lang",
        "--json",
        "--plain",
        "--at",
        "--limit",
        "--student-lang",
        "--detail",
        "--help",
    ]


@pytest.mark.parametrize("path", [["tips"], ["catalog", "list"]], ids=" ".join)
def test_tier_takes_the_three_tiers(runner: CliRunner, path: list[str]) -> None:
    help_text = invoke(runner, *path, "--help").output
    assert "prevention|specific|acute" in help_text
    for tier in ("prevention", "specific", "acute"):
        assert invoke(runner, *path, "--tier", tier, "--json").exit_code == 0
    wrong = invoke(runner, *path, "--tier", "Acute")
    assert wrong.exit_code == 2


def _app(body: object) -> typer.Typer:
    app = typer.Typer()
    app.command()(body)  # type: ignore[arg-type]

    @app.callback()
    def root() -> None:
        """A group, so the command keeps its name."""

    return app


def test_command_turns_a_returned_int_into_the_exit_code() -> None:
    @command
    def run(count: int = 3) -> int:
        return count

    app = _app(run)
    assert CliRunner().invoke(app, ["run", "--count", "0"]).exit_code == 0
    assert CliRunner().invoke(app, ["run", "--count", "1"]).exit_code == 1


@pytest.mark.parametrize(
    ("error", "code", "message"),
    [
        (UserInputError("no offering 'x'"), 1, "error: no offering 'x'"),
        (OutputError("out.md: already exists"), 1, "out.md: already exists"),
        (KeyboardInterrupt(), 130, "interrupted"),
        (OSError(28, "No space left on device", "out.csv"), 1, "out.csv: No space left"),
    ],
)
def test_command_maps_errors_to_a_message_and_exit_code(
    error: BaseException, code: int, message: str
) -> None:
    @command
    def run(view: View = DEFAULT_VIEW) -> None:
        raise error

    result = CliRunner().invoke(_app(run), ["run", "--lang", "en"], env={"STEUNWIJZER_LANG": ""})
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_view_carries_the_shared_options_to_the_body() -> None:
    seen: list[View] = []

    @command
    def run(view: View = DEFAULT_VIEW) -> None:
        seen.append(view)

    app = _app(run)
    CliRunner().invoke(app, ["run", "-c", "a", "-c", "b", "--lang", "en", "--json", "--plain"])
    CliRunner().invoke(app, ["run"], env={"STEUNWIJZER_LANG": ""})
    assert seen == [View(["a", "b"], "en", True, True), View(None, "nl", False, False)]
