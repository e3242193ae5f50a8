"""Rich rendering: the only place (with ``terminal``) that draws on a terminal.

Catalogue and input text always goes into ``rich.text.Text`` objects after ``sanitize.plain``,
never into markup strings: a ``[bold]`` or an escape sequence in a catalogue is shown as the
characters it is. ``--plain`` or ``NO_COLOR``: no colour or boxes (screen readers, logs)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich import box
from rich.console import Console
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.model import Catalog, GlossaryEntry, Lang, Offering, Tier, Tip
from steunwijzer.core.referrals import Referral
from steunwijzer.core.safety import (
    RISK_TO_LIFE,
    is_about_someone_else,
    is_danger_from_others,
    is_self_harm_only,
)
from steunwijzer.core.support import tip_groups
from steunwijzer.core.textassault import images_only
from steunwijzer.core.triage import Reason
from steunwijzer.io.escape import one_line, plain
from steunwijzer.present.explain import reason_sentence
from steunwijzer.present.labels import offering_texts, theme_label, tier_label
from steunwijzer.present.phrasing import contact_values, wait_text, when_text
from steunwijzer.present.texts import t
from steunwijzer.render.notes import soon_variant

if TYPE_CHECKING:
    from rich.table import Table

    from steunwijzer.catalog.coverage import CoverageReport

# The heading of each group of tips (core/support.tip_groups).
TIP_HEADINGS = {
    "safety": "tips.safety",
    "emotional": "emphasis.emotional",
    "informational": "emphasis.informational",
    "combined": "emphasis.both",
}
TIER_STYLE = {Tier.PREVENTION: "green", Tier.SPECIFIC: "yellow", Tier.ACUTE: "bold white on red"}
BACK_WORDS = frozenset(("b", "back", "terug"))  # a step back: a question, the panel, the review


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # The reader has gone (`| head`): let the CLI's one handler end quietly, as it
        # does for JSON output, instead of Rich's own exit with status 1.
        self.quiet = True
        raise BrokenPipeError


def _table(**options: Any) -> Table:
    """A Rich table; rich.table is imported on first use (about 4 ms that an interview's
    first question does not need)."""
    from rich.table import Table

    return Table(**options)


def make_console(plain_output: bool = False, file: TextIO | None = None) -> Console:
    from steunwijzer.present.layout import output_width

    no_color = plain_output or bool(os.environ.get("NO_COLOR"))
    out = file or sys.stdout
    return _Console(
        file=out,
        no_color=no_color,
        highlight=False,
        emoji=False,
        markup=False,
        # --plain at a terminal uses its real width (tables need one; 80 elsewhere)
        width=(output_width(out) or 80) if plain_output else None,
        force_terminal=False if plain_output else None,
        _environ=console_environ(),
    )


MAX_SCREEN = 1000  # columns or rows: more than any real terminal


def console_environ() -> dict[str, str]:
    """The environment Rich sees, without a $COLUMNS or $LINES it cannot use: ``0`` or
    ``abc`` mean "unknown" (Rich would print nothing at width 0, and crashes on "²")."""
    from steunwijzer.core.numbers import parse_int

    environ = dict(os.environ)
    for name in ("COLUMNS", "LINES"):
        if name in environ:
            number = parse_int(environ[name])
            if number is None or number <= 0 or not environ[name].strip().isdigit():
                del environ[name]
            elif number > MAX_SCREEN:  # COLUMNS=99999999 hung the tables
                environ[name] = str(MAX_SCREEN)
    return environ


def is_plain(console: Console) -> bool:
    return console.no_color or not console.is_terminal


def safe(text: str | None, style: str = "") -> Text:
    return Text(plain(text or ""), style=style)


def contact_parts(o: Offering, lang: Lang = "nl") -> list[str]:
    """The contact routes (present.phrasing), each folded to one safe line."""
    return [p for p in (one_line(v) for v in contact_values(o, lang)) if p]


def contact_line(o: Offering, sep: str = " · ", lang: Lang = "nl") -> str:
    return sep.join(contact_parts(o, lang)) or "—"


def when_line(
    o: Offering,
    lang: Lang,
    open_now: bool | None = None,
    sep: str = "; ",
    opens_next: dt.datetime | None = None,
    opens_in: int | None = None,
) -> str:
    when = when_text(o, lang, open_now, sep, opens_next, opens_in)
    if when is None:  # a bare "—" read as closed (a role-play, round 36, Q12)
        return t("hours_unknown", lang)
    return sep.join(one_line(part) for part in when.split(sep))


def wait_line(o: Offering, lang: Lang) -> str:
    return wait_text(o, lang) or "—"


def offerings_table(
    console: Console, catalog: Catalog, offerings: Sequence[Offering], lang: Lang
) -> None:
    """A table per tier; an offering with several tiers appears under each."""
    for tier in Tier:
        rows = [o for o in offerings if tier in o.tiers]
        if not rows:
            continue
        # Output that is no terminal is not wrapped at all, like the interview's: piped
        # to `head`, an e-mail address was folded over three lines (a role-play, r15).
        piped = not console.is_terminal and "COLUMNS" not in console_environ()
        fit: dict[str, Any] = {"no_wrap": True} if piped else {"overflow": "fold"}
        table = _table(
            title=safe(tier_label(catalog, tier, lang), TIER_STYLE[tier]),
            box=None if is_plain(console) else box.SIMPLE_HEAD,
            expand=not piped,
        )
        table.add_column("id", **fit)
        for heading in (t("col.name", lang), t("themes", lang), t("col.reach", lang)):
            table.add_column(heading, **fit) if piped else table.add_column(heading, ratio=2, **fit)
        for o in rows:
            name = safe(o.name.get(lang))
            if o.crisis:
                name.append(f" [{t('crisis_badge', lang)}]", style="bold red")
            if not o.active:
                name.append(f" ({o.status})", style="dim")
            themes = ", ".join(o.themes)
            table.add_row(safe(o.id), name, safe(themes), safe(contact_line(o, "\n", lang)))
        _print_table(console, table, piped)


def offering_detail(console: Console, catalog: Catalog, o: Offering, lang: Lang) -> None:
    rows: list[tuple[str, str]] = [
        ("id", o.id),
        (t("col.name", lang), o.name.get(lang)),
        ("", o.description.get(lang)),
        (t("tier", lang), ", ".join(tier_label(catalog, x, lang) for x in o.tiers)),
        (t("themes", lang), ", ".join(theme_label(catalog, x, lang) for x in o.themes)),
        (t("col.reach", lang), contact_line(o, lang=lang)),
        (t("col.when", lang), when_line(o, lang)),
        (t("col.wait", lang), wait_line(o, lang)),
        (t("col.lang", lang), ", ".join(o.languages)),
        (t("col.next", lang), o.how_to_access.get(lang) if o.how_to_access else "—"),
    ]
    if o.eligibility:
        rows.append((t("page.who", lang), o.eligibility.get(lang)))
    if o.cost:
        rows.append((t("page.cost", lang), o.cost.get(lang)))
    status = t("status." + o.status, lang) if o.status in ("active", "inactive") else o.status
    rows.append(
        (t("col.status", lang), status + (f" · {t('crisis_line', lang)}" if o.crisis else ""))
    )
    rows.append((t("col.source", lang), f"{o.location.file}:{o.location.line}"))
    table = _table(show_header=False, box=None, expand=True)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for key, value in rows:
        table.add_row(safe(key), safe(value))
    console.print(table)
    if lang == "en":
        from steunwijzer.core.glossary import terms_in

        glossary_lines(console, terms_in(catalog, offering_texts([o], lang)), lang)


def _print_table(console: Console, table: Table, piped: bool) -> None:
    """A table at the console's width, or to a pipe at its full width, never cut."""
    if piped:  # Console.print never renders wider than the console
        width, console.width = console.width, MAX_SCREEN
        console.print(table, crop=False)
        console.width = width
    else:
        console.print(table)


def themes_table(console: Console, catalog: Catalog, lang: Lang) -> None:
    # Not wrapped to a pipe: every synonym cell was "…" (round 17, F21).
    piped = not console.is_terminal and "COLUMNS" not in console_environ()
    table = _table(box=None if is_plain(console) else box.SIMPLE_HEAD, expand=not piped)
    table.add_column("id", no_wrap=True)
    table.add_column(t("tier", lang), no_wrap=True)
    if piped:
        table.add_column(t("col.name", lang), no_wrap=True)
        table.add_column("synoniemen" if lang == "nl" else "synonyms", no_wrap=True)
    else:
        table.add_column(t("col.name", lang), ratio=1)
        table.add_column("synoniemen" if lang == "nl" else "synonyms", ratio=2)
    for theme in sorted(catalog.themes.values(), key=lambda x: (-x.tier.rank, x.id)):
        words = theme.synonyms_nl if lang == "nl" else theme.synonyms_en
        table.add_row(
            safe(theme.id),
            safe(tier_label(catalog, theme.tier, lang), TIER_STYLE[theme.tier]),
            safe(theme.label.get(lang)),
            safe(", ".join(words)),
        )
    _print_table(console, table, piped)


def tips_list(console: Console, tips: Sequence[Tip], lang: Lang) -> None:
    for group, chosen in tip_groups(tips):
        console.print(safe(t(TIP_HEADINGS[group], lang), "bold"))
        for tip in chosen:
            console.print(Text("  • ").append(safe(tip.text.get(lang))))
        console.print()


def _sexual_words(reasons: Sequence[Reason]) -> list[str]:
    """The words of each sexual-violence reason ("" for an answer to a question)."""
    return [r.finding.words if r.finding else "" for r in reasons if "sexual_violence" in r.themes]


def crisis_panel(
    console: Console,
    catalog: Catalog,
    urgency: str,
    contacts: Sequence[Referral],
    lang: Lang,
    themes: Sequence[str] = (),
    reasons: Sequence[Reason] = (),
    answers: Mapping[str, AnswerValue] | None = None,
    new: Sequence[str] = (),
    screened: bool = False,
) -> None:
    # Only concern for someone else: the person at risk is not the one in the room.
    other = is_about_someone_else(themes)
    body = Text()
    if urgency == "immediate":
        # Danger from someone else: 112 (and the lines below), not the suicide line.
        key = "crisis_immediate_other" if other else "crisis_immediate"
        if is_danger_from_others(themes):
            key = "crisis_immediate_unsafe"
        body.append(t(key, lang) + "\n", style="bold")
    # Self-harm alone, not urgent: calm words, not "whom do you call now" (a role-play,
    # round 7: "sending her to 112 would frighten her"). The lines stay on top.
    calm = urgency != "immediate" and is_self_harm_only(themes)
    now = "crisis_now_self_harm" if calm else "crisis_now"
    harm = [r for r in reasons if "self_harm" in r.themes]
    if calm and harm and all(r.answer.endswith("= unknown") for r in harm):
        # Only a "niet echt" or "weet niet": ask what is meant, assume no wounds (a
        # role-play, round 24, R6: "vraag of de wonden verzorgd zijn" after "nee niet echt").
        now = "crisis_now_self_harm_unclear"
    if urgency == "soon" and "suicidal_thoughts" in themes and not calm:
        # A wish to be dead without plan or intent: a safety talk and contact today, not
        # "whom do you call now" (a role-play, round 8, found that alarming for a
        # passive wish; screening practice asks for an assessment before leaving).
        now = "crisis_soon_screened" if screened else "crisis_soon"
    if now in ("crisis_soon", "crisis_soon_screened"):
        now = soon_variant(now, reasons)  # a guess only, an earlier attempt only (notes.py)
    told = set(new or themes)  # sexual violence alone since round 41 (core/textassault.py)
    alone = "sexual_violence" in told and not RISK_TO_LIFE & told
    if urgency == "soon" and (is_danger_from_others(new or themes) or alone):
        # Unsafe: where to be safe tonight, not "plans, means, 113" (a role-play, round 19);
        # sexual violence: believe, no blame, Centrum Seksueel Geweld (round 25, R15).
        sexual = "sexual_violence" in themes and "unsafe_situation" in told
        now = "crisis_soon_sexual" if sexual or alone else "crisis_soon_unsafe"
        if now == "crisis_soon_sexual" and images_only(_sexual_words(reasons)):
            now = "crisis_soon_images"  # a threat to post pictures is no rape (r69)
    body.append(t("crisis_now_other" if other else now, lang))
    if not other and "concern_for_other" in themes:
        # Both: the student's own doubt and a friend at risk. The friend's advice was
        # only after 'm' (a second role-play, round 20, "niet ik, wel mijn vriendin").
        body.append("\n" + t("crisis_now_other", lang))
    risky = [r for r in reasons if RISK_TO_LIFE.intersection(r.themes)] or list(reasons)
    # A second panel quotes what is new: the suicide answer was quoted again on the panel
    # for "not safe at home" (a role-play, round 13).
    risky = [r for r in risky if set(new).intersection(r.themes)] or risky
    if risky:  # what set it off: the most urgent finding, in words
        first = max(risky, key=lambda r: r.urgency.rank if r.urgency else -1)
        why = reason_sentence(catalog, first, answers or {}, lang)
        body.append("\n" + t("crisis_why", lang, why=plain(why)), style="dim")
    frame(console, body, t("crisis_title", lang), "red")
    # Short: name, open now, contact; the full details follow with the result.
    from steunwijzer.render.screen import print_lines, referral_short, screen_width

    width = screen_width(console)
    shown = [referral_short(r, i, lang, width) for i, r in enumerate(contacts, 1)]
    if console.is_terminal and not is_plain(console):
        # The crisis lines always; others as far as the screen holds them under the panel
        # (at 60x18 eight places pushed its title off the top: role-plays, round 16).
        panel = len(console.render_lines(Panel(body), console.options))
        room = console.height - panel - 3
        used = sum(len(x) for r, x in zip(contacts, shown, strict=True) if r.role == "crisis")
        kept = []
        for r, lines in zip(contacts, shown, strict=True):
            fits = r.role == "crisis" or used + len(lines) <= room
            room = room if fits else -1  # in order: past one that does not fit, crisis only
            if fits:
                used += 0 if r.role == "crisis" else len(lines)
                kept.append(r)
        if len(kept) < len(shown):
            more = t("crisis_more_places", lang, n=len(shown) - len(kept))  # renumbered (r40)
            keep = [referral_short(r, i, lang, width) for i, r in enumerate(kept, 1)]
            shown = [*keep, [(more, "dim")]]
    for lines in shown:
        print_lines(console, lines)


def coverage_view(console: Console, catalog: Catalog, report: CoverageReport, lang: Lang) -> None:
    """Themes x tiers with the number of active offerings; gaps stand out."""
    plain_output = is_plain(console)
    table = _table(box=None if plain_output else box.SIMPLE_HEAD, expand=False)
    table.add_column(t("themes", lang))
    for tier in Tier:
        table.add_column(tier_label(catalog, tier, lang), justify="right")
    for theme_id in report.themes:
        theme = catalog.themes[theme_id]
        cells = []
        for tier in Tier:
            count = report.counts[theme_id][tier]
            own = tier is theme.tier
            if count:
                cells.append(Text(str(count), style="bold green" if own else "green"))
            elif own:
                cells.append(Text("0 !" if plain_output else " 0 ", style="bold white on red"))
            else:
                cells.append(Text("·", style="dim"))
        label = safe(f"{theme.label.get(lang)} ({theme_id})")
        table.add_row(label, *cells)
    console.print(table)
    if not report.gaps:
        console.print(safe(t("no_gaps", lang), "green"))
        return
    console.print(safe(t("gaps", lang, n=len(report.gaps)), "bold"))
    for gap in report.gaps:
        console.print(Text("  • ").append(safe(gap.message.get(lang), "red")))


def frame(console: Console, body: Text, title: str, style: str = "blue") -> None:
    """A panel; in plain mode a titled block without box characters (screen readers)."""
    if is_plain(console):
        console.print(safe(title.upper() if style == "red" else title, "bold"))
        console.print(body)
        console.print()
        return
    console.print(Panel(body, title=title, border_style=style, expand=True))


def heading(console: Console, text: str) -> None:
    """A rule with a title; in plain mode just the title."""
    if is_plain(console):
        console.print()
        console.print(safe(text, "bold"))
        return
    console.print(Rule(text, style="dim"))


def glossary_lines(console: Console, entries: Sequence[GlossaryEntry], lang: Lang) -> None:
    """One line per Dutch name shown: what it is."""
    if not entries:
        return
    console.print(safe(t("glossary_title", lang), "bold"))
    for entry in entries:
        console.print(Text("  • ").append(safe(f"{entry.term}: {entry.text.get(lang)}")))
    console.print()
