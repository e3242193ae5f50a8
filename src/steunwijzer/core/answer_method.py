"""A yes said in words at the safety screen: the wish itself ("ik wil er niet meer
zijn"), and a way named at the question about a method ("have you thought about
how you would do it?"): the words are a yes. "not really, maybe jumping in front of a
train crossed my mind" was "don't know" on the review and the record, which understated
the risk for whoever reads it later (a role-play, round 57). A way denied in its own
clause stays what it was: "no, never thought about jumping" a no, "nee, niet aan pillen
of zo" doubt (answer_words.excepting)."""

from __future__ import annotations

import re

from steunwijzer.core.lazyre import lazy_compile

_WAYS = lazy_compile(
    # not a flat, a car or gas alone: "no, I live in a flat lol" says no way
    r"\b(?:trains?|trein|spoor|tracks|jump\w*|spring\w*|sprong|bridges?|brug|roof|dak|"
    r"balcony|balkon|pills|pillen|tabletten|overdos\w*|rope|touw|noose|strop|ophang\w*|drown\w*|"
    r"verdrink\w*|knife|mes|wrists?|polsen|hang\w* (?:myself|mezelf|me))\b"
)
# A denial in the clause, unless a "maybe" or a "but" after it turns it: "no, maybe pills"
_TURN = r"maybe|misschien|but|maar|wel|hooguit|only|alleen|except|behalve|perhaps"
_SAYS_NOT = lazy_compile(rf"\b(?:no|not|never|nee|niet|nooit|geen|none)\b(?!.*\b(?:{_TURN})\b)")
_CLAUSES = r"[,.;:!?]|\b(?:but|maar)\b"


def names_a_way(question_id: str, word: str) -> bool:
    """At the question about a method, a way named in a clause that does not deny it."""
    return question_id == "safety_method" and any(
        _WAYS.search(clause) is not None and _SAYS_NOT.search(clause) is None
        for clause in re.split(_CLAUSES, word)
    )


# The wish in the words that carry it, a "niet"/"not" and all: "wil er egt nt meer zijn"
# and "ik wil er niet meer zijn" to "have you wished you were dead?" were "weet niet" on
# the review and the record (a role-play, round 60). Not after a leading no ("nee, ik
# wil niet meer leven zoals nu" stays what the other rules make of it).
_WISH = lazy_compile(
    r"\b(?:wil|wou|wilde|zou)\b(?: \w+){0,3}? (?:er |hier )?niet meer (?:\w+ )?"
    r"(?:zijn|leven|bestaan|wakker (?:worden|te worden))\b"
    r"|\b(?:hoop|hoopte|wens|wenste|liefst)\b(?: \w+){0,6}? niet meer wakker\b"
    r"|\b(?:do not|dont|don t|not) (?:want|wanna) (?:to )?(?:live|be here|be alive|exist|wake up)\b"
    r"|\bwish i (?:was|were) (?:not|never) (?:here|alive|born)\b"
)
_LEADING_NO = lazy_compile(r"^(?:nee|no|nope|nah|nooit|never)\b")
# Someone else's wish ("mijn vriend wil er niet meer zijn") is not the student's yes.
_OTHER = lazy_compile(r"\b(?:hij|zij|ze|he|she|they|mijn|m'n|mn|my|zijn|haar|his|her)\b")
_WISH_QUESTIONS = frozenset(("safety_wish_dead", "safety_thoughts"))


def says_the_wish(question_id: str, word: str) -> bool:
    """At the questions about a death wish, the wish said in the student's own words; at
    the question about something done or prepared, a preparation named (round 67)."""
    if question_id == "safety_behaviour":
        return _names_a_preparation(word)
    if question_id not in _WISH_QUESTIONS or _LEADING_NO.search(word):
        return False
    found = _WISH.search(word)
    return found is not None and _OTHER.search(word, 0, found.start()) is None


# A no corrected to a yes in one breath: "no i mean yes sometimes i think about not being
# here anymore" was "don't know" on the review and the record, though the student had
# said yes (a role-play, round 61). Only with the words of a correction and a plain yes
# right after them; "nee wacht ja" stays doubt where the rules say so.
_CORRECTED_TO_YES = lazy_compile(
    r"^(?:nee|no|nope)\b[ ,.]*(?:i mean|ik bedoel|bedoel ik|sorry|i meant|ik bedoelde) "
    r"(?:yes|yeah|ja|jawel|yep)\b"
)


def corrected_to_yes(word: str) -> bool:
    """ "no, I mean yes ...": the yes the student corrected to."""
    return _CORRECTED_TO_YES.search(word) is not None


# "no idea. we can't reach her" to "have you thought about how you would do it?" was a
# plain no: the answer starts with "no" (a role-play, round 61). Not knowing is doubt.
_NO_IDEA_FIRST = lazy_compile(r"^(?:no idea|no clue|geen idee|geen flauw idee|not sure)\b")


def no_idea_first(word: str) -> bool:
    """An answer that opens with not knowing ("no idea, ...", "geen idee. ...")."""
    return _NO_IDEA_FIRST.search(word) is not None


# "no active SI. no plan no intent" was doubt, "plan" taking the no back (round 62).
_OWN_NO = frozenset(("no", "geen", "not", "niet", "never", "nooit", "without", "zonder"))


def undenied(rest: str, taking_back: frozenset[str]) -> set[str]:
    """The words that take the no back, less a plan right after a no ("not often" does),
    and less a night that is no exception ("I just lie awake at night": r63, not "only")."""
    words = ["", "", "", *rest.split(), ""]  # not "nog geen plan", "no plan yet": doubt
    return {w for i, w in enumerate(words) if w in taking_back and not (
        w in ("plan", "plannen", "plans") and words[i - 1] in _OWN_NO
        and words[i - 2] != "nog" and words[i + 1] not in ("yet", "nog")) and not (
        w in _NIGHTS and _ONLY.isdisjoint(words[i - 3 : i]))}  # fmt: skip


_NIGHTS = frozenset(("night", "nights", "nacht", "nachts"))
_ONLY = frozenset(("only", "alleen", "behalve", "except", "but", "maar", "wel", "soms"))


# The wish itself denied in so many words, with no turn after it: "I do not want to die,
# I just want a place to live" was a no with an exception ("just"), doubt, and the acute
# box kept after the counsellor's correction (a role-play, round 63).
_WISH_DENIED = lazy_compile(
    r"\b(?:i do not|i don t|i dont|i really don t|i really do not|ik wil) (?:really |echt )?"
    r"(?:want to |wanna )?(?:die|be dead|dood|doodgaan|niet dood|niet doodgaan)\b"
)
_TURN_AFTER = lazy_compile(r"\b(?:but|maar|though|soms|sometimes|wel|behalve|except|unless)\b")


def wish_denied(word: str) -> bool:
    """Whether a normalised answer denies the wish to die with nothing turning it after."""
    found = _WISH_DENIED.search(word)
    if found is None or (found.group(0).startswith("ik wil") and "niet" not in found.group(0)):
        return False
    return _TURN_AFTER.search(word, found.end()) is None


# A no to the thought that speaks only of the act: "no not like actually doing
# something", "nee, niet om het echt te doen", "nee, ik zou het nooit doen" were a plain
# no to "have you thought about ending your life?" (a role-play, round 39, saw the method
# and intent questions left out). The thought is not denied: doubt, asked again. At the
# questions about method, intent and plan such words are the no they seem.
_THOUGHT_QUESTIONS = frozenset(("safety_wish_dead", "safety_thoughts"))
_THE_ACT = lazy_compile(
    # not "no. can we please do something??" (round 30), "no, I'm actually doing okay"
    r"\b(?:actually|really|would|wouldn't|wouldnt|never|not|won't|wont|i'd|id)\b(?: \w+){0,2}"
    r" do(?:ing)? (?:it|that|something|anything|so)\b"
    r"|\b(?:go through with|act on|acting on|carry it out|uitvoeren|daadwerkelijk)\b"
    # not "veel te doen", "we moeten iets doen": the act on oneself, denied
    r"|\b(?:niet|nooit|echt|zou|zal|ga)\b(?: \w+){0,3} (?:het|iets)(?: \w+){0,2} doen\b"
)


# ... or of a reason to stay: "nee hoor, ik moet er zijn voor mijn broertjes" was a plain
# no with "alle met nee beantwoord" (round 40's second role-play): a reason not to is
# said where the thought is there.
_A_REASON_TO_STAY = lazy_compile(
    r"\b(?:moet|moeten|wil|zal) (?:er )?(?:\w+ )?zijn voor|\bkan (?:ik )?(?:\w+ ){0,2}niet aandoen"
    r"|\b(?:have|need|got) to be (?:there|here|around) for|\bcould(?:n'?t|n t| not) do that to"
    r"|\b(?:vanwege|omdat|because of|for the sake of) (?:mijn|m'n|mn|my) (?:kinderen|kids|"
    r"children|broertjes?|zusjes?|brothers?|sisters?|siblings|moeder|mama|mum|mom|mother|ouders|"
    r"parents|familie|family|kat|hond|cat|dog)\b"
)


def denies_only_the_act(question_id: str, word: str, no_first: bool) -> bool:
    """At the screen's questions about the thought, a no (first, or last: "not like a plan,
    no", round 65) that speaks of doing it, of a reason not to, or of a kind of thought."""
    no_said = no_first or word.split()[-1:] in (["nee"], ["no"], ["nope"])
    return (
        no_said
        and question_id in _THOUGHT_QUESTIONS
        and bool(
            _THE_ACT.search(word)
            or _A_REASON_TO_STAY.search(word)
            # not a note that lists what is denied: "denies SI, no plan" (round 62)
            or (_ONLY_A_KIND.search(word) and not _LISTED.search(word))
        )
    )


# ... or only of a kind: "not like a plan, no", "nee, niet serieus", "no, not dead, just
# gone" were a plain no, method and intent left out (round 65); not "no, nothing like that".
_LISTED = lazy_compile(r"\b(?:si|intent|intentie|intention|ideation|gedachten|thoughts|denies)\b")
_ONLY_A_KIND = lazy_compile(
    r"\b(?:geen|no|not|niet|zonder|without|een|a|any) (?:\w+ )?(?:plan|plans|plannen)\b"
    r"|\b(?:concreet|concrete|concretely)\b"
    r"|\b(?:not|niet|never|nooit) (?:\w+ )?(?:planned|gepland)\b"
    r"|\b(?:not|never|niet|nooit|nothing|niks|niets)\b(?: \w+){0,2} "
    r"(?:serious|seriously|serieus|actively|actief)\b"
    r"|\b(?:just|gewoon|alleen|only) (?:be )?(?:gone|weg|away|verdwijnen|disappear|vanish)\b"
    # not away from people: "nee, niet dood. gewoon weg van iedereen" (a role-play, r66)
    r"(?! (?:van|from) (?:iedereen|everyone|everybody|mensen|people|school|hier|here))"
    r"|\b(?:i have|i've got|i got|ik heb) (?:mijn|m'n|mn|my) (?:kat|hond|cat|dog|kids|children|"
    r"kinderen|son|daughter|zoon|dochter|family|familie|parents|ouders)\b"
)


def fears_for_another(word: str) -> bool:
    """A "ja nee" whose words are a fear for someone else's act: "ja nee, ik ben gewoon
    bang dat hij iets gedaan heeft" to "have you done anything to end your life?" was
    doubt, and "direct danger" for a student whose roommate may have taken pills (a
    role-play, round 66)."""
    fear = _FEAR_FOR_ANOTHER.search(f" {word} ")
    # nothing of the student's own after the fear: "ja nee, ik ben bang dat hij erachter
    # komt wat ik gedaan heb", "... my mum finds the pills I saved" stay doubt (review, r66)
    return fear is not None and _MINE.search(f" {word} "[fear.end() - 1 :]) is None


_FEAR_FOR_ANOTHER = lazy_compile(
    r" (?:bang|ongerust|bezorgd|scared|afraid|worried) (?:dat |of |that |if )?"
    r"(?:hij|zij|ze|he|she|they|mijn \w+|my \w+) "
)
_MINE = lazy_compile(r"\b(?:ik|i|me|mij|mijn|mn|m'n|mezelf|myself|my|mine|i'm|im|k)\b")


# Means gathered, named at "have you done or prepared anything ...?": "I've been saving
# sleeping pills, just in case" was "don't know" on the record, and the panel's reason
# never named the pills (a role-play, round 67). In a clause that does not deny it: "no,
# I threw the pills I saved away" stays with the other rules.
_PREPARED = lazy_compile(
    r"\b(?:sav\w*|collect\w*|hoard\w*|stockpil\w*|spaar\w*|gespaard|verzamel\w*|opgespaard)"
    r"\b(?: \w+){0,4}? (?:sleeping |slaap)?(?:pills|pillen|tabletten|tablets|medicijnen|meds"
    r"|medication|paracetamol)\b"
    r"|\b(?:pills|pillen|tabletten|tablets|medicijnen|meds)\b(?: \w+){0,4}? "
    r"(?:gespaard|opgespaard|verzameld|saved|collected|stockpiled)\b"
    r"|\b(?:bought|gekocht|koop|kocht)\b(?: \w+){0,3}? (?:a |an |een )?(?:rope|touw|noose|strop)\b"
    r"|\b(?:rope|touw|noose|strop)\b(?: \w+){0,3}? (?:gekocht|bought)\b"
    r"|\b(?:afscheidsbrief|goodbye letter|farewell letter|suicide note)\b"
)


_NOT_TO_DIE = lazy_compile(
    r"\b(?:not (?:to|meant to|in order to) (?:end|die|kill)|niet om (?:dood|er|een eind|mezelf))"
)
_DENIED_NEAR = lazy_compile(r"\b(?:no|not|never|nee|niet|nooit|geen|none|nothing|niks)\b")


def _names_a_preparation(word: str) -> bool:
    """A preparation named with no denial in it or in the three words before it (the
    answer is normalised: "no... well. I have been saving ..." is one clause here)."""
    if _NOT_TO_DIE.search(word):
        return False  # "ik heb wel pillen gespaard, niet om dood te gaan hoor" (round 56)
    for found in _PREPARED.finditer(word):
        before = " ".join(word[: found.start()].split()[-3:])
        if not _DENIED_NEAR.search(before) and not _DENIED_NEAR.search(found.group()):
            return True
    return False
