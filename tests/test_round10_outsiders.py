"""Round 10: what two outsiders found, one role-playing intakes in a real terminal, one
attacking the commands with hostile input. Each test was written from the reported case
and failed on the commit before the fix (454dbe7) unless its docstring says it guards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import (
    SKIP,
    CrisisPrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.support import tip_groups
from steunwijzer.core.triage import apply_override

from .conftest import invoke

AT = ("--at", "2026-11-30T14:00")
SUNDAY_EVENING = ("--at", "2026-11-29T19:30")


# --- hostile input -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "reply",
    ["nee, toch wel", "nee wacht ja", "nee, ik denk er elke dag aan", "no, actually yes",
     "nee want ik heb al een plan", "nee?", "no, every day"],
)  # fmt: skip
def test_a_no_taken_back_in_one_breath_is_doubt(builtin: Catalog, reply: str) -> None:
    """Each was a plain no on the safety screen: prevention, no crisis line
    (core/answers._taken_back)."""
    wish = builtin.question("safety_wish_dead")
    assert wish is not None
    assert parse_answer(wish, reply) == UNKNOWN


@pytest.mark.parametrize("reply", ["nee", "nee hoor, gaat wel", "nee, echt niet", "nope"])
def test_a_no_that_only_confirms_stays_a_no(builtin: Catalog, reply: str) -> None:
    """Guards: what only repeats the no must not become doubt. ("nee, denk het niet"
    was here until round 13: "I don't think so" is a hedge, and the screen's own hint
    says doubt counts as don't know; tests/test_round13_outsiders.py.)"""
    wish = builtin.question("safety_wish_dead")
    assert wish is not None
    assert parse_answer(wish, reply) is False


def test_a_taken_back_no_in_an_answers_file_is_acute(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text('safety_wish_dead: "nee, toch wel"\nsafety_thoughts: nee\n', encoding="utf-8")
    data = json.loads(invoke(runner, "interview", "--answers", str(path), "--json", *AT).stdout)
    assert data["tier"] == "acute" and data["referrals"][0]["crisis"] is True


@pytest.mark.parametrize(
    "text",
    ["ik wıl dood", "I want to kıll myself", "ik wil døød", "ik wil ᴅᴏᴏᴅ", "I want to kiłł myself"],
)
def test_latin_look_alikes_are_read(runner: CliRunner, text: str) -> None:
    """The dotless ı of a Turkish keyboard, ł, ø, small capitals: folding dropped them and
    nothing was recognised (core/disguise._CONFUSABLES)."""
    data = json.loads(invoke(runner, "lookup", "--text", text, "--json", *AT).stdout)
    assert "suicidal_thoughts" in data["themes"], data["themes"]


@pytest.mark.parametrize(
    "text",
    ["Ik durf niet te zeggen dat ik dood wil", "I can't tell anyone that I want to die",
     "Ik wil niet dat iemand weet dat ik dood wil",
     "ik zou het niet erg vinden als ik niet meer wakker werd"],
)  # fmt: skip
def test_a_negated_saying_keeps_what_is_said(runner: CliRunner, text: str) -> None:
    """The negation of "durf niet te zeggen" reached the wish: nothing recognised
    (core/textcontext._SAYING; "niet erg" a pseudo-negation)."""
    data = json.loads(invoke(runner, "lookup", "--text", text, "--json", *AT).stdout)
    assert "suicidal_thoughts" in data["themes"], data


def test_a_negated_thought_stays_negated(runner: CliRunner) -> None:
    """Guards: a verb of thinking carries its negation ("ik denk niet dat ik dood wil")."""
    data = json.loads(
        invoke(runner, "lookup", "--text", "ik denk niet dat ik dood wil", "--json", *AT).stdout
    )
    assert data["themes"] == [] and data["mentions"]


@pytest.mark.parametrize(
    "answers",
    [{"wrap": {"safety_thoughts": "ja"}}, '{"safety_thoughts": "ja"}', [{"safety_thoughts": "ja"}]],
)
def test_a_wrapped_safety_yes_is_kept(runner: CliRunner, tmp_path: Path, answers: object) -> None:
    """A "ja" wrapped in an object, written as JSON in a string or in a list: the row
    was refused with tier null and no crisis line (salvage._pairs, rowkeys.answers_of)."""
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "r1", "answers": answers}) + "\n", encoding="utf-8")
    done = invoke(runner, "batch", str(path), *AT)
    assert done.exit_code == 1
    row = json.loads(done.stdout.splitlines()[0])
    assert row["tier"] == "acute" and row["referrals"][0]["crisis"] is True


def test_a_usage_error_shows_the_acute_part(capsys: pytest.CaptureFixture[str]) -> None:
    """`--at` with a date only ended in Click's usage message alone (cli/usage_salvage,
    called by the entry point's ``run``, which CliRunner does not go through)."""
    from steunwijzer.cli.app import run

    assert run(["lookup", "--text", "ik wil dood", "--at", "2026-11-28"]) == 2
    out, err = capsys.readouterr()
    assert "113" in out and "ACUUT" in out and "--at" in err
    assert run(["lookup", "--text", "I want to die", "--lang", "english"]) == 2
    assert "113" in capsys.readouterr().out
    assert run(["lookup", "--text", "ik slaap slecht", "--at", "2026-11-28"]) == 2
    assert "113" not in capsys.readouterr().out


def test_excel_sep_line_names_the_delimiter(runner: CliRunner, tmp_path: Path) -> None:
    """ "sep=;" before the header made every row an error (io/caseread.read_csv)."""
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffsep=;\r\nid;text\r\n1;ik slaap slecht\r\n".encode())
    done = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    assert "\n1,specific,routine,sleep," in done.stdout


def test_batch_and_report_refuse_their_own_input(runner: CliRunner, tmp_path: Path) -> None:
    """`batch in.csv -o in.csv --force` replaced the students' file (cli/cases)."""
    rows = tmp_path / "in.csv"
    rows.write_text("id,text\n1,ik slaap slecht\n", encoding="utf-8")
    assert invoke(runner, "batch", str(rows), "-o", str(rows), "--force", *AT).exit_code == 2
    assert rows.read_text(encoding="utf-8") == "id,text\n1,ik slaap slecht\n"
    out = tmp_path / "out.jsonl"
    invoke(runner, "batch", str(rows), "-o", str(out), *AT)
    before = out.read_bytes()
    assert invoke(runner, "report", str(out), "-o", str(out), "--force").exit_code == 2
    assert out.read_bytes() == before


# --- role-plays --------------------------------------------------------------------------
def test_safety_tips_come_first(builtin: Catalog, index: ReferralIndex) -> None:
    """ "Ask where the means are" was the last of nine tips, grouped by style
    (core/support.tip_groups)."""
    from steunwijzer.core.interview import replay

    answers = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_plan": "ja",
               "area_money": "ja"}  # fmt: skip
    result = replay(builtin, answers, "nl", index)
    groups = tip_groups(result.tips)
    assert groups[0][0] == "safety"
    assert "means_and_plan_today" in {tip.id for tip in groups[0][1]}
    assert all(not {"means_and_plan_today", "stay_present"} & {t.id for t in chosen}
               for _, chosen in groups[1:])  # fmt: skip


def test_lowering_a_grief_does_not_promise_crisis_lines_on_top(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "de crisislijnen blijven bovenaan staan" under a list that had them last
    (render/notes.notes_of)."""
    from steunwijzer.core.interview import replay
    from steunwijzer.render.screen import summary_lines

    grief = replay(builtin, {"area_loss": "ja"}, "nl", index)
    lowered = apply_override(builtin, index, grief, Tier.SPECIFIC, "rustige praktische vraag")
    shown = " ".join(text for text, _ in summary_lines(builtin, lowered, "nl", 100))
    assert "blijven bovenaan" not in shown and "vangnet" in shown
    risk = replay(builtin, {"safety_wish_dead": "ja"}, "nl", index)
    lowered = apply_override(builtin, index, risk, Tier.SPECIFIC, "al in behandeling")
    shown = " ".join(text for text, _ in summary_lines(builtin, lowered, "nl", 100))
    assert "blijven bovenaan" in shown


def test_a_listening_line_before_the_gp_post_for_grief_at_night(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Sunday evening, a calm grieving student: the out-of-hours GP came first
    (catalog/offerings-national.yaml order)."""
    path = tmp_path / "a.yaml"
    path.write_text("area_loss: ja\n", encoding="utf-8")
    data = json.loads(
        invoke(runner, "interview", "--answers", str(path), "--json", *SUNDAY_EVENING).stdout
    )
    assert data["referrals"][0]["id"] == "de-luisterlijn"


def test_lines_under_referral_ten_line_up(runner: CliRunner) -> None:
    """Items 10 and up were one column left of their name (render/screen._pad)."""
    args = ["--theme", "grief", "--theme", "finances", "--theme", "sleep", "--theme",
            "stress", "--theme", "study_skills", "--theme", "identity"]  # fmt: skip
    out = invoke(runner, "lookup", *args, "--limit", "14", "--plain", *AT).stdout
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("10. "))
    assert lines[at + 1].startswith("    ") and not lines[at + 1].startswith("     ")


def test_self_harm_in_own_words_asks_the_self_harm_question_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "gisteravond in mn arm gekrast" after "nee" to the self-harm question: the
    review kept the "nee" (core/ownwords.asking_for)."""
    answers: dict[str, object] = {
        "safety_wish_dead": "no", "safety_thoughts": "no", "safety_behaviour": "no",
        "area_mood": "yes", "mood_kind": ["low"], "mood_weight": 6, "mood_self_harm": "no",
        "own_words": "gisteravond heb ik in mn arm gekrast met een schaar",
    }  # fmt: skip
    asked: list[QuestionPrompt] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            asked.append(prompt)
            return "yes" if prompt.recheck else answers.get(prompt.question.id, SKIP)
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    result = run_interview(builtin, ask, "nl", index).result
    again = [p.question.id for p in asked if p.recheck]
    assert "mood_self_harm" in again, again
    assert dict(result.answers).get("mood_self_harm") is True


def test_danger_to_someone_else_is_said_as_such(builtin: Catalog, index: ReferralIndex) -> None:
    """A friend's goodbye post: the result read "laat de student niet alleen en bel nu
    samen 113 of 112", about the wrong person (render/notes.notes_of)."""
    from steunwijzer.core.interview import replay
    from steunwijzer.render.screen import summary_lines

    words = "mijn vriendin zette gister een afscheidsbericht op insta en neemt nu niet op"
    result = replay(builtin, {"own_words": words}, "nl", index)
    assert result.urgency.value == "immediate" and result.themes == ("concern_for_other",)
    shown = " ".join(text for text, _ in summary_lines(builtin, result, "nl", 100))
    assert "voor iemand anders" in shown and "laat de student niet alleen" not in shown


def test_a_layer_cannot_close_113(runner: CliRunner, tmp_path: Path) -> None:
    """A layer gave 113 the hours 09:00-09:01: "112 ...; 113 — nu dicht", no open 113.
    The built-in 113, day and night, takes its place, first (core/floor._with_national)."""
    layer = tmp_path / "layer.yaml"
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        '    hours: {mon: "09:00-09:01"}\n',
        encoding="utf-8",
    )
    args = ("--catalog", "builtin", "--catalog", str(layer), "--json", *AT)
    data = json.loads(invoke(runner, "lookup", "--text", "ik wil dood", *args).stdout)
    first = data["referrals"][0]
    assert first["contact"]["phone"][0] == "113" and first["open_now"] is True
    lines_113 = [r for r in data["referrals"] if "113" in (r["contact"]["phone"] or [])]
    assert len(lines_113) == 1  # the closed one gave way


def test_a_layer_cannot_take_sexual_violence_out_of_acute(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`tier: prevention` for sexual_violence validated with 0 warnings, and the sexual
    violence centre disappeared from "sexual harassment" (catalog/merge._KEPT_ACUTE)."""
    lowered = tmp_path / "sv.yaml"
    lowered.write_text(
        "schema_version: 1\nthemes:\n  - id: sexual_violence\n    tier: prevention\n"
        "    label: {nl: Relaties, en: Relationships}\n",
        encoding="utf-8",
    )
    done = invoke(runner, "catalog", "validate", "builtin", str(lowered))
    assert done.exit_code == 1 and f"{lowered}:4:" in done.output
    emptied = tmp_path / "sv2.yaml"
    emptied.write_text(
        "schema_version: 1\nthemes:\n  - id: sexual_violence\n    tier: acute\n"
        "    label: {nl: Seksueel geweld, en: Sexual violence}\n"
        "    synonyms: {nl: [], en: []}\n    patterns: {nl: [], en: []}\n",
        encoding="utf-8",
    )
    done = invoke(runner, "catalog", "validate", "builtin", str(emptied))
    assert "vrije tekst vindt het nooit" in done.output


# --- a catalogue maintainer and a scripting counsellor ------------------------------------
@pytest.mark.parametrize(
    ("text", "theme", "absent"),
    [
        # the "me" is the one hit: the "she" after it is who hits, not someone at risk
        ("my girlfriend hits me when she is drunk", "unsafe_situation", "concern_for_other"),
        # a landlord's threat of eviction is housing, not violence
        ("Mijn huisbaas dreigt me eruit te zetten", None, "unsafe_situation"),
        ("Ik word lastiggevallen door een docent", "unwanted_behaviour", None),
    ],
)
def test_who_is_hit_and_what_is_a_threat(
    builtin: Catalog, text: str, theme: str | None, absent: str | None
) -> None:
    """Found by a catalogue maintainer's corpus (core/recognise._HIT_ONE, the landlord
    figure in lexicon_signals_acts, "lastiggevallen" in themes.yaml)."""
    from steunwijzer.core.recognise import Recogniser

    themes = Recogniser(builtin.themes).read(text).themes
    assert theme is None or theme in themes, themes
    assert absent is None or absent not in themes, themes


def test_a_parent_who_hits_the_student_and_mother_keeps_both(builtin: Catalog) -> None:
    """Guards: the student hit and the mother hit are both said."""
    from steunwijzer.core.recognise import Recogniser

    themes = Recogniser(builtin.themes).read("mijn vader slaat mijn moeder en mij").themes
    assert "unsafe_situation" in themes and "concern_for_other" in themes


# --- a second role-play ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I take pills from the ward to sleep, and I would not mind not waking up.",
        "het maakt me niet uit als ik niet meer wakker word",
    ],
)
def test_a_pattern_with_its_own_no_is_not_negated_by_a_second(builtin: Catalog, text: str) -> None:
    """The pattern took the first "not" ("not mind") and the "not" of "not waking" inside
    it negated the wish: only "Sleep problems", routine (core/textcontext.negation)."""
    from steunwijzer.core.recognise import Recogniser

    assert "suicidal_thoughts" in Recogniser(builtin.themes).read(text).themes


def test_a_fear_of_not_waking_stays_negated(builtin: Catalog) -> None:
    """Guards: "I don't want to ... not wake up" is no wish."""
    from steunwijzer.core.recognise import Recogniser

    reading = Recogniser(builtin.themes).read("I don't want to sleep and not wake up")
    assert "suicidal_thoughts" not in reading.themes


def test_tip_groups_follow_the_emphasis(builtin: Catalog, index: ReferralIndex) -> None:
    """ "beide: Begin met er zijn en luisteren ..." came after the informational tips of
    an emotional need (core/support.tip_groups)."""
    from steunwijzer.core.interview import replay

    grief = replay(builtin, {"area_loss": "ja", "area_money": "ja"}, "nl", index)
    assert grief.support_emphasis == "emotional"
    order = [group for group, _ in tip_groups(grief.tips, grief.support_emphasis)]
    assert order.index("combined") < order.index("informational"), order


def test_a_handout_about_danger_at_home_says_to_keep_it_safe(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The handout for a student whose boyfriend checks her phone and pushed her was
    written without a word of caution, though the tool's own tip says "not through a
    phone someone else checks" (export/handout.is_kept_from_someone)."""
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\n"
        'own_words: "mijn vriend checkt mijn telefoon en duwde me vorige week tegen de muur"\n',
        encoding="utf-8",
    )
    handout = tmp_path / "h.md"
    done = invoke(runner, "interview", "--answers", str(answers), "--handout", str(handout), *AT)
    assert "alleen mee als dat veilig is" in handout.read_text(encoding="utf-8")
    assert "veilig mee naar huis" in done.output
    calm = tmp_path / "calm.yaml"
    calm.write_text("area_loss: ja\n", encoding="utf-8")
    other = tmp_path / "h2.md"
    invoke(runner, "interview", "--answers", str(calm), "--handout", str(other), *AT)
    assert "alleen mee als dat veilig is" not in other.read_text(encoding="utf-8")


def test_an_unasked_self_harm_question_is_named_after_a_death_wish(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """After a yes to the wish to be dead and a skipped mood question, the self-harm
    question was never asked and nothing said so (render/notes.notes_of). Since round 17
    an unasked safety question that applied is named too, and since round 18 the one
    that opens an unsafe situation, so the file answers them."""
    from steunwijzer.core.interview import replay
    from steunwijzer.render.screen import summary_lines

    risk = replay(builtin, {"safety_wish_dead": "ja", "safety_thoughts": "nee"}, "nl", index)
    shown = " ".join(text for text, _ in summary_lines(builtin, risk, "nl", 100))
    assert "Niet gesteld" in shown
    asked = replay(
        builtin,
        {"safety_wish_dead": "ja", "safety_thoughts": "nee", "safety_behaviour": "nee",
         "area_mood": "ja", "mood_kind": ["low"], "mood_weight": 5, "mood_self_harm": "nee",
         "area_behaviour": "nee"},
        "nl",
        index,
    )  # fmt: skip
    shown = " ".join(text for text, _ in summary_lines(builtin, asked, "nl", 100))
    assert "Niet gesteld" not in shown
