"""Tests of steunwijzer.io: batch, record shapes, the report, escaping, safe writes."""
