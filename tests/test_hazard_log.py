"""The hazard log (docs/hazards.md) names the test that proves each control: every one of
those tests must exist, so a control cannot lose its proof silently."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOG = ROOT / "docs" / "hazards.md"
NAMED = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    }


def test_every_test_the_hazard_log_names_exists() -> None:
    named = NAMED.findall(LOG.read_text(encoding="utf-8"))
    assert len(named) >= 40  # the log names its proofs; an empty log proves nothing
    missing = [
        f"{file}::{name}"
        for file, name in named
        if not (ROOT / file).is_file() or name not in _tests_in(ROOT / file)
    ]
    assert not missing, missing


def test_every_hazard_row_names_a_test() -> None:
    rows = [line for line in LOG.read_text(encoding="utf-8").splitlines() if line.startswith("| H")]
    assert len(rows) >= 20
    assert all(NAMED.search(row) for row in rows), [r[:40] for r in rows if not NAMED.search(r)]


def test_issue_11_items_are_all_in_the_log() -> None:
    text = LOG.read_text(encoding="utf-8")
    for item in range(1, 18):
        assert re.search(rf"item {item}\b", text), item
