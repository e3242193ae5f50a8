"""Round 33, the intake: what a role-play of six intakes in a real terminal saw (a
student with a plan who then says "grapje"; a father who died; an assault not named; a
startle). Each test failed on the round's start (2f1635e) unless its docstring says it
is a guard."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from steunwijzer.core.interview import replay, run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import apply_override
from steunwijzer.render.screen import summary_lines

from .conftest import invoke
from .intake import answering
from .reading import themes_of


def _shown(catalog: Catalog, result: object, lang: str = "nl") -> str:
    return " ".join(text for text, _ in summary_lines(catalog, result, lang, 200))  # type: ignore[arg-type]


def test_a_lowered_tier_keeps_what_to_do_while_urgency_is_immediate(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """F1: a plan for this weekend and pills saved, then "grapje, laat maar", lowered to
    specifiek by hand: the result read "Volgende stap (Huisarts): Bel de eigen huisarts"
    and nothing said not to leave the student alone. Round 11's choice stays: no "Direct
    gevaar" beside the lower tier (tests/test_round11_outsiders.py)."""
    given = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_behaviour": "ja"}
    result = replay(builtin, given, "nl", index)
    lowered = apply_override(builtin, index, result, Tier.SPECIFIC, "grapje, laat maar")
    shown = _shown(builtin, lowered)
    assert "De urgentie blijft direct" in shown and "niet alleen" in shown
    assert "Volgende stap (Huisarts)" not in shown
    assert "Volgende stap: Bel 113" in shown


def test_a_lowered_grief_without_immediate_urgency_names_its_own_step(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guard: a lowered tier without immediate urgency says nothing of urgency staying."""
    result = replay(builtin, {"area_loss": "ja"}, "nl", index)
    lowered = apply_override(builtin, index, result, Tier.SPECIFIC, "lang geleden")
    assert "De urgentie blijft direct" not in _shown(builtin, lowered)


@pytest.mark.parametrize(
    "said",
    ["ja soms, hij is dood en ik mis hem", "ja, soms. mijn vader is dood en ik mis hem zo"],
)
def test_a_father_who_died_is_no_one_to_reach_now(
    builtin: Catalog, index: ReferralIndex, said: str
) -> None:
    """B1: at "wished you were dead?", "ja soms, hij is dood en ik mis hem" was concern
    for someone else ("ga na of die persoon nu bereikbaar is ... bel 112") beside the
    father who died. The yes stays the student's own."""
    answers = {"safety_wish_dead": said}
    result = run_interview(builtin, answering(answers, ""), "nl", index).result
    assert "concern_for_other" not in result.themes
    assert "suicidal_thoughts" in result.themes and result.tier is Tier.ACUTE


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mijn vader is dood", {"grief"}),
        ("mijn vader is dood en ik mis hem", {"grief"}),
        ("hij is dood", {"grief"}),
        ("my dad is dead and I miss him", {"grief"}),
    ],
)
def test_a_death_said_plainly_is_grief_and_nothing_else(text: str, found: set[str]) -> None:
    """B2: "mijn vader is dood" was nothing recognised, and "hij is dood" a wish to die
    (the second net, weighed on "dood")."""
    assert themes_of(text) == found


@pytest.mark.parametrize(
    "text",
    ["mijn telefoon is dood", "mijn vader is dood op na zijn nachtdienst", "my phone is dead"],
)
def test_a_dead_phone_or_a_tired_father_is_no_grief(text: str) -> None:
    """Guards and one neighbour: "dood op" (worn out) beside the new grief pattern."""
    assert "grief" not in themes_of(text)


def test_a_startle_is_no_wish_to_die() -> None:
    """C1: "i jump when someone touches me" at the mood question brought up the suicide
    panel, weighed most on "jump". A jump from a height stays (a guard)."""
    assert "suicidal_thoughts" not in themes_of(
        "yes. tense all the time. i jump when someone touches me"
    )
    assert "suicidal_thoughts" in themes_of("sometimes I want to jump when I'm on the bridge")


def test_a_doubt_that_goes_on_in_words_is_read_as_skipped(runner: CliRunner) -> None:
    """C2: "i dont know... something happened at a party. i dont really want to talk about
    it" to "do you feel unsafe somewhere?" was refused ("That answer does not fit. Type
    yes or no"); "weet niet" alone was already read as skipped and said so. The result
    then names the question as not asked (or skipped)."""
    said = "i dont know... something happened at a party. i dont really want to talk about it"
    typed = "\n".join(["no", "no", "no", *[said] * 30, *[""] * 20])
    out = invoke(runner, "interview", "--lang", "en", "--at", "2026-11-30T14:00", input=typed)
    assert out.exit_code == 0, out.output
    assert "does not fit" not in out.output
    assert out.output.count("read as: skipped") >= 5
    assert "Not asked in this intake (or skipped)" in out.output


def test_the_mentions_heading_is_wrapped_to_the_screen(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """D4: at 70 columns "Mentioned, not counted (denied, a figure of speech, past, or
    someone else's):" came out as "...or someone e / lse's)": the heading was the one line
    not wrapped, against the README's promise that no word is split."""
    from steunwijzer.core.interview import replay
    from steunwijzer.render.screen import detail_lines

    given = {"own_words": "i dont want to die or anything, im just really stressed"}
    result = replay(builtin, given, "en", index)
    assert result.mentions
    lines = [text for text, _ in detail_lines(builtin, result, "en", 60)]
    assert all(len(line) <= 60 for line in lines)
    assert any(line.startswith("Mentioned, not counted") for line in lines)


def test_a_handout_after_a_lowered_tier_keeps_the_crisis_lines_first_while_urgent(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A second role-play (round 33, E1): a plan, pills saved, "het was een grapje", the
    tier lowered by hand: the screen kept the crisis line's step, the handout opened with
    the GP's office hours and left 113 to "Als het erger wordt". Without immediate
    urgency a lowered handout starts with that tier's help (round 16's guard)."""
    from steunwijzer.export.handout import handout_markdown

    given = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_behaviour": "ja"}
    result = replay(builtin, given, "nl", index)
    lowered = apply_override(builtin, index, result, Tier.SPECIFIC, "het was een grapje")
    page = handout_markdown(builtin, lowered, "nl")
    first = page.split("\n## ")[1]  # "Wat je eerst kunt doen", up to the next section
    assert first.startswith("Wat je eerst kunt doen")
    assert "### 113" in first and "### Huisarts" not in first


@pytest.mark.parametrize(
    "said",
    ["ik denk er ook weleens aan, aan wat hij gedaan heeft", "soms snap ik hem wel, eerlijk"],
)
def test_at_a_safety_question_thoughts_going_his_way_are_the_students_own(said: str) -> None:
    """A second role-play (round 33, A1): a friend who died by suicide; "ik denk er ook
    weleens aan, aan wat hij gedaan heeft" at a safety question was concern for him ("ga
    na of die persoon nu bereikbaar is"). It is the student's own."""
    from steunwijzer.core.textloss import wish_to_join

    found = wish_to_join(said)
    assert found is not None and found.theme == "suicidal_thoughts"


@pytest.mark.parametrize(
    "text",
    ["sometimes I want to hurt him, like really hurt him", "ik wil hem soms echt pijn doen"],
)
def test_a_wish_to_hurt_him_is_no_wish_to_die(text: str) -> None:
    """A second role-play (round 33, B1): the suicide panel opened on "sometimes I want"
    (the second net) and the student was asked the suicide questions again."""
    found = themes_of(text)
    assert "unsafe_situation" in found and "suicidal_thoughts" not in found


def test_a_yes_with_a_clause_of_its_own_after_it_stays_a_yes(builtin: Catalog) -> None:
    """A second role-play (round 33, C2): "ja, ik haal mijn deadlines niet. ik mag van
    mijn vriend niet naar de bieb" was read as "nee" (once normalised, "niet. ik mag"
    read as "niet ik", not me). "ja, maar niet ik, mijn vriendin" stays someone else's
    (a guard)."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == "area_study")
    said = "ja, ik haal mijn deadlines niet. ik mag van mijn vriend niet naar de bieb"
    assert parse_answer(question, said) is True
    assert parse_answer(question, "ja, maar niet ik, mijn vriendin") is False


def test_a_doubt_said_in_words_is_still_read_for_an_acute_need(runner: CliRunner) -> None:
    """Found in the round's own review: read as skipped (C2 above), "geen idee. ik wil er
    gewoon niet meer zijn" at an ordinary yes/no question lost its words unread. They are
    read first: the crisis panel opens, the result is acute."""
    said = "geen idee. ik wil er gewoon niet meer zijn"
    typed = "\n".join(["nee", "nee", "nee", said, *[""] * 60])
    out = invoke(runner, "interview", "--at", "2026-11-30T14:00", input=typed)
    assert out.exit_code == 0, out.output
    # the doubt is said; since round 38 the study question it was typed at is left
    # open and its follow-up asked ("misschien"), where before it was skipped
    assert "gelezen als: misschien" in out.output
    # the panel at once, before the next question (not later, from a skipped question)
    assert out.output.index("ACUUT SIGNAAL") < out.output.index("Vraag 5 ")
    assert "Niveau: ACUUT" in out.output
