"""How many, said with a turn: "een paar, nog niet echt vrienden", "wel een paar, maar ik
zie ze nauwelijks", "vroeger wel, nu niet meer", "not many". A role-play (round 39) saw
each refused with a bare "does not fit" at the questions about friends and contact.

At a yes/no question about ties (section `connection`: friends, places to meet) they say
that the tie is thin: a no, so that the need it leads to is not lost. Elsewhere (the
safety screen above all, where such words are doubt) they are read as before. At a
yes/partly/no question they are "partly". The words arrive normalised (core/textnorm).
"""

from __future__ import annotations

from steunwijzer.core.lazyre import lazy_compile

# A quantity said first: "een paar", "a couple", "wel wat", "sommigen", "one or two".
_FEW = (
    r"(?:wel |nou |eh |uh |hmm |nja )?"
    r"(?:een paar|paar|a few|a couple|some|sommige|sommigen|een stuk of \w+|enkele"
    r"|een aantal|wel wat|best wat|one or two|een of twee|1 of 2|1 or 2|twee drie"
    r"|two or three|eentje|een enkele|one|1|een|twee|two)"
)
# ... then turned: "maar", "nog niet echt", "niet echt", "nauwelijks", "not close ones".
_TURN = (
    r"(?:maar|but|alleen|only|though|nog niet|niet echt|not really|nauwelijks|amper"
    r"|hardly|barely|zelden|rarely|not close|niet close|geen echte|not real|not proper"
    r"|niet zo|not that|not very|not yet)"
)
_FEW_TURNED = lazy_compile(rf"^{_FEW}(?: \w+){{0,3}} {_TURN}\b")
# Thin in itself: "not many", "niet veel", "weinig", "bijna geen", "few".
_THIN = lazy_compile(
    r"^(?:eh |uh |hmm |nou )?(?:not many|not a lot|not much|niet veel|niet zo veel|niet zoveel"
    r"|weinig|heel weinig|bijna geen|nauwelijks|amper|hardly any|barely any|few|very few"
    r"|only one|maar een|maar eentje|maar 1|slechts een)\b"
)
# Once, not now: "vroeger wel, nu niet meer echt", "used to, not anymore".
_ONCE = lazy_compile(
    r"^(?:vroeger|eerst|eerder|vorig jaar|last year|i used to|used to|before|in the past)"
    r"(?: \w+){0,4} (?:nu niet|nu geen|nu nauwelijks|niet meer|geen meer|not anymore"
    r"|not any more|not now|no longer|now not|now no|nu minder|now less)\b"
)
# One friend counts ("one or two people you can turn to counts too", the question's help).
_ONE = lazy_compile(r"^(?:eentje|een|1|one|een vriend|een vriendin|one friend|1 friend)$")


def thin(word: str) -> bool:
    """A quantity with a turn, too few, or once but not now."""
    return bool(_FEW_TURNED.search(word) or _THIN.search(word) or _ONCE.search(word))


def just_one(word: str) -> bool:
    """ "eentje", "one": a yes to "do you have friends ...?"."""
    return bool(_ONE.search(word))


# With some of them: "gaat wel, met een paar mensen", "met sommigen wel", "with a few".
_WITH_SOME = lazy_compile(
    r"\b(?:met|with) (?:een paar|sommigen|sommige|enkele|een aantal|a few|a couple|some)\b"
    r"|^(?:sommigen|sommige|some of them|a few of them|een paar wel|enkelen)\b"
)


def some_of_them(word: str) -> bool:
    """A yes for some people and not others: "partly" at a yes/partly/no question."""
    return bool(_WITH_SOME.search(word)) or thin(word)


# "deels" to a yes/no question was refused where "een beetje" was a yes (round 39).
PARTLY_YES = frozenset(
    ("deels", "gedeeltelijk", "voor een deel", "half", "halfjes", "soort van", "partly",
     "partially", "in part", "half and half", "deels wel", "partly yes", "ten dele")
)  # fmt: skip
