"""The result as lines: a first screen that fits 80x24, and the rest behind it.

Laid out by ``layout.wrap`` (words never split, contacts whole, indentation kept) into
``(text, style)`` lines for the terminal to page and piped output to print. The first
screen: tier, urgency, why, the crisis line where it applies, three referrals with contact
and open now, the next step (whose, if not referral 1's: a role-play, round 26).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from steunwijzer.core.floor import help_of_tier, national_number
from steunwijzer.core.glossary import terms_in
from steunwijzer.core.model import Catalog, Lang, Offering, Tier
from steunwijzer.core.referrals import Referral
from steunwijzer.core.support import tip_groups
from steunwijzer.core.triage import TriageResult
from steunwijzer.io.escape import one_line, plain
from steunwijzer.present.explain import reason_lines, why_line
from steunwijzer.present.labels import safety_line_names, theme_label, tier_label, urgency_label
from steunwijzer.present.layout import contact_pieces, output_width, shorten, wrap
from steunwijzer.present.phrasing import moment_text
from steunwijzer.present.texts import emphasis_next_text, t
from steunwijzer.render.common import (
    TIER_STYLE,
    TIP_HEADINGS,
    contact_line,
    contact_parts,
    heading,
    is_plain,
    wait_line,
    when_line,
)
from steunwijzer.render.notes import WHOLE, Line, notes_of, now_key
from steunwijzer.render.result import referral_texts, split_safety_line

FIRST = 3  # referrals on the first screen


def screen_width(console: Console) -> int | None:
    """Wrap at the terminal's width; not at all when the output is not a terminal."""
    if console.is_terminal:
        return console.width
    return output_width(console.file)


def _open(r: Referral, lang: Lang) -> str:
    o = r.offering
    if o.hours is not None and o.hours.always:
        return t("always", lang)
    if r.open_now is None:
        return ""
    if not r.open_now and r.opens_next is not None:
        return t("opens_next", lang, when=moment_text(r.opens_next, lang, r.opens_in_days))
    return t("open_now" if r.open_now else "closed_now", lang)


def _contact_lines(
    o: Offering, width: int | None, indent: str, label: str = "", lang: Lang = "nl"
) -> list[Line]:
    found = contact_parts(o, lang)
    if not found:
        # A walk-in place has no phone or address: "How to reach: —" told nothing (a
        # role-play, round 9). Its next step says how; the full card shows it below.
        said = "—"
        if o.how_to_access:
            said = t("reach_see_next", lang) if label else one_line(o.how_to_access.get(lang))
        return [(x, "") for x in wrap((label + " " if label else "") + said, width, indent)]
    return [(x, "") for x in wrap(contact_pieces(label, found), width, indent)]


def _name(r: Referral, i: int, lang: Lang, with_open: bool, width: int | None) -> list[Line]:
    o = r.offering
    text = f"{i}. {one_line(o.name.get(lang))}"
    if o.crisis:
        text += f" [{t('crisis_badge', lang)}]"
    if not o.active:
        text += f" ({o.status})"
    status = _open(r, lang) if with_open else ""
    if status:
        text += f" — {status}"
    style = "bold red" if o.crisis else "bold"
    return [(x, style) for x in wrap(text, width, "", _pad(i))]


def _pad(i: int) -> str:
    """The indent under "i. ": "10. " is one wider than "9. " (the lines under 10 and up
    stood one column left of their name: a role-play, round 10)."""
    return " " * (len(str(i)) + 2)


def referral_short(r: Referral, i: int, lang: Lang, width: int | None) -> list[Line]:
    """Name, open now, and the contact: two or three lines."""
    return [*_name(r, i, lang, True, width), *_contact_lines(r.offering, width, _pad(i), "", lang)]


def referral_full(r: Referral, i: int, lang: Lang, width: int | None) -> list[Line]:
    o = r.offering
    pad = _pad(i)
    lines = _name(r, i, lang, False, width)
    lines += _contact_lines(o, width, pad, t("col.reach", lang) + ":", lang)
    hours = when_line(o, lang, r.open_now, "; ", r.opens_next, r.opens_in_days)
    when = (
        f"{t('col.when', lang)}: {hours}"
        f" · {t('col.wait', lang)}: {wait_line(o, lang)}"
        f" · {t('col.lang', lang)}: {', '.join(o.languages)}"
    )
    lines += [(x, "") for x in wrap(one_line(when), width, pad)]
    if o.how_to_access:
        step = f"{t('col.next', lang)}: {one_line(o.how_to_access.get(lang))}"
        lines += [(x, "dim") for x in wrap(step, width, pad)]
    return lines


def referral_lines(referrals: Sequence[Referral], lang: Lang, width: int | None) -> list[Line]:
    lines: list[Line] = []
    for i, r in enumerate(referrals, 1):
        lines += referral_full(r, i, lang, width)
    return lines


def summary_lines(
    catalog: Catalog,
    result: TriageResult,
    lang: Lang,
    width: int | None,
    lookup: bool = False,
    interactive: bool = False,
    cut_notes: int | None = None,
    shown: int = FIRST,
) -> list[Line]:
    """The first screen (without its heading). ``cut_notes``: notes cut to that many lines
    for a low screen, never what to do in danger now ("call 112…": round 22, W17);
    ``shown``: referrals listed (fewer on a very low screen, round 23, Z14)."""
    tier = tier_label(catalog, result.tier, lang).upper()
    lines: list[Line] = [
        (
            f"{t('tier', lang)}: {tier}   {t('urgency', lang)}: {urgency_label(result, lang)}",
            TIER_STYLE[result.tier].split()[-1] if result.tier is not Tier.ACUTE else "bold red",
        )
    ]
    if not result.recognised:
        lines = [(f"{t('tier', lang)}: {t('no_tier', lang)}", "bold yellow")]
    why = f"{t('why', lang)}: {why_line(catalog, result, lang)}"
    # Two lines, the second cut if need be: one line cut "Waarom: Zelfmoordgedachten —
    # Eerst ja of weet niet, later veranderd in nee, op…" where it mattered (a role-play,
    # round 18); three on a narrow terminal, where "Waarom…" alone was left (round 15).
    said = wrap(why, width) if width else [why]
    keep = 3 if width and width < 50 else 2
    if width and len(said) > keep:
        said = [*said[: keep - 1], shorten(" ".join(said[keep - 1 :]), width)]
    lines += [(x, "") for x in said]
    for text, style in notes_of(catalog, result, lang, lookup):
        said = wrap(text, width)
        # A negative cut: the last resort on a very low screen, the safety notes cut too
        # (the tier line first), never what to do in danger now
        cut = abs(cut_notes or 0)
        kept = WHOLE if (cut_notes or 0) > 0 else frozenset(("bold red",))
        if cut and width and len(said) > cut and style not in kept:
            said = [*said[: cut - 1], shorten(" ".join(said[cut - 1 :]), width)]
        lines += [(x, style) for x in said]
    # A risk to life: crisis lines first. Another acute need: its fitting help, and the
    # crisis lines as a short safety line at the end (issue 12).
    listed, safety = split_safety_line(result)
    first = listed[:shown]
    crisis = next((r for r in listed if r.offering.crisis), None)
    if crisis is not None and crisis not in first:
        # The crisis line where it applies, even when the ranking put it lower.
        label = f"{t('crisis_line', lang).upper()}: {one_line(crisis.offering.name.get(lang))}"
        lines.append((label, "bold red"))
        lines += _contact_lines(crisis.offering, width, "   ")
    lines.append((t("first_referrals" if result.recognised else "entry_points", lang), "bold"))
    if not first:
        lines.append(("  " + t("none", lang), ""))
    for i, r in enumerate(first, 1):
        lines += referral_short(r, i, lang, width)
    step_from = first[0] if first else None
    if now_key(result) in ("result_now_unsafe", "result_now_other"):
        # The step the note says: 112 for danger now, not "Bel 113 ... of start een
        # chat" for a friend who no longer answers (a role-play, round 18)
        step_from = next((r for r in listed if national_number(r.offering) == "112"), step_from)
    override = result.override
    # Lowered with urgency still immediate: the crisis line's step stays (round 33, F1)
    if override and override.tier is not Tier.ACUTE and now_key(result) != "result_now_lowered":
        step_from = next(iter(help_of_tier(listed, override.tier)), step_from)
    access = step_from.offering.how_to_access if step_from is not None else None
    if step_from is not None and access:  # named when not referral 1's (a lowered tier)
        named = "" if step_from is first[0] else f" ({one_line(step_from.offering.name.get(lang))})"
        step = f"{t('col.next', lang)}{named}: {one_line(access.get(lang))}"
        lines += [(x, "") for x in wrap(step, width)]
    if len(listed) > shown:
        key = "more_referrals_key" if interactive else "more_referrals"
        left = len(listed) - shown
        more = t(f"{key}_one" if left == 1 else key, lang, n=left)
        lines += [(x, "dim") for x in wrap(more, width)]
    lines += safety_line_lines(safety, lang, width)
    if not safety and not result.risk_to_life:
        # Every result keeps a way out: a student seen at 21:30 for drinking to sleep had
        # only offerings closed until the morning, and no line for a worse night (a
        # role-play, round 55).
        worse = t("safety_line", lang, lines=safety_line_names(catalog, lang))
        lines += [(x, "dim") for x in wrap(worse, width)]
    return lines


def fitted_summary(
    catalog: Catalog,
    result: TriageResult,
    lang: Lang,
    width: int | None,
    room: int,
    interactive: bool,
) -> tuple[list[Line], bool]:
    """The first screen in ``room`` lines when it can be: long notes (the questions not
    asked, a lowering's reason) cut to two lines, then one, then fewer referrals (round
    20: at 80x24 the tier line scrolled off; round 23, Z14: at 60x20). True when a note
    was cut: ``note_lines`` then says them whole after 'm'."""
    whole = summary_lines(catalog, result, lang, width, interactive=interactive)
    if len(whole) <= room:
        return whole, False
    for cut, shown in ((2, FIRST), (1, FIRST), (1, 2), (1, 1), (-1, 1)):
        lines = summary_lines(catalog, result, lang, width, False, interactive, cut, shown)
        if len(lines) <= room:
            break
    return lines, lines != whole


def note_lines(catalog: Catalog, result: TriageResult, lang: Lang, width: int | None) -> list[Line]:
    return [
        (x, style)
        for text, style in notes_of(catalog, result, lang, False)
        for x in wrap(text, width)
    ]


def safety_line_lines(safety: Sequence[Referral], lang: Lang, width: int | None) -> list[Line]:
    """The crisis lines of an acute need without a risk to life, as one short line."""
    if not safety:
        return []
    names = " · ".join(
        f"{one_line(r.offering.name.get(lang))} ({contact_line(r.offering, ', ', lang)})"
        for r in safety
    )
    return [(x, "bold") for x in wrap(t("safety_line", lang, lines=names), width)]


def crisis_phone_lines(referrals: Sequence[Referral], lang: Lang) -> str:
    """The crisis lines with a phone number, one indented line each (a number broke in
    two on one joined row at 60 columns, round 7), for the last words on screen."""
    return "".join(
        "\n  " + plain(f"{r.offering.name.get(lang)} ({', '.join(phones)})")
        for r in referrals
        # "reachable now": a line closed at this hour is not named (a hostile round, r68)
        if r.role == "crisis" and r.open_now is not False and (phones := r.offering.contact.phones)
    )


def detail_lines(
    catalog: Catalog, result: TriageResult, lang: Lang, width: int | None
) -> list[Line]:
    """Everything after the first screen: all referrals in full, reasons, tips."""
    lines: list[Line] = [("", ""), (t("referrals", lang), "bold")]
    listed, safety = split_safety_line(result)
    lines += referral_lines(listed, lang, width) or [("  " + t("none", lang), "")]
    lines += safety_line_lines(safety, lang, width)
    if lang == "en":
        terms = terms_in(catalog, referral_texts(listed, lang))
        if terms:
            lines += [("", ""), (t("glossary_title", lang), "bold")]
            for entry in terms:
                text = f"{entry.term}: {one_line(entry.text.get(lang))}"
                lines += [(x, "") for x in wrap(text, width, "  • ", "    ")]
    lines += [("", ""), (t("reasons", lang), "bold")]
    for sentence in reason_lines(catalog, result, lang) or [t("why.nothing", lang)]:
        lines += [(x, "") for x in wrap(sentence, width, "  • ")]
    themes = ", ".join(theme_label(catalog, x, lang) for x in result.themes) or t("none", lang)
    lines += [(x, "") for x in wrap(f"{t('themes', lang)}: {themes}", width, "", "  ")]
    if result.mentions:  # risk words set aside: shown, never counted (issue 10)
        # wrapped as every line is: "…or someone e / lse's):" at 70 columns (round 33, D4)
        lines += [("", ""), *((x, "bold") for x in wrap(t("mentions", lang), width))]
        for m in result.mentions:
            cue = f": {m.cue}" if m.cue else ""
            text = f"‘{one_line(m.words)}’ ({t('why.' + str(m.set_aside), lang)}{cue})"
            if m.risk_to_life and m.set_aside != "asked_no":  # asked already
                text += f" → {t('mention_ask', lang)}"
            lines += [(x, "") for x in wrap(text, width, "  • ")]
    emphasis = f"{t('emphasis', lang)}: {t('emphasis.' + result.support_emphasis, lang)}"
    lines += [(x, "") for x in wrap(emphasis, width, "", "  ")]
    if result.emphasis_next is not None:
        style_next, themes_next = result.emphasis_next
        text = emphasis_next_text(
            style_next, themes_next, lang, lambda x: theme_label(catalog, x, lang)
        )
        lines += [(x, "") for x in wrap(text, width, "", "  ")]
    if result.tips:
        lines += [("", ""), (t("tips", lang), "bold")]
        for group, chosen in tip_groups(result.tips, result.support_emphasis):
            lines.append((t(TIP_HEADINGS[group], lang), "italic"))
            for tip in chosen:
                lines += [(x, "") for x in wrap(one_line(tip.text.get(lang)), width, "  • ")]
    return lines


def print_lines(console: Console, lines: Sequence[Line]) -> None:
    for text, style in lines:
        console.print(Text(plain(text), style=style), soft_wrap=True)


def result_heading(console: Console, result: TriageResult, lang: Lang) -> None:
    title = t("result_title", lang)
    # An acute result stands out in plain text too (screen readers, logs).
    acute = result.tier is Tier.ACUTE and is_plain(console)
    heading(console, title.upper() if acute else title)


def result_screen(
    console: Console, catalog: Catalog, result: TriageResult, lang: Lang, lookup: bool = False
) -> None:
    """The whole result at once, in ``lang``: first screen, then the rest (no waiting)."""
    width = screen_width(console)
    result_heading(console, result, lang)
    print_lines(console, summary_lines(catalog, result, lang, width, lookup))
    print_lines(console, detail_lines(catalog, result, lang, width))
    now = [r for r in result.referrals if r.open_now is not False]  # "reachable now"
    if lookup and result.tier is Tier.ACUTE and (phones := crisis_phone_lines(now, lang)):
        # The last words on screen, as at the interview's end: an acute lookup at 80x24
        # ended on its tips, 113 and 112 scrolled away (a role-play, round 37, F3).
        print_lines(console, [("", ""), (t("cancelled_crisis", lang, lines=phones), "bold")])
    if is_plain(console):
        console.print()
