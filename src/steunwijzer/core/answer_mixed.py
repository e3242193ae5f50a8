"""How many, said with a turn: "een paar, nog niet echt vrienden", "wel een paar, maar ik
zie ze nauwelijks", "vroeger wel, nu niet meer", "not many". A role-play (round 39) saw
each refused with a bare "does not fit" at the questions about friends and contact.

At a yes/no question about ties (section `connection`: friends, places to meet) they say
that the tie is thin: a no, so that the need it leads to is not lost. Elsewhere (the
safety screen above all, where such words are doubt) they are read as before. At a
yes/partly/no question they are "partly". The words arrive normalised (core/textnorm).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from steunwijzer.core.answer_errors import can_be_unknown
from steunwijzer.core.answer_method import corrected_to_yes as corrected_to_yes
from steunwijzer.core.answer_method import denies_only_the_act as denies_only_the_act
from steunwijzer.core.answer_method import fears_for_another as fears_for_another
from steunwijzer.core.answer_method import names_a_way as names_a_way
from steunwijzer.core.answer_method import no_idea_first as no_idea_first
from steunwijzer.core.answer_method import says_the_wish as says_the_wish
from steunwijzer.core.answer_method import undenied as undenied
from steunwijzer.core.answer_method import wish_denied as wish_denied
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.core.model import Question

# A quantity said first: "een paar", "a couple", "wel wat", "sommigen", "one or two".
_FEW = (
    r"(?:wel |nou |eh |uh |hmm |nja )?"
    r"(?:een paar|paar|a few|a couple|some|sommige|sommigen|een stuk of \w+|enkele"
    r"|een aantal|wel wat|best wat|one or two|een of twee|1 of 2|1 or 2|twee drie"
    r"|two or three|eentje|een enkele|one|1|een|twee|two)"
)
# ... then turned: "maar", "nog niet echt", "niet echt", "nauwelijks", "not close ones".
_TURN = (
    r"(?:maar|but|alleen|only|though|nog niet|niet echt|not really|nauwelijks|amper"
    r"|hardly|barely|zelden|rarely|not close|niet close|geen echte|not real|not proper"
    r"|niet zo|not that|not very|not yet)"
)
_FEW_TURNED = lazy_compile(rf"^{_FEW}(?: \w+){{0,3}} {_TURN}\b")
# Thin in itself: "not many", "niet veel", "weinig", "bijna geen", "few".
_THIN = lazy_compile(
    r"^(?:eh |uh |hmm |nou )?(?:not many|not a lot|not much|niet veel|niet zo veel|niet zoveel"
    r"|weinig|heel weinig|bijna geen|nauwelijks|amper|hardly any|barely any|few|very few"
    r"|(?:ken|know) (?:er |here )?(?:bijna niemand|hardly anyone|barely anyone|nobody)"
    r"|only one|maar een|maar eentje|maar 1|slechts een)\b"
)
# Once, not now: "vroeger wel, nu niet meer echt", "used to, not anymore".
_ONCE = lazy_compile(
    r"^(?:vroeger|eerst|eerder|vorig jaar|last year|i used to|used to|before|in the past)"
    r"(?: \w+){0,4} (?:nu niet|nu geen|nu nauwelijks|niet meer|geen meer|not anymore"
    r"|not any more|not now|no longer|now not|now no|nu minder|now less)\b"
)
# One friend counts ("one or two people you can turn to counts too", the question's help).
_ONE = lazy_compile(
    r"^(?:eentje|een|1|one|een vriend|een vriendin|one friend|1 friend)$"
    # "one, kind of. we talk in class" (round 39's role-play)
    r"|^(?:eentje|one|1|een vriend|een vriendin|one friend)\b(?:,| kind of| sort of| i guess)"
)


def thin(word: str) -> bool:
    """A quantity with a turn, too few, or once but not now."""
    return bool(_FEW_TURNED.search(word) or _THIN.search(word) or _ONCE.search(word))


def just_one(word: str) -> bool:
    """ "eentje", "one": a yes to "do you have friends ...?"."""
    return bool(_ONE.search(word))


# With some of them: "gaat wel, met een paar mensen", "met sommigen wel", "with a few".
_WITH_SOME = lazy_compile(
    r"\b(?:met|with) (?:een paar|sommigen|sommige|enkele|een aantal|a few|a couple|some)\b"
    r"|^(?:sommigen|sommige|some of them|a few of them|een paar wel|enkelen)\b"
    # "wel ok, mijn vrienden weten het maar ik trek me terug" (round 39's role-play)
    r"|^(?:wel|best|redelijk|vrij) (?:ok|oke|okay|oké|goed)\b"
)


def some_of_them(word: str) -> bool:
    """A yes for some people and not others: "partly" at a yes/partly/no question."""
    return bool(_WITH_SOME.search(word)) or thin(word)


# "deels" to a yes/no question was refused where "een beetje" was a yes (round 39).
PARTLY_YES = frozenset(
    ("deels", "gedeeltelijk", "voor een deel", "half", "halfjes", "soort van", "partly",
     "partially", "in part", "half and half", "deels wel", "partly yes", "ten dele",
     # "depends", "ish" were refused four times (round 40's second role-play)
     "depends", "it depends", "hangt ervan af", "hangt er vanaf", "ish", "kinda ish")
)  # fmt: skip


# Fillers before a no: "oh sorry nee, niemand verloren" was refused after 'b' (round 39's
# role-play) where "oh nee, niemand verloren" was a no.
SORRY = frozenset(("sorry", "sry", "oeps", "oops", "excuus", "pardon", "sorryy"))

# A remark around the answer: "somber zei ik toch", "like I said, no" were refused where
# "somber" and "no" were read (a role-play, round 39).
_ASIDE = lazy_compile(
    r"(?:^|[\s,.;!]+)(?:(?:dat )?zei ik (?:toch|al|net)(?: al)?|zoals ik (?:al )?zei|"
    r"like i (?:already )?said|as i (?:already )?said|i (?:already|just) said(?: that)?|"
    r"i told you|heb ik (?:al|net) gezegd)(?=$|[\s,.;!?]+)[\s,.;!?]*",
    re.IGNORECASE,
)


def without_aside(value: object, chat: bool = False) -> object:
    """The answer without "zei ik toch" and the like, and with ``chat`` its chat spellings
    written out ("not rly" was refused: a role-play, round 42, intake 2; never in the
    student's own words, which are kept as typed); anything else as it came."""
    if not isinstance(value, str):
        return value
    if chat:
        value = _CHAT.sub(lambda m: _CHAT_WORDS[m.group(0).lower()], value)
    if not _ASIDE.search(value):
        return value
    rest = _ASIDE.sub(" ", value).strip(" ,.;")
    return rest or value


_CHAT_WORDS = {
    "nt echt": "niet echt", "nt really": "not really", "nt rly": "not really",
    "rly": "really", "rlly": "really", "ye": "yes", "yh": "yeah", "nop": "nope",
    "nie": "niet", "wss": "waarschijnlijk", "sws": "sowieso", "prob": "probably",
    "probs": "probably", "def": "definitely", "deffo": "definitely",
    # "mss" was refused where "misschien" is read (a role-play, round 44)
    "mss": "misschien", "wrs": "waarschijnlijk", "msschn": "misschien",
    # "nee nog nt" was a plain no where "nee nog niet" is doubt (a role-play, round 60)
    "nog nt": "nog niet", "nt meer": "niet meer", "egt": "echt", "idd": "inderdaad",
}  # fmt: skip
# "nt" by the word after it: "nee nt echt" is "niet echt" (doubt on the safety screen)
_CHAT = lazy_compile(
    r"(?i)\b(?:nt echt|nt really|nt rly|rly|rlly|ye|yh|nop|nie|wss|sws|probs?|deffo|def"
    r"|mss|wrs|msschn|nog nt|nt meer|egt|idd)\b"
)


# To a question whose yes is a need ("Slaap je slecht?", "Voel je je vaak somber?"):
# "normal i guess", "its fine", "im ok", "not more than anyone else", "home is far away
# so.. no not really" were refused (round 39's role-play). They say no.
_FINE = lazy_compile(
    r"^(?:(?:i'?m|im|it'?s|its|all|alles|het is|het gaat|gaat|ik slaap|i sleep|sleep is|"
    r"slaap is|that's|thats|dat is|is) )?(?:gewoon |just |pretty |quite |wel |best |prima )?"
    r"(?:ok|okay|oke|oké|fine|prima|goed|normaal|normal|alright|all right|good)"
    r"(?: i guess| i think| denk ik| hoor| eigenlijk| actually| enough| really)?$"
    r"|^(?:het |t )?gaat (?:eigenlijk |best )?wel(?: hoor| denk ik| eigenlijk)?$"  # r45, intake 4
)
_NOT_MORE = lazy_compile(
    r"^(?:not|niet|no|nee)?,? ?(?:more|meer) (?:than|dan) (?:anyone|anybody|others|"
    r"other people|most|normal|average|anderen|iedereen|normaal|gemiddeld|ieder ander)\b"
    r"|^(?:same|just the same|hetzelfde) (?:as|als) (?:everyone|anyone|others|iedereen|anderen)"
)
# Denying the need by its name or the time for it: "is geen verslaving hoor" was read as a
# yes through the word "verslaving"; "geen tijd voor eigenlijk" refused (round 40).
_NOT_IT = lazy_compile(
    r"^(?:het |dat |it'?s |its |it s |that'?s |thats |that s )?(?:is )?(?:geen|not an?|no|niet)"
    r" (?:probleem|problem|issue|verslaving|addiction|big deal|ding)\b"
    r"|^(?:geen|no) (?:tijd|time)(?: voor| for)?(?: \w+)?$"
)
_ENDS_NO = lazy_compile(r"\b(?:so|dus|anyway|eigenlijk)\b(?: \w+){0,3} (?:no|nee|nope|nah)"
                        r"(?: not really| niet echt| niet zo| not much| hoor)?$")  # fmt: skip


# So-so, at a question whose yes is a need: "matig", "not great", "kan beter" to "slaap je
# slecht?" were refused (round 46's own role-play): the state is not good, a yes. Not at
# the safety screen (asked again there) nor where a yes is good (connection).
_SO_SO = frozenset(
    ("matig", "beetje matig", "middelmatig", "wisselend", "wisselt", "so-so", "so so", "soso",
     "meh", "mwah", "mwa", "half half", "half-half", "niet geweldig", "niet super", "niet best",
     "niet zo best", "niet zo goed", "not great", "not so great", "not the best", "not good",
     "could be better", "kan beter", "kon beter", "up and down", "op en neer", "ups and downs")
)  # fmt: skip


# An offer, not a state: "mwah" to "would you like to work on insight into yourself?" is
# a "not really", and was a yes that added two themes (a role-play, round 68).
_OFFER = lazy_compile(r"^\s*(?:would|do) you (?:like|want)|^\s*(?:zou|wil) je( graag)? ")


def so_so(question: Question, word: str) -> bool:
    return (
        question.section == "need"
        and not can_be_unknown(question)
        and word.strip(" .!") in _SO_SO
        and not any(_OFFER.search(text.lower()) for text in (question.text.en, question.text.nl))
    )


def says_no(section: str, word: str) -> bool:
    """At a question whose yes is a need (section ``need``), a no said otherwise."""
    return section == "need" and bool(
        _FINE.search(word)
        or _NOT_MORE.search(word)
        or _ENDS_NO.search(word)
        or _NOT_IT.search(word)
    )


# A no at the safety screen whose "soms" names another feeling: "nee, ik ben alleen soms
# somber", "nee echt niet, ik bedoelde alleen dat ik soms somber ben" were doubt, asked
# again, and the result said "eerst ja of weet niet" of a student who never said either
# (a role-play, round 41, intake 1). Not with a hedge ("no not really, alleen soms moe"
# stays doubt: rounds 11 and 14) nor with any word of death or harm.
_SOMETIMES_STATE = lazy_compile(
    r"\b(?:soms|sometimes|af en toe)(?: (?!als\b|wanneer\b|when\b|if\b)\w+){0,2}? "
    r"(?:somber|down|moe|verdrietig|gestrest|"
    r"gespannen|onrustig|boos|eenzaam|onzeker|bang|angstig|neerslachtig|sad|tired|"
    r"stressed|low|anxious|lonely|angry|upset|overwhelmed|exhausted|nervous|nerveus)\b"
)
_NOT_ONLY_A_STATE = lazy_compile(
    r"\b(?:niet echt|niet helemaal|not really|not exactly|not quite|soms wel|sometimes yes|"
    r"dood\w*|sterven|"
    r"die|dead|dying|death|leven|life|live|zelfmoord\w*|suicid\w*|einde|end|weg|gone|"
    r"verdwijn\w*|disappear\w*|wakker|wake|pijn|hurt|harm|snij\w*|cut\w*|kras\w*|"
    r"pillen|pills|kapot|klaar|done|"
    # "tired of living", "moe van alles": a passive wish, not another feeling (review, r41)
    r"liv\w*|leef\w*|alles|everything|all|anything|nothing|niets|niks|exist\w*|bestaan)\b"
)


def another_state(question_id: str, word: str) -> bool:
    """A no beside a "sometimes" that names another feeling, with nothing else said, to
    the wish and the thoughts questions ("alleen soms als ik boos ben" is a condition)."""
    if question_id not in ("safety_wish_dead", "safety_thoughts"):
        return False
    return bool(_SOMETIMES_STATE.search(word)) and not _NOT_ONLY_A_STATE.search(word)


# "I don't have a plan", "ik heb geen plan hoor" to a safety question: a no said in a
# sentence, read as doubt and asked again ("I don't have a plan" was refused; a
# role-play, round 43). Only the whole answer, nothing after it; "nog geen plan" (not yet)
# stays doubt.
_DENIED_OUTRIGHT = lazy_compile(
    r"^(?:(?:nee|no|nope|nah) )*(?:ik heb (?:echt |helemaal )?geen|heb (?:echt |helemaal )?geen"
    r"|i (?:really )?(?:don t|do not|dont) have (?:a|any)|i have no|i ve got no"
    r"|i haven t got (?:a|any)|there is no|theres no|there s no|er is geen)"
    r" (?:plan|plannen|plans|methode|method|manier)(?: (?:of zo|ofzo|hoor|or anything"
    r"|or something|at all|echt niet|really|nee|no))*$"
)


# A no whose act was not meant to end a life, said last: "nee, wel gesneden maar niet om
# dood te gaan" at "iets gedaan om een eind aan je leven te maken?" was doubt, and the
# result said "keep the student awake" for superficial cuts (a role-play, round 56). The
# cutting itself is heard beside the answer (self-harm). Not when more follows.
_NOT_TO_DIE = lazy_compile(
    r"^(?:nee|no|nope|nah)\b.*\b(?:niet om (?:dood te gaan|te sterven|er een eind aan te maken"
    r"|mezelf (?:dood|van kant) te maken|zelfmoord te plegen)|niet omdat ik dood wil"
    r"|(?:not|wasn ?t|was nt) (?:meant )?to (?:die|kill myself|end (?:it|my life))"
    r"|not because i want(?:ed)? to die)"
    r"(?: (?:hoor|echt|ofzo|of zo|really|at all|though))*"
    # a closing "not anymore" keeps it past: "maar dat was niet om dood te gaan. nu niet
    # meer" was doubt, and "bel nu 112" (round 68's note, left open; round 69)
    r"(?: (?:en )?(?:nu niet meer|nu ook niet meer|nu ook niet|niet meer|nu niet|ook niet meer"
    r"|not anymore|not any more|no longer|and not now|not now either|not now))?$"
)


# ... nor when the act is a means of dying: "nee maar ik heb wel pillen gespaard, niet
# om dood te gaan hoor" stays doubt (preparation, whatever the student calls it), and so
# does a cut in the wrists (found reviewing this round's diff).
_MEANS = lazy_compile(
    r"\b(?:pil|pillen|pills?|tabletten|tablets|touw|rope|gespaard|saved|verzameld|collected"
    r"|brief|brieven|letters?|afscheid|goodbye|spoor|trein|train|brug|bridge|dak|roof"
    r"|overdosis|overdose|wurg\w*|strop|noose|gesprongen|jumped|pols|polsen|wrist|wrists"
    r"|slagader|artery)\b"
)


def denied_outright(safety: bool, word: str) -> bool:
    """A safety question's plan or method denied in a sentence of its own, or an act
    said not to have been meant to die (not a means of dying)."""
    return safety and (
        _DENIED_OUTRIGHT.search(word) is not None
        or (_NOT_TO_DIE.search(word) is not None and _MEANS.search(word) is None)
    )


def unstretched(word: str, known: frozenset[str] | set[str]) -> str:
    """A word typed long ("noo", "yesss", "jaaaa"), alone or first, as the word it
    stretches: "noo" and "yess" were refused where "neee" and "jaaa" were listed (a
    role-play, round 43)."""
    first, _, rest = word.partition(" ")  # "yess, gespannen", "noo not really" (r43)
    if word in known or first in known or len(first) > 12:
        return word
    for form in (re.sub(r"(.)\1{2,}", r"\1\1", first), re.sub(r"(.)\1+", r"\1", first)):
        if form in known:
            return f"{form} {rest}" if rest else form
    return word


# Words around a "don't know" that change nothing: "weet niet eigenlijk, mijn vriend
# beheert mijn pinpas" and "idk actually" were refused (a role-play, round 45, intake 4).
_FILLERS = lazy_compile(
    r"^(?:(?:eerlijk gezegd|honestly|tbh|uh+m?|eh+m?|nou|well|ehm) )+"
    r"|(?: (?:eigenlijk|actually|really|echt|ook|hoor|tbh|though|eerlijk gezegd|honestly|"
    r"ofzo|of zo|lol|haha|misschien|maybe|perhaps))+$"  # "idk misschien" (r45)
)


def bare(said: str) -> str:
    """A normalised answer without the fillers around it ("" stays "")."""
    return _FILLERS.sub("", said).strip() or said


_HEDGED_YES = tuple(
    normalise(w) + " "
    for w in ("een beetje", "beetje", "wel een beetje", "best wel", "eigenlijk wel", "kinda",
              "sorta", "kind of", "sort of", "a bit", "a little", "misschien wel", "ja wel",
              "perhaps a bit", "maybe a bit", "maybe a little", "misschien een beetje")
)  # fmt: skip


_GUESS_LEAD = lazy_compile(r"^(?:i guess|i think|i suppose|well|uhm|um|ehm|nou|tja|denk ik) ")


def hedged_yes(word: str) -> bool:
    """A normalised answer that opens with a hedged yes; at a safety question too, where
    it is doubt ("kind of i guess" to "thoughts of ending your life?" was refused: r63)."""
    # after a shrug of words: "I guess... kind of" was refused (a role-play, round 52)
    word = _GUESS_LEAD.sub("", word, count=1)
    return word == "misschien wel" or (
        (word + " ").startswith(_HEDGED_YES)
        and not any(f" {no} " in f" {word} " for no in ("nee", "no", "niet echt", "not really"))
    )


# A yes to "are you worried about alcohol, drugs, gaming or gambling?" that speaks of
# someone else's use: "ja, mijn huisgenoot heeft ghb genomen op een feest" made it the
# student's own addiction, with a tip to ask her how much and how often (role-plays,
# round 56). The other person's danger is read from the words beside the answer.
_OWN_USE_QUESTIONS = frozenset(("area_substances",))
_OTHERS_USE = lazy_compile(
    r"^ (?:ja|yes|yeah|jawel|jep)\b.{0,40}?\b(?:mijn|m'n|mn|my|onze|our) (?:huisgenoot|huisgenote"
    r"|huisgenoten|vriend|vriendin|vrienden|broer|broertje|zus|zusje|moeder|vader|partner"
    r"|roommate|housemate|housemates|flatmate|friend|friends|brother|sister|mum|mom|dad"
    r"|boyfriend|girlfriend)\b"
)
_OWN_USE_TOO = lazy_compile(
    r"\b(?:ik (?:drink|gebruik|blow|gok|game|neem|snuif|slik)|i (?:drink|use|smoke|gamble|game"
    r"|take)|ik ook|me too|mezelf|myself|allebei|both of us|wij allebei)\b"
)


def others_use(question_id: str, padded: str) -> bool:
    """At the question about one's own use, a yes about another person's use."""
    return (
        question_id in _OWN_USE_QUESTIONS
        and _OTHERS_USE.search(padded) is not None
        and _OWN_USE_TOO.search(padded) is None
    )


# "ik niet" after its verb is the student's own: "ja sinds vorige week kan ik niet meer
# naar college" was read as someone else's, a no (round 55).
_VERBS = frozenset(("kan", "wil", "durf", "mag", "moet", "weet", "kon", "zou", "ga", "doe", "heb",
                    "ben", "slaap", "red", "lukt"))  # fmt: skip


def inverted(padded: str, at: int) -> bool:
    """Whether the "ik niet" at ``at`` follows its verb (moved from answer_words.py)."""
    before = padded[:at].split()
    return padded.startswith(" ik niet", at) and bool(before) and before[-1] in _VERBS
