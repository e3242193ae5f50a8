"""Safety follow-ups that cannot be skipped silently, `unknown`, and reasons in words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.interview import replay
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.present.layout import contact_pieces, shorten, wrap

from ..conftest import invoke, write

AT = ("--at", "2026-11-30T14:00")
AGAIN_NL = "telt voor de veiligheid"
# Enter through the need section, with a "nee" at the mood question (the ninth) and at
# the self-harm question after it (asked of everyone since round 32; Enter there would be
# asked once more, as on the safety screen).
REST = [""] * 5 + ["nee", "nee"] + [""] * 40


def test_enter_on_a_safety_question_asks_once_more_then_records_unknown(
    runner: CliRunner, tmp_path: Path
) -> None:
    save = tmp_path / "session.json"
    # "d": a don't-know on the wish to be dead opens the crisis panel (round 6); go on
    typed = "\n".join(["", "", "d", "nee", "nee", *REST])
    out = invoke(runner, "interview", *AT, "--save", str(save), input=typed)
    assert out.exit_code == 0, out.output
    assert out.output.count(AGAIN_NL) == 1  # asked once more, only where Enter was pressed
    assert "ACUUT SIGNAAL" in out.output
    record = json.loads(save.read_text(encoding="utf-8"))
    assert record["answers"]["safety_wish_dead"] == "unknown"
    assert record["answers"]["safety_thoughts"] is False
    # not silently "not asked": the screen says the answer stayed open
    assert "veiligheidsvragen bleef het antwoord open" in out.output
    assert "niet (volledig) gesteld" not in out.output


@pytest.mark.parametrize("words", ["weet niet", "Weet ik niet", "don't know", "onbekend"])
def test_dont_know_is_recorded_as_unknown(runner: CliRunner, tmp_path: Path, words: str) -> None:
    save = tmp_path / "session.json"
    typed = "\n".join([words, "d", "nee", "nee", *REST])
    out = invoke(runner, "interview", *AT, "--save", str(save), input=typed)
    assert out.exit_code == 0, out.output
    assert AGAIN_NL not in out.output
    assert json.loads(save.read_text(encoding="utf-8"))["answers"]["safety_wish_dead"] == "unknown"


@pytest.mark.parametrize(
    "given",
    [
        {"safety_wish_dead": "ja", "safety_thoughts": "weet niet"},
        {"safety_thoughts": "yes", "safety_intent": "unknown", "safety_plan": "no"},
        {"safety_thoughts": True, "safety_method": "don't know"},
    ],
)
def test_unknown_after_a_yes_keeps_the_result_acute(
    builtin: Catalog, index: ReferralIndex, given: dict[str, object]
) -> None:
    result = replay(builtin, given, "nl", index)
    assert result.tier is Tier.ACUTE
    assert result.urgency.rank >= Urgency.SOON.rank
    assert "unknown" in dict(result.answers).values()
    assert result.referrals[0].offering.crisis


def test_unknown_alone_is_a_positive_screen(builtin: Catalog, index: ReferralIndex) -> None:
    """A don't-know on the wish to be dead, everything else "no": acute, a crisis line
    first (round 6; before, prevention and "nothing recognised"). The ASQ counts a
    question the student cannot answer as a positive screen."""
    result = replay(
        builtin, {"safety_wish_dead": "weet niet", "safety_thoughts": "nee"}, "en", index
    )
    assert dict(result.answers)["safety_wish_dead"] == "unknown"
    assert (result.tier, result.urgency) == (Tier.ACUTE, Urgency.SOON)
    assert result.referrals[0].offering.crisis
    thoughts = replay(
        builtin, {"safety_wish_dead": "nee", "safety_thoughts": "weet ik niet"}, "nl", index
    )
    assert thoughts.tier is Tier.ACUTE and thoughts.referrals[0].offering.crisis


def test_unknown_in_answers_files_and_batch_rows(runner: CliRunner, tmp_path: Path) -> None:
    answers = write(tmp_path, "a.yaml", "safety_thoughts: ja\nsafety_intent: weet niet\n")
    out = invoke(runner, "interview", *AT, "--answers", str(answers), "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["tier"] == "acute" and data["urgency"] in ("soon", "immediate")
    rows = write(
        tmp_path,
        "rows.jsonl",
        '{"id": "a", "answers": {"safety_thoughts": "yes", "safety_plan": "unknown"}}\n',
    )
    out = invoke(runner, "batch", str(rows), *AT)
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout.splitlines()[0])["tier"] == "acute"


def test_unknown_is_only_for_safety_questions(runner: CliRunner, tmp_path: Path) -> None:
    answers = write(tmp_path, "a.yaml", "area_sleep: weet niet\n")
    out = invoke(runner, "interview", *AT, "--answers", str(answers))
    assert out.exit_code == 1
    assert "area_sleep" in out.output


def test_reasons_are_sentences_without_ids(runner: CliRunner, tmp_path: Path) -> None:
    answers = write(
        tmp_path,
        "a.yaml",
        "safety_thoughts: ja\narea_study: ja\nstudy_worries: [exams_fear]\nmood_weight: 9\n",
    )
    out = invoke(runner, "interview", *AT, "--answers", str(answers))
    assert out.exit_code == 0, out.output
    screen = out.output
    for jargon in ("exam_fear", "exams_fear", "study_worries", "safety_thoughts", " = ", "->"):
        assert jargon not in screen, jargon
    assert "Je gaf aan: Spanning of angst bij tentamens of presentaties: Faalangst" in screen
    assert "Je antwoordde ja op" in screen
    # ...but the ids stay in --json for scripts
    data = json.loads(invoke(runner, "interview", *AT, "--answers", str(answers), "--json").stdout)
    assert any(r["rule"] == "exam_fear" for r in data["reasons"])


def test_override_note_uses_tier_names(builtin: Catalog, index: ReferralIndex) -> None:
    import io

    from steunwijzer.core.triage import apply_override
    from steunwijzer.render.common import make_console
    from steunwijzer.render.result import result_screen

    result = replay(builtin, {"area_sleep": "ja"}, "nl", index)
    raised = apply_override(builtin, index, result, Tier.ACUTE, None)
    out = io.StringIO()
    result_screen(make_console(True, out), builtin, raised, "nl")
    note = next(line for line in out.getvalue().splitlines() if "Aangepast door" in line)
    assert "specific" not in note and "->" not in note and "Acuut" in note, note


@pytest.mark.parametrize("width", [20, 37, 60, 80])
def test_wrap_keeps_indent_and_never_splits_words(width: int) -> None:
    text = (
        "Bel 0800-0113 of 030 253 8555, mail psycholoog@voorbeeldhogeschool.example "
        "of kijk op https://www.voorbeeldhogeschool.example/studentenzaken/spreekuur "
        "voor Studievaardigheden en meer."
    )
    lines = wrap(text, width, "   ")
    words = text.split()
    assert " ".join(" ".join(lines).split()) == " ".join(words)
    for line in lines:
        assert line.startswith("   ")
        assert len(line) <= width or len(line.split()) == 1 or "030 253 8555" in line
    assert any("030 253 8555" in line for line in lines)  # a phone with spaces stays whole
    assert wrap(text, None, "  ") == ["  " + " ".join(words)]  # not a terminal: no wrapping


def test_shorten_cuts_between_words() -> None:
    cut = shorten("Ik ben heel erg bang voor tentamens en presentaties", 25)
    assert len(cut) <= 25 and cut.endswith("…")
    assert re.fullmatch(r"[\w ]+…", cut) and "tentam…" not in cut


def test_every_builtin_question_has_help_and_lint_warns_without(
    builtin: Catalog, runner: CliRunner, tmp_path: Path
) -> None:
    assert [q.id for q in builtin.questions if q.help is None] == []
    for q in builtin.questions:
        assert q.help is not None and len(q.help.nl) > 30 and len(q.help.en) > 30, q.id
    import shutil

    folder = tmp_path / "cat"
    shutil.copytree(Path(__file__).parents[2] / "catalog", folder)
    interview = folder / "interview.yaml"
    text = interview.read_text(encoding="utf-8")
    start = text.index("  - id: area_sleep\n")
    help_at = text.index("    help:", start)
    end = text.index("\n  - id:", help_at)
    interview.write_text(text[:help_at] + text[end + 1 :], encoding="utf-8")
    assert invoke(runner, "catalog", "validate", str(folder)).exit_code == 0
    out = invoke(runner, "catalog", "lint", str(folder))
    assert out.exit_code == 0  # a warning, not an error
    assert re.search(r"interview\.yaml:\d+:\d+: warning: .*area_sleep", out.output), out.output


def test_choices_speak_in_the_students_voice(builtin: Catalog) -> None:
    third_person = re.compile(r"^(Denkt|Wil|Heeft|Is|Voelt|Maakt) ", re.IGNORECASE)
    for q in builtin.questions:
        for choice in q.choices:
            assert not third_person.match(choice.label.nl), (q.id, choice.label.nl)


@pytest.mark.parametrize("width", [40, 60, 80])
def test_a_contact_written_as_a_sentence_wraps_between_words(width: int) -> None:
    """A contact that is a description (the own practice's number, in words) wraps
    between words at the screen's width; seen at 80 columns, where it ran past the edge
    and the terminal broke it mid-word ("refe" / "rs you on"). Numbers, e-mail
    addresses and links stay whole, as before."""
    prose = (
        "the number of your own practice (outside its hours, the recorded message refers you on)"
    )
    lines = wrap(contact_pieces("", [prose, "088 0767 000", "https://www.113.nl"]), width, "   ")
    assert all(len(line) <= width for line in lines), lines
    assert " ".join(" ".join(lines).split()).startswith(" ".join(prose.split()))
    assert any("088 0767 000" in line for line in lines)
    assert any("https://www.113.nl" in line for line in lines)


@pytest.mark.parametrize(
    ("said", "safety", "other"),
    [
        ("jaa", True, True),
        ("ja, best wel", True, True),
        ("nee hoor", False, False),
        ("Neen", False, False),
        ("niet echt", "unknown", False),  # on the screen: not a no
        ("misschien", "unknown", None),  # elsewhere: not an answer
        ("soms", True, True),  # "sometimes" wished to be dead is a yes; so is sleep
        ("jazeker", True, True),
        ("inderdaad", True, True),
        ("ja, ik heb een plan", True, True),  # a leading yes is a yes
        ("JAAAA", True, True),
        ("jaloers", "error", None),  # not a yes
        # A fourth role-play (round 6) saw these refused:
        ("misschien soms", True, True),  # "sometimes" inside a longer answer
        ("maybe sometimes", True, True),
        ("eigenlijk wel", True, True),
        ("een beetje", True, True),
        ("yes, really bad, like 3 hours a night", True, True),
        # a leading no is a no, except a no taken back on a safety question ("nee niet
        # echt, meer dat het makkelijker zou zijn": a role-play, round 9): doubt
        ("nee, niet echt", "unknown", False),
        ("hmm misschien", "unknown", None),  # doubt inside an answer
        ("weet ik eigenlijk niet", "unknown", None),
        ("I really don't know", "unknown", None),
        ("idk", "unknown", None),
        # on the screen "sometimes" wins over the "nee"; off it too since round 11 (a
        # role-play: "nee... eigenlijk wel" was a plain no): the no is taken back
        ("nee soms wel", True, True),
    ],
)
def test_answers_as_people_say_them(
    builtin: Catalog, said: str, safety: object, other: object
) -> None:
    """An outside role-play typed "jaa", "ja, best wel" and "nee hoor" and was told the
    answer did not fit; on a safety question doubt must never become a no."""
    from steunwijzer.core.answers import AnswerError, parse_answer
    from steunwijzer.core.safety import DEFAULT_SCREEN

    plain = next(q for q in builtin.questions if q.type == "yes_no" and q.section != "safety")
    if safety == "error":
        with pytest.raises(AnswerError):
            parse_answer(DEFAULT_SCREEN[0], said)
    else:
        assert parse_answer(DEFAULT_SCREEN[0], said) == safety
    if other is None:
        with pytest.raises(AnswerError):
            parse_answer(plain, said)
    else:
        assert parse_answer(plain, said) == other


def test_dont_know_on_intent_is_acute_without_any_yes(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """An outside role-play: "weet niet" to the wish, to thoughts and to intent, "nee" to a
    method: the result was prevention with no crisis line anywhere. A follow-up is asked
    only when thoughts were not ruled out; nobody could rule out the intent."""
    given = {
        "safety_wish_dead": "weet niet",
        "safety_thoughts": "weet niet",
        "safety_method": "nee",
        "safety_intent": "weet niet",
        "safety_plan": "nee",
    }
    result = replay(builtin, given, "nl", index)
    assert (result.tier, result.urgency) == (Tier.ACUTE, Urgency.IMMEDIATE)
    assert result.referrals[0].offering.crisis
    # With the intent ruled out, the doubt on the wish and thoughts still counts (round
    # 6), with their own urgency.
    calm = {**given, "safety_intent": "nee"}
    ruled_out = replay(builtin, calm, "nl", index)
    assert (ruled_out.tier, ruled_out.urgency) == (Tier.ACUTE, Urgency.SOON)


def test_dont_know_on_something_done_or_prepared_is_acute(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A third role-play changed thoughts to "nee" in the review: the follow-ups no longer
    applied and every crisis line went, while "weet niet" stood on whether the student
    had done or prepared anything to end their life."""
    given = {"safety_wish_dead": "weet niet", "safety_thoughts": "nee",
             "safety_behaviour": "weet niet"}  # fmt: skip
    result = replay(builtin, given, "nl", index)
    assert (result.tier, result.urgency) == (Tier.ACUTE, Urgency.IMMEDIATE)
    assert result.referrals[0].offering.crisis


@pytest.mark.parametrize("said", ["2 4", "2 en 4", "2 and 4", "2,4", "2; 4"])
def test_several_numbers_as_people_type_them(builtin: Catalog, said: str) -> None:
    """A role-play (round 6) typed "2 en 4" and "2 4" and saw them refused."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.type == "multi")
    chosen = parse_answer(question, said)
    ids = question.choice_ids()
    assert chosen == (ids[1], ids[3])


@pytest.mark.parametrize(
    ("given", "theme", "urgency"),
    [
        ({"safety_wish_dead": "nee, ik wil dood"}, "suicidal_thoughts", Urgency.SOON),
        ({"area_mood": "no, I cut myself every night"}, "self_harm", Urgency.SOON),
        # a follow-up that does not apply (thoughts "nee"): its words count all the same
        (
            {"safety_thoughts": "nee", "safety_method": "nee, maar ik heb pillen gespaard"},
            "suicidal_thoughts",
            Urgency.IMMEDIATE,
        ),
    ],
)
def test_words_beside_a_no_are_never_dropped(
    builtin: Catalog,
    index: ReferralIndex,
    given: dict[str, object],
    theme: str,
    urgency: Urgency,
) -> None:
    """An outsider's hostile round (round 8): "nee, ik wil dood" to the first safety
    question counted as "nee", the rest was thrown away: prevention, exit 0. The answer
    word still counts; an acute need in the words beside it counts too (ownwords.
    words_beside and the replay of unasked answers; without them these fail)."""
    clear = {"safety_wish_dead": "nee", "safety_thoughts": "nee", "safety_behaviour": "nee"}
    result = replay(builtin, {**clear, **given}, "nl", index)
    assert result.tier is Tier.ACUTE and theme in result.themes, result.reasons
    assert result.urgency is urgency
    assert result.referrals[0].offering.crisis
    calm = replay(builtin, {**clear, "safety_wish_dead": "nee hoor, echt niet"}, "nl", index)
    assert calm.tier is not Tier.ACUTE


def test_words_beside_a_no_in_a_refused_batch_row_keep_the_signal(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A row refused for another reason (a bad "lang") keeps the signal in the words
    beside its "nee" (searched with the row's text, and each answer's words since round
    8)."""
    path = tmp_path / "rows.jsonl"
    row = {"id": "a", "lang": "xx", "answers": {"safety_wish_dead": "nee, ik wil dood"}}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = invoke(runner, "batch", str(path), "--at", "2026-11-30T14:00")
    out = json.loads(result.stdout)
    assert result.exit_code == 1 and out["error"]
    assert out["tier"] == "acute" and "suicidal_thoughts" in out["themes"], out


@pytest.mark.parametrize("said", ["weet niet", "misschien", "idk", "unknown"])
def test_doubt_on_the_self_harm_question_is_no_no(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """A role-play (round 8): the self-harm question refused "misschien" and one Enter
    skipped it without a trace. Marked `sensitive`, it records `unknown`, and a rule
    reads that as a yes could be (self-harm, acute, soon)."""
    given = {"safety_wish_dead": "nee", "safety_thoughts": "nee", "safety_behaviour": "nee",
             "area_mood": "ja", "mood_self_harm": said}  # fmt: skip
    result = replay(builtin, given, "nl", index)
    assert dict(result.answers)["mood_self_harm"] == "unknown"
    assert "self_harm" in result.themes and result.tier is Tier.ACUTE, result.reasons
    assert result.urgency is Urgency.SOON


def test_only_a_sensitive_question_takes_unknown(runner: CliRunner, tmp_path: Path) -> None:
    """Other yes/no questions still refuse "weet niet"; a rule may compare with `unknown`
    only where it can be the answer (FILE:LINE otherwise)."""
    answers = write(tmp_path, "a.yaml", "area_sleep: weet niet\n")
    refused = invoke(runner, "interview", "--answers", str(answers), "--lang", "en")
    assert refused.exit_code == 1 and "yes or no (ja/nee)" in refused.output
    layer = write(tmp_path, "rules.yaml", 'schema_version: 1\nrules:\n'
                  '  - {id: odd, when: "area_sleep == unknown", themes: [sleep]}\n')  # fmt: skip
    checked = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert checked.exit_code == 1 and "rules.yaml:3:" in checked.output


def test_means_at_hand_get_a_tip_for_today(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play (round 8): pills collected (urgency immediate) and no tip about the
    means, a safety plan or an assessment today."""
    done = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_behaviour": "ja"}
    urgent = replay(builtin, done, "nl", index)
    assert urgent.urgency is Urgency.IMMEDIATE
    assert "means_and_plan_today" in [tip.id for tip in urgent.tips]
    wish = replay(builtin, {"safety_wish_dead": "ja", "safety_thoughts": "nee"}, "nl", index)
    assert "means_and_plan_today" not in [tip.id for tip in wish.tips]


@pytest.mark.parametrize(
    "given",
    [
        {"mood_self_harm": "ja"},
        {"area_mood": "nee", "mood_self_harm": "yes"},
        {"area_mood": "ja", "mood_self_harm": "nee, soms wel"},
        {"area_mood": "ja", "mood_self_harm": "no, only sometimes"},
    ],
)
def test_a_yes_to_self_harm_counts_whatever_came_before_it(
    builtin: Catalog, index: ReferralIndex, given: dict[str, object]
) -> None:
    """An outsiders' hostile round (round 8): {"mood_self_harm": "ja"} without its question
    before it gave prevention and "geen acuut signaal"; "nee, soms wel" on it was a no,
    while the same words are a yes on the safety screen."""
    result = replay(builtin, given, "nl", index)
    assert "self_harm" in result.themes and result.tier is Tier.ACUTE, result.reasons


def test_sensitive_on_a_question_that_is_not_yes_no_is_a_warning(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`sensitive: true` on a scale question was accepted without a word (round 8)."""
    text = (
        "schema_version: 1\nquestions:\n  - id: extra_q\n    type: scale\n    min: 0\n"
        "    max: 10\n    sensitive: true\n    text: {nl: Hoe zwaar?, en: How heavy?}\n"
        "    help: {nl: x, en: x}\n"
    )
    layer = write(tmp_path, "q.yaml", text)
    result = invoke(runner, "catalog", "validate", "builtin", str(layer), "--lang", "en")
    assert "q.yaml:7:" in result.output and "'sensitive' of question 'extra_q'" in result.output
