"""The built-in catalogue, compiled at build time so a start needs no YAML parsing.

The build hook (``hatch_build.py``) loads and validates the built-in YAML catalogue once
and writes the resulting ``Catalog`` to ``_builtin_catalog.json`` next to this module
(in the wheel; in the source tree for an editable install). At run time ``load_builtin``
reads it back in about a millisecond, without importing PyYAML or the validators.

The file is only trusted while it matches what it was built from: it records a digest
of every YAML source (name, size and CRC-32 of the content) and, for an editable
install, the size and modification time of every module of the package (the safety
floor and the builders are code). Any difference, a missing file, another format or a
file that cannot be read makes ``load_builtin`` return ``None``, and the caller loads
the YAML as before: never an error, never a stale catalogue. Nothing is written at run
time.

Encoding: JSON (measured: parsing it takes about 0.6 ms against 0.3 ms for ``marshal``,
and ``json`` is imported by every JSON-writing command anyway) where every value that
is not a str, int, float, bool or None is a list whose first item says what it is.
Only dataclasses and enums of this package are rebuilt, by name, without running any
code from the file. Rebuilding the ``Catalog`` takes about 2-3 ms; parsing and
validating the YAML about 40 ms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import importlib
import json
import os
import re
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from steunwijzer.core import prebuilt
from steunwijzer.core.model import Catalog

if TYPE_CHECKING:
    from pathlib import Path

# Paths as strings on the start-up path: importing pathlib costs a lookup about 3.5 ms.
StrPath = str | os.PathLike[str]

FILE_NAME = "_builtin_catalog.json"
# The recogniser compiled for these themes (core/prebuilt.py), in a file of its own: a
# start that reads no free text does not read its ~4 MB.
INDEX_NAME = "_builtin_index.bin"

# Format 3: the catalogue document alone, with the token that its index file carries.
# (Format 2 held the pattern index as JSON after the document; format 1 inside it.)
FORMAT = 3
_PATH = "P"  # a path inside the catalogue directory, relocated on load


class EncodeError(TypeError):
    """The catalogue holds a value the compiled form cannot store."""


# The package folder: the compiled file sits at its top, beside __init__.py.
PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def compiled_path() -> Path:
    from pathlib import Path

    return Path(PACKAGE_DIR, FILE_NAME)


# --- fingerprints --------------------------------------------------------------------


def _yaml_files(folder: Path) -> list[Path]:
    from steunwijzer.catalog.load import (  # only at build time and in tests
        YAML_SUFFIXES,
        _is_ignored,
    )

    return [
        p
        for p in sorted(folder.iterdir())
        if not _is_ignored(p) and p.is_file() and p.suffix.lower() in YAML_SUFFIXES
    ]


def source_digest(names: Iterable[str], folder: StrPath) -> list[list[object]]:
    """[name, size, CRC-32] of each source file: cheap, and any edit changes it."""
    result: list[list[object]] = []
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            data = handle.read()
        result.append([name, len(data), zlib.crc32(data)])
    return result


def code_stamp(package: StrPath) -> list[list[object]]:
    """[module, size, mtime in ns] of every module of the package (editable installs)."""
    # os.scandir, not Path.rglob: this runs on every start of an editable install, and
    # the directory entries already carry what stat() would be asked for.
    stamp: list[list[object]] = []
    folders = [("", os.fspath(package))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append((prefix + entry.name + "/", entry.path))
                elif entry.name.endswith(".py"):
                    info = entry.stat()
                    stamp.append([prefix + entry.name, info.st_size, info.st_mtime_ns])
    stamp.sort()
    return stamp


# --- encoding ------------------------------------------------------------------------


def _encode(value: Any, root: str) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, enum.Enum):  # before str: StrEnum members are strings too
        cls = type(value)
        return ("E", f"{cls.__module__}:{cls.__qualname__}", value.value)
    if isinstance(value, str):
        if root and value.startswith(root):
            return (_PATH, value[len(root) :])
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        kind = type(value)
        items = tuple(_encode(getattr(value, f.name), root) for f in dataclasses.fields(value))
        return ("D", f"{kind.__module__}:{kind.__qualname__}", items)
    if isinstance(value, tuple):
        if all(type(v) is str and not (root and v.startswith(root)) for v in value):
            return ("s", value)  # the common case (ids, words), stored as is
        return ("t", tuple(_encode(v, root) for v in value))
    if isinstance(value, list):
        return ("l", tuple(_encode(v, root) for v in value))
    if isinstance(value, frozenset):
        return ("f", tuple(_encode(v, root) for v in sorted(value, key=repr)))
    if isinstance(value, set):
        return ("set", tuple(_encode(v, root) for v in sorted(value, key=repr)))
    if isinstance(value, re.Pattern):
        return ("re", value.pattern, value.flags)
    if isinstance(value, dict):
        return ("d", tuple((_encode(k, root), _encode(v, root)) for k, v in value.items()))
    if isinstance(value, dt.datetime):
        return ("dt", value.isoformat())
    if isinstance(value, dt.date):
        return ("date", value.toordinal())
    if isinstance(value, dt.time):
        return ("time", value.isoformat())
    raise EncodeError(f"cannot compile a {type(value).__qualname__} into the catalogue")


def encode_catalog(catalog: Catalog, folder: Path) -> Any:
    return _encode(catalog, str(folder) + os.sep)


def compile_builtin(folder: Path, package: Path | None = None) -> bytes:
    """The compiled form of the catalogue in ``folder`` (raises if it does not validate).

    ``package``: the package directory to stamp when the install is editable.
    """
    return compile_builtin_files(folder, package)[FILE_NAME]


def compile_builtin_files(folder: Path, package: Path | None = None) -> dict[str, bytes]:
    """The compiled catalogue and its recogniser, by file name (see ``compile_builtin``)."""
    import hashlib

    from steunwijzer.catalog.load import load_catalog

    result = load_catalog([str(folder)])
    if result.catalog is None:
        problems = "\n".join(str(d) for d in result.errors)
        raise ValueError(f"the built-in catalogue does not validate:\n{problems}")
    names = [p.name for p in _yaml_files(folder)]
    document = {
        "format": FORMAT,
        "sources": source_digest(names, folder),
        "code": code_stamp(package) if package is not None else None,
        "catalog": encode_catalog(result.catalog, folder),
    }
    # The index file carries a token of this document: the two are used only together.
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    token = hashlib.sha256(body.encode("utf-8")).hexdigest()[:24]
    document["index_token"] = token
    # Compact JSON never holds a raw line break (json escapes it inside strings), so the
    # first one ends the document.
    head = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return {
        FILE_NAME: (head + "\n").encode("utf-8"),
        INDEX_NAME: text_index(result.catalog, token),
        prebuilt.WEIGHTS_NAME: compiled_weights(),
    }


def compiled_weights() -> bytes:
    """The second net's weights packed (core/resemblance.py): not of the catalogue, but
    built here so every build writes them beside it."""
    from steunwijzer.core.resemblance import compiled_weights as packed

    return packed()


def text_index(catalog: Catalog, token: str) -> bytes:
    """The recogniser compiled for this catalogue's patterns (core/prebuilt.py)."""
    from steunwijzer.core.prebuilt import pack
    from steunwijzer.core.recognise import Recogniser

    return pack(token, Recogniser(catalog.themes).compiled_form())


# --- decoding ------------------------------------------------------------------------


def _built_by_init(cls: type) -> bool:
    """A dataclass whose generated __init__ takes every field (the decoder calls it)."""
    params = cls.__dict__.get("__dataclass_params__")
    return params is not None and bool(params.init)


class _Decoder:
    def __init__(self, root: str) -> None:
        self.root = root
        self.classes: dict[str, tuple[Any, tuple[str, ...]]] = {}

    def cls(self, name: str) -> tuple[Any, tuple[str, ...]]:
        if name not in self.classes:
            module, _, qualname = name.partition(":")
            if module != "steunwijzer" and not module.startswith("steunwijzer."):
                raise ValueError(f"refusing to build {name}")
            found = getattr(importlib.import_module(module), qualname)
            if not (
                isinstance(found, type) and (_built_by_init(found) or issubclass(found, enum.Enum))
            ):
                raise ValueError(f"refusing to build {name}")
            names = (
                tuple(f.name for f in dataclasses.fields(found))
                if dataclasses.is_dataclass(found)
                else ()
            )
            self.classes[name] = (found, names)
        return self.classes[name]

    def __call__(self, value: Any) -> Any:
        if type(value) is not list:
            return value
        tag = value[0]
        if tag == "D":
            cls, names = self.cls(value[1])
            if len(names) != len(value[2]):
                raise ValueError(f"{value[1]} changed shape")
            # The generated __init__ (no dataclass here has a __post_init__) is about twice
            # as fast as setting each field from Python.
            return cls(*[item if type(item) is not list else self(item) for item in value[2]])
        if tag == "s":
            return tuple(value[1])
        if tag == "t":
            return tuple(self(v) for v in value[1])
        if tag == "E":
            return self.cls(value[1])[0](value[2])
        if tag == _PATH:
            return self.root + value[1]
        if tag == "d":
            return {self(k): self(v) for k, v in value[1]}
        if tag == "l":
            return [self(v) for v in value[1]]
        if tag == "f":
            return frozenset(self(v) for v in value[1])
        if tag == "set":
            return {self(v) for v in value[1]}
        if tag == "re":
            return re.compile(value[1], value[2])
        if tag == "date":
            return dt.date.fromordinal(value[1])
        if tag == "dt":
            return dt.datetime.fromisoformat(value[1])
        if tag == "time":
            return dt.time.fromisoformat(value[1])
        raise ValueError(f"unknown tag {tag!r}")


def decode_catalog(data: Any, folder: StrPath) -> Catalog:
    catalog = _Decoder(os.fspath(folder) + os.sep)(data)
    if not isinstance(catalog, Catalog):
        raise ValueError("not a catalogue")
    return catalog


def is_current(document: Any, folder: StrPath, check_code: bool = True) -> bool:
    """True when the compiled file was built from exactly these sources (and code)."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return False
    sources = document.get("sources")
    try:
        names = sorted(
            e.name
            for e in os.scandir(folder)
            if e.name.endswith((".yaml", ".yml")) and not e.name.startswith((".", "#", "~"))
        )
        if sources != source_digest(names, folder):
            return False
        code = document.get("code")
        return code is None or not check_code or code == code_stamp(PACKAGE_DIR)
    except OSError:
        return False


def read_document(path: StrPath) -> Any:
    """The compiled file's document (raises OSError, ValueError or EOFError)."""
    with open(path, "rb") as handle:
        head = handle.readline()
    return json.loads(head)


def load_builtin(folder: StrPath, compiled: StrPath | None = None) -> Catalog | None:
    """The compiled built-in catalogue, or None when it is missing, stale or unreadable."""
    try:
        path = compiled or os.path.join(PACKAGE_DIR, FILE_NAME)
        document = read_document(path)
        if not is_current(document, folder):
            return None
        catalog = decode_catalog(document["catalog"], folder)
        token = document.get("index_token")
        if isinstance(token, str):  # read only at the first free text, if ever
            index = os.path.join(os.path.dirname(os.fspath(path)), INDEX_NAME)
            prebuilt.offer(index, token, catalog.themes)
        return catalog
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError, ImportError):
        return None
