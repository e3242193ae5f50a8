"""Spelling slips, measured in bulk: every risk sentence of our corpora that is found as
written is changed by one kind of slip that writers with dyslexia, Dutch as a second
language or a phone keyboard make, and read again. Before round 12, z written for s lost
a quarter of them, ei for ij 13%, a doubled vowel 11%, a single consonant for a double
14% (short words had no spelling tolerance at all); the ceilings below are a little above
what was measured after (docs/vocabulary.md, "Spelling by sound"). Without the sound keys
of core/stems.typo_keys the z/s, ei/ij and doubled-letter checks fail; without the
dropped-g spellings of core/lexicon_chat the "-in" check fails."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from steunwijzer.core.model import Catalog
from steunwijzer.core.recognise import Recogniser

DATA = Path(__file__).resolve().parents[1] / "data"
RISK = {"suicidal_thoughts", "self_harm", "unsafe_situation", "concern_for_other"}


def _g_dropped(text: str) -> str:
    return re.sub(r"\b(\w{3,})ing\b", r"\1in", text)


def _s_as_z(text: str) -> str:
    return text.replace("z", "s")


def _ei_for_ij(text: str) -> str:
    return text.replace("ij", "ei")


def _f_for_v(text: str) -> str:
    return re.sub(r"\bv", "f", text)


def _vowel_doubled(text: str) -> str:
    """The first vowel of the longest word written twice ("leeven", "wiil")."""
    words = text.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    words[longest] = re.sub(r"([aeiou])", r"\1\1", words[longest], count=1)
    return " ".join(words)


def _consonant_single(text: str) -> str:
    return re.sub(r"([bdfgklmnprst])\1", r"\1", text)


def _dt_as_t(text: str) -> str:
    return re.sub(r"\b(\w{3,})dt\b", r"\1t", text)


SLIPS: list[tuple[Callable[[str], str], float]] = [
    (_g_dropped, 0.09),
    (_s_as_z, 0.09),
    (_ei_for_ij, 0.06),
    (_f_for_v, 0.07),
    (_vowel_doubled, 0.10),
    (_consonant_single, 0.10),
    (_dt_as_t, 0.03),
]


@pytest.fixture(scope="module")
def found_as_written(builtin: Catalog) -> tuple[Recogniser, list[str]]:
    reader = Recogniser(builtin.themes)
    texts = []
    for name in ("corpus.jsonl", "corpus_phrasings.jsonl", "corpus_signals.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            row = json.loads(line)
            if RISK & set(row["expect_themes"]) and RISK & set(reader.read(row["text"]).themes):
                texts.append(row["text"])
    return reader, texts


@pytest.mark.parametrize(("slip", "ceiling"), SLIPS, ids=[s.__name__ for s, _ in SLIPS])
def test_a_spelling_slip_loses_few_risk_sentences(
    found_as_written: tuple[Recogniser, list[str]], slip: Callable[[str], str], ceiling: float
) -> None:
    reader, texts = found_as_written
    changed = [slip(t) for t in texts if slip(t) != t]
    assert len(changed) >= 20, f"{slip.__name__} changed only {len(changed)} sentences"
    lost = [t for t in changed if not RISK & set(reader.read(t).themes)]
    assert len(lost) / len(changed) <= ceiling, (len(lost), len(changed), lost[:5])
