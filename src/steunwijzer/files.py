"""Writing files about a student: owner-only permissions, atomic, never clobbering.

A file is first written to a temporary file in the same directory (mode 0600), then
moved into place, so an interrupted run never leaves a half-written file that looks
complete. Without ``force`` an existing file is never replaced.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .errors import OutputError


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextlib.contextmanager
def atomic_output(path: Path, force: bool = False) -> Iterator[TextIO]:
    """Yield a text file that becomes ``path`` only when the block ends without error."""
    target = Path(path)
    if target.exists() and not force:
        raise OutputError(f"{target}: already exists; use --force to replace it")
    directory = target.parent if str(target.parent) else Path()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here: {_reason(exc)}") from exc
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            tmp.replace(target)
        else:
            # link() refuses to replace an existing file, so a file created meanwhile
            # by someone else is never clobbered.
            os.link(tmp, target)
            tmp.unlink()
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, FileExistsError):
            raise OutputError(f"{target}: already exists; use --force to replace it") from exc
        raise OutputError(f"{target}: cannot write: {_reason(exc)}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_private(path: Path, text: str, force: bool = False) -> None:
    with atomic_output(path, force) as handle:
        handle.write(text)


def write_owner_only(path: Path, text: str) -> None:
    """Write a file that only its owner can read (for files inside a folder being built)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # also when the file existed with wider permissions
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
