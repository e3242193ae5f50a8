"""Round 17: what outsiders found (blind sets set43, the free-text field of an
appointment form and a peer-support chat, and set44, group chats and voice memos; a
role-play in a terminal; a hostile round).

The sentences here are written anew for each family, beside the one an outsider wrote,
so a test guards what the family says rather than one sentence. Unless its docstring or
its case says it guards, each case was run on the commit before the round (e784082,
through a worktree) and failed there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steunwijzer.cli.app import app
from steunwijzer.core.answer_words import asks_meaning
from steunwijzer.core.answers import UNKNOWN, parse_answer
from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import MAYBE, SKIP, Prompt, QuestionPrompt
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.render.screen import summary_lines

from .terminal_helpers import read_text as _read
from .terminal_helpers import terminal, yes_then_finish


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a number of pills taken, in Dutch as in English (set44)
        ("heb zaterdag 20 paracetamol genomen maar werd gwn wakker met buikpijn",
         "suicidal_thoughts"),
        ("gister 30 oxazepam geslikt, ben pas vanmiddag wakker geworden", "suicidal_thoughts"),
        # a passive wish in Dutch (set43)
        ("Ik zou het ook niet erg vinden als me morgen iets overkwam.", "suicidal_thoughts"),
        ("eerlijk, ik vind het niet erg als me iets overkomt onderweg", "suicidal_thoughts"),
        # worn out on everything, said as an end (set43, set44)
        ("i'm done waiting. i'm done with all of it", "suicidal_thoughts"),
        ("pff ik ben zo klaar met alles", "suicidal_thoughts"),
        # not being around, said as fate; a last message (set44)
        # found before too: a guard
        ("whatever, i won't be around for the resits anyway", "suicidal_thoughts"),
        ("if i don't make it through the night tell my sister i'm sorry", "suicidal_thoughts"),
        # violence said in the passive; abuse said without its name (set43, set44)
        ("thuis wordt er geslagen, vooral als mijn vader gedronken heeft", "unsafe_situation"),
        ("bij ons thuis werd veel geschopt en geslagen", "unsafe_situation"),
        ("mijn stiefvader doet dingen bij me die ik niet wil", "unsafe_situation"),
        ("my uncle did things to me i didn't want when i stayed over", "unsafe_situation"),
        # put out of the house with nowhere to sleep (set44)
        # found before too: a guard
        ("my parents threw me out last night and i have nowhere to sleep", "unsafe_situation"),
        ("got kicked out by my parents after i came out, i have nowhere to go after sunday",
         "unsafe_situation"),
        ("Oom heeft mij buiten gezet, ik weet niet waar ik moet slapen", "unsafe_situation"),
        # someone else's goodbye, then gone (set43, set44)
        ("my friend just sent me 'thanks for everything, you were the best x' and turned her "
         "location off", "concern_for_other"),
        # found before too: a guard
        ("she texted thank you for everything and then went offline", "concern_for_other"),
        ("hij zette 'doei allemaal, was leuk' in de groepsapp met een foto van een brug",
         "concern_for_other"),
    ],
)  # fmt: skip
def test_a_family_from_the_chat_sets_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


def test_pills_taken_by_number_are_urgent(builtin: Catalog) -> None:
    """A number of pills taken is a recent attempt: urgency immediate, as in English."""
    found = Vocabulary(builtin.themes).read("heb zaterdag 20 paracetamol genomen, niemand weet het")
    assert any(f.theme == "suicidal_thoughts" and f.immediate for f in found.findings)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the Dutch "want die" ("because that") is no English wish to die (set43)
        ("maar mijn vraag gaat over huurtoeslag want die is ineens stopgezet", "suicidal_thoughts"),
        ("ik bel de balie want die man gaf me verkeerde info", "suicidal_thoughts"),
        # cutting down, cutting someone off (set43)
        # found before too: a guard
        ("I drink most nights and I want to cut down but I'm not managing", "self_harm"),
        ("I really need to cut down on energy drinks before exams", "self_harm"),
        ("I cut myself off from social media for a month and it helped", "self_harm"),
        # a week away from everything (set44)
        ("lowkey want to disappear into a cabin in norway for a month after exams",
         "suicidal_thoughts"),
        ("honestly just want to disappear to a beach for a week after this block",
         "suicidal_thoughts"),  # set aside before too: a guard
        # someone else's plan (set44)
        ("iedereen om me heen heeft een plan en ik weet niet eens waar ik goed in ben",
         "suicidal_thoughts"),
        ("iedereen in mijn jaar heeft een plan voor na de bachelor, ik weet niet waar ik heen wil",
         "suicidal_thoughts"),
    ],
)  # fmt: skip
def test_a_harmless_neighbour_is_no_risk(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme not in themes


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vader is overleden toen ik 6 was. Hoe vul ik het DUO-formulier in?",
        "mijn opa is in 2015 overleden, moet ik dat vermelden op het formulier?",
        "My granddad died ten years ago, I only mention it because the form asks.",
        "lol my cat died years ago, anyway where do I sign up for the gaming society",
        "mijn moeder is overleden toen ik klein was, ik heb een vraag over de studiefinanciering",
    ],
)
def test_a_death_long_ago_is_a_mention_not_acute_grief(builtin: Catalog, text: str) -> None:
    """A death dated two years back or more, with no word of grieving now, is shown as a
    mention ("told as past, not as now"), never dropped, and is no acute grief."""
    themes, mentions = _read(builtin, text)
    assert "grief" not in themes
    assert mentions.get("grief") == "past"


@pytest.mark.parametrize(
    "text",
    [
        "mijn oma is vorig jaar overleden",  # last year is not long ago
        "My dad died when I was six and I still miss him every day",
        "mijn vader is in 2019 overleden en ik mis hem nog elke dag",
        "my mum died three years ago and lately it hits me again",
        "mijn broer is gisteren overleden",
        "Mijn vader is overleden toen ik 6 was en nu mis ik hem meer dan ooit",
    ],
)
def test_grief_now_stays_grief(builtin: Catalog, text: str) -> None:
    """Guards: a recent death, or an old one grieved now, stays acute grief."""
    themes, _ = _read(builtin, text)
    assert "grief" in themes


@pytest.mark.parametrize(
    "text",
    [
        "i want die",
        "i want die so bad rn",
        "I want to die",
        "ik wil dood want die pijn gaat nooit weg",
    ],
)
def test_a_wish_to_die_stays_a_wish_beside_dutch_want(builtin: Catalog, text: str) -> None:
    """Guards: only "want die" followed by a Dutch word is read as the Dutch "want"."""
    themes, _ = _read(builtin, text)
    assert "suicidal_thoughts" in themes


def test_self_harm_in_the_first_year_that_is_over_is_a_mention(builtin: Catalog) -> None:
    """ "In my first year I self-harmed, but I've been doing well for three years now"
    (set43): a past marker beside a sign of recovery; shown, not counted."""
    text = (
        "In my first year I self-harmed, but I've been doing well for three years now "
        "thanks to therapy. This time I'd just like help with my exam planning."
    )
    themes, mentions = _read(builtin, text)
    assert "self_harm" not in themes
    assert mentions.get("self_harm") == "past"
    # A guard: the first year now, with no recovery, stays self-harm.
    themes, _ = _read(builtin, "in my first year here I started cutting again")
    assert "self_harm" in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # families read again from earlier outsiders' sets, each in new words
        ("ik heb besloten dat vannacht mijn laatste nacht wordt", "suicidal_thoughts"),
        ("als ik weer zak breng ik mezelf om", "suicidal_thoughts"),
        ("ik denk niet dat ik mijn volgende verjaardag nog haal", "suicidal_thoughts"),
        ("eerlijk gezegd zie ik het nut niet meer van doorgaan", "suicidal_thoughts"),
        ("ik wil weg, en dan bedoel ik voorgoed", "suicidal_thoughts"),
        ("ik heb gisteren 113 gebeld maar meteen opgehangen", "suicidal_thoughts"),
        ("ze gaan me niet eens missen als ik dood ben", "suicidal_thoughts"),
        ("als er een bus op me inrijdt vind ik het ook best", "suicidal_thoughts"),
        ("I'm running out of reasons to get up in the morning", "suicidal_thoughts"),
        ("been googling methods again tonight", "suicidal_thoughts"),
        ("if i flunk again i will kill me", "suicidal_thoughts"),
        ("honestly if I died tomorrow I'd feel relieved", "suicidal_thoughts"),
        ("ik vraag me af waarom ik nog door zou gaan", "suicidal_thoughts"),
        ("I can't picture a future where I'm still alive at 25", "suicidal_thoughts"),
        ("relapsed last night, the razor again", "self_harm"),
        ("three months clean from cutting and I slipped", "self_harm"),
        ("mijn vader gooit met borden als hij dronken is", "unsafe_situation"),
        ("he grabbed me by the throat when I said I'd leave", "unsafe_situation"),
        ("my landlord threw me out and I have no place to sleep tonight", "unsafe_situation"),
        ("ik slaap al een week in mijn auto", "unsafe_situation"),
        ("she asked me to keep her dog for good, out of nowhere", "concern_for_other"),
    ],
)  # fmt: skip
def test_a_family_from_earlier_sets_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I'm running out of reasons to procrastinate, honestly.", "suicidal_thoughts"),
        # a Dutch denial with the verb before its subject (set45)
        ("nee, aan zelfmoord denk ik niet, echt niet. ik krijg niks af", "suicidal_thoughts"),
        ("aan zelfbeschadiging doe ik niet, ik slaap alleen slecht", "self_harm"),
        # said to be safe, plainly (set45): no guess of an unsafe situation
        ("I feel safe at home, it's nothing like that. our place is just tiny", "unsafe_situation"),
        ("thuis voel ik me veilig hoor, het gaat om de herrie van de buren", "unsafe_situation"),
    ],
)  # fmt: skip
def test_a_harmless_neighbour_from_the_later_sets_is_no_risk(
    builtin: Catalog, text: str, theme: str
) -> None:
    themes, _ = _read(builtin, text)
    assert theme not in themes


@pytest.mark.parametrize(
    "text",
    [
        "I only feel safe at home when he's out",
        "ik voel me thuis niet veilig meer sinds hij terug is",
    ],
)
def test_safe_said_with_a_but_keeps_the_guess(builtin: Catalog, text: str) -> None:
    """Guards: "only ... when", a negation or "anymore" keep the unsafe situation."""
    themes, _ = _read(builtin, text)
    assert "unsafe_situation" in themes


@pytest.mark.parametrize(
    "text",
    [
        "een oudoom van me is overleden, ik kende hem nauwelijks, maar ik miste een tentamen",
        "a distant cousin passed away, we weren't close, I need to tell someone I'm away",
        "my uncle's wife died last week, I'd met her once, can I get the day off?",
    ],
)
def test_someone_barely_known_is_a_mention_not_acute_grief(builtin: Catalog, text: str) -> None:
    """Someone the student barely knew (set45): shown as a mention, no acute grief."""
    themes, mentions = _read(builtin, text)
    assert "grief" not in themes
    assert mentions.get("grief") == "not_close"


def test_someone_barely_known_but_missed_stays_grief(builtin: Catalog) -> None:
    """A guard: a word of grieving now keeps the grief, however distant the relative."""
    themes, _ = _read(builtin, "my aunt died, we weren't close, but I still cry about it")
    assert "grief" in themes


def test_a_suicide_long_ago_stays_grief(builtin: Catalog) -> None:
    """A guard: a loss by suicide stays grief however long ago ("my sister committed
    suicide ten years ago"): bereavement by suicide is a risk of its own."""
    themes, _ = _read(builtin, "my sister committed suicide ten years ago")
    assert "grief" in themes


# --- the role-play of round 17 (five intakes in tmux) ----------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("nee, ik wil wel wakker worden", False),
        ("nee hoor, ik wil wel leven", False),
        ("no, I do want to wake up", False),  # a guard: it was a no before
        ("nee, toch wel", UNKNOWN),  # guards: a no taken back stays doubt
        ("nee, ik denk er wel aan", UNKNOWN),
    ],
)
def test_a_no_said_again_with_wel_is_a_no(builtin: Catalog, said: str, expected: object) -> None:
    """A role-play: "nee, ik wil wel wakker worden" to the first safety question was read
    as "weet niet", and the whole intake went acute with "Bel 113"."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, said) == expected


def test_afronden_names_the_safety_questions_that_went_unasked(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play: "ja" to the first question, then "afronden": the result named only the
    self-harm question as not asked, not the two that decide the urgency."""
    seen: list[Prompt] = []

    ask = yes_then_finish(seen)

    result = run_interview(builtin, ask, "nl", index).result
    assert result.tier is Tier.ACUTE
    text = "\n".join(line for line, _ in summary_lines(builtin, result, "nl", 120))
    said = " ".join(text[text.index("Niet gesteld") :].split())  # wrapped at 120 columns
    for qid in ("safety_thoughts", "mood_self_harm"):
        q = builtin.question(qid)
        assert q is not None and q.text.nl.split()[0] in said, said
    thoughts = builtin.question("safety_thoughts")
    harm = builtin.question("mood_self_harm")
    assert thoughts is not None and harm is not None
    assert said.index(thoughts.text.nl[:20]) < said.index(harm.text.nl[:20])


@pytest.mark.parametrize(
    "typed", ["wat bedoel je?", "Wat bedoel je met de laatste tijd?", "what do you mean?", "uitleg"]
)
def test_wat_bedoel_je_shows_the_help(builtin: Catalog, typed: str) -> None:
    """A role-play: "wat bedoel je?" was refused as an answer; it shows the help, as "?"."""
    assert asks_meaning(typed)
    question = builtin.question("safety_wish_dead")
    assert question is not None
    ask, screen = terminal(builtin, typed, "nee")
    assert ask.question(QuestionPrompt(question, 1, 20, None, True)) is False
    assert "past niet" not in screen.getvalue()
    assert not asks_meaning("nee") and not asks_meaning("wat een vraag, nee")


@pytest.mark.parametrize(("typed", "expected"), [("niet echt", False), ("not really", False)])
def test_niet_echt_at_a_yes_no_question_is_a_no(
    builtin: Catalog, typed: str, expected: object
) -> None:
    """A role-play: "niet echt" to "Heb je vrienden binnen je studie?" was skipped."""
    question = next(
        q
        for q in builtin.questions
        if q.type == "yes_no" and q.section != "safety" and not q.sensitive
    )
    ask, _ = terminal(builtin, typed)
    given = ask.question(QuestionPrompt(question, 5, 20, None, True))
    assert given is not SKIP  # the words go on to the engine, which reads them
    assert parse_answer(question, given) is expected
    ask, _ = terminal(builtin, "weet niet")  # a guard: no idea is still no answer there
    assert ask.question(QuestionPrompt(question, 5, 20, None, True)) in (SKIP, MAYBE)


def test_kinda_is_read_as_een_beetje(builtin: Catalog) -> None:
    """A role-play: "een beetje" was a yes in Dutch, "kinda" refused in English."""
    question = next(q for q in builtin.questions if q.type == "yes_no" and q.section != "safety")
    assert parse_answer(question, "kinda") is True
    assert parse_answer(question, "een beetje") is True


def test_feeling_partly_safe_reads_deels(builtin: Catalog) -> None:
    """A role-play: "Een beetje" veilig played down feeling unsafe; the label is "Deels",
    and "een beetje" as typed is still that answer."""
    question = builtin.question("connection_safe")
    assert question is not None
    assert [c.label.nl for c in question.choices] == ["Ja", "Deels", "Nee"]
    assert parse_answer(question, "een beetje") == "partly"


@pytest.mark.parametrize(
    "text",
    [
        "guy from my house did stuff to me at a party 3 weeks ago",
        "a friend of my brother did things to me when I was asleep",
        "someone touched me when i didnt want it",
        "he touched me after the borrel even though I said no",
        "hij raakte me aan terwijl ik dat echt niet wilde",
        "hij heeft dingen bij me gedaan die ik niet wilde",
    ],
)
def test_sexual_violence_in_plain_words_is_named(builtin: Catalog, text: str) -> None:
    """A role-play: "guy from my house did stuff to me at a party" was nothing recognised,
    and "someone touched me when i didnt want it" only unwanted behaviour (specific)."""
    themes, _ = _read(builtin, text)
    assert "sexual_violence" in themes


@pytest.mark.parametrize(
    "text",
    [
        "ik sla de laatste weken vaak het avondeten over",
        "sinds de zomer eet ik bijna niets meer",
        "I've been skipping lunch and dinner to stay thin",
        "i throw up after eating most days",
        "ik heb weer eetbuien, vooral 's nachts",
    ],
)
def test_eating_problems_have_a_theme_and_a_place_to_go(builtin: Catalog, text: str) -> None:
    """A role-play: a student who skips meals found no theme, no referral and no choice;
    "eating" is a specific theme now, served by the student psychologist and Thuisarts.nl
    (whose pages send on to the GP)."""
    themes, _ = _read(builtin, text)
    assert "eating" in themes
    serving = {o.id for o in builtin.offerings if "eating" in o.themes}
    assert {"thuisarts-nl", "vh-studentpsycholoog"} <= serving
    assert builtin.themes["eating"].tier.value == "specific"


# --- the hostile round of round 17 (catalogue maintainers and scripting users) ---------


def _batch(tmp_path: Path, name: str, data: bytes) -> list[dict[str, object]]:
    path = tmp_path / name
    path.write_bytes(data)
    done = CliRunner().invoke(app, ["batch", str(path)])
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # a CSV field over the csv module's limit of 1,000,000 characters
        ("big.csv", b"id,text\n2,ik slaap slecht\n9," + b"bla " * 300_000 + b"ik wil dood\n"),
        # a quote left open after the id
        ("quote.csv", b'id,text\n2,ik slaap slecht\nstu-9,"ik wil dood\n'),
        # JSON nested deeper than 32 levels, and a number of thousands of digits
        ("deep.jsonl", b'{"id": 2, "text": "ik slaap slecht"}\n{"id": 9, "text": "ik wil dood", '
         b'"meta": ' + b"[" * 40 + b"]" * 40 + b"}\n"),
        ("digits.jsonl", b'{"id": 2, "text": "ik slaap slecht"}\n{"id": "stu-9", "text": '
         b'"ik wil dood", "n": ' + b"7" * 5000 + b"}\n"),
    ],
)  # fmt: skip
def test_a_refused_row_keeps_its_own_id(tmp_path: Path, name: str, data: bytes) -> None:
    """A hostile round: five ways of refusing a row put its row number in place of its id,
    and student 9's acute result went out as id 2, the id of the student who sleeps badly."""
    rows = _batch(tmp_path, name, data)
    acute = [r for r in rows if r.get("tier") == "acute"]
    assert acute, rows
    assert all(str(r["id"]) in ("9", "stu-9") for r in acute), acute
    assert next(r for r in rows if str(r["id"]) == "2").get("tier") != "acute"


def test_catalog_test_fails_a_tier_below_the_expected_one(tmp_path: Path) -> None:
    """A hostile round: `catalog test` ignored `expect_tier`; an acute theme lowered by a
    layer still "passed" through the maintainer's own gate. A tier below the expected one
    is a miss now, and fails a gate (`--min-recall`/`--max-false-alarms`) when acute was
    expected; without a gate the exit code follows issue 10's rule (risk missed or a bad
    line: 1), as it does for an empty corpus (round 11)."""
    corpus = tmp_path / "c.jsonl"
    line = {"text": "ik slaap al weken slecht", "lang": "nl", "expect_themes": ["sleep"]}
    corpus.write_text(json.dumps({**line, "expect_tier": "acute"}) + "\n", encoding="utf-8")
    gate = ["--min-recall", "0.5"]
    done = CliRunner().invoke(app, ["catalog", "test", str(corpus), "--json", *gate])
    assert done.exit_code == 1, done.output
    data = json.loads(done.stdout)
    assert data["passed"] == 0 and "tier below" in done.stdout
    assert data["thresholds_failed"], data
    corpus.write_text(json.dumps({**line, "expect_tier": "specific"}) + "\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["catalog", "test", str(corpus), "--json", *gate])
    assert done.exit_code == 0, done.output  # a guard: the right tier passes


@pytest.mark.parametrize(
    "data",
    ["safety_wish_dead: nee\nsafety_thoughts: ja\n".encode("utf-16"), b"safety_thoughts: j\x00a\n"],
)
def test_answers_on_standard_input_in_utf16_or_with_a_nul_keep_their_yes(data: bytes) -> None:
    """A hostile round: `--answers -` with UTF-16 (Notepad's "Unicode") or a NUL byte gave
    a bare YAML error, no crisis line; the same file given by name kept the "ja"."""
    done = CliRunner().invoke(app, ["interview", "--answers", "-", "--plain"], input=data)
    assert "113" in done.stdout, done.output


def test_bidi_controls_are_escaped_in_json() -> None:
    """A hostile round: U+202E in an offering's name reached `--json`, batch rows, saved
    records and HSDS files, where it shows text reversed; escaped, the data is the same."""
    from steunwijzer.io.jsonout import dumps, dumps_line

    value = {"name": "Hulp\u202eenod\u202c \u2066x\u2069"}
    for text in (dumps(value), dumps_line(value)):
        assert not any(ch in text for ch in "\u202e\u202c\u2066\u2069")
        assert json.loads(text) == value


def test_a_line_break_in_a_file_name_cannot_forge_a_finding() -> None:
    """A hostile round: a catalogue file named "x\\nfake.yaml:99:1: error: ..." printed a
    forged FILE:LINE line of its own."""
    from steunwijzer.errors import Diagnostic

    said = str(Diagnostic("x\nfake.yaml:99:1: error: forged.yaml", 2, 1, "error", "boom"))
    assert "\n" not in said and said.startswith("x\\nfake.yaml")


def test_a_very_long_pattern_is_refused_with_a_short_quote(tmp_path: Path) -> None:
    """A hostile round: a 20,000-word pattern took a minute to refuse, and the error line
    quoted all 200 KB of it."""
    from steunwijzer.core.patterns import PatternError, parse

    words = " ".join(f"woord{i}" for i in range(20_000))
    with pytest.raises(PatternError, match="at most"):
        parse(words)
    layer = tmp_path / "long.yaml"
    layer.write_text(
        "schema_version: 1\nthemes:\n  - id: lang\n    tier: specific\n"
        "    label: {nl: Lang, en: Long}\n    patterns:\n      nl:\n"
        f'        - "{words}"\n',
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["catalog", "validate", "builtin", str(layer)])
    assert done.exit_code == 1
    assert max(len(line) for line in done.output.splitlines()) < 400


def test_a_layer_that_empties_the_words_of_grief_is_warned_about(tmp_path: Path) -> None:
    """A hostile round: a layer emptied the words of grief and dropout risk, and "mijn oma
    is overleden" came out nothing recognised, with 0 warnings."""
    layer = tmp_path / "empty.yaml"
    layer.write_text(
        "schema_version: 1\nthemes:\n"
        "  - id: grief\n    tier: acute\n    label: {nl: Rouw, en: Grief}\n"
        "    synonyms: {nl: [], en: []}\n    patterns: {nl: [], en: []}\n",
        encoding="utf-8",
    )
    done = CliRunner().invoke(
        app, ["catalog", "validate", "builtin", str(layer)], env={"STEUNWIJZER_LANG": "en"}
    )
    assert "theme 'grief' has no synonyms and no patterns" in done.output, done.output


def test_a_refused_batch_names_the_rows_at_risk(tmp_path: Path) -> None:
    """A hostile round: a batch refused before a row was read (`--limit 0`) showed one
    merged result for every student and named nobody; the ids at risk are named now."""
    path = tmp_path / "rows.csv"
    path.write_text(
        "id,text\ns1,ik slaap slecht\ns2,ik wil dood\ns3,ik heb geldzorgen\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "batch", str(path), "--limit", "0"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "STEUNWIJZER_LANG": "nl"},
    )
    assert done.returncode == 2
    named = [
        line for line in done.stderr.splitlines() if "(de opdracht is niet uitgevoerd)" in line
    ]
    # with its line since round 21 (a row without an id is named by its row number)
    assert named and named[0].endswith(": s2 (regel 3)"), done.stderr


def test_csv_and_hsds_exports_carry_113_and_112(tmp_path: Path) -> None:
    """A hostile round: a catalogue without crisis lines exported to CSV or HSDS had no
    113 and no 112 (HTML and Markdown added them); an HSDS export is published as it is.
    The added services validate against the vendored HSDS 3.0 schema."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    catalogue = tmp_path / "one.yaml"
    catalogue.write_text(
        "schema_version: 1\ncatalog: {name: Een, institution: Test HS}\nofferings:\n"
        "  - id: t1\n    provider: institution\n    name: {nl: Test, en: Test}\n"
        "    description: {nl: Iets, en: Something}\n    tiers: [specific]\n"
        "    themes: [grief]\n    contact: {email: a@b.example}\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.csv"
    done = CliRunner().invoke(
        app, ["catalog", "export", "--format", "csv", "-o", str(out), "-c", str(catalogue)]
    )
    assert done.exit_code == 0, done.output
    ids = [line.split(",", 1)[0] for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"builtin-113", "builtin-112"} <= set(ids)
    folder = tmp_path / "hsds"
    done = CliRunner().invoke(
        app, ["catalog", "export", "--format", "hsds", "-o", str(folder), "-c", str(catalogue)]
    )
    assert done.exit_code == 0, done.output
    schemas = Path(__file__).parent / "data" / "hsds-3.0"
    registry = Registry()
    for path in schemas.glob("*.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        registry = registry.with_resource(
            path.name, Resource.from_contents(contents, default_specification=DRAFT202012)
        )
    validator = Draft202012Validator(
        json.loads((schemas / "service.json").read_text(encoding="utf-8")), registry=registry
    )
    for name in ("builtin-113", "builtin-112"):
        service = json.loads((folder / "services" / f"{name}.json").read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(service)), name


@pytest.mark.parametrize("blank", ['""', '" "', "null"])
def test_a_blank_safety_answer_is_not_asked_in_every_format(tmp_path: Path, blank: str) -> None:
    """A hostile round: a blank safety answer was "not asked" as null or an empty CSV
    cell, but "bel nu 112, houd de student wakker" as "" in a file. One meaning now: not
    asked, and the result says the safety questions were not (fully) asked."""
    answers = tmp_path / "a.yaml"
    answers.write_text(
        f"safety_wish_dead: nee\nsafety_thoughts: {blank}\nsafety_behaviour: nee\n",
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["interview", "--answers", str(answers), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    assert data["screened"] is False and data["urgency"] != "immediate"


def test_a_friends_danger_is_not_told_as_the_students_own(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A second role-play: a friend's goodbye and her location off (immediate), beside
    the student's own "not really" to a safety question (a risk, not immediate): the
    result said "laat de student niet alleen ... houd de student wakker". The urgent
    danger is the friend's; the result says so."""
    from steunwijzer.core.interview import replay

    answers = {
        "safety_wish_dead": "nee",
        "safety_thoughts": "weet niet",
        "safety_behaviour": "nee",
        "own_words": "mijn vriendin stuurde 'bedankt voor alles, jij was de beste' en zette "
        "daarna haar locatie uit",
    }
    result = replay(builtin, answers, "nl", index)
    assert result.urgency == "immediate" and "concern_for_other" in result.themes
    text = " ".join(line for line, _ in summary_lines(builtin, result, "nl", 120))
    assert "Direct gevaar voor iemand anders" in text
    assert "houd de student wakker" not in text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("no. what do I do now?", False),
        ("no. sorry but what do I do right now about my friend?", False),
        ("nee. wat moet ik nu doen?", False),
        ("no, actually I do", True),  # a guard: "I do" takes the no back
        ("no, actually yes", True),  # a guard
    ],
)
def test_a_no_followed_by_a_question_is_a_no(builtin: Catalog, said: str, expected: bool) -> None:
    """A second role-play: "no. what do I do now?" was read as yes, twice (the "do" of the
    question counted as a yes taking the no back)."""
    question = builtin.question("area_substances")
    assert question is not None
    assert parse_answer(question, said) is expected


@pytest.mark.parametrize(
    "text", ["sinds de breuk eet ik heel weinig", "soms laat ik mezelf overgeven na het eten"]
)
def test_eating_problems_in_dutch_word_order(builtin: Catalog, text: str) -> None:
    """A second role-play: "eet ik heel weinig en soms laat ik mezelf overgeven" found no
    eating problem (only a guess of self-harm)."""
    themes, _ = _read(builtin, text)
    assert "eating" in themes


def test_the_tier_can_be_changed_after_afronden(builtin: Catalog, index: ReferralIndex) -> None:
    """A second role-play: after "afronden" the step to change the tier never came, so a
    "ja" typed by mistake and corrected at once stayed ACUUT with no way to lower it."""
    from steunwijzer.core.prompts import OverridePrompt

    seen: list[Prompt] = []

    ask = yes_then_finish(seen, ("specific", "verkeerd getypt, meteen gecorrigeerd en nagevraagd"))

    outcome = run_interview(builtin, ask, "nl", index)
    assert outcome.finished_early
    assert any(isinstance(p, OverridePrompt) for p in seen)
    assert outcome.result.override is not None and outcome.result.tier is Tier.SPECIFIC


@pytest.mark.parametrize(
    "said",
    [
        "een beetje, ik kan me niet zo goed concentreren",
        "kinda, I didn't sleep at all last night",
        "misschien wel",
    ],
)
def test_a_hedged_yes_that_goes_on_is_a_yes(builtin: Catalog, said: str) -> None:
    """A second role-play: these were refused at ordinary yes/no questions ("Dat antwoord
    past niet"), and the words after them were lost."""
    question = builtin.question("area_study")
    assert question is not None
    assert parse_answer(question, said) is True


def test_a_hedge_at_a_safety_question_stays_doubt(builtin: Catalog) -> None:
    """A guard: at a safety question a hedge is never read as an answer of its own."""
    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, "misschien wel") in (UNKNOWN, True)
    assert parse_answer(question, "een beetje, soms") is not False


def test_someone_who_keeps_texting_is_unwanted_behaviour(builtin: Catalog) -> None:
    """A guard: "hij blijft me appen" is unwanted behaviour in free text (a second
    role-play missed it beside a "ja", where only acute needs are read)."""
    themes, _ = _read(builtin, "mijn stagebegeleider blijft me appen, ook 's avonds")
    assert "unwanted_behaviour" in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set47, what students say about someone else, read after it was measured
        ("my cousin texted me that she's gonna do it tonight and now she's offline",
         "concern_for_other"),
        ("he left letters for each of us on the kitchen table and took his car",
         "concern_for_other"),
        ("mijn zus heeft brieven voor ieder van ons geschreven en neemt niet op",
         "concern_for_other"),
        ("someone from our team posted a photo of the railway bridge and 'thanks for all'",
         "concern_for_other"),
        ("my sister punches me when mum is at work", "unsafe_situation"),
    ],
)  # fmt: skip
def test_a_family_about_someone_else_is_found(builtin: Catalog, text: str, theme: str) -> None:
    themes, _ = _read(builtin, text)
    assert theme in themes


@pytest.mark.parametrize(
    "text",
    [
        "my roommate's grandmother passed away peacefully at 94, can she get an extension?",
        "De opa van mijn huisgenoot is overleden; hoe kan ik haar steunen?",
        "my friend's dog died last week and she keeps crying, what do I say?",
    ],
)
def test_someone_elses_loss_is_a_mention(builtin: Catalog, text: str) -> None:
    """set47: a roommate's grandmother, a friend's dog: the student supports the one
    who grieves; shown as a mention "about someone else", not the student's acute grief."""
    themes, mentions = _read(builtin, text)
    assert "grief" not in themes
    assert mentions.get("grief") == "about_other"


def test_someone_elses_loss_grieved_by_the_student_stays_grief(builtin: Catalog) -> None:
    """A guard: "my best friend's mum died and I miss her so much too" is the student's."""
    themes, _ = _read(builtin, "my best friend's mum died and I miss her so much too")
    assert "grief" in themes


def test_a_layer_that_rewrites_a_safety_tip_is_warned_about(tmp_path: Path) -> None:
    """A hostile round: a layer made the first safety tip "Bel niet 112; dat maakt het
    alleen erger", and validation and lint said nothing."""
    layer = tmp_path / "tips.yaml"
    layer.write_text(
        "schema_version: 1\ntips:\n  - id: means_and_plan_today\n    style: combined\n"
        "    tiers: [acute]\n    urgency: [immediate]\n    themes: [suicidal_thoughts]\n"
        "    text: {nl: 'Bel niet 112.', en: 'Do not call 112.'}\n",
        encoding="utf-8",
    )
    done = CliRunner().invoke(
        app, ["catalog", "validate", "builtin", str(layer)], env={"STEUNWIJZER_LANG": "en"}
    )
    assert "tip 'means_and_plan_today' is a tip for acute needs" in done.output, done.output


def test_a_layers_glossary_entry_for_113_is_warned_about(tmp_path: Path) -> None:
    """A hostile round: a layer's glossary told the student in the handout that 113 is
    "not a helpline: do not call it", with 0 warnings."""
    layer = tmp_path / "gloss.yaml"
    layer.write_text(
        "schema_version: 1\nglossary:\n  - id: zelfmoordpreventie\n    term: Zelfmoordpreventie\n"
        "    aliases: ['113']\n    text: {nl: 'Niet bellen in nood.', en: 'Do not call it.'}\n",
        encoding="utf-8",
    )
    done = CliRunner().invoke(
        app, ["catalog", "validate", "builtin", str(layer)], env={"STEUNWIJZER_LANG": "en"}
    )
    assert "names a national crisis line" in done.output, done.output
    plain = CliRunner().invoke(app, ["catalog", "validate", "builtin"])
    assert "crisislijn" not in plain.output  # a guard: the built-in glossary alone is fine


@pytest.mark.parametrize(
    "text",
    ["ik voel me nergens veilig op dit moment", "I feel safe at uni but at home it is bad"],
)
def test_safe_said_with_nowhere_or_but_keeps_the_guess(builtin: Catalog, text: str) -> None:
    """Found reading the change again: "nergens veilig" and "safe ... but" are no plain
    saying of being safe; the second net's guess of an unsafe situation stays."""
    from steunwijzer.core.matchchecks import said_safe
    from steunwijzer.core.textcontext import Tokens

    assert not said_safe(Tokens(text), 0)
