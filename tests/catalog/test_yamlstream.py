"""The streaming catalogue reader gives what the whole-tree loader gives, error for error.

``stream_catalogue`` replaces ``parse_yaml`` for catalogue files (issue 11, item 16: memory
of one entry, not of the file's node graph). Every test here compares the two on the
same text: the same values, the same line and column of every key, value and item, and
for a broken file the same message at the same place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steunwijzer.catalog.resources import builtin_catalog_dir
from steunwijzer.catalog.yamlsource import MarkedList, MarkedMap, YamlSourceError, parse_yaml
from steunwijzer.catalog.yamlstream import NeedsWholeTree, stream_catalogue

SECTIONS = ("offerings", "themes", "tips")


def streamed(text: str | bytes) -> Any:
    """The streaming reader's result with the handed-over entries put back in place."""
    entries: dict[str, list[tuple[int, Any, tuple[int, int]]]] = {}

    def on_entry(section: str, index: int, value: Any, mark: tuple[int, int]) -> None:
        entries.setdefault(section, []).append((index, value, mark))

    top = stream_catalogue(text, SECTIONS, on_entry)
    for section, items in entries.items():
        target = top[section]
        assert isinstance(target, MarkedList) and not target
        assert [i for i, _, _ in items] == list(range(len(items)))
        for _, value, mark in items:
            target.append(value)
            target.item_marks.append(mark)
    return top


def same(a: Any, b: Any) -> None:
    """Equal values of the same types with the same marks, all the way down."""
    assert type(a) is type(b), (a, b)
    if isinstance(a, MarkedMap):
        assert a.mark == b.mark
        assert list(a) == list(b)
        assert a.key_marks == b.key_marks and a.value_marks == b.value_marks
        for key in a:
            same(a[key], b[key])
    elif isinstance(a, MarkedList):
        assert a.mark == b.mark and a.item_marks == b.item_marks and len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            same(x, y)
    else:
        assert a == b or (a != a and b != b)  # nan


def outcome(read: Any, text: str) -> tuple[str, Any]:
    try:
        return "ok", read(text)
    except YamlSourceError as exc:
        return "error", (exc.message, exc.line, exc.column)


def check_same(text: str) -> None:
    whole = outcome(parse_yaml, text)
    try:
        stream = outcome(streamed, text)
    except NeedsWholeTree:
        return  # the loader then uses parse_yaml itself
    assert whole[0] == stream[0], (text, whole, stream)
    if whole[0] == "ok":
        same(whole[1], stream[1])
    else:
        assert whole[1] == stream[1], text


CASES = [
    "",
    "# only a comment\n",
    "---\n",
    "~\n",
    "just text\n",
    "[1, 2]\n",
    "schema_version: 1\n",
    "schema_version: 1\nofferings:\n  - id: a\n    name: {nl: A, en: B}\n  - id: b\n",
    "offerings: []\nthemes: [x, {a: 1}, [1, 2], null]\n",
    "offerings: 5\nthemes: {a: 1}\n",
    "offerings: !!seq [{id: a}]\n",
    "offerings: !!set {a, b}\n",
    "offerings: !!omap [{a: 1}, {b: 2}]\n",
    "a: !!python/object:os.system x\n",
    "a: !!python/name:os.system x\n",
    "a: !custom 1\n",
    "a: !custom {b: 1}\n",
    "a: !!str 1\nb: !!int '7'\nc: ! 12\nd: !!float 1e3\ne: !!bool yes\n",
    "a: &x [1]\nb: *x\n",
    "a: &x 1\n",
    "a: &x 1\nb: &x 2\n",
    "a: *nowhere\n",
    "a: &x [*x]\n",
    "offerings: &o\n  - id: a\nother: *o\n",
    "offerings:\n  - &e {id: a}\n  - *e\n",
    "a: [1\n",
    "a: 1\n b: 2\n",
    "yes: 1\n",
    "1: 1\n",
    "? [a]\n: 1\n",
    "? {a: 1}\n: 1\n",
    "a: 1\na: 2\n",
    "offerings: []\nofferings: []\n",
    "offerings:\n  - id: a\n    id: b\n",
    "a: 1\n---\nb: 2\n",
    "a: 1\na: 2\n---\nb: 2\n",
    "a: 1\na: 2\nb: [\n",
    "a: *x\nb: 1\nb: 2\n",
    "a: 1\nb: 1\nb: 2\nc: *nowhere\n",
    "a:\n\t- b\n",
    "a: 2026-13-45\n",
    "a: 2026-11-29\nb: 2026-11-29 10:00:00\n",
    "a: !!int x\n",
    "a: !!binary xx\n",
    "a: !!binary aGVsbG8=\n",
    "a: =\n",
    "=: 1\n",
    "a: .inf\nb: -.inf\nc: .nan\nd: 0x1F\ne: 0o17\nf: 1_000\ng: 1:30\n",
    "a: yes\nb: No\nc: on\nd: ~\ne: null\nf:\n",
    "a: 'quoted: yes'\nb: \"1\"\nc: |\n  block\n  text\nd: >\n  folded\n",
    "a: " + "[" * 70 + "]" * 70 + "\n",
    "a: " + "{b: " * 70 + "1" + "}" * 70 + "\n",
    "offerings:\n  - " + "[" * 70 + "]" * 70 + "\n",
    "a: " + "[" * 63 + "x" + "]" * 63 + "\n",
    "a: !!set " + "{b: " * 70 + "1" + "}" * 70 + "\n",
    "a: " + "[" * 70 + "]" * 70 + "\nb: 1\nb: 2\n",
    "a: [" * 5000 + "]" * 5000 + "\n",
    "\ufeffa: 1\n",
    "a: 1\r\nb: two\r\n",
    "a: caf\u00e9\nb: \U0001f600\n",
    "%YAML 1.1\n---\na: 1\n",
    "--- !!map\na: 1\n",
    "--- !!seq\n- 1\n",
    "!!str x\n",
    "a: !!omap [{b: *nope}]\n",
    "c: &z 1\na: !!set {? *z }\n",
    "a: !!set {? &q b, ? *q }\n",
]


@pytest.mark.parametrize("text", CASES)
def test_stream_equals_whole_tree(text: str) -> None:
    check_same(text)


def test_builtin_files_stream_identically() -> None:
    for path in sorted(builtin_catalog_dir().glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        same(parse_yaml(text), streamed(text))
        same(parse_yaml(text), streamed(path.read_bytes()))


def test_merge_key_is_left_to_the_whole_tree_loader() -> None:
    with pytest.raises(NeedsWholeTree):
        streamed("a: 1\nb:\n  <<: {c: 1}\n")


def test_bytes_with_a_bom_keep_their_columns() -> None:
    same(parse_yaml("a: {b: 1}\n"), streamed(b"\xef\xbb\xbfa: {b: 1}\n"))


_KEYS = st.sampled_from(["a", "b", "id", "offerings", "themes", "tips", "yes", "=", "1"])
_SCALARS = st.sampled_from(
    ["x", "1", "yes", "~", "'q'", "2026-13-45", "2026-01-02", "*a", "&a v", "!!int 3", "=", ""]
)


@st.composite
def yamlish(draw: st.DrawFn) -> str:
    """Catalogue-shaped YAML with the odd anchor, alias, tag, duplicate and bad line."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        key = draw(_KEYS)
        if draw(st.booleans()):
            lines.append(f"{key}: {draw(_SCALARS)}")
            continue
        lines.append(f"{key}:")
        for _ in range(draw(st.integers(0, 3))):
            flow = ", ".join(
                f"{draw(_KEYS)}: {draw(_SCALARS)}" for _ in range(draw(st.integers(0, 3)))
            )
            lines.append(f"  - {{{flow}}}")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(st.sampled_from(["---", "a: [", "  bad: indent", "- x", "\t"])))
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None)
@given(yamlish())
def test_generated_catalogue_shapes_stream_identically(text: str) -> None:
    check_same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_streams_identically(text: str) -> None:
    check_same(text)


def test_bench_sized_file_streams_identically(tmp_path: Path) -> None:
    lines = ["schema_version: 1", "offerings:"]
    for i in range(300):
        lines += [
            f"  - id: offering-{i}",
            f"    name: {{nl: Aanbod {i}, en: Offering {i}}}",
            "    tiers: [specific]",
            "    hours: {mon-fri: '09:00-17:00'}",
            f"    waiting_time: {i % 5} weeks",
        ]
    text = "\n".join(lines) + "\n"
    same(parse_yaml(text), streamed(text.encode()))


# --- the catalogue loader on top of the streaming reader ---------------------------------


def _offerings(count: int) -> str:
    lines = ["schema_version: 1", "offerings:"]
    for i in range(count):
        lines += [
            f"  - id: offering-{i}",
            "    provider: institution",
            f"    name: {{nl: Aanbod {i}, en: Offering {i}}}",
            "    description: {nl: Een beschrijving., en: A description.}",
            "    tiers: [specific]",
            "    themes: [sleep]",
            "    languages: [nl, en]",
            f"    contact: {{email: team{i}@example.org, url: 'https://example.org/{i}'}}",
            "    hours: {mon-fri: '09:00-17:00'}",
            "    waiting_time: 2 weeks",
            "    how_to_access: {nl: Mail ons., en: Mail us.}",
        ]
    return "\n".join(lines) + "\n"


def test_a_date_or_number_that_does_not_exist_is_a_located_error(tmp_path: Path) -> None:
    """An unquoted 2026-13-45 used to end the load with a ValueError traceback."""
    from steunwijzer.catalog.load import load_catalog

    text = "schema_version: 1\ncatalog:\n  name: x\n  last_reviewed: 2026-13-45\n"
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_catalog([str(path)])
    assert result.catalog is None
    assert [(d.line, d.column) for d in result.errors] == [(4, 18)]
    assert "'2026-13-45' is not a valid date" in result.errors[0].message
    with pytest.raises(YamlSourceError, match="not a valid int"):
        parse_yaml("a: !!int x\n", "answers files")


def test_a_yaml_error_drops_what_was_read_before_it(tmp_path: Path) -> None:
    """Entries are checked while the file is read; a YAML error later in the file still
    makes that one error the file's only diagnostic, as when the file was read whole."""
    from steunwijzer.catalog.load import load_catalog

    text = _offerings(3).replace("provider: institution", "provider: nobody") + "x: [\n"
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_catalog([str(path)])
    assert [(d.line, d.message.split(":")[0]) for d in result.errors] == [(37, "YAML")]
    assert not any("provider" in d.message for d in result.diagnostics)


def test_a_merge_key_catalogue_loads_through_the_whole_tree_loader(tmp_path: Path) -> None:
    from steunwijzer.catalog.load import load_catalog

    text = _offerings(2).replace("    provider: institution\n", "    <<: {provider: national}\n", 1)
    (tmp_path / "offerings.yaml").write_text(text, encoding="utf-8")
    themes = builtin_catalog_dir() / "themes.yaml"
    (tmp_path / "themes.yaml").write_text(themes.read_text(encoding="utf-8"), encoding="utf-8")
    result = load_catalog([str(tmp_path)])
    assert result.catalog is not None, result.errors
    providers = {o.id: o.provider for o in result.catalog.offerings}
    assert providers["offering-0"] == "national" and providers["offering-1"] == "institution"


def test_validation_memory_grows_with_one_entry_not_the_file(tmp_path: Path) -> None:
    """Issue 11, item 16: reading the whole file's node graph took about 60 times the
    file's size (about 64x here before streaming); entry by entry, with
    shared strings, the peak stays under 10 times the file (about 5x here)."""
    import tracemalloc

    from steunwijzer.catalog.load import load_catalog

    (tmp_path / "offerings.yaml").write_text(_offerings(1500), encoding="utf-8")
    themes = builtin_catalog_dir() / "themes.yaml"
    (tmp_path / "themes.yaml").write_text(themes.read_text(encoding="utf-8"), encoding="utf-8")
    size = sum(p.stat().st_size for p in tmp_path.iterdir())
    load_catalog([str(tmp_path)])  # imports and one-off caches out of the measurement
    tracemalloc.start()
    try:
        result = load_catalog([str(tmp_path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.catalog is not None and len(result.catalog.offerings) == 1500
    assert peak < 10 * size, f"{peak / size:.1f}x the file size"


_BREAKS = [
    "&a ",
    "*a",
    "[",
    "{",
    "!!set ",
    "yes",
    "- ",
    ": ",
    "\t",
    "---\n",
    "'",
    "=",
    "2026-13-01",
    "id: x\n",
    "\n  - id: dup\n",
    "unknown: 1\n",
    "\n    bogus: 2",
    "null",
    "\n  - 5\n",
]


@pytest.mark.parametrize("seed", range(40))
def test_loader_reports_the_same_with_either_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """Every diagnostic (file, line, column, message, in order) and the catalogue itself
    are the same whether files are read entry by entry or whole (parse_yaml), on copies
    of the built-in catalogue broken at random places."""
    import random

    import steunwijzer.catalog.load as load

    rng = random.Random(seed)
    for path in sorted(builtin_catalog_dir().glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if rng.random() < 0.4:
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(len(text) + 1)
                if rng.random() < 0.6:
                    text = text[:at] + rng.choice(_BREAKS) + text[at:]
                else:
                    text = text[:at] + text[at + rng.randint(1, 6) :]
        (tmp_path / path.name).write_text(text, encoding="utf-8")

    def report() -> tuple[Any, ...]:
        result = load.load_catalog([str(tmp_path)])
        return result.diagnostics, repr(result.catalog)

    streamed_report = report()

    def whole(*args: object) -> None:
        raise NeedsWholeTree

    monkeypatch.setattr(load, "stream_catalogue", whole)
    assert report() == streamed_report
