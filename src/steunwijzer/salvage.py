"""The acute part of a request that failed: an error must never hide an acute signal.

When a lookup, an answers file or a batch row is refused (an unknown theme, an invalid
answer), what is valid in it is still classified; if that is acute, the caller reports
the acute result, crisis lines first, together with the error.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence

from .answers import MAX_TEXT, AnswerError, parse_answer
from .conditions import AnswerValue
from .model import Catalog, Lang, Tier
from .referrals import ReferralIndex
from .triage import (
    TriageResult,
    answer_reasons,
    applicable_answers,
    classify,
    safety_reasons,
    theme_reason,
)
from .vocabulary import Vocabulary

MAX_SALVAGED_THEMES = 50


def acute_part(
    catalog: Catalog,
    index: ReferralIndex,
    vocabulary: Vocabulary,
    lang: Lang,
    source: str,
    themes: Sequence[str] = (),
    text: str | None = None,
    answers: Mapping[str, object] | None = None,
) -> TriageResult | None:
    """Classify what is valid (unknown themes and invalid answers left out, text cut to
    the limit); return the result only when it is acute."""
    by_id = {q.id: q for q in catalog.questions}
    typed: dict[str, AnswerValue] = {}
    for key, value in (answers or {}).items():
        question = by_id.get(str(key))
        if question is not None:
            with contextlib.suppress(AnswerError):
                typed[question.id] = parse_answer(question, value)
    effective = applicable_answers(catalog.questions, typed)
    reasons = answer_reasons(catalog, effective)
    # a yes to a safety follow-up whose question before it is missing counts too
    reasons += safety_reasons({k: v for k, v in typed.items() if k not in effective})
    names = [p.strip() for t in themes[:MAX_SALVAGED_THEMES] for p in t.split(";")]
    known = [n for n in names if n and vocabulary.resolve(n)]
    if known:
        ids = tuple(dict.fromkeys(t for t in map(vocabulary.resolve, known) if t))
        reasons.append(theme_reason(catalog, ids, f"{source}.themes", ";".join(known)))
    cut = (text or "")[:MAX_TEXT]
    found = vocabulary.suggest(cut) if cut.strip() else ()
    if found:
        reasons.append(theme_reason(catalog, found, f"{source}.text", cut.strip()[:80]))
    result = classify(catalog, reasons, lang, index, False, effective)
    return result if result.tier is Tier.ACUTE else None
