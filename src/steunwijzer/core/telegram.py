"""A counsellor's note that drops its subject, which is then the student."""

from __future__ import annotations

from steunwijzer.core import lexicon

# A note that drops its subject: "drinkt bijna elke avond ... voelt zich leeg, ziet het
# niet meer zitten met de studie" (a role-play, round 46: the despair was set aside as
# someone else's and the screen said no acute signal). Opened by a verb of the third
# person, with no "ik" or "I" anywhere, it is about the student in the room.
_NOTE_VERBS = lexicon.word_set(
    "voelt zegt ziet drinkt slaapt heeft is komt gaat wil kan moet geeft vertelt meldt krijgt "
    "denkt twijfelt huilt eet blowt gebruikt mist zit ligt loopt maakt kampt worstelt "
    "piekert haalt noemt ontkent overweegt vindt wordt durft schaamt lijkt oogt weet "
    "was had zei vertelde voelde wilde kwam "
    "feels says drinks sleeps has is wants reports mentions describes denies struggles "
    "seems cries misses thinks worries uses smokes was had said felt told"
)
_FIRST_PERSON = lexicon.word_set("ik me mij mijn mn mezelf i me my myself i'm im")


def telegram_note(words: list[str]) -> bool:
    """A counsellor's note without its subject: a third-person verb first, no "I"."""
    return bool(words) and words[0] in _NOTE_VERBS and _FIRST_PERSON.isdisjoint(words)


# The first person named in a text without "I" is "ze", "hij" or "haar": a note or a
# letter about the student, after a greeting or a time ("hallo, ze heeft haar bsa niet
# gehaald", "gisteren zei hij dat hij wil stoppen"). A third-person measure of tests/data
# (round 48) lost such dropout risks as someone else's. A person named first ("Sara",
# "haar vriend" after "mijn") is someone else, as before.
_THIRD = lexicon.word_set("ze zij hij she he haar her his")
_NAMED_WITHIN = 12  # words: a greeting, a date, a course before the pronoun


def third_person_note(words: list[str]) -> bool:
    """No "I" anywhere, and the first word naming a person is a third-person pronoun."""
    if not _FIRST_PERSON.isdisjoint(words):
        return False
    for j, word in enumerate(words[:_NAMED_WITHIN]):
        if word in lexicon.OTHER_WORDS:
            return word in _THIRD or _known_by_her(words, j)
    return False


# Someone named by where the student knows them from: "iemand uit haar studentenhuis zit
# aan haar als ze dronken is", "een jongen van haar opleiding heeft haar vastgepakt",
# "a guy from her class" (an outsiders' set, round 48, and the third-person measure):
# the "haar" is the student, so the note is about her, the act someone else's.
_FROM = lexicon.word_set("uit van bij op in from in at of on")
_HERS = lexicon.word_set("haar zijn her his")


def _known_by_her(words: list[str], j: int) -> bool:
    after = words[j + 1 : j + 4]
    return any(
        w in _FROM and k + 1 < len(after) and after[k + 1] in _HERS for k, w in enumerate(after)
    )
