"""Property tests whose examples reach the branch they assert on (issue 17).

Random text almost never parses as a condition or a time span, and a random typo is
rarely close enough for a suggestion, so the checks after parsing never ran. These
strategies build valid input first and then mutate some of it; every test counts the
examples that reached each asserted branch (``hypothesis.event`` shows the split with
``pytest --hypothesis-show-statistics``) and fails when a branch was not reached often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from steunwijzer.catalog.load import load_catalog
from steunwijzer.core import conditions
from steunwijzer.core.conditions import ConditionError, check, parse
from steunwijzer.core.hours import HoursError, parse_span
from steunwijzer.core.textnorm import did_you_mean

from ..conftest import MINIMAL
from .test_conditions import QUESTIONS

BUILTIN = load_catalog(["builtin"]).catalog
assert BUILTIN is not None

Answers = Mapping[str, Any]
# Few values, so that the answer often equals the bound: "<" against "<=" shows there.
SCALE_VALUE = st.one_of(st.sampled_from([0, 4, 5, 10]), st.integers(0, 10))
Reference = Callable[[Answers], bool]

# --- conditions ----------------------------------------------------------------------


@st.composite
def leaf(draw: st.DrawFn) -> tuple[str, Reference]:
    kind = draw(st.sampled_from(["yes_no", "choice", "in", "contains", "any_of", "scale", "ans"]))
    if kind == "yes_no":
        word = draw(st.sampled_from(["yes", "ja", "no", "nee", "Yes", "NEE"]))
        want = word.lower() in ("yes", "ja")
        op = draw(st.sampled_from(["==", "!="]))
        return f"a {op} {word}", lambda x: "a" in x and (x["a"] == want) == (op == "==")
    if kind == "choice":
        value, op = draw(st.sampled_from(["x", "y"])), draw(st.sampled_from(["==", "!="]))
        return f"c {op} {value}", lambda x: "c" in x and (x["c"] == value) == (op == "==")
    if kind == "in":
        values = draw(st.lists(st.sampled_from(["x", "y"]), min_size=1, max_size=2))
        return f"c in [{', '.join(values)}]", lambda x: "c" in x and x["c"] in values
    if kind == "contains":
        value = draw(st.sampled_from(["x", "y"]))
        return f"m contains {value}", lambda x: "m" in x and value in x["m"]
    if kind == "any_of":
        values = draw(st.lists(st.sampled_from(["x", "y"]), min_size=1, max_size=2))
        return (
            f"m any_of [{','.join(values)}]",
            lambda x: "m" in x and bool(set(x["m"]) & set(values)),
        )
    if kind == "scale":
        op = draw(st.sampled_from(["==", "!=", "<", "<=", ">", ">="]))
        n = draw(SCALE_VALUE)
        python = {"==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__"}
        python |= {">": "__gt__", ">=": "__ge__"}
        return f"s {op} {n}", lambda x: "s" in x and getattr(x["s"], python[op])(n)
    name = draw(st.sampled_from(sorted(QUESTIONS)))
    return f"answered({name})", lambda x: name in x


def combine(children: st.SearchStrategy[tuple[str, Reference]]) -> Any:
    def negate(child: tuple[str, Reference]) -> tuple[str, Reference]:
        return f"not ({child[0]})", lambda x: not child[1](x)

    def join(items: list[tuple[str, Reference]], word: str) -> tuple[str, Reference]:
        source = f" {word} ".join(f"({s})" for s, _ in items)
        refs = [r for _, r in items]
        if word == "and":
            return source, lambda x: all(r(x) for r in refs)
        return source, lambda x: any(r(x) for r in refs)

    return st.one_of(
        children.map(negate),
        st.lists(children, min_size=2, max_size=3).map(lambda i: join(i, "and")),
        st.lists(children, min_size=2, max_size=3).map(lambda i: join(i, "or")),
    )


CONDITION = st.recursive(leaf(), combine, max_leaves=6)
ANSWERS = st.fixed_dictionaries(
    {},
    optional={
        "a": st.booleans(),
        "c": st.sampled_from(["x", "y"]),
        "m": st.lists(st.sampled_from(["x", "y"]), unique=True).map(tuple),
        "s": SCALE_VALUE,
    },
)


def test_valid_conditions_evaluate_like_a_plain_reading() -> None:
    seen: Counter[str] = Counter()

    @settings(max_examples=300, deadline=None)
    @given(CONDITION, ANSWERS)
    def run(condition: tuple[str, Reference], answers: Answers) -> None:
        source, reference = condition
        node = check(parse(source), QUESTIONS)  # a valid condition always parses
        assert set(conditions.referenced_questions(node)) <= set(QUESTIONS)
        result = node.evaluate(answers)
        assert result is reference(answers), (source, answers)
        seen[f"evaluated {result}"] += 1
        event(f"evaluated {result}")

    run()
    assert seen["evaluated True"] >= 50 and seen["evaluated False"] >= 50, seen


def test_every_scale_comparison_at_every_value() -> None:
    """Exhaustive, not sampled: every operator, every bound and every answer on the 0..10
    scale, so an operator off by one (``<`` for ``<=``) always fails here."""
    python = {"==": "__eq__", "!=": "__ne__", "<": "__lt__", "<=": "__le__"}
    python |= {">": "__gt__", ">=": "__ge__"}
    outcomes: Counter[bool] = Counter()
    for op, method in python.items():
        for bound in range(11):
            node = check(parse(f"s {op} {bound}"), QUESTIONS)
            assert node.evaluate({}) is False  # unanswered: every comparison is false
            for answer in range(11):
                expected = getattr(answer, method)(bound)
                assert node.evaluate({"s": answer}) is expected, (op, bound, answer)
                outcomes[expected] += 1
    assert outcomes[True] > 200 and outcomes[False] > 200


MUTATIONS = st.sampled_from(["delete", "insert", "swap", "typo_id", "bad_value", "none"])
INSERTS = st.sampled_from(["(", ")", "[", "]", ",", "==", "and", "or", "not", ".", "'", "x", "7"])


@st.composite
def mutated_condition(draw: st.DrawFn) -> tuple[str, str]:
    source, _ = draw(CONDITION)
    how = draw(MUTATIONS)
    if how == "delete":
        start = draw(st.integers(0, len(source) - 1))
        source = source[:start] + source[start + draw(st.integers(1, 4)) :]
    elif how == "insert":
        at = draw(st.integers(0, len(source)))
        source = f"{source[:at]} {draw(INSERTS)} {source[at:]}"
    elif how == "swap":
        source = source.replace(" and ", " or ", 1).replace("==", "!=", 1)
    elif how == "typo_id":
        source = source.replace("a ", "b ", 1).replace("answered(m)", "answered(mm)", 1)
    elif how == "bad_value":
        source = source.replace("x", "z", 1).replace("10", "11", 1)
    return how, source


def test_mutated_conditions_parse_or_say_where() -> None:
    seen: Counter[str] = Counter()

    @settings(max_examples=400, deadline=None)
    @given(mutated_condition(), ANSWERS)
    def run(case: tuple[str, str], answers: Answers) -> None:
        how, source = case
        try:
            node = check(parse(source), QUESTIONS)
        except ConditionError as exc:
            assert str(exc) and 0 <= exc.offset <= len(source), (source, exc.offset)
            seen["refused"] += 1
            event(f"{how}: refused")
            return
        assert set(conditions.referenced_questions(node)) <= set(QUESTIONS)
        assert isinstance(node.evaluate(answers), bool)
        seen["parsed"] += 1
        event(f"{how}: parsed")

    run()
    assert seen["refused"] >= 80 and seen["parsed"] >= 80, seen


# --- time spans ----------------------------------------------------------------------


BROKEN_SPANS = ["hour", "minute", "colon", "dash", "junk"]


@st.composite
def span_text(draw: st.DrawFn) -> tuple[str, tuple[int, int] | None]:
    """A time span as people write it, its expected minutes, or None when it is invalid."""
    h1, h2 = draw(st.integers(0, 24)), draw(st.integers(0, 24))
    m1 = 0 if h1 == 24 else draw(st.sampled_from([0, 15, 30, 45, 59]))
    m2 = 0 if h2 == 24 else draw(st.integers(0, 59))
    pad = draw(st.booleans())
    dash = draw(st.sampled_from(["-", " - ", "- ", " -"]))
    first = f"{h1:02d}" if pad or h1 > 9 else str(h1)
    text = f"{first}:{m1:02d}{dash}{h2:02d}:{m2:02d}"
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start == end < 1440:  # the same time twice: the whole day (round 63)
        start, end = 0, 1440
    while end <= start:  # an end at or before the start is on the next day
        end += 1440
    expected: tuple[int, int] | None = (start, end)
    how = "valid" if draw(st.booleans()) else draw(st.sampled_from(BROKEN_SPANS))
    if how == "hour":
        text, expected = text.replace(first, str(draw(st.integers(25, 99))), 1), None
    elif how == "minute":
        text, expected = text[: text.index(":") + 1] + "6" + text[text.index(":") + 2 :], None
    elif how == "colon":
        text, expected = text.replace(":", draw(st.sampled_from([".", "", "h"])), 1), None
    elif how == "dash":
        text, expected = text.replace("-", draw(st.sampled_from(["", "/", "tot"])), 1), None
    elif how == "junk":
        text, expected = text + draw(st.sampled_from(["x", " uur", ":00", "-12:00"])), None
    event(f"span {how}")
    return text, expected


def test_time_spans_parse_to_the_written_minutes_or_say_why() -> None:
    seen: Counter[str] = Counter()

    @settings(max_examples=400, deadline=None)
    @given(span_text())
    def run(case: tuple[str, tuple[int, int] | None]) -> None:
        text, expected = case
        try:
            parsed = parse_span(text)
        except HoursError as exc:
            assert expected is None, (text, str(exc))
            assert text.strip() in str(exc) or "range" in str(exc)
            seen["refused"] += 1
            return
        assert expected is not None, f"{text!r} should have been refused"
        assert parsed == expected
        assert 0 <= parsed[0] < parsed[1] <= 2 * 1440
        seen["parsed"] += 1

    run()
    assert seen["parsed"] >= 100 and seen["refused"] >= 100, seen


def test_a_span_from_midnight_to_midnight_is_a_whole_day_not_an_empty_one() -> None:
    """Found by the property above: "24:00-00:00" parsed to an empty span (1440, 1440)."""
    assert parse_span("24:00-00:00") == (1440, 2880)
    assert parse_span("00:00-24:00") == (0, 1440)
    assert parse_span("22:00-02:00") == (1320, 1560)


# --- did you mean --------------------------------------------------------------------

POOLS = {
    "theme": sorted(BUILTIN.themes),
    "question": [q.id for q in BUILTIN.questions],
    "offering": [o.id for o in BUILTIN.offerings],
}


@st.composite
def typo(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """A real name with one slip of the keyboard: a letter dropped, added, changed or two
    letters swapped."""
    pool = POOLS[draw(st.sampled_from(sorted(POOLS)))]
    name = draw(st.sampled_from(pool))
    at = draw(st.integers(0, len(name) - 2))
    letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz-_"))
    how = draw(st.sampled_from(["drop", "add", "change", "swap"]))
    slip = {
        "drop": name[:at] + name[at + 1 :],
        "add": name[:at] + letter + name[at:],
        "change": name[:at] + letter + name[at + 1 :],
        "swap": name[:at] + name[at + 1] + name[at] + name[at + 2 :],
    }[how]
    return name, slip, pool


def test_a_one_letter_slip_suggests_the_intended_name() -> None:
    seen: Counter[str] = Counter()

    @settings(max_examples=400, deadline=None)
    @given(typo())
    def run(case: tuple[str, str, list[str]]) -> None:
        name, slip, pool = case
        if slip in pool:  # the slip is itself a real name (or no slip at all)
            seen["real name"] += 1
            return
        hint = did_you_mean(slip, pool)
        assert f"'{name}'" in hint, (slip, hint)
        assert hint.count("'") <= 6  # at most three suggestions
        seen["suggested"] += 1
        event("suggested")

    run()
    assert seen["suggested"] >= 300, seen


OFFERING_KEYS = ["provider", "name", "description", "tiers", "themes", "how_to_access"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(OFFERING_KEYS), st.integers(0, 100), st.sampled_from("aeiostx"))
def test_a_misspelt_catalogue_key_is_named_with_the_right_one(
    tmp_path: Path, key: str, where: int, letter: str
) -> None:
    at = where % (len(key) - 1)
    slip = key[:at] + letter + key[at + 1 :] if key[at] != letter else key[:at] + key[at + 1 :]
    text = MINIMAL.replace(f"    {key}:", f"    {slip}:", 1)
    assert yaml.safe_load(text)["offerings"][0].get(slip) is not None
    path = tmp_path / f"c-{slip}.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_catalog([str(path)])
    assert result.catalog is None
    messages = [d.message for d in result.errors]
    assert any(
        m.startswith(f"unknown key '{slip}' in offering") and f"(did you mean '{key}'" in m
        for m in messages
    ), messages
