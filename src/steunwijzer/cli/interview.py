"""`steunwijzer interview`: interactive, replayed from a file, or listing the questions."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

# Re-exported: `usage_salvage` reads a refused command line's answers file through here.
from steunwijzer.cli.answers_file import AnswersRefused as AnswersRefused
from steunwijzer.cli.answers_file import located
from steunwijzer.cli.answers_file import read_answers as read_answers
from steunwijzer.cli.output import show_result
from steunwijzer.core.interview import replay, run_interview
from steunwijzer.core.interview_close import replayed_history
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.referrals import DEFAULT_LIMIT, ReferralIndex
from steunwijzer.core.salvage import acute_part
from steunwijzer.core.triage import TriageResult
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import ExitCode, OutputError, UserInputError, error_line
from steunwijzer.io.escape import one_line, shown_path
from steunwijzer.io.jsonout import dumps, print_json
from steunwijzer.io.records import question_dict, session_record
from steunwijzer.io.session_answers import SessionAnswers

if TYPE_CHECKING:
    from pathlib import Path

    from steunwijzer.render.terminal import TerminalAsk


def run(
    *,
    sources: list[str] | None,
    lang: Lang,
    plain_output: bool,
    answers: Path | None,
    as_json: bool,
    list_questions: bool,
    save: Path | None,
    handout: Path | None,
    force: bool,
    at: dt.datetime | None,
    limit: int | None = None,
    student_lang: Lang | None = None,
) -> int:
    from steunwijzer.cli.handling import exit_if_cut, load_for_triage

    catalog, degraded = load_for_triage(sources, lang)
    if list_questions:
        from steunwijzer.core.question_keys import question_themes

        rows = [question_dict(q, lang, question_themes(catalog, q.id)) for q in catalog.questions]
        if as_json:
            print_json(rows)
        else:
            for row in rows:
                choices = f" [{', '.join(row['choices'])}]" if row["choices"] else ""
                line = f"{row['id']} ({row['type']}){choices}: {row['text']}"
                sys.stdout.write(one_line(line) + "\n")
        return ExitCode.FINDINGS if degraded else ExitCode.OK
    # Output never costs the session: where the files go is checked before the first
    # question; a replay (--answers) shows its result first (a hostile test, round 6).
    # An intake whose screen went away (`| head`) ended with exit 0 (round 22, X5).
    for option, path in (("--save", save), ("--handout", handout)):
        if as_json and path is not None and str(path) == "-":
            # two documents on one stdout, neither readable as JSON (a hostile round, r64)
            from steunwijzer.errors import UsageError

            raise UsageError(
                f"--json writes the result to standard output: give {option} a file, not -"
            )
    if answers is None:
        exit_if_cut(ExitCode.FINDINGS)
    if answers is None and (save or handout):
        from steunwijzer.io.files import check_targets  # (only here: ms of the first question)

        check_targets([save, handout], force)
        _not_the_catalogue(save, handout, sources)
    index = ReferralIndex(catalog, at or dt.datetime.now(dt.UTC), limit or DEFAULT_LIMIT)
    # Offerings in the student's language rank higher (--student-lang, else the
    # interface language); the handout is in the student's.
    ranked_for = student_lang or lang
    if answers is not None:
        given: dict[str, object] = {}
        try:
            given = read_answers(answers, {q.id for q in catalog.questions})
            if isinstance(given, SessionAnswers):  # the words said at other questions
                given.with_said(catalog.questions)
            _no_acute_comments(catalog, index, ranked_for, answers, given)
            result = replay(catalog, given, ranked_for, index)
            if isinstance(given, SessionAnswers):  # a --save record: its history counts
                result = replayed_history(
                    catalog, index, result, ranked_for, given.firsts, given.override
                )
            _note_unused(catalog, given, result)
        except UserInputError as error:
            exc, raw = located(error, answers), ""
            if isinstance(exc, AnswersRefused):
                given, raw = exc.given, exc.raw
            # Refused, but an acute signal in the valid answers is still shown.
            acute = acute_part(
                catalog,
                index,
                Vocabulary(catalog.themes),
                ranked_for,
                "answers",
                text=" ".join((_free_text(catalog, given), raw)).strip(),
                answers=given,
            )
            if acute is None:
                raise exc from error.__cause__
            from steunwijzer.cli.handling import err

            # Not "in the other answers": the acute signal may be the refused answer itself,
            # an unreadable safety answer counted as "don't know" (a hostile round, r64).
            err(f"{error_line(exc)} (an acute signal is kept: shown below)")
            show_result(catalog, acute, lang, as_json, plain_output, error=str(exc), at=index.now)
            for path in (p for p in (save, handout) if p is not None):
                # Skipped without a word (a hostile round, round 14): said, not written.
                err(f"{path}: not written: the answers file was refused; correct it and run again")
            return ExitCode.FINDINGS
    else:
        # Typed at a terminal with stdout sent to a file ("> notes.txt"): the questions
        # and the crisis guidance went into the file, the counsellor saw a blank screen
        # (a hostile round, round 63). The conversation stays on the terminal (stderr);
        # the result goes to the file as well, plain.
        to_file = not as_json and sys.stdin.isatty() and not sys.stdout.isatty()
        result, screen = _interactive(
            catalog, lang, plain_output, index, as_json or to_file, student_lang=ranked_for
        )
        if not as_json:
            screen.finish(result)  # the first screen was shown before the override
        if as_json or to_file:
            show_result(catalog, result, lang, as_json, plain_output or to_file, at=index.now)
    failed: OSError | None = None
    if answers is not None:
        try:
            show_result(catalog, result, lang, as_json, plain_output, at=index.now)
        except OSError as exc:  # stdout closed early ("| head -1", /dev/full): the record
            failed = exc  # and the handout were lost without a word (a hostile round, r63)
    # The result is shown first: a file that still cannot be written costs nothing else.
    day = (at or dt.datetime.now()).date()
    try:
        if answers is not None and any(
            p is not None and _same_file(p, answers) for p in (save, handout)
        ):
            # The answers file itself: with --force it was overwritten (round 8).
            from steunwijzer.cli.handling import err
            from steunwijzer.present.texts import t

            err("error: " + t("same_file_answers", lang, path=answers))
            return ExitCode.FINDINGS
        _not_the_catalogue(save, handout, sources)
        written = _write_files(catalog, result, lang, save, handout, force, day, index.now)
    finally:
        if failed is not None:
            raise failed  # the pipe's own exit, once the files are written
    return ExitCode.FINDINGS if degraded or not written else ExitCode.OK


def _note_unused(catalog: Catalog, given: dict[str, object], result: TriageResult) -> None:
    """Follow-up answers whose question did not apply, said on stderr (rounds 14, 25)."""
    from steunwijzer.cli.handling import err
    from steunwijzer.core.answers import question_key
    from steunwijzer.core.interview_replay import gates_of
    from steunwijzer.core.question_keys import given_answer

    used = {k for k, _ in result.answers}
    keys = {question_key(k) for k, v in given.items() if given_answer(v)}
    unused = [q.id for q in catalog.questions if q.id in keys and q.id not in used]
    counted = [q for q in unused if any(f"{q} = " in r.answer for r in result.reasons)]
    by_id = {q.id: q for q in catalog.questions}
    alone = [q for q in counted if not keys.intersection(gates_of(by_id[q]))]  # r69
    if alone:
        err(f"note: the question before it was not given; the answer counts: {', '.join(alone)}")
    if risky := [q for q in counted if q not in alone]:
        err(f"note: their question did not apply, but a risk counts: {', '.join(risky)}")
    if unused := [q for q in unused if q not in counted]:
        err(f"note: not used, their question did not apply: {', '.join(unused)}")


def _no_acute_comments(
    catalog: Catalog, index: ReferralIndex, lang: Lang, path: Path, given: dict[str, object]
) -> None:
    """`own_words: ik slaap slecht # en eerlijk gezegd wil ik dood` lost the words after
    the '#' without a word (an outsiders' hostile round, round 14): YAML reads them as a
    comment. Comments stay unread, but one with an acute signal refuses the file, its
    acute part shown."""
    from steunwijzer.io.lines import yaml_comments

    line, words = yaml_comments(path, getattr(given, "text", None) or None)
    if words and acute_part(catalog, index, Vocabulary(catalog.themes), lang, "answers", (), words):
        raise AnswersRefused(
            f"{shown_path(path)}:{line}: error: a comment holds words with an acute signal; "
            "comments are not read as answers (put the student's words under own_words)",
            given,
            words,
        )


def _free_text(catalog: Catalog, given: dict[str, object]) -> str:
    """The answers to text questions, searched for acute words when a replay fails."""
    texts = [str(given[q.id]) for q in catalog.questions if q.type == "text" and q.id in given]
    return " ".join(texts)


def _interactive(
    catalog: Catalog,
    lang: Lang,
    plain_output: bool,
    index: ReferralIndex,
    prompts_to_stderr: bool = False,
    student_lang: Lang | None = None,
) -> tuple[TriageResult, TerminalAsk]:
    """The interview on the terminal, in ``lang``; referrals ranked for ``student_lang``
    (default: ``lang``)."""
    from steunwijzer.present.labels import intro_text
    from steunwijzer.present.texts import t
    from steunwijzer.render.common import frame, make_console, safe

    # With --json the result goes to stdout; the conversation to the terminal (stderr).
    console = make_console(plain_output, sys.stderr if prompts_to_stderr else None)
    frame(console, safe(intro_text(catalog, lang)), t("title", lang))
    from steunwijzer.render.terminal import TerminalAsk

    screen = TerminalAsk(console, catalog, lang, student_lang)
    with _signals_stop():
        outcome = run_interview(catalog, screen, student_lang or lang, index)
    return outcome.result, screen


@contextlib.contextmanager
def _signals_stop() -> Iterator[None]:
    """SIGTERM and SIGHUP stop the interview as Ctrl-C does: exit 130, "nothing was
    saved", the crisis lines after an acute signal (README, exit codes)."""
    import signal

    from steunwijzer.errors import Terminated

    def stop(signum: int, frame: object) -> None:
        raise Terminated

    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    try:
        previous = {s: signal.signal(s, stop) for s in wanted}
    except ValueError:  # not the main thread (a test runner's worker): as before
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _same_file(one: Path, other: Path) -> bool:
    from steunwijzer.io.files import same_file

    return same_file(one, other)


def _not_the_catalogue(save: Path | None, handout: Path | None, sources: list[str] | None) -> None:
    """A record saved over the catalogue in use broke its next load (round 22, X14)."""
    from steunwijzer.io.files import catalogue_file

    for path in (save, handout):
        if catalogue_file(path, sources) is not None:
            raise OutputError(f"{path}: is a file of the catalogue in use; give another name")


def _write_files(
    catalog: Catalog,
    result: TriageResult,
    lang: Lang,
    save: Path | None,
    handout: Path | None,
    force: bool,
    day: dt.date,
    now: dt.datetime,
) -> bool:
    """Write the requested files; a failure is reported (after the result) and False.

    ``now`` is the moment the referrals were judged at (``--at``): the handout's crisis
    lines are judged at it too. The record's texts are in ``lang`` (the interface's),
    the handout's in the student's language (the one the referrals were ranked for).
    """
    from steunwijzer.cli.handling import err
    from steunwijzer.io.files import is_stdout, same_file, write_private
    from steunwijzer.present.texts import t

    ok = True
    wanted: list[tuple[Path, str]] = []
    if save is not None:
        wanted.append((save, dumps(session_record(result, catalog, lang, day)) + "\n"))
    if handout is not None:
        from steunwijzer.export.handout import handout_markdown

        wanted.append((handout, handout_markdown(catalog, result, result.student_lang, now)))
    if save is not None and handout is not None and same_file(save, handout):
        # One file for both: with --force the handout overwrote the record (an outsiders'
        # hostile round, round 8). Neither is written; the result stands above.
        err("error: " + t("same_file", lang, path=handout))
        return False
    for path, text in wanted:
        if path is handout:
            from steunwijzer.export.handout import is_kept_from_someone

            # Said before the page is written, not after "Opgeslagen" (a role-play,
            # round 11): the counsellor asks first, and may not print it at all.
            if is_kept_from_someone(result.themes):
                err(t("handout_keep_safe_note", lang))
        try:
            write_private(path, text, force)
        except OutputError as exc:
            from steunwijzer.present.messages import localise

            err("error: " + t("save_failed", lang, path=path, reason=localise(str(exc), lang)))
            ok = False
            continue
        if not is_stdout(path):
            err(t("saved", lang, path=path))
    return ok
