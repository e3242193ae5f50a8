"""Round 24: answers people give that were refused, and guards around them.

Each case was seen refused in a role-play of round 23 (Z15) in other words; these are new
wordings of the same kinds, with neighbours that must keep their old reading. Run on the
commit before the fix (`6918a61`) the cases fail ("That answer does not fit"); the
guards pass there too and say so.
"""

from __future__ import annotations

import pytest

from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer
from steunwijzer.core.model import Catalog, Question


def _question(builtin: Catalog, qid: str) -> Question:
    return next(q for q in builtin.questions if q.id == qid)


@pytest.mark.parametrize(
    ("qid", "said", "read"),
    [
        # the chat "ya" for yes, alone or before what the student adds
        ("area_substances", "ya", True),
        ("area_substances", "yah, most weekends tbh", True),
        ("area_sleep", "yeh", True),
        ("area_money", "yh", True),
        ("safety_thoughts", "ya sometimes", True),  # a guard: "sometimes" was a yes
        # how many, to "do you have friends ...?"
        ("connection_friends", "a few", True),
        ("connection_friends", "a couple of them", True),
        ("connection_friends", "een paar wel", True),
        ("connection_friends", "een stuk of vier", True),
        ("connection_friends", "some", True),
        ("connection_friends", "geen", False),
        ("connection_friends", "niemand", False),
        ("connection_friends", "none really", False),
        ("connection_contact", "a few", "partly"),
        ("connection_contact", "een paar", "partly"),
        ("connection_contact", "some", "partly"),
        # "both" with a hedge around it
        ("mood_kind", "both i guess", ("low", "stress")),
        ("mood_kind", "allebei denk ik", ("low", "stress")),
        ("mood_kind", "ja, allebei", ("low", "stress")),
        ("mood_kind", "yeah both probably", ("low", "stress")),
        (
            "study_worries",
            "all five i think",
            ("exams_fear", "planning", "wrong_choice", "falling_behind", "thinking_of_stopping"),
        ),
        # since when, with a word between "since" and the month
        ("sleep_duration", "since like march", "long"),
        ("sleep_duration", "sinds begin januari", "long"),
        ("sleep_duration", "since around october", "long"),
        ("sleep_duration", "sinds ongeveer half september", "long"),
    ],
)
def test_answers_people_give_are_read(builtin: Catalog, qid: str, said: str, read: object) -> None:
    assert parse_answer(_question(builtin, qid), said) == read


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # "ya know" is "you know", no yes (a guard: refused before the change too)
        ("area_substances", "ya know, not really"),
        # "both" turned around or beside other words stays refused
        ("mood_kind", "not both"),
        ("mood_kind", "both, no wait"),
        # three of five is no "all": which three is asked
        ("study_worries", "alle drie denk ik"),
        ("study_worries", "all three"),
    ],
)
def test_turned_or_unclear_answers_are_asked_again(builtin: Catalog, qid: str, said: str) -> None:
    with pytest.raises(AnswerError):
        parse_answer(_question(builtin, qid), said)


@pytest.mark.parametrize(
    "said",
    [
        "not many",
        "a few, not close ones though",
        "een paar, maar niet echt vrienden",
        "een of twee, maar niet echt",
    ],
)
def test_how_many_turned_around_is_never_a_yes(builtin: Catalog, said: str) -> None:
    """How many, turned around, is never a yes. Round 40 reads it as a no (thin ties,
    so weak connection counts) where it was asked again: a role-play, round 39, saw it
    refused with a bare "does not fit" at the friends question."""
    assert parse_answer(_question(builtin, "connection_friends"), said) is False


def test_ya_know_is_doubt_on_the_safety_screen_never_a_yes_or_a_no(builtin: Catalog) -> None:
    """On a safety question a sentence that is neither yes nor no is doubt (asked again
    in the terminal, read as don't know in a file): "ya know" must not make it a yes."""
    assert parse_answer(_question(builtin, "safety_thoughts"), "ya know, not really") == UNKNOWN


def test_none_is_a_no_that_an_exception_still_takes_back(builtin: Catalog) -> None:
    """ "geen" is a plain no now; what follows a no still counts as before (a guard)."""
    question = _question(builtin, "safety_plan")
    assert parse_answer(question, "geen") is False
    assert parse_answer(question, "nee, maar ik heb wel pillen gespaard") is not False


# --- free text: a counsellor's case notes (set78, read after it was measured unseen) ---
from tests.test_round22 import _ACUTE, _themes  # noqa: E402 - one home for the helpers


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # no home, said of the student in a note (not only "ik ben dakloos")
        ("studente is sinds het weekend dakloos, slaapt bij kennissen", "unsafe_situation"),
        ("student became homeless after the landlord sold the house", "unsafe_situation"),
        ("cl. heeft 2 nachten op het station geslapen", "unsafe_situation"),
        # before too:
        ("slept at the central station since monday, no money for a hostel", "unsafe_situation"),
        ("huur opgezegd, kan nergens heen vanaf vrijdag", "unsafe_situation"),
        # a head hit against a wall, a skin burned with a lighter
        ("bonkt met zijn hoofd tegen de deur als het misgaat", "self_harm"),  # before too
        # before too:
        ("I hit my head against the wall when I'm frustrated, left a bruise", "self_harm"),
        ("burning my arm with a cigarette when it gets too much", "self_harm"),  # before too
        # stealthing, sexual contact that was not wanted, drugged and abused
        ("hij deed stiekem het condoom af, zonder toestemming", "sexual_violence"),
        ("unwanted sexual touching by a tutor on the field trip", "sexual_violence"),  # before too
        ("denkt dat ze gedrogeerd is en daarna misbruikt", "sexual_violence"),
        # worrying posts of someone else
        ("een klasgenoot zet zorgwekkende berichten op insta, st. weet niet wat te doen",
         "concern_for_other"),
        ("flatmate keeps posting alarming stories at night", "concern_for_other"),
        # a full stop after "st." ends no sentence: the friend sent it
        ("vriend van st. stuurde vannacht een afscheidsbericht", "concern_for_other"),
        # a clinical shorthand for an attempt, with when
        ("TS gisteren met pillen, nu op de SEH", "suicidal_thoughts"),  # before too
    ],
)  # fmt: skip
def test_round_24_case_note_risks(builtin: Catalog, text: str, theme: str) -> None:
    """Families read from set78 (lexicon_signals_casenotes.py, themes.yaml): each missed
    its risk on the commit before (6918a61), except those marked "before too"
    (other wordings of the same notes, kept so the families around them stay)."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        "when I was 16 I was homeless for a while; now I rent a studio and work part-time",
        "pretty sure this resit is hopeless, I'll take it again in June",
        "ik loop met mijn hoofd tegen de muur met dit statistiekproject",
        "TS (training studievaardigheden) begint volgende week, nog 3 plekken",
        "durf daar niet meer heen sinds die ruzie, maar ik kan wel online volgen",
    ],
)
def test_round_24_case_note_guards(builtin: Catalog, text: str) -> None:
    """Guard: the harmless neighbours seen while writing the families stay calm
    (the hopeless/homeless and the past-tense ones failed on the first try)."""
    assert not _themes(builtin, text) & _ACUTE, text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik denk erover me voor 1 februari uit te schrijven", "dropout_risk"),  # before too
        ("overweegt te stoppen vanwege de huur", "dropout_risk"),
        ("wants to quit medicine, never wanted it", "dropout_risk"),
        ("ME/CVS, kan hooguit twee uur per dag college volgen", "functional_impairment"),
        ("PTSS na een ongeluk, schrikt van harde geluiden", "functional_impairment"),
        ("raakt overprikkeld door geluid in de collegezaal", "functional_impairment"),
        ("slikt ritalin van een vriend zonder recept voor de tentamens", "addiction"),  # before too
        ("drinks to numb everything since the breakup", "addiction"),  # before too
        ("vergeet vaak te eten als het druk is", "eating"),
        ("sluit slecht aan bij haar projectgroep", "social_connection"),
        # before too:
        ("inappropriate comments from her placement supervisor", "unwanted_behaviour"),
        ("twijfelt tussen een minor in het buitenland of een stage", "study_choice"),
        ("ouders willen per se dat hij arts wordt", "family_circumstances"),
        ("the anniversary of her dad's death is next week, dreading it", "grief"),  # before too
        ("voelt zich verscheurd tussen twee culturen", "identity"),  # before too
    ],
)  # fmt: skip
def test_round_24_case_note_needs(builtin: Catalog, text: str, theme: str) -> None:
    """The everyday families of set78 (catalog/themes.yaml): missed on the commit before,
    except those marked "before too"."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik ben zo overprikkeld en gestrest door alle deadlines", "functional_impairment"),
        ("ma'am, where can I get help with my CVs for internships?", "functional_impairment"),
        ("lost my brother's charger again, can I borrow one?", "grief"),
    ],
)
def test_round_24_case_note_needs_guards(builtin: Catalog, text: str, theme: str) -> None:
    """Guard: words of those families in their everyday sense (stress, CVs, sport)."""
    assert theme not in _themes(builtin, text), text


# --- answers from the second role-play of round 24 (R2, R10) ---------------------------


@pytest.mark.parametrize(
    ("qid", "said", "read"),
    [
        # a yes a word or two in, or "wel" after since when (R10)
        ("area_mood", "stressed yes, mostly in the evenings", True),
        ("area_mood", "somber wel ja, maar dat gaat wel over", True),
        ("area_sleep", "sinds de verhuizing wel, ik lig uren wakker", True),
        ("area_sleep", "since january yes", True),  # before too
        # a number with a hedge after it, on a choice (R10)
        ("sleep_duration", "2 ofzo", "long"),
        ("sleep_duration", "1 i guess", "short"),  # before too
        ("sleep_duration", "al een tijdje eigenlijk", "long"),
        # how many, with the count alone
        ("connection_friends", "paar", True),
        ("connection_friends", "een of twee", True),
        # "not me, she does" is a no for the student (R2); the friend is read apart
        ("safety_wish_dead", "nee ik niet. maar mijn huisgenoot wel, daarom kom ik", False),
        ("mood_self_harm", "nee. hij wel, ik zag de pleisters", False),
        ("safety_thoughts", "no, but she does", False),  # before too
    ],
)
def test_round_24_answers_in_a_sentence_are_read(
    builtin: Catalog, qid: str, said: str, read: object
) -> None:
    """Refused or read as doubt on the commit before (58fe895), except those marked
    "before too" (kept beside the new readings)."""
    assert parse_answer(_question(builtin, qid), said) == read


@pytest.mark.parametrize(
    ("qid", "said", "read"),
    [
        # the student named as well: never a plain no (guards, as before the change)
        ("safety_wish_dead", "nee, maar mijn vriendin zegt dat ik het wel heb", UNKNOWN),
        ("safety_wish_dead", "nee, mijn zus wel, en ik soms ook", UNKNOWN),
        ("safety_thoughts", "no, my flatmate does, and i do too sometimes", UNKNOWN),
    ],
)
def test_round_24_the_student_named_after_someone_else_stays_open(
    builtin: Catalog, qid: str, said: str, read: object
) -> None:
    """Guard: "me too" after the other person keeps the question open."""
    assert parse_answer(_question(builtin, qid), said) == read


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("area_mood", "not stressed yes"),
    ],
)
def test_round_24_turned_answers_stay_refused(builtin: Catalog, qid: str, said: str) -> None:
    """Guard: a negation anywhere keeps a yes inside the sentence from counting."""
    with pytest.raises(AnswerError):
        parse_answer(_question(builtin, qid), said)


@pytest.mark.parametrize(
    ("text", "study_skills"),
    [
        ("ik wil uitstel van mijn tentamens aanvragen", False),
        ("kan ik uitstel krijgen voor mijn scriptie?", False),
        ("ik blijf alles maar uitstellen", True),
        ("mijn uitstelgedrag wordt steeds erger", True),
        ("ik heb zo'n last van uitstel", True),
    ],
)
def test_round_24_postponement_is_no_procrastination(
    builtin: Catalog, text: str, study_skills: bool
) -> None:
    """ "uitstel" asked for (of an exam, a thesis) is a request, not study skills (R9,
    Z8 of round 23); procrastinating stays study skills. The first two failed before."""
    assert ("study_skills" in _themes(builtin, text)) is study_skills, text


@pytest.mark.parametrize(
    ("answer", "wounds_assumed"),
    [("mood_self_harm = unknown", False), ("mood_self_harm = yes", True)],
)
def test_the_self_harm_panel_after_an_unclear_answer_asks_what_is_meant(
    builtin: Catalog, answer: str, wounds_assumed: bool
) -> None:
    """R6: after "nee niet echt" (read as don't know) the panel said "vraag of de wonden
    verzorgd zijn", as if the student had told of wounds. Unclear: ask what is meant;
    a yes keeps the wounds advice. The first case failed before."""
    from rich.console import Console

    from steunwijzer.core.triage import Reason
    from steunwijzer.render.common import crisis_panel

    reason = Reason("rule.self_harm", answer, ("self_harm",))
    console = Console(width=100, record=True, color_system=None)
    crisis_panel(console, builtin, "soon", (), "nl", themes=("self_harm",), reasons=[reason])
    shown = " ".join(console.export_text().split())
    assert ("wonden verzorgd" in shown) is wounds_assumed, shown
    assert "113" in shown
    if not wounds_assumed:
        assert "wat de student bedoelt" in shown


@pytest.mark.parametrize(
    "text",
    [
        "hij appte dat iedereen beter af is zonder hem en sinds vanochtend reageert hij niet",
        "my flatmate sent a text about ending it and hasn't replied since this morning",
        "ze stuurde een afscheidsbericht en neemt haar telefoon niet op",
    ],
)
def test_round_24_a_goodbye_and_then_silence_is_now(builtin: Catalog, text: str) -> None:
    """R3: someone who said a wish to die or goodbye and now does not answer is a welfare
    check now, concern for someone else, urgency immediate (the first two were "soon"
    before; the third, a goodbye message, was immediate before too: a guard)."""
    from steunwijzer.core.vocabulary import Vocabulary

    found = Vocabulary(builtin.themes).read(text)
    assert "concern_for_other" in found.themes, text
    assert any(f.immediate for f in found.findings), text


@pytest.mark.parametrize(
    "text",
    [
        "mijn groepsgenoot reageert al een week niet meer op de app",
        "my dad hasn't replied since the funeral, he never texts much",
        "oma zong altijd 'afscheid nemen bestaat niet' en nu zingt het hele huis het mee",
    ],
)
def test_round_24_silence_alone_is_no_emergency(builtin: Catalog, text: str) -> None:
    """Guard: silence without a goodbye or a wish to die, and a song, stay calm (the song
    took the first try's "neemt ... niet")."""
    from steunwijzer.core.vocabulary import Vocabulary

    found = Vocabulary(builtin.themes).read(text)
    assert "concern_for_other" not in found.themes, text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("yeah its ok I guess", "partly"),
        ("yes i suppose", "partly"),
        ("ja, geloof ik", "partly"),
        ("gaat wel", "partly"),
        ("het gaat wel hoor", "partly"),
        ("yes", "yes"),  # guard: a plain yes stays yes
        ("ja hoor", "yes"),  # guard
        ("no i guess", "no"),  # guard: a shrug after a no is still a no
    ],
)
def test_round_24_a_shrugged_yes_is_the_middle_choice(
    builtin: Catalog, said: str, read: str
) -> None:
    """R11: to "do you have positive contact ...?" (yes / partly / no) "yeah its ok I
    guess" was a full yes and "gaat wel" refused; a shrug is the middle choice."""
    assert parse_answer(_question(builtin, "connection_contact"), said) == read


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("student worried about her mum who is being hit by the stepfather", True),
        ("my sister is getting beaten by her boyfriend again", True),
        ("she was hit by a car last year, fully recovered", False),  # guard
        ("he got kicked by a horse at the riding school", False),  # guard
    ],
)
def test_round_24_hit_by_a_person_in_the_passive(builtin: Catalog, text: str, acute: bool) -> None:
    """set79: "her mum who is being hit by stepfather" was family circumstances and stress
    only, no unsafe situation, no concern (the first failed before; the second was found
    before too; the guards are vehicles and animals)."""
    assert bool(_themes(builtin, text) & _ACUTE) is acute, text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("drinkt elke avond om rustig te worden, kan het niet laten", "addiction"),
        ("uses her flatmate's adderall pills before every deadline", "addiction"),
        ("paniekaanvallen voor elke presentatie in de werkgroep", "performance_anxiety"),
        ("panicking before seminars where she has to speak", "performance_anxiety"),
        ("zit met series tot diep in de nacht, komt niet uit bed", "sleep"),
        ("spreekt soms weken niemand behalve de kassière", "social_connection"),
        ("goes days without talking to anyone since moving here", "social_connection"),
        ("kan de borg voor de nieuwe kamer niet betalen", "finances"),
        ("broer zit sinds de zomer in de gevangenis, thuis veel onrust", "family_circumstances"),
        ("wil overstappen naar een hbo-opleiding dichter bij huis", "study_choice"),
        ("twijfelt: doorstuderen of gaan werken na de bachelor", "study_choice"),
    ],
)
def test_round_24_second_writer_needs(builtin: Catalog, text: str, theme: str) -> None:
    """Everyday families read from set79 (catalog/themes.yaml): the notes they come from
    were missed on the commit before (2b3860b); these are other wordings."""
    assert theme in _themes(builtin, text), text


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik kan het niet laten om elke ochtend te hardlopen", "addiction"),
        ("kon niet betalen met mijn pas in de kantine, ging de automaat stuk?", "finances"),
    ],
)
def test_round_24_second_writer_needs_guards(builtin: Catalog, text: str, theme: str) -> None:
    """Guard: the same words in an everyday sense."""
    assert theme not in _themes(builtin, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Geen contact met st. Wil dood volgens huisgenoot",
        "Niet gezien door st. Heeft pillen gespaard",
    ],
)
def test_round_24_an_abbreviation_before_a_new_sentence_keeps_the_risk(
    builtin: Catalog, text: str
) -> None:
    """H149's rule joins "st." to the next word only when that word is lower case: joined
    always, the "geen"/"niet" before it reached the risk in the next sentence and set it
    aside as a mention (prevention, no crisis line) on 84a4218."""
    assert "suicidal_thoughts" in _themes(builtin, text), text


@pytest.mark.parametrize(
    "said",
    [
        "no but my friend does and honestly I have thought about it",
        "nee, mijn vriendin wel, daarom ben ik ook bang",
    ],
)
def test_round_24_the_student_after_the_friend_keeps_the_question_open(
    builtin: Catalog, said: str
) -> None:
    """H148's rule drops only what the student saw or why they came; any other "ik"/"I"
    after the friend is the student (the first was a plain no on 84a4218)."""
    assert parse_answer(_question(builtin, "safety_wish_dead"), said) == UNKNOWN
