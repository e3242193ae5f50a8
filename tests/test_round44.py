"""Round 44: coercive control said in a student's own words (the bank card held, every
password demanded, friends forbidden, always having to say where one is), read as an
unsafe situation, and the same said of someone else as concern for them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from .reading import ACUTE, themes_of

# (text, the theme that must be found). Written for what each family says, with
# different persons, tenses and word orders than the patterns' comments.
CONTROL = [
    ("mijn vriend heeft mijn pinpas afgepakt", "unsafe_situation"),
    ("sinds de zomer is mijn bankpas door mijn vriend ingenomen", "unsafe_situation"),
    ("hij houdt mijn pinpas bij zich en ik krijg zakgeld van hem", "unsafe_situation"),
    ("ik mag niet zelf pinnen van mijn vriend", "unsafe_situation"),
    ("hij wil al mijn wachtwoorden weten", "unsafe_situation"),
    ("ik moest van mijn vriendin al mijn wachtwoorden geven", "unsafe_situation"),
    ("ik moet hem elke keer laten weten waar ik ben", "unsafe_situation"),
    ("ik moet mijn locatie delen met hem anders wordt hij boos", "unsafe_situation"),
    ("ik mag mijn vriendinnen niet meer zien van hem", "unsafe_situation"),
    ("mijn vriend is heel jaloers en ik mag geen contact hebben met jongens", "unsafe_situation"),
    ("ik mag niet naar mijn vriendinnen van mijn vader", "unsafe_situation"),
    ("ik mag van hem niet alleen de deur uit", "unsafe_situation"),
    ("he makes me share my location 24/7", "unsafe_situation"),
    ("he needs to know where I am all the time", "unsafe_situation"),
    ("my boyfriend always needs to know where i am", "unsafe_situation"),
    ("he gives me an allowance and keeps my card", "unsafe_situation"),
    ("my girlfriend controls my student loan and I have to ask her permission", "unsafe_situation"),
    ("he doesn't let me have my own money", "unsafe_situation"),
    ("he wants all my passwords", "unsafe_situation"),
    ("I'm not allowed to go out without him", "unsafe_situation"),
    ("I'm not allowed to see my friends anymore", "unsafe_situation"),
    ("he isolated me from my friends", "unsafe_situation"),
    ("my partner made me block all my friends on insta", "unsafe_situation"),
    ("she screams when I'm late and takes my phone", "unsafe_situation"),
    ("haar vriend pakt haar telefoon af en ze mag niemand zien", "concern_for_other"),
    ("ze mag van haar vriend niet meer naar ons toe", "concern_for_other"),
    ("her boyfriend checks her phone every night", "concern_for_other"),
    ("my sister's not allowed to go out without her husband's permission", "concern_for_other"),
]

# Their harmless neighbours: a card lent, a machine, an anxious mother, a doctor's
# advice, a rule of one's own, a lab rule, an agreed arrangement.
HARMLESS = [
    "mijn vriend heeft mijn pinpas even geleend voor de boodschappen",
    "the ATM kept my card and I had to call the bank",
    "IT wants my password reset every 90 days",
    "my mum likes to know where I am when I go out late",
    "ik mag van de huisarts niet alleen de deur uit na de operatie",
    "ik mag mijn vrienden niet zien tijdens de tentamenweek van mezelf",
    "my roommate took my phone charger again",
    "ik moet mijn moeder laten weten waar ik ben als ik laat thuis kom",
    "we share our locations with each other, it's cute",
    "I'm not allowed to bring friends into the lab",
    "my dad keeps my savings in his account until I'm 21, which is fine",
    "ik krijg zakgeld van mijn ouders",
    "my boyfriend has my spare keys",
    "I have to ask my supervisor for permission to take leave",
    "he wants to know where the library is",
    "mijn ouders willen weten waar ik ben op vakantie",
    "her dad checks her grades every week",
]


@pytest.mark.parametrize(("text", "theme"), CONTROL)
def test_coercive_control_is_read_as_a_risk_to_safety(text: str, theme: str) -> None:
    """Each was nothing, money, loneliness or (for the student's own) concern for
    someone else on 45e40d1, except five that guard: the card kept with pocket money,
    "always needs to know where i am", friends blocked, "ze mag van haar vriend niet
    meer" and the sister's husband's permission were found already."""
    assert theme in themes_of(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_neighbours_of_control_stay_below_acute(text: str) -> None:
    """Guards: none of these was acute before; the families must not make them so."""
    assert not themes_of(text) & ACUTE


def test_control_over_the_student_is_not_concern_for_the_controller() -> None:
    """ "hem" in "ik moet hem laten weten waar ik ben" is who controls: a concern version
    of the pattern read him as someone at risk, and the panel would ask whether he can
    be reached now."""
    found = themes_of("ik moet hem elke keer laten weten waar ik ben")
    assert "unsafe_situation" in found and "concern_for_other" not in found


def test_a_lookup_of_control_puts_safety_help_first_not_money() -> None:
    """The bank card held is told about money; the first referral is still help for an
    unsafe home, and the tier acute."""
    out = CliRunner().invoke(
        app,
        [
            "lookup",
            "--text",
            "mijn vriend heeft mijn pinpas en mijn wachtwoorden, "
            "ik mag mijn vriendinnen niet meer zien",
            "--json",
        ],
    )
    assert out.exit_code == 0, out.output
    got = json.loads(out.stdout)
    assert got["tier"] == "acute"
    assert "unsafe_situation" in got["themes"]
    assert "concern_for_other" not in got["themes"]
    assert got["referrals"][0]["id"] == "veilig-thuis"
