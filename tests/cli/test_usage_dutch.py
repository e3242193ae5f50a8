"""Click's usage errors in the interface language (cli/click_nl.py, present/
messages_click.py): under Dutch, the one screen left in English was a mistyped option."""

from __future__ import annotations

import pytest

from steunwijzer.cli.app import run

BAD_LINES = [
    (["lookup", "--theme", "sleep", "--at", "gisteren"], "ongeldige waarde voor '--at'"),
    (["lookup", "--thema", "sleep"], "onbekende optie: --thema"),
    (["lookup", "--theme"], "optie '--theme' vraagt een waarde"),
    (["lookup", "--theme", "sleep", "extra"], "onverwachte extra woorden (extra)"),
    (["lookup", "--theme", "sleep", "--limit", "0"], "valt buiten het bereik"),
    (["batch", "x.jsonl", "--format", "xml"], "'xml' is niet een van"),
    (["report"], "ontbrekend argument 'INPUT...'"),
    (["catalog", "validat"], "Bedoel je 'validate'?"),
]


@pytest.mark.parametrize(("args", "said"), BAD_LINES)
def test_usage_errors_are_dutch_by_default(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each line was English ("Error: Invalid value for ...") before round 13."""
    monkeypatch.delenv("STEUNWIJZER_LANG", raising=False)
    assert run(args) == 2
    err = capsys.readouterr().err
    assert "Fout: " in err and said in err, err
    assert "Error:" not in err and "Usage:" not in err and "for help" not in err


def test_the_usage_lines_are_dutch_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lookup", "--thema", "sleep", "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "Gebruik: steunwijzer lookup [OPTIONS]" in err
    assert "Zie 'steunwijzer lookup -h' voor hulp." in err


def test_usage_errors_stay_english_under_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lookup", "--theme", "sleep", "--at", "gisteren", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Error: Invalid value for '--at'" in err and "Fout" not in err


def test_the_environment_language_counts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEUNWIJZER_LANG", "en")
    assert run(["lookup", "--thema", "sleep"]) == 2
    assert "Error: No such option" in capsys.readouterr().err


def test_nothing_after_the_command_inherits_dutch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wrapped ``show`` answers in the language of the line being run; after it,
    English again (a test run in the same process saw Dutch otherwise)."""
    from typer.testing import CliRunner

    from steunwijzer.cli.app import app

    monkeypatch.delenv("STEUNWIJZER_LANG", raising=False)
    assert run(["lookup", "--thema", "sleep"]) == 2
    capsys.readouterr()
    result = CliRunner().invoke(app, ["lookup", "--thema", "sleep"])
    assert result.exit_code == 2 and "No such option" in result.output


def test_help_stays_whole_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["lookup", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Usage: steunwijzer lookup") and "Gebruik" not in out


def test_an_acute_line_refused_still_shows_its_crisis_lines_in_dutch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STEUNWIJZER_LANG", raising=False)
    assert run(["lookup", "--text", "ik wil dood", "--at", "morgen"]) == 2
    captured = capsys.readouterr()
    assert "Fout: ongeldige waarde voor '--at'" in captured.err
    assert "113" in captured.out
