# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 53's hostile findings left open by round 52: a re-export over an earlier HSDS
folder kept the services of offerings that were gone, and `catalog init --empty --force`
over a full catalogue kept its offering files, so the "empty" catalogue was full."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.export.hsds import stable_id

from .conftest import invoke, invoke_en


def _earlier_service(folder: Path, offering: str) -> Path:
    """A service file as an earlier export wrote it for an offering since removed."""
    path = folder / "services" / f"{offering}.json"
    path.write_text(json.dumps({"id": stable_id("service", offering), "name": "Old"}))
    return path


def test_a_forced_re_export_removes_the_services_of_offerings_that_are_gone(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Fails without earlier_services: the old service stayed beside the new ones, so a
    consumer of the folder still listed an offering the catalogue no longer has."""
    out = tmp_path / "hsds"
    assert invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out)).exit_code == 0
    old = _earlier_service(out, "opgeheven-spreekuur")
    foreign = out / "services" / "notes.json"
    foreign.write_text('{"id": "mine", "name": "kept"}')
    # Without --force the earlier export's file stops the export, as a clash does.
    refused = invoke_en(runner, "catalog", "export", "--format", "hsds", "-o", str(out))
    assert refused.exit_code == 1
    assert "opgeheven-spreekuur.json: left by an earlier export" in refused.stderr
    assert old.exists()
    done = invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out), "--force")
    assert done.exit_code == 0, done.stderr
    assert not old.exists()
    # A file the export did not write (its id is not the stable id of its name) stays.
    assert foreign.read_text() == '{"id": "mine", "name": "kept"}'
    assert (out / "services" / "113-zelfmoordpreventie.json").exists()


def test_a_service_file_renamed_by_hand_is_not_taken_for_an_earlier_export(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Ownership is the stable id of the file's own name: a copy of a service under
    another name is not ours to remove (a guard: passes before and after the fix)."""
    out = tmp_path / "hsds"
    assert invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out)).exit_code == 0
    copy = out / "services" / "kopie.json"
    copy.write_text((out / "services" / "nibud.json").read_text())
    done = invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out), "--force")
    assert done.exit_code == 0 and copy.exists()


def test_init_empty_over_a_full_catalogue_is_refused_not_half_done(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`catalog init DIR --empty --force` over `catalog init DIR` wrote the empty files
    beside the full ones, so DIR still loaded every offering. Fails without the check
    in init_catalog."""
    folder = tmp_path / "cat"
    assert invoke(runner, "catalog", "init", str(folder)).exit_code == 0
    before = {p.name: p.read_text() for p in folder.iterdir()}
    done = invoke(runner, "catalog", "init", str(folder), "--empty", "--force")
    assert done.exit_code == 1
    assert "offerings-national.yaml" in done.stderr
    assert "samen met de nieuwe catalogus geladen" in done.stderr
    assert {p.name: p.read_text() for p in folder.iterdir()} == before


def test_init_force_over_its_own_files_still_replaces_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A guard: --force over the same kind of catalogue replaces its files as before."""
    folder = tmp_path / "cat"
    assert invoke(runner, "catalog", "init", str(folder), "--empty").exit_code == 0
    (folder / "themes.yaml").write_text("broken: [")
    done = invoke(runner, "catalog", "init", str(folder), "--empty", "--force")
    assert done.exit_code == 0, done.stderr
    assert "broken" not in (folder / "themes.yaml").read_text()


# --- a layer that tells not to call 113 or 112 (F1, F2 of this round's hostile round) ---------


def _layer(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text("schema_version: 1\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("offering", "field", "text"),
    [
        ("113-zelfmoordpreventie", "how_to_access", "Bel 113 liever niet, stuur een brief."),
        (
            "113-zelfmoordpreventie",
            "how_to_access",
            "Stuur 113 een e-mail; reactie binnen 5 werkdagen.",
        ),
        ("113-zelfmoordpreventie", "how_to_access", "Bel 113 maar verwacht geen hulp."),
        ("113-zelfmoordpreventie", "how_to_access", "Better not call 113; write them a letter."),
        ("112-alarmnummer", "how_to_access", "112 is overbelast; probeer het volgende maand."),
        (
            "113-zelfmoordpreventie",
            "student_step",
            "Je kunt 113 beter niet bellen; schrijf een brief.",
        ),
    ],
)
def test_a_crisis_lines_next_step_that_refuses_it_is_an_error(
    runner: CliRunner, tmp_path: Path, offering: str, field: str, text: str
) -> None:
    """Each validated with 0 errors and stood as the next step on the first screen or the
    handout. Fails without floor_texts._BY_POST and refusing()."""
    layer = _layer(
        tmp_path,
        "l.yaml",
        f'offerings: [{{id: {offering}, {field}: {{nl: "{text}", en: "{text}"}}}}]\n',
    )
    done = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert done.exit_code == 1, done.stdout
    assert f"national crisis line '{offering}': its {field}" in done.stdout + done.stderr


@pytest.mark.parametrize(
    "text",
    [
        "Bel 113 niet.",
        "Vermijd 113.",
        "Niet naar 113 bellen.",
        "Raad 113 af.",
        "Verwijs liever niet door naar 113; los het zelf op.",
        "113 bellen is meestal niet nodig.",
        "Wacht een week voordat je 113 noemt.",
    ],
)
def test_a_tip_that_advises_against_113_is_an_error(text: str) -> None:
    """Each passed validate and lint; "Bel 113 niet." stood among the tips of a suicidal
    result. Fails without the round-53 part of floor_texts.tells_not_to_call."""
    from steunwijzer.core.floor_texts import tells_not_to_call
    from steunwijzer.core.model import Text

    assert tells_not_to_call(Text(nl=text, en=text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Spreek een veilige manier van contact af (niet via een telefoon die een ander controleert) en bel bij direct gevaar 112, anders Veilig Thuis.",
        "Wacht niet tot het erger wordt: bel 113.",
        "Vermijd lange uitleg; bel samen 113.",
        "Laat de student niet alleen tot er met 113 of 112 is gebeld.",
        "Bel 112 als de student niet met je mee wil en in gevaar is.",
        "Bel samen 113 en spreek daarna af wanneer je elkaar weer ziet.",
        "Heeft de student een afscheidsbrief geschreven, bel dan samen 113.",
    ],
)
def test_a_tip_that_sends_to_113_stays_allowed(text: str) -> None:
    """Guards: words of refusal count only close to the number, in its sentence."""
    from steunwijzer.core.floor_texts import tells_not_to_call
    from steunwijzer.core.model import Text

    assert tells_not_to_call(Text(nl=text, en=text)) is None


# --- a prevention offering marked as a crisis line (F8) ----------------------------------------

_YOGA = """offerings:
  - id: yoga
    provider: institution
    name: {nl: Yoga, en: Yoga}
    description: {nl: Yoga., en: Yoga.}
    tiers: [prevention]
    themes: [self_insight]
    crisis: true
    hours: 24/7
    contact: {phone: ["030 123 4567"]}
    how_to_access: {nl: Kom langs., en: Drop in.}
"""


def test_a_crisis_line_outside_the_acute_tier_is_not_listed_as_one(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A yoga class with crisis: true was a [CRISISLIJN] for a rope bought, validated
    without a word. The text names the class's own theme (self-insight), so it is a
    wanted line unless the tier rule holds. Fails without the acute tier in
    ReferralIndex.crisis and the warning in floor.check_catalog."""
    layer = _layer(tmp_path, "yoga.yaml", _YOGA)
    checked = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert "crisis line 'yoga' is not in the acute tier" in checked.stdout + checked.stderr
    done = invoke_en(
        runner,
        "lookup",
        "--text",
        "ik heb een touw gekocht en wil mezelf beter leren kennen",
        "-c",
        "builtin",
        "-c",
        str(layer),
        "--json",
    )
    data = json.loads(done.stdout)
    assert "yoga" not in [r["id"] for r in data["referrals"]]
    assert data["referrals"][0]["crisis"] is True


# --- SIGTERM and SIGHUP during an interview (F4) -------------------------------------------------


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_terminated_interview_exits_130_with_the_crisis_lines(name: str) -> None:
    """After a yes on the first safety question, SIGTERM or SIGHUP killed the interview
    silently (exit 143 or 129, no crisis lines), where Ctrl-C says them. Fails without
    cli/interview._signals_stop."""
    import shutil
    import signal
    import sys
    import time

    import pexpect

    exe = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
    assert exe is not None
    child = pexpect.spawn(
        exe, ["interview", "--lang", "en"], encoding="utf-8", timeout=30, dimensions=(24, 80)
    )
    child.expect(">")
    child.sendline("yes")
    child.expect(r"\(c\)")
    child.sendline("c")
    child.expect(">")
    time.sleep(0.3)
    child.kill(getattr(signal, name))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130, (child.exitstatus, child.signalstatus)
    assert "113" in (child.before or "") and "nothing was saved" in (child.before or "")


# --- an object over several lines in a JSON Lines file (F3) --------------------------------------


def test_a_pretty_printed_object_in_json_lines_keeps_its_own_id(
    runner: CliRunner, tmp_path: Path
) -> None:
    """What `jq '.[]'` writes: the object over four lines was read line by line, "s2" an
    error row and "pillen gespaard voor vanavond" a case under the row number "4",
    another student's id. Fails without jsonarray.joined_objects."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "7", "text": "ik slaap slecht"}\n'
        '{\n  "id": "s2",\n  "text": "ik heb pillen gespaard voor vanavond"\n}\n'
        '{"id": "9", "text": "geldzorgen"}\n',
        encoding="utf-8",
    )
    done = invoke(runner, "batch", str(path))
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in rows] == ["7", "s2", "9"]
    assert rows[1]["tier"] == "acute" and "error" not in rows[1]
    assert done.exit_code == 0


def test_a_broken_object_before_good_lines_loses_none_of_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A guard: an object that never closes gives its lines back one by one."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "1", "text": "x"\n{"id": "2", "text": "ik wil dood"}\n{"id": "3", "text": "slaap slecht"}\n',
        encoding="utf-8",
    )
    done = invoke(runner, "batch", str(path))
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[1]["tier"] == "acute" and "error" in rows[0]


# --- a 1 or a capital I for an l (F5) ---------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["I want to ki11 myself", "I want to kiII myself", "i wanna ki11 mys3lf"]
)
def test_a_one_or_a_capital_i_for_an_l_is_read_as_the_l(text: str) -> None:
    """ "k1ll" and "su1c1de" were found, "ki11" and "kiII" were nothing recognised (a
    double i, and a digit at the word's end). Fails without _LEET_L, _ENDS_IN_L and the
    capital I in disguise.unconfused."""
    from .reading import themes_of

    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize("word", ["covid19", "mp3", "Hawaii", "iPhone", "BIIG", "su1c1de"])
def test_ordinary_words_with_digits_or_capitals_keep_their_reading(word: str) -> None:
    """Guards: only a double i or a trailing 1 after letters turns a 1 or an I into an l."""
    from steunwijzer.core.disguise import unconfused, unleet

    read = unleet(unconfused(word).lower())
    assert read == {"covid19": "covid19", "mp3": "mp3", "Hawaii": "hawaii", "iPhone": "iphone",
                    "BIIG": "biig", "su1c1de": "suicide"}[word]  # fmt: skip


# --- the report's theme table told what the tier table hid (F6) ----------------------------------


def test_a_theme_nearly_every_row_has_does_not_tell_a_hidden_tier(
    runner: CliRunner, tmp_path: Path
) -> None:
    """9 rows of "faalangst" and 1 of "ik wil dood": the tier table hid specific (•) and
    acute (< 5), and the theme table said "Faalangst 9 (90%)" of 10, which is specific 9
    and acute 1. Fails without report._near_all."""
    cases = tmp_path / "c.csv"
    cases.write_text(
        "id,text\n" + "".join(f"{i},faalangst\n" for i in range(1, 10)) + "10,ik wil dood\n"
    )
    out = tmp_path / "r.jsonl"
    invoke(runner, "batch", str(cases), "-o", str(out))
    done = invoke_en(runner, "report", str(out), "--format", "json")
    data = json.loads(done.stdout)
    counts = {r["key"]: r["count"] for r in data["everyone"]["themes"]["rows"]}
    assert counts["performance_anxiety"] is None, counts
    tiers = {r["key"]: r for r in data["everyone"]["tiers"]["rows"]}
    # (Since round 64 the zeros beside the hidden acute 1 are "< 5" too, so specific 9
    # may show: the tenth row is prevention, acute or none, which is not told.)
    assert tiers["acute"]["count"] is None and tiers["prevention"]["count"] is None


def test_a_theme_with_enough_rows_on_both_sides_is_shown(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: 20 of 30 rows is shown as 20."""
    cases = tmp_path / "c.csv"
    cases.write_text(
        "id,text\n"
        + "".join(f"{i},faalangst\n" for i in range(20))
        + "".join(f"s{i},slaap slecht\n" for i in range(10))
    )
    out = tmp_path / "r.jsonl"
    invoke(runner, "batch", str(cases), "-o", str(out))
    data = json.loads(invoke_en(runner, "report", str(out), "--format", "json").stdout)
    counts = {r["key"]: r["count"] for r in data["everyone"]["themes"]["rows"]}
    assert counts["performance_anxiety"] == 20


def test_pattern_errors_are_dutch_under_dutch(runner: CliRunner, tmp_path: Path) -> None:
    """ "pattern '': empty pattern" stood in English beside Dutch lines. Fails without the
    pattern templates of present/diagnostics_more.py."""
    layer = tmp_path / "p.yaml"
    layer.write_text(
        'schema_version: 1\nthemes:\n  - id: sleep\n    patterns:\n      nl: ["", "slaap .."]\n'
    )
    done = invoke(runner, "catalog", "validate", "builtin", str(layer))
    said = done.stdout + done.stderr
    assert "patroon '': leeg patroon" in said and "kan niet op '..' eindigen" in said
