"""Issue 11, items 6, 7, 14 and 15: output that cannot be shown, odd widths, CSV formula
injection and terminal control codes in every output format."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from steunwijzer.io.escape import csv_cell, json_safe

from ..conftest import MINIMAL, invoke, write

AT = ("--at", "2026-11-30T14:00")
EXE = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
needs_exe = pytest.mark.skipif(EXE is None, reason="console script not installed")
CONTROL = [
    "\x1b[31m",
    "\x1b]0;pwned\x07",
    "\x1b]8;;http://x\x1b\\",
    "\x07",
    "\x9b31m",
    "\x1bP1$q\x1b\\",
]


# --- item 6: an encoding that cannot show a character ------------------------------------


def _run(args: tuple[str, ...], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """The installed command with ``env``; a lookup at the tests' fixed moment."""
    return subprocess.run(
        [EXE, *args, *(AT if args[0] == "lookup" else ())],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


@needs_exe
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "ascii", "cp437"])
@pytest.mark.parametrize(
    "args",
    [
        ("lookup", "--theme", "rouw", "--plain"),
        ("lookup", "--theme", "zelfmoord"),
        ("tips",),
        ("catalog", "list", "--plain"),
        ("lookup", "--theme", "zelfmoord", "--json"),
    ],
)
def test_legacy_output_encoding_never_crashes(encoding: str, args: tuple[str, ...]) -> None:
    result = _run(args, {**os.environ, "PYTHONIOENCODING": encoding, "COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    assert b"internal error" not in result.stderr and b"Traceback" not in result.stderr
    assert result.stdout.strip()
    result.stdout.decode(encoding)  # what was written is valid in that encoding


@needs_exe
@pytest.mark.parametrize(
    "args",
    [
        ("lookup", "--text", "ik wil dood"),
        ("lookup", "--theme", "zelfmoord", "--plain"),
        ("tips",),
        ("catalog", "list"),
    ],
)
def test_an_ascii_locale_prints_the_crisis_lines(args: tuple[str, ...]) -> None:
    """LC_ALL=C without UTF-8 mode: Python writes ASCII with "surrogateescape", which
    raised on the first dash, after the tier and before the phone numbers (an outside
    hostile-input test, round 6). Fails with only "strict" streams given the stand-ins."""
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "COLUMNS": "80"}
    env.pop("PYTHONIOENCODING", None)
    result = _run(args, env)
    assert result.returncode == 0, result.stderr
    assert b"UnicodeEncodeError" not in result.stderr + result.stdout
    result.stdout.decode("ascii")
    if args[0] == "lookup":
        assert b"113" in result.stdout


# --- item 7: COLUMNS=0 is an unknown width ----------------------------------------------------


@pytest.mark.parametrize("columns", ["0", "-1", "abc", "²"])
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("lookup", "--theme", "zelfmoord", *AT), "113"),
        (("tips",), "student"),
        (("catalog", "list"), "113"),
    ],
)
def test_unusable_columns_value_still_prints_everything(
    monkeypatch: pytest.MonkeyPatch, columns: str, args: tuple[str, ...], expected: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    result = invoke(CliRunner(), *args)
    assert result.exit_code == 0
    assert expected in result.stdout


def test_unusable_columns_value_still_prints_a_batch_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COLUMNS", "0")
    cases = tmp_path / "c.jsonl"
    cases.write_text('{"id": "a", "themes": ["zelfmoord"]}\n', "utf-8")
    result = invoke(CliRunner(), "batch", str(cases), "--format", "table", "--lang", "en", *AT)
    assert result.exit_code == 0 and "acute" in result.stdout.lower()


# --- item 14: CSV formula injection -----------------------------------------------------------

FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "-x",
]


@pytest.mark.parametrize("cell", FORMULAS)
def test_formula_cell_is_neutralised(cell: str) -> None:
    assert csv_cell(cell).startswith("'")
    assert csv_cell(cell, raw=True)[0] != "'"


@pytest.mark.parametrize(
    "cell",
    ["-12", "+3.5", "-0,75", "+31 20 123 4567", "+31 (0)6-12345678", "plain", "0800-0113", ""],
)
def test_numbers_and_phone_numbers_are_left_as_written(cell: str) -> None:
    assert csv_cell(cell) == cell


@given(st.text(max_size=30))
def test_no_csv_cell_starts_a_formula(value: str) -> None:
    cell = csv_cell(value)
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        assert cell.lstrip("+-").replace(",", "").replace(".", "").isdigit() or cell.startswith("+")
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in cell)


@pytest.mark.parametrize("ident", FORMULAS[:5])
def test_batch_csv_neutralises_ids_and_csv_raw_keeps_them(
    runner: CliRunner, tmp_path: Path, ident: str
) -> None:
    cases = tmp_path / "c.jsonl"
    cases.write_text(json.dumps({"id": ident, "themes": ["zelfmoord"]}) + "\n", "utf-8")
    out = invoke(runner, "batch", str(cases), "--format", "csv", *AT).stdout
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["id"] == "'" + ident
    raw = invoke(runner, "batch", str(cases), "--format", "csv", "--csv-raw", *AT).stdout
    (row,) = list(csv.DictReader(io.StringIO(raw)))
    assert row["id"] == ident


def _hostile_catalogue(tmp_path: Path, name: str) -> Path:
    text = MINIMAL.replace(
        "name: {nl: Slaaptraining, en: Sleep course}",
        f"name: {{nl: {json.dumps(name)}, en: {json.dumps(name)}}}",
    )
    return write(tmp_path, "cat.yaml", text)


def test_catalog_csv_export_neutralises_formulas(runner: CliRunner, tmp_path: Path) -> None:
    path = _hostile_catalogue(tmp_path, '=HYPERLINK("http://evil")')
    for raw, expected in (((), "'=HYPERLINK"), (("--csv-raw",), "=HYPERLINK")):
        out = tmp_path / f"out{len(raw)}.csv"
        result = invoke(
            runner, "catalog", "export", "--format", "csv", "-c", str(path), "-o", str(out), *raw
        )
        assert result.exit_code == 0, result.stderr
        rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
        # The built-in 113 and 112 are added where the catalogue has none (round 17).
        (row,) = [r for r in rows if not r["id"].startswith("builtin-")]
        assert row["name"].startswith(expected)


# --- item 15: control characters in every output format --------------------------------------


@pytest.mark.parametrize("code", CONTROL)
def test_control_codes_never_reach_batch_csv_or_jsonl(
    runner: CliRunner, tmp_path: Path, code: str
) -> None:
    cases = tmp_path / "c.jsonl"
    cases.write_text(json.dumps({"id": f"a{code}b", "themes": ["zelfmoord"]}) + "\n", "utf-8")
    for fmt in ("csv", "jsonl", "table"):
        out = invoke(runner, "batch", str(cases), "--format", fmt, *AT).stdout
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out, (fmt, out)


@pytest.mark.parametrize("code", CONTROL)
@pytest.mark.parametrize("fmt", ["csv", "html", "markdown", "hsds"])
def test_control_codes_never_reach_an_export(
    runner: CliRunner, tmp_path: Path, code: str, fmt: str
) -> None:
    path = _hostile_catalogue(tmp_path, f"Slaap{code}training")
    out = tmp_path / "out"
    result = invoke(runner, "catalog", "export", "--format", fmt, "-c", str(path), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    files = list(out.rglob("*")) if out.is_dir() else [out]
    for file in files:
        if file.is_file():
            text = file.read_text("utf-8")
            assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text


@given(st.text())
def test_json_output_escapes_every_c1_control(text: str) -> None:
    dumped = json_safe(json.dumps({"x": text}, ensure_ascii=False))
    assert json.loads(dumped) == {"x": text}
    assert not any(0x7F <= ord(c) <= 0x9F for c in dumped)


# --- item 16: a table batch streams -----------------------------------------------------------


def test_table_batch_prints_in_chunks_not_all_at_the_end(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import steunwijzer.render.batch as render_batch

    sizes: list[int] = []
    real = render_batch.batch_table

    def spy(console, catalog, outcomes, lang, show_header=True):  # type: ignore[no-untyped-def]
        sizes.append(len(outcomes))
        real(console, catalog, outcomes, lang, show_header)

    monkeypatch.setattr(render_batch, "TABLE_CHUNK", 10)
    monkeypatch.setattr(render_batch, "batch_table", spy)
    cases = tmp_path / "c.jsonl"
    cases.write_text(
        "".join(f'{{"id": "r{i}", "themes": ["slaap"]}}\n' for i in range(35)), "utf-8"
    )
    result = invoke(runner, "batch", str(cases), "--format", "table", *AT)
    assert result.exit_code == 0
    assert sizes == [10, 10, 10, 5]
    assert all(f"r{i}" in result.stdout for i in range(35))
    assert result.stdout.count(" id ") <= 1  # one header, the chunks read as one table


# --- item 17: misleading acceptance ------------------------------------------------------------


@pytest.mark.parametrize("value", [":", "::", " : "])
def test_catalog_env_naming_no_path_is_an_error(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("STEUNWIJZER_CATALOG", value)
    result = invoke(runner, "catalog", "validate", "--lang", "en")
    assert result.exit_code == 1 and "no catalogue given" in result.stdout
    looked = invoke(runner, "lookup", "--theme", "zelfmoord", "--json", *AT)
    assert looked.exit_code == 1  # safety mode, with the crisis lines
    assert json.loads(looked.stdout)["referrals"][0]["role"] == "crisis"


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ('{mon: "09:00-12:00", mon-fri: closed}', "both give hours for mon"),
        ('{weekdays: "09:00-17:00", wed: "10:00-11:00"}', "both give hours for wed"),
        ('{daily: closed, sun: "10:00-12:00"}', "both give hours for sun"),
        ("{}", "is empty"),
    ],
)
def test_contradictory_or_empty_hours_are_errors(
    runner: CliRunner, tmp_path: Path, hours: str, message: str
) -> None:
    path = write(tmp_path, "cat.yaml", MINIMAL + f"    hours: {hours}\n")
    result = invoke(runner, "catalog", "validate", str(path))
    assert result.exit_code == 1 and message in result.stdout


def test_binary_value_is_called_binary_not_text(runner: CliRunner, tmp_path: Path) -> None:
    text = MINIMAL + "    organization: !!binary aGFsbG8=\n"
    path = write(tmp_path, "cat.yaml", text)
    result = invoke(runner, "catalog", "validate", str(path), "--lang", "en")
    assert result.exit_code == 1
    assert "got binary data" in result.stdout and "got text" not in result.stdout


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_catalogue_is_not_called_binary(
    runner: CliRunner, tmp_path: Path, codec: str
) -> None:
    path = tmp_path / "cat.yaml"
    body = MINIMAL.encode(codec)
    # with a byte order mark it is read; without one it is named
    result_expected = "UTF-16" if codec != "utf-16" else ""
    path.write_bytes(body)
    result = invoke(runner, "catalog", "validate", str(path))
    assert "binary" not in result.stdout
    if result_expected:
        assert result.exit_code == 1 and result_expected in result.stdout
    else:
        assert result.exit_code == 0, result.stdout


def test_a_closed_stream_loses_no_batch_row(tmp_path: Path) -> None:
    """`batch rows.jsonl 2>&-` printed no row at all: the summary line to the closed
    stderr failed, and `batch - <&-` ended in an internal error (an outside
    hostile-input test). A closed stderr is the null device; a closed stdin is an input
    that cannot be read (exit 1), not an empty one (round 43)."""
    import shlex

    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id":"a","text":"ik wil dood"}\n', encoding="utf-8")
    python = shlex.quote(sys.executable)
    for redirect, stdin in ((f"{shlex.quote(str(rows))} 2>&-", ""), ("- <&-", "")):
        done = subprocess.run(
            ["bash", "-c", f"{python} -m steunwijzer batch {redirect}"],
            capture_output=True, text=True, timeout=60, input=stdin,
        )  # fmt: skip
        assert "internal error" not in done.stdout + done.stderr
        assert "interne fout" not in done.stdout + done.stderr
        if "2>&-" in redirect:
            assert done.returncode == 0, (redirect, done.stdout, done.stderr)
            assert '"tier":"acute"' in done.stdout
        else:  # a closed input cannot be read: no "no rows" with exit 0 (round 43, F6)
            assert done.returncode == 1, (redirect, done.stdout, done.stderr)
            assert "standaardinvoer is gesloten" in done.stderr


@needs_exe
def test_batch_reads_a_pipe_without_a_dash() -> None:
    """`... | steunwijzer batch` was refused ("give an INPUT file, a pipe or -"), though
    the help says a pipe will do (an outside hostile-input test, round 6). A terminal
    or /dev/null as standard input still asks for INPUT."""
    piped = subprocess.run(
        [EXE, "batch", "--format", "csv", *AT],
        input=b'{"text": "ik wil dood"}\n',
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert piped.returncode == 0, piped.stderr
    assert b",acute," in piped.stdout and b"113-zelfmoordpreventie" in piped.stdout
    with Path(os.devnull).open("rb") as nothing:
        empty = subprocess.run(
            [EXE, "batch", *AT], stdin=nothing, capture_output=True, timeout=60, check=False
        )
    assert empty.returncode == 2 and b"INPUT" in empty.stderr
