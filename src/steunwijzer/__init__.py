"""steunwijzer: a triage assistant for student counsellors.

The package is split into layers; a module imports only from the layers below its own
(checked by import-linter, see pyproject.toml)::

    cli        Typer commands, options, the one error handler
    export     HTML, Markdown, CSV, HSDS, handout, report page, catalog init
    render     Rich: screens, the interview's prompts, tables and charts
    io         batch cases and result rows, report input, safe file writing
    present    interface texts and messages in nl/en, reasons in words, layout;
               the one place a language is picked (the core's results have none)
    catalog    YAML catalogues: loading, validation, layers, compiled built-in
    core       the pure domain: model, safety floor, recogniser, triage, referrals,
               the interview engine
    errors     the one hierarchy of domain errors and exit codes
"""

__version__ = "0.2.0"
