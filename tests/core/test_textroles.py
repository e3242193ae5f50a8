"""Who does what in a sentence (core/textroles.py), pinned at each boundary.

Written for the mutation run of round 11 (docs/mutation.md): each case below is one a
surviving mutant reads differently (the first word of a text, the word just before, an
index one further), shown to fail with that mutant put in by hand in a copy of the tree:
15 of the 19 survivors in this module. The other four are equivalent and listed in
docs/mutation.md."""

from __future__ import annotations

import pytest

from steunwijzer.core.textroles import new_subject, owner, recipient


@pytest.mark.parametrize(
    ("words", "j", "expected"),
    [
        (["ik", "wil", "dood"], 0, True),  # the first word of the text
        (["ik", "dat"], 0, True),  # the first word: nothing before it links ("j == 0")
        (["dat", "ik", "wil"], 1, False),  # "niet dat ik ...": inside what is denied
        (["goed", "ik", "wil"], 1, True),  # a sentence of its own, without a comma
        (["x", "dat", "ik"], 2, False),  # the word just before, not two before
        (["dat", "x", "ik"], 2, True),
        (["ik", "wil"], 1, False),  # not a first person at all
    ],
)
def test_a_first_person_starts_a_sentence_of_its_own(
    words: list[str], j: int, expected: bool
) -> None:
    assert new_subject(words, j) is expected


@pytest.mark.parametrize(
    ("words", "j", "expected"),
    [
        (["aan", "broer"], 1, True),  # "to" at the very start, one word before
        (["aan", "mijn", "broer"], 2, True),  # "to my brother"
        (["gaf", "aan", "broer"], 2, True),
        (["broer"], 0, False),  # nothing before it
        (["mijn", "broer"], 1, False),  # owned, but given to nobody
        (["aan", "x", "broer"], 2, False),  # "to" two words before, not one
    ],
)
def test_a_person_who_receives(words: list[str], j: int, expected: bool) -> None:
    assert recipient(words, j) is expected


@pytest.mark.parametrize(
    ("words", "j", "expected"),
    [
        (["moeder", "pillen"], 0, True),  # "moeder(s) pillen": the means right after
        (["mijn", "moeder"], 1, False),  # the last word: nothing after it to read
        (["pillen", "van", "moeder"], 2, True),  # "pillen van moeder", at the start
        (["pillen", "van", "mijn", "moeder"], 3, True),
        (["x", "pillen", "van", "moeder"], 3, True),
        (["van", "moeder"], 1, False),  # "van" at the very start: no means before it
        (["boek", "van", "moeder"], 2, False),  # a book is no means
    ],
)
def test_a_person_who_owns_the_means(words: list[str], j: int, expected: bool) -> None:
    assert owner(words, j) is expected
