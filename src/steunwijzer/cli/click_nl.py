"""Click's usage errors in the interface language.

Everything steunwijzer says follows ``--lang`` (Dutch by default), but a mistyped
option came back in English: "Error: Invalid value for '--at': 'gisteren' does not match
the formats ..." under a Dutch screen (noticed in round 12, left then). Typer's copy of
Click builds these with f-strings, so no gettext catalogue can reach them: the usage
error's ``show`` is wrapped instead; it writes what Click would, each line through
``localise`` (present/messages_click.py). A line without a template stays English.
``--help`` is left alone: the help texts are English, and half a translation reads worse.
"""

from __future__ import annotations

import io
import sys
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from steunwijzer.core.model import Lang

# Where Typer keeps Click: its own copy (Typer 0.26 and later), else Click itself.
_MODULES = ("typer._click.exceptions", "click.exceptions")
_SPEAKING: list[Lang] = ["en"]  # the language of the command line being run


def speak(lang: Lang) -> None:
    """Show usage errors in ``lang`` from now on; ``speak("en")`` after the command, so
    nothing else run in the same process (a test) inherits it."""
    _SPEAKING[0] = lang
    if lang == "en":
        return
    for name in _MODULES:
        module = sys.modules.get(name)
        for cls in (getattr(module, "UsageError", None), getattr(module, "ClickException", None)):
            if cls is None or getattr(cls.show, "steunwijzer_nl", False):
                continue
            cls.show = _dutch_show(cls.show)


def _dutch_show(original: Any) -> Any:
    def show(self: Any, file: IO[Any] | None = None) -> None:
        from steunwijzer.present.messages import localise  # only when one is shown

        english = io.StringIO()
        original(self, english)
        out = sys.stderr if file is None else file
        lines = english.getvalue().split("\n")
        out.write("\n".join(localise(line, _SPEAKING[0]) for line in lines))

    show.steunwijzer_nl = True  # type: ignore[attr-defined]
    return show
