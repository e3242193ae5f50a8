# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 58: outsiders' sets (set222 onwards), role-plays and the items round 57's
closing note left open. Each test names its source and fails without the change it
guards, unless it says it is a guard."""

from __future__ import annotations

import pytest

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import CrisisPrompt, Prompt, QuestionPrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult

from .intake import answering as _answering
from .reading import lookup_json as _lookup
from .reading import read_answer as _read_answer
from .reading import themes_of

# --- medicine taken as prescribed, a pot of peanut butter -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik heb vanochtend alle medicijnen ingenomen zoals voorgeschreven",
        "I took all my meds this morning like the doctor said",
        "took all my medication as prescribed, still feel flat though",
        "gisteren de hele pot pindakaas genomen, oeps",
        "I swallowed a whole pack of sweets during the lecture lol",
    ],
)
def test_the_daily_round_and_a_snack_are_no_overdose(text: str) -> None:
    """Round 57's closing note: "alle medicijnen ingenomen zoals voorgeschreven" and "de
    hele pot pindakaas genomen" were an overdose, urgency immediate
    (core/misreads_pills.py). Without the check each is suicidal_thoughts."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb de hele pot pillen genomen",
        "ik heb alle medicijnen tegelijk ingenomen, niet zoals voorgeschreven",
        "I took the whole box of my sleeping pills",
        "took a whole bottle of vodka and all my pills",
        "de hele pot pindakaas en daarna al mijn slaappillen genomen",
    ],
)
def test_pills_taken_at_once_stay_an_overdose(text: str) -> None:
    """Guard: an amount taken at once, pills named beside the food, or "not as
    prescribed" stay a risk to life now."""
    data = _lookup(text)
    assert "suicidal_thoughts" in data["themes"]
    assert data["urgency"] == "immediate"


# --- a suicide noted in a few words at the question about a loss ----------------------


@pytest.mark.parametrize(
    "told",
    [
        "yes his best friend, suicide 3 weeks ago",
        "ja, zijn beste vriend, zelfmoord 3 weken geleden",
        "yes, a friend - suicide last month",
        "ja mijn oom, zelfdoding vorig jaar",
    ],
)
def test_a_suicide_noted_in_a_few_words_is_a_death(
    told: str, builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 57 (intake 1): "yes his best friend, suicide 3 weeks ago" at the
    loss question was concern for a living person, and the crisis panel said to find out
    whether he could be reached now (core/textloss._NOTED_DEATH)."""
    result = run_interview(builtin, _answering({"area_loss": told}, ""), "en", index).result
    assert "grief" in result.themes
    assert "concern_for_other" not in result.themes


def test_a_suicide_noted_without_a_yes_is_a_yes_to_the_loss(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The same words without "yes", as the terminal passes them (no yes/no): the loss
    is the yes, and no living person is to be reached (core/textloss._NOTED_DEATH)."""
    ask, asked = _answering({}, ""), []

    def reply(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt) and prompt.question.id == "area_loss":
            asked.append(prompt)
            return Unfit("friend: suicide, two weeks ago") if len(asked) == 1 else "nee"
        return ask(prompt)

    result = run_interview(builtin, reply, "en", index).result
    assert len(asked) == 1  # taken as the yes, not asked again
    assert "grief" in result.themes
    assert "concern_for_other" not in result.themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I thought about suicide 3 weeks ago", "suicidal_thoughts"),
        ("my friend, suicide attempt last month", "concern_for_other"),
        ("my sister - suicide last year, and now I think about it too", "suicidal_thoughts"),
    ],
)
def test_a_suicide_near_a_time_stays_a_risk_when_it_is_no_death(text: str, theme: str) -> None:
    """Guard: the writer's own thought, an attempt, and the writer's own wish beside a
    death keep their risk to life."""
    assert theme in themes_of(text)


# --- the first blind sets of round 58 (set225 learners' English, set226 time, set228
# counsellors' notes), measured unseen on 865ffa5 -----------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set225: "passed" without "away", and a war
        (
            "Grandmother raised me. She passed in january and my parents tell me only after two weeks.",
            "grief",
        ),
        ("mum passed suddenly, I still can't believe it", "grief"),
        (
            "Mijn jeugdvriend is gesneuveld aan het front. Hoe moet ik hier gewoon verder studeren?",
            "grief",
        ),
        ("my cousin was killed in the shelling last month and I cannot focus", "grief"),
        # set226: pics told a clause before the threat
        (
            "Someone from my old school posted pics of me from when we were dating and says he'll send them to my parents tomorrow unless I pay him.",
            "sexual_violence",
        ),
        # set225, set228: away since week 3; a decision to withdraw
        (
            "I have not gone to campus since week 3. I think I will just stop and go back to Wroclaw.",
            "dropout_risk",
        ),
        (
            "Exit interview: student has decided to withdraw this week, says she can't keep up with rent.",
            "dropout_risk",
        ),
        # set225: learners' ways of saying a need
        ("Sometimes after eating I feel I must throw up.", "eating"),
        (
            "In exam I see the question and my mind become white. I studied everything but I get 4.5 again.",
            "performance_anxiety",
        ),
        ("My parents chose data science for me, I wanted to do design.", "study_choice"),
    ],
)
def test_round58_first_sets_needs_are_found(text: str, theme: str) -> None:
    """Each theme was missing on 865ffa5 (catalog/themes.yaml, round 58 comments)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set228: "nergens zin in" is no night without a bed
        (
            "St. geeft aan al weken somber te zijn, nergens zin in, slaapt slecht (wordt elke nacht om 4u wakker en ligt dan te malen). Geen doodsgedachten (expliciet nagevraagd). Verwijzing huisarts.",
            "unsafe_situation",
        ),
        # set228: a figure for an exam
        (
            "St. says she's 'dying' over the statistics resit, lol, but feels well prepared.",
            "grief",
        ),
        # set225: the wrong life, not another's danger
        (
            "Now I am in second year and every day I feel I am living someone else's life.",
            "concern_for_other",
        ),
        # an exam passed with its grade
        ("she passed in january with an 8, so proud of my little sister", "grief"),
        (
            "haha ik ga dood van die nieuwe elden ring boss, 47 keer gesneuveld, wie wil vanavond coopen",
            "grief",
        ),
    ],
)
def test_round58_everyday_senses_are_no_risk(text: str, theme: str) -> None:
    """Each was acute on this theme before (core/misreads_idioms.py,
    core/lexicon_signals_everyday.py)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb nergens zin in en ik heb nergens om te slapen vannacht",
        "nergens zin in, en vannacht kan ik nergens slapen want hij heeft me eruit gezet",
    ],
)
def test_no_drive_beside_no_bed_keeps_the_bed(text: str) -> None:
    """Guard: "nergens zin in" sets aside only its own "nergens"; a night without a bed
    named beside it stays unsafe."""
    assert "unsafe_situation" in themes_of(text)


def test_passed_my_exams_leaves_the_second_net_its_text() -> None:
    """Guard (set159, found while this round's figures were tried): a figure for "I
    passed my exams" kept the second net away from a friend's bruises told beside it,
    and the concern for her was lost. The exam figure is kept narrow."""
    text = (
        "I think he's hurting her and I don't know how to help without pushing her away. "
        "For myself, I'm doing fine: I passed my exams and I'm starting my rotation."
    )
    assert "concern_for_other" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set223 (asked instead of told): a supposed "someone" is most often the writer
        (
            "hypothetically if someone stopped going to classes in october, is it too late to come back or should they just unenroll",
            "dropout_risk",
        ),
        (
            "Wat moet je doen als je ex elke avond voor je deur staat en niet weggaat als je het vraagt?",
            "unsafe_situation",
        ),
        (
            "does anyone know how you actually quit? like the forms. I haven't been since the start of block 2 and I can't face going back",
            "dropout_risk",
        ),
        ("Wat doe je als je kamercontract over twee weken afloopt en je nog niks hebt?", "housing"),
        (
            "asking for a friend, but what do you do als je huisbaas zegt dat je er binnen een week uit moet?",
            "housing",
        ),
        ("Ik kom elke maand tekort en durf mijn ouders niks te vragen", "finances"),
        (
            "Is het normaal dat je tot 3 uur 's middags in bed blijft liggen omdat er niks is om voor op te staan?",
            "low_mood",
        ),
        # set227 (relationships)
        (
            "My ex died in March. We weren't together anymore so people act like I'm not allowed to be this sad.",
            "grief",
        ),
        ("hij heeft stiekem filmpjes gemaakt toen we seks hadden", "sexual_violence"),
        (
            "My ex secretly filmed us during sex and I don't know what he does with it",
            "sexual_violence",
        ),
        (
            "In our community it's just not accepted and I'm exhausted from living two lives, one at uni and one at home.",
            "identity",
        ),
        (
            "Het is uit en het huurcontract staat op zijn naam, dus per 1 maart moet ik eruit.",
            "housing",
        ),
        (
            "Alleen al het idee dat ik naast hem voor de klas sta geeft me hartkloppingen, ik ben bang dat ik dichtklap.",
            "performance_anxiety",
        ),
        (
            "Na de breuk vraag ik me ineens af of ik geneeskunde wel zelf wilde of dat ik het voor haar heb gekozen.",
            "study_choice",
        ),
    ],
)
def test_round58_asked_and_relationship_needs_are_found(text: str, theme: str) -> None:
    """Each theme was missing on 865ffa5 (catalog/themes.yaml, round 58 comments;
    core/someone_else.nobody_named for the supposed someone)."""
    assert theme in themes_of(text)


def test_someone_placed_near_the_writer_stays_someone_else() -> None:
    """Guard: "if someone in my class" is a classmate, not the writer in disguise."""
    assert "dropout_risk" not in themes_of(
        "if someone in my class stopped going to classes in october, should they unenroll"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Promovendus hier. Mijn contract loopt af en mijn proefschrift is niet af. Ik heb een datum in gedachten. Na 1 juni hoeft het voor mij niet meer.",
        "I have a date in mind.",
        "I've picked a day.",
    ],
)
def test_a_date_in_mind_is_a_plan_now(text: str) -> None:
    """set30 (seen again this round): a date in mind or a day picked was urgency "soon";
    a plan with its time is "immediate", as the safety screen makes it."""
    data = _lookup(text)
    assert "suicidal_thoughts" in data["themes"]
    assert data["urgency"] == "immediate"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set222 (care internships)
        (
            "My dad found out I'm gay through a colleague. He told me not to come home tonight, or ever. I'm sitting in my car outside the ward.",
            "unsafe_situation",
        ),
        (
            "Mijn praktijkopleider stuurde me een foto van zichzelf en zegt dat hij mijn stage negatief beoordeelt als ik geen foto van mezelf terugstuur.",
            "sexual_violence",
        ),
        (
            "Pharmacy intern here. It started as one diazepam on a bad day, now I can't get through a shift without it.",
            "addiction",
        ),
        (
            "mijn stagebegeleider appt me 's avonds laat, noemt me schatje en vraagt of ik een vriend heb",
            "unwanted_behaviour",
        ),
        # set224 (LGBTQ+ students)
        (
            "Iemand van Tinder heeft een naaktvideo van mij opgenomen zonder dat ik het wist en die staat nu op een site.",
            "sexual_violence",
        ),
        (
            "My parents said they'd only keep paying my tuition if I go to conversion therapy over the summer. They've already booked it.",
            "unsafe_situation",
        ),
    ],
)
def test_round58_internship_and_lgbtq_needs_are_found(text: str, theme: str) -> None:
    """Each theme was missing on 865ffa5 (catalog/themes.yaml, round 58 comments)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Voor mijn minor gender studies moet ik een paper schrijven over queer representatie in Nederlandse series.",
            "identity",
        ),
        ("Is there a gender-neutral toilet in the new lecture hall?", "identity"),
        (
            "Voor het vak Gender & Diversiteit moeten we een debat houden over genderneutrale taal.",
            "identity",
        ),
        (
            "Honestly I don't know why I went into nursing. My mum is a nurse, my aunt is a nurse, I think I just followed them.",
            "suicidal_thoughts",
        ),
    ],
)
def test_round58_a_field_and_a_family_trade_are_no_need(text: str, theme: str) -> None:
    """Each found this theme on 865ffa5: "gender" as a course or a facility
    (core/misreads_idioms.gender_as_a_field), "I just followed them" into nursing as
    following the dead (lexicon_signals_lived, now exact)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm questioning my gender",
        "my gender identity is confusing me",
        "Lately I keep thinking about following him, wherever he is now",
    ],
)
def test_own_gender_and_following_the_dead_stay(text: str) -> None:
    """Guard: the student's own gender and the wish to follow someone who died stay."""
    assert themes_of(text) & {"identity", "suicidal_thoughts"}


# --- set229 (the holidays): an overdose told as "more than I should have" ---------------


@pytest.mark.parametrize(
    "text",
    [
        "its 4am, new years day, everyone's still partying next door and I've taken way more pills than I should have on purpose. I don't know why I'm typing this",
        "I've taken way more pills than I should have tonight",
        "ik heb veel meer pillen genomen dan de bedoeling was",
        "ik heb expres te veel paracetamol genomen",
    ],
)
def test_more_pills_than_one_should_is_an_overdose_now(text: str) -> None:
    """set229: the first was self-harm, urgency soon, at 4 am on New Year's Day
    (core/lexicon_signals_health.py)."""
    data = _lookup(text)
    assert "suicidal_thoughts" in data["themes"]
    assert data["urgency"] == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "took way more meds than prescribed this week because the pain was bad",
        "I took more ibuprofen than the leaflet says for my headache",
    ],
)
def test_more_than_prescribed_over_days_is_misuse(text: str) -> None:
    """Guard (my probes of the change): more than prescribed over a week is misuse, not
    an overdose now (core/misreads_pills.more_over_time)."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Since some weeks I have no more desire to live.",
        "haha I say 'kill me' a lot but lately I mean it a bit more each time. been looking at train times.",
        "Onze huisgenote zit al een week op haar kamer en zei gisteren 'binnenkort hebben jullie geen last meer van mij'.",
    ],
)
def test_more_and_a_time_without_pills_stay_a_risk(text: str) -> None:
    """Guard: a first try of more_over_time looked at "more"/"meer" and a time only, and
    these three lost their risk to life (found by the before/after comparison of every
    labelled sentence)."""
    assert themes_of(text) & {"suicidal_thoughts", "concern_for_other"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Met oud en nieuw heeft mijn oom me in de keuken vastgepakt en gezoend terwijl ik hem wegduwde.",
            "sexual_violence",
        ),
        (
            "Na de kerstvakantie moet mijn kamer leeg. Vanaf 1 februari heb ik geen woonplek.",
            "housing",
        ),
    ],
)
def test_round58_holiday_needs_are_found(text: str, theme: str) -> None:
    """set229: each theme was missing on 865ffa5."""
    assert theme in themes_of(text)


# --- the second wave (set230-set233, aimed at this round's first fixes) and the first
# role-play ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set230: deaths in soft words
        ("friend. suicide. last month. cant think", "grief"),
        ("mijn broer is er niet meer. sinds februari.", "grief"),
        (
            "Mijn moeder is vorige maand gewoon niet meer wakker geworden. Sindsdien slaap ik zelf bijna niet meer.",
            "grief",
        ),
        # set231: medicines
        (
            "my friend texted me 'took all of them, sorry' like an hour ago and now she isn't picking up.",
            "concern_for_other",
        ),
        (
            "When it gets bad I swallow a handful of whatever's in the bathroom cabinet.",
            "suicidal_thoughts",
        ),
        (
            "I'm a pharmacy student and lately I catch myself working out which combination would be painless.",
            "suicidal_thoughts",
        ),
        # set232: asked for a friend
        (
            "Asking for a friend: where can someone go tonight if their dad kicked them out after a fight and they have no money for a hotel?",
            "unsafe_situation",
        ),
        # set233: a frame that a disclosure shows through
        (
            "In het vak victimologie ging het over sextortion. Hij wil geld, anders stuurt hij ze naar mijn ouders.",
            "sexual_violence",
        ),
    ],
)
def test_round58_second_wave_needs_are_found(text: str, theme: str) -> None:
    """Each theme was missing on 59a7fd8 (this round's first fixes)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Mijn moeder is vorige maand gewoon niet meer wakker geworden. Sindsdien slaap ik zelf bijna niet meer, ik lig tot een uur of vijf te malen.",
            "concern_for_other",
        ),
        (
            "Mijn moeder is vorige maand gewoon niet meer wakker geworden. Sindsdien slaap ik zelf bijna niet meer, ik lig tot een uur of vijf te malen.",
            "suicidal_thoughts",
        ),
        ("friend. suicide. last month. cant think", "suicidal_thoughts"),
        (
            "tbh I take my meds as prescribed, I see my psychiatrist monthly, things are stable. I just want to understand myself better. Do you do personality tests?",
            "suicidal_thoughts",
        ),
        (
            "My dad is on about twelve different pills since his stroke and I'm the only one who can sort them into his weekly box.",
            "concern_for_other",
        ),
        ("ze heeft niemand meer gezien sinds ze niet meer gaat", "suicidal_thoughts"),
        ("the bouncer kicked him out of the club lol, he slept at mine", "unsafe_situation"),
        ("mijn vader is er niet meer voor me", "grief"),
    ],
)
def test_round58_second_wave_misreads_are_gone(text: str, theme: str) -> None:
    """Each found this theme on 59a7fd8 or on a first try of this round: a death read
    as someone to reach or a wish (core/textloss.py), medicine in its ordinary use
    (guess_words.medicine_in_ordinary_use), nobody seen since she stopped going (a
    role-play, guess_explained)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have thought about how to do it. With the pills from the pharmacy in my country, here they sell less per box.",
        "Can I wear long sleeves in the lab? I have marks I don't want anyone to see. I did it again this weekend.",
        "my psychiatrist changed my meds and now I sometimes stare at the pills for a long time",
    ],
)
def test_round58_second_wave_guards_keep_the_risk(text: str) -> None:
    """Guard: a first try of the ordinary-medicine check lost the first (its "how"), and
    one of "nobody seen" lost the second (its "anyone ... see")."""
    assert themes_of(text) & {"suicidal_thoughts", "self_harm"}


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("nee, geen datum of plan", False),
        ("no, no date or plan", False),
        ("nee geen datum en geen plan", False),
        ("nee, geen datum", "unknown"),
        ("no, no plan and I think about it daily", "unknown"),
    ],
)
def test_no_date_and_no_plan_is_a_no(answer: str, value: object, builtin: Catalog) -> None:
    """A role-play, round 58 (rp1, intake 1): "nee, geen datum of plan" to "have you
    worked out how and when?" was doubt, and the result said a plan was made. "No date"
    alone keeps its doubt (the how may be there, round 31)."""
    assert _read_answer(builtin, "safety_plan", answer) == value


# --- an overdose already taken: the emergency number first (rp3, intake 3) --------------


@pytest.mark.parametrize(
    "text",
    [
        "last night I took way more pills than I should have and I feel sick and sleepy now",
        "ik heb vannacht al mijn slaappillen ingenomen",
        "I swallowed a handful of whatever's in the bathroom cabinet an hour ago",
    ],
)
def test_an_overdose_taken_puts_112_first(text: str) -> None:
    """A role-play, round 58 (rp3, intake 3): an overdose taken the night before got 113
    first and "Next step: call 113 ... or start a chat at 113.nl" (core/taken.py).
    Without taken_first in triage.py, 113 leads."""
    data = _lookup(text)
    assert data["urgency"] == "immediate"
    ids = [r["id"] for r in data["referrals"]]
    assert ids[0] == "112-alarmnummer", ids[:3]


@pytest.mark.parametrize(
    "text",
    ["I'm going to take all my pills tonight", "ik wil al mijn pillen innemen"],
)
def test_a_plan_not_yet_done_keeps_113_first(text: str) -> None:
    """Guard: an act not done, with the student in the room, keeps 113 first."""
    ids = [r["id"] for r in _lookup(text)["referrals"]]
    assert ids[0] == "113-zelfmoordpreventie", ids[:3]


def test_an_overdose_told_in_the_interview_puts_112_first(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The same in the interview (rp3, intake 3): the own words of an overdose taken last
    night lead the result with the emergency number."""
    own = "last night she took way more pills than she should have, feels sick and sleepy now"
    result = run_interview(builtin, _answering({}, own), "en", index).result
    assert result.referrals[0].offering.id == "112-alarmnummer"


@pytest.mark.parametrize(
    "text",
    [
        "she has nowhere to sleep tonight",
        "I got kicked out and have nowhere to sleep tonight.",
        "Ik heb vannacht nergens om te slapen.",
        "she needs somewhere to sleep tonight",
    ],
)
def test_nowhere_to_sleep_is_a_roof_not_a_sleep_problem(text: str) -> None:
    """A role-play, round 58 (rp2, intake 3): a student at the station on Christmas Eve
    was given sleep problems (sleep training, less caffeine) beside the danger
    (core/misreads.where_to_sleep)."""
    found = themes_of(text)
    assert "sleep" not in found
    assert found & {"unsafe_situation", "concern_for_other"}


def test_a_quiet_place_to_sleep_stays_sleep() -> None:
    """Guard: a place to sleep better is a sleep need."""
    assert "sleep" in themes_of("I need a quiet place to sleep better, my roommate snores")


# --- the third wave (set234-set236), measured unseen on 30ada92 -------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set234 (just now)
        (
            "Locked out tonight. My stepdad changed the locks after the fight and said not to bother coming back.",
            "unsafe_situation",
        ),
        (
            "Found out an hour ago that Jamie from our project group died in a car crash last night.",
            "grief",
        ),
        (
            "My uncle said tonight that I've shamed them and that I'm not leaving the house again.",
            "unsafe_situation",
        ),
        ("Ik heb vanavond weer de hele koelkast leeggegeten en daarna overgegeven.", "eating"),
        (
            "I blanked completely in front of 40 people and the teacher had to ask if I was ok.",
            "performance_anxiety",
        ),
        # set235 (informal Dutch)
        (
            "me ex staat al 3 dagen beneden bij de flat en appt dat ie me gaat pakken als ik naar buiten kom",
            "unsafe_situation",
        ),
        (
            "bro ik freeze elke keer bij presentaties, me hoofd wordt gewoon wit en ik begin te stotteren",
            "performance_anxiety",
        ),
        # set236 (student parents and carers)
        (
            "Mijn moeder zei gisteren dat ze 'er klaar mee is'. Ik ben bang dat ik haar op een dag vind.",
            "concern_for_other",
        ),
        (
            "Our babysitter sent photos of me breastfeeding to a group chat. I didn't even know she'd taken them.",
            "sexual_violence",
        ),
        (
            "hi, mature student here, 3 kids. seriously thinking of quitting after christmas",
            "dropout_risk",
        ),
        ("Mondeling tentamen next week and I'm terrified I'll blank again.", "performance_anxiety"),
        ("I eat the kids' leftovers all evening and then hate myself for it.", "eating"),
    ],
)
def test_round58_third_wave_needs_are_found(text: str, theme: str) -> None:
    """Each theme was missing on 30ada92 (catalog/themes.yaml, round 58 comments)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Haha net mijn fiets gestolen voor de bieb. Is er op de campus ergens een bewaakte stalling?",
            "unsafe_situation",
        ),
        (
            "I just found out I'm pregnant. Can I keep my residence permit if I take a semester off?",
            "unsafe_situation",
        ),
        ("my sims all died in a fire again, i'm a terrible god", "grief"),
        ("If I fail this anatomy exam I'm the shame of the family.", "unsafe_situation"),
        ("mijn huisgenoten hebben de hele koelkast leeggegeten", "eating"),
        ("ik heb geen plek om te slapen vannacht, ik ben het huis uitgezet", "sleep"),
    ],
)
def test_round58_third_wave_misreads_are_gone(text: str, theme: str) -> None:
    """A bike shed read as stalking ("stalling", one letter from it: lexicon.NOT_TYPOS),
    "keep my residence permit" as a passport kept from the student, and three that
    first tries of this wave's patterns made (found by comparing every labelled
    sentence before and after)."""
    assert theme not in themes_of(text)


# --- the last role-play (rp4): an overdose at the crisis panel, typed in the third person


def _panel_notes(
    builtin: Catalog, index: ReferralIndex, note: str
) -> tuple[list[CrisisPrompt], TriageResult]:
    panels: list[CrisisPrompt] = []
    ask = _answering({"safety_wish_dead": "ja"}, "")

    def reply(prompt: Prompt) -> object:
        if isinstance(prompt, CrisisPrompt):
            panels.append(prompt)
            return Unfit(note) if len(panels) == 1 else "continue"
        return ask(prompt)

    return panels, run_interview(builtin, reply, "en", index).result


@pytest.mark.parametrize(
    "note",
    [
        "she took too many pills last night and feels sick and sleepy now",
        "ze heeft gisteravond te veel pillen genomen en is nu misselijk en suf",
    ],
)
def test_an_overdose_noted_at_the_panel_is_the_students_own_and_112_leads(
    note: str, builtin: Catalog, index: ReferralIndex
) -> None:
    """Role-plays, round 58 (rp3 intake 3, rp4 intake 1): a counsellor's third-person note
    at the crisis panel was concern for someone else ("help the student call 112 or 113
    for that person"), and the panel kept 113 above 112 after an overdose taken
    (core/interview_close: the panel is where the counsellor types; core/taken.py)."""
    panels, result = _panel_notes(builtin, index, note)
    assert len(panels) >= 2
    assert panels[1].contacts[0].offering.id == "112-alarmnummer"
    assert "suicidal_thoughts" in result.themes
    assert "concern_for_other" not in result.themes


def test_a_friend_named_at_the_panel_stays_someone_else(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guard: a person named in the note is that person, as before."""
    _, result = _panel_notes(builtin, index, "her roommate took too many pills last night")
    assert "concern_for_other" in result.themes


@pytest.mark.parametrize(
    "text",
    [
        "I swallowed pills from the bathroom cabinet an hour ago and I feel dizzy",
        "an hour ago I swallowed pills and now I feel dizzy",
        "ik heb pillen uit het medicijnkastje geslikt",
    ],
)
def test_pills_from_the_cabinet_or_with_dizziness_are_an_overdose(text: str) -> None:
    """rp4, intake 1: "that answer does not fit", and lookup found nothing."""
    data = _lookup(text)
    assert "suicidal_thoughts" in data["themes"]
    assert data["urgency"] == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "took my meds an hour ago and feel a bit dizzy, normal?",
        "I took a painkiller from the cabinet for my headache",
    ],
)
def test_a_side_effect_or_one_painkiller_is_no_overdose(text: str) -> None:
    """Guard: the daily dose with a side effect, one painkiller from the cabinet."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["my friend talks about death all the time lately", "my brother talks about death a lot"],
)
def test_a_friend_who_talks_about_death_is_still_a_concern(text: str) -> None:
    """Guard (round 58's review): grief read over "friend ... death" set aside the concern
    inside it; only a death told ("died", "overleden", "niet meer wakker geworden") does."""
    assert "concern_for_other" in themes_of(text)


def test_someone_who_tells_the_writer_stays_someone_else() -> None:
    """Guard (round 58's review): "if someone tells me they want to die" is a helper's
    question; the supposed someone who is the writer must not take it over."""
    found = themes_of("what should I do if someone tells me they want to die?")
    assert "concern_for_other" in found
    assert "suicidal_thoughts" not in found


def test_words_counted_for_a_risk_are_not_also_heard_unconfirmed(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 58 (rp3, intake 3): "took way more pills than I should" was a
    reason for the acute tier and, on the same screen, "heard, not confirmed: Addiction"
    among the mentions not counted (core/heard.unconfirmed)."""
    ask, asked = _answering({}, ""), []

    def reply(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt) and prompt.question.id == "safety_wish_dead":
            asked.append(prompt)
            if len(asked) == 1:
                return Unfit(
                    "last night I took way more pills than I should have, not really to die"
                )
        if isinstance(prompt, CrisisPrompt):
            return "finish"
        return ask(prompt)

    result = run_interview(builtin, reply, "en", index).result
    assert "suicidal_thoughts" in result.themes
    assert not [m for m in result.mentions if "pills" in m.words]


# --- the fourth wave (set237-set239), measured unseen on 6284187 ------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "I've been taking laxatives and yesterday I took like twenty at once because I hated myself so much.",
            "suicidal_thoughts",
        ),
        (
            "International student here. My room contract ended on 31 August and I've been sleeping at Schiphol for three nights.",
            "unsafe_situation",
        ),
        (
            "Ik slaap al een paar nachten op Utrecht Centraal omdat mijn onderhuur ineens stopte.",
            "unsafe_situation",
        ),
        (
            "locked out of my student flat, landlord not answering. guess im sleeping outside tonight",
            "unsafe_situation",
        ),
        ("my ex keeps showing up at the anti-squat building where i live", "unsafe_situation"),
    ],
)
def test_round58_fourth_wave_needs_are_found(text: str, theme: str) -> None:
    """Each theme was missing on 6284187 (core/lexicon_signals_health.py,
    catalog/themes.yaml)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "locked out of my student flat, landlord not answering, dont know anyone in this city yet",
            "concern_for_other",
        ),
        (
            "Weet iemand of je de pil vergoed krijgt met een studentenzorgverzekering?",
            "suicidal_thoughts",
        ),
        (
            "Ik slaap al een paar nachten op Utrecht Centraal omdat mijn onderhuur ineens stopte.",
            "sleep",
        ),
        ("guess im sleeping outside tonight", "sleep"),
        (
            "Ik slaap al drie weken op de bank bij vrienden omdat ik geen kamer kan vinden.",
            "unsafe_situation",
        ),
    ],
)
def test_round58_fourth_wave_misreads_are_gone(text: str, theme: str) -> None:
    """A landlord who does not answer is no one locked in (core/misreads_idioms); the
    contraceptive pill and its insurance no means (guess_words); a station or the
    street is a roof, not a sleep problem (core/misreads_sleep); a friend's couch stays
    housing (H279), not the station."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my roommate is locked in and not answering, the landlord is away",
        "my landlord's daughter told me she wants to kill herself",
    ],
)
def test_a_landlord_named_beside_someone_at_risk_keeps_the_concern(text: str) -> None:
    """Guard: only the landlord's own not answering is set aside."""
    assert "concern_for_other" in themes_of(text)


def test_as_prescribed_then_more_stays_an_overdose() -> None:
    """Guard (round 58's review): "zoals voorgeschreven, maar toen nog de hele strip
    erbij" was set aside by the first taken_as_prescribed."""
    data = _lookup(
        "Ik heb zoals voorgeschreven mijn pillen genomen, maar toen nog de hele strip erbij"
    )
    assert "suicidal_thoughts" in data["themes"]
    assert data["urgency"] == "immediate"


def test_an_overdose_noted_at_a_safety_question_is_the_students_own(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 58 (rp5, intake 1, an out-of-hours line at 01:40): "she
    swallowed pills from the bathroom cabinet an hour ago, feels dizzy" typed at the
    first safety question was concern for someone else, and the panel said to help the
    student reach "that person" (core/interview_close.take_said: a safety question asks
    about the student)."""
    ask, asked = _answering({}, ""), []
    panels: list[CrisisPrompt] = []

    def reply(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt) and prompt.question.id == "safety_wish_dead":
            asked.append(prompt)
            if len(asked) == 1:
                return Unfit(
                    "she swallowed pills from the bathroom cabinet an hour ago, feels dizzy"
                )
        if isinstance(prompt, CrisisPrompt):
            panels.append(prompt)
            return "continue"
        return ask(prompt)

    result = run_interview(builtin, reply, "en", index).result
    assert panels and "concern_for_other" not in panels[0].themes
    assert "suicidal_thoughts" in result.themes
    assert "concern_for_other" not in result.themes
    assert result.referrals[0].offering.id == "112-alarmnummer"


def test_a_friend_named_at_a_safety_question_stays_someone_else(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guard: "nee, maar mijn vriendin heeft pillen geslikt" is the friend's."""
    ask = _answering({}, "")

    def reply(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt) and prompt.question.id == "safety_wish_dead":
            return Unfit("niet ik, maar mijn vriendin heeft net al haar pillen geslikt")
        if isinstance(prompt, CrisisPrompt):
            return "finish"
        return ask(prompt)

    result = run_interview(builtin, reply, "nl", index).result
    assert "concern_for_other" in result.themes


@pytest.mark.parametrize(
    ("themes", "key"),
    [
        (("unsafe_situation",), "result_now_unsafe"),
        (("suicidal_thoughts",), "result_now_lowered"),
        (("unsafe_situation", "suicidal_thoughts"), "result_now_lowered"),
    ],
)
def test_a_lowered_tier_names_the_danger_it_keeps(
    themes: tuple[str, ...], key: str, builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play, round 58 (rp5, intake 4): a student locked out by his landlord, tier
    lowered with a reason, read "urgency stays immediate: a plan, a means or a
    preparation was named ... until 113 or 112 has been called", though he had said no
    to every suicide question (render/notes.now_key). A wish to die keeps that note."""
    from steunwijzer.core.model import Tier, Urgency
    from steunwijzer.core.triage import Reason, apply_override, classify
    from steunwijzer.render.notes import now_key

    reasons = [Reason("test", "test", themes, Tier.ACUTE, Urgency.IMMEDIATE)]
    result = classify(builtin, reasons, "nl", index, screened=True)
    lowered = apply_override(builtin, index, result, Tier.SPECIFIC, "nagevraagd")
    assert now_key(lowered) == key


@pytest.mark.parametrize(
    "text",
    [
        "the doctor prescribed me sleeping pills and I keep them in my drawer, just in case",
        "my psychiatrist gave me pills and sometimes I count them",
    ],
)
def test_pills_kept_or_counted_beside_a_doctor_stay_a_risk(text: str) -> None:
    """Guard (round 58's review): the ordinary-medicine reading must not take pills kept
    "just in case" or counted beside a doctor's name."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my dad passed the exam last week", "grief"),
        ("my parents told me not to come home too late tonight lol", "unsafe_situation"),
        ("I havent been to class since last week, my grandma died", "dropout_risk"),
    ],
)
def test_round58_patterns_keep_older_neighbours_out(text: str, theme: str) -> None:
    """Guards from older rounds (rounds 34, 54, 55) that this round's first patterns
    broke in the fresh-clone run: "passed" now needs its time right after it, "not to
    come home" its "tonight/ever" right after "home", and "since" a week with its number."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik neem mijn pillen zoals voorgeschreven en ik wil dood",
        "I take my meds as prescribed and tonight I will kill myself",
    ],
)
def test_a_wish_beside_medicine_as_prescribed_is_found_by_the_rules(text: str) -> None:
    """Guard (round 58's second review): taken_as_prescribed looked at the sentence only,
    so "... zoals voorgeschreven en ik wil dood" set the rules' wish aside and only the
    second net's guess was left (no pattern, no urgency from the words). Now only a
    match that itself takes medicine is set aside."""
    reasons = _lookup(text)["reasons"]
    assert any(
        r["match"]
        and r["match"]["theme"] == "suicidal_thoughts"
        and "≈" not in str(r["match"]["pattern"])
        for r in reasons
    ), reasons
