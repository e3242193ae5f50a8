"""Who a finding is about, read once more after the rules.

Someone else's illness is no impairment of the student's own: "mn vader is heel ziek"
was heard as family circumstances and as a disability or chronic illness of the
student (a role-play, round 42, intake 3), because the impairment theme's "ziekte"
finds every "ziek". Where the word lies inside the words that tell of a family
member's illness, the family reading explains it."""

from __future__ import annotations

from steunwijzer.core.findings import Finding


def someone_elses_illness(findings: list[Finding]) -> list[Finding]:
    """``findings`` without an impairment finding that lies wholly inside a finding of
    family circumstances (a theme of the same tier: nothing is lowered)."""
    family = [f for f in findings if f.theme == "family_circumstances" and f.set_aside is None]
    if not family:
        return findings
    return [
        f
        for f in findings
        if not (
            f.theme == "functional_impairment"
            and any(g.start <= f.start and f.end <= g.end for g in family)
        )
    ]


_FIRST_PERSON = frozenset(("i", "ik", "i've", "ive", "k"))
_AUX = frozenset(("heb", "had", "have", "has", "ben", "am", "was"))


def student_before(text: str, start: int) -> bool:
    """Whether the student is the subject right before ``start``: "I blocked him but he
    makes new accounts", "ik heb hem geblokkeerd" were concern for the one who stalks
    (a role-play, round 42, intake 5). Not "I know he beats her": a word between."""
    words = text[:start].lower().split()[-2:]
    if words[-1:] and words[-1] in _FIRST_PERSON:
        return True
    return len(words) == 2 and words[0] in _FIRST_PERSON and words[1] in _AUX
