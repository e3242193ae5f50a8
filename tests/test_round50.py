"""Round 50: what round 49's closing note left open and its two outsiders' sets showed:
all one's pills at once beside what they were for, a student's own "so I'm thinking of
dropping out" after what the parents said, a hedge after "na dit blok stop ik", purging
read as self-harm, a course title that lists two topics, first aid taught."""

from __future__ import annotations

import pytest

from .reading import ACUTE, themes_of

# --- all of one's pills at once is a means, whatever they were for -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to take all my pills for my headache at once tonight",
        "ik neem vanavond al mijn pillen tegen hoofdpijn tegelijk in",
        "ik neem in één keer alle pillen tegen mijn hoofdpijn",
        "straks slik ik al m'n medicijnen tegelijk",
        "I'll take all my meds at once after the exam",
        "gonna swallow the whole strip of pills for my migraine in one go",
        "ik slik de hele strip tabletten tegen migraine in 1 keer",
    ],
)
def test_all_pills_at_once_is_a_wish_to_die(text: str) -> None:
    """ "pills for my headache" is a figure of speech (a daily dose) that set aside every
    finding it overlapped: the text with "all ... at once" was nothing recognised. It
    fails with misreads.pills_all_at_once left out of matchchecks.a_figure."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik slik al jaren pillen tegen hoofdpijn",
        "I take pills for my headache all the time",
        "I take a pill once a day for my headache",
        "I always forget to take all my pills",
        "ik vergeet vaak al mijn medicijnen in te nemen",
    ],
)
def test_the_daily_round_of_pills_is_no_risk(text: str) -> None:
    """Guards: pills for an ailment, once a day, often forgotten: none of them is an
    amount taken to die. ("I take all my meds every morning" is still read as
    a risk, as before this round: see the next test.)"""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to take all my pills tonight, every day is hell",
        "every night I think about taking all my pills",
        "elke avond denk ik eraan om al mijn pillen in te nemen",
        "ik neem vanavond al mijn pillen in, elke dag is een hel",
        "ik slik al mijn pillen tegelijk met een glas water",
        "ik neem vanavond al mijn pillen tegelijk bij het eten in",
    ],
)
def test_every_night_or_a_glass_of_water_hides_no_overdose(text: str) -> None:
    """Round 50's review: a figure for the daily round ("all my pills ... every night")
    hid the first three; a drink beside them is no meal. It fails with those figures put
    back in core/lexicon_signals_acts.FIGURES_NL/EN."""
    assert "suicidal_thoughts" in themes_of(text)


# --- the student's own words after what the parents said ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My dad lost his job and my parents told me they can't pay my tuition anymore, "
        "so I'm seriously thinking about dropping out after this block.",
        "mijn ouders zeiden dat ze het collegegeld niet meer kunnen betalen, dus ik denk "
        "erover om te stoppen met mijn studie",
    ],
)
def test_so_after_reported_speech_is_the_students_own(text: str) -> None:
    """The round-9 rule read the "I'm" after "my parents told me they ..." as inside
    what the parents said; ", so I'm" ends it (textcontext._reported, ``_SO``)."""
    assert "dropout_risk" in themes_of(text)


def test_reported_speech_still_belongs_to_the_speaker() -> None:
    """Guard: the flatmate's own words stay the flatmate's."""
    found = themes_of("mn huisgenoot zei 'ik ga me ophangen'")
    assert "concern_for_other" in found and "suicidal_thoughts" not in found


# --- "na dit blok stop ik denk ik gewoon" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maar ik voel helemaal niks meer bij Rechten en heb mijn kamer al opgezegd. "
        "Na dit blok stop ik denk ik gewoon.",
        "na dit blok stop ik gewoon",
        "na deze periode kap ik echt",
        "after this block I'm just quitting",
        "after the exams I'm dropping out",
    ],
)
def test_stopping_after_this_block_with_a_hedge(text: str) -> None:
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "na dit blok stop ik met hockey",
        "na dit blok stop ik gewoon met hockey",
        "after this block I'm quitting my job",
    ],
)
def test_stopping_something_else_after_this_block(text: str) -> None:
    assert "dropout_risk" not in themes_of(text)


# --- purging is an eating problem; as a punishment it is harm done to oneself ------------


@pytest.mark.parametrize(
    "text",
    [
        "I've started weighing myself three times a day and I only eat one small meal, "
        "sometimes I make myself throw up after.",
        "keep making myself throw up after dinner. is that bad",
        "i binge and then make myself throw up, my throat is always sore now",
    ],
)
def test_purging_is_eating_not_self_harm(text: str) -> None:
    found = themes_of(text)
    assert "eating" in found and "self_harm" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I make myself throw up when I feel like I deserve it.",
        "I make myself sick as a punishment when I fail a test",
        "I make myself throw up until I pass out, I hate myself",
    ],
)
def test_purging_as_a_punishment_is_self_harm(text: str) -> None:
    assert "self_harm" in themes_of(text)


# --- a course title that lists two topics -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik volg het keuzevak 'Suïcidepreventie en zelfbeschadiging', super interessant",
        "I'm taking the elective 'Suicide prevention and self-harm'",
        "Vak 'Dood en rouw in de literatuur' gehaald; st. wil nu hulp bij scriptieplanning.",
    ],
)
def test_a_title_of_two_topics_is_framed(text: str) -> None:
    assert not themes_of(text) & ACUTE


def test_after_a_course_the_harm_is_still_told() -> None:
    """Guard: a sentence about the course, then harm that came back."""
    assert "self_harm" in themes_of("de cursus was zwaar en zelfbeschadiging is weer begonnen")


# --- first aid taught: tried and dropped ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik heb geleerd hoe je moet handelen bij een overdosis, maar ik wil er zelf een nemen",
        "we learned what to do in case of an overdose and I keep thinking about taking one myself",
    ],
)
def test_first_aid_taught_hides_no_overdose_of_ones_own(text: str) -> None:
    """Round 50's review: a figure for first aid taught ("wat je moet doen bij een
    overdosis") also hid the student's own overdose said after it; the figure was
    dropped, so "bij de EHBO-cursus ..." is still read as a risk (a false alarm)."""
    assert "suicidal_thoughts" in themes_of(text)


def test_an_overdose_of_ones_own_is_still_read() -> None:
    """Guard: no course, the student's own overdose."""
    assert "suicidal_thoughts" in themes_of("ik denk aan een overdosis, ik wil niet meer")


# --- a need of the past, said to be over -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "had 2 jr geleden eetstoornis, behandeld, nu stabiel en klachtenvrij. Intake op "
            "verzoek studieadviseur ter afsluiting dossier.",
            "eating",
        ),
        ("Stud. had 3 jr geleden depressie, behandeld, gaat nu goed, geen klachten.", "low_mood"),
        (
            "I had a burnout back in 2021. I'm fully recovered, in my fourth year and on track "
            "to graduate.",
            "stress",
        ),
        ("ik had vroeger faalangst, nu gaat het goed", "performance_anxiety"),
    ],
)
def test_a_need_said_to_be_over_is_no_need_now(text: str, theme: str) -> None:
    """The past beside a finding set aside acute themes only; a need that is not acute
    stayed, so a note closing a file read as an eating problem (textpast.over_and_done)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Got diagnosed with depression last year, on meds, doing okay-ish but some weeks "
            "are really hard",
            "low_mood",
        ),
        (
            "ik ben vorig jaar verhuisd voor m'n studie en heb nog steeds niemand om gewoon "
            "even mee af te spreken",
            "social_connection",
        ),
        (
            "I have ADHD, diagnosed last year, and I'm still figuring out how to study with "
            "it. The medication helps a bit.",
            "functional_impairment",
        ),
        ("had 2 jaar geleden een eetstoornis en nu gaat het weer mis", "eating"),
        ("vroeger had ik faalangst, nu nog steeds bij mondelingen", "performance_anxiety"),
    ],
)
def test_a_need_that_goes_on_stays(text: str, theme: str) -> None:
    """Guards: a contrast, "still", "again" or a diagnosis bring the need into now."""
    assert theme in themes_of(text)


# --- the writer's own clause after someone else's ------------------------------------------


def test_a_clause_of_no_subject_after_me_is_the_writers() -> None:
    """ "gf broke up with me, failed 3 courses, probably getting a negative BSA now": the
    BSA was set aside as the girlfriend's (findings._writer_goes_on)."""
    text = "gf broke up with me, failed 3 courses, probably getting a negative BSA now"
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn broer belde me, hij stopt met zijn studie",
        "my sister called me, she is dropping out of uni",
    ],
)
def test_someone_elses_clause_with_a_subject_stays_theirs(text: str) -> None:
    assert "dropout_risk" not in themes_of(text)


# --- needs the blind sets of round 49 named in words the patterns did not know ---------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik voel me al weken zo vlak. niks is nog echt leuk", "low_mood"),
        ("beetje down de laatste tijd, alles kost zoveel moeite", "low_mood"),
        (
            "ik eet alleen nog 's avonds en dan heel veel tegelijk, daarna voel ik me zo "
            "schuldig dat ik het er weer uit wil hebben",
            "eating",
        ),
        ("st. eet structureel niet in tentamenweken, BMI laag volgens huisarts", "eating"),
        ("do, vr en za elke week zat, en op maandag weet ik niks meer", "addiction"),
        (
            "heb mijn mondeling al twee keer afgezegd omdat ik zo in paniek was",
            "performance_anxiety",
        ),
        ("ik werk 25 uur per week omdat ik anders niet rondkom", "finances"),
        (
            "ik ben net uit Duitsland hierheen verhuisd en snap het systeem nog niet",
            "international_student",
        ),
        ("al 2 mnd niet op de uni geweest", "dropout_risk"),
        (
            "ik ben naar geen enkel college geweest en heb de laatste drie tentamens gemist",
            "dropout_risk",
        ),
        ("My parents are in Syria and I haven't heard from them in weeks", "family_circumstances"),
        ("volgend jaar moet ik een specialisatie kiezen en ik heb geen idee", "study_choice"),
    ],
)
def test_needs_in_words_the_patterns_did_not_know(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik zat elke week in de bieb", "addiction"),
        ("we hebben de afspraak afgezegd omdat de docent ziek was", "performance_anxiety"),
        ("ik kom net terug uit Spanje van vakantie", "international_student"),
        ("I haven't heard from the landlord in weeks about the heating", "family_circumstances"),
    ],
)
def test_the_same_words_without_the_need(text: str, theme: str) -> None:
    """Guards for the patterns above."""
    assert theme not in themes_of(text)


# --- notes: a month's abbreviation, the one who hurts named first ------------------------


def test_a_months_abbreviation_does_not_end_the_sentence() -> None:
    """ "vader sinds dec. in ziekenhuis": the full stop after "dec" split the note, and
    "vader ..4 ziekenhuis" no longer matched (lexicon.ABBREVIATIONS)."""
    text = "stud. 1e jr rechten, negatief BSA dreigt, vader sinds dec. in ziekenhuis"
    assert "family_circumstances" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "st. woont nog bij ex, hij sloeg haar vorige week",
        "S. lives with her boyfriend, he hit her last weekend",
    ],
)
def test_the_student_in_a_note_is_the_one_hurt(text: str) -> None:
    """A note whose first pronoun is the one who hurts ("hij sloeg haar") read the
    student as "hij", and "haar vorige week" as "my last week": only concern for someone
    else. The student's own unsafe situation is read now (firstperson._student)."""
    assert "unsafe_situation" in themes_of(text)


def test_her_before_a_noun_is_still_hers() -> None:
    """Guard: "her last exam" is her exam, not something done to her."""
    assert not themes_of("she says her last exam went badly") & ACUTE


# --- my own probes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("i haven't eaten properly in two weeks, i just can't", "eating"),
        ("ik twijfel of ik wel bij geneeskunde hoor", "study_choice"),
        ("ik ben benieuwd waar ik goed in ben", "self_insight"),
        ("I want to find out what I'm good at", "self_insight"),
    ],
)
def test_probes_of_round_50(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I haven't eaten pizza in weeks lol", "eating"),
        ("ik vraag me af of ik wel in deze groep pas", "study_choice"),
    ],
)
def test_probes_of_round_50_without_the_need(text: str, theme: str) -> None:
    assert theme not in themes_of(text)


def test_ze_before_a_noun_and_a_singular_verb_is_the_student() -> None:
    """ "student vertelt dat ze pillen heeft opgespaard": "ze pillen" was read as "they"
    (a plural verb), so the note was also concern for someone else (firstperson._they)."""
    found = themes_of("student vertelt dat ze pillen heeft opgespaard, wil er niet over praten")
    assert "suicidal_thoughts" in found and "concern_for_other" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Student reports passive death wishes over the past two weeks, denies a plan.",
        "the death toll in that war documentary we watched for history was staggering",
    ],
)
def test_a_death_wish_or_toll_is_no_loss(text: str) -> None:
    assert "grief" not in themes_of(text)


def test_a_death_told_is_still_grief() -> None:
    """Guard."""
    assert "grief" in themes_of("my father's death last month hit me hard")


def test_all_seminars_missed_is_a_dropout_risk() -> None:
    text = "Mentor e-mail: student has missed all seminars since week 3, not responding."
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "de laatste weken voel ik me zo somber, ik lach bijna niet meer",
        "ik slaap echt slecht de laatste weken, word steeds om 3 uur wakker",
    ],
)
def test_the_last_few_weeks_is_a_time_not_last_minute_work(text: str) -> None:
    assert "study_skills" not in themes_of(text)


def test_everything_left_to_the_last_week_is_still_planning() -> None:
    """Guard."""
    assert "study_skills" in themes_of(
        "Wil beter leren plannen, stelt alles uit tot de laatste week."
    )


def test_grabbed_by_the_neck_in_a_note_is_hers() -> None:
    """Round 49's closing note: "hij pakte haar alleen hard bij haar nek vast" read
    "haar alleen" as "my alone" and found nothing (firstperson._AFTER_OBJECT)."""
    text = "hij sloeg haar niet echt hoor, hij pakte haar alleen hard bij haar nek vast"
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "i drink like 6 beers every night just to switch off",
        "my housemates all switch to dutch at dinner and i just sit there",
        "how do I switch tutorial groups? the thursday one clashes with my job",
        "gave away my switch and all my plants this week",
        "can I switch my appointment to online?",
    ],
)
def test_a_switch_that_is_no_change_of_programme(text: str) -> None:
    """ "switchen" is a synonym of a study choice matched by its stem, so every "switch"
    was one (misreads.no_switch_of_study)."""
    assert "study_choice" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "i want to switch my minor to psychology",
        "Can I switch from Psychology to Computer Science halfway through the year?",
        "ik wil switchen maar heb al 3 jaar studiefinanciering gebruikt",
        "is it too late to switch to history in second year?",
    ],
)
def test_switching_programmes_stays_a_study_choice(text: str) -> None:
    assert "study_choice" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik volg het vak statistiek en zelfmoordgedachten heb ik ook", "suicidal_thoughts"),
        ("ik volg de cursus plannen en zelfbeschadiging doe ik nog steeds", "self_harm"),
        ("I'm taking the course Statistics and self-harm is something I still do", "self_harm"),
    ],
)
def test_a_course_then_the_students_own_risk_is_no_title(text: str, theme: str) -> None:
    """Round 50's review: the title of two topics framed "het vak statistiek en
    zelfmoordgedachten heb ik ook"; the student's own words after it keep it theirs."""
    assert theme in themes_of(text)


def test_a_death_then_thoughts_is_still_grief() -> None:
    """Round 50's review: the death-wish misread looked at any word before "thoughts",
    so "my grandpa died, thoughts about him keep me up" lost its grief."""
    assert "grief" in themes_of("my grandpa died, thoughts about him keep me up at night")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik heb problemen met het vak statistiek en zelfbeschadiging", "self_harm"),
        ("ik worstel met de cursus Frans en zelfmoordgedachten", "suicidal_thoughts"),
    ],
)
def test_a_course_and_ones_own_risk_listed_is_no_title(text: str, theme: str) -> None:
    """Round 50's review: a list of a course and the student's own risk is no title of
    two topics; the first topic must be one too (textframe._TOPICS)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "een docent heeft me na de les tegen zich aan gedrukt en aan mn borsten gezeten",
            "sexual_violence",
        ),
        (
            "Stud. al 3 mnd niet gezien bij colleges/werkgroepen, reageert niet op mail",
            "dropout_risk",
        ),
    ],
)
def test_acute_misses_of_round_50s_blind_sets(text: str, theme: str) -> None:
    """Two blind sets written during round 50 (read after measuring): the verb after
    "aan mn borsten", and months not seen at lectures in a note."""
    assert theme in themes_of(text)
