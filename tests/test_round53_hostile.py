"""Round 53's hostile findings left open by round 52: a re-export over an earlier HSDS
folder kept the services of offerings that were gone, and `catalog init --empty --force`
over a full catalogue kept its offering files, so the "empty" catalogue was full."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from steunwijzer.export.hsds import stable_id

from .conftest import invoke, invoke_en


def _earlier_service(folder: Path, offering: str) -> Path:
    """A service file as an earlier export wrote it for an offering since removed."""
    path = folder / "services" / f"{offering}.json"
    path.write_text(json.dumps({"id": stable_id("service", offering), "name": "Old"}))
    return path


def test_a_forced_re_export_removes_the_services_of_offerings_that_are_gone(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Fails without earlier_services: the old service stayed beside the new ones, so a
    consumer of the folder still listed an offering the catalogue no longer has."""
    out = tmp_path / "hsds"
    assert invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out)).exit_code == 0
    old = _earlier_service(out, "opgeheven-spreekuur")
    foreign = out / "services" / "notes.json"
    foreign.write_text('{"id": "mine", "name": "kept"}')
    # Without --force the earlier export's file stops the export, as a clash does.
    refused = invoke_en(runner, "catalog", "export", "--format", "hsds", "-o", str(out))
    assert refused.exit_code == 1
    assert "opgeheven-spreekuur.json: left by an earlier export" in refused.stderr
    assert old.exists()
    done = invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out), "--force")
    assert done.exit_code == 0, done.stderr
    assert not old.exists()
    # A file the export did not write (its id is not the stable id of its name) stays.
    assert foreign.read_text() == '{"id": "mine", "name": "kept"}'
    assert (out / "services" / "113-zelfmoordpreventie.json").exists()


def test_a_service_file_renamed_by_hand_is_not_taken_for_an_earlier_export(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Ownership is the stable id of the file's own name: a copy of a service under
    another name is not ours to remove (a guard: passes before and after the fix)."""
    out = tmp_path / "hsds"
    assert invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out)).exit_code == 0
    copy = out / "services" / "kopie.json"
    copy.write_text((out / "services" / "nibud.json").read_text())
    done = invoke(runner, "catalog", "export", "--format", "hsds", "-o", str(out), "--force")
    assert done.exit_code == 0 and copy.exists()


def test_init_empty_over_a_full_catalogue_is_refused_not_half_done(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`catalog init DIR --empty --force` over `catalog init DIR` wrote the empty files
    beside the full ones, so DIR still loaded every offering. Fails without the check
    in init_catalog."""
    folder = tmp_path / "cat"
    assert invoke(runner, "catalog", "init", str(folder)).exit_code == 0
    before = {p.name: p.read_text() for p in folder.iterdir()}
    done = invoke(runner, "catalog", "init", str(folder), "--empty", "--force")
    assert done.exit_code == 1
    assert "offerings-national.yaml" in done.stderr
    assert "samen met de nieuwe catalogus geladen" in done.stderr
    assert {p.name: p.read_text() for p in folder.iterdir()} == before


def test_init_force_over_its_own_files_still_replaces_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A guard: --force over the same kind of catalogue replaces its files as before."""
    folder = tmp_path / "cat"
    assert invoke(runner, "catalog", "init", str(folder), "--empty").exit_code == 0
    (folder / "themes.yaml").write_text("broken: [")
    done = invoke(runner, "catalog", "init", str(folder), "--empty", "--force")
    assert done.exit_code == 0, done.stderr
    assert "broken" not in (folder / "themes.yaml").read_text()
