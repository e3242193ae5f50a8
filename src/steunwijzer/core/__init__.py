"""The domain, pure: no printing, no files, no YAML, no Rich, no Typer.

The catalogue model (``model``), the safe condition language (``conditions``), opening
hours and the Dutch clock (``hours``, ``clock``, ``holidays_nl``), the safety floor
(``safety``, ``floor``: the screen, risk to life, crisis lines that no catalogue can
remove), free-text recognition (``recognise`` with ``patterns``, ``textcontext`` and the
built-in ``lexicon``), theme names (``vocabulary``, ``textnorm``), typed answers
(``answers``, ``numbers``, ``jsonin``), classification (``triage``), referral ranking
(``referrals``), the interview engine (``interview``: it asks through a callable) and
requests without an interview (``requests``, ``salvage``: the acute part of a refused
request). Everything returns frozen dataclasses.

No interface language: texts stay bilingual (``model.Text``) and results hold ids; the
only language the core takes is the student's (``student_lang``), because an offering
that speaks it ranks higher. Choosing the language a person reads is ``present``'s.
"""
