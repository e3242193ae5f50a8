"""Words that change what a yes/no answer means: a hedge, an exception after a no, a
frequency. Kept apart from answers.py, which reads the answer; these are its lists."""

from __future__ import annotations

from steunwijzer.core.answer_means import kept_by_others, someone_elses_letters
from steunwijzer.core.answer_mixed import inverted, others_use
from steunwijzer.core.answer_often import how_often as how_often
from steunwijzer.core.answer_phrases import ACTS as _ACTS
from steunwijzer.core.answer_phrases import MEANS as _MEANS
from steunwijzer.core.answer_phrases import NOT_BEFORE as _NOT_BEFORE
from steunwijzer.core.answer_phrases import NOT_ME, denied_act
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.textnorm import normalise

# A no with an exception ("nee, alleen als het echt zwaar is", "no, just once", "nee,
# niet meer sinds vorige week") was a plain no on the safety screen and the self-harm
# question: all answered no, no crisis line (an outsiders' hostile round, round 13).
_EXCEPT = ("sinds", "keer", "keertje", "eenmaal", "1x", "niet meer",
           "nu niet meer", "once", "since", "anymore", "any more",
           "no longer", "not lately", "laatst", "vorige week", "last week", "dagen niet",
           "weken niet", "for a few days", "for days", "for a week",
           # "no, like I said, that was before" was a plain no (a role-play, round 23, Q2)
           "was before", "in the past", "used to", "back then", "toen wel",
           # the how said and only the when missing: "nee, niet wanneer" to "have you
           # worked out how and when?" was a no (a role-play, round 31, A3)
           "niet wanneer", "nog niet wanneer", "not when", "not yet when", "geen datum",
           "no date",
           # "No. Unless you count the drinking." to the self-harm question was a plain no
           # (a role-play, round 55)
           "unless", "tenzij")  # fmt: skip
# How often, for "do you ...?": a frequency is a yes ("vaak" to "do you hurt yourself?"
# was refused, and the row lost its acute part); a rare one is a yes where doubt counts.
# "alleen", "only", "behalve", "except" make an exception to the asked behaviour when a
# moment or a condition follows ("nee, alleen als het zwaar is", "only when it gets
# bad"), not a topic: "nee, het gaat alleen om tentamens", "nee hoor, alleen stress"
# were doubt, and the suicide panel opened for a student with exam anxiety (a role-play,
# round 21).
_ONLY = frozenset(("alleen", "behalve", "only", "except"))
_MOMENT = frozenset(
    ("als", "wanneer", "toen", "soms", "af", "een", "1x", "s", "'s", "in", "bij", "na",
     "tijdens", "vorige", "laatst", "gisteren", "vannacht", "when", "if", "sometimes",
     "once", "at", "after", "during", "on", "last", "yesterday", "night", "nights",
     "nacht", "nachts", "weekend", "weekends")
)  # fmt: skip


def _excepted(words: list[str]) -> bool:
    return any(
        w in _ONLY and i + 1 < len(words) and words[i + 1] in _MOMENT for i, w in enumerate(words)
    )


def excepting(word: str, question_id: str = "") -> bool:
    """A no with an exception, or with an act or a means named beside it: doubt (not a
    means someone else keeps, save where the way itself is asked)."""
    words = word.split()
    said = f" {_NO_PLAN.sub(' ', _ABOUT_ELSE.sub(' ', word))} "
    if any(f" {mark} " in said and _early(mark, words) for mark in _EXCEPT):
        return True
    if any(w in _ACTS and not denied_act(words, i) for i, w in enumerate(words)):
        return True  # not "no, I never cut or anything", "nee, ik snij niet" (r31, D)
    if _excepted(words):
        return True
    return any(
        w in _MEANS
        and (i == 0 or words[i - 1] not in _NOT_BEFORE)
        and (question_id == "safety_method" or not kept_by_others(words, i))
        and not someone_elses_letters(words, i)
        for i, w in enumerate(words)
    )


def _early(mark: str, words: list[str]) -> bool:
    """ "since" says a time it was so when it opens the answer or follows a "not" ("no,
    not since january"), not "no. not like that. i just feel empty since my father died"
    (a role-play, round 31, B)."""
    if mark not in ("since", "sinds"):
        return True
    at = words.index(mark)
    return at <= 2 or not _NOT_BEFORE.isdisjoint(words[max(0, at - 2) : at])


# "no date" beside "no plan" denies the how as well: "nee, geen datum of plan" was doubt
# and the result a plan made (a role-play, round 58); "nee, geen datum" alone stays doubt.
_NO_PLAN = lazy_compile(r"\b(?:geen|no) (?:datum|date) (?:of |or |en |and )?(?:geen |no )?plan\b")
# "het gaat niet meer met ..." is about what follows (not "met mij"), not a time it was so:
# "nee hoor, het gaat gewoon niet meer met al die deadlines" opened the crisis panel (r25).
_ABOUT_ELSE = lazy_compile(
    r"\b(?:gaat|lukt|werkt)\b(?: \w+){0,2}? niet meer (?=(?:met|bij) (?!me\b|mij\b))"
)


# A no that takes itself back: "nee niet echt, meer dat het makkelijker zou zijn" to "did
# you wish you were dead?" was a plain no (a role-play, round 9). On a safety or
# sensitive question it is doubt: asked again, never a no.
# A no said with doubt ("I guess not" refused, role-play r12): doubt on a safety question.
HEDGED_NO = ("i guess not", "guess not", "probably not", "i suppose not", "suppose not",
              "waarschijnlijk niet", "volgens mij niet", "ik geloof het niet",
              # "not now" is another time's yes ("nee, nu even niet": a hostile round)
              "nu even niet", "niet op dit moment", "not right now", "not at the moment",
              "not now", "niet nu", "nu niet", "nu nog niet", "not tonight", "niet vanavond",
              "vanavond niet", "niet vannacht", "vannacht niet",  # refused (r46, r59)
              # "not lately" was refused (round 42): a recent no, another time's yes
              "not lately", "not recently", "niet de laatste tijd", "laatste tijd niet",
              "niet recent", "de laatste tijd niet",
              # "nee denk het niet" was a plain no on the safety screen (round 13)
              "denk het niet", "denk ik niet", "ik denk het niet", "don't think so",
              "dont think so", "i don't think so", "denk t niet", "denk t nie",  # chat (r59)
              # "nee, nog niet" to "have you worked out how and when?": not yet is a time
              # to come, read as a plain no (a role-play, round 20)
              "nog niet", "not yet", "still not", "nog steeds niet",
              # "not anymore" alone was refused, "niet meer" too: a time when it was so
              # (a role-play, round 23, Q2)
              "not anymore", "not any more", "no longer", "niet meer", "nu niet meer",
              "niet meer zo", "not so much anymore",
              # "vroeger wel" (role-play, r44) and "niet zo" (r45) were refused: a mild no
              "vroeger wel", "vroeger ja", "toen wel", "used to", "i used to",
              "in the past yes", "back then yes", "niet zo", "niet zo vaak", "niet zozeer",
              "not so much", "not that much")  # fmt: skip
_HEDGES = ("niet echt", "niet helemaal", "niet zeker", "not really", "not exactly", "not quite",
           "not sure", "not entirely",
           # "nee, zo concreet niet" to "how would you do it?": some thought, not none (a
           # role-play, round 19, saw a plain no)
           "zo concreet niet", "niet zo concreet", "niet concreet", "niet precies",
           "niet in detail", "niet uitgewerkt", "not in detail", "not specifically",
           "not that specifically", "not concretely", "not that concretely",
           # a refusal to answer is no no: "daar wil ik het niet over hebben", then "nee
           # joh", was "alle met nee beantwoord" (a role-play, round 22, W16)
           "niet over hebben", "niet over praten", "niet zeggen", "liever niet",
           "gaat je niks aan", "gaat je niets aan", "rather not", "prefer not",
           "don't want to talk", "dont want to talk", "do not want to talk",
           "not talk about", "none of your business",
           *HEDGED_NO)  # fmt: skip


def hedged(word: str) -> bool:
    padded = f" {_ABOUT_ELSE.sub(' ', word)} "
    for hedge in _HEDGES:
        at = padded.find(f" {hedge} ")
        while at >= 0:
            after = padded[at + len(hedge) + 2 :].split()[:1]
            # "nee dat niet, echt niet" and "no, absolutely not, really not" hold "niet
            # echt"/"not really" across a comma: a firm no, not a hedge (round 14)
            if not after or after[0] not in _FIRM_AFTER:
                return True
            at = padded.find(f" {hedge} ", at + 1)
    # "no, well, sort of" ends where it takes the no back in part: a calm no in an
    # answers file (a hostile round, round 21), while "sort of" alone is a yes
    said = word.split()
    return bool(said) and said[0] in _NOES and any(word.endswith(f" {p}") for p in PARTLY)


_NOES = frozenset(("nee", "neen", "no", "nope", "nah"))
# ... and "not really, no": the no said again (a role-play, round 43: doubt, and the
# crisis panel named self-harm to a student who had said no)
_FIRM_AFTER = frozenset(("niet", "not", "nooit", "never", "nee", "no", "nope"))


# A no said firmly in other words: "niet dat ik weet" was doubt (the crisis panel) and
# "gelukkig nooit", "absoluut niet" were refused, then shown as acute (a hostile round,
# round 13).
FIRM_NO = {
    normalise(w)
    for w in ("niet dat ik weet", "not that i know", "not that i know of", "gelukkig niet",
              "gelukkig nooit", "echt niet", "absoluut niet", "nog nooit", "zeker niet",
              "definitely not", "certainly not", "never ever", "absolutely not", "nope never",
              "geen plan", "heb geen plan", "ik heb geen plan")  # "geen plan" refused (r59)
}  # fmt: skip


_THINKING = frozenset(("denk", "think", "thinking", "gedacht", "thought", "eigenlijk", "actually",
                       # "nee, ik heb geen plan", "no plan" (a role-play, round 43)
                       "plan", "plannen"))  # fmt: skip
_NOT = frozenset(("niet", "nie", "not", "never", "nooit", "geen", "dont", "don"))
_HEDGING = frozenset(("dat", "that", "so", "het", "nog", "yet"))  # "nog geen plan": not yet


def restated_no(taking_back: set[str], said: set[str], raw: str = "") -> bool:
    """After a no, words of thinking that are themselves negated say the no again: "nee,
    ik denk daar niet aan", "nooit aan gedacht", "nee eigenlijk niet" were doubt, and a
    student who said "nooit" was asked about a method (a role-play, round 14). "ik denk
    niet dat ..." is a hedge, not a restatement."""
    if raw and not restated_no(taking_back, said):  # the sentence of the thinking words,
        # not a "that" in another: "It's more that I keep replaying her last weeks. I've
        # never thought about ending my life, no." was doubt (a role-play, round 69)
        parts = [set(normalise(p).split()) for p in _SENTENCE_END.split(raw)]
        return any(restated_no(taking_back & p, p) for p in parts if taking_back & p)
    return (
        bool(taking_back)
        and taking_back <= _THINKING
        and (bool(said & _NOT) or said <= _BARE_PLAN)  # "no plan": the no is its "not"
        and not (said & _HEDGING)
    )


_SENTENCE_END = lazy_compile(r"[.!?]+\s+")


# "no"/"none" said again: "no, no plan" was doubt (r57), not "no no, I think about it".
_BARE_PLAN = frozenset(
    ("plan", "plannen", "plans", "really", "echt", "hoor", "ofzo", "no", "none", "at", "all",
     "date", "or", "and", "prep", "preparation", "voorbereiding", "anything", "nothing")
)  # fmt: skip


# The middle answer of a yes/partly/no question, as people say it (round 14).
PARTLY = frozenset(
    normalise(w)
    for w in ("deels", "gedeeltelijk", "grotendeels", "een beetje", "beetje", "soms", "half",
              "af en toe", "wisselend", "zo zo", "partly", "partially", "sort of", "kind of",
              "somewhat", "a bit", "a little", "sometimes", "so so", "mostly", "more or less",
              "kinda", "sorta", "min of meer", "redelijk", "beetje wel",  # "kinda" was yes (r42)
              # how many, to "do you have positive contact ...?" (round 23, Z15)
              "a few", "a couple", "some", "een paar", "enkele", "een stel")
)  # fmt: skip


# The student named after the other person ("nee, maar mijn vriend zegt dat ik het wel
# heb", "no but my friend does and honestly I have thought about it") keeps the question
# open. Not an "ik" that only tells what the student saw or why they came ("..., ik zag
# krassen op haar armen", "..., daarom ben ik hier" made both a don't-know about the
# student's own risk: a role-play, round 24, R2), nor a hedge ("denk ik").
_SELF_AFTER = lazy_compile(r" (?:ik|i|me|mij|mezelf|myself|mijzelf) ")
_ONLY_TELLING = lazy_compile(
    r" (?:ik|i|(?:heb|had) ik) (?:zag|zie|merkte|merk|hoorde|hoor|saw|see|noticed|notice|heard"
    r"|gezien|gemerkt|gehoord|found|vond)(?= )"  # "i found her" (r28, T18); not "i find it hard"
    r"| (?:daarom|dus|so|thats why|that's why) (?:(?:ben|zit) ik hier|kom ik(?: hier)?"
    r"|(?:i am|i'm|im) here|i came(?: here)?|i come(?: here)?)(?= )"
    r"| (?:denk|geloof|vermoed|gok) ik(?= )| i (?:think|guess|suppose)(?= )"
    # the student written to ("a friend sent me a goodbye message", r43); what another wrote
    # ("nee!! maar zij wel, ze appte '... van me hoort'" was doubt: a role-play, r61)
    r"| (?:sent|texted|told|messaged|called|asked|showed|wrote|dmd|stuurde|appte|belde"
    r"|vroeg|vertelde|schreef|liet) (?:me|mij)(?= )| (?:ze|zij|hij|she|he|they) (?:\S+ ){0,4}?"
    r"(?:appte|zei|schreef|texted|said|wrote|posted) (?!(?:dat|that) (?:ik|i) ).*$"
)


def about_someone_else(padded: str, within: int = 99, question_id: str = "") -> bool:
    """``padded``: the words with a space before and after. Not when the student is
    named after the other person: "nee, maar mijn vriend zegt dat ik het wel heb"."""
    if others_use(question_id, padded):  # "ja, mijn huisgenoot heeft ghb genomen" (r56)
        return True
    found = NOT_ME.search(padded)
    while found is not None and inverted(padded, found.start()):
        found = NOT_ME.search(padded, found.end() - 1)
    # "maar mijn huisgenoot wel denk ik": the hedge at the end is about the housemate,
    # not the student speaking of themselves (a role-play, round 22, W8)
    if found is None or padded.count(" ", 0, found.start()) > within:  # "ja, ... kan ik niet"
        return False
    after = _ONLY_TELLING.sub(" ", _HEDGE_END.sub(" ", padded[found.end() - 1 :]))
    return _SELF_AFTER.search(after) is None


_HEDGE_END = lazy_compile(r" (?:denk|geloof|vermoed|gok) ik $| i (?:think|guess|suppose) $")


# "nee, wel dat mijn ouders uit elkaar zijn" to "lost someone?": the "wel" brings in
# something else, not the no taken back (round 15 read it as a yes: grief for a divorce).
_WEL_ELSE = lazy_compile(r" (?:wel|maar) dat | but that ")  # "wel iets meer": a yes


# "nee! wacht, ik dacht dat u vroeg of ik soms gewoon wil uitslapen": the question was
# misheard, the no stands (a role-play, round 18, read it as doubt). A yes said after it
# ("... maar eigenlijk wel ja") still takes the no back.
_MISHEARD = lazy_compile(
    r" (?:ik dacht dat (?:u|je|jij) (?:vroeg|bedoelde|zei)|dacht dat het over|verkeerd "
    r"(?:begrepen|verstaan|gehoord)|misverstand|i thought you (?:asked|meant|said)|"
    r"misunderstood|misheard|thought it was about|ik bedoel(?:de)? dat|i mean(?:t)? that) "
)
_YES_AFTER = lazy_compile(r" (?:ja|jawel|yes|yeah|wel ja|toch wel) ")


# "nee, de studie gaat eigenlijk wel", "nee, de begrafenis was wel duur": the "wel" says
# how something is; it takes no no back (a role-play, round 19, read both as a yes).
_STATE_WEL = lazy_compile(
    r" (?:gaat|ging|gaan|valt|viel|was|is|waren|zijn|ben|voel me)"  # "ben wel moe": r29, S1
    r"(?: (?:eigenlijk|best|nog|ook|heus))* wel(?= )(?! eens)"
)


def without_state_wel(padded: str) -> str:
    return _STATE_WEL.sub(" ", padded)


def something_else(padded: str) -> bool:
    return _WEL_ELSE.search(padded) is not None


def misheard(word: str) -> bool:
    """A no, then what the student thought was asked: the no stands."""
    padded = f" {word} "
    return (
        word.split(" ", 1)[0] in ("nee", "neen", "no", "nope")
        and _MISHEARD.search(padded) is not None
        and _YES_AFTER.search(padded) is None
    )


# A no said as "not me": "ik niet, mijn huisgenote wel" to "do you hurt yourself?" (a
# role-play, round 15, read it as the student's own don't-know).
ME_NOT = ("ik niet", "niet ik", "ik zelf niet", "not me", "me not", "not myself")


# Words after a "nee" that say the no again, not a yes ("nee, het gaat wel").
# "no, I'm fine, I'm actually here because of my housemate" was doubt (a role-play, r16)
CONFIRMING = ("het gaat wel", "gaat wel", "denk het niet", "denk ik niet", "don't think so",
              "dont think so", "do not think so", "eigenlijk prima", "eigenlijk goed", "eigenlijk "
              "best goed", "eigenlijk wel goed", "eigenlijk hier", "eigenlijk voor", "eigenlijk "
              "vanwege", "actually fine", "actually ok", "actually okay", "actually good",
              "actually doing", "actually here", "actually about", "eigenlijk alleen voor",
              # a "wel" that says the no again ("nee, ik wil wel wakker worden": doubt, r17)
              "wil wel wakker", "wel wakker worden", "wil wel leven", "wil wel blijven leven",
              "wil wel verder", "wil wel doorgaan", "wil er wel zijn", "wil wel graag leven",
              "ben wel blij", "hang wel aan", "wouldn t actually", "not actually",
              # said before: "nee zei ik toch" was doubt (role-plays, rounds 18 and 27)
              "zei ik toch", "zeg ik toch", "zei ik al", "zeg ik al", "heb ik al gezegd",
              "ik zei toch", "ik zei het toch", "zei toch al", "toch al gezegd", "toch niet",
              "zeg je toch", "dat zeg je toch gewoon",  # annoyed at being asked (r28, T15)
              "like i said", "i already said", "as i said", "like that")  # fmt: skip


# A yes with a shrug or an exception, where a middle choice exists: "yeah its ok I guess" a
# full yes, "gaat wel" refused (round 24, R11); "ja, behalve ..." a yes (round 65).
_SHRUG = lazy_compile(
    r"^(?:(?:yes|yeah|ja|jawel|yep)\b.*\b(?:i guess|i suppose|denk ik|geloof ik|ok i guess)$"
    r"|(?:\w+ )?(?:its|it's|it is)? ?ok(?:ay)? i guess$|(?:het )?gaat wel(?: hoor)?$)"
    r"|\b(?:behalve|except|apart from|niet altijd|not always)\b"
)


def said_partly(wanted: str) -> bool:
    """ "een beetje", also opening or closing a sentence: "een beetje, ik kom minder vaak"
    and "eigenlijk wel een beetje" were refused (role-plays, round 16)."""
    if wanted in PARTLY or _SHRUG.search(wanted):
        return True
    if any(f"{no} {p}" in wanted for no in ("niet", "not", "geen") for p in PARTLY):
        return False  # "niet een beetje", "not a bit"
    return any(wanted.startswith(f"{p} ") or wanted.endswith(f" {p}") for p in PARTLY)


# "wat bedoel je?", "what do you mean by lately?": the question's help, as "?" shows it;
# they were refused as answers (a role-play, round 17). And why it is asked: "waarom
# vraag je dat?", "why do you need to know that?" got a bare "does not fit" (round 31).
_HELP = frozenset(("help", "hulp", "uitleg"))
_MEANING = ("wat bedoel je", "hoe bedoel je", "wat betekent", "wat wordt bedoeld",
            "what do you mean", "what does that mean", "what is meant",
            "what does it mean", "waarom vraag je", "waarom vraagt u", "waarom moet je",
            "waarom wil je", "waarom moet u", "waarom wilt u", "why do you ask",
            "why are you asking", "why do you need to know", "why do you want to know",
            "why is that", "what is this for", "what's this for", "waarvoor is")  # fmt: skip


def asks_meaning(raw: str) -> bool:
    said = " ".join(raw.lower().replace("?", " ").split())
    return said in _HELP or said.startswith(_MEANING)


# "no. what do I do now?" was a yes (a role-play, round 17): in a question "do" asks, it
# takes no "no" back ("no, actually I do" still does).
_DO = frozenset(("do", "does", "did"))
_WH = frozenset(("what", "how", "why", "where", "who", "wat", "hoe", "waarom", "waar", "wie"))


def asked(words: set[str]) -> set[str]:
    """The words, without the "do" of a question."""
    return words - _DO if words & _WH else words


# A hedged yes that goes on: "een beetje, ik kan me niet concentreren", "kinda, I didn't
# sleep at all", "misschien wel" were refused at ordinary yes/no questions (a second
# role-play, round 17). Not at a safety question: there a hedge is doubt, asked again.
def early_take_back(word: str, taking_back: frozenset[str]) -> bool:
    """A no taken back right after it ("nee, eigenlijk wel", "nee... toch wel", "nee, soms
    wel"), not a "wel" inside a sentence that says the no ("nee, ik haal alles wel",
    "nee, mijn ouders steunen me wel" were a yes; a role-play, round 21)."""
    if _CALMED.search(word):
        return False  # "nee, nou ja, af en toe een biertje, niks geks" (round 22, W13)
    rest = word.split()[1:]
    return len(rest) <= 3 or not taking_back.isdisjoint(rest[:2])


_CALMED = lazy_compile(
    r"\b(?:niks|niets) (?:geks|ergs|bijzonders|aan de hand|serieus)\b|\bvalt (?:wel )?mee\b|"
    r"\bnothing (?:crazy|serious|much|special|wild)\b|\bno big deal\b|\bnot a big deal\b"
)


# A "sometimes" said, then denied: "Soms denk ik: ik wou dat ik een week kon slapen ...
# Maar dood willen zijn, nee, dat niet" was a firm yes (round 21). Doubt: asked again.
_DENIED_THERE = lazy_compile(
    r"\b(?:nee,? dat niet|zo bedoel ik (?:het|dat) niet|niet zo bedoeld|not like that|"
    r"(?:do not|don ?'?t) mean it|not what i mean)\b"
)


def denied_there(word: str) -> bool:
    return _DENIED_THERE.search(word) is not None
