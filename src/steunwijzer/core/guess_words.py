"""A second-net guess explained away by its own words (round 55): a thing that ends (a
lease, a contract, a visa), no one dying; a danger said not to be there. Used by
core/resembling.py, kept apart to keep it small."""

from __future__ import annotations

import re

__all__ = [
    "a_date_ends",
    "a_home_talked_of",
    "a_place_lost",
    "a_thing_cut",
    "a_thing_ends",
    "beyond_normal",
    "medicine_in_ordinary_use",
    "no_danger_said",
    "safe_again",
    "staying_with_someone",
    "without_time_ends",
]

# Things that end without anyone dying: a lease, a contract, a term, a visa.
_ENDS_OF_THINGS = frozenset(
    ("lease", "tenancy", "contract", "huurcontract", "semester", "term", "internship", "stage",
     "visa", "permit", "verblijfsvergunning", "subscription", "abonnement", "placement",
     "kamercontract", "housing")
)  # fmt: skip


# A danger denied in the guess's own words: "I don't think he's in any danger, I just think
# he's really down" was an unsafe situation (0.93; a blind set of parents, round 55). Not
# a doubt: "not sure he's in danger", "ik weet niet of ze in gevaar is".
_DANGER = frozenset(("danger", "gevaar", "unsafe", "onveilig"))
_NO = frozenset(("not", "n't", "no", "geen", "niet", "never", "nooit"))
_DOUBT = frozenset(("sure", "know", "if", "whether", "weet", "zeker", "of", "maybe", "misschien"))


def no_danger_said(words: str) -> bool:
    """Whether a "not"/"geen" stands in the six words before "danger"/"gevaar", with no
    doubt after it, nor "not safe" ("she's not safe, in danger" says the danger), in the
    clause of the danger ("it's not that I don't want help, I'm in danger" says it)."""
    for clause in re.split(r"[,;.!?:]| but | maar ", words.lower().replace("n't", " n't")):
        said = clause.split()
        for i, w in enumerate(said):
            if w in _DANGER:
                before = said[max(0, i - 6) : i]
                no = [k for k, b in enumerate(before) if b in _NO]
                if no and _DOUBT.isdisjoint(before[no[-1] :]) and _SAFE.isdisjoint(before):
                    return True
    return False


_SAFE = frozenset(("safe", "veilig", "okay", "ok", "oke", "fine"))


def a_thing_ends(said: set[str]) -> bool:
    """Whether the guess's words name a thing that ends ("my lease ends in january")."""
    return not _ENDS_OF_THINGS.isdisjoint(said)


# An "end" that is a moment, not a death (round 56): "I found a room in the end", "mijn
# huurcontract loopt eind deze maand af" were wishes to die on the net (0.97, 0.80), kept
# because "end"/"eind" counted as a word of death.
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|may|june|july|august|october"
)
_TIMES = (
    "month|week|year|semester|term|day|period|block|summer|winter|quarter|lease|contract|"
    "maand|jaar|periode|blok|dag|zomer|winter|kwartaal|huurcontract|" + _MONTHS
)
_TIME_END = re.compile(
    r"\bin the end\b"
    r"|\b(?:at |by |towards? |near )?(?:the )?end (?:of )?(?:the |this |next |my |in )?(?:"
    + _TIMES
    + r")\b"
    + r"|\b(?:aan |op |tegen )?(?:het )?einde? (?:van )?"
    + r"(?:de |deze |dit |het |volgende |vorige )?(?:"
    + _TIMES
    + r")\b"
)


def without_time_ends(words: str) -> str:
    """The guess's words with every "end" of a time taken out ("eind deze maand", "in the
    end", "end of January"), so that what is left says whether a death is named."""
    return _TIME_END.sub(" ", words.lower())


# Words of looking for or losing a home: a room hunt is no wish to die (round 56: "straks
# zit ik met al mn spullen bij mn tante op de bank" was one, 0.97). "room" alone is not one:
# "alone in my room" can stand beside a wish.
_HOME_TALK = frozenset(
    ("huurcontract", "kamercontract", "landlord", "landlords", "huisbaas", "verhuurder",
     "housing", "kamernet", "kamers", "rooms", "lease", "hospita")
)  # fmt: skip
_FOUND = frozenset(("found", "gevonden", "vond", "find", "vinden"))
_ROOM = frozenset(("room", "kamer", "flat", "studio", "apartment", "appartement", "woning"))


def a_home_talked_of(said: set[str]) -> bool:
    """Whether the guess's words speak of a home to find or lose ("found a room", "40
    kamers gereageerd", "mijn huurcontract")."""
    return not _HOME_TALK.isdisjoint(said) or (
        not _FOUND.isdisjoint(said) and not _ROOM.isdisjoint(said)
    )


# A thing that ends on a date: "my placement ends in June". Not "it all ends in June",
# "alles eindigt op 1 mei": an end of everything on a date is a plan (the words before).
_DATE_END = re.compile(
    r"(?<!\bit )(?<!\ball )(?<!\beverything )(?<!\balles )(?<!\bhet )"
    r"\b(?:ends|finishes|expires|eindigt|afloopt|stopt) (?:in|on|op|per|at|by) (?:\d|"
    + _MONTHS
    + r")"
)


def a_date_ends(words: str) -> bool:
    """Whether the guess's words say a thing ends on a date ("ends in June")."""
    return _DATE_END.search(words.lower()) is not None


# Safe said of oneself, not denied: "I feel safe again", "ik voel me weer veilig" (the
# net read "I feel safe again" as an unsafe situation, 1.00: a blind set, round 56).
_SAFE_AGAIN = re.compile(
    r"\b(?:i|i'm|im|ik)\b(?: \w+){0,2} (?:feel|voel|ben)(?: me| mij)?(?: \w+)? "
    r"(?:safe|veilig)\b"
)
# Nor a safety with a condition: "I only feel safe when he's at work" says the danger.
_NOT_SAFE = re.compile(
    r"\b(?:not|niet|never|nooit|no longer|niet meer|n't|only|alleen|pas|when|als|wanneer|"
    r"except|behalve|unless|tenzij|until|totdat)\b"
)


def safe_again(words: str) -> bool:
    """Whether the guess's words say the student feels safe, with no denial in them."""
    said = words.lower()
    return _SAFE_AGAIN.search(said) is not None and _NOT_SAFE.search(said) is None


# A friend one stays with: "ja, die vriend waar hij nu slaapt" was an unsafe situation
# (0.91) at the friends question of a role-play (round 56). Fear in the guess keeps it.
_STAY = frozenset(
    ("slaap", "slaapt", "slapen", "logeer", "logeert", "logeren", "sleep", "sleeps",
     "sleeping", "stay", "stays", "staying")
)  # fmt: skip
_HOST = frozenset(
    ("vriend", "vriendin", "vrienden", "tante", "oom", "oma", "opa", "neef", "nicht",
     "friend", "friends", "friend's", "aunt", "uncle", "cousin", "grandma", "grandpa")
)  # fmt: skip


def staying_with_someone(said: set[str]) -> bool:
    """Whether the guess's words say with whom someone sleeps or stays."""
    return not _STAY.isdisjoint(said) and not _HOST.isdisjoint(said)


# A thing that was cut, not skin: "the bursary for my conservatory place got cut" was
# self-harm on the net (0.84; a blind set of performing artists, round 57). A body word
# or a blade in the guess keeps it: "my arm got cut again", "cut myself".
_CUT_THING = re.compile(
    r"\b(?:got|gets|get|was|were|been|being|is|are|be|has|have|had) cut\b"
    r"|\bcut (?:my|our|the|his|her|their) (?:hours|funding|budget|grant|bursary|allowance|"
    r"loan|pay|salary|benefits|scholarship|shifts|contract|hair)\b"
    r"|\b(?:budget|funding|grant|bursary|scholarship|hours|pay|salary|benefits|shifts|"
    r"allowance|stipend) cuts?\b"
)
_BODY = frozenset(
    ("myself", "arm", "arms", "wrist", "wrists", "leg", "legs", "skin", "thigh", "thighs",
     "blade", "razor", "knife", "bleed", "bleeding", "blood", "scar", "scars", "mezelf")
)  # fmt: skip


def a_thing_cut(words: str) -> bool:
    """Whether the guess's words say a thing was cut (a bursary, one's hours), no body."""
    said = words.lower()
    return _CUT_THING.search(said) is not None and _BODY.isdisjoint(said.split())


# A place one may lose, not a life: "I'm scared I'll lose my place if I gain" (weight, at
# a dance academy) was a wish to die on the net (0.93), with 113 and 112 on the screen
# in front of the student (a role-play, round 57).
_PLACE_LOST = re.compile(
    r"\blos(?:e|es|ing|t) (?:my|her|his|their|our|a|the) (?:place|spot|seat|position|role|"
    r"scholarship|funding|room|internship|contract|job)\b"
    r"|\b(?:plek|plaats|plekje|beurs|stageplek|baan|kamer) (?:\w+ )?kwijt\b"
)


def a_place_lost(words: str) -> bool:
    """Whether the guess's words speak of losing a place, a role or a grant."""
    return _PLACE_LOST.search(words.lower()) is not None


# "Not normal any more" of a pressure is its size, not hopelessness: "de druk is echt niet
# normaal meer, ik slaap nauwelijks" was a wish to die (0.84; a blind set of
# first-generation students, round 57).
_NOT_NORMAL = re.compile(r"\bniet (?:\w+ )?normaal meer\b|\bnot normal any ?more\b")


def beyond_normal(words: str) -> bool:
    """Whether the guess's words say something is "niet normaal meer" ("not normal")."""
    return _NOT_NORMAL.search(words.lower()) is not None


# Medicine in its ordinary use: "I take my meds as prescribed, I see my psychiatrist
# monthly, things are stable", "the huisarts won't register me ... I have four pills
# left", "my dad is on twelve different pills since his stroke" were a wish to die or
# concern for the father (0.91-0.99; a blind set of medicines told in passing, round 58).
# Only with a word of ordinary care in the text and no word of death, harm or an amount
# anywhere in it: "I keep my pills in a box in case" or "saving my pills" stay.
_MEDICINE = frozenset(
    ("pills", "pill", "meds", "medication", "medicine", "tablets", "pillen", "pil",
     "medicijnen", "medicatie", "tabletten")
)  # fmt: skip
_CARE = frozenset(
    ("prescribed", "voorgeschreven", "gp", "huisarts", "doctor", "dokter", "arts",
     "psychiatrist", "psychiater", "pharmacy", "apotheek", "pharmacist", "apotheker",
     "insurance", "verzekering", "stroke", "beroerte", "refill", "recept", "prescription",
     "stable", "stabiel", "weekly", "weekdoos", "side", "bijwerkingen", "vergoed",
     "vergoeding", "zorgverzekering", "studentenzorgverzekering", "covered", "covers",
     "reimbursed", "anticonceptie", "contraception", "contraceptive")
)  # fmt: skip
_NOT_ORDINARY = frozenset(
    ("dood", "dead", "die", "dying", "death", "sterven", "suicide", "zelfmoord", "kill",
     "end", "einde", "overdose", "overdosis", "all", "alle", "whole", "hele", "handful",
     "handvol", "saving", "saved", "sparen", "spaar", "gespaard", "stash", "hoard", "enough",
     "genoeg", "once", "tegelijk", "hurt", "pijn", "punish", "straf", "burden", "how", "hoe",
     "plan", "manier", "way", "anymore", "meer", "worth", "waard", "wake", "wakker", "purpose",
     "expres",
     # pills looked at, kept or hidden "just in case" stay (round 58's review)
     "case", "look", "looking", "stare", "staring", "kijk", "kijken", "staar", "tempting",
     "verleidelijk", "hide", "hidden", "verstopt", "drawer", "bewaar")
)  # fmt: skip


def medicine_in_ordinary_use(guess_words: str, text_words: list[str]) -> bool:
    """A guess that weighs a word of medicine, in a text that names ordinary care and no
    death, harm, amount or hopelessness."""
    said = set(guess_words.lower().split())
    return (
        not _MEDICINE.isdisjoint(said)
        and not _CARE.isdisjoint(text_words)
        and _NOT_ORDINARY.isdisjoint(text_words)
        and not _BETTER_OFF.search(" ".join(text_words))
    )


_BETTER_OFF = re.compile(r"\b(?:better off|beter af|beter zonder)\b")
