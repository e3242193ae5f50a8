"""The result screen of an interview or lookup (the handout lives in ``export.handout``)."""

from __future__ import annotations

from rich.console import Console

from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.referrals import Referral
from steunwijzer.core.triage import TriageResult


def split_safety_line(result: TriageResult) -> tuple[list[Referral], list[Referral]]:
    """(referrals to list, crisis lines for the safety line at the end).

    A risk to life lists the crisis lines first, in the table; another acute need
    shows them as one short safety line after its fitting help.
    """
    if result.risk_to_life:
        return list(result.referrals), []
    shown = [r for r in result.referrals if r.role != "crisis"]
    return shown, [r for r in result.referrals if r.role == "crisis"]


def referral_texts(referrals: list[Referral], lang: Lang) -> list[str]:
    """The texts a referral list shows, where Dutch names may occur."""
    out: list[str] = []
    for r in referrals:
        o = r.offering
        out.append(o.name.get(lang))
        if o.how_to_access:
            out.append(o.how_to_access.get(lang))
    return out


def result_screen(
    console: Console, catalog: Catalog, result: TriageResult, lang: Lang, lookup: bool = False
) -> None:
    """The whole result in the interface language ``lang``: the first screen, then
    everything else (see render_screen)."""
    from steunwijzer.render.screen import result_screen as screen

    screen(console, catalog, result, lang, lookup)
