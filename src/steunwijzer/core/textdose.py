"""Too much of a medicine taken, and the body answers now: danger now, not a wish to die.

"heb een uur geleden een paar extra ritalin genomen om door te kunnen leren en nu
hartkloppingen, ik ben bang. ik wil niet dood" was stress, routine, with the student
dean first; in the interview only a misread safety answer made it acute, with 113 first
(a role-play, round 61). A dose above the prescribed one with a body that reacts (the
heart racing, chest pain, not breathing well, fainting) is a medical emergency: the
finding is an unsafe situation, urgency immediate, so that 112 and the out-of-hours GP
come first. Only where no risk to life was found: an overdose told as an attempt is read
by the patterns (suicidal thoughts, immediate) and stays so.
"""

from __future__ import annotations

from dataclasses import replace

from steunwijzer.core import lexicon
from steunwijzer.core.findings import Finding, Recognition
from steunwijzer.core.lazyre import lazy_compile

_UNSAFE = "unsafe_situation"
_MEDICINE = (
    r"(?:ritalin|concerta|medikinet|adderall|elvanse|dexamfetamine|methylfenidaat|modafinil|"
    r"pillen|pilletjes|pills|tabletten|tablets|medicatie|medicijnen|medication|meds|"
    r"paracetamol|ibuprofen|oxazepam|diazepam|temazepam|xanax|slaappillen|sleeping\s+pills|"
    r"antidepressiva|antidepressants|insuline|insulin)"
)
_TAKEN = lazy_compile(
    r"(?i)\b(?:(?:een\s+paar|paar|wat|twee|drie|dubbele?|extra|te\s*veel|meer)\s+(?:\w+\s+){0,3}?"
    r"(?:van\s+(?:mijn|m'?n|mn)\s+)?"
    + _MEDICINE
    + r"\b(?:\s+\w+){0,6}?\s+(?:genomen|geslikt|ingenomen)"
    r"|(?:took|taken|take|swallowed|had)\s+(?:a\s+few|some|two|three|four|five|\d+|extra|double|"
    r"too\s+many|more)\s+(?:\w+\s+){0,3}?(?:of\s+(?:my|the|his|her|a)\s+)?(?:[\w']+\s+)?"
    + _MEDICINE
    + r"\b"
    # a medicine and drink after it: "oxazepam genomen en daarna toch nog wijn gedronken"
    r"|" + _MEDICINE + r"\s+(?:genomen|geslikt|ingenomen|taken|took)\b(?:\s+[\w']+){0,6}?\s+"
    r"(?:wijn|bier|alcohol|drank|wodka|wine|beer|vodka|drinks)\b"
    r"|(?:extra|double|dubbele)\s+(?:dose|dosis)\b)"
)
_BODY = lazy_compile(
    r"(?i)hartkloppingen|(?:hart|heart)\s+(?:[\w']+\s+){0,3}?(?:bonkt|gaat\s+(?:[\w']+\s+)?(?:snel|tekeer)|"
    r"racet|slaat\s+over|klopt\s+raar|racing|pounding|skipping|beating\s+(?:so\s+)?fast|"
    r"(?:heel\s+|so\s+|really\s+)?(?:traag|slow))"
    r"|ogen\s+(?:bijna\s+)?niet\s+(?:meer\s+)?open|can'?t\s+keep\s+my\s+eyes\s+open|chest\s+hurts"
    r"|borst\s+doet\s+(?:zo\s+)?pijn"
    r"|(?:bonkt|klopt|racet|slaat)\s+(?:[\w']+\s+){0,2}?(?:hart|heart)\b"
    r"|palpitations|chest\s+pain|pijn\s+op\s+(?:de|mijn|m'?n|mn)\s+borst|benauwd|kan\s+(?:bijna\s+)?niet"
    r"\s+(?:goed\s+)?ademen|can'?t\s+breathe|short\s+of\s+breath|duizelig|dizzy|flauw|fainting|"
    r"bijna\s+flauwgevallen|passing\s+out|trillen\s+(?:heel\s+)?erg|shaking\s+badly|overgeven|"
    r"throwing\s+up|vomiting|kan\s+niet\s+meer\s+(?:goed\s+)?(?:zien|praten)"
)


# Every reaction of the body below holds one of these: a plain test first, as most texts
# have none.
_BODY_KEYS = (
    "hart", "heart", "palpitation", "chest", "borst", "benauwd", "adem", "breath", "duizel",
    "dizzy", "flauw", "faint", "passing out", "trillen", "shaking", "overgeven", "throwing up",
    "vomit", "ogen", "eyes", "zien", "praten",
)  # fmt: skip


def dose_and_body(found: Recognition, text: str) -> Recognition:
    """``found`` with danger now where more medicine than meant was taken and the body
    reacts, when no risk to life was found."""
    low = text.lower()
    if not any(key in low for key in _BODY_KEYS) or any(
        f.theme in lexicon.RISK_TO_LIFE for f in found.findings
    ):
        return found  # most texts: no word of the body (a plain test first)
    taken = _TAKEN.search(text)
    if taken is None or _BODY.search(text) is None:
        return found
    danger = Finding(
        _UNSAFE,
        taken.group(),
        taken.start(),
        taken.end(),
        "too much medicine taken, and the body reacts",
        "built-in",
        immediate=True,
    )
    return replace(found, findings=(*found.findings, danger))
