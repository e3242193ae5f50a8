# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 54: what six outsiders' sets showed (set174-set179: a counsellor's case notes,
stalking and control beside true crime and films, bodily distress, street slang and
Gen-Z English, PhD candidates and working students, asking for a friend) and what two
role-plays showed. Each test names its source and fails without the change it guards,
unless it says it is a guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from .reading import ACUTE, themes_of

# --- exam panic is no unsafe home -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a role-play (round 53, intake 4): Veilig Thuis, 112 and the police stood first
        "he had a panic attack in his last exam and had to leave the room",
        "yes, he had a panic attack in his last exam and had to leave the room",
        "she had a panic in her exam and had to leave the hall",
    ],
)
def test_exam_panic_is_not_read_as_an_unsafe_situation(text: str) -> None:
    """Fails without the panic rule in resembling.explained_otherwise."""
    found = themes_of(text)
    assert "performance_anxiety" in found
    assert not found & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "ik krijg paniekaanvallen sinds hij me sloeg en ik durf niet naar huis",
        "my panic attacks started when my dad started hitting me, I'm scared to go home",
    ],
)
def test_panic_with_fear_or_force_keeps_the_danger(text: str) -> None:
    """A guard: fear or a blow beside the panic is still an unsafe situation."""
    assert "unsafe_situation" in themes_of(text)


# --- leaving a programme is no leaving life -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set178: the net read "I think I'm going to" as a wish to die
        "I think I'm going to walk away from the PhD",
        "I haven't opened Brightspace since october. pretty sure I've already dropped out without telling anyone",
        "I think uni just isn't for me, I'm going to tell my parents I'm leaving",
    ],
)
def test_leaving_a_programme_is_dropout_not_suicide(text: str) -> None:
    """Fails without the dropout rule in resembling.explained_otherwise (and, for the
    first, the 'walk away from' pattern of themes.yaml)."""
    found = themes_of(text)
    assert "dropout_risk" in found and "suicidal_thoughts" not in found


@pytest.mark.parametrize(
    "text",
    [
        # set87: a plan beside failing the year is a plan
        "I'm planning to do it after my last tentamen on friday so nobody has to deal with me failing the year full stop I've already decided how and",
        "I'm going to quit uni and just end it all",
    ],
)
def test_a_plan_beside_leaving_a_programme_stays_a_risk_to_life(text: str) -> None:
    """A guard of _RESOLVE and _DEATH: the dropout rule keeps a plan or an end."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Considering withdrawing before 1 Feb to avoid another yr of tuition. Passed 18/60 EC.",
        "Wants to formalise withdrawal, has not attended since week 3.",
        "Honestly I'm seriously thinking of resigning from my PhD before anyone finds out.",
        "I'm walking away from my master, I've had enough of it.",
    ],
)
def test_withdrawing_and_walking_away_are_dropout(text: str) -> None:
    """Fails without the round-54 dropout patterns of themes.yaml (set174, set178)."""
    assert "dropout_risk" in themes_of(text)


# --- a counsellor's note in the third person --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set174: "bekrast zich" and "burning self" were stress and low mood only
        "Bekrast zich met schaar als spanning te hoog oploopt, laatste keer gisteravond.",
        "st. kerft zich in de bovenarm sinds de zomer",
        "hx of burning self w/ lighter, relapsed 2 wks ago after exam results.",
        "reports cutting self again since the breakup, arms mostly",
    ],
)
def test_note_style_self_harm_is_found(text: str) -> None:
    """Fails without the round-54 patterns of lexicon_signals_casenotes."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "she is cutting self-care short this week because of deadlines",
        "ze heeft zich bekwaamd in statistiek",
    ],
)
def test_self_in_other_words_is_no_self_harm(text: str) -> None:
    """A guard: "self" must be beside a means or a time, "zich" beside scratching."""
    assert "self_harm" not in themes_of(text)


# --- honour, a family put out, images --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set178: an honour threat read as concern for the brother
        "Mijn broer heeft het ontdekt en zegt dat hij 'de eer van de familie' komt herstellen.",
        "my uncle says he will restore the family honour after what I did",
        # set178: put out with a child, in the car
        "My landlord threw me and my daughter out this afternoon. We're sitting in the car right now.",
    ],
)
def test_honour_threats_and_being_put_out_are_unsafe(text: str) -> None:
    """Fails without the round-54 unsafe_situation patterns of themes.yaml."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # set175: a hidden camera and a film of the two of them put online
        "Mijn huisgenoot had stiekem een camera in de badkamer gehangen, ik heb hem vandaag gevonden.",
        "I found a hidden camera in our bathroom, my housemate put it there",
        "after my ex put the video of us online basically everyone at uni has seen it",
        "mijn ex heeft een filmpje van ons online gezet",
    ],
)
def test_hidden_cameras_and_shared_films_are_sexual_violence(text: str) -> None:
    """Fails without the round-54 sexual_violence patterns of themes.yaml."""
    assert "sexual_violence" in themes_of(text)


# --- the friend who is the writer ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set179: the friend turns out to be the writer
        "My friend keeps thinking it would be easier if she just didn't wake up. She's me. I'm the friend.",
        "mijn vriendin zegt dat ze een plan heeft en pillen heeft gespaard. ok het is niet mijn vriendin.",
        "Een 'vriendin' van me denkt soms dat het niet erg zou zijn als ze gewoon onder een auto liep.",
        "A 'friend' of mine has been saving up pills and wants to take them all",
        "my friend keeps wishing she would not wake up tomorrow. honestly I'm the friend",
    ],
)
def test_a_friend_who_is_the_writer_is_the_writers_own_risk(text: str) -> None:
    """Fails without the round-54 forms in textreveal._REVEALED."""
    assert "suicidal_thoughts" in themes_of(text)


def test_she_is_me_must_end_the_clause() -> None:
    """A guard: "she's me but taller" reveals nothing; the sister's wish stays hers."""
    assert "concern_for_other" in themes_of(
        "my sister and I look alike, she's me but taller, and she told me she wants to die"
    )


# --- a documentary and one's own thoughts ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # found while checking a frame idea (round 54): the documentary framed the thought away
        "since I watched that documentary I can't stop thinking about killing myself",
        "sinds die documentaire denk ik steeds aan zelfmoord",
        "after that podcast I keep thinking about ending my life",
    ],
)
def test_ones_own_thought_after_a_frame_word_is_not_framed(text: str) -> None:
    """Fails without textframe._THINKING (the first and third)."""
    assert "suicidal_thoughts" in themes_of(text)


def test_a_documentary_about_suicide_is_still_a_topic() -> None:
    """A guard: the frame itself still holds."""
    assert not themes_of("we watched a documentary about suicide prevention in class") & ACUTE


# --- figures of speech ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set177, set175
        "that stats exam lowkey unalived me but i think i passed lmao",
        "lol my cat stalks me round the flat every morning until I feed her",
        "haha my sister literally threatened to kill me if I spoil the finale for her",
    ],
)
def test_figures_of_an_exam_a_cat_and_a_spoiler(text: str) -> None:
    """Fails without the round-54 figures of lexicon_signals_fields."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "my brother threatened to kill me if I tell anyone what he does to me",
        "my ex threatened to kill me if I go to the police",
        "my cat died and now I keep thinking I want to die too",
    ],
)
def test_threats_beside_a_condition_stay_threats(text: str) -> None:
    """A guard: only a spoiler makes the threat a joke."""
    assert themes_of(text) & ACUTE


# --- a stalked student typed in the third person --------------------------------------------


def test_concern_beside_an_unsafe_situation_is_danger_from_others() -> None:
    """Fails without the wider safety.is_danger_from_others (a role-play, round 53)."""
    from steunwijzer.core.safety import is_danger_from_others

    assert is_danger_from_others(["unsafe_situation", "concern_for_other", "finances"])
    assert is_danger_from_others(["unsafe_situation"])
    assert not is_danger_from_others(["unsafe_situation", "suicidal_thoughts"])
    assert not is_danger_from_others(["unsafe_situation", "self_harm", "concern_for_other"])
    assert not is_danger_from_others(["concern_for_other"])


def test_a_stalked_student_in_the_third_person_gets_112_and_veilig_thuis_first(
    tmp_path: Path,
) -> None:
    """Fails without the round-54 change: 113 and "keep the student awake" stood above
    Veilig Thuis for a student stalked by her ex, typed as "her" (a role-play, round 53)."""
    answers = tmp_path / "a.yaml"
    answers.write_text(
        'safety_wish_dead: "no"\nsafety_thoughts: "no"\nsafety_behaviour: "no"\n'
        'area_behaviour: "yes"\nbehaviour_kind: "threatened"\n'
        'own_words: "her ex-boyfriend stalks her and waits outside her flat every night, '
        'shes scared to go home tonight"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["interview", "--answers", str(answers), "--lang", "en", "--at", "2026-12-06T03:00"]
    )
    assert result.exit_code == 0, result.output
    first = result.output.split("First referrals")[1].split("Next step")[0]
    assert first.index("112") < first.index("Veilig Thuis") < first.index("113")
    assert "keep the student awake" not in result.output


@pytest.mark.parametrize(
    "text",
    [
        # set27: a threat to oneself after an exam is no figure (the exam figure first
        # matched its stem "kill" and lost it while round 54 was checked)
        "if i fail this exam again i will kill me, i am serious, my family will never forgive",
        "if I fail this test I'll kill myself",
    ],
)
def test_an_exam_figure_needs_the_past_tense(text: str) -> None:
    """A guard of the exact forms (=killed, =unalived) in the exam figure."""
    assert "suicidal_thoughts" in themes_of(text)


# --- a week away is no dropping out --------------------------------------------------------------


def test_a_week_away_after_a_death_is_grief_not_dropout() -> None:
    """Fails without the exact plurals (=weeks, =months) of two dropout patterns (a
    role-play, round 54: "since last week" gave tips for someone thinking of stopping)."""
    found = themes_of("I havent been to class since last week, my grandma died")
    assert "grief" in found and "dropout_risk" not in found


@pytest.mark.parametrize(
    "text",
    [
        "haven't been to uni for weeks",
        "I haven't been to a lecture since like week three and I'm at fifteen out of sixty",
        "Haven't been to a single lecture since week two.",
        "haven't been to class in 6 wks",
    ],
)
def test_weeks_away_and_since_week_two_stay_dropout(text: str) -> None:
    """A guard, and the round-54 pattern for "since week two" of a term."""
    assert "dropout_risk" in themes_of(text)


# --- a writer who names their role ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set182: the mentor's report was set aside as someone else's
        "Hi, I'm Amira's mentor, replying to your follow-up. She hasn't been in class for four weeks now and isn't answering my messages either.",
        "Goedemiddag, ik ben de moeder van Daan. Hij gaat al weken niet meer naar college.",
        "As her tutor I can tell you she has stopped coming to lectures since week two.",
    ],
)
def test_a_mentor_or_parent_writes_about_the_counsellors_student(text: str) -> None:
    """Fails without core/writerrole.py in findings._someone_elses."""
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my friend hasn't been in class for four weeks",
        "Mijn vriend zegt sinds de dood van zijn moeder dat hij niet meer naar college gaat.",
    ],
)
def test_a_friends_need_stays_the_friends(text: str) -> None:
    """A guard: only a named role makes the other the student ("zijn moeder" is none)."""
    assert "dropout_risk" not in themes_of(text)


def test_a_parent_telling_a_risk_to_life_keeps_the_concern() -> None:
    """A guard: writes_as_role is not used for a risk to life."""
    found = themes_of(
        "Goedemiddag, ik ben de moeder van een eerstejaars. Ze heeft me een foto gestuurd van een hoop pillen met 'genoeg?' erbij. Wie kan ik bellen?"
    )
    assert "concern_for_other" in found


# --- set180-set182 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("sometimes on the highway I think about just not turning the wheel", "suicidal_thoughts"),
        (
            "ik ga dit jaar denk ik gewoon niet afmaken, ben al sinds december niet meer geweest",
            "dropout_risk",
        ),
        ("I think I will just disappear from the programme and go home", "dropout_risk"),
        (
            "Mijn broers zeggen dat ik dit weekend mee moet naar huis. Ik ben bang wat er gebeurt als ik ga.",
            "unsafe_situation",
        ),
        ("I'm scared what they'll do when I go home this weekend", "unsafe_situation"),
        ("Iemand heeft foto van mij zonder kleren in een Telegram groep gezet.", "sexual_violence"),
    ],
)
def test_round_54_second_wave(text: str, theme: str) -> None:
    """Fails without the round-54 patterns (themes.yaml, lexicon_signals_casenotes)."""
    assert theme in themes_of(text)


def test_disappearing_from_a_programme_is_no_unsafe_home() -> None:
    """Fails without the unsafe case of the dropout rule in explained_otherwise."""
    assert "unsafe_situation" not in themes_of(
        "I did not go to campus since Christmas. I think I will just disappear from the programme and go home."
    )


# --- tips and the GP for eating problems and a disability ----------------------------------------


@pytest.mark.parametrize(
    ("theme", "tip"),
    [("eating", "eating_body_check"), ("functional_impairment", "impairment_provisions")],
)
def test_eating_and_a_disability_have_a_tip_of_their_own(theme: str, tip: str) -> None:
    """Fails without the round-54 tips of catalog/tips.yaml (a role-play: purging and
    ADHD before a negative study advice got no fitting tip). (The GP was tried as a
    referral for eating problems and left out: a GP serving one more theme ranked below
    the same-day student psychologist for intent to act, an order tested elsewhere.)"""
    import json

    result = CliRunner().invoke(app, ["lookup", "--theme", theme, "--json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert tip in [t["id"] for t in data["tips"]]


# --- the counsellor's "ze" in the interview -----------------------------------------------------


def _replay(tmp_path: Path, lines: dict[str, str], lang: str = "en") -> dict:  # type: ignore[type-arg]
    import json

    answers = tmp_path / "a.yaml"
    answers.write_text(
        "".join(f"{k}: {json.dumps(v)}\n" for k, v in lines.items()), encoding="utf-8"
    )
    result = CliRunner().invoke(
        app,
        [
            "interview",
            "--answers",
            str(answers),
            "--lang",
            lang,
            "--at",
            "2026-12-08T10:30",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_she_says_she_does_not_want_to_die_is_the_students_no(tmp_path: Path) -> None:
    """Fails without someone_else._affirmed ("does not" is no "does"; a role-play, round
    54: the denial became concern for someone else, "call 112 if there is no answer")."""
    data = _replay(
        tmp_path,
        {
            "safety_wish_dead": "sometimes I just wish I could disappear for a while",
            "safety_thoughts": "no, she says she doesn't want to die, she just wants a break",
            "safety_behaviour": "no",
        },
    )
    assert "concern_for_other" not in data["themes"]
    assert "suicidal_thoughts" in data["themes"]


def test_she_says_she_is_fine_is_a_plain_no(tmp_path: Path) -> None:
    """Fails without someone_else's pronoun rule: "she ... is" read as another person
    affirmed (the counsellor's "she" is the student)."""
    data = _replay(
        tmp_path,
        {
            "safety_wish_dead": "no, she says she is fine, just tired",
            "safety_thoughts": "no",
            "safety_behaviour": "no",
        },
    )
    assert data["themes"] == [], data["themes"]


@pytest.mark.parametrize("second", ["nee, ik niet, maar zij wel", "nee, maar zij wel"])
def test_not_me_but_she_does_is_still_concern(tmp_path: Path, second: str) -> None:
    """A guard: set against the student ("ik niet", "maar"), a pronoun is someone else."""
    data = _replay(
        tmp_path,
        {
            "safety_wish_dead": "no",
            "safety_thoughts": second,
            "safety_behaviour": "no",
        },
    )
    assert data["themes"] == ["concern_for_other"]


def test_an_assault_told_as_ze_is_the_students_own(tmp_path: Path) -> None:
    """Fails without interview_close._pronoun_is_the_student and _agent (a role-play,
    round 54: "ze is ... aangerand door een medestudent" put "is die persoon
    bereikbaar? bel 112" and "Maak je je zorgen om iemand anders?" on her handout)."""
    data = _replay(
        tmp_path,
        {
            "safety_wish_dead": "nee, ze zegt van niet",
            "safety_thoughts": "nee",
            "safety_behaviour": "nee hoor",
            "area_sleep": "ja heel slecht, ligt veel wakker",
            "area_behaviour": "ja. ze is drie weken geleden op een feest aangerand",
            "behaviour_kind": "sexual",
            "sexual_past_week": "nee",
            "own_words": "ze is na een feest aangerand door een medestudent, slaapt slecht, gaat niet meer naar de campus en drinkt meer om te kunnen slapen. geen suicidale gedachten.",
        },
        "nl",
    )
    assert "sexual_violence" in data["themes"]
    assert "concern_for_other" not in data["themes"]


def test_a_friend_named_in_the_own_words_stays_concern(tmp_path: Path) -> None:
    """A guard: a friend named as the one assaulted is someone else."""
    data = _replay(
        tmp_path,
        {
            "safety_wish_dead": "nee",
            "safety_thoughts": "nee",
            "safety_behaviour": "nee",
            "area_sleep": "ja, slecht",
            "own_words": "mijn vriendin is op een feest aangerand en ze slaapt slecht, ik slaap ook slecht",
        },
        "nl",
    )
    assert "concern_for_other" in data["themes"]


# --- a concrete help question's further help before what every student may use ----------------


def test_specific_further_help_before_preventions_further_help() -> None:
    """Fails without the split of the later rounds in ReferralIndex.picks (a role-play:
    MantelzorgNL came after the study association for a young carer)."""
    import datetime as dt

    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.model import Tier, Urgency
    from steunwijzer.core.referrals import ReferralIndex

    builtin = load_catalog(["builtin"]).catalog
    assert builtin is not None
    index = ReferralIndex(builtin, dt.datetime(2026, 12, 8, 10, 30), limit=10)
    themes = ("sleep", "social_connection")
    picks = [o for o, _ in index.picks(Tier.SPECIFIC, themes, "en", Urgency.ROUTINE)]
    first_social = next(i for i, o in enumerate(picks) if "social_connection" in o.themes)
    sleep_at = [
        i
        for i, o in enumerate(picks)
        if "sleep" in o.themes and "social_connection" not in o.themes
    ]
    social_at = [
        i
        for i, o in enumerate(picks)
        if "social_connection" in o.themes and "sleep" not in o.themes
    ]
    assert sleep_at[0] < first_social  # every theme's best first, in order
    assert len(sleep_at) >= 3 and len(social_at) >= 2
    assert sleep_at[2] < social_at[1], [o.id for o in picks]


# --- set183 (placements), and a weapon beside a threat --------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "ik ga stoppen. ik ben al 5 weken nergens meer geweest, niet op stage en niet op de hogeschool",
            "dropout_risk",
        ),
        ("I've decided to quit. I emailed the exam board about deregistering.", "dropout_risk"),
        (
            "My family wants the wedding this summer and they said I'll regret it if I refuse.",
            "unsafe_situation",
        ),
        (
            "mijn ouders willen een gearrangeerd huwelijk en ik mag niet weigeren",
            "unsafe_situation",
        ),
        ("mijn stiefvader zet me eruit, vanavond moet ik weg", "unsafe_situation"),
        (
            "he drove me home and wouldn't let me out of the car until I did stuff with him",
            "sexual_violence",
        ),
        ("I want to kill my housemate, I have a knife", "unsafe_situation"),
    ],
)
def test_round_54_last_wave(text: str, theme: str) -> None:
    """Fails without the round-54 patterns of themes.yaml (set183) and, for the last,
    the weapon rule in findings.judge."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb mijn vinger gesneden met het mes in de praktijkles koken, kan ik de toets later doen?",
        "my roommate ate my leftovers again, I'm gonna kill her lol",
        "I've decided to quit smoking and it's going well",
    ],
)
def test_a_kitchen_knife_and_a_joke_stay_harmless(text: str) -> None:
    """A guard: the weapon rule is for a threat to others only; 'decided to quit' needs
    the clause to end there."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        # a role-play (round 54, third): lost beside a "nee" at the drugs question
        "nee, maar ze neemt extra pijnstillers om de dag door te komen",
        "I take extra painkillers to get through the day",
    ],
)
def test_extra_painkillers_are_heard(text: str) -> None:
    """Fails without the round-54 addiction patterns of themes.yaml."""
    assert "addiction" in themes_of(text)


def test_too_many_sleeping_pills_is_an_overdose_not_a_habit() -> None:
    """A guard: "te veel" is left out of the painkiller pattern."""
    found = themes_of("Ik heb vanavond expres te veel slaappillen genomen, niet om dood te gaan.")
    assert "addiction" not in found


@pytest.mark.parametrize(
    "text",
    [
        # a role-play (round 54, third): sextortion told in passing at the money question
        "his ex wants 500 euro from him or she shares the pics, he doesn't have it",
        "ze wil 300 euro, anders deelt ze de foto's met mijn ouders",
    ],
)
def test_money_or_the_pictures_is_sextortion(text: str) -> None:
    """Fails without the round-54 'or she shares the pics' patterns of themes.yaml."""
    assert "sexual_violence" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "bring your camera or he'll post the photos from the trip late",
        "pay me back the 5 euro or I'll post the photos of you sleeping in class lol",
    ],
)
def test_photos_without_money_or_from_me_are_no_extortion(text: str) -> None:
    """A guard: money beside it, and someone else who would share them."""
    assert "sexual_violence" not in themes_of(text)
