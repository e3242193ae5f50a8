"""Round 23: what this session's outsiders found: five labelled sets written blind
(before and after, the everyday help questions, a student desk; then harmless texts full
of risky words and what students type in the moment), a coordinator's hostile round on
the catalogue (K), a role-play of intakes (Z), and round 22's hostile files that replaced
what was being read (X). Unless a test says it guards, each was run on the commit before
its fix and failed there. The sentences are new wordings beside the outsiders', never
theirs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from steunwijzer.core.model import Catalog
from tests.test_round22 import _ACUTE, _themes  # one home for the round tests' helpers


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # an attempt named only as "een poging", beside a ward (set75)
        (
            "lag vorige week in het ziekenhuis na een poging, mag ik de toets later maken?",
            "suicidal_thoughts",
        ),
        # googling for ways, what for left unsaid (set73)
        ("het gaat weer mis, ik heb gisteren zitten googlen naar manieren", "suicidal_thoughts"),
        # help for, or stopping with, "the cutting" (set73)
        ("na de stage wil ik echt therapie voor het krassen", "self_harm"),
        # no bed for the night (set73, set75)
        ("nachtopvang groningen student", "unsafe_situation"),
        ("noodopvang nodig, ik ben het huis uit gezet", "unsafe_situation"),
        (
            "mijn contract loopt af en ik weet echt niet waar ik straks kan slapen",
            "unsafe_situation",
        ),
        # too drunk, and sure no yes was said, far apart (set74); the legal name (set75)
        (
            "ik was zo dronken op dat feest, ik weet honderd procent dat ik nooit ja heb gezegd",
            "sexual_violence",
        ),
        (
            "i was so wasted at the party and i know i never said yes to any of it",
            "sexual_violence",
        ),
        ("hoe doe ik aangifte van een zedendelict", "sexual_violence"),
        ("where do i report a sexual offence on campus", "sexual_violence"),
    ],
)
def test_round_23_risk_families(builtin: Catalog, text: str, theme: str) -> None:
    """Found while reading set73 and set75: each family missed its risk on the commit
    before (lexicon_signals_desk.py, catalog/themes.yaml)."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        "na een poging tot reanimatie op de SEH was ik helemaal kapot van de dienst",
        "ik zoek naar manieren om beter te plannen",
        "for Research Methods we compare survey methods",
        "voor criminologie analyseren we een zedenzaak uit 1990",
        "does the university offer emergency housing if my contract falls through?",
        "na mijn derde poging voor het tentamen statistiek ben ik eindelijk geslaagd",
    ],
)
def test_round_23_risk_families_guards(builtin: Catalog, text: str) -> None:
    """Guard: the harmless neighbours seen while writing the families stay calm."""
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    "text",
    [
        "what if I burn out again this spring, I recognise the signs",
    ],
)
def test_round_23_figures_are_not_acute(builtin: Catalog, text: str) -> None:
    """Set73: "burn out again" was self-harm (burning again). Fails without
    lexicon_signals_desk.FIGURES_*."""
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("they keep calling me he even though i told them i'm a woman", "unwanted_behaviour"),
        ("ze hebben me uit de groepsapp gegooid na die discussie", "unwanted_behaviour"),
        ("my supervisor took credit for my chapter", "unwanted_behaviour"),
        (
            "de trainer appt me 's avonds hoe mooi ik eruit zag bij de wedstrijd",
            "unwanted_behaviour",
        ),
        ("my faith is fading and i don't know who to talk to", "identity"),
        ("ik weeg mezelf elke ochtend drie keer", "eating"),
        ("my coach wants me lighter before the season and i cut out carbs completely", "eating"),
        ("ik durf in de les geen vragen te stellen", "performance_anxiety"),
        ("iedereen in mijn huis heeft zijn eigen vrienden", "social_connection"),
    ],
)
def test_round_23_everyday_needs(builtin: Catalog, text: str, theme: str) -> None:
    """Set74: the everyday help questions were found far less often than the risks
    (unwanted behaviour 24%, identity 41%, eating 58%). Each family is new in
    catalog/themes.yaml; each sentence missed its theme on the commit before."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "ik ben de moeder van een eerstejaars en heb een vraag over zijn rooster",
            "family_circumstances",
        ),
        (
            "I'm the father of a second year student, where can he get a new card?",
            "family_circumstances",
        ),
        ("my mom keeps calling me crying about her treatment", "unwanted_behaviour"),
        ("I always choke on penalties and the coach is losing it", "eating"),
        ("bieden jullie een soort coaching aan?", "unwanted_behaviour"),
    ],
)
def test_round_23_everyday_needs_guards(builtin: Catalog, text: str, theme: str) -> None:
    """Guard: neighbours seen while writing the families (a parent writing in, a mother
    who calls often, a coach losing his temper, "een soort") get no such theme."""
    assert theme not in _themes(builtin, text), text


# --- a hostile round's files: what is being read is never written over ----------------
def _run(*args: str, cwd: Path, stdin: object = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steunwijzer", *args],
        check=False,
        cwd=cwd,
        stdin=stdin,  # type: ignore[arg-type]
        capture_output=True,
        text=True,
        env={**os.environ, "STEUNWIJZER_LANG": "en"},
    )


def test_batch_output_that_is_its_own_stdin_is_refused(tmp_path: Path) -> None:
    """X14 (round 22): `batch - -o same.jsonl --force < same.jsonl` replaced the students'
    file with its results; a named input was refused, stdin was not."""
    rows = tmp_path / "same.jsonl"
    original = '{"id": "a", "themes": ["sleep"]}\n'
    rows.write_text(original, encoding="utf-8")
    with rows.open(encoding="utf-8") as handle:
        done = _run("batch", "-", "-o", "same.jsonl", "--force", cwd=tmp_path, stdin=handle)
    assert done.returncode == 2, done.stderr
    assert "input file itself" in done.stderr
    assert rows.read_text(encoding="utf-8") == original


def test_report_output_inside_its_input_folder_is_refused(tmp_path: Path) -> None:
    """X14: `report rs -o rs/a.jsonl --force` replaced a batch file it was reading."""
    folder = tmp_path / "rs"
    folder.mkdir()
    kept = folder / "a.jsonl"
    kept.write_text('{"id": "a", "tier": "specific", "themes": ["sleep"]}\n', encoding="utf-8")
    before = kept.read_text(encoding="utf-8")
    done = _run("report", "rs", "-o", "rs/a.jsonl", "--force", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "inside the input folder" in done.stderr
    assert kept.read_text(encoding="utf-8") == before
    # Guard: a new file beside the inputs is written (a report of a folder, kept there).
    done = _run("report", "rs", "-o", "rs/report.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_nothing_is_written_into_the_catalogue_in_use(tmp_path: Path) -> None:
    """X14: `interview --save c/tips.yaml --force` replaced the catalogue in use with a
    session record, and `batch -o c/new.yaml` made its next load fail."""
    assert _run("catalog", "init", "c", cwd=tmp_path).returncode == 0
    tips = (tmp_path / "c" / "tips.yaml").read_text(encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "a", "themes": ["sleep"]}\n', encoding="utf-8")
    done = _run("batch", "rows.jsonl", "--catalog", "c", "-o", "c/new.yaml", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "catalogue in use" in done.stderr
    assert not (tmp_path / "c" / "new.yaml").exists()
    done = _run(
        "interview", "--catalog", "c", "--plain", "--save", "c/tips.yaml", "--force",
        cwd=tmp_path, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "catalogue in use" in done.stderr
    assert (tmp_path / "c" / "tips.yaml").read_text(encoding="utf-8") == tips
    # Guard: a file of another kind beside the catalogue is no catalogue file.
    done = _run("batch", "rows.jsonl", "--catalog", "c", "-o", "c/results.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("batch", "rows.jsonl", "-o", "r1.jsonl", "-o", "r2.jsonl"),
        ("report", "rows.jsonl", "-o", "r1.txt", "-o", "r2.txt"),
        ("catalog", "export", "--format", "markdown", "-o", "a.md", "-o", "b.md"),
    ],
)
def test_a_second_output_is_a_usage_error(tmp_path: Path, args: tuple[str, ...]) -> None:
    """X17: a second -o silently won; the user looked for results in the first file."""
    (tmp_path / "rows.jsonl").write_text('{"id": "a", "themes": ["sleep"]}\n', encoding="utf-8")
    done = _run(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "--output: give one file (given 2 times)" in done.stderr
    assert not any(p.name[0] in "rab" and p.suffix != ".jsonl" for p in tmp_path.iterdir())
    assert not (tmp_path / "r1.jsonl").exists() and not (tmp_path / "r2.jsonl").exists()


def test_a_batch_stopped_on_stdout_does_not_say_its_rows_were_not_written(
    builtin: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """X19: stopped while writing to stdout, the rows with a risk to life so far were
    named "not written", though they were in the output above; the counsellor was sent to
    redo rows already there. To a file the old words stay (the file is not written)."""
    import datetime as dt

    import steunwijzer.cli.handling as handling
    from steunwijzer.cli import batch
    from steunwijzer.core.referrals import DEFAULT_LIMIT, ReferralIndex
    from steunwijzer.core.requests import lookup
    from steunwijzer.core.vocabulary import Vocabulary
    from steunwijzer.io.batch import AcuteRows

    index = ReferralIndex(builtin, dt.datetime.now(dt.UTC), DEFAULT_LIMIT)
    result = lookup(builtin, Vocabulary(builtin.themes), index, [], "ik wil dood", "en")
    acute = AcuteRows()
    acute.add("r4", result, 5)
    monkeypatch.setattr(handling, "err", lambda *a, **k: None)
    said = []
    for output in (None, Path("out.jsonl")):
        handling.forget_crisis_lines()
        batch._say_stopped(7, output, acute, "en")
        said.append(handling.stored_crisis_lines())
    handling.forget_crisis_lines()
    to_stdout, to_file = said
    assert "r4 (line 5)" in to_stdout
    assert "not written" not in to_stdout and "check they are in the output" in to_stdout
    assert "not written" in to_file


# --- a coordinator's hostile round on the catalogue (K) --------------------------------
_LAYER = """schema_version: 1
themes:
  - id: zingeving
    tier: prevention
    label: {nl: Zingeving, en: Meaning of life}
    synonyms:
      nl: [levensvragen, "mezelf van kant maken"]
      en: ["wish I were dead"]
offerings:
  - id: pastor
    provider: institution
    name: {nl: Studentenpastor, en: Chaplain}
    description: {nl: Gesprekken over zingeving., en: Talks about meaning.}
    tiers: [prevention]
    themes: [zingeving]
    contact: {email: pastor@example.org}
"""


@pytest.mark.parametrize("name", ["mezelf van kant maken", "wish I were dead"])
def test_a_synonym_of_a_lower_theme_keeps_the_risk_it_says(tmp_path: Path, name: str) -> None:
    """K1: an institution's prevention theme with the synonym "er een eind aan maken" made
    `lookup --theme "er een eind aan maken"` and a batch row's themes prevention, no
    crisis line, exit 0. A name is also read as the words it is (core/vocabulary
    .acute_behind); the institution's own theme stays beside the risk."""
    (tmp_path / "layer.yaml").write_text(_LAYER, encoding="utf-8")
    done = _run("lookup", "-c", "builtin", "-c", "layer.yaml", "--theme", name, "--json",
                cwd=tmp_path)  # fmt: skip
    import json

    data = json.loads(done.stdout)
    assert data["tier"] == "acute", data["themes"]
    assert "suicidal_thoughts" in data["themes"] and "zingeving" in data["themes"]
    assert data["referrals"][0]["crisis"] is True
    # Guard: a plain synonym of the same theme stays what it is.
    done = _run("lookup", "-c", "builtin", "-c", "layer.yaml", "--theme", "levensvragen",
                "--json", cwd=tmp_path)  # fmt: skip
    assert json.loads(done.stdout)["tier"] == "prevention"


def test_a_theme_id_is_never_read_as_words(builtin: Catalog) -> None:
    """Guard: ids are no phrases; a batch of theme ids pays nothing for K1."""
    from steunwijzer.core.requests import resolve_themes
    from steunwijzer.core.vocabulary import Vocabulary

    vocabulary = Vocabulary(builtin.themes)
    assert resolve_themes(vocabulary, ["sleep", "stress"]) == ("sleep", "stress")
    assert not vocabulary._behind


def _own_copy(tmp_path: Path) -> Path:
    assert _run("catalog", "init", "own", cwd=tmp_path).returncode == 0
    return tmp_path / "own" / "interview.yaml"


def test_an_own_copy_may_not_lose_a_built_in_acute_rule(tmp_path: Path) -> None:
    """K2: in an own copy (`catalog init`, the first layer) deleting the self-harm rules
    and rewriting `unsafe_now` to raise unwanted behaviour validated with 0 errors; a
    "ja" to self-harm came out specific and routine. catalog/acute_rules.py refuses it."""
    interview = _own_copy(tmp_path)
    text = interview.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if "{id: self_harm_unclear, when" not in line]
    changed = "\n".join(kept).replace(
        "themes: [unsafe_situation], urgency: immediate}", "themes: [unwanted_behaviour]}", 1
    )
    assert changed != text
    interview.write_text(changed + "\n", encoding="utf-8")
    done = _run("catalog", "validate", "own", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "answer 'unknown' to question 'mood_self_harm'" in done.stdout + done.stderr
    assert "built-in rule 'unsafe_now'" in done.stdout + done.stderr


def test_an_own_copy_may_not_move_the_words_of_an_acute_choice(tmp_path: Path) -> None:
    """K2: swapping the labels of `unwanted` and `unsafe_now` made "Ik ben nu niet veilig"
    raise unwanted behaviour, with 0 warnings (a later layer was already refused, H94)."""
    interview = _own_copy(tmp_path)
    text = interview.read_text(encoding="utf-8")
    unsafe = '"Ik ben nu niet veilig (thuis of elders)"'
    assert unsafe in text
    bullying = '"Pesten, intimidatie of discriminatie"'
    swapped = text.replace(unsafe, "@@").replace(bullying, unsafe).replace("@@", bullying)
    interview.write_text(swapped, encoding="utf-8")
    done = _run("catalog", "validate", "own", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "has the words of the built-in choice 'unsafe_now'" in done.stdout + done.stderr


def test_an_unchanged_own_copy_and_an_added_rule_validate(tmp_path: Path) -> None:
    """Guard: the copy as written, and a copy that adds a rule, are fine."""
    interview = _own_copy(tmp_path)
    assert _run("catalog", "validate", "own", cwd=tmp_path).returncode == 0
    with interview.open("a", encoding="utf-8") as handle:
        handle.write('  - {id: own_extra, when: "area_sleep == yes", themes: [stress]}\n')
    done = _run("catalog", "validate", "own", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_a_closed_local_crisis_team_never_replaces_113_on_the_safety_line(
    tmp_path: Path,
) -> None:
    """K3: a local crisis team (office hours) that also served grief was the whole safety
    line of a grief result at night, "Eerste verwijzingen: geen", 113 and 112 gone. When
    no line on it can be called now, the national lines join it (core/floor.py)."""
    import json

    assert _run("catalog", "init", "k3", "--empty", cwd=tmp_path).returncode == 0
    with (tmp_path / "k3" / "offerings.yaml").open("a", encoding="utf-8") as handle:
        handle.write(
            "  - id: own-crisis-team\n"
            "    crisis: true\n"
            "    provider: institution\n"
            "    name: {nl: Crisisteam, en: Crisis team}\n"
            "    description: {nl: Direct een gesprek., en: A talk at once.}\n"
            "    tiers: [acute]\n"
            "    themes: [suicidal_thoughts, grief]\n"
            '    contact: {phone: "030 253 0000"}\n'
            '    hours: {mon-fri: "09:00-17:00"}\n'
        )
    done = _run("lookup", "-c", "k3", "--text", "mijn vader is gisteren overleden", "--at",
                "2026-12-05T23:00", "--json", cwd=tmp_path)  # fmt: skip
    data = json.loads(done.stdout)
    assert data["tier"] == "acute", data
    crisis = [r for r in data["referrals"] if r["crisis"]]
    assert any(r["open_now"] and "113" in r["id"] for r in crisis), crisis
    # Guard: by day the team is open and stands alone, as before.
    done = _run("lookup", "-c", "k3", "--text", "mijn vader is gisteren overleden", "--at",
                "2026-12-07T11:00", "--json", cwd=tmp_path)  # fmt: skip
    crisis = [r["id"] for r in json.loads(done.stdout)["referrals"] if r["crisis"]]
    assert crisis == ["own-crisis-team"], crisis


# --- a role-play of intakes in a real terminal (Z) ------------------------------------
@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("no, i don't smoke. i do have a rope at home though", "suicidal_thoughts"),
        ("there's a rope lying at my place", "suicidal_thoughts"),
        ("mijn kamergenoot komt al dagen zijn kamer niet uit", "concern_for_other"),
        ("my roommate has not left her room for a week now", "concern_for_other"),
        ("she doesn't come out of her room for days", "concern_for_other"),
    ],
)
def test_round_23_roleplay_words(builtin: Catalog, text: str, theme: str) -> None:
    """Z1: a rope at home said after a "no" was no signal in English; Z2: a housemate who
    has not left her room for a week was nothing, or the student's own coming-out."""
    assert theme in _themes(builtin, text), text


def test_unsafe_is_a_big_word_is_a_denial(builtin: Catalog) -> None:
    """Z6: "onveilig is een groot woord" was read as unsafe: Veilig Thuis first for a
    student whose questions were rent and tuition."""
    for text in ("thuis ben ik niet welkom, maar onveilig is een groot woord",
                 "unsafe is a big word, they just don't talk to me"):  # fmt: skip
        assert "unsafe_situation" not in _themes(builtin, text), text
    # Guard: unsafe without the denial stays unsafe.
    assert "unsafe_situation" in _themes(builtin, "ik voel me thuis echt onveilig")


# --- the second wave of blind sets (set76: harmless texts full of risky words; set77:
# what students type in the moment) ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("kan niet slapen, zit te googelen hoe het zonder pijn gaat", "suicidal_thoughts"),
        ("still got the tablets in my backpack, had them with me all day", "suicidal_thoughts"),
        ("soms stel ik me voor hoe het bij mijn uitvaart zou gaan", "suicidal_thoughts"),
        ("zou het niet erg vinden als er morgen iets met me gebeurt", "suicidal_thoughts"),
        ("ik overleef deze maand niet, en dat is letterlijk", "suicidal_thoughts"),
        ("ik slaap al weken op banken bij vrienden", "unsafe_situation"),
        # housing since round 55: couch surfing alone is no unsafe situation (Veilig Thuis
        # and the police stood first for a student with a roof for the night, a role-play)
        ("been couch surfing since my landlord sold the house", "housing"),
        ("he said he'll make sure i regret it if i go to the party", "unsafe_situation"),
        ("my sister just sent me a picture of her wrist", "concern_for_other"),
        ("ik hoor de buurvrouw elke nacht huilen en dan een man schreeuwen", "concern_for_other"),
        ("that night at the party, he wouldn't stop", "sexual_violence"),
        ("i never knew they were recording it", "sexual_violence"),
    ],
)
def test_round_23_second_wave(builtin: Catalog, text: str, theme: str) -> None:
    """Found reading set77 (typed in the moment); each missed its theme on the commit
    before (lexicon_signals_desk.py, catalog/themes.yaml)."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        "mijn plantjes op de vensterbank zijn allemaal dood, ik kan echt niks",
        "that festival killed me, best weekend of the year",
        "our demo died a slow death when the wifi went down",
        "we read the 'to be or not to be' speech in class today",
    ],
)
def test_round_23_second_wave_figures(builtin: Catalog, text: str) -> None:
    """Set76: "plantjes" stems as "plan" (a plan to die: failed on the commit before); a
    party that "killed me", a demo that "died a slow death" and Hamlet quoted are guards."""
    assert not _themes(builtin, text) & _ACUTE, text


def test_a_plan_to_die_is_no_plant(builtin: Catalog) -> None:
    """Guard: the plants figure names its words exactly; "een plan om zichzelf te doden"
    (plan stems as plant does) stays concern for the housemate."""
    text = "mijn huisgenoot zegt dat hij een plan heeft om zichzelf te doden"
    assert "concern_for_other" in _themes(builtin, text)


def _lint(tmp_path: Path, themes: str, offerings: str) -> str:
    folder = tmp_path / "own"
    assert _run("catalog", "init", "own", "--empty", cwd=tmp_path).returncode == 0
    with (folder / "themes.yaml").open("a", encoding="utf-8") as handle:
        handle.write(themes)
    with (folder / "offerings.yaml").open("a", encoding="utf-8") as handle:
        handle.write(offerings)
    done = _run("catalog", "lint", "own", cwd=tmp_path)
    return done.stdout + done.stderr


def test_lint_names_a_pattern_of_common_words_an_empty_tier_list_and_a_slow_crisis_line(
    tmp_path: Path,
) -> None:
    """K4-K6: a pattern "ik" or "i|me" took over every request (an acute one made "where
    can I find the library?" acute), an offering with `tiers: []` vanished from `catalog
    list` and `coverage`, a "crisis line" with two weeks of waiting stood above 112; `catalog
    lint` said nothing of any of them."""
    themes = (
        "  - id: homesick\n    tier: specific\n    label: {nl: Heimwee, en: Homesickness}\n"
        '    patterns:\n      nl: ["mis ..3 thuis|familie", "ik"]\n      en: ["i|me"]\n'
    )
    offerings = (
        "  - id: buddy\n    provider: institution\n    name: {nl: Buddy, en: Buddy}\n"
        "    description: {nl: Een buddy., en: A buddy.}\n    tiers: []\n"
        "    themes: [homesick]\n    contact: {email: buddy@example.org}\n"
        "  - id: slow-line\n    crisis: true\n    provider: institution\n"
        "    name: {nl: Lijn, en: Line}\n    description: {nl: Een lijn., en: A line.}\n"
        "    tiers: [acute]\n    themes: [suicidal_thoughts]\n"
        '    contact: {phone: "030 000 0000"}\n    hours: "24/7"\n    waiting_time: 2 weeks\n'
    )
    said = _lint(tmp_path, themes, offerings)
    assert "pattern 'ik' of theme 'homesick' holds only words" in said
    assert "pattern 'i|me' of theme 'homesick'" in said
    assert "pattern 'mis ..3 thuis|familie'" not in said  # guard: a need named
    assert "offering 'buddy' has no tiers" in said
    assert "crisis line 'slow-line' has a waiting time" in said


def test_ill_for_ill_in_a_hurry_is_read(builtin: Catalog) -> None:
    """Set77: "idk if ill still be here by wednesday": "ill" for "I'll", typed in a hurry."""
    assert "suicidal_thoughts" in _themes(builtin, "not sure if ill still be around next week")


# --- a second role-play on the build with the first fixes (Q) --------------------------
@pytest.mark.parametrize(
    "said", ["not anymore", "niet meer", "no longer", "no, like I told you, that was before"]
)
def test_not_anymore_on_the_safety_screen_is_doubt(builtin: Catalog, said: str) -> None:
    """Q2: "not anymore" to "have you wished you were dead in the past month?" was
    refused, and "no, like I said, that was before" a plain no: a time when it was so,
    inside the month asked about. Doubt: asked again, never a no."""
    from steunwijzer.core.answers import UNKNOWN, parse_answer

    question = next(q for q in builtin.questions if q.id == "safety_wish_dead")
    assert parse_answer(question, said) == UNKNOWN


def test_not_anymore_elsewhere_is_a_no(builtin: Catalog) -> None:
    """Guard: to "do you sleep badly?" "niet meer" is a no."""
    from steunwijzer.core.answers import parse_answer

    question = next(q for q in builtin.questions if q.id == "area_sleep")
    assert parse_answer(question, "niet meer") is False


def test_a_fear_worked_against_is_no_denial(builtin: Catalog) -> None:
    """Q4: "I need a place to live and to not get kicked out of my programme" set the
    dropout risk aside as negated."""
    text = "ik werk me kapot om niet uitgeschreven te worden"
    assert "dropout_risk" in _themes(builtin, text)
    assert "dropout_risk" in _themes(builtin, "all i want is to not get kicked out of uni")


def test_theme_names_are_resolved_once_per_list(builtin: Catalog) -> None:
    """A batch repeats its theme lists; resolving them again was a sixth of a 100,000-row
    batch to a file. The list is remembered; an unknown name is refused every time."""
    from steunwijzer.core.requests import resolve_themes
    from steunwijzer.core.vocabulary import Vocabulary
    from steunwijzer.errors import UserInputError

    vocabulary = Vocabulary(builtin.themes)
    first = resolve_themes(vocabulary, ["faalangst", "rouw"])
    assert vocabulary.resolved[("faalangst", "rouw")] == first
    assert resolve_themes(vocabulary, ["faalangst", "rouw"]) is first
    for _ in range(2):
        with pytest.raises(UserInputError):
            resolve_themes(vocabulary, ["geen-thema-dit"])
    assert ("geen-thema-dit",) not in vocabulary.resolved
