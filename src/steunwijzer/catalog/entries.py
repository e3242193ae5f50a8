"""One catalogue entry merged across the layers that wrote it, with where each field
came from, and the checks every kind of entry shares: required keys present, theme
references known (with a did-you-mean).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from steunwijzer.catalog.checking import RefList, Reporter
from steunwijzer.catalog.spec import SPECS
from steunwijzer.core.model import Location
from steunwijzer.core.textnorm import did_you_mean

if TYPE_CHECKING:
    from steunwijzer.catalog.load import Collected, Contribution


class Merged:
    """The merged fields of one entry, with where each came from."""

    __slots__ = ("id", "origin", "parts", "values")

    def __init__(self, entry_id: str, parts: list[Contribution]) -> None:
        self.id = entry_id
        self.parts = parts
        self.values: dict[str, Any]
        self.origin: Mapping[str, Contribution]
        if len(parts) == 1:  # written once (most entries): its own values, no copies
            self.values = parts[0].values
            self.origin = _OnePart(parts[0])
            return
        self.values = {}
        self.origin = origin = {}
        for part in parts:
            for key, value in part.values.items():
                self.values[key] = value
                origin[key] = part

    @property
    def last(self) -> Contribution:
        return self.parts[-1]

    def location(self) -> Location:
        return Location(self.last.file, self.last.mark[0], self.last.mark[1])

    def at(self, key: str) -> tuple[str, tuple[int, int]]:
        part = self.origin.get(key, self.last)
        return part.file, part.raw.value_at(key) if key in part.raw else part.mark


class _OnePart(Mapping[str, "Contribution"]):
    """``Merged.origin`` of an entry written in one place: every key came from there."""

    __slots__ = ("part",)

    def __init__(self, part: Contribution) -> None:
        self.part = part

    def __getitem__(self, key: str) -> Contribution:
        if key not in self.part.values:
            raise KeyError(key)
        return self.part

    def __iter__(self) -> Iterator[str]:
        return iter(self.part.values)

    def __len__(self) -> int:
        return len(self.part.values)


def merged(collected: Collected, section: str) -> list[Merged]:
    return [Merged(i, collected.entries[section][i]) for i in collected.order[section]]


def required_ok(entry: Merged, spec: str, rep: Reporter) -> bool:
    ok = True
    for f in SPECS[spec].values():
        if f.required and f.name not in entry.values:
            wrote_it = any(f.name in part.raw for part in entry.parts)
            if not wrote_it:  # a present-but-invalid value was reported already
                rep.error(
                    entry.last.file,
                    entry.last.mark,
                    f"missing required key '{f.name}' in {spec} '{entry.id}'",
                )
            ok = False
    return ok


def refs(
    entry: Merged, key: str, known: Mapping[str, object], rep: Reporter, what: str
) -> tuple[str, ...]:
    value = entry.values.get(key)
    if not isinstance(value, RefList):
        return tuple(value or ())
    good: list[str] = []
    file = entry.origin[key].file
    for ref, mark in zip(value.ids, value.marks, strict=True):
        if ref in known:
            good.append(ref)
        else:
            rep.error(file, mark, f"unknown {what} '{ref}'{did_you_mean(ref, known)}")
    return tuple(good)


def with_themes(
    collected: Collected, section: str, spec: str, themes: Mapping[str, object], rep: Reporter
) -> Iterator[tuple[Merged, tuple[str, ...]]]:
    """The entries of ``section`` that have their required keys, with their known themes.

    Unknown theme references are reported for every entry, also one that is incomplete.
    """
    for entry in merged(collected, section):
        ok = required_ok(entry, spec, rep)
        theme_ids = refs(entry, "themes", themes, rep, "theme")
        if ok:
            yield entry, theme_ids
