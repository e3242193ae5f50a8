"""Round 32, free text: the families of two blind sets (despair told through a practical
problem; students whose life is online) and a role-play (a friend who died by suicide,
and the wish to be with him), with their harmless neighbours. The sentences are written
for the tests, not copied from the sets. Run on the round's start (c3b548d): 64 of the
99 cases of the round's four test files failed there; the cases that passed there are
named as guards in the docstrings."""

from __future__ import annotations

import pytest

from .reading import ACUTE, builtin_vocabulary, themes_of


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a game's words for one's own end
        ("na deze week wil ik mezelf uninstallen", "suicidal_thoughts"),
        ("geen respawn meer voor mij, ik ben er klaar mee", "suicidal_thoughts"),
        # which stretch of track is quietest, looked up
        ("I googled which part of the railway near campus is the quietest", "suicidal_thoughts"),
        ("ik heb uitgezocht welke flat in de stad het hoogst is", "suicidal_thoughts"),
        # getting out, the Dutch euphemism with a word between
        ("als ik weer zak stap ik er maar uit", "suicidal_thoughts"),
        # a pet's care "for if anything happens to me"
        ("I asked my neighbour to take my cats if anything happens to me", "suicidal_thoughts"),
        # a cat's scratches, and no cat (same clause)
        ("ze denken dat het kattenkrassen zijn maar we hebben geen kat", "self_harm"),
        ("everyone thinks the scratches are from a cat, we don't even have a cat", "self_harm"),
    ],
)
def test_the_rounds_families_are_read(text: str, theme: str) -> None:
    """Families read from set103 and set104 (round 32)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("eerlijk, ik wil mezelf gewoon deleten", "suicidal_thoughts"),
        ("there's no respawn for me after tonight", "suicidal_thoughts"),
        (
            "ik ga ragequitten, en dan bedoel ik niet uit league maar uit het leven",
            "suicidal_thoughts",
        ),
        ("gonna ragequit from life tbh", "suicidal_thoughts"),
        (
            "ik heb gisteren opgezocht welk stukje spoor bij ons het rustigst is",
            "suicidal_thoughts",
        ),
        ("I wrote letters to my family just in case", "suicidal_thoughts"),
        (
            "mijn zus zorgt voor mijn hond als er iets met me gebeurt, dat heb ik geregeld",
            "suicidal_thoughts",
        ),
        ("someone doxxed me and now they're threatening to show up at my flat", "unsafe_situation"),
        ("mijn ex dreigt langs te komen bij mijn kamer", "unsafe_situation"),
    ],
)
def test_neighbours_of_the_families_are_still_read(text: str, theme: str) -> None:
    """Guards: written for the round's families, these were read on the round's start too
    (an older family, or the second net); they must stay read beside the new figures and
    the contrast rule ("niet uit league maar uit het leven")."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a game's deaths, modes and quitting
        "no respawn mode in this game is brutal but fun",
        "ik ga ragequitten als ze die map nog een keer kiezen",
        "uninstalling this game forever, it's rigged",
        "100 deaths and counting on this boss lol",
        "RIP my main, permadeath got him in the last dungeon",
        "you can die in like 30 ways in that horror game",
        # a train that is fastest, a bridge for a project
        "ik heb opgezocht welke trein het snelst is naar Utrecht",
        # a song sung along, a topic for a course
        "at the festival everyone sang 'I want to die' along with the band, what a night",
        "we zongen 'ik wil dood' keihard mee met dat nummer",
        "mag zelfmoord als thema voor ons game design project?",
        "for our insurance module: how do suicide clauses work in life policies?",
        # rather die than pay; an escape room; a bank app
        "my brother said he'd rather die than pay for the taxi",
        "we vonden geen uitweg meer in de escape room, zo grappig",
        "there's no way out of this group project, I'm doing it all myself",
        "mijn bankapp zegt dat mijn saldo laag is en ik voel me persoonlijk aangevallen",
        # a pet's funeral; what a word means
        "our goldfish died and we held a tiny funeral in the garden",
        "weet iemand wat unalive betekent? mijn zusje gebruikt het steeds",
    ],
)
def test_harmless_neighbours_stay_calm(text: str) -> None:
    """Harmless neighbours of the round's families are not acute (round 32). Those about
    respawns, ragequitting, uninstalling, a permadeath, a horror game, a fast train and
    an insurance clause were calm on the round's start too: they guard the new
    families; the rest failed there."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "he ended his life last spring and I keep going back to that day",
        "mijn broer is vorig jaar uit het leven gestapt",
        "mijn vriendin heeft twee maanden geleden een einde aan haar leven gemaakt",
    ],
)
def test_a_suicide_that_happened_is_a_loss(text: str) -> None:
    """A role-play, round 32, B1: "hij heeft drie maanden geleden een einde aan zijn leven
    gemaakt" was concern for someone else ("check whether that person can be reached
    now"); "ended his life" and "uit het leven gestapt" were nothing recognised."""
    found = themes_of(text)
    assert "grief" in found
    assert "concern_for_other" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ik mis hem zo. Ik wil alleen nog bij hem zijn. 's Nachts zit ik bij zijn graf.",
        "my grandad died in june and honestly I just want to be with him",
        "I want to be with my sister who died",
        "ik wil bij mijn vriend zijn die vorig jaar overleden is",
    ],
)
def test_the_wish_to_be_with_the_one_who_died(text: str) -> None:
    """A role-play, round 32, B2: "Ik wil gewoon bij hem zijn" beside a loss was nothing
    recognised, or grief without a crisis line first. (The grandad line was read on the
    round's start by an older family, in one sentence: a guard.)"""
    found = themes_of(text)
    assert "suicidal_thoughts" in found and "grief" in found


@pytest.mark.parametrize(
    "text",
    [
        "my grandma died and I want to be with my mum this weekend",
        "mijn vriend woont in Spanje en ik wil gewoon bij hem zijn",  # no loss: no wish
        "we visited her grave on sunday, it was peaceful",
    ],
)
def test_a_loss_without_the_wish_is_no_wish(text: str) -> None:
    """Guards (calm on the round's start too): being with someone living, or a grave
    visited, is no wish to die."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_a_no_that_a_but_corrects_is_no_denial() -> None:
    """ "niet uit de game maar uit alles": the "niet" belongs to what the "maar" corrects
    (set104). The reverse stays denied (a guard)."""
    said = "ik ga ragequitten, niet uit de game maar uit alles"
    assert "suicidal_thoughts" in themes_of(said)
    found = builtin_vocabulary().read("ik ga ragequitten, niet uit alles maar uit de game")
    assert "suicidal_thoughts" not in found.themes


@pytest.mark.parametrize(
    "text",
    [
        "I sing along to songs about wanting to die because that's how I feel",
        "ik luister de hele dag nummers over dood willen, zo voel ik me ook",
        "the main character wants to die. I feel the same.",
    ],
)
def test_a_song_or_book_said_to_be_how_one_feels(text: str) -> None:
    """A frame (a song, a character) said to be the student's own feeling (round 32).
    The Dutch line was read on the round's start too (no frame word in it): a guard."""
    assert "suicidal_thoughts" in themes_of(text)


def test_a_frame_with_a_feeling_about_something_else_stays_a_frame() -> None:
    """A guard (calm on the round's start too): "I feel the same way about the results"
    is about the results."""
    text = "my thesis is about suicide in young men, I feel the same way about the results"
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik heb 8000 euro schuld en weet niet hoe ik het moet aflossen", True),
        ("nog 3000 euro schuld bij DUO", True),
        ("het is allemaal mijn schuld", False),  # fault, a guard
    ],
)
def test_an_amount_owed_is_money(text: str, expected: bool) -> None:
    """A role-play, round 32, D4: "ik heb 8000 euro schuld" was nothing recognised. "bij
    DUO" was read on the round's start too, and "mijn schuld" (fault) is a guard."""
    assert ("finances" in themes_of(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "I've stopped making plans beyond this month. I don't think I'll still be here.",
        "ik maak geen plannen meer na de zomer",
        "my GP said I scored very high on the suicidality screening",
        "ik heb hoog gescoord op de suïcidaliteit vragenlijst bij de huisarts",
        "last night I wanted to cut deeper so I wouldn't wake up",
    ],
)
def test_no_future_planned_and_a_screening_scored_high(text: str) -> None:
    """set105 (students who write literally and precisely), read after it was measured:
    no plans past a date, not expecting to still be here, a screening scored high,
    cutting "so I wouldn't wake up"."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I stopped making plans past the exams because I'm moving abroad",
        "ik maak geen plannen meer na de zomer, want ik ga verhuizen",
        "What does 'I'm dead' mean in texting? My classmate sent it after my joke",
        "Hoe spreek je 'automutilatie' correct uit? Het is voor een presentatie",
        "What's the correct clinical term for self-harm? It's for my paper",
        "They say if I don't pay they will tell the landlord to kick me out",
    ],
)
def test_a_move_a_word_asked_about_or_an_eviction_is_no_risk(text: str) -> None:
    """set105 and a second role-play (C1), round 32: plans stopped for a move, a word or
    an expression asked about, and a landlord's threat to evict ("call 112 now") are not
    acute. The moves, "I'm dead" and the clinical term were calm on the round's start
    too: they guard the new families; "automutilatie" and the landlord failed there."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "what does it mean if I keep thinking I want to die",
        "my boyfriend kicked me when I said no",
        "my parents kicked me out and I have nowhere to sleep",
    ],
)
def test_what_the_new_figures_must_not_set_aside(text: str) -> None:
    """Guards (acute on the round's start too): a question about oneself is no word asked
    about; kicked is violence, kicked out by parents a night without a place."""
    assert themes_of(text) & ACUTE


def test_an_amount_owed_in_english_is_money() -> None:
    """A second role-play, round 32 (C7): "I owe the agency 2400 euro for the room" was
    nothing recognised; "I owe you one" is no debt (a guard)."""
    assert "finances" in themes_of("I owe the agency 2400 euro for arranging the room")
    assert "finances" not in themes_of("I owe you one, thanks for the notes")
