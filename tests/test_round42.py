"""Round 42: a death said plainly of more people, "dead" as "very", who one is read as
identity and not as hopelessness, "eat" no longer an eating problem by itself, and
answers at a scale or a yes/no question as students type them. The sentences are
written for the tests, not copied from a set."""

from __future__ import annotations

import pytest

from .reading import builtin_vocabulary, themes_of

# --- a death said plainly ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriend is dood",  # was an unsafe situation, Veilig Thuis first
        "mijn beste vriendin is dood en ik kan niet slapen",
        "mijn tweelingbroer is dood",  # a compound: nothing before
        "mijn grootmoeder is vorige maand dood gegaan",  # a guard ("dood gegaan")
        "mijn stiefvader is dood",  # was concern for someone else, 113 first
        "onze hond is dood, hij was veertien",
        "my best friend is dead and nobody at uni knows",
        "my girlfriend is dead",
        "my aunt is dead, she raised me",
    ],
)
def test_a_death_said_plainly_is_grief(text: str) -> None:
    """Each but the guard was nothing, or another acute theme, on bf961aa."""
    found = themes_of(text)
    assert "grief" in found
    assert not found & {"unsafe_situation", "concern_for_other", "suicidal_thoughts"}


@pytest.mark.parametrize(
    "text",
    [
        "mijn telefoon is dood",
        "my phone is dead again",
        "mijn plant is dood",
        "My friend is dead funny, she should do stand-up",  # was grief
        "my best friend is dead set on moving to Berlin",  # was grief
        "my dad is dead serious about me finishing",
    ],
)
def test_dead_things_and_dead_as_very_are_no_grief(text: str) -> None:
    """The last three guard what the new "dead" figures must not take away; the first
    three guard the things (no person) the new patterns must not reach."""
    assert "grief" not in themes_of(text)


# --- who one is: identity, not hopelessness ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik weet niet meer hoe ik mezelf kan zijn op mijn stage",  # a guard: passed before
        "ik weet niet meer wie ik ben zonder mijn familie om me heen",
        "ik weet echt niet meer hoe ik mezelf moet zijn tussen al die mensen",
    ],
)
def test_not_knowing_who_one_is_is_identity_not_suicidal(text: str) -> None:
    """The second net weighed "weet niet meer" as hopelessness: 113 first for a student
    who asks how to be themselves (bf961aa: suicidal_thoughts beside identity)."""
    found = themes_of(text)
    assert "identity" in found
    assert "suicidal_thoughts" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ik weet niet meer wie ik ben en ik wil niet meer leven",
        "ik weet niet meer wie ik ben, ik zie het niet meer zitten",
        "I don't know who I am anymore and I want to die",
    ],
)
def test_who_one_is_beside_a_wish_to_die_stays_acute(text: str) -> None:
    """Guards: the identity reading never takes away a risk said beside it."""
    assert "suicidal_thoughts" in themes_of(text)


def test_the_identity_reading_leaves_a_guess_with_death_words() -> None:
    """The net's guess is set aside only where its own words say no death or life."""
    from steunwijzer.core.findings import Finding, Recognition
    from steunwijzer.core.resembling import explained_otherwise

    identity = Finding("identity", "wie ik ben", 0, 10, "p", "o")
    plain = Recognition((Finding("suicidal_thoughts", "weet niet meer", 0, 8, "≈", "n"),), ())
    dying = Recognition((Finding("suicidal_thoughts", "wil dood", 0, 8, "≈", "n"),), ())
    assert explained_otherwise(plain, [identity])
    assert not explained_otherwise(dying, [identity])
    assert not explained_otherwise(plain, [])


# --- "eat" alone is no eating problem ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we eat together every sunday at my aunt's",
        "I eat lunch alone every day and the weekends are lonely",
        "the printer on the second floor keeps eating my pages",
        "my flatmate keeps eating my food and it drives me crazy",
        "this thesis is eating me alive",
        "I don't eat meat, is there a vegan option at the canteen?",
    ],
)
def test_eat_alone_is_no_eating_problem(text: str) -> None:
    """Each was an eating problem on bf961aa (the theme's id "eating", stemmed, found
    every "eat")."""
    assert "eating" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I eat too much when I'm stressed and then feel disgusting",
        "I eat like once a day",
        "not eating much lately",
        "I've been eating less and less since the summer",
        "I don't eat for days sometimes",
        "I'm underweight and my GP is worried",
        "I'm scared to eat in front of people",
        "food controls my whole life",
        "I haven't had much appetite since the breakup",
        "I can't stop eating at night",
        "binge eating every weekend",
        "I struggle with eating since my diagnosis",
        "I lost 7 kilos without trying",
    ],
)
def test_an_eating_problem_said_with_eat_is_still_found(text: str) -> None:
    """What the name found before, written out as patterns: guards that the change above
    lost none of these (most passed on bf961aa through the name)."""
    assert "eating" in themes_of(text)


def test_eating_still_finds_its_offerings_by_name() -> None:
    """The name stays a name: `lookup --theme eating` and the synonyms."""
    read = builtin_vocabulary().read("binge eating")
    assert "eating" in read.themes


# --- answers as students type them --------------------------------------------------------


def _parse(builtin, qid: str, said: str) -> object:  # type: ignore[no-untyped-def]
    from steunwijzer.core.answers import parse_answer

    return parse_answer(next(q for q in builtin.questions if q.id == qid), said)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("een zesje", 6),  # a school mark: refused on bf961aa
        ("een achtje denk ik", 8),
        ("6 a 7", 7),  # "à" without its accent: refused; a range reads as the higher
        ("tussen de 6 en 7", 7),  # guard (round 18)
        ("7, maybe 8", 8),  # the round's role-play, intake 2: refused
        ("een 7, misschien 8", 8),
    ],
)
def test_a_scale_answer_as_typed(builtin, said: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    assert _parse(builtin, "mood_weight", said) == expected


@pytest.mark.parametrize(
    "said", ["not lately", "niet de laatste tijd", "nee, de laatste tijd niet", "not recently"]
)
def test_not_lately_is_doubt_on_the_safety_screen(builtin, said: str) -> None:  # type: ignore[no-untyped-def]
    """ "not lately" was refused (asked again without a reading); it tells of an earlier
    time, so on the safety screen it is doubt: the next question is asked."""
    from steunwijzer.core.answers import UNKNOWN

    assert _parse(builtin, "safety_thoughts", said) == UNKNOWN


def test_not_lately_is_a_no_elsewhere(builtin) -> None:  # type: ignore[no-untyped-def]
    assert _parse(builtin, "area_sleep", "not lately") is False


@pytest.mark.parametrize(
    "text",
    [
        "ik eet veel te veel als ik gestrest ben",
        "ik heb geen eetlust meer sinds de verhuizing",
        "ik ben bang om te eten waar anderen bij zijn",
        "ik kan niet meer stoppen met eten als ik eenmaal begin",
        "ik heb ondergewicht volgens de huisarts",
    ],
)
def test_dutch_eating_problems_said_plainly(text: str) -> None:
    """All but the third were no eating problem on bf961aa."""
    assert "eating" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "we eten elke zondag samen bij mijn oma",
        "ik heb geen trek in die film vanavond",
        "ik heb geen problemen met eten hoor, ik wil weten of de mensa vegan opties heeft",
    ],
)
def test_dutch_eating_words_without_a_problem(text: str) -> None:
    """Guards for the new Dutch patterns ("trek", "problemen met eten")."""
    assert "eating" not in themes_of(text)


# --- a home lost or about to be lost -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my landlord is kicking me out next month",
        "I've been couchsurfing since September and can't find a room",
        "ik moet over twee weken mijn kamer uit en ik vind niks",
        "ik heb geen woning meer en slaap bij vrienden op de bank",
        "I have no place to stay after January",
        "got an eviction notice this morning",
    ],
)
def test_a_home_lost_is_a_practical_need(text: str) -> None:
    """Nothing was recognised on bf961aa for most of these (or only sleep). Round 42 read
    them as money worries; since round 55 has a housing theme, round 56 reads them as
    housing only (the dean serves both; a lost home is not by itself a money need)."""
    found = themes_of(text)
    assert "housing" in found
    assert "finances" not in found


@pytest.mark.parametrize(
    "text",
    [
        "we got kicked out of the bar lol",
        "ik slaap dit weekend bij vrienden in Utrecht",
        "ik heb mijn schermtijd uitgezet zodat ik het niet zie",
    ],
)
def test_words_near_housing_without_a_home_lost(text: str) -> None:
    """Guards for the new patterns ("kicked out", "uitgezet")."""
    assert "finances" not in themes_of(text)


# --- the student's own risk, read as the student's -----------------------------------------


def _read(text: str):  # type: ignore[no-untyped-def]
    return builtin_vocabulary().read(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb mijn kat bij mijn zus ondergebracht voor als ik er niet meer ben",
        "ik geef al mijn spullen weg, ik heb ze toch niet meer nodig",
        "I'm giving my books away, I won't need them anymore",
        "ik verkoop mijn fiets, ik heb hem toch niet meer nodig",
    ],
)
def test_the_students_own_preparation_is_no_concern_for_someone_else(text: str) -> None:
    """The sister who takes the cat, the things no longer needed ("ze", "them") were
    read as a second person at risk on bf961aa: concern for someone else beside the
    student's own suicidal thoughts."""
    found = themes_of(text)
    assert "suicidal_thoughts" in found
    assert "concern_for_other" not in found


@pytest.mark.parametrize(
    "text",
    [
        "mijn huisgenoot geeft haar spullen weg, ze heeft ze toch niet meer nodig zegt ze",
        "my roommate gave away her things, she says she won't need them anymore",
        "ik heb bij mijn vriend littekens op zijn armen gezien, hij zegt dat het de kat was",
        "ik woon bij mijn vriend en hij zegt dat hij zich iets wil aandoen",
    ],
)
def test_someone_elses_preparation_stays_concern(text: str) -> None:
    """Guards: "bij mijn vriend" without a verb of leaving something there, and a
    second person who says it, stay concern for someone else."""
    assert "concern_for_other" in themes_of(text)


def test_left_with_someone_just_in_case_is_preparation() -> None:
    """Nothing was recognised on bf961aa."""
    read = _read("I left my cat with my sister, just in case")
    assert "suicidal_thoughts" in read.themes
    assert any(f.immediate for f in read.findings)


def test_a_holiday_with_the_pet_left_behind_is_no_risk() -> None:
    """Guard for the pattern above."""
    assert "suicidal_thoughts" not in themes_of("I left my dog with my parents for the holidays")


# --- "dood gaan" is to die, not a plan ----------------------------------------------------


@pytest.mark.parametrize(
    "text", ["ik denk aan dood gaan", "ik wil dood gaan", "ik denk vaak aan doodgaan"]
)
def test_thinking_of_dying_is_soon_not_immediate(text: str) -> None:
    """The "gaan" of "dood gaan" was read as intent ("ik ga ..."): urgency immediate,
    112 on the screen, for a student who thinks of dying (bf961aa)."""
    read = _read(text)
    assert "suicidal_thoughts" in read.themes
    assert not any(f.immediate for f in read.findings if f.theme == "suicidal_thoughts")


@pytest.mark.parametrize("text", ["vanavond ga ik dood", "ik ga vannacht dood"])
def test_a_death_set_for_tonight_is_immediate(text: str) -> None:
    """Only the second net's guess on bf961aa (never immediate), or nothing."""
    read = _read(text)
    assert "suicidal_thoughts" in read.themes
    assert any(f.immediate for f in read.findings)


@pytest.mark.parametrize(
    "text", ["ik wil vanavond dood gaan", "ik ga er vanavond een eind aan maken"]
)
def test_intent_with_a_time_stays_immediate(text: str) -> None:
    """Guards: the "dood gaan" rule takes away no time said beside it."""
    assert any(f.immediate for f in _read(text).findings)


def test_dying_of_stress_tomorrow_is_a_figure() -> None:
    """Guard: "morgen ga ik dood van de stress" is no plan."""
    assert "suicidal_thoughts" not in themes_of("morgen ga ik dood van de stress")


# --- when a death was: long ago, or not long ago -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my grandma died a short time ago",  # "died ... time" read as a game (a figure)
        "mijn opa is niet zo lang geleden overleden",  # "niet" read as a denial
        "mijn opa is niet lang geleden overleden",
        "my dad died not long ago",
        "my grandma passed not that long ago",  # "passed" without "away": nothing
        "my grandpa passed last week",  # a guard: found before
    ],
)
def test_a_recent_death_is_grief(text: str) -> None:
    """Each was a mention or nothing on bf961aa, except "my dad died not long ago",
    which this round's long-ago rule must not take (a guard)."""
    assert "grief" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn opa is lang geleden overleden, het gaat prima met mij",  # was acute grief
        "my grandma died a long time ago",  # a guard: a mention before
        "I died like ten times in Elden Ring",  # guard: the figure stays one
        "my sister passed her driving test last week",  # guard: no "passed" death
    ],
)
def test_a_death_long_ago_or_no_death_is_no_acute_grief(text: str) -> None:
    assert "grief" not in themes_of(text)


def test_a_death_long_ago_still_missed_stays_grief() -> None:
    """Guard: missing someone now keeps the grief, however long ago."""
    assert "grief" in themes_of("mijn oma is lang geleden overleden maar ik mis haar elke dag")


# --- going on with the programme, gender, the impostor feeling ------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # "niet" of "zie het niet zitten" denied the going on: a mention on bf961aa
        ("ik zie het niet zitten om nog een jaar door te gaan met deze studie", "dropout_risk"),
        ("ik twijfel of ik door wil gaan met mijn studie", "dropout_risk"),
        ("ik ga niet door met mijn studie na dit jaar", "dropout_risk"),
        ("I'm not sure if I'm a boy or a girl", "identity"),  # a guard: found before
        ("ik weet niet of ik een jongen of een meisje ben", "identity"),
        ("I think I might be nonbinary", "identity"),  # a guard: found before
        ("ik heb het impostersyndroom, echt elke dag", "performance_anxiety"),
        ("ik voel me een bedrieger tussen al die slimme mensen", "self_insight"),
        ("I feel like such a fraud in this master", "self_insight"),
    ],
)
def test_needs_said_in_everyday_words(text: str, theme: str) -> None:
    """Each was a mention or missing on bf961aa, except the two marked guards."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik zie het wel zitten om door te gaan met mijn studie", "dropout_risk"),  # was found
        ("is it a boy or a girl? my sister is pregnant", "identity"),  # guard
    ],
)
def test_everyday_words_without_the_need(text: str, theme: str) -> None:
    assert theme not in themes_of(text)


# --- the round's role-play, intake 1 -------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("gaat wel, beetje", True),  # refused on bf961aa
        ("valt wel mee, een beetje", True),
        ("it's okay, a bit", True),
        ("mwah, nee", False),  # guard: the shrug before a no is not stripped
    ],
)
def test_a_shrug_before_the_answer(builtin, said: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert _parse(builtin, "area_sleep", said) is expected


def test_a_shrug_before_a_no_stays_doubt_on_the_safety_screen(builtin) -> None:  # type: ignore[no-untyped-def]
    """Guard: "mwah, nee" to the wish to be dead stays doubt."""
    from steunwijzer.core.answers import UNKNOWN

    assert _parse(builtin, "safety_wish_dead", "mwah, nee") == UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "ik krijg gewoon niks af, ik begin steeds te laat en dan schaam ik me",
        "I never get anything finished",
        "I always start too late on my assignments",
    ],
)
def test_never_finishing_is_study_skills(text: str) -> None:
    """Round 42's role-play, intake 1: "in deze eigen woorden is niets herkend"."""
    assert "study_skills" in themes_of(text)


def _contradicted(answers: dict[str, object], text: str) -> set[str]:
    from steunwijzer.core.ownwords import contradicted

    found = _read(text)
    return contradicted(answers, found.themes, found)  # type: ignore[arg-type]


def test_a_wish_said_open_does_not_reopen_a_plain_no_to_preparation() -> None:
    """Round 42's role-play, intake 1: "weet niet" to the wish, "nee nooit" to done or
    prepared anything, then "... als ik er niet meer was, maar ik zou nooit iets doen"
    at the mood question: the preparation question was asked again (bf961aa)."""
    answers = {"safety_wish_dead": "unknown", "safety_behaviour": False}
    text = "soms denk ik dat het makkelijker zou zijn als ik er niet meer was"
    assert "safety_behaviour" not in _contradicted(answers, text)


def test_a_hidden_wish_still_reopens_the_preparation_question() -> None:
    """Guard (round 14): after "nee" to the wish, the preparation's "nee" is asked again."""
    answers = {"safety_wish_dead": False, "safety_behaviour": False}
    text = "soms denk ik dat het makkelijker zou zijn als ik er niet meer was"
    assert {"safety_wish_dead", "safety_behaviour"} <= _contradicted(answers, text)


def test_words_of_preparation_reopen_it_whatever_the_wish() -> None:
    """Guard: belongings given away reopen "done or prepared anything?"."""
    answers = {"safety_wish_dead": "unknown", "safety_behaviour": False}
    assert "safety_behaviour" in _contradicted(answers, "ik heb al mijn spullen weggegeven")


# --- the round's role-play, intake 2 -------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "said", "expected"),
    [
        ("connection_contact", "not rly", "no"),  # refused on bf961aa
        ("connection_contact", "kinda", "partly"),  # was "yes"
        ("connection_contact", "sorta", "partly"),
        ("connection_contact", "min of meer", "partly"),  # refused
        ("area_sleep", "not rly", False),  # refused
        ("safety_wish_dead", "not rly", "unknown"),  # a hedge on the screen, as "not really"
        ("safety_wish_dead", "nee nt echt", "unknown"),  # "niet echt": a no on bf961aa
        ("area_sleep", "nt really", False),  # refused
    ],
)
def test_chat_spellings_and_middles_in_answers(
    builtin, qid: str, said: str, expected: object
) -> None:  # type: ignore[no-untyped-def]
    from steunwijzer.core.answers import UNKNOWN

    want = UNKNOWN if expected == "unknown" else expected
    assert _parse(builtin, qid, said) == want


def test_own_words_are_kept_as_typed(builtin) -> None:  # type: ignore[no-untyped-def]
    """Guard: the chat spellings are written out for reading a choice, never in the
    student's own words that the record keeps."""
    assert _parse(builtin, "own_words", "not rly sure tbh") == "not rly sure tbh"


# --- the round's role-play, intake 3: someone else's illness -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mn vader is heel ziek",
        "mijn moeder is ernstig ziek en ik zorg voor mijn broertjes",
        "my mum was diagnosed with cancer and I drive her to chemo",
    ],
)
def test_a_parents_illness_is_no_impairment_of_the_students(text: str) -> None:
    """Round 42's role-play, intake 3: family circumstances and "a disability or chronic
    illness" (of the student) on bf961aa."""
    found = themes_of(text)
    assert "family_circumstances" in found
    assert "functional_impairment" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ik ben heel ziek geweest en heb veel gemist",
        "mijn moeder is ziek en ik heb zelf ook een chronische ziekte",
    ],
)
def test_the_students_own_illness_stays_an_impairment(text: str) -> None:
    """Guards: the student's own illness, also beside a parent's."""
    assert "functional_impairment" in themes_of(text)


# --- the round's role-play, intake 4: not telling, and a correction of the answer before ----


def _asked(builtin, qid: str, *typed: str) -> object:  # type: ignore[no-untyped-def]
    from steunwijzer.core.prompts import QuestionPrompt

    from .terminal_helpers import terminal

    ask, _screen = terminal(builtin, *typed)
    question = next(q for q in builtin.questions if q.id == qid)
    return ask.question(QuestionPrompt(question, 9, 20, None, True))


@pytest.mark.parametrize(
    "said",
    [
        "dat wil ik liever niet zeggen",  # "Dat antwoord past niet" on bf961aa
        "daar wil ik het liever niet over hebben",  # a guard: skipped before (> 6 words)
        "I don't want to answer that",
        "dat vertel ik liever niet",
    ],
)
def test_not_telling_skips_an_ordinary_question(builtin, said: str) -> None:  # type: ignore[no-untyped-def]
    """Skipped, said so; a longer sentence is skipped with its words read (Unfit)."""
    from steunwijzer.core.prompts import SKIP, Unfit

    given = _asked(builtin, "area_loss", said)
    assert given is SKIP or (isinstance(given, Unfit) and given.skipped)


def test_not_wanting_is_no_refusal() -> None:
    """Guards: "wil ik niet" to "would you like to work on ...?" is a no, not a refusal."""
    from steunwijzer.core.answer_phrases import refused

    assert not refused("wil ik niet")
    assert not refused("ik wil niet dood")


@pytest.mark.parametrize(
    "said",
    [
        "wacht, eigenlijk was het wel ja",  # read as a yes to the question on screen
        "sorry, the previous question was a yes",
        "oh wait, that was a no actually",
    ],
)
def test_a_correction_of_the_answer_before_goes_back(builtin, said: str) -> None:  # type: ignore[no-untyped-def]
    from steunwijzer.core.prompts import BACK

    assert _asked(builtin, "area_identity", said) is BACK


@pytest.mark.parametrize("said", ["wacht even, ik denk na", "ja, wacht ik leg het uit"])
def test_a_wait_without_a_correction_is_no_going_back(builtin, said: str) -> None:  # type: ignore[no-untyped-def]
    """Guards: "wacht" alone goes nowhere."""
    from steunwijzer.core.answer_phrases import corrects_earlier

    assert not corrects_earlier(said)


@pytest.mark.parametrize(
    ("said", "expected"), [("twee", ("planning",)), ("vijf", ("thinking_of_stopping",))]
)
def test_a_number_word_alone_at_a_menu(builtin, said: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """Round 42's role-play, intake 5: "twee" at the study menu was refused."""
    assert _parse(builtin, "study_worries", said) == expected


# --- the round's role-play, intake 5: the one who stalks is no one to worry about -----------


@pytest.mark.parametrize(
    "text",
    [
        "my ex keeps texting, I blocked him but he makes new accounts",  # a guard
        "ik heb hem geblokkeerd maar hij maakt steeds nieuwe accounts aan",
        "I've blocked him everywhere but he keeps making new accounts to message me",
    ],
)
def test_the_student_who_blocks_a_stalker_is_unsafe_not_worried_for_him(text: str) -> None:
    """Concern for someone else (the crisis panel: "find out whether that person can be
    reached now") beside the unsafe situation on bf961aa."""
    found = themes_of(text)
    assert "unsafe_situation" in found
    assert "concern_for_other" not in found


@pytest.mark.parametrize(
    "text",
    [
        "my sister blocked him but he makes new accounts to threaten her",
        "I know he beats her, she told me last week",
    ],
)
def test_someone_else_threatened_stays_concern(text: str) -> None:
    """Guards: the student is not the subject right before the words."""
    assert "concern_for_other" in themes_of(text)


# --- the round's role-play, intake 6: a worry for a housemate typed at another question -----


def test_a_worry_for_a_housemate_typed_at_the_study_question_counts(builtin, index) -> None:  # type: ignore[no-untyped-def]
    """Round 42's role-play, intake 6: at "is something not going well in your
    studies?" the words only heard stress; the net's concern for the housemate was
    dropped as a guess beside an answer (bf961aa)."""
    from steunwijzer.core.interview_close import take_said
    from steunwijzer.core.interview_state import State
    from steunwijzer.core.vocabulary import Vocabulary

    state = State()
    said = "mijn huisgenoot eet al dagen niks en zegt dat ze er klaar mee is"
    _found, acute = take_said(state, Vocabulary(builtin.themes), builtin, "area_study", said)
    assert "concern_for_other" in acute


def test_fragments_at_a_question_stay_read_by_the_rules(builtin) -> None:  # type: ignore[no-untyped-def]
    """Guard (round 13): "last night not, vanwege mijn vriendin, otherwise fine"."""
    from steunwijzer.core.interview_close import take_said
    from steunwijzer.core.interview_state import State
    from steunwijzer.core.vocabulary import Vocabulary

    said = "last night not, vanwege mijn vriendin, otherwise fine"
    _found, acute = take_said(State(), Vocabulary(builtin.themes), builtin, "area_sleep", said)
    assert not acute


@pytest.mark.parametrize(
    "text",
    [
        "my visa runs out in March",  # nothing on bf961aa
        "neither really, its the visa thing",
        "yes, I wake up at 4 and think about the visa",
        "I worry about my visa",
    ],
)
def test_a_visa_in_trouble_is_the_international_students(text: str) -> None:
    """Round 42's role-play, intake 2: "visa" typed three times, never recognised."""
    assert "international_student" in themes_of(text)


def test_a_visa_card_is_no_visa() -> None:
    """Guard: "my visa card got declined" (a bank card)."""
    assert "international_student" not in themes_of("my visa card got declined at the shop")


def test_danger_tonight_is_no_call_to_112_from_the_office() -> None:
    """Round 42's role-play, intake 5: "ik durf vanavond niet naar huis" said "call 112
    now" to a student safe in the room; 112 is for danger at this moment, the rest is a
    safe place for tonight."""
    from steunwijzer.present.texts import t

    for key in ("crisis_immediate_unsafe", "result_now_unsafe"):
        nl, en = t(key, "nl"), t(key, "en")
        assert "vannacht" in nl and "op dit moment" in nl
        assert "tonight" in en and "at this moment" in en


def test_two_numbers_at_a_single_choice_ask_for_one(builtin) -> None:  # type: ignore[no-untyped-def]
    """Round 42's role-play, intake 5: "4 maar ook 2 eigenlijk" at "what is going on?"
    was "Dat antwoord past niet"; the screen now asks for the one that weighs most."""
    from .terminal_helpers import terminal

    ask, screen = terminal(builtin, "4 maar ook 2 eigenlijk", "4")
    from steunwijzer.core.prompts import QuestionPrompt

    question = next(q for q in builtin.questions if q.id == "behaviour_kind")
    assert ask.question(QuestionPrompt(question, 9, 20, None, True)) is not None
    assert "Kies één nummer" in screen.getvalue()


def test_a_safety_question_answered_about_someone_else_says_whose_it_is(builtin) -> None:  # type: ignore[no-untyped-def]
    """Round 42's role-play, intake 6: "het gaat niet over mij maar over mijn huisgenoot"
    at the first safety question was only "Dat antwoord past niet"."""
    from steunwijzer.core.prompts import QuestionPrompt, Unfit

    from .terminal_helpers import terminal

    ask, screen = terminal(builtin, "het gaat niet over mij maar over mijn huisgenoot")
    question = next(q for q in builtin.questions if q.id == "safety_wish_dead")
    assert isinstance(ask.question(QuestionPrompt(question, 1, 20, None, False)), Unfit)
    assert "Deze vraag gaat over de student zelf" in screen.getvalue()


def test_an_ordinary_no_gets_no_such_hint() -> None:
    """Guard: "niet over mij" alone, or a plain no, names nobody else."""
    from steunwijzer.core.answer_phrases import about_another_only

    assert not about_another_only("nee")
    assert not about_another_only("ik wil niet over mij praten")


@pytest.mark.parametrize(
    "text",
    [
        "honestly I'd rather be dead right now",
        "I wish I was dead on most days",
        "ik wil dood, echt zeker",
        "ik wil dood gewoon",
    ],
)
def test_dead_as_very_never_takes_a_wish_to_die(text: str) -> None:
    """Guards for this round's figures ("dead funny", "dood ziek"): adjacent words only,
    and none that could follow a wish. "dead right now" was set aside as a figure in
    this round's own work before it was caught (the review)."""
    assert "suicidal_thoughts" in themes_of(text)


def test_dood_ziek_is_very_ill_not_a_death() -> None:
    """ "mijn oma is dood ziek" was grief on bf961aa."""
    assert "grief" not in themes_of("mijn oma is dood ziek")


def test_an_eating_disorder_named_ed_is_eating() -> None:
    """The one eating sentence of tests/data the name change lost, written out."""
    assert "eating" in themes_of("my ed is coming back now that i live alone")


@pytest.mark.parametrize(
    "text",
    ["I've wished I had died so many times", "so many times I wished I'd died"],
)
def test_a_wish_to_have_died_many_times_is_no_game(text: str) -> None:
    """The first was a figure ("died ... times", a game) on bf961aa: a mention only."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    ["I died like ten times in Elden Ring", "I died so many times in that boss fight lol"],
)
def test_dying_in_a_game_stays_a_figure(text: str) -> None:
    """Guards."""
    assert "suicidal_thoughts" not in themes_of(text)


# --- an outsiders' blind set (set122, round 42): the two risks it found missed ------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "ik sta nu bij het spoor achter de campus. ik weet niet waarom ik dit stuur",
            "suicidal_thoughts",
        ),
        ("I'm standing by the tracks right now", "suicidal_thoughts"),
        (
            "ik krijg steeds berichtjes van een anoniem account dat precies weet waar ik ben",
            "unsafe_situation",
        ),
        ("someone keeps sending me messages and knows exactly where I am", "unsafe_situation"),
    ],
)
def test_at_the_tracks_now_and_watched_by_an_account(text: str, theme: str) -> None:
    """Each missed its theme on bf961aa: the first was self-insight (no crisis line), the
    second nothing, the fourth unwanted behaviour only."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik sta op het perron te wachten op de trein",
        "I'm waiting at the platform now, train delayed",
        "mijn moeder weet altijd waar ik ben via de app",
    ],
)
def test_a_platform_or_a_parents_app_is_no_risk(text: str) -> None:
    """Guards for the two patterns above."""
    found = themes_of(text)
    assert "suicidal_thoughts" not in found and "unsafe_situation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "iedereen om me heen lijkt een plan te hebben en ik doe maar wat",
        "everyone around me seems to have a plan and I'm just drifting",
    ],
)
def test_everyone_elses_plan_is_no_plan_to_die(text: str) -> None:
    """The Dutch was suicidal thoughts, urgency immediate, on bf961aa (set122)."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_a_friends_plan_stays_concern() -> None:
    """Guard: one person's plan, told by the student."""
    assert "concern_for_other" in themes_of("Mijn vriend zegt dat hij een plan heeft")


# --- the round's hostile probe: a report never counts a tier below the row's own risk -------


def test_a_report_refuses_a_tier_below_the_rows_own_risk(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A row with suicidal thoughts stored as prevention was counted as prevention
    ("Acute 0 0%", exit 0) on bf961aa; it is refused now, as a tier written twice is."""
    import json

    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    rows = tmp_path / "rows.jsonl"
    lines = [
        {"id": "1", "tier": "prevention", "urgency": "routine", "themes": ["suicidal_thoughts"]},
        {"id": "2", "tier": "specific", "urgency": "immediate", "themes": ["sleep"]},
        {"id": "3", "tier": "acute", "urgency": "soon", "themes": ["self_harm"]},
        {"id": "4", "tier": "specific", "urgency": "routine", "themes": ["sleep"]},
    ]
    rows.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    out = CliRunner().invoke(app, ["report", str(rows), "--format", "json"])
    assert out.exit_code == 1, out.output
    assert "rows.jsonl:1: error: tier 'prevention' is below" in out.stderr
    assert "rows.jsonl:2: error" in out.stderr
    assert "rows.jsonl:3:" not in out.stderr and "rows.jsonl:4:" not in out.stderr


def test_a_tier_lowered_with_an_override_is_counted() -> None:
    """Guard: the counsellor's own lowering, with its reason, stays a record."""
    from steunwijzer.io.report_input import from_result

    result = {
        "tier": "specific",
        "urgency": "soon",
        "themes": ["suicidal_thoughts"],
        "override": {"from": "acute", "to": "specific", "reason": "gesproken met 113"},
    }
    assert from_result(result, result, True, None).tier == "specific"
