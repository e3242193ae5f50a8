"""What the recogniser reports: a ``Finding`` per match, judged in its context (negation,
a study frame, a figure of speech, the past, someone else), and the ``Recognition``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.denials import denied
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.named import named_before, named_speaker
from steunwijzer.core.telegram import telegram_note as subjectless
from steunwijzer.core.textcontext import SUBJECTS, Tokens, about_other, negation, other_person
from steunwijzer.core.textdenied import screened_out
from steunwijzer.core.textframe import frame
from steunwijzer.core.textpast import over_and_done, past_near, recent
from steunwijzer.core.textreveal import broken_streak
from steunwijzer.core.textroles import REFERRED, note_about_the_student, unsafe_for_me
from steunwijzer.core.threats import threat_if_told
from steunwijzer.core.urgency import urgent, weeks_ago
from steunwijzer.core.writerrole import writes_as_role

if TYPE_CHECKING:
    from steunwijzer.core.patternindex import Compiled


@dataclass(frozen=True, slots=True)
class Finding:
    """One theme found in free text: the words, where they stand and which pattern matched."""

    theme: str
    words: str  # the words matched, as written
    start: int  # character offsets of those words in the text
    end: int
    pattern: str
    origin: str  # "built-in" or FILE:LINE of the pattern
    set_aside: str | None = None  # negated, framed, figure_of_speech, past, about_other
    cue: str | None = None  # the words that set it aside
    about_other: bool = False
    immediate: bool = False
    typo: bool = False

    @property
    def risk_to_life(self) -> bool:
        return self.theme in lexicon.RISK_TO_LIFE


@dataclass(frozen=True, slots=True)
class Recognition:
    """All that free text yielded: the findings that count and the mentions set aside."""

    findings: tuple[Finding, ...]  # the ones that count, at most two per theme
    mentions: tuple[Finding, ...]  # set aside, one per theme not found otherwise

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.theme for f in self.findings))


# Dropping out since round 37: the BSA made ("MN BSA GEHAALD!!!", set115), a figure.
# Sexual violence since round 53: "makes rape jokes every stream" (set169) is no assault.
_FIGURATIVE = frozenset(
    (*lexicon.RISK_TO_LIFE, "grief", "unsafe_situation", "dropout_risk", "sexual_violence")
)
_NEWS = frozenset(("bsa", "norm", "studiepunten", "optie", "option"))  # r62: "geen optie"
# What one drops out of that is no study: "gonna drop out of the choir lol" (round 56)
_NOT_STUDIES = frozenset(
    ("choir", "team", "band", "club", "race", "league", "committee", "board", "orchestra",
     "gym", "competition")
)  # fmt: skip
# An act on oneself ("kill myself", "end my life") beside a figure is no part of it:
# "I'm dying to kill myself" was set aside with "dying to" (a hostile round, round 11).
_OWN_ACT = frozenset(("myself", "mezelf", "mijzelf", "my", "mijn", "m'n", "mn"))
_WISH = frozenset(
    ("wil", "wilde", "wou", "wens", "wenste", "want", "wanted", "wanna", "wish", "wished")
)
_NOBODY_DIED = lazy_compile(
    r"(?i)\b(?:niemand|nobody|no one|no-one)\b(?:\s+\w+){0,2}?\s+"
    r"(?:overleden|dood|gestorven|died|dead|passed)\b"
)
_AGE = (
    r"(?:\d{1,2}|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|little|"
    r"klein|a kid|a child|a baby|a toddler|jong|young)"
)
_LONG_AGO = lazy_compile(
    rf"(?i)\b(?:(?:toen|when)\s+(?:ik|i)\s+(?:nog\s+)?(?:was\s+)?{_AGE}\b"
    r"(?!\s+(?:months?|weeks?|maanden|weken|maand)\b)"  # "7 months pregnant" (r69)
    r"|(?:\d{2}|[5-9]|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|"
    r"five|six|seven|eight|nine|ten|twelve|twenty|many|vele|jaren)\s+(?:jaar|years)\s+"
    r"(?:geleden|ago)|als\s+kind|as\s+a\s+(?:kid|child)|in\s+(?:mijn|my)\s+(?:jeugd|childhood))"
)
# A loss said with how it went: "mijn opa is vorig jaar overleden maar dat was wel oké"
# beside a "nee" made the result acute grief, De Luisterlijn first (a role-play, round 26).
_COPED = lazy_compile(
    r"(?i)\b(?:(?:maar|but)\s+(?:dat|het|it)\s*(?:was|is|gaat|ging|went|'s|’s)\s+(?:wel\s+)?"
    r"(?:oké|oke|ok|okay|goed|prima|fine|alright))"  # not "dealt with it": "haven't ..."
    # "my grandmother died in summer, but I am ok with that" (a role-play, round 29, Q7)
    r"|\b(?:but|maar)\s+(?:i'm|i’m|i am|ik ben|daar ben ik)\s+(?:wel\s+)?"
    r"(?:ok|oké|oke|okay|fine|at peace|in het reine)\s+(?:with|met|mee)\b"
)
# Beside a loss long ago, words that say it weighs now: "she died when I was twelve and
# I still miss her every day" is grief.
_STILL = lazy_compile(
    r"(?i)\b(?:still|nog steeds|nog altijd|mis|miss|missing|misses|verdriet|rouw\w*|"
    r"griev\w*|grief|zwaar|heavy|lately|laatste tijd|sinds kort|recently|onlangs|opnieuw|"
    r"again|weer|huil\w*|cry\w*|anniversary|sterfdag|kapot|terug|back|"
    # bereavement by suicide is a risk of its own, however long ago (round 17's guard)
    r"suicid\w*|suïcid\w*|zelfmoord\w*|zelfdoding|own life|eigen leven|overdos\w*)\b"
)


def _wishes(said: list[str]) -> bool:
    """A word of wishing among ``said``. The Dutch "want" is "because": "beter plannen
    want ik ga echt dood van statistiek" was a wish to die, urgency immediate (a
    role-play, round 28, T14); the English one wants something ("want to", "want it")."""
    for i, w in enumerate(said):
        if w == "want" and said[i + 1 : i + 2] not in (["to"], ["it"], ["death"], ["me"]):
            continue
        if w in _WISH:
            return True
    return False


# Only a wish to die: "I never want to wake up when my alarm goes off" and "ik wil even
# verdwijnen naar een eiland" stay manners of speaking.
_DEATH = frozenset(("dood", "doodgaan", "sterven", "die", "dead", "dying"))
# ... unless it is a wish to die of something nobody dies of: "I want to die of
# embarrassment, I called my professor mom" (five outsiders' sets, round 31). Not
# "shame" or "stress": those can be the weight itself ("ik wil dood van de stress").
_LIGHT = frozenset(  # a chorus sung along (set104, r32); a lecture "so boring" (set117, r39)
    ("embarrassment", "cringe", "laughing", "laughter", "boredom", "boring", "verveling",
     "lachen", "gêne", "plaatsvervangende", "along", "zongen", "zong", "zingen", "brulden",
     "kater", "katertje", "brak", "hangover", "best")  # r64: a hangover, "the best possible way"
)  # fmt: skip


_WEAPONS = frozenset(
    ("knife", "knives", "gun", "weapon", "mes", "messen", "pistool", "wapen", "vuurwapen")
)


def judge(
    text: str,
    tokens: Tokens,
    figures: list[tuple[int, int]],
    past: set[int],
    done: list[tuple[int, int]],
    acute: frozenset[str],
    pattern: Compiled,
    start: int,
    end: int,
    used: tuple[int, ...],
    typo: bool,
) -> Finding:
    theme = pattern.theme
    risk = theme in lexicon.RISK_TO_LIFE
    begin, finish = tokens.starts[start], tokens.ends[end]
    words = text[begin:finish]
    # Findings are built whole (not copied with dataclasses.replace): this runs per match.
    source, origin = pattern.source, pattern.origin
    # A wish is never a manner of speaking: "ik wil dood van de stress" was set aside with
    # "ik ga dood van de stress" (an outsiders' hostile round, round 8).
    said = tokens.words[start : end + 1]
    wish = risk and _wishes(said) and not _DEATH.isdisjoint(said)
    if wish and any(
        low <= end + 1 and high >= start and not _LIGHT.isdisjoint(tokens.words[low : high + 1])
        for low, high in figures
    ):
        wish = False
    # A weapon near the words is no manner of speaking (round 54), nor a threat if told.
    # (danger to others only: a cut with a kitchen knife is still an accident)
    armed = theme == "unsafe_situation" and (
        not _WEAPONS.isdisjoint(tokens.words[max(0, start - 12) : end + 13])
        or threat_if_told(tokens.words, start, end)  # "... if i tell anyone haha" (r67)
    )
    for low, high in figures if theme in _FIGURATIVE and not wish and not armed else ():
        seen = tokens.words[low : high + 1]
        if theme == "dropout_risk" and (
            low < start - 3 or (_NEWS.isdisjoint(seen) and _NOT_STUDIES.isdisjoint(seen))
        ):
            continue  # only the BSA made: not "... and my parents will kill me" beside it
        if low <= end + 1 and high >= start - 1:
            if (high < start or low > end) and not _OWN_ACT.isdisjoint(said):
                continue  # "I'm dying to kill myself": beside the figure, not inside it
            cue = text[tokens.starts[low] : tokens.ends[high]]
            return Finding(theme, words, begin, finish, source, origin, "figure_of_speech", cue,
                           typo=typo)  # fmt: skip
    if (
        past_near(tokens, past, start, end)
        and not recent(tokens, start, end)
        and (theme in acute or over_and_done(theme, tokens.words, start))
    ):
        return Finding(theme, words, begin, finish, source, origin, "past", words, typo=typo)
    framed = frame(tokens, start, end, used, theme in acute)
    if framed is not None:
        return Finding(theme, words, begin, finish, source, origin, "framed", framed, typo=typo)
    # Negation is judged for acute themes only: for the others, the problem itself is
    # often said with a negation ("ik kan niet slapen"), and a false find costs little.
    if theme in acute:
        negated = negation(tokens, start, end, used, risk or theme == "unsafe_situation")
        if negated < 0:  # "Suïcidaliteit uitgevraagd: geen." (case notes, round 36)
            negated = screened_out(text, tokens, start, end)
        if theme == "grief" and negated < 0 and (nobody := _NOBODY_DIED.search(text)):
            # "nee, niemand overleden ofzo. ik mis mijn moeder": homesick (a role-play,
            # round 25, P2, saw it acute, "ask about the one who died")
            negated = tokens.starts.index(nobody.start()) if nobody.start() in tokens.starts else 0
        if negated >= 0 and not (risk and broken_streak(text, begin, finish)):  # r59
            cue = tokens.words[negated]
            return Finding(theme, words, begin, finish, source, origin, "negated", cue, typo=typo)
        long_ago = _LONG_AGO.search(text) or _COPED.search(text) if theme == "grief" else None
        if long_ago and not _STILL.search(text):
            # "mijn opa is overleden toen ik dertien was" in a motivation letter, "my aunt
            # died of cancer when I was eleven": how a study choice began, not a loss
            # that weighs now (an outsiders' set of e-mails, set85, round 26)
            return Finding(theme, words, begin, finish, source, origin, "past", long_ago[0])
    elif (no := denied(theme, tokens.words, tokens.clause, start, end)) >= 0:
        # "I'm not depressed", "I don't drink", "ik heb geen schulden": no need (denials.py)
        cue = tokens.words[no]
        return Finding(theme, words, begin, finish, source, origin, "negated", cue, typo=typo)
    # A lone pronoun in a counsellor's note is the student ("Student geeft aan dat hij
    # overweegt te stoppen": an outsiders' set, round 15, lost the dropout risk).
    if theme in lexicon.NOT_FOR_OTHERS and _someone_elses(tokens, start, end, used, theme):
        return Finding(theme, words, begin, finish, source, origin, "about_other", None, True,
                       typo=typo)  # fmt: skip
    who = about_other(tokens, start, end, used) if risk else 0
    if who == 2 and subjectless(tokens.words):
        who = 0  # "voelt zich leeg, ziet het niet meer zitten": the note's student (r46)
    if risk and who == 0 and named_speaker(text, tokens, start):
        who = 1  # "Ze zegt dat Lisa ... heeft gezet" (a role-play, round 29, T3)
    if theme == lexicon.ABOUT_OTHER and unsafe_for_me(tokens, start, end):
        theme, who = "unsafe_situation", 0  # "he makes me feel unsafe" (round 37, F2)
    if (
        risk
        and any(low <= end and start <= high for low, high in done)
        and not _own_beyond(tokens.words, done, start, end)
        and (
            who
            or theme == lexicon.ABOUT_OTHER
            or not _DIED.isdisjoint(tokens.words[max(0, start - 3) : end + 1])
            or named_before(text, tokens, start)
        )
    ):
        # "mijn broer heeft zelfmoord gepleegd": a death, nobody to reach now; only the
        # words that tell of it ("... and now my sister wants to die too" is at risk now).
        return Finding(theme, words, begin, finish, source, origin, "past", words, typo=typo)
    immediate = (risk or theme == "unsafe_situation") and (
        pattern.immediate or urgent(tokens, start, end, theme)
    )
    if immediate and theme == "unsafe_situation" and _habitual(tokens.words[start : end + 1]):
        immediate = False  # "mijn ex die steeds voor mijn deur staat": often, not now
    other = who == 1 or theme == lexicon.ABOUT_OTHER  # someone else's act, weeks ago
    if immediate and other and weeks_ago(tokens, start) and not urgent(tokens, start, end, theme):
        immediate = False  # "my roommate took a bunch of pills last week" (r28, T19)
    return Finding(
        lexicon.ABOUT_OTHER if who == 1 else theme,
        words,
        begin,
        finish,
        source,
        origin,
        about_other=who > 0 or theme == lexicon.ABOUT_OTHER,
        immediate=immediate,
        typo=typo,
    )


# A death told with the finding ("my dad died by suicide"): no person need be named (r20).
_DIED = frozenset(("died", "death", "overleden", "overleed", "gestorven", "stierf"))

# In a note about "the student", "he", "she" and "her studies" are the student's.
_THIRD_PERSON = frozenset(("hij", "zij", "ze", "hem", "haar", "zijn", "z'n", "he", "she", "him",
                           "her", "his", "they", "them", "their", "hun"))  # fmt: skip


_I = frozenset(("i", "ik"))
_SELF_TOO = frozenset(("herself", "himself", "themself"))
_JOIN = frozenset(("mee", "meedoen", "join", "joined", "joining"))


def _someone_elses(tokens: Tokens, start: int, end: int, used: tuple[int, ...], theme: str) -> bool:
    """A theme that is not the student's when said of someone else ("mijn broer stopt
    met zijn studie"). A lone pronoun in a counsellor's note is the student ("Student
    geeft aan dat hij overweegt te stoppen", "the student says she is quitting her
    degree": an outsiders' set, round 15, lost the dropout risk); a person named in
    the sentence still is someone else."""
    words = tokens.words
    if not _I.isdisjoint(words[max(0, start - 2) : start]):
        return False  # "they said I'm not going back to uni after the break" (set106, r33)
    inverted = any(
        words[k] in _I and tokens.sentence[k] == tokens.sentence[start]
        for k in range(start, min(end + 2, tokens.n))
    )
    if inverted or not _SELF_TOO.isdisjoint(words[max(0, start - 2) : start]):
        return False  # "sinds de dood van mijn vriendin drink ik veel meer", "she herself drinks"
    if theme == "addiction" and any(
        w in _JOIN and not _I.isdisjoint(words[max(0, j - 4) : j]) for j, w in enumerate(words)
    ):
        return False  # "mijn huisgenoot blowt elke dag en ik doe steeds vaker mee" (r51)
    other = about_other(tokens, start, end, used)
    if other == 0 or _writer_goes_on(tokens, start):
        return False
    if not note_about_the_student(tokens.words) and not writes_as_role(tokens.words):
        return True
    sentence = tokens.sentence[start]
    skip = _THIRD_PERSON | REFERRED  # "onze zoon wil stoppen": the one referred (r41)
    return any(
        tokens.sentence[j] == sentence and words[j] not in skip and other_person(words, j)
        for j in range(max(0, start - 40), end + 1)
    )


def _writer_goes_on(tokens: Tokens, start: int) -> bool:
    """A clause of no subject after the writer's "me": "gf broke up with me, failed 3
    courses, probably getting a negative BSA now" is the writer's BSA (round 49's blind
    set A set it aside as the girlfriend's)."""
    words, strong = tokens.words, tokens.strong
    begin = start
    while begin > 0 and strong[begin - 1] == strong[start]:
        begin -= 1
    said = words[begin:start]
    if begin == 0 or any(w in SUBJECTS or w in _THIRD_PERSON for w in said):
        return False
    if any(other_person(words, j) for j in range(begin, start)):
        return False
    return not _WRITER.isdisjoint(words[:begin])


_WRITER = frozenset(("i", "ik", "me", "mij", "i'm", "im"))
_TOLD = 3


def _own_beyond(words: list[str], done: list[tuple[int, int]], start: int, end: int) -> bool:
    """The student speaks after the words that tell of a suicide, inside one finding:
    "died by suicide two years ago and lately I catch myself thinking about doing the
    same" is the student's own thought, not the death (set72, round 22)."""
    after = max((high for low, high in done if low <= end and start <= high), default=end)
    said = words[after + 1 : end + 1]
    return not lexicon.SELF_WORDS.isdisjoint(said) and not _SAME.isdisjoint(said)


# The same as the one who died, or oneself too ("... en ik denk er nog elke dag aan" is
# the loss).
_SAME = frozenset(("myself", "mezelf", "mijzelf", "zelf", "same", "hetzelfde", "too", "ook"))


def _same_words(found: Finding, counted: list[Finding]) -> bool:
    return any(
        c.theme == found.theme and c.start < found.end and found.start < c.end for c in counted
    )


def summarise(findings: Iterable[Finding]) -> Recognition:
    ordered = sorted(findings, key=lambda f: (f.start, -f.end, f.set_aside is not None))
    counted: list[Finding] = []
    per_theme: dict[str, int] = {}
    for f in ordered:
        if f.set_aside is not None:
            continue
        seen = per_theme.get(f.theme, 0)
        first_urgent = f.immediate and not any(c.immediate for c in counted if c.theme == f.theme)
        # Someone else's risk is told in several facts: "hij krast zich ... gisteren zei
        # hij dat hij niet meer wil leven" kept the cutting and lost the wish (a role-play,
        # round 22, W1). Up to three of them count; one for the student's own themes.
        told = f.theme == lexicon.ABOUT_OTHER and seen < _TOLD and not _same_words(f, counted)
        if seen == 0 or (seen == 1 and first_urgent) or told:
            counted.append(f)
            per_theme[f.theme] = seen + 1
    found = set(per_theme)
    mentions: dict[str, Finding] = {}
    for f in ordered:
        if f.set_aside is not None and f.theme not in found:
            mentions.setdefault(f.theme, f)
    return Recognition(tuple(counted), tuple(mentions.values()))


# "mijn ex die steeds voor mijn deur staat" is a pattern, not danger now: "bel nu 112" for
# a student safe in the room, who had chosen "niet op dit moment" (a role-play, round 19).
# "hij staat nu weer voor mijn deur" stays now.
_OFTEN = frozenset(("steeds", "altijd", "vaak", "regelmatig", "telkens", "keeps", "always",
                    "often", "regularly"))  # fmt: skip
_NOW = frozenset(("nu", "now", "vanavond", "tonight", "vannacht"))


# Nowhere to sleep is urgent (tonight), not "bel nu 112": "I sleep in my friend's car now"
# gave "do not leave the student alone; call 112 now" (a role-play, round 20).
# Only where to sleep, with no one named who hurts: "hij slaat me nu, ik slaap in de
# badkamer" stays danger now.
_NO_PLACE = frozenset(("slaap", "sliep", "slapen", "geslapen", "sleeping", "sleep", "slept",
                       "ontruimd", "evicted", "homeless", "dakloos"))  # fmt: skip
_HURTS = frozenset(("slaat", "sloeg", "geslagen", "hits", "hit", "beats", "beat", "dreigt",
                    "threatens", "threatened", "bedreigt", "hij", "he", "ze", "she"))  # fmt: skip


def _habitual(words: list[str]) -> bool:
    if not _NO_PLACE.isdisjoint(words) and _HURTS.isdisjoint(words):
        return True
    return not _OFTEN.isdisjoint(words) and _NOW.isdisjoint(words)
