"""A counsellor's note read as the student would say it. The patterns are written in
the first person ("aan me gezeten", "ik heb een plan", "my ex hit me"), so a note
about the student loses what it says of her: "iemand heeft aan haar gezeten op het
feest" and "ze heeft al een plan" were nothing (round 48: the Dutch "ik" sentences of
tests/data put in the third person by a script lost 205 of their acute signals).

Only a note about the student is read this way (``textroles.note_about_the_student``),
and only the pronouns of the first person named in it ("ze" or "hij", not both): "hij
zit steeds aan haar" in her note is someone else's act on the student. Words are
replaced one for one, so every finding in the reading maps back to the note's words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from steunwijzer.core import lexicon, resemblance
from steunwijzer.core.findings import Recognition
from steunwijzer.core.resembling import NOTE_OWN_RISK, as_own_in
from steunwijzer.core.telegram import telegram_note
from steunwijzer.core.textcontext import Tokens, other_person
from steunwijzer.core.textroles import note_about_the_student
from steunwijzer.core.tokencache import tokens_of

# A writer in the text ("I", "we", "my", "onze"): a parent's letter or the student's own
# message, whose "he" and "she" are others ("he said if I leave he'll kill me").
_WRITER = lexicon.word_set("ik me mij mijn mn m'n mezelf wij we ons onze i my myself our us i'm im")
_SHE = lexicon.word_set("ze zij haar zich zichzelf haarzelf she her herself")
_HE = lexicon.word_set("hij hem zijn zich zichzelf hemzelf he him his himself")
_SUBJECT = lexicon.word_set("ze zij hij she he")
# "ze hebben haar beroofd": "ze" before a plural verb is "they"
_PLURAL_END = "en"
_IRREGULAR_NL = {
    "heeft": "heb", "is": "ben", "wordt": "word", "gaat": "ga", "komt": "kom",
    "zegt": "zeg", "doet": "doe", "staat": "sta", "slaat": "sla", "ziet": "zie",
    "wilt": "wil", "kunt": "kan", "zult": "zal", "was": "was", "zit": "zit",
}  # fmt: skip
_IRREGULAR_EN = {
    "is": "am", "has": "have", "was": "was", "does": "do", "doesn't": "don't",
    "goes": "go", "says": "say", "isn't": "am not", "hasn't": "haven't",
}  # fmt: skip
# After "haar"/"her" these say it is the one done to ("aan haar gezeten", "hit her
# again"), not the owner of what follows ("haar telefoon", "her phone").
_AFTER_OBJECT = lexicon.word_set(
    "en of aan op in met terwijl toen als omdat dat de het een niet nooit steeds altijd "
    "vast na achterna tegen af uit mee weer ook al nog toch gewoon echt zo te om bij "
    "overal constant telkens iets wat niks niets "
    "and or to at in with while when if because that the a an not never again too "
    "also always still just so up down out off on into for from "
    # a time or a manner after it: "hij sloeg haar vorige week", "he hit her last
    # weekend", "hij pakte haar alleen hard bij haar nek vast" (round 50)
    "alleen hard stevig keihard expres opzettelijk bijna zomaar "
    "vorige vorig afgelopen gisteren gister vannacht vanavond vandaag vanochtend zaterdag "
    "zondag weekend last yesterday tonight today this"
)


def _verb_nl(word: str) -> str | None:
    if word in _IRREGULAR_NL:
        return _IRREGULAR_NL[word]
    # "denkt" -> "denk", "voelt" -> "voel"; not "wacht", "praat", "start"
    if len(word) > 4 and word.endswith("t") and word[-2] in "bdfgklmnpsvz":
        return word[:-1]
    return None


# Separable prefixes before "ge-": "vastgepakt", "aangerand", "uitgescholden".
_SEPARABLE = ("vast", "aan", "uit", "op", "af", "mee", "weg", "neer", "om", "door", "in", "na")


def _participle(word: str) -> bool:
    """ "gezeten", "beroofd", "vastgepakt": what was done to her, after "haar"."""
    return len(word) > 4 and (
        word.startswith("ge")
        or (word.startswith(("be", "ver", "ont")) and word[-1] in "dt")
        or any(
            word.startswith(p) and word[len(p) :].startswith("ge") and word[-1] in "dtn"
            for p in _SEPARABLE
        )
    )


def _verb_en(word: str) -> str | None:
    if word in _IRREGULAR_EN:
        return _IRREGULAR_EN[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"  # "cries", "tries"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]  # "feels", "wants", "thinks"
    return None


_SINGULAR = lexicon.word_set("kan wil zal mag moet weet was had zit")
_NO_VERB = lexicon.word_set(
    "geen eigenlijk alleen samen even open heen binnen buiten boven beneden tegen toen "
    "zonder wegen morgen"
)


def _they(after: list[str]) -> bool:
    """ "ze" as "they": its verb, the first of the next words that is one, is plural."""
    for i, word in enumerate(after):
        if word in _SINGULAR or _verb_nl(word) is not None:
            return False
        if word.endswith(_PLURAL_END) and len(word) > 3 and word not in _NO_VERB:
            nxt = after[i + 1] if i + 1 < len(after) else ""
            if nxt in _SINGULAR or _verb_nl(nxt) is not None:
                continue  # a noun: "dat ze pillen heeft opgespaard" (round 50)
            return True
    return False


_ADVERBS = lexicon.word_set(
    "always never often sometimes really just also still usually only even already "
    "barely hardly constantly keeps altijd nooit vaak soms echt gewoon ook nog al pas "
    "steeds bijna amper nauwelijks"
)
_A = lexicon.word_set("a an een another andere one")
_OTHERS = lexicon.word_set("hij zij ze hem haar he she him her they them zichzelf")
# Someone named who then speaks or is spoken of: "vriend die schreef dat hij ...", "a
# student in the library who keeps saying he ...": the pronoun after is theirs.
_INTRODUCES = lexicon.word_set(
    "die wie who that which zei zegt zeggen schreef schrijft appte appt belde vertelde "
    "said says wrote texted told tells posted keeps"
)


def _a_student(words: list[str], j: int) -> bool:
    """ "a student", "een studente": someone else, not the student of the note."""
    return words[j] in ("student", "studente") and j > 0 and words[j - 1] in _A


def _student(words: list[str]) -> frozenset[str] | None:
    """The pronouns of the first person named, when that is "ze"/"hij"/"she"/"he"; not
    one who hurts the other: "st. woont nog bij ex, hij sloeg haar" is her note (r49)."""
    for j, word in enumerate(words):
        if word in _SUBJECT or word in ("haar", "her", "hem", "him"):
            if word in _SUBJECT and not _HURTS.isdisjoint(words[j + 1 : j + 3]):
                victim = words[j + 2 : j + 4]
                if word in _HE and ("haar" in victim or "her" in victim):
                    return _SHE
                if word not in _HE and ("hem" in victim or "him" in victim):
                    return _HE
            return _SHE if word in _SHE else _HE
    return None


_HURTS = lexicon.word_set(
    "sloeg slaat schopt schopte duwt duwde dreigt dreigde bedreigt bedreigde mishandelt "
    "mishandelde wurgde wurgt verkrachtte hits hit beats beat kicks kicked pushed pushes "
    "threatens threatened choked chokes raped slapped slaps"
)


def replacements(tokens: Tokens) -> dict[int, str]:
    """Token index -> the first-person word that stands there in the student's words."""
    words, clause, n = tokens.words, tokens.clause, tokens.n
    mine = _student(words)
    if mine is None:
        return {}
    out: dict[int, str] = {}
    holder: dict[int, bool] = {}  # per clause: the last person named is the student
    named: set[int] = set()  # sentences where someone else is named: "hij" may be them
    for j, word in enumerate(words):
        nxt = words[j + 1] if j + 1 < n and clause[j + 1] == clause[j] else ""
        english = word in ("she", "he", "her", "him", "his", "herself", "himself")
        if word not in mine and (other_person(words, j) or _a_student(words, j)):
            holder[clause[j]] = False
            if not _INTRODUCES.isdisjoint(words[j + 1 : j + 5]):
                named.add(tokens.sentence[j])  # "st. belt namens vriend die ... dat hij"
        if word not in mine:
            continue
        if word in _SUBJECT and tokens.sentence[j] in named:
            continue  # "vriend die schreef dat hij ...": his; "ex heeft haar": hers
        if word in _SUBJECT:
            if word == "ze" and _they(words[j + 1 : j + 4]):
                holder[clause[j]] = False  # "ze hebben", "dat ze haar weten te vinden"
                continue
            out[j] = "i" if english else "ik"
            holder[clause[j]] = True
            k = j + 1  # "she always takes": the verb after an adverb
            while k < n and clause[k] == clause[j] and words[k] in _ADVERBS:
                k += 1
            nxt = words[k] if k < n and clause[k] == clause[j] else ""
            verb = (_verb_en if english else _verb_nl)(nxt) if nxt else None
            before = words[j - 1] if j and clause[j - 1] == clause[j] else ""
            inverted = None if english or not before else _verb_nl(before)
            if verb is not None:
                out[k] = verb
            elif inverted is not None:  # "denkt ze" -> "denk ik"
                out[j - 1] = inverted
        elif word in ("zichzelf", "haarzelf", "hemzelf", "herself", "himself"):
            if holder.get(clause[j]):
                out[j] = "myself" if english else "mezelf"
        elif word == "zich" and holder.get(clause[j]):
            out[j] = "me"  # "ze heeft zich opengehaald" -> "ik heb me opengehaald"
        elif word in ("haar", "her"):
            done_to = not nxt or nxt in _AFTER_OBJECT or _participle(nxt)
            out[j] = ("me" if done_to else "my") if english else ("me" if done_to else "mijn")
        elif word in ("hem", "him"):
            out[j] = "me"
        elif word == "his" or (word == "zijn" and nxt and not nxt.endswith("en")):
            out[j] = "my" if english else "mijn"
    return out


def first_person(text: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """The note in the student's words, and per word its span there and in the note;
    None when nothing changes."""
    tokens = tokens_of(text)
    words = tokens.words
    note = note_about_the_student(words) and _WRITER.isdisjoint(words)
    new = replacements(tokens) if note else {}
    if not new:
        return None
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    at = previous = 0
    for j in range(tokens.n):
        begin, finish = tokens.starts[j], tokens.ends[j]
        gap = text[previous:begin] if begin >= previous else " "
        word = new.get(j, text[begin:finish] if begin >= previous else tokens.words[j])
        parts += [gap, word]
        at += len(gap)
        spans.append((at, at + len(word), begin, finish))
        at += len(word)
        previous = max(previous, finish)
    parts.append(text[previous:])
    return "".join(parts), spans


def back(spans: list[tuple[int, int, int, int]], start: int, end: int) -> tuple[int, int]:
    """A span of the reading as the span of the note's words it covers."""
    first = next((s for s in spans if s[1] > start), spans[-1])
    last = next((s for s in reversed(spans) if s[0] < end), spans[0])
    return first[2], max(first[3], last[3])


def read_as_student(
    found: Recognition,
    text: str,
    read: Callable[[str], Recognition],
    acute_themes: frozenset[str],
) -> Recognition:
    """``found`` with what the note says in the student's words: a theme it did not
    find, about the student, at the note's words (never concern for someone else)."""
    reading = first_person(text)
    if reading is None:
        return found
    rewritten, spans = reading
    again = read(rewritten)
    named = False
    if _nobody_else(text):
        # Only a pronoun ("Hij heeft gezegd dat hij zich van kant wil maken") may be a
        # friend's words told: both readings stay, as for control (core/notecontrol.py).
        named = _names_the_student(Tokens(text).words)
        found = _net_on_the_student(found, rewritten, keep=not named)
        if named:
            found = _hers(found, again, spans)
    have = set(found.themes)
    # Where the note already gave an acute theme, the reading adds none: a guessed
    # pronoun must not reorder the crisis lines ("scared. he's home tonight" is the
    # student's own message, "he" the danger, not the student).
    # Concern for someone else is no such theme: in a note, "haar" is the student's.
    # Nor is the second net's guess ("resembles ...") a reading that was made.
    # Nor is a need without a danger: "... heeft haar vastgepakt in de lift ... nu durft
    # ze niet meer naar school" kept the dropout and lost the assault (round 49).
    danger = acute_themes - {lexicon.ABOUT_OTHER} - _NOT_A_DANGER
    acute = any(f.theme in danger and f.origin != resemblance.ORIGIN for f in found.findings)
    extra = []
    for f in again.findings:
        if f.theme in have or f.theme == lexicon.ABOUT_OTHER or f.about_other:
            continue
        if f.origin == resemblance.ORIGIN:  # the second net on words nobody wrote
            continue
        if _still_someone_else(Tokens(rewritten[f.start : f.end]).words):
            continue  # "ik ga haar pijn doen": still about someone else, now as a threat
        if acute and f.theme in acute_themes and not named:
            # A note that names the student and nobody else guesses no pronoun: "Student
            # reports she was targeted by sextortion ... She indicates she has thought
            # about ending her life" lost the suicidal thoughts (round 66).
            continue
        start, end = back(spans, f.start, f.end)
        extra.append(replace(f, words=text[start:end], start=start, end=end))
        have.add(f.theme)
    if not extra:
        return found
    mentions = tuple(m for m in found.mentions if m.theme not in have)
    return replace(found, findings=found.findings + tuple(extra), mentions=mentions)


# An acute need with no danger to life or safety, whose crisis lines a reading cannot
# reorder. Not grief: "hij heeft zichzelf van het leven beroofd" is a death told, the
# "hij" the one who died, not the student (round 20).
_NOT_A_DANGER = frozenset(("dropout_risk",))
# People a note names who are in no list of the recogniser's (it reads them by their
# pronoun): "haar pa heeft met een mes gezwaaid", "haar teamgenootje zei ...".
_ROLES = lexicon.word_set(
    "pa ma pap mam ouders brada bradda broeder bro sis docent docente trainer trainster coach "
    "baas tutor mentor leraar "
    "lerares huisbaas kotbaas verhuurder begeleider stagebegeleider teamgenootje oom tante "
    "opa oma neef nicht agent dokter arts huisarts teacher coach boss landlord uncle aunt "
    "parents dad mum mom doctor"
)


_STUDENT_WORDS = lexicon.word_set("st stud student studente leerling client cliënt cliente")
_NOT_THIS_ONE = lexicon.word_set("a an een another andere other one die that mijn my mn")


_AGENTS = lexicon.word_set("ze zij hij he she they")
_DONE_TO_ME = lexicon.word_set("me mij mijn my")
_I = lexicon.word_set("ik i")


def _still_someone_else(words: list[str]) -> bool:
    """A third person left in the reading's words, unless it is the one who acts on the
    student: "gaan ze me wat aandoen" (her brothers' threat, a third-person measure, round
    49) is hers; "ik ga haar pijn doen", "ik ga ze pijn doen" are not."""
    for j, w in enumerate(words):
        if w not in _OTHERS:
            continue
        before, after = words[:j], words[j + 1 :]
        if w in _AGENTS and _I.isdisjoint(before) and not _DONE_TO_ME.isdisjoint(after):
            continue
        return True
    return False


def _names_the_student(words: list[str]) -> bool:
    """The note says whom it is about ("st.", "S.", "de student"), or drops its subject
    as only a counsellor's note does ("krijgt gedachten om te springen als hij ...")."""
    return (
        (bool(words) and words[0] == "s")
        or telegram_note(words)
        or any(
            w in _STUDENT_WORDS and (j == 0 or words[j - 1] not in _NOT_THIS_ONE)
            for j, w in enumerate(words)
        )
    )


def _nobody_else(text: str) -> bool:
    """The note names nobody but the student ("haar vriendin", "haar pa" are someone)."""
    tokens = tokens_of(text)
    mine = replacements(tokens)
    names = tokens.words
    return not any(
        j not in mine and (names[j] in _OTHERS or names[j] in _ROLES or other_person(names, j))
        for j in range(tokens.n)
    )


def _net_on_the_student(found: Recognition, rewritten: str, keep: bool) -> Recognition:
    """The second net's concern for someone else, in a note that names nobody but the
    student, as the student's own risk: the one the net's weights for each risk say the
    note resembles most. "St. geeft aan dat ze haar oxazepam ... in een doosje bewaart,
    'voor als'" weighed as concern for a friend (0.9x) sent the counsellor to how to help
    a friend (an outsiders' set, round 48). The tier stays: read as the student's words
    the net finds nothing in most notes it caught, and among those are a farewell letter
    and knives in a bedside table (tests/data put in the third person: 13 acute notes
    would have been lost by dropping the guess)."""
    if not any(f.origin == resemblance.ORIGIN and f.about_other for f in found.findings):
        return found
    own = as_own_in(found, rewritten, NOTE_OWN_RISK)
    if not keep:
        return own
    added = tuple(f for f in own.findings if f not in found.findings)
    return replace(found, findings=found.findings + added)


def _hers(
    found: Recognition, again: Recognition, spans: list[tuple[int, int, int, int]]
) -> Recognition:
    """A pattern's concern for someone else ("verkracht* & ze|haar") in a note that names
    nobody but the student, where her own words give the same words a need the note
    already has: "st. geeft aan dat ze sinds de verkrachting ... niet meer naar de campus
    durft" was sexual violence and concern for a friend (my own probes, round 49)."""
    kept = []
    for f in found.findings:
        if f.theme == lexicon.ABOUT_OTHER and f.origin != resemblance.ORIGIN:
            for g in again.findings:
                start, end = back(spans, g.start, g.end)
                own = g.theme != lexicon.ABOUT_OTHER and not g.about_other
                if own and g.theme in found.themes and start < f.end and f.start < end:
                    break
            else:
                kept.append(f)
            continue
        kept.append(f)
    if len(kept) == len(found.findings):
        return found
    return replace(found, findings=tuple(kept))
