"""The wider free-text vocabulary (issue 10): families of phrasings and context rules.

Each case stands for a category (a word order, a context), not for one sentence; the
corpus in tests/data/corpus.jsonl holds many more and CI measures recall on it.
"""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser, stem


@pytest.fixture(scope="module")
def read(builtin: Catalog):  # type: ignore[no-untyped-def]
    return Recogniser(builtin.themes).read


def test_dutch_stems_keep_a_stripped_prefix_apart() -> None:
    # Snowball strips "ge-": "geweld" would otherwise be the word "wel".
    assert stem("nl", "geweld") != stem("nl", "wel")
    assert stem("nl", "springt") == stem("nl", "springen")
    assert stem("nl", "snijdt") == stem("nl", "snijden")


def test_a_common_word_is_not_violence(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Ik twijfel of deze studie wel bij me past.")
    assert "unsafe_situation" not in found.themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik maak er dit hele weekend een eind aan", "suicidal_thoughts"),
        ("I looked up how many sleeping pills would be lethal", "suicidal_thoughts"),
        ("ik sta nu op het dak en durf niet terug", "suicidal_thoughts"),
        ("ik heb mezelf weer gebrand met een sigaret", "self_harm"),
        ("my flatmate says she is saying goodbye to everyone", "concern_for_other"),
        ("mijn zus zei dat ze vannacht van de brug springt", "concern_for_other"),
        ("mijn vriendin stuurde me een afscheidsbericht", "concern_for_other"),
        ("a girl in my seminar group talks about ending her life", "concern_for_other"),
    ],
)
def test_families(read, text: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    assert theme in read(text).themes, text


def test_a_past_that_is_over_is_a_mention(read) -> None:  # type: ignore[no-untyped-def]
    over = read("Jaren geleden had ik zelfmoordgedachten, nu gaat het goed met me.")
    assert "suicidal_thoughts" not in over.themes
    assert [m.set_aside for m in over.mentions] == ["past"]
    back = read("Jaren geleden had ik zelfmoordgedachten en nu zijn ze terug.")
    assert "suicidal_thoughts" in back.themes


def test_fiction_is_framed(read) -> None:  # type: ignore[no-untyped-def]
    found = read("In the novel we read the main character takes his own life.")
    assert not found.themes or "suicidal_thoughts" not in found.themes
    assert found.mentions and found.mentions[0].set_aside == "framed"


def test_someone_elses_dropout_is_not_the_students(read) -> None:  # type: ignore[no-untyped-def]
    assert "dropout_risk" not in read("Mijn zus is gestopt met haar studie.").themes
    assert "dropout_risk" in read("Ik wil stoppen met mijn studie.").themes


@pytest.mark.parametrize(
    "text",
    [
        "We jumped off the bridge into the river during the summer party, so much fun.",
        "Ik heb me in mijn vinger gesneden tijdens het koken.",
        "I wrote a farewell card for my supervisor who is retiring.",
        "Ik heb mijn oude studieboeken weggegeven aan eerstejaars.",
    ],
)
def test_benign_readings_are_not_acute(read, text: str) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert not {"suicidal_thoughts", "self_harm", "concern_for_other"} & set(found.themes), text


def test_end_of_clause_marker() -> None:
    from steunwijzer.core.patterns import PatternError, parse

    assert parse("wil niet meer $").parts[0][-1].terms[0].kind == "end"
    for bad in ("$ wil", "wil $ meer", "wil .. $"):
        with pytest.raises(PatternError):
            parse(bad)


def test_a_sentence_that_ends_is_not_one_that_goes_on(read) -> None:  # type: ignore[no-untyped-def]
    assert "suicidal_thoughts" in read("ik wil gewoon niet meer, echt").themes
    assert "suicidal_thoughts" not in read("ik wil niet meer naar dat college").themes


def test_reported_speech_is_about_the_speaker(read) -> None:  # type: ignore[no-untyped-def]
    assert "concern_for_other" in read("Mijn huisgenoot appte: ik wil dood.").themes
    told = read("I told my friend I want to die.")
    assert "suicidal_thoughts" in told.themes and "concern_for_other" not in told.themes


@pytest.mark.parametrize(
    "text", ["I was sitting by myself all day.", "I bought a meditation app yesterday."]
)
def test_real_words_are_not_typos_of_risk_words(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"self_harm", "suicidal_thoughts"} & set(read(text).themes)


@pytest.mark.parametrize(
    "text",
    [
        "I want to help people with suicidal thoughts one day.",
        "We discussed self-harm among teenagers in the seminar.",
        "I used to think about suicide, but therapy helped a lot.",
        "I hang out by myself a lot.",
        "That would be social suicide.",
    ],
)
def test_topics_and_manners_of_speaking_are_not_acute(read, text: str) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert not {"suicidal_thoughts", "self_harm", "concern_for_other"} & set(found.themes), text


def test_a_student_in_my_class_is_someone_else(read) -> None:  # type: ignore[no-untyped-def]
    assert "concern_for_other" in read("A student in my class talks about ending it all.").themes
    assert "suicidal_thoughts" in read("I talk about ending it all.").themes


def test_every_built_in_pattern_can_be_read() -> None:
    from steunwijzer.core import lexicon
    from steunwijzer.core.patterns import parse

    tables = [lexicon.FLOOR[t] for t in lexicon.FLOOR]
    tables += [lexicon.FIGURES, lexicon.PAST, lexicon.RECOVERED]
    sources = [p for table in tables for patterns in table.values() for p in patterns]
    assert len(sources) > 500
    for source in sources:
        parse(source)  # raises PatternError on a pattern the recogniser would skip


def test_a_negated_recovery_is_no_recovery(read) -> None:  # type: ignore[no-untyped-def]
    text = "Years ago I tried to kill myself and I'm not doing okay now either."
    assert "suicidal_thoughts" in read(text).themes
    over = "Years ago I tried to kill myself, but I'm doing okay now."
    assert "suicidal_thoughts" not in read(over).themes


def test_without_me_is_not_a_negation(read) -> None:  # type: ignore[no-untyped-def]
    assert "suicidal_thoughts" in read("Without me everyone would be better off.").themes
    assert "suicidal_thoughts" in read("Zonder mij zou iedereen beter af zijn.").themes


def test_a_quote_before_a_contraction_keeps_the_contraction(read) -> None:  # type: ignore[no-untyped-def]
    # 'won't used to split into "won" and "'t" ("het"), so the quoted words were lost.
    found = read("my flatmate told me he 'won't be a problem for much longer'")
    assert "concern_for_other" in found.themes


def test_wanting_to_go_on_is_no_negated_pseudo_negation(read) -> None:  # type: ignore[no-untyped-def]
    # "niet stoppen" is a compulsion only after "kan"/"kon": "ik wil niet stoppen met
    # mijn studie" says the opposite of dropping out.
    assert "dropout_risk" not in read("Ik wil niet stoppen met mijn studie hoor.").themes
    assert "self_harm" in read("Ik kan niet stoppen met krassen.").themes


@pytest.mark.parametrize(
    "text",
    [
        "I want to start changing myself for the better.",  # not "hanging myself"
        "I was talking to my mentor this morning.",  # not "stalking", "mourning"
        "Ik ga overleggen met mijn docent en wil de opdracht afmaken.",  # not grief, dropout
        "De staking van de NS maakte me te laat.",  # not "stalking"
    ],
)
def test_real_words_are_no_typos_of_acute_words(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert read(text).themes == (), text


def test_a_story_posted_on_social_media_is_no_fiction(read) -> None:  # type: ignore[no-untyped-def]
    posted = read("Mijn vriendin postte een story met een berg pillen en 'doei' erbij.")
    assert "concern_for_other" in posted.themes
    fiction = read("In the story the girl writes that she wants to die.")
    assert "suicidal_thoughts" not in fiction.themes


def test_an_elongated_word_is_read_as_the_word(read) -> None:  # type: ignore[no-untyped-def]
    assert "suicidal_thoughts" in read("i just wanna dieeee").themes
    assert "suicidal_thoughts" in read("ik wil zo doooood").themes
    # ... but the Dutch "eeën" is no elongation: "sneeën" stays "sneeen".
    assert "self_harm" in read("Ik heb sneeën in mijn polsen gemaakt.").themes


def test_or_continues_a_negated_list_unless_a_subject_follows(read) -> None:  # type: ignore[no-untyped-def]
    listed = read("No thoughts of self-harm or suicide, just exam stress.")
    assert not {"self_harm", "suicidal_thoughts"} & set(listed.themes)
    threat = read("I don't know what to do or I'll kill myself.")
    assert "suicidal_thoughts" in threat.themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("doei allemaal, ik spring straks voor de trein", "suicidal_thoughts"),
        ("I've been saving my prescribed pills to take them all at once.", "suicidal_thoughts"),
        ("Ik snij mezelf met scherven van een kapot glas.", "self_harm"),
        ("I'm reading about euthanasia because I want to die.", "suicidal_thoughts"),
    ],
)
def test_a_benign_reading_never_hides_the_risk_beside_it(read, text: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    # A figure of speech sets aside every finding it overlaps: its words must not be
    # words that also come with the real thing (trains, prescribed pills, glass).
    assert theme in read(text).themes, text
