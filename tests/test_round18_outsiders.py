"""Round 18: what outsiders found (blind sets set48, a student desk's webform with
everyday needs and acute ones told in passing, and set49, risk in voices tools miss:
dialect, dyslexic and phone typing, learners' Dutch and English, euphemisms).

The sentences here are written anew for each family, beside the one an outsider wrote,
so a test guards what the family says rather than one sentence. Unless its case says it
guards, each case was run on the commit before the round (a7cb9af, through a worktree)
and failed there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.disguise import unmarked
from steunwijzer.core.interview import replay, run_interview
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.prompts import CrisisPrompt, Prompt, QuestionPrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.render.screen import summary_lines

from .terminal_helpers import read_text as _read
from .terminal_helpers import yes_then_finish

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
        # payment asked in another way, by a landlord (a role-play)
        ("my landlord says I can pay the rent 'in other ways', you know what I mean",
         "sexual_violence"),
        ("now he says if I can't pay I can pay him in another way", "sexual_violence"),
        ("hij zegt dat ik de huur ook in natura kan betalen", "sexual_violence"),
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
        ("my landlord walks in when I am changing", "unwanted_behaviour"),
        ("mijn huisbaas loopt binnen terwijl ik me omkleed", "unwanted_behaviour"),
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
        # paying one's own rent another way (a guard for the landlord family)
        "can I pay my rent in another way than by bank transfer?",
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


# --- the role-play of round 18 (five intakes and a variant in tmux) --------------------

AT = ("--at", "2026-11-30T14:00")
EVENING = dt.datetime(2026, 11, 30, 19, 30)  # Monday: campus closed, the GP post open


def test_an_arm_that_bleeds_is_no_one_else(builtin: Catalog) -> None:
    """A role-play: "I scratch my arms until they bleed" added concern for someone else
    (the "they" read as another person); acute themes cannot be declined, so it went into
    the record. The same in Dutch; a friend's arms keep the concern (guards)."""
    for text in (
        "sometimes I scratch my arms until they bleed, just to feel something",
        "ik kras in mijn armen tot ze bloeden",
        "I dig my nails into my wrists till they bleed",
    ):
        themes, _ = _read(builtin, text)
        assert "self_harm" in themes and "concern_for_other" not in themes, (text, themes)
    for text in ("my sister cuts her arms until they bleed", "she cuts until she bleeds"):
        themes, _ = _read(builtin, text)
        assert "concern_for_other" in themes, (text, themes)


def _answering(answers: dict[str, str], own: str, seen: list[Prompt]) -> Callable[[Prompt], object]:
    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.type == "text":
                return own
            return answers.get(prompt.question.id, "nee")
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    return ask


def test_self_harm_in_own_words_asks_the_self_harm_question(
    gated: Catalog, gated_index: ReferralIndex
) -> None:
    """A role-play: "no" to feeling low shut the self-harm question; self-harm told in the
    own words then left it unasked, and the result said "Not asked in this intake: ... do
    you ever hurt yourself" right under "Why: Self-harm". (Round 32 asks the built-in
    question of everyone; a catalogue that gates it keeps this reopening.)"""
    seen: list[Prompt] = []
    own = "sometimes I scratch my arms until they bleed, just to feel something"
    outcome = run_interview(gated, _answering({}, own, seen), "en", gated_index)
    asked = [p.question.id for p in seen if isinstance(p, QuestionPrompt)]
    sensitive = [q.id for q in gated.questions if q.sensitive and q.type == "yes_no"]
    assert sensitive and sensitive[0] in asked
    assert asked.index(sensitive[0]) > asked.index("own_words")
    assert "self_harm" in outcome.result.themes


def test_no_self_harm_in_own_words_leaves_the_question_shut(
    gated: Catalog, gated_index: ReferralIndex
) -> None:
    """A guard: without self-harm in the own words the question stays behind its gate."""
    seen: list[Prompt] = []
    run_interview(gated, _answering({}, "ik wil beter leren plannen", seen), "nl", gated_index)
    asked = [p.question.id for p in seen if isinstance(p, QuestionPrompt)]
    sensitive = [q.id for q in gated.questions if q.sensitive and q.type == "yes_no"]
    assert sensitive[0] not in asked


def test_danger_from_others_is_not_told_as_an_overdose(builtin: Catalog) -> None:
    """A role-play: a first "weet niet" on the wish, taken back, beside a landlord who
    threatens, gave "call 113 or 112 together now. If something has already been taken
    or done: call 112 and keep the student awake"."""
    answers = {"safety_wish_dead": "unknown", "safety_thoughts": "no", "safety_behaviour": "no",
               "own_words": "my landlord keeps coming into my room without asking and now he "
               "threatens me"}  # fmt: skip
    result = replay(builtin, answers, "en", ReferralIndex(builtin, EVENING))
    assert result.urgency == "immediate" and "unsafe_situation" in result.themes
    text = " ".join(line for line, _ in summary_lines(builtin, result, "en", 120))
    assert "call 112 now" in text
    assert "keep the student awake" not in text


def test_a_lowered_tier_takes_its_first_step_from_that_tier(builtin: Catalog) -> None:
    """A role-play: after the counsellor lowered ACUUT to specific with a reason, the
    screen still said "Volgende stap: Bel 113" and the handout opened with the out-of-hours
    GP. The crisis lines stay listed on screen (the README's promise); the first step is
    the lowered tier's help."""
    from steunwijzer.export.handout import handout_markdown

    seen: list[Prompt] = []
    ask = yes_then_finish(seen, ("specific", "misverstand bij vraag 1, nagevraagd"))
    index = ReferralIndex(builtin, EVENING)
    result = run_interview(builtin, ask, "nl", index).result
    assert result.tier is Tier.SPECIFIC and result.override is not None
    lines = [line for line, _ in summary_lines(builtin, result, "nl", 120)]
    step = next(line for line in lines if line.startswith("Volgende stap"))
    assert "113" not in step and "112" not in step, step
    assert any("113" in line for line in lines)  # still listed
    page = handout_markdown(builtin, result, "nl", EVENING)
    first = page.split("##", 3)[2]
    assert "Huisartsenpost" not in first and "113" not in first, first


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("nee! wacht, ik dacht dat u vroeg of ik soms gewoon wil uitslapen. ik ben gewoon moe",
         False),
        ("no wait, I thought you asked whether I want to sleep in", False),
        ("nee, ik had het verkeerd verstaan, ik dacht dat het over slapen ging", False),
        ("nee wacht", UNKNOWN),  # guards: a no taken back stays doubt
        ("nee wacht, ik dacht dat u iets anders vroeg, maar eigenlijk wel ja", UNKNOWN),
    ],
)  # fmt: skip
def test_a_no_with_a_misheard_question_is_a_no(
    builtin: Catalog, said: str, expected: object
) -> None:
    """A role-play: "nee! wacht, ik dacht dat u vroeg ..." was "weet niet", and the record
    kept it as the student's own doubt after the counsellor corrected it."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    assert parse_answer(question, said) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het maakt allemaal niet meer uit",
        "somber ja. het maakt allemaal niet meer uit eigenlijk",
        "maakt mij allemaal niks meer uit",
    ],
)
def test_nothing_matters_any_more_is_a_risk_sign(builtin: Catalog, text: str) -> None:
    """A role-play: "het maakt allemaal niet meer uit" (recent loss, drinking) was nothing
    recognised; a hopelessness idiom, as "het hoeft voor mij niet meer"."""
    themes, _ = _read(builtin, text)
    assert "suicidal_thoughts" in themes


def test_it_does_not_matter_which_day_is_no_risk(builtin: Catalog) -> None:
    """A guard: the plain "it doesn't matter" is no risk."""
    themes, _ = _read(builtin, "het maakt niet meer uit welke dag we afspreken")
    assert not themes & ACUTE


def test_the_other_needs_of_an_acute_student_keep_their_own_help(builtin: Catalog) -> None:
    """A role-play: once the result was acute, gambling was "covered" by the GP (listed
    for the suicidal thoughts, and quicker at night than the addiction line), so the
    addiction line fell out of a short list. Beside an acute need the other needs are not
    ranked by what is open right now."""
    index = ReferralIndex(builtin, EVENING, limit=6)
    themes = ("suicidal_thoughts", "low_mood", "addiction", "finances", "study_skills",
              "sleep", "functional_impairment")  # fmt: skip
    picks = [o.id for o, _ in index.picks(Tier.ACUTE, themes, "nl", Urgency.SOON, True)]
    assert "jellinek-advieslijn" in picks, picks
    assert picks[:3] == ["huisartsenpost", "huisarts", "vh-spoedspreekuur"]  # acute first


@pytest.mark.parametrize(
    ("said", "expected"),
    [("7 of 8", 8), ("7 or 8", 8), ("tussen 7 en 8", 8), ("zo'n 7-8", 8), ("8", 8)],
)
def test_a_range_on_the_scale_is_the_higher(builtin: Catalog, said: str, expected: int) -> None:
    """A role-play: "7 of 8" to "how heavy, 0-10?" was "Dat antwoord past niet". Two close
    numbers are a range, read as the higher (8 and up is heavy: urgency soon)."""
    question = builtin.question("mood_weight")
    assert question is not None
    assert parse_answer(question, said) == expected


def test_two_far_numbers_on_the_scale_are_still_asked_again(builtin: Catalog) -> None:
    """A guard: "2 of 9" is no range; asked again, not guessed."""
    question = builtin.question("mood_weight")
    assert question is not None
    with pytest.raises(AnswerError):
        parse_answer(question, "2 of 9")


@pytest.mark.parametrize(
    ("said", "expected"),
    [("since september", "long"), ("sinds september", "long"), ("al lang", "long"),
     ("a long time", "long"), ("sinds gisteren", "short")],
)  # fmt: skip
def test_since_a_month_or_a_long_time_is_a_duration(
    builtin: Catalog, said: str, expected: str
) -> None:
    """A role-play: "since september" and "al lang" to "how long has this been going on?"
    were refused ("sinds gisteren" is a guard)."""
    question = builtin.question("sleep_duration")
    assert question is not None
    assert parse_answer(question, said) == expected


def test_a_key_letter_is_not_left_alone_on_a_line() -> None:
    """A role-play at 60 columns: "... met redenen en tips: druk straks" and then "m" alone
    on the next line."""
    from steunwijzer.present.layout import wrap

    text = "… en nog 9 verwijzing(en), met redenen en tips: druk straks m"
    for width in (58, 59, 60):
        lines = wrap(text, width)
        assert lines[-1].strip() != "m" and all(len(x) <= width for x in lines), lines


def test_the_same_file_for_two_outputs_is_said_in_dutch(tmp_path: Path) -> None:
    """A role-play: `--lang nl --save x.json --handout x.json` answered in English."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    target = tmp_path / "x.json"
    result = CliRunner().invoke(
        app, ["interview", "--lang", "nl", "--save", str(target), "--handout", str(target)]
    )
    assert result.exit_code != 0
    assert "hetzelfde bestand" in result.output, result.output
    assert "the same file" not in result.output


def test_afronden_names_the_question_that_opens_an_unsafe_situation(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play: after "afronden" the question "voel je je ergens onveilig?" went
    unasked and was named nowhere."""
    seen: list[Prompt] = []
    result = run_interview(builtin, yes_then_finish(seen), "nl", index).result
    text = " ".join(line for line, _ in summary_lines(builtin, result, "nl", 120))
    gate = builtin.question("area_behaviour")
    assert gate is not None and gate.id not in dict(result.answers)
    assert gate.text.get("nl") in text


def test_the_why_line_is_not_cut_at_its_first_reason(builtin: Catalog) -> None:
    """A role-play: "Waarom: Zelfmoordgedachten — Eerst ja of weet niet, later veranderd
    in nee, op…" was cut on one line where it mattered; it may take two lines now."""
    answers = {"safety_wish_dead": "unknown", "safety_thoughts": "no", "safety_behaviour": "no"}
    result = replay(builtin, answers, "nl", ReferralIndex(builtin, EVENING))
    lines = [line for line, _ in summary_lines(builtin, result, "nl", 80)]
    start = next(i for i, line in enumerate(lines) if line.startswith("Waarom"))
    assert not lines[start].endswith("\u2026"), lines[start : start + 2]
    assert "gewenst" in " ".join(lines[start : start + 2]), lines[start : start + 2]


# --- the second role-play of round 18 and set50 (venting), read after it was measured --


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("nee zei ik toch", False),
        ("no, like I said", False),
        ("nee echt niet, ik bedoel dat ik HEM niet meer wil zien", False),
        ("nee, ik bedoel dat ik hem niet meer wil zien", False),
        ("nee, niet meer", UNKNOWN),  # guards: "not any more" is a past, asked again
        ("nee, toch wel", UNKNOWN),
    ],
)
def test_a_no_said_again_or_explained_is_a_no(
    builtin: Catalog, said: str, expected: object
) -> None:
    """A second role-play: "nee zei ik toch" and "nee echt niet, ik bedoel dat ik HEM niet
    meer wil zien" were doubt ("toch" and "niet meer" read as taking the no back), and the
    method questions followed."""
    question = builtin.question("safety_thoughts")
    assert question is not None
    assert parse_answer(question, said) == expected


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a disclosure said vaguely (a second role-play)
        ("ik wilde het niet maar hij ging gewoon door", "sexual_violence"),
        ("ik zei nee maar hij ging door", "sexual_violence"),
        ("I didn't want it but he just kept going", "sexual_violence"),
        ("I didn't want to but he wouldn't stop", "sexual_violence"),
        # set50, venting with something real in it
        ("mijn ouders zijn beter af met de uitkering van m'n levensverzekering dan met mij",
         "suicidal_thoughts"),
        ("honestly my family would be better off with the insurance money", "suicidal_thoughts"),
        ("I say 'kill me' a lot but lately I mean it a bit more each time", "suicidal_thoughts"),
        ("weer met m'n vuist tegen de muur geramd tot m'n knokkels openlagen", "self_harm"),
        ("I punched the wall again until my knuckles bled", "self_harm"),
        ("mijn vader was weer dronken en trapte mijn deur in", "unsafe_situation"),
        ("heb geslapen met m'n bureaustoel tegen de deur", "unsafe_situation"),
        ("he kicked my door in last night", "unsafe_situation"),
    ],
)  # fmt: skip
def test_a_family_from_the_second_role_play_and_set50_is_found(
    builtin: Catalog, text: str, theme: str
) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    "text",
    [
        "ik wilde het niet maar hij ging gewoon door met praten",
        "I can't quit because of my visa and my parents took a loan for this.",
        "my roommate's hamster died and she's been sad all week",
        "mijn laptop is overleden, alles kwijt",
        "my friend is dying of man flu, send thoughts and prayers",
        "my roommate punched the wall next to my door, he's so dramatic about football",
    ],
)
def test_a_harmless_neighbour_from_the_second_role_play_is_not_acute(
    builtin: Catalog, text: str
) -> None:
    themes, _ = _read(builtin, text)
    assert not themes & ACUTE, themes


def test_a_passport_taken_still_counts(builtin: Catalog) -> None:
    """A guard: "my visa and my parents took a loan" is no confiscated passport, but a
    passport taken is still an unsafe situation."""
    themes, _ = _read(builtin, "my boyfriend took my passport and won't give it back")
    assert "unsafe_situation" in themes
    themes, _ = _read(builtin, "my passport was taken by my uncle")
    assert "unsafe_situation" in themes


def test_a_friends_goodbye_told_by_the_student_is_concern_not_their_own(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A second role-play: at the first safety question the student told of a friend's
    post ("sorry for everything, love you all") and silence; his record got suicidal
    thoughts, the tips asked where HIS means were and the result said "keep the student
    awake". In the student's own words a "he" is someone else."""
    said = "he posted a story last night like 'sorry for everything, love you all' and now he doesn't pick up his phone"  # noqa: E501
    told: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == "safety_wish_dead" and not told:
                told.append(said)
                return Unfit(said)  # the terminal hands on words that answer nothing
            return "nee"
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    result = run_interview(builtin, ask, "en", index).result
    assert "concern_for_other" in result.themes
    assert "suicidal_thoughts" not in result.themes, result.themes
    # a counsellor's note keeps both readings (a guard: "he" may be the student there)
    themes, _ = _read(builtin, said)
    assert {"concern_for_other", "suicidal_thoughts"} <= themes


def test_an_answer_taken_back_does_not_head_the_why_line(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A second role-play: "ja" to the first question by mistake, corrected with "b";
    the assault she chose later made the tier acute, yet the line read "Waarom:
    Zelfmoordgedachten — Eerst ja of weet niet, later veranderd in nee"."""
    from steunwijzer.core.prompts import BACK

    asked: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            qid = prompt.question.id
            asked.append(qid)
            if qid == "safety_wish_dead":
                return "ja" if asked.count(qid) == 1 else "nee"
            if qid == "safety_thoughts" and asked.count(qid) == 1:
                return BACK
            given = {"area_behaviour": "ja", "behaviour_kind": "3", "sexual_past_week": "nee"}
            return given.get(qid, "nee")
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    result = run_interview(builtin, ask, "nl", index).result
    assert result.tier is Tier.ACUTE and "sexual_violence" in result.themes, result.themes
    lines = [line for line, _ in summary_lines(builtin, result, "nl", 120)]
    why = next(line for line in lines if line.startswith("Waarom"))
    assert "Zelfmoordgedachten" not in why, why


# --- a hostile finding of round 17 left open: a layer that rewords the choices ---------

_KIND = (
    "schema_version: 1\nquestions:\n  - id: behaviour_kind\n    type: choice\n"
    "    section: need\n    when: area_behaviour == yes\n"
    "    text: {{nl: Wat is er aan de hand?, en: What is going on?}}\n    choices:\n"
    "      - {{id: unwanted, label: {{nl: '{a_nl}', en: '{a_en}'}}}}\n"
    "      - {{id: unsafe_now, label: {{nl: '{b_nl}', en: '{b_en}'}}}}\n"
    "      - {{id: sexual, label: {{nl: 'Seksueel geweld of aanranding (nu of eerder)', en: 'Sexual violence or assault (now or in the past)'}}}}\n"  # noqa: E501
    "      - {{id: threatened, label: {{nl: 'Bedreigd, gestalkt of achtervolgd (niet op dit moment)', en: 'Threatened, stalked or followed (not at this moment)'}}}}\n"  # noqa: E501
    "      - {{id: violence_home, label: {{nl: 'Geweld of dreiging in huis (nu niet in gevaar)', en: 'Violence or threats in the home (not in danger now)'}}}}\n"  # noqa: E501
)
_UNWANTED = ("Pesten, intimidatie of discriminatie", "Bullying, harassment or discrimination")
_UNSAFE = (
    "Ik ben nu niet veilig (thuis of elders)",
    "I am not safe right now (at home or elsewhere)",
)


def _validate(tmp_path: Path, a: tuple[str, str], b: tuple[str, str]) -> tuple[int, str]:
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    layer = tmp_path / "kind.yaml"
    layer.write_text(_KIND.format(a_nl=a[0], a_en=a[1], b_nl=b[0], b_en=b[1]), encoding="utf-8")
    done = CliRunner().invoke(
        app, ["catalog", "validate", "--strict", "builtin", str(layer)],
        env={"STEUNWIJZER_LANG": "en"},
    )  # fmt: skip
    return done.exit_code, done.output


def test_a_layer_that_swaps_the_labels_of_an_acute_choice_is_refused(tmp_path: Path) -> None:
    """A hostile round (round 17, F3): a layer swapped the labels of "unwanted" and
    "unsafe_now"; "Ik ben nu niet veilig" then gave unwanted behaviour, specific and
    routine, and `catalog validate --strict` said 0 errors, 0 warnings."""
    code, output = _validate(tmp_path, _UNSAFE, _UNWANTED)
    assert code == 1, output
    assert "kind.yaml:" in output and "now has the words of choice 'unsafe_now'" in output


def test_a_layer_that_rewords_an_acute_choice_is_warned_about(tmp_path: Path) -> None:
    """Rewording the choice an acute rule reads is allowed, with a warning to check it
    still asks for that (--strict then fails); rewording another choice is not warned
    about (a guard)."""
    code, output = _validate(tmp_path, _UNWANTED, ("Ik voel me niet veilig", "I feel unsafe"))
    assert code == 1 and "rule 'unsafe_now' raises an acute theme" in output, output
    code, output = _validate(tmp_path, ("Gepest", "Bullied"), _UNSAFE)
    assert code == 0, output


def test_an_empty_or_wildcard_synonym_is_left_out_with_a_warning(tmp_path: Path) -> None:
    """A hostile round (round 17, F19): synonyms "", " " and "*" were accepted, and
    `lookup --theme '*'` then found the theme. Left out with a warning (the file still
    loads: an institution's catalogue must keep loading)."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    layer = tmp_path / "syn.yaml"
    layer.write_text(
        "schema_version: 1\nthemes:\n  - id: pat\n    tier: specific\n"
        "    label: {nl: Pat, en: Pat}\n    patterns: {nl: ['ok'], en: []}\n"
        "    synonyms: {nl: ['', ' ', '*', 'patroon'], en: []}\n",
        encoding="utf-8",
    )
    env = {"STEUNWIJZER_LANG": "en"}
    done = CliRunner().invoke(app, ["catalog", "validate", "builtin", str(layer)], env=env)
    assert done.exit_code == 0, done.output
    assert done.output.count("has no letter or digit; left out") == 3, done.output
    star = CliRunner().invoke(
        app, ["lookup", "--theme", "*", "--json", "--catalog", "builtin", "--catalog", str(layer)],
        env=env,
    )  # fmt: skip
    assert star.exit_code != 0 and "pat" not in star.stdout
    word = CliRunner().invoke(
        app,
        ["lookup", "--theme", "patroon", "--json", "--catalog", "builtin", "--catalog", str(layer)],
        env=env,
    )
    assert word.exit_code == 0 and '"pat"' in word.stdout, word.output


# --- the third role-play of round 18 ---------------------------------------------------


def test_a_replayed_session_record_keeps_its_history_and_override(tmp_path: Path) -> None:
    """A third role-play: a session acute only because a first "ja" was taken back in
    the review, saved with --save and replayed with --answers, came out "alle met nee
    beantwoord", routine, no crisis line, exit 0: a tier lowered silently. The record's
    changed answers and the counsellor's override (with its reason) count on replay."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    record = {
        "steunwijzer": "0.2.0", "date": "2026-11-30",
        "answers": {"safety_wish_dead": False, "safety_thoughts": False,
                    "safety_behaviour": False, "area_study": True,
                    "study_worries": ["planning"]},
        "changed_answers": [{"question": "safety_wish_dead", "first": True, "final": False}],
        "result": {"tier": "acute"},
    }  # fmt: skip
    path = tmp_path / "sessie.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["interview", "--answers", str(path), "--json", *AT])
    data = json.loads(done.stdout)
    assert data["tier"] == "acute" and "suicidal_thoughts" in data["themes"], data["tier"]
    assert data["referrals"][0]["crisis"] is True
    record["result"] = {
        "override": {"from": "acute", "to": "specific", "reason": "misverstand, nagevraagd"}
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    done = runner.invoke(app, ["interview", "--answers", str(path), "--json", *AT])
    data = json.loads(done.stdout)
    assert data["tier"] == "specific" and data["override"]["reason"] == "misverstand, nagevraagd"
    # a plain answers file has no history: the guard that nothing else changed
    plain = tmp_path / "plain.yaml"
    plain.write_text("safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\n")
    done = runner.invoke(app, ["interview", "--answers", str(plain), "--json", *AT])
    assert json.loads(done.stdout)["tier"] != "acute"


def test_words_after_yes_and_a_comma_are_a_sentence_of_their_own(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A third role-play: "yes, sometimes I just want to be with him" to "do you often
    feel low?", a week after her father died, was read as "yes" and the rest dropped:
    no panel, the safety questions not asked again. Now they are asked again."""
    for said in (
        "yes, sometimes I just want to be with him",
        "ja, soms wil ik gewoon bij hem zijn",
    ):
        asked: list[str] = []

        def ask(prompt: Prompt, said: str = said, asked: list[str] = asked) -> object:
            if isinstance(prompt, QuestionPrompt):
                asked.append(prompt.question.id)
                answers = {"area_loss": "yes", "mood_kind": "1", "mood_weight": "6"}
                if prompt.question.id == "area_mood":
                    return said
                return answers.get(prompt.question.id, "no")
            return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

        run_interview(builtin, ask, "en", index)
        assert asked.count("safety_wish_dead") == 2, (said, asked)


@pytest.mark.parametrize(
    ("text", "theme", "not_theme"),
    [
        ("mijn projectgroep sluit me buiten", "unwanted_behaviour", "unsafe_situation"),
        ("ze sluiten me buiten in de werkgroep", "unwanted_behaviour", "unsafe_situation"),
        # a guard: locked out of the house stays unsafe
        ("mijn vriend sluit me buiten, ik sta in de kou voor de deur", "unsafe_situation", ""),
    ],
)
def test_shut_out_of_a_group_is_no_danger(
    builtin: Catalog, text: str, theme: str, not_theme: str
) -> None:
    """A third role-play: "mijn projectgroep sluit me buiten" was an unsafe situation, with
    112, Veilig Thuis and the police."""
    themes, _ = _read(builtin, text)
    assert theme in themes and not_theme not in themes, themes


# --- the fourth role-play of round 18 --------------------------------------------------


def test_a_yes_to_the_opened_self_harm_question_counts(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A fourth role-play: the self-harm question opened by her own words was answered
    "ja, krassen, een paar keer per week", and the result said "Eerst ja ..., later
    veranderd in nee" and "Niet gesteld": the answer was dropped because the question's
    gate ("often low?") was still "nee"."""
    sensitive = next(q.id for q in builtin.questions if q.sensitive and q.type == "yes_no")

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.type == "text":
                return "ik kras mijn armen open voor tentamens"
            if prompt.question.id == sensitive:
                return "ja, krassen, een paar keer per week"
            return "nee"
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    result = run_interview(builtin, ask, "nl", index).result
    assert dict(result.answers).get(sensitive) is True
    text = " ".join(line for line, _ in summary_lines(builtin, result, "nl", 120))
    assert "later veranderd in nee" not in text and "Niet gesteld" not in text, text


def test_a_misheard_question_explained_is_not_asked_again(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A fourth role-play: "no, sorry, I misunderstood. I meant I'm so tired I just want to
    sleep in" resembled a wish to die to the second net, and the next question was asked
    again seconds after her "no"."""
    asked: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            asked.append(prompt.question.id)
            if prompt.question.id == "safety_wish_dead":
                return "no, sorry, I misunderstood. I meant I'm so tired I just want to sleep in"
            return "no"
        return "continue" if isinstance(prompt, CrisisPrompt) else "ok"

    run_interview(builtin, ask, "en", index)
    assert asked.count("safety_wish_dead") == 1 and asked.count("safety_thoughts") == 1, asked


def test_the_first_step_for_danger_now_to_someone_else_is_112(builtin: Catalog) -> None:
    """A fourth role-play: a friend said she wants to end it and no longer answers; the
    panel said "bel 112", the result's note "112 of 113", and its first step "Bel 113 ...
    of start een chat". The step now says what the note says first: 112. A student's own
    plan keeps 113 as the first step (a guard)."""
    from steunwijzer.core.requests import lookup
    from steunwijzer.core.vocabulary import Vocabulary

    index = ReferralIndex(builtin, EVENING)
    for text, number in (
        (
            "mijn vriendin zei gisteren dat ze er een eind aan wil maken en nu neemt ze niet op",
            "112",
        ),
        ("ik maak er vanavond een eind aan", "113"),
    ):
        result = lookup(builtin, Vocabulary(builtin.themes), index, (), text, "nl")
        assert result.urgency == "immediate", (text, result.urgency)
        lines = [line for line, _ in summary_lines(builtin, result, "nl", 120)]
        step = next(line for line in lines if line.startswith("Volgende stap"))
        assert f"Bel {number}" in step, (text, step)


@pytest.mark.parametrize("damaged", ["5", "true"])
def test_a_damaged_session_record_is_refused_with_its_safety_answers_read(
    tmp_path: Path, damaged: str
) -> None:
    """A record whose `changed_answers` is no list stopped with "interne fout: TypeError"
    (found reading this round's change again). Refused with FILE and a message; its
    "ja" on the safety screen is still shown."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    path = tmp_path / "sessie.json"
    path.write_text(
        '{"answers": {"safety_wish_dead": "ja"}, "changed_answers": ' + damaged + "}",
        encoding="utf-8",
    )
    done = CliRunner().invoke(
        app, ["interview", "--answers", str(path), "--json", *AT], env={"STEUNWIJZER_LANG": "en"}
    )
    assert done.exit_code == 1
    assert f"{path}: error: 'changed_answers' of a session record must be a list" in done.stderr
    assert "interne fout" not in done.output and "internal error" not in done.output
    assert json.loads(done.stdout)["tier"] == "acute"


def test_a_risk_right_after_not_wanting_to_see_someone_stays(builtin: Catalog) -> None:
    """Reading the round again: a figure for "not wanting to see him again" (added to
    keep the second net from "ik wil gewoon dat ik hem niet meer hoef te zien") set aside
    the finding right beside it, and "ik wil haar nooit meer zien, alles is zinloos en ik
    heb pillen liggen" lost its risk to life. The figure is gone."""
    themes, _ = _read(
        builtin, "ik wil haar nooit meer zien, alles is zinloos en ik heb pillen liggen"
    )
    assert themes & {"suicidal_thoughts", "concern_for_other"}, themes
