"""`steunwijzer lookup`: themes and/or text in, a triage result out."""

from __future__ import annotations

import datetime as dt

from steunwijzer.cli.output import show_result
from steunwijzer.core.model import Lang
from steunwijzer.core.referrals import DEFAULT_LIMIT, ReferralIndex
from steunwijzer.core.requests import lookup
from steunwijzer.core.salvage import acute_part
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import ExitCode, UsageError, UserInputError


def run(
    *,
    themes: list[str],
    text: str | None,
    sources: list[str] | None,
    lang: Lang,
    as_json: bool,
    plain_output: bool,
    at: dt.datetime | None,
    limit: int | None = None,
    student_lang: Lang | None = None,
    detail: str = "full",
) -> int:
    from steunwijzer.cli.handling import err, load_for_triage

    if any(not theme.strip() for theme in themes or ()) and not (text and text.strip()):
        # `--theme ""` said "nothing recognised", exit 0, where `--text ""` is a usage
        # error (an outsiders' hostile round, round 8).
        raise UsageError("--theme: give a theme (its id, name or a synonym)")
    if not themes and not (text and text.strip()):
        raise UsageError("give at least one --theme or a --text")
    catalog, degraded = load_for_triage(sources, lang)
    index = ReferralIndex(catalog, at or dt.datetime.now(dt.UTC), limit or DEFAULT_LIMIT)
    moment = index.moment
    vocabulary = Vocabulary(catalog.themes)
    # Offerings that speak the student's language rank higher: --student-lang, else the
    # interface language. The result is shown in the interface language.
    ranked_for = student_lang or lang
    try:
        result = lookup(catalog, vocabulary, index, themes, text, ranked_for)
    except UserInputError as exc:
        # Refused, but an acute signal in what was valid is still shown, crisis lines first.
        acute = acute_part(catalog, index, vocabulary, ranked_for, "lookup", themes, text)
        if acute is None:
            raise
        err(f"error: {exc} (acute signal in the rest of the request: shown below)")
        show_result(
            catalog,
            acute,
            lang,
            as_json,
            plain_output,
            lookup=True,
            error=str(exc),
            detail=detail,
            at=moment,
        )
        return ExitCode.FINDINGS
    show_result(catalog, result, lang, as_json, plain_output, lookup=True, detail=detail, at=moment)
    return ExitCode.FINDINGS if degraded else ExitCode.OK
