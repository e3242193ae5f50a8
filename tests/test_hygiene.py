"""Code hygiene: the source runs no code it was not shipped with."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "steunwijzer"
FILES = sorted(SRC.rglob("*.py"))
SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}


def calls(tree: ast.AST) -> list[tuple[str, ast.Call]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else (
                    f"{ast.unparse(func.value)}.{func.attr}"
                    if isinstance(func, ast.Attribute)
                    else ""
                )
            )
            out.append((name, node))
    return out


def test_there_is_source_to_check() -> None:
    assert len(FILES) > 20


# The one exception: the recogniser compiled at build time is read back with marshal,
# from the package's own folder only (core/prebuilt.py), as Python reads its .pyc files.
MARSHAL_OWN_BUILD = {("prebuilt.py", "marshal")}


def test_no_eval_exec_pickle_or_unsafe_yaml() -> None:
    problems = []
    for path in FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                for name in names:
                    if name.split(".")[0] in ("pickle", "cPickle", "marshal", "shelve", "dill"):
                        if (path.name, name) in MARSHAL_OWN_BUILD:
                            continue
                        problems.append(f"{path.name}:{node.lineno} imports {name}")
        for name, call in calls(tree):
            where = f"{path.name}:{call.lineno}"
            if name in ("eval", "exec", "compile", "__import__", "os.system", "os.popen"):
                problems.append(f"{where} calls {name}")
            if name.endswith(("yaml.unsafe_load", "yaml.full_load", "yaml.load_all")):
                problems.append(f"{where} calls {name}")
            if name == "yaml.load":
                loader = next((k.value for k in call.keywords if k.arg == "Loader"), None)
                loader = loader or (call.args[1] if len(call.args) > 1 else None)
                loader_name = ast.unparse(loader).split(".")[-1] if loader else ""
                if loader_name not in SAFE_LOADERS:
                    problems.append(f"{where} calls yaml.load with Loader={loader_name or '?'}")
            if any(k.arg == "shell" and ast.unparse(k.value) != "False" for k in call.keywords):
                problems.append(f"{where} runs a shell")
    assert problems == []


def test_the_loader_subclasses_a_safe_loader() -> None:
    text = (SRC / "catalog" / "yamlsource.py").read_text(encoding="utf-8")
    assert "from yaml import CSafeLoader as _BaseLoader" in text
    assert "from yaml import SafeLoader as _BaseLoader" in text
    assert re.search(r"\byaml\.(Loader|FullLoader|UnsafeLoader)\b", text) is None


def test_every_noqa_in_src_is_justified() -> None:
    for path in FILES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "# noqa" in line:
                assert re.search(r"# noqa: [A-Z]+\d+(, [A-Z]+\d+)* - \S", line), (
                    f"{path.name}:{number}: a noqa needs its rule and a reason after ' - '"
                )
