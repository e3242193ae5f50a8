"""Round 41: a told sexual assault read as what it is (round 40's role-play, intake 2),
referrals written by a parent or a lecturer, works that portray a risk, the misses of
this round's outsiders' set, and the recogniser's long searches run only where they
can change a finding. The sentences are written for the tests, not copied from a set."""

from __future__ import annotations

import json

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from steunwijzer.cli.app import app

from .reading import builtin_vocabulary, themes_of


def _lookup(runner: CliRunner, text: str) -> dict:  # type: ignore[type-arg]
    out = runner.invoke(app, ["lookup", "--text", text, "--json", "--at", "2026-12-02T11:00"])
    assert out.exit_code in (0, 1), out.output
    return json.loads(out.stdout)  # type: ignore[no-any-return]


# --- a sexual assault that happened: sexual violence, its own help first ---------------


@pytest.mark.parametrize(
    "text",
    [
        "I was sexually assaulted at a party a month ago and now I skip every lecture",
        "ik ben twee weken geleden na de borrel aangerand en nu durf ik de stad niet in",
        "a guy from my course raped me after the gala, I haven't told anyone",
        "iemand van mijn jaar heeft me op het introkamp verkracht",
        "At the festival someone had sex with me while I was too drunk to say anything",
    ],
)
def test_a_told_assault_is_sexual_violence_with_its_own_help_first(
    runner: CliRunner, text: str
) -> None:
    """Round 40's role-play, intake 2: the floor's unsafe reading beside sexual violence
    put Veilig Thuis and 112 above the centre for sexual violence, and "now I avoid
    campus" made a party assault weeks ago urgency immediate. On b323ea0 the first
    sentence was unsafe too, urgency immediate, 112 first."""
    data = _lookup(runner, text)
    assert data["tier"] == "acute"
    assert "sexual_violence" in data["themes"]
    assert "unsafe_situation" not in data["themes"]
    assert data["urgency"] == "soon"
    ids = [r["id"] for r in data["referrals"]]
    assert ids[0] == "centrum-seksueel-geweld"
    assert "veilig-thuis" not in ids
    assert ids.index("slachtofferhulp") < ids.index("112-alarmnummer")


def test_the_unsafe_reading_set_aside_is_listed_not_lost() -> None:
    """The set-aside unsafe finding stays a mention with its reason (never dropped)."""
    read = builtin_vocabulary().read("ik ben vorige maand op een feest aangerand")
    assert "unsafe_situation" not in read.themes
    why = {m.theme: m.set_aside for m in read.mentions}
    assert why.get("unsafe_situation") == "as_sexual_violence"


@pytest.mark.parametrize(
    "text",
    [
        # by a partner, an ex or someone at home: the danger may be where one lives
        "my boyfriend raped me last week and I still live with him",
        "mijn stiefvader heeft me aangerand",
        "ik ben vorige maand verkracht door iemand uit mijn studentenhuis",
        # pictures held over the student: the threat goes on
        "someone I met online has my nudes and will post them unless I pay by Sunday",
        "hij dreigt de filmpjes rond te sturen als ik niet terugkom",
        # now, with no past said
        "he raped me tonight and he is still in the house",
    ],
)
def test_an_assault_at_home_a_threat_or_now_keeps_its_unsafe_reading(text: str) -> None:
    """Guards: the rule sets aside only a past assault by nobody close, without a threat.
    Each was unsafe before the change and must stay so."""
    found = themes_of(text)
    assert "unsafe_situation" in found or "concern_for_other" in found, found


# --- a parent or a lecturer refers the student -------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Our daughter has stopped going to her lectures and wants to quit her degree.",
         "dropout_risk"),
        ("Eén van mijn studenten is sinds oktober niet meer geweest. Ik denk dat ze gaat stoppen "
         "met de opleiding.", "dropout_risk"),
        ("I teach first-years. One of my students told me he will deregister next week.",
         "dropout_risk"),
        ("Mijn zoon zegt dat hij zich na de kerst gaat uitschrijven.", "dropout_risk"),
    ],
)  # fmt: skip
def test_the_student_a_parent_or_lecturer_refers_keeps_their_need(text: str, theme: str) -> None:
    """The outsiders' set of round 41: "onze zoon ... wil zich uitschrijven" and "one of
    my students ... about to drop out" set the dropout aside as someone else's (a
    brother who quits is). The referred one is the counsellor's student."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn broer stopt met zijn studie",
        "my sister wants to drop out of her course",
        "a student in my group is quitting, good for her",
    ],
)
def test_someone_elses_dropout_is_still_set_aside(text: str) -> None:
    """Guard (round 15): a brother's or a classmate's dropping out is not the student's."""
    assert "dropout_risk" not in themes_of(text)


# --- a work that portrays it is a topic ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We're watching a series in media class and analysing how it portrays suicide.",
        "For film studies we discuss how the series portrays suicide.",
        "our essay is on whether the novel romanticises self-harm",
        "we bespreken hoe de film zelfmoord uitbeeldt",
    ],
)
def test_a_work_that_portrays_a_risk_is_a_topic(text: str) -> None:
    """Set120: "analysing how it portrays suicide" was suicidal thoughts, acute."""
    read = builtin_vocabulary().read(text)
    assert not {"suicidal_thoughts", "self_harm"} & set(read.themes), read.themes
    assert read.mentions  # set aside, listed


def test_own_words_beside_a_portrayal_still_count() -> None:
    """Guard: the frame is the word just before the risk, not the student's own words."""
    assert "suicidal_thoughts" in themes_of(
        "the film portrays suicide and honestly I want to kill myself too"
    )


# --- a person of a course or a workplace, not its title or its scene ----------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("someone from my course raped me", "sexual_violence"),
        ("a guy from my module sexually assaulted me after the borrel", "sexual_violence"),
        ("iemand uit mijn werkgroep heeft me aangerand", "sexual_violence"),  # a guard
        ("iemand van mijn werk is vorige week overleden en ik kan niet stoppen met huilen",
         "grief"),
        ("a colleague from my placement died on Sunday and I keep crying", "grief"),
    ],
)  # fmt: skip
def test_a_person_of_a_course_or_workplace_is_not_a_topic(text: str, theme: str) -> None:
    """Found by this round's own variants: "from my course raped me" was read as a
    course's title ("the elective 'Death and Dying'"), nothing recognised, no crisis line
    (on b323ea0); "iemand van mijn werk is overleden" as a death seen at work."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "the elective Death and Dying starts in February",
        "op mijn stage is gisteren een patiënt overleden",
        "a patient passed away on my shift, first time I saw that",
    ],
)
def test_a_course_title_and_a_death_seen_at_work_stay_topics(text: str) -> None:
    """Guards: a title and a scene at work keep their frame (rounds 14 and 22)."""
    assert "grief" not in themes_of(text)


# --- more ways of saying it, from this round's own variants ---------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I don't think I can keep living like this", "suicidal_thoughts"),
        ("honestly I don't know if I can go on living", "suicidal_thoughts"),
        ("it doesn't matter anymore, I've written the letters", "suicidal_thoughts"),
        ("a colleague died on Sunday and I keep crying", "grief"),
        ("someone I worked with died last week", "grief"),
        ("I will deregister next week, I'm done", "dropout_risk"),
        ("I'm planning to unenrol next month", "dropout_risk"),
    ],
)
def test_more_ways_of_saying_a_risk(text: str, theme: str) -> None:
    """Each was nothing (or nothing acute) on b323ea0, but "someone I worked with died"
    and "unenrol next month", kept as guards of the new patterns."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't think I can keep living in this flat, it's so noisy",
        "I wrote the letters for my internship applications, doesn't matter if they say no",
        "the coach of the rival team died, weird news",
    ],
)
def test_the_same_words_about_something_else_stay_harmless(text: str) -> None:
    """Guards for the patterns above."""
    assert not {"suicidal_thoughts", "grief"} & themes_of(text)


# --- dictated words split in two ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik snij me zelf", "self_harm"),
        ("ik sla me zelf op me hoofd als ik een fout maak", "self_harm"),
        ("ik wil mij zelf van kant maken", "suicidal_thoughts"),
        # guards: already read through other words before the join
        ("ik snij me zelf als het te veel wordt", "self_harm"),
        ("soms wil ik mij zelf iets aan doen", "suicidal_thoughts"),
        ("mijn opa is gister over leden en ik kan niet ophouden met huilen", "grief"),
        ("ik haal me bee es aa niet ik heb pas twintig punten", "dropout_risk"),
        ("ik ga me uit schrijven na dit blok", "dropout_risk"),
        ("ik heb echt heim wee naar huis", "social_connection"),
    ],
)
def test_a_word_dictation_split_in_two_is_read_as_one(text: str, theme: str) -> None:
    """The outsiders' set of dictated messages, round 41: "me zelf", "over leden" and
    "bee es aa" were nothing on b323ea0 (self-harm, a death, a failed BSA)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "we praten in het bestuur over leden van de vereniging",
        "de voorzitter is streng over leden die niet betalen",
        "laat me zelf kiezen wat ik wil studeren",
    ],
)
def test_the_same_two_words_meaning_something_else_are_not_joined(text: str) -> None:
    """Guards: "over leden" is also "about members"; "me zelf kiezen" is no harm."""
    assert not {"grief", "self_harm", "suicidal_thoughts"} & themes_of(text)


def test_a_joined_word_keeps_the_offsets_of_what_was_typed() -> None:
    """The finding's words and span are the text as typed, both parts."""
    text = "ik snij me zelf"
    found = builtin_vocabulary().read(text).findings
    f = next(f for f in found if f.theme == "self_harm")
    assert text[f.start : f.end] == f.words
    assert f.words.endswith("me zelf")


# Whole splits among single words, so most examples join something (the event shows it).
_PARTS = ["me zelf", "is over leden", "bee es aa", "uit schrijven", "em bee oo", "heim wee",
          "aa dee ha dee", "over leden van", "me", "zelf", "over", "leden", "is", "en", "ik",
          "bee", "es", "aa", ".", ","]  # fmt: skip


@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=10))
@settings(max_examples=300, deadline=None)
def test_tokens_and_words_of_join_alike(parts: list[str]) -> None:
    """The recogniser indexes ``words_of`` and ``Tokens`` by the same position: both must
    join the same splits, and every list of ``Tokens`` keep one entry per word."""
    from steunwijzer.core.dictation import split_at
    from steunwijzer.core.textcontext import Tokens, words_of

    text = " ".join(parts)
    tokens = Tokens(text)
    assert tokens.words == words_of(text)
    n = tokens.n
    assert len(tokens.starts) == len(tokens.ends) == len(tokens.sentence) == n
    assert len(tokens.clause) == len(tokens.strong) == n
    for i in range(n):
        assert text[tokens.starts[i] : tokens.ends[i]].replace(" ", "") != ""
    joined = len(split_at(" ".join(parts).replace(".", " ").replace(",", " ").split()))
    event("joined some" if joined else "joined none")


# --- the misses of the second outsiders' set (dictated, placements, newcomers) ----------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("een vaste klant wacht me steeds op na mijn dienst en fietst achter me aan naar huis",
         "unsafe_situation"),
        ("a regular waits for me after my shift and cycles after me to my house",
         "unsafe_situation"),
        # guards: read before through other words
        ("een klant wacht me elke avond op na mijn dienst en loopt achter me aan naar huis",
         "unsafe_situation"),
        ("a regular at the bar waits for me after my shift and followed me home twice",
         "unsafe_situation"),
        ("my housemate is touching me at night when I'm asleep, I told him no", "sexual_violence"),
        ("mijn stagebegeleider legt steeds zijn hand op mijn bovenbeen in de auto",
         "sexual_violence"),
        ("mijn neef is vorige maand bij een auto-ongeluk om het leven gekomen", "grief"),
        ("ik denk erover om met school te stoppen", "dropout_risk"),
        ("ik denk erover om met de opleiding te stoppen", "dropout_risk"),  # a guard
    ],
)  # fmt: skip
def test_the_second_sets_misses(text: str, theme: str) -> None:
    """Variants of misses of the second outsiders' set of round 41 (nothing or nothing
    acute on b323ea0, but those marked as guards)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("my friend drove me home after the party, such a legend", "unsafe_situation"),
        ("per ongeluk twee keer collegegeld betaald, hoe krijg ik dat terug?", "low_mood"),
        ("ik heb een ongeluk gehad met de fiets, alleen een schaafwond", "low_mood"),
        ("ik heb een fietsongeluk gehad, alleen een schaafwond", "low_mood"),  # a guard
        ("what kind of job is suiting me after my degree?", "dropout_risk"),
    ],
)
def test_an_accident_a_lift_and_a_suit_are_no_need(text: str, absent: str) -> None:
    """ "ongeluk" (an accident) was low mood through the stem of "ongelukkig" (49
    sentences of tests/data); "suiting" a slip of "quitting". "drove me home" guards this
    round's pattern for being followed home."""
    assert absent not in themes_of(text)


# --- the round's role-play: answers read as the student meant them -------------------------


def _parse(builtin, qid: str, said: str) -> object:  # type: ignore[no-untyped-def]
    from steunwijzer.core.answers import parse_answer

    return parse_answer(next(q for q in builtin.questions if q.id == qid), said)


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        # another feeling named beside a no: a no (was doubt, then "eerst weet niet")
        ("safety_wish_dead", "nee echt niet, ik bedoelde alleen dat ik soms somber ben", False),
        ("safety_thoughts", "no, I'm just sometimes really tired", False),
        # the other one's risk beside the student's own no (was doubt, "bel nu 112")
        ("safety_behaviour", "nee. zij misschien wel, ze had het over pillen", False),
        ("safety_behaviour", "no. she might though, she talked about pills", False),
        # worry about a thing is the student's own (was a no)
        ("area_sleep", "yes, I worry about my visa", True),
        ("area_sleep", "yeah, I stay up worrying about rent and my visa", True),
    ],
)
def test_the_role_plays_answers_are_read_as_meant(  # type: ignore[no-untyped-def]
    builtin, qid: str, said: str, expected: object
) -> None:
    """Each was misread on b323ea0 (round 41's role-play, intakes 1, 2 and 4)."""
    assert _parse(builtin, qid, said) == expected


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("safety_wish_dead", "nee, alleen soms als ik boos ben"),  # a condition: doubt
        ("safety_wish_dead", "no not really, alleen soms moe"),  # a hedge (rounds 11, 14)
        ("safety_wish_dead", "nee, soms wel moe van alle deadlines"),  # "soms wel" (r29)
        ("safety_wish_dead", "nee, soms denk ik aan de dood"),
        # the review: a passive wish beside "sometimes tired" is no other feeling
        ("safety_wish_dead", "no, sometimes tired of living"),
        ("safety_wish_dead", "no, sometimes tired of it all"),
        ("safety_thoughts", "nee, soms moe van alles"),
        ("safety_behaviour", "nee, misschien wel"),
    ],
)
def test_a_no_with_a_doubt_of_its_own_stays_doubt(builtin, qid: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """Guards: the rules above never make these a no."""
    from steunwijzer.core.answers import UNKNOWN

    assert _parse(builtin, qid, said) is UNKNOWN


def test_someone_worried_about_is_still_someone_else(builtin) -> None:  # type: ignore[no-untyped-def]
    """Guard (round 15): worry about a person after a no is that person's."""
    assert _parse(builtin, "safety_wish_dead", "nee, ik maak me zorgen om mijn huisgenote") is False


def test_words_beside_a_menu_number_are_not_guessed_at(builtin, index) -> None:  # type: ignore[no-untyped-def]
    """ "2, en soms ook wel 1 denk ik" at the mood menu resembled thoughts of death and
    opened the crisis panel (the role-play, intake 1); the rules still read such words."""
    from steunwijzer.core.ownwords import words_beside

    vocab = builtin_vocabulary()
    found = words_beside(vocab, builtin, ({}, {}), "mood_kind", "2, en soms ook wel 1 denk ik")
    assert found is None or "suicidal_thoughts" not in found.themes
    told = words_beside(vocab, builtin, ({}, {}), "mood_kind", "2, en soms wil ik gewoon dood")
    assert told is not None and "suicidal_thoughts" in told.themes


def test_a_yes_read_from_words_alone_is_said(runner: CliRunner) -> None:
    """ "zorgen niet echt. ik game gewoon tot een uur of 4" became a yes without a word on
    the screen, and the result said the student answered yes (the role-play, intake 3)."""
    typed = "nee\nnee\nnee\nnee\nnee\nzorgen niet echt. ik game gewoon tot een uur of 4\n"
    out = runner.invoke(app, ["interview", "--at", "2026-12-02T11:00"], input=typed)
    shown = out.output[out.output.index("Maak je je zorgen over alcohol") :]
    assert "gelezen als: ja" in shown.split("Vraag 7")[0], shown[:400]


@pytest.mark.parametrize(
    "text",
    ["no plans", "nee, geen plannen", "my plant died again", "I have a plan to end it"],
)
def test_a_plan_is_not_study_skills(text: str) -> None:
    """'plannen' stemmed to 'plan': 544 sentences of tests/data, a suicide plan among
    them, and "no plans" beside a safety answer, read as study skills (the role-play)."""
    assert "study_skills" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["ik kan niet plannen", "my planning is a mess", "how do I plan my thesis",
     "kan iemand me helpen met plannen?", "could you help me plan my week?"],
)  # fmt: skip
def test_planning_asked_for_is_still_study_skills(text: str) -> None:
    """Guards for the patterns that replaced the stem."""
    assert "study_skills" in themes_of(text)


def test_a_rape_told_in_passing_still_interrupts_with_its_own_panel(builtin) -> None:  # type: ignore[no-untyped-def]
    """Read as sexual violence alone now, a rape told beside an answer kept the panel of
    round 25 (believe, no blame, the centre): the panel's needs include sexual violence."""
    from steunwijzer.core.safety import PANEL_THEMES, RISK_TO_LIFE

    assert "sexual_violence" in PANEL_THEMES and RISK_TO_LIFE < PANEL_THEMES


# --- the round's hostile files ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["i k  w i l  d o o d", "I   w a n t   t o   d i e", "i k  w i l  n i e t  m e e r  l e v e n"],
)
def test_words_spelt_out_letter_by_letter_are_read(runner: CliRunner, text: str) -> None:
    """ "i k  w i l  d o o d" was nothing recognised, no crisis line, on b323ea0: only a
    run of four letters or more was joined ("d o o d"), "i k" and "w i l" stayed apart."""
    data = _lookup(runner, text)
    assert data["tier"] == "acute" and "suicidal_thoughts" in data["themes"]
    assert data["referrals"][0]["id"] == "113-zelfmoordpreventie"


def test_short_letters_stay_apart_without_a_word_spelt_out() -> None:
    """Guard: "a b testen" alone is not joined; joined beside a spelt word only."""
    assert themes_of("het is a b testen, d o o d s a a i") == set()


def test_a_near_miss_of_an_acute_name_is_still_that_theme(runner: CliRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Only the acute names are compared now (20,000 unknown names took 11 s): the near
    misses of round 31 keep their acute result."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "1", "themes": ["self_harn"]}\n{"id": "2", "themes": ["concern_for_othr"]}\n'
        '{"id": "3", "themes": ["faalangts"]}\n',
        encoding="utf-8",
    )
    out = runner.invoke(app, ["batch", str(rows)])
    got = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert [r.get("tier") for r in got] == ["acute", "acute", None]
    assert got[0]["themes"] == ["self_harm"] and got[1]["themes"] == ["concern_for_other"]


def test_a_csv_cell_over_the_limit_is_said_in_dutch(runner: CliRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "CSV: field larger than field limit (1000000)" was Python's English in the Dutch
    interface; the acute row after it is still read."""
    rows = tmp_path / "cell.csv"
    rows.write_text("id,text\n1," + "x" * 1_000_100 + "\n2,ik wil dood\n", encoding="utf-8")
    out = runner.invoke(app, ["batch", str(rows)])
    assert "een veld is langer dan 1000000 tekens" in out.stderr
    assert '"acute"' in out.stdout


@pytest.mark.parametrize(
    ("said", "fits"),
    [
        ("geen van beide eigenlijk, het gaat om mijn huisgenote", True),
        ("neither of them really, it's my roommate", True),
        ("geen van beide", True),
        ("geen idee", False),
        ("1 en 2", False),
    ],
)
def test_none_of_the_options_said_with_a_reason(said: str, fits: bool) -> None:
    """ "geen van beide eigenlijk, het gaat om mijn huisgenote" was "Dat antwoord past
    niet" at the circumstances menu (the role-play, intake 4): it is skipped, said so."""
    from steunwijzer.core.answer_phrases import none_fits
    from steunwijzer.core.textnorm import normalise

    assert none_fits(normalise(said)) is fits


@pytest.mark.parametrize(
    ("theme", "tip"),
    [("family_circumstances", "caring_at_home"), ("unwanted_behaviour", "harassment_believed")],
)
def test_caring_at_home_and_harassment_have_a_tip(runner: CliRunner, theme: str, tip: str) -> None:
    """The role-play: a student caring for an ill father and her siblings, and one
    harassed at a placement, got no tip for either need (the first tip was about money)."""
    out = runner.invoke(app, ["lookup", "--theme", theme, "--json"])
    tips = [t["id"] for t in json.loads(out.stdout)["tips"]]
    assert tips[0] == tip, tips


def test_example_addresses_are_said_to_be_examples(builtin) -> None:  # type: ignore[no-untyped-def]
    """The role-play read "spoed@voorbeeldhogeschool.example" as a real way to reach an
    emergency hour: a catalogue with .example addresses says so before the intake; one
    without them does not."""
    import dataclasses

    from steunwijzer.core.model import Contact
    from steunwijzer.present.labels import intro_text

    assert ".example zijn verzonnen" in intro_text(builtin, "nl")
    assert "addresses ending in .example are made up" in intro_text(builtin, "en")
    real = dataclasses.replace(
        builtin,
        offerings=tuple(
            dataclasses.replace(o, contact=Contact(phones=("113",))) for o in builtin.offerings
        ),
    )
    assert ".example" not in intro_text(real, "nl")


@pytest.mark.parametrize(("said", "read"), [("7.5", 8), ("9.9", 10), ("10.0", 10), ("6,0", 6)])
def test_a_decimal_on_the_scale_is_read_one_way(builtin, said: str, read: int) -> None:  # type: ignore[no-untyped-def]
    """The hostile round: 7.5 became 8 but 9.9 became 9, and 10.0 was refused. A decimal
    is read upward (how heavy it weighs), up to 10."""
    assert _parse(builtin, "mood_weight", said) == read


def test_none_of_the_options_with_words_is_skipped_and_its_words_read(builtin) -> None:  # type: ignore[no-untyped-def]
    """ "geen van beide eigenlijk, het gaat om mijn huisgenote" was "Dat antwoord past
    niet" (the role-play, intake 4): skipped now, its words still read (round 27's guard)."""
    from steunwijzer.core.prompts import QuestionPrompt, Unfit

    from .terminal_helpers import terminal

    kind = builtin.question("circumstances_kind")
    ask, screen = terminal(builtin, "geen van beide eigenlijk, het gaat om mijn huisgenote")
    got = ask.question(QuestionPrompt(kind, 3, 20, None, True))
    assert isinstance(got, Unfit) and got.skipped
    assert "past niet" not in screen.getvalue()


def test_the_unsafe_reading_stays_where_sexual_violence_is_not_acute(builtin) -> None:  # type: ignore[no-untyped-def]
    """The review of round 41: setting the floor's unsafe reading aside for sexual
    violence must never lower a tier. In a catalogue where sexual violence were not
    acute, a told rape keeps its unsafe reading (acute)."""
    import dataclasses

    from steunwijzer.core.model import Tier
    from steunwijzer.core.recognise import Recogniser

    themes = dict(builtin.themes)
    themes["sexual_violence"] = dataclasses.replace(themes["sexual_violence"], tier=Tier.SPECIFIC)
    read = Recogniser(themes).read("I was raped at a party last month")
    assert "unsafe_situation" in read.themes, read.themes
