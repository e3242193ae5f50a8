# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 60: outsiders' sets (set270 onwards), role-plays and the items round 59's
closing note left open. Each test names its source and fails without the change it
guards, unless it says it is a guard."""

from __future__ import annotations

import pytest

from .reading import lookup_json as _lookup
from .reading import themes_of

# --- "w/o" and "w/" are words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("i cant go a day w/o cutting myself", "self_harm"),
        ("i cannot go a single day w/o cutting", "self_harm"),
    ],
)
def test_without_written_short_is_without(text: str, theme: str) -> None:
    """Round 59's note: "w/o" was split into "w" and "o", so "can't go a day w/o
    cutting myself" read as a denied cut and found nothing (textwords.TOKEN keeps
    "w/o" one word; CHAT writes it out). Without it each is nothing."""
    assert theme in themes_of(text)


def test_with_written_short_keeps_its_sentence() -> None:
    """Guard: "w/" is "with" and a slash between words still splits them."""
    from steunwijzer.core.textcontext import words_of

    assert words_of("went out w/ friends, new/old w/e") == [
        "went", "out", "with", "friends", "new", "old", "w", "e",
    ]  # fmt: skip


# --- someone close reported missing -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my little brother has been missing since tuesday", "concern_for_other"),
        (
            "My best friend has been missing for nine days. The police are searching.",
            "concern_for_other",
        ),
        (
            "mijn broertje wordt sinds zaterdag vermist en ik kan aan niks anders denken",
            "concern_for_other",
        ),
        (
            "mijn huisgenote is al drie dagen spoorloos, haar telefoon staat uit",
            "concern_for_other",
        ),
    ],
)
def test_round60_reported_risks_are_found(text: str, theme: str) -> None:
    """set274 (loss): a friend or sibling missing for days
    (core/lexicon_signals_reported.py). Without it each is nothing."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my cat is missing since friday, have you seen a grey tabby near the library",
        "I'm missing too many lectures because of my job",
        "mijn fiets is vermist sinds het feest",
        "the lecture covered the management of a paracetamol overdose",
    ],
)
def test_missing_things_are_no_concern(text: str) -> None:
    """Guard: a cat, a bike or lectures missing, and an overdose in a lecture, are no
    risk to anyone."""
    themes = themes_of(text)
    assert "concern_for_other" not in themes
    assert "suicidal_thoughts" not in themes


# --- two Dutch figures that read as a death wish -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kzou egt dood gaan voor een bak koffie rn, wie gaat mee naar de kantine",
        "ik zou doodgaan voor een kapsalon nu",
        "Ik lees 'Tonio', over de dood van zijn zoon. Moet het leesverslag in APA?",
    ],
)
def test_dying_for_a_coffee_and_his_sons_death_are_no_wish(text: str) -> None:
    """set270 (chat shorthand), set274 (loss): "ik zou dood gaan voor een bak koffie"
    was a wish to die, urgency immediate; "de dood van zijn zoon" matched "dood zijn".
    Without the figures each is suicidal_thoughts."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik wil dood gaan, echt",
        "ik zou liever dood zijn dan nog een jaar zo",
        "soms wil ik gewoon dood zijn voor een tijdje",
    ],
)
def test_a_death_wish_beside_the_figures_is_still_found(text: str) -> None:
    """Guard: the figures hold only "voor een ..." and "dood van zijn <someone>"."""
    assert "suicidal_thoughts" in themes_of(text)


# --- needs found in round 60's sets ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "he has pics of me. says hes sending them to my whole class unless i pay him",
            "sexual_violence",
        ),
        (
            "I woke up in his flat and I think something happened that I didn't want.",
            "sexual_violence",
        ),
        (
            "ik weet niet meer hoe ik daar kwam en er is iets gebeurd wat ik niet wilde",
            "sexual_violence",
        ),
        (
            "tijdens het kamp betastten ouderejaars ons overal terwijl wij nee zeiden",
            "sexual_violence",
        ),
        (
            "ik moet pakketjes rondbrengen en ze zeiden dat ze weten waar mijn moeder woont",
            "unsafe_situation",
        ),
        ("they said they know where my mum lives if I stop", "unsafe_situation"),
        ("zij zeiden dat ze weten waar mijn zusje woont", "unsafe_situation"),
        (
            "De eigenaar van het restaurant heeft mijn verblijfsvergunning en zegt dat ik pas weg mag als mijn schuld is afbetaald.",
            "unsafe_situation",
        ),
        (
            "A guy from my fraternity died at the party on saturday and I can't stop seeing it",
            "grief",
        ),
        ("someone from our team drowned on the trip, it was awful", "grief"),
        (
            "Haven't logged into Brightspace since October, applying for warehouse jobs instead",
            "dropout_risk",
        ),
        ("I think I will break off my study, I have only 15 ECTS", "dropout_risk"),
        ("ik twijfel echt of ik nog wel verder wil met deze opleiding", "dropout_risk"),
        ("elke avond een jonko anders kom ik niet in slaap", "addiction"),
        ("ik zit elke nacht tot vijf uur online te pokeren", "addiction"),
        ("ze maken steeds grapjes over mijn Marokkaanse achtergrond", "unwanted_behaviour"),
        ("in het weekend spreek ik soms helemaal niemand", "social_connection"),
        ("hier ken ik na een half jaar nog steeds niemand", "social_connection"),
        ("om drie uur lig ik nog steeds naar het plafond te staren", "sleep"),
    ],
)
def test_round60_needs_are_found(text: str, theme: str) -> None:
    """Round 60's blind sets (set270-set279), in my own variations: each was missed
    before this round's patterns in catalog/themes.yaml."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I'm sending them the slides unless you want to present them yourself", "sexual_violence"),
        ("nothing happened that I didn't want, it was a lovely evening", "sexual_violence"),
        ("ik weet waar mijn moeder woont, ik ga er zondag heen", "unsafe_situation"),
        ("a guy from my house nearly died laughing at my cooking", "grief"),
        (
            "ik twijfel of ik na de bachelor verder wil met een master of eerst ga werken",
            "dropout_risk",
        ),
        ("ik heb elke dag een appel bij de lunch", "addiction"),
    ],
)
def test_round60_neighbours_are_no_need(text: str, theme: str) -> None:
    """Guard: the same words without the need."""
    assert theme not in themes_of(text)


def test_a_missing_friend_brings_a_line_that_answers_now() -> None:
    """set274: a friend missing for days is a concern for someone else; the result is
    acute with a crisis line among the referrals (112 for a danger now)."""
    result = _lookup("my best friend has been missing for a week and the police are searching")
    assert result["tier"] == "acute"
    assert any(r["crisis"] for r in result["referrals"])


# --- role-plays of round 60: answers in the student's own words ----------------------------


def _answer(qid: str, answer: str) -> object:
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.answers import parse_answer

    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    return parse_answer(next(q for q in loaded.questions if q.id == qid), answer)


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("safety_wish_dead", "kan nie meer zo, wil er egt nt meer zijn"),
        ("safety_wish_dead", "ik wil er niet meer zijn"),
        ("safety_wish_dead", "honestly i just dont wanna be here"),
        ("safety_thoughts", "i don't want to live anymore"),
    ],
)
def test_the_wish_said_in_words_is_a_yes(qid: str, answer: str) -> None:
    """A role-play (round 60, a chat-style student): "wil er egt nt meer zijn" to "have
    you wished you were dead?" was "weet niet" on the review and the record, its "niet"
    read as doubt (answer_method.says_the_wish). Without it each is unknown."""
    assert _answer(qid, answer) is True


@pytest.mark.parametrize(
    ("qid", "answer", "expected"),
    [
        ("safety_wish_dead", "mijn vriend wil er niet meer zijn", "unknown"),
        ("safety_wish_dead", "nee, ik wil niet meer leven zoals nu", "unknown"),
        ("safety_wish_dead", "ik wil niet meer dood", "unknown"),
        ("safety_wish_dead", "no i don't want to die", False),
        ("safety_method", "ik wil er niet meer zijn", "unknown"),
    ],
)
def test_a_wish_that_is_not_the_students_own_yes_stays(
    qid: str, answer: str, expected: object
) -> None:
    """Guard: someone else's wish, a leading no, a wish that is over and another
    question keep what the other rules make of them."""
    from steunwijzer.core.answers import UNKNOWN

    got = _answer(qid, answer)
    assert (got is UNKNOWN) if expected == "unknown" else (got is expected)


def test_not_yet_in_chat_spelling_is_doubt() -> None:
    """A role-play (round 60): "nee nog nt" to "have you prepared anything?" was a plain
    no, where "nee nog niet" is doubt (answer_mixed._CHAT_WORDS)."""
    from steunwijzer.core.answers import UNKNOWN

    assert _answer("safety_plan", "nee nog nt") is UNKNOWN
    assert _answer("safety_plan", "nee nog niet") is UNKNOWN
    assert _answer("safety_wish_dead", "idd") is True


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("weet ik niet, mss 3", "sexual"),
        ("misschien 3", "sexual"),
        ("maybe 2", "unsafe_now"),
        ("2 ofzo", "unsafe_now"),
    ],
)
def test_a_hedged_choice_number_is_the_choice(answer: str, expected: str) -> None:
    """A role-play (round 60, a drink spiked): "weet ik niet, mss 3" at "what is going
    on?" was skipped, and with it the only answer that named sexual violence
    (choice_words.HEDGED_NUMBER). Without it the first two are refused."""
    assert _answer("behaviour_kind", answer) == expected


# --- role-plays of round 60: a spiked drink, an unsafe night -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "gisteravond op een feest, denk dat er iets in mn drankje zat. werd wakker bij een onbekende thuis",
        "Na die date werd ik wakker in een vreemd bed. Ik denk dat er iets in mijn drankje zat.",
    ],
)
def test_something_in_my_drink_is_sexual_violence_not_addiction(text: str) -> None:
    """A role-play (round 60): "denk dat er iets in mn drankje zat" found an unsafe
    situation and addiction ("drankje" as the synonym "drank*"): Jellinek and "ask how
    much and how often", and no Centrum Seksueel Geweld. Without the change each misses
    sexual_violence or finds addiction."""
    themes = themes_of(text)
    assert "sexual_violence" in themes
    assert "addiction" not in themes


@pytest.mark.parametrize(
    "text", ["ik heb een probleem met drank", "te veel drank en blowen, elke dag"]
)
def test_drank_itself_is_still_addiction(text: str) -> None:
    """Guard: the word "drank" (alcohol) finds addiction through its own pattern."""
    assert "addiction" in themes_of(text)


def test_not_knowing_whether_one_is_safe_after_a_threat_is_no_death_wish() -> None:
    """A role-play (round 60): "hij bedreigt me en stond gisteren voor mijn deur, weet niet
    of ik vannacht veilig ben" was a death wish too (lexicon_more), and reopened the
    question about preparations mid-disclosure. Now unsafe only; unknown safety without
    a threat is an unsafe situation in both languages."""
    themes = themes_of(
        "hij bedreigt me en stond gisteren voor mijn deur, weet niet of ik vannacht veilig ben"
    )
    assert themes == {"unsafe_situation"}
    assert "unsafe_situation" in themes_of("I don't know if I'm safe tonight")
    # guard: safe from oneself stays a death wish
    assert "suicidal_thoughts" in themes_of("ik weet niet of ik veilig ben voor mezelf vannacht")
    assert "suicidal_thoughts" in themes_of("ik weet niet of ik het overleef vannacht")


def test_a_threat_line_is_kept_beside_three_crisis_lines() -> None:
    """A role-play (round 60): an ex threatening to share nude pictures, at her door,
    beside a death wish, kept 113, Centrum Seksueel Geweld and 112, and lost Veilig
    Thuis, the line for threats and stalking (crisis_order.crisis_pick). Without it
    veilig-thuis is not among the referrals."""
    import json

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    args = ["lookup", "--json", "--lang", "nl", "--at", "2026-12-08T20:30"]
    for theme in ("unsafe_situation", "sexual_violence", "suicidal_thoughts"):
        args += ["--theme", theme]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    crisis = [r["id"] for r in json.loads(result.stdout)["referrals"] if r["crisis"]]
    assert {
        "113-zelfmoordpreventie",
        "centrum-seksueel-geweld",
        "veilig-thuis",
        "112-alarmnummer",
    } <= set(crisis)
    # guard: one need keeps its usual lines, never more than three
    one = CliRunner().invoke(app, ["lookup", "--json", "--theme", "suicidal_thoughts"])
    assert len([r for r in json.loads(one.stdout)["referrals"] if r["crisis"]]) <= 3


# --- round 60's second wave (set280-set285) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("help 💊💊💊 took them all", "suicidal_thoughts"),
        ("got the 🪢 ready", "suicidal_thoughts"),
        ("i have the 💊 ready for tonight", "suicidal_thoughts"),
        ("roommate locked in bathroom, blood on the floor, what do i do", "concern_for_other"),
        ("bsa brief binnen.. 12 ec te weinig. wat nu", "dropout_risk"),
        ("Ik kom al vijf weken niet meer op de academie.", "dropout_risk"),
        ("Ik heb de opleiding in mijn hoofd al opgegeven.", "dropout_risk"),
        ("My boyfriend said he knows how to make it look like an accident.", "unsafe_situation"),
        ("ik wil het als een ongeluk laten lijken", "suicidal_thoughts"),
        ("hij staat voor de deur en bonkt op het raam. help", "unsafe_situation"),
        ("I check the crypto charts every five minutes, even at 3am", "addiction"),
        ("klarna keeps emailing me and I don't know how much I owe", "finances"),
        ("ik stuur alles naar mijn moeder en hou zelf bijna niks over", "finances"),
    ],
)
def test_round60_second_wave_needs_are_found(text: str, theme: str) -> None:
    """set280 (short messages and emoji), set281 (professions with means), set283
    (money), in my own variations: each was missed before this wave (emoji are words:
    core/textwords.TOKEN; the rest in core/lexicon_signals_reported.py and
    catalog/themes.yaml)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("💀💀💀 this lecture", "suicidal_thoughts"),
        (
            "Ik ga echt dood aan dit statistiekvak haha, waar vind ik de oefententamens?",
            "suicidal_thoughts",
        ),
        ("ik ga al weken niet meer naar de sportschool", "dropout_risk"),
        ("Mijn huisgenoot heeft zich opgesloten in de badkamer om te bellen.", "concern_for_other"),
        ("mum and I locked ourselves in the bathroom, he'll be back tonight", "concern_for_other"),
        ("a student in my class wants to die", "grief"),
    ],
)
def test_round60_second_wave_neighbours(text: str, theme: str) -> None:
    """Guard: the skull is laughter, a course that "kills" is a figure, the gym is no
    study, hiding with one's mother is one's own danger, and "wants to die" is no death
    (found before it landed: "died" as a stem took "die")."""
    assert theme not in themes_of(text)


def test_a_risk_to_life_has_its_help_before_another_acute_need() -> None:
    """Role-plays (round 60): for a suicidal student thinking of quitting, at 10:30 on a
    weekday, the study adviser (dropout) stood above the same-day consultation of the
    student psychologists (referrals.picks). Without it vh-studieadviseur comes first."""
    import json

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    args = ["lookup", "--json", "--at", "2026-12-08T10:30", "--theme", "suicidal_thoughts"]
    result = CliRunner().invoke(app, [*args, "--theme", "dropout_risk"])
    ids = [r["id"] for r in json.loads(result.stdout)["referrals"] if not r["crisis"]]
    assert ids.index("vh-spoedspreekuur") < ids.index("vh-studieadviseur")
