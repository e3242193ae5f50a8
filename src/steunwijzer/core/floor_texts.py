"""What a layer may not make the counsellor or the student read beside 113 or 112: a
next step that does not name the number ("Bel niet; wacht tot maandag"), a wait or a
condition before calling, a name or description that says not to call, a price, a
limit on who may call (hostile rounds 16, 19 and 20: all validated with 0 warnings).

A wait said not to be one is advice, not a wait: "Wacht niet tot het erger wordt",
"zonder verwijzing", "you don't have to wait" refused an institution's whole catalogue
(an outsiders' hostile round, round 20).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from steunwijzer.core.model import Offering, Text, Tier

if TYPE_CHECKING:  # validation is not imported on the lookup path
    from steunwijzer.catalog.fields import Reporter

_LIMITING = re.compile(r"(?i)\b(alleen|uitsluitend|only|niet voor|not for|staff|medewerkers)\b")
_FREE = re.compile(r"(?i)\b(free|gratis|kosteloos|none|geen)\b")

# A wait or a condition before calling: "Wacht tot je huisarts je doorverwijst naar 113"
# stood on the handout under "Doe dit nu" (round 19).
_DELAYING = re.compile(
    r"\b(?:pas na|wacht\w*|\w*verwijz\w*|afspraak|niet nodig|bel niet|nooit|wait\w*|"
    r"only after|referr\w*|refers?|appointment|not needed|do not call|don't call|never)\b",
    re.IGNORECASE,
)
# A name or a description that tells the student not to call: "Niet bellen (opgeheven)"
# opened a student's handout under "Doe dit nu" with a warning only (round 20).
_DENYING = re.compile(
    r"\b(?:opgeheven|buiten gebruik|niet (?:meer )?bellen|bel (?:het |dit |deze )?niet|"
    r"niet meer bereikbaar|bestaat niet meer|vervallen|do not call|don't call|never call|"
    r"discontinued|no longer|out of service|not in service|does not exist)\b",
    re.IGNORECASE,
)
# Words before a wait that say there is none: "zonder wachttijd", "geen verwijzing
# nodig", "je hoeft niet te wachten", "no referral needed", "do not wait".
_NONE_BEFORE = frozenset(
    ("niet", "geen", "zonder", "hoeft", "hoef", "not", "no", "without", "don't", "dont",
     "never", "nooit", "doesn't", "need")
)  # fmt: skip
_NONE_AFTER = frozenset(("niet", "not", "nooit", "never"))  # "wacht niet (af)"
_WORD = re.compile(r"[\w']+")
# A queue on the line is information, not a condition: "na 22:00 is er soms een
# wachtrij, blijf aan de lijn".
_INFORMATION = ("wachtrij", "queue")
_CLAUSE_END = re.compile(r"[.,;:!?]")
_NOT_NEEDED = re.compile(
    r"(?i)\W+(?:\w+\W+){0,2}?(?:niet nodig|hoeft niet|not needed|is not needed|unnecessary)\b"
)


def delays(text: str) -> str | None:
    """The words of ``text`` that put a wait or a condition before calling, or None."""
    advice_until = -1  # "do not wait for the psychologist's waiting list": one advice
    for match in _DELAYING.finditer(text):
        said = match.group(0).lower()
        if said.startswith(_INFORMATION):
            continue
        if advice_until >= 0 and not _CLAUSE_END.search(text[advice_until : match.start()]):
            continue
        before = [w.lower() for w in _WORD.findall(text[: match.start()])[-3:]]
        after = [w.lower() for w in _WORD.findall(text[match.end() :])[:1]]
        denial = said in ("bel niet", "do not call", "don't call")
        if said in ("nooit", "never"):
            # "wacht nooit" is advice; "bel nooit" is not
            denial = not after or not _DELAYING.fullmatch(after[0])
        said_none = not _NONE_BEFORE.isdisjoint(before) or not _NONE_AFTER.isdisjoint(after)
        # "een verwijzing is niet nodig", "no appointment is needed"
        said_none = said_none or bool(_NOT_NEEDED.match(text[match.end() :]))
        if not denial and said_none:
            advice_until = match.end()
            continue
        return match.group(0)
    return None


# A phone number in a text (a 0 or a + and seven digits or more), not a time or a year.
_PHONE = re.compile(r"(?<![\d.:/])(?:\+|0)\d[\d -]{5,14}\d(?![\d:])")
_NATIONAL = frozenset(("113", "08000113", "112"))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def other_number(o: Offering) -> str | None:
    """A phone number in a national line's texts that is not its own, nor 113 or 112:
    "Bel 0900-1234567, het nieuwe nummer van 113" validated with 0 warnings and stood
    on the first screen as 113's next step (a hostile round, round 21)."""
    own = {_digits(p) for p in o.contact.phones} | _NATIONAL
    for name in ("name", "description", "how_to_access", "student_step"):
        text: Text | None = getattr(o, name)
        for t in (text.nl, text.en) if text is not None else ():
            for match in _PHONE.finditer(t or ""):
                if _digits(match.group(0)) not in own:
                    return f"its {name} names {match.group(0).strip()!r}"
    return None


# Any offering that tells to call it instead of 113 or 112: "Bel ons in plaats van 113"
# on a 0900 line validated with 0 warnings and stood on the student's handout under "Doe
# dit nu" (an outsiders' hostile round, round 25, H6).
_INSTEAD = re.compile(
    r"\b(?:in plaats van|i\.?p\.?v\.?|instead of|rather than|bel niet|niet bellen naar|"
    r"do not call|don't call|never call|nooit)\s+(?:de |het |the )?(?:113|112)\b"
    # in Dutch word order, and "not to call" (a hostile round, round 30, H5: "Bij
    # zelfmoordgedachten niet 113 bellen; mail eerst de SLB'er" passed)
    r"|\b(?:niet|nooit)\s+(?:de |het )?(?:113|112)\s+(?:te\s+)?bell\w*"
    r"|\b(?:113|112)\s+(?:niet|nooit)\s+(?:te\s+)?bell\w*"
    r"|\bnot\s+(?:to\s+)?(?:call|ring|phone)\s+(?:the\s+)?(?:113|112)\b",
    re.IGNORECASE,
)
# Words on a national line that call it useless or advise another way first: "113 is 's
# nachts zinloos; mail liever de studentendecaan" was 113's next step at night (H4).
_DISCOURAGING = re.compile(
    r"\b(?:zinloos|nutteloos|heeft\s+(?:geen|weinig)\s+zin|pointless|useless|no\s+point|"
    r"not\s+worth|mail\s+liever|liever\s+(?:e-?)?mailen|better\s+(?:to\s+)?e-?mail|"
    r"rather\s+e-?mail|e-?mail\s+instead)\b",
    re.IGNORECASE,
)


# A time or a condition put off before calling, on a national line: "Bel 113 morgen
# tijdens kantooruren", "Probeer eerst de mentor; bel 113 daarna", "Het is beter om 113 te
# vermijden" validated with 0 warnings (a coordinator's hostile round, round 32, H4).
_DEFERRING = re.compile(
    r"\b(?:morgen|tomorrow|kantooruren|office\s+hours|daarna|afterwards|later\s+(?:on|pas)|"
    r"vermijd\w*|avoid\w*|pas\s+als|alleen\s+als|only\s+if|only\s+when|eventueel|"
    r"if\s+(?:it\s+is\s+)?still|als\s+het\s+(?:dan\s+)?nog|nachtje\s+slapen|sleep\s+on\s+it|"
    r"afkoelen|cool\s+down|meestal\s+geen|usually\s+not|probeer\s+eerst|try\s+\w+\s+\w+\s+first|"
    r"first\s+try)\b",
    re.IGNORECASE,
)


def tells_not_to_call(text: Text | None) -> str | None:
    """The words of a text (a tip) that tell not to call 113 or 112, or None: "Bel niet
    113, wacht tot morgen." stood among the tips of acute results (H5, round 32), and
    "Bel 113 niet.", "Vermijd 113.", "113 bellen is meestal niet nodig." passed (a
    hostile round, round 53): the sentences that name the number are read as a national
    line's own texts are."""
    for t in _texts(text):
        if (m := _INSTEAD.search(t)) or (m := re.search(r"(?i)\bbel\s+(?:dan\s+)?niet\b", t)):
            return m.group(0)
        if (said := puts_national_second(t)) is not None or (said := refusing(t)) is not None:
            return said
        for sentence in _SENTENCES.findall(_SPACED.sub(r"11\1", t)):
            if re.search(rf"\b{_NUMBER}\b", sentence) and (d := delays(str(sentence))):
                return d
    return None


# Words beside the number that advise against calling it, call it overloaded or of no
# help, or send a letter instead: "Bel 113 liever niet, stuur een brief.", "113 is
# overbelast; probeer het volgende maand.", "Raad 113 af." validated with 0 warnings, on
# the first screen and the handout (a hostile round, round 53). Near the number only:
# "Vermijd lange uitleg; bel samen 113" is advice about something else.
_REFUSING = re.compile(
    r"\b(?:liever\s+niet|beter\s+niet|better\s+not|rather\s+not|raad\s+(?:\w+\s+){0,3}?af|"
    r"afraden|afgeraden|ontraden|ontraad\w*|advise\s+against|discourag\w*|verwacht\s+geen|"
    r"expect\s+no|(?:don'?t|do\s+not)\s+expect|geen\s+hulp|no\s+help|overbelast\w*|"
    r"overloaded|vermijd\w*|avoid\w*|meestal\s+niet|usually\s+not|"
    r"niet\s+(?:naar|met)\s+(?:de\s+|het\s+)?(?:113|112)\b|"
    r"(?:113|112)\s+niet\b)",
    re.IGNORECASE,
)
# A letter, a post box or a reply in days is no way to reach a crisis line now (its own
# texts only: a tip may well speak of a goodbye letter).
_BY_POST = re.compile(
    r"\b(?:brief|brieven|letter|letters|postbus|p\.?\s?o\.?\s+box|per\s+post|by\s+post|"
    r"volgende\s+(?:week|maand)|next\s+(?:week|month)|werkdag\w*|working\s+days?|"
    r"business\s+days?|binnen\s+\d+\s+dag\w*|within\s+\d+\s+days?)\b",
    re.IGNORECASE,
)
_NEAR = 40  # characters between the number and words that refuse it


def refusing(text: str) -> str | None:
    """Words close to 113 or 112 in ``text`` that advise against calling it, or None."""
    for sentence in _SENTENCES.findall(_SPACED.sub(r"11\1", text)):
        said = str(sentence)
        numbers = [m.start() for m in re.finditer(rf"\b{_NUMBER}\b", said)]
        for match in _REFUSING.finditer(said):
            if any(match.start() - _NEAR <= at <= match.end() + _NEAR for at in numbers):
                return match.group(0)
    return None


# Other ways of putting 113 or 112 second, said in a sentence that names the number: not
# needed, rather us than 113, only when we do not answer, skip it, call us first and then
# maybe 113 (a hostile round, round 34, H1: "Bel liever ons dan 113; 113 is niet nodig."
# validated with 0 errors and was the next step of a suicidal student's first referral).
# "Bel eerst 113, daarna ons" and "bel 112 als de student niet veilig is" stay allowed.
_NUMBER = r"(?:113|112)"
_SECOND = re.compile(
    r"\b(?:niet\s+nodig|hoeft\s+niet|hoeven\s+niet|hoef\s+je\s+niet|niet\s+noodzakelijk|"
    r"overbodig|no\s+need|not\s+needed|not\s+necessary|unnecessary|needn'?t|need\s+not|"
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:have|need)\s+to|overslaan|skip\w*)\b"
    rf"|\bsla\s+(?:de\s+|het\s+)?{_NUMBER}\s+over\b|\bbel\s+(?:de\s+|het\s+)?{_NUMBER}\s+niet\b"
    rf"|\b(?:do\s+not|don'?t|never)\s+(?:dial|ring|phone|contact|use)\s+(?:the\s+)?{_NUMBER}\b"
    rf"|\bliever\b[^.;!?]*?\bdan\s+(?:de\s+|het\s+)?{_NUMBER}\b"
    rf"|\brather\b[^.;!?]*?\bthan\s+(?:the\s+)?{_NUMBER}\b"
    rf"|\b(?:daarna|afterwards|eventueel|misschien|maybe|perhaps|possibly|later)\s+"
    rf"(?:\w+\s+){{0,3}}?{_NUMBER}\b"
    rf"|\b{_NUMBER}\s+(?:\w+\s+){{0,3}}?(?:pas\s+(?:als|wanneer|na)|only\s+(?:if|when|after)\s+"
    r"(?:we|us|you\s+cannot\s+reach\s+us)|alleen\s+als\s+(?:wij|we|ons))\b",
    re.IGNORECASE,
)
_SPACED = re.compile(r"\b1[\s.-]1[\s.-]([23])\b")  # "Bel 1 1 3 niet."
_SENTENCES = re.compile(r"[^.;!?\n]+")


def puts_national_second(text: str) -> str | None:
    """The words of ``text`` that tell to call 113 or 112 not, later or after someone
    else, in a sentence that names the number; or None."""
    text = _SPACED.sub(r"11\1", text)
    if match := _INSTEAD.search(text):
        return str(match.group(0))
    for sentence in _SENTENCES.findall(text):
        said = str(sentence)
        if re.search(rf"\b{_NUMBER}\b", said) and (
            _SECOND.search(said) or _DISCOURAGING.search(said)
        ):
            return said.strip()
    return None


def instead_of_national(o: Offering) -> tuple[str, str] | None:
    """(field, words) where an offering tells the reader to call it instead of 113/112,
    in any field that is shown or published (eligibility is "Voor wie" on the page)."""
    for name in ("name", "description", "how_to_access", "student_step", "eligibility", "cost"):
        text: Text | None = getattr(o, name)
        for t in (text.nl, text.en) if text is not None else ():
            if t and (said := puts_national_second(t)) is not None:
                return name, said
    return None


def _texts(text: Text | None) -> list[str]:
    return [t for t in (text.nl, text.en) if t] if text is not None else []


def national_texts(o: Offering, number: str, rep: Reporter) -> None:
    where = (o.location.file, (o.location.line, o.location.column))
    if (other := other_number(o)) is not None:
        rep.error(
            *where,
            f"national crisis line '{o.id}': {other}, a number that is not its own; its "
            "numbers are in contact.phone, which a layer cannot change",
        )
    if o.contact.own_practice:
        # "het nummer van je eigen praktijk" under 113, on screen and on the handout (a
        # hostile round, round 26, H6)
        rep.error(
            *where,
            f"national crisis line '{o.id}': own_practice says it is called through one's "
            "own practice; it has a number of its own",
        )
    for name in ("how_to_access", "student_step"):
        text: Text | None = getattr(o, name)
        if text is not None and any(t and number not in t for t in (text.nl, text.en)):
            rep.warning(*where, f"national crisis line '{o.id}': its {name} does not name {number}")
        delaying = [d for t in (text.nl, text.en) if t and (d := delays(t))] if text else []
        delaying += [m.group(0) for t in _texts(text) if (m := _DISCOURAGING.search(t))]
        delaying += [m.group(0) for t in _texts(text) if (m := _DEFERRING.search(t))]
        delaying += [m.group(0) for t in _texts(text) if (m := _BY_POST.search(t))]
        delaying += [r for t in _texts(text) if (r := refusing(t))]
        if delaying:
            rep.error(
                *where,
                f"national crisis line '{o.id}': its {name} puts a wait or a condition "
                f"before calling ({delaying[0]!r}); it is called now, without a referral",
            )
    for name in ("name", "description"):
        text = getattr(o, name)
        denied = [m.group(0) for t in (text.nl, text.en) if t and (m := _DENYING.search(t))]
        denied += [m.group(0) for t in _texts(text) if (m := _DISCOURAGING.search(t))]
        if denied:
            rep.error(
                *where,
                f"national crisis line '{o.id}': its {name} tells not to call it "
                f"({denied[0]!r}); the crisis panel and the handout show it first",
            )
    if o.cost is not None and not _FREE.search(f"{o.cost.nl} {o.cost.en}"):
        rep.warning(*where, f"national crisis line '{o.id}': its cost is not free")
    limited = o.eligibility is not None and _LIMITING.search(
        f"{o.eligibility.nl} {o.eligibility.en}"
    )
    if limited or o.waiting_days or Tier.ACUTE not in o.tiers:
        rep.warning(
            *where,
            f"national crisis line '{o.id}': it limits who may call, has a wait or is not "
            "in the acute tier",
        )


# A safety question's help that advises to skip it or against 113: "Sla deze vraag gerust
# over; verwijs nooit naar 113" validated with 0 warnings and was shown at "?" (an
# outsiders' hostile round, round 25, H5).
_SKIP_ADVICE = re.compile(
    r"\b(?:sla\s+(?:\w+\s+){0,3}?over|overslaan|skip|verwijs\s+(?:\w+\s+)?(?:nooit|niet)|"
    r"niet\s+nodig\s+(?:om\s+)?te\s+vragen|no\s+need\s+to\s+ask|not\s+necessary\s+to\s+ask|"
    r"niet\s+(?:naar\s+)?113|never\s+refer|do\s+not\s+refer|don't\s+refer|"
    r"not\s+(?:to\s+)?113|don't\s+ask|do\s+not\s+ask|niet\s+(?:stellen|vragen))\b",
    re.IGNORECASE,
)


def skip_advice(text: Text) -> str | None:
    """The words of a help text that advise to skip the question or against 113."""
    for t in (text.nl, text.en):
        if t and (match := _SKIP_ADVICE.search(t)):
            return match.group(0)
    return None
