"""Tests of steunwijzer.core: conditions, recognition, triage, referrals, the interview."""
