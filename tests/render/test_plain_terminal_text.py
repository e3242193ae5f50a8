"""Catalogue and batch text is shown as plain text in every command's terminal output:
Rich markup, ANSI CSI/OSC sequences (colours, OSC 8 links, title changes) and control
characters are never interpreted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from ..conftest import invoke, invoke_en

MARKUP = "[bold red]LOUD[/bold red][link=https://evil.example]klik[/link]"
ESCAPES = (
    "\x1b[31mRED\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 "
    "\x1b]0;pwned title\x07 bell\x07 back\x08space cr\rreturn \x9b31m"
)
HOSTILE = f"{MARKUP} {ESCAPES}"
BAD = ("\x1b", "\x07", "\x08", "\r", "\x9b")

AUTOLINK = re.compile(r"<(?:https?://|[^@\s<>\\]+@)[^\s<>]+>")


@pytest.fixture(scope="module")
def hostile_layer(tmp_path_factory: pytest.TempPathFactory) -> str:
    data = {
        "schema_version": 1,
        "catalog": {"name": HOSTILE},
        "themes": [{"id": "sleep", "label": {"nl": HOSTILE, "en": HOSTILE}}],
        "offerings": [
            {
                "id": "113-zelfmoordpreventie",
                "name": {"nl": HOSTILE, "en": HOSTILE},
                "description": {"nl": HOSTILE, "en": HOSTILE},
                "how_to_access": {"nl": HOSTILE, "en": HOSTILE},
                "contact": {"phone": "113", "address": HOSTILE},
            },
            {"id": "thuisarts-nl", "name": {"nl": HOSTILE, "en": HOSTILE}},
        ],
        "questions": [{"id": "area_money", "text": {"nl": HOSTILE, "en": HOSTILE}}],
        "tips": [{"id": "listen_first", "text": {"nl": HOSTILE, "en": HOSTILE}}],
    }
    path = tmp_path_factory.mktemp("hostile") / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(path)


def assert_plain(text: str) -> None:
    for char in BAD:
        assert char not in text, f"{char!r} reached the terminal"


COMMANDS = [
    ["catalog", "list"],
    ["catalog", "show", "113-zelfmoordpreventie"],
    ["catalog", "themes"],
    ["catalog", "coverage"],
    ["catalog", "lint"],
    ["catalog", "validate"],
    ["tips"],
    ["lookup", "--theme", "zelfmoord", "--at", "2026-11-30T14:00"],
    ["lookup", "--theme", "sleep", "--plain"],
    ["interview", "--list-questions"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_catalogue_text_is_plain_in_terminal_output(
    runner: CliRunner, hostile_layer: str, args: list[str]
) -> None:
    layers = ["--catalog", "builtin", "--catalog", hostile_layer]
    if args[:2] in (["catalog", "validate"], ["catalog", "lint"]):
        result = invoke(runner, *args, "builtin", hostile_layer)
    else:
        result = invoke(runner, *args, *layers)
    assert result.exit_code in (0, 1), result.output
    assert_plain(result.output)
    if args[0] in ("lookup", "tips") or args[:2] in (["catalog", "list"], ["catalog", "show"]):
        # shown as text, not interpreted (tables may wrap it, so look for the start)
        assert "[bold" in result.output and "LOUD" in result.output


def test_interview_prompts_and_result(
    runner: CliRunner, hostile_layer: str, tmp_path: Path
) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("safety_thoughts: yes\narea_money: yes\n", encoding="utf-8")
    result = invoke(
        runner,
        "interview",
        "--catalog",
        "builtin",
        "--catalog",
        hostile_layer,
        "--answers",
        str(answers),
        "--at",
        "2026-11-30T14:00",
    )
    assert_plain(result.output)
    assert "LOUD" in result.output
    typed = "\n".join(["nee", "nee", "nee"] + [""] * 40)
    interactive = invoke(
        runner, "interview", "--catalog", "builtin", "--catalog", hostile_layer, input=typed
    )
    assert_plain(interactive.output)
    assert "[bold red]LOUD[/bold red]" in interactive.output  # the reworded question


def test_diagnostics_are_plain(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"schema_version": 1, f"key{ESCAPES}": 1}), encoding="utf-8")
    result = invoke_en(runner, "catalog", "validate", str(bad))
    assert result.exit_code == 1 and "unknown key" in result.output
    assert_plain(result.output)


def test_batch_text_is_plain(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    rows = [{"id": HOSTILE, "themes": ["sleep"]}, {"id": "x" + ESCAPES, "themes": [HOSTILE]}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    table = invoke(runner, "batch", str(path), "--format", "table")
    assert_plain(table.output)  # table on stdout and the error line on stderr
    assert "[bold red]LOUD[/bold red]" in table.output
    as_json = invoke(runner, "batch", str(path))
    assert json.loads(as_json.stdout.splitlines()[0])["id"] == HOSTILE  # data kept intact


def test_handout_escapes_catalogue_text(runner: CliRunner, tmp_path: Path) -> None:
    layer = tmp_path / "x.yaml"
    layer.write_text(
        yaml.safe_dump(
            {
                "schema_version": 1,
                "offerings": [
                    {
                        "id": "113-zelfmoordpreventie",
                        "description": {
                            "nl": "<script>alert(1)</script> [klik](javascript:x)",
                            "en": "x",
                        },
                        # the handout speaks to the student: their step, not how_to_access
                        "student_step": {"nl": "<img src=x onerror=alert(1)>", "en": "x"},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    answers = tmp_path / "a.yaml"
    answers.write_text("safety_thoughts: yes\n", encoding="utf-8")
    handout = tmp_path / "h.md"
    result = invoke(
        runner,
        "interview",
        "--catalog",
        "builtin",
        "--catalog",
        str(layer),
        "--answers",
        str(answers),
        "--handout",
        str(handout),
        "--json",
    )
    assert result.exit_code == 0
    text = handout.read_text(encoding="utf-8")
    # every "<" is escaped (an address is an autolink, round 15): no HTML tag
    assert re.search(r"(?<!\\)<", AUTOLINK.sub("", text)) is None
    assert "\\<script\\>" in text and "\\<img src" in text
    assert "\\[klik\\](javascript" in text
