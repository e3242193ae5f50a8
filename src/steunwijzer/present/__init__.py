"""Words for people: the interface language is chosen here, and only here.

The core returns language-neutral results (ids and bilingual ``Text``); the CLI decides
the language (``--lang``; the handout's is the student's) and passes it to this layer
and the ones above it, which pick one side of each text.

``texts`` (interface texts in Dutch and English), ``labels`` (catalogue data in one
language: tier and theme labels, answers, offering texts, the crisis lines in one line),
``messages`` and ``diagnostics`` (errors and catalogue diagnostics in the interface
language), ``explain`` (reasons as the counsellor's sentences), ``phrasing`` (contact,
hours and wait), ``layout`` (word wrapping that never splits a contact) and
``report_texts``.
"""
