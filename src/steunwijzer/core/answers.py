"""Turn what a counsellor types, or what an answers file holds, into typed answers. One
parser serves the terminal, ``--answers`` replay and batch rows, so the same input means
the same thing everywhere. Errors name the question and what it accepts."""

from __future__ import annotations

import contextlib
from dataclasses import replace

from steunwijzer.core import answer_mixed as mixed
from steunwijzer.core.answer_errors import AnswerError as AnswerError
from steunwijzer.core.answer_errors import allowed_values as allowed_values
from steunwijzer.core.answer_errors import answer_error, is_safety, not_asked
from steunwijzer.core.answer_errors import can_be_unknown as can_be_unknown
from steunwijzer.core.answer_past import told_before
from steunwijzer.core.answer_phrases import (
    INDIFFERENT,
    REFUSALS,
    closed_by_fine,
    first_said,
    mild_no_lead,
    moving_on,
    not_knowing,
    some_said,
    withdrawn,
    without_puzzled_lead,
    yes_inside,
)
from steunwijzer.core.answer_words import (
    CONFIRMING,
    FIRM_NO,
    HEDGED_NO,
    ME_NOT,
    about_someone_else,
    asked,
    denied_there,
    early_take_back,
    excepting,
    hedged,
    how_often,
    misheard,
    restated_no,
    said_partly,
    something_else,
    without_state_wel,
)
from steunwijzer.core.choice_words import HEDGED_NUMBER as _HEDGED_NUMBER
from steunwijzer.core.choice_words import label_choices, read_multi
from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.model import Question
from steunwijzer.core.numbers import choice_number, parse_index, parse_int, scale_number
from steunwijzer.core.question_keys import near_question as near_question
from steunwijzer.core.question_keys import question_key as question_key
from steunwijzer.core.textnorm import normalise

MAX_TEXT = 10_000  # free text is read word by word: a pasted 10 MB field stalled a run
# How people answer out loud ("jaa", "ja, best wel", "nee hoor" were refused, a role-play).
YES_WORDS = {
    "yes", "ja", "j", "y", "true", "1", "jaa", "jaaa", "jawel", "jep", "ja hoor", "ja zeker",
    "zeker", "klopt", "ja klopt", "ja best wel", "best wel", "yep", "yeah", "yup", "yes please",
    "definitely", "yes definitely", "jazeker", "ja zeker wel", "inderdaad", "sure", "absolutely",
    "yea", "yes i do", "yes i have", "ja ja", "ja hoor zeker", "certainly", "ya", "yah", "yh",
    "yeh",
}  # fmt: skip
NO_WORDS = {
    "no", "nee", "n", "false", "0", "neen", "nee hoor", "neee", "nope", "nah", "no way",
    "nee niet", "helemaal niet", "not at all", "nee helemaal niet", "nooit", "never",
    "nee nooit", "no never", "nooit niet", "neej", "neeej", "neeee",  # typed long (r39)
    # how many, to "do you have friends ...?" (round 23, Z15, saw "a few" refused)
    "geen", "none", "niemand", "nobody", "no one", "geen enkele", "none really",
    "n/a", "nvt", "n.v.t.", "nil", "denies", "denied", "ontkent", "ontkend",  # notes (r61)
}  # fmt: skip
# On a safety question "sometimes" is a yes, "maybe" or "not really" a don't-know: never a no.
SAFETY_YES_WORDS = {
    "soms", "sometimes", "af en toe", "wel eens", "weleens", "een beetje", "a bit",
    "a little", "now and then", "ja soms", "yes sometimes",
}  # fmt: skip
# Everyday Dutch for "no, not really" to an ordinary question ("valt mee" was refused, a
# role-play, round 26); on a safety question it minimises, and is doubt.
_MILD_NO = frozenset(("valt mee", "valt wel mee", "valt best mee", "valt eigenlijk wel mee",
                      "eigenlijk niet", "nog niet echt", "nauwelijks", "niet zozeer",
                      "not really no", "nah not really", "hardly", "not much"))  # fmt: skip
UNKNOWN = "unknown"  # a safety question's "don't know": recorded so, never as a no
UNKNOWN_WORDS = {
    "unknown", "onbekend", "weet niet", "weet ik niet", "ik weet het niet", "dont know",
    "don't know", "do not know", "i don't know", "i dont know", "not sure", "misschien",
    "maybe", "twijfel", "ik twijfel", "weet ik niet zeker", "geen idee", "no idea", "unsure",
    "niet echt", "not really", "?", "kweenie", "kweetnie", "kweet niet", "kweet het niet",
    "weetnie", "weet nie", "no clue", "geen flauw idee", "geen idee eigenlijk",
    "weet ik eigenlijk niet", "weet ik veel", "weetikveel",  # "weet ik veel" refused (r63)
} | INDIFFERENT | REFUSALS  # fmt: skip

# On a safety question an answer that starts with a yes is a yes ("JAAAA", "yes, I do";
# "ya, im up till 4 checking the odds" was refused: a role-play, round 23, Z15).
_YES_START = frozenset(("ja", "yes", "jazeker", "jawel", "jep", "yep", "yeah", "yup", "ya",
                       "yah", "yeh", "yea", "sure"))  # fmt: skip
_YA_YOU = frozenset(("know", "kno", "see", "think"))  # "ya know": the chat "ya" for "you"


def _starts_with_yes(word: str) -> bool:
    said = [w for w in word.split()[:4] if w not in _FILLERS]  # "uhm ja" (r19)
    first = said[0] if said else ""
    if first in ("ya", "yah") and said[1:2] and said[1] in _YA_YOU:
        return False
    return first in _YES_START or (len(first) > 2 and first.rstrip("a") == "j")


_SOMETIMES = frozenset(("soms", "sometimes", "weleens", "occasionally"))  # refused (r6)
_SOMETIMES_YES = lazy_compile(
    r"\b(?:soms|weleens|sometimes|occasionally) (?:wel|ja|yes|do)\b"
    r"(?! (?:moe|doodmoe|uitgeput|gestrest|druk|tired|exhausted|stressed|busy)\b)|\bwel$"
)
_DOUBT = frozenset(  # hesitation ("mwah", "hmm" refused, r13), a joke ("I'm joking, sort of", r55)
    ("misschien", "mss", "maybe", "perhaps", "twijfel", "unsure", "wellicht", "idk", "dunno",
     "mwah", "mwa", "meh", "hmm", "hm", "hmmm", "tja", "pff",
     "joking", "joke", "kidding", "jk", "jking", "grapje", "geintje", "grap", "gekkigheid")
)  # fmt: skip
_SOFT_YES = frozenset(
    ("eigenlijk wel", "wel", "wel een beetje", "een beetje", "beetje", "best wel", "a bit",
     "a little", "kind of", "sort of", "somewhat", "af en toe", "enigszins", "ja wel",
     "denk het wel", "ik denk het wel", "i think so", "think so", "i guess", "i guess so",
     "kinda", "sorta", "a little bit", "kinda yes", "kinda yeah")  # "kinda" was refused (r17)
)  # fmt: skip
# "denies substance use", "ontkent SI": a counsellor's note says no (a role-play, round 61)
_NO_START = frozenset(("nee", "neen", "no", "nope", "nah", "denies", "ontkent"))


# A "sometimes" after a no is a yes only with a word that says so ("nee, soms wel"), and
# "actually" alone takes nothing back: "No, my studies are fine actually" (r13) was a yes.
_STILL_YES = frozenset(("wel", "ja", "yes", "do", "does", "did"))
_TAKEN_BACK_YES = frozenset(("wel", "ja", "jawel", "yes", "yeah", "toch", "do", "does", "did"))
_NEGATED = frozenset(("niet", "nie", "not", "geen", "never", "nooit"))


def _saying_yes(words: set[str]) -> bool:
    """ "nee, eigenlijk wel", "no, actually yes": a yes after the no, not "nee, toch niet"."""
    return bool(words & _TAKEN_BACK_YES) and not words & _NEGATED


def _ends_with_yes(word: str) -> bool:
    """ "nou eigenlijk wel ja", "uhm yes": the last word a yes, no negation before it."""
    words = word.split()
    return (
        len(words) > 1 and words[-1] in _YES_START and (_NEGATED | {"no", "nee"}).isdisjoint(words)
    )


_CORRECTING = ("i mean", "ik bedoel", "bedoel ik", "wacht", "wait", "sorry")


def _yes_then_no(word: str) -> bool:
    """A yes corrected to a no: "yes no i mean no", "ja nee", "ja... wacht, nee"."""
    words = word.split()
    if len(words) < 2 or not _starts_with_yes(word):
        return False
    if words[1] in _NO_START or words[-1] in _NO_START:
        return True
    padded = f" {word} "
    return any(f" {c} " in padded for c in _CORRECTING) and not _NO_START.isdisjoint(words)


_SPEAKING = frozenset(("i", "ik", "me", "my", "mij", "mijn", "myself", "mezelf", "k", "mn"))


def _starts_with_no(word: str) -> bool:
    # after a sound of hesitation too: "uhm nee ik denk t niet" (a role-play, round 14),
    # "oh my god. no. i punch walls sometimes" (a plain yes: round 16), "oh sorry nee" (r39)
    first = [w for w in _EXCLAIMED.sub("", word).split()[:3] if w not in _FILLERS][:1]
    return bool(first) and first[0] in _NO_START


_FILLERS = frozenset(("uhm", "uh", "uhh", "um", "umm", "eh", "ehm", "euh", "hm", "hmm", "nou"))
_FILLERS |= mixed.SORRY
_EXCLAIMED = lazy_compile(
    r"^(?:(?:oh|o) (?:my|mijn) god|oh god|omg|oh|jeez|wow|pff+|lol|haha+)\b ?"
)


# A no that is taken back in the same breath: "nee, toch wel", "nee wacht ja", "no,
# actually yes", "nee, ik denk er elke dag aan", "nee want ik heb al een plan", "nee?"
# were plain noes on the safety screen (an outsiders' hostile round, round 10). On a
# safety or sensitive question that is doubt: asked again, never a no. What only
# confirms the no ("nee hoor, gaat wel", "nee, denk het niet") stays a no.
_TAKE_BACK = frozenset(
    ("ja", "yes", "yeah", "wel", "toch", "eigenlijk", "actually", "wacht", "wait", "vroeger",
     # "nee, jawel", "no, only at night", "nee, alleen 's nachts" (round 12)
     "jawel", "night", "nights", "nacht", "nachts",
     "gisteren", "yesterday", "vannacht", "elke", "every", "vaak", "often", "altijd", "always",
     "denk", "think", "thinking", "gedacht", "thought", "plan", "plannen")
)  # fmt: skip


def _taken_back(word: str, raw: str) -> bool:
    if not _starts_with_no(word):
        return False
    if raw.rstrip().endswith("?") and not moving_on(raw):
        return True
    rest = without_state_wel(f" {word.split(' ', 1)[1]} ") if " " in word else ""
    for phrase in CONFIRMING:
        rest = rest.replace(f" {phrase} ", " ")
    if about_someone_else(rest) or something_else(rest):  # "nee ik niet, maar mijn
        return False  # vriendin wel": hers; "nee, wel dat mijn ouders scheiden": else
    said, taking = set(rest.split()), mixed.undenied(rest, _TAKE_BACK)  # "no plan" (r62)
    return bool(taking) and not restated_no(taking, said, raw)  # negated thinking: r14


_UNKNOWN_NORMAL = {normalise(w) for w in UNKNOWN_WORDS if normalise(w)}
_NO_IDEA = {"no idea", "no clue", "no idea really", "not sure", "no idea tbh", "nee geen idee"}
_YES = {normalise(w) for w in YES_WORDS}
_NO = {normalise(w) for w in NO_WORDS}
_SAFETY_YES = {normalise(w) for w in SAFETY_YES_WORDS}


def yes_or_unsure(value: object) -> bool:
    """A yes or a don't-know, read without its question: for the answer to a question the
    catalogue does not have (salvage.acute_part searches the question's own name then)."""
    if isinstance(value, bool):
        return value
    if not isinstance(value, str | int):
        return False
    word = normalise(str(value))
    if _starts_with_no(word) and not _taken_back(word, str(value)):
        return False
    return (
        word in _YES
        or _starts_with_yes(word)
        or is_unknown_word(str(value))
        or (word in _SAFETY_YES or bool(set(word.split()) & (_SOMETIMES | _DOUBT)))
    )


def is_unknown_word(text: str) -> bool:
    said = normalise(text)  # "weet niet eigenlijk" as "weet niet" (a role-play, round 45)
    return said in _UNKNOWN_NORMAL or mixed.bare(said) in _UNKNOWN_NORMAL or text.strip() == "?"


def is_doubt_word(text: str) -> bool:
    """ "weet niet", "geen idee", "hmm", "mwah": no answer either way."""
    return is_unknown_word(text) or mixed.bare(normalise(text)) in _DOUBT


def _choice(question: Question, value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise answer_error(question, value)
    text = str(value).strip()
    ids = question.choice_ids()
    if (exact := next((i for i in ids if i.casefold() == text.casefold()), None)) is not None:
        return exact  # "LOW", "Unsafe_now" lost a batch row where "JA" was read (r64)
    # "2 ofzo", "1 i guess", "weet ik niet, mss 3": a number with a hedge (r24, r60)
    position = parse_index(_HEDGED_NUMBER.sub(r"\1\2", text), len(ids))
    if position is not None:
        return ids[position]
    wanted = normalise(text)
    for choice in question.choices:
        if wanted and wanted in (normalise(choice.label.nl), normalise(choice.label.en)):
            return choice.id
    said = choice_number(text)  # "de tweede", "nummer 2"
    if said is not None and 1 <= said <= len(ids):
        return ids[said - 1]
    named = label_choices(question, text)  # "gestrest", "langer": a word of one label
    if len(named) == 1:
        return named.pop()
    if "yes" in ids and "no" in ids:
        # yes/partly/no: "deels", "ja best wel" refused, "not really" skipped (r14)
        if "partly" in ids and (said_partly(wanted) or mixed.some_of_them(wanted)):
            return "partly"  # "gaat wel, met een paar mensen" was refused (round 39)
        with contextlib.suppress(AnswerError):
            plain = parse_answer(replace(question, type="yes_no", choices=()), text)
            if isinstance(plain, bool):
                return "yes" if plain else "no"
    raise answer_error(question, value)


def parse_answer(question: Question, value: object, sentence_is_doubt: bool = True) -> AnswerValue:
    """A typed answer (bool, str, int or tuple of choice ids); raises AnswerError."""
    qtype, value = question.type, mixed.without_aside(value, question.type != "text")  # r39
    if qtype == "yes_no":
        if isinstance(value, bool):
            return value
        if not isinstance(value, str | int) or "\x1b" in str(value):
            # ["no"] is no answer to a yes/no question, nor "nee←←←ja" typed with arrow
            # keys the prompt cannot edit with: it was a silent no (round 22, X8)
            raise answer_error(question, value)
        value = without_puzzled_lead(str(value))
        word = mixed.unstretched(normalise(value), _YES | _NO)
        if (before := told_before(question, word)) is not None:
            return before  # "twee jaar geleden, nu gaat het goed" (r63); "no, earlier today"
        if (word in _NO_IDEA and not can_be_unknown(question)) or not_asked(question, word):
            raise answer_error(question, value)  # "no idea" was a "no" (r27); "n.v.t." (r63)
        if can_be_unknown(question) and mixed.no_idea_first(word):  # "no idea. we can't .." (r61)
            return UNKNOWN
        if _yes_then_no(word):
            # "yes... no, I mean no" was a yes on the crisis panel (round 12); "ja nee" is a
            # no as often as not. Doubt on a safety question; elsewhere asked again.
            if can_be_unknown(question):
                return False if mixed.fears_for_another(word) else UNKNOWN
            raise answer_error(question, value)
        if mixed.says_the_wish(question.id, word) or mixed.corrected_to_yes(word):
            return True  # "wil er egt nt meer zijn" was "weet niet" on the record (r60)
        if word in _YES or _starts_with_yes(word) or mixed.names_a_way(question.id, word):
            return not about_someone_else(f" {word} ", 6, question.id)  # "niet over mezelf" (r22)
        if mixed.denies_only_the_act(question.id, word, _starts_with_no(word)):
            return UNKNOWN  # "no not like actually doing something": the thought (r39)
        if word in FIRM_NO or misheard(word) or mixed.denied_outright(is_safety(question), word):
            return False  # "niet dat ik weet", "gelukkig nooit", "nee wacht, ik dacht dat u vroeg"
        words = set(word.split())
        safety = is_safety(question)
        if (safety or can_be_unknown(question)) and (word in _SAFETY_YES or words & _SOMETIMES):
            no = _starts_with_no(word) or mild_no_lead(word, True)  # "niet zo.." (r45)
            if no and not _SOMETIMES_YES.search(word):
                # "no not really, alleen soms moe" was a yes (r11, r14): doubt; "nee, soms wel" yes
                return False if mixed.another_state(question.id, word) else UNKNOWN
            return UNKNOWN if denied_there(word) else True  # "misschien soms": a yes here
        doubt = (
            words & _DOUBT
            or not_knowing(word, words)
            or hedged(word)
            or _taken_back(word, str(value))
            or withdrawn(value)
        )
        if (_starts_with_no(word) or word.startswith(ME_NOT)) and about_someone_else(f" {word} "):
            return False  # "nee, ik niet. maar een vriendin misschien wel": hers (r15)
        if can_be_unknown(question) and (is_unknown_word(str(value)) or doubt):
            return UNKNOWN  # before the no words: "niet echt" is not a no here
        taken = _taken_back(word, str(value)) and early_take_back(word, _TAKE_BACK)
        taken = taken and not closed_by_fine(word, _TAKE_BACK)
        if _starts_with_no(word) and taken and _saying_yes(asked(first_said(value, words))):
            # "nee... eigenlijk wel" to "geldzorgen?" was a plain no (r11): taken back, a yes
            return True
        if can_be_unknown(question) and _starts_with_no(word) and excepting(word, question.id):
            # "nee, alleen als het zwaar is": doubt; "nee, zorgen om haar" a no (r15), so
            # is "no ... I do not want to die, I just want a room" (r63)
            return False if about_someone_else(f" {word} ") or mixed.wish_denied(word) else UNKNOWN
        often = how_often(word)
        if often == "often" or (often == "rarely" and can_be_unknown(question)):
            return True  # "vaak", "1x per week", and "zelden" where doubt counts
        if often == "rarely" or (mild_no_lead(word) and not can_be_unknown(question)):
            return False  # "zelden"; "niet echt, ik zit vooral bij ..." (r27, P6, Q25)
        if word in _NO or word in ("niet echt", "not really", *HEDGED_NO) or _starts_with_no(word):
            return False
        if word in _MILD_NO and not can_be_unknown(question):
            return False  # "valt mee" to "money worries?"; on a safety question: doubt
        if _ends_with_yes(word) or yes_inside(word, question.text.get("nl")):
            return True  # "nou... eigenlijk wel ja" (r11), "tense yes. all the time" (r24)
        if word.split()[-1:] in (["nee"], ["no"], ["nope"]) and not _saying_yes(words):
            # "niet echt nee" (r13) a no; "I wrote the letters. no" (r21) doubt
            return UNKNOWN if can_be_unknown(question) and excepting(word) else False
        if not can_be_unknown(question) and mixed.says_no(question.section, word):
            return False  # "normal i guess", "its fine" to "do you sleep badly?" (r39)
        if question.section == "connection" and (mixed.thin(word) or mixed.just_one(word)):
            return not mixed.thin(word)  # "een paar, nog niet echt vrienden": thin ties (r39)
        if (word in _SOFT_YES | mixed.PARTLY_YES or words & _SOMETIMES or some_said(word)
                or mixed.so_so(question, word)):  # fmt: skip
            return True  # "eigenlijk wel", "soms", "a few"; "matig" to "slaap je slecht?" (r46)
        if mixed.hedged_yes(word):  # on the safety screen doubt, never refused (r52, r63)
            return UNKNOWN if can_be_unknown(question) else True  # "eigenlijk wel", "soms"
        speaking = len(word.split()) >= 4 and words & _SPEAKING  # a sentence of one's own
        if sentence_is_doubt and can_be_unknown(question) and speaking:
            # A sentence of one's own where a yes or no was asked ("I am thinking many
            # times to finish my life") was refused unread (round 12): doubt in a file;
            # refused where it is read and asked again (the terminal, round 16).
            return UNKNOWN
        raise answer_error(question, value)
    if qtype == "choice":
        if isinstance(value, bool):  # YAML reads an unquoted yes/no as a boolean
            value = "yes" if value else "no"
        return _choice(question, value)
    if qtype == "multi":
        return read_multi(question, value, _choice)
    if qtype == "scale":
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise answer_error(question, value)
        value = str(value) if isinstance(value, float) else value  # 7.5 read as "7.5" (r64)
        number = value if isinstance(value, int) else parse_int(value)
        if number is None and isinstance(value, str):
            number = scale_number(value)  # "een zes denk ik", "7 of 8", "valt mee, een 5"
        if number is None:
            raise answer_error(question, value)
        low, high = question.min or 0, question.max or 10
        if not low <= number <= high:
            raise answer_error(question, value)
        return number
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise answer_error(question, value)
    text = str(value)
    if len(text) > MAX_TEXT:
        raise AnswerError(
            f"answer to question '{question.id}' is {len(text)} characters; the limit is {MAX_TEXT}"
        )
    return text


def reads_as_answer(question: Question, raw: str) -> bool:
    """Whether ``raw`` is an answer to ``question`` at all ("not really" to yes/partly/no)."""
    try:
        parse_answer(question, raw)
    except AnswerError:
        return False
    return True
