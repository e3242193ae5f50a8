"""Tests of steunwijzer.export: HTML, Markdown, CSV, HSDS and the handout."""
