"""Words written to get past a filter, read as the words they stand for.

Students (and testers) write "zеlfmооrd" with Cyrillic letters that look Latin, "su1c1de"
and "d00d" with digits for letters, "k*ll" and "k!ll" with a mark for a letter. Folded to
ASCII, the Cyrillic letters were dropped ("dооd" became "dd") and the digits stayed: the
words were not recognised and no crisis line was shown (an outside hostile-input test,
round 6). Here they are read as Latin letters before the patterns see them.

Only what cannot be an ordinary word is changed: a digit counts as a letter only inside a
word that starts and ends with letters ("3am", "covid19" and "mp3" stay as they are), and
a mark only between two letters.
"""

from __future__ import annotations

import re

from steunwijzer.core.lazyre import lazy_compile

# Cyrillic and Greek letters that look like Latin ones (after Unicode's confusables list,
# the letters that matter for Dutch and English words). Upper case too: fold lowers it.
# And Latin letters that Unicode does not decompose to a plain one, so folding dropped
# them: the dotless ı a Turkish keyboard types ("ik wıl dood" was nothing recognised),
# ł, ø, ð, đ, ĸ, ħ, ŧ, and small capitals ("ᴅᴏᴏᴅ"; an outsiders' hostile round, round 10).
_CONFUSABLES = str.maketrans(
    "аеёіїјкорсухѕԁԛԝһӏАВЕКМНОРСТХУІЈЅαοριεκνυτχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
    "ıłŁøØðÐđĐĸħĦŧŦƚɨ"
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"
    "օսհոՕՍ",  # Armenian ("ik wil dօod": a hostile round, round 26)
    "aeeiijkopcyxsdqwhlABEKMHOPCTXYIJSaopieknutxABEZHIKMNOPTYX"
    "ilLoOdDdDkhHtTli"
    "abcdefghijklmnoprstuvwyz"
    "ouhnOU",
)
_LEET = str.maketrans("013457", "oieast")
# A word that starts and ends with a letter and holds a digit that stands for one.
_LEET_WORD = lazy_compile(r"[a-z][a-z013457]*[013457][a-z013457]*[a-z]")
_MARK = lazy_compile(r"(?<=[A-Za-z])[*!](?=[A-Za-z])")


def unconfused(word: str) -> str:
    """Cyrillic and Greek look-alikes as Latin letters ("zеlfmооrd" -> "zelfmoord"), and
    a capital I for an l inside a word written in small letters ("kiII" -> "kill")."""
    if not word.isascii():
        word = word.translate(_CONFUSABLES)
    if "I" in word[1:] and "ii" in word.lower() and not word.isupper():
        word = word[0] + word[1:].replace("I", "l")
    return word


# A 1 is an l as often as an i: "ki11 myself" read as "kiii", nothing recognised (a
# hostile round, round 53). Where reading it as an i gives a double i, which hardly any
# Dutch or English word has, it is read as an l.
_LEET_L = str.maketrans("013457", "olease")


# ... also at a word's end, where a digit is otherwise kept ("covid19", "mp3"): "ki11".
_ENDS_IN_L = lazy_compile(r"[a-z][a-z013457]*[a-z]1+")


def unleet(word: str) -> str:
    """Digits for letters inside a lower-case word ("su1c1de" -> "suicide")."""
    if not _LEET_WORD.fullmatch(word):
        return word.translate(_LEET_L) if _ENDS_IN_L.fullmatch(word) else word
    read = word.translate(_LEET)
    return word.translate(_LEET_L) if "ii" in read else read


# Letters in circles and squares ("ⓩⓔⓛⓕⓜⓞⓞⓡⓓ", "🅚🅘🅛🅛"): Unicode files them as
# symbols, not letters, so they were not even read as words (nothing recognised; an
# outsiders' hostile round, round 10). Each is one code point for one plain letter.
_ENCLOSED = {
    start + i: ord("a") + i
    for start in (0x24B6, 0x24D0, 0x1F130, 0x1F150, 0x1F170)
    for i in range(26)
}
_ENCLOSED_ANY = lazy_compile("[\u24b6-\u24e9\U0001f130-\U0001f189]")
# "$uicide", "$elfharm": a dollar sign for an s at the start of a word of letters (an
# amount, "$5" or "US$", stays as it is).
_DOLLAR = lazy_compile(r"(?<![A-Za-z0-9])\$(?=[A-Za-z]{2})")


# A word written one letter at a time ("z e l f m o o r d", "k-i-l-l m-y-s-e-l-f",
# "s.u.i.c.i.d.e"): four letters or more, each alone between separators. It was nothing
# recognised (an outsiders' hostile round, round 12).
_SPACED = lazy_compile(r"(?<![^\W_])[^\W\d_](?:[ .\-_][^\W\d_]){3,}(?![^\W_])")
# Beside such a word, shorter ones spelt out too, words two spaces apart: "i k  w i l
# d o o d" kept "i k" and "w i l" apart, nothing recognised (a hostile round, round 41).
_SPACED_SHORT = lazy_compile(r"(?<![^\W_])[^\W\d_](?: [^\W\d_])+(?![^\W_])")


def _joined(match: re.Match[str]) -> str:
    letters = match[0][::2]
    return letters + " " * (len(match[0]) - len(letters))  # offsets after it stay


# "dood- en doodmoe", "dood- en doodziek": a word cut at a hyphen and then said whole,
# as an intensifier; the cut part is that same word (set49, round 18: "ben kapot, dood-
# en doodmoe" was a wish to die). Blanked, so only the whole word is read. A compound
# cut before another ("zelfmoord- en zelfbeschadigingsgedachten") keeps its first part.
_SUSPENDED = lazy_compile(r"(?<![^\W_])([^\W\d_]{3,})-(?=\s+(?:en|of|and|or|&)\s+\1[^\W\d_])", re.I)


def unmarked(text: str) -> str:
    """A '*' or '!' between two letters as the letter it hides ("k*ll" -> "kill"), a '$'
    opening a word as an s, letters in circles or squares as plain letters, a word
    spelt out one letter at a time as the word, padded with spaces, and the cut half of
    "dood- en doodmoe" as blanks.

    The text keeps its length, so every offset after a change stays where it was."""
    if "-" in text and _SUSPENDED.search(text):
        text = _SUSPENDED.sub(lambda cut: " " * len(cut[0]), text)
    if _SPACED.search(text):
        text = _SPACED_SHORT.sub(_joined, _SPACED.sub(_joined, text))
    if "$" in text:
        text = _DOLLAR.sub("s", text)
    if not text.isascii() and _ENCLOSED_ANY.search(text):
        text = text.translate(_ENCLOSED)
    if "*" not in text and "!" not in text:
        return text
    return _MARK.sub("i", text)


# Terminal escape sequences (CSI, OSC) in pasted text: blanked, same length, so spans hold.
# (A bare ESC before a lower-case letter is no sequence but a character inside a word,
# "d\x1bood": the letter after it was taken with it; a hostile round, round 11.)
_ESCAPE = lazy_compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[^a-z])")


def _blanked(escape: re.Match[str]) -> str:
    """An escape sequence as blanks of its length (offsets stay): spaces between words,
    zero-width joiners inside one ("do\x1b[8mod" is "dood": a hostile round, round 9)."""
    text, begin, end = escape.string, escape.start(), escape.end()
    inside = begin > 0 and end < len(text) and text[begin - 1].isalpha() and text[end].isalpha()
    return ("\u200b" if inside else " ") * (end - begin)


def blank_escapes(text: str) -> str:
    """The text with its terminal escape sequences blanked (same length)."""
    return _ESCAPE.sub(_blanked, text)
