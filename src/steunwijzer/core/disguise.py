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

# Cyrillic and Greek letters that look like Latin ones (after Unicode's confusables list,
# the letters that matter for Dutch and English words). Upper case too: fold lowers it.
# And Latin letters that Unicode does not decompose to a plain one, so folding dropped
# them: the dotless ı a Turkish keyboard types ("ik wıl dood" was nothing recognised),
# ł, ø, ð, đ, ĸ, ħ, ŧ, and small capitals ("ᴅᴏᴏᴅ"; an outsiders' hostile round, round 10).
_CONFUSABLES = str.maketrans(
    "аеёіїјкорсухѕԁԛԝһӏАВЕКМНОРСТХУІЈЅαοριεκνυτχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
    "ıłŁøØðÐđĐĸħĦŧŦƚɨ"
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ",
    "aeeiijkopcyxsdqwhlABEKMHOPCTXYIJSaopieknutxABEZHIKMNOPTYX"
    "ilLoOdDdDkhHtTli"
    "abcdefghijklmnoprstuvwyz",
)
_LEET = str.maketrans("013457", "oieast")
# A word that starts and ends with a letter and holds a digit that stands for one.
_LEET_WORD = re.compile(r"[a-z][a-z013457]*[013457][a-z013457]*[a-z]")
_MARK = re.compile(r"(?<=[A-Za-z])[*!](?=[A-Za-z])")


def unconfused(word: str) -> str:
    """Cyrillic and Greek look-alikes as Latin letters ("zеlfmооrd" -> "zelfmoord")."""
    return word if word.isascii() else word.translate(_CONFUSABLES)


def unleet(word: str) -> str:
    """Digits for letters inside a lower-case word ("su1c1de" -> "suicide")."""
    return word.translate(_LEET) if _LEET_WORD.fullmatch(word) else word


def unmarked(text: str) -> str:
    """A '*' or '!' between two letters as the letter it hides ("k*ll" -> "kill").

    One character for one, so every offset in the text stays where it was."""
    if "*" not in text and "!" not in text:
        return text
    return _MARK.sub("i", text)
