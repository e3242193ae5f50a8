"""The interview engine. Pure: it asks through a callable and returns a frozen result.

It walks the catalogue's questions in order, asking those whose ``when`` holds. It never
prints; the caller's ``ask`` shows each prompt and returns the answer, or ``BACK`` /
``SKIP``. It serves the terminal, ``--answers`` replay and batch rows. Prompts, in order:
- ``QuestionPrompt``: one question; reply with an answer, BACK, SKIP, MAYBE (unanswered,
  its follow-ups asked) or ``Unfit(words)`` (read; a need the question leads to is its
  yes, else the question is asked again).
- ``ThemePrompt``: themes suggested by free text; reply with the accepted ids (acute
  ones are always kept and not offered for removal).
- ``CrisisPrompt``: an acute signal (or one grown to immediate); ``"continue"``/``"finish"``.
- ``ReviewPrompt``: all answers before the result; ``"ok"``, BACK, or an id to answer again.
- ``OverridePrompt``: the classified result; reply None or ``(tier, reason)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from steunwijzer.core.answers import AnswerError, parse_answer
from steunwijzer.core.choice_words import partial_choices
from steunwijzer.core.conditions import AnswerValue
from steunwijzer.core.heard import heard_before, heard_beside, told_at, with_heard
from steunwijzer.core.interview_broke import broken_intake
from steunwijzer.core.interview_close import (
    alert,
    close,
    crisis_prompt,
    final_result,
    kept_firsts,
    read_own_words,
    take_said,
)
from steunwijzer.core.interview_guess import guessed
from steunwijzer.core.interview_replay import replay as replay
from steunwijzer.core.interview_state import (
    State,
    back_from,
    estimate,
    next_question,
    position,
    step_back,
)
from steunwijzer.core.model import Catalog, Lang, Question, Urgency
from steunwijzer.core.ownwords import (
    contradicted,
    never_asked,
    said_before,
    text_suggestions,
    words_beside,
)
from steunwijzer.core.prompts import (
    BACK,
    FINISH,
    MAYBE,
    SKIP,
    Ask,
    InterviewOutcome,
    QuestionPrompt,
    ReviewPrompt,
    ThemePrompt,
    Unfit,
    keeping,
)
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.safety import PANEL_THEMES as _RISK
from steunwijzer.core.safety import SCREEN_IDS
from steunwijzer.core.triage import (
    classify,
)
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.core.yes_in_words import choices_in_words, yes_in_words
from steunwijzer.errors import SteunwijzerError, UserInputError

if TYPE_CHECKING:
    from steunwijzer.core.recognise import Recognition


def run_interview(
    catalog: Catalog,
    ask: Ask,
    student_lang: Lang,
    index: ReferralIndex,
) -> InterviewOutcome:
    """Ask until the review is accepted (or the crisis panel finishes early).

    ``student_lang`` is the language the student prefers: offerings that speak it rank
    higher, in the crisis panel and in the result. The prompts carry no interface
    language; ``ask`` shows them in the counsellor's.
    """
    state = State()
    try:
        return _interview(catalog, ask, student_lang, index, state)
    except SteunwijzerError:
        raise
    except Exception as exc:
        # A bug seven minutes into an intake lost every answer and the help found so
        # far (a role-play, round 39): they travel with the error to the screen.
        raise broken_intake(exc, catalog, state, student_lang, index) from exc


def _interview(
    catalog: Catalog, ask: Ask, student_lang: Lang, index: ReferralIndex, state: State
) -> InterviewOutcome:
    vocabulary = Vocabulary(catalog.themes)
    questions = catalog.questions
    ask = keeping(ask, lambda: final_result(catalog, state, student_lang, index))
    alerted = Urgency.ROUTINE  # the highest urgency the crisis panel was shown for
    alerted_acute = False
    shown: set[str] = set()  # the risk themes a crisis panel was shown for
    finished_early = False
    editing: str | None = None  # the question the review asked to change
    recheck: set[str] = set()  # safety questions to ask again (own words said otherwise)
    rechecked: set[str] = set()
    unfit: tuple[str, tuple[str, ...]] | None = None  # (question, acute themes heard)
    review_heard: tuple[str, ...] | None = None  # words typed at the review, read
    panel_heard: tuple[str, ...] | None = None  # words typed at the crisis panel, read
    aside: tuple[str, ...] = ()  # acute themes in the words beside the last answer
    read_yes: tuple[Question, AnswerValue] | None = None  # answered by its words (r41, r54)

    while True:
        question = next_question(questions, state)
        if question is None:
            review = ask(
                ReviewPrompt(
                    # Only what still applies: a follow-up whose reason became "nee" read "— —"
                    tuple(
                        (q, state.answers.get(q.id))
                        for q in questions
                        if q.id in state.history and state.applies(q)
                    ),
                    review_heard,
                    kept_firsts(catalog, state),
                    tuple(q for q in state.maybe if q not in state.answers),
                )
            )
            review_heard = None
            if isinstance(review, Unfit):  # words typed at the review: read, shown again
                before = final_result(catalog, state, student_lang, index)
                heard, review_heard = take_said(state, vocabulary, catalog, "review", review.words)
                if alert(catalog, ask, state, student_lang, index, shown, before):
                    finished_early = True
                    break
                # The panel was shown (or had been): asked again, no reason to show it again.
                now = classify(catalog, state.reasons(catalog), student_lang, index, False)
                if now.risk_to_life:
                    alerted_acute, alerted = True, now.urgency
                # A late "everyone would be better off without me" at the review left every
                # "no" of the screen standing (round 15): asked again, as after own words.
                doubted = contradicted(state.answers, review_heard, heard, catalog)
                for item_id in (doubted - rechecked) & set(state.history):
                    state.history.remove(item_id)
                    recheck.add(item_id)
                    rechecked.add(item_id)
                continue
            if review is BACK and state.history:
                # Back from the review is the last question in the intake's order, not the
                # one just changed ('b' went to 17 again and again: a role-play, round 12).
                order = {q.id: i for i, q in enumerate(questions)}
                step_back(state, max(state.history, key=lambda i: order.get(i, -1)))
                continue
            if isinstance(review, str) and review != "ok" and review in state.history:
                previous_answer = state.answers.get(review)
                state.forget(review)
                if previous_answer is not None:
                    state.answers[review] = previous_answer  # shown as the default
                editing = review
                continue
            break
        number = position(questions, state, question)
        is_recheck = question.id in recheck
        is_edit = editing == question.id or is_recheck
        previous = state.answers.pop(question.id, None) if is_edit else None
        default = None if is_edit else guessed(catalog, state, question)  # said already
        if is_recheck:
            # Asked again because the student said otherwise: the screen's follow-ups hold
            # no old answer ready for Enter ("[no]" at "how would you do it?" was kept by
            # one Enter after "I checked if my life insurance pays out": round 56). The
            # question itself shows its "no" but Enter does not keep it (round 26).
            stale_screen_answers(state, recheck)
        editing = None
        recheck.discard(question.id)
        reply = ask(
            QuestionPrompt(
                question,
                number,
                max(estimate(questions, state), number, len(state.history) + 1),
                previous if is_edit else state.answers.get(question.id, default),
                bool(state.history),
                is_edit and not is_recheck,
                is_recheck,
                unfit is not None and unfit[0] == question.id,
                unfit[1] if unfit is not None and unfit[0] == question.id else (),
                alerted_acute,
                tuple(x for x in aside if x not in shown),
                told_at(catalog, state) is not None,
                read_yes,
            )
        )
        aside, read_yes = (), None
        if unfit is not None and unfit[0] == question.id:
            unfit = None  # kept over a safety question asked again in between
        found: Recognition | None = None
        if isinstance(reply, Unfit):
            # Read as own words (an acute need counts: the panel below comes first), asked
            # again (its default kept); skipped after a doubt said in words (round 33, C2)
            if previous is not None:
                state.answers[question.id] = previous
            editing = question.id if is_edit and not is_recheck else None
            if is_recheck:
                recheck.add(question.id)
            found, spoken_themes = take_said(state, vocabulary, catalog, question.id, reply.words)
            unfit = None if reply.skipped else (question.id, spoken_themes)
            aside = state.heard.get(f"{question.id}.words", ())
            named = () if reply.skipped else choices_in_words(catalog, question, found.themes)
            if not reply.skipped and (named or yes_in_words(catalog, question, found.themes)):
                # A yes, or the choices the words name ("adhd" at "what is it about?", a
                # role-play, round 54, was "that answer does not fit" twice)
                value: AnswerValue = (
                    (named if question.type == "multi" else named[0]) if named else True
                )
                unfit, aside, state.answers[question.id] = None, spoken_themes + aside, value
                read_yes = (question, value)  # said on the next screen (round 41)
                state.keep_first(question.id, value)  # "... verongelukt" (round 37, F8)
            if reply.skipped or unfit is None:
                state.history.append(question.id)
                state.maybe |= {question.id} if reply.maybe else set()
        else:
            if reply is FINISH and alerted_acute:
                finished_early = True
                break
            if reply is BACK:
                if state.history:
                    step_back(state, back_from(questions, state.history, question.id))
                continue
            state.history.append(question.id)
            empty = question.type == "text" and not str(reply).strip()
            state.maybe |= {question.id} if reply is MAYBE else set()  # its follow-ups asked
            # Own words left empty with needs heard beside earlier answers: those are still
            # offered to confirm. "I binge and then make myself sick" said at the drugs
            # question ended as "nothing recognised" when the own words were skipped (a
            # role-play, round 54).
            heard_only = (
                question.type == "text"
                and (empty or reply is SKIP)
                and bool(heard_before(state.heard, state.reasons(catalog), ()))
            )
            if (reply in (SKIP, MAYBE, None) or empty) and not heard_only:
                continue
            if question.type == "text":
                if isinstance(reply, str) and not heard_only:
                    # Taken whole, however long: searched whole (issue 11, item 2).
                    state.answers[question.id] = reply
            else:
                try:
                    state.answers[question.id] = parse_answer(question, reply)
                except AnswerError as exc:
                    multi = question.type == "multi"
                    part = partial_choices(question, reply, parse_answer) if multi else ()
                    if not part:
                        raise UserInputError(str(exc)) from exc
                    state.answers[question.id] = part  # the rest read beside it, below
                if isinstance(reply, str) and len(reply.split()) > 1:
                    state.said_with[question.id] = reply  # its follow-up's default
                state.keep_first(question.id, state.answers[question.id])
                if is_recheck and state.answers[question.id] is False:
                    state.settled_no.add(question.id)  # asked again, "no" again
                if (
                    state.answers[question.id] is False
                    and question.id not in rechecked
                    and said_before(catalog, question.id, state.own_themes())
                ):
                    # "no" to "do you hurt yourself?" minutes after "last week I cut my
                    # arm" was taken silently (a role-play, round 13): asked once more.
                    state.history.remove(question.id)
                    recheck.add(question.id)
                    rechecked.add(question.id)
                    continue
            if question.type == "text":
                said = "" if heard_only or not isinstance(reply, str) else reply
                found = read_own_words(vocabulary.read(said), said)
                suggested, forced = text_suggestions(catalog, found)
                prior = heard_before(state.heard, state.reasons(catalog), suggested + forced)
                # Asked even when nothing was found, so the screen can say so.
                prompt = ThemePrompt(question, said, suggested, forced, found.mentions, prior)
                chosen = ask(prompt)
                while isinstance(chosen, Unfit):  # words typed at "which are right?"
                    take_said(state, vocabulary, catalog, question.id, chosen.words)
                    chosen = ask(prompt)
                accepted = tuple(
                    t for t in suggested + prior if isinstance(chosen, list | tuple) and t in chosen
                )
                state.text_themes[question.id] = forced + accepted
                state.text_found[question.id] = with_heard(vocabulary, found, state, accepted)
            else:
                texts = (state.text_themes, state.text_found)
                state.keep_said(question.id)  # the words said before this answer stay
                found = words_beside(vocabulary, catalog, texts, question.id, reply)
                counted = state.reasons(catalog)
                aside_now = heard_beside(vocabulary, catalog, question.id, reply, counted)
                state.hear(question.id, aside_now, reply)
                aside = state.text_themes.get(question.id, ()) + state.heard[question.id]
                if found is not None and found.findings:  # kept for a replay (round 19)
                    state.said_words.append((question.id, str(reply)))
            spoken_themes = state.text_themes.get(question.id, ())
        if found is not None:
            spoken = contradicted(state.answers, spoken_themes, found, catalog)
            state.opened |= never_asked(catalog, state.answers, spoken_themes)
            for item_id in spoken - rechecked:
                # Own words of ending one's life or self-harm after a "no" on the screen:
                # that "no" is asked again (once), before anything else.
                earlier = state.answers.get(item_id)
                state.forget(item_id)
                if earlier is not None:
                    state.answers[item_id] = earlier
                recheck.add(item_id)
                rechecked.add(item_id)
        # A risk to life or safety interrupts the intake at once with the crisis panel, and
        # again if it grows to "immediate"; grief and dropout risk are served at the result.
        again = False  # words typed at the panel: shown again, asked again
        while True:
            result = classify(catalog, state.reasons(catalog), student_lang, index, False)
            # And again for a risk theme the panel has not shown: "nu niet veilig" after the
            # suicide panel went on, Veilig Thuis only at the result (a role-play, round 12).
            new_risk = set(result.themes) & _RISK - shown
            if not (result.risk_to_life or _RISK & set(result.themes)):
                # A panel a correction withdrew ('b', then "nee") is shown again for the
                # next risk: "everyone would be better off with the insurance money" and a
                # yes when the screen was asked again showed no crisis lines (a role-play,
                # round 56).
                alerted_acute, alerted = False, Urgency.ROUTINE
                shown.clear()
                break
            if not again and alerted_acute and result.urgency.rank <= alerted.rank and not new_risk:
                break
            alerted_acute, alerted = True, result.urgency
            shown |= set(result.themes) & _RISK
            choice = ask(
                crisis_prompt(catalog, index, state, result, student_lang, new_risk, panel_heard)
            )
            panel_heard = None
            if choice == "back" and state.history:
                step_back(state)  # the answer just given, to correct it (round 15)
                break
            if isinstance(choice, Unfit):
                # "ik heb pillen gespaard en doe het vanavond" typed at "afronden of
                # doorgaan?" was refused unread (a hostile round, round 13).
                _, panel_heard = take_said(state, vocabulary, catalog, "crisis_panel", choice.words)
                again = True
                continue
            finished_early = choice == "finish"
            break
        if finished_early:
            break

    # The tier may be changed with a reason after "afronden" too: a "ja" typed by mistake
    # and corrected at once stayed the headline, with no way to lower it (round 17).
    result, panel_finished = close(catalog, ask, state, student_lang, index, shown)
    return InterviewOutcome(result, finished_early or panel_finished)


def stale_screen_answers(state: State, recheck: set[str]) -> None:
    """Forget the answers of the screen's questions not asked since (follow-ups whose
    gate was "no", then became "yes"): defaults from before the student said otherwise.
    Those waiting to be asked again keep theirs, shown as what was said."""
    for item_id in SCREEN_IDS:
        if item_id not in state.history and item_id not in recheck:
            state.answers.pop(item_id, None)
