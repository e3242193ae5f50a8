"""E-mail, phone and URL: the validator and the JSON Schema for editors agree.

Both read the patterns of core.formats; before, the schema had looser copies of its own
(it refused "(020) 123 45 67", which the validator accepts, and accepted
"https://www.113.nl:poort", which the validator refuses). The values are written the way
coordinators type them, not derived from the patterns.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from steunwijzer.catalog.jsonschema import catalog_json_schema
from steunwijzer.catalog.load import load_catalog

from ..conftest import MINIMAL, write

SCHEMA = Draft202012Validator(catalog_json_schema())
CONTACT = SCHEMA.schema["$defs"]["offering"]["properties"]["contact"]["properties"]

EMAILS = [
    "studentendecaan@hogeschool.example",
    "Info.Welzijn@uni-voorbeeld.nl",
    "psycholoog+intake@vu.example.org",
    "decanen@mail.hva.nl",
    "decaan@",
    "decaan@hogeschool",
    "de caan@hogeschool.nl",
    "<decaan@hogeschool.nl>",
    "decaan@@hogeschool.nl",
    "mailto:decaan@hogeschool.nl",
    "decaan@hogeschool..nl",
    "decaan@hogeschool.n",
]
URLS = [
    "https://www.113.nl",
    "https://www.mindkorrelatie.nl/chat",
    "http://intranet.hogeschool.example:8080/welzijn?taal=en",
    "https://uni-voorbeeld.nl/studentenpsycholoog#afspraak",
    "www.113.nl",
    "https://113",
    "https://-.nl/",
    "https:// www.113.nl",
    "ftp://bestanden.hogeschool.nl",
    "https://www.113.nl:poort",
    "113.nl/chat",
]
PHONES = [
    "113",
    "112",
    "0800-0113",
    "088 0767 000",
    "+31 20 123 4567",
    "(020) 123 45 67",
    "020-1234567",
    "14 020",
    "+32 2 555 12 12",
    "0900-1450",
    "bel 113",
    "020 123 456",
    "+31 (0)20 123 4567",
    "0201234567 of 0207654321",
    "++31201234567",
]


def validator_accepts(tmp_path: Path, key: str, value: str) -> bool:
    text = MINIMAL + f"    contact: {{{key}: '{value}'}}\n"
    return load_catalog([str(write(tmp_path, "c.yaml", text))]).catalog is not None


def schema_accepts(key: str, value: str) -> bool:
    return SCHEMA.evolve(schema=CONTACT[key]).is_valid(value)


@pytest.mark.parametrize(("key", "value"), [("email", v) for v in EMAILS])
def test_email_accepted_by_both_or_neither(tmp_path: Path, key: str, value: str) -> None:
    assert validator_accepts(tmp_path, key, value) == schema_accepts(key, value), value


@pytest.mark.parametrize(("key", "value"), [(k, v) for v in URLS for k in ("url", "chat")])
def test_web_link_accepted_by_both_or_neither(tmp_path: Path, key: str, value: str) -> None:
    assert validator_accepts(tmp_path, key, value) == schema_accepts(key, value), value


@pytest.mark.parametrize("value", PHONES)
def test_every_phone_number_the_validator_accepts_the_schema_accepts(
    tmp_path: Path, value: str
) -> None:
    """A pattern cannot count digits per country: the schema may be looser, never stricter."""
    if validator_accepts(tmp_path, "phone", value):
        assert schema_accepts("phone", value), value


def test_the_lists_hold_good_and_bad_values(tmp_path: Path) -> None:
    """The agreement above means something only with both kinds in each list."""
    for key, values in (("email", EMAILS), ("url", URLS), ("phone", PHONES)):
        verdicts = {validator_accepts(tmp_path, key, v) for v in values}
        assert verdicts == {True, False}, key
    assert schema_accepts("phone", "(020) 123 45 67")  # the old copy refused it
    assert not schema_accepts("url", "https://www.113.nl:poort")  # the old copy accepted it
    assert not schema_accepts("phone", "bel 113")
