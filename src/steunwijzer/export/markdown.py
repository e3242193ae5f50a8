"""The one Markdown writer, behind the catalogue's Markdown export and the handout.

A ``Page`` collects blocks (headings, paragraphs, cards, lists, the glossary) each
followed by a blank line. Catalogue text is escaped where it goes in
(``io.escape.md_escape``): a ``*`` or ``[link]`` in an offering's name is shown as
written, never as markup. Our own interface texts are Markdown already and go in as
they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from steunwijzer.core.glossary import terms_in
from steunwijzer.core.model import Catalog, Lang
from steunwijzer.io.escape import md_escape
from steunwijzer.present.texts import t


class Page:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def block(self, *lines: str) -> None:
        """Lines as they are, then a blank line."""
        self.lines += [*lines, ""]

    def heading(self, level: int, text: str) -> None:
        """A heading of our own text (escape catalogue text before)."""
        self.block(f"{'#' * level} {text}")

    def items(self, items: Iterable[tuple[str, str]], strong: bool = True) -> None:
        """A list of ``label: text``, both Markdown (escape catalogue text before)."""
        self.block(*(_item(label, text, strong) for label, text in items))

    def card(
        self,
        level: int,
        name: str,
        description: str,
        facts: Sequence[tuple[str, str]],
        lead: str | None = None,
        strong: bool = True,
    ) -> None:
        """One offering: its name as a heading, its description and an optional lead
        line in bold (catalogue text, escaped here), then its facts as ``label: text``
        (Markdown, as for ``items``)."""
        self.heading(level, md_escape(name))
        self.block(md_escape(description))
        if lead:
            self.block(f"**{md_escape(lead)}**")
        self.items(facts, strong)

    def glossary(self, catalog: Catalog, texts: Iterable[str], lang: Lang) -> None:
        """In English, each Dutch role or service name in ``texts`` explained in a line."""
        if lang != "en":
            return
        terms = terms_in(catalog, list(texts))
        if terms:
            self.heading(2, t("glossary_title", lang))
            self.items((md_escape(e.term), md_escape(e.text.get(lang))) for e in terms)

    def text(self) -> str:
        return "\n".join(self.lines)


def _item(label: str, text: str, strong: bool) -> str:
    return f"- **{label}:** {text}" if strong else f"- {label}: {text}"
