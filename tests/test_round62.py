# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 62: outsiders' sets (set306 onwards), two role-plays and a hostile tester. Each
test names its source and fails without the change it guards, unless it says it is a
guard."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import pytest

from .reading import ACUTE, read_answer, themes_of
from .reading import lookup_json as _lookup

if TYPE_CHECKING:
    from pathlib import Path

    from steunwijzer.core.model import Catalog

# --- risk to life said plainly (core/lexicon_signals_plain.py) -------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a blade or a hot iron on one's own skin (set309, set310)
        (
            "Als mijn begeleider weer mijn hoofdstuk afkraakt ga ik 's avonds met een schaar over mijn bovenbeen. Dat doe ik nu al een paar maanden.",
            "self_harm",
        ),
        ("soms ga ik met een mesje langs mijn dijen als niemand thuis is", "self_harm"),
        ("I take a razor to my thigh when it gets too loud in my head", "self_harm"),
        (
            "Weigh-in is Friday and I'm 1.2kg over. I've been making myself sick after every meal and last night I pressed the hair straightener on my arm because I hated what I saw in the mirror.",
            "self_harm",
        ),
        ("gisteren heb ik de stijltang tegen mijn pols gedrukt, ik weet niet waarom", "self_harm"),
        # not caring whether one is still here tomorrow; of someone else, a concern (set310)
        ("Het maakt me eerlijk gezegd niks meer uit of ik er morgen nog ben.", "suicidal_thoughts"),
        ("I honestly don't care if I wake up tomorrow or not.", "suicidal_thoughts"),
        (
            "Mijn huisgenote zit op turnen en kotst na elk avondeten. Gisteren zei ze dat het haar niks meer uitmaakt of ze er morgen nog is. Moet ik iemand bellen?",
            "concern_for_other",
        ),
        # someone found unconscious; bruises a friend keeps turning up with (set310, set311)
        (
            "Mijn broertje (19) slikt sinds zijn schouderoperatie elke dag oxycodon die hij via een teamgenoot krijgt. Gisteravond lag hij bewusteloos op de bank en hij lacht het weg.",
            "concern_for_other",
        ),
        (
            "My friend on my course is pregnant and keeps turning up with bruises on her wrists. Today she flinched when her phone buzzed.",
            "concern_for_other",
        ),
        (
            "Een meisje uit mijn klas komt steeds met blauwe plekken naar school en wil er niet over praten.",
            "concern_for_other",
        ),
        # a family that will "solve it themselves" (set315)
        (
            "Mijn familie weet niet dat ik stage loop bij een COC-project. Mijn broer heeft mijn telefoon doorzocht en zei dat als ik niet stop, 'de familie het zelf oplost'.",
            "unsafe_situation",
        ),
        (
            "My brother read my messages and said the family will deal with it themselves if I keep seeing him.",
            "unsafe_situation",
        ),
        # cutting said bare in the past, then done again in a later sentence (set313)
        (
            "vroeger sneed ik, was er echt vanaf. 14 maanden niks. gisteravond toch weer gedaan na dat gesprek met mijn begeleider. schaam me kapot",
            "self_harm",
        ),
    ],
)
def test_risk_to_life_said_plainly_is_found(text: str, theme: str) -> None:
    """Blind sets 309-315, measured unseen on round 61's end: the sets' sentences here
    were nothing or only specific (eating, family circumstances), and fail without
    lexicon_signals_plain.py (the last without textpast._done_again_after too). The
    others are new wordings of the same families; some were found before."""
    data = _lookup(text)
    assert data["tier"] == "acute", data["themes"]
    assert theme in data["themes"]  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "ik knip met een schaar over het papier voor de collage",
        "I put the iron on my shirt and burned a hole in it, great start of the day",
        "vroeger sneed ik, was er echt vanaf. nu gaat het goed, ik wil alleen hulp met plannen.",
        "toen sneed ik de uien voor het hele dispuut, ik huilde de hele avond haha",
        "Mijn ouders regelen het zelf wel met DUO, ik hoef niks te doen.",
        "my parents will handle it themselves, they always sort out the rent",
        "mijn stagebegeleider zei dat ik goed omging met de overleden patiënt en de familie. voelde me echt gezien",
    ],
)
def test_the_same_words_in_ordinary_lives_stay_harmless(text: str) -> None:
    """Guard: a tool on paper or cloth, a past that is over, onions, parents who pay, a
    mentor who praised the student (the last was acute grief with the first version of
    textscene._my_mentor, which took any mentor before a death as the one who died)."""
    assert not themes_of(text) & ACUTE


# --- losses, a doctorate stopped, a child touched (catalog/themes.yaml) -----------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Our cox died in a car crash on the way back from the regatta three weeks ago. I can't get in the boat without staring at his seat.",
            "grief",
        ),
        (
            "There was an accident in the chem lab last month. The technician who died trained me on my very first day.",
            "grief",
        ),
        (
            "It's been two years since we lost the twins at 22 weeks and the due date is coming up again.",
            "grief",
        ),
        (
            "Mijn werkbegeleider, die me echt alles heeft geleerd op stage, is vorige maand plotseling overleden. Ik zit elke avond te janken.",
            "grief",
        ),
        (
            "Thinking of just sending the email to HR tomorrow and quitting my PhD in year 3.",
            "dropout_risk",
        ),
        (
            "Ik denk erover om te stoppen met mijn promotietraject, ik kan niet meer.",
            "dropout_risk",
        ),
        (
            "My 4yo told me tonight that her grandpa touches her 'down there' in the bath. I'm shaking.",
            "sexual_violence",
        ),
        (
            "I don't remember anything after my second drink and I woke up at his place.",
            "sexual_violence",
        ),
        (
            "Ik weet niks meer na het tweede drankje en werd wakker bij hem thuis.",
            "sexual_violence",
        ),
    ],
)
def test_losses_and_harms_told_their_own_way(text: str, theme: str) -> None:
    """Sets 309-315, measured unseen: a teammate or a lab technician who died, twins lost,
    a work mentor who died (framed as a scene at work by "stage"), a PhD quit, a child
    touched, a night with no memory after a drink. Each was nothing or not acute."""
    assert theme in themes_of(text)


# --- figures: joked about, made, a story (lexicon_signals_plain.FIGURES, frames) ----------


@pytest.mark.parametrize(
    "text",
    [
        "ik zweer als die docent nog 1x 'even kort' zegt spring ik uit het raam haha. anyway waar moet ik mn stage-ovk inleveren?",
        "haha als ik nog 1x tegen die cheater moet spelen spring ik van het dak 😂 nee serieus, waar meld je zoiets bij de e-sportsvereniging?",
        "gek man ik heb me BSA gewoon gehaald!! mattie ik ben zo blij, dacht echt dat ik eruit lag",
        "Ik wil mijn bachelor afmaken hoor, stoppen is geen optie, maar mag ik mijn stage uitstellen?",
        "Quitting is not an option for me, I just need a better planning for the resits.",
        "cant believe they killed off my favourite character in the finale, im literally in mourning rn",
        "Mijn dochter wil per se een begrafenis voor haar goudvis houden morgenochtend, dus ik ben iets later bij het werkcollege",
        "die nieuwe track gaat over dat ie niet meer wil leven, echt hard nummer. moeten we die voor muziek analyseren?",
        "In onze voorstelling speel ik een meisje dat zichzelf snijdt. Hoe zet ik dat respectvol neer?",
        "nee hoor ik denk helemaal niet aan zelfmoord, die vragenlijst vroeg het gewoon. wil alleen weten hoe ik mijn rooster kan wijzigen",
        "ik denk echt niet aan zelfmoord, ik wil alleen een rustige plek om te studeren",
    ],
)
def test_a_joke_a_success_or_a_story_is_not_acute(text: str) -> None:
    """Hard negatives of sets 306-311 that came out acute: a jump joked about with a laugh
    or an oath (three sets had it), a BSA made, stopping ruled out, a character killed
    off, a goldfish's funeral, a song and a show about it, "helemaal niet" before the
    topic (textcontext._OR_STRONGER)."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Als hij nog één keer aan me zit spring ik van het balkon.", "suicidal_thoughts"),
        ("ik heb mn bsa niet gehaald en moet waarschijnlijk stoppen", "dropout_risk"),
        ("na de voorstelling wilde ik niet meer leven", "suicidal_thoughts"),
        ("ik denk echt aan zelfmoord, elke avond", "suicidal_thoughts"),
        ("I want to quit my degree, quitting is the only option left", "dropout_risk"),
        ("I'd rather die than lose her, I can't do this without her", "suicidal_thoughts"),
    ],
)
def test_what_the_figures_must_not_hide(text: str, theme: str) -> None:
    """Guard: the jump without a laugh or an oath, a BSA not made (the first version of
    the BSA figure took "bsa niet gehaald" as made: 12 sentences lost acute), a show
    that is not what is spoken of, the thought itself said strongly."""
    assert theme in themes_of(text)


# --- counsellors' shorthand and the role-plays' answers --------------------------------


@pytest.mark.parametrize(
    ("qid", "answer", "expected"),
    [
        ("safety_thoughts", "no active SI. no plan no intent", False),
        ("safety_thoughts", "denies SI, no plan", False),
        ("safety_thoughts", "nee, geen plan, geen intentie", False),
        ("area_study", "yes, she might fail the placement", True),
        ("area_study", "no, she might though", False),
    ],
)
def test_worded_answers_are_read_as_said(
    builtin: Catalog, qid: str, answer: str, expected: object
) -> None:
    """Two role-plays of round 62: a counsellor typing shorthand ("no plan" took the no
    back: answer_mixed.undenied) got "don't know" and the acute box; "yes, she might fail
    the placement", typed about the student, was a no (someone else's "she might")."""
    assert read_answer(builtin, qid, answer) == expected


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("safety_thoughts", "nee, ik heb er wel een plan voor"),
        ("safety_thoughts", "no, but I do have a plan"),
        ("safety_thoughts", "nee, wel gedacht"),
        ("safety_thoughts", "nee. zij misschien wel, ze had het over pillen"),
        ("safety_thoughts", "nee niet vaak"),
        ("safety_thoughts", "no, not every day"),
        ("safety_wish_dead", "no, not yesterday"),
        ("safety_wish_dead", "nee, niet altijd"),
    ],
)
def test_a_no_taken_back_stays_doubt_or_someone_elses(
    builtin: Catalog, qid: str, answer: str
) -> None:
    """Guard: a plan said after the no still takes it back; a friend's "she might" after
    a no is still hers (a no for the student); "not often", "not every day" say it is
    there at other times: doubt. (The first version of answer_mixed.undenied let any
    word right after a "not" take nothing back, and read these four as a plain no.)"""
    from steunwijzer.core.answers import UNKNOWN

    expected = False if "zij" in answer else UNKNOWN
    assert read_answer(builtin, qid, answer) == expected


def test_sextortion_is_not_a_concern_for_someone_else() -> None:
    """Role-play 1 of round 62: "my ex has been sharing nude pictures of me" read "been
    sharing" as "been harming" (a typo key two slips away), so the screen said
    "Immediate danger to someone else: help the student call 112 for that person"."""
    data = _lookup(
        "there is one more thing. my ex has been sharing nude pictures of me with his friends and now he says he will send them to my parents if I don't get back with him."
    )
    assert "sexual_violence" in data["themes"]  # type: ignore[operator]
    assert "concern_for_other" not in data["themes"]  # type: ignore[operator]


# --- texts -----------------------------------------------------------------------------


def test_the_lowered_tier_note_claims_no_plan() -> None:
    """Role-play 1 of round 62: a student with no plan, a doubt only at the question
    about an attempt, lowered by the counsellor, read "De urgentie blijft direct: er was
    een plan, een middel of een voorbereiding" - false for him."""
    from steunwijzer.present.texts import t

    nl, en = t("result_now_lowered", "nl"), t("result_now_lowered", "en")
    assert "er was een plan" not in nl and "poging" in nl and "open" in nl
    assert "was named" not in en and "attempt" in en and "left that open" in en


@pytest.mark.parametrize(("lang", "whole"), [("nl", "za-zo hele dag"), ("en", "Sat-Sun all day")])
def test_a_whole_day_is_said_as_one(lang: str, whole: str) -> None:
    """Role-play 2 of round 62: "za-zo 00:00-24:00; feestdagen 00:00-24:00" under the
    huisartsenpost; a native writer says "hele dag"."""
    from steunwijzer.core.hours import build_hours
    from steunwijzer.present.phrasing import describe

    hours = build_hours([("mon-fri", ["17:00-08:00"]), ("sat-sun", ["00:00-24:00"])], "x")
    said = describe(hours, lang)
    assert whole in said and "00:00-24:00" not in said
    assert "17:00-08:00" in said


# --- the hostile tester's lost rows (io/lines.py, io/csvinput.py) -----------------------

_AT = ("--at", "2026-11-30T14:00")


def _batch_csv(
    tmp_path: Path, name: str, content: bytes, *args: str
) -> tuple[int, list[dict[str, str]]]:
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    path = tmp_path / name
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["batch", str(path), "--format", "csv", *_AT, *args])
    return result.exit_code, list(csv.DictReader(io.StringIO(result.stdout)))


def test_a_run_of_nuls_on_one_row_loses_that_row_only(tmp_path: Path) -> None:
    """The hostile round of round 62: three NULs in the second row of a small CSV made
    the whole file "binary"; "ik wil dood" in the first row came out nowhere."""
    code, rows = _batch_csv(
        tmp_path, "nn.csv", b"id,text\n1,ik wil dood\n2,slaap\0\0\0 slecht\n3,stress\n"
    )
    assert code == 1  # one bad row
    by_id = {r["id"]: r for r in rows}
    assert by_id["1"]["tier"] == "acute" and "suicidal_thoughts" in by_id["1"]["themes"]
    assert by_id["2"]["error"] and by_id["3"]["tier"] == "specific"


def test_random_bytes_are_still_refused_whole(tmp_path: Path) -> None:
    """Guard: bytes of every value, as compressed data has them, are no CSV: its control
    bytes are on every line."""
    noise = bytes((i * 7919 + 13) % 256 for i in range(4000))
    code, rows = _batch_csv(tmp_path, "noise.csv", noise)
    assert code != 0 and rows == []


def test_a_one_column_csv_keeps_its_commas(tmp_path: Path) -> None:
    """The hostile round of round 62: a text-only export, "ik heb stress, en ik slaap
    slecht", was refused as "expected 1 fields, got 2"."""
    code, rows = _batch_csv(
        tmp_path, "one.csv", b"text\nik heb stress, en ik slaap slecht\nfaalangst\n"
    )
    assert code == 0 and len(rows) == 2
    assert set(rows[0]["themes"].split(";")) >= {"stress", "sleep"} and not rows[0]["error"]


def test_json_lines_on_stdin_after_a_comment_are_json_lines() -> None:
    """The hostile round of round 62: "# cases from intake" on the first line made stdin
    CSV, and the acute row "ik wil dood" was refused with every other row."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    text = (
        '# cases from intake\n{"id":"a","themes":["faalangst"]}\n{"id":"b","text":"ik wil dood"}\n'
    )
    result = CliRunner().invoke(app, ["batch", "-", "--format", "csv", *_AT], input=text)
    by_id = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert by_id["b"]["tier"] == "acute" and by_id["a"]["tier"] == "specific"


# --- the second wave and the third role-play --------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Groep kreeg een bericht van Thomas: 'bedankt voor alles jongens, het was mooi. zorg goed voor elkaar' en daarna zijn telefoon uit. Hij had het vorige week al over een brug.",
            "concern_for_other",
        ),
        (
            "She posted 'thanks for everything, love you all' and now we don't know where she is.",
            "concern_for_other",
        ),
        (
            "Iemand stuurde me mijn eigen foto's terug, met: 'betaal 500 euro voor zondag of ik stuur ze naar al je volgers en je ouders'.",
            "sexual_violence",
        ),
        (
            "mijn huisbaas zei dat ik de achterstand ook 'op een andere manier' kon betalen. ik heb ja gezegd omdat ik anders op straat sta.",
            "sexual_violence",
        ),
        (
            "He says that since we're engaged before God I don't get to say no to him. I said no anyway. He didn't stop.",
            "sexual_violence",
        ),
        (
            "Gisteren wilde een klant me niet laten gaan en hield me uren vast in zijn appartement.",
            "unsafe_situation",
        ),
        (
            "I still have his last voice note saved, from the week before the accident. I listen to it every night.",
            "grief",
        ),
    ],
)
def test_the_second_waves_needs_are_found(text: str, theme: str) -> None:
    """Sets 316-320, measured unseen on b40437d: each was nothing or not this theme."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bedankt voor alles jongens, de borrel was top! Zijn telefoon uit want leeg haha",
        "Voor mijn scriptie onderzoek ik zelfbeschadiging bij autistische jongeren. Mag ik een oproep verspreiden?",
        "Voor mijn scriptie onderzoek ik suïcidaliteit onder lhbtiq+-jongeren.",
        "mijn laptop is weer gecrasht en ik wil hem echt uit het raam gooien",
        "Gisteren ben ik gedoopt!! Na een jaar voorbereiding eindelijk.",
        "I picked Islamic theology because my imam pushed me into it but honestly I'd rather do nursing.",
        "Our pastor always says he'd rather die than miss a Feyenoord match lol.",
        "oma hield me vast toen ik huilde, dat hielp echt",
        "mijn moeder wil me niet laten gaan op kamers",
        "uhm nee nee dat niet zeg maar ik ben gewoon heel moe en ik maak me zorgen om mijn vader maar dood willen nee echt niet",
    ],
)
def test_the_second_waves_harmless_lines_stay_harmless(text: str) -> None:
    """An empty battery, thesis topics among a group named with an adjective, a laptop
    that "crashed" (read as "gekrast"), a baptism (read as "gedoxt"), a subject one was
    pushed into, a pastor's football, a hug, a mother who says no to a student room, and
    a father worried about beside one's own "dood willen nee echt niet" (role-play 3 of
    round 62: 113 and 112 first for a student whose father is ill)."""
    assert not themes_of(text) & ACUTE


def test_a_maar_does_not_deny_a_friends_wish() -> None:
    """Guard: the longer reach after a "maar" takes only a denial at the clause's end."""
    assert "concern_for_other" in themes_of(
        "ik maak me zorgen om mijn vriendin maar ze wil dood, echt"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Both, honestly. I can't really separate them.", False),
        ("how do I get a separate exam room? i have dyslexia", False),
        ("my parents separated last year and now I live in two houses", True),
        ("mum and dad are splitting up and I am caught in the middle", True),
    ],
)
def test_a_divorce_is_a_divorce(text: str, found: bool) -> None:
    """Role-play 1 of round 62: "I can't really separate them" was family circumstances
    (a divorce); so was every "separate exam room" in the labelled sets (34 sentences)."""
    assert ("family_circumstances" in themes_of(text)) is found


def test_zeg_maar_is_no_assertiveness() -> None:
    """Role-play 3 of round 62: the filler "zeg maar" after "nee" was self-insight ("nee
    zeggen"), offered as "ook gehoord" at nearly every answer of a student who talks so."""
    assert "self_insight" not in themes_of("nee nee dat niet zeg maar ik ben gewoon moe")
    assert "self_insight" in themes_of("ik vind het heel moeilijk om nee te zeggen tegen mensen")


def test_m_at_the_tier_question_shows_the_rest() -> None:
    """Role-play 4 of round 62: the screen says "typ m na de vraag over het niveau"; "m"
    typed at that question was "Typ preventie, specifiek of acuut", and the referrals
    beyond the first three stayed hidden. Now the tier is kept and the rest follows,
    without the "m:" prompt in between."""
    import pexpect

    from .render.test_intake_screen import Terminal, _drive_to_override

    term = Terminal("interview", "--lang", "en", "--at", "2026-11-30T14:00")
    child = term.child
    _drive_to_override(term, ["no", "no", "no"], "en")
    child.sendline("m")
    assert child.expect(["Enter: next page", "Type prevention", "m: "]) == 0
    child.sendline("")
    while child.expect(["Enter: next page", pexpect.EOF]) == 0:
        child.sendline("")
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize(
    "text",
    [
        "eigenlijk wil ik gewoon uitloggen. niet uit de game. uit alles.",
        "wil gewoon uitloggen. niet uit de game. uit alles.",
        "i just want to log off. not from the game. from everything.",
        "ik wil gewoon uitloggen uit alles",
    ],
)
def test_logging_off_from_everything_is_a_wish_to_die(text: str) -> None:
    """Set308 and role-play 4 of round 62: the correction that makes it a wish to die
    stands in a sentence of its own, and the patterns read one sentence at a time; the
    student who had said "nee" to the safety questions got PREVENTIE, the study
    association first (core/textacross.py)."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please log out of everything before you leave the library.",
        "Vergeet niet uit te loggen uit alles voordat je gaat.",
        "ik wil niet uitloggen uit alles, dan ben ik mijn wachtwoorden kwijt",
        "ik wil even uitloggen van alles, vakantie!",
        "I just want to log off from everything for a week",
    ],
)
def test_logging_off_for_real_is_no_wish(text: str) -> None:
    """Guard: an instruction, a denial, a holiday, a week off."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("4. and maybe 5, i dont know anymore", ("falling_behind", "thinking_of_stopping")),
        ("4. en misschien ook 5", ("falling_behind", "thinking_of_stopping")),
        ("2 and 4. If I don't get my 30 credits I have to stop", ("planning", "falling_behind")),
    ],
)
def test_a_number_after_a_full_stop_and_a_maybe_is_chosen(
    builtin: Catalog, answer: str, expected: tuple[str, ...]
) -> None:
    """Role-play 4 of round 62: "4. and maybe 5" lost the 5, thinking about stopping (a
    dropout risk, acute), while "4 and maybe 5" kept it. The guard: a number in the
    sentence after ("30 credits") is still no choice."""
    assert read_answer(builtin, "study_worries", answer) == expected


@pytest.mark.parametrize(
    ("first", "nl", "en"),
    [
        (
            "unknown",
            "eerst gelezen als weet niet, later veranderd in nee",
            "first read as don't know",
        ),
        ("yes", "eerst ja, later veranderd in nee", "first yes, later changed to no"),
    ],
)
def test_a_safety_answer_changed_to_no_says_which_first(
    builtin: Catalog, first: str, nl: str, en: str
) -> None:
    """Role-plays 1, 3 and 4 of round 62: the counsellor corrected the tool's own
    misreading ("don't know") to "no", and the reason said "first yes or don't know,
    later changed to no" - as if the student had said yes. The reason (and the acute
    tier it keeps) stays; it now says which first answer it was."""
    from steunwijzer.core.theme_order import TAKEN_BACK
    from steunwijzer.core.triage import Reason
    from steunwijzer.present.explain import reason_sentence

    reason = Reason("safety.safety_thoughts", f"safety_thoughts = {first}{TAKEN_BACK}")
    assert nl in reason_sentence(builtin, reason, {}, "nl")
    assert en in reason_sentence(builtin, reason, {}, "en")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik heb schulden bij verkeerde mensen en ik kan ze niet terugbetalen", "finances"),
        (
            "S. mist aansluiting bij Nederlandse studenten, verder goed op schema",
            "social_connection",
        ),
        ("lost my dad in october. people expect me to be fine by now", "grief"),
        (
            "Hij appte 'bedankt voor alles jongens' en we weten niet waar hij is.",
            "concern_for_other",
        ),
    ],
)
def test_what_the_new_frames_and_silences_must_keep(text: str, theme: str) -> None:
    """Guards, found by breaking the round's code by hand in its review: a group with a
    word before it frames only an acute finding ("schulden bij verkeerde mensen",
    "aansluiting bij Nederlandse studenten" lost their themes when any finding was
    framed), never after "in" across a sentence end ("in october. people ..."), and
    "we weten niet waar hij is" is a silence on its own (textparting's plain pre-test
    must hold "waar")."""
    assert theme in themes_of(text)
