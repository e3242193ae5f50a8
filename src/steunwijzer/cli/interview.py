"""`steunwijzer interview`: interactive, replayed from a file, or listing the questions."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

from steunwijzer.cli.output import show_result
from steunwijzer.core.interview import replay, run_interview
from steunwijzer.core.interview_close import replayed_history
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.referrals import DEFAULT_LIMIT, ReferralIndex
from steunwijzer.core.salvage import acute_part
from steunwijzer.core.triage import TriageResult
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import ExitCode, LocatedInputError, OutputError, UserInputError, error_line
from steunwijzer.io.escape import one_line, shown_path
from steunwijzer.io.jsonout import dumps, print_json
from steunwijzer.io.records import question_dict, session_record
from steunwijzer.io.session_answers import DamagedRecord, SessionAnswers

if TYPE_CHECKING:
    from pathlib import Path

    from steunwijzer.render.terminal import TerminalAsk


class AnswersRefused(LocatedInputError):
    """An answers file that is refused, with what could still be read from it."""

    def __init__(self, message: str, given: dict[str, object], raw: str = "") -> None:
        super().__init__(message)
        self.given = given
        self.raw = raw  # the file's words when it could not be read as a mapping


_CATALOGUE_KEYS = frozenset(("schema_version", "themes", "offerings", "questions", "rules", "tips"))


# What came in on standard input, kept to search a refused file: "-" cannot be read twice
# (a hostile round, round 17: UTF-16 or a NUL byte on stdin lost a safety "ja").
_STDIN: list[bytes] = []


def _stdin_text() -> str:
    from steunwijzer.catalog.yamlsource import MAX_FILE_BYTES, YamlSourceError
    from steunwijzer.io.files import read_stdin
    from steunwijzer.io.lines import text_encoding

    data = read_stdin(MAX_FILE_BYTES + 1)
    _STDIN[:] = [data[:MAX_FILE_BYTES]]
    if len(data) > MAX_FILE_BYTES:
        _STDIN.append(data[MAX_FILE_BYTES:])  # the rest is skimmed when it is refused
        raise YamlSourceError("file is too large for answers files (more than 16 MiB)")
    return data.decode(text_encoding(data[:512]), "replace").lstrip("\ufeff")


def read_answers(path: Path, questions: set[str] | None = None) -> dict[str, object]:
    """The answers file: YAML or JSON, duplicate keys refused in both.

    A file refused for a duplicate key raises AnswersRefused with every value of the
    key kept, so that a "yes" to a safety question in it is still seen.
    """
    from steunwijzer.catalog.yamlsource import YamlSourceError, parse_yaml, read_text
    from steunwijzer.core.jsonin import DuplicateKeyError, loads_lenient, loads_strict

    shown, json_file = shown_path(path), path.suffix.lower() == ".json"
    try:
        # "-" is standard input, as for batch (a hostile round, round 16: "no such file")
        text = _stdin_text() if str(path) == "-" else read_text(path, "answers files")
        data = loads_strict(text) if json_file else parse_yaml(text, "answers files")
    except OSError as exc:
        raise UserInputError(f"{shown}: cannot read answers: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        message = f"{shown}:{exc.lineno}: error: invalid JSON: {exc.msg}"
        raise _refused(message, path) from exc
    except DuplicateKeyError as exc:
        message = f"{shown}: error: invalid JSON: {exc}"
        raise AnswersRefused(message, _mapping(loads_lenient(text))) from exc
    except YamlSourceError as exc:
        message = f"{shown}:{exc.line}: error: {exc.message}"
        if exc.message.startswith("duplicate key"):
            lenient = parse_yaml(text, "answers files", keep_duplicates=True)
            raise AnswersRefused(message, _mapping(lenient)) from exc
        raise _refused(message, path) from exc
    except (ValueError, RecursionError) as exc:  # nesting too deep
        message = f"{shown}: error: invalid JSON: {exc or 'nested too deeply'}"
        raise _refused(message, path) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        line = getattr(data, "mark", (1, 1))[0]  # FILE:LINE, as every other error (r43)
        message = f"{shown}:{line}: error: answers must be a mapping of question id to answer"
        # "safety_plan:ja" (no space) is YAML text, not a mapping: its "ja" still counts.
        # So do the answers of a list ("- [safety_thoughts, ja]", "- {question: ...,
        # answer: ja}"): refused without a crisis line before (a hostile round, round 14).
        from steunwijzer.io.rowkeys import not_an_object

        refused = _refused(message, path)
        refused.given = {**refused.given, **not_an_object(data, "")[2]}
        raise refused
    if not _CATALOGUE_KEYS.isdisjoint(map(str, data)):
        # A catalogue given as answers: its theme words were read as a student's ("Direct
        # gevaar" from "overdose" in themes.yaml: round 13). Refused, nothing searched.
        message = f"{shown}: error: this is a catalogue file, not an answers file"
        raise AnswersRefused(message + " (give it with --catalog)", {})
    record, inner = data, data.get("answers")
    if not isinstance(inner, dict) and {"steunwijzer", "result"} <= set(map(str, data)):
        # A --save record without answers: its result was read as words (round 25, H4).
        said = " ".join(str(x) for pair in data.get("said") or () for x in pair)
        raise AnswersRefused(f"{shown}: error: this session record holds no answers", {}, said)
    if isinstance(inner, dict):
        # A batch row's shape, or a --save record: the answers are under "answers" ("unknown
        # question id 'answers'", exit 1, nothing shown: a hostile round, round 9). A row's
        # text is not an answer: refused, its words still searched.
        words = data.get("text")
        if isinstance(words, str) and words.strip():
            raise _refused(f"{shown}: error: 'text' is not read from an answers file", path)
        data = inner
    from steunwijzer.core.question_keys import given_answer

    if not any(given_answer(v) for v in data.values()):
        # An empty file replayed as an interview with nothing asked: "PREVENTIE,
        # regulier", exit 0, a safe-looking answer (hostile rounds 11 and 20: nulls).
        raise _refused(f"{shown}: error: the answers file holds no answers", path)
    try:
        history = record if isinstance(inner, dict) else None  # a --save record's
        found = SessionAnswers({str(k): v for k, v in data.items()}, history)
        if questions is not None:
            found.check_questions(questions)
        return found
    except DamagedRecord as exc:  # refused; its answers and first answers still count,
        # never the record's own ids and texts ("wish_dead" of "safety_wish_dead" in a
        # record gave ACUUT, call 112, for a student who said no to all: round 19)
        raise AnswersRefused(f"{shown}: error: {exc}", exc.salvaged) from exc


def _refused(message: str, path: Path) -> AnswersRefused:
    """The refusal, with the safety answers still readable line by line and the file's
    words (its values, not its keys) to search for acute signals."""
    from steunwijzer.core.salvage import answer_values, safety_lines
    from steunwijzer.io.skimfile import refused_text

    try:
        if str(path) == "-":
            text = refused_text(iter(_STDIN), sys.stdin.buffer)
        else:
            with path.open("rb") as handle:
                text = refused_text(iter(()), handle)
    except OSError:
        return AnswersRefused(message, {})
    return AnswersRefused(message, safety_lines(text), answer_values(text))


def _mapping(data: object) -> dict[str, object]:
    return {str(k): v for k, v in data.items()} if isinstance(data, dict) else {}


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
        except UserInputError as exc:
            raw = ""
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
                raise
            from steunwijzer.cli.handling import err

            err(f"{error_line(exc)} (acute signal in the other answers: shown below)")
            show_result(catalog, acute, lang, as_json, plain_output, error=str(exc), at=index.now)
            for path in (p for p in (save, handout) if p is not None):
                # Skipped without a word (a hostile round, round 14): said, not written.
                err(f"{path}: not written: the answers file was refused; correct it and run again")
            return ExitCode.FINDINGS
    else:
        result, screen = _interactive(
            catalog, lang, plain_output, index, prompts_to_stderr=as_json, student_lang=ranked_for
        )
        if as_json:
            show_result(catalog, result, lang, as_json, plain_output, at=index.now)
        else:
            screen.finish(result)  # the first screen was shown before the override
    if answers is not None:
        show_result(catalog, result, lang, as_json, plain_output, at=index.now)
    # The result is shown first: a file that still cannot be written costs nothing else.
    day = (at or dt.datetime.now()).date()
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
    return ExitCode.FINDINGS if degraded or not written else ExitCode.OK


def _note_unused(catalog: Catalog, given: dict[str, object], result: TriageResult) -> None:
    """Follow-up answers whose question did not apply, said on stderr (rounds 14, 25)."""
    from steunwijzer.cli.handling import err
    from steunwijzer.core.answers import question_key
    from steunwijzer.core.question_keys import given_answer

    used = {k for k, _ in result.answers}
    keys = {question_key(k) for k, v in given.items() if given_answer(v)}
    unused = [q.id for q in catalog.questions if q.id in keys and q.id not in used]
    counted = [q for q in unused if any(f"{q} = " in r.answer for r in result.reasons)]
    if counted:
        err(f"note: their question did not apply, but a risk counts: {', '.join(counted)}")
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

    line, words = yaml_comments(path)
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
    outcome = run_interview(catalog, screen, student_lang or lang, index)
    return outcome.result, screen


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
