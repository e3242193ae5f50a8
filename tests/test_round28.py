"""Round 28: what the round's outsiders found (role-plays in a real terminal, blind sets
of messages as students write them) and what round 27 left noted. Each test was run on
the commit before its fix and failed there unless its docstring says it guards."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import SKIP, CrisisPrompt, Prompt, QuestionPrompt
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke
from .reading import builtin_vocabulary, themes_of
from .terminal_helpers import terminal


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("connection_friends", "niet echt, ik zit vooral bij die vriendinnen"),
        ("area_study", "niet echt, ik mis wel eens een werkgroep maar dat haal ik in"),
        ("area_mood", "vaak niet, soms in de tentamenweek wat gestrest maar dat heeft iedereen"),
        ("area_mood", "not often, only in exam week like everyone"),
        ("area_money", "valt wel mee, mijn ouders betalen de huur"),
        ("area_sleep", "nee, prima. wel te lang op mijn telefoon voor het slapen"),
        ("area_sleep", "no, fine. I do scroll too long before bed"),
    ],
)
def test_a_mild_no_with_words_after_it_is_a_no(
    builtin: Catalog, question_id: str, typed: str
) -> None:
    """ "niet echt, ik zit vooral bij ..." was refused where "not really, ..." was read
    (round 26's P6); "vaak niet, soms ... een beetje" and "nee, prima. wel te lang op
    mijn telefoon" were read as yes (round 27's Q25). The English "no, fine. I do ..."
    guards: it was read as a no before."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) is False


@pytest.mark.parametrize(
    ("question_id", "typed", "expected"),
    [
        ("area_sleep", "niet echt, maar soms wel", True),
        ("area_sleep", "nee prima, soms wel", True),
        ("area_sleep", "nee, toch wel", True),
        ("area_sleep", "nee, prima", False),
        ("safety_wish_dead", "niet echt, meer dat het makkelijker zou zijn", UNKNOWN),
        ("safety_wish_dead", "nee, prima. wel eens gedacht dat het makkelijker zou zijn", UNKNOWN),
        ("mood_self_harm", "niet echt, ik kras alleen soms", True),
    ],
)
def test_a_mild_no_never_hides_a_yes_or_a_doubt(
    builtin: Catalog, question_id: str, typed: str, expected: object
) -> None:
    """Guards: a yes said after the mild no still counts, and at a safety or sensitive
    question a mild no with words after it stays doubt or a yes, never a no."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("valt wel mee eigenlijk, een 5 of zo", 5),
        ("honestly, like a 7 out of 10 today", 7),
        ("niet meer te dragen, een 10", 10),
        ("pff. een zes denk ik", 6),
    ],
)
def test_a_scale_number_among_words_is_read(builtin: Catalog, typed: str, expected: int) -> None:
    """ "valt wel mee eigenlijk, een 5 of zo" was refused at the 0-10 scale where "een 5
    of zo" alone was read (round 26's P6). "pff. een zes denk ik" guards."""
    question = builtin.question("mood_weight")
    assert question is not None
    assert parse_answer(question, typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["een 5 of zo, soms een 8", "het is een 3, maar gisteren een 9", "geen 5", "7.5 of 8.5"],
)
def test_two_numbers_or_a_negated_one_are_asked_again(builtin: Catalog, typed: str) -> None:
    """Guards: two numbers in two clauses are two readings, and a negated number none."""
    question = builtin.question("mood_weight")
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, typed)


_vocabulary = builtin_vocabulary
_themes = themes_of


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set90: spelt by ear, words run together
        ("soms hoop ik dat ik gewoon nietmeer wakker wordt smorgens", "suicidal_thoughts"),
        ("sexual assult by a guy from my dorm. didnt report it", "sexual_violence"),
        ("my roomate took way to many pills last nite", "concern_for_other"),
        ("mn vriend drinkt elke dag tot ie omvalt en rijd dan nog auto", "concern_for_other"),
        ("my flatmate drinks every night and then drives home", "concern_for_other"),
        # set91: older students, PhD candidates, carers
        ("My husband overdosed on his antidepressants last weekend", "concern_for_other"),
        ("mijn schoonvader heeft een overdosis genomen", "concern_for_other"),
        ("My wife died in September", "grief"),
        ("our stepdad passed away after a long illness", "grief"),
        ("Onze zoon is vorig jaar stil geboren", "grief"),
        ("Last night I sat in the garage with the engine running for a while", "suicidal_thoughts"),
        ("ik zat gisteravond in de garage met de motor aan", "suicidal_thoughts"),
        (
            "I've written letters to my kids and sorted out the passwords for my wife",
            "suicidal_thoughts",
        ),
        ("my husband forces sex when I say no", "sexual_violence"),
        (
            "mijn schoonfamilie zegt dat ik ervoor ga boeten als ik mijn man verlaat",
            "unsafe_situation",
        ),
        (
            "a colleague hasn't been seen for days and posted sorry for everything",
            "concern_for_other",
        ),
    ],
)
def test_what_spelling_by_ear_and_older_students_say_is_read(text: str, theme: str) -> None:
    """Lines of round 28's blind sets (set90: students who spell by ear; set91:
    part-time students, PhD candidates, carers) and their neighbours, written for the
    family, not the one line (the stepdad's and the colleague's lines were read before:
    guards)."""
    assert theme in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Mijn proefschrift gaat over seksueel geweld in conflictgebieden", "sexual_violence"),
        ("I self-harmed as a teenager, twenty years ago, and have had no urges since", "self_harm"),
        (
            "I warm up the car in the garage with the engine running on cold mornings",
            "suicidal_thoughts",
        ),
        ("daar ga ik in de tentamenweek nog voor boeten", "unsafe_situation"),
        ("been drinking every night and thinking about driving into a tree", "concern_for_other"),
    ],
)
def test_their_harmless_neighbours_stay_harmless(text: str, theme: str) -> None:
    """A doctorate about a risk, a past with no urges since, a car warming up, a price
    paid in exam week, the writer's own drinking: not the theme (the last two guard)."""
    assert theme not in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    "text",
    [
        "de kinderen zouden met de uitkering van mijn levensverzekering beter af zijn dan met mij",
        "my wife would be better off without me",
        "been drinking every night and thinking about driving my car into a tree",
    ],
)
def test_a_spouse_or_the_children_named_keep_the_writers_own_risk(text: str) -> None:
    """Guards: with spouses among the people a risk can be about, the writer's own wish
    stays the writer's ("kinderen" is left out of that list for the first line)."""
    assert "suicidal_thoughts" in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        (
            "area_circumstances",
            "ja, ik ben alleen met twee kinderen, mijn ex doet weinig. als er een ziek is kan "
            "ik niet naar college",
        ),
        (
            "area_mood",
            "ja vaak somber, vooral savonds. en ik voel me schuldig dat ik niet vaker bij haar "
            "was in het ziekehuis",
        ),
        ("area_study", "yes, mostly planning, I can't focus and I'm not sleeping much"),
    ],
)
def test_a_yes_with_a_sentence_after_it_stays_a_yes(
    builtin: Catalog, question_id: str, typed: str
) -> None:
    """ "ja, ... kan ik niet naar college" was read as "nee": the "ik niet" late in the
    sentence was taken for "ik niet, iemand anders", and at the mood question the
    self-harm question that follows a yes was dropped (a role-play, round 28, R2). The
    English line guards."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) is True


@pytest.mark.parametrize(
    ("question_id", "typed", "expected"),
    [
        ("area_mood", "ja, maar het gaat om mijn vriendin", False),
        ("area_circumstances", "ja, maar niet over mezelf", False),
        (
            "safety_behaviour",
            "nee. hij snijdt zichzelf wel, in zijn armen, dat heb ik gezien",
            False,
        ),
        ("safety_behaviour", "nee, maar mijn vriend zegt dat ik het wel heb", UNKNOWN),
    ],
)
def test_someone_elses_risk_said_first_is_theirs(
    builtin: Catalog, question_id: str, typed: str, expected: object
) -> None:
    """ "nee. hij snijdt zichzelf wel ..., dat heb ik gezien" at the student's own
    question was doubt and opened the crisis panel for her (a role-play, round 28, R14);
    the others guard: another person named first is still theirs, and the student named
    after them keeps the question open."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik heb vorig jaar zelfmoordgedachten gehad maar nu niet meer",
        "sinds mijn oma is overleden gaat het niet goed. ik heb vorig jaar zelfmoort gedagtes "
        "gehad maar nu niet meer",
        "I had suicidal thoughts last year but not anymore",
    ],
)
def test_a_past_that_is_over_now_is_no_immediate_danger(text: str) -> None:
    """ "vorig jaar ... maar nu niet meer" was urgency immediate, "bel nu 112", the "nu"
    read as this minute (a role-play, round 28, R24). The past is shown as a mention."""
    found = _vocabulary().read(text)
    risk = [f for f in found.findings if f.theme == "suicidal_thoughts"]
    assert not any(f.immediate for f in risk), found
    assert any(m.theme == "suicidal_thoughts" for m in found.mentions), found


def test_now_in_danger_stays_immediate() -> None:
    """Guards: "nu" after a contrast with a yes still means this minute."""
    found = _vocabulary().read("vorig jaar ging het nog, maar nu wil ik echt dood")
    assert any(f.immediate for f in found.findings if f.theme == "suicidal_thoughts"), found


@pytest.mark.parametrize("typed", ["pass", "rather not say", "skip", "zeg ik liever niet"])
def test_pass_skips_an_ordinary_question_and_is_doubt_at_a_safety_one(
    builtin: Catalog, typed: str
) -> None:
    """ "pass" was refused at every question while "idk" skipped (a role-play, round 28,
    R18). At an ordinary question it skips, said so; at a safety question it is "don't
    know", never a no ("rather not say" was that already: it guards there)."""
    money = builtin.question("area_money")
    wish = builtin.question("safety_wish_dead")
    assert money is not None and wish is not None
    ask, screen = terminal(builtin, typed)
    assert ask.question(QuestionPrompt(money, 3, 20, None, True)) is SKIP
    assert "overgeslagen" in screen.getvalue()
    assert parse_answer(wish, typed) == UNKNOWN


def test_the_recheck_note_says_no_order_of_answer_and_words(builtin: Catalog) -> None:
    """ "Het antwoord was net ‘nee’, na wat de student eerder in eigen woorden vertelde"
    stood above a safety question asked again after the own words at the end, where the
    "nee" had come twenty questions before (a role-play, round 28, R5)."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, screen = terminal(builtin, "nee")
    ask.question(QuestionPrompt(question, 1, 20, None, True, recheck=True))
    shown = " ".join(screen.getvalue().split())
    assert "was ‘nee’" in shown and "in eigen woorden" in shown
    assert "net ‘nee’" not in shown and "eerder in eigen woorden" not in shown


@pytest.mark.parametrize(("mood", "asked"), [(SKIP, True), ("ja", True), ("nee", True)])
def test_the_self_harm_question_follows_a_skipped_mood_question(
    builtin: Catalog, index: ReferralIndex, mood: object, asked: bool
) -> None:
    """Enter at "Voel je je vaak somber, gespannen of overbelast?" dropped the self-harm
    question without a word (a role-play, round 28, R19). Since round 32 a "nee" does
    not leave it out either (a role-play, C2: students who play things down were never
    asked); the "ja" row guards."""
    seen: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            seen.append(prompt.question.id)
            if prompt.question.id == "area_mood":
                return mood
            return "nee" if prompt.question.type == "yes_no" else SKIP
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    run_interview(builtin, ask, "nl", index)
    assert ("mood_self_harm" in seen) is asked


def test_rows_after_a_bad_csv_header_name_its_line_not_its_error(tmp_path: Path) -> None:
    """A CSV header with an unknown column printed its long error once per row, each row
    saying it again (a role-play, round 28, R32): the rows now point to the header's
    line, where the error is said once. The rows' acute signals are still kept."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "id,text,faculty\ns1,ik slaap slecht,FSW\ns2,ik wil niet meer leven,FdR\n", "utf-8"
    )
    result = invoke(CliRunner(), "batch", str(cases), "--lang", "en")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "error" in line]
    assert len([line for line in lines if "unknown column 'faculty'" in line]) == 1
    assert "cases.csv:3: error: not read: see the CSV header, line 1" in result.stderr
    assert "crisis lines listed" in result.stderr


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Reden uitschrijving: crisisopname. Ik moet eerst weer veilig worden voor mezelf",
            "suicidal_thoughts",
        ),
        (
            "I was admitted to a crisis unit for my own safety, discharged Monday",
            "suicidal_thoughts",
        ),
        (
            "Absence note: staying at a women's shelter since Tuesday, can't say where",
            "unsafe_situation",
        ),
        (
            "Ik zit sinds vorige week in een opvang omdat het thuis niet meer ging",
            "unsafe_situation",
        ),
        ("the late payment is because my partner controls our money", "unsafe_situation"),
        ("Mijn broertje is zoek en heeft een briefje achtergelaten", "concern_for_other"),
        ("Bye everyone,thanks for trying. I mean it this time", "suicidal_thoughts"),
        ("i want to cut and i want to die,both at the same time", "self_harm"),
        ("he said he would 'hurt' me", "unsafe_situation"),
        ("My landlord threatened to 'deal with me' after I complained", "unsafe_situation"),
    ],
)
def test_what_admin_messages_and_goodbyes_say_is_read(text: str, theme: str) -> None:
    """Lines of round 28's third blind set (set92: a deregistration form, an extension
    request, an absence note) and the rest of set90 and set91, with their neighbours."""
    assert theme in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I'm doing my social work placement at a women's shelter", "unsafe_situation"),
        ("ik breng mijn zoontje naar de opvang", "unsafe_situation"),
        ("my partner manages our finances, I do the groceries", "unsafe_situation"),
        (
            "Hi, my neighbours' basement flooded and I'm helping them clean up today, nobody "
            "got hurt. Sorry for the short notice.",
            "self_harm",
        ),
        ("bye everyone, thanks for a great semester", "suicidal_thoughts"),
        ("I want to cut my hair short before the interview", "self_harm"),
    ],
)
def test_the_admin_neighbours_stay_harmless(text: str, theme: str) -> None:
    """A placement at a shelter, childcare, finances shared, nobody hurt in a flood
    (the second net read it as self-harm: failed before), a goodbye at the end of a
    semester, a haircut (the others guard)."""
    assert theme not in _themes(text), _vocabulary().read(text)


def test_a_figure_never_hides_a_wish_said_beside_it() -> None:
    """Guards: "more often than I'd like" was tried as a figure of speech for the second
    net's sake and set aside "I think about dying more often than I'd like"."""
    assert "suicidal_thoughts" in _themes("I think about dying more often than I'd like")
    assert "suicidal_thoughts" in _themes("ik denk vaker aan de dood dan ik zou willen")


@pytest.mark.parametrize(
    "text",
    ["I keep waking up at 4am thinking about my thesis", "ik ben elke nacht om 4 uur wakker"],
)
def test_awake_at_an_hour_of_the_night_is_a_sleep_problem(text: str) -> None:
    """An hour of the night said as "4am" or "om 4 uur" (set91's neighbours): not read."""
    assert "sleep" in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("area_mood", "gespannen wel, door de tentamens en door hem. somber niet"),
        ("area_mood", "perhaps a bit. I am not eating so much anymore"),
        ("area_growth", "studiegewoontes wel, plannen vooral"),
    ],
)
def test_a_word_of_the_question_with_wel_is_a_yes(
    builtin: Catalog, question_id: str, typed: str
) -> None:
    """ "gespannen wel, ... somber niet" to "somber, gespannen of overbelast?" and
    "perhaps a bit. ..." were refused (a role-play, round 28, R3)."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) is True


@pytest.mark.parametrize("typed", ["slaap wel goed", "slaap wel, gewoon 8 uur"])
def test_the_verb_of_the_question_with_wel_is_no_yes(builtin: Catalog, typed: str) -> None:
    """Guards: "slaap wel" to "Slaap je de laatste tijd slecht?" says the student sleeps;
    never a yes (asked again)."""
    question = builtin.question("area_sleep")
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, typed)


def test_the_dutch_want_is_because_not_a_wish() -> None:
    """ "tips om beter te plannen want ik ga echt dood van statistiek" was a suicide
    plan, urgency immediate: the Dutch "want" ("because") was read as the English wish,
    and a wish is never a figure of speech (a second role-play, round 28, T14)."""
    text = (
        "eigenlijk gaat alles prima, ik wil alleen tips om beter te plannen want ik ga echt "
        "dood van statistiek en ik doe alles last minute"
    )
    found = _vocabulary().read(text)
    assert "suicidal_thoughts" not in found.themes, found
    assert "study_skills" in found.themes
    # guards: the English wish stays a wish, beside a figure too
    assert "suicidal_thoughts" in _themes("I'm dying to know, I want to die")


@pytest.mark.parametrize(
    ("question_id", "typed", "expected"),
    [
        (
            "safety_wish_dead",
            "no, not me. but my roommate took a bunch of pills last week. I found her on the "
            "bathroom floor",
            False,
        ),
        ("safety_wish_dead", "nee, echt niet! dat zeg je toch gewoon", False),
        ("safety_wish_dead", "nee toch?", UNKNOWN),
    ],
)
def test_a_no_about_someone_else_or_annoyed_stays_a_no(
    builtin: Catalog, question_id: str, typed: str, expected: object
) -> None:
    """ "no, not me. but my roommate ... I found her" was doubt ("I found" read as the
    student speaking of themselves), and "nee, echt niet! dat zeg je toch gewoon" was
    doubt ("toch" a take-back) (a second role-play, round 28, T18 and T15; the last
    guards)."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, typed) == expected


def test_a_need_of_the_question_itself_beside_a_no_is_heard(builtin: Catalog) -> None:
    """ "nee hoor. red bull, en soms een beetje speed om wakker te blijven" to the drugs
    question heard nothing: what the question itself leads to was left out, as its own
    follow-ups would ask, which they do not after a no (a second role-play, round 28,
    T2); "mijn vriend neemt mijn salaris" beside a no to money worries is read (T3)."""
    from steunwijzer.core.heard import heard_beside

    vocabulary = _vocabulary()
    heard = heard_beside(
        vocabulary,
        builtin,
        "area_substances",
        "nee hoor. red bull, en soms een beetje speed om wakker te blijven op het werk, "
        "doet iedereen daar",
    )
    assert "addiction" in heard
    assert "unsafe_situation" in _themes(
        "nee hoor. mijn vriend neemt mijn salaris, dus hij regelt dat"
    )


@pytest.mark.parametrize(("typed", "expected"), [("6,5", 7), ("een 7.5", 8), ("3,0", 3)])
def test_a_decimal_at_the_scale_is_read_as_the_higher(
    builtin: Catalog, typed: str, expected: int
) -> None:
    """ "6,5" was refused under "een getal van 0 tot 10" (a second role-play, round 28,
    T24). Read as the higher whole number, as "7 of 8" is: the safer reading of how
    heavy it weighs."""
    question = builtin.question("mood_weight")
    assert question is not None
    assert parse_answer(question, typed) == expected


@pytest.mark.parametrize(
    ("text", "immediate"),
    [
        ("my roommate took a bunch of pills last week. I found her on the floor", False),
        ("mijn vriend heeft vorige week geprobeerd zich op te hangen", False),
        ("my roommate took a bunch of pills last week and will do it again tonight", True),
        ("my roommate just took a bunch of pills", True),
        ("I took a bunch of pills last week", True),
    ],
)
def test_someone_elses_act_weeks_ago_is_soon_not_now(text: str, immediate: bool) -> None:
    """A roommate's overdose last week, she home again, was "immediate danger to someone
    else: call 112 now" (a second role-play, round 28, T19): soon, still acute. A time
    now, an act just done, and the student's own recent attempt stay immediate (guards)."""
    found = _vocabulary().read(text)
    risk = [f for f in found.findings if f.set_aside is None]
    assert risk and any(f.immediate for f in risk) is immediate, found
