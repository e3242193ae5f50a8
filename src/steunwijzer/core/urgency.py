"""When a finding of a risk to life is urgent (immediate) by its words: a time in its
sentence ("vanavond", "tonight", "nu") or an intent word in its clause ("ga", "going to").

A time far from the student's own wish to die or self-harm does not make it urgent when
the wish is told as something that keeps coming back ("vaak", "lately"): in a long
pasted story "ik heb ook best wel schulden bij DUO nu en ..., en eerlijk gezegd denk ik
de laatste tijd vaak dat iedereen beter af zou zijn zonder mij" made the whole text
"direct danger, call 112 now" for a student who then denied a plan, an intent and any
preparation (a role-play, round 25, R20). A time anywhere in the sentence still counts
for a wish told without such words ("this weekend my parents are away, it'll be the
easiest time to finally end it"), for danger from others and for someone else at risk
("he grabbed my neck last night ... and I'm still at his place right now").
"""

from __future__ import annotations

from steunwijzer.core import lexicon
from steunwijzer.core.textcontext import PAST_LEAD, Tokens

# A time this near (in words, within its sentence) counts whatever else is said.
TIMING_REACH = 12
_OWN = frozenset(("suicidal_thoughts", "self_harm"))
# Words that tell a thought keeps coming back, looked for just before the finding.
_RECURRING = lexicon.word_set(
    "vaak soms steeds altijd regelmatig telkens vaker lately sometimes often always "
    "regularly constantly"
    # "I think about death a lot now, about him", "denk ik veel aan de dood": a lot is
    # these days, and its "now" no moment (a role-play, round 69: "direct danger" after a
    # brother's death, for a student who denied every wish)
    " veel lot"
)
_RECURRING_BEFORE = 6
_RECURRING_AFTER = 2  # "... a lot now": the frequency said right after the finding


# Not waking up is a passive wish: "als ik morgen niet meer wakker word is het ook goed"
# was "call 112 now, keep the student awake", the same words without "morgen" "soon" (a
# role-play, round 30, C2). Its time is the wish's moment, not a plan's.
_WAKE = frozenset(("wakker", "wake", "waking", "woke", "ontwaken", "ontwaak"))


def urgent(tokens: Tokens, start: int, end: int, theme: str = "") -> bool:
    words = tokens.words
    passive = theme in _OWN and not _WAKE.isdisjoint(words[start : end + 1])
    if (
        tokens.sentence[start] in tokens.timed()
        and not passive
        and (
            theme not in _OWN
            or _time_near(tokens, start, end)
            or not _recurring(tokens, start, end)
        )
    ):
        return True
    for j in range(max(0, start - lexicon.INTENT_REACH), end + 1):
        if tokens.clause[j] == tokens.clause[start] and words[j] in lexicon.INTENT:
            before = words[max(0, j - 2) : j]
            if words[j] in _DIE_VERB and (before[-1:] == ["dood"] or before == ["dood", "te"]):
                continue  # "dood (te) gaan" is to die, no intent: "aan dood gaan" (r42),
                # "ik ben bang om dood te gaan" was "Direct gevaar, bel nu 112" (r65)
            if theme == lexicon.ABOUT_OTHER and _feared_own_act(words, j):
                continue  # "I'm terrified I'll drop the baby": a fear, no intent (r64)
            return True
    return False


_DIE_VERB = frozenset(("ga", "gaat", "gaan"))
# A parent's unwanted, frightening thoughts of harming their child (intrusive thoughts) are
# said as a fear of one's own act: quick help from a GP or midwife, not 112 (set339 and a
# role-play, round 64). Not someone else's act: "I'm scared he will hurt himself".
_FEAR = lexicon.word_set("bang scared afraid terrified frightened worried angstig doodsbang")
_I = frozenset(("i", "ik", "i'll", "i'd"))


def _feared_own_act(words: list[str], j: int) -> bool:
    own = words[j] in _I or (j > 0 and words[j - 1] in _I)  # "I will", "ik ga"
    return own and not _FEAR.isdisjoint(words[max(0, j - 5) : j])


_NOWADAYS = frozenset(("now", "nu"))


def _time_near(tokens: Tokens, start: int, end: int) -> bool:
    words, sentence = tokens.words, tokens.sentence[start]
    for j in range(max(0, start - TIMING_REACH), min(tokens.n, end + TIMING_REACH + 1)):
        timed = tokens.sentence[j] == sentence and words[j] in lexicon.TIMING
        around = {*words[max(0, j - 1) : j], *words[j + 1 : j + 2]}
        if timed and words[j] in _NOWADAYS and not around.isdisjoint(_RECURRING):
            continue  # "a lot now", "vaak nu": these days, not this moment
        if timed and not (j > 0 and words[j - 1] in PAST_LEAD):
            return True
    return False


def _recurring(tokens: Tokens, start: int, end: int) -> bool:
    """ "vaak", "de laatste tijd", "lately" just before the finding or inside it."""
    words, sentence = tokens.words, tokens.sentence[start]
    for j in range(max(0, start - _RECURRING_BEFORE), min(tokens.n, end + _RECURRING_AFTER + 1)):
        if tokens.sentence[j] != sentence:
            continue
        if words[j] in _RECURRING or (words[j] == "laatste" and words[j + 1 : j + 2] == ["tijd"]):
            return True
    return False


# A week or more ago, said in the finding's sentence: someone else's overdose "last week",
# who is home now, was "call 112 now" (a role-play, round 28, T19).
_AGO = frozenset(
    (("last", "week"), ("last", "month"), ("week", "ago"), ("weeks", "ago"), ("month", "ago"),
     ("months", "ago"), ("vorige", "week"), ("vorige", "maand"), ("week", "geleden"),
     ("weken", "geleden"), ("maand", "geleden"), ("maanden", "geleden"))
)  # fmt: skip


def weeks_ago(tokens: Tokens, start: int) -> bool:
    """Whether the finding's sentence says it was a week or more ago."""
    words, sentence = tokens.words, tokens.sentence[start]
    inside = [i for i in range(tokens.n) if tokens.sentence[i] == sentence]
    return any((words[i], words[i + 1]) in _AGO for i in inside[:-1])
