"""The intake as a counsellor sees it: a real pseudo-terminal drawn on an emulated screen.

pexpect runs the installed command in a pty of a given size; pyte draws what it
prints on a virtual screen of the same size, so "visible on the first result screen"
means visible in the 24 rows the counsellor actually has, not somewhere in a log.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pexpect
import pyte
import pytest

from steunwijzer.catalog.load import default_sources, load_catalog
from steunwijzer.core.model import Catalog
from steunwijzer.core.referrals import ReferralIndex

EXE = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(EXE is None, reason="console script not installed")
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b.")


class Terminal:
    """A child process on a pty of rows x cols, mirrored on a pyte screen."""

    def __init__(self, *args: str, rows: int = 24, cols: int = 80) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
        env["TERM"] = "xterm-256color"
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.Stream(self.screen)
        self.transcript: list[str] = []
        self.child = pexpect.spawn(
            EXE, list(args), env=env, encoding="utf-8", timeout=20, dimensions=(rows, cols)
        )
        self.child.logfile_read = self

    # pexpect's logfile protocol
    def write(self, data: str) -> None:
        self.stream.feed(data)
        self.transcript.append(data)

    def flush(self) -> None:
        pass

    def rows(self) -> list[str]:
        return [row.rstrip() for row in self.screen.display]

    def visible(self) -> str:
        return "\n".join(self.rows())

    def lines(self) -> list[str]:
        """Every line the program wrote, colour codes removed."""
        text = ANSI.sub("", "".join(self.transcript)).replace("\r", "")
        return text.split("\n")


def _drive_to_override(term: Terminal, safety: list[str], lang: str) -> None:
    """Answer the safety screen as given, skip the rest, continue at the crisis panel."""
    child = term.child
    pending = list(safety)
    continue_key = "d" if lang == "nl" else "c"
    override = "Niveau aanpassen" if lang == "nl" else "Adjust the tier"
    review = "wijzigen, 'b'" if lang == "nl" else "a number to change, 'b'"
    page = "Enter: meer antwoorden" if lang == "nl" else "Enter: more answers"
    crisis = "doorgaan met de intake" if lang == "nl" else "continue the intake"
    for _ in range(60):
        index = child.expect([override, crisis, review, page, "> "])
        if index == 0:
            child.expect(": ")
            return
        if index == 1:
            child.sendline(continue_key)
        elif index in (2, 3):
            child.sendline("")
        else:
            child.sendline(pending.pop(0) if pending else "")
    raise AssertionError("the override question never came")


def _contacts() -> list[str]:
    catalog = load_catalog(default_sources(None)).catalog
    assert catalog is not None
    found: set[str] = {"0800-0113", "https://www.113.nl"}
    for o in catalog.offerings:
        found.update(o.contact.phones)
        for value in (o.contact.url, o.contact.email, o.contact.chat):
            if value:
                found.add(value)
    return sorted(x for x in found if len(x) >= 4)


def _split_contacts(lines: list[str]) -> list[str]:
    """Contacts whose beginning ends one line and whose rest starts the next."""
    split = []
    contacts = _contacts()
    for above, below in itertools.pairwise(lines):
        end, start = above.rstrip(), below.lstrip()
        for contact in contacts:
            for k in range(2, len(contact) - 1):
                if end.endswith(contact[:k]) and start.startswith(contact[k:]):
                    split.append(f"{contact}: {end!r} / {start!r}")
    return split


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_first_result_screen_fits_80x24_with_crisis_line(lang: str) -> None:
    term = Terminal("interview", "--lang", lang, "--at", "2026-11-30T14:00")
    no, yes = ("nee", "ja") if lang == "nl" else ("no", "yes")
    _drive_to_override(term, [no, yes, no, no, no, no], lang)
    screen = term.visible()
    assert ("ACUUT" if lang == "nl" else "ACUTE") in screen, screen
    assert ("CRISISLIJN" if lang == "nl" else "CRISIS LINE") in screen, screen
    # the first referral's contact, whole, on the screen the counsellor has now
    assert "113 · 0800-0113 · https://www.113.nl" in screen, screen
    assert ("Waarom:" if lang == "nl" else "Why:") in screen, screen
    assert ("Urgentie" if lang == "nl" else "Urgency") in screen
    assert ("Volgende stap" if lang == "nl" else "Next step") in screen
    term.child.sendline("")  # keep the tier
    term.child.expect("m: ")
    term.child.sendline("")  # Enter continues: done
    term.child.expect(pexpect.EOF)
    term.child.close()
    assert term.child.exitstatus == 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_acute_direct_result_keeps_its_tier_line_at_60x20(lang: str) -> None:
    """Z14 (a role-play, round 23): at 60x20 the override's question (two lines at 60
    columns) pushed "Niveau: ACUUT   Urgentie: direct" off the top of the first result
    screen; the summary counted one line for it."""
    term = Terminal("interview", "--lang", lang, "--at", "2026-11-30T14:00", rows=20, cols=60)
    yes, no = ("ja", "nee") if lang == "nl" else ("yes", "no")
    _drive_to_override(term, [yes, yes, yes, yes, no, no], lang)
    screen = term.visible()
    tier = "Niveau: ACUUT" if lang == "nl" else "Tier: ACUTE"
    assert tier in screen, screen
    assert ("direct" if lang == "nl" else "immediate") in screen.split(tier, 1)[1].split("\n")[0]
    term.child.sendline("")
    term.child.expect("m: ")
    term.child.sendline("")
    term.child.expect(pexpect.EOF)


def test_no_contact_is_split_at_60_columns() -> None:
    term = Terminal("interview", "--lang", "en", "--at", "2026-11-30T14:00", cols=60)
    _drive_to_override(term, ["no", "yes", "no", "no", "no", "no"], "en")
    child = term.child
    child.sendline("")
    child.expect("m: ")
    child.sendline("m")  # everything, page by page
    while child.expect(["Enter: next page", pexpect.EOF]) == 0:
        child.sendline("")
    child.close()
    assert child.exitstatus == 0
    lines = term.lines()
    assert any("spoed@voorbeeldhogeschool.example" in x for x in lines)
    assert _split_contacts(lines) == []


def test_split_detector_can_fail() -> None:
    assert _split_contacts(["   psycholoog@voorbeel", "dhogeschool.example"]) != []


def test_override_is_asked_after_the_evidence() -> None:
    term = Terminal("interview", "--lang", "en", "--at", "2026-11-30T14:00")
    child = term.child
    _drive_to_override(term, ["no", "no", "no"], "en")
    shown = "\n".join(term.lines())
    before = shown[: shown.rindex("Adjust the tier")]
    result = before[before.rindex("Result") :]
    for part in ("Tier:", "Why:", "First referrals", "1. "):
        assert part in result, result
    child.sendline("")
    child.expect("m: ")
    child.sendline("")
    child.expect(pexpect.EOF)


def test_ctrl_c_asks_before_throwing_an_intake_away() -> None:
    term = Terminal("interview")
    child = term.child
    child.expect("Vraag 1 van ongeveer")
    child.expect("> ")
    child.sendline("nee")
    child.expect("Vraag 2")
    child.expect("> ")
    child.sendintr()
    child.expect(r"\n[^\n]*Intake stoppen\? Er wordt niets bewaard \(j/n\)")
    child.sendline("n")
    child.expect("verder")
    # The question itself again, not a bare ">" (a role-play, round 9), with its hint
    # (round 12: without "ja / nee" it looked like an open question)
    child.expect("aan gedacht een einde")
    child.expect("weet niet")
    child.expect("> ")
    child.sendline("nee")
    child.expect("Vraag 3")
    child.expect("> ")
    child.sendintr()
    child.expect("Intake stoppen")
    child.sendline("j")
    child.expect(r"\n[^\n]*Afgebroken")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in "".join(term.transcript)


def test_second_ctrl_c_stops_at_once() -> None:
    term = Terminal("interview", "--lang", "en")
    child = term.child
    child.expect("> ")
    child.sendline("no")
    child.expect("Question 2")
    child.expect("> ")
    child.sendintr()
    child.expect(r"Stop the intake\? Nothing will be saved \(y/n\)")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    text = "".join(term.lines())
    assert "Cancelled" in text and "Traceback" not in text


# Enter through the need section, with a "nee" at the mood question and at the self-harm
# question after it.
MOOD = "somber, gespannen of overbelast"
# asked of everyone since round 32; Enter there is asked once more, as on the safety screen
HARM = "jezelf weleens pijn"


NEVER = "(?!x)x"  # the mood question answered: the review lists it again


def test_a_long_review_shows_its_heading_on_each_screenful() -> None:
    """A role-play (round 12): a review of 28 answers took two screens and its heading
    had scrolled away; the second screen read as a list of its own. At 14 rows the 19
    answers below take two screenfuls."""
    term = Terminal("interview", "--lang", "nl", rows=14)
    child = term.child
    for answer in ["nee", "nee", "nee", "ja", "1"]:
        child.expect("> ")
        child.sendline(answer)
    paged, said = False, [MOOD, HARM]
    for _ in range(40):
        index = child.expect(["Enter: meer antwoorden", "wijzigen, 'b'", *said, "> "])
        if index == 1:
            break
        paged = paged or index == 0
        if index in (2, 3):
            child.expect("> ")
            said[index - 2] = NEVER
        child.sendline("nee" if index in (2, 3) else "")
    rows = term.rows()
    assert paged
    assert any("Overzicht van de antwoorden (…)" in row for row in rows), rows
    child.terminate(force=True)


def test_review_edit_says_which_question_and_pages_at_24_rows(tmp_path: Path) -> None:
    save = tmp_path / "s.json"
    term = Terminal("interview", "--lang", "nl", "--save", str(save))
    child = term.child
    for answer in ["nee", "nee", "nee", "ja", "1"]:
        child.expect("> ")
        child.sendline(answer)
    said = [MOOD, HARM]
    for _ in range(40):
        index = child.expect(["Enter: meer antwoorden", "wijzigen, 'b'", *said, "> "])
        if index == 1:
            break
        if index in (2, 3):
            child.expect("> ")
            said[index - 2] = NEVER
        child.sendline("nee" if index in (2, 3) else "")
    rows = term.rows()
    assert len(rows) == 24
    child.sendline("5")  # the study worries
    child.expect("Vraag 5 wijzigen")
    child.expect("> ")
    child.sendline("2")
    while child.expect(["Enter: meer antwoorden", "wijzigen, 'b'", "Niveau aanpassen"]) < 2:
        child.sendline("")
    lines = term.lines()
    edited = max(i for i, line in enumerate(lines) if "Vraag 5 wijzigen" in line)
    # no "Question 23 of about 22" while changing an answer
    assert not any("van ongeveer" in line for line in lines[edited:])
    child.sendline("")
    child.expect("m: ")
    child.sendline("")
    child.expect(pexpect.EOF)
    record = json.loads(save.read_text(encoding="utf-8"))
    assert record["answers"]["study_worries"] == ["planning"]


def test_an_unknown_key_at_the_more_prompt_does_not_end_the_intake() -> None:
    """An outside role-play typed "hoger" at "Enter: verder · m: meer": the program ended
    and the counsellor's next words went nowhere. Now it says what the keys do."""
    term = Terminal("interview", "--lang", "nl", "--at", "2026-11-30T14:00")
    _drive_to_override(term, ["nee", "ja", "nee", "nee", "nee", "nee"], "nl")
    child = term.child
    child.sendline("")  # keep the tier
    child.expect("m: ")
    child.sendline("hoger")
    child.expect("Typ m voor alle verwijzingen")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def _stop_after_the_crisis_panel(stop: str) -> str:
    """Answer "nee", then "ja" to the thoughts (the crisis panel), continue, and stop
    with Ctrl-C ("intr") or Ctrl-D ("eof"), saying yes to stopping: the text after it."""
    term = Terminal("interview", "--at", "2026-11-30T14:00")
    child = term.child
    child.expect("Vraag 1 van ongeveer")
    child.expect("> ")
    child.sendline("nee")
    child.expect("> ")
    child.sendline("ja")  # thoughts: the crisis panel
    child.expect("doorgaan met de intake")
    child.sendline("d")
    child.expect("> ")
    child.sendintr() if stop == "intr" else child.sendeof()
    child.expect("Intake stoppen")  # answers on screen: it asks first
    # ... and says there was an acute signal (a role-play, round 11: "nothing will be
    # saved" alone read as a harmless stop)
    child.expect_exact("Er was een acuut signaal")
    child.sendline("j")
    child.expect("Afgebroken")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    return "".join(term.transcript).split("Afgebroken", 1)[1]


def test_stopping_after_an_acute_signal_repeats_the_crisis_lines() -> None:
    """A third role-play stopped with Ctrl-C after the crisis panel and read only
    "nothing was saved"; the crisis lines are the last thing on the screen now."""
    tail = _stop_after_the_crisis_panel("intr")
    assert "Crisislijnen, nu bereikbaar:" in tail and "0800-0113" in tail, tail


def test_ctrl_d_after_answers_asks_first_and_lists_each_crisis_line_apart() -> None:
    """Role-plays (rounds 6 and 7): Ctrl-D ended the intake without asking, as Ctrl-C
    does not; and the crisis lines, joined on one row, broke a number in two at 60
    columns ("08" / "00-0113"). Now Ctrl-D asks too, and each line stands on its own."""
    tail = _stop_after_the_crisis_panel("eof")
    crisis = tail.split("Crisislijnen, nu bereikbaar:", 1)[1]
    rows = [row.strip() for row in crisis.splitlines() if row.strip()]
    assert any(row.startswith("113") and row.endswith("0800-0113)") for row in rows), rows


def test_a_clear_safety_screen_is_said_plainly(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play (round 8): after an intake for exam anxiety alone, nothing on the first
    screen said the safety questions had all been answered "no". Only then is it said: a
    "weet niet" or an acute need keeps it off."""
    from steunwijzer.core.interview import replay
    from steunwijzer.render.screen import summary_lines

    clear = {"safety_wish_dead": "nee", "safety_thoughts": "nee", "safety_behaviour": "nee"}
    shown = [
        text
        for text, _ in summary_lines(
            builtin, replay(builtin, {**clear, "area_sleep": "ja"}, "nl", index), "nl", 80
        )
    ]
    assert any("geen acuut signaal" in line for line in shown), shown
    for other in ({**clear, "safety_behaviour": "weet niet"}, {**clear, "area_loss": "ja"}):
        result = replay(builtin, other, "nl", index)
        lines = [text for text, _ in summary_lines(builtin, result, "nl", 80)]
        assert not any("geen acuut signaal" in line for line in lines), (other, lines)


def test_danger_now_is_said_on_the_result_too(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play (round 8): after finishing at the crisis panel the result said only
    "Volgende stap: Bel 113 ... als dat helpt"; "do not leave the student alone" was on
    page three. Danger now heads the result's notes; not urgent, it does not."""
    from steunwijzer.core.interview import replay
    from steunwijzer.render.screen import summary_lines

    now = replay(builtin, {"safety_wish_dead": "ja", "safety_thoughts": "ja",
                           "safety_behaviour": "ja"}, "nl", index)  # fmt: skip
    shown = [text for text, _ in summary_lines(builtin, now, "nl", 80)]
    assert any("laat de student niet alleen" in line for line in shown[:4]), shown
    soon = replay(builtin, {"safety_wish_dead": "ja", "safety_thoughts": "nee"}, "nl", index)
    calm = [text for text, _ in summary_lines(builtin, soon, "nl", 80)]
    assert not any("laat de student niet alleen" in line for line in calm), calm
