"""Patterns compiled on first use behave as compiled ones and wait until they are used."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steunwijzer.core.lazyre import LazyPattern, lazy_compile

PATTERNS = [
    (r"\b(?:niet|not|no)\b", re.IGNORECASE),
    (r"([0-9]{1,2}) ?(?:/|van de|out of) ?(10|5)", 0),
    (r"(.)\1{2,}", 0),
    (r"[,;.!?]+", 0),
]
TEXTS = ["", "Niet echt, een 7 van de 10", "nooo way!!! 3/5, NOT now", "a,b;;c. d? e!"]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_every_method_gives_what_re_compile_gives(source: str, flags: int, text: str) -> None:
    compiled = re.compile(source, flags)
    lazy = lazy_compile(source, flags)

    def spans(matches: object) -> object:
        return [m.span() for m in matches] if isinstance(matches, list) else matches

    assert spans(list(lazy.finditer(text))) == spans(list(compiled.finditer(text)))
    for name in ("search", "match", "fullmatch"):
        got, want = getattr(lazy, name)(text), getattr(compiled, name)(text)
        assert (got and got.span()) == (want and want.span()), name
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.subn(lambda m: m.group(0).upper(), text) == compiled.subn(
        lambda m: m.group(0).upper(), text
    )
    assert lazy.split(text) == compiled.split(text)


@given(st.text(alphabet="ab ,.!0123456789nietNOT", max_size=40), st.integers(0, 5))
def test_positions_are_passed_on(text: str, pos: int) -> None:
    lazy = LazyPattern(r"[0-9]+|niet", re.IGNORECASE)
    compiled = re.compile(r"[0-9]+|niet", re.IGNORECASE)
    got = lazy.search(text, pos)
    want = compiled.search(text, pos)
    assert (got and got.span()) == (want and want.span())


def test_after_first_use_the_methods_are_the_compiled_patterns_own() -> None:
    lazy = lazy_compile(r"x+")
    assert "search" not in vars(lazy)  # nothing compiled yet
    lazy.fullmatch("xx")
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
        method = vars(lazy)[name]
        assert isinstance(method.__self__, re.Pattern), name
        assert method.__self__.pattern == "x+"


# The modules the interview and a lookup import before anything is read.
READERS = [
    "steunwijzer.core.answer_words",
    "steunwijzer.core.answer_phrases",
    "steunwijzer.core.answers",
    "steunwijzer.core.numbers",
    "steunwijzer.core.disguise",
    "steunwijzer.core.findings",
    "steunwijzer.core.textcontext",
    "steunwijzer.core.vocabulary",
    "steunwijzer.core.interview_close",
    "steunwijzer.io.escape",
]


def test_importing_the_readers_compiles_none_of_their_patterns() -> None:
    """Put `re.compile` back in one of them (or use a pattern at import) and this fails."""
    script = (
        "import importlib, json, sys\n"
        "from steunwijzer.core.lazyre import LazyPattern\n"
        "import steunwijzer.cli.interview\n"
        "found, compiled, plain = 0, [], []\n"
        f"for name in {READERS!r}:\n"
        "    module = importlib.import_module(name)\n"
        "    for key, value in vars(module).items():\n"
        "        items = value if isinstance(value, (list, tuple)) else [value]\n"
        "        for item in items:\n"
        "            item = item[0] if isinstance(item, tuple) and item else item\n"
        "            if isinstance(item, LazyPattern):\n"
        "                found += 1\n"
        "                if 'search' in vars(item): compiled.append(name + '.' + key)\n"
        "            elif type(item).__name__ == 'Pattern':\n"
        "                plain.append(name + '.' + key)\n"
        "print(json.dumps([found, compiled, plain]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    found, compiled, plain = json.loads(done.stdout)
    assert found >= 50
    assert compiled == []
    assert plain == []
