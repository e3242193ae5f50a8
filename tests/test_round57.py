# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 57: eight outsiders' sets (set209-set216: parents and family writing, faith,
health, athletes and performers, exam-week humour, autistic writers, older students,
phone typing) and three role-plays. Each test names its source and fails without the
change it guards, unless it says it is a guard."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.model import Catalog

from .reading import lookup_json as _lookup
from .reading import read_answer as _read_answer
from .reading import themes_of

# --- a risk to life in medical talk, and a friend who "figured out how" ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last month I ended up in the ER after taking way too many of my painkillers. Everyone thinks it was an accident.",
        "ik lag vorige week in het ziekenhuis omdat ik te veel paracetamol had genomen, ze denken dat het een ongeluk was",
        "took too many sleeping pills last weekend and my roommate called an ambulance",
        "ik heb te veel slaappillen genomen en moest naar de eerste hulp",
    ],
)
def test_too_many_pills_beside_a_hospital_is_a_risk_to_life(text: str) -> None:
    """set211 (health, round 57): "ended up in the ER after taking way too many of my
    painkillers ... not so sure it was [an accident]" found nothing at all
    (core/lexicon_signals_health.py)."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take too many painkillers for my headaches, should I see a GP?",
        "ik neem te veel paracetamol tegen mijn hoofdpijn denk ik",
    ],
)
def test_too_many_pills_alone_is_no_risk_to_life(text: str) -> None:
    """Guard: overuse for a headache is a question for the GP, not a wish to die."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_a_sister_who_figured_out_how_and_went_silent_is_a_concern_now() -> None:
    """set213 (exam-week humour): "she said she'd 'figured out how' and then stopped
    replying" was unwanted behaviour (specific) on "keeps texting"."""
    data = _lookup(
        "my little sister keeps texting me 'ik ga dood lol' about her exams, but yesterday "
        "she said she'd 'figured out how' and then stopped replying"
    )
    assert "concern_for_other" in data["themes"]
    assert data["urgency"] == "immediate"


# --- word-level misreads that made a risk out of nothing ---------------------------------


@pytest.mark.parametrize(
    "text", ["ik studeer zelf deeltijd", "ik doe zelf deeltijd naast mijn baan"]
)
def test_part_time_is_no_self_delete(text: str) -> None:
    """set215 (older students): "zelf" sounds like "self" and "deeltijd" was one slip
    from "deleted", so every part-time student was suicidal ("self ..1 deleted")."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize("text", ["i want to self delete", "thinking about selfdeleting tbh"])
def test_self_delete_still_counts(text: str) -> None:
    """Guard: the euphemism itself stays a wish to die."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "now it's half a bottle and I can't go on without it",
        "I can't go on without my coffee lol",
        "honestly I can't go on without weed in the evening",
    ],
)
def test_cannot_go_on_without_a_habit_is_no_wish_to_die(text: str) -> None:
    """set212 (performers): a drink one cannot go on without was suicidal, urgency
    immediate (core/misreads.go_on_without_a_habit)."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["I can't go on like this", "I just can't go on without her, since she died nothing matters"],
)
def test_cannot_go_on_still_counts(text: str) -> None:
    """Guard: "can't go on" on its own, or without a person, stays a finding."""
    assert "suicidal_thoughts" in themes_of(text)


# --- the second net's guesses explained by their own words -------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "The bursary for my conservatory place got cut and DUO is asking me to pay back money they overpaid.",
            "self_harm",
        ),
        ("I'm scared I'll lose my place if I gain", "suicidal_thoughts"),
        (
            "I want a method for planning. I tried Pomodoro and time blocking. All failed after 3 days.",
            "suicidal_thoughts",
        ),
        (
            "Mijn vader heeft net gehoord dat hij ALS heeft. Ik ga nu elk weekend naar huis om mijn moeder te helpen met de verzorging.",
            "unsafe_situation",
        ),
        (
            "tbh I've been skipping meals on purpose too, it feels like the only thing I control right now",
            "self_harm",
        ),
        (
            "We're losing the house. The bank letter came Friday and I don't see where we'll go with three kids.",
            "unsafe_situation",
        ),
        ("hij heeft al dagen bijna niks gegeten", "unsafe_situation"),
    ],
)
def test_a_guess_its_own_words_explain_is_set_aside(text: str, theme: str) -> None:
    """Round 57's sets and a role-play: each was an acute guess of the second net
    (0.84-0.99) where the words say a bursary was cut, a place may be lost, a method for
    planning is wanted, a parent is cared for, meals are skipped, a house is lost
    (core/guess_explained.py, core/guess_words.py)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I skip meals on purpose when I mess up. It feels like I deserve it.", "self_harm"),
        ("my hours got cut at work and now I cut myself again", "self_harm"),
        ("I cut again last night, first time in a year", "self_harm"),
    ],
)
def test_a_guess_with_harm_in_its_words_stays(text: str, theme: str) -> None:
    """Guard: starving as a punishment, a cut named as one's own, stay self-harm."""
    assert theme in themes_of(text)


# --- needs said in words no pattern knew ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I've basically ghosted uni since week 3, not been to a single lecture", "dropout_risk"),
        ("He told me he's filling in the form to unenroll this week", "dropout_risk"),
        ("I'm going to withdraw from my degree before the February resits", "dropout_risk"),
        ("Can't do another semester of this.", "dropout_risk"),
        ("This message is to ask what I need to do for de-registration.", "dropout_risk"),
        (
            "Bij een consult ging de arts met zijn handen onder mijn kleding terwijl dat niet nodig was.",
            "sexual_violence",
        ),
        ("When I got there he pushed me onto the bed. I said no.", "sexual_violence"),
        (
            "the youth pastor kept touching me at the retreat even after I told him to stop",
            "sexual_violence",
        ),
        (
            "Iemand heeft naaktfoto's van mij en zegt dat hij ze naar mijn ouders stuurt als ik niet betaal",
            "sexual_violence",
        ),
        (
            "Two men came to our door asking for him yesterday, he owes them money",
            "unsafe_situation",
        ),
        ("ik weet niet waar ik vannacht moet slapen", "housing"),
        ("I have no idea where I'll sleep next month", "housing"),
        ("We're losing the house", "housing"),
        ("hij heeft al dagen bijna niks gegeten", "eating"),
        ("I haven't eaten properly in days", "eating"),
        ("Ik eet sinds september elke dag precies 800 kcal. Ik weeg alles af.", "eating"),
        ("I keep postponing everything", "study_skills"),
        (
            "Kill me now, mondeling over een uur en ik zit te hyperventileren",
            "performance_anxiety",
        ),
        (
            "Ik moet elke drie weken naar het ziekenhuis voor een infuus en mis daardoor werkgroepen",
            "functional_impairment",
        ),
        (
            "I'm starting to doubt everything I was raised with, I don't know what I believe anymore",
            "identity",
        ),
        ("ik wil gewoon even verdwijnen, een tijdje nergens zijn", "suicidal_thoughts"),
        ("I want to not exist for a while", "suicidal_thoughts"),
    ],
)
def test_round_57_needs_are_found(text: str, theme: str) -> None:
    """Round 57's sets and role-plays: each found nothing, or not this need."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("some guy keeps saying he knows where I live", "housing"),
        (
            "For a policy paper I'm comparing how Dutch universities handle the BSA and deregistration.",
            "dropout_risk",
        ),
        (
            "I feel like a ghost walking across campus at 7 am, it's actually kind of peaceful.",
            "dropout_risk",
        ),
        ("I'm thinking of withdrawing from Friday's exam because I have the flu.", "dropout_risk"),
        ("ik wil even verdwijnen voor een tijdje, lekker naar een eiland", "suicidal_thoughts"),
        (
            "Dear exam committee, I'm requesting a postponement of my thesis defence.",
            "study_skills",
        ),
    ],
)
def test_round_57_neighbours_stay_apart(text: str, theme: str) -> None:
    """Guard: the harmless neighbours of the new words (a stalker who knows where one
    lives is no room hunt; one exam is no programme; a break is no wish to die)."""
    assert theme not in themes_of(text)


def test_ik_weet_niet_waar_ik_moet_wonen_is_no_threat() -> None:
    """set213: "weet ik niet waar ik moet wonen" (a room hunt) was read as "ze weten
    waar ik woon", a threat, acute (lexicon_signals_ready)."""
    found = themes_of(
        "Mijn kamer is per 1 februari opgezegd en ik vind niks, dus na de tentamens weet ik niet waar ik moet wonen"
    )
    assert "unsafe_situation" not in found
    assert "housing" in found
    assert "unsafe_situation" in themes_of("ze weten waar ik woon en ik ben bang")


def test_a_brother_writing_for_the_student_names_the_students_need() -> None:
    """set209 (family writing): "Karim's brother here" made the leaving Karim's alone,
    set aside as someone else's; the writer writes for the student (writerrole.py)."""
    data = _lookup(
        "Hi, Karim's brother here. He told me he's filling in the form to unenroll this week. "
        "Can someone talk to him about alternatives?"
    )
    assert "dropout_risk" in data["themes"]


# --- a way named at "have you thought about how?" -------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("not really, maybe jumping in front of a train crossed my mind", True),
        ("nee, misschien van een flat springen", True),
        ("nee hoor, hooguit aan pillen gedacht", True),
        ("I thought about the train", True),
        ("no, never thought about jumping", False),
        ("no. not pills or anything", False),
        ("nee, ik heb geen auto", False),
        ("no, I live in a flat lol", False),
        ("I thought about hanging myself", True),
        ("no", False),
    ],
)
def test_a_way_named_at_the_method_question_is_a_yes(
    builtin: Catalog, answer: str, expected: object
) -> None:
    """rp2 (round 57): "not really, maybe jumping in front of a train crossed my mind"
    was "don't know" on the review and the record (core/answer_method.py). A way denied
    in its own clause is not a yes."""
    assert _read_answer(builtin, "safety_method", answer) is expected


def test_a_way_named_elsewhere_is_not_read_as_yes(builtin: Catalog) -> None:
    """Guard: only the method question reads a way as its yes; at "do you intend to act
    on them?" a train named is doubt or what it was, never a plain yes."""
    assert _read_answer(builtin, "safety_intent", "not really, maybe the train") is not True


# --- the interview's words, the referrals beside a wish to die ----------------------------


@pytest.mark.parametrize("answer", ["gestalkt en bedreigd door mijn ex", "threatened from my ex"])
def test_a_choice_said_with_who_did_it_is_read(builtin: Catalog, answer: str) -> None:
    """rp1 (round 57): "gestalkt en bedreigd door mijn ex" was "no answer to this
    question" where a choice reads "Bedreigd, gestalkt of achtervolgd"; "door" was a
    word no label holds (core/choice_words.py)."""
    assert _read_answer(builtin, "behaviour_kind", answer) == "threatened"


def test_grief_beside_a_wish_to_die_keeps_its_own_help() -> None:
    """rp3 (round 57): a grandmother dead in October and "soms denk ik dat het niet meer
    hoeft": the GP and the same-day consultation, which serve both, "covered" grief, and
    neither the chaplain nor the dean came; the tip sent the counsellor to the dean
    (core/referrals.py: help shared with the risk to life counts for the risk only)."""

    args = ["lookup", "--theme", "suicidal_thoughts", "--theme", "grief", "--json"]
    result = CliRunner().invoke(app, [*args, "--at", "2026-12-08T10:30"])
    ids = [r["id"] for r in json.loads(result.stdout)["referrals"]]
    assert ids[0] == "113-zelfmoordpreventie"  # the crisis line still first
    assert "vh-studentenpastor" in ids and "vh-studentendecaan" in ids


@pytest.mark.parametrize(
    "text",
    [
        "Voor filosofie schrijf ik over Camus en de vraag of het leven zin heeft. Leuk onderwerp!",
        "Our film course is analysing Hitchcock's Psycho; the shower scene with the knife is pure genius and I want to write my final paper on it.",
    ],
)
def test_a_guess_with_no_pattern_beside_it_is_judged_too(text: str) -> None:
    """Round 57: where no pattern could match, the second net's guess was returned as it
    was, never judged for a frame ("schrijf ik over", "write my final paper on it") as
    the guesses beside a pattern are (core/recognise.py's short cut)."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm done with this course, can I still deregister?", False),
        ("How do I deregister? I want to do it before Feb 1", True),
        ("seriously considering it. what happens with my visa if I deregister?", True),
    ],
)
def test_deregistering_is_leaving_the_programme_not_one_course(text: str, found: bool) -> None:
    """Round 57 made "deregister" a word of leaving (set214's "de-registration"); a
    course deregistered (set4, round 10's harmless reading) is no risk of dropping out."""
    assert ("dropout_risk" in themes_of(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hoe schrijf ik me uit via Studielink als ik in augustus afstudeer?", False),
        ("Heb me uitgeschreven bij SSH want ik heb via een vriendin al een kamer.", False),
        (
            "Ik ben in januari afgestudeerd en heb me netjes uitgeschreven, maar nu komt DUO met een aflossing.",
            False,
        ),
        ("Heb me uitgeschreven voor het werkcollege van die ene docent.", False),
        ("Ik heb me uitgeschreven bij de opleiding, ik stop ermee.", True),
        ("ik stop ermee. klaar met school.", True),
        ("I stopped going in November and never went back.", True),
        ("als ik klaar ben met school haha wil ik een huis met een tuin", False),
    ],
)
def test_signing_out_is_leaving_only_when_the_studies_are_left(text: str, found: bool) -> None:
    """set219 (leaving and its neighbours, measured on this round's first fixes): signing
    out after graduating, of a room or of one seminar was a risk of dropping out (11 of
    37 harmless lines acute); "klaar met school." and "stopped going in November" found
    nothing (core/misreads.signing_out_elsewhere)."""
    assert ("dropout_risk" in themes_of(text)) is found


def test_a_pressure_not_normal_any_more_is_no_wish_to_die() -> None:
    """set221 (first-generation students): "de druk is echt niet normaal meer, ik slaap
    nauwelijks" was a wish to die on the net (0.84; core/guess_words.beyond_normal)."""
    text = "ik haal bijna niks en ik durf het niemand te vertellen. de druk is echt niet normaal meer, ik slaap nauwelijks"
    found = themes_of(text)
    assert "suicidal_thoughts" not in found
    assert {"stress", "sleep"} <= found


def test_weeks_of_nothing_done_for_school_is_a_risk_of_dropping_out() -> None:
    """set221: "al drie weken niks meer gedaan voor school. Ik lig gewoon in bed" was
    stress alone."""
    assert "dropout_risk" in themes_of(
        "Ik heb al drie weken niks meer gedaan voor school. Ik lig gewoon in bed"
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "ended up at the SEH on friday, they pumped my stomach. my mom thinks it was an accident. sometimes I still wish it had worked",
            "suicidal_thoughts",
        ),
        (
            "my roommate was found on the bathroom floor after taking her whole prescription",
            "concern_for_other",
        ),
        ("ik heb de hele strip ingenomen", "suicidal_thoughts"),
    ],
)
def test_an_attempt_told_in_passing_is_found(text: str, theme: str) -> None:
    """set217 (medication told in passing, measured on this round's first fixes): a
    stomach pumped and "I still wish it had worked" was family circumstances; a whole
    prescription taken found nothing (core/lexicon_signals_health.py)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme", "found"),
    [
        (
            "My doctor switched me from the brand to the generic version of my meds.",
            "self_harm",
            False,
        ),
        ("ik brand me soms met een aansteker", "self_harm", True),
        ("als ik me weer brand", "self_harm", True),
        (
            "Ik ben 8 kilo aangekomen en sindsdien eet ik bijna niks meer. Ik tel alles en sla maaltijden over.",
            "suicidal_thoughts",
            False,
        ),
        (
            "if i just stopped eating and drinking it would all end quietly and nobody would have to deal with me",
            "suicidal_thoughts",
            True,
        ),
    ],
)
def test_medication_and_eating_words_in_their_own_sense(text: str, theme: str, found: bool) -> None:
    """set217: "the brand" of a medicine was the Dutch "ik brand me" (core/misreads.
    a_brand_named); counting and skipping meals was a wish to die on the net beside the
    eating the rules read, unless the text speaks of an end (core/guess_explained.py)."""
    assert (theme in themes_of(text)) is found


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("no, no plan", False),
        ("no, no plan at all", False),
        ("no, no plan yet", "unknown"),
        ("no no, I think about it", "unknown"),
    ],
)
def test_no_plan_said_twice_is_a_no(builtin: Catalog, answer: str, expected: object) -> None:
    """rp4 (round 57, on this round's changes): "no, no plan" at "have you worked out how
    and when?" was doubt and "Immediate danger: call 112 or 113 now"; "nee, geen plan" and
    "no plan" were a no. "not yet", and more than a plan said after the no, stay doubt
    (core/answer_words._BARE_PLAN)."""
    got = _read_answer(builtin, "safety_plan", answer)
    assert got == "unknown" if expected == "unknown" else got is expected, got


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("its my sister, she texted I've figured out how and now she doesnt reply", True),
        ("I figured out how to fix the printer, will reply to your mail later", False),
        ("finally figured out how, the code works now lol", False),
    ],
)
def test_figured_out_how_with_no_reply_is_danger_now(text: str, found: bool) -> None:
    """rp4: "she texted I've figured out how and now she doesnt reply" at the first
    question was read as a plain no, nothing recognised; only "stopped replying" counted.
    "how to" something is no plan."""
    data = _lookup(text)
    assert (data["urgency"] == "immediate") is found, data["themes"]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "A man from his dormitory keeps touching him at night when he sleeps and he is too ashamed to report it.",
            "sexual_violence",
        ),
        (
            "Our dad found out he's gay and told him not to come home or 'he'll regret it'.",
            "unsafe_situation",
        ),
    ],
)
def test_a_need_told_by_someone_writing_for_the_student(text: str, theme: str) -> None:
    """set218 (written for a student, the last set of round 57's second wave): touched at
    night while he sleeps was unwanted behaviour; "not to come home or he'll regret it"
    was nothing acute."""
    assert theme in themes_of(text)


def test_a_course_title_is_read_in_its_own_sentence() -> None:
    """set220 (Caribbean students): "ik haal geen enkel vak. Stoppen met de opleiding lijkt
    de enige optie" set the leaving aside as the title of a course ("het vak Stoppen met
    de opleiding"; core/textframe._titled now stays in the sentence)."""
    text = "Ik werk 30 uur per week en ik haal geen enkel vak. Stoppen met de opleiding lijkt de enige optie."
    assert "dropout_risk" in themes_of(text)
    assert "suicidal_thoughts" not in themes_of(
        "het keuzevak 'Suïcidepreventie en zelfbeschadiging' is erg goed"
    )


def test_a_writer_who_describes_herself_is_no_role() -> None:
    """Guard (round 57's review): family writing for a student count as a role, a partner
    only as "X's boyfriend here": "ik ben een vrouw van 34" describes the writer, and her
    boyfriend's drinking is not read as the student's own."""
    assert "addiction" not in themes_of(
        "Ik ben een vrouw van 34 en mijn vriend drinkt elke avond een fles wijn"
    )
    assert "dropout_risk" in themes_of(
        "Hi, Lotte's boyfriend here. She told me she's filling in the form to unenroll this week"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ik hoopte dat het gelukt was, maar ik had een 4",
        "I took the whole box of cookies lol",
        "I still wish it had worked out with my ex",
        "ik moet veel medicijnen slikken sinds mijn ziekenhuisopname",
    ],
)
def test_an_attempt_pattern_needs_its_attempt(text: str) -> None:
    """Guard (round 57's review of its own patterns): "hoopte dat het gelukt was" of an
    exam, a whole box of cookies, a relationship that "had worked out" are no attempt and
    no danger now."""
    data = _lookup(text)
    assert data["urgency"] != "immediate", data["themes"]
    assert "suicidal_thoughts" not in data["themes"]


@pytest.mark.parametrize(
    "text",
    [
        "I can't go on without this ending soon",
        "I can't go on without it, the pain is too much",
        "ik ga me uitschrijven en mijn kamer opzeggen",
        "ik schrijf me uit bij de uni en bij de vereniging",
    ],
)
def test_round_57_misreads_keep_a_real_risk(text: str) -> None:
    """Guard (round 57's second review): "without it/this" is a habit only when the
    sentence names one (a drink, a bottle), and signing out beside a room or a club is
    leaving when the studies are named or nothing else is signed out of."""
    data = _lookup(text)
    assert data["tier"] == "acute", data["themes"]
