"""Round 45: what an outsiders' blind set (set126) showed when it was measured unseen:
a death dated by a study period read as a childhood, assault said in other word orders,
control said by the one who decides, a band's name, belonging with the places named, and
the specific needs' families (eating at night, a pack a day, "no internationals")."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answer_phrases import doubt_led
from steunwijzer.core.answers import UNKNOWN, is_doubt_word, parse_answer
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import OverridePrompt, QuestionPrompt
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.io.rowkeys import unwrapped

from .conftest import MINIMAL, invoke_en
from .reading import ACUTE, themes_of
from .terminal_helpers import scripted, terminal

# (text, a theme that must be found). Written for this test in other words than set126's
# sentences, for the families its misses showed.
SET126_FAMILIES = [
    # a death "toen ik in blok 3 zat" is months ago, not a childhood
    ("mijn opa is overleden toen ik in periode 3 zat en ik kan het niet loslaten", "grief"),
    ("my sister died when i was in year 1 of uni and it's only now sinking in", "grief"),
    # assault: asleep first, touched after; "tegen mn zin"; waking with no memory
    ("while i was sleeping someone from the team touched me", "sexual_violence"),
    ("hij heeft me tegen mn zin betast op het feest", "sexual_violence"),
    ("hij heeft me tegen m'n wil gezoend", "sexual_violence"),
    ("woke up in a stranger's flat and can't remember how i got there", "sexual_violence"),
    # control: who decides which friends; a grant taken with permission asked
    ("my boyfriend decides which friends i can meet", "unsafe_situation"),
    ("my father takes my wages and I need his permission for everything", "unsafe_situation"),
    ("mijn vriend pakt mijn telefoon af als ik met vriendinnen afspreek", "unsafe_situation"),
    ("haar vriend houdt haar pinpas en haar telefoon afpakt als ze weggaat", "concern_for_other"),
    # specific needs in students' own words
    ("ik vreet me 's avonds vol en voel me er daarna schuldig over", "eating"),
    ("ik eet de hele avond door, stiekem, en dan walg ik van mezelf", "eating"),
    ("voor elke toets krijg ik hoofdpijn als ik eraan denk", "performance_anxiety"),
    ("I'm on a pack a day now", "addiction"),
    ("ik rook inmiddels anderhalf pakje per dag", "addiction"),
    ("half the rooms say no international students", "international_student"),
    ("there's a war in my home country and i can't focus", "international_student"),
    ("mijn Nederlands is nog niet goed genoeg voor de colleges", "international_student"),
    ("een klasgenoot noemde me een aap en iedereen lachte", "unwanted_behaviour"),
    ("ik heb echt geen idee wat ik na de bachelor moet", "study_choice"),
]

SET126_HARMLESS = [
    # a name, not a wish
    "our podcast is called Death by Deadlines, can we record in the studio?",
    "onze band heet Dood Paard, mogen we in de aula spelen?",
    # belonging with the places named
    "I don't belong anywhere anymore, not at home and not at my student house",
    # a pet and a death long ago
    "the dog was asleep and touched me with its nose",
    "mijn oma overleed toen ik 5 was, ik heb een vraag over mijn rooster",
]


@pytest.mark.parametrize(("text", "theme"), SET126_FAMILIES)
def test_set126_families_are_read(text: str, theme: str) -> None:
    """set126 (179 messages, measured unseen on 808c5e1): 133 passed, 6 of 28 risk
    sentences missed. These are the families of its misses, in other words; eight were
    found on 808c5e1 already and guard ("tegen mn zin betast", "tegen m'n wil gezoend",
    a stranger's flat, the wages, the phone taken, her boyfriend's hold on her card,
    "no international students", a war in the home country)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize("text", SET126_HARMLESS)
def test_set126_harmless_neighbours_stay_below_acute(text: str) -> None:
    """A band's or a podcast's name, belonging with the places named, a dog, a death in
    childhood: not acute (the podcast and the belonging failed on 808c5e1; the rest
    guard the new families)."""
    assert not themes_of(text) & ACUTE


# --- the tier override: "type the tier again" must ask for it again ----------------------


def test_a_reason_typed_at_y_or_n_brings_the_tier_question_back(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A counsellor who typed the reason where "(j/n)" was asked was told "Typ het niveau
    opnieuw", but the tier question never came back: the tier could not be lowered at
    all any more (a role-play, round 45, intake 6). Now it is asked again, and the second
    try lowers it with its reason."""
    _, result = scripted(builtin, index, {"safety_wish_dead": ["ja"]})
    assert result.risk_to_life
    ask, screen = terminal(
        builtin, "specifiek", "het ging om eten, niet om zichzelf pijn doen", "specifiek", "j",
        "het ging om eten; nagevraagd, geen zelfbeschadiging",
    )  # fmt: skip
    assert ask(OverridePrompt(result)) == (
        Tier.SPECIFIC,
        "het ging om eten; nagevraagd, geen zelfbeschadiging",
    )
    assert "wat je typte is niet bewaard" in screen.getvalue()


def test_a_plain_no_at_y_or_n_keeps_the_tier(builtin: Catalog, index: ReferralIndex) -> None:
    """ "n" at the second question keeps the tier and ends the override (a guard)."""
    _, result = scripted(builtin, index, {"safety_wish_dead": ["ja"]})
    ask, screen = terminal(builtin, "specifiek", "n")
    assert ask(OverridePrompt(result)) is None
    assert "Het niveau blijft zoals het was." in screen.getvalue()


# --- a hostile round: a risk under another student's id ----------------------------------


def _ids_and_tiers(runner: CliRunner, path: Path) -> list[tuple[str, str]]:
    result = invoke_en(runner, "batch", "--format", "csv", str(path))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    return [(r["id"], r["tier"]) for r in rows]


def test_a_case_in_a_one_element_array_inside_a_json_array_keeps_its_id(
    runner: CliRunner, tmp_path: Path
) -> None:
    """[[{"id": "x", "text": "ik wil dood"}], {"id": "1", ...}] pretty-printed: x's risk
    went out as "1", the next row's real id (a hostile round, round 45). On one JSON
    Lines line such an array was read as its case already."""
    cases = [[{"id": "x", "text": "ik wil dood"}], {"id": "1", "themes": ["sleep"]}]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases, indent=2), encoding="utf-8")
    assert _ids_and_tiers(runner, path) == [("x", "acute"), ("1", "specific")]


def test_a_case_wrapped_in_one_key_and_an_id_key_with_a_space_keep_their_ids(
    runner: CliRunner, tmp_path: Path
) -> None:
    """{"case": {"id": "x", ...}} was refused with "id must be text" and named "1";
    {"ID ": "y", ...} was refused as an unknown key and named by its row number, where a
    CSV header "Id " is the id column (a hostile round, round 45)."""
    lines = [
        {"case": {"id": "x", "text": "ik wil dood"}},
        {"id": "1", "themes": ["sleep"]},
        {"ID ": "y", "text": "ik wil dood"},
        {"answers": {"safety_thoughts": "ja"}, "id": "a"},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert _ids_and_tiers(runner, path) == [
        ("x", "acute"),
        ("1", "specific"),
        ("y", "acute"),
        ("a", "acute"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([{"id": "x"}], {"id": "x"}),
        ({"intake": {"text": "t"}}, {"text": "t"}),
        ({"answers": {"text": "t"}}, {"answers": {"text": "t"}}),  # a row key: no wrapper
        ({"meta": {"source": "form"}}, {"meta": {"source": "form"}}),  # no row inside
        ([{"id": "x"}, {"id": "y"}], [{"id": "x"}, {"id": "y"}]),  # two cases: no wrapper
    ],
)
def test_only_a_wrapper_around_one_row_is_taken_off(data: object, expected: object) -> None:
    """One key around a row, or a one-element array, is taken off; a row key, an object
    with no row key in it and two cases are left as they are (new in round 45)."""
    assert unwrapped(data) == expected


# --- answers a role-play saw refused or misread (round 45) -------------------------------


@pytest.mark.parametrize(
    ("question_id", "reply", "expected"),
    [
        # a mild no, then words about something else with "soms" in them: doubt, no yes
        ("mood_self_harm", "niet zo.. ik eet soms tot ik er misselijk van ben", UNKNOWN),
        ("mood_self_harm", "niet zo", UNKNOWN),
        ("safety_wish_dead", "not so much", UNKNOWN),
        ("area_sleep", "niet zo vaak", False),
        # a named act or a yes after it stays a yes (guards)
        ("mood_self_harm", "niet echt, ik kras alleen soms", True),
        ("mood_self_harm", "niet zo, maar soms wel", True),
    ],
)
def test_a_mild_no_with_words_after_it(
    builtin: Catalog, question_id: str, reply: str, expected: object
) -> None:
    """The last three rows guard (read so on 808c5e1 already).
    "niet zo.. ik eet soms tot ik er misselijk van ben" to "do you hurt yourself?" was
    a firm yes: wounds asked about, 113 first, three more suicide questions for a student
    who spoke of eating (a role-play, round 45, intake 6). "niet zo" alone was refused
    where "niet echt" was read."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, reply) == expected


@pytest.mark.parametrize(
    "reply", ["weet niet eigenlijk", "idk actually", "eerlijk gezegd geen idee", "honestly idk"]
)
def test_a_dont_know_with_a_filler_is_a_dont_know(reply: str) -> None:
    """ "weet niet eigenlijk, mijn vriend beheert mijn pinpas ..." was refused, twice, and
    the disclosure lost when the counsellor pressed Enter (a role-play, round 45)."""
    assert is_doubt_word(reply)
    assert doubt_led(reply + ", mijn vriend beheert mijn pinpas", is_doubt_word)


def test_echt_alone_is_no_dont_know() -> None:
    """A filler alone is not taken for a don't-know (a guard)."""
    assert not is_doubt_word("echt")


@pytest.mark.parametrize(
    "text",
    [
        "ik eet vaak heel veel achter elkaar en schaam me daarna",
        "soms eet ik door tot ik er buikpijn van heb",
        "i eat till i feel sick most nights",
    ],
)
def test_eating_until_sick_is_eating_and_no_wish_to_die(text: str) -> None:
    """ "ik eet soms tot ik er misselijk van ben" resembled suicidal thoughts to the second
    net, and "heel veel achter elkaar" was nothing at all (a role-play, round 45)."""
    found = themes_of(text)
    assert "eating" in found
    assert "suicidal_thoughts" not in found


def test_the_recheck_note_names_another_question_too(builtin: Catalog) -> None:
    """A safety question asked again because of words said at an earlier question said
    "wat de student in eigen woorden vertelde", before any own words (a role-play, round
    45, intake 3)."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    ask, screen = terminal(builtin, "nee")
    ask.question(QuestionPrompt(question, 2, 20, None, True, recheck=True))
    shown = " ".join(screen.getvalue().split())
    assert "bij een andere vraag" in shown


@pytest.mark.parametrize(
    ("question_id", "reply", "expected"),
    [
        ("area_sleep", "gaat wel", False),
        ("area_sleep", "het gaat wel hoor", False),
        ("area_sleep", "wel", True),  # a guard: "wel" alone is a yes
        ("area_substances", "zorgen.. nee niet echt, iedereen gamet toch", False),
        ("area_substances", "drinken? ja best veel", True),
        ("safety_wish_dead", "soms.. nee", True),  # a guard: "soms" is no echo here
        ("study_worries", "four and maybe two", ("planning", "falling_behind")),
        ("study_worries", "vier en twee", ("planning", "falling_behind")),
    ],
)
def test_answers_a_role_play_saw_refused(
    builtin: Catalog, question_id: str, reply: str, expected: object
) -> None:
    """ "wel", "drinken? ja best veel" and "soms.. nee" guard (read so on 808c5e1).
    "gaat wel" to "slaap je slecht?", "zorgen.. nee niet echt" (a word of the question
    said back), "four and maybe two" were refused where "nee", "zorgen? nee" and "4 and
    2" were read (a role-play, round 45, intakes 1, 2 and 4)."""
    question = builtin.question(question_id)
    assert question is not None
    assert parse_answer(question, reply) == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_opening_says_more_safety_questions_may_follow(lang: str) -> None:
    """ "First three safety questions that everyone is asked; say so" was hard to read and
    up to six came (a role-play, round 45): it says when more follow, and to whom to say
    it."""
    from steunwijzer.present.texts import t

    intro = t("intro", lang)
    assert (
        ("meer alleen na een ja of twijfel" in intro)
        if lang == "nl"
        else ("more only after a yes or a doubt" in intro)
    )
    assert ("vertel de student" in intro) if lang == "nl" else ("tell the student" in intro)


def test_a_misspelt_question_late_in_a_row_of_many_keys_keeps_its_yes(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Past the first 500 keys of a row, a misspelt key is matched only where it starts
    as a question id does (100,000 keys took 11 s of fuzzy matching: a hostile round,
    round 45); "safety_thougths": "ja" after 2,000 other keys still makes the row acute
    (a guard: so on 808c5e1, slower)."""
    row: dict[str, str] = {"id": "m", "text": "hallo"}
    row.update({f"k{i}": "x" for i in range(2000)})
    row["safety_thougths"] = "ja"
    path = tmp_path / "late.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert _ids_and_tiers(runner, path) == [("m", "acute")]


def test_a_catalogue_text_of_megabytes_is_warned_of(runner: CliRunner, tmp_path: Path) -> None:
    """A 15 MB how_to_access passed `catalog validate` and `lint` without a word, and
    `lookup` then printed 45 MB to the counsellor's terminal (a hostile round, round 45)."""
    long = "Bel ons. " * 400
    text = MINIMAL.replace(
        "how_to_access: {nl: Inschrijven., en: Enrol.}",
        f"how_to_access: {{nl: '{long}', en: Enrol.}}",
    )
    assert text != MINIMAL
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke_en(runner, "catalog", "validate", "--strict", str(path))
    assert result.exit_code == 1
    assert "characters long" in result.output and "c.yaml:" in result.output
    path.write_text(MINIMAL, encoding="utf-8")
    assert "characters long" not in invoke_en(runner, "catalog", "validate", str(path)).output


def test_an_id_that_shows_as_another_after_cleaning_is_counted_as_repeated(
    runner: CliRunner, tmp_path: Path
) -> None:
    """ "s1<ESC>" is written out as "s1": three rows read "s1" in the CSV, and the warning
    counted one repeat (a hostile round, round 45)."""
    path = tmp_path / "ids.csv"
    path.write_text(
        'id,text\ns1,ik slaap slecht\ns1,ik wil dood\n"s1\x1b",geldzorgen\n', encoding="utf-8"
    )
    result = invoke_en(runner, "batch", "--format", "csv", str(path))
    assert "2 row(s) repeat an id" in result.output


def test_empty_cells_past_the_last_column_are_read(runner: CliRunner, tmp_path: Path) -> None:
    """ "s1,ik slaap slecht,," (a spreadsheet's empty cells after the last column) was
    refused, "expected 2 fields, got 4", and the ordinary row not read (a hostile round,
    round 45)."""
    path = tmp_path / "rows.csv"
    path.write_text("id,text\ns1,ik slaap slecht,,\ns2,ik wil dood,,\n", encoding="utf-8")
    assert _ids_and_tiers(runner, path) == [("s1", "specific"), ("s2", "acute")]


def test_safety_mode_shows_twenty_catalogue_errors_and_counts_the_rest(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A catalogue folder of 30,000 empty files printed 30,000 errors (3 MB) before the
    crisis lines of an acute lookup (a hostile round, round 45): twenty, then a count."""
    folder = tmp_path / "cat"
    folder.mkdir()
    for i in range(30):
        (folder / f"e{i:02}.yaml").write_text("", encoding="utf-8")
    result = invoke_en(runner, "lookup", "--text", "ik wil dood", "--catalog", str(folder))
    assert result.exit_code == 1
    assert result.output.count("file is empty") == 20
    assert "and 10 more error(s)" in result.output
    assert "113" in result.output


# --- set127 (case notes, e-mails, chat, parents and lecturers), measured unseen ------------

SET127_FAMILIES = [
    ("St. geeft aan dat hij niet meer naar college gaat en wil stoppen", "dropout_risk"),
    ("one of my first-year students told me she wants to drop out", "dropout_risk"),
    ("the student says her coach touched her without consent after practice", "sexual_violence"),
    ("I stopped going to any of my lectures after the break", "dropout_risk"),
]


def test_a_bsa_not_dared_to_be_looked_up_stays_a_dropout_risk() -> None:
    """The figure for BSA points looked up hid "ik durf mijn bsa niet te checken, ik haal
    het toch nooit" (found in the round's own review): a word between keeps the risk."""
    assert "dropout_risk" in themes_of("ik durf mijn bsa niet te checken, ik haal het toch nooit")


SET127_HARMLESS = [
    "ik wil even mijn BSA-punten nakijken, zit volgens mij al op 45",
    "she stopped going to her yoga classes because of the new schedule",
]


@pytest.mark.parametrize(("text", "theme"), SET127_FAMILIES)
def test_set127_families_are_read(text: str, theme: str) -> None:
    """set127 (160, measured unseen on 43edd78: 16/21 risk sentences, 116/160 passed):
    a note opened with "St.", a lecturer's "one of my first-year students", touched
    without consent in a note, and "stopped going to any of my lectures" (beside the
    narrowed pattern) all failed on 808c5e1."""
    assert theme in themes_of(text)


@pytest.mark.parametrize("text", SET127_HARMLESS)
def test_set127_harmless_neighbours_stay_below_acute(text: str) -> None:
    """BSA points looked up, and a hobby's classes stopped: no dropout risk."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme", "not_theme"),
    [
        (
            "Student reports that her boyfriend goes through her phone every evening and "
            "keeps her debit card.",
            "unsafe_situation",
            "concern_for_other",
        ),
        ("St. zegt dat haar vriend haar telefoon controleert", "unsafe_situation", None),
        # the same said of a sister or a friend stays concern for her (the sister guards)
        ("mijn zus zegt dat haar vriend haar telefoon controleert", "concern_for_other", None),
        ("her boyfriend goes through her phone, i'm worried", "concern_for_other", None),
    ],
)
def test_control_in_a_note_about_the_student_is_her_danger(
    text: str, theme: str, not_theme: str | None
) -> None:
    """A counsellor's note that her boyfriend reads her phone and keeps her card was
    money worries, or concern for someone else with 113 first (set127, round 45): in a
    note about the student, "her" is the student (core/notecontrol.py)."""
    found = themes_of(text)
    assert theme in found
    assert not_theme is None or not_theme not in found


# --- set128 (risk in images, questions, negations, past and present), measured unseen -----

SET128_FAMILIES = [
    ("er staat steeds iemand 's avonds bij mijn deur te wachten", "unsafe_situation"),
    ("he keeps texting me from different numbers after I blocked him", "unsafe_situation"),
    ("honestly I've stopped caring if I wake up or not", "suicidal_thoughts"),
    ("I can't get through a night without a bottle anymore", "addiction"),
    ("mijn baas legt steeds zijn hand op mijn onderrug", "unwanted_behaviour"),
    ("people in my class keep mocking my accent", "unwanted_behaviour"),
    ("bij het lezen lijken de letters te dansen", "functional_impairment"),
]

SET128_HARMLESS = [
    "bij het lezen lijken de letters te dansen, is dat dyslexie?",
    "I don't care whether I live in halls or in a shared flat next year.",
]


@pytest.mark.parametrize(("text", "theme"), SET128_FAMILIES)
def test_set128_families_are_read(text: str, theme: str) -> None:
    """set128 (150, measured unseen on 2eee1c2: 25/29 risk sentences, 111/150 passed):
    the families of its misses, in other words. The waiting at the door, the texts from
    different numbers and the mocked accent were found on 808c5e1 already and guard."""
    assert theme in themes_of(text)


@pytest.mark.parametrize("text", SET128_HARMLESS)
def test_set128_harmless_neighbours_stay_below_acute(text: str) -> None:
    """Letters that dance are no jump; where one lives next year is no wish to die (both
    guard; the second was read as dropping out by a pattern placed under the wrong theme
    during the round)."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("bsa is geen issue meer, ik wil gewoon beter plannen", False),
        ("my bsa is no longer an issue", False),
        # a guard: the BSA a problem, or stopping said beside it, stays a dropout risk
        ("de bsa is een groot probleem, ik ga hem niet halen", True),
        ("bsa is geen probleem meer maar ik wil stoppen met mijn studie", True),
    ],
)
def test_a_bsa_that_is_no_issue_any_more_is_no_dropout_risk(text: str, acute: bool) -> None:
    """ "bsa is geen issue meer" made an ADHD student who asked for planning help ACUUT
    (a second role-play, round 45, intake 5)."""
    assert ("dropout_risk" in themes_of(text)) is acute


def test_idk_maybe_is_a_dont_know() -> None:
    """ "idk misschien" was refused where "weet niet" was read (a second role-play, round
    45)."""
    assert is_doubt_word("idk misschien")
    assert not is_doubt_word("ja misschien")
