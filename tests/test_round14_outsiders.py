"""Round 14: what round 13 noticed and left, and what the round's outsiders found.
Each test was run on the commit before its fix (a worktree) and failed there unless its
docstring says it guards."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.prompts import (
    BACK,
    SKIP,
    CrisisPrompt,
    OverridePrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
    Unfit,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.present.explain import reason_lines

from .terminal_helpers import terminal


def _override_with(
    builtin: Catalog, index: ReferralIndex, words: str, *, at: dict[str, object] | None = None
) -> tuple[list[Prompt], object]:
    """Every question "nee" (or ``at[question]``); at the tier override first ``words``
    (no tier), then Enter."""
    seen: list[Prompt] = []
    overrides: list[object] = [Unfit(words), None]
    given = dict(at or {})

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            reply = given.pop(prompt.question.id, None)
            if reply is not None:
                return reply
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return overrides.pop(0) if isinstance(prompt, OverridePrompt) else None

    return seen, run_interview(builtin, ask, "nl", index).result


def test_words_typed_at_the_tier_override_are_read(builtin: Catalog, index: ReferralIndex) -> None:
    """Round 13 left it open: "she now says she saved pills for tonight" typed at
    "adjust the tier?" got "type prevention, specific or acute" and was never read."""
    seen, result = _override_with(builtin, index, "ik heb pillen gespaard voor vanavond")
    kinds = [type(p).__name__ for p in seen if isinstance(p, CrisisPrompt | OverridePrompt)]
    assert kinds == ["OverridePrompt", "CrisisPrompt", "OverridePrompt"]
    assert result.tier is Tier.ACUTE and result.urgency is Urgency.IMMEDIATE
    assert "suicidal_thoughts" in result.themes
    again = seen[-1]
    assert isinstance(again, OverridePrompt) and again.result is result
    assert again.heard is not None and "suicidal_thoughts" in again.heard


def test_words_without_a_need_at_the_override_change_nothing_and_say_so(
    builtin: Catalog, index: ReferralIndex
) -> None:
    seen, result = _override_with(builtin, index, "ze is eigenlijk best tevreden over haar studie")
    overrides = [p for p in seen if isinstance(p, OverridePrompt)]
    assert len(overrides) == 2 and overrides[1].heard == ()
    assert not any(isinstance(p, CrisisPrompt) for p in seen)
    assert result.tier is overrides[0].result.tier


def test_the_terminal_hands_words_at_the_override_on(
    builtin: Catalog, index: ReferralIndex
) -> None:
    _, result = _override_with(builtin, index, "niets")
    ask, _ = terminal(builtin, "ze zegt nu dat ze niet meer wil leven")
    assert ask(OverridePrompt(result)) == Unfit("ze zegt nu dat ze niet meer wil leven")
    ask, screen = terminal(builtin, "")
    assert ask(OverridePrompt(result, ())) is None
    assert "geen nieuw acuut signaal" in screen.getvalue()
    ask, screen = terminal(builtin, "")
    ask(OverridePrompt(result, ("suicidal_thoughts",)))
    assert "wat de student zei is meegenomen" in screen.getvalue()
    ask, screen = terminal(builtin, "acuut")  # a tier word is still a tier
    assert ask(OverridePrompt(result)) == (Tier.ACUTE, None)


def test_a_second_panel_quotes_its_own_reason(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play, round 13: the panel for "not safe at home" quoted the suicide answer
    again. The panel names the new risk, and with the screen done it does not say
    "finish the safety questions"."""
    seen, _ = _override_with(
        builtin,
        index,
        "niets",
        at={"safety_thoughts": "ja", "area_circumstances": Unfit("mijn vriend slaat me")},
    )
    panels = [p for p in seen if isinstance(p, CrisisPrompt)]
    assert [p.new for p in panels] == [("suicidal_thoughts",), ("unsafe_situation",)]
    assert not panels[0].screened and panels[1].screened
    ask, screen = terminal(builtin, "d")
    ask(panels[1])
    why = next(x for x in screen.getvalue().splitlines() if x.strip().startswith("Aanleiding"))
    assert "slaat" in why, why
    assert "Stel de rest" not in screen.getvalue()


def _scripted(
    builtin: Catalog, index: ReferralIndex, script: dict[str, list[object]]
) -> TriageResult:
    """Each question in ``script`` answered with its replies in turn (the last one again);
    every other question "nee" or skipped; the panel goes on; at the review the replies
    under "review", then "ok"."""
    review = script.pop("review", [])

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            replies = script.get(prompt.question.id)
            if replies:
                return replies.pop(0) if len(replies) > 1 else replies[0]
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return review.pop(0) if review else "ok"
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    return run_interview(builtin, ask, "nl", index).result


@pytest.mark.parametrize(
    "script",
    [
        # "ja" to self-harm, the panel, 'b' at the next question, then "nee"
        {"mood_self_harm": ["ja", "nee"], "area_money": [BACK, "nee"]},
        # the same "ja", then the question before it changed to "nee"
        {"area_mood": ["ja", "nee"], "mood_self_harm": ["ja"], "review": ["area_mood"]},
    ],
)
def test_a_self_harm_yes_taken_back_stays_a_finding(
    gated: Catalog, gated_index: ReferralIndex, script: dict[str, list[object]]
) -> None:
    """A role-play, round 14: "ja" to "do you hurt yourself?", the crisis panel, then 'b'
    and "nee": specific, routine, no 113 anywhere. Only the screen's own questions kept a
    yes that was taken back. (On a catalogue that gates the question behind the mood
    question; the built-in one asks it of everyone since round 32.)"""
    result = _scripted(gated, gated_index, {"area_mood": ["ja"], **script})
    assert result.tier is Tier.ACUTE and result.risk_to_life
    assert "self_harm" in result.themes
    lines = reason_lines(gated, result, "nl")
    # Taken back: "Eerst ja ..."; left out when the question before it changed: what she
    # answered, and that the question fell away (a second role-play, round 30, E3).
    told = "Je antwoordde ‘ja’" if "review" in script else "Vraag er opnieuw naar: eerst ja"
    assert any(x.startswith(told) and "pijn" in x for x in lines), lines


def test_an_answer_changed_without_a_risk_keeps_nothing(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards: money "ja" then "nee" is simply no money question."""
    result = _scripted(
        builtin, index, {"area_money": ["ja", "nee"], "area_circumstances": [BACK, "nee"]}
    )
    assert "finances" not in result.themes and not result.risk_to_life


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-32-le"])
def test_a_broken_utf16_row_does_not_end_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str
) -> None:
    """An outsiders' hostile round (round 14): one lone surrogate in a UTF-16 file was
    an internal error, zero rows came out and both "ik wil dood" rows were lost."""
    from steunwijzer.cli.app import run

    rows = ["id,text", "1,ik slaap slecht", "2,ik wil dood \ud800 echt", "3,ik wil dood"]
    data = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF32_LE
    for row in rows:
        data += (row + "\r\n").encode(codec, "surrogatepass")
    source = tmp_path / "rows.csv"
    source.write_bytes(data)
    code = run(["batch", str(source), "--format", "csv"])
    out = capsys.readouterr()
    assert "interne fout" not in out.err and "internal error" not in out.err
    lines = out.out.splitlines()
    assert [x.split(",")[1] for x in lines[1:]] == ["specific", "acute", "acute"], lines
    assert code == 0


def _batch_tiers(
    tmp_path: Path, name: str, content: str, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    from steunwijzer.cli.app import run

    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    run(["batch", str(source), "--format", "csv"])
    lines = capsys.readouterr().out.splitlines()
    return [x.split(",")[1] for x in lines[1:]]


@pytest.mark.parametrize(
    "row",
    [
        '{"id": "w1", "intake": {"safety_thoughts": "ja"}}',
        '{"id": "w6", "themes": ["sleep"], "student": {"answers": {"safety_plan": "ja"}}}',
        '{"cases": [{"id": "b", "answers": {"safety_thoughts": "ja"}}]}',
        '{"id": "r", "responses": {"safety_intent": "yes"}}',
        '{"id": "x", "themes": ["sleep"], "safety_intent (yes/no)": "ja"}',
        '{"id": "y", "vraag 2 (safety_thoughts)": "ja"}',
        '{"id": "z", "safety thoughts antwoord": "ja"}',
        '[{"id": "a", "themes": ["sleep"]}, {"id": "b", "answers": {"safety_thoughts": "ja"}}]',
        '["safety_thoughts", "ja"]',
        '{"id": "p", "answers": [["safety_plan", "ja"]]}',
        '{"id": "q", "answers": [{"question": "safety_thoughts", "answer": "ja"}]}',
    ],
)
def test_a_safety_yes_in_any_shape_keeps_its_acute_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str
) -> None:
    """An outsiders' hostile round (round 14): each of these rows lost its "ja" to a
    safety question without a word (the nested ones: "nothing recognised", exit 0)."""
    tiers = _batch_tiers(tmp_path, "rows.jsonl", row + "\n", capsys)
    # A list of cases on one line is read as its cases since round 20 (io/jsonarray.py).
    assert tiers == (["specific", "acute"] if row.startswith('[{"id": "a"') else ["acute"])


@pytest.mark.parametrize("column", ["safety_thoughts (ja/nee)", "vraag 2 (safety_thoughts)"])
def test_an_annotated_csv_column_keeps_its_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str
) -> None:
    tiers = _batch_tiers(tmp_path, "rows.csv", f"id,themes,{column}\n1,sleep,ja\n", capsys)
    assert tiers == ["", "acute"]  # the header refused, the row's yes kept


@pytest.mark.parametrize(
    "answers", ["- [safety_thoughts, ja]\n", "- {question: safety_thoughts, answer: ja}\n"]
)
def test_answers_written_as_a_list_keep_their_acute_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answers: str
) -> None:
    from steunwijzer.cli.app import run

    source = tmp_path / "answers.yaml"
    source.write_text(answers, encoding="utf-8")
    assert run(["interview", "--answers", str(source), "--lang", "en"]) == 1
    out = capsys.readouterr()
    assert "ACUTE" in out.out and "113" in out.out


def _big_batch(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"id": str(i), "text": "ik wil dood" if i % 500 == 7 else "ik slaap slecht"})
        for i in range(3000)
    ]
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("to_file", [True, False])
def test_a_full_disk_names_the_acute_rows_of_a_batch(tmp_path: Path, to_file: bool) -> None:
    """An outsiders' hostile round (round 14): `batch big.jsonl -o /dev/full` (and `>
    /dev/full`) said only "no space left on device": 200 acute rows, no id, no crisis
    line. Every acute row is named on stderr, the rest of the input read for it."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "steunwijzer", "batch", str(_big_batch(tmp_path))]
    with open("/dev/full", "w", encoding="utf-8") as full:  # noqa: PTH123 - a device
        done = subprocess.run(
            [*command, "-o", "/dev/full"] if to_file else command,
            stdout=subprocess.DEVNULL if to_file else full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 1
    named = next(x for x in done.stderr.splitlines() if x.startswith("Rijen met een risico"))
    # each with its line since round 19 (a row's id may be another row's number)
    assert named.endswith(
        ": 7 (regel 8), 507 (regel 508), 1007 (regel 1008), 1507 (regel 1508), "
        "2007 (regel 2008), 2507 (regel 2508)"
    ), named
    assert "113" in done.stderr


def test_a_batch_refused_for_its_output_still_shows_the_acute_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 13 left it open: `batch FILE -o EXISTING` said "already exists" and nothing
    of the input's "ik wil dood"."""
    from steunwijzer.cli.app import run

    existing = tmp_path / "out.csv"
    existing.write_text("", encoding="utf-8")
    assert run(["batch", str(_big_batch(tmp_path)), "-o", str(existing)]) == 1
    out = capsys.readouterr()
    assert "bestaat al" in out.err
    assert "ACUUT" in out.out and "113" in out.out


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("nee, ik denk daar niet aan", False),
        ("nee joh, zoals ik zei ik denk daar niet aan", False),
        ("nope nooit, heb ik echt nooit aan gedacht", False),
        ("nee eigenlijk niet", False),
        ("no, I never thought about it", False),
        ("no I don't think about it", False),
        # guards: what takes the no back, or hedges it, stays doubt
        ("nee, ik denk er elke dag aan", "unknown"),
        ("nee, ik denk er niet vaak aan", "unknown"),
        ("nee, ik denk er niet meer aan", "unknown"),
        ("nee, ik denk niet dat ik het zou doen", "unknown"),
        ("nee, eigenlijk wel", "unknown"),
        ("nee, want ik heb al een plan", "unknown"),
    ],
)
def test_a_no_said_again_in_other_words_is_a_no(
    builtin: Catalog, said: str, expected: object
) -> None:
    """A role-play (round 14): "nee, ik denk daar niet aan" and "nooit aan gedacht" were
    read as "weet niet"; the student was asked about a method and the record said "first
    yes or don't know" three times."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("safety_thoughts")
    assert question is not None
    assert parse_answer(question, said) == expected


def test_a_quote_inside_an_unquoted_cell_is_a_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An outsiders' hostile round (round 14): `3,mijn 15" laptop is stuk` was refused as
    "unbalanced quote" and the row lost; Python's csv reads it as a character."""
    rows = (
        'id,text\n1,ik slaap slecht en voel me "op"\n2,ik zei "ik wil dood" tegen haar\n'
        '3,mijn 15" laptop\n'
    )
    assert _batch_tiers(tmp_path, "rows.csv", rows, capsys) == ["specific", "acute", ""]
    from steunwijzer.cli.app import run

    run(["batch", str(tmp_path / "rows.csv"), "--format", "csv"])
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith(",false") and "quote" not in last, last  # read: nothing recognised
    rows = 'id,text\n1,"een veld\nover twee regels"\n2,"ik wil dood"\n'  # guards
    assert _batch_tiers(tmp_path, "two.csv", rows, capsys)[1] == "acute"


@pytest.mark.parametrize("column", ["bsn", "emailadres", "voornaam", "geboortedatum", "code"])
def test_report_refuses_a_column_that_names_the_students(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str
) -> None:
    """The same round: `report --by bsn` printed one group per student, its number as the
    label. Refused by its name, or (any name) when nearly every row has its own value."""
    from steunwijzer.cli.app import run

    lines = [
        json.dumps({"id": str(i), "tier": "specific", "themes": ["sleep"], column: f"x{i}"})
        for i in range(12)
    ]
    source = tmp_path / "results.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(["report", str(source), "--by", column, "--lang", "en"]) == 2
    out = capsys.readouterr()
    assert "x3" not in out.out and "identifies" in out.err


def test_an_export_never_writes_over_its_own_catalogue(tmp_path: Path) -> None:
    """The same round: `catalog export --catalog c/themes.yaml -o c/themes.yaml --force`
    replaced the catalogue with Markdown, exit 0."""
    from steunwijzer.cli.app import run

    folder = tmp_path / "c"
    assert run(["catalog", "init", str(folder)]) == 0
    themes = folder / "themes.yaml"
    before = themes.read_text(encoding="utf-8")
    for args in (
        ["--catalog", str(themes), "--format", "markdown", "-o", str(themes)],
        ["--catalog", str(folder), "--format", "html", "-o", str(themes)],
        ["--catalog", str(folder), "--format", "hsds", "-o", str(folder)],
    ):
        assert run(["catalog", "export", *args, "--force"]) == 1
    assert themes.read_text(encoding="utf-8") == before


def _own_words(builtin: Catalog, index: ReferralIndex, text: str) -> TriageResult:
    """The own-words question answered with ``text``, everything else "nee" (also when
    asked again), the suggestions accepted."""

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.type == "text":
                return text
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    return run_interview(builtin, ask, "nl", index).result


def test_a_guess_answered_no_twice_is_settled(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play (round 14): a grieving student's "opa dood ... niet meer ... alleen"
    was guessed as suicidal thoughts by the second net; two fresh "nee"s changed nothing
    and 113 stayed first. Asked again and answered no, the guess is a mention."""
    text = (
        "Sinds opa dood is zie ik het nut van de studie niet meer. Ik wil me eigenlijk "
        "uitschrijven en terug naar huis, mijn oma is nu alleen."
    )
    result = _own_words(builtin, index, text)
    assert {"grief", "dropout_risk"} <= set(result.themes)
    assert "suicidal_thoughts" not in result.themes and not result.risk_to_life
    assert [m.set_aside for m in result.mentions] == ["asked_no"]


def test_own_words_of_a_wish_to_die_are_never_settled(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards: the rules' finding stays, whatever the screen says afterwards."""
    result = _own_words(builtin, index, "soms wil ik gewoon niet meer leven, alles is zwaar")
    assert "suicidal_thoughts" in result.themes and result.risk_to_life


def test_a_question_left_by_finishing_early_is_not_said_to_depend_on_an_answer(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play (round 14): after "afronden" at the crisis panel the result said the
    self-harm question was "not asked (it depended on an earlier answer)"; it was not
    asked because the intake ended."""
    from steunwijzer.render.screen import summary_lines

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            return "ja" if prompt.question.id == "safety_wish_dead" else "nee"
        return "finish" if isinstance(prompt, CrisisPrompt) else None

    outcome = run_interview(builtin, ask, "nl", index)
    assert outcome.finished_early
    text = " ".join(x for x, _ in summary_lines(builtin, outcome.result, "nl", 200))
    assert "Niet gesteld in dit gesprek" in text and "hing af van" not in text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("deels", "partly"),
        ("grotendeels", "partly"),
        ("een beetje", "partly"),
        ("ja best wel", "yes"),
        ("not really", "no"),
        ("nee hoor", "no"),
        ("2", "partly"),  # guards: numbers and labels as before
        ("Ja", "yes"),
    ],
)
def test_a_yes_partly_no_question_reads_answers_as_people_say_them(
    builtin: Catalog, said: str, expected: str
) -> None:
    """A role-play (round 14): "deels" was refused at "Voel je je veilig op je
    opleiding?" while "partly" was taken; "ja best wel" refused; "not really" skipped."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("connection_safe")
    assert question is not None
    assert parse_answer(question, said) == expected


@pytest.mark.parametrize(("said", "read"), [("not really", "not really"), ("weet niet", SKIP)])
def test_the_terminal_takes_not_really_at_a_yes_partly_no_question(
    builtin: Catalog, said: str, read: object
) -> None:
    """ "not really" at "Do you feel safe in your programme?" was read as "skipped";
    "weet niet" there still is (guards)."""
    question = builtin.question("connection_safe")
    assert question is not None
    ask, _ = terminal(builtin, said)
    assert ask.question(QuestionPrompt(question, 20, 22, None, True)) == read


# --- a second hostile round (round 14) ---------------------------------------------------
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("nee, maar ik heb een touw", "unknown"),
        ("nee, maar ik heb pillen", "unknown"),
        ("no, but I have a knife in my room", "unknown"),
        ("no, but I looked up the bridge", "unknown"),
        ("nee, ik heb geen pillen", False),  # guards: the means denied
        ("nee, maar ik slaap slecht", False),  # guards: no means named
    ],
)
def test_a_no_beside_a_means_is_doubt(builtin: Catalog, said: str, expected: object) -> None:
    """ "nee, maar ik heb een touw" to the thoughts question was a plain no: "all
    answered no; no acute signal", in the interview, a replay and batch."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("safety_thoughts")
    assert question is not None
    assert parse_answer(question, said) == expected


@pytest.mark.parametrize(
    "content",
    [
        'safety_wish_dead: no\nsafety_thoughts: no\nown_words: "ik wil dood\n',
        "safety_wish_dead: no\nsafety_thoughts: never\nown_words: [I want to die\n",
        "safety_wish_dead: no\nown_words: ik slaap slecht # en eerlijk gezegd wil ik dood\n",
    ],
)
def test_a_broken_or_commented_answers_file_keeps_its_acute_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    """A YAML error after safety "no"s lost "ik wil dood" (the values were joined, so
    "no" negated it); words after a '#' were read by nobody."""
    from steunwijzer.cli.app import run

    source = tmp_path / "answers.yaml"
    source.write_text(content, encoding="utf-8")
    assert run(["interview", "--answers", str(source), "--lang", "en", "--plain"]) == 1
    out = capsys.readouterr()
    assert "ACUTE" in out.out and "113" in out.out


def test_a_harmless_comment_in_an_answers_file_is_no_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Guards: a counsellor's note after '#' is a comment, as before."""
    from steunwijzer.cli.app import run

    source = tmp_path / "answers.yaml"
    source.write_text("safety_wish_dead: nee  # intake 12 maart\nsafety_thoughts: nee\n", "utf-8")
    assert run(["interview", "--answers", str(source), "--lang", "en", "--plain"]) == 0


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_quoted_line_break_in_a_semicolon_csv_is_one_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], delimiter: str
) -> None:
    """Dutch Excel (Alt+Enter in a cell, ';' between cells): the row was broken in two
    and lost, and a second row got the same id."""
    rows = f'id{delimiter}text\n1{delimiter}"ik slaap slecht\nen pieker"\n2{delimiter}examenangst\n'
    assert _batch_tiers(tmp_path, "rows.csv", rows, capsys) == ["specific", "specific"]


def test_column_names_of_a_refused_batch_are_no_students_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`batch fa.csv --limit 0` (a usage error) showed "ACUUT: 'wish_dead'" for a file
    whose every answer was "nee"."""
    from steunwijzer.cli.app import run

    source = tmp_path / "rows.csv"
    source.write_text("id,text,safety_wish_dead\n1,slaap,nee\n", encoding="utf-8")
    assert run(["batch", str(source), "--limit", "0"]) == 2
    assert "113" not in capsys.readouterr().out


# --- a second role-play (round 14) -------------------------------------------------------
def test_a_risk_sentence_at_the_review_brings_the_panel_at_once(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "she now says she has been saving up pills" at the review redrew the review: no
    panel until the result (a role-play, round 14). Harmless words say they were read."""
    seen: list[Prompt] = []
    reviews: list[object] = [Unfit("ik heb pillen gespaard voor vanavond"), "ok"]

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return reviews.pop(0)
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    result = run_interview(builtin, ask, "nl", index).result
    kinds = [type(p).__name__ for p in seen if not isinstance(p, QuestionPrompt)]
    assert kinds[:3] == ["ReviewPrompt", "CrisisPrompt", "ReviewPrompt"], kinds
    again = [p for p in seen if isinstance(p, ReviewPrompt)][1]
    assert again.heard is not None and "suicidal_thoughts" in again.heard
    assert result.urgency is Urgency.IMMEDIATE
    ask_screen, screen = terminal(builtin, "")
    ask_screen(ReviewPrompt(again.answers, ()))
    assert "geen nieuw acuut signaal" in screen.getvalue()


def test_own_words_of_a_wish_ask_the_preparation_question_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play (round 14): "iedereen is beter af zonder mij" after three "nee"s asked
    the wish and the thoughts again, but "done or prepared anything?" kept its "nee"."""
    seen: list[Prompt] = []

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            qid = prompt.question.id
            if qid == "area_mood" and not prompt.recheck and not prompt.unfit:
                return Unfit("soms denk ik dat iedereen beter af is zonder mij")
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    run_interview(builtin, ask, "nl", index)
    again = {p.question.id for p in seen if isinstance(p, QuestionPrompt) and p.recheck}
    assert {"safety_wish_dead", "safety_thoughts", "safety_behaviour"} <= again, again


def test_a_question_asked_again_says_so_in_its_heading(builtin: Catalog) -> None:
    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, screen = terminal(builtin, "nee")
    ask.question(QuestionPrompt(question, 1, 18, None, True, False, True))
    assert "Vraag 1 opnieuw" in screen.getvalue()
    assert "Vraag 1 van ongeveer" not in screen.getvalue()


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("uhm nee ik denk t niet, soms ben ik wel echt moe van alles", "unknown"),
        ("nee ik denk t niet, soms ben ik wel echt moe van alles", "unknown"),
        ("nee, soms wel", True),  # guards
        ("uhm nee", False),
    ],
)
def test_a_no_with_a_tired_sometimes_is_doubt_not_yes(
    builtin: Catalog, said: str, expected: object
) -> None:
    """A role-play (round 14): this answer to the wish to be dead was "gelezen als: ja"
    and the panel said "you answered yes"."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, said) == expected


def test_report_counts_a_theme_once_per_row_and_a_file_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second hostile round (round 14): "sleep" five times in one row counted 5 (past
    the small-count hiding), and a folder and a file in it counted the file twice."""
    from steunwijzer.cli.app import run

    folder = tmp_path / "results"
    folder.mkdir()
    rows = [
        json.dumps({"id": str(i), "tier": "specific", "themes": ["sleep"] * 5}) for i in range(6)
    ]
    (folder / "r.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    args = ["report", str(folder), str(folder / "r.jsonl"), "--format", "json"]
    assert run(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["everyone"]["rows"]["count"] == 6
    sleep = next(r for r in data["everyone"]["themes"]["rows"] if r["key"] == "sleep")
    assert sleep["count"] == 6


def test_a_refused_replay_says_its_files_were_not_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same round: the acute part was shown, and --save/--handout skipped without a
    word; the student left without the handout."""
    from steunwijzer.cli.app import run

    answers = tmp_path / "a.yaml"
    answers.write_text("safety_thoughts: ja\n---\nsafety_plan: nee\n", encoding="utf-8")
    save, handout = tmp_path / "s.json", tmp_path / "h.md"
    args = ["interview", "--answers", str(answers), "--save", str(save), "--handout", str(handout)]
    assert run([*args, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert f"{save}: not written" in err and f"{handout}: not written" in err


def test_answers_whose_question_did_not_apply_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same round: mood_weight 10 without area_mood was dropped without a word. Since
    round 69 an answer given without the question before it counts (a hostile round saw
    prevention with no reason), and the note says so."""
    from steunwijzer.cli.app import run

    answers = tmp_path / "a.yaml"
    answers.write_text("safety_wish_dead: nee\nsafety_thoughts: nee\nmood_weight: 10\n", "utf-8")
    run(["interview", "--answers", str(answers), "--lang", "en", "--plain"])
    err = capsys.readouterr().err
    assert "not given; the answer counts: mood_weight" in err
    assert "not used" not in err, err  # (both were said at first: the review of round 69)


def test_of_two_closed_offerings_the_one_opening_first_comes_first(builtin: Catalog) -> None:
    """A role-play (round 14): for a grandmother's death at 08:05 on a Monday the
    out-of-hours GP ("opens 17:00") came before help opening at 09:00 or 10:00."""
    import datetime as dt

    from steunwijzer.core.model import Urgency as U

    at = dt.datetime(2026, 11, 30, 8, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    index = ReferralIndex(builtin, at)
    ids = [r.offering.id for r in index.rank(Tier.ACUTE, ("grief",), "nl", U.SOON)]
    assert "huisartsenpost" not in ids[:3], ids
    closed = [r for r in index.rank(Tier.ACUTE, ("grief",), "nl", U.SOON) if r.open_now is False]
    opens = [r.opens_next for r in closed if r.opens_next is not None]
    assert opens == sorted(opens), [(r.offering.id, r.opens_next) for r in closed]


# --- a fourth outsiders' set (round 14: short lines, hard negatives) ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "ik heb een plan gemaakt voor die opdracht",
        "hoe maak ik een planning die ik ook volhoud",
        "toxicology exam tomorrow, I know every lethal dose by heart now",
        "werk in de apotheek, moet me inlezen in overdoseringen van slaapmiddelen",
        "ambulance internship, responded to an overdose call, team checked in with me after",
        "politiestage: vandaag mee naar een melding huiselijk geweld, leerzaam",
        "nursing placement: a patient passed away on my shift, mentor debriefed me, I'm ok",
    ],
)
def test_dutch_die_and_clinical_words_at_work_are_not_acute(builtin: Catalog, text: str) -> None:
    """Each came out acute; the first two as a plan to die, urgency immediate."""
    found = Vocabulary(builtin.themes).read(text)
    acute = {"suicidal_thoughts", "self_harm", "unsafe_situation", "grief", "concern_for_other"}
    assert acute.isdisjoint(found.themes), [(f.theme, f.words) for f in found.findings]


@pytest.mark.parametrize(
    "text",
    [
        "krijg de drang om mezelf pijn te doen niet weg",
        "the urge to cut won't go away",
        "I have a plan to die tonight",
        "op stage heb ik een overdosis genomen",  # guards: taken at work
        "ik werk in de apotheek en weet precies welke dosis dodelijk is, daar denk ik steeds aan",
        "Op stage heb ik uitgerekend hoeveel oxazepam een letale dosis is, voor mezelf.",
    ],
)
def test_an_urge_that_will_not_go_away_and_a_dose_for_oneself_are_found(
    builtin: Catalog, text: str
) -> None:
    """ "krijg de drang ... niet weg" was read as denied; the others guard the fixes of
    this round (a plan "to die" is still one; a dose taken or meant for oneself at work
    is no topic)."""
    found = Vocabulary(builtin.themes).read(text)
    assert {"suicidal_thoughts", "self_harm"} & set(found.themes), found.mentions


def test_a_number_at_a_yes_no_question_says_how_it_was_read(builtin: Catalog) -> None:
    """A role-play (round 14): "1" at the first safety question was a silent "ja"."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, screen = terminal(builtin, "1")
    assert ask.question(QuestionPrompt(question, 1, 18, None, False)) is True
    assert "→ gelezen als: ja" in screen.getvalue()


# --- a third role-play (round 14) --------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "no, not me, but my girlfriend does",
        "no, but my roommate does",
        "nee ik niet, maar mijn vriendin wel",
    ],
)
def test_someone_elses_self_harm_at_the_self_harm_question_is_concern(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """ "no, not me, but my girlfriend does" was a plain no (specific, no 113); the Dutch
    one was "weet niet" and the student's own self-harm."""
    result = _scripted(builtin, index, {"area_mood": ["ja"], "mood_self_harm": [said]})
    assert "concern_for_other" in result.themes and result.risk_to_life
    assert "self_harm" not in result.themes
    assert dict(result.answers)["mood_self_harm"] is False


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("nee dat niet, echt niet. ik ben gewoon op", False),
        ("no, absolutely not, really not", False),
        ("nee. ik kom eigenlijk voor iemand anders", False),
        ("nee niet echt", "unknown"),  # guards: a hedge stays doubt
        ("not really", "unknown"),
    ],
)
def test_a_firm_no_with_really_is_no_hedge(builtin: Catalog, said: str, expected: object) -> None:
    """ "echt niet" after "niet" read as the hedge "niet echt": "weet niet", the crisis
    panel and "first yes or don't know" in the record."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("safety_thoughts")
    assert question is not None
    assert parse_answer(question, said) == expected


def test_the_why_line_quotes_the_risk_to_life_first(builtin: Catalog, index: ReferralIndex) -> None:
    """A "weet niet" to the wish to be dead and "thinking of stopping": the why line
    named dropping out."""
    from steunwijzer.present.explain import why_line

    script: dict[str, list[object]] = {
        "safety_wish_dead": ["weet niet"],
        "area_study": ["ja"],
        "study_worries": ["thinking_of_stopping"],
    }
    result = _scripted(builtin, index, script)
    assert why_line(builtin, result, "nl").startswith("Zelfmoordgedachten")


def test_an_unasked_self_harm_question_is_named_beside_a_dont_know(
    gated: Catalog, gated_index: ReferralIndex
) -> None:
    """The note "Niet gesteld in dit gesprek: Doe je jezelf weleens pijn..." was left out
    whenever a screen answer was "weet niet", where it mattered most. (A catalogue that
    gates the question; the built-in one asks it of everyone since round 32.)"""
    from steunwijzer.render.screen import summary_lines

    result = _scripted(gated, gated_index, {"safety_wish_dead": ["weet niet"]})
    text = " ".join(x for x, _ in summary_lines(gated, result, "nl", 200))
    assert "Niet gesteld in dit gesprek" in text and "pijn" in text


# --- a fifth outsiders' set (round 14: acute needs other than one's own wish) ------------
@pytest.mark.parametrize(
    "text",
    [
        "My supervisor at my internship keeps touching my lower back, and once my thigh",
        "my ex recorded us having sex without me knowing and now it's online",
        "I sent him pics and now he wants 300 euro or he sends them to my followers",
        "my date got angry and held me down, I got him to leave eventually",
        "I woke up with him on top of me in the hotel room",
        "mijn oom heeft mij misbruikt toen ik klein was",
        "een man op een scooter die in mijn kruis greep op het fietspad",
        "vorige week kneep mijn docent in mijn bil bij het koffieapparaat",
        "mijn vriend heeft stiekem foto's gemaakt in de badkamer en gedeeld",
        "ik moest met klanten naar een hotel en nu laat ze me niet meer gaan",
    ],
)
def test_sexual_violence_said_without_the_usual_words_is_found(builtin: Catalog, text: str) -> None:
    """Sexual violence was found in 12 of 25 texts of an outsiders' set, each without
    "verkracht", "rape" or "assault"."""
    assert "sexual_violence" in Vocabulary(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "my coach grabbed my arm to stop me from falling",  # no body part of that kind
        "we filmed the lab session without sound, permission was fine",
        "the teacher held the door down the hall for me",
    ],
)
def test_ordinary_touch_and_filming_are_not_sexual_violence(builtin: Catalog, text: str) -> None:
    """Guards the families above."""
    assert "sexual_violence" not in Vocabulary(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "someone from my gym keeps waiting for me outside and I'm scared",
        "he takes my keys so I can't leave, he says it's because he loves me",
        "De baas houdt mijn loon in en dreigt dat hij mijn verblijfsvergunning laat intrekken",
        "hij zegt dat er iets met mijn zus gebeurt als ik niet betaal",
        "mijn huisbaas rammelt 's nachts aan mijn deur en zegt dat hij een sleutel heeft",
        "ik zit sinds zaterdag in een blijf-van-mijn-lijfhuis",
        "ik heb geen ander adres, waar kan ik morgennacht slapen?",
    ],
)
def test_unsafe_situations_said_plainly_are_found(builtin: Catalog, text: str) -> None:
    """Unsafe situations were found in 32 of 43 texts of an outsiders' set (round 14)."""
    assert "unsafe_situation" in Vocabulary(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "text",
    [
        "he knows my timetable because we are in the same class",
        "my mum keeps waiting for me at the station, sweet",
        "mijn moeder wacht steeds op me bij het station",
        "waar kan ik vannacht slapen als de trein uitvalt?",
    ],
)
def test_waiting_schedules_and_a_night_away_are_not_unsafe(builtin: Catalog, text: str) -> None:
    """Guards the families above: they need fear, a threat or nowhere to go."""
    assert "unsafe_situation" not in Vocabulary(builtin.themes).read(text).themes


# --- a fourth role-play (round 14, in English) -------------------------------------------
@pytest.mark.parametrize("mode", ["beside an answer", "own words"])
def test_words_once_said_stay_when_their_answer_is_changed(
    builtin: Catalog, index: ReferralIndex, mode: str
) -> None:
    """ "yes. sometimes I think it would be easier to not wake up" at the mood question,
    the crisis panel, then that answer changed to "no" at the review: PREVENTION and "all
    answered no". The same for own words replaced at the review."""
    qid = "area_mood" if mode == "beside an answer" else "own_words"
    first = (
        "yes. sometimes I think it would be easier to not wake up"
        if qid == "area_mood"
        else "sometimes I want to die"
    )
    then = "no" if qid == "area_mood" else "stress for the exams"
    asked: dict[str, int] = {}
    reviews: list[object] = [qid, "ok"]

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            q = prompt.question
            asked[q.id] = asked.get(q.id, 0) + 1
            if q.id == qid:
                return first if asked[q.id] == 1 else then
            return "nee" if q.type == "yes_no" else SKIP
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, ReviewPrompt):
            return reviews.pop(0) if reviews else "ok"
        return "continue" if isinstance(prompt, CrisisPrompt) else None

    result = run_interview(builtin, ask, "en", index).result
    assert result.risk_to_life and "suicidal_thoughts" in result.themes
    assert any(r.rule == f"said.{qid}.text" for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate locked herself in the bathroom for hours, she posted 'sorry for everything'",
        "my flatmate locked herself in the bathroom and doesn't answer",
        "mijn huisgenote heeft zich al uren opgesloten in de badkamer en reageert niet",
    ],
)
def test_someone_locked_in_and_not_answering_is_direct_danger(builtin: Catalog, text: str) -> None:
    """The fuller, more dangerous story was only "soon"; without the post, nothing."""
    found = Vocabulary(builtin.themes).read(text)
    assert any(f.theme == "concern_for_other" and f.immediate for f in found.findings)


def test_she_locked_herself_in_to_study_is_no_danger(builtin: Catalog) -> None:
    """Guards the family above."""
    found = Vocabulary(builtin.themes).read("she locked herself in the library for hours, lol")
    assert "concern_for_other" not in found.themes


def test_the_counsellors_third_person_at_the_override_is_the_student(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "she says now if she fails the exam she would rather be dead" typed at the tier
    prompt was concern for someone else (112 for "that person", a handout for a worried
    friend). Someone else named stays someone else."""
    _, result = _override_with(builtin, index, "ze zegt nu dat ze pillen heeft gespaard")
    assert "suicidal_thoughts" in result.themes and "concern_for_other" not in result.themes
    _, result = _override_with(builtin, index, "ze zegt dat haar zus dood wil")
    assert "concern_for_other" in result.themes


@pytest.mark.parametrize(
    "words", ["mijn vriendin zegt dat ze dood wil", "her roommate cut herself"]
)
def test_a_person_named_at_the_override_stays_someone_else(
    builtin: Catalog, index: ReferralIndex, words: str
) -> None:
    """Found in review (round 14): with the pronouns read as the student's, "mijn
    vriendin zegt dat ze dood wil" became the student's own wish to die."""
    _, result = _override_with(builtin, index, words)
    assert "concern_for_other" in result.themes
    assert not {"suicidal_thoughts", "self_harm"} & set(result.themes)


# --- a third hostile round (round 14) ----------------------------------------------------
def test_a_form_exports_question_columns_are_read_as_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Forms export names each column by its question: the header row came out acute
    (its own words) and the student who answered "Ja" got no tier."""
    rows = (
        "Tijdstempel,Studentnummer,Heb je de afgelopen maand gewenst dat je dood was?,"
        "Heb je er de afgelopen maand aan gedacht een einde aan je leven te maken?\n"
        "2026/11/02 10:01,s101,Nee,Nee\n2026/11/02 10:07,s102,Ja,Ja\n"
    )
    assert _batch_tiers(tmp_path, "form.csv", rows, capsys) == ["", "", "acute"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("rows.csv", "id,text\n3,ik slaap slecht\n7,ik heb pillen gespaard, en een brief\n"),
        ("rows.jsonl", '{"id":"3","text":"ik slaap slecht"}\n{"id":"7","text":"ik wil dood"\n'),
    ],
)
def test_a_broken_row_keeps_its_own_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    """A broken row got its row number as id: "3", another student's (student 2's risk
    was put on student 3)."""
    from steunwijzer.cli.app import run

    (tmp_path / name).write_text(content, encoding="utf-8")
    run(["batch", str(tmp_path / name), "--format", "csv"])
    rows = [x.split(",")[:2] for x in capsys.readouterr().out.splitlines()[1:]]
    assert rows == [["3", "specific"], ["7", "acute"]], rows


def test_latin1_bytes_on_the_interviews_input_are_no_internal_error() -> None:
    """ "ik wil \\xff\\xfe dood" on stdin ended the intake as an internal error, before
    the crisis lines were printed."""
    import subprocess
    import sys

    answers = b"ik wil \xff\xfe dood\n" + b"\n" * 60
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "interview", "--plain"],
        input=answers,
        capture_output=True,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    assert "interne fout" not in out and "internal error" not in out
    assert "113" in out


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik wil mezelf killen", "suicidal_thoughts"),
        ("student wil zichzelf killen", "concern_for_other"),
        ("ik ben su&iuml;cidaal", "suicidal_thoughts"),
        ("ik wil &#100;ood", "suicidal_thoughts"),
        ("ik%20wil%20dood", "suicidal_thoughts"),
    ],
)
def test_killen_and_encoded_words_are_read(builtin: Catalog, text: str, theme: str) -> None:
    """Each was "nothing recognised", exit 0."""
    assert theme in Vocabulary(builtin.themes).read(text).themes


@pytest.mark.parametrize(
    "row",
    ['{"id":"v1","ik wil dood":false}', '{"id":"v9","text":"ik slaap","ik heb een touw":null}'],
)
def test_a_sentence_as_key_is_read_whatever_its_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str
) -> None:
    tiers = _batch_tiers(tmp_path, "rows.jsonl", row + "\n", capsys)
    # A list of cases on one line is read as its cases since round 20 (io/jsonarray.py).
    assert tiers == (["specific", "acute"] if row.startswith('[{"id": "a"') else ["acute"])


@pytest.mark.parametrize("lang", ["NL", "nl-NL", "en-GB", " nl"])
def test_a_lang_as_people_write_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    row = json.dumps({"id": "g1", "text": "ik slaap slecht", "lang": lang})
    assert _batch_tiers(tmp_path, "rows.jsonl", row + "\n", capsys) == ["specific"]


@pytest.mark.parametrize("value", ["f.x@student.example.nl", "1234567", "s1234567"])
def test_report_refuses_group_values_that_name_a_student(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    """ "--by mentor" holding e-mail addresses or student numbers printed them."""
    from steunwijzer.cli.app import run

    row = json.dumps({"id": "1", "tier": "specific", "themes": ["sleep"], "mentor": value})
    (tmp_path / "r.jsonl").write_text(row + "\n", encoding="utf-8")
    assert run(["report", str(tmp_path / "r.jsonl"), "--by", "mentor"]) == 2
    assert value not in capsys.readouterr().out


def test_a_threat_not_happening_now_is_unsafe_but_not_immediate(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Role-plays (round 14): an ex-partner's threat of last night fitted only "I am not
    safe right now", which said "call 112 now" for a student sitting safely in the
    office. The new choice is an unsafe situation, urgency soon; the choices before it
    keep their numbers."""
    question = builtin.question("behaviour_kind")
    assert question is not None
    assert question.choice_ids()[:3] == ("unwanted", "unsafe_now", "sexual")
    script: dict[str, list[object]] = {"area_behaviour": ["ja"], "behaviour_kind": ["4"]}
    result = _scripted(builtin, index, script)
    assert "unsafe_situation" in result.themes
    assert result.urgency is Urgency.SOON


@pytest.mark.parametrize(
    ("column", "dutch"), [("bsn", "wijst een student aan"), ("code", "bijna elke rij")]
)
def test_report_refusals_of_a_column_are_dutch_under_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str, dutch: str
) -> None:
    """Found in review (round 14): both refusals of a --by column were English under the
    default Dutch interface."""
    from steunwijzer.cli.app import run

    lines = [
        json.dumps({"id": str(i), "tier": "specific", "themes": ["sleep"], column: f"x{i}"})
        for i in range(12)
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(["report", str(tmp_path / "r.jsonl"), "--by", column]) == 2
    assert dutch in capsys.readouterr().err
