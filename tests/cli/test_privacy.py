"""The interview writes nothing and opens no connection unless asked.

A whole interview runs in a pseudo-terminal under a Python audit hook that records every
file opened for writing, every socket operation and every new process; HOME is an empty
directory made read-only, and where possible the process has no network at all
(``unshare -n``, a network namespace with only a loopback that is down).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

EXE = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(EXE is None, reason="console script not installed")

WRAPPER = r"""
import atexit, os, sys
events = []
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
WATCHED = ("socket.", "os.mkdir", "os.rename", "os.replace", "os.remove", "os.unlink",
           "os.link", "os.symlink", "os.chmod", "os.truncate", "subprocess.Popen",
           "os.system", "os.exec", "os.posix_spawn", "os.fork", "urllib.Request",
           "http.client.connect", "shutil.")

def hook(event, args):
    if event == "open":
        path, mode, flags = (list(args) + [None, None])[:3]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE)
        if writing and path not in ("/dev/null", "/dev/tty"):
            events.append(f"open-for-writing {path}")
    elif event.startswith(WATCHED):
        events.append(f"{event} {args!r:.120}")

sys.addaudithook(hook)
atexit.register(lambda: os.write(2, ("\nAUDIT:" + " | ".join(events) + "\n").encode()))
from steunwijzer.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _no_network_prefix() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, check=False)
    return [unshare, "-n", "--"] if probe.returncode == 0 else []


def run_interview(tmp_path: Path, *args: str) -> tuple[str, int, Path, Path]:
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    wrapper = tmp_path / "audited.py"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    home.chmod(0o500)
    env = {
        **os.environ,
        "HOME": str(home),
        "NO_COLOR": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    command = [*_no_network_prefix(), sys.executable, str(wrapper), "interview", *args]
    child = pexpect.spawn(
        command[0],
        command[1:],
        env=env,
        cwd=str(work),
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 80),
    )
    transcript = io.StringIO()
    child.logfile_read = transcript
    child.expect("Vraag 1 van ongeveer")
    for answer in ["nee", "ja"]:  # no wish to die; thoughts: yes -> crisis panel
        child.expect("> ")
        child.sendline(answer)
    child.expect("doorgaan met de intake")
    child.sendline("d")
    for _ in range(60):  # Enter skips every remaining question, then the review
        index = child.expect(
            ["doorgaan met de intake", "> ", "Enter om door te gaan", "Niveau aanpassen",
             pexpect.EOF]
        )  # fmt: skip
        if index == 4:
            break
        # An intent left unanswered ("weet niet") is read as possible: the panel comes
        # back at "immediate"; the intake goes on.
        child.sendline("d" if index == 0 else "")
    child.expect(pexpect.EOF)
    output = transcript.getvalue()
    child.close()
    home.chmod(0o700)
    return output, child.exitstatus or 0, home, work


def audit_line(output: str) -> list[str]:
    line = next(x for x in output.splitlines() if x.startswith("AUDIT:"))
    return [event for event in line[len("AUDIT:") :].split(" | ") if event.strip()]


def test_interview_writes_nothing_and_connects_nowhere(tmp_path: Path) -> None:
    output, status, home, work = run_interview(tmp_path, "--at", "2026-11-30T14:00")
    assert status == 0, output
    assert "113" in output  # the acute result with the crisis line was reached
    assert audit_line(output) == []
    assert list(home.iterdir()) == [] and list(work.iterdir()) == []


def test_save_writes_only_the_file_asked_for(tmp_path: Path) -> None:
    output, status, home, work = run_interview(tmp_path, "--save", "sessie.json")
    assert status == 0, output
    assert [p.name for p in work.iterdir()] == ["sessie.json"]
    assert oct((work / "sessie.json").stat().st_mode & 0o777) == "0o600"
    events = audit_line(output)
    # the temporary file beside it, fchmod to 0o600 (384) on its descriptor, the link
    # into place and the removal of the temporary name: nothing else
    by_descriptor = re.compile(r"^(open-for-writing \d+|os\.chmod \(\d+, 384, -1\))$")
    assert events and all("sessie.json" in e or by_descriptor.match(e) for e in events), events
    assert not any(e.startswith("socket.") for e in events)
    assert list(home.iterdir()) == []
