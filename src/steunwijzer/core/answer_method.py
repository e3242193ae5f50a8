"""A way named at the safety screen's question about a method ("have you thought about
how you would do it?"): the words are a yes. "not really, maybe jumping in front of a
train crossed my mind" was "don't know" on the review and the record, which understated
the risk for whoever reads it later (a role-play, round 57). A way denied in its own
clause stays what it was: "no, never thought about jumping" a no, "nee, niet aan pillen
of zo" doubt (answer_words.excepting)."""

from __future__ import annotations

import re

from steunwijzer.core.lazyre import lazy_compile

_WAYS = lazy_compile(
    # not a flat, a car or gas alone: "no, I live in a flat lol" says no way
    r"\b(?:trains?|trein|spoor|tracks|jump\w*|spring\w*|sprong|bridges?|brug|roof|dak|"
    r"balcony|balkon|pills|pillen|tabletten|overdos\w*|rope|touw|noose|strop|ophang\w*|drown\w*|"
    r"verdrink\w*|knife|mes|wrists?|polsen|hang\w* (?:myself|mezelf|me))\b"
)
# A denial in the clause, unless a "maybe" or a "but" after it turns it: "no, maybe pills"
_TURN = r"maybe|misschien|but|maar|wel|hooguit|only|alleen|except|behalve|perhaps"
_SAYS_NOT = lazy_compile(rf"\b(?:no|not|never|nee|niet|nooit|geen|none)\b(?!.*\b(?:{_TURN})\b)")
_CLAUSES = r"[,.;:!?]|\b(?:but|maar)\b"


def names_a_way(question_id: str, word: str) -> bool:
    """At the question about a method, a way named in a clause that does not deny it."""
    return question_id == "safety_method" and any(
        _WAYS.search(clause) is not None and _SAYS_NOT.search(clause) is None
        for clause in re.split(_CLAUSES, word)
    )
