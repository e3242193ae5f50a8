"""Tests of steunwijzer.catalog: YAML source, validation, layers, compiled form, tools."""
