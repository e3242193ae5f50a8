"""Round 25: what a role-play of round 24 saw on the intake screen (R12, R14), in other
words than the role-play's, with guards that must keep their old behaviour.

Run on the commit before the fix (`bdcdb47`) the cases fail: the acute theme taken from
an aside was not on the screen until the result, a single choice showed a bare ">" under
its options, and two options asked for "een nummer van 1 tot 2". The guards pass there
too and say so.
"""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import Prompt, QuestionPrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.vocabulary import Vocabulary
from tests.terminal_helpers import read_text, scripted, terminal


def _prompts(seen: list[Prompt], qid: str) -> list[QuestionPrompt]:
    return [p for p in seen if isinstance(p, QuestionPrompt) and p.question.id == qid]


def test_an_acute_theme_in_an_aside_is_announced_with_the_next_question(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A "ja" with a dropout risk beside it: the next question carries the theme taken."""
    aside = "ja, als ik die herkansing weer niet haal moet ik stoppen met de opleiding"
    seen, result = scripted(builtin, index, {"area_study": [aside]})
    after = _prompts(seen, "study_worries") or _prompts(seen, "area_sleep")
    assert after and after[0].taken == ("dropout_risk",)
    assert "dropout_risk" in result.themes
    # announced once: the question after that one carries nothing
    later = [p for p in seen if isinstance(p, QuestionPrompt) and p is not after[0]]
    assert all(not p.taken for p in later)


def test_a_plain_answer_and_a_harmless_aside_take_nothing(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A guard (passes before the fix too, trivially): nothing to announce."""
    seen, _ = scripted(
        builtin, index, {"area_study": ["ja, vooral met plannen"], "area_sleep": ["nee"]}
    )
    assert all(not p.taken for p in seen if isinstance(p, QuestionPrompt))


def test_a_risk_to_life_aside_is_left_to_the_crisis_panel(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Words beside an answer that open the crisis panel: the panel says it, and the next
    question does not say it again."""
    aside = "nee, maar eerlijk gezegd wil ik er soms gewoon niet meer zijn"
    seen, result = scripted(builtin, index, {"area_sleep": [aside]})
    assert "suicidal_thoughts" in result.themes
    assert all("suicidal_thoughts" not in p.taken for p in seen if isinstance(p, QuestionPrompt))


def test_the_screen_names_the_theme_taken(builtin: Catalog) -> None:
    ask, screen = terminal(builtin, "nee")
    question = next(q for q in builtin.questions if q.id == "area_sleep")
    ask(QuestionPrompt(question, 5, 18, None, True, taken=("dropout_risk",)))
    shown = screen.getvalue()
    assert "ook meegenomen" in shown
    assert "studie-uitval" in shown.lower() or "uitval" in shown.lower()
    assert shown.index("ook meegenomen") < shown.index(question.text.get("nl"))


def test_a_single_choice_says_how_to_answer_and_two_options_say_1_or_2(
    builtin: Catalog,
) -> None:
    question = next(q for q in builtin.questions if q.id == "sleep_duration")
    assert len(question.choices) == 2
    ask, screen = terminal(builtin, "5", "2")
    assert isinstance(ask(QuestionPrompt(question, 6, 18, None, True)), Unfit)
    assert ask(QuestionPrompt(question, 6, 18, None, True, unfit=True)) == "long"
    shown = screen.getvalue()
    assert "een nummer, of het antwoord in woorden" in shown
    assert "Typ 1 of 2." in shown
    assert "van 1 tot 2" not in shown


def test_three_options_keep_the_range(builtin: Catalog) -> None:
    """A guard: more than two options still name the range."""
    question = next(q for q in builtin.questions if q.id == "connection_safe")
    ask, screen = terminal(builtin, "7", "1")
    assert isinstance(ask(QuestionPrompt(question, 15, 18, None, True)), Unfit)
    assert ask(QuestionPrompt(question, 15, 18, None, True, unfit=True)) == "yes"
    assert "Typ een nummer van 1 tot 3." in screen.getvalue()


# --- free text: outsiders' sets of round 25 (set80, set81) and a role-play (R15) --------
# New wordings of the kinds seen missed, each with harmless neighbours as guards. On the
# commit before the fix (`bdcdb47`) the cases find nothing or another theme; the lines
# marked "guard" (wordings already found) and the guards below pass there too.

ACUTE = {
    "suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other",
    "sexual_violence", "grief", "dropout_risk",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # sex one did not want, the sex named first (the role-play's R15, other words)
        ("hij heeft seks met me gehad terwijl ik dat helemaal niet wilde", "sexual_violence"),
        ("we hadden seks terwijl ik eigenlijk niet wilde", "sexual_violence"),
        ("het was seks tegen mijn wil", "sexual_violence"),
        ("he had sex with me when i didn't want to", "sexual_violence"),
        ("she had sex with me even though i said no", "sexual_violence"),
        ("he had sex with me while i was passed out", "sexual_violence"),
        # forced, Dutch word order; without consent; touched while out; no way out
        ("mijn ex heeft me vorige maand gedwongen tot seks", "sexual_violence"),
        (
            "ze dwongen me tot seksuele handelingen bij de ontgroening",
            "sexual_violence",
        ),  # guard: found before
        ("it happened without my consent at a house party", "sexual_violence"),
        ("he touched me while i was passed out on the couch", "sexual_violence"),
        ("hij nam me mee naar zijn kamer en ik kon niet weg", "sexual_violence"),
        # a weapon coming at one
        ("he came at me with a bottle last night", "unsafe_situation"),  # guard: found before
        ("mijn broer kwam met een mes op me af", "unsafe_situation"),
        # a blade as the way to cope
        ("razors are how i cope when it gets too much", "self_harm"),  # guard: found before
        ("een scheermesje is voor mij een manier om ermee om te gaan", "self_harm"),
        # hoping to be run over
        (
            "sometimes i hope a bus hits me on my way to the exam",
            "suicidal_thoughts",
        ),  # guard: found before
        ("ik hoop soms dat een auto me aanrijdt", "suicidal_thoughts"),
        ("does anybody else wish a train would hit them sometimes", "suicidal_thoughts"),
        # someone else who barely eats and fainted
        ("my sister has barely been eating and collapsed at work", "concern_for_other"),
        ("mijn vriendin eet al dagen niks en is vanochtend flauwgevallen", "concern_for_other"),
        # everyday needs
        ("ik kom al weken mijn bed niet uit", "low_mood"),  # guard: found before
        ("I can't get out of bed most mornings", "low_mood"),  # guard: found before
        ("crying over nothing lately", "low_mood"),
        ("I still haven't made any friends here", "social_connection"),
        ("ik word nooit uitgenodigd door mijn huisgenoten", "social_connection"),
        ("no idea what job this degree leads to", "study_choice"),
        (
            "ik twijfel of ik wel de goede opleiding heb gekozen",
            "study_choice",
        ),  # guard: found before
        ("running on empty with two jobs and my thesis", "stress"),  # guard: found before
        ("my relationship with eating is a mess", "eating"),  # guard: found before
        ("I feel guilty after meals", "eating"),
        ("ik ben te streng voor mezelf", "self_insight"),
        ("ik vergelijk mezelf steeds met anderen", "self_insight"),
        ("how do I stop comparing myself to my classmates", "self_insight"),
    ],
)
def test_said_in_other_words_is_found(builtin: Catalog, text: str, theme: str) -> None:
    found, _ = read_text(builtin, text)
    assert theme in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "ze hebben mijn foto zonder mijn toestemming gebruikt voor de website",
        "they used my essay without my consent in their presentation",
        "mijn vader nam me mee naar boven om de zolder op te ruimen",
        "my tutor came at me with a lot of questions",
        "I need a new razor, any student discount on blades?",
        "I hope a car picks me up after the party",
        "we had sex while i was on holiday, didn't want to tell my parents",
        "ik wil geen seks voor het huwelijk, hoe praat ik daarover met mijn vriend",
    ],
)
def test_harmless_neighbours_stay_harmless(builtin: Catalog, text: str) -> None:
    """Guards: no acute theme (several pass before the fix too)."""
    found, _ = read_text(builtin, text)
    assert not found & ACUTE, (text, found)


def _urgency(builtin: Catalog, text: str) -> set[str]:
    return {f.theme for f in Vocabulary(builtin.themes).read(text).findings if f.immediate}


def test_a_time_said_of_something_else_does_not_make_a_recurring_wish_urgent(
    builtin: Catalog,
) -> None:
    """A role-play (R20): a "nu" about debts in a long story made "iedereen beter af
    zonder mij", told as a thought that keeps coming back, "direct danger". Before the
    fix the first two texts are immediate."""
    story = (
        "ik werk twintig uur in de horeca en ik heb nu ook een schuld bij DUO en een "
        "achterstand bij de zorgverzekering en mijn vriend heeft het uitgemaakt, en eerlijk "
        "gezegd denk ik de laatste tijd vaak dat iedereen beter af zou zijn zonder mij"
    )
    assert "suicidal_thoughts" not in _urgency(builtin, story)
    english = (
        "i have a job until late now and my rent went up and my exams went badly and "
        "lately i often think everyone would be better off without me"
    )
    assert "suicidal_thoughts" not in _urgency(builtin, english)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a time said of the act, near or far, and danger from others now
        "ik maak er vanavond een eind aan",
        "Vanavond, als iedereen slaapt, maak ik er een eind aan",
        "this weekend my parents are away, it'll be the easiest time to finally end it",
        "ik denk vaak aan zelfmoord en vanavond ga ik het doen",
        "he grabbed my neck last night and said next time he won't stop and I'm at his place now",
    ],
)
def test_a_time_said_of_the_act_stays_urgent(builtin: Catalog, text: str) -> None:
    assert _urgency(builtin, text), text


def test_scared_of_oneself_now_is_urgent(builtin: Catalog) -> None:
    """A guard (passes before the fix too): kept urgent under the nearer time rule."""
    assert "suicidal_thoughts" in _urgency(builtin, "i'm really scared of myself right now")
    assert "suicidal_thoughts" in _urgency(builtin, "ik ben bang voor mezelf vannacht")


def test_a_guess_resting_on_without_or_want_alone_is_dropped(builtin: Catalog) -> None:
    """The second net weighed "zonder" (0.91) and "want" (0.93) as a wish to die in
    everyday sentences without any word of the field."""
    for text in (
        "ze hebben mijn foto zonder mijn toestemming gebruikt voor de website",
        "Why do I always need everyone to like me? I want to get to the bottom of it",
    ):
        found, _ = read_text(builtin, text)
        assert "suicidal_thoughts" not in found, text
