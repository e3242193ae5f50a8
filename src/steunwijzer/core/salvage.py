"""The acute part of a request that failed: an error must never hide an acute signal.

When a lookup, an answers file or a batch row is refused (an unknown theme, an invalid
answer), what is valid in it is still classified; if that is acute, the caller reports
the acute result, crisis lines first, together with the error.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from steunwijzer.core.answers import (
    UNKNOWN,
    AnswerError,
    can_be_unknown,
    near_question,
    parse_answer,
    question_key,
    yes_or_unsure,
)
from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.jsonin import Alternatives
from steunwijzer.core.model import Catalog, Lang, Tier
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.textnorm import normalise
from steunwijzer.core.triage import (
    TriageResult,
    answer_reasons,
    applicable_answers,
    classify,
    safety_reasons,
    text_reasons,
    theme_reason,
)
from steunwijzer.core.vocabulary import Vocabulary

if TYPE_CHECKING:
    from steunwijzer.core.model import Question
    from steunwijzer.core.recognise import Finding


def acute_part(
    catalog: Catalog,
    index: ReferralIndex,
    vocabulary: Vocabulary,
    student_lang: Lang,
    source: str,
    themes: Sequence[str] = (),
    text: str | None = None,
    answers: Mapping[str, object] | None = None,
) -> TriageResult | None:
    """Classify what is valid (unknown themes and invalid answers left out) and search
    all of the text, every answer's text included, whatever its size or question;
    return the result only when it is acute (ranked for ``student_lang``)."""
    by_id = {q.id: q for q in catalog.questions}
    by_key = {question_key(q.id): q for q in catalog.questions}
    typed: dict[str, AnswerValue] = {}
    texts = [text or ""]
    pairs = list(pairs_in(answers or {}))
    # Answers written as YAML text in one string ({"answers": "safety_thoughts: ja"})
    # kept no acute part (a second hostile round, round 13): their safety lines count.
    lines = "\n".join(s for _, v in pairs for s in strings_in(v))
    pairs += list(safety_lines(lines).items())
    exact = {q.id for k, _ in pairs if (q := by_id.get(str(k)) or by_key.get(question_key(k)))}
    for key, value in pairs:
        question = by_id.get(str(key)) or by_key.get(question_key(key))
        if question is None and isinstance(key, str):
            # "safety_thougths": "ja" (misspelt) lost its "ja" (round 8); not a key of
            # another question whose own answer is given too: "area_behaviour: yes"
            # beside "safety_behaviour: no" in safety mode was a yes to preparing one's
            # death (a hostile round, round 30, H6)
            near = by_key.get(near_question(key, by_key) or "")
            question = near if near is not None and near.id not in exact else None
        if question is not None:
            for choice in value if isinstance(value, Alternatives) else [value]:
                # A key given twice (refused): a "yes" among its values is kept.
                with contextlib.suppress(AnswerError):
                    parsed = parse_answer(question, choice)
                    if typed.get(question.id) is not True:
                        typed[question.id] = parsed
                if question.id not in typed and (part := _valid_choices(question, choice)):
                    typed[question.id] = part
        if question is None and isinstance(key, str) and yes_or_unsure(value):
            # A yes to a question this catalogue does not have ("mood_self_harm": "ja"
            # in safety mode, or in an institution's own catalogue) was lost with the
            # refused answers (an outsiders' hostile round, round 11): the question's
            # own name says what the yes is to.
            texts.append(key.replace("_", " ").replace("-", " "))
        if question is not None and question.id not in typed and can_be_unknown(question):
            # An answer to a safety question that cannot be read ("absoluut", ["ja"],
            # 2, a Cyrillic "да") is a don't-know, which counts as a possible yes: it
            # was dropped, and the refused row had no crisis line (round 6).
            typed[question.id] = UNKNOWN
        # Every answer's words are searched: free text, an answer that did not fit, an
        # unknown question, and the words beside a "nee" ("nee, ik wil dood", round 8).
        texts.extend(strings_in(value))
    effective = applicable_answers(catalog.questions, typed)
    reasons = answer_reasons(catalog, effective)
    # a yes to a safety follow-up whose question before it is missing counts too
    unasked = {k: v for k, v in typed.items() if k not in effective}
    reasons += safety_reasons(unasked)
    # and so does an acute rule set off by such an answer ("mood_selfharm": "ja", read as
    # mood_self_harm without "area_mood": the row kept no tier and no crisis line in a
    # hostile round, round 13; replay already counted it)
    have = {(r.rule, r.answer) for r in reasons}
    reasons += [
        r
        for r in (answer_reasons(catalog, {**effective, **unasked}) if unasked else [])
        if (r.rule, r.answer) not in have
        and not r.rule.startswith("safety.")
        and (r.tier is Tier.ACUTE or any(_acute(catalog, t) for t in r.themes))
    ]
    # Searched whole: a size limit governs what is accepted and shown, never what is
    # searched for an acute signal.
    names = [p.strip() for t in themes for p in t.split(";")]
    known = [n for n in names if n and vocabulary.resolve(n)]
    # A name that is not a theme ("ik wil dood" in a themes cell) is searched as text.
    texts.extend(n for n in names if n and n not in known)
    # ... and a near miss of an acute theme's name is that theme here ("self_harn")
    misses = [(n, vocabulary.acute_near(n)) for n in names if n and n not in known]
    ids = tuple(dict.fromkeys(t for t in map(vocabulary.resolve, known) if t))
    ids += tuple(t for _, found in misses for t in found if t not in ids)
    if ids:
        said = [*known, *(n for n, found in misses if found)]
        reasons.append(theme_reason(catalog, ids, f"{source}.themes", ";".join(said)))
    # A question id is never the student's words: the raw line of a refused row
    # ({"safety_wish_dead": "nee", "lang": "fr"}) was read as "wish dead", acute (a
    # hostile round, round 34, H2).
    unnamed = _question_ids(tuple(q.id for q in catalog.questions))
    whole = "\n. ".join(unnamed.sub(" ", x) for x in texts if x)  # a "no" negates no other
    mentions: tuple[Finding, ...] = ()
    for part in _parts(whole) if whole.strip() else ():
        recognition = vocabulary.read(part)
        reasons += text_reasons(recognition, source)
        mentions += recognition.mentions
    result = classify(catalog, reasons, student_lang, index, False, effective, mentions)
    return result if result.tier is Tier.ACUTE else None


def _valid_choices(question: Question, value: object) -> AnswerValue | None:
    """The choices a refused choice or multi answer names, each misspelt at most a
    little: a typo beside "thinking_of_stopping" dropped the dropout risk with it, and
    "unsafenow" lost "not safe now", 112 (an outsiders' hostile round, round 16)."""
    if question.type not in ("choice", "multi"):
        return None
    from difflib import get_close_matches

    ids = question.choice_ids()
    squashed = {re.sub(r"[^a-z0-9]", "", c.lower()): c for c in ids}
    items = value if isinstance(value, list | tuple) else re.split(r"[,;]", str(value))
    chosen = set()
    for item in items:
        key = re.sub(r"[^a-z0-9]", "", str(item).lower())
        close = [key] if key in squashed else get_close_matches(key, list(squashed), 1, 0.85)
        if close:
            chosen.add(squashed[close[0]])
    if not chosen:
        return None
    kept = tuple(c for c in ids if c in chosen)
    return kept[0] if question.type == "choice" else kept


def _acute(catalog: Catalog, theme_id: str) -> bool:
    theme = catalog.themes.get(theme_id)
    return theme is None or theme.tier is Tier.ACUTE


def pairs_in(answers: Mapping[str, object], depth: int = 0) -> Iterator[tuple[object, object]]:
    """Every key and value, also those wrapped in an object of their own or written as
    JSON in a string: {"intake": {"safety_thoughts": "ja"}} lost its "ja" (an outsiders'
    hostile round, round 10). The wrapper's own key is kept too (its words are searched)."""
    for key, value in answers.items():
        yield key, value
        inner: object = value
        if isinstance(value, str) and value.lstrip().startswith("{") and depth < 8:
            with contextlib.suppress(ValueError, RecursionError):
                import json  # only a refused request with JSON in a string gets here

                inner = json.loads(value)
        if isinstance(inner, Mapping) and depth < 8:
            yield from pairs_in(inner, depth + 1)
        elif isinstance(inner, list | tuple) and depth < 8:
            for item in inner:
                if isinstance(item, Mapping):
                    yield from pairs_in(item, depth + 1)
                    asked = next((item[k] for k in _QUESTION_KEYS if k in item), None)
                    said = next((item[k] for k in _ANSWER_KEYS if k in item), None)
                    if isinstance(asked, str):  # {"question": "safety_plan", "answer": "ja"}
                        yield asked, said
                elif isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[0], str):
                    yield item[0], item[1]  # [["safety_thoughts", "ja"]]


# How exports spell a list of question-and-answer objects (an outsiders' hostile round,
# round 14, lost the "ja" of {"question": "safety_thoughts", "answer": "ja"}).
_QUESTION_KEYS = ("question", "vraag", "id", "question_id", "key")
_ANSWER_KEYS = ("answer", "antwoord", "value", "waarde")


PART = 100_000  # characters read at a time
OVERLAP = 300  # so that a phrase across a cut is still found whole


def _parts(text: str) -> Iterator[str]:
    """The text in parts of about PART characters, cut at a space, overlapping: a 40 MB
    refused row was read in one piece and ran out of memory, losing every row after it
    (an outside test). A part's spans count from the part's start."""
    start = 0
    while start < len(text):
        end = min(len(text), start + PART)
        if end < len(text):
            cut = text.rfind(" ", start + PART // 2, end)
            end = cut if cut > 0 else end
        yield text[max(0, start - OVERLAP) : end]
        start = end


def strings_in(value: object, depth: int = 0) -> list[str]:
    """Every text in an answer value (also answers to unknown or invalid questions)."""
    if isinstance(value, str):
        return [value]
    if depth > 64:  # deeper is never a real answer; the parser has refused it already
        return []
    if isinstance(value, Mapping):
        pairs = [(*strings_in(k, depth + 1), *strings_in(v, depth + 1)) for k, v in value.items()]
        return [s for pair in pairs for s in pair]
    if isinstance(value, list | tuple):
        return [s for item in value for s in strings_in(item, depth + 1)]
    return []


# "safety_plan: ja" on a line, or "safety_plan": "ja" in a JSON object. (Strings, compiled
# by ``re`` on first use: only a refused request needs them.)
SAFETY_LINE = (
    r"""(?mi)(?:^|[{,])\s*(?:-\s+)?["']?(safety_[a-z_]+)["']?\s*[:=]\s*["']?([^"'\n,}#]*)"""
)
# "key: value" in a refused answers file: only the values are read as words (a key such
# as "safety_wish_dead" would read as a wish to be dead).
_KEYED = r"""(?m)^\s*(?:-\s+)?["']?[A-Za-z0-9_-]+["']?\s*:\s?"""
_JSON_KEYED = r"""[{,]\s*["'][A-Za-z0-9_-]+["']\s*:\s?"""


def answer_values(text: str) -> str:
    """The answers of a refused answers file as plain words: each line without its key.
    An own-words answer in a file with a second YAML document or a list at the top was
    not searched at all (an outsiders' hostile round, round 7)."""
    # ... and each value of a JSON object on one line: '{"own_words": "ik wil dood",
    # "safety_wish_dead": no}' read the "no" as the wish's negation (a hostile round, r52)
    return re.sub(_JSON_KEYED, ". ", re.sub(_KEYED, ". ", text))


_PLAIN_NO = frozenset(("nee", "neen", "no", "false", "n", "0", ""))


_EMPTY = frozenset(("", "~", "null", "[]", "{}"))


def safety_lines(text: str) -> dict[str, object]:
    """The safety answers that can still be read from text that could not be parsed (a
    refused answers file, a batch line that is not valid JSON): an outside test saw a
    "ja" to a safety question lost with the rest."""
    found: dict[str, object] = {}
    for m in re.finditer(SAFETY_LINE, text):
        key, value = m.group(1).lower(), m.group(2).strip()
        if value.strip("'\" ").lower() in _EMPTY:
            continue  # "safety_thoughts: ~" answers nothing (a hostile round, round 20)
        # A key said twice keeps what is not a no: "ja" in a first YAML document and
        # "nee" in a second kept the "nee" (an outsiders' hostile round, round 9).
        if key not in found or normalise(str(found[key])) in _PLAIN_NO:
            found[key] = value
    return found


@functools.cache
def _question_ids(ids: tuple[str, ...]) -> re.Pattern[str]:
    if not ids:
        return re.compile("(?!)")
    names = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    # The first letters ahead: without them each id was tried at every character, 3 s
    # over a refused 16 MiB answers file (a hostile round, round 42, F4).
    first = "".join(sorted({re.escape(i[0]) for i in ids}))
    return re.compile(rf"(?i)(?=[{first}])(?<![\w-])(?:{names})(?![\w-])")
