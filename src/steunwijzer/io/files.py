"""Writing files about a student: owner-only, atomic, and touching only what we own.

- ``-`` is standard output.
- A new or replaced regular file is written aside, to ``.NAME.PID.XXXX.tmp`` (mode
  0600) in the same folder, and linked into place only when complete. That temporary
  file is removed on SIGINT, SIGTERM and SIGHUP; one left by a run killed with SIGKILL
  (which no program can catch) is removed by the next write to that name, once its
  process is gone.
- Without ``force`` an existing file is never replaced. ``force`` only governs
  replacing an existing *regular* file.
- A target that is not a regular file (a device, a FIFO, a process substitution) is
  written to directly: never replaced, renamed or chmod-ed. A directory is refused.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import TextIO

from steunwijzer.errors import OutputError

STDOUT = "-"
_STALE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>[0-9]+)\.[0-9a-f]{8}\.tmp$")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# What the system calls standard output: written to as "-" is. Replaced with --force,
# /dev/stdout (a link to /proc/self/fd/1) became a regular file for every process (an
# outsiders' hostile round, round 16).
_STDOUT_NAMES = frozenset((STDOUT, "/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"))


def is_stdout(path: Path | str) -> bool:
    return str(path) in _STDOUT_NAMES


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here: {_reason(exc)}") from exc


class FolderPath(type(Path())):  # type: ignore[misc]
    """A target given with a trailing slash ("-o out/new/"): meant as a folder. Path
    drops the slash, and a file named "new" was written (a hostile round, round 47)."""


def target_path(value: str | Path) -> Path:
    """The Path of an output option's text, a FolderPath when it ends in a slash."""
    text = str(value)
    folder = len(text) > 1 and text.endswith(("/", os.sep)) and not is_stdout(text)
    return FolderPath(text) if folder else Path(text)


def check_target(path: Path, force: bool = False) -> None:
    """Refuse, before any work is done, a target that cannot or may not be written."""
    if is_stdout(path):
        return
    if isinstance(path, FolderPath):
        raise OutputError(f"{path}/: names a folder (it ends in '/'); give a file name")
    info = _stat(path)
    if info is None and path.is_symlink():
        # A link to nothing: --force replaced the link with a file, and without it the
        # message advised --force (a hostile round, round 19). Refused as every link is.
        raise OutputError(f"{path}: is a symbolic link; give the file it points to")
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path}: is a directory; give a file name")
        if stat.S_ISREG(info.st_mode) and path.is_symlink():
            # --force replaces a regular file, never the link to one: the link was
            # replaced and its file left as it was (a hostile round, round 16).
            raise OutputError(f"{path}: is a symbolic link; give the file it points to")
        if not stat.S_ISREG(info.st_mode):
            if not os.access(path, os.W_OK):
                raise OutputError(f"{path}: cannot write: permission denied")
            return  # a device or FIFO: written to directly
        if not force:
            raise OutputError(f"{path}: already exists; use --force to replace it")
    directory = path.parent if str(path.parent) else Path()
    if not directory.is_dir():
        raise OutputError(f"{path}: cannot write here: the folder {directory} does not exist")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot write here: permission denied")


def tree(folder: Path, unreadable: Callable[[str], None]) -> list[Path]:
    """Every path under a folder, sorted. A folder that cannot be read is named:
    ``rglob`` passed it over without a word, and `report` of an unreadable folder gave
    "0 hulpvragen", exit 0 (a hostile round, round 22, X10)."""
    found: list[Path] = []
    for root, folders, files in os.walk(folder, onerror=lambda e: unreadable(e.filename)):
        found += [Path(root, name) for name in (*folders, *files)]
    return sorted(found)


def same_file(first: Path, second: Path) -> bool:
    """True when two output paths name one file (stdout, "-", is never a file here)."""
    if is_stdout(first) or is_stdout(second):
        return False
    return os.path.realpath(first) == os.path.realpath(second)


def replaces_input(output: Path, inputs: list[str]) -> str | None:
    """The input an output would write over, else None: the same file (by inode, so a
    hard link counts), standard input redirected from it, or a file already inside an
    input folder (`report rs -o rs/a.jsonl --force` replaced a batch file it was
    reading; `batch - -o x.jsonl --force < x.jsonl` replaced its input: round 22, X14)."""
    if is_stdout(output):
        return None
    try:
        target = output.stat()
    except (OSError, ValueError):
        return None  # nothing there yet, so no input to lose
    for name in inputs:
        try:
            source = os.fstat(sys.stdin.fileno()) if name == "-" else Path(name).stat()
        except (OSError, ValueError, AttributeError):
            continue
        if (source.st_dev, source.st_ino) == (target.st_dev, target.st_ino):
            return name
        if stat.S_ISDIR(source.st_mode) and _inside(output, name):
            return name
    return None


def catalogue_file(output: Path | None, sources: list[str] | None) -> str | None:
    """The catalogue source (--catalog, else $STEUNWIJZER_CATALOG) an output would write
    over or add a YAML file to, else None: `interview --save c/tips.yaml --force` replaced
    the catalogue in use with a session record, and `batch -o c/new.yaml` made the next
    load fail (round 22, X14)."""
    from steunwijzer.catalog.resources import BUILTIN_NAME, default_sources

    if output is None or is_stdout(output):
        return None
    for name in default_sources(sources):
        if name == BUILTIN_NAME:
            continue
        if same_file(output, Path(name)):
            return name
        # The loader reads the YAML files at the top of a catalogue folder.
        parent = os.path.realpath(output.parent)
        yaml = output.suffix.lower() in (".yaml", ".yml")
        if yaml and Path(name).is_dir() and parent == os.path.realpath(name):
            return name
    return None


def _inside(path: Path, folder: str) -> bool:
    return os.path.realpath(path).startswith(os.path.realpath(folder).rstrip(os.sep) + os.sep)


def check_targets(paths: list[Path | None], force: bool = False) -> None:
    """check_target for each given path, and no two of them the same file."""
    given = [p for p in paths if p is not None]
    seen: dict[str, Path] = {}
    for path in given:
        check_target(path, force)
        if is_stdout(path):
            continue
        key = os.path.realpath(path)
        if key in seen:
            raise OutputError(f"{path}: the same file is given for two outputs ({seen[key]})")
        seen[key] = path


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP (the terminal closing) end the run like Ctrl-C, so ``finally``
    blocks remove temporary files."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {s: signal.signal(s, interrupt) for s in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def remove_stale(directory: Path, name: str) -> None:
    """Remove temporary files for ``name`` left by runs that were killed (their process is
    gone); a file of a run still going is left alone."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            match = _STALE.match(entry.name)
            if match is None or match["name"] != name or not entry.is_file(follow_symlinks=False):
                continue
            pid = int(match["pid"])
            if pid == os.getpid() or _alive(pid) or not _ours(entry):
                continue
            with contextlib.suppress(OSError):
                Path(entry.path).unlink()


def _ours(entry: os.DirEntry[str]) -> bool:
    """Written as ours are: owned by this user, readable by the owner only. A 0644 file
    of someone else's that only matched the name was removed (a hostile round, round 20)."""
    info = entry.stat(follow_symlinks=False)
    owner = getattr(os, "getuid", lambda: info.st_uid)()
    return info.st_uid == owner and info.st_mode & 0o077 == 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _temp_name(directory: Path, name: str) -> Path:
    # os.urandom is what secrets.token_hex reads; importing secrets (hashlib, hmac,
    # random) cost about 4 ms of every interview's start.
    return directory / f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"


_BUFFER = 1 << 20


@contextlib.contextmanager
def atomic_output(path: Path, force: bool = False) -> Iterator[TextIO]:
    """Yield a text stream for ``path`` (see the module text for what is written how)."""
    target = path if isinstance(path, Path) else Path(path)
    if is_stdout(target):
        yield sys.stdout
        sys.stdout.flush()
        return
    check_target(target, force)
    info = _stat(target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        yield from _direct(target)
        return
    directory = target.parent if str(target.parent) else Path()
    remove_stale(directory, target.name)
    with _signals_interrupt():
        yield from _aside(target, directory, force)


def _direct(target: Path) -> Iterator[TextIO]:
    try:
        handle = target.open("w", encoding="utf-8", errors="replace", newline="")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {_reason(exc)}") from exc
    try:
        with handle:
            yield handle
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {_reason(exc)}") from exc


def _aside(target: Path, directory: Path, force: bool) -> Iterator[TextIO]:
    tmp = _temp_name(directory, target.name)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here: {_reason(exc)}") from exc
    except BaseException:
        # A signal just after the file was made, before the try below: the name is this
        # run's own (pid and random), so removing it can touch nothing else.
        tmp.unlink(missing_ok=True)
        raise
    try:
        os.fchmod(fd, 0o600)
        # errors="replace": a character that cannot be written (a lone surrogate from an
        # undecodable input byte) becomes U+FFFD instead of aborting the whole file.
        # A buffer of 1 MiB: a batch of 100,000 rows is about 170 MB, written in 8 KiB
        # pieces it cost thousands of system calls more than it needs.
        with os.fdopen(fd, "w", _BUFFER, encoding="utf-8", errors="replace", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _place(tmp, target, force)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, FileExistsError):
            raise OutputError(f"{target}: already exists; use --force to replace it") from exc
        raise OutputError(f"{target}: cannot write: {_reason(exc)}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _place(tmp: Path, target: Path, force: bool) -> None:
    info = _stat(target)
    if info is not None and (not stat.S_ISREG(info.st_mode) or target.is_symlink()):
        # Became a device, FIFO, directory or link meanwhile: never replace it.
        raise OutputError(f"{target}: is no longer a regular file; not replaced")
    if force:
        tmp.replace(target)
    else:
        # link() refuses to replace an existing file, so a file created meanwhile
        # by someone else is never clobbered.
        os.link(tmp, target)
        tmp.unlink()


def write_private(path: Path, text: str, force: bool = False) -> None:
    with atomic_output(path, force) as handle:
        handle.write(text)


def write_owner_only(path: Path, text: str) -> None:
    """Write a file that only its owner can read (for files inside a folder being built)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # also when the file existed with wider permissions
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def _owner_folders(path: Path) -> None:
    """Create ``path`` and any missing parents readable by the owner only: a folder of
    0600 files was itself 0755, so its file names showed (a hostile round, round 13).
    Folders that exist are left as they are."""
    missing: list[Path] = []
    while not path.exists() and not path.is_symlink() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)


def write_folder(folder: Path, files: dict[str, str], force: bool = False) -> None:
    """Write the named files into ``folder`` (made when missing), all or nothing.

    Only these files are written or, with ``force``, replaced; anything else in the
    folder is left alone: a folder export never deletes what it did not write.
    """
    info = _stat(folder)
    if info is not None and not stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{folder}: exists and is not a folder")
    targets = {name: folder / name for name in files}
    for target in targets.values():
        # A "services" that is a link to a folder elsewhere had the export write there
        # (an outsiders' hostile round, round 15): only the folder's own folders.
        inside = target.parent
        while inside != folder and inside != inside.parent:
            if inside.is_symlink():
                raise OutputError(f"{inside}: is a symbolic link; nothing is written through it")
            inside = inside.parent
    if not force:
        taken = [str(p) for p in targets.values() if p.exists() or p.is_symlink()]
        if taken:
            raise OutputError(f"{taken[0]}: already exists; use --force to replace it")
    staged: list[tuple[Path, Path]] = []
    try:
        with _signals_interrupt():
            for name, text in files.items():
                target = targets[name]
                _owner_folders(target.parent)
                kind = _stat(target)
                if kind is not None and not stat.S_ISREG(kind.st_mode):
                    raise OutputError(f"{target}: exists and is not a regular file")
                tmp = _temp_name(target.parent, target.name)
                staged.append((tmp, target))
                write_owner_only(tmp, text)
            for tmp, target in staged:
                _place(tmp, target, force)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write: {_reason(exc)}") from exc
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def read_stdin(size: int) -> bytes:
    """Up to ``size`` bytes of standard input; OSError when it is closed (stdin_closed)."""
    if stdin_closed():
        raise OSError(9, "standard input is closed")
    return sys.stdin.buffer.read(size)


def stdin_closed() -> bool:
    """Standard input was closed by the caller (`batch - <&-`). ``__main__`` then puts
    /dev/null in its place, named so; a real `< /dev/null` is named "<stdin>". A closed
    input is one that cannot be read, not an empty one: `batch - <&-` said "no rows" and
    exited 0 (a hostile round, round 42, F6)."""
    return getattr(sys.stdin, "name", None) == os.devnull
