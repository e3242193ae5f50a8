"""Someone else's illness is no impairment of the student's own: "mn vader is heel ziek"
was heard as family circumstances and as a disability or chronic illness of the student
(a role-play, round 42, intake 3), because the impairment theme's "ziekte" finds every
"ziek". Where the word lies inside the words that tell of a family member's illness,
the family reading explains it."""

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
