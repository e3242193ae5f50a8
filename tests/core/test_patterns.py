"""The pattern language (``core/patterns.py``): exactly what a pattern reads as, and
exactly what a coordinator is told, at which column, when it cannot be read.

Written to kill the mutants that survived ``bench/mutation.sh`` on ``core/patterns.py``
(docs/mutation.md): a gap read one word too wide, an optional word that became required,
an error pointing at the wrong column or saying something else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steunwijzer.core.patterns import (
    AND_WINDOW,
    DEFAULT_GAP,
    MAX_ITEMS,
    WIDE_GAP,
    Item,
    PatternError,
    Term,
    fold,
    parse,
    surely_valid,
)


def stem(word: str) -> Term:
    return Term("stem", word)


def test_the_constants_the_docs_promise() -> None:
    assert (DEFAULT_GAP, WIDE_GAP, AND_WINDOW, MAX_ITEMS) == (1, 3, 8, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suïcide", "suicide"),
        ("ZELFMOORD", "zelfmoord"),
        ("can’t", "can't"),
        ("Ĳsbeer café", "ijsbeer cafe"),
        ("straße", "strasse"),  # casefold, not only lower
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_words_gaps_and_kinds() -> None:
    parsed = parse("  Wil|wou .. =dood zelfmoord* *brief echt? leven $ ")
    assert parsed.source == "Wil|wou .. =dood zelfmoord* *brief echt? leven $"
    assert not parsed.immediate
    assert parsed.parts == (
        (
            Item((stem("wil"), stem("wou")), 0),
            Item((Term("exact", "dood"),), WIDE_GAP),
            Item((Term("prefix", "zelfmoord"),), DEFAULT_GAP),
            Item((Term("suffix", "brief"),), DEFAULT_GAP),
            Item((stem("echt"),), DEFAULT_GAP, optional=True),
            Item((stem("leven"),), DEFAULT_GAP),
            Item((Term("end", "$"),), 0),
        ),
    )


def test_a_numbered_gap_applies_to_the_next_word_only() -> None:
    parsed = parse("niet ..0 meer ..9 leven nu")
    gaps = [item.gap for item in parsed.parts[0]]
    assert gaps == [0, 0, 9, DEFAULT_GAP]


def test_parts_phrases_and_urgency() -> None:
    parsed = parse(" !Pillen & gespaard|verzameld & kill_myself")
    assert parsed.immediate
    assert parsed.parts == (
        (Item((stem("pillen"),), 0),),
        (Item((stem("gespaard"), stem("verzameld")), 0),),
        (Item((stem("kill_myself"),), 0),),
    )
    # An alternative written twice counts once.
    assert parse("dood|dood").parts[0][0].terms == (stem("dood"),)


def test_twelve_words_is_the_most() -> None:
    assert len(parse(" ".join(["a"] * MAX_ITEMS)).parts[0]) == MAX_ITEMS
    assert len(parse(" & ".join(["a b"] * (MAX_ITEMS // 2))).parts) == MAX_ITEMS // 2
    with pytest.raises(PatternError) as caught:
        parse(" ".join(["a"] * (MAX_ITEMS + 1)))
    assert str(caught.value) == "a pattern has at most 12 words" and caught.value.offset == 0
    with pytest.raises(PatternError):
        parse("a b c & d e f g & h i j k l m")


@pytest.mark.parametrize(
    ("pattern", "message", "offset"),
    [
        ("", "empty pattern", 0),
        ("   ", "empty pattern", 0),
        (".. dood", "'..' must stand between two words", 0),
        ("wil .. ..2 dood", "'..' must stand between two words", 7),
        ("wil dood ..", "a pattern cannot end with '..'", 11),
        ("$ wil", "'$' must follow a word", 0),
        ("wil .. $", "'$' must follow a word", 7),
        ("wil $ dood", "'$' may only end a pattern (or a part)", 6),
        ("echt? dood", "a pattern cannot start with an optional word", 0),
        ("wil dood|", "'dood|': empty alternative around '|'", 9),
        ("wil |dood", "'|dood': empty alternative around '|'", 4),
        ("wil dood|=", "'=' has no word", 9),
        ("wil *", "'*': use '*' at the start or the end of a word, not both", 4),
        ("wil *dood*", "'*dood*': use '*' at the start or the end of a word, not both", 4),
        (
            "wil (dood)",
            "'(dood)': a word has only letters, digits and ' (no spaces, brackets or regex)",
            4,
        ),
        ("wil =kill_myself", "'=kill_myself': a phrase with '_' cannot use '=' or '*'", 4),
        ("wil kill_my*", "'kill_my*': a phrase with '_' cannot use '=' or '*'", 4),
        ("wil ab*", "'ab*': a word with '*' needs at least 3 letters", 4),
        ("wil *ab", "'*ab': a word with '*' needs at least 3 letters", 4),
        ("wil dood!", "'!' may only start a pattern", 8),
        ("!wil !dood", "'!' may only start a pattern", 5),
        ("& dood", "'&' must stand between two parts", 0),
        ("wil & & dood", "'&' must stand between two parts", 6),
        ("wil &", "a pattern cannot end with '&'", 5),
        ("wil & dood ..", "a pattern cannot end with '..'", 13),  # the column in the line
    ],
)
def test_errors_say_what_and_where(pattern: str, message: str, offset: int) -> None:
    assert not surely_valid(pattern)  # the quick check hands every one to parse()
    with pytest.raises(PatternError) as caught:
        parse(pattern)
    assert (str(caught.value), caught.value.offset) == (message, offset)


def test_the_smallest_valid_patterns() -> None:
    assert parse("abc*").parts[0][0].terms == (Term("prefix", "abc"),)
    assert parse("*abc").parts[0][0].terms == (Term("suffix", "abc"),)
    assert parse("=a").parts[0][0].terms == (Term("exact", "a"),)
    assert parse("a b?").parts[0][1].optional
    with pytest.raises(PatternError) as caught:
        parse("wil ?")  # a lone "?" is not an optional nothing: it is not a word
    assert caught.value.offset == 4


# --- the quick check a catalogue's load uses (round 26) ---------------------------------

_PIECES = [
    "wil",
    "dood",
    "ab",
    "a'b",
    "kill_myself",
    "|",
    "?",
    "*",
    "=",
    "..",
    "..2",
    "$",
    "&",
    "!",
    " ",
    "  ",
    "\t",
    "é",
    "(",
    "x",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_the_quick_check_never_passes_a_pattern_parse_refuses(text: str) -> None:
    if surely_valid(text):
        parse(text)  # raises PatternError if the quick check was wrong


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["wil", "dood", "abc*", "*abc", "=sh", "zo_nu", "a|b", "c?", "..", "..4", "$", "&"]
        ),
        min_size=1,
        max_size=30,
    )
)
def test_the_quick_check_on_word_lines(words: list[str]) -> None:
    text = " ".join(words)
    if surely_valid(text):
        parse(text)


@pytest.mark.parametrize(
    "pattern",
    [
        "wil dood",
        "!touw & gekocht",
        "wil|wou .. dood $",
        "zelfmoord* & =sh",
        "a b? ..2 c",
        "*brief",
        "x & y $",
    ],
)
def test_the_quick_check_knows_plain_patterns(pattern: str) -> None:
    assert surely_valid(pattern) and parse(pattern)


def test_the_built_in_patterns_nearly_all_pass_the_quick_check() -> None:
    """Its point is speed: if the built-in themes stopped passing it, every load would
    parse two thousand patterns again (load+validate, bench/run.py)."""
    import yaml

    themes = Path(__file__).resolve().parents[2] / "catalog" / "themes.yaml"
    data = yaml.safe_load(themes.read_text(encoding="utf-8"))
    texts = [p for t in data["themes"] for ps in (t.get("patterns") or {}).values() for p in ps]
    quick = [t for t in texts if surely_valid(t)]
    assert len(quick) >= 0.98 * len(texts) > 1000
    for text in quick:
        parse(text)
