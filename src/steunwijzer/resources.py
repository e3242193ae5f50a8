"""Where the built-in catalogue lives, installed or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

BUILTIN_NAME = "builtin"


def builtin_catalog_dir() -> Path:
    """The built-in catalogue directory.

    In a wheel it is package data (``steunwijzer/catalog``); in an editable install the
    package data is not copied, so the repository's ``catalog/`` is used instead.
    """
    packaged = resources.files("steunwijzer").joinpath("catalog")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "catalog"
