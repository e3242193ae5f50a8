"""Round 68: outsiders' sets (set381 onwards: psychosis and bipolar disorder, medical
and nursing placements, PhD candidates, debt and bailiffs, first-generation students,
online creators, trans students, farm students, student athletes), two role-plays and
the fixes they asked for. Each test names its source and fails without the change it
guards, unless it says it is a guard."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
from typing import TYPE_CHECKING

import pytest

from steunwijzer.core.answer_often import how_often
from steunwijzer.core.numbers import scale_number

from .conftest import invoke
from .reading import read_answer, themes_of

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.core.model import Catalog

AT = ("--at", "2026-12-07T22:00")


# --- how often, said with the words around it ---------------------------------------------


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("area_mood", "all the time tbh"),
        ("area_mood", "de hele tijd eigenlijk"),
        ("area_mood", "pretty much always"),
        ("area_mood", "eerlijk gezegd elke dag wel"),
        ("area_sleep", "every night honestly"),
        ("area_sleep", "bijna elke nacht eigenlijk"),
        ("area_sleep", "most nights tbh"),
        ("area_mood", "de laatste tijd heel vaak"),
    ],
)
def test_how_often_with_fillers_is_a_yes(builtin: Catalog, qid: str, answer: str) -> None:
    """Round 67's left-open list and round 68's role-plays: "all the time tbh" and "de
    hele tijd eigenlijk" were refused at a yes/no question ("expected yes or no")."""
    assert read_answer(builtin, qid, answer) is True


@pytest.mark.parametrize(
    "answer", ["not all the time", "niet de hele tijd", "tbh", "de laatste tijd"]
)
def test_a_filler_alone_or_a_denied_frequency_is_no_yes(answer: str) -> None:
    """Guard: the fillers are stripped from a frequency, never made into one."""
    assert how_often(answer) is None


def test_rarely_with_a_filler_stays_rarely() -> None:
    assert how_often("zelden eigenlijk") == "rarely"
    assert how_often("hardly tbh") == "rarely"


# --- a number corrected ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "number"),
    [
        ("5. no wait, 6. depends on the day", 6),
        ("7, nee wacht, 8", 8),
        ("een 4. ik bedoel een 3", 3),
        ("6 i mean 7", 7),
    ],
)
def test_the_number_after_a_correction_is_the_answer(answer: str, number: int) -> None:
    """A role-play (round 68): "5. no wait, 6" was refused at "how heavy, 0 to 10?"."""
    assert scale_number(answer) == number


def test_two_numbers_without_a_correction_are_still_asked_again() -> None:
    """Guard (round 13): two readings, no correction, stay two readings."""
    assert scale_number("een zeven of zo, soms een acht") is None


# --- a past that is over, and means someone else keeps --------------------------------------


def test_past_self_harm_now_over_is_earlier_at_the_behaviour_question(builtin: Catalog) -> None:
    """A role-play (round 68): "nee. vroeger wel mezelf gesneden, maar nu niet meer" at
    "have you prepared anything to end your life?" was "don't know", and "call 112 now"
    opened: "maar nu" was read as "now too"."""
    answer = "nee. ik heb vroeger wel mezelf gesneden, maar nu niet meer"
    assert read_answer(builtin, "safety_behaviour", answer) == "earlier"


@pytest.mark.parametrize(
    "answer",
    [
        "vroeger wel, maar nu weer",
        "years ago, but now I am planning it again",
        # found in this round's own review: "not anymore" that does not close the answer
        # still happens ("maar nu" had been dropped from the "now too" words whole)
        "vroeger wel, maar nu niet meer zo vaak",
        "in high school yes but now not so much",
    ],
)
def test_a_past_that_is_back_stays_doubt(builtin: Catalog, answer: str) -> None:
    """Guard: "but now" that says it is here again keeps the ordinary reading."""
    assert read_answer(builtin, "safety_behaviour", answer) == "unknown"


def test_not_often_any_more_stays_a_yes(builtin: Catalog) -> None:
    """Guard (this round's review): "ja vroeger, maar nu niet vaak meer" is a yes; the
    first version of the fix read it as `earlier`, a lower urgency."""
    assert read_answer(builtin, "safety_behaviour", "ja vroeger, maar nu niet vaak meer") is True


@pytest.mark.parametrize(
    "answer",
    [
        "no. no. I want to get back to uni. my parents keep the pills now",
        "nee, mijn ouders bewaren mijn medicijnen nu",
        "no, my dad has the knives locked away",
        "no, the pills are with my mum now",
    ],
)
def test_means_another_keeps_are_no_doubt_at_intent(builtin: Catalog, answer: str) -> None:
    """A role-play (round 68): a firm "no. no." with the pills kept by the parents was
    "don't know" at "do you intend to act?", and "call 112 now" opened."""
    assert read_answer(builtin, "safety_intent", answer) is False


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("safety_intent", "nee, ik heb pillen bij mijn ouders weggehaald"),
        ("safety_intent", "no, but I have pills"),
        # found in this round's own review: a turn after the keeper
        ("safety_intent", "nee, mijn ouders bewaren de pillen maar ik weet waar ze liggen"),
        ("safety_intent", "no. my mum keeps my meds. I saved some though"),
        # at the method question the pills named are the way thought of
        ("safety_method", "no, the pills are with my mum"),
    ],
)
def test_means_the_student_holds_stay_doubt(builtin: Catalog, qid: str, answer: str) -> None:
    """Guard: pills taken from the parents, pills of one's own, and a way named at the
    method question stay doubt."""
    assert read_answer(builtin, qid, answer) == "unknown"


def test_meh_to_an_offer_is_no_yes(builtin: Catalog) -> None:
    """A role-play (round 68): "mwah" to "would you like to work on insight into
    yourself?" was a yes that added two themes; it is asked again."""
    from steunwijzer.core.answers import reads_as_answer

    question = next(q for q in builtin.questions if q.id == "area_growth")
    assert not reads_as_answer(question, "mwah")
    assert read_answer(builtin, "area_sleep", "mwah") is True  # guard: so-so sleep is a yes


# --- a study frame said with the verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Voor mijn scriptie onderzoek ik suïcidale gedachten bij eerstejaars",
            "suicidal_thoughts",
        ),
        ("voor mijn scriptie onderzoek ik stalking van journalisten", "unsafe_situation"),
        (
            "for my thesis I'm researching suicidal ideation in nursing students",
            "suicidal_thoughts",
        ),
        ("voor ons verslag bestuderen we zelfbeschadiging bij jongeren", "self_harm"),
    ],
)
def test_a_topic_researched_is_a_frame(text: str, theme: str) -> None:
    """Round 67's left-open list and set386: "Voor mijn scriptie onderzoek ik suïcidale
    gedachten" was acute: "onderzoek" as the verb was no link of the frame. The last one
    was read as a frame before this round too; it holds that reading."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "voor mijn onderzoek heb ik geen tijd, ik wil gewoon dood",
        "I researched how to kill myself",
        "ik onderzoek al weken hoe ik er een eind aan kan maken",
    ],
)
def test_research_of_ones_own_death_is_no_frame(text: str) -> None:
    """Guard: the student as the subject of the wish or the search."""
    assert "suicidal_thoughts" in themes_of(text)


# --- needs the blind sets found missing (in words of this test, not the sets') ---------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("na het negatieve bsa zeggen ze dat ik de opleiding moet verlaten", "dropout_risk"),
        ("de examencommissie zegt dat ik weg moet van de opleiding", "dropout_risk"),
        ("i'm getting kicked out next semester unless a miracle happens", "dropout_risk"),
        ("if the panel says no im off the course", "dropout_risk"),
        ("he put the pictures i sent him on a forum with my name", "sexual_violence"),
        ("i can't remember the night but i woke up and he was still in my bed", "sexual_violence"),
        ("the driver made me do things in his car or i could walk home", "sexual_violence"),
        (
            "er gaan naaktfoto's van mij rond in de groepsapp van de studievereniging",
            "sexual_violence",
        ),
        ("I figured out how many of my sleeping pills it would take", "suicidal_thoughts"),
        ("ik weet nu welke brug het wordt en hoe laat het daar rustig is", "suicidal_thoughts"),
        ("didn't jump obviously, but I stood there a long time", "suicidal_thoughts"),
        ("ik zit al een uur op de brug, wou even laten weten waar ik ben", "suicidal_thoughts"),
        (
            "heb gisteren mijn hoofd een paar keer tegen de muur geslagen tot het bloedde",
            "self_harm",
        ),
        (
            "mijn collega zei dat ze een uitweg heeft als ze haar baan kwijtraakt",
            "concern_for_other",
        ),
        ("if i tell anyone what happens at home he says i lose my visa", "unsafe_situation"),
        ("this is the only place he can't check my phone", "unsafe_situation"),
        ("someone swatted me during a stream, armed police in my room", "unsafe_situation"),
        (
            "er stond weer een auto voor mijn huis, dezelfde man die me online volgt",
            "unsafe_situation",
        ),
    ],
)
def test_needs_the_blind_sets_found_missing(text: str, theme: str) -> None:
    """The sets' misses said again in other words. Nine of these paraphrases were found
    before this round too (the sets' own wording was not); they hold the reading."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("dit tentamen gaat me killen, 400 bladzijden", "suicidal_thoughts"),
        ("die deadline gaat me echt killen haha", "suicidal_thoughts"),
        ("ik kan mijn hoofd wel tegen de muur slaan met die code", "self_harm"),
        ("ik moet mijn moeder even laten weten waar ik ben", "suicidal_thoughts"),
        ("I didn't jump at the chance to join the board", "suicidal_thoughts"),
        ("my landlord says the deposit is with my parents", "unsafe_situation"),
        ("ik moet het lokaal verlaten om 5 uur", "dropout_risk"),
        # an outsider's near-miss in this round's review
        ("heb mijn stufi stopgezet omdat ik een baan heb, lekker", "dropout_risk"),
        ("mijn moeder liet me dingen doen in de keuken, anders geen zakgeld", "sexual_violence"),
        ("my mum made me do stuff in my room like tidy up", "sexual_violence"),
        # the run over the older sets (set362): someone else swatted
        ("a streamer I watch got swatted live last night, wild", "unsafe_situation"),
        # the older tests (round 32, round 55) in CI
        ("ik heb opgezocht welke trein het snelst is naar Utrecht", "suicidal_thoughts"),
        ("I shared the photos I sent him of our trip in the family chat", "sexual_violence"),
    ],
)
def test_ordinary_lines_near_the_new_patterns_stay_calm(text: str, theme: str) -> None:
    """Guards beside the new patterns."""
    assert theme not in themes_of(text)


def test_a_threat_said_of_a_person_stays_acute() -> None:
    """Guard: the exam figure is no figure when a person says it ("hij gaat me killen")."""
    assert {"suicidal_thoughts", "unsafe_situation"} & themes_of(
        "hij gaat me killen als hij dit ziet"
    )


# --- the hostile round: batch input and the crisis floor -----------------------------------


def _csv(runner: CliRunner, path: Path) -> list[dict[str, str]]:
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_a_line_break_inside_a_jsonl_text_keeps_the_row(runner: CliRunner, tmp_path: Path) -> None:
    """A hostile round (round 68, 4): a raw line break inside a text ("ik wil" and "dood"
    on two lines, a naive export of notes) lost the acute signal of both halves, and the
    second half was an error row under the next case's id."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id":"1","themes":["slaap"]}\n{"id":"2","text":"ik wil\ndood"}\n'
        '{"id":"3","themes":["stress"]}\n',
        encoding="utf-8",
    )
    rows = {r["id"]: r for r in _csv(runner, path)}
    assert sorted(rows) == ["1", "2", "3"]
    assert rows["2"]["tier"] == "acute" and not rows["2"]["error"]
    assert rows["3"]["tier"] == "specific" and not rows["3"]["error"]


def test_a_broken_line_in_jsonl_keeps_the_rows_after_it(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: an unclosed string that never closes is its own error row, not a held line
    swallowing the rows after it."""
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id":"1","text":"abc\n{"id":"2","text":"ik wil dood"}\n{"id":"3","themes":["stress"]}\n',
        encoding="utf-8",
    )
    rows = _csv(runner, path)
    by_id = {r["id"]: r for r in rows if r["id"]}
    assert by_id["2"]["tier"] == "acute"
    assert by_id["3"]["tier"] == "specific"


def test_one_garbage_cell_does_not_make_a_small_batch_binary(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A hostile round (round 68, 1): 50 rows and one pasted cell of 3 KB of control bytes
    were refused whole as a binary file: every good row lost, and the row "ik wil dood"
    never named."""
    rng = random.Random(3)
    rows = ["id,themes,text", *(f"{i},slaap," for i in range(1, 51)), "51,,ik wil dood"]
    blob = bytes(rng.randrange(0, 32) for _ in range(3000))
    path = tmp_path / "cases.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode() + b"52,stress," + blob + b"\n53,slaap,\n")
    read = {r["id"]: r for r in _csv(runner, path) if r["id"]}
    assert read["51"]["tier"] == "acute"
    assert read["1"]["tier"] == "specific" and read["50"]["tier"] == "specific"


def test_random_bytes_are_still_refused_as_binary(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: a file dirty from its first line is no text."""
    rng = random.Random(7)
    path = tmp_path / "cases.csv"
    path.write_bytes(gzip.compress(bytes(rng.randrange(0, 256) for _ in range(6000)), mtime=0))
    result = invoke(runner, "batch", str(path), "--format", "csv")
    assert result.exit_code != 0
    assert "NUL" in result.output or "binair" in result.output or "binary" in result.output


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("my ex is outside my door right now with a knife", "builtin-112"),
        (
            "mijn vriend sms'te een afscheid en neemt niet op, ik ben bang dat hij nu iets doet",
            "builtin-112",
        ),
    ],
)
def test_the_floor_lines_come_in_the_order_the_need_calls_them(
    runner: CliRunner, tmp_path: Path, text: str, first: str
) -> None:
    """A hostile round (round 68, 6): on a catalogue without crisis lines of its own
    (`catalog init --empty`), a threat now listed the built-in 113 above 112."""
    folder = tmp_path / "empty"
    invoke(runner, "catalog", "init", str(folder), "--empty")
    result = invoke(runner, "lookup", "-c", str(folder), "--text", text, "--json", *AT)
    data = json.loads(result.stdout)
    assert data["urgency"] == "immediate", data["urgency"]
    assert data["referrals"][0]["id"] == first
