# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 66: outsiders' sets (set361 onwards: sexual health, online life gone wrong,
gambling and crypto, a criminal record, young carers, eating disorders), two intake
role-plays in a real terminal and the fixes they asked for. Each test names its source
and fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.prompts import QuestionPrompt

from .reading import ACUTE, lookup_json, themes_of

if TYPE_CHECKING:
    from steunwijzer.core.model import Catalog


def _read(catalog: Catalog, qid: str, said: str) -> object:
    question = catalog.question(qid)
    assert question is not None
    return parse_answer(question, said)


# --- the safety screen ---------------------------------------------------------------------


def test_words_of_the_wish_beside_the_no_ask_that_question_again_at_once(
    builtin: Catalog,
) -> None:
    """A role-play (round 66, intake 2): "no... I mean what's the point, I'll never get a
    job anyway" at the wish was a plain no on the record, while the panel on the same
    screen named "what's the point" as suicidal thoughts; only the review at the end asked
    again. Words beside a no at the question itself now ask it again, before anything else."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.referrals import ReferralIndex

    from .conftest import MONDAY_2PM
    from .intake import answering

    seen: list[object] = []
    said = {"safety_wish_dead": "no... I mean what's the point, I'll never get a job anyway"}
    run_interview(builtin, answering(said, "", seen), "en", ReferralIndex(builtin, MONDAY_2PM))
    asked = [p for p in seen if isinstance(p, QuestionPrompt)]
    first, second = asked[0], asked[1]
    assert first.question.id == "safety_wish_dead" and not first.recheck
    assert second.question.id == "safety_wish_dead" and second.recheck
    assert second.previous is False
    # asked again once: the same words a second time do not loop
    assert sum(p.question.id == "safety_wish_dead" and p.recheck for p in asked) == 1


def test_a_plain_no_at_the_wish_is_asked_once(builtin: Catalog) -> None:
    """Guard: a plain "no" is not asked again."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.referrals import ReferralIndex

    from .conftest import MONDAY_2PM
    from .intake import answering

    seen: list[object] = []
    run_interview(builtin, answering({}, "", seen), "en", ReferralIndex(builtin, MONDAY_2PM))
    assert not [p for p in seen if isinstance(p, QuestionPrompt) and p.recheck]


@pytest.mark.parametrize(
    "said",
    [
        # a role-play (round 66, intake 3): a roommate who may have taken pills
        "ja nee, ik ben gewoon bang dat hij iets gedaan heeft",
        "yes no, I'm scared my roommate did something",
        "ja nee, ik ben bezorgd dat zij iets gaat doen",
    ],
)
def test_ja_nee_with_a_fear_for_someone_else_is_a_no(builtin: Catalog, said: str) -> None:
    """ "ja nee, ik ben gewoon bang dat hij iets gedaan heeft" to "have you done or prepared
    anything to end your life?" was doubt, and "direct danger: do not leave the student
    alone" for a student whose fear was for the roommate."""
    assert _read(builtin, "safety_behaviour", said) is False


@pytest.mark.parametrize(
    "said",
    [
        "ja nee",
        "ja nee, ik ben bang dat ik iets ga doen",
        "yes no, I'm afraid I did",
        # found in the review: a fear that someone finds out what the student did
        "ja nee, ik ben bang dat hij erachter komt wat ik gedaan heb",
        "yes no, I'm scared my mum finds the pills I saved",
        "yes no, I'm worried she will see my arms",
    ],
)
def test_ja_nee_stays_doubt_otherwise(builtin: Catalog, said: str) -> None:
    """Guard: a bare "ja nee", or one with the student's own act, stays doubt."""
    assert _read(builtin, "safety_behaviour", said) == UNKNOWN


def test_away_from_everyone_is_no_kind_of_wish(builtin: Catalog) -> None:
    """A role-play (round 66, intake 3): "nee, niet dood. gewoon weg van iedereen" was
    doubt, kept 113 first and "Op 1 van de veiligheidsvragen bleef het antwoord open" for a
    student whose need was an image shared without consent."""
    assert _read(builtin, "safety_wish_dead", "nee, niet dood. gewoon weg van iedereen") is False


@pytest.mark.parametrize("said", ["no, not dead, just gone", "nee, gewoon weg van alles"])
def test_just_gone_stays_doubt(builtin: Catalog, said: str) -> None:
    """Guard (round 65): gone, or away from everything, is still doubt."""
    assert _read(builtin, "safety_wish_dead", said) == UNKNOWN


# --- free text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set362: a counsellor's note naming the student and nobody else; the sextortion
        # (acute) kept the reading as the student's own words from adding her thoughts
        (
            "Student reports she was targeted by sextortion via Snapchat and paid twice. She indicates she has thought about ending her life in recent days; she denies a concrete plan.",
            "suicidal_thoughts",
        ),
        # set361, set364: stopping, the programme unnamed
        ("already emailed my SLB'er that I'm stopping after this week", "dropout_risk"),
        (
            "VOG afgewezen voor de pabo. Ik denk dat ik maar stop voor de kerst, heeft geen zin meer om door te gaan voor iets wat ik nooit mag worden",
            "dropout_risk",
        ),
        # set361, set362, set366: intimate images shared
        (
            "Studente geeft aan dat haar ex intieme foto's van haar heeft gedeeld in de groepsapp van haar jaar.",
            "sexual_violence",
        ),
        ("he posted my underwear pics in a group chat without asking me", "sexual_violence"),
        (
            "mijn ex heeft filmpjes van ons samen in een telegram groep gezet, ik heb nooit toestemming gegeven",
            "sexual_violence",
        ),
        # set365: the marks of a lighter
        (
            "started wearing long sleeves again. the lighter marks are easier to deal with than the feeling",
            "self_harm",
        ),
        # set366, set365: a housemate who throws up blood; bandages on both forearms
        (
            "mijn huisgenoot braakt elke avond na het eten en vanochtend zag ik bloed in de wc",
            "concern_for_other",
        ),
        (
            "Huisgenote draagt al weken verband om beide onderarmen en zegt dat het van de kat is",
            "concern_for_other",
        ),
        # set362: hiding now; a viewer who found out which uni
        ("I'm hiding in the toilet right now, I don't want to go outside", "unsafe_situation"),
        (
            "a viewer from my stream figured out which uni I go to from a background in one of my vods",
            "unsafe_situation",
        ),
        # a role-play (round 66, intake 2): a lender's threat, the verb after "langs"
        ("hij appt me elke dag. zegt dat hij langs komt als ik niet betaal", "unsafe_situation"),
        # specific needs the sets found missing
        ("ik heb al mijn duo geld vergokt op een app", "addiction"),
        ("hoe stop ik met wedden op voetbal?? heb mezelf al 3x laten uitsluiten", "addiction"),
        ("lootboxes in fc24, heb er dit jaar zeker 1200 euro in gestoken", "addiction"),
        ("every time i go out i end up at chemsex parties", "addiction"),
        ("is there anyone here who knows about ED recovery? asking for me", "eating"),
        ("s nachts eet ik alles op wat er in de kast ligt, hele pakken koek", "eating"),
        ("I keep 'forgetting' lunch and dinner", "eating"),
        ("the thought I get after visiting mum at the verpleeghuis", "family_circumstances"),
        ("mn moeder herkent me niet eens meer", "family_circumstances"),
        ("My brother got 5 years. Visiting is on Wednesday mornings", "family_circumstances"),
    ],
)
def test_needs_the_blind_sets_found_missing(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # 'weet ..2 waar' read through a not (round 65's note, left open then)
        ("gelukkig weet hij niet waar ik nu woon", "unsafe_situation"),
        (
            "I don't know where you live, can you send me your address for the card?",
            "unsafe_situation",
        ),
        ("he doesn't know where my parents live, thank god", "unsafe_situation"),
        ("they don't know where my mum works and I want to keep it that way", "unsafe_situation"),
        # guards beside the new patterns
        ("my lighter burns my thumb when I light candles", "self_harm"),
        (
            "I'm quitting... my part-time job at the bar, not uni! finally more time to study",
            "dropout_risk",
        ),
        ("we wedden op wie het eerst klaar is met de scriptie", "addiction"),
        ("we played hide and seek and I was hiding in the closet for an hour", "unsafe_situation"),
        ("ik stop na de kerst met mijn bijbaan bij de Jumbo", "dropout_risk"),
    ],
)
def test_ordinary_lines_near_the_new_patterns_stay_calm(text: str, theme: str) -> None:
    """The three English lines of not knowing where were threats before this round (the
    Dutch one is a guard: its word order kept it calm); the rest are guards."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "hij zegt dat hij weet waar ik woon",
        "he said he knows where I live",
        "they know exactly where my mum works",
        "hij weet heus wel waar mijn ouders wonen",
    ],
)
def test_a_threat_of_knowing_where_is_kept(text: str) -> None:
    """Guard: the threat without a not still is one."""
    assert "unsafe_situation" in themes_of(text)


def test_notes_lent_for_a_course_are_no_farewell_notes() -> None:
    """A role-play (round 66, intake 4): "nope, zero. well one guy lends me his notes but I
    think that's a business relationship" at the friends question was the second net's
    "resembles suicidal thoughts" (0.98 on "notes but I think"), and the lonely student's
    intake ended acute."""
    data = lookup_json(
        "nope, zero. well one guy lends me his notes but I think that's a business relationship"
    )
    assert not ACUTE & set(data["themes"])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "I wrote notes for my family and I think it's time",
        "he lends me his notes and I wrote my goodbye notes too",
    ],
)
def test_farewell_notes_stay_a_risk(text: str) -> None:
    """Guard: notes of goodbye, beside lent ones too."""
    assert "suicidal_thoughts" in themes_of(text)


# --- answers the role-plays saw refused ----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("1 3", ("sleep", "finances")),
        ("1 en 2", ("sleep", "stress")),
        ("2 and 3", ("stress", "finances")),
        ("1,3", ("sleep", "finances")),
    ],
)
def test_theme_numbers_apart_are_read(
    builtin: Catalog, typed: str, chosen: tuple[str, ...]
) -> None:
    """A role-play (round 66, intake 2): "1 2 3" at "which of these are right?" went to
    the engine as words and the list came back without a word; only "1,2,3" was read."""
    from steunwijzer.core.prompts import ThemePrompt

    from .terminal_helpers import terminal

    question = builtin.question("own_words")
    assert question is not None
    ask, _ = terminal(builtin, typed)
    said = ask.themes(
        ThemePrompt(
            question, "ik slaap slecht, stress en geldzorgen", ("sleep", "stress", "finances"), ()
        )
    )
    assert said == chosen


@pytest.mark.parametrize("said", ["prima", "gaat prima", "goed hoor", "fine", "pretty good"])
def test_fine_to_good_contact_is_a_yes(builtin: Catalog, said: str) -> None:
    """Two role-plays (round 66): "prima" to "Heb je fijn contact met medestudenten of
    docenten?" was refused, while "prima" to "Heb je geldzorgen?" was a no."""
    assert _read(builtin, "connection_contact", said) == "yes"


@pytest.mark.parametrize("said", ["prima, maar niet met docenten", "niet goed"])
def test_fine_with_more_is_not_a_plain_yes(builtin: Catalog, said: str) -> None:
    """Guard: only "fine" said whole is the yes (the rest is refused or read otherwise)."""
    from steunwijzer.core.answers import AnswerError

    try:
        value = _read(builtin, "connection_contact", said)
    except AnswerError:
        value = None
    assert value != "yes"


# --- the second wave: art academies, placements, athletes, chronic pain; a hostile round ---


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set369: a show as a time, not a story ("na het premièrefeest van de musical")
        (
            "Notitie intake: studente vertelt dat ze na het premièrefeest van de musical door een medestudent is verkracht.",
            "sexual_violence",
        ),
        ("after the play he grabbed me backstage and raped me", "sexual_violence"),
        # set369: an academy named as the programme; "I think I have to quit."
        ("ik denk er serieus over om na dit blok te stoppen met de academie", "dropout_risk"),
        (
            "My teachers already hinted I should consider other options. I think I have to quit.",
            "dropout_risk",
        ),
        ("ik denk dat ik mijn diploma gewoon laat zitten", "dropout_risk"),
        (
            "bleef mijn docent regie me aanraken terwijl ik duidelijk nee had gezegd",
            "sexual_violence",
        ),
        (
            "my ex from the drama course keeps showing up outside the rehearsal studio, he knows my whole schedule. he said i'd regret it if i went on tour without him.",
            "unsafe_situation",
        ),
        # set367: thrown against a cabinet; a place only until tonight
        (
            "we lost the final and he went completely off, threw me against the kitchen cabinet",
            "unsafe_situation",
        ),
        (
            "I'm at a teammate's place now but she can only have me until tonight and I really can't go back there",
            "unsafe_situation",
        ),
        # set368, set370
        (
            "na die nachtdienst dacht ik echt, als ik nu gewoon tegen een boom aan rij hoeft niemand me meer te beoordelen",
            "suicidal_thoughts",
        ),
        (
            "honestly if this is what the next 50 years look like, pain every single day, I don't want them",
            "suicidal_thoughts",
        ),
        # a role-play (round 66): no signal at all for it
        ("nee.. ik ben gewoon zo moe van alles", "low_mood"),
        ("I'm just so tired of everything", "low_mood"),
    ],
)
def test_needs_the_second_wave_found_missing(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "in the play the main girl is raped",
        "de film gaat over een meisje dat zichzelf snijdt",
        "I think I have to quit my job at the cafe",
        "de komende jaren wil ik niet in Groningen wonen",
        "the next two years I don't want it to be like this",
    ],
)
def test_stories_and_plans_near_them_stay_calm(text: str) -> None:
    """Guards: a story told stays a story; a job quit, years not wanted so, stay calm."""
    assert not ACUTE & themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a hostile round (round 66): addiction ("drank" read as Dutch "drank") or nothing
        "I drank bleach",
        "I swallowed bleach",
        "ik heb gif gedronken",
        "ik heb chloor gedronken",
        "ik heb rattengif ingenomen",
        # ... "soon", and 113 before 112
        "ik heb pillen ingenomen om dood te gaan",
        "ik heb de pillen al ingenomen",
        "I cut my wrists and it won't stop bleeding",
        "ik heb mezelf gesneden, het bloedt heel erg",
        "ik heb mijn polsen doorgesneden, het bloedt erg",
    ],
)
def test_poison_pills_taken_and_bleeding_are_immediate(text: str) -> None:
    data = lookup_json(text)
    assert data["tier"] == "acute" and data["urgency"] == "immediate", data["themes"]


@pytest.mark.parametrize(
    "text",
    [
        "ik heb mijn pillen al ingenomen vanochtend",
        "ik heb gesneden, het bloedt niet erg hoor",
        "ik heb in mijn vinger gesneden bij het koken, het bloedt erg",
    ],
)
def test_a_daily_dose_and_a_kitchen_cut_are_not_immediate(text: str) -> None:
    """Guards: "mijn pillen al" is a daily dose; a cut finger while cooking is no act."""
    assert lookup_json(text)["urgency"] != "immediate"
