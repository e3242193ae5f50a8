"""Words for people: the interface language is chosen here, and only here.

``texts`` (interface texts in Dutch and English), ``messages`` and ``diagnostics``
(errors and catalogue diagnostics in the interface language), ``explain`` (reasons as the
counsellor's sentences), ``layout`` (word wrapping that never splits a contact) and
``report_texts``.
"""
