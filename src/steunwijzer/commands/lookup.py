"""`steunwijzer lookup`: themes and/or text in, a triage result out."""

from __future__ import annotations

import datetime as dt
import sys

from ..errors import ExitCode, UsageError
from ..jsonout import dumps, result_dict
from ..lookup import lookup
from ..model import Lang
from ..referrals import ReferralIndex
from ..vocabulary import Vocabulary


def run(
    themes: list[str],
    text: str | None,
    sources: list[str] | None,
    lang: Lang,
    as_json: bool,
    plain_output: bool,
    at: dt.datetime | None,
) -> int:
    from ..cli_common import load_for_triage

    if not themes and not (text and text.strip()):
        raise UsageError("give at least one --theme or a --text")
    catalog, degraded = load_for_triage(sources, lang)
    index = ReferralIndex(catalog, at or dt.datetime.now())
    result = lookup(catalog, Vocabulary(catalog.themes), index, themes, text, lang)
    if as_json:
        sys.stdout.write(dumps(result_dict(result)) + "\n")
    else:
        from ..render import make_console
        from ..render_result import result_screen

        result_screen(make_console(plain_output), catalog, result, lookup=True)
    return ExitCode.FINDINGS if degraded else ExitCode.OK
