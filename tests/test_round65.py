# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 65: outsiders' sets (set352 onwards: panic and health anxiety, very young
students, racism, trauma after accidents, perfectionism, homelessness, a suicide in the
campus community, the end of studies, part-time and distance students), a blind set of
safety answers, role-plays and a hostile tester. Each test names its source and fails
without the change it guards, unless it says it is a guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.prompts import QuestionPrompt

from .conftest import invoke
from .reading import lookup_json, never_read_as_no, themes_of
from .terminal_helpers import terminal

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.core.model import Catalog


# --- the safety screen: a no that denies only a kind of thought ----------------------------


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # round 65's role-play (intake 2): the method and intent questions were skipped
        ("safety_thoughts", "not like a plan, no"),
        ("safety_thoughts", "geen plan, nee"),
        ("safety_thoughts", "no plan no"),
        ("safety_thoughts", "not seriously, no"),
        ("safety_thoughts", "nee, niet serieus"),
        ("safety_thoughts", "no, not actively"),
        ("safety_thoughts", "no, I have my cat"),
        ("safety_wish_dead", "no, not dead, just gone for a while"),
        ("safety_wish_dead", "nee, gewoon weg van alles"),
    ],
)
def test_a_no_to_only_a_kind_of_thought_is_doubt(builtin: Catalog, qid: str, said: str) -> None:
    """Round 65's role-play: "not like a plan, no" was read as a plain no to "thoughts
    about ending your life?", so method, intent and plan were never asked."""
    question = builtin.question(qid)
    assert question is not None
    assert parse_answer(question, said) == UNKNOWN


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("safety_thoughts", "no, nothing like that"),
        ("safety_thoughts", "nee, echt niet"),
        ("safety_thoughts", "no, seriously, I'm fine"),
        ("safety_thoughts", "no, not at all"),
        ("safety_wish_dead", "no, just tired"),
        # at the question about doing something, "no plan" is the no it seems
        ("safety_behaviour", "no plan, no"),
        ("safety_behaviour", "nee, niks gepland"),
        # round 31 and round 62: a no with its reason, a note that lists what is denied
        ("safety_wish_dead", "No. Not like that. I just feel empty since my father died"),
        ("safety_thoughts", "denies SI, no plan"),
        ("safety_thoughts", "nee, geen plan, geen intentie"),
    ],
)
def test_a_plain_no_stays_a_no(builtin: Catalog, qid: str, said: str) -> None:
    """Guard: a firm no, and "no plan" where the question is about doing something."""
    question = builtin.question(qid)
    assert question is not None
    assert parse_answer(question, said) is False


# --- a refusal at the safety screen is said as one -------------------------------------------


@pytest.mark.parametrize("said", ["pass", "wil ik niet zeggen", "zeg ik liever niet"])
def test_a_refusal_is_doubt_and_said_as_a_refusal(builtin: Catalog, said: str) -> None:
    """Round 65's role-play (intake 4): "pass" and "I don't want to talk about that" were
    only "read as: don't know"; the counsellor was never told the student declined."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    ask, screen = terminal(builtin, said)
    assert ask.question(QuestionPrompt(question, 2, 20, None, True)) == UNKNOWN
    shown = " ".join(screen.getvalue().split())
    assert "antwoordt hier liever (nog) niet" in shown


def test_a_plain_dont_know_is_no_refusal(builtin: Catalog) -> None:
    """Guard: "weet niet" is doubt, not a refusal."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    ask, screen = terminal(builtin, "weet niet")
    assert ask.question(QuestionPrompt(question, 2, 20, None, True)) == UNKNOWN
    assert "liever (nog) niet" not in screen.getvalue()


# --- the recheck note, once per question -------------------------------------------------------


def test_the_same_question_asked_again_says_no_here_too(builtin: Catalog) -> None:
    """Round 64's role-play: the first question asked again showed "Here too the answer
    was 'no'" the second time it came (after words that did not fit): there was no
    other question before it."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    ask, screen = terminal(builtin, "nee")
    ask.question(QuestionPrompt(question, 2, 20, None, True, recheck=True))
    ask.question(
        QuestionPrompt(question, 2, 20, None, True, recheck=True, unfit=True, heard=("grief",))
    )
    shown = " ".join(screen.getvalue().split())
    assert shown.count("bij een andere vraag") == 1
    assert "Ook hier was het antwoord" not in shown


# --- multi-choice answers in words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "said", "chosen"),
    [
        # round 64's role-play: "low" (three letters) was skipped and stressed kept alone
        ("mood_kind", "low and stressed", ("low", "stress")),
        ("mood_kind", "een beetje van allebei", ("low", "stress")),
        # a Dutch compound, a plural, an ending: "tentamenangst en plannen allebei" kept one
        ("study_worries", "tentamenangst en plannen allebei", ("exams_fear", "planning")),
        ("study_worries", "both exams and planning", ("exams_fear", "planning")),
        ("study_worries", "studieachterstand", ("falling_behind",)),
        ("study_worries", "faalangst", ("exams_fear",)),
        ("study_worries", "planningsproblemen", ("planning",)),
        ("circumstances_kind", "chronisch ziek", ("impairment",)),
    ],
)
def test_choices_named_in_other_forms(
    builtin: Catalog, qid: str, said: str, chosen: tuple[str, ...]
) -> None:
    question = builtin.question(qid)
    assert question is not None
    assert parse_answer(question, said) == chosen


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("mood_kind", "niet gestrest"),
        # a word that names no choice is never dropped: asked again, the words read
        ("study_worries", "ik denk aan stoppen en ik loop achter"),
        ("mood_kind", "bad"),
    ],
)
def test_choices_still_refused_when_a_word_names_none(
    builtin: Catalog, qid: str, said: str
) -> None:
    """Guard: a turned word, or a word that names no choice, is asked again."""
    from steunwijzer.core.answer_errors import AnswerError

    question = builtin.question(qid)
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, said)


# --- Dutch "want die" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set353: "want die" is "because that" in Dutch
        "nee ik ben niet depressief of suïcidaal ofzo haha, ik wil alleen een nieuwe studentenpas want die van mij is gejat",
        "Ik wil een andere kamer, want die van mij is te klein.",
    ],
)
def test_dutch_want_die_is_no_wish_to_die(text: str) -> None:
    assert not themes_of(text) & {"suicidal_thoughts", "concern_for_other"}


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "want to die tbh",
        "I want to fucking die",
        "i wanted to die last night",
        "I just want die",
        "sometimes I want to be dead",
        "i wanna die",
    ],
)
def test_the_english_wish_to_die_is_kept(text: str) -> None:
    """Guard: the English wish, with and without "to", past and chat forms."""
    assert "suicidal_thoughts" in themes_of(text)


# --- needs the blind sets found missing --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set355 and set360: locked in from outside
        (
            "After the fire our landlord moved us into a shed and he locks the door from outside at night.",
            "unsafe_situation",
        ),
        (
            "Als we ruzie hebben doet hij de deur van buiten op slot zodat ik niet weg kan.",
            "unsafe_situation",
        ),
        # set352: an ex at the door again and again, who knows the lecture room
        ("Mijn ex staat al drie keer deze week voor mijn kamer.", "unsafe_situation"),
        ("Mijn ex appt dat hij weet in welk lokaal ik college heb.", "unsafe_situation"),  # a guard
        # set355: photos while unconscious, then money asked
        (
            "hij heeft fotos van mij gemaakt toen ik buiten westen lag op het feest",
            "sexual_violence",
        ),
        ("Hij zegt dat hij het online zet als ik hem niet 500 euro betaal.", "unsafe_situation"),
        # set357: sex asked for in place of rent
        (
            "de man waar ik onderhuur zegt dat ik minder huur hoef te betalen als ik met hem naar bed ga",
            "sexual_violence",
        ),
        ("my landlord said I can pay less rent if I sleep with him", "sexual_violence"),
        # set355: survivor's guilt
        ("Why did I survive the crash and she didn't?", "grief"),
        ("waarom leef ik nog en hij niet, we zaten in dezelfde auto", "grief"),
        # set360: a compound programme
        ("Per 1 februari stop ik met de deeltijdopleiding.", "dropout_risk"),
        # set358: a suicide in the community is a loss
        ("since the suicide on our floor ive been drinking most nights", "grief"),
        ("na de zelfmoord van mijn vriend slaap ik slecht", "grief"),
    ],
)
def test_needs_the_blind_sets_found_missing(text: str, theme: str) -> None:
    assert theme in themes_of(text)


def test_a_chosen_place_is_immediate() -> None:
    """set359: "ik heb al een plek uitgezocht bij het spoor" was a money need, specific."""
    data = lookup_json(
        "40k DUO schuld, geen baan, terug bij mn ouders. ik heb al een plek uitgezocht bij het spoor"
    )
    assert data["tier"] == "acute"
    assert data["urgency"] == "immediate"
    assert "suicidal_thoughts" in data["themes"]  # type: ignore[operator]


def test_bereavement_by_suicide_keeps_its_risk() -> None:
    """Guard: with the loss named, the risk of bereavement by suicide stays (round 17)."""
    found = themes_of("the suicide of my friend makes me think about doing it too")
    assert {"grief", "suicidal_thoughts"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een kamer gevonden en seks gehad met mijn vriend, eindelijk rust.",
        "ik zet mijn fiets online als niemand hem koopt, dan betaal ik de reparatie zelf",
        "Wij hebben een leuke plek uitgezocht voor de picknick in het park.",
    ],
)
def test_ordinary_lines_near_the_new_patterns_stay_calm(text: str) -> None:
    """Guard: the new patterns need their whole shape (rent, a threat, a risky place)."""
    assert not themes_of(text) & {"sexual_violence", "unsafe_situation", "suicidal_thoughts"}


# --- housing (set357: missed beside 13 of 24 acute needs) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik slaap al 3 weken in mn auto op de parkeerplaats achter de sporthal",
        "Our daughter has been living out of her car in Utrecht.",
        "wil gewoon slapen. geen kamer, geen plek, niks",
        "no room, no money, 4 resits",
        "Nobody in my friend group knows I don't have a place.",
        "Al 14 keer uitgeloot voor een kamer.",
        "My landlord is refusing to give back my deposit.",
        "rent went up to 780 for a room with mould",
        "Had to give up my room in Groningen to move back in with my mum.",
        "Ik woon nu tijdelijk bij een tante.",
        "I am in a hostel now, 45 euro per night.",
        "The room I paid for online does not exist.",
    ],
)
def test_housing_said_plainly(text: str) -> None:
    assert "housing" in themes_of(text)


# --- a blind set of safety answers --------------------------------------------------------------


def test_no_safety_answer_of_round_65s_blind_set_that_says_yes_is_read_as_no(
    builtin: Catalog,
) -> None:
    """Round 65's blind set of 60 safety answers (how often, how strong, a reason not to
    act, someone else's act, small preparations, counsellor notes; a helper who never saw
    the code; tests/answers/safety_round65.jsonl): an answer meant as yes, doubt or
    earlier is never a plain no, in files (``sentence_is_doubt``) nor at the terminal."""
    checked = never_read_as_no(builtin, "safety_round65.jsonl")
    assert checked >= 30, checked


@pytest.mark.parametrize(
    "text",
    [
        # round 65's role-play (intake 2): at the question about alcohol, nothing was heard
        "not really. a few beers at night so i can sleep",
        "I can't sleep without a joint",
        "een paar biertjes om te kunnen slapen, anders lig ik maar te malen",
    ],
)
def test_drinking_or_smoking_to_sleep_is_heard(text: str) -> None:
    assert "addiction" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a role-play (intake 2) and set352: the second net read health anxiety as suicidal
        "my health yes, I keep thinking something is wrong with my heart. I google my symptoms every night",
        "I keep googling my symptoms at 3am and every site says heart problems. The ECG at the GP was normal but I just don't believe it",
    ],
)
def test_health_anxiety_is_no_risk_to_life(text: str) -> None:
    found = themes_of(text)
    assert not found & {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}
    assert "stress" in found


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I google my symptoms every night and honestly I want to die", "suicidal_thoughts"),
        ("hij kneep mijn keel dicht, ik dacht dat ik doodging", "unsafe_situation"),
        ("he choked me until I thought I was going to die", "unsafe_situation"),
        # the review of round 65: figures for health anxiety and the fear of dying kept
        # the second net off the whole text, and these were lost; now only the guess's
        # own words are set aside (core/guess_explained)
        (
            "I google my symptoms every night and I wish I had cancer so it would be over",
            "suicidal_thoughts",
        ),
        (
            "ik google mijn klachten en hoop eigenlijk dat het iets ergs is zodat het klaar is",
            "suicidal_thoughts",
        ),
        ("I'm scared to die but I'm more scared to keep living like this", "suicidal_thoughts"),
        ("ik ben bang om dood te gaan maar nog banger om zo door te leven", "suicidal_thoughts"),
    ],
)
def test_a_risk_beside_the_health_anxiety_figures_is_kept(text: str, theme: str) -> None:
    """Guard: the figures set aside the panic, not a risk said beside it."""
    assert theme in themes_of(text)


# --- the hostile tester's findings ----------------------------------------------------------


def _closing_layer(tmp_path: Path) -> Path:
    layer = tmp_path / "layer"
    layer.mkdir()
    (layer / "offerings.yaml").write_text(
        'schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n    hours: {mon: "09:00-10:00"}\n',
        encoding="utf-8",
    )
    return layer


@pytest.mark.parametrize(
    "args",
    [
        ("-c", "builtin", "LAYER"),  # the hostile round: validated the base above the layer
        ("builtin", "-c", "LAYER"),  # guard: round 25's order
        ("-c", "builtin", "-c", "LAYER"),  # guard: as lookup reads it
    ],
)
def test_validate_puts_the_built_in_catalogue_under_every_layer(
    runner: CliRunner, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Hostile round 65: "catalog validate -c builtin layer/" read the layer first, so a
    layer that closed 113 was "in orde" (exit 0) while lookup with the same layers
    refused it and went into safety mode."""
    layer = str(_closing_layer(tmp_path))
    named = [layer if a == "LAYER" else a for a in args]
    for command in ("validate", "lint"):
        result = invoke(runner, "catalog", command, *named)
        assert result.exit_code == 1, (command, result.output)


def test_strict_with_warnings_does_not_say_in_orde(runner: CliRunner, tmp_path: Path) -> None:
    """Hostile round 65: "validate --strict" failed (exit 1) with "in orde" as its last line."""
    layer = tmp_path / "warn"
    layer.mkdir()
    (layer / "offerings.yaml").write_text(
        "schema_version: 1\nofferings:\n  - id: my-help\n    provider: institution\n"
        "    name: {nl: Mijn hulp, en: My help}\n"
        "    description: {nl: Hulp bij slapen., en: Help with sleep.}\n"
        "    tiers: [specific]\n    themes: [sleep]\n    contact: {email: hulp@example.org}\n"
        '    hours: {fri: "12:00-12:00"}\n',
        encoding="utf-8",
    )
    plain = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert plain.exit_code == 0 and "warning" in plain.output, plain.output
    strict = invoke(runner, "catalog", "validate", "--strict", "builtin", str(layer))
    assert strict.exit_code == 1
    assert "in orde" not in strict.output and "ongeldig" in strict.output


def test_a_column_total_of_zero_does_not_give_hidden_cells_away(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Hostile round 65: with no prevention or unrecognised rows at all, "Allemaal 0" under
    the hidden cells told they were 0, and faculty X's hidden acute count was then
    23 - 20 - 0 - 0 = 3 exactly."""
    import json

    rows = [{"id": f"x{i}", "text": "ik wil dood", "faculty": "X"} for i in range(3)]
    rows += [{"id": f"xs{i}", "text": "ik slaap slecht", "faculty": "X"} for i in range(20)]
    rows += [{"id": f"ya{i}", "text": "ik wil dood", "faculty": "Y"} for i in range(20)]
    rows += [{"id": f"ys{i}", "text": "ik slaap slecht", "faculty": "Y"} for i in range(20)]
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert invoke(runner, "batch", str(source), "--keep", "faculty", "-o", str(out)).exit_code == 0
    report = json.loads(
        invoke(runner, "report", str(out), "--by", "faculty", "--format", "json").stdout
    )
    x = next(g for g in report["by"]["groups"] if g["key"] == "X")
    tiers = {r["key"]: r for r in x["tiers"]["rows"]}
    assert tiers["acute"]["count"] is None  # hidden
    everyone = {r["key"]: r for r in report["everyone"]["tiers"]["rows"]}
    # The cells of X's row that are hidden must not all be known from what is shown.
    known = [k for k in ("prevention", "none") if everyone[k]["count"] == 0]
    assert not known, everyone


@pytest.mark.parametrize(
    "said",
    [
        # the second role-play (intake 3): a stalker who knows the room, said as an exception
        "ja hoor. nou ja, behalve dat hij me appt dat hij weet in welk lokaal ik zit",
        "yes, except when he is there",
        "ja, maar niet altijd",
    ],
)
def test_a_yes_with_an_exception_is_partly(builtin: Catalog, said: str) -> None:
    question = builtin.question("connection_safe")
    assert question is not None
    assert parse_answer(question, said) == "partly"
    assert parse_answer(question, "ja hoor") == "yes"  # guard


@pytest.mark.parametrize(
    "text",
    [
        "ik ben niet meer bang om dood te gaan, het voelt als een opluchting",
        "I'm not afraid of dying anymore, I think about it like a relief.",
    ],
)
def test_no_longer_afraid_of_dying_keeps_its_weight(text: str) -> None:
    """Guard (set12 and set119): the figure for the fear of dying must not set this aside."""
    assert "suicidal_thoughts" in themes_of(text)


def test_i_wouldnt_actually_do_anything_is_a_no_to_intent(builtin: Catalog) -> None:
    """The third role-play (intake 1): "nah, I wouldn't actually do anything" to "do you
    intend to act on these thoughts?" was don't know and "Immediate danger: call 112 or 113
    now". At the thoughts question the same words deny only the act: doubt (a guard)."""
    intent = builtin.question("safety_intent")
    thoughts = builtin.question("safety_thoughts")
    assert intent is not None and thoughts is not None
    assert parse_answer(intent, "nah, I wouldn't actually do anything") is False
    assert parse_answer(thoughts, "no, I wouldn't actually do it") == UNKNOWN


def test_a_year_not_made_beside_not_wanting_to_be_here_keeps_the_risk() -> None:
    """Guard (set119): a dropout pattern for "propedeuse niet haal" tried this round kept
    the second net from "... weet ik niet of ik er volgend jaar nog wil zijn"; left out."""
    assert "suicidal_thoughts" in themes_of(
        "als ik mn propedeuse niet haal weet ik eerlijk gezegd niet of ik er volgend jaar nog wil zijn"
    )


@pytest.mark.parametrize(
    "said", ["ja, ik lig elke nacht mn symptomen te googelen", "ya, lie awake till 4 most nights"]
)
def test_how_often_is_no_length_of_time(builtin: Catalog, said: str) -> None:
    """The third role-play (intakes 1 and 3): "elke nacht", "most nights" at the sleep
    question put "Less than two weeks" in [ ] at the question how long it has been going
    on; Enter would have kept the milder answer."""
    from steunwijzer.core.choice_words import label_choices

    question = builtin.question("sleep_duration")
    assert question is not None
    assert label_choices(question, said) == set()
    assert label_choices(question, "every night for three weeks") == {"long"}  # guard
    assert label_choices(question, "pas 1 nacht") == {"short"}  # guard


@pytest.mark.parametrize(
    ("said", "chosen"), [("ik ben bedreigd", "threatened"), ("ik ben gestalkt", "threatened")]
)
def test_a_short_word_of_another_label_names_no_choice(
    builtin: Catalog, said: str, chosen: str
) -> None:
    """The review of round 65: with three-letter label words read ("low"), "ben" of "Ik ben
    nu niet veilig" made "ik ben bedreigd" name two choices, and it was refused."""
    question = builtin.question("behaviour_kind")
    assert question is not None
    assert parse_answer(question, said) == chosen


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the review of round 65: the new housing and dropout patterns in ordinary lines
        ("ik zat op de bank van mijn vriend film te kijken", "housing"),
        ("we sliepen in een tent op het festival, echt genieten", "housing"),
        ("we slept in a tent at the festival, it was great", "housing"),
        ("ik zit tijdelijk bij een andere projectgroep", "housing"),
        ("gestopt met de literatuurstudie, nu begin ik met schrijven", "dropout_risk"),
    ],
)
def test_ordinary_lines_near_the_housing_patterns(text: str, theme: str) -> None:
    assert theme not in themes_of(text)


# --- a later disclosure while a safety answer is open -------------------------------------


def test_words_of_the_wish_ask_an_open_wish_again(builtin: Catalog) -> None:
    """Two role-plays of round 65: after "pass" at the wish, "honestly sometimes I think
    it'd be easier if I just wasn't around" at the mood question changed nothing on
    screen, and the review kept "don't know". The wish is now asked again, as after a
    "no" (round 26)."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.referrals import ReferralIndex

    from .conftest import MONDAY_2PM
    from .intake import answering

    seen: list[object] = []
    said = {
        "safety_wish_dead": "pass",
        "safety_thoughts": "nee",
        "safety_behaviour": "nee",
        "area_mood": "yes, sometimes I think it'd be easier if I just wasn't around",
    }
    run_interview(builtin, answering(said, "", seen), "en", ReferralIndex(builtin, MONDAY_2PM))
    again = [p for p in seen if isinstance(p, QuestionPrompt) and p.recheck]
    assert any(p.question.id == "safety_wish_dead" and p.previous == UNKNOWN for p in again)


def test_an_open_answer_asked_again_says_it_was_left_open(builtin: Catalog) -> None:
    """The note says the answer was left open, not that it was "no"."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, screen = terminal(builtin, "ja")
    ask.question(QuestionPrompt(question, 1, 20, UNKNOWN, True, recheck=True))
    shown = " ".join(screen.getvalue().split())
    assert "bleef open" in shown and "was ‘nee’" not in shown


def test_words_without_the_wish_leave_an_open_answer_alone(builtin: Catalog) -> None:
    """Guard: words of something else ("I kind of stopped going to class") ask nothing again."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.referrals import ReferralIndex

    from .conftest import MONDAY_2PM
    from .intake import answering

    seen: list[object] = []
    said = {
        "safety_wish_dead": "pass",
        "safety_thoughts": "nee",
        "safety_behaviour": "nee",
        "area_mood": "yes, I kind of stopped going to class",
    }
    run_interview(builtin, answering(said, "", seen), "en", ReferralIndex(builtin, MONDAY_2PM))
    assert not [p for p in seen if isinstance(p, QuestionPrompt) and p.recheck]


def test_a_no_asked_again_after_an_open_one_gets_its_own_note(builtin: Catalog) -> None:
    """Found in the review: after the open wish was asked again ("left open"), the thoughts
    question said "Here too the answer was 'no'", though no "no" note had been shown."""
    wish, thoughts = builtin.question("safety_wish_dead"), builtin.question("safety_thoughts")
    assert wish is not None and thoughts is not None
    ask, screen = terminal(builtin, "ja")
    ask.question(QuestionPrompt(wish, 1, 20, UNKNOWN, True, recheck=True))
    ask.question(QuestionPrompt(thoughts, 2, 20, False, True, recheck=True))
    shown = " ".join(screen.getvalue().split())
    assert "bleef open" in shown and "bij een andere vraag" in shown
    assert "Ook hier was het antwoord" not in shown


def test_wanting_to_go_home_sets_aside_only_its_own_words() -> None:
    """The review of round 65: round 64's figure for "i just want to go home" kept the
    second net off the whole text, and "... I keep thinking about the bridge near my
    house" was lost. Now only a guess inside "want to go home" is set aside."""
    assert "suicidal_thoughts" not in themes_of("maybe later, now i just want to go home")
    assert "suicidal_thoughts" in themes_of(
        "I just want to go home. I keep thinking about the bridge near my house"
    )


def test_dood_te_gaan_is_to_die_no_intent() -> None:
    """The third and fourth role-plays: "ik ben juist bang om dood te gaan" read "gaan" as
    intent: "Direct gevaar, bel nu 112" for a student afraid of dying. As "dood gaan" since
    round 42, "dood te gaan" is to die: soon, not immediate (still a risk, over-alarmed)."""
    data = lookup_json("nee, helemaal niet. ik ben juist bang om dood te gaan")
    assert data["tier"] == "acute" and data["urgency"] == "soon"
    assert (
        lookup_json("ik ben van plan om vannacht dood te gaan")["urgency"] == "immediate"
    )  # guard
