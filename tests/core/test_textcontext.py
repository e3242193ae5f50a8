"""How the recogniser reads the context of a finding (``core/textcontext.py``): negation
and how far it reaches, pseudo-negations, clause and sentence ends, study and fiction
frames, who it is about, and urgency. Through the public API only (``Recogniser.read``):
the recogniser's internals are being reworked for speed, what it finds is not.

Written for the mutation bar of issue 17 (docs/mutation.md): each row is one reading
rule, so a negation that reaches across a clause, a frame that is missed or an urgent
finding read as routine fails a row.
"""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser, Recognition

SUICIDAL, SELF_HARM, OTHER = "suicidal_thoughts", "self_harm", "concern_for_other"


@pytest.fixture(scope="module")
def read(builtin: Catalog):  # type: ignore[no-untyped-def]
    recogniser = Recogniser(builtin.themes)
    return recogniser.read


def counted(found: Recognition) -> list[tuple[str, str, bool, bool]]:
    return [(f.theme, f.words, f.immediate, f.about_other) for f in found.findings]


def set_aside(found: Recognition) -> list[tuple[str, str | None, str | None]]:
    return [(f.theme, f.set_aside, f.cue) for f in found.mentions]


@pytest.mark.parametrize(
    ("text", "theme", "cue"),
    [
        ("ik wil niet dood", SUICIDAL, "niet"),  # inside the match
        ("ik heb geen zelfmoordgedachten", SUICIDAL, "geen"),  # just before it
        ("zelfmoordgedachten heb ik niet", SUICIDAL, "niet"),  # at the end of its clause
        ("zelfmoordgedachten heb ik niet, maar ik slaap slecht", SUICIDAL, "niet"),
        ("I don't want to die", SUICIDAL, "not"),  # n't written out
        ("I'm not suicidal", SUICIDAL, "not"),
        ("ik kras niet meer in mijn armen", SELF_HARM, "niet"),
        ("mijn moeder is niet overleden", "grief", "niet"),
    ],
)
def test_a_negation_sets_a_finding_aside_and_says_which_word(
    read, text: str, theme: str, cue: str
) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert theme not in found.themes
    assert (theme, "negated", cue) in set_aside(found)


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niet meer leven",  # "niet meer leven" is the wish itself, not a negation
        "ik wil echt niet meer",
        "ik ben niet moe, maar ik wil dood",  # the negation is in another clause
        "ik ben niet moe maar ik wil dood",  # "maar" starts a new clause
        "niet. ik wil dood",  # and a new sentence
        "ik ben suïcidaal (niet echt)",  # a bracket ends the clause: never lose it
    ],
)
def test_a_negation_does_not_reach_past_its_clause_or_into_the_wish(read, text: str) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert SUICIDAL in found.themes, set_aside(found)
    assert not found.mentions


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # An if-clause after the finding has its own negation: it does not undo the
        # threat before it (a sentence by an outsider, round 6; read as negated before).
        ("hij dreigt mijn naaktfoto's te verspreiden als ik niet betaal", "unsafe_situation"),
        ("he threatens to hurt me if I don't obey", "unsafe_situation"),
        ("ik wil dood als ik niet slaag", SUICIDAL),
        # A Dutch if-clause in front: the main clause opens with verb and subject
        # inverted, and the if-clause's negation stays in the if-clause.
        ("als ik dit niet haal wil ik dood", SUICIDAL),
        ("als ik dit niet haal spring ik van de brug", SUICIDAL),
    ],
)
def test_an_if_clause_keeps_its_own_negation(read, text: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert theme in found.themes, set_aside(found)
    assert not [m for m in found.mentions if m.theme == theme and m.set_aside == "negated"]


@pytest.mark.parametrize(
    ("text", "theme", "cue"),
    [
        ("we lazen een roman over zelfmoord", SUICIDAL, "een roman"),
        ("ik schrijf mijn scriptie over zelfmoordpreventie", SUICIDAL, "zelfmoordpreventie"),
        ("zelfbeschadiging onder jongeren is mijn onderwerp", SELF_HARM, "onder jongeren"),
        ("mensen met zelfmoordgedachten verdienen hulp", SUICIDAL, "mensen met"),
        # Edges of each reach (mutants that moved a bound by one lived, round 7): the
        # word after the finding is the text's last; a fiction word right before the
        # finding, and at the text's first word.
        ("we organise events for suicide prevention", SUICIDAL, "prevention"),
        ("het personage wil dood", SUICIDAL, "personage"),
        ("personage wil dood", SUICIDAL, "personage"),
        ("zelfbeschadiging onder jongeren", SELF_HARM, "onder jongeren"),
        ("jongeren met zelfmoordgedachten", SUICIDAL, "jongeren met"),
    ],
)
def test_a_frame_sets_a_finding_aside_and_names_the_frame(
    read, text: str, theme: str, cue: str
) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    assert not found.findings
    assert set_aside(found) == [(theme, "framed", cue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik wil dood", [(SUICIDAL, "wil dood", False, False)]),
        ("I want to die", [(SUICIDAL, "want to die", False, False)]),
        ("mijn huisgenoot wil dood", [(OTHER, "wil dood", False, True)]),
        ("my roommate wants to die", [(OTHER, "wants to die", False, True)]),
        ("a student in my class wants to die", [(OTHER, "wants to die", False, True)]),
        # Someone else's words, reported: about them.
        ("mijn vriendin appte: ik wil dood", [(OTHER, "wil dood", False, True)]),
        # The student's own words to someone: about the student.
        ("ik zei tegen mijn vriendin: ik wil dood", [(SUICIDAL, "wil dood", False, False)]),
        # Only a pronoun: it may be the student in a counsellor's note, so both count.
        ("ze wil dood", [(SUICIDAL, "wil dood", False, True), (OTHER, "wil dood", False, True)]),
        (
            "she texted me she wants to die",
            [(SUICIDAL, "wants to die", False, True), (OTHER, "wants to die", False, True)],
        ),
    ],
)
def test_who_it_is_about(read, text: str, expected: list[tuple[str, str, bool, bool]]) -> None:  # type: ignore[no-untyped-def]
    assert counted(read(text)) == expected


@pytest.mark.parametrize(
    ("text", "words", "immediate"),
    [
        ("ik wil vanavond dood", "wil vanavond dood", True),  # a moment in the sentence
        ("ik ga mezelf vanavond iets aandoen", "mezelf vanavond iets aandoen", True),
        ("ik heb pillen gespaard", "pillen gespaard", True),  # an urgent pattern ("!")
        ("ik wil dood. vanavond ga ik uit", "wil dood", False),  # another sentence
        ("ik ben bang dat ik mezelf iets aandoe", "mezelf iets aandoe", False),
    ],
)
def test_urgency(read, text: str, words: str, immediate: bool) -> None:  # type: ignore[no-untyped-def]
    assert counted(read(text)) == [(SUICIDAL, words, immediate, False)]


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        # One list of topics after the frame: "and"/"en" does not end it ...
        ("I'm writing an essay on grief and suicide in literature", True),
        ("voor mijn verslag over eenzaamheid en zelfbeschadiging zoek ik bronnen", True),
        # ... but a new clause about the student does, with or without its subject.
        ("ik schrijf een paper over stress en ik wil dood", False),
        ("ik schrijf een paper over stress en wil dood", False),
        ("my essay is on grief and my suicidal thoughts", False),
    ],
)
def test_a_frame_reaches_over_a_list_not_over_a_new_clause(read, text: str, framed: bool) -> None:  # type: ignore[no-untyped-def]
    """An outsider's hard negative ("een paper over het Werther-effect en suïcide") came
    out acute: the "en" ended the frame."""
    found = read(text)
    risky = [f for f in found.findings if f.theme in (SUICIDAL, "self_harm")]
    assert (not risky) is framed, (text, found.findings)


@pytest.mark.parametrize(
    "text",
    ["zelf\u00admoordgedachten", "ik wil d\u200bood", "I want to k\u200cill my\u2060self"],
)
def test_invisible_characters_inside_a_word_do_not_hide_it(read, text: str) -> None:  # type: ignore[no-untyped-def]
    """A soft hyphen or a zero-width character (text pasted from the web) split the word
    and nothing was recognised (an outside hostile-input test)."""
    assert SUICIDAL in read(text).themes, text


def test_one_enormous_word_costs_little(read) -> None:  # type: ignore[no-untyped-def]
    """A 30 MB "word" in a refused batch row (searched whole) took 1.6 GB and a
    MemoryError lost the rows after it (an outside hostile-input test). Words are cut at
    MAX_WORD characters: 2 MB of one word stays far below what the text itself takes."""
    import tracemalloc

    text = "x" * 2_000_000 + " ik wil dood"
    tracemalloc.start()
    found = read(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert SUICIDAL in found.themes
    assert peak < 30_000_000, peak


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("nee ik denk niet aan zelfmoord hoor", False),  # a denial (an outside role-play)
        ("ik denk er niet aan om mezelf iets aan te doen", False),
        ("ik denk niet aan zelfmoord, maar ik wil soms wel dood", True),
    ],
)
def test_a_think_verb_makes_niet_aan_a_denial(read, text: str, counted: bool) -> None:  # type: ignore[no-untyped-def]
    """ "niet aan" is no negation in "ik kan niet aan haar dood denken" (the loss is the
    topic), but after "denk" it denies: "ik denk niet aan zelfmoord" came out acute."""
    assert (SUICIDAL in read(text).themes) is counted, read(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "ik ben sui\u0308cidaal",  # a decomposed ï (a Mac paste)
        "ik denk aan zel\u200ffmoord",  # a direction mark inside the word
        "ik denk aan \x1b[1mzelfmoord\x1b[0m",  # a colour code glued to it
        "ik denk aan zelf-moord",  # the compound split in two
    ],
)
def test_what_a_paste_does_to_a_word_does_not_hide_it(read, text: str) -> None:  # type: ignore[no-untyped-def]
    """Found by an outside hostile-input test: each of these came out as nothing
    recognised."""
    assert SUICIDAL in read(text).themes, text


@pytest.mark.parametrize(
    ("text", "counted", "not_counted"),
    [
        # A suicide that happened: grief, nobody to call 112 for (a role-play, round 6).
        ("mijn broer heeft vorig jaar zelfmoord gepleegd", {"grief"}, {OTHER, SUICIDAL}),
        ("my brother took his own life last year", {"grief"}, {OTHER, SUICIDAL}),
        ("my sister committed suicide two years ago", {"grief"}, {OTHER, SUICIDAL}),
        ("mijn vriendin pleegde zelfmoord toen we 17 waren", {"grief"}, {OTHER, SUICIDAL}),
        # Someone at risk now stays someone at risk now.
        ("my roommate says she wants to end her life", {OTHER}, {"grief"}),
        ("my friend tried to kill herself last week", {OTHER}, {"grief"}),
        ("mijn vriend wil zelfmoord plegen", {OTHER}, {"grief"}),
        # Someone at risk now in the same sentence as a death stays at risk now.
        (
            "my brother killed himself last year and now my sister says she wants to die too",
            {"grief", OTHER},
            set(),
        ),
        (
            "mijn broer heeft zelfmoord gepleegd en nu zegt mijn zus dat ze ook dood wil",
            {OTHER},
            set(),
        ),
        # The student's own wish beside a death is the student's.
        ("mijn broer heeft zelfmoord gepleegd en nu wil ik ook dood", {"grief", SUICIDAL}, set()),
    ],
)
def test_a_suicide_that_happened_is_grief_not_a_risk_now(
    read, text: str, counted: set[str], not_counted: set[str]
) -> None:  # type: ignore[no-untyped-def]
    themes = set(read(text).themes)
    assert counted <= themes, themes
    assert not themes & not_counted, themes


def test_a_word_that_starts_with_a_frame_part_is_no_frame(read) -> None:  # type: ignore[no-untyped-def]
    """ "researching" starts with "research": only a compound ("zelfmoordpreventie") is a
    frame. Fails with the compound check at ">= 0"."""
    found = read("I have been researching ways to die painlessly")
    assert [(f.theme, f.immediate) for f in found.findings] == [(SUICIDAL, True)]


@pytest.mark.parametrize(
    ("text", "counted_as"),
    [
        # the word right after "niet" ends the clause: still the finding's negation
        ("zelfmoordgedachten heb ik niet hoor", None),
        # two words after it: "niet zo vaak" says they are there
        ("zelfmoordgedachten heb ik niet zo vaak", SUICIDAL),
    ],
)
def test_a_negation_after_the_finding_reaches_one_word_from_the_clause_end(
    read, text: str, counted_as: str | None
) -> None:  # type: ignore[no-untyped-def]
    """The bound of the post-negation (``last - j <= 1``): both mutants that moved it by
    one lived (round 7)."""
    themes = read(text).themes
    assert (SUICIDAL in themes) is (counted_as == SUICIDAL)


def test_her_hair_after_my_is_no_other_person(read) -> None:  # type: ignore[no-untyped-def]
    """ "mijn haar" is hair, not "her": the student pulling out her own hair is about the
    student (the possessive check of other_person; its mutants lived, round 7)."""
    found = read("ik trek mijn haar uit tot ik kale plekken heb")
    assert SELF_HARM in found.themes and OTHER not in found.themes


@pytest.mark.parametrize(
    ("text", "counted_as", "immediate"),
    [
        # a pseudo-negation as the text's first words ("begin >= 0")
        ("Niet alleen zelfmoordgedachten, ook slaapproblemen", SUICIDAL, False),
        # a negation word with no pseudo-negation of its own ("deny"): no crash, negated
        ("I deny having suicidal thoughts", None, False),
        # a think-verb as the first word makes "niet aan" a denial (``_denial`` at j = 1)
        ("Denk niet aan zelfmoord", None, False),
        # intent as the text's first word counts ("max(0, start - INTENT_REACH)")
        ("Besloten ik maak er een eind aan", SUICIDAL, True),
        # intent far before the finding does not
        ("I plan to go to the gym first and later I want to die", SUICIDAL, False),
        ("plannen maken heeft geen zin meer ik wil dood", SUICIDAL, False),
    ],
)
def test_the_edges_of_pseudo_negation_denial_and_intent(
    read, text: str, counted_as: str | None, immediate: bool
) -> None:  # type: ignore[no-untyped-def]
    """Mutants at these bounds lived (round 7): each row fails with one of them."""
    found = read(text)
    risk = [f for f in found.findings if f.theme == SUICIDAL]
    assert bool(risk) is (counted_as == SUICIDAL)
    assert any(f.immediate for f in risk) is immediate


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the brother receives: the student's own preparation (a role-play, round 7)
        ("heb mn gitaar en spullen al aan mn broertje gegeven", SUICIDAL),
        ("I said to my friend that I want to die", SUICIDAL),
        # the brother gives his things away: concern for him
        ("mijn broertje heeft al zijn spullen weggegeven", OTHER),
    ],
)
def test_who_receives_is_not_who_it_is_about(read, text: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    themes = read(text).themes
    assert theme in themes
    assert (OTHER in themes) is (theme == OTHER)
