"""The handout: a Markdown page the student takes home.

Written to the student, in the student's language (``--student-lang``) and voice
("Je kunt ... bellen"): what to do first, the other places with when each is open,
and the crisis lines at the end. Nothing in it is addressed to the counsellor: the
catalogue's ``how_to_access`` is counsellor advice and is never used here; an
offering's ``student_step`` is, else a sentence made from its contact details. In
English, each Dutch role or service name is explained in one line (the glossary).
"""

from __future__ import annotations

import datetime as dt

from steunwijzer.core import safety
from steunwijzer.core.crisis_order import now_line
from steunwijzer.core.floor import help_of_tier
from steunwijzer.core.model import Catalog, Lang, Offering, Tier
from steunwijzer.core.referrals import Referral, ReferralIndex
from steunwijzer.core.triage import TriageResult
from steunwijzer.export.markdown import Page
from steunwijzer.io.escape import md_contact, md_escape, one_line
from steunwijzer.present.phrasing import contact_values, wait_text, when_text
from steunwijzer.present.texts import t


def student_step(o: Offering, lang: Lang) -> str:
    """The next step in the student's voice: the catalogue's own, else from the contact."""
    if o.student_step is not None:
        return one_line(o.student_step.get(lang))
    name = one_line(o.name.get(lang))
    c = o.contact
    sentences: list[str] = []
    if c.phones:
        joined = (" of " if lang == "nl" else " or ").join(c.phones)
        sentences.append(t("step.call", lang, name=name, value=joined))
    elif c.own_practice:
        sentences.append(t("step.own_practice", lang, name=name, value=t("own_practice", lang)))
    if c.chat and c.chat != c.url and not sentences:
        sentences.append(t("step.chat", lang, name=name, value=c.chat))
    if c.email and not sentences:
        sentences.append(t("step.email", lang, name=name, value=c.email))
    if c.address and not sentences:
        sentences.append(t("step.address", lang, name=name, value=c.address))
    if c.url:
        sentences.append(t("step.url", lang, name=name, value=c.url))
    if not sentences:
        sentences.append(t("step.none", lang, name=name))
    return one_line(" ".join(sentences))


def is_kept_from_someone(themes: tuple[str, ...]) -> bool:
    """Danger from someone the student lives with or knows: a page about it may be found."""
    return bool({"unsafe_situation", "sexual_violence"} & set(themes))


def _when(r: Referral, lang: Lang) -> str | None:
    """Opening hours only: "nu dicht, opent ma 30 nov" was out of date on paper by the
    time the student read it at home (role-plays, rounds 8 and 9). None when the
    catalogue gives none: "Open: —" told a student nothing (role-play R10)."""
    return when_text(r.offering, lang)


def _hours(r: Referral, lang: Lang) -> str:
    """ " (dag en nacht)" after a crisis line's step, nothing when its hours are unknown."""
    when = _when(r, lang)
    return f" ({md_escape(one_line(when))})" if when else ""


def _card(page: Page, r: Referral, lang: Lang) -> None:
    o = r.offering
    facts = [(t("handout_how", lang), md_escape(student_step(o, lang)))]
    contact = " · ".join(md_contact(value) for value in contact_values(o, lang))
    if contact:
        facts.append((t("handout_contact", lang), contact))
    when, wait = _when(r, lang), wait_text(o, lang)
    if when:
        facts.append((t("handout_open", lang), md_escape(one_line(when))))
    if wait:
        facts.append((t("handout_wait", lang), md_escape(one_line(wait))))
    page.card(3, o.name.get(lang), o.description.get(lang), facts)


def _crisis(catalog: Catalog, result: TriageResult, lang: Lang, now: dt.datetime) -> list[Referral]:
    lines = [r for r in result.referrals if r.role == "crisis"]
    if lines:
        return lines
    # Crisis lines go on every handout, whatever the tier, judged at the interview's moment.
    index = ReferralIndex(catalog, now)
    return [
        index._referral(o, "crisis", result.themes) for o in index.crisis_lines(result.themes, lang)
    ]


def _suicide_lines(
    catalog: Catalog,
    result: TriageResult,
    shown: list[Referral],
    lang: Lang,
    now: dt.datetime | None,
) -> list[Referral]:
    """The suicide line(s) under "If things get worse", which asks "are you thinking about
    ending your life?": an unsafe situation alone listed 112 and Veilig Thuis only (a
    role-play, round 7)."""
    index = ReferralIndex(catalog, now or dt.datetime.now(dt.UTC))
    have = {r.offering.id for r in shown}
    lines = [o for o in index.crisis_lines((safety.SUICIDAL,), lang) if o.id not in have]
    both = [r.offering for r in shown] + lines
    if safety.with_113(both) is not both:  # 113 switched off by a layer (round 32, H8)
        lines.append(safety.NATIONAL_CRISIS[0])
    return [index._referral(o, "crisis", result.themes) for o in lines]


def _now_cards(result: TriageResult, crisis: list[Referral]) -> list[Referral]:
    """The crisis lines under "Doe dit nu": 112 only with danger now, or danger from
    someone; a grieving student with a passive wish and no plan read "Doe dit nu ... Bel
    112" (a role-play, round 19). It stays under "Als het erger wordt"."""
    if result.urgency == "immediate" or safety.is_danger_from_others(result.themes):
        return crisis
    return [r for r in crisis if not now_line(r.offering)] or crisis


_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def _date(moment: dt.datetime, lang: Lang) -> str:
    """ "1 december 2026" / "1 December 2026": the day the handout was made."""
    return f"{moment.day} {_MONTHS['en' if lang == 'en' else 'nl'][moment.month - 1]} {moment.year}"


def handout_markdown(
    catalog: Catalog, result: TriageResult, lang: Lang, now: dt.datetime | None = None
) -> str:
    """The handout in ``lang`` (the student's language, chosen by the caller); ``now`` is
    the moment of the interview (``--at``), else the clock."""
    crisis = _crisis(catalog, result, lang, now or dt.datetime.now(dt.UTC))
    places = [r for r in result.referrals if r.role != "crisis"]
    page = Page()
    page.heading(1, t("handout_title", lang))
    page.block(t("handout_intro", lang))
    page.block(md_escape(t("handout_dated", lang, date=_date(now or dt.datetime.now(), lang))))
    if is_kept_from_someone(result.themes):
        # A page found at home by the partner who checks her phone is a danger of its own
        # (a role-play, round 10: the tool's own tip says so; the handout did not).
        page.block(t("handout_keep_safe", lang))
    page.heading(2, t("handout_first", lang))
    # Lowered by the counsellor, with a reason, below acute: the student's first step is
    # the help of that tier, the crisis lines at the end. A mistaken "ja" corrected at
    # once opened the handout with "Doe dit nu: 113" for exam nerves (role-plays, r16).
    # Not while urgency stays immediate: a plan, pills saved, then "grapje", lowered by
    # hand, opened with the GP's office hours (a role-play, round 33, E1), as the screen
    # keeps the crisis line's step (render/notes.now_key)
    override = result.override
    immediate = result.risk_to_life and result.urgency == "immediate"
    lowered = override.tier if override and override.tier is not Tier.ACUTE else None
    lowered = None if immediate else lowered
    if (result.risk_to_life and lowered is None) or not places:
        page.block(t("handout_crisis_now", lang))
        if safety.CONCERN_FOR_OTHER in result.themes:
            # Read by the student who worries about a friend, "113 ... about thoughts of
            # suicide" said the line was not for her (a role-play, round 9).
            page.block(t("handout_concern", lang))
        for r in _now_cards(result, crisis):
            _card(page, r, lang)
        rest = places
    else:
        if lowered is not None:  # that tier's help first, not the acute list's GP post
            places = help_of_tier(places, lowered)
        _card(page, places[0], lang)
        rest = places[1:]
    if rest:
        page.heading(2, t("handout_more", lang))
        for r in rest:
            _card(page, r, lang)
    page.heading(2, t("handout_crisis", lang))
    page.block(t("handout_crisis_intro", lang))
    later = crisis + _suicide_lines(catalog, result, crisis, lang, now)
    page.block(
        *(
            f"- **{md_escape(r.offering.name.get(lang))}:** "
            f"{md_escape(student_step(r.offering, lang))}{_hours(r, lang)}"
            for r in later
        )
    )
    texts: list[str] = []
    for r in [*places, *crisis]:
        texts += [r.offering.name.en, r.offering.description.en, student_step(r.offering, "en")]
    page.glossary(catalog, texts, lang)
    return page.text()
