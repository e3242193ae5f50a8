"""Put out of a programme, not out of a home: "zij willen mij eruit gooien" about the
binding study advice was an unsafe situation, with Veilig Thuis and 112 first and the
police as the next step, for a student facing expulsion (a role-play, round 67).

Where the words that put the student out ("eruit gooien", "kicked out") lie inside a
finding of dropout risk (a study word beside them: the BSA, the programme, the exam
board), the unsafe reading of the same words is set aside as a mention. Only the same
words: "mijn ouders gooien me eruit. ik haal mijn bsa ook niet" keeps both."""

from __future__ import annotations

from dataclasses import replace

from steunwijzer.core.findings import Finding, Recognition
from steunwijzer.core.lazyre import lazy_compile

_OUT = lazy_compile(r"(?i)\b(?:eruit|kicked\s+out|thrown\s+out|kick\s+me\s+out|throw\s+me\s+out)")


# Who puts one out of a home: "mijn ouders gooien me eruit als ik stop met de opleiding"
# is a home lost, whatever the programme beside it.
_HOME = lazy_compile(
    r"(?i)\b(?:ouders?|vader|moeder|pa|ma|stiefvader|stiefmoeder|huisbaas|verhuurder|partner"
    r"|vriend|vriendje|man|broer|oom|tante|familie|thuis|huis|kamer|parents?|dad|mum|mom"
    r"|father|mother|stepdad|stepmother|landlord|boyfriend|husband|brother|uncle|family"
    r"|home|house|room|flat)\b"
)


def _sentence_of(text: str, at: int) -> str:
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, at) for mark in ".!?\n") if i >= 0]
    return text[start : min(ends, default=len(text))]


def put_out_of_programme(found: Recognition, text: str) -> Recognition:
    """``found`` without an unsafe finding whose words put the student out of the
    programme a dropout finding names."""
    dropout = [f for f in found.findings if f.theme == "dropout_risk"]
    if not dropout:
        return found
    kept: list[Finding] = []
    aside: list[Finding] = []
    for f in found.findings:
        inside = any(d.start <= f.end and f.start <= d.end for d in dropout)
        if (
            f.theme == "unsafe_situation"
            and inside
            and _OUT.search(f.words)
            and not _HOME.search(_sentence_of(text, f.start))
        ):
            aside.append(replace(f, set_aside="framed", cue="a programme, not a home"))
        else:
            kept.append(f)
    if not aside:
        return found
    mentions = (*found.mentions, *(a for a in aside if a.theme not in {k.theme for k in kept}))
    return replace(found, findings=tuple(kept), mentions=mentions)
