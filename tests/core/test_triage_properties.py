"""Properties that must hold for any input: findings never lower the tier, every acute
result has a crisis line, and a risk to life starts with one, whatever the catalogue
holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.interview import replay
from steunwijzer.core.model import Catalog, Question
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.requests import lookup
from steunwijzer.core.vocabulary import Vocabulary

from ..conftest import MINIMAL, MONDAY_2PM, write

BUILTIN = load_catalog(["builtin"]).catalog
assert BUILTIN is not None


def answer_for(q: Question) -> st.SearchStrategy[Any]:
    if q.type == "yes_no":
        return st.sampled_from(["yes", "no"])
    if q.type == "choice":
        return st.sampled_from(q.choice_ids())
    if q.type == "multi":
        return st.lists(st.sampled_from(q.choice_ids()), unique=True)
    if q.type == "scale":
        return st.integers(q.min or 0, q.max or 10)
    return st.sampled_from(
        [
            "",
            "ik slaap slecht",
            "faalangst",
            "mijn oma is overleden",
            "I feel lonely",
            "geldzorgen en stress",
            "zelfmoord",
        ]
    )


answers_strategy = st.fixed_dictionaries(
    {}, optional={q.id: answer_for(q) for q in BUILTIN.questions}
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(answers_strategy, st.sampled_from(BUILTIN.questions), st.data())
def test_adding_an_answer_never_lowers_the_tier(
    answers: dict[str, Any], extra: Question, data: st.DataObject
) -> None:
    index = ReferralIndex(BUILTIN, MONDAY_2PM)
    before = replay(BUILTIN, answers, "nl", index)
    if extra.id in answers:
        return
    more = {**answers, extra.id: data.draw(answer_for(extra))}
    after = replay(BUILTIN, more, "nl", index)
    assert after.tier.rank >= before.tier.rank
    assert set(before.themes) <= set(after.themes) or extra.when is not None


# Free text as people write it: words of the catalogue's themes (any tier), everyday
# filler, and now and then random characters. Nothing is appended to force a tier.
THEME_WORDS = sorted({w for theme in BUILTIN.themes.values() for w in theme.words})
FILLER = [
    "ik", "weet", "het", "niet", "meer", "sinds", "een", "paar", "weken", "echt", "I", "feel",
    "really", "and", "also", "mijn", "studie", "gaat", "slecht", "thuis", "soms", "vaak",
]  # fmt: skip
FREE_TEXT = st.lists(
    st.one_of(st.sampled_from(THEME_WORDS), st.sampled_from(FILLER), st.text(max_size=8)),
    max_size=8,
).map(" ".join)


def test_free_text_never_lowers_and_acute_starts_with_crisis() -> None:
    """Adding free text to a lookup never lowers its tier; an acute result has a
    crisis line, first for a risk to life. The counts prove the property was checked on
    non-acute lookups, that text both raised a tier and left it alone, and that acute
    results were seen.

    Break tried: in ``lookup.py`` the text's reason replacing the themes' reasons
    (``reasons = [...]`` for ``reasons.append(...)``) made this fail."""
    seen: Counter[str] = Counter()

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(st.sampled_from(sorted(BUILTIN.themes)), max_size=3),
        FREE_TEXT,
        st.sampled_from(["nl", "en"]),
    )
    def run(themes: list[str], text: str, lang: Any) -> None:
        index = ReferralIndex(BUILTIN, MONDAY_2PM)
        vocab = Vocabulary(BUILTIN.themes)
        plain = lookup(BUILTIN, vocab, index, themes, None, lang) if themes else None
        with_text = lookup(BUILTIN, vocab, index, themes, text, lang)
        if plain is not None:
            assert with_text.tier.rank >= plain.tier.rank, (themes, text)
            assert set(plain.themes) <= set(with_text.themes)
            if str(plain.tier) != "acute":
                raised = with_text.tier.rank > plain.tier.rank
                seen["raised" if raised else "kept"] += 1
                event("non-acute lookup: " + ("raised by text" if raised else "kept"))
        for result in filter(None, (plain, with_text)):
            if result.risk_to_life:
                assert result.referrals[0].offering.crisis
            if str(result.tier) == "acute":
                # grief, dropout risk: fitting help first, the crisis lines at the end
                assert any(r.offering.crisis for r in result.referrals)
                if not result.risk_to_life:
                    assert result.referrals[-1].offering.crisis
                seen["acute"] += 1

    run()
    assert seen["raised"] >= 5 and seen["kept"] >= 20 and seen["acute"] >= 50, seen


def _catalogs(tmp: Path) -> list[Catalog]:
    empty = write(tmp, "empty.yaml", "schema_version: 1\n")
    no_crisis = write(tmp, "nocrisis.yaml", MINIMAL)
    out = []
    for path in (empty, no_crisis):
        catalog = load_catalog([str(path)]).catalog
        assert catalog is not None
        out.append(catalog)
    return out


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(
        [
            "suicidal_thoughts",
            "grief",
            "dropout_risk",
            "zelfmoord",
            "rouwverwerking",
            "kans op uitval",
        ]
    ),
    st.sampled_from(["nl", "en"]),
)
def test_acute_always_has_a_crisis_line_even_without_one_in_the_catalogue(
    tmp_path: Path, theme: str, lang: Any
) -> None:
    for catalog in _catalogs(tmp_path):
        index = ReferralIndex(catalog, MONDAY_2PM)
        result = lookup(catalog, Vocabulary(catalog.themes), index, [theme], None, lang)
        assert str(result.tier) == "acute"
        first = result.referrals[0].offering
        assert first.crisis and first.id.startswith("builtin-")
        replayed = replay(catalog, {"safety_intent": "yes", "safety_thoughts": "yes"}, lang, index)
        assert str(replayed.tier) == "acute" and replayed.referrals[0].offering.crisis


@settings(max_examples=100, deadline=None)
@given(
    answers_strategy,
    st.sampled_from(["prevention", "specific", "acute"]),
    st.sampled_from(["nl", "en"]),
)
def test_any_override_keeps_acute_results_safe(
    answers: dict[str, Any], tier: str, lang: Any
) -> None:
    from steunwijzer.core.model import Tier
    from steunwijzer.core.triage import apply_override

    index = ReferralIndex(BUILTIN, MONDAY_2PM)
    result = replay(BUILTIN, answers, lang, index)
    overridden = apply_override(BUILTIN, index, result, Tier(tier), "besproken in intervisie")
    if overridden.risk_to_life:
        assert overridden.referrals[0].offering.crisis
    if overridden.tier is Tier.ACUTE or result.acute_signal:
        assert any(r.offering.crisis for r in overridden.referrals)
    assert overridden.acute_signal == result.acute_signal  # an override never hides it
