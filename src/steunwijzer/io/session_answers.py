"""The history a saved session record (`interview --save`) carries beside its answers:
the first answers that were changed, and the counsellor's override with its reason.

Replayed with `--answers`, a record that was acute only because a first "ja" was taken
back in the review came out "all answered no", routine, without a crisis line, and the
override and its reason were gone (a role-play, round 18). A replay keeps both now.
"""

from __future__ import annotations

from typing import Any

CHANGE_KEYS = ("question", "first", "final")  # what `--save` writes per changed answer
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
    override: tuple[str, str] | None  # (tier, reason)

    def __init__(self, answers: dict[str, object], record: Any = None) -> None:
        super().__init__(answers)
        self.firsts, self.override = {}, None
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
        override = result.get("override") if isinstance(result, dict) else None
        if isinstance(override, dict):
            tier, reason = override.get("to"), override.get("reason")
            if isinstance(tier, str) and isinstance(reason, str) and reason.strip():
                self.override = (tier, reason)

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
