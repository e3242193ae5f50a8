"""Round 35, the intake: what role-plays of intakes in a real terminal left in round 34
(the findings are named as there)."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import SKIP, QuestionPrompt
from steunwijzer.core.referrals import ReferralIndex

from .terminal_helpers import scripted, terminal


def _asked(seen: list[object]) -> list[str]:
    return [p.question.id for p in seen if isinstance(p, QuestionPrompt)]


def test_choosing_sexual_violence_is_followed_up(builtin: Catalog, index: ReferralIndex) -> None:
    """C1: choosing "Seksueel geweld of aanranding" moved straight on to self-insight,
    without a word of thanks and without the week in which evidence can still be
    recorded. A follow-up thanks the student and asks whether it was in the past week;
    a yes is a reason of its own. Fails on 97243db (no such question)."""
    seen, result = scripted(
        builtin, index, {"area_behaviour": ["ja"], "behaviour_kind": ["sexual"],
                         "sexual_past_week": ["ja"]},
    )  # fmt: skip
    asked = _asked(list(seen))
    assert asked.index("sexual_past_week") == asked.index("behaviour_kind") + 1
    question = builtin.question("sexual_past_week")
    assert question is not None
    assert question.text.get("nl").startswith("Dank je")
    assert "0800-0188" in question.help.get("nl") if question.help else False
    assert {r.rule for r in result.reasons} >= {"sexual_violence", "sexual_recent"}
    assert result.tier is Tier.ACUTE
    assert result.referrals[0].offering.id == "centrum-seksueel-geweld"


@pytest.mark.parametrize("kind", ["unwanted", "threatened", "violence_home"])
def test_the_follow_up_is_only_for_sexual_violence(
    builtin: Catalog, index: ReferralIndex, kind: str
) -> None:
    """Guard: the other kinds of unwanted behaviour are not asked when it happened
    (passes on 97243db, where the question did not exist)."""
    seen, _ = scripted(builtin, index, {"area_behaviour": ["ja"], "behaviour_kind": [kind]})
    assert "sexual_past_week" not in _asked(list(seen))


@pytest.mark.parametrize("when", ["nee", SKIP])
def test_longer_ago_or_unsaid_keeps_the_need(
    builtin: Catalog, index: ReferralIndex, when: object
) -> None:
    """Guard: "longer ago" and "rather not say" are no lower need than before the
    question existed: acute, the sexual violence centre first, no "recent" reason."""
    _, result = scripted(
        builtin, index, {"area_behaviour": ["ja"], "behaviour_kind": ["sexual"],
                         "sexual_past_week": [when]},
    )  # fmt: skip
    assert result.tier is Tier.ACUTE
    assert "sexual_recent" not in {r.rule for r in result.reasons}
    assert result.referrals[0].offering.id == "centrum-seksueel-geweld"


@pytest.mark.parametrize(
    "said",
    ["zeg ik liever niet", "Dat wil ik niet zeggen.", "I'd rather not say", "weet ik niet"],
)
def test_not_saying_when_is_a_skip_not_a_misfit(builtin: Catalog, said: str) -> None:
    """Not telling when is a fine answer to the follow-up: read as skipped and said so,
    never "Dat antwoord past niet" (fails on 97243db: no such question; "Dat wil ik niet
    zeggen" and "I'd rather not say" were refused at any yes/no question)."""
    question = builtin.question("sexual_past_week")
    assert question is not None
    ask, screen = terminal(builtin, said)
    assert ask(QuestionPrompt(question, 12, 20, None, True)) is SKIP
    assert "gelezen als: overgeslagen" in screen.getvalue()
    assert "past niet" not in screen.getvalue()


def _finished(builtin: Catalog, index: ReferralIndex, keys: list[str], risk: bool) -> str:
    script: dict[str, list[object]] = {"safety_wish_dead": ["ja"]} if risk else {}
    if not risk:
        script = {"area_loss": ["ja"]}  # grief: acute without a risk to life
    _, result = scripted(builtin, index, script)
    assert result.risk_to_life is risk
    ask, screen = terminal(builtin, *keys)
    ask.interactive = lambda: True  # type: ignore[method-assign]
    ask.height = lambda: 24  # type: ignore[method-assign]
    ask.finish(result)
    return screen.getvalue()


def test_the_crisis_lines_are_last_after_the_pages(builtin: Catalog, index: ReferralIndex) -> None:
    """A1: at the end of a long acute intake, paging through the rest pushed the crisis
    lines off the screen; only Ctrl-C repeated them. After the pages they are the last
    words on screen, those open now only. Fails on 97243db."""
    shown = _finished(builtin, index, ["m", ""], risk=True)
    tail = shown.rstrip().splitlines()[-4:]
    assert any("Crisislijnen, nu bereikbaar" in line for line in tail), tail
    assert any("0800-0113" in line for line in tail), tail


@pytest.mark.parametrize(("keys", "risk"), [([""], True), (["m", ""], False)])
def test_no_repeat_without_pages_or_risk(
    builtin: Catalog, index: ReferralIndex, keys: list[str], risk: bool
) -> None:
    """Guard: Enter after the first screen (the crisis lines are still on it) and an
    acute need without a risk to life (its safety line is in the pages) add nothing."""
    assert "Crisislijnen, nu bereikbaar" not in _finished(builtin, index, keys, risk)
