"""Intake situations (issue 12): the first referrals and the emphasis a student gets.

Each case is an intake as a counsellor would run it (answers to the built-in interview),
with the moment it happens. It states which offerings come first, whether the crisis
lines lead (a risk to life) or close the list as a safety line (other acute needs), and
the support emphasis. Every tier, every kind of acute need, needs of two to four themes,
both languages, by day and at night.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.interview import replay, run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import CrisisPrompt, ReviewPrompt, ThemePrompt
from steunwijzer.core.prompts import QuestionPrompt as QP
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.requests import lookup
from steunwijzer.core.triage import apply_override
from steunwijzer.core.vocabulary import Vocabulary

from ..conftest import write

DAY = dt.datetime(2026, 11, 30, 14, 0)  # Monday afternoon
NIGHT = dt.datetime(2026, 11, 28, 23, 30)  # Saturday night
SAFE = {"safety_wish_dead": "no", "safety_thoughts": "no", "safety_behaviour": "no"}
CONNECTED = {
    "connection_safe": "yes",
    "connection_contact": "yes",
    "connection_places": "yes",
    "connection_friends": "yes",
}


def safe(**more: Any) -> dict[str, Any]:
    return {**SAFE, **CONNECTED, **more}


def situation(
    name: str,
    answers: dict[str, Any],
    *,
    lang: str = "nl",
    at: dt.datetime = DAY,
    tier: str,
    first: tuple[str, ...],
    emphasis: str,
    risk: bool = False,
    serves: set[str] | None = None,
    also: tuple[str, ...] = (),
) -> Any:
    return pytest.param(answers, lang, at, tier, first, emphasis, risk, serves, also, id=name)


SITUATIONS = [
    # --- prevention and specific ------------------------------------------------------------
    situation(
        "wants-more-grip-prevention",
        safe(area_growth="yes"),
        tier="prevention",
        first=("vh-training-mindfulness", "vh-training-plannen"),
        emphasis="informational",
    ),
    situation(
        "exam-fear-and-sleep-two-specific-themes",
        safe(
            area_study="yes", study_worries=["exams_fear"], area_sleep="yes", sleep_duration="long"
        ),
        tier="specific",
        # each theme's own specialised help first: the training does not fall to fifth
        first=("vh-training-faalangstreductie", "vh-training-slaap"),
        emphasis="informational",
    ),
    situation(
        "identity-remarks-and-stress-three-themes-en",
        safe(
            area_identity="yes",
            area_behaviour="yes",
            behaviour_kind="unwanted",
            area_mood="yes",
            mood_kind=["stress"],
            mood_weight=5,
        ),
        lang="en",
        tier="specific",
        first=("vh-lhbtiq-netwerk", "vh-peer-support", "vh-vertrouwenspersoon"),
        emphasis="informational",
        # the confidential adviser, the one offer for unwanted behaviour, is among them
        serves={"identity", "stress", "unwanted_behaviour"},
    ),
    # --- acute without a risk to life: fitting help first, crisis lines at the end -------------
    situation(
        "father-died-grief-by-day",
        safe(area_loss="yes"),
        tier="acute",
        # The chaplain (loss, within days) before the dean's practical help: a role-play
        # (round 8) found neither chaplain nor psychologist for a grieving student.
        first=("de-luisterlijn", "vh-studentenpastor"),
        emphasis="emotional",
        also=("vh-studentendecaan",),
    ),
    situation(
        "grief-saturday-night-en",
        safe(area_loss="yes"),
        lang="en",
        at=NIGHT,
        tier="acute",
        # open now comes first at night; De Luisterlijn speaks only Dutch
        first=("huisartsenpost",),
        emphasis="emotional",
    ),
    situation(
        "thinking-of-stopping-dropout",
        safe(area_study="yes", study_worries=["thinking_of_stopping"]),
        tier="acute",
        first=("vh-studieadviseur",),
        emphasis="emotional",
    ),
    situation(
        "quitting-because-of-money-two-tiers",
        safe(area_study="yes", study_worries=["thinking_of_stopping"], area_money="yes"),
        tier="acute",
        first=("vh-studieadviseur", "duo"),
        emphasis="emotional",
        serves={"dropout_risk", "finances"},
        also=("vh-geldspreekuur", "vh-studentendecaan"),
    ),
    situation(
        "grief-dropout-and-stress-at-night-en",
        safe(
            area_study="yes",
            study_worries=["thinking_of_stopping"],
            area_loss="yes",
            area_mood="yes",
            mood_kind=["stress"],
            mood_weight=6,
        ),
        lang="en",
        at=NIGHT,
        tier="acute",
        first=("vh-studieadviseur", "huisartsenpost"),
        emphasis="emotional",
        serves={"dropout_risk", "grief", "stress"},
    ),
    situation(
        "grief-money-sleep-identity-four-themes",
        safe(
            area_loss="yes",
            area_money="yes",
            area_sleep="yes",
            sleep_duration="long",
            area_identity="yes",
        ),
        tier="acute",
        first=("de-luisterlijn",),
        emphasis="emotional",
        serves={"grief", "finances", "sleep", "identity"},
    ),
    # --- a risk to life or safety: crisis lines first ---------------------------------------
    situation(
        "wish-to-be-dead-saturday-night",
        {**SAFE, "safety_wish_dead": "yes", **CONNECTED},
        at=NIGHT,
        tier="acute",
        first=("113-zelfmoordpreventie", "112-alarmnummer", "huisartsenpost"),
        emphasis="emotional",
        risk=True,
    ),
    situation(
        "intends-to-act-by-day-en",
        {
            **SAFE,
            "safety_thoughts": "yes",
            "safety_method": "no",
            "safety_intent": "yes",
            "safety_plan": "no",
            **CONNECTED,
        },
        lang="en",
        tier="acute",
        first=("113-zelfmoordpreventie", "112-alarmnummer", "huisarts"),
        emphasis="emotional",
        risk=True,
    ),
    situation(
        "unsafe-at-home-at-night",
        safe(area_behaviour="yes", behaviour_kind="unsafe_now"),
        at=NIGHT,
        tier="acute",
        first=("112-alarmnummer", "veilig-thuis"),
        emphasis="emotional",
        risk=True,
    ),
    situation(
        "suicide-plan-with-money-worries-no-filler",
        {**SAFE, "safety_thoughts": "yes", "safety_plan": "yes", **CONNECTED, "area_money": "yes"},
        tier="acute",
        first=("113-zelfmoordpreventie",),
        emphasis="emotional",
        risk=True,
        serves={"suicidal_thoughts", "finances"},
    ),
]


@pytest.mark.parametrize(
    ("answers", "lang", "at", "tier", "first", "emphasis", "risk", "serves", "also"), SITUATIONS
)
def test_intake_situation(
    builtin: Catalog,
    answers: dict[str, Any],
    lang: Any,
    at: dt.datetime,
    tier: str,
    first: tuple[str, ...],
    emphasis: str,
    risk: bool,
    serves: set[str] | None,
    also: tuple[str, ...],
) -> None:
    result = replay(builtin, answers, lang, ReferralIndex(builtin, at))
    ids = [r.offering.id for r in result.referrals]
    assert str(result.tier) == tier
    assert tuple(ids[: len(first)]) == first, ids
    assert result.support_emphasis == emphasis
    assert result.risk_to_life is risk
    for extra in also:
        assert extra in ids, (extra, ids)
    crisis = [r for r in result.referrals if r.role == "crisis"]
    if risk:
        assert result.referrals[0].offering.crisis and result.referrals[0].open_now
    elif tier == "acute":
        assert crisis and result.referrals[-len(crisis) :] == tuple(crisis)
    else:
        assert not crisis
    main = [r for r in result.referrals if r.role != "crisis"]
    # every theme of the need is served, nothing serves none of them (no filler)
    if serves is not None:
        assert {t for r in main for t in r.serves} == serves
    assert all(r.serves or r.role == "entry" for r in main)
    assert len(main) <= 10
    # a closed place says when it opens
    for r in main:
        if r.open_now is False:
            assert r.opens_next is not None
            assert r.opens_next > at.replace(tzinfo=r.opens_next.tzinfo)


def test_table_has_every_kind_of_need() -> None:
    assert len(SITUATIONS) >= 12
    names = {p.id for p in SITUATIONS}
    assert any("grief" in n for n in names) and any("dropout" in n for n in names)
    langs = {p.values[1] for p in SITUATIONS}
    moments = {p.values[2] for p in SITUATIONS}
    assert langs == {"nl", "en"} and moments == {DAY, NIGHT}


def test_mixed_need_says_what_comes_next(builtin: Catalog) -> None:
    answers = safe(area_study="yes", study_worries=["thinking_of_stopping"], area_money="yes")
    result = replay(builtin, answers, "nl", ReferralIndex(builtin, DAY))
    assert result.support_emphasis == "emotional"
    assert result.emphasis_next == ("informational", ("finances",))
    tips = [tip.id for tip in result.tips]
    # theme tips first, the need's emphasis (emotional) before informational
    assert tips[:2] == ["dropout_feelings", "dropout_options"] or tips[0] == "dropout_feelings"
    assert {"money_stress", "money_overview"} <= set(tips)


def test_override_to_acute_is_a_risk_to_life(builtin: Catalog) -> None:
    index = ReferralIndex(builtin, DAY)
    result = replay(builtin, safe(area_money="yes"), "nl", index)
    assert result.tier is Tier.SPECIFIC and not result.risk_to_life
    raised = apply_override(builtin, index, result, Tier.ACUTE, None)
    assert raised.risk_to_life and raised.referrals[0].offering.crisis
    assert raised.support_emphasis == "emotional"


class Script:
    """Answers an interview from a mapping and records every crisis panel."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.panels: list[CrisisPrompt] = []

    def __call__(self, prompt: object) -> object:
        from steunwijzer.core.prompts import SKIP

        if isinstance(prompt, QP):
            return self.answers.get(prompt.question.id, SKIP)
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, CrisisPrompt):
            self.panels.append(prompt)
            return "continue"
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        return None


@pytest.mark.parametrize(
    ("answers", "panel"),
    [
        (safe(area_loss="yes"), False),
        (safe(area_study="yes", study_worries=["thinking_of_stopping"]), False),
        (safe(own_words="mijn oma is overleden en ik wil stoppen met studie"), False),
        ({**SAFE, "safety_wish_dead": "yes", **CONNECTED}, True),
        (safe(area_behaviour="yes", behaviour_kind="unsafe_now"), True),
        (safe(own_words="ik wil niet meer leven"), True),
    ],
)
def test_mid_intake_crisis_panel_only_for_a_risk_to_life(
    builtin: Catalog, answers: dict[str, Any], panel: bool
) -> None:
    ask = Script(answers)
    outcome = run_interview(builtin, ask, "nl", ReferralIndex(builtin, DAY))
    assert outcome.result.tier is Tier.ACUTE
    assert bool(ask.panels) is panel
    if panel:
        assert ask.panels[0].contacts[0].offering.crisis


INSTITUTION = """\
schema_version: 1
themes:
  - id: housing_emergency
    tier: acute
    label: {nl: Acute woonnood, en: Housing emergency}
    synonyms: {nl: [dakloos], en: [homeless]}
  - id: self_harm
    tier: acute
    label: {nl: Zelfbeschadiging, en: Self-harm}
    synonyms: {nl: [zelfbeschadiging], en: [self-harm]}
offerings:
  - id: housing-desk
    provider: institution
    name: {nl: Huisvestingsloket, en: Housing desk}
    description: {nl: Noodopvang regelen., en: Arranging emergency housing.}
    tiers: [acute]
    themes: [housing_emergency]
    format: [in_person]
    contact: {email: wonen@hogeschool.example}
    how_to_access: {nl: Mail het loket., en: E-mail the desk.}
"""


def test_institution_acute_theme_gets_its_help_first(tmp_path: Any) -> None:
    layer = write(tmp_path, "x.yaml", INSTITUTION)
    catalog = load_catalog(["builtin", str(layer)]).catalog
    assert catalog is not None
    index = ReferralIndex(catalog, DAY)
    vocab = Vocabulary(catalog.themes)
    housing = lookup(catalog, vocab, index, ["housing_emergency"], None, "nl")
    assert housing.tier is Tier.ACUTE and not housing.risk_to_life
    assert housing.referrals[0].offering.id == "housing-desk"
    assert housing.referrals[-1].offering.crisis
    # self_harm is a risk to life wherever it is defined: crisis lines first
    harm = lookup(catalog, vocab, index, ["self_harm"], None, "en")
    assert harm.risk_to_life and harm.referrals[0].offering.crisis
