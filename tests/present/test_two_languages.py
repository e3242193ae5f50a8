"""`--lang nl` is all Dutch and `--lang en` all English: every command, and its errors.

Each command runs in both languages, on its ordinary path and on the error paths a
counsellor or coordinator meets (a broken catalogue, a misspelt theme, a bad answer, a
file that exists, a missing file). The output, stdout and stderr, must not contain a
word that only the other language uses. Machine-readable parts stay as they are and
are removed before the check: the ``FILE:LINE:COL: error:`` prefix editors parse,
quoted ids and values, paths, URLs and e-mail addresses. Click's own usage errors may
stay English and are not run here.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from ..conftest import invoke, write

AT = ["--at", "2026-11-30T14:00"]


def _words(text: str) -> set[str]:
    return set(text.split())


ENGLISH_ONLY = _words(
    """
    the must cannot unknown expected missing invalid errors warnings wrote found should with
    which answer answers question questions file offerings themes rows read given needs
    already exists not and please night now closed none tier why urgency referrals referral
    step next mean did you your this that there interrupted cancelled saved ignored empty
    language waiting days reach when has english dutch text must choice offering rule
    """
)
DUTCH_ONLY = _words(
    """
    het een niet je van voor wordt geen moet fout fouten vraag vragen antwoord antwoorden
    bestand onbekend onbekende waarschuwing waarschuwingen zijn bij naar ongeldig gelezen
    rijen bedoel geschreven niveau waarom verwijzingen nacht nu dicht volgende stap aanbod
    bestaat gebruik heeft niets deze wat waar hoe uit wachttijd bereikbaar wanneer taal
    afgebroken opgeslagen overgeslagen leeg sleutel verplichte geldig dagen engelse
    nederlandse tekst keuze regel
    """
)
# Proper names in the built-in catalogue that are the same in both languages.
NAMES = re.compile(r"De Huiskamer|Thuisarts\.nl|Huisartsenpost|DUO|Juridisch Loket")
MACHINE = re.compile(
    r"^\S*:\d+(?::\d+)?: (?:error|warning): |^(?:error|warning): |\berror: ", re.MULTILINE
)
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|‘[^’\n]*’|“[^”\n]*”|\([a-z_]+\)")
LOCATORS = re.compile(r"(?:/|\S+/)\S*|https?://\S+|\S+@\S+|\b[a-z]+(?:[_-][a-z0-9]+)+\b")


def foreign_words(text: str, lang: str) -> set[str]:
    text = MACHINE.sub("", text)
    text = NAMES.sub("", text)
    text = QUOTED.sub("", text)
    text = LOCATORS.sub("", text)
    words = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)}
    return words & (ENGLISH_ONLY if lang == "nl" else DUTCH_ONLY)


def test_the_detector_can_fail() -> None:
    assert foreign_words("error: unknown theme 'slap'", "nl") == {"unknown"}
    assert foreign_words("x.yaml:1:1: error: onbekende sleutel 'foo'", "en") == {
        "onbekende",
        "sleutel",
    }
    assert foreign_words("x.yaml:1:1: error: onbekende sleutel 'foo'", "nl") == set()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("two-languages")
    broken = root / "broken"
    shutil.copytree(Path(__file__).parents[2] / "catalog", broken)
    themes = broken / "themes.yaml"
    themes.write_text(
        themes.read_text(encoding="utf-8").replace("tier: specific", "tier: specifc", 1)
        + "\nextra_key: 1\n",
        encoding="utf-8",
    )
    (broken / "junk.yaml").write_text("schema_version: 1\nthemes: [\n", encoding="utf-8")
    # a second layer with one of every common mistake a coordinator makes
    hostile = root / "hostile.yaml"
    hostile.write_text(
        """\
schema_version: 1
offerings:
  - id: Bad Id
    provider: institution
    name: {nl: Iets}
    description: {nl: x, en: x, de: y}
    tiers: [specifc]
    themes: [no_such_theme]
    languages: [nederlands]
    contact: {phones: ["12ab"], email: "not-an-address", url: "htp:/x", fax: 1}
    hours: {mon-fry: "09:00-17:00", tue: "25:00-26:00"}
    waiting_time: soon
    last_reviewed: yesterday
    active: maybe
  - id: vh-studieadviseur
    provider: institution
    name: {nl: Dubbel, en: Double}
    description: {nl: x, en: x}
    tiers: [specific]
    themes: [study_skills]
  - id: vh-studieadviseur
    provider: institution
    name: {nl: Dubbel, en: Double}
    description: {nl: x, en: x}
    tiers: [specific]
    themes: [study_skills]
  - name: {nl: Zonder id, en: No id}
questions:
  - id: scale_q
    type: scale
    text: {nl: Hoeveel?, en: How much?}
  - id: one_choice
    type: choice
    text: {nl: Kies, en: Choose}
    choices: [{id: a, label: {nl: A, en: A}}]
    when: "later_q == yes and"
rules:
  - {id: r1, when: "area_sleep ==", themes: [sleep]}
  - {id: r2, when: "area_sleep == maybe", themes: [slep]}
  - {id: r3, when: "mood_weight >= high"}
  - {id: r4, when: "area_slep == yes", themes: [sleep]}
""",
        encoding="utf-8",
    )
    return {
        "broken": broken,
        "answers": write(root, "answers.yaml", "safety_thoughts: nee\narea_sleep: ja\n"),
        "bad_answers": write(root, "bad.yaml", "area_sleep: misschien\nno_such: 1\n"),
        "rows": write(
            root,
            "rows.jsonl",
            '{"id": "a", "themes": ["faalangst"]}\n'
            '{"id": "b", "themes": ["slap"]}\n'
            '{"id": "c", "answers": {"safety_thoughts": "yes"}}\n'
            "not json\n",
        ),
        "exists": write(root, "exists.txt", "x\n"),
        "corpus": write(
            root,
            "corpus.jsonl",
            '{"text": "ik slaap slecht", "lang": "nl", "expect_themes": ["sleep"], '
            '"expect_tier": "specific"}\n'
            '{"text": "ik wil dood", "lang": "nl", "expect_themes": ["suicidal_thoughts"], '
            '"expect_tier": "acute"}\n'
            "{broken\n",
        ),
        "dir": root,
    }


def _cases(f: dict[str, Path]) -> list[list[str]]:
    out = str(f["exists"])
    return [
        ["interview", "--answers", str(f["answers"]), *AT],
        ["interview", "--answers", str(f["bad_answers"]), *AT],
        ["interview", "--answers", str(f["dir"] / "missing.yaml"), *AT],
        ["interview", "--answers", str(f["answers"]), "--save", out, *AT],
        ["interview", "--list-questions"],
        ["interview", "--catalog", str(f["broken"]), "--answers", str(f["answers"]), *AT],
        ["lookup", "--theme", "faalangst", *AT],
        ["lookup", "--theme", "slap", *AT],
        ["lookup", "--text", "ik wil niet meer leven", *AT],
        ["lookup", "--theme", "faalangst", "--plain", *AT],
        ["tips", "--tier", "acute"],
        ["batch", str(f["rows"]), *AT],
        ["batch", str(f["rows"]), "--format", "table", *AT],
        ["batch", str(f["dir"] / "missing.jsonl"), *AT],
        ["batch", str(f["rows"]), "--output", out, *AT],
        ["catalog", "validate"],
        ["catalog", "validate", str(f["broken"])],
        ["catalog", "lint"],
        ["catalog", "lint", str(f["broken"])],
        ["catalog", "list", "--theme", "faalangst"],
        ["catalog", "show", "studentpsycholoog"],
        ["catalog", "show", "studentpsycholog"],
        ["catalog", "themes"],
        ["catalog", "coverage"],
        ["catalog", "init", str(f["broken"])],
        ["catalog", "schema"],
        ["catalog", "export", "--format", "markdown", "--output", out],
        ["catalog", "list", "--catalog", str(f["broken"])],
        ["report", str(f["dir"] / "missing.jsonl")],
        ["report", str(f["rows"])],
        ["glossary"],
        ["catalog", "test", str(f["corpus"])],
        ["catalog", "test", str(f["dir"] / "missing.jsonl")],
        ["catalog", "validate", "builtin", str(f["dir"] / "hostile.yaml")],
        ["catalog", "lint", "builtin", str(f["dir"] / "hostile.yaml")],
        [
            "lookup",
            "--theme",
            "slaap",
            "--catalog",
            "builtin",
            "--catalog",
            str(f["dir"] / "hostile.yaml"),
            *AT,
        ],
    ]


CASES = 36


def test_case_list_covers_every_command(files: dict[str, Path]) -> None:
    cases = _cases(files)
    assert len(cases) == CASES
    ran = {c[0] if c[0] != "catalog" else f"catalog {c[1]}" for c in cases}
    from steunwijzer.cli.catalog import catalog_app

    commands = {
        c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
    }
    sub = {
        c.name or (c.callback.__name__ if c.callback else "")
        for c in catalog_app.registered_commands
    }
    expected = commands | {f"catalog {s.rstrip('_')}" for s in sub}
    assert expected <= ran, expected - ran


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("number", range(CASES))
def test_every_command_speaks_one_language(
    runner: CliRunner, files: dict[str, Path], lang: str, number: int
) -> None:
    args = [*_cases(files)[number], "--lang", lang]
    result = runner.invoke(app, args, catch_exceptions=False)
    stderr: Callable[[], str] = lambda: getattr(result, "stderr", "")  # noqa: E731
    text = result.output + (stderr() if stderr() not in result.output else "")
    if "schema" in args:
        text = stderr()  # the JSON Schema itself is machine text
    assert "Traceback" not in text
    assert result.exit_code in (0, 1), (args, result.exit_code, text)
    assert foreign_words(text, lang) == set(), (args, text)


def test_batch_summary_is_dutch_to_its_end(tmp_path: Path) -> None:
    """The summary's last field ('nothing recognised') stayed English under --lang nl."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": "1", "text": "hoe laat is het"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(cases), "--lang", "nl"])
    assert "niets herkend: 1" in result.stderr, result.stderr
    assert "nothing recognised" not in result.stderr


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (("--keep", "text"), "--keep 'text': deze naam staat al in elke uitkomst"),
        (("--keep", "safety_plan"), "--keep 'safety_plan': dit is een vraag uit het intakegesprek"),
    ],
)
def test_batch_refusals_speak_dutch_and_keep_the_name_as_typed(
    runner: CliRunner, tmp_path: Path, args: tuple[str, ...], dutch: str
) -> None:
    """An outside test (round 6) read English refusals in Dutch mode; a first Dutch version
    translated the typed name itself ("--keep tekst")."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": "a", "themes": ["slaap"]}\n', encoding="utf-8")
    result = invoke(runner, "batch", str(cases), *args)
    assert result.exit_code == 2, result.output
    assert dutch in result.stderr, result.stderr


def test_every_message_template_reads() -> None:
    """A template with one placeholder twice ("{number} ... {number}", round 10) made
    the first Dutch message of a run raise: every error then ended in a traceback. Each
    English template is compiled, and each translates its own example."""
    from steunwijzer.present.messages import MESSAGES, _compiled, localise

    compiled = _compiled()
    assert len(compiled) == len(MESSAGES)
    assert localise("--output names the input file itself: x.csv", "nl") == (
        "--output noemt het invoerbestand zelf: x.csv"
    )
