"""Who does what in a sentence, for the context rules (core/textcontext.py): a first
person that starts a sentence of its own, and a person who receives rather than acts."""

from __future__ import annotations

from steunwijzer.core import lexicon


def new_subject(words: list[str], j: int) -> bool:
    """ "het gaat niet goed ik wil niet meer leven": a first person starting a sentence
    of its own, without a comma (chat, dictation). The "niet" before it belonged to the
    sentence before (an outsiders' hostile round, round 7). "niet dat ik ...", "I'm not
    saying I ..." keep the negation's reach: the first person is inside what is denied."""
    return words[j] in lexicon.SELF_SUBJECTS and (j == 0 or words[j - 1] not in lexicon.LINKS_ON)


_TO = frozenset(("aan", "to"))
_OWNER = frozenset(("mijn", "mn", "m'n", "my", "zijn", "haar", "his", "her", "de", "the"))


def recipient(words: list[str], j: int) -> bool:
    """ "spullen aan mn broertje gegeven", "gave my guitar to my brother": the person is
    who receives, the student is who gives (a role-play, round 7, read it as concern
    for the brother)."""
    before = j - 1
    if before >= 0 and words[before] in _OWNER:
        before -= 1
    return before >= 0 and words[before] in _TO
