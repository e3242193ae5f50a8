"""Round 49: what an outsiders' set of 160 sentences (round 48, read unseen) showed:
"al" (already) read as "alles" (everything), harm told as a way to cope, the second
net's concern in a note about the student, and a note that names someone first."""

from __future__ import annotations

import pytest

from .reading import ACUTE, themes_of

# --- "al" is not "alles" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "st. voelt zich al maanden somber, geen zin in iets, ligt veel in bed",
        "ik ben al weken moe en heb geen zin in feestjes",
        "heb al twee dagen geen zin om te koken",
        "ik zit al de hele dag in de bieb, geen zin meer in dit vak",
    ],
)
def test_already_is_no_everything(text: str) -> None:
    """The Dutch stemmer folds "al" (already) onto "alles" (everything): "al maanden
    somber, geen zin" matched "alles ... geen zin", a wish to die."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "alles is zinloos, ik zie het nut niet meer",
        "het heeft allemaal geen zin meer",
        "ik voel me al maanden leeg en alles is zinloos",
    ],
)
def test_everything_is_pointless_stays_a_wish_to_die(text: str) -> None:
    """Guards: the word "alles" itself still reads as despair."""
    assert "suicidal_thoughts" in themes_of(text)


def test_already_no_longer_adds_stress_to_a_sum_lost() -> None:
    """ "al 2000 euro kwijt" matched "alles ... te veel|kwijt"-like stress patterns."""
    found = themes_of("ik gok elke avond op mn telefoon en ben al 2000 euro kwijt")
    assert {"addiction", "finances"} <= found and "stress" not in found


# --- harm told as a way to cope ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik heb al een paar keer een mesje gepakt als het me te veel werd",
        "krassen helpt als de druk van de tentamens te veel wordt",
        "ik snij nog steeds af en toe als het te veel wordt",
        "soms kras ik wanneer ik te onrustig ben",
        "snijden geeft rust, dat is het enige wat helpt",
        "cutting helps when exams get too much",
        "I hurt myself when everything gets overwhelming",
        "i grab a razor when it all gets too much",
    ],
)
def test_harm_as_a_way_to_cope_is_self_harm(text: str) -> None:
    """ "al" matched "als" by its stem, so "snij als het te veel wordt" was found by
    accident; the way of saying it now has patterns of its own. (Three rows failed on
    round 48's code; the others were found there by that accident or by the net.)"""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my planning is a mess, are there workshops for time management?",
        "ik brand een kaarsje als het me te veel wordt",
        "I burn out when everything gets overwhelming",
        "de spanning bij de planning van mijn scriptie is te veel",
        "ik snij de groenten als het eten te veel afkoelt",
    ],
)
def test_a_candle_a_mess_or_a_vegetable_is_no_self_harm(text: str) -> None:
    """ "mess" was a typo of "mesje", "planning" of "spanning": the tools are exact."""
    assert not themes_of(text) & {"self_harm", "suicidal_thoughts"}


# --- a counsellor's note: the second net's concern is the student's own risk ---------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "St. geeft aan dat ze haar oxazepam sinds een paar weken niet meer inneemt maar "
            "in een doosje bewaart, 'voor als het echt niet meer gaat'. Wil er verder niet "
            "op ingaan.",
            "suicidal_thoughts",
        ),
        (
            "st. vertelt dat haar messen in haar nachtkastje liggen en niet in de keuken. ze "
            "denkt dat je wel snapt waarom. ze weet niet of ze hulp wil",
            "suicidal_thoughts",
        ),
    ],
)
def test_the_nets_concern_in_a_note_is_the_students_own(text: str, theme: str) -> None:
    """Weighed as concern for a friend, the note sent the counsellor to how to help a
    friend; nobody but the student is in these notes. The tier stays acute."""
    found = themes_of(text)
    assert theme in found and "concern_for_other" not in found


def test_a_note_of_pronouns_only_keeps_both_readings() -> None:
    """Without "st." or a dropped subject, "ze" may be a friend whose words are told: the
    net's concern stays beside the student's own risk, as control does (round 48)."""
    found = themes_of(
        "haar messen liggen in haar nachtkastje en niet in de keuken. ze denkt dat je wel "
        "snapt waarom. ze weet niet of ze hulp wil"
    )
    assert {"concern_for_other", "suicidal_thoughts"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Studente vertelt dat haar vriendin haar gisteren foto's stuurde van diepe "
        "snijwonden met de tekst 'sorry'. Reageert sindsdien niet meer.",
        "haar teamgenootje zei na de training dat ze de pillen al heeft liggen",
    ],
)
def test_a_note_that_names_someone_else_keeps_the_concern(text: str) -> None:
    """Guards: with a friend named, the net's concern may be for that friend."""
    assert "concern_for_other" in themes_of(text)


def test_someone_known_from_her_house_makes_a_note_about_her() -> None:
    """ "iemand uit haar studentenhuis" was the first person named, so the text was read
    as nobody's note and "zit aan haar" as nothing."""
    found = themes_of("iemand uit haar studentenhuis zit aan haar als ze dronken is")
    assert found & {"unwanted_behaviour", "sexual_violence"}


def test_a_dropout_in_a_note_does_not_hide_the_assault_before_it() -> None:
    """The reading added no acute theme where the note had one, to keep the crisis lines'
    order; a dropout has none to keep, and "vastgepakt" was not read as done to her."""
    found = themes_of(
        "een jongen van haar opleiding heeft haar vastgepakt in de lift en liet niet los, "
        "nu durft ze niet meer naar school"
    )
    assert {"unsafe_situation", "dropout_risk"} <= found


def test_better_gone_is_a_wish_to_die() -> None:
    found = themes_of("zegt dat hij zich waardeloos voelt en 'beter weg kan zijn', geen plan")
    assert "suicidal_thoughts" in found
    assert not themes_of("je kan beter weg zijn voor de file begint") & ACUTE


# --- needs said in passing: parents, a hangover, a buddy ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Had a bottle of wine at dinner with my parents to celebrate my sister's graduation",
        "My parents are visiting this weekend, can't wait to show them around",
        "I gave my dog to my parents while I'm on exchange",
        "I live with my parents and study in Utrecht",
    ],
)
def test_parents_named_are_no_family_circumstance(text: str) -> None:
    """The synonym "parenting" stemmed as "parent": every "my parents" was one (of
    tests/data's sentences, 121 came closer to their labels and 13 moved away)."""
    assert "family_circumstances" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my parents keep pushing me to study medicine",
        "how do I tell my parents I'm bi, they're very religious",
        "I translate for my parents at every doctor's appointment",
        "since coming out my parents dont talk to me anymore",
        "parenting while studying is hard",
        "Student parent here, my toddler has been sick for two weeks",
    ],
)
def test_parents_as_a_weight_are_a_family_circumstance(text: str) -> None:
    """Guards: with "parenting" a name only, parents as a weight have patterns."""
    assert "family_circumstances" in themes_of(text)


def test_pushing_is_no_typo_of_pausing() -> None:
    """ "pushing me to study" matched "pausing ... studies": a dropout, acute."""
    assert "dropout_risk" not in themes_of("my parents keep pushing me to study medicine")
    assert "dropout_risk" in themes_of("can I pause my studies for a semester")


@pytest.mark.parametrize(
    "text",
    [
        "zit nog met een kater van het verjaardagsfeest van mijn zus, maar het was het waard",
        "hungover after the gala, never again lol",
        "Kater van de eeuw. Nooit meer tequila.",
    ],
)
def test_one_hangover_is_no_addiction(text: str) -> None:
    assert "addiction" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb elk weekend een kater en mis maandag college",
        "I'm hungover every single monday",
        "so many hangovers this month, it's getting out of hand",
    ],
)
def test_hangovers_that_keep_coming_are_addiction(text: str) -> None:
    """Guards: only the single hangover went."""
    assert "addiction" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Ik wil graag mensen leren kennen, is er een buddyprogramma?", "social_connection"),
        (
            "zou wel bij een vereniging willen maar vind het spannend om in mn eentje te gaan",
            "social_connection",
        ),
        (
            "st. vraagt naar bijeenkomsten om andere eerstejaars te leren kennen",
            "social_connection",
        ),
        ("where do i sign up for the study buddy thing?", "social_connection"),
        ("second year and I still only really know my roommate", "social_connection"),
        ("st. wil tips voor leesstrategieën bij veel Engelstalige literatuur", "study_skills"),
        ("I just don't know if law is for me", "study_choice"),
        ("ik eet pas na 8 uur 's avonds, eerder mag het niet van mezelf", "eating"),
        ("ik game de hele nacht door en mis alle ochtendcolleges", "sleep"),
        ("my mental health is kinda bad rn but im managing", "low_mood"),
        ("mentaal gaat het echt niet goed met me", "low_mood"),
    ],
)
def test_needs_said_in_passing_are_found(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my friend from my study group got the highest grade, so proud",
        "ik heb hier ook wel leuke mensen leren kennen",
        "ik heb die opdracht in mijn eentje geschreven",
    ],
)
def test_a_study_group_or_people_met_is_no_loneliness(text: str) -> None:
    assert "social_connection" not in themes_of(text)


# --- the second net on an everyday use of a risky word ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik ben bi maar durf het niet tegen mijn ouders te zeggen, voel me soms echt niet mezelf",
        "ik slik pillen tegen hooikoorts",
        "I've been taking pills for my migraine since march",
        "ik eet al dagen bijna niks en gooi alles eruit als ik wel eet",
    ],
)
def test_not_myself_or_pills_for_hay_fever_resemble_no_risk(text: str) -> None:
    """The net weighed "mezelf" (self-harm, 0.92), "pillen" (a wish to die, 0.80) and
    "gooi alles eruit" (0.96), throwing food up."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "ik heb pillen gespaard",
        "I don't feel like myself anymore and I've been hoarding pills",
        "ik voel me niet mezelf en wil gewoon dood",
    ],
)
def test_pills_saved_or_a_wish_to_die_beside_the_idiom_stay_acute(text: str) -> None:
    """Guards: only the net's guess on the idiom goes; the patterns read the rest."""
    assert "suicidal_thoughts" in themes_of(text)


def test_friends_lost_by_moving_are_no_grief() -> None:
    assert "grief" not in themes_of("I lost most of my friends when I moved here")
    assert "grief" in themes_of("I lost my dad in march")
    assert "grief" in themes_of("I lost both my parents last year")


@pytest.mark.parametrize(
    "text",
    [
        "st. geeft aan dat ze sinds de verkrachting in oktober niet meer naar de campus durft",
        "st. vertelt dat ze vorige week op het dak van de flat stond om te springen",
    ],
)
def test_a_patterns_concern_in_a_note_of_her_own_need_goes(text: str) -> None:
    """ "verkracht* & ze|haar" gave concern for a friend beside her own sexual violence:
    in a note naming nobody else, her own reading of the same words has the need."""
    found = themes_of(text)
    assert "concern_for_other" not in found and found & ACUTE


def test_a_brother_in_slang_is_someone_else() -> None:
    """Guards: "mi brada" is a brother; his wish stays concern for him."""
    found = themes_of("mi brada zit echt niet goed, hij zegt dat niemand hem gaat missen")
    assert "concern_for_other" in found


@pytest.mark.parametrize(
    "text",
    [
        "st. drinkt sinds de scheiding van haar ouders elke avond een fles wijn",
        "she has been finishing a bottle of wine every night since the breakup",
    ],
)
def test_a_bottle_every_evening_is_addiction(text: str) -> None:
    assert "addiction" in themes_of(text)


def test_a_threat_to_her_told_in_a_note_is_hers() -> None:
    """In her own words "gaan ze me wat aandoen" kept "ze", and a third person left in
    the reading made it someone else's: her brothers' threat was nothing recognised."""
    found = themes_of(
        "haar broers zeggen als ze met die jongen blijft gaan ze haar wat aandoen, haar "
        "familie praat over eer"
    )
    assert "unsafe_situation" in found


def test_tired_after_last_night_is_no_sleep_problem() -> None:
    """ "tired & night" took any "night": a pub quiz last night was a sleep problem."""
    assert "sleep" not in themes_of("I'm dead tired after the pub quiz last night, but we won!")
    assert "sleep" in themes_of("I'm exhausted, I lie awake every night")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("S. lost grandfather 2 wks ago, was raised by him, very close.", "grief"),
        ("stud. eet nauwelijks, braakt na maaltijden, gewicht sterk gedaald", "eating"),
        ("st. geeft aan te braken na maaltijden, soms 2-3x per week", "eating"),
    ],
)
def test_a_notes_own_shorthand_is_read(text: str, theme: str) -> None:
    """A blind set of notes written during round 49 (read after its final CI): "lost
    grandfather" has no "my", "eet nauwelijks" no "ik"."""
    assert theme in themes_of(text)


def test_stopped_attending_in_english_is_a_dropout_risk() -> None:
    """ "I stopped attending classes in october" was nothing recognised (a blind set of
    notes, round 49: "st. hasn't left room in 2 wks, stopped attending")."""
    assert "dropout_risk" in themes_of("I stopped attending classes in october")
    assert "dropout_risk" in themes_of("st. hasn't left room in 2 wks, stopped attending")
    assert "dropout_risk" not in themes_of("she has stopped going to her dance classes")


def test_dying_of_a_cold_is_no_death() -> None:
    """ "sterven" was a typo of "stierven" (died): a cold was grief (the same set)."""
    assert "grief" not in themes_of("Ik ben de hele week al aan het sterven van de verkoudheid")
    assert "grief" in themes_of("mijn opa stierf vorige week")
    assert "suicidal_thoughts" in themes_of("ik wil gewoon sterven")


@pytest.mark.parametrize(
    "text",
    ["ik wil mezelf eruit gooien, van de flat", "I want to throw myself out, nobody would care"],
)
def test_throwing_oneself_out_is_no_purge(text: str) -> None:
    """The purge veto on the net took "mezelf eruit gooien" (0.97) too in review: it
    holds only in a text about eating, never with "mezelf"/"myself"."""
    assert "suicidal_thoughts" in themes_of(text)
