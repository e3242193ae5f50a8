# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 56: what round 55's note left open, eight outsiders' sets (set195-set202) and four
role-plays showed. Each test names its source and fails without the change it guards,
unless it says it is a guard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.catalog.load import load_catalog
from steunwijzer.cli.app import app
from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.prompts import (
    BACK,
    SKIP,
    CrisisPrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult

from .conftest import MINIMAL, MONDAY_2PM, write
from .reading import lookup_json as _lookup
from .reading import read_answer as _read_answer
from .reading import themes_of

# --- harm that goes on, said in passing ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I still cut sometimes",
        "i still cut now and then, not as much as before",
        "ik kras nog wel eens",
        "ik kras af en toe nog",
    ],
)
def test_harm_that_goes_on_is_self_harm(text: str) -> None:
    """Round 55's note: "I still cut sometimes" found no self-harm (only a resemblance);
    the Dutch "nog wel eens" and "af en toe" were not among the words of frequency."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I still cut my own hair sometimes",
        "we still cut corners sometimes",
        "ik snij weleens in mijn vinger bij het koken",
    ],
)
def test_cutting_something_else_is_no_harm(text: str) -> None:
    """Guard: the frequency words do not make every cut a harm."""
    assert "self_harm" not in themes_of(text)


# --- a home lost is housing, not a money need ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "geen slaapplek vanaf 19 december",
        "ik heb geen onderdak vanaf de kerstvakantie",
        "I have nowhere to stay from 19 December",
    ],
)
def test_no_bed_from_a_later_date_is_housing(text: str) -> None:
    """Round 55's note: the Dutch "geen slaapplek vanaf 19 december" was an unsafe
    situation (Veilig Thuis and 112 first) where the English was housing; "geen onderdak"
    found nothing."""
    found = themes_of(text)
    assert "housing" in found
    assert "unsafe_situation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ik heb geen slaapplek vanaf vanavond",
        "kheb geen slaapplek vannacht kan iemand helpen",
        "I don't know where I'll sleep tonight",
    ],
)
def test_no_bed_tonight_stays_unsafe(text: str) -> None:
    """Guard: tonight is not a later date."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mn kamer is ontruimd en ik slaap bij vrienden op de bank",
        "I've been couchsurfing since September and can't find a room",
        "got an eviction notice this morning",
    ],
)
def test_a_lost_home_is_housing_alone(text: str) -> None:
    """Round 56: the money theme kept round 42's patterns of a lost home, so every
    eviction was also a money need (round 55's note); they are housing's now."""
    found = themes_of(text)
    assert "housing" in found
    assert "finances" not in found


def test_money_beside_a_lost_home_is_still_found() -> None:
    """Guard: rent that cannot be paid stays a money need beside the housing one."""
    found = themes_of("I got evicted because I can't pay the rent anymore")
    assert {"housing", "finances"} <= found


# --- every built-in pattern can be read ------------------------------------------------------


def _lexicon_patterns() -> list[tuple[str, str, str]]:
    """Every pattern string of the lexicon modules (module, name, pattern); the suffix
    fragments are glued to other patterns before they are read, so they are left out."""
    import importlib
    import pkgutil

    import steunwijzer.core as core

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, (tuple, list, frozenset, set)):
            return [s for item in value for s in strings(item)]
        if isinstance(value, dict):
            return [s for item in value.values() for s in strings(item)]
        return []

    found = []
    for info in pkgutil.iter_modules(core.__path__):
        if not info.name.startswith("lexicon"):
            continue
        module = importlib.import_module(f"steunwijzer.core.{info.name}")
        for name, value in vars(module).items():
            bare = name.lstrip("_")
            if not bare.isupper() or isinstance(value, str) or bare.endswith("SUFFIXES"):
                continue
            found += [(info.name, name, text) for text in strings(value)]
    return found


def test_every_lexicon_pattern_can_be_read() -> None:
    """Round 56: a built-in pattern that cannot be read is dropped without a word when the
    recogniser is compiled (`catalog validate` checks only the catalogue's own), so a "$"
    written as an alternative silently lost "I still cut" while writing this round. Fails
    with any unreadable pattern in a lexicon module."""
    from steunwijzer.core.patterns import PatternError, parse

    patterns = _lexicon_patterns()
    assert len(patterns) > 10_000  # the walk reaches the lexicons, not an empty list
    unreadable = []
    for module, name, text in patterns:
        try:
            parse(text)
        except PatternError as exc:
            unreadable.append(f"{module}.{name}: {text!r}: {exc}")
    assert unreadable == []


# --- a room hunt is no wish to die ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Just wanted to let you know I found a room in the end! Thank you for the tips about the housing foundation, I move in next week.",
        "eh ja dus mijn huurcontract loopt eind deze maand af, en ik heb, zeg maar, al veertig kamers gereageerd en niks. Ik slaap vanaf volgende week op de bank bij een vriend, maar dat kan ook maar twee weken.",
        "mn huurcontract loopt eind deze maand af en ik heb nog niks, al op 40 kamers gereageerd. straks zit ik met al mn spullen bij mn tante op de bank",
        "my placement ends in June and honestly I don't know if I want to do hands-on care work or something more like policy. is there someone I can talk to about what actually fits me?",
        "My short stay housing ends 31 January and I still did not find a room, landlords keep saying 'no internationals'. Can the university help with this?",
    ],
)
def test_a_room_hunt_is_not_a_wish_to_die(text: str) -> None:
    """Blind sets 195-198, 202: the second net read "in the end", "eind deze maand", "ends
    in June" and a room hunt as a wish to die (0.80-0.97; 113 first). Fails without the
    time ends and the home words of guess_words.py, or without the housing patterns."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "eviction notice on the door this morning. sat on the bathroom floor with a razor for an hour thinking about how to make it all stop for good",
        "my lease ends in January and honestly I just want it all to end",
        "ik heb een kamer gevonden eindelijk, maar ik wil eigenlijk niet meer leven",
        "it all ends in June, I've decided",
    ],
)
def test_a_wish_beside_a_room_stays(text: str) -> None:
    """Guard: housing in another sentence, or a death said in the guess, keeps the risk
    (set103: the eviction and the razor; a first try that set aside every guess beside a
    housing finding lost it)."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    ("words", "left"),
    [
        ("found a room in the end", "found a room"),
        ("loopt eind deze maand af", "loopt af"),
        ("the end of January", ""),
        ("I want it all to end", "i want it all to end"),
        ("at the end of my rope", "at the end of my rope"),
        ("ik wil er een eind aan maken", "ik wil er een eind aan maken"),
    ],
)
def test_time_ends_are_taken_out(words: str, left: str) -> None:
    """Only an end that is a moment is taken out, never an end of life or a rope's end."""
    from steunwijzer.core.guess_words import without_time_ends

    assert without_time_ends(words).split() == left.split()


@pytest.mark.parametrize(
    ("words", "dated"),
    [
        ("my placement ends in June", True),
        ("the lease expires on 31 january", True),
        ("it all ends in June", False),
        ("alles eindigt op 1 mei", False),
        ("it ends tonight", False),
    ],
)
def test_a_date_end_is_a_thing_ending(words: str, dated: bool) -> None:
    """A thing ending on a date, not an end of everything on one."""
    from steunwijzer.core.guess_words import a_date_ends

    assert a_date_ends(words) is dated


@pytest.mark.parametrize(
    "text",
    [
        "I don't know where I will sleep in February",
        "I have no idea where I'll live after January",
        "ik weet niet waar ik in februari moet slapen",
    ],
)
def test_not_knowing_where_to_sleep_months_ahead_is_housing(text: str) -> None:
    """Set195: "I don't know where I will sleep in February" was a night outside
    (unsafe, Veilig Thuis and 112 first)."""
    found = themes_of(text)
    assert "housing" in found
    assert "unsafe_situation" not in found


# --- the interview: a correction, then the student says more ---------------------------------


def _intake(
    catalog: Catalog,
    index: ReferralIndex,
    replies: dict[str, list[object]],
    own_words: str,
    again: str = "ja",
) -> tuple[list[Prompt], TriageResult]:
    """An intake whose questions take ``replies`` in turn (BACK allowed), every other
    question skipped, ``own_words`` at the end, a question asked again answered
    ``again``."""
    seen: list[Prompt] = []

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            if prompt.recheck:
                return again
            if prompt.question.id == "own_words":
                return own_words
            queue = replies.get(prompt.question.id, [])
            return queue.pop(0) if queue else SKIP
        if isinstance(prompt, ThemePrompt):
            return prompt.suggested
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    return seen, run_interview(catalog, ask, "nl", index).result


def test_a_panel_withdrawn_by_a_correction_comes_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play (round 56, rp2): "no, not really" read as don't know showed the crisis
    panel; the counsellor went back and typed "no". Later the student said "everyone would
    be better off ...": the screen was asked again, answered yes, and no crisis panel or
    line came, because one had been shown before the correction. Fails without the reset
    in core/interview.py."""
    seen, result = _intake(
        builtin,
        index,
        {"safety_wish_dead": ["weet niet", "nee"], "safety_thoughts": [BACK, "nee"]},
        "soms denk ik dat iedereen beter af is zonder mij",
    )
    panels = [i for i, p in enumerate(seen) if isinstance(p, CrisisPrompt)]
    own = next(i for i, p in enumerate(seen) if isinstance(p, ThemePrompt))
    assert len(panels) == 2, panels  # the first, then again after the own words
    assert panels[1] > own
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes


def test_follow_ups_asked_again_hold_no_old_answer(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play (round 56, rp2): after the screen was asked again, "have you thought
    about how you would do it?" stood at "[no]", the answer from before the student's
    words, and one Enter kept it. Fails without stale_screen_answers."""
    seen, _ = _intake(
        builtin,
        index,
        {
            "safety_wish_dead": ["nee"],
            "safety_thoughts": ["weet niet", "nee"],
            "safety_method": ["nee", BACK],
            "safety_intent": [BACK],
        },
        "soms denk ik dat iedereen beter af is zonder mij",
    )
    asked = [p for p in seen if isinstance(p, QuestionPrompt)]
    own = next(i for i, p in enumerate(asked) if p.question.id == "own_words")
    later = [p for p in asked[own:] if p.question.id == "safety_method"]
    ids = [p.question.id for p in asked]
    assert ids.count("safety_thoughts") == 3, ids  # first, after 'b', asked again
    assert later, ids  # asked after the words and the "ja"
    assert all(p.previous is None for p in later)


# --- the crisis box speaks to a student who is threatened --------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_unsafe_box_does_not_treat_the_student_as_the_danger(lang: str) -> None:
    """Three role-plays of round 56 (a stalked student, a trans student shoved on campus, a
    family threatening a forced marriage): the box said to ask the student about "a plan
    and a weapon". It asks whether others are in danger too; the tip keeps a sentence for
    a threat that comes from the student (round 34)."""
    from steunwijzer.present.texts import t

    box = t("crisis_soon_unsafe", lang)
    assert "wapen" not in box and "weapon" not in box
    assert ("anderen in gevaar" if lang == "nl" else "anyone else is in danger") in box


# --- a death of weeks ago is no past that is over ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "vader 2 weken geleden overleden. tentamens volgende week. gaat wel",
        "een maand geleden is mijn oma overleden, het gaat wel",
    ],
)
def test_a_death_weeks_ago_stays_grief(text: str) -> None:
    """A role-play (round 56, rp2): the own words "vader 2 weken geleden overleden ...
    gaat wel" were set aside as "something of the past that is over" (weeks ago and "gaat
    wel"). Weeks and a month ago are recent; English never counted weeks as a past."""
    assert "grief" in themes_of(text)


def test_a_loss_of_years_ago_said_over_stays_a_past() -> None:
    """Guard: years ago and said to be over is still a past."""
    assert "grief" not in themes_of("mijn opa is drie jaar geleden overleden, ik heb het verwerkt")


# --- someone who took something and collapsed ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mijn huisgenoot heeft op een feestje iets genomen en is vanavond in elkaar gezakt, nu ligt hij het uit te slapen op zijn kamer",
        "hij heeft iets genomen, ik weet niet wat, misschien ghb. hij viel om en was even weg, toen hebben we hem naar bed gebracht",
        "my housemate took something at a party and collapsed, now he's sleeping it off in his room",
    ],
)
def test_someone_who_took_something_and_collapsed_is_danger_now(text: str) -> None:
    """A role-play (round 56, rp1, Saturday 23:30): a housemate who took something
    (maybe GHB), collapsed and now "sleeps it off" alone was a sleep problem, then an
    unsafe home with Veilig Thuis first; urgency "soon". Fails without the round-56
    patterns of lexicon_signals_lived.py."""
    data = _lookup(text)
    assert "concern_for_other" in data["themes"]
    assert data["urgency"] == "immediate"
    tips = data["tips"]
    assert isinstance(tips, list)
    assert "112" in " ".join(str(tip["text"]) for tip in tips)


@pytest.mark.parametrize(
    "text",
    [
        "I took my pills and fainted in the lecture hall last week",
        "ik ben in elkaar gezakt tijdens het tentamen",
        "ik wil zaterdag lekker uitslapen",
    ],
)
def test_ones_own_faint_is_no_concern_for_someone_else(text: str) -> None:
    """Guard: the patterns name someone else."""
    assert "concern_for_other" not in themes_of(text)


# --- a forced marriage, a family's honour, a threat said plainly ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ja, zijn broer kwam erachter en de familie dreigt hem uit te huwelijken",
        "mijn broer kwam erachter en nu dreigen ze me terug naar het dorp te sturen om te trouwen",
        "mijn ouders hebben een huwelijk voor me geregeld in Marokko deze zomer, en ik wil dat niet",
        "Case note: student reports that her brothers found out about her relationship and said she will be taken back to the home country over the summer.",
        "mijn oom heeft gedreigd dat ik de familie te schande heb gemaakt en dat ze me heus wel vinden",
        "my father will hurt me",
        "mijn broer gaat me in elkaar slaan als hij het hoort",
    ],
)
def test_a_familys_coercion_is_an_unsafe_situation(text: str) -> None:
    """A role-play (round 56, rp4) and blind sets 196, 200 and 202: a forced marriage
    (the separable "uit te huwelijken"), being sent back to marry, a family's honour with
    "they will find me" were nothing or only the second net's guess; "my father will
    hurt me" was the net's alone. Fails without the round-56 patterns of
    lexicon_signals_mentor.py."""
    data = _lookup(text)
    assert "unsafe_situation" in data["themes"]
    reasons = data["reasons"]
    assert isinstance(reasons, list)
    assert any(
        r["match"]["theme"] == "unsafe_situation" and "resembl" not in r["match"]["source"]
        for r in reasons
    )


@pytest.mark.parametrize(
    "text",
    [
        "we hebben de bruiloft van mijn zus geregeld, ik ben bang dat het gaat regenen",
        "my mom is gonna kill me when she sees my grades lol",
        "this exam will kill me",
    ],
)
def test_a_wedding_and_a_manner_of_speaking_are_no_threat(text: str) -> None:
    """Guard: a sister's wedding and a mother's 'kill me' over grades."""
    assert "unsafe_situation" not in themes_of(text)


def test_a_family_coercion_tip_names_passports_and_veilig_thuis() -> None:
    """Round 56 (rp4): nothing spoke of passports, travel or being left behind abroad."""
    data = _lookup("mijn ouders willen me uithuwelijken")
    tips = data["tips"]
    assert isinstance(tips, list)
    text = " ".join(str(tip["text"]) for tip in tips if tip["id"] == "family_coercion")
    assert "paspoort" in text and "0800-2000" in text


# --- "soon" beside a risk to life or safety says "today" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("soms wil ik niet meer wakker worden", "nl", "Urgentie: snel, vandaag regelen"),
        ("sometimes I wish I wouldn't wake up", "en", "Urgency: soon, arrange it today"),
    ],
)
def test_soon_beside_a_risk_says_today(text: str, lang: str, words: str) -> None:
    """Four role-plays of round 56: the box said "arrange contact today, before the
    student leaves" and the result "Urgentie: snel", read as within a few days. The
    JSON value stays "soon" (a contract)."""
    result = CliRunner().invoke(app, ["lookup", "--text", text, "--lang", lang])
    assert result.exit_code == 0, result.output
    assert words in result.stdout
    assert _lookup(text)["urgency"] == "soon"


def test_soon_for_grief_alone_stays_soon() -> None:
    """Guard: grief without a risk to life keeps the plain word."""
    result = CliRunner().invoke(
        app, ["lookup", "--text", "mijn oma is vorige week overleden", "--lang", "nl"]
    )
    assert "Urgentie: snel" in result.stdout and "vandaag regelen" not in result.stdout


# --- help for a group, as data: only_with_themes -------------------------------------------------

ONLY_WITH = """\
  - id: expat-desk
    provider: institution
    name: {nl: Expatbalie, en: Expat desk}
    description: {nl: Voor studenten van buiten., en: For students from abroad.}
    tiers: [specific]
    themes: [sleep]
    only_with_themes: [international_student]
"""
INTERNATIONAL = """\
  - id: international_student
    tier: prevention
    label: {nl: Internationale student, en: International student}
    synonyms: {nl: [internationale student], en: [international student]}
"""


def _with_group(tmp_path: Path, extra_theme: str = INTERNATIONAL) -> Catalog:
    text = MINIMAL.replace("offerings:\n", extra_theme + "offerings:\n") + ONLY_WITH
    loaded = load_catalog([str(write(tmp_path, "group.yaml", text))])
    assert loaded.catalog is not None, [str(d) for d in loaded.diagnostics]
    return loaded.catalog


def test_help_for_a_group_is_offered_only_beside_its_theme(tmp_path: Path) -> None:
    """Role-plays of rounds 55 and 56: the International Office stood in every English
    intake and in a Dutch mbo student's list (its eligibility was text, not data). With
    ``only_with_themes`` it is left out unless the need names the group, and leads for
    that group. Fails without the filter of ranking.for_group."""
    catalog = _with_group(tmp_path)
    index = ReferralIndex(catalog, MONDAY_2PM)
    alone = index.rank(Tier.SPECIFIC, ("sleep",), "en")
    assert [r.offering.id for r in alone] == ["sleep-course"]
    both = index.rank(Tier.SPECIFIC, ("sleep", "international_student"), "en")
    assert [r.offering.id for r in both][:2] == ["expat-desk", "sleep-course"]


def test_only_with_themes_names_known_themes(tmp_path: Path) -> None:
    """An unknown theme is an error at its line, with a did-you-mean."""
    text = MINIMAL + ONLY_WITH.replace("[international_student]", "[slep]")
    loaded = load_catalog([str(write(tmp_path, "bad.yaml", text))])
    errors = [str(d) for d in loaded.diagnostics if d.severity == "error"]
    assert any("bad.yaml:" in e and "unknown theme 'slep'" in e and "sleep" in e for e in errors)


def test_the_example_international_office_needs_an_international_student(
    builtin: Catalog,
) -> None:
    """The built-in catalogue's International Office: not for a Dutch student's money and
    housing, first for an international student's."""
    index = ReferralIndex(builtin, MONDAY_2PM)
    dutch = [r.offering.id for r in index.rank(Tier.SPECIFIC, ("finances", "housing"), "en")]
    assert "vh-international-office" not in dutch
    abroad = index.rank(Tier.SPECIFIC, ("finances", "international_student"), "en")
    assert abroad[0].offering.id == "vh-international-office"


def test_told_sexual_violence_gets_its_help_before_other_themes_first_picks(
    builtin: Catalog,
) -> None:
    """A role-play (round 56, rp4): after a rape by a member of her study association,
    the confidential adviser was sixth, below that study association ("go to an open
    activity"). Sexual violence's help in full now comes first, as for a risk to life."""
    index = ReferralIndex(builtin, MONDAY_2PM)
    themes = ("sexual_violence", "sleep", "stress", "social_connection")
    ids = [r.offering.id for r in index.rank(Tier.ACUTE, themes, "nl", Urgency.SOON)]
    assert ids.index("vh-vertrouwenspersoon") < ids.index("vh-studievereniging"), ids


# --- blind sets 198-200: misses of an acute need ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Na een date via Hinge heeft hij me gedwongen, I said no like three times.",
            "sexual_violence",
        ),
        (
            "iemand heeft een nepaccount aangemaakt met mijn gezicht op naaktfoto's geplakt",
            "sexual_violence",
        ),
        ("someone made deepfake nudes of me and sent them to my group", "sexual_violence"),
        (
            "One of the residents I'd been looking after for my whole placement died during my shift last week.",
            "grief",
        ),
        ("Referral: she's stopped attending entirely since March.", "dropout_risk"),
        ("honestly isn't sure she'll come back next year", "dropout_risk"),
    ],
)
def test_blind_set_acute_misses_are_found(text: str, theme: str) -> None:
    """Blind sets 198, 199 and 200 (measured unseen): forced after a date, a face pasted
    on nude pictures, a resident who died during the student's shift, a student who
    stopped attending entirely. Fails without the round-56 patterns of themes.yaml."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my parents forced me to choose law, I said no three times", "sexual_violence"),
        ("we went on a date and he made me pay for everything", "sexual_violence"),
        ("someone photoshopped my face onto a meme", "sexual_violence"),
        ("I stopped attending the gym since March", "dropout_risk"),
    ],
)
def test_their_neighbours_stay_harmless(text: str, theme: str) -> None:
    """Guards: force without a date, a face on a meme, a gym."""
    assert theme not in themes_of(text)


# --- blind sets 196, 197 and 201: false alarms of an acute need ----------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik heb weer gebraakt na het eten", "self_harm"),
        ("lowkey gonna drop out of the choir lol, way too many rehearsals", "dropout_risk"),
        (
            "yes I self-harmed when I was 15, no it's not happening now, haven't done it in over four years. I'm here to ask about extra exam time for my dyslexia.",
            "self_harm",
        ),
        (
            "I'm the one who wrote to you in March about my ex. He moved abroad and blocked me everywhere, zero contact for months now. I feel safe again. Just wanted to say thank you.",
            "unsafe_situation",
        ),
    ],
)
def test_blind_set_false_alarms_are_gone(text: str, theme: str) -> None:
    """Blind sets 196, 197 and 201 (measured unseen): "gebraakt" (vomited) read as a slip
    of "gebrand" (burned), a choir left, self-harm at 15 "not happening now", and the
    second net's "I feel safe again" as an unsafe situation (1.00). Fails without
    lexicon.NOT_TYPOS, the figure of lexicon_signals_desk.py with findings._NOT_STUDIES,
    the recovery patterns of lexicon_signals_adult.py, or guess_words.safe_again."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik heb me weer gebrand", "self_harm"),
        ("I want to drop out of uni and the choir", "dropout_risk"),
        ("kinda want to quit life the way i quit league", "suicidal_thoughts"),
        ("I only feel safe when he's at work", "unsafe_situation"),
        ("ik voel me pas veilig als hij weg is", "unsafe_situation"),
    ],
)
def test_their_risky_neighbours_stay(text: str, theme: str) -> None:
    """Guards: a burn, leaving uni as well as a choir, quitting life, a safety with a
    condition."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("words", "safe"),
    [
        ("I feel safe again", True),
        ("ik voel me weer veilig", True),
        ("I don't feel safe", False),
        ("I only feel safe when he is at work", False),
        ("ik voel me pas veilig als hij weg is", False),
    ],
)
def test_safe_again_reads_a_plain_safety_only(words: str, safe: bool) -> None:
    """guess_words.safe_again: no denial, no condition."""
    from steunwijzer.core.guess_words import safe_again

    assert safe_again(words) is safe


# --- where one sleeps is no sleep problem -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik slaap nu bij een vriend",
        "ik slaap al drie weken op de bank bij vrienden omdat ik geen kamer heb",
        "now he is sleeping it off in his room",
        "I've been sleeping in my car for two weeks",
    ],
)
def test_where_one_sleeps_is_no_sleep_problem(text: str) -> None:
    """Role-plays of round 56 (and earlier): "ik slaap nu bij een vriend" was offered as a
    sleep problem to confirm; the corpus diff found it in about 130 labelled sentences of
    couches, cars and stations. Fails without misreads.where_one_sleeps."""
    assert "sleep" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik slaap slecht bij mijn vriend",
        "I sleep on my friend's couch and I barely sleep",
        "ik slaap al weken maar 3 uur per nacht op de bank",
    ],
)
def test_bad_sleep_said_beside_a_place_stays(text: str) -> None:
    """Guard: the theme's own patterns still find bad sleep."""
    assert "sleep" in themes_of(text)


def test_the_friend_one_stays_with_is_no_danger() -> None:
    """A role-play (round 56, rp4): "ja, die vriend waar hij nu slaapt" at the friends
    question was an unsafe situation (the second net, 0.91). Fails without
    guess_words.staying_with_someone."""
    assert "unsafe_situation" not in themes_of("ja, die vriend waar hij nu slaapt")


@pytest.mark.parametrize(
    "text",
    [
        "Mijn huisbaas heeft gezegd dat ik vanavond m'n kamer uit moet. Mijn vriend zegt dat ik op zijn bank mag slapen maar echt maar 1 nacht.",
        "I have to leave my room tonight",
    ],
)
def test_out_of_ones_room_tonight_is_unsafe_by_rule(text: str) -> None:
    """Guard and rule: set163's sentence was the second net's alone, and the first try
    of the guard above lost it; now a rule reads it."""
    assert "unsafe_situation" in themes_of(text)


# --- an act said not to have been meant to die -------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("nee, wel in mijn arm gesneden gisteren maar niet om dood te gaan", False),
        ("no, I cut but not to die", False),
        ("nee, niet om dood te gaan, maar ik denk er wel aan", UNKNOWN),
        ("nee maar ik heb wel pillen gespaard, niet om dood te gaan hoor", UNKNOWN),
        ("no, I took some pills but not to die", UNKNOWN),
        # found reviewing the diff: a cut in the wrists stays doubt
        ("nee, wel in mijn polsen gesneden maar niet om dood te gaan", UNKNOWN),
        ("no, I cut my wrists but not to die", UNKNOWN),
    ],
)
def test_an_act_not_meant_to_die_is_no_attempt(
    builtin: Catalog, answer: str, expected: object
) -> None:
    """A role-play (round 56, rp3): "nee, wel ... gesneden maar niet om dood te gaan" at
    "have you done anything to end your life?" was doubt, and the result for superficial
    cuts said "direct gevaar ... houd de student wakker". A means of dying, or more said
    after it, stays doubt. Fails without answer_mixed._NOT_TO_DIE."""
    assert _read_answer(builtin, "safety_behaviour", answer) == expected


def test_cuts_not_meant_to_die_are_self_harm_not_danger_now(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The same intake through the engine: self-harm, acute, urgency soon, the calm tip;
    no suicidal thoughts (the screen asked again, "nee" again)."""
    replies: dict[str, list[object]] = {
        "safety_wish_dead": ["nee"],
        "safety_thoughts": ["nee echt niet"],
        "safety_behaviour": ["nee, wel in mijn arm gesneden gisteren maar niet om dood te gaan"],
    }
    _, result = _intake(builtin, index, replies, "", again="nee")
    assert result.tier is Tier.ACUTE and result.urgency is Urgency.SOON
    assert result.themes == ("self_harm",)
    assert "self_harm_calm" in [tip.id for tip in result.tips]


# --- smaller findings of the role-plays --------------------------------------------------------------


def test_campus_help_is_closed_in_the_christmas_closure() -> None:
    """A role-play (round 56, rp3) on Christmas Eve saw campus help "open now". The
    example institution names its Christmas closure in catalog.yaml (closed_days)."""
    result = CliRunner().invoke(
        app,
        ["lookup", "--text", "ik voel me eenzaam", "--json", "--at", "2026-12-24T14:00"],
    )
    data = json.loads(result.stdout)
    campus = [r for r in data["referrals"] if str(r["id"]).startswith("vh-")]
    assert campus and all(r["open_now"] is not True for r in campus)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_asking_about_death_also_asks_about_drinking_today(lang: str) -> None:
    """A role-play (round 56, rp3): a student alone over Christmas, drinking every day,
    unsure about a wish to die; nothing in the tips spoke of alcohol at urgency soon."""
    result = CliRunner().invoke(
        app, ["lookup", "--text", "soms wil ik niet meer wakker worden", "--json", "--lang", lang]
    )
    tips = json.loads(result.stdout)["tips"]
    text = next(str(t["text"]) for t in tips if t["id"] == "ask_directly")
    assert ("gedronken" if lang == "nl" else "drinking") in text


@pytest.mark.parametrize(
    "text", ["only I am having tension since many days", "ya, full tension only"]
)
def test_tension_is_stress(text: str) -> None:
    """A role-play (round 56, rp1): Indian English "tension" for stress was not read."""
    assert "stress" in themes_of(text)


def test_tension_in_a_group_is_no_stress_of_ones_own() -> None:
    """Guard: "tension" alone is not the theme."""
    assert "stress" not in themes_of("there is tension in our project group")


# --- set203 (family pressure), measured unseen after this round's first changes ------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "my brother found out I'm gay. he said if i come home this weekend he'll 'deal with it'",
            "unsafe_situation",
        ),
        ("my dad said my uncles will 'talk some sense into me' when I'm back", "unsafe_situation"),
        (
            "Ze hebben mijn telefoon afgepakt. Ik mag alleen nog naar college als mijn broer me brengt en ophaalt.",
            "unsafe_situation",
        ),
        (
            "My little sister is 17 and my parents are planning her nikah with a guy twice her age over the summer.",
            "concern_for_other",
        ),
    ],
)
def test_a_familys_control_is_read(text: str, theme: str) -> None:
    """Set203 (a blind set of family pressure, measured on this round's own changes):
    19 of 24 acute found; these four were not. Fails without the round-56 patterns of
    lexicon_signals_mentor.py and themes.yaml (concern_for_other)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad will deal with it when I'm home for the holidays",
        "There's so much tension at home since my dad lost his job.",
    ],
)
def test_ordinary_family_talk_stays_ordinary(text: str) -> None:
    """Guards: a father who will sort something out, tension at home (not the Indian
    English 'having tension' of stress)."""
    assert not themes_of(text) & {"unsafe_situation", "stress"}


# --- set204 (where students sleep), measured unseen after this round's first changes ------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Ik heb al weken nachtmerries over het ongeluk waarbij mijn beste vriend omkwam.",
            "grief",
        ),
        ("Vriend heeft me eruit gezet, kan vannacht nergens heen.", "housing"),
    ],
)
def test_set204_needs_are_read(text: str, theme: str) -> None:
    """Set204: a friend killed in an accident ("omkwam") read as an unsafe situation by
    the second net; put out by a friend with nowhere tonight was no housing need (it is
    an unsafe one as well, as the theme sheet says)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Going to my parents' for the holidays and just looking forward to sleeping in and eating",
        "I love sleeping in till noon on Sundays",
        "I sleep in the library because I have nowhere to go",
    ],
)
def test_a_lie_in_and_a_library_are_no_sleep_problem(text: str) -> None:
    """Set204: a lie-in read as a sleep problem; where one sleeps (round 56, above)."""
    assert "sleep" not in themes_of(text)


# --- sets 205 and 206 (parties, dating), measured unseen after this round's first changes -------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Every time he texts me again I end up burning my arm with a lighter.", "self_harm"),
        (
            "Op het huisfeest bleef een jongen aan me zitten terwijl ik zei dat ik dat niet wilde, en later trok hij me mee de badkamer in.",
            "sexual_violence",
        ),
        (
            "someone filmed me while I was completely out of it at the afterparty and now it's going round a group chat.",
            "sexual_violence",
        ),
        (
            "Een eerstejaars vertelde dat een medestudent een deepfake-pornofilmpje met haar gezicht rondstuurt.",
            "sexual_violence",
        ),
        ("The girl I'd been seeing for a few months died in a car crash two weeks ago.", "grief"),
        (
            "Mijn zusje gebruikt van alles. Vorige week is ze met de ambulance opgehaald.",
            "concern_for_other",
        ),
    ],
)
def test_sets_205_206_misses_are_found(text: str, theme: str) -> None:
    """Sets 205 and 206: "end up burning my arm" was the figure "ended up ... with"
    (now "with" only right after "up"), and five needs had no pattern. Fails without
    the round-56 changes of lexicon_more.py and themes.yaml."""
    assert theme in themes_of(text)


def test_of_my_life_is_a_superlative() -> None:
    """Set205: "de hangover van mijn leven ... nooit meer" was a wish to die (the second
    net, 0.91). Fails without the figure of lexicon_signals_desk.py."""
    text = "Heb echt de hangover van mijn leven na het gala, nooit meer tequila haha."
    assert "suicidal_thoughts" not in themes_of(text)


def test_an_attempt_that_ended_in_hospital_stays() -> None:
    """Guard of the narrowed figure "ended up ... at/in/with": an attempt is no figure."""
    assert "suicidal_thoughts" in themes_of("I tried with pills and ended up in hospital")


def test_a_housemate_who_fainted_is_a_concern() -> None:
    """Set201: a housemate with an eating disorder who "viel flauw in de gang" was the
    student's own eating problem only. Fails without the round-56 patterns of
    lexicon_signals_lived.py; "ik viel flauw" stays the student's own."""
    text = "ze is heel erg afgevallen en vandaag viel ze flauw in de gang"
    assert "concern_for_other" in themes_of(text)
    assert "concern_for_other" not in themes_of("ik viel flauw tijdens het tentamen")


@pytest.mark.parametrize(
    "answer",
    ["nee, wel gesneden maar niet om dood te gaan", "no, I did cut but not to die"],
)
def test_the_cutting_beside_a_no_is_kept(
    builtin: Catalog, index: ReferralIndex, answer: str
) -> None:
    """A role-play on this round's own changes (rp6): the short "nee, wel gesneden maar
    niet om dood te gaan" became a plain no, the cutting lost; with "nee" at the
    self-harm question later the result was PREVENTIE. The act with its purpose denied
    is self-harm (lexicon_families.py)."""
    replies: dict[str, list[object]] = {
        "safety_wish_dead": ["nee"],
        "safety_thoughts": ["nee"],
        "safety_behaviour": [answer],
        "mood_self_harm": ["nee"],
    }
    _, result = _intake(builtin, index, replies, "", again="nee")
    assert result.tier is Tier.ACUTE and "self_harm" in result.themes


# --- a second role-play of the housemate on GHB (rp5, on this round's own changes) -------------


def test_ghb_a_fall_and_sleeping_it_off_in_other_words_is_danger_now() -> None:
    """rp5: the own words "ghb genomen, viel om en was even weg. nu ligt hij ... zijn roes
    uit te slapen" were again an unsafe home (the second net), Veilig Thuis first. Fails
    without the round-56 patterns of lexicon_signals_lived.py."""
    data = _lookup(
        "huisgenoot heeft vanavond op een feest ghb genomen, viel om en was even weg. nu "
        "ligt hij op zijn kamer zijn roes uit te slapen. ik maak me zorgen om hem"
    )
    assert "concern_for_other" in data["themes"]
    assert "unsafe_situation" not in data["themes"] and "sleep" not in data["themes"]
    assert data["urgency"] == "immediate"


@pytest.mark.parametrize(
    "text", ["ik viel om en was even weg na het sporten", "ik lig mijn roes uit te slapen"]
)
def test_ones_own_fall_or_hangover_is_no_concern(text: str) -> None:
    """Guard: the patterns name someone else."""
    assert "concern_for_other" not in themes_of(text)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("ja, mijn huisgenoot heeft ghb genomen op een feest", False),
        ("ja, over mijn huisgenoot", False),
        ("ja, ik drink te veel en mijn vriend ook", True),
        ("ja, ik drink elke avond", True),
    ],
)
def test_a_yes_about_someone_elses_use_is_not_the_students(
    builtin: Catalog, answer: str, expected: bool
) -> None:
    """Role-plays rp1 and rp5: "ja, mijn huisgenoot heeft ghb genomen" at "are you
    worried about alcohol, drugs, gaming or gambling?" made it the student's own
    addiction, with a tip to ask her how much and how often. Fails without
    answer_mixed.others_use; the student's own use beside it stays a yes."""
    assert _read_answer(builtin, "area_substances", answer) is expected


@pytest.mark.parametrize(
    "text",
    [
        "honestly the thought of not waking up tomorrow is kind of nice",
        "de gedachte om morgen niet meer wakker te worden vind ik eigenlijk wel fijn",
    ],
)
def test_the_thought_of_not_waking_up_being_nice_is_a_wish(text: str) -> None:
    """Round 55's note: found only as a resemblance. Fails without the round-56 patterns
    of lexicon_signals_adult.py."""
    data = _lookup(text)
    assert "suicidal_thoughts" in data["themes"]
    reasons = data["reasons"]
    assert isinstance(reasons, list)
    assert all("resembl" not in str(r["match"]["source"]) for r in reasons)


def test_not_waking_up_early_is_no_wish() -> None:
    """Guard: a lie-in is nice."""
    text = "the thought of not waking up early tomorrow is so nice"
    assert "suicidal_thoughts" not in themes_of(text)


def test_a_case_note_of_no_bed_tonight_is_unsafe_and_housing() -> None:
    """Set208 (counsellors' notes, measured on this round's changes: 23 of 24 acute):
    "door vader de deur uitgezet ..., heeft vannacht geen slaapplek" found nothing (the
    rule wanted "heb ik")."""
    text = "St. vanmiddag door vader de deur uitgezet na ruzie over relatie, heeft vannacht geen slaapplek."
    assert {"unsafe_situation", "housing"} <= themes_of(text)


def test_told_to_leave_and_at_the_station_now_is_unsafe() -> None:
    """Set207 (several needs at once, measured on this round's changes: 24 of 25 acute):
    "told me to leave. I'm at the station now with a backpack" beside an exam question."""
    text = "My parents found out I'm gay and told me to leave. I'm at the station now with a backpack. Also I have an exam tomorrow morning, can I reschedule?"
    assert "unsafe_situation" in themes_of(text)
    assert "unsafe_situation" not in themes_of("I'm at the station now, my train is delayed")


@pytest.mark.parametrize(
    "text",
    [
        "ik heb geen kamer meer sinds mijn contract afliep, ik slaap bij een vriendin op de bank",
        "ja, ze heeft geen huis meer, slaapt bij een vriendin op de bank",
    ],
)
def test_a_room_lost_and_a_friends_couch_is_housing_not_danger(text: str) -> None:
    """A role-play on this round's changes (rp7): a student with no risk at all got
    Veilig Thuis, 112, 113 and the police before the housing desk: an older unsafe
    pattern still took "geen kamer meer" with "sinds", "slaap" or "bank" (round 55 made a
    friend's couch housing, this pattern was missed). Thrown out and nowhere stay unsafe."""
    found = themes_of(text)
    assert "housing" in found
    assert not found & {"unsafe_situation", "concern_for_other"}


def test_a_room_lost_by_being_thrown_out_stays_unsafe() -> None:
    """Guard."""
    found = themes_of("ik heb geen kamer meer, mijn huisbaas heeft me eruit gezet")
    assert "unsafe_situation" in found
