"""The JSON Schemas of batch result rows, shipped with the package.

``schemas/batch-row-compact.schema.json`` and ``schemas/batch-row-full.schema.json``
describe one line of `steunwijzer batch` output per ``--detail``; `steunwijzer batch
--print-schema [--detail full]` prints them. The golden tests validate against them.
"""

from __future__ import annotations

from pathlib import Path

SCHEMA_DIR = Path(__file__).parents[1] / "schemas"


def schema_path(detail: str) -> Path:
    if detail not in ("compact", "full"):
        raise ValueError(f"unknown detail {detail!r}")
    return SCHEMA_DIR / f"batch-row-{detail}.schema.json"


def schema_text(detail: str) -> str:
    return schema_path(detail).read_text(encoding="utf-8")
