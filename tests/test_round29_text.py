"""Round 29, free text: the families of three blind sets (students of clinical, legal,
arts and sports programmes) and of the role-play, and their harmless neighbours. Each
test was run on the commit before its fix and failed there unless it says it guards.
The sentences are written for the tests, not copied from the sets."""

from __future__ import annotations

import pytest

from .reading import themes_of

RISK = {"suicidal_thoughts", "self_harm", "unsafe_situation", "sexual_violence"}
ACUTE = RISK | {"concern_for_other", "grief", "dropout_risk"}


# --- free text: the round's families, and their harmless neighbours ---------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("on the way back I thought about just not braking at the lights", "suicidal_thoughts"),
        ("in de auto dacht ik erover om gewoon niet te remmen voor de bocht", "suicidal_thoughts"),
        ("she keeps joking she'll take the whole strip after the exams", "concern_for_other"),
        ("ik denk erover de hele strip in te nemen", "suicidal_thoughts"),
        ("ik loop hier op stage rond met een scheermesje in mijn zak", "self_harm"),
        ("op mijn stage loop ik rond met gedachten aan zelfmoord", "suicidal_thoughts"),
        ("mijn leidinggevende heeft me tegen de muur gedrukt in het magazijn", "unsafe_situation"),
        ("mijn vriend wil weten met wie ik app en leest mijn berichten", "unsafe_situation"),
        ("mijn man beheert al mijn geld", "unsafe_situation"),
        ("ik krijg leefgeld van mijn man", "unsafe_situation"),
        ("mijn huisgenoot trok een mes tijdens de ruzie, ik durf niet terug", "unsafe_situation"),
        ("my flatmate was blue when we found him after the party", "concern_for_other"),
        ("a guy kissed me in the elevator while I said no", "sexual_violence"),
        ("the coach made us undress after practice", "sexual_violence"),
        ("hij heeft aan me gezeten op de afdeling", "sexual_violence"),
        ("I have stage fright before every recital", "performance_anxiety"),
        ("ik heb plankenkoorts voor elke voorspeelavond", "performance_anxiety"),
        ("I take propranolol before auditions now, even before lessons", "performance_anxiety"),
        ("ik heb mijn kruisband afgescheurd en mag niet trainen", "functional_impairment"),
        ("ik spijbel veel en kom vaak niet opdagen", "dropout_risk"),
        ("mijn vriendin heeft zich van het leven beroofd", "grief"),
    ],
)
def test_the_rounds_families_are_read(text: str, theme: str) -> None:
    """Families read from set93-set95 and the role-play (round 29); each failed before."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I died on stage tonight, forgot the whole second verse. everyone says nobody noticed",
        "ik ben doodgegaan op het podium, tekst kwijt, pizza na afloop?",
        "in de voorstelling speel ik een vrouw die door haar man mishandeld wordt",
        "I play a man who kills himself in the last act, heavy but great role",
        "sudden death in the final and we won!!",
        "got cut from the squad today, gutted but I'll train harder",
        "my coach said he'll kill me in tomorrow's session if I skip leg day",
        "anyone have the slides of the overdose management lecture?",
        "the number of student suicides per year was on the slide",
        "we'll do the self-harm chapter next week instead",
    ],
)
def test_the_stage_the_match_and_the_course_are_no_risk(text: str) -> None:
    """Harmless lines of the trades (set93-set95, round 29): each was acute before its
    fix, except where it guards."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I play games every night so I don't think about killing myself", "suicidal_thoughts"),
        ("de regisseur zegt dat ik waardeloos ben en ik wil dood", "suicidal_thoughts"),
        ("my dad's sudden death last month still knocks me down", "grief"),
        ("he'll kill me if I leave him, he said so last night", "unsafe_situation"),
    ],
)
def test_the_figures_leave_a_real_risk_beside_them(text: str, theme: str) -> None:
    """Guards: the round's figures (a role, a game, a sudden death in a final, a coach's
    joke) do not set aside what is said of oneself."""
    assert theme in themes_of(text)


def test_a_first_name_before_a_suicide_that_happened_is_someone_else() -> None:
    """ "sinds Fleur zelfmoord pleegde haal ik niks meer" was the student's own suicidal
    thoughts, an immediate danger after three honest no's; "sinds mijn vriendin ..." was
    grief alone (a role-play, round 29, O3). A near miss stays a risk."""
    assert themes_of("sinds Fleur zelfmoord pleegde haal ik niks meer") == {"grief"}
    assert "suicidal_thoughts" not in themes_of("since Tom committed suicide I cannot focus")
    assert "suicidal_thoughts" in themes_of("ik heb bijna zelfmoord gepleegd vorige week")
    assert "suicidal_thoughts" in themes_of("Fleur heeft bijna zelfmoord gepleegd")


def test_afraid_of_him_is_an_unsafe_home_not_concern_for_him() -> None:
    """ "als hij gedronken heeft ben ik bang voor hem" was concern for him: "find out
    whether that person can be reached" about the husband she fears (a role-play, round
    29, M5). Someone else afraid of him is still concern for her (guards)."""
    assert "concern_for_other" not in themes_of("als hij gedronken heeft ben ik bang voor hem")
    assert "concern_for_other" in themes_of("mijn zus is doodsbang voor hem, hij slaat haar")


def test_a_doubt_about_a_profession_is_a_study_choice() -> None:
    """ "weet ik niet meer of ik wel arts wil worden" and "ik weet niet meer wie ik mag
    zijn" found no need of their own (set93, round 29)."""
    assert "study_choice" in themes_of("ik weet niet meer of ik wel arts wil worden")
    assert "identity" in themes_of("ik weet niet meer wie ik mag zijn")


def test_someone_named_as_the_one_who_said_it_is_someone_else() -> None:
    """ "Ze zegt dat Lisa gisteravond 'sorry voor alles, ik ben er klaar mee, doei' op
    insta heeft gezet" was the student's own suicidal thoughts, "keep the student awake",
    and the call to reach Lisa went to page 5 (a second role-play, round 29, T3). A
    place is no person (guards): "hoe hoog de Erasmusbrug is" stays the writer's."""
    said = (
        "Ze zegt dat Lisa gisteravond 'sorry voor alles, ik ben er klaar mee, doei' op insta"
        " heeft gezet. Lisa's moeder weet het niet."
    )
    found = themes_of(said)
    assert "concern_for_other" in found and "suicidal_thoughts" not in found
    bridge = "Ik heb opgezocht hoe hoog de Erasmusbrug is en of je zo'n val overleeft"
    assert "suicidal_thoughts" in themes_of(bridge)


@pytest.mark.parametrize(
    ("text", "theme", "found"),
    [
        ("my grandmother died in summer, but I am ok with that", "grief", False),
        ("my grandmother died in summer and I miss her, but I am ok with that", "grief", True),
        ("ik pak de oxazepam uit de kast op de afdeling", "identity", False),
        ("sinds ik uit de kast ben gekomen praten mijn ouders niet meer met me", "identity", True),
        ("mijn coach bepaalt wat ik eet en checkt mijn telefoon", "self_insight", False),
        ("mijn coach bepaalt wat ik eet en checkt mijn telefoon", "unwanted_behaviour", True),
        ("ik wil graag coaching bij mijn doelen", "self_insight", True),
        ("pa wordt agressief als ie gedronken heeft", "unsafe_situation", True),
        (
            "my teacher says I am too fat for the stage and he touches my shoulders and waist",
            "unwanted_behaviour",
            True,
        ),
        ("I practised until my fingers bleed, normal for a violinist", "self_harm", False),
        ("I cut my fingers until they bleed when it gets too much", "self_harm", True),
        ("my rape case is in court next week", "sexual_violence", True),
        ("my supervisor took credit for my chapter", "unwanted_behaviour", True),
    ],
)
def test_second_role_play_words(text: str, theme: str, found: bool) -> None:
    """A second role-play on the round's build (round 29): a loss one is at peace with
    (Q7), "uit de kast" beside a medicine (P5), a coach who controls diet and phone read
    as self-insight (R3), a father who turns aggressive (R4), a teacher's hands on the
    waist (Q5), fingers practised till they bleed read as self-harm (Q3). The rows that
    are found as before guard: a case of one's own and a chapter are no course frame."""
    assert (theme in themes_of(text)) is found
