from __future__ import annotations

import json
import re
import stat
from pathlib import Path

from typer.testing import CliRunner

from ..conftest import invoke, invoke_en, write
from ..contracts import REFERRAL_KEYS, RESULT_KEYS

AT = ("--at", "2026-11-30T14:00")


def answers_file(tmp_path: Path, text: str, name: str = "answers.yaml") -> str:
    return str(write(tmp_path, name, text))


def test_replay_json_contract(runner: CliRunner, tmp_path: Path) -> None:
    path = answers_file(
        tmp_path,
        """\
        safety_wish_dead: no
        safety_thoughts: no
        safety_behaviour: no
        area_study: yes
        study_worries: [exams_fear]
        """,
    )
    result = invoke(runner, "interview", "--answers", path, "--json", *AT)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == RESULT_KEYS
    assert data["tier"] == "specific" and data["screened"] is True
    assert data["themes"] == ["performance_anxiety"]
    assert all(set(r) == REFERRAL_KEYS for r in data["referrals"])
    assert data["catalog"] == {"name": "steunwijzer standaardcatalogus", "version": "2026.11"}
    assert data["override"] is None


def test_replay_json_answers_and_unscreened(runner: CliRunner, tmp_path: Path) -> None:
    path = answers_file(tmp_path, '{"area_loss": true}', "a.json")
    data = json.loads(
        invoke(runner, "interview", "--answers", path, "--json", "--lang", "en", *AT).stdout
    )
    assert data["tier"] == "acute" and data["screened"] is False and data["lang"] == "en"
    # grief is acute but no risk to life: fitting help first, the crisis lines last
    assert data["risk_to_life"] is False
    assert data["referrals"][0]["crisis"] is False and "grief" in data["referrals"][0]["serves"]
    assert data["referrals"][-1]["crisis"] is True


def test_replay_invalid_answer_names_question_and_values(runner: CliRunner, tmp_path: Path) -> None:
    path = answers_file(tmp_path, "study_worries: [exam_fears, planning]\n")
    result = invoke_en(runner, "interview", "--answers", path)
    assert result.exit_code == 1
    assert "study_worries" in result.stderr and "exams_fear" in result.stderr
    unknown = answers_file(tmp_path, "area_sleeep: yes\n", "u.yaml")
    result = invoke_en(runner, "interview", "--answers", unknown)
    assert result.exit_code == 1 and "did you mean 'area_sleep'" in result.stderr
    broken = answers_file(tmp_path, "a: [1\n", "b.yaml")
    result = invoke_en(runner, "interview", "--answers", broken)
    assert result.exit_code == 1 and f"{broken}:2: error:" in result.stderr


def test_replay_human_output_in_english(runner: CliRunner, tmp_path: Path) -> None:
    path = answers_file(tmp_path, "safety_intent: yes\nsafety_thoughts: yes\n")
    out = invoke(runner, "interview", "--answers", path, "--lang", "en", "--plain", *AT).stdout
    assert "Tier:" in out and "ACUTE" in out
    assert out.index("113 Suicide Prevention") < out.index("Referrals") + 200
    assert "safety questions were not (fully) asked" in out


def test_list_questions(runner: CliRunner) -> None:
    rows = json.loads(invoke(runner, "interview", "--list-questions", "--json").stdout)
    assert [r["id"] for r in rows[:6]] == [
        "safety_wish_dead",
        "safety_thoughts",
        "safety_method",
        "safety_intent",
        "safety_plan",
        "safety_behaviour",
    ]
    by_id = {r["id"]: r for r in rows}
    assert by_id["study_worries"]["choices"][0] == "exams_fear"
    assert "performance_anxiety" in by_id["study_worries"]["themes"]
    assert by_id["mood_weight"]["min"] == 0 and by_id["mood_weight"]["max"] == 10
    assert by_id["safety_wish_dead"]["themes"] == ["suicidal_thoughts"]
    english = json.loads(
        invoke(runner, "interview", "--list-questions", "--json", "--lang", "en").stdout
    )
    assert english[0]["text"].startswith("In the past month")


def test_save_and_handout_are_private_and_never_clobbered(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = answers_file(tmp_path, "safety_wish_dead: yes\narea_money: yes\n")
    save, handout = tmp_path / "s.json", tmp_path / "h.md"
    result = invoke(
        runner,
        "interview",
        "--answers",
        path,
        "--save",
        str(save),
        "--handout",
        str(handout),
        "--json",
        *AT,
    )
    assert result.exit_code == 0
    for file in (save, handout):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    record = json.loads(save.read_text())
    assert record["answers"]["area_money"] is True
    assert record["result"]["tier"] == "acute"
    assert "name" not in record["answers"]
    text = handout.read_text()
    assert "113 Zelfmoordpreventie" in text and "0800-0113" in text
    again = invoke_en(runner, "interview", "--answers", path, "--save", str(save), *AT)
    assert again.exit_code == 1 and "already exists" in again.stderr
    # A replay's result comes first, whatever happens to the file (round 6: only the
    # error was printed, and the acute result with its crisis line was not).
    assert "113" in again.stdout
    nowhere = tmp_path / "missing" / "s.json"
    lost = invoke_en(runner, "interview", "--answers", path, "--save", str(nowhere), *AT)
    assert lost.exit_code == 1 and "113" in lost.stdout and not nowhere.exists()
    forced = invoke_en(runner, "interview", "--answers", path, "--save", str(save), "--force", *AT)
    assert forced.exit_code == 0


def test_nothing_written_without_options(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = answers_file(tmp_path, "area_money: yes\n")
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    invoke(runner, "interview", "--answers", path, *AT)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_broken_catalogue_still_reaches_crisis_help(runner: CliRunner, tmp_path: Path) -> None:
    broken = write(tmp_path, "broken.yaml", "schema_version: 1\nofferings: [{id: x}]\n")
    path = answers_file(tmp_path, "safety_thoughts: yes\n")
    result = invoke(runner, "interview", "--catalog", str(broken), "--answers", path, "--json")
    assert result.exit_code == 1
    assert "Safety mode" in result.stderr or "Veiligheidsmodus" in result.stderr
    data = json.loads(result.stdout)
    assert data["tier"] == "acute" and data["referrals"][0]["id"] == "builtin-113"
    looked = invoke(runner, "lookup", "--catalog", str(broken), "--theme", "zelfmoord", "--json")
    assert looked.exit_code == 1
    assert json.loads(looked.stdout)["referrals"][0]["crisis"] is True


def test_lookup(runner: CliRunner) -> None:
    for name in ("faalangst", "Faalangst", "performance_anxiety", "FAALÀNGST", "exam anxiety"):
        data = json.loads(invoke_en(runner, "lookup", "--theme", name, "--json", *AT).stdout)
        assert data["themes"] == ["performance_anxiety"] and data["screened"] is False
    unknown = invoke_en(runner, "lookup", "--theme", "fallangst")
    assert unknown.exit_code == 1 and "did you mean 'faalangst'" in unknown.stderr
    assert invoke_en(runner, "lookup").exit_code == 2
    human = invoke_en(runner, "lookup", "--theme", "sleep", "--lang", "en", *AT).stdout
    assert "does not ask the safety questions" in human
    text = json.loads(
        invoke_en(
            runner, "lookup", "--text", "my father passed away", "--lang", "en", "--json", *AT
        ).stdout
    )
    assert text["tier"] == "acute" and not text["referrals"][0]["crisis"]
    assert text["referrals"][-1]["crisis"]


def test_tips(runner: CliRunner) -> None:
    rows = json.loads(
        invoke(runner, "tips", "--tier", "acute", "--style", "emotional", "--json").stdout
    )
    assert rows and {r["style"] for r in rows} <= {"emotional", "combined"}
    assert "emotional" in {r["style"] for r in rows}
    assert invoke(runner, "tips", "--style", "loud").exit_code == 2
    assert "Luister eerst" in invoke(runner, "tips").stdout


def test_interactive_json_keeps_prompts_off_stdout(runner: CliRunner) -> None:
    # The mood question (the ninth) and the self-harm question after it (asked of
    # everyone since round 32; Enter twice there is "weet niet": acute) answered "nee".
    typed = "\n".join(["nee", "nee", "nee"] + [""] * 5 + ["nee", "nee"] + [""] * 40)
    result = invoke(runner, "interview", "--json", "--at", "2026-11-30T14:00", input=typed)
    assert result.exit_code == 0
    data = json.loads(result.stdout)  # nothing but the JSON object
    assert data["screened"] is True and data["tier"] == "prevention"
    assert "Vraag 1 van ongeveer" in result.stderr


BOX_DRAWING = re.compile("[\u2500-\u257f]")


def test_plain_output_has_no_box_drawing(runner: CliRunner, tmp_path: Path) -> None:
    """--plain is for screen readers: no boxes or rules to read out."""
    typed = "\n".join(["nee", "ja", "d"] + [""] * 40)
    interactive = invoke(runner, "interview", "--plain", input=typed)
    assert interactive.exit_code == 0
    assert "UITKOMST" in interactive.output and "113" in interactive.output
    path = answers_file(tmp_path, "safety_thoughts: yes\n")
    for result in (
        interactive,
        invoke(runner, "interview", "--plain", "--answers", path),
        invoke(runner, "lookup", "--theme", "rouw", "--plain"),
        invoke(runner, "catalog", "list", "--plain"),
    ):
        assert BOX_DRAWING.search(result.output) is None, result.output[:300]


def test_invalid_answer_hint_is_in_the_interface_language(runner: CliRunner) -> None:
    # ("misschien"/"maybe" are a don't-know on a safety question since the role-play.)
    dutch = invoke(runner, "interview", "--plain", input="blauw\n")
    assert "Dat antwoord past niet. Typ ja, nee of weet niet" in dutch.output
    assert "invalid answer" not in dutch.output
    english = invoke(runner, "interview", "--plain", "--lang", "en", input="blue\n")
    assert "That answer does not fit. Type yes, no or don't know" in english.output


def test_an_invalid_request_still_reports_its_acute_part(runner: CliRunner, tmp_path: Path) -> None:
    looked = invoke_en(runner, "lookup", "--theme", "zelfmoord", "--theme", "typo", "--json")
    assert looked.exit_code == 1 and "unknown theme 'typo'" in looked.stderr
    data = json.loads(looked.stdout)
    assert data["tier"] == "acute" and data["referrals"][0]["crisis"] is True
    assert "unknown theme 'typo'" in data["error"]
    human = invoke_en(runner, "lookup", "--theme", "rouw", "--theme", "typo")
    assert human.exit_code == 1 and "113" in human.stdout
    path = answers_file(tmp_path, "safety_plan: yes\narea_money: misschien\n")
    replayed = invoke_en(runner, "interview", "--answers", path, "--json")
    assert replayed.exit_code == 1 and "area_money" in replayed.stderr
    result = json.loads(replayed.stdout)
    assert result["tier"] == "acute" and result["urgency"] == "immediate"
    plain_error = invoke_en(runner, "lookup", "--theme", "typo")
    assert plain_error.exit_code == 1 and plain_error.stdout == ""  # nothing acute: no result


def test_a_refused_answers_file_keeps_its_yes_to_a_safety_question(
    runner: CliRunner, tmp_path: Path
) -> None:
    """An answers file refused for a bad byte or a syntax error printed the error alone:
    its "ja" to a safety question was lost (an outside hostile-input test)."""
    bad_byte = tmp_path / "bad.yaml"
    bad_byte.write_bytes(b'safety_plan: ja\nown_words: "\xff"\n')
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"safety_intent": "ja", "own_words": oops}\n', encoding="utf-8")
    for path in (bad_byte, bad_json):
        result = invoke(runner, "interview", "--answers", str(path), "--json", *AT)
        assert result.exit_code == 1, result.output
        data = json.loads(result.stdout)
        assert (data["tier"], data["urgency"]) == ("acute", "immediate")
        assert data["referrals"][0]["crisis"] is True
    calm = tmp_path / "calm.yaml"
    calm.write_bytes(b'safety_plan: nee\nown_words: "\xff"\n')
    quiet = invoke(runner, "interview", "--answers", str(calm), "--json", *AT)
    assert quiet.exit_code == 1 and not quiet.stdout.strip()


def test_answer_keys_as_people_type_them(runner: CliRunner, tmp_path: Path) -> None:
    """'SAFETY_PLAN: ja', 'safety-plan: ja' and 'safety_plan:ja' (no space: YAML text,
    not a mapping) were refused and their "ja" lost (an outside hostile-input test)."""
    for i, text in enumerate(("SAFETY_PLAN: ja\n", "safety-plan: ja\n", "safety_plan:ja\n")):
        path = answers_file(tmp_path, text, f"a{i}.yaml")
        result = invoke(runner, "interview", "--answers", path, "--json", *AT)
        data = json.loads(result.stdout)
        assert (data["tier"], data["urgency"]) == ("acute", "immediate"), text
    both = answers_file(tmp_path, "safety_plan: nee\nSAFETY_PLAN: ja\n", "both.yaml")
    result = invoke_en(runner, "interview", "--answers", both, "--json", *AT)
    assert result.exit_code == 1 and "both answer" in result.stderr
    assert json.loads(result.stdout)["tier"] == "acute"  # the yes among them counts


def test_a_refused_answers_file_says_error_with_its_path(runner: CliRunner, tmp_path: Path) -> None:
    """Every refusal of an answers file reads "PATH[:LINE]: error: ...", exit 1 (the
    nesting refusal lost its "error:" when refused files began to keep their safety
    answers)."""
    deep = tmp_path / "deep.json"
    deep.write_text('{"safety_plan": ' + "[" * 40 + "]" * 40 + "}\n", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"safety_plan": "nee", }\n', encoding="utf-8")
    for path in (deep, bad):
        result = invoke(runner, "interview", "--answers", str(path), *AT)
        assert result.exit_code == 1, result.output
        assert re.match(rf"{re.escape(str(path))}(:\d+)?: error: ", result.stderr), result.stderr
        assert "Traceback" not in result.output
