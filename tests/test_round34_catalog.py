"""Round 34, catalogues and batch input from an outsiders' hostile round (H1, H2): an
offering that puts 113 or 112 second in other words, and a refused row's key names read
as a student's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import invoke_en


def _own_line(tmp_path: Path, field: str, nl: str, en: str) -> Path:
    path = tmp_path / "own.yaml"
    path.write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: eigen-lijn\n"
        "    crisis: true\n"
        "    provider: other\n"
        "    name: {nl: Eigen nachtlijn, en: Own night line}\n"
        + ("" if field == "description" else "    description: {nl: Een lijn., en: A line.}\n")
        + "    tiers: [acute]\n"
        "    themes: [suicidal_thoughts, self_harm]\n"
        "    contact: {phone: 0900-1234567}\n"
        "    hours: 24/7\n"
        f"    {field}: {{nl: {json.dumps(nl)}, en: {json.dumps(en)}}}\n",
        "utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("field", "nl", "en"),
    [
        ("how_to_access", "Bel liever ons dan 113.", "Call us."),
        ("how_to_access", "Bel ons. 113 is niet nodig.", "Call us."),
        ("how_to_access", "Bel 113 pas als wij niet opnemen.", "Call us."),
        ("how_to_access", "113 bellen hoeft niet, wij helpen.", "Call us."),
        ("how_to_access", "Bel ons eerst; daarna eventueel 113.", "Call us."),
        ("how_to_access", "Sla 113 over.", "Call us."),
        ("how_to_access", "Bel 1 1 3 niet.", "Call us."),
        ("how_to_access", "Bel ons.", "You don't need to call 113, we are here."),
        ("how_to_access", "Bel ons.", "Rather call us than 112."),
        ("how_to_access", "Bel ons.", "Do not dial 1-1-3."),
        ("eligibility", "Niet 113 bellen maar ons.", "Everyone."),
        ("description", "Een nachtlijn; 113 is overbodig.", "A night line."),
    ],
)
def test_an_offering_may_not_put_113_second_in_other_words(
    runner: CliRunner, tmp_path: Path, field: str, nl: str, en: str
) -> None:
    """Each validated with 0 errors on 1579ab1, and the first stood as the next step of a
    suicidal student's first referral ("Bel liever ons dan 113; 113 is niet nodig.", a
    hostile round, round 34, H1); the eligibility is "Voor wie" on the published page."""
    result = invoke_en(runner, "catalog", "validate", str(_own_line(tmp_path, field, nl, en)))
    assert result.exit_code == 1, result.output
    assert "instead of 113 or 112" in result.output


@pytest.mark.parametrize(
    "words",
    [
        "Bel eerst 113, daarna ons.",
        "Bij direct gevaar of als de student niet veilig is: bel 112.",
        "Als het niet lukt om ons te bereiken, bel dan 113.",
        "Bel liever meteen 113 dan te wachten.",
        "Wij zijn geen crisisdienst; bel bij zelfmoordgedachten 113.",
        "Call 112 in immediate danger, then call us.",
    ],
)
def test_an_offering_may_send_on_to_113(runner: CliRunner, tmp_path: Path, words: str) -> None:
    """Guards: pointing to 113 or 112 first, or when in danger, is what a catalogue
    should say; each passed on 1579ab1 and must keep passing."""
    path = _own_line(tmp_path, "how_to_access", words, words)
    result = invoke_en(runner, "catalog", "validate", str(path))
    assert result.exit_code == 0, result.output  # valid, so the check below is not vacuous
    assert "instead of 113 or 112" not in result.output, result.output


@pytest.mark.parametrize(
    "row",
    [
        {"id": "5", "safety_wish_dead": "nee", "safety_thoughts": "nee", "lang": "fr"},
        {"id": "6", "answers": ["safety_wish_dead", "safety_thoughts"]},
        {"id": "7", "SAFETY_WISH_DEAD": "no", "lang": "de"},
    ],
)
def test_a_question_id_is_never_read_as_the_students_words(
    runner: CliRunner, tmp_path: Path, row: dict[str, object]
) -> None:
    """A refused row's key names were searched as its words: "safety_wish_dead" beside
    a "nee" became "wish dead", acute, "in your own words" (a hostile round, round 34,
    H2). Fails on 1579ab1: the row came out acute."""
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n", "utf-8")
    result = invoke_en(runner, "batch", str(path))
    out = json.loads(result.stdout.splitlines()[0])
    assert out.get("error"), out
    assert out.get("tier") != "acute", out


@pytest.mark.parametrize(
    "row",
    [
        {"id": "8", "safety_wish_dead": "ja", "lang": "fr"},
        {"id": "9", "safety_wish_dead": "nee, maar ik wil wel dood", "lang": "fr"},
        {"id": "10", "text": "ik wil niet meer leven", "lang": "fr"},
    ],
)
def test_a_refused_rows_yes_and_words_still_count(
    runner: CliRunner, tmp_path: Path, row: dict[str, object]
) -> None:
    """Guards: a yes and the words beside a "nee" in a refused row keep their acute part
    (each passed on 1579ab1 and must keep passing with the ids left out)."""
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n", "utf-8")
    result = invoke_en(runner, "batch", str(path))
    out = json.loads(result.stdout.splitlines()[0])
    assert out.get("error") and out["tier"] == "acute", out


def test_one_value_is_one_group_in_json_lines_and_csv(runner: CliRunner, tmp_path: Path) -> None:
    """A --by value that CSV output guards against formulas ("'=HYPERLINK") or that
    held an escape sequence made a group of its own beside the same value from JSON
    Lines, two rows both labelled "red" (a hostile round, round 34, H6). Fails on
    1579ab1: four groups."""
    rows = tmp_path / "rows.jsonl"
    lines = [
        {"id": str(i), "themes": ["sleep"], "faculty": value}
        for i, value in enumerate(['=HYPERLINK("x")', "\x1b[31mred", '=HYPERLINK("x")', "red"])
    ]
    rows.write_text("".join(json.dumps(row) + "\n" for row in lines), "utf-8")
    as_json, as_csv = tmp_path / "out.jsonl", tmp_path / "out.csv"
    invoke_en(runner, "batch", str(rows), "--keep", "faculty", "-o", str(as_json))
    invoke_en(runner, "batch", str(rows), "--keep", "faculty", "--format", "csv",
              "-o", str(as_csv))  # fmt: skip
    assert "'=HYPERLINK" in as_csv.read_text("utf-8")
    result = invoke_en(runner, "report", str(as_json), str(as_csv), "--by", "faculty",
                       "--format", "json")  # fmt: skip
    keys = sorted(group["key"] for group in json.loads(result.stdout)["by"]["groups"])
    assert keys == ['=HYPERLINK("x")', "red"], keys


@pytest.mark.parametrize(
    ("contact", "quoted"),
    [
        ('{email: "a\\u202e@b.example"}', "'a\\u202e@b.example'"),
        ('{url: "https://b.example/\\u202e"}', "'https://b.example/\\u202e'"),
        ('{phone: "+31 20 123 4567\\0"}', "'+31 20 123 4567\\u0000'"),
    ],
)
def test_an_invalid_contact_is_quoted_with_what_makes_it_invalid(
    runner: CliRunner, tmp_path: Path, contact: str, quoted: str
) -> None:
    """The message quoted "a@b.example", which looks valid: the invisible character was
    dropped on the way to the terminal (a hostile round, round 34, H5). Fails on
    1579ab1: the quote had no \\u202e."""
    path = tmp_path / "own.yaml"
    path.write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: eigen\n"
        "    provider: institution\n"
        "    name: {nl: Eigen, en: Own}\n"
        "    description: {nl: Een gesprek., en: A talk.}\n"
        "    tiers: [specific]\n"
        "    themes: [stress]\n"
        f"    contact: {contact}\n",
        "utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", str(path))
    assert result.exit_code == 1
    assert quoted in result.output, result.output


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("", "empty"),
        ("schema_version: 1\ncatalog:\n\tname: Tabs\n", "a tab character; indent with spaces"),
    ],
)
def test_an_unreadable_file_is_its_one_error(
    runner: CliRunner, tmp_path: Path, content: str, said: str
) -> None:
    """An empty file or one indented with a tab got six "no active offering serves
    theme" warnings at FILE:1:1, before the one error that mattered; libyaml's "found
    character that cannot start any token" did not say it was a tab (a hostile round,
    round 34, H7 and H9). Fails on 1579ab1."""
    path = tmp_path / "own.yaml"
    path.write_text(content, "utf-8")
    result = invoke_en(runner, "catalog", "validate", str(path))
    assert result.exit_code == 1
    assert said in result.output, result.output
    assert "no active offering" not in result.output, result.output
