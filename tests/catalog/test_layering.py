from __future__ import annotations

from pathlib import Path

from steunwijzer.catalog.load import load_catalog

from ..conftest import MINIMAL, write


def test_later_layer_overrides_fields_by_id(tmp_path: Path) -> None:
    base = write(tmp_path, "base.yaml", MINIMAL)
    local = write(
        tmp_path,
        "local.yaml",
        """\
        schema_version: 1
        offerings:
          - id: sleep-course
            contact: {phone: "020 123 4567"}
            waiting_time: 2 weeks
        """,
    )
    catalog = load_catalog([str(base), str(local)]).catalog
    assert catalog is not None
    offering = catalog.offering("sleep-course")
    assert offering is not None
    assert offering.contact.phones == ("020 123 4567",)
    assert offering.waiting_days == 14
    assert offering.name.en == "Sleep course"  # kept from the base layer


def test_later_layer_switches_off_and_adds(tmp_path: Path) -> None:
    base = write(tmp_path, "base.yaml", MINIMAL)
    local = write(
        tmp_path,
        "local.yaml",
        """\
        schema_version: 1
        offerings:
          - id: sleep-course
            status: inactive
          - id: sleep-app
            provider: national
            name: {nl: Slaapapp, en: Sleep app}
            description: {nl: Een app., en: An app.}
            tiers: [specific]
            themes: [sleep]
        """,
    )
    result = load_catalog([str(base), str(local)])
    assert result.catalog is not None
    assert not result.catalog.offering("sleep-course").active  # type: ignore[union-attr]
    assert result.catalog.offering("sleep-app") is not None
    assert any("is inactive" in d.message for d in result.warnings)


def test_override_of_unknown_fields_is_still_checked(tmp_path: Path) -> None:
    base = write(tmp_path, "base.yaml", MINIMAL)
    local = write(tmp_path, "local.yaml", "schema_version: 1\nofferings:\n  - id: new-one\n")
    result = load_catalog([str(base), str(local)])
    assert result.catalog is None
    assert any(
        "missing required key 'name' in offering 'new-one'" in d.message for d in result.errors
    )


def test_builtin_can_be_layered(tmp_path: Path) -> None:
    local = write(
        tmp_path,
        "local.yaml",
        """\
        schema_version: 1
        offerings:
          - id: huisarts
            contact: {phone: "020 123 4567"}
        """,
    )
    catalog = load_catalog(["builtin", str(local)]).catalog
    assert catalog is not None
    assert catalog.offering("huisarts").contact.phones == ("020 123 4567",)  # type: ignore[union-attr]


def test_a_shared_name_resolves_to_the_highest_tier(tmp_path: Path) -> None:
    """A local theme may not take an acute theme's word and so lower the tier."""
    from steunwijzer.core.vocabulary import Vocabulary

    local = write(
        tmp_path,
        "local.yaml",
        """\
        schema_version: 1
        themes:
          - id: mourning_course
            tier: specific
            label: {nl: Rouwcursus, en: Mourning course}
            synonyms: {nl: [rouw, overleden], en: [grief]}
        """,
    )
    result = load_catalog(["builtin", str(local)])
    assert result.catalog is not None
    vocabulary = Vocabulary(result.catalog.themes)
    assert vocabulary.resolve("rouw") == "grief"
    assert vocabulary.resolve("grief") == "grief"
    warnings = [d.message for d in result.warnings]
    assert any("'rouw'" in w and "grief" in w and "mourning_course" in w for w in warnings)
