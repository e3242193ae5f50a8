"""Question ids as people write them in files: any case, a hyphen, an invisible
character, a misspelling, or words around the id. Shared by batch rows, CSV headers,
answers files and the acute part of a refused request."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from steunwijzer.core.textnorm import normalise

if TYPE_CHECKING:
    from steunwijzer.core.model import Catalog

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))


def given_answer(value: object) -> bool:
    """An answer that says something: not null, not an empty or blank string, not an
    empty list. A file or row of nothing but `safety_thoughts: ~` or "" was replayed as
    all no, "PREVENTIE", exit 0 (an outsiders' hostile round, round 20)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return not (isinstance(value, list | tuple | dict) and not value)


def question_key(key: object) -> str:
    """A question id as people type it in a file: any case, spaces around it, a hyphen
    for the underscore, an invisible character pasted in ("SAFETY_PLAN", "safety-plan ").
    An outside test saw such keys refused and their "ja" lost."""
    return str(key).translate(_INVISIBLE).strip().lower().replace("-", "_")


def near_question(key: str, ids: Iterable[str]) -> str | None:
    """The question id a misspelt key or column stands for ("safety_thougths"), if one is
    really alike; its answer is then read for the acute part of the refused row (an
    outsider's hostile round, round 8, saw its "ja" lost in CSV and JSON Lines)."""
    from difflib import get_close_matches  # only for a key that is not known

    name = question_key(key)
    pool = sorted({question_key(i) for i in ids})
    if not name or name in pool:
        return None
    # A ratio of 0.8 needs lengths alike, and an id inside needs a key as long: checked
    # first, as a row with a million unknown keys took 150 s of difflib (a hostile
    # round, round 42, F4).
    size = len(name)
    if any(2 * min(size, len(i)) >= 0.8 * (size + len(i)) for i in pool):
        close = get_close_matches(name, pool, n=1, cutoff=0.8)
        if close:
            return close[0]
    if size < min((len(i) for i in pool), default=0):
        return None
    # An id with words around it ("safety_intent (yes/no)", "vraag 2 (safety_thoughts)"):
    # an outsiders' hostile round (round 14) saw each one's "ja" lost.
    joined = re.sub(r"[\s\-]+", "_", name)
    inside = [i for i in pool if re.search(rf"(?<![a-z0-9]){re.escape(i)}(?![a-z0-9])", joined)]
    return max(inside, key=len) if inside else None


class QuestionIds(list[str]):
    """The catalogue's question ids, and their texts in both languages: a Google or
    Microsoft Forms export names each column by its question ("Heb je de afgelopen
    maand gewenst dat je dood was?"), and its "Ja" was lost while the header itself was
    read as a case (an outsiders' hostile round, round 14)."""

    def __init__(self, ids: list[str], texts: dict[str, str]) -> None:
        super().__init__(ids)
        self.texts = {normalise(k): v for k, v in texts.items() if normalise(k)}


def asked_by(name: str, questions: Collection[str] | None) -> str | None:
    """The question whose text a column name is, if ``questions`` carries texts."""
    texts = getattr(questions, "texts", None)
    if not texts:
        return None
    said = normalise(name)
    if said in texts:
        return str(texts[said])
    if len(said) < 20:  # "Wat speelt er?" is no question's text
        return None
    # A form shortens or rewords a little ("... gewenst dat je dood was?" for "...
    # dood was, of dat je kon gaan slapen en niet meer wakker zou worden?").
    for text, question in texts.items():
        if text.startswith(said):
            return str(question)
    from difflib import get_close_matches

    close = get_close_matches(said, list(texts), n=1, cutoff=0.85)
    return str(texts[close[0]]) if close else None


def question_themes(catalog: Catalog, question_id: str) -> tuple[str, ...]:
    """The themes any answer to this question can raise, through the rules."""
    from steunwijzer.core.conditions import referenced_questions
    from steunwijzer.core.safety import SCREEN_IDS, SUICIDAL

    if question_id in SCREEN_IDS:
        return (SUICIDAL,)
    themes: list[str] = []
    for rule in catalog.rules:
        if question_id in referenced_questions(rule.when):
            themes.extend(rule.themes)
    question = catalog.question(question_id)
    if question is not None and question.type == "text":
        themes.extend(catalog.themes)
    return tuple(dict.fromkeys(themes))
