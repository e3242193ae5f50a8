"""The order of the crisis lines in a referral list: which line is the first step.

Kept apart from the ranking of help per theme (referrals.py) because it answers one
question only: who is in danger, from what, and whom to call first.
"""

from __future__ import annotations

from collections.abc import Sequence

from steunwijzer.core import safety
from steunwijzer.core.model import Offering, Urgency


def now_line(offering: Offering) -> bool:  # the emergency number (112): danger now
    return any("".join(c for c in p if c.isdigit()) == "112" for p in offering.contact.phones)


def crisis_order(
    lines: Sequence[Offering],
    themes: Sequence[str],
    urgency: Urgency,
    doubted: frozenset[str] = frozenset(),
) -> list[Offering]:
    """``lines`` (the crisis lines for a risk to life) in the order to call them.

    ``doubted`` are themes found only through an answer taken back (a "ja" changed to
    "nee" in the review): they keep the tier acute and their line in the list, but do
    not decide which line comes first. A threatened student's taken-back "weet niet" put
    113 above 112 and "Volgende stap: Bel 113" on the result (a role-play, round 18).
    """
    sure = [t for t in themes if t not in doubted]
    if urgency is Urgency.IMMEDIATE:
        # Danger now from someone, or to someone who is not in the room: 112, as the
        # panel and the note say ("no answer and worried for her life: call 112"); the
        # list showed 113 above it (a role-play, round 18).
        # Someone else in danger now beside the student's own thoughts too: that person is
        # not in the room, the student is (a mother's call about a son unreachable after a
        # farewell text, a "maybe" at the first question: 113 led; a role-play, round 59).
        if safety.CONCERN_FOR_OTHER in sure or safety.is_danger_from_others(sure):
            # then the lines for violence and threats before 113 (round 54)
            danger = safety.is_danger_from_others(sure)
            return sorted(
                lines, key=lambda o: (not now_line(o), danger and safety.UNSAFE not in o.themes)
            )
        return list(lines)
    # A line for a non-risk need of the request first among the crisis lines (the centre
    # for a rape, also read as unsafe: 112 came first; a role-play, r8).
    apart = set(themes) - safety.RISK_TO_LIFE
    # Then, with no wish to die in the request, the lines for violence at home before
    # 113, and 112 ("danger now") last: "bel nu 112" led for a student safe in the room,
    # "Bel 113" for "stiefvader slaat mijn moeder" (role-plays, r16).
    wish = {safety.SUICIDAL, safety.SELF_HARM} & set(sure)
    unsafe = safety.UNSAFE in sure and not wish
    # Not before 113 for a student who wants to die: the centre for sexual violence led
    # and its "before you shower" was the next step beside "Waarom: Zelfmoordgedachten"
    # (a role-play, round 30, A1).
    dying = safety.SUICIDAL in sure
    return sorted(
        lines,
        key=lambda o: (
            dying or not (o.themes and set(o.themes) <= apart),
            unsafe and safety.UNSAFE not in o.themes,
            now_line(o),
        ),
    )


def crisis_pick(ranked: Sequence[Offering], wanted: set[str], most: int) -> list[Offering]:
    """The first ``most`` of ``ranked`` (the crisis lines, best first), plus one line
    for a theme that only a line for many needs (112) would serve.

    An ex's threat to share her pictures and a night unsafe beside a death wish kept
    113, Centrum Seksueel Geweld and 112, and lost Veilig Thuis, the line for threats
    and stalking: 112 served the unsafe night as one of two needs (a role-play, round
    60). A theme with a line of its own gets it, one line beyond ``most`` at the most.
    """
    picked = list(ranked[:most])

    def own(line: Offering, theme: str) -> bool:  # serves this theme, not a general line
        return theme in line.themes and len(wanted.intersection(line.themes)) == 1

    for theme in sorted(wanted):
        if len(picked) > most:
            break
        served = [line for line in picked if theme in line.themes]
        if not served or any(own(line, theme) for line in served):
            continue
        extra = next((line for line in ranked[most:] if own(line, theme)), None)
        if extra is not None:
            picked.append(extra)
    return picked
