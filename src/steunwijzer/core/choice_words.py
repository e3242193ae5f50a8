"""Choices named in words: "gestrest" for "Gespannen, overbelast, gestrest", "langer" for
"Twee weken of langer", "allebei" for both choices (a role-play, round 15, saw each of
these refused while "2 en 4" and "zes ofzo" were taken)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.core.model import Question

# Words that name no choice of their own, and words that turn a choice around ("niet
# gestrest"): an answer with one of the latter is not read by its words.
_EMPTY_TEXT = """
    de het een en of van in op met voor naar aan bij om te is dat die dit wat ik je mijn
    the a an and or of in on with for to at is that this what i my you your it
    vooral eigenlijk wel heel erg beetje best echt gewoon ook nog maar denk ja yes
    mostly really quite very just also still but think some bit
    thuis elders home elsewhere ander andere other iets something moment dit deze
"""
_EMPTY = frozenset(_EMPTY_TEXT.split())
_TURNED_TEXT = "niet geen nee nooit not no never none nothing without zonder"
_TURNED = frozenset(_TURNED_TEXT.split())
_BOTH = frozenset(("allebei", "beide", "alle twee", "both", "both of them"))  # of two
_ALL = frozenset(
    ("alles", "allemaal", "all", "all of them", "all of it", "alle", "all of the above",
     "alle drie", "alle vier", "all three", "all four")
)  # fmt: skip
_FILLER = frozenset(("honestly", "eerlijk", "gezegd", "eigenlijk", "wel", "really", "echt"))


def _words(text: str) -> set[str]:
    return {w for w in normalise(text).replace(",", " ").split() if len(w) >= 4}


def label_choices(question: Question, text: str, every: bool = False) -> set[str]:
    """The choices whose label holds a word of the answer that no other label holds
    (none when the answer turns a word around: "niet gestrest"). ``every``: "allebei",
    "all of it" name every choice (a question that takes several)."""
    said = normalise(text).replace(",", " ").replace("_", " ").split()
    whole = " ".join(w for w in said if w not in _FILLER).strip(" .!")
    ids = question.choice_ids()
    if every and (whole in _ALL or (whole in _BOTH and len(ids) == 2)):
        return set(ids)
    if not said or not _TURNED.isdisjoint(said):
        return set()
    from steunwijzer.core.durations import by_duration  # a length of time (round 16)

    if (by_time := by_duration(question, text)) is not None:
        return {by_time}
    labels = {c.id: _words(c.label.nl) | _words(c.label.en) for c in question.choices}
    found: set[str] = set()
    for word in said:
        if len(word) < 4 or word in _EMPTY or word in _FILLER:
            continue
        holders = {cid for cid, words in labels.items() if word in words}
        if not holders:
            # A word no label holds is never dropped: "plannen, en ik wil dood" must not
            # become "plannen" with the rest unread. Asked again (and the words read).
            return set()
        if len(holders) == 1:
            found |= holders
    return found
