"""Find needs in what a student says: patterns over words, with negation and context.

``Recogniser(themes).read(text)`` returns a frozen ``Recognition``: the findings that
count (each with the words it matched, the pattern and where that pattern comes from)
and the mentions set aside (negated, framed as a study topic, a figure of speech). A
mention of a risk to life is never dropped: it is reported so the counsellor asks the
safety questions. Both languages are always read: students mix them.

Cost: each distinct word is looked up once (stems, compounds, typos) and remembered;
a text then only tries the patterns whose first word it contains. See docs/catalog.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.model import PatternText, Tier
from steunwijzer.core.patterns import AND_WINDOW, PatternError, Term, fold, parse
from steunwijzer.core.textcontext import Tokens, about_other, frame, negation, urgent, words_of

if TYPE_CHECKING:
    from steunwijzer.core.model import Theme

WORD_MEMO_LIMIT = 200_000
_DOUBLE = re.compile(r"(.)\1+")
_STEMMERS: dict[str, object] = {}
_STEMS: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
_SNOWBALL = {"nl": "dutch", "en": "english"}


# No real word part is longer than this; longer tokens are still searched at both ends.
MAX_PART = 48
# Misspellings are only looked for in word-sized tokens (the deletes are quadratic).
MAX_TYPO_WORD = 40


def stem(lang: str, word: str) -> str:
    """The Snowball stem of a word, remembered per word (PyStemmer, loaded on first use)."""
    memo = _STEMS[lang]
    found = memo.get(word)
    if found is None:
        stemmer = _STEMMERS.get(lang)
        if stemmer is None:
            import Stemmer  # lazily: only free text needs it

            stemmer = _STEMMERS[lang] = Stemmer.Stemmer(_SNOWBALL[lang])
        found = stemmer.stemWord(word)  # type: ignore[attr-defined]
        if lang == "nl":
            found = _dutch(stemmer, word, found)
        if len(memo) < WORD_MEMO_LIMIT:
            memo[word] = found
    return found


def _dutch(stemmer: object, word: str, found: str) -> str:
    """Two repairs to the Dutch stemmer: "springt" stems as "springen" (a verb's -t is
    left on), and a stem that lost a "ge-" prefix is kept apart ("geweld" is not "wel")."""
    if found == word and len(word) >= 5 and word[-1] == "t" and word[-2] != "t":
        found = stemmer.stemWord(word[:-1])  # type: ignore[attr-defined]
    if found and not word.startswith(found[:2]):
        found = "~" + found
    return _close_syllable(found)


_OPEN_SYLLABLE = re.compile(r"^(.*[^aeiouy])([aeou])([^aeiouy])e$")


def _close_syllable(word: str) -> str:
    """Dutch writes a long vowel single before ``-e`` ("eenzame", "grote") and double
    in a closed syllable ("eenzaam", "groot"); Snowball keeps the ``-e`` of adjectives,
    so the open form is closed here and both spellings meet."""
    match = _OPEN_SYLLABLE.match(word) if len(word) > 4 else None
    if match is None:
        return word
    head, vowel, consonant = match.groups()
    return f"{head}{vowel}{vowel}{consonant}"


def _phonetic(word: str) -> str:
    """A spelling key that forgives common slips: oo/o, d/t at the end, ij/y/ei, c/k."""
    w = word.replace("ij", "ei").replace("y", "i").replace("ck", "k").replace("ph", "f")
    w = w.replace("c", "k").replace("dt", "t")
    if w.endswith("d"):
        w = w[:-1] + "t"
    return _DOUBLE.sub(r"\1", w)


def _deletes(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


@dataclass(frozen=True, slots=True)
class Finding:
    theme: str
    words: str  # the words matched, as written
    start: int  # character offsets of those words in the text
    end: int
    pattern: str
    origin: str  # "built-in" or FILE:LINE of the pattern
    set_aside: str | None = None  # negated, framed, figure_of_speech, past, about_other
    cue: str | None = None  # the words that set it aside
    about_other: bool = False
    immediate: bool = False
    typo: bool = False

    @property
    def risk_to_life(self) -> bool:
        return self.theme in lexicon.RISK_TO_LIFE


@dataclass(frozen=True, slots=True)
class Recognition:
    findings: tuple[Finding, ...]  # the ones that count, at most two per theme
    mentions: tuple[Finding, ...]  # set aside, one per theme not found otherwise

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.theme for f in self.findings))


# kind, word or stem, language, typo keys, and for a phrase ("a_b") the stems of its words
_Term = tuple[str, str, str, frozenset[str], tuple[str, ...]]
_Items = tuple[tuple[tuple[_Term, ...], int, bool], ...]


@dataclass(frozen=True, slots=True)
class _Compiled:
    theme: str
    source: str
    origin: str
    immediate: bool
    parts: tuple[_Items, ...]
    # Per word that must occur (beyond the anchor): the keys of which a text needs one.
    # A cheap test that rules out most anchored patterns before any matching is done.
    needs: tuple[frozenset[_Key], ...] = ()


# A key that a word has and a term looks for: a stem (in either language) or the word
# itself as they are, "<part" and ">part" for a prefix or suffix some pattern uses,
# "~key" for a typo key. Plain strings, so a remembered word costs no extra objects
# for the common keys; two keys that happen to be equal only let a pattern be tried.
_Key = str


def _term_keys(term: _Term) -> frozenset[_Key] | None:
    """The keys of which a word must have one to match a term; None: not decidable."""
    kind, word, _lang, typo_keys, _phrase = term
    if kind in ("stem", "exact"):
        return frozenset({word, *("~" + k for k in typo_keys)})
    if kind in ("prefix", "suffix") and 3 <= len(word) <= MAX_PART:
        return frozenset({("<" if kind == "prefix" else ">") + word})
    return None  # a clause end ("$") or an over-long part


def _needs(parts: tuple[_Items, ...]) -> tuple[frozenset[_Key], ...]:
    """What a text must contain for a pattern to match: the keys of each word that is
    not optional (the anchor, "$" and words that keys cannot decide are left out)."""
    needs: list[frozenset[_Key]] = []
    for p, part in enumerate(parts):
        for i, (terms, _gap, optional) in enumerate(part):
            if optional or (p == 0 and i == 0):
                continue
            keys: set[_Key] = set()
            for term in terms:
                found = _term_keys(term)
                if found is None:
                    break
                keys |= found
            else:
                needs.append(frozenset(keys))
    return tuple(needs)


_AFTER_STAR = re.compile(r"\*([a-z0-9']+)")  # searched only from a '*': no backtracking


def _affix_words(sources: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Every word used with a '*' (prefixes, suffixes), read in one pass over all the
    sources: a word then only records the parts of itself that some pattern looks for.
    A superset is harmless; a word missing here only makes its pattern tried more often."""
    text = "\n".join(map(fold, sources))
    prefixes = (word[::-1] for word in _AFTER_STAR.findall(text[::-1]))  # "abc*", mirrored
    return frozenset(prefixes), frozenset(_AFTER_STAR.findall(text))


def synonym_pattern(word: str) -> str | None:
    """A theme's synonym as a pattern: two words in either order, longer ones in order."""
    parts = [p for p in re.split(r"[^a-z0-9]+", fold(word)) if p]
    if not parts:
        return None
    if len(parts) == 1:
        only = parts[0]
        return f"{only}|{only}*" if len(only) >= lexicon.FUZZY_MIN else only
    if len(parts) == 2:
        return " & ".join(parts)
    return " ..2 ".join(parts[:12])


def theme_patterns(theme: Theme) -> list[PatternText]:
    """Every pattern of a theme: its own, the floor's, and its names and synonyms."""
    out = list(theme.patterns)
    for lang, sources in lexicon.FLOOR.get(theme.id, {}).items():
        out.extend(PatternText(s, lang) for s in sources)
    named = [(theme.id, "en"), (theme.label.nl, "nl"), (theme.label.en, "en")]
    named += [(w, "nl") for w in theme.synonyms_nl] + [(w, "en") for w in theme.synonyms_en]
    for word, lang in named:
        pattern = synonym_pattern(word)
        if pattern is not None:
            out.append(PatternText(pattern, lang, "synonym"))
    return out


class _Word:
    """What matching needs to know about one word; built once per distinct word."""

    __slots__ = ("_keys", "anchors", "en", "extra", "nl", "word")

    def __init__(self, word: str, anchors: frozenset[int]) -> None:
        self.word = word
        self.nl = stem("nl", word)
        self.en = stem("en", word)
        self.anchors = anchors
        self.extra: tuple[_Key, ...] = ()  # keys beyond the stems and the word itself
        self._keys: frozenset[str] | None = None

    def keys(self) -> frozenset[str]:
        if self._keys is None:
            long = (
                lexicon.FUZZY_MIN <= len(self.word) <= MAX_TYPO_WORD
                and self.word not in lexicon.NOT_TYPOS
            )
            self._keys = frozenset(_deletes(_phonetic(self.word))) if long else frozenset()
        return self._keys

    def match(self, term: _Term) -> int:
        """0: no, 1: yes, 2: only as a typo."""
        kind, word, lang, typo_keys, _phrase = term
        w = self.word
        if kind == "stem":
            if (self.nl if lang == "nl" else self.en) == word:
                return 1
        elif kind == "exact":
            if w == word:
                return 1
        elif kind == "prefix":
            return 1 if w.startswith(word) else 0
        else:
            return 1 if (w.endswith(word) and len(w) > len(word)) or w == word else 0
        if typo_keys and not self.keys().isdisjoint(typo_keys):
            return 2
        return 0


def _compile_term(term: Term, lang: str, typos: bool) -> _Term:
    if term.kind == "end":
        return ("end", "$", lang, frozenset(), ())
    if "_" in term.word:
        stems = tuple(stem(lang, w) for w in term.word.split("_"))
        return ("stem", stems[0], lang, frozenset(), stems[1:])
    word = stem(lang, term.word) if term.kind == "stem" else term.word
    keys: frozenset[str] = frozenset()
    if typos and term.kind in ("stem", "exact") and len(term.word) >= lexicon.FUZZY_MIN:
        keys = frozenset(_deletes(_phonetic(term.word)))
    return (term.kind, word, lang, keys, ())


def _anchor_words(source: str) -> list[tuple[str, str]]:
    """(kind, word) of a pattern's first word, read cheaply (the full parse waits)."""
    text = fold(source).lstrip().lstrip("!").lstrip()
    first = text.split(None, 1)[0] if text else ""
    out = []
    for alternative in first.rstrip("?").split("|"):
        alternative = alternative.split("_", 1)[0]
        if alternative.startswith("="):
            out.append(("exact", alternative[1:]))
        elif alternative.endswith("*") and not alternative.startswith("*"):
            out.append(("prefix", alternative[:-1]))
        elif alternative.startswith("*") and not alternative.endswith("*"):
            out.append(("suffix", alternative[1:]))
        elif alternative:
            out.append(("stem", alternative))
    return out


class Recogniser:
    """The patterns of every theme, indexed by their first word and parsed on first use."""

    def __init__(self, themes: Mapping[str, Theme]) -> None:
        self.themes = themes
        # Typos, negation and a theme's reach are judged more carefully where it matters:
        # for acute themes (and the floor), whatever the catalogue says.
        self._acute = frozenset(
            [t.id for t in themes.values() if t.tier is Tier.ACUTE]
            + list(lexicon.FLOOR)
            + list(lexicon.RISK_TO_LIFE)
        )
        self._words: dict[str, _Word] = {}
        self._parsed: dict[int, _Compiled | None] = {}

    @cached_property
    def _affixes(self) -> tuple[frozenset[str], frozenset[str]]:
        """The parts of words that patterns look for: their anchors and other words."""
        sources, index = self._index
        prefixes, suffixes = _affix_words(text.text for _theme, text in sources)
        anchors = {kind: {w for k, _lang, w in index if k == kind} for kind in ("prefix", "suffix")}
        return prefixes | anchors["prefix"], suffixes | anchors["suffix"]

    @cached_property
    def _index(self) -> tuple[list[tuple[str, PatternText]], dict[tuple[str, str, str], list[int]]]:
        sources: list[tuple[str, PatternText]] = []
        for theme in self.themes.values():
            sources.extend((theme.id, text) for text in theme_patterns(theme))
        for lang, figures in lexicon.FIGURES.items():
            sources.extend(("", PatternText(f, lang)) for f in figures)
        for marker, table in (("@past", lexicon.PAST), ("@well", lexicon.RECOVERED)):
            for lang, sources_ in table.items():
                sources.extend((marker, PatternText(f, lang)) for f in sources_)
        index: dict[tuple[str, str, str], list[int]] = {}
        for number, (theme_id, text) in enumerate(sources):
            typos = theme_id in self._acute
            for kind, word in _anchor_words(text.text):
                if not word:
                    continue
                if kind == "stem":
                    key = ("stem", text.lang, stem(text.lang, word))
                else:
                    key = (kind, "", word)
                index.setdefault(key, []).append(number)
                if typos and kind in ("stem", "exact") and len(word) >= lexicon.FUZZY_MIN:
                    for typo in _deletes(_phonetic(word)):
                        index.setdefault(("typo", "", typo), []).append(number)
        return sources, index

    def _pattern(self, number: int) -> _Compiled | None:
        if number in self._parsed:
            return self._parsed[number]
        theme, text = self._index[0][number]
        try:
            parsed = parse(text.text)
        except PatternError:
            compiled = None  # reported by `catalog validate`; the rest still works
        else:
            lang, typos = text.lang, theme in self._acute
            parts = tuple(
                tuple(
                    (
                        tuple(_compile_term(x, lang, typos) for x in item.terms),
                        item.gap,
                        item.optional,
                    )
                    for item in part
                )
                for part in parsed.parts
            )
            prefixes, suffixes = self._affixes
            needs = tuple(  # a part that words do not record cannot rule a pattern out
                need
                for need in _needs(parts)
                if all(
                    (k[:1] != "<" or k[1:] in prefixes) and (k[:1] != ">" or k[1:] in suffixes)
                    for k in need
                )
            )
            compiled = _Compiled(theme, parsed.source, text.origin, parsed.immediate, parts, needs)
        self._parsed[number] = compiled
        return compiled

    def _word(self, word: str) -> _Word:
        found = self._words.get(word)
        if found is not None:
            return found
        index = self._index[1]
        anchors: set[int] = set()
        for lang in ("nl", "en"):
            anchors.update(index.get(("stem", lang, stem(lang, word)), ()))
        anchors.update(index.get(("exact", "", word), ()))
        extra: list[_Key] = []
        # Compound parts are looked up within the first and last MAX_PART characters only:
        # a 10 MB "word" in a hostile row must cost linear time, not quadratic. Only the
        # parts some pattern uses are looked up (the anchors' parts are among them).
        prefixes, suffixes = self._affixes
        for i in range(3, min(len(word), MAX_PART) + 1):
            if word[:i] in prefixes:
                anchors.update(index.get(("prefix", "", word[:i]), ()))
                extra.append("<" + word[:i])
        for i in range(max(0, len(word) - MAX_PART), len(word) - 2):
            if word[i:] in suffixes:
                anchors.update(index.get(("suffix", "", word[i:]), ()))
                extra.append(">" + word[i:])
        found = _Word(word, frozenset(anchors))
        if lexicon.FUZZY_MIN <= len(word) <= MAX_TYPO_WORD and word not in lexicon.NOT_TYPOS:
            typos: set[int] = set()
            for typo in found.keys():  # noqa: SIM118 - a method, not a dict
                typos.update(index.get(("typo", "", typo), ()))
                extra.append("~" + typo)
            found.anchors = found.anchors | typos
        if extra:
            found.extra = tuple(extra)
        if len(self._words) < WORD_MEMO_LIMIT:
            self._words[word] = found
        return found

    def _candidates(self, words: list[_Word]) -> list[tuple[int, _Compiled]]:
        """The patterns whose first word occurs and whose other words may: by keys."""
        anchored: set[int] = set().union(*[w.anchors for w in words])
        if not anchored:
            return []
        features: set[_Key] = set().union(*[(w.word, w.nl, w.en, *w.extra) for w in words])
        parsed = self._parsed
        out = []
        for number in sorted(anchored):
            pattern = parsed[number] if number in parsed else self._pattern(number)
            if pattern is None:
                continue
            for need in pattern.needs:
                if features.isdisjoint(need):
                    break  # a word it needs is not in the text
            else:
                out.append((number, pattern))
        return out

    def read(self, text: str) -> Recognition:
        memo = self._words
        words = [memo.get(w) or self._word(w) for w in words_of(text)]
        candidates = self._candidates(words)
        if not candidates:
            return _NOTHING  # most texts: no pattern can match, no context is needed
        tokens = Tokens(text)
        figures: list[tuple[int, int]] = []
        markers: dict[str, set[int]] = {}
        matches: list[tuple[_Compiled, int, int, tuple[int, ...], bool]] = []
        for number, pattern in candidates:
            # Matching starts only where the pattern's first word occurs, so a long text
            # (a refused request is searched whole) costs what its words cost.
            starts = [p for p, w in enumerate(words) if number in w.anchors]
            for start, end, used, typo in _match(pattern, words, tokens, starts):
                if pattern.theme.startswith("@"):
                    if pattern.theme == "@well" and negation(tokens, start, end, used, False) >= 0:
                        continue  # "I'm not doing okay" is no recovery
                    markers.setdefault(pattern.theme, set()).add(tokens.sentence[start])
                elif pattern.theme:
                    matches.append((pattern, start, end, used, typo))
                else:
                    figures.append((start, end))
        # "three years ago I had such thoughts, now I am fine": a past that is over
        past = markers.get("@past", set()) if "@well" in markers else set()
        findings = [_judge(text, tokens, figures, past, self._acute, *m) for m in matches]
        # Only a pronoun ("ze wil dood"): the student in a counsellor's note, or someone
        # else. Both are kept, both acute: the safe reading of an unclear sentence.
        findings += [
            replace(f, theme=lexicon.ABOUT_OTHER)
            for f in findings
            if f.about_other and f.set_aside is None and f.theme != lexicon.ABOUT_OTHER
        ]
        return _summarise(findings)


_NOTHING = Recognition((), ())


def _item_at(terms: tuple[_Term, ...], words: list[_Word], j: int) -> tuple[int, int]:
    """(0 no / 1 yes / 2 as a typo, the last position used) for an item at word j."""
    best, last = 0, j
    for term in terms:
        found = words[j].match(term)
        if found and term[4]:  # a phrase: the following words must follow
            rest = term[4]
            if j + len(rest) >= len(words) or any(
                (words[j + 1 + k].nl if term[2] == "nl" else words[j + 1 + k].en) != part
                for k, part in enumerate(rest)
            ):
                continue
            return found, j + len(rest)
        if found == 1:
            return 1, j
        if found > best:
            best, last = found, j
    return best, last


_Match = tuple[int, int, tuple[int, ...], bool]


def _part_matches(
    items: _Items, words: list[_Word], tokens: Tokens, starts: Iterable[int], limit: int = 0
) -> list[_Match]:
    """The leftmost match of a word sequence with gaps from each start (one pass each)."""
    out: list[_Match] = []
    first = items[0][0]
    for start in starts:
        how, last = _item_at(first, words, start)
        if not how:
            continue
        sentence = tokens.sentence[start]
        taken = tuple(range(start, last + 1))
        states: dict[int, tuple[tuple[int, ...], bool]] = {last: (taken, how == 2)}
        for terms, gap, optional in items[1:]:
            if terms[0][0] == "end":  # "$": only where the clause ends
                c, n = tokens.clause, tokens.n
                states = {e: v for e, v in states.items() if e + 1 >= n or c[e + 1] != c[e]}
                if not states:
                    break
                continue
            grown: dict[int, tuple[tuple[int, ...], bool]] = {}
            for end, (used, typo) in states.items():
                for j in range(end + 1, min(tokens.n, end + gap + 2)):
                    if tokens.sentence[j] != sentence:
                        break
                    if j not in grown:
                        found, last = _item_at(terms, words, j)
                        if found and last not in grown and tokens.sentence[last] == sentence:
                            grown[last] = ((*used, *range(j, last + 1)), typo or found == 2)
            if optional:
                for end, state in states.items():
                    grown.setdefault(end, state)
            states = grown
            if not states:
                break
        if states:
            end = min(states)
            out.append((start, end, *states[end]))
            if limit and len(out) >= limit:
                break
    return out


def _match(
    pattern: _Compiled, words: list[_Word], tokens: Tokens, starts: list[int]
) -> list[_Match]:
    single = len(pattern.parts) == 1
    limit = 1 if pattern.theme and single else 0
    first = _part_matches(pattern.parts[0], words, tokens, starts, limit)
    if single or not first:
        return first
    for start, end, used, typo in first:
        near_by = range(max(0, start - AND_WINDOW), min(tokens.n, end + AND_WINDOW + 1))
        others = [_part_matches(part, words, tokens, near_by) for part in pattern.parts[1:]]
        low, high, all_used = start, end, list(used)
        for options in others:
            near = [
                o
                for o in options
                if tokens.sentence[o[0]] == tokens.sentence[start]
                and max(high, o[1]) - min(low, o[0]) <= AND_WINDOW
            ]
            if not near:
                break
            best = min(near, key=lambda o: abs(o[0] - start))
            low, high = min(low, best[0]), max(high, best[1])
            all_used.extend(best[2])
            typo = typo or best[3]
        else:
            return [(low, high, tuple(sorted(set(all_used))), typo)]
    return []


_FIGURATIVE = frozenset((*lexicon.RISK_TO_LIFE, "grief", "unsafe_situation"))


def _judge(
    text: str,
    tokens: Tokens,
    figures: list[tuple[int, int]],
    past: set[int],
    acute: frozenset[str],
    pattern: _Compiled,
    start: int,
    end: int,
    used: tuple[int, ...],
    typo: bool,
) -> Finding:
    theme = pattern.theme
    risk = theme in lexicon.RISK_TO_LIFE
    begin, finish = tokens.starts[start], tokens.ends[end]
    words = text[begin:finish]
    # Findings are built whole (not copied with dataclasses.replace): this runs per match.
    source, origin = pattern.source, pattern.origin
    for low, high in figures if theme in _FIGURATIVE else ():
        if low <= end + 1 and high >= start - 1:
            cue = text[tokens.starts[low] : tokens.ends[high]]
            return Finding(theme, words, begin, finish, source, origin, "figure_of_speech", cue,
                           typo=typo)  # fmt: skip
    if theme in acute and tokens.sentence[start] in past:
        return Finding(theme, words, begin, finish, source, origin, "past", words, typo=typo)
    framed = frame(tokens, start, end, used)
    if framed is not None:
        return Finding(theme, words, begin, finish, source, origin, "framed", framed, typo=typo)
    # Negation is judged for acute themes only: for the others, the problem itself is
    # often said with a negation ("ik kan niet slapen"), and a false find costs little.
    if theme in acute:
        negated = negation(tokens, start, end, used, risk or theme == "unsafe_situation")
        if negated >= 0:
            cue = tokens.words[negated]
            return Finding(theme, words, begin, finish, source, origin, "negated", cue, typo=typo)
    if theme in lexicon.NOT_FOR_OTHERS and about_other(tokens, start, end, used):
        return Finding(theme, words, begin, finish, source, origin, "about_other", None, True,
                       typo=typo)  # fmt: skip
    who = about_other(tokens, start, end, used) if risk else 0
    immediate = (risk or theme == "unsafe_situation") and (
        pattern.immediate or urgent(tokens, start, end)
    )
    return Finding(
        lexicon.ABOUT_OTHER if who == 1 else theme,
        words,
        begin,
        finish,
        source,
        origin,
        about_other=who > 0 or theme == lexicon.ABOUT_OTHER,
        immediate=immediate,
        typo=typo,
    )


def _summarise(findings: Iterable[Finding]) -> Recognition:
    ordered = sorted(findings, key=lambda f: (f.start, -f.end, f.set_aside is not None))
    counted: list[Finding] = []
    per_theme: dict[str, int] = {}
    for f in ordered:
        if f.set_aside is not None:
            continue
        seen = per_theme.get(f.theme, 0)
        first_urgent = f.immediate and not any(c.immediate for c in counted if c.theme == f.theme)
        if seen == 0 or (seen == 1 and first_urgent):
            counted.append(f)
            per_theme[f.theme] = seen + 1
    found = set(per_theme)
    mentions: dict[str, Finding] = {}
    for f in ordered:
        if f.set_aside is not None and f.theme not in found:
            mentions.setdefault(f.theme, f)
    return Recognition(tuple(counted), tuple(mentions.values()))


def check_pattern(text: str) -> None:
    """Raise PatternError when a pattern cannot be read (for `catalog validate`)."""
    parse(text)
