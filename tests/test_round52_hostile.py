"""Round 52's hostile round (an outside tester who ran the tool without reading it):
a one-line JSON answers file whose "no" hid a wish to die, a named pipe read twice,
escapes in a refused batch's row ids, and a batch of unknown theme names that took
seconds per thousand rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path


def _interview(path: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steunwijzer", "interview", "--plain", "--answers", str(path),
         *more],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_a_one_line_json_answers_file_keeps_its_wish_to_die(tmp_path: Path) -> None:
    """'{"own_words": "ik wil dood", "safety_wish_dead": no}' (no quotes round "no": not
    JSON) was refused with nothing on stdout, no crisis line: the values of a one-line
    object were one sentence, and the "no" negated the wish. Fails without
    salvage._JSON_KEYED."""
    path = tmp_path / "a.json"
    path.write_text('{"own_words": "ik wil dood", "safety_wish_dead": no}\n', encoding="utf-8")
    done = _interview(path, "--lang", "en")
    assert done.returncode == 1
    assert "invalid JSON" in done.stderr and "acute signal" in done.stderr
    assert "113" in done.stdout


def test_an_answers_file_from_a_named_pipe_is_read_once(tmp_path: Path) -> None:
    """`--answers f` where f was made with mkfifo hung for ever: the file was read, then
    opened again for its comments. Fails (times out) without SessionAnswers.text."""
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)
    text = "safety_wish_dead: nee\nown_words: ik slaap slecht # en eigenlijk wil ik dood\n"

    def write() -> None:
        with fifo.open("w", encoding="utf-8") as handle:
            handle.write(text)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    done = _interview(fifo, "--lang", "en")
    writer.join(timeout=5)
    assert done.returncode == 1
    assert "comment holds words with an acute signal" in done.stderr
    assert "113" in done.stdout


def test_a_refused_batch_names_its_rows_without_their_escapes(tmp_path: Path) -> None:
    """A row id with ESC, BEL and a right-to-left override reached the terminal raw in
    the lines that name a refused run's acute rows. Fails without one_line in
    AcuteRows.named and in the shown row."""
    path = tmp_path / "c.jsonl"
    row = {"id": "c1\u202e\u0007\u001b[31m", "text": "ik wil dood"}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "batch", str(path), "-o", "r1", "-o", "r2"],
        capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path,
    )  # fmt: skip
    said = done.stderr
    assert "c1 (" in said and "113" in done.stdout
    assert not any(c in said for c in ("\x1b", "\x07", "\u202e"))


def test_the_hint_for_an_unknown_theme_is_worked_out_once(monkeypatch: object) -> None:
    """5,000 rows naming "nonsense" took 28 s: each worked out the nearest theme ids
    anew. Fails without the hints kept in Vocabulary.unknown_hint."""
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core import vocabulary as module
    from steunwijzer.core.vocabulary import Vocabulary

    catalog = load_catalog(["builtin"]).catalog
    assert catalog is not None
    calls: list[str] = []
    nearest = module.nearest_ids

    def counted(key: str, words: object) -> list[str]:
        calls.append(key)
        return nearest(key, words)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "nearest_ids", counted)  # type: ignore[attr-defined]
    vocabulary = Vocabulary(catalog.themes)
    hints = {vocabulary.unknown_hint("nonsense") for _ in range(50)}
    assert len(hints) == 1 and "nearest theme ids" in hints.pop()
    assert calls == ["nonsense"]
