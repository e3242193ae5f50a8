"""A long text pasted at a terminal: the line may have been cut.

A terminal in its normal line mode passes at most 4,095 characters of one line; the rest
is dropped without a word. A 4.8 KB text pasted at the own-words question kept its
first 4,094 characters and lost "Eerlijk gezegd wil ik er niet meer zijn." at its end
(a hostile round, round 13). A line that long is followed by a request for the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from steunwijzer.core.model import Lang
from steunwijzer.present.texts import t

TTY_LINE = 4095  # Linux's N_TTY line buffer, less the newline
_NEAR = 64  # a line this close to the limit may have been cut


def waiting(read: Callable[[str], str]) -> str | None:
    """A line already typed or pasted behind the one just read (a paste of several
    lines), or None; only on a real terminal, where the rest waits in its buffer."""
    import select
    import sys

    try:
        if not sys.stdin.isatty() or not select.select([sys.stdin], [], [], 0.05)[0]:
            return None
    except (OSError, ValueError):  # no file descriptor (a test's stdin), or closed
        return None
    return read("")


def continued(
    read: Callable[[], str],
    say: Callable[[str, str], None],
    first: str,
    lang: Lang,
    waiting: Callable[[], str | None] = lambda: None,
) -> str:
    """``first``, the parts typed or pasted after it while each may have been cut, and
    the lines already waiting behind it: a note of two paragraphs pasted in one go kept
    its first line; the second ("sometimes I just want to disappear") went to the next
    prompt and was lost without a word (a role-play, round 27, P28)."""
    text, line, lines = first, first, 1
    while True:
        if len(line) >= TTY_LINE - _NEAR:
            say(t("paste_more", lang), "yellow")
            line = read().strip()
            if not line:
                break
        else:
            more = waiting()
            if more is None:
                break
            line = more.strip()
            lines += 1
        text = f"{text} {line}" if line else text
    if lines > 1:
        say(t("paste_joined", lang, n=lines), "dim")
    return text
