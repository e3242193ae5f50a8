"""Line layout for the screen: word wrapping that keeps indentation and never splits a
contact string (phone number, e-mail address, URL). Pure: strings in, lines out.

Rich folds a word longer than its column, which cut ``psycholoog@voorbeel`` /
``dhogeschool.example`` and ``0800`` / ``-0113`` in half at 60 columns, and it loses
the indentation of continuation lines. Here a word is never split: a contact string
that does not fit goes to a line of its own, and may run past the edge, so that a
counsellor can always read (and copy) all of it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from typing import IO

# A phone number written with spaces ("030 253 8555", "+31 20 123 45 67") is one piece.
_PHONE = re.compile(r"\+?\(?\d[\d()\- ]{4,}\d")
_SPACE = re.compile(r"\s+")

Piece = tuple[str, bool]  # (text, atomic): atomic text is never broken at its spaces


def output_width(file: IO[str]) -> int | None:
    """The width to wrap at: $COLUMNS when it is a positive number, else the terminal's
    width; None (do not wrap) when the output is not a terminal."""
    from steunwijzer.core.numbers import parse_int

    columns = parse_int(os.environ.get("COLUMNS", ""))
    if columns is not None and columns > 0:
        return min(columns, 1000)  # COLUMNS=99999999 is no screen
    try:
        if file.isatty():
            return os.get_terminal_size(file.fileno()).columns or None
    except (OSError, ValueError, AttributeError):
        return None
    return None


def pieces(text: str) -> list[Piece]:
    """Split prose into pieces, keeping phone numbers written with spaces whole."""
    out: list[Piece] = []
    last = 0
    for match in _PHONE.finditer(text):
        if match.start() > last:
            out.append((text[last : match.start()], False))
        out.append((match.group(), True))
        last = match.end()
    if last < len(text):
        out.append((text[last:], False))
    return out


def _words(items: Iterable[Piece]) -> list[str]:
    words: list[str] = []
    glue = False  # the previous piece ended without a space: join to it
    for text, atomic in items:
        if atomic:
            if glue and words:
                words[-1] += text
            else:
                words.append(text)
            glue = True  # "0800-0113," : punctuation right after stays with it
            continue
        parts = _SPACE.split(text)
        starts_with_space = bool(text[:1].isspace())
        for i, part in enumerate(parts):
            if not part:
                continue
            if i == 0 and glue and words and not starts_with_space:
                words[-1] += part
            else:
                words.append(part)
        glue = bool(text) and not text[-1:].isspace()
    return words


def wrap(
    text: str | Sequence[Piece],
    width: int | None,
    indent: str = "",
    hang: str | None = None,
) -> list[str]:
    """Lines of at most ``width`` characters, broken only between words.

    ``indent`` starts the first line, ``hang`` (default: as many spaces) the others.
    A word or contact longer than the room left stands on a line of its own and is
    not cut. ``width=None`` means one line (output that is not a terminal).
    """
    items = pieces(text) if isinstance(text, str) else list(text)
    words = _words(items)
    rest = " " * len(indent) if hang is None else hang
    if width is None:
        return [indent + " ".join(words)]
    lines: list[str] = []
    line = indent
    fresh = True  # nothing on this line yet: the next word goes here, fitting or not
    for word in words:
        if fresh:
            line, fresh = line + word, False
        elif len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = rest + word
    # A key of one or two letters alone on the last line ("... druk straks" / "m": a
    # role-play, round 18, at 60 columns) takes the word before it along.
    if lines and len(words) > 2 and len(word) <= 2 and line == rest + word:
        head, _, moved = lines[-1].rpartition(" ")
        if head.strip() and len(rest + moved) + 1 + len(word) <= width:
            lines[-1], line = head, f"{rest}{moved} {word}"
    lines.append(line)
    return lines


# A contact with this many spaces is prose; phone numbers have at most four ("+31 (0)20
# 525 1234"), and pieces() keeps those whole inside prose too.
PROSE_SPACES = 5


def contact_pieces(label: str, contacts: Sequence[str], sep: str = " · ") -> list[Piece]:
    """``label`` then each contact whole; separators stay with the contact before them."""
    items: list[Piece] = [(label, False)] if label else []
    for i, value in enumerate(contacts):
        if items:
            items.append((" ", False))
        text = value + (sep.rstrip() if i < len(contacts) - 1 else "")
        if value.count(" ") >= PROSE_SPACES:
            # A description ("the number of your own practice (...)"), not a number or
            # an address: it wraps between words (numbers inside it still stay whole).
            items.extend(pieces(text))
        else:
            items.append((text, True))
    return items


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters, cut between words with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    if width <= 1:
        return "…"[:width]
    cut = flat[: width - 1]
    if " " in cut and not flat[width - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"
