"""Exact outputs of the escaping helpers, one case per rule (kills mutants that the
end-to-end hostile tests let through: a wrong entity, a marker escaped in the wrong
place, a control character kept)."""

from __future__ import annotations

import pytest

from steunwijzer.io.escape import csv_cell, json_safe, md_escape, one_line, plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words, nothing to do.", "plain words, nothing to do."),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("&amp;", "&amp;amp;"),
        ("<b>vet</b>", "\\<b\\>vet\\</b\\>"),
        ("**vet** _schuin_ `code`", "\\*\\*vet\\*\\* \\_schuin\\_ \\`code\\`"),
        ("[klik](javascript:x)", "\\[klik\\](javascript:x)"),
        ("a | b", "a \\| b"),
        ("back\\slash", "back\\\\slash"),
        ("# kop", "\\# kop"),
        ("  # kop", "\\# kop"),  # folded to one line first
        ("> citaat", "\\> citaat"),
        ("- lijst", "\\- lijst"),
        ("+ lijst", "\\+ lijst"),
        ("= onderstreept", "\\= onderstreept"),
        ("12. genummerd", "12\\. genummerd"),
        ("3) genummerd", "3\\) genummerd"),
        ("7 dagen - per week", "7 dagen - per week"),  # only at the start
        ("regel\neen # twee", "regel een # twee"),  # one line; "#" inside stays
    ],
)
def test_md_escape(text: str, expected: str) -> None:
    assert md_escape(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gewone tekst", "gewone tekst"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),  # kept: they are layout
        ("\x1b[31mrood\x1b[0m", "rood"),
        ("\x1b]8;;https://x.example\x07link\x1b]8;;\x07", "link"),
        ("\x1b]0;titel\x1b\\na", "na"),
        ("\x1bPdcs-data\x1b\\rest", "rest"),
        ("\x1b_apc\x1b\\rest", "rest"),
        ("a\x1bcb", "ab"),
        ("bel\x07 nul\x00 del\x7f c1\x9b31m", "bel nul del c131m"),
        ("cr\rlf", "crlf"),
        ("é ë ï — ’", "é ë ï — ’"),  # printable non-ASCII untouched
    ],
)
def test_plain(text: str, expected: str) -> None:
    assert plain(text) == expected


def test_one_line() -> None:
    assert one_line("  twee\n regels\t\x1b[1mhier\x1b[0m  ") == "twee regels hier"
    assert one_line("") == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("gewoon", "gewoon"),
        ("", ""),
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tverborgen", "'\tverborgen"),
        ("\r=1", "'=1"),  # a carriage return is removed; the "=" after it is seen
        ("-12", "-12"),  # plainly a number: no spreadsheet runs it
        ("+3.5", "+3.5"),
        ("-0,75", "-0,75"),
        ("-.5", "-.5"),
        ("+31 20 123 4567", "+31 20 123 4567"),  # a phone number
        ("+31 (0)6-12345678", "+31 (0)6-12345678"),
        ("+31 6", "'+31 6"),  # too short to be a phone number
        ("+31 20 123 4567 =1", "'+31 20 123 4567 =1"),
        ("-12 dagen", "'-12 dagen"),
        ("a=1", "a=1"),  # only the first character counts
        ("\x1b[31m=1", "'=1"),  # control codes go first, then the formula is seen
        ("=\x00x", "'=x"),
    ],
)
def test_csv_cell(value: str, expected: str) -> None:
    assert csv_cell(value) == expected


def test_csv_cell_raw_keeps_a_formula_but_not_control_codes() -> None:
    assert csv_cell("=SUM(A1)", raw=True) == "=SUM(A1)"
    assert csv_cell("=\x1b[1mx", raw=True) == "=x"
    assert csv_cell("tab\there\nnl") == "tab\there\nnl"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain ascii", "plain ascii"),
        ("é ë — ’", "é ë — ’"),  # printable non-ASCII stays as it is
        ("del\x7f", "del\\u007f"),
        ("csi\x9b31m", "csi\\u009b31m"),
        ("c1 \x80 \x9f é", "c1 \\u0080 \\u009f é"),
        ("line\u2028sep\u2029", "line\\u2028sep\\u2029"),
    ],
)
def test_json_safe(text: str, expected: str) -> None:
    assert json_safe(text) == expected
