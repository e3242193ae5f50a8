"""Click's usage errors (``Usage: ...``, ``Error: Invalid value for ...``) in Dutch.

Typer's copy of Click writes them in English; under a Dutch interface a mistyped option
was the one English screen left (noticed in round 12). The command line keeps its shape
("Usage:" lines are what people paste into a search): the words around it change. A
message not listed here stays in English, never an error.
"""

from __future__ import annotations

CLICK_MESSAGES: list[tuple[str, str]] = [
    ("Usage: {usage}", "Gebruik: {usage}"),
    ("Try '{command}' for help.", "Zie '{command}' voor hulp."),
    ("Error: {message}", "Fout: {message}"),
    ("Invalid value for {param}: {message}", "ongeldige waarde voor {param}: {message}"),
    ("Invalid value: {message}", "ongeldige waarde: {message}"),
    (
        "'{value}' does not match the formats {formats}.",
        "'{value}' is geen tijdstip in een van de vormen {formats} (bijv. 2026-11-30T14:00).",
    ),
    ("'{value}' does not match the format {format}.", "'{value}' past niet bij de vorm {format}."),
    ("'{value}' is not a valid int range.", "'{value}' is geen geldig heel getal."),
    ("'{value}' is not a valid integer.", "'{value}' is geen geldig heel getal."),
    ("'{value}' is not a valid float range.", "'{value}' is geen geldig getal."),
    ("'{value}' is not a valid float.", "'{value}' is geen geldig getal."),
    ("'{value}' is not a valid {kind}.", "'{value}' is geen geldig getal."),
    ("'{value}' is not one of {choices}.", "'{value}' is niet een van {choices}."),
    ("'{value}' is not {choice}.", "'{value}' is niet {choice}."),
    ("{value} is not in the range {range}.", "{value} valt buiten het bereik {range}."),
    (  # round 20: the one English phrase left in "--at 1899-..." (a hostile round)
        "give a moment between the years 1900 and 2999",
        "geef een tijdstip tussen de jaren 1900 en 2999",
    ),
    (
        "No such option: {name} (Possible options: {options})",
        "onbekende optie: {name} (mogelijke opties: {options})",
    ),
    ("No such option: {name} Did you mean {hint}?", "onbekende optie: {name} Bedoel je {hint}?"),
    ("No such option: {name}", "onbekende optie: {name}"),
    ("Option '{name}' requires an argument.", "optie '{name}' vraagt een waarde."),
    ("Option '{name}' requires {n} arguments.", "optie '{name}' vraagt {n} waarden."),
    ("Option '{name}' does not take a value.", "optie '{name}' neemt geen waarde."),
    ("Got unexpected extra argument(s) ({args})", "onverwachte extra woorden ({args})"),
    ("Got unexpected extra argument ({args})", "onverwacht extra woord ({args})"),
    ("Got unexpected extra arguments ({args})", "onverwachte extra woorden ({args})"),
    ("Missing argument '{name}'.", "ontbrekend argument '{name}'."),
    ("Missing option '{name}'.", "ontbrekende optie '{name}'."),
    ("No such command '{name}'.", "onbekende opdracht '{name}'."),
    ("{message} Did you mean '{hint}'?", "{message} Bedoel je '{hint}'?"),
    ("Missing command.", "er ontbreekt een opdracht."),
    (
        "give an INPUT file, a pipe or - for stdin",
        "geef een INPUT-bestand, een pipe of - voor stdin",
    ),
    ("use emotional or informational", "gebruik emotional of informational"),
    ("Aborted!", "Afgebroken."),
]
