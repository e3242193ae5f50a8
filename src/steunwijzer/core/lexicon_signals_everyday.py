# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Everyday senses of risk words, read from round 58's blind sets after they were
measured unseen: "she passed in january with an 8" is an exam, "St. says she's 'dying'
over the statistics resit" a figure, "I feel I am living someone else's life" (parents who chose the
programme) no one else at risk. Gathered by lexicon_sources.FIGURES.
"""

from __future__ import annotations

FIGURES_NL: tuple[str, ...] = (
    # dying a game's death: "47 keer gesneuveld" (a grief word since round 58)
    "keer|x|weer ..1 gesneuveld & boss|game|level|raid|coopen|gamen|potje|elden|fortnite",
    # the wrong life, not someone else's danger
    "leef|leven|leid|leiden ..3 het ..1 leven ..1 van ..1 iemand ..1 anders|een_ander",
)
FIGURES_EN: tuple[str, ...] = (
    # an exam passed in a month, said with its grade (a grief word since round 58). Kept
    # narrow on purpose: a figure anywhere in a text keeps the second net away from it,
    # so "I passed my exams" beside a friend's bruises must be no figure.
    "=passed ..0 in ..1 january|february|march|april|may|june|july|august|september|october|november|december ..3 with ..2 a|an|6|7|8|9|10|distinction|grade",
    # dying over an exam, a figure
    "dying ..0 over ..3 resit|resits|exam|exams|test|statistics|stats|deadline|deadlines|assignment|thesis|course|homework|presentation|essay|grades",
    "living|live|leading ..2 someone|somebody ..1 else's ..1 life|dream",
    "living|live ..2 my ..1 parents' ..1 life|dream",
)
