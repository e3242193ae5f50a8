"""How people answer a yes/no question in a sentence of their own: a yes a word or two
in, how many ("a few", "een paar") for a yes, a question that only asks to move on, and
the acts and means that make a no doubt. Kept apart from answer_words.py (the hedges,
exceptions and frequencies) to keep modules small."""

from __future__ import annotations

import re
from collections.abc import Callable

from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.textnorm import normalise

# How many, to "do you have friends ...?" or "do you drink?": "a few", "een paar wel",
# "a couple of them" say yes (a role-play, round 23, Z15, saw "a few" refused); with a
# negation ("a few, not close ones", "not many") it is asked again.
_SOME = ("a few", "a couple", "een paar", "een stuk of", "een stel", "enkele", "some",
         "een aantal", "a handful", "paar", "one or two", "een of twee", "1 or 2", "1 of 2",
         "twee drie", "two or three")  # fmt: skip


def some_said(word: str) -> bool:
    padded = f"{word} "
    return any(padded.startswith(p + " ") for p in _SOME) and _TURNED.isdisjoint(word.split())


# A yes a word or two in, or "wel" after since when, with nothing turned around anywhere:
# "tense yes. all the time lately", "gespannen wel ja, maar dat komt door haar", "sinds
# vorige week wel" were refused (a role-play, round 24, R10). Not "wel" alone: "ik slaap
# wel goed" answers no to "do you sleep badly?".
_YES_INSIDE = lazy_compile(
    r"^(?:\w+ ){1,2}(?:yes|yeah|yep|ja|jawel|wel ja)\b"
    r"|^(?:sinds|since)(?: \w+){1,3} (?:wel|ja|yes)\b"
    # a yes as the sentence's conclusion: "ik game tot 4 uur dus ja eigenlijk wel" (r37)
    r"|\b(?:dus|so) (?:ja|yes|yeah|yep)(?: eigenlijk| wel| actually| i guess)*$"
)
_TURNED = frozenset(("niet", "nie", "not", "geen", "no", "nee", "never", "nooit", "dont", "don"))


def yes_inside(word: str, question: str = "") -> bool:
    """A yes a word or two in, or a word of ``question`` with "wel" (``named_yes``)."""
    if question and named_yes(word, question):
        return True
    return _YES_INSIDE.search(word) is not None and _TURNED.isdisjoint(word.split())


# None of the options, at a choice question with no "no" among them: "geen van beide",
# "iets anders", "none of these" were refused with "Typ 1 of 2" and nothing said Enter
# skips (role-plays, round 26, S5 and Q13). Skipped, and said so; words after them ("geen
# van beide, het zijn mijn huisgenoten") are read for a need as any sentence is.
_NONE_FITS = lazy_compile(
    r"^(?:(?:nee,? )?geen van (?:beide[n]?|allebei|de twee|deze|die|allen|alle|allemaal"
    r"|de opties|de antwoorden)|geen enkele?|geen|niks|niets(?: daarvan)?|(?:iets )?anders"
    r"|overig|n ?v ?t|niet van toepassing|none(?: of (?:these|them|those|the above"
    r"|the options))?|neither(?: of (?:them|these|those|the two))?|neither one|nothing"
    r"|something else|(?:an)?other|n ?a)(?: (?:eigenlijk|echt|really|actually|sorry))?$"
)


# ... and then says why: "geen van beide eigenlijk, het gaat om mijn huisgenote" was "Dat
# antwoord past niet" (a role-play, round 41, intake 4).
_NONE_FITS_LEAD = lazy_compile(
    r"^(?:nee,? )?(?:geen van (?:beide[n]?|allebei|de twee|deze|die)|none of (?:these|them|those"
    r"|the above)|neither(?: of (?:them|these|those))?|iets anders|something else)\b"
)


def none_fits(text: str) -> bool:
    """Whether ``text`` (normalised) says that none of the options fits."""
    return _NONE_FITS.match(text) is not None or _NONE_FITS_LEAD.match(text) is not None


# A mild no and then the student's own words, at an ordinary yes/no question: "niet echt,
# ik zit vooral bij die vriendinnen", "vaak niet, soms in de tentamenweek een beetje
# gestrest maar dat heeft iedereen" were refused or read as a yes, where "not really,
# ..." was a no (role-plays, rounds 26 and 27, P6 and Q25). Not where a yes is said again
# after it ("niet echt, maar soms wel", "not often, but yes").
_MILD_NO_LEAD = lazy_compile(
    r"^(?:niet echt|not really|niet really|eigenlijk niet|niet zo(?:zeer| erg| vaak)?|not much"
    r"|not so much|not that much|not often|vaak niet|niet vaak|meestal niet|not usually|mostly not"
    r"|valt (?:wel |best |eigenlijk wel )?mee|zelden|nauwelijks|hardly|rarely) \w"
)
_SAID_AGAIN = lazy_compile(r"\b(?:wel|ja|yes|yeah|do|does)$|\b(?:soms|sometimes) (?:wel|ja|yes)\b")


def mild_no_lead(word: str, act_is_yes: bool = False) -> bool:
    """Whether ``word`` (normalised) opens with a mild no and goes on without a yes;
    ``act_is_yes``: nor names an act or a means ("niet echt, ik kras alleen soms")."""
    if act_is_yes and not (ACTS | MEANS).isdisjoint(word.split()):
        return False
    return _MILD_NO_LEAD.match(word) is not None and _SAID_AGAIN.search(word) is None


# "nee, prima. wel te lang op mijn telefoon" to "do you sleep badly?": the no said fine,
# then something else the student does; it was read as "nee, toch wel", a yes (a
# role-play, round 27, Q25). A take-back at the end still counts ("nee prima, soms wel").
_FINE = frozenset(("prima", "goed", "fine", "good", "ok", "oke", "okay", "oké", "prima hoor"))


def closed_by_fine(word: str, taking_back: frozenset[str]) -> bool:
    """A no closed by "fine", the words after it no take-back of the no."""
    rest = word.split()[1:]
    return len(rest) > 2 and rest[0] in _FINE and rest[-1] not in taking_back


# A word of the question itself with "wel": "gespannen wel, door de tentamens. somber
# niet" to "Voel je je vaak somber, gespannen of overbelast?" was refused (a role-play,
# round 28, R3). Not "slaap wel (goed)" to "Slaap je slecht?": the verb that opens the
# question is no word of what is asked ("slecht" is, and "slecht wel" is a yes).
_WEL = lazy_compile(r"^(\w+) (?:wel|ja|yes)\b(?! (?:goed|prima|oke|ok|fine|lekker|normaal|genoeg))")


def named_yes(word: str, question: str) -> bool:
    """Whether ``word`` (normalised) opens with a word of ``question`` and "wel"."""
    found = _WEL.match(word)
    if found is None or len(found[1]) < 4:
        return False
    # Not the verb that opens the question: "slaap wel" to "Slaap je slecht?" is a no.
    asked = set(re.findall(r"\w+", question.lower())[1:])
    return found[1] in asked


# Indifference to a safety question is doubt, never a no and never refused: "whatever",
# "doesnt matter" to "thoughts of ending your life?" were refused three times, and the
# hopelessness in them was lost (a role-play, round 30, E1).
# Not telling, or taking it back: a skip, never a doubt that asks on ("laat maar" was
# "Dat antwoord past niet": a role-play, round 34, C2; more in rounds 28 and 35).
REFUSALS = frozenset(
    ("pass", "skip", "overslaan", "sla over", "rather not say", "prefer not to say",
     "zeg ik liever niet", "liever niet zeggen", "wil ik niet zeggen", "laat maar",
     "laat maar zitten", "never mind", "nevermind", "forget it", "liever niet", "rather not",
     "i'd rather not", "no comment", "geen commentaar", "i would rather not say",
     "i'd rather not say", "dat wil ik niet zeggen", "dat zeg ik liever niet")
)  # fmt: skip
_REFUSED = frozenset(normalise(w) for w in REFUSALS)


def refused(text: str) -> bool:
    """Not telling ("zeg ik liever niet"), or an answer taken back (``withdrawn``)."""
    said = normalise(text)
    return said in _REFUSED or _NOT_TELLING.fullmatch(said) is not None or withdrawn(text)


# Not telling, said in a sentence: "dat wil ik liever niet zeggen" was "Dat antwoord past
# niet" (a role-play, round 42, intake 4); "I don't want to answer that", "daar wil ik
# het liever niet over hebben".
_NOT_TELLING = lazy_compile(
    r"(?:(?:dat|daar|dit|het) )?(?:zeg|vertel|beantwoord) (?:ik )?(?:dat |het |dit )?"
    r"(?:liever |echt |nu |even |nog )?(?:niet|nog niet)"
    r"|(?:(?:dat|dit|het) )?wil (?:ik )?(?:dat |het |dit )?(?:liever |echt |nu |even |nog )?"
    r"(?:niet|nog niet) (?:zeggen|vertellen|beantwoorden|kwijt)"
    r"|daar wil ik (?:het )?(?:liever |nu |even )?niet over (?:hebben|praten)"
    r"|i (?:do ?n ?o?t|don t|would rather not|d rather not|prefer not to) (?:want to )?"
    r"(?:say|answer|tell|talk about it|answer that|say that|go into it|share that)"
    r"(?: right now| now)?"
)


INDIFFERENT = frozenset(
    ("whatever", "doesnt matter", "doesn't matter", "does not matter", "maakt niet uit",
     "maakt me niet uit", "maakt toch niet uit", "boeit niet", "boeit me niet", "who cares",
     "dont care", "don't care", "i dont care", "i don't care", "kan me niet schelen")
)  # fmt: skip


def not_knowing(word: str, words: set[str]) -> bool:
    """ "weet ik niet", "I really don't know"; not "no. i dont even know his address"
    (someone else's whereabouts read as doubt about one's own thoughts, round 30)."""
    said = word.split()  # the not beside the know: "I do not want to die. I just want to
    knows = [i for i, w in enumerate(said) if w in ("weet", "know")]  # know if my brother
    return any(not _NOT.isdisjoint(said[max(0, i - 3) : i + 4]) for i in knows) and not any(
        not _WHOSE.isdisjoint(said[i + 1 : i + 4]) for i in knows
    )  # is alive" was doubt, and an acute box (a role-play, round 63)


_NOT = frozenset(("niet", "nie", "not", "dont", "don"))
_WHOSE = frozenset(("his", "her", "their", "zijn", "zn", "haar", "hun", "where", "waar"))


# A question after the answer that only asks to move on: "No. Obviously not. Can we get
# to the workshop please?" was a no taken back with its question mark, and the crisis
# panel opened for a student who came for a workshop (a role-play, round 31, E1).
_MOVING_ON = lazy_compile(
    r"(?i)[.!,]\s*(?:(?:and|en|so|dus|ok|oke|okay|please|alsjeblieft|graag|but|maar)\s+)?"
    r"(?:(?:can|could|shall) we (?:just )?(?:get (?:on|to|going|back)|go on|move on|carry on|"
    r"continue|skip|hurry)|(?:kunnen|zullen|mogen) we (?:nu )?(?:gewoon )?(?:verder|door|naar|"
    r"opschieten|doorgaan)|(?:next|volgende) (?:question|vraag)|why do you (?:need|want) to "
    r"know|waarom (?:moet|wil) (?:je|u) dat (?:weten|vragen)|how (?:long|many more)|hoe lang "
    r"(?:nog|duurt)|hoeveel vragen nog"
    # asking why it is asked, or whether it is over soon: "no no. why do you ask that?",
    # "no. are we done soon?" read as doubt, and the crisis panel opened for a student who
    # said no (a role-play, round 34, B1 and D1)
    r"|why (?:do|would) you ask|why are you asking|why (?:this|that) question|"
    r"(?:why|waarom|hoezo)(?=\s*\?\s*$)|waarom (?:vraag|vraagt) (?:je|u|jij)|"
    r"waarom (?:die|deze) vraag|"
    r"what does (?:that|this) have to do|wat heeft dat (?:er ?mee|te maken)|"
    r"(?:are|r) we (?:almost |nearly )?(?:done|finished)|is (?:this|it) (?:almost )?over|"
    r"zijn we (?:bijna )?klaar|is (?:dit|het) (?:bijna )?(?:klaar|voorbij|afgelopen)|"
    r"(?:do|must) i (?:have to )?answer|moet ik (?:dit|hierop|daarop) antwoorden)"
    r"[^.!?]*\?\s*$"
)


def moving_on(raw: str) -> bool:
    """Whether the question that ends ``raw`` only asks to move on."""
    return _MOVING_ON.search(raw) is not None


# An act of self-harm named beside the no: "no, just scratching", "nee, enkel krassen"
# to "do you ever hurt yourself, e.g. by scratching?" was a plain no (round 13).
ACTS = frozenset(
    ("krassen", "kras", "krast", "scratching", "scratch", "snijden", "snij", "sneed", "cutting",
     "cut", "branden", "brand", "burning", "burn", "slaan", "sla", "hitting", "bonken", "bijten",
     "biting", "knijpen", "prikken", "scratches", "cuts", "nagels", "nails")  # nails: r29, M2
)  # fmt: skip


# Means named beside the no ("nee, maar ik heb een touw", hostile round 14; "nee. alleen
# dat opzoeken", r27) are doubt; not after a negation ("nee, ik heb geen pillen").
MEANS = frozenset(
    ("touw", "rope", "pillen", "pills", "tabletten", "tablets", "mes", "mesje", "messen",
     "knife", "knives", "scheermes", "scheermesje", "razor", "blade", "blades", "medicijnen",
     "medicatie", "meds", "medication", "overdosis", "overdose", "wapen", "gun", "pistool",
     "brug", "bridge", "spoor", "sporen", "tracks", "gespaard", "opgespaard", "saved",
     "stockpiled", "opgezocht", "gegoogeld", "googled", "looked", "balkon", "dak", "roof",
     "opzoeken", "googelen", "googlen", "gegoogled", "paracetamol", "slaappillen", "insuline",
     "insulin",
     # letters written, to "have you prepared anything?": "well I wrote the letters, but
     # that's not preparing anything. no" was a calm no (a role-play, round 21)
     "brieven", "brief", "afscheidsbrief", "afscheidsbrieven", "letters", "letter")
)  # fmt: skip
NOT_BEFORE = frozenset(("geen", "no", "not", "niet", "zonder", "without", "nooit", "never"))


def denied_act(words: list[str], at: int) -> bool:
    """The act at ``at`` said not done ("I never cut", "i don't cut", "ik snij niet"); not
    by the answer's own first no ("no, just scratching" is doubt)."""
    before = words[max(1, at - 2) : at]
    return not _DENYING.isdisjoint(before) or words[at + 1 : at + 2] in (["niet"], ["nooit"])


_DENYING = NOT_BEFORE | {"don", "dont", "didn", "didnt", "doe", "t"}


# A sentence that begins with a capital after a full stop ends what the take-back says:
# "nee... eigenlijk wel. Ik slaap nu in de kamer van mijn zus, anders lukt het niet" was
# a no, the "niet" of the second sentence undoing the "wel" (a role-play, round 32, A3).
_NEXT_SENTENCE = lazy_compile(r"[.!?]+\s+(?=[A-Z])")


def first_said(raw: object, words: set[str]) -> set[str]:
    """The words of the answer's first sentence, or ``words`` when it has one."""
    parts = _NEXT_SENTENCE.split(str(raw), maxsplit=1)
    return set(normalise(parts[0]).split()) if len(parts) > 1 else words


def doubt_led(text: str, is_doubt: Callable[[str], bool]) -> bool:
    """An answer whose first part is a doubt and goes on in words: "i dont know...
    something happened at a party. i dont really want to talk about it" to "do you feel
    unsafe somewhere?" was refused ("That answer does not fit"), where "weet niet" alone
    is read as skipped and said so (a role-play, round 33, C2). ``is_doubt``: what
    counts as doubt on its own (core/answers.is_doubt_word)."""
    first = _FIRST_PART.split(text.strip(), maxsplit=1)
    return len(first) == 2 and bool(first[1].strip()) and is_doubt(first[0])


def after_doubt(text: str, is_doubt: Callable[[str], bool]) -> str:
    """The words after a leading doubt, or "": "idk, like a 5 maybe" at a scale is a 5
    said with a shrug, not a skip that loses the 5 (a role-play, round 36, R3)."""
    first = _FIRST_PART.split(text.strip(), maxsplit=1)
    return first[1].strip() if len(first) == 2 and is_doubt(first[0]) else ""


_FIRST_PART = lazy_compile(r"\s*(?:\.{2,}|…|[,;:.!?])\s*")
_WITHDRAWN = frozenset(
    ("laat maar", "laat maar zitten", "never mind", "nevermind", "forget it", "liever niet",
     "rather not", "i'd rather not", "no comment", "geen commentaar", "maakt niet uit")
)  # fmt: skip


def withdrawn(text: str) -> bool:
    """An answer that ends by taking itself back: "iemand deed iets. op dat feest. laat
    maar" was refused ("Dat antwoord past niet") in front of a student who had just come
    close to telling of an assault (a role-play, round 34, C2). Read as skipped (doubt
    on a safety question), its words read first."""
    parts = [p for p in _FIRST_PART.split(text.strip()) if p]
    if parts and _NOT_TALKING.search(normalise(parts[-1])):
        return True  # "I don't really want to talk about it" was refused (round 40)
    return len(parts) > 1 and normalise(parts[-1]) in _WITHDRAWN


# Not (yet) wanting to talk about it, said in a sentence of one's own.
_NOT_TALKING = lazy_compile(
    r"\b(?:(?:don'?t|don t|do not|dont) (?:really )?(?:want|wanna|feel like)|(?:not|rather not)"
    r"(?: really)?(?: ready)?|can'?t|can t|cannot|would rather not|prefer not) (?:to )?"
    r"(?:talk|talking|say|get into|go into) (?:about )?(?:it|this|that)\b"
    r"|\b(?:wil|kan) (?:ik )?(?:er|daar|het) (?:\w+ )?(?:liever |nog |echt )?niet over "
    r"(?:praten|hebben|vertellen)\b|\bliever niet over (?:praten|hebben)\b"
)


# "what? no. of course not" was refused ("That answer does not fit") in front of a student
# who had said no (a role-play, round 34, D1): a puzzled "what?" before the answer is no
# part of it.
_PUZZLED = lazy_compile(
    r"(?i)^\s*(?:what|wat|huh|h[eè]|sorry|pardon|excuse me|wait|wacht)\s*\?+\s*"
)


# A shrug before the answer: "gaat wel, beetje" to "slaap je slecht?" was refused (a
# role-play, round 42, intake 1): the words after the comma are the answer.
_SHRUG = lazy_compile(
    r"(?i)^\s*(?:gaat wel|valt wel mee|valt mee|mwah|meh|tja|nou ja|it'?s ok(?:ay)?|not too bad"
    r"|could be worse)\s*[,;.]+\s*(?=(?:een |a |best |ja |yes )?(?:beetje|bit|little|soms"
    r"|sometimes|af en toe|kinda|wel|ja|yes|yeah)\b)"
)  # only before a yes-ish word: "valt wel mee, mijn ouders betalen de huur" is a no (r28),
# and "mwah, nee" on the safety screen stays the doubt it was


# One word of the question said back before the answer: "zorgen.. nee niet echt,
# iedereen gamet toch" was refused where "zorgen? nee" was read (a role-play, round 45).
_ECHO = lazy_compile(
    r"(?i)^\s*(?!(?:soms|sometimes|weleens|niet|not|wel|misschien|maybe|vroeger|nooit|never|"
    r"altijd|always|vaak|often|ja|jawel|yes|yeah|yep|nee|neen|no|nope|nah|ok|oke)\b)[\w']+\s*(?:\.{2,}|…|\?+)\s*(?=(?:nee|neen|no|nope|nah|ja|jawel|yes|yeah)\b)"
)


def without_puzzled_lead(raw: str) -> str:
    """``raw`` without a puzzled "what?" or "huh?", a word of the question said back, or
    a shrug with a comma, before the answer itself."""
    rest = _SHRUG.sub("", _ECHO.sub("", _PUZZLED.sub("", raw, count=1), count=1), count=1)
    return rest if rest.strip() else raw


# A no about someone else: "nee ik niet, maar mijn vriendin wel" (r14); not "deadlines niet.
# ik mag ..." (r33: a no) nor "ja soms, als ik niet kan slapen" (r64: a yes read as no).
NOT_ME = lazy_compile(
    r" (?:ik niet(?= $| (?:maar|wel|hoor|zelf|nee|hij|zij|ze|mijn|mn|m n|iemand|want)\b)|niet ik"
    r"(?! (?:mag|heb|ben|kan|wil|moet|ga|zit|doe|weet|had|was|kon|zou)\b)"
    r"|ik zelf niet|not me(?! \w+ing\b)|me not|not myself|not about me|niet over mij"  # r59 meme
    r"|niet om mij|niet over mezelf|niet om mezelf|not about myself"
    r"|(?:voor|over|for|about) (?:iemand anders|someone else|somebody else)"
    # worried about a person, not a thing ("yes, I worry about my visa": round 41)
    r"|(?:zorgen|bezorgd|worried|worry|worrying) (?:om|over|about|for) (?:haar|hem|hen|her|him"
    # (his/her: "he's worried about his housemate", the counsellor's, round 53: H261)
    r"|them|(?:een|mijn|mn|m'n|my|a|our|onze|his|her|their|zijn|haar|hun) (?:\w+ )?(?:vriend"
    r"|vriendin|huisgenoot|huisgenote|broer|zus|broertje|zusje|moeder|vader|mama|papa|partner|friend|roommate|flatmate"
    r"|housemate|brother|sister|mom|mum|mother|dad|father|classmate|medestudent|boyfriend"
    r"|girlfriend|neighbour|buurman|buurvrouw|collega|colleague))"
    r"|gaat (?:om|over) (?:mijn|mn|m'n|haar|hem)|(?:it is|its) about (?:my|her|him)"
    r"|(?:maar|but) (?:een|mijn|mn|m'n|my|a|his|her|their|zijn|haar|hun) (?:\w+ )?"
    r"(?:vriend|vriendin|huisgenoot|broer|zus|broertje|zusje|friend|roommate|flatmate|brother"
    r"|sister|classmate|medestudent)"
    # "nee. zij wel, ik zag krassen op haar armen" (r24); "nee. zij misschien wel" (r41)
    r"|(?:zij|ze|hij) (?:\w+ zich(?:zelf)? )?wel|but (?:she|he|they) (?:does|do|did|has|have)"
    r"|(?:zij|ze|hij) (?:misschien|mogelijk|waarschijnlijk|denk ik) wel"
    # (not after a yes: "yes, she might fail the placement" was a no: round 62's role-play)
    r"|(?<!yes )(?<!yeah )(?<!yep )(?:she|he|they) (?:might|may|maybe|probably|possibly)) "
)


# A correction of the answer before, typed at the next question: "wacht, eigenlijk was
# het wel ja" was read as a yes to the question on screen (a role-play, round 42,
# intake 4). The interview goes back one question, as 'b' does.
_EARLIER = lazy_compile(
    r"(?i)^\s*(?:oh |o )?(?:wacht|wait|sorry|hold on|oeps|oops)\b.{0,40}?"
    r"\b(?:was het|was dat|it was|that was|vorige vraag|vorige antwoord|previous question"
    r"|previous answer|last question|last answer|eerdere vraag|eerder antwoord|the one before"
    r"|daarvoor|before that)\b"
)


def corrects_earlier(raw: str) -> bool:
    """Whether ``raw`` takes back the answer to the question before this one."""
    return _EARLIER.search(raw) is not None


_NUMBER = lazy_compile(r"\d+")


def two_choices(raw: str) -> bool:
    """Two different numbers where one choice is asked: "1, 3" (round 27), and "4 maar ook
    2 eigenlijk" in a short answer, which was "Dat antwoord past niet" (a role-play, round
    42, intake 5): the screen asks for the one that weighs most. Short: six words at most
    from the first number to the last ("3 denk ik, en ook wel 1, het was ..." r63)."""
    at = [i for i, w in enumerate(raw.split()) if _NUMBER.search(w)]
    return len(set(_NUMBER.findall(raw))) > 1 and at[-1] - at[0] <= 6


# Only about someone else, no answer for the student: "het gaat niet over mij maar over
# mijn huisgenoot", "it's not about me, it's my roommate" (a role-play, round 42).
_ANOTHER_ONLY = lazy_compile(
    r"(?i)\b(?:niet (?:over|om) (?:mij|mezelf|mijzelf)|not (?:about|for) me|not me)\b"
    r".{0,40}\b(?:over|om|about|for|it'?s|is|maar|but) (?:mijn|mn|m'n|my|a|een|haar|hem|her|him)\b"
)


def about_another_only(raw: str) -> bool:
    """Whether ``raw`` says the question is about someone else, not the student."""
    return _ANOTHER_ONLY.search(raw) is not None
