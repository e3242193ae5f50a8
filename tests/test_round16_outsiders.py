"""Round 16: a faster `lookup --text`, and what outsiders found (blind sets set39 and
set40, a role-play in a terminal, a hostile round).

Each test names the case it was written from. Unless its docstring says it guards, each
was run on the commit before the round (49c7e78, through a worktree) and failed there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from steunwijzer.catalog.compiled import compiled_path, is_current, read_document
from steunwijzer.catalog.resources import builtin_catalog_dir
from steunwijzer.core import lexicon, prebuilt, resemblance

PROBE = """
import json, sys
from steunwijzer.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def _loaded(*args: str) -> tuple[int, str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    return done.returncode, done.stdout, set(json.loads(line.removeprefix("MODULES ")))


# --- start-up: what `lookup --text` reads (issue 10, point 10) -------------------------


def test_lookup_text_reads_no_pattern_parser_and_no_floor_tables() -> None:
    """With the recogniser compiled at build time, a text needs neither the pattern
    parser (its dataclasses: ~1 ms) nor the floor's tables (put together at import:
    ~1.5 ms): both are compiled into the index already. The result is unchanged."""
    path = compiled_path()
    if not (path.is_file() and is_current(read_document(path), builtin_catalog_dir())):
        pytest.fail("the compiled built-in catalogue is stale: run `pip install -e .`")
    code, out, modules = _loaded("lookup", "--text", "ik wil niet meer leven", "--json")
    assert code == 0
    assert json.loads(out)["themes"][0] == "suicidal_thoughts"
    assert "steunwijzer.core.recognise" in modules  # a text was read
    assert "steunwijzer.core.patterns" not in modules
    assert "steunwijzer.core.lexicon_floor" not in modules


def test_the_floor_names_the_themes_it_holds() -> None:
    """`FLOOR_THEMES` stands for the floor where the floor itself is not read (acute
    themes, the index): the two must name the same themes. Guards the split."""
    assert tuple(lexicon.FLOOR) == lexicon.FLOOR_THEMES


def test_packed_weights_are_the_json_weights() -> None:
    """The second net's weights packed at build time load as the JSON gives them, with
    the pairs' first words and the stopwords' stems worked out once."""
    raw = (Path(resemblance.__file__).parent / resemblance.WEIGHTS).read_bytes()
    data = json.loads(raw)
    packed = prebuilt.unpack_weights(resemblance.compiled_weights(), raw)
    assert packed is not None
    assert packed["weights"] == data["weights"] and packed["bias"] == data["bias"]
    assert packed["pair_starts"] == resemblance.pair_starts(data["weights"][resemblance.ANY])
    assert packed["stop_stems"]["stemmer"] == prebuilt.stamp()
    assert packed["stop_stems"]["nl"] == frozenset(
        resemblance.stem("nl", w) for w in resemblance.STOPWORDS
    )


def test_packed_weights_of_other_bytes_are_not_used() -> None:
    """A retrained or edited resemblance.json makes the packed weights stale: they are
    then not read (the JSON is), never weights of another training."""
    raw = (Path(resemblance.__file__).parent / resemblance.WEIGHTS).read_bytes()
    blob = resemblance.compiled_weights()
    assert prebuilt.unpack_weights(blob, raw + b" ") is None
    assert prebuilt.unpack_weights(blob.replace(b"SWRW1", b"SWRW0", 1), raw) is None
    assert prebuilt.unpack_weights(blob[:-40], raw) is None  # cut short


def test_packed_tables_keep_every_key_and_pattern() -> None:
    """The index tables are packed with one tuple per distinct list of patterns (half
    the cost of reading them); every key keeps its patterns in order."""
    tables = {"typo": {"=a": [1, 2], "=b": [1, 2], "=c": [3]}, "exact": {"x": [1, 2]}}
    shared = prebuilt.shared(tables)
    assert shared == {"typo": {"=a": (1, 2), "=b": (1, 2), "=c": (3,)}, "exact": {"x": (1, 2)}}
    assert shared["typo"]["=a"] is shared["typo"]["=b"] is shared["exact"]["x"]
