"""Round 38: findings of this round's role-plays, blind set and hostile files."""

from __future__ import annotations

import pytest

from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import (
    MAYBE,
    SKIP,
    CrisisPrompt,
    QuestionPrompt,
    ReviewPrompt,
    Unfit,
)
from steunwijzer.core.referrals import ReferralIndex

from .terminal_helpers import scripted, terminal

# --- "misschien" at a question that opens others (round 37's role-play, F5) -------------


def _opens(reply: object) -> bool:
    """A maybe: plain, or with words to read first ("hmm, ik twijfel")."""
    return reply is MAYBE or (isinstance(reply, Unfit) and reply.skipped and reply.maybe)


@pytest.mark.parametrize("said", ["misschien", "weet niet", "maybe", "hmm, ik twijfel", "idk"])
def test_a_maybe_at_a_gate_leaves_it_open_and_says_so(builtin: Catalog, said: str) -> None:
    """A doubt to "voel je je vaak somber?" was read as skipped, and what it is and the
    self-harm question after it were never asked (fails on fcf90ae: no MAYBE)."""
    question = builtin.question("area_mood")
    assert question is not None
    ask, screen = terminal(builtin, said)
    assert _opens(ask(QuestionPrompt(question, 9, 19, None, True)))
    assert "gelezen als: misschien" in screen.getvalue()


@pytest.mark.parametrize(
    ("question_id", "said"),
    [
        ("area_money", "misschien"),  # opens nothing: skipped, as before
        ("area_mood", "zeg ik liever niet"),  # a refusal opens nothing
        ("area_mood", "laat maar"),
    ],
)
def test_a_doubt_that_opens_nothing_is_still_a_skip(
    builtin: Catalog, question_id: str, said: str
) -> None:
    """Guards: a question with no follow-ups, and a refusal, stay a plain skip."""
    question = builtin.question(question_id)
    assert question is not None
    ask, screen = terminal(builtin, said)
    reply = ask(QuestionPrompt(question, 9, 19, None, True))
    assert reply is SKIP or (isinstance(reply, Unfit) and reply.skipped), reply
    assert not _opens(reply)
    assert "gelezen als: overgeslagen" in screen.getvalue()


def _asked(seen: list[object]) -> list[str]:
    return [p.question.id for p in seen if isinstance(p, QuestionPrompt)]


def test_the_self_harm_question_is_asked_after_a_maybe(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The question that matters most behind the mood gate: asked, and its yes counts,
    while the gate itself stays unanswered (never recorded as a yes it was not)."""
    seen, result = scripted(builtin, index, {"area_mood": [MAYBE], "mood_self_harm": ["ja"]})
    words, _ = scripted(
        builtin, index, {"area_mood": [Unfit("hmm ik twijfel", True, True)], "mood_kind": ["1"]}
    )
    assert "mood_self_harm" in _asked(words)
    assert {"mood_kind", "mood_weight", "mood_self_harm"} <= set(_asked(seen))
    assert result.tier is Tier.ACUTE
    assert "self_harm" in result.themes
    assert "area_mood" not in dict(result.answers)


@pytest.mark.parametrize(
    ("gate", "script", "theme"),
    [
        ("area_mood", {"mood_kind": ["1"]}, "low_mood"),
        ("area_study", {"study_worries": ["5"]}, "dropout_risk"),
        ("area_circumstances", {"circumstances_kind": ["2"]}, "family_circumstances"),
        ("area_behaviour", {"behaviour_kind": ["2"]}, "unsafe_situation"),
    ],
)
def test_what_the_follow_up_names_counts(
    builtin: Catalog, index: ReferralIndex, gate: str, script: dict[str, list[object]], theme: str
) -> None:
    """The follow-up makes the maybe concrete: the choice made there is the need."""
    seen, result = scripted(builtin, index, {gate: [MAYBE], **script})
    assert theme in result.themes, (result.themes, _asked(seen))


def test_a_maybe_with_nothing_after_it_adds_no_need(builtin: Catalog, index: ReferralIndex) -> None:
    """Every follow-up skipped or "nee": no theme is made up from the doubt alone."""
    _, result = scripted(
        builtin, index, {"area_mood": [MAYBE], "mood_kind": [SKIP], "mood_weight": [SKIP]}
    )
    assert not {"low_mood", "stress", "self_harm"} & set(result.themes), result.themes


def test_a_later_no_at_the_gate_closes_its_follow_ups(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Changed to "nee" from the review, the follow-ups no longer apply: the review does
    not list them and their answers no longer count."""
    seen, result = scripted(
        builtin,
        index,
        {
            "area_mood": [MAYBE, "nee"],
            "mood_kind": ["2"],
            "review": ["area_mood"],
        },
    )
    reviews = [p for p in seen if isinstance(p, ReviewPrompt)]
    listed = {q.id for q, _ in reviews[0].answers}
    assert "mood_kind" in listed  # opened by the maybe
    assert "mood_kind" not in {q.id for q, _ in reviews[-1].answers}
    assert "stress" not in result.themes, result.themes


def test_the_review_shows_a_maybe_as_left_open(builtin: Catalog, index: ReferralIndex) -> None:
    """The review said "overgeslagen" for a question the student answered "misschien"
    (this round's own intake): it says "misschien (open gelaten)"."""
    seen, _ = scripted(builtin, index, {"area_mood": [MAYBE]})
    review = next(p for p in seen if isinstance(p, ReviewPrompt))
    assert review.maybe == ("area_mood",)
    ask, screen = terminal(builtin, "")
    assert ask(review) == "ok"
    line = next(x for x in screen.getvalue().splitlines() if "somber, gespannen" in x)
    assert line.endswith("misschien (open gelaten)"), line


def test_the_count_of_questions_includes_what_a_maybe_opened(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "Vraag 20 van ongeveer 20", "Vraag 21 van ongeveer 21": the total grew one by
    one after a maybe, as if the end kept moving (this round's own intake)."""
    seen, _ = scripted(builtin, index, {"area_mood": [MAYBE]})
    asked = [p for p in seen if isinstance(p, QuestionPrompt)]
    after = [p.total for p in asked if p.number > 10]
    assert len(set(after)) == 1, after
    assert after[0] == len(asked)


@pytest.mark.parametrize("typed", ["ok", "OK", "oké", "klopt", "ja klopt", "looks good", "prima"])
def test_ok_at_the_review_goes_on(builtin: Catalog, index: ReferralIndex, typed: str) -> None:
    """ "ok" at "Enter om door te gaan, een nummer om te wijzigen" was refused with "Typ
    een nummer van 1 tot 21" (this round's own intake)."""
    seen, _ = scripted(builtin, index, {})
    review = next(p for p in seen if isinstance(p, ReviewPrompt))
    ask, screen = terminal(builtin, typed)
    assert ask(review) == "ok"
    assert "Typ een nummer" not in screen.getvalue()


# --- the crisis panel's hint after "weet niet" (round 37's role-play, F7) ---------------


def test_the_crisis_hint_names_a_first_dont_know_too(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """After "weet niet" to a safety question the panel's hint said only "een eerste ja
    blijft op de uitkomst staan", as if the student had said yes (fails on bf2b694)."""
    seen, _ = scripted(builtin, index, {"safety_wish_dead": ["weet niet"]})
    panels = [p for p in seen if isinstance(p, CrisisPrompt)]
    assert panels, "weet niet to a death wish opens the crisis panel"
    ask, screen = terminal(builtin, "x", "d")
    assert ask.crisis(panels[0]) == "continue"
    hint = [line for line in screen.getvalue().splitlines() if "om af te ronden" in line]
    assert hint and "'weet niet'" in " ".join(hint)


# --- an international student's office in the example catalogue (round 37, F13) --------


def test_an_english_speaking_student_sees_the_international_office_on_study_choice(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """The example catalogue had nothing for an international student whose permit hangs
    on study progress (fails on bf2b694: no such offering). In English only, it ranks
    above an offering in Dutch and English of as many themes for a student who speaks
    English, and behind them for one who speaks Dutch."""
    english = [o.id for o in index.for_theme("study_choice", "en", False, False)]
    dutch = [o.id for o in index.for_theme("study_choice", "nl", False, False)]
    assert "vh-international-office" in english[:2]
    assert dutch.index("vh-international-office") > dutch.index("vh-studieloopbaanbegeleider")
    duo = next(o for o in builtin.offerings if o.id == "duo")
    assert duo.eligibility is not None and "EU" in duo.eligibility.en
