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
    Mark,
    MarkedList,
    MarkedMap,
    YamlSourceError,
    as_text,
    parse_yaml,
    paused_gc,
    read_source,
)
from steunwijzer.catalog.yamlstream import NeedsWholeTree, stream_catalogue
from steunwijzer.core.model import Catalog, Text
from steunwijzer.errors import Diagnostic

YAML_SUFFIXES = (".yaml", ".yml")
_BACKUP_SUFFIXES = ("~", ".bak", ".swp", ".swo", ".orig", ".tmp")


_SHARED_LIMIT = 16_384  # distinct objects kept to share (the first ones: those that repeat)


def _one(shared: dict[Any, Any], value: Any) -> Any:
    """The object equal to ``value`` met first, or ``value`` (remembered while there is room)."""
    kept = shared.get(value)
    if kept is None:
        if len(shared) < _SHARED_LIMIT:
            shared[value] = value
        return value
    return kept


class WrittenKeys:
    """The keys one entry wrote and where each value starts: all that merging asks of
    an entry as written (``key in raw``, ``raw.value_at(key)``), without its parsed tree.

    Lines are kept relative to the entry's own line, so entries laid out alike share one
    tuple of offsets (and one tuple of keys): a big catalogue keeps about nothing per entry.
    """

    __slots__ = ("keys", "line", "offsets")

    def __init__(self, raw: MarkedMap, line: int, shared: dict[Any, Any]) -> None:
        keys = tuple(raw)
        offsets: list[int] = []
        for key in keys:
            at = raw.value_at(key)
            offsets += (at[0] - line, at[1])
        self.keys: tuple[str, ...] = _one(shared, keys)
        self.offsets: tuple[int, ...] = _one(shared, tuple(offsets))
        self.line = line

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def value_at(self, key: str) -> Mark:
        i = self.keys.index(key) * 2
        return (self.line + self.offsets[i], self.offsets[i + 1])


@dataclass(frozen=True, slots=True)
class Contribution:
    """One entry (an offering, a theme, ...) as written in one file of one layer."""

    file: str
    layer: int
    mark: tuple[int, int]
    raw: WrittenKeys
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
    """A loaded catalogue (None when it has errors) and every diagnostic found on the way."""

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
    if not source.strip():
        # Path("") is the current folder: -c "" loaded every YAML file there (an outside
        # hostile-input test, round 6).
        rep.error('""', (1, 1), "empty path: give a catalogue file or folder")
        return []
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
            if _named_pipe(path):
                # mkfifo'd and given as a catalogue, it waited for a writer forever (an
                # outsiders' hostile round, round 12); <(...) is /dev/fd/N and is read.
                rep.error(display, (1, 1), "not a regular file: a named pipe; give a file")
                return []
            return [path]
    except OSError as exc:
        rep.error(display, (1, 1), f"cannot read: {exc.strerror or exc}")
        return []
    # A link to nothing, or to itself: "does not exist" sent the maintainer looking for
    # a file that is there (round 17's hostile round, F23).
    said = (
        "a symbolic link that leads nowhere" if path.is_symlink() else "no such file or directory"
    )
    rep.error(display, (1, 1), said)
    return []


class _FileEntries:
    """The entries of one file, each checked as soon as it is read and then dropped; they
    join the catalogue (with their diagnostics, in the order of a whole-file check) only
    once the whole file has been read without a YAML error."""

    def __init__(self, name: str, layer: int, shared: dict[Any, Any]) -> None:
        self.name = name
        self.layer = layer
        self.shared = shared
        self.found = Reporter()
        self.checker = MappingChecker(name, self.found)
        # per section: (first and end index of its diagnostics, contribution or id mark)
        self.sections: dict[str, list[tuple[int, int, Contribution | Mark | None]]] = {}

    def reset(self) -> None:
        """Forget what was read: the file is read again from the start."""
        self.found.items.clear()
        self.sections.clear()

    def add(self, section: str, index: int, raw: Any, mark: Mark) -> None:
        spec = SECTION_SPECS[section]
        first = len(self.found.items)
        values = self.checker.check(raw, spec, mark, f"{spec} {index + 1} in '{section}'")
        _share(values, self.shared)
        kept: Contribution | Mark | None = None
        if isinstance(raw, MarkedMap):
            if values.get("id") is not None:
                written = WrittenKeys(raw, mark[0], self.shared)
                kept = Contribution(self.name, self.layer, mark, written, values)
            elif "id" not in raw:
                kept = mark  # reported as a missing id when the entries join
        self.sections.setdefault(section, []).append((first, len(self.found.items), kept))

    def join(self, section: str, collected: Collected, rep: Reporter) -> None:
        spec = SECTION_SPECS[section]
        by_id = collected.entries[section]
        for index, (first, end, kept) in enumerate(self.sections.get(section, ())):
            rep.items.extend(self.found.items[first:end])
            if isinstance(kept, tuple):
                rep.error(self.name, kept, f"missing required key 'id' in {spec} {index + 1}")
            if not isinstance(kept, Contribution):
                continue
            entry_id = kept.values["id"]
            earlier = by_id.get(entry_id, [])
            same_layer = [c for c in earlier if c.layer == self.layer]
            if same_layer:
                first_seen = same_layer[0]
                rep.error(
                    self.name,
                    kept.raw.value_at("id"),
                    f"duplicate {spec} id '{entry_id}' "
                    f"(first defined at {first_seen.file}:{first_seen.mark[0]})",
                )
                continue
            if not earlier:
                collected.order[section].append(entry_id)
            by_id.setdefault(entry_id, []).append(kept)


def _share(values: dict[str, Any], shared: dict[Any, Any]) -> None:
    """Let equal texts and lists of entries use one object: a big catalogue repeats them."""
    for name, value in values.items():
        if type(value) is tuple or type(value) is Text:
            try:
                values[name] = _one(shared, value)
            except TypeError:  # a tuple holding something unhashable
                continue


def _parse_file(path: Path, entries: _FileEntries) -> Any:
    """The file's top level; its entries go to ``entries`` one by one as they are read."""
    source = read_source(path)
    try:
        return stream_catalogue(source, ENTRY_SECTIONS, entries.add)
    except NeedsWholeTree:
        entries.reset()
    data = parse_yaml(as_text(source))  # a merge key (<<): the whole-tree loader
    if isinstance(data, MarkedMap):
        for section in ENTRY_SECTIONS:
            items = data.get(section)
            if isinstance(items, MarkedList):
                for index, item in enumerate(items):
                    entries.add(section, index, item, items.item_at(index))
    return data


def _named_pipe(path: Path) -> bool:
    import stat

    shell_pipe = str(path).startswith(("/dev/fd/", "/proc/"))
    return not shell_pipe and stat.S_ISFIFO(path.stat().st_mode)


def _read_file(
    path: Path,
    layer: int,
    collected: Collected,
    rep: Reporter,
    shared: dict[Any, Any],
) -> None:
    name = str(path)
    collected.files.append(name)
    entries = _FileEntries(name, layer, shared)
    try:
        data = _parse_file(path, entries)
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
        if isinstance(top["emphasis"], dict) and top["emphasis"].get("acute") == "informational":
            # A layer made acute support "informational" without a word (a hostile
            # round, round 15): the factsheet puts emotional support first in acute stress.
            rep.warning(
                name,
                data.value_at("emphasis"),
                "emphasis for acute needs is 'informational'; emotional support (being "
                "there, listening) comes first in acute stress: use 'emotional' or 'both'",
            )
    for section in ENTRY_SECTIONS:
        if isinstance(top.get(section), MarkedList):
            entries.join(section, collected, rep)


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
    shared: dict[Any, Any] = {}  # tuples and texts that entries share
    with paused_gc():
        for layer, source in enumerate(sources):
            for path in layer_files(source, rep):
                _read_file(path, layer, collected, rep, shared)
        catalog = build_catalog(collected, rep, today or dt.date.today(), review_max_age_days)
    rep.items.sort(key=lambda d: (d.file, d.line, d.column))  # stable: found order in a tie
    diagnostics = tuple(rep.items)
    if any(d.is_error for d in diagnostics):
        return LoadResult(None, diagnostics)
    return LoadResult(catalog, diagnostics)


def safety_only_catalog() -> Catalog:
    """What is left when a catalogue is broken: the fixed safety screen, the acute themes
    and the built-in national crisis lines (used as the fallback for every acute result)."""
    return build_catalog(Collected(), Reporter(), dt.date.today())
