"""steunwijzer: a triage assistant for student counsellors.

The package is split by concern: catalogue loading and validation (``yamlsource``,
``schema``, ``validate``, ``catalog``), the interview engine (``conditions``,
``interview``), classification and referral matching (``triage``, ``referrals``),
batch I/O (``batch``), rendering (``render*``, the only modules that use Rich) and
the thin Typer layer (``cli*``).
"""

__version__ = "0.1.0"
