"""The sleep theme's words in another sense: a pet put to sleep, where one sleeps, where
to sleep. Used by core/misreads (split from it to keep modules small, round 58)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core import lexicon

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

# A pet put to sleep is no sleep problem: "hun kat is jaren geleden ingeslapen", "their
# family dog was put to sleep years ago" (round 48, a helper's blind notes). The loss
# itself is grief's to judge.
_PETS = lexicon.word_set(
    "hond kat konijn huisdier paard poes hondje katje cavia hamster dog cat pet rabbit "
    "horse puppy kitten hamster"
)
_PUT = frozenset(("put", "putting", "laten", "liet", "lieten", "moest", "moesten"))


def a_pet_put_to_sleep(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when the sleep match is an animal's euthanasia, an animal named beside it."""
    words, sentence = tokens.words, tokens.sentence
    at = used[-1]
    said = words[max(0, at - 3) : at]
    put = words[at] in ("ingeslapen", "inslapen") or not _PUT.isdisjoint(said)
    near = (w for w, s in zip(words, sentence, strict=True) if s == sentence[at])
    return put and not _PETS.isdisjoint(near)


# Where one sleeps, not how: "ik slaap nu bij een vriend", "die vriend waar hij nu
# slaapt", "sleeping it off" were sleep problems to confirm (role-plays, round 56). Only
# a bare word of sleep: "ik slaap slecht bij mijn vriend" keeps its own pattern.
_SLEEP_WORDS = lexicon.word_set("slaap slaapt slapen sliep sleep sleeps sleeping slept")
_AT = lexicon.word_set("bij op at on over in")
_WHERE = lexicon.word_set(
    "vriend vriendin vrienden vriendje tante oom oma opa ouders neef nicht kennis kennissen "
    "bank couch sofa vloer floor logeerbed luchtbed friend friends friend's friends' aunt "
    "uncle parents cousin station auto car hostel hotel library bieb bibliotheek trein "
    "train bus park straat street tent centraal schiphol airport vliegveld outside buiten"
)
_OUTSIDE = lexicon.word_set("outside rough outdoors buiten")
_LIE_IN = [[w] for w in ("till", "until", "til", "on", "and", "late", "every", "at", "tomorrow")]


def where_one_sleeps(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when a lone word of sleep says where someone sleeps, or "sleeping it off"."""
    if len(used) != 1 or tokens.words[used[0]] not in _SLEEP_WORDS:
        return False
    at, words = used[0], tokens.words
    off = words[at + 1 : at + 3] in (["it", "off"], ["het", "uit"]) or words[at + 1 : at + 2] == [
        "uit"
    ]
    if words[at + 1 : at + 2] and words[at + 1] in _OUTSIDE:
        return True  # "sleeping outside tonight", "slaap buiten": a roof (round 58)
    if off or words[max(0, at - 2) : at] == ["uit", "te"]:
        return True  # sleeping it off: "slaapt het uit", "zijn roes uit te slapen"
    if words[at + 1 : at + 2] == ["in"] and words[at + 2 : at + 3] in ([], *_LIE_IN):
        return True  # a lie-in: "looking forward to sleeping in", "sleeping in till noon"
    after = words[at + 1 : at + 9]  # "slaap al drie weken op de bank bij vrienden"
    places = [i for i, w in enumerate(after[:5]) if w in _AT]
    if places and not _WHERE.isdisjoint(after[places[0] + 1 : places[0] + 5]):
        return True
    return words[max(0, at - 4) : at].count("waar") > 0 and not _WHERE.isdisjoint(
        words[max(0, at - 4) : at]
    )


# Not knowing where to sleep is a roof, not a night's sleep: "ik weet niet waar ik vannacht
# moet slapen" and "no idea where I'll sleep tonight" were sleep problems beside the
# unsafe home they came with (blind sets of faith and exam weeks, round 57).
_WHERE_TO = lexicon.word_set("waar where")
_UNKNOWN = lexicon.word_set("weet weten know knows idea idee geen no not niet nowhere nergens")
_PLACE_TO = lexicon.word_set("nowhere somewhere nergens ergens")


def where_to_sleep(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when a lone word of sleep follows "where" that nobody knows ("weet niet waar")."""
    if len(used) != 1 or tokens.words[used[0]] not in _SLEEP_WORDS:
        return False
    before = tokens.words[max(0, used[0] - 6) : used[0]]
    near = set(before[-5:-1])  # "nowhere to sleep tonight", "geen plek om te slapen" (r58)
    if before[-1:] in (["to"], ["te"]) and (near & _PLACE_TO or {"geen", "plek"} <= near):
        return True
    wheres = [i for i, w in enumerate(before) if w in _WHERE_TO]
    return bool(wheres) and not _UNKNOWN.isdisjoint(before[max(0, wheres[-1] - 3) : wheres[-1]])


def sleep_misread(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """The sleep theme's words in another sense: a pet put to sleep, where one sleeps."""
    return (
        a_pet_put_to_sleep(tokens, used)
        or where_one_sleeps(tokens, used)
        or where_to_sleep(tokens, used)
    )
