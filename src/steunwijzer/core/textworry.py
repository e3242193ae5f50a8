"""Afraid to go home because of what may be found there, not who is there.

"mijn huisgenote zegt steeds dat ze er een einde aan wil maken ... ik durf niet naar
huis" was the student's own unsafe situation beside the concern for the roommate: Veilig
Thuis and the police among the referrals, tips about violence at home (a role-play,
round 39). Where the text holds a concern for someone else at risk and no word of
violence, threat or fear of a person, the fear of going home is that concern: the
unsafe finding is set aside as ``about_other`` (listed under mentions, never lost) and
the concern, acute with its crisis lines, stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from steunwijzer.core.lazyre import lazy_compile

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding

_GOING_HOME = lazy_compile(
    r"\b(?:durf|durfde|durven)\b.{0,30}\b(?:naar huis|thuis|huis in)\b"
    r"|\b(?:scared|afraid|too scared|terrified|dread|dreading)\b"
    r".{0,20}\b(?:go|going) (?:back )?home\b",
)
_PERSON_FEARED = lazy_compile(
    r"\b(?:sla|slaat|sloeg|slaan|geslagen|schopt|geweld|dreig\w*|bedreig\w*|agressief|"
    r"opgesloten|vermoord\w*|mishandel\w*|schreeuwt|bang voor (?:hem|haar|mijn|m'n|mn|ze)|"
    r"hit|hits|hitting|beats|beat me|violen\w*|threat\w*|aggressive|locked|kill me|hurt me|"
    r"yells|screams at|afraid of (?:him|her|my|them)|scared of (?:him|her|my|them)|"
    # coercion is violence too: "controlled by her boyfriend, he checks her phone"
    r"control\w*|controleer\w*|controleert|checks (?:her|his|my) phone|dwingt|gedwongen|"
    r"forced|forces|jaloers|jealous)\b"
)


# Afraid of what will be found: "straks vind ik haar", "what if I find her" (round 39's
# role-play, where the roommate was named at another question): that fear is the concern.
# The student is the one who finds: not "anders vinden ze me" (being found is danger).
_FOUND = lazy_compile(
    r"\b(?:vind|tref) ik (?:haar|hem)\b|\bik (?:haar|hem) (?:\w+ )?(?:vind|aantref|vinden)\b"
    r"|\b(?:haar|hem) (?:zo |straks |daar )?(?:te )?(?:vinden|aantreffen)\b"
    r"|\bi(?:'ll| will| might| would|'d)? find (?:her|him|them)\b|\bfinding (?:her|him)\b"
)


def afraid_for_someone(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings, with a fear of going home set aside where it is the concern for
    someone else at risk that the text tells of, or made that concern where the fear is
    of finding the other person."""
    if not any(f.theme == "unsafe_situation" and f.set_aside is None for f in findings):
        return findings  # nothing to set aside; the searches below compile on first use
    said = text.lower()
    if _PERSON_FEARED.search(said):
        return findings
    if _FOUND.search(said):
        return [
            replace(f, theme="concern_for_other", about_other=True)
            if f.theme == "unsafe_situation"
            and f.set_aside is None
            and _GOING_HOME.search(f.words.lower())
            else f
            for f in findings
        ]
    # A concern of its own, not one read from the same words ("durf niet naar huis,
    # anders vinden ze me" is concern by its pronoun, and the student's own danger)
    return [
        replace(f, set_aside="about_other", cue="concern_for_other")
        if f.theme == "unsafe_situation"
        and f.set_aside is None
        and _GOING_HOME.search(f.words.lower())
        and any(_apart(c, f) for c in findings)
        else f
        for f in findings
    ]


def _apart(concern: Finding, fear: Finding) -> bool:
    """A counted concern for someone else in words other than the fear of home."""
    return (
        concern.theme == "concern_for_other"
        and concern.set_aside is None
        and (concern.end <= fear.start or fear.end <= concern.start)
    )
