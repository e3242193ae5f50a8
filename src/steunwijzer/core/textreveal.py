"""What a text says about its own words, against how they first read:
- asking for a friend who turns out to be oneself: "asking for a friend how do u clean
  cuts so they dont get infected. the friend is me", "hypothetisch: als iemand een eind
  aan zn leven wil maken ... ik bedoel mezelf denk ik" (an anonymous question box, set88,
  round 27), "asking for myself honestly" (round 31): the student's own, not concern for
  someone else;
- a study frame said not to be it: "Niet voor het tentamen, voor mezelf." (round 31);
- wounds explained away to someone (a cover story, round 30);
- an accident in scare quotes: "gebrand met de aansteker, 'per ongeluk' natuurlijk"
  (round 55): the quotes say it was none; nor an "accident" that happens more and more.
Used by core/recognise.py and core/matchchecks.py."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.lazyre import lazy_compile

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding
    from steunwijzer.core.textcontext import Tokens

# Said of oneself after a friend, a "someone" or a hypothesis; not "I mean, my friend".
_REVEALED = lazy_compile(
    r"(?i)(?:\b(?:it'?s|its|it is|this is)(?: really| actually)? not (?:really )?(?:for|about)"
    r" (?:a|my) friend"
    r"|\b(?:the|my|that|this) friend (?:is|=|being) (?:me|myself)\b"
    r"|\bfriend,? (?:aka|a\.k\.a\.?|also known as|=) (?:me|myself)\b"
    r"|\b(?:ok(?:ay|e)?,? )?(?:i mean|i meant) (?:me|myself)\b"
    r"|\b(?:ik bedoel|bedoel ik|ik bedoelde) (?:mezelf|mijzelf|mij|ik zelf)\b"
    r"|\b(?:die|de) (?:vriend|vriendin|iemand) ben ik(?: zelf)?\b"
    r"|\bhet gaat (?:eigenlijk |gewoon )?(?:om|over) (?:mij|mezelf|mijzelf)\b"
    r"|\b(?:het is|is) (?:eigenlijk |gewoon )?niet voor een vriend(?:in)?\b"
    r"|\bit'?s (?:actually |really )?(?:about )?me\b[^a-z]*$"
    # "...ok, it's me. I did it again last night." (a blind set, round 51): said as a
    # sentence of its own, with more after it
    r"|(?:\.\.\.|…|\bok(?:ay|e)?,?|\bfine,?|\balright,?|\bhonestly,?|\blol,?) ?"
    r"it'?s (?:actually |really )?me\s*[.!…]"
    r"|\b(?:ok(?:é|e)?,? )?ik ben het (?:zelf|eigenlijk zelf|gewoon zelf)\b"
    r"|\b(?:it|this) is (?:actually |really )?about me\b"
    # "asking for myself honestly", "Asking because it's me", "vraag voor mezelf" (an
    # outsiders' set of health students, round 31)
    # ("not asking for myself but for a roommate" is someone else's)
    r"|(?<!not )(?<!n't )(?<!n’t )\basking for (?:myself|me(?: honestly| tbh| actually)?[^a-z]*$)"
    r"|\b(?:asking|ask|i ask) (?:because|cause|cos|coz|bc) (?:it'?s|it is) me\b"
    r"|\bik vraag (?:het )?(?:eigenlijk |gewoon )?voor (?:mezelf|mijzelf)\b"
    # "She's me. I'm the friend.", "ok het is niet mijn vriendin", "Hij (ik dus)", "een
    # 'vriendin' van me" (a blind set of messages for a friend, round 54)
    r"|\b(?:she|he|they)(?:'?s| is|'?re| are) (?:actually |really )?me\s*(?:[.!…,]|$)"
    r"|\b(?:i'?m|i am) (?:actually |really )?the friend\b"
    r"|\bhet is (?:eigenlijk |gewoon )?niet (?:mijn|een|m'n|mn) vriend(?:in)?\b"
    r"|\((?:ik dus|dus ik|i\.?e\.? me|aka me|dat ben ik|that'?s me|me dus|lees: ik|read: me)\)"
    r"|(?:\b(?:een|a) )['\"‘“](?:vriend|vriendin|friend)['\"’”] (?:van (?:me|mij)|of mine)\b)"
)
# A study frame said not to be it: "Niet voor het tentamen, voor mezelf.", "Not for the
# essay." (an outsiders' set of health students, round 31): what was framed as coursework
# is the student's own.
_NOT_FOR_STUDY = lazy_compile(
    r"(?i)\b(?:not|niet|nee,? niet) (?:for|voor) (?:(?:the|my|an?|het|de|mijn|m'n|mn|een) "
    r"(?:\w+ )?)?(?:essay|paper|exam|assignment|thesis|course|class|module|research|report|"
    r"tentamen|toets|opdracht|scriptie|werkstuk|vak|college|onderzoek|verslag|stage|work|"
    r"werk|job|school)\b"
    # "asking for my pharmacology assignment... ok not really" (set101)
    r"|\b(?:for|voor) (?:my|mijn) (?:\w+ )?(?:assignment|essay|paper|exam|opdracht|tentamen|"
    r"werkstuk|verslag)\W+(?:ok(?:ay|e)?|nou|well|eigenlijk)?\W*(?:not really|niet echt)\b"
    # a song or a book said to be how one feels ("songs about wanting to die because
    # that's how I feel"; round 32): the frame is the student's own voice
    r"|\b(?:that'?s|that is|thats) (?:exactly |just |also )?how i (?:feel|felt)\b"
    r"|\bi feel (?:exactly )?(?:the same|that way|like that)(?: way)?(?: too| myself)?"
    r"\s*(?:[.!?,]|$)"
    r"|\bzo voel ik me (?:ook|precies|zelf ook|nu ook)\b|\b(?:precies|ook) hoe ik me voel\b"
    r"|\bdat voel ik (?:zelf )?ook\b"
)


def revealed(text: str) -> bool:
    """Whether the text says that the friend or "someone" it speaks of is the writer."""
    return _REVEALED.search(text) is not None


def not_for_study(text: str) -> bool:
    """Whether the text says its study frame is not what it is for."""
    return _NOT_FOR_STUDY.search(text) is not None


def unframed(found: Finding) -> Finding:
    """A risk set aside as a study topic, as the student's own."""
    if found.set_aside != "framed" or found.theme not in lexicon.RISK_TO_LIFE:
        return found
    return replace(found, set_aside=None, cue=None)


# A streak told with a "not ... since" and broken after it: "I hadn't cut since march ...
# but last night I did it again", "ik had sinds de zomer niet meer gesneden, maar gisteren
# deed ik het weer" (a blind set of things that stopped or go on, round 59). Only an act
# told again: not "... and I won't do it again", nor "nu ga ik weer naar college".
_SINCE = lazy_compile(r"(?i)\b(?:since|sinds|for|in|al|clean)\b")
_BROKEN = lazy_compile(
    r"(?i)\b(?:did it|done it|happened|cut|burned|scratched|hurt myself)\b[^.!?]{0,12}"
    r"\bagain\b|\brelapsed\b|\bteruggevallen\b|\b(?:deed ik het|heb ik het|het toch)\b"
    r"[^.!?]{0,12}\b(?:weer|opnieuw)\b|\bweer (?:gedaan|gesneden|gekrast|gebrand)\b"
)


def broken_streak(text: str, start: int, end: int) -> bool:
    """A harm denied as a streak ("not ... since") and then told broken after it: on;
    or denied and taken back at once ("ik wil niet dood, maar soms wel")."""
    since = _SINCE.search(text, max(0, start - 40), end + 20)
    if since is not None and _BROKEN.search(text, since.end()) is not None:
        return True
    return _TAKEN_BACK.match(text, end) is not None


# A denial taken back in the same sentence, bare: "niet dat ik dood wil, maar soms wel",
# "I don't want to die, but sometimes I do" were nothing recognised (a hostile round,
# round 64). Not "maar wel beter plannen", "but I do want to plan better": something else.
_TAKEN_BACK = lazy_compile(
    r"(?i)[^.!?]{0,12}?\b(?:maar|alleen|hoewel|but|though)\s+(?:\w+\s+){0,2}?"
    r"(?:wel|toch|i (?:do|did|am|have)|i sometimes do)\s*(?:[.,!?;:)]|$)"
)


# Wounds explained away to someone: "I told my roommate the cuts were from my cat. I
# don't have a cat." The cat is the excuse a self-harm family looks for, not a scratch
# that happened (an outsiders' set of euphemisms, round 30).
_WOUNDS = frozenset(
    ("cuts", "scratches", "scars", "marks", "wounds", "krassen", "sneetjes", "wondjes",
     "littekens", "schrammen", "snijwonden", "wonden", "plekken", "brandplekken", "brandwonden",
     "burns")
)  # fmt: skip
# Arms hidden are wounds too: "je kan je armen prima onder lange mouwen verstoppen in juni
# als je zegt dat je het koud hebt" (a blind set of dark humour, round 55); not pills hidden.
_HIDDEN = frozenset(("verstoppen", "verstop", "verstopt", "verbergen", "verberg", "verbergt",
                     "hide", "hiding", "hides"))  # fmt: skip
_LIMBS = frozenset(("armen", "arm", "polsen", "benen", "dijen", "arms", "wrists", "legs", "thighs"))
_TOLD = frozenset(
    ("told", "tell", "tells", "telling", "lied", "lie", "lying", "pretend", "pretended",
     "zeg", "zegt", "zei", "zeggen", "gezegd", "say", "says", "vertel", "vertelde", "verteld",
     "gelogen", "lieg", "wijsgemaakt", "smoesje", "excuse")
)  # fmt: skip


def cover_story(tokens: Tokens, start: int, end: int) -> bool:
    """Wounds in the figure, and the sentence (or the next: "... van de strijkbout. Op
    stage zeg ik dat het van de vaatwasser komt."; set101, round 31) tells someone
    where they came from."""
    words, sentence = tokens.words, tokens.sentence
    figure, limbs = words[start : end + 1], words[max(0, start - 4) : end + 1]
    if _WOUNDS.isdisjoint(figure) and (_HIDDEN.isdisjoint(figure) or _LIMBS.isdisjoint(limbs)):
        return False
    if any(w in _TOLD and sentence[j] == sentence[start] for j, w in enumerate(words)):
        return True
    # the next sentence: the student says what "it" was ("zeg ik dat het", "I tell
    # everyone it was"); not "Mijn baas zei dat ik beter moet opletten"
    said = [j for j, w in enumerate(words) if sentence[j] == sentence[end] + 1]
    told = [j for j in said if words[j] in _TOLD]
    return (
        bool(told)
        and any(words[j] in ("ik", "i") for j in said)
        and any(words[j] in ("het", "it", "it's", "its") for j in said if j > told[0])
    )


# A word or an expression asked about: "What does 'I'm dead' mean in texting?", "Hoe
# spreek je 'automutilatie' uit?", "the correct clinical term for self-harm", "what does
# it mean when someone says 'I could murder a pizza'" (students who read literally,
# set105, round 32). Only what stands in the quotes, or right after "term for", is a
# topic: "what does it mean if I keep thinking I want to die" asks no word.
_WORD_ASKED = lazy_compile(
    r"(?i)(?:\bwhat does|\bwat betekent|\bhoe spreek je|\bhow do (?:you|i|we) pronounce"
    r"|\b(?:the|de|het|dat|this|that) (?:word|term|woord|uitdrukking|expression|phrase)"
    r"|\bwhen (?:someone|somebody|people|you|he|she|they) says?"
    r"|\bwat (?:wordt|bedoelt \w+) (?:er )?(?:bedoeld )?met)\s+[\"'\u2018\u201c]"
    r"(?P<said>[^\"'\u2019\u201d\n]{1,60})[\"'\u2019\u201d]"
    r"|\b(?:correct|right|proper|juiste|goede)(?: clinical| medical| klinische| medische)?"
    r" (?:term|word|woord) (?:for|voor)\s+(?P<term>[\w-]+(?:\s[\w-]+)?)"
)


_NO_QUOTE = frozenset("'\"\u2018\u201c")
# A manner of speaking of one's own, quoted with when it is said: "ik zeg altijd 'ik spring
# zo van de Erasmusbrug' als ik een tentamen verpest heb", "ik zeg alleen 'ik wil dood' als
# de koffieautomaat weer stuk is" (a blind set of irony, round 55). Not when it is meant.
_SAID_WHEN = lazy_compile(
    r"(?i)\b(?:(?:ik|i|we|wij)(?: \w+){0,2}? (?:zeg|say|zeggen|roep)|zeg ik|zeggen we|roep ik)"
    r"(?: \w+){0,2}? "
    r"[\"'\u2018\u201c](?P<said>[^\n]{1,60}?)[\"'\u2019\u201d],? "
    r"(?:als|wanneer|when|whenever|every time|elke keer|iedere keer|each time)\b"
)
_MEANT = lazy_compile(r"(?i)\b(?:mean it|meant it|meen het|meen ik|not joking|geen grap)")


def words_asked_about(findings: list[Finding], text: str) -> list[Finding]:
    """Findings inside a word or expression asked about, set aside as a topic."""
    if not findings or (_NO_QUOTE.isdisjoint(text) and "term" not in text and "oord" not in text):
        return findings  # most texts: no quote, no "term", no "woord"/"word"
    spans = [
        m.span("said") if m.group("said") is not None else m.span("term")
        for m in _WORD_ASKED.finditer(text)
    ]
    if _MEANT.search(text) is None:
        spans += [m.span("said") for m in _SAID_WHEN.finditer(text)]
    if not spans:
        return findings
    return [
        replace(f, set_aside="framed", cue="a word asked about")
        if f.set_aside is None and any(a - 1 <= f.start and f.end <= b + 1 for a, b in spans)
        else f
        for f in findings
    ]


# The accident of a figure, in quotes: "ik heb mezelf weer gebrand met de aansteker, 'per
# ongeluk' natuurlijk" (a blind set of irony and dark humour, round 55) was set aside as
# a kitchen accident. Quoted, the word says the opposite.
_QUOTED_ACCIDENT = lazy_compile(
    r"(?i)[\"'\u2018\u201c](?:per ongeluk|per ongelukje|een ongelukje|een ongeluk"
    r"|accidentally|by accident|an accident|accident)[.!]?[\"'\u2019\u201d]"
)


def no_accident(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """Whether a figure's accident is said not to be one: in quotes in its words or the
    six after them ("burned myself on the iron again, 'accidentally' of course"), or a
    burn or cut of oneself that happens more and more often (its sentence or the next:
    "I burn myself with the soldering iron ... it's happening more and more often", a
    blind set of art and music students, round 55)."""
    return _scare_quoted(text, tokens, start, end) or _more_often(tokens, start, end)


_OWN_WOUND = frozenset(
    ("burn", "burned", "burnt", "burning", "cut", "cutting", "scratch", "scratched", "brand",
     "gebrand", "verbrand", "snij", "sneed", "gesneden", "kras", "krast", "gekrast")
)  # fmt: skip
# (not "more often" alone: "I burn myself cooking more often than I'd like")
_MORE_OFTEN = (("more", "and", "more"), ("steeds", "vaker"), ("vaker", "en", "vaker"),
               ("keeps", "happening"), ("blijft", "gebeuren"))  # fmt: skip


def _more_often(tokens: Tokens, start: int, end: int) -> bool:
    words, sentence = tokens.words, tokens.sentence
    if _OWN_WOUND.isdisjoint(words[start : end + 1]):
        return False
    near = [w for j, w in enumerate(words) if sentence[end] <= sentence[j] <= sentence[end] + 1]
    return any(
        tuple(near[i : i + len(seq)]) == seq for seq in _MORE_OFTEN for i in range(len(near))
    )


def _scare_quoted(text: str, tokens: Tokens, start: int, end: int) -> bool:
    low = max(0, tokens.starts[start] - 1)
    last = min(tokens.n - 1, end + 6)
    while tokens.sentence[last] != tokens.sentence[end]:
        last -= 1
    high = min(len(text), tokens.ends[last] + 2)
    if _QUOTED_ACCIDENT.search(text, low, high) is not None:
        return True
    # or the words that open the next sentence: "cut myself again. 'accident' lol"
    if last + 1 >= tokens.n or tokens.sentence[last + 1] != tokens.sentence[end] + 1:
        return False
    opening = min(tokens.n - 1, last + 3)
    high = min(len(text), tokens.ends[opening] + 2)
    return _QUOTED_ACCIDENT.search(text, tokens.ends[last], high) is not None
