"""Where a free-text finding's pattern was written, as output names it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ..conftest import invoke


def test_a_builtin_pattern_source_does_not_depend_on_the_install_location(
    runner: CliRunner,
) -> None:
    """Golden output broke on a clone in another folder: sources were absolute paths."""
    result = invoke(runner, "lookup", "--text", "ik slaap slecht", "--json")
    data = json.loads(result.stdout)
    sources = [r["match"]["source"] for r in data["reasons"] if r.get("match")]
    assert sources, data["reasons"]
    for source in sources:
        assert source.startswith(("builtin/", "built-in", "synonym")), source
