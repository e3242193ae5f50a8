"""`catalog init` and `catalog export --format hsds` write folders the one way
(io.files.write_folder): owner-only files, all of them or none, nothing else touched."""

from __future__ import annotations

import stat
from pathlib import Path

from typer.testing import CliRunner

from ..conftest import invoke_en


def test_init_writes_all_files_or_none(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "mine"
    (target / "themes.yaml").mkdir(parents=True)  # in the way: not a file
    result = invoke_en(runner, "catalog", "init", str(target), "--force")
    assert result.exit_code == 1
    assert "themes.yaml" in result.stderr and "Traceback" not in result.output
    assert sorted(p.name for p in target.iterdir()) == ["themes.yaml"]  # nothing half-done


def test_init_and_hsds_leave_other_files_alone(runner: CliRunner, tmp_path: Path) -> None:
    for args in (["catalog", "init"], ["catalog", "export", "--format", "hsds", "--output"]):
        target = tmp_path / args[1]
        target.mkdir()
        notes = target / "notes.txt"
        notes.write_text("mine", encoding="utf-8")
        assert invoke_en(runner, *args, str(target)).exit_code == 0
        assert invoke_en(runner, *args, str(target), "--force").exit_code == 0
        assert notes.read_text(encoding="utf-8") == "mine"
        written = [p for p in target.rglob("*") if p.is_file() and p != notes]
        assert written
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written), args
