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
_CONCERN = "concern_for_other"
_MEDICINE = (
    r"(?:slaaptabletten|slaapmiddel\w*|kalmeringsmiddel\w*|pijnstillers|painkillers|ritalin|concerta|medikinet|adderall|elvanse|dexamfetamine|methylfenidaat|modafinil|"
    r"pillen|pilletjes|pills|tabletten|tablets|medicatie|medicijnen|medication|meds|"
    r"paracetamol|ibuprofen|oxazepam|diazepam|temazepam|xanax|slaappillen|sleeping\s+pills|"
    r"antidepressiva|antidepressants|insuline|insulin)"
)
_TAKEN = lazy_compile(
    # more than a dose: "extra", "te veel", three or more ("2 paracetamol tegen de
    # hoofdpijn" with dizziness is no emergency)
    r"(?i)\b(?:(?:drie|vier|vijf|zes|zeven|acht|tien|[3-9]|[1-9]\d|dubbele?|extra|"
    r"te\s*veel|meer)\s+(?:\w+\s+){0,3}?"
    r"(?:van\s+(?:mijn|m'?n|mn)\s+)?"
    + _MEDICINE
    + r"\b(?:\s+\w+){0,6}?\s+(?:genomen|geslikt|ingenomen)"
    r"|(?:took|taken|take|swallowed|had)\s+(?:like\s+|about\s+|around\s+|maybe\s+)?['\"\u2018]?"
    r"(?:a\s+few\s+|a\s+couple\s+|some\s+)?(?:three|four|five|six|ten|[3-9]|[1-9]\d|extra|double|"
    r"too\s+many|more)['\"\u2019]?\s+(?:\w+\s+){0,3}?(?:of\s+(?:my|the|his|her|a)\s+)?(?:[\w']+\s+)?"
    + _MEDICINE
    + r"\b"
    # a medicine and drink after it: "oxazepam genomen en daarna toch nog wijn gedronken"
    r"|" + _MEDICINE + r"\s+(?:genomen|geslikt|ingenomen|taken|took)\b(?:\s+[\w']+){0,6}?\s+"
    r"(?:wijn|bier|alcohol|drank|wodka|wine|beer|vodka|drinks)\b"
    # "had xanax and vodka at pres" (set302)
    r"|" + _MEDICINE + r"\s+(?:and|with|en|met|\+)\s+(?:[\w']+\s+)?"
    r"(?:wijn|bier|alcohol|drank|wodka|wine|beer|vodka|drinks|gin|rum|whisky)\b"
    r"|(?:extra|double|dubbele)\s+(?:dose|dosis)\b)"
)
_BODY = lazy_compile(
    r"(?i)hartkloppingen|(?:hart|heart)\s+(?:[\w']+\s+){0,3}?(?:bonkt|gaat\s+(?:[\w']+\s+)?(?:snel|tekeer)|"
    r"racet|slaat\s+over|klopt\s+raar|racing|pounding|skipping|beating\s+(?:so\s+)?fast|"
    r"(?:heel\s+|so\s+|really\s+)?(?:traag|slow))"
    r"|ogen\s+(?:bijna\s+)?niet\s+(?:meer\s+)?open|can'?t\s+keep\s+my\s+eyes\s+open|chest\s+hurts"
    r"|borst\s+doet\s+(?:zo\s+)?pijn"
    r"|(?:bonkt|klopt|racet|slaat)\s+(?:[\w']+\s+){0,2}?(?:hart|heart)\b"
    r"|(?:hart|heart)\s+(?:[\w']+\s+){0,2}?(?:going\s+)?(?:insane|crazy|wild|nuts|tekeer)"
    r"|(?:breathing|ademhaling|adem)\s+(?:[\w']+\s+){0,3}?(?:slow|traag|shallow|oppervlakkig)"
    r"|slurring|slurred|lallen|lalde|lalt|\bsuf\b|drowsy|kan\s+(?:bijna\s+)?niet\s+wakker\s+blijven"
    r"|can'?t\s+stay\s+awake"
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
    "vomit", "ogen", "eyes", "zien", "praten", "slurr", "lal", "suf", "drowsy", "wakker",
    "awake",
)  # fmt: skip


# Whose dose: "said she had taken 'a few' of her antidepressants with wine" (a parent's
# letter, set302) is the daughter's, a concern for someone else.
_OTHER_SUBJECT = lazy_compile(
    r"(?i)\b(?:she|he|they|zij|ze|hij|(?:my|mijn|m'?n|mn)\s+(?:daughter|son|friend|roommate|"
    r"housemate|brother|sister|partner|girlfriend|boyfriend|dochter|zoon|vriend|vriendin|"
    r"huisgenoot|huisgenote|broer|zus))\b"
)
_FIRST_PERSON = lazy_compile(r"(?i)\b(?:i|ik|i'm|im|i've|ive)\b")


def _someone_elses(text: str, at: int) -> bool:
    """Whether the dose at ``at`` is told of someone else: a third person before it in
    its sentence, and no "I"."""
    begin = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    lead = text[begin:at]
    return _OTHER_SUBJECT.search(lead) is not None and _FIRST_PERSON.search(lead) is None


# Care already given: "ended up at the ER with my heart going crazy. anyway, can I still
# get my extension" (set217) is no danger now.
_TREATED = lazy_compile(
    r"(?i)\b(?:ended\s+up|was|were|been|landed)\s+(?:at|in)\s+(?:the\s+)?(?:er|a&e|hospital|"
    r"emergency)\b|\b(?:op\s+de\s+seh|in\s+het\s+ziekenhuis|op\s+de\s+eerste\s+hulp)\s+"
    r"(?:beland|terechtgekomen|gelegen|geweest)"
)


def dose_and_body(found: Recognition, text: str) -> Recognition:
    """``found`` with danger now where more medicine than meant was taken and the body
    reacts, when no risk to life was found."""
    low = text.lower()
    if not any(key in low for key in _BODY_KEYS) or any(
        f.theme in lexicon.RISK_TO_LIFE for f in found.findings
    ):
        return found  # most texts: no word of the body (a plain test first)
    taken = _TAKEN.search(text)
    if taken is None or _BODY.search(text) is None or _TREATED.search(text):
        return found
    other = _someone_elses(text, taken.start())
    danger = Finding(
        _CONCERN if other else _UNSAFE,
        taken.group(),
        taken.start(),
        taken.end(),
        "too much medicine taken, and the body reacts",
        "built-in",
        about_other=other,
        immediate=True,
    )
    return replace(found, findings=(*found.findings, danger))
