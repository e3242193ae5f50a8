"""Round 34, free text: a threat to one person ("ik ga hem iets aandoen", "I'm going to
hurt him"), with its harmless neighbours, and what the screen advises for it. The
sentences are written for the tests, not copied from any set. The cases that fail on the
round's start (1579ab1) and the guards that pass there are named in the docstrings."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from .conftest import invoke
from .reading import themes_of


@pytest.mark.parametrize(
    "text",
    [
        "ik ga hem iets aandoen",
        "ik ben zo kwaad op mijn huisgenoot, ik ga hem iets aandoen",
        "ik ga haar echt pijn doen als ze nog één keer aan mijn spullen zit",
        "ik wil hem neersteken",
        "I'm going to hurt him",
        "I'm gonna hurt her, I swear",
        "I will really hurt him if he does it again",
        "one more word from him and I'm going to stab him",
    ],
)
def test_a_threat_to_one_person_is_an_unsafe_situation(text: str) -> None:
    """All eight were nothing recognised, or only the second net's guess at suicidal
    thoughts (113 first), on 1579ab1: the threat rules of round 33 named "iemand",
    "someone" or a relative, not "him" or "her". A danger to others puts 112 first."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to hurt her feelings",
        "I'm going to hurt her feelings if I say that",
        "ik wil hem niks aandoen hoor, ik wil alleen dat hij afwast",
        "ik ga ze vermoorden als ze weer mijn eten opeten",
        "I'm going to hurt them with this grade haha",
        "hij gaat haar pijn doen met die toets, zo moeilijk",
    ],
)
def test_hurt_feelings_and_hyperbole_are_no_threat(text: str) -> None:
    """Guards: each passed on 1579ab1 and must keep passing. Feelings, a denial and the
    housemates' leftovers are not a danger to anyone; "vermoorden" of a housemate is
    left out of the new rule for that reason."""
    assert "unsafe_situation" not in themes_of(text)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", "Gaat de dreiging juist uit van de student zelf"),
     ("en", "If the threat comes from the student")],
)  # fmt: skip
def test_the_unsafe_tip_also_covers_a_danger_to_others(
    runner: CliRunner, lang: str, words: str
) -> None:
    """The tip for an unsafe situation spoke only of where the student can sleep safely
    tonight, also when the student was the danger (noticed in round 33's role-play).
    Fails on 1579ab1: the tip had no such sentence. (Round 56 put it after the question
    about others in danger, worded for a student who is the one threatened; the crisis
    box no longer says it: role-plays read it as an accusation of a victim.)"""
    result = invoke(runner, "lookup", "--text", "I'm going to hurt him", "--lang", lang,
                    "--json")  # fmt: skip
    import json

    tips = json.loads(result.stdout)["tips"]
    texts = " ".join(tip["text"] for tip in tips)
    assert words in texts


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a loss that others think is over
        ("my sister died last year and everyone thinks I'm over it, but I'm not", "grief"),
        ("opa is vorig jaar overleden en iedereen denkt dat ik er allang overheen ben", "grief"),
        ("my dad died two years ago, people assume I'm fine now", "grief"),
        # a burden asked about in the general "you"; death hoped for in one's sleep
        ("do you ever feel like everyone would be better off without you?", "suicidal_thoughts"),
        ("some nights I pray a stroke takes me so I don't wake up to this", "suicidal_thoughts"),
        ("I keep hoping something takes me in my sleep", "suicidal_thoughts"),
        # leaving the studies said plainly
        ("I won't be continuing with the programme next year, I've decided", "dropout_risk"),
        ("ik ga niet verder met mijn opleiding na dit blok", "dropout_risk"),
        # pictures held over the student for sex; kissed while not wanting it
        ("he'll post them online unless I sleep with him", "sexual_violence"),
        ("als ik geen seks met hem heb zet hij die filmpjes online", "sexual_violence"),
        ("mijn trainer heeft me gezoend terwijl ik dat echt niet wilde", "sexual_violence"),
        ("my manager squeezed my thigh under the table", "sexual_violence"),
    ],
)
def test_the_families_of_round_34_are_found(text: str, theme: str) -> None:
    """All but two failed on 1579ab1 (round 34's families, read from set110 after it was
    measured unseen; these sentences are written for the test). "Everyone thinks I'm
    over it" was read as a recovery that set the loss aside. "hoping something takes me
    in my sleep" and "gezoend terwijl ik dat echt niet wilde" passed there: kept as the
    families' plainest forms."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my grandma died three years ago, I think I'm over it now", "grief"),
        ("mijn oom is jaren geleden overleden, ik ben er wel overheen", "grief"),
        ("I used to think about suicide, but therapy helped a lot.", "suicidal_thoughts"),
        ("Grandmother passed 2 yrs ago. Says she's in a good place now.", "grief"),
        ("honestly you're better off without him, he never texted back", "suicidal_thoughts"),
        ("je bent echt beter af zonder hem", "suicidal_thoughts"),
        ("I hope the bus takes me home before the rain", "suicidal_thoughts"),
        ("they say they'll send the invoices to my parents unless I pay", "sexual_violence"),
        ("I will continue with my studies next year", "dropout_risk"),
        ("mijn script hangt zichzelf steeds op bij die while-loop", "suicidal_thoughts"),
        ("this professor wants us all dead with these 8:45 lectures", "suicidal_thoughts"),
        ("my laptop keeps killing itself during zoom calls", "suicidal_thoughts"),
    ],
)
def test_their_harmless_neighbours_stay_harmless(text: str, theme: str) -> None:
    """Guards. A recovery said by the student (or in a case note) still sets a past
    aside; a break-up's advice, a bus home, invoices, a hanging script and an early
    lecture are not a risk. The break-up advice (in both languages), the script and the
    lecture failed on 1579ab1; the others passed there and must keep passing."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a death the body may bring about, welcomed
        ("if I faint during training and never wake up, so be it, fine by me", "suicidal_thoughts"),
        ("I don't care if I collapse and that's it", "suicidal_thoughts"),
        (
            "het idee dat ik gewoon in elkaar zak en niet meer opsta, dat lucht op",
            "suicidal_thoughts",
        ),
        ("ik wil eigenlijk gewoon dat mijn lichaam ermee ophoudt", "suicidal_thoughts"),
        ("part of me hopes the cancer finishes the job", "suicidal_thoughts"),
        ("sometimes I wanted that bus to hit me", "suicidal_thoughts"),
        ("I want my heart to just stop", "suicidal_thoughts"),
        # a height, means looked up, vital medicine left off on purpose
        ("I keep staring at the bridge for hours on my way home", "suicidal_thoughts"),
        ("ik stond op het balkon en vroeg me af hoe lang een val duurt", "suicidal_thoughts"),
        ("I've been googling painless ways every night", "suicidal_thoughts"),
        ("ik laat bewust mijn insuline thuis als ik ga sporten", "suicidal_thoughts"),
        ("I stopped taking my meds on purpose, hoping it ends", "suicidal_thoughts"),
        ("het maakt me niks uit of er een trein aankomt", "suicidal_thoughts"),
        # the body and food
        ("ik neem sinds de zomer laxeerpillen na het avondeten", "eating"),
        ("I feel so fat in every photo", "eating"),
        ("ik haat mijn lijf, ik wil het niet eens zien", "eating"),
        ("ik snij in mijn onderarm als het te veel wordt", "self_harm"),
        ("als ik de game verlies kras ik in mijn arm", "self_harm"),
    ],
)
def test_the_body_families_of_round_34_are_found(text: str, theme: str) -> None:
    """Round 34's families read from set109 (body, health and habits) after it was
    measured unseen (0.67 of its risk texts found on 1579ab1); these sentences are
    written for the test. Twelve of the eighteen failed on 1579ab1; the other six are
    the families' plainest forms, found there already and kept as guards."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I hope the bus takes me to campus on time", "suicidal_thoughts"),
        ("I hope I don't make it awkward at the party", "suicidal_thoughts"),
        ("we were googling methods for the stats assignment", "suicidal_thoughts"),
        ("Research Methods is the hardest course this block", "suicidal_thoughts"),
        ("we zaten op het balkon en keken naar de brug, zo mooi", "suicidal_thoughts"),
        ("Heb een weddenschap met mn broer verloren, nu moet ik afwassen", "grief"),
        ("my housemates are threatening to evict me for singing", "unsafe_situation"),
        ("mijn huisgenote eet al dagen niks en ik maak me zorgen", "eating"),
    ],
)
def test_the_body_families_neighbours_stay_harmless(text: str, theme: str) -> None:
    """Guards: a bus home, a course named Research Methods, a bet lost to a brother, an
    eviction over singing, a housemate's eating said by the student (her concern, not
    the student's own eating). The bet and the eviction failed on 1579ab1."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # leaving the studies, said aloud at an intake
        ("eh ja, ik denk erover om te stoppen", "dropout_risk"),
        ("I've been thinking about dropping out.", "dropout_risk"),
        ("ik heb besloten dat ik na de kerst stop", "dropout_risk"),
        ("het uitschrijfformulier ligt al klaar", "dropout_risk"),
        ("I'll deregister from the programme before February", "dropout_risk"),
        # an assault named as such, filmed in the shower, a phone broken
        ("ever since the assault I can't sleep", "sexual_violence"),
        ("someone recorded me in the shower at the gym", "sexual_violence"),
        ("she took my phone so I couldn't call my parents", "unsafe_situation"),
        # a recovery taken back or never true
        (
            "I tried to end it last year. I'm doing better now, but it's creeping back.",
            "suicidal_thoughts",
        ),
        ("My dad passed three months ago.", "grief"),
    ],
)
def test_the_spoken_families_of_round_34_are_found(text: str, theme: str) -> None:
    """Round 34's families read from set111 (what students say aloud at an intake),
    after it was measured unseen (0.80 of its risk texts found on 1579ab1 and on the
    round's build before it was read); written for the test. Each failed on 1579ab1."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik heb besloten dat ik stop met roken", "dropout_risk"),
        ("Two years ago I thought about quitting, but I stayed", "dropout_risk"),
        ("my dad passed the exam last week", "grief"),
        ("mijn moeder is rouwtherapeut, ze vroeg of jullie samenwerken", "grief"),
        (
            "I was suicidal years ago, but I'm in a completely different place now",
            "suicidal_thoughts",
        ),
        ("mijn opa is tien jaar geleden overleden, nu doe ik iets terug in de zorg", "grief"),
    ],
)
def test_the_spoken_families_neighbours_stay_harmless(text: str, theme: str) -> None:
    """Guards: stopping smoking, a past doubt about quitting, an exam passed, a mother
    who is a grief therapist, a past that is over. The grief therapist and the different
    place failed on 1579ab1; the others passed there and must keep passing."""
    assert theme not in themes_of(text)
