"""Round 45: what an outsiders' blind set (set126) showed when it was measured unseen:
a death dated by a study period read as a childhood, assault said in other word orders,
control said by the one who decides, a band's name, belonging with the places named, and
the specific needs' families (eating at night, a pack a day, "no internationals")."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import OverridePrompt
from steunwijzer.core.referrals import ReferralIndex

from .reading import ACUTE, themes_of
from .terminal_helpers import scripted, terminal

# (text, a theme that must be found). Written for this test in other words than set126's
# sentences, for the families its misses showed.
SET126_FAMILIES = [
    # a death "toen ik in blok 3 zat" is months ago, not a childhood
    ("mijn opa is overleden toen ik in periode 3 zat en ik kan het niet loslaten", "grief"),
    ("my sister died when i was in year 1 of uni and it's only now sinking in", "grief"),
    # assault: asleep first, touched after; "tegen mn zin"; waking with no memory
    ("while i was sleeping someone from the team touched me", "sexual_violence"),
    ("hij heeft me tegen mn zin betast op het feest", "sexual_violence"),
    ("hij heeft me tegen m'n wil gezoend", "sexual_violence"),
    ("woke up in a stranger's flat and can't remember how i got there", "sexual_violence"),
    # control: who decides which friends; a grant taken with permission asked
    ("my boyfriend decides which friends i can meet", "unsafe_situation"),
    ("my father takes my wages and I need his permission for everything", "unsafe_situation"),
    ("mijn vriend pakt mijn telefoon af als ik met vriendinnen afspreek", "unsafe_situation"),
    ("haar vriend houdt haar pinpas en haar telefoon afpakt als ze weggaat", "concern_for_other"),
    # specific needs in students' own words
    ("ik vreet me 's avonds vol en voel me er daarna schuldig over", "eating"),
    ("ik eet de hele avond door, stiekem, en dan walg ik van mezelf", "eating"),
    ("voor elke toets krijg ik hoofdpijn als ik eraan denk", "performance_anxiety"),
    ("I'm on a pack a day now", "addiction"),
    ("ik rook inmiddels anderhalf pakje per dag", "addiction"),
    ("half the rooms say no international students", "international_student"),
    ("there's a war in my home country and i can't focus", "international_student"),
    ("mijn Nederlands is nog niet goed genoeg voor de colleges", "international_student"),
    ("een klasgenoot noemde me een aap en iedereen lachte", "unwanted_behaviour"),
    ("ik heb echt geen idee wat ik na de bachelor moet", "study_choice"),
]

SET126_HARMLESS = [
    # a name, not a wish
    "our podcast is called Death by Deadlines, can we record in the studio?",
    "onze band heet Dood Paard, mogen we in de aula spelen?",
    # belonging with the places named
    "I don't belong anywhere anymore, not at home and not at my student house",
    # a pet and a death long ago
    "the dog was asleep and touched me with its nose",
    "mijn oma overleed toen ik 5 was, ik heb een vraag over mijn rooster",
]


@pytest.mark.parametrize(("text", "theme"), SET126_FAMILIES)
def test_set126_families_are_read(text: str, theme: str) -> None:
    """set126 (179 messages, measured unseen on 808c5e1): 133 passed, 6 of 28 risk
    sentences missed. These are the families of its misses, in other words; eight were
    found on 808c5e1 already and guard ("tegen mn zin betast", "tegen m'n wil gezoend",
    a stranger's flat, the wages, the phone taken, her boyfriend's hold on her card,
    "no international students", a war in the home country)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize("text", SET126_HARMLESS)
def test_set126_harmless_neighbours_stay_below_acute(text: str) -> None:
    """A band's or a podcast's name, belonging with the places named, a dog, a death in
    childhood: not acute (the podcast and the belonging failed on 808c5e1; the rest
    guard the new families)."""
    assert not themes_of(text) & ACUTE


# --- the tier override: "type the tier again" must ask for it again ----------------------


def test_a_reason_typed_at_y_or_n_brings_the_tier_question_back(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A counsellor who typed the reason where "(j/n)" was asked was told "Typ het niveau
    opnieuw", but the tier question never came back: the tier could not be lowered at
    all any more (a role-play, round 45, intake 6). Now it is asked again, and the second
    try lowers it with its reason."""
    _, result = scripted(builtin, index, {"safety_wish_dead": ["ja"]})
    assert result.risk_to_life
    ask, screen = terminal(
        builtin, "specifiek", "het ging om eten, niet om zichzelf pijn doen", "specifiek", "j",
        "het ging om eten; nagevraagd, geen zelfbeschadiging",
    )  # fmt: skip
    assert ask(OverridePrompt(result)) == (
        Tier.SPECIFIC,
        "het ging om eten; nagevraagd, geen zelfbeschadiging",
    )
    assert "wat je typte is niet bewaard" in screen.getvalue()


def test_a_plain_no_at_y_or_n_keeps_the_tier(builtin: Catalog, index: ReferralIndex) -> None:
    """ "n" at the second question keeps the tier and ends the override (a guard)."""
    _, result = scripted(builtin, index, {"safety_wish_dead": ["ja"]})
    ask, screen = terminal(builtin, "specifiek", "n")
    assert ask(OverridePrompt(result)) is None
    assert "Het niveau blijft zoals het was." in screen.getvalue()
