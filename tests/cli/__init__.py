"""Tests of steunwijzer.cli: commands, options, start-up, and end-to-end safety."""
