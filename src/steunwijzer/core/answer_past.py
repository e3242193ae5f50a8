"""A safety answer that places what happened before the time the question asks about.

The safety screen asks about a window: the past month (a wish to be dead, thoughts of
ending one's life) or the past three months (something done or prepared). A student
with an attempt two years ago answers "twee jaar geleden, nu gaat het goed" or "nu
niet, vroeger wel"; those answers were read as "don't know", and a "don't know" on the
behaviour question is an intent nobody could rule out: urgency immediate and the "call
112 now" box, for a student who came for exam anxiety (three of four role-plays, round
62). Such an answer is neither a yes nor a no for the window: it is ``earlier``.

``earlier`` never lowers the tier: it is a finding of its own, acute, with urgency
``soon``. That follows the C-SSRS screener's triage, where suicidal behaviour in the
lifetime but not in the past three months is a moderate risk (a referral soon), not a
high one. Anything that says it is also here now ("nog steeds", "again", "vorige week",
"nu wel") keeps the ordinary reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core.answer_errors import can_be_unknown, is_safety
from steunwijzer.core.lazyre import lazy_compile

if TYPE_CHECKING:
    from steunwijzer.core.model import Question

EARLIER = "earlier"

# Said alone, the value itself (a batch's answers, a counsellor's shorthand); "vroeger",
# "long ago" and the like alone are read by _WHEN below.
_PLAIN = frozenset({"earlier", "eerder"})

# When, well outside any window the screen asks about. Whole words in normalised text.
_WHEN = lazy_compile(
    r"\b(?:"
    r"(?:\w+ )?(?:jaar|jaren|year|years) (?:geleden|ago|terug)"
    r"|(?:een |a |half (?:a )?|half een )?(?:half jaar|half year) (?:geleden|ago)"
    r"|(?:vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|[4-9]|1[0-9]) (?:maanden|months) (?:geleden|ago|terug)"
    r"|vorig jaar|last year|the year before|lang geleden|long ago|long time ago|jaren terug"
    r"|vroeger|in het verleden|in the past|used to|toen ik|when i was|at age"
    r"|al jaren niet|jaren niet meer|not (?:in|for) years"  # r64; not "al jaren": ongoing
    r"|(?:since|sinds) (?:high school|highschool|secondary school|de middelbare|het vwo)"
    r"|age 1[0-9]|at 1[0-9]|op (?:mijn|m n|mn) 1[0-9]e?"
    r"|als (?:tiener|kind|puber)|as a (?:teen|teenager|kid|child)|in my teens"
    r"|in (?:mijn|m n|mn) (?:tienerjaren|puberteit|jeugd)"
    r"|(?:op|in) (?:de )?(?:middelbare|basisschool|middelbare school|havo|vwo|mbo)"
    r"|in (?:high school|highschool|secondary school|middle school)"
    r"|(?:een keer|once|1x|eenmaal) (?:jaren|years|lang|long)"
    r")\b"
)

# Also now, or recently: the ordinary reading stays (a yes, or doubt).
_NOW = lazy_compile(
    r"\b(?:"
    r"weer|again|opnieuw|terugval|relapse|relapsed|still|steeds|nog|gisteren|yesterday"
    r"|vandaag|today|tonight|vanavond|vannacht|onlangs|recently|recent|lately|laatst"
    r"|laatste tijd|afgelopen (?:week|weken|maand|dagen)|past (?:week|weeks|month|few)"
    r"|(?:vorige|deze|this|last) (?:week|maand|month|weekend)|sinds kort"
    r"|nu wel|now yes|now too|ook nu|nu ook|again now|(?:een|1|twee|2|drie|3) (?:weken|weeks|"
    r"maanden|months|dagen|days|week|maand|month) (?:geleden|ago)|soms wel|sometimes"
    r"|af en toe|every now|nu nog|but now|maar nu|(?<!not )now i|nu ben ik weer|plan|planning"
    r"|soms|every day|elke dag|iedere dag|daily|dagelijks"
    r"|ook|too|also|as well|erger|worse|kwam terug|komt terug|is terug|came back|comes back"
    r"|is back|back again|ever since|since (?!then\b)\w+|sinds (?!toen\b)\w+"
    # not meant to die: no attempt, whenever it was ("SH at 15 was not to end her life")
    r"|(?:not|wasn ?t|was nt) (?:to|meant to) (?:end|die|kill)"
    r"|niet om (?:dood|er|een eind|mezelf|zichzelf)"
    r")\b"
)
# "nog" that looks back, not forward: "toen nog", "nog nooit", "nog geen ..." stay past.
_NOG_BACK = lazy_compile(
    r"\b(?:toen nog|nog nooit|nog geen|nooit meer)\b"
    # "no, not since high school": nothing since then (a role-play, round 64)
    r"|\b(?:not|niet|nothing|niks|niets|none|never|nooit) (?:meer )?(?:since|sinds)\b"
)


# A year before this one: "I attempted in 2022, I'm in therapy now" (a role-play, round
# 63: "don't know" at the method question, and "immediate danger").
_YEAR = lazy_compile(r"\b(?:in|sinds|since|rond|around) ((?:19|20)\d\d)\b")


def _an_earlier_year(word: str) -> bool:
    import datetime as dt

    return any(int(y) < dt.date.today().year for y in _YEAR.findall(word))


# "earlier" and "eerder" inside an answer, as a time before: "nee, eerder", "no, but I
# did earlier", "no (earlier: yes)" were a plain no, routine (a hostile round, round 64).
# Not "eerder" as "rather" ("nee, eerder moe dan somber") nor "earlier today".
_SAID_EARLIER = lazy_compile(
    # (never after a yes alone: "yes, earlier", "I did it earlier" may be this month)
    r"\b(?:nee|no|nope|nah|niet nu|not now|wel|maar|but|only|alleen) "
    r"(?:\w+ ){0,2}?(?:eerder|earlier)(?: (?:wel|ja|yes|though|een keer|once|weleens|al eens))?$"
    r"|^(?:eerder|earlier) (?:wel|ja|yes)\b"
    r"|\b(?:but|only|maar|alleen) before$|\bbefore (?:yes|though)$"
)


_YES_FIRST = lazy_compile(r"^(?:ja|yes|yeah|yep|jawel|jep|yup)\b")


# "but not anymore" closing the answer is no "now too": "nee. ik heb vroeger wel mezelf
# gesneden, maar nu niet meer" at the behaviour question was "don't know", and "bel nu
# 112" (a role-play, round 68). Only closing it: "maar nu niet meer zo vaak", "but now
# not as often" say it still happens, and keep the ordinary reading.
_BUT_NOT_NOW = lazy_compile(
    r"\b(?:maar|but) (?:nu |now )?(?:niet meer|nu niet meer|nooit meer|not anymore|"
    r"not any more|no longer|never)(?: (?:hoor|echt|really|honestly|though|tbh|lol|haha|"
    r"gelukkig|thankfully))*$"
)


def earlier_only(word: str) -> bool:
    """Whether a normalised safety answer says it happened before, and not now."""
    if word in _PLAIN:
        return True
    said = None if _YES_FIRST.match(word) else _SAID_EARLIER.search(word)
    if not said and not _WHEN.search(word) and not _an_earlier_year(word):
        return False
    return not _NOW.search(_NOG_BACK.sub(" ", _BUT_NOT_NOW.sub(" ", word)))


# "earlier" that is recent: "no, earlier today", "nee, eerder deze week" was a plain no
# (a hostile round, round 64). Doubt, asked again: never a no.
# Only after a no, or alone: "ja, eerder vandaag" stays the yes it is.
_EARLIER_NOW = lazy_compile(r"^(?:(?:nee|no|nope|nah|niet|neen)\b.*\b)?(?:eerder|earlier)\b")


# A no first: "nee, al jaren niet meer" to the self-harm question (a question of now,
# with no "earlier" value) was "don't know" and "arrange 113 today" (a role-play, r64).
_NO_FIRST = lazy_compile(r"^(?:nee|no|nope|nah|neen|niet)\b")
# (closing the answer: "nu niet meer zo vaak", "not as much now" say it still happens)
_NOT_NOW = lazy_compile(
    r"\b(?:not now|not anymore|not any ?more|no longer|nu niet(?: meer)?|niet meer|nu nooit meer)"
    r"(?: (?:hoor|echt|really|honestly|though|tbh|lol|haha|gelukkig|thankfully))*$"
)


def told_before(question: Question, word: str) -> str | bool | None:
    """EARLIER for an answer that places it before the window, "unknown" for an earlier
    that is also recent, None for any other answer (read the ordinary way). Not on the
    safety screen (the self-harm question), a no with only a past is the no it says."""
    safety = is_safety(question)
    if not safety and (within := in_window(question, word)) is not None:
        return within
    if not can_be_unknown(question):
        return None
    if earlier_only(word):
        if safety:
            return EARLIER
        # "years ago yes, not now", "vroeger wel, nu niet meer" at the self-harm question
        # were "don't know", and the crisis panel opened (a role-play, round 67)
        return False if _NO_FIRST.match(word) or _NOT_NOW.search(word) else None
    if not safety:
        return None
    if _EARLIER_NOW.search(word) and _NOW.search(_NOG_BACK.sub(" ", word)):
        return "unknown"
    return None


# A question that asks about a window of its own in its words ("Is het in de afgelopen
# week gebeurd?"), answered with a time: "zaterdag", "sinds gisteren", "twee weken
# geleden" were refused with "expected yes or no" after a student told of a rape (a
# role-play, round 67). A time inside the window is a yes, one outside it a no.
_WINDOW = lazy_compile(r"\b(?:afgelopen|laatste|past|last) (?:week|7 dagen|seven days|7 days)\b")


def in_window(question: Question, word: str) -> bool | None:
    """True or False for an answer that names a time inside or outside the window the
    question's own text names; None when either names none."""
    from steunwijzer.core.durations import days_said

    text = f"{question.text.nl} {question.text.en}".lower()
    if _WINDOW.search(text) is None:
        return None
    days = days_said(word)
    return None if days is None else days <= 7
