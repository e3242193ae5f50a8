"""The safety floor that no catalogue can remove.

A catalogue may reword the safety screen, but its order, its follow-up logic and
what a "yes" means are fixed here, in code. The acute themes and two national crisis
lines are built in too, so that an acute signal always reaches the acute tier with a
crisis line first, even with an empty or broken catalogue.

The screen follows the logic of the Columbia suicide severity screener (C-SSRS
screener): a wish to be dead and thoughts of ending one's life are asked of everyone;
only after a "yes" to the second come method, intent and plan; recent behaviour is
asked of everyone. The wording is steunwijzer's own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from steunwijzer.core import conditions
from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.hours import ALWAYS
from steunwijzer.core.model import Contact, Location, Offering, Question, Text, Theme, Tier, Urgency

SUICIDAL = "suicidal_thoughts"
SELF_HARM = "self_harm"
CONCERN_FOR_OTHER = "concern_for_other"
UNSAFE = "unsafe_situation"
BUILTIN = Location("<steunwijzer>", 1)

# The one definition of a risk to life or safety. Such a need keeps the crisis panel and
# the crisis lines first; other acute needs (grief, dropout risk, an institution's acute
# themes) get the fastest fitting help first and the crisis lines as a safety line at the
# end. self_harm and concern_for_other are built-in floor themes of the recogniser; they
# are listed here whether or not the catalogue in use has them yet.
RISK_TO_LIFE: frozenset[str] = frozenset(
    {SUICIDAL, "self_harm", "concern_for_other", "unsafe_situation"}
)
# The needs that interrupt an intake with the crisis panel at once: a risk to life or
# safety, and sexual violence told (the panel says: believe the student, no blame, the
# centre for sexual violence). A told assault read as sexual violence alone (round 41,
# core/textassault.py) had lost that panel with its unsafe reading.
PANEL_THEMES: frozenset[str] = RISK_TO_LIFE | {"sexual_violence"}


def is_risk_to_life(
    themes: Iterable[str], urgency: Urgency, override_to_acute: bool = False
) -> bool:
    """A risk to life or safety: a risk theme, urgency ``immediate``, or a counsellor's
    override to acute (the counsellor judged it acute: treat it as the gravest kind)."""
    return override_to_acute or urgency is Urgency.IMMEDIATE or not RISK_TO_LIFE.isdisjoint(themes)


def is_about_someone_else(themes: Iterable[str]) -> bool:
    """The only risk to life found is concern for someone else: the person at risk is
    not the student in the room, and the crisis panel says so."""
    return RISK_TO_LIFE.intersection(themes) == {"concern_for_other"}


def is_self_harm_only(themes: Iterable[str]) -> bool:
    """The only risk to life found is self-harm: without thoughts of death the crisis
    panel speaks of wound care and calm, not "whom do you call now"."""
    return RISK_TO_LIFE.intersection(themes) == {"self_harm"}


def is_danger_from_others(themes: Iterable[str]) -> bool:
    """The risk found is an unsafe situation (violence, threats, no safe place), with no
    wish to die or self-harm: the number to call is 112, not the suicide prevention line.
    Concern for someone else beside it is the same danger: a counsellor's "her" for the
    stalked student ("her ex stalks her, she's scared to go home tonight") put 113 and
    "keep the student awake" above Veilig Thuis (a role-play, round 53)."""
    found = RISK_TO_LIFE.intersection(themes)
    return "unsafe_situation" in found and found <= {"unsafe_situation", "concern_for_other"}


@dataclass(frozen=True, slots=True)
class SafetyItem:
    """One question of the safety screen and the urgency a yes gives."""

    id: str
    text: Text
    help: Text
    urgency: Urgency
    when: str | None = None


SCREEN: tuple[SafetyItem, ...] = (
    SafetyItem(
        "safety_wish_dead",
        Text(
            "Heb je de afgelopen maand gewenst dat je dood was, of dat je kon gaan slapen "
            "en niet meer wakker zou worden?",
            "In the past month, have you wished you were dead, or that you could go to "
            "sleep and not wake up?",
        ),
        Text(  # and what to say when the student asks why (a role-play, round 31, E4)
            "Vraag het rustig en rechtstreeks. Ernaar vragen brengt niemand op het idee. "
            "Vraagt de student waarom: 'Dit vragen we iedereen, omdat het vaker speelt dan "
            "je denkt en we niets willen missen.'",
            "Ask calmly and directly. Asking about it does not put the idea in anyone's head. "
            "If the student asks why: 'We ask everyone this, because it is more common than "
            "people think and we don't want to miss it.'",
        ),
        Urgency.SOON,
    ),
    SafetyItem(
        "safety_thoughts",
        Text(
            "Heb je er de afgelopen maand aan gedacht een einde aan je leven te maken?",
            "In the past month, have you had thoughts about ending your life?",
        ),
        Text(
            "Ook vage of kortdurende gedachten tellen mee.",
            "Vague or passing thoughts count too.",
        ),
        Urgency.SOON,
    ),
    SafetyItem(
        "safety_method",
        Text(
            "Heb je nagedacht over hoe je dat zou doen?",
            "Have you thought about how you would do it?",
        ),
        Text(
            "Alleen na een ja op de vorige vraag. Een manier hebben bedacht maakt het risico "
            "groter; vraag het rustig en zonder oordeel: 'Heb je er ook aan gedacht hoe?'",
            "Only after a yes to the previous question. Having thought of a way raises the "
            "risk; ask calmly and without judgement: 'Have you also thought about how?'",
        ),
        Urgency.SOON,
        "safety_thoughts == yes",
    ),
    SafetyItem(
        "safety_intent",
        Text(
            "Ben je van plan om naar die gedachten te handelen?",
            "Do you intend to act on these thoughts?",
        ),
        Text(
            "Een ja betekent: direct hulp inschakelen en de student niet alleen laten. Vraag "
            "het rechtstreeks; een eerlijk antwoord helpt meer dan een voorzichtig omweggetje.",
            "A yes means: get help right away and do not leave the student alone. Ask it "
            "directly; an honest answer helps more than a careful detour.",
        ),
        Urgency.IMMEDIATE,
        "safety_thoughts == yes",
    ),
    SafetyItem(
        "safety_plan",
        Text(
            "Heb je al uitgewerkt hoe en wanneer je het zou doen?",
            "Have you worked out how and when you would do it?",
        ),
        Text(
            "Een ja betekent: direct hulp inschakelen en de student niet alleen laten. Vraag "
            "naar hoe en wanneer, in gewone woorden, en blijf rustig bij het antwoord.",
            "A yes means: get help right away and do not leave the student alone. Ask about "
            "how and when in plain words, and stay calm with the answer.",
        ),
        Urgency.IMMEDIATE,
        "safety_thoughts == yes",
    ),
    SafetyItem(
        "safety_behaviour",
        Text(
            "Heb je in de afgelopen drie maanden iets gedaan of voorbereid om een einde "
            "aan je leven te maken?",
            "In the past three months, have you done or prepared anything to end your life?",
        ),
        Text(
            "Denk aan spullen verzamelen, een afscheidsbrief schrijven of een poging.",
            "Think of collecting means, writing a goodbye note, or an attempt.",
        ),
        Urgency.IMMEDIATE,
    ),
)
SCREEN_IDS = tuple(item.id for item in SCREEN)
SCREEN_BY_ID = {item.id: item for item in SCREEN}


def screen_question(
    item: SafetyItem,
    text: Text | None = None,
    help_: Text | None = None,
    location: Location = BUILTIN,
) -> Question:
    """A safety question, optionally reworded by a catalogue; logic stays fixed."""
    when = None
    if item.when:
        # The follow-up condition is steunwijzer's own text, parsed with the same
        # safe language; it names the yes/no question before it.
        parsed = conditions.parse(item.when)
        assert isinstance(parsed, conditions.Compare)  # noqa: S101 - fixed source above
        # A "don't know" to the question before is no "no": the follow-ups are asked.
        when = conditions.Any_(
            (
                conditions.Compare(parsed.question, parsed.op, True),
                conditions.Compare(parsed.question, parsed.op, UNKNOWN),
            )
        )
    return Question(
        id=item.id,
        type="yes_no",
        text=text or item.text,
        help=help_ or item.help,
        section="safety",
        location=location,
        when=when,
    )


DEFAULT_SCREEN = tuple(screen_question(item) for item in SCREEN)

# Acute themes that must exist and must stay acute, whatever a catalogue says.
ACUTE_THEMES: dict[str, Theme] = {
    SUICIDAL: Theme(
        SUICIDAL,
        Tier.ACUTE,
        Text("Zelfmoordgedachten", "Suicidal thoughts"),
        (
            "zelfmoord",
            "zelfdoding",
            "suïcide",
            "suïcidaal",
            "dood willen",
            "wil dood",
            "niet meer willen leven",
            "wil niet meer leven",
        ),
        ("suicide", "suicidal", "kill myself", "want to die", "end my life"),
    ),
    SELF_HARM: Theme(
        SELF_HARM,
        Tier.ACUTE,
        Text("Zelfbeschadiging", "Self-harm"),
        ("zelfbeschadiging", "zelfverwonding", "krassen", "mezelf snijden"),
        ("self-harm", "self harm", "self-injury", "cutting myself"),
    ),
    CONCERN_FOR_OTHER: Theme(
        CONCERN_FOR_OTHER,
        Tier.ACUTE,
        Text("Zorgen om een ander", "Concern for someone else"),
        ("zorgen om een ander",),
        ("worried about someone",),
    ),
    UNSAFE: Theme(
        UNSAFE,
        Tier.ACUTE,
        Text("Onveilige situatie", "Unsafe situation"),
        ("onveilig", "huiselijk geweld", "mishandeling", "bedreiging", "stalking"),
        ("unsafe", "domestic violence", "abuse", "threatened", "stalking"),
    ),
    "dropout_risk": Theme(
        "dropout_risk",
        Tier.ACUTE,
        Text("Kans op uitval", "Risk of dropping out"),
        ("uitval", "stoppen met studie", "uitvallen", "afhaken"),
        ("drop out", "dropping out", "quit my studies"),
    ),
    "grief": Theme(
        "grief",
        Tier.ACUTE,
        Text("Rouwverwerking", "Grief"),
        ("rouw", "rouwverwerking", "overlijden", "overleden"),
        ("grief", "bereavement", "passed away", "mourning"),
    ),
}

# National crisis lines used when a catalogue has no active crisis offering of its own.
NATIONAL_CRISIS: tuple[Offering, ...] = (
    Offering(
        id="builtin-113",
        name=Text("113 Zelfmoordpreventie", "113 Suicide Prevention"),
        description=Text(
            "Anoniem praten over zelfmoordgedachten, dag en nacht, gratis.",
            "Talk anonymously about suicidal thoughts, day and night, free of charge.",
        ),
        provider="national",
        organization="Stichting 113 Zelfmoordpreventie",
        tiers=(Tier.ACUTE,),
        themes=(SUICIDAL, SELF_HARM, CONCERN_FOR_OTHER),
        location=BUILTIN,
        formats=("phone", "chat"),
        languages=("nl", "en"),
        contact=Contact(phones=("113", "0800-0113"), url="https://www.113.nl"),
        hours=ALWAYS,
        waiting_days=0,
        how_to_access=Text(
            "Bel 113 of gratis 0800-0113, of chat via 113.nl.",
            "Call 113 or 0800-0113 (free), or chat via 113.nl.",
        ),
        crisis=True,
    ),
    Offering(
        id="builtin-112",
        name=Text("112 Alarmnummer", "112 Emergency number"),
        description=Text(
            "Bij direct levensgevaar: ambulance, politie of brandweer.",
            "When a life is in immediate danger: ambulance, police or fire brigade.",
        ),
        provider="national",
        organization="Nederlandse hulpdiensten",
        tiers=(Tier.ACUTE,),
        themes=(SUICIDAL, SELF_HARM, CONCERN_FOR_OTHER, UNSAFE),
        location=BUILTIN,
        formats=("phone",),
        languages=("nl", "en"),
        contact=Contact(phones=("112",)),
        hours=ALWAYS,
        waiting_days=0,
        how_to_access=Text("Bel 112.", "Call 112."),
        crisis=True,
    ),
)


def with_113(lines: list[Offering]) -> list[Offering]:
    """``lines`` with 113 among them: a layer that switched 113 off beside a 24/7 line of
    its own left the handout's "if things get worse", which asks about thoughts of ending
    one's life, without 113 (a coordinator's hostile round, round 32, H8)."""
    numbers = {"".join(c for c in p if c.isdigit()) for o in lines for p in o.contact.phones}
    if numbers & {"113", "08000113"}:
        return lines
    return [*lines, NATIONAL_CRISIS[0]]
