"""Streaming batch lookups: one ``Outcome`` per case, in order (reading the cases:
io/caseread.py; writing the results: io/batchwrite.py).

Rows are read one at a time and results written as they are made, so memory stays flat
however long the input. A bad row becomes an error record with its line number and never
stops the batch. Ranked referrals are cached per (tier, themes, language) in the
ReferralIndex, and classifications per need here, so repeated needs cost almost nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from steunwijzer.core.interview import replay
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.requests import check_limits, resolve_themes
from steunwijzer.core.salvage import acute_part
from steunwijzer.core.triage import (
    TriageResult,
    classify,
    needs_key,
    text_reasons,
    theme_reason,
    unrecognised,
    with_reasons,
)
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.errors import SteunwijzerError
from steunwijzer.io.caseread import Case, Kept, RowError
from steunwijzer.io.escape import one_line

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Finding

MEMO_LIMIT = 50_000  # distinct theme lists remembered; bounds memory on odd inputs
NeedsKey = tuple[tuple[tuple[object, ...], ...], str]  # (triage.needs_key, language)


class AcuteRows:
    """The rows with a risk to life so far: the first result (for its crisis lines) and
    up to ``limit`` ids, to be named should the output fail."""

    def __init__(self, limit: int = 20) -> None:
        self.first: TriageResult | None = None
        self.ids: list[str] = []
        self.lines: list[int] = []
        self.count = 0
        self.limit = limit

    def add(self, case_id: str, result: TriageResult, line: int = 0) -> None:
        self.first = self.first or result
        self.count += 1
        if len(self.ids) < self.limit:
            self.ids.append(case_id)
            self.lines.append(line)

    def named(self, at: Callable[[int], str] | None = None) -> str:
        """The ids, each with its line (``at`` says "line 4"): a row without an id is
        named by its row number, which may be another row's id; the risk summary named
        the student with exam anxiety for the one with a rope (a hostile round, r19)."""
        more = f" (+{self.count - len(self.ids)})" if self.count > len(self.ids) else ""
        # An id as the file wrote it: escapes and a right-to-left override reached the
        # terminal raw when a run was refused (a hostile round, round 52).
        ids = [one_line(i) for i in self.ids]
        if at is None:
            return ", ".join(ids) + more
        return (
            ", ".join(f"{i} ({at(n)})" if n else i for i, n in zip(ids, self.lines, strict=True))
            + more
        )


@dataclass(frozen=True, slots=True)
class Outcome:
    """One batch row's result or error, with what the output row needs."""

    case_id: str
    line: int
    result: TriageResult | None
    error: str | None
    lang: Lang  # the row's language (its own, else the run's): shown in, and ranked for
    # Set when the result depends only on (themes as written, language): such results
    # are memoised, and so is their JSON, since batch inputs repeat the same needs.
    memo_key: tuple[tuple[str, ...], str] | None = None
    kept: Kept = ()  # input columns copied unchanged into the result row (batch --keep)
    # Set when every key but the reasons (and mentions) depends only on what was found:
    # the JSON around them is then shared by rows with the same needs (JsonlWriter).
    needs_key: NeedsKey | None = None


class BatchRunner:
    """Classifies cases with one catalogue, index and vocabulary for the whole run.

    Two memos keep repeated needs cheap: results by (themes as written, language) for
    rows that hold only themes, and classifications by what was found (`needs_key`) for
    rows with free text, whose words differ row by row while their needs repeat.
    """

    def __init__(self, catalog: Catalog, index: ReferralIndex, lang: Lang) -> None:
        self.catalog = catalog
        self.index = index
        self.lang = lang
        self.vocabulary = Vocabulary(catalog.themes)
        self._memo: dict[tuple[tuple[str, ...], str], TriageResult] = {}
        self._needs: dict[NeedsKey, TriageResult] = {}

    def run(self, item: Case | RowError) -> Outcome:
        if isinstance(item, RowError):
            salvaged = self.salvage(Case(item.line, item.id, text=item.raw, answers=item.answers))
            return Outcome(item.id, item.line, salvaged, item.error, self.lang, kept=item.kept)
        lang = item.lang or self.lang
        kept = tuple((k, v) for k, v in item.kept if isinstance(v, str) and v.strip())
        if " " in item.id.strip():
            # An id is a name: words in it ("ik wil dood" in the id column) are searched
            # as unread words are (an outsiders' hostile round, round 9).
            kept = (("id", item.id), *kept)
        if item.unread or kept:
            refused = self._unread_acute(item, lang, kept)
            if refused is not None:
                return refused
        key = None
        if not item.answers and not (item.text and item.text.strip()):
            key = (item.themes, lang)
            cached = self._memo.get(key)
            if cached is not None:
                return Outcome(item.id, item.line, cached, None, lang, key, item.kept)
        try:
            result, needs = self._classify(item)
        except SteunwijzerError as exc:
            salvaged = self.salvage(item)
            return Outcome(item.id, item.line, salvaged, str(exc), lang, kept=item.kept)
        if key is not None and len(self._memo) < MEMO_LIMIT:
            self._memo[key] = result
        return Outcome(item.id, item.line, result, None, lang, key, item.kept, needs)

    def salvage(self, case: Case) -> TriageResult | None:
        """The acute part of a row that failed (see salvage.acute_part)."""
        return acute_part(
            self.catalog,
            self.index,
            self.vocabulary,
            case.lang or self.lang,
            "batch",
            case.themes,
            case.text,
            case.answers,
        )

    def _acute_in(self, text: str, lang: Lang | None) -> bool:
        return self.salvage(Case(0, "", text=text, lang=lang)) is not None

    def _unread_acute(
        self, item: Case, lang: Lang, kept: tuple[tuple[str, str], ...] = ()
    ) -> Outcome | None:
        """A row whose unread keys ("bericht", "note") or kept columns (--keep notes) hold
        an acute signal is refused with that signal kept: the row's result would otherwise
        say nothing of it (outsiders' hostile rounds, round 8)."""
        unread = (*item.unread, *kept)
        words = " ".join(text for _, text in unread)
        if self.salvage(Case(item.line, item.id, text=words, lang=item.lang)) is None:
            # A need split over the text and a kept column ("ik wil" | "dood", a form's
            # "toelichting (vervolg)", a cell cut at its length limit mid-word: "zelf" |
            # "moord"): nothing recognised (a hostile round, round 26).
            if not item.text:
                return None
            joined = (f"{item.text} {words}", f"{item.text}{words}")
            if not any(self._acute_in(text, item.lang) for text in joined):
                return None
            if self._acute_in(item.text, item.lang):
                return None  # the text alone says it: read as usual
        names = ", ".join(f"'{key}'" for key, _ in unread)
        whole = Case(
            item.line,
            item.id,
            item.themes,
            " ".join(t for t in (item.text, words) if t),
            item.answers,
            item.lang,
        )
        error = (
            f"not read: {names} holds words of an acute need but is not read as text (a "
            "--keep column, or not a row key); give them as 'text'"
        )
        return Outcome(item.id, item.line, self.salvage(whole), error, lang, kept=item.kept)

    def _classify(self, case: Case) -> tuple[TriageResult, NeedsKey | None]:
        """The result, and the key of its needs when it may be shared (no answers)."""
        check_limits(case.themes, case.text)
        lang = case.lang or self.lang
        if case.answers:
            result = replay(self.catalog, case.answers, lang, self.index)
            extra = list(result.reasons)
        else:
            result, extra = None, []
        theme_ids = resolve_themes(self.vocabulary, case.themes)
        if theme_ids:
            extra.append(
                theme_reason(self.catalog, theme_ids, "batch.themes", ";".join(case.themes))
            )
        mentions: tuple[Finding, ...] = ()
        if case.text and case.text.strip():
            recognition = self.vocabulary.read(case.text)
            extra += text_reasons(recognition, "batch")
            mentions = recognition.mentions
        if result is None and not extra:  # no answers, and nothing recognised
            return unrecognised(self.catalog, self.index, lang, mentions), None
        if result is not None:
            answers = dict(result.answers)
            return classify(
                self.catalog, extra, lang, self.index, result.screened, answers, mentions
            ), None
        needs = (needs_key(extra), lang)
        shared = self._needs.get(needs)
        if shared is not None:
            return with_reasons(shared, self.catalog, extra, mentions), needs
        fresh = classify(self.catalog, extra, lang, self.index, False, None, mentions)
        if len(self._needs) < MEMO_LIMIT:
            self._needs[needs] = fresh
        return fresh, needs
