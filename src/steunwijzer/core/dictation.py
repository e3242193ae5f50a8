"""One word that a phone's dictation, or a student in a hurry, wrote as two or three.

Voice-to-text splits Dutch compounds and spells abbreviations out: "ik snij me zelf",
"me oma is vorige week over leden", "ik haal me bee es aa niet" (an outsiders' set of
dictated messages, round 41: self-harm, a death and a failed BSA were all nothing).
The words are joined back before anything is read, in ``Tokens`` and ``words_of``
alike, so every rule sees "mezelf", "overleden" and "bsa". Only these known splits are
joined: a general join would make words that were never said.
"""

from __future__ import annotations

# The split form, and the one word it stands for.
_JOINS: dict[tuple[str, ...], str] = {
    ("me", "zelf"): "mezelf",
    ("mij", "zelf"): "mijzelf",
    ("zich", "zelf"): "zichzelf",
    ("over", "leden"): "overleden",
    ("sinds", "dien"): "sindsdien",
    ("heim", "wee"): "heimwee",
    ("eet", "bui"): "eetbui",
    ("eet", "buien"): "eetbuien",
    ("vreet", "bui"): "vreetbui",
    ("vreet", "buien"): "vreetbuien",
    ("eet", "stoornis"): "eetstoornis",
    ("uit", "schrijven"): "uitschrijven",
    ("uit", "geschreven"): "uitgeschreven",
    ("zelf", "moord"): "zelfmoord",
    ("zelf", "doding"): "zelfdoding",
    ("afscheids", "brief"): "afscheidsbrief",
    ("afscheids", "brieven"): "afscheidsbrieven",
    ("faal", "angst"): "faalangst",
    ("paniek", "aanval"): "paniekaanval",
    ("paniek", "aanvallen"): "paniekaanvallen",
    ("slaap", "problemen"): "slaapproblemen",
    ("bee", "es", "aa"): "bsa",
    ("em", "bee", "oo"): "mbo",
    ("ha", "bee", "oo"): "hbo",
    ("aa", "dee", "ha", "dee"): "adhd",
    # set160 (voice memos, round 53): "heeft me ... vast gepakt tussen mijn benen" was
    # nothing; the separable verbs of touching and holding, split as they are spoken
    ("vast", "gepakt"): "vastgepakt",
    ("vast", "gehouden"): "vastgehouden",
    ("vast", "gegrepen"): "vastgegrepen",
    ("aan", "gerand"): "aangerand",
    ("aan", "gezeten"): "aangezeten",
    ("aan", "geraakt"): "aangeraakt",
    ("op", "gesloten"): "opgesloten",
    ("zelf", "beschadiging"): "zelfbeschadiging",
    ("zieken", "huis"): "ziekenhuis",
    ("studie", "financiering"): "studiefinanciering",
}
_FIRST = frozenset(key[0] for key in _JOINS)
# "over leden" is "about members" as often: joined only after "is", "zijn", "was" and
# before no word that goes on about them ("praten over leden van de vereniging").
_BEING = frozenset(("is", "zijn", "was", "waren", "ben", "bent"))
_MEMBERS_GO_ON = frozenset(("van", "die", "met", "uit", "hebben", "zijn", "worden"))


def split_at(words: list[str]) -> list[tuple[int, int, str]]:
    """(where, how many words, the one word) for each split word, left to right."""
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(words)
    while i < n:
        if words[i] in _FIRST:
            for size in (4, 3, 2) if i + 1 < n else ():
                joined = _JOINS.get(tuple(words[i : i + size])) if i + size <= n else None
                if joined is not None and _fits(words, i, joined):
                    out.append((i, size, joined))
                    i += size - 1
                    break
        i += 1
    return out


def _fits(words: list[str], i: int, joined: str) -> bool:
    if joined != "overleden":
        return True
    after = words[i + 2 : i + 3]
    return bool(_BEING.intersection(words[max(0, i - 4) : i])) and not (
        after and after[0] in _MEMBERS_GO_ON
    )


def rejoined(words: list[str]) -> list[str]:
    """``words`` with each split word joined (a new list only when one is found)."""
    found = split_at(words)
    if not found:
        return words
    out = list(words)
    for i, size, joined in reversed(found):
        out[i : i + size] = [joined]
    return out


def rejoin(words: list[str], starts: list[int], ends: list[int], *rest: list[int]) -> None:
    """Join split words in place; the joined word spans from the first part's start to
    the last part's end, and keeps the first part's sentence and clause (``rest``)."""
    for i, size, joined in reversed(split_at(words)):
        words[i : i + size] = [joined]
        ends[i : i + size] = [ends[i + size - 1]]
        del starts[i + 1 : i + size]
        for parallel in rest:
            del parallel[i + 1 : i + size]
