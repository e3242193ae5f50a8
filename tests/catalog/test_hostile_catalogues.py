"""Hostile and broken catalogue files: always a clear FILE:LINE error list or a correct
load, quickly, with bounded memory; never a traceback or a hang."""

from __future__ import annotations

import copy
import os
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steunwijzer.catalog.load import load_catalog
from steunwijzer.catalog.resources import builtin_catalog_dir

from ..conftest import MINIMAL, write

BUILTIN_FILES = {
    p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
    for p in sorted(builtin_catalog_dir().glob("*.yaml"))
}
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.text(max_size=12),
    st.sampled_from(
        [
            "acute",
            "specific",
            "24/7",
            "yes",
            "sleep",
            "2026-01-01",
            "",
            "113",
            "https://x.nl",
            "a@b.nl",
            "mon-fri",
        ]
    ),
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _paths(value, (*prefix, index))
    return out


@st.composite
def mutated_catalogue(draw: st.DrawFn) -> tuple[str, Any]:
    name = draw(st.sampled_from(sorted(BUILTIN_FILES)))
    data = copy.deepcopy(BUILTIN_FILES[name])
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        action = draw(st.sampled_from(["delete", "replace", "duplicate", "rename", "wrap"]))
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(SCALARS)
        elif action == "wrap":
            parent[key] = [parent[key]] if draw(st.booleans()) else {"x": parent[key]}
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "rename" and isinstance(parent, dict):
            parent[str(key) + draw(st.sampled_from(["_", "s", "x"]))] = parent.pop(key)
    return name, data


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(mutated_catalogue())
def test_mutated_builtin_is_valid_or_a_located_error_list(
    tmp_path: Path, case: tuple[str, Any]
) -> None:
    name, data = case
    folder = tmp_path / "cat"
    folder.mkdir(exist_ok=True)
    for other in BUILTIN_FILES:
        (folder / other).write_text(
            yaml.safe_dump(BUILTIN_FILES[other], allow_unicode=True), encoding="utf-8"
        )
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = load_catalog([str(folder)])  # must not raise
    if result.catalog is None:
        assert result.errors
    for d in result.diagnostics:
        assert d.file.startswith(str(folder)) and d.line >= 1 and d.column >= 1 and d.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "schema_version: 1\nofferings: !!python/object/apply:os.system ['true']\n",
            "unsupported YAML tag !!python/object/apply:os.system",
        ),
        ("schema_version: 1\ncatalog: !!python/name:os.system\n", "unsupported YAML tag"),
        ("schema_version: 1\ncatalog: !include other.yaml\n", "unsupported YAML tag !include"),
        ("schema_version: 1\nx: &a [1]\ny: *a\n", "anchors and aliases"),
    ],
)
def test_code_and_object_tags_are_refused(tmp_path: Path, text: str, message: str) -> None:
    result = load_catalog([str(write(tmp_path, "c.yaml", text))])
    assert result.catalog is None
    assert any(message in d.message and d.line >= 2 for d in result.errors), result.errors


def _timed_load(path: Path) -> tuple[float, Any]:
    start = time.perf_counter()
    result = load_catalog([str(path)])
    return time.perf_counter() - start, result


def test_alias_bomb_and_deep_nesting_fail_fast(tmp_path: Path) -> None:
    bomb = ["schema_version: 1", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol"]']
    bomb += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    seconds, result = _timed_load(write(tmp_path, "bomb.yaml", "\n".join(bomb)))
    assert result.catalog is None and seconds < 2
    deep = "schema_version: 1\ncatalog: " + "[" * 5000 + "]" * 5000 + "\n"
    seconds, result = _timed_load(write(tmp_path, "deep.yaml", deep))
    assert result.catalog is None and seconds < 2


def test_fifty_megabyte_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    line = b"# " + b"x" * 1021 + b"\n"
    with path.open("wb") as handle:
        for _ in range(50 * 1024):
            handle.write(line)
    seconds, result = _timed_load(path)
    assert result.catalog is None and seconds < 2
    assert "too large" in result.errors[0].message


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        (b"schema_version: 1\ncatalog:\n  name: caf\xe9\n", "not valid UTF-8"),
        (b"schema_version: 1\ncatalog:\n\tname: x\n", "YAML"),
    ],
)
def test_binary_latin1_and_tabs_are_clear_errors(
    tmp_path: Path, content: bytes, expect: str
) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(content)
    result = load_catalog([str(path)])
    assert result.catalog is None and expect in result.errors[0].message


def test_bom_and_crlf_load_correctly(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode())
    result = load_catalog([str(path)])
    assert result.catalog is not None and result.catalog.offering("sleep-course") is not None


def test_directory_oddities(tmp_path: Path) -> None:
    folder = tmp_path / "cat"
    write(tmp_path, "cat/a.yaml", MINIMAL)
    write(tmp_path, "cat/.hidden.yaml", "broken: [")
    write(tmp_path, "cat/a.yaml~", "broken: [")
    write(tmp_path, "cat/.a.yaml.swp", "broken: [")
    write(tmp_path, "cat/README.md", "# notes")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    os.mkfifo(folder / "fifo.yaml")  # reading it would block forever
    seconds, result = _timed_load(folder)
    assert seconds < 2
    messages = {(Path(d.file).name, d.message) for d in result.diagnostics}
    assert ("README.md", "ignored: not a .yaml or .yml file") in messages
    assert ("fifo.yaml", "ignored: not a regular file") in messages
    assert any(
        name == "loop.yaml" and "Too many levels of symbolic links" in msg for name, msg in messages
    )
    assert not any(name.startswith(".") or name.endswith("~") for name, _ in messages)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "c.yaml", MINIMAL)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: simulate the refusal the operating system would give
        real_open = Path.open

        def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    result = load_catalog([str(path)])
    assert result.catalog is None
    assert result.errors[0].message == "cannot read file: Permission denied"
