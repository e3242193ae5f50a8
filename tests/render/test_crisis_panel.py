"""The mid-intake crisis panel: who is at risk decides what the counsellor is told."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.render.common import crisis_panel


def _panel(catalog: Catalog, themes: tuple[str, ...], lang: str, urgency: str = "immediate") -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    crisis_panel(console, catalog, urgency, (), lang, themes)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize(
    ("lang", "other", "student"),
    [
        ("en", "danger to someone else", "do not leave the student alone"),
        ("nl", "gevaar voor iemand anders", "laat de student niet alleen"),
    ],
)
def test_only_concern_for_someone_else_names_the_other_person(
    builtin: Catalog, lang: str, other: str, student: str
) -> None:
    """A roommate saying goodbye: the person at risk is not the student in the room (an
    outside role-play found the panel telling the counsellor to stay with the student
    and nothing about the roommate)."""
    text = _panel(builtin, ("concern_for_other",), lang)
    assert other in text and student not in text, text
    # The student's own risk as well: the student comes first.
    text = _panel(builtin, ("concern_for_other", "suicidal_thoughts"), lang)
    assert student in text and other not in text, text
    text = _panel(builtin, ("self_harm",), lang)
    assert student in text, text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_danger_from_someone_else_names_112_not_the_suicide_line(
    builtin: Catalog, lang: str
) -> None:
    """A controlling partner at night: the panel said "call 112 or 113" (an outside
    role-play: 113 is the suicide prevention line and was not even listed). With only an
    unsafe situation it says 112; with a risk to the student's own life 113 stays."""
    text = _panel(builtin, ("unsafe_situation",), lang)
    assert "112" in text and "113" not in text, text
    text = _panel(builtin, ("unsafe_situation", "suicidal_thoughts"), lang)
    assert "112 of 113" in text or "112 or 113" in text, text


def test_the_panel_says_what_set_it_off(builtin: Catalog) -> None:
    """An outside role-play: "the box doesn't say why". It quotes the most urgent
    finding (the intent, not the passive wish before it)."""
    from steunwijzer.core.model import Tier, Urgency
    from steunwijzer.core.triage import Reason

    wish = Reason("safety.safety_wish_dead", "safety_wish_dead = yes",
                  ("suicidal_thoughts",), Tier.ACUTE, Urgency.SOON)  # fmt: skip
    intent = Reason("safety.safety_intent", "safety_intent = yes",
                    ("suicidal_thoughts",), Tier.ACUTE, Urgency.IMMEDIATE)  # fmt: skip
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    crisis_panel(console, builtin, "immediate", (), "nl", ("suicidal_thoughts",),  # type: ignore[arg-type]
                 (wish, intent), {"safety_wish_dead": True, "safety_intent": True})  # fmt: skip
    text = " ".join(out.getvalue().split())
    assert "Aanleiding:" in text and "van plan" in text, text
    assert "dood was" not in text, text


@pytest.mark.parametrize(
    ("lang", "calm", "call_now"),
    [
        ("nl", "zelfbeschadiging is vaak een manier", "Bespreek samen wie jullie nu bellen"),
        ("en", "self-harm is often a way", "Decide together whom you call now"),
    ],
)
def test_self_harm_alone_gets_calm_words_not_whom_to_call_now(
    builtin: Catalog, lang: str, calm: str, call_now: str
) -> None:
    """A role-play (round 7): scratching to cope, no wish to die, and the panel said
    "whom do you call now" as for a suicide. Self-harm alone, not urgent, gets calm words
    (wound care, ask about thoughts of death apart); with thoughts of death the panel
    stays as it was."""
    alone = _panel(builtin, ("self_harm",), lang, "soon")
    assert calm in alone and call_now not in alone
    both = _panel(builtin, ("self_harm", "suicidal_thoughts"), lang, "immediate")
    assert call_now in both and calm not in both
    soon = " ".join(_panel(builtin, ("self_harm", "suicidal_thoughts"), lang, "soon").split())
    assert calm not in soon and "113" in soon


@pytest.mark.parametrize(
    ("lang", "today", "call_now"),
    [
        ("nl", "regel vandaag contact met 113", "Bespreek samen wie jullie nu bellen"),
        ("en", "arrange contact with 113 or the GP today", "Decide together whom you call now"),
    ],
)
def test_a_wish_without_plan_gets_a_safety_talk_not_whom_to_call_now(
    builtin: Catalog, lang: str, today: str, call_now: str
) -> None:
    """A role-play (round 8): a "yes" to the passive death wish alone (urgency soon)
    said "stay with the student, decide whom you call now", as for an intent. Not urgent:
    talk about safety and arrange contact today; immediate keeps the words it had."""
    soon = " ".join(_panel(builtin, ("suicidal_thoughts",), lang, "soon").split())
    assert today in soon and call_now not in soon, soon
    now = " ".join(_panel(builtin, ("suicidal_thoughts",), lang, "immediate").split())
    assert call_now in now and today not in now, now


def test_a_reason_of_control_characters_alone_is_no_reason(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """An outsiders' hostile round (round 8): the required reason for lowering a tier could
    be escape characters only, shown as nothing. It is asked again until it has text."""
    from steunwijzer.core.interview import replay
    from steunwijzer.core.prompts import OverridePrompt
    from steunwijzer.render.terminal import TerminalAsk

    result = replay(builtin, {"safety_wish_dead": "ja"}, "nl", index)
    # (each "j" confirms lowering past a risk to life: asked since round 11)
    typed = iter(["preventie", "j", "\x1b[2J\x07", "preventie", "j", "student heeft vandaag hulp"])
    console = Console(file=io.StringIO(), width=100, color_system=None)
    ask = TerminalAsk(console, builtin, "nl")
    ask.read = lambda prompt="> ": next(typed)  # type: ignore[method-assign]
    chosen = ask.override(OverridePrompt(result))
    assert chosen == (Tier.PREVENTION, "student heeft vandaag hulp"), chosen


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        (["preventie", "n"], None),  # no explicit yes: nothing changes
        (["preventie", ""], None),
        (["preventie", "j", "specific", "preventie", "j", "heeft al een afspraak bij de huisarts"],
         (Tier.PREVENTION, "heeft al een afspraak bij de huisarts")),
    ],
)  # fmt: skip
def test_lowering_past_a_risk_to_life_is_confirmed_and_explained(
    builtin: Catalog, index: ReferralIndex, typed: list[str], chosen: object
) -> None:
    """A role-play (round 11) lowered ACUUT to PREVENTIE after a "ja" on suicidal thoughts
    with "specific" as the reason (the tier name typed into the reason). Lowering past a
    risk to life asks an explicit yes first, and a reason is a few words, not one."""
    from steunwijzer.core.interview import replay
    from steunwijzer.core.prompts import OverridePrompt
    from steunwijzer.render.terminal import TerminalAsk

    result = replay(builtin, {"safety_wish_dead": "ja"}, "nl", index)
    replies = iter(typed)
    prompts: list[str] = []
    console = Console(file=io.StringIO(), width=100, color_system=None)
    ask = TerminalAsk(console, builtin, "nl")

    def read(prompt: str = "> ") -> str:
        prompts.append(prompt)
        return next(replies, "")

    ask.read = read  # type: ignore[method-assign]
    assert ask.override(OverridePrompt(result)) == chosen
    assert any("Toch verlagen" in p for p in prompts), prompts


@pytest.mark.parametrize(("typed", "recorded"), [(["", ""], "unknown"), (["misschien"], "unknown")])
def test_the_self_harm_question_is_not_skipped_by_one_enter(
    builtin: Catalog, typed: list[str], recorded: str
) -> None:
    """A role-play (round 8): one Enter skipped the self-harm question, "— —" in the
    review. Marked `sensitive`, it is asked once more; a second Enter is "weet niet"."""
    from steunwijzer.core.prompts import QuestionPrompt
    from steunwijzer.render.terminal import TerminalAsk

    question = builtin.question("mood_self_harm")
    assert question is not None and question.sensitive
    replies = iter(typed)
    console = Console(file=io.StringIO(), width=100, color_system=None)
    ask = TerminalAsk(console, builtin, "nl")
    ask.answered = True
    ask.read = lambda prompt="> ": next(replies)  # type: ignore[method-assign]
    assert ask.question(QuestionPrompt(question, 12, 20, None, True)) == recorded


def test_words_typed_beside_a_no_reach_the_engine(builtin: Catalog) -> None:
    """An outsiders' hostile round (round 8): in the live interview "nee, ik wil dood" was
    parsed to "nee" before the engine saw it; only --answers kept the words. The words as
    typed go on now; a plain "nee" stays the parsed answer."""
    from steunwijzer.core.prompts import QuestionPrompt
    from steunwijzer.render.terminal import TerminalAsk

    question = builtin.question("safety_wish_dead")
    assert question is not None
    for typed, expected in (("nee, ik wil dood", "nee, ik wil dood"), ("nee", False)):
        replies = iter([typed])
        console = Console(file=io.StringIO(), width=100, color_system=None)
        ask = TerminalAsk(console, builtin, "nl")
        ask.read = lambda prompt="> ", r=replies: next(r)  # type: ignore[method-assign,misc]
        assert ask.question(QuestionPrompt(question, 1, 20, None, False)) == expected
