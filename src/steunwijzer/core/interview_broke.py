"""What an intake had gathered when a bug stopped it, so nothing said is lost.

The engine catches any exception that is not one of ours and raises ``IntakeBroke`` with
the answers given so far and, where it can still be computed, the result they lead to;
the CLI's one handler shows both (the help to give first) next to the internal error.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from steunwijzer.errors import IntakeBroke

if TYPE_CHECKING:
    from steunwijzer.core.interview_state import State
    from steunwijzer.core.model import Catalog, Lang
    from steunwijzer.core.referrals import ReferralIndex


def broken_intake(
    exc: Exception, catalog: Catalog, state: State, student_lang: Lang, index: ReferralIndex
) -> IntakeBroke:
    """The error to raise in place of ``exc``: its answers and partial result attached."""
    from steunwijzer.core.interview_close import final_result

    broke = IntakeBroke(f"{type(exc).__name__}: {exc}")
    by_id = {q.id: q for q in catalog.questions}
    beside = {**dict(state.said_words), **state.heard_words}  # words typed with an answer
    broke.answered = tuple(
        (by_id[qid], value, beside.get(f"{qid}.words") or beside.get(qid, ""))
        for qid, value in list(state.answers.items())
        if qid in by_id
    )
    with contextlib.suppress(Exception):  # the bug may sit in classifying: answers alone
        broke.partial = final_result(catalog, state, student_lang, index)
    return broke
