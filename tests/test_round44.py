"""Round 44: coercive control said in a student's own words (the bank card held, every
password demanded, friends forbidden, always having to say where one is), read as an
unsafe situation, and the same said of someone else as concern for them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.answers import UNKNOWN, is_doubt_word, parse_answer
from steunwijzer.core.model import Catalog, Question, Text, Tip
from steunwijzer.core.numbers import scale_number
from steunwijzer.core.support import tip_groups

from .reading import ACUTE, builtin_vocabulary, themes_of

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
    ("ik krijg alleen geld van hem als ik lief ben", "unsafe_situation"),
    ("he only gives me money if I do what he says", "unsafe_situation"),
    ("he took my passport so I can't renew my visa", "unsafe_situation"),
    (
        "my dad took my passport, I have an appointment at the embassy to renew it",
        "unsafe_situation",
    ),
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
    "ik krijg geld van mijn ouders als ik langskom",
    "my dad gives me money when I need it",
    # an office holding a document while it is renewed (acute in corpus_signals, r44)
    "The gemeente holds my passport for a week while they renew it, can I still sit the exam?",
    "mijn paspoort ligt bij de gemeente voor verlenging",
    "the embassy kept my passport for the visa application",
]


@pytest.mark.parametrize(("text", "theme"), CONTROL)
def test_coercive_control_is_read_as_a_risk_to_safety(text: str, theme: str) -> None:
    """Each was nothing, money, loneliness or (for the student's own) concern for
    someone else on 45e40d1, except eight that guard: the card kept with pocket money,
    "always needs to know where i am", friends blocked, money only for obedience, the
    two passports taken, "ze mag van haar vriend niet meer" and the sister's husband's
    permission were found already."""
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


# --- the first need's own tip leads the tips ------------------------------------------------


def _tip(tip_id: str, style: str, *themes: str) -> Tip:
    return Tip(tip_id, style, Text(tip_id, tip_id), themes=themes)


def test_the_first_needs_own_tip_leads_its_style_group() -> None:
    """Bullying at a placement, then sleep, at an informational emphasis: the grouped
    screen put the sleep tip (informational) above the bullying tip ("believe the
    student"; style combined) because the informational group came first (a role-play,
    round 43). The first need's own tip's group now leads; the rest keep their order."""
    tips = [
        _tip("bullying", "combined", "unwanted_behaviour"),
        _tip("sleep", "informational", "sleep"),
        _tip("concrete", "informational"),
        _tip("listen", "emotional"),
    ]
    groups = tip_groups(tips, "informational")
    assert [g for g, _ in groups] == ["combined", "informational", "emotional"]
    assert [t.id for t in groups[0][1]] == ["bullying"]


def test_without_an_own_tip_the_emphasis_orders_the_groups() -> None:
    """Guard: tips of no theme keep the emphasis order, and safety stays first."""
    tips = [
        _tip("ask-safety", "emotional", "suicidal_thoughts"),
        _tip("listen", "emotional"),
        _tip("concrete", "informational"),
    ]
    groups = tip_groups(tips, "informational")
    assert [g for g, _ in groups] == ["safety", "informational", "emotional"]


def test_the_lookup_screen_shows_the_bullying_tip_before_the_sleep_tip() -> None:
    out = CliRunner().invoke(
        app,
        [
            "lookup",
            "--text",
            "ik word gepest op mijn stage door mijn begeleider en ik slaap heel slecht",
            "--lang",
            "en",
        ],
    )
    assert out.exit_code == 0, out.output
    tips = out.stdout[out.stdout.index("Tips for the conversation") :]
    assert tips.index("not their fault") < tips.index("rhythm of the day")


# --- a range with an article before it -------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "number"),
    [("like a 6 or 7?", 7), ("a 6 or 7?", 7), ("zo'n zes of zeven?", 7), ("um like a 4-5", 5)],
)
def test_a_range_after_like_a_is_read_as_its_higher_number(said: str, number: int) -> None:
    """ "like a 6 or 7?" was refused at the 0-10 question (a role-play, round 43): the
    first place the range was looked for was "like a 6" ("a" read as "à"). "um like a
    4-5" was read already and guards."""
    assert scale_number(said) == number


@pytest.mark.parametrize("said", ["3 or 9?", "een zeven of zo, soms een acht", "like a 6 or 10"])
def test_numbers_far_apart_stay_two_readings(said: str) -> None:
    """Guards: two readings far apart or in two clauses are still asked again."""
    assert scale_number(said) is None


# --- the second net shows a phrase, not one word --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I went deeper than usual last time and it scared me.",
        "everyone would get over it. they got over Sam fast enough",
        "klasgenoot zei 'jullie zien me maandag niet meer'",
        "ik zou willen dat die vrachtwagen me gister gewoon geraakt had",
    ],
)
def test_a_lone_word_the_net_weighed_is_shown_in_its_phrase(text: str) -> None:
    """The net's reason named one word ("mostly in 'last'", "'would'", "'hij'"): nothing
    a counsellor can ask about (a role-play, round 43). The words around it in its
    sentence are shown now."""
    from steunwijzer.core.resemblance import ORIGIN

    nets = [
        f
        for f in (
            *builtin_vocabulary().read(text).findings,
            *builtin_vocabulary().read(text).mentions,
        )
        if f.origin == ORIGIN
    ]
    assert nets, "the net weighed nothing here any more: choose another sentence"
    for found in nets:
        assert len(found.words.split()) >= 3, found.words
        assert found.words in text


# --- the word memo keeps words from their second sighting ----------------------------------


def test_a_word_met_once_is_not_kept_with_its_keys() -> None:
    """A row of 10 MB random letters filled the memo with 200,000 words never seen
    again, typo keys and all: 602 MB (a hostile round, round 42, X01). A word is kept
    from its second sighting; the reading is the same either way."""
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.vocabulary import Vocabulary

    loaded = load_catalog(["builtin"]).catalog
    assert loaded is not None
    recogniser = Vocabulary(loaded.themes).recogniser
    first = recogniser.read("qworplex zandvink ik wil niet meer leven")
    assert "qworplex" not in recogniser._words
    again = recogniser.read("qworplex zandvink ik wil niet meer leven")
    assert "qworplex" in recogniser._words
    assert first == again and "suicidal_thoughts" in first.themes


# --- an outsiders' blind set (set125), measured unseen: what it found ----------------------

# (text, a theme that must be found). Written for this test in other words than set125's
# sentences, for the families its misses showed.
SET125_FAMILIES = [
    ("Niet alleen qua studie trouwens, gewoon met alles.", "suicidal_thoughts"),
    ("ik heb alles goed geregeld, dus maak je geen zorgen om mij", "suicidal_thoughts"),
    ("not just with uni, with everything honestly", "suicidal_thoughts"),
    ("it's all sorted, you don't need to worry about me", "suicidal_thoughts"),
    (
        "she texted 'thanks for always believing in me, sorry I let everyone down'",
        "suicidal_thoughts",
    ),
    ("ik heb besloten dat dit mijn laatste semester wordt", "dropout_risk"),
    ("mijn ouders denken dat ik nog gewoon naar college ga", "dropout_risk"),
    ("my parents think I'm still attending lectures", "dropout_risk"),
    ("I'm unenrolling this week, I've had enough", "dropout_risk"),
    ("my girlfriend tracks my location and gets furious when I switch it off", "unsafe_situation"),
    ("he wants my banking app login so he can check what I spend", "unsafe_situation"),
    ("Partner controls finances and restricts contact with friends (note).", "unsafe_situation"),
    ("mijn ouders regelen een huwelijk voor mij", "unsafe_situation"),
    ("this guy keeps saying he'll make everyone at school remember him", "concern_for_other"),
    ("mijn moeder zegt dat ik te weinig eet", "eating"),
    ("ze is de laatste maanden flink afgevallen en slaat vaak het ontbijt over", "eating"),
    ("can internationals join the buddy scheme? I feel lonely here", "international_student"),
    ("I'm the only international in my project group", "international_student"),
    ("I sit in my room staring at the ceiling for hours", "low_mood"),
    ("someone posted a meme about me and now the whole year has seen it", "unwanted_behaviour"),
    ("should I take a gap year before my master?", "study_choice"),
    ("I'd like to know what type of student I am", "self_insight"),
    ("ik ben half Nederlands half Marokkaans en voel me nergens thuis", "identity"),
]

SET125_HARMLESS = [
    "Ik zit er de hele dag mee in mijn hoofd, dat tentamen.",
    "Ik stop met tennis, mijn schouder wil niet meer.",
    "thanks for the help, sorry I let you down on the group project",
    "we are planning our wedding and I'm so scared of the speech",
    "how do I deregister from the elective?",
    "Jake threatened to kill Tom over Monopoly last night haha",
    "I'm presenting at an international conference in June",
    "binge-watched a series instead of studying, back on track now",
]


@pytest.mark.parametrize(("text", "theme"), SET125_FAMILIES)
def test_set125_families_are_read(text: str, theme: str) -> None:
    """set125 (180 messages, measured unseen on a70872b): 134 passed, 8 of 36 risk
    sentences missed. These are the families of its misses, in other words; five were
    found on 7dace85 already and guard ("not just with uni, with everything", unenrolling
    this week, the location tracked, "make everyone ... remember him", half and half)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize("text", SET125_HARMLESS)
def test_set125_harmless_neighbours_stay_below_acute(text: str) -> None:
    """A day in mind that is only "de hele dag", a knee that "wil niet meer", a thank-you
    at a group project, a wedding planned, a threat over a board game: not acute. Those
    but the first two and the board game guard the new families."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "it's all sorted for the move, you don't need to worry about me",
        "alles is geregeld voor de verhuizing, maak je geen zorgen om mij",
    ],
)
def test_all_arranged_for_a_move_is_no_farewell(text: str) -> None:
    """The farewell family ("alles geregeld, geen zorgen om mij") beside a move or a trip:
    not acute (a guard, written for the round-44 family: nothing found it before)."""
    assert not themes_of(text) & ACUTE


def test_everything_sorted_for_the_family_is_a_farewell() -> None:
    """Nothing on 45e40d1: "sorted everything ..., don't worry about me" (round 44)."""
    assert "suicidal_thoughts" in themes_of(
        "I've sorted everything for my family, don't worry about me"
    )


def _questions(catalog: Catalog) -> dict[str, Question]:
    return {q.id: q for q in catalog.questions}


# --- "vroeger wel": once so, not now ----------------------------------------------------------


@pytest.mark.parametrize("said", ["vroeger wel", "I used to", "used to"])
def test_used_to_is_a_no_now_and_doubt_on_the_safety_screen(said: str, builtin: Catalog) -> None:
    """ "vroeger wel" to "Heb je vrienden binnen je studie?" was refused (a role-play,
    round 44). It is a no there; at a safety question a time it was so is never a plain
    no: since round 63 it is ``earlier`` (acute, soon; core/answer_past.py), no longer
    doubt."""
    from steunwijzer.core.answer_past import EARLIER

    questions = _questions(builtin)
    assert parse_answer(questions["connection_friends"], said) is False
    assert parse_answer(questions["safety_thoughts"], said) == EARLIER


def test_intimidation_chooses_bullying_in_english_too(builtin: Catalog) -> None:
    """ "intimidation I guess" was refused (a role-play, round 44): the Dutch label had
    "intimidatie", the English one not."""
    question = _questions(builtin)["behaviour_kind"]
    assert parse_answer(question, "intimidation I guess") == "unwanted"


def test_a_range_after_a_full_stop_is_read() -> None:
    """ "7. maybe 8 at night" was refused in the same role-play (on 45e40d1)."""
    assert scale_number("7. maybe 8 at night") == 8


def test_mss_is_doubt_as_misschien_is(builtin: Catalog) -> None:
    """ "mss" (chat for "misschien") was refused at an ordinary question where
    "misschien" is taken as no answer either way (a role-play, round 44); at a safety
    question it is a don't-know."""
    assert is_doubt_word("mss")
    questions = _questions(builtin)
    assert parse_answer(questions["safety_thoughts"], "mss") == UNKNOWN


@pytest.mark.parametrize(
    "text",
    ["I live alone so nobody notices", "ik kras op mijn bovenbeen zodat niemand het ziet"],
)
def test_self_harm_hidden_is_not_read_as_a_wish_to_die(text: str) -> None:
    """ "I live alone so nobody notices" (of cutting) was counted as suicidal thoughts
    after three no's to the suicide questions (a role-play, round 44): "nobody would
    notice" keeps its reading, the cuts nobody notices do not. The Dutch one guards."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_nobody_would_notice_is_still_a_wish() -> None:
    """Guard: the narrower pattern keeps the wish."""
    assert "suicidal_thoughts" in themes_of("honestly nobody would even notice if I was gone")


@pytest.mark.parametrize(
    "text",
    [
        "my supervisor threatens to not extend my contract if I don't publish",
        "my boss threatens to fire me",
        "mijn begeleider dreigt mijn contract niet te verlengen",
    ],
)
def test_a_threat_about_a_contract_is_unwanted_behaviour_not_danger(text: str) -> None:
    """ "my supervisor threatens to not extend it" was an unsafe situation, Veilig Thuis
    second (a role-play, round 44): a threat about a contract or a grade is intimidation
    at work or study. The Dutch one guards (it was nothing before)."""
    found = themes_of(text)
    assert "unwanted_behaviour" in found and "unsafe_situation" not in found


def test_a_threat_to_hurt_stays_a_danger() -> None:
    """Guard: the figure of a contract threat does not hide a threat to hurt."""
    assert "unsafe_situation" in themes_of("he threatens to hurt me and said he'd get me fired")


@pytest.mark.parametrize(
    "text",
    [
        "wil weten hoe switchen werkt en wat dat met mn studiefinanciering en bsa doet",
        "hoe werkt de bsa eigenlijk?",
        "wat betekent de bsa als ik switch?",
        "how does the bsa work if I switch programmes?",
    ],
)
def test_a_question_how_the_bsa_works_is_no_dropout_risk(text: str) -> None:
    """A cheerful first-year who asked what a switch does to her BSA got "ACUUT" with
    113 and 112 below (a role-play, round 44). Asking how the BSA works is no fear of
    failing it."""
    assert "dropout_risk" not in themes_of(text)


@pytest.mark.parametrize(
    "text", ["bsa gaat niet lukken", "the bsa won't work out for me", "ik haal mijn bsa niet"]
)
def test_the_bsa_not_made_is_still_a_dropout_risk(text: str) -> None:
    """Guard: the figures of a question about the BSA keep the fear of failing it."""
    assert "dropout_risk" in themes_of(text)
