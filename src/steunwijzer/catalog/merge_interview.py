"""The interview part of a merged catalogue: the questions (the fixed safety screen
first), the type check of each question's and rule's condition against the questions
asked before it, and the rules that raise themes, a tier or an urgency.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from steunwijzer.catalog.checking import ParsedCondition, RefList, Reporter
from steunwijzer.catalog.entries import Merged, merged, required_ok, with_themes
from steunwijzer.core import conditions, safety
from steunwijzer.core.floor_texts import skip_advice
from steunwijzer.core.model import Question, Rule, Text, Theme, Tier, Urgency
from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.catalog.load import Collected

Pending = tuple[Question, ParsedCondition | None]


def build_questions(collected: Collected, rep: Reporter) -> list[Pending]:
    entries = merged(collected, "questions")
    if not entries:
        return [(q, None) for q in safety.DEFAULT_SCREEN]
    questions: list[Pending] = []
    for index, entry in enumerate(entries):
        if not required_ok(entry, "question", rep):
            continue
        v = entry.values
        if entry.id in safety.SCREEN_BY_ID:
            expected = safety.SCREEN_IDS[index] if index < len(safety.SCREEN_IDS) else None
            if entry.id != expected:
                rep.error(
                    *entry.at("id"),
                    f"safety question '{entry.id}' is out of order; the "
                    f"screen must come first, in the order {', '.join(safety.SCREEN_IDS)}",
                )
            for fixed in ("when", "type", "choices", "section"):
                if fixed in v and not (fixed == "type" and v[fixed] == "yes_no"):
                    rep.error(
                        *entry.at(fixed),
                        f"'{fixed}' of safety question '{entry.id}' is "
                        "fixed; a catalogue may only change its text and help",
                    )
            item = safety.SCREEN_BY_ID[entry.id]
            text = v["text"]
            if (normalise(text.nl), normalise(text.en)) != (
                normalise(item.text.nl),
                normalise(item.text.en),
            ):
                # Reworded so that "nee" meant at risk, it validated without a word and
                # a replay of nee/nee gave prevention (a hostile round, round 13).
                rep.warning(
                    *entry.at("text"),
                    f"safety question '{entry.id}' is worded differently from steunwijzer's "
                    "own: its 'ja' must still mean a risk and 'nee' none; check the wording",
                )
            _check_help(entry, item.help, rep)
            reworded = safety.screen_question(item, v["text"], v.get("help"), entry.location())
            questions.append((reworded, None))
            continue
        question = _question(entry, rep)
        if question is not None:
            questions.append((question, v.get("when")))
    present = [q.id for q, _ in questions if q.section == "safety"]
    missing = [i for i in safety.SCREEN_IDS if i not in present]
    if missing:
        first = entries[0].parts[0]
        rep.error(
            first.file,
            first.mark,
            f"the interview must start with the safety screen; missing: {', '.join(missing)}",
        )
    return questions


def _check_help(entry: Merged, own: Text | None, rep: Reporter) -> None:
    """A safety question's help is read when the counsellor is unsure (``?``)."""
    given = entry.values.get("help")
    if given is None or own is None:
        return
    if (normalise(given.nl), normalise(given.en)) == (normalise(own.nl), normalise(own.en)):
        return
    advice = skip_advice(given)
    if advice is not None:
        rep.error(
            *entry.at("help"),
            f"safety question '{entry.id}': its help advises to skip it or not to call "
            f"113 ({advice!r})",
        )
        return
    rep.warning(
        *entry.at("help"),
        f"safety question '{entry.id}' has help of its own: the counsellor reads it when "
        "unsure; check that it still asks the question and never advises against 113",
    )


def _question(entry: Merged, rep: Reporter) -> Question | None:
    """A question without its condition; check_conditions adds the typed `when`."""
    v = entry.values
    qtype = v["type"]
    choices = v.get("choices", ())
    file, mark = entry.at("type")
    if qtype in ("choice", "multi") and len(choices) < 2:
        rep.error(file, mark, f"{qtype} question '{entry.id}' needs at least two choices")
        return None
    if qtype not in ("choice", "multi") and choices:
        rep.error(*entry.at("choices"), f"{qtype} question '{entry.id}' cannot have choices")
    low, high = v.get("min"), v.get("max")
    if qtype == "scale":
        if low is None or high is None or low >= high:
            rep.error(file, mark, f"scale question '{entry.id}' needs min and max, min < max")
            return None
    elif low is not None or high is not None:
        rep.error(file, mark, f"only scale questions have min and max ('{entry.id}')")
    if v.get("sensitive") and qtype != "yes_no":
        rep.warning(
            *entry.at("sensitive"),
            f"'sensitive' of question '{entry.id}' has no effect: only a yes_no question "
            "is asked as a safety question",
        )
    if v.get("acknowledge") and qtype != "yes_no":
        rep.warning(
            *entry.at("acknowledge"),
            f"'acknowledge' of question '{entry.id}' is never shown: only after a yes to a "
            "yes_no question",
        )
    section = v.get("section", "other")
    if section == "safety":
        rep.error(*entry.at("section"), f"'{entry.id}' is not part of the fixed safety screen")
        section = "other"
    return Question(
        entry.id,
        qtype,
        v["text"],
        section,
        entry.location(),
        v.get("help"),
        choices,
        low,
        high,
        sensitive=bool(v.get("sensitive", False)) and qtype == "yes_no",
        acknowledge=v.get("acknowledge"),
    )


def check_conditions(questions: list[Pending], rep: Reporter) -> list[Question]:
    """Type-check each question's `when` against the questions before it."""
    checked: list[Question] = []
    seen: dict[str, Question] = {}
    by_id = {q.id: q for q, _ in questions}
    for q, when in questions:
        if when is not None:
            later = [
                r
                for r in conditions.referenced_questions(when.condition)
                if r in by_id and r not in seen
            ]
            try:
                if later:
                    raise conditions.ConditionError(
                        f"refers to '{later[0]}', which is asked later; a condition can only "
                        "use earlier answers"
                    )
                typed = conditions.check(when.condition, seen)
            except conditions.ConditionError as exc:
                rep.error(q.location.file, when.mark, f"'when' of question '{q.id}': {exc}")
                typed = None
            q = replace(q, when=typed)
        checked.append(q)
        seen[q.id] = q
    return checked


def build_rules(
    collected: Collected, questions: list[Question], themes: Mapping[str, Theme], rep: Reporter
) -> list[Rule]:
    by_id = {q.id: q for q in questions}
    relabelled = _relabelled(collected, rep)
    unreachable: set[str] = set()  # each question refused once, at the first rule
    rules: list[Rule] = []
    for entry, theme_ids in with_themes(collected, "rules", "rule", themes, rep):
        v = entry.values
        parsed: ParsedCondition = v["when"]
        try:
            typed = conditions.check(parsed.condition, by_id)
        except conditions.ConditionError as exc:
            rep.error(entry.origin["when"].file, parsed.mark, f"'when' of rule '{entry.id}': {exc}")
            continue
        weakened = _weakened(entry, themes)
        if weakened is not None:
            key, what = weakened
            rep.error(
                *entry.at(key),
                f"rule '{entry.id}' raises an acute theme in an earlier layer; a later "
                f"layer may not {what}",
            )
            continue
        if any(t in themes and themes[t].tier is Tier.ACUTE for t in theme_ids):
            _warn_reworded(entry.id, typed, relabelled, rep)
            _refuse_unreachable(entry.id, typed, by_id, rep, unreachable)
        tier = Tier(v["tier"]) if "tier" in v else None
        urgency = Urgency(v["urgency"]) if "urgency" in v else None
        if not theme_ids and tier is None and urgency is None:
            rep.warning(
                entry.last.file,
                entry.last.mark,
                f"rule '{entry.id}' raises no theme, tier or urgency",
            )
        rules.append(Rule(entry.id, typed, entry.location(), theme_ids, tier, urgency))
    return rules


def _weakened(entry: Merged, themes: Mapping[str, Theme]) -> tuple[str, str] | None:
    """What a later layer took from a rule that raised an acute theme where it was first
    written, as (key, what), or None. A layer redefining the built-in rule 'self_harm'
    with another condition turned a "yes" to self-harm into no finding at all, without a
    word from `catalog validate` (an outsiders' hostile round, round 11)."""
    if len(entry.parts) < 2:
        return None
    first = entry.parts[0].values
    written = first.get("themes")
    ids = written.ids if isinstance(written, RefList) else tuple(written or ())
    acute = [t for t in ids if t in themes and themes[t].tier is Tier.ACUTE]
    if not acute:
        return None
    now = entry.values
    if "when" in first and now["when"].condition != first["when"].condition:
        return "when", "change its condition (add a rule of its own for more)"
    kept = now.get("themes")
    kept_ids = kept.ids if isinstance(kept, RefList) else tuple(kept or ())
    if any(t not in kept_ids for t in acute):
        return "themes", "drop its acute themes"
    if "urgency" in first and (
        "urgency" not in now or Urgency(now["urgency"]).rank < Urgency(first["urgency"]).rank
    ):
        return "urgency", "lower its urgency"
    return None


# A layer that rewords a choice an acute rule reads changes what the counsellor picks,
# not what the rule does: swapping the labels of "unwanted" and "unsafe_now" turned "Ik
# ben nu niet veilig" into unwanted behaviour, specific and routine, with 0 warnings (an
# outsiders' hostile round, round 17). A label another choice had is refused; any other
# rewording of such a choice is warned about, as a reworded safety question is.
Relabels = dict[tuple[str, str], tuple[str, str, tuple[str, tuple[int, int]]]]


def _relabelled(collected: Collected, rep: Reporter) -> Relabels:
    out: Relabels = {}
    for entry in merged(collected, "questions"):
        if len(entry.parts) < 2 or "choices" not in entry.values:
            continue
        first = {c.id: c.label for c in entry.parts[0].values.get("choices", ())}
        had = {(normalise(t.nl), normalise(t.en)): i for i, t in first.items()}
        where = entry.at("choices")
        for choice in entry.values["choices"]:
            old = first.get(choice.id)
            now = (normalise(choice.label.nl), normalise(choice.label.en))
            other = had.get(now)
            if other is not None and other != choice.id:
                rep.error(
                    *where,
                    f"choice '{choice.id}' of question '{entry.id}' now has the words of "
                    f"choice '{other}' ('{choice.label.get('en')}'); rules read the choice "
                    "id, not its words: change the ids, not the labels",
                )
            elif old is not None and now != (normalise(old.nl), normalise(old.en)):
                out[(entry.id, choice.id)] = (old.get("en"), choice.label.get("en"), where)
    return out


def _warn_reworded(
    rule_id: str, condition: conditions.Condition, relabelled: Relabels, rep: Reporter
) -> None:
    for compare in conditions.comparisons(condition):
        values = compare.value if isinstance(compare.value, tuple) else (compare.value,)
        for value in values:
            found = relabelled.get((compare.question, str(value)))
            if found is not None:
                old, new, where = found
                rep.warning(
                    *where,
                    f"choice '{value}' of question '{compare.question}' is worded "
                    f"differently from the layer that wrote it ('{old}' -> '{new}'); rule "
                    f"'{rule_id}' raises an acute theme when it is chosen: check that it "
                    "still asks for that",
                )


def _refuse_unreachable(
    rule_id: str,
    condition: conditions.Condition,
    by_id: Mapping[str, Question],
    rep: Reporter,
    reported: set[str],
) -> None:
    """A question an acute rule reads must be one that can be asked: a layer made the
    self-harm question's `when` never hold, and the rule could never fire (a hostile
    round, round 19). Refused at the question, naming the rule."""
    from steunwijzer.core.reachable import never_asked

    for question, start in never_asked(conditions.referenced_questions(condition), by_id):
        if question.id in reported:
            continue
        reported.add(question.id)
        via = "" if start == question.id else f", which question '{start}' depends on,"
        rep.error(
            question.location.file,
            (question.location.line, question.location.column),
            f"question '{question.id}'{via} can never be asked: its 'when' never holds, and "
            f"acute rule '{rule_id}' reads its answer",
        )
