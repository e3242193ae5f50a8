"""Round 25: what a role-play of round 24 saw on the intake screen (R12, R14), in other
words than the role-play's, with guards that must keep their old behaviour.

Run on the commit before the fix (`bdcdb47`) the cases fail: the acute theme taken from
an aside was not on the screen until the result, a single choice showed a bare ">" under
its options, and two options asked for "een nummer van 1 tot 2". The guards pass there
too and say so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.heard import heard_beside
from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import CrisisPrompt, Prompt, QuestionPrompt, ThemePrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.present.explain import why_line
from tests.conftest import invoke
from tests.terminal_helpers import read_text, scripted, terminal


def _prompts(seen: list[Prompt], qid: str) -> list[QuestionPrompt]:
    return [p for p in seen if isinstance(p, QuestionPrompt) and p.question.id == qid]


def test_an_acute_theme_in_an_aside_is_announced_with_the_next_question(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A "ja" with a dropout risk beside it: the next question carries the theme taken."""
    aside = "ja, als ik die herkansing weer niet haal moet ik stoppen met de opleiding"
    seen, result = scripted(builtin, index, {"area_study": [aside]})
    after = _prompts(seen, "study_worries") or _prompts(seen, "area_sleep")
    assert after and after[0].taken == ("dropout_risk",)
    assert "dropout_risk" in result.themes
    # announced once: the question after that one carries nothing
    later = [p for p in seen if isinstance(p, QuestionPrompt) and p is not after[0]]
    assert all(not p.taken for p in later)


def test_a_plain_answer_and_a_harmless_aside_take_nothing(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A guard (passes before the fix too, trivially): nothing to announce."""
    seen, _ = scripted(
        builtin, index, {"area_study": ["ja, vooral met plannen"], "area_sleep": ["nee"]}
    )
    assert all(not p.taken for p in seen if isinstance(p, QuestionPrompt))


def test_a_risk_to_life_aside_is_left_to_the_crisis_panel(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Words beside an answer that open the crisis panel: the panel says it, and the next
    question does not say it again."""
    aside = "nee, maar eerlijk gezegd wil ik er soms gewoon niet meer zijn"
    seen, result = scripted(builtin, index, {"area_sleep": [aside]})
    assert "suicidal_thoughts" in result.themes
    assert all("suicidal_thoughts" not in p.taken for p in seen if isinstance(p, QuestionPrompt))


def test_the_screen_names_the_theme_taken(builtin: Catalog) -> None:
    ask, screen = terminal(builtin, "nee")
    question = next(q for q in builtin.questions if q.id == "area_sleep")
    ask(QuestionPrompt(question, 5, 18, None, True, taken=("dropout_risk",)))
    shown = screen.getvalue()
    assert "ook meegenomen" in shown
    assert "studie-uitval" in shown.lower() or "uitval" in shown.lower()
    assert shown.index("ook meegenomen") < shown.index(question.text.get("nl"))


def test_a_single_choice_says_how_to_answer_and_two_options_say_1_or_2(
    builtin: Catalog,
) -> None:
    question = next(q for q in builtin.questions if q.id == "sleep_duration")
    assert len(question.choices) == 2
    ask, screen = terminal(builtin, "5", "2")
    assert isinstance(ask(QuestionPrompt(question, 6, 18, None, True)), Unfit)
    assert ask(QuestionPrompt(question, 6, 18, None, True, unfit=True)) == "long"
    shown = screen.getvalue()
    assert "een nummer, of het antwoord in woorden" in shown
    assert "Typ 1 of 2, of het antwoord in woorden (of Enter om over te slaan)." in shown
    assert "van 1 tot 2" not in shown


def test_three_options_keep_the_range(builtin: Catalog) -> None:
    """A guard: more than two options still name the range."""
    question = next(q for q in builtin.questions if q.id == "connection_safe")
    ask, screen = terminal(builtin, "7", "1")
    assert isinstance(ask(QuestionPrompt(question, 15, 18, None, True)), Unfit)
    assert ask(QuestionPrompt(question, 15, 18, None, True, unfit=True)) == "yes"
    assert "Typ een nummer van 1 tot 3 of het antwoord in woorden (of Enter" in screen.getvalue()


# --- free text: outsiders' sets of round 25 (set80, set81) and a role-play (R15) --------
# New wordings of the kinds seen missed, each with harmless neighbours as guards. On the
# commit before the fix (`bdcdb47`) the cases find nothing or another theme; the lines
# marked "guard" (wordings already found) and the guards below pass there too.

ACUTE = {
    "suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other",
    "sexual_violence", "grief", "dropout_risk",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # sex one did not want, the sex named first (the role-play's R15, other words)
        ("hij heeft seks met me gehad terwijl ik dat helemaal niet wilde", "sexual_violence"),
        ("we hadden seks terwijl ik eigenlijk niet wilde", "sexual_violence"),
        ("het was seks tegen mijn wil", "sexual_violence"),
        ("he had sex with me when i didn't want to", "sexual_violence"),
        ("she had sex with me even though i said no", "sexual_violence"),
        ("he had sex with me while i was passed out", "sexual_violence"),
        # forced, Dutch word order; without consent; touched while out; no way out
        ("mijn ex heeft me vorige maand gedwongen tot seks", "sexual_violence"),
        (
            "ze dwongen me tot seksuele handelingen bij de ontgroening",
            "sexual_violence",
        ),  # guard: found before
        ("it happened without my consent at a house party", "sexual_violence"),
        ("he touched me while i was passed out on the couch", "sexual_violence"),
        ("hij nam me mee naar zijn kamer en ik kon niet weg", "sexual_violence"),
        # a weapon coming at one
        ("he came at me with a bottle last night", "unsafe_situation"),  # guard: found before
        ("mijn broer kwam met een mes op me af", "unsafe_situation"),
        # a blade as the way to cope
        ("razors are how i cope when it gets too much", "self_harm"),  # guard: found before
        ("een scheermesje is voor mij een manier om ermee om te gaan", "self_harm"),
        # hoping to be run over
        (
            "sometimes i hope a bus hits me on my way to the exam",
            "suicidal_thoughts",
        ),  # guard: found before
        ("ik hoop soms dat een auto me aanrijdt", "suicidal_thoughts"),
        ("does anybody else wish a train would hit them sometimes", "suicidal_thoughts"),
        # someone else who barely eats and fainted
        ("my sister has barely been eating and collapsed at work", "concern_for_other"),
        ("mijn vriendin eet al dagen niks en is vanochtend flauwgevallen", "concern_for_other"),
        # everyday needs
        ("ik kom al weken mijn bed niet uit", "low_mood"),  # guard: found before
        ("I can't get out of bed most mornings", "low_mood"),  # guard: found before
        ("crying over nothing lately", "low_mood"),
        ("I still haven't made any friends here", "social_connection"),
        ("ik word nooit uitgenodigd door mijn huisgenoten", "social_connection"),
        ("no idea what job this degree leads to", "study_choice"),
        (
            "ik twijfel of ik wel de goede opleiding heb gekozen",
            "study_choice",
        ),  # guard: found before
        ("running on empty with two jobs and my thesis", "stress"),  # guard: found before
        ("my relationship with eating is a mess", "eating"),  # guard: found before
        ("I feel guilty after meals", "eating"),
        ("ik ben te streng voor mezelf", "self_insight"),
        ("ik vergelijk mezelf steeds met anderen", "self_insight"),
        ("how do I stop comparing myself to my classmates", "self_insight"),
    ],
)
def test_said_in_other_words_is_found(builtin: Catalog, text: str, theme: str) -> None:
    found, _ = read_text(builtin, text)
    assert theme in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "ze hebben mijn foto zonder mijn toestemming gebruikt voor de website",
        "they used my essay without my consent in their presentation",
        "mijn vader nam me mee naar boven om de zolder op te ruimen",
        "my tutor came at me with a lot of questions",
        "I need a new razor, any student discount on blades?",
        "I hope a car picks me up after the party",
        "we had sex while i was on holiday, didn't want to tell my parents",
        "ik wil geen seks voor het huwelijk, hoe praat ik daarover met mijn vriend",
    ],
)
def test_harmless_neighbours_stay_harmless(builtin: Catalog, text: str) -> None:
    """Guards: no acute theme (several pass before the fix too)."""
    found, _ = read_text(builtin, text)
    assert not found & ACUTE, (text, found)


def _urgency(builtin: Catalog, text: str) -> set[str]:
    return {f.theme for f in Vocabulary(builtin.themes).read(text).findings if f.immediate}


def test_a_time_said_of_something_else_does_not_make_a_recurring_wish_urgent(
    builtin: Catalog,
) -> None:
    """A role-play (R20): a "nu" about debts in a long story made "iedereen beter af
    zonder mij", told as a thought that keeps coming back, "direct danger". Before the
    fix the first two texts are immediate."""
    story = (
        "ik werk twintig uur in de horeca en ik heb nu ook een schuld bij DUO en een "
        "achterstand bij de zorgverzekering en mijn vriend heeft het uitgemaakt, en eerlijk "
        "gezegd denk ik de laatste tijd vaak dat iedereen beter af zou zijn zonder mij"
    )
    assert "suicidal_thoughts" not in _urgency(builtin, story)
    english = (
        "i have a job until late now and my rent went up and my exams went badly and "
        "lately i often think everyone would be better off without me"
    )
    assert "suicidal_thoughts" not in _urgency(builtin, english)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a time said of the act, near or far, and danger from others now
        "ik maak er vanavond een eind aan",
        "Vanavond, als iedereen slaapt, maak ik er een eind aan",
        "this weekend my parents are away, it'll be the easiest time to finally end it",
        "ik denk vaak aan zelfmoord en vanavond ga ik het doen",
        "he grabbed my neck last night and said next time he won't stop and I'm at his place now",
    ],
)
def test_a_time_said_of_the_act_stays_urgent(builtin: Catalog, text: str) -> None:
    assert _urgency(builtin, text), text


def test_scared_of_oneself_now_is_urgent(builtin: Catalog) -> None:
    """A guard (passes before the fix too): kept urgent under the nearer time rule."""
    assert "suicidal_thoughts" in _urgency(builtin, "i'm really scared of myself right now")
    assert "suicidal_thoughts" in _urgency(builtin, "ik ben bang voor mezelf vannacht")


def test_a_guess_resting_on_without_or_want_alone_is_dropped(builtin: Catalog) -> None:
    """The second net weighed "zonder" (0.91) and "want" (0.93) as a wish to die in
    everyday sentences without any word of the field."""
    for text in (
        "ze hebben mijn foto zonder mijn toestemming gebruikt voor de website",
        "Why do I always need everyone to like me? I want to get to the bottom of it",
    ):
        found, _ = read_text(builtin, text)
        assert "suicidal_thoughts" not in found, text


# --- an outsiders' hostile round (H1-H9) ------------------------------------------------
# Each written from the case seen, in new files; run on `bdcdb47` they fail (H1: nothing
# recognised; H2, H5, H6, H8: exit 0; H3: every case lost; H4: ACUUT from the record's
# own result), except the lines that say they guard.


def _batch_csv(runner: CliRunner, path: Path) -> list[dict[str, str]]:
    result = invoke(runner, "batch", str(path), "--format", "csv")
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_a_character_cut_short_beside_a_risk_word_never_hides_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H1: an export that cuts a field at a byte limit leaves half a "’" or an emoji."""
    path = tmp_path / "cut.csv"
    path.write_bytes(
        b"id,text\n"
        b"q1,ik wil gewoon dood\xe2\x80\n"
        b"q2,honestly i want to die\xf0\x9f\x98\n"
        b"q3,ik denk aan su\xefcide\n"  # guard: a Windows-1252 letter stays a letter
        b"q4,caf\xe9 met vrienden\n"  # guard: nothing acute
    )
    rows = {r["id"]: r for r in _batch_csv(runner, path)}
    assert rows["q1"]["tier"] == rows["q2"]["tier"] == rows["q3"]["tier"] == "acute"
    assert rows["q4"]["tier"] != "acute"


def test_a_json_array_with_one_element_that_is_no_object_keeps_every_case(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H3: one null in a pretty-printed array sent the whole file through the line reader
    and a student's wish to die out under the line number "11"."""
    cases = [{"id": "b1", "themes": ["sleep"]}, None, {"id": "b2", "text": "ik wil dood"}]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases, indent=2), encoding="utf-8")
    result = invoke(runner, "batch", str(path), "--format", "csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["b1"]["tier"] == "specific"
    assert rows["b2"]["tier"] == "acute"
    assert sum(1 for r in rows.values() if r["error"]) == 1
    assert result.exit_code == 1


def test_a_session_record_without_answers_is_refused_unread(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H4: its keys and its stored result were read as the student's words: ACUUT."""
    record = {
        "steunwijzer": "0.2.0",
        "date": "2026-12-01",
        "changed_answers": [],
        "said": [],
        "result": {"tier": "acute", "themes": ["suicidal_thoughts", "self_harm"]},
    }
    path = tmp_path / "sessie.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = invoke(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert "geen antwoorden" in result.stderr
    assert "ACUUT" not in result.stdout
    # what was said beside an answer still counts
    record["said"] = [["area_sleep", "ja, en eerlijk gezegd wil ik dood"]]
    path.write_text(json.dumps(record), encoding="utf-8")
    result = invoke(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert "113" in result.stdout + result.stderr


def _layer(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "layer.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_safety_question_help_that_advises_to_skip_it_is_an_error(
    runner: CliRunner, builtin: Catalog, tmp_path: Path
) -> None:
    """H5: shown at "?", when the counsellor is unsure; own help is a warning."""
    question = next(q for q in builtin.questions if q.id == "safety_thoughts")
    body = (
        "schema_version: 1\nquestions:\n  - id: safety_thoughts\n    type: yes_no\n"
        f"    text: {{nl: '{question.text.nl}', en: '{question.text.en}'}}\n"
        "    help: {nl: '%s', en: '%s'}\n"
    )
    bad = _layer(tmp_path, body % ("Deze hoef je niet te stellen, sla hem maar over.", "Skip."))
    result = invoke(runner, "catalog", "validate", "builtin", str(bad))
    assert result.exit_code == 1
    assert "overslaan" in result.stdout or "over te slaan" in result.stdout
    own = _layer(tmp_path, body % ("Vraag het gewoon.", "Just ask it."))
    result = invoke(runner, "catalog", "validate", "builtin", str(own))
    assert result.exit_code == 0
    assert "eigen uitleg" in result.stdout
    # guard: the built-in catalogue itself has no warning
    assert "waarschuwing" not in invoke(runner, "catalog", "validate", "builtin").stdout


def test_an_offering_that_says_to_call_it_instead_of_113_is_an_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H6: a 0900 "crisis line" that said so validated with 0 warnings."""
    layer = _layer(
        tmp_path,
        "schema_version: 1\nofferings:\n  - id: eigen-lijn\n    crisis: true\n"
        "    provider: other\n    name: {nl: Hulplijn, en: Helpline}\n"
        "    description: {nl: 'Bel liever ons, i.p.v. 113.', en: 'Call us rather than 113.'}\n"
        "    tiers: [acute]\n    themes: [suicidal_thoughts]\n"
        "    contact: {phone: '0900-7654321'}\n    hours: '24/7'\n",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1
    assert "in plaats van 113" in result.stdout


def test_a_layer_cannot_narrow_the_hours_of_112(runner: CliRunner, tmp_path: Path) -> None:
    """H2: 112 "nu dicht" for a threatened student, and on the handout."""
    layer = _layer(
        tmp_path,
        "schema_version: 1\nofferings:\n  - id: 112-alarmnummer\n"
        "    hours: {mon-fri: '09:00-17:00'}\n",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1
    assert "dag en nacht bereikbaar blijven" in result.stdout


def test_validate_reads_the_catalog_option_beside_the_layers(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H8: "validate builtin -c broken.yaml" dropped -c and said "in orde", exit 0."""
    broken = _layer(tmp_path, "schema_version: 1\nofferings: [\n")
    assert invoke(runner, "catalog", "validate", "builtin", "-c", str(broken)).exit_code == 1
    assert invoke(runner, "catalog", "lint", "builtin", "-c", str(broken)).exit_code == 1


def test_the_emphasis_warning_names_a_value_that_exists(runner: CliRunner, tmp_path: Path) -> None:
    """H9: the advice 'combined' made the catalogue invalid (safety mode)."""
    layer = _layer(tmp_path, "schema_version: 1\nemphasis: {acute: informational}\n")
    result = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert "'both'" in result.stdout and "'combined'" not in result.stdout
    followed = _layer(tmp_path, "schema_version: 1\nemphasis: {acute: both}\n")
    assert invoke(runner, "catalog", "validate", "builtin", str(followed)).exit_code == 0


@pytest.mark.parametrize(
    "text",
    [
        "my ex has a knife and is waiting outside my door",
        "hij heeft een mes en staat nu voor de deur",
        "someone is banging on my door right now and says he will kill me",  # guard: before too
    ],
)
def test_a_weapon_at_the_door_now_is_immediate(builtin: Catalog, text: str) -> None:
    """H7: found only by the second net, which is never immediate: 112 second."""
    assert "unsafe_situation" in _urgency(builtin, text), text


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("student zit in een acute crisis, vandaag opgevangen", True),
        ("she called 113 last night after the breakup", True),
        ("wij hebben haar doorverwezen naar 113", True),
        ("I did my placement at a crisis service, it confirmed my choice", False),
        ("ik ben vrijwilliger bij de chat van 113 en zoek een rooster", False),
        ("de woningcrisis maakt een kamer vinden onmogelijk", False),
    ],
)
def test_a_crisis_or_113_named_in_a_note(builtin: Catalog, text: str, acute: bool) -> None:
    """H7: "student is in acute crisis", "called 113" were nothing recognised."""
    found, _ = read_text(builtin, text)
    assert bool(found & ACUTE) is acute, (text, found)


def test_the_panel_for_sexual_violence_says_believe_and_no_blame(builtin: Catalog) -> None:
    """R15: the panel said where to be safe tonight and Veilig Thuis, for a rape at a
    party; now believe the student, no blame, Centrum Seksueel Geweld."""
    seen, _ = scripted(
        builtin,
        ReferralIndex(builtin, dt.datetime(2026, 11, 30, 14, tzinfo=dt.UTC)),
        {"area_sleep": ["ja, sinds hij seks met me had terwijl ik dat niet wilde"]},
    )
    ask, screen = terminal(builtin, "d")
    panel = next(p for p in seen if isinstance(p, CrisisPrompt))
    ask(panel)
    shown = screen.getvalue()
    assert "Geloof de student" in shown
    assert "Centrum Seksueel Geweld" in shown


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # R1: "no longer" said of the deadlines, not a time the wish was there
        ("nee hoor, het gaat gewoon niet meer met al die deadlines", False),
        ("nee, het lukt niet meer met die groepsopdracht, daarom ben ik hier", False),
        # guards: "niet meer" as a time it was so, and said of oneself, stay doubt
        ("nee, niet meer sinds vorige week", UNKNOWN),
        ("nee, niet meer", UNKNOWN),
        ("nee, het gaat niet meer met mij", UNKNOWN),
        ("nee, het gaat gewoon niet meer", UNKNOWN),
    ],
)
def test_no_longer_said_of_something_else_is_a_no(
    builtin: Catalog, said: str, read: object
) -> None:
    question = next(q for q in builtin.questions if q.id == "safety_wish_dead")
    assert parse_answer(question, said) == read


def test_the_why_line_names_the_risk_the_crisis_lines_stand_first_for(
    builtin: Catalog,
) -> None:
    """R9: a "weet niet" to the wish to be dead, changed to "nee" in the review, keeps 113
    first; the why line named the dropout risk and hid the reason behind "(and 2 more
    reasons)". Before the fix it starts with "Kans op uitval"."""
    index = ReferralIndex(builtin, dt.datetime(2026, 11, 30, 14, tzinfo=dt.UTC))
    script: dict[str, list[object]] = {
        "safety_wish_dead": ["weet niet", "nee"],
        "area_study": ["ja"],
        "study_worries": ["5"],
        "review": ["safety_wish_dead"],
    }
    _, result = scripted(builtin, index, script)
    assert result.referrals[0].offering.id == "113-zelfmoordpreventie"
    assert why_line(builtin, result, "nl").startswith("Zelfmoordgedachten")


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # R4: both, and which weighs most
        ("allebei eigenlijk, maar vooral gestrest", ("low", "stress")),
        ("both really, but mostly stressed", ("low", "stress")),
        ("allebei", ("low", "stress")),  # guard: before too
    ],
)
def test_both_with_an_emphasis_is_both(builtin: Catalog, said: str, read: object) -> None:
    question = next(q for q in builtin.questions if q.id == "mood_kind")
    assert parse_answer(question, said) == read


def test_both_taken_back_is_no_answer(builtin: Catalog) -> None:
    """A guard: "allebei maar niet gestrest" names no choice clearly: asked again."""
    question = next(q for q in builtin.questions if q.id == "mood_kind")
    with pytest.raises(AnswerError):
        parse_answer(question, "allebei maar niet gestrest")


def test_a_pipe_delimited_file_keeps_its_ids(runner: CliRunner, tmp_path: Path) -> None:
    """H11: "id|text" was one unknown column; the acute row went out as "1"."""
    path = tmp_path / "pipe.csv"
    path.write_text("id|text\nst-7|ik wil er niet meer zijn\nst-8|ik slaap slecht\n", "utf-8")
    rows = {r["id"]: r for r in _batch_csv(runner, path)}
    assert rows["st-7"]["tier"] == "acute"
    assert rows["st-8"]["tier"] == "specific"


def test_a_row_error_in_safety_mode_says_safety_mode(runner: CliRunner, tmp_path: Path) -> None:
    """H10: with a broken catalogue "unknown theme 'sleep'" read as a typo in the input."""
    broken = _layer(tmp_path, "schema_version: 1\nofferings: [\n")
    rows = tmp_path / "rows.csv"
    rows.write_text("id;themes\nr1;sleep\nr2;zelfmoord\n", encoding="utf-8")
    result = invoke(runner, "batch", str(rows), "--format", "csv", "-c", str(broken))
    found = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert "unknown theme" in found["r1"]["error"]
    assert "safety mode" in found["r1"]["error"]
    assert found["r2"]["tier"] == "acute"  # guard: before too


def test_a_yes_to_a_question_that_did_not_apply_is_said_to_count(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H13: "niet gebruikt" beside a result of self-harm that rests on that answer. (A
    layer gates the self-harm question, as the built-in catalogue did until round 32.)"""
    layer = _layer(tmp_path, "schema_version: 1\nquestions:\n  - id: mood_self_harm\n"
                   "    when: area_mood == yes\n")  # fmt: skip
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\n"
        "area_mood: nee\nmood_self_harm: ja\narea_money: nee\n",
        encoding="utf-8",
    )
    cat = ("-c", "builtin", "-c", str(layer))
    result = invoke(runner, "interview", *cat, "--answers", str(answers), "--plain")
    assert "ACUUT" in result.stdout
    assert "een risico telt mee: mood_self_harm" in result.stderr
    assert "niet gebruikt" not in result.stderr


# --- needs heard beside closed answers (a role-play, round 25, R5, R21) ------------------


def test_a_need_said_beside_a_closed_answer_is_heard_and_offered_at_the_own_words(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Money worries said beside a "ja" to the sleep question were nowhere in the result:
    now said on the screen with the next question and offered with the own words' themes
    (not counted until the counsellor confirms). Before the fix nothing is carried."""
    aside = "ja, en ik heb ook nog schulden bij DUO, daar lig ik wakker van"
    seen, result = scripted(
        builtin, index, {"area_sleep": [aside], "own_words": ["ik wil rust in mijn hoofd"]}
    )
    nxt = _prompts(seen, "sleep_duration")
    assert nxt and "finances" in nxt[0].taken
    offered = [p for p in seen if isinstance(p, ThemePrompt)]
    assert offered and "finances" in offered[0].heard
    assert "finances" not in result.themes  # not counted unless confirmed


def test_a_heard_need_confirmed_at_the_own_words_counts(builtin: Catalog) -> None:
    """The terminal offers it, marked as heard earlier; choosing it counts it."""
    question = next(q for q in builtin.questions if q.id == "own_words")
    ask, screen = terminal(builtin, "2")
    prompt = ThemePrompt(question, "rust in mijn hoofd", ("stress",), (), (), ("finances",))
    assert ask(prompt) == ("finances",)
    assert "(eerder gehoord)" in screen.getvalue()


def test_a_heard_need_is_said_as_heard_not_as_taken(builtin: Catalog) -> None:
    ask, screen = terminal(builtin, "nee")
    question = next(q for q in builtin.questions if q.id == "area_money")
    ask(QuestionPrompt(question, 9, 18, None, True, taken=("eating", "dropout_risk")))
    shown = screen.getvalue()
    assert "ook gehoord, nog niet meegeteld: Eetproblemen" in shown
    assert "ook meegenomen" in shown and "uitval" in shown.lower()


def test_what_the_question_leads_to_is_not_heard_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A guard: "ja, vooral met plannen" to the study question: its follow-up asks it."""
    seen, _ = scripted(builtin, index, {"area_study": ["ja, vooral met plannen en uitstellen"]})
    assert all(not p.taken for p in seen if isinstance(p, QuestionPrompt))


def test_eating_said_as_not_eating_anymore(builtin: Catalog) -> None:
    found, _ = read_text(builtin, "ik eet eigenlijk niet meer echt, een paar crackers per dag")
    assert "eating" in found
    found, _ = read_text(builtin, "ik eet niet meer bij mijn ouders sinds ik op kamers woon")
    assert "eating" not in found  # guard: where one eats


# --- a second wave of outsiders' sets (set82: a tester looking for failures; set83:
# messages to staff), measured unseen, then read ----------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "wat gebeurt er met mijn lening als je doodgaat? vraag het voor mezelf",
            "suicidal_thoughts",
        ),
        ("how do you write a will, asking for myself", "suicidal_thoughts"),
        ("i just want to log out of life for good", "suicidal_thoughts"),
        ("ik weet niet of ik er volgende maand nog ben", "suicidal_thoughts"),
        (
            "honestly i don't know if i'll still be around after the exams",
            "suicidal_thoughts",
        ),
        (
            "ik heb iets geprobeerd waar ik niet over wil praten, lag daarna in het ziekenhuis",
            "suicidal_thoughts",
        ),
        (
            "I'd rather keep my sleeves down in the lab, I have marks I don't want to explain",
            "self_harm",
        ),
        (
            "mijn huisbaas heeft me eruit gezet en ik heb geen kamer meer sinds vrijdag",
            "unsafe_situation",
        ),
        ("de beheerder komt gewoon binnen als ik onder de douche sta", "unsafe_situation"),
        (
            "een jongen uit mijn klas volgt me elke dag naar het station",
            "unsafe_situation",
        ),
        (
            "My landlord keeps coming in and last month he threatened me when I asked for repairs",
            "unsafe_situation",
        ),
        ("my date kept going while i was crying", "sexual_violence"),
        ("ik zei geen nee maar ik wilde het echt niet", "sexual_violence"),
        ("i didn't say no but i didn't want it either", "sexual_violence"),
        (
            "ik zei ja omdat ik bang was dat hij boos werd, telt dat als toestemming?",
            "sexual_violence",
        ),
        ("after the party I said stop and he didn't, now I can't sleep", "sexual_violence"),
        ("de eigenaar heeft me gedwongen tot dingen die ik niet wilde", "sexual_violence"),
        ("mijn groepsgenoot eet bijna niks en is gisteren flauwgevallen", "concern_for_other"),
        (
            "I want to withdraw from all my courses this semester",
            "dropout_risk",
        ),
        ("ik twijfel of ik volgend jaar nog terugkom", "dropout_risk"),
        ("ik eet niet meer echt, hooguit een paar boterhammen per dag", "eating"),
        (
            "ik ga steeds dood in Minecraft maar ik game elke nacht tot 5 uur, kan niet stoppen",
            "addiction",
        ),
    ],
)
def test_second_wave_said_in_other_words_is_found(builtin: Catalog, text: str, theme: str) -> None:
    """Ten of these wordings were found before the round too (older patterns or the
    second net): they guard against losing what the new families overlap."""
    found, _ = read_text(builtin, text)
    assert theme in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "in die game ga ik steeds dood bij de eindbaas, zo irritant",
        "wij bespreken een vragenlijst over zelfbeschadiging bij het vak methoden",
        "dat album gaat helemaal over zelfmoord maar de muziek is mooi",
        "i self harmed at 14, it's been nine years and i'm in a good place now",
        "my tutor threatened to report me for plagiarism, is that allowed?",
        "mijn vriend volgt me op Instagram en nu ziet hij alles",
        "i think this programme is not for me, maybe a different one",
    ],
)
def test_second_wave_harmless_neighbours(builtin: Catalog, text: str) -> None:
    """Guards; three of them pass before the round too."""
    found, _ = read_text(builtin, text)
    assert not found & ACUTE, (text, found)


# --- a second role-play on the round's build (P1-P22) -----------------------------------


@pytest.mark.parametrize(
    ("text", "found_theme", "acute"),
    [
        # P2: nobody died, a homesick student misses her mother: no grief, not acute
        ("nee, niemand is overleden hoor, ik mis mijn moeder gewoon heel erg", None, False),
        ("no one died, i just miss my mum since i moved here", None, False),
        ("mijn opa is overleden en niemand snapt het", "grief", True),  # guard
        # P10: grabbed hard, walked behind to one's house
        ("a guy from my club grabbed my wrist really hard last week", "unsafe_situation", True),
        ("hij loopt elke avond achter me naar huis", "unsafe_situation", True),
        ("my coach grabbed my shoulder to show the technique", None, False),  # guard
    ],
)
def test_second_role_play_said_in_other_words(
    builtin: Catalog, text: str, found_theme: str | None, acute: bool
) -> None:
    found, _ = read_text(builtin, text)
    if found_theme is not None:
        assert found_theme in found, (text, found)
    assert bool(found & ACUTE) is acute, (text, found)


def test_a_short_no_with_a_reason_is_not_heard_as_a_need(builtin: Catalog) -> None:
    """P13: "no, my parents help me" to the money question was "also heard: Family
    circumstances"; a short no says why not. A longer one may tell of something else."""
    vocabulary = Vocabulary(builtin.themes)
    assert heard_beside(vocabulary, builtin, "area_money", "no, my parents help me") == ()
    assert heard_beside(vocabulary, builtin, "area_money", "nee, ik werk ernaast, gaat prima") == ()
    said = "nee, dat niet. wel sla ik het avondeten over om geld te sparen"
    assert "eating" in heard_beside(vocabulary, builtin, "mood_self_harm", said)
