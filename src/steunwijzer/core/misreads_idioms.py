"""Single words of a risk theme in an idiom of another sense. Used by core/misreads.

"brand" after an article is a noun, a make or a fire, not "ik brand me": "switched me
from the brand to the generic version of my meds" was self-harm (a blind set of
medication, round 57), the Dutch "me" read in an English sentence.

"nergens zin in" is the lack of drive, not of a place: a counsellor's note "somber,
nergens zin in, slaapt slecht" was "nowhere to sleep", acute (a blind set of case
notes, round 58). Not a figure of speech: a figure anywhere keeps the second net away
from the whole text, and "nergens zin in" stands beside many real risks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

_ARTICLES = lexicon.word_set("the a this that same other new de het een die deze dat")


def a_brand_named(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when a self-harm match's "brand" follows an article or determiner."""
    words = tokens.words
    return any(words[j] == "brand" and j > 0 and words[j - 1] in _ARTICLES for j in used)


_DRIVE = lexicon.word_set("zin plezier lol puf energie fut aandacht")


def no_place_lacking(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when the "nergens" of an unsafe match is followed by a word of drive
    ("nergens zin in", "nergens puf voor") and the match names no night or street."""
    words = tokens.words
    if not any(
        words[j] == "nergens" and words[j + 1 : j + 2] and words[j + 1] in _DRIVE for j in used
    ):
        return False
    return _NIGHT.isdisjoint(words[j] for j in range(used[0], used[-1] + 1))


_NIGHT = lexicon.word_set("vannacht vanavond straat heen opvang slaapplek")


# "gender" as a field, a course or a facility, not the student's own identity: "voor
# mijn minor gender studies moet ik een paper schrijven", "is there a gender-neutral
# toilet", "een debat over genderneutrale taal" (a blind set of LGBTQ+ students, round
# 58). "I'm questioning my gender" stays.
_FIELD = lexicon.word_set(
    "studies study studie course courses vak minor major neutral neutrale neutraal gap "
    "pay equality diversity diversiteit balance ratio reveal roles rollen representation "
    "representatie toilet toilets toiletten"
)


def gender_as_a_field(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when an identity match is the single word "gender..." followed by a word of
    a field, a course or a facility, or a word "genderneutra..."."""
    words = tokens.words
    if len(used) != 1 or not words[used[0]].startswith("gender"):
        return False
    word, after = words[used[0]], words[used[0] + 1 : used[0] + 2]
    return word.startswith("genderneutra") or (
        word == "gender" and bool(after) and after[0] in _FIELD
    )


# A landlord, a desk or an agency that does not answer is no one locked in: "locked out of
# my student flat, landlord not answering" was concern for someone else, urgency
# immediate (a blind set of housing emergencies, round 58).
_OFFICES = lexicon.word_set(
    "landlord landlady huisbaas verhuurder hospita agency bureau makelaar beheerder "
    "housing ssh duwo caretaker conciërge concierge office kantoor helpdesk"
)


def a_landlord_not_answering(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when a concern match says someone does not answer or open, and a landlord or
    an office stands right before it (within three words)."""
    words = tokens.words
    said = [j for j in used if words[j] in _ANSWER]  # not "my landlord's daughter ..."
    for j in said:
        for k in range(max(0, j - 4), j):
            # the office is the one not answering: only "not", "is", "still" between
            # ("the landlord said she's not answering" is about her)
            if words[k] in _OFFICES and set(words[k + 1 : j]) <= _BETWEEN:
                return True
    return False


_BETWEEN = lexicon.word_set(
    "not isn't is doesn't does won't still niet neemt doet is nog steeds nu now"
)


_ANSWER = lexicon.word_set(
    "answer answering answers respond responding reply replying open opening opens "
    "opneemt opnemen reageert reageren opendoet open_doet"
)


# Knowing where someone lives is the threat; not knowing it is none: "maar hij weet niet
# waar ik nu woon" and "he doesn't know where my parents live" were threats, "immediate"
# (round 65's note, round 66): the patterns' gaps ("weet ..2 waar") took the not in.
# Only where the pattern did not ask for the not itself, and not for the student's own
# not knowing ("ik weet niet waar ik vannacht moet slapen").
_KNOW = lexicon.word_set("weet weten wist know knows knew")
_NOT = lexicon.word_set("niet nooit not never")
_WHERE = lexicon.word_set("waar where")
_ME = lexicon.word_set("ik i")


def not_known_where(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when a knowing the match used is denied ("weet niet waar", "not know where")."""
    words = tokens.words
    for j in used:  # only the match's own knowing: never a threat beside it
        if words[j] not in _KNOW:
            continue
        dutch = words[j + 1 : j + 2] and words[j + 1] in _NOT and j + 1 not in used
        english = j >= 1 and words[j - 1] in _NOT and j - 1 not in used
        if not (dutch or english):
            continue
        at = j + 2 if dutch else j + 1
        if at >= len(words) or words[at] not in _WHERE:
            continue
        knower = words[j - 3 : j - 1] if english else words[j - 1 : j]
        if _ME.isdisjoint(knower) or _ME.isdisjoint(words[at + 1 : at + 2]):
            return True  # not "ik weet niet waar ik ...": the student's own place
    return False
