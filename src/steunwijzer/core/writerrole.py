"""Whether a text's writer names their role towards the student it is about: "Hi, I'm
Amira's mentor ... She hasn't been in class for four weeks" set the four weeks aside as
someone else's (set182, round 54). Used by findings.py for the needs that are not a risk
to life; a risk to life they tell stays their concern for the student."""

from __future__ import annotations

from steunwijzer.core import lexicon

_ROLES = lexicon.word_set(
    "mentor tutor docent teacher lecturer slb'er slber studieloopbaanbegeleider coach "
    "studieadviseur supervisor promotor moeder vader mother father mum mom dad ouder ouders "
    "parent parents voogd guardian stiefmoeder stiefvader stepmother stepfather "
    # family and partners who write for the student (round 57, a blind set of them:
    # "Hi, Karim's brother here. He told me he's filling in the form to unenroll")
    "broer zus brother sister oma opa grandmother grandfather grandma grandpa tante oom "
    "aunt uncle"
)
# A partner only as "Lotte's boyfriend here": "ik ben een vrouw van 34" describes the
# writer, and her boyfriend's drinking is not the student's then.
_PARTNERS = lexicon.word_set("boyfriend girlfriend partner husband wife vriend vriendin")
_I_AM = frozenset(("am", "ben", "are", "as", "als"))  # not "zijn": also "his"


def writes_as_role(words: list[str]) -> bool:
    """ "I'm Amira's mentor", "ik ben de moeder van Daan", "Karim's brother here": whom
    they write about is the counsellor's student. (A risk to life they tell stays their
    concern: findings.py uses this for the other needs only.)"""
    return any(
        (w in _ROLES and not _I_AM.isdisjoint(words[max(0, j - 3) : j]))
        or ((w in _ROLES or w in _PARTNERS) and words[j + 1 : j + 2] == ["here"])
        for j, w in enumerate(words)
    )
