"""Round 19: the open findings of round 17's hostile round (F7, F15, F18, F20-F23) and
what a new outsiders' round found. Unless a test says it guards, each was run on the
commit before its fix and failed there."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.model import Catalog, Tier
from steunwijzer.io.skimfile import refused_text

from .conftest import invoke, invoke_en
from .terminal_helpers import read_text as _read

_PAST = 17 * 1024 * 1024  # past the 16 MiB an answers file may have


def _huge_answers(tmp_path: Path, before: str, after: str) -> Path:
    """An answers file of about 17 MiB: ``before``, a long own-words answer, ``after``."""
    path = tmp_path / "huge.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(before + 'own_words: "')
        handle.write("bla " * (_PAST // 4))
        handle.write(after)
    return path


def test_an_answers_file_over_16_mib_is_searched_to_its_end(
    runner: CliRunner, tmp_path: Path
) -> None:
    """F7: "ik wil dood" at the end of a 17 MiB file was refused unread (exit 1, nothing
    shown). It is still refused, and its acute part is shown with 113 first."""
    nee = "safety_thoughts: nee\nsafety_plan: nee\nsafety_unsafe: nee\n"
    path = _huge_answers(tmp_path, nee, ' en dan ineens: ik wil dood"\n')
    result = invoke(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert "te groot" in result.stderr
    assert "ACUUT" in result.stdout
    assert result.stdout.index("113") < result.stdout.index("112")


def test_a_safety_yes_past_16_mib_counts(runner: CliRunner, tmp_path: Path) -> None:
    """F7: a "safety_thoughts: ja" after the limit is a safety answer, not lost."""
    path = _huge_answers(tmp_path, "", '"\nsafety_thoughts: ja\n')
    result = invoke_en(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert "You answered yes" in result.stdout


def test_a_huge_answers_file_on_stdin_is_searched_to_its_end(runner: CliRunner) -> None:
    """F7 through standard input, which cannot be read twice: the rest is kept."""
    text = 'own_words: "' + "bla " * (_PAST // 4) + ' ik wil niet meer leven"\n'
    result = invoke(runner, "interview", "--answers", "-", "--plain", input=text)
    assert result.exit_code == 1
    assert "ACUUT" in result.stdout


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_refused_text_keeps_the_head_whole_and_skims_the_rest(encoding: str) -> None:
    """The first 16 MiB whole; past it safety lines, risk words and the end (a guard of
    the skim: a safety line cut across two chunks of 1 MiB is still one line)."""
    head = "safety_plan: nee\n" + "x" * (16 * 1024 * 1024)
    filler = "y" * (1024 * 1024 - 7) + "\n"  # puts the next line across a chunk edge
    rest = filler + "safety_intent: ja\n" + "z " * 3_000_000 + "ik kras mijn armen\n" + "w" * 5000
    data = (head + rest).encode(encoding)
    text = refused_text(iter(()), io.BytesIO(data))
    assert text.startswith("safety_plan: nee")
    assert "safety_intent: ja" in text
    assert "ik kras mijn armen" in text
    assert text.endswith("w" * 5000)
    assert len(text) < len(head) + 4 * 1024 * 1024  # the rest is bounded, not kept whole


AT_NIGHT = ("--at", "2026-11-30T21:00")


def _first_lines(runner: CliRunner, path: Path) -> list[str]:
    result = invoke_en(runner, "interview", "--answers", str(path), "--json", *AT_NIGHT)
    return [r["id"] for r in json.loads(result.stdout)["referrals"] if r["crisis"]]


def test_a_taken_back_dont_know_does_not_put_113_above_a_threat(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A role-play (round 18): a landlord threatens the student; a first "don't know" to
    thoughts of ending one's life, cleared up as "no", put 113 first and "Next step: Call
    113" on the result. The tier stays acute and 113 stays listed; the threat leads."""
    record = {
        "answers": {"safety_wish_dead": False, "safety_thoughts": False,
                    "safety_behaviour": False, "area_behaviour": True,
                    "behaviour_kind": "threatened",
                    "own_words": "my landlord threatens me, I am scared of him"},
        "changed_answers": [{"question": "safety_thoughts", "first": "unknown",
                             "final": False}],
    }  # fmt: skip
    path = tmp_path / "session.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    lines = _first_lines(runner, path)
    assert lines[0] != "113-zelfmoordpreventie" and "113-zelfmoordpreventie" in lines, lines
    assert lines.index("112-alarmnummer") < lines.index("113-zelfmoordpreventie")
    # a guard: the same "don't know" kept as the final answer keeps 113 first
    record["answers"]["safety_thoughts"] = "unknown"  # type: ignore[index]
    del record["changed_answers"]
    path.write_text(json.dumps(record), encoding="utf-8")
    assert _first_lines(runner, path)[0] == "113-zelfmoordpreventie"


@pytest.mark.parametrize(
    "said",
    [
        "mijn vriendin zei vanavond dat ze er een eind aan wil maken en nu neemt ze niet meer op",
        "my roommate texted me goodbye an hour ago and he isn't answering his phone",
    ],
)
def test_a_friend_in_danger_now_lists_112_first(
    runner: CliRunner, tmp_path: Path, said: str
) -> None:
    """A role-play (round 18): a friend who no longer answers, urgency immediate; the
    note and the next step said 112, the list showed 113 above it."""
    path = tmp_path / "answers.yaml"
    path.write_text(
        "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\n"
        f"own_words: {json.dumps(said)}\n",
        encoding="utf-8",
    )
    lines = _first_lines(runner, path)
    assert lines[0] == "112-alarmnummer", lines


def test_the_students_own_plan_tonight_keeps_113_first(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: danger now to the student in the room keeps the catalogue's order (113,
    then 112), as before."""
    path = tmp_path / "answers.yaml"
    path.write_text(
        "safety_wish_dead: ja\nsafety_thoughts: ja\nsafety_plan: ja\n"
        'own_words: "ik wil er vanavond een eind aan maken"\n',
        encoding="utf-8",
    )
    assert _first_lines(runner, path)[:2] == ["113-zelfmoordpreventie", "112-alarmnummer"]


ACUTE = {
    "suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation",
    "sexual_violence", "grief", "dropout_risk",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # an overdose told without naming it (set52)
        ("two weeks ago I took too many of something, I'm fine now", "suicidal_thoughts"),
        ("last night I swallowed too many of my sleeping pills", "suicidal_thoughts"),
        ("I took too many of them on purpose", "suicidal_thoughts"),
        # a date in one's head (set52; the Dutch family had it)
        ("I have a date in my head, after the exams", "suicidal_thoughts"),
        ("I've picked a day, I think. I have the moment in mind", "suicidal_thoughts"),
        # possessions given away, told beside what they are (set52)
        ("I've been giving away my stuff, like my books and my guitar", "suicidal_thoughts"),
        # long sleeves in summer, worn by the student (set52)
        ("It's summer and I still wear long sleeves, you know why", "self_harm"),
        ("het is dertig graden en ik draag nog steeds lange mouwen", "self_harm"),
        ("in de zomer loop ik altijd in lange mouwen, je snapt het wel", "self_harm"),
        # a supervisor who touches, told verb first (set52)
        ("mijn stagebegeleider zit steeds aan me", "sexual_violence"),
        ("die trainer zat altijd aan me, ook toen ik nee zei", "sexual_violence"),
        # "passed" without "away" (set52)
        ("My dad passed in December and I still can't open my laptop", "grief"),
        ("my grandma passed last week", "grief"),
        ("my best friend passed.", "grief"),
        # dying told as not making it (set52)
        ("mijn tante ligt in het ziekenhuis en ze gaat het niet halen", "grief"),
        ("my uncle is in the icu and they say he is not going to make it", "grief"),
        # weeks away, not knowing whether to go back, thinking about stopping (set52)
        ("ik ben al drie weken niet naar school geweest", "dropout_risk"),
        ("weet niet of ik nog terug wil.", "dropout_risk"),
        ("als ik eerlijk ben denk ik al een tijd na over stoppen.", "dropout_risk"),
        ("misschien stop ik, ik weet het niet", "dropout_risk"),
        ("nog één onvoldoende en dan lig ik eruit", "dropout_risk"),
    ],
)  # fmt: skip
def test_a_family_said_out_loud_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes, themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("gooi ik soms m'n eten eruit", "eating"),
        ("I throw up my dinner most nights", "eating"),
        ("ik ben al een tijd zo triestig", "low_mood"),
        ("waarom zou ik nog opstaan, denk ik dan", "low_mood"),
        ("why would I even get out of bed", "low_mood"),
        ("zodra ik in die zaal zit is het helemaal blanco", "performance_anxiety"),
        ("bij elke toets krijg ik buikpijn en moet ik naar de wc", "performance_anxiety"),
        ("ik heb er al twee gemist omdat ik niet durfde", "performance_anxiety"),
        ("I throw up before every exam", "performance_anxiety"),
        ("ik twijfel of ik wel een meisje ben", "identity"),
        ("thuis ben ik de Marokkaan, hier ben ik de Nederlander", "identity"),
        ("ik voel me nergens echt thuis", "identity"),
        ("at home they still use my deadname", "identity"),
        ("it's all due at once and I'm kind of drowning", "stress"),
        ("running on coffee and panic since September", "stress"),
        ("ik twijfel echt of geneeskunde wel iets voor mij is", "study_choice"),
        ("how do people actually study for this?", "study_skills"),
        ("I make a schedule every week and never follow it", "study_skills"),
        ("everyone already has their friends from school", "social_connection"),
        ("I don't know how I'm paying next semester", "finances"),
        ("ik werk veel, anders kan ik mijn huur niet betalen", "finances"),
        ("ze hebben een groepsapp over mij gemaakt", "unwanted_behaviour"),
        ("they made a group chat about me", "unwanted_behaviour"),
        ("the lecturer said people like me just buy our degrees", "unwanted_behaviour"),
        ("mijn broer zit vast en thuis is het een heel ding", "family_circumstances"),
        ("ik doe alle brieven voor mijn ouders", "family_circumstances"),
        ("my dad lost his job in the summer", "family_circumstances"),
    ],
)  # fmt: skip
def test_an_everyday_need_said_out_loud_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes, themes


@pytest.mark.parametrize(
    "text",
    [
        # a thing "killing me", told the other way round (set52)
        "Honestly the only thing killing me is the commute from Almere",
        "the one thing killing me right now is statistics",
        # an obituary written as a class exercise (set52)
        "We did this exercise in class, writing your own obituary, to see what you value",
        "bij de training moesten we onze eigen grafrede schrijven, over je waarden",
        # long sleeves for a reason named, or worn by someone else
        "I wear long sleeves in summer because of my eczema",
        "Onze keeper traint met lange mouwen, ook bij 30 graden",
        # a past that is over (set52)
        "een vriendin deed vroeger aan zelfbeschadiging, maar dat is jaren geleden, het "
        "gaat nu echt top met haar",
        "M'n opa is vorig jaar overleden, heel vredig. Daar kom ik niet voor hoor.",
        "my grandpa died two years ago, that's not why I'm here though",
        # a week away is not weeks away
        "Ik ben deze week niet één keer naar college geweest, ik was ziek",
        # food thrown up is no wish to die
        "eigenlijk gooi ik soms m'n eten eruit",
        # "misschien stop ik" with something else
        "misschien stop ik met roken",
    ],
)
def test_a_harmless_neighbour_said_out_loud_is_not_acute(builtin: Catalog, text: str) -> None:
    themes, _ = _read(builtin, text)
    assert not themes & ACUTE, themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # guards: a peaceful death last year still grieved now is grief
        ("My mum died last year, peacefully, but I still can't stop crying", "grief"),
        ("mijn oma is vorig jaar overleden en ik mis haar elke dag, daar kom ik voor",
         "grief"),
        # and the student's own obituary, outside a class, stays a risk
        ("sometimes I write my own obituary at night", "suicidal_thoughts"),
    ],
)  # fmt: skip
def test_the_risk_beside_a_reading_said_out_loud_stays(
    builtin: Catalog, text: str, theme: str
) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes, themes


# --- a hostile round (round 19) --------------------------------------------------------


def _record(tmp_path: Path, changes: object) -> Path:
    """A --save record of a student who sleeps badly and said no to every safety
    question, with ``changes`` as its changed answers and steunwijzer's own result."""
    record = {
        "answers": {"safety_wish_dead": False, "safety_thoughts": False,
                    "safety_behaviour": False, "area_sleep": True, "sleep_duration": "long"},
        "changed_answers": changes,
        "result": {"tier": "specific", "themes": ["sleep", "suicidal_thoughts"],
                   "tips": [{"id": "awake", "text": "keep the student awake, call 112"}]},
    }  # fmt: skip
    path = tmp_path / "session.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ([{"question": "safety_wish_dead", "from": True, "to": False}], "unknown key 'from'"),
        ([{"question": "safety_wishdead", "first": True, "final": False}],
         "unknown question id 'safety_wishdead' in 'changed_answers'"),
        ([{"first": True, "final": False}], "needs a 'question'"),
    ],
)  # fmt: skip
def test_a_first_yes_in_a_damaged_history_is_not_lost(
    runner: CliRunner, tmp_path: Path, changes: object, said: str
) -> None:
    """G3: an entry with other keys, or a misspelt question id, was dropped without a
    word and the first "ja" with it: specific, exit 0. Refused now with what is wrong,
    and a first "ja" under a known (or nearly known) id still shows the acute part."""
    result = invoke_en(runner, "interview", "--answers", str(_record(tmp_path, changes)),
                       "--plain", *AT_NIGHT)  # fmt: skip
    assert result.exit_code == 1
    assert said in result.stderr
    if "question" in changes[0]:  # type: ignore[index]
        assert "ACUTE" in result.stdout, result.stdout


def test_a_damaged_record_is_not_searched_for_its_own_ids_and_texts(
    runner: CliRunner, tmp_path: Path
) -> None:
    """G4: refused for its changed answers, a record was searched whole: "safety_wish_dead"
    read as a wish to be dead, the tips as the student's words; ACUUT, call 112, for a
    student who said no to every safety question. Its answers are what count."""
    result = invoke(runner, "interview", "--answers", str(_record(tmp_path, "n/a")), "--plain")
    assert result.exit_code == 1
    assert "moet een lijst zijn" in result.stderr
    assert "ACUUT" not in result.stdout and "112" not in result.stdout, result.stdout


def test_the_same_record_whole_keeps_its_first_yes(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: a well-formed history still counts (round 18)."""
    changes = [{"question": "safety_wish_dead", "first": True, "final": False}]
    path = _record(tmp_path, changes)
    result = invoke_en(runner, "interview", "--answers", str(path), "--json", *AT_NIGHT)
    assert json.loads(result.stdout)["tier"] == "acute"


def test_rows_with_a_risk_are_named_with_their_line(runner: CliRunner, tmp_path: Path) -> None:
    """G2: a row without an id is named by its row number, which was another student's
    id: the summary of rows with a risk named the student with exam anxiety. Each is
    named with its line now, and rows without an id are warned about."""
    source = tmp_path / "rows.csv"
    source.write_text("id,text\n2,tentamenangst\n3,ik slaap slecht\n,ik heb een touw gekocht\n")
    result = invoke_en(runner, "batch", str(source), "--format", "csv")
    assert "1 row(s) without an id are named by their row number (the first on line 4)" in (
        result.stderr
    )
    full = tmp_path / "full.jsonl"
    full.write_text("{}")
    cut = invoke_en(runner, "batch", str(source), "-o", str(full))  # exists: refused
    assert cut.exit_code != 0
    done = invoke_en(runner, "batch", str(source), "--format", "csv", "-o", "/dev/full")
    assert "3 (line 4)" in done.stderr, done.stderr


def test_an_error_keeps_its_exit_code_when_stderr_is_gone(tmp_path: Path) -> None:
    """G6: `2>&1 >/dev/null | grep -q error` closed stderr after the first line, and a
    broken catalogue in safety mode exited 0 instead of 1."""
    import subprocess
    import sys

    layer = tmp_path / "bad.yaml"
    layer.write_text("schema_version: 1\nthemes:\n\t- id: x\n", encoding="utf-8")
    command = [sys.executable, "-m", "steunwijzer", "lookup", "--text", "ik wil dood",
               "--json", "-c", "builtin", "-c", str(layer)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    process.stderr.close()  # the reader is gone before a word is written
    assert process.wait(timeout=60) == 1


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("student_step", "Wacht tot je huisarts je doorverwijst naar 113."),
        ("how_to_access", "Bel 113 pas na verwijzing door de huisarts."),
        ("how_to_access", "Call 113 only after a GP referral; make an appointment first."),
        ("how_to_access", "Niet nodig."),
    ],
)
def test_a_layer_may_not_put_a_wait_before_calling_113(
    runner: CliRunner, tmp_path: Path, field: str, text: str
) -> None:
    """G5: a layer's step "wait until your GP refers you to 113" stood on the handout
    under "do this now, you don't have to wait", with only a warning about the name."""
    layer = tmp_path / "layer.yaml"
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        f"    {field}: {{nl: {json.dumps(text)}, en: {json.dumps(text)}}}\n",
        encoding="utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1
    assert "puts a wait or a condition before calling" in result.stdout + result.stderr


def test_a_layer_may_reword_113_without_a_wait(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: another wording that still calls now passes."""
    layer = tmp_path / "layer.yaml"
    text = "Bel 113 of 0800-0113, dag en nacht; bel samen met de student."
    layer.write_text(
        "schema_version: 1\nofferings:\n  - id: 113-zelfmoordpreventie\n"
        f"    how_to_access: {{nl: {json.dumps(text)}, en: 'Call 113, day and night.'}}\n",
        encoding="utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("layer", "question", "rule"),
    [
        ("  - id: mood_self_harm\n    when: \"area_mood == yes and area_mood == no\"\n",
         "mood_self_harm", "self_harm"),
        ("  - id: area_loss\n    when: \"area_study == yes and not area_study == yes\"\n",
         "area_loss", "loss"),
        ("  - id: behaviour_kind\n    when: \"area_behaviour == yes and area_behaviour != yes\"\n",
         "behaviour_kind", "unsafe_now"),
        ("  - id: area_behaviour\n    when: \"mood_weight > 10\"\n",
         "area_behaviour", "unsafe_now"),
    ],
)  # fmt: skip
def test_a_layer_may_not_make_a_question_of_an_acute_rule_unreachable(
    runner: CliRunner, tmp_path: Path, layer: str, question: str, rule: str
) -> None:
    """G1: a `when` that never holds took the self-harm, loss and "not safe now"
    questions out of every interview, so their acute rules could never fire; validate,
    --strict and lint passed. Refused at the layer's line, naming the rule."""
    path = tmp_path / "layer.yaml"
    path.write_text("schema_version: 1\nquestions:\n" + layer, encoding="utf-8")
    result = invoke_en(runner, "catalog", "validate", "builtin", str(path))
    assert result.exit_code == 1
    said = result.stdout + result.stderr
    assert f"{path}:3:5: error: question '{question}'" in said, said
    assert f"acute rule '{rule}'" in said


def test_a_layer_may_narrow_a_question_that_can_still_be_asked(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A guard: a narrower `when` that can hold passes."""
    path = tmp_path / "layer.yaml"
    path.write_text(
        'schema_version: 1\nquestions:\n  - id: mood_self_harm\n    when: "area_mood == yes '
        'and mood_weight >= 3"\n',
        encoding="utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", "builtin", str(path))
    assert result.exit_code == 0, result.stdout + result.stderr


def test_can_hold_tries_every_answer(builtin: Catalog) -> None:
    """The check itself: each kind of question, holding and never holding."""
    from steunwijzer.core.conditions import check, parse
    from steunwijzer.core.reachable import can_hold

    questions = {q.id: q for q in builtin.questions}

    def holds(source: str) -> bool:
        return can_hold(check(parse(source), questions), questions)

    assert holds("area_mood == yes")
    assert holds("mood_weight >= 10") and not holds("mood_weight > 10")
    assert holds("mood_kind contains low and mood_kind contains stress")
    assert not holds("behaviour_kind == sexual and behaviour_kind == unwanted")
    assert holds("not area_mood == yes")  # unanswered counts too
    assert not holds("area_mood == yes and not area_mood == yes")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # two who cut, the student one of them (set53)
        ("Daan en ik snijden ons allebei", "self_harm"),
        ("we both cut, my girlfriend and me", "self_harm"),
        # not making it through the weekend (set53)
        ("Noor zei dat ze het weekend niet gaat halen", "concern_for_other"),
        ("ik denk dat ik het weekend niet ga halen", "suicidal_thoughts"),
        ("she said she won't make it through the weekend", "concern_for_other"),
        # an emergency call already made for someone (set53)
        ("vorige week moesten we 112 bellen voor onze huisgenoot", "concern_for_other"),
        ("we had to call an ambulance for her last night", "concern_for_other"),
        # the student's own method beside a sister's attempt (set53)
        ("mijn zus heeft een poging gedaan en nu denk ik zelf ook steeds na over hoe ik het "
         "zou doen", "suicidal_thoughts"),
        # a teammate's words reported (set53): "ploegmaat" is someone else
        ("mijn ploegmaat zei 'ik zie het niet meer zitten'", "concern_for_other"),
        # a grief that comes back (set53)
        ("my mum died years ago and I thought I'd dealt with it, but it's coming back",
         "grief"),
    ],
)  # fmt: skip
def test_whose_problem_it_is_is_read(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes, themes


@pytest.mark.parametrize(
    "text",
    [
        # "offered" was a typo of the Dutch "overleed" (set53)
        "My friend offered to help me with a weekly schedule",
        "the lecturer offered extra office hours before the exam",
        # a death faked, an undertaker retired (set53)
        "an influencer faked her own death for views, so weird",
        "mijn oom is met pensioen gegaan als uitvaartverzorger",
        # a question about the rule (set53)
        "hoeveel punten heb ik nodig voor het BSA?",
    ],
)
def test_a_harmless_story_about_someone_is_not_acute(builtin: Catalog, text: str) -> None:
    themes, _ = _read(builtin, text)
    assert not themes & ACUTE, themes


def test_a_misspelt_grief_word_is_still_found(builtin: Catalog) -> None:
    """A guard of the typo rule: one slip, or the v/f sound alone, still matches."""
    for text in ("mijn oma is overleeden", "mijn opa is oferleden", "zuisidaal denk ik"):
        themes, _ = _read(builtin, text)
        assert themes & ACUTE, (text, themes)


def test_every_built_in_pattern_is_a_valid_pattern() -> None:
    """A built-in pattern that does not parse was left out without a word: "self-harm"
    (a hyphen) in round 19's first version of a family. The catalogue's patterns are
    validated with FILE:LINE; the built-in ones here."""
    from steunwijzer.core import lexicon, lexicon_floor
    from steunwijzer.core.recognise import check_pattern

    tables = [lexicon_floor.FLOOR[theme] for theme in lexicon_floor.FLOOR]
    tables += [lexicon.FIGURES, lexicon.PAST, lexicon.RECOVERED, lexicon.COMPLETED]
    patterns = [p for table in tables for found in table.values() for p in found]
    assert len(patterns) > 1000
    for pattern in patterns:
        check_pattern(pattern.removeprefix("!"))


# --- a role-play (round 19) ------------------------------------------------------------


def test_the_panel_lists_112_first_for_a_roommate_who_no_longer_answers(
    builtin: Catalog,
) -> None:
    """S4: at the first question the panel said "no answer and worry for their life:
    call 112" and listed 113 above 112; the result put 112 first."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.prompts import CrisisPrompt, Prompt, QuestionPrompt
    from steunwijzer.core.referrals import ReferralIndex

    said = ("no, not me. it's my roommate, he sent me a goodbye message an hour ago and he "
            "isn't answering his phone")  # fmt: skip
    panels: list[CrisisPrompt] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, CrisisPrompt):
            panels.append(prompt)
            return "continue"
        if isinstance(prompt, QuestionPrompt):
            return said if prompt.question.id == "safety_wish_dead" else "no"
        return "ok"

    evening = dt.datetime(2026, 11, 30, 21, 0)
    run_interview(builtin, ask, "en", ReferralIndex(builtin, evening))
    assert panels and panels[0].urgency == "immediate"
    crisis = [r.offering.id for r in panels[0].contacts if r.offering.crisis]
    assert crisis[0] == "112-alarmnummer", crisis


@pytest.mark.parametrize(
    ("question", "said", "read"),
    [
        ("area_study", "nee, de studie gaat eigenlijk wel", False),
        ("area_money", "nee, de begrafenis was wel duur maar mijn moeder regelt dat", False),
        ("area_study", "nee, het valt eigenlijk wel mee", False),
        # guards: a no taken back stays a yes
        ("area_study", "nee, eigenlijk wel", True),
        ("area_money", "nee... toch wel", True),
        ("area_money", "nee, wel een beetje", True),
    ],
)
def test_a_no_that_says_how_something_is_stays_a_no(
    builtin: Catalog, question: str, said: str, read: bool
) -> None:
    """S5: "nee, de studie gaat eigenlijk wel" was read as "ja": the "wel" says how the
    study goes, it takes no no back."""
    from steunwijzer.core.answers import parse_answer

    asked = next(q for q in builtin.questions if q.id == question)
    assert parse_answer(asked, said) is read


def test_an_ex_who_keeps_coming_to_the_door_is_not_danger_now(builtin: Catalog) -> None:
    """S1: "mijn ex die steeds voor mijn deur staat" gave urgency immediate and "bel nu
    112" for a student safe in the room; "steeds" is often, not now. "nu" stays now."""
    from steunwijzer.core.vocabulary import Vocabulary

    reader = Vocabulary(builtin.themes)
    often = reader.read("het gaat om mijn ex die steeds voor mijn deur staat")
    assert [f.theme for f in often.findings] == ["unsafe_situation"]
    assert not any(f.immediate for f in often.findings)
    now = reader.read("mijn ex staat nu weer voor mijn deur")
    assert any(f.immediate for f in now.findings if f.theme == "unsafe_situation")


def test_the_panel_for_an_unsafe_situation_speaks_of_tonight(builtin: Catalog) -> None:
    """C5: the panel for "mijn kamer voelt niet meer veilig" gave the suicide advice
    ("plannen, middelen, 113 of de huisarts")."""
    from rich.console import Console

    from steunwijzer.render.common import crisis_panel

    console = Console(width=100, record=True, color_system=None)
    crisis_panel(console, builtin, "soon", (), "nl", themes=("unsafe_situation",),
                 new=("unsafe_situation",))  # fmt: skip
    shown = " ".join(console.export_text().split())
    assert "vannacht veilig" in shown and "middelen" not in shown, shown


# --- smaller findings of the hostile rounds (round 17's F18, F20, F21; round 19's) -------


def test_force_never_replaces_a_link_to_nothing(runner: CliRunner, tmp_path: Path) -> None:
    """G8: --force replaced a dangling symbolic link with a file, and without --force the
    message advised --force; a link is refused either way, as a link to a file is."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "1", "themes": ["sleep"]}\n', encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "nowhere.jsonl")
    for extra in ((), ("--force",)):
        result = invoke_en(runner, "batch", str(rows), "-o", str(link), *extra)
        assert result.exit_code != 0
        assert "is a symbolic link" in result.stderr and "--force" not in result.stderr
        assert link.is_symlink()


def test_glossary_with_an_empty_or_huge_term(runner: CliRunner) -> None:
    """G16: "" found nothing (exit 1) and a 100,000-character term was echoed whole."""
    empty = invoke_en(runner, "glossary", "")
    assert empty.exit_code == 2
    huge = invoke_en(runner, "glossary", "a" * 100_000)
    assert huge.exit_code == 1 and len(huge.stderr) < 300, len(huge.stderr)


def _validate(runner: CliRunner, tmp_path: Path, text: str) -> str:
    layer = tmp_path / "layer.yaml"
    layer.write_text(text, encoding="utf-8")
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    return result.stdout + result.stderr


def test_a_review_date_in_the_future_is_warned_about(runner: CliRunner, tmp_path: Path) -> None:
    """G20: "last_reviewed: 9999-12-31" switched the "older than 12 months" warning off
    for good, without a word."""
    said = _validate(runner, tmp_path, "schema_version: 1\ncatalog: {name: x, "
                     "last_reviewed: 9999-12-31}\n")  # fmt: skip
    assert "last_reviewed 9999-12-31 is in the future" in said


@pytest.mark.parametrize("hours", ["{daily: []}", "{daily: closed}", "{weekdays: [], weekend: []}"])
def test_hours_that_never_open_are_warned_about(
    runner: CliRunner, tmp_path: Path, hours: str
) -> None:
    """F18 (round 17): hours that never open passed silently; the offering was "nu dicht"
    for ever, with no time it opens."""
    said = _validate(runner, tmp_path, (
        "schema_version: 1\nofferings:\n  - id: vh-studentpsycholoog\n"
        f"    hours: {hours}\n"
    ))  # fmt: skip
    assert "never opens: every day is closed" in said, said


def test_an_empty_corpus_is_no_pass(runner: CliRunner, tmp_path: Path) -> None:
    """F20 (round 17): `catalog test` of an empty corpus said "0 sentences ... ok", exit 0:
    a truncated file turned a CI gate green."""
    corpus = tmp_path / "empty.jsonl"
    corpus.write_text("", encoding="utf-8")
    result = invoke_en(runner, "catalog", "test", str(corpus))
    assert result.exit_code == 1
    assert "holds no sentences" in result.stdout + result.stderr


def test_catalog_themes_to_a_pipe_keeps_the_synonyms() -> None:
    """F21 (round 17): written to a pipe every synonym cell was "…"."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "catalog", "themes"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    row = next(line for line in done.stdout.splitlines() if "suicidal_thoughts" in line)
    assert "zelfmoord" in row and "…" not in row, row


def test_a_handout_for_a_wish_without_a_plan_keeps_112_for_later(
    runner: CliRunner, tmp_path: Path
) -> None:
    """C8: a grieving student with a passive wish and no plan read "Doe dit nu ... Bel
    112". 113 stays the first step; 112 stands under "Als het erger wordt"."""
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "safety_wish_dead: ja\nsafety_thoughts: nee\nsafety_behaviour: nee\narea_loss: ja\n"
        'own_words: "mijn vader is twee weken geleden overleden, ik slaap slecht"\n',
        encoding="utf-8",
    )
    page = tmp_path / "handout.md"
    invoke(runner, "interview", "--answers", str(answers), "--handout", str(page), *AT_NIGHT)
    text = page.read_text(encoding="utf-8")
    now, later = text.split("## Als het erger wordt")
    assert "113 Zelfmoordpreventie" in now.split("## Meer plekken")[0]
    assert "112" not in now and "112" in later


def test_a_handout_for_danger_now_keeps_112_first(runner: CliRunner, tmp_path: Path) -> None:
    """A guard: with a plan for tonight 112 stays under "Doe dit nu"."""
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "safety_wish_dead: ja\nsafety_thoughts: ja\nsafety_plan: ja\n"
        'own_words: "ik wil er vanavond een eind aan maken"\n',
        encoding="utf-8",
    )
    page = tmp_path / "handout.md"
    invoke(runner, "interview", "--answers", str(answers), "--handout", str(page), *AT_NIGHT)
    now = page.read_text(encoding="utf-8").split("## Als het erger wordt")[0]
    assert "112 Alarmnummer" in now


def test_a_direction_control_in_a_catalogue_text_is_warned_about(
    runner: CliRunner, tmp_path: Path
) -> None:
    """G18: a name with U+202E passed validation and showed reversed in every HSDS
    consumer (the exports keep the data, escaped)."""
    said = _validate(runner, tmp_path, (
        "schema_version: 1\nofferings:\n  - id: vh-huiskamer\n"
        '    name: {nl: "Lijn\\u202eevil\\u202c naam", en: "Living room"}\n'
    ))  # fmt: skip
    assert "holds the direction control U+202E" in said, said


@pytest.mark.parametrize(
    ("cell", "escaped"),
    [("+31-20-1234", True), ("+31 20 1234", False), ("+31 (0)6-12345678", False),
     ("-12", False), ("=1+1", True)],
)  # fmt: skip
def test_a_phone_number_a_spreadsheet_would_work_out_is_escaped(cell: str, escaped: bool) -> None:
    """G17: "+31-20-1234" was left as written, and a spreadsheet made it -1223."""
    from steunwijzer.io.escape import csv_cell

    assert csv_cell(cell).startswith("'") is escaped


def test_a_catalogue_link_to_itself_is_named_as_such(runner: CliRunner, tmp_path: Path) -> None:
    """F23 (round 17): a symbolic link loop "does not exist"."""
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    result = invoke_en(runner, "catalog", "validate", str(loop))
    assert result.exit_code == 1
    assert "a symbolic link that leads nowhere" in result.stdout + result.stderr


def test_a_safety_column_far_into_a_refused_header_still_counts(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A guard for F15 (round 17): misspellings are looked for in the first 1,000
    columns only (a million took three minutes; now about thirty seconds, most of it the
    header searched as words); an exact safety column past them still counts."""
    names = [f"c{i}" for i in range(1500)]
    names[1400] = "safety_thoughts"
    cells = [""] * 1500
    cells[1400] = "ja"
    source = tmp_path / "wide.csv"
    source.write_text("id," + ",".join(names) + "\n7," + ",".join(cells) + "\n")
    result = invoke_en(runner, "batch", str(source), "--format", "csv")
    assert result.exit_code == 1
    row = next(line for line in result.stdout.splitlines() if line.startswith("7,"))
    assert ",acute," in row, row


def test_a_report_reads_a_theme_id_in_capitals_and_refuses_a_word_for_recognised(
    runner: CliRunner, tmp_path: Path
) -> None:
    """G13: "Suicidal_Thoughts" counted as an unnamed other theme, while "ACUTE" was
    refused as a tier; "recognised": "yes" was taken as not given."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"tier": "acute", "urgency": "soon", "themes": ["Suicidal_Thoughts"]}\n'
        '{"tier": "specific", "themes": ["sleep"], "recognised": "yes"}\n',
        encoding="utf-8",
    )
    result = invoke_en(runner, "report", str(rows), "--min-cell", "1", "--format", "json")
    assert f"{rows}:2: error: recognised must be true or false" in result.stderr
    themes = json.loads(result.stdout)["everyone"]["themes"]
    assert "suicidal_thoughts" in json.dumps(themes), themes


@pytest.mark.parametrize("said", ["uhm ja eigenlijk wel", "nou... ja, eigenlijk wel", "eh, ja"])
def test_a_yes_after_a_sound_of_hesitation_is_a_yes(builtin: Catalog, said: str) -> None:
    """M1 (a role-play, round 19): "nou... ja, eigenlijk wel" to a safety question was
    refused and asked again; a no after "uhm" was already read (round 14)."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == "safety_thoughts")
    assert parse_answer(question, said) is True


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the first lines typed into a late-night chat (set54), with new wordings
        ("heb alles al weggegeven, voelt wel rustig", "suicidal_thoughts"),
        ("I gave away everything this week", "suicidal_thoughts"),
        ("kan iemand me tegenhouden", "suicidal_thoughts"),
        ("can someone stop me", "suicidal_thoughts"),
        ("im on the roof of the library rn", "suicidal_thoughts"),
        ("ik sta nu op het dak van de flat", "suicidal_thoughts"),
        ("wearing hoodies in 28 degrees, you can guess why", "self_harm"),
        ("relapsed last night, not the drinking kind", "self_harm"),
        ("got kicked out, sleeping at the station tonight", "unsafe_situation"),
        ("ik slaap al twee nachten in de auto", "unsafe_situation"),
        ("ze zeggen dat ze me komen halen", "unsafe_situation"),
        ("ik heb schulden bij verkeerde mensen", "unsafe_situation"),
        ("my supervisor keeps touching me and says it affects my grade if I tell",
         "sexual_violence"),
    ],
)  # fmt: skip
def test_a_late_night_chat_line_is_read(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes, themes


@pytest.mark.parametrize(
    "text",
    [
        "tot hoe laat zijn jullie vannacht bereikbaar?",
        "what time are you online tonight?",
        "die nieuwe track is faya, ik ben gestorven",
        "can you stop me from ordering another pizza at 2am",
        "heb al mn oude kleren weggegeven aan de kringloop",
        "yo can i ask about the bsa rules here",
        "we're on the roof terrace now, nice weather",
    ],
)
def test_a_harmless_chat_line_is_not_acute(builtin: Catalog, text: str) -> None:
    themes, _ = _read(builtin, text)
    assert not themes & ACUTE, themes


@pytest.mark.parametrize(
    "text",
    ["Honestly I don't care if I die.", "It's not like anyone would care if I died."],
)
def test_a_death_wish_with_died_stays(builtin: Catalog, text: str) -> None:
    """A guard: a figure for "I died" (about a song) took these (tried and dropped)."""
    themes, _ = _read(builtin, text)
    assert "suicidal_thoughts" in themes, themes


def test_the_floors_own_crisis_line_can_be_opened(runner: CliRunner) -> None:
    """G19: a result on the crisis floor names "builtin-113"; `catalog show builtin-113`
    said there was no such offering."""
    result = invoke_en(runner, "catalog", "show", "builtin-113")
    assert result.exit_code == 0, result.stderr
    assert "113" in result.stdout


def test_an_id_yaml_read_as_false_says_so(runner: CliRunner, tmp_path: Path) -> None:
    """F16 (round 17): `id: no` said "... not False", a Python repr."""
    layer = tmp_path / "layer.yaml"
    layer.write_text("schema_version: 1\nofferings:\n  - id: no\n    name: {nl: x, en: x}\n")
    result = invoke(runner, "catalog", "validate", "builtin", str(layer))
    said = result.stdout + result.stderr
    assert "YAML las false" in said and "False" not in said, said


def _saved_roommate_session(builtin: Catalog, tmp_path: Path) -> tuple[object, Path]:
    """A live intake where the student tells of a roommate's goodbye at the first safety
    question and says no to the rest, saved as `--save` writes it."""
    from steunwijzer.core.interview import run_interview
    from steunwijzer.core.prompts import CrisisPrompt, Prompt, QuestionPrompt
    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.io.records import session_record

    said = ("no, not me. it's my roommate, he sent me a goodbye message an hour ago and he "
            "isn't answering his phone")  # fmt: skip

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, CrisisPrompt):
            return "continue"
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.type == "text":
                return ""
            return said if prompt.question.id == "safety_wish_dead" else "no"
        return "ok"

    index = ReferralIndex(builtin, dt.datetime(2026, 11, 30, 21, 0))
    live = run_interview(builtin, ask, "en", index).result
    path = tmp_path / "session.json"
    path.write_text(json.dumps(session_record(live, builtin, "en")), encoding="utf-8")
    return live, path


def test_a_replayed_session_reads_the_words_said_beside_an_answer(
    runner: CliRunner, builtin: Catalog, tmp_path: Path
) -> None:
    """S1 (a role-play, round 19): live ACUTE/immediate with 112 first; replayed from its
    --save record, PREVENTION/routine, "all answered no", exit 0: the words said beside
    the first "no" were in the result, not in the answers. The record keeps them now."""
    live, path = _saved_roommate_session(builtin, tmp_path)
    assert live.tier is Tier.ACUTE  # type: ignore[attr-defined]
    result = invoke_en(runner, "interview", "--answers", str(path), "--json", *AT_NIGHT)
    data = json.loads(result.stdout)
    assert (data["tier"], data["urgency"]) == ("acute", "immediate")
    assert data["themes"] == list(live.themes)  # type: ignore[attr-defined]
    assert data["referrals"][0]["id"] == "112-alarmnummer"


def test_an_older_record_without_said_keeps_what_its_result_quoted(
    runner: CliRunner, builtin: Catalog, tmp_path: Path
) -> None:
    """A record written before round 19 has no "said": the words its result's reasons
    quote from non-text answers are read again, so the replay is not lowered."""
    _, path = _saved_roommate_session(builtin, tmp_path)
    record = json.loads(path.read_text(encoding="utf-8"))
    del record["said"]
    path.write_text(json.dumps(record), encoding="utf-8")
    result = invoke_en(runner, "interview", "--answers", str(path), "--json", *AT_NIGHT)
    assert json.loads(result.stdout)["tier"] == "acute"


@pytest.mark.parametrize(
    ("question", "said", "read"),
    [
        ("safety_method", "nee, zo concreet niet", "unknown"),
        ("safety_method", "no, not in detail", "unknown"),
        ("safety_method", "nee, helemaal niet", False),  # guards: a clear no stays one
        ("behaviour_kind", "4, hij stalkt me eigenlijk", "threatened"),
        ("behaviour_kind", "4) hij stalkt me", "threatened"),
        ("sleep_duration", "korter dan 2 weken", "short"),  # guards: a number in a phrase
    ],
)
def test_answers_a_second_role_play_saw_misread(
    builtin: Catalog, question: str, said: str, read: object
) -> None:
    """A second role-play (round 19): "nee, zo concreet niet" to "have you thought about
    how?" was a plain no (some thought, not none: doubt, asked again); "4, hij stalkt me
    eigenlijk" was refused and the question asked again."""
    from steunwijzer.core.answers import parse_answer

    asked = next(q for q in builtin.questions if q.id == question)
    assert parse_answer(asked, said) == read


def test_an_unreachable_question_is_said_wholly_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    """The first version said "(before question 'behaviour_kind')" in English inside the
    Dutch message of a question another question depends on."""
    path = tmp_path / "layer.yaml"
    path.write_text(
        'schema_version: 1\nquestions:\n  - id: area_behaviour\n    when: "mood_weight > 10"\n',
        encoding="utf-8",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(path))
    said = result.stdout + result.stderr
    assert "waar vraag 'behaviour_kind' van afhangt" in said and "before" not in said, said
