# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 64: outsiders' sets (set338 onwards: sport, pregnancy, placements, faith,
international students, recovery, gaming, working students, disability, relationships),
a blind set of safety answers, role-plays and a hostile tester. Each test names its
source and fails without the change it guards, unless it says it is a guard."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.interview import run_interview

from .conftest import invoke, invoke_en
from .intake import answering
from .reading import builtin_vocabulary, never_read_as_no, read_answer, themes_of

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

    from steunwijzer.core.model import Catalog
    from steunwijzer.core.referrals import ReferralIndex

_RISK = {
    "suicidal_thoughts",
    "self_harm",
    "unsafe_situation",
    "concern_for_other",
    "sexual_violence",
}

# --- needs the blind sets found missing ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set340: a lighter held to the forearm, no verb at all
        (
            "Na elke lesdag op mijn LIO-stage zit ik thuis met een aansteker tegen mijn onderarm.",
            "self_harm",
        ),
        # set338: scalding water until it blisters
        (
            "After I binge I hold my arm under the hot tap until it blisters. It's like paying for it.",
            "self_harm",
        ),
        ("ik hield mijn hand onder de hete kraan tot er blaren kwamen", "self_harm"),
        # set340: the crash as a way out
        (
            "sinds de coschappen denk ik elke ochtend in de auto: als ik nu tegen een boom rij is het tenminste klaar.",
            "suicidal_thoughts",
        ),
        # set341: a friend's cuts, explained away
        (
            "girl from our quran study circle has cuts all over her forearms, says its from her cat but she doesnt have a cat.",
            "concern_for_other",
        ),
        # set342: the burden said to his mother, who then could not reach him
        (
            "Good day, I am a mother in Lagos writing about my son who studies in Groningen. On the phone he said to me 'mama you are better without me' and since then he does not answer. Please can somebody check on him, I am begging.",
            "concern_for_other",
        ),
        # set338: a drowning counted from
        (
            "Three years since my little brother drowned at a swim meet and I still can't get near a pool.",
            "grief",
        ),
        # set344: sextortion after a video call
        (
            "met a girl on a gaming discord, we video called and it got sexual and now some account says they'll send the recording to my whole friend list and my uni unless I pay 500 euro in gift cards by tonight",
            "sexual_violence",
        ),
        # sets 344 and 345: someone one knew, named by what was done together
        ("A guy I raided with every Thursday for four years died in a car crash.", "grief"),
        (
            "A guy I worked with at the warehouse died two weeks ago, forklift accident. I was standing right there.",
            "grief",
        ),
        # set345: a threat that 'something will happen'
        (
            "Mijn broers vinden dat ik als vrouw niet in een café mag werken. Ze hebben gedreigd dat er iets gebeurt als ik nog één keer ga.",
            "unsafe_situation",
        ),
        (
            "wordt stoppen denk ik. kreeg fulltime aangeboden bij de zaak en studeren lukt toch niet meer naast al die diensten",
            "dropout_risk",
        ),
        # set347: an ex let in by nobody; coercive control and a threat to out her
        (
            "Hij staat steeds bij de uitgang van mijn college en bij mijn werk, terwijl ik het al 2 maanden geleden heb uitgemaakt. Vorige week stond hij ineens in het trappenhuis van mijn studentenhuis. Niemand heeft hem binnengelaten.",
            "unsafe_situation",
        ),
        (
            "she's got my bank card and decides who i'm allowed to see. if i go to anything without her she says she'll tell my parents i'm gay.",
            "unsafe_situation",
        ),
        # a role-play, intake 2: fear of what a partner does
        ("im scared of what she does to me", "unsafe_situation"),
        # a hostile tester: a denial taken back at once
        ("niet dat ik dood wil, maar soms wel", "suicidal_thoughts"),
        ("ik wil niet dood, maar soms wel", "suicidal_thoughts"),
        ("I don't want to die, but sometimes I do", "suicidal_thoughts"),
    ],
)
def test_round64_needs_are_found(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # set341, set342, set344: study and work frames
        "Voor mijn bachelorproject religiewetenschappen analyseer ik afscheidsbrieven van martelaren uit de vroege kerk.",
        "The nurse on our placement said we'd see a lot of self-harm patients on night shift. Is there a training on how to talk with them?",
        # set346: a plan that dies a quiet death
        "hoe houden mensen een planning langer vol dan week 2? die van mij sterft altijd een stille dood en dan zit ik weer alles de avond ervoor te doen",
        # set345: a denial said twice as strongly
        "Nee hoor, ik denk er echt niet aan om mezelf iets aan te doen, dat vinkje in de vragenlijst stond verkeerd.",
        # guards beside the new patterns
        "I hold my hands under the hot tap to warm them",
        "you are better without me in the group, i only slow you down",
        "how do i tell my parents im gay",
        "after the exams I will finally tell my parents I'm gay",
        "ik wil niet dood, maar wel beter plannen",
        "I don't want to die. But I do want help with planning.",
        "als ik tegen een boom rij is mijn auto total loss",
    ],
)
def test_round64_harmless_lines_stay_harmless(text: str) -> None:
    """The first four were read as a risk (sets 341, 342, 346, 345); the rest are guards
    beside this round's new patterns."""
    assert not themes_of(text) & _RISK


@pytest.mark.parametrize(
    "text",
    [
        "Na de verloren finale zei een teamgenoot 'ik hoef morgen niet meer wakker te worden' en sindsdien reageert hij niet meer op de app.",
        "Mijn medestagiaire op de afdeling zei vandaag 'ik zie het echt niet meer zitten' en ze heeft haar kat bij mij gebracht.",
    ],
)
def test_words_quoted_after_the_speaker_are_the_speakers(text: str) -> None:
    """Sets 338 and 340: "zei een teamgenoot '...'" (the speaker after the verb, with an
    article) and a fellow trainee ("medestagiaire") were the writer's own wish to die."""
    found = themes_of(text)
    assert "concern_for_other" in found
    assert "suicidal_thoughts" not in found


def test_a_placement_supervisor_s_trainee_is_still_the_student() -> None:
    """Guard: "stagiair" is no fellow; a supervisor's note about the trainee is the
    student's own self-harm (as "mentee", left out in round 30)."""
    text = "Stagebegeleider hier. Onze stagiair heeft brandplekken op zijn handen en gisteren gaf hij toe dat hij zichzelf brandt."
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben zo bang dat ik mijn kindje iets aandoe. ik krijg steeds beelden dat ik hem van de trap laat vallen en ik haat het",
        "ik zie steeds voor me dat ik hem laat vallen, ik zou het nooit willen",
        "I keep getting intrusive thoughts about hurting my baby and I hate it",
        "I'm terrified I'll drop the baby down the stairs",
    ],
)
def test_a_parents_intrusive_thoughts_are_concern_for_the_child_not_a_wish_to_die(
    text: str,
) -> None:
    """Set339 and a role-play (intake 3): a mother's unwanted, frightening thoughts of
    harming her baby read as her own suicidal thoughts (113 first, "a risk to her life"),
    or as nothing. Concern for the child, acute, soon: "I'll" after a fear is no intent,
    so not 112 now."""
    reading = builtin_vocabulary().read(text)
    assert "concern_for_other" in reading.themes
    assert "suicidal_thoughts" not in reading.themes
    assert not any(f.immediate for f in reading.findings)


def test_someone_elses_threat_feared_stays_immediate() -> None:
    """Guard: the fear is of someone else's act, "he'll kill her": immediate stays."""
    reading = builtin_vocabulary().read(
        "My sister's boyfriend hits her and last week he choked her. I'm afraid he'll kill her one day."
    )
    assert any(f.immediate for f in reading.findings)


@pytest.mark.parametrize(
    "text",
    [
        "yes my father. he is died in my country and i was not there",
        "my father is passed away in last week. he is died in my country and i was not there",
    ],
)
def test_a_death_is_no_guessed_danger(text: str) -> None:
    """A role-play (intake 4): the second net guessed an unsafe situation over the words
    of a father's death; Veilig Thuis, 112 and the police came first, and a forced-marriage
    tip, for a student who needed a flight home and a delay of her exams."""
    found = themes_of(text)
    assert "grief" in found
    assert "unsafe_situation" not in found


def test_a_threat_beside_a_death_is_still_danger() -> None:
    """Guard: a threat said in words is no guess, and stays beside the grief."""
    found = themes_of(
        "my dad died and now my uncle says i have to marry his friend or he will hurt me"
    )
    assert {"grief", "unsafe_situation"} <= found


# --- safety answers: a blind set and a hostile tester ---------------------------------------


@pytest.mark.parametrize(
    "answer",
    ["nee, eerder", "nee eerder", "no, earlier", "no but earlier", "no, but before",
     "no, but I did earlier", "nee, wel eerder", "nee maar eerder wel", "no, but yes earlier",
     "no (earlier: yes)", "eerder ja"],
)  # fmt: skip
def test_no_but_earlier_is_earlier(builtin: Catalog, answer: str) -> None:
    """Hostile round 64, problem 1: "nee, eerder" and "no, earlier" were a plain no
    (prevention, routine: "alle met nee beantwoord"), "nee, wel eerder" don't know
    (immediate danger). They place it before the window: earlier, acute, soon."""
    assert read_answer(builtin, "safety_behaviour", answer) == "earlier"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("no, earlier today", UNKNOWN),
        ("nee, eerder deze week", UNKNOWN),
        ("nee, eerder wel, en vorige week weer", UNKNOWN),
        ("ja, eerder vandaag", True),
        ("yes earlier today", True),
        ("nee, eerder moe dan somber", False),
        ("nee", False),
    ],
)
def test_an_earlier_that_is_recent_is_never_a_no(
    builtin: Catalog, answer: str, expected: object
) -> None:
    """ "no, earlier today" was a plain no; a yes with "eerder vandaag" stays a yes, and
    "eerder" as "rather" is no time at all."""
    assert read_answer(builtin, "safety_behaviour", answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("ja soms, vooral 's avonds als ik niet kan slapen", True),
        ("ja, als ik niet slaap", True),
        ("nee ik niet, maar mijn vriendin wel", False),
        ("nee, ik niet", False),
        ("nee ik niet hoor", False),
    ],
)
def test_ik_niet_inside_a_clause_is_no_not_me(
    builtin: Catalog, answer: str, expected: object
) -> None:
    """A blind set of safety answers: "ja soms, vooral 's avonds als ik niet kan slapen"
    to the wish question was read as NO in answers files and batch rows ("ik niet" taken
    for "not me": someone else's). The "not me" readings stay (guards)."""
    question = next(q for q in builtin.questions if q.id == "safety_wish_dead")
    assert parse_answer(question, answer, sentence_is_doubt=True) == expected


def test_the_safety_error_names_earlier(builtin: Catalog) -> None:
    """Hostile round 64: "earlier" is accepted on the safety screen but the error listed
    only yes/no/unknown."""
    from steunwijzer.core.answer_errors import AnswerError

    question = next(q for q in builtin.questions if q.id == "safety_behaviour")
    with pytest.raises(AnswerError, match="earlier"):
        parse_answer(question, "42")


@pytest.mark.parametrize(("qid", "value", "expected"), [
    ("mood_kind", "LOW", ("low",)),
    ("mood_kind", ["low", "LOW"], ("low",)),
    ("behaviour_kind", "UNSAFE_NOW", "unsafe_now"),
    ("behaviour_kind", "Violence_Home", "violence_home"),
    ("mood_weight", 7.5, 8),
    ("mood_weight", 7.0, 7),
])  # fmt: skip
def test_ids_in_any_case_and_a_scale_with_a_fraction(
    builtin: Catalog, qid: str, value: object, expected: object
) -> None:
    """Hostile round 64, problems 7 and 12: "LOW" and "Unsafe_now" lost their batch rows
    where "JA" was read; 7.5 as a JSON number was refused where "7.5" was read as 8."""
    question = next(q for q in builtin.questions if q.id == qid)
    assert parse_answer(question, value) == expected


# --- the hostile tester's files and options -------------------------------------------------


def test_json_with_save_to_stdout_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    """Hostile round 64, problem 4: `interview --json --save -` wrote two JSON documents
    on stdout, exit 0; a script's json.load failed."""
    answers = tmp_path / "a.yaml"
    answers.write_text("safety_wish_dead: no\nsafety_thoughts: no\nsafety_behaviour: no\n")
    for option in ("--save", "--handout"):
        result = invoke(runner, "interview", "--answers", str(answers), "--json", option, "-")
        assert result.exit_code == 2, result.output
        assert option in result.stderr
    plain = invoke(runner, "interview", "--answers", str(answers), "--save", "-", "--plain")
    assert plain.exit_code == 0, plain.output  # guard: without --json, "-" still works


def _batch_rows(tmp_path: Path, runner: CliRunner) -> Path:
    rows = [{"id": f"x{i}", "answers": {"safety_wish_dead": "yes"}} for i in range(5)]
    rows += [{"id": "x5", "themes": ["faalangst"]}, {"id": "x6", "text": "blabla"}]
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    invoke(runner, "batch", str(source), "-o", str(out))
    assert out.exists()
    return out


def test_a_zero_beside_suppressed_cells_is_suppressed_too(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Hostile round 64, problem 3: 7 requests, "Preventie 0", two cells "< 5" and
    "Acuut 5": 7 - 5 - 0 = 2 over two cells of at least 1 made both exactly 1."""
    out = _batch_rows(tmp_path, runner)
    result = invoke(runner, "report", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["everyone"]["tiers"]["rows"]
    prevention = next(r for r in rows if r["key"] == "prevention")
    assert prevention["count"] is None and prevention["suppressed"] == "small", prevention
    table = invoke(runner, "report", str(out), "--plain", "--lang", "en")
    line = next(ln for ln in table.stdout.splitlines() if ln.strip().startswith("Prevention"))
    assert "< 5" in line and " 0 " not in line + " ", line


def test_a_copy_of_a_file_is_read_once(runner: CliRunner, tmp_path: Path) -> None:
    """Hostile round 64, problem 5: `report out.jsonl copy.jsonl` counted 14 requests of
    7. Read once, with a warning that says a JSONL and a CSV are still two files."""
    out = _batch_rows(tmp_path, runner)
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(out.read_bytes())
    result = invoke_en(runner, "report", str(out), str(copy), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "same rows" in result.stderr
    report = json.loads(result.stdout)
    assert report["inputs"]["files"] == 1
    assert report["everyone"]["rows"]["count"] == 7


# --- an earlier attempt alone: acute, its fitting help first (core/earlier_risk.py) --------


def test_an_attempt_years_ago_alone_puts_fitting_help_first(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Role-play 2 of round 64, intake 3: "vijf jaar geleden een poging, sindsdien niks
    meer" from a student who came for planning gave "call 113 together" first, 112 second,
    kept after the counsellor lowered the tier ("the crisis lines stay at the top"). The
    tier stays acute and soon, never lowered; the crisis lines stay, at the end."""
    given = {
        "safety_wish_dead": "nee",
        "safety_thoughts": "nu niet, toen ik zestien was wel",
        "safety_behaviour": "vijf jaar geleden een poging, sindsdien niks meer",
    }
    result = run_interview(builtin, answering(given, ""), "nl", index).result
    assert str(result.tier) == "acute" and str(result.urgency) == "soon"
    assert not result.risk_to_life
    assert not result.referrals[0].offering.crisis
    assert result.referrals[-1].offering.crisis
    numbers = {p for r in result.referrals for p in r.offering.contact.phones}
    assert "113" in numbers


@pytest.mark.parametrize(
    "given",
    [
        {"safety_wish_dead": "ja", "safety_behaviour": "twee jaar geleden"},
        {"safety_thoughts": "nu niet, vroeger wel", "safety_behaviour": "weet niet"},
    ],
)
def test_an_earlier_attempt_beside_a_now_keeps_the_crisis_lines_first(
    builtin: Catalog, index: ReferralIndex, given: dict[str, str]
) -> None:
    """Guard: a yes or a doubt of now beside the earlier attempt is a risk to life now."""
    result = run_interview(builtin, answering(given, ""), "nl", index).result
    assert result.risk_to_life
    assert result.referrals[0].offering.crisis


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("nee, al jaren niet meer", False),
        ("nee, vroeger wel, nu niet meer", False),
        ("no, not since high school", False),
        ("nee, niet meer", UNKNOWN),  # guard: "niet meer" alone may be last week
        ("vroeger wel", UNKNOWN),  # guard: no no said
    ],
)
def test_a_no_with_only_a_past_at_the_self_harm_question_is_a_no(
    builtin: Catalog, answer: str, expected: object
) -> None:
    """Role-play 2 of round 64, intake 3: "nee, al jaren niet meer" to "do you ever hurt
    yourself?" was "don't know", "arrange contact with 113 today before the student
    leaves" and a tip about caring for the wounds."""
    assert read_answer(builtin, "mood_self_harm", answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("nee, al jaren niet meer", "earlier"),
        ("no, not since high school", "earlier"),
        ("ja, al jaren", True),  # guard: "for years" is ongoing
    ],
)
def test_not_for_years_on_the_safety_screen_is_earlier(
    builtin: Catalog, answer: str, expected: object
) -> None:
    assert read_answer(builtin, "safety_behaviour", answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("since that night, so about three weeks now", "long"),
        ("sinds die nacht, dus zo'n drie weken nu", "long"),
        ("pas 1 nacht", "short"),
        ("2 nachten", "short"),
    ],
)
def test_a_length_with_a_number_beats_a_night_without_one(
    builtin: Catalog, answer: str, expected: str
) -> None:
    """Role-play 2 of round 64, intake 1: "since that night, so about three weeks now"
    was read as "less than two weeks" (the night, the first length named)."""
    assert read_answer(builtin, "sleep_duration", answer) == expected


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set350: a refusal is no denial of what followed it
        (
            "my bf makes me hold his stuff when we go out and when i said no last week he grabbed me by the throat. hes asleep in the next room rn",
            "unsafe_situation",
        ),
        ("toen ik nee zei sloeg hij me", "unsafe_situation"),  # a guard: read before too
        # set350, set349, set351: a trip not come back from, a group told to stop worrying,
        # a last message, a club's loss, a drink and a strange bed, a threat after a beating
        ("sometimes on the balloons i kinda hope i just dont come back", "suicidal_thoughts"),
        (
            "There's a guy in my project group who hasn't shown up in two weeks, and his last message in the group chat was 'don't worry you won't have to deal with me much longer'.",
            "suicidal_thoughts",
        ),
        (
            "Dit is waarschijnlijk mijn laatste bericht hier. Ik heb alles geregeld. Dank aan iedereen van de regenboogvereniging die lief voor me was.",
            "suicidal_thoughts",
        ),
        ("we lost a guy from our rowing club last weekend. G at a house party.", "grief"),
        (
            "na een date via grindr werd ik wakker in zijn bed en wist ik niks meer. ik had maar 1 biertje op.",
            "sexual_violence",
        ),
        (
            "A guy from my student association said he'd 'show me I'm not really a lesbian'. I said no, more than once. It happened anyway.",
            "sexual_violence",
        ),
        (
            "got jumped holding my boyfriends hand near the station on friday. same guys live in my building and yelled today theyll finish it next time",
            "unsafe_situation",
        ),
    ],
)
def test_round64_third_wave_needs_are_found(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zo'n kater vandaag dat ik dood wil haha. Nooit meer tequila, zeg ik elke week",
        "my housemate OD'd on pizza last night, three larges by himself 💀 anyway do you guys have walk in hours on fridays",
        "that techno set last night made me want to die in the best possible way. anyway whats the deadline to register for resits?",
        "The drag show last night absolutely killed, I'm still dead. Can the queer association book the aula again next semester?",
        # guards beside the new patterns
        "I got jumped in the queue for the exam, so rude lol",
        "I'll finish it later",
        "we lost a member from our club last year because she moved to Utrecht",
        "dit is mijn laatste bericht hier, ik stap over naar Discord",
        "I said no, he never hit me",
        "don't worry, I'm not suicidal",
    ],
)
def test_round64_third_wave_harmless_lines_stay_harmless(text: str) -> None:
    """The first four were read as a risk (sets 350 and 351); the rest are guards."""
    assert not themes_of(text) & _RISK


def test_an_answers_cell_in_a_refused_csv_keeps_its_yes(runner: CliRunner, tmp_path: Path) -> None:
    """Hostile round 64, problem 13: a CSV with a JSON 'answers' column is refused (the
    column is for JSON Lines); the row's "yes" to the wish to be dead was lost with it,
    no tier and no crisis line, where a risk word in any other column was kept."""
    source = tmp_path / "ans.csv"
    source.write_text('id,answers\nc1,"{""safety_wish_dead"":""yes""}"\n', encoding="utf-8")
    result = invoke(runner, "batch", str(source))
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    row = next(r for r in rows if r.get("id") == "c1")
    assert row["tier"] == "acute", row
    assert "suicidal_thoughts" in row["themes"]


def test_group_values_that_read_as_the_reports_own_labels_are_quoted(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Hostile round 64, problem 6: a faculty "(leeg)" and one "Allemaal" were two more
    rows of those names beside the real ones; "FEB" with a zero-width space looked like
    "FEB"."""
    values = ["(leeg)", "Allemaal", "", "FEB", "FEB\u200b"]
    rows = [{"id": f"r{i}", "themes": ["faalangst"], "fac": values[i % 5]} for i in range(30)]
    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "r.out.jsonl"
    invoke(runner, "batch", str(source), "--keep", "fac", "-o", str(out))
    table = invoke(runner, "report", str(out), "--by", "fac", "--plain").stdout
    labels = [ln.split()[0] for ln in table.splitlines() if ln.startswith("  ") and ln.split()]
    # each --by table lists the groups once: the literal values quoted, the real ones not
    assert labels.count('"(leeg)"') == labels.count("(leeg)") >= 1, table
    assert labels.count('"Allemaal"') == labels.count("Allemaal") >= 1, table
    assert labels.count('"FEB·"') == labels.count("FEB") >= 1, table


def test_month_codes_are_no_student_numbers(runner: CliRunner, tmp_path: Path) -> None:
    """Hostile round 64, problem 9: `--by` on 202409/202410 was refused as "student
    numbers", with the advice to choose a month. A real student number still is."""
    for values, code in ((["202409", "202410"], 0), (["s1234567", "202410"], 2)):
        rows = [{"id": f"r{i}", "themes": ["faalangst"], "g": values[i % 2]} for i in range(20)]
        source = tmp_path / "g.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        out = tmp_path / "g.out.jsonl"
        out.unlink(missing_ok=True)
        invoke(runner, "batch", str(source), "--keep", "g", "-o", str(out))
        assert invoke(runner, "report", str(out), "--by", "g").exit_code == code


def test_threats_in_a_side_remark_are_heard() -> None:
    """Role-play 2 of round 64, intake 4: "kinda hard to care abt stats when ur phone keeps
    buzzing w threats" gave only a dropout risk; the threats of a loan shark were lost."""
    assert "unsafe_situation" in themes_of(
        "tbh i've skipped like half my classes this block. kinda hard to care abt stats when ur phone keeps buzzing w threats"
    )


def test_no_safety_answer_of_a_blind_set_that_says_yes_is_read_as_no(builtin: Catalog) -> None:
    """A blind set of 60 safety answers (a helper of round 64 who never saw the code;
    tests/answers/safety_round64.jsonl): whatever else a reading gets wrong, an answer
    meant as yes, doubt or earlier is never a plain no, in answers files and batch rows
    (``sentence_is_doubt``) nor at the terminal. "ja soms, vooral 's avonds als ik niet
    kan slapen" was a no."""
    checked = never_read_as_no(builtin, "safety_round64.jsonl")
    assert checked >= 40, checked


def test_a_loss_not_close_but_weighing_with_guilt_is_grief() -> None:
    """Set350: "we lost a guy from our rowing club ... we weren't super close but i saw
    him that night and he looked off and i just went home. cant stop thinking about it"
    was set aside as a loss of someone not close. Guard: a distant great-uncle, a
    funeral to think of, stays aside."""
    assert "grief" in themes_of(
        "we lost a guy from our rowing club last weekend. G at a house party. we weren't super close but i saw him that night and he looked off and i just went home. cant stop thinking about it"
    )
    assert "grief" not in themes_of(
        "een oudoom van me is overleden, ik kende hem nauwelijks, ik moet nu wel over de begrafenis denken"
    )


def test_an_earlier_attempt_beside_an_immediate_need_is_no_earlier_only() -> None:
    """Guard of core/earlier_risk.py: an institution's rule may make another acute need
    immediate (the built-in catalogue has none without a risk theme); then the crisis
    lines lead, whatever the earlier answer. Break tried: removing the IMMEDIATE check
    left every other test green."""
    from steunwijzer.core.earlier_risk import earlier_only
    from steunwijzer.core.model import Tier, Urgency
    from steunwijzer.core.triage import Reason

    earlier = Reason(
        "safety.safety_behaviour",
        "safety_behaviour = earlier",
        ("suicidal_thoughts",),
        Tier.ACUTE,
        Urgency.SOON,
    )
    other = Reason(
        "custom_evicted_tonight",
        "housing_tonight = yes",
        ("housing",),
        Tier.ACUTE,
        Urgency.IMMEDIATE,
    )
    assert earlier_only([earlier, other], Urgency.SOON)
    assert not earlier_only([earlier, other], Urgency.IMMEDIATE)
    now = Reason(
        "safety.safety_wish_dead",
        "safety_wish_dead = yes",
        ("suicidal_thoughts",),
        Tier.ACUTE,
        Urgency.SOON,
    )
    assert not earlier_only([earlier, now], Urgency.SOON)
    assert not earlier_only([], Urgency.SOON)


@pytest.mark.parametrize(
    "answer",
    ["yes, earlier", "ja, eerder", "ja eerder wel", "yes, but earlier", "I did it earlier"],
)
def test_a_yes_with_earlier_is_never_lowered_to_earlier(builtin: Catalog, answer: str) -> None:
    """The review of round 64: the first "earlier after a no" rule also read "yes,
    earlier" and "I did it earlier" (both may be this month: a yes, or doubt) as earlier,
    urgency soon where a yes on the behaviour question is immediate."""
    assert read_answer(builtin, "safety_behaviour", answer) in (True, UNKNOWN)


def test_a_guessed_danger_denied_twice_no_longer_decides(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Role-play 3 of round 64, intake 2: a guess of the second net (unsafe) was kept as
    the tier's reason, Veilig Thuis, 112 and the police first, after two fresh "no"s to
    "unsafe somewhere?"; a guessed wish to die is dropped so (round 14)."""
    given = {"area_behaviour": "no, nothing like that", "area_mood": "yes"}
    result = run_interview(
        builtin, answering(given, "i didnt tell anyone, not even my partner"), "en", index
    ).result
    assert "unsafe_situation" not in result.themes, result.reasons
    assert any(m.set_aside == "asked_no" and m.theme == "unsafe_situation" for m in result.mentions)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "yes obviously, he wakes up every 3 hours. and when i sleep i see things",
            "unsafe_situation",
            "sleep",
        ),
        (
            "i keep getting these pictures in my head of hurting him, like dropping him down the stairs. i would never do that, i hate it",
            "unsafe_situation",
            "concern_for_other",
        ),
        ("maybe later, now i just want to go home", "suicidal_thoughts", None),
        # guards: a threat beside the waking, a wish beside home
        ("he wakes up every night and screams at me, im scared", None, "unsafe_situation"),
        ("i just want to go home and never wake up", None, "suicidal_thoughts"),
        (
            "Toen ik klein was heeft mijn oom dingen met me gedaan die niet mochten, en nu komt hij met kerst bij ons logeren. Ik kan er niet van slapen",
            None,
            "unsafe_situation",
        ),
    ],
)
def test_the_third_role_play_s_words(text: str, absent: str | None, present: str | None) -> None:
    """Role-play 3 of round 64: a baby waking every 3 hours was danger (Veilig Thuis
    first); a mother's images of harming her baby were danger too; "now i just want to
    go home" (a funeral abroad) a wish to die."""
    found = themes_of(text)
    assert absent is None or absent not in found, found
    assert present is None or present in found, found


def test_a_pipe_beside_a_file_is_read_not_hashed(runner: CliRunner, tmp_path: Path) -> None:
    """The review of round 64: `report pipe file.jsonl` hung: the pipe was read whole to
    compare its content with the other file's, then opened again and waited for a
    writer that had gone. Only regular files are compared."""
    import os
    import subprocess
    import sys
    import threading

    out = _batch_rows(tmp_path, runner)
    other = tmp_path / "other.jsonl"
    other.write_bytes(out.read_bytes().replace(b'"x', b'"y'))
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def feed() -> None:
        with pipe.open("wb") as w:
            w.write(out.read_bytes())

    threading.Thread(target=feed, daemon=True).start()
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "report", str(pipe), str(other), "--format", "json"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["everyone"]["rows"]["count"] == 14
