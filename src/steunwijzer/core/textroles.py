"""Who does what in a sentence, for the context rules (core/textcontext.py): a first
person that starts a sentence of its own, and a person who receives or owns rather than
acts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.telegram import telegram_note, third_person_note

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens


def new_subject(words: list[str], j: int) -> bool:
    """ "het gaat niet goed ik wil niet meer leven": a first person starting a sentence
    of its own, without a comma (chat, dictation). The "niet" before it belonged to the
    sentence before (an outsiders' hostile round, round 7). "niet dat ik ...", "I'm not
    saying I ..." keep the negation's reach: the first person is inside what is denied."""
    return words[j] in lexicon.SELF_SUBJECTS and (j == 0 or words[j - 1] not in lexicon.LINKS_ON)


# "tweelingzus", "stiefbroer", "jeugdvriendin", "ploegmaat": a person by the end of a
# compound ("maat" since an outsiders' set, round 19).
PERSON_ENDINGS = (
    "zus", "zusje", "broer", "broertje", "vriend", "vriendin", "genoot", "genote", "maat",
    "maatje",
)  # fmt: skip

# ... and who is told: "told my roommate the cuts were from my cat" is the student's own
# cover story, not the roommate's wounds (an outsiders' set, round 30)
# (not the imperative: "tell my mum I'm sorry" is a goodbye message's own words)
_TO = frozenset(("aan", "to", "told", "texted", "vertelde"))
# "bij"/"with" make a receiver only beside a verb of leaving something with someone: "mijn
# kat bij mijn zus ondergebracht" was concern for the sister (round 42); "ik heb bij mijn
# vriend littekens gezien" stays the friend's.
_WITH = frozenset(("bij", "with"))
_LEFT_WITH = lexicon.word_set(
    "ondergebracht gebracht gelaten achtergelaten neergezet afgegeven weggebracht "
    "left leave leaving dropped rehomed"
)
_OWNER = frozenset(("mijn", "mn", "m'n", "my", "zijn", "haar", "his", "her", "de", "the"))


def recipient(words: list[str], j: int) -> bool:
    """ "spullen aan mn broertje gegeven", "gave my guitar to my brother": the person is
    who receives, the student is who gives (a role-play, round 7, read it as concern
    for the brother)."""
    before = j - 1
    if before >= 0 and words[before] in _OWNER:
        before -= 1
    if before >= 0 and words[before] in _WITH:
        return not _LEFT_WITH.isdisjoint(words[max(0, before - 4) : j + 4])
    return before >= 0 and words[before] in _TO


# Means a person may own while the student gathers them (round 8).
_MEANS = lexicon.word_set(
    "pillen pil slaappillen slaappil tabletten medicijnen medicatie antidepressiva "
    "pijnstillers oxazepam temazepam paracetamol insuline wapen pistool geweer mes messen "
    "touw riem pills pill painkillers tablets meds medication medicine medicines sleeping "
    "antidepressants insulin gun guns weapon knife knives rope belt "
    "rifle shotgun jachtgeweer kluis wapenkluis safe"  # "dad's safe" (set251, round 59)
)
_OF = frozenset(("van", "of", "from"))


_PILL_ENDINGS = ("pillen", "pilen", "pills", "pil", "pill", "tabletten", "tablets")


def _means(word: str) -> bool:
    return word in _MEANS or word.endswith(_PILL_ENDINGS)  # "slaappilen", typed in haste


def owner(words: list[str], j: int) -> bool:
    """ "slaappillen van mijn moeder gespaard", "my mum's painkillers": the person owns
    the means, the student is who gathers them (a role-play, round 8, read it as concern
    for the mother, and no suicidal thoughts at all)."""
    if j + 1 < len(words) and _means(words[j + 1]):
        return True
    before = j - 1
    if before >= 0 and words[before] in _OWNER:
        before -= 1
    return before >= 1 and words[before] in _OF and _means(words[before - 1])


# "Sinds mijn vader dood is voelt alles zinloos": the father who died is no one at risk
# now; the feeling after it is the student's (a role-play, round 11, saw it read as
# concern for the father, and the handout asked "worried about someone else?").
_DIED = lexicon.word_set(
    "dood overleden gestorven overleed stierf verongelukt omgekomen died dead passed"
)


# Body parts a "they" or "ze" may stand for: "I scratch my arms until they bleed", "ik
# kras in mijn armen tot ze bloeden" (a role-play, round 18, got concern for someone
# else beside the self-harm).
_BODY = lexicon.word_set(
    "arms arm legs leg wrists wrist hands hand thighs thigh fingers nails knuckles skin "
    "wounds wound cuts scars lips armen benen polsen pols handen dijen vingers nagels "
    "knokkels huid wonden wond sneden sneetjes littekens lippen"
)


# A wish to be with someone who died ("ik wil gewoon bij mijn moeder zijn, ze is vorig
# jaar overleden", "soon I'll be with mum again", "wil papa achterna"): the one named is
# the dead, not someone at risk; the wish is the student's (blind set113, round 37).
_JOINING = lexicon.word_set("join joining follow following with bij naar")
# A death told: "dood" and "dead" only after "is", "was" ("ze wil dood" is a wish).
_GONE = lexicon.word_set(
    "overleden gestorven overleed stierf verongelukt omgekomen died passed death funeral "
    "grave heaven lost loss begrafenis uitvaart graf hemel verloren overlijden"
)
_MISSED = lexicon.word_set("miss mis missen")  # not "missing": gone, not longed for
_IS = lexicon.word_set("is was zijn waren are were 's")


def _death_told(words: list[str]) -> bool:
    if not _GONE.isdisjoint(words):
        return True
    if "dood" not in words and "dead" not in words:
        return False  # at C speed: asked per person named, over a long text's words
    return any(w in ("dood", "dead") and k > 0 and words[k - 1] in _IS for k, w in enumerate(words))


def joined_dead(words: list[str], j: int) -> bool:
    """The person at ``j`` is one the student wants to join in death: a joining word
    just before ("bij mijn moeder", "with mum") or "achterna" just after, and a death
    told or a missing in the text; a pronoun that the death is said of ("ze is
    overleden", not "ze wil dood")."""
    if words[j] in _PRONOUNS_DEAD:
        return _death_told(words[j + 1 : j + 5])
    if not _death_told(words) and _MISSED.isdisjoint(words):
        return False
    before = words[max(0, j - 3) : j]
    return not _JOINING.isdisjoint(before) or "achterna" in words[j + 1 : j + 3]


_PRONOUNS_DEAD = lexicon.word_set("ze zij hij he she they")
# Someone's own words after a speech verb: "stuurde mijn huisgenoot: ...".
POSSESSIVE = frozenset(
    ("mijn", "mn", "m'n", "je", "jouw", "zijn", "z'n", "haar", "d'r", "hun", "het")
)


_ARTICLES = frozenset(("een", "de", "die", "onze", "a", "an", "the", "our", "one"))


def spoken_by(words: list[str], j: int) -> bool:
    """The speech verb just before the one who speaks: "stuurde mijn huisgenoot: ..."."""
    before = j - 1
    if before >= 0 and (words[before] in POSSESSIVE or words[before] in _ARTICLES):
        before -= 1  # "zei een teamgenoot: 'ik ...'" (round 64's blind sets 338, 340)
    return before >= 0 and words[before] in lexicon.SPEECH_WORDS


# The student made to feel unsafe by the one named: "my flatmate makes me feel unsafe,
# he comes into my room at night" was concern for the flatmate, and the panel said to
# find out whether "that person" can be reached (a role-play, round 37, F2).
_ME = frozenset(("me", "mij"))
_FELT = lexicon.word_set("feel feeling felt voel voelen voelde bang scared afraid unsafe onveilig")
_DONE_TO = lexicon.word_set(
    "threatens threatened threatening scares scared follows followed stalks stalked hits hit "
    "bedreigt bedreigde volgt volgde stalkt stalkte slaat sloeg intimideert intimideerde"
)


def unsafe_for_me(tokens: Tokens, start: int, end: int) -> bool:
    """The student is the one made unsafe in the finding's sentence: "makes me feel",
    "maakt me bang", "threatens me" (not "told me her boyfriend makes her feel ...")."""
    words, sentence = tokens.words, tokens.sentence[start]
    for j in range(max(0, start - 8), min(tokens.n, end + 1)):
        if words[j] not in _ME or tokens.sentence[j] != sentence:
            continue
        after = words[j + 1] if j + 1 < tokens.n else ""
        if after in _FELT or (j > 0 and words[j - 1] in _DONE_TO):
            return True
    return False


_THING_CASE = frozenset(("ze", "hem", "them", "it"))
_NEEDED = frozenset(("nodig",))


def body_part_before(words: list[str], j: int) -> bool:
    """True when the pronoun at j follows a body part within four words, with no person
    named between: it stands for the arms, not for someone else. So does a pronoun that
    is what is (no longer) needed: "ik heb ze toch niet meer nodig", "I won't need them
    anymore" are the student's things, not a second person (round 42: concern for
    someone else beside the student's own wish)."""
    if words[j] in _THING_CASE and (
        words[j - 1 : j] == ["need"] or not _NEEDED.isdisjoint(words[j + 1 : j + 5])
    ):
        return True
    for k in range(j - 1, max(-1, j - 5), -1):
        if words[k] in _BODY:
            return True
        if words[k] in lexicon.OTHER_WORDS:
            return False
    return False


# Wounds seen on someone else's body: "ik zag verse wondjes op haar armen", "... op de
# onderarmen van mijn teamgenoot" (an outsiders' set, round 30, read them as the
# student's own self-harm).
_ON = frozenset(("op", "on", "aan", "around", "rond"))
_HERS = frozenset(("haar", "zijn", "zn", "z'n", "hun", "her", "his", "their"))
_LIMBS = _BODY | lexicon.word_set(
    "onderarmen onderarm bovenarmen bovenarm forearms forearm buik stomach nek neck gezicht "
    "face enkels ankles heupen hips"
)


def on_someone_else(tokens: Tokens, end: int, is_other: Callable[[list[str], int], bool]) -> int:
    """Right after a finding: "op de armen van mijn vriendin", "on the arms of my
    teammate" (1: someone named); "op haar armen", "on his wrists" (1 when the writer
    says "ik" or "I" in the text, else 2: in a counsellor's note "fresh cuts on her
    forearms" is the student). 0 when the body is no one else's."""
    words, n = tokens.words, tokens.n
    j = end + 1
    if j + 2 >= n or words[j] not in _ON or tokens.sentence[j + 2] != tokens.sentence[end]:
        return 0
    if words[j + 1] in _HERS:
        if words[j + 2] not in _LIMBS:
            return 0
        return 2 if lexicon.SELF_SUBJECTS.isdisjoint(words) else 1
    if words[j + 1] not in ("de", "the") or words[j + 2] not in _LIMBS:
        return 0
    after = words[j + 3 : j + 6]
    named = after[:1] in (["van"], ["of"]) and any(
        is_other(words, j + 4 + k) for k in range(len(after) - 1)
    )
    return 1 if named else 0


def deceased(words: list[str], j: int, start: int) -> bool:
    """The person at ``j`` is said to have died, before the finding starts."""
    return not _DIED.isdisjoint(words[j + 1 : min(j + 4, start)])


def first_person_after(tokens: Tokens, end: int) -> bool:
    """A first-person subject later in the same sentence than the finding."""
    sentence = tokens.sentence[end]
    for j in range(end + 1, min(tokens.n, end + 12)):
        if tokens.sentence[j] != sentence:
            return False
        if tokens.words[j] in lexicon.SELF_SUBJECTS:
            return True
    return False


# A counsellor's note names the student as the one it is about ("Student geeft aan dat
# hij overweegt te stoppen"): a lone "hij" or "ze" in it is the student. "een student
# uit mijn groep" is someone else (see textcontext._INDEFINITE).
_THE_STUDENT = frozenset(("student", "studente", "leerling", "client", "cliënt", "cliente"))
_NOT_THE_STUDENT = frozenset(
    ("a", "an", "een", "another", "andere", "other", "one", "die", "that", "mijn", "my", "mn")
)


def note_about_the_student(words: list[str], by_pronoun: bool = True) -> bool:
    """The text speaks of "the student" (not "a student"), or opens with "ze" or "hij"
    and names nobody first: a counsellor's note. "Ze heeft ADHD en zorgt voor haar
    broertje ... Ze zegt: 'soms denk ik ...'" lost the BSA and the wish to someone else
    (a role-play, round 36, Q1, Q2). Or a parent or a lecturer refers the student. Or,
    ``by_pronoun``, the first person named in a text without "I" is "ze"/"hij" (r48)."""
    return (
        (bool(words) and words[0] in _NOTE_OPENS)
        or any(
            w in _THE_STUDENT and (j == 0 or words[j - 1] not in _NOT_THE_STUDENT)
            for j, w in enumerate(words)
        )
        or referred(words)
        or telegram_note(words)
        or (by_pronoun and third_person_note(words))
    )


# A parent or a lecturer who writes to the counsellor about the one they refer: "onze
# zoon wil zich uitschrijven", "one of my students ... might be about to drop out" (a
# blind set of referrals, round 41: the dropout was read as someone else's and set
# aside). That one is the counsellor's student: their need counts.
REFERRED = lexicon.word_set(
    "zoon dochter kind son daughter child students studenten leerlingen pupils mentees"
)
_PARENTS = lexicon.word_set("onze our mijn my")
_ONE_OF = lexicon.word_set("of van")


def referred(words: list[str]) -> bool:
    """ "mijn/onze zoon", "my daughter", "(one) of my students", "een van mijn studenten"."""
    for j in range(1, len(words)):
        w, before = words[j], words[j - 1]
        if w in ("zoon", "dochter", "son", "daughter") and before in _PARENTS:
            return True
        # "one of my (second-year) students" (set127, round 45: a lecturer's cutting
        # student read as someone else's)
        near = words[max(0, j - 3) : j]  # up to two words between ("second year")
        mine = next((k for k, x in enumerate(near) if x in _PARENTS), None)
        group = w in ("students", "studenten", "leerlingen", "mentees") and mine is not None
        at = j - len(near) + (mine or 0) - 1  # the word before "my"
        if group and at >= 0 and words[at] in _ONE_OF:
            return True
    return False


# "St. geeft aan dat ze ..." is a counsellor's shorthand for the student (set127, r45)
_NOTE_OPENS = lexicon.word_set("ze zij hij she he st stud")


# Words that trail a clause without changing it: "hij slaat me niet of zo", "he doesn't
# hit me or anything" (a role-play, round 15: the "niet" was no longer at the clause's
# end, so "slaat me" was read as being hit).
_TRAILING = frozenset(
    ("zo", "ofzo", "of", "hoor", "eigenlijk", "echt", "gewoon", "or", "anything", "something",
     "really", "though", "lol", "haha")
)  # fmt: skip


def clause_last(tokens: Tokens, end: int) -> int:
    """The last word of the clause that ``end`` is in, trailing fillers left out."""
    clause, last = tokens.clause, end
    while last + 1 < tokens.n and clause[last + 1] == clause[end]:
        last += 1
    while last > end and tokens.words[last] in _TRAILING:
        last -= 1
    return last


# "die heeft een afscheidsbericht gezet": a sentence that opens with "die" and a verb
# has a person as its subject (Dutch), like "ze heeft" (a role-play, round 15).
_DIE_VERBS = frozenset(
    ("heeft", "had", "is", "was", "zei", "zegt", "wil", "wilde", "gaat", "ging", "doet", "deed",
     "stuurde", "stuurt", "postte", "post", "appte", "appt", "schreef", "schrijft", "kan",
     "kon", "zit", "zat", "ligt", "lag", "reageert", "praat", "belde", "belt")
)  # fmt: skip


def subject_die(tokens: Tokens, j: int) -> bool:
    words = tokens.words
    opens = j == 0 or tokens.sentence[j - 1] != tokens.sentence[j]
    return words[j] == "die" and opens and j + 1 < tokens.n and words[j + 1] in _DIE_VERBS


def named_before(tokens: Tokens, start: int, is_other: Callable[[list[str], int], bool]) -> bool:
    """A person named in an earlier sentence, whom a lone "ze" or "hij" then stands for:
    "het gaat over mijn huisgenoot. ze heeft een afscheidsbericht gepost" (a role-play,
    round 15: the student was asked about a method of their own). Not in a counsellor's
    note about "the student", where the pronoun is the student."""
    words, sentence = tokens.words, tokens.sentence[start]
    if note_about_the_student(words):
        return False
    # A pronoun in an earlier sentence names nobody: "Ze is doodmoe. ... denkt ze dat
    # iedereen beter af zou zijn zonder haar" is a counsellor writing about the student
    # (a role-play, round 36, R1, lost the suicidal thoughts); a name before it still counts.
    return any(
        tokens.sentence[j] != sentence and is_other(words, j) and words[j] not in _LONE
        for j in range(max(0, start - 60), start)
    )


_LONE = lexicon.word_set("hij zij ze hem haar he she they him her them")


# The writer's own turn after a message told: "my brother texted me an hour ago and
# honestly I want to die too" read the wish as the brother's words, and the student's own
# risk was concern for him alone (round 59). Only with a word of one's own turn after the
# "and": "she texted 'I'm tired and I want to die'" stays the message.
_OWN_TURN = lexicon.word_set(
    "honestly eerlijk tbh frankly zelf myself mezelf mijzelf also ook too personally"
)


def own_turn(words: list[str], j: int, position: int) -> bool:
    """True when the "and" at j opens the writer's own clause before the "I" at position."""
    return words[j] in ("and", "en") and not _OWN_TURN.isdisjoint(words[j + 1 : position])
