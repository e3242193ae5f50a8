"""The plainest command lines of `lookup` and `interview`, run without Typer.

Importing Typer (and the Click inside it) is about 6x a bare Python start on its own,
more than the whole start-up budget leaves for it (issue 15: a lookup in 8x, the first
interview question in 10x). The command lines a counsellor types most (`lookup --theme
sleep --json`, `interview --lang en`) are therefore read here, by a strict parser that
takes only what it can read exactly as the Typer app would, and hands everything else
back: `--help`, an unknown or misspelt option, `--opt=value`, a value that starts with
"-", an option given twice, a choice or a number spelt any other way, `--at` (Typer
parses dates), `$STEUNWIJZER_LANG` with an unknown value (Typer's path warns). Those
return None and the Typer app runs as before, so every refusal, message and usage line
stays Typer's. tests/cli/test_quick_path.py checks that both paths call the command
with the same arguments, and give the same output and exit code, on generated lines.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from steunwijzer.core.model import Lang

# How an option is read: a repeatable value, a flag, a closed choice, or a --limit.
MANY, FLAG = "many", "flag"
LANGS = ("nl", "en")
SHARED: dict[str, tuple[str, str | tuple[str, ...]]] = {
    "--catalog": ("catalog", MANY),
    "-c": ("catalog", MANY),
    "--lang": ("lang", LANGS),
    "-l": ("lang", LANGS),
    "--plain": ("plain_output", FLAG),
    "--limit": ("limit", "limit"),
    "--student-lang": ("student_lang", LANGS),
}
OPTIONS: dict[str, dict[str, tuple[str, str | tuple[str, ...]]]] = {
    "lookup": SHARED
    | {
        "--theme": ("theme", MANY),
        "-t": ("theme", MANY),
        "--text": ("text", MANY),
        "--json": ("as_json", FLAG),
        "--detail": ("detail", ("compact", "full")),
    },
    "interview": SHARED,
}
ENV_LANG = "STEUNWIJZER_LANG"
# Set, Click would answer a shell-completion request instead of running the command.
COMPLETION_VAR = "_STEUNWIJZER_COMPLETE"


class QuickLine:
    """A command line read here: the command and its options as Typer would hand them.
    (A plain class: a frozen dataclass costs about 0.7 ms to create at import.)"""

    __slots__ = ("command", "options")

    def __init__(self, command: str, options: dict[str, Any]) -> None:
        self.command = command
        self.options = options


def parse(args: list[str]) -> QuickLine | None:
    """The command line as Typer would read it, or None where this parser will not say."""
    if not args or args[0] not in OPTIONS or COMPLETION_VAR in os.environ:
        return None
    table = OPTIONS[args[0]]
    given: dict[str, Any] = {}
    rest = iter(args[1:])
    for token in rest:
        if token not in table:
            return None  # --help, an unknown option, --x=y, a stray argument, "--", ...
        name, kind = table[token]
        if kind == FLAG:
            value: Any = True
        else:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None
            if isinstance(kind, tuple) and value not in kind:
                return None
            if kind == "limit":
                if not (value.isascii() and value.isdigit() and 1 <= int(value) <= 100):
                    return None
                value = int(value)
        if kind == MANY:
            given.setdefault(name, []).append(value)
        elif name in given:
            return None  # Click keeps the last; leave such lines to it
        else:
            given[name] = value
    lang = _lang(given.get("lang"))
    if lang is None:
        return None
    options: dict[str, Any] = {
        "sources": given.get("catalog"),
        "lang": lang,
        "plain_output": given.get("plain_output", False),
        "at": None,
        "limit": given.get("limit"),
        "student_lang": given.get("student_lang"),
    }
    if args[0] == "lookup":
        options |= {
            "themes": given.get("theme", []),
            "text": joined_text(given.get("text")),
            "as_json": given.get("as_json", False),
            "detail": given.get("detail", "full"),
        }
    else:
        options |= {
            "answers": None,
            "as_json": False,
            "list_questions": False,
            "save": None,
            "handout": None,
            "force": False,
        }
    return QuickLine(args[0], options)


def joined_text(texts: list[str] | None) -> str | None:
    """Every --text, read together, one per line (a pattern never spans two). Click kept
    only the last of two, and "--text 'ik wil dood' --text 'ik slaap slecht'" said nothing
    recognised (an outsiders' hostile round, round 9)."""
    if not texts:
        return None
    if not all(text.isascii() for text in texts):  # plain ASCII is read as it is
        from steunwijzer.io.typed import typed_text

        texts = [typed_text(text) for text in texts]
    return "\n".join(text for text in texts if text.strip()) or texts[-1]


def _lang(given: str | None) -> Lang | None:
    """--lang, else $STEUNWIJZER_LANG (any case), else Dutch; None for an unknown value
    in the environment, which Typer's path warns about."""
    if given is not None:
        return "en" if given == "en" else "nl"
    value = os.environ.get(ENV_LANG, "").strip().lower()
    if value not in ("", *LANGS):
        return None
    return "en" if value == "en" else "nl"


def run_quick(args: list[str]) -> int | None:
    """Run a command line this module can read; None when the Typer app must."""
    line = parse(args)
    if line is None:
        return None
    from steunwijzer.cli.handling import forget_crisis_lines, internal_error, settle
    from steunwijzer.present.texts import set_interface_lang

    set_interface_lang(line.options["lang"])
    forget_crisis_lines()
    try:
        code = _body(line.command)(**line.options)
    except EOFError:
        # As Click's standalone mode ends on end of input: a blank line and "Aborted!".
        import sys

        sys.stderr.write("\nAborted!\n")
        return 1
    except BaseException as exc:
        settled = settle(exc)
        if settled is not None:
            return settled
        if isinstance(exc, Exception):
            return internal_error(exc)
        raise
    return 0 if code is None else code


def _body(command: str) -> Callable[..., int | None]:
    if command == "lookup":
        from steunwijzer.cli import lookup

        return lookup.run
    from steunwijzer.cli import interview

    return interview.run
