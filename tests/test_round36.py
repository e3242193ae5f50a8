"""Round 36: findings of this round's own review, blind set and role-play."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.model import Catalog, Lang, Tier
from steunwijzer.core.referrals import ReferralIndex

from .reading import themes_of

RISK_TO_LIFE = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}


def _batch_rows(tmp_path: Path, texts: list[str]) -> list[dict[str, object]]:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["batch", str(cases), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_a_compact_row_gives_a_phrase_that_raised_two_themes_once(tmp_path: Path) -> None:
    """One phrase ("zie het niet meer zitten") raises two themes; compact reasons carry
    no theme, so the row showed two identical reasons."""
    (row,) = _batch_rows(tmp_path, ["ik zie het niet meer zitten"])
    assert len(row["themes"]) >= 2  # type: ignore[arg-type]
    reasons = row["reasons"]
    assert isinstance(reasons, list) and reasons
    as_text = [json.dumps(r, sort_keys=True) for r in reasons]
    assert len(as_text) == len(set(as_text)), reasons
    assert reasons[0]["match"]["words"] == "zie het niet meer zitten"


# --- free text: round 36's families, read from set113 after it was measured unseen ------
# The sentences are written for the tests, not copied from the set
# (tests/data/blind/set113.jsonl holds its lines).


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a passive wish not to exist
        ("soms wou ik dat ik gewoon niet bestond", "suicidal_thoughts"),
        ("ik wilde dat ik nooit geboren was", "suicidal_thoughts"),
        ("ik zou willen dat ik er niet meer was", "suicidal_thoughts"),
        # no point in anything, or in going on, with nothing named
        ("eerlijk gezegd zie ik nergens meer het nut van in", "suicidal_thoughts"),
        ("ik zie er het nut niet meer van in", "suicidal_thoughts"),
        ("wat is eigenlijk nog het nut", "suicidal_thoughts"),
        ("wat is het nut nog überhaupt", "suicidal_thoughts"),
        # "everything" made plain after stopping
        ("dan stop ik. met alles bedoel ik, niet alleen met de opleiding", "suicidal_thoughts"),
        ("ik hou ermee op, en dan bedoel ik met alles", "suicidal_thoughts"),
        # a train waited for, not to board it
        (
            "on the platform I sometimes think about just stepping in front of the train",
            "suicidal_thoughts",
        ),
        ("I keep thinking about lying on the tracks", "suicidal_thoughts"),
        # someone close who turns violent
        ("at home my stepdad gets aggressive and I'm scared to go back", "unsafe_situation"),
        ("mijn broer wordt soms handtastelijk als hij gedronken heeft", "unsafe_situation"),
        # not getting through the programme; quitting said bare; failing all of it
        ("ik kom dit studiejaar echt niet door heen", "dropout_risk"),
        ("ik kom niet meer door de propedeuse heen", "dropout_risk"),
        ("honestly I think I'm about to quit", "dropout_risk"),
        ("I'm flunking everything this term", "dropout_risk"),
        ("this programme isn't for me, I'm going to leave", "dropout_risk"),
        # dreading everything
        ("eerlijk gezegd zie ik gewoon overal tegenop", "low_mood"),
        ("ik zie tegen alles op", "low_mood"),
        # sex asked for in return for a grade; groped, said in the passive
        ("mijn begeleider vroeg om seksuele gunsten voor een voldoende", "sexual_violence"),
        ("she was groped at the faculty party by a PhD student", "sexual_violence"),
        # a plan with its means, as a counsellor notes it
        ("Concreet plan om pillen te nemen, crisisdienst ingeschakeld.", "suicidal_thoughts"),
        ("Student has a detailed plan involving her medication.", "suicidal_thoughts"),
        # consent not given, with what it was about near it
        ("it happened after the party, I never consented to any of it", "sexual_violence"),
        ("ik had geen toestemming gegeven maar hij ging gewoon door", "sexual_violence"),
        # purging after meals; low for weeks; put down by someone with a say
        ("ik geef vaak over na het eten en niemand weet het", "eating"),
        ("I've been feeling low since the summer", "low_mood"),
        ("ik word steeds gekleineerd door mijn stagebegeleider", "unwanted_behaviour"),
        # the point of the programme no longer seen: a study choice, not a risk to life
        ("ik zie het nut van mijn opleiding niet meer in", "study_choice"),
    ],
)
def test_round_36_families_are_read(text: str, theme: str) -> None:
    """Fourteen of the twenty-six before the two plans came out without the theme on the
    round's start (da93055): "het nut ... niet meer", "wat is ... het nut", "en dan bedoel
    ik met alles", the three dropout phrasings, the programme's point, dreading
    everything, consent not given (two) and purging; the other twelve were found there
    too (older families or the second net) and guard the new ones. The two plans with
    their means, sexual favours and the passive "groped" were added from set114's
    notes."""
    assert theme in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik zie het nut van deze opdracht niet",
        "ik zie het nut er niet van in om dit vak te volgen",
        "wat is het nut van deze les",
        "ik moet alles nog doen; met alles bedoel ik de scriptie en twee vakken",
        "thinking about waiting for the train instead of cycling",
        "I'll wait for the next train, the sprinter is cancelled",
        "the game gets violent in the last level",
        "the protest got violent",
        "ik kom niet door de file heen",
        "I'm gonna quit smoking after the exams",
        "ik zie het nut van mijn opleiding niet meer in",
        "I didn't consent to my data being shared",
        "ik heb geen toestemming gegeven voor die cijferwijziging",
        "behandelplan met medicatie besproken met de huisarts",
        "we made a concrete plan for the thesis",
        "we discussed the sexual favours trope in victorian novels",
    ],
)
def test_round_36_neighbours_raise_no_risk_to_life(text: str) -> None:
    """What the same words say harmlessly: no theme with a risk to life, no assault
    (guards)."""
    assert not themes_of(text) & (RISK_TO_LIFE | {"sexual_violence"}), themes_of(text)


def _interview_themes(tmp_path: Path, own_words: str) -> list[str]:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"own_words": own_words}), encoding="utf-8")
    result = CliRunner().invoke(app, ["interview", "--answers", str(answers), "--json"])
    assert result.exit_code == 0, result.output
    themes = json.loads(result.stdout)["themes"]
    assert isinstance(themes, list)
    return themes


@pytest.mark.parametrize(
    "note",
    [
        "Ze is doodmoe en slaapt slecht. Sommige nachten denkt ze dat iedereen beter af "
        "zou zijn zonder haar.",
        "Hij slaapt al weken slecht en zegt dat hij soms niet meer wakker wil worden.",
        "She hasn't slept properly in weeks and says she sometimes wishes she were dead.",
    ],
)
def test_a_counsellors_note_about_the_student_keeps_the_students_own_risk(
    tmp_path: Path, note: str
) -> None:
    """R1 (a role-play, round 36): the counsellor typed the own-words answer about the
    student in the third person; the interview read the death wish as concern for
    someone else only, and its guidance went after a third person. Failed on da93055."""
    themes = _interview_themes(tmp_path, note)
    assert "suicidal_thoughts" in themes, themes


@pytest.mark.parametrize(
    "words",
    [
        "he posted 'sorry for everything, love you all' and now he doesn't pick up",
        "ik slaap slecht en mijn vriend zegt dat hij dood wil",
        "My roommate can't sleep and she says she wants to die.",
    ],
)
def test_someone_else_in_the_own_words_stays_someone_else(tmp_path: Path, words: str) -> None:
    """Guards: a pronoun with no needs of its own (round 18), or someone named, is
    concern for someone else, not the student's own suicidal thoughts."""
    themes = _interview_themes(tmp_path, words)
    assert "concern_for_other" in themes and "suicidal_thoughts" not in themes, themes


def _closed_offering(i: int, opens: str, wait: str) -> str:
    return f"""
  - id: help-{i}
    provider: institution
    name: {{nl: Hulp {i}, en: Help {i}}}
    description: {{nl: Gesprek., en: A talk.}}
    tiers: [acute]
    themes: [grief, self_harm]
    languages: [nl, en]
    format: [in_person]
    contact: {{email: help{i}@example.org}}
    hours: {{mon-fri: "{opens}-17:00"}}
    waiting_time: {wait}
    how_to_access: {{nl: Mail ons., en: Mail us.}}
"""


def test_of_two_closed_offerings_opening_this_morning_the_shorter_wait_comes_first(
    tmp_path: Path,
) -> None:
    """R4 (a role-play, round 36): at 08:05 a dean with a week's wait (opens 09:00) came
    before a chaplain with three days' wait (opens 10:00), and the chaplain fell off a
    grieving student's list (three per theme). Opening an hour later is not slower when
    the wait is four days shorter. Failed on da93055."""
    import datetime as dt

    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.model import Urgency

    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "offerings.yaml").write_text(
        "schema_version: 1\nofferings:"
        + _closed_offering(1, "09:00", "1 week")
        + _closed_offering(2, "10:00", "3 days")
        + _closed_offering(3, "16:00", "0 days"),
        encoding="utf-8",
    )
    loaded = load_catalog([str(folder)])
    assert loaded.catalog is not None, [str(d) for d in loaded.diagnostics]
    monday = dt.datetime(2026, 11, 30, 8, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    ranked = ReferralIndex(loaded.catalog, monday).rank(Tier.ACUTE, ("grief",), "nl", Urgency.SOON)
    ids = [r.offering.id for r in ranked if r.offering.id.startswith("help-")]
    # within the morning's block the shorter wait first; 16:00 is a later block (round 14)
    assert ids == ["help-2", "help-1", "help-3"], ids


def test_the_chaplain_stays_on_a_grieving_students_list_early_in_the_morning(
    runner: CliRunner,
) -> None:
    """R4 on the built-in catalogue: at 08:05 the chaplain was missing even with
    --limit 100. Failed on da93055."""
    result = runner.invoke(
        app, ["lookup", "--theme", "grief", "--json", "--at", "2026-12-03T08:05"]
    )
    assert result.exit_code == 0, result.output
    ids = [r["id"] for r in json.loads(result.stdout)["referrals"]]
    assert "vh-studentenpastor" in ids, ids


@pytest.mark.parametrize(
    ("lang", "words"), [("nl", "Vraag er opnieuw naar"), ("en", "Ask about it again")]
)
def test_a_doubt_taken_back_says_what_to_do_within_the_why_lines(
    builtin: Catalog, index: ReferralIndex, lang: Lang, words: str
) -> None:
    """R2 (a role-play, round 36): at 80 columns the why line was cut after two lines,
    and with it the instruction at its end ("...; ask about it…"). What to do now
    comes first. Failed on da93055."""
    from steunwijzer.core.prompts import BACK
    from steunwijzer.render.screen import summary_lines

    from .terminal_helpers import scripted

    script: dict[str, list[object]] = {
        "safety_thoughts": ["weet niet" if lang == "nl" else "don't know", "nee"],
        "safety_method": [BACK],
    }
    _, result = scripted(builtin, index, script, lang)
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes
    lines = [text for text, _ in summary_lines(builtin, result, lang, 80)]
    assert any(words in line for line in lines[:4]), lines


@pytest.mark.parametrize(
    ("qid", "typed", "expected"),
    [
        ("mood_weight", "idk, like a 5 maybe", 5),
        ("mood_weight", "weet niet... een 7 ofzo", 7),
        ("sleep_duration", "geen idee, al een paar weken denk ik", "long"),
    ],
)
def test_an_answer_after_a_shrug_is_taken(
    builtin: Catalog, qid: str, typed: str, expected: object
) -> None:
    """R3 (a role-play, round 36): "idk, like a 5 maybe" at the scale was skipped and the
    5 lost. The words after the doubt are the answer when they are one, shown as read.
    Failed on da93055."""
    from steunwijzer.core.answers import parse_answer
    from steunwijzer.core.prompts import QuestionPrompt

    from .terminal_helpers import terminal

    question = builtin.question(qid)
    assert question is not None
    ask, screen = terminal(builtin, typed)
    given = ask.question(QuestionPrompt(question, 9, 20, None, True))
    assert given not in (None,) and not hasattr(given, "skipped"), given
    assert parse_answer(question, given) == expected
    shown = screen.getvalue()
    assert "overgeslagen" not in shown and ("gelezen als" in shown), shown


@pytest.mark.parametrize("typed", ["weet niet", "idk, hmm", "geen idee, echt niet"])
def test_a_shrug_with_no_answer_after_it_is_still_a_skip(builtin: Catalog, typed: str) -> None:
    """Guards: a doubt alone, or one that goes on without an answer, is skipped, said so."""
    from steunwijzer.core.prompts import SKIP, QuestionPrompt, Unfit

    from .terminal_helpers import terminal

    question = builtin.question("mood_weight")
    assert question is not None
    ask, screen = terminal(builtin, typed)
    given = ask.question(QuestionPrompt(question, 9, 20, None, True))
    assert given is SKIP or (isinstance(given, Unfit) and given.skipped), given
    assert "overgeslagen" in screen.getvalue()


@pytest.mark.parametrize(
    ("theme", "tip"), [("addiction", "use_without_judgement"), ("sleep", "sleep_rhythm")]
)
def test_drinking_and_sleep_have_a_tip_of_their_own(
    runner: CliRunner, theme: str, tip: str
) -> None:
    """R5 (a role-play, round 36): a student drinking to fall asleep after a loss got tips
    for grief and connection only. Failed on da93055."""
    result = runner.invoke(app, ["lookup", "--theme", theme, "--json"])
    assert result.exit_code == 0, result.output
    tips = {x["id"]: x for x in json.loads(result.stdout)["tips"]}
    assert tip in tips and tips[tip]["style"] == "informational", sorted(tips)


@pytest.mark.parametrize(("typed", "shown"), [("acht", "gelezen als: 8"), ("8", None)])
def test_a_number_typed_as_a_word_is_confirmed(
    builtin: Catalog, typed: str, shown: str | None
) -> None:
    """R8 (a role-play, round 36): "acht" at the scale was taken without the "gelezen
    als" every other answer in words gets. A plain 8 needs no confirmation (a guard).
    The word failed on da93055."""
    from steunwijzer.core.prompts import QuestionPrompt

    from .terminal_helpers import terminal

    question = builtin.question("mood_weight")
    assert question is not None
    ask, screen = terminal(builtin, typed)
    assert ask.question(QuestionPrompt(question, 9, 20, None, True)) == 8
    if shown is None:
        assert "gelezen als" not in screen.getvalue()
    else:
        assert shown in screen.getvalue()


def test_a_note_that_opens_with_ze_is_about_the_student(tmp_path: Path) -> None:
    """Q1, Q2 (a second role-play, round 36): the counsellor's note "Ze heeft ADHD ...
    haar moeder ... Ze zegt: soms denk ik ..." lost the student's own death wish to
    concern for someone else, and the BSA to "(over iemand anders)". Failed on
    9ee4d1a."""
    note = (
        "Ze heeft ADHD en zorgt voor haar broertje omdat haar moeder ernstig ziek is. Ze "
        "slaapt slecht en haalt haar BSA waarschijnlijk niet. Ze zegt: soms denk ik dat het "
        "voor iedereen makkelijker is als ik er niet meer ben."
    )
    themes = _interview_themes(tmp_path, note)
    assert {"suicidal_thoughts", "dropout_risk"} <= set(themes), themes


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriendin appte: ik wil dood",
        "Mijn huisgenote is er slecht aan toe. Ze zei: ik wil dood.",
        "mn huisgenoot zei 'ik ga me ophangen'",
    ],
)
def test_words_reported_from_someone_named_stay_theirs(text: str) -> None:
    """Guards (rounds 9 and 15): someone named said them; no thoughts of the student's."""
    found = themes_of(text)
    assert "concern_for_other" in found and "suicidal_thoughts" not in found, found


@pytest.mark.parametrize(
    "note",
    [
        "Suïcidaliteit uitgevraagd: geen.",
        "Zelfbeschadiging: ontkent.",
        "Suicidal ideation: denied.",
        "Screening negative for SI/NSSI. Wants a letter for the exam board.",
        "Gedachten aan de dood: nee. Vraag over het rooster.",
    ],
)
def test_a_screening_found_clear_in_a_note_is_no_risk(note: str) -> None:
    """Case notes (set114, round 36): a screening noted as done and clear came out acute.
    All five failed on 834da66."""
    assert not themes_of(note) & RISK_TO_LIFE, themes_of(note)


@pytest.mark.parametrize(
    "note",
    [
        "Suïcidaliteit: geen plan, wel gedachten.",
        "Suïcidaliteit uitgevraagd: passieve doodswens, geen plan.",
        "ik wil niet meer leven, nee.",
        "zelfmoordgedachten: ja, dagelijks",
        "tested negative for covid. i want to die though",
    ],
)
def test_a_screening_with_something_found_keeps_it(note: str) -> None:
    """Guards: the denial must end the sentence and follow a colon or a word of asking;
    the Dutch tag "nee" after a wish confirms it."""
    assert themes_of(note) & RISK_TO_LIFE, themes_of(note)


def test_an_offering_without_hours_says_so_instead_of_a_dash(runner: CliRunner) -> None:
    """Q12 (a second role-play, round 36): "Wanneer: —" for an offering whose catalogue
    entry gives no hours read as closed. Failed on 9d5a6fb."""
    result = runner.invoke(app, ["lookup", "--theme", "finances", "--plain"])
    assert result.exit_code == 0, result.output
    assert "Wanneer: —" not in result.stdout
    assert "Wanneer: tijden niet opgegeven" in result.stdout, result.stdout


@pytest.mark.parametrize("said", ["i guess", "I guess so.", "kinda"])
def test_a_reluctant_yes_is_a_yes(builtin: Catalog, said: str) -> None:
    """Q7 (a second role-play, round 36): "sort of" was read as yes, "i guess" refused.
    On a safety question it is a yes too, never a no. "kinda" guards (round 17). The
    first two failed on 9d5a6fb."""
    from steunwijzer.core.answers import parse_answer

    for qid in ("area_sleep", "safety_thoughts"):
        question = builtin.question(qid)
        assert question is not None
        assert parse_answer(question, said) is True, qid
