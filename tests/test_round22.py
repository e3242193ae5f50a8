"""Round 22: what this session's outsiders found (six labelled sets written blind: social
media slang, studies full of death as material, short replies), and a faster read of a
row's own number. Unless a test says it guards, each was run on the commit before its
fix and failed there."""

from __future__ import annotations

from pathlib import Path

import pytest

from steunwijzer.core.model import Catalog

from .reading import ACUTE as _ACUTE  # one home for the acute themes (tests/reading.py)


def _themes(builtin: Catalog, text: str) -> set[str]:
    from steunwijzer.core.vocabulary import Vocabulary

    return set(Vocabulary(builtin.themes).read(text).themes)


@pytest.mark.parametrize(
    "text",
    [
        "statistiek tentamen vrijdag en mijn oma is zondag overleden",
        "exam week and my best friend died on monday, i can't revise",
        "toets morgen maar mijn vader overleed gisteren",
        "tentamen morgen en mijn opa is vorige week overleden",
    ],
)
def test_a_death_beside_an_exam_is_a_loss_not_a_scene_at_work(builtin: Catalog, text: str) -> None:
    """Found while reading set66: an exam named at the start of a text made a death a
    "scene at work" (as a patient who died on a shift is), so "tentamen morgen en mijn opa
    is vorige week overleden" was no grief at all. Someone of one's own keeps it a loss.
    Fails without the KIN_WORDS check in textframe._work_scene."""
    assert "grief" in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        "a patient passed away on my shift last night, first time for me",
        "ambulancestage: melding van een overleden man thuis",
    ],
)
def test_a_patient_who_died_at_work_stays_a_scene_at_work(builtin: Catalog, text: str) -> None:
    """Guard: the kin rule does not make every death at work acute."""
    assert "grief" not in _themes(builtin, text), text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a head that feels dangerous (set69)
        ("het voelt gevaarlijk in mijn hoofd", "suicidal_thoughts"),
        ("it feels so unsafe in my own head right now", "suicidal_thoughts"),
        # a plan and the means, said as an answer (set69)
        ("ik heb een plan en ik heb ook de middelen", "suicidal_thoughts"),
        # "not me [doing it]" is the way one says one does it (set68)
        ("not me writing a goodbye letter at 2am", "suicidal_thoughts"),
        # what the study puts in one's hands, used on oneself (set66)
        ("ik gebruik een scheermesje op mijn bovenbenen", "self_harm"),
        # sexual violence said bare or as "things done to me" (set65, set67, set70)
        ("she forced me", "sexual_violence"),
        ("hij heeft me gedwongen", "sexual_violence"),
        ("toen ik klein was heeft mijn neef dingen met me gedaan", "sexual_violence"),
        ("woke up at his place with no clothes on and no memory", "sexual_violence"),
        ("he put his hand up my skirt at the bar", "sexual_violence"),
        # the student's own turn after a topic (set66)
        (
            "we read about suicide methods in class and now i think about it for myself too",
            "suicidal_thoughts",
        ),
        (
            "in de les ging het over zelfmoord en ik denk er zelf ook steeds aan",
            "suicidal_thoughts",
        ),
    ],
)
def test_round_22_risk_families(builtin: Catalog, text: str, theme: str) -> None:
    """New wordings of what the sets said, not their sentences; each was not found on
    the commit before."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik stond vannacht op het viaduct te twijfelen", "suicidal_thoughts"),
        ("heb twee uur bij het spoor gezeten gisteravond", "suicidal_thoughts"),
        (
            "i was standing on the bridge for ages just staring down at the water",
            "suicidal_thoughts",
        ),
        ("i'm on the railway bridge and i don't trust myself tonight", "suicidal_thoughts"),
        ("ik vertrouw mezelf niet vanavond, er liggen pillen", "suicidal_thoughts"),
        ("ik heb gisteren pijnloze manieren opgezocht", "suicidal_thoughts"),
        ("been searching painless methods all night", "suicidal_thoughts"),
        ("ik weet precies hoeveel pillen ik zou moeten slikken", "suicidal_thoughts"),
        ("i worked out how many sleeping pills i would need to take", "suicidal_thoughts"),
        ("i take a razor to school and use it on my arms in the toilets", "self_harm"),
        ("terrified of my boyfriend", "unsafe_situation"),
        ("bang voor mijn stiefvader", "unsafe_situation"),
        ("been sleeping wherever i can since she threw me out", "unsafe_situation"),
    ],
)
def test_round_22_risk_families_guards(builtin: Catalog, text: str, theme: str) -> None:
    """Guards: wordings beside the sets' sentences that earlier rounds' families (or the
    second net) already found; the sets' own sentences were missed and are now found
    (tests/data/blind/set65-70, floors in tests/core/test_resemblance.py)."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        # Gen-Z manners of speaking with their cause in the phrase (set65, set68)
        "my nan's soup tried to kill me, so much pepper",
        "i just want to disappear under my duvet all sunday",
        "ik wil verdwijnen onder mijn dekbed en niks doen",
        "goodbye everyone, going offline for exam week, detox time",
        "cut my own fringe last night, big mistake",
        "brb even sterven op de bank",
        "zijn moeder vermoordt hem als hij de afwas vergeet",
        # death and risk as the study's material (set66, set69)
        "in the forensics practical we estimated the time of death",
        "we moesten het tijdstip van overlijden bepalen aan de hand van de lichaamstemperatuur",
        "the theme of the festival was death and the afterlife",
        "we practised a suicide risk assessment in the skills lab",
        "voor het vak moeten we een suïcide-vragenlijst afnemen bij elkaar",
        "the pharmacology quiz asked the antidote for an opioid overdose",
        "the safety briefing was all about overdoses at festivals",
        "since the domestic violence module i want to work in youth care",
        "politieacademie: scenario huiselijk geweld geoefend vandaag",
        "voor verpleegkunde leren we de morfine doseringen in de palliatieve fase",
    ],
)
def test_round_22_manners_of_speaking_and_study_material_are_not_acute(
    builtin: Catalog, text: str
) -> None:
    """New wordings beside what the sets said; each came out acute on the commit before."""
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather die than sit through that lecture again",
        "after leg day my legs are dead",
        "my laptop committed suicide during the exam lol",
        "if i hear that song one more time i will scream",
        "ik wil niet meer naar die training, ik haat voetbal",
        "essay on the ethics of assisted suicide in the Netherlands",
    ],
)
def test_round_22_manners_of_speaking_guards(builtin: Catalog, text: str) -> None:
    """Guards: wordings beside the sets' false alarms that were calm already."""
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a study word and the student's own words (guards beside the frames above)
        ("mijn scriptie gaat over suïcide en ik wil zelf ook dood", "suicidal_thoughts"),
        ("my ex keeps showing up outside my lectures and I'm scared", "unsafe_situation"),
        (
            "mijn oom zei dat hij me vermoordt als ik ooit met een vriendin thuiskom",
            "unsafe_situation",
        ),
        (
            "my housemate said she doesn't want to be here anymore and I found pills",
            "concern_for_other",
        ),
        (
            "mijn huisgenoot zei dat ze er niet meer wil zijn en ik vond medicatie van haar stage",
            "concern_for_other",
        ),
    ],
)
def test_round_22_frames_and_figures_leave_the_students_own_risk(
    builtin: Catalog, text: str, theme: str
) -> None:
    """Guards: the new frame words ("lectures" was one, and lost stalking on five
    outsiders' lines while it was) and the narrowed placement figure (its gap of nine
    words set aside a housemate's "er niet meer wil zijn" beside "stage", set66)."""
    assert theme in _themes(builtin, text), text


def test_a_number_is_never_read_as_a_slip_of_a_word() -> None:
    """A row's own number (an id, a date, "(12345)") has no typo keys and no stem of its
    own: each new number cost the typo keys of a word never seen before, a fifth of a
    free-text row's reading in the benchmark (round 22). Fails on the commit before:
    Word("12345").keys() was {"=12345"}."""
    from steunwijzer.core import stems
    from steunwijzer.core.matching import Word, typo_word

    assert not typo_word("12345")
    assert not typo_word("2026")
    assert typo_word("zelfmort")  # a word keeps its slips
    assert Word("12345", frozenset()).keys() == frozenset()
    assert stems.stem("nl", "987654321") == "987654321"
    assert "987654321" not in stems._STEMS["nl"]  # a number fills no memo


def test_numbers_in_patterns_still_match(builtin: Catalog) -> None:
    """Guard: a pattern's own number is matched as before (the stem tables hold it)."""
    assert "suicidal_thoughts" in _themes(builtin, "ik heb 30 pillen gespaard")
    assert "sexual_violence" in _themes(builtin, "hij kwam snachts naar mijn kamer toen ik 12 was")


# --- a role-play of fifteen intakes in a real terminal (W) ------------------------------
def _parsed(builtin: Catalog, qid: str, said: str) -> object:
    from steunwijzer.core.answers import AnswerError, parse_answer

    question = next(q for q in builtin.questions if q.id == qid)
    try:
        return parse_answer(question, said, sentence_is_doubt=False)  # as the terminal reads
    except AnswerError:
        return "asked again"


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        # W16: a refusal to answer a safety question is doubt, never a later plain no
        ("safety_wish_dead", "daar wil ik het eigenlijk niet over hebben", "unknown"),
        ("safety_plan", "dat wil ik liever niet zeggen", "unknown"),
        ("safety_thoughts", "I'd rather not talk about that", "unknown"),
        # W8: the hedge at the end is about the housemate
        ("safety_wish_dead", "nee, ik niet. maar mijn huisgenoot wel denk ik", False),
        ("safety_wish_dead", "no, not me, but my roommate i think", False),
        # W13: a no with "nothing crazy" after it stays a no
        ("area_substances", "nee, nou ja, af en toe een biertje, niks geks", False),
        ("area_substances", "no, well, a beer now and then, nothing serious", False),
        # W7: "3." and then the story is option 3
        ("behaviour_kind", "3. het was vorige week na een feest", "sexual"),
        # W5: a second option named beside the first: asked again, not the lower one
        ("behaviour_kind", "4 denk ik. maar ook een beetje 2? weet ik niet", "asked again"),
        ("behaviour_kind", "4, of misschien 2", "asked again"),
        # X8: arrow keys the prompt cannot edit with ("nee←←←ja") are no silent no
        ("safety_wish_dead", "nee\x1b[D\x1b[D\x1b[Dja", "asked again"),
    ],
)
def test_round_22_answers_read_as_meant(
    builtin: Catalog, qid: str, said: str, expected: object
) -> None:
    """Each was read otherwise on the commit before: a refusal was refused ("Dat antwoord
    past niet") and the next "nee joh" made "alle met nee beantwoord"; the housemate's
    hedge made the student's own answer doubt; "niks geks" a yes; "3." refused; "4 ... maar
    ook 2?" the lower-risk 4; arrow keys a plain no."""
    assert _parsed(builtin, qid, said) == expected


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        ("safety_wish_dead", "nee, maar mijn vriend zegt dat ik het wel heb", "unknown"),
        ("area_substances", "nee... eigenlijk wel", True),
        ("behaviour_kind", "4, hij stalkt me al 2 weken", "threatened"),
        ("behaviour_kind", "2 denk ik", "unsafe_now"),
        ("safety_wish_dead", "nee, liever niet", "unknown"),
    ],
)
def test_round_22_answers_guards(builtin: Catalog, qid: str, said: str, expected: object) -> None:
    """Guards beside the fixes (all but the last read so before; "nee, liever niet" was
    a plain no and is doubt now, as a refusal is)."""
    assert _parsed(builtin, qid, said) == expected


def test_someone_elses_wish_to_die_counts_beside_their_cutting(builtin: Catalog) -> None:
    """W1: "hij krast zich al een tijdje. gisteren zei hij dat hij niet meer wil leven en
    hij zat de hele avond op het balkon" kept the cutting as the one reason for concern
    and showed the wish as denied ("'leven en hij zat' (ontkend: niet)": "leven ..2 zat"
    read "zat" the verb). Both facts are reasons now, and nothing is denied."""
    from steunwijzer.core.vocabulary import Vocabulary

    text = (
        "mijn broertje is 15 en hij krast zich al een tijdje. gisteren zei hij dat hij niet "
        "meer wil leven en hij zat de hele avond op het balkon."
    )
    read = Vocabulary(builtin.themes).read(text)
    told = [f.words for f in read.findings if f.theme == "concern_for_other"]
    assert any("krast" in w for w in told) and any("wil leven" in w for w in told), told
    assert not [m for m in read.mentions if m.set_aside == "negated"], read.mentions
    assert "suicidal_thoughts" in _themes(builtin, "ik ben het leven zat")  # guard


def test_a_joke_with_a_condition_is_no_danger_now(builtin: Catalog) -> None:
    """W9: "nee hoor, haha dood gaan doe ik pas als ik dit blok moet herkansen" after a
    no gave "Direct gevaar: bel nu 112"."""
    said = "nee hoor, haha dood gaan doe ik pas als ik dit blok moet herkansen"
    assert not _themes(builtin, said) & _ACUTE


# --- a hostile round on the environment and the command line (X) ------------------------
def _run(*args: str, env: dict[str, str] | None = None, **kw: object) -> object:
    import os
    import subprocess
    import sys

    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kw}
    return subprocess.run(
        [sys.executable, "-m", "steunwijzer", *args],
        check=False,
        env={**os.environ, **(env or {})},
        **streams,  # type: ignore[call-overload]
    )


@pytest.mark.parametrize(
    ("raw", "fmt"),
    [
        (b"ik wil \xffdood", "--plain"),  # X3: stopped after the tier line, no crisis line
        (b"ik wil \xffdood", "--json"),
        (b"ik wil d\xf3\xf3d", "--json"),  # X2: Windows-1252 pasted into an argument
    ],
)
def test_a_byte_that_is_no_utf8_in_text_never_hides_the_crisis_line(raw: bytes, fmt: str) -> None:
    import os

    done = _run("lookup", "--text", os.fsdecode(raw), fmt)
    assert done.returncode == 0, done.stderr  # type: ignore[attr-defined]
    assert b"113" in done.stdout, done.stdout  # type: ignore[attr-defined]


def test_utf8_read_in_a_latin1_locale_is_read_as_utf8() -> None:
    """X1: in a Latin-1 (or C without UTF-8 mode) locale "ik wil dóód" arrived as "ik wil
    dÃ³Ã³d": nothing recognised."""
    from steunwijzer.io.lines import typed_text

    assert typed_text("ik wil d\u00c3\u00b3\u00c3\u00b3d") == "ik wil dóód"
    assert typed_text("één café") == "één café"  # guard: text that is right stays
    assert typed_text("ik wil \udcffdood") == "ik wil \ufffddood"
    done = _run(
        "lookup",
        "--text",
        "ik wil niet meer léven",
        "--json",
        env={"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    )
    assert b'"acute"' in done.stdout, done.stdout  # type: ignore[attr-defined]


def test_version_to_a_full_disk_is_an_error_line_not_a_traceback() -> None:
    """X9: `--version > /dev/full` printed a traceback."""
    with open("/dev/full", "w", encoding="utf-8") as full:  # noqa: PTH123 - a device
        done = _run("--version", stdout=full)
    assert done.returncode == 1  # type: ignore[attr-defined]
    assert b"Traceback" not in done.stderr  # type: ignore[attr-defined]
    assert "kan de versie niet schrijven" in done.stderr.decode()  # type: ignore[attr-defined]


def test_a_batch_with_stderr_on_a_full_disk_writes_every_good_row(tmp_path: Path) -> None:
    """X4: `batch rows.jsonl 2>/dev/full` stopped at the first bad row's message: the row
    with "ik wil dood" after it was never written."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "b1", "themes": ["sleep"]}\n{"id": "b2", "themes": ["no_such_theme_x"]}\n'
        '{"id": "b3", "text": "ik wil dood"}\n',
        encoding="utf-8",
    )
    with open("/dev/full", "w", encoding="utf-8") as full:  # noqa: PTH123 - a device
        done = _run("batch", str(rows), stderr=full, stdout=-1)
    out = done.stdout.decode()  # type: ignore[attr-defined]
    assert done.returncode == 1  # type: ignore[attr-defined]
    assert '"b3"' in out and '"acute"' in out, out


def test_an_intake_whose_screen_went_away_does_not_exit_0() -> None:
    """X5: `interview | head -3` stopped at the cut and exited 0, nothing saved, no word."""
    import subprocess
    import sys

    with subprocess.Popen(
        [sys.executable, "-m", "steunwijzer", "interview", "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stdin is not None
        proc.stdout.readline()
        proc.stdout.close()  # the reader goes away, as `head -1` does
        try:
            proc.stdin.write(b"ja\nja\nja\nja\n")
            proc.stdin.close()
        except BrokenPipeError:
            pass
        assert proc.wait(timeout=60) == 1


def test_report_of_a_folder_it_cannot_read_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """X10: `report` of an unreadable folder said "0 hulpvragen uit 0 bestand(en)", exit
    0: rglob passed it over. A folder that cannot be listed is named (simulated here: the
    suite may run as root, who reads every folder)."""
    import os

    from steunwijzer.io.files import tree

    folder = tmp_path / "sessions"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "a.jsonl").write_text("{}\n", encoding="utf-8")
    listing = os.scandir

    def refusing(path: object = ".") -> object:
        if str(path).endswith("inner"):
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refusing)
    named: list[str] = []
    found = tree(folder, named.append)
    assert named == [str(folder / "inner")], named
    assert folder / "inner" / "a.jsonl" not in found


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # after a suicide in the family, the student's own same thoughts (set72; round
        # 21's role-play noted the English one and left it)
        (
            "my brother died by suicide two years ago and lately I catch myself thinking "
            "about doing the same",
            "suicidal_thoughts",
        ),
        (
            "sinds de dood van mijn vader merk ik dat ik zelf ook die gedachten heb",
            "suicidal_thoughts",
        ),
        # taken to a room and forced; further than one wanted (set71)
        ("hij nam me mee naar de wc en heeft me daar gedwongen", "sexual_violence"),
        ("vorige keer ging hij veel verder dan ik wilde", "sexual_violence"),
        ("he went much further than i wanted and i froze", "sexual_violence"),
        # who hits is far before "and hits me" (set71)
        ("she takes my whole salary every month and hits me when she's drunk", "unsafe_situation"),
        # someone else's car slept in, the verb last (set72)
        (
            "de mentor schreef dat hij na een ruzie thuis nu al een week in zijn auto slaapt",
            "concern_for_other",
        ),
    ],
)
def test_round_22_second_wave(builtin: Catalog, text: str, theme: str) -> None:
    """New wordings beside set71 and set72; each was not found on the commit before."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        "our choir sings songs about grief and loss this spring, come listen!",
        "onze voorstelling gaat over rouw, er zijn nog kaartjes voor vrijdag",
    ],
)
def test_a_piece_to_perform_about_a_loss_is_no_loss(builtin: Catalog, text: str) -> None:
    """set71: "our dance piece is about grief and loss, premiere is friday" was grief."""
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    "text",
    [
        "als je nog een keer te laat komt maak ik je af, zei de trainer lachend",
        "ik ging veel verder dan ik wilde met hardlopen vandaag, 15 km",
        "my best friend died by suicide last year and I still think of her every day",
    ],
)
def test_round_22_second_wave_guards(builtin: Catalog, text: str) -> None:
    """Guards: a coach's "maak ik je af", one's own run beside the new "verder dan ik
    wilde", and a loss said as a loss: no risk to life now (as on the commit before)."""
    assert not _themes(builtin, text) & (_ACUTE - {"grief"}), text


# --- a second role-play on the build with the first fixes (Y) ----------------------------
def _stopped(lines: str) -> str:
    """Answers typed into a plain interview whose input then ends: the stop's stderr."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "interview", "--plain"],
        input=lines,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 130, done.stderr
    return done.stderr


def test_a_stopped_intake_after_an_assault_names_its_line() -> None:
    """Y1: eleven noes (twelve since round 32 asks the self-harm question of everyone),
    then "ja" and "3" (sexual violence) at the behaviour question, then stopped:
    "Afgebroken; er is niets opgeslagen." and no line at all (and after a panel for
    something else, that panel's lines, not Centrum Seksueel Geweld)."""
    said = _stopped("nee\n" * 12 + "ja\n3\n")
    assert "0800-0188" in said, said  # Centrum Seksueel Geweld
    assert "113" in said and "112" in said, said


def test_a_stopped_intake_after_a_loss_names_its_first_help() -> None:
    """Y1: a father who died last week and "ik denk dat ik ga stoppen", then stopped:
    nothing was shown; the result would have shown its first help and 113/112."""
    said = _stopped(
        "nee\nnee\nnee\nja. mijn vader is vorige week overleden en ik denk dat ik ga stoppen "
        "met mijn studie\n5\n"
    )
    assert "113" in said and "112" in said, said


def test_a_stopped_intake_without_an_acute_need_names_no_line() -> None:
    """Guard: nothing acute, nothing named (as before)."""
    said = _stopped("nee\nnee\nnee\nja\n")
    assert "113" not in said, said


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        # Y13: a yes about someone else is no yes of the student's own
        ("area_substances", "ja maar niet over mezelf hoor, over mijn moeder. die drinkt", False),
        ("area_substances", "Yes, but not about me, about my mother", False),
        # Y6: "not about me" on the safety screen is the student's no
        (
            "safety_wish_dead",
            "no its not about me. my friend posted a goodbye last night and is not answering "
            "her phone",
            False,
        ),
    ],
)
def test_round_22_second_roleplay_answers(
    builtin: Catalog, qid: str, said: str, expected: object
) -> None:
    """Each was read otherwise on the commit before: a yes (the student's own addiction)
    and doubt on the student's own wish, with 113 first for a friend's goodbye."""
    assert _parsed(builtin, qid, said) == expected


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("nee. nou ja vannacht weet ik nog niet waar ik slaap", "unsafe_situation"),  # Y4
        ("I take more painkillers than I'm supposed to", "addiction"),  # Y15
        ("ik neem meer pijnstillers dan mag", "addiction"),
        ("i take some of my mums oxy before matches", "addiction"),  # set71
        ("ik gebruik ritalin van een vriend om alles te combineren", "addiction"),
    ],
)
def test_round_22_second_roleplay_words(builtin: Catalog, text: str, theme: str) -> None:
    """Nothing recognised on the commit before."""
    assert theme in _themes(builtin, text), text


def test_what_to_do_in_danger_now_is_never_cut_on_a_low_screen(builtin: Catalog) -> None:
    """W17, Y7: at 60x20 the first screen cut "Immediate danger: do not leave the student
    alone; call 112…" to fit; the other notes are cut, this one is said whole."""
    import datetime as dt

    from steunwijzer.core.referrals import ReferralIndex
    from steunwijzer.core.requests import lookup
    from steunwijzer.core.vocabulary import Vocabulary
    from steunwijzer.render.screen import summary_lines

    index = ReferralIndex(builtin, dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC))
    text = "my stepdad is hitting me right now, I locked myself in the bathroom"
    result = lookup(builtin, Vocabulary(builtin.themes), index, (), text, "en")
    assert result.urgency == "immediate", result.urgency
    lines = [line for line, _ in summary_lines(builtin, result, "en", 60, cut_notes=1)]
    said = " ".join(lines)
    assert "112 now" in said, lines
    assert not any(line.startswith("Immediate danger") and line.endswith("…") for line in lines)
