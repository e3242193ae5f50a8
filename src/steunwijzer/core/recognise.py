"""Find needs in what a student says: patterns over words, with negation and context.

``Recogniser(themes).read(text)`` returns a frozen ``Recognition``: the findings that
count (each with the words it matched, the pattern and where that pattern comes from)
and the mentions set aside (negated, framed as a study topic, a figure of speech). A
mention of a risk to life is never dropped: it is reported so the counsellor asks the
safety questions. Both languages are always read: students mix them.

Cost: each word is looked up once; a text tries only the patterns its words start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from steunwijzer.core import lexicon, prebuilt
from steunwijzer.core.denials import not_a_recovery
from steunwijzer.core.disguise import blank_escapes, unmarked
from steunwijzer.core.findings import Finding, Recognition, judge, summarise
from steunwijzer.core.matchchecks import a_figure, file_name, long_past_grief, misread, possessive
from steunwijzer.core.matching import Word, anchored, match_pattern, typo_word
from steunwijzer.core.patternindex import (
    Compiled,
    Key,
    Sources,
    Tables,
    acute_themes,
    affixes,
    build_tables,
    compile_pattern,
    packed,
    pattern_sources,
    synonym_pattern,
    theme_patterns,
)
from steunwijzer.core.resembling import as_own, explained_otherwise, judged_guess, resembling
from steunwijzer.core.stems import MAX_PART, WORD_MEMO_LIMIT, stem
from steunwijzer.core.textassault import assault_told
from steunwijzer.core.textcontext import Tokens, negation, words_of
from steunwijzer.core.textillness import someone_elses_illness
from steunwijzer.core.textloss import after_a_death, guessed_of_a_death
from steunwijzer.core.textpast import said_over
from steunwijzer.core.textreveal import no_accident as unmeant
from steunwijzer.core.textreveal import not_for_study, revealed, unframed, words_asked_about
from steunwijzer.core.textworry import afraid_for_someone
from steunwijzer.core.tokencache import tokens_of
from steunwijzer.core.unreachable import unreachable
from steunwijzer.core.victim import students_own_danger

if TYPE_CHECKING:
    from steunwijzer.core.model import Theme

# Re-exported: the recogniser's results and helpers have always been imported from here.
__all__ = [
    "Finding",
    "Recogniser",
    "Recognition",
    "check_pattern",
    "stem",
    "synonym_pattern",
    "theme_patterns",
]


class Recogniser:
    """The patterns of every theme, indexed by their first word and parsed on first use."""

    def __init__(self, themes: Mapping[str, Theme]) -> None:
        self.themes = themes
        self._acute = acute_themes(themes.values())
        self._words: dict[str, Word] = {}
        self._once: set[str] = set()  # words met once (see _word)
        self._parsed: dict[int, Compiled | None] = {}
        self._needs: dict[int, tuple[frozenset[Key], ...] | None] = {}

    @cached_property
    def _sources(self) -> Sources:
        return pattern_sources(self.themes.values())

    @cached_property
    def _pack(self) -> prebuilt.Packed | None:
        return prebuilt.pack_for(self.themes)  # for the built-in catalogue's very themes

    @cached_property
    def _tables(self) -> Mapping[str, Any]:
        """The index by first word, each table asked only ``.get(key, ())``: compiled at
        build time (read bucket by bucket, prebuilt.Buckets), else built here."""
        pack = self._pack
        return pack.tables if pack is not None else self._built

    @cached_property
    def _built(self) -> Tables:
        return build_tables(self._sources, self._acute)

    @cached_property
    def _affixes(self) -> tuple[frozenset[str], frozenset[str]]:
        pack = self._pack
        return pack.affixes if pack is not None else affixes(self._sources, self._built)

    def _pattern(self, number: int) -> Compiled | None:
        if number in self._parsed:
            return self._parsed[number]
        pack = self._pack
        if pack is not None:
            fields = pack.pattern(number)
            compiled = None if fields is None else Compiled(*fields)
        else:
            theme, text = self._sources[number]
            compiled = compile_pattern(theme, text, self._acute, self._affixes)
        self._parsed[number] = compiled
        return compiled

    def _needs_of(self, number: int) -> tuple[frozenset[Key], ...] | None:
        """What a pattern needs of a text, read apart from the pattern where it is packed:
        most patterns a text's words point to need a word it lacks (6 of 91 pass for a
        six-word text), and reading only this is a third of reading them whole."""
        pack = self._pack
        if pack is not None:
            found = pack.needs(number)
        else:
            pattern = self._pattern(number)
            found = None if pattern is None else pattern.needs
        self._needs[number] = found
        return found

    def compiled_form(self) -> dict[str, Any]:
        """Everything ``prebuilt.pack`` keeps, compiled now (at build time)."""
        return packed(self._sources, self._acute, self._built, self._affixes)

    def _word(self, word: str) -> Word:
        found = self._words.get(word)
        if found is not None:
            return found
        tables = self._tables
        anchors: set[int] = set()
        for lang in ("nl", "en"):
            anchors.update(tables["stem:" + lang].get(stem(lang, word), ()))
        anchors.update(tables["exact"].get(word, ()))
        extra: list[Key] = []
        # Compound parts only within the first and last MAX_PART characters (a 10 MB "word"
        # costs linear time), and only the parts some pattern uses.
        prefixes, suffixes = self._affixes
        for i in range(3, min(len(word), MAX_PART) + 1):
            if word[:i] in prefixes:
                anchors.update(tables["prefix"].get(word[:i], ()))
                extra.append("<" + word[:i])
        for i in range(max(0, len(word) - MAX_PART), len(word) - 2):
            if word[i:] in suffixes:
                anchors.update(tables["suffix"].get(word[i:], ()))
                extra.append(">" + word[i:])
        found = Word(word, frozenset(anchors))
        if typo_word(word):
            typos: set[int] = set()
            for typo in found.keys():  # noqa: SIM118 - a method, not a dict
                typos.update(tables["typo"].get(typo, ()))
                extra.append("~" + typo)
            found.anchors = found.anchors | typos
        if extra:
            found.extra = tuple(extra)
        # Kept from its second sighting: 10 MB of random letters filled the memo with words
        # never seen again, typo keys and all (602 MB; a hostile round, round 42, X01).
        if word in self._once:
            if len(self._words) < WORD_MEMO_LIMIT:
                self._words[word] = found
        elif len(self._once) < WORD_MEMO_LIMIT:
            self._once.add(word)
        return found

    def _candidates(self, words: list[Word]) -> list[tuple[int, Compiled]]:
        """The patterns whose first word occurs and whose other words may: by keys."""
        anchored: set[int] = set().union(*[w.anchors for w in words])
        if not anchored:
            return []
        features: set[Key] = set().union(*[(w.word, w.nl, w.en, *w.extra) for w in words])
        known, parsed = self._needs, self._parsed
        out = []
        for number in sorted(anchored):
            needs = known[number] if number in known else self._needs_of(number)
            if needs is None:
                continue
            for need in needs:
                if features.isdisjoint(need):
                    break  # a word it needs is not in the text
            else:
                pattern = parsed[number] if number in parsed else self._pattern(number)
                if pattern is not None:
                    out.append((number, pattern))
        return out

    def read(self, text: str) -> Recognition:
        if "\x1b" in text:  # a colour code glued to a word ("\x1b[1mzelfmoord") hid it
            text = blank_escapes(text)
        text = unmarked(text)  # "k*ll myself": one character for one, offsets stay
        memo = self._words
        words = [memo.get(w) or self._word(w) for w in words_of(text)]
        candidates = self._candidates(words)
        if not candidates and resembling(text, words) is None:
            # Most texts. A guess goes the whole way below, judged as every guess is ("schrijf
            # ik over ... of het leven zin heeft" was a wish to die on this short cut, r57).
            return _NOTHING
        tokens = tokens_of(text)
        figures: list[tuple[int, int]] = []
        wells: list[tuple[int, int]] = []  # where a past is said to be over
        matches: list[tuple[Compiled, int, int, tuple[int, ...], bool]] = []
        anchors: list[int] = []  # each match's pattern number, to search on after it
        done: list[tuple[int, int]] = []  # the words that tell of a suicide that happened
        past_at: list[int] = []  # where the words that tell of a past stand
        at = anchored(words)
        for number, pattern in candidates:
            # Matching starts only where the pattern's first word occurs, so a long text
            # (a refused request is searched whole) costs what its words cost.
            starts = at(number)
            for start, end, used, typo in _within_clause(pattern, words, tokens, starts):
                if _misheard(text, tokens, pattern, start, end, used, typo):
                    # What sets a finding aside must be said, not guessed: "plan" read as
                    # a typo of "plant" made "ik heb een plan: ik ga dood" a manner of
                    # speaking about a plant (round 8).
                    continue
                if pattern.theme.startswith("@"):
                    if pattern.theme == "@well" and (
                        negation(tokens, start, end, used, False) >= 0
                        or not_a_recovery(tokens.words, tokens.clause, tokens.sentence, start)
                    ):
                        continue  # "I'm not doing okay", "they think I'm over it"
                    if pattern.theme == "@well":
                        wells.append((start, end))
                    if pattern.theme == "@past":
                        past_at.append(start)
                    if pattern.theme == "@done":
                        done.append((start, end))
                elif pattern.theme:
                    matches.append((pattern, start, end, used, typo))
                    anchors.append(number)
                elif a_figure(tokens, start, end) and not unmeant(text, tokens, start, end):
                    # A manner of speaking is one phrase: "kat ..6 krassen" read across
                    # "het was de kat, maar die krassen zijn van mezelf" hid the wound.
                    # And no accident when the sentence says it was meant ("I burned
                    # myself with the iron on purpose"; an outsider's set, round 7).
                    figures.append((start, end))
        # "three years ago I had such thoughts, now I am fine": a past that is over; not
        # when stopping is the risk ("stopped going to classes a month ago", round 51)
        stopping = [m[1:3] for m in matches if m[0].theme == "dropout_risk"]
        past = set(past_at) if said_over(wells, stopping) else set()
        findings = [judge(text, tokens, figures, past, done, self._acute, *m) for m in matches]
        # The long searches below run only where their answer can change a finding:
        # compiling them took 3 ms of every `lookup --text` (issue 10's +10 ms budget).
        mine = any(f.about_other for f in findings) and revealed(text)
        if mine:  # "asking for a friend ... the friend is me" (round 27)
            findings = [_as_own(f, m[0].theme) for f, m in zip(findings, matches, strict=True)]
        if any(f.set_aside == "framed" for f in findings) and not_for_study(text):
            findings = [unframed(f) for f in findings]  # "Niet voor het tentamen." (r31)
        findings = words_asked_about(findings, text)  # "what does 'I'm dead' mean" (r32)
        # A pattern is matched once, leftmost: "I'm not suicidal about exams but I am
        # suicidal about everything else" kept only the denied one (round 27). Where the
        # first match was set aside, the same pattern is tried again after it.
        for i, number in enumerate(anchors):
            finding, pattern, end = findings[i], matches[i][0], matches[i][2]
            for _ in range(3):  # "niet A, niet B, maar wel ...": a few tries, no more
                # a thesis's later words: its topic; after another's risk, the own (r55)
                if finding.set_aside in (None, "framed") and not finding.about_other:
                    break
                later = [p for p in at(number) if p > end]
                found = _within_clause(pattern, words, tokens, later) if later else []
                if not found or found[0][1] <= end:
                    break
                if _misheard(text, tokens, pattern, *found[0]):
                    break
                end = found[0][1]
                finding = judge(text, tokens, figures, past, done, self._acute, pattern, *found[0])
                if finding.set_aside is None:
                    findings.append(finding)
        findings = after_a_death(text, tokens, findings, done, "grief" in self._acute)
        findings = long_past_grief(findings, tokens, bool(done))  # "died when I was six"
        findings = afraid_for_someone(text, findings)  # "ik durf niet naar huis" (r39)
        findings = someone_elses_illness(findings)  # "mn vader is heel ziek" (r42)
        findings = students_own_danger(text, tokens.words, findings)  # core/victim.py
        # Only a pronoun ("ze wil dood"): the student in a counsellor's note, or someone
        # else. Both are kept, both acute: the safe reading of an unclear sentence.
        findings += [
            replace(f, theme=lexicon.ABOUT_OTHER)
            for f in findings
            if f.about_other and f.set_aside is None and f.theme != lexicon.ABOUT_OTHER
        ]
        # The second net, only where the rules saw no risk to life and judged none away.
        # Nor beside a suicide that happened ("my brother took his own life last year"):
        # it resembled the student's own thoughts (0.98, "life last"; round 6).
        if not figures and not done and not any(f.theme in _NET_THEMES for f in findings):
            extra = resembling(text, words, tokens)
            if extra is not None and revealed(text):
                extra = as_own(extra, words)
            if extra is not None and not explained_otherwise(extra, findings, text):
                kept = guessed_of_a_death(extra, findings)
                findings += [judged_guess(f, tokens, past, findings) for f in kept]
        findings = assault_told(tokens, findings, self._acute)  # "assaulted at a party" (r40)
        if any(f.theme == _ABOUT for f in findings) and unreachable(text):
            # "she doesnt open when i knock": danger now (round 30)
            findings = [replace(f, immediate=True) if f.theme == _ABOUT else f for f in findings]
        return summarise(findings)


_NOTHING = Recognition((), ())
_ABOUT = lexicon.ABOUT_OTHER


_NET_THEMES = frozenset((*lexicon.RISK_TO_LIFE, "unsafe_situation"))


def _as_own(found: Finding, theme: str) -> Finding:
    """A finding read as someone else's, as the writer's own (its pattern's theme)."""
    if not found.about_other or theme == lexicon.ABOUT_OTHER:
        return found
    if found.set_aside not in (None, "about_other"):
        return found
    return replace(found, theme=theme, about_other=False, set_aside=None, cue=None)


def _misheard(
    text: str,
    tokens: Tokens,
    pattern: Compiled,
    start: int,
    end: int,
    used: tuple[int, ...],
    typo: bool,
) -> bool:
    """A match that is no finding: a typo of a context word, a word misread in its place,
    a possessive "'s" after a grief word, a file name."""
    return (
        (typo and not pattern.theme[:1].isalpha())
        or misread(tokens, used, pattern.theme)
        or (pattern.theme == "grief" and possessive(text, tokens.ends[end]))
        or (pattern.theme == "self_harm" and file_name(text, tokens.starts[start]))
    )


def _within_clause(
    pattern: Compiled, words: list[Word], tokens: Tokens, starts: list[int]
) -> list[tuple[int, int, tuple[int, ...], bool]]:
    """The matches, each moved into one clause where the pattern also matches there:
    "not tired like sleep tired, tired of existing" matched from the first "tired", and
    the negation of that clause hid the second (an outsider's set, round 7). A match
    whose words need both clauses ("ik wil niet dood, ik wil ...") stays as it is."""
    found = match_pattern(pattern, words, tokens, starts)
    clause = tokens.clause
    out = []
    for match in found:
        start, end = match[0], match[1]
        if clause[start] != clause[end]:
            later = [p for p in starts if p > start and clause[p] == clause[end]]
            inside = [m for m in match_pattern(pattern, words, tokens, later) if m[1] == end]
            if inside:
                match = inside[0]
        out.append(match)
    return out


def check_pattern(text: str) -> None:
    """Raise PatternError when a pattern cannot be read (for `catalog validate`)."""
    from steunwijzer.core.patterns import parse

    parse(text)
