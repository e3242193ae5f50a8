"""The house rules: every module imports alone, and the layers are the ones drawn."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import steunwijzer

SRC = Path(steunwijzer.__file__).parent
LAYERS = ("cli", "export", "render", "io", "present", "catalog", "core")


def all_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages([str(SRC)], prefix="steunwijzer."))


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    """pip-tools' habit: an import cycle or a missing import shows up only alone."""
    modules = all_modules()
    assert len(modules) > 60, modules  # the walk found the packages, not just the root
    script = (
        "import importlib, subprocess, sys\n"
        "bad = []\n"
        "for name in sys.argv[1:]:\n"
        "    done = subprocess.run([sys.executable, '-c', f'import {name}'],"
        " capture_output=True, text=True)\n"
        "    if done.returncode:\n"
        "        bad.append((name, done.stderr.strip().splitlines()[-1:]))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *modules], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_module_lives_in_a_layer() -> None:
    """No flat modules beside the layers: a new module must choose its layer."""
    top = {p.stem for p in SRC.glob("*.py")}
    assert top == {"__init__", "__main__", "errors"}, top
    for layer in LAYERS:
        assert (SRC / layer / "__init__.py").read_text(encoding="utf-8").startswith('"""')
