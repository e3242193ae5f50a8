# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 52: what four outsiders' sets (set148-set151: Dutch and English mixed in one
message, phone-typed messages, twins that differ in whether the need is now, youth slang)
showed: letters for one's parents said half in Dutch, a life "taken over" by a habit,
"it's giving" as slang, a blackout in the exam hall, weeks of no classes."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import CrisisPrompt, Prompt, QuestionPrompt
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult

from .intake import answering
from .reading import ACUTE, builtin_vocabulary, themes_of

# --- a risk to life said half in Dutch, half in English ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een plan gemaakt and I wrote letters voor mijn ouders, I think this weekend is it.",
        "I've written brieven for my parents and my sister, they will understand later",
        "heb letters geschreven voor iedereen, ik ben er klaar voor",
        "I left notes voor mijn familie in mijn bureau",
    ],
)
def test_goodbye_letters_said_in_two_languages_are_a_risk_to_life(text: str) -> None:
    """Students in English-taught programmes mix the languages within a clause; the
    letters pattern held only English function words ("for my parents") and the first
    sentence gave nothing at all. Fails without the mixed pattern in lexicon_families.py."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wrote letters to my grandparents for Christmas, voor het eerst in het Nederlands",
        "ik heb brieven geschreven voor de open dag van mijn opleiding",
    ],
)
def test_letters_for_other_occasions_are_no_risk(text: str) -> None:
    """Guard: a Christmas letter, letters for an open day."""
    assert not ACUTE & set(themes_of(text))


# --- "taking over my life" is not taking one's life --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've been binge eating every night and then skipping meals all day, it's lowkey taking over my life",
        "gaming is taking over my life and my grades show it",
        "I'm trying to take control of my life again",
    ],
)
def test_a_habit_taking_over_ones_life_is_no_wish_to_die(text: str) -> None:
    """ "take|taking ..3 my own? life" let any three words stand between: "taking over my
    life" was suicidal thoughts, acute. Fails with the gap back in lexicon_more.py or
    lexicon_floor.py."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to take my own life",
        "sometimes i think about taking my life",
        "I want to put an end to my life",
        "i just want to end my life",
        "he's going to end his life, he told me tonight",
    ],
)
def test_taking_ones_life_is_still_found(text: str) -> None:
    """Guard: the words themselves, adjacent, and "an end to my life"."""
    assert ACUTE & set(themes_of(text))


# --- slang and a blackout in the exam hall --------------------------------------------------------


def test_its_giving_is_no_quitting() -> None:
    """ "it's giving wrong degree" (slang: it looks like) matched "give ..3 degree" and
    gave a dropout risk, acute. Fails with bare "give|giving" back in the pattern."""
    found = themes_of("it's giving wrong degree tbh, I lowkey hate law and wanna switch to psych")
    assert "dropout_risk" not in found
    assert "study_choice" in found


@pytest.mark.parametrize(
    "text", ["I'm giving up my degree after this block", "thinking of giving up uni altogether"]
)
def test_giving_up_a_degree_is_still_a_dropout_risk(text: str) -> None:
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik word gek van die tentamens, zodra ik in die zaal zit krijg ik een blackout en weet ik niks meer.",
        "I keep failing my stats exam, elke keer als ik de zaal inloop krijg ik een blackout.",
        "as soon as I walk into the exam hall I blank and forget everything",
    ],
)
def test_a_blackout_in_the_exam_hall_is_performance_anxiety(text: str) -> None:
    """The exam and the blackout stood in different clauses, and only the hall was beside
    the blackout: the texts gave addiction alone. Fails without the hall patterns."""
    assert "performance_anxiety" in themes_of(text)


# --- weeks of no classes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "heb al 2 maanden geen colleges meer gevolgd en durf nu nie meer te gaan, denk dat ik ga stoppen",
        "ik heb al weken geen college meer bijgewoond",
        "Ik heb al drie weken geen college meer gezien.",
    ],
)
def test_weeks_without_classes_are_a_dropout_risk(text: str) -> None:
    """Stopped attending, said as "no classes followed for two months" on a phone: nothing
    was found. Fails without the "geen colleges meer gevolgd" patterns."""
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "deze week geen colleges want het is tentamenweek",
        "we hebben vrijdag geen college, mag ik dan langskomen?",
    ],
)
def test_a_week_without_classes_by_timetable_is_no_risk(text: str) -> None:
    """Guard: no classes because of the timetable."""
    assert "dropout_risk" not in themes_of(text)


# --- a need said to be over, with a "but" that turns to the recovery -------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "I drank almost every night in my first year, but I've been sober for two years now and I don't miss it at all.",
            "addiction",
        ),
        (
            "Ik had vroeger eetbuien en moest dan overgeven, maar na behandeling ben ik al drie jaar hersteld.",
            "eating",
        ),
        (
            "My mum was diagnosed with cancer years ago, but she has been fully recovered for a long time and everything at home is good.",
            "family_circumstances",
        ),
        (
            "had vorig jaar een burn-out maar ben nu helemaal hersteld en heb echt zin in het nieuwe jaar",
            "stress",
        ),
        (
            "I used to be super anxious before presentations in first year but honestly it's fine now lol",
            "performance_anxiety",
        ),
    ],
)
def test_a_need_said_to_be_over_is_no_need_now(text: str, theme: str) -> None:
    """Any "but" in the text kept a past need in the present (it is how "diagnosed last
    year, but some weeks are really hard" is said), also the "but" that says it is over.
    Fails without the turn to the recovery in textpast.over_and_done."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I've been sober for two months but it's so hard, I crave it every day", "addiction"),
        ("vroeger had ik eetbuien, maar nu weer elke avond", "eating"),
        ("I used to drink a lot but I still drink every weekend", "addiction"),
        ("I used to be depressed last year, but it is a bit better now", "low_mood"),
        (
            "Vorig jaar had ik een burn-out, maar goed, nu is het weer zo druk dat ik niet meer slaap",
            "sleep",
        ),
        (
            "I had an eating disorder years ago, but I'm not fine, I started skipping meals again",
            "eating",
        ),
    ],
)
def test_a_but_that_brings_the_need_back_keeps_it(text: str, theme: str) -> None:
    """Guards: a "but" to a need now, "maar goed" (anyway), and a recovery word denied."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been clean from cutting for two years now, and last night I celebrated that with my sister.",
        "Na mijn opname twee jaar geleden gaat het echt goed; de gedachten om er een eind aan te maken zijn al lang weg.",
    ],
)
def test_a_risk_long_over_is_a_mention_not_a_finding(text: str) -> None:
    """A recovery that says how long it has lasted tells of a past: these were acute.
    They are now shown under mentions (ask the safety questions), never dropped. Fails
    without the new past and recovery signs in lexicon_more.py."""
    found = builtin_vocabulary().read(text)
    assert not ACUTE & set(found.themes)
    assert {m.theme for m in found.mentions} & {"self_harm", "suicidal_thoughts"}


@pytest.mark.parametrize(
    "text",
    [
        "I've been clean from cutting for two years but last night I cut again",
        "ik ben al twee jaar clean van zelfbeschadiging maar gisteren heb ik weer gesneden",
        "My mum died four years ago and I was doing okay, but since I started the same degree she studied I miss her so much I can't get through a day.",
    ],
)
def test_a_past_that_is_back_is_acute(text: str) -> None:
    """A relapse after years, and a loss that came back ("I was doing okay, but since
    ..."): the last was set aside as a past and nothing was recognised. Fails without
    the "but since" in denials._undone_after."""
    assert ACUTE & themes_of(text)


# --- forced, said in Dutch verb-final order; the net inside a study or a book --------------


@pytest.mark.parametrize(
    "text",
    [
        "Mijn stagebegeleider heeft me vorige week in zijn auto tot seks gedwongen en ik moet morgen weer naar mijn stage.",
        "ze hebben mij op het feest tot seksuele handelingen gedwongen",
    ],
)
def test_forced_to_sex_in_dutch_word_order_is_sexual_violence(text: str) -> None:
    """The verb at the end ("tot seks gedwongen"): nothing was recognised."""
    assert "sexual_violence" in themes_of(text)


def test_a_case_discussed_in_a_course_is_no_assault_of_the_student() -> None:
    """Guard: the pattern needs "me" or "mij"."""
    text = "Bij het college strafrecht bespraken we een zaak waarin een stagebegeleider een student in zijn auto tot seks dwong."
    assert "sexual_violence" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "In het boek dat we voor criminologie lezen staat een ex elke avond voor het huis van de hoofdpersoon en stuurt hij berichten dat hij weet waar ze is.",
        "In mijn scriptie over depressie citeer ik patiënten die zeggen dat ze 'alleen maar een last' zijn en dat hun ouders beter af zouden zijn zonder hen.",
    ],
)
def test_the_second_net_inside_a_study_or_a_book_is_framed(text: str) -> None:
    """The net resembled both at 1.00 and made them acute; a study or a book frames its
    guess as it frames a pattern's finding, shown under mentions. Fails without the
    frame in resembling.judged_guess."""
    found = builtin_vocabulary().read(text)
    assert not ACUTE & set(found.themes)
    assert any(m.set_aside == "framed" and m.theme in ACUTE for m in found.mentions)


# --- a blind set of the less common specific needs (set155) -----------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Ik val volgens mij op meisjes, maar ik durf het niemand te vertellen, zeker mijn ouders niet.",
            "identity",
        ),
        (
            "Sinds ik mijn haar kort heb en binders draag, vraag ik me steeds vaker af of ik me eigenlijk wel een vrouw voel.",
            "identity",
        ),
        (
            "Sinds mijn ouders uit elkaar zijn, wil mijn vader niet meer met me praten.",
            "family_circumstances",
        ),
        (
            "Mijn vader heeft een hersenbloeding gehad en ik rijd elk weekend naar huis om mijn moeder te helpen met zijn verzorging.",
            "family_circumstances",
        ),
        (
            "Ik zit nu een half jaar bij rechten, maar eigenlijk word ik alleen enthousiast van de keuzevakken psychologie. Is overstappen nog slim?",
            "study_choice",
        ),
        (
            "I'm wondering whether I should move from my university bachelor to a more practical programme at a university of applied sciences.",
            "study_choice",
        ),
    ],
)
def test_less_common_needs_in_own_words_are_found(text: str, theme: str) -> None:
    """Each gave nothing (or another theme): "val ... op meisjes" with words between, a
    parent's stroke, parents "uit elkaar", switching said as "is overstappen nog slim".
    Fails without round 52's patterns in catalog/themes.yaml."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "My parents told me last week they're splitting up, and now both of them call me every evening to complain about the other one.",
        "Every time I go home there's arguing about money between my mum and stepdad, and I end up playing mediator and looking after my little sisters.",
        "I've started to feel like 'he' just isn't me anymore, and I keep wondering whether I should ask my lecturers to use a different name.",
        "I'd like to figure out what I'm actually good at and what kind of person I want to become, beyond just passing my courses.",
    ],
)
def test_family_quarrels_a_name_and_passing_courses_are_not_acute(text: str) -> None:
    """The second net read parents who split up or argue as an unsafe home (0.95), and
    "'he' just isn't me anymore" beside a new name as a wish to die (1.00); "passing"
    was a typo of "pausing" (a dropout risk). Fails without resembling._QUARREL, the
    identity check in explained_otherwise, or "passing" in NOT_TYPOS."""
    assert not ACUTE & themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my parents are divorcing and my dad gets really scary when he drinks, I don't dare go home",
        "ik speel een personage en ik wil zelfmoord plegen",
    ],
)
def test_fear_at_home_and_a_wish_after_a_character_stay_acute(text: str) -> None:
    """Guards: fear in a quarrel at home; a wish of the student's own after a character
    (round 51's note: "en ik wil" was framed by "personage")."""
    assert ACUTE & themes_of(text)


def test_a_no_but_beside_an_answer_is_heard() -> None:
    """ "nee, maar mijn vader is ernstig ziek" to the loss question was a plain no with no
    note (a role-play of this round): a short no says why not, but a no-but tells of
    something else. Fails without the "but" in heard.heard_beside."""
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.heard import heard_beside

    catalog = load_catalog(["builtin"]).catalog
    assert catalog is not None
    vocabulary = builtin_vocabulary()
    said = "nee, maar mijn vader is ernstig ziek"
    assert "family_circumstances" in heard_beside(vocabulary, catalog, "area_loss", said)
    assert heard_beside(vocabulary, catalog, "area_money", "no, my parents help me") == ()


# --- a multi-choice answer with words of one's own beside a choice (a role-play) ----------


def _intake(
    builtin: Catalog, index: ReferralIndex, reply: str
) -> tuple[TriageResult, list[Prompt]]:
    """The result, and the prompts shown (a refused answer is asked again: the same
    question twice, where the script answers it the same way each time)."""
    from steunwijzer.core.interview import run_interview

    seen: list[Prompt] = []
    answers = {"area_study": "ja", "study_worries": reply}
    return run_interview(builtin, answering(answers, "", seen), "nl", index).result, seen


def _asked(seen: list[Prompt], question_id: str) -> int:
    return sum(isinstance(p, QuestionPrompt) and p.question.id == question_id for p in seen)


@pytest.mark.parametrize(
    "reply",
    [
        "planen vooral, en ik heb veel colleges gemist",
        "planning mostly, and I missed a lot of classes",
        "plannen, en verder weet ik het eigenlijk niet zo goed",
    ],
)
def test_a_choice_named_beside_own_words_is_taken(
    builtin: Catalog, index: ReferralIndex, reply: str
) -> None:
    """Refused whole ("Dat antwoord past niet") with a typo in the choice and a sentence
    beside it, while "allebei eigenlijk" was taken (a role-play of this round). Fails
    without choice_words.partial_choices (or without the one-letter slip for "planen")."""
    result, seen = _intake(builtin, index, reply)
    assert "study_skills" in result.themes  # the rule for "planning"
    assert _asked(seen, "study_worries") == 1


def test_a_risk_beside_a_choice_is_not_lost(builtin: Catalog, index: ReferralIndex) -> None:
    """Guard: the words beside the choice are read as every answer's are: "plannen, en ik
    wil dood" takes planning and the wish to die, acute, the crisis panel shown."""
    result, seen = _intake(builtin, index, "plannen, en ik wil eigenlijk gewoon dood")
    assert "study_skills" in result.themes
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes
    assert any(isinstance(p, CrisisPrompt) for p in seen)


def test_a_file_answer_with_words_beside_a_choice_stays_strict(builtin: Catalog) -> None:
    """Guard: an answers file is not read beside its answers; it stays an error there."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    question = builtin.question("study_worries")
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, "plannen, en ik heb veel colleges gemist")


@pytest.mark.parametrize(
    ("said", "read"), [("I guess... kind of", True), ("uhm kind of", True), ("I guess not", False)]
)
def test_a_hedged_yes_after_a_shrug_is_a_yes(builtin: Catalog, said: str, read: bool) -> None:
    """ "I guess... kind of" to "have you been sleeping badly?" was refused ("That answer
    does not fit") where "kind of" and "I guess" alone were read (a role-play of this
    round). Fails without answer_mixed._GUESS_LEAD."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("area_sleep")
    assert question is not None
    assert parse_answer(question, said) is read


def test_a_shrug_on_the_safety_screen_stays_doubt(builtin: Catalog) -> None:
    """Guard: on a safety question a hedge is doubt (asked again), never a quiet yes or no."""
    from steunwijzer.core.answers import UNKNOWN, parse_answer

    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, "I guess... kind of") == UNKNOWN


# --- night chats and staff notes (set156, set157) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "mijn stagebegeleider zat me vanavond weer aan en zei dat niemand me toch zou geloven",
            "sexual_violence",
        ),
        (
            "heb vanavond weer een hele fles wijn leeggedronken in mn eentje. is deze week al de vierde keer",
            "addiction",
        ),
        (
            "been playing online poker till 4 every night and I'm down 900 euros this month",
            "finances",
        ),
        (
            "Student is repeatedly called names by a group in her project team because of her headscarf; feels intimidated in group meetings.",
            "unwanted_behaviour",
        ),
    ],
)
def test_needs_of_the_night_chats_and_staff_notes_are_found(text: str, theme: str) -> None:
    """ "zat me ... aan" (the verb apart: read as a wish to die by the second net alone),
    a bottle of wine alone, a gambling loss, names called in a staff note. Fails without
    round 52's patterns."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "weet eigenlijk niet meer of geneeskunde wel bij me past. misschien wil ik iets heel anders gaan doen",
        "Decaan: moeder van st. heeft borstkanker, st. zorgt voor jongere zusjes en reist veel heen en weer naar huis.",
    ],
)
def test_doubt_about_a_study_and_an_ill_mother_are_not_acute(text: str) -> None:
    """The second net read "weet eigenlijk niet meer" as hopelessness (0.96) and a mother's
    cancer as a concern for someone at risk (0.97). Fails without those checks in
    resembling.explained_otherwise."""
    assert not ACUTE & themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I play a character in the school play and I have to say I want to die every night",
        "my character died in Elden Ring for the 40th time, I want to die lol",
        "zei de hoofdpersoon 'ik wil niet meer leven'",
    ],
)
def test_a_line_said_in_a_play_or_game_stays_framed(text: str) -> None:
    """Guards of the clause of one's own after a fiction word (textscene.own_clause_after):
    a line to say, game banter, a quoted line (round 51 saw the latter two become needs
    with a wider rule)."""
    assert not ACUTE & themes_of(text)


# --- English of students whose first language is another (set158) ---------------------------


def test_in_the_end_everything_is_no_wish_to_end_everything() -> None:
    """ "... but in the end everything went fine" matched the floor's "end everything"
    (acute). Fails with the bare pattern back in lexicon_floor.py."""
    text = "We had a presentation today and I was dying from laughing because the projector did not want to work, but in the end everything went fine."
    assert not ACUTE & themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "better I end everything",
        "I just want to end everything",
        "decided to end everything after the results",
    ],
)
def test_ending_everything_is_still_found(text: str) -> None:
    assert "suicidal_thoughts" in themes_of(text)


def test_someone_who_comes_into_ones_room_and_touches_one_is_sexual_violence() -> None:
    """ "he comes in my room at night and touches me" was an unsafe situation and
    unwanted behaviour, never sexual violence. Fails without the round 52 pattern."""
    text = "My uncle where I am staying, he comes in my room at night and touches me, I cannot say no because I live in his house."
    assert "sexual_violence" in themes_of(text)


def test_much_better_after_a_but_is_the_recovery() -> None:
    """Guarded in test_a_but_that_brings_the_need_back_keeps_it; here "but with the
    therapy it is much better now" closes a past depression."""
    text = "Last year I had a very difficult time with depression but with the therapy it is much better now, I just come to say thank you."
    assert "low_mood" not in themes_of(text)


# --- long texts of an intake form (set159) ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "buiten de vereniging ken ik eigenlijk niemand; als ik zou stoppen met drinken ben ik bang dat ik helemaal alleen kom te staan.",
        "I honestly don't know how to organise my week. I'd like to learn how to plan and which study methods work here.",
    ],
)
def test_ones_own_drinking_and_study_methods_are_no_danger(text: str) -> None:
    """ "drinken" was a slip of "dronken" (someone drunk, the student afraid: an unsafe
    home), and "plan ... and ... methods" a plan with a method (preparation, acute).
    Fails without "drinken" in NOT_TYPOS or with the gap back in the plan pattern."""
    assert not ACUTE & themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "als hij gedronken heeft word ik bang",
        "I have a plan and a method",
        "ik heb een plan and a means",
    ],
)
def test_a_drunk_partner_and_a_plan_with_a_method_stay_acute(text: str) -> None:
    assert ACUTE & themes_of(text)


def test_a_sibling_afraid_beside_an_ill_parent_stays_a_concern() -> None:
    """Review of round 52: the second net's concern for someone else was explained away
    by any ill parent in the text; the brother's fear here (a guess of 1.00) was dropped
    and only family circumstances and sleep were left. Fails without the words of fear
    in the concern rule of resembling.explained_otherwise."""
    text = "mijn moeder heeft kanker en mijn broer zegt dat hij bang is dat hij het niet meer volhoudt, hij slaapt niet meer"
    assert "concern_for_other" in themes_of(text)
