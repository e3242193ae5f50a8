"""Exact outputs of the escaping helpers, one case per rule (kills mutants that the
end-to-end hostile tests let through: a wrong entity, a marker escaped in the wrong
place, a control character kept)."""

from __future__ import annotations

import pytest

from steunwijzer.io.escape import md_escape, one_line, plain


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
