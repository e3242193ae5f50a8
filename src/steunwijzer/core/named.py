"""Someone named by a first name in free text: "Fleur", "Lisa". The word lists know
"mijn vriendin" and "my roommate"; a first name they cannot know, so a capital inside a
sentence stands in for one, where the words around it say it is a person (core/findings.py
asks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens


# Someone named by a first name, right before a suicide that happened: "sinds Fleur
# zelfmoord pleegde haal ik niks meer" was the student's own suicidal thoughts, an
# immediate danger, after three honest no's; "sinds mijn vriendin ..." was grief only
# (a role-play, round 29, O3). A capital inside a sentence, or a capital opening it with
# "heeft"/"has" after it; never "ik"/"I", and not a near miss ("Fleur heeft bijna ...").
_NEAR_MISS = frozenset(("bijna", "almost", "nearly", "probeerde", "tried", "attempted", "poging"))
_HAS = frozenset(("heeft", "had", "has", "is", "was"))


def named_before(text: str, tokens: Tokens, start: int) -> bool:
    sentence = tokens.sentence[start]
    for j in range(start - 1, max(-1, start - 4), -1):
        if tokens.sentence[j] != sentence or tokens.words[j] in _NEAR_MISS:
            return False
        written = text[tokens.starts[j] : tokens.ends[j]]
        if not written[:1].isupper() or tokens.words[j] in ("ik", "i"):
            continue
        first = j == 0 or tokens.sentence[j - 1] != sentence
        if not first or (j + 1 < tokens.n and tokens.words[j + 1] in _HAS):
            return _NEAR_MISS.isdisjoint(tokens.words[j:start])
    return False


# Someone named after "dat"/"that" or before "heeft"/"zei"/"posted", with nobody of one's
# own between the name and the finding: "Ze zegt dat Lisa gisteravond 'sorry voor alles,
# ik ben er klaar mee, doei' op insta heeft gezet" was the student's own suicidal
# thoughts, "keep the student awake", and the call to reach Lisa went to page 5 (a
# role-play, round 29, T3).
# Not "is"/"heeft" after it: "hoe hoog de Erasmusbrug is en of je zo'n val overleeft" is
# the writer's own (a bridge, not a person).
_REPORTED = frozenset(("dat", "that", "omdat", "because"))
_SAYS = frozenset(
    ("zei", "zegt", "said", "says", "postte", "posted", "appte", "texted", "stuurde", "sent",
     "schreef", "wrote")
)  # fmt: skip


def named_speaker(text: str, tokens: Tokens, start: int) -> bool:
    sentence = tokens.sentence[start]
    for j in range(start - 1, max(-1, start - 12), -1):
        if tokens.sentence[j] != sentence or tokens.words[j] in lexicon.SELF_WORDS:
            return False
        written = text[tokens.starts[j] : tokens.ends[j]]
        if not (written[:1].isupper() and written[1:].islower() and written.isalpha()):
            continue
        if tokens.words[j] in ("ik", "i") or j == 0 or tokens.sentence[j - 1] != sentence:
            continue
        before, after = tokens.words[j - 1], tokens.words[j + 1 : j + 2]
        return before in _REPORTED or (bool(after) and after[0] in _SAYS)
    return False
