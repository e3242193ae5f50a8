"""The wheel built from the repository carries the built-in catalogue, and a plain
(non-editable) install finds it from any working directory."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_catalogue_and_works_when_installed(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("steunwijzer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("steunwijzer/data/catalog/")}
    assert {p.name for p in (ROOT / "catalog").glob("*.yaml")} <= shipped
    # The second net's weights (core/resemblance.py): without them free text is read by
    # the patterns alone, silently, so their presence is checked here.
    assert "steunwijzer/core/resemblance.json" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Dependencies come from the test environment; PYTHONPATH does not process the editable
    # install's .pth file, so `steunwijzer` itself can only come from the wheel.
    deps = next(p for p in sys.path if p.endswith("site-packages"))
    env = {**os.environ, "PYTHONPATH": deps}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "steunwijzer"), "catalog", "validate"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    location = subprocess.run(
        [
            str(python),
            "-c",
            "import steunwijzer.catalog.resources as r; print(r.builtin_catalog_dir())",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "site-packages" in location


@pytest.mark.slow
def test_fresh_clone_wheel_answers_a_lookup_without_yaml(tmp_path: Path) -> None:
    """`pip install .` on a fresh clone: the wheel carries the compiled catalogue, and a
    lookup on the built-in catalogue runs without PyYAML being imported."""
    clone = tmp_path / "clone"
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, tracked):  # the tracked files as they are now: a clean checkout
        source = ROOT / name.decode()
        if source.is_file():
            (clone / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            (clone / name.decode()).write_bytes(source.read_bytes())
    assert not (clone / "src" / "steunwijzer" / "_builtin_catalog.json").exists()
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(clone),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("steunwijzer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "steunwijzer/_builtin_catalog.json" in names
    assert {
        "steunwijzer/schemas/batch-row-compact.schema.json",
        "steunwijzer/schemas/batch-row-full.schema.json",
    } <= set(names)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    deps = next(p for p in sys.path if p.endswith("site-packages"))
    probe = (
        "import io, sys, contextlib; from steunwijzer.__main__ import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = main(['lookup', '--theme', 'sleep', '--json'])\n"
        "import json; data = json.loads(out.getvalue())\n"
        "print(code, data['tier'], 'yaml' in sys.modules, 'rich' in sys.modules)\n"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(python), "-c", probe],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": deps},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "specific", "False", "False"]
