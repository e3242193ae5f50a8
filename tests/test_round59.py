# ruff: noqa: E501  (test sentences read better whole than split)
"""Round 59: outsiders' sets (set240 onwards), role-plays and the items round 58's
closing note left open. Each test names its source and fails without the change it
guards, unless it says it is a guard."""

from __future__ import annotations

import pytest

from .reading import lookup_json as _lookup
from .reading import themes_of

# --- "anymore" ends what the "not" denied ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cant do this anymore wanna die",
        "i can't take it anymore want to die",
        "honestly cant handle uni anymore just wanna be dead",
        "ik kan het niet meer wil dood",
        "ik kan dit niet meer wil gewoon dood zijn",
    ],
)
def test_a_wish_after_cant_anymore_is_not_denied(text: str) -> None:
    """set247 (fragments): "cant do this anymore wanna die" found nothing, the wish
    negated by the "not" of "can't" (textroles.negation_reach: "anymore" and "niet meer"
    before a want close that negation). Without it each is at most stress."""
    assert "suicidal_thoughts" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm not suicidal anymore",
        "ik wil niet meer dood, het gaat echt beter",
        "ik ben niet meer suicidaal sinds de therapie",
    ],
)
def test_a_wish_denied_with_anymore_stays_denied(text: str) -> None:
    """Guard: "anymore" after the finding, or "niet meer" right before it, still
    denies it."""
    assert "suicidal_thoughts" not in themes_of(text)


def test_a_care_that_is_gone_keeps_its_if_clause() -> None:
    """Guard (corpus.jsonl:788): "doesn't care anymore if she lives or dies" is the
    sister's, not a death told; "anymore" before "if" does not end the negation."""
    assert "grief" not in themes_of(
        "My sister told me she doesn't care anymore if she lives or dies."
    )


# --- "not me ..." is the meme that tells it -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "not me burning my arm with a lighter again because it's the only thing that works",
        "not me cutting my wrist again last night 🙂",
    ],
)
def test_not_me_doing_it_again_is_told(text: str) -> None:
    """set241 (chat slang): "not me burning my wrist with a lighter again" found nothing,
    "not me" read as a denial (lexicon.PSEUDO_NEGATIONS)."""
    assert "self_harm" in themes_of(text)


def test_not_me_and_a_never_still_denies() -> None:
    """Guard: the "never" after "not me" still denies the act."""
    assert "self_harm" not in themes_of("not me, I would never cut myself")


# --- an amount worked out beside a dose --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've been reading about the toxic dose of a chemical we keep in the lab and I've worked out how much I'd need.",
        "I worked out how much I would need of the insulin",
        "ik heb uitgerekend hoeveel ik nodig heb van die pillen",
        "die stof is giftig en ik heb al uitgerekend hoeveel ik nodig zou hebben",
    ],
)
def test_an_amount_worked_out_beside_a_dose_is_a_plan(text: str) -> None:
    """set244 (research students): a compound's toxic dose and "I've worked out how
    much I'd need" found nothing (core/lexicon_signals_chats.py)."""
    data = _lookup(text)
    assert "suicidal_thoughts" in data["themes"]
    assert data["urgency"] == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "I've worked out how much I'd need to pass the resit",
        "ik heb uitgerekend hoeveel punten ik nodig heb voor mijn bsa",
        "I worked out how much money I would need for the deposit",
    ],
)
def test_an_amount_for_a_resit_is_no_plan(text: str) -> None:
    """Guard: an amount of points or money is no means."""
    assert "suicidal_thoughts" not in themes_of(text)


# --- family far away: no word since the bombing, found under the rubble -----------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "ik heb al twee weken niks van mijn vader gehoord sinds de aanval op onze stad",
            "concern_for_other",
        ),
        ("Sinds de bombardementen heb ik niets meer van mijn ouders gehoord.", "concern_for_other"),
        (
            "my mum is still in Khartoum and the phone lines are down since Tuesday",
            "concern_for_other",
        ),
        (
            "haven't heard from my family since the airstrikes started last week",
            "concern_for_other",
        ),
        ("my brother went missing after the earthquake", "concern_for_other"),
        ("mijn broer wordt vermist sinds de aanval", "concern_for_other"),
        ("Mijn oom en zijn kinderen zijn onder het puin gevonden.", "grief"),
        ("my aunt was found under the rubble on Monday", "grief"),
        ("My cousin was shot at a roadblock two days ago and I can't focus on anything", "grief"),
    ],
)
def test_family_in_a_war_or_disaster_is_found(text: str, theme: str) -> None:
    """set243 (flight and war): no word from a mother since the bombing, relatives found
    under the rubble, an uncle shot at a checkpoint found nothing."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mum is still in Spain on holiday and has no signal lol",
        "my grandfather was shot in the war in 1944, long before I was born",
        "ik heb al een week niks van mijn begeleider gehoord over mijn scriptie",
    ],
)
def test_family_away_without_danger_is_no_risk(text: str) -> None:
    """Guard: a holiday without signal, a death long ago, a supervisor who is silent."""
    assert not {"concern_for_other", "grief"} & set(themes_of(text))


# --- a night out: someone missing, drinks spiked, forced drinking ------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "my flatmate went clubbing and still isn't home, her phone has been off since 2am",
            "concern_for_other",
        ),
        (
            "ze is nog steeds niet thuis gekomen na het feest, haar telefoon staat uit sinds vannacht",
            "concern_for_other",
        ),
        (
            "I saw a guy slip something into a girl's drink at the party and then leave with her",
            "sexual_violence",
        ),
        ("ik zag dat hij iets in haar drankje deed", "sexual_violence"),
        ("he had his hands all over me on the dance floor and wouldn't stop", "sexual_violence"),
        ("I woke up next to a guy I don't know and I'm scared of what happened", "sexual_violence"),
        ("honestly I don't remember agreeing to anything that night", "sexual_violence"),
        ("I never said yes, I just remember him lying on top of me", "sexual_violence"),
        ("ik weet nog dat hij bovenop me lag en ik me niet kon bewegen", "sexual_violence"),
        (
            "tijdens de ontgroening werden we gedwongen te drinken tot we kotsten",
            "unsafe_situation",
        ),
        ("the seniors made us drink until two of us passed out", "unsafe_situation"),
        ("the guard touched me in the shower block and I never told anyone", "sexual_violence"),
        ("sextortion help", "sexual_violence"),
    ],
)
def test_a_night_out_gone_wrong_is_found(text: str, theme: str) -> None:
    """set245 (nightlife), set243, set246, set247: a housemate missing after a festival,
    a drink spiked, hands all over, woken beside a stranger, forced drinking at a hazing,
    and "sextortion" alone found nothing or only a specific theme."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "woke up next to my boyfriend and I don't remember the end of the movie",
            "sexual_violence",
        ),
        ("I don't remember agreeing to that deadline", "sexual_violence"),
        ("we made cocktails and drank until we threw up lol", "unsafe_situation"),
        ("my package still isn't back from the repair shop", "concern_for_other"),
    ],
)
def test_a_good_night_is_no_assault(text: str, theme: str) -> None:
    """Guard: a partner, a deadline, drinks of one's own, a parcel."""
    assert theme not in themes_of(text)


# --- words a student types in one go -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("tentamenvrees", "performance_anxiety"),
        ("toetsangst, wat kan ik doen", "performance_anxiety"),
        ("nog steeds geen kamer", "housing"),
        ("ik heb nog altijd geen woonruimte in Delft", "housing"),
        ("Ik ben sinds oktober bij geen enkel college van mijn master geweest.", "dropout_risk"),
    ],
)
def test_round59_fragments_are_found(text: str, theme: str) -> None:
    """set247 (fragments), set244: single words and short phrases found nothing."""
    assert theme in themes_of(text)


# --- thrown out tonight: unsafe and a housing need --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kicked out tonight nowhere to sleep",
        "my stepdad kicked me out an hour ago and I have no where to sleep tonight",
        "mn moeder heeft me net het huis uitgegooid, geen idee waar ik heen moet",
        "Mijn vader heeft me gisteravond na een ruzie over mijn vriend het huis uitgezet.",
    ],
)
def test_thrown_out_tonight_is_unsafe_and_housing(text: str) -> None:
    """set240, set241, set246, set247: thrown out with nowhere to sleep found only the
    unsafe situation, never the housing need the theme sheet names beside it; and a
    housing pattern for "het huis uitgezet" then explained away the second net's unsafe
    guess for a father who did it "gisteravond na een ruzie" (set202:14), until an
    unsafe pattern of its own was added."""
    found = themes_of(text)
    assert "unsafe_situation" in found
    assert "housing" in found


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik sta op straat", "housing"),
        ("ik heb geen huis om naartoe te gaan met de feestdagen", "housing"),
        ("I've replied to about forty rooms and nobody gets back to me", "housing"),
        ("ik bevries tijdens tentamens", "performance_anxiety"),
        (
            "I got roofied at a bar last month and I still feel sick thinking about it",
            "sexual_violence",
        ),
        ("I deleted instagram and two hours later I downloaded it again", "addiction"),
        ("ik zit elke avond uren achter elkaar op tiktok", "addiction"),
        ("I haven't written a single word of my essay and it's due in a week", "study_skills"),
        (
            "still confused about the Dutch health insurance, do I need it as an employee?",
            "international_student",
        ),
        (
            "onze docent noemt me steeds schatje en legt zijn hand op mijn knie",
            "unwanted_behaviour",
        ),
        ("my supervisor yells at me in front of the whole lab", "unwanted_behaviour"),
        ("de opleiding zelf trekt me helemaal niet", "study_choice"),
    ],
)
def test_round59_everyday_needs_are_found(text: str, theme: str) -> None:
    """set240-set247: each found nothing, or not this theme."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik sta op straat te wachten op de bus", "housing"),
        ("I have nowhere to go with this question, who do I ask?", "housing"),
        ("ik kan de tentamenvragen niet bevriezen in Osiris", "performance_anxiety"),
    ],
)
def test_round59_everyday_neighbours_are_no_need(text: str, theme: str) -> None:
    """Guard: waiting for a bus, a question without a desk, a form."""
    assert theme not in themes_of(text)


# --- family far away: arrested, taken, under fire ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My parents live in Kharkiv and the shelling got worse this week, I can't focus",
        "mijn familie in Gaza hoort elke nacht de bommen",
        "My brother was arrested at a protest and we don't know where they took him.",
        "Mijn oom is opgepakt bij de grens en niemand weet waar hij nu is.",
        "my cousins were taken by the militia last month",
        "Mijn neef is met een boot vertrokken en sindsdien heeft niemand iets van hem gehoord.",
        "nobody has heard from him since he left on the boat",
    ],
)
def test_family_taken_or_under_fire_is_a_concern(text: str) -> None:
    """set249 (a second wave on family far away), unseen on this round's first fixes:
    parents under shelling, a sister arrested "and we don't know where they took her", a
    cousin gone by boat found nothing or only stress."""
    assert "concern_for_other" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "my parents live in Spain and the weather has been bad",
        "my bike was taken and I don't know where",
        "the police arrested him and we don't know what happens next in the case study",
        "my sister lives in Madrid, she is fine, war films are her thing",
        "they took my laptop and I don't know where they keep it",
    ],
)
def test_family_far_away_and_safe_is_no_concern(text: str) -> None:
    """Guard: weather, a bike, a case study, films, a laptop."""
    assert "concern_for_other" not in themes_of(text)


# --- consent unsure, a lecturer's messages, a debt for the journey ------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("honestly I don't remember if I said yes, I was so drunk", "sexual_violence"),
        ("ik weet echt niet meer of ik ja heb gezegd die nacht", "sexual_violence"),
        (
            "I have to present in front of the whole group tomorrow and I'm already shaking",
            "performance_anxiety",
        ),
        ("last time I froze completely during my presentation", "performance_anxiety"),
        (
            "mijn docent appt me steeds berichtjes of ik een keer wat wil drinken",
            "unwanted_behaviour",
        ),
        ("my tutor keeps texting me to meet for drinks after class", "unwanted_behaviour"),
        (
            "she can't leave the salon because she still owes them for her travel",
            "unsafe_situation",
        ),
        ("my employer keeps my passport for safekeeping", "unsafe_situation"),
        (
            "ze moet van de baas werken tot ze de schuld voor haar reis heeft terugbetaald",
            "unsafe_situation",
        ),
    ],
)
def test_round59_consent_and_work_needs_are_found(text: str, theme: str) -> None:
    """set250 (consent and dating), set253 (side jobs), unseen on this round's first
    fixes: each found nothing, or another theme."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I don't remember if I said yes to the group dinner", "sexual_violence"),
        ("I can't leave yet because I owe them the deposit", "unsafe_situation"),
        ("the boss takes our phones during shifts, standard warehouse rule", "unsafe_situation"),
        ("I'm bi and I've only dated guys, now I matched with a girl", "unsafe_situation"),
    ],
)
def test_round59_consent_and_work_neighbours_are_no_risk(text: str, theme: str) -> None:
    """Guard: a dinner, a deposit, a warehouse rule; and "matched" is no typo of
    "machete" (lexicon.NOT_TYPOS: set250 read a dating match as an armed man at the
    door, urgency immediate)."""
    assert theme not in themes_of(text)


# --- means at hand: a gun one can open, an "accident" threatened ------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("het jachtgeweer ligt in de kluis op zolder en ik ken de code", "suicidal_thoughts"),
        ("there's a rifle in dad's safe and I know the combination", "suicidal_thoughts"),
        (
            "ik merk dat ik daar 's avonds aan denk op een manier die niet gezond is",
            "suicidal_thoughts",
        ),
        ("I keep thinking about it in a way that isn't safe", "suicidal_thoughts"),
        ("hij zei dat er best een ongelukje kan gebeuren als ik het uitmaak", "unsafe_situation"),
        ("he said accidents happen if I tell anyone", "unsafe_situation"),
    ],
)
def test_means_at_hand_and_a_veiled_threat_are_found(text: str, theme: str) -> None:
    """set251 (students with means at hand): a hunting rifle in a safe whose code the
    student knows, thought of "op een manier die niet goed is", and "een ongelukje met de
    machines als ik het uitmaak" found nothing."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "accidents happen if you don't wear goggles in the lab",
        "ik weet de code van de kluis niet meer, wie kan me helpen",
    ],
)
def test_a_lab_rule_and_a_lost_code_are_no_risk(text: str) -> None:
    """Guard: a safety rule, a forgotten code."""
    assert not {"suicidal_thoughts", "unsafe_situation"} & set(themes_of(text))


def test_a_way_of_thinking_about_food_is_not_the_unnamed_it() -> None:
    """Guard: the pattern reads "it" unnamed; food named is no match of it. (The second
    net may still guess on this sentence; its guess is said as such, so only the rules'
    reasons are asked here.)"""
    data = _lookup("I think about food in a way that isn't healthy")
    patterns = [r["match"]["pattern"] for r in data["reasons"] if r.get("match")]
    assert not [p for p in patterns if "in ..1 a ..1 way" in p]


# --- a streak told, then broken ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I hadn't cut since march and I was so proud, but last night I did it again",
        "I haven't self harmed in 6 months, it happened again yesterday",
        "ik had sinds de zomer niet meer gesneden maar gisteren deed ik het weer",
        "ik heb al een jaar niet gekrast, maar gisteren heb ik het toch weer gedaan",
    ],
)
def test_a_streak_broken_is_self_harm_now(text: str) -> None:
    """set248 (things that stopped or go on): "I hadn't cut since march ... but last
    night I did it again" found nothing: the streak's "not" denied the act told again
    (textreveal.broken_streak)."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb sinds maart niet meer gesneden en nu ga ik weer naar college",
        "I haven't cut since March and I'm doing well again",
        "I haven't cut again since march, so proud of myself",
    ],
)
def test_a_streak_kept_stays_denied(text: str) -> None:
    """Guard: a streak kept, and life going on "again", stay a denial."""
    data = _lookup(text)
    assert "self_harm" not in [r["match"]["theme"] for r in data["reasons"] if r.get("match")]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("No longer going to lectures, no longer handing anything in.", "dropout_risk"),
        ("I basically left already, I just haven't officially unenrolled yet", "dropout_risk"),
        ("ik ben eigenlijk al weg, alleen nog niet officieel uitgeschreven", "dropout_risk"),
        ("still haven't told my parents I'm not into girls", "identity"),
    ],
)
def test_round59_leaving_and_coming_out_are_found(text: str, theme: str) -> None:
    """set248: found nothing, or only the second net's unsafe guess."""
    assert theme in themes_of(text)


# --- sports and the arts: no wish to wake up, a teacher's scale -------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("heb echt geen zin meer om wakker te worden", "suicidal_thoughts"),
        ("Elke avond hoop ik dat het gewoon ophoudt.", "suicidal_thoughts"),
        (
            "her coach makes the girls stand in their underwear to check their lines",
            "sexual_violence",
        ),
        ("we moesten van de trainer in ons ondergoed staan voor de weging", "sexual_violence"),
        ("ik krijg oxycodon van een teamgenoot en ik kan niet meer zonder", "addiction"),
        ("I take painkillers before every practice now and I'm hooked", "addiction"),
        (
            "mijn docente noemt me voor de hele klas een olifant en iedereen lacht",
            "unwanted_behaviour",
        ),
        ("ik slaap nu bij een klasgenoot op de bank", "housing"),
        ("ik sta al maanden op de wachtlijst voor een kamer", "housing"),
    ],
)
def test_round59_sports_and_arts_needs_are_found(text: str, theme: str) -> None:
    """set252 (sports, dance, music, theatre): "geen zin meer om wakker te worden. Elke
    ochtend hoop ik dat het gewoon stopt" was low mood only; the others found nothing."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("ik hoop dat het gewoon stopt met regenen", "suicidal_thoughts"),
        ("de docente zegt dat ik het goed doe", "unwanted_behaviour"),
        ("hij noemt me voor de hele klas de beste van het jaar", "unwanted_behaviour"),
    ],
)
def test_round59_sports_and_arts_neighbours_are_no_need(text: str, theme: str) -> None:
    """Guard: the rain, praise."""
    assert theme not in themes_of(text)


# --- a double no, and quoted posts ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I can't go a day without cutting myself",
        "ik kan het niet meer handlen zonder dat ik mezelf snij",
        "I'm not okay without hurting myself anymore",
    ],
)
def test_not_without_the_act_is_the_act(text: str) -> None:
    """set255 (code-switching): "ik kan het niet meer handlen zonder dat ik mezelf snij"
    was stress only: the "niet" reached the cutting across the "zonder"
    (negscope.negation_reach: a "not" before "without" is a double no)."""
    assert "self_harm" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I went a whole month without cutting myself",
        "ik ben al een maand zonder dat ik mezelf snij",
    ],
)
def test_without_alone_is_a_streak(text: str) -> None:
    """Guard: "without" with no "not" before it stays a denial."""
    assert "self_harm" not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "someone is sharing a photo of me in the group chat, the one I never agreed to",
            "sexual_violence",
        ),
        ("pay 200 or I send your pics to everyone", "sexual_violence"),
        ("betaal 300 euro of ik stuur je foto's naar je ouders", "sexual_violence"),
        ("he posted the nudes I sent him when we were together", "sexual_violence"),
        ("m'n beste vriend belde vorige week nog. en nu is hij er niet meer.", "grief"),
        ("ik ben doodsbang om voor de klas te staan", "performance_anxiety"),
        ("ik zit elke nacht tot vijf uur te gamen en het lukt me niet te stoppen", "addiction"),
        (
            "two months here and I still don't understand how any of it works here",
            "international_student",
        ),
    ],
)
def test_round59_quoted_posts_needs_are_found(text: str, theme: str) -> None:
    """set257 (what others posted or said, quoted): each found nothing or less."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "he posted a photo of me from the trip, never agreed to that haha its so ugly",
            "sexual_violence",
        ),
        ("I pay in cash or I send the money by tikkie", "sexual_violence"),
    ],
)
def test_round59_quoted_posts_neighbours_are_no_assault(text: str, theme: str) -> None:
    """Guard: an ugly holiday photo, a payment."""
    assert theme not in themes_of(text)


# --- the writer's own turn after a message, and 112 for someone unreachable -------------


@pytest.mark.parametrize(
    "text",
    [
        "my brother texted me an hour ago and honestly I want to die too",
        "mijn broer appte me gisteren en eerlijk gezegd wil ik zelf ook dood",
    ],
)
def test_the_writers_own_wish_after_a_message_is_the_students(text: str) -> None:
    """Found writing this round's tests: "my brother texted me an hour ago and honestly
    I want to die too" read the wish as the brother's message (concern only); an "and"
    with a word of one's own turn before the "I" is the writer's clause
    (textroles.own_turn)."""
    assert "suicidal_thoughts" in themes_of(text)


def test_a_message_that_says_too_stays_the_message() -> None:
    """Guard (set164:42): "zei gisteren 'straks zijn jullie ook van me af'": the "ook" is
    inside what the housemate said; it stays concern for her."""
    text = "Mijn huisgenoot zit alleen op haar kamer en zei gisteren 'straks zijn jullie ook van me af'."
    assert "concern_for_other" in themes_of(text)


def test_someone_unreachable_leads_with_112_beside_the_students_own_thoughts() -> None:
    """A role-play (round 59, a mother on the phone at 22:10): a son unreachable after a
    farewell text, and a "maybe" at the first safety question, put 113 first and 112
    second (crisis_order: concern for someone else with urgency immediate leads with
    112, whatever the student's own thoughts)."""
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.crisis_order import crisis_order
    from steunwijzer.core.model import Urgency

    lines = [o for o in load_catalog(["builtin"]).catalog.offerings if o.crisis]
    first = crisis_order(lines, ["suicidal_thoughts", "concern_for_other"], Urgency.IMMEDIATE)[0]
    assert "112" in "".join(first.contact.phones).replace(" ", "")


# --- role-plays of round 59: a mother missing in a war, fragments, a phone not answered ---


@pytest.mark.parametrize(
    "text",
    [
        "nee, maar ik hoor al 9 dagen niks van mijn moeder sinds de bombardementen",
        "ik weet niet of ze nog leeft",
        "I honestly don't know if my dad is still alive",
    ],
)
def test_a_parent_unheard_since_the_bombing_is_a_concern(text: str) -> None:
    """A role-play (round 59): a Syrian student's "ik hoor al 9 dagen niks van mijn
    moeder sinds de bombardementen" at the first question was read as "nee" with nothing
    heard, and "ik weet niet of ze nog leeft" raised the second net's suicide guess."""
    assert "concern_for_other" in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme", "found"),
    [
        ("still no room, sleeping at friends", "housing", True),
        ("he sent it an hour ago and isnt answering his phone", "study_skills", False),
        ("I spend hours on my phone instead of studying", "study_skills", True),
    ],
)
def test_fragments_and_a_phone_not_answered(text: str, theme: str, found: bool) -> None:
    """A role-play (round 59): "still no room", "sleeping at friends" were not understood;
    "hour ago and isnt answering his phone" was read as study skills (a phone and "hours")
    on a crisis screen."""
    assert (theme in themes_of(text)) is found


def test_the_sexual_violence_panel_names_the_72_hours() -> None:
    """A role-play (round 59): an assault about 60 hours back got "call today" and no word
    of the 72 hours in which medication against pregnancy and HIV is still possible."""
    from steunwijzer.present.texts_crisis import CRISIS_TEXTS

    nl, en = CRISIS_TEXTS["crisis_soon_sexual"]
    assert "72 uur" in nl
    assert "72 hours" in en


# --- culture and family: a marriage never agreed to, kept indoors -------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "I overheard my parents talking about my nikah this summer. I never agreed to marry anyone.",
            "unsafe_situation",
        ),
        ("my parents want me to marry my cousin, I never agreed to marry him", "unsafe_situation"),
        ("her family took her phone and she's not allowed to leave the house", "unsafe_situation"),
        (
            "ik mag het huis niet uit van mijn vader sinds hij mijn telefoon heeft afgepakt",
            "unsafe_situation",
        ),
        (
            "mijn ex heeft intieme foto's van me en dreigt ze naar mijn familie te sturen",
            "sexual_violence",
        ),
        ("I went home for the funeral and somehow never went back to uni", "dropout_risk"),
    ],
)
def test_round59_culture_and_family_needs_are_found(text: str, theme: str) -> None:
    """set258 (religion, culture, family), set259 (first-generation students): a nikah
    overheard, a phone taken and the house not to be left, intimate photos held over a
    return, a funeral after which the student never went back: each found nothing or
    less."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "My parents are arranging my sister's wedding in Istanbul this summer, can I move my resit?",
        "I'm not allowed to leave the house after 11 at my host family lol",
        "I never agreed to marry him at first but we're engaged now and happy",
    ],
)
def test_a_wedding_and_a_curfew_are_no_danger(text: str) -> None:
    """Guard (set189:4): a sister's wedding, a host family's curfew, a happy engagement."""
    assert "unsafe_situation" not in themes_of(text)


# --- safety answers typed in chat style, the means at a clinic ----------------------------


@pytest.mark.parametrize(
    ("qid", "answer", "expected"),
    [
        ("safety_intent", "nee denk t niet", "unknown"),
        ("safety_intent", "not tonight", "unknown"),
        ("safety_intent", "nee, niet vanavond", "unknown"),
        ("safety_method", "geen plan", False),
        ("safety_method", "ik heb geen plan", False),
        ("safety_method", "geen plan maar wel pillen", True),
    ],
)
def test_safety_answers_in_chat_style(qid: str, answer: str, expected: object) -> None:
    """A role-play (round 59): "nee denk t niet" to the intent question was a plain no
    (the tool's own rule: doubt is never a no); "not tonight" and "geen plan" were
    refused as answers that do not fit."""
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.answers import UNKNOWN, parse_answer

    question = {q.id: q for q in load_catalog(["builtin"]).catalog.questions}[qid]
    got = parse_answer(question, answer)
    assert (got is UNKNOWN) if expected == "unknown" else (got is expected)


@pytest.mark.parametrize(
    "text",
    [
        "I know where they keep the euthanasia drugs at the clinic",
        "ik weet precies waar de euthanasiemiddelen staan in de praktijk",
    ],
)
def test_knowing_where_the_euthanasia_drugs_are_is_a_risk(text: str) -> None:
    """A role-play and set251 (a vet nurse): "I know where they keep the euthanasia drugs
    at the clinic. why is it allowed for them and not for me" at the method question did
    not fit and was taken along nowhere."""
    assert "suicidal_thoughts" in themes_of(text)


# --- role-plays of round 59: a meme at a safety question, money sent home, a passport ----


def test_a_not_me_meme_at_a_safety_question_is_no_no() -> None:
    """A role-play (round 59, a night chat): "not me sitting on the bathroom floor again
    with the razor lol" at "have you wished you were dead" was stored as a plain no: "not
    me" read as "not me, someone else" (answer_phrases.NOT_ME)."""
    from steunwijzer.catalog.load import load_catalog
    from steunwijzer.core.answers import UNKNOWN, parse_answer

    questions = {q.id: q for q in load_catalog(["builtin"]).catalog.questions}
    meme = "not me sitting on the bathroom floor again with the razor lol"
    assert parse_answer(questions["safety_wish_dead"], meme) is UNKNOWN
    # guard: "not me, my roommate does" stays the roommate's (a no for the student)
    assert parse_answer(questions["safety_wish_dead"], "not me, my roommate does") is False


@pytest.mark.parametrize(
    ("text", "theme", "found"),
    [
        (
            "ja, hij stuurt geld naar familie, nu weet hij niet of dat aankomt",
            "unsafe_situation",
            False,
        ),
        ("ja, hij stuurt geld naar familie, nu weet hij niet of dat aankomt", "finances", True),
        (
            "I send money home and my uncle says if I stop he will hurt my mum",
            "unsafe_situation",
            True,
        ),
        ("zijn familie in Gaza is al een week niet bereikbaar", "concern_for_other", True),
        ("mijn ouders zijn op vakantie en een week niet bereikbaar", "concern_for_other", False),
        (
            "de baas houdt haar paspoort in en ze moet nog terugbetalen voor de reis",
            "unsafe_situation",
            True,
        ),
        ("my boss keeps my passport in his safe", "unsafe_situation", True),
        ("ik denk dat het mensenhandel is", "unsafe_situation", True),
        ("I think my friend was trafficked", "unsafe_situation", True),
        (
            "we hebben bij geschiedenis uitbuiting in de koloniën behandeld",
            "unsafe_situation",
            False,
        ),
        (
            "I've been offered an internship with the police, working on human trafficking cases",
            "unsafe_situation",
            False,
        ),
    ],
)
def test_round59_role_play_texts(text: str, theme: str, found: bool) -> None:
    """Role-plays (round 59): money sent home was an unsafe situation by resemblance
    (Veilig Thuis and the police; guess_explained: money sent, read by the rules, explains
    the guess); family in Gaza unreachable was skipped; a boss who "houdt haar paspoort
    in" and "mensenhandel" found nothing. Guards: a holiday, a history lesson, a
    criminology internship."""
    assert (theme in themes_of(text)) is found


# --- round 59's last wave: online harms, neurodivergent writers, friends, texting -------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I was drugged at a bar on Saturday", "sexual_violence"),
        ("ik wil stoppen met mbo en gewoon gaan werken", "dropout_risk"),
        ("colleges gemist sinds november, ik krijg het niet meer opgepakt", "dropout_risk"),
        ("honestly I can't see the point of continuing uni now", "dropout_risk"),
        ("he had sex with me while I was in a shutdown", "sexual_violence"),
        ("I did not say no because I could not say anything at all", "sexual_violence"),
        ("sinds die deepfake-foto's van mij rondgingen eet ik bijna niks", "sexual_violence"),
        ("someone made deepfakes of me and posted them in the server", "sexual_violence"),
        (
            "mijn huisgenoot is sinds zaterdag niet thuisgekomen en neemt zijn telefoon niet op",
            "concern_for_other",
        ),
        ("my little sister says our stepdad comes into her room at night", "concern_for_other"),
    ],
)
def test_round59_last_wave_needs_are_found(text: str, theme: str) -> None:
    """set261-set264, unseen on d5b3f3a: each found nothing, or not this theme."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("I was on drugs at the party, never again lol", "sexual_violence"),
        ("we are researching drug trafficking for criminology", "unsafe_situation"),
        (
            "I didn't see the point in continuing the course on Spanish, so I switched electives",
            "dropout_risk",
        ),
    ],
)
def test_round59_last_wave_neighbours(text: str, theme: str) -> None:
    """Guard: "drugged" is exact ("=drugged": the stem "drug" read "I was on drugs" as a
    drink spiked), "trafficked" is exact ("trafficking" is a topic), an elective left."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ik heb nooit ingestemd met trouwen", True),
        ("ik hoorde mijn ouders mijn nikah in Pakistan plannen", True),
        ("my parents are planning my nikah in Morocco, I never said yes", True),
        ("we had our nikah last summer and I'm so happy", False),
        ("onze nikah was prachtig, we zijn zo blij", False),
    ],
)
def test_a_nikah_planned_without_consent_is_unsafe(text: str, found: bool) -> None:
    """A role-play (round 59): "ik heb nooit ingestemd met trouwen" and parents planning
    her nikah in Pakistan found nothing ("met trouwen" had no article, which the pattern
    wanted); only "gedwongen huwelijk" did. Guard: a nikah that was a happy day."""
    assert ("unsafe_situation" in themes_of(text)) is found


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "i hadn't cut since march but last night i did it again. im so ashamed, i don't want to die",
            "self_harm",
        ),
        (
            "ik had sinds maart niet meer gesneden maar gisteren heb ik het toch weer gedaan, ik wil niet dood",
            "self_harm",
        ),
        (
            "no, but I've worked out how much of the compound in our lab I'd need",
            "suicidal_thoughts",
        ),
        ("ik heb uitgerekend hoeveel van die stof ik nodig zou hebben", "suicidal_thoughts"),
    ],
)
def test_a_relapse_and_a_dose_told_beside_a_denial_are_found(text: str, theme: str) -> None:
    """A role-play (round 59, on this round's own fixes): a relapse told beside "i don't
    want to die" found nothing (the denied wish kept the second net off, and no rule read
    the relapse; core/lexicon_signals_chats.SELF_HARM_*), and "how much of the compound in
    our lab I'd need" (the means between "how much" and "I'd need") neither."""
    assert theme in themes_of(text)


# --- the measure-only wave at the round's end (set266-set269, unseen on f539a97) --------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Na het gala ben ik bij iemand wakker geworden zonder te weten wat er gebeurd is.",
            "sexual_violence",
        ),
        ("woke up at some guy's place without knowing how I got there", "sexual_violence"),
        ("ik ga al weken niet meer naar stage", "dropout_risk"),
        ("My family is in Gaza and I haven't heard from my mother in 9 days.", "concern_for_other"),
        ("He found my new address. I moved specifically so he couldn't.", "unsafe_situation"),
        ("he said he'll make sure i regret it if i go to the party", "unsafe_situation"),
        ("I never agreed to being filmed and now he's threatening to share it", "sexual_violence"),
        ("he says he still has the video and my parents would love to see it", "sexual_violence"),
    ],
)
def test_round59_closing_wave_needs_are_found(text: str, theme: str) -> None:
    """set266-set269, measured unseen on f539a97 before they were read: each found
    nothing or less (woken at someone's place as in set245, a placement not attended,
    a mother in Gaza unheard, a stalker at a new address, a filmed video held over).
    Left open: "if i go on the trip he'll make sure i regret it" is set aside as a figure
    of speech ("go on the trip"), and the set's own sentence quoted the threat."""
    assert theme in themes_of(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "I woke up at 7 without knowing what happened in the series finale lol",
            "sexual_violence",
        ),
        ("I finally found my new flat, so happy", "unsafe_situation"),
        ("the landlord knows my new address now for the deposit", "unsafe_situation"),
        ("I make sure I regret it every time I skip the gym lol", "unsafe_situation"),
        (
            "my brother still has the video of my graduation, everyone should see it",
            "sexual_violence",
        ),
    ],
)
def test_round59_closing_wave_neighbours(text: str, theme: str) -> None:
    """Guard: a series finale, a new flat, a landlord, the gym, a graduation video."""
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("he came to my door with a machete", True),
        ("mijn ex stond gisteren aan de deur met een mes", True),
        ("I painted the door with a brush", False),
        ("the delivery guy came to the door with a pizza", False),
    ],
)
def test_someone_at_the_door_with_a_weapon_is_unsafe(text: str, found: bool) -> None:
    """Found in this round's review, probing "matched" set apart from "machete": "he came
    to my door with a machete" found nothing (the armed-man family wanted "now" or "at my
    door" beside it)."""
    assert ("unsafe_situation" in themes_of(text)) is found
