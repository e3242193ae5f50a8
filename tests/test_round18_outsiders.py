"""Round 18: what outsiders found (blind sets set48, a student desk's webform with
everyday needs and acute ones told in passing, and set49, risk in voices tools miss:
dialect, dyslexic and phone typing, learners' Dutch and English, euphemisms).

The sentences here are written anew for each family, beside the one an outsider wrote,
so a test guards what the family says rather than one sentence. Unless its case says it
guards, each case was run on the commit before the round (a7cb9af, through a worktree)
and failed there.
"""

from __future__ import annotations

import pytest

from steunwijzer.core.disguise import unmarked
from steunwijzer.core.model import Catalog

from .terminal_helpers import read_text as _read

ACUTE = {
    "suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation",
    "sexual_violence", "grief", "dropout_risk",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a "not" after a wish that says its own "not" is an echo (set49)
        ("ik wil nie meer leve echt nie", "suicidal_thoughts"),
        ("ik wil niet meer leven echt niet", "suicidal_thoughts"),
        ("ik wil niet meer wakker worden, echt niet", "suicidal_thoughts"),
        # Gronings and Frisian spelling (set49)
        ("k wil der nait meer wezen. alles is zo zwoar", "suicidal_thoughts"),
        ("ik wil er nait meer wezen", "suicidal_thoughts"),
        # learners' English: better not living (set49)
        ("I am thinking all time that better I am not living", "suicidal_thoughts"),
        ("sometimes I think better I was not alive", "suicidal_thoughts"),
        # cut open with something (set49)
        ("de schaar ligt weer naast mijn bed, ik heb me er gisteren mee opengehaald",
         "self_harm"),
        ("heb mezelf weer opengekrast met een mesje", "self_harm"),
        ("mijn arm heb ik gisteren opengesneden", "self_harm"),
        # the amount looked up, said as an end (set49)
        ("nee niet echt n plan, maar ik heb wel gegoogeld hoeveel je nodig hebt",
         "suicidal_thoughts"),
        ("heb opgezocht hoeveel je nodig hebt", "suicidal_thoughts"),
        ("not a plan exactly but I googled how many you need", "suicidal_thoughts"),
        ("I looked up how much it takes", "suicidal_thoughts"),
        # messages kept for when it is time (set49)
        ("I've written everyone a message, they're in my drafts, I'll send them when it's "
         "time.", "suicidal_thoughts"),
        ("wrote letters to my family for when I'm gone", "suicidal_thoughts"),
        ("ik heb voor iedereen een brief geschreven voor als ik er niet meer ben",
         "suicidal_thoughts"),
        # an instruction for after, then unreachable (set49)
        ("she texted me 'take care of mum' and her phone's been off since",
         "concern_for_other"),
        ("he said take care of the dog for me and now his phone is switched off",
         "concern_for_other"),
        ("ze appte 'zorg goed voor mama' en nu staat haar telefoon uit", "concern_for_other"),
        # sextortion is sexual violence (set48)
        ("so there's this guy i met online and he has pics of me and says he'll send them to "
         "my whole class unless i pay him 500 euros", "sexual_violence"),
        ("she says she'll share my nudes with my parents unless I send more",
         "sexual_violence"),
        ("hij gaat mijn foto's naar iedereen sturen als ik niet betaal", "sexual_violence"),
        # someone close who is dying (set48)
        ("Hi, my dad's cancer has spread and the doctors are saying weeks, not months.",
         "grief"),
        ("my mum has been given two months to live", "grief"),
        ("mijn oma ligt op sterven en ik zit hier tentamens te maken", "grief"),
        ("mijn vader is uitbehandeld, ze zeggen nog een paar weken", "grief"),
    ],
)  # fmt: skip
def test_a_risk_family_from_the_round_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a family member's illness, being the one who cares (set48)
        ("My mum has MS and since she got worse I'm the one doing the groceries",
         "family_circumstances"),
        ("my sister was diagnosed with leukemia in spring", "family_circumstances"),
        ("mijn zusje heeft leukemie en mijn ouders zijn constant in het ziekenhuis",
         "family_circumstances"),
        ("ik pas elke middag op mijn broertjes sinds mama ziek is", "family_circumstances"),
        ("I drive her to chemo twice a week", "family_circumstances"),
        # eating: skipping all, purging, a binge with shame, the mirror (set48)
        ("overdag sla ik alles over want dan voel ik me schoon, ik eet pas 's avonds",
         "eating"),
        ("na het eten heb ik steeds de drang om het eruit te gooien", "eating"),
        ("ik eet bijna geen koolhydraten meer", "eating"),
        ("ik eet soms in een keer een hele zak chips leeg en schaam me daarna kapot",
         "eating"),
        ("I ate a whole box of cookies last night and felt so disgusting", "eating"),
        ("I can't look in the mirror, I look fat and disgusting", "eating"),
        # little energy, little joy (set48)
        ("ik heb al maanden weinig energie en weinig plezier in dingen", "low_mood"),
        ("ik heb nergens trek in en geniet nergens meer van", "low_mood"),
        ("I don't enjoy anything anymore", "low_mood"),
        ("lost interest in everything since the summer", "low_mood"),
        # a presentation, feeling a fraud (set48)
        ("bij presentaties sla ik helemaal dicht", "performance_anxiety"),
        ("mijn eindpresentatie is volgende week en ik word al misselijk", "performance_anxiety"),
        ("alsof ze elk moment doorhebben dat ik het niet kan", "performance_anxiety"),
        ("so anxious about messing up in front of the doctors", "performance_anxiety"),
        ("I have serious impostor syndrome", "performance_anxiety"),
        # switching, day and night, mocked, going under, not belonging (set48)
        ("ik twijfel of ik niet beter naar de pabo kan overstappen", "study_choice"),
        ("I've kind of flipped day and night", "sleep"),
        ("mijn dag en nacht zijn helemaal omgedraaid", "sleep"),
        ("in de les lachen ze me openlijk uit", "unwanted_behaviour"),
        ("a group makes jokes every time I walk in", "unwanted_behaviour"),
        ("my ex keeps posting stuff about me in the group chat", "unwanted_behaviour"),
        ("k zit er echt doorheen", "stress"),
        ("I can't keep up with anything", "stress"),
        ("ik hoor er in mijn projectgroep eigenlijk niet bij", "social_connection"),
        ("it's hard to connect with the younger students", "social_connection"),
    ],
)  # fmt: skip
def test_an_everyday_family_from_the_webform_is_found(
    builtin: Catalog, text: str, theme: str
) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    "text",
    [
        # one course left, not the study (set48)
        "Hoe schrijf ik me uit voor de minor Filosofie? Ik doe toch liever de minor Ondernemen.",
        "ik wil me uitschrijven voor het tentamen statistiek van vrijdag",
        "I'd like to deregister from the statistics resit",
        # a BSA said to be fine (set48 and earlier sets)
        "Can someone explain the BSA rules for part-time students? I'm on track with 48 EC",
        "BSA gehaald!! 60 van de 60, eindelijk rust",
        "the bsa meeting went fine btw, i'm allowed to continue",
        # a course's title (set48)
        "Is there still room in the elective 'Death and Dying in Modern Society'?",
        "is er nog plek in de minor Death and Dying?",
        # "dood- en doodmoe" is tired (set49)
        "ben kapot, dood- en doodmoe na drie tentamens op rij, wil alleen nog m'n bed in",
        "Dood- en doodziek ben ik van die groepsopdracht, ik wil gewoon slapen",
        # moving to another track is no jump (set49)
        "the bridge course is so hard, I'm thinking of jumping to the other track",
        "thinking of jumping ship to another programme next year",
    ],
)
def test_a_harmless_neighbour_is_not_acute(builtin: Catalog, text: str) -> None:
    themes, _ = _read(builtin, text)
    assert not themes & ACUTE, themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # guards: the harmless readings above stop where the risk is said
        ("ik wil me uitschrijven voor de opleiding, ik kap ermee", "dropout_risk"),
        ("hoe schrijf ik me uit bij de universiteit?", "dropout_risk"),
        ("BSA niet gehaald, ik moet stoppen", "dropout_risk"),
        ("my BSA is fine but I want to quit anyway", "dropout_risk"),
        ("ik ben bang dat ik mijn BSA niet haal", "dropout_risk"),
        ("I dropped the course when my dad died", "grief"),
        ("zelfmoord- en zelfbeschadigingsgedachten heb ik al weken", "suicidal_thoughts"),
        ("ik wil dood, echt dood", "suicidal_thoughts"),
        ("thinking of jumping off the bridge by the station", "suicidal_thoughts"),
        ("het vak is zwaar en ik wil dood", "suicidal_thoughts"),
    ],
)  # fmt: skip
def test_the_risk_beside_a_harmless_reading_stays(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    "text",
    [
        "Is er een cursus timemanagement of zoiets?",
        "ik zoek een training faalangst",
    ],
)
def test_a_course_named_for_an_everyday_need_is_what_is_asked_for(
    builtin: Catalog, text: str
) -> None:
    """A course's title frames only an acute finding: "een cursus timemanagement" is what
    the student asks for (a guard: it was found before the title rule, and the first
    version of that rule lost it)."""
    themes, mentions = _read(builtin, text)
    assert themes, (themes, mentions)
    assert "framed" not in mentions.values()


def test_a_cut_word_keeps_its_offsets() -> None:
    """The cut half of "dood- en doodmoe" is blanked, so every span after it holds."""
    text = "ben kapot, dood- en doodmoe na drie"
    out = unmarked(text)
    assert len(out) == len(text)
    assert out.index("doodmoe") == text.index("doodmoe")
    assert "dood-" not in out
    assert unmarked("zelfmoord- en zelfbeschadigingsgedachten") == (
        "zelfmoord- en zelfbeschadigingsgedachten"
    )
