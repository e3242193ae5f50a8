"""Drawing on a terminal: the only layer that imports Rich.

``common`` (shared Rich helpers and catalogue views), ``screen`` and ``result`` (the result
that fits one screen first), ``terminal`` (the ``ask`` callable of the interview),
``batch`` (the batch table), ``report`` (bar charts) and ``encoding`` (legacy terminals).
"""
