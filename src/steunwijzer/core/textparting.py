"""A parting message from someone close, then silence: concern for someone else told
across sentences.

"Mijn huisgenoot heeft gisteravond in onze groepsapp 'bedankt voor alles jongens, het
ga jullie goed' gezet en sindsdien reageert ze niet meer. Haar deur zit op slot", "my
brother gave away his guitar ... told me to 'look after mum'. now his phone goes straight
to voicemail", "the last message we got said 'don't worry about me anymore'" (round 61,
set293): each half alone is ordinary (a farewell at a leaving do, a phone that died at
a festival), together they are the sign of a suicide in progress, and the patterns read
one clause at a time. Where a text holds both, someone else is named and no concern was
found, the parting words are a concern for someone else, urgency immediate: who cannot
be reached is danger now (as core/unreachable.py says of a finding).
"""

from __future__ import annotations

from dataclasses import replace

from steunwijzer.core.findings import Finding, Recognition
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.unreachable import unreachable

_CONCERN = "concern_for_other"
_KIN = (
    r"(?:mum|mom|dad|mam|mama|pap|papa|ma|pa|my\s+\w+|mijn\s+\w+|the\s+cat|the\s+dog|"
    r"de\s+kat|de\s+hond|everyone|iedereen|jullie)"
)
_PARTING = lazy_compile(
    r"(?i)\b(?:(?:goodbye|farewell|afscheids)\s*(?:message|text|letter|post|note|video|e?mail|"
    r"bericht|brief|briefje|post|video|mail)|(?:a|an|een|strange|weird|rare|vreemde?)\s+goodbye"
    r"|bedankt\s+voor\s+alles|dank\s+voor\s+alles|thanks?\s+(?:you\s+)?for\s+everything"
    r"|het\s+ga\s+(?:jullie|je)\s+goed|vaarwel"
    r"|(?:look|looking)\s+after\s+"
    + _KIN
    + r"|take\s+care\s+of\s+"
    + _KIN
    + r"|zorg\s+(?:goed\s+)?voor\s+"
    + _KIN
    + r"|laatste\s+keer\s+(?:is\s+)?dat\s+(?:ik|we|wij)\s+(?:\w+\s+)?van\s+(?:haar|hem)\s+"
    r"(?:zou\s+)?hoor"
    r"|laatste\s+keer\s+dat\s+(?:jullie|je|u)\s+(?:\w+\s+)?van\s+(?:me|mij)\s+(?:horen|hoort)"
    r"|last\s+time\s+(?:you(?:'ll|\s+will)?|anyone)\s+(?:\w+\s+)?hear\s+from\s+me"
    r"|sorry\s+for\s+being\s+a\s+burden|sorry\s+(?:dat|voor)\s+(?:ik\s+)?(?:zo'?n|een)\s+last"
    r"|(?:don'?t|do\s+not|stop)\s+worry(?:ing)?\s+about\s+me"
    r"|maak\s+je\s+geen\s+zorgen\s+(?:meer\s+)?om\s+(?:me|mij)"
    r"|(?:gave|giving|gives|given)\s+away\s+(?:his|her|their|all)|weggegeven"
    r"|gaf\s+(?:\w+\s+){1,4}weg\b"
    # where she said she stood: "nadat ze zei dat ze bij het spoor stond" (set303)
    r"|(?:bij|op)\s+het\s+spoor|on\s+the\s+(?:tracks|railway)|(?:bij|op)\s+de\s+brug\b"
    r"|(?:black|zwart)\s+(?:screen|scherm)\b)"  # "a black screen with 'sorry'" (set298)
)
_SILENT = lazy_compile(
    r"(?i)straight\s+to\s+voicemail|\bvoicemail\b|phone\s+(?:is|was|went|has\s+been)\s+(?:off|dead)"
    # ("en daarna zijn telefoon uit", "we weten niet waar hij is": set316, round 62)
    r"|telefoon\s+(?:staat|is|stond|ging|gaat)\s+uit|(?:zijn|haar|z'n|d'r)\s+telefoon\s+uit\b"
    r"|weten\s+niet\s+waar\s+(?:hij|ze|zij)\s+is|(?:don'?t|do\s+not)\s+know\s+where\s+(?:he|she)\s+is"
    r"|(?:didn'?t|did\s+not|hasn'?t|has\s+not)\s+come\s+home"
    r"|niet\s+(?:meer\s+)?thuis\s*gekomen|(?:hasn'?t|has\s+not|haven'?t)\s+(?:answered|replied|called|"
    r"texted|been\s+seen|been\s+home|for\s+\w+\s+(?:days|weeks))|went\s+offline|is\s+offline"
    r"|location\s+(?:is\s+)?off|locatie\s+(?:staat\s+)?uit|niemand\s+heeft\s+(?:haar|hem)\s+gezien"
    r"|(?:niks|niets|niet)\s+(?:meer\s+)?terug|(?:not|isn'?t|stopped)\s+texting\s+back"
    r"|niet\s+meer\s+gezien|nobody\s+has\s+seen\s+(?:her|him)|(?:post|mail)\s+is\s+piling\s+up"
)
_SOMEONE = lazy_compile(
    r"(?i)\b(?:he|she|they|his|her|their|him|hij|ze|zij|hem|haar|zijn|hun|partner|boyfriend|"
    r"girlfriend|brother|sister|son|daughter|roommate|housemate|flatmate|friend|vriend|vriendin|"
    r"broer|zus|zoon|dochter|huisgenoot|huisgenote|moeder|vader|mum|mom|dad)\b"
)


# An ordinary reason for the silence: "now she's not answering because her phone died".
_ORDINARY = lazy_compile(
    r"(?i)phone\s+(?:died|is\s+dead|was\s+dead|ran\s+out)|battery|batterij|accu\s+(?:is\s+)?leeg"
    r"|telefoon\s+(?:\w+\s+){0,3}leeg\b|want\s+leeg\b"
    r"|geen\s+bereik|no\s+(?:signal|reception|wifi)|on\s+a\s+(?:plane|flight)|in\s+het\s+vliegtuig"
)


# Every parting and every silence below holds one of these: a plain test first, as most
# texts have neither (round 61: the two searches cost 43 us a text without it).
_PARTING_KEYS = (
    "goodbye", "farewell", "afscheid", "alles", "everything", "goed", "vaarwel", "after",
    "take care", "zorg", "keer", "last time", "burden", "last", "worry", "away", "weg",
    "black", "zwart", "spoor", "tracks", "railway", "brug",
)  # fmt: skip
_SILENT_KEYS = (
    "voicemail", "phone", "telefoon", "home", "thuis", "answer", "repl", "seen", "gezien",
    "offline", "locat", "piling", "reageer", "reageert", "open", "bereik", "gehoor", "reach",
    "respond", "pick", " op", "called", "texted", "hasn", "terug", "texting", "waar", "where",
)  # fmt: skip


def parted_then_silent(found: Recognition, text: str) -> Recognition:
    """``found`` with a concern for someone else where a parting message and a silence
    stand in one text and no concern was found."""
    low = text.lower()
    if (
        not any(key in low for key in _PARTING_KEYS)
        or not any(key in low for key in _SILENT_KEYS)
        or any(f.theme == _CONCERN for f in found.findings)
    ):
        return found
    parting = _PARTING.search(text)
    if parting is None or not (_SILENT.search(text) or unreachable(text)):
        return found
    if _SOMEONE.search(text) is None or _ORDINARY.search(text):
        return found  # the writer's own farewell is read by the patterns, not here
    concern = Finding(
        _CONCERN,
        parting.group(),
        parting.start(),
        parting.end(),
        "a parting message, then silence",
        "built-in",
        about_other=True,
        immediate=True,
    )
    return replace(found, findings=(*found.findings, concern))
