"""What a question about a risk is for: a paper, an exam, a course ("... suicidal
ideation? asking for my nursing exam"). A frame of core/textframe.py, kept apart so that
module stays small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens


# What a question is for: "... suicidal ideation? asking for my nursing exam", "sources
# on self-harm prevalence? It's for my psych paper", "voor mijn tentamen verpleegkunde:
# hoe vraag je een patiënt naar doodswensen" (an outsiders' set, round 30).
_FOR = frozenset(("for", "voor"))
_PURPOSE = lexicon.word_set(
    "paper papers essay thesis scriptie assignment opdracht exam exams examen tentamen "
    "toets quiz course vak module project presentation presentatie verslag werkstuk report "
    "research onderzoek class lecture college seminar werkgroep practicum practical homework "
    "huiswerk portfolio reflectie reflection literatuurstudie minor osce casus"
)
# The student in the finding's sentence: then it is their own ("for my exam I have to stop
# thinking about killing myself" stays theirs).
_OWN_WORDS = lexicon.word_set("ik i me mij mezelf mijzelf myself mijn m'n mn my i'm im")
_MINE_OURS = frozenset(("my", "mijn", "m'n", "mn", "our", "ons", "onze"))
_PURPOSE_LEAD = 3  # "It's for", "asking for", "dit is voor": the next sentence opens so
# ... said as a purpose: "is for", "asking for", "nodig voor"; or opening the sentence
# ("Voor mijn tentamen: ..."). Not "suicidal thoughts again. for my exam week I need
# help", nor "suicidal thoughts for my whole exam period": a time, not a purpose.
_PURPOSE_BEFORE = lexicon.word_set("is its it's asking ask vraag vragen nodig need needed it")
# ... or right after the finding, for "the" course: "the difference between NSSI and
# suicidal behaviour for the clinical psych exam?" (set100, round 31); not a time ("for
# the whole exam period", "voor de hele tentamenweek")
_THE_NEXT = [[w] for w in ("the", "this", "het", "de", "dit", "deze")]
_A_TIME = lexicon.word_set(
    "whole entire hele gehele period periode week weken weeks tijd time season rest"
)


def for_study(tokens: Tokens, start: int, end: int) -> str | None:
    """ "for my psych paper" beside a finding whose sentence names nobody's own: in that
    sentence, or opening the next one."""
    words, sentence = tokens.words, tokens.sentence
    own = sentence[start]
    first_next = next((j for j in range(end + 1, tokens.n) if sentence[j] == own + 1), -1)
    for j, word in enumerate(words):
        if word not in _FOR or start <= j <= end:
            continue
        if sentence[j] != own and not (0 <= first_next <= j < first_next + _PURPOSE_LEAD):
            continue
        opens = sentence[j] == own and (j == 0 or sentence[j - 1] != own)
        # right after the finding, "for the ...": not "a punishment for failing my exam"
        after = sentence[j] == own and 0 < j - end <= 2 and words[j + 1 : j + 2] in _THE_NEXT
        if not opens and not after and (j == 0 or words[j - 1] not in _PURPOSE_BEFORE):
            continue
        k = next((k for k in range(j + 1, min(tokens.n, j + 5)) if words[k] in _PURPOSE), -1)
        if k < 0 or sentence[k] != sentence[j]:
            continue
        if _MINE_OURS.isdisjoint(words[j + 1 : k]) and not after:
            continue  # "asking for an assignment" is vague, as "asking for a friend" is
        if not _A_TIME.isdisjoint(words[j + 1 : k + 2]):
            continue
        if any(
            w in _OWN_WORDS and sentence[i] == own and not j <= i <= k for i, w in enumerate(words)
        ):
            return None
        return f"{word} … {words[k]}"
    return None
