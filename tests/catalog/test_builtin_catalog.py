from __future__ import annotations

import pytest

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.vocabulary import Vocabulary

SEED = {
    "performance_anxiety": ("faalangst", Tier.SPECIFIC),
    "sleep": ("slaapproblemen", Tier.SPECIFIC),
    "addiction": ("verslaving", Tier.SPECIFIC),
    "identity": ("identiteitsproblemen", Tier.SPECIFIC),
    "dropout_risk": ("kans op uitval", Tier.ACUTE),
    "grief": ("rouwverwerking", Tier.ACUTE),
    "suicidal_thoughts": ("zelfmoordgedachten", Tier.ACUTE),
    "self_insight": ("zelfinzicht", Tier.PREVENTION),
    "study_skills": ("plannen", Tier.PREVENTION),
    "social_connection": ("eenzaamheid", Tier.PREVENTION),
}


def test_builtin_validates_without_errors_or_warnings() -> None:
    result = load_catalog(["builtin"])
    assert result.catalog is not None
    assert [str(d) for d in result.diagnostics] == []


@pytest.mark.parametrize(("theme_id", "seed"), SEED.items())
def test_seed_vocabulary(builtin: Catalog, theme_id: str, seed: tuple[str, Tier]) -> None:
    word, tier = seed
    assert builtin.themes[theme_id].tier is tier
    assert Vocabulary(builtin.themes).resolve(word) == theme_id
    assert Vocabulary(builtin.themes).resolve("sociale binding") == "social_connection"


def test_every_theme_and_tier_is_served(builtin: Catalog) -> None:
    active = [o for o in builtin.offerings if o.active]
    assert len(builtin.offerings) >= 25
    for theme in builtin.themes:
        assert any(theme in o.themes for o in active), theme
    for tier in Tier:
        assert any(tier in o.tiers for o in active), tier
    crisis = [o for o in active if o.crisis]
    assert len(crisis) >= 2
    assert {"113-zelfmoordpreventie", "112-alarmnummer"} <= {o.id for o in crisis}


def test_national_numbers(builtin: Catalog) -> None:
    def phones(offering_id: str) -> tuple[str, ...]:
        offering = builtin.offering(offering_id)
        assert offering is not None
        return offering.contact.phones

    assert phones("113-zelfmoordpreventie") == ("113", "0800-0113")
    assert phones("112-alarmnummer") == ("112",)
    assert phones("de-luisterlijn") == ("088 0767 000",)
    assert phones("jellinek-advieslijn") == ("088-505 1220",)


def test_huisarts_by_day_huisartsenpost_by_night(builtin: Catalog) -> None:
    import datetime as dt

    gp, post = builtin.offering("huisarts"), builtin.offering("huisartsenpost")
    assert gp is not None and post is not None and gp.hours and post.hours
    for moment in (dt.datetime(2026, 11, 30, h, 0) for h in range(24)):
        assert gp.hours.is_open(moment) != post.hours.is_open(moment), moment
    saturday = dt.datetime(2026, 11, 28, 11, 0)
    assert post.hours.is_open(saturday) and not gp.hours.is_open(saturday)


def test_example_institution_is_marked(builtin: Catalog) -> None:
    assert builtin.meta.institution == "Voorbeeld Hogeschool"
    example = [o for o in builtin.offerings if o.id.startswith("vh-")]
    assert example and all(o.provider == "institution" for o in example)
    assert all(
        (o.contact.email or "").endswith(".example") or o.contact.email is None for o in example
    )
