"""Words written to get past a filter (core/disguise.py): Cyrillic or Greek letters that
look Latin, digits for letters, a mark for a letter. Each was found by an outside
hostile-input test (round 6) to give no theme and no crisis line."""

from __future__ import annotations

import pytest

from steunwijzer.core.disguise import unconfused, unleet, unmarked
from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser
from steunwijzer.core.vocabulary import Vocabulary

SUICIDAL = "suicidal_thoughts"


@pytest.fixture(scope="module")
def read(builtin: Catalog):  # type: ignore[no-untyped-def]
    return Recogniser(builtin.themes).read


@pytest.mark.parametrize(
    "text",
    [
        "ik wil d\u043e\u043ed",  # Cyrillic o twice
        "ik w\u0456l dood",  # Cyrillic i
        "I want to d\u0456e",
        "z\u0435lfm\u043e\u043erd",
        "ik wil d\u03bf\u03bfd",  # Greek omicron
        "k*ll myself",
        "k!ll myself",
        "su1c1de",
        "ik wil d00d",
        "i want to k1ll myself",
    ],
)
def test_a_disguised_risk_word_is_found(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert SUICIDAL in read(text).themes


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("3am", "3am"),  # starts with a digit: a time
        ("covid19", "covid19"),  # ends with one
        ("mp3", "mp3"),
        ("b2b", "b2b"),  # 2 stands for no letter here
        ("h3ll0", "h3ll0"),  # ends with a digit
        ("su1c1de", "suicide"),
        ("d00d", "dood"),
    ],
)
def test_digits_count_as_letters_only_inside_a_word(word: str, expected: str) -> None:
    assert unleet(word) == expected


def test_ordinary_text_is_left_alone(read) -> None:  # type: ignore[no-untyped-def]
    assert unmarked("wow! great* news") == "wow! great* news"
    assert unmarked("k*ll") == "kill" and len(unmarked("a*b!c")) == 5
    assert unconfused("gewoon Nederlands") == "gewoon Nederlands"
    for text in (
        "I wake up at 3am every night",
        "I had covid19 last month",
        "\u041f\u0420\u0418\u0412\u0415\u0422",
    ):
        assert SUICIDAL not in read(text).themes


def test_a_disguised_theme_name_resolves(builtin: Catalog) -> None:
    assert Vocabulary(builtin.themes).resolve("z\u0435lfm\u043e\u043erd") == SUICIDAL


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("#killmyself", SUICIDAL),
        ("iwanttodie tbh", SUICIDAL),
        ("ikwildood", SUICIDAL),
        ("i want to kill my self", SUICIDAL),
        ("i keep cutting my self", "self_harm"),
    ],
)
def test_words_run_together_or_written_apart(read, text: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    """Hashtags and words run together, "my self" written apart: an outside test (round 6)
    saw no theme and no crisis line."""
    assert theme in read(text).themes


def test_my_self_alone_is_nothing(read) -> None:  # type: ignore[no-untyped-def]
    for text in ("I love my self more these days", "I want to be my self again"):
        assert not read(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "ik denk steeds aan $uicide",
        "\u24e9\u24d4\u24db\u24d5\u24dc\u24de\u24de\u24e1\u24d3",  # zelfmoord in circles
        "I want to \U0001f15a\U0001f158\U0001f15b\U0001f15b myself",  # kill, black circles
        "\U0001f13a\U0001f138\U0001f13b\U0001f13b myself tonight",  # KILL, in squares
    ],
)
def test_dollar_and_enclosed_letters_are_read(read, text: str) -> None:  # type: ignore[no-untyped-def]
    """Hostile round 10: these read as nothing recognised (circled letters are symbols to
    Unicode, not letters; "$" is no letter). Without the mapping in `unmarked` each fails."""
    assert SUICIDAL in read(text).themes


def test_amounts_with_a_dollar_stay_amounts() -> None:
    for text in ("het kost $50 per maand", "I owe US$ 300", "$$$ problems"):
        assert unmarked(text) == text
    assert unmarked("$uicide") == "suicide" and len(unmarked("\u24b6b")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "ik denk steeds aan z e l f m o o r d",
        "k-i-l-l m-y-s-e-l-f tonight",
        "s.u.i.c.i.d.e is all i think about",
        "ik wil d o o d",
    ],
)
def test_a_word_spelt_out_letter_by_letter_is_read(read, text: str) -> None:  # type: ignore[no-untyped-def]
    """Round 13 (found in round 12's hostile round, left then): a word written one
    letter at a time was nothing recognised. Without `_SPACED` in `unmarked` each fails."""
    assert SUICIDAL in read(text).themes


def test_letters_spelt_out_keep_every_offset() -> None:
    """Joined and padded: the text keeps its length and what follows keeps its place;
    short runs and initials stay as they are."""
    text = "ik denk aan z e l f m o o r d, echt"
    out = unmarked(text)
    assert len(out) == len(text) and out.index(", echt") == text.index(", echt")
    assert out.startswith("ik denk aan zelfmoord ")
    for kept in ("groep a b c heeft tentamen", "I.M.O. it's fine", "vak A en B"):
        assert unmarked(kept) == kept
