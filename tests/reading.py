"""The built-in vocabulary read once per test run, for tests of what free text yields."""

from __future__ import annotations

from functools import cache

from steunwijzer.core.vocabulary import Vocabulary


@cache
def builtin_vocabulary() -> Vocabulary:
    from steunwijzer.catalog.load import load_catalog

    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    return Vocabulary(loaded.themes)


def themes_of(text: str) -> set[str]:
    """The themes the built-in vocabulary finds in ``text``."""
    return set(builtin_vocabulary().read(text).themes)


# The acute themes, as the round test files of free text check them (one home: rounds
# 30-32 each wrote it out).
ACUTE = {
    "suicidal_thoughts",
    "self_harm",
    "unsafe_situation",
    "sexual_violence",
    "concern_for_other",
    "grief",
    "dropout_risk",
}
