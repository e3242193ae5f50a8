"""One core result, shown in Dutch and in English: the language is picked in presentation.

The core's result holds ids and bilingual texts, plus the student's language (the one
its referrals were ranked for). The JSON record, the result screen and the handout each
take the language they show; the same result must give each language's own texts, and
the same verdict and order, whichever is asked for.
"""

from __future__ import annotations

import io

import pytest

from steunwijzer.core.model import Catalog, Lang
from steunwijzer.core.referrals import ReferralIndex
from steunwijzer.core.requests import lookup
from steunwijzer.core.triage import TriageResult
from steunwijzer.core.vocabulary import Vocabulary
from steunwijzer.export.handout import handout_markdown
from steunwijzer.io.records import compact_dict, result_dict
from steunwijzer.present.labels import theme_label, tier_label
from steunwijzer.render.common import make_console
from steunwijzer.render.result import result_screen

from ..conftest import MONDAY_2PM

OTHER: dict[Lang, Lang] = {"nl": "en", "en": "nl"}


def _result(catalog: Catalog, student_lang: Lang) -> TriageResult:
    index = ReferralIndex(catalog, MONDAY_2PM)
    vocabulary = Vocabulary(catalog.themes)
    # grief (acute, with tips and crisis lines) and sleep: texts of every kind
    return lookup(catalog, vocabulary, index, ["grief", "sleep"], None, student_lang)


@pytest.mark.parametrize("student_lang", ["nl", "en"])
def test_one_result_gives_each_languages_texts_in_the_json(
    builtin: Catalog, student_lang: Lang
) -> None:
    result = _result(builtin, student_lang)
    assert result.tips and result.referrals
    shown = {lang: result_dict(result, lang) for lang in ("nl", "en")}
    for lang, data in shown.items():
        assert data["lang"] == lang
        assert data["student_lang"] == student_lang  # the ranking, not the interface
        assert [t["text"] for t in data["tips"]] == [t.text.get(lang) for t in result.tips]
        names = [r.offering.name.get(lang) for r in result.referrals]
        assert [r["name"] for r in data["referrals"]] == names
        compact = compact_dict(result, lang)
        assert [r["name"] for r in compact["referrals"]] == names
    nl, en = shown["nl"], shown["en"]
    # The verdict and the order are the core's: the same in both languages.
    for key in ("tier", "urgency", "themes", "reasons", "risk_to_life", "student_lang"):
        assert nl[key] == en[key], key
    assert [r["id"] for r in nl["referrals"]] == [r["id"] for r in en["referrals"]]
    # ... while the texts differ where the catalogue has both (it does for grief's tips).
    assert [t["text"] for t in nl["tips"]] != [t["text"] for t in en["tips"]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_result_gives_each_languages_screen(builtin: Catalog, lang: Lang) -> None:
    result = _result(builtin, "nl")
    out = io.StringIO()
    result_screen(make_console(True, out), builtin, result, lang, lookup=True)
    text = out.getvalue()
    heading = {"nl": "UITKOMST", "en": "RESULT"}
    assert heading[lang] in text and heading[OTHER[lang]] not in text
    assert tier_label(builtin, result.tier, lang).upper() in text
    assert theme_label(builtin, "grief", lang) in text
    other_grief = theme_label(builtin, "grief", OTHER[lang])
    assert other_grief != theme_label(builtin, "grief", lang) and other_grief not in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_handout_is_in_the_language_it_is_given(builtin: Catalog, lang: Lang) -> None:
    result = _result(builtin, "nl")
    page = handout_markdown(builtin, result, lang, MONDAY_2PM)
    title = {"nl": "Jouw vervolgstappen", "en": "Your next steps"}
    assert page.startswith("# " + title[lang]) and title[OTHER[lang]] not in page
    first = next(r for r in result.referrals if r.role != "crisis").offering
    assert first.name.get(lang) in page
