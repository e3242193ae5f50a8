"""Who is in danger: the student, or someone else? An unsafe finding with a third person
near it is also read as concern for someone else (lexicon_phrasings_more.about_others);
here that reading is taken back where the student is the one threatened or hit.

Moved from recognise.py (round 63) to keep it under 400 lines, with one rule added: a
concern whose words are followed at once by "me", "mij", "ons" or "us" names the student
as the victim ("ze bedreigen me" was a friend at risk, and "call 112 for that person", in
a role-play, round 63).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from steunwijzer.core import lexicon
from steunwijzer.core.findings import Finding
from steunwijzer.core.lexicon_phrasings_more import VICTIM_SUFFIXES
from steunwijzer.core.textillness import student_before

_FIRST_PERSON = frozenset(("ik", "me", "mij", "i"))
_PERPETRATOR = frozenset(("hem", "him"))
_HIT_ONE = frozenset(("me", "mij", "myself", "mezelf"))
_OBJECT_ME = frozenset(("me", "mij", "ons", "us"))
_IF_I = re.compile(r"\b(?:als|if|unless|tenzij) (?:ik|i)\b")
# The person named after "niet veilig" is the danger when anger follows: "het voelt
# thuis niet veilig, mijn vriend wordt snel boos" was concern for the boyfriend (a
# role-play, round 13).
_ANGRY = frozenset(
    ("boos", "kwaad", "woedend", "agressief", "slaat", "sloeg", "dreigt", "dreigde",
     "schreeuwt", "duwt", "angry", "mad", "furious", "aggressive", "violent", "hits",
     "threatens", "threatened", "yells", "screams", "shoves")
)  # fmt: skip


def students_own_danger(text: str, words: Sequence[str], findings: list[Finding]) -> list[Finding]:
    """``findings`` without the concerns for someone else that are the student's own
    danger.

    "ik ben aangerand en ben bang hem tegen te komen": the student ("ik") is the one it
    happened to, "hem" the one who did it: no concern for someone else (round 6); "my
    sister's husband is going to kill her" keeps it: the pronoun is the victim's. "my
    girlfriend hits me when she is drunk": "me" is the one hit, "she" the one who hits
    (round 10 got concern for someone else and 113 before 112)."""
    findings = [f for f in findings if not (f.theme == lexicon.ABOUT_OTHER and _i_was(text, f))]
    own = [f for f in findings if f.theme == "unsafe_situation"]
    if not own or _FIRST_PERSON.isdisjoint(words):
        return findings
    at = {f.start: f for f in own}
    return [f for f in findings if not (f.theme == lexicon.ABOUT_OTHER and _own(text, f, at))]


# "I was harassed by a guy": the student in the passive, not the guy at risk (a role-play,
# round 63: concern for someone else, and "call 112 for that person").
_I = frozenset(("i", "i've", "ive", "i'm", "im", "ik"))
_PASSIVE = frozenset(("was", "got", "get", "gets", "been", "being", "getting", "word", "werd"))


def _i_was(text: str, f: Finding) -> bool:
    before = text[: f.start].lower().split()[-1:]
    return bool(before) and before[0] in _I and f.words.split()[0].lower() in _PASSIVE


def _own(text: str, f: Finding, at: dict[int, Finding]) -> bool:
    inside = [o for o in at.values() if f.start <= o.start and o.end <= f.end]
    if inside and _OBJECT_ME.intersection(text[f.end : f.end + 8].lower().split()[:1]):
        # "ze bedreigen me" (round 63); "mijn broer bedreigt me" matched a pattern of a
        # brother threatened ("bedreigd", the same stem) and said "call 112 for that
        # person" (a role-play, round 67): "me" right after names the student
        return True
    if _IF_I.search(f.words.lower()):
        return True  # "online te zetten als ik hem niet 500 euro stuur": I am to pay (r69)
    if any(_OBJECT_ME.intersection(o.words.lower().split()[:1]) for o in inside):
        # "mijn broer heeft me bedreigd", "mijn zus heeft me geslagen": "me" inside names the
        # student, the one hit (a role-play, round 69: concern for the brother, "is die
        # persoon nu bereikbaar?")
        return True
    if f.start not in at:
        return False
    return (
        f.pattern.endswith(VICTIM_SUFFIXES)
        and (
            f.words.rsplit(None, 1)[-1].lower() in _PERPETRATOR
            or not _HIT_ONE.isdisjoint(at[f.start].words.lower().split())
        )
    ) or (
        not _ANGRY.isdisjoint(text[f.end : f.end + 40].lower().split())
        or student_before(text, f.start)  # "I blocked him but he ..." (r42)
    )
