"""Sexual violence told across a sentence end: a "no", then someone who went on; private
pictures, then where they went without consent.

The patterns read one sentence at a time (docs/catalog.md), and students tell these
things in short sentences: "ik zei nee en toen nog een keer nee. hij ging gewoon door.",
"I told him no, it still hurt. He didn't stop." (blind sets of dating and of student
parents, round 67: nothing found, or a guess at someone else's danger). Likewise "photos
of me that I sent him years ago, private ones. Now he put them in a group chat ... I
never agreed" (set371; round 66 left the same two-sentence story open twice).

Only where no sexual violence was found already, and only in the student's own account:
the refusal is the student's ("ik zei", "I told him", "I said"), the going on is one
person's act closing its clause ("hij ging gewoon door.", "he didn't stop.", "he kept
going"), at most two sentences later. Not "I said no to the party. He kept asking": the
going on must end its clause. The pictures need a word that they were private and a word
that they were spread, and a word that it was without consent."""

from __future__ import annotations

from dataclasses import replace

from steunwijzer.core.findings import Finding, Recognition
from steunwijzer.core.lazyre import lazy_compile

_THEME = "sexual_violence"
_END = r"\s*(?:[.!?,;\n]|$)"
_SENTENCE = r"[^.!?\n]{0,160}[.!?\n]+\s*"
_NO_THEN_ON = lazy_compile(
    r"(?i)\b(?:ik\s+zei|ik\s+zeg|zei\s+ik|i\s+said|i\s+told\s+(?:him|her|them)|i\s+kept\s+saying"
    r"|ik\s+bleef\s+(?:nee\s+)?zeggen)\b[^.!?\n]{0,12}?\b(?:nee|no|stop|niet)\b"
    rf"(?:{_SENTENCE}){{0,2}}?[^.!?\n]{{0,40}}?\b(?:hij|zij|ze|he|she|they)\s+"
    r"(?:ging\s+(?:gewoon\s+|toch\s+|alsnog\s+)*door|gingen\s+(?:gewoon\s+|toch\s+)*door"
    r"|deed\s+het\s+(?:gewoon\s+)?toch|stopte\s+niet|hield\s+niet\s+op|bleef\s+doorgaan"
    r"|(?:just\s+)?kept\s+going|(?:just\s+)?went\s+on|did\s+it\s+anyway|didn'?t\s+stop"
    r"|did\s+not\s+stop|wouldn'?t\s+stop|would\s+not\s+stop|carried\s+on"
    # "Hij luisterde niet.", "He kept going anyway." (an outsider's sentences, reviewing
    # round 67)
    r"|luisterde\s+niet|didn'?t\s+listen|did\s+not\s+listen|wouldn'?t\s+listen)"
    r"(?:\s+(?:anyway|toch|gewoon|alsnog))?" + _END
)
_PRIVATE = lazy_compile(
    r"(?i)\b(?:naakt[\w']*|nude\w*|naked|intimate|private|privé|pikante|sexy|seksuele|sexual"
    r"|in\s+(?:my|mijn)\s+(?:underwear|ondergoed|lingerie))\b"
)
_PICTURES = r"(?:foto'?s?|fotos|pictures?|pics?|photos?|beelden|video'?s?|filmpjes?|images?)"
_SPREAD = lazy_compile(
    r"(?i)\b(?:posted|shared|sent\s+them|put\s+them|leaked|spread|going\s+round|going\s+around"
    r"|in\s+a\s+group\s*chat|groupchat|groepsapp|groepschat|gedeeld|doorgestuurd|verspreid"
    r"|gelekt|online\s+gezet|rondgestuurd|gaan\s+rond|gaan\s+de\s+ronde|op\s+internet)\b"
)
_WITHOUT = lazy_compile(
    r"(?i)\b(?:never\s+agreed|didn'?t\s+agree|did\s+not\s+agree|without\s+(?:my\s+)?"
    r"(?:permission|consent|asking)|nooit\s+(?:mee\s+)?ingestemd|zonder\s+(?:mijn\s+)?"
    r"(?:toestemming|te\s+vragen)|niet\s+mee\s+eens|nooit\s+goedgekeurd|never\s+said\s+(?:yes|ok)"
    r"|promised\s+to\s+delete|beloofde\s+(?:ze\s+|het\s+)?te\s+verwijderen"
    r"|only\s+for\s+(?:him|her)|alleen\s+voor\s+(?:hem|haar))"
)


def consent_across(found: Recognition, text: str) -> Recognition:
    """``found`` with sexual violence where a refusal and a going-on, or private pictures
    spread without consent, are told in sentences of their own."""
    if any(f.theme == _THEME for f in found.findings) or len(text) > 4000:
        return found
    said = _NO_THEN_ON.search(text)
    span = (said.start(), said.end()) if said else _pictures_spread(text)
    if span is None:
        return found
    why = (
        "a no, then one who went on, across a sentence end"
        if said
        else "private pictures spread without consent, across sentences"
    )
    start, end = span
    finding = Finding(_THEME, text[start:end].strip(), start, end, why, "built-in")
    return replace(found, findings=(*found.findings, finding))


_PICTURE = lazy_compile(rf"(?i)\b{_PICTURES}\b")


def _pictures_spread(text: str) -> tuple[int, int] | None:
    """From the private pictures to the word that they were spread, when the text also
    says it was without consent."""
    private = _PRIVATE.search(text)
    if private is None or not _WITHOUT.search(text):
        return None
    # a compound names the pictures itself: "naaktfoto's", "nudepics"
    whole = _COMPOUND.search(private.group()) is not None
    near = (
        private
        if whole
        else _PICTURE.search(text, max(0, private.start() - 40), private.end() + 60)
    )
    if near is None:
        return None
    spread = _SPREAD.search(text, near.end())
    if spread is None or spread.start() - near.end() > 300:
        return None
    return min(private.start(), near.start()), spread.end()


_COMPOUND = lazy_compile(r"(?i)(?:foto|beeld|video|film|pic|photo)")
