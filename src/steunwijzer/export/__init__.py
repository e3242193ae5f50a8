"""Files made from a catalogue or a result: HTML, Markdown, CSV, HSDS, handout, report.

Every catalogue text is escaped for its format here; writing goes through ``io.files``.
``scaffold`` writes the starting files of ``catalog init``.
"""
