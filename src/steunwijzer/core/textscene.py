"""A clinical word met at work, on a placement or in an exam: the scene frames it as
something seen, not the student's own (used by core/textframe.py; kept apart to keep
that module small), and a clause of the student's own after a fiction word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core import lexicon_frames as frames

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

_FROM = frozenset(("van", "from", "uit", "of"))
# The student as the patient: woke up or was admitted there, not on a shift.
_A_PATIENT = frozenset(
    ("wakker", "woke", "waking", "opgenomen", "admitted", "binnengebracht", "leeggepompt",
     "pumped", "brought")
)  # fmt: skip
_MY = frozenset(("my", "mijn", "m'n", "mn", "our", "ons", "onze"))


def work_scene(tokens: Tokens, start: int, end: int) -> str | None:
    """A clinical word met at work, on a placement or in an exam: "ambulance internship,
    responded to an overdose call", "politiestage: een melding huiselijk geweld",
    "toxicology exam tomorrow, I know every lethal dose", "a patient passed away on my
    shift" (an outsiders' set, round 14). Never when something is taken ("op stage heb
    ik een overdosis genomen") or the student is the one hurt ("myself", "mezelf")."""
    words = tokens.words
    found = words[start : end + 1]
    clinical = any(w.startswith("overdos") or w in frames.CLINICAL_FINDING for w in found)
    if not clinical:
        return None
    near = words[max(0, start - 6) : min(tokens.n, end + 5)]
    if not frames.TAKEN.isdisjoint(near) or not frames.DWELLING.isdisjoint(words):
        return None  # "... welke dosis dodelijk is, daar denk ik steeds aan": the student
    if not frames.KIN_WORDS.isdisjoint(words[max(0, start - 30) : end + 30]):
        return None  # "exam tomorrow and my grandpa died last week": a loss
    if not _A_PATIENT.isdisjoint(words[max(0, start - 8) : start]):
        return None  # "ik werd wakker op de SEH na een overdosis" (set193, round 55)
    if _my_mentor(words, start):
        return None  # "mijn werkbegeleider, die me alles leerde op stage, is overleden"
    sentence = tokens.sentence[start]
    head = range(min(tokens.n, 6))  # "politiestage:", "nursing placement:"
    for j in [*head, *range(max(0, start - 30), start)]:
        if words[j] in frames.SCENE_WORDS and (tokens.sentence[j] == sentence or j in head):
            if j > 1 and words[j - 2] in _FROM and words[j - 1] in _MY:
                continue  # "iemand van mijn werk is overleden": a colleague (round 41)
            return str(words[j])
    # The one who died named right after: "goed omgegaan met de overleden patiënt", "the
    # deceased client" (an outsiders' set of health students, round 31).
    for j in range(end + 1, min(tokens.n, end + 3)):
        if words[j] in frames.CARED_FOR and tokens.sentence[j] == sentence:
            return str(words[j])
    # A dose, and an exam after it: "the lethal dose of digoxin for the toxicology exam"
    # (set56). Not a death ("my cat died this morning and I have an exam at 2").
    if not frames.DOSE_WORDS.isdisjoint(found):
        for j in range(end + 1, min(tokens.n, end + 9)):
            if words[j] in frames.EXAM_WORDS and tokens.sentence[j] == sentence:
                return str(words[j])
    return None


# Someone of one's own at work who died: "Mijn werkbegeleider, die me echt alles heeft
# geleerd op stage, is vorige maand plotseling overleden" was a scene seen at work
# (set315, round 62); "a patient died on my shift" still is one.
_MENTORS = frozenset(
    ("begeleider", "werkbegeleider", "stagebegeleider", "praktijkbegeleider", "collega",
     "mentor", "supervisor", "leidinggevende", "baas", "colleague", "boss", "manager",
     "preceptor", "werkgever", "teamleider", "coach", "trainer", "opleider")
)  # fmt: skip


_TELLS = frozenset(
    ("zei", "zegt", "vroeg", "vraagt", "vertelde", "meldde", "said", "says", "asked", "asks",
     "told", "tells")
)  # fmt: skip


def _my_mentor(words: list[str], start: int) -> bool:
    """The mentor as the one who died: not one who said something about a death ("mijn
    stagebegeleider zei dat ik goed omging met de overleden patiënt", set100)."""
    return any(
        words[k] in _MY
        and words[k + 1] in _MENTORS
        and _TELLS.isdisjoint(words[k + 2 : start])
        and frames.CARED_FOR.isdisjoint(words[k + 2 : start + 3])
        for k in range(max(0, start - 14), start - 1)
    )


_AND = frozenset(("en", "and", "maar", "but"))
_I = frozenset(("ik", "i", "i'm", "im"))
_LINES_TEXT = "say says said zeg zeggen zei roep roepen shout scream sing zing lees read play speel"
_LINES = frozenset(_LINES_TEXT.split())


def own_clause_after(words: list[str], j: int, start: int) -> bool:
    """A clause of the student's own between the fiction word and the finding: "ik speel
    een personage en ik wil zelfmoord plegen" (round 51's note; round 52); not a line
    said in it ("... and I have to say I want to die every night")."""
    if own_chapter(words, j, start):
        return True
    return any(
        words[k] in _AND and words[k + 1] in _I and _LINES.isdisjoint(words[k + 2 : start])
        for k in range(j + 1, start - 1)
    )


_CHAPTER = frozenset(("hoofdstuk", "hoofdstukken", "chapter", "chapters"))
_ABOUT = frozenset(("over", "about", "on", "waarin", "where", "in", "met", "with"))


def own_chapter(words: list[str], j: int, start: int) -> bool:
    """The student's own chapter, not about anything, and the student acting after it:
    "als mijn begeleider weer mijn hoofdstuk afkraakt ga ik 's avonds met een schaar over
    mijn bovenbeen" (set309, round 62) was a chapter's scene; "in mijn hoofdstuk over
    zelfbeschadiging ..." still is one."""
    return (
        words[j] in _CHAPTER
        and j > 0
        and words[j - 1] in _MY
        and (j + 1 >= len(words) or words[j + 1] not in _ABOUT)
        and not _I.isdisjoint(words[j + 1 : start])
    )


_POSSESSIVE = frozenset(
    ("my", "mijn", "mn", "m'n", "our", "onze", "ons", "his", "her", "zijn", "haar")
)
_DETERMINERS = frozenset((*_POSSESSIVE, "the", "de", "het", "this", "dit", "deze", "that", "die"))


def person_not_topic(words: list[str], frame_at: int, link: int) -> bool:
    """A frame word and its link that speak of a person, not a topic: "I'm writing about
    my daughter" (a parent's email, set290) and "my friend from the course posted ... a
    goodbye text" (set287) set the whole worry aside as a study topic until round 61."""
    after = words[link + 1 : link + 3]
    if len(after) == 2 and after[0] in _POSSESSIVE and after[1] in frames.KIN_WORDS:
        return True
    k = frame_at - 1
    if k >= 0 and words[k] in _DETERMINERS:
        k -= 1
    return k > 0 and words[k] in _FROM and words[k - 1] in lexicon.OTHER_WORDS


_AMONG = frozenset(("among", "amongst", "onder", "bij", "in"))


def among_group(tokens: Tokens, end: int, acute: bool) -> bool:
    """ "self-harm among teenagers", and for an acute finding with a word between, in
    the same sentence and not after "in": "zelfbeschadiging bij autistische jongeren"
    (set317, round 62: a thesis's topic was acute); not "lost my dad in october. people
    expect ...", "schulden bij verkeerde mensen", "aansluiting bij Nederlandse studenten"."""
    words, n = tokens.words, tokens.n
    if end + 2 >= n or words[end + 1] not in _AMONG:
        return False
    if words[end + 2] in frames.GROUP_WORDS:
        return True
    return (
        acute
        and end + 3 < n
        and words[end + 1] != "in"
        and tokens.sentence[end + 3] == tokens.sentence[end]
        and words[end + 3] in frames.GROUP_WORDS
    )


def media_lead(words: list[str], j: int) -> bool:
    """ "a film", and with one word between: "a horror game", "een nieuwe serie". Not a
    show as a time or an event, which is no story told: "na het premièrefeest van de
    musical door een medestudent verkracht", "after the play he ..." (set369, round 66)."""
    lead = frames.MEDIA_LEAD
    if j >= 2 and words[j - 1] in lead and words[j - 2] in _WHEN:
        if words[j - 2] not in ("van", "of"):
            return False  # "na de voorstelling", "after the play"
        if j >= 3 and words[j - 3].rstrip("s").endswith(_EVENTS):
            return False  # "het premièrefeest van de musical"
    if words[j - 1] in lead:
        return True
    return j > 1 and words[j - 2] in lead and words[j - 1].isalpha()


_WHEN = frozenset(("na", "after", "tijdens", "during", "since", "sinds", "van", "of"))
_EVENTS = ("feest", "party", "borrel", "premiere", "première", "repetitie", "rehearsal",
           "afterparty", "auditie", "audition", "tour", "tournee")  # fmt: skip
