"""Read a catalogue file event by event, handing over each entry as soon as it is read.

``yamlsource.parse_yaml`` lets libyaml compose the whole file into a graph of nodes
(about 60 times the file's size in memory) and then builds the data from it. Here the
same libyaml parser's *events* are turned straight into the same ``MarkedMap`` and
``MarkedList`` values, and each item of an entry section (``offerings: [...]``) is given
to a callback and dropped: memory holds one entry at a time, not the file's node graph.

The result is the one ``parse_yaml`` gives, error for error:

- an error of the YAML syntax, an undefined alias or a duplicate anchor (found while
  composing, so before anything is built) wins over an error found while building
  (a duplicate key, a key that is not text, an alias used, nesting too deep, a tag
  that cannot be built); after a building error the rest of the file is still read
  for such errors, exactly as composing the whole file first would find them;
- a file holds one document; the same checks, in the same order, say so;
- the rare constructs that need the whole tree (a merge key ``<<``) raise
  ``NeedsWholeTree``: the caller then parses the file the old way.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from steunwijzer.catalog.yamlevents import MAP as _MAP
from steunwijzer.catalog.yamlevents import PLAIN_TAGS as _PLAIN_TAGS
from steunwijzer.catalog.yamlevents import SEQ as _SEQ
from steunwijzer.catalog.yamlevents import STR as _STR
from steunwijzer.catalog.yamlevents import EventSource
from steunwijzer.catalog.yamlsource import (
    MAX_DEPTH,
    Mark,
    MarkedList,
    MarkedMap,
    TooManyValues,
    YamlSourceError,
    source_error,
)

_MERGE = "tag:yaml.org,2002:merge"
_VALUE = "tag:yaml.org,2002:value"
_RESOLVE_MEMO_LIMIT = 4096
_SHARED_LIMIT = 8192  # distinct strings kept to share
_SHARED_LENGTH = 40  # longer texts rarely repeat

OnEntry = Callable[[str, int, Any, Mark], None]

_NUMBERS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


class NeedsWholeTree(Exception):
    """The file uses a construct only the whole-tree loader builds (a merge key)."""


class _Reader(EventSource):
    """Builds values from libyaml's events; see the module docstring."""

    def __init__(self, source: bytes | str, kind: str) -> None:
        super().__init__(source, kind)
        self.resolvers = self.loader.yaml_implicit_resolvers
        self.memo: dict[str, str] = {}  # plain scalar -> its resolved tag
        # One copy of each key and short value: a catalogue repeats them on every entry,
        # and those read first (the keys, nl/en, tiers, themes) are the ones that repeat.
        self.strings: dict[str, str] = {}

    # --- building: what the marking loader builds from each node ---------------------

    def build(self, event: Any, depth: int) -> Any:
        cls = event.__class__
        if cls is ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                if not event.implicit[0]:
                    return event.value
                tag = self.resolve(event.value)
            if tag == _STR:
                if depth > MAX_DEPTH:
                    raise YamlSourceError(f"nesting deeper than {MAX_DEPTH} levels", *_at(event))
                return event.value
            return self.construct(self.scalar_node(event, tag), depth)
        if cls is AliasEvent:
            raise YamlSourceError(
                f"anchors and aliases (&name, *name) are not supported in {self.kind}; "
                "write the value out in full",
                *_mark(self.anchors[event.anchor]),
            )
        if depth > MAX_DEPTH:
            raise YamlSourceError(f"nesting deeper than {MAX_DEPTH} levels", *_at(event))
        tag = event.tag
        if cls is MappingStartEvent:
            if tag in _PLAIN_TAGS or tag == _MAP:
                return self.mapping(event, depth)
        elif tag in _PLAIN_TAGS or tag == _SEQ:
            return self.sequence(event, depth)
        return self.construct(self.compose(event, {}, depth), depth)

    def resolve(self, value: str) -> str:
        """The tag of an untagged plain scalar, as the resolver gives it."""
        if value[:1] not in self.resolvers:
            return _STR
        tag = self.memo.get(value)
        if tag is None:
            tag = self.loader.resolve(ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
            if len(self.memo) < _RESOLVE_MEMO_LIMIT and len(value) < 40:
                self.memo[value] = tag
        return tag

    def share(self, text: str) -> str:
        """The one copy of ``text`` (kept while there is room)."""
        if len(self.strings) < _SHARED_LIMIT:
            self.strings[text] = text
        return text

    def key(self, event: Any, depth: int) -> str:
        """A mapping key: built like a value, then it must be text."""
        if event.__class__ is ScalarEvent:
            tag = event.tag
            if tag in _PLAIN_TAGS and event.implicit[0]:
                tag = self.resolve(event.value)
            if tag == _MERGE:
                raise NeedsWholeTree
            if tag == _VALUE and depth <= MAX_DEPTH:
                return event.value  # the key '=' is the text "=" (flatten_mapping)
        key = self.build(event, depth)
        if not isinstance(key, str):
            # YAML 1.1 reads unquoted yes/no/on/off and numbers as non-strings.
            raise YamlSourceError(
                f"keys must be text, got {key!r}; put the key in quotes", *_at(event)
            )
        return key

    # The two loops below are the hot path: an untagged scalar without an anchor (nearly
    # every key and value) is read here, anything else goes through composed() and build().

    def mapping(self, start: Any, depth: int) -> MarkedMap:
        hold = self.hold
        hold(start)
        result = MarkedMap()
        result.mark = _at(start)
        key_marks, value_marks = result.key_marks, result.value_marks
        get, composed, build, resolve = self.get_event, self.composed, self.build, self.resolve
        strings = self.strings
        inner = depth + 1
        fast = inner <= MAX_DEPTH
        while True:
            event = get()
            if (
                fast
                and event.__class__ is ScalarEvent
                and event.anchor is None
                and event.tag is None
                and event.implicit[0]
            ):
                key = event.value
                if resolve(key) != _STR:
                    key = self.key(event, inner)
                key = strings.get(key) or self.share(key)
            else:
                composed(event)
                if event.__class__ is MappingEndEvent:
                    return result
                key = self.key(event, inner)
            if key in result:
                raise YamlSourceError(f"duplicate key '{key}'", *_at(event))
            value_event = get()
            if (
                fast
                and value_event.__class__ is ScalarEvent
                and value_event.anchor is None
                and value_event.tag is None
            ):
                value = value_event.value
                if value_event.implicit[0] and (tag := resolve(value)) != _STR:
                    if tag in _NUMBERS:
                        result.texts[key] = value  # as written (yamlsource.MarkedMap)
                    value = self.construct(self.scalar_node(value_event, tag), inner)
                elif len(value) <= _SHARED_LENGTH:
                    value = strings.get(value) or self.share(value)
            else:
                value = build(composed(value_event), inner)
            result[key] = value
            hold(value_event)
            mark = event.start_mark
            key_marks[key] = (mark.line + 1, mark.column + 1)
            mark = value_event.start_mark
            value_marks[key] = (mark.line + 1, mark.column + 1)

    def sequence(self, start: Any, depth: int) -> MarkedList:
        hold = self.hold
        hold(start)
        result = MarkedList()
        result.mark = _at(start)
        marks = result.item_marks
        get, composed, build, resolve = self.get_event, self.composed, self.build, self.resolve
        strings = self.strings
        inner = depth + 1
        fast = inner <= MAX_DEPTH
        while True:
            event = get()
            if (
                fast
                and event.__class__ is ScalarEvent
                and event.anchor is None
                and event.tag is None
            ):
                value = event.value
                if event.implicit[0] and resolve(value) != _STR:
                    value = self.construct(self.scalar_node(event, resolve(value)), inner)
                elif len(value) <= _SHARED_LENGTH:
                    value = strings.get(value) or self.share(value)
            else:
                composed(event)
                if event.__class__ is SequenceEndEvent:
                    return result
                value = build(event, inner)
            result.append(value)
            hold(event)
            mark = event.start_mark
            marks.append((mark.line + 1, mark.column + 1))

    def entries(self, start: Any, section: str, on_entry: OnEntry) -> MarkedList:
        """Hand each item of an entry section over as it is read; keep only its marks."""
        placeholder = MarkedList()
        placeholder.mark = _at(start)
        index = 0
        while True:
            event = self.take()
            if event.__class__ is SequenceEndEvent:
                return placeholder
            before = self.held
            on_entry(section, index, self.build(event, 3), _at(event))
            self.held = before  # the entry is the caller's now: it is not held here
            index += 1

    def root(self, event: Any, sections: Collection[str], on_entry: OnEntry) -> Any:
        """The top-level mapping, streaming the entry sections; anything else is built."""
        if event.__class__ is not MappingStartEvent or event.tag not in (*_PLAIN_TAGS, _MAP):
            return self.build(event, 1)
        result = MarkedMap()
        result.mark = _at(event)
        while True:
            key_event = self.take()
            if key_event.__class__ is MappingEndEvent:
                return result
            key = self.key(key_event, 2)
            if key in result:
                raise YamlSourceError(f"duplicate key '{key}'", *_at(key_event))
            value_event = self.take()
            if (
                key in sections
                and value_event.__class__ is SequenceStartEvent
                and value_event.tag in (*_PLAIN_TAGS, _SEQ)
            ):
                result[key] = self.entries(value_event, key, on_entry)
            else:
                result[key] = self.build(value_event, 2)
            result.key_marks[key] = _at(key_event)
            result.value_marks[key] = _at(value_event)


def _mark(mark: Any) -> Mark:
    return (mark.line + 1, mark.column + 1)


def _at(event: Any) -> Mark:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1)


def stream_catalogue(
    source: bytes | str,
    sections: Collection[str],
    on_entry: OnEntry,
    kind: str = "catalogues",
) -> Any:
    """Parse one YAML document; each item of a top-level ``sections`` list goes to
    ``on_entry(section, index, value, mark)`` and is left out of the result (the list is
    an empty ``MarkedList`` with the list's mark). Raises YamlSourceError, or
    NeedsWholeTree for a file that needs ``parse_yaml``. ``on_entry`` may have been
    called for entries of a file that then fails: the caller drops what it got."""
    reader = _Reader(source, kind)
    try:
        reader.take()  # stream start
        event = reader.take()
        if event.__class__ is StreamEndEvent:
            return None
        first = reader.take()  # the document's root node
        failure: Exception | None = None
        try:
            top = reader.root(first, sections, on_entry)
        except TooManyValues:
            raise
        except (YamlSourceError, yaml.constructor.ConstructorError) as exc:
            failure = exc  # composing the rest may still find an error that comes first
            reader.drain()
        reader.take()  # document end
        after = reader.take()
        if after.__class__ is not StreamEndEvent:
            raise ComposerError(
                "expected a single document in the stream",
                first.start_mark,
                "but found another document",
                after.start_mark,
            )
        if failure is not None:
            raise failure
        return top
    except (YamlSourceError, NeedsWholeTree):
        raise
    except Exception as exc:
        error = source_error(exc, kind, source)
        if error is None:
            raise
        raise error from exc
    finally:
        reader.loader.dispose()
