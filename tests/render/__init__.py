"""Tests of steunwijzer.render: what a counsellor sees on a terminal."""
