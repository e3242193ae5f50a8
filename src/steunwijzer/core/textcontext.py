"""Reading a text for the recogniser: words, sentences and clauses, and the context of
a finding (negation, a study or work frame, who it is about, urgency). Pure functions
over a ``Tokens``; the words they look for are in lexicon.py."""

from __future__ import annotations

from steunwijzer.core import lexicon
from steunwijzer.core.dictation import rejoin
from steunwijzer.core.fragments import continued
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.negscope import contrasted, doubted_denial, negation_reach
from steunwijzer.core.someone_else import nobody_named
from steunwijzer.core.textdenied import denied_after, not_the_reason, said_not_denied
from steunwijzer.core.textnow import not_this_minute
from steunwijzer.core.textroles import (
    PERSON_ENDINGS,
    POSSESSIVE,
    body_part_before,
    clause_last,
    deceased,
    first_person_after,
    joined_dead,
    named_before,
    new_subject,
    on_someone_else,
    own_turn,
    owner,
    recipient,
    spoken_by,
    subject_die,
)
from steunwijzer.core.textwords import TOKEN as _TOKEN
from steunwijzer.core.textwords import expanded as _expanded
from steunwijzer.core.textwords import words_of as words_of

_SENTENCE_END = lazy_compile(r"[.!?;\n]")
_CLAUSE_END = lazy_compile(r"[,:()\"“”–—]| - ")
_STRONG_CLAUSE_WORDS = frozenset(("maar", "but", "en", "and", "omdat", "because"))
# The Dutch "want" (because) ends a clause, the English verb does not ("I don't want to die"):
# a Dutch subject or article after it makes it one ("niet thuis studeren want mijn vader slaat").
_AFTER_WANT = lexicon.word_set(
    "ik hij zij ze wij we je jij u het de mijn m'n mn zijn haar hun er dat die dan anders "
    "toen als iedereen niemand mensen"
)
# "no thoughts of self-harm or suicide": "or" continues a list unless a subject follows.
_LIST_OR = frozenset(("or",))
_GOES_ON = frozenset(("met", "with"))  # lower case after a full stop: the same sentence
SUBJECTS = lexicon.word_set("i you he she we they it ik je jij hij zij ze wij")


class Tokens:
    """The words of a text after spelling normalisation, with sentences and clauses."""

    __slots__ = ("_timed", "clause", "ends", "n", "sentence", "starts", "strong", "words")

    def __init__(self, text: str) -> None:
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        sentence: list[int] = []
        clause: list[int] = []
        strong: list[int] = []
        s = c = k = 0
        previous = 0
        clause_words = lexicon.CLAUSE_WORDS
        pending_or = pending_want = False
        for match in _TOKEN.finditer(text):
            begin, finish = match.span()
            # Most words stand one space apart: nothing to search between them.
            if words and (begin - previous != 1 or text[previous] != " "):
                between = text[previous:begin]
                if _SENTENCE_END.search(between) and not lexicon.abbreviated(
                    between, words[-1], match.group()
                ):  # not "van st. stuurde", and "stop ik. met alles" goes on
                    s, c, k = s + (match.group() not in _GOES_ON), c + 1, k + 1
                elif _CLAUSE_END.search(between):
                    c, k = c + 1, k + 1
            previous = finish
            for word in _expanded(match.group()):
                if pending_or:
                    pending_or = False
                    if word in SUBJECTS:
                        c += 1
                if pending_want:
                    pending_want = False
                    if word in _AFTER_WANT:
                        c, k = c + 1, k + 1
                pending_want = word == "want"
                if word in clause_words:
                    if word in _LIST_OR:
                        pending_or = True
                    else:
                        c += 1
                        if word in _STRONG_CLAUSE_WORDS:
                            k += 1
                words.append(word)
                starts.append(begin)
                ends.append(finish)
                sentence.append(s)
                clause.append(c)
                strong.append(k)
        rejoin(words, starts, ends, sentence, clause, strong)  # "me zelf" (dictation.py)
        self.words, self.starts, self.ends = words, starts, ends
        # "I want to switch off. Permanently.": the "for good" ends the wish (fragments.py)
        sentence = continued(words, sentence)
        self.sentence, self.clause, self.strong = sentence, clause, strong
        self.n = len(words)
        self._timed: set[int] | None = None

    def timed(self) -> set[int]:
        """The sentences that say when ("vanavond", "tonight"), found in one pass."""
        if self._timed is None:
            words = self.words
            self._timed = {
                self.sentence[j]
                for j, w in enumerate(words)
                if w in lexicon.TIMING
                and not (j > 0 and words[j - 1] in PAST_LEAD)
                and not (w in ("nu", "now") and not_this_minute(words, j))
            }
        return self._timed


# "last weekend": when it happened, not will (a rape "last weekend" was immediate, r8).
PAST_LEAD = frozenset(("last", "past", "vorige", "vorig", "afgelopen"))


# Each pseudo-negation phrase under each of its words, with that word's place in it.
_PSEUDO_AT: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _phrase in lexicon.PSEUDO_NEGATIONS:
    for _offset, _word in enumerate(_phrase):
        _PSEUDO_AT.setdefault(_word, []).append((_phrase, _offset))


def pseudo(tokens: Tokens, position: int) -> bool:
    """True when the word at position is part of a pseudo-negation ("niet meer leven")."""
    words = tokens.words
    for phrase, offset in _PSEUDO_AT.get(words[position], ()):
        begin = position - offset
        if begin >= 0 and tuple(words[begin : begin + len(phrase)]) == phrase:
            return True
    return False


def _denial(words: list[str], j: int) -> bool:
    """ "ik denk niet aan zelfmoord", "ik denk er niet aan": a think-verb before the no."""
    if words[j + 1 : j + 3] in (["aan", "mezelf"], ["aan", "mijzelf"]):
        return True  # "niet aan mezelf iets aandoen": the act on oneself denied (r39)
    k = j - 1  # back over "er", "echt": "ik denk er echt niet aan om ..." (set345, r64)
    while k >= max(0, j - 3) and words[k] in _OR_STRONGER:
        k -= 1
    return k >= max(0, j - 3) and words[k] in lexicon.DENIAL_VERBS


# "ik denk er niet aan", and said stronger: "ik denk helemaal niet aan zelfmoord" (set307,
# round 62) was a wish to die
_OR_STRONGER = frozenset(
    ("er", "helemaal", "echt", "absoluut", "totaal", "zeker", "really", "absolutely", "honestly")
)


def _negates(tokens: Tokens, j: int) -> bool:
    words = tokens.words
    if words[j] in _A_REFUSAL and _SAID.intersection(words[max(0, j - 3) : j]):
        return False  # "when i said no he grabbed me by the throat": a refusal (set350, r64)
    return words[j] in lexicon.NEGATIONS and (not pseudo(tokens, j) or _denial(words, j))


_A_REFUSAL = frozenset(("no", "nee", "nope"))
_SAID = frozenset(("said", "say", "says", "saying", "told", "zei", "zeg", "zegt", "zeggen", "riep"))


_NOBODY = frozenset(("niemand", "nobody", "noone", "nobody's"))
_BUT = frozenset(("maar", "but"))


def negation(tokens: Tokens, start: int, end: int, used: tuple[int, ...], risk: bool) -> int:
    """Position of a negation word that reaches the finding, or -1."""
    words, clause = tokens.words, tokens.clause
    # A pattern that says its own "not" ("sleep ..4 not ..2 wake up") may take the first of
    # two: "I would not mind not waking up" left the second to negate it (round 10).
    own_no = any(words[u] in lexicon.NEGATIONS for u in used)
    if (reason := not_the_reason(tokens, start)) >= 0:
        return reason  # "niet omdat ik dood wil" (round 55)
    if (
        start > 0
        and words[start - 1] in _NOBODY
        and tokens.clause[start - 1] == tokens.clause[start]
    ):
        return start - 1  # "nee, niemand bedreigt me" was Veilig Thuis first (round 55)
    for j in range(start + 1, end):
        if j not in used and not own_no and _negates(tokens, j) and not contrasted(words, j, used):
            return j
    for j in range(start - 1, negation_reach(words, start, lexicon.NEGATION_REACH), -1):
        if clause[j] != clause[start] or words[j] in lexicon.NEGATION_BARRIERS:
            break
        if said_not_denied(words, j):
            break  # "ik durf niet te zeggen dat ik dood wil": the saying is negated
        if _negates(tokens, j):
            if doubted_denial(words, clause, j):
                break  # "I'm not sure I don't want to die" (round 67)
            if _in_condition(tokens, j) and (
                start - j > lexicon.CONDITION_NEGATION_REACH or _inverted(tokens, start)
            ):
                continue
            return j
        if new_subject(words, j):
            break
    # "zelfmoordgedachten heb ik niet"; not "ik wil nie meer leve echt nie" (round 18)
    if risk and not own_no:
        last = clause_last(tokens, end)
        # A "maar" inside the finding: its end is a clause of its own, denied at its end
        # ("ik maak me zorgen om mijn vader maar dood willen nee echt niet" was a concern
        # for him, 113 and 112 first: a role-play, round 62)
        reach = lexicon.POST_NEGATION_REACH + 3 * any(w in _BUT for w in words[start + 1 : end])
        for j in range(end + 1, min(last, end + reach) + 1):
            # "als ik niet betaal", "ik kan niet meer": its own; not "aan zelfmoord denk ik niet"
            opens = j == end + 1 and words[j] in _OPENS and words[end] not in lexicon.INVERTED_VERBS
            if words[j] in lexicon.CONDITION_WORDS or opens:
                break
            if words[j] in lexicon.NEGATIONS and last - j <= 1 and not pseudo(tokens, j):
                return j
        return denied_after(tokens, end)
    return -1


# A fronted Dutch clause of time or cause keeps its "niet" as an "if" clause does: "sinds
# ons vake er niet meer is zie ik het niet meer zitten" was negated (set107, round 33).
_FRONTED = lexicon.CONDITION_WORDS | frozenset(("sinds", "toen", "omdat", "doordat", "nadat"))


def _in_condition(tokens: Tokens, j: int) -> bool:
    """True when the negation at j sits in an "if" clause ("als ik dit niet haal")."""
    words, clause = tokens.words, tokens.clause
    low, own, joined = max(0, j - lexicon.CONDITION_SPAN), clause[j], False
    i = j - 1
    while i >= low and clause[i] == own:
        if words[i] in _FRONTED:
            return True
        if words[i] in _AND and i > 0 and not joined:
            joined = True
            # "als de baby blijft huilen en ik het niet meer trek sla ik mezelf": the "if"
            # reaches over one "and" (set371, round 67: the self-harm was read as denied)
            low, own = max(0, i - lexicon.CONDITION_SPAN), clause[i - 1]
        i -= 1
    return False


_AND = frozenset(("en", "and"))


_DUTCH_SUBJECTS = frozenset(("ik", "je", "jij", "hij", "zij", "ze", "wij", "we"))


def _inverted(tokens: Tokens, start: int) -> bool:
    """True when the finding opens a Dutch main clause with verb and subject inverted ("als
    ik dit niet haal stop ik ermee"): its negation stays in the fronted clause before."""
    return start + 1 < tokens.n and tokens.words[start + 1] in _DUTCH_SUBJECTS


_OTHER_REFLEXIVE = lexicon.OTHER_REFLEXIVE
_SELF_REFLEXIVE = lexicon.SELF_REFLEXIVE
# "she texted me she wants to die": an object "me" before it is not who it is about.
_OPENS = lexicon.word_set("ik i im i'm he she they hij zij ze we wij")  # a new clause
_OBJECT_SELF = frozenset(("me", "mij"))
_PUT_OUT = frozenset(("kick", "kicked", "kicking", "throw", "thrown", "threw", "eruit", "gooien"))
_ANY_STUDENT = frozenset(("student", "studente"))
_INDEFINITE = frozenset(("a", "an", "een", "another", "andere", "other", "one", "die", "that"))
_SO = frozenset(("so", "dus", "daarom", "therefore", "hence", "waardoor", "zodat"))
_INDIRECT = frozenset(("dat", "that", "maar", "but", "want", "omdat", "because", "dus", "so"))

# "mijn haar", "je haar": the noun (hair), not "her".
_MINE = frozenset(("my", "mijn", "mn", "m'n"))
_POSSESSIVE = POSSESSIVE


def other_person(words: list[str], j: int) -> bool:
    """True when the word at j names someone other than the student."""
    word = words[j]
    if nobody_named(words, j):
        return False  # "weet iemand hoeveel ...", "if someone stopped going" (someone_else)
    if word in lexicon.OTHER_WORDS:
        return not (word == "haar" and j > 0 and words[j - 1] in _POSSESSIVE)
    return len(word) > 7 and word.endswith(PERSON_ENDINGS)


PRONOUNS = lexicon.OTHER_REFLEXIVE | frozenset(
    ["hij", "zij", "ze", "hem", "he", "she", "they", "him", "them"]
)


def about_other(tokens: Tokens, start: int, end: int, used: tuple[int, ...]) -> int:
    """0: about the student; 1: about someone named ("mijn huisgenoot"); 2: only a
    pronoun ("ze wil dood"), which may be the student in a counsellor's own note."""
    words = tokens.words
    pronoun = False
    if start > 0 and words[start - 1] in _OBJECT_SELF and words[start] in _PUT_OUT:
        return 0  # "zij willen mij eruit gooien": the student put out (round 67)
    for j in used:
        if words[j] in _OTHER_REFLEXIVE:
            pronoun = True
        elif words[j] in _SELF_REFLEXIVE:
            # "mn huisgenoot zei 'ik ga me ophangen'": the flatmate's "me" (round 9)
            return _reported(tokens, j, start)
    for j in range(start + 1, end):
        if joined_dead(words, j):
            continue  # "ik wil bij mijn moeder zijn, ze is overleden" (round 37)
        if words[j] in PRONOUNS:  # not "my arms until they bleed" (round 18)
            pronoun = pronoun or not body_part_before(words, j)
        elif other_person(words, j) and not recipient(words, j) and not owner(words, j):
            return 1
        elif words[j] in lexicon.SELF_WORDS and not pronoun and words[j] not in _OBJECT_SELF:
            return 0  # "thanking me for everything": the "me" thanked is no subject (r15)
        elif words[j] in _OBJECT_SELF and _PUT_OUT.intersection(words[j - 1 : j + 2]):
            return 0  # "they'll kick me out of the programme": the student put out (r67)
        elif words[j] in _MINE and not pronoun and not other_person(words, j + 1):
            return 0  # "mom would get my insurance money": what is the student's (round 8)
    if body := on_someone_else(tokens, end, other_person):
        return body  # "ik zag verse wondjes op haar armen" (round 30)
    for j in range(start - 1, max(-1, start - 40), -1):  # back to the sentence's start
        if tokens.sentence[j] != tokens.sentence[start]:
            break
        if words[j] in _ANY_STUDENT and j > 0 and words[j - 1] in _INDEFINITE:
            return 1  # "a student in my class", "een studente uit mijn groep"
        if joined_dead(words, j):
            continue
        if words[j] in PRONOUNS or subject_die(tokens, j):
            pronoun = pronoun or words[j] not in PRONOUNS or not body_part_before(words, j)
        elif (
            other_person(words, j)
            and not recipient(words, j)
            and not owner(words, j)
            and not deceased(words, j, start)
        ):
            return 1
        elif words[j] in lexicon.SELF_WORDS and words[j] not in _OBJECT_SELF:
            if said := _reported(tokens, j, start):
                return said
            return (1 if named_before(tokens, start, other_person) else 2) if pronoun else 0
    if pronoun and first_person_after(tokens, end):
        # "he says he'll kill himself if I leave him": the student is the "I" after it, so
        # "he" is someone else (round 11 saw the student's own screen asked again).
        return 1
    return (1 if named_before(tokens, start, other_person) else 2) if pronoun else 0


def _reported(tokens: Tokens, position: int, start: int) -> int:
    """As about_other: 1 when "I" at position is someone else's reported words ("mijn
    vriendin appte: ik wil dood"); 2 when only a pronoun said them ("Ze zegt: 'soms denk
    ik'"): in a counsellor's note, the student (a role-play, round 36, Q1)."""
    words, sentence = tokens.words, tokens.sentence
    speech = to_me = False
    for j in range(position - 1, max(-1, position - 20), -1):
        if sentence[j] != sentence[position]:
            return 0
        if (words[j] in _SO and j > 0 and tokens.strong[j - 1] != tokens.strong[j]) or (
            not speech and own_turn(words, j, position)
        ):
            return 0  # "... told me they can't pay, so I'm ..." (r49); "and honestly I" (r59)
        if words[j] in lexicon.SPEECH_WORDS:
            if j + 1 < len(words) and words[j + 1] in _INDIRECT:
                return 0  # "zei dat ik", "gezegd maar ik" (r27): the student's "ik"
            speech = True
        elif speech and words[j] in lexicon.SELF_WORDS and words[j] not in _OBJECT_SELF:
            return 0  # "I told my friend: I ..."
        elif other_person(words, j) and (speech or spoken_by(words, j)):
            if recipient(words, j):
                return 0  # "tegen iemand gezegd": told to, not by (r27)
            lone = words[j] in PRONOUNS and not to_me  # "ze appte me: ..." is someone else
            return 2 if lone and not named_before(tokens, start, other_person) else 1
        to_me = to_me or words[j] in _OBJECT_SELF
    return 0
