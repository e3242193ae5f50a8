"""`steunwijzer catalog test CORPUS.jsonl`: recall, false alarms and every miss."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any, TextIO

from steunwijzer.catalog.corpus import MAX_LINE, RISK_THEMES, Report, run, theme_recall
from steunwijzer.core.model import Catalog
from steunwijzer.errors import ExitCode, UserInputError
from steunwijzer.io.corpus_json import corpus_report_dict
from steunwijzer.io.escape import plain
from steunwijzer.io.jsonout import print_json


def _thresholds(
    report: Report, catalog: Catalog, min_recall: float | None, max_false_alarms: float | None
) -> list[str]:
    failed: list[str] = []
    gate = min_recall is not None or max_false_alarms is not None
    if not report.outcomes:
        # An empty or truncated corpus passed a CI gate as "ok" (a hostile round, round
        # 11), and without a gate it still did (round 17's F20): nothing was measured.
        failed.append("the corpus holds no sentences: nothing measured")
    if gate and report.acute_lowered:
        # An institution's acute theme lowered by a layer passed its own gate (a hostile
        # round, round 17); without a gate the exit code follows issue 10's rule.
        failed.append(f"{len(report.acute_lowered)} sentence(s) expected acute came out lower")
    if min_recall is not None:
        for theme in report.recall:
            if theme in RISK_THEMES:
                continue
            rate = theme_recall(report, theme).rate
            if rate < min_recall:
                failed.append(f"recall of {theme} is {rate:.1%}, below {min_recall:.0%}")
    if max_false_alarms is not None and report.negatives:
        rate = len(report.false_alarms(catalog)) / len(report.negatives)
        if rate > max_false_alarms:
            failed.append(f"acute false alarms {rate:.1%}, above {max_false_alarms:.0%}")
    return failed


def run_test(
    *,
    corpus: str,
    catalog: Catalog,
    as_json: bool,
    min_recall: float | None,
    max_false_alarms: float | None,
) -> int:
    from steunwijzer.cli.handling import err

    try:
        with Path(corpus).open(encoding="utf-8", errors="strict") as handle:
            report = run(_bounded(handle, corpus), catalog, corpus)
    except OSError as exc:
        raise UserInputError(f"{corpus}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UserInputError(f"{corpus}: not valid UTF-8; save the file as UTF-8") from exc
    failed = _thresholds(report, catalog, min_recall, max_false_alarms)
    data = corpus_report_dict(report, catalog, failed)
    if as_json:
        print_json(data)
    else:
        _print(data)
    for d in report.invalid:
        err(plain(str(d)))
    return ExitCode.OK if data["ok"] else ExitCode.FINDINGS


_SKIP_AT_MOST = 16 * 1024 * 1024


def _bounded(handle: TextIO, corpus: str) -> Iterator[str]:
    """The corpus's lines, none held longer than the corpus allows (it says "too long"
    for such a line); a line without an end (/dev/zero) grew to gigabytes (an outsiders'
    hostile round, round 8) and now stops the reading after 16 MiB."""
    for number in count(1):
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        skipped = 0
        while len(line) > MAX_LINE and not line.endswith("\n"):
            chunk = handle.readline(65536)
            skipped += len(chunk)
            if not chunk or chunk.endswith("\n"):
                break
            if skipped > _SKIP_AT_MOST:
                raise UserInputError(f"{corpus}:{number}: a line longer than 16 MiB; not a corpus")
        yield line


def _print(data: dict[str, Any]) -> None:
    out = sys.stdout.write
    out(f"{data['file']}: {data['sentences']} sentences, {data['passed']} passed\n\n")
    out("recall per theme (nl / en / all):\n")
    for theme, cells in data["recall"].items():
        parts = []
        for lang in ("nl", "en", "all"):
            cell = cells.get(lang)
            parts.append(
                f"{lang} {cell['found']}/{cell['expected']} ({cell['recall']:.0%})"
                if cell
                else f"{lang} -"
            )
        out(f"  {theme:<24} " + "   ".join(parts) + "\n")
    risk = data["risk_to_life"]
    out(f"\nrisk to life or safety: {risk['sentences']} sentences, {risk['missed']} missed\n")
    alarms = data["false_alarms"]
    out(
        f"acute false alarms: {alarms['acute']} of {alarms['negatives']} harmless sentences "
        f"({alarms['rate']:.1%})\n"
    )
    if data["misses"]:
        out(f"\nmisses ({len(data['misses'])}):\n")
        for m in data["misses"]:
            found = ", ".join(m["found_themes"]) or "nothing"
            out(
                f"  line {m['line']} [{m['lang']}] {plain(m['text'])}\n"
                f"    {m['why']}; found: {found} (tier {m['found_tier'] or 'none'})\n"
            )
    for item in data["thresholds_failed"]:
        out(f"\nthreshold failed: {item}\n")
    out(f"\n{'ok' if data['ok'] else 'FAILED'}\n")
