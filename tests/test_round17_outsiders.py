"""Round 17: what outsiders found (blind sets set43, the free-text field of an
appointment form and a peer-support chat, and set44, group chats and voice memos; a
role-play in a terminal; a hostile round).

The sentences here are written anew for each family, beside the one an outsider wrote,
so a test guards what the family says rather than one sentence. Unless its docstring or
its case says it guards, each case was run on the commit before the round (e784082,
through a worktree) and failed there.
"""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.vocabulary import Vocabulary

from .terminal_helpers import read_text as _read


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a number of pills taken, in Dutch as in English (set44)
        ("heb zaterdag 20 paracetamol genomen maar werd gwn wakker met buikpijn",
         "suicidal_thoughts"),
        ("gister 30 oxazepam geslikt, ben pas vanmiddag wakker geworden", "suicidal_thoughts"),
        # a passive wish in Dutch (set43)
        ("Ik zou het ook niet erg vinden als me morgen iets overkwam.", "suicidal_thoughts"),
        ("eerlijk, ik vind het niet erg als me iets overkomt onderweg", "suicidal_thoughts"),
        # worn out on everything, said as an end (set43, set44)
        ("i'm done waiting. i'm done with all of it", "suicidal_thoughts"),
        ("pff ik ben zo klaar met alles", "suicidal_thoughts"),
        # not being around, said as fate; a last message (set44)
        # found before too: a guard
        ("whatever, i won't be around for the resits anyway", "suicidal_thoughts"),
        ("if i don't make it through the night tell my sister i'm sorry", "suicidal_thoughts"),
        # violence said in the passive; abuse said without its name (set43, set44)
        ("thuis wordt er geslagen, vooral als mijn vader gedronken heeft", "unsafe_situation"),
        ("bij ons thuis werd veel geschopt en geslagen", "unsafe_situation"),
        ("mijn stiefvader doet dingen bij me die ik niet wil", "unsafe_situation"),
        ("my uncle did things to me i didn't want when i stayed over", "unsafe_situation"),
        # put out of the house with nowhere to sleep (set44)
        # found before too: a guard
        ("my parents threw me out last night and i have nowhere to sleep", "unsafe_situation"),
        ("got kicked out by my parents after i came out, i have nowhere to go after sunday",
         "unsafe_situation"),
        ("Oom heeft mij buiten gezet, ik weet niet waar ik moet slapen", "unsafe_situation"),
        # someone else's goodbye, then gone (set43, set44)
        ("my friend just sent me 'thanks for everything, you were the best x' and turned her "
         "location off", "concern_for_other"),
        # found before too: a guard
        ("she texted thank you for everything and then went offline", "concern_for_other"),
        ("hij zette 'doei allemaal, was leuk' in de groepsapp met een foto van een brug",
         "concern_for_other"),
    ],
)  # fmt: skip
def test_a_family_from_the_chat_sets_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


def test_pills_taken_by_number_are_urgent(builtin: Catalog) -> None:
    """A number of pills taken is a recent attempt: urgency immediate, as in English."""
    found = Vocabulary(builtin.themes).read("heb zaterdag 20 paracetamol genomen, niemand weet het")
    assert any(f.theme == "suicidal_thoughts" and f.immediate for f in found.findings)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the Dutch "want die" ("because that") is no English wish to die (set43)
        ("maar mijn vraag gaat over huurtoeslag want die is ineens stopgezet", "suicidal_thoughts"),
        ("ik bel de balie want die man gaf me verkeerde info", "suicidal_thoughts"),
        # cutting down, cutting someone off (set43)
        # found before too: a guard
        ("I drink most nights and I want to cut down but I'm not managing", "self_harm"),
        ("I really need to cut down on energy drinks before exams", "self_harm"),
        ("I cut myself off from social media for a month and it helped", "self_harm"),
        # a week away from everything (set44)
        ("lowkey want to disappear into a cabin in norway for a month after exams",
         "suicidal_thoughts"),
        ("honestly just want to disappear to a beach for a week after this block",
         "suicidal_thoughts"),  # set aside before too: a guard
        # someone else's plan (set44)
        ("iedereen om me heen heeft een plan en ik weet niet eens waar ik goed in ben",
         "suicidal_thoughts"),
        ("iedereen in mijn jaar heeft een plan voor na de bachelor, ik weet niet waar ik heen wil",
         "suicidal_thoughts"),
    ],
)  # fmt: skip
def test_a_harmless_neighbour_is_no_risk(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme not in themes


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vader is overleden toen ik 6 was. Hoe vul ik het DUO-formulier in?",
        "mijn opa is in 2015 overleden, moet ik dat vermelden op het formulier?",
        "My granddad died ten years ago, I only mention it because the form asks.",
        "lol my cat died years ago, anyway where do I sign up for the gaming society",
        "mijn moeder is overleden toen ik klein was, ik heb een vraag over de studiefinanciering",
    ],
)
def test_a_death_long_ago_is_a_mention_not_acute_grief(builtin: Catalog, text: str) -> None:
    """A death dated two years back or more, with no word of grieving now, is shown as a
    mention ("something in the past that is over"), never dropped, and is no acute grief."""
    themes, mentions = _read(builtin, text)
    assert "grief" not in themes
    assert mentions.get("grief") == "past"


@pytest.mark.parametrize(
    "text",
    [
        "mijn oma is vorig jaar overleden",  # last year is not long ago
        "My dad died when I was six and I still miss him every day",
        "mijn vader is in 2019 overleden en ik mis hem nog elke dag",
        "my mum died three years ago and lately it hits me again",
        "mijn broer is gisteren overleden",
        "Mijn vader is overleden toen ik 6 was en nu mis ik hem meer dan ooit",
    ],
)
def test_grief_now_stays_grief(builtin: Catalog, text: str) -> None:
    """Guards: a recent death, or an old one grieved now, stays acute grief."""
    themes, _ = _read(builtin, text)
    assert "grief" in themes


@pytest.mark.parametrize(
    "text",
    [
        "i want die",
        "i want die so bad rn",
        "I want to die",
        "ik wil dood want die pijn gaat nooit weg",
    ],
)
def test_a_wish_to_die_stays_a_wish_beside_dutch_want(builtin: Catalog, text: str) -> None:
    """Guards: only "want die" followed by a Dutch word is read as the Dutch "want"."""
    themes, _ = _read(builtin, text)
    assert "suicidal_thoughts" in themes


def test_self_harm_in_the_first_year_that_is_over_is_a_mention(builtin: Catalog) -> None:
    """ "In my first year I self-harmed, but I've been doing well for three years now"
    (set43): a past marker beside a sign of recovery; shown, not counted."""
    text = (
        "In my first year I self-harmed, but I've been doing well for three years now "
        "thanks to therapy. This time I'd just like help with my exam planning."
    )
    themes, mentions = _read(builtin, text)
    assert "self_harm" not in themes
    assert mentions.get("self_harm") == "past"
    # A guard: the first year now, with no recovery, stays self-harm.
    themes, _ = _read(builtin, "in my first year here I started cutting again")
    assert "self_harm" in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # families read again from earlier outsiders' sets, each in new words
        ("ik heb besloten dat vannacht mijn laatste nacht wordt", "suicidal_thoughts"),
        ("als ik weer zak breng ik mezelf om", "suicidal_thoughts"),
        ("ik denk niet dat ik mijn volgende verjaardag nog haal", "suicidal_thoughts"),
        ("eerlijk gezegd zie ik het nut niet meer van doorgaan", "suicidal_thoughts"),
        ("ik wil weg, en dan bedoel ik voorgoed", "suicidal_thoughts"),
        ("ik heb gisteren 113 gebeld maar meteen opgehangen", "suicidal_thoughts"),
        ("ze gaan me niet eens missen als ik dood ben", "suicidal_thoughts"),
        ("als er een bus op me inrijdt vind ik het ook best", "suicidal_thoughts"),
        ("I'm running out of reasons to get up in the morning", "suicidal_thoughts"),
        ("been googling methods again tonight", "suicidal_thoughts"),
        ("if i flunk again i will kill me", "suicidal_thoughts"),
        ("honestly if I died tomorrow I'd feel relieved", "suicidal_thoughts"),
        ("ik vraag me af waarom ik nog door zou gaan", "suicidal_thoughts"),
        ("I can't picture a future where I'm still alive at 25", "suicidal_thoughts"),
        ("relapsed last night, the razor again", "self_harm"),
        ("three months clean from cutting and I slipped", "self_harm"),
        ("mijn vader gooit met borden als hij dronken is", "unsafe_situation"),
        ("he grabbed me by the throat when I said I'd leave", "unsafe_situation"),
        ("my landlord threw me out and I have no place to sleep tonight", "unsafe_situation"),
        ("ik slaap al een week in mijn auto", "unsafe_situation"),
        ("she asked me to keep her dog for good, out of nowhere", "concern_for_other"),
    ],
)  # fmt: skip
def test_a_family_from_earlier_sets_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I'm running out of reasons to procrastinate, honestly.", "suicidal_thoughts"),
        # a Dutch denial with the verb before its subject (set45)
        ("nee, aan zelfmoord denk ik niet, echt niet. ik krijg niks af", "suicidal_thoughts"),
        ("aan zelfbeschadiging doe ik niet, ik slaap alleen slecht", "self_harm"),
        # said to be safe, plainly (set45): no guess of an unsafe situation
        ("I feel safe at home, it's nothing like that. our place is just tiny", "unsafe_situation"),
        ("thuis voel ik me veilig hoor, het gaat om de herrie van de buren", "unsafe_situation"),
    ],
)  # fmt: skip
def test_a_harmless_neighbour_from_the_later_sets_is_no_risk(
    builtin: Catalog, text: str, theme: str
) -> None:
    themes, _ = _read(builtin, text)
    assert theme not in themes


@pytest.mark.parametrize(
    "text",
    [
        "I only feel safe at home when he's out",
        "ik voel me thuis niet veilig meer sinds hij terug is",
    ],
)
def test_safe_said_with_a_but_keeps_the_guess(builtin: Catalog, text: str) -> None:
    """Guards: "only ... when", a negation or "anymore" keep the unsafe situation."""
    themes, _ = _read(builtin, text)
    assert "unsafe_situation" in themes


@pytest.mark.parametrize(
    "text",
    [
        "een oudoom van me is overleden, ik kende hem nauwelijks, maar ik miste een tentamen",
        "a distant cousin passed away, we weren't close, I need to tell someone I'm away",
        "my uncle's wife died last week, I'd met her once, can I get the day off?",
    ],
)
def test_someone_barely_known_is_a_mention_not_acute_grief(builtin: Catalog, text: str) -> None:
    """Someone the student barely knew (set45): shown as a mention, no acute grief."""
    themes, mentions = _read(builtin, text)
    assert "grief" not in themes
    assert mentions.get("grief") == "not_close"


def test_someone_barely_known_but_missed_stays_grief(builtin: Catalog) -> None:
    """A guard: a word of grieving now keeps the grief, however distant the relative."""
    themes, _ = _read(builtin, "my aunt died, we weren't close, but I still cry about it")
    assert "grief" in themes


def test_a_suicide_long_ago_stays_grief(builtin: Catalog) -> None:
    """A guard: a loss by suicide stays grief however long ago ("my sister committed
    suicide ten years ago"): bereavement by suicide is a risk of its own."""
    themes, _ = _read(builtin, "my sister committed suicide ten years ago")
    assert "grief" in themes
