"""Files in and records out: batch cases, result rows, report inputs, safe writing.

``csvinput`` (CSV cases, header checked), ``batch`` (the streaming batch runner),
``records`` (every JSON/CSV shape of a result, one ``dumps``), ``row_schema`` (the shipped
JSON Schemas of batch rows), ``escape`` (control characters and CSV formula cells out of
every output), ``files`` (owner-only, atomic writes that touch only what they own) and the
cohort report (``report_input``, ``report``, ``report_json``).
"""
