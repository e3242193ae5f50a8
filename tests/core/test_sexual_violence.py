"""Sexual violence told by the student it happened to (an outside role-play, round 6):
"ik ben aangerand en ben bang hem op de campus tegen te komen" was also read as concern
for someone else (the pronoun named the man who did it) and "I was sexually assaulted"
as an identity question; no referral spoke of sexual violence."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser
from steunwijzer.core.referrals import ReferralIndex

from ..conftest import invoke

AT = ("--at", "2026-11-30T14:00")


@pytest.mark.parametrize(
    "text",
    [
        "ik ben aangerand en ben bang hem op de campus tegen te komen",
        "I was sexually assaulted at a party last week",
        "ik ben verkracht en durf hem niet meer te zien",
    ],
)
def test_it_happened_to_the_student(builtin: Catalog, text: str) -> None:
    """Since round 41 a told assault is sexual violence, its unsafe reading a mention
    (core/textassault.py); before, unsafe_situation was asserted here."""
    themes = Recogniser(builtin.themes).read(text).themes
    assert "sexual_violence" in themes
    assert "concern_for_other" not in themes and "identity" not in themes, themes


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriendin is aangerand en ze durft niet meer naar huis",
        # a first person and a pronoun for the victim: the concern stays
        "I'm worried my sister's husband is going to kill her, he threatened her in front of me",
    ],
)
def test_someone_else_it_happened_to_is_still_concern_for_them(builtin: Catalog, text: str) -> None:
    themes = Recogniser(builtin.themes).read(text).themes
    assert "concern_for_other" in themes, themes


def test_the_sexual_violence_centre_is_among_the_first_referrals(runner: CliRunner) -> None:
    result = invoke(
        runner, "lookup", "--text", "I was raped at a party last weekend", "--json", *AT
    )
    ids = [r["id"] for r in json.loads(result.stdout)["referrals"]]
    assert "centrum-seksueel-geweld" in ids[:4], ids


@pytest.mark.parametrize(
    ("text", "sexual", "unsafe"),
    [
        # round 41: a told assault by nobody of the home is sexual violence alone
        ("I was raped at a party last weekend", True, False),
        ("ik ben vorige maand aangerand door een huisgenoot", True, True),
        ("my ex keeps threatening me and follows me home", False, True),
        ("mijn vader slaat me als hij gedronken heeft", False, True),
    ],
)
def test_the_sexual_violence_centre_only_for_sexual_violence(
    runner: CliRunner, text: str, sexual: bool, unsafe: bool
) -> None:
    """A role-play (round 7): a student threatened by an ex-partner had Centrum Seksueel
    Geweld third, and the handout spoke of rape. It serves sexual violence alone now (a
    theme of its own beside the unsafe situation); threats and stalking get the police's
    non-emergency line."""
    result = invoke(runner, "lookup", "--text", text, "--json", *AT)
    data = json.loads(result.stdout)
    ids = [r["id"] for r in data["referrals"]]
    assert ("centrum-seksueel-geweld" in ids) is sexual, ids
    assert ("sexual_violence" in data["themes"]) is sexual, data["themes"]
    assert ("unsafe_situation" in data["themes"]) is unsafe, data["themes"]
    # Not urgent (it happened before): the centre leads a sexual violence (round 8;
    # "last weekend" was read as a time to come, urgency immediate), Veilig Thuis the
    # rest, 112 after it for danger now (a role-play, round 16: "bel nu 112" led for a
    # student safe in the room).
    assert ids[0] == ("centrum-seksueel-geweld" if sexual else "veilig-thuis"), ids
    assert "112-alarmnummer" in ids
    if not sexual:
        assert "politie-geen-spoed" in ids[:4], ids


def test_the_centre_is_the_fitting_help_and_the_general_lines_close(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play (round 8): for an assault a month ago the centre appeared only on the
    safety line ("if things get worse"), after a study-planning training. A crisis line
    for this need alone comes first among the fitting help; 113 and 112 close the list."""
    from steunwijzer.core.interview import replay

    given = {"safety_wish_dead": "nee", "safety_thoughts": "nee", "safety_behaviour": "nee",
             "area_behaviour": "ja", "behaviour_kind": "sexual"}  # fmt: skip
    result = replay(builtin, given, "nl", index)
    ids = [r.offering.id for r in result.referrals]
    # (round 41: Slachtofferhulp serves sexual violence too, beside the confidential adviser)
    assert ids[0] == "centrum-seksueel-geweld" and "vh-vertrouwenspersoon" in ids[1:3], ids
    assert [r.role for r in result.referrals][-2:] == ["crisis", "crisis"]
    assert {r.offering.id for r in result.referrals[-2:]} == {
        "113-zelfmoordpreventie",
        "112-alarmnummer",
    }


def test_a_rape_told_in_own_words_puts_the_centre_first_unless_danger_is_now(
    runner: CliRunner,
) -> None:
    """A role-play (round 8): "mijn ex heeft me 2 weken geleden verkracht" also reads as an
    unsafe situation, and 112 ("bel als er nu gevaar is") came first, where the interview's
    own choice gives the centre. Without danger now the centre leads and 112 stays; with
    danger now 112 leads."""

    def ids(text: str) -> list[str]:
        out = invoke(runner, "lookup", "--text", text, "--json", "--at", "2026-11-30T14:00")
        return [r["id"] for r in json.loads(out.stdout)["referrals"]]

    past = ids("mijn ex heeft me 2 weken geleden verkracht")
    assert past[0] == "centrum-seksueel-geweld" and "112-alarmnummer" in past, past
    now = ids("hij heeft me verkracht en staat nu voor mijn deur, ik ben bang")
    assert now[0] == "112-alarmnummer" and "centrum-seksueel-geweld" in now[:3], now
