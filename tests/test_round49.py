"""Round 49: what an outsiders' set of 160 sentences (round 48, read unseen) showed:
"al" (already) read as "alles" (everything), harm told as a way to cope, ..."""

from __future__ import annotations

import pytest

from .reading import ACUTE, themes_of

# --- "al" is not "alles" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "st. voelt zich al maanden somber, geen zin in iets, ligt veel in bed",
        "ik ben al weken moe en heb geen zin in feestjes",
        "heb al twee dagen geen zin om te koken",
        "ik zit al de hele dag in de bieb, geen zin meer in dit vak",
    ],
)
def test_already_is_no_everything(text: str) -> None:
    """The Dutch stemmer folds "al" (already) onto "alles" (everything): "al maanden
    somber, geen zin" matched "alles ... geen zin", a wish to die."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "alles is zinloos, ik zie het nut niet meer",
        "het heeft allemaal geen zin meer",
        "ik voel me al maanden leeg en alles is zinloos",
    ],
)
def test_everything_is_pointless_stays_a_wish_to_die(text: str) -> None:
    """Guards: the word "alles" itself still reads as despair."""
    assert "suicidal_thoughts" in themes_of(text)


def test_already_no_longer_adds_stress_to_a_sum_lost() -> None:
    """"al 2000 euro kwijt" matched "alles ... te veel|kwijt"-like stress patterns."""
    found = themes_of("ik gok elke avond op mn telefoon en ben al 2000 euro kwijt")
    assert {"addiction", "finances"} <= found and "stress" not in found


# --- harm told as a way to cope ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik heb al een paar keer een mesje gepakt als het me te veel werd",
        "krassen helpt als de druk van de tentamens te veel wordt",
        "ik snij nog steeds af en toe als het te veel wordt",
        "soms kras ik wanneer ik te onrustig ben",
        "snijden geeft rust, dat is het enige wat helpt",
        "cutting helps when exams get too much",
        "I hurt myself when everything gets overwhelming",
        "i grab a razor when it all gets too much",
    ],
)
def test_harm_as_a_way_to_cope_is_self_harm(text: str) -> None:
    """"al" matched "als" by its stem, so "snij als het te veel wordt" was found by
    accident; the way of saying it now has patterns of its own."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my planning is a mess, are there workshops for time management?",
        "ik brand een kaarsje als het me te veel wordt",
        "I burn out when everything gets overwhelming",
        "de spanning bij de planning van mijn scriptie is te veel",
        "ik snij de groenten als het eten te veel afkoelt",
    ],
)
def test_a_candle_a_mess_or_a_vegetable_is_no_self_harm(text: str) -> None:
    """"mess" was a typo of "mesje", "planning" of "spanning": the tools are exact."""
    assert not themes_of(text) & {"self_harm", "suicidal_thoughts"}
