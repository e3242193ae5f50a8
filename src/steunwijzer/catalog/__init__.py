"""Reading and checking catalogue files: the only layer that knows YAML.

``yamlsource`` (safe YAML with line numbers), ``spec`` (the format, declared once),
``fields`` (checking one mapping against its spec), ``merge`` (layers merged, references
checked), ``load`` (files of each layer to a frozen ``Catalog``), ``compiled`` (the built-in
catalogue compiled at build time), ``resources`` (where the built-in catalogue lives),
``jsonschema`` (the format as JSON Schema), and the maintainer's checks ``coverage``,
``lint`` and ``corpus`` (``catalog test``).
"""
