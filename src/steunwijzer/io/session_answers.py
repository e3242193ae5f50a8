"""The history a saved session record (`interview --save`) carries beside its answers:
the first answers that were changed, and the counsellor's override with its reason.

Replayed with `--answers`, a record that was acute only because a first "ja" was taken
back in the review came out "all answered no", routine, without a crisis line, and the
override and its reason were gone (a role-play, round 18). A replay keeps both now.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from steunwijzer.core.model import Question

CHANGE_KEYS = ("question", "first", "final")  # what `--save` writes per changed answer
SAID_KEYS = ("question", "words")  # what `--save` writes per thing said beside an answer
_NO = frozenset(("nee", "neen", "no", "n", "false", "0", ""))


class DamagedRecord(ValueError):
    """A session record whose history cannot be read as written; ``salvaged`` holds its
    answers with every first answer that is not a plain no, to search for an acute
    signal (a hostile round, round 19: an entry with other keys was dropped silently and
    a first "ja" with it, the tier lowered from acute to specific)."""

    def __init__(self, message: str, salvaged: dict[str, object]) -> None:
        super().__init__(message)
        self.salvaged = salvaged


def _first_said(change: dict[Any, Any]) -> object:
    """The first answer of an entry, under whatever key it stands."""
    if "first" in change:
        return change["first"]
    for key, value in change.items():
        if key not in ("question", "final") and str(value).strip().lower() not in _NO:
            return value
    return None


class SessionAnswers(dict[str, object]):
    """The answers of an answers file, with the history a session record holds."""

    firsts: dict[str, object]
    # (tier, reason, the tier it was lowered from, the urgency the record's result had)
    override: tuple[str, str | None, object, object] | None

    def __init__(self, answers: dict[str, object], record: Any = None) -> None:
        super().__init__(answers)
        self.firsts, self.override = {}, None
        self.text = ""  # the file as read (its comments are searched from it)
        self.said: list[tuple[str, str]] = []  # (question, words) from the saved result
        if not isinstance(record, dict):
            return
        changes = record.get("changed_answers") or ()
        if not isinstance(changes, list | tuple):
            # a damaged record must not replay as if nothing had changed (round 18)
            raise DamagedRecord("'changed_answers' of a session record must be a list", answers)
        salvaged = dict(answers)
        problem = ""
        for number, change in enumerate(changes, 1):
            if not isinstance(change, dict) or not isinstance(change.get("question"), str):
                problem = problem or (
                    f"entry {number} of 'changed_answers' needs a 'question' (the question's id)"
                )
                continue
            first = _first_said(change)
            if first is not None and str(first).strip().lower() not in _NO:
                salvaged[change["question"]] = first  # a first "ja" counts over the final
            unknown = [str(k) for k in change if k not in CHANGE_KEYS]
            if unknown:
                from steunwijzer.core.textnorm import did_you_mean

                problem = problem or (
                    f"entry {number} of 'changed_answers': unknown key '{unknown[0]}'"
                    f"{did_you_mean(unknown[0], CHANGE_KEYS)}"
                )
                continue
            self.firsts.setdefault(change["question"], change.get("first"))
        if problem:
            raise DamagedRecord(problem, salvaged)
        result = record.get("result")
        said = record.get("said")
        problem = _said_problem(said)
        if problem:
            # Entries not as written were dropped silently and the replay came out
            # "preventie", exit 0, beside a record that said acute (a hostile round,
            # round 21): refused, their words searched.
            raise DamagedRecord(problem, {**salvaged, "said": _words_in(said)})
        self.said = _said_list(said) if isinstance(said, list) else _said_words(result, answers)
        override = result.get("override") if isinstance(result, dict) else None
        if isinstance(override, dict):
            tier, reason = override.get("to"), override.get("reason")
            # A raise needs no reason: one made to acute was dropped on replay and the
            # crisis lines with it (a hostile round, round 46, P1), a lowering was kept.
            raised = _raised(override.get("from"), tier)
            if isinstance(tier, str) and (raised or (isinstance(reason, str) and reason.strip())):
                urgency = result.get("urgency") if isinstance(result, dict) else None
                typed = reason if isinstance(reason, str) else None
                self.override = (tier, typed, override.get("from"), urgency)

    def check_questions(self, known: set[str]) -> None:
        """A changed answer of a question the catalogue does not have is refused with a
        did-you-mean ("safety_wishdead" dropped its first "ja" silently: round 19)."""
        from difflib import get_close_matches

        from steunwijzer.core.textnorm import did_you_mean

        for qid in self.firsts:
            if qid not in known:
                salvaged = dict(self)
                for q, first in self.firsts.items():
                    # a misspelt id's first "ja" counts under the id it is closest to
                    close = [q] if q in known else get_close_matches(q, known, 1, 0.85)
                    if close and str(first).strip().lower() not in _NO:
                        salvaged[close[0]] = first
                raise DamagedRecord(
                    f"unknown question id '{qid}' in 'changed_answers'"
                    f"{did_you_mean(qid, sorted(known))}",
                    salvaged,
                )

    def with_said(self, questions: Sequence[Question]) -> None:
        """The words said at other questions, read again as the session read them: "no,
        not me, it's my roommate, he sent me a goodbye message" at the first question was
        in the record's result, not in its answers, and the replay came out "all answered
        no", routine, exit 0 (a role-play, round 19). Beside a yes/no answer when they
        leave it as it was; else as own words."""
        by_id = {q.id: q for q in questions}
        rest: list[str] = []
        for qid, words in self.said:
            question, value = by_id.get(qid), self.get(qid)
            if question is not None and question.type != "text" and value is not None:
                tries = [words]  # the reply as said ("no, not me, it's my roommate ...")
                if isinstance(value, bool):  # the words a reason quoted, beside the answer
                    tries.append(f"{'ja' if value else 'nee'}, {words}")
                if any(_reads_as(question, said, value) for said in tries):
                    self[qid] = next(s for s in tries if _reads_as(question, s, value))
                    continue
            rest.append(words)
        text_id = next((q.id for q in questions if q.type == "text"), None)
        if rest and text_id is not None:
            own = self.get(text_id)
            kept = [own] if isinstance(own, str) and own.strip() else []
            self[text_id] = ". ".join([*kept, *rest])


def _reads_as(question: Question, said: str, value: object) -> bool:
    """``said`` is read as the recorded answer ``value`` (a list for several choices)."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    try:
        parsed = parse_answer(question, said)
    except AnswerError:
        return False
    return parsed == value or (isinstance(parsed, tuple) and list(parsed) == value)


def _said_list(said: list[Any]) -> list[tuple[str, str]]:
    """The record's own "said" list: (where, words) as the session heard them."""
    return [
        (str(item.get("question")), item["words"])
        for item in said
        if isinstance(item, dict) and isinstance(item.get("words"), str) and item["words"].strip()
    ]


def _said_words(result: object, answers: dict[str, object]) -> list[tuple[str, str]]:
    """For a record without its own "said" (before round 19): the words its result's
    reasons quote from answers that are not text answers (rules "text.<question>..." and
    "said.<question>...")."""
    reasons = result.get("reasons") if isinstance(result, dict) else None
    words: list[tuple[str, str]] = []
    for reason in reasons if isinstance(reasons, list) else ():
        rule = reason.get("rule") if isinstance(reason, dict) else None
        said = reason.get("answer") if isinstance(reason, dict) else None
        if not (isinstance(rule, str) and isinstance(said, str) and said.strip()):
            continue
        kind, _, rest = rule.partition(".")
        question = rest.split(".", 1)[0]
        own = answers.get(question)
        if kind in ("text", "said") and not (isinstance(own, str) and said in own):
            words.append((question, said))
    return list(dict.fromkeys(words))


def _said_problem(said: object) -> str:
    """What is wrong with a record's "said" list, or "" (absent or null is an older
    record: the words its result quotes are read instead)."""
    if said is None:
        return ""
    if not isinstance(said, list):
        return "'said' of a session record must be a list of entries with 'question' and 'words'"
    for number, item in enumerate(said, 1):
        if not isinstance(item, dict) or set(item) != set(SAID_KEYS):
            return f"entry {number} of 'said' needs exactly 'question' and 'words'"
        if not isinstance(item["question"], str) or not isinstance(item["words"], str):
            return f"entry {number} of 'said': 'question' and 'words' are text"
    return ""


def _words_in(value: object) -> list[str]:
    """Every text in ``value`` but question ids (never a student's words: round 19)."""
    if isinstance(value, str):
        return [value] if " " in value.strip() or "_" not in value else []
    if isinstance(value, dict):
        return [w for k, v in value.items() if k != "question" for w in _words_in(v)]
    if isinstance(value, list | tuple):
        return [w for v in value for w in _words_in(v)]
    return []


_RANKS = {"prevention": 1, "specific": 2, "acute": 3}


def _raised(was: object, to: object) -> bool:
    """A change of tier upwards (a tier of none counts lowest)."""
    return isinstance(to, str) and _RANKS.get(to, 0) > _RANKS.get(str(was), 0)


# What --save writes at the top of a record (io/records.py). Another key was dropped
# silently, "ik wil dood" in a key of its own or a misspelt "anwsers" with it, and the
# replay said "specifieke hulpvraag", exit 0 (a hostile round, round 46, P2).
RECORD_KEYS = ("steunwijzer", "date", "catalog", "answers", "changed_answers", "said", "result")


def unknown_record_key(record: dict[Any, Any]) -> tuple[str, dict[str, object], str] | None:
    """For a record with a key --save never writes: the refusal's message, its answers
    with those found in such keys (a misspelt "anwsers"; a yes over a no) and their
    words, to search."""
    from steunwijzer.core.textnorm import did_you_mean

    unknown = [k for k in record if str(k) not in RECORD_KEYS]
    if not unknown:
        return None
    first = str(unknown[0])
    message = f"unknown key '{first}' in a session record{did_you_mean(first, RECORD_KEYS)}"
    found: dict[str, object] = {}
    for key in unknown:
        if isinstance(record[key], dict):
            found.update({str(k): v for k, v in record[key].items()})
    answers = record.get("answers")
    merged = dict(answers) if isinstance(answers, dict) else {}
    for key, value in found.items():  # a yes in a stray key counts over a recorded no
        if str(merged.get(key, "")).strip().lower() in _NO:
            merged[key] = value
    return message, merged, " ".join(_strings([record[k] for k in unknown]))


def _strings(value: object, depth: int = 0) -> list[str]:
    """Every text in a value, keys and items (a few levels deep: a record is shallow)."""
    if isinstance(value, str):
        return [value]
    if depth > 8:
        return []
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in (*_strings(k), *_strings(v, depth + 1))]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _strings(v, depth + 1)]
    return []
