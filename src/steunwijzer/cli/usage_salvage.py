"""The acute part of a command line that was refused as a usage error.

`lookup --text "ik wil dood" --at 2026-11-28`, `--lang EN`, `--limit 0` or `--text --
"ik wil dood"` ended with Click's usage message alone (exit 2): the words were never
read and no crisis line was shown (an outsiders' hostile round, round 10). The exit code
and the usage message stay; when the words on the line hold an acute signal, the acute
result follows on stdout, crisis lines first, as a refused lookup shows it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from steunwijzer.core.model import Lang

_LANG_OPTIONS = ("--lang", "-l")
_SAID: dict[Lang, str] = {
    "nl": "let op: de opdracht is geweigerd, maar er staat een acuut signaal in: hieronder",
    "en": "note: the command was refused, but it holds an acute signal: shown below",
}


def usage_lang(args: list[str]) -> Lang:
    """The interface language asked for, read as leniently as a person types it."""
    for i, arg in enumerate(args):
        value = None
        if arg in _LANG_OPTIONS and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(("--lang=", "-l=")):
            value = arg.split("=", 1)[1]
        if value is not None and value.strip().lower() in ("nl", "en"):
            return "en" if value.strip().lower() == "en" else "nl"
    env = os.environ.get("STEUNWIJZER_LANG", "").strip().lower()
    return "en" if env == "en" else "nl"


def words_on(args: list[str]) -> str:
    """Everything on the line that is not an option name, "--opt=value" as its value."""
    said = []
    for arg in args:
        if arg.startswith("-"):
            if "=" in arg:
                said.append(arg.split("=", 1)[1])
            continue
        said.append(arg)
    return "\n".join(said)


def show_acute_part(args: list[str]) -> bool:
    """Show the acute part of the refused line, if any; True when one was shown."""
    text = words_on(args)
    if not text.strip():
        return False
    from steunwijzer.catalog.load import load_catalog, safety_only_catalog
    from steunwijzer.catalog.resources import builtin_catalog_dir
    from steunwijzer.cli.handling import compiled_builtin
    from steunwijzer.cli.output import show_result
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.salvage import acute_part
    from steunwijzer.core.vocabulary import Vocabulary

    # The built-in catalogue: the line was refused, so its --catalog was never checked.
    catalog = compiled_builtin(None) or load_catalog([str(builtin_catalog_dir())]).catalog
    catalog = catalog or safety_only_catalog()
    lang = usage_lang(args)
    index = ReferralIndex(catalog, dt.datetime.now(dt.UTC))
    vocabulary = Vocabulary(catalog.themes)
    acute = acute_part(catalog, index, vocabulary, lang, "usage", (), text)
    if acute is None:
        return False
    sys.stderr.write(_SAID[lang] + "\n")
    show_result(catalog, acute, lang, False, True, lookup=True, error="usage")
    return True
