"""Asking for a friend who turns out to be oneself: "asking for a friend how do u clean
cuts so they dont get infected. the friend is me", "hypothetisch: als iemand een eind
aan zn leven wil maken ... ik bedoel mezelf denk ik" (an anonymous question box, set88,
round 27). Read as someone else's (concern for someone else), they are the student's
own: the text says so itself. Used by core/recognise.py."""

from __future__ import annotations

from steunwijzer.core.lazyre import lazy_compile

# Said of oneself after a friend, a "someone" or a hypothesis; not "I mean, my friend".
_REVEALED = lazy_compile(
    r"(?i)(?:\b(?:it'?s|its|it is|this is)(?: really| actually)? not (?:really )?(?:for|about)"
    r" (?:a|my) friend"
    r"|\b(?:the|my|that|this) friend (?:is|=|being) (?:me|myself)\b"
    r"|\bfriend,? (?:aka|a\.k\.a\.?|also known as|=) (?:me|myself)\b"
    r"|\b(?:ok(?:ay|e)?,? )?(?:i mean|i meant) (?:me|myself)\b"
    r"|\b(?:ik bedoel|bedoel ik|ik bedoelde) (?:mezelf|mijzelf|mij|ik zelf)\b"
    r"|\b(?:die|de) (?:vriend|vriendin|iemand) ben ik(?: zelf)?\b"
    r"|\bhet gaat (?:eigenlijk |gewoon )?(?:om|over) (?:mij|mezelf|mijzelf)\b"
    r"|\b(?:het is|is) (?:eigenlijk |gewoon )?niet voor een vriend(?:in)?\b"
    r"|\bit'?s (?:actually |really )?(?:about )?me\b[^a-z]*$"
    r"|\b(?:it|this) is (?:actually |really )?about me\b)"
)


def revealed(text: str) -> bool:
    """Whether the text says that the friend or "someone" it speaks of is the writer."""
    return _REVEALED.search(text) is not None
