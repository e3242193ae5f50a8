"""Whether a "nu" or "now" near a risk finding means this minute (urgency immediate) or
these days: "hij staat nu steeds bij mijn deur", "now here it's ok", "it's been 6 years
now". Kept apart from core/textcontext.py to keep it small."""

from __future__ import annotations

from steunwijzer.core import lexicon

_HABIT_AFTER_NOW = lexicon.word_set("steeds vaak elke iedere telkens always every")
_SAFE_NOW = lexicon.word_set("ok okay oke fine safe veilig rustig alright goed prima wel")
# How long, or done: "6 years now", "that's over now", "het is nu voorbij" (r27)
_SPAN = lexicon.word_set("years months weeks days jaar jaren maanden weken dagen over voorbij")
_BUT = lexicon.word_set("maar but en and")
_GLUE = lexicon.word_set("here hier it is het i ik am m ben feel voel me mij gaat all alles s")


def not_this_minute(words: list[str], j: int) -> bool:
    """ "nu steeds", "now here it's ok", "nu gaat het wel", "6 years now" (set89, r27); not
    "nu niet veilig", "nu wel dood" (112 now for a student safe in the office, r26)."""
    after = words[j + 1 : j + 5]
    if j > 0 and words[j - 1] in _SPAN:
        return True
    if j > 1 and words[j - 1] == "gone" and words[j - 2] != "be":
        return True  # "they are gone now", not "I want to be gone now" (round 55)
    if j > 0 and words[j - 1] in _BUT and after[:1] in (["niet"], ["not"]):
        return True  # "vorig jaar wel, maar nu niet meer" was "direct gevaar" (r28, R24)
    safe = next((i for i, w in enumerate(after) if w in _SAFE_NOW and (i or w != "wel")), -1)
    glued = safe >= 0 and all(w in _GLUE for w in after[:safe])
    return (bool(after) and after[0] in _HABIT_AFTER_NOW) or glued
