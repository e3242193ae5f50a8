"""The second net's findings (core/resemblance.py) shown as findings: which theme, the
words that weighed most as a phrase one can read, and set aside beside a past that is
over, as the rules' findings are. A guess is never an immediate danger."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from steunwijzer.core import lexicon, resemblance
from steunwijzer.core.findings import Finding, Recognition
from steunwijzer.core.guess_explained import explained_otherwise as explained_otherwise
from steunwijzer.core.matchchecks import DUTCH_AFTER_WANT, said_safe
from steunwijzer.core.matching import Word
from steunwijzer.core.misreads import (
    medicine_for_an_ailment,
    not_a_death,
    not_myself,
    throwing_up,
)
from steunwijzer.core.stems import APART_NL, THIRD_NL, model_stem
from steunwijzer.core.textcontext import Tokens, about_other, words_of
from steunwijzer.core.textframe import frame
from steunwijzer.core.textpast import past_near, recent

_OWN_RISK = frozenset(("suicidal_thoughts", "self_harm"))  # a threat to a sister stays one
# The risks the net knows that can be the student's own, in a note about her.
NOTE_OWN_RISK = frozenset(("suicidal_thoughts", "self_harm", "unsafe_situation"))


_WRITER = frozenset(("i", "ik", "me", "mij", "my", "mijn", "m'n", "mn", "myself", "mezelf"))
_HE_SHE = frozenset(("he", "she", "him", "her", "hij", "zij", "ze", "hem", "haar"))


def _writer_apart(tokens: Tokens, positions: list[int]) -> bool:
    """A "he" or "she" in the weighed words, in a sentence where the writer does not
    speak, while the writer says "I" elsewhere: someone else. Not "ziet ze de littekens
    op mijn onderarm", "ik vermoord die printer, hij doet het weer nie", "I'm scared
    they'll try to stop me": the writer is in that sentence."""
    words, sentence = tokens.words, tokens.sentence
    if _WRITER.isdisjoint(words):
        return False
    named = {sentence[j] for j in range(positions[0], positions[-1] + 1) if words[j] in _HE_SHE}
    return any(
        _WRITER.isdisjoint(w for j, w in enumerate(words) if sentence[j] == s) for s in named
    )


def resembling(text: str, words: list[Word], tokens: Tokens | None = None) -> Recognition | None:
    """What the second net (core/resemblance.py) finds in a text, shown as such."""
    best = resemblance.resembles(_model_nl(words), _model_en(words))
    if best is None and _SENTENCE_MARK.search(text):
        tokens = tokens or Tokens(text)
        best = _best_sentence(tokens, words)
    if best is None:
        return None
    tokens = tokens or Tokens(text)
    if tokens.sentence[best[2][0]] != tokens.sentence[best[2][-1]]:
        # Weighed across sentences, the words shown were no phrase anyone said ("meer
        # naar college. soms denk": a role-play, round 16): the sentence that resembles
        # most, when one does on its own, as the same need ("Sinds opa dood is ..." read
        # alone as concern for someone else; round 16).
        alone = _best_sentence(tokens, words)
        best = alone if alone is not None and alone[0] == best[0] else best
    theme, score, positions = best
    if theme == "unsafe_situation" and said_safe(tokens, positions[0]):
        return None  # "I feel safe at home, it's nothing like that" (round 17)
    if (
        not_myself(tokens, positions)
        or medicine_for_an_ailment(tokens, positions)
        or throwing_up(tokens, positions)
        or not_a_death(tokens, positions)
    ):
        return None  # "voel me niet mezelf", "pillen tegen hooikoorts" (round 49)
    other = about_other(tokens, positions[0], positions[-1], ()) if theme in _OWN_RISK else 0
    if other == 1 or (other == 2 and _writer_apart(tokens, positions)):
        # "een vriendin appte 'ik ben er klaar mee' en reageert niet": the net weighed it
        # as the student's own wish, and the student's honest "nee" then settled it: no
        # 113, nothing for the friend (a role-play, round 15). Someone named: concern.
        # So is a "he" where the writer says "I" elsewhere: "i cant think about school
        # now. what if he already did it" (a role-play, round 30, C3).
        theme = lexicon.ABOUT_OTHER
    sentences = [tokens.sentence[p] for p in positions]
    if sentences[0] != sentences[-1]:  # no sentence alone: the one most words weighed in
        most = max(sentences, key=lambda n: (sentences.count(n), n))
        inside = [i for i in range(tokens.n) if tokens.sentence[i] == most]
        positions = [inside[0], inside[-1]]
    first, last = positions[0], positions[-1]
    if first == last:
        # One word weighed is no phrase to ask about: "(mostly in 'hij')", "'would'",
        # "'last'" named nothing a counsellor could take up (a role-play, round 43). The
        # words around it in its clause are shown.
        around = range(max(0, first - _AROUND), min(tokens.n, first + _AROUND + 1))
        near = [i for i in around if tokens.clause[i] == tokens.clause[first]]
        first, last = near[0], near[-1]
    begin, finish = tokens.starts[first], tokens.ends[last]
    # The words as written from the first weighed word to the last, when that is a
    # phrase one can read ("soms denk ik dat het allemaal geen zin"); else the weighed
    # words with "…" between: "soms denk zin" alone read as nothing (a role-play, round 8).
    span = text[begin:finish]
    shown = span if len(span) <= _SPAN_SHOWN else _gapped(text, tokens, positions)
    finding = Finding(
        theme,
        " ".join(shown.split()),
        begin,
        finish,
        f"\u2248 resembles {theme} ({score:.2f})",
        resemblance.ORIGIN,
        about_other=theme == lexicon.ABOUT_OTHER,
        # A guess is "ask about it", never "call 112 now": "nee, al ga ik soms dood van
        # al die open dagen haha" weighed "soms dood", and "ga" beside it made the screen
        # say "direct danger" after three fresh no's (a role-play, round 13).
        immediate=False,
    )
    return Recognition((finding,), ())


def as_own(
    found: Recognition, words: list[Word], themes: frozenset[str] = _OWN_RISK
) -> Recognition:
    """The net's concern for someone else as the writer's own risk, the one of
    ``themes`` (suicidal thoughts, self-harm) the words resemble most: for a text that
    says the friend it asked for is the writer (core/textreveal.py)."""
    return _as_own(found, _model_nl(words), [w.en for w in words], themes)


def as_own_in(found: Recognition, text: str, themes: frozenset[str]) -> Recognition:
    """``as_own`` for the net's own guesses only, in a text whose words were not
    matched (a note read again)."""
    words = words_of(text)
    nl = [model_stem("nl", w) for w in words]
    return _as_own(found, nl, [model_stem("en", w) for w in words], themes, only_net=True)


def _as_own(
    found: Recognition,
    nl: list[str],
    en: list[str],
    themes: frozenset[str],
    only_net: bool = False,
) -> Recognition:
    def mine(f: Finding) -> bool:
        return f.theme == lexicon.ABOUT_OTHER and (not only_net or f.origin == resemblance.ORIGIN)

    net = resemblance.model()
    if net is None or not any(mine(f) for f in found.findings):
        return found
    features = resemblance.stem_features(nl, en)
    own = max(sorted(themes), key=lambda t: net.score(t, features))
    return Recognition(
        tuple(
            replace(f, theme=own, about_other=False, pattern=f.pattern.replace(f.theme, own))
            if mine(f)
            else f
            for f in found.findings
        ),
        found.mentions,
    )


def judged_guess(
    found: Finding, tokens: Tokens, past: set[int], findings: list[Finding]
) -> Finding:
    """A guess of the net beside words that tell of a past the text says is over, or
    inside a study or a book, is set aside as the rules' findings are (shown as a
    mention, never dropped): "toen ik 15 was heb ik pillen geslikt. nu 8 jaar later gaat
    het goed" weighed "pillen" as a wish to die now (an outsiders' set, round 20)."""
    if found.start not in tokens.starts:
        return found
    at = tokens.starts.index(found.start)
    last = max(i for i in range(tokens.n) if tokens.starts[i] < found.end)
    if not past or not past_near(tokens, past, at, last) or recent(tokens, at, last):
        # A guess inside a study or a book is framed as the rules' findings are: "In
        # mijn scriptie over depressie citeer ik patiënten die ... beter af zouden zijn
        # zonder hen", "In het boek dat we voor criminologie lezen staat een ex ..." (1.00
        # both; a blind set of twins, round 52). Shown as a mention, never dropped.
        framed = frame(tokens, at, last, tuple(range(at, last + 1)), True) or next(
            (f.cue for f in findings if f.set_aside == "framed" and _same_sentence(tokens, f, at)),
            None,
        )  # (or a rules' finding framed in its sentence: "In mijn scriptie over depressie")
        return found if framed is None else replace(found, set_aside="framed", cue=framed)
    return replace(found, set_aside="past", cue=found.words)


def _same_sentence(tokens: Tokens, found: Finding, at: int) -> bool:
    return found.start in tokens.starts and (
        tokens.sentence[tokens.starts.index(found.start)] == tokens.sentence[at]
    )


_SPAN_SHOWN = 80
_AROUND = 4  # words each side of a lone weighed word
_SENTENCE_MARK = re.compile(r"[.!?;\n]")


def _best_sentence(tokens: Tokens, words: list[Word]) -> tuple[str, float, list[int]] | None:
    """The net asked of each sentence of a longer text: "I can't sleep." before "some
    nights I think it would be easier not to wake up" weighed the whole text below the
    bar (a role-play, round 12). Only sentences of six words or more that touch a cue
    word are asked: a short everyday question ("zou iemand mijn cv willen nalezen?")
    scored 0.92 on its own."""
    found: tuple[str, float, list[int]] | None = None
    begin = 0
    for end in range(1, tokens.n + 1):
        if end < tokens.n and tokens.sentence[end] == tokens.sentence[begin]:
            continue
        if end - begin >= 6 and (begin > 0 or end < tokens.n):
            part = words[begin:end]
            best = resemblance.resembles(_model_nl(part), _model_en(part), True)
            if best is not None and (found is None or best[1] > found[1]):
                found = (best[0], best[1], [begin + p for p in best[2]])
        begin = end
    return found


def _gapped(text: str, tokens: Tokens, positions: list[int]) -> str:
    parts = [text[tokens.starts[positions[0]] : tokens.ends[positions[0]]]]
    for before, at in itertools.pairwise(positions):
        gap = "" if at == before + 1 else " \u2026"
        parts.append(f"{gap} {text[tokens.starts[at] : tokens.ends[at]]}")
    return "".join(parts)


def _model_nl(words: list[Word]) -> list[str]:
    """The Dutch stems the net was trained on: matching reads "ziet" as "zie" (stems.py),
    the net's weights know "ziet" as it is, and "al" as "alles"."""
    return [
        model_stem("nl", w.word) if w.word in THIRD_NL or w.word in APART_NL else w.nl
        for w in words
    ]


def _model_en(words: list[Word]) -> list[str]:
    """The English stems, but the Dutch "want" ("because") is no English wish: "bang
    voor mijn herkansing want als ik die niet haal" resembled a wish to die (0.96) on
    the English "want" (set160, round 53). Read as a stopword, it weighs nothing."""
    return [
        "and"
        if w.word == "want" and i + 1 < len(words) and words[i + 1].word in DUTCH_AFTER_WANT
        else w.en
        for i, w in enumerate(words)
    ]
