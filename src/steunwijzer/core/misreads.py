"""Words of a theme read in a sense that is not the theme's. Used by
core/matchchecks.misread.

Drinking that is no drinking problem: the addiction theme's synonym "drinking" is
matched by its stem, so every "drink" was addiction: "I drink a lot of water", "ik drink
elke avond thee", "friday drinks anyone?", "someone spiked my drink" (round 48, my own
probes and 44 sentences of tests/data). The theme's own patterns ("ik drink elke
avond", "drinking every night") stay findings. A pet put to sleep is no sleep problem,
and coming out of a room is no coming out, nor is where one sleeps a sleep problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from steunwijzer.core import lexicon
from steunwijzer.core.misreads_idioms import (
    a_brand_named,
    a_landlord_not_answering,
    gender_as_a_field,
    no_place_lacking,
    not_known_where,
)
from steunwijzer.core.misreads_pills import (
    a_container_of_food,
    more_over_time,
    pills_of_a_kind,
    taken_as_prescribed,
)
from steunwijzer.core.misreads_sleep import sleep_misread

if TYPE_CHECKING:
    from steunwijzer.core.textcontext import Tokens

# What one drinks without a problem, named within a few words after the verb.
_PLAIN = lexicon.word_set(
    "thee koffie water melk fris frisdrank cola sap limonade ranja chocomel smoothie "
    "smoothies tea coffee milk juice soda lemonade cocoa chocolate decaf espresso latte "
    "cappuccino energiedrank energydrank kombucha"
)
# ... unless alcohol is named in the same sentence: "I drink coffee by day, wine by night".
_ALCOHOL = lexicon.word_set(
    "alcohol bier biertjes biertje wijn wijntjes wodka whisky rum gin jenever shots drank "
    "beer beers wine vodka booze drunk dronken zat liquor spirits cocktails"
)
# "drink(s)" as a noun: a glass ("my drink", "two drinks") or an occasion ("friday
# drinks", "out for drinks"). Not "a drink": "I need a drink to loosen up" may be the need.
_BEFORE_NOUN = lexicon.word_set(
    "my his her their our your mijn zijn haar m'n mn the for at after friday vrijdag has have "
    "had having "
    "energy soft pre free welcome one two three four 1 2 3 4 twee drie"
)
_NOUNS = frozenset(("drink", "drinks"))
_LOOK = 4  # words after the verb where the drink is named ("drink a lot of water")


def harmless_drink(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when the addiction match rests on a word of drinking that names a plain
    drink or a glass or an occasion, not drinking itself."""
    words, clause, sentence = tokens.words, tokens.clause, tokens.sentence
    drinking = [j for j in used if words[j].startswith("drink")]
    if not drinking or len(used) > 2:
        return False
    at = drinking[-1]
    # the whole sentence: "ik drink 's ochtends koffie en 's avonds wijn, elke avond een fles"
    if not _ALCOHOL.isdisjoint(
        w for w, s in zip(words, sentence, strict=True) if s == sentence[at]
    ):
        return False
    after = words[at + 1 : min(tokens.n, at + 1 + _LOOK)]
    if not _PLAIN.isdisjoint(after):
        return True
    return (
        len(used) == 1
        and words[at] in _NOUNS
        and at > 0
        and clause[at - 1] == clause[at]
        and (words[at - 1] in _BEFORE_NOUN or words[at - 1].endswith("-"))
    )


# "she hasn't come out of her room" is no coming out (a second role-play, round 30, B4).
_PLACES = frozenset(
    ("room", "kamer", "bed", "house", "huis", "shower", "douche", "lockdown", "hospital",
     "ziekenhuis", "her", "his", "their", "my", "the", "haar", "zijn", "mijn", "de", "het")
)  # fmt: skip


def out_of_a_place(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """ "out" read by the pattern, then "of" and a place or an owner of one."""
    words = tokens.words
    for j in used:
        if words[j] == "out" and words[j + 1 : j + 2] == ["of"] and words[j + 2 : j + 3]:
            return words[j + 2] in _PLACES and words[j + 2 : j + 4] != ["the", "closet"]
    return False


# "I can't go on without it" said of a drink, a drug or a phone is a habit that holds,
# no wish to die: "now it's half a bottle and I can't go on without it" read as suicidal,
# urgency immediate (a blind set of performing artists, round 57). "Without her", "without
# you" stay a finding: a person one cannot live without is a loss to ask about.
_WITHOUT = lexicon.word_set("without zonder")
_HABITS = lexicon.word_set(
    "drinking drink drinks alcohol booze wine beer coffee caffeine weed bottle glass "
    "smoking cigarettes vaping vape gaming phone pills meds sugar snacks energy "
    "drank alcohol wijn bier koffie wiet blowen roken gamen telefoon fles glas"
)
# "it", "dat" only when the sentence names the habit: "I can't go on without this ending
# soon" and "... without it, the pain is too much" stay a wish (round 57's review).
_IT = lexicon.word_set("it this that het dat dit")


def go_on_without_a_habit(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when "go on" (or "verder") is followed by "without" a drink, drug or habit."""
    words = tokens.words
    if not used or words[used[-1]] not in ("on", "verder"):
        return False
    at = used[-1]
    after = words[at + 1 : at + 4]
    if not after or after[0] not in _WITHOUT:
        return False
    if not _HABITS.isdisjoint(after[1:]):
        return True
    sentence = [w for w, s in zip(words, tokens.sentence, strict=True) if s == tokens.sentence[at]]
    return len(after) > 1 and after[1] in _IT and not _HABITS.isdisjoint(sentence)


# The second net's guesses that rest on an everyday use of a risky word (round 49, an
# outsiders' set and my own probes): "voel me soms echt niet mezelf" resembled self-harm
# (0.92) on "mezelf"; "ik slik pillen tegen hooikoorts" a wish to die (0.80) on "pillen".
_SELF = lexicon.word_set("mezelf mijzelf myself")
_NOT = lexicon.word_set("niet not")
_MEDS = lexicon.word_set(
    "pil pillen pilletjes tablet tabletten medicijn medicijnen medicatie pill pills tablets "
    "meds medication medicine"
)
_FOR = lexicon.word_set("tegen voor for against")
_AILMENTS = lexicon.word_set(
    "hooikoorts hoofdpijn migraine allergie allergieen allergieën griep verkoudheid keelpijn "
    "buikpijn menstruatiepijn ontsteking acne astma eczeem maagpijn rugpijn kiespijn "
    "hay fever headache headaches migraines allergies allergy flu cold colds acne asthma "
    "infection eczema cramps backache toothache"
)


def not_myself(tokens: Tokens, positions: list[int]) -> bool:
    """ "niet mezelf", "not myself", "mezelf niet": not feeling like oneself."""
    words = tokens.words
    return any(
        words[i] in _SELF
        and ((i > 0 and words[i - 1] in _NOT) or (i + 1 < tokens.n and words[i + 1] in _NOT))
        for i in positions
    )


# "niet dood ofzo maar mijn familie praat niet meer met me" to "iemand verloren?": a
# loss that is no death, said as such; the second net weighed "dood ... niet meer" a
# death wish and put 113 first (a role-play, round 69). Only with "or so"/"but" after it.
_DEAD = frozenset(("dood", "dead", "overleden", "died"))
_NO_DEATH_AFTER = frozenset(("ofzo", "of", "or", "maar", "but", "hoor"))


def not_a_death(tokens: Tokens, positions: list[int]) -> bool:
    """ "niet dood ofzo, maar ...", "not dead or anything but ...": a loss that is no death."""
    words, i = tokens.words, positions[0]
    return (
        words[i] in _DEAD
        and i > 0
        and words[i - 1] in _NOT
        and i + 1 < tokens.n
        and words[i + 1] in _NO_DEATH_AFTER
    )


def medicine_for_an_ailment(tokens: Tokens, positions: list[int]) -> bool:
    """Pills named with what they are for: "pillen tegen hooikoorts", "meds for my
    migraine". Whatever else the text says is read by the patterns as before."""
    words = tokens.words
    for i in positions:
        if words[i] not in _MEDS:
            continue
        after = words[i + 1 : i + 5]
        if any(w in _FOR for w in after[:2]) and not _AILMENTS.isdisjoint(after):
            return _AMOUNT.isdisjoint(words)  # "al mijn pillen tegen hoofdpijn tegelijk"
    return False


# An amount that makes pills a means, whatever they are for.
_AMOUNT = lexicon.word_set(
    "al alle all whole hele heel strip strips doosje doos box bottle tegelijk once handful "
    "veel many much te too"
)


# Throwing food up is an eating problem, not a way out: "ik gooi alles eruit als ik wel
# eet" resembled a wish to die (0.96) on "gooi alles eruit" (my own probes, round 49).
_PURGE = lexicon.word_set(
    "gooi gooit gooide gooien kots kotst kotste kotsen spuug spuugt spoog spugen braak "
    "braakt throw throwing threw puke puking puked"
)
_OUT = lexicon.word_set("eruit uit op up out")


_EATING = lexicon.word_set("eet eten at gegeten maaltijd maaltijden eat eating ate meal meals food")
_ONESELF = lexicon.word_set("mezelf mijzelf zichzelf myself herself himself")


def throwing_up(tokens: Tokens, positions: list[int]) -> bool:
    """A purge verb with "eruit"/"up" among the weighed words, in a text about eating
    and not about throwing oneself: "ik wil mezelf eruit gooien, van de flat" stays."""
    words = tokens.words
    if _EATING.isdisjoint(words) or not _ONESELF.isdisjoint(words):
        return False
    for i in positions:
        if words[i] in _OUT or words[i] in _PURGE:
            near = words[max(0, i - 3) : i + 4]
            if not _PURGE.isdisjoint(near) and not _OUT.isdisjoint(near):
                return True
    return False


# Pills taken all at once are a means, whatever they were bought for: "I'm going to take
# all my pills for my headache at once tonight" was a figure of speech, and nothing was
# recognised (round 49's closing note). Bare "al" ("already") and "veel" ("ik slik veel
# pillen tegen hoofdpijn") are no amount here; they need a word beside them.
_AT_ONCE = lexicon.word_set("tegelijk tegelijkertijd handvol handful overdosis overdose")
_AT_ONCE_SAID = (("at", "once"), ("one", "go"), ("in", "een", "keer"), ("in", "1", "keer"))
# "all my", "al mijn", "a whole": an amount only when a medicine follows within three
# words ("all the time", "alle dagen" are no amount of pills).
_ALL = lexicon.word_set("alle all whole hele")
_ALL_PAIRS = frozenset(
    (("al", "mijn"), ("al", "die"), ("al", "de"), ("te", "veel"), ("too", "many"))
)


def pills_all_at_once(tokens: Tokens, start: int, end: int) -> bool:
    """True when a figure that names pills stands in a sentence that takes them in an
    amount: "all my ... at once", "al mijn ... tegelijk", "in één keer", "a whole strip".
    The amount must stand outside the figure: "all my meds every morning" is a figure of
    its own, the daily round."""
    words = tokens.words
    if _MEDS.isdisjoint(words[start : end + 1]):
        return False
    here = tokens.sentence[start]
    at = [n for n, s in enumerate(tokens.sentence) if s == here]
    for n in at:
        if start <= n <= end:
            continue
        if words[n] in _AT_ONCE:
            return True
        if any(tuple(words[n : n + len(run)]) == run for run in _AT_ONCE_SAID):
            return True
        amount = words[n] in _ALL or tuple(words[n : n + 2]) in _ALL_PAIRS
        if amount and not _MEDS.isdisjoint(words[n + 1 : n + 5]):
            return True
    return False


# "switchen" is a synonym of a study choice, matched by its stem, so every "switch" was
# one: "I drink to switch off", "they switch to Dutch when I join", "can I switch
# tutorial groups", "gave away my switch" (round 50, my probes; 40 sentences of
# tests/data). Switching programmes ("switch to history", "switch from law") stays.
_SWITCH = lexicon.word_set("switch switches switching switched switchen switcht switchte")
_NOT_A_STUDY = lexicon.word_set(
    "off on it them back between who topics dutch english nederlands "
    "engels tutorial tutorials group groups groep groepen werkgroep appointment afspraak "
    "phone telefoon lab seat seats shifts shift room rooms uit aan"
)
_A_CONSOLE = lexicon.word_set("my her his their gave mijn haar zijn nintendo")


def no_switch_of_study(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """A switch that is no change of programme: off, on, back, to another language, of
    tutorial group, appointment or phone; or a games console ("my switch")."""
    words = tokens.words
    for j in used:
        if words[j] not in _SWITCH:
            continue
        after = words[j + 1 : j + 3]
        if (after and after[0] in _NOT_A_STUDY) or (
            len(after) > 1 and after[0] in ("to", "naar", "my", "mijn") and after[1] in _NOT_A_STUDY
        ):
            return True
        if j > 0 and words[j - 1] in _A_CONSOLE:
            return True
    return False


def _no_means(tokens: Tokens, used: tuple[int, ...]) -> bool:
    checks = (
        go_on_without_a_habit,
        taken_as_prescribed,
        a_container_of_food,
        more_over_time,
        pills_of_a_kind,
    )
    return any(check(tokens, used) for check in checks)


# Signing out of something else, or after graduating: "heb me uitgeschreven bij SSH want
# ik heb al een kamer", "hoe schrijf ik me uit via Studielink als ik in augustus
# afstudeer", "deregister from the gemeente" were a risk of dropping out (a blind set of
# leaving and its neighbours, round 57). Not when the programme is named as left.
_SIGNING_OUT = lexicon.word_set(
    "uitschrijven uitgeschreven uitschrijf uitschrijving schrijf schreef deregister "
    "deregistering deregistered deregistration unregister unenroll unenrol studielink"
)
_GRADUATED = lexicon.word_set(
    "afgestudeerd afstudeer afstuderen diploma graduate graduated graduating graduation"
)
_ELSEWHERE = lexicon.word_set(
    "ssh duwo huisvesting housing gemeente municipality brp sportclub gym vereniging club"
)
# (not "kamer": "ik ga me uitschrijven en mijn kamer opzeggen" is leaving; round 57's review)
_QUIT = lexicon.word_set("stop stoppen gestopt quit quitting")
_LEFT_STUDY = lexicon.word_set(
    "stop stoppen gestopt quit quitting opleiding studie programme degree uni universiteit "
    "university hogeschool school studeren bachelor master"
)


def signing_out_elsewhere(tokens: Tokens, used: tuple[int, ...]) -> bool:
    """True when a word of signing out stands in a sentence that names graduating or
    another thing signed out of, and no word of leaving the studies."""
    words = tokens.words
    if not used or _SIGNING_OUT.isdisjoint(words[j] for j in used):
        return False
    sentence = tokens.sentence[used[0]]
    said = [w for w, s in zip(words, tokens.sentence, strict=True) if s == sentence]
    if not _GRADUATED.isdisjoint(said):
        return not _QUIT.intersection(said)  # "diploma behaald ... een master": done
    return not _ELSEWHERE.isdisjoint(said) and _LEFT_STUDY.isdisjoint(said)


# A theme's words in another sense, per theme (used by core/matchchecks.misread).
OTHER_SENSE: dict[str, Callable[[Tokens, tuple[int, ...]], bool]] = {
    "identity": lambda tokens, used: (
        out_of_a_place(tokens, used) or gender_as_a_field(tokens, used)
    ),
    "addiction": harmless_drink,
    "sleep": sleep_misread,
    "study_choice": no_switch_of_study,
    "suicidal_thoughts": _no_means,
    "dropout_risk": signing_out_elsewhere,
    "self_harm": a_brand_named,
    "unsafe_situation": lambda tokens, used: (
        no_place_lacking(tokens, used) or not_known_where(tokens, used)
    ),
    "concern_for_other": a_landlord_not_answering,
}


_SAFE = lexicon.word_set("safe veilig")
_NOT_SAFE = lexicon.word_set(
    "not niet never nooit geen no don't didn't unsafe onveilig only alleen pas when wanneer "
    "als zolang unless tenzij behalve except anymore meer nowhere nergens but maar"
)


def said_safe(tokens: Tokens, at: int) -> bool:
    """True when the sentence says the student is safe, plainly: "I feel safe at home,
    it's nothing like that" resembled an unsafe situation to the second net (an
    outsiders' set, round 17). A negation, a condition or "only" keeps the guess ("I
    only feel safe when he's out", "ik voel me niet veilig")."""
    sentence = tokens.sentence[at]
    said = [w for j, w in enumerate(tokens.words) if tokens.sentence[j] == sentence]
    return not _SAFE.isdisjoint(said) and _NOT_SAFE.isdisjoint(said)
