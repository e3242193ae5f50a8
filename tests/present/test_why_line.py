"""The one-line why on the first result screen."""

from __future__ import annotations

from steunwijzer.core.interview import replay
from steunwijzer.core.model import Catalog
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.present.explain import why_line


def test_the_most_urgent_finding_is_quoted_and_the_rest_counted_as_reasons(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """An outside role-play: "Waarom: Zelfmoordgedachten (en nog 4)" quoted the passive
    wish, not the plan, and "4" read as four more themes beside one."""
    given = {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_intent": "ja"}
    result = replay(builtin, given, "nl", index)
    line = why_line(builtin, result, "en")
    assert "intend to act" in line, line
    assert line.startswith("Suicidal thoughts — "), line
    assert line.endswith(" (and 2 more reasons for this tier)"), line  # last (round 13)
    one = replay(builtin, {"safety_thoughts": "ja", "safety_plan": "ja"}, "nl", index)
    assert "(en nog 1 reden voor dit niveau)" in why_line(builtin, one, "nl")


def test_after_lowering_the_tier_the_line_still_names_what_set_it(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """A role-play (round 8): lowered from acute to specific, the line read "Ongewenst
    gedrag — Je gaf aan: Nee" and the suicide finding was gone from it."""
    from steunwijzer.core.model import Tier
    from steunwijzer.core.triage import apply_override

    given = {"safety_wish_dead": "ja", "area_behaviour": "ja", "behaviour_kind": "unwanted"}
    result = replay(builtin, given, "nl", index)
    lowered = apply_override(builtin, index, result, Tier.SPECIFIC, "is al in behandeling")
    line = why_line(builtin, lowered, "en")
    assert line.startswith("Suicidal thoughts"), line


def test_a_short_choice_is_quoted_with_its_question(builtin: Catalog, index: ReferralIndex) -> None:
    """A role-play (round 8): "Je gaf aan: Een beetje" without the question it answers."""
    from steunwijzer.present.explain import reason_sentence

    result = replay(builtin, {"connection_safe": "partly"}, "nl", index)
    answers = dict(result.answers)
    said = [reason_sentence(builtin, r, answers, "nl") for r in result.reasons]
    assert any("op ‘Voel je je veilig op je opleiding?’" in s for s in said), said


def test_a_skipped_answer_and_several_choices_read_plainly(builtin: Catalog) -> None:
    """A role-play (round 8): a skipped answer showed as "— —" in the review, and several
    choices were joined with commas while their labels hold commas."""
    from steunwijzer.present.labels import format_answer

    study = builtin.question("study_worries")
    assert study is not None
    assert format_answer(study, None, "nl") == "overgeslagen"
    both = format_answer(study, study.choice_ids()[:2], "nl")
    assert "; " in both and both.count(";") == 1, both
