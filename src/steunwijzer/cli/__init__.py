"""The Typer commands: the only layer that imports Typer.

``app`` declares the commands for one student (interview, lookup, tips, glossary) and
dispatches; ``cases`` declares the commands over many cases (batch, report); ``catalog``
the maintainer's group. Each command runs in its own module (``interview``, ``lookup``,
``batch``, ``report``, ``glossary``, ``catalog_tools``, ``catalog_test``), which calls the
layers below and renders. ``options`` declares every shared option once; ``common``
holds catalogue loading and the one handler that maps domain errors
(``steunwijzer.errors``) to exit codes.
"""
