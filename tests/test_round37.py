"""Round 37: findings of this round's own review, blind set and role-play."""

from __future__ import annotations

from pathlib import Path

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.referrals import ReferralIndex

from .reading import ACUTE, themes_of
from .terminal_helpers import scripted

# --- a wish to be with someone who died (round 36's blind leftovers) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik wil gewoon bij mijn moeder zijn, ze is vorig jaar overleden",
        "ze is overleden en ik wil bij haar zijn",
        "I just want to be with my dad again, he died last year and I want to join him.",
        "soon I'll be with mum again, I miss her so much it's ok",
    ],
)
def test_a_wish_to_join_someone_who_died_is_the_students_own(text: str) -> None:
    """The one named in the wish is the dead, not someone at risk: on b25590f the first,
    third and fourth came out as concern for someone else (the mother, "dad", "mum"
    read as the one at risk), the last without the student's own wish; the second,
    the death told first, was read right there and guards the rule."""
    found = themes_of(text)
    assert "suicidal_thoughts" in found, found
    assert "concern_for_other" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "my friend keeps saying she wants to join her mum who died",
        "mijn vriendin wil bij haar vader zijn die vorig jaar overleden is",
        "Mijn opa is dood en mijn zus wil niet meer leven",
        "ik mis mijn zus zo erg, ze wil niet meer leven",
    ],
)
def test_someone_else_who_wants_to_join_the_dead_is_still_someone_else(text: str) -> None:
    """Guard: the one who wishes is named before the wish (a friend, a sister); only the
    dead one is no longer counted as someone at risk."""
    assert "concern_for_other" in themes_of(text), themes_of(text)


# --- round 37's families: a bridge stared down from, someone psychotic and gone --------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I keep going to the bridge at night and staring at the river", "suicidal_thoughts"),
        ("I ended up on the bridge again last night just staring into the water",
         "suicidal_thoughts"),
        ("Ik fiets elke avond naar de brug en sta dan te staren naar het water",
         "suicidal_thoughts"),
        ("ik ga vaak naar het spoor om naar de treinen te staren", "suicidal_thoughts"),
        ("My twin sister is psychotic and nobody knows where she is since yesterday.",
         "concern_for_other"),
        ("mijn broer is psychotisch en sinds gisteren onvindbaar", "concern_for_other"),
        ("my brother is missing since yesterday, he was manic last week",
         "concern_for_other"),
    ],
)  # fmt: skip
def test_round_37_families_are_read(text: str, theme: str) -> None:
    """Six of the seven came out as nothing recognised on b25590f; the second ("ended up
    on the bridge again") was found there by an older family and guards the new."""
    assert theme in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "We walked to the bridge at night to watch the sunset over the river",
        "I went to the bridge and looked at the river, it was so pretty this evening",
        "ik kijk vaak naar het water vanaf de brug als ik naar huis fiets, zo mooi",
        "we gingen naar de brug om naar de boten te kijken",
        "trainspotting is my hobby, I go to the railway to watch the trains every weekend",
        "mijn huisgenoot is weg voor het weekend, ze was wel verward na het feest",
        "We're in the ideation phase of our design project.",
        "Morgen hebben we een ideation sessie voor het ontwerpproject.",
    ],
)
def test_their_harmless_neighbours_stay_calm(text: str) -> None:
    """Guards for the families above, and a design project's "ideation phase", which
    was a thought of suicide on b25590f (the last two)."""
    assert not themes_of(text) & ACUTE, themes_of(text)


def test_ideation_as_a_counsellor_writes_it_is_still_read() -> None:
    """Guard: the figure is the design phase, not the clinical word."""
    assert "suicidal_thoughts" in themes_of("Passive ideation, no plan or intent.")


# --- set115 (messages to a mentor), read after it was measured unseen -----------------
# The sentences are written for the tests, not copied from the set
# (tests/data/blind/set115.jsonl holds its lines).


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # there now, thinking about it
        ("ik sta nu bij het spoor en ik denk er serieus over na", "suicidal_thoughts"),
        ("I'm at the station now thinking about it", "suicidal_thoughts"),
        # gone, with a note that says only sorry (someone else)
        ("mijn huisgenoot is weg en er lag een briefje met alleen sorry", "concern_for_other"),
        ("my roommate left a note that just said sorry and her phone is off",
         "concern_for_other"),
        # a pet placed elsewhere, needed no more
        ("I gave my dog to my sister, I won't need to walk him anyway", "suicidal_thoughts"),
        ("mn hond heb ik naar mn oma gebracht, die heb ik niet meer nodig",
         "suicidal_thoughts"),
        # a farewell that clears the school
        ("ik wil alleen dat jullie weten dat het niet aan de opleiding lag",
         "suicidal_thoughts"),
        # a threat in the name of honour
        ("if my uncle finds out they'll send me back to marry me off", "unsafe_situation"),
        ("people in my village have been murdered for less", "unsafe_situation"),
        # dropping out: weeks away, ashamed to come back, out if this block fails
        ("ik ben al twee weken niet geweest", "dropout_risk"),
        ("ik schaam me om nog terug te komen na al die gemiste lessen", "dropout_risk"),
        ("als ik dit blok niet haal vlieg ik eruit", "dropout_risk"),
        ("ik stop na dit semester.", "dropout_risk"),
        ("I've missed so many lectures I'm too embarrassed to go back", "dropout_risk"),
        ("honestly probably gonna quit", "dropout_risk"),
    ],
)  # fmt: skip
def test_set115_families_are_read(text: str, theme: str) -> None:
    """Eleven of the fifteen had no such theme on b25590f; the note that said only
    sorry and the dog given away (the second net), the uncle's marriage and the
    lectures missed (older families) were found there and guard the new ones."""
    assert theme in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik breng mn kat naar mn tante tijdens de vakantie, dan is dat geregeld",
        "ik heb de zaal geboekt, dan is dat alvast geregeld.",
        "ik ben al weken niet naar de sportschool geweest",
        "I was too embarrassed to go back to that restaurant",
        "ik stop na dit jaar met hockey",
        "ik weet niet hoe ik nog terug moet komen van Utrecht vannacht, de treinen rijden niet",
    ],
)
def test_set115_neighbours_stay_calm(text: str) -> None:
    """Guards: the same words said of a cat sat for a holiday, a hall booked, a gym, a
    sport and a night train."""
    assert not themes_of(text) & ACUTE, themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "IK HEB MN BSA GEHAALD!!! 52 punten ik kan het niet geloven",
        "mijn bsa is binnen, nu nog de rest",
        "I passed my BSA!!",
        "I've finally passed my BSA",
    ],
)
def test_the_bsa_made_is_good_news(text: str) -> None:
    """The first, shouted, was a risk of dropping out on b25590f ("=bsa" alone): now a
    figure sets it aside, as "dood van de stress" is set aside for a wish to die. The
    others were calm there too and guard the figure's other wordings."""
    assert "dropout_risk" not in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb mijn bsa niet gehaald",
        "mijn bsa is niet gehaald",
        "ik heb de bsa nog niet binnen",
        "I haven't passed my BSA",
        "I did not pass my BSA",
        "I never made the BSA",
    ],
)
def test_the_bsa_not_made_is_still_a_risk_of_dropping_out(text: str) -> None:
    """Guards for the figure (a "niet" or "haven't" between is no good news); the last
    was negated away on b25590f ("never" before a bare "=bsa")."""
    assert "dropout_risk" in themes_of(text), themes_of(text)


# --- a role-play (round 37): three intakes at 80x24 ------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # F1: not mattering whether one is there (negated away by "niet"/"niks" before)
        ("ik heb soms het gevoel dat het niks uitmaakt of ik er ben of niet",
         "suicidal_thoughts"),
        ("het maakt niet uit of ik er ben of niet", "suicidal_thoughts"),
        ("it doesn't matter whether I'm here or not", "suicidal_thoughts"),
        # F12: someone in the student's room at night; drinking more; the verb last
        ("he comes into my room at night when I'm sleeping", "unsafe_situation"),
        ("hij komt 's nachts gewoon mijn kamer binnen", "unsafe_situation"),
        ("not worried, I drink a bit more than usual", "addiction"),
        ("mijn huisgenote maakt zich zorgen om me omdat ik bijna niet meer eet", "eating"),
    ],
)  # fmt: skip
def test_role_play_37_words_are_read(text: str, theme: str) -> None:
    """Four of the seven had no such theme on b25590f: "het maakt niet uit" negated the
    wish, "bijna niet meer eet" was not read. The room at night and drinking more were
    found there as whole texts (the role-play heard them wrongly beside an answer) and
    guard the new families."""
    assert theme in themes_of(text), themes_of(text)


def test_not_mattering_about_other_things_is_no_wish() -> None:
    """Guard: "it doesn't matter" as a pseudo-negation keeps a plain denial beside it."""
    assert not themes_of("I'm not suicidal, it doesn't matter what they say") & ACUTE


def _asked(seen: list[object]) -> list[str]:
    from steunwijzer.core.prompts import QuestionPrompt

    return [p.question.id for p in seen if isinstance(p, QuestionPrompt)]


@pytest.mark.parametrize(
    ("question", "words", "next_question", "rule"),
    [
        ("area_loss", "mijn beste vriendin is drie weken geleden verongelukt", None, "loss"),
        ("area_study", "ik ga gewoon stoppen met school eigenlijk", "study_worries", None),
        ("area_sleep", "I lie awake until four every night", "sleep_duration", "sleep"),
    ],
)
def test_a_need_said_at_its_own_question_is_the_yes(
    builtin: Catalog, index: ReferralIndex, question: str, words: str,
    next_question: str | None, rule: str | None,
) -> None:  # fmt: skip
    """F8: "mijn beste vriendin is drie weken geleden verongelukt" at "Heb je kort geleden
    iemand verloren ...?" was "no answer to this question", and the question was asked
    again. Words that hold the need a yes leads to are the yes; the question opened by it
    follows. On b25590f each question came twice and no answer was recorded."""
    from steunwijzer.core.prompts import Unfit

    seen, result = scripted(builtin, index, {question: [Unfit(words), "nee"]})
    asked = _asked(list(seen))
    assert asked.count(question) == 1, asked
    if next_question is not None:
        assert asked[asked.index(question) + 1] == next_question
    if rule is not None:
        assert rule in {r.rule for r in result.reasons}


def test_words_beside_a_safety_question_are_never_its_yes(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guard: the safety screen keeps its own reading (typed, or asked again)."""
    from steunwijzer.core.prompts import Unfit

    seen, _ = scripted(
        builtin, index, {"safety_wish_dead": [Unfit("mijn opa is overleden"), "nee"]}
    )
    assert _asked(list(seen)).count("safety_wish_dead") == 2


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate makes me feel unsafe, he comes into my room at night",
        "mijn huisgenoot maakt me bang en ik voel me onveilig bij hem",
    ],
)
def test_the_student_made_unsafe_is_not_concern_for_the_one_who_does_it(text: str) -> None:
    """F2: the flatmate who makes the student feel unsafe was "concern for someone else"
    on b25590f, and the panel said to find out whether "that person" can be reached."""
    found = themes_of(text)
    assert "unsafe_situation" in found and "concern_for_other" not in found, found


def test_someone_else_made_unsafe_is_still_concern(builtin: Catalog) -> None:
    """Guard: told of someone else ("told me her boyfriend makes her feel unsafe")."""
    assert "concern_for_other" in themes_of("my friend told me her boyfriend makes her feel unsafe")


def test_an_acute_lookup_ends_with_the_crisis_lines() -> None:
    """F3: at 80x24 an acute `lookup` ended on its tips; the tier, the warning and 113
    scrolled away. Its last words are the crisis lines now, as at the interview's end
    (on b25590f the output ended with a tip)."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    result = CliRunner().invoke(app, ["lookup", "--text", "ik zie het niet meer zitten"])
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    end = next(i for i, line in enumerate(lines) if line.startswith("Crisislijnen, nu bereikbaar"))
    assert lines.index(next(x for x in lines if x.startswith("Tips"))) < end
    assert any("113" in line for line in lines[end:]), lines[end:]


def test_a_lookup_without_an_acute_need_has_no_such_end() -> None:
    """Guard: a sleep question ends as before."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    result = CliRunner().invoke(app, ["lookup", "--theme", "sleep"])
    assert "Crisislijnen, nu bereikbaar" not in result.stdout


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ik game meestal tot 4 uur 's nachts, dus ja eigenlijk wel", True),
        ("I game till 4 every night so yeah", True),
        ("ik slaap prima dus nee", False),
    ],
)
def test_a_yes_as_the_sentence_s_conclusion_is_a_yes(
    builtin: Catalog, text: str, value: bool
) -> None:
    """F11: "... dus ja eigenlijk wel" at "Slaap je de laatste tijd slecht?" was "Dat
    antwoord past niet" while "ja eigenlijk wel" alone was a yes (b25590f refused the
    first; the English one, read there already, and the "dus nee" guard)."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("area_sleep")
    assert question is not None
    assert parse_answer(question, text) is value


def test_the_resemblance_panel_does_not_say_the_safety_questions_follow() -> None:
    """F10: the panel of a guess of the second net said "de veiligheidsvragen volgen"
    when all three had been answered, and "Geen vaste woorden, wel een gelijkenis" twice
    (b25590f). It says what the student said resembles, and to ask with the questions."""
    from steunwijzer.present.texts import t

    for lang, start in (("nl", "Wat de student zei"), ("en", "What the student said")):
        text = t("crisis_soon_guess", lang)
        assert text.startswith(start), text
        assert "volgen" not in text and "follow" not in text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik zit in de pauzes meestal alleen sinds mijn vrienden weg zijn", "social_connection"),
        ("ik wil graag wat meer mensen leren kennen", "social_connection"),
        ("honestly I don't really have friends here yet", "social_connection"),
        ("ik lees alles drie keer maar ik onthoud niks", "study_skills"),
        ("I spend like six hours a day on fortnite", "addiction"),
    ],
)
def test_set115_everyday_needs_are_read(text: str, theme: str) -> None:
    """Needs that are not acute from set115 (alone in the breaks, no friends here yet,
    reading without keeping anything, hours a day on a game): none had its theme on
    b25590f."""
    assert theme in themes_of(text), themes_of(text)


def test_a_poster_for_a_citizenship_class_is_a_topic() -> None:
    """set115: "we moeten voor burgerschap een poster maken over huiselijk geweld, wat was
    het nummer van veilig thuis" was an unsafe situation on b25590f; a poster is a frame
    now, as a campaign is. The student's own situation beside it still counts (guard)."""
    assert (
        not themes_of(
            "we moeten voor burgerschap een poster maken over huiselijk geweld, wat was het "
            "nummer van veilig thuis ook alweer?"
        )
        & ACUTE
    )
    assert "suicidal_thoughts" in themes_of("ik wil dood, die poster over depressie hielp niks")


def test_someone_missing_is_not_someone_dead_to_join() -> None:
    """Guard (the review of round 37): "missing" is someone gone, not a death longed
    for; with it, a sister the student stays with became a dead one to join and the
    sister's wish to die the student's own."""
    text = (
        "I'm staying with my sister, she's been missing since yesterday and she said she "
        "wants to die"
    )
    found = themes_of(text)
    assert "concern_for_other" in found and "suicidal_thoughts" not in found, found


def test_the_lookup_s_last_crisis_lines_are_those_open_now(tmp_path: Path) -> None:
    """F3, the review of round 37: the closing line says "reachable now", so a crisis
    line of the catalogue that is closed at that moment is not in it (113 is, day and
    night). Without the open-now filter the office-hours line stood there on a Sunday."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    (tmp_path / "offerings.yaml").write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: kantoorlijn\n"
        "    crisis: true\n"
        "    provider: institution\n"
        "    name: {nl: Kantoorcrisislijn, en: Office crisis line}\n"
        "    description: {nl: Alleen op werkdagen., en: Weekdays only.}\n"
        "    tiers: [acute]\n"
        "    themes: [suicidal_thoughts]\n"
        "    languages: [nl]\n"
        "    contact: {phone: ['030-1234567']}\n"
        "    hours: {mon-fri: '09:00-17:00'}\n"
        "    how_to_access: {nl: Bel op werkdagen., en: Call on weekdays.}\n",
        encoding="utf-8",
    )
    args = ["lookup", "-c", "builtin", "-c", str(tmp_path), "--text", "ik wil dood"]
    result = CliRunner().invoke(app, [*args, "--at", "2026-12-06T22:00"])  # a Sunday
    lines = result.stdout.splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("Crisislijnen, nu bereikbaar"))
    tail = "\n".join(lines[end:])
    assert "113" in tail and "030-1234567" not in tail, tail
