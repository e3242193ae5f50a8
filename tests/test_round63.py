# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 63: the safety screen reads a past as a past (core/answer_past.py), outsiders'
sets (set322 onwards), role-plays and a hostile tester. Each test names its source and
fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Tier, Urgency

from .conftest import invoke
from .intake import answering
from .reading import read_answer, themes_of

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.core.model import Catalog
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.triage import TriageResult

# --- a past on the safety screen: earlier, not now (core/answer_past.py) ----------------


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("safety_behaviour", "twee jaar geleden"),
        ("safety_behaviour", "twee jaar geleden, nu gaat het goed"),
        ("safety_behaviour", "hx of SH age 15, none since"),
        ("safety_behaviour", "years ago yes, not now"),
        ("safety_behaviour", "no. tried at 17, fine since"),
        ("safety_behaviour", "lang geleden"),
        ("safety_behaviour", "niet de afgelopen drie maanden, wel vorig jaar"),
        ("safety_behaviour", "toen ik 16 was, sindsdien nooit meer"),
        ("safety_behaviour", "a year ago I took pills, I'm doing better now"),
        ("safety_behaviour", "nee, op de middelbare school wel een keer"),
        ("safety_thoughts", "nu niet, vroeger wel"),
        ("safety_thoughts", "used to, not anymore"),
        ("safety_wish_dead", "in my teens, not now"),
        ("safety_behaviour", "earlier"),
    ],
)
def test_a_past_outside_the_window_is_earlier(builtin: Catalog, qid: str, answer: str) -> None:
    """Three of four role-plays of round 62: an attempt two years ago, told honestly,
    was "don't know" (or refused), and a don't-know on the behaviour question is an
    intent nobody could rule out: "Immediate danger: call 112" for a student who came for
    exam anxiety."""
    assert read_answer(builtin, qid, answer) == EARLIER


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("ja, gisteren", True),
        ("ja, twee jaar geleden en vorige maand weer", True),
        ("vroeger wel, nu nog steeds soms", True),
        ("ja, sinds vorig jaar", True),
        ("ja, vorig jaar ook", True),
        ("used to, but it came back", UNKNOWN),
        ("not to end it, burned my arm last week", UNKNOWN),
        ("nee, nu niet", UNKNOWN),
        ("weet niet", UNKNOWN),
    ],
)
def test_a_past_that_is_also_now_keeps_its_reading(
    builtin: Catalog, answer: str, expected: object
) -> None:
    """Guard: anything that says it is here now too ("weer", "nog steeds", "sinds vorig
    jaar", "came back", "last week") is no past; "nee, nu niet" names no past and stays
    doubt. (Without the "now" test, "ja, sinds vorig jaar" read as earlier: soon, where
    a yes is immediate.)"""
    assert read_answer(builtin, "safety_behaviour", answer) == expected


def test_an_old_attempt_is_acute_soon_and_says_so(builtin: Catalog, index: ReferralIndex) -> None:
    """Role-play 2 of round 62: "nu niet, vroeger wel" and "twee jaar geleden, nu gaat
    het goed" gave urgency immediate. Now: acute (never lowered), soon, and the reason
    says it was earlier. Since round 64 (core/earlier_risk.py) the fastest fitting help
    comes first and the crisis lines stay in the list as its safety line."""
    from steunwijzer.present.explain import reason_lines

    given = {
        "safety_thoughts": "nu niet, vroeger wel",
        "safety_behaviour": "twee jaar geleden, nu gaat het goed",
    }
    result = run_interview(builtin, answering(given, ""), "nl", index).result
    assert result.tier is Tier.ACUTE
    assert result.urgency is Urgency.SOON
    assert "suicidal_thoughts" in result.themes
    assert not result.risk_to_life
    assert not result.referrals[0].offering.crisis
    assert result.referrals[-1].offering.crisis
    lines = " ".join(reason_lines(builtin, result, "nl"))
    assert "Eerder wel, niet in de gevraagde periode" in lines
    assert "weet niet" not in lines.lower()


def test_earlier_thoughts_do_not_open_the_follow_ups(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Thoughts before the past month are no thoughts in it: the C-SSRS screener goes on
    to behaviour; method, intent and plan after "vroeger wel, nu niet" asked about a plan
    the student had just said was in the past."""
    from steunwijzer.core.prompts import QuestionPrompt

    seen: list[object] = []
    given = {"safety_thoughts": "vroeger wel, nu niet"}
    run_interview(builtin, answering(given, "", seen), "nl", index)  # type: ignore[arg-type]
    asked = {p.question.id for p in seen if isinstance(p, QuestionPrompt)}
    assert "safety_behaviour" in asked
    assert not asked & {"safety_method", "safety_intent", "safety_plan"}


def test_earlier_is_shown_as_said(builtin: Catalog) -> None:
    from steunwijzer.present.labels import format_answer

    question = next(q for q in builtin.questions if q.id == "safety_behaviour")
    assert format_answer(question, EARLIER, "nl") == "eerder wel, nu niet"
    assert format_answer(question, EARLIER, "en") == "earlier, not now"


def test_a_doubt_corrected_to_earlier_is_no_taken_back_no(
    builtin: Catalog,
) -> None:
    """A "weet niet" cleared up as "twee jaar geleden" is not "first read as don't know,
    later changed to no": the earlier reason says what it is. A first yes corrected to
    earlier still says it was a yes first (never lowered silently)."""
    from steunwijzer.core.ownwords import taken_back_reasons as taken_back

    first = {"safety_behaviour": UNKNOWN}
    final = {"safety_behaviour": EARLIER}
    assert not [r for r in taken_back(builtin, first, final) if "behaviour" in r.rule]
    yes_first = [
        r for r in taken_back(builtin, {"safety_behaviour": True}, final) if "behaviour" in r.rule
    ]
    assert yes_first and yes_first[0].tier is Tier.ACUTE


# --- what the role-plays typed at the safety screen (round 63) --------------------------


@pytest.mark.parametrize(
    ("qid", "answer", "expected"),
    [
        (
            "safety_behaviour",
            "No, nothing like that. I just lie awake at night checking my phone for news.",
            False,
        ),
        (
            "safety_wish_dead",
            "No. I already told you, I do not want to die. I just want to know if my brother is alive.",
            False,
        ),
        # guards: a night as the exception, not knowing said beside the know
        ("safety_wish_dead", "no, only at night", UNKNOWN),
        ("safety_wish_dead", "nee, alleen 's nachts", UNKNOWN),
        ("safety_wish_dead", "no, but at night sometimes", UNKNOWN),
        ("safety_wish_dead", "I really don't know", UNKNOWN),
        ("safety_wish_dead", "ik weet het eigenlijk niet", UNKNOWN),
        ("safety_wish_dead", "I don't know if I want to die", UNKNOWN),
    ],
)
def test_a_no_with_the_night_or_a_know_elsewhere_is_a_no(
    builtin: Catalog, qid: str, answer: str, expected: object
) -> None:
    """Role-play 2 of round 63: "No, nothing like that. I just lie awake at night ..."
    was "don't know" ("night" took the no back, as in "no, only at night") and "Immediate
    danger: call 112"; "I do not want to die. I just want to know if my brother is alive"
    was "don't know" (a "not" and a "know" anywhere in the answer)."""
    assert read_answer(builtin, qid, answer) == expected


@pytest.mark.parametrize(
    "answer", ["nee man, zo erg is het niet", "nah bro, gaat wel", "no man, I'm fine"]
)
def test_man_said_to_the_listener_is_no_one_at_risk(
    builtin: Catalog, index: ReferralIndex, answer: str
) -> None:
    """Role-play 2 of round 63: "nee man, zo erg is het niet" opened "call 112 for that
    person": "man" after a no was read as a man who is at risk."""
    result = run_interview(builtin, answering({"safety_wish_dead": answer}, ""), "nl", index).result
    assert "concern_for_other" not in result.themes


def test_a_friend_named_after_a_no_is_still_a_concern(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guard: the address rule leaves a named person alone."""
    given = {"safety_wish_dead": "nee, maar mijn vriend wel"}
    result = run_interview(builtin, answering(given, ""), "nl", index).result
    assert "concern_for_other" in result.themes


def test_unsafe_with_what_it_is_left_open_is_not_lost(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Role-play 1 of round 63: "ja" to "unwanted behaviour, or unsafe somewhere?", the
    follow-up skipped: the yes vanished, "safety questions all no, no acute signal" and a
    budget website first (for a housemate's knife). Now a finding of its own."""
    given = {"area_behaviour": "ja"}
    result = run_interview(builtin, answering(given, ""), "nl", index).result
    assert "unwanted_behaviour" in result.themes
    assert any(r.rule == "behaviour_open" for r in result.reasons)
    chosen = {"area_behaviour": "ja", "behaviour_kind": "1"}
    result = run_interview(builtin, answering(chosen, ""), "nl", index).result
    assert not any(r.rule == "behaviour_open" for r in result.reasons)


# --- free text: role-plays and the outsiders' sets 322-329 ------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "huisgenoot trok mes in keuken gister avond. ruzie om huur. ga nie terug. slaap bij een maat",
            "unsafe_situation",
        ),
        ("ja. gister avond mes getrokken door huisgenoot", "unsafe_situation"),
        ("my housemate pulled a knife on me", "unsafe_situation"),
        ("hij hield een mes tegen mijn keel", "unsafe_situation"),
        (
            "they made us stay awake for 3 days straight, screaming at us, and if u fell asleep u got hit with a paddle. its still going on this week.",
            "unsafe_situation",
        ),
        (
            "ze hebben me vastgebonden aan een stoel en bier in mn keel gegoten tot ik moest kotsen",
            "unsafe_situation",
        ),
        (
            "De ouderejaars zeiden dat we niks mochten zeggen, anders 'weten ze ons wel te vinden'.",
            "unsafe_situation",
        ),
        (
            "my uncle says if i come back without the degree the family will 'deal with me'",
            "unsafe_situation",
        ),
        (
            "they know which school my little brother goes to and said they'd visit him",
            "unsafe_situation",
        ),
        (
            "Hij wil 1500 euro, anders stuurt hij het naar mijn ouders en mijn studiegenoten.",
            "unsafe_situation",
        ),
        (
            "Een van de ouderejaars dreigt de naaktfoto's die ze van me hebben gemaakt rond te sturen als ik mijn mond opendoe.",
            "sexual_violence",
        ),
        (
            "During the pledge a senior member told me to go down on him or I'd be out. I did it.",
            "sexual_violence",
        ),
        (
            "It's been a year since Jasper drowned in the canal after the society's dropping.",
            "grief",
        ),
        ("Afgelopen zomer is mijn opa verdronken in Derna, toen die dam brak.", "grief"),
        (
            "I'm seriously considering deregistering before the exam board decision comes out. I'd rather leave on my own terms than get expelled.",
            "dropout_risk",
        ),
        ("If I don't pay by March I get deregistered. Is there anything I can do?", "dropout_risk"),
        (
            "Missed so many exams from poker that my BSA is basically gone. I think I'm done here tbh",
            "dropout_risk",
        ),
        (
            "Yesterday she showed me she'd looked up how Dignitas works and said she'd go tomorrow if she could afford it.",
            "concern_for_other",
        ),
        (
            "my little brother (15) has a tumblr full of poems and the newest one is literally a list of which of his things should go to who.",
            "concern_for_other",
        ),
        (
            "i put my heat pad way hotter than it should go on purpose. got blisters on my stomach now",
            "self_harm",
        ),
        (
            "my brother will kill me if he finds out about us, he already hit me once",
            "unsafe_situation",
        ),
        # the second wave (set330-set333)
        (
            "Now someone scratched SNITCH into my bike and this morning there was a knife on our doormat.",
            "unsafe_situation",
        ),
        (
            "we swapped pics and now he says he'll send them to my parents and my whole year group unless I pay him 500 euros by Friday",
            "sexual_violence",
        ),
        (
            "sometimes i think it's too much. mum has her episodes and im just one more problem for the family to deal with",
            "family_circumstances",
        ),
        (
            "Exams in two weeks and I'm drowning. Dad relapsed, my job wants more hours.",
            "family_circumstances",
        ),
        (
            "mn broer heeft een psychose en ik vang hem op, plannen lukt niet meer",
            "family_circumstances",
        ),
    ],
)
def test_round63_needs_are_found(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "got accused of plagiarism on my thesis, they might kick me out. my parents will kill me if they find out",
        "my dad would kill me if he knew",
        "I just want the pain to stop",
        "no. I just want the pain to stop",
        "de kok trok een mes uit het blok",
        "my mom threatened to ground me for life if I fail stats again haha she's so dramatic",
        "lol I've been stalking his insta for an hour, he has a dog named Pasta, I'm in love",
        "my housemate really shot himself in the foot, forgot to register for the resit lol",
        "if I have to sit through one more lecture on money laundering I'm going to shoot myself. four hours of AML compliance today",
        "ik pakte een mes om brood te snijden",
    ],
)
def test_round63_sayings_stay_harmless(text: str) -> None:
    """Role-play 1 of round 63: "my parents will kill me if they find out", after a
    plagiarism case, was "call 112 now", kept after the counsellor's override; "I just
    want the pain to stop" (endometriosis) was self-harm, kept after two noes."""
    found = themes_of(text)
    assert not found & {"unsafe_situation", "self_harm", "suicidal_thoughts"}


def test_the_pain_that_should_stop_forever_is_still_found() -> None:
    """Guard: the figure ends at the clause; "... to stop forever" stays a wish to die."""
    assert "suicidal_thoughts" in themes_of("sometimes I want the pain to stop forever")


# --- worded answers the role-plays saw refused or skipped (round 63) --------------------


@pytest.mark.parametrize("typed", ["kind of i guess", "kinda i guess", "a bit i guess"])
def test_a_hedged_yes_at_the_safety_screen_is_doubt(builtin: Catalog, typed: str) -> None:
    """Role-play 1 of round 63: "kind of i guess" to "thoughts about ending your life?"
    was "That answer does not fit ... Doubt or 'maybe' counts as don't know". It is doubt
    there, as round 52 reads "I guess... kind of"; elsewhere a yes."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("safety_thoughts")
    sleep = builtin.question("area_sleep")
    assert question is not None and sleep is not None
    assert parse_answer(question, typed, sentence_is_doubt=False) == UNKNOWN
    assert parse_answer(sleep, typed, sentence_is_doubt=False) is True


@pytest.mark.parametrize("typed", ["beetje allebei denk ik", "a bit of both", "kinda both"])
def test_a_hedged_both_is_both(builtin: Catalog, typed: str) -> None:
    """Role-play 1 of round 63: "beetje allebei denk ik" was refused ("allebei denk ik"
    was taken)."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("mood_kind")
    assert question is not None
    assert parse_answer(question, typed, sentence_is_doubt=False) == ("low", "stress")


def test_two_choices_after_a_shrug_ask_for_one(builtin: Catalog) -> None:
    """Role-play 1 of round 63: "weet niet, 3 denk ik, en ook wel 1, het was de
    ontgroening" at "Wat is er aan de hand?" was skipped, both choices lost. Now the
    screen asks which one weighs most, and takes the one given."""
    from steunwijzer.core.prompts import QuestionPrompt

    from .terminal_helpers import terminal

    question = builtin.question("behaviour_kind")
    assert question is not None
    ask, screen = terminal(
        builtin, "weet niet, 3 denk ik, en ook wel 1, het was de ontgroening", "3"
    )
    given = ask.question(QuestionPrompt(question, 17, 25, None, True))
    shown = screen.getvalue()
    assert "overgeslagen" not in shown, shown
    assert "Kies één nummer" in shown, shown
    assert given in ("3", "sexual"), given


def test_an_earlier_attempt_in_own_words_is_on_the_first_screen(builtin: Catalog) -> None:
    """Role-play 2 of round 63: "I took too many pills once and was in hospital for a
    night. but it's fine now" at the own words was only under "mentioned, not counted",
    pages below "Safety questions: all answered no; no acute signal". The first screen
    says it now (not counted: the tier stays what the answers say)."""
    from steunwijzer.render.screen import summary_lines

    data = _lookup_result(
        builtin,
        "well there was that thing last year, I took too many pills once and was in hospital for a night. but it's fine now, really. I just want the planning course",
    )
    lines = " ".join(text for text, _ in summary_lines(builtin, data, "en", 200, lookup=True))
    assert "Told as past: ‘took too many pills’" in lines
    assert data.tier is Tier.PREVENTION


def _lookup_result(builtin: Catalog, text: str) -> TriageResult:
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.requests import lookup
    from steunwijzer.core.vocabulary import Vocabulary

    from .conftest import MONDAY_2PM

    index = ReferralIndex(builtin, MONDAY_2PM)
    return lookup(builtin, Vocabulary(builtin.themes), index, (), text, "en")


# --- the hostile tester of round 63 -------------------------------------------------------


def test_a_binary_answers_file_is_refused_without_a_crisis_from_its_bytes(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Hostile round 63, problem 1: a .docx (or a program, or random bytes) given to
    --answers was searched as the student's words: "sh" in its bytes was self-harm, and
    a full "direct danger" result was printed for a student who does not exist."""
    import random
    import zipfile

    docx = tmp_path / "fake.docx"
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:t>Gesprek over planning.</w:t>" * 200)
        z.writestr("word/media/image1.bin", random.Random(63).randbytes(50_000))
    noise = tmp_path / "noise.bin"
    noise.write_bytes(random.Random(7).randbytes(200_000))
    for path in (docx, noise):
        result = invoke(runner, "interview", "--answers", str(path), "--plain")
        assert result.exit_code == 1, result.output
        assert "binair" in result.stderr
        assert "ACUUT" not in result.stdout and "113" not in result.stdout, result.stdout


def test_the_record_is_written_when_stdout_fails(tmp_path: Path) -> None:
    """Hostile round 63, problem 2: `... --save rec.json --handout h.md | head -1` (or
    `> /dev/full`) lost the record and the handout without a word."""
    import subprocess
    import sys

    answers = tmp_path / "ans.yaml"
    answers.write_text(
        "safety_wish_dead: no\nsafety_thoughts: no\nsafety_behaviour: no\narea_sleep: yes\n",
        encoding="utf-8",
    )
    rec, handout = tmp_path / "rec.json", tmp_path / "h.md"
    with open("/dev/full", "w") as full:  # noqa: PTH123 - a device, written to on purpose
        done = subprocess.run(
            [sys.executable, "-m", "steunwijzer", "interview", "--answers", str(answers),
             "--save", str(rec), "--handout", str(handout), "--plain"],
            stdout=full, stderr=subprocess.PIPE, text=True, check=False, timeout=60,
        )  # fmt: skip
    assert done.returncode != 0
    assert rec.exists() and handout.exists(), done.stderr
    assert (rec.stat().st_mode & 0o777) == 0o600


def test_the_same_time_twice_is_open_all_day_on_those_days() -> None:
    """Hostile round 63, problem 10: "09:00-09:00" mon-fri was warned as "open all day"
    and read as 24 hours from 09:00: open on Saturday at 01:30."""
    import datetime as dt

    from steunwijzer.core.hours import build_hours

    hours = build_hours([("mon-fri", ["09:00-09:00"])], "mon-fri 09:00-09:00")
    assert hours.is_open(dt.datetime(2026, 12, 7, 3, 0))  # Monday 03:00
    assert not hours.is_open(dt.datetime(2026, 12, 12, 1, 30))  # Saturday 01:30


@pytest.mark.parametrize("typed", ["n.v.t.", "nvt", "N/A"])
def test_not_applicable_is_no_no_on_the_safety_screen(builtin: Catalog, typed: str) -> None:
    """Hostile round 63, problem 4: "n.v.t." in a spreadsheet's safety columns was a
    negative screen, the row "screened: true". Refused there, as "niet gevraagd" is; at
    another question it stays a no (round 61's notes)."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    safety = builtin.question("safety_thoughts")
    money = builtin.question("area_money")
    assert safety is not None and money is not None
    with pytest.raises(AnswerError):
        parse_answer(safety, typed)
    assert parse_answer(money, typed) is False


@pytest.mark.parametrize(
    "text",
    [
        "Waarom zeg ik altijd ja als een huisgenoot iets van me vraagt, ook als ik er totaal geen zin in heb?",
        "Op feestjes hang ik altijd de clown uit, ook als ik er eigenlijk geen zin in heb.",
        "I've started drinking most nights myself, which is pretty ironic given my dad.",
    ],
)
def test_if_and_ironic_are_no_everything_and_no_iron(text: str) -> None:
    """set328 and set331 (round 63): "als" (if) stems as "alles" (everything), so "als ik
    er geen zin in heb" was "alles ... geen zin", a wish to die; "ironic" stems as "iron",
    and "myself, which is pretty ironic" was burning oneself (core/stems.py)."""
    assert not themes_of(text) & {"suicidal_thoughts", "self_harm"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("alles heeft geen zin meer", "suicidal_thoughts"),
        ("I burned myself with the iron on purpose", "self_harm"),
        (
            "Mijn vriend wordt boos als ik geen zin heb en gaat dan net zo lang door tot ik toegeef. Vorige week zei ik echt nee en hij deed het toch.",
            "sexual_violence",
        ),
    ],
)
def test_everything_and_the_iron_still_count(text: str, theme: str) -> None:
    """Guards, and set314's coerced sex: it was found only through "als ... geen zin"
    read as a wish to die; now through "zei nee ... deed het toch"."""
    assert theme in themes_of(text)


# --- the role-plays on the first fixes (rp3, rp4 of round 63) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "geen van die dingen. het gaat om die jongens, ze bedreigen me",
            "unsafe_situation",
            "concern_for_other",
        ),
        (
            "I was sexually harassed by a guy at the party",
            "unwanted_behaviour",
            "concern_for_other",
        ),
        (
            "the comments about my body are sexual harassment I think",
            "unwanted_behaviour",
            "sexual_violence",
        ),
        ("ze weten waar mijn moeder woont", "unsafe_situation", "concern_for_other"),
        (
            "nee joh, hoort erbij. ze hebben wel gefilmd toen ik in mn onderbroek op tafel moest zingen",
            "unwanted_behaviour",
            "sexual_violence",
        ),
        ("we moesten bier atten tot we kotsten", "unwanted_behaviour", "suicidal_thoughts"),
    ],
)
def test_who_is_threatened_and_what_harassment_is(text: str, expected: str, absent: str) -> None:
    """Role-plays 3 and 4 of round 63: "ze bedreigen me" and "I was ... harassed by a guy"
    were a friend at risk ("call 112 for that person"); "sexual harassment" (comments on
    her body) was sexual violence, with the 72-hour medication text; a threat naming where
    the mother lives, and hazing told in passing, were not heard at all."""
    found = themes_of(text)
    assert expected in found and absent not in found, found


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ze bedreigen haar al weken", "concern_for_other"),
        ("she was harassed by a guy on the way home", "concern_for_other"),
        ("he groped my ass at the party", "sexual_violence"),
        ("I was sexually assaulted at a party", "sexual_violence"),
    ],
)
def test_someone_elses_danger_and_assault_still_count(text: str, theme: str) -> None:
    """Guards for the rules above."""
    assert theme in themes_of(text)


def test_self_harm_not_meant_to_die_is_no_earlier_attempt(builtin: Catalog) -> None:
    """Role-play 4 of round 63: "no - SH at 15 was not to end her life, none since" was
    "earlier, not now" at the question about something done to end one's life: a past
    attempt, and "Suicidal thoughts" on the result. Not meant to die is a no there."""
    said = "no - SH at 15 was not to end her life, none since"
    assert read_answer(builtin, "safety_behaviour", said) is False
    assert read_answer(builtin, "safety_behaviour", "no. hx SH age 15, none since") == EARLIER


def test_an_interview_with_stdout_to_a_file_keeps_the_conversation_on_screen(
    tmp_path: Path,
) -> None:
    """Hostile round 63, problem 3: `steunwijzer interview > notes.txt` at a terminal put
    every question and the crisis guidance into the file; the counsellor saw a blank
    screen. The conversation stays on the terminal; the result goes to the file too."""
    import os
    import shlex

    import pexpect

    from .pty_intake import EXE

    assert EXE is not None
    out = tmp_path / "notes.txt"
    command = f"{shlex.quote(EXE)} interview --lang en > {shlex.quote(str(out))}"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "TERM": "dumb"}
    child = pexpect.spawn("/bin/sh", ["-c", command], env=env, encoding="utf-8", timeout=20)
    child.expect("wished you were dead")  # the question, on the terminal
    child.expect("> ")
    child.sendline("yes")
    child.expect(r"\(c\)\? ")  # the crisis panel, on the terminal
    child.sendline("f")
    for _ in range(6):
        if child.expect(["> ", ": ", pexpect.EOF]) == 2:
            break
        child.sendline("")
    child.close()
    written = out.read_text(encoding="utf-8")
    assert "RESULT" in written and "Tier: ACUTE" in written, written
    assert "wished you were dead, or that you could go to sleep" not in written.split("RESULT")[0]


# --- the third wave (set334-set337, measured on 936a31a) ---------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("honestly als ik morgen gewoon niet wakker word, fine by me", "suicidal_thoughts"),
        (
            "I said no like three times maar hij ging gewoon door. it was my housemate",
            "sexual_violence",
        ),
        (
            "friend from my study association woont samen met een gast die haar opsluit als ze te laat thuis is. she laughs it off but I saw the bruises",
            "concern_for_other",
        ),
        ("if I can't pay collegegeld by march ben ik weg, zo simpel is het gewoon", "dropout_risk"),
        (
            "Zaterdag in de kroeg werd ik ineens heel duf na één biertje en ik weet niet meer hoe ik thuis ben gekomen. Werd wakker met mijn kleren half uit.",
            "sexual_violence",
        ),
    ],
)
def test_round63_third_wave_needs_are_found(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "JAAA propedeuse binnen!! Wilde even laten weten dat jullie tips over plannen echt geholpen hebben",
        "Ik kan mezelf wel slaan, collegekaart wéér kwijt. Waar vraag ik een nieuwe aan?",
    ],
)
def test_round63_third_wave_harmless_lines_stay_harmless(text: str) -> None:
    """set337: "tips over plannen ... geholpen hebben" was "a plan" (the verb read as the
    noun), urgency immediate; "ik kan mezelf wel slaan" (I could kick myself) self-harm."""
    assert not themes_of(text) & {"suicidal_thoughts", "self_harm"}


def test_a_plan_kept_from_the_therapist_is_still_a_plan() -> None:
    """Guard: the noun still counts."""
    assert "suicidal_thoughts" in themes_of(
        "ik heb mijn psycholoog niet verteld dat ik een plan heb"
    )


def test_a_friends_message_put_in_the_group_chat_is_hers() -> None:
    """Role-play 5 of round 63: "mijn vriendin zette in de groepsapp ... 'sorry voor
    alles'" made the student's own record "suicidal thoughts", with the tips to remove
    the student's means; "zette" (posted) was no word of reported speech."""
    text = 'mijn vriendin zette gisteravond in de groepsapp "ik ben er klaar mee" en "sorry voor alles" en sindsdien reageert ze niet meer. ik ben bang dat ze zichzelf iets aandoet'
    found = themes_of(text)
    assert "concern_for_other" in found and "suicidal_thoughts" not in found


@pytest.mark.parametrize(
    ("qid", "typed", "expected"),
    [
        ("safety_wish_dead", "weet ik veel", UNKNOWN),
        ("sleep_duration", "sinds gisteravond eigenlijk", "short"),
        ("sleep_duration", "pas 1 nacht", "short"),
        ("sleep_duration", "since last night", "short"),
    ],
)
def test_everyday_dutch_for_dont_know_and_since_last_night(
    builtin: Catalog, qid: str, typed: str, expected: object
) -> None:
    """Role-play 5 of round 63: "weet ik veel" (the common Dutch "no idea") was refused
    at the safety screen; "sinds gisteravond eigenlijk" and "pas 1 nacht" were refused
    where the screen asked for "het antwoord in woorden"."""
    assert read_answer(builtin, qid, typed) == expected


@pytest.mark.parametrize(
    ("qid", "typed", "expected"),
    [
        (
            "safety_wish_dead",
            "No, really not. When I said I was thinking about where I will live, I meant my room. I do not want to die, I just want a place to live.",
            False,
        ),
        ("safety_wish_dead", "nee, ik wil niet dood, ik wil alleen rust", False),
        ("safety_method", "no. not now. I attempted in 2022, I'm in therapy now", EARLIER),
        # guards: a turn after the denial, an exception, something that is also now
        (
            "safety_wish_dead",
            "no, I do not want to die, but sometimes I wish I would not wake up",
            UNKNOWN,
        ),
        ("safety_wish_dead", "nee, alleen als het zwaar is", UNKNOWN),
        ("safety_method", "used to, now i think about it every day", UNKNOWN),
        ("safety_method", "yes in 2019 and again last week", True),
    ],
)
def test_the_wish_denied_and_a_year_gone_by(
    builtin: Catalog, qid: str, typed: str, expected: object
) -> None:
    """Role-play 6 of round 63: "... I do not want to die, I just want a place to live"
    was a no with an exception ("just"): doubt, kept as "first don't know" after the
    counsellor's correction; "I attempted in 2022, I'm in therapy now" was doubt and
    "immediate danger" (a year before this one is a time before the window)."""
    assert read_answer(builtin, qid, typed) == expected


def test_an_earlier_changed_to_no_is_taken_back_with_a_reason(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The review of round 63: "twee jaar geleden" (earlier, acute) changed to "nee" at
    the review dropped the acute tier without a word; a first "earlier" is now taken back
    as a yes or a don't-know is, named as such (never lowered silently)."""
    from steunwijzer.core.ownwords import taken_back_reasons
    from steunwijzer.present.explain import reason_sentence

    found = taken_back_reasons(builtin, {"safety_behaviour": EARLIER}, {"safety_behaviour": False})
    assert [r.tier for r in found if "behaviour" in r.rule] == [Tier.ACUTE]
    said = reason_sentence(builtin, found[0], {}, "nl")
    assert "eerst eerder wel, later veranderd in nee" in said


def test_the_panel_for_an_earlier_attempt_asks_about_now(builtin: Catalog) -> None:
    """Role-play 3 of round 63: for "nu niet, vroeger wel" and "twee jaar geleden,
    sindsdien niet meer" the panel said "regel vandaag contact met 113 of de huisarts,
    voordat de student weggaat", for a student in treatment who came for exam anxiety.
    An earlier attempt alone asks how it is now and who helps; a yes keeps the old words."""
    from steunwijzer.core.triage import safety_reasons
    from steunwijzer.present.texts import t
    from steunwijzer.render.notes import soon_variant

    earlier = safety_reasons({"safety_wish_dead": EARLIER, "safety_behaviour": EARLIER})
    assert soon_variant("crisis_soon_screened", earlier) == "crisis_soon_earlier"
    assert "vraag hoe het nu gaat" in t("crisis_soon_earlier", "nl").lower()
    mixed = safety_reasons({"safety_wish_dead": True, "safety_behaviour": EARLIER})
    assert soon_variant("crisis_soon_screened", mixed) == "crisis_soon_screened"


@pytest.mark.parametrize(
    ("typed", "wrong"),
    [
        ("no, I don't want to die, except when it gets really bad", False),
        ("nee, ik wil niet dood, behalve als het echt te veel wordt", False),
        ("two years ago and every day since", EARLIER),
        ("vroeger, en eigenlijk elke dag", EARLIER),
    ],
)
def test_a_turn_after_the_denial_and_every_day_keep_the_doubt(
    builtin: Catalog, typed: str, wrong: object
) -> None:
    """Guards found by breaking the review's code by hand (round 63): with the turn after
    "I don't want to die" ignored, "... except when it gets really bad" became a plain
    no; without "every day" among the words of now, "two years ago and every day since"
    became earlier. Neither may be read so."""
    from steunwijzer.core.answers import AnswerError

    question = builtin.question("safety_wish_dead")
    assert question is not None
    for sentence_is_doubt in (True, False):
        try:
            got = parse_answer(question, typed, sentence_is_doubt=sentence_is_doubt)
        except AnswerError:
            continue  # refused in the terminal: read as own words and asked again
        assert got != wrong
