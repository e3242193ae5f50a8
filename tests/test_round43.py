"""Round 43: what the last hostile probe left (round 42's /tmp/h42): a catalogue that is
small on disk and huge in memory, a long quoted CSV cell, long texts that cost words x
patterns, a line break in a file name, and a closed standard input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app, run

# --- a catalogue of millions of empty lists -------------------------------------------------


def _lists(count: int, key: str = "extra_stuff") -> str:
    return f"{key}: [" + "[]," * count + "[]]\n"


def test_a_catalogue_of_many_empty_lists_is_refused_with_its_line(tmp_path: Path) -> None:
    """600,000 empty lists (1.8 MB) were built whole: 15 MB of them took 1.8 GB and,
    under a memory limit, lost the acute result (round 42, F1). Refused at FILE:LINE now;
    the lookup goes on in safety mode with the crisis lines."""
    bad = tmp_path / "nodes.yaml"
    bad.write_text("schema_version: 1\n" + _lists(600_000), encoding="utf-8")
    out = CliRunner().invoke(
        app, ["lookup", "--catalog", str(bad), "--text", "ik wil dood", "--lang", "en"]
    )
    assert out.exit_code == 1
    assert f"{bad}:2:" in out.stderr and "more than 500000 values" in out.stderr
    assert "ACUTE" in out.stdout and "113" in out.stdout


def test_the_limit_counts_what_is_held_not_the_entries_read_and_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries of a streamed section are handed over one by one: many small entries
    together may pass the limit; one entry or one other section may not."""
    from steunwijzer.catalog import yamlevents
    from steunwijzer.catalog.yamlsource import TooManyValues
    from steunwijzer.catalog.yamlstream import stream_catalogue

    monkeypatch.setattr(yamlevents, "MAX_HELD", 60)
    many = "offerings:\n" + "".join(f"  - {{id: o{i}, tiers: [acute]}}\n" for i in range(40))
    got: list[object] = []
    stream_catalogue(many, ("offerings",), lambda *entry: got.append(entry))
    assert len(got) == 40
    one = "offerings:\n  - id: big\n    tags: [" + ", ".join(["x"] * 80) + "]\n"
    with pytest.raises(TooManyValues) as caught:
        stream_catalogue(one, ("offerings",), lambda *entry: None)
    assert caught.value.line == 3
    other = "glossary_notes: [" + ", ".join(["x"] * 80) + "]\n"
    with pytest.raises(TooManyValues):
        stream_catalogue(other, ("offerings",), lambda *entry: None)


def test_the_whole_tree_loader_counts_before_it_composes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A merge key sends a file to the whole-tree loader, which let libyaml compose it
    all first; an answers file is read that way too."""
    from steunwijzer.catalog import yamlsource

    monkeypatch.setattr(yamlsource, "MAX_HELD", 50)
    text = "x: &a {k: 1}\ny:\n  <<: *a\nz: [" + ", ".join(["[]"] * 60) + "]\n"
    with pytest.raises(yamlsource.TooManyValues) as caught:
        yamlsource.parse_yaml(text, "answers files")
    assert caught.value.line == 4
    assert "answers files hold far fewer" in caught.value.message
    assert yamlsource.parse_yaml("a: [" + ", ".join(["1"] * 20) + "]\n")["a"][19] == 1


def test_a_broken_triage_command_still_names_the_crisis_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug or a MemoryError while loading the catalogue printed only "internal error"
    for "ik wil dood" (round 42, F1): the national lines follow it now."""
    from steunwijzer.catalog import load

    def out_of_memory(*_: object, **__: object) -> None:
        raise MemoryError

    monkeypatch.setattr(load, "load_catalog", out_of_memory)
    layer = tmp_path / "layer.yaml"
    layer.write_text("schema_version: 1\n", encoding="utf-8")
    code = run(["lookup", "--catalog", str(layer), "--text", "ik wil dood", "--lang", "en"])
    said = capsys.readouterr().err
    assert code == 1
    assert "internal error: MemoryError" in said
    assert "risk to life or safety: 113 Suicide Prevention (113, 0800-0113)" in said
    assert "112" in said.split("internal error")[1]


def test_a_broken_other_command_names_no_crisis_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Guard: `catalog validate` is no triage; a bug there stays a bug report."""
    from steunwijzer.catalog import load

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(load, "load_catalog", broken)
    layer = tmp_path / "layer.yaml"
    layer.write_text("schema_version: 1\n", encoding="utf-8")
    assert run(["catalog", "validate", str(layer), "--lang", "en"]) == 1
    said = capsys.readouterr().err
    assert "internal error" in said and "113" not in said


# --- a long quoted CSV cell ---------------------------------------------------------------


def _rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_a_quoted_cell_of_250_lines_is_one_row(tmp_path: Path) -> None:
    """A cell over 200 lines was "an unbalanced quote": each of its lines became a row,
    and "ik wil dood" on line 150 went out under a line of the notes as id (round 42,
    F2). Python's csv module wrote this file."""
    lines = [f"Notitie regel {i}: gesprek over planning, roosters en zo" for i in range(250)]
    lines[150] = "Ze zei: ik wil dood"
    rows = tmp_path / "notes.csv"
    _rows(rows, [["id", "text"], ["s1001", "\n".join(lines)], ["s1002", "ik slaap slecht"]])
    out = CliRunner().invoke(app, ["batch", str(rows), "--format", "csv"])
    got = list(csv.DictReader(out.stdout.splitlines()))
    assert [r["id"] for r in got] == ["s1001", "s1002"]
    assert got[0]["tier"] == "acute"


def test_a_stray_quote_still_takes_no_rows_into_one_cell(tmp_path: Path) -> None:
    """Guard: a quote left open that meets a closing one 300 rows below is no field of
    300 lines: the rows between read as rows, each with its own tier."""
    rows = tmp_path / "stray.csv"
    body = ['1,"ik heb een vraag over roosters'] + [f"s{i},ik slaap slecht" for i in range(2, 300)]
    body += ['s300,ik wil dood"', "s301,tentamenstress"]
    rows.write_text("id,text\n" + "\n".join(body) + "\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["batch", str(rows), "--format", "csv"])
    got = {r["id"]: r["tier"] for r in csv.DictReader(out.stdout.splitlines())}
    assert got["s2"] == "specific" and got["s299"] == "specific"
    assert got["s300"] == "acute" and got["s301"] == "specific"
    assert out.exit_code == 1  # row 2's open quote is still an error


# --- a long text costs what its words cost ------------------------------------------------


def test_the_anchor_index_finds_what_the_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long texts index each word's patterns once (a 1 MB cell took 20 s); a long text
    read both ways gives the same findings."""
    from steunwijzer.core import matching

    from .reading import builtin_vocabulary

    vocabulary = builtin_vocabulary()
    parts = [
        "ik slaap al weken slecht en mijn oma is vorige maand overleden.",
        "My housemate said she wants to die and I don't know what to do.",
        "ik heb schulden en durf het niet aan mijn ouders te vertellen.",
        "sometimes I cut myself when it gets too much, not lately though.",
        "de deadline van mijn scriptie maakt me kapot haha.",
    ]
    text = " ".join(parts * 40)
    indexed = vocabulary.read(text)
    monkeypatch.setattr(matching, "_INDEXED", 10**9)
    scanned = vocabulary.read(text)
    assert repr(indexed.findings) == repr(scanned.findings)
    assert {"grief", "concern_for_other", "self_harm"} <= {f.theme for f in indexed.findings}


# --- a line break in a file name, a closed standard input -------------------------------


def test_a_line_break_in_an_input_name_stays_in_one_error_line(tmp_path: Path) -> None:
    """`batch` wrote the name raw: "n\\nfake.csv:1: error: alles in orde\\n.csv:3: ..."
    forged an error line of its own (round 42, F5)."""
    rows = tmp_path / "n\nfake.csv:1: error: all fine\n.csv"
    rows.write_text('id,text\n1,ik wil dood\n"2,x\n', encoding="utf-8")
    out = CliRunner().invoke(app, ["batch", str(rows), "--lang", "en"])
    errors = [line for line in out.stderr.splitlines() if ": error:" in line]
    assert len(errors) == 1
    assert errors[0].startswith(str(tmp_path)) and "n\\nfake.csv:1" in errors[0]
    assert errors[0].endswith("a quoted field is not closed")


def test_a_line_break_in_an_answers_file_name_is_written_as_backslash_n(
    tmp_path: Path,
) -> None:
    answers = tmp_path / "a\nb.json"
    answers.write_text("[1, 2", encoding="utf-8")
    out = CliRunner().invoke(app, ["interview", "--answers", str(answers), "--lang", "en"])
    assert "a\\nb.json:1: error: invalid JSON" in out.stderr


_CLOSED_STDIN = """
import sys
sys.argv = ["steunwijzer", *{args!r}]
from steunwijzer.__main__ import main
raise SystemExit(main())
"""


@pytest.mark.parametrize(
    "args",
    [["batch", "-"], ["interview", "--answers", "-", "--json"], ["report", "-", "--plain"]],
)
def test_a_closed_standard_input_is_no_empty_input(args: list[str]) -> None:
    """`batch - <&-` said "no rows" and exited 0 (round 42, F6)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _CLOSED_STDIN.format(args=args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={"STEUNWIJZER_LANG": "en", "PATH": "/usr/bin:/bin"},
        preexec_fn=lambda: __import__("os").close(0),
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "standard input is closed" in done.stderr


def test_stdin_from_dev_null_is_still_an_empty_input() -> None:
    """Guard: `batch - < /dev/null` is an empty file, as before (exit 0, a warning)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _CLOSED_STDIN.format(args=["batch", "-"])],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={"STEUNWIJZER_LANG": "en", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "closed" not in done.stderr


def test_json_rows_with_a_huge_text_still_give_every_row(tmp_path: Path) -> None:
    """Guard for the speed-ups: a refused 300,000-character row is still searched whole
    (its "ik wil dood" near the end found) and the row after it is read."""
    filler = "Ik schrijf over de planning van mijn stage en de roosters. " * 5000
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"id": "a", "text": filler + " en eigenlijk wil ik dood."})
        + "\n"
        + json.dumps({"id": "b", "text": "ik slaap slecht"})
        + "\n",
        encoding="utf-8",
    )
    out = CliRunner().invoke(app, ["batch", str(rows)])
    got = {json.loads(line)["id"]: json.loads(line)["tier"] for line in out.stdout.splitlines()}
    assert got == {"a": "acute", "b": "specific"}


# --- quiet signs of a risk (an outsiders' set, set123, measured unseen) -----------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "ik heb 8000 euro van mn studielening vergokt op voetbal. mn ouders weten van niks. "
            "eerlijk gezegd zie ik maar één uitweg en dat is geen betalingsregeling",
            "suicidal_thoughts",
        ),
        ("ik zie nog maar 1 uitweg", "suicidal_thoughts"),
        ("I only see one way out", "suicidal_thoughts"),
        ("I only see one way out and it's not switching my course", "suicidal_thoughts"),
        (
            "ik blijf maar denken hoe rustig het zou zijn als alles gewoon stopt. geen deadlines "
            "geen schulden geen telefoontjes van incassobureaus",
            "suicidal_thoughts",
        ),
        ("zit al twee weken elke avond met een touw in mn handen", "suicidal_thoughts"),
        ("I sit with a rope in my hands most nights", "suicidal_thoughts"),
        ("kinda want to ride my bike into a truck so i dont have to present", "suicidal_thoughts"),
        ("soms wil ik met mijn fiets onder een vrachtwagen", "suicidal_thoughts"),
        ("last time he broke my wrist", "unsafe_situation"),
        ("my stepdad bruised my ribs when I said no", "unsafe_situation"),
        ("mijn vader heeft vorig jaar mijn arm gebroken", "unsafe_situation"),
        ("hij brak mijn neus toen ik terugpraatte", "unsafe_situation"),
        ("he put his hands under my scrubs in the linen room", "sexual_violence"),
        ("mijn werkbegeleider zat met zijn handen onder mn uniform", "sexual_violence"),
    ],
)
def test_quiet_signs_of_a_risk_are_heard(text: str, theme: str) -> None:
    """Each was nothing, or not this risk, on 4cf3fa8 (set123: "he broke my wrist" was
    money; the scrubs, the rope, one way out, the truck: nothing)."""
    from .reading import themes_of

    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik denk steeds hoe rustig het zou zijn als alles gewoon stopt",
        "hoe fijn zou het zijn als het allemaal voorgoed ophoudt",
        "I keep thinking how peaceful it would be if everything just stopped",
        "ik heb de neiging om met de auto tegen een boom te rijden",
    ],
)
def test_quiet_signs_found_before_stay_found(text: str) -> None:
    """Guards: found on 4cf3fa8 already (the second net, or another family)."""
    from .reading import themes_of

    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to drive my car to Paris this summer",  # was suicidal thoughts
        "I want to ride my bike to campus every day",
        "ik zet mijn fiets tegen de muur bij de ingang",
        "i broke my wrist snowboarding, can I do the exam online?",
        "she broke my heart last year but we're fine now",
        "er is maar één uitweg: stoppen met deze studie en iets anders gaan doen",
        "the only way out is through the back door during the fire drill",
        "ik sta met een touw in mijn handen bij het klimmen, de trainer houdt het vast",
        "jumped off the tower and died like 15 times trying to get that achievement lol",
    ],
)
def test_their_harmless_neighbours_stay_harmless(text: str) -> None:
    """Guards for the new families; the first and the last were acute on 4cf3fa8."""
    from .reading import themes_of

    assert not themes_of(text) & {"suicidal_thoughts", "unsafe_situation", "sexual_violence"}


@pytest.mark.parametrize(
    "text",
    [
        "we broke up last week but we're still friends",
        "my laptop charger broke, can I hand in on friday",
        "he broke my wrist",
        "the car broke down on the A2",
    ],
)
def test_broke_is_no_money_problem_unless_said_of_oneself(text: str) -> None:
    """ "broke" alone was finances: about 50 sentences of tests/data (break-ups, a
    laptop, a father's violence). Money stays money below."""
    from .reading import themes_of

    assert "finances" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["I'm so broke until DUO comes in", "broke student here lol", "Not dramatic, just broke."],
)
def test_being_broke_is_still_money(text: str) -> None:
    """Guards: money said of oneself."""
    from .reading import themes_of

    assert "finances" in themes_of(text)


def test_a_violent_past_is_no_danger_this_minute() -> None:
    """Guard: a wrist broken "last time" is acute, not "call 112 now"."""
    from steunwijzer.core.lexicon_signals_quiet import UNSAFE_EN, UNSAFE_NL

    assert not any(p.startswith("!") for p in (*UNSAFE_EN, *UNSAFE_NL))


# --- the role-play's safety answers -------------------------------------------------------


def _parse(builtin, qid: str, said: str) -> object:  # type: ignore[no-untyped-def]
    from steunwijzer.core.answers import parse_answer

    return parse_answer(next(q for q in builtin.questions if q.id == qid), said)


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # intake 3: her friend's goodbye "last night" made her own answer doubt, and she
        # was asked about her own method and plan
        (
            "safety_wish_dead",
            "no, not me. my best friend sent me a goodbye message last night and she is "
            "not answering her phone",
        ),
        ("safety_wish_dead", "nee, ik niet. mijn vriendin appte me vannacht een afscheid"),
        # intakes 1 and 4: a plain no that names the plan
        ("safety_plan", "no plan"),
        ("safety_plan", "no, I don't have a plan"),
        ("safety_plan", "no no, I don't have a plan or anything"),
        ("safety_plan", "I don't have a plan"),  # refused on 4cf3fa8
        ("safety_plan", "nee, ik heb geen plan"),
        ("safety_plan", "ik heb geen plan hoor"),
        ("safety_method", "ik heb geen methode"),
        # intake 1: "not really no" brought the crisis panel back, naming self-harm
        ("safety_behaviour", "not really no"),
        ("safety_wish_dead", "niet echt, nee"),
    ],
)
def test_a_no_said_in_words_is_a_no(builtin, qid: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """Each was a don't-know (or refused) on 4cf3fa8 but the guard "niet echt, nee"."""
    assert _parse(builtin, qid, said) is False


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("safety_plan", "nee, nog geen plan"),  # not yet
        ("safety_plan", "no plan yet"),
        ("safety_plan", "ik heb nog geen plan"),
        ("safety_plan", "I don't have a plan but I think about it"),
        ("safety_plan", "nee, maar ik heb wel een plan"),
        ("safety_wish_dead", "not really"),
        ("safety_wish_dead", "no, but my friend does and honestly I have thought about it"),
    ],
)
def test_what_keeps_a_question_open_stays_open(builtin, qid: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """Guards: a "yet", a thought after the no, a hedge alone, the student named after
    the friend are not a no."""
    from steunwijzer.core.answers import UNKNOWN

    assert _parse(builtin, qid, said) in (UNKNOWN, True)


# --- the role-play's readings: a mother missed, a country named -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm from India and I miss my mom",  # was grief, acute, De Luisterlijn first
        "so homesick rn, miss my mums food and my dog",  # a guard (only a mention before)
        "ik kom uit Polen en ik mis mijn moeder",
    ],
)
def test_a_mother_missed_from_afar_is_no_grief(text: str) -> None:
    from .reading import themes_of

    assert "grief" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I miss my dad so much. It's been three months.",
        "mis mn moeder zo erg, morgen is het een jaar geleden",
        "ik mis mijn oma, ze is vorig jaar overleden",
        "ik mis mijn vader elke dag",
    ],
)
def test_a_parent_missed_with_how_much_or_how_long_is_still_grief(text: str) -> None:
    """Guards: the grief sentences of tests/data that said only "mis mijn vader zo erg"."""
    from .reading import themes_of

    assert "grief" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "international"),
    [
        ("I'm from India and I miss my mom", True),  # the role-play's intake 1: nothing
        ("im from brazil and its dark at 4pm", True),
        ("I come from Germany, doing my master here", True),
        ("ik kom uit België en mis thuis", True),
        ("ik kom oorspronkelijk uit Oekraïne", True),
        ("I'm from Groningen", False),
        ("I'm from a small town near Zwolle", False),
        ("mijn ouders komen uit Marokko", False),
    ],
)
def test_a_student_from_another_country_is_international(text: str, international: bool) -> None:
    """The first five were no international student on 4cf3fa8; the last three guard."""
    from .reading import themes_of

    assert ("international_student" in themes_of(text)) is international


# --- two-word names in one clause; "bedoel ik" -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "geen van beide, mijn vriend is gewelddadig",  # the role-play: social connection
        "ik stop met de studentenvereniging, kost te veel tijd, heb genoeg vrienden",
        "I quit my job at the supermarket, so now I finally have time to study",
    ],
)
def test_two_words_of_a_name_far_apart_are_no_name(text: str) -> None:
    """A two-word synonym ("geen vrienden", "stop studying") matched its words anywhere
    within eight, across a comma. The first failed on 4cf3fa8; the other two guard."""
    from .reading import themes_of

    assert not themes_of(text) & {"social_connection", "study_skills", "dropout_risk"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("vrienden heb ik hier geen", "social_connection"),
        ("ik heb echt geen vrienden", "social_connection"),
        (
            "rip mijn gemiddelde. als dit zo doorgaat stop ik na dit jaar met de studie",
            "dropout_risk",
        ),
        ("I want to drop out", "dropout_risk"),
    ],
)
def test_a_name_said_close_together_still_counts(text: str, theme: str) -> None:
    """Guards (the third lost its dropout with the closer window, until the dropout
    pattern's own gap was widened)."""
    from .reading import themes_of

    assert theme in themes_of(text)


def test_bedoel_ik_sets_off_what_it_corrects() -> None:
    """ "om er gewoon mee te stoppen met leven bedoel ik niet met studeren" (spoken, in
    tests/data) was study skills: the "niet" after "bedoel ik" negated the life."""
    from .reading import themes_of

    said = "ik loop rond met het idee om er mee te stoppen met leven bedoel ik niet met studeren"
    assert "suicidal_thoughts" in themes_of(said)


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        ("area_sleep", "noo", False),  # the role-play's minor findings: each refused
        ("area_sleep", "nooo", False),
        ("area_sleep", "yess", True),
        ("safety_wish_dead", "noo", False),
        ("mood_weight", "6ish", 6),
        ("mood_weight", "7ish maybe", 7),
        ("area_sleep", "neeeee", False),  # guards: listed before
        ("area_sleep", "jaaaa", True),
    ],
)
def test_words_typed_long_and_a_number_ish(builtin, qid: str, said: str, expected: object) -> None:  # type: ignore[no-untyped-def]
    assert _parse(builtin, qid, said) == expected


def test_a_stretched_word_that_is_no_answer_stays_refused(builtin) -> None:  # type: ignore[no-untyped-def]
    """Guard: only a word that stretches an answer is read as it."""
    from steunwijzer.core.answers import AnswerError

    with pytest.raises(AnswerError):
        _parse(builtin, "area_sleep", "tooo")


# --- set124 (notes by tutors, parents' e-mails, dictated and short messages) ---------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("picked a date. dont worry about it", "suicidal_thoughts"),
        ("not really planning on being around after christmas tbh", "suicidal_thoughts"),
        ("I'm not going to be around for the resit, or for much after that", "suicidal_thoughts"),
        (
            "Docent meldt: verslag in ik-vorm over 'mijn laatste week', met afscheid van familie "
            "en een gekozen datum",
            "suicidal_thoughts",
        ),
        ("he sent messages saying she 'will regret' ignoring him", "unsafe_situation"),
        (
            "St. discloses being touched repeatedly by a supervisor during lab sessions",
            "sexual_violence",
        ),
    ],
)
def test_what_set124_said_is_heard(text: str, theme: str) -> None:
    """Each was below acute on 4cf3fa8 (set124, unseen). The Dutch of the last two
    ("spijt krijgen als ik hem blijf negeren", "betast door mijn werkbegeleider") was
    found already."""
    from .reading import themes_of

    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "we picked a date for the party next month",
        "I'm not planning on being here after graduation, moving to Berlin",
        "you will regret this purchase lol",
        "ik werd echt geraakt door de speech van mijn begeleider",
    ],
)
def test_their_harmless_neighbours_stay_harmless_too(text: str) -> None:
    """Guards for the set124 families."""
    from .reading import themes_of

    assert not themes_of(text) & {"suicidal_thoughts", "unsafe_situation", "sexual_violence"}


def test_a_risk_years_back_and_long_over_is_a_past() -> None:
    """ "jaren terug had ik zelf suïcidale gedachten, dat is al heel lang voorbij" was
    acute, urgency immediate (set124)."""
    from .reading import builtin_vocabulary

    read = builtin_vocabulary().read(
        "jaren terug had ik zelf suïcidale gedachten, dat is al heel lang voorbij en ik ben nu "
        "buddy bij een preventieproject"
    )
    assert "suicidal_thoughts" not in read.themes


# --- danger now: the other needs' thinking-along tips wait ---------------------------------


def test_danger_now_leaves_sleep_hygiene_and_a_money_overview_for_later(builtin) -> None:  # type: ignore[no-untyped-def]
    """The role-play's intake 7 (a partner who hits, awake until he is home, he has her
    bank card): "fewer screens and less caffeine" and "make a money overview" were among
    the tips beside "call 112 now" on 4cf3fa8."""
    from steunwijzer.core.model import Tier, Urgency
    from steunwijzer.core.support import select_tips

    themes = ("unsafe_situation", "sleep", "finances")
    now = [t.id for t in select_tips(builtin, Tier.ACUTE, Urgency.IMMEDIATE, themes, "emotional")]
    assert "unsafe_tonight" in now and "money_stress" in now  # emotional stays
    assert "sleep_rhythm" not in now and "money_overview" not in now
    soon = [t.id for t in select_tips(builtin, Tier.ACUTE, Urgency.SOON, themes, "emotional")]
    assert "sleep_rhythm" in soon and "money_overview" in soon  # a guard: not danger now


# --- the need both answered and told in one's own words is served first ----------------------


def test_a_need_answered_and_told_in_own_words_comes_before_answers_only(builtin) -> None:  # type: ignore[no-untyped-def]
    """The role-play's intake 2 (a nursing student whose placement supervisor belittles
    her): exam anxiety and sleep, each one answer, came first; the confidential adviser
    was fourth and the bullying tip on the third page (on 4cf3fa8)."""
    import datetime as dt

    from steunwijzer.core.interview import replay
    from steunwijzer.core.referrals import ReferralIndex

    answers = {
        "safety_wish_dead": "nee",
        "safety_thoughts": "nee",
        "safety_behaviour": "nee",
        "area_study": "ja",
        "study_worries": ["exams_fear"],
        "area_sleep": "ja",
        "sleep_duration": "long",
        "area_behaviour": "ja",
        "behaviour_kind": "unwanted",
        "own_words": "begeleider op stage kleineert me elke dienst",
    }
    index = ReferralIndex(builtin, dt.datetime(2026, 11, 30, 14, 0))
    result = replay(builtin, answers, "nl", index)
    assert result.theme_order[0] == "unwanted_behaviour", result.theme_order
    assert result.referrals[0].offering.id == "vh-vertrouwenspersoon"
    assert result.tips[0].id == "harassment_believed"


def test_an_answers_file_that_is_no_mapping_names_its_line(tmp_path: Path) -> None:
    """Every other answers error is FILE:LINE; this one was "FILE: error:" (the hostile
    probe of round 42, I13)."""
    answers = tmp_path / "a.yaml"
    answers.write_text("# my answers\n\n- safety_thoughts\n- nee\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["interview", "--answers", str(answers), "--lang", "en"])
    assert f"{answers}:3: error: answers must be a mapping" in out.stderr


def test_a_misspelt_question_id_is_still_read_among_unknown_keys() -> None:
    """Guard for the speed-up of near_question (a row with a million unknown keys took
    150 s): a misspelt id of the same length is still found, a short key skips difflib."""
    from steunwijzer.core.question_keys import near_question

    ids = ["safety_thoughts", "safety_plan", "area_sleep"]
    assert near_question("safety_thougths", ids) == "safety_thoughts"
    assert near_question("vraag 2 (safety_plan)", ids) == "safety_plan"
    assert near_question("k1", ids) is None


def test_six_weeks_ish_is_no_week(builtin) -> None:  # type: ignore[no-untyped-def]
    """The round's recheck: "sinds de stage, een week of 6ish" was "shorter than two
    weeks" (the "ish" hid the six)."""
    assert _parse(builtin, "sleep_duration", "sinds de stage, een week of 6ish") == "long"
    assert _parse(builtin, "sleep_duration", "3ish dagen") == "short"  # a guard


def test_told_first_in_own_words_leads_among_needs_said_both_ways(builtin) -> None:  # type: ignore[no-untyped-def]
    """The recheck of intake 2: stress (answered, and "paniek" in her words) came before
    the bullying told first in her words, and De Luisterlijn led the first screen."""
    import datetime as dt

    from steunwijzer.core.interview import replay
    from steunwijzer.core.referrals import ReferralIndex

    answers = {
        "safety_wish_dead": "nee",
        "safety_thoughts": "nee",
        "safety_behaviour": "nee",
        "area_study": "ja",
        "study_worries": ["exams_fear"],
        "area_sleep": "ja",
        "sleep_duration": "long",
        "area_mood": "ja",
        "mood_kind": ["stress"],
        "mood_weight": 6,
        "area_behaviour": "ja",
        "behaviour_kind": "unwanted",
        "own_words": "begeleider op stage kleineert me. paniek voor elke dienst",
    }
    index = ReferralIndex(builtin, dt.datetime(2026, 12, 4, 18, 0))
    result = replay(builtin, answers, "nl", index)
    assert result.theme_order[:2] == ("unwanted_behaviour", "stress"), result.theme_order
    assert result.referrals[0].offering.id == "vh-vertrouwenspersoon"


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        ("area_mood", "yess, gespannen", True),  # the recheck: refused where "yess" was read
        ("area_mood", "noo not really", False),
        ("safety_wish_dead", "yess sometimes", True),  # a guard ("sometimes" read it)
    ],
)
def test_a_word_typed_long_first_in_an_answer(
    builtin, qid: str, said: str, expected: object
) -> None:  # type: ignore[no-untyped-def]
    assert _parse(builtin, qid, said) == expected


def test_a_hedge_after_a_long_no_stays_doubt_on_a_safety_question(builtin) -> None:  # type: ignore[no-untyped-def]
    """Guard: "noo not really" reads as "no not really": doubt on the safety screen."""
    from steunwijzer.core.answers import UNKNOWN

    assert _parse(builtin, "safety_wish_dead", "noo not really") == UNKNOWN


def test_a_mapping_of_many_keys_counts_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each key of a mapping is a value held, as each item of a list is: without it a
    catalogue part of millions of keys ({k0: 1, k1: 1, ...}) was built whole."""
    from steunwijzer.catalog import yamlevents
    from steunwijzer.catalog.yamlsource import TooManyValues
    from steunwijzer.catalog.yamlstream import stream_catalogue

    monkeypatch.setattr(yamlevents, "MAX_HELD", 60)
    keys = "notes: {" + ", ".join(f"k{i}: 1" for i in range(80)) + "}\n"
    with pytest.raises(TooManyValues):
        stream_catalogue(keys, ("offerings",), lambda *entry: None)
    small = "notes: {" + ", ".join(f"k{i}: 1" for i in range(40)) + "}\n"
    assert len(stream_catalogue(small, ("offerings",), lambda *entry: None)["notes"]) == 40
