"""The second net: a text that resembles the risk-to-life sentences we hold, when no
pattern found anything of the kind.

The patterns (core/lexicon*.py, catalog/themes.yaml) are explainable, but students say a
risk to life in more ways than any list holds: on sentences written by outsiders who
never saw the vocabulary, the patterns found about three in four. This net is a linear
model (one logistic regression per risk-to-life theme) over the words of the text and
their pairs, trained by ``tools/train_resemblance.py`` on the labelled corpora in
``tests/data`` (sentences of students and hard negatives that share their words). Its
weights are data (``resemblance.json``, read at the first free text), not code.

It can only add: it is asked only when the patterns found no risk to life in the text and
set none aside (a negation, a study frame or a figure of speech the rules recognised is
their judgement, not the model's). What it finds is shown as such: the pattern reads
``≈ resembles <theme> (0.83)`` and the words are the ones that weighed most, so the
counsellor sees why and asks.
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from typing import Any

from steunwijzer.core.stems import WORD_MEMO_LIMIT
from steunwijzer.core.stems import model_stem as stem

FEATURES_VERSION = 2
WEIGHTS = "resemblance.json"
ANY = "*"  # the weights that say whether a text resembles any risk to life
ORIGIN = "built-in resemblance"  # where a finding of this net comes from, as shown


# Words that carry no meaning of their own: alone they are no feature, and a pair of
# two of them is none either. Without this the net learned the outsiders' style ("like",
# "my", "me") and flagged "I'm scared to open my bank app" as a risk to life (0.95).
_STOP_TEXT = """
    i me my mine myself you your it its is am are was were be been being a an the and or
    but if so that this those these to of in on at for with from by as like just really
    very too also then than what which who how when where why there here do does did
    have has had yes ok okay lol haha ik mij mijn mn je jij jouw het een de en of maar
    als dan dat die dit deze te van op aan voor met bij door om naar ook nog wel al er
    ben bent waren zijn heb hebt heeft hebben wat wie hoe waar waarom toch gewoon echt zo
    heel erg even eigenlijk
"""
STOPWORDS = frozenset(_STOP_TEXT.split())


def features(words: list[str]) -> set[str]:
    """The words (as Dutch and English stems) and each pair of neighbours."""
    return stem_features([stem("nl", w) for w in words], [stem("en", w) for w in words])


def stem_features(nl: list[str], en: list[str]) -> set[str]:
    # The shipped weights hold no stopword feature, so at run time leaving them out only
    # saves look-ups; it is in training that it matters (tools/train_resemblance.py).
    out: set[str] = set()
    for prefix, language, stems in (("n:", "nl", nl), ("e:", "en", en)):
        stop = _stop_stems(language)
        for i, s in enumerate(stems):
            if s not in stop:
                out.add(prefix + s)
            if i + 1 < len(stems) and not (s in stop and stems[i + 1] in stop):
                out.add(prefix + s + "_" + stems[i + 1])
    return out


_STOPS: dict[str, frozenset[str]] = {}  # by language; packed by the build when it can


def _stop_stems(language: str) -> frozenset[str]:
    found = _STOPS.get(language)
    if found is None:
        found = _STOPS[language] = frozenset(stem(language, w) for w in STOPWORDS)
    return found


# Dutch words that are no English word of the same use (their Dutch stems), for telling
# a Dutch "die" ("that") from the English verb.
_DUTCH_TEXT = """
    aan de het een van op voor met bij door om naar dat die dit deze te en ik je ze zijn er
    wat als maar nog wel ook al zo niet geen heel erg mijn mn jouw haar hem hun ons onze
    uit over toen dan want omdat zodat heb hebt heeft ben bent waren wordt word kan kon
    moet moest wil wou zal zou ga gaat ging zit zat doe doet deed
"""
_DUTCH_FUNCTION = frozenset(_DUTCH_TEXT.split())
# A guess without a cue word that rests on these words alone is dropped: "I want to
# understand why ...", "ze hebben mijn foto zonder mijn toestemming gebruikt" resembled a
# wish to die at 0.91-0.95 (round 25). Over every labelled corpus this kept every risk
# sentence the net found; "eerlijk gezegd" was left out of it: the net weighed it, rightly,
# in "... omdat ik niet verwacht dat ik er dan nog ben".
_BARE = frozenset(("zonder", "without", "want", "wanted", "i", "ik"))


class Model:
    """Weights per theme, a bias per theme and the threshold a score must pass."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("features_version") != FEATURES_VERSION:
            raise ValueError("resemblance weights were trained on other features")
        if ANY not in data["weights"] or set(data["weights"]) - set(data["bias"]):
            raise ValueError("resemblance weights lack a theme's weights or bias")
        self.threshold = float(data["threshold"])
        # Weights from before this second bar judge no text without a cue word.
        self.threshold_without_cue = float(data.get("threshold_without_cue", 2.0))
        self.cues = frozenset(str(c) for c in data["cues"])
        # Read as JSON gives them (numbers): converting 10,000 weights would cost more
        # than reading them.
        self.bias: dict[str, float] = data["bias"]
        self.weights: dict[str, dict[str, float]] = data["weights"]
        # For the deciding score, asked of every free text without a pattern finding:
        # what each stem contributes, remembered per stem (see deciding_score).
        starts = data.get("pair_starts")  # packed by the build (compiled_weights)
        self._lefts: frozenset[str] | None = starts if isinstance(starts, frozenset) else None
        self._stems: dict[str, dict[str, tuple[str | None, bool, bool, str]]] = {
            "nl": {},
            "en": {},
        }

    def score(self, theme: str, found: set[str]) -> float:
        weights = self.weights[theme]
        z = self.bias[theme] + sum(weights.get(f, 0.0) for f in found)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def deciding_score(self, nl: list[str], en: list[str]) -> float:
        """``score(ANY, stem_features(nl, en))``, without building the features that
        carry no weight: each stem's own feature and whether any weighted pair starts
        with it are looked up once per stem, so a pair is spelt out only where it may
        weigh. Every free text without a pattern finding is asked this (a batch of
        100,000 rows: about 7 us a row instead of 15)."""
        weights = self.weights[ANY]
        lefts = self._lefts
        if lefts is None:
            lefts = self._lefts = pair_starts(weights)
        seen: set[str] = set()
        for prefix, language, stems in (("n:", "nl", nl), ("e:", "en", en)):
            memo = self._stems[language]
            stop = _stop_stems(language)
            last = len(stems) - 1
            for i, s in enumerate(stems):
                known = memo.get(s)
                if known is None:
                    key = prefix + s
                    own = key if key in weights and s not in stop else None
                    known = (own, key in lefts, s in stop, key)
                    if len(memo) < WORD_MEMO_LIMIT:
                        memo[s] = known
                own, starts_pair, is_stop, key = known
                if own is not None:
                    seen.add(own)
                if starts_pair and i < last and not (is_stop and stems[i + 1] in stop):
                    pair = key + "_" + stems[i + 1]
                    if pair in weights:
                        seen.add(pair)
        z = self.bias[ANY] + sum(weights[f] for f in seen)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def touches(self, nl: list[str], en: list[str]) -> bool:
        """The text holds a cue word. A Dutch word read as English is no cue among
        Dutch function words: "aan die herkansing" is no "die" (an outsiders' set,
        round 15, where it let a sleepless night over a resit resemble a wish to die)."""
        cues = self.cues
        last = len(en) - 1
        for i, s in enumerate(en):
            if s not in cues and nl[i] not in cues:
                continue
            if nl[i] in _DUTCH_FUNCTION and (
                (i > 0 and nl[i - 1] in _DUTCH_FUNCTION)
                or (i < last and nl[i + 1] in _DUTCH_FUNCTION)
            ):
                continue
            return True
        return False

    def best(
        self, nl: list[str], en: list[str], cue_only: bool = False
    ) -> tuple[str, float, list[int]] | None:
        """The theme the text (its words' Dutch and English stems) resembles most, its
        score and the positions of the words that weighed most for it (at most three,
        each with a positive weight), or None below the threshold."""
        touches = self.touches(nl, en)
        # Without a cue word the bar is higher (0.97), not absent: on outsiders'
        # sentences most of what the net missed named no cue word ("only one exit
        # left", "swerving in front of a truck"); a stricter bar finds those and not
        # "I'm scared to open my bank app" (docs/vocabulary.md, "Cue words and the
        # second bar").
        bar = self.threshold if touches else self.threshold_without_cue
        if bar > 1.0 or (cue_only and not touches):
            return None  # the text does not touch a risk to life at all
        score = self.deciding_score(nl, en)  # a risk to life at all
        if score < bar:
            return None
        found = stem_features(nl, en)
        scores = {t: self.score(t, found) for t in self.weights if t != ANY}
        theme = max(scores, key=lambda t: scores[t])
        weights = self.weights[theme]
        weight_of = [
            max(weights.get("n:" + a, 0.0), weights.get("e:" + b, 0.0))
            for a, b in zip(nl, en, strict=True)
        ]
        top = sorted(range(len(nl)), key=lambda i: -weight_of[i])[:3]
        positions = sorted(i for i in top if weight_of[i] > 0)
        if not touches and all(en[i] in _BARE or nl[i] in _BARE for i in positions):
            return None  # "zonder mijn toestemming gebruikt": no need rests on these alone
        return (theme, score, positions) if positions else None


def _raw() -> bytes:
    # Beside this module in the wheel and in a checkout (importlib.resources would cost
    # more to import than the weights cost to read; pathlib about 4 ms).
    with open(os.path.join(os.path.dirname(__file__), WEIGHTS), "rb") as handle:
        return handle.read()


def _compiled(raw: bytes) -> dict[str, Any] | None:
    """The weights as the build packed them from exactly these bytes (core/prebuilt.py),
    or None: reading them costs about half of parsing the JSON."""
    from steunwijzer.core import prebuilt

    folder = os.path.dirname(os.path.dirname(__file__))
    try:
        with open(os.path.join(folder, prebuilt.WEIGHTS_NAME), "rb") as handle:
            return prebuilt.unpack_weights(handle.read(), raw)
    except OSError:
        return None


def compiled_weights() -> bytes:
    """The shipped weights packed for the build (hatch_build.py), with the first words of
    the weighted pairs worked out once (see ``Model.deciding_score``)."""
    from steunwijzer.core import prebuilt

    raw = _raw()
    data = json.loads(raw)
    Model(data)  # weights that do not load are not packed
    data["pair_starts"] = pair_starts(data["weights"][ANY])
    # The stopwords' stems depend on the stemmer: kept with its version (prebuilt.stamp).
    data["stop_stems"] = {"stemmer": prebuilt.stamp(), "nl": _stop_stems("nl")}
    data["stop_stems"]["en"] = _stop_stems("en")
    return prebuilt.pack_weights(raw, data)


def pair_starts(weights: dict[str, float]) -> frozenset[str]:
    # A word never holds "_" (core/textcontext.py splits on it), so a pair's first word
    # ends at its first "_".
    return frozenset(key.partition("_")[0] for key in weights if "_" in key)


@cache
def model() -> Model | None:
    """The shipped weights, read once; None when they are missing or unreadable (the
    patterns then stand alone, as before this net existed)."""
    try:
        raw = _raw()
        packed = _compiled(raw)
        if packed is not None:
            from steunwijzer.core.prebuilt import stamp

            stops = packed.get("stop_stems")
            if isinstance(stops, dict) and stops.get("stemmer") == stamp():
                _STOPS.setdefault("nl", stops["nl"])
                _STOPS.setdefault("en", stops["en"])
        return Model(packed or json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def resembles(
    nl: list[str], en: list[str], cue_only: bool = False
) -> tuple[str, float, list[int]] | None:
    """(theme, score, positions of the words that weighed most) or None. ``cue_only``:
    only a text that touches a cue word is judged (one sentence of a longer text)."""
    found = model()
    return None if found is None else found.best(nl, en, cue_only)
