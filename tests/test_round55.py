# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 55: what six outsiders' sets showed (set185-set190: hurried phone messages and
dictation, the jargon of art, music, sports and care programmes, irony and dark humour,
parents, partners and landlords who write about a student, faith and family honour, and
time words that decide whether a need is current) and what two role-plays showed. Each
test names its source and fails without the change it guards, unless it says it is a
guard."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.model import Catalog

from .reading import ACUTE, themes_of
from .reading import lookup_json as _lookup
from .reading import read_answer as _read

# --- thoughts said to be gone are a past ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a note left open in round 54: "gone now" was danger now, urgency immediate
        "last year I had suicidal thoughts but they are gone now",
        "I had suicidal thoughts in my first year, but they're gone now",
        "vorig jaar had ik zelfmoordgedachten maar die zijn nu weg",
        "in 2023 I cut myself for a while but the urge is long gone",
    ],
)
def test_thoughts_said_to_be_gone_are_a_past(text: str) -> None:
    """Fails without the "but they are gone" / "maar die zijn weg" recovery patterns
    (lexicon_signals_adult.RECOVERED_*)."""
    data = _lookup(text)
    assert data["tier"] is None
    assert data["mentions"], "a past risk is still shown as a mention"


@pytest.mark.parametrize(
    "text",
    [
        "I had suicidal thoughts last year but now I just want to be gone",
        "vorig jaar dacht ik aan zelfmoord maar nu wil ik weg, echt weg",
        "last year I had suicidal thoughts, they were gone but since last week they're back",
    ],
)
def test_a_wish_to_be_gone_is_no_recovery(text: str) -> None:
    """A guard: "be gone", "wil weg" and a return stay a risk now."""
    assert "suicidal_thoughts" in themes_of(text)


def test_gone_now_is_not_this_minute() -> None:
    """Fails without the "gone now" rule in textnow.not_this_minute: a mention of
    thoughts "gone now" beside a present risk made it immediate."""
    data = _lookup("the thoughts from last year are gone now, but lately I think about dying again")
    assert data["tier"] == "acute"
    assert data["urgency"] == "soon"
    assert _lookup("I want to be gone now")["urgency"] != "routine"


# --- an accident that is none ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set187 (irony): "'per ongeluk' natuurlijk" was a kitchen accident
        "Ik heb mezelf gisteren weer gebrand met de aansteker, 'per ongeluk' natuurlijk 🔥",
        'I burned myself on the iron again, "accidentally" of course',
        "cut myself with the bread knife again. ‘accident’ lol",
        # set186 (art school): an "accident" that happens more and more
        "After every bad review I burn myself with the soldering iron. It's happening more and more often.",
        "Na elke slechte les brand ik mezelf aan de soldeerbout, het gebeurt steeds vaker.",
    ],
)
def test_an_accident_in_quotes_or_ever_more_often_is_self_harm(text: str) -> None:
    """Fails without textreveal.no_accident (the quotes, or "more and more often")."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb me per ongeluk gebrand aan de oven",
        "I accidentally cut myself while cooking, nothing serious",
        "I burned myself on the iron. My friend says 'accident' is my middle name",
        "I burn myself on the oven cooking more often than I'd like",
    ],
)
def test_a_plain_accident_stays_an_accident(text: str) -> None:
    """A guard: no quotes around the accident, or quotes far from it."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        # set187: arms hidden under long sleeves, "if you say you're cold"
        "fun fact: je kan je armen prima onder lange mouwen verstoppen in juni als je zegt dat je het koud hebt",
        "pro tip: you can hide your wrists under long sleeves all summer if you say you're always cold",
    ],
)
def test_arms_hidden_with_a_cover_story_are_self_harm(text: str) -> None:
    """Fails without hidden limbs counted in textreveal.cover_story."""
    assert "self_harm" in themes_of(text)


def test_pills_hidden_from_a_parent_are_no_cover_story() -> None:
    """A guard (set165, a young carer): pills hidden from an addicted mother."""
    text = "Mijn moeder is verslaafd aan pijnstillers en ik ben degene die haar pillen verstopt en zegt dat ze op zijn."
    assert not themes_of(text) & {"suicidal_thoughts", "self_harm"}


# --- words of dark humour, goodbyes and coercion --------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set187 (irony and dark humour)
        (
            "the scissors in my desk drawer have seen more of my wrists than my therapist has lol",
            "self_harm",
        ),
        (
            "honestly I'm just taking the long nap this weekend, nobody will notice",
            "suicidal_thoughts",
        ),
        ("my friend says she'll take the big sleep after the exams", "concern_for_other"),
        (
            "Mijn zusje zette 'laatste video, doei allemaal' op TikTok en neemt haar telefoon niet op",
            "concern_for_other",
        ),
        (
            "my cousin posted a last story saying goodbye everyone and he's not answering anyone",
            "concern_for_other",
        ),
        (
            "she sent each of us a weirdly nice message tonight and now her phone is off",
            "concern_for_other",
        ),
        (
            "a guy kept pushing me into a bedroom even though I said no and I don't remember the rest",
            "sexual_violence",
        ),
        ("he tried to kiss me in the toilet while I was pushing him off", "sexual_violence"),
        # set190 (time words): the pictures sent back then, posted now
        (
            "This week he posted the pictures I sent him back then in a group chat.",
            "sexual_violence",
        ),
        # set188 (written by family): "my mom attempted last month"
        (
            "my mom attempted last month and I keep checking my phone in lectures",
            "concern_for_other",
        ),
        (
            "mijn huisbaas heeft me vanavond mijn kamer uitgezet, ik sta nu met mijn spullen op straat",
            "unsafe_situation",
        ),
        (
            "de verhuurder zegt dat ik vrijdag mijn kamer uit moet en ik heb geen plek om heen te gaan",
            "unsafe_situation",
        ),
        (
            "my brother said if i come home this weekend they will deal with me, i dont know where to go",
            "unsafe_situation",
        ),
        # dropping out said in other words
        ("thinking of just quitting before they kick me out anyway", "dropout_risk"),
        ("I've been to zero lectures since October", "dropout_risk"),
        ("Eigenlijk ben ik al gestopt, alleen nog niet officieel.", "dropout_risk"),
        ("ik heb sinds januari geen enkel tentamen meer gemaakt", "dropout_risk"),
    ],
)
def test_round55_families_are_found(text: str, theme: str) -> None:
    """Fails without this round's patterns (catalog/themes.yaml, lexicon_signals_chat)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "taking a long nap after this exam, wake me in January",
        "Ik heb mijn laatste video gepost, doei allemaal, ik ben offline tot de tentamens voorbij zijn",
        "my last video on this channel, bye everyone! not answering comments anymore",
        "he attempted the resit last week and passed",
        "she attempted two exams this week",
        "my brother attempted twice to pass stats",
        "ik sta nu op straat te wachten op de bus",
        "a guy at my job keeps touching my shoulder even though i pull away, who can i talk to?",
        "I shared the photos I sent him of our trip in the family group chat",
    ],
)
def test_round55_families_keep_their_neighbours_harmless(text: str) -> None:
    """A guard: the harmless neighbours of this round's families stay out of acute."""
    assert not themes_of(text) & (ACUTE - {"dropout_risk"})


# --- a reason denied --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a role-play (round 55, intake 2): a precise student's denial gave 113 first
        "Ik slaap wel twaalf uur per dag, maar dat is omdat ik uitgeput ben, niet omdat ik niet meer wakker wil worden.",
        "I sleep twelve hours a day, but not because I don't want to wake up",
        "not because I want to die, just because I'm exhausted all the time",
        "ik ben vaak alleen, niet omdat ik er niet meer wil zijn maar omdat ik rust nodig heb",
    ],
)
def test_a_risk_denied_as_the_reason_is_not_counted(text: str) -> None:
    """Fails without textdenied.not_the_reason (the "niet"/"not" before the "omdat"/
    "because" that opens the finding's clause)."""
    assert not themes_of(text) & {"suicidal_thoughts", "self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niet meer wakker worden, niet omdat ik moe ben maar omdat alles zinloos is",
        "I can't sleep, not because of stress but because I want to die",
        "I don't want to go on, not because of my grades but because of everything",
    ],
)
def test_a_risk_given_as_the_real_reason_stays(text: str) -> None:
    """A guard: the denied reason is another one; the risk is said outright."""
    assert "suicidal_thoughts" in themes_of(text)


# --- a joke at a safety question --------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "joking, sort of",
        "half joking",
        "just kidding",
        "jk",
        "grapje",
        "nee hoor, grapje",
        "haha no joking",
        "geintje, een beetje",
    ],
)
def test_a_joke_at_a_safety_question_is_doubt(builtin: Catalog, answer: str) -> None:
    """Fails without the joke words in core/answers._DOUBT (refused, or a plain no)."""
    assert _read(builtin, "safety_wish_dead", answer) == UNKNOWN


# --- manners of speaking of the field, and recoveries said in other words -----------------


@pytest.mark.parametrize(
    "text",
    [
        # set186 (art, music and sports students)
        "Coach made us run suicides till half the squad was puking lol. Legs are dead but good session.",
        "we did suicide sprints at practice and I nearly threw up",
        "In editing class we learned how to cut between two takes without a jump cut.",
        "Ik ben gisteren zó gestorven op het podium met die improvisatie, iedereen lag dubbel.",
        "in technique class they keep pushing me into positions that hurt my shoulder, I need adjustments",
        # set187 (irony): a debt paid "in a next life"; a manner of speaking quoted with its when
        "Ik heb mijn studieschuld uitgerekend en ik betaal hem in een volgend leven wel af 😂",
        "Ik zeg altijd 'ik spring zo van de brug' als ik een tentamen verpest heb, dat is een uitdrukking bij ons.",
        "Nee hoor, ik zeg alleen 'ik wil dood' als de koffieautomaat weer stuk is.",
        "I always say 'I'm going to kill myself' whenever the printer jams, it's just a thing I say",
        # set188 (written by family)
        "haha my brother says his statistics exam literally killed him but he got an 8",
        "he says he can't breathe with everything on his plate: work, internship, thesis",
        # set190 (time words): over and done
        "Vorig jaar ben ik bijna gestopt, maar ik heb het toch gehaald. Dit jaar loopt het gewoon prima.",
        "Vorig jaar kreeg ik een BSA-waarschuwing, maar dat heb ik rechtgezet, ik heb nu 55 punten.",
        "i used to want to die when i was like 16, that's long gone. i just want help with planning",
    ],
)
def test_round55_figures_and_recoveries_are_not_acute(text: str) -> None:
    """Fails without this round's figures (lexicon_signals_chat.FIGURES_*), the quoted
    manner of speaking (textreveal._SAID_WHEN) and the recoveries (lexicon_signals_adult)."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "I always say 'I want to die' when things go wrong, and lately I mean it",
            "suicidal_thoughts",
        ),
        ("I started cutting again after film school rejected me", "self_harm"),
        ("my grandma died last month, she's gone now and I can't focus", "grief"),
        (
            "Vorig jaar ben ik bijna gestopt en nu wil ik echt stoppen met mijn studie",
            "dropout_risk",
        ),
        ("he says he can't breathe and he's not responding to me", "concern_for_other"),
    ],
)
def test_round55_figures_keep_the_risk_beside_them(text: str, theme: str) -> None:
    """A guard: the risk said outright beside a figure's words stays."""
    assert theme in themes_of(text)


# --- tips and texts from the role-plays ----------------------------------------------------


def test_the_means_tip_names_a_car_and_asks_about_alcohol_tonight(builtin: Catalog) -> None:
    """Fails without the round-55 wording of means_and_plan_today (catalog/tips.yaml): a
    PhD candidate drinking every night beside suicidal thoughts, and a student who named
    driving into a tree, got "pills, a rope, a place" (two role-plays, round 55)."""
    tip = next(t for t in builtin.tips if t.id == "means_and_plan_today")
    assert "autosleutels" in tip.text.nl and "alcohol" in tip.text.nl
    assert "car keys" in tip.text.en and "alcohol" in tip.text.en


def test_the_english_hint_for_more_referrals_puts_m_after_the_tier_question() -> None:
    """Fails with "press the m key next": the tier prompt came next and refused m (a
    role-play, round 55)."""
    from steunwijzer.present.texts import t

    dutch, english = t("more_referrals_key", "nl", n=3), t("more_referrals_key", "en", n=3)
    assert "typ m na de vraag over het niveau" in dutch  # not "straks" (role-plays, r61)
    assert "after the tier question" in english and "next" not in english


@pytest.mark.parametrize(
    "text",
    [
        "nowhere to stay from 19 december when the housing closes",
        "I have nowhere to stay over christmas",
    ],
)
def test_nowhere_to_stay_from_a_date_on_is_a_housing_need(text: str) -> None:
    """Fails without the housing theme's patterns: nothing was recognised (a role-play)."""
    assert "housing" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("nowhere to stay from 19 december when the housing closes", "en", "Housing desk"),
        ("mijn huurcontract loopt af en ik vind geen kamer", "nl", "Huisvestingsbalie"),
    ],
)
def test_a_housing_need_leads_to_the_housing_desk(text: str, lang: str, first: str) -> None:
    """Fails without the housing theme and its offering: "homeless" was a money worry
    with DUO first (a role-play, round 55)."""
    result = CliRunner().invoke(
        app, ["lookup", "--text", text, "--lang", lang, "--at", "2026-12-08T10:30"]
    )
    assert result.exit_code == 0, result.output
    referrals = result.output.split("1. ", 1)[1]
    assert referrals.startswith(first), result.output


def test_housing_can_be_chosen_in_the_interview(builtin: Catalog) -> None:
    """Fails without the housing choice of circumstances_kind and its rule: "2, and
    housing" dropped the housing without a word (a role-play, round 55)."""
    question = next(q for q in builtin.questions if q.id == "circumstances_kind")
    assert "housing" in question.choice_ids()
    assert any(r.themes == ("housing",) for r in builtin.rules)


# --- the second wave: housing, the patient at the emergency room, control by medication -----


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set191 (housing)
        (
            "My lease ends on the 31st and I still haven't found anything, been to 14 viewings",
            "housing",
        ),
        (
            "they gave us two weeks' notice to leave the anti-squat building, where do I go",
            "housing",
        ),
        (
            "my room isn't available until October so I'm in a hostel paying 60 euros a night",
            "housing",
        ),
        ("got scammed on a room listing, now I have no money and no room", "housing"),
        ("Mijn tijdelijke huurcontract loopt 1 maart af en de verhuurder verlengt niet", "housing"),
        (
            "ik woon weer bij mijn ouders omdat ik in Utrecht niks kon vinden, 2,5 uur reizen",
            "housing",
        ),
        ("mijn ouders verkopen het huis en ik moet nu ineens zelf iets zoeken", "housing"),
        (
            "parents found out I'm trans and told me not to come back. I'm at the train station",
            "unsafe_situation",
        ),
        # set193 (bodies and health)
        (
            "Ik werd vorige week wakker op de SEH na een overdosis en mijn ouders weten van niks.",
            "suicidal_thoughts",
        ),
        (
            "hij pakt mijn epilepsiemedicatie af als hij boos is en geeft die pas terug als ik doe wat hij zegt",
            "unsafe_situation",
        ),
        (
            "a guy followed me into the bathroom and held the door shut, I don't remember all of it",
            "sexual_violence",
        ),
    ],
)
def test_round55_second_wave_families_are_found(text: str, theme: str) -> None:
    """Fails without the second wave's patterns (catalog/themes.yaml) and, for the
    emergency room, without textscene._A_PATIENT (it was a shift at work)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "vandaag op de SEH een overdosis GHB binnen, heftige dienst",
        "hij geeft mijn boek pas terug als ik de samenvatting voor hem doe",
        "ik zit nu met mijn koffer op straat te wachten op de taxi naar Schiphol",
        "we stayed in a hotel for a night in Paris, paying 100 euros",
        "is there anywhere I can sleep during the break between lectures?",
        "I took the morning after pill and didn't tell my mum why",
        "mijn contract loopt in augustus af en de verlenging is nog onzeker",
        "my parents told me not to come home too late tonight lol",
    ],
)
def test_round55_second_wave_neighbours_stay_out(text: str) -> None:
    """A guard: a shift at the emergency room, a work contract, a curfew."""
    assert not themes_of(text) & {
        "suicidal_thoughts",
        "unsafe_situation",
        "housing",
        "sexual_violence",
    }


@pytest.mark.parametrize(
    ("words", "denied"),
    [
        ("I don't think he's in any danger, I just think he's really down", True),
        ("ze is niet in gevaar hoor, alleen erg somber", True),
        ("not sure he's in danger", False),
        ("ik weet niet of ze in gevaar is", False),
        ("she's not safe, in danger", False),
        ("it's not that I don't want help, I'm in danger", False),
        ("he is in danger", False),
    ],
)
def test_a_danger_denied_in_the_guess_is_no_guess(words: str, denied: bool) -> None:
    """Fails without core/guess_words.no_danger_said (set188: a parent's "I don't think
    he's in any danger" was an unsafe situation)."""
    from steunwijzer.core.guess_words import no_danger_said

    assert no_danger_said(words) is denied


def test_a_lease_that_ends_is_no_wish_to_die() -> None:
    """Fails without core/guess_words.a_thing_ends in resembling.explained_otherwise."""
    assert themes_of("my lease ends in january and I still haven't found a room") == {"housing"}


# --- a friend's couch is a housing need; another couch every night stays unsafe -------------


@pytest.mark.parametrize(
    "text",
    [
        # a role-play (round 55, intake 1): Veilig Thuis, 112 and the police first, and a
        # tip about a plan and a weapon, for a student with a roof for the night
        "landlord ended the lease, been sleeping on friends couches for 2 weeks",
        "Ik slaap al drie weken op de bank bij vrienden omdat ik geen kamer kan vinden.",
        "couch surfing since September because I couldn't find housing",
    ],
)
def test_a_friends_couch_is_a_housing_need_not_an_unsafe_home(text: str) -> None:
    """Fails with the couch patterns of lexicon_signals_desk as they were (unsafe)."""
    found = themes_of(text)
    assert "housing" in found
    assert "unsafe_situation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ive been sleeping on different couches since october",
        "i've been sleeping on a different person's couch every night for 3 weeks",
        "slaap al een week op de bank bij steeds andere mensen en vannacht heb ik echt niks",
        "ben thuis uitgegooid en slaap al een week op de bank bij vrienden",
        "ik slaap nu afwisselend op banken bij vrienden en soms in de nachttrein",
        "I don't have anywhere for tomorrow, the host got aggressive",
    ],
)
def test_another_couch_every_night_or_thrown_out_stays_unsafe(text: str) -> None:
    """A guard (outsiders' sets labelled these acute): no roof from night to night, thrown
    out at home, nothing for tonight or tomorrow."""
    assert "unsafe_situation" in themes_of(text)


def test_a_mentors_student_who_missed_most_practicals_is_at_risk_of_dropping_out() -> None:
    """Fails without the round-55 dropout pattern (set191: the unsafe reading of her
    couch surfing had made it acute for another reason)."""
    text = "Writing as a mentor: she has been couch surfing since November and has missed most of her practicals."
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "answer",
    ["No. Unless you count the drinking.", "nee, tenzij je het drinken meetelt"],
)
def test_a_no_unless_is_doubt_at_the_self_harm_question(builtin: Catalog, answer: str) -> None:
    """Fails without "unless"/"tenzij" among answer_words._EXCEPT: a plain no (a
    role-play, round 55: a student drinking most nights 'to switch off')."""
    assert _read(builtin, "mood_self_harm", answer) == UNKNOWN
    assert _read(builtin, "mood_self_harm", "no") is False


@pytest.mark.parametrize(
    "answer",
    [
        "ja sinds vorige week kan ik niet meer naar college, iedereen heeft die fotos gezien",
        "ja, durf ik niet meer eigenlijk",
    ],
)
def test_a_yes_with_an_inverted_i_not_is_the_students_own(builtin: Catalog, answer: str) -> None:
    """Fails without answer_words._inverted (a verb before "ik niet"): "kan ik niet
    meer naar college" was read as someone else's, a no (a role-play, round 55)."""
    assert _read(builtin, "area_study", answer) is True


def test_ik_niet_maar_een_ander_stays_someone_elses(builtin: Catalog) -> None:
    """A guard: "nee, ik niet, maar mijn huisgenoot wel" is still someone else's."""
    assert _read(builtin, "safety_thoughts", "nee, ik niet, maar mijn huisgenoot wel") is False


@pytest.mark.parametrize(
    "text",
    [
        "last year I had nightmares every night but they are gone now",
        "vorig jaar had ik elke nacht nachtmerries maar ze zijn nu weg",
    ],
)
def test_a_need_said_to_be_gone_is_over(text: str) -> None:
    """Fails without textpast._gone_now ("they are gone", "ze zijn weg" after a "but")."""
    assert "sleep" not in themes_of(text)


def test_a_wish_to_be_away_is_no_recovery() -> None:
    """A guard for textpast._gone_now: "maar nu wil ik weg" is no "it is gone"."""
    assert "sleep" in themes_of("vorig jaar sliep ik heel slecht maar nu wil ik weg van alles")


def test_shared_images_get_advice_of_their_own() -> None:
    """Fails without the tip images_shared (catalog/tips.yaml): pictures posted in a group
    chat, and sextortion, got only advice for an assault (a role-play, round 55)."""
    data = _lookup("my ex threatens to send my nudes to my parents unless I pay him")
    tips = {str(t["id"]) for t in data["tips"]}  # type: ignore[attr-defined]
    assert "images_shared" in tips


@pytest.mark.parametrize(
    "text",
    [
        "opa is vorig jaar overleden maar dat is wel verwerkt",
        "my grandpa died last year but I've processed it, I'm here for my planning",
    ],
)
def test_a_loss_of_last_year_said_to_be_processed_is_a_past(text: str) -> None:
    """Fails without the round-55 recoveries "verwerkt", "processed it" (a role-play:
    "Altijd meegenomen (acuut): Rouwverwerking")."""
    assert "grief" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn opa is vorig jaar overleden en ik heb het nog steeds niet verwerkt",
        "my dad died last year and I thought I'd processed it but now it hits me again",
    ],
)
def test_a_loss_not_yet_processed_stays_grief(text: str) -> None:
    """A guard: "nog niet verwerkt", "I thought I'd processed it" are grief now."""
    assert "grief" in themes_of(text)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["--theme", "sleep", "--lang", "en"], "If it gets worse: 113"),
        (["--text", "ik slaap slecht", "--lang", "nl"], "Als het erger wordt: 113"),
        (["--theme", "study_skills", "--lang", "nl"], "Als het erger wordt: 113"),
    ],
)
def test_every_result_keeps_a_line_for_a_worse_night(args: list[str], line: str) -> None:
    """Fails without the safety line for results without a crisis line in render/screen
    (a role-play, round 55: at 21:30 every referral was closed until the morning and the
    screen named nothing for a worse night)."""
    result = CliRunner().invoke(app, ["lookup", *args, "--at", "2026-12-08T21:30"])
    assert result.exit_code == 0, result.output
    assert line in result.output


@pytest.mark.parametrize(
    "text",
    [
        "my friend said he wants to die and honestly I want to die too",
        "mijn vriendin zegt dat ze dood wil en eerlijk gezegd wil ik ook dood",
    ],
)
def test_the_students_own_wish_after_someone_elses_is_found(text: str) -> None:
    """Fails without the retry after someone else's risk in recognise.py: a pattern
    matched once, leftmost, and the student's own "I want to die too" was never read
    (found while checking a role-play of round 55)."""
    found = themes_of(text)
    assert {"concern_for_other", "suicidal_thoughts"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "my roommate keeps saying he wants to die. yesterday he said it again, that he wants to die",
        "mijn vriend zegt dat hij dood wil, gisteren zei hij weer dat hij dood wil",
        "my sister wants to die and my brother wants to die too",
    ],
)
def test_someone_elses_wish_told_twice_stays_theirs(text: str) -> None:
    """A guard: the retry reads the second telling as the other's too."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["nee, niemand bedreigt me", "no, nobody threatens me", "nee hoor, niemand slaat me"],
)
def test_nobody_as_the_one_who_acts_negates(text: str) -> None:
    """Fails without textcontext._NOBODY: "nee, niemand bedreigt me" gave Veilig Thuis,
    112 and the police first (a role-play, round 55)."""
    assert "unsafe_situation" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "niemand weet dat ik dood wil",
        "Drinking alone in a country where I know nobody. Took a bunch of pills just now.",
        "niemand bedreigt me, behalve mijn ex die me elke dag bedreigt",
    ],
)
def test_nobody_elsewhere_keeps_the_risk(text: str) -> None:
    """A guard: "nobody" that is not the one who acts, or in another clause."""
    assert themes_of(text) & {"suicidal_thoughts", "unsafe_situation"}
