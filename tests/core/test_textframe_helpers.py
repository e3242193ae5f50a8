"""The small helpers of the study and media frame (core/textframe.py), pinned at each
boundary: a media word one or two words after "a"/"the", a student speaking between a
media word and the finding, a story posted on social media, a topic in a list.

Written for the mutation run of round 11 (docs/mutation.md): each case is one a
surviving mutant reads differently, and each mutant was put in by hand in a copy of the
tree and seen to fail one of these."""

from __future__ import annotations

import pytest

from steunwijzer.core import stems
from steunwijzer.core.textcontext import Tokens
from steunwijzer.core.textframe import _listed_topic, _own_after, _posted
from steunwijzer.core.textscene import media_lead


@pytest.mark.parametrize(
    ("words", "j", "expected"),
    [
        (["de", "film"], 1, True),  # right after its article
        (["de", "nieuwe", "film"], 2, True),  # one word between
        (["de", "nieuwe", "film", "42"], 2, True),
        (["x", "y", "film"], 2, False),  # no article at all
        (["y", "film"], 1, False),  # the first word is no article
        (["y", "film", "de"], 1, False),  # an article after it is no lead
        (["de", "3d", "film"], 2, False),  # the word between must be a word
        # a show as a time or an event is no story told (round 66, set369)
        (["na", "de", "voorstelling"], 2, False),
        (["after", "the", "play"], 2, False),
        (["premierefeest", "van", "de", "musical"], 3, False),
        (["het", "einde", "van", "de", "film"], 4, True),  # "van" after no event: a lead
        (["in", "de", "musical"], 2, True),
    ],
)
def test_a_media_word_after_its_article(words: list[str], j: int, expected: bool) -> None:
    assert media_lead(words, j) is expected


@pytest.mark.parametrize(
    ("words", "j", "start", "end", "expected"),
    [
        (["ik", "game", "kill", "myself"], 1, 2, 3, False),  # "ik" before the game word
        (["game", "ik", "kill", "myself"], 0, 2, 3, True),  # "ik" just after it
        (["game", "x", "ik", "kill", "myself"], 0, 3, 4, True),
        (["game", "ik", "kill", "him"], 0, 2, 3, False),  # the finding names someone
        (["game", "ik", "kill", "myself", "him"], 0, 2, 3, True),  # after it: not its own
    ],
)
def test_the_student_speaking_after_a_media_word(
    words: list[str], j: int, start: int, end: int, expected: bool
) -> None:
    assert _own_after(words, j, start, end) is expected


@pytest.mark.parametrize(
    ("words", "j", "expected"),
    [
        (["posted", "a", "story"], 2, True),
        (["posted", "film"], 1, False),  # a film is no post
        (["posted", "a", "b", "c", "story"], 4, True),  # four words back
        (["posted", "a", "b", "c", "d", "story"], 5, False),  # five is too far
        (["a", "story"], 1, False),
    ],
)
def test_a_story_posted_on_social_media(words: list[str], j: int, expected: bool) -> None:
    assert _posted(words, j) is expected


def _listed(text: str, first: str, last: str) -> bool:
    tokens = Tokens(text)
    words = tokens.words
    start = words.index(first)
    end = words.index(last, start)
    at = start - 1
    return _listed_topic(tokens, at, start, end)


@pytest.mark.parametrize(
    ("text", "first", "last", "expected"),
    [
        ("een essay over rouw en zelfmoord", "zelfmoord", "zelfmoord", True),
        ("a documentary about cults and honour killings", "honour", "killings", True),
        ("een essay over rouw en ik wil dood", "ik", "dood", False),  # a subject: own words
        ("een essay over rouw en wil dood", "wil", "dood", False),  # a verb of one's own
        ("about cults and my suicidal thoughts", "my", "thoughts", False),
        ("about cults and very many honour killings", "very", "killings", False),  # 4 words
        ("about cults or honour killings", "honour", "killings", False),  # "or" is no list
    ],
)
def test_a_topic_in_a_list(text: str, first: str, last: str, expected: bool) -> None:
    assert _listed(text, first, last) is expected


def test_three_words_are_still_a_topic() -> None:
    assert _listed("about cults and mass honour killings", "mass", "killings") is True


@pytest.mark.parametrize(
    ("text", "first", "last", "expected"),
    [
        ("documentary about me and honour killings", "honour", "killings", True),
        ("about cults and honour killings i watched", "honour", "killings", True),
        ("essay about me and suicide", "suicide", "suicide", True),
    ],
)
def test_only_the_words_from_the_and_to_the_finding_count(
    text: str, first: str, last: str, expected: bool
) -> None:
    """What stands before the "and" or after the finding is not what the list says."""
    assert _listed(text, first, last) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("essay over rouw en mijn zelfmoord", False),  # "mijn": the student's own
        ("essay over rouw en heel mijn zelfmoord", True),  # one word after the "en" only
        ("about grief and often my suicide", True),
    ],
)
def test_a_one_word_finding_further_on_reads_the_word_after_the_and(
    text: str, expected: bool
) -> None:
    tokens = Tokens(text)
    at = tokens.words.index("en" if " en " in text else "and")
    start = len(tokens.words) - 1
    assert _listed_topic(tokens, at, start, start) is expected


def test_a_list_word_after_the_finding_joins_nothing() -> None:
    tokens = Tokens("zelfmoord en rouw")
    assert _listed_topic(tokens, 1, 0, 0) is False  # the "en" stands after the finding


@pytest.mark.parametrize(
    ("word", "same_as"),
    [("springt", "springen"), ("vertrekt", "vertrekken"), ("snijdt", "snijden"),
     ("zoent", "zoenen")],  # five letters: the shortest word that loses its -t
)  # fmt: skip
def test_a_dutch_verb_keeps_its_stem_with_a_t(word: str, same_as: str) -> None:
    """The Dutch stemmer leaves a verb's -t on ("springt"): stems._dutch takes it off,
    only where the stemmer itself changed nothing."""
    assert stems.stem("nl", word) == stems.stem("nl", same_as)


def test_a_prefix_the_stemmer_took_off_keeps_the_t() -> None:
    """ "gezicht": the stemmer itself changed the word (to "zicht"), so its -t stays, and
    the plural meets it."""
    assert stems.stem("nl", "gezicht") == stems.stem("nl", "gezichten")


@pytest.mark.parametrize(("word", "other"), [("moet", "moe"), ("kat", "ka"), ("boek", "boe")])
def test_a_short_word_keeps_its_last_letter(word: str, other: str) -> None:
    """ "moet" (must) is not "moe" (tired): a word under five letters, or one that does
    not end in a t, keeps its last letter."""
    assert stems.stem("nl", word) != stems.stem("nl", other)
