"""Means named in a safety answer that someone else keeps: no doubt of its own."""

from __future__ import annotations

from steunwijzer.core.lazyre import lazy_compile

# Means another keeps: "no. no. I want to get back to uni. my parents keep the pills now"
# was doubt, and "call 112 now" for a student whose means are out of reach (round 68).
# The keeper is the one who keeps: "ik heb pillen bij mijn ouders weggehaald" (taken
# from them) stays the doubt it is.
_KEEPER = (
    r"(?:parents|ouders|mum|mom|mam|mama|moeder|dad|pa|papa|vader|partner|roommate|"
    r"huisgenoot|brother|broer|sister|zus|nurse|pharmacy|pharmacist|apotheek|apotheker|"
    r"family|familie|gp|huisarts|girlfriend|boyfriend|vriend|vriendin)"
)
_KEPT = lazy_compile(
    rf"\b(?:my|mijn|mn|m n|the|de|het) {_KEEPER} (?:\w+ )?(?:now |nu )?"
    r"(?:keep|keeps|kept|hold|holds|lock|locks|locked|bewaren|bewaart|beheren|beheert|houden|"
    r"houdt|sluiten|sluit|took (?:them|it) away|have (?:them|it)|has (?:them|it)|hebben ze|heeft ze"
    r"|hebben (?:ze|die|alles) (?:afgepakt|weggehaald|meegenomen)"
    r"|heeft (?:ze|die|alles) (?:afgepakt|weggehaald|meegenomen))\b"
    rf"|\b(?:are|zijn|liggen|ligt|is|staan|staat) (?:now |nu |all |allemaal )?(?:with|bij) "
    rf"(?:my|mijn|mn|m n) {_KEEPER}\b"
)


def kept_by_others(words: list[str], at: int) -> bool:
    """Whether someone else keeps the means named at ``at`` (within a few words)."""
    return _KEPT.search(" ".join(words[max(0, at - 6) : at + 7])) is not None
