"""The house rules: every module imports alone, and the layers are the ones drawn."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
from collections.abc import Callable
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


# --- the interface language is chosen in presentation only (issue 14, point 6) ---------
# The one exception: the bilingual text's own accessor, which presentation calls.
LANGUAGE_ACCESSORS = {"steunwijzer.core.model.Text.get"}


def _core_callables() -> list[tuple[str, Callable[..., object]]]:
    """Every public function and method defined in steunwijzer.core, by qualified name."""
    found: list[tuple[str, Callable[..., object]]] = []
    for name in all_modules():
        if not name.startswith("steunwijzer.core."):
            continue
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if attr.startswith("_") or getattr(value, "__module__", None) != name:
                continue
            if inspect.isfunction(value):
                found.append((f"{name}.{attr}", value))
            elif inspect.isclass(value):
                for member_name, member in vars(value).items():
                    if member_name.startswith("_"):
                        continue
                    if isinstance(member, staticmethod | classmethod):
                        member = member.__func__
                    elif isinstance(member, property) and member.fget is not None:
                        member = member.fget
                    if inspect.isfunction(member):
                        found.append((f"{name}.{attr}.{member_name}", member))
    return found


def _core_dataclasses() -> list[type]:
    classes = []
    for name in all_modules():
        if name.startswith("steunwijzer.core."):
            module = importlib.import_module(name)
            classes += [
                v
                for v in vars(module).values()
                if dataclasses.is_dataclass(v) and isinstance(v, type) and v.__module__ == name
            ]
    return classes


def _is_a_language(annotation: object) -> bool:
    return re.search(r"\bLang\b", str(annotation)) is not None


def test_the_core_takes_no_interface_language() -> None:
    """No public core function has a ``lang`` parameter, and every parameter typed
    ``Lang`` is the student's language (a ranking criterion), not the interface's."""
    callables = _core_callables()
    names = {qualified for qualified, _ in callables}
    # The walk reaches the functions and methods that once took the interface language.
    assert {
        "steunwijzer.core.triage.classify",
        "steunwijzer.core.requests.lookup",
        "steunwijzer.core.interview.run_interview",
        "steunwijzer.core.referrals.ReferralIndex.rank",
        "steunwijzer.core.model.Text.get",
    } <= names
    wrong = []
    for qualified, function in callables:
        if qualified in LANGUAGE_ACCESSORS:
            continue
        for parameter in inspect.signature(function).parameters.values():
            language = _is_a_language(parameter.annotation)
            if parameter.name == "lang" or (language and parameter.name != "student_lang"):
                wrong.append(f"{qualified}({parameter.name}: {parameter.annotation})")
    assert not wrong, wrong


def test_the_core_results_carry_no_interface_language() -> None:
    """Frozen results and data hold ids and bilingual texts; a field typed ``Lang`` can
    only be the student's language, the one the referrals were ranked for."""
    classes = _core_dataclasses()
    assert {c.__name__ for c in classes} >= {"TriageResult", "Referral", "Text", "Theme"}
    wrong = [
        f"{c.__module__}.{c.__name__}.{f.name}"
        for c in classes
        for f in dataclasses.fields(c)
        if f.name == "lang" or (_is_a_language(f.type) and f.name != "student_lang")
    ]
    assert not wrong, wrong


def test_no_module_is_over_400_lines() -> None:
    """Modules stay small (issue 14): a module past 400 lines is split by concern. The
    vocabulary modules are data and follow the same rule (lexicon_signals.py reached 409
    lines once, before it was split into it and lexicon_signals_harm.py)."""
    package = Path(__file__).resolve().parents[1] / "src" / "steunwijzer"
    sizes = {
        p.relative_to(package).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in package.rglob("*.py")
    }
    assert len(sizes) > 50, sizes
    assert not {name: n for name, n in sizes.items() if n > 400}
