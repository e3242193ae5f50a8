"""Choices named in words: "gestrest" for "Gespannen, overbelast, gestrest", "langer" for
"Twee weken of langer", "allebei" for both choices (a role-play, round 15, saw each of
these refused while "2 en 4" and "zes ofzo" were taken)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from steunwijzer.core.answer_errors import AnswerError, answer_error
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.core.model import Question

# One number with a hedge after it ("2 ofzo": a role-play, round 24, R10) or before it
# ("weet ik niet, mss 3" was skipped where "4 en mss 5" was read: a role-play, round 60).
HEDGED_NUMBER = lazy_compile(
    r"(?i)^(\d+)[\s,.]+(?:ofzo|of zo|denk ik|geloof ik|i guess|i think|or so|probably)[\s.?!]*$"
    r"|^(?:(?:weet ik niet|ik weet het niet|i don't know|idk|geen idee)[\s,.]+)?"
    r"(?:misschien|mss|maybe|denk ik|ik denk|waarschijnlijk|probably|perhaps|i think|i guess)"
    r"[\s,.:]+(\d+)[\s.?!]*$"
)
_NUMBERS = r"(?i)\s*\d+(?:\s*(?:[,;&+]|\ben\b|\band\b|\s)\s*\d+)*\s*"


# Choice numbers said as words: "four and maybe two" was refused where "4 and 2" was read
# (a role-play, round 45). Cardinals only; "een" is an article ("een beetje").
_CARDINALS = {
    "één": "1", "eén": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
}  # fmt: skip
_CARDINAL = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(_CARDINALS) + r")(?![\w-])")


def read_multi(
    question: Question, value: object, one: Callable[[Question, object], str]
) -> tuple[str, ...]:
    """The choices of a multi-choice answer, in the question's order; ``one`` reads one
    item (answers._choice). Raises AnswerError."""
    if isinstance(value, str) and _CARDINAL.search(value):
        said = _CARDINAL.sub(lambda m: _CARDINALS[m.group(0).lower()], value)
        said = re.sub(r"(?i)\b(?:maybe|misschien|ook|also|perhaps)\b", " ", said)
        value = said if re.fullmatch(_NUMBERS, said) else value  # not "all five i think"
    if isinstance(value, str) and re.fullmatch(_NUMBERS, value):
        # "2 4", "2 en 4", "2 and 4": only numbers, so no label is split (a role-play,
        # round 6, saw them refused; only "2,4" was taken)
        items: list[object] = re.findall(r"\d+", value)
    elif isinstance(value, str):
        items = [v for v in value.replace(";", ",").split(",") if v.strip()]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise answer_error(question, value)
    try:
        chosen = several_numbers(question, items) or tuple(
            dict.fromkeys(one(question, item) for item in items)
        )
    except AnswerError:  # "allebei", "plannen, en wat achterstand" (round 15)
        said = value if isinstance(value, str) else ""
        if said and (rest := _NONE_OF.sub("", said, count=1)) != said:
            return _after_none(question, rest, one, said)
        chosen = numbers_and_words(question, items) if said else ()
        if not (chosen := chosen or tuple(label_choices(question, said, every=True))):
            raise
    return tuple(c for c in question.choice_ids() if c in chosen)


# "Geen van deze", "none of these... maybe 4?", "weet niet": as Enter, none chosen, or
# what is said after it (a role-play, round 45, saw each refused and the 4 dropped).
_NONE_OF = lazy_compile(
    r"(?i)^\W*(?:(?:nee|no)\W+)?(?:geen van (?:deze|die|allen|alle|beide|de opties)|"
    r"geen daarvan|geen idee|geen|niks|niets(?: daarvan| hiervan| van dit)?|nee|"
    r"none(?: of (?:these|those|them|the above|this|it))?|nothing(?: of (?:these|this|that))?|"
    r"neither(?: of (?:these|them))?|no idea|no|weet (?:ik )?niet|(?:i )?don'?t know|"
    r"dunno|idk|not sure)"
    r"(?:\s+(?:really|eigenlijk|echt|hoor|denk ik|i think|tbh|sorry|precies|exactly))*"
    # Only as the whole answer or before a stop: "geen planning" is no "none" (it names one)
    r"(?:[\W_]*$|\s*[,.;:!?\u2026-]+\s*)"
)


def _after_none(
    question: Question, rest: str, one: Callable[[Question, object], str], said: str
) -> tuple[str, ...]:
    """None chosen, or the choices said after "none of these"; the whole answer refused
    when the rest names none (a word is never dropped: "geen, ik wil dood" is asked again)."""
    if not rest.strip(" .,!?;:-"):
        return ()
    try:
        return read_multi(question, rest, one)
    except AnswerError:
        raise answer_error(question, said) from None


# Words that name no choice of their own, and words that turn a choice around ("niet
# gestrest"): an answer with one of the latter is not read by its words.
_EMPTY_TEXT = """
    de het een en of van in op met voor naar aan bij om te is dat die dit wat ik je mijn
    the a an and or of in on with for to at is that this what i my you your it
    vooral eigenlijk wel heel erg beetje best echt gewoon ook nog maar denk ja yes
    mostly really quite very just also still but think some bit
    guess suppose probably maybe perhaps misschien geloof waarschijnlijk gok ofzo
    thuis elders home elsewhere ander andere other iets something moment dit deze
    door from
"""
# ("door", "from": "gestalkt en bedreigd door mijn ex" was refused at the question whose
# choice reads "Bedreigd, gestalkt of achtervolgd": a role-play, round 57)
_EMPTY = frozenset(_EMPTY_TEXT.split())
_TURNED_TEXT = "niet geen nee nooit not no never none nothing without zonder"
_TURNED = frozenset(_TURNED_TEXT.split())
_BOTH = frozenset(
    ("allebei", "beide", "alle twee", "both", "both of them", "of both", "van allebei", "van beide")
)  # of two
_ALL = frozenset(
    ("alles", "allemaal", "all", "all of them", "all of it", "alle", "all of the above")
)  # fmt: skip
# "alle drie" names every choice of three, not three of five (round 24: it chose all
# five study worries).
_ALL_OF = {"alle drie": 3, "all three": 3, "alle vier": 4, "all four": 4, "alle vijf": 5,
           "all five": 5}  # fmt: skip
_FILLER = frozenset(("honestly", "eerlijk", "gezegd", "eigenlijk", "wel", "really", "echt"))
# A hedge around "both" or "all" ("both i guess", "allebei denk ik", "ja allebei"): the
# answer is still both (a role-play, round 23, Z15, saw "both i guess" refused). Only for
# reading "both"/"all": these words are left as they are where a label is looked for.
# "beetje allebei denk ik", "a bit of both" were refused (a role-play, round 63).
_HEDGE = frozenset(
    ("i", "guess", "think", "suppose", "probably", "ik", "denk", "geloof", "gok", "ofzo",
     "waarschijnlijk", "ja", "yes", "yeah", "ya", "well", "nou", "so", "zo", "uhm", "eh",
     "beetje", "een", "bit", "a", "little", "kinda", "mostly", "vooral", "wat")
)  # fmt: skip


def partial_choices(
    question: Question, value: object, parse: Callable[[Question, str], object]
) -> tuple[str, ...]:
    """In the interview only: the choices of the parts of a multi-choice answer that name
    them, when every other part is words of one's own ("plannen vooral, en ik heb veel
    colleges gemist" was refused whole: a role-play, round 52). Those words are read
    beside the answer as any answer's are (ownwords.words_beside, heard.heard_beside), so
    "plannen, en ik wil dood" loses nothing; a file's answers stay strict."""
    if not isinstance(value, str):
        return ()
    chosen: list[str] = []
    label_words = set().union(*(_words(c.label.nl) | _words(c.label.en) for c in question.choices))
    for part in value.replace(";", ",").split(","):
        try:
            parsed = parse(question, part)
        except AnswerError:
            try:  # "planen vooral": a slip in a label's word, typed (a file stays strict)
                parsed = parse(question, _slips_mended(part, label_words))
            except AnswerError:
                if len(part.split()) < _OWN_WORDS:
                    return ()  # a word that may be a choice misread: asked again
                continue
        chosen += [c for c in parsed if isinstance(c, str)] if isinstance(parsed, tuple) else []
    return tuple(c for c in question.choice_ids() if c in chosen)


_OWN_WORDS = 3


def _slips_mended(part: str, label_words: set[str]) -> str:
    words = normalise(part).replace(",", " ").split()
    return " ".join(
        w if w in label_words else next((lw for lw in sorted(label_words) if _one_slip(w, lw)), w)
        for w in words
    )


def _one_slip(said: str, label: str) -> bool:
    """One letter more, less or other in a long word: "planen" for "plannen" (r52)."""
    if len(said) < 5 or abs(len(said) - len(label)) > 1 or said[0] != label[0]:
        return False
    if len(said) == len(label):
        return sum(a != b for a, b in zip(said, label, strict=True)) == 1
    short, long_ = sorted((said, label), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _words(text: str, shortest: int = 4) -> set[str]:
    return {w for w in normalise(text).replace(",", " ").split() if len(w) >= shortest}


_BOTH_WORDS = frozenset(("allebei", "beide", "both", "alles", "allemaal", "all"))
_SHORT_TEXT = "ben bij dit dat die the for een dan two not now nee yes van met"
_SHORT_SKIPPED = frozenset(_SHORT_TEXT.split())
_ENDINGS = ("s", "e", "n", "en", "es", "ed", "d", "te")


def _alike(said: str, label: str) -> int:
    """How one word is another's form, 0 when it is not: 1 a plural, past or other ending
    ("exam", "exams"; "stressed"; "procrastination", "procrastinating"), 2 a compound that
    ends in the label's word ("tentamenangst", "studieachterstand": a Dutch compound's
    head is its end), 3 one that starts with it."""
    if len(said) < 4 or len(label) < 4:
        return 0
    short, long_ = sorted((said, label), key=len)
    if any(long_ == short + end for end in _ENDINGS):
        return 1
    pairs = enumerate(zip(said, label, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), len(short))
    if len(short) >= 7 and shared >= max(6, len(short) - 3):
        return 1
    if len(label) >= 5 and len(said) >= len(label) + 4 and said.endswith(label):
        return 2
    stem = next((label[: -len(e)] for e in _ENDINGS if label.endswith(e) and len(label) > 6), label)
    return 3 if len(stem) >= 6 and len(said) >= len(stem) + 4 and said.startswith(stem) else 0


# "Fine" said whole to a question of social connectedness, which asks after something good
# ("Heb je fijn contact met medestudenten of docenten?"): a yes. To "geldzorgen?" it is a
# no, which the yes/no reading already gives.
_FINE_HERE = lazy_compile(
    r"(?:gaat |is |heel |echt |best |wel |really |pretty |quite |all )?"
    r"(?:prima|goed|fine|good|great|fijn|top|oke|oké|ok|okay|lekker|leuk|prettig)"
    r"(?: hoor| eigenlijk| actually| ja| yes| hoor ja)?"
)


def label_choices(question: Question, text: str, every: bool = False) -> set[str]:
    """The choices whose label holds a word of the answer that no other label holds
    (none when the answer turns a word around: "niet gestrest"). ``every``: "allebei",
    "all of it" name every choice (a question that takes several)."""
    said = normalise(text).replace(",", " ").replace("_", " ").split()
    whole = " ".join(w for w in said if w not in _FILLER and w not in _HEDGE).strip(" .!")
    ids = question.choice_ids()
    if question.section == "connection" and "yes" in ids and _FINE_HERE.fullmatch(whole):
        return {"yes"}  # "prima" to "good contact with ...?" was refused (a role-play, r66)
    # "allebei eigenlijk, maar vooral gestrest": both, the rest an emphasis (a role-play,
    # round 25, R4, saw it refused while "allebei" alone was taken)
    head = re.split(r"\b(?:maar|but)\b", whole)[0].strip(" .!")
    head = head if _TURNED.isdisjoint(whole.split()) else whole  # not "maar niet gestrest"
    if every and (
        head in _ALL or (head in _BOTH and len(ids) == 2) or _ALL_OF.get(head) == len(ids)
    ):
        return set(ids)
    from steunwijzer.core.durations import by_duration  # a length of time (round 16)

    # Before the turned words: "weet niet precies, sinds de zomer?" (round 39; durations
    # sets the unsure lead aside and refuses a turned length itself)
    if said and (by_time := by_duration(question, text)) is not None:
        return {by_time}
    if not said or not _TURNED.isdisjoint(said):
        return set()
    labels = {c.id: _words(c.label.nl, 3) | _words(c.label.en, 3) for c in question.choices}
    found: set[str] = set()
    for word in said:
        if word in _EMPTY or word in _FILLER or word in _BOTH_WORDS:
            continue  # "tentamenangst en plannen allebei": both named, "allebei" no third
        # "low" (three letters) was skipped, so "low and stressed" kept stressed alone
        # (round 64's role-plays); other short words still name nothing.
        holders = {cid for cid, words in labels.items() if word in words}
        if len(word) < 4 and (not holders or word in _SHORT_SKIPPED):
            continue  # "ik ben bedreigd": "ben" of "Ik ben nu niet veilig" names no choice
        # "tentamenangst", "procrastination", "exam": a label's word in another form
        for rank in range(1, 4) if "_" not in text else ():  # not an id: "exam_fears"
            holders = holders or {
                cid for cid, ws in labels.items() if any(_alike(word, w) == rank for w in ws)
            }
        if not holders:
            # A word no label holds is never dropped: "plannen, en ik wil dood" must not
            # become "plannen" with the rest unread. Asked again (and the words read).
            return set()
        if len(holders) == 1:
            found |= holders
    return found


_NUMBER = lazy_compile(r"[0-9]+")  # only these: "1²", "1_0" and "٣" are no answer
# Words between numbers said in one breath: "4 and maybe 5", "1 en ook 3".
_BETWEEN = frozenset(
    ("en", "and", "of", "or", "&", "+", "maybe", "misschien", "ook", "also", "wel", "probably",
     "waarschijnlijk", "eventueel", "plus",
     # "2 maar ook wel een beetje 1" kept only 2 (a second role-play, round 20)
     "maar", "but", "een", "a", "beetje", "bit", "little", "vooral", "mostly",
     # "Vooral 2, en eigenlijk ook wel 4" kept only 2 (a role-play, round 29, M9)
     "eigenlijk", "actually", "too", "toch", "denk", "ik", "i", "think", "guess",
     # "1 en 2, en soms ook 5", "2, and sometimes 5" lost the 5 (a role-play, round 30)
     "soms", "sometimes", "af", "toe", "weleens", "occasionally")
)  # fmt: skip


def _leading_numbers(text: str) -> list[int]:
    """The numbers an answer starts with, and the words between them; [] if none."""
    numbers: list[int] = []
    parts = text.replace(",", " ").split()
    for at, said in enumerate(parts):
        word = said.rstrip(".!?;:")  # "2 and 4. If I don't get my 30 credits ..."
        if _NUMBER.fullmatch(word):
            numbers.append(int(word))
            # "5. en 4 eigenlijk ook" goes on (a role-play, round 30, B2)
            # ... and "4. and maybe 5" (a role-play, round 62: the 5, stopping, was lost)
            then = [p.rstrip(".!?;:").lower() for p in parts[at + 1 : at + 5]] + [""]
            k = next(i for i, w in enumerate(then) if w not in _BETWEEN or not w)
            more = k > 0 and _NUMBER.fullmatch(then[k]) is not None
            if word != said and not more:
                break  # the sentence ends: "30 credits" after it is no choice
        elif word.lower() not in _BETWEEN:
            break  # "niet" too: what follows it is not chosen
    return numbers


def several_numbers(question: Question, items: list[object]) -> tuple[str, ...]:
    """The choices of an answer that starts with two or more numbers, or says one in two
    of its parts: "2 and 4. If I don't get my 30 credits ..." was read as 4 alone (a
    label in the sentence after), "Vooral 2, en eigenlijk ook wel 4" as 2 alone (a
    role-play, round 29, K2 and M9). () when fewer than two numbers are said so."""
    if sum(len(_leading_numbers(str(item))) for item in items) < 2:
        return ()
    return numbers_and_words(question, items)


def numbers_and_words(question: Question, items: list[object]) -> tuple[str, ...]:
    """Numbers said first, words after: "1 and 2, mostly procrastinating" kept only the
    label the words named, and "4 and maybe 5" was refused (a role-play, round 20). The
    numbers an item starts with count, and a label named in the rest."""
    ids = question.choice_ids()
    items = _after_correction(items)
    chosen: list[str] = []
    for item in items:
        numbers = _leading_numbers(str(item))
        if not numbers:
            continue
        if any(not 1 <= n <= len(ids) for n in numbers):
            return ()  # a number that names no choice: refused, as "7" alone is
        chosen += [ids[n - 1] for n in numbers]
        chosen += label_choices(question, str(item), every=True)
    if not chosen:
        return ()
    for item in items:  # words after the numbers that name a label
        if not _leading_numbers(str(item)):
            chosen += label_choices(question, str(item), every=True)
    return tuple(dict.fromkeys(chosen))


# A change of mind inside the answer: "4 en 5 denk ik, of nee, 4 en 3" was read as 3, 4
# and 5 (a role-play, round 21). What follows the last correction is the answer.
_CORRECTION = lazy_compile(
    r"(?i)\b(?:of nee|nee wacht|ik bedoel|bedoel ik|or no|no wait|i mean|sorry)\b[\s,:.]*"
)


def _after_correction(items: list[object]) -> list[object]:
    said = ", ".join(str(i) for i in items)
    parts = _CORRECTION.split(said)
    if len(parts) < 2 or not parts[-1].strip():
        return items
    return [p for p in parts[-1].split(",") if p.strip()]
