from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steunwijzer.catalog.yamlsource import (
    MAX_FILE_BYTES,
    MarkedList,
    MarkedMap,
    YamlSourceError,
    load_file,
    parse_yaml,
)


def test_marks_keys_values_and_items() -> None:
    data = parse_yaml("a: 1\nb:\n  - x\n  - {c: 2}\n")
    assert isinstance(data, MarkedMap)
    assert data.key_at("a") == (1, 1)
    assert data.key_at("b") == (2, 1)
    assert isinstance(data["b"], MarkedList)
    assert data["b"].item_at(1) == (4, 5)
    assert data["b"][1].key_at("c") == (4, 6)


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: !!python/object:os.system x\n", "unsupported YAML tag !!python/object", 1),
        ("a: !!python/name:os.system x\n", "unsupported YAML tag", 1),
        ("a: !custom 1\n", "unsupported YAML tag !custom", 1),
        ("a: &x [1]\nb: *x\n", "anchors and aliases", 1),
        ("a: [1\n", "YAML:", 2),
        ("yes: 1\n", "keys must be text", 1),
        ("a: 1\na: 2\n", "duplicate key 'a'", 2),
        ("a: 1\n---\nb: 2\n", "one YAML document", 2),
        ("a:\n\t- b\n", "YAML:", 2),
    ],
)
def test_bad_yaml_is_a_positioned_error(text: str, message: str, line: int) -> None:
    with pytest.raises(YamlSourceError) as info:
        parse_yaml(text)
    assert message in info.value.message
    assert info.value.line == line


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    with pytest.raises(YamlSourceError, match="aliases"):
        parse_yaml("\n".join(lines))


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(YamlSourceError):
        parse_yaml("a: " + "[" * 200 + "]" * 200)


def test_file_errors(tmp_path: Path) -> None:
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"a: 1\n\x00\x01")
    with pytest.raises(YamlSourceError, match="binary"):
        load_file(binary)
    latin = tmp_path / "l.yaml"
    latin.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(YamlSourceError, match="UTF-8") as info:
        load_file(latin)
    assert info.value.line == 2
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(YamlSourceError, match="too large"):
        load_file(big)
    with pytest.raises(YamlSourceError, match="cannot read"):
        load_file(tmp_path / "missing.yaml")


def test_bom_and_crlf_load(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\r\nb: two\r\n")
    assert load_file(path) == {"a": 1, "b": "two"}


@given(st.text(max_size=200))
def test_any_text_parses_or_fails_cleanly(text: str) -> None:
    try:
        parse_yaml(text)
    except YamlSourceError as exc:
        assert exc.line >= 1
