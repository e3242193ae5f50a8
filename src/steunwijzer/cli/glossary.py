"""`steunwijzer glossary`: Dutch role and service names explained in one line."""

from __future__ import annotations

from steunwijzer.core.model import Lang
from steunwijzer.errors import ExitCode


def run(
    *, term: str | None, sources: list[str] | None, lang: Lang, as_json: bool, plain_output: bool
) -> int:
    from steunwijzer.cli.handling import err, load_or_fail
    from steunwijzer.core.glossary import find
    from steunwijzer.io.jsonout import print_json
    from steunwijzer.io.records import glossary_dict
    from steunwijzer.present.texts import t

    if term is not None and not term.strip():
        from steunwijzer.errors import UsageError

        # "" found nothing and exited 1 (a hostile round, round 19): no term is a usage error
        raise UsageError("glossary: give a term, or none to list them all")
    catalog = load_or_fail(sources)
    entries = find(catalog, term) if term is not None else catalog.glossary
    if as_json:
        print_json([glossary_dict(e, lang) for e in entries])
    elif entries:
        from steunwijzer.render.common import glossary_lines, make_console

        glossary_lines(make_console(plain_output), entries, lang)
    if term is not None and not entries:
        shown = term if len(term) <= 80 else term[:80] + "…"  # 100,000 characters echoed (r19)
        err(t("glossary_none", lang, term=shown))
        return ExitCode.FINDINGS
    return ExitCode.OK
