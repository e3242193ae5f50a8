"""Who does what in a sentence, for the context rules (core/textcontext.py): a first
person that starts a sentence of its own, and a person who receives or owns rather than
acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens


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


# Means a person may own while the student gathers them (round 8).
_MEANS = lexicon.word_set(
    "pillen pil slaappillen slaappil tabletten medicijnen medicatie antidepressiva "
    "pijnstillers oxazepam temazepam paracetamol insuline wapen pistool geweer mes messen "
    "touw riem pills pill painkillers tablets meds medication medicine medicines sleeping "
    "antidepressants insulin gun guns weapon knife knives rope belt"
)
_OF = frozenset(("van", "of", "from"))


_PILL_ENDINGS = ("pillen", "pilen", "pills", "pil", "pill", "tabletten", "tablets")


def _means(word: str) -> bool:
    return word in _MEANS or word.endswith(_PILL_ENDINGS)  # "slaappilen", typed in haste


def owner(words: list[str], j: int) -> bool:
    """ "slaappillen van mijn moeder gespaard", "my mum's painkillers": the person owns
    the means, the student is who gathers them (a role-play, round 8, read it as concern
    for the mother, and no suicidal thoughts at all)."""
    if j + 1 < len(words) and _means(words[j + 1]):
        return True
    before = j - 1
    if before >= 0 and words[before] in _OWNER:
        before -= 1
    return before >= 1 and words[before] in _OF and _means(words[before - 1])


# "Sinds mijn vader dood is voelt alles zinloos": the father who died is no one at risk
# now; the feeling after it is the student's (a role-play, round 11, saw it read as
# concern for the father, and the handout asked "worried about someone else?").
_DIED = lexicon.word_set(
    "dood overleden gestorven overleed stierf verongelukt omgekomen died dead passed"
)


def deceased(words: list[str], j: int, start: int) -> bool:
    """The person at ``j`` is said to have died, before the finding starts."""
    return not _DIED.isdisjoint(words[j + 1 : min(j + 4, start)])


def first_person_after(tokens: Tokens, end: int) -> bool:
    """A first-person subject later in the same sentence than the finding."""
    sentence = tokens.sentence[end]
    for j in range(end + 1, min(tokens.n, end + 12)):
        if tokens.sentence[j] != sentence:
            return False
        if tokens.words[j] in lexicon.SELF_SUBJECTS:
            return True
    return False
