"""The words of a text: where a word begins and ends, and how it is written out before
matching (chat spelling, contractions, elongations, emoji that carry a means). Split from
textcontext.py in round 60; textcontext reads what the words mean in their sentence."""

from __future__ import annotations

import re

from steunwijzer.core import lexicon
from steunwijzer.core.dictation import rejoined
from steunwijzer.core.disguise import unconfused, unleet
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.patternwords import fold

# A soft hyphen, zero-width character, direction mark, variation selector, combining
# accent (a Mac's "ï") and all else that shows nothing (format controls, tags, fillers,
# blanks, DEL, C1) is part of the word: "zelf\u00admoord", "d\u061cood" (round 9).
_LETTERS = r"[^\W_][^\W_\u0300-\u036f]*(?:[\u0300-\u036f]+[^\W_]*)*"
_JOINERS = (
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    r"\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
    r"\U0001d173-\U0001d17a\U000e0000-\U000e007f\U000e0100-\U000e01ef"
    r"\U00013430-\U0001343f\U0001bca0-\U0001bca3]+"
)
# "w/o" and "w/" are one word each ("i cant go a day w/o cutting myself" split into "w"
# and "o" and named nothing, round 59's note); written out as "without"/"with" (CHAT).
# Emoji that carry a means or a wound ("help 💊💊💊 took them all", set280) are words too;
# CHAT writes them out. Not the skull: in chats it is laughter. Laughing faces are
# written out as "haha" (round 67).
EMOJI = (
    "\U0001f48a\U0001f52a\U0001f52b\U0001fa78\U0001faa2\U0001faa6\u26b0"
    "\U0001f602\U0001f923\U0001f605\U0001f606\U0001f639"
)
TOKEN = lazy_compile(
    rf"[wW]/[oO]?(?![^\W_/])|[{EMOJI}]\ufe0f?|['’]?{_LETTERS}(?:(?:['’]|{_JOINERS}){_LETTERS})*"
)
# "dieeee": a letter three times or more is an elongation, not "eeë" ("ideeën" folds to "eee").
_RUN = lazy_compile(r"(.)\1{2,}")


def _unstretched(run: re.Match[str]) -> str:
    if run.end() == len(run.string):
        return run.group(1)  # "dieee" -> "die"
    return run.group() if run.group() == "eee" else run.group(1) * 2  # "doooood" -> "dood"


def words_of(text: str) -> list[str]:
    """``Tokens(text).words`` alone, for a first look at a text."""
    return rejoined([word for raw in TOKEN.findall(text) for word in expanded(raw)])


_EXPANDED: dict[str, tuple[str, ...]] = {}
MAX_WORD = 64  # no word of any language is longer; a 30 MB "word" cost 1.6 GB


def expanded(raw: str) -> tuple[str, ...]:
    """expand(fold(raw)), remembered per raw word (bounded)."""
    if len(raw) > MAX_WORD:
        raw = raw[:MAX_WORD]
    found = _EXPANDED.get(raw)
    if found is None:
        if raw[0] in EMOJI:  # folding drops it: written out first
            found = tuple(lexicon.CHAT[raw[0]].split())
        else:
            found = tuple(expand(unleet(fold(unconfused(raw)))))
        if len(_EXPANDED) < 200_000:
            _EXPANDED[raw] = found
    return found


def expand(word: str) -> list[str]:
    if len(word) > 2 and _RUN.search(word):  # "dieee" -> "die", "doooood" -> "dood"
        word = _RUN.sub(_unstretched, word)
    mapped = lexicon.CHAT.get(word)
    if mapped is not None:
        return mapped.split()
    if word[:1] == "'" and len(word) > 2:  # a quote before a word: 'won't -> won't
        return expand(word[1:])
    if "'" in word:
        if word.endswith("n't"):
            base = word[:-3]
            return [{"ca": "can", "wo": "will", "sha": "shall"}.get(base, base), "not"]
        for tail, full in (("'s", ""), ("'re", "are"), ("'ve", "have"), ("'ll", "will"),
                           ("'m", "am"), ("'d", "would")):  # fmt: skip
            if word.endswith(tail) and len(word) > len(tail):
                return [word[: -len(tail)], *([full] if full else [])]
        word = word.replace("'", "")
    return [word] if word else []
