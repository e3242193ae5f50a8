"""Property tests for the small parsers: answers, opening hours, free-text matching."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core.answers import AnswerError, parse_answer
from steunwijzer.core.hours import HoursError, build_hours, parse_days, parse_span
from steunwijzer.core.vocabulary import Vocabulary

BUILTIN = load_catalog(["builtin"]).catalog
assert BUILTIN is not None
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.lists(st.text(max_size=8), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@given(st.sampled_from(BUILTIN.questions), ANY_VALUE)
def test_an_answer_is_typed_or_refused_with_the_question_named(question, value) -> None:  # type: ignore[no-untyped-def]
    try:
        typed = parse_answer(question, value)
    except AnswerError as exc:
        assert question.id in str(exc)
        return
    if question.type == "yes_no":
        assert isinstance(typed, bool)
    elif question.type == "multi":
        assert isinstance(typed, tuple) and set(typed) <= set(question.choice_ids())
    elif question.type == "choice":
        assert typed in question.choice_ids()
    elif question.type == "scale":
        assert isinstance(typed, int) and question.min <= typed <= question.max  # type: ignore[operator]
    assert parse_answer(question, typed) == typed  # parsing is idempotent


@given(st.text(max_size=20))
def test_a_time_span_parses_or_says_why(text: str) -> None:
    """Fuzz: arbitrary text never raises anything but HoursError. (Random text almost
    never parses; test_properties_reach builds valid spans to check the parsed branch.)"""
    try:
        start, end = parse_span(text)
    except HoursError as exc:
        assert str(exc)
        return
    assert 0 <= start < end <= 2 * 1440


@given(
    st.sampled_from(["mon", "tue-thu", "weekend", "daily", "sat-sun", "weekdays"]),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(1, 24),
    st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31)),
)
def test_opening_hours_agree_with_a_plain_reading(
    days: str, hour: int, minute: int, length: int, moment: dt.datetime
) -> None:
    end_minutes = (hour * 60 + minute + length * 60) % 1440
    span = f"{hour:02d}:{minute:02d}-{end_minutes // 60:02d}:{end_minutes % 60:02d}"
    hours = build_hours([(days, [span])], "")
    start = hour * 60 + minute
    now = moment.hour * 60 + moment.minute
    # minutes since the span opened on each of its days; it may run past midnight and
    # from Sunday into Monday, hence the week arithmetic
    expected = any(
        0 <= (moment.weekday() - day) % 7 * 1440 + now - start < length * 60
        for day in parse_days(days)
    )
    assert hours.is_open(moment) is expected


@given(st.text(max_size=200))
def test_free_text_suggestions_are_known_themes(text: str) -> None:
    assert BUILTIN is not None
    found = Vocabulary(BUILTIN.themes).suggest(text)
    assert set(found) <= set(BUILTIN.themes) and len(found) == len(set(found))


def test_version_fast_path_of_the_console_script() -> None:
    exe = shutil.which("steunwijzer", path=str(Path(sys.executable).parent))
    assert exe is not None
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert out.stdout == f"steunwijzer {version('steunwijzer')}\n"  # installed metadata
    modules = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from steunwijzer.__main__ import main; main(['--version']);"
            " print(sorted(m for m in ('typer', 'rich', 'yaml') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert modules.strip().endswith("[]")  # nothing heavy was imported
