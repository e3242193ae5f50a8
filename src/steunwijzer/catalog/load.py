"""Load catalogues: find the files of each layer, check each file, merge the layers.

A catalogue is one YAML file or a directory of them; several catalogues given in
order are layers, where a later layer may add entries, override fields of an entry
with the same id, or switch an offering off with ``status: inactive``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from steunwijzer.catalog.fields import MappingChecker, Reporter
from steunwijzer.catalog.merge import REVIEW_MAX_AGE_DAYS, build_catalog
from steunwijzer.catalog.resources import BUILTIN_NAME, builtin_catalog_dir
from steunwijzer.catalog.resources import default_sources as default_sources  # re-exported
from steunwijzer.catalog.spec import ENTRY_SECTIONS, SCHEMA_VERSION, SECTION_SPECS
from steunwijzer.catalog.yamlsource import (
    MarkedList,
    MarkedMap,
    YamlSourceError,
    load_file,
    paused_gc,
)
from steunwijzer.core.model import Catalog
from steunwijzer.errors import Diagnostic

YAML_SUFFIXES = (".yaml", ".yml")
_BACKUP_SUFFIXES = ("~", ".bak", ".swp", ".swo", ".orig", ".tmp")


@dataclass(frozen=True, slots=True)
class Contribution:
    """One entry (an offering, a theme, ...) as written in one file of one layer."""

    file: str
    layer: int
    mark: tuple[int, int]
    raw: MarkedMap
    values: dict[str, Any]


@dataclass
class Collected:
    """Everything read from all files, before merging."""

    meta: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    emphasis: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    entries: dict[str, dict[str, list[Contribution]]] = field(
        default_factory=lambda: {s: {} for s in ENTRY_SECTIONS}
    )
    order: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in ENTRY_SECTIONS})
    files: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LoadResult:
    catalog: Catalog | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if not d.is_error)


def _is_ignored(path: Path) -> bool:
    name = path.name
    return name.startswith((".", "#", "~")) or name.endswith(_BACKUP_SUFFIXES)


def layer_files(source: str, rep: Reporter) -> list[Path]:
    """The YAML files of one layer, in name order; reports missing or unreadable paths."""
    path = builtin_catalog_dir() if source == BUILTIN_NAME else Path(source)
    display = str(path)
    try:
        if path.is_dir():
            files: list[Path] = []
            for child in sorted(path.iterdir()):
                if _is_ignored(child):
                    continue
                if child.is_dir():
                    rep.warning(
                        str(child),
                        (1, 1),
                        "subdirectory ignored; give it as its own --catalog to use it",
                    )
                elif not child.exists():
                    files.append(child)  # a dangling or looping link is reported on read
                elif not child.is_file():
                    # A FIFO or device would block or never end: never read one.
                    rep.warning(str(child), (1, 1), "ignored: not a regular file")
                elif child.suffix.lower() in YAML_SUFFIXES:
                    files.append(child)
                else:
                    rep.warning(str(child), (1, 1), "ignored: not a .yaml or .yml file")
            if not files:
                rep.error(display, (1, 1), "directory contains no .yaml files")
            return files
        if path.exists():  # a file, or a pipe such as --catalog <(...)
            return [path]
    except OSError as exc:
        rep.error(display, (1, 1), f"cannot read: {exc.strerror or exc}")
        return []
    rep.error(display, (1, 1), "no such file or directory")
    return []


def _read_file(path: Path, layer: int, collected: Collected, rep: Reporter) -> None:
    name = str(path)
    collected.files.append(name)
    try:
        data = load_file(path)
    except YamlSourceError as exc:
        rep.error(name, (exc.line, exc.column), exc.message)
        return
    if data is None:
        rep.error(name, (1, 1), "file is empty; a catalogue file starts with 'schema_version: 1'")
        return
    checker = MappingChecker(name, rep)
    top = checker.check(data, "file", (1, 1), "the catalogue file")
    if not isinstance(data, MarkedMap):
        return
    version = top.get("schema_version")
    if "schema_version" not in data:
        rep.error(name, (1, 1), "missing required key 'schema_version' (add 'schema_version: 1')")
    elif version is not None and version != SCHEMA_VERSION:
        rep.error(
            name,
            data.value_at("schema_version"),
            f"unsupported schema_version {version}; this steunwijzer reads {SCHEMA_VERSION}",
        )
    if "catalog" in top:
        collected.meta.append((name, top["catalog"]))
    if "emphasis" in top:
        collected.emphasis.append((name, top["emphasis"]))
    for section in ENTRY_SECTIONS:
        entries = top.get(section)
        if isinstance(entries, MarkedList):
            _collect_entries(name, layer, section, entries, collected, checker, rep)


def _collect_entries(
    name: str,
    layer: int,
    section: str,
    entries: MarkedList,
    collected: Collected,
    checker: MappingChecker,
    rep: Reporter,
) -> None:
    spec = SECTION_SPECS[section]
    for index, raw in enumerate(entries):
        mark = entries.item_at(index)
        values = checker.check(raw, spec, mark, f"{spec} {index + 1} in '{section}'")
        if not isinstance(raw, MarkedMap):
            continue
        entry_id = values.get("id")
        if entry_id is None:
            if "id" not in raw:
                rep.error(name, mark, f"missing required key 'id' in {spec} {index + 1}")
            continue
        by_id = collected.entries[section]
        earlier = by_id.get(entry_id, [])
        same_layer = [c for c in earlier if c.layer == layer]
        if same_layer:
            first = same_layer[0]
            rep.error(
                name,
                raw.value_at("id"),
                f"duplicate {spec} id '{entry_id}' (first defined at {first.file}:{first.mark[0]})",
            )
            continue
        if not earlier:
            collected.order[section].append(entry_id)
        by_id.setdefault(entry_id, []).append(Contribution(name, layer, mark, raw, values))


def load_catalog(
    sources: Sequence[str],
    today: dt.date | None = None,
    review_max_age_days: int = REVIEW_MAX_AGE_DAYS,
) -> LoadResult:
    """Read, check and merge the given layers. Never raises for bad data: see diagnostics."""
    rep = Reporter()
    collected = Collected()
    if not sources:
        # e.g. STEUNWIJZER_CATALOG=":" names no path: never an empty catalogue that
        # validates.
        rep.error(
            "<catalogue>",
            (1, 1),
            "no catalogue given: --catalog or $STEUNWIJZER_CATALOG names no path "
            "(use 'builtin' for the built-in one)",
        )
    with paused_gc():
        for layer, source in enumerate(sources):
            for path in layer_files(source, rep):
                _read_file(path, layer, collected, rep)
        catalog = build_catalog(collected, rep, today or dt.date.today(), review_max_age_days)
    diagnostics = tuple(sorted(rep.items, key=lambda d: (d.file, d.line, d.column)))
    if any(d.is_error for d in diagnostics):
        return LoadResult(None, diagnostics)
    return LoadResult(catalog, diagnostics)


def safety_only_catalog() -> Catalog:
    """What is left when a catalogue is broken: the fixed safety screen, the acute themes
    and the built-in national crisis lines (used as the fallback for every acute result)."""
    return build_catalog(Collected(), Reporter(), dt.date.today())
