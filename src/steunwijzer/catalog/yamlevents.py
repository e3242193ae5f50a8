"""The composing half of reading YAML event by event (see ``yamlstream``).

libyaml's composer checks, while it builds its node graph, that every alias names an
anchor met before and that no anchor is given twice; ``EventSource.take`` makes the same
checks on each event, so a file read event by event fails where composing it would. The
rare tagged collections (``!!set``, ``!!omap``, an unknown ``!tag``) are composed into
nodes here and built by PyYAML's own constructors, as the whole-tree loader builds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from steunwijzer.catalog.yamlsource import MAX_DEPTH, MAX_HELD, TooManyValues, _MarkingLoader

STR = "tag:yaml.org,2002:str"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
PLAIN_TAGS = (None, "!")


class EventSource:
    """libyaml's events with the composer's checks, and nodes for tagged collections."""

    def __init__(self, source: bytes | str, kind: str) -> None:
        self.loader = _MarkingLoader(source, kind)  # type: ignore[arg-type]
        self.kind = kind
        self.get_event: Callable[[], Any] = self.loader.get_event
        self.anchors: dict[str, Any] = {}  # anchor -> the start mark of its node
        self.open = 0  # collections started and not yet ended
        self.held = 0  # values built and not yet dropped (MAX_HELD)

    def hold(self, event: Any) -> None:
        """Count one more value held; refuse the file past MAX_HELD."""
        self.held += 1
        if self.held > MAX_HELD:
            mark = event.start_mark
            raise TooManyValues(
                f"more than {MAX_HELD} values in one part of the file; {self.kind} hold far fewer",
                mark.line + 1,
                mark.column + 1,
            )

    def take(self) -> Any:
        return self.composed(self.get_event())

    def composed(self, event: Any) -> Any:
        """Count collections, check aliases and note anchors, as composing does."""
        cls = event.__class__
        if cls is MappingStartEvent or cls is SequenceStartEvent:
            self.open += 1
        elif cls is MappingEndEvent or cls is SequenceEndEvent:
            self.open -= 1
            return event
        elif cls is AliasEvent:
            if event.anchor not in self.anchors:
                raise ComposerError(None, None, "found undefined alias", event.start_mark)
            return event
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            if anchor in self.anchors:
                raise ComposerError(
                    "found duplicate anchor; first occurrence",
                    self.anchors[anchor],
                    "second occurrence",
                    event.start_mark,
                )
            self.anchors[anchor] = event.start_mark
        return event

    def drain(self) -> None:
        """Read on to the end of the open collections, for the composer's errors."""
        while self.open > 0:
            self.take()

    def scalar_node(self, event: Any, tag: str) -> ScalarNode:
        return ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)

    def compose(self, start: Any, nodes: dict[str, Node], depth: int) -> Node:
        """The node graph of one tagged collection, as libyaml's composer makes it."""
        cls = start.__class__
        if cls is AliasEvent:
            if start.anchor not in nodes:
                # Anchored outside this collection: building it says "aliases are not
                # supported" at that anchor, as the whole-tree loader does.
                stand_in = ScalarNode(STR, "", self.anchors[start.anchor], None)
                nodes[start.anchor] = stand_in
                self.loader.constructed_objects[stand_in] = ""
            return nodes[start.anchor]
        tag = start.tag
        node: Node
        self.hold(start)
        if depth > MAX_DEPTH:
            # Building stops at this node ("nesting deeper than ..."): keep no more of it.
            if cls is not ScalarEvent:
                outer = self.open - 1
                while self.open > outer:
                    self.take()
            return ScalarNode(STR, "", start.start_mark, None)
        if cls is ScalarEvent:
            if tag in PLAIN_TAGS:
                tag = self.loader.resolve(  # type: ignore[no-untyped-call]
                    ScalarNode, start.value, start.implicit
                )
            node = self.scalar_node(start, tag)
        else:
            mapping = cls is MappingStartEvent
            if tag in PLAIN_TAGS:
                tag = MAP if mapping else SEQ
            items: list[Any] = []
            node = (MappingNode if mapping else SequenceNode)(tag, items, start.start_mark, None)
            if start.anchor is not None:
                nodes[start.anchor] = node
            end = MappingEndEvent if mapping else SequenceEndEvent
            while True:
                event = self.take()
                if event.__class__ is end:
                    node.end_mark = event.end_mark
                    break
                if mapping:
                    key = self.compose(event, nodes, depth + 1)
                    items.append((key, self.compose(self.take(), nodes, depth + 1)))
                else:
                    items.append(self.compose(event, nodes, depth + 1))
            return node
        if start.anchor is not None:
            nodes[start.anchor] = node
        return node

    def construct(self, node: Node, depth: int) -> Any:
        loader = self.loader
        loader._depth = depth - 1
        try:
            return loader.construct_object(node)
        finally:
            loader.constructed_objects.clear()
            loader.recursive_objects.clear()
