"""Means named in a safety answer that someone else keeps: no doubt of its own."""

from __future__ import annotations

from steunwijzer.core.lazyre import lazy_compile

# Means another keeps: "no. no. I want to get back to uni. my parents keep the pills now"
# was doubt, and "call 112 now" for a student whose means are out of reach (round 68).
# The keeper keeps that very means ("my parents keep the pills", "de pillen liggen bij
# mijn moeder"), and nothing turns it: "maar ik weet waar ze liggen", "I saved some
# though", "ik heb pillen bij mijn ouders weggehaald" stay the doubt they are.
_KEEPER = (
    r"(?:parents|ouders|mum|mom|mam|mama|moeder|dad|pa|papa|vader|partner|roommate|"
    r"huisgenoot|brother|broer|sister|zus|nurse|pharmacy|pharmacist|apotheek|apotheker|"
    r"family|familie|gp|huisarts|girlfriend|boyfriend|vriend|vriendin)"
)
_KEEPS_IT = lazy_compile(
    rf"\b(?:my|mijn|mn|m n|the|de|het) {_KEEPER} (?:now |nu )?"
    r"(?:keep|keeps|kept|hold|holds|have|has|locked away|lock away|locks away|bewaren|bewaart|"
    r"beheren|beheert|hebben|heeft|houden|houdt)(?: now| nu)? (?:the |my |all |de |mijn |mn "
    r"|alle |al )?\w+$"
)
_WITH_KEEPER = lazy_compile(
    r"^\w+ (?:are|zijn|liggen|ligt|is|staan|staat) (?:now |nu |all |allemaal )?(?:with|bij) "
    rf"(?:my|mijn|mn|m n) {_KEEPER}\b"
)
_TURNS = frozenset(
    ("maar", "but", "though", "tho", "toch", "still", "nog", "weet", "know", "saved",
     "gespaard", "opgespaard", "stockpiled", "eigen", "own", "extra", "some", "paar",
     "hidden", "verstopt", "bought", "gekocht", "got", "except", "behalve")
)  # fmt: skip


def kept_by_others(words: list[str], at: int) -> bool:
    """Whether someone else keeps the means named at ``at``, and nothing turns it."""
    if not _TURNS.isdisjoint(words):
        return False
    before = " ".join(words[max(0, at - 7) : at + 1])
    after = " ".join(words[at : at + 7])
    return _KEEPS_IT.search(before) is not None or _WITH_KEEPER.search(after) is not None


# Letters of someone else: "No. I've mostly been sorting out her things with my mum, her
# clothes and letters" (a grandmother who died) was doubt at "have you done or prepared
# anything?" and "call 112 now" (a role-play, round 69). Letters are no means when another
# is their owner; one's own ("mijn brieven", "the letters I wrote") stay doubt.
_LETTERS = frozenset(("letters", "letter", "brieven", "brief"))
_HERS = frozenset(("her", "his", "their", "haar", "zijn", "hun", "grandma's", "oma's", "opa's"))


_WRITTEN = frozenset(
    ("wrote", "written", "write", "writing", "schreef", "geschreven", "schrijf", "schrijven")
)


def someone_elses_letters(words: list[str], at: int) -> bool:
    """Whether the letters named at ``at`` are someone else's ("her clothes and letters");
    never when the answer writes one ("I wrote her a letter" is to her, not hers)."""
    return (
        words[at] in _LETTERS
        and not _HERS.isdisjoint(words[max(0, at - 4) : at])
        and _WRITTEN.isdisjoint(words)
    )
