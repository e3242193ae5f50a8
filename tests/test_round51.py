# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 51: what round 50's closing note and four outsiders' sets (set134-set137)
showed: a bare deadline read as strain, a history said to be over read as a need now,
a screening list of denials, the student's own words in a counsellor's note."""

from __future__ import annotations

import pytest

from .reading import ACUTE, themes_of

# --- a deadline alone is no strain ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Student asks about the minor application deadline and whether courses taken abroad count.",
        "Hi! When is the deadline to register for the resit?",
        "ik schrok me dood toen ik zag dat de deadline vandaag was ipv vrijdag, maar het is gelukt hoor",
        "Dossiernotitie: verzoek om verlenging deadline doorgestuurd naar examencommissie.",
        "is de deadline voor het inschrijven van de minor al verstreken?",
        "my laptop committed suicide right before the deadline",
    ],
)
def test_a_deadline_alone_is_no_strain(text: str) -> None:
    """A bare "deadline" was a stress cue: 225 sentences of tests/data had stress their
    labels did not give (an admin question, a deadline met, a planning question). It
    fails with `deadline*` back in the Dutch stress words."""
    assert "stress" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb drie deadlines deze week en ik werk 25 uur, ik weet nie hoe ik dat ga trekken",
        "I have 4 deadlines next week and I genuinely don't know how I'll make it",
        "het is deadline na deadline sinds blok 2",
        "this deadline is literally killing me, haven't slept in two days",
        "die deadline maakt me echt kapot en ik heb ook nog mijn bijbaan",
        "deadlines stacking up and I can't keep up",
        "zoveel deadlines tegelijk dat ik niet weet waar ik moet beginnen",
    ],
)
def test_deadlines_that_wear_one_down_are_strain(text: str) -> None:
    """Guards: several deadlines at once, one after another, or one that wears the
    student down still give stress."""
    assert "stress" in themes_of(text)


# --- acute needs the blind sets showed unread ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "my roommate posted 'see you on the other side' on her story and isnt answering"
            " her phone, im freaking out",
            "concern_for_other",
        ),
        (
            "a guy from my class texted 'see you on the other side' and then went offline",
            "concern_for_other",
        ),
        (
            "Mentor: st. is sinds week 3 niet meer bij colleges geweest, reageert niet op mails",
            "dropout_risk",
        ),
        ("ik ben sinds oktober niet meer bij de werkgroepen geweest", "dropout_risk"),
        ("heeft een ouderejaars me in de gang onder mn shirt gezeten", "sexual_violence"),
        ("mijn stagebegeleider heeft onder mijn rok gezeten", "sexual_violence"),
    ],
)
def test_acute_needs_of_the_blind_sets(text: str, theme: str) -> None:
    """Read as nothing (or as another need) before this round: a goodbye posted too
    long for "posted ... story" to reach, "niet meer bij colleges", "onder mn shirt
    gezeten" with no hand named."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn kat zat onder mijn trui te slapen",
        "see you on the other side of the exam week!",
        "ik ben vandaag niet bij college geweest",
    ],
)
def test_their_harmless_neighbours(text: str) -> None:
    """Guards: a cat under a jumper, a "see you" about an exam week with no post, one
    missed lecture."""
    assert not themes_of(text) & ACUTE


# --- a course named by its topics before the course word -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "just finished the death and dying module in nursing, super interesting!",
        "de rouw en verlies module was best zwaar maar leerzaam",
        "the suicide prevention and grief elective starts in block 3",
    ],
)
def test_a_course_named_by_its_topics(text: str) -> None:
    """ "the death and dying module" was grief, acute: the title came before the course
    word, where only a title after it was read."""
    assert not themes_of(text) & ACUTE


def test_ones_own_death_wish_beside_a_course_is_still_read() -> None:
    assert "suicidal_thoughts" in themes_of("ik wil dood. de module gaat over rouw")


# --- a history a note says is over --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Hx: self-harm in secondary school (2019), none since. Came in for study planning.",
            "self_harm",
        ),
        (
            "Previous episode of depression (2021), treated w/ CBT, resolved. Came to update contact details.",
            "low_mood",
        ),
        (
            "Follow-up: low mood from last spring has lifted, student feels back to normal. Discharged.",
            "low_mood",
        ),
        (
            "Vervolggesprek: eerdere gokproblemen (2022) zijn onder controle, geen hulpvraag.",
            "addiction",
        ),
        (
            "angst- en stemmingsklachten eerder behandeld bij GGZ (2022), afgesloten. Nu stabiel, geen klachten.",
            "stress",
        ),
        (
            "in de brugklas werd ik gepest maar dat is echt helemaal verwerkt hoor",
            "unwanted_behaviour",
        ),
        ("i had a really bad sleep rhythm in first year but thats totally sorted now", "sleep"),
        ("rouw om opa (2019) is verwerkt, geen klachten meer", "grief"),
    ],
)
def test_a_history_said_to_be_over(text: str, theme: str) -> None:
    """A note's history ("Hx", "previous episode", "eerder behandeld", a bare year) with
    what it says of it now ("resolved", "has lifted", "none since", "afgesloten",
    "helemaal verwerkt") is no need now; a "but" that points back ("maar dat is ...
    verwerkt") and "none since" no longer keep it in the present."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "mijn beste vriendin is drie weken geleden verongelukt en ik kan me sindsdien op niks meer focussen",
            "grief",
        ),
        ("Hx of self-harm (2019), resolved, but cut again last week", "self_harm"),
        ("eerdere depressie (2021) afgesloten, maar sinds een maand weer somber", "low_mood"),
        (
            "in de brugklas heb ik gekrast maar dat is al jaren geleden, nu kom ik voor mijn planning",
            "study_skills",
        ),
        ("vorig jaar gepest, maar het is nog steeds niet opgelost", "unwanted_behaviour"),
        (
            "mattie van mij zegt steeds dat ie van de brug gaat springen, eerst dacht ik dat ie een grap maakte maar nu niet meer",
            "suicidal_thoughts",
        ),
    ],
)
def test_a_history_that_goes_on_stays(text: str, theme: str) -> None:
    """Guards: "sindsdien op niks meer focussen" is a loss weighing now, "again" and
    "weer" bring a past back, a need told after "maar dat is ..." is the student's now,
    and "eerst" is no earlier episode."""
    assert theme in themes_of(text)


# --- a screening list of denials in a note --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wellbeing check after exam period: sleeping well, eating normally, no anxiety, no low mood. Happy with her results.",
        "Screening 3/4: no suicidal ideation, no self-harm, no substance use, sleep ok, mood stable. No follow-up needed.",
        "Screening: geen suïcidale gedachten, geen zelfbeschadiging, geen alcohol-/drugsgebruik, slaapt goed. Geen vervolg nodig.",
        "Uitgevraagd: geen angst, geen somberheid, geen gokken. Komt voor een handtekening.",
    ],
)
def test_a_screening_list_of_denials_is_no_need(text: str) -> None:
    """Each item of a list of two or more clauses opening with "no"/"geen" denies what
    it names; "sleeping well", "slaapt goed" is the need's word said to be fine."""
    assert themes_of(text) == set()


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("geen eetlust, geen vrienden, geen energie", "social_connection"),
        ("geen eetlust, geen vrienden, geen energie", "eating"),
        ("no friends, no money for rent, no sleep", "finances"),
        ("no friends, no money for rent, no sleep", "sleep"),
        ("I'm not sleeping well", "sleep"),
        (
            "geen suïcidale gedachten, geen zelfbeschadiging, maar slaapt slecht en piekert veel",
            "sleep",
        ),
        (
            "Eet niet als ze gestrest is, vaak hele dagen niks, valt af. Geen eetbuien, geen braken.",
            "eating",
        ),
    ],
)
def test_what_is_missing_is_still_the_need(text: str, theme: str) -> None:
    """Guards: what a student lacks ("geen vrienden", "no sleep") is the need itself, a
    sleep said to be bad stays, and a denied binge leaves the not-eating told before it."""
    assert theme in themes_of(text)


def test_a_parents_drinking_is_family_circumstances() -> None:
    assert "family_circumstances" in themes_of("my dad drinks and then he gets angry")


def test_als_is_no_misspelt_alles() -> None:
    """ "als hij te veel eet" was read as "alles te veel", stress: both have the Dutch
    stem "al". The pattern now asks for "alles" itself (40 sentences closer to labels)."""
    assert "stress" not in themes_of("hij valt bijna om als hij te veel eet lol")


# --- someone else's drinking or drugs is not the student's addiction ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Broer van stud. gebruikt drugs; stud. zelf geen middelengebruik.",
        "Note: student's roommate uses cocaine at weekends.",
        "mijn huisgenoot blowt elke dag, ik vind het prima zo",
        "my brother gambles a lot on football",
        # round 48 guarded "my dad drinks and then he gets angry" as addiction; it is the
        # student's family circumstances now (the next test), its guard "I drink and then
        # I get angry"
        "my dad drinks and then he gets angry",
    ],
)
def test_someone_elses_use_is_not_the_students_addiction(text: str) -> None:
    """Labels of 60 sentences of tests/data agreed: a roommate's or a brother's use is
    no addiction of the student's (concern or family, when the text says so)."""
    assert "addiction" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "sinds de dood van mijn vriendin drink ik veel meer dan vroeger",
        "Mijn huisgenoot blowt elke dag en ik doe steeds vaker mee",
        "Roommate drinks heavily, but the real issue is that she herself drinks alone most nights",
        "ik drink elke avond een fles wijn",
        "Drinkt elke avond, st. erkent dat het uit de hand loopt",
    ],
)
def test_the_students_own_use_stays(text: str) -> None:
    """Guards: "drink ik" (the "ik" after the verb), joining in ("ik doe mee"), "she
    herself" in a note, and a note's subjectless "Drinkt"."""
    assert "addiction" in themes_of(text)


# --- needs the blind sets showed, said in their own words ------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Transman, nog niet uit de kast bij studiegenoten", "identity"),
        (
            "im starting to wonder if i even feel like a guy? ive been trying out another name with friends",
            "identity",
        ),
        (
            "ik wil beter weten waar ik nou egt goed in ben, voor mn stage sollicitaties",
            "self_insight",
        ),
        ("hoe onthoud je egt veel stof? ik lees alles 3x", "study_skills"),
        ("how do you remember all that material for the exam?", "study_skills"),
        ("Drinkt 4-5 avonden p/wk, vaak >10 glazen.", "addiction"),
        ("Gokt via online casino, schuld opgelopen tot ca. 3000 euro.", "finances"),
        ("bij elk tentamen gaat mn hoofd gwn blanco", "performance_anxiety"),
        (
            "de nacht voor een tentamen lig ik tot 4 uur wakker te malen dat ik ga zakken",
            "performance_anxiety",
        ),
        ("eigenlijk boeit niks me nog", "low_mood"),
        ("nederlanders zijn aardig maar ik kom er nie tussen", "social_connection"),
        ("door mijn darm ziekte mis ik veel colleges", "functional_impairment"),
        ("ik heb de ziekte van Crohn en mis veel practica", "functional_impairment"),
        ("I have a chronic illness and miss classes", "functional_impairment"),
        # round 42's guard: a long or serious illness of one's own still is one
        ("ik ben heel ziek geweest en heb veel gemist", "functional_impairment"),
    ],
)
def test_needs_said_in_their_own_words(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Afspraak geannuleerd door stud. (ziek). Nieuwe afspraak ingepland.",
            "functional_impairment",
        ),
        (
            "Email from teacher: S. missed one lab due to illness, has a doctor's note.",
            "functional_impairment",
        ),
        (
            "no worries im not stressed at all this period haha, just wanted to book a room",
            "stress",
        ),
        ("Mijn moeder noemt me per ongeluk bij mijn oude naam, maar we lachen erom", "identity"),
    ],
)
def test_a_day_ill_or_no_worries_is_no_need(text: str, theme: str) -> None:
    """A day ill is no disability or chronic condition (the bare synonyms "ziekte" and
    "illness" are gone; `--theme ziekte` still resolves through the label's words), "no
    worries" is "never mind", and "im not stressed" denies the state."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "mn moeder heeft net gehoord dat de kanker terug is en ik rij elk weekend naar huis om voor mn broertjes te zorgen",
            "family_circumstances",
        ),
        ("sinds ik uit de kast ben gekomen praat mn vader nie meer met me", "family_circumstances"),
        (
            "my mom keeps calling me crying about her chemo and i'm 200km away",
            "family_circumstances",
        ),
        (
            "Tutor note: student is from Brazil, struggles with Dutch housing rules and registering at the gemeente.",
            "international_student",
        ),
        (
            "Duitse st., 1e jr, vindt aansluiting lastig door taal in Nederlandstalige tutorials",
            "international_student",
        ),
        (
            "theres a groupchat in my year where they post memes about me and my voice",
            "unwanted_behaviour",
        ),
        ("now people whisper when i walk into the lecture hall", "unwanted_behaviour"),
        ("ik kom nergens meer aan toe, deadlines en werk", "stress"),
        (
            "My ex posted intimate videos of me in a group chat with people from my study association",
            "sexual_violence",
        ),
    ],
)
def test_more_needs_of_the_blind_sets(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("mijn moeder is vorige maand overleden aan kanker", "family_circumstances"),
        ("Sorry ik reageer laat, was aan het sporten, ben helemaal kapot maar voldaan", "stress"),
    ],
)
def test_their_neighbours_stay_what_they_were(text: str, theme: str) -> None:
    """Guards: a mother who died of cancer is grief, not a parent's illness now; tired
    after sport is no strain (a "ben gewoon kapot" pattern was tried and dropped: it
    read 9 such sentences as stress)."""
    assert theme not in themes_of(text)


# --- harmless senses of the blind sets' risk words ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "in operating systems we have to kill the child process when the parent dies, pretty morbid terminology tbh",
        "just got killed 20 times in valorant by the same guy, im gonna end it all (the match, im leaving the match)",
        "that suicide squad movie was so bad i wanted to jump out of the cinema window lmao",
        "did my first aid course today, practised cpr and what to do with a deep cut or when someone swallowed too many pills",
        "the lecture was so boring i wanted to die lol",
    ],
)
def test_harmless_senses_of_risk_words(text: str) -> None:
    """Computing words, a match ended, a film so bad, what first aid teaches: read as
    grief, a wish to die and concern before this round."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I'm going to end it all tonight", "suicidal_thoughts"),
        ("my dad died last week and I can't focus", "grief"),
        ("everything is so bad lately, i want to die", "suicidal_thoughts"),
        (
            "I looked up what to do when someone swallowed too many pills because I swallowed too many pills an hour ago",
            "suicidal_thoughts",
        ),
    ],
)
def test_the_risk_itself_is_still_read(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is there a free Dutch course for international students?", False),
        ("Diwali party at the international student house this Saturday, bring snacks!", False),
        (
            "international student here, are there any student associations? would love to meet people",
            True,
        ),
        ("I feel so far away from everyone since I moved here", True),
    ],
)
def test_an_international_student_is_not_lonely_by_that_alone(text: str, expected: bool) -> None:
    """ "international student" was a pattern of social connection: every international
    student was lonely too. Meeting people and being far from everyone are."""
    assert ("social_connection" in themes_of(text)) is expected


# --- round 51's later blind sets (set138, set139) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "morgen bruggetje springen bij de Amstel met het dispuut, zin in",
        "bio practicum: cellen laten doodgaan met ethanol, best vet",
        "haha ik lag dood toen ie van zn fiets viel, niks aan de hand gelukkig",
        "my tutor said i need to cut 500 words from my essay, rip",
        "Hi, my brother is thinking about applying for the Liberal Arts programme next year",
    ],
)
def test_harmless_chat_is_no_risk(text: str) -> None:
    """A summer's bridge jump with the club, cells in a practical, "ik lag dood"
    (laughing), words cut from an essay, "applying" read as a slip of "falling"."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik ga morgen van de brug springen", "suicidal_thoughts"),
        ("ik heb geen zin meer, ik spring vannacht in het water", "suicidal_thoughts"),
        ("I'm going to jump in the canal tonight, no fun anymore", "suicidal_thoughts"),
        (
            "My friend owes money to scary people. She's been cutting again and texting me goodbye-ish things",
            "concern_for_other",
        ),
        (
            "the warehouse cut my hours. I keep looking at the water thinking how quiet it would be",
            "suicidal_thoughts",
        ),
    ],
)
def test_the_risk_beside_those_words_stays(text: str, theme: str) -> None:
    """Guards: "bruggetje" has the stem of "brug" (a first try set "van de brug
    springen" aside); "zin" and "fun" are no sign of a summer's jump when they are
    missing ("geen zin meer", "no fun anymore": the English figure had that hole since
    round 8); "texting" and "cut my hours" are no words cut from an essay (a figure
    anywhere in a text also keeps the second net from being asked)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "i keep pushing everything to the last night, cant start anything until its basically too late",
            "study_skills",
        ),
        (
            "kan mn ouders egt nie vertellen dat ik geen moslim meer wil zijn, voel me zo verscheurd",
            "identity",
        ),
        (
            "ik merk dat ik vaak hele avonden zit te eten, veel meer dan ik wil, en dat ik niet kan stoppen",
            "eating",
        ),
    ],
)
def test_needs_of_the_later_blind_sets(text: str, theme: str) -> None:
    assert theme in themes_of(text)


def test_a_past_pause_with_readiness_now_is_over() -> None:
    text = (
        "Last year I had to pause my studies because my mother passed away, but I've had"
        " a lot of support since then and I feel ready to pick things up fully again."
    )
    assert not themes_of(text) & ACUTE


# --- a set of own-words answers (set140), Flemish and learners' Dutch among them ----------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Ik zit ermee in dat ik mijn eerste jaar niet ga halen, ik heb pas 12 studiepunten en de deliberatie komt eraan.",
            "dropout_risk",
        ),
        ("ik heb op mijn kot al drie weken met niemand echt gesproken", "social_connection"),
        (
            "Ik zit al weken te blokken maar op het examen slaat alles dicht, ik ben zo bang om weer te buizen.",
            "performance_anxiety",
        ),
        (
            "Ik ben nu twee maand in Nederland. Alles is anders. Ik snap de systemen niet, BSN, verzekering.",
            "international_student",
        ),
    ],
)
def test_own_words_of_the_blind_answers(text: str, theme: str) -> None:
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Vorig jaar had ik paniekaanvallen bij tentamens maar dat is nu helemaal over, ik wil gewoon weten wat jullie doen.",
            "performance_anxiety",
        ),
        ("ik heb nog maar 10 studiepunten te gaan en dan ben ik klaar", "dropout_risk"),
        ("mijn broer gaat zijn eerste jaar niet halen", "dropout_risk"),
    ],
)
def test_their_neighbours_are_no_need(text: str, theme: str) -> None:
    """A past "helemaal over", a few credits still to go, a brother's first year."""
    assert theme not in themes_of(text)


# --- who has the need (set141) ---------------------------------------------------------------


def test_its_me_said_mid_text_is_the_students_own() -> None:
    """ "...ok, it's me. I did it again last night." after "asking for a friend" was
    concern for someone else: "it's me" was known only at the very end of a text."""
    text = (
        "Asking for a friend: how long does it take before someone who cuts stops feeling"
        " the urge? ...ok, it's me. I did it again last night."
    )
    found = themes_of(text)
    assert "self_harm" in found and "concern_for_other" not in found


def test_the_one_who_helps_is_not_revealed() -> None:
    """Guard: "who's going to help her? it's me." names the helper, not the one at risk."""
    text = "my friend cuts herself. who's going to help her? it's me. I'm the only one she tells"
    assert "concern_for_other" in themes_of(text)


# --- dictated intakes (set142) and practical messages (set143) -----------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "sometimes I like hit my own legs really hard when I'm angry at myself until they're bruised and uh I also drink quite a lot on weekends like maybe fifteen beers a night I can't really stop",
            "self_harm",
        ),
        ("als ik boos ben sla ik mijn benen tot ze blauw zijn", "self_harm"),
        ("ik sla mezelf soms tot ik blauwe plekken heb", "self_harm"),
        (
            "I wrote a message to all my friends and scheduled it to send on Friday. I just need to get through the week.",
            "suicidal_thoughts",
        ),
        (
            "How do you guys divide up your week before exams? My schedule always falls apart",
            "study_skills",
        ),
        ("I feel so empty inside lately", "low_mood"),
    ],
)
def test_needs_of_the_dictated_and_practical_sets(text: str, theme: str) -> None:
    """Hitting one's own legs until bruised was found only by the second net, and not in
    a longer dictated text; a message to all one's friends timed for Friday was a study
    planning question (set26, round 9), read as nothing after "schedule" alone stopped
    being one."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Where can I find the resit schedule for the Statistics exam?", "study_skills"),
        (
            "After Friday's party someone left a crate of empty beer bottles in the association room",
            "low_mood",
        ),
        ("I hit my leg hard on the table", "self_harm"),
        ("the ball hit my head really hard at football lol", "self_harm"),
        (
            "I wrote an email to all my friends about the party and scheduled it for Friday",
            "suicidal_thoughts",
        ),
    ],
)
def test_practical_words_are_no_need(text: str, theme: str) -> None:
    """A resit schedule looked up, empty bottles, a knock against a table, a ball, an
    invitation scheduled: 49 sentences of tests/data came closer to their labels."""
    assert theme not in themes_of(text)


# --- international students (set144) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "I stopped going to classes about a month ago. I just can't make myself go.",
            "dropout_risk",
        ),
        (
            "I only have 12 of 60 EC this year and the university has to report me to the IND if I don't make 50 percent.",
            "dropout_risk",
        ),
        ("my residence permit can be taken away if I fail this year", "dropout_risk"),
        (
            "I'm thinking of packing up, flying back to Ohio and forgetting about this degree.",
            "dropout_risk",
        ),
        (
            "In my student house two guys keep making jokes that I am a terrorist because I am Turkish",
            "unwanted_behaviour",
        ),
        ("they hide my food from the fridge again", "unwanted_behaviour"),
        ("Honestly the Dutch directness is a shock for me", "international_student"),
        ("I'm still figuring out how things work in this country.", "international_student"),
        ("I don't understand how to register for NT2", "international_student"),
    ],
)
def test_needs_of_international_students(text: str, theme: str) -> None:
    """ "stopped going to classes about a month ago" was set aside as a past: the dropout
    risk's own "stopped ... ago" read as a habit given up (`textpast.said_over`)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "I stopped self harming 5 years ago and now I'd love to become a peer supporter",
            "self_harm",
        ),
        ("clean from self harm since 2019, I'd like to volunteer", "self_harm"),
        ("I only have 5 EC left to finish my degree", "dropout_risk"),
    ],
)
def test_stopping_a_harm_is_still_its_past(text: str, theme: str) -> None:
    """Guards: for self-harm, stopping is the recovery (a first try of the rule above
    took it for the risk in six sentences of tests/data); a few credits left to finish."""
    assert theme not in themes_of(text)


# --- mbo and hbo chat in many registers (set145) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "haha ik heb dit blok 0 EC gehaald, denk dat ik maar fulltime vakkenvuller word, school is niks voor mij",
            "dropout_risk",
        ),
        (
            "ik heb stage, 20 uur bijbaan en nog 3 opdrachten open staan, ik krijg het echt niet meer gepland",
            "study_skills",
        ),
        (
            "op mijn bijbaan noemt de bedrijfsleider me steeds 'dat bruine meisje' en dan lachen ze allemaal",
            "unwanted_behaviour",
        ),
        ("ik slaap weer slecht sinds de tentamens", "sleep"),
    ],
)
def test_needs_of_the_mbo_and_hbo_chat(text: str, theme: str) -> None:
    assert theme in themes_of(text)


def test_sleeping_well_again_is_no_sleep_problem() -> None:
    """ "ik slaap weer goed": one word between the need's word and "goed"."""
    text = "het gaat nu veel beter met me, ik slaap weer goed en ik heb weer zin in school"
    assert "sleep" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "My parents are still in Kharkiv. Every night there is shelling and I am so afraid they will be hit.",
        "mijn ouders zitten in Gaza, elke nacht bombardementen, ik ben zo bang dat ze geraakt worden",
    ],
)
def test_family_under_fire_at_home_is_concern_for_someone_else(text: str) -> None:
    """Read as the student's own wish to die by the second net (set144)."""
    found = themes_of(text)
    assert "concern_for_other" in found and "suicidal_thoughts" not in found


def test_a_threat_to_oneself_stays_ones_own() -> None:
    """Guard: "they will hit me" is the student's danger, not someone else's."""
    found = themes_of("I'm afraid they will hit me if I tell them")
    assert "unsafe_situation" in found and "concern_for_other" not in found


def test_going_along_with_a_brother_is_not_his_dropout() -> None:
    """Review guard: joining in ("ik doe mee") makes only a habit the student's own, not
    someone else's dropping out."""
    text = "mijn broer stopt met zijn studie en ik ga met hem mee naar de open dag"
    assert "dropout_risk" not in themes_of(text)


# --- risks said very indirectly (set146) and harmless risk words (set147) ------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Something happened at the party on Saturday. I only had two drinks and then there's just nothing, I woke up in a room I didn't know with my clothes on wrong.",
            "sexual_violence",
        ),
        (
            "At a party in September a guy didn't stop when I told him to, and I haven't been able to tell anyone until now.",
            "sexual_violence",
        ),
        (
            "ik was helemaal van de wereld op dat huisfeest en ik weet niet wat er gebeurd is, ik werd wakker met blauwe plekken",
            "sexual_violence",
        ),
        (
            "Mijn vriend wil altijd weten waar ik ben en leest mijn uni-mail mee.",
            "unsafe_situation",
        ),
        (
            "Als ik er iets van zeg wordt hij zo boos dat ik de nacht op het balkon moet doorbrengen.",
            "unsafe_situation",
        ),
        ("Ze zeggen dat ze me 'heus wel weten te vinden' op de campus.", "unsafe_situation"),
        (
            "De huur is betaald tot en met deze maand. Na volgende week hoeft niemand zich meer zorgen om mij te maken.",
            "suicidal_thoughts",
        ),
        (
            "Mijn laptop en mijn fiets heb ik al aan mijn broertje gegeven, hij heeft ze straks meer nodig dan ik.",
            "suicidal_thoughts",
        ),
        ("soon nobody will have to worry about me anymore", "suicidal_thoughts"),
        ("Kan ik mijn inschrijving per direct stopzetten?", "dropout_risk"),
        ("I keep buying plasters, and they're not accidents", "self_harm"),
    ],
)
def test_risks_said_very_indirectly(text: str, theme: str) -> None:
    """Read as nothing, or as another need, before this round (set146, unseen: 32 of 40
    found; after: 38 of 40)."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik check mijn telefoon de hele tijd, hij zegt dat ik verslaafd ben", "unsafe_situation"),
        ("je hoeft je geen zorgen om mij te maken hoor, het gaat prima", "suicidal_thoughts"),
        (
            "In nursing we practised recognising an overdose and giving naloxone on a dummy today",
            "suicidal_thoughts",
        ),
        (
            "My roommate is training for a boxing match and keeps asking me to hold the pads while he hits them",
            "concern_for_other",
        ),
        (
            "Mijn broer dreigde voor de grap al mijn spullen weg te gooien als ik mijn kamer niet zou opruimen",
            "concern_for_other",
        ),
    ],
)
def test_their_harmless_twins(text: str, theme: str) -> None:
    """Guards and set147's harmless risk words: checking one's own phone, "don't worry
    about me" as a reassurance, an overdose recognised in training, pads a boxer hits,
    things thrown away (not given away)."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm treating my overdose myself, don't call anyone",
        "ik heb al mijn spullen weggegeven, jullie hoeven je geen zorgen meer te maken",
        "de uitspraak over mijn verkrachting kwam vandaag, hij is vrijgesproken",
        "ik heb toneel en ik wil zelfmoord plegen",
    ],
)
def test_the_risk_itself_stays_beside_those_words(text: str) -> None:
    """Guards: an overdose of one's own; belongings given away. A court's ruling and the
    stage were tried as frames and dropped: "de uitspraak over mijn verkrachting" and
    "ik heb toneel en ik wil zelfmoord plegen" were set aside with them."""
    assert themes_of(text) & ACUTE
