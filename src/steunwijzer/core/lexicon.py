"""The recogniser's built-in words: the risk-to-life floor and the context rules.

Data kept in code on purpose: they must work with an empty or broken catalogue, like
the safety screen. A catalogue adds its own patterns per theme (``patterns:``) and can
extend these, never remove them (docs/catalog.md: the pattern language and its limits).
"""

from __future__ import annotations

from typing import Any

from steunwijzer.core import lexicon_chat as chat
from steunwijzer.core.patternwords import word_set as word_set

# --- the floor: risk-to-life patterns per theme and language (lexicon_floor.py) ----------
# Read only where patterns are compiled (a catalogue loaded from YAML, `catalog
# validate`, the build): a text read with the compiled recogniser never needs them.
FLOOR_THEMES = ("suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other")


# The figures of speech and the markers of a past (lexicon_sources.py) likewise: the
# many modules that hold them cost about 4 ms to import.
_SOURCES = ("FIGURES", "PAST", "RECOVERED", "COMPLETED")


def __getattr__(name: str) -> dict[str, Any]:
    if name == "FLOOR":
        from steunwijzer.core.lexicon_floor import FLOOR

        return FLOOR
    if name in _SOURCES:
        from steunwijzer.core import lexicon_sources

        return getattr(lexicon_sources, name)  # type: ignore[no-any-return]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Themes whose findings are a risk to life: checked for who they are about, set aside
# (never dropped) when negated or framed, and given an urgency.
RISK_TO_LIFE = ("suicidal_thoughts", "self_harm", "concern_for_other")
# Findings that are about someone else become this theme.
ABOUT_OTHER = "concern_for_other"

# Themes that are not the student's when said about someone else ("my brother dropped out").
NOT_FOR_OTHERS = frozenset(("dropout_risk", "addiction"))

# --- negation (NegEx-style) ------------------------------------------------------------
NEGATIONS = word_set(
    "niet geen nooit niks niets zonder nergens geenszins "
    "not no never nothing without none neither nor deny denies denied ontkent ontkend ontkende"
)
# Negation words that here do not negate ("not only", "kan niet stoppen").
PSEUDO_NEGATIONS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "niet alleen", "niet zeker", "geen idee", "weet niet", "weet ik niet", "kan niet stoppen",
        "kon niet stoppen", "kan niet meer stoppen", "lukt niet", "lukt me niet", "lukt mij niet",
        "niet ophouden", "niet meer weten", "niet uit mijn hoofd", "nergens anders",
        "not only", "not just", "not sure", "no doubt", "not stop", "not help", "no idea",
        "not know", "not have anywhere", "not got anywhere", "not get it out", "not get rid",
        "not sleep", "not cope", "not handle", "not worry",  # "don't worry, you won't ..." (r64)
        "not deal", "not get over", "not process", "not accept", "not believe", "not bear",
        "not stand", "not see", "not focus", "not concentrate", "not afford", "not pay",
        "niet verwerken", "niet aan", "niet over", "niet accepteren", "niet geloven",
        "niet concentreren", "niet betalen", "geen uitweg", "niet voorstellen",
        "without me", "zonder mij", "zonder me", "without him", "without her", "zonder hem",
        "zonder haar", "not like", "niet alsof", "niet beloven", "niet garanderen",
        "not promise", "not guarantee", "no way out",
        # the meme "not me burning my wrist again" tells it (a blind set of chats, r59)
        "not me",
        # "ik zou niet rouwig zijn als ik niet meer wakker werd" (round 10)
        "niet rouwig", "niet erg", "not mind", "wouldn't mind",
        # avoiding the thought is no denial of it ("I game all night so I don't think
        # about killing myself"; round 7)
        "so i do not think", "so i do not have to think", "to not think", "not to think",
        "zodat ik niet hoef", "zodat ik er niet aan", "zodat ik niet aan", "om er niet aan",
        "om niet te denken", "om niet te hoeven",
        # a fear worked against is no denial: "... and to not get kicked out of my
        # programme" set the dropout risk aside (a role-play, round 23, Q4)
        "to not get", "to not be", "so i do not get", "om niet", "zodat ik niet",
        "not see a way", "geen kracht", "niet erg",
        "without asking", "without knocking", "without permission", "without warning",
        "zonder kloppen", "zonder te kloppen", "zonder te vragen", "zonder toestemming",
        "zonder waarschuwing",
        # a time said with a negation is recent: "mijn opa is niet zo lang geleden
        # overleden" was a denied death (round 42)
        # "ik zie het niet zitten om door te gaan met deze studie" denied going on (r42)
        "niet zitten", "niet meer zitten", "niet echt zitten", "niet zo zitten",
        "niet lang geleden", "niet zo lang geleden", "not long ago", "not so long ago",
        "not that long ago", "niet heel lang geleden", "niet eens zo lang geleden",
        # "hoe je zonder pijn dood kan gaan": painless, not a denial (round 11)
        "zonder pijn", "zonder te lijden", "without pain", "without suffering",
        # a plan without its day yet is a plan: "ik weet welke dosis, alleen nog geen
        # datum" (round 31)
        "geen datum", "no date", "not set a date", "not picked a date", "not chosen a date",
        "snap niet waarom", "begrijp niet waarom", "weet niet waarom", "not understand why",
        # "ik weet niet hoe ik verder moet" says a problem; "of ik leef of niet" a choice
        "weet niet hoe", "weet niet wat", "not know how", "not know what",
        "geen idee hoe", "no idea how", "of niet", "or not",
        # not mattering is the finding: "het maakt niet uit of ik er ben" (round 37, F1)
        "maakt niet uit", "maakt niks uit", "maakt niets uit", "niet uitmaakt", "niks uitmaakt",
        "niets uitmaakt", "not matter",
        # others not knowing is a disclosure: "mijn ouders weten niet dat ik stop"
        "weten niet", "weten nog niet", "weet nog niet", "wist niet", "wisten niet",
        "heeft niet door", "hebben niet door", "niet gemerkt", "not noticed", "not aware",
        "not realise", "not realize",
        # said to be meant, not denied: "I want to kill myself no lie", "ik wil dood geen
        # grap", "niet normaal" (very), "niet diep" (how deep), "nooit gedacht dat ik ..."
        # (an admission); an outsiders' hostile round, round 16
        "no joke", "not joking", "not kidding", "no kidding", "not a joke", "no lie",
        "geen grap", "geen grapje", "geen geintje", "niet als grap", "niet normaal",
        "niet diep", "not deep", "nooit gedacht dat ik", "had nooit gedacht",
        "never thought i", "never thought that i", "never imagined i",
        # "ik mag niet zonder hem weg": two negations, a rule that is the finding
        "niet zonder", "nooit zonder", "not without", "never without",
        # "I don't want to live no more": "no more" is "anymore", not a denial after it
        "no more", "no longer",
        # two negations that say the wish: "it's not that I don't want to die" was nothing
        # recognised (a hostile round, round 69)
        "not that i don't", "not that i dont", "not that i do not", "not that i don t",
        "niet dat ik niet", "niet dat ik geen", "not like i don't", "not like i dont",
        "not like i do not", "niet zo dat ik niet", "niet zo dat ik geen",
        "never said i didn't", "never said i didnt", "never said i don't", "never said i dont",
        "never said i did not", "never said i do not", "don't not", "dont not", "do not not",
        "don t not",
        # never so much: "ik heb nog nooit zo hard aan zelfmoord gedacht", "I have never
        # wanted to die so badly", "zonder twijfel wil ik dood", "geen mens die het merkt
        # als ik dood ben" were nothing recognised (a hostile round, round 13)
        "nooit zo", "nooit eerder zo", "nog nooit zo", "never been more", "never been so",
        "never felt so", "never felt more", "zonder twijfel",
        "zonder enige twijfel", "without a doubt", "without any doubt", "geen mens die",
        "geen hond die", "no one would", "nobody would", "niemand die",
        # an urge one cannot get rid of: "krijg de drang om mezelf pijn te doen niet
        # weg" read as denied (an outsiders' set, round 14)
        "niet weg", "niet kwijt", "niet meer weg", "not go away", "won't go away",
        "wont go away", "not going away",
        # a secret told now is no denial: "Wat ik haar niet heb verteld is dat ik mezelf
        # soms brand" was read as denied (an outsiders' set, round 21)
        "niet verteld", "niet heb verteld", "nooit verteld", "nooit heb verteld",
        "niet gezegd", "niet heb gezegd", "nooit gezegd", "niet durf te vertellen",
        "not told", "never told", "not tell anyone", "never tell anyone", "not tell you",
        # "not me googling 'painless ways' at 3am": the way one says one does it (social
        # media, an outsiders' set, round 22)
        "not me googling", "not me wanting", "not me thinking", "not me crying",
        "not me writing", "not me searching", "not me looking", "not me planning",
        "not me buying", "not me saving",
    )
)  # fmt: skip
# "ik denk (er) niet aan ...": a denial, although "niet aan" is a pseudo-negation in
# "ik kan niet aan haar dood denken" (the loss is the topic). A think-verb just before
# the "niet" (or "er" between) makes it a negation again.
DENIAL_VERBS = word_set("denk dacht denken dachten overweeg overwoog")
# A verb before its subject ("aan zelfmoord denk ik niet"): no new clause opens after it.
INVERTED_VERBS = word_set("denk dacht heb had wil wou overweeg doe")
# A full stop after a case note's abbreviation ends no sentence: "vriendin van st. stuurde
# afscheidsberichten" read "stuurde ..." as the student's own (an outsiders' set, r24).
ABBREVIATIONS = word_set(
    "st stud cl bijv evt ca dhr mevr mr mrs dr vs nr bv incl excl vnl resp prof drs ir ing "
    # months and spans in notes: "vader sinds dec. in ziekenhuis" (round 49's blind set B)
    "jan feb mrt apr jun jul aug sep sept okt oct nov dec wk wkn mnd mnden jr jrn"
)


def abbreviated(between: str, last: str, following: str) -> bool:
    """Only a full stop after an abbreviation, and the next word in lower case: "Geen
    contact met st. Wil dood" is two sentences, or the "geen" would reach "wil dood"."""
    return between.strip() == "." and last in ABBREVIATIONS and following[:1].islower()


# Words that end a negation's reach (and commas, colons and the like).
CLAUSE_WORDS = word_set(
    "maar omdat doordat echter hoewel toch behalve en dus wat terwijl sinds zodat opdat "
    "but because however although though except and or so which who cause cuz since "
    "while yet "
    # "... te stoppen met leven bedoel ik niet met studeren": "bedoel ik" sets what
    # went before apart, and its "niet" is about what follows (round 43, a spoken set)
    "bedoel"
)
# "als ik niks haal, dan spring ik": a condition's negation stops at "dan"/"then".
NEGATION_BARRIERS = word_set("dan then")
# Without "dan"/"then" ("if I don't pass this resit I get kicked out") a condition's own
# negation still stops short: it reaches the condition's verb phrase, not what follows.
CONDITION_WORDS = word_set("if als indien")
CONDITION_NEGATION_REACH = 3
CONDITION_SPAN = 6  # words from "als"/"if" to its negation ("als ik dit tentamen niet")
NEGATION_REACH = 6  # words before a finding that a negation word reaches
SCOPE_ENDS = word_set("anymore")  # "can't do this anymore": the "not" ends there
SELF_SUBJECTS = word_set("ik i")  # a new sentence without a comma stops that reach, unless
LINKS_ON = word_set("dat that of whether if als omdat because saying say said zeg zeggen zei")
POST_NEGATION_REACH = 3  # "zelfmoordgedachten heb ik niet": after the finding


# A game said in the sentence frames a death in it. A death in a game: "jumped off a
# cliff to respawn", "twelve times dead in that boss fight"; only words for dying and
# coming back in play: a game's name is no frame ("I play Minecraft all night so I don't
# think about killing myself" is about the student). Social deduction games in which a
# player "dies" every round: "wie wil er als eerste dood?" at a game of Weerwolven is
# play (an outsiders' set, round 9).
GAME_WORDS = word_set(
    "respawn respawnen respawned respawnde respawning respawns respawnt bossfight"
    " weerwolven weerwolf werewolf werewolves maffia mafia"
    # the Dutch word for a boss fight (round 25, set80); not games by name: "I play
    # Minecraft all night so I don't think about killing myself" is no game's death
    " eindbaas eindbazen"
)

# --- who a finding is about ---------------------------------------------------------------
SELF_WORDS = word_set("ik i me mij mezelf mijzelf myself student studente client")
OTHER_WORDS = word_set(
    "hij zij ze hem zichzelf hemzelf haarzelf he she they him them himself herself themselves "
    "themself huisgenoot huisgenote vriend vriendin vriendje vriendinnetje broer zus zusje "
    "broertje moeder vader mama papa partner ex klasgenoot medestudent studiegenoot collega "
    "kamergenoot neef nicht oom tante oma opa iemand friend roommate flatmate housemate sister "
    "brother mum mom mother dad father partner boyfriend girlfriend classmate colleague cousin "
    "someone somebody bestie mate buddy pal bro sis homie neighbour neighbor maat maatje "
    "gozer lief nichtje neefje buurman buurvrouw clubgenoot jaargenoot medebewoner coworker "
    "uncle aunt grandma grandpa guy girl boy man woman person persoon jongen meisje vrouw "
    "his her their haar hun teamgenoot teammate groupmate coursemate labmate huisgenoten "
    "roomie kamergenote vriendinnen vrienden zoon dochter son daughter niece nephew "
    # a spouse, children, a parent-in-law, a supervisor (set91, round 28: "My husband
    # overdosed on his antidepressants" was read as the writer's own overdose)
    "husband wife hubby fiance fiancee echtgenoot echtgenote stepdad stepmom stepfather "
    "stepmother stiefvader stiefmoeder schoonmoeder schoonvader supervisor promotor "
    # the people cared for on a placement (set101, round 31: "een bewoner zei vandaag 'ik
    # wil dood'" was the writer's own wish); not "patient" ("I'm a patient at the GGZ") nor
    # "cliënt" (in a counsellor's note the student)
    "bewoner bewoonster leerling leerlinge pupil resident "
    # fellow trainees and team members (round 64's blind sets: "Mijn medestagiaire zei
    # vandaag 'ik zie het echt niet meer zitten'" was the writer's own)
    "medestagiair medestagiaire teamgenote ploeggenoot ploeggenote"
    # (not "stagiair": a placement supervisor's note about the trainee is the student)
    # (not "mentee", "mentor": a mentor's note about a mentee is about the student the
    # counsellor will see, and "my mentor saw the marks on my wrist" is the writer's own;
    # tried in round 30 and dropped)
    # (not "kids", "kinderen": "de kinderen zouden beter af zijn dan met mij" is the
    # writer's own wish, the children only those left behind)
)

# Reported speech: "my friend texted: I want to die" is about the friend.
SPEECH_WORDS = word_set(
    "zegt zei zeiden zeggen gezegd appt appte appen stuurde stuurt schreef schrijft vertelde "
    "vertelt riep post postte plaatste said says told tells texted texts wrote writes posted "
    "messaged replied whispered sent saying texting writing posting joked jokes joking grapt "
    "grapte zette zet typte typt tweette reageerde"  # "keeps saying stuff like I won't
    # be around" (a dictated message, round 27); "zette in de groepsapp" (round 63)
)
OTHER_REFLEXIVE = word_set("zichzelf zich hemzelf haarzelf himself herself themselves themself")
SELF_REFLEXIVE = word_set("mezelf mijzelf myself me mij ik i")

# --- urgency: timing and intent near a risk-to-life finding ------------------------------
TIMING = word_set(
    "vanavond vannacht vandaag morgen straks zometeen binnenkort nu tonight today tomorrow "
    "now soon weekend"
)
INTENT = word_set(
    "ga gaat gaan going gonna will klaar ready besloten decided plan plannen plans planned planning"
)
INTENT_REACH = 3

CHAT = chat.CHAT  # written out before matching (core/lexicon_chat.py)

# Real words one letter from a pattern word: never read as a misspelling of it.
NOT_TYPOS = word_set(
    "overleef overleefde overleefden "  # "ik overleef het niet" is no death (round 10)
    "overleven overleeft overleefd overlevende overleving beleven beleefd geleden "
    "hopeless hopelessly "  # "it's hopeless" is no "homeless" (round 24)
    "pushing pushes "  # "my parents keep pushing me to study" is no "pausing" (round 49)
    "sharing "  # "my ex has been sharing nude pictures" is no "harming" (round 62)
    "gecrasht crasht crashte gedoopt doopt doopte "  # no "gekrast", no "gedoxt" (round 62)
    "passing passes "  # "beyond just passing my courses" is no "pausing" either (r52)
    "drinken "  # "stoppen met drinken ben ik bang" is no "dronken ... bang" (r52)
    "sterven "  # "aan het sterven van de verkoudheid" is no "stierven", a death (round 49)
    "dyed dyes dyeing "  # "my housemate dyed her hair pink" is no death (set89, round 27)
    "uitgestelde uitgesteld gestopt gestart gestapt studeren studenten "
    "opvangen opgevangen vervangen vervangt overleden meditatie meditation putting sitting "
    "fitting getting setting letting betting knitting starting warming charming farming "
    "turning pumping dumping bumping lunching munching hunching cruising boarding "
    "shitting spitting quitting waiting billing filling "
    "changing changed banging ranging talking talked staking stakingen staken gestaakt "
    "morning mornings afmaken afgemaakt afmaakt afhalen afgehaald overleggen overlegd "
    "overlegde doorgaan doorgaat doorgegaan sterren shopping hunting willing dringen "
    "hanging gedicht gedichten covering covered "  # "heenging", "gedacht" (round 8)
    # words that sound like a short risk word and are words of their own (round 12)
    "nose noses zaterdag zaterdagen zaterdags zaterdagavond zaterdagochtend briefing briefings "
    "playing played player players"  # "playing a girl who ..." read as "planning" (round 16)
    " matched matches"  # "now I matched with a girl" read as a machete (set250, round 59)
    # "in overleg met de huisarts", "ik sterf van de hoofdpijn", "in het verleden",
    # "verkleed als lijk", "deadlines stacking up", "keeps stealing my oat milk": grief and
    # an unsafe situation read in words of their own (round 20)
    " overleg verleden verkleed sterf sterft stacking stealing"
    # "what kind of work is suiting me after my study" read as quitting (set121, round 41)
    " suiting suited"
    # "alle vakken gehaald" read as "gefaald": dropout risk in a note that said "geen
    # zorgen" (round 48, hidden until then as someone else's)
    " gehaald behaald gehaalde"
    # "my brother is thinking about applying for the programme" read as "falling":
    # concern for someone else (round 51's blind set); "ik heb weer gebraakt" read as
    # "gebrand", self-harm for an eating problem (round 56's blind set of voice memos)
    " applying gebraakt braakt braken"
    # "een bewaakte stalling" (a bike shed) read as stalking (round 58's blind set)
    " stalling stallingen fietsenstalling"
    # "EHBO verleend" read as "overleed": grief in an incident report (set299, round 61);
    # one letter lost from each word is two slips, which the keys do not tell apart
    " verleend verleende verleent verlenen"
)
FUZZY_MIN = 7  # words this long may have one slip (a letter added, lost, changed or swapped)

# What a manner of speaking is said not to be (recognise._denied): "voorgoed" in it or
# right after it, or a hospital ("I tried with pills and ended up in hospital" is no
# "ended up doing"; round 16); a pair of words from the word before it.
NOT_A_FIGURE = frozenset(
    ("voorgoed", "definitief", "permanently", "permanent", "hospital", "ziekenhuis", "icu")
)
FOR_GOOD_PAIRS = frozenset(
    (
        ("voor", "altijd"),  # not "for good": "move away for good"
        # Said to be meant: "I want to kill myself, no joke", "... for real", "not kidding"
        # were set aside as a joke or as "kill for" (an outsiders' hostile round, round 16).
        ("for", "real"),
        ("meen", "het"),
        *(
            (no, joke)
            for no in ("no", "not", "geen", "niet", "nie", "never", "nooit")
            for joke in ("joke", "jk", "kidding", "joking", "grap", "grapje", "geintje", "lie")
        ),
        # "not even joking anymore when i say kms" was a joke (a blind set, round 69)
        ("even", "joking"),
        ("even", "kidding"),
    )
)
