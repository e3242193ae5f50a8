"""steunwijzer report: a cohort with known counts, suppression, privacy, inputs of all kinds."""

from __future__ import annotations

import csv
import io
import json
import stat
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.io.report import suppress

from ..conftest import invoke, invoke_en, need_chromium
from ..contracts import REPORT_CELL_KEYS, REPORT_KEYS, REPORT_PART_KEYS, SESSION_RECORD_KEYS

PRIVATE_ID = "stud-7f3a-geheim"
PRIVATE_TEXT = "mijn oma Truus is vorige week overleden"
PRIVATE_NOTE = "Jansen, Pieter"


def compact_row(
    i: int,
    faculty: str | None,
    tier: str | None,
    themes: list[str],
    urgency: str,
    emphasis: str,
    serves: list[str],
    recognised: bool | None = None,
) -> dict[str, Any]:
    """A batch result row as `batch --detail compact` writes it (keys may be missing)."""
    row: dict[str, Any] = {
        "id": f"{PRIVATE_ID}-{i}",
        "tier": tier,
        "urgency": urgency,
        "themes": themes,
        "reasons": [{"rule": "batch.text", "answer": PRIVATE_TEXT, "themes": themes}],
        "screened": False,
        "support_emphasis": emphasis,
        "tips": [{"id": "listen_first", "style": "emotional"}],
        "referrals": [
            {"id": "ref-a", "name": "Hulp", "crisis": False, "serves": serves},
        ],
        "error": None,
        "note": PRIVATE_NOTE,
    }
    if recognised is not None:
        row["recognised"] = recognised
    if faculty is not None:
        row["faculty"] = faculty
    return row


# (faculty, count, tier, themes, urgency, emphasis, themes served by the referral)
COHORT: list[tuple[str, int, str | None, list[str], str, str, list[str]]] = [
    (
        "FEB",
        10,
        "prevention",
        ["social_connection"],
        "routine",
        "informational",
        ["social_connection"],
    ),
    ("FEB", 8, "specific", ["sleep", "stress"], "routine", "informational", ["stress"]),
    ("FEB", 2, "acute", ["suicidal_thoughts"], "immediate", "emotional", ["suicidal_thoughts"]),
    ("FSW", 6, None, [], "routine", "informational", []),
    ("FSW", 7, "specific", ["performance_anxiety"], "soon", "both", ["performance_anxiety"]),
    ("FdR", 3, "acute", ["grief"], "soon", "emotional", []),
]


def cohort_rows() -> list[dict[str, Any]]:
    rows, i = [], 0
    for faculty, count, tier, themes, urgency, emphasis, serves in COHORT:
        for _ in range(count):
            i += 1
            rows.append(
                compact_row(i, faculty, tier, themes, urgency, emphasis, serves, bool(themes))
            )
    return rows


def expected(rows: list[dict[str, Any]], group: str | None = None) -> dict[str, Counter[str]]:
    """The true counts, computed independently of the report's code."""
    found: dict[str, Counter[str]] = {
        k: Counter() for k in ("tiers", "urgency", "emphasis", "recognised", "themes", "gaps")
    }
    for row in rows:
        if group is not None and row.get("faculty") != group:
            continue
        found["tiers"][row["tier"] or "none"] += 1
        found["urgency"][row["urgency"]] += 1
        found["emphasis"][row["support_emphasis"]] += 1
        found["recognised"]["yes" if row["themes"] else "no"] += 1
        served = {t for r in row["referrals"] for t in r["serves"]}
        for theme in row["themes"]:
            found["themes"][theme] += 1
            if theme not in served:
                found["gaps"][theme] += 1
    return found


def write_jsonl(path: Path, rows: list[dict[str, Any]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + extra, encoding="utf-8")
    return path


def report_json(runner: CliRunner, *args: str) -> dict[str, Any]:
    result = invoke(runner, "report", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def section_rows(part: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in part[name]["rows"]}


def check_part(part: dict[str, Any], truth: dict[str, Counter[str]], min_cell: int) -> None:
    """Every shown number is the true one; every small number is hidden."""
    total = sum(truth["tiers"].values())
    assert part["rows"]["count"] in (total, None)
    if total and total < min_cell:
        assert part["rows"] == {"count": None, "share": None, "suppressed": "small"}
    for name in ("tiers", "urgency", "emphasis", "recognised", "themes"):
        for key, row in section_rows(part, name).items():
            true = truth[name][key]
            if 0 < true < min_cell:
                assert row["count"] is None and row["suppressed"] == "small", (name, key)
            if row["count"] is None:
                assert row["share"] is None and row["suppressed"] in ("small", "hidden")
                continue
            assert row["count"] == true, (name, key)
            if row["share"] is not None:
                assert part["rows"]["count"] is not None
                assert row["share"] == round(true / total, 4), (name, key)
        assert {k for k, v in truth[name].items() if v} <= set(section_rows(part, name))
    for key, row in section_rows(part, "gaps").items():
        if row["count"] is not None:
            assert row["count"] == truth["gaps"][key], key


def no_sum_has_one_hidden(data: dict[str, Any]) -> None:
    """No suppressed count can be worked out from a total and the shown counts."""
    parts = [data["everyone"], *(data["by"]["groups"] if data["by"] else [])]
    for part in parts:
        for name in ("tiers", "urgency", "emphasis", "recognised"):
            members = [part["rows"], *part[name]["rows"]]
            assert sum(m["count"] is None for m in members) != 1, (part["key"], name)
    if data["by"]:
        for name in ("tiers", "urgency", "emphasis", "recognised", "themes"):
            for key, row in section_rows(data["everyone"], name).items():
                column = [section_rows(g, name).get(key) for g in data["by"]["groups"]]
                members = [row, *(c for c in column if c is not None)]
                assert sum(m["count"] is None for m in members) != 1, (name, key)


def test_cohort_counts_shares_and_suppression(runner: CliRunner, tmp_path: Path) -> None:
    rows = cohort_rows()
    path = write_jsonl(tmp_path / "results.jsonl", rows)
    data = report_json(runner, str(path), "--by", "faculty")
    assert data["report"] == "steunwijzer" and data["schema"] == 1 and data["min_cell"] == 5
    everyone = data["everyone"]
    assert everyone["rows"]["count"] == 36
    check_part(everyone, expected(rows), 5)
    tiers = section_rows(everyone, "tiers")
    assert tiers["prevention"]["count"] == 10 and tiers["prevention"]["share"] == 0.2778
    assert tiers["acute"]["count"] in (5, None)  # 2 + 3: shown unless needed to hide another
    themes = section_rows(everyone, "themes")
    assert themes["sleep"]["tier"] == "specific" and themes["grief"]["tier"] == "acute"
    assert themes["social_connection"]["count"] == 10
    gaps = section_rows(everyone, "gaps")
    assert set(gaps) == {"sleep", "grief"}  # the referral served stress, not sleep
    assert gaps["sleep"]["count"] == 8 and gaps["sleep"]["of"]["count"] == 8
    assert gaps["sleep"]["share"] == 1.0
    assert gaps["grief"]["count"] is None and gaps["grief"]["suppressed"] == "small"
    groups = {g["key"]: g for g in data["by"]["groups"]}
    assert list(groups) == ["FEB", "FSW", "FdR"]
    for name, group in groups.items():
        check_part(group, expected(rows, name), 5)
    assert groups["FdR"]["rows"] == {"count": None, "share": None, "suppressed": "small"}
    feb = section_rows(groups["FEB"], "tiers")
    assert feb["acute"]["suppressed"] == "small"
    # FEB's acute (2) is small; so is its "no tier" (0) since round 64, a zero beside a
    # hidden cell (else 20 - 10 - 8 - 0 = 2), and then its specific (8) may show: acute
    # and "no tier" add up to 2, each 0, 1 or 2. (Its prevention, 10, is hidden since
    # round 11: FdR, a group of fewer than five, shows no count at all, and FEB's would
    # give FdR's away.)
    assert feb["none"]["suppressed"] == "small" and feb["prevention"]["count"] is None
    fdr = groups["FdR"]
    for name in ("tiers", "urgency", "emphasis", "recognised", "themes"):
        assert all(r["count"] in (None, 0) for r in section_rows(fdr, name).values()), name
    # (FSW's 6 unrecognised rows are hidden since round 11, with FdR's: check_part above
    # has already checked every count that is shown against the true one.)
    assert section_rows(groups["FSW"], "recognised")["no"]["suppressed"] == "hidden"
    no_sum_has_one_hidden(data)
    keys = [f["key"] for f in data["footnotes"]]
    assert "suppressed" in keys and "secondary" in keys and "no_sessions" in keys


@pytest.mark.parametrize("min_cell", [1, 3, 9, 40])
def test_min_cell_moves_the_threshold(runner: CliRunner, tmp_path: Path, min_cell: int) -> None:
    rows = cohort_rows()
    path = write_jsonl(tmp_path / "results.jsonl", rows)
    data = report_json(runner, str(path), "--by", "faculty", "--min-cell", str(min_cell))
    assert data["min_cell"] == min_cell
    check_part(data["everyone"], expected(rows), min_cell)
    for group in data["by"]["groups"]:
        check_part(group, expected(rows, group["key"]), min_cell)
    no_sum_has_one_hidden(data)
    if min_cell == 1:
        assert "secondary" not in [f["key"] for f in data["footnotes"]]


def test_suppression_heuristic() -> None:
    values = {("*", "t", "total"): 48, ("*", "t", "a"): 3, ("*", "t", "b"): 5, ("*", "t", "c"): 40}
    relation = (("*", "t", "total"), [("*", "t", k) for k in "abc"])
    hidden = suppress(values, [relation], 5)  # type: ignore[list-item]
    assert hidden == {("*", "t", "a"): "small", ("*", "t", "b"): "hidden"}
    # Only zeros beside the small cell: the total itself would give it away.
    values = {("*", "t", "total"): 3, ("*", "t", "a"): 3, ("*", "t", "b"): 0}
    relation = (("*", "t", "total"), [("*", "t", "a"), ("*", "t", "b")])
    hidden = suppress(values, [relation], 5)  # type: ignore[list-item]
    assert hidden[("*", "t", "total")] == "small" and hidden[("*", "t", "a")] == "small"


def test_no_id_free_text_or_answer_in_any_format(runner: CliRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "results.jsonl", cohort_rows())
    sessions = make_sessions(runner, tmp_path)
    for fmt in ("json", "table", "html"):
        for by in ([], ["--by", "faculty"]):
            result = invoke(runner, "report", str(path), str(sessions), "--format", fmt, *by)
            assert result.exit_code == 0, result.output
            for secret in (PRIVATE_ID, PRIVATE_TEXT, "Truus", PRIVATE_NOTE, "Pieter", "ref-a"):
                assert secret not in result.stdout, (fmt, secret)
                assert secret not in result.stderr, (fmt, secret)


def test_by_refuses_ids_free_text_and_many_values(runner: CliRunner, tmp_path: Path) -> None:
    rows = cohort_rows()
    path = write_jsonl(tmp_path / "results.jsonl", rows)
    for field in ("id", "note", "text", "answers", "student_id", "reasons"):
        result = invoke_en(runner, "report", str(path), "--by", field)
        assert result.exit_code == 2, field
        assert "identifies a student or holds free text" in result.stderr
    many = [{**r, "faculty": f"F{i}"} for i, r in enumerate(rows * 2)]
    result = invoke_en(
        runner, "report", str(write_jsonl(tmp_path / "many.jsonl", many)), "--by", "faculty"
    )
    assert result.exit_code == 2 and "more than 50 different values" in result.stderr
    assert result.stdout == ""
    wordy = [{**r, "faculty": "x " * 40} for r in rows]
    result = invoke_en(
        runner, "report", str(write_jsonl(tmp_path / "w.jsonl", wordy)), "--by", "faculty"
    )
    assert result.exit_code == 2 and "free text" in result.stderr
    result = invoke_en(runner, "report", str(path), "--by", "month")
    assert result.exit_code == 2 and "batch --keep month" in result.stderr


def test_bad_lines_are_counted_with_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    rows = cohort_rows()
    path = write_jsonl(
        tmp_path / "results.jsonl",
        rows,
        extra='{"id": "x", "tier": "urgent"}\nnot json at all\n\n{"neither": 1}\n[1, 2]\n',
    )
    result = invoke_en(runner, "report", str(path), "--format", "json")
    assert result.exit_code == 1
    n = len(rows)
    for line in (n + 1, n + 2, n + 4, n + 5):
        assert f"{path}:{line}: error:" in result.stderr
    data = json.loads(result.stdout)
    assert data["inputs"]["bad_lines"] == 4
    assert data["everyone"]["rows"]["count"] == n
    assert "bad_lines" in [f["key"] for f in data["footnotes"]]
    result = invoke_en(runner, "report", str(tmp_path / "missing.jsonl"), "--format", "json")
    assert result.exit_code == 1 and "missing.jsonl: error: no such file" in result.stderr


def full_row(themes: list[str], tier: str, faculty: str) -> dict[str, Any]:
    """A row as `batch` (full detail, before `recognised`) writes it: referral themes."""
    return {
        "id": PRIVATE_ID,
        "tier": tier,
        "urgency": "routine",
        "themes": themes,
        "reasons": [],
        "screened": False,
        "support_emphasis": "informational",
        "tips": [],
        "referrals": [{"id": "r", "themes": ["sleep"], "tiers": ["specific"]}],
        "override": None,
        "catalog": {"name": "x", "version": "1"},
        "lang": "nl",
        "faculty": faculty,
    }


def test_full_rows_csv_and_error_rows(runner: CliRunner, tmp_path: Path) -> None:
    full = [full_row(["sleep"], "specific", "A")] * 6 + [
        full_row(["finances"], "specific", "A")
    ] * 5
    full += [{"id": "9", "line": 12, "error": "unknown theme 'x'", "faculty": "A"}]
    path = write_jsonl(tmp_path / "full.jsonl", full)
    data = report_json(runner, str(path))
    assert data["everyone"]["rows"]["count"] == 11 and data["inputs"]["batch_errors"] == 1
    gaps = section_rows(data["everyone"], "gaps")
    assert list(gaps) == ["finances"] and gaps["finances"]["count"] == 5
    keys = [f["key"] for f in data["footnotes"]]
    assert "no_recognised" in keys and "batch_errors" in keys
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "id",
            "tier",
            "urgency",
            "themes",
            "screened",
            "referral_ids",
            "referral_names",
            "error",
            "recognised",
            "faculty",
        ]
    )
    for _ in range(7):
        writer.writerow(
            [PRIVATE_ID, "specific", "routine", "sleep;stress", "false", "r", "R", "", "true", "B"]
        )
    for i in range(5):
        writer.writerow([str(i), "", "", "", "", "", "", "line 3: bad", "", "B"])
    writer.writerow([PRIVATE_ID, "", "routine", "", "false", "", "", "", "false", "B"])
    csv_path = tmp_path / "results.csv"
    csv_path.write_text(buffer.getvalue() + '1,"unclosed\n', encoding="utf-8")
    data = report_json(runner, str(csv_path), "--by", "faculty", "--min-cell", "1")
    everyone = data["everyone"]
    assert everyone["rows"]["count"] == 8 and data["inputs"]["batch_errors"] == 5
    assert section_rows(everyone, "tiers")["none"]["count"] == 1
    assert section_rows(everyone, "recognised")["no"]["count"] == 1
    assert section_rows(everyone, "emphasis")["none"]["count"] == 8
    assert section_rows(everyone, "themes")["stress"]["count"] == 7
    keys = [f["key"] for f in data["footnotes"]]
    assert "no_emphasis" in keys and "no_referral_themes" in keys and "bad_lines" in keys
    for note in data["footnotes"]:  # a count of rows here could undo a suppressed cell
        if note["key"] in ("no_emphasis", "no_referral_themes", "no_recognised"):
            assert not any(ch.isdigit() for ch in note["text"]), note


CONNECTED = """\
safety_wish_dead: no
safety_thoughts: no
safety_behaviour: no
area_study: no
connection_safe: {safe}
connection_contact: {contact}
connection_places: {places}
connection_friends: {friends}
own_words: {text}
"""


def make_sessions(runner: CliRunner, tmp_path: Path) -> Path:
    """Seven session records: 5 feel safe, 2 partly; 6 have friends; one has no date."""
    folder = tmp_path / "sessions"
    folder.mkdir(exist_ok=True)
    for i in range(7):
        answers = tmp_path / f"answers{i}.yaml"
        answers.write_text(
            CONNECTED.format(
                safe="yes" if i < 5 else "partly",
                contact="no" if i < 3 else "yes",
                places="yes",
                friends="no" if i == 0 else "yes",
                text=PRIVATE_TEXT,
            ),
            encoding="utf-8",
        )
        month = "01" if i < 5 else "02"
        result = invoke(
            runner,
            "interview",
            "--answers",
            str(answers),
            "--save",
            str(folder / f"s{i}.json"),
            "--at",
            f"2026-{month}-1{i}T10:00",
            "--json",
        )
        assert result.exit_code == 0, result.output
    record = json.loads((folder / "s6.json").read_text())
    assert record["date"] == "2026-02-16"
    del record["date"]  # as saved by an older version
    (folder / "s6.json").write_text(json.dumps(record, indent=2))
    (folder / "notes.txt").write_text("not read")
    return folder


def test_session_records_give_connectedness(runner: CliRunner, tmp_path: Path) -> None:
    folder = make_sessions(runner, tmp_path)
    data = report_json(runner, str(folder))
    everyone = data["everyone"]
    assert everyone["sessions"]["count"] == 7 and everyone["rows"]["count"] == 7
    safe = section_rows(everyone["connection"], "connection_safe")
    # (the 0 beside a hidden cell is "< 5" too since round 64: it told the hidden count)
    assert safe["partly"]["suppressed"] == "small" and safe["no"]["suppressed"] == "small"
    # 'yes' (5) gave 'partly' (2) away as 7 - 5 - 0 - 0 and was hidden too; since round
    # 64 the zeros beside it are "< 5", so 7 - 5 = 2 is shared by three hidden cells.
    assert safe["yes"]["count"] == 5 and safe["none"]["suppressed"] == "small"
    shown = report_json(runner, str(folder), "--min-cell", "2")
    safe = section_rows(shown["everyone"]["connection"], "connection_safe")
    assert safe["yes"]["count"] == 5 and safe["yes"]["share"] == round(5 / 7, 4)
    assert safe["partly"]["count"] == 2 and safe["none"]["count"] == 0
    contact = section_rows(everyone["connection"], "connection_contact")
    assert contact["yes"]["suppressed"] == "small" and contact["no"]["suppressed"] == "small"
    friends = section_rows(everyone["connection"], "connection_friends")
    # (7 - 6 = 1 is "no" or "not answered" since round 64: both are "< 5")
    assert friends["yes"]["count"] == 6 and friends["no"]["suppressed"] == "small"
    places = section_rows(everyone["connection"], "connection_places")
    assert places["yes"]["count"] == 7 and places["yes"]["share"] == 1.0
    keys = [f["key"] for f in data["footnotes"]]
    assert "skipped_files" in keys and "no_sessions" not in keys
    by_month = report_json(runner, str(folder), "--by", "month", "--min-cell", "1")
    months = {g["key"]: g["rows"]["count"] for g in by_month["by"]["groups"]}
    assert months == {"2026-01": 5, "2026-02": 1, "": 1}
    assert "no_date" in [f["key"] for f in by_month["footnotes"]]


def test_output_file_is_private_and_not_overwritten(runner: CliRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "results.jsonl", cohort_rows())
    for fmt in ("json", "html", "table"):
        out = tmp_path / f"report.{fmt}"
        result = invoke_en(runner, "report", str(path), "--format", fmt, "--output", str(out))
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        again = invoke_en(runner, "report", str(path), "--format", fmt, "--output", str(out))
        assert again.exit_code == 1 and "already exists" in again.stderr


def test_terminal_picture_fits_80_columns_without_colour(runner: CliRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "results.jsonl", cohort_rows())
    sessions = make_sessions(runner, tmp_path)
    for lang, title in (("nl", "Niveau van de hulpvraag"), ("en", "Tier of the request")):
        result = invoke(
            runner, "report", str(path), str(sessions), "--by", "faculty", "--plain", "--lang", lang
        )
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= 80
        assert title in result.stdout and "\x1b[" not in result.stdout
        assert "#" in result.stdout and "█" not in result.stdout and "< 5" in result.stdout
    cohort_only = invoke(runner, "report", str(path), "--plain").stdout.splitlines()
    prevention = next(line for line in cohort_only if "Preventie" in line and "#" in line)
    assert prevention.rstrip().endswith(" 10   28%")  # 10 of 36
    acute = next(line for line in cohort_only if line.strip().startswith("Acuut"))
    assert acute.split()[0] == "Acuut" and acute.split()[2:] == ["5", "14%"]
    assert acute.split()[1] == "#" * round(28 * 5 / 15)  # bars scale to the biggest (15)


def test_html_page_is_self_contained_and_accessible(runner: CliRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "results.jsonl", cohort_rows())
    page = invoke(
        runner, "report", str(path), "--by", "faculty", "--format", "html", "--lang", "en"
    ).stdout
    assert page.startswith("<!doctype html>") and '<html lang="en">' in page
    for forbidden in ("<script", "<link", "src=", "@import", "url(", "http"):
        assert forbidden not in page
    assert page.count("<svg") == page.count("<table") - 4  # 4 cross tables have no chart
    assert page.count('role="img"') == page.count("<svg") and "<desc" in page
    assert "@media print" in page and "&lt; 5" in page


def test_batch_keep_copies_columns_and_does_not_read_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text(
        'id,themes,faculty,month\n1,slaap,FEB,2026-01\n2,rouw,FSW,\n3,"x\n', encoding="utf-8"
    )
    result = invoke_en(runner, "batch", str(cases), "--keep", "faculty,month", "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][-2:] == ["faculty", "month"]
    assert rows[1][1] == "specific" and rows[1][-2:] == ["FEB", "2026-01"]
    assert rows[2][-2:] == ["FSW", ""] and all(len(r) == len(rows[0]) for r in rows)
    jsonl = tmp_path / "cases.jsonl"
    jsonl.write_text(
        '{"id": "a", "themes": ["slaap"], "faculty": "FEB", "year": 2}\n'
        '{"id": "b", "themes": 3, "faculty": "FSW"}\n',
        encoding="utf-8",
    )
    result = invoke_en(runner, "batch", str(jsonl), "--keep", "faculty", "--keep", "year")
    first, second = (json.loads(x) for x in result.stdout.splitlines())
    assert first["faculty"] == "FEB" and first["year"] == 2 and first["tier"] == "specific"
    assert second["faculty"] == "FSW" and "error" in second
    without = invoke_en(runner, "batch", str(cases), "--format", "csv")
    # Since issue 11 the header is checked first: the column is named there, with --keep.
    assert "unknown column 'faculty'" in without.stderr and "--keep" in without.stderr
    assert without.exit_code == 1
    for name in ("tier", "id", "text", "answers,faculty"):
        refused = invoke_en(runner, "batch", str(jsonl), "--keep", name)
        assert refused.exit_code == 2 and "cannot be copied" in refused.stderr


def test_json_shape_is_the_documented_contract(runner: CliRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "results.jsonl", cohort_rows())
    sessions = make_sessions(runner, tmp_path)
    record = json.loads((sessions / "s0.json").read_text())
    assert set(record) == SESSION_RECORD_KEYS and record["date"] == "2026-01-10"
    data = report_json(runner, str(path), str(sessions), "--by", "faculty")
    assert set(data) == REPORT_KEYS
    assert set(data["inputs"]) == {"files", "bad_lines", "batch_errors"}
    for part in (data["everyone"], *data["by"]["groups"]):
        assert set(part) == REPORT_PART_KEYS
        assert set(part["rows"]) == REPORT_CELL_KEYS
        for name in ("tiers", "urgency", "recognised", "emphasis", "themes", "gaps"):
            # gaps: "told" added in round 26 (False when no row could tell)
            assert set(part[name]) == {"title", "total", "rows"} | (
                {"told"} if name == "gaps" else set()
            )
            for row in part[name]["rows"]:
                assert REPORT_CELL_KEYS | {"key", "label"} <= set(row)
        assert set(part["connection"]) == {
            "connection_safe",
            "connection_contact",
            "connection_places",
            "connection_friends",
        }


def test_html_report_renders_in_a_headless_browser(runner: CliRunner, tmp_path: Path) -> None:
    chromium = need_chromium()
    path = write_jsonl(tmp_path / "results.jsonl", cohort_rows())
    sessions = make_sessions(runner, tmp_path)
    page = tmp_path / "report.html"
    result = invoke(
        runner,
        "report",
        str(path),
        str(sessions),
        "--by",
        "faculty",
        "--format",
        "html",
        "--output",
        str(page),
    )
    assert result.exit_code == 0, result.output
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [*command, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "<svg" in dom and "Niveau van de hulpvraag" in dom and "Voelt zich veilig" in dom
    assert PRIVATE_ID not in dom and PRIVATE_TEXT not in dom
    screenshot = tmp_path / "report.png"
    subprocess.run(
        [*command, f"--screenshot={screenshot}", "--window-size=800,1200", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.stat().st_size > 20_000  # a blank page is about 6 KB


def test_hostile_files_are_counted_never_fatal(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    (folder / "sub").mkdir(parents=True)
    (folder / "deep.jsonl").write_text(
        "[" * 100_000 + "]" * 100_000 + '\n{"tier": "acute", "themes": ["grief"]}\n'
    )
    (folder / "binary.json").write_bytes(bytes(range(256)) * 20)
    (folder / "deep.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    (folder / "sub" / "odd.jsonl").write_text(
        '{"tier": ["acute"], "themes": []}\n'
        '{"tier": null, "themes": [{"a": 1}]}\n'
        '{"themes": ["sleep"], "referrals": [{"serves": [{"a": 1}]}]}\n'
        '"a string"\n'
        '{"result": {"tier": "specific", "themes": ["sleep"]}, "answers": [1]}\n'
    )
    (folder / "sub" / "broken.csv").write_text('id,tier,themes\n1,specific,sleep\n2,"acute\n')
    result = invoke_en(runner, "report", str(folder), "--format", "json", "--min-cell", "1")
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert f"{folder / 'binary.json'}: error: not a text file" in result.stderr
    assert f"{folder / 'deep.jsonl'}:1: error: invalid JSON: nested too deeply" in result.stderr
    for line in (1, 2, 3, 4):
        assert f"{folder / 'sub' / 'odd.jsonl'}:{line}: error:" in result.stderr
    data = json.loads(result.stdout)
    tiers = section_rows(data["everyone"], "tiers")
    # grief (deep.jsonl line 2), the session record, and the good CSV row
    assert tiers["acute"]["count"] == 1 and tiers["specific"]["count"] == 2


def test_unknown_themes_are_never_named(runner: CliRunner, tmp_path: Path) -> None:
    rows = [compact_row(i, "A", "specific", ["sleep"], "routine", "both", []) for i in range(6)]
    rows += [
        compact_row(
            9, "A", "specific", [PRIVATE_NOTE, "Truus heeft het zwaar"], "routine", "both", []
        )
    ]
    path = write_jsonl(tmp_path / "results.jsonl", rows)
    for fmt in ("json", "table", "html"):
        out = invoke(runner, "report", str(path), "--format", fmt, "--min-cell", "1").stdout
        assert PRIVATE_NOTE not in out and "Truus" not in out and "Pieter" not in out
    data = report_json(runner, str(path), "--min-cell", "1")
    themes = section_rows(data["everyone"], "themes")
    assert list(themes) == ["sleep", "_other"] and themes["_other"]["count"] == 1
    assert "unknown_themes" in [f["key"] for f in data["footnotes"]]


def test_report_reads_standard_input(runner: CliRunner) -> None:
    lines = "".join(json.dumps(r) + "\n" for r in cohort_rows())
    result = runner.invoke(app, ["report", "-", "--format", "json"], input=lines)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["everyone"]["rows"]["count"] == 36


def test_excel_csv_with_semicolons_bom_and_crlf(runner: CliRunner, tmp_path: Path) -> None:
    header = "id;tier;urgency;themes;screened;referral_ids;referral_names;error;recognised;faculty"
    rows = [f'{i};specific;routine;sleep;false;a;A;;true;"Economie; avond"' for i in range(5)]
    rows += [f"{i};acute;soon;grief;false;a;A;;true;Rechten" for i in range(6)]
    path = tmp_path / "results.csv"
    path.write_bytes(("\ufeff" + "\r\n".join([header, *rows]) + "\r\n").encode("utf-8"))
    data = report_json(runner, str(path), "--by", "faculty")
    groups = {g["key"]: g["rows"]["count"] for g in data["by"]["groups"]}
    assert groups == {"Economie; avond": 5, "Rechten": 6}
    assert section_rows(data["everyone"], "themes")["grief"]["count"] == 6


@pytest.mark.parametrize("out_format", ["table", "html"])
def test_a_group_name_cannot_drive_the_terminal(
    runner: CliRunner, tmp_path: Path, out_format: str
) -> None:
    """A kept faculty "ESC ]0;PWNED BEL ESC [2J FAC-A" reached the report raw: a terminal
    would retitle and clear itself (an outside hostile-input test)."""
    evil = "\x1b]0;PWNED\x07\x1b[2JFAC-A"
    rows = [
        {"id": str(i), "tier": "specific", "themes": ["performance_anxiety"],
         "faculty": evil if i % 2 else "FAC-B"}
        for i in range(24)
    ]  # fmt: skip
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = invoke(runner, "report", str(path), "--by", "faculty", "--format", out_format)
    assert result.exit_code == 0, result.output
    assert "FAC-A" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
