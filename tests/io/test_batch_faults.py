"""Faults mid-run, with the real console script: a reader that goes away, signals."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXE = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(EXE is None, reason="console script not installed")


@pytest.fixture(scope="module")
def many_rows(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rows") / "rows.jsonl"
    rng = random.Random(1)
    themes = ["sleep", "faalangst", "rouw", "eenzaamheid", "finances"]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(300_000):
            handle.write(json.dumps({"id": str(i), "themes": rng.sample(themes, 2)}) + "\n")
    return path


def test_output_piped_into_head_ends_quietly(many_rows: Path) -> None:
    command = f"'{EXE}' batch '{many_rows}' | head -n 2"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert len(result.stdout.splitlines()) == 2
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.returncode in (0, 141)  # quiet exit, or SIGPIPE as head closed the pipe


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_leaves_no_output_file(
    many_rows: Path, tmp_path: Path, sig: signal.Signals
) -> None:
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [EXE, "batch", str(many_rows), "--output", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 20
    # wait until it is really writing (its temporary file exists)
    while time.monotonic() < deadline and not list(tmp_path.glob(".out.jsonl.*.tmp")):
        time.sleep(0.01)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


def test_disk_full_is_a_clear_error(many_rows: Path, tmp_path: Path) -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full on this system")
    result = subprocess.run(
        [EXE, "batch", str(many_rows), "--lang", "en"],
        stdout=full.open("w"),
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "error: No space left on device" in result.stderr


def test_disk_full_while_writing_an_output_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails half-way leaves no output file and no temporary file."""
    import errno
    import os

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"themes": ["sleep"]}\n' * 50, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    result = CliRunner().invoke(app, ["batch", str(cases), "--output", str(out), "--lang", "en"])
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.jsonl"]


def test_batch_reads_a_fifo_as_a_stream(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "cases.fifo"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("w", encoding="utf-8") as handle:
            for i in range(500):
                handle.write(json.dumps({"id": f"r{i}", "themes": ["sleep"]}) + "\n")

    writer = threading.Thread(target=feed)
    writer.start()
    result = subprocess.run(
        [EXE, "batch", str(fifo)], capture_output=True, text=True, timeout=60, check=False
    )
    writer.join(timeout=10)
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [f"r{i}" for i in range(500)]


@pytest.mark.parametrize(
    "args", [["catalog", "list"], ["lookup", "--theme", "rouw"], ["catalog", "export", "--help"]]
)
def test_table_output_piped_into_head_ends_quietly(args: list[str]) -> None:
    command = " ".join([f"'{EXE}'", *args, "| head -n 1"])
    result = subprocess.run(
        ["bash", "-c", command + "; echo status=${PIPESTATUS[0]}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stderr == ""
    assert result.stdout.strip().endswith("status=0")
