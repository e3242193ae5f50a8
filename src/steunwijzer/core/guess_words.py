"""A second-net guess explained away by its own words (round 55): a thing that ends (a
lease, a contract, a visa), no one dying; a danger said not to be there. Used by
core/resembling.py, kept apart to keep it small."""

from __future__ import annotations

import re

__all__ = ["a_thing_ends", "no_danger_said"]

# Things that end without anyone dying: a lease, a contract, a term, a visa.
_ENDS_OF_THINGS = frozenset(
    ("lease", "tenancy", "contract", "huurcontract", "semester", "term", "internship", "stage",
     "visa", "permit", "verblijfsvergunning", "subscription", "abonnement")
)  # fmt: skip


# A danger denied in the guess's own words: "I don't think he's in any danger, I just think
# he's really down" was an unsafe situation (0.93; a blind set of parents, round 55). Not
# a doubt: "not sure he's in danger", "ik weet niet of ze in gevaar is".
_DANGER = frozenset(("danger", "gevaar", "unsafe", "onveilig"))
_NO = frozenset(("not", "n't", "no", "geen", "niet", "never", "nooit"))
_DOUBT = frozenset(("sure", "know", "if", "whether", "weet", "zeker", "of", "maybe", "misschien"))


def no_danger_said(words: str) -> bool:
    """Whether a "not"/"geen" stands in the six words before "danger"/"gevaar", with no
    doubt after it, nor "not safe" ("she's not safe, in danger" says the danger), in the
    clause of the danger ("it's not that I don't want help, I'm in danger" says it)."""
    for clause in re.split(r"[,;.!?:]| but | maar ", words.lower().replace("n't", " n't")):
        said = clause.split()
        for i, w in enumerate(said):
            if w in _DANGER:
                before = said[max(0, i - 6) : i]
                no = [k for k, b in enumerate(before) if b in _NO]
                if no and _DOUBT.isdisjoint(before[no[-1] :]) and _SAFE.isdisjoint(before):
                    return True
    return False


_SAFE = frozenset(("safe", "veilig", "okay", "ok", "oke", "fine"))


def a_thing_ends(said: set[str]) -> bool:
    """Whether the guess's words name a thing that ends ("my lease ends in january")."""
    return not _ENDS_OF_THINGS.isdisjoint(said)
