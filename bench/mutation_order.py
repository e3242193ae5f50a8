"""pytest plugin used by bench/mutation.sh: under a mutant, run the quickest tests first.

mutmut runs the tests that reach a mutated function with ``-x``, in no particular
order, so a mutant that a 0.01 s test kills may first wait for a 10 s property test.
Sorting by the durations mutmut measured in its stats run changes only how soon a
mutant is killed, never whether: a survivor still runs every test that reaches it.
Outside a mutant run (the stats and clean runs, a plain ``pytest``) it does nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

_DURATIONS: dict[str, float] | None = None


def _durations() -> dict[str, float]:
    global _DURATIONS
    if _DURATIONS is None:
        _DURATIONS = {}
        for path in (Path("mutmut-stats.json"), Path("mutants") / "mutmut-stats.json"):
            if path.is_file():
                stats = json.loads(path.read_text(encoding="utf-8"))
                _DURATIONS = {k: float(v) for k, v in stats.get("duration_by_test", {}).items()}
                break
    return _DURATIONS


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "__mutmut_" not in os.environ.get("MUTANT_UNDER_TEST", ""):
        return
    durations = _durations()
    if durations:
        items.sort(key=lambda item: durations.get(item.nodeid, float("inf")))
