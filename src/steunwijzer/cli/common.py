"""What makes a body a Typer command: ``command`` wraps it in the one error handler
(``handling.settle``) and spells out the shared options. The run-time helpers without
Typer (messages, catalogue loading) live in ``handling``; the options in ``options``."""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import typer

from steunwijzer.cli.handling import forget_crisis_lines, settle
from steunwijzer.cli.options import view_of, view_parameters


def command(body: Callable[..., int | None]) -> Callable[..., None]:
    """Make ``body`` a command: its errors go through ``handled`` (messages and exit
    codes), an int it returns is the exit code, and a parameter ``view: View`` stands for
    the shared options --catalog, --lang, --json and --plain, declared in its place.

    The signature Typer reads is the body's own with ``view`` spelled out, so each
    command's options, their order and their help are as if written by hand.
    """
    signature = inspect.signature(body, eval_str=True)
    takes_view = "view" in signature.parameters
    params: list[inspect.Parameter] = []
    for param in signature.parameters.values():
        if param.name == "view":
            params += view_parameters()
        else:
            params.append(param.replace(kind=inspect.Parameter.KEYWORD_ONLY))

    @functools.wraps(body)
    def run(**options: Any) -> None:
        with handled():
            if takes_view:
                options["view"] = view_of(options)
            code = body(**options)
        if code is not None:
            raise typer.Exit(code)

    run.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=params, return_annotation=None
    )
    run.__annotations__ = {p.name: p.annotation for p in params} | {"return": None}
    return run


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """The one error handler (``handling.settle``) as Typer wants it: an exit code is a
    ``typer.Exit``; anything not settled there goes on up."""
    forget_crisis_lines()  # a command run in the same process before left its own
    try:
        yield
    except BaseException as exc:
        code = settle(exc)
        if code is None:
            raise
        raise typer.Exit(code) from None
