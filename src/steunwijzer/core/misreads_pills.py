"""Pills and containers named in a sense that is no means. Used by core/misreads.

Round 57's closing note left two immediate findings that were the daily round and a
snack: "ik heb vanochtend alle medicijnen ingenomen zoals voorgeschreven" and "gisteren
de hele pot pindakaas genomen" were an overdose (immediate). Taking medicine as
prescribed is the opposite of a means; a container of food is no container of pills.
An amount said to be taken at once, or a medicine named beside the food, keeps the
finding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

# Taken as the doctor said: "zoals voorgeschreven", "as prescribed", "volgens het
# voorschrift", "like the doctor said", "zoals de huisarts zei".
_PRESCRIBED = lexicon.word_set("voorgeschreven voorschrift prescribed prescription directed")
_AS = lexicon.word_set("zoals volgens as like per")
_DOCTOR = lexicon.word_set(
    "dokter huisarts arts psychiater apotheker doctor gp psychiatrist pharmacist doc"
)
_SAID = lexicon.word_set("zei zegt zei_het said says told")
# An amount at once keeps the means: "alle pillen tegelijk, niet zoals voorgeschreven".
_AT_ONCE = lexicon.word_set(
    "tegelijk tegelijkertijd overdosis overdose once keer niet not instead plaats "
    # "zoals voorgeschreven, maar toen nog de hele strip erbij": more after the dose
    "maar but toen daarna then erbij extra plus rest"
)


def _sentence_of(tokens: Tokens, at: int) -> list[str]:
    here = tokens.sentence[at]
    return [w for w, s in zip(tokens.words, tokens.sentence, strict=True) if s == here]


def taken_as_prescribed(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when the sentence of the match says the medicine was taken as prescribed
    (or as a doctor said) and names no taking at once and no "not as prescribed"."""
    if not used or _MEDS.isdisjoint(tokens.words[j] for j in used):
        return False  # the match itself takes medicine: not "... en ik wil dood" beside it
    said = _sentence_of(tokens, used[0])
    if not _AT_ONCE.isdisjoint(said):
        return False
    for n, w in enumerate(said):
        before = said[max(0, n - 3) : n]
        if w in _PRESCRIBED and not _AS.isdisjoint(before):
            return True
        if w in _SAID and not _DOCTOR.isdisjoint(before) and not _AS.isdisjoint(said[:n]):
            return True
    return False


# A container that holds food or drink, not pills (alcohol is left out on purpose: a
# whole bottle of vodka beside a wish is no snack): "de hele pot pindakaas", "a whole box
# of cookies", "een hele zak chips". A medicine named in the sentence keeps the means.
_CONTAINERS = lexicon.word_set(
    "pot potje doos doosje zak zakje pak pakje bak bakje fles flesje box jar bag pack "
    "packet bottle tub tin tube"
)
_FOOD = lexicon.word_set(
    "pindakaas chips koekjes koek chocola chocolade bonbons ijs snoep snoepjes drop pizza "
    "hagelslag nutella kaas brood cereal muesli nootjes noten popcorn taart gebak stroopwafels "
    "sap melk cola thee koffie kruidnoten pepernoten speculaas "
    "cookies cookie biscuits crisps candy sweets chocolates cake nuts peanut butter jam "
    "icecream ice cream juice milk tea coffee oreos doritos pringles "
    "cigarettes sigaretten tissues"
)
_MEDS = lexicon.word_set(
    "pil pillen pilletjes tablet tabletten medicijn medicijnen medicatie pill pills tablets "
    "meds medication medicine paracetamol ibuprofen slaappillen oxazepam insuline insulin "
    "painkillers pijnstillers sleeping_pills antidepressants antidepressiva temazepam"
)
_OF = lexicon.word_set("of vol met with full")


def a_container_of_food(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when the match's container word is followed (within two words, "of" or
    "vol" between) by a food or drink, and no medicine is named in the sentence."""
    words = tokens.words
    for j in used:
        if words[j] not in _CONTAINERS:
            continue
        after = [w for w in words[j + 1 : j + 4] if w not in _OF][:2]
        if _FOOD.isdisjoint(after):
            continue
        return _MEDS.isdisjoint(_sentence_of(tokens, j))
    return False


# More than prescribed over days is misuse, not an overdose now: "took way more meds
# than prescribed this week because the pain was bad" (round 58, my probes of this
# round's "more pills than I should have"). "On purpose" or an amount at once keeps it.
_OVER_TIME = lexicon.word_set(
    "week weeks weken daily dagelijks elke iedere every lately laatst maanden months "
    "weekend afgelopen past"
)
_MEANT = lexicon.word_set("purpose deliberately intentionally expres bewust opzet")


def more_over_time(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when a "more ... than" pills match stands in a sentence of days or weeks,
    with no "on purpose" and no taking at once."""
    words = tokens.words
    named = [words[j] for j in used]
    if not any(w in ("more", "meer") for w in named) or _MEDS.isdisjoint(named):
        return False  # "no more desire to live since some weeks" is no pill (a guard)
    said = _sentence_of(tokens, used[0])
    if not _MEANT.isdisjoint(said) or not _AT_ONCE.isdisjoint(said):
        return False
    return not _OVER_TIME.isdisjoint(said)


# Pills of a kind that is no medicine of harm: "I bought diet pills online and I'm taking
# double the dose" was pills bought, a means gathered, urgency immediate (round 58's
# fourth wave; an eating problem). An amount taken at once keeps the means.
_KINDS = lexicon.word_set(
    "diet dieet afslank afslankpillen dieetpillen vitamin vitamins vitamine vitamines "
    "iron ijzer caffeine cafeine melatonin melatonine supplement supplements fish birth"
)


def pills_of_a_kind(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when the match's pills are named by a harmless kind right before them."""
    words = tokens.words
    kinds = [j for j in used if j > 0 and words[j] in _MEDS and words[j - 1] in _KINDS]
    return bool(kinds) and _AT_ONCE.isdisjoint(_sentence_of(tokens, kinds[0]))
