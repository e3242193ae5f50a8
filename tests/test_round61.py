# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 61: outsiders' sets (set286 onwards) and four role-plays. Each test names its
source and fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .reading import ACUTE, read_answer, themes_of
from .reading import lookup_json as _lookup

if TYPE_CHECKING:
    from steunwijzer.core.model import Catalog

# --- a parting message, then silence (core/textparting.py) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mijn huisgenoot heeft gisteravond in onze groepsapp 'bedankt voor alles jongens, het ga jullie goed' gezet en sindsdien reageert ze niet meer. Haar deur zit op slot en ze doet niet open. Wat moeten we doen??",
        "my brother gave away his guitar and his bike this week and told me to 'look after mum'. now his phone goes straight to voicemail. im scared",
        "Our daughter usually calls every Sunday. She hasn't for three weeks, her landlord says the post is piling up, and the last message we got said 'don't worry about me anymore'.",
        "Partner didn't come home last night. There was a note on the kitchen table saying sorry for being a burden. The police know.",
        "Roommate's door has been locked since yesterday afternoon, no sound at all, she's not answering texts and her last insta story was just a black screen with 'sorry'.",
    ],
)
def test_a_parting_then_silence_is_concern_now(text: str) -> None:
    """Set293 and set298, measured unseen: each half alone is ordinary and the patterns
    read one clause at a time; together they were nothing, or family circumstances.
    Without core/textparting.py none of them is a concern for someone else."""
    data = _lookup(text)
    assert data["tier"] == "acute", data["themes"]
    assert "concern_for_other" in data["themes"]  # type: ignore[operator]
    assert data["urgency"] == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "She texted goodbye when she left the party and now she's not answering because her phone died.",
        "Mijn dochter belt al een week niet terug, maar ze zit op introductiekamp in de Ardennen en daar is geen bereik.",
        "Mijn broer zei 'zorg goed voor mama' toen hij naar Peru vertrok, en nu reageert hij niet want hij zit in het vliegtuig.",
    ],
)
def test_an_ordinary_silence_or_farewell_is_no_concern(text: str) -> None:
    """Guard: a phone that died, a farewell without a silence, no signal at a camp; a
    parting and a silence with a flight as its reason (the last one is concern for
    someone else, urgency immediate, without textparting._ORDINARY)."""
    assert "concern_for_other" not in themes_of(text)


def test_a_parents_letter_about_a_daughter_is_no_study_topic() -> None:
    """Set290: "I'm writing about my daughter" framed the whole letter as a study topic
    ("writing ... about"), so "she isn't answering her phone and her roommates haven't
    seen her" came out as nothing recognised (textscene.person_not_topic)."""
    text = "I'm writing about my daughter, she's in her first year in Groningen. Last Sunday on the phone she said it doesn't matter whether she's there or not. Since yesterday she isn't answering her phone and her roommates haven't seen her. Please, who can I call?"
    assert "concern_for_other" in themes_of(text)


def test_an_essay_about_a_topic_is_still_framed() -> None:
    """Guard: a frame word and its link before a topic still frame it."""
    assert (
        not themes_of("I'm writing an essay about suicide prevention for my ethics course") & ACUTE
    )


def test_a_friend_from_the_course_is_no_course() -> None:
    """Set287: "my friend from the course posted ... a goodbye text" was framed by
    "course" (and "posted on")."""
    text = "My friend from the course posted on insta some strange goodbye text at 3 at night and now his phone is off. We are very worried, what can we do now?"
    assert "concern_for_other" in themes_of(text)


# --- too much medicine, and the body reacts (core/textdose.py) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "heb een uur geleden een paar extra ritalin genomen om door te kunnen leren en nu hartkloppingen, ik ben bang. ik wil niet dood",
        "nee... wel een paar extra van m'n ritalin genomen om door te kunnen leren, uur geleden. nu bonkt m'n hart heel raar",
        "Took 4 of my friend's Ritalin to get through tonight for tomorrow's exam and now my heart is pounding like crazy and my chest hurts.",
        "Heb oxazepam genomen en daarna toch nog wijn gedronken en nu voelt mijn hart heel traag en ik kan mn ogen bijna niet openhouden.",
    ],
)
def test_too_much_medicine_with_a_reacting_body_is_danger_now(text: str) -> None:
    """A role-play (round 61, intake 3) and set297: stimulants or a sedative and drink
    with the heart racing or slowing were stress, routine, the student dean first. Now
    an unsafe situation, urgency immediate (112 and the out-of-hours GP first), and no
    wish to die is put in the student's mouth."""
    data = _lookup(text)
    assert "unsafe_situation" in data["themes"]  # type: ignore[operator]
    assert "suicidal_thoughts" not in data["themes"]  # type: ignore[operator]
    assert data["urgency"] == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "ik neem soms een extra ritalin voor tentamens",
        "ik heb hartkloppingen van de stress",
        "my heart is racing before every presentation",
    ],
)
def test_medicine_or_a_racing_heart_alone_is_no_emergency(text: str) -> None:
    """Guard: one half alone stays what it was."""
    assert "unsafe_situation" not in themes_of(text)


# --- a checklist's marks deny what they follow (textdenied.screened_out) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Parents divorcing, she moves between two houses every week and can't get any studying done. SI -, SH -, DV -.",
        "Hulpvraag: beter leren plannen, stelt alles uit tot het laatste moment. Screening suïcidaliteit/zelfbeschadiging/middelen: allemaal negatief.",
        "Screening: suïcidaliteit nee, automutilatie nee, middelen nee, veiligheid thuis ja. Geen hulpvraag, alleen vraag over rooster.",
        "Checklist complete: self-harm ✗ suicidal thoughts ✗ abuse ✗. Reason for contact: is counselling free for part-time students?",
        "Huisarts: suïcidaal gedrag nee, automutilatie nee, middelengebruik nee. Verwijzing studiekeuzegesprek vervalt.",
    ],
)
def test_a_screening_checklist_answered_no_is_not_acute(text: str) -> None:
    """Set294 and set286: each came out acute (suicidal thoughts, self-harm) from the
    very items the note said were absent."""
    assert not themes_of(text) & {"suicidal_thoughts", "self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "suïcidaliteit - ja, recent plan",
        "Screening: suïcidaliteit ja, automutilatie nee, middelen nee",
        "SI: 'sometimes, when it gets bad'",
        "Warm handover to crisis team: OD attempt Sunday night, discharged from A&E yesterday.",
    ],
)
def test_a_positive_item_of_a_checklist_stays(text: str) -> None:
    """Guard, and set294: a dash before an answer is no denial; one "ja" among noes
    keeps its item; "SI: sometimes" and "OD attempt" are the risk in shorthand (the last
    two were nothing)."""
    assert "suicidal_thoughts" in themes_of(text)


# --- answers read as said ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "answer", "expected"),
    [
        ("safety_behaviour", "no plan, no prep", False),
        ("safety_plan", "no like i said i dont have a plan or anything its not like that", False),
        (
            "safety_method",
            "no never i dont think about how or anything like that its more just a feeling",
            False,
        ),
        ("area_substances", "denies substance use", False),
        ("area_substances", "n/a", False),
        ("safety_thoughts", "denies SI", False),
        (
            "safety_wish_dead",
            "no i mean yes sometimes i think about not being here anymore but i would never do it because of my mum",
            True,
        ),
        ("safety_wish_dead", "nee ik bedoel ja, soms", True),
    ],
)
def test_worded_answers_are_read_as_said(
    builtin: Catalog, qid: str, answer: str, expected: object
) -> None:
    """Two role-plays of round 61: clear noes ("no plan, no prep") were "don't know" and
    raised "Immediate danger: call 112"; a counsellor's "denies substance use" was a yes;
    "no I mean yes" was "don't know" on the record."""
    assert read_answer(builtin, qid, answer) == expected


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("safety_behaviour", "nee, ik heb wel een plan"),
        ("safety_behaviour", "no... well i have a plan"),
        ("safety_method", "no but i think about it like that sometimes"),
    ],
)
def test_a_no_taken_back_stays_doubt(builtin: Catalog, qid: str, answer: str) -> None:
    """Guard: a plan or a thought said after the no is doubt, as before."""
    from steunwijzer.core.answers import UNKNOWN

    assert read_answer(builtin, qid, answer) == UNKNOWN


# --- figures, and what they must not hide ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I dont know, what is the point if I go back",
        "what is the point of studying if I fail anyway",
        "wat heeft het voor zin als ik toch terug ga",
        "Landlord threatening eviction unless she pays extra 'service costs' in cash; couch-surfing a few nights now.",
        "Vandaag mijn propedeuse gehaald, eindelijk af van die BSA-stress! Wilde het gewoon even met iemand delen",
        "Morgen tentamen statistiek en ik lig al drie uur te trillen in bed. Doodsbang dat ik weer blokkeer zoals bij de vorige poging.",
        "Incidentmelding practicum scheikunde: studente heeft haar hand gebrand aan een kookplaat, EHBO verleend, ongevallenformulier ingevuld.",
        "De uitvaart van mijn oudoom was volgens Hindoestaanse traditie, heel bijzonder om mee te maken. Ik kende hem eigenlijk nauwelijks.",
    ],
)
def test_ordinary_words_are_not_acute(text: str) -> None:
    """A role-play (an exchange student's "what is the point if I go back" was 113
    first, and his "no" at the safety questions did not undo it) and the sets: a
    landlord's threat, a BSA made, an exam's attempt, "EHBO verleend" read as
    "overleed", the funeral of a great-uncle hardly known."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("what's the point of living if I fail anyway", "suicidal_thoughts"),
        ("Wat heeft het voor zin om door te gaan als ik toch overal in faal", "suicidal_thoughts"),
        (
            "What's the point of finishing this degree if I won't be here to use it",
            "suicidal_thoughts",
        ),
        ("my ex threatened to kill me if I tell anyone", "unsafe_situation"),
        ("mijn oom is overleden, ik kende hem nauwelijks maar ik mis hem toch", "grief"),
        (
            "vorig jaar is mijn moeder overleden en iedereen denkt dat ik er nu wel overheen ben. maar ik zit nog elke dag te janken in de bieb",
            "grief",
        ),
    ],
)
def test_the_risk_beside_a_figure_stays(text: str, theme: str) -> None:
    """Guards (the first three were lost by an early draft of this round's figures), and
    set296: "iedereen denkt dat ik er overheen ben" was read as the student's own
    recovery ("denkt" stood six words back; denials.believed_by_others looks seven back)."""
    assert theme in themes_of(text)


# --- needs found in the sets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "vermoedt dat drankje gespiked is tijdens introweek, wakker geworden in onbekende kamer, herinnert zich vrijwel niks.",
            "sexual_violence",
        ),
        (
            "zaterdag in de kroeg na 2 biertjes ineens helemaal weg en ik werd wakker in een huis dat ik niet ken.",
            "sexual_violence",
        ),
        (
            "she took off the condom halfway through without asking me. is that even something you can report??",
            "sexual_violence",
        ),
        (
            "My best friend told me a guy from her rowing club had sex with her while she was passed out after a team drinks. She made me promise not to tell anyone. Now she's stopped eating and barely leaves her room.",
            "sexual_violence",
        ),
        ("Hx CSA by uncle; triggered since he moved back to town last month.", "sexual_violence"),
        (
            "Wordt gechanteerd met naaktbeelden na videocall met onbekende, dader eist €500.",
            "sexual_violence",
        ),
        ("Ik werd wakker en hij was al bezig. Ik sliep gewoon.", "sexual_violence"),
        (
            "We had to put our cat Mochi to sleep on Sunday. She was with me through my whole bachelor.",
            "grief",
        ),
        (
            "We hebben gisteren Boris laten inslapen, hij was 14 en ik ben met hem opgegroeid.",
            "grief",
        ),
        (
            "mijn onderarmen lijken op een streepjescode lol. moet morgen weer met lange mouwen naar het practicum",
            "self_harm",
        ),
        (
            "hoodie szn all year round bc of my arms lol. the razor thing is back, like three times this week",
            "self_harm",
        ),
        (
            "als straf ga ik dan 2 uur hardlopen terwijl mn knie al kapot is.. ik wil gewoon dat het pijn doet",
            "self_harm",
        ),
        ("ik wil gewoon bij God zijn. hier is niks meer voor mij, echt niks", "suicidal_thoughts"),
        (
            "My brothers found out about my boyfriend. My father told me that if I come home this weekend I will not be leaving again. I don't know where to go and my phone is shared with my mum.",
            "unsafe_situation",
        ),
        (
            "Door mijn eetstoornis lig ik zo ver achter dat mijn studieadviseur zei dat stoppen misschien verstandiger is.",
            "dropout_risk",
        ),
    ],
)
def test_round61_needs_are_found(text: str, theme: str) -> None:
    """Misses of round 61's blind sets, measured unseen (set286-set301): each found
    nothing of its theme before this round."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I put my cat down on the sofa and went back to my essay",
        "werd vanochtend wakker op de bank van mijn huisgenoot met een pizzadoos op m'n buik, verder alles top",
        "ik haal mijn bsa niet, ik sta op 20 punten",
    ],
)
def test_round61_neighbours(text: str) -> None:
    """Guards: a cat put down on a sofa, waking on a housemate's couch; a BSA not made
    is still a risk of dropping out (the figure "haalt haar BSA ruim" needs "ruim")."""
    found = themes_of(text)
    if "bsa" in text:
        assert "dropout_risk" in found
    else:
        assert not found & ACUTE


# --- the screen's words ------------------------------------------------------------------


def test_one_referral_more_is_said_in_the_singular() -> None:
    """Two role-plays: "verwijzing(en)", "referral(s)" read like placeholders."""
    from steunwijzer.present.texts import t

    assert "verwijzing," in t("more_referrals_key_one", "nl", n=1)
    assert "1 more referral," in t("more_referrals_one", "en", n=1)
    assert "(en)" not in t("more_referrals", "nl", n=3) and "(s)" not in t(
        "more_referrals", "en", n=3
    )
    assert "(s)" not in t("unknown_note", "en", n=2) and "1 safety question " in t(
        "unknown_note_one", "en"
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_tier_prompt_fits_80_columns_in_two_lines(lang: str) -> None:
    """A role-play at 80 columns: "..., 3" / "acuut:" broken by the terminal."""
    from steunwijzer.present.texts import t

    prompt = t("override_prompt", lang, tier="Specifieke hulpvraag") + ": "
    lines = prompt.split("\n")
    assert len(lines) == 2 and all(len(x) < 80 for x in lines)


# --- someone else's words in a safety answer -------------------------------------------


def test_a_friends_quoted_words_are_not_the_students_doubt(builtin: Catalog) -> None:
    """A role-play (round 61, intake 3): the student's "nee!!" with her friend's message
    quoted after it ("... dat je van me hoort") was "weet niet" about her own wish: the
    crisis box spoke of the student, the review kept a doubt she never had."""
    answer = (
        'nee!! maar zij wel, ze appte een uur geleden "dit is de laatste keer dat je van me hoort"'
    )
    assert read_answer(builtin, "safety_thoughts", answer) is False


def test_the_student_named_after_the_friend_stays_open(builtin: Catalog) -> None:
    """Guard: "nee, maar mijn vriend zegt dat ik het wel heb" is still doubt (round 15)."""
    from steunwijzer.core.answers import UNKNOWN

    answer = "nee, maar mijn vriend zegt dat ik het wel heb"
    assert read_answer(builtin, "safety_thoughts", answer) == UNKNOWN


def test_the_last_time_i_hear_from_her_is_a_concern() -> None:
    """A role-play (round 61, run 3b): "mn vriendin appte dat dit de laatste keer is dat
    ik van haar hoor en haar locatie staat uit" was the student's own wish only, 113
    first and no concern for the friend."""
    text = "nee maar mn vriendin appte dat dit de laatste keer is dat ik van haar hoor en haar locatie staat uit"
    assert "concern_for_other" in themes_of(text)


# --- round 61's third wave (set302-set305, measured unseen on fbdb2a8) -----------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "took like 4 of my ritalin with two monsters to get the thesis chapter done and now my heart is going insane and my chest hurts?? is this normal",
            "unsafe_situation",
        ),
        (
            "had xanax and vodka at pres, now i cant keep my eyes open and my breathing feels really slow. im alone in my room",
            "unsafe_situation",
        ),
        (
            "ik blijf maar overgeven en ben zo duizelig dat ik niet kan staan.. heb gisteravond te veel van die slaaptabletten van mn moeder genomen, per ongeluk denk ik",
            "unsafe_situation",
        ),
        (
            "I am writing as a parent. My daughter rang me at 2am slurring, said she had taken 'a few' of her antidepressants with wine. She is not picking up now.",
            "concern_for_other",
        ),
        (
            "Our daughter has stopped answering our calls and her roommate told us she found razor blades in the bathroom.",
            "concern_for_other",
        ),
        (
            "mattie appt al een uur niks terug nadat ze zei dat ze bij het spoor stond. locatie staat nog aan, vlakbij station. bel ik 112??",
            "concern_for_other",
        ),
        (
            "Mijn oom wil deze zomer mijn huwelijk regelen in het land van mijn ouders. Ik wil dat niet.",
            "unsafe_situation",
        ),
        (
            "als m'n vader erachter komt dat ik een vriendin heb is het klaar met me, en dat bedoel ik letterlijk.",
            "unsafe_situation",
        ),
        (
            "My ex made me take something before we had sex and I barely remember the night.",
            "sexual_violence",
        ),
        (
            "Q: How many ECTS do you have so far? A: 18 of the 45 I need for the BSA, so basically I'm out in June unless a miracle happens",
            "dropout_risk",
        ),
        (
            "Have you ever harmed yourself? Yes, at 15, then stopped for years. Started again in November though (burning, with a lighter).",
            "self_harm",
        ),
        (
            "Ik drink elke avond een fles wijn leeg en eerlijk gezegd maakt het me niet uit als ik er een keer niet meer van opsta.",
            "suicidal_thoughts",
        ),
    ],
)
def test_round61_third_wave_needs_are_found(text: str, theme: str) -> None:
    """Misses of set302-set305: the dose with a friend's name, a drink or a quoted "a
    few" and the body in other words (a heart "going insane", slow breathing, slurring,
    vomiting), a parent's daughter with razor blades found, a friend at the railway who
    stopped answering, a marriage arranged, a threat told as "het is klaar met me"."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Suïcidale gedachten? Nee. Zelfbeschadiging? Nee. Middelen? Nee. Kom eigenlijk alleen voor een handtekening op het topsportformulier.",
        "lol i took like 6 of my adhd pills to get through exam week and ended up at the ER with my heart going crazy. anyway, can I still get my extension",
        "My parents are arranging my sister's wedding in Istanbul this summer and the whole family is flying over.",
        "doei allemaal, ik ga offline tot na de tentamens",
        "thanks for everything, off to bed now",
    ],
)
def test_round61_third_wave_neighbours(text: str) -> None:
    """A form's "Nee." after each item (set304: acute on the items it denied), and guards:
    care already given at the ER, a sister's wedding, one's own "offline", "off to bed"."""
    assert not themes_of(text) & {
        "suicidal_thoughts",
        "self_harm",
        "unsafe_situation",
        "concern_for_other",
    }


def test_a_forms_yes_keeps_its_item() -> None:
    """Guard: "Suïcidale gedachten? Ja, soms." stays the risk."""
    assert "suicidal_thoughts" in themes_of("Suïcidale gedachten? Ja, soms.")


# --- the fifth role-play (on fbdb2a8) ------------------------------------------------------


def test_no_idea_at_a_safety_question_is_doubt_not_no(builtin: Catalog) -> None:
    """A father at the method question: "no idea. we can't reach her" was read as "no",
    a lowered safety answer that then dropped out of the count of open ones."""
    from steunwijzer.core.answers import UNKNOWN

    assert read_answer(builtin, "safety_method", "no idea. we can't reach her") == UNKNOWN
    assert (
        read_answer(builtin, "safety_method", "geen idee, we kunnen haar niet bereiken") == UNKNOWN
    )


def test_four_sleeping_pills_and_a_slow_heart_are_danger_now() -> None:
    """A student who took four of her sleeping pills to sleep, drowsy, her heart slow:
    sleep problems only (112 nowhere near the top)."""
    text = "heb vanmiddag 4 slaappillen genomen om eindelijk te slapen, ik wil niet dood. nu ben ik heel suf en mijn hart voelt traag"
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb 2 paracetamol genomen tegen de hoofdpijn en voel me nu duizelig",
        "I took two ibuprofen for my headache and now I feel dizzy",
    ],
)
def test_an_ordinary_dose_is_no_emergency(text: str) -> None:
    """Guard: two painkillers and a dizzy spell are no overdose (an early draft of the
    number rule made them danger now)."""
    assert "unsafe_situation" not in themes_of(text)


def test_a_question_with_a_guessed_answer_says_enter_keeps_it(builtin: Catalog) -> None:
    """The loss question prefilled with "yes" from a joke about a hamster said "(or Enter
    to skip)" when asked again, and Enter kept the "yes" (a role-play, round 61)."""
    from steunwijzer.core.prompts import QuestionPrompt
    from steunwijzer.render.asking import question_lines

    question = builtin.question("area_loss")
    assert question is not None
    expect, _, hint = question_lines(QuestionPrompt(question, 9, 20, True, True), "en", None)
    assert "Enter to keep [yes]" in expect and "skip" not in expect and "[yes]" in hint
    expect, _, _ = question_lines(QuestionPrompt(question, 9, 20, None, True), "en", None)
    assert "Enter to skip" in expect  # guard: without an answer in brackets, Enter skips


@pytest.mark.parametrize(("left", "said"), [(1, "1 more referral,"), (2, "2 more referrals,")])
def test_the_screen_says_how_many_referrals_are_left_in_the_right_number(
    builtin: Catalog, left: int, said: str
) -> None:
    """The first screen picks the singular for one referral left (render/screen.py); the
    texts alone were tested, and putting back the plural for one left no test saw."""
    import datetime as dt

    from steunwijzer.core.interview import replay
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.render.screen import summary_lines

    at = dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    answers = {"safety_wish_dead": "no", "safety_thoughts": "no", "safety_behaviour": "no",
               "area_sleep": "yes", "area_mood": "yes"}  # fmt: skip
    result = replay(builtin, answers, "en", ReferralIndex(builtin, at))
    shown = len(result.referrals) - left
    assert shown > 0, result.referrals
    text = " ".join(line for line, _ in summary_lines(builtin, result, "en", None, shown=shown))
    assert said in text and "referral(s)" not in text


def test_one_open_safety_answer_is_said_in_the_singular(builtin: Catalog) -> None:
    """The note under the result picks the singular for one open safety answer
    (render/notes.py); a role-play read "1 safety question(s)"."""
    import datetime as dt

    from steunwijzer.core.interview import replay
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.render.notes import notes_of

    at = dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    answers = {"safety_wish_dead": "unknown", "safety_thoughts": "no", "safety_behaviour": "no"}
    result = replay(builtin, answers, "en", ReferralIndex(builtin, at))
    text = " ".join(line for line, _ in notes_of(builtin, result, "en", False))
    assert "The answer to 1 safety question stayed open" in text
