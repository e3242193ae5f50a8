"""The Typer commands: the only layer that imports Typer.

``app`` declares the commands and dispatches; one module per command or command group
(``interview``, ``lookup``, ``batch``, ``report``, ``glossary``, ``catalog``,
``catalog_tools``, ``catalog_test``) parses options, calls the layers below and renders;
``common`` holds the shared options and the one handler that maps domain errors
(``steunwijzer.errors``) to exit codes.
"""
