"""The end of an interview: the crisis panel's prompt, the final result, and the tier
override, where words typed instead of a tier are read as the student's own words."""

from __future__ import annotations

from dataclasses import replace

from steunwijzer.core.answer_errors import is_safety
from steunwijzer.core.answers import AnswerError, can_be_unknown, parse_answer
from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.floor import with_floor
from steunwijzer.core.heard import unconfirmed
from steunwijzer.core.interview_state import State
from steunwijzer.core.lazyre import lazy_compile
from steunwijzer.core.model import Catalog, Lang, Tier, Urgency
from steunwijzer.core.ownwords import as_spoken, by_rules, taken_back_reasons, text_suggestions
from steunwijzer.core.prompts import Ask, CrisisPrompt, OverridePrompt, Unfit
from steunwijzer.core.recognise import Recognition
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.safety import CONCERN_FOR_OTHER as CONCERN
from steunwijzer.core.safety import RISK_TO_LIFE
from steunwijzer.core.taken import emergency_first, taken_now
from steunwijzer.core.theme_order import doubted_themes
from steunwijzer.core.triage import (
    TriageResult,
    applicable_answers,
    apply_override,
    classify,
    is_screened,
)
from steunwijzer.core.unreachable import unreachable
from steunwijzer.core.vocabulary import Vocabulary


def take_said(
    state: State, vocabulary: Vocabulary, catalog: Catalog, where: str, words: str
) -> tuple[Recognition, tuple[str, ...]]:
    """Words that answer no prompt (``Unfit``: at a question, the crisis panel, the
    review, the override): an acute need in them counts. Returns what was found and its
    acute themes. At a safety question a sentence of one's own counts whole, the second
    net too: it was doubt there (acute) before it was asked again, and a hopeless "soms
    denk ik wat maakt het allemaal nog uit" must not become "nothing new" (round 16)."""
    asked = catalog.question(where)
    # A clause of six words or more where no answer stands in it is a text of its own, at
    # any question: "mijn huisgenoot eet al dagen niks en zegt dat ze er klaar mee is" at
    # the study question heard only stress (a role-play, round 42, intake 6). Not "last
    # night not, vanwege mijn vriendin, otherwise fine": fragments (round 13).
    clause = max(len(c.split()) for c in _CLAUSES.split(words))
    whole = asked is not None and (can_be_unknown(asked) or clause >= 6)
    read = vocabulary.read(words)
    found = by_rules(read, words, whole)
    if asked is not None and not whole and len(found.findings) < len(read.findings):
        found = _on_topic(catalog, where, read, words, found)
    # The counsellor may speak of the student as "ze", also at a safety question ("she
    # swallowed pills", r58) unless that one is out of reach ("he doesn't pick up", r18).
    safe = asked is not None and is_safety(asked) and not unreachable(words)
    if where in _COUNSELLORS or safe:
        found = _of_the_student(vocabulary, words, found)
    else:
        found = read_own_words(found, words)  # as beside an answer (a role-play, round 53)
    acute = text_suggestions(catalog, found)[1]
    if acute:
        state.said.append((where, found))
        state.said_words.append((where, words))
    if asked is not None:
        # The needs that are not acute in words at a question: heard, said on the
        # screen and offered at the end; dropped without a word before ("nou kijk, ik
        # doe nu bedrijfskunde ... studiefinanciering ...": a role-play, round 26).
        from steunwijzer.core.heard import heard_beside

        state.hear(f"{where}.words", heard_beside(vocabulary, catalog, where, words), words)
    return found, acute


_CLAUSES = lazy_compile(r"[,.;:!?\n]")


def _on_topic(
    catalog: Catalog, where: str, read: Recognition, words: str, found: Recognition
) -> Recognition:
    """A sentence of its own that resembles what the question asks about counts: "there
    is this guy from my club who keeps walking me home, and once he grabbed my arm" at
    "do you feel unsafe somewhere?" resembles an unsafe situation, and was dropped as a
    guess beside an answer ("that answer does not fit", a role-play, round 26). A guess
    on another topic stays a guess there (round 13)."""
    from steunwijzer.core.ownwords import gate_questions
    from steunwijzer.core.question_keys import question_themes

    asked_about = set(question_themes(catalog, where))
    kept = by_rules(read, words, True).findings
    extra = [
        f
        for f in kept
        if f not in found.findings
        and (f.theme in asked_about or where in gate_questions(catalog, f.theme))
    ]
    if not extra:
        return found
    return Recognition(tuple(f for f in kept if f in found.findings or f in extra), found.mentions)


# Where the counsellor types about the student in the room: "ze zegt nu dat ze pillen heeft
# gespaard" at the override (round 14), "she took too many pills last night" at the crisis
# panel (round 58) were concern for someone else, 112 "for that person". Not own words.
_COUNSELLORS = frozenset(("override", "review", "crisis_panel"))
_PRONOUNS = (
    (lazy_compile(r"(?i)\b(?:she|he)\b"), "I"),
    (lazy_compile(r"(?i)\b(?:she's|he's)\b"), "I'm"),
    (lazy_compile(r"(?i)\b(?:her|his)\b"), "my"),
    (lazy_compile(r"(?i)\b(?:herself|himself)\b"), "myself"),
    (lazy_compile(r"(?i)\b(?:ze|zij|hij)\b"), "ik"),
    (lazy_compile(r"(?i)\bhaar\b"), "mijn"),
    (lazy_compile(r"(?i)\bzichzelf\b"), "mezelf"),
)


_SWAPPED = frozenset(
    ("she", "he", "her", "his", "herself", "himself", "him", "ze", "zij", "hij", "haar", "hem",
     "zichzelf")
)  # fmt: skip


def _names_someone(words: str) -> bool:
    """A person named besides the pronouns ("her roommate cut herself"): about them."""
    from steunwijzer.core.textcontext import Tokens, other_person

    said = Tokens(words).words
    return any(
        other_person(said, j) and w not in _SWAPPED and not _agent(said, j)
        for j, w in enumerate(said)
    )


# Who did it is not whom it is about: "aangerand door een medestudent", "stalked by her
# ex" (a role-play, round 54: the victim's own words became concern for someone else).
_BY = frozenset(("door", "by"))


def _agent(said: list[str], j: int) -> bool:
    return any(w in _BY for w in said[max(0, j - 3) : j])


def read_own_words(found: Recognition, words: str) -> Recognition:
    """The own-words answer. The student's "he" is someone else (``as_spoken``), unless
    nobody is named and the same words give the student's own needs with that pronoun as
    subject: the counsellor typing about the student ("Ze slaapt slecht ... denkt ze dat
    iedereen beter af zou zijn zonder haar" was concern for someone else; round 36, R1).
    The concern a pronoun alone raised is then left out ("ze is drie weken geleden op een
    feest aangerand" put "is die persoon bereikbaar? bel 112" on a victim's screen, r54)."""
    from steunwijzer.core.textcontext import Tokens

    own_needs = any(
        f.set_aside is None and f.theme not in RISK_TO_LIFE and not f.about_other
        for f in found.findings
    )
    if own_needs and not _named_beside(words, found) and _SWAPPED.intersection(Tokens(words).words):
        return _pronoun_is_the_student(found)
    return as_spoken(found)


_OWN_ACUTE = (RISK_TO_LIFE | frozenset(("sexual_violence",))) - {CONCERN}


def _pronoun_is_the_student(found: Recognition) -> Recognition:
    """A concern that a pronoun alone raised, over words where the student's own acute
    need was found too, dropped; that need read as the student's. A concern with no need
    of the student's beside it stays (the safe reading of an unclear note)."""
    own = [f for f in found.findings if f.theme in _OWN_ACUTE]
    kept = tuple(
        replace(f, about_other=False) if f in own else f
        for f in found.findings
        if not (
            f.theme == CONCERN
            and not _names_someone(f.words)
            and any(o.start < f.end and f.start < o.end for o in own)
        )
    )
    return Recognition(kept, found.mentions)


def _named_beside(words: str, found: Recognition) -> bool:
    """Someone named in the sentence of a risk said of another: "mijn vriend zegt dat
    hij dood wil". A mother named two sentences before "Ze zegt: 'soms denk ik ...'" in a
    note about the student is not who said it (a role-play, round 36, Q1)."""
    sentences = _SENTENCES.split(words)
    risky = [f.words.lower() for f in found.findings if f.about_other and f.risk_to_life]
    return any(w in s.lower() and _names_someone(s) for w in risky for s in sentences)


_SENTENCES = lazy_compile(r"(?<=[.!?])\s+")


def _of_the_student(vocabulary: Vocabulary, words: str, found: Recognition) -> Recognition:
    """The words read as about the student when, so read, they hold a risk to life of the
    student's own; otherwise as typed (someone named stays someone else)."""
    if not any(f.about_other for f in found.findings) or _names_someone(words):
        return found
    own = words
    for pattern, replacement in _PRONOUNS:
        own = pattern.sub(replacement, own)
    reread = by_rules(vocabulary.read(own))
    mine = [f for f in reread.findings if f.risk_to_life and not f.about_other]
    return reread if mine else found


def crisis_prompt(
    catalog: Catalog,
    index: ReferralIndex,
    state: State,
    result: TriageResult,
    student_lang: Lang,
    new: set[str],
    heard: tuple[str, ...] | None = None,
) -> CrisisPrompt:
    """The crisis panel for ``result``; ``new`` are the risk themes it is shown for first."""
    contacts = with_floor(
        index,
        index.crisis_panel(
            result.themes, student_lang, result.urgency, doubted_themes(result.reasons)
        ),
        result.themes,
        result.urgency,
    )
    if taken_now(r.finding for r in result.reasons):  # an overdose: 112 first (core/taken)
        contacts = emergency_first(contacts)
    return CrisisPrompt(
        result.urgency,
        contacts,
        result.themes,
        result.reasons,
        tuple(state.answers.items()),
        tuple(sorted(new)),
        is_screened(catalog.questions, state.answers),
        heard,
    )


def final_result(
    catalog: Catalog, state: State, student_lang: Lang, index: ReferralIndex
) -> TriageResult:
    """The result of the answers and own words so far, with the answers changed on the way
    (first answer, last answer) kept for the counsellor to see."""
    questions = catalog.questions
    effective = applicable_answers(questions, state.answers, state.opened_now(questions))
    reasons = state.reasons(catalog)
    reasons += taken_back_reasons(catalog, state.first, effective)
    mentions = tuple(m for found in state.text_found.values() for m in found.mentions)
    mentions += state.settled_mentions(catalog) + unconfirmed(catalog, state)
    screened = is_screened(questions, effective)
    result = classify(catalog, reasons, student_lang, index, screened, effective, mentions)
    changed = tuple(
        (qid, first, state.answers.get(qid))
        for qid, first in state.first.items()
        if state.answers.get(qid) != first
    )
    said = tuple(dict.fromkeys(state.said_words))
    return replace(result, changed_answers=changed, said_words=said) if changed or said else result


def alert(
    catalog: Catalog,
    ask: Ask,
    state: State,
    student_lang: Lang,
    index: ReferralIndex,
    shown: set[str],
    before: TriageResult,
) -> bool:
    """After words read outside a question (the review, the override): the crisis panel
    when they add a risk to life not shown yet, or make it more urgent; True when the
    counsellor finished there. A risk typed at the review showed nothing (round 14)."""
    vocabulary = Vocabulary(catalog.themes)
    result = final_result(catalog, state, student_lang, index)
    new = set(result.themes) & RISK_TO_LIFE - shown
    louder = result.risk_to_life and result.urgency.rank > before.urgency.rank
    heard: tuple[str, ...] | None = None
    while new or louder:
        shown |= set(result.themes) & RISK_TO_LIFE
        choice = ask(crisis_prompt(catalog, index, state, result, student_lang, new, heard))
        if choice == "finish":
            return True
        new, louder = set(), False
        if isinstance(choice, Unfit):  # words at the panel: read, the panel again
            _, heard = take_said(state, vocabulary, catalog, "crisis_panel", choice.words)
            result = final_result(catalog, state, student_lang, index)
            new, louder = set(result.themes) & RISK_TO_LIFE - shown, True
    return False


def close(
    catalog: Catalog,
    ask: Ask,
    state: State,
    student_lang: Lang,
    index: ReferralIndex,
    shown: set[str],
) -> tuple[TriageResult, bool]:
    """Offer the tier override; returns the result and whether the panel finished early.

    Words typed instead of a tier ("ze zegt nu dat ze pillen heeft"; refused unread in
    round 13) are the student's own words: an acute need in them changes the result, and
    a new risk to life brings the crisis panel first, then the override on the new result."""
    vocabulary = Vocabulary(catalog.themes)
    result = final_result(catalog, state, student_lang, index)
    heard: tuple[str, ...] | None = None
    while True:
        override = ask(OverridePrompt(result, heard))
        if not isinstance(override, Unfit):
            break
        # (The reason typed for lowering is the counsellor's, not read: "passieve
        # doodswens, geen plan, afspraak morgen" would read as a plan for tomorrow.)
        before = result
        _, heard = take_said(state, vocabulary, catalog, "override", override.words)
        if alert(catalog, ask, state, student_lang, index, shown, before):
            return final_result(catalog, state, student_lang, index), True
        result = final_result(catalog, state, student_lang, index)
    if isinstance(override, tuple) and len(override) == 2:
        tier, why = override
        result = apply_override(catalog, index, result, Tier(tier), why)
    return result, False


def kept_firsts(catalog: Catalog, state: State) -> tuple[tuple[str, AnswerValue], ...]:
    """The first answers that still count after a change (the review shows them)."""
    opened = state.opened_now(catalog.questions)
    effective = applicable_answers(catalog.questions, state.answers, opened)
    ids = []
    for reason in taken_back_reasons(catalog, state.first, effective):
        qid = reason.answer.split(" = ", 1)[0]
        if qid in state.first and qid not in ids:
            ids.append(qid)
    return tuple((qid, state.first[qid]) for qid in ids)


def replayed_history(
    catalog: Catalog,
    index: ReferralIndex,
    result: TriageResult,
    student_lang: Lang,
    firsts: dict[str, object],
    override: tuple[str, str | None, object, object] | None = None,
) -> TriageResult:
    """A replayed session record keeps what the session kept: a first "ja" or "weet
    niet" on a safety question, changed to "nee", is still a finding until the tier is
    lowered with a reason (``taken_back_reasons``), and the counsellor's change of the
    tier, with its reason, is made again (io/session_answers.py)."""
    result = _with_firsts(catalog, index, result, student_lang, firsts) if firsts else result
    if override is not None and override[0] in {t.value for t in Tier}:
        tier = Tier(override[0])
        raise_ = tier.rank > result.tier.rank  # a raise is made whatever the answers give now
        if raise_ or (
            tier is not result.tier and not _worse_since(result, override[2], override[3])
        ):
            result = apply_override(catalog, index, result, tier, override[1])
    return result


def _worse_since(result: TriageResult, lowered_from: object, urgency: object) -> bool:
    """The answers now give another tier than the one lowered, or a higher urgency: the
    stored reason was given for another need. A reason given for a passive wish was made
    again for a plan and a rope tonight, "PREVENTIE, direct", exit 0 (a hostile round,
    round 21): the replay keeps what the answers give now."""
    if isinstance(lowered_from, str) and lowered_from != result.tier.value:
        return True
    urgencies = {u.value: u for u in Urgency}
    was = urgencies.get(urgency) if isinstance(urgency, str) else None
    return was is not None and result.urgency.rank > was.rank


def _with_firsts(
    catalog: Catalog,
    index: ReferralIndex,
    result: TriageResult,
    student_lang: Lang,
    firsts: dict[str, object],
) -> TriageResult:
    parsed: dict[str, AnswerValue] = {}
    for qid, first in firsts.items():
        question = catalog.question(qid)
        if question is not None and first is not None:
            try:
                parsed[qid] = parse_answer(question, first)
            except AnswerError:
                continue
    final = dict(result.answers)
    have = {(r.rule, r.answer) for r in result.reasons}
    back = [r for r in taken_back_reasons(catalog, parsed, final) if (r.rule, r.answer) not in have]
    changed = tuple((q, v, final[q]) for q, v in parsed.items() if q in final and final[q] != v)
    if not back:
        return replace(result, changed_answers=changed) if changed else result
    again = classify(
        catalog,
        [*result.reasons, *back],
        student_lang,
        index,
        result.screened,
        final,
        result.mentions,
    )
    return replace(again, changed_answers=changed)
