"""The one way JSON leaves steunwijzer: text as written (``"Café"``, never
``"Caf\\u00e9"``), with DEL and C1 controls escaped so no output can steer a terminal.

``dumps`` is indented for people and ``--json`` (dates and other values as text);
``dumps_line`` is one compact line, for JSON Lines. Every printer and writer of JSON
uses these two.
"""

from __future__ import annotations

import json
import sys

from steunwijzer.io.escape import json_safe


def dumps(data: object) -> str:
    """Indented JSON text, not ASCII-escaped, controls escaped."""
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# One encoder for every line: json.dumps builds a new one per call when given options,
# which a batch of a million rows would pay a million times.
_LINE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps_line(data: object) -> str:
    """One line of compact JSON (no spaces after separators), as ``dumps`` otherwise."""
    return json_safe(_LINE(data))


def print_json(data: object) -> None:
    """``dumps`` to stdout, with the closing newline."""
    sys.stdout.write(dumps(data) + "\n")
