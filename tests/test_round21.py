"""Round 21: what the outsiders' round of this session found, and leftovers of round 20
(role-plays in a real terminal, hostile files, four new labelled sets). Unless a test
says it guards, each was run on the commit before its fix and failed there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Catalog

from .conftest import invoke, invoke_en


def test_a_handout_card_without_hours_or_wait_leaves_them_out(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Role-play R10 (round 20): "Open: —" on paper told a student nothing. A card says
    its hours and wait only when the catalogue gives them."""
    answers = tmp_path / "answers.yaml"
    answers.write_text("area_money: yes\n", encoding="utf-8")
    handout = tmp_path / "handout.md"
    result = invoke(
        runner, "interview", "--answers", str(answers), "--handout", str(handout), "--json"
    )
    assert result.exit_code == 0, result.output
    text = handout.read_text(encoding="utf-8")
    assert "—" not in text, text
    cards = text.split("\n### ")[1:]
    assert any("**Open:**" in card for card in cards), text  # hours stay where they are known
    assert any("**Open:**" not in card for card in cards), text  # the case this is about


def _mixed_rows(tmp_path: Path) -> Path:
    """Four students: exam anxiety, nothing, a loss, and one with suicidal thoughts."""
    rows = tmp_path / "cases.jsonl"
    rows.write_text(
        '{"id": "a1", "themes": ["faalangst", "eenzaamheid"]}\n'
        '{"id": "a2", "themes": []}\n'
        '{"id": "g3", "text": "mijn opa is vorige week overleden"}\n'
        '{"id": "s4", "themes": ["suicidal_thoughts"]}\n',
        encoding="utf-8",
    )
    return rows


def test_a_refused_batch_shows_one_row_with_a_risk_to_life_never_all_rows_merged(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Round 21: a batch refused before a row was written (its output a directory) read
    every row's words as one student's: the screen said "In je eigen woorden: 'faalangst',
    'eenzaamheid', 'rouw'", grief's line first, and the suicidal row's theme id was not
    read at all (113 only under "if it gets worse"). Each row is read as batch reads it;
    the row with a risk to life is shown, and every acute row is named with its line."""
    result = invoke(runner, "batch", str(_mixed_rows(tmp_path)), "-o", str(tmp_path))
    assert result.exit_code == 1
    assert "is een map" in result.stderr
    first = next(x for x in result.stdout.splitlines() if x.startswith("1. "))
    assert first.startswith("1. 113 Zelfmoordpreventie"), result.stdout
    assert "In je eigen woorden" not in result.stdout  # no student's words merged
    assert "Faalangst" not in result.stdout  # another student's need
    assert "(rij s4, regel 4)" in result.stderr
    assert "risico voor leven of veiligheid (de opdracht is niet uitgevoerd): s4 (regel 4)" in (
        result.stderr
    )
    assert "ander acuut signaal (de opdracht is niet uitgevoerd): g3 (regel 3)" in result.stderr


def test_a_refused_batch_without_a_risk_to_life_shows_its_acute_row(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A loss alone is shown as that row's acute result, named; calm rows never."""
    rows = tmp_path / "cases.csv"
    rows.write_text("id,text\nc1,ik slaap slecht\nc2,mijn zus is overleden\n", "utf-8")
    result = invoke(runner, "batch", str(rows), "-o", str(tmp_path))
    assert result.exit_code == 1
    assert "(rij c2, regel 3)" in result.stderr, result.stderr
    assert "Rouw" in result.stdout and "Slaap" not in result.stdout
    assert "risico voor leven" not in result.stderr


def test_a_refused_batch_of_calm_rows_shows_no_result(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: nothing acute, nothing shown but the error."""
    rows = tmp_path / "cases.csv"
    rows.write_text("id,themes\nc1,faalangst\nc2,slaap\n", "utf-8")
    result = invoke(runner, "batch", str(rows), "-o", str(tmp_path))
    assert result.exit_code == 1 and result.stdout == "", result.stdout


# --- free text: families read from the four sets of this round (set59-62) -------------

_ACUTE = {
    "suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation",
    "sexual_violence", "grief", "dropout_risk",
}  # fmt: skip


def _themes(builtin: Catalog, text: str) -> set[str]:
    from steunwijzer.core.vocabulary import Vocabulary

    return set(Vocabulary(builtin.themes).read(text).themes)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # where the student is while writing (set59, set61)
        ("typing this on the roof of my building, sorry for everything", "suicidal_thoughts"),
        ("ik schrijf dit vanaf de brug bij het station", "suicidal_thoughts"),
        ("sitting on the ledge of the car park while I type this", "suicidal_thoughts"),
        # a lethal dose asked (set59)
        ("how many of my sleeping pills before it is lethal?", "suicidal_thoughts"),
        ("wat is een dodelijke dosis paracetamol eigenlijk", "suicidal_thoughts"),
        # not wanting to keep going; ways to disappear; the tracks (set62)
        ("I just don't want to keep going anymore", "suicidal_thoughts"),
        ("ik denk na over manieren om te verdwijnen, voorgoed", "suicidal_thoughts"),
        ("vorige week stond ik op het spoor, weet niet wat ik daar wilde", "suicidal_thoughts"),
        # a secret told now is no denial (set60)
        ("Wat ik nog niemand heb gezegd: ik snij mezelf sinds de zomer", "self_harm"),
        ("What I haven't told my mentor is that I cut myself when I fail", "self_harm"),
        ("Wat ik mijn mentor niet heb verteld is dat ik mezelf kras", "self_harm"),
        ("I never told my parents that I cut myself", "self_harm"),
        # a friend: sorry, then pills (set60); a razor behind a locked door (set59)
        ("mijn huisgenoot stuurde een appje met sorry en daarna dat ze pillen had genomen",
         "concern_for_other"),
        ("my roommate is in the bathroom with a razor and won't open the door",
         "concern_for_other"),
        # not eating as a punishment, chat spelling (set59)
        ("ik heb vandaag niks gegeten, als straf omdat ik weer gezakt ben", "self_harm"),
        # followed home (set59); nowhere safe to sleep (set62); "hes" (set59)
        ("een man uit de trein loopt me steeds achterna tot mijn deur", "unsafe_situation"),
        ("I don't have anywhere safe to stay tonight", "unsafe_situation"),
        ("my stepdad said hes going to kill me if i tell anyone", "unsafe_situation"),
    ],
)  # fmt: skip
def test_round_21_risk_families(builtin: Catalog, text: str, theme: str) -> None:
    """New wordings of what the sets said; on the commit before, 4 of the first 16 were
    not found (the others were, and stay as guards). The two secrets told below fail
    without the pseudo-negations "niet heb verteld", "never told"."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        # manners of speaking with their cause in the phrase (set59, set61, set62)
        "this heat is trying to kill me, 34 degrees in the lecture hall",
        "they killed her off in the finale and I'm still not over it",
        "mijn broertje gaat dood zonder zijn telefoon, echt een drama",
        "I'm tired of living with four people and one shower",
        "wanted to vanish after that awkward group call",
        "I'm giving away my old bike, anyone want it?",
        "ik ga mijn groepsgenoot echt vermoorden, weer niks ingeleverd",
        "my girlfriend is going to kill me, I forgot her birthday",
        "I cut myself chopping onions, is a plaster enough?",
        "ik zie geen licht aan het einde van de tunnel bij dit project",
        # a bare topic in a mail about a thesis or a placement (set60)
        "Hi, I'm doing my psychiatry rotation. Part of the exam is a suicide risk assessment.",
        "Voor mijn masterscriptie interview ik agenten over hun ervaringen met stalking.",
    ],
)
def test_round_21_manners_of_speaking_are_not_acute(builtin: Catalog, text: str) -> None:
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    "text",
    [
        # the topic rule never takes the student's own words (guards)
        "Ik loop stage op de SEH. Sinds vorige week denk ik zelf aan zelfmoord.",
        "I'm a nursing student on placement. Honestly, suicide has been on my mind a lot.",
        "Ik doe een minor criminologie. Thuis is er huiselijk geweld en ik durf niet naar huis.",
        "For my thesis I read about it daily. Now suicide feels like an option for me too.",
        "I'm on placement. Last week a patient made a suicide attempt and so did I.",
    ],
)
def test_a_topic_in_a_mail_about_a_placement_stays_the_students(
    builtin: Catalog, text: str
) -> None:
    assert _themes(builtin, text) & _ACUTE, text


# --- the hostile round of this session (Q1-Q15) ---------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("lookup", "--theme", "preventie", "--text", "ik wil dood", "--json"),
        ("lookup", "--theme", "prevention", "--text", "I want to die", "--json"),
    ],
)
def test_a_refused_lookup_with_a_study_word_keeps_the_wish(
    runner: CliRunner, args: tuple[str, ...]
) -> None:
    """Q1: an unknown theme "preventie" beside "ik wil dood" was searched after it and
    read as its frame ("zelfmoord preventie"): no acute part, no crisis line, exit 1 with
    the error alone. A word after a finding frames it only in its own sentence."""
    result = invoke(runner, *args)
    assert result.exit_code == 1
    assert "113" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("ik wil dood. Preventie is het thema van mijn stage.", True),
        ("I want to die. Prevention week starts Monday.", True),
        ("mijn scriptie gaat over zelfmoord preventie", False),  # guard: one phrase
    ],
)
def test_a_frame_word_in_the_next_sentence_frames_nothing(
    builtin: Catalog, text: str, acute: bool
) -> None:
    assert bool(_themes(builtin, text) & _ACUTE) is acute, text


def test_a_refused_batch_names_a_row_whose_risk_is_in_its_answers(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Q6: a row with only safety answers ("ja" to thoughts and a plan) was not named
    when the batch was refused (its output exists): only words were searched."""
    rows = tmp_path / "answers.csv"
    rows.write_text("id,safety_thoughts,safety_plan\ns1,ja,ja\ns2,nee,nee\n", "utf-8")
    out = tmp_path / "exists.jsonl"
    out.write_text("", "utf-8")
    result = invoke(runner, "batch", str(rows), "-o", str(out))
    assert result.exit_code == 1
    assert "s1 (regel 2)" in result.stderr, result.stderr
    first = next(x for x in result.stdout.splitlines() if x.startswith("1. "))
    assert "113" in first or "112" in first, result.stdout


def test_a_layer_cannot_give_113_another_number_in_its_step(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Q7: "Bel 0900-1234567, het nieuwe nummer van 113" as 113's how_to_access
    validated with 0 warnings and stood on the first screen as its next step."""
    layer = tmp_path / "l2.yaml"
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        '    how_to_access: {nl: "Bel 0900-1234567, het nieuwe nummer van 113.", '
        'en: "Call 0900-1234567, the new number."}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1
    said = result.stdout + result.stderr
    assert f"{layer}:3:5: error:" in said and "0900-1234567" in said, said


def test_the_built_in_lines_name_only_their_own_numbers(builtin: Catalog) -> None:
    """Guard: 113 and 112 as shipped (113 names 0800-0113, 112 names 113) pass."""
    from steunwijzer.core.floor_texts import other_number

    lines = [o for o in builtin.offerings if o.id in ("113-zelfmoordpreventie", "112-alarmnummer")]
    assert len(lines) == 2
    assert [other_number(o) for o in lines] == [None, None]


# --- the role-play of this session (T1-T19) --------------------------------------------


def _reading(builtin: Catalog, question: str, said: str) -> object:
    from steunwijzer.core.answers import parse_answer

    asked = next(q for q in builtin.questions if q.id == question)
    return parse_answer(asked, said)


@pytest.mark.parametrize(
    "said",
    [
        "well I wrote the letters, but that's not preparing anything. no",
        "nee, ik heb brieven geschreven maar dat is niks",
        "I wrote a letter to my sister. no",
    ],
)
def test_letters_written_beside_a_no_to_preparing_are_doubt(builtin: Catalog, said: str) -> None:
    """T1: "well I wrote the letters ... no" to "have you done or prepared anything to
    end your life?" was a calm no: no panel, the intake went on."""
    from steunwijzer.core.answers import UNKNOWN

    assert _reading(builtin, "safety_behaviour", said) is UNKNOWN


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # T2: a topic after "alleen" is no exception to the asked wish
        ("haha nee hoor, zo erg is het niet. het gaat echt alleen om tentamens", False),
        ("nee hoor, alleen stress", False),
        ("no, it's only about exams", False),
        ("Nee, echt niet. Voor mezelf nooit aan gedacht, behalve dan de drukte.", False),
        # guards: a moment or a condition after it is an exception, doubt
        ("nee, alleen als het zwaar is", "unknown"),
        ("no, only when it gets really bad", "unknown"),
        ("nee, alleen 's nachts", "unknown"),
        ("nee, behalve vorige week", "unknown"),
        # T4: "soms" said, then denied in the same answer: doubt, never a recorded yes
        (
            "Soms denk ik: ik wou dat ik een week kon slapen en dat alles dan opgelost was. "
            "Maar dood willen zijn, nee, dat niet, zo bedoel ik het niet.",
            "unknown",
        ),
        ("sometimes, but I don't mean it like that", "unknown"),
        ("soms", True),  # guard: a plain "sometimes" stays a yes here
    ],
)
def test_only_a_moment_after_alleen_makes_an_exception(
    builtin: Catalog, said: str, read: object
) -> None:
    from steunwijzer.core.answers import UNKNOWN

    got = _reading(builtin, "safety_wish_dead", said)
    assert (got is UNKNOWN) if read == "unknown" else (got is read), (said, got)


@pytest.mark.parametrize(
    ("question", "said", "read"),
    [
        # T9: "wel" inside a sentence that says the no is no change of mind
        ("area_study", "nee, de studie gaat eigenlijk prima, dat is het enige wat wel goed gaat",
         False),
        ("area_study", "nee, ik haal alles wel", False),
        ("area_circumstances", "Nee, thuis is ook goed, mijn ouders steunen me wel.", False),
        # guards: a no taken back right after it
        ("area_study", "nee, eigenlijk wel", True),
        ("area_study", "nee... toch wel", True),
        ("area_study", "nee wacht, ik heb wel achterstand", True),
    ],
)  # fmt: skip
def test_wel_inside_a_sentence_that_says_no_is_no_yes(
    builtin: Catalog, question: str, said: str, read: bool
) -> None:
    assert _reading(builtin, question, said) is read, said


@pytest.mark.parametrize(
    ("text", "has", "lacks"),
    [
        # T6: a brother who died by hanging is a loss, never someone to reach now
        ("my brother hanged himself last year and I was the one who found him",
         "grief", "concern_for_other"),
        ("mijn broer is vorig jaar overleden, hij heeft zichzelf opgehangen",
         "grief", "concern_for_other"),
        # T7: homesick, a mother who is missed is alive
        ("I'm homesick, I miss my mom and my little brother", "social_connection", "grief"),
        ("ik heb zo'n heimwee, ik mis mijn moeder", "social_connection", "grief"),
        # guards: a loss stays a loss, an attempt stays someone at risk
        ("I miss my mom so much since she passed", "grief", "social_connection"),
        ("my friend tried to hang himself yesterday", "concern_for_other", "grief"),
        # T5: the student is the one threatened; "she" who threatens is no concern
        ("she texts me all day and said she knows where I live", "unsafe_situation",
         "concern_for_other"),
        ("ze zei dat ze weet waar ik woon", "unsafe_situation", "concern_for_other"),
        # guard: another who is locked in stays someone else's danger
        ("my friend's boyfriend locks her in the flat", "concern_for_other", "grief"),
        # T8: stopped eating
        ("ik ben gestopt met eten", "eating", "grief"),
        ("I kind of stopped eating two weeks ago", "eating", "grief"),
    ],
)  # fmt: skip
def test_who_is_at_risk_a_loss_and_stopped_eating(
    builtin: Catalog, text: str, has: str, lacks: str
) -> None:
    found = _themes(builtin, text)
    assert has in found and lacks not in found, (text, found)


def _said_record(tmp_path: Path, said: object) -> Path:
    """A --save record: all safety answers no, the words beside the first one in
    ``said`` (as the session heard them, or hand-edited)."""
    record = {
        "answers": {"safety_wish_dead": False, "safety_thoughts": False,
                    "safety_behaviour": False, "area_sleep": True},
        "changed_answers": [],
        "said": said,
        "result": {"tier": "acute", "themes": ["concern_for_other"], "risk_to_life": True},
    }  # fmt: skip
    path = tmp_path / "session.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


_HOUSEMATE = "nee ik niet, maar mijn huisgenote wel, ze heeft een touw gekocht"


@pytest.mark.parametrize(
    ("said", "wrong"),
    [
        ([{"question": "safety_wish_dead", "text": _HOUSEMATE}], "entry 1 of 'said'"),
        ([_HOUSEMATE], "entry 1 of 'said'"),
        ([["safety_wish_dead", _HOUSEMATE]], "entry 1 of 'said'"),
        ([{"question": "safety_wish_dead", "words": [_HOUSEMATE]}], "entry 1 of 'said'"),
        (_HOUSEMATE, "'said' of a session record must be a list of entries"),
    ],
)
def test_a_hand_edited_said_is_refused_and_its_words_still_count(
    runner: CliRunner, tmp_path: Path, said: object, wrong: str
) -> None:
    """Q5: entries of 'said' not in the written form were dropped silently: PREVENTIE,
    exit 0, nothing on stderr, beside a record whose own result was acute. Refused now
    with what is wrong, and the words are searched for the acute part."""
    result = invoke_en(runner, "interview", "--answers", str(_said_record(tmp_path, said)))
    assert result.exit_code == 1
    assert wrong in result.stderr, result.stderr
    assert "ACUTE" in result.stdout and "PREVENTION" not in result.stdout, result.stdout


def test_a_said_list_as_written_still_replays(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: the form `--save` writes is read, and its words count."""
    said = [{"question": "safety_wish_dead", "words": _HOUSEMATE}]
    result = invoke_en(
        runner, "interview", "--answers", str(_said_record(tmp_path, said)), "--json"
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["tier"] == "acute"


@pytest.mark.parametrize(
    "header",
    ["student_id;text", "Nr.;text", "#;text", "studentnummer;text", "sep=,\nid;text"],
)
def test_a_spreadsheets_own_id_column_keeps_each_students_id(
    runner: CliRunner, tmp_path: Path, header: str
) -> None:
    """Q2: a header that named the id column its own way ("student_id", "Nr.", "#"), or
    an Excel "sep=," line over a ';' file, was refused; each row got its row number as
    id, and student 1's rope tonight came out under id 2, another student's number."""
    rows = tmp_path / "cases.csv"
    rows.write_text(
        f"{header}\n2;tentamenstress\n1;ik heb een touw gekocht voor vannacht\n", "utf-8"
    )
    result = invoke(runner, "batch", str(rows), "--format", "csv")
    assert result.exit_code == 0, result.stdout + result.stderr
    lines = {line.split(",")[0]: line for line in result.stdout.splitlines()[1:]}
    assert ",acute,immediate,suicidal_thoughts," in lines["1"], result.stdout
    assert ",acute," not in lines["2"], result.stdout


def test_an_id_column_beside_its_alias_stays_the_id(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: a header with its own "id" keeps it; "nr" beside it is refused as before."""
    rows = tmp_path / "cases.csv"
    rows.write_text("id,nr,text\ns1,7,ik slaap slecht\n", "utf-8")
    result = invoke(runner, "batch", str(rows), "--format", "csv")
    assert result.exit_code == 1 and "unknown column 'nr'" in result.stdout + result.stderr


def _array_cases(count: int, risky: int) -> str:
    cases = [
        {"id": str(i), "text": "ik heb een touw gekocht voor vannacht" if i == risky
         else "ik slaap slecht", "faculty": "FSW"}
        for i in range(1, count + 1)
    ]  # fmt: skip
    return json.dumps(cases, indent=2)


@pytest.mark.parametrize("chunk", [7, 64, 1000])
def test_a_large_json_array_is_read_case_by_case_with_each_id(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """Q4: above 64 MiB a pretty-printed array was read line by line again, and case 3's
    rope came out under id "15", another case's (a 70 MB file). A large array is read a
    chunk at a time now (here the limit is 200 bytes and the chunks a few bytes, so
    elements are cut at every place)."""
    import io as _io

    import steunwijzer.io.jsonarray as jsonarray
    from steunwijzer.io.caseread import Case, read_jsonl

    monkeypatch.setattr(jsonarray, "ARRAY_LIMIT", 200)
    monkeypatch.setattr(jsonarray, "_CHUNK", chunk)
    cases = list(read_jsonl(_io.StringIO(_array_cases(40, 3))))
    assert all(isinstance(c, Case) for c in cases), cases[:3]
    assert [c.id for c in cases] == [str(i) for i in range(1, 41)]  # type: ignore[union-attr]
    risky = [c for c in cases if "touw" in (c.text or "")]  # type: ignore[union-attr]
    assert [c.id for c in risky] == ["3"]  # type: ignore[union-attr]
    assert cases[2].line == 12  # type: ignore[union-attr]


def test_a_large_array_that_stops_being_one_is_read_on_as_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Guard: an element that is no case ends the array reading; the rest is read line
    by line with its line numbers, and no row is lost."""
    import io as _io

    import steunwijzer.io.jsonarray as jsonarray
    from steunwijzer.io.caseread import read_jsonl

    monkeypatch.setattr(jsonarray, "ARRAY_LIMIT", 50)
    monkeypatch.setattr(jsonarray, "_CHUNK", 16)
    text = '[{"id": "a", "text": "x"},\n"oops",\n{"id": "b", "text": "ik wil dood"}]\n'
    rows = list(read_jsonl(_io.StringIO(text)))
    assert rows[0].id == "a"  # type: ignore[union-attr]
    assert any("ik wil dood" in (getattr(r, "text", None) or getattr(r, "raw", "") or "")
               for r in rows), rows  # fmt: skip


def test_a_keep_name_no_row_has_is_said(runner: CliRunner, tmp_path: Path) -> None:
    """Q14: `--keep facutly` (a typo of "faculty") gave every row "facutly": null and a
    report by it one group, exit 0, without a word. It is said on stderr now."""
    rows = tmp_path / "cases.jsonl"
    rows.write_text('{"id": "1", "text": "ik slaap slecht", "faculty": "FSW"}\n', "utf-8")
    typo = invoke(runner, "batch", str(rows), "--keep", "facutly")
    assert typo.exit_code == 0
    assert "--keep 'facutly': geen enkele rij" in typo.stderr, typo.stderr
    right = invoke(runner, "batch", str(rows), "--keep", "faculty")
    assert right.exit_code == 0 and "--keep" not in right.stderr  # guard


def _panel(builtin: Catalog, text: str) -> str:
    import io as _io

    from rich.console import Console

    from steunwijzer.core.triage import text_reasons
    from steunwijzer.core.vocabulary import Vocabulary
    from steunwijzer.render.common import crisis_panel

    found = Vocabulary(builtin.themes).read(text)
    out = _io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    crisis_panel(console, builtin, "soon", [], "nl", found.themes, text_reasons(found, "text"))
    return out.getvalue()


def test_a_guess_of_the_second_net_asks_rather_than_sends_to_113(builtin: Catalog) -> None:
    """T11: a sentence only the second net weighed as suicidal ("ik weet niet of ik dan
    DUO kan vragen om meer") opened the panel "regel vandaag contact met 113 ... voordat
    de student weggaat", beside a student who asked to hear it is fine who he is."""
    text = (
        "ik ben homo en mijn ouders accepteren het niet. ze hebben mijn studiefinanciering-"
        "aanvulling stopgezet en ik weet niet of ik dan DUO kan vragen om meer. ik wil "
        "gewoon dat iemand zegt dat het goed is wie ik ben"
    )
    assert "suicidal_thoughts" in _themes(builtin, text)  # the net's guess
    panel = _panel(builtin, text)
    assert "gelijkenis met gedachten aan de dood" in panel, panel
    assert "voordat de student weggaat" not in panel


def test_fixed_words_keep_the_advice_of_today(builtin: Catalog) -> None:
    """Guard: a passive wish in fixed words keeps "regel vandaag contact met 113"."""
    panel = _panel(builtin, "soms denk ik dat het beter is als ik er niet meer ben")
    assert "voordat de student weggaat" in panel, panel


def test_a_results_file_in_a_folder_that_cannot_be_read_is_an_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Q8: `report FOLDER` left out a dangling link or a pipe named `.jsonl` without a
    word, exit 0: a group picture quietly missing a file (a moved share leaves links)."""
    import os

    folder = tmp_path / "results"
    folder.mkdir()
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "1", "text": "ik slaap slecht"}\n', "utf-8")
    done = invoke(runner, "batch", str(rows), "-o", str(folder / "a.jsonl"))
    assert done.exit_code == 0, done.stderr
    (folder / "b.jsonl").symlink_to(tmp_path / "gone" / "b.jsonl")
    os.mkfifo(folder / "c.jsonl")
    result = invoke(runner, "report", str(folder), "--min-cell", "1")
    assert result.exit_code == 1
    for name in ("b.jsonl", "c.jsonl"):
        assert f"{folder / name}: error:" in result.stderr, result.stderr


def test_two_csv_exports_joined_read_their_students_only(runner: CliRunner, tmp_path: Path) -> None:
    """Q13: `cat a.csv b.csv` of two Excel exports read the second header as a student
    (id "\\ufeffid", "nothing recognised", counted in a report), and a byte order mark in
    the middle stayed in the id ("\\ufeffs3" did not join with "s3")."""
    rows = tmp_path / "joined.csv"
    rows.write_bytes(
        b"\xef\xbb\xbfid;text\r\ns1;ik slaap slecht\r\n"
        b"\xef\xbb\xbfid;text\r\ns2;ik wil dood\r\n\xef\xbb\xbfs3;tentamenstress\r\n"
    )
    result = invoke(runner, "batch", str(rows), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    ids = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    assert ids == ["s1", "s2", "s3"], result.stdout


@pytest.mark.parametrize(
    ("said", "chosen"),
    [
        ("4 en 5 denk ik, of nee, 4 en 3", ("wrong_choice", "falling_behind")),
        ("2 en 4, sorry, 2 en 5", ("planning", "thinking_of_stopping")),
        # guards: without a change of mind, as before
        ("1 and 2, mostly procrastinating", ("exams_fear", "planning")),
        ("4 and maybe 5", ("falling_behind", "thinking_of_stopping")),
    ],
)
def test_a_change_of_mind_in_a_choice_takes_the_last(
    builtin: Catalog, said: str, chosen: tuple[str, ...]
) -> None:
    """T12: "4 en 5 denk ik, of nee, 4 en 3" was read as 3, 4 and 5."""
    assert _reading(builtin, "study_worries", said) == chosen


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # contractions in patterns are read as the text is ("couldn't" is "could not")
        ("last weekend we couldn't wake her up for ten minutes", "concern_for_other"),
        # set63/64: a veiled goodbye, a date chosen so a birthday is not spoilt, "I'm the
        # one who's cutting", a heart that may give out, a father "liever dood" by phone
        ("mijn vriend appte 'als ik er morgen niet ben, weet je waarom'", "concern_for_other"),
        ("I've picked a day, after the holidays, so it won't ruin Christmas for them",
         "suicidal_thoughts"),
        ("I told you it was my roommate but I am the one who is cutting", "self_harm"),
        ("the doctor says his heart could stop if he keeps purging", "concern_for_other"),
        ("mijn moeder zei door de telefoon dat ze liever dood is", "concern_for_other"),
    ],
)  # fmt: skip
def test_round_21_second_sets(builtin: Catalog, text: str, theme: str) -> None:
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    ["mijn telefoon is weer dood, kan iemand me een oplader lenen", "we can't wake up early"],
)
def test_round_21_second_sets_guards(builtin: Catalog, text: str) -> None:
    assert not _themes(builtin, text) & _ACUTE, text


# --- the second hostile round of this session (V1-V16) ---------------------------------


@pytest.mark.parametrize("study", ["Statistics", "Research", "preventie"])
def test_a_refused_csv_row_keeps_a_wish_beside_a_study_word(
    runner: CliRunner, tmp_path: Path, study: str
) -> None:
    """V1: `id,text,opleiding` / `k1,ik wil dood,Statistics` (an unknown column) gave an
    error record with no tier and no crisis line: the cells were read as one sentence and
    the next cell framed the wish as a study topic. Each cell is its own sentence now."""
    rows = tmp_path / "cases.csv"
    rows.write_text(f"id,text,opleiding\nk1,ik wil dood,{study}\n", "utf-8")
    result = invoke(runner, "batch", str(rows), "--format", "csv")
    assert result.exit_code == 1
    row = next(line for line in result.stdout.splitlines() if line.startswith("k1,"))
    assert row.startswith("k1,acute,") and "113-zelfmoordpreventie" in row, row


@pytest.mark.parametrize(
    "answers",
    [
        'safety_wish_dead: no\nsafety_thoughts: "no, well, sort of"\n',
        'safety_wish_dead: no\nsafety_thoughts: no\nsafety_plan: "weet niet"\n',
        'safety_wish_dead: no\nsafety_thoughts: no\nsafety_method: "misschien"\n',
    ],
)
def test_a_doubt_on_a_safety_question_in_a_file_is_never_a_calm_no(
    runner: CliRunner, tmp_path: Path, answers: str
) -> None:
    """V2: "no, well, sort of" read as a plain no; a doubt on a follow-up after two noes
    was dropped as "did not apply": PREVENTIE, exit 0, no note."""
    path = tmp_path / "answers.yaml"
    path.write_text(answers, encoding="utf-8")
    result = invoke(runner, "interview", "--answers", str(path), "--json")
    assert json.loads(result.stdout)["tier"] == "acute", result.stdout


def _lowered_record(tmp_path: Path, answers: dict[str, object]) -> Path:
    record = {
        "answers": answers, "changed_answers": [], "said": [],
        "result": {"tier": "prevention", "urgency": "soon",
                   "override": {"from": "acute", "to": "prevention",
                                "reason": "al in behandeling bij psycholoog, besproken"}},
    }  # fmt: skip
    path = tmp_path / "session.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_a_stored_lowering_is_not_made_again_for_a_worse_need(
    runner: CliRunner, tmp_path: Path
) -> None:
    """V3: a reason given for a passive wish (urgency soon) was made again after the
    answers were edited to a plan and a rope tonight: "PREVENTIE, direct", exit 0."""
    worse = {"safety_wish_dead": True, "safety_thoughts": True, "safety_plan": True,
             "own_words": "ik heb een touw gekocht voor vanavond"}  # fmt: skip
    result = invoke(runner, "interview", "--answers", str(_lowered_record(tmp_path, worse)),
                    "--json")  # fmt: skip
    data = json.loads(result.stdout)
    assert data["tier"] == "acute" and data["urgency"] == "immediate", data["tier"]


def test_a_stored_lowering_for_the_same_need_is_made_again(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Guard: the lowering the counsellor gave, for the answers it was given for."""
    same = {"safety_wish_dead": True, "safety_thoughts": False, "safety_behaviour": False}
    result = invoke(runner, "interview", "--answers", str(_lowered_record(tmp_path, same)),
                    "--json")  # fmt: skip
    data = json.loads(result.stdout)
    assert data["tier"] == "prevention", data


# --- the second role-play (U1-U15) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "has"),
    [
        # U1: found unconscious, in Dutch
        ("mijn huisgenote werd vannacht bewusteloos gevonden na het drinken", "concern_for_other"),
        # U7: poker as gambling
        ("ik wil stoppen met pokeren maar het lukt niet", "addiction"),
        ("I lost my whole loan on poker and I can't stop", "addiction"),
        # guard: "I will kill me" after a trivial cause is the student's own (set27)
        ("if I fail this resit again I will kill me, I mean it", "suicidal_thoughts"),
    ],
)
def test_round_21_second_roleplay_finds(builtin: Catalog, text: str, has: str) -> None:
    assert has in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        # U2: the trivial cause first is the same manner of speaking as after
        "if I get a negative BSA this year my mom will kill me haha",
        "als ik mijn bsa niet haal vermoordt mijn moeder me",
        # guard: poker with friends is no addiction
        "I play poker with friends on Fridays",
    ],
)
def test_round_21_second_roleplay_calm(builtin: Catalog, text: str) -> None:
    found = _themes(builtin, text)
    assert not found & _ACUTE - {"dropout_risk"} and "addiction" not in found, (text, found)


def test_a_report_of_a_mistyped_path_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    """V6: `report` with a mistyped input path still wrote the report, "0 hulpvragen,
    Acuut 0", ready to be published. It is an error now, and nothing is written."""
    out = tmp_path / "report.md"
    result = invoke(runner, "report", str(tmp_path / "resultaten.jsonl"), "-o", str(out))
    assert result.exit_code == 1 and "bestaat niet" in result.stderr, result.stderr
    assert not out.exists()


def test_a_refused_lookup_json_keeps_json(capsys: pytest.CaptureFixture[str]) -> None:
    """V7: `lookup --json` refused by a usage error (`--limit 0`) printed its acute part
    as the screen's text, and a script parsing the JSON broke."""
    from steunwijzer.cli.app import run

    assert run(["lookup", "--text", "ik wil dood", "--limit", "0", "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["tier"] == "acute" and data["error"], data


@pytest.mark.parametrize(
    ("text", "lacks", "keeps"),
    [
        ("I have ADHD and my DUO got stopped. I'm not depressed or anything", "low_mood",
         "finances"),
        ("Ik ben niet depressief of zo, ik wil alleen hulp met plannen", "low_mood", ""),
        ("I'm not stressed, I just want a study buddy", "stress", ""),
        # guards: a state said is kept; a problem said with "not" is kept
        ("I am depressed and I'm not sleeping", "", "low_mood"),
        ("I'm not sleeping at all lately", "", "sleep"),
    ],
)  # fmt: skip
def test_a_state_the_student_denies_is_not_offered(
    builtin: Catalog, text: str, lacks: str, keeps: str
) -> None:
    """T15: "I'm not depressed or anything" offered low mood at the own-words step."""
    found = _themes(builtin, text)
    assert (not lacks or lacks not in found) and (not keeps or keeps in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben coassistent op de SEH. Vorige week kwam er een jonge vrouw binnen na een "
        "suïcidepoging.",
        "For my game studies thesis I look at how games show self-harm and psychosis.",
        "We organise a workshop for first-years. One evening is about sexual violence and consent.",
        "Hi, I volunteer with a helpline back home. Most callers are suicidal or in distress.",
        "Voor mijn masterscriptie Criminologie wil ik interviews houden met slachtoffers van "
        "stalking en huiselijk geweld.",
    ],
)
def test_a_bare_topic_in_a_mail_about_a_thesis_or_placement_is_the_topic(
    builtin: Catalog, text: str
) -> None:
    """set60 (long e-mails): a risk named as a topic in a text whose first sentences say
    what the student does there came out acute (textframe.role_text). Each of these was
    acute with that rule switched off."""
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("Soms wil ik een week slapen. Maar dood willen zijn, nee, dat niet.", False),
        ("I want to die, no, that's not a joke", True),  # guard: "that is not", no denial
    ],
)
def test_a_denial_after_the_words_in_their_sentence(
    builtin: Catalog, text: str, acute: bool
) -> None:
    """T4: "Maar dood willen zijn, nee, dat niet" was read as a wish (textdenied)."""
    assert ("suicidal_thoughts" in _themes(builtin, text)) is acute, text
