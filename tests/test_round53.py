# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 53: what six outsiders' sets showed (set160-set165: voice memos, formal e-mails,
internships and clubs, reported speech, understatement, chronic illness and carers).
Each test names the set and fails without the change it guards, unless it says it is a
guard."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.referrals import ReferralIndex

from .reading import ACUTE, themes_of

# --- a death with "otherwise fine" after it is grief now --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set164: "Gaat verder wel." read the death three weeks ago as a past that is over
        "Mijn moeder is drie weken geleden overleden. Iedereen zegt 'sterkte' en gaat weer door. Ik stond gisteren in de Appie te janken bij de pindakaas omdat zij die altijd kocht. Gaat verder wel.",
        "Mijn moeder is drie weken geleden overleden. Gaat verder wel.",
        "My dad died two months ago. Apart from that I'm doing fine.",
        "Mijn opa is een maand geleden overleden, voor de rest gaat het wel goed.",
    ],
)
def test_otherwise_fine_is_said_of_the_rest_not_of_the_loss(text: str) -> None:
    """Fails without denials.about_the_rest."""
    assert "grief" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I cut myself two years ago, but I'm doing fine now",
        "Vorig jaar had ik een eetstoornis, nu gaat het goed",
    ],
)
def test_a_recovery_said_of_the_need_itself_still_ends_it(text: str) -> None:
    """A guard: a recovery without a word for "the rest" is still a recovery."""
    assert not (themes_of(text) & ACUTE) and "eating" not in themes_of(text)


# --- a mate who died ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set164: "mate" was no person whose death is a loss
        "Bit quiet on my end lately. My best mate died in a motorbike accident in October and I'm apparently still 'not over it', according to my tutor.",
        "my stepdad passed away on sunday",
        "lost my bestie to cancer last spring and I still can't focus",
        "our tutor died last week and the whole group is a mess",
    ],
)
def test_more_people_whose_death_is_a_loss(text: str) -> None:
    """Fails without the person words added to the grief patterns of themes.yaml."""
    assert "grief" in themes_of(text)


@pytest.mark.parametrize(
    "text", ["my phone died in the exam", "My laptop died and I lost my notes"]
)
def test_a_thing_that_died_is_no_loss(text: str) -> None:
    """A guard: devices still do not grieve."""
    assert "grief" not in themes_of(text)


# --- voice memos: a burn in Dutch word order, a split verb of touching --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set160: the Dutch perfect puts the burn last
        "ik heb gister weer met een aansteker mijn been verbrand zeg maar en dat lucht dan even op maar nu schaam ik me kapot",
        "heb met een mesje mijn arm opengehaald gisteravond",
        "na die ruzie weer gekrast en eerlijk gezegd lucht het op",
    ],
)
def test_a_burn_said_in_dutch_word_order_is_self_harm(text: str) -> None:
    """Fails without the two SELF_HARM_NL patterns of round 53."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # set160: "vast gepakt" as dictation writes it
        "mijn begeleider daar heeft me vorige week in het magazijn vast gepakt tussen mijn benen en ik durf het niet tegen school te zeggen",
        "hij greep me tussen mijn benen op het feest",
    ],
)
def test_being_grabbed_between_the_legs_is_sexual_violence(text: str) -> None:
    """Fails without the dictation joins of round 53 and the sexual_violence patterns."""
    assert "sexual_violence" in themes_of(text)


def test_a_dog_between_my_legs_is_nothing() -> None:
    """A guard: sitting between someone's legs is no assault."""
    assert not themes_of("de hond zat de hele avond tussen mijn benen") & ACUTE


# --- understatement: a bus that does not brake ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wouldn't mind much if the bus didn't brake one of these mornings. Not going to do anything. Just wouldn't mind.",
        "i wouldnt care if the train didnt brake tbh",
        "ik zou het niet erg vinden als de bus een keer niet remt",
        "eerlijk gezegd zou ik het niet erg vinden als een auto me aanrijdt",
    ],
)
def test_not_minding_a_vehicle_that_does_not_brake_is_a_wish_to_die(text: str) -> None:
    """Fails without the round-53 patterns in lexicon_phrasings_more.py."""
    assert "suicidal_thoughts" in themes_of(text)


def test_a_bus_that_does_not_stop_at_school_is_no_wish() -> None:
    """A guard: "stop" was left out of the pattern (a bus that skips a stop)."""
    assert "suicidal_thoughts" not in themes_of(
        "I wouldn't mind if the bus didn't stop at my old school anymore"
    )


# --- deciding to stop this year -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've basically decided to stop this year and maybe try again in September",
        "ive decided to quit uni",
        "ik heb besloten om dit jaar te stoppen",
        "heb besloten te stoppen met mijn studie",
    ],
)
def test_deciding_to_stop_is_a_dropout_risk(text: str) -> None:
    """Fails without the dropout_risk patterns of round 53 in themes.yaml."""
    assert "dropout_risk" in themes_of(text)


@pytest.mark.parametrize(
    "text", ["I decided to stop drinking this year", "ik heb besloten te stoppen met roken"]
)
def test_deciding_to_stop_a_habit_is_no_dropout(text: str) -> None:
    """A guard: the year must follow "stop" directly."""
    assert "dropout_risk" not in themes_of(text)


# --- harmless words that read as a risk -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # set160: the extension is no longer needed
        "hoi eh met femke ik wil alleen even laten weten dat mijn oma gelukkig weer uit het zieken huis is dus ik kan gewoon weer naar de lessen en die verlenging hoeft niet meer",
        "de vervolgafspraak hoeft niet meer, het gaat goed",
        # set165: a carer who hides her mother's pills
        "Mijn moeder is verslaafd aan pijnstillers en ik ben degene die haar pillen verstopt en de boodschappen doet.",
        # set160: the Dutch "want" is "because"
        "ik ben heel bang voor mijn herkansing want als ik die niet haal moet ik het vak weer een jaar doen",
    ],
)
def test_harmless_words_that_looked_like_a_risk_to_life(text: str) -> None:
    """Fails without the round-53 figures and the Dutch "want" in matchchecks.misread."""
    assert "suicidal_thoughts" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "het hoeft voor mij allemaal niet meer",
        "ik heb mijn pillen verstopt in mijn la, voor later",
        "i want die",
    ],
)
def test_the_risks_beside_those_figures_stay(text: str) -> None:
    """A guard: the figures name a thing or someone else's pills, not the student."""
    assert "suicidal_thoughts" in themes_of(text)


# --- a quoted goodbye, an initiation with threats, "then nothing matters" ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # set164: a message that reads as a goodbye, and no answer since
        "My little sister (16) texted 'don't worry if I don't reply for a while ❤️' and now she's not picking up. My parents say I'm overreacting. Am I?",
        "my roommate posted 'dont worry if you don't hear from me' and left his phone here",
    ],
)
def test_a_quoted_dont_worry_if_i_dont_reply_is_concern(text: str) -> None:
    """Fails without the concern_for_other pattern of round 53 in themes.yaml."""
    assert "concern_for_other" in themes_of(text)


def test_dont_worry_if_i_reply_late_to_the_counsellor_is_nothing() -> None:
    """A guard: said to the service, without a message quoted, it is no one's goodbye."""
    assert not themes_of("don't worry if I reply late this week, I'm on a field trip") & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        # set162: an initiation with a cellar and threats is not safe
        "Bij de ontgroening moeten we de hele nacht in een koude kelder blijven, telefoon ingeleverd, en ze dreigen dat iedereen het te weten komt als we iets zeggen.",
        "during the hazing week they locked us in a basement and threatened to post videos",
    ],
)
def test_an_initiation_with_threats_is_an_unsafe_situation(text: str) -> None:
    """Fails without the unsafe_situation patterns of round 53 in themes.yaml."""
    assert "unsafe_situation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # set163: "stop ik ermee, en dan maakt niks meer uit"
        "Mijn studiegenoot Sanne zei letterlijk: 'Als ik dit tentamen weer niet haal stop ik ermee, en dan maakt eigenlijk niks meer uit.' Moet ik dit serieus nemen?",
        "ik kap ermee en dan maakt niks meer uit",
    ],
)
def test_quitting_and_then_nothing_matters_is_acute(text: str) -> None:
    """Fails without the SUICIDAL_NL pattern of round 53."""
    assert themes_of(text) & ACUTE


def test_quitting_smoking_and_then_nothing_matters_is_no_risk() -> None:
    """A guard: "ermee" must be close to "dan", and nothing may follow "uit"."""
    assert (
        not themes_of("ik stop ermee met roken, dan maakt het niks meer uit hoeveel stress ik heb")
        & ACUTE
    )


# --- the counsellor's "ze" beside an answer (a role-play of this round) -------------------------


def _finish_at_the_panel(answers: dict[str, str]):  # type: ignore[no-untyped-def]
    from steunwijzer.core.prompts import CrisisPrompt

    from .intake import answering

    plain = answering(answers, "")

    def ask(prompt: object) -> object:
        return "finish" if isinstance(prompt, CrisisPrompt) else plain(prompt)  # type: ignore[arg-type]

    return ask


def test_the_counsellors_she_beside_an_answer_keeps_the_students_own_self_harm(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A counsellor typed "nee, maar ze krast soms in haar armen als de spanning te hoog
    wordt" at the loss question and finished at the panel: the result held concern for
    someone else only, the student's own self-harm was gone. Nobody is named and a need
    of the student's own stands beside it: both readings, as in the own-words answer.
    Fails without read_own_words in ownwords.words_beside."""
    from steunwijzer.core.interview import run_interview

    said = "nee, maar ze krast soms in haar armen als de spanning te hoog wordt, laatst 2 weken geleden"
    result = run_interview(builtin, _finish_at_the_panel({"area_loss": said}), "nl", index).result
    assert "self_harm" in result.themes, result.themes


def test_a_friend_named_beside_an_answer_stays_someone_else(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A guard: "mijn vriendin krast in haar armen" is the friend's, not the student's."""
    from steunwijzer.core.interview import run_interview

    said = "nee, maar mijn vriendin krast soms in haar armen als de spanning te hoog wordt"
    result = run_interview(builtin, _finish_at_the_panel({"area_loss": said}), "nl", index).result
    assert "concern_for_other" in result.themes and "self_harm" not in result.themes


@pytest.mark.parametrize(
    "said",
    [
        "no. but he's worried about his housemate, she posted something like a goodbye in the group chat last night",
        "nee, maar ze maakt zich zorgen om haar huisgenote",
    ],
)
def test_a_no_with_worry_for_his_housemate_is_the_students_no(builtin: Catalog, said: str) -> None:
    """The counsellor speaking of the student ("he's worried about his housemate") on the
    first safety question was doubt: the student got suicidal thoughts of his own, kept
    after a clean "no" (a role-play of this round). Fails without his/her/their in
    answer_phrases.NOT_ME."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, said) is False


def test_the_housemates_goodbye_beside_the_no_is_still_heard(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The words beside the no are read: concern for the housemate, not the student's own
    wish to die."""
    from steunwijzer.core.interview import run_interview

    from .intake import answering

    said = "no. but he's worried about his housemate, she posted something like a goodbye in the group chat last night"
    result = run_interview(builtin, answering({"safety_wish_dead": said}, ""), "en", index).result
    assert "concern_for_other" in result.themes and "suicidal_thoughts" not in result.themes


def test_no_but_only_at_night_is_still_doubt(builtin: Catalog) -> None:
    """A guard: a no taken back in the same breath stays doubt."""
    from steunwijzer.core.answers import parse_answer

    question = builtin.question("safety_wish_dead")
    assert question is not None
    assert parse_answer(question, "no, only at night") == "unknown"


# --- the second wave of sets (set166-set171), measured on this round's code ------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set166, set162, set160: kissed while saying no
        (
            "My supervisor at the internship keeps touching my waist and last Friday he kissed me in the storage room while I said no.",
            "sexual_violence",
        ),
        (
            "Mijn stagebegeleider heeft me vorige week na de borrel tegen de muur gedrukt en gezoend terwijl ik nee zei.",
            "sexual_violence",
        ),
        # set169: a photo, and a threat to post it unless another one is sent
        (
            "Ik heb een jongen een foto gestuurd waar ik spijt van heb, en nu dreigt hij hem in de jaargroep te zetten als ik geen nieuwe stuur.",
            "sexual_violence",
        ),
        # set171: touched as a child
        (
            "The imam at my old mosque touched me when I was a kid and I've never told anyone.",
            "sexual_violence",
        ),
        # set169: a fake profile with an address, strangers at the door
        (
            "Iemand heeft een nep-Tinderprofiel van mij gemaakt met mijn adres erbij en er staan nu vreemde mannen aan de deur.",
            "unsafe_situation",
        ),
        (
            "someone posted my address in a discord and now random men keep showing up outside my door",
            "unsafe_situation",
        ),
        # set171: taken to be "fixed"
        (
            "After I told my parents I'm gay they said they would 'fix' me and now they're taking me to a pastor for deliverance prayers.",
            "unsafe_situation",
        ),
        # set169: a gaming friend killed in a crash last week
        (
            "A guy I've gamed with almost every night for three years died in a car crash last week. I never met him irl so people act like it doesn't count, but I can't stop crying",
            "grief",
        ),
        # my probe beside set166: afraid of not making it
        ("ik ben bang dat ik het niet haal", "performance_anxiety"),
    ],
)
def test_the_second_waves_needs_are_found(text: str, theme: str) -> None:
    """Fails without the round-53 patterns of themes.yaml named in each comment."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # set166: a parent asking how the BSA works
        "Geven jullie ook voorlichting voor ouders van eerstejaars? Ik wil graag begrijpen hoe dat werkt met studiepunten en het BSA.",
        # set166: "nearly died" of a presentation, laughing
        "My sister said she 'nearly died' during her presentation today lol, she got an 8. Anyway, does the uni have a family day?",
        # set169: an app to cut clips; a streamer's rape jokes
        "does anyone know a decent free app to cut and edit clips? want to make a montage of my headshots",
        "the streamer my housemates watch makes rape jokes every stream and they quote him at dinner",
        # set171: sources for a course; a tutorial group's topic
        "For my religious studies course I'm writing about elderly patients who say 'may God come and take me'. Does anyone know good sources on death wishes in Islamic ethics?",
        "In de werkgroep hadden we het over eergerelateerd geweld in de Nederlandse rechtspraak, best heftig onderwerp.",
    ],
)
def test_the_second_waves_harmless_messages_are_not_acute(text: str) -> None:
    """Fails without the round-53 figures and frame words, the BSA asked about in
    matchchecks._FINE and sexual violence among the figurative themes (findings.py)."""
    assert not themes_of(text) & ACUTE


@pytest.mark.parametrize(
    "text",
    [
        "I cut myself again and then edited a video to distract myself",
        "he made rape jokes and then he raped me",
        "my brother nearly died in a car crash last week and I can't focus",
        "in de werkgroep zit een jongen die me bedreigt",
        "ik ben bang dat ik mijn bsa niet haal",
    ],
)
def test_the_real_needs_beside_those_figures_stay(text: str) -> None:
    """Guards: the figures and frames are narrow."""
    assert themes_of(text) & ACUTE


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # set172 (typed with dyslexia) and set173 (short chats), read last
        ("help i startd cuting agian tonite", "self_harm"),
        ("rip oma 💔", "grief"),
        (
            "my mum past away in januari and evryone expects me to be back to normal but im not",
            "grief",
        ),
        ("haven't been to class in 6 wks", "dropout_risk"),
    ],
)
def test_the_last_sets_needs_are_found(text: str, theme: str) -> None:
    """Fails without the round-53 patterns added for set172 and set173."""
    assert theme in themes_of(text)


def test_rip_a_phone_is_no_loss() -> None:
    """A guard: "rip" names a person to be a loss."""
    assert "grief" not in themes_of("rip my phone, cracked screen again")
