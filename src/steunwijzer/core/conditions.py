"""A small, safe condition language for ``when`` clauses in the interview catalogue.

Examples::

    safety_thoughts == yes
    stress_level >= 7 and not (sleep_hours in [enough])
    study_worries any_of [exams, fear_of_failure]
    answered(own_words)

Conditions are tokenised and parsed into frozen AST nodes at load time, then checked
against the questions they name. Nothing in a catalogue is ever passed to ``eval``:
the only things a condition can do are the operators listed in ``OPERATORS``.
An unanswered question makes every comparison on it false.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from steunwijzer.core.textnorm import did_you_mean, normalise

if TYPE_CHECKING:
    from steunwijzer.core.model import Question

AnswerValue = bool | int | str | tuple[str, ...]
Scalar = bool | int | str

OPERATORS = ("==", "!=", "<", "<=", ">", ">=", "in", "contains", "any_of")
_OPS_BY_TYPE = {
    "yes_no": {"==", "!="},
    "choice": {"==", "!=", "in"},
    "multi": {"contains", "any_of"},
    "scale": {"==", "!=", "<", "<=", ">", ">=", "in"},
    "text": {"contains"},
}
_YES = {"yes", "ja", "true", "y", "j"}
_NO = {"no", "nee", "false", "n"}
# Compiled on first use (functools.cache): only parsing a catalogue needs it, and
# compiling it costs a few milliseconds of every start (see docs/benchmarks.md).
_LEXEMES = r"""\s*(?:
        (?P<number>-?[0-9]+)\b
      | (?P<op>==|!=|<=|>=|<|>)
      | (?P<punct>[()\[\],])
      | (?P<string>'[^']*'|"[^"]*")
      | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*)
    )"""


@cache
def _token() -> re.Pattern[str]:
    return re.compile(_LEXEMES, re.VERBOSE)


_KEYWORDS = {"and", "or", "not", "in", "contains", "any_of", "answered"}


MAX_DIGITS = 18  # a scale answer or a count; no condition needs more


class ConditionError(ValueError):
    """A condition that cannot be parsed or names something unknown."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Compare:
    """A condition comparing one question's answer with a value."""

    question: str
    op: str
    value: Scalar | tuple[Scalar, ...]

    def evaluate(self, answers: Mapping[str, AnswerValue]) -> bool:
        if self.question not in answers:
            return False
        return _compare(answers[self.question], self.op, self.value)


@dataclass(frozen=True, slots=True)
class Answered:
    """A condition that holds when a question has any answer."""

    question: str

    def evaluate(self, answers: Mapping[str, AnswerValue]) -> bool:
        return self.question in answers


@dataclass(frozen=True, slots=True)
class Not:
    """The negation of a condition."""

    item: Condition

    def evaluate(self, answers: Mapping[str, AnswerValue]) -> bool:
        return not self.item.evaluate(answers)


@dataclass(frozen=True, slots=True)
class All:
    """A condition that holds when every one of its parts holds."""

    items: tuple[Condition, ...]

    def evaluate(self, answers: Mapping[str, AnswerValue]) -> bool:
        return all(item.evaluate(answers) for item in self.items)


@dataclass(frozen=True, slots=True)
class Any_:
    """A condition that holds when one of its parts holds."""

    items: tuple[Condition, ...]

    def evaluate(self, answers: Mapping[str, AnswerValue]) -> bool:
        return any(item.evaluate(answers) for item in self.items)


Condition = Compare | Answered | Not | All | Any_


def _compare(answer: AnswerValue, op: str, value: Scalar | tuple[Scalar, ...]) -> bool:
    if op == "any_of":
        return (
            isinstance(answer, tuple)
            and isinstance(value, tuple)
            and bool(set(answer) & set(value))
        )
    if op == "contains":
        if isinstance(answer, tuple):
            return value in answer
        return isinstance(answer, str) and normalise(str(value)) in normalise(answer)
    if op == "in":
        return isinstance(value, tuple) and answer in value
    if op in ("==", "!="):
        return (answer == value) == (op == "==")
    if isinstance(answer, bool) or not isinstance(answer, int) or not isinstance(value, int):
        return False
    return {"<": answer < value, "<=": answer <= value, ">": answer > value, ">=": answer >= value}[
        op
    ]


def referenced_questions(condition: Condition) -> Iterator[str]:
    if isinstance(condition, Compare | Answered):
        yield condition.question
    elif isinstance(condition, Not):
        yield from referenced_questions(condition.item)
    else:
        for item in condition.items:
            yield from referenced_questions(item)


def comparisons(condition: Condition) -> Iterator[Compare]:
    if isinstance(condition, Compare):
        yield condition
    elif isinstance(condition, Not):
        yield from comparisons(condition.item)
    elif isinstance(condition, All | Any_):
        for item in condition.items:
            yield from comparisons(item)


# --- parsing -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    """One token of a condition's text, with its offset for error messages."""

    kind: str
    text: str
    offset: int


def _tokenise(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        match = _token().match(source, pos)
        if not match:
            bad = source[pos:].lstrip()[:1]
            raise ConditionError(f"unexpected character '{bad}'", pos)
        kind = match.lastgroup or ""
        text = match.group(kind)
        offset = match.start(kind)
        if kind == "word" and text in _KEYWORDS:
            kind = "keyword"
        tokens.append(_Token(kind, text, offset))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenise(source)
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, kind: str | None = None, text: str | None = None) -> _Token:
        token = self.peek()
        if token is None:
            raise ConditionError("condition ends too early", len(self.source))
        if (kind and token.kind != kind) or (text and token.text != text):
            wanted = text or kind
            raise ConditionError(f"expected {wanted} but found '{token.text}'", token.offset)
        self.pos += 1
        return token

    def at(self, text: str) -> bool:
        token = self.peek()
        return token is not None and token.text == text

    def parse(self) -> Condition:
        if not self.tokens:
            raise ConditionError("empty condition")
        result = self.parse_or()
        leftover = self.peek()
        if leftover is not None:
            raise ConditionError(f"unexpected '{leftover.text}'", leftover.offset)
        return result

    def parse_or(self) -> Condition:
        items = [self.parse_and()]
        while self.at("or"):
            self.take()
            items.append(self.parse_and())
        return items[0] if len(items) == 1 else Any_(tuple(items))

    def parse_and(self) -> Condition:
        items = [self.parse_not()]
        while self.at("and"):
            self.take()
            items.append(self.parse_not())
        return items[0] if len(items) == 1 else All(tuple(items))

    def parse_not(self) -> Condition:
        if self.at("not"):
            self.take()
            return Not(self.parse_not())
        return self.parse_primary()

    def parse_primary(self) -> Condition:
        if self.at("("):
            self.take()
            inner = self.parse_or()
            self.take("punct", ")")
            return inner
        if self.at("answered"):
            self.take()
            self.take("punct", "(")
            name = self.take("word").text
            self.take("punct", ")")
            return Answered(name)
        token = self.peek()
        if token is None or token.kind != "word":
            found = f"'{token.text}'" if token else "the end"
            raise ConditionError(
                f"expected a question id but found {found}", token.offset if token else 0
            )
        self.take()
        op_token = self.peek()
        if op_token is None or op_token.text not in OPERATORS:
            found = f"'{op_token.text}'" if op_token else "the end"
            raise ConditionError(
                f"expected an operator ({', '.join(OPERATORS)}) after '{token.text}' "
                f"but found {found}",
                op_token.offset if op_token else len(self.source),
            )
        self.take()
        value = self.parse_value()
        return Compare(token.text, op_token.text, value)

    def parse_value(self) -> Scalar | tuple[Scalar, ...]:
        if self.at("["):
            self.take()
            items = [self.parse_scalar()]
            while self.at(","):
                self.take()
                items.append(self.parse_scalar())
            self.take("punct", "]")
            return tuple(items)
        return self.parse_scalar()

    def parse_scalar(self) -> Scalar:
        token = self.peek()
        if token is None:
            raise ConditionError("expected a value but the condition ends", len(self.source))
        self.take()
        if token.kind == "number":
            if len(token.text) > MAX_DIGITS:  # int() of 5,000 digits raised an internal error
                raise ConditionError(f"a number has at most {MAX_DIGITS} digits", token.offset)
            return int(token.text)
        if token.kind == "string":
            return token.text[1:-1]
        if token.kind == "word":
            return token.text
        raise ConditionError(f"expected a value but found '{token.text}'", token.offset)


def parse(source: str) -> Condition:
    """Parse a condition; raises ConditionError with an offset into the source."""
    return _Parser(source).parse()


def check(condition: Condition, questions: Mapping[str, Question]) -> Condition:
    """Check names, operators and values against the questions; returns a typed copy.

    ``yes``/``no`` values become booleans so that evaluation compares like with like.
    """

    def fix(node: Condition) -> Condition:
        if isinstance(node, Answered):
            if node.question not in questions:
                raise ConditionError(_unknown(node.question, questions))
            return node
        if isinstance(node, Not):
            return Not(fix(node.item))
        if isinstance(node, All):
            return All(tuple(fix(i) for i in node.items))
        if isinstance(node, Any_):
            return Any_(tuple(fix(i) for i in node.items))
        question = questions.get(node.question)
        if question is None:
            raise ConditionError(_unknown(node.question, questions))
        allowed = _OPS_BY_TYPE.get(question.type, set())
        if node.op not in allowed:
            raise ConditionError(
                f"operator '{node.op}' does not apply to {question.type} question "
                f"'{question.id}' (use {', '.join(sorted(allowed))})"
            )
        if node.op in ("in", "any_of") and not isinstance(node.value, tuple):
            raise ConditionError(f"'{node.op}' needs a list of values, like [a, b]")
        values = node.value if isinstance(node.value, tuple) else (node.value,)
        fixed = tuple(_check_value(question, v) for v in values)
        return Compare(node.question, node.op, fixed if isinstance(node.value, tuple) else fixed[0])

    return fix(condition)


def _unknown(name: str, questions: Mapping[str, Question]) -> str:
    return f"unknown question id '{name}'{did_you_mean(name, questions)}"


def _check_value(question: Question, value: Scalar) -> Scalar:
    if question.type == "yes_no":
        word = str(value).lower()
        if word in _YES:
            return True
        if word in _NO:
            return False
        if word == "unknown" and (question.section == "safety" or question.sensitive):
            return "unknown"  # "weet niet" to a question asked as a safety question is
        raise ConditionError(f"question '{question.id}' is answered yes or no, not '{value}'")
    if question.type in ("choice", "multi"):
        if str(value) not in question.choice_ids():
            raise ConditionError(
                f"'{value}' is not a choice of question '{question.id}' "
                f"(choices: {', '.join(question.choice_ids())})"
            )
        return str(value)
    if question.type == "scale":
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConditionError(f"question '{question.id}' is a scale; compare with a number")
        low, high = question.min or 0, question.max or 10
        if not low <= value <= high:
            raise ConditionError(f"{value} is outside the scale {low}..{high} of '{question.id}'")
        return value
    return str(value)
