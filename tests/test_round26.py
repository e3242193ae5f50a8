"""Round 26: what the round's outsiders found (a role-play in a real terminal, a blind
set of messages as students type them, a hostile round). Each test was run on the
commit before its fix and failed there unless its docstring says it guards (of the
set84 families, the lines the old build already read are guards beside the new ones)."""

from __future__ import annotations

import contextlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.prompts import (
    CrisisPrompt,
    InterviewOutcome,
    OverridePrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    Unfit,
)
from steunwijzer.core.recognise import Recognition
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.vocabulary import Vocabulary

from .conftest import invoke_en
from .terminal_helpers import asker, scripted, terminal


@cache
def _vocabulary() -> Vocabulary:
    from steunwijzer.catalog.load import load_catalog

    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    return Vocabulary(loaded.themes)


def _read(text: str) -> Recognition:
    return _vocabulary().read(text)


def _words_at(
    builtin: Catalog, index: ReferralIndex, at: str, words: str, then: object
) -> tuple[InterviewOutcome, list[Prompt]]:
    """Every other question skipped; at ``at`` the student's words (no answer to it),
    then ``then`` when it is asked again."""
    seen: list[Prompt] = []
    typed: list[str] = []

    def reply(prompt: QuestionPrompt) -> object:
        if prompt.question.id == at:
            if not typed:
                typed.append(words)
                return Unfit(words)
            return then
        return None

    return run_interview(builtin, asker(reply, seen), "en", index), seen


def test_a_story_at_the_unsafe_question_that_resembles_it_counts(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """At "are you facing unwanted behaviour, or do you feel unsafe somewhere?" a
    counsellor typed her story ("a guy from my club keeps walking me to my house after
    training, and once he grabbed my arm. but it's ok"): no answer word, so it was read
    as words beside an answer, where the second net's guess is dropped; the screen said
    "that answer does not fit" and nothing was kept (a role-play, round 26)."""
    words = (
        "well there is this guy from my club who keeps walking me to my house after "
        "training, and one time he grabbed my arm. but it's ok, I don't want to make a "
        "fuss about it"
    )
    outcome, seen = _words_at(builtin, index, "area_behaviour", words, None)
    assert "unsafe_situation" in outcome.result.themes
    assert outcome.result.tier is Tier.ACUTE
    assert any(isinstance(p, CrisisPrompt) for p in seen)


def test_a_guess_on_another_topic_stays_a_guess_there(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards round 13: at the money question the second net's guess about something
    else is not taken from a sentence without an answer in it."""
    words = "last night not really, mostly because of my girlfriend and her friends"
    outcome, _ = _words_at(builtin, index, "area_money", words, "no")
    assert outcome.result.tier is not Tier.ACUTE


# --- set84: messages as students type them to an anonymous box or a mentor ------------
# Written for the families, not the set's lines (tests/data/blind/set84.jsonl holds those).


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("die gasten dreigden dat ze me weten te vinden", "unsafe_situation"),
        ("als ik aangifte doe gaan ze me pakken zeggen ze", "unsafe_situation"),
        ("they told me they'll find me if i talk to anyone", "unsafe_situation"),
        ("my uncle said i better not tell my mom or else", "unsafe_situation"),
        ("he said i'd regret it and he has done worse before", "unsafe_situation"),
        ("werd vanochtend naakt wakker bij een of andere jongen thuis", "sexual_violence"),
        ("woke up naked next to a guy from the party, no idea what happened", "sexual_violence"),
        ("hij ging gewoon door terwijl ik lag te huilen", "sexual_violence"),
        ("i cut again and now i want to go further", "suicidal_thoughts"),
        ("ik ben bang dat ik dik word als ik weer normaal ga eten", "eating"),
        ("they make monkey sounds whenever i walk into the lab", "unwanted_behaviour"),
        ("thuis is er geen poen meer voor mijn collegegeld", "finances"),
        ("lost my rent money on betting apps again", "finances"),
        ("weet echt niet meer waarom ik deze opleiding heb gekozen", "study_choice"),
        ("ik schaam me om hulp te vragen bij mijn studie", "self_insight"),
    ],
)
def test_the_families_of_set84_are_read(text: str, theme: str) -> None:
    assert theme in _read(text).themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a grandparent dying, not dead: wanting to be with him is no wish to die
        ("my grandpa is dying and i want to be with him as much as i can", "suicidal_thoughts"),
        # "racisme" and "racing" share a Dutch stem
        ("my heart was racing before the presentation", "unwanted_behaviour"),
        ("thinking of quitting the chess club, it clashes with my job", "dropout_risk"),
        ("je weet me te vinden als je vragen hebt over het rooster", "unsafe_situation"),
        ("my parents will kill me if i tell them i failed stats again", "unsafe_situation"),
    ],
)
def test_their_harmless_neighbours_are_not(text: str, theme: str) -> None:
    assert theme not in _read(text).themes


def test_a_yes_given_when_asked_again_stays_when_changed_back(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "nee" to the wish to be dead, then "iedereen is beter af zonder mij" at the
    money question, "soms ja" when the wish was asked again, and in the review changed
    back to "nee": the review showed a plain "nee" and the result kept no trace of the
    yes (a role-play, round 26). A first yes changed back stays (round 12); so does this."""
    script: dict[str, list[object]] = {
        "safety_wish_dead": ["nee", "soms ja", "nee"],
        "area_money": [Unfit("nah. soms denk ik dat iedereen beter af is zonder mij"), "nee"],
        "review": ["safety_wish_dead"],
    }
    seen, result = scripted(builtin, index, script)
    wish = [r for r in result.reasons if r.rule == "safety.safety_wish_dead"]
    assert wish and wish[0].answer.startswith("safety_wish_dead = yes"), result.reasons
    assert result.tier is Tier.ACUTE
    reviews = [p for p in seen if isinstance(p, ReviewPrompt)]
    assert ("safety_wish_dead", True) in reviews[-1].first_kept


def test_enter_on_a_safety_question_asked_again_does_not_keep_the_no(builtin: Catalog) -> None:
    """Asked again after the student spoke of being a burden, the screen said "(Enter
    keeps the 'no')": a stray Enter confirmed the "nee" just doubted (a role-play, round
    26). Now Enter asks once more and then reads "weet niet", as on the first pass."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, screen = terminal(builtin, "", "")
    assert ask.question(QuestionPrompt(question, 1, 20, False, True, recheck=True)) == UNKNOWN
    assert "Enter houdt" not in screen.getvalue() and "[nee]" not in screen.getvalue()
    # A question changed from the review still keeps its answer on Enter.
    ask, _ = terminal(builtin, "")
    assert ask.question(QuestionPrompt(question, 1, 20, False, True, editing=True)) is False


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("hij staat nu steeds bij mijn studentenhuis te wachten", Urgency.SOON),
        ("mijn ex wacht nu elke dag bij de uitgang van de faculteit", Urgency.SOON),
        ("he is now always waiting outside my house when i get back", Urgency.SOON),
        # guards: now is now, and "nu al" too
        ("hij staat nu voor mijn deur", Urgency.IMMEDIATE),
        ("hij staat nu al een uur bij mijn deur te bonken", Urgency.IMMEDIATE),
    ],
)
def test_now_with_a_habit_is_these_days_not_this_minute(text: str, urgency: Urgency) -> None:
    """ "hij staat nu steeds bij mijn studentenhuis te wachten": "112 now, do not leave
    the student alone" for a student safe in the office, even after the counsellor chose
    "threatened or stalked (not at this moment)" (a role-play, round 26)."""
    found = [f for f in _read(text).findings if f.theme == "unsafe_situation"]
    assert found
    assert max(found, key=lambda f: f.immediate).immediate is (urgency is Urgency.IMMEDIATE)


@pytest.mark.parametrize("typed", ["kweenie", "Kweet niet", "weetnie", "geen idee eigenlijk"])
def test_dont_know_as_typed_in_a_chat(builtin: Catalog, typed: str) -> None:
    """ "kweenie" was refused on an ordinary and on a safety question: "that answer does
    not fit" (a role-play, round 26). On a safety question it is "weet niet"."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, _ = terminal(builtin, typed)
    assert ask.question(QuestionPrompt(question, 1, 20, None, False)) == UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "ik denk steeds aan\u2800zelfmoord",  # Braille's blank
        "heb een touw\u3164gekocht",  # Hangul filler
        "i want to kill\uffa0myself",  # halfwidth Hangul filler (read before too: a guard)
        "ik wil gewoon d\u0585od",  # Armenian o
        "ik denk de laatste tijd aan zelf-\nmoord",  # broken at a line's end
        "some days I want to kill my-\r\nself",
        "honestly i feel suici-\n  dal again",
    ],
)
def test_blanks_lookalikes_and_broken_words_hide_nothing(text: str) -> None:
    """A hostile round (round 26): a blank that shows as a space, an Armenian "օ" and a
    word hyphenated at a line's end each hid a wish to die ("nothing recognised")."""
    assert "suicidal_thoughts" in _read(text).themes


def test_a_word_broken_at_a_line_end_keeps_its_span() -> None:
    text = "ik denk aan zelf-\nmoord"
    found = [f for f in _read(text).findings if f.theme == "suicidal_thoughts"]
    assert any(text[f.start : f.end].endswith("zelf-\nmoord") for f in found)


def test_a_file_name_that_is_not_utf8_is_shown_not_a_crash(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`catalog validate` on a file whose name is Latin-1 (a share from an old Windows
    server) stopped with "internal error: UnicodeEncodeError" and showed none of the
    file's diagnostics (a hostile round, round 26)."""
    import os

    name = tmp_path / os.fsdecode(b"\xffaanbod.yaml")
    name.write_text("schema_version: 1\noffer1ngs: []\n", encoding="utf-8")
    for command in ("validate", "lint"):
        result = invoke_en(runner, "catalog", command, str(name))
        assert result.exit_code == 1, result.output
        assert "internal error" not in result.output
        assert "\\xffaanbod.yaml:2:1: error:" in result.output, result.output


def _validate_layer(runner: CliRunner, tmp_path: Path, offering: str) -> tuple[Path, Result]:
    """`catalog validate builtin LAYER` for a layer of one offering (its YAML lines)."""
    layer = tmp_path / "layer.yaml"
    layer.write_text(f"schema_version: 1\nofferings:\n  - {offering}\n", encoding="utf-8")
    return layer, invoke_en(runner, "catalog", "validate", "builtin", str(layer))


def test_a_layer_that_turns_a_crisis_line_off_is_warned_about(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A layer made the national line for sexual violence a prevention offering for
    study skills: 0 warnings, and it was gone from every result (a hostile round, round
    26). An institution may retire a line of its own: a warning, not an error."""
    layer, result = _validate_layer(
        runner, tmp_path, "id: centrum-seksueel-geweld\n    crisis: false\n    tiers: [prevention]"
    )
    assert result.exit_code == 0, result.output
    assert f"{layer}:4:13: warning: offering 'centrum-seksueel-geweld' is a crisis line" in (
        result.output
    )


def test_a_national_line_reached_through_ones_own_practice_is_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`own_practice: true` on 113 validated, and 113 read "het nummer van je eigen
    praktijk" on screen and on the handout (a hostile round, round 26)."""
    _, result = _validate_layer(
        runner,
        tmp_path,
        "id: 113-zelfmoordpreventie\n    contact: {phone: '0800-0113', own_practice: true}",
    )
    assert result.exit_code == 1, result.output
    assert "national crisis line '113-zelfmoordpreventie': own_practice" in result.output


def _report_json(runner: CliRunner, path: Path, *more: str) -> tuple[int, dict[str, Any]]:
    """`report PATH --format json --min-cell 1`: its exit code and its JSON."""
    result = runner.invoke(app, ["report", str(path), "--format", "json", "--min-cell", "1", *more])
    return result.exit_code, json.loads(result.stdout)


def _report(runner: CliRunner, tmp_path: Path, rows: list[str]) -> tuple[int, dict[str, Any]]:
    path = tmp_path / "results.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return _report_json(runner, path)


def test_report_refuses_batch_input_and_a_tier_missing_beside_themes(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Batch input given to `report` by mistake, and a result row with "tier": null
    beside an acute theme, were counted as "no tier (nothing recognised)" next to "100%
    recognised", exit 0 (a hostile round, round 26). Each is now a row error."""
    code, data = _report(
        runner,
        tmp_path,
        [
            '{"id": "a", "themes": ["suicidal_thoughts"], "text": "ik wil dood"}',
            '{"id": "b", "recognised": true, "tier": null, "urgency": "immediate",'
            ' "themes": ["suicidal_thoughts"]}',
            '{"id": "c", "recognised": true, "tier": "specific", "themes": ["sleep"]}',
        ],
    )
    assert code == 1
    assert data["inputs"]["bad_lines"] == 2, data["inputs"]  # type: ignore[index]
    assert data["everyone"]["rows"]["count"] == 1  # type: ignore[index]


def test_a_theme_repeated_in_a_row_is_one_gap(runner: CliRunner, tmp_path: Path) -> None:
    """ "sleep" three times in a row without referrals: "3 of 1, 300%" in the gaps."""
    code, data = _report(
        runner,
        tmp_path,
        ['{"recognised": true, "tier": "specific", "themes": ["sleep", "sleep", "sleep"],'
         ' "referrals": []}'],
    )  # fmt: skip
    assert code == 0
    gaps = data["everyone"]["gaps"]["rows"]  # type: ignore[index]
    assert [(g["key"], g["count"], g["share"]) for g in gaps] == [("sleep", 1, 1.0)], gaps


def test_needs_in_words_that_fit_no_question_are_heard(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A long answer typed where numbers were asked ("wat speelt er vooral?") was
    refused with "that answer does not fit" and its money worries and low mood were gone
    without a word, though a lookup of the same text finds them (a role-play, round 26).
    Now they are heard: said when the question is asked again, not counted."""
    words = (
        "nou kijk ik doe nu bedrijfskunde maar ik merk dat ik nergens meer zin in heb, "
        "en ik wil ook niet nog een jaar studiefinanciering kwijtraken"
    )
    seen: list[Prompt] = []
    typed: list[str] = []

    def reply(prompt: QuestionPrompt) -> object:
        if prompt.question.id == "area_study":
            return "ja"
        if prompt.question.id == "study_worries":
            if not typed:
                typed.append(words)
                return Unfit(words)
            return "3"
        return None

    outcome = run_interview(builtin, asker(reply, seen), "nl", index)
    again = [p for p in seen if isinstance(p, QuestionPrompt) and p.question.id == "study_worries"]
    assert len(again) == 2 and "finances" in again[1].taken, again[1].taken
    assert "finances" not in outcome.result.themes  # heard, not counted


def test_the_next_step_names_its_offering_when_not_referral_one(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """After a lowering to prevention, "Volgende stap: Maak samen een studentenbegroting
    op nibud.nl" stood under referral 1, the study adviser (a role-play, round 26)."""
    from steunwijzer.core.triage import apply_override
    from steunwijzer.render.screen import summary_lines

    script: dict[str, list[object]] = {
        "area_study": ["ja"],
        "study_worries": ["3"],
        "area_money": ["ja"],
        "area_mood": ["ja"],
        "mood_kind": ["2"],
    }
    _, result = scripted(builtin, index, script)
    lowered = apply_override(builtin, index, result, Tier.PREVENTION, "vooral oriëntatie")
    lines = [text for text, _ in summary_lines(builtin, lowered, "nl", 200, interactive=False)]
    first = next(x for x in lines if x.startswith("1. "))
    step = next(x for x in lines if x.startswith("Volgende stap"))
    assert first.startswith("1. Studieadviseur"), first  # the case of the role-play
    assert step.startswith("Volgende stap (Nibud): "), step
    # The step of referral 1 itself is not named twice.
    lines = [text for text, _ in summary_lines(builtin, result, "nl", 200, interactive=False)]
    assert next(x for x in lines if x.startswith("Volgende stap")).startswith("Volgende stap: ")


def test_the_safety_panel_lists_help_for_the_risk_not_for_the_study(index: ReferralIndex) -> None:
    """A stalked student who also feared dropping out: the study adviser stood fifth in
    the "safety first" panel, between the police and the confidential adviser (a
    role-play, round 26). Without a risk to life, the dropout's help is the panel's."""
    both = index.crisis_panel(("unsafe_situation", "dropout_risk"), "nl", Urgency.SOON)
    assert "vh-studieadviseur" not in [r.offering.id for r in both]
    assert any(r.offering.crisis for r in both)
    alone = index.crisis_panel(("dropout_risk",), "nl", Urgency.SOON)
    assert "vh-studieadviseur" in [r.offering.id for r in alone]


def test_a_reason_typed_where_y_or_n_was_asked_is_said_to_be_dropped(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Lowering past a risk to life asks "(j/n)" first; a counsellor typing ahead put
    the reason there and saw only "Het niveau blijft zoals het was" (a role-play, round
    26). The tier still stays (a reason is no yes), and the screen says what happened."""
    _, result = scripted(builtin, index, {"safety_wish_dead": ["ja"]})
    assert result.risk_to_life
    ask, screen = terminal(
        builtin, "specifiek", "verkeerd ingetypt, student zei nee; nagevraagd", ""
    )
    assert ask(OverridePrompt(result)) is None
    assert "wat je typte is niet bewaard" in screen.getvalue()


def test_a_need_split_over_the_text_and_a_kept_column_is_found(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A form that splits a long answer over two columns, or cuts a cell mid-word:
    "ik wil" | "dood" with --keep on the second column came out "nothing recognised",
    exit 0, while the same file without --keep was acute (a hostile round, round 26)."""
    path = tmp_path / "split.csv"
    path.write_text(
        'id,text,vervolg\na,"ik wil er eigenlijk","niet meer zijn"\nb,"ik denk aan zelf","moord"\n'
        'c,"ik slaap slecht","door de tentamens"\n',
        encoding="utf-8",
    )
    result = invoke_en(runner, "batch", str(path), "--keep", "vervolg", "--format", "csv")
    assert result.exit_code == 1, result.output
    rows = {line.split(",")[0]: line for line in result.stdout.splitlines()[1:]}
    assert ",acute," in rows["a"] and ",acute," in rows["b"], rows
    assert ",acute," not in rows["c"] and ",specific," in rows["c"], rows


def test_report_reads_connection_answers_and_dates_as_they_are_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Session records written by hand or a script: "ja", "Yes", "deels" for feeling
    safe were counted "not answered", and a date "2026-13-45" or "yesterday" made the
    months "2026-13" and "yesterd" (a hostile round, round 26)."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    said = ["ja", "Yes", "deels ", "yes", "nee", 5]
    dates = ["2026-12-01", "2026-13-45", "yesterday", "2026-11-30", "2026-12-02", "2026-12-03"]
    for i, (answer, date) in enumerate(zip(said, dates, strict=True)):
        record = {
            "date": date,
            "answers": {"safety_wish_dead": False, "connection_safe": answer},
            "result": {"recognised": False, "tier": None, "themes": []},
        }
        (folder / f"s{i}.json").write_text(json.dumps(record), encoding="utf-8")
    _, data = _report_json(runner, folder, "--by", "month")
    safe = data["everyone"]["connection"]["connection_safe"]
    counts = {row["key"]: row["count"] for row in safe["rows"]}
    assert counts == {"yes": 3, "partly": 1, "no": 1, "none": 1}, safe
    months = sorted(g["key"] for g in data["by"]["groups"])
    assert months == ["", "2026-11", "2026-12"], months


def test_report_writes_to_a_device_and_names_a_folder_as_batch_does(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`report -o /dev/null` (or a FIFO, /dev/stdout) said "already exists; use --force
    to replace it", and a folder was sent through --force before being named as one
    (a hostile round, round 26); `batch -o` writes to a device and names a folder."""
    path = tmp_path / "results.jsonl"
    path.write_text('{"recognised": true, "tier": "specific", "themes": ["sleep"]}\n')
    result = invoke_en(runner, "report", str(path), "-o", "/dev/null")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out"
    folder.mkdir()
    result = invoke_en(runner, "report", str(path), "-o", str(folder))
    assert result.exit_code != 0
    assert "is a directory" in result.output and "--force" not in result.output


def test_gaps_that_cannot_be_told_are_not_called_none(runner: CliRunner, tmp_path: Path) -> None:
    """From CSV results (no referral says which themes it serves) the report said
    "every theme found at least one fitting referral" (a hostile round, round 26)."""

    path = tmp_path / "results.csv"
    path.write_text(
        "id,tier,urgency,themes,screened,referral_ids,referral_names,error,recognised\n"
        "a,specific,routine,sleep,false,huisarts,Huisarts,,true\n",
        encoding="utf-8",
    )
    result = invoke_en(runner, "report", str(path), "--min-cell", "1")
    assert "Cannot be told from this input" in result.output
    assert "Every theme found" not in result.output
    assert _report_json(runner, path)[1]["everyone"]["gaps"]["told"] is False
    jsonl = tmp_path / "results.jsonl"
    jsonl.write_text(
        '{"recognised": true, "tier": "specific", "themes": ["sleep"],'
        ' "referrals": [{"id": "huisarts", "serves": ["sleep"]}]}\n',
        encoding="utf-8",
    )
    assert _report_json(runner, jsonl)[1]["everyone"]["gaps"]["told"] is True


@pytest.mark.parametrize("typed", ["valt mee", "valt wel mee", "nog niet echt", "eigenlijk niet"])
def test_everyday_no_not_really_is_a_no_to_an_ordinary_question(
    builtin: Catalog, typed: str
) -> None:
    """ "valt mee" to "do you have money worries?" was refused: the counsellor had to
    translate the student into yes/no about every third question (a role-play, round
    26). On a safety question the same words minimise, and are never a no."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    money, safety_q = builtin.question("area_money"), builtin.question("safety_thoughts")
    assert money is not None and safety_q is not None
    assert parse_answer(money, typed) is False
    with contextlib.suppress(AnswerError):  # asked again: never a no
        assert parse_answer(safety_q, typed) is not False


def test_the_why_line_quotes_the_student_before_the_nets_resemblance(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "Waarom: Zorgen om een ander — Geen vaste woorden, wel een gelijkenis (zwaarst
    wegend: 'denk'; vraag ernaar)" stood first while the student's own words about her
    roommate were a reason of the same weight (a role-play, round 26, S3)."""
    from steunwijzer.present.explain import why_line

    script: dict[str, list[object]] = {
        "safety_thoughts": [
            "nee. maar zij wel denk ik, ze zette gisteravond iets heel dusters op insta"
        ],
        "own_words": [
            "mijn huisgenote komt al anderhalve week haar kamer niet uit en eet bijna niks"
        ],
    }
    _, result = scripted(builtin, index, script)
    assert "concern_for_other" in result.themes
    line = why_line(builtin, result, "nl")
    # Since round 27 no guess counts after a plain no at a safety question: the answer's
    # own words about her ("maar zij wel ...") are quoted, as the own words would be.
    assert ("kamer niet uit" in line or "zij wel" in line) and "gelijkenis" not in line, line


# --- set85: longer e-mails and intake forms (tests/data/blind/set85.jsonl holds its lines)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik ga het na de zomer allemaal beëindigen, heb uitgezocht hoe", "suicidal_thoughts"),
        ("ik heb een voorraad slaappillen en ben van plan ze allemaal tegelijk in te nemen",
         "suicidal_thoughts"),
        ("my stepdad hits my little brother and lately also me", "unsafe_situation"),
        ("ik slaap al een week in mijn auto sinds ze me eruit hebben gezet", "unsafe_situation"),
        ("I'm sleeping in my car because I got kicked out", "unsafe_situation"),
        ("ik moet steeds denken aan wat mijn trainer vroeger met mij heeft gedaan",
         "sexual_violence"),
        ("at his place I told him I wanted to stop but he didn't", "sexual_violence"),
        # a loss long ago that weighs now is still grief
        ("my mum died when I was twelve and I still miss her every single day", "grief"),
    ],
)  # fmt: skip
def test_the_families_of_set85_are_read(text: str, theme: str) -> None:
    assert theme in _read(text).themes


@pytest.mark.parametrize(
    ("text", "theme", "read"),
    [
        ("mijn oma is overleden toen ik acht was, daardoor wilde ik de zorg in", "grief", False),
        ("My grandfather died ten years ago and that is partly why I chose medicine", "grief",
         False),
        ("we hebben op vakantie in een tentje geslapen, heerlijk was het", "unsafe_situation",
         False),
        ("I'm taking the elective on domestic violence and the law next block",
         "unsafe_situation", False),
        # a guard: "role" is no fiction frame, the danger is real
        ("my ex plays the role of the victim but he hits me", "unsafe_situation", True),
    ],
)  # fmt: skip
def test_the_neighbours_of_set85(text: str, theme: str, read: bool) -> None:
    assert (theme in _read(text).themes) is read, text


def test_a_tier_and_its_reason_in_one_line_lower_with_that_reason(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "specifiek want het overlijden van opa was vorig jaar, gaat goed" typed at the
    tier prompt was read as the student's own words: "In je eigen woorden:
    'overlijden'", weight for the very tier being lowered (a role-play, round 26)."""
    _, result = scripted(builtin, index, {"area_loss": ["ja"]})
    assert result.tier is Tier.ACUTE and not result.risk_to_life
    typed = "specifiek want het overlijden van opa was vorig jaar, gaat goed"
    ask, _ = terminal(builtin, typed)
    assert ask(OverridePrompt(result)) == (Tier.SPECIFIC, typed.partition(" ")[2])
    # Words beside a raise are still read as the student's (round 13).
    _, low = scripted(builtin, index, {"area_money": ["ja"]})
    ask, _ = terminal(builtin, "acuut ze zegt nu dat ze niet meer wil leven")
    assert isinstance(ask(OverridePrompt(low)), Unfit)


@pytest.mark.parametrize(
    ("text", "theme", "read"),
    [
        ("nee niet echt... eigenlijk maakt het niemand uit of ik er ben", "suicidal_thoughts",
         True),
        ("it doesn't matter to anyone if i'm here or not", "suicidal_thoughts", True),
        ("het maakt niemand uit of ik er ben bij de borrel", "suicidal_thoughts", False),
        ("nee mijn opa is vorig jaar overleden maar dat was wel oké", "grief", False),
        ("my dad passed away in november and I haven't really dealt with it", "grief", True),
    ],
)  # fmt: skip
def test_what_the_second_role_play_said(text: str, theme: str, read: bool) -> None:
    """A second role-play on the round's build: "eigenlijk maakt het niemand uit of ik er
    ben" at the identity question was a plain "nee" (round 26, Q1); "mijn opa is vorig
    jaar overleden maar dat was wel oké" beside a "nee" made the result acute grief, De
    Luisterlijn first (Q17)."""
    assert (theme in _read(text).themes) is read, text


def test_safe_now_is_not_danger_now() -> None:
    """ "... pushed me against the wall, but now here it's ok" was urgency immediate: "call
    112 now and do not leave the student alone" (a role-play, round 26, Q12)."""
    safe = _read("someone in my housing pushed me against the wall, but now here it's ok")
    assert any(f.theme == "unsafe_situation" for f in safe.findings)
    assert not any(f.immediate for f in safe.findings)
    unsafe = _read("ik ben nu niet veilig, hij slaat me")
    assert any(f.immediate for f in unsafe.findings if f.theme == "unsafe_situation")
    calm = _read("'s nachts voel ik me daar niet veilig, maar nu gaat het wel")
    assert calm.findings and not any(f.immediate for f in calm.findings)
    for wish in ("ik wil nu wel dood", "ik wil nu dood, het gaat goed met school"):
        assert any(f.immediate for f in _read(wish).findings), wish


@pytest.mark.parametrize(
    ("text", "theme", "read"),
    [
        ("I have a scar on my wrist from a bike accident as a kid, should I mention it?",
         "self_harm", False),
        ("ik heb een litteken op mijn pols van een operatie, moet ik dat invullen?", "self_harm",
         False),
        ("I have scars on my wrists from cutting and I keep them hidden", "self_harm", True),
        ("honestly I was killing it, I got an 8 for the course I failed last year", "dropout_risk",
         False),
        ("I think I'm going to fail the year and lose my place", "dropout_risk", True),
    ],
)  # fmt: skip
def test_a_scar_with_its_cause_and_a_year_failed_before(text: str, theme: str, read: bool) -> None:
    """set85's harmless e-mails: a scar on the wrist from walking into a glass door (a
    health form) was self-harm; "an 8 for Statistics, which I failed last year" was a
    dropout risk ("year" after "last" is when, not what was failed)."""
    assert (theme in _read(text).themes) is read, text
