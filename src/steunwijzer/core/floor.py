"""The crisis floor: every result with a risk to life shows a crisis line reachable now.

A catalogue's own crisis lines come first when one of them is open now and has a
contact (a phone number, a chat or a web address). When none is, because the only line
is closed at this hour, has no contact, or a layer switched the national lines off,
steunwijzer's built-in 113 and 112 (day and night) are put first. ``check_catalog``
tells coordinators about such lines before a student meets them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from steunwijzer.core import safety
from steunwijzer.core.crisis_order import crisis_order
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.model import Catalog, Offering, Tier, Urgency
from steunwijzer.core.referrals import Referral, ReferralIndex

if TYPE_CHECKING:  # validation is not imported on the lookup path
    from steunwijzer.catalog.fields import Reporter

# The built-in catalogue's national lines: a layer may not make them no crisis line.
NATIONAL_IDS = frozenset(("113-zelfmoordpreventie", "112-alarmnummer"))
_NATIONAL_BY_ID = {"113-zelfmoordpreventie": "113", "112-alarmnummer": "112"}
# Phone numbers of the national lines; an offering that has one is "the" 113 or 112.
_NATIONAL_NUMBERS = {"113": "113", "08000113": "113", "112": "112"}


def has_contact(offering: Offering) -> bool:
    contact = offering.contact
    return bool(contact.phones or contact.chat or contact.url)


def reachable_now(index: ReferralIndex, offering: Offering) -> bool:
    """Open at the index's moment (known hours, not just "unknown") and contactable."""
    return index.open_now(offering) is True and has_contact(offering)


def with_floor(
    index: ReferralIndex,
    referrals: Sequence[Referral],
    themes: Iterable[str],
    urgency: Urgency,
    override_to_acute: bool = False,
    risk: bool | None = None,
) -> tuple[Referral, ...]:
    """The referrals with a crisis line reachable now first, when there is a risk to life
    (``risk``: as the caller judged it, e.g. an earlier attempt alone: core/earlier_risk)."""
    wanted = tuple(themes)
    if not (
        risk if risk is not None else safety.is_risk_to_life(wanted, urgency, override_to_acute)
    ):
        return _safety_line_reachable(index, referrals)
    # A line for this need: a 24/7 domestic-violence line is no floor for suicidal
    # thoughts (a layer that set 113 to `crisis: false` left Veilig Thuis first and no
    # 113 or 112 at all; an outsiders' hostile round, round 7).
    needs = set(wanted) & safety.RISK_TO_LIFE  # a tier raised by hand: any line will do
    # Without danger now, a line for the request's other acute need alone may lead (the
    # sexual violence centre for a rape told in own words; round 8); 113 and 112 stay.
    apart = set(wanted) - safety.RISK_TO_LIFE if urgency is not Urgency.IMMEDIATE else set()

    def fits(r: Referral) -> bool:
        themes = set(r.offering.themes)
        return not needs or bool(needs & themes) or bool(themes and themes <= apart)

    crisis = [r for r in referrals if r.role == "crisis" and fits(r)]
    # First a line one can call now: a web page alone is no crisis line (round 8).
    reachable = [
        r for r in crisis if reachable_now(index, r.offering) and r.offering.contact.phones
    ]
    if reachable:
        # A reachable line first; the rest keep their order.
        rest = [r for r in referrals if r is not reachable[0]]
        return _with_national(index, reachable[0], rest, wanted, urgency)
    listed = {r.offering.id for r in referrals}
    # In the order the need calls them, as the catalogue's own lines are: a threat now
    # listed the built-in 113 above 112 on a catalogue without lines of its own (`catalog
    # init --empty`; a hostile round, round 68).
    national = [o for o in safety.NATIONAL_CRISIS if o.id not in listed]
    added = tuple(
        Referral(o, "crisis", tuple(t for t in o.themes if t in wanted), True)
        for o in crisis_order(national, wanted, urgency)
    )
    # The catalogue's own 113 or 112 that cannot be reached now (no hours given, as in
    # `catalog init --empty`) gives way to the built-in one: both were listed, 113 and
    # 112 twice each (an outsiders' hostile round, round 11).
    numbers = {national_number(r.offering) for r in added}
    return (*added, *(r for r in referrals if national_number(r.offering) not in numbers))


def _safety_line_reachable(
    index: ReferralIndex, referrals: Sequence[Referral]
) -> tuple[Referral, ...]:
    """Another acute need shows its crisis lines as one safety line: one of them can be
    called now. An institution's crisis team that also served grief stood there alone,
    closed until Monday, and 113 and 112 were gone (a coordinator's hostile round, round
    23, K3). Then the national lines, open day and night, take their place at the end."""
    crisis = [r for r in referrals if r.role == "crisis"]
    if not crisis or any(
        reachable_now(index, r.offering) and r.offering.contact.phones for r in crisis
    ):
        return tuple(referrals)
    added = [Referral(o, "crisis", (), True) for o in safety.NATIONAL_CRISIS]
    numbers = {national_number(r.offering) for r in added}
    kept = [r for r in referrals if national_number(r.offering) not in numbers]
    return (*kept, *added)


# The national number a need always shows among its crisis lines, whatever a catalogue
# says: 113 for thoughts of ending one's life, self-harm and worry about someone; 112
# when the danger is now. A layer that gave 113 a 0900 number, or switched 113 and 112
# off for a look-alike, hid them both (an outsiders' hostile round, round 8).
_NEEDS_113 = frozenset((safety.SUICIDAL, "self_harm", "concern_for_other"))


def _with_national(
    index: ReferralIndex,
    first: Referral,
    rest: list[Referral],
    wanted: tuple[str, ...],
    urgency: Urgency,
) -> tuple[Referral, ...]:
    # Only a national line one can reach now counts: a layer that gave 113 the hours
    # "09:00-09:01" showed "113 — nu dicht" and no open 113 (an outsiders' hostile
    # round, round 10). Such a line gives way to the built-in one, open day and night.
    # And only as a crisis line: a layer that set 113 to `crisis: false` beside a 24/7
    # line of its own had 113 listed third as an ordinary referral (an outsiders'
    # hostile round, round 12); the built-in 113 then stands as the crisis line it is.
    numbers = {
        national_number(r.offering)
        for r in (first, *rest)
        if r.role == "crisis" and reachable_now(index, r.offering)
    }
    needed = []
    if (_NEEDS_113 & set(wanted) or not safety.RISK_TO_LIFE & set(wanted)) and "113" not in numbers:
        needed.append("113")
    if urgency is Urgency.IMMEDIATE and "112" not in numbers:
        needed.append("112")
    added = [
        Referral(o, "crisis", tuple(t for t in o.themes if t in wanted), True)
        for o in safety.NATIONAL_CRISIS
        if national_number(o) in needed
    ]
    kept = [r for r in rest if national_number(r.offering) not in needed]
    if national_number(first.offering) == "112" and urgency is not Urgency.IMMEDIATE:
        # 112 led only because the catalogue's 113 was closed: 113 leads, as it would
        # have, for thoughts of ending one's life without danger now.
        lead = [r for r in added if national_number(r.offering) == "113"]
        return (*lead, first, *(r for r in added if r not in lead), *kept)
    return (first, *added, *kept)


# A name that says 113 or 112 as a number of its own ("113 Zelfmoordpreventie").
_NAMED_NUMBER = lazy_compile(r"(?<![\d-])(11[23])(?![\d-])")


def _first_number(offering: Offering) -> str | None:
    phones = offering.contact.phones
    return (
        _NATIONAL_NUMBERS.get("".join(ch for ch in phones[0] if ch.isdigit())) if phones else None
    )


def national_number(offering: Offering) -> str | None:
    for phone in offering.contact.phones:
        digits = "".join(ch for ch in phone if ch in "0123456789")
        if digits in _NATIONAL_NUMBERS:
            return _NATIONAL_NUMBERS[digits]
    return None


# A name that says the number and does not deny it: "Bel niet 113", "Praatlijn (niet
# 113)", "2113", "112 (alleen bij brand)" passed a plain "113 in the name" (a second
# hostile round, round 13).
_DENYING = lazy_compile(r"\b(?:niet|not|no|geen|alleen|only|nooit|never)\b", re.IGNORECASE)


def _names(name: str, number: str) -> bool:
    return re.search(rf"(?<!\d){number}(?!\d)", name) is not None and not _DENYING.search(name)


# 0906 and 0909 are premium-rate ranges (entertainment, by the minute); 0900 is an
# information number some helplines use at a local rate, and stays allowed.
_PREMIUM = lazy_compile(r"^\s*(?:\+31\s*|0031\s*|0)90[69]")


def check_catalog(catalog: Catalog, rep: Reporter) -> None:
    """Warn about crisis lines that are not always reachable; refuse switching off 113 or
    112 without a replacement that is available day and night."""
    from steunwijzer.core.floor_texts import instead_of_national, national_texts

    always = []
    for o in catalog.offerings:
        if not (o.crisis and o.active):
            continue
        where = (o.location.line, o.location.column)
        if Tier.ACUTE not in o.tiers:
            rep.warning(
                o.location.file,
                where,
                f"crisis line '{o.id}' is not in the acute tier; it is not listed among the "
                "crisis lines (add acute to its tiers, or leave out crisis: true)",
            )
        day_and_night = o.hours is not None and o.hours.always
        if not day_and_night:
            rep.warning(
                o.location.file,
                where,
                f"crisis line '{o.id}' is not available day and night (hours: 24/7); when it "
                "is closed, risk-to-life results show the national lines 113 and 112 first",
            )
        if not has_contact(o):
            rep.warning(
                o.location.file,
                where,
                f"crisis line '{o.id}' has no phone, chat or url; risk-to-life results show "
                "the national lines 113 and 112 first",
            )
        if day_and_night and has_contact(o):
            always.append(o)
        premium = [p for p in o.contact.phones if _PREMIUM.match(p)]
        if premium:  # "Zelfmoordlijn" at 0909 above 113 (a hostile round, round 32, H7)
            rep.error(
                o.location.file,
                where,
                f"crisis line '{o.id}' has a premium-rate number ({premium[0]}): a crisis "
                "line is called without a price; give its free or ordinary number",
            )
    for o in catalog.offerings:
        named = _NAMED_NUMBER.search(f"{o.name.nl} {o.name.en}") if o.crisis else None
        # (Only crisis lines: they are what comes first. "Lokaal 112" is a room.)
        if o.active and o.crisis and named and named.group(1) != national_number(o):
            # "113 Zelfmoordpreventie" with a 0900 number, added by a layer, came first
            # for "ik wil dood", the real 113 second (an outsiders' hostile round, round 11).
            rep.error(
                o.location.file,
                (o.location.line, o.location.column),
                f"offering '{o.id}' is named after {named.group(1)} but does not call that "
                "number; give it a name of its own",
            )
    for o in catalog.offerings:
        expected = _NATIONAL_BY_ID.get(o.id)
        # The name that lacks the number is quoted; an empty one (refused as not text,
        # `en: 112` read as a number) has its own error (a hostile round, round 34, H12
        # saw the good Dutch name quoted for it).
        unnamed = [n for n in (o.name.nl, o.name.en) if n and not _names(n, expected or "")]
        if expected and o.active and unnamed:
            # Renamed "Studentenkroeg" by a layer, 113 stood first on the crisis panel
            # under a name nobody would call (a hostile round, round 13).
            rep.warning(
                o.location.file,
                (o.location.line, o.location.column),
                f"national crisis line '{o.id}' is named without {expected}, or denies it "
                f"({unnamed[0]!r}): the crisis panel shows this name first; keep {expected} in it",
            )
        if expected and o.active and o.crisis and o.hours is not None and not o.hours.always:
            # "09:00-09:01" for 112 showed "112 — nu dicht" to a threatened student and
            # on the handout (an outsiders' hostile round, round 25, H2).
            rep.error(
                o.location.file,
                (o.location.line, o.location.column),
                f"national crisis line '{o.id}' must stay available day and night (hours: "
                "24/7); a catalogue cannot close it",
            )
        first = _first_number(o)
        # Its first number: compact rows show the first route only, and a 0900 number
        # put before 113 was all they showed (an outsiders' hostile round, round 8).
        if expected and o.active and o.crisis and first != expected:
            rep.error(
                o.location.file,
                (o.location.line, o.location.column),
                f"the phone of national crisis line '{o.id}' must stay {expected}, as its "
                "first number; a catalogue may add routes after it, never before it",
            )
    for o in catalog.offerings:
        number = national_number(o)
        if number is not None and o.active and o.crisis:
            national_texts(o, number, rep)
        elif o.active and (said := instead_of_national(o)) is not None:
            rep.error(
                o.location.file,
                (o.location.line, o.location.column),
                f"offering '{o.id}': its {said[0]} tells to call it instead of 113 or 112 "
                f"({said[1]!r}); with a risk to life 113 and 112 come first",
            )
        # Switched off: inactive, or (the built-in national lines) no longer a crisis
        # line or serving no theme any more.
        national = o.id in NATIONAL_IDS
        if number is None or (o.active and (not national or (o.crisis and o.themes))):
            continue
        # A replacement is a line for the same need (a 24/7 line for domestic violence
        # does not replace 113 for suicidal thoughts). The built-in 113 and 112 are shown
        # all the same (_with_national); the warning said "instead" (a maintainer's
        # test, round 10).
        needs = set(o.themes) or {safety.SUICIDAL}
        instead = [other.id for other in always if other is not o and needs & set(other.themes)]
        if instead:
            rep.warning(
                o.location.file,
                (o.location.line, o.location.column),
                f"offering '{o.id}' ({number}) is switched off (inactive, crisis: false or "
                f"no themes); risk-to-life results still show the built-in line where it "
                f"is needed, beside {', '.join(instead)}",
            )
            continue
        rep.error(
            o.location.file,
            (o.location.line, o.location.column),
            f"offering '{o.id}' ({number}) is switched off (inactive, crisis: false or no "
            "themes), and no other active crisis line for its themes is available day and "
            "night with a contact; keep it as it was or add one (crisis: true, hours: 24/7, "
            "a phone, the same themes)",
        )
    # Without any offering, "no active offering serves theme ..." already says so, at
    # a file (this warning stood at ":1:1", with no file name).
    if catalog.offerings and not any(safety.SUICIDAL in o.themes for o in always):
        rep.warning(
            catalog.offerings[0].location.file,
            (1, 1),
            f"no active crisis line for '{safety.SUICIDAL}' is available day and night; "
            "risk-to-life results show the built-in national lines 113 and 112 first",
        )


def crisis_lines_with_floor(offerings: Iterable[Offering]) -> list[Offering]:
    """A catalogue's active crisis lines, with the built-in 113 and 112 added where none
    of them is that number: a printed overview of a catalogue without crisis lines, or
    with a layer that switched them off, had no 113 and no 112 at all, where every
    lookup on it shows them (an outsiders' hostile round, round 15)."""
    lines = [o for o in offerings if o.active and o.crisis]
    numbers = {national_number(o) for o in lines}
    return lines + [o for o in safety.NATIONAL_CRISIS if national_number(o) not in numbers]


def with_floor_lines(offerings: Sequence[Offering]) -> list[Offering]:
    """Every offering, and the built-in 113 and 112 where no active one is that number:
    the CSV and HSDS exports of a catalogue without crisis lines had neither, while the
    HTML and Markdown ones added them (a hostile round, round 17). An HSDS export is
    published to referral directories as it is."""
    added = crisis_lines_with_floor(o for o in offerings if o.active)
    return [*offerings, *(o for o in added if o not in offerings)]


def help_of_tier(referrals: Sequence[Referral], tier: Tier) -> list[Referral]:
    """The referrals that are no crisis line, those for ``tier`` first (else in order):
    where a counsellor lowered the tier with a reason, the first step is that tier's help.
    "Volgende stap: Bel 113" and a handout opening with the out-of-hours GP for a tired
    student whose "ja" was a misunderstanding (a role-play, round 18) were the acute
    list's first entries. The crisis lines stay listed; they are not the first step."""
    return sorted(
        (r for r in referrals if not r.offering.crisis), key=lambda r: tier not in r.offering.tiers
    )
