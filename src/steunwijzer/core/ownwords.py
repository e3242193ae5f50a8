"""What the student's own words add to the interview: reasons from the themes found in
free text (and beside an answer), the themes never optional, the questions they contradict."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from steunwijzer.core.answer_past import EARLIER
from steunwijzer.core.answer_words import misheard
from steunwijzer.core.answers import UNKNOWN, AnswerError, can_be_unknown, parse_answer
from steunwijzer.core.conditions import AnswerValue, Compare
from steunwijzer.core.model import Catalog, Question, Tier, Urgency
from steunwijzer.core.noted import the_student_noted
from steunwijzer.core.safety import CONCERN_FOR_OTHER, RISK_TO_LIFE, SCREEN, SUICIDAL
from steunwijzer.core.someone_else import someone_else
from steunwijzer.core.textnorm import normalise
from steunwijzer.core.theme_order import LEFT_OUT, TAKEN_BACK
from steunwijzer.core.triage import Reason, answer_reasons, applicable_answers, text_reasons

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Recognition
    from steunwijzer.core.vocabulary import Vocabulary


def collect_reasons(
    catalog: Catalog,
    answers: dict[str, AnswerValue],
    text_themes: dict[str, tuple[str, ...]],
    text_found: dict[str, Recognition],
    said: tuple[tuple[str, Recognition], ...] = (),
    opened: Collection[str] = (),
) -> list[Reason]:
    """Reasons from the answers, from the accepted findings in own-words answers, and
    from the acute findings in words that fit no question (``said``: said is said,
    whatever became of the question they were typed at)."""
    effective = applicable_answers(catalog.questions, answers, opened)
    reasons = answer_reasons(catalog, effective)
    for question_id, themes in text_themes.items():
        found = text_found.get(question_id)
        asked = question_id in effective or question_id not in answers  # unanswered: r54
        if themes and found is not None and asked:
            reasons += [
                r for r in text_reasons(found, f"text.{question_id}") if r.themes[0] in themes
            ]
    for question_id, found in said:
        reasons += [
            r
            for r in text_reasons(found, f"said.{question_id}")
            if tier_of(catalog, r.themes[0]) is Tier.ACUTE
        ]
    return reasons


def taken_back_reasons(
    catalog: Catalog, first: Mapping[str, AnswerValue], final: Mapping[str, AnswerValue]
) -> list[Reason]:
    """A yes (or don't know) on a safety question that was changed to no in the review,
    or left out when the question before it was changed: still a finding, named as such,
    until the counsellor lowers the tier with a reason. A role-play (round 12) typed "ja"
    at the first question, saw the crisis panel, changed it to "nee" in the review and
    got "all answered no; no acute signal" and no crisis line: a tier lowered silently.

    The same for any other answer whose first value set off a risk to life through the
    catalogue's rules: "ja" to "do you hurt yourself?" taken back with 'b' left no crisis
    line at all (a role-play, round 14).

    A first "don't know" cleared up as "no" stays one too, however often the student
    then denies: lowering it is the counsellor's act, with a reason (the README's
    promise). Settling it after a "no" asked again was tried in round 15 and reverted: a
    second role-play saw the tier drop with no reason asked, while the student's words
    had been about a friend at risk."""
    # A first "earlier" changed to no is taken back too: an old attempt corrected away
    # lowered the tier without a reason (the review of round 63).
    counted = (True, UNKNOWN, EARLIER)
    reasons = [
        Reason(
            f"safety.{item.id}",
            f"{item.id} = {_first_said(first[item.id])}{TAKEN_BACK}",
            (SUICIDAL,),
            Tier.ACUTE,
            _asked_again(item.urgency),
        )
        for item in SCREEN
        if first.get(item.id) in counted
        # a first yes said later to be "earlier" still says it was a yes first
        and (
            final.get(item.id) not in counted
            or (first[item.id] is True and final[item.id] == EARLIER)
        )
    ]
    screen = {item.id for item in SCREEN}
    found = answer_reasons(catalog, final)
    now = {r.rule for r in found}
    # A question whose answer now sets off a risk to life itself was not taken back:
    # "weet niet" changed to "ja" read "first yes or don't know, later no" (round 15).
    still = {
        qid for r in found if RISK_TO_LIFE.intersection(r.themes) for qid in final
        if f"{qid} = " in r.answer
    }  # fmt: skip
    for qid, value in first.items():
        if qid in screen or qid in still or final.get(qid) == value:
            continue
        for r in answer_reasons(catalog, {**final, qid: value}):
            if r.rule in now or not RISK_TO_LIFE.intersection(r.themes):
                continue
            if f"{qid} = " not in r.answer or r.rule.startswith("safety."):
                continue  # set off by another answer, or the screen (above)
            end = LEFT_OUT if qid not in final else TAKEN_BACK
            reasons.append(
                Reason(
                    r.rule,
                    f"{qid} = {_shown(value)}{end}",
                    r.themes,
                    r.tier,
                    _asked_again(r.urgency),
                )
            )
            now.add(r.rule)
    return reasons


def _first_said(value: AnswerValue) -> str:
    return "yes" if value is True else str(value)  # unknown, earlier


def _asked_again(urgency: Urgency | None) -> Urgency | None:
    """A taken-back answer's urgency: at most soon. The tier stays acute and the reason
    says to ask again, but "direct danger: call 112 now and keep the student awake" for a
    "weet niet" to the preparation question corrected at once to "nee" (two role-plays,
    round 16) tells the counsellor what the student no longer says."""
    return Urgency.SOON if urgency is Urgency.IMMEDIATE else urgency


def _shown(value: AnswerValue) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return ", ".join(value) if isinstance(value, tuple) else str(value)


def text_suggestions(
    catalog: Catalog, found: Recognition
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(suggested, forced): acute themes found in free text are never optional."""
    themes = found.themes
    forced = tuple(t for t in themes if tier_of(catalog, t) is Tier.ACUTE)
    return tuple(t for t in themes if t not in forced), forced


def tier_of(catalog: Catalog, theme_id: str) -> Tier:
    theme = catalog.themes.get(theme_id)
    return theme.tier if theme is not None else Tier.ACUTE  # a floor theme: acute


# The screen questions a student's own words can contradict.
_RECHECKED_BY_OWN_WORDS = ("safety_wish_dead", "safety_thoughts")


def contradicted(
    answers: dict[str, AnswerValue],
    themes: tuple[str, ...],
    found: Recognition,
    catalog: Catalog | None = None,
) -> set[str]:
    """Screen questions answered "no" that the own words just found speak against: the
    wish and the thoughts, and "done or prepared anything" when the words tell of
    preparation (belongings given away: a role-play, round 7, saw that "nee" kept); and
    with self-harm in the words, the catalogue's sensitive question that asks for it (its
    "nee" stood in the review beside "gisteravond in mn arm gekrast": a role-play,
    round 10)."""
    # Own words of danger at home or from a partner after "no" to "do you feel unsafe?":
    # that "no" stood in the review and the record (a role-play, round 11).
    danger = [t for t in _DANGER_FROM_OTHERS if t in themes]
    gates = {g for t in danger for g in gate_questions(catalog, t)} if catalog else set()
    if not {SUICIDAL, "self_harm"}.intersection(themes):
        return {q for q in gates if answers.get(q) is False}
    asked = [*_RECHECKED_BY_OWN_WORDS, *gates]
    hid = any(answers.get(q) is False for q in _RECHECKED_BY_OWN_WORDS)
    acts = any(f.immediate and f.theme in (SUICIDAL, "self_harm") for f in found.findings)
    if (SUICIDAL in themes and hid) or acts:
        # "done or prepared anything?" too: a student who hid the wish may have hidden
        # the preparation (a role-play, round 14, saw its old "nee" stand). Not after a
        # wish said open ("weet niet") and words of no act: "... maar ik zou nooit iets
        # doen" had "nee nooit" asked again (a role-play, round 42, intake 1).
        asked.append("safety_behaviour")
    if "self_harm" in themes and catalog is not None:
        asked += asking_for(catalog, "self_harm")
    # ... and the wish or the thoughts left open ("pass", "not seriously, no"): words of
    # it later, "sometimes I think it'd be easier if I just wasn't around" at the mood
    # question, left the "don't know" in the review (two role-plays, round 65)
    still_open = {q for q in _RECHECKED_BY_OWN_WORDS if answers.get(q) == UNKNOWN}
    return {q for q in asked if answers.get(q) is False} | (
        still_open if SUICIDAL in themes else set()
    )


_DANGER_FROM_OTHERS = ("unsafe_situation", "sexual_violence")


def never_asked(
    catalog: Catalog, answers: dict[str, AnswerValue], themes: Iterable[str]
) -> set[str]:
    """The self-harm question, when own words tell of self-harm and it was never asked
    because its gate stayed shut ("no" to feeling low): asked now. The result named it as
    not asked right under "Why: Self-harm" (a role-play, round 18)."""
    if "self_harm" not in themes:
        return set()
    return {q for q in asking_for(catalog, "self_harm") if q not in answers}


def said_before(catalog: Catalog, question_id: str, themes: set[str]) -> bool:
    """A "no" to a question whose yes the student's own words already said: the wish or
    the thoughts after words of ending their life, the self-harm question after words
    of self-harm. ``contradicted`` asks the earlier "no"s again; this, a later one."""
    if SUICIDAL in themes and question_id in _RECHECKED_BY_OWN_WORDS:
        return True
    return "self_harm" in themes and question_id in asking_for(catalog, "self_harm")


def gate_questions(catalog: Catalog, theme: str) -> list[str]:
    """The yes/no questions that open the question a rule for ``theme`` reads ("voel je
    je ergens onveilig?" before "wat is er aan de hand?")."""
    by_id = {q.id: q for q in catalog.questions}
    gates = []
    for rule in catalog.rules:
        if theme not in rule.themes or not isinstance(rule.when, Compare):
            continue
        read = by_id.get(rule.when.question)
        gate = by_id.get(read.when.question) if read and isinstance(read.when, Compare) else None
        if gate is not None and gate.type == "yes_no" and gate.id not in gates:
            gates.append(gate.id)
    return gates


def asking_for(catalog: Catalog, theme: str) -> list[str]:
    """The sensitive yes/no questions whose "yes" a rule turns into ``theme``."""
    sensitive = {q.id for q in catalog.questions if q.sensitive and q.type == "yes_no"}
    return [
        rule.when.question
        for rule in catalog.rules
        if theme in rule.themes
        and isinstance(rule.when, Compare)
        and rule.when.question in sensitive
    ]


def words_beside(
    vocabulary: Vocabulary,
    catalog: Catalog,
    texts: tuple[dict[str, tuple[str, ...]], dict[str, Recognition]],
    question_id: str,
    reply: object,
) -> Recognition | None:
    """The words typed beside an answer ("nee, ik wil dood"): the answer word counts and
    an acute need in the rest too, read as own words are ("nee" alone was kept: round 8;
    "nee, maar ze krast in haar armen" lost the student's self-harm: round 53, H260). No
    guess of the net beside a menu's number (round 41)."""
    themes, found_by_id = texts
    themes.pop(question_id, None)
    found_by_id.pop(question_id, None)
    if not isinstance(reply, str) or len(reply.split()) < 2:
        return None
    # A misheard question explained ("no, sorry, I misunderstood", r18), a number: rules.
    question = catalog.question(question_id)
    menu = question is not None and question.type in ("choice", "multi", "scale")
    heard = None if menu or misheard(normalise(reply)) else reply
    read = the_student_noted(catalog, question, reply, vocabulary.read(reply))
    from steunwijzer.core.interview_close import read_own_words

    spoken = read_own_words(read, reply)
    found = _not_guessed_after_no(catalog, question, reply, by_rules(spoken, heard))
    forced = text_suggestions(catalog, found)[1]
    sensitive = question is not None and question.sensitive  # "do you hurt yourself?"
    if not forced and (question_id in _ABOUT_SOMEONE_ELSE or sensitive):
        # "no, not me, but my girlfriend does" to "do you hurt yourself?" was a no (r14)
        found = someone_else(reply) or found
        forced = text_suggestions(catalog, found)[1]
    if not forced:
        return None
    themes[question_id] = forced
    found_by_id[question_id] = found
    return found


def _not_guessed_after_no(
    catalog: Catalog, question: Question | None, reply: str, found: Recognition
) -> Recognition:
    """No guess of the second net on what the question asks about, after a plain "no"
    to it: "nee haha, ik heb al pijn genoeg van mijn darmen" to the self-harm question
    resembled self-harm and made the result acute (a role-play, round 27, P14). The
    rules' own findings and a guess on another theme still count."""
    from steunwijzer.core.findings import Recognition
    from steunwijzer.core.question_keys import question_themes
    from steunwijzer.core.resemblance import ORIGIN

    if question is None or not any(f.origin == ORIGIN for f in found.findings):
        return found
    try:
        if parse_answer(question, reply) is not False:
            return found
    except AnswerError:
        return found
    # At a safety question every guess ("nee ... dat zou ik ze niet aandoen": r27, Q17)
    asked = set(question_themes(catalog, question.id))
    every = can_be_unknown(question)
    kept = tuple(f for f in found.findings if f.origin != ORIGIN or not (every or f.theme in asked))
    return Recognition(kept, found.mentions)


def as_spoken(found: Recognition) -> Recognition:
    """What the student says of someone else by a pronoun is someone else's: at an intake
    the student speaks, so "he posted 'sorry for everything, love you all' and now he
    doesn't pick up" is concern for him, not also the student's own suicidal thoughts
    (a role-play, round 18: the means tips and "keep the student awake" followed). A
    counsellor's note ("ze wil dood") keeps both readings (core/recognise.py)."""
    from steunwijzer.core.findings import summarise

    if not any(f.theme == CONCERN_FOR_OTHER for f in found.findings):
        return found
    kept = [f for f in found.findings if not (f.about_other and f.theme in _OWN_RISK)]
    if len(kept) == len(found.findings):
        return found
    return summarise([*kept, *found.mentions])


_OWN_RISK = frozenset((SUICIDAL, "self_harm"))


def by_rules(found: Recognition, text: str | None = None, whole: bool = False) -> Recognition:
    """The findings of the rules alone, without the second net's guesses: beside an
    answer ("last night not, vanwege mijn vriendin" to "do you sleep badly?") the net
    weighed "last" as suicidal thoughts and the safety questions were asked again (a
    role-play, round 13). Words beside an answer are a fragment, not a text.

    Unless they are a sentence of their own (six words or more, after a full stop, or
    the ``whole`` text when no answer stands in it): "nee. soms denk ik wat maakt het nog
    uit" to the identity question was read as "nee" and the rest dropped, while the same
    words alone resemble a wish to die (a role-play, round 16)."""
    from steunwijzer.core.findings import Recognition
    from steunwijzer.core.resemblance import ORIGIN

    kept = tuple(
        f
        for f in found.findings
        if f.origin != ORIGIN or (text is not None and _own_sentence(text, f.start, whole))
    )
    return found if len(kept) == len(found.findings) else Recognition(kept, found.mentions)


_MARKS = ".!?\n"


def _own_sentence(text: str, at: int, whole: bool) -> bool:
    mark = max(text.rfind(c, 0, at) for c in _MARKS)
    comma = text.rfind(",", 0, at)
    if mark < 0 and comma >= 0 and len(text[:comma].split()) <= 2:
        # "yes, sometimes I just want to be with him" after "do you often feel low?",
        # her father died last week: the answer word, a comma, then a sentence of its
        # own; dropped as a fragment (a role-play, round 18)
        mark = comma
    if mark < 0 and not whole:
        return False
    rest = text[mark + 1 :]
    stop = min((i for i in (rest.find(c) for c in _MARKS) if i >= 0), default=len(rest))
    return len(rest[:stop].split()) >= 6


# The screen questions whose answer may be about someone else: "nee, ik niet, maar mijn
# huisgenote wel" to "thoughts of ending your life?" was a plain "nee" (a role-play,
# round 9): the worry for the housemate, said only there, was lost.
_ABOUT_SOMEONE_ELSE = frozenset(
    ("safety_wish_dead", "safety_thoughts", "safety_method", "safety_intent", "safety_plan",
     "safety_behaviour")
)  # fmt: skip
