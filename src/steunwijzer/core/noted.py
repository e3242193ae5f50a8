"""A counsellor's note of the student's own answer, in the third person.

"yes, sometimes, she said it would be easier not to wake up", typed at "have you wished
you were dead?", was read as concern for someone else: the screen said to find out
whether "that person" could be reached, and the result listed a concern for someone
else who did not exist (a role-play, round 29, K7). Counsellors often note an answer
that way. At the question that asks about the very need the words name, with an answer
that is no "no", a lone pronoun (nobody named) is the student. A "no" keeps both
readings ("nee, maar ze zei dat ze niet meer wakker wil worden" may be a friend), and
so does anyone named ("my sister said ...").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from steunwijzer.core.answers import AnswerError, parse_answer
from steunwijzer.core.lexicon import ABOUT_OTHER
from steunwijzer.core.question_keys import question_themes

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding
    from steunwijzer.core.model import Catalog, Question
    from steunwijzer.core.recognise import Recognition


def the_student_noted(
    catalog: Catalog, question: Question | None, reply: str, found: Recognition
) -> Recognition:
    """``found`` with a pronoun's finding on the question's own need read as the
    student's (and its copy as concern for someone else dropped)."""
    if question is None:
        return found
    try:
        if parse_answer(question, reply) is False:
            return found
    except AnswerError:
        return found
    asked = set(question_themes(catalog, question.id))
    pronoun = {
        (f.start, f.end)
        for f in found.findings
        if f.about_other and f.theme != ABOUT_OTHER and f.theme in asked
    }
    if not pronoun:
        return found

    def overlaps(f: Finding) -> bool:  # its copy, or another reading of the same words
        return any(f.start < end and start < f.end for start, end in pronoun)

    kept = tuple(
        replace(f, about_other=False) if (f.start, f.end) in pronoun else f
        for f in found.findings
        if not (f.theme == ABOUT_OTHER and overlaps(f))
    )
    return replace(found, findings=kept)
