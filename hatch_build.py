"""Build hook: compile the built-in catalogue into the wheel (see steunwijzer/catalog/compiled.py).

Every wheel build loads and validates catalog/*.yaml with the package's own loader and
ships the result as ``steunwijzer/_builtin_catalog.json`` (and the recogniser compiled
for it as ``_builtin_index.bin``, the second net's weights as ``_builtin_weights.bin``),
so an installed copy never parses YAML for the built-in catalogue and the compiled form
cannot be older than the YAML it came from. A built-in catalogue that does not validate
fails the build.

An editable install runs the package from src/, so the file is written there (it is
git-ignored) and stamped with the package's modules as well: editing a YAML file or a
module makes it stale, and the YAML is then loaded until the next install.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The compiled catalogue, its compiled recogniser and the second net's weights, ready to
# read (catalog/compiled.py).
NAMES = ("_builtin_catalog.json", "_builtin_index.bin", "_builtin_weights.bin")


class CompiledCatalogHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "compiled-catalog"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        package = root / "src" / "steunwijzer"
        sys.path.insert(0, str(root / "src"))
        try:
            from steunwijzer.catalog.compiled import compile_builtin_files
        finally:
            sys.path.pop(0)
        if version == "editable":
            try:
                files = compile_builtin_files(root / "catalog", package)
            except Exception as exc:  # the YAML is loaded (and its errors shown) instead
                for name in NAMES:
                    (package / name).unlink(missing_ok=True)
                self.app.display_warning(f"built-in catalogue not compiled: {exc}")
                return
            for name, data in files.items():
                (package / name).write_bytes(data)
            return
        files = compile_builtin_files(root / "catalog")
        self._tmp = tempfile.TemporaryDirectory()
        for name, data in files.items():
            target = Path(self._tmp.name) / name
            target.write_bytes(data)
            build_data["force_include"][str(target)] = f"steunwijzer/{name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
