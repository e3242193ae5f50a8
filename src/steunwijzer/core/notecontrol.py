"""Control over the student told by someone else: a counsellor's note ("Student reports
that her boyfriend goes through her phone every evening, keeps her debit card") or a
parent's letter ("Haar vriend bepaalt wat ze aantrekt en met wie ze mag praten").

Control said of "her" is read by the concern families of lexicon_signals_control as
concern for someone else; in a note about the student, or a letter about the one a
parent or a lecturer refers, "her" is the student: the danger is hers (an outsiders'
set, round 45, set127, had both read as concern for someone else, 113 first).
"""

from __future__ import annotations

from dataclasses import replace

from steunwijzer.core import lexicon_signals_control as control
from steunwijzer.core.findings import Recognition
from steunwijzer.core.textcontext import Tokens
from steunwijzer.core.textroles import note_about_the_student

_CONCERN = "concern_for_other"
_UNSAFE = "unsafe_situation"
_FAMILIES = frozenset((*control.CONCERN_NL, *control.CONCERN_EN))


def noted_control(found: Recognition, text: str) -> Recognition:
    """``found`` with control said of the student in a note read as her own danger."""
    told = [f for f in found.findings if f.theme == _CONCERN and f.pattern.lstrip("!") in _FAMILIES]
    words = Tokens(text).words if told else []
    if not told or not note_about_the_student(words):
        return found
    own = tuple(replace(f, theme=_UNSAFE, about_other=False) for f in told)
    kept = tuple(f for f in found.findings if f not in told)
    # someone else at risk too, or a note known only by its pronoun ("her boyfriend
    # checks her phone" may be a friend's): both readings stay (round 48)
    if any(f.theme == _CONCERN for f in kept) or not note_about_the_student(words, False):
        kept = kept + tuple(told)
    return replace(found, findings=own + kept)
