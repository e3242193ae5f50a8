"""Round 20: what the outsiders' round of this session found (role-plays in a real
terminal, hostile files, three new labelled sets). Unless a test says it guards, each
was run on the commit before its fix and failed there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.core.findings import Recognition
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog
from steunwijzer.core.prompts import BACK, SKIP, Prompt, QuestionPrompt, ReviewPrompt, Unfit
from steunwijzer.core.referrals import ReferralIndex

from .conftest import invoke, invoke_en

_FRIEND_NOW = (
    "mijn huisgenoot heeft net gezegd dat ze vannacht een eind aan haar leven maakt "
    "en ik kan haar niet bereiken"
)


def _read(builtin: Catalog, text: str) -> Recognition:
    """What the built-in vocabulary finds in ``text``."""
    from steunwijzer.core.vocabulary import Vocabulary

    return Vocabulary(builtin.themes).read(text)


def _lookup(runner: CliRunner, text: str, *, en: bool = False) -> dict[str, object]:
    call = invoke_en if en else invoke
    result = call(runner, "lookup", "--text", text, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_the_112_step_for_a_friend_in_danger_does_not_speak_of_the_student_only(
    runner: CliRunner,
) -> None:
    """Round 19's role-play (C3): for a roommate in danger now the first line's step was
    "Call 112 if there is danger now. Stay with the student until help arrives", as if
    the student were the one in danger. It names someone else too now."""
    for en, other in ((True, "someone else"), (False, "een ander")):
        data = _lookup(runner, _FRIEND_NOW, en=en)
        assert data["themes"] == ["concern_for_other"]
        assert data["urgency"] == "immediate"
        first = data["referrals"][0]  # type: ignore[index]
        assert first["id"] == "112-alarmnummer"
        assert other in first["how_to_access"]


def test_the_tip_for_someone_else_at_risk_names_112_before_113(runner: CliRunner) -> None:
    """Round 19's role-play (C3): the tip said "(113, 112 or their own GP)" while 112 was
    the first line for a friend in danger now."""
    for en in (True, False):
        data = _lookup(runner, _FRIEND_NOW, en=en)
        tip = next(t for t in data["tips"] if t["id"] == "someone_else_at_risk")  # type: ignore[attr-defined]
        assert tip["text"].index("112") < tip["text"].index("113")


def test_back_after_the_screen_was_asked_again_reaches_the_question_before(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Round 19's role-play (C2): own words at the study question had the screen asked
    again; 'b' then went to the screen's last question, and the question just before the
    study question could not be reached again ('b' from question 1 onwards skipped it)."""
    asked: list[str] = []
    replies = iter([Unfit("ik wil er eigenlijk niet meer zijn"), BACK])

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            asked.append(prompt.question.id)
            if prompt.question.id == "study_worries":
                return next(replies, SKIP)
            if prompt.question.type == "yes_no":
                return "ja" if prompt.question.id == "area_study" else "nee"
            return SKIP
        if isinstance(prompt, ReviewPrompt):
            return "ok"
        return None

    run_interview(builtin, ask, "nl", index)
    at = [i for i, q in enumerate(asked) if q == "study_worries"]
    assert len(at) == 3, asked  # the words, the 'b', once more after the question before
    assert asked[at[1] + 1] == "area_study", asked
    assert asked[at[1] + 2] == "study_worries", asked


# --- free text: set55 (faith, culture, family), set56 (the body and medicine), set57
# (time, the past and "if"), each measured unseen before anything was read from it -------

ACUTE = {
    "suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation",
    "sexual_violence", "grief", "dropout_risk",
}  # fmt: skip


def _assert_finds(builtin: Catalog, text: str, theme: str) -> None:
    found = _read(builtin, text)
    assert theme in found.themes, (found.themes, found.mentions)


def _assert_not_acute(builtin: Catalog, text: str) -> Recognition:
    found = _read(builtin, text)
    assert not set(found.themes) & ACUTE, found.themes
    return found


@pytest.mark.parametrize(
    "text",
    [
        # a danger that has ended, said as such (set57)
        "my stepdad used to hit me when I was little, I moved away years ago, no contact",
        "mijn ex bedreigde me vroeger, maar ik ben verhuisd en heb geen contact meer met hem",
        "op de middelbare werd ik thuis geslagen. nu woon ik bij mijn oma en is het veilig",
        "I stopped cutting 3 years ago, now I want to help others as a buddy",
        "clean from cutting since 2020, I'm asking about a tattoo over the scars",
        "sinds 2021 gestopt met snijden, nu wil ik vooral hulp bij plannen",
        "vroeger wilde ik dood, dat is sinds de therapie helemaal weg",
        "my best friend tried to end her life two years ago, she's now really happy and we travel",
        "toen ik 16 was heb ik een overdosis genomen, het gaat nu echt veel beter",
        "in high school I attempted once. I'm 25 now and genuinely fine, just here for DUO",
        # "voor volgend jaar" is no past marker ("vorig" stems as "voor")
    ],
)
def test_a_danger_that_has_ended_is_a_mention_not_acute(builtin: Catalog, text: str) -> None:
    found = _assert_not_acute(builtin, text)
    assert any(m.set_aside == "past" for m in found.mentions), found.mentions


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the same pasts, returned: a guard (these were acute before and stay so)
        ("I stopped cutting 3 years ago but last night I did it again", "self_harm"),
        ("vroeger sloeg hij me, ik ben verhuisd maar sinds gisteren staat hij weer voor de deur",
         "unsafe_situation"),
        ("clean from self harm since 2019 but lately the urges are back and I cut again",
         "self_harm"),
        # a past said far from a risk told now, in one long spoken sentence (guard)
        ("ik kom eigenlijk omdat ik vorig jaar de diagnose dyslexie kreeg en ik wil extra tijd, "
         "en dat gaat nu beter met hulp, maar 's nachts zoek ik dingen op over hoe je er een "
         "eind aan kunt maken", "suicidal_thoughts"),
    ],
)  # fmt: skip
def test_a_past_that_returns_or_lies_far_off_stays_acute(
    builtin: Catalog, text: str, theme: str
) -> None:
    _assert_finds(builtin, text, theme)


@pytest.mark.parametrize(
    "text",
    [
        # real words one letter from a risk word (set56, set22, set51, set14)
        "ik heb in overleg met de huisarts mijn medicatie afgebouwd",
        "ik sterf van de dorst na die training",
        "mijn moeder zegt altijd dat ze sterft van verdriet als ik niet bel, haha",
        "in het verleden heb ik veel gesport, nu wil ik weer beginnen",
        "iedereen kwam verkleed als spook naar het feest",
        "deadlines are stacking up and I barely sleep",
        "someone keeps stealing my bike lights, so annoying",
        # missing a parent's cooking is homesickness (set55)
        "I miss my mom's cooking so much, the food here is bland",
        "I miss my dad's jokes, can't wait for Christmas break",
    ],
)
def test_a_real_word_or_homesickness_is_no_grief_or_danger(builtin: Catalog, text: str) -> None:
    _assert_not_acute(builtin, text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn oma is stervende, ik wil naar huis",
        "ik mis mijn vader zo erg sinds de begrafenis",
        "mijn opa is overleden en ik kan me niet concentreren",
    ],
)
def test_grief_still_found_beside_those_words(builtin: Catalog, text: str) -> None:
    """A guard: the dying and the missed still read as grief."""
    assert "grief" in _read(builtin, text).themes


# --- the hostile round of this session (H1-H14) ------------------------------------------


def _layer_113(tmp_path: Path, **fields: str) -> Path:
    lines = ["schema_version: 1", "offerings:", "  - id: 113-zelfmoordpreventie"]
    lines += [f"    {k}: {v}" for k, v in fields.items()]
    path = tmp_path / "layer.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "advice",
    [
        "Bel 113 of gratis 0800-0113. Wacht niet tot het erger wordt.",
        "Bel 113 of 0800-0113, zonder verwijzing en zonder wachttijd.",
        "Bel 113 en wacht niet op de wachtlijst van de studentpsycholoog.",
        "Bel 113; na 22:00 is er soms een wachtrij, blijf aan de lijn.",
        "Je kunt 113 bellen. Je hoeft niet te wachten tot het erger wordt.",
        "Bel 113, geen verwijzing nodig.",
        "Call 113 and do not wait for the student psychologist's waiting list.",
        "Call 113, no referral needed, never wait until it gets worse.",
    ],
)
def test_advice_not_to_wait_before_113_is_no_wait(
    runner: CliRunner, tmp_path: Path, advice: str
) -> None:
    """H3: a wait said not to be one refused the institution's whole catalogue (safety
    mode, "ik slaap slecht" then nothing recognised)."""
    layer = _layer_113(tmp_path, how_to_access=json.dumps({"nl": advice, "en": advice}))
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "wait",
    [
        "Wacht tot je huisarts je doorverwijst naar 113.",
        "Bel 113 pas na overleg met je mentor.",
        "Maak eerst een afspraak; daarna kun je 113 bellen.",
        "Call 113 only after a referral, and wait until Monday.",
        "Bel 113 niet, maar nooit zonder je mentor.",
    ],
)
def test_a_real_wait_before_113_is_still_refused(
    runner: CliRunner, tmp_path: Path, wait: str
) -> None:
    """A guard: the waits of round 19's hostile round stay errors."""
    layer = _layer_113(tmp_path, how_to_access=json.dumps({"nl": wait, "en": wait}))
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1 and "puts a wait" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("name", {"nl": "Niet bellen (opgeheven)", "en": "Do not call (discontinued)"}),
        ("description", {"nl": "Dit nummer is opgeheven, bel het niet.", "en": "Gone."}),
        ("description", {"nl": "113", "en": "This line is no longer in service."}),
    ],
)
def test_a_name_or_description_that_says_not_to_call_113_is_an_error(
    runner: CliRunner, tmp_path: Path, field: str, text: dict[str, str]
) -> None:
    """H2: "Niet bellen (opgeheven)" validated with a warning and opened the student's
    handout under "Doe dit nu"."""
    layer = _layer_113(tmp_path, **{field: json.dumps(text)})
    result = invoke(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 1
    assert "zegt deze lijn niet te bellen" in result.stdout + result.stderr


# --- the role-plays of this session (R1-R11) ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # R1: a threat reported in English with "would", and in a Dutch subordinate clause
        "oh and one more thing... my boyfriend said he would kill me",
        "my ex told everyone he would murder me",
        "mijn vriend zegt dat hij me vermoordt als ik wegga",
        "ik denk echt dat hij me afmaakt zodra hij het hoort",
        "mn broer zei dat ie me doodmaakt als ik het vertel",
    ],
)
def test_a_threat_to_the_students_life_is_an_unsafe_situation(builtin: Catalog, text: str) -> None:
    found = _read(builtin, text)
    assert "unsafe_situation" in found.themes, (found.themes, found.mentions)
    assert "concern_for_other" not in found.themes


@pytest.mark.parametrize(
    "text",
    [
        # "kill me" over a grade, a resit or a tattoo (set55): a manner of speaking
        "my mom will kill me if I fail statistics again, I'm so nervous for the resit",
        "my dad is going to kill me when he sees my grades",
        "haha mijn vader vermoordt me als hij ziet dat ik een tattoo heb laten zetten",
        "mijn moeder vermoordt me als ik weer voor dat tentamen zak",
    ],
)
def test_kill_me_over_a_grade_or_a_tattoo_is_a_manner_of_speaking(
    builtin: Catalog, text: str
) -> None:
    found = _assert_not_acute(builtin, text)
    # what a rule found is shown as a manner of speaking, never dropped
    assert all(m.set_aside == "figure_of_speech" for m in found.mentions if m.theme in ACUTE)


def test_kill_me_over_who_one_loves_stays_a_threat(builtin: Catalog) -> None:
    """A guard: "if he finds out about my girlfriend" is no grade."""
    from steunwijzer.core.vocabulary import Vocabulary

    reader = Vocabulary(builtin.themes)
    for text in (
        "my dad will kill me if he finds out about my girlfriend",
        "mijn vader vermoordt me als hij ziet dat ik een vriendje heb",
    ):
        assert "unsafe_situation" in reader.read(text).themes, text


@pytest.mark.parametrize(
    "text",
    [
        # R5: a death by suicide in the family is grief, not the student's own thoughts
        # nor someone to reach now
        "hij heeft zichzelf van het leven beroofd, vorige maand",
        "mijn broer heeft zichzelf van het leven beroofd",
        "my dad died by suicide when I was in my first year",
        "my housemate died of an overdose and I found him",
    ],
)
def test_a_death_by_suicide_is_grief(builtin: Catalog, text: str) -> None:
    found = _read(builtin, text)
    assert "grief" in found.themes, (found.themes, found.mentions)
    assert not {"suicidal_thoughts", "concern_for_other"} & set(found.themes), found.themes


@pytest.mark.parametrize(
    "text",
    [
        # wanting to follow the one who died stays the student's own risk (set46)
        "my brother died by suicide and lately I keep thinking about following him",
        "since my mum died I think about joining her",
        "sinds mijn vader dood is denk ik er vaak aan hem achterna te gaan",
    ],
)
def test_wanting_to_follow_the_one_who_died_is_suicidal_thoughts(
    builtin: Catalog, text: str
) -> None:
    assert "suicidal_thoughts" in _read(builtin, text).themes


@pytest.mark.parametrize(
    ("said", "theme"),
    [
        # R2: a safety question answered about someone else
        ("niet ik, wel mn beste vriend", "concern_for_other"),
        ("nee maar ik maak me zorgen om mijn kamergenoot", "concern_for_other"),
        ("no, but I'm worried about my roommate", "concern_for_other"),
        # R3: "not yet" is a time to come
        ("nee, nog niet", "suicidal_thoughts"),
        ("not yet", "suicidal_thoughts"),
    ],
)
def test_a_no_about_someone_else_or_not_yet_is_no_plain_no(
    runner: CliRunner, tmp_path: Path, said: str, theme: str
) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(
        f'safety_wish_dead: ja\nsafety_thoughts: ja\nsafety_plan: "{said}"\n'
        if theme == "suicidal_thoughts"
        else f'safety_wish_dead: "{said}"\nsafety_thoughts: nee\n',
        encoding="utf-8",
    )
    result = invoke(runner, "interview", "--answers", str(path), "--json")
    data = json.loads(result.stdout)
    assert theme in data["themes"], data["themes"]
    if theme == "suicidal_thoughts":  # asked again, never a plain no
        plan = next(r for r in data["reasons"] if "safety_plan" in r["rule"])
        assert plan["answer"] != "nee", plan


def test_not_yet_elsewhere_is_a_no(builtin: Catalog) -> None:
    """A guard: "nog niet" to "do you have money worries?" is a no."""
    from steunwijzer.core.answers import parse_answer

    money = next(q for q in builtin.questions if q.id == "area_money")
    assert parse_answer(money, "nee, nog niet") is False


@pytest.mark.parametrize(
    ("said", "chosen"),
    [
        # R7: numbers first, words after
        ("1 and 2, mostly procrastinating tbh", ("exams_fear", "planning")),
        ("4 and maybe 5", ("falling_behind", "thinking_of_stopping")),
        ("1 en 2, vooral het uitstellen", ("exams_fear", "planning")),
        ("2 4", ("planning", "falling_behind")),
    ],
)
def test_numbers_said_with_words_keep_every_number(
    builtin: Catalog, said: str, chosen: tuple[str, ...]
) -> None:
    from steunwijzer.core.answers import parse_answer

    worries = next(q for q in builtin.questions if q.id == "study_worries")
    assert parse_answer(worries, said) == chosen


def _batch_rows(runner: CliRunner, path: Path) -> dict[str, dict[str, object]]:
    result = invoke_en(runner, "batch", str(path), "--detail", "full")
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {str(r["id"]): r for r in rows}


def test_two_objects_on_one_line_are_two_cases(runner: CliRunner, tmp_path: Path) -> None:
    """H1: `cat a.jsonl b.jsonl` with no newline after a: s3's plan for tonight came out
    under s2's id and s3 was nowhere."""
    path = tmp_path / "joined.jsonl"
    path.write_text(
        '{"id":"s1","text":"ik slaap slecht"}\n'
        '{"id":"s2","text":"faalangst"}{"id":"s3","text":"ik heb pillen gespaard en wil '
        'vanavond dood"}\n'
        '{"id":"s4","text":"geldzorgen"} {"id":"s5","text":"I cut myself last night"}\n',
        encoding="utf-8",
    )
    rows = _batch_rows(runner, path)
    assert list(rows) == ["s1", "s2", "s3", "s4", "s5"]
    assert rows["s2"]["tier"] == "specific"
    assert rows["s3"]["tier"] == "acute" and rows["s3"]["urgency"] == "immediate"
    assert "self_harm" in rows["s5"]["themes"]  # type: ignore[operator]


def test_a_pretty_printed_json_array_is_read_as_its_cases(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H1: a `json.dumps(cases, indent=2)` file was read line by line: every line an error
    and case 3's risk under the row number "12", another student's id."""
    cases = [{"id": str(i), "text": "faalangst"} for i in range(1, 13)]
    cases[2]["text"] = "ik heb pillen gespaard voor vanavond"
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases, indent=2), encoding="utf-8")
    rows = _batch_rows(runner, path)
    assert list(rows) == [str(i) for i in range(1, 13)]
    assert rows["3"]["tier"] == "acute"
    assert all(rows[str(i)]["tier"] == "specific" for i in range(1, 13) if i != 3)
    assert not any(r.get("error") for r in rows.values())


def test_a_broken_json_array_is_read_line_by_line_as_before(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A guard: an array that does not parse is read as JSON Lines, its risk kept."""
    path = tmp_path / "broken.json"
    path.write_text('[{"id":"a","text":"ik wil dood"},\n{"id":"b" "text":"x"}]\n', encoding="utf-8")
    result = invoke_en(runner, "batch", str(path), "--format", "csv")
    assert result.exit_code == 1
    assert "a,acute" in result.stdout


def test_a_lowered_result_keeps_its_tier_line_on_an_80x24_screen(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """R8: at 80x24, after "ja", "afronden" and a lowering with a reason, the first result
    screen began at "Waarom:"; the tier line had scrolled off. Long notes are cut to fit
    and said whole after 'm'."""
    from steunwijzer.core.model import Tier
    from steunwijzer.core.prompts import FINISH, CrisisPrompt
    from steunwijzer.core.triage import apply_override
    from steunwijzer.render.screen import fitted_summary, note_lines, summary_lines

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            return "ja" if prompt.question.id == "safety_wish_dead" else FINISH
        if isinstance(prompt, CrisisPrompt):
            return FINISH
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    result = run_interview(builtin, ask, "nl", index).result
    reason = "verkeerd begrepen vraag, nagevraagd: geen doodswens"
    lowered = apply_override(builtin, index, result, Tier.PREVENTION, reason)
    whole = summary_lines(builtin, lowered, "nl", 80, interactive=True)
    room = 24 - 3
    assert len(whole) > room  # the case of the role-play: it did not fit
    lines, cut = fitted_summary(builtin, lowered, "nl", 80, room, True)
    assert cut and len(lines) <= room
    assert lines[0][0].startswith("Niveau: PREVENTIE")
    said = " ".join(text for text, _ in note_lines(builtin, lowered, "nl", 80))
    assert "Niet gesteld in dit gesprek" in said and "krassen, snijden of branden" in said
    # The safety questions not asked stay on the first screen since round 32 (a
    # role-play, B5, E4: they were what got cut); the lowering's notes give way first.
    assert any("krassen" in text for text, _ in lines)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a survivor's wish (set55)
        ("soms denk ik dat het beter was als ik ook was omgekomen bij dat ongeluk",
         "suicidal_thoughts"),
        ("I should have died in that crash too", "suicidal_thoughts"),
        # a heart that races, and part of the student hoping it stops (set56)
        ("my heart is pounding and part of me wishes it would just stop", "suicidal_thoughts"),
        # the place passed every day (set55)
        ("when I cross the bridge to campus I think about it every time", "suicidal_thoughts"),
        ("als ik langs het spoor fiets denk ik eraan", "suicidal_thoughts"),
        # "the thoughts are back" (set57)
        ("ze zijn weer slecht, de gedachten zijn terug sinds de zomer", "suicidal_thoughts"),
        # given away, for where the student is going (set55)
        ("I gave my guitar to my brother, I won't need it where I'm going", "suicidal_thoughts"),
        ("mijn laptop mag jij hebben, ik heb hem niet meer nodig waar ik heen ga",
         "suicidal_thoughts"),
        # a prayer to be taken, in Turkish (set55)
        ("soms zeg ik 's nachts alleen nog 'allahım beni al', niemand weet het",
         "suicidal_thoughts"),
        # a bruise with who gave it, the story told at the doctor's (set56)
        ("she has bruises from her boyfriend again", "concern_for_other"),
        ("weer blauwe plekken van mijn vriend, niemand weet het", "unsafe_situation"),
        ("I told the nurse I walked into a door", "unsafe_situation"),
        # kept in until a marriage is agreed to (set55)
        ("my father says I'm not leaving the house until I say yes to him", "unsafe_situation"),
        ("ik mag het huis niet uit totdat ik instem met het huwelijk", "unsafe_situation"),
        # someone else giving away what they love (set56)
        ("my best friend gave me all her books yesterday and said goodbye", "concern_for_other"),
    ],
)  # fmt: skip
def test_a_risk_said_in_faith_body_or_time_words_is_found(
    builtin: Catalog, text: str, theme: str
) -> None:
    _assert_finds(builtin, text, theme)


@pytest.mark.parametrize(
    "text",
    [
        # a wound or a scar with its harmless cause (set56)
        "my arms are full of scratches from the cat, she hates the vet",
        "the scar on my knee is from a bike fall when I was 9",
        "mijn handen zitten onder de sneden van het koken, nieuwe messen",
        "blauwe plekken van de bloedprik, lekker dan",
        # dying for someone loved; an aunt who will outlive us all (set55)
        "I would die for my mum, she's my hero",
        "opa gaat ons allemaal nog overleven, 95 en fit",
        # a sermon or a theology essay (set55)
        "de preek ging over sterven en opnieuw beginnen, mooi",
        "for my theology essay I'm comparing how religions view suicide",
        # a lethal dose in an exam (set56)
        "I had to calculate the lethal dose of paracetamol for the pharmacology exam",
        # a patient who died on a nursing placement (set56)
        "als verpleegkundestudent zag ik vandaag voor het eerst iemand overlijden",
    ],
)
def test_a_harmless_neighbour_in_faith_body_or_time_words_is_not_acute(
    builtin: Catalog, text: str
) -> None:
    _assert_not_acute(builtin, text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # guards: the same words with the risk or the loss left in
        ("my cat died this morning and I have an exam at 2", "grief"),
        ("oma is vannacht op de afdeling overleden", "grief"),
        ("my grandma died in the nursing home last night", "grief"),
        ("the scars on my arms are from cutting, not from the cat", "self_harm"),
        ("I looked up the lethal dose of my pills last night", "suicidal_thoughts"),
        ("I make myself throw up when I feel like I deserve it", "self_harm"),
    ],
)
def test_the_loss_or_risk_beside_those_words_stays(builtin: Catalog, text: str, theme: str) -> None:
    assert theme in _read(builtin, text).themes, text


def test_rows_written_in_safety_mode_say_so(runner: CliRunner, tmp_path: Path) -> None:
    """H4: with a broken catalogue, "ik slaap slecht" came out as nothing recognised with
    no error in the row (only stderr said why), and `report` counted it as a miss."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\nofferings:\n  - id: x\n    bogus: [\n", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "1", "text": "ik slaap slecht"}\n{"id": "2", "text": "ik wil dood"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = invoke_en(
        runner, "batch", str(rows), "-c", "builtin", "-c", str(broken), "-o", str(out)
    )
    assert result.exit_code == 1
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all("safety mode" in r["error"] for r in written)
    assert written[1]["tier"] == "acute"  # the acute part stays
    report = invoke_en(runner, "report", str(out), "--min-cell", "1", "--format", "json")
    data = json.loads(report.stdout)
    assert data["inputs"]["batch_errors"] == 1  # counted apart, not as a miss
    assert data["everyone"]["rows"]["count"] == 1


@pytest.mark.parametrize("empty", ["~", '""', "''", "null", "[]"])
def test_an_answers_file_of_empty_answers_holds_no_answers(
    runner: CliRunner, tmp_path: Path, empty: str
) -> None:
    """H7: `safety_wish_dead: ~` and `""` gave PREVENTIE, exit 0, and "the question did not
    apply"; an empty file was refused. So is one of empty answers, with no acute part."""
    path = tmp_path / "answers.yaml"
    path.write_text(f"safety_wish_dead: {empty}\nsafety_thoughts: {empty}\n", encoding="utf-8")
    result = invoke(runner, "interview", "--answers", str(path), "--plain")
    assert result.exit_code == 1
    assert "bevat geen antwoorden" in result.stderr
    assert "ACUUT" not in result.stdout and "PREVENTIE" not in result.stdout


def test_a_batch_row_of_empty_answers_is_nothing_recognised(
    runner: CliRunner, tmp_path: Path
) -> None:
    """H7: a row {"answers": {"safety_wish_dead": null, ...}} came out prevention,
    recognised, as if all had been answered no."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "n1", "answers": {"safety_wish_dead": null, "safety_thoughts": null}}\n'
        '{"id": "n2", "answers": {"safety_wish_dead": "", "safety_thoughts": " "}}\n'
        '{"id": "n3", "answers": {"safety_wish_dead": "", "safety_thoughts": "ja"}}\n',
        encoding="utf-8",
    )
    result = invoke_en(runner, "batch", str(rows))
    got = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert got["n1"]["recognised"] is False and got["n1"]["tier"] is None
    assert got["n2"]["recognised"] is False
    assert got["n3"]["tier"] == "acute"  # a real answer beside an empty one counts


def test_a_result_with_stdout_and_stderr_closed_and_no_terminal_exits_1() -> None:
    """H9: `lookup --text "ik wil dood" >&- 2>&-` showed the result nowhere and exited 0
    (a cron job, a supervisor that closes its descriptors). Without a terminal to write
    to, the run cannot have done its work: exit 1."""
    import os
    import subprocess
    import sys

    def closed() -> None:  # in the child: both descriptors closed, as `>&- 2>&-` does
        os.close(1)
        os.close(2)

    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "lookup", "--text", "ik wil dood"],
        stdin=subprocess.DEVNULL,
        preexec_fn=closed,  # the test needs the closed descriptors
        start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
        check=False,
    )
    assert done.returncode == 1


@pytest.mark.parametrize(
    "head",
    [b"PK\x03\x04\x14\x00\x06\x00SHxx", b"\xd0\xcf\x11\xe0\xa1\xb1", b"\x00sh\x00\x00ib\x00"],
)
def test_a_binary_file_given_to_batch_is_refused_whole(
    runner: CliRunner, tmp_path: Path, head: bytes
) -> None:
    """H10: an .xlsx (a zip) was read row by row: 423 error rows and three self-harm
    alarms from "sh" in compressed bytes; random bytes gave 78. One error now, and no
    acute part searched for in its bytes."""
    path = tmp_path / "cases.xlsx"
    path.write_bytes(head + bytes(range(256)) * 20)
    result = invoke(runner, "batch", str(path))
    assert result.exit_code != 0
    assert "binair bestand" in result.stderr
    # (the file's own path left out: pytest's folder "pytest-113" held the digits)
    said = (result.stdout + result.stderr).replace(str(path), "<file>")
    assert "113" not in said and "CRISIS" not in said.upper(), said


def test_sh_as_a_file_extension_is_no_self_harm(builtin: Catalog) -> None:
    """H10: "ik heb een deploy.sh script dat faalt" was acute, self-harm. "SH" in a note
    stays self-harm (a guard)."""
    from steunwijzer.core.vocabulary import Vocabulary

    reader = Vocabulary(builtin.themes)
    assert "self_harm" not in reader.read("ik heb een deploy.sh script dat faalt").themes
    assert "self_harm" not in reader.read("run ./build.sh and /bin/sh breaks").themes
    assert "self_harm" in reader.read("SH weer gedaan gisteren, diep").themes
    assert "self_harm" in reader.read("ok.sh again last night").themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # student life (set58): someone else in danger now after drugs or drink
        ("my roommate took something at the party and now he's not responding at all",
         "concern_for_other"),
        ("onze huisgenoot is niet aanspreekbaar na al die shotjes, moeten we 112 bellen?",
         "concern_for_other"),
        ("een meisje van de jaarclub zakte in elkaar en niemand deed iets", "concern_for_other"),
        ("my friend passed out in the toilets and is throwing up in her sleep",
         "concern_for_other"),
        ("mijn huisgenoot komt al dagen zijn kamer niet uit en reageert niet op kloppen",
         "concern_for_other"),
        # the balcony "a bit too long"; not eating as a punishment
        ("na het stappen sta ik soms te lang op het balkon, vierde verdieping",
         "suicidal_thoughts"),
        ("I haven't eaten since Friday as a punishment for what I did", "self_harm"),
        ("ik heb twee dagen niet gegeten als straf", "self_harm"),
        # nowhere to sleep; a stranger walking in at night
        ("mijn kamer is ontruimd en ik slaap nu in de bieb", "unsafe_situation"),
        ("a guy from the other floor keeps coming into my room at night", "unsafe_situation"),
    ],
)  # fmt: skip
def test_a_risk_in_student_life_is_found(builtin: Catalog, text: str, theme: str) -> None:
    _assert_finds(builtin, text, theme)


@pytest.mark.parametrize(
    "text",
    [
        # things given away, a goodbye letter, for a move or an exchange (set58)
        "I'm giving my desk and bike away before I move back home in July",
        "ik schrijf een afscheidsbrief voor mijn huisgenoten want ik ga op uitwisseling",
        "al mijn meubels weggegeven, volgende week verhuis ik naar Groningen",
        # a drug-testing point; "dood als een pier"; a hangover
        "waar kan ik mijn pillen laten testen voor het festival?",
        "na de introweek was ik zo dood als een pier",
        "zo'n kater dat ik doodga, nooit meer tequila",
        # a death, not someone to reach now (guard)
        "a boy from my class collapsed during football and never woke up",
    ],
)
def test_a_harmless_neighbour_in_student_life_is_not_a_risk_to_life(
    builtin: Catalog, text: str
) -> None:
    found = _read(builtin, text)
    risk = {"suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation"}
    assert not set(found.themes) & risk, found.themes


def test_giving_everything_away_for_good_stays_a_risk(builtin: Catalog) -> None:
    """A guard: "voorgoed" and "for good" are never a move (NOT_A_FIGURE)."""
    from steunwijzer.core.vocabulary import Vocabulary

    found = Vocabulary(builtin.themes).read(
        "ik heb al mijn spullen weggegeven, ik vertrek voorgoed"
    )
    assert "suicidal_thoughts" in found.themes, (found.themes, found.mentions)


def test_report_refuses_a_csv_with_a_column_twice(runner: CliRunner, tmp_path: Path) -> None:
    """H8: a second "tier" column was read silently; two acute rows became "Prevention
    100%" beside themes that were all acute."""
    path = tmp_path / "dup.csv"
    path.write_text(
        "id,tier,themes,TIER\n1,acute,suicidal_thoughts,prevention\n2,acute,self_harm,prevention\n",
        encoding="utf-8",
    )
    result = invoke_en(runner, "report", str(path), "--min-cell", "1", "--plain")
    assert result.exit_code == 1
    assert "dup.csv:1: error: CSV header: duplicate column 'TIER'" in result.stderr


@pytest.mark.parametrize(("char", "name"), [("\x1b", "U+001B (ESC)"), ("\x0c", "U+000C (FF)")])
def test_a_control_character_in_a_catalogue_is_named_at_its_line(
    runner: CliRunner, tmp_path: Path, char: str, name: str
) -> None:
    """H5: an ESC or a form feed pasted into a text was reported at 1:1 in PyYAML's two
    English lines with a byte offset ("position 920")."""
    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "offerings.yaml").write_text(
        "schema_version: 1\noffering"
        's:\n  - id: x\n    name: {nl: "Bij direct' + char + ' gevaar", en: X}\n',
        encoding="utf-8",
    )
    result = invoke(runner, "catalog", "validate", "builtin", str(folder / "offerings.yaml"))
    said = result.stdout + result.stderr
    assert f"offerings.yaml:4:27: error: onzichtbaar stuurteken {name}; haal het weg" in said
    assert "position" not in said


@pytest.mark.parametrize(
    ("phone", "code", "word"),
    [
        ("[0201234567]", 1, "error"),  # YAML 1.1 read it as octal: 33896823
        ("0201234567", 1, "error"),  # one number, read as a number
        ("[+31201234567]", 1, "error"),  # the + dropped
        ("[112]", 0, "warning"),  # loaded before: still loads, with the advice
    ],
)
def test_a_phone_number_yaml_read_as_a_number_says_to_quote_it(
    runner: CliRunner, tmp_path: Path, phone: str, code: int, word: str
) -> None:
    """H6: the messages named numbers nobody wrote ('33896823', '75', the + gone) and
    "phone must be a list" for one number, which the spec allows."""
    layer = tmp_path / "layer.yaml"
    layer.write_text(
        f"schema_version: 1\nofferings:\n  - id: huisarts\n    contact: {{phone: {phone}}}\n",
        encoding="utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    said = result.stdout + result.stderr
    assert result.exit_code == code, said
    assert f"{word}: " in said and "put each phone number in quotes" in said
    assert "33896823" not in said


def test_one_phone_number_without_brackets_is_one_number(runner: CliRunner, tmp_path: Path) -> None:
    """The spec said "one number or a list"; one number in quotes was refused."""
    layer = tmp_path / "layer.yaml"
    layer.write_text(
        'schema_version: 1\nofferings:\n  - id: huisarts\n    contact: {phone: "020 123 4567"}\n',
        encoding="utf-8",
    )
    result = invoke_en(runner, "catalog", "validate", "builtin", str(layer))
    assert result.exit_code == 0, result.stdout + result.stderr


def test_a_stopped_batch_says_what_was_not_written_and_the_rows_at_risk(tmp_path: Path) -> None:
    """H12: Ctrl-C or SIGTERM during `batch -o` printed only "afgebroken": not that the
    file was not written, nor the rows with a risk to life already read."""
    import signal
    import subprocess
    import sys
    import time

    rows = tmp_path / "rows.jsonl"
    with rows.open("w", encoding="utf-8") as handle:
        for i in range(300_000):
            text = "ik wil dood" if i == 5 else f"ik slaap slecht {i}"
            handle.write(json.dumps({"id": str(i), "text": text}) + "\n")
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen(
        [sys.executable, "-m", "steunwijzer", "batch", str(rows), "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    run.send_signal(signal.SIGTERM)
    _, said = run.communicate(timeout=60)
    assert run.returncode == 130, said
    assert "is niet geschreven" in said and "5 (regel 6)" in said and "113" in said
    assert not out.exists()


# --- the second role-play of this session (P1-P14) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # P1: a housemate who may be poisoned, in Dutch and English: danger now, 112 first
        "mijn huisgenoot heeft veel te veel gedronken en ook iets genomen. ze doet nu de deur "
        "niet open en reageert niet op appjes",
        "ik krijg hem niet wakker",
        "mijn vriendin is bewusteloos na het feest",
        "my housemate drank way too much and took something, she's not opening her door and "
        "not answering texts",
        "I can't wake him up and he's breathing weird",
    ],
)
def test_someone_who_may_be_poisoned_is_danger_now_with_112_first(
    runner: CliRunner, text: str
) -> None:
    data = _lookup(runner, text, en=True)
    assert data["themes"][0] == "concern_for_other", data["themes"]  # type: ignore[index]
    assert data["urgency"] == "immediate"
    assert data["referrals"][0]["id"] == "112-alarmnummer"  # type: ignore[index]


@pytest.mark.parametrize(("said", "read"), [("8/10", 8), ("7 van de 10", 7), ("3 out of 10", 3)])
def test_a_score_out_of_ten_is_that_score(builtin: Catalog, said: str, read: int) -> None:
    """P4: "8/10" on the 0-10 scale was stored as 10 ("unbearable"), read as the range 8
    to 10; "7 van de 10" was refused."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    weight = next(q for q in builtin.questions if q.id == "mood_weight")
    assert parse_answer(weight, said) == read
    assert parse_answer(weight, "7 of 8") == 8  # a range stays the higher (a guard)
    with pytest.raises(AnswerError):  # the Dutch "7 of 10" is "7 or 10": asked again
        parse_answer(weight, "7 of 10")


def test_a_skipped_question_about_feeling_unsafe_is_named(
    runner: CliRunner, tmp_path: Path
) -> None:
    """P5: the question "do you feel unsafe somewhere?" skipped ("idk... maybe" was
    refused), and the result said "all answered no" without naming it."""
    path = tmp_path / "answers.yaml"
    path.write_text(
        "safety_wish_dead: nee\nsafety_thoughts: nee\nsafety_behaviour: nee\narea_study: ja\n",
        encoding="utf-8",
    )
    result = invoke(runner, "interview", "--answers", str(path), "--plain")
    assert "Niet gesteld" in result.stdout and "onveilig" in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "I've been sleeping in my friend's car since the landlord cleared my room",
        "ik slaap nu in de auto van een vriend sinds de huisbaas mijn kamer heeft ontruimd",
        "mijn kamer is ontruimd en ik slaap nu in de bieb",
    ],
)
def test_nowhere_to_sleep_is_the_students_own_and_not_danger_now(
    runner: CliRunner, text: str
) -> None:
    """P3: "I sleep in my friend's car now" gave "do not leave the student alone; call
    112 now" and concern for "that person", the friend whose car it is."""
    data = _lookup(runner, text, en=True)
    assert "unsafe_situation" in data["themes"]  # type: ignore[operator]
    assert "concern_for_other" not in data["themes"]  # type: ignore[operator]
    assert data["urgency"] == "soon"


@pytest.mark.parametrize(
    ("qid", "said", "read"),
    [
        # P9: a number with a few words after it
        ("sleep_duration", "2 denk ik", "long"),
        ("study_worries", "2 maar ook wel een beetje 1", ("exams_fear", "planning")),
        ("study_worries", "1 maar niet 2", ("exams_fear",)),  # a guard: "niet 2" is no 2
        ("study_worries", "3 eigenlijk", ("wrong_choice",)),
    ],
)
def test_a_number_with_a_few_words_is_read(
    builtin: Catalog, qid: str, said: str, read: object
) -> None:
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == qid)
    assert parse_answer(question, said) == read


def test_the_panel_for_doubt_and_a_friend_at_risk_speaks_of_both(builtin: Catalog) -> None:
    """P12: after "nee, nog niet" (doubt) and "niet ik, wel mijn vriendin", the panel gave
    only the advice for the student; what to do for the friend was after 'm'."""
    from rich.console import Console

    from steunwijzer.render.common import crisis_panel

    console = Console(width=100, record=True, color_system=None)
    crisis_panel(console, builtin, "soon", (), "nl",
                 themes=("suicidal_thoughts", "concern_for_other"))  # fmt: skip
    shown = " ".join(console.export_text().split())
    assert "die persoon nu bereikbaar" in shown and "113" in shown, shown


def test_someone_who_hurts_now_beside_a_place_to_sleep_stays_danger_now(
    runner: CliRunner,
) -> None:
    """A guard for P3's rule: a place to sleep said beside someone hurting the student now
    is still danger now."""
    for text in ("hij slaat me nu en ik slaap in de badkamer",
                 "he is hitting me right now, I'm sleeping in the car tonight"):  # fmt: skip
        assert _lookup(runner, text)["urgency"] == "immediate", text
    # and within one finding's words: a place to sleep beside one who hurts is not "only
    # where to sleep" (findings._habitual, the rule itself)
    from steunwijzer.core.findings import _habitual

    assert _habitual(["ik", "slaap", "nu", "in", "de", "auto"])
    assert not _habitual(["hij", "slaat", "me", "nu", "en", "ik", "slaap", "in", "de", "auto"])
