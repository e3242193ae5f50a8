"""Printing a triage result, the one way interview, lookup and their error paths share."""

from __future__ import annotations

import datetime as dt

from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.triage import TriageResult
from steunwijzer.io.jsonout import print_json
from steunwijzer.io.records import detail_dict


def show_result(
    catalog: Catalog,
    result: TriageResult,
    lang: Lang,
    as_json: bool,
    plain_output: bool,
    lookup: bool = False,
    error: str | None = None,
    detail: str = "full",
    at: dt.datetime | None = None,
) -> None:
    """Print the result in the interface language ``lang`` (chosen here, at the CLI: the
    core's result carries none); a request that failed but is acute also carries its
    ``error``."""
    if result.risk_to_life:
        from steunwijzer.cli.handling import keep_crisis_lines

        keep_crisis_lines(result, lang)  # said on stderr should stdout fail (a full disk)
    if as_json:
        data = detail_dict(result, lang, detail, at)
        if error is not None:
            data["error"] = error
        print_json(data)
        return
    from steunwijzer.render.common import make_console
    from steunwijzer.render.result import result_screen

    result_screen(make_console(plain_output), catalog, result, lang, lookup=lookup)
