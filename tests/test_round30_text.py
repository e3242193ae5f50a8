"""Round 30, free text: the families of two blind sets (Flemish and code-switching
students; euphemisms and avoidance) and their harmless neighbours. Each test was run on
the commit before its fix and failed there unless its docstring says it guards. The
sentences are written for the tests, not copied from the sets."""

from __future__ import annotations

import pytest

from steunwijzer.core.textcontext import Tokens

from .reading import ACUTE, builtin_vocabulary, themes_of


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a "for good" after a full stop ends the wish before it
        # "something stupid" with pills: a recent attempt
        ("vorige maand iets doms gedaan met mijn medicatie", "suicidal_thoughts"),
        # a hospital stay told as something else
        ("lag drie dagen in het ziekenhuis en tegen iedereen heb ik gezegd dat het griep was",
         "suicidal_thoughts"),
        ("spent the weekend in hospital, told everyone it was food poisoning", "suicidal_thoughts"),
        # a vehicle that would be fine; savings and everything given away
        ("ik heb mijn spaargeld opgenomen en aan mijn broer gegeven", "suicidal_thoughts"),
        ("emptied my savings account and gave it all to my sister", "suicidal_thoughts"),
        ("my dog will go to my neighbour, it's all sorted", "suicidal_thoughts"),
        # a liver asked about, the edge of a platform, nothing matters any more
        ("honestly nothing matters anymore", "suicidal_thoughts"),
        # long sleeves for what is under them
        ("I only wear long sleeves now because of what's underneath", "self_harm"),
        ("ik draag lange mouwen, ook in juli", "self_harm"),
        # a cover story with the cat, told to someone
        ("I told my mum the scratches were from the cat", "self_harm"),
        # wounds seen on someone else's arms
        ("ik zag verse wondjes op de armen van mijn huisgenote", "concern_for_other"),
        # the money, not the strain
        ("ik kan het gewoon niet meer betalen", "finances"),
    ],
)  # fmt: skip
def test_the_rounds_families_are_read(text: str, theme: str) -> None:
    """Families read from set96 and set97 and the role-play (round 30)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I want to switch off. Forever.", "suicidal_thoughts"),
        ("ik wil mezelf gewoon uitzetten", "suicidal_thoughts"),
        ("ik wil uitgezet worden, zoals een lamp", "suicidal_thoughts"),
        ("did something dumb with my sleeping pills on sunday", "suicidal_thoughts"),
        ("als ik morgen onder een bus fiets zou dat wel oké zijn", "suicidal_thoughts"),
        ("how long before paracetamol wrecks your liver", "suicidal_thoughts"),
        ("I keep standing on the platform a bit too close to the edge", "suicidal_thoughts"),
        ("ik zag nieuwe sneetjes op haar armen", "concern_for_other"),
        ("saw fresh cuts on his wrists at practice", "concern_for_other"),
    ],
)
def test_the_families_hold_in_other_words(text: str, theme: str) -> None:
    """The same families said another way (some were read before by other rules or the
    second net: those are guards)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "wat een geweldige week was het, echt geweldig",
        "het college van vandaag was geweldig",
        "their design is cutting edge",
        "I wear long sleeves all summer because of a tattoo my dad hates",
        "We wrote a goodbye letter to the outgoing board of our association",
        "afscheidsbrief geschreven voor mijn stagebegeleider, ze gaat met pensioen",
        "die tentamenvraag was echt zelfmoord haha",
        "vorig jaar gebungeejumpt in Zwitserland, echt geweldig",
        "I want to stop existing on instagram for a month",
        "my friend keeps saying she'll disappear to Bali after graduating",
        "al mijn spullen weggegeven, ik ga een jaar backpacken",
        "mijn huisgenoot heeft al haar spullen weggegeven, ze gaat een jaar backpacken",
        "looked up how high the Dom tower is for my architecture assignment",
        "Does anyone have good sources on self-harm prevalence? It's for my psych paper",
        "what's the difference between passive and active suicidal ideation? asking for my "
        "nursing exam",
        "Voor mijn toets verpleegkunde: hoe vraag je een cliënt naar doodswensen?",
    ],
)
def test_harmless_neighbours_stay_harmless(text: str) -> None:
    """The same words said harmlessly (round 30); each was acute on the commit before."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "suicidal thoughts again. for my exam week I need help",
        "suicidal thoughts for my whole exam period",
        "for my exam I have to stop thinking about killing myself",
        "how long does it take for a whole box of paracetamol to work? asking for an assignment",
        "in het college hadden we het over zelfmoord en sindsdien denk ik er zelf aan",
        "criminology class on rape and I finally understood that what happened to me was rape",
        "ik heb mijn spullen weggegeven, ze denken dat ik ga verhuizen maar dat is het niet",
        "I gave away my stuff, they think I'm moving but that's not it",
        "my mate's last message was 'tell my mum I'm sorry'",
    ],
)
def test_what_the_frames_must_not_take(text: str) -> None:
    """Guards: a purpose must be said as one, with a "my" ("for my whole exam period" is
    a time; "asking for an assignment" is vague, as "asking for a friend" is); a student
    who turns to themselves after a lecture's topic; a harmless reading said not to be it."""
    assert themes_of(text) & ACUTE


def test_a_vague_purpose_frames_nothing() -> None:
    """The purpose frame needs a "my": "asking for an assignment" kept its risk (guard)."""
    found = builtin_vocabulary().read("how many pills is lethal? asking for an assignment")
    assert "suicidal_thoughts" in found.themes


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("I want to switch off. Permanently.", True),
        ("Ik wil weg. Voorgoed.", True),
        ("ik wil verdwijnen. voor altijd.", True),
        ("I want to die. Not joking.", False),
        ("Ben je moe? Altijd.", False),
        ("Good. Just good.", False),
    ],
)
def test_a_for_good_fragment_ends_the_sentence_before_it(text: str, joined: bool) -> None:
    """Only a sentence made of "for good" words joins the one before: a "not" never
    reaches back over a full stop."""
    tokens = Tokens(text)
    assert (len(set(tokens.sentence)) == 1) is joined


def test_someone_else_in_the_nets_words_is_concern() -> None:
    """ "i cant think about school now. what if he already did it" was the student's own
    suicidal thoughts through the second net, and the safety questions were asked again
    of a student panicking about a friend (a role-play, round 30, C3)."""
    found = themes_of("i cant think about school now. what if he already did it")
    assert "concern_for_other" in found
    assert "suicidal_thoughts" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Als ik naar de dokter ga, ziet ze dan de littekens op mijn arm?",
        "ik vermoord die printer echt, hij doet het weer nie",
    ],
)
def test_the_writer_in_the_same_sentence_keeps_it_theirs(text: str) -> None:
    """Guards: the writer in the weighed sentence ("mijn arm") is no other person, and a
    printer's "hij" is no friend at risk."""
    assert "concern_for_other" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is it normal to think about killing yourself all the time? asking for me",
        "is het normaal om vaak aan jezelf van kant maken te denken",
        "honestly i don't think i'll be around after the holidays",
    ],
)
def test_a_question_about_you_is_about_the_writer(text: str) -> None:
    """set98 (written after the round's other readings): "Is it normal to think about
    killing yourself ...? asking for me." and "i don't think i'll be around after this
    weekend" were nothing."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb echt geen zin om te leven zonder koffie",
        "ik schiet mezelf nog voor mn kop, heb mijn fiets niet op slot gezet en nu is hij gestolen",
    ],
)
def test_everyday_figures_of_set98_stay_harmless(text: str) -> None:
    """Life without coffee, shooting oneself "voor de kop" (regret)."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "can't live without coffee during exam week lol",
        "I don't think I'll be around for the exam, I'm flying home that day",
    ],
)
def test_the_new_families_leave_their_neighbours_alone(text: str) -> None:
    """Guards: the harmless neighbours of the round's families."""
    assert not themes_of(text) & ACUTE


def test_a_parent_in_hospital_is_no_unsafe_home() -> None:
    """ "up half the night calling home, my father is in hospital in India" was an
    unsafe situation through the second net, on the crisis panel, the handout and the
    saved record (a second role-play, round 30, D1)."""
    found = themes_of("up half the night calling home, my father is in hospital in India")
    assert "unsafe_situation" not in found
    assert "family_circumstances" in found


def test_wounds_on_her_arms_in_a_note_keep_both_readings() -> None:
    """ "fresh cuts on her forearms" in a counsellor's note is the student; from a student
    who says "ik" it is someone else (guards the pronoun rule of round 29)."""
    assert {"self_harm", "concern_for_other"} <= themes_of("fresh cuts on her forearms")
    assert themes_of("ik zag nieuwe sneetjes op haar armen") & ACUTE == {"concern_for_other"}


@pytest.mark.parametrize(
    "text",
    [
        "Tijdens het college over zelfmoord besefte ik hoe belangrijk preventie is",
        "In the lecture on self-harm I realised how much stigma there is",
    ],
)
def test_a_realisation_about_a_topic_stays_a_topic(text: str) -> None:
    """Guards the realisation rule: only a realisation about what happened to oneself
    ("what happened to me was rape") makes a lecture's topic the student's own."""
    assert not themes_of(text) & ACUTE
