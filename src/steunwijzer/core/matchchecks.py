"""Second looks at what a pattern matched, before and after it is judged: whether a
manner of speaking really is one, whether words were read in the wrong language, and
whether a death lies long in the past. Used by core/recognise.py; the context rules
(negation, frames, who it is about) live in core/textcontext.py and core/textframe.py."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.misreads import OTHER_SENSE, pills_all_at_once
from steunwijzer.core.misreads import said_safe as said_safe  # re-exported (moved, r69)
from steunwijzer.core.textreveal import cover_story

if TYPE_CHECKING:
    from steunwijzer.core.findings import Finding
    from steunwijzer.core.textcontext import Tokens

_CONTRAST = frozenset(("maar", "but"))
# "on purpose", "met opzet", "expres": words that say an act was meant
_PURPOSE = lexicon.word_set("purpose deliberately intentionally expres opzettelijk opzet bewust")


def a_figure(tokens: Tokens, start: int, end: int) -> bool:
    """True when a manner-of-speaking pattern matched as one: a figure is one phrase
    ("kat ..6 krassen" read across "het was de kat, maar die krassen zijn van mezelf" hid
    the wound), and no accident when the sentence says it was meant ("I burned myself
    with the iron on purpose"; an outsider's set, round 7)."""
    return (
        _CONTRAST.isdisjoint(tokens.words[start : end + 1])
        and not _on_purpose(tokens, start)
        and not _denied(tokens.words, start, end)
        and not _not_it(tokens, end)
        and not cover_story(tokens, start, end)
        and not _no_such_thing(tokens.words, start, end)
        and not pills_all_at_once(tokens, start, end)
    )


# What a figure blames, said not to exist: "from a cat, we don't even have a cat" (r32)
_BLAMED = frozenset(("cat", "cats", "kat", "katten", "poes", "kitten", "dog", "hond"))
_NONE = frozenset(("no", "geen", "don't", "dont", "doesn't", "never", "nooit", "not"))


def _no_such_thing(words: list[str], start: int, end: int) -> bool:
    blamed = _BLAMED.intersection(words[start : end + 1])
    after = words[end + 1 : end + 10]
    return bool(blamed) and not blamed.isdisjoint(after) and not _NONE.isdisjoint(after)


def _denied(words: list[str], start: int, end: int) -> bool:
    """The harmless reading is said not to be it: "wil gwn verdwijnen, voorgoed, nie op
    vakantie" is no weekend away (an outsiders' set, round 10): "for good" in the figure
    or right after it. (A negation there was tried too: "she'd die if she didn't get
    tickets" then lost its figure.) Nor "no joke" before it ("no joke, I want to kill
    myself"; round 16): lexicon.FOR_GOOD_PAIRS."""
    if not lexicon.NOT_A_FIGURE.isdisjoint(words[start : end + 3]):
        return True
    said = words[max(0, start - 1) : end + 3]  # "no joke, I want to kill myself"
    return any(pair in lexicon.FOR_GOOD_PAIRS for pair in itertools.pairwise(said))


def _not_it(tokens: Tokens, end: int) -> bool:
    """ "... ze denken dat ik ga verhuizen maar dat is het niet", "they think I'm moving
    but that's not it": the harmless reading named, and said not to be it, at the end of
    a clause (not "dat is het niet waard"; round 30)."""
    words, clause = tokens.words, tokens.clause
    for i in range(end + 1, min(tokens.n, end + 10)):
        for no in _NOT_IT:
            last = i + len(no) - 1
            if tuple(words[i : last + 1]) == no and (
                last + 1 == tokens.n or clause[last + 1] != clause[last]
            ):
                return True
    return False


_NOT_IT = (
    ("is", "het", "niet"), ("is", "niet", "waarom"), ("niet", "de", "reden"),
    ("is", "not", "it"), ("is", "not", "why"), ("not", "the", "reason"), ("is", "not", "that"),
)  # fmt: skip


def _on_purpose(tokens: Tokens, at: int) -> bool:
    """The sentence says the act was meant ("not on purpose", "niet expres" say not), or
    the text knows it is "not normal" (no accident: an outsiders' set, round 31)."""
    words, sentence = tokens.words, tokens.sentence[at]
    for j, w in enumerate(words):
        if w in _PURPOSE and tokens.sentence[j] == sentence:
            before = words[max(0, j - 3) : j]
            if lexicon.NEGATIONS.isdisjoint(before):
                return True
        if w in _NOT_RIGHT and j > 1 and words[j - 1] in ("not", "niet"):
            return not _KNOW.isdisjoint(words[max(0, j - 6) : j - 1])
    return False


_NOT_RIGHT = frozenset(("normal", "normaal", "ok", "okay", "oké", "oke", "healthy", "gezond"))
_KNOW = frozenset(("know", "knows", "weet", "weten"))


def misread(tokens: Tokens, used: tuple[int, ...], theme: str = "") -> bool:
    """Words a pattern took for something they are not here: the Dutch "want die is
    ineens stopgezet" ("because that was stopped") is no English "want ... die" (an
    outsiders' set, round 17). "i want die" and "want die so bad" stay a wish. And no
    risk of dropping out in leaving one course or in a BSA said to be fine (below)."""
    words = tokens.words
    if theme == "dropout_risk" and (_one_course(tokens, used) or _bsa_fine(tokens, used)):
        return True
    other_sense = OTHER_SENSE.get(theme)  # "I drink a lot of water" (core/misreads.py)
    if other_sense is not None and other_sense(tokens, used):
        return True
    if theme == "grief" and used and words[used[-1] : used[-1] + 2] in _WISH:
        return True  # "passive death wishes" is no one who died (round 50, my probes)
    for j in used:
        if words[j] == "want" and words[j + 1 : j + 2] and words[j + 1] in DUTCH_AFTER_WANT:
            return True  # "want als ik die niet haal": "because if I fail it" (set160, r53)
        if (
            words[j] == "want"
            and j + 2 < tokens.n
            and words[j + 1] == "die"
            and words[j + 2] in _DUTCH_AFTER_DIE
            and tokens.sentence[j + 2] == tokens.sentence[j]
        ):
            return True
    return False


_WISH = [["death", w] for w in ("wish", "wishes", "wishing", "ideation", "penalty", "toll")]


def possessive(text: str, end: int) -> bool:
    """The person a loss pattern names owns what is missed or lost: "I miss my dad's
    jokes", "I miss my mama's pierogi" is homesickness, no one who died (an outsiders'
    set, round 20); "I miss my dad" stays grief."""
    return text[end - 2 : end].lower() in _OWNS


_OWNS = frozenset(("'s", "\u2019s"))


def file_name(text: str, begin: int) -> bool:
    """ "sh" as a file's extension or a path ("deploy.sh", "/bin/sh") is no self-harm (a
    hostile round, round 20). Only "sh": "ok.ik snij mezelf" typed without a space is."""
    said = text[begin : begin + 3].lower()
    return begin > 0 and text[begin - 1] in "./\\" and said[:2] == "sh" and not said[2:].isalpha()


# Leaving one course, not the study: "uitschrijven voor de minor Filosofie", "deregister
# from the statistics resit" (r18); not "course": in British English the whole programme.
_LEAVING = lexicon.word_set(
    "uitschrijven uitgeschreven uitschrijf uitschrijving schrijf schreef deregister "
    "deregistering deregistered withdraw withdrawing withdrew unenrol unenroll unenrolling "
    "dropped drop dropping"  # round 33 (set107): a dropped elective, a club left
)
_ONE_COURSE = lexicon.word_set(
    "vak vakken minor keuzevak keuzevakken keuzemodule tentamen tentamens toets toetsen "
    "herkansing herkansingen module cursus werkgroep practicum workshop training exam exams "
    "resit resits elective electives seminar tutorial class lab werkcollege hoorcollege "
    "vereniging studentenvereniging studievereniging sportvereniging dispuut jaarclub "
    "sportschool society"
)
_WHOLE_STUDY = lexicon.word_set(
    "studie opleiding hogeschool universiteit uni programme program degree bachelor "
    "master propedeuse studies university school studeren studying"
)


def _one_course(tokens: Tokens, used: tuple[int, ...]) -> bool:
    words = tokens.words
    if _LEAVING.isdisjoint(words[j] for j in used):
        return False
    sentence = tokens.sentence[used[-1]]
    after = [w for j, w in enumerate(words[used[-1] + 1 : used[-1] + 7], used[-1] + 1)
             if tokens.sentence[j] == sentence]  # fmt: skip
    said = [w for j, w in enumerate(words) if tokens.sentence[j] == sentence]
    return not _ONE_COURSE.isdisjoint(after) and _WHOLE_STUDY.isdisjoint(said)


# A BSA said to be fine ("BSA gehaald!! 60 van de 60", "I'm on track with 48 EC"; outsiders'
# sets): the bare word "bsa" is no risk then. A success said not to be one ("niet
# gehaald", "not on track"), or any word of failing, quitting or worry, keeps it.
_FINE = lexicon.word_set(
    "gehaald behaald binnen ruim passed made track schema fine allowed ahead buzzing "
    "gelukt voldoende hoeveel many rules regels ask geldt party feest "
    "werkt works voorlichting informatie information uitleg explain begrijpen understand"
)  # "hoeveel", "hoe dat werkt": a question about the rule (r19; a parent's, set166, r53)
_NOT_FINE = lexicon.word_set(
    "niet nie not never nooit geen no didn't don't won't fail failed failing gezakt zakken "
    "negatief negative warning waarschuwing dreig dreigt dreigde tekort short behind "
    "achter risk risico bang scared afraid worried stress stop stoppen quit quitting "
    "eruit kicked opgeven give"
)


def _bsa_fine(tokens: Tokens, used: tuple[int, ...]) -> bool:
    words = tokens.words
    if len(used) != 1 or words[used[0]] != "bsa":
        return False
    return not _FINE.isdisjoint(words) and _NOT_FINE.isdisjoint(words)


# Words that follow the Dutch "want" ("because") and never the English verb.
DUTCH_AFTER_WANT = lexicon.word_set(
    "als ik het de ze hij zij er mijn mn dan toen omdat we wij jij je dat deze dit ook "
    "anders daar hier nu"
)
# Words that follow the Dutch "die" ("that", "those") and no English "die".
_DUTCH_AFTER_DIE = lexicon.word_set(
    "is was zijn waren heeft had hebben kan kon moet moest wil wou gaat ging zit zat ligt "
    "lag staat stond komt kwam doet deed werd wordt worden zou zal mag mocht snapt weet "
    "vind vindt man vrouw jongen meid meisje docent leraar lerares vriend vriendin gast "
    "mensen lui dingen ook niet nog al dan toen ik hij zij ze we wij jij je u"
)


def long_past_grief(findings: list[Finding], tokens: Tokens, suicide: bool) -> list[Finding]:
    """A death told as long past, with no word of grieving now, is no acute grief: "mijn
    vader is overleden toen ik 6 was", "my cat died like 10 years ago" (round 17). Shown
    as a mention, never dropped. "Last year", "two years ago" are not long ago; missing,
    sadness or "still" anywhere keeps the grief, and so does a suicide (``suicide``)."""
    if suicide or not any(f.theme == "grief" and f.set_aside is None for f in findings):
        return findings
    others = _someone_elses_loss(tokens)  # "de opa van mijn huisgenoot is overleden"
    if others is not None and not _own_grief(tokens.words):
        return [
            replace(f, set_aside="about_other", cue=others)
            if f.theme == "grief" and f.set_aside is None
            else f
            for f in findings
        ]
    if not _GRIEVING.isdisjoint(tokens.words) or _missed(tokens.words):
        return findings
    distant = _not_close(tokens.words)  # "een oudoom, ik kende hem nauwelijks"
    out = []
    for f in findings:
        if f.theme == "grief" and f.set_aside is None:
            if distant is not None:
                f = replace(f, set_aside="not_close", cue=distant)
            else:
                at = tokens.starts.index(f.start) if f.start in tokens.starts else -1
                cue = _long_ago(tokens, tokens.sentence[at]) if at >= 0 else None
                if cue is not None:
                    f = replace(f, set_aside="past", cue=cue)
        out.append(f)
    return out


_KNEW = lexicon.word_set("kende ken knew know known met ontmoet gezien")
_HARDLY = lexicon.word_set("nauwelijks amper nauwelijk barely hardly")
_CLOSE, _ONCE = lexicon.word_set("close hecht"), lexicon.word_set("once twice")
_NOT = lexicon.word_set("not niet never nooit")


def _not_close(words: list[str]) -> str | None:
    """Words that say the one who died was no one close: "ik kende hem nauwelijks", "we
    weren't close", "I'd met him once" (two outsiders' sets, round 17)."""
    for j, w in enumerate(words):
        if w in _KNEW and not _HARDLY.isdisjoint(words[max(0, j - 2) : j + 4]):
            return " ".join(words[max(0, j - 2) : j + 4])  # "kende hem eigenlijk nauwelijks"
        if w in _CLOSE and not _NOT.isdisjoint(words[max(0, j - 3) : j]):
            return " ".join(words[max(0, j - 3) : j + 1])
        if w in _ONCE and j >= 2 and words[j - 2] == "met":
            return " ".join(words[j - 2 : j + 1])
    return None


# Words of grieving now: missing someone, sadness, "still", an anniversary, crying; guilt
# and rumination ("weren't close but ... cant stop thinking about it", round 64).
_GRIEVING = lexicon.word_set(
    "steeds still opnieuw "
    "verdriet verdrietig sad sadness rouw rouwen rouwt grief grieve grieving mourn "
    "mourning verwerkt verwerken verwerking huil huilen huilde cry crying cried moeilijk "
    "zwaar pijn hurts hurt jaardag sterfdag anniversary kapot lastig heavy getriggerd "
    "triggered flashbacks opeens suddenly laatst lately recently onlangs weer again "
    "gemis dealt dringt besef beseft realise realize sinking schuldig guilty guilt schuld "
    "thinking malen"
)
_MISS = lexicon.word_set("mis mist missen miste misten miss misses missing missed")
# "ik mis hem", "I miss her so much": missing a person; not "ik miste een tentamen"
_PERSON = lexicon.word_set(
    "hem haar hen ze zo zoveel erg nog him her them so much mijn m'n mn my mum mom dad"
)


def _missed(words: list[str]) -> bool:
    return any(
        w in _MISS and not _PERSON.isdisjoint(words[j + 1 : j + 3]) for j, w in enumerate(words)
    )


_AGO = frozenset(("geleden", "ago"))
_YEARS = frozenset(("jaar", "jaren", "years"))
_FEW = lexicon.word_set(
    "drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig aantal tig "
    "three four five six seven eight nine ten eleven twelve fifteen twenty several many"
)
_YEARS_AGO = (
    ("years", "ago"), ("jaren", "geleden"), ("lang", "geleden"), ("long", "ago"), ("time", "ago"),
    ("al", "jaren"), ("for", "years")  # "is al jaren dood", "dead for years" (set128)
)  # fmt: skip  # not "a couple of years ago", "niet zo lang geleden", "not long ago" (r42)
_RECENT = lexicon.word_set("two twee couple paar of short some kort little not niet zo so that")
_WHEN_I = (("toen", "ik"), ("when", "i"))
_SMALL = lexicon.word_set(
    "klein kleiner jong jonger kind baby peuter kleuter little small young younger kid child "
    "toddler"
)
_AS_A, _CHILDHOOD = lexicon.word_set("als as"), lexicon.word_set("kind kid child kleuter peuter")
_SPAN_OF = lexicon.word_set("week weeks month months weken maanden")  # "7 months pregnant" (r69)
_PERIOD = lexicon.word_set("blok periode jaar leerjaar year semester module kwartiel week block")
_NUMBER = re.compile(r"\d{1,4}")
_THIS_YEAR = date.today().year


def _long_ago(tokens: Tokens, sentence: int) -> str | None:
    """The words in one sentence that date something three years back or more, if any."""
    words = tokens.words
    spans = [j for j in range(tokens.n) if tokens.sentence[j] == sentence]
    for j in spans:
        w = words[j]
        if w in _AGO and j >= 2 and words[j - 1] in _YEARS:
            count = words[j - 2]
            if count in _FEW or (_NUMBER.fullmatch(count) and int(count) >= 3):
                return f"{count} {words[j - 1]} {w}"
        pair = (w, words[j + 1] if j + 1 < tokens.n else "")
        # "years ago", "jaren geleden"; not "two years ago", "a couple of years ago"
        before = words[j - 1] if j else ""
        if pair in _YEARS_AGO and before not in _RECENT and not before.isdigit():
            return " ".join(pair)
        if pair in _WHEN_I:
            for k in range(j + 2, min(tokens.n, j + 6)):
                said = words[k]
                # "toen ik in blok 2 zat" is a study period, not an age (set126, round 45)
                age = _NUMBER.fullmatch(said) and words[k - 1] not in _PERIOD
                age = age and _SPAN_OF.isdisjoint(words[k + 1 : k + 2])
                if said in _SMALL or (age and int(said) <= 16):
                    return f"{w} {words[j + 1]} … {said}"
        if w in _AS_A and j + 1 < tokens.n and words[j + 1] in _CHILDHOOD:
            return f"{w} {words[j + 1]}"
        if len(w) == 4 and w.isdigit() and 1950 <= int(w) <= _THIS_YEAR - 3:
            return w  # "in 2015", "sinds 2019"
    return None


# Someone else's loss: "my roommate's grandmother passed away", "de opa van mijn
# huisgenoot is overleden" (an outsiders' set about others, round 17): the student
# supports the one who grieves; shown as a mention ("about someone else"), not acute
# grief, unless the student says they grieve too ("ik mis haar ook", "I'm sad too").
_PERSON_WORDS = lexicon.word_set(
    "roommate roommates flatmate housemate friend friends boyfriend girlfriend partner "
    "colleague neighbour neighbor teammate classmate huisgenoot huisgenote kamergenoot "
    "kamergenote vriend vriendin vriendje collega buurman buurvrouw teamgenoot klasgenoot "
    "studiegenoot"
)
_KIN_WORDS = lexicon.word_set(
    "mother mum mom father dad grandmother grandma grandfather grandpa granddad nan "
    "granny brother sister aunt uncle cousin cat dog moeder vader opa oma broer zus tante "
    "oom neef nicht kat hond"
)
_OF_MY = lexicon.word_set("van mijn m'n mn een haar zijn")
_SELF = frozenset(("i", "ik", "me", "mij", "im"))


def _someone_elses_loss(tokens: Tokens) -> str | None:
    words = tokens.words
    for j in range(tokens.n - 1):
        if words[j] in _PERSON_WORDS and words[j + 1] in _KIN_WORDS:
            return f"{words[j]} {words[j + 1]}"  # "roommate's grandmother", 's dropped
        if words[j] in _KIN_WORDS and words[j + 1] == "van" and j + 2 < tokens.n:
            after = words[j + 2 : j + 4]
            said = after[1:] if after[:1] and after[0] in _OF_MY else after[:1]
            if said and said[0] in _PERSON_WORDS:
                return " ".join(words[j : j + 2 + len(after)])
    return None


def _own_grief(words: list[str]) -> bool:
    """The student says they grieve too: "I" near a word of grieving or missing."""
    for j, w in enumerate(words):
        if (w in _GRIEVING or w in _MISS) and not _SELF.isdisjoint(words[max(0, j - 3) : j + 2]):
            return True
    return False
