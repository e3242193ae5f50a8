"""Round 69: outsiders' sets (set390 onwards: night and gig work, young carers, gambling
and crypto losses, relationships, faith and religious minorities, chronic pain and long
illness), two role-plays, a hostile round and the fixes they asked for. Each test names
its source and fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest

from .conftest import invoke
from .reading import builtin_vocabulary, read_answer, themes_of

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.core.model import Catalog
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.triage import Reason


# --- a past act said not to have been meant to die, and over ------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "nee. vroeger gesneden, maar dat was niet om dood te gaan. nu niet meer",
        "nee, vroeger gekrast maar niet om dood te gaan, nu ook niet meer",
        "no. i used to cut but that wasnt to die. not anymore",
        "no. i used to cut but that wasn't meant to kill myself",
    ],
)
def test_a_past_act_not_meant_to_die_is_a_no_at_the_behaviour_question(
    builtin: Catalog, answer: str
) -> None:
    """Round 68's left-open list: "... maar dat was niet om dood te gaan. nu niet meer" at
    "iets gedaan of voorbereid om een einde aan je leven te maken?" was "don't know", and
    the screen said "direct gevaar: bel nu 112"; the same words without "nu niet meer" were
    the no they say. The cutting itself is heard beside the answer (self-harm)."""
    assert read_answer(builtin, "safety_behaviour", answer) is False


@pytest.mark.parametrize(
    "answer",
    [
        "nee maar ik heb pillen gespaard, niet om dood te gaan. nu niet meer",
        "nee, niet om dood te gaan, maar nu niet meer",
    ],
)
def test_means_gathered_or_a_but_keep_the_doubt(builtin: Catalog, answer: str) -> None:
    """Guard: pills saved are preparation whatever the student calls them, and a "maar"
    before the "not anymore" is no closing of a past act."""
    assert read_answer(builtin, "safety_behaviour", answer) == "unknown"


# --- "reachable now" names only what is open now --------------------------------------------

_OFFICE_LINE = """schema_version: 1
offerings:
  - id: kantoorlijn
    crisis: true
    provider: institution
    name: {nl: Kantoorcrisislijn, en: Office crisis line}
    description: {nl: Alleen op werkdagen., en: Weekdays only.}
    tiers: [acute]
    themes: [suicidal_thoughts]
    languages: [nl]
    contact: {phone: ['030-1234567']}
    hours: {mon-fri: '09:00-17:00'}
    how_to_access: {nl: Bel op werkdagen., en: Call on weekdays.}
"""


def test_lines_said_after_a_failed_write_are_those_open_now(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The hostile round of round 68: with the output lost (/dev/full), stderr said
    "Crisislijnen, nu bereikbaar: ... Kantoorcrisislijn (030-1234567)" on a Sunday night,
    a line that is closed then; 113 and 112 are open day and night."""
    (tmp_path / "offerings.yaml").write_text(_OFFICE_LINE, encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "a", "text": "ik wil dood"}\n', encoding="utf-8")
    layers = ["-c", "builtin", "-c", str(tmp_path), "--at", "2026-12-06T22:00"]
    result = invoke(runner, "batch", str(rows), *layers, "--output", "/dev/full")
    assert result.exit_code != 0
    said = result.stderr
    assert "nu bereikbaar" in said and "113" in said, said
    assert "030-1234567" not in said, said


def test_the_screen_s_last_lines_leave_a_closed_line_out(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The same rule where the lines are printed last on screen (render/screen.py): a
    referral closed now is not listed as reachable."""
    from dataclasses import replace

    from steunwijzer.render.screen import crisis_phone_lines

    contacts = index.crisis_panel(("suicidal_thoughts",), "nl")
    first = contacts[0]
    closed = [replace(first, open_now=False), *contacts[1:]]
    phones = first.offering.contact.phones
    assert phones and phones[0] in crisis_phone_lines(contacts, "nl")
    assert first.offering.name.nl not in crisis_phone_lines(closed, "nl")


# --- words from this round's blind sets -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set395 (chronic pain): pills laid out and counted; "not even joking" said of kms
        (
            "Ik heb gisteravond al mijn pijnstillers op een rij gelegd. Niks mee gedaan hoor.",
            "suicidal_thoughts",
        ),
        (
            "not even joking anymore when i say kms. the pain hasn't stopped in 9 days",
            "suicidal_thoughts",
        ),
        # set394 (faith): a prayer to be taken in one's sleep; a brother's threat
        ("Soms bid ik dat God me 's nachts gewoon meeneemt.", "suicidal_thoughts"),
        ("mn broer zei dat er 'iets' gebeurt als ik niet stop met hem", "unsafe_situation"),
        # set395: a pet given away with a goodbye in it; pictures taken while half out
        (
            "yesterday she gave me her cat and said i won't have to worry about her anymore",
            "concern_for_other",
        ),
        (
            "iemand heeft foto's van me gemaakt toen ik door mijn medicatie half buiten westen "
            "was, en die gaan nu rond",
            "sexual_violence",
        ),
        # set391 (young carers): a brother saying the family would be better off
        (
            "since mum got sick he keeps saying stuff like 'you'd all be better off'",
            "concern_for_other",
        ),
        # a role-play: a railway line one catches oneself staring at
        (
            "There is a train line behind our building and I catch myself looking at it.",
            "suicidal_thoughts",
        ),
        ("ik betrap mezelf erop dat ik naar het spoor sta te kijken", "suicidal_thoughts"),
    ],
)
def test_this_round_s_missed_risk_is_found(text: str, theme: str) -> None:
    """Sentences of this round's blind sets and role-plays, measured unseen on round 68's
    end: nothing acute was found in them (or only a specific theme)."""
    assert theme in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb mijn medicijnen voor de week in de pillendoos gedaan",
        "I catch myself looking at the bridge designs in my engineering book",
        "ik bid elke avond voor mijn oma",
        "she gave me her cat for the weekend while she visits her parents",
        "i was even joking about it with my sister lol",
    ],
)
def test_near_misses_of_the_new_words_stay_harmless(text: str) -> None:
    """Guard: the words around each new pattern, without the risk in them."""
    assert not {"suicidal_thoughts", "concern_for_other", "self_harm"} & themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # set393: a housemate's joke about socks, with a laughing face
        "mn huisgenoot zei net dat ze zichzelf van kant maakt als haar vriend nog één keer "
        "zijn sokken in de woonkamer laat liggen 😂",
    ],
)
def test_a_joke_and_a_research_question_are_not_acute(text: str) -> None:
    """Round 69's blind sets: this came out acute on round 68's end. (A research question
    "whether X can lead to suicidal thoughts" was made a figure too, and taken back: an
    outsider's "For my thesis I'm studying whether stress can lead to suicidal thoughts.
    It can. I'm having them right now and I have a plan." was lost with it.)"""
    assert not {"suicidal_thoughts", "concern_for_other"} & themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben bang dat mijn schulden tot zelfmoordgedachten leiden, ik denk er elke dag aan",
        "For my thesis I'm studying whether stress can lead to suicidal thoughts. It can. I'm "
        "having them right now and I have a plan.",
        "i wonder if my gambling could lead to suicide, i keep thinking about ending it",
        "ze maakt zichzelf van kant als hij nog één keer weggaat, ze heeft al pillen",
    ],
)
def test_own_thoughts_beside_the_figures_stay_acute(text: str) -> None:
    """Guard: a fear of one's own, or no laugh, keeps the risk."""
    assert {"suicidal_thoughts", "concern_for_other"} & themes_of(text), themes_of(text)


# --- role-play A: grief, a denial inside a story, chasing losses ---------------------------


def _immediate(text: str) -> bool:
    found = builtin_vocabulary().read(text).findings
    return any(f.immediate for f in found if f.theme == "suicidal_thoughts")


def test_thinking_about_death_a_lot_now_is_no_moment_of_danger() -> None:
    """A role-play (intake 2): "my younger brother died ... so I think about death a lot
    now, about him. But not wishing I was dead myself" made the panel say "immediate
    danger, do not leave the student alone"; "a lot now" is these days, not this moment.
    The thought itself stays (urgency soon): the safety questions ask."""
    text = (
        "Well, my younger brother died in a car accident two weeks ago, so I think about "
        "death a lot now, about him."
    )
    assert "suicidal_thoughts" in themes_of(text)
    assert not _immediate(text)
    assert not _immediate("ik denk nu veel aan de dood")


@pytest.mark.parametrize(
    "text", ["i want to die now", "ik wil nu dood", "ik maak er nu een eind aan"]
)
def test_a_moment_of_now_stays_immediate(text: str) -> None:
    """Guard: "now" said as this moment keeps the urgency."""
    found = builtin_vocabulary().read(text).findings
    assert any(f.immediate for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "I felt like I would not survive it. But ending my life, no, that I never thought about.",
        "dood willen, nee, daar heb ik nooit aan gedacht",
        "ending my life, no, never",
    ],
)
def test_a_denial_after_the_words_in_a_story_is_a_denial(text: str) -> None:
    """A role-play (intake 2): "But ending my life, no, that I never thought about" was
    counted as suicidal thoughts, and the grieving student was asked the same question
    three times."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "i want to end my life, no, that is not a joke",
        "ik wil dood, nee dat is geen grap",
        "ik wil dood nee dat meen ik niet",
        "I want to end my life, no one would notice",
        # this round's own review: a first version read each of these as a denial
        "I want to die, no never felt so sure of anything",
        "ik wil dood, nee, nooit gedacht dat ik dit zou schrijven",
        "ik wil er een eind aan maken, nee dat heb ik nooit aan iemand verteld",
        "ik wil gewoon dood, nee nooit meer wakker worden",
    ],
)
def test_a_no_that_means_it_or_takes_it_back_is_no_denial(text: str) -> None:
    """Guard: "no, that is not a joke" says it is meant; "nee dat meen ik niet" takes it
    back, and a taken-back wish is still asked about."""
    assert "suicidal_thoughts" in themes_of(text)


def test_chasing_losses_is_gambling() -> None:
    """A role-play (intake 4): "I just need to win back the money before my partner finds
    out" named no need at all."""
    assert "addiction" in themes_of("I just need to win back the money before she finds out")
    assert "addiction" in themes_of("ik moet eerst het geld terugwinnen")


def test_money_won_back_from_a_landlord_is_no_gambling() -> None:
    """Guard: money won back is not chasing losses; and "eerst" is no honour ("eer")."""
    assert "addiction" not in themes_of("we won back the money from the landlord")
    assert "unsafe_situation" not in themes_of("ik moet eerst het geld terugwinnen")
    assert "unsafe_situation" in themes_of("mijn broers willen de eer van de familie herstellen")


# --- role-play B: a threat by a brother, a loss that is no death, a typo --------------------


@pytest.mark.parametrize("text", ["mijn broer heeft me bedreigd", "mijn zus heeft me geslagen"])
def test_a_sibling_who_threatened_me_is_my_danger(text: str) -> None:
    """A role-play (intake 2): "mijn broer heeft me bedreigd" was concern for the brother,
    and the panel asked whether "die persoon" could be reached."""
    found = themes_of(text)
    assert "unsafe_situation" in found and "concern_for_other" not in found, found


def test_a_mother_who_was_hit_stays_a_concern() -> None:
    """Guard: no "me" between them: the mother is the one hit."""
    assert "concern_for_other" in themes_of("mijn moeder is geslagen door mijn vader")


@pytest.mark.parametrize(
    "text",
    [
        "kinda? niet dood ofzo maar mijn familie praat niet meer met me",
        # (the English was not weighed as a wish on round 68's end either)
        "not dead or anything but my family doesn't talk to me anymore",
    ],
)
def test_a_loss_that_is_no_death_is_no_death_wish(text: str) -> None:
    """A role-play (intake 2): the second net weighed "dood ofzo maar ... niet meer" as
    suicidal thoughts and put 113 first, for a student whose risk was his family."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_not_dead_but_not_here_either_stays_a_wish() -> None:
    """Guard: "niet dood, maar er ook niet meer zijn" is the wish itself."""
    assert "suicidal_thoughts" in themes_of("ik wil niet dood maar ik wil er ook niet meer zijn")


def test_a_two_letter_slip_in_the_is_read() -> None:
    """A role-play (intake 1): "whats the point" was found, "whats teh point" nothing."""
    assert "suicidal_thoughts" in themes_of("whats teh point anymore")


# --- role-play B: images are no rape -----------------------------------------------------------


def _panel(builtin: Catalog, index: ReferralIndex, reasons: list[Reason]) -> str:
    from rich.console import Console

    from steunwijzer.render.common import crisis_panel

    screen = io.StringIO()
    console = Console(file=screen, width=80, force_terminal=False)
    contacts = index.crisis_panel(("sexual_violence",), "en")
    crisis_panel(console, builtin, "soon", contacts, "en", ("sexual_violence",), reasons)
    return " ".join(screen.getvalue().split())


def _reason(text: str) -> Reason:
    from steunwijzer.core.triage import Reason

    finding = next(
        f for f in builtin_vocabulary().read(text).findings if f.theme == "sexual_violence"
    )
    return Reason("text", text, ("sexual_violence",), finding=finding)


def test_a_threat_to_post_pictures_gets_the_advice_for_images(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play (intake 3): "he said if i break up he'll post the pics he has of me"
    had the box of a rape ("72 hours, medication against pregnancy and HIV, before
    showering"); now: pay nothing, keep the screenshots, Helpwanted, the police."""
    text = _panel(builtin, index, [_reason("he said if i break up he'll post the pics of me")])
    assert "Helpwanted" in text and "screenshots" in text, text
    assert "72 hours" not in text, text


def test_an_assault_keeps_the_72_hours(builtin: Catalog, index: ReferralIndex) -> None:
    """Guard: an assault, or an answer without words, keeps the centre's 72 hours."""
    text = _panel(builtin, index, [_reason("he raped me at the party last weekend")])
    assert "72 hours" in text, text
    assert "72 hours" in _panel(builtin, index, [])


def test_the_catalogue_has_help_for_images(runner: CliRunner) -> None:
    """The role-play's handout named only the centre "after rape or sexual assault";
    Helpwanted (Offlimits) serves sexual violence now."""
    import json

    result = invoke(runner, "lookup", "--theme", "sexual_violence", "--json", "--limit", "20")
    assert result.exit_code == 0, result.output
    ids = [r["id"] for r in json.loads(result.stdout)["referrals"]]
    assert "helpwanted" in ids, ids


# --- the hostile round: risk said around a denial, an act in progress, answers alone --------


@pytest.mark.parametrize(
    "text",
    [
        "it's not that I don't want to die",
        "het is niet dat ik niet dood wil",
        "I never said I didn't want to die",
        "I don't not want to die",
        "ik heb geen plan, maar wel de pillen al liggen",
        "ik ben niet van plan om mezelf iets aan te doen, maar ik heb wel de pillen",
        "ik ben niet bang om dood te gaan, ik wil het",
        "mijn docent zei dat ik geen zelfmoordgedachten mag hebben, maar ik heb ze wel",
        "mijn zus wil dood en ik ook",
        "my sister wants to die and so do i",
    ],
)
def test_a_wish_said_around_a_denial_or_another_s_is_the_student_s(text: str) -> None:
    """The hostile round: two negations, a "but" after a plan denied and the student's
    own wish after a sister's each came out as nothing recognised, or as concern for the
    sister only."""
    assert "suicidal_thoughts" in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "it's not that i want to die, i just want a break",
        "ik ben niet bang om dood te gaan",
        "my sister went to the party and so did i",
        "mijn pillen liggen al in de kast",
    ],
)
def test_a_plain_denial_stays_a_denial(text: str) -> None:
    """Guard: one negation still denies; the words of the new patterns alone are nothing."""
    assert "suicidal_thoughts" not in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik sta op het dak en wil springen",
        "I'm on the roof and want to jump",
        "I'm standing on the train tracks",
        "ik sta op het spoor",
        "ik heb net mijn polsen doorgesneden",
    ],
)
def test_an_act_in_progress_is_immediate(text: str) -> None:
    """The hostile round: each came out "soon, arrange it today"; "ik sta nu op de brug"
    was immediate already."""
    assert _immediate(text), builtin_vocabulary().read(text).findings


def test_answers_without_the_question_before_them_still_count(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The hostile round: {"mood_weight": 10} alone and exams_fear without area_study were
    dropped without a word: prevention, routine, no reason. An answer says its question
    was asked; given alone, it counts."""
    import csv

    rows = tmp_path / "gate.csv"
    rows.write_text("id,mood_weight,study_worries\na,10,\nb,,exams_fear\n", encoding="utf-8")
    result = invoke(runner, "batch", str(rows), "--format", "csv")
    assert result.exit_code == 0, result.output
    out = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert out["a"]["tier"] == "specific" and out["a"]["urgency"] == "soon", out["a"]
    assert "performance_anxiety" in out["b"]["themes"], out["b"]


def test_an_answer_after_a_no_to_its_question_stays_unread(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Guard: "nee" to the question before it and a follow-up anyway is a contradiction the
    row states itself; only an acute follow-up counts there (round 8)."""
    import csv

    rows = tmp_path / "gate.csv"
    rows.write_text("id,area_mood,mood_weight\nc,nee,10\n", encoding="utf-8")
    result = invoke(runner, "batch", str(rows), "--format", "csv")
    out = next(csv.DictReader(io.StringIO(result.stdout)))
    assert out["tier"] == "prevention", out


# --- an outsider's edge set on this round's rules, and the second wave of blind sets --------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the edge set: the rules' own paraphrases, missed by the first version
        ("ik heb net al mijn pijnstillers geteld, 43 stuks. genoeg denk ik", "suicidal_thoughts"),
        (
            "Op dat feest was ik half buiten bewustzijn en later zag ik dat iemand foto's van "
            "mij had gemaakt",
            "sexual_violence",
        ),
        ("het is niet zo dat ik niet dood wil", "suicidal_thoughts"),
        ("It's not like I do not want to be dead", "suicidal_thoughts"),
        ("Nee, ik heb geen plan, maar de pillen liggen wel in mijn la", "suicidal_thoughts"),
        ("i don't have a plan or anything but i do have the pills", "suicidal_thoughts"),
        # set397 (student parents): a mother who "passed", a father on intensive care, a
        # wrist squeezed till it bruises, a shelter whose place may not be told
        ("then she got diagnosed in march and she passed 3 weeks ago", "grief"),
        (
            "my partner left when i was 7 months pregnant, then my mum passed 3 weeks ago",
            "grief",
        ),
        (
            "mijn vader ligt op de IC en de artsen zeggen dat het een kwestie van dagen is",
            "grief",
        ),
        ("the doctors say it's a matter of days now", "grief"),
        (
            "some nights i squeeze my own wrist till it bruises so i dont scream at her",
            "self_harm",
        ),
        (
            "ik zit sinds vorige week met mijn dochtertje in de opvang en ik mag eigenlijk "
            "niemand vertellen waar. Hij zoekt me.",
            "unsafe_situation",
        ),
    ],
)
def test_the_second_wave_s_missed_risk_is_found(text: str, theme: str) -> None:
    """An outsider's edge set on this round's rules and set397, measured on the first
    fixes (6c53ea8): each was missed."""
    assert theme in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("she passed the exam 3 weeks ago", "grief"),
        ("my sister passed her driving test two weeks ago", "grief"),
        ("de verhuizing is een kwestie van dagen, de artsen in mijn familie helpen mee", "grief"),
        ("ik werk in de vrouwenopvang als bijbaan", "unsafe_situation"),
        (
            "ik heb al mijn medicijnen voor de week geteld en in het doosje gedaan",
            "suicidal_thoughts",
        ),
        (
            "we organiseren met de vereniging een sponsorloop voor 113 zelfmoordpreventie, "
            "mogen we posters ophangen in de hal?",
            "suicidal_thoughts",
        ),
        (
            "mijn moeder maakt zichzelf van kant als mijn vader nog één keer zijn sokken laat "
            "slingeren 😂",
            "concern_for_other",
        ),
        (
            "my roommate says she'll kill herself if her bf leaves his socks on the floor one "
            "more time 😂",
            "concern_for_other",
        ),
    ],
)
def test_the_second_wave_s_near_misses_stay_harmless(text: str, theme: str) -> None:
    """Guards and the edge set's and set396's false alarms: a pass, a move, a job, a weekly
    pill box, a charity run for the suicide line, a sock joke told either way round (the
    last three were acute on 6c53ea8)."""
    assert theme not in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb 113 zelfmoordpreventie gebeld, ik wil dood",
        "kms if they move the 9am to 8am again lmao",
        "my grandpa died when i was 7 and i still miss him every day, i want to join him",
    ],
)
def test_the_suicide_line_called_and_the_student_s_own_joke_stay_acute(text: str) -> None:
    """Guard: the student's own "kms if ... lmao" stays acute (docs/vocabulary.md); the
    sponsor-run figure does not hide a call to 113 with a wish beside it."""
    assert "suicidal_thoughts" in themes_of(text), themes_of(text)


def test_months_pregnant_is_no_childhood() -> None:
    """set397: "when i was 7 months pregnant" read as "when I was 7" and set a mother's
    death three weeks ago aside as a loss long past; "when i was 7" alone still is."""
    from steunwijzer.core.matchchecks import _long_ago
    from steunwijzer.core.textcontext import Tokens

    pregnant = Tokens("my partner left when i was 7 months pregnant and my mum passed")
    assert _long_ago(pregnant, 0) is None
    assert _long_ago(Tokens("my grandpa died when i was 7"), 0) is not None
    assert "grief" not in themes_of("my aunt died of cancer when i was 7")


# --- the third role-play (on the first fixes): a grieving student's clear noes ---------------


@pytest.mark.parametrize(
    "answer",
    [
        "No. I've mostly been sorting out her things with my mum, her clothes and letters, "
        "that kind of thing. Nothing like that for me.",
        "No. Her letters.",
        "nee. vooral haar brieven opgeruimd met mijn moeder",
    ],
)
def test_someone_else_s_letters_are_no_preparation(builtin: Catalog, answer: str) -> None:
    """A role-play (round 69, intake 1 of the third): a grandmother's letters, sorted with
    her mother, made "No" at "have you done or prepared anything?" doubt, and the panel
    said "immediate danger: call 112 or 113 now"."""
    assert read_answer(builtin, "safety_behaviour", answer) is False


@pytest.mark.parametrize(
    "answer",
    ["no but i wrote her a letter", "nee, ik heb haar een brief geschreven", "no. my letters"],
)
def test_letters_written_or_one_s_own_stay_doubt(builtin: Catalog, answer: str) -> None:
    """Guard: a letter written (to her) or one's own letters are the preparation asked for."""
    assert read_answer(builtin, "safety_behaviour", answer) == "unknown"


def test_a_no_said_again_in_its_own_sentence_is_a_no(builtin: Catalog) -> None:
    """The same intake: "No, never. It's more that I keep replaying her last weeks. ... I've
    never thought about ending my life, no." was doubt (the "that" of another sentence read
    as "I don't think that ..."), and opened the method, intent and plan questions."""
    answer = (
        "No, never. It's more that I keep replaying her last weeks. My mum says that's "
        "normal, that it's grief. I've never thought about ending my life, no."
    )
    assert read_answer(builtin, "safety_thoughts", answer) is False
    assert (
        read_answer(builtin, "safety_thoughts", "nee. ik denk niet dat ik er niet aan gedacht heb")
        == "unknown"
    )


def test_sextortion_where_i_am_to_pay_is_my_danger() -> None:
    """The third role-play, intake 2: "mn ex dreigt naaktfilmpjes online te zetten als ik
    hem nie 500 euro stuur" was concern for someone else ("is die persoon nu bereikbaar?
    bel 112") and the box of a rape; the student is the one to pay, and the words are
    about images."""
    from steunwijzer.core.textassault import images_only

    text = "mn ex dreigt naaktfilmpjes online te zetten als ik hem nie 500 euro stuur"
    found = themes_of(text)
    assert "concern_for_other" not in found and "sexual_violence" in found, found
    words = [
        f.words for f in builtin_vocabulary().read(text).findings if f.theme == "sexual_violence"
    ]
    assert images_only(words), words


def test_a_sister_who_is_to_pay_stays_a_concern() -> None:
    """Guard: "als ze hem niet betaalt" names her as the one threatened."""
    found = themes_of("hij zet haar foto's online als ze hem niet betaalt, ik maak me zorgen")
    assert "concern_for_other" in found, found


def test_a_pet_given_away_in_case_is_a_warning_sign() -> None:
    """The third role-play (in English, found there): "ik heb mijn kat aan mijn zus gegeven,
    voor het geval dat" was nothing in Dutch."""
    assert "suicidal_thoughts" in themes_of(
        "ik heb mijn kat aan mijn zus gegeven, voor het geval dat"
    )


@pytest.mark.parametrize(
    "text",
    [
        "No, I never thought about it. Until yesterday. Now I've looked up how and I have a date.",
        "Niet dood ofzo, maar ik wil het wel zijn. Elke dag meer.",
        "For my thesis I'm studying whether stress can lead to suicidal thoughts. It can. I'm "
        "having them right now and I have a plan.",
    ],
)
def test_risk_said_in_the_shape_of_this_round_s_exceptions_is_found(text: str) -> None:
    """An outsider's set written against this round's exceptions (a denial after the
    words, "niet dood ofzo", a research question): 29 of 30 found and none lost against
    round 68's end after these two patterns, where the first fixes lost the thesis line."""
    assert "suicidal_thoughts" in themes_of(text), themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I looked up how to get to Utrecht and I have a date on friday",
        "ik ben niet dood maar ik wil het wel worden ooit, een oude vrouw",
    ],
)
def test_the_exceptions_own_near_misses_stay_harmless(text: str) -> None:
    """Guard: a date and a wish to grow old."""
    assert "suicidal_thoughts" not in themes_of(text), themes_of(text)
