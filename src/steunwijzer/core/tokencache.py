"""One reading of a text's words per text: the recogniser and the first-person reading
(firstperson.py) each split every batch row again (a profile of the free-text batch,
round 57: two thirds of a row's tokenising done twice). Tokens are read-only after they
are made (a lazily filled cache of their own aside), so one may serve both."""

from __future__ import annotations

from functools import lru_cache

from steunwijzer.core.textcontext import Tokens


@lru_cache(maxsize=8)
def tokens_of(text: str) -> Tokens:
    """The Tokens of ``text``, made once for the last few texts."""
    return Tokens(text)
