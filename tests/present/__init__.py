"""Tests of steunwijzer.present: interface texts in both languages."""
