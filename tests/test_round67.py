# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 67: outsiders' sets (set371 onwards: student parents, international students,
leaving a strict faith, dating scams and controlling partners, refugees, climate
activism), a hostile round on batch input and the fixes they asked for. Each test names
its source and fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

import pytest

from .conftest import invoke
from .reading import read_answer, themes_of

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.core.model import Catalog

AT = ("--at", "2026-11-30T14:00")


# --- a denial the student doubts ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure I don't want to die",
        "i'm not sure i dont wanna kill myself tbh",
        "idk if i dont want to die",
        "ik weet niet of ik niet dood wil",
        "I can't say I don't want to die anymore",
        "ik weet niet zeker of ik niet dood wil",
    ],
)
def test_a_doubted_denial_is_no_denial(text: str) -> None:
    """Round 66's left-open list: "I'm not sure I don't want to die" gave nothing at all
    (nothing recognised, no crisis line): the doubt around the "not" was not read."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure I don't want to die",
        "ik weet zeker dat ik niet dood wil",
        "ik weet niet, ik wil niet dood",
        "I'm certain I don't want to die",
    ],
)
def test_a_sure_denial_stays_a_denial(text: str) -> None:
    """Guard: a denial said with certainty, or in a clause of its own, stays one."""
    assert "suicidal_thoughts" not in themes_of(text)


# --- sexual violence told across a sentence end ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "tinderdate ging mis. ik zei nee en toen nog een keer nee. hij ging gewoon door. weet niet of ik aangifte moet doen",
        "Six weeks after my c-section my husband said he'd 'waited long enough'. I told him no, it still hurt. He didn't stop.",
        "I told her no. She didn't stop.",
        "ik zei echt nee. hij deed het toch.",
        "During our custody mediation my ex's lawyer showed photos of me that I sent him years ago, private ones. Now I found out he also put them in a group chat with his friends. I never agreed to any of this.",
        "Ik had hem naaktfoto's gestuurd toen we samen waren. Nu zijn ze gedeeld in een groepsapp van zijn team. Zonder mijn toestemming.",
    ],
)
def test_a_no_then_a_going_on_across_sentences_is_sexual_violence(text: str) -> None:
    """Blind sets 371 and 374: the refusal and the going on in sentences of their own
    gave nothing, or a guess at someone else's danger; the pictures and their spreading in
    two sentences were left open twice in round 66."""
    assert "sexual_violence" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I said no to the party. He kept asking.",
        "ik zei nee tegen de baan. Hij ging gewoon door met praten",
        "the professor said no. he didn't stop me from submitting late",
        "I posted some private photos of my art online without my teacher's permission",
        "I told him no, I couldn't lend him money. He kept asking about it.",
    ],
)
def test_a_no_about_something_else_stays_calm(text: str) -> None:
    """Guard: the going on must close its clause; pictures need a private kind, a
    spreading and a word of no consent, and the private ones must be the pictures."""
    assert "sexual_violence" not in themes_of(text)


# --- an "if" over an "and" -------------------------------------------------------------------


def test_a_condition_reaches_over_one_and() -> None:
    """Set371: "als de baby blijft huilen en ik het niet meer trek sla ik mezelf in mn
    gezicht" read the "niet" of the condition as denying the self-harm."""
    text = "als de baby blijft huilen en ik het niet meer trek sla ik mezelf in mn gezicht of tegen mn hoofd"
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["ik heb geen zin in college en ik wil niet dood", "ik ben moe en ik sla mezelf niet"],
)
def test_an_and_without_a_condition_keeps_its_denial(text: str) -> None:
    """Guard: without an "als" before it, the "and" carries no condition."""
    assert not {"suicidal_thoughts", "self_harm"} & themes_of(text)


# --- laughter, and a threat if one tells ------------------------------------------------------


def test_a_laughing_face_is_laughter() -> None:
    """Set373: "my dad's gonna kill me when he sees this parking fine 😂" was an unsafe
    situation, urgency immediate; "lol" there was already a figure of speech."""
    assert "unsafe_situation" not in themes_of(
        "my dad's gonna kill me when he sees this parking fine 😂 anyway where do i hand in the form?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "he said he'll kill me if i tell anyone haha",
        "he said he'll kill me if i tell anyone 😅",
        "my stepdad is going to kill me if I go to the police lol",
    ],
)
def test_a_threat_if_told_is_never_a_figure(text: str) -> None:
    """A laugh beside a threat whose condition is the telling set it aside as a figure
    of speech ("haha": nothing recognised); round 67 made laughing faces laughter too,
    so the threat needed its own rule (the line with the face is a guard: it held
    before, when faces were no laughter)."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize("text", ["ik wil dood 😂", "i want to die 🤣"])
def test_a_wish_with_a_laugh_stays_a_risk(text: str) -> None:
    """Guard: a laugh never makes a wish to die a figure."""
    assert "suicidal_thoughts" in themes_of(text)


# --- the blind sets' misses ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Ik ben 14 weken zwanger en ik stop ermee. Morgen meld ik me af bij de opleiding",
            "dropout_risk",
        ),
        ("heb me morgen bij de decaan gemeld om me af te melden", "dropout_risk"),
        ("zonder VOG geen stage op de pabo. dus dan kan ik net zo goed stoppen", "dropout_risk"),
        ("the exam board letter says if i dont pass everything this block im out", "dropout_risk"),
        (
            "Sinds de IND mijn aanvraag heeft afgewezen denk ik vaak dat het beter was geweest als ik die boot niet had overleefd",
            "suicidal_thoughts",
        ),
        ("I should not have survived that boat, honestly", "suicidal_thoughts"),
        (
            "als hij erachter komt dat ik dit typ dan... ik moet om 5 uur thuis zijn anders weet ik niet wat er gebeurt",
            "unsafe_situation",
        ),
        (
            "two of them waited for me outside the faculty yesterday and said next time they visit my mum in Kabul instead",
            "unsafe_situation",
        ),
        (
            "she's stopped coming to lectures and seems scared of her phone. what do i do",
            "concern_for_other",
        ),
        ("how am i supposed to pay 16k institutional fee?? DUO says no", "international_student"),
        ("Sinds ik in NL woon drink ik bijna elke avond", "international_student"),
        ("my permit depends on him and he knows it", "international_student"),
    ],
)
def test_needs_the_blind_sets_found_missing(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik moet me nog afmelden voor het tentamen bij de opleiding", "dropout_risk"),
        ("if I pass this block I'm out of here on holiday", "dropout_risk"),
        ("it would be better if I had not survived on coffee alone this week, I know", "self_harm"),
        ("my mum will kill me if i fail this exam lol", "unsafe_situation"),
        ("my parents will kill me if i tell them i failed stats again lol", "unsafe_situation"),
        ("my roommate ate my leftovers again, I'm gonna kill her lol", "concern_for_other"),
    ],
)
def test_ordinary_lines_near_the_new_patterns_stay_calm(text: str, theme: str) -> None:
    """Guards beside the new patterns."""
    assert theme not in themes_of(text)


# --- a safety "ja" in a broken batch row ------------------------------------------------------


def _csv(runner: CliRunner, path: Path) -> list[dict[str, str]]:
    result = invoke(runner, "batch", str(path), "--format", "csv", *AT)
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize(
    "content",
    [
        b'id,safety_plan,area_study,text\n6,ja,yes,"hallo\n7,nee,nee,gewoon\n',
        b"id,safety_plan,text\n6,ja,hal\x00lo\n7,nee,ok\n",
    ],
)
def test_a_broken_csv_row_keeps_its_yes_to_a_safety_question(
    runner: CliRunner, tmp_path: Path, content: bytes
) -> None:
    """A hostile round (round 67, H2): a "ja" in a safety column of a row with an unclosed
    quote or a NUL byte came out as a bare error record, with no tier and no crisis line."""
    path = tmp_path / "cases.csv"
    path.write_bytes(content)
    rows = _csv(runner, path)
    bad = next(r for r in rows if r["id"] == "6")
    assert bad["error"] and bad["tier"] == "acute"
    assert bad["referral_ids"].split(";")[0] == "113-zelfmoordpreventie"
    good = next(r for r in rows if r["id"] == "7")
    assert good["tier"] != "acute" and not good["error"]


def test_a_jsonl_row_nested_too_deep_keeps_its_yes(runner: CliRunner, tmp_path: Path) -> None:
    """A hostile round (round 67, H1): a safety "ja" beside a value nested more than 32
    levels deep was lost with the row."""
    deep = "[" * 40 + "]" * 40
    lines = [
        '{"id": "d1", "answers": {"safety_plan": "ja"}, "x": ' + deep + "}",
        '{"id": "d2", "safety_wish_dead": "yes", "x": ' + deep + "}",
        json.dumps({"id": "ok", "text": "ik slaap slecht"}),
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = {r["id"]: r for r in _csv(runner, path)}
    for rid in ("d1", "d2"):
        assert rows[rid]["error"] and rows[rid]["tier"] == "acute", rows[rid]
    assert rows["ok"]["tier"] == "specific" and not rows["ok"]["error"]


def test_a_broken_row_without_a_yes_stays_an_error_only(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: a "nee" in a broken row gives no tier of its own."""
    path = tmp_path / "cases.csv"
    path.write_bytes(b'id,safety_plan,text\n6,nee,"hallo\n')
    row = _csv(runner, path)[0]
    assert row["error"] and row["tier"] == ""


# --- the second wave and the role-plays -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "during the field exercise a corporal kept crawling into my sleeping bag at night",
            "sexual_violence",
        ),
        (
            "When I refused he started grabbing me whenever we're alone in the range office",
            "sexual_violence",
        ),
        (
            "de ouderejaars hebben ons gisteravond met een riem geslagen omdat we te traag waren",
            "unsafe_situation",
        ),
        (
            "heb na de nachtdienst weer met een aansteker m'n onderarm bewerkt. lange mouwen onder het uniform dus niemand die het ziet",
            "self_harm",
        ),
        (
            "due to the passing of my sister on 4 April I will not be continuing the programme",
            "grief",
        ),
        (
            "due to the passing of my sister on 4 April I will not be continuing the programme",
            "dropout_risk",
        ),
        ("cancelling my enrolment in studielink tonight", "dropout_risk"),
        ("we verloren ons kindje met 14 weken", "grief"),
        (
            "she hasn't answered anyone since friday and her phone goes straight to voicemail",
            "concern_for_other",
        ),
        (
            "she's been bleeding a lot for hours and now she's not answering her door",
            "concern_for_other",
        ),
        ("they'll kick me out of the programme if I fail", "dropout_risk"),
        ("zij willen mij eruit gooien vanwege het bsa", "dropout_risk"),
    ],
)
def test_needs_the_second_wave_found_missing(text: str, theme: str) -> None:
    """Blind sets 377-380 (measured unseen) and a role-play: each was missed, or read as
    someone else's (the last but one); the last is a guard (found before, beside an unsafe
    home)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "zij willen mij eruit gooien vanwege het bsa",
        "ze gooien me eruit bij de opleiding",
        "the IND can take my residence permit",
        "de IND kan mijn verblijfsvergunning intrekken als ik niet genoeg studiepunten haal",
    ],
)
def test_put_out_of_a_programme_or_a_permit_is_no_unsafe_home(text: str) -> None:
    """A role-play (round 67): "zij willen mij eruit gooien" about the binding study advice
    put Veilig Thuis and 112 first, with the police as the next step; "the IND can take my
    residence permit" did the same for an international student."""
    assert "unsafe_situation" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn ouders gooien me eruit als ik stop met de opleiding",
        "he threw me out last night, I slept in the car",
        "he took my residence permit and my passport",
        "hij heeft me eruit gegooid, ik slaap nu bij vrienden",
    ],
)
def test_put_out_of_a_home_stays_unsafe(text: str) -> None:
    """Guard: a home lost, or papers taken by a person, stay an unsafe situation."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("sinds zaterdag", True),
        ("zaterdag", True),
        ("gisteren", True),
        ("last night", True),
        ("3 dagen geleden", True),
        ("twee weken geleden", False),
        ("vorige maand", False),
        ("nee, vorig jaar", False),
    ],
)
def test_a_time_answers_the_question_of_the_past_week(
    builtin: Catalog, said: str, value: bool
) -> None:
    """A role-play (round 67, intake 2): after a student told of a rape, "sinds zaterdag"
    at "Is het in de afgelopen week gebeurd?" was refused with "expected yes or no"."""
    assert read_answer(builtin, "sexual_past_week", said) is value


@pytest.mark.parametrize(
    "said", ["sinds zaterdag", "zei ik toch. sinds zaterdag", "since saturday"]
)
def test_since_a_weekday_is_a_short_while(builtin: Catalog, said: str) -> None:
    """The same role-play: "zei ik toch. sinds zaterdag" at "Hoe lang speelt dat al?" was
    refused twice."""
    assert read_answer(builtin, "sleep_duration", said) == "short"


@pytest.mark.parametrize(
    "said",
    [
        "I've been saving sleeping pills, just in case",
        "ik spaar wel pillen op, voor het geval dat",
        "ik heb touw gekocht",
        "I wrote a goodbye letter",
        "no... well. I have been saving some of my sleeping pills in a drawer. just in case. I didnt take them",
    ],
)
def test_a_preparation_said_in_words_is_a_yes(builtin: Catalog, said: str) -> None:
    """A role-play (round 67, intake 2): saving sleeping pills "just in case" at "have you
    done or prepared anything ...?" was "don't know" on the record."""
    assert read_answer(builtin, "safety_behaviour", said) is True


@pytest.mark.parametrize(
    "said",
    [
        "nee, ik heb geen touw gekocht",
        "I bought pills for my headache",
        "nee",
        "no, I never saved pills",
        "no I havent saved any pills or anything",
    ],
)
def test_no_preparation_is_no_yes(builtin: Catalog, said: str) -> None:
    """Guard: a denied or ordinary purchase is no preparation."""
    assert read_answer(builtin, "safety_behaviour", said) is not True


@pytest.mark.parametrize(
    "said", ["years ago yes, not now", "vroeger wel, nu niet meer", "used to, not anymore"]
)
def test_self_harm_long_ago_and_not_now_is_a_no(builtin: Catalog, said: str) -> None:
    """A role-play (round 67, intake 1): "years ago yes, not now" at "do you sometimes
    hurt yourself ...?" was "don't know", and the crisis panel opened for a student whose
    self-harm ended five years ago."""
    assert read_answer(builtin, "mood_self_harm", said) is False


@pytest.mark.parametrize(
    "said",
    [
        "ja vroeger, en soms nog steeds",
        "vroeger wel, nu niet meer, alleen vorige week nog",
        # found reviewing the round's diff: "not as often" still happens
        "vroeger wel, nu niet meer zo vaak",
        "vroeger wel, nu niet meer zoveel",
    ],
)
def test_self_harm_that_is_also_now_is_no_no(builtin: Catalog, said: str) -> None:
    """Guard: a past with anything of now is not a no."""
    assert read_answer(builtin, "mood_self_harm", said) is not False


def test_the_question_of_the_past_week_names_the_72_hours(builtin: Catalog) -> None:
    """A role-play (round 67, intake 2): the morning-after pill and PEP help only within 72
    hours; the help at the question said only "the first week"."""
    question = builtin.question("sexual_past_week")
    assert question is not None and question.help is not None
    assert "72" in question.help.nl and "PEP" in question.help.nl
    assert "72" in question.help.en and "PEP" in question.help.en


# --- the third role-play and the hostile round's low findings --------------------------------


def test_a_brother_who_threatens_me_is_my_danger_not_his() -> None:
    """A role-play (round 67, intake 3): "mijn broer bedreigt me" matched a pattern of a
    brother who is threatened ("bedreigd" shares its stem) and said "call 112 for that
    person"; the "me" right after names the student."""
    found = themes_of("mijn broer bedreigt me als ik het iemand vertel")
    assert "unsafe_situation" in found and "concern_for_other" not in found


def test_a_brother_who_is_threatened_stays_a_concern() -> None:
    """Guard: the passive names the brother as the one in danger."""
    assert "concern_for_other" in themes_of("mijn broer is bedreigd door een gast uit de buurt")


@pytest.mark.parametrize(
    "text", ["my sister's husband is going to kill her", "hij gaat haar vermoorden als ze weggaat"]
)
def test_someone_going_to_kill_her_is_a_concern(text: str) -> None:
    """Checked beside the role-play: a sister's husband "going to kill her" gave nothing."""
    assert "concern_for_other" in themes_of(text)


def test_every_minute_of_the_week_is_day_and_night() -> None:
    """A hostile round (round 67, L2): "mon-sun 00:00-24:00" on a crisis line was warned
    about as not available day and night."""
    from steunwijzer.core.hours import build_hours

    assert build_hours([("mon-sun", ["00:00-24:00"])], "x").always
    assert build_hours([("mon-fri", ["00:00-24:00"]), ("sat-sun", ["00:00-24:00"])], "x").always
    assert build_hours([("mon-sun", ["00:00-12:00", "12:00-24:00"])], "x").always


@pytest.mark.parametrize(
    "spans",
    [
        [("mon-sun", ["00:00-23:59"])],
        [("mon-sat", ["00:00-24:00"])],
        [("mon-sun", ["00:00-24:00"]), ("holidays", ["closed"])],
    ],
)
def test_a_gap_in_the_week_is_not_day_and_night(spans: list[tuple[str, list[str]]]) -> None:
    """Guard: a minute closed, a day closed or holidays closed is no 24/7."""
    from steunwijzer.core.hours import build_hours

    assert not build_hours(spans, "x").always


def test_every_saturday_is_how_often_not_since_when(builtin: Catalog) -> None:
    """Found reviewing the round's diff: "elke zaterdag" at "how long has this been going
    on?" was "less than two weeks", read as "since Saturday"."""
    from steunwijzer.core.answers import AnswerError

    try:
        said = read_answer(builtin, "sleep_duration", "elke zaterdag")
    except AnswerError:
        said = None
    assert said != "short"


# --- the review: an outsider's sentences on this round's rules ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ik zeg steeds dat ik niet dood wil. Maar klopt dat nog wel? Ik twijfel.",
        "nee ik wil niet dood... denk ik. eerlijk gezegd weet ik het niet meer",
        "I don't want to die. At least I think I don't. Lately I can't tell anymore.",
        "Ik heb gezegd dat ik er geen einde aan wil maken, maar daar ben ik niet meer zo zeker van.",
    ],
)
def test_a_denial_doubted_after_it_is_no_denial(text: str) -> None:
    """Reviewing round 67, sentences written by an outsider: the doubt stood in a sentence
    after the denial, and nothing was recognised."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "no, I'm sure I don't want to die",
        "nee ik wil niet dood hoor, ik denk dat ik gewoon moe ben",
        "I'm not suicidal, I think I just need a break from uni",
        "Ik wil niet dood, ik wil gewoon slapen. Ik weet niet meer wat ik moet doen.",
    ],
)
def test_a_denial_with_other_thoughts_after_it_stays_a_denial(text: str) -> None:
    """Guard (the first line failed with the doubt rule as first written: the answering
    "no" was read as the "not" of "not sure")."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I told him to stop. He kept going anyway. I froze.", "sexual_violence"),
        ("Ik was dronken. Ik zei nee. Hij luisterde niet. ik schaam me zo", "sexual_violence"),
        (
            "I sent her some private pics. She promised to delete them. Now they're in a group chat",
            "sexual_violence",
        ),
        ("Ze hebben me van de opleiding gestuurd na die fraudezaak.", "dropout_risk"),
        ("De examencommissie heeft mijn inschrijving beëindigd.", "dropout_risk"),
    ],
)
def test_the_outsiders_review_sentences_are_found(text: str, theme: str) -> None:
    """Reviewing round 67, an outsider's sentences: each gave nothing recognised."""
    assert theme in themes_of(text)
