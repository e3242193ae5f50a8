"""A study or work frame, fiction and media: a finding made a topic ("mijn scriptie gaat
over zelfmoord", "in the novel the hero takes his own life"); used by core/findings.py."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core import lexicon_frames as frames
from steunwijzer.core.textcontext import SUBJECTS
from steunwijzer.core.textpurpose import for_study
from steunwijzer.core.textscene import (
    among_group,
    media_lead,
    own_clause_after,
    person_not_topic,
    work_scene,
)

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

_RISK_AFTER = frames.FRAME_AFTER_RISK
_FRAME_PART = re.compile("|".join(map(re.escape, frames.FRAME_PARTS)))
_WITH = frozenset(("with", "met"))


def frame(
    tokens: Tokens, start: int, end: int, used: tuple[int, ...], acute: bool = False
) -> str | None:
    """The words that frame a finding as a topic, or None. ``acute``: a course's title
    ("the elective 'Death and Dying'") frames an acute finding; for the others it is
    what the student asks for ("een cursus timemanagement")."""
    words, strong = tokens.words, tokens.strong
    if _own_turn(tokens, end):
        return None
    if start > 0 and words[start - 1] in frames.FRAME_BEFORE:
        return words[start - 1]  # "assisted suicide": a legal term
    for j in used:
        part = _FRAME_PART.search(words[j])
        if part and part.start() > 0:  # a compound ("zelfmoordpreventie"), not "researching"
            return words[j]
    if (
        end + 1 < tokens.n
        and (words[end + 1] in frames.FRAME_AFTER or (acute and words[end + 1] in _RISK_AFTER))
        and tokens.sentence[end + 1] == tokens.sentence[end]
    ):
        # In its own sentence only: "ik wil dood. Preventie is het thema van mijn stage"
        # and a refused `--theme preventie --text "ik wil dood"` lost the wish (a
        # hostile round, round 21).
        return words[end + 1]
    if _in_course(tokens, start, end):  # "zelfbeschadiging in het vak psychologie" (r27)
        return " ".join(words[end + 1 : end + 4])
    sentence = tokens.sentence[start]
    # A game, same sentence; only for acute findings: "ik ga steeds dood in Fortnite maar
    # ik game elke nacht tot 4 uur" is still gaming too much (round 25).
    for j in range(max(0, start - 40), min(tokens.n, end + 40)) if acute else ():
        # (not the finding's own words: "no respawn for me this time", set104)
        if words[j] in lexicon.GAME_WORDS and tokens.sentence[j] == sentence and j not in used:
            return words[j]
        if words[j] == "boss" and j + 1 < tokens.n and words[j + 1] == "fight":
            return "boss fight"
    for j in range(max(0, start - 5), start) if acute else ():  # a course's title
        if _titled(tokens, j, start, end):
            return words[j]
    course = _course_after(tokens, start, end) if acute else None
    if course is not None:
        return course
    topic = strong[start]  # "a documentary about cults and honour killings": one list
    begins = start
    while begins > 0 and strong[begins - 1] == topic:
        begins -= 1
    if begins > 0 and _listed_topic(tokens, begins, start, end):
        topic = strong[begins - 1]
    for j in range(start - 1, max(-1, start - 40), -1):  # fiction and media, same sentence
        if tokens.sentence[j] != tokens.sentence[start]:
            break
        if words[j] in frames.FICTION_WORDS and not (acute and own_clause_after(words, j, start)):
            return words[j]
        if (
            words[j] in frames.MEDIA_WORDS
            and j > 0
            and media_lead(words, j)
            and strong[j] in (strong[start], topic)
            and not _posted(words, j)
            and not _own_after(words, j, start, end)
        ):
            return f"{words[j - 1]} {words[j]}"
    if among_group(tokens, end, acute):
        return f"{words[end + 1]} {words[end + 2]}"  # "self-harm among teenagers"
    for j in range(max(1, start - 3), start):  # "analyse a case of sexual assault"
        if words[j] in _OF and words[j - 1] in _CASES:
            return f"{words[j - 1]} {words[j]}"
        # "iemand die met slachtoffers van stalking werkt" (set86, round 27); not "we
        # zijn slachtoffers van ...": the student among them
        if (
            words[j] in _OF
            and words[j - 1] in _VICTIMS
            and _WE.isdisjoint(words[max(0, j - 4) : j])
        ):
            return f"{words[j - 1]} {words[j]}"
        # "the treatment of an opioid overdose"; not "treatment for my self-harm"
        if (
            words[j] in _OF_FOR
            and words[j - 1] in frames.CLINICAL_WORDS
            and _MY.isdisjoint(words[j + 1 : start])
        ):
            return f"{words[j - 1]} {words[j]}"
    for j in range(max(1, start - 2), start):  # "people with suicidal thoughts"
        if words[j] in _WITH and words[j - 1] in frames.GROUP_WORDS:
            return f"{words[j - 1]} {words[j]}"
    scene = work_scene(tokens, start, end)
    if scene is not None:
        return scene
    link = -1
    current = strong[start]
    for j in range(start - 1, max(-1, start - frames.FRAME_REACH - 1), -1):
        if strong[j] != current:
            if not _listed_topic(tokens, j + 1, start, end) or current != strong[start]:
                break
            current = strong[j]  # "an essay on grief and suicide": one list, one frame
        if words[j] in frames.FRAME_LINKS and link < 0 and not _walks_around(words, j):
            link = j
        elif words[j] in frames.FRAME_WORDS and link > j:
            if _posted(words, j) or person_not_topic(words, j, link):  # "about my son" (r61)
                return None  # "posting dark stuff on her story about not wanting to be here"
            after_link = link + 2 if words[link] in frames.DOING_LINKS else link + 1
            if not lexicon.SELF_SUBJECTS.isdisjoint(words[after_link:start]) or (
                acute and own_clause_after(words, link, end + 1)  # "... and I'd need" (r59)
            ):
                return None  # "an essay on how I want to die": the student, not a topic
            if words[link - 1] in _THINKING and not lexicon.SELF_SUBJECTS.isdisjoint(
                words[j + 1 : link]
            ):
                return None  # "since that documentary I keep thinking about killing myself" (r54)
            if not frames.TALKING.isdisjoint(words[j + 1 : link]):
                return None  # "a girl in my seminar group talks about ending her life"
            if not acute and _asked_for(tokens, j):
                return None  # "is er een training over faalangst": asked for (r27)
            return f"{words[j]} … {words[link]}"
    purpose = for_study(tokens, start, end) if acute else None
    return purpose or role_text(tokens, start, end, acute)


# A thought of one's own after a frame word: the "about" is the student's ("I can't stop
# thinking about ..."), not the documentary's.
_THINKING = frozenset(
    ("thinking", "think", "thought", "dreaming", "dream", "fantasising", "fantasizing",
     "obsessing", "denk", "denken", "dacht", "pieker", "piekeren", "fantaseer", "droom")
)  # fmt: skip
# "rond" after walking or carrying is no "about": "op stage loop ik rond met een
# scheermesje in mijn zak" was a topic of the placement (round 29).
_WALK = frozenset(
    ("loop", "loopt", "liep", "liepen", "lopen", "draag", "draagt", "dwaal", "dwaalt",
     "fiets", "fietst", "fietste", "rijd", "rijdt", "reed")
)  # fmt: skip


def _walks_around(words: list[str], j: int) -> bool:
    """ "loop ik rond", "loop hier op stage rond": a separable verb, its part far after;
    and a way walked ("op stage loop ik elke dag over de spoorbrug": set101, round 31)."""
    return words[j] in ("rond", "over") and not _WALK.isdisjoint(words[max(0, j - 6) : j])


def _in_course(tokens: Tokens, start: int, end: int) -> bool:
    """ "in het vak", "in the course" right after the finding, with no "ik" before it in
    its sentence: not "ik heb zelfmoordgedachten in het vak statistiek"."""
    after = tokens.words[end + 1 : end + 4]
    if after[:1] != ["in"] or _IN_COURSE.isdisjoint(after[1:]):
        return False
    first = start
    while first > 0 and tokens.sentence[first - 1] == tokens.sentence[start]:
        first -= 1
    return _OWN.isdisjoint(tokens.words[first:start])


def _asked_for(tokens: Tokens, j: int) -> bool:
    """An offering's kind at ``j`` ("training", "workshop") asked for before it, that
    nobody in the sentence gives, organises, writes or has had: what the student asks to
    take part in."""
    if tokens.words[j] not in frames.OFFERED_WORDS:
        return False
    first = j
    while first > 0 and tokens.sentence[first - 1] == tokens.sentence[j]:
        first -= 1
    last = j
    while last + 1 < tokens.n and tokens.sentence[last + 1] == tokens.sentence[j]:
        last += 1
    sentence = tokens.words[first : last + 1]
    return (
        not frames.ASKING_WORDS.isdisjoint(tokens.words[first:j])
        and frames.GIVING_WORDS.isdisjoint(sentence)
        and frames.HAD_WORDS.isdisjoint(sentence)
    )


_THINK = frozenset(
    ("denk", "dacht", "denken", "voel", "voelde", "speel", "speelde", "gedachten", "gedachte")
)
# A realisation about oneself after a lecture's topic (set66: "criminology class on rape
# myths and i finally understood that what happened at that party was rape")
_REALISED = frozenset(
    ("besefte", "besef", "beseft", "realised", "realized", "realise", "realize",
     "understood", "drong", "herkende", "herken", "recognised", "recognized", "snapte")
)  # fmt: skip
# ... with the student as the one it happened to, not only the one who realised: "tijdens
# het college over zelfmoord besefte ik hoe belangrijk preventie is" stays a topic
_ME = frozenset(("me", "mij", "my", "mijn", "mn", "m'n", "myself", "mezelf"))


def _own_turn(tokens: Tokens, end: int) -> bool:
    """After the finding, in its sentence, the student says it of themselves too: "sinds
    de les over suïcidemethodes denk ik er zelf ook steeds aan", "... and now I think
    about it for myself too" (an outsiders' set of study fields, round 22)."""
    rest = set(_after_in_sentence(tokens, end))
    if not rest:
        return False
    if not frames.OWN_TURN_ALONE.isdisjoint(rest):
        return True
    if "zelf" in rest and "ik" in rest and not _THINK.isdisjoint(rest):
        return True  # "... en sindsdien denk ik er zelf aan", without an "ook" (round 30)
    if not _REALISED.isdisjoint(rest) and not _ME.isdisjoint(rest):
        return True  # "... and I finally understood that what happened to me was rape"
    if frames.OWN_TURN_TOO.isdisjoint(rest):
        return False
    return ("zelf" in rest and "ik" in rest) or "me" in rest


def role_text(tokens: Tokens, start: int, end: int, acute: bool) -> str | None:
    """The name of a risk as a topic ("suicide", "huiselijk geweld", "self-harm") in a
    text whose first sentences say what the student does there (a thesis, a placement,
    an essay), in a sentence where the student is not the subject and does not own
    anything: "ik ben coassistent op de SEH ... na een suïcidepoging", "a corpus of
    forensic texts, including suicide notes". Never what happened to someone ("betast",
    "overleden", "an overdose") and never thoughts ("sinds kort suïcidale gedachten")."""
    words = tokens.words
    if not acute or not all(w.startswith(frames.TOPIC_STEMS) for w in words[start : end + 1]):
        return None
    sentence = tokens.sentence[start]
    near = [
        w
        for j, w in enumerate(words[: end + 4])
        if j >= start - 5 and tokens.sentence[j] == sentence
    ]
    if not _bare(near) or not frames.THOUGHT_WORDS.isdisjoint(words[start : end + 3]):
        return None
    rest = _after_in_sentence(tokens, end)
    if not lexicon.SELF_WORDS.isdisjoint(rest) or not _MY.isdisjoint(rest):
        return None  # "... and now suicide feels like an option for me too"
    # sentence numbers rise with the words: the first three sentences are a prefix
    pairs = zip(words, tokens.sentence, strict=True)
    opening = [w for w, _ in itertools.takewhile(lambda pair: pair[1] <= 2, pairs)]
    return next((w for w in opening if w in frames.ROLE_WORDS), None)


def _after_in_sentence(tokens: Tokens, end: int) -> list[str]:
    """The words after ``end`` in its sentence; the scan stops at its end (a long text
    cost words x findings; a hostile round, round 42, F4)."""
    sentence, own = tokens.sentence, tokens.sentence[end]
    stop = end + 1
    while stop < tokens.n and sentence[stop] == own:
        stop += 1
    return tokens.words[end + 1 : stop]


_OF = frozenset(("of", "van"))
# ... and a count of them: "the number of student suicides per year" (set93, round 29)
_CASES = frozenset(("case", "cases", "casus", "casussen", "number", "numbers", "aantal"))
_VICTIMS = frozenset(("slachtoffers", "victims", "survivors", "overlevenden"))
_WE = frozenset(("we", "wij", "us", "ons", "ik", "i", "me", "mij", "mezelf", "myself"))
_OWN = frozenset(("ik", "i", "mijn", "m'n", "mn", "my", "me", "mij", "mezelf", "myself"))
_IN_COURSE = frozenset(("vak", "keuzevak", "module", "minor", "cursus", "course", "elective"))
_OF_FOR = frozenset(("of", "van", "for", "voor", "bij"))


def _own_after(words: list[str], j: int, start: int, end: int) -> bool:
    """True when the student speaks after the media word, and the finding names nobody
    else: "I play a video game every night so I don't think about killing myself" and
    "als ik een game verlies snij ik in mn arm" (the "ik" after the verb: round 34)."""
    if lexicon.SELF_SUBJECTS.isdisjoint(words[j + 1 : end + 1]):
        return False
    return lexicon.OTHER_WORDS.isdisjoint(words[start : end + 1])


_LIST_AND = frozenset(("en", "and"))
_MY = frozenset(("mijn", "m'n", "mn", "my", "mine"))


def _listed_topic(tokens: Tokens, at: int, start: int, end: int) -> bool:
    """True when the clause break at ``at`` is an "en"/"and" that joins two topics of one
    list ("een essay over rouw en zelfmoord"), not a new clause about the student ("...
    en ik wil dood", "... en wil dood", "... and my suicidal thoughts"): the finding is
    one word, a topic, or two or three with no subject or verb of the student's."""
    words = tokens.words
    if words[at] not in _LIST_AND or at + 1 > start or end - start > 2:
        return False
    # Two or three words ("honour killings") when none is a subject or a verb of one's
    # own: "... en wil dood" and "... and want to die" speak of the student.
    said = words[at + 1 : end + 1] if start != end else words[at + 1 : at + 2]
    return not any(
        w in SUBJECTS or w in lexicon.SELF_WORDS or w in _MY or (start != end and w in _OWN_VERBS)
        for w in said
    )


# Someone of a course, not its title: "a guy from my course", "iemand uit mijn werkgroep".
_FROM_MY = lexicon.word_set("my mijn m'n mn our onze ons from van uit his her zijn haar")
# An act done to someone just after the words: never a course's title.
_DONE_TO = [[w] for w in ("me", "mij", "her", "him", "haar", "hem", "us", "ons", "them")]


# The first of two topics in a title is one of these too: not "het vak statistiek en
# zelfbeschadiging", a course and the student's own harm (round 50's review).
_TOPICS = (
    "zelfmoord", "suic", "suïc", "dood", "death", "dying", "sterv", "rouw", "grief", "verlies",
    "loss",
)  # fmt: skip
_COPULAS = lexicon.word_set("is was were are zijn waren werd wordt ging gaat went goes")


def _titled(tokens: Tokens, j: int, start: int, end: int) -> bool:
    """A course's title at j, before the finding ("the elective 'Death and Dying'"), or
    of two topics ("het keuzevak 'Suïcidepreventie en zelfbeschadiging'", r49). Not one
    of a course ("a guy from my course raped me"), an act done to someone (r41), nor the
    student's words after it ("statistiek en zelfmoordgedachten heb ik ook", r50)."""
    words = tokens.words
    if (
        words[j] not in frames.COURSE_WORDS
        or tokens.sentence[j] != tokens.sentence[start]  # "geen enkel vak. Stoppen met ..." (r57)
        or (j > 0 and words[j - 1] in _FROM_MY)
        or words[end + 1 : end + 2] in _DONE_TO
        or not _bare(words[j + 1 : end + 1] + _after_in_clause(tokens, end))
    ):
        return False
    return j >= start - 2 or (
        start - j <= 4
        and words[start - 1] in ("en", "and", "&")
        and any(w.startswith(_TOPICS) for w in words[j + 1 : start - 1])
        and _COPULAS.isdisjoint(words[j + 1 : start])
    )


_ARTICLES = lexicon.word_set("the a an this that de het een deze die dit")
_AND = frozenset(("and", "en", "&"))
_NAMED = frozenset(("prevention", "preventie", "awareness", "care", "zorg"))


def _course_after(tokens: Tokens, start: int, end: int) -> str | None:
    """A course named by its topics before the course word: "the death and dying
    module", "de rouw en verlies module" (a blind set, round 51); an article before the
    topics makes them one name. Not "my death module", nor "dood. module 3": one sentence."""
    words = tokens.words
    first = start  # back over its other topics: "the suicide prevention and grief elective"
    while first > max(0, start - 4) and (
        words[first - 1] in _AND | _NAMED or words[first - 1].startswith(_TOPICS)
    ):
        first -= 1
    if first == 0 or words[first - 1] not in _ARTICLES:
        return None
    for k in range(end + 1, min(tokens.n, end + 4)):
        if tokens.sentence[k] != tokens.sentence[start]:
            return None
        if words[k] in frames.COURSE_WORDS:
            return words[k]
        if words[k] not in _AND and not words[k].startswith(_TOPICS):
            return None
    return None


def _after_in_clause(tokens: Tokens, end: int) -> list[str]:
    clause = tokens.clause
    return [
        w
        for k, w in enumerate(tokens.words[end + 1 : end + 5], end + 1)
        if clause[k] == clause[end]
    ]


def _bare(said: list[str]) -> bool:
    """Words that name a topic, with no subject, owner or verb of anyone's own."""
    return not any(
        w in SUBJECTS or w in lexicon.SELF_WORDS or w in _MY or w in _OWN_VERBS for w in said
    )


_OWN_VERBS = lexicon.word_set(
    "wil wilde willen want wants wanted wanna ga gaat going gonna ben am heb have had kan "
    "can could zal will would moet must should denk think voel feel doe do did"
)


def _posted(words: list[str], j: int) -> bool:
    """A story or post on social media ("postte een story"), not fiction or news."""
    return words[j] in frames.SOCIAL_MEDIA_WORDS and not frames.POSTING.isdisjoint(
        words[max(0, j - 4) : j]
    )
