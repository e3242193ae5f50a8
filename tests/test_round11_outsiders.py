"""Round 11: what two outsiders found, one role-playing intakes in a real terminal, one
attacking the commands with hostile input. Each test was written from the reported case
and failed on the commit before the fix (2193082) unless its docstring says it guards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke

AT = ("--at", "2026-11-30T14:00")
SAFETY_NO = "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\n"


def _layer(tmp_path: Path, name: str, body: str) -> Path:
    """A catalogue layer of one section, written to ``tmp_path``."""
    path = tmp_path / name
    path.write_text("schema_version: 1\n" + body, encoding="utf-8")
    return path


# --- a layer that rewrites a rule --------------------------------------------------------
@pytest.mark.parametrize(
    ("rule", "why"),
    [
        ('{id: self_harm, when: "mood_self_harm == no", themes: [self_harm]}', "voorwaarde"),
        ('{id: self_harm, when: "mood_self_harm == yes", themes: [sleep]}', "weglaten"),
        ('{id: unsafe_now, when: "behaviour_kind == unsafe_now", themes: [unsafe_situation],'
         " urgency: routine}", "urgentie"),
        ('{id: loss, when: "area_loss == yes", themes: [social_connection]}', "weglaten"),
    ],
)  # fmt: skip
def test_a_layer_cannot_rewrite_a_rule_that_raises_an_acute_theme(
    runner: CliRunner, tmp_path: Path, rule: str, why: str
) -> None:
    """`- {id: self_harm, when: "mood_self_harm == no", themes: [sleep]}` validated with 0
    warnings and turned a yes to self-harm into sleep problems, no crisis line
    (catalog/merge_interview._weakened)."""
    layer = _layer(tmp_path, "rules.yaml", f"rules:\n  - {rule}\n")
    done = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert done.exit_code == 1 and f"{layer}:3:" in done.output and why in done.output


def test_a_layer_may_add_to_a_safety_rule(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: more themes and a higher urgency on the same condition are allowed."""
    layer = _layer(
        tmp_path,
        "rules.yaml",
        'rules:\n  - {id: self_harm, when: "mood_self_harm == yes",'
        " themes: [self_harm, low_mood], urgency: immediate}\n",
    )
    assert invoke(runner, "catalog", "validate", "builtin", str(layer)).exit_code == 0


def test_a_rewritten_rule_leaves_the_yes_acute(runner: CliRunner, tmp_path: Path) -> None:
    """The interview with such a layer ran as if nothing was wrong: "geen acuut signaal"."""
    layer = _layer(
        tmp_path,
        "rules.yaml",
        'rules:\n  - {id: self_harm, when: "mood_self_harm == no", themes: [sleep]}\n',
    )
    answers = tmp_path / "a.yaml"
    answers.write_text(SAFETY_NO + "area_mood: ja\nmood_self_harm: ja\n", encoding="utf-8")
    args = ("-c", "builtin", "-c", str(layer), "--answers", str(answers), "--json", *AT)
    done = invoke(runner, "interview", *args)
    data = json.loads(done.stdout)
    assert done.exit_code == 1 and data["tier"] == "acute" and "self_harm" in data["themes"]


# --- a yes to a question the catalogue does not have ---------------------------------------
@pytest.mark.parametrize("reply", ["ja", "weet niet", "yes"])
def test_a_yes_to_a_missing_question_is_not_lost(
    runner: CliRunner, tmp_path: Path, reply: str
) -> None:
    """In safety mode (a broken catalogue) or an institution's own catalogue without the
    self-harm question, {"mood_self_harm": "ja"} was only "unknown question id", no crisis
    line (core/salvage.acute_part reads the question's own name)."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "s1", "answers": {"mood_self_harm": reply}}) + "\n")
    done = invoke(runner, "batch", str(rows), "-c", str(broken), *AT)
    row = json.loads(done.stdout.splitlines()[0])
    assert row["tier"] == "acute" and row["referrals"][0]["crisis"] is True


def test_a_no_to_a_missing_question_stays_an_error(runner: CliRunner, tmp_path: Path) -> None:
    """Guards: the question's name is read only after a yes or a don't-know."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "s1", "answers": {"mood_self_harm": "nee"}}) + "\n")
    done = invoke(runner, "batch", str(rows), "-c", str(broken))
    row = json.loads(done.stdout.splitlines()[0])
    assert row.get("tier") is None and "mood_self_harm" in row["error"]


def test_the_built_in_lines_replace_the_catalogues_unreachable_ones(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`catalog init --empty` writes 113 and 112 without hours: a self-harm result listed
    113 and 112 twice each, the built-in ones and the catalogue's (core/floor.with_floor)."""
    folder = tmp_path / "own"
    assert invoke(runner, "catalog", "init", str(folder), "--empty").exit_code == 0
    args = ("--text", "ik snijd mezelf", "-c", str(folder), "--json", *AT)
    data = json.loads(invoke(runner, "lookup", *args).stdout)
    phones = [r["contact"]["phone"][0] for r in data["referrals"] if r["contact"].get("phone")]
    assert phones.count("113") == 1 and phones.count("112") <= 1


# --- answers read as they were meant -------------------------------------------------------
def test_a_no_with_a_sometimes_about_something_else_is_doubt(builtin: Catalog) -> None:
    """ "no not really, alleen soms moe" to the wish to be dead was saved as a yes, and the
    screen said "You answered yes" (a role-play). Doubt: asked again; "nee, soms wel"
    (guards) stays a yes."""
    wish = builtin.question("safety_wish_dead")
    assert wish is not None
    assert parse_answer(wish, "no not really, alleen soms moe") == UNKNOWN
    assert parse_answer(wish, "nee, soms wel") is True


def test_a_no_taken_back_with_a_yes_is_a_yes_on_any_question(builtin: Catalog) -> None:
    """ "nee... eigenlijk wel" to "geldzorgen?" was saved as a no, without a word."""
    money = builtin.question("area_money")
    assert money is not None
    assert parse_answer(money, "nee... eigenlijk wel") is True
    assert parse_answer(money, "nou... eigenlijk wel ja") is True  # was refused
    for no in ("nee hoor", "nee, toch niet"):  # guards
        assert parse_answer(money, no) is False
    with pytest.raises(AnswerError):  # guards: not an answer at all
        parse_answer(money, "geen idee wat je bedoelt met geld")


# --- free text ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["ik denk aan zelfmo\x01ord", "I want to ki\x08ll myself", "ik wil d\x1bood",
     "ik wil d\x07ood", "ik wil d\x00ood", "ik wil d\x0cood"],
)  # fmt: skip
def test_a_control_character_inside_a_word_hides_nothing(builtin: Catalog, text: str) -> None:
    """Each was nothing recognised: the control character split the word (textcontext
    _JOINERS, patterns.fold), the ESC took the letter after it (recognise._ESCAPE)."""
    assert "suicidal_thoughts" in Recogniser(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text",
    ["I'm dying to kill myself", "I'm dying to end my life",
     "I'm writing an essay on how I want to die"],
)  # fmt: skip
def test_an_own_act_beside_a_figure_or_a_frame_counts(builtin: Catalog, text: str) -> None:
    """Set aside as a figure of speech ("dying to") or a study frame ("essay on"), so
    `recognised: false` (core/findings._OWN_ACT, core/textframe.frame)."""
    assert "suicidal_thoughts" in Recogniser(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text",
    ["I'm dying to know how my thesis ends", "my thesis is about why students want to die"],
)
def test_figures_and_frames_without_an_own_act_hold(builtin: Catalog, text: str) -> None:
    """Guards: the figure and the frame still set these aside."""
    assert "suicidal_thoughts" not in Recogniser(builtin.themes).read(text).themes


# --- refusals that looked like answers -----------------------------------------------------
@pytest.mark.parametrize("content", ["", "{}\n", "# nothing yet\n"])
def test_an_empty_answers_file_is_refused(runner: CliRunner, tmp_path: Path, content: str) -> None:
    """An empty answers file replayed as "PREVENTIE, regulier", exit 0: a safe-looking
    answer to nothing asked (cli/interview.read_answers)."""
    path = tmp_path / "a.yaml"
    path.write_text(content, encoding="utf-8")
    done = invoke(runner, "interview", "--answers", str(path), *AT)
    assert done.exit_code == 1 and "geen antwoorden" in done.output
    assert "PREVENTIE" not in done.output


def test_a_report_refuses_a_key_written_twice(runner: CliRunner, tmp_path: Path) -> None:
    """{"tier": "acute", "tier": "prevention"} was counted as prevention (io/report_input)."""
    rows = tmp_path / "rows.jsonl"
    line = '{"id": "x", "tier": "acute", "tier": "prevention", "themes": []}\n'
    rows.write_text(line * 6, encoding="utf-8")
    done = invoke(runner, "report", str(rows), "--format", "json")
    assert done.exit_code == 1 and "dubbele sleutel 'tier'" in done.output
    data = json.loads(done.stdout)
    assert data["inputs"]["bad_lines"] == 6 and data["everyone"]["rows"]["count"] == 0


def test_a_corpus_gate_fails_on_an_empty_corpus(runner: CliRunner, tmp_path: Path) -> None:
    """`catalog test /dev/null --min-recall 0.99` said "ok", exit 0 (cli/catalog_test)."""
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    gate = ("--min-recall", "0.99", "--max-false-alarms", "0")
    assert invoke(runner, "catalog", "test", str(empty), *gate).exit_code == 1
    # Without a gate too since round 19 (round 17's hostile F20): nothing was measured.
    assert invoke(runner, "catalog", "test", str(empty)).exit_code == 1


def test_a_review_age_beyond_a_century_is_a_usage_error(runner: CliRunner) -> None:
    """`catalog lint --max-age 99999999999` ended in "interne fout: OverflowError"."""
    done = invoke(runner, "catalog", "lint", "builtin", "--max-age", "99999999999")
    assert done.exit_code == 2 and "OverflowError" not in done.output


def test_a_refused_line_into_a_closed_pipe_ends_quietly() -> None:
    """`lookup --text "ik wil dood" --at 2026-11-28 | head -1` printed "interne fout:
    BrokenPipeError" after the usage message (cli/app._acute_part_of_refused)."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "steunwijzer", "lookup", "--text", "ik wil dood",
               "--at", "2026-11-28"]  # fmt: skip
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader has gone before the first line
        errors = proc.stderr.read().decode("utf-8")
        assert proc.wait(timeout=60) == 2
    assert "BrokenPipeError" not in errors and "interne fout" not in errors


# --- the intake screen ---------------------------------------------------------------------
def test_the_crisis_panel_offers_help_the_student_can_talk_to(builtin: Catalog) -> None:
    """De Luisterlijn (Dutch only) stood in an English-speaking student's crisis panel,
    above the help the student could talk to (core/referrals.crisis_panel); for a Dutch
    student it stays (guards)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from steunwijzer.core.referrals import ReferralIndex

    evening = ReferralIndex(
        builtin, dt.datetime(2026, 11, 29, 21, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    )
    needs = ("suicidal_thoughts", "grief")
    english = [r.offering for r in evening.crisis_panel(needs, "en")]
    assert all(o.crisis or "en" in o.languages for o in english), [o.id for o in english]
    dutch = [r.offering.id for r in evening.crisis_panel(needs, "nl")]
    assert "de-luisterlijn" in dutch


def test_the_keep_safe_note_comes_before_the_handout_is_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    """ "vraag de student of dit briefje veilig mee naar huis kan" came after "Opgeslagen":
    the page was already written (cli/interview._write_files)."""
    answers = tmp_path / "a.yaml"
    answers.write_text(
        SAFETY_NO + 'own_words: "mijn vriend checkt mijn telefoon en duwde me tegen de muur"\n',
        encoding="utf-8",
    )
    handout = tmp_path / "h.md"
    done = invoke(runner, "interview", "--answers", str(answers), "--handout", str(handout), *AT)
    assert done.output.index("veilig mee naar huis") < done.output.index("Opgeslagen")


@pytest.mark.parametrize("word", ["help", "hulp", "?"])
def test_help_shows_the_help_of_a_question(builtin: Catalog, word: str) -> None:
    """Only "?" showed the help; "help" was refused as an answer (render/terminal)."""
    import io

    from rich.console import Console

    from steunwijzer.core.prompts import QuestionPrompt
    from steunwijzer.render.terminal import TerminalAsk

    question = builtin.question("safety_wish_dead")
    assert question is not None and question.help is not None
    replies = iter([word, "nee"])
    console = Console(file=io.StringIO(), width=100, color_system=None)
    ask = TerminalAsk(console, builtin, "nl")
    ask.read = lambda prompt="> ": next(replies)  # type: ignore[method-assign]
    assert ask.question(QuestionPrompt(question, 1, 20, None, False)) is False
    shown = " ".join(console.file.getvalue().split())  # type: ignore[attr-defined]
    assert " ".join(question.help.get("nl").split())[:40] in shown


# --- a layer that renames ------------------------------------------------------------------
def test_a_look_alike_113_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """A layer's own 24/7 line named "113 Zelfmoordpreventie" with a 0900 number came
    first for "ik wil dood", the real 113 second; it validated with warnings only
    (core/floor.check_catalog)."""
    layer = tmp_path / "fake.yaml"
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: eigen-crisis\n    crisis: true\n"
        "    provider: institution\n"
        '    name: {nl: "113 Zelfmoordpreventie", en: "113 Suicide Prevention"}\n'
        "    description: {nl: x, en: x}\n    tiers: [acute]\n    themes: [suicidal_thoughts]\n"
        '    contact: {phone: "0900-1234567"}\n    hours: "24/7"\n',
        encoding="utf-8",
    )
    done = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert done.exit_code == 1 and f"{layer}:3:" in done.output and "113" in done.output


@pytest.mark.parametrize(
    ("tier", "label"),
    [("acute", "{nl: Geen zorgen, en: No concern}"), ("prevention", "{nl: Acuut, en: Acute}"),
     ("specific", "{nl: Preventie, en: Prevention}")],
)  # fmt: skip
def test_a_tier_label_that_names_another_tier_is_refused(
    runner: CliRunner, tmp_path: Path, tier: str, label: str
) -> None:
    """`acute` labelled "Geen zorgen" validated with 0 warnings; "ik wil dood" then read
    "Niveau: GEEN ZORGEN" (catalog/merge._build_tiers)."""
    layer = _layer(tmp_path, "tiers.yaml", f"tiers:\n  - id: {tier}\n    label: {label}\n")
    done = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert done.exit_code == 1 and f"{layer}:4:" in done.output


@pytest.mark.parametrize(
    ("tier", "label"),
    [("acute", "{nl: Direct hulp nodig, en: Help needed now}"),
     ("acute", "{nl: Niet wachten, en: Do not wait}"),
     ("specific", "{nl: Hulpvraag (geen spoed), en: Help question (not urgent)}")],
)  # fmt: skip
def test_a_tier_label_of_ones_own_is_allowed(
    runner: CliRunner, tmp_path: Path, tier: str, label: str
) -> None:
    """Guards: an institution may name its tiers in its own words, negations included
    ("Niet wachten" was refused in a first version: a maintainer's test, round 11)."""
    layer = _layer(tmp_path, "tiers.yaml", f"tiers:\n  - id: {tier}\n    label: {label}\n")
    assert invoke(runner, "catalog", "validate", "builtin", str(layer)).exit_code == 0


def test_after_lowering_the_why_line_does_not_speak_of_this_tier(builtin: Catalog) -> None:
    """Lowered to PREVENTIE, the why line still said "(en nog 1 reden voor dit niveau)"
    beside the suicide finding (present/explain.why_line); not lowered, it does (guards)."""
    import datetime as dt

    from steunwijzer.core.interview import replay
    from steunwijzer.core.model import Tier
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.triage import apply_override
    from steunwijzer.present.explain import why_line

    index = ReferralIndex(builtin, dt.datetime(2026, 11, 30, 13, 0, tzinfo=dt.UTC))
    given = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_behaviour": "nee"}
    result = replay(builtin, given, "nl", index)
    assert "voor dit niveau" in why_line(builtin, result, "nl")
    lowered = apply_override(builtin, index, result, Tier.PREVENTION, "heeft al hulp elders")
    line = why_line(builtin, lowered, "nl")
    assert "voor dit niveau" not in line and "en nog 1 reden" in line


# --- a second role-play --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Sinds mijn vader dood is voelt alles zinloos.",
     "mijn moeder is vorige maand overleden en ik zie het niet meer zitten"],
)  # fmt: skip
def test_a_feeling_after_a_death_is_the_students_own(builtin: Catalog, text: str) -> None:
    """ "alles zinloos" after "sinds mijn vader dood is" was concern for the father, and
    the handout asked "worried about someone else?" (textcontext._deceased)."""
    themes = Recogniser(builtin.themes).read(text).themes
    assert "suicidal_thoughts" in themes and "concern_for_other" not in themes


def test_someone_alive_is_still_someone_else(builtin: Catalog) -> None:
    """Guards: "mijn vriend wil dood" stays concern for the friend."""
    themes = Recogniser(builtin.themes).read("mijn vriend wil dood").themes
    assert "concern_for_other" in themes and "suicidal_thoughts" not in themes


def test_own_words_of_danger_ask_the_unsafe_question_again(builtin: Catalog) -> None:
    """ "Once he pushed me down the stairs" after "no" to "do you feel unsafe?": that "no"
    stood in the review and the record (core/ownwords.gate_questions)."""
    import datetime as dt

    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.prompts import (
        SKIP,
        CrisisPrompt,
        Prompt,
        QuestionPrompt,
        ReviewPrompt,
        ThemePrompt,
    )
    from steunwijzer.core.referrals import ReferralIndex

    answers = {
        "safety_wish_dead": "no", "safety_thoughts": "no", "safety_behaviour": "no",
        "area_behaviour": "no",
        "own_words": "My boyfriend checks my phone. Once he pushed me down the stairs.",
    }  # fmt: skip
    again: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            if prompt.recheck:
                again.append(prompt.question.id)
                return "yes"
            if prompt.question.id == "behaviour_kind":
                return "unsafe_now"
            return answers.get(prompt.question.id, SKIP)
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    index = ReferralIndex(builtin, dt.datetime(2026, 11, 30, 13, 0, tzinfo=dt.UTC))
    result = run_interview(builtin, ask, "en", index).result
    assert again == ["area_behaviour"]
    assert dict(result.answers)["area_behaviour"] is True


def test_a_question_is_shown_in_the_students_language_too(builtin: Catalog) -> None:
    """With --student-lang en and a Dutch screen the counsellor translated the safety
    questions on the spot (render/terminal.TerminalAsk)."""
    import io

    from rich.console import Console

    from steunwijzer.core.prompts import QuestionPrompt
    from steunwijzer.render.terminal import TerminalAsk

    question = builtin.question("safety_wish_dead")
    assert question is not None
    for student, shown_en in (("en", True), ("nl", False)):
        console = Console(file=io.StringIO(), width=200, color_system=None)
        ask = TerminalAsk(console, builtin, "nl", student)  # type: ignore[arg-type]
        ask.read = lambda prompt="> ": "nee"  # type: ignore[method-assign]
        ask.question(QuestionPrompt(question, 1, 20, None, False))
        text = console.file.getvalue()  # type: ignore[attr-defined]
        assert (question.text.get("en") in text) is shown_en


# --- a maintainer and a scripting counsellor -----------------------------------------------
def test_an_own_theme_is_named_by_its_id(runner: CliRunner, tmp_path: Path) -> None:
    """A layer's theme `homesick` (synonyms heimwee, homesick) came back as
    social_connection, which also has the word (core/vocabulary.resolve); an acute theme's
    word still cannot be taken (guards, by the tier rule)."""
    layer = _layer(
        tmp_path,
        "themes.yaml",
        "themes:\n  - id: homesick\n    tier: specific\n"
        "    label: {nl: Heimwee, en: Homesickness}\n"
        "    synonyms: {nl: [heimwee], en: [homesick]}\n",
    )
    args = ("-c", "builtin", "-c", str(layer), "--json", *AT)
    data = json.loads(invoke(runner, "lookup", "--theme", "homesick", *args).stdout)
    assert data["themes"] == ["homesick"]
    done = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert f"{layer}:3:" in done.output and "homesick" in done.output  # its own line


def test_an_own_theme_cannot_take_an_acute_word_by_its_id(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Guards: a theme with the id `zelfmoord` does not lower "zelfmoord" to its tier."""
    layer = _layer(
        tmp_path,
        "themes.yaml",
        "themes:\n  - id: zelfmoord\n    tier: prevention\n"
        "    label: {nl: Voorlichting, en: Information}\n",
    )
    args = ("-c", "builtin", "-c", str(layer), "--json", *AT)
    data = json.loads(invoke(runner, "lookup", "--theme", "zelfmoord", *args).stdout)
    assert data["tier"] == "acute" and "suicidal_thoughts" in data["themes"]


def test_a_group_of_one_shows_nothing_of_its_one_student(runner: CliRunner, tmp_path: Path) -> None:
    """20 rows of stress from FEB, one "ik wil niet meer leven" from Tandheelkunde: the
    report showed Tandheelkunde acute "< 5" and every other tier 0, suicidal thoughts
    "< 5", and FEB's stress 20 beside a total of 21: one student, acute, suicidal
    (io/report._small_groups). Every cell of a group smaller than min_cell is hidden now,
    and what would give it away in the other groups too."""
    rows = tmp_path / "rows.jsonl"
    lines = [
        json.dumps({"id": f"f{i}", "themes": ["stress"], "faculteit": "FEB"}) for i in range(20)
    ]
    lines.append(json.dumps({"id": "t1", "text": "ik wil niet meer leven", "faculteit": "Tand"}))
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = tmp_path / "results.jsonl"
    invoke(runner, "batch", str(rows), "--keep", "faculteit", "-o", str(results), *AT)
    data = json.loads(
        invoke(runner, "report", str(results), "--by", "faculteit", "--format", "json").stdout
    )
    groups = {g["key"]: g for g in data["by"]["groups"]}
    for name in ("tiers", "urgency", "recognised", "emphasis", "themes"):
        shown = [r["count"] for r in groups["Tand"][name]["rows"] if r["count"]]
        assert shown == [], (name, groups["Tand"][name])
    stress = next(r for r in groups["FEB"]["themes"]["rows"] if r["key"] == "stress")
    assert stress["count"] is None


# --- a third role-play ---------------------------------------------------------------------
def test_immediate_danger_says_to_call_112_when_something_was_taken(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "een handvol van mijn slaappillen genomen, een uur geleden": the result said "bel nu
    samen 113 of 112" only; an overdose needs 112 and a student kept awake."""
    from steunwijzer.core.interview import replay
    from steunwijzer.render.screen import summary_lines

    given = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_behaviour": "ja"}
    result = replay(builtin, given, "nl", index)
    shown = " ".join(text for text, _ in summary_lines(builtin, result, "nl", 200))
    assert "bel 112 en houd de student wakker" in shown


def test_a_lowered_tier_drops_the_immediate_danger_line(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Lowered by hand to SPECIFIEK after a joke, the result still said "Direct gevaar: ...
    bel nu samen 113 of 112" under the lower tier; the kept-on-top note stays (guards)."""
    from steunwijzer.core.interview import replay
    from steunwijzer.core.model import Tier
    from steunwijzer.core.triage import apply_override
    from steunwijzer.render.screen import summary_lines

    given = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_behaviour": "ja"}
    result = replay(builtin, given, "nl", index)
    assert result.urgency == "immediate"
    lowered = apply_override(builtin, index, result, Tier.SPECIFIC, "een grap, twee keer nee")
    shown = " ".join(text for text, _ in summary_lines(builtin, lowered, "nl", 200))
    assert "Direct gevaar" not in shown and "crisislijnen blijven bovenaan" in shown


@pytest.mark.parametrize(
    "text",
    ["he says he'll kill himself if I leave him",
     "hij zegt dat hij zichzelf iets aandoet als ik wegga"],
)  # fmt: skip
def test_a_threat_to_harm_himself_if_i_leave_is_about_him(builtin: Catalog, text: str) -> None:
    """A partner's threat was read as the student's own suicidal thoughts too: the screen
    was asked again and the means tips (pills, a rope) shown (textroles.first_person_after:
    the "I" after the finding is the student, so the "he" is someone else)."""
    themes = Recogniser(builtin.themes).read(text).themes
    assert "concern_for_other" in themes and "suicidal_thoughts" not in themes


def test_a_pronoun_alone_stays_both_readings(builtin: Catalog) -> None:
    """Guards: "hij wil dood" may be a counsellor's note about the student: both kept."""
    themes = Recogniser(builtin.themes).read("hij wil dood").themes
    assert "concern_for_other" in themes and "suicidal_thoughts" in themes
