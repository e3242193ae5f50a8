"""A sexual assault that happened, told as that: sexual violence, not an unsafe situation.

The crisis floor reads "aangerand", "sexually assaulted" and "raped" as an unsafe
situation, so that a catalogue without a sexual-violence theme still gives the acute
tier and a crisis line. Beside the catalogue's own sexual-violence finding for the same
words, that second reading put Veilig Thuis (violence at home) and 112 above the centre
for sexual violence, and made "I was sexually assaulted at a party three weeks ago and
now I avoid campus" urgency immediate by its "now" (a counsellor's role-play, round 40,
intake 2). Where the same words are sexual violence, the text names nobody of the
student's home or relationship, and the sentence says it was weeks ago or gives no time
of now, the unsafe reading is set aside (listed under mentions, never lost); the tier
stays acute by the sexual-violence finding, with its own crisis line first.

Kept: a threat or a blow in the same words (blackmail with photos goes on), an
assault by a partner, an ex, a parent, a housemate or in one's own dorm (the danger may
be where the student lives: Veilig Thuis fits), and one told with a time of now and no
past ("he raped me tonight": 112 may be needed).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.urgency import weeks_ago

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding
    from steunwijzer.core.textcontext import Tokens

_SEXUAL = "sexual_violence"
_UNSAFE = "unsafe_situation"
# Someone of the student's home or relationship, or the home itself: the assault may go
# on where the student lives.
_CLOSE = lexicon.word_set(
    "thuis huis home house huisgenoot huisgenote huisgenoten roommate roommates housemate "
    "housemates flatmate flatmates vriend vriendje boyfriend girlfriend partner ex man "
    "husband vrouw wife vader papa pa stiefvader moeder mama ma stiefmoeder dad father "
    "stepdad stepfather mom mum mother stepmom stepmother broer brother zus sister oom "
    "uncle tante aunt opa grandpa neef cousin familie family huisbaas landlord verhuurder "
    "ouders parents studentenhuis studentenflat hostel dorm dormitory corridor kot"
)


# A threat goes on (blackmail with photos: "unless I pay by Friday"), and a blow is
# violence of its own: those words keep their unsafe reading.
_THREAT = lazy_compile(
    r"blackmail|chant|dreig|threat|afpers|afgeperst|extort|stalk|achtervolg|push|shove|"
    r"duw|sla|sloeg|geslagen|hit|beat|kick|schop|chok|wurg|kill|vermoord|"
    # pictures held over the student: "he'll post the video unless I send more"
    r"unless|tenzij|send|stuur|verspreid|post|leak|share|deel|foto|pic|nude|naakt|video"
)


def assault_told(
    tokens: Tokens, findings: list[Finding], acute: Collection[str] = (_SEXUAL,)
) -> list[Finding]:
    """The findings, with the floor's unsafe reading of a told sexual assault set aside.
    Only where sexual violence is an acute theme (``acute``): in a catalogue where it
    were not, setting the unsafe reading aside would lower the tier."""
    sexual = [f for f in findings if f.theme == _SEXUAL and f.set_aside is None]
    if not sexual or _SEXUAL not in acute or not _CLOSE.isdisjoint(tokens.words):
        return findings
    return [
        replace(f, set_aside="as_sexual_violence", cue=f.words)
        if f.theme == _UNSAFE
        and f.set_aside is None
        and not f.about_other
        and not _THREAT.search(f.words.lower())
        and any(s.start < f.end and f.start < s.end for s in sexual)
        and (not f.immediate or _weeks_ago_at(tokens, f.start))
        else f
        for f in findings
    ]


def _weeks_ago_at(tokens: Tokens, offset: int) -> bool:
    """Whether the sentence at character ``offset`` says it was a week or more ago."""
    for i, start in enumerate(tokens.starts):
        if start >= offset:
            return weeks_ago(tokens, i)
    return False


# Images, not a touch: "he said if i break up he'll post the pics he has of me" had the
# crisis box of a rape ("72 hours, medication against pregnancy and HIV, before showering";
# a role-play, round 69). What was found in words about photos, videos or sextortion only
# gets the advice for images (keep evidence, pay nothing, Helpwanted, the police).
_IMAGES = lazy_compile(  # (inside a compound too: "naaktfilmpjes", "sexvideo")
    r"(?:pics?\b|pictures?|photos?|nudes?|images?|videos?|vids?\b|recordings?|screenshots?"
    r"|foto|beelden|filmpje|opname|sextortion|sekschantage|webcam|snaps?\b|onlyfans|deepfake)",
    flags=2,  # re.IGNORECASE
)
_TOUCH = lazy_compile(
    r"\b(?:verkracht\w*|aangerand\w*|raped?|rapes|assault\w*|touch\w*|aangeraakt|betast\w*"
    r"|seks|sex|slept|kroop|forced|dwong|gedwongen|groped|grabbed)\b",
    flags=2,
)


def images_only(found: Collection[str]) -> bool:
    """Whether every sexual-violence finding's words are about images and none about a
    touch; False when any came without words (an answer to the behaviour question)."""
    return bool(found) and all(
        _IMAGES.search(words) is not None and _TOUCH.search(words) is None for words in found
    )
