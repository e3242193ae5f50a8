"""Words to keys: Snowball stems (PyStemmer, remembered per word) and the spelling keys
that let a misspelt long word still match ("zelfmort", "suicidle")."""

from __future__ import annotations

from steunwijzer.core.lazyre import lazy_compile

WORD_MEMO_LIMIT = 200_000
_DOUBLE = lazy_compile(r"(.)\1+")
_STEMMERS: dict[str, object] = {}
_STEMS: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
_SNOWBALL = {"nl": "dutch", "en": "english"}


# No real word part is longer than this; longer tokens are still searched at both ends.
MAX_PART = 48
# Misspellings are only looked for in word-sized tokens (the deletes are quadratic).
MAX_TYPO_WORD = 40


def stem(language: str, word: str) -> str:
    """The stem patterns are matched by: a short verb's third person as its "ik" form,
    and "al" (already) apart from "alles" (everything)."""
    if language == "nl":
        kept = APART_NL.get(word)
        if kept is not None:
            return kept
        third = THIRD_NL.get(word)
        if third is not None:
            return model_stem(language, third)
    elif word in APART_EN:
        return APART_EN[word]
    return model_stem(language, word)


def model_stem(language: str, word: str) -> str:
    """The Snowball stem of a word, remembered per word (PyStemmer, loaded on first use).
    The resemblance model's features are these (its weights were trained on them)."""
    memo = _STEMS[language]
    found = memo.get(word)
    if found is None and word.isdigit() and word.isascii():
        return word  # Snowball leaves a number as it is; a row's own number fills no memo
    if found is None:
        stemmer = _STEMMERS.get(language)
        if stemmer is None:
            import Stemmer  # lazily: only free text needs it

            stemmer = _STEMMERS[language] = Stemmer.Stemmer(_SNOWBALL[language])
        found = stemmer.stemWord(word)  # type: ignore[attr-defined]
        if language == "nl":
            found = _dutch(stemmer, word, found)
        if len(memo) < WORD_MEMO_LIMIT:
            memo[word] = found
    return found


# Words Snowball folds onto a risk word they do not mean: "geweldig" (great) stemmed as
# "geweld" (violence), so "het feest was geweldig" read as an unsafe situation (an
# outsiders' set, round 30).
_KEPT_NL = dict.fromkeys(
    ("geweldig", "geweldige", "geweldiger", "geweldigst", "geweldigste"), "geweldig"
)


# The third person of short verbs, which the -t rule of _dutch (five letters or more, so
# "kant" stays "kant") does not reach: a counsellor's note "ze ziet het niet meer zitten,
# slaapt slecht" lost the despair that "ik zie het niet meer zitten" finds (a role-play,
# round 46). Only verbs whose -t form is said of a person: "het gaat niet meer", "de
# trein komt", "het heeft geen zin" are no "ik ga", "ik kom", "ik heb" (round 47).
THIRD_NL = {"ziet": "zie", "wilt": "wil", "durft": "durf", "hoeft": "hoef", "blijft": "blijf"}


# Words Snowball folds onto another word's stem, kept apart for matching only (the net
# was trained on Snowball's stems): "al" (already) stems as "alles" (everything), so
# "voelt zich al maanden somber, geen zin in iets" read as "alles ... geen zin", a wish
# to die (an outsiders' set, round 49). So does "als" (if, when): "ook als ik er geen
# zin in heb" was "alles ... geen zin" (an outsiders' set, round 63).
APART_NL = {"al": "al~", "als": "als~"}
# "ironic" stems as "iron": "drinking myself, which is pretty ironic" was burning oneself
# with an iron (an outsiders' set, round 63).
APART_EN = {"ironic": "ironic~", "ironically": "ironic~"}


def _dutch(stemmer: object, word: str, found: str) -> str:
    """Three repairs to the Dutch stemmer: "springt" stems as "springen" (a verb's -t is
    left on), a stem that lost a "ge-" prefix is kept apart ("geweld" is not "wel"), and
    the words of _KEPT_NL keep their own stem."""
    if word in _KEPT_NL:
        return _KEPT_NL[word]
    if found == word and len(word) >= 5 and word[-1] == "t" and word[-2] != "t":
        found = stemmer.stemWord(word[:-1])  # type: ignore[attr-defined]
    if found and not word.startswith(found[:2]):
        found = "~" + found
    return _close_syllable(found)


_OPEN_SYLLABLE = lazy_compile(r"^(.*[^aeiouy])([aeou])([^aeiouy])e$")


def _close_syllable(word: str) -> str:
    """Dutch writes a long vowel single before ``-e`` ("eenzame", "grote") and double
    in a closed syllable ("eenzaam", "groot"); Snowball keeps the ``-e`` of adjectives,
    so the open form is closed here and both spellings meet."""
    match = _OPEN_SYLLABLE.match(word) if len(word) > 4 else None
    if match is None:
        return word
    head, vowel, consonant = match.groups()
    return f"{head}{vowel}{vowel}{consonant}"


def phonetic(word: str, swaps: bool = True) -> str:
    """A spelling key that forgives common slips: oo/o, d/t at the end, ij/y/ei, c/k,
    and what writers with dyslexia or Dutch as a second language swap by sound: z/s and
    v/f (round 12: "ik sie het niet meer sitten", "ik foel me niet feilig")."""
    w = word.replace("ij", "ei").replace("y", "i").replace("ck", "k").replace("ph", "f")
    w = w.replace("c", "k").replace("dt", "t")
    w = w.replace("z", "s")
    if swaps:
        w = w.replace("v", "f")
    if w.endswith("d"):
        w = w[:-1] + "t"
    return _DOUBLE.sub(r"\1", w)


def deletes(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


# Words shorter than the typo length (lexicon.FUZZY_MIN) but this long are matched by
# sound only, never with a letter lost: one deletion turns "leven" into "lezen"'s
# neighbour, while "lefen", "leeven" and "leven" sound alike (round 12).
SOUND_MIN = 4


def typo_keys(word: str, fuzzy_min: int) -> set[str]:
    """The keys under which a misspelt word may still match an acute theme's word: one
    slip for long words, the sound alone for words of SOUND_MIN letters or more."""
    if len(word) >= fuzzy_min:
        # One slip beside the v/f swap, or the swap alone: not both. The swap and a lost
        # letter made "offered" the Dutch "overleed" (acute grief for a friend's help
        # with a schedule: an outsiders' set, round 19).
        return deletes(phonetic(word, swaps=False)) | {phonetic(word)}
    if len(word) >= SOUND_MIN:
        # Apart from the long words' keys: "trapped" less a letter sounds like "raped".
        return {"=" + phonetic(word)}
    return set()
