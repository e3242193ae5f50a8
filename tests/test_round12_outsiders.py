"""Round 12: what an intake role-played in a real terminal (tmux, 100x30) found, each
test written from the case seen failing and run on the commit before its fix."""

from __future__ import annotations

from steunwijzer.core.interview import run_interview
from steunwijzer.core.model import Catalog, Tier
from steunwijzer.core.prompts import SKIP, Prompt, QuestionPrompt, ReviewPrompt
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.triage import TriageResult, apply_override
from steunwijzer.present.explain import reason_sentence


def _interview(
    builtin: Catalog, index: ReferralIndex, first: dict[str, str], review: dict[str, str]
) -> TriageResult:
    """Answers ``first`` (every other yes/no "no"); then, in the review, each question of
    ``review`` is answered again with its value."""
    again = dict(review)
    pending = list(review)
    editing: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            qid = prompt.question.id
            if editing and qid == editing[-1]:
                editing.pop()
                return again[qid]
            if qid in first:
                return first[qid]
            return "no" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            if pending:
                editing.append(pending.pop(0))
                return editing[-1]
            return "ok"
        return None

    return run_interview(builtin, ask, "nl", index).result


def test_a_yes_changed_to_no_in_the_review_stays_acute(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """ "ja" to the first safety question, the crisis panel seen, then "nee" in the review:
    the result said "all answered no; no acute signal" and listed no crisis line."""
    result = _interview(builtin, index, {"safety_wish_dead": "ja"}, {"safety_wish_dead": "nee"})
    assert result.tier is Tier.ACUTE
    assert result.referrals[0].offering.crisis
    taken = [r for r in result.reasons if r.answer.endswith(", later no")]
    assert [r.rule for r in taken] == ["safety.safety_wish_dead"]
    said = reason_sentence(builtin, taken[0], dict(result.answers), "nl")
    assert "later veranderd in nee" in said and "opnieuw" in said


def test_follow_ups_dropped_by_a_changed_answer_are_kept_as_taken_back(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Thoughts "ja", intent "ja", then thoughts "nee" in the review: the intent question
    no longer applied and its "ja" vanished without a word."""
    result = _interview(
        builtin,
        index,
        {"safety_wish_dead": "ja", "safety_thoughts": "ja", "safety_intent": "ja"},
        {"safety_thoughts": "nee", "safety_wish_dead": "nee"},
    )
    rules = {r.rule for r in result.reasons if r.answer.endswith(", later no")}
    assert {"safety.safety_thoughts", "safety.safety_intent"} <= rules
    assert result.tier is Tier.ACUTE


def test_a_no_that_stays_no_is_no_finding(builtin: Catalog, index: ReferralIndex) -> None:
    """Guards the other side: an answer changed from no to no adds nothing."""
    result = _interview(builtin, index, {}, {"safety_wish_dead": "nee"})
    assert not [r for r in result.reasons if r.answer.endswith(", later no")]
    assert result.tier is not Tier.ACUTE


def test_the_counsellor_can_still_lower_it_with_a_reason(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Not lowered silently, and not locked: the override with a reason works."""
    result = _interview(builtin, index, {"safety_wish_dead": "ja"}, {"safety_wish_dead": "nee"})
    lowered = apply_override(
        builtin, index, result, Tier.PREVENTION, "per ongeluk ja getypt, student bevestigt nee"
    )
    assert lowered.tier is Tier.PREVENTION
    assert lowered.override is not None


def test_a_new_risk_brings_the_crisis_panel_again(builtin: Catalog, index: ReferralIndex) -> None:
    """After the suicide panel, "Ik ben nu niet veilig" went on to the next question; the
    help for it (112, Veilig Thuis) appeared only at the result."""
    from steunwijzer.core.prompts import CrisisPrompt

    panels: list[tuple[str, ...]] = []
    first = {  # an intent: the first panel is already "immediate"
        "safety_wish_dead": "ja",
        "safety_thoughts": "ja",
        "safety_intent": "ja",
        "area_behaviour": "ja",
        "behaviour_kind": "unsafe_now",
    }

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            qid = prompt.question.id
            if qid in first:
                return first[qid]
            return "no" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, CrisisPrompt):
            panels.append(prompt.themes)
            return "continue"
        return "ok" if isinstance(prompt, ReviewPrompt) else None

    run_interview(builtin, ask, "nl", index)
    assert "unsafe_situation" not in panels[0]
    assert "unsafe_situation" in panels[-1], panels


def test_a_yes_corrected_to_no_is_doubt_never_a_plain_yes(builtin: Catalog) -> None:
    """ "yes... no, I mean no" was a yes, and the panel said "because you answered yes"
    with the student reading along. On a safety question it is doubt (asked again, still
    a finding); elsewhere the question is asked again."""
    import pytest

    from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer

    safety_q = builtin.question("safety_wish_dead")
    money_q = builtin.question("area_money")
    assert safety_q is not None and money_q is not None
    for said in ("yes... no, I mean no", "ja nee", "ja... wacht, nee"):
        assert parse_answer(safety_q, said) == UNKNOWN
        with pytest.raises(AnswerError):
            parse_answer(money_q, said)
    # a clear yes stays a yes, with or without a "niet" in what follows
    assert parse_answer(safety_q, "ja, ik wil niet meer leven") is True
    assert parse_answer(money_q, "ja hoor") is True


def test_a_sentence_at_a_safety_question_is_never_refused(builtin: Catalog) -> None:
    """ "I am thinking many times to finish my life" at the thoughts question got "That
    answer does not fit"; the Dutch sentence beside it was taken."""
    import pytest

    from steunwijzer.core.answers import UNKNOWN, AnswerError, parse_answer

    thoughts = builtin.question("safety_thoughts")
    assert thoughts is not None
    assert parse_answer(thoughts, "I am thinking many times to finish my life") == UNKNOWN
    with pytest.raises(AnswerError):  # a question back is no answer: asked again
        parse_answer(thoughts, "what do you mean by that")


def test_the_why_line_quotes_a_clear_yes_before_a_dont_know(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """Of equal urgency, the student's "ja" is quoted, not "no clear yes or no" (guards:
    it held before, by the order of the reasons; the order is now said in the code)."""
    from steunwijzer.present.explain import why_line

    result = _interview(
        builtin, index, {"safety_wish_dead": "weet niet", "safety_thoughts": "ja"}, {}
    )
    line = why_line(builtin, result, "nl")
    assert "Je antwoordde ja" in line, line


def test_a_wish_in_a_longer_text_is_not_lost(builtin: Catalog) -> None:
    """A second role-play: "I can't sleep." before "honestly some nights I think it
    would be easier not to wake up, but I would never do anything" gave sleep only, and
    with every safety answer "no" the result said "no acute signal". Found by its own
    pattern now, and the second net also weighs each sentence of a longer text."""
    from steunwijzer.core.recognise import Recogniser

    reader = Recogniser(builtin.themes)
    text = (
        "My supervisor humiliates me in every meeting. I drink a bottle of wine most "
        "nights and I can't sleep. honestly some nights I think it would be easier not "
        "to wake up, but I would never do anything"
    )
    assert "suicidal_thoughts" in reader.read(text).themes
    # the net, sentence by sentence (no pattern of ours names these words)
    marks = (
        "My roommate asked about the marks on my wrist and I told her it was the cat. "
        "We don't even have a cat."
    )
    risk = {"suicidal_thoughts", "self_harm", "concern_for_other", "unsafe_situation"}
    assert risk & set(reader.read(marks).themes)
    # a short everyday question on its own is not weighed (it scored 0.92 alone)
    cv = "zou iemand mijn cv willen nalezen? sollicitatie voor een stage bij KPMG"
    assert not risk & set(reader.read(cv).themes)


def test_a_blow_from_someone_else_is_no_self_harm(builtin: Catalog) -> None:
    """ "hij heeft me geslagen" was self-harm as well; "mijn vader, die me sloeg" and
    "geen slaapplek vannacht" were not an unsafe situation."""
    from steunwijzer.core.recognise import Recogniser

    reader = Recogniser(builtin.themes)
    hit = reader.read("hij heeft me geslagen").themes
    assert "unsafe_situation" in hit and "self_harm" not in hit
    assert "self_harm" in reader.read("ik heb me gesneden").themes
    father = "Na ruzie met mijn vader, die me sloeg, moet ik vanavond het huis uit."
    assert "unsafe_situation" in reader.read(father).themes
    assert "unsafe_situation" in reader.read("Ik heb geen slaapplek vannacht").themes


def test_a_no_said_with_doubt(builtin: Catalog) -> None:
    """ "I guess not" at the thoughts question was refused ("does not fit"): doubt on a
    safety question, a no elsewhere."""
    from steunwijzer.core.answers import UNKNOWN, parse_answer

    thoughts, money = builtin.question("safety_thoughts"), builtin.question("area_money")
    assert thoughts is not None and money is not None
    for said in ("I guess not", "probably not", "waarschijnlijk niet"):
        assert parse_answer(thoughts, said) == UNKNOWN
        assert parse_answer(money, said) is False


def test_back_from_the_review_goes_to_the_last_question(
    builtin: Catalog, index: ReferralIndex
) -> None:
    """After a question was changed in the review, 'b' at the review went to that question
    again, not to the last one of the intake."""
    from steunwijzer.core.prompts import BACK

    reviews: list[object] = ["area_money", BACK, "ok"]
    asked: list[str] = []

    def ask(prompt: Prompt) -> object:
        if isinstance(prompt, QuestionPrompt):
            asked.append(prompt.question.id)
            return "no" if prompt.question.type == "yes_no" else SKIP
        if isinstance(prompt, ReviewPrompt):
            return reviews.pop(0)
        return None

    run_interview(builtin, ask, "nl", index)
    last_in_order = [q.id for q in builtin.questions if q.id in asked][-1]
    # the question asked after the 'b' (the last one asked) is the intake's last one
    assert asked[-1] == last_in_order != "area_money"


def test_a_layer_cannot_take_zelfmoord_from_the_acute_theme(builtin: Catalog) -> None:
    """A hostile round: a layer emptied the synonyms of suicidal_thoughts and gave
    "zelfmoord" and "suicide" to a prevention theme of its own; `lookup --theme
    zelfmoord` answered prevention."""
    from dataclasses import replace

    from steunwijzer.core.model import Text, Theme
    from steunwijzer.core.vocabulary import Vocabulary

    themes = dict(builtin.themes)
    themes["suicidal_thoughts"] = replace(
        themes["suicidal_thoughts"], synonyms_nl=(), synonyms_en=()
    )
    themes["leuk"] = Theme(
        "leuk", Tier.PREVENTION, Text("Leuk", "Fun"), ("zelfmoord", "suïcidaal"), ("suicide",)
    )
    vocabulary = Vocabulary(themes)
    for name in ("zelfmoord", "Suïcidaal", "suicide", "zelfbeschadiging"):
        assert vocabulary.resolve(name) in ("suicidal_thoughts", "self_harm"), name
    assert vocabulary.resolve("leuk") == "leuk"


def test_a_no_taken_back_in_other_words_is_doubt(builtin: Catalog) -> None:
    """A hostile round: "nee, jawel", "no, only at night", "nee, alleen 's nachts" and
    "nee, nu even niet" to the thoughts question were plain noes: prevention, no crisis
    line. Doubt now; "nee hoor, gaat wel" stays a no."""
    from steunwijzer.core.answers import UNKNOWN, parse_answer

    thoughts = builtin.question("safety_thoughts")
    assert thoughts is not None
    for said in ("nee, jawel", "no, only at night", "nee, alleen 's nachts", "nee, nu even niet"):
        assert parse_answer(thoughts, said) == UNKNOWN, said
    assert parse_answer(thoughts, "nee hoor, gaat wel") is False


def test_a_threat_to_kill_the_student_is_found(builtin: Catalog) -> None:
    """A hostile round: "mijn vriend gaat me vanavond vermoorden" and "my boyfriend is
    going to kill me tonight" were nothing recognised; the everyday hyperbole about
    grades stays one."""
    from steunwijzer.core.recognise import Recogniser

    reader = Recogniser(builtin.themes)
    for text in (
        "mijn vriend gaat me vanavond vermoorden",
        "my boyfriend is going to kill me tonight",
    ):
        reading = reader.read(text)
        assert "unsafe_situation" in reading.themes
        assert any(f.immediate for f in reading.findings)
    for text in (
        "my mom is going to kill me when she sees my grades",
        "mijn moeder gaat me vermoorden als ze mijn cijferlijst ziet",
    ):
        assert "unsafe_situation" not in reader.read(text).themes


def test_a_named_pipe_as_catalogue_is_refused_not_waited_on(tmp_path: object) -> None:
    """A hostile round: `--catalog f.yaml` where f.yaml was made with mkfifo waited for a
    writer forever. It is refused now, and the run goes on in safety mode."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    fifo = Path(str(tmp_path)) / "f.yaml"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "lookup", "--lang", "en", "--text", "ik wil dood",
         "--catalog", str(fifo)],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert f"{fifo}:1:1: error: not a regular file" in done.stderr
    assert done.returncode == 1
    assert "113" in done.stdout


def test_113_switched_off_by_a_layer_stays_a_crisis_line(tmp_path: object) -> None:
    """A hostile round: a layer set 113 to `crisis: false` and added a 24/7 line of its
    own (a 0900 number); "ik snij mezelf" listed 112, that line, and 113 third as an
    ordinary referral. The built-in 113 is listed as a crisis line now."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    from steunwijzer.catalog.resources import builtin_catalog_dir

    layer = Path(str(tmp_path)) / "layer.yaml"
    layer.write_text(
        "schema_version: 1\n"
        "offerings:\n"
        "  - id: 113-zelfmoordpreventie\n"
        "    crisis: false\n"
        "  - id: eigen-lijn\n"
        "    provider: national\n"
        "    name: {nl: Eigen lijn, en: Own line}\n"
        "    description: {nl: Een lijn., en: A line.}\n"
        "    tiers: [acute]\n"
        "    themes: [suicidal_thoughts, self_harm]\n"
        "    languages: [nl, en]\n"
        "    crisis: true\n"
        '    contact: {phone: ["0900-1234567"]}\n'
        "    hours: 24/7\n"
        "    how_to_access: {nl: Bel., en: Call.}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "steunwijzer", "lookup", "--text", "ik snij mezelf", "--json",
         "--catalog", str(builtin_catalog_dir()), "--catalog", str(layer)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    referrals = json.loads(done.stdout)["referrals"]
    crisis = [r for r in referrals if r["crisis"]]
    assert any("113" in json.dumps(r["contact"]) for r in crisis), crisis
    assert all(r["crisis"] for r in referrals if "0800-0113" in json.dumps(r["contact"]))
