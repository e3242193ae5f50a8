"""`catalog init`: a starting point for an institution's own catalogue.

Either a copy of the built-in catalogue or, with ``--empty``, a minimal skeleton that
validates. Each file starts with comments, generated from the format's own key
descriptions, that explain the keys of the sections in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from steunwijzer.catalog.resources import builtin_catalog_dir
from steunwijzer.catalog.spec import SECTION_SPECS, SPECS
from steunwijzer.catalog.yamlsource import parse_yaml
from steunwijzer.errors import OutputError
from steunwijzer.io.files import write_folder

SKELETON = {
    "catalog.yaml": """\
schema_version: 1
catalog:
  name: Mijn instelling
  institution: Mijn instelling
  version: "1"
  last_reviewed: {today}
""",
    "themes.yaml": """\
schema_version: 1
# The six acute themes (suicidal_thoughts, self_harm, concern_for_other,
# unsafe_situation, dropout_risk, grief) always exist; add your own vocabulary of needs here.
themes:
  - id: suicidal_thoughts
    tier: acute
    label: {{nl: Zelfmoordgedachten, en: Suicidal thoughts}}
    synonyms: {{nl: [zelfmoord, suïcidaal], en: [suicide, suicidal]}}
""",
    "offerings.yaml": """\
schema_version: 1
# Start with the national crisis lines; add your institution's offer below them.
offerings:
  - id: 113-zelfmoordpreventie
    crisis: true
    provider: national
    name: {{nl: 113 Zelfmoordpreventie, en: 113 Suicide Prevention}}
    description:
      nl: Anoniem praten over zelfmoordgedachten, dag en nacht.
      en: Talk anonymously about suicidal thoughts, day and night.
    tiers: [acute]
    themes: [suicidal_thoughts]
    languages: [nl, en]
    contact: {{phone: ["113", "0800-0113"], url: "https://www.113.nl"}}
    hours: "24/7"
    cost: free
    waiting_time: none
    how_to_access:
      nl: Bel 113 of gratis 0800-0113, of chat via 113.nl.
      en: Call 113 or 0800-0113 (free), or chat via 113.nl.
  - id: 112-alarmnummer
    crisis: true
    provider: national
    name: {{nl: 112 Alarmnummer, en: 112 Emergency number}}
    description:
      nl: Bij direct gevaar voor iemands leven of veiligheid.
      en: When someone's life or safety is in immediate danger.
    tiers: [acute]
    themes: [suicidal_thoughts]
    languages: [nl, en]
    contact: {{phone: "112"}}
    hours: "24/7"
    cost: free
    waiting_time: none
    how_to_access: {{nl: Bel 112., en: Call 112.}}
""",
}


def key_comments(sections: list[str]) -> str:
    """Comment lines describing every key of the given sections."""
    lines = ["# Keys (see docs/catalog.md; `steunwijzer catalog validate DIR` checks them):"]
    for section in sections:
        spec = SPECS[SECTION_SPECS[section]]
        lines.append(f"#   {section}:")
        for field in spec.values():
            need = "required" if field.required else "optional"
            choices = f" One of: {', '.join(field.choices)}." if field.choices else ""
            about = f" {field.help}" if field.help else ""
            lines.append(f"#     {field.name} ({field.kind}, {need}).{about}{choices}")
    return "\n".join(lines) + "\n"


def init_catalog(target: Path, empty: bool, force: bool) -> list[Path]:
    """Write the starting catalogue into ``target``; returns the files written."""
    today = dt.date.today().isoformat()
    if empty:
        contents = {name: text.format(today=today) for name, text in SKELETON.items()}
    else:
        source = builtin_catalog_dir()
        contents = {p.name: p.read_text(encoding="utf-8") for p in sorted(source.glob("*.yaml"))}
    existing = [target / name for name in contents if (target / name).exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise OutputError(f"{names}: already exists; use --force to overwrite")
    # A folder is loaded whole: `init --empty --force` over a full catalogue kept the
    # old offering files beside the new ones, so the "empty" catalogue held every old
    # offering (a hostile round, round 52). Files it did not write are never removed.
    others = sorted(
        p.name
        for p in (target.iterdir() if target.is_dir() else ())
        if p.suffix in (".yaml", ".yml") and p.name not in contents
    )
    if others:
        raise OutputError(
            f"{target}: also holds {', '.join(others)}, which would be loaded with the new "
            "catalogue; move them away or choose another folder"
        )
    files: dict[str, str] = {}
    for name, text in contents.items():
        data = parse_yaml(text)
        sections = [k for k in SECTION_SPECS if isinstance(data, dict) and k in data]
        files[name] = key_comments(sections) + text
    # The one folder writer: all files or none, owner-only, nothing else touched.
    write_folder(target, files, force)
    return [target / name for name in files]
