"""Figures that measure what they say (issue 17), kept apart from bench/run.py's driver.

- Like for like: the loader pauses the garbage collector while it loads, so its
  ``yaml.load`` baseline does too (``yaml_like_for_like``).
- Needs that do not repeat: ``make_distinct_rows`` writes rows whose free text differs on
  every row, so neither the batch memo (per theme list) nor the ranking cache can answer
  a row from an earlier one's work; the memo-friendly rows of ``run.make_rows`` are a
  separate figure, labelled as such.
"""

from __future__ import annotations

import gc
import json
import random
from pathlib import Path

# Everyday words (no theme word among them) and sentences that name a need: a row's
# text is a few of each, plus the row number spelt out as a word, so no two rows repeat.
_FILLER_TEXT = """
    ik weet het niet goed sinds een paar weken gaat alles anders thuis op de campus mijn
    vriend zegt dat ik moet praten met iemand maar lastig soms ook I am not sure what to
    do since last month things feel different at home
"""
FILLER = _FILLER_TEXT.split()
NEEDS = [
    "ik slaap al weken slecht",
    "ik heb faalangst voor tentamens",
    "mijn oma is overleden",
    "ik voel me eenzaam",
    "geldzorgen en schulden",
    "ik ben gestrest en overbelast",
    "ik drink te veel alcohol",
    "I feel lonely and down",
    "twijfel over mijn studie",
    "ik word gepest",
]


def spelt(number: int) -> str:
    """A number as letters ("bdja"): a word no theme uses, different for every row."""
    letters = "bcdfghjklm"
    return "q" + "".join(letters[int(d)] for d in str(number))


def make_distinct_rows(path: Path, count: int) -> Path:
    """Rows whose needs never repeat: free text unique per row, a third naming a need."""
    if path.exists():
        return path
    rng = random.Random(17)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            words = rng.sample(FILLER, rng.randint(4, 12))
            if i % 3 == 0:
                words.insert(rng.randint(0, len(words)), rng.choice(NEEDS))
            words.insert(rng.randint(0, len(words)), spelt(i))
            handle.write(json.dumps({"id": str(i), "text": " ".join(words)}) + "\n")
    return path


def yaml_like_for_like(folder: str) -> None:
    """The baseline of load+validate: a plain ``yaml.load`` of the same files, with the
    garbage collector paused while loading exactly as the product's loader does."""
    import yaml

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for path in sorted(Path(folder).glob("*.yaml")):
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    finally:
        if was_enabled:
            gc.enable()


def builtin_theme_ids() -> list[str]:
    import yaml

    themes = Path(__file__).resolve().parents[1] / "catalog" / "themes.yaml"
    data = yaml.safe_load(themes.read_text(encoding="utf-8"))
    return [t["id"] for t in data["themes"]]


def make_spread_catalogue(folder: Path, count: int) -> Path:
    """``count`` offerings spread over every built-in theme (two themes each), so that a
    need of any themes meets many offerings and ranking them is real work."""
    if folder.exists():
        return folder
    folder.mkdir()
    ids = builtin_theme_ids()
    rng = random.Random(15)
    lines = ["schema_version: 1", "offerings:"]
    for i in range(count):
        themes = ", ".join(rng.sample(ids, 2))
        lines += [
            f"  - id: offering-{i}",
            "    provider: institution",
            f"    name: {{nl: Aanbod {i}, en: Offering {i}}}",
            "    description: {nl: Een beschrijving., en: A description.}",
            f"    tiers: [{rng.choice(['prevention', 'specific', 'acute'])}]",
            f"    themes: [{themes}]",
            f"    languages: [{rng.choice(['nl', 'en', 'nl, en'])}]",
            f"    contact: {{email: team{i}@example.org}}",
            f"    waiting_time: {rng.randint(0, 6)} weeks",
            "    how_to_access: {nl: Mail ons., en: Mail us.}",
        ]
    (folder / "offerings.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    builtin = Path(__file__).resolve().parents[1] / "catalog" / "themes.yaml"
    (folder / "themes.yaml").write_text(builtin.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def make_varied_theme_rows(path: Path, count: int) -> Path:
    """Rows of 1-4 themes drawn from every built-in theme: thousands of distinct theme
    lists, so the ranking cache and the batch memo rarely answer a row."""
    if path.exists():
        return path
    ids = builtin_theme_ids()
    rng = random.Random(16)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            themes = rng.sample(ids, rng.randint(1, 4))
            handle.write(json.dumps({"id": str(i), "themes": themes}) + "\n")
    return path
