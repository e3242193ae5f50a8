"""Round 15: what the round's outsiders found (two blind sets, role-plays in a terminal,
hostile files). Each test was run on the commit before its fix (a worktree) and failed
there unless its docstring says it guards. The sentences are not the sets' own: each
family is tested with words of its own, so a test passes for what the family says."""

from __future__ import annotations

from pathlib import Path

import pytest

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier, Urgency
from steunwijzer.core.prompts import (
    BACK,
    SKIP,
    CrisisPrompt,
    Prompt,
    QuestionPrompt,
    ReviewPrompt,
    Unfit,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.present.explain import reason_lines

from .conftest import MINIMAL, write
from .terminal_helpers import read_text as _read
from .terminal_helpers import scripted as _run


@pytest.mark.parametrize(
    "text",
    [
        "Student geeft aan dat hij overweegt te stoppen met de opleiding.",
        "Studente vertelt dat ze wil stoppen met haar studie, ze ziet het niet meer zitten.",
        "The student says she is thinking of quitting her degree.",
    ],
)
def test_a_counsellors_note_keeps_the_dropout_risk(builtin: Catalog, text: str) -> None:
    """A note in the third person ("Student geeft aan dat hij ...") is about the student:
    the dropout risk was set aside as someone else's, and the acute tier was lost."""
    themes, _ = _read(builtin, text)
    assert "dropout_risk" in themes


@pytest.mark.parametrize(
    "text",
    [
        "Mijn broer overweegt te stoppen met de opleiding.",
        "Een student uit mijn groep wil stoppen met zijn studie.",
    ],
)
def test_someone_elses_dropout_stays_someone_elses(builtin: Catalog, text: str) -> None:
    """Guards: a person named, or "a student", is not the student of the note."""
    themes, mentions = _read(builtin, text)
    assert "dropout_risk" not in themes
    assert mentions.get("dropout_risk") == "about_other"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Vroeger sneed ik mezelf, maar ik ben nu al drie jaar clean. Ik wil hulp bij plannen.",
         "self_harm"),
        ("Mijn vader is twaalf jaar geleden overleden, dat heb ik inmiddels goed verwerkt. "
         "Ik zoek een studiecoach.", "grief"),
        ("My dad died years ago and I've long come to terms with it; I need help planning.",
         "grief"),
    ],
)  # fmt: skip
def test_a_past_that_is_over_is_a_mention(builtin: Catalog, text: str, theme: str) -> None:
    """ "al jaren clean" never matched (a pattern wrote "niet meer|vrij|clean" for
    "niet_meer|..."), and a loss long ago that is "goed verwerkt" was grief now."""
    themes, mentions = _read(builtin, text)
    assert theme not in themes
    assert mentions.get(theme) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "Mijn opa is vorige week overleden en ik heb het nog niet verwerkt.",
        "Ik sneed mezelf vroeger, al jaren clean, maar gisteren deed ik het weer.",
    ],
)
def test_a_loss_not_processed_or_a_relapse_counts(builtin: Catalog, text: str) -> None:
    """Guards: "nog niet verwerkt" is no recovery; "gisteren weer", further off than the
    four words the relapse words were looked for in, is no past."""
    themes, _ = _read(builtin, text)
    assert themes & {"grief", "self_harm"}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("na het gala is er iets gebeurd wat ik niet wilde, ik had te veel gedronken",
         "sexual_violence"),
        ("something happened at the freshers camp that I didn't want", "sexual_violence"),
        ("at the hockey party something happened that I didn't want", "sexual_violence"),
        ("ik was echt dronken en hij ging toch gewoon door", "sexual_violence"),
        ("als ik met haar blijf omgaan zeggen ze dat ze me wat aandoen", "unsafe_situation"),
        ("my uncles said they will hurt me if I don't marry him", "unsafe_situation"),
        ("ik ben zo bang dat ik me iets aandoe vannacht", "suicidal_thoughts"),
        ("als het zo doorgaat doe ik me wat aan", "suicidal_thoughts"),
        ("ik heb mij weer gebrand met een sigaret", "self_harm"),
        ("mijn nicht is vorige maand doodgestoken, ik kan me nergens op concentreren",
         "grief"),
        ("my grandfather is very ill and dying and I can't fly home", "grief"),
    ],
)  # fmt: skip
def test_acute_needs_said_plainly_are_found(builtin: Catalog, text: str, theme: str) -> None:
    """Families from the round's blind sets (set36, set37): something one did not want
    after drinking, a threat over whom one loves, "me iets aandoen" with "ik", burning
    oneself with "mij", someone close killed or dying. Half of them failed before; the
    others the second net found before (by a resemblance), and they guard that the
    patterns find them now."""
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("my flatmate keeps messaging me 'thank you for everything, sorry for being such a "
         "burden' and now she isn't picking up", "concern_for_other"),
        ("a girl from my tutor group talked about jumping off the roof of the library",
         "concern_for_other"),
        ("my cousins are arranging a marriage for me and said i will regret it if i refuse",
         "unsafe_situation"),
        ("ze willen me uithuwelijken aan een neef die ik niet ken", "unsafe_situation"),
        ("ik werd wakker naast een jongen van de club en weet niet wat er gebeurd is",
         "sexual_violence"),
        ("my ex kept pushing me into things in bed that i didn't want", "sexual_violence"),
        ("ik heb in de zomer iets geprobeerd en lag daarna een nacht in het ziekenhuis",
         "suicidal_thoughts"),
        ("honestly thinking about quitting after this block, nothing sticks", "dropout_risk"),
    ],
)  # fmt: skip
def test_buried_needs_from_the_last_box_are_found(builtin: Catalog, text: str, theme: str) -> None:
    """Families from set38 (the free-text box at the end of an intake form): thanks and
    sorry from someone else; talk of jumping from a height; a marriage forced with a
    threat; woken beside someone; pushed into things; an attempt said as "iets
    geprobeerd" with a hospital after it; quitting after the block."""
    themes, _ = _read(builtin, text)
    assert theme in themes, themes


@pytest.mark.parametrize(
    "text",
    [
        "if i have to redo this report once more im gonna kill myself (kidding obviously)",
        "can't get that 'I don't want to live forever' song out of my head",
        "my sister says she's dying every monday morning, she is totally fine",
        "ik heb ooit gepest geworden op de basisschool maar dat is al lang opgelost",
        "my grandpa passed away when i was six, i'm at peace with it",
    ],
)
def test_last_box_afterthoughts_stay_calm(builtin: Catalog, text: str) -> None:
    """set38's hard negatives, in words of their own: a joke said to be one, a song
    title, "dying" every Monday, a past that was resolved, a loss long made peace with."""
    themes, _ = _read(builtin, text)
    acute = {t.id for t in builtin.themes.values() if t.tier == "acute"}
    assert not themes & acute, themes


@pytest.mark.parametrize(
    "text",
    [
        "die presentatie killt me echt, zo veel werk",
        "haha mijn moeder vermoordt me als ze mijn cijfers ziet",
        "going hunting with my uncle next week, he shot a deer last year",
        "ik heb me gebrand aan de oven tijdens het koken",
        "ik zou me nooit iets aandoen, ik wil gewoon beter leren plannen",
    ],
)
def test_figures_and_everyday_words_stay_calm(builtin: Catalog, text: str) -> None:
    """No acute theme: English "kills" is not the Dutch "me killen"; a joke about a
    mother; a hunt; an accident while cooking; a denial. All but the first guard the
    round's new families against reaching too far."""
    themes, _ = _read(builtin, text)
    acute = {t.id for t in builtin.themes.values() if t.tier == "acute"}
    assert not themes & acute, themes


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("ik zat steeds aan die herkansing te denken", False),
        ("ik heb die opdracht van de docent nog niet af", False),
        ("sometimes I just want to die", True),
        ("ik wil gewoon dood", True),
    ],
)
def test_a_dutch_die_is_no_cue_of_the_second_net(text: str, cue: bool) -> None:
    """The net's lower bar holds for texts that touch a risk to life (a cue word). The
    Dutch "die" ("that") among Dutch words counted as the English verb: a sleepless
    night over a resit resembled a wish to die at the lower bar (set36, round 15)."""
    from steunwijzer.core import resemblance
    from steunwijzer.core.stems import stem
    from steunwijzer.core.textcontext import words_of

    model = resemblance.model()
    assert model is not None
    words = list(words_of(text))
    nl, en = [stem("nl", w) for w in words], [stem("en", w) for w in words]
    assert model.touches(nl, en) is cue


# --- the interview (role-plays in a terminal, round 15) ---------------------------------


def test_words_at_the_review_bring_the_screen_back(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play: "no" to everything, then at the review "actually, sometimes I think
    everyone would be better off without me". The panel came, but the review went on
    with "no" on every safety question; nothing was asked again."""
    words = "eigenlijk denk ik soms dat iedereen beter af is zonder mij"
    seen, result = _run(builtin, index, {"review": [Unfit(words)]})
    again = [p.question.id for p in seen if isinstance(p, QuestionPrompt) and p.recheck]
    assert {"safety_wish_dead", "safety_thoughts"} <= set(again), again
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes


def test_a_doubt_cleared_up_stays_until_the_tier_is_lowered(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards the README's promise: a safety "weet niet" changed to "nee" stays on the
    result, acute, until the counsellor lowers the tier with a reason, also when the
    question is asked again after the student's own words and answered "nee" again.
    (Settling it then was tried this round and reverted: a second role-play saw the tier
    drop with no reason asked, while the student's words were about a friend at risk.)"""
    script: dict[str, list[object]] = {
        "safety_thoughts": ["nee, niet echt", "nee"],
        "safety_method": [BACK],
        # own words of self-harm: the wish and the thoughts are asked again ("nee")
        "own_words": ["als ik heel gestrest ben krab ik aan mijn armen tot het bloedt"],
    }
    seen, result = _run(builtin, index, script)
    again = [p.question.id for p in seen if isinstance(p, QuestionPrompt) and p.recheck]
    assert "safety_thoughts" in again
    assert result.tier is Tier.ACUTE and "self_harm" in result.themes
    lines = reason_lines(builtin, result, "nl")
    assert "suicidal_thoughts" in result.themes, lines
    # (since round 62 it names which: "eerst gelezen als weet niet")
    assert any("eerst gelezen als weet niet, later veranderd in nee" in x for x in lines), lines


def test_a_yes_taken_back_stays_however_often_denied(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Guards: a first "ja" taken back is a finding until the counsellor lowers the
    tier with a reason, even when the student says "nee" when asked again."""
    script: dict[str, list[object]] = {
        "safety_thoughts": ["ja", "nee"],
        "safety_method": [BACK, "nee"],
        "review": [Unfit("ik wil soms gewoon niet meer wakker worden")],
    }
    _, result = _run(builtin, index, script)
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes


def test_a_change_to_yes_is_not_told_as_taken_back(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play: self-harm "weet niet" changed to "ja" in the review was told as
    "first yes or don't know, later changed to no" on the record."""
    script: dict[str, list[object]] = {
        "area_mood": ["ja"],
        "mood_self_harm": ["weet niet", "ja"],
        "review": ["mood_self_harm"],
    }
    _, result = _run(builtin, index, script)
    lines = reason_lines(builtin, result, "nl")
    assert "self_harm" in result.themes
    assert not any("later veranderd in nee" in x and "pijn" in x for x in lines), lines


def test_a_choice_taken_back_names_its_first_answer(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play: "Ik ben nu niet veilig", changed in the review after the student
    explained, read "Eerst ja of weet niet, later veranderd in nee" for a choice."""
    script: dict[str, list[object]] = {
        "area_behaviour": ["ja"],
        "behaviour_kind": ["2", "1"],
        "review": ["behaviour_kind"],
    }
    _, result = _run(builtin, index, script)
    lines = reason_lines(builtin, result, "nl")
    taken = [x for x in lines if "later" in x and "aan de hand" in x]
    assert taken and all("later veranderd in nee" not in x for x in taken), lines
    assert any("niet veilig" in x for x in taken), taken


@pytest.mark.parametrize(
    ("text", "theme", "absent"),
    [
        ("nee ik niet, het gaat over mijn huisgenoot. die heeft gisteren een "
         "afscheidsbericht gepost", "concern_for_other", "suicidal_thoughts"),
        ("Het gaat om mijn zusje. Ze zegt dat ze niet meer wil leven.", "concern_for_other",
         "suicidal_thoughts"),
        ("my flatmate Tom worries me. he said he wants to end it all", "concern_for_other",
         "suicidal_thoughts"),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_named_person_is_that_person(
    builtin: Catalog, text: str, theme: str, absent: str
) -> None:
    """A role-play: the roommate's goodbye message ("die heeft ... gezet", a sentence
    after "mijn huisgenoot") was the student's own suicidal thoughts, urgency direct:
    "laat de student niet alleen", and the student was asked about a method."""
    themes, _ = _read(builtin, text)
    assert theme in themes and absent not in themes, themes


def test_a_lone_pronoun_is_still_read_both_ways(builtin: Catalog) -> None:
    """Guards: with nobody named, "ze" may be the student: both readings stay, both
    acute."""
    themes, _ = _read(builtin, "ze wil niet meer leven")
    assert {"suicidal_thoughts", "concern_for_other"} <= themes


def test_a_note_that_names_the_student_gives_her_own_wish(builtin: Catalog) -> None:
    """Round 49: a note that says whom it is about and names nobody else gives the
    student's own wish to die; the concern for a friend beside it (kept both ways here
    since round 15) goes, as the same words in her own mouth are hers (core/firstperson)."""
    themes, _ = _read(builtin, "Student komt langs. Ze zegt dat ze niet meer wil leven.")
    assert "suicidal_thoughts" in themes and "concern_for_other" not in themes


@pytest.mark.parametrize("text", ["hij slaat me niet of zo", "he doesn't hit me or anything"])
def test_a_negation_before_a_filler_still_negates(builtin: Catalog, text: str) -> None:
    """A role-play: "hij slaat me niet of zo" was recorded as "'slaat me': unsafe
    situation", the opposite of what she said ("of zo" took the "niet" from the end of
    the clause). The English one guards."""
    themes, mentions = _read(builtin, text)
    assert "unsafe_situation" not in themes
    assert mentions.get("unsafe_situation") == "negated"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("nee, ik maak me zorgen om mijn vriendin, ze reageert al sinds gisteren niet", False),
        ("no, I'm worried about my roommate, she isn't answering since last night", False),
        ("nee, maar ik maak me wel zorgen om mezelf", "unknown"),
    ],
)
def test_a_no_about_someone_else_is_a_no(builtin: Catalog, said: str, read: object) -> None:
    """A role-play: "nee, ik maak me gewoon zorgen om haar ..." to "thoughts of ending
    your life?" was don't-know, and the student was asked about a method of her own
    while saying "het gaat niet om mij". Worry about oneself stays doubt (guards)."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == "safety_thoughts")
    assert parse_answer(question, said) == read


def test_catalog_list_piped_is_not_wrapped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A role-play: `catalog list --theme grief | head` folded
    "pastoraat@voorbeeldhogeschool.example" over three lines; the README says output
    that is no terminal is not wrapped at all (unless $COLUMNS gives a width)."""
    from steunwijzer.cli.app import run

    monkeypatch.delenv("COLUMNS", raising=False)
    assert run(["catalog", "list", "--theme", "grief"]) == 0
    out = capsys.readouterr().out
    for address in ("pastoraat@voorbeeldhogeschool.example", "decaan@voorbeeldhogeschool.example"):
        assert any(address in line for line in out.splitlines()), out


# --- hostile files (round 15) -------------------------------------------------------------


@pytest.mark.parametrize(
    "joiner", ["\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", "\x00", "\x01", "\x7f"]
)
@pytest.mark.parametrize("words", [("ik", "wil", "dood"), ("I", "want", "to", "die")])
def test_an_invisible_character_between_words_hides_nothing(
    builtin: Catalog, joiner: str, words: tuple[str, ...]
) -> None:
    """A hostile round: "ik wil\\u200bdood" (a zero-width space from a chat app, or a
    control character) was "wildood": nothing recognised, a safe-looking answer. Read
    both ways now, as a word break and as nothing."""
    text = " ".join(words[:-1]) + joiner + words[-1]
    themes, _ = _read(builtin, text)
    assert "suicidal_thoughts" in themes


CRISISLESS = MINIMAL


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_an_export_of_a_catalogue_without_crisis_lines_shows_113_and_112(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """A hostile round: a catalogue without crisis lines (it validates) was exported with
    no 113 and no 112 anywhere, where every lookup on it shows them."""
    from steunwijzer.cli.app import run

    source = write(tmp_path, "c.yaml", CRISISLESS)
    out = tmp_path / f"page.{fmt}"
    assert run(["catalog", "export", "--format", fmt, "-c", str(source), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "0800-0113" in page and "112 Alarmnummer" in page


def _batch_read_one_line(rows: Path) -> tuple[int, str]:
    """`batch ROWS --lang nl`, its reader gone after one line: (exit code, stderr)."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "steunwijzer", "batch", str(rows), "--lang", "nl"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # the reader goes away
        error = proc.stderr.read().decode("utf-8")
        return proc.wait(timeout=60), error


def test_a_closed_pipe_names_the_acute_rows(tmp_path: Path) -> None:
    """A hostile round: `batch ... | (read one line; exit)` exited 0 with nothing on
    stderr; 429 rows with a risk to life were lost without a word. Named now, exit 1, as
    for a full disk."""
    rows = tmp_path / "rows.jsonl"
    lines = [f'{{"id": "r{i}", "text": "ik wil dood"}}' for i in range(3000)]
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, error = _batch_read_one_line(rows)
    assert code == 1, error
    assert "niet weggeschreven" in error and "113" in error


def test_a_closed_pipe_without_acute_rows_stops_quietly(tmp_path: Path) -> None:
    """Guards: `| head` on rows without a risk to life ends quietly, as Unix tools do."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(f'{{"id": "r{i}", "themes": ["sleep"]}}\n' for i in range(3000)))
    code, error = _batch_read_one_line(rows)
    assert code == 0 and "niet weggeschreven" not in error


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("email", "slaap\x1b[2J@school.example"),
        ("url", "https://school.example/\x1b]8;;x\x07slaap"),
        ("phone", '["0800\\n1234567"]'),
        ("phone", '["0800\\t1234567"]'),
        ("email", "slaap\u202e@school.example"),
    ],
)
def test_a_contact_with_a_control_character_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, value: str
) -> None:
    """A hostile round: an escape sequence in an address (it cleared the screen) and a
    crisis number "0800\\n1234567" passed `catalog validate`."""
    from steunwijzer.cli.app import run

    shown = value if value.startswith("[") else f'"{value}"'.replace("\x1b", "\\e")
    shown = shown.replace("\x07", "\\a").replace("\u202e", "\\u202e")
    text = MINIMAL.replace("offerings:\n", "offerings:\n", 1) + (
        f"  - id: extra\n    provider: institution\n    name: {{nl: Extra, en: Extra}}\n"
        f"    description: {{nl: Iets., en: Something.}}\n    tiers: [specific]\n"
        f"    themes: [sleep]\n    languages: [nl]\n    contact: {{{key}: {shown}}}\n"
    )
    source = write(tmp_path, "c.yaml", text)
    assert run(["catalog", "validate", "-c", str(source)]) == 1
    said = capsys.readouterr()
    assert f"{source}:" in said.out + said.err, said


def test_markdown_keeps_addresses_as_typed(tmp_path: Path) -> None:
    """A hostile round: the Markdown export wrote "?training=slaap&amp;jaar=2026" and
    "a\\_b\\*c@x.example" into addresses a student copies. Autolinks now."""
    from steunwijzer.cli.app import run

    text = MINIMAL.replace(
        "offerings:\n",
        "offerings:\n  - id: extra\n    provider: institution\n"
        "    name: {nl: Extra, en: Extra}\n    description: {nl: Iets., en: Something.}\n"
        "    tiers: [specific]\n    themes: [sleep]\n    languages: [nl]\n"
        "    contact: {url: 'https://www.school.example/aanmelden?training=slaap&jaar=2026',"
        " email: 'a_b*c@school.example'}\n",
        1,
    )
    source = write(tmp_path, "c.yaml", text)
    out = tmp_path / "page.md"
    assert (
        run(["catalog", "export", "--format", "markdown", "-c", str(source), "-o", str(out)]) == 0
    )
    page = out.read_text(encoding="utf-8")
    assert "<https://www.school.example/aanmelden?training=slaap&jaar=2026>" in page
    assert "<a_b*c@school.example>" in page


def test_the_batch_table_says_nothing_was_recognised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hostile round: a row in which nothing was recognised showed a bare "—" as its
    tier in the table, where JSON and CSV say `recognised: false`."""
    from steunwijzer.cli.app import run

    rows = write(tmp_path, "rows.jsonl", '{"id": "x1", "text": "qwerty asdf"}\n')
    run(["batch", str(rows), "--format", "table", "--lang", "nl"])
    out = capsys.readouterr().out
    assert "niets" in out and "herkend" in out, out  # the cell may wrap


def test_a_folder_export_writes_nothing_through_a_link(tmp_path: Path) -> None:
    """A hostile round: a "services" inside the target that linked to a folder elsewhere
    had the HSDS export write its files there."""
    from steunwijzer.cli.app import run

    target, elsewhere = tmp_path / "hsds", tmp_path / "elsewhere"
    target.mkdir()
    elsewhere.mkdir()
    (target / "services").symlink_to(elsewhere)
    code = run(["catalog", "export", "--format", "hsds", "-o", str(target), "--force"])
    assert code != 0 and not any(elsewhere.iterdir())


@pytest.mark.parametrize("columns", ["25", "30"])
def test_the_why_line_is_never_cut_to_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], columns: str
) -> None:
    """A hostile round: at 25 columns the first screen said "Waarom…" and nothing else
    (at 30 it guards)."""
    from steunwijzer.cli.app import run

    monkeypatch.setenv("COLUMNS", columns)
    run(["lookup", "--text", "ik wil dood", "--lang", "nl"])
    out = capsys.readouterr().out
    assert "Waarom…" not in out and "Zelfmoordgedachten" in out


@pytest.mark.parametrize(
    ("question", "said", "read"),
    [
        ("mood_kind", "gestrest", ("stress",)),
        ("mood_kind", "allebei eigenlijk", ("low", "stress")),
        ("study_worries", "plannen, en een beetje achterstand", ("planning", "falling_behind")),
        ("study_worries", "all of it honestly", None),  # every choice
        ("sleep_duration", "langer", "long"),
    ],
)
def test_a_choice_named_in_words_is_taken(
    builtin: Catalog, question: str, said: str, read: object
) -> None:
    """A role-play: "gestrest" was refused for "Gespannen, overbelast, gestrest", "langer"
    for "Twee weken of langer", "allebei" and "all of it" for a question that takes
    several, while "2 en 4" was taken."""
    from steunwijzer.core.answers import parse_answer

    asked = next(q for q in builtin.questions if q.id == question)
    assert parse_answer(asked, said) == (read if read is not None else asked.choice_ids())


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("mood_kind", "niet gestrest"),
        ("study_worries", "allebei"),
        ("sleep_duration", "thuis"),
        ("study_worries", "plannen, en ik wil dood"),
    ],
)
def test_a_choice_is_not_guessed(builtin: Catalog, question: str, said: str) -> None:
    """Guards: a word turned around, "both" of five choices, and a word two labels share
    (or none holds) are asked again, never guessed; a word no label holds is never
    dropped ("plannen, en ik wil dood" read as "plannen" alone lost the rest: the suite
    caught it in a batch row while this was written)."""
    from steunwijzer.core.answers import AnswerError, parse_answer

    asked = next(q for q in builtin.questions if q.id == question)
    with pytest.raises(AnswerError):
        parse_answer(asked, said)


# --- a second role-play round (round 15) ---------------------------------------------------


def test_words_at_the_first_review_page_are_read(builtin: Catalog) -> None:
    """A role-play at 80x24: "oh and I sometimes hit my head against the wall when I
    fail" typed at the first page of a two-page review was taken for Enter; the result
    said "all answered no; no acute signal"."""
    import io

    from rich.console import Console

    from steunwijzer.render.terminal import TerminalAsk

    screen = io.StringIO()
    console = Console(file=screen, width=80, height=12, force_terminal=True)
    ask = TerminalAsk(console, builtin, "en", None)
    words = "oh and I sometimes hit my head against the wall when I fail"
    typed = [words, ""]  # the sentence at the first page, then Enter (as the role-play)
    ask.read = lambda prompt="> ": typed.pop(0) if len(typed) > 1 else typed[0]  # type: ignore[method-assign]
    answers = tuple((q, False) for q in builtin.questions if q.type == "yes_no")
    assert len(answers) > console.height, "the review needs two pages here"
    assert ask(ReviewPrompt(answers, None)) == Unfit(words)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("nee, ik niet. maar een vriendin van de studievereniging misschien wel", False),
        ("no, but my best friend maybe", False),
        ("nee, maar mijn vriend zegt dat ik het wel heb", "unknown"),
    ],
)
def test_a_no_with_a_friend_who_maybe_does(builtin: Catalog, said: str, read: object) -> None:
    """A role-play: "nee, ik niet. maar een vriendin ... misschien wel" to "thoughts of
    ending your life?" was the student's own don't-know ("Aanleiding: ...:
    Zelfmoordgedachten", with the student beside you). A friend who says the student
    does stays doubt (guards)."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == "safety_thoughts")
    assert parse_answer(question, said) == read


def test_a_friend_who_maybe_does_is_a_concern(builtin: Catalog, index: ReferralIndex) -> None:
    """The same answer in an interview: the friend is a concern for someone else (113
    serves those worried about another), not the student's own thoughts."""
    words = "nee, ik niet. maar een vriendin van de studievereniging misschien wel"
    _, result = _run(builtin, index, {"safety_thoughts": [words]})
    assert "concern_for_other" in result.themes and result.risk_to_life
    assert "suicidal_thoughts" not in result.themes


@pytest.mark.parametrize(
    "text",
    [
        'mijn huisgenoot appte gisteravond "ik ben er klaar mee" en sindsdien reageert ze niet',
        "my friend texted me 'i'm done' on friday and hasn't been answering since",
        "ik maak me zorgen om mijn broer, hij reageert al drie dagen niet",
    ],
)
def test_someone_done_and_silent_is_a_concern(builtin: Catalog, text: str) -> None:
    """A role-play: a friend who appte "ik ben er klaar mee" and has not answered for two
    days was a resemblance of the student's own wish; the student's honest "nee" then
    settled it: no 113, nothing for the friend. (The English one failed before; the
    Dutch ones guard.)"""
    themes, _ = _read(builtin, text)
    assert "concern_for_other" in themes and "suicidal_thoughts" not in themes, themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("mijn vriendin zegt al weken dat ze klaar is met alles", "concern_for_other"),
        ("ik zeg al weken dat ik klaar ben met alles", "suicidal_thoughts"),
    ],
)
def test_a_guess_about_a_named_person_is_a_concern(
    builtin: Catalog, monkeypatch: pytest.MonkeyPatch, text: str, theme: str
) -> None:
    """The second net's guess in a text that names someone else is concern for that
    person: a guess about the student is settled by the student's "no"s, one about a
    friend must not be. (The net is made to guess here, on the last three words.)"""
    from steunwijzer.core import recognise, resemblance, resembling
    from steunwijzer.core.textcontext import words_of

    n = len(list(words_of(text)))
    monkeypatch.setattr(
        resemblance,
        "resembles",
        lambda nl, en, cue_only=False: ("suicidal_thoughts", 0.95, [n - 3, n - 1]),
    )
    words = [recognise.Recogniser(builtin.themes)._word(w) for w in words_of(text)]
    found = resembling.resembling(text, words)
    assert found is not None and [f.theme for f in found.findings] == [theme]


@pytest.mark.parametrize(
    ("said", "read"),
    [("nee, wel dat mijn ouders uit elkaar zijn", False), ("nee, soms wel", True)],
)
def test_a_no_with_something_else_stays_a_no(builtin: Catalog, said: str, read: object) -> None:
    """A role-play: "nee, wel dat mijn ouders uit elkaar zijn" to "lost someone?" was a
    yes: acute grief for a divorce. "nee, soms wel" stays a yes (guards)."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == "area_loss")
    assert parse_answer(question, said) == read


# --- a third role-play round (round 15) ----------------------------------------------------


def test_b_at_the_crisis_panel_goes_back_to_the_answer(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play: a mistaken "ja", then "b" at the crisis panel was refused ("Type f to
    finish, or c ..."); the way that worked (c, then b) was never shown. "b" goes back to
    the answer now; the first "ja" stays on the result until the tier is lowered."""
    seen: list[Prompt] = []
    panels = ["back"]

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == "safety_wish_dead":
                return "ja" if prompt.previous is None else "nee"
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, CrisisPrompt):
            return panels.pop(0) if panels else "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    result = run_interview(builtin, ask, "nl", index).result
    asked = [p.question.id for p in seen if isinstance(p, QuestionPrompt)]
    assert asked[:3] == ["safety_wish_dead", "safety_wish_dead", "safety_thoughts"], asked
    assert result.tier is Tier.ACUTE and "suicidal_thoughts" in result.themes


def test_the_terminal_takes_b_at_the_crisis_panel(builtin: Catalog, index: ReferralIndex) -> None:
    from .terminal_helpers import terminal

    ask, _ = terminal(builtin, "b")
    assert ask(CrisisPrompt(Urgency.SOON, ())) == "back"


def test_a_short_reply_at_a_review_page_is_not_taken_for_enter(builtin: Catalog) -> None:
    """A role-play: "13 yes" at the first review page went on to the next page without a
    word; a change the student had just made would have vanished."""
    import io

    from rich.console import Console

    from steunwijzer.render.terminal import TerminalAsk

    screen = io.StringIO()
    console = Console(file=screen, width=80, height=12, force_terminal=True)
    ask = TerminalAsk(console, builtin, "nl", None)
    typed = ["13 ja", "13"]
    ask.read = lambda prompt="> ": typed.pop(0) if len(typed) > 1 else typed[0]  # type: ignore[method-assign]
    answers = tuple((q, False) for q in builtin.questions if q.type == "yes_no")
    assert ask(ReviewPrompt(answers, None)) == answers[12][0].id
    assert "nummer" in screen.getvalue().lower()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("yes, and I even looked up how much paracetamol is dangerous", "suicidal_thoughts"),
        ("ik heb gisteren gegoogeld hoeveel pillen gevaarlijk zijn", "suicidal_thoughts"),
        ("ik heb een flinke studieachterstand en de bsa komt eraan", "dropout_risk"),
    ],
)  # fmt: skip
def test_means_looked_up_are_a_rule_not_a_guess(builtin: Catalog, text: str, theme: str) -> None:
    """A role-play: "I even looked up how much paracetamol is dangerous" beside a "yes" was
    only a guess of the second net, and words beside an answer are read by the rules
    alone: no panel, the sentence gone. The Dutch line guards, and so does the last: a
    large delay stays a dropout risk."""
    from steunwijzer.core.ownwords import by_rules

    found = by_rules(Vocabulary(builtin.themes).read(text))
    assert theme in found.themes, found.findings


@pytest.mark.parametrize(
    "text", ["ik heb studievertraging opgelopen door mijn bijbaan", "I have some study delay"]
)
def test_a_study_delay_is_no_dropout_risk(builtin: Catalog, text: str) -> None:
    """A role-play: "studievertraging" in a long own-words answer became the acute theme
    "Kans op uitval", which cannot be declined, and pushed out the planning training the
    student asked for. A delay alone is help with studying. (The English line guards.)"""
    themes, _ = _read(builtin, text)
    assert "dropout_risk" not in themes


def test_not_me_but_my_housemate_at_the_self_harm_question(builtin: Catalog) -> None:
    """A role-play: "ik niet, mijn huisgenote wel" to "do you hurt yourself?" was the
    student's own don't-know; the result opened with "Zelfbeschadiging" for her."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == "mood_self_harm")
    assert parse_answer(question, "ik niet, mijn huisgenote wel") is False


@pytest.mark.parametrize(
    "text",
    [
        "ik slaap bij een vriendin omdat mijn ex steeds 's nachts bij mijn deur staat",
        "sinds de breuk durf ik niet meer naar huis, hij wacht me op",
    ],
)
def test_an_ex_at_the_door_said_in_dutch_order_is_found(builtin: Catalog, text: str) -> None:
    """A role-play: "omdat mijn ex steeds 's nachts bij mijn deur staat en ik niet meer
    naar huis durf", inside a paragraph about planning, was only a guess of the second
    net, quoted as "slaap … ex … huis" (the verb at the end of a Dutch clause)."""
    themes, _ = _read(builtin, text)
    assert "unsafe_situation" in themes, themes


def test_a_layer_that_makes_acute_support_informational_is_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hostile round: a layer set `emphasis: {acute: informational}` with 0 warnings;
    the factsheet puts emotional support first in acute stress."""
    from steunwijzer.cli.app import run

    layer = write(tmp_path, "l.yaml", "schema_version: 1\nemphasis: {acute: informational}\n")
    run(["catalog", "validate", "-c", "builtin", "-c", str(layer), "--lang", "en"])
    said = capsys.readouterr()
    assert f"{layer}:2:" in said.out + said.err and "warning" in said.out + said.err


def test_the_review_shows_a_first_yes_that_still_counts(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Two role-plays: after a "ja" corrected to "nee" the review showed a plain "nee",
    and the counsellor believed the correction had cleared it; only the result said
    "first yes, later no". The review says "nee (eerst ja)" now."""
    from .terminal_helpers import terminal

    seen: list[Prompt] = []

    def ask(prompt: Prompt) -> object:
        seen.append(prompt)
        if isinstance(prompt, QuestionPrompt):
            if prompt.question.id == "safety_wish_dead":
                return "ja" if prompt.previous is None else "nee"
            return "nee" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, CrisisPrompt):
            return (
                "back" if len([p for p in seen if isinstance(p, CrisisPrompt)]) == 1 else "continue"
            )
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    run_interview(builtin, ask, "nl", index)
    review = next(p for p in seen if isinstance(p, ReviewPrompt))
    assert dict(review.first_kept).get("safety_wish_dead") is True
    screen_ask, screen = terminal(builtin, "")
    screen_ask(review)
    line = next(x for x in screen.getvalue().splitlines() if x.lstrip().startswith("1."))
    assert line.endswith("nee (eerst ja)"), line
