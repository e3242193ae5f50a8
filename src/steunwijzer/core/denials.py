"""Needs said not to be there, for the themes that are not acute.

Negation is judged in full for acute themes only (``textcontext.negation``): for the
others the problem itself is often said with a "not" ("ik kan niet slapen", "I don't
have any friends"). Two narrow kinds of saying are a need denied all the same:

- a state: "I'm not depressed", "ik ben niet gestrest" (a role-play, round 21, T15);
- a habit or a trouble: "I don't drink", "ik gok nooit", "ik heb geen schulden", "money
  isn't the problem", said in passing before the real question (round 33). These are
  only the addiction and money words: "I don't sleep" or "ik eet niet" is the problem.

Everything here returns the position of the word that denies, or -1.
"""

from __future__ import annotations

_STATES = frozenset(("low_mood", "stress", "social_connection"))
_BEING = frozenset(("am", "is", "are", "was", "ben", "bent", "me", "feel", "voel", "im", "i'm"))
# "no worries" is "never mind", not a worry (round 51: "no worries im not stressed at all")
_NO_WORRIES = frozenset(("worries", "worry", "zorgen"))

_HABITS = frozenset(("addiction", "finances"))
_NO = frozenset(
    ("not", "never", "niet", "nooit", "no", "geen", "hardly", "barely", "rarely", "seldom",
     "zelden", "nauwelijks", "amper")
)  # fmt: skip
# Words that may stand between the "not" and the habit: "I don't really drink", "ik heb
# geen echte schulden".
_SOFT = frozenset(
    ("really", "even", "any", "real", "echt", "echte", "eens", "grote", "big", "do", "use",
     "take", "touch", "drink", "bijna", "almost", "much")
)  # fmt: skip
# A "not" after trying or wanting is the struggle, not a denial: "I try not to drink",
# "ik wil niet weer gokken"; "not anymore" may be a habit that comes back.
_STRUGGLE = frozenset(
    ("try", "trying", "tried", "want", "wanted", "probeer", "probeerde", "wil", "wilde",
     "should", "moet", "must", "zou", "would", "can", "kan", "could", "kon", "help")
)  # fmt: skip
_AGAIN = frozenset(("anymore", "longer", "meer", "again", "weer"))
# Money is the need when there is none ("no money for rent", "geld heb ik niet"): only its
# troubles can be denied.
_TROUBLE = ("schuld", "debt", "probl", "zorg", "worr", "issue", "stress", "tekort")
_PROBLEM = frozenset(("problem", "probleem", "issue", "punt", "thing"))
_ENOUGH = frozenset(("enough", "genoeg", "voldoende", "toereikend"))


def denied(theme: str, words: list[str], clause: list[int], start: int, end: int) -> int:
    """Position of the word denying a state, habit or trouble found at start..end, or -1."""
    listed = _screened_item(words, clause, start)
    if listed >= 0:
        return listed
    if _said_well(words, clause, start, end):
        return end + 1
    if theme in _STATES:
        if theme == "stress" and end == start and start >= 1 and words[start] in _NO_WORRIES:
            return start - 1 if words[start - 1] in ("no", "geen") else -1
        if end == start and start >= 2 and words[start - 1] in ("not", "niet"):
            return start - 1 if words[start - 2] in _BEING else -1
        return -1
    if theme not in _HABITS:
        return -1
    said = words[start : end + 2]  # "no money worries": the trouble may follow
    if theme == "finances" and not any(t in w for w in said for t in _TROUBLE):
        return _not_the_problem(words, clause, end)
    j = start - 1
    if j >= 1 and words[j] in _SOFT:
        j -= 1
    if j >= 0 and words[j] in _NO and clause[j] == clause[start]:
        struggle = j >= 1 and words[j - 1] in _STRUGGLE
        if struggle or _AGAIN.intersection(words[start : end + 3]):
            return -1
        return j
    after = end + 1
    if after < len(words) and words[after] == "bijna":
        after += 1  # "ik drink bijna niet"
    if after < len(words) and words[after] in _NO and clause[after] == clause[end]:
        # "ik drink niet", "ik gok nooit, ik game wel"; not "ik drink niet meer"
        nxt = words[after + 1] if after + 1 < len(words) else ""
        if nxt not in _AGAIN and (not nxt or clause[after + 1] != clause[after] or nxt in _ENDS):
            return after
    if theme == "finances" and words[after : after + 3] in (_HAVE_NOT, _HAVE_NONE):
        return after + 2  # "schulden heb ik niet"
    return _not_the_problem(words, clause, end)


# A screening in a note (round 51's blind notes): "no anxiety, no low mood", "geen
# suïcidale gedachten, geen alcohol-/drugsgebruik, slaapt goed". An item of a list of two
# or more clauses that each open with "no"/"geen" denies what it names; one "geen" alone
# does not ("geen energie", "no friends here" are the need itself).
_LIST_NO = frozenset(("no", "geen", "denies", "ontkent"))


def _screened_item(words: list[str], clause: list[int], start: int) -> int:
    first = start
    while first > 0 and clause[first - 1] == clause[start]:
        first -= 1
    if words[first] not in _LIST_NO or not 0 < start - first <= 3:
        return -1
    if words[start].startswith(_GOODS):
        return -1  # "geen energie, geen vrienden": what is missing is the need
    items = sum(
        1 for k, w in enumerate(words) if w in _LIST_NO and (k == 0 or clause[k - 1] != clause[k])
    )
    return first if items >= 2 else -1


# What a student lacks is the need itself: "no sleep", "geen eetlust", "no friends".
_GOODS = (
    "energ", "zin", "vriend", "friend", "motiva", "eetlust", "appetit", "slaap", "sleep",
    "geld", "money", "rust", "plezier", "hoop", "hope", "contact", "social", "sociale",
    "steun", "support", "hulp", "help", "tijd", "time", "structu", "ritme", "routine",
    "eten", "food", "fun", "pleasure", "interes", "plek", "place", "room", "kamer",
    "woning", "housing", "idee", "idea", "concentra", "focus", "overzicht", "grip",
)  # fmt: skip


# "sleeping well", "slaapt goed", "sleep ok", "eating normally", "mood stable": the need's
# word said to be fine, with no "not" before it ("I'm not sleeping well" is the need).
_FINE = frozenset(
    ("well", "ok", "okay", "fine", "good", "normally", "normal", "stable", "goed", "prima",
     "normaal", "stabiel", "oké", "oke")
)  # fmt: skip


_BETWEEN = frozenset(
    ("weer", "again", "nu", "now", "wel", "heel", "best", "echt", "really", "pretty")
)


def _said_well(words: list[str], clause: list[int], start: int, end: int) -> bool:
    after = end + 1
    if after + 1 < len(words) and words[after] in _BETWEEN:
        after += 1  # "ik slaap weer goed" (round 51's blind set)
    if start != end or after >= len(words) or words[after] not in _FINE:
        return False
    if clause[after] != clause[end] or any(
        words[k] in _NO and clause[k] == clause[start] for k in range(max(0, start - 3), start)
    ):
        return False
    nxt = words[after + 1] if after + 1 < len(words) else ""
    return not nxt or clause[after + 1] != clause[after] or nxt in _ENDS


_HAVE_NOT, _HAVE_NONE = ["heb", "ik", "niet"], ["heb", "ik", "geen"]
_ENDS = frozenset(("en", "of", "maar", "hoor", "and", "or", "but", "echt", "veel", "zoveel"))


def _not_the_problem(words: list[str], clause: list[int], end: int) -> int:
    """ "money is not the problem", "geld is het probleem niet", "drinking isn't an issue"."""
    tail = words[end + 1 : end + 6]
    if not tail or tail[0] not in ("is", "are", "was", "zijn"):
        return -1
    if not _ENOUGH.isdisjoint(tail) or "but" in tail or "maar" in tail:
        return -1
    for k, word in enumerate(tail[1:], start=end + 2):
        if clause[k] != clause[end]:
            return -1
        if word in _NO and not _PROBLEM.isdisjoint(words[k - 2 : k + 3]):
            return k
    return -1


# A recovery that others believe in is no recovery: "my brother died last year and
# everyone thinks I'm over it" hid the grief behind "over it" (round 34, set110). Only
# "I think I'm over it" / "ik denk dat ik eroverheen ben" is the student's own word.
_BELIEVE = frozenset(
    ("thinks", "think", "assume", "assumes", "believe", "believes", "expect", "expects",
     "figure", "figures", "denkt", "denken", "verwacht", "verwachten",
     "vindt", "vinden",
     # "everyone acts like I should be fine by now" (set119): behaving as if
     "acts", "act", "acting", "treats", "treat", "behaves", "doet", "doen")
)  # fmt: skip
# What ought to be is not what is: "I should be fine by now", "ik zou eroverheen moeten
# zijn" (set119: a mother dead two months was set aside as a grief long past).
_OUGHT = frozenset(("should", "supposed", "ought", "zou", "zouden", "hoort", "moet", "moeten"))
_ME = frozenset(("i", "ik", "i'm", "im"))
_THOUGHT = frozenset(("thought", "dacht", "dachten", "assumed", "believed", "figured"))


def not_a_recovery(words: list[str], clause: list[int], sentence: list[int], at: int) -> bool:
    """Whether the recovery words at ``at`` are no recovery: believed by others, or taken
    back later in the sentence ("I'm okay-ish now, but it's been creeping back", "I
    thought I'd dealt with it, but I can't stop crying": set111, round 34)."""
    return (
        believed_by_others(words, clause, at)
        or _undone_after(words, sentence, at)
        or about_the_rest(words, clause, at)
    )


# "Mijn moeder is drie weken geleden overleden. ... Gaat verder wel." read the grief as
# a past that is over (set164, round 53): "verder", "otherwise", "apart from that" say
# that everything else is fine, not the need.
_REST = frozenset(("verder", "overigens", "otherwise", "besides"))
_REST_PAIRS = frozenset(
    (("apart", "from"), ("other", "than"), ("aside", "from"), ("los", "daarvan"),
     ("de", "rest"), ("the", "rest"))
)  # fmt: skip


def about_the_rest(words: list[str], clause: list[int], at: int) -> bool:
    """Whether the recovery words at ``at`` are said of everything else: a word for "the
    rest" up to six words before them or two after, in the same clause ("voor de rest
    gaat het goed", "apart from that I'm fine")."""
    for k in range(max(0, at - 6), min(len(words), at + 3)):
        if clause[k] != clause[at]:
            continue
        if words[k] in _REST or tuple(words[k : k + 2]) in _REST_PAIRS:
            return True
    return False


_BUT = frozenset(("but", "maar", "though", "although", "alleen", "behalve", "except"))
_BACK = frozenset(
    ("back", "terug", "again", "opnieuw", "worse", "erger", "returning", "creeping",
     "crying", "huil", "huilen", "relapse", "relapsed", "terugval")
)  # fmt: skip


def _undone_after(words: list[str], sentence: list[int], at: int) -> bool:
    for k in range(at + 1, len(words)):
        if sentence[k] != sentence[at]:
            return False
        if words[k] in _BUT:
            tail = words[k + 1 : k + 9]
            if not _SINCE.isdisjoint(tail[:2]) and _STILL_WELL.isdisjoint(tail):
                return True  # "I was doing okay, but since I started her degree I miss her" (r52)
            return not _BACK.isdisjoint(tail)
    return False


_SINCE = frozenset(("since", "sinds", "sindsdien"))
_STILL_WELL = frozenset(("fine", "okay", "ok", "good", "goed", "prima", "better", "beter", "great"))


def believed_by_others(words: list[str], clause: list[int], at: int) -> bool:
    """Whether the recovery words at ``at`` are what someone else thinks of the student:
    a verb of believing up to seven words before them, in the same clause, whose subject
    is not "I" (the word before it; after it in a Dutch inversion, "dacht ik"). Not a
    report ("says she's in a good place": a case note) and not another clause ("I used
    to think about suicide, but therapy helped")."""
    # seven words back: "iedereen denkt dat ik er nu wel overheen ben" (set296, round 61)
    for k in range(at - 1, max(at - 8, -1), -1):
        if clause[k] != clause[at]:
            return False
        if words[k] in _THOUGHT or words[k] in _OUGHT:
            return True  # "I thought I'd dealt with it", by anyone: it was not so (r34)
        if words[k] in _BELIEVE:
            inverted = words[k] in _EITHER and k + 1 < at and words[k + 1] == "ik"
            return not (inverted or (k > 0 and words[k - 1] in _ME))
    return False


_EITHER = frozenset(("verwacht", "vindt"))  # "verwacht ik": mine
