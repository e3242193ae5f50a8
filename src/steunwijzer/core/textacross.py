"""A wish to be gone said across a sentence end: "eigenlijk wil ik gewoon uitloggen. niet
uit de game. uit alles." (set308 and a role-play of round 62: addiction and, after the
student's "nee" to the safety questions, PREVENTIE with the study association first).

The patterns read one sentence at a time, and the correction that makes the words a
wish to die ("not from the game. from everything.") stands in a sentence of its own.
Where a text logs off, checks out or quits "from everything" or "from life", corrected
or not, and no wish to die was found, the words are a wish to die (urgency soon, as a
passive wish). Not "ik log uit, alles is ingeleverd" or "logging off from everything
school-related": "everything" must close its clause, with nothing after it."""

from __future__ import annotations

from dataclasses import replace

from steunwijzer.core.findings import Finding, Recognition
from steunwijzer.core.lazyre import lazy_compile

_WISH = "suicidal_thoughts"
# Wishing to log off, check out or quit; then, after at most one short correction ("niet
# uit de game.", "not from the game."), from everything or from life, at a clause's end.
# A wish first: "log out of everything before you leave" is the library's instruction.
_GONE = lazy_compile(
    r"(?i)\b(?:wil|wou|wilde|wens|want|wanna|wish|just|gewoon|liefst|rather)\b"
    r"(?P<between>(?:\W+\w+){0,3}?)\W+"
    r"(?:uit\s*(?:te\s+)?loggen|uitgelogd|uitchecken|afmelden|log(?:ging)?\s+(?:off|out)"
    r"|check(?:ing)?\s+out|uninstall(?:ing)?(?:\s+myself)?)\b"
    r"[^.!?\n]{0,30}?[.!?,;:\n]*\s*(?:(?:niet|not)\s+(?:uit|van|from|of)\s+[^.!?\n]{1,30}"
    r"[.!?,;:\n]+\s*(?:maar\s+|but\s+)?)?(?:uit|van|from|of)\s+(?:alles|everything|het\s+leven"
    r"|life|existence|het\s+bestaan)\s*(?:[.!?,;:\n]|$)"
)
# (denied, or only for a while: "ik wil even uitloggen van alles, vakantie!")
_NOT = lazy_compile(r"(?i)\b(?:niet|not|never|nooit|don'?t|geen|even|eventjes|ff|effe|briefly)\b")
_KEYS = ("loggen", "gelogd", "checken", "afmelden", "log ", "logg", "check", "uninstall")


def gone_from_everything(found: Recognition, text: str) -> Recognition:
    """``found`` with a wish to die where a text logs off "from everything" across a
    sentence end and no wish to die was found."""
    low = text.lower()
    if not any(key in low for key in _KEYS) or any(f.theme == _WISH for f in found.findings):
        return found
    gone = _GONE.search(text)
    if gone is None or _NOT.search(gone.group("between")):
        return found  # "ik wil niet uitloggen uit alles", "even"
    wish = Finding(
        _WISH, gone.group().strip(), gone.start(), gone.end(),
        "logging off from everything, across a sentence end", "built-in",
    )  # fmt: skip
    return replace(found, findings=(*found.findings, wish))


# A denial doubted after it, in a sentence of its own: "I don't want to die. At least I
# think I don't. Lately I can't tell anymore.", "... maar daar ben ik niet meer zo zeker
# van", "Maar klopt dat nog wel? Ik twijfel." (an outsider's sentences, reviewing round
# 67: nothing recognised). The doubt closes its clause: not "ik weet niet meer wat ik
# moet doen", which is about something else.
_DOUBTED = lazy_compile(
    r"(?i)(?:\b(?:denk ik|i think(?: so)?|at least i think(?: i don'?t| i do not)?|i guess not)"
    r"|\b(?:weet ik het|weet ik|weet het|weet) niet (?:meer|zeker|precies)"
    r"|\bi (?:do not|don'?t) know any ?more|\bi can'?t tell any ?more|\bnot so sure(?: any ?more)?"
    r"|\bnot sure (?:about that|any ?more)|\b(?:niet|nie) (?:meer )?(?:zo )?zeker(?: van)?"
    r"|\bik twijfel|\bi(?:'m| am) doubting|\bklopt dat (?:nog )?wel|\bis that (?:still )?true"
    r"|\bvraag me af of (?:dat|het) (?:wel|nog)|\bwonder if (?:that|it)(?:'s| is) (?:still )?true)"
    r"\s*(?:hoor|eigenlijk|honestly|though|anymore)?\s*(?:[.!?,;…\n]|$)"
)


def denial_doubted_after(found: Recognition, text: str) -> Recognition:
    """``found`` with a denied wish to die back where the student doubts the denial after
    it, and no wish to die was found."""
    if any(f.theme == _WISH for f in found.findings):
        return found
    denied = [m for m in found.mentions if m.theme == _WISH and m.set_aside == "negated"]
    if not denied or not (doubt := _DOUBTED.search(text, denied[0].end)):
        return found
    if doubt.start() - denied[0].end > 240:
        return found  # a doubt far away doubts something else
    wish = replace(denied[0], set_aside=None, cue=None)
    mentions = tuple(m for m in found.mentions if m is not denied[0])
    return replace(found, findings=(*found.findings, wish), mentions=mentions)
