"""Round 27: what the round's outsiders found (role-plays in a real terminal, blind sets
of messages as students type and dictate them) and what round 26 left noted. Each test
was run on the commit before its fix and failed there unless its docstring says it
guards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog
from steunwijzer.core.ownwords import words_beside
from steunwijzer.core.prompts import SKIP, CrisisPrompt, Prompt, QuestionPrompt, ThemePrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.present.phrasing import moment_text

from .conftest import invoke
from .reading import builtin_vocabulary, themes_of
from .terminal_helpers import terminal


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("behaviour_kind", "geen van beide eigenlijk"),
        ("behaviour_kind", "iets anders"),
        ("study_worries", "none of these"),
        ("study_worries", "Geen van allen."),
        ("sleep_duration", "n.v.t."),
        ("mood_kind", "neither"),
    ],
)
def test_none_of_the_options_is_a_skip_said_as_such(
    builtin: Catalog, question_id: str, typed: str
) -> None:
    """ "geen van beide" and "it's something else" at a choice list were refused with
    "Typ 1 of 2", and nothing said Enter skips (role-plays, round 26, S5 and Q13)."""
    question = builtin.question(question_id)
    assert question is not None
    ask, screen = terminal(builtin, typed)
    assert ask.question(QuestionPrompt(question, 3, 20, None, True)) is SKIP
    assert "overgeslagen" in screen.getvalue()


def test_none_words_do_not_swallow_a_no_or_a_sentence(builtin: Catalog) -> None:
    """Guards: where "no" is an option "geen" is not a skip, and words after "geen van
    beide" are read, not thrown away."""
    safe = builtin.question("connection_safe")
    assert safe is not None and "no" in safe.choice_ids()
    ask, _ = terminal(builtin, "niets")
    assert isinstance(ask.question(QuestionPrompt(safe, 3, 20, None, True)), Unfit)
    kind = builtin.question("behaviour_kind")
    assert kind is not None
    ask, _ = terminal(builtin, "geen van beide, mijn huisgenoot komt steeds mijn kamer in")
    assert ask.question(QuestionPrompt(kind, 3, 20, None, True)) is not SKIP


@pytest.mark.parametrize("question_id", ["behaviour_kind", "study_worries", "sleep_duration"])
def test_a_choice_list_says_enter_skips_when_an_answer_does_not_fit(
    builtin: Catalog, question_id: str
) -> None:
    """The refusal at a choice list said only "Typ een nummer van 1 tot 5" (round 26)."""
    question = builtin.question(question_id)
    assert question is not None
    ask, screen = terminal(builtin, "zeven", "")
    ask.question(QuestionPrompt(question, 3, 20, None, True, unfit=True))
    assert "Enter om over te slaan" in screen.getvalue()


def test_a_place_that_opens_later_today_or_tomorrow_says_so(builtin: Catalog) -> None:
    """ "nu dicht, opent di 1 dec 17:00" on that very Tuesday made the counsellor check
    the date (a role-play, round 26, S24): "vandaag 17:00", "morgen 08:00"."""
    index = ReferralIndex(builtin, dt.datetime(2026, 12, 1, 7, 30))  # Tuesday 07:30
    gp = next(o for o in builtin.offerings if o.id == "huisarts")
    referral = index._referral(gp, "main", ())
    assert referral.open_now is False and referral.opens_in_days == 0
    assert moment_text(referral.opens_next, "nl", 0) == "vandaag 08:00"  # type: ignore[arg-type]
    night = ReferralIndex(builtin, dt.datetime(2026, 12, 1, 22, 0))
    assert night._referral(gp, "main", ()).opens_in_days == 1
    friday = ReferralIndex(builtin, dt.datetime(2026, 12, 4, 22, 0))
    assert friday._referral(gp, "main", ()).opens_in_days == 3
    # sleep, not grief: since round 36 (R4) the GP opening at 08:00 no longer outranks the
    # chaplain opening at 10:00 for a loss, so grief lists no GP at 07:30
    out = invoke(CliRunner(), "lookup", "--theme", "sleep", "--at", "2026-12-01T07:30").output
    assert "opent vandaag 08:00" in out and "opent di 1 dec" not in out
    out = invoke(
        CliRunner(), "lookup", "--lang", "en", "--theme", "grief", "--at", "2026-12-01T22:00"
    ).output
    assert "opens tomorrow 08:00" in out


def test_the_unsafe_question_help_promises_no_secrecy(builtin: Catalog) -> None:
    """The `?` help of the unsafe question said to tell the student the conversation is
    confidential, which a counsellor under the reporting code (meldcode) cannot promise
    (a role-play, round 26, Q15)."""
    question = builtin.question("area_behaviour")
    assert question is not None and question.help is not None
    for lang in ("nl", "en"):
        text = question.help.get(lang).lower()
        assert "gesprek vertrouwelijk is" not in text and "conversation is confidential" not in text
        assert "meldcode" in text or "reporting code" in text


_vocabulary = builtin_vocabulary
_themes = themes_of


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a pattern matched once, leftmost, kept only the denied or figurative one
        (
            "I'm not suicidal about exams but I am suicidal about everything else",
            "suicidal_thoughts",
        ),
        ("het rooster is echt zelfmoord en ik denk zelf ook aan zelfmoord", "suicidal_thoughts"),
        ("geen stalking op de campus, maar hij stalkt me wel thuis", "unsafe_situation"),
        # dictated: "told no one, but I think of suicide" is the student's own
        (
            "ik heb het nog nooit tegen iemand gezegd maar eh ik denk de laatste tijd heel "
            "vaak aan zelf moord zeg maar",
            "suicidal_thoughts",
        ),
        (
            "wou dat er gewoon een auto over me heen reed op weg naar de uni eerlijk",
            "suicidal_thoughts",
        ),
        ("ik hoop dat er een bus tegen me aan rijdt", "suicidal_thoughts"),
        (
            "ik sta steeds op het perron te denken hoe makkelijk het zou zijn om gewoon een "
            "stap naar voren te zetten",
            "suicidal_thoughts",
        ),
        ("thinking how easy it would be to just step in front of the train", "suicidal_thoughts"),
        ("I cut myself yesterday and I wouldn't mind if it went too far", "suicidal_thoughts"),
        (
            "my roommate drank so much last weekend she stopped breathing for a bit",
            "concern_for_other",
        ),
        (
            "gisteren lag mijn huisgenoot bewusteloos in de badkamer, we wisten niet of hij "
            "nog ademde",
            "concern_for_other",
        ),
        (
            "my friend keeps saying stuff like I won't be around after the deadline anyway",
            "concern_for_other",
        ),
        # everyday needs in the words of an intake form
        ("Ik heb een huurachterstand van drie maanden", "finances"),
        ("ik werk 30 uur per week om rond te komen", "finances"),
        ("ik denk niet dat ik de bsa ga halen dit jaar", "dropout_risk"),
        ("ik zit niet lekker in mijn vel de laatste tijd", "low_mood"),
        ("ik zie enorm op tegen mijn mondeling volgende week", "performance_anxiety"),
        (
            "when I sit down for an exam my heart races and I forget everything",
            "performance_anxiety",
        ),
        ("is er een training over faalangst?", "performance_anxiety"),
        ("is there a workshop on procrastination", "study_skills"),
        ("ik zoek een cursus over zelfvertrouwen", "self_insight"),
        ("ik merk dat ik mezelf heel vaak vergelijk met anderen", "self_insight"),
        ("can I talk to someone about choosing my minor", "study_choice"),
        (
            "mijn vader is alcoholist en ik voel me verantwoordelijk voor alles thuis",
            "family_circumstances",
        ),
        ("ik zorg er zelf voor dat ik overgeef na het eten", "eating"),
    ],
)
def test_what_students_type_and_dictate_is_read(text: str, theme: str) -> None:
    """Lines of round 27's blind sets (an intake form's free-text box; dictated
    messages) and their neighbours, written for the family, not the one line (of the
    neighbours, the bus, the train and "zelf ... overgeef" were read before: guards)."""
    assert theme in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("we behandelen deze week zelfbeschadiging in het vak klinische psychologie", "self_harm"),
        (
            "voor criminologie interview ik iemand die met slachtoffers van stalking werkt",
            "unsafe_situation",
        ),
        ("voor geneeskunde moeten we leren over een overdosis paracetamol", "suicidal_thoughts"),
        ("deze planning is echt zelf moord, drie tentamens op 1 dag", "suicidal_thoughts"),
        # guards: what was had, or given, is no request
        ("We hebben een workshop gehad over hoe je een vriend helpt die somber is", "low_mood"),
        ("ik geef een workshop over stress voor eerstejaars", "stress"),
        ("ik schrijf een essay over faalangst", "performance_anxiety"),
    ],
)
def test_a_topic_stays_a_topic(text: str, theme: str) -> None:
    """Harmless lines of the same sets: a course's subject, victims one interviews, a
    schedule called suicide."""
    assert theme not in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb zelfmoordgedachten in het vak statistiek",
        "mijn zelfbeschadiging in het vak gym ziet iedereen",
        "wij zijn slachtoffers van stalking door een oud-huisgenoot",
        "mijn huisgenoot zei maar ik wil dood",
        "I told my friend: I want to die",
    ],
)
def test_the_new_frames_leave_the_student_own_words(text: str) -> None:
    """Guards beside the frames above: the student's own words in a course, among the
    victims, after someone else spoke."""
    found = _vocabulary().read(text)
    assert any(
        f.theme in {"suicidal_thoughts", "self_harm", "unsafe_situation"} for f in found.findings
    ), found


def test_a_need_heard_earlier_and_confirmed_counts(builtin: Catalog, index: ReferralIndex) -> None:
    """ "Addiction (heard earlier)" confirmed at the own words was dropped from the
    result: it had no finding in the own words to count it by (a role-play, round 27,
    P11: "i have a few beers most nights" after drinking heard at another question)."""
    offered: list[ThemePrompt] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == "area_money":
                return "ja, en ik drink elke avond in mijn eentje een fles wijn om te slapen"
            if prompt.question.id == "own_words":
                return "het is gewoon allemaal veel"
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ThemePrompt):
            offered.append(prompt)
            return prompt.suggested + prompt.heard
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    result = run_interview(builtin, ask, "nl", index).result
    assert offered and "addiction" in offered[0].heard
    assert "addiction" in result.themes
    reason = next(r for r in result.reasons if "addiction" in r.themes)
    assert "drink" in reason.answer, reason


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nee, ik zei toch al dat ik dat nooit zou doen", False),
        ("nee, toch niet", False),
        # guards: a no taken back is doubt, never a no
        ("nee... toch wel", UNKNOWN),
        ("nee toch?", UNKNOWN),
    ],
)
def test_an_impatient_no_is_a_no(builtin: Catalog, typed: str, expected: object) -> None:
    """ "nee, ik zei toch al dat ik dat nooit zou doen" to "have you worked out how and
    when?" was read as don't know, and the panel said "call 112 now, do not leave the
    student alone" (a role-play, round 27, P20)."""
    question = builtin.question("safety_plan")
    assert question is not None
    assert parse_answer(question, typed) == expected


@pytest.mark.parametrize("typed", ["no idea", "No idea.", "geen idee"])
def test_no_idea_is_never_a_no(builtin: Catalog, typed: str) -> None:
    """ "no idea" to the question about alcohol and drugs was read as "no" (a role-play,
    round 27, P26): skipped there, don't know on a safety question."""
    substances = builtin.question("area_substances")
    assert substances is not None
    ask, screen = terminal(builtin, typed)
    assert ask.question(QuestionPrompt(substances, 3, 20, None, True)) is SKIP
    assert "overgeslagen" in screen.getvalue()
    wish = builtin.question("safety_wish_dead")
    assert wish is not None
    assert parse_answer(wish, typed) == UNKNOWN


def test_a_guess_on_the_topic_after_a_no_does_not_open_the_panel(builtin: Catalog) -> None:
    """ "nee haha, ik heb al pijn genoeg van mijn darmen" to the self-harm question: the
    second net's guess ('pijn') opened the crisis panel ("ask whether the wounds are
    cared for") and made the result acute (a role-play, round 27, P14)."""
    vocabulary = _vocabulary()
    said = "nee haha, ik heb al pijn genoeg van mijn darmen"
    assert words_beside(vocabulary, builtin, ({}, {}), "mood_self_harm", said) is None
    # guards: the rules' own words after a no, a guess on another topic, a guess after yes
    found = words_beside(
        vocabulary, builtin, ({}, {}), "mood_self_harm", "nee, ik snij mezelf alleen als het erg is"
    )
    assert found is not None and "self_harm" in found.themes
    found = words_beside(
        vocabulary,
        builtin,
        ({}, {}),
        "area_identity",
        "nee. soms denk ik wat maakt het allemaal nog uit",
    )
    assert found is not None and "suicidal_thoughts" in found.themes
    found = words_beside(
        vocabulary, builtin, ({}, {}), "mood_self_harm", "ja, ik heb al pijn genoeg van mijn darmen"
    )
    assert found is not None and "self_harm" in found.themes


@pytest.mark.parametrize(
    "text",
    [
        "my dad. two months ago. i couldnt go to the funeral",
        "ik kon niet naar de begrafenis van mijn vader",
        "ik mocht niet bij de uitvaart zijn van mijn oma",
    ],
)
def test_missing_the_funeral_is_a_loss_not_a_denial(text: str) -> None:
    """ "my dad. two months ago. i couldnt go to the funeral" at the loss question was
    refused and nothing was heard: "not" before "funeral" set the loss aside (a
    role-play, round 27, P10)."""
    assert "grief" in _themes(text)


def test_two_numbers_at_a_single_choice_are_not_cut_to_one(builtin: Catalog) -> None:
    """ "1, 3" at "Wat is er aan de hand?" (one answer) kept 1 and dropped 3 without a
    word (a role-play, round 27, P3): the screen asks for one."""
    question = builtin.question("behaviour_kind")
    assert question is not None
    ask, screen = terminal(builtin, "1, 3", "3")
    assert ask.question(QuestionPrompt(question, 3, 20, None, True)) == "sexual"
    assert "Kies één nummer" in screen.getvalue()


@pytest.mark.parametrize(("typed", "said"), [("nah", "nee"), ("kinda", "ja"), ("jep", "ja")])
def test_a_word_that_is_not_plain_yes_or_no_is_echoed(
    builtin: Catalog, typed: str, said: str
) -> None:
    """ "nah" on a safety question and "kinda" elsewhere moved on with no "read as" line
    (a role-play, round 27, P12): how a word was read is shown."""
    question = builtin.question("area_sleep")
    assert question is not None
    ask, screen = terminal(builtin, typed)
    ask.question(QuestionPrompt(question, 3, 20, None, True))
    assert f"gelezen als: {said}" in screen.getvalue()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "asking for a friend how do u clean cuts so they dont get infected. the friend is me",
            "self_harm",
        ),
        (
            "hypothetisch: als iemand na de tentamenweek een eind aan zn leven wil maken, met "
            "wie moet die dan praten? ik bedoel mezelf denk ik",
            "suicidal_thoughts",
        ),
        (
            "asking for a friend: how many sleeping pills would be too many. ok it's not "
            "for a friend",
            "suicidal_thoughts",
        ),
        ("mn huisgenoot weet niet dat er een touw in mijn kast ligt", "suicidal_thoughts"),
        ("my roommate doesn't know there are pills hidden in my closet", "suicidal_thoughts"),
        (
            "mijn zusje eet bijna niks meer en is echt heel dun geworden, ik maak me zorgen",
            "concern_for_other",
        ),
        (
            "slaap al 2 weken bij verschillende vrienden op de bank want ik kan nergens terecht",
            "unsafe_situation",
        ),
        ("my tutor touched me in a way that wasnt ok after office hours", "sexual_violence"),
        ("how do i cut back on ket, it started as a weekend thing", "addiction"),
        ("have to present my proposal on friday and im literally shaking", "performance_anxiety"),
        ("picked this master because it sounded good but i hate it", "study_choice"),
        ("ik wil snappen hoe ik in elkaar zit", "self_insight"),
    ],
)
def test_what_an_anonymous_question_box_says_is_read(text: str, theme: str) -> None:
    """Lines of set88 (an anonymous question box) and their neighbours: the friend asked
    for who is the writer, means hidden in one's room, a sister who hardly eats."""
    assert theme in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # guards: someone else stays someone else; a touch without more stays unwanted
        ("my friend wants to kill herself, I mean my friend not me", "suicidal_thoughts"),
        ("A lecturer touched me without asking.", "sexual_violence"),
        ("ik kan nergens terecht met mijn vraag over het rooster", "unsafe_situation"),
        ("dat liedje over doodgaan staat al de hele week op repeat", "suicidal_thoughts"),
    ],
)
def test_the_box_neighbours_stay_as_they_were(text: str, theme: str) -> None:
    """Their harmless neighbours (the song was read as a wish to die before: fixed)."""
    assert theme not in _themes(text), _vocabulary().read(text)


def test_asked_again_after_a_change_names_the_no_just_given(builtin: Catalog) -> None:
    """Changed from "ja" to "nee" with 'b', the question came back at once with "(eerder
    ‘nee’ ...)", read as the answer before the change, which was "ja" (a role-play,
    round 27, P22)."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    ask, screen = terminal(builtin, "nee")
    ask.question(QuestionPrompt(question, 2, 20, None, True, recheck=True))
    shown = screen.getvalue()
    assert "was ‘nee’" in shown and "eerder ‘nee’" not in shown


def test_a_mention_is_not_called_someone_else_s_when_it_is_a_figure() -> None:
    """ "want to disappear" set aside as a figure of speech stood under "Mentioned, but not
    about the student now" (a role-play, round 27, P29): it is the student's, not
    counted; the heading says why a mention may stand there."""
    from steunwijzer.present.texts import t

    for lang in ("nl", "en"):
        heading = t("mentions", lang)
        assert "niet over de student" not in heading and "not about the student" not in heading
        assert "figuurlijk" in heading or "figure of speech" in heading


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "Opgesteld op 1 december 2026"), ("en", "Made on 1 December 2026")]
)
def test_the_handout_has_its_date_and_room_for_the_next_appointment(
    tmp_path: Path, lang: str, said: str
) -> None:
    """The handout had no date and nowhere to write the next appointment; the role-player
    would have edited it before giving it (a role-play, round 27, P18)."""
    answers = tmp_path / "answers.yaml"
    answers.write_text("area_money: yes\n", encoding="utf-8")
    handout = tmp_path / "handout.md"
    result = invoke(
        CliRunner(), "interview", "--answers", str(answers), "--handout", str(handout),
        "--json", "--at", "2026-12-01T14:00", "--student-lang", lang,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = handout.read_text(encoding="utf-8")
    assert said in text
    assert ("Volgende afspraak" if lang == "nl" else "Next appointment") in text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Soms denk ik op de snelweg: als ik nu verongeluk, is het ook goed.",
            "suicidal_thoughts",
        ),
        ("heb me vorige week bijna van het balkon laten vallen. expres.", "suicidal_thoughts"),
        (
            "i keep looking at the canal at night and thinking its the only way out",
            "suicidal_thoughts",
        ),
        ("if i crashed on the way home that would be fine honestly", "suicidal_thoughts"),
        ("i keep punching the wall, my knuckles split open and it felt good", "self_harm"),
        (
            "bij training draag ik lange mouwen ook al is het 25 graden, en de trainer "
            "stelt vragen over mijn armen",
            "self_harm",
        ),
        (
            "iemand heeft naaktfotos van me en dreigt ze naar mijn ouders te sturen als ik "
            "niet betaal",
            "unsafe_situation",
        ),
        ("something happened with a guy from tinder, I said stop and he didn't", "sexual_violence"),
        ("mn hart gaat tekeer als ik aan de herkansing denk", "performance_anxiety"),
        ("the weigh-ins are making me weird about food, I started chewing and spitting", "eating"),
        ("my family doesn't get why I'm studying instead of working", "family_circumstances"),
        ("ik lees de stof 3x maar onthoud er niks van", "study_skills"),
    ],
)
def test_what_a_helpline_and_a_survey_say_is_read(text: str, theme: str) -> None:
    """Lines of set89 (survey answers and a WhatsApp helpline), written after the round's
    other readings, and their neighbours."""
    assert theme in _themes(text), _vocabulary().read(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Ik heb mijn fiets verkocht, die heb ik niet meer nodig in Utrecht.", "suicidal_thoughts"),
        ("my housemate dyed her hair pink and honestly it slaps", "grief"),
        ("I stopped using my long sleeves shirt, it's 25 degrees", "self_harm"),
    ],
)
def test_the_helpline_neighbours_stay_harmless(text: str, theme: str) -> None:
    """Harmless neighbours of set89's families (a bike sold, hair dyed)."""
    assert theme not in _themes(text), _vocabulary().read(text)


def test_years_now_is_no_now() -> None:
    """ "I self-harmed in high school, it's been 6 years now" was urgency immediate ("call
    112 now") for a box ticked honestly (set89, round 27); "now" after a span of time
    says how long, not when. A "now" of its own later still counts."""
    found = _vocabulary().read("I self-harmed in high school, it's been 6 years now")
    assert not any(f.immediate for f in found.findings)
    found = _vocabulary().read("I cut myself, it's been 2 days now and I want to do it again now")
    assert any(f.immediate for f in found.findings)


def test_a_guess_after_the_screen_asks_rather_than_arranges_113(builtin: Catalog) -> None:
    """ "ja wel, al zie ik ze nu minder want ik moet steeds snel naar huis" resembled a
    wish to die after the screen had been answered "nee"; the panel said "regel vandaag
    contact met 113" with the guess only in its last line (a role-play, round 27, Q4).
    A guess alone is said as one whether the screen was answered or not."""
    from rich.console import Console

    from steunwijzer.core.triage import Reason
    from steunwijzer.render.common import crisis_panel

    guess = _vocabulary().read("soms denk ik wat maakt het allemaal nog uit").findings[0]
    assert guess.origin == "built-in resemblance"
    reason = Reason("said.x", "x", ("suicidal_thoughts",), finding=guess)
    for screened in (False, True):
        console = Console(width=100, record=True, color_system=None)
        crisis_panel(
            console, builtin, "soon", (), "nl", themes=("suicidal_thoughts",),
            reasons=(reason,), screened=screened,
        )  # fmt: skip
        shown = " ".join(console.export_text().split())
        assert "Vraag er rustig naar" in shown and "voordat de student weggaat" not in shown


def test_that_is_over_now_is_no_danger_now() -> None:
    """ "the landlord was a bit aggressive when he put my stuff outside, but that's over
    now" was "Immediate danger: call 112 now" (a role-play, round 27, Q10)."""
    found = _vocabulary().read(
        "Not unsafe, no. The landlord was a bit aggressive when he put my stuff outside, "
        "but that's over now."
    )
    assert not any(f.immediate for f in found.findings)
    assert any(
        f.immediate for f in _vocabulary().read("he is aggressive and hitting me now").findings
    )


def test_after_a_no_at_a_safety_question_no_guess_counts(builtin: Catalog) -> None:
    """ "nee. ik heb mijn vriendin, en mijn ouders, dat zou ik ze niet aandoen" to "are
    you planning to act on those thoughts?" resembled concern for someone else ('zou'),
    and "Zorgen om een ander" stayed to the end (a role-play, round 27, Q17)."""
    said = "nee. ik heb mijn vriendin, en mijn ouders, dat zou ik ze niet aandoen"
    assert words_beside(_vocabulary(), builtin, ({}, {}), "safety_intent", said) is None


@pytest.mark.parametrize(
    "text",
    [
        "ik heb ook al twee doosjes gekocht, bij de kruidvat en de AH",
        "ik heb paracetamol gekocht bij verschillende drogisterijen",
        "i bought a few boxes at different pharmacies so nobody would notice",
    ],
)
def test_packs_bought_at_several_shops_are_means(text: str) -> None:
    """Two packs bought at two shops, round the sales limit, said beside the sleep
    question, was seen nowhere (a role-play, round 27, Q20)."""
    assert "suicidal_thoughts" in _themes(text)
    assert "suicidal_thoughts" not in _themes(
        "ik heb twee doosjes thee gekocht bij de ah en de jumbo"
    )


def test_looking_it_up_beside_a_no_is_doubt(builtin: Catalog) -> None:
    """ "nee, verder niks. alleen dat opzoeken dus" to "have you done or prepared
    anything?", after telling of looking up a lethal dose, was a plain no (a role-play,
    round 27, Q19)."""
    question = builtin.question("safety_behaviour")
    assert question is not None
    assert parse_answer(question, "nee, verder niks. alleen dat opzoeken dus") == UNKNOWN


def test_not_knowing_what_to_do_is_no_study_choice() -> None:
    """ "ik weet niet wat ik moet doen" after a housemate's wish to die added "Studiekeuze"
    (a role-play, round 27, Q32): only with a study or a future named is it one."""
    assert "study_choice" not in _themes(
        "mn huisgenoot reageert niet, ik weet niet wat ik moet doen"
    )
    assert "study_choice" in _themes("ik weet niet wat ik na mijn studie moet doen")


def test_needs_heard_but_never_offered_stay_on_the_result(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "ik heb eigenlijk nergens meer zin in" was heard as low mood beside an answer, to be
    confirmed at the own words; finished early (or the own words left empty) it was gone
    from the result (a role-play, round 27, Q22). It stays as a mention: not counted,
    said, to ask about."""

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == "area_money":
                return "ja, en ik heb eigenlijk nergens meer zin in de laatste tijd"
            return "nee" if prompt.question.type == "yes_no" else SKIP
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    result = run_interview(builtin, ask, "nl", index).result
    assert "low_mood" not in result.themes
    heard = [m for m in result.mentions if m.theme == "low_mood"]
    assert heard and heard[0].set_aside == "heard"


def test_finishing_before_a_panel_says_when_it_can(builtin: Catalog) -> None:
    """ "afronden" at a question before any crisis panel said only "Dat antwoord past
    niet", read as a typo (a role-play, round 27, Q27)."""
    question = builtin.question("sleep_duration")
    assert question is not None
    ask, screen = terminal(builtin, "afronden", "")
    assert ask.question(QuestionPrompt(question, 7, 20, None, True)) is SKIP
    assert "Afronden kan pas na een acuut signaal" in screen.getvalue()


@pytest.mark.parametrize(
    ("text", "now"),
    [
        # a safe word right after "nu": these days, not this minute
        ("hij heeft me geslagen maar ik ben nu veilig", False),
        # "nu" first in the text: the word before it is none (not the text's last word)
        ("nu wil ik dood, al maanden", True),
        # a span of time right before it, as the text's first word
        ("maanden nu al wil ik dood", False),
        # the safe word looked for within four words after "nu", not five
        ("hij slaat me maar nu ben ik hier het veilig", True),
    ],
)
def test_the_bounds_of_now(text: str, now: bool) -> None:
    """Each bound of `textnow.not_this_minute`, written for the mutants of a mutmut run
    (docs/mutation.md, round 27) that no test told apart."""
    assert any(f.immediate for f in _vocabulary().read(text).findings) is now
