"""Round 40: what round 39's role-play of five intakes found (a bug that lost a whole
intake, natural answers refused, a slip on the last safety question, a roommate's pills
read as danger at home, drinking to sleep not heard) and this round's outsiders' set.
The sentences are written for the tests, not copied from any set."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from .reading import themes_of

# --- a bug in the middle of an intake loses nothing that was said ---------------------


def _break_after(monkeypatch: pytest.MonkeyPatch, question_id: str) -> None:
    """Make the engine fail, as a bug would, once ``question_id`` has been answered."""
    import steunwijzer.core.interview as engine

    real = engine.next_question

    def failing(questions, state):  # type: ignore[no-untyped-def]
        if question_id in state.answers:
            raise AttributeError("'int' object has no attribute 'get'")
        return real(questions, state)

    monkeypatch.setattr(engine, "next_question", failing)


def test_a_bug_mid_intake_shows_the_answers_and_the_first_help(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 39's role-play: an internal error at the friends question ended a seven-
    minute intake with one line, every answer gone (with a death told, the first help
    too). Now the answers so far and what the result would have named first are shown;
    on dcfd87d only the one line was."""
    _break_after(monkeypatch, "connection_places")
    typed = "\n".join(["nee"] * 7 + ["ja, mijn vader is vorige maand overleden"] + ["nee"] * 6)
    typed += "\n" + "\n".join(["ja", "ja", "ja", "ja, een paar"] + [""] * 20)
    out = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input=typed)
    assert out.exit_code == 1, out.output
    said = out.output
    assert "interne fout" in said and "AttributeError" in said
    assert "Zo ver was de intake" in said
    assert "mijn vader is vorige maand overleden" in said  # the words as typed
    assert "Wat de uitkomst als eerste had genoemd" in said
    assert "Traceback" not in said


# --- natural answers that were refused with a bare "does not fit" ------------------------


def _q(builtin, qid: str):  # type: ignore[no-untyped-def]
    return next(q for q in builtin.questions if q.id == qid)


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        # thin: a few with a turn, too few, once but not now (a no: weak ties)
        ("connection_friends", "een paar, nog niet echt vrienden", False),
        ("connection_friends", "wel een paar, maar ik zie ze nauwelijks", False),
        ("connection_friends", "vroeger wel, nu niet meer echt", False),
        ("connection_friends", "not many", False),
        ("connection_friends", "niet veel eigenlijk", False),
        ("connection_friends", "a few but none I'd call close", False),
        ("connection_friends", "used to, not anymore since my group quit", False),
        ("connection_friends", "eentje", True),  # one counts (the question's help)
        ("connection_friends", "a couple", True),  # guards: a few alone is a yes
        # yes/partly/no: with some of them
        ("connection_contact", "gaat wel, met een paar mensen", "partly"),
        ("connection_contact", "met sommigen wel", "partly"),
        (
            "connection_contact",
            "some of them, the teachers not really",
            "partly",
        ),  # guard: read before
        ("connection_contact", "ja", "yes"),  # guards
        # "deels" where "een beetje" was already a yes
        ("connection_places", "deels", True),
        ("area_growth", "deels", True),
        ("area_growth", "partly", True),
        # how long, with a doubt about the exact time or a season or holiday named
        ("sleep_duration", "weet niet precies, sinds de zomer?", "long"),
        ("sleep_duration", "since summer", "long"),
        ("sleep_duration", "sinds de kerstvakantie denk ik", "long"),
        ("sleep_duration", "geen idee, paar dagen", "short"),
    ],
)
def test_natural_answers_are_read(builtin, qid: str, said: str, expected: object) -> None:  # type: ignore[no-untyped-def]
    """Each was refused on dcfd87d (except the guards); a role-play saw "Dat antwoord past
    niet." for the first, fifth and eleventh, and the season four times over."""
    from steunwijzer.core.answers import parse_answer

    assert parse_answer(_q(builtin, qid), said) == expected


@pytest.mark.parametrize(
    "said", ["vroeger wel, nu niet meer", "een paar keer, maar niet serieus", "not many times"]
)
def test_thin_words_at_a_safety_question_stay_doubt(builtin, said: str) -> None:  # type: ignore[no-untyped-def]
    """Guards: at the safety screen, "once but not now" or "a few times, but" are never a
    no; they stay doubt (asked again), as before."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    try:
        read = parse_answer(_q(builtin, "safety_wish_dead"), said)
    except AnswerError:
        return  # refused: asked again, as before
    assert read is not False


# --- round 39's role-play: a fear of going home that is the concern for a roommate ---------


@pytest.mark.parametrize(
    "text",
    [
        "mijn huisgenote zegt steeds dat ze er een einde aan wil maken. ik durf niet naar huis",
        "mijn vriendin heeft pillen verzameld en ik durf niet naar huis, straks vind ik haar",
        "my flatmate keeps saying she wants to die and honestly i'm scared to go home",
    ],
)
def test_afraid_to_go_home_for_a_roommate_at_risk_is_the_concern(text: str) -> None:
    """On dcfd87d each was also the student's own unsafe situation (Veilig Thuis, the
    police and violence tips); the concern for the other person stays, acute."""
    found = themes_of(text)
    assert "concern_for_other" in found
    assert "unsafe_situation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ik durf niet naar huis",
        "ik durf niet naar huis, mijn vader slaat me en mijn zus wil dood",
        "my brother wants to kill himself and my dad hits me, i'm afraid to go home",
    ],
)
def test_afraid_to_go_home_stays_unsafe_alone_or_beside_violence(text: str) -> None:
    """Guards: alone, or with a person who hits, the fear of home is the student's own."""
    assert "unsafe_situation" in themes_of(text)


# --- outsiders' blind set118: what it found missing (reworded where a word could be) --------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my mum passed over the christmas break and nobody at uni knows", "grief"),
        ("thuis mag ik niet naar buiten van mijn broers", "unsafe_situation"),
        (
            "als ik iemand over die bruiloft vertel, zorgt mijn vader ervoor dat ik spijt krijg",
            "unsafe_situation",
        ),
        (
            "ik weet niet meer hoe ik thuis kwam na de borrel en mijn ondergoed was weg",
            "sexual_violence",
        ),
        ("i can't remember how i got home from the party and my bra was gone", "sexual_violence"),
        ("wearing long sleeves for weeks even in this heat so no one sees", "self_harm"),
        ("lig elke nacht tot een uur of 3 te woelen", "sleep"),
        ("i used to love drawing and now it all feels pointless", "low_mood"),
        (
            "moved here from ghana in august and still figuring out the bike thing",
            "international_student",
        ),
        (
            "ik ga in februari op uitwisseling naar Japan, hoe zit dat met mijn vakken?",
            "international_student",
        ),
        ("i want to figure out how i learn best", "self_insight"),
        ("ik leer heel veel maar niet slim", "study_skills"),
        ("ik kom gewoon niet meer aan mezelf toe met werk en mantelzorg", "stress"),
        ("sommige weekenden zeg ik twee dagen geen woord tegen iemand", "social_connection"),
    ],
)
def test_what_set118_found_missing_is_read(text: str, theme: str) -> None:
    """Each was nothing recognised, or another need only, on dcfd87d."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("mijn opa is vorige maand overleden", "grief"),
        ("van mijn vriend mag ik niet de deur uit zonder hem", "unsafe_situation"),
        ("my husband won't let me leave the flat", "unsafe_situation"),
        ("he said if i tell anyone about it i'll regret it", "unsafe_situation"),
        (
            "ik loop al weken in een trui, ook met dit warme weer, niemand mag mijn armen zien",
            "self_harm",
        ),
        ("who am i even without hockey", "identity"),
        ("ik huil om niks de laatste tijd", "low_mood"),
        ("ik wil meer over mezelf leren, waarom ik altijd ja zeg", "self_insight"),
        ("not sure i even like my programme tbh", "study_choice"),
        ("ik durf in de werkgroep nooit iets te vragen", "performance_anxiety"),
        ("someone keeps spreading rumours about me in the study association", "unwanted_behaviour"),
        ("i can't afford any of the study trips my class goes on", "finances"),
    ],
)
def test_other_words_for_set118s_needs_stay_read(text: str, theme: str) -> None:
    """Guards: other words for the same needs, read on dcfd87d already; the new patterns
    sit beside them and must not push them out."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my sister passed her driving test over the summer", "grief"),
        ("my mom won't let me leave the house without a coat lol", "unsafe_situation"),
        (
            "if i tell anyone about the surprise party she'll be sorry she missed it",
            "unsafe_situation",
        ),
        ("ik draag lange mouwen in de zomer omdat ik het snel koud heb", "self_harm"),
        ("i can't remember how i got home, my phone was dead", "sexual_violence"),
        ("mijn beste vriendin is op exchange en ik mis haar", "international_student"),
        ("zeg tegen niemand dat ik dit vertel hoor", "social_connection"),
        ("that's why i'm so tired today haha", "self_insight"),
    ],
)
def test_the_new_words_do_not_reach_too_far(text: str, theme: str) -> None:
    """Guards: the near misses of this round's patterns (each written beside them)."""
    assert theme not in themes_of(text)


# --- a moment to pause after a yes (the catalogue's `acknowledge`) ------------------------


def _to_loss(answer: str) -> str:
    return "\n".join(["nee"] * 7 + [answer, "nee"] + [""] * 30)


def test_a_death_told_is_acknowledged_for_the_counsellor(runner: CliRunner) -> None:
    """Round 39's role-play: "ja, mijn vader is twee maanden geleden overleden" got only
    "→ gelezen als: ja". Now the loss question's `acknowledge` line follows a yes (on
    dcfd87d the key did not exist); after a no it does not."""
    said = runner.invoke(
        app,
        ["interview", "--at", "2026-11-30T14:00"],
        input=_to_loss("ja, mijn vader is overleden"),
    ).output
    assert "Neem even de tijd" in said
    said = runner.invoke(
        app, ["interview", "--at", "2026-11-30T14:00"], input=_to_loss("nee")
    ).output
    assert "Neem even de tijd" not in said


def test_acknowledge_on_a_question_that_is_not_yes_no_is_a_warning(
    runner: CliRunner, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """An `acknowledge` line can only follow a yes; on a scale question it would never
    be shown, and the maintainer is told so at its line."""
    text = (
        "schema_version: 1\nquestions:\n  - id: extra_q\n    type: scale\n    min: 0\n"
        "    max: 10\n    acknowledge: {nl: Dank je, en: Thank you}\n"
        "    text: {nl: Hoe zwaar?, en: How heavy?}\n    help: {nl: x, en: x}\n"
    )
    layer = tmp_path / "q.yaml"
    layer.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["catalog", "validate", "builtin", str(layer), "--lang", "en"])
    assert "q.yaml:7:" in result.output and "'acknowledge' of question 'extra_q'" in result.output


# --- a doubt, then the question's own need told: heard, not lost --------------------------


def test_drinking_told_after_a_doubt_is_heard(runner: CliRunner) -> None:
    """Round 39's role-play: "misschien.. ik drink wel wat meer de laatste tijd, om te
    kunnen slapen" at the alcohol question heard sleep only (dcfd87d); alcohol is heard
    too now, to confirm at the own words."""
    typed = "\n".join(
        ["nee"] * 5
        + ["misschien.. ik drink wel wat meer de laatste tijd, om te kunnen slapen"]
        + [""] * 40
    )
    said = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input=typed).output
    heard = [line for line in said.splitlines() if "ook gehoord" in line]
    assert heard and "Verslaving" in heard[0], heard


# --- this round's role-play (on dd7bfc5): answers misread or refused --------------------


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        # a no to the thought that speaks only of the act: doubt, asked again (safety)
        ("safety_thoughts", "no not like actually doing something", "unknown"),
        ("safety_thoughts", "nee, niet om het echt te doen", "unknown"),
        ("safety_wish_dead", "nee, ik zou het nooit doen hoor", "unknown"),
        ("safety_thoughts", "nee, dat doe ik niet", False),  # guard: a plain no
        ("safety_wish_dead", "no, I'm actually doing okay", False),  # guard (round 16)
        ("safety_thoughts", "nee hoor, ik heb gewoon veel te doen", False),  # guard
        ("safety_intent", "nee, ik zou het nooit doen", False),  # guard: intent denied
        # a remark around the answer
        ("mood_kind", "somber zei ik toch", ("low",)),
        ("area_mood", "like i said, no", False),  # guard: read before too
        # a no said otherwise, where the yes is a need
        ("area_sleep", "normal i guess", False),
        ("area_sleep", "gewoon normaal", False),
        # round 24 kept it from being a yes ("wel" alone is none); now it is the no it says
        ("area_sleep", "ik slaap wel goed eigenlijk", False),
        ("area_mood", "not more than anyone else", False),
        ("area_mood", "im ok", False),
        ("area_money", "its fine", False),
        # sorry before a no; sure before a yes; one friend, kind of
        ("area_loss", "oh sorry nee, niemand verloren", False),
        ("area_growth", "sure, whatever helps", True),
        ("connection_friends", "one, kind of. we talk in class", True),
        ("connection_friends", "one, but we never talk", False),
        ("connection_contact", "wel ok, mijn vrienden weten het maar ik trek me terug", "partly"),
    ],
)
def test_this_rounds_role_play_answers_are_read(
    builtin, qid: str, said: str, expected: object
) -> None:  # type: ignore[no-untyped-def]
    """Each was refused ("does not fit") or misread on dcfd87d except the guards; the
    first was a plain no that left the method and intent questions unasked."""
    from steunwijzer.core.answers import parse_answer

    assert parse_answer(_q(builtin, qid), said) == expected


@pytest.mark.parametrize("said", ["its fine", "im ok", "normal i guess"])
def test_fine_at_a_safety_question_is_not_a_no(builtin, said: str) -> None:  # type: ignore[no-untyped-def]
    """Guards: "it's fine" is a no only where the yes is an ordinary need; at the safety
    screen it stays refused (asked again), never a no."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    with pytest.raises(AnswerError):
        parse_answer(_q(builtin, "safety_wish_dead"), said)


@pytest.mark.parametrize(
    "text",
    [
        "ik durf niet naar huis want straks vind ik haar",
        "i'm scared to go home because what if i find her",
    ],
)
def test_afraid_to_find_someone_at_home_is_concern_for_them(text: str) -> None:
    """The role-play named the roommate at another question, then typed the first; on
    dcfd87d the second was the student's own unsafe situation (Veilig Thuis, police)."""
    found = themes_of(text)
    assert "concern_for_other" in found and "unsafe_situation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "i'm scared to go home, my stepdad will find me",
        "ik durf niet naar huis, anders vinden ze me",
        "scared to go home, they will find her first",
    ],
)
def test_afraid_that_someone_at_home_finds_the_student_stays_unsafe(text: str) -> None:
    """Guard: the one who finds the student is feared: the student's own danger. The
    second and third lost it in the round's first version (the pronoun made a concern
    from the same words, and that concern set the fear aside); found at its review."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text", ["niet aan mezelf iets aandoen", "echt niet aan mezelf iets aandoen hoor"]
)
def test_not_hurting_oneself_is_denied(text: str) -> None:
    """ "nee, ik bedoelde dat ik veel aan zijn dood denk. niet aan mezelf iets aandoen":
    the words after the full stop, read on their own, were a wish to die on dcfd87d
    ("niet aan" was taken as a pseudo-negation, as in "niet aan haar dood kunnen denken"),
    and the safety question was asked again."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_a_wish_beside_not_hurting_oneself_is_still_read() -> None:
    """Guard: the denial reaches its own clause only."""
    assert "suicidal_thoughts" in themes_of("ik wil dood, maar niet aan mezelf iets aandoen")


# --- the crisis panel on a small screen numbers what it shows without gaps -----------------


def test_the_crisis_panel_on_a_small_screen_numbers_without_gaps(builtin, index) -> None:  # type: ignore[no-untyped-def]
    """At 60x20 this round's role-play saw "1. 113", "2. 112", "4. De Luisterlijn": the
    huisarts (3) did not fit and the crisis line after it kept its number, which read as
    a place hidden (dcfd87d). The places shown are numbered one after another."""
    import re

    from rich.console import Console

    from steunwijzer.core.model import Urgency
    from steunwijzer.render.common import crisis_panel

    themes = ("suicidal_thoughts", "grief")
    contacts = index.crisis_panel(themes, "nl", Urgency.SOON)
    for height in range(14, 25):
        console = Console(
            width=60, height=height, record=True, color_system=None, force_terminal=True
        )
        crisis_panel(console, builtin, "soon", contacts, "nl", themes=themes)
        shown = console.export_text()
        numbers = [int(n) for n in re.findall(r"^\s*(\d+)\. ", shown, re.M)]
        assert numbers == list(range(1, len(numbers) + 1)), (height, shown)
        assert len(numbers) >= 2 and "113" in shown


# --- what the student already said is the follow-up's default ---------------------------


def test_a_kind_said_with_the_yes_is_the_default_of_its_follow_up(runner: CliRunner) -> None:
    """Both role-plays: "Wat past het best? 1. Somber 2. Gespannen" right after "ja
    vooral somber, en moe", with nothing of it kept. Now the follow-up is still asked,
    with "Somber" as its default (Enter keeps it); on dcfd87d it had none."""
    typed = "\n".join(["nee"] * 8 + ["ja vooral somber, en moe", ""] + [""] * 30)
    said = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input=typed).output
    asked = said[said.index("Wat past het best?") :]
    assert "[Somber, nergens zin in]" in asked.split(">")[0]


def test_a_loss_named_earlier_is_the_default_yes_of_the_loss_question(runner: CliRunner) -> None:
    """Round 40's role-play: the loss question was asked as if nothing was said after
    "ik mis mn broer" at the first question. It is still asked, with [ja] as default."""
    typed = "\n".join(
        ["nee, ik mis mn broer heel erg sinds hij overleden is"] + ["nee"] * 6 + [""] * 40
    )
    said = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input=typed).output
    asked = said[said.index("Heb je kort geleden iemand verloren") :]
    assert "ja / nee [ja]" in asked.split(">")[0]


def test_no_default_at_the_safety_screen(builtin) -> None:  # type: ignore[no-untyped-def]
    """Guard: a safety question is never answered for the counsellor, whatever was said."""
    from steunwijzer.core.interview_guess import guessed
    from steunwijzer.core.interview_state import State

    state = State()
    state.heard["x"] = ("suicidal_thoughts", "grief")
    for question in builtin.questions:
        if question.section == "safety" or question.sensitive:
            assert guessed(builtin, state, question) is None, question.id


# --- this round's second role-play (on 17b8502) ------------------------------------------


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        # a reason not to, at the thought questions: the thought is there (doubt)
        ("safety_thoughts", "nee hoor, ik moet er zijn voor mijn broertjes", "unknown"),
        ("safety_wish_dead", "no, I have to be there for my kids", "unknown"),
        ("safety_thoughts", "nee, dat kan ik mijn moeder niet aandoen", "unknown"),
        ("safety_thoughts", "no, my parents are there for me", False),  # guard
        # the need denied by its name, or no time for it
        ("area_substances", "is geen verslaving hoor", False),
        ("area_growth", "geen tijd voor eigenlijk", False),
        # "depends", "ish" where "een beetje" is a yes; hardly anyone known
        ("area_sleep", "depends", True),
        ("area_sleep", "ish", True),
        ("connection_places", "ken er bijna niemand, ben er nooit", False),
    ],
)
def test_the_second_role_play_answers_are_read(
    builtin, qid: str, said: str, expected: object
) -> None:  # type: ignore[no-untyped-def]
    """Each was refused, or (the first) a plain no with "alle met nee beantwoord", on
    dcfd87d, except the guard."""
    from steunwijzer.core.answers import parse_answer

    assert parse_answer(_q(builtin, qid), said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "I don't really want to talk about it",
        "daar wil ik liever niet over praten",
        "i can't talk about it",
    ],
)
def test_not_wanting_to_talk_is_read_as_skipped(runner: CliRunner, said: str) -> None:
    """ "I don't really want to talk about it" at "do you feel unsafe somewhere?" got
    "That answer does not fit" from a student about to tell of an assault (dcfd87d);
    it is read as skipped, as "laat maar" was."""
    typed = "\n".join(["no"] * 12 + [said] + [""] * 30)
    out = runner.invoke(app, ["interview", "--lang", "en", "--at", "2026-11-30T14:00"], input=typed)
    unsafe = out.output[out.output.index("or do you feel unsafe somewhere?") :]
    assert "does not fit" not in unsafe.split("Question")[0]
    assert "read as: skipped" in unsafe.split("Question")[0]


def test_a_need_only_heard_in_passing_is_no_default(builtin) -> None:  # type: ignore[no-untyped-def]
    """The second role-play: "gamen" heard in passing made [ja] the default of the
    addiction question, and Enter kept it right after "is geen verslaving hoor". Only
    what counts (acute words, own words confirmed) gives a yes/no default now."""
    from steunwijzer.core.interview_guess import guessed
    from steunwijzer.core.interview_state import State

    question = _q(builtin, "area_substances")
    state = State()
    state.heard["area_study"] = ("addiction",)
    assert guessed(builtin, state, question) is None
    state.text_themes["own_words"] = ("addiction",)
    assert guessed(builtin, state, question) is True


def test_the_intake_opens_by_saying_what_comes_first(runner: CliRunner) -> None:
    """Both role-plays found the opening cold: the first words on screen were the
    question about wishing to be dead. The intro now says three safety questions come
    first, asked of everyone, and that nothing is kept unless wanted."""
    out = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input="\n" * 3)
    assert "Eerst drie vragen over veiligheid" in out.output
    assert out.output.index("Eerst drie vragen") < out.output.index("Vraag 1")


# --- outsiders' blind set119 (tests/data/blind/set119.jsonl) --------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my mom died 2 months ago and everyone acts like i should be fine by now", "grief"),
        (
            "ik heb al mijn wachtwoorden opgeschreven en in een envelop gedaan. voor het geval dat",
            "suicidal_thoughts",
        ),
        (
            "mijn huisgenoot eet al dagen niks en zei 'het maakt toch niks meer uit binnenkort'",
            "concern_for_other",
        ),
        (
            "there was this night at a party where i never said yes and he didn't stop",
            "sexual_violence",
        ),
        (
            "mijn zusje is net gediagnosticeerd met leukemie, ik denk nergens anders aan",
            "family_circumstances",
        ),
        ("my brain is just fried, everything is due the same week", "stress"),
        ("i freeze whenever the tutor asks me something", "performance_anxiety"),
        ("mijn docent stuurt me 's avonds appjes die niet over het vak gaan", "unwanted_behaviour"),
        ("they keep using my old name in class even after I asked", "unwanted_behaviour"),
        ("ik heb geen idee wat ik later wil worden", "study_choice"),
        (
            "was wondering if you have like a workshop on procrastinating? for me lol",
            "study_skills",
        ),
    ],
)
def test_what_set119_found_missing_is_read(text: str, theme: str) -> None:
    """Each (reworded from set119's misses) was nothing recognised, or another need only,
    on dcfd87d."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik word steeds afgewezen voor stages", "dropout_risk"),
        ("ik heb mijn wachtwoorden opgeschreven voor als ik ze vergeet", "suicidal_thoughts"),
        ("het maakt niet uit, binnenkort is de deadline toch", "suicidal_thoughts"),
        ("my grandpa died when i was six and i'm fine now", "grief"),
    ],
)
def test_set119s_near_misses_stay_unread(text: str, theme: str) -> None:
    """Guards: rejected for an internship is not absent ("afgewezen" was read as
    "afwezig", a dropout risk, on dcfd87d); the others guard this round's patterns."""
    assert theme not in themes_of(text)


def test_coercion_keeps_a_friends_fear_of_home_unsafe() -> None:
    """Guard found at the round's review: "controlled by her boyfriend, he checks her
    phone ... she's scared to go home" keeps its unsafe situation beside the concern."""
    found = themes_of(
        "I think my classmate is being controlled by her boyfriend he checks her phone "
        "and she told me she's scared to go home"
    )
    assert {"concern_for_other", "unsafe_situation"} <= found


def test_the_blind_sets_of_this_round_hold(runner: CliRunner) -> None:
    """set118 (170) and set119 (160), by outsiders who never saw the code: 131 and 117
    passed unseen; 154 and 133 after this round read their misses. The floors are below
    what was measured, so a change that loses them fails."""
    import json

    for name, sentences, floor in (("set118", 170, 150), ("set119", 160, 129)):
        out = runner.invoke(app, ["catalog", "test", f"tests/data/blind/{name}.jsonl", "--json"])
        data = json.loads(out.stdout)
        assert data["sentences"] == sentences
        assert data["passed"] >= floor, (name, data["misses"])
        assert data["false_alarms"]["rate"] <= 0.05, (name, data["false_alarms"])


def test_skipped_beside_a_default_does_not_say_enter_does_the_same(runner: CliRunner) -> None:
    """With a default in brackets, Enter keeps it; "(Enter doet hetzelfde ...)" after a
    doubt was untrue there (the second role-play), and "weet niet" at a choice question
    was skipped without a word (its empty rest read as an answer). Without a default it
    still says so."""
    typed = "\n".join(["nee"] * 8 + ["ja vooral somber, en moe", "weet niet"] + [""] * 30)
    said = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input=typed).output
    asked = said[said.index("Wat past het best?") :].split("Vraag")[0]
    assert "gelezen als: overgeslagen ('b' gaat terug)" in asked
    typed = "\n".join(["nee"] * 6 + ["weet niet"] + [""] * 40)  # at the identity question
    said = runner.invoke(app, ["interview", "--at", "2026-11-30T14:00"], input=typed).output
    assert "overgeslagen (Enter doet hetzelfde" in said
