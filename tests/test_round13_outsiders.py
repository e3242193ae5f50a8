"""Round 13: the hole a hostile round of round 12 left open, and what the round's
outsiders found after it. Each test was run on the commit before its fix (a worktree)
and failed there unless its docstring says it guards."""

from __future__ import annotations

import pytest

from steunwijzer.core.interview import replay, run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import (
    BACK,
    MAYBE,
    SKIP,
    CrisisPrompt,
    InterviewOutcome,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    Unfit,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.present.explain import reason_sentence

from .terminal_helpers import asker, terminal


def _with_words_at(
    builtin: Catalog, index: ReferralIndex, at: str, words: str, then: str
) -> tuple[InterviewOutcome, list[Prompt]]:
    """Every safety question "nee", "ja" to the study area; at question ``at`` the
    student's ``words`` (no answer to it), then ``then`` when it is asked again."""
    seen: list[Prompt] = []
    typed: list[str] = []

    def reply(prompt: QuestionPrompt) -> object:
        qid = prompt.question.id
        if qid == at:
            if not typed:
                typed.append(words)
                return Unfit(words)
            return then
        return "ja" if qid == "area_study" else None

    ask = asker(reply, seen)
    return run_interview(builtin, ask, "nl", index), seen


def test_a_death_wish_typed_at_a_multiple_choice_question_is_read(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "eigenlijk wil ik er gewoon niet meer zijn" typed where numbers were asked ("wat
    speelt er vooral?") was refused as "does not fit" and never read: every safety
    answer "nee", the result was specific with no crisis line (a hostile round, round
    12). Before the fix the terminal kept asking and the words were gone; the engine
    had no way to receive them (``Unfit`` did not exist)."""
    words = "eigenlijk wil ik er gewoon niet meer zijn"
    outcome, seen = _with_words_at(builtin, index, "study_worries", words, "2")
    result = outcome.result
    assert result.tier is Tier.ACUTE and result.risk_to_life
    assert result.referrals[0].offering.crisis
    crisis = [p for p in seen if isinstance(p, CrisisPrompt)]
    assert crisis, "the crisis panel comes before the question is asked again"
    asked = [p for p in seen if isinstance(p, QuestionPrompt) and p.question.id == "study_worries"]
    assert [p.unfit for p in asked] == [False, True]
    assert "suicidal_thoughts" in asked[1].heard
    # The question itself still counts: "2" (planning) is kept.
    assert dict(result.answers)["study_worries"] == ("planning",)
    said = [r for r in result.reasons if r.rule == "said.study_worries.text"]
    assert said and said[0].themes == ("suicidal_thoughts",)
    sentence = reason_sentence(builtin, said[0], dict(result.answers), "nl")
    assert "er gewoon niet meer zijn" in sentence or "niet meer zijn" in sentence
    # The "nee" to the wish is asked again after such words (once).
    rechecks = [p for p in seen if isinstance(p, QuestionPrompt) and p.recheck]
    assert {p.question.id for p in rechecks} >= {"safety_wish_dead"}


def test_words_without_a_need_are_asked_again_and_change_nothing(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "geen idee eigenlijk, van alles wel" is no answer and no need: the question is
    asked again, briefly, and the result is the one without those words (guards)."""
    outcome, seen = _with_words_at(
        builtin, index, "study_worries", "geen idee eigenlijk, van alles wel", "1"
    )
    plain, _ = _with_words_at(builtin, index, "study_worries", "1", "1")
    asked = [p for p in seen if isinstance(p, QuestionPrompt) and p.question.id == "study_worries"]
    assert [(p.unfit, p.heard) for p in asked] == [(False, ()), (True, ())]
    assert not [p for p in seen if isinstance(p, CrisisPrompt)]
    assert outcome.result.tier is plain.result.tier is Tier.SPECIFIC
    assert outcome.result.themes == plain.result.themes
    assert not [r for r in outcome.result.reasons if r.rule.startswith("said.")]


def test_grief_typed_at_a_choice_question_makes_the_result_acute(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Acute needs other than a risk to life count too ("mijn moeder is vorige week
    overleden" where "how long?" was asked): acute, no crisis panel in between."""
    outcome, seen = _with_words_at(
        builtin, index, "study_worries", "mijn moeder is vorige week overleden", "4"
    )
    assert not [p for p in seen if isinstance(p, CrisisPrompt)]
    assert outcome.result.tier is Tier.ACUTE
    assert "grief" in outcome.result.themes


def test_words_said_stay_when_the_question_no_longer_applies(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A loss typed at a follow-up, then 'b' and "nee" to the question that opened it:
    the follow-up no longer applies, the words said there still count."""
    steps = iter(["mijn vader is vorige maand overleden", "b"])
    opened = iter(["ja", "nee"])

    def reply(prompt: QuestionPrompt) -> object:
        qid = prompt.question.id
        if qid == "study_worries":
            step = next(steps, None)
            return "1" if step is None else BACK if step == "b" else Unfit(step)
        return next(opened, "nee") if qid == "area_study" else None

    ask = asker(reply)

    result = run_interview(builtin, ask, "nl", index).result
    assert dict(result.answers)["area_study"] is False
    assert "study_worries" not in dict(result.answers)
    assert result.tier is Tier.ACUTE and "grief" in result.themes


# --- a hostile round (round 13), answers and words ------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "nee, niet meer sinds vorige week",
        "nee alleen in het weekend",
        "nee, behalve vorige week",
        "nee, één keer maar",
        "nee, al een paar dagen niet",
        "no not anymore",
        "no, just once",
        "no, only when things get bad",
    ],
)
def test_a_no_with_an_exception_is_never_a_plain_no(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """Each was a plain no: "alle met nee beantwoord, geen acuut signaal", no crisis
    line (batch, --answers and the live interview alike)."""
    result = replay(builtin, {"safety_wish_dead": "nee", "safety_thoughts": said}, "nl", index)
    assert result.tier is Tier.ACUTE and result.referrals[0].offering.crisis
    plain = replay(builtin, {"safety_wish_dead": "nee", "safety_thoughts": "nee"}, "nl", index)
    assert plain.tier is not Tier.ACUTE  # guards: a plain no stays a no


@pytest.mark.parametrize("said", ["vaak", "regelmatig", "dagelijks", "often", "1x per week"])
def test_how_often_to_the_self_harm_question_is_a_yes(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """ "vaak" to "do you ever hurt yourself?" was refused as an invalid answer, and the
    row had no tier and no crisis line."""
    given = {"safety_wish_dead": "nee", "safety_thoughts": "nee", "area_mood": "ja"}
    result = replay(builtin, {**given, "mood_self_harm": said}, "nl", index)
    assert result.tier is Tier.ACUTE and "self_harm" in result.themes
    never = replay(builtin, {**given, "mood_self_harm": "nooit"}, "nl", index)
    assert "self_harm" not in never.themes  # "nooit" is a no (it was refused too)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb nog nooit zo hard aan zelfmoord gedacht",
        "Zonder twijfel wil ik dood",
        "Never been more sure that I want to die",
        "Geen mens die het merkt als ik dood ben",
        "Ik voel me slecht.\x0bIk wil\x0bdood",  # Word's soft line break
        "ik wil\x0cdood",
        "I want to\x85kill myself",
    ],
)
def test_never_so_much_and_soft_line_breaks_hide_nothing(builtin: Catalog, text: str) -> None:
    """Each was "niets herkend": an intensifier read as a negation, a vertical tab
    gluing two words into one."""
    assert "suicidal_thoughts" in Vocabulary(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text", ["I have never wanted to die", "ik heb nooit aan zelfmoord gedacht"]
)
def test_a_plain_never_still_denies(builtin: Catalog, text: str) -> None:
    """Guards: "never" alone stays a negation."""
    found = Vocabulary(builtin.themes).read(text)
    assert not found.themes and found.mentions


def test_nobody_died_is_no_grief(builtin: Catalog) -> None:
    """ "nee, eigenlijk niet, er is niemand overleden" typed in the review made the
    result acute grief, with a grief tip, and it could not be declined (a role-play)."""
    read = Vocabulary(builtin.themes).read
    assert (
        "grief" not in read("nee, eigenlijk niet, er is niemand overleden. het was de breuk").themes
    )
    assert "grief" not in read("no, nobody has died, it's the breakup").themes
    assert "grief" in read("mijn oma is overleden en niemand begrijpt het").themes  # guards


def test_a_sentence_answer_says_how_it_was_read(builtin: Catalog) -> None:
    """ "nee, nou ja, ik drink wel iets meer sinds de breuk" was taken as "ja" with
    nothing on screen; only the review showed it (a role-play, round 13)."""

    question = builtin.question("area_substances")
    assert question is not None
    ask, screen = terminal(builtin, "nee, nou ja, ik drink wel iets meer sinds de breuk")
    ask.question(QuestionPrompt(question, 11, 20, None, True))
    assert "gelezen als: ja" in screen.getvalue()


def test_a_later_no_to_the_self_harm_question_is_asked_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "yes, heel erg. honestly last week I cut my arm" at "do you often feel low?",
    then "no" three questions later at "do you ever hurt yourself?": taken silently
    (a role-play, round 13). Only a "no" given before the words was asked again."""
    seen: list[QuestionPrompt] = []
    answers = iter(["nee", "ja"])

    def reply(prompt: QuestionPrompt) -> object:
        seen.append(prompt)
        if prompt.question.id == "area_mood":
            return "yes, heel erg. honestly last week I cut my arm after the herkansing"
        return next(answers) if prompt.question.id == "mood_self_harm" else None

    ask = asker(reply)

    result = run_interview(builtin, ask, "en", index).result
    asked = [p for p in seen if p.question.id == "mood_self_harm"]
    assert [p.recheck for p in asked] == [False, True]
    assert asked[1].previous is False  # Enter keeps the "no"
    assert dict(result.answers)["mood_self_harm"] is True
    assert result.tier is Tier.ACUTE and "self_harm" in result.themes


def test_a_later_no_without_such_words_is_taken(builtin: Catalog, index: ReferralIndex) -> None:
    """Guards: without own words of self-harm, a "no" is asked once."""
    seen: list[str] = []

    def reply(prompt: QuestionPrompt) -> object:
        seen.append(prompt.question.id)
        return "ja, ik voel me vaak somber" if prompt.question.id == "area_mood" else None

    ask = asker(reply)
    run_interview(builtin, ask, "nl", index)
    assert seen.count("mood_self_harm") == 1


def test_a_misspelt_self_harm_key_keeps_its_acute_part(tmp_path: object) -> None:
    """ "mood_selfharm": "ja" (without "area_mood") in a batch row was refused with no
    tier and no crisis line (a hostile round, round 13); replay already counted it."""
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    rows = Path(str(tmp_path)) / "rows.jsonl"
    rows.write_text('{"id": "x", "answers": {"mood_selfharm": "ja"}}\n', encoding="utf-8")
    done = CliRunner().invoke(app, ["batch", str(rows), "--format", "csv"])
    assert done.exit_code == 1
    line = done.stdout.splitlines()[1]
    assert line.startswith("x,acute,") and "self_harm" in line and "113" in line


def test_a_key_that_asks_is_read_unless_the_answer_is_no(tmp_path: object) -> None:
    """{"Denk je aan zelfmoord?": "elke dag"} was nothing recognised, exit 0: only a
    "ja" let the key's own words be read (a hostile round, round 13)."""
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    rows = Path(str(tmp_path)) / "survey.jsonl"
    rows.write_text(
        '{"id": "a", "Denk je aan zelfmoord?": "elke dag"}\n'
        '{"id": "b", "Ik heb een touw gekocht": "weet niet"}\n'
        '{"id": "c", "Denk je aan zelfmoord?": "nee"}\n',
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["batch", str(rows), "--format", "csv"])
    lines = {line.split(",")[0]: line for line in done.stdout.splitlines()[1:]}
    assert lines["a"].startswith("a,acute,") and lines["b"].startswith("b,acute,")
    assert not lines["c"].startswith("c,acute,")  # guards: a plain no stays a no


def test_folders_written_are_the_owners_only(tmp_path: object) -> None:
    """`catalog init` and the HSDS export made their folders 0755 around 0600 files
    (a hostile round, round 13): the names of what was written showed to everyone."""
    import stat
    from pathlib import Path

    from steunwijzer.io.files import write_folder

    target = Path(str(tmp_path)) / "new" / "deeper"
    write_folder(target, {"a.txt": "x", "sub/b.txt": "y"})
    for folder in (target.parent, target, target / "sub"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE((target / "sub" / "b.txt").stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("args", "content", "name"),
    [
        (["interview", "--answers"], "safety_thoughts: ja\n", "answers.yaml"),
        (["batch"], '{"id": "r", "text": "ik heb een touw gekocht"}\n', "rows.jsonl"),
    ],
)
def test_a_refused_line_still_reads_the_files_it_names(
    tmp_path: object, capsys: pytest.CaptureFixture[str], args: list[str], content: str, name: str
) -> None:
    """`interview --answers FILE --limit 0` and `batch FILE --limit 0` showed only the
    usage message, exit 2: the file's "ja" and its rope were never read (a hostile
    round, round 13; only the words on the command line were)."""
    from pathlib import Path

    from steunwijzer.cli.app import run

    path = Path(str(tmp_path)) / name
    path.write_text(content, encoding="utf-8")
    assert run([*args, str(path), "--limit", "0"]) == 2
    captured = capsys.readouterr()
    assert "--limit" in captured.err and "113" in captured.out


def test_a_catalogue_named_on_a_refused_line_is_not_read_as_words(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """Guards: a catalogue file names every risk theme; it is no student's words."""
    from pathlib import Path

    from steunwijzer.cli.app import run

    layer = Path(str(tmp_path)) / "layer.yaml"
    layer.write_text("themes:\n  - id: x\n    synonyms: [zelfmoord, wil dood]\n", encoding="utf-8")
    assert run(["lookup", "--theme", "sleep", "-c", str(layer), "--limit", "0"]) == 2
    assert "113" not in capsys.readouterr().out


def test_a_layer_that_rewords_the_screen_or_renames_113_is_warned_about(tmp_path: object) -> None:
    """A layer reworded the first safety question so that "nee" meant at risk, renamed
    113 "Studentenkroeg De Gezelligheid" and labelled suicidal_thoughts "Geen zorgen":
    0 errors, 0 warnings (a hostile round, round 13). Each is allowed, each is said."""
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    layer = Path(str(tmp_path)) / "layer.yaml"
    layer.write_text(
        "schema_version: 1\n"
        "themes:\n"
        "  - id: suicidal_thoughts\n"
        "    tier: acute\n"
        "    label: {nl: Geen zorgen, en: No worries}\n"
        "offerings:\n"
        "  - id: 113-zelfmoordpreventie\n"
        "    name: {nl: Studentenkroeg De Gezelligheid, en: Student pub}\n"
        "questions:\n"
        "  - id: safety_wish_dead\n"
        '    text: {nl: "Voel je je goed genoeg om te leven?", en: "Do you feel well enough?"}\n',
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["catalog", "validate", "builtin", str(layer), "-l", "en"])
    out = done.output
    assert f"{layer}:5:" in out and "labelled 'Geen zorgen'" in out
    assert f"{layer}:7:" in out and "named without 113" in out
    assert f"{layer}:11:" in out and "'safety_wish_dead' is worded differently" in out
    # and a name that keeps the number but denies it, a label that keeps the stem but
    # denies it (a second hostile round, round 13)
    layer.write_text(
        "schema_version: 1\nthemes:\n  - id: suicidal_thoughts\n    tier: acute\n"
        "    label: {nl: Geen zelfmoordgedachten, en: Suicidal thoughts (not urgent)}\n"
        "offerings:\n  - id: 113-zelfmoordpreventie\n    name: {nl: Bel niet 113, en: Line 2113}\n",
        encoding="utf-8",
    )
    out = CliRunner().invoke(app, ["catalog", "validate", "builtin", str(layer), "-l", "en"]).output
    assert "labelled 'Geen zelfmoordgedachten'" in out and "(not urgent)" in out
    assert "or denies it ('Bel niet 113')" in out
    plain = CliRunner().invoke(app, ["catalog", "validate", "builtin", "-l", "en"])
    assert "0 warning(s)" in plain.output  # guards: the built-in catalogue says nothing


# --- a second role-play (round 13) -----------------------------------------------------
def test_a_guess_of_the_second_net_is_never_direct_danger(builtin: Catalog) -> None:
    """ "ga ik soms dood van al die open dagen haha" weighed "soms dood" with "ga"
    beside it: "Direct gevaar: bel nu 112", urgency immediate after three fresh no's."""
    found = Vocabulary(builtin.themes).read("al ga ik soms dood van al die open dagen haha")
    assert not any(f.immediate for f in found.findings)


def test_words_that_fit_no_answer_are_read_by_the_rules_alone(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "last night not, vanwege mijn vriendin, otherwise fine" (no answer to "do you
    sleep badly?"): the net weighed "last" as suicidal thoughts, the safety questions
    were asked again (a role-play, round 13)."""
    said = "last night not, vanwege mijn vriendin, otherwise fine"
    outcome, seen = _with_words_at(builtin, index, "study_worries", said, "1")
    assert not [p for p in seen if isinstance(p, CrisisPrompt)]
    assert outcome.result.tier is not Tier.ACUTE


@pytest.mark.parametrize(
    ("qid", "said"), [("area_mood", "nee, al ga ik soms dood van al die open dagen haha")]
)
def test_words_beside_an_answer_are_read_by_the_rules_alone(
    builtin: Catalog, index: ReferralIndex, qid: str, said: str
) -> None:
    """Both brought the crisis panel and the safety questions again: the second net
    weighed a fragment ("soms dood", "last") as suicidal thoughts (a role-play)."""
    result = replay(
        builtin, {"safety_wish_dead": "nee", "safety_thoughts": "nee", qid: said}, "nl", index
    )
    assert result.tier is not Tier.ACUTE, result.reasons
    wish = replay(
        builtin, {"safety_wish_dead": "nee", qid: "nee, maar ik wil soms dood"}, "nl", index
    )
    assert wish.tier is Tier.ACUTE  # guards: the rules still read what is said


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        ("mood_weight", "een zes denk ik", 6),
        ("mood_weight", "around a seven", 7),
        ("mood_weight", "6 denk ik", 6),
        ("study_worries", "de tweede denk ik", ("planning",)),
        ("study_worries", "nummer 2", ("planning",)),
        ("sleep_duration", "korter dan twee weken", "short"),  # guards: the label, not "2"
        ("area_sleep", "not really, no", False),
        ("area_sleep", "niet echt nee", False),
    ],
)
def test_numbers_and_no_as_people_say_them(
    builtin: Catalog, qid: str, said: str, expected: object
) -> None:
    """Each was refused as "does not fit" in a role-play (round 13)."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question(qid)
    assert question is not None
    assert parse_answer(question, said) == expected


@pytest.mark.parametrize("said", ["een zeven of zo, soms een acht", "korter dan 2 weken"])
def test_two_numbers_or_a_number_in_a_phrase_are_not_guessed(builtin: Catalog, said: str) -> None:
    """Guards: two numbers are no answer; "korter dan 2 weken" is not choice 2."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    for qid in ("mood_weight", "sleep_duration"):
        question = builtin.question(qid)
        assert question is not None
        try:
            value = parse_answer(question, said)
        except AnswerError:
            continue
        assert value != "long" and value not in (7, 8)


def test_the_options_are_shown_in_the_students_language_too(builtin: Catalog) -> None:
    """With --student-lang en the question had an "EN:" line but its options stayed
    Dutch only: the student could not read the choices (a role-play, round 13)."""

    question = builtin.question("study_worries")
    assert question is not None
    ask, screen = terminal(builtin, "2", student="en")
    assert ask.question(QuestionPrompt(question, 8, 20, None, True)) == ("planning",)
    shown = screen.getvalue()
    assert "Plannen, uitstellen, concentratie / Planning, procrastinating, concentration" in shown


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "ik kan niet leren omdat het thuis niet veilig voelt, mijn vriend wordt snel boos",
            False,
        ),
        ("ik voel me niet veilig, mijn huisgenote wordt steeds bozer en slaat", False),
        ("ik maak me zorgen, mijn vriendin is thuis niet veilig", True),  # guards
    ],
)
def test_the_one_who_gets_angry_is_the_danger_not_the_one_at_risk(
    builtin: Catalog, text: str, other: bool
) -> None:
    """ "het thuis niet veilig voelt, mijn vriend wordt snel boos" was also concern for
    the boyfriend, an acute theme the counsellor could not decline (a role-play)."""
    found = Vocabulary(builtin.themes).read(text)
    assert "unsafe_situation" in found.themes
    assert ("concern_for_other" in found.themes) is other


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("out.md: is a directory; give a file name", "out.md: is een map; geef een bestandsnaam"),
        (
            "x/y.jsonl: cannot write here: the folder x does not exist",
            "x/y.jsonl: kan hier niet schrijven: de map x bestaat niet",
        ),
        ("exp: exists and is not a folder", "exp: bestaat al en is geen map"),
        ("file is too large for catalogues (more than 16 MiB)", "te groot voor catalogi"),
        (
            "anchors and aliases (&name, *name) are not supported in answers files; "
            "write the value out in full",
            "worden in antwoordbestanden niet ondersteund; schrijf de waarde voluit",
        ),
        (
            "YAML: unsupported YAML tag !!python/name: answers files hold plain data only",
            "YAML-tag",
        ),
    ],
)
def test_file_messages_are_dutch_under_dutch(english: str, dutch: str) -> None:
    """Each reached a Dutch screen in English (a hostile round, round 13)."""
    from steunwijzer.present.messages import localise

    assert dutch in localise(english, "nl")
    assert localise(english, "en") == english


@pytest.mark.parametrize("fmt", ["--plain", "--json"])
def test_a_full_disk_does_not_hide_the_crisis_lines(fmt: str) -> None:
    """`lookup --text "ik wil dood" >/dev/full` said only "no space left on device":
    the acute result was lost with the write (a hostile round, round 13). The crisis
    lines now follow the error on stderr."""
    import subprocess
    import sys

    with open("/dev/full", "w", encoding="utf-8") as full:  # noqa: PTH123 - a device
        done = subprocess.run(
            [sys.executable, "-m", "steunwijzer", "lookup", "--text", "ik wil dood", fmt],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 1
    assert "113" in done.stderr and "112" in done.stderr


# --- a third role-play (round 13) ------------------------------------------------------
@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        ("area_study", "No, my studies are fine actually, het gaat prima.", False),
        ("area_study", "nee, eigenlijk gaat het prima", False),
        ("area_study", "nee... eigenlijk wel", True),  # guards: a no taken back
        ("area_study", "denk het wel", True),
        ("safety_wish_dead", "hmm", "unknown"),
        ("safety_wish_dead", "mwah", "unknown"),
        ("safety_wish_dead", "nee denk het niet", "unknown"),
    ],
)
def test_actually_takes_nothing_back_and_hesitation_is_doubt(
    builtin: Catalog, qid: str, said: str, expected: object
) -> None:
    """ "No, my studies are fine actually" was read as yes; "hmm" and "mwah" to a safety
    question were refused; "nee denk het niet" was a plain no on the safety screen."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question(qid)
    assert question is not None
    assert parse_answer(question, said) == expected


def test_dont_know_where_none_exists_is_a_skip_said_so(builtin: Catalog) -> None:
    """ "weet niet" at "Slaap je slecht?" was refused as "does not fit"."""

    question = builtin.question("area_sleep")
    assert question is not None
    ask, screen = terminal(builtin, "weet niet")
    # Since round 38 left open, not skipped: how long it has been going on is asked next
    assert ask.question(QuestionPrompt(question, 9, 20, None, True)) is MAYBE
    assert "gelezen als: misschien" in screen.getvalue()


def test_a_refused_catalogue_command_is_no_students_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`catalog list --theme rouwverwerking --tier acuut` was refused and then showed an
    acute result for grief: a theme filter is no student's words (a role-play)."""
    from steunwijzer.cli.app import run

    assert run(["catalog", "list", "--theme", "rouwverwerking", "--tier", "acuut"]) == 2
    assert "113" not in capsys.readouterr().out


def test_dont_know_on_the_screen_says_how_it_was_read(builtin: Catalog) -> None:
    """ "geen idee" to a safety question went to the crisis panel with no line saying it
    was read as "weet niet" (a role-play, round 13)."""

    from steunwijzer.core.answers import UNKNOWN

    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, screen = terminal(builtin, "geen idee")
    assert ask.question(QuestionPrompt(question, 1, 20, None, False)) == UNKNOWN
    assert "gelezen als: weet niet" in screen.getvalue()


# --- a second hostile round (round 13) -------------------------------------------------
def test_a_number_with_a_risk_sentence_keeps_both(builtin: Catalog, index: ReferralIndex) -> None:
    """ "8, ik wil dood" at the 0-10 question was read as 8 and the rest dropped: no
    crisis panel, "alle met nee beantwoord" (the terminal returned the number alone)."""

    question = builtin.question("mood_weight")
    assert question is not None
    ask, _ = terminal(builtin, "8, ik wil dood")
    typed = ask.question(QuestionPrompt(question, 14, 20, None, True))
    assert typed == "8, ik wil dood"  # the words go to the engine with the number
    seen: list[Prompt] = []
    given = {"area_mood": "ja", "mood_weight": typed}
    result = run_interview(builtin, asker(lambda p: given.get(p.question.id), seen), "nl", index)
    assert dict(result.result.answers)["mood_weight"] == 8
    assert result.result.tier is Tier.ACUTE and [p for p in seen if isinstance(p, CrisisPrompt)]


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("study_worries", "niet de tweede"),
        ("study_worries", "de tweede niet"),
        ("sleep_duration", "de derde nee"),
        ("mood_weight", "niet een acht"),
    ],
)
def test_a_negated_choice_is_no_choice(builtin: Catalog, qid: str, said: str) -> None:
    """ "niet de tweede" at "Wat is er aan de hand?" was "Ik ben nu niet veilig": 112."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    question = builtin.question(qid)
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, said)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("niet dat ik weet", False),
        ("gelukkig nooit", False),
        ("absoluut niet", False),
        ("definitely not", False),
        ("no, just scratching", "unknown"),
        ("nee, enkel krassen", "unknown"),
        ("nee hooguit krassen", "unknown"),
    ],
)
def test_a_firm_no_is_no_and_an_act_beside_a_no_is_doubt(
    builtin: Catalog, said: str, expected: object
) -> None:
    """ "niet dat ik weet" was doubt (the crisis panel), "gelukkig nooit" refused and then
    shown as acute; "no, just scratching" to the self-harm question was a plain no."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("mood_self_harm")
    assert question is not None
    assert parse_answer(question, said) == expected


def test_a_catalogue_given_as_answers_is_refused_unread(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`interview --answers catalog/themes.yaml` said "Direct gevaar", built from the
    theme words ("overdose") read as a student's."""
    from steunwijzer.catalog.resources import builtin_catalog_dir
    from steunwijzer.cli.app import run

    themes = builtin_catalog_dir() / "themes.yaml"
    assert run(["interview", "--answers", str(themes), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "catalogue file, not an answers file" in captured.err
    assert "113" not in captured.out


def test_a_device_as_batch_input_is_refused_not_read_forever(tmp_path: object) -> None:
    """`batch /dev/zero` ran for more than a minute without a line."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "batch", "/dev/zero", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "is a device" in done.stderr


def test_a_refused_batch_from_stdin_shows_its_acute_part() -> None:
    """`printf '{"text":"ik wil dood"}' | steunwijzer batch - --limit 0`: usage only."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "batch", "-", "--limit", "0"],
        input='{"text": "ik wil dood"}\n',
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "113" in done.stdout


def test_words_typed_at_the_crisis_panel_or_the_review_are_read(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "ik heb pillen gespaard en doe het vanavond" typed at "afronden (a) of doorgaan
    (d)?" was refused unread and urgency stayed "soon"; at the review the same (a
    second hostile round, round 13)."""
    from steunwijzer.core.model import Urgency

    panels: list[CrisisPrompt] = []
    plan = "ik heb pillen gespaard en doe het vanavond"

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, CrisisPrompt):
            panels.append(prompt)
            return Unfit(plan) if len(panels) == 1 else "continue"
        if isinstance(prompt, QuestionPrompt):
            return (
                "ja"
                if prompt.question.id == "safety_wish_dead"
                else ("nee" if prompt.question.type == "yes_no" else SKIP)
            )
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    result = run_interview(builtin, ask, "nl", index).result
    assert [p.urgency for p in panels] == [Urgency.SOON, Urgency.IMMEDIATE]
    assert result.urgency is Urgency.IMMEDIATE
    assert any(r.rule == "said.crisis_panel.text" for r in result.reasons)

    reviews = iter([Unfit("eigenlijk wil ik gewoon niet meer leven"), "ok"])
    seen: list[Prompt] = []

    def at_review(prompt: Prompt) -> object:
        return next(reviews) if isinstance(prompt, ReviewPrompt) else None

    ask2 = asker(lambda p: None, seen)
    both = run_interview(builtin, lambda p: at_review(p) or ask2(p), "nl", index).result
    assert both.tier is Tier.ACUTE and both.referrals[0].offering.crisis
    assert any(r.rule == "said.review.text" for r in both.reasons)


def test_the_terminal_hands_words_at_the_panel_and_the_review_on(builtin: Catalog) -> None:
    """The terminal side: a sentence is handed on (it was refused with the key hint);
    a key or a number works as before."""

    from steunwijzer.core.model import Urgency

    ask, _ = terminal(builtin, "ik heb een touw gekocht", "d")
    panel = CrisisPrompt(Urgency.SOON, ())
    assert ask.crisis(panel) == Unfit("ik heb een touw gekocht")
    assert ask.crisis(panel) == "continue"
    question = builtin.question("area_sleep")
    assert question is not None
    review = ReviewPrompt(((question, False),))
    ask, _ = terminal(builtin, "ik wil er niet meer zijn", "1")
    assert ask.review(review) == Unfit("ik wil er niet meer zijn")
    assert ask.review(review) == "area_sleep"


def test_a_line_the_terminal_may_have_cut_asks_for_the_rest(builtin: Catalog) -> None:
    """A 4.8 KB text pasted at the own-words question kept its first 4,094 characters:
    "Eerlijk gezegd wil ik er niet meer zijn." at its end was lost, without a word (a
    second hostile round, round 13; the terminal's line mode cuts, not steunwijzer)."""

    from steunwijzer.render.paste import TTY_LINE

    question = next(q for q in builtin.questions if q.type == "text")
    cut = ("Ik heb het druk met mijn studie en mijn bijbaan. " * 200)[: TTY_LINE - 1]
    ask, screen = terminal(builtin, cut, "Eerlijk gezegd wil ik er niet meer zijn.", "")
    text = ask.question(QuestionPrompt(question, 20, 20, None, True))
    assert isinstance(text, str) and text.endswith("wil ik er niet meer zijn.")
    assert "misschien afgekapt" in screen.getvalue()
    ask, _ = terminal(builtin, "Ik slaap slecht.")
    assert ask.question(QuestionPrompt(question, 20, 20, None, True)) == "Ik slaap slecht."


def test_answers_written_as_yaml_text_keep_their_acute_part(tmp_path: object) -> None:
    """{"answers": "safety_thoughts: ja"} became an error record with no tier and no
    crisis line (a second hostile round, round 13); "nee" there stays no signal."""
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    rows = Path(str(tmp_path)) / "rows.jsonl"
    rows.write_text(
        '{"id": "a", "answers": "safety_thoughts: ja"}\n'
        '{"id": "c", "answers": "safety_thoughts: nee"}\n',
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["batch", str(rows), "--format", "csv"])
    lines = {line.split(",")[0]: line for line in done.stdout.splitlines()[1:]}
    assert lines["a"].startswith("a,acute,") and "113" in lines["a"]
    assert lines["c"].startswith("c,,")  # guards: refused, nothing acute in it


def test_words_typed_at_the_theme_confirmation_are_read(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "Welke kloppen?" after the own words refused a sentence with the numbers hint:
    "en ik heb al een touw gekocht" was lost (a second hostile round, round 13)."""
    from steunwijzer.core.prompts import ThemePrompt

    asked: list[ThemePrompt] = []
    text = next(q for q in builtin.questions if q.type == "text")

    def reply(prompt: QuestionPrompt) -> object:
        return "ik slaap slecht en ben gestrest" if prompt.question is text else None

    ask = asker(reply)

    def themes_too(prompt: Prompt) -> object:
        if isinstance(prompt, ThemePrompt):
            asked.append(prompt)
            return Unfit("en ik heb al een touw gekocht") if len(asked) == 1 else ()
        return ask(prompt)

    result = run_interview(builtin, themes_too, "nl", index).result
    assert len(asked) == 2  # asked again after the words
    assert result.tier is Tier.ACUTE and result.referrals[0].offering.crisis


def test_words_at_the_panel_without_more_risk_show_the_panel_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Words at "afronden of doorgaan?" that raise nothing went on with the intake as
    if "doorgaan" was typed; the choice is asked again, with the panel (round 13)."""
    panels: list[CrisisPrompt] = []

    def reply(prompt: QuestionPrompt) -> object:
        return "ja" if prompt.question.id == "safety_wish_dead" else None

    ask = asker(reply)

    def at_panel(prompt: Prompt) -> object:
        if isinstance(prompt, CrisisPrompt):
            panels.append(prompt)
            return Unfit("ik weet het eigenlijk niet zo goed") if len(panels) == 1 else "finish"
        return ask(prompt)

    outcome = run_interview(builtin, at_panel, "nl", index)
    assert len(panels) == 2 and panels[0].urgency == panels[1].urgency
    assert outcome.finished_early


def test_an_unreadable_file_on_a_refused_line_is_no_internal_error(
    tmp_path: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files a refused line names are read for its acute part; one that cannot be
    read (refused as user input) leaves the line's own words, never "internal error"."""
    from pathlib import Path

    import steunwijzer.cli.interview as interview_cli
    from steunwijzer.cli.app import run
    from steunwijzer.errors import UserInputError

    def unreadable(path: Path) -> dict[str, object]:
        raise UserInputError(f"{path}: cannot read answers: permission denied")

    monkeypatch.setattr(interview_cli, "read_answers", unreadable)
    path = Path(str(tmp_path)) / "a.yaml"
    path.write_text("safety_thoughts: ja\n", encoding="utf-8")
    assert run(["interview", "--answers", str(path), "--limit", "0"]) == 2
    captured = capsys.readouterr()
    assert "--limit" in captured.err  # the usage message stands
    assert "internal error" not in captured.err and "interne fout" not in captured.err


def test_a_refused_line_reads_a_large_input_row_by_row(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """Read at once, a 20 GB batch input on a refused line would not fit in memory; cut
    at 16 MiB, a 17 MB file's last row was missed. Since round 21 the rows are read one
    by one as `batch` reads them (a stream), so the last row is read and named."""
    from pathlib import Path

    from steunwijzer.cli.app import run

    rows = Path(str(tmp_path)) / "rows.jsonl"
    ordinary = "".join(f'{{"id": "{i}", "text": "ik slaap slecht"}}\n' for i in range(2000))
    rows.write_text(ordinary + '{"id": "last", "text": "ik heb een touw gekocht"}\n', "utf-8")
    assert run(["batch", str(rows), "--limit", "0"]) == 2
    captured = capsys.readouterr()
    assert "113" in captured.out
    assert "last (regel 2001)" in captured.err, captured.err
