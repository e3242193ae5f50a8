"""Round 16: a faster `lookup --text`, and what outsiders found (blind sets set39 and
set40, a role-play in a terminal, a hostile round).

Each test names the case it was written from. Unless its docstring says it guards, each
was run on the commit before the round (49c7e78, through a worktree) and failed there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from steunwijzer.catalog.compiled import compiled_path, is_current, read_document
from steunwijzer.catalog.resources import builtin_catalog_dir
from steunwijzer.core import lexicon, prebuilt, resemblance
from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.prompts import (
    BACK,
    SKIP,
    CrisisPrompt,
    Prompt,
    QuestionPrompt,
    Unfit,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.present.explain import reason_lines

from .terminal_helpers import read_text as _read
from .terminal_helpers import scripted as _run

PROBE = """
import json, sys
from steunwijzer.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def _loaded(*args: str) -> tuple[int, str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    return done.returncode, done.stdout, set(json.loads(line.removeprefix("MODULES ")))


# --- start-up: what `lookup --text` reads (issue 10, point 10) -------------------------


def test_lookup_text_reads_no_pattern_parser_and_no_floor_tables() -> None:
    """With the recogniser compiled at build time, a text needs neither the pattern
    parser (its dataclasses: ~1 ms) nor the floor's tables (put together at import:
    ~1.5 ms): both are compiled into the index already. The result is unchanged."""
    path = compiled_path()
    if not (path.is_file() and is_current(read_document(path), builtin_catalog_dir())):
        pytest.fail("the compiled built-in catalogue is stale: run `pip install -e .`")
    code, out, modules = _loaded("lookup", "--text", "ik wil niet meer leven", "--json")
    assert code == 0
    assert json.loads(out)["themes"][0] == "suicidal_thoughts"
    assert "steunwijzer.core.recognise" in modules  # a text was read
    assert "steunwijzer.core.patterns" not in modules
    assert "steunwijzer.core.lexicon_floor" not in modules


def test_the_floor_names_the_themes_it_holds() -> None:
    """`FLOOR_THEMES` stands for the floor where the floor itself is not read (acute
    themes, the index): the two must name the same themes. Guards the split."""
    assert tuple(lexicon.FLOOR) == lexicon.FLOOR_THEMES


def test_packed_weights_are_the_json_weights() -> None:
    """The second net's weights packed at build time load as the JSON gives them, with
    the pairs' first words and the stopwords' stems worked out once."""
    raw = (Path(resemblance.__file__).parent / resemblance.WEIGHTS).read_bytes()
    data = json.loads(raw)
    packed = prebuilt.unpack_weights(resemblance.compiled_weights(), raw)
    assert packed is not None
    # Read bucket by bucket (prebuilt.Buckets): every theme's weights all there.
    assert {t: w.whole() for t, w in packed["weights"].items()} == data["weights"]
    assert packed["bias"] == data["bias"]
    for theme, weights in data["weights"].items():
        for key in list(weights)[::97]:
            assert key in packed["weights"][theme]
            assert (
                packed["weights"][theme][key] == packed["weights"][theme].get(key) == weights[key]
            )
        assert "n:no-such-stem" not in packed["weights"][theme]
    assert packed["pair_starts"] == resemblance.pair_starts(data["weights"][resemblance.ANY])
    assert packed["stop_stems"]["stemmer"] == prebuilt.stamp()
    assert packed["stop_stems"]["nl"] == frozenset(
        resemblance.stem("nl", w) for w in resemblance.STOPWORDS
    )


def test_packed_weights_of_other_bytes_are_not_used() -> None:
    """A retrained or edited resemblance.json makes the packed weights stale: they are
    then not read (the JSON is), never weights of another training."""
    raw = (Path(resemblance.__file__).parent / resemblance.WEIGHTS).read_bytes()
    blob = resemblance.compiled_weights()
    assert prebuilt.unpack_weights(blob, raw + b" ") is None
    assert prebuilt.unpack_weights(blob.replace(prebuilt.WEIGHTS_MAGIC, b"SWRW0 ", 1), raw) is None
    assert prebuilt.unpack_weights(blob[:-40], raw) is None  # cut short


def test_packed_tables_keep_every_key_and_pattern() -> None:
    """The index tables are packed with one tuple per distinct list of patterns (half
    the cost of reading them); every key keeps its patterns in order."""
    shared = prebuilt.shared({"=a": [1, 2], "=b": [1, 2], "=c": [3]})
    assert shared == {"=a": (1, 2), "=b": (1, 2), "=c": (3,)}
    assert shared["=a"] is shared["=b"]
    # Split into buckets, every key lands in the bucket its slot names.
    split = prebuilt.buckets({f"k{i}": i for i in range(100)})
    assert len(split) == 100 // prebuilt.BUCKET_KEYS
    assert all(prebuilt.slot(k, len(split)) == n for n, b in enumerate(split) for k in b)
    assert sum(len(b) for b in split) == 100


# --- free text: families from set39 and set40, and a hostile round ---------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a negation in the clause before, the finding with its own subject
        ("my housemate's boyfriend comes over and when she's not there he threatens me",
         "unsafe_situation"),
        ("if my mum isn't home he hits me", "unsafe_situation"),
        # injuring oneself, said as a habit or an urge
        ("For personal reasons I have been injuring myself again", "self_harm"),
        ("I keep wanting to injure myself", "self_harm"),
        # medicine saved, the verb after it
        ("van de strips die ik aan het sparen was heb ik er nu twintig", "suicidal_thoughts"),
        ("de pillen die ik spaar liggen in mijn la", "suicidal_thoughts"),
        # the car as a means
        ("als ik nu het stuur omgooi is het klaar", "suicidal_thoughts"),
        ("soms heb ik de neiging om het stuur om te gooien op de snelweg", "suicidal_thoughts"),
        # an attempt with its hospital ("ended up in" is no manner of speaking there)
        ("I tried in september with pills and ended up in hospital", "suicidal_thoughts"),
        ("ik heb het in de zomer geprobeerd met pillen en lag in het ziekenhuis",
         "suicidal_thoughts"),
        # threats and being pushed
        ("he said he'll finish what he started", "unsafe_situation"),
        ("my stepdad says he will break my arm if I tell anyone", "unsafe_situation"),
        ("hij duwde me tegen de muur", "unsafe_situation"),
        ("he shoved me against the fridge last night", "unsafe_situation"),
        ("ik slaap bij een vriendin omdat ik niet terug durf naar huis", "unsafe_situation"),
        # someone else cutting; a goodbye that felt wrong
        ("mijn zusje stuurt foto's van haar armen na het krassen", "concern_for_other"),
        ("my flatmate said thanks for everything in a really weird way this morning",
         "concern_for_other"),
    ],
)  # fmt: skip
def test_families_of_set39_and_set40_are_found(builtin: Catalog, text: str, theme: str) -> None:
    """Read from two outsiders' sets after they were measured unseen (set39: 41 of 45
    risk texts; set40: 41 of 46); each family written in other words than the set's.
    Eight of these wordings were found before the round too (by other patterns or the
    second net): they guard the families' neighbours; the other nine failed."""
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself, no joke",
        "no joke, I want to kill myself",
        "i'm not kidding, I want to kill myself",
        "I want to kill myself for real",
        "I want to kill myself no lie",
        "ik wil dood geen grap",
        "ik wil echt dood ik kan niet meer",
        "I want to die im not ok",
        "ik wil dood niet normaal",
        "ik had nooit gedacht dat ik dood zou willen",
        "ik wil niet meer leve",
        "I want to off myself",
    ],
)
def test_said_to_be_meant_is_no_joke_and_no_denial(builtin: Catalog, text: str) -> None:
    """A hostile round: "no joke", "for real", "not kidding" were read as a joke, "kill
    for" or a negation; a "niet" in the next clause without a comma ("ik kan niet meer")
    negated the wish; "nooit gedacht dat ik ..." is an admission. All were nothing
    recognised, without 113."""
    themes, _ = _read(builtin, text)
    assert "suicidal_thoughts" in themes


@pytest.mark.parametrize(
    "text",
    [
        "ik heb mezelf gesneden niet diep",
        "ik doe aan zelf-beschadiging",
        "zelf verwonding",
        "auto mutilatie",
        "ik heb gekrast",
    ],
)
def test_self_harm_spelt_apart_or_said_short(builtin: Catalog, text: str) -> None:
    """A hostile round: the split and hyphenated Dutch spellings (as "zelf-moord" was
    already), "niet diep" (how deep, not whether) and "ik heb gekrast" were nothing."""
    themes, _ = _read(builtin, text)
    assert "self_harm" in themes


@pytest.mark.parametrize(
    "text",
    [
        "ik verzamel strips van Kuifje",
        "ik spaar Donald Duck strips",
        "ik moest het stuur omgooien om een fietser te ontwijken",
        "lang leve de lol",
        "Ik wil voorgoed weg uit Nederland en in Canada gaan wonen.",
    ],
)
def test_comics_a_swerve_and_long_live_stay_calm(builtin: Catalog, text: str) -> None:
    """Collecting comics was "means gathered", urgency immediate (found while writing
    the families above); the swerve, "leve" and "voorgoed weg" guard the new ones."""
    themes, _ = _read(builtin, text)
    assert not themes & set(lexicon.RISK_TO_LIFE)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("zelfmoordgedachten heb ik niet", "suicidal_thoughts"),
        ("I'm not suicidal, no joke, I just need an extension", "suicidal_thoughts"),
        ("hij slaat me niet, echt niet", "unsafe_situation"),
        ("I never thought about killing myself, I just need help planning", "suicidal_thoughts"),
    ],
)
def test_a_denial_stays_a_denial(builtin: Catalog, text: str, theme: str) -> None:
    """Guards: what the new readings must not undo ("heb ik niet" after the finding,
    "not" before it, "never thought about")."""
    themes, mentions = _read(builtin, text)
    assert theme not in themes
    assert mentions.get(theme) == "negated"


# --- the interview (role-plays in a terminal, round 16) ---------------------------------


def test_a_doubt_taken_back_is_asked_about_not_an_emergency(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Two role-plays: "weet niet" to the preparation question, corrected at once with
    'b' and "nee", ended in urgency immediate, "bel nu 112 en houd de student wakker", and
    a handout opening with "Doe dit nu". Taken back it stays acute and on the record, to
    be asked again: urgency soon."""
    script: dict[str, list[object]] = {
        "safety_thoughts": ["ja"],
        "safety_behaviour": ["weet niet", "nee"],
        "area_study": [BACK, "nee"],
    }
    _, result = _run(builtin, index, script)
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes
    assert result.urgency is Urgency.SOON
    lines = reason_lines(builtin, result, "nl")
    # (since round 62 it says which: "eerst gelezen als weet niet", the first answer here)
    assert any(x.startswith("Vraag er opnieuw naar: eerst gelezen als weet niet") for x in lines), (
        lines
    )


def test_a_yes_kept_to_the_preparation_question_is_still_immediate(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards: a "ja" that stands keeps its urgency."""
    script: dict[str, list[object]] = {"safety_thoughts": ["ja"], "safety_behaviour": ["ja"]}
    _, result = _run(builtin, index, script)
    assert result.urgency is Urgency.IMMEDIATE


def test_a_sentence_of_its_own_beside_a_no_is_read_whole(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play: "nee. soms denk ik wat maakt het nog uit" to the identity question
    was read as "nee", the rest dropped: nothing in the review, the reasons or the
    record. A sentence of its own after the answer is read as own words are, the second
    net too; the safety questions are asked again."""
    script: dict[str, list[object]] = {
        "area_identity": ["nee. soms denk ik wat maakt het nog uit"],
    }
    seen, result = _run(builtin, index, script)
    again = [p.question.id for p in seen if isinstance(p, QuestionPrompt) and p.recheck]
    assert "suicidal_thoughts" in result.themes or "safety_wish_dead" in again, again


def test_a_fragment_beside_an_answer_is_still_no_text(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards round 13: "last night not, vanwege mijn vriendin" beside an answer is a
    fragment; the second net's guess on "last" does not count."""
    script: dict[str, list[object]] = {"area_sleep": ["nee, last night not, vanwege mijn vriendin"]}
    _, result = _run(builtin, index, script)
    assert "suicidal_thoughts" not in result.themes


def test_an_angry_sentence_at_a_safety_question_is_asked_again(builtin: Catalog) -> None:
    """A role-play: "wtf is this shit, i just need the BSA form" to "have you wished you
    were dead?" was read as "don't know": the crisis panel, and "suicidal thoughts" on
    the record for good. A sentence with no answer in it is read (its needs count) and
    the question asked again."""
    from .terminal_helpers import terminal

    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, _ = terminal(builtin, "wtf is this shit, i just need the BSA form")
    reply = ask(QuestionPrompt(question, 1, 20, None, False))
    assert isinstance(reply, Unfit)
    assert parse_answer(question, "wtf is this shit, i just need the BSA form") == UNKNOWN


def test_violence_at_home_not_in_danger_now_has_veilig_thuis_first(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play: for a brother who hits, the student safe in the room, the only fit
    was "Ik ben nu niet veilig": urgency immediate, "bel nu 112" above Veilig Thuis."""
    script: dict[str, list[object]] = {"area_behaviour": ["ja"], "behaviour_kind": ["5"]}
    _, result = _run(builtin, index, script)
    assert result.tier is Tier.ACUTE and result.urgency is Urgency.SOON
    first = [r.offering.id for r in result.referrals[:2]]
    assert first == ["veilig-thuis", "112-alarmnummer"], first


def test_unsafe_now_keeps_112_first(builtin: Catalog, index: ReferralIndex) -> None:
    """Guards: not safe at this moment is 112 first."""
    script: dict[str, list[object]] = {"area_behaviour": ["ja"], "behaviour_kind": ["2"]}
    _, result = _run(builtin, index, script)
    assert result.urgency is Urgency.IMMEDIATE
    assert result.referrals[0].offering.id == "112-alarmnummer"


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate posted goodbye guys and hes not answering his phone",
        "mijn vriendin appte vaarwel allemaal en nu reageert ze niet",
    ],
)
def test_a_farewell_and_no_answer_is_urgent(builtin: Catalog, text: str) -> None:
    """A role-play: the goodbye alone was urgency immediate, the goodbye with "not
    answering" only soon."""
    found = Vocabulary(builtin.themes).read(text)
    assert any(f.theme == "concern_for_other" and f.immediate for f in found.findings)


def test_the_net_quotes_a_sentence_someone_said(builtin: Catalog) -> None:
    """A role-play: the net's words were shown as 'meer naar college. soms denk', across
    two sentences; the sentence that weighed most is shown."""
    text = (
        "mijn vader heeft net kanker gekregen en ik slaap slecht, ik ga niet meer naar "
        "college. soms denk ik wat maakt het nog uit. maar zo bedoel ik het niet hoor"
    )
    found = Vocabulary(builtin.themes).read(text)
    guesses = [f for f in found.findings if f.origin == resemblance.ORIGIN]
    assert guesses, found
    assert "." not in guesses[0].words and "wat maakt het nog uit" in guesses[0].words


# --- batch input (a hostile round) -----------------------------------------------------


def _csv(tmp_path: Path, text: str, exit_code: int = 1) -> list[dict[str, str]]:
    import csv
    import io

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    done = CliRunner().invoke(app, ["batch", str(path), "--format", "csv"])
    assert done.exit_code == exit_code, done.output
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_a_refused_csv_keeps_each_rows_own_id(tmp_path: Path) -> None:
    """An unknown column numbered the rows 1, 2, ...: student 7's "ik wil dood" went out
    as id 1, the id of another student who wrote about sleep."""
    rows = _csv(tmp_path, "id,text,faculty\n7,ik wil dood,FEW\n1,ik slaap slecht,FEW\n")
    by_id = {r["id"]: r for r in rows}
    assert by_id["7"]["tier"] == "acute"
    assert by_id["1"]["tier"] == ""


def test_json_lines_named_csv_keep_their_ids(tmp_path: Path) -> None:
    """A JSON Lines file saved as .csv: the acute row went out as id "header". Since
    round 48 the file is read as JSON Lines (a note on stderr), so exit 0, not 1."""
    text = '{"id": "s9", "text": "ik wil dood"}\n{"id": "s10", "text": "ik slaap slecht"}\n'
    rows = _csv(tmp_path, text, exit_code=0)
    assert [r["id"] for r in rows] == ["s9", "s10"]
    assert rows[0]["tier"] == "acute"


def test_a_duplicate_column_never_lets_a_no_cancel_a_yes(tmp_path: Path) -> None:
    """`safety_thoughts` twice, "ja" then "nee": the later column won and the row was a
    bare error record without a crisis line."""
    rows = _csv(tmp_path, "id,safety_thoughts,safety_thoughts\nr1,ja,nee\nr2,nee,ja\n")
    by_id = {r["id"]: r for r in rows}
    assert by_id["r1"]["tier"] == by_id["r2"]["tier"] == "acute"


def test_csv_output_names_the_rows_whose_risk_was_set_aside(tmp_path: Path) -> None:
    """A hostile round: CSV and table output have no column for what was set aside, so
    a misread "I want to kill myself, no joke" reached a spreadsheet as "nothing
    recognised", with nothing on stderr. Such rows are named on stderr."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    path = tmp_path / "in.csv"
    path.write_text(
        'id,text\na1,"I am not suicidal, I just want to plan better"\na2,ik slaap slecht\n',
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["batch", str(path), "--format", "csv", "--lang", "en"])
    assert done.exit_code == 0, done.output
    assert "set aside (ask the safety questions): a1" in done.stderr
    assert "a2" not in done.stderr.splitlines()[-1]


# --- files and moments (a hostile round) ------------------------------------------------


def _batch(*args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    done = CliRunner().invoke(app, ["batch", *args])
    return done.exit_code, done.stdout, done.stderr


def test_force_never_replaces_a_link_with_a_file(tmp_path: Path) -> None:
    """`-o LINK --force` replaced the symbolic link with a file of results, the file it
    pointed to untouched; `-o /dev/stdout --force` would so replace /dev/stdout."""
    rows = tmp_path / "in.jsonl"
    rows.write_text('{"id": "a", "text": "ik slaap slecht"}\n', encoding="utf-8")
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    code, _, err = _batch(str(rows), "-o", str(link), "--force", "--lang", "en")
    assert code == 1 and "symbolic link" in err
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "old\n"


def test_dev_stdout_is_standard_output(tmp_path: Path) -> None:
    """/dev/stdout is written to as "-" is, never replaced (see the test above)."""
    from steunwijzer.io.files import is_stdout

    assert is_stdout("/dev/stdout") and is_stdout("-") and not is_stdout(tmp_path / "x")


def test_the_moment_of_a_batch_always_has_its_offset(tmp_path: Path) -> None:
    """With --at the rows said "2026-11-30T12:00" (Amsterdam time, no offset), without
    it "...+00:00": a script comparing them was an hour off."""
    rows = tmp_path / "in.jsonl"
    rows.write_text('{"id": "a", "themes": ["sleep"]}\n', encoding="utf-8")
    code, out, _ = _batch(str(rows), "--at", "2026-11-30T12:00")
    assert code == 0 and json.loads(out)["at"] == "2026-11-30T12:00+01:00"
    code, out, _ = _batch(str(rows), "--at", "2026-07-01T12:00")
    assert json.loads(out)["at"] == "2026-07-01T12:00+02:00"


def test_an_empty_batch_says_so(tmp_path: Path) -> None:
    """An empty export or a header alone looked like a clean run: "rows read: 0"."""
    for name, text in (("e.jsonl", ""), ("h.csv", "id,text\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = _batch(str(path), "--lang", "en")
        assert code == 0 and "holds no rows" in err


# --- answers files and catalogue layers (a hostile round) -------------------------------


@pytest.mark.parametrize(
    ("answers", "theme"),
    [
        ("area_study: ja\nstudy_worries: [thinking_of_stopping, thinking_of_stoping]\n",
         "dropout_risk"),
        ("area_behaviour: ja\nbehaviour_kind: unsafenow\n", "unsafe_situation"),
    ],
)  # fmt: skip
def test_a_refused_choice_keeps_the_acute_choices_it_names(
    tmp_path: Path, answers: str, theme: str
) -> None:
    """A typo beside "thinking_of_stopping" dropped the dropout risk with it, and
    "unsafenow" lost "not safe now" (112): exit 1 with no acute result."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    path = tmp_path / "a.yaml"
    path.write_text(answers, encoding="utf-8")
    done = CliRunner().invoke(app, ["interview", "--answers", str(path), "--json"])
    assert done.exit_code == 1
    data = json.loads(done.stdout)
    assert data["tier"] == "acute" and theme in data["themes"]


def _validate(tmp_path: Path, layer: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    path = tmp_path / "layer.yaml"
    path.write_text(layer, encoding="utf-8")
    done = CliRunner().invoke(app, ["catalog", "validate", "builtin", str(path), "--lang", "en"])
    return done.exit_code, done.stdout + done.stderr


def test_a_layer_cannot_quietly_reword_113(tmp_path: Path) -> None:
    """A layer made 113's next step "Bel niet; wacht tot maandag", for staff only, at a
    price, with 0 warnings; that sentence then stood beside 113 on the crisis panel."""
    layer = (
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        "    how_to_access: {nl: 'Bel niet; wacht tot maandag.', en: 'Do not call; wait.'}\n"
        "    eligibility: {nl: 'Alleen voor medewerkers', en: 'Staff only'}\n"
        "    cost: {nl: EUR 500, en: EUR 500}\n"
    )
    _, said = _validate(tmp_path, layer)
    assert "how_to_access does not name 113" in said
    assert "cost is not free" in said and "limits who may call" in said


def test_the_built_in_national_lines_raise_no_warning(tmp_path: Path) -> None:
    """Guards: 113 and 112 as shipped name their numbers, are free and for anyone."""
    code, said = _validate(tmp_path, "schema_version: 1\n")
    assert code == 0 and "national crisis line" not in said


@pytest.mark.parametrize(
    ("tier", "label"),
    [("acute", "Kan wachten"), ("prevention", "Spoed"), ("specific", "Crisis")],
)
def test_a_tier_label_may_not_say_the_opposite(tmp_path: Path, tier: str, label: str) -> None:
    """ "Kan wachten" for acute, "Spoed" for prevention validated: a death wish read
    "Niveau: KAN WACHTEN"."""
    layer = f"schema_version: 1\ntiers:\n  - id: {tier}\n    label: {{nl: {label}, en: {label}}}\n"
    code, said = _validate(tmp_path, layer)
    assert code == 1 and f"the label of tier '{tier}' says" in said


def test_a_label_saying_no_hurry_is_allowed_below_acute(tmp_path: Path) -> None:
    """Guards a maintainer's label: "Hulpvraag (geen spoed)" for the specific tier."""
    layer = (
        "schema_version: 1\ntiers:\n  - id: specific\n"
        "    label: {nl: Hulpvraag (geen spoed), en: Help question (no rush)}\n"
    )
    code, said = _validate(tmp_path, layer)
    assert code == 0, said


# --- a second role-play in a terminal (round 16) ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no, I'm fine. I'm actually here because of my housemate",
        "nee hoor, het gaat eigenlijk prima",
        "no, I'm actually doing okay",
    ],
)
def test_actually_fine_is_a_no(builtin: Catalog, said: str) -> None:
    """A second role-play: "no, I'm fine. I'm actually here because of my housemate" to
    the first safety question was doubt: the panel, suicidal thoughts on the record, and
    "keep the student awake" for a student worried about her housemate."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, said) is False


@pytest.mark.parametrize("said", ["nee... eigenlijk wel", "no, actually yes", "no, don't think so"])
def test_a_no_taken_back_or_hedged_stays_doubt(builtin: Catalog, said: str) -> None:
    """Guards: "eigenlijk wel" takes the no back; "don't think so" hedges it."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, said) == UNKNOWN


def test_violence_against_a_parent_has_veilig_thuis_before_113(builtin: Catalog) -> None:
    """A second role-play: "stiefvader slaat mijn moeder en soms mij" (also read as concern
    for the mother) put 113 first, "Volgende stap: Bel 113", though every suicide
    question was answered no."""
    import datetime as dt

    from steunwijzer.core.requests import lookup

    index = ReferralIndex(builtin, dt.datetime(2026, 11, 30, 14, tzinfo=dt.UTC))
    vocabulary = Vocabulary(builtin.themes)
    text = "mijn stiefvader slaat mijn moeder en soms mij ook"
    result = lookup(builtin, vocabulary, index, (), text, "nl")
    ids = [r.offering.id for r in result.referrals]
    assert ids[0] == "veilig-thuis", ids
    assert ids.index("112-alarmnummer") < ids.index("113-zelfmoordpreventie"), ids


def test_a_handout_after_a_lowered_tier_starts_with_that_tiers_help(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Two role-plays: a mistaken "ja", corrected at once and the tier lowered with a
    reason, still opened the handout with "Doe dit nu: 113" for exam nerves. The crisis
    lines stay at its end."""
    from steunwijzer.core.triage import apply_override
    from steunwijzer.export.handout import handout_markdown

    script: dict[str, list[object]] = {"safety_thoughts": ["ja", "nee"], "safety_method": [BACK]}
    _, result = _run(builtin, index, script)
    assert result.tier is Tier.ACUTE
    lowered = apply_override(builtin, index, result, Tier.PREVENTION, "per ongeluk ja")
    page = handout_markdown(builtin, lowered, "nl")
    assert "Doe dit nu" not in page
    assert "113" in page.split("##")[-2] + page.split("##")[-1]


# --- set41 (chat at night), read after it was measured unseen ---------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("mijn huisgenoot zei 'zorg goed voor mn kat' en reageert al 5 uur niet meer",
         "concern_for_other"),
        ("my flatmate said take care of my cat for me, and now her phone is off",
         "concern_for_other"),
        ("voelt goed om alles op te ruimen voor het einde", "suicidal_thoughts"),
        ("ik wil mezelf uit het raam gooien", "suicidal_thoughts"),
    ],
)  # fmt: skip
def test_families_of_set41_are_found(builtin: Catalog, text: str, theme: str) -> None:
    """Set41 (42 of 46 risk texts unseen): care asked for one's pet before silence,
    putting everything in order "voor het einde"; throwing oneself out of the window
    (guards the narrowing below)."""
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    "text",
    [
        "nee ik wil geen zelfmoord plegen lol, ik zei dat ik mn laptop uit het raam wil gooien",
        "dit vak is echt zelfmoord, 12 ects en 0 uitleg",
        "wrote my goodbye speech for student council, last meeting tmrw",
        "ik moet mijn kamer opruimen voor het einde van het semester",
    ],
)
def test_set41_figures_stay_calm(builtin: Catalog, text: str) -> None:
    """Set41's false alarms (10 of 100 unseen): a laptop out of the window, a course that
    "is zelfmoord", a farewell speech; the last guards the family above."""
    themes, _ = _read(builtin, text)
    assert not themes & set(lexicon.RISK_TO_LIFE)


@pytest.mark.parametrize(
    ("text", "sexual"),
    [
        ("Iemand heeft me seksueel iets aangedaan", True),
        ("someone did something sexual to me at the party", True),
        ("hij heeft iets seksueels met me gedaan terwijl ik sliep", True),
        ("ik heb iets seksueels gedaan met mijn vriend en dat was fijn", False),
    ],
)
def test_something_sexual_done_to_one(builtin: Catalog, text: str, sexual: bool) -> None:
    """A hostile round: "Iemand heeft me seksueel iets aangedaan" was nothing recognised;
    the last guards consent."""
    themes, _ = _read(builtin, text)
    assert ("sexual_violence" in themes) is sexual


@pytest.mark.parametrize(("height", "cut"), [(14, True), (60, False)])
def test_the_crisis_panel_fits_a_short_terminal(
    builtin: Catalog, index: ReferralIndex, height: int, cut: bool
) -> None:
    """Two role-plays: at 60x18 and 70x20 the panel listed eight places and its title and
    instruction scrolled off the top. The crisis lines always; other places as the screen
    holds them, the rest said to be in the result."""
    import io

    from rich.console import Console

    from steunwijzer.render.common import crisis_panel

    screen = io.StringIO()
    console = Console(file=screen, width=60, height=height, force_terminal=True)
    contacts = index.crisis_panel(("suicidal_thoughts", "self_harm"), "nl")
    assert len(contacts) >= 4
    crisis_panel(console, builtin, "soon", contacts, "nl", ("suicidal_thoughts",))
    text = screen.getvalue()
    assert "113 Zelfmoordpreventie" in text and "112 Alarmnummer" in text
    assert ("zie de uitkomst" in text) is cut
    if cut:
        assert len(text.splitlines()) <= height - 1


def test_oh_my_god_no_then_an_exception_is_doubt(builtin: Catalog) -> None:
    """A role-play: "oh my god. no. i punch walls sometimes but thats it" to the
    self-harm question was a plain yes ("You answered yes"); a no with an exception is
    doubt, asked again (the README's rule), as its Dutch twin already was."""
    question = builtin.question("mood_self_harm")
    assert question is not None
    said = "oh my god. no. i punch walls sometimes but thats it"
    assert parse_answer(question, said) == UNKNOWN
    assert parse_answer(question, "omg no") is False


def test_afronden_at_a_question_after_a_panel_goes_to_the_result(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A second role-play: once the crisis panel was closed, "stop" and "can we stop
    this and just call someone??" did not fit; 14 Enters to the result."""
    from steunwijzer.core.prompts import FINISH

    from .terminal_helpers import terminal, yes_then_finish

    seen: list[Prompt] = []

    ask = yes_then_finish(seen)

    outcome = run_interview(builtin, ask, "nl", index)
    assert outcome.finished_early and outcome.result.tier is Tier.ACUTE
    asked = [p for p in seen if isinstance(p, QuestionPrompt)]
    assert len(asked) == 2  # the wish, then "afronden" at the next question
    question = builtin.question("area_sleep")
    assert question is not None
    ask_now, _ = terminal(builtin, "stop")
    assert ask_now(QuestionPrompt(question, 9, 20, None, True, can_finish=True)) is FINISH


def test_stop_before_any_panel_is_no_finish(builtin: Catalog) -> None:
    """Guards: before a crisis panel, "stop" at a question is not the end of the intake
    (the safety screen comes first; Ctrl-C stops)."""
    from steunwijzer.core.prompts import FINISH

    from .terminal_helpers import terminal

    question = builtin.question("area_sleep")
    assert question is not None
    ask, _ = terminal(builtin, "stop", "nee")
    assert ask(QuestionPrompt(question, 9, 20, None, True)) is not FINISH


def test_an_escape_sequence_in_a_theme_name_keeps_the_message(tmp_path: Path) -> None:
    """A hostile round: "\\x1b]0;X\\azelfmoordx" as a theme was cut at the OSC's own ";",
    and the unterminated rest swallowed the error message ("onbekend thema '" and
    nothing more); `glossary` searched the raw term and found nothing."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    runner = CliRunner()
    done = runner.invoke(app, ["lookup", "--plain", "--theme", "\x1b]0;X\x07zelfmoordx"])
    assert "'zelfmoordx'" in done.stderr and "zelfmoord" in done.stderr.split("'zelfmoordx'")[1]
    found = runner.invoke(app, ["glossary", "\x1b]0;x\x07decaan", "--lang", "en"])
    assert found.exit_code == 0 and "studentendecaan" in found.stdout


def test_answers_from_standard_input(tmp_path: Path) -> None:
    """`--answers -` said "-: no such file"; "-" is standard input, as for batch."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    done = CliRunner().invoke(
        app, ["interview", "--answers", "-", "--json"], input="safety_thoughts: ja\n"
    )
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["tier"] == "acute"


@pytest.mark.parametrize(
    ("said", "chosen"),
    [
        ("sinds een week of 3", "long"),
        ("al maanden", "long"),
        ("3 weken", "long"),
        ("since last month", "long"),
        ("een paar dagen", "short"),
        ("anderhalve week", "short"),
        ("10 dagen", "short"),
        ("korter dan 2 weken", "short"),
        ("langer dan twee weken", "long"),
    ],
)
def test_how_long_in_words(builtin: Catalog, said: str, chosen: str) -> None:
    """Role-plays: "sinds een week of 3", "al maanden" (and "3 weken") were refused at
    "Hoe lang speelt dat al? Korter dan twee weken / Twee weken of langer"."""
    question = builtin.question("sleep_duration")
    assert question is not None
    assert parse_answer(question, said) == chosen


@pytest.mark.parametrize(
    ("said", "chosen"),
    [
        ("eigenlijk wel een beetje", "partly"),
        ("een beetje, ik kom minder vaak", "partly"),
        ("ja", "yes"),
    ],
)
def test_a_bit_said_in_a_sentence(builtin: Catalog, said: str, chosen: str) -> None:
    """Role-plays: "een beetje, ik kom minder vaak" and "eigenlijk wel een beetje" were
    refused where "een beetje" alone was taken; "ja" guards."""
    question = builtin.question("connection_safe")
    assert question is not None
    assert parse_answer(question, said) == chosen


def test_not_a_bit_is_no_partly(builtin: Catalog) -> None:
    """Guards: "niet een beetje" is not the middle answer."""
    question = builtin.question("connection_safe")
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, "niet een beetje")


def _cut_after_one_line(*args: str, tmp_path: Path) -> int:
    """The command's exit code when the reader takes one line and closes the pipe."""
    import os
    import shutil

    exe = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
    assert exe is not None
    child = subprocess.Popen(
        [exe, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        cwd=tmp_path,
    )
    assert child.stdout is not None
    child.stdout.readline()
    child.stdout.close()
    return child.wait(timeout=60)


def test_a_closed_pipe_keeps_an_exit_code_already_known(tmp_path: Path) -> None:
    """A hostile round: `catalog validate EMPTY.yaml | head -1` exited 0 (1 without the
    pipe), and so did a batch whose first row had failed: a `set -o pipefail` check
    passed an invalid catalogue."""
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert _cut_after_one_line("catalog", "validate", str(empty), tmp_path=tmp_path) == 1
    rows = tmp_path / "rows.jsonl"
    good = '{"id": "x", "themes": ["sleep"]}\n' * 20_000
    rows.write_text('{"id": "a", "themes": ["nope"]}\n' + good, encoding="utf-8")
    assert _cut_after_one_line("batch", str(rows), tmp_path=tmp_path) == 1


def test_the_question_says_afronden_after_a_panel(builtin: Catalog) -> None:
    """The second role-play looked for a way to finish: after a panel, the question's
    hint names "afronden"; before one it does not."""
    from .terminal_helpers import terminal

    question = builtin.question("safety_thoughts")
    assert question is not None
    after, screen = terminal(builtin, "nee")
    after(QuestionPrompt(question, 2, 18, None, True, can_finish=True))
    assert "'afronden'" in screen.getvalue()
    before, screen = terminal(builtin, "nee")
    before(QuestionPrompt(question, 2, 18, None, True))
    assert "afronden" not in screen.getvalue()


def test_a_hopeless_sentence_at_a_safety_question_brings_the_panel(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A sentence at a safety question is read and asked again (this round); one that
    only the second net reads ("soms denk ik wat maakt het allemaal nog uit") was then
    nothing new: no panel, where it was doubt, acute, before. At a safety question the
    sentence counts whole, the net too."""
    seen: list[Prompt] = []
    said = [Unfit("soms denk ik wat maakt het allemaal nog uit")]

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == "safety_wish_dead" and said:
                return said.pop()
            return "nee" if prompt.question.type == "yes_no" else SKIP
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    run_interview(builtin, ask, "nl", index)
    assert any(isinstance(p, CrisisPrompt) for p in seen)


def test_stoppen_after_a_panel_is_the_choice_not_the_end(builtin: Catalog) -> None:
    """Guards "afronden" at a question: "stoppen" at "Wat speelt er vooral?" is "Ik denk
    erover te stoppen" (the dropout risk), never the end of the intake."""
    from steunwijzer.core.prompts import FINISH

    from .terminal_helpers import terminal

    question = builtin.question("study_worries")
    assert question is not None
    ask, _ = terminal(builtin, "stoppen")
    reply = ask(QuestionPrompt(question, 9, 20, None, True, can_finish=True))
    assert reply is not FINISH
    assert parse_answer(question, str(reply)) == ("thinking_of_stopping",)
