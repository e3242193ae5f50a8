"""Issue 11, items 9-11, 13 and 17 (`-o -`): output never costs the session, and writes
touch only what they own."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.errors import OutputError

from ..conftest import invoke

AT = ("--at", "2026-11-30T14:00")
EXE = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
ACUTE_ANSWERS = json.dumps({"safety_wish_dead": "ja", "safety_thoughts": "ja"})


def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(ACUTE_ANSWERS, "utf-8")
    return path


def cases_file(tmp_path: Path, rows: int = 3) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"themes": ["zelfmoord"]}\n' * rows, "utf-8")
    return path


# --- item 9: --save and --handout are checked before the first question ------------------


@pytest.mark.parametrize("option", ["--save", "--handout"])
@pytest.mark.parametrize("problem", ["exists", "no folder", "directory"])
def test_unusable_save_path_is_refused_before_the_first_question(
    runner: CliRunner, tmp_path: Path, option: str, problem: str
) -> None:
    target = {
        "exists": tmp_path / "there.json",
        "no folder": tmp_path / "missing" / "x.json",
        "directory": tmp_path,
    }[problem]
    if problem == "exists":
        target.write_text("keep me", "utf-8")
    result = invoke(runner, "interview", option, str(target), "--plain", *AT, input="ja\n")
    assert result.exit_code == 1
    assert "error:" in result.stderr
    assert "Heb je de afgelopen maand" not in result.stdout  # no question was asked
    if problem == "exists":
        assert target.read_text("utf-8") == "keep me"


def test_same_path_for_save_and_handout_is_refused_first(runner: CliRunner, tmp_path: Path) -> None:
    same = tmp_path / "out.md"
    result = invoke(
        runner, "interview", "--save", str(same), "--handout", str(same), "--plain", *AT
    )
    # said in the counsellor's language since round 18 (it was English under Dutch)
    assert result.exit_code == 1 and "hetzelfde bestand" in result.stderr
    assert not same.exists()


def test_failed_save_at_the_end_shows_the_result_first(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from steunwijzer.io import files

    def fail(path: Path, text: str, force: bool = False) -> None:
        raise OutputError(f"{path}: cannot write: No space left on device")

    monkeypatch.setattr(files, "write_private", fail)  # imported when writing
    out = tmp_path / "sessie.json"
    result = invoke(
        runner,
        "interview",
        "--answers",
        str(answers_file(tmp_path)),
        "--save",
        str(out),
        "--json",
        "--lang",
        "en",
        *AT,
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["tier"] == "acute"  # the result was shown
    assert "not saved" in result.stderr and "No space left" in result.stderr


def test_failed_save_message_is_in_the_interface_language(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from steunwijzer.io import files

    def fail(path: Path, text: str, force: bool = False) -> None:
        raise OutputError("disk full")

    monkeypatch.setattr(files, "write_private", fail)  # imported when writing
    result = invoke(
        runner,
        "interview",
        "--answers",
        str(answers_file(tmp_path)),
        "--handout",
        str(tmp_path / "h.md"),
        "--plain",
        *AT,
    )
    assert "niet opgeslagen" in result.stderr
    assert "UITKOMST" in result.stdout or "Niveau" in result.stdout


# --- item 10: a folder export writes only its own files ------------------------------------


def test_hsds_export_with_force_never_deletes_other_files(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    mine = folder / "notes.txt"
    mine.write_text("not steunwijzer's", "utf-8")
    first = invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(folder), "--force")
    assert first.exit_code == 0, first.stderr
    written = sorted(p.name for p in folder.iterdir())
    assert "notes.txt" in written and len(written) > 1
    again = invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(folder))
    assert again.exit_code == 1 and "--force" in again.stderr
    again = invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(folder), "--force")
    assert again.exit_code == 0 and mine.read_text("utf-8") == "not steunwijzer's"
    # "." and ".." as the target: written into, never removed
    inner = tmp_path / "work" / "inner"
    inner.mkdir(parents=True)
    monkeypatch.chdir(inner)
    for target in (".", ".."):
        result = invoke(runner, "catalog", "export", "--format", "hsds", "-o", target, "--force")
        assert result.exit_code == 0, result.stderr
    assert inner.is_dir() and mine.exists()
    assert not list(tmp_path.rglob("*.tmp"))


# --- item 11: special files are written to, never replaced -----------------------------------


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_force_writes_into_a_device_instead_of_replacing_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    before = Path("/dev/null").stat()
    result = invoke(runner, "batch", str(cases_file(tmp_path)), "-o", "/dev/null", "--force")
    assert result.exit_code == 0, result.stderr
    result = invoke(
        runner,
        "interview",
        "--answers",
        str(answers_file(tmp_path)),
        "--save",
        "/dev/null",
        "--force",
        "--json",
        *AT,
    )
    assert result.exit_code == 0, result.stderr
    after = Path("/dev/null").stat()
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)  # never chmod-ed


def test_output_into_a_fifo_is_written_through(runner: CliRunner, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[str] = []

    def drain() -> None:
        with fifo.open(encoding="utf-8") as handle:
            got.append(handle.read())

    reader = threading.Thread(target=drain)
    reader.start()
    result = invoke(runner, "batch", str(cases_file(tmp_path)), "-o", str(fifo), *AT)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert len(got[0].splitlines()) == 3


def test_directory_as_output_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    for extra in ((), ("--force",)):
        result = invoke(runner, "batch", str(cases_file(tmp_path)), "-o", str(tmp_path), *extra)
        assert result.exit_code == 1 and "is een map" in result.stderr  # Dutch by default
    assert tmp_path.is_dir()


def test_dash_output_is_standard_output(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "batch", str(cases_file(tmp_path)), "-o", "-", *AT)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    assert not (tmp_path / "-").exists()


def test_force_still_replaces_a_regular_file_owner_only(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old", "utf-8")
    out.chmod(0o644)
    result = invoke(runner, "batch", str(cases_file(tmp_path)), "-o", str(out), "--force", *AT)
    assert result.exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and "old" not in out.read_text("utf-8")


# --- item 13: temporary files never outlive a run ----------------------------------------------


def test_stale_temp_file_of_a_killed_run_is_removed(runner: CliRunner, tmp_path: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(gone.stdout)
    stale = tmp_path / f".out.jsonl.{dead_pid}.0badcafe.tmp"
    stale.write_text("student data", "utf-8")
    stale.chmod(0o600)  # as steunwijzer writes its own
    # Round 20 (a hostile round, H13): a file only named like ours, readable by others,
    # is not ours and stays.
    foreign = tmp_path / f".out.jsonl.{dead_pid}.3badcafe.tmp"
    foreign.write_text("someone else's", "utf-8")
    foreign.chmod(0o644)
    alive = tmp_path / f".out.jsonl.{os.getppid()}.1badcafe.tmp"  # a run still going
    alive.write_text("in progress", "utf-8")
    other = tmp_path / f".other.jsonl.{dead_pid}.2badcafe.tmp"
    other.write_text("not this name", "utf-8")
    result = invoke(runner, "batch", str(cases_file(tmp_path)), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0
    assert not stale.exists() and alive.exists() and other.exists()
    assert foreign.exists()


@pytest.mark.skipif(EXE is None, reason="console script not installed")
@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGINT, signal.SIGTERM])
def test_signal_during_batch_output_leaves_no_temp_file(
    tmp_path: Path, sig: signal.Signals
) -> None:
    fifo = tmp_path / "cases.fifo"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [EXE, "batch", str(fifo), "--input-format", "jsonl", "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with fifo.open("w", encoding="utf-8") as feed:
        feed.write('{"themes": ["zelfmoord"]}\n' * 100)
        feed.flush()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not list(tmp_path.glob(".out.jsonl.*.tmp")):
            time.sleep(0.01)
        assert list(tmp_path.glob(".out.jsonl.*.tmp"))
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.fifo"]
