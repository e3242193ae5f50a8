"""normalise() takes a fast path for ASCII text; it must give what the general path gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from steunwijzer.core.disguise import unconfused
from steunwijzer.core.textnorm import _NON_WORD, normalise


def general(text: str) -> str:
    # Look-alike letters are read as the Latin ones first (core/disguise.unconfused).
    decomposed = unicodedata.normalize("NFKD", unconfused(text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare).strip()


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fast_path_equals_the_general_path(text: str) -> None:
    assert normalise(text) == general(text)


@given(st.text())
def test_any_text_equals_the_general_path(text: str) -> None:
    assert normalise(text) == general(text)


def test_examples() -> None:
    assert normalise("  Slecht-Slapen! ") == "slecht slapen"
    assert normalise("Café ÉÉN") == "cafe een"
