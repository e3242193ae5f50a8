"""The history a saved session record (`interview --save`) carries beside its answers:
the first answers that were changed, and the counsellor's override with its reason.

Replayed with `--answers`, a record that was acute only because a first "ja" was taken
back in the review came out "all answered no", routine, without a crisis line, and the
override and its reason were gone (a role-play, round 18). A replay keeps both now.
"""

from __future__ import annotations

from typing import Any


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
            raise ValueError("'changed_answers' of a session record must be a list")
        for change in changes:
            if isinstance(change, dict) and isinstance(change.get("question"), str):
                self.firsts.setdefault(change["question"], change.get("first"))
        result = record.get("result")
        override = result.get("override") if isinstance(result, dict) else None
        if isinstance(override, dict):
            tier, reason = override.get("to"), override.get("reason")
            if isinstance(tier, str) and isinstance(reason, str) and reason.strip():
                self.override = (tier, reason)
