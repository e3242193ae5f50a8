"""Needs that are not acute, heard in the words typed beside a closed answer.

"ja wel, ik eet eigenlijk niet meer echt, een paar crackers per dag" to "does your
health make studying hard?" counted only as that yes: eating was nowhere in the result
unless the student said it again at the end, and a long pasted story lost its money
worries and loneliness (a role-play, round 25, R5, R21). They are not counted (a guess
from words said in passing is the counsellor's to confirm), but said on the screen when
heard and offered with the own words' themes at the end. An acute need in such words
counts at once (ownwords.words_beside).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from steunwijzer.core.answer_phrases import doubt_led
from steunwijzer.core.answer_words import misheard
from steunwijzer.core.answers import is_doubt_word
from steunwijzer.core.conditions import referenced_questions
from steunwijzer.core.model import Catalog
from steunwijzer.core.ownwords import as_spoken, text_suggestions
from steunwijzer.core.textnorm import normalise
from steunwijzer.core.triage import Reason
from steunwijzer.core.vocabulary import Vocabulary

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding
    from steunwijzer.core.interview_state import State
    from steunwijzer.core.recognise import Recognition


def heard_beside(
    vocabulary: Vocabulary,
    catalog: Catalog,
    question_id: str,
    reply: object,
    counted: Iterable[Reason] = (),
) -> tuple[str, ...]:
    """The needs that are not acute in the words beside an answer, less those the
    question itself leads to ("ja, vooral met plannen" to the study question: its own
    follow-up asks about planning) and those ``counted`` already ("nee, alleen soms een
    slaappil" after a yes to sleeping badly said sleep was "not counted yet": a
    role-play, round 31, A7)."""
    if not isinstance(reply, str) or len(reply.split()) < 3 or misheard(normalise(reply)):
        return ()
    said = normalise(reply).split()
    if said[0] in _NO and len(said) < _AFTER_NO and said[1] not in _BUT:
        # "no, my parents help me": why not, not another need (a role-play, P13); but "nee,
        # maar mijn vader is ernstig ziek" to the loss question tells of another (r52)
        return ()
    suggested = text_suggestions(catalog, as_spoken(vocabulary.read(reply)))[0]
    if not suggested:
        return ()
    # After a no, the question's own follow-ups are not asked: what it leads to stays
    # heard ("nee hoor. red bull, en soms een beetje speed" to the drugs question was
    # nothing at all: a role-play, round 28, T2).
    # After a doubt (skipped, no yes) they stay heard too: "misschien.. ik drink wel wat
    # meer de laatste tijd, om te kunnen slapen" at the alcohol question heard sleep only
    # (a role-play, round 39).
    doubt = doubt_led(reply, is_doubt_word)
    near = () if said[0] in _NO or doubt else _led_to(catalog, question_id)
    known = {x for r in counted for x in r.themes}
    return tuple(t for t in suggested if t not in near and t not in known)


_NO = frozenset(("nee", "neen", "no", "nope", "nah"))
_BUT = frozenset(("maar", "but", "wel", "although", "though"))
# A no with a few words beside it says why not ("nee, ik werk ernaast, gaat prima"); a
# longer one may tell of something else ("nee, dat niet. wel sla ik het avondeten over
# om geld te sparen").
_AFTER_NO = 8


def with_heard(
    vocabulary: Vocabulary, found: Recognition, state: State, accepted: tuple[str, ...]
) -> Recognition:
    """The own words' findings, and those of the words heard earlier for the accepted
    themes that the own words do not name: "Addiction (heard earlier)" confirmed at the
    own words was dropped from the result, for want of a finding to count it by (a
    role-play, round 27, P11)."""
    missing = set(accepted) - {f.theme for f in found.findings}
    extra = [
        f
        for words in state.heard_words.values()
        for f in as_spoken(vocabulary.read(words)).findings
        if f.theme in missing and f.set_aside is None
    ]
    if not extra:
        return found
    first = {f.theme: f for f in reversed(extra)}  # one finding per theme, the first heard
    return replace(found, findings=found.findings + tuple(first.values()))


def told_at(catalog: Catalog, state: State) -> int | None:
    """Where in the history the own words were answered, or None when they were not."""
    text = {q.id for q in catalog.questions if q.type == "text"}
    told = [i for i, qid in enumerate(state.history) if qid in text and state.answers.get(qid)]
    return told[-1] if told else None


def unconfirmed(catalog: Catalog, state: State) -> tuple[Finding, ...]:
    """Needs heard beside answers that the own words never offered to confirm (the intake
    finished early, the own words left empty, or heard at a question asked after them), as
    mentions: "ik heb eigenlijk nergens meer zin in" heard as low mood was gone from the
    result after 'afronden' (a role-play, round 27, Q22), and what was heard at a safety
    question asked again after the own words was said to be confirmed there, and then
    was nowhere (round 29, K5). Shown, not counted; a theme counted drops them."""
    if not state.heard_words:
        return ()
    at = told_at(catalog, state)
    later = None if at is None else set(state.history[at + 1 :])
    heard = {
        where: said
        for where, said in state.heard.items()
        if later is None or where.split(".")[0] in later
    }
    themes = {x for said in heard.values() for x in said}
    vocabulary = Vocabulary(catalog.themes)
    # Words that already count for a risk to life are not "heard, not counted" under
    # another theme: "took way more pills than I should" was a reason for the acute tier
    # and, on the same screen, an unconfirmed addiction (a role-play, round 58).
    counted = [
        r.finding.words.lower()
        for r in state.reasons(catalog)
        if r.finding is not None and r.finding.risk_to_life
    ]
    out: dict[str, Finding] = {}
    for where, words in state.heard_words.items():
        if where not in heard:
            continue
        for f in as_spoken(vocabulary.read(words)).findings:
            said = f.words.lower()
            if any(said in c or c in said for c in counted):
                continue
            if f.theme in themes and f.set_aside is None:
                out.setdefault(f.theme, replace(f, set_aside="heard"))
    return tuple(out.values())


def heard_before(
    heard: Mapping[str, tuple[str, ...]], reasons: Iterable[Reason], offered: Iterable[str]
) -> tuple[str, ...]:
    """What was heard beside answers and is not counted or offered already."""
    known = {x for r in reasons for x in r.themes} | set(offered)
    return tuple(dict.fromkeys(x for said in heard.values() for x in said if x not in known))


def _led_to(catalog: Catalog, question_id: str) -> set[str]:
    """The themes the rules on a question and on its follow-ups (at any depth) raise."""
    asked = {question_id}
    while True:
        more = {
            q.id
            for q in catalog.questions
            if q.when is not None and not asked.isdisjoint(referenced_questions(q.when))
        }
        if more <= asked:
            break
        asked |= more
    return {
        t
        for r in catalog.rules
        if not asked.isdisjoint(referenced_questions(r.when))
        for t in r.themes
    }
