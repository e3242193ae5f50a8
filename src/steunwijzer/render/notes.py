"""The notes under a result's why line: danger now, a lowering and its reason, what was
not recognised or not screened, and the safety questions left open or unasked (split
from screen.py to keep modules small)."""

from __future__ import annotations

from collections.abc import Sequence

from steunwijzer.core.answers import UNKNOWN
from steunwijzer.core.model import Catalog, Lang, Tier
from steunwijzer.core.ownwords import gate_questions
from steunwijzer.core.safety import (
    RISK_TO_LIFE,
    SCREEN_IDS,
    is_about_someone_else,
    is_danger_from_others,
)
from steunwijzer.core.triage import Reason, TriageResult
from steunwijzer.io.escape import one_line
from steunwijzer.present.labels import theme_label, tier_label
from steunwijzer.present.texts import t

Line = tuple[str, str]  # (text, Rich style)
_OWN_WISH = frozenset(("suicidal_thoughts", "self_harm"))


def now_key(result: TriageResult) -> str | None:
    """The note for danger now, or None. Not after the counsellor lowered the tier with a
    reason: "SPECIFIEKE HULPVRAAG ... Direct gevaar: bel nu samen 113 of 112" contradicted
    itself (a role-play, round 11; the note below says the crisis lines stay on top)."""
    lowered = result.override is not None and result.override.tier is not Tier.ACUTE
    if not result.risk_to_life or result.urgency != "immediate":
        return None
    urgent = {x for r in result.reasons if r.urgency == "immediate" for x in r.themes}
    # What is urgent is danger from someone else: "call 112 now", not "keep the student
    # awake" beside a wish first doubted and then taken back (a role-play, round 18).
    danger = is_danger_from_others(result.themes) or is_danger_from_others(urgent)
    if lowered and not (danger and not urgent & _OWN_WISH):
        # Said without "direct gevaar" beside the lower tier, but said: a plan for this
        # weekend and pills saved, then "grapje, laat maar", lowered, read "Volgende stap:
        # bel de eigen huisarts" (a role-play, round 33, F1). Not for a student locked out
        # with no wish to die: "er was een plan, een middel" was false there (round 58).
        return "result_now_lowered"
    if is_about_someone_else(result.themes) or urgent == {"concern_for_other"}:
        # The person at risk is not the one in the room (a role-play, round 10: "laat de
        # student niet alleen" for a friend's goodbye post); nor when only the concern is
        # urgent beside the student's own "first don't know, later no" (round 17).
        return "result_now_other"
    return "result_now_unsafe" if danger else "result_now"


def notes_of(catalog: Catalog, result: TriageResult, lang: Lang, lookup: bool) -> list[Line]:
    notes: list[Line] = []
    key = now_key(result)
    if key is not None:
        # Said on the result too, not only in the panel: after finishing at the panel the
        # result read "Volgende stap: Bel 113 ... als dat helpt" (a role-play, round 8).
        notes.append((t(key, lang), "bold red"))
    if result.override:
        o = result.override
        note = t(
            "overridden",
            lang,
            old=tier_label(catalog, o.previous, lang),
            new=tier_label(catalog, o.tier, lang),
        )
        if o.reason:
            note += f" — {one_line(o.reason)}"
        notes.append((note, "bold"))
        if result.acute_signal and o.tier is not Tier.ACUTE:
            # Only a risk to life puts the crisis lines on top; after lowering a grief the
            # note said they "stay at the top" below a list that had them last (round 10).
            key = "acute_kept" if result.risk_to_life else "acute_kept_other"
            notes.append((t(key, lang), "bold red"))
    heard = [m for m in result.mentions if m.set_aside == "heard"]
    if heard and result.reasons:  # (without reasons, the why line says it)
        # A need heard beside an answer and never confirmed, on the first screen, not
        # only on the pages under "mentioned" (a role-play, round 54: purging).
        quoted = ", ".join(
            f"‘{one_line(m.words)}’ ({theme_label(catalog, m.theme, lang)})" for m in heard
        )
        notes.append((t("heard_note", lang, heard=quoted), "bold yellow"))
    past = [m for m in result.mentions if m.set_aside == "past" and m.theme in RISK_TO_LIFE]
    if past:
        # "I took too many pills once and was in hospital" told at the own words sat
        # under "mentioned, not counted" pages below "all answered no; no acute signal"
        # (a role-play, round 63): an earlier attempt is said on the first screen.
        quoted = ", ".join(f"‘{one_line(m.words)}’" for m in past)
        notes.append((t("past_note", lang, past=quoted), "bold yellow"))
    if not result.recognised:  # a miss must not look like a safe answer (issue 10)
        notes.append((t("not_recognised", lang), "bold"))
    elif not result.screened:
        notes.append((t("lookup_not_screened" if lookup else "not_screened", lang), "bold"))
    # A sensitive question (self-harm) counts as a safety question: its "weet niet" was
    # left out of the count (a role-play, round 9).
    sensitive = {q.id for q in catalog.questions if q.sensitive}
    unknown = sum(
        1 for k, v in result.answers if (k in SCREEN_IDS or k in sensitive) and v == UNKNOWN
    )
    if unknown:
        key = "unknown_note_one" if unknown == 1 else "unknown_note"
        notes.append((t(key, lang, n=unknown), _SAFETY))
    elif result.screened and result.recognised and not result.acute_signal:
        # Said plainly, as the miss is: a role-play (round 8) looked for it in vain. A
        # sensitive question (self-harm) that was never asked is named: "all answered
        # no" read as if it had been (a role-play, round 9).
        notes.append((t("screen_clear", lang), ""))
    # Also after a yes to the wish to be dead: the self-harm question went unasked when
    # the mood question was skipped (round 10); with a "weet niet" too (round 14).
    clear = result.screened and result.recognised and not result.acute_signal
    if not lookup and (clear or result.risk_to_life):
        # The safety questions that applied and went unasked come first: after "ja" to
        # the first and "afronden", only the self-harm question was named, not the two
        # that decide the urgency (a role-play, round 17).
        # And the question that opens an unsafe situation ("voel je je ergens onveilig?"),
        # skipped by "afronden" and named nowhere (a role-play, round 18).
        answers = dict(result.answers)
        # Named on a clear screen too: "idk... maybe" to it was refused, the question
        # skipped, and the result said "all answered no" (a role-play, round 20).
        gates = set(gate_questions(catalog, "unsafe_situation"))
        said = {r.answer.partition(" = ")[0] for r in result.reasons}  # asked, then left out
        unasked = [
            q
            for q in catalog.questions
            if q.id not in answers
            and q.id not in said
            and (
                q.sensitive
                or (
                    (q.section == "safety" or q.id in gates)
                    and (q.when is None or q.when.evaluate(answers))
                )
            )
        ]
        if unasked:
            asked_not = " / ".join(one_line(q.text.get(lang)) for q in unasked)
            notes.append((t("sensitive_not_asked", lang, questions=asked_not), _SAFETY))
    return notes


# Notes never cut on a low screen: what to do in danger now, and which safety questions
# stayed open or went unasked ("Op 2 van de veiligheidsvragen bleef het antwoord open
# (weet niet…" was cut at 72 columns; a role-play, round 32, B5, E4). "bold" as a style,
# spelt so that it is told apart from the other bold notes.
_SAFETY = "bold not italic"
WHOLE = frozenset(("bold red", _SAFETY))


def soon_variant(now: str, reasons: Sequence[Reason]) -> str:
    """The panel's words for a risk to life at urgency soon, by what it rests on.

    Only the second net's guess: a reason to ask, said as such; "regel vandaag 113"
    stood beside "ik wil dat iemand zegt dat het goed is wie ik ben" (role-play T11).
    Only answers that place it before the window ("twee jaar geleden, nu gaat het goed"):
    a history to ask about and a follow-up, not "arrange 113 today, before the student
    leaves" for a student in treatment who came for exam anxiety (a role-play, round 63).
    """
    from steunwijzer.core.answer_past import EARLIER
    from steunwijzer.core.resemblance import ORIGIN as RESEMBLANCE

    risky = [r for r in reasons if RISK_TO_LIFE.intersection(r.themes)]
    if not risky:
        return now
    if all(r.finding is not None and r.finding.origin == RESEMBLANCE for r in risky):
        return "crisis_soon_guess"
    if all(r.answer.endswith(f"= {EARLIER}") for r in risky):
        return "crisis_soon_earlier"
    return now
