"""Safe YAML loading that remembers where every key and value stands in its file.

PyYAML's safe loader (the libyaml ``CSafeLoader`` when available) builds plain data;
our subclass returns ``MarkedMap``/``MarkedList`` containers that also record the
1-based line and column of each key and value, so validation can say
``FILE:LINE:COLUMN``. Only the safe loaders are ever used: tags such as
``!!python/object`` are rejected, never constructed.
"""

from __future__ import annotations

import codecs
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is several times faster; fall back to the pure-Python parser.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# A catalogue is hand-written text; anything larger is a mistake or an attack, and
# parsing it would freeze a counsellor's terminal for minutes.
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
# Values held in memory at once (an entry of a streamed section is dropped once read).
# The file size cap does not bound memory: 15 MB of "[]," is 5 million empty lists and
# took 1.8 GB, and under a memory limit lost the acute result (a hostile round, round
# 42, F1). A real catalogue holds a few thousand values outside its entries.
MAX_HELD = 500_000

Mark = tuple[int, int]  # (line, column), both 1-based


class MarkedMap(dict[str, Any]):
    """A mapping that remembers where it, its keys and its values start."""

    __slots__ = ("key_marks", "mark", "texts", "value_marks")

    def __init__(self) -> None:
        super().__init__()
        self.mark: Mark = (1, 1)
        self.key_marks: dict[str, Mark] = {}
        self.value_marks: dict[str, Mark] = {}
        # A number's text as written: "version: 2026.10" read as the float 2026.1 and
        # came out as "2026.1" in every result (a hostile round, round 37, H7).
        self.texts: dict[str, str] = {}

    def key_at(self, key: str) -> Mark:
        return self.key_marks.get(key, self.mark)

    def value_at(self, key: str) -> Mark:
        return self.value_marks.get(key, self.key_at(key))


class MarkedList(list[Any]):
    """A sequence that remembers where it and each item start."""

    __slots__ = ("item_marks", "mark")

    def __init__(self) -> None:
        super().__init__()
        self.mark: Mark = (1, 1)
        self.item_marks: list[Mark] = []

    def item_at(self, index: int) -> Mark:
        return self.item_marks[index] if index < len(self.item_marks) else self.mark


class YamlSourceError(Exception):
    """A file could not be read or parsed; carries the 1-based position."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class TooManyValues(YamlSourceError):
    """More than MAX_HELD values: reading on (for an earlier syntax error) would cost
    what the limit is there to save."""


def _mark(node: yaml.Node) -> Mark:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _MarkingLoader(_BaseLoader):
    """Safe loader whose mappings and sequences keep their source positions."""

    def __init__(self, stream: str, kind: str = "catalogues") -> None:
        super().__init__(stream)
        self._depth = 0
        self.kind = kind
        self.keep_duplicates = False

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # Aliases let a tiny file expand into a huge structure ("billion laughs") and
        # make an edit in one place change another; catalogues do not need them.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise YamlSourceError(
                f"anchors and aliases (&name, *name) are not supported in {self.kind}; "
                "write the value out in full",
                *_mark(node),
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlSourceError(f"nesting deeper than {MAX_DEPTH} levels", *_mark(node))
            return super().construct_object(node, deep=True)
        except (ValueError, OverflowError) as exc:
            if not isinstance(node, yaml.ScalarNode):
                raise
            # An unquoted 2026-13-45 reads as a date, !!int x as a number: neither exists.
            kind = node.tag.rsplit(":", 1)[-1].replace("timestamp", "date")
            raise YamlSourceError(
                f"YAML: '{node.value}' is not a valid {kind} ({exc}); put text in quotes",
                *_mark(node),
            ) from exc
        finally:
            self._depth -= 1

    def _construct_marked_map(self, node: yaml.MappingNode) -> MarkedMap:
        result = MarkedMap()
        result.mark = _mark(node)
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
            if not isinstance(key, str):
                # YAML 1.1 reads unquoted yes/no/on/off and numbers as non-strings.
                raise YamlSourceError(
                    f"keys must be text, got {key!r}; put the key in quotes",
                    *_mark(key_node),
                )
            if key in result:
                if not self.keep_duplicates:
                    raise YamlSourceError(f"duplicate key '{key}'", *_mark(key_node))
                from steunwijzer.core.jsonin import Alternatives

                held = result[key]
                alternatives = held if isinstance(held, Alternatives) else Alternatives([held])
                alternatives.append(self.construct_object(value_node))
                result[key] = alternatives
                continue
            result[key] = self.construct_object(value_node)
            if isinstance(value_node, yaml.ScalarNode) and value_node.tag.endswith(
                (":int", ":float")
            ):
                result.texts[key] = value_node.value
            result.key_marks[key] = _mark(key_node)
            result.value_marks[key] = _mark(value_node)
        return result

    def _construct_marked_list(self, node: yaml.SequenceNode) -> MarkedList:
        result = MarkedList()
        result.mark = _mark(node)
        for item in node.value:
            result.append(self.construct_object(item))
            result.item_marks.append(_mark(item))
        return result


_MarkingLoader.add_constructor(
    "tag:yaml.org,2002:map",
    _MarkingLoader._construct_marked_map,
)
_MarkingLoader.add_constructor(
    "tag:yaml.org,2002:seq",
    _MarkingLoader._construct_marked_list,
)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: loading creates many objects and no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_source(path: Path, kind: str = "catalogues") -> bytes | str:
    """Read a file and check that it is text: UTF-8 comes back as its bytes (libyaml
    reads them as they are, a BOM included), UTF-16 with a BOM decoded to a string."""
    try:
        # Read at most one byte more than the limit: a pipe has no size to check first.
        # A regular file is read in one piece of its own size (not a 16 MiB buffer).
        with path.open("rb") as handle:
            size = min(os.fstat(handle.fileno()).st_size, MAX_FILE_BYTES)
            data = handle.read(size + 1)
            if len(data) > size:  # a pipe, or a file that grew: read on up to the limit
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise YamlSourceError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise YamlSourceError(
            f"file is too large for {kind} (more than {MAX_FILE_BYTES // 1_048_576} MiB)"
        )
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # Before UTF-16: UTF-32-LE's mark starts with UTF-16-LE's, and its text was read as
        # "invisible control character U+0000" (a hostile round, round 45).
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as exc:
            raise YamlSourceError("file is not valid UTF-32; save it as UTF-8") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows editors save "Unicode" text as UTF-16; it is text, not binary.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise YamlSourceError("file is not valid UTF-16; save it as UTF-8") from exc
    if _looks_utf16(data):
        raise YamlSourceError("file is UTF-16 text without a byte order mark; save it as UTF-8")
    if _looks_utf32(data):
        raise YamlSourceError("file is UTF-32 text without a byte order mark; save it as UTF-8")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise YamlSourceError("file is binary (contains NUL bytes), not YAML text", line)
    if not data.isascii():
        try:
            data.decode("utf-8")  # only to check it: the text itself is not kept
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise YamlSourceError(
                f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8",
                line,
            ) from exc
    return data


def read_text(path: Path, kind: str = "catalogues") -> str:
    """Read a file as UTF-8 text (a BOM is allowed; UTF-16 with a BOM is decoded)."""
    return as_text(read_source(path, kind))


def as_text(source: bytes | str) -> str:
    """The text of what ``read_source`` returned."""
    return source if isinstance(source, str) else source.decode("utf-8-sig")


def _looks_utf16(data: bytes) -> bool:
    """Mostly-ASCII text in UTF-16: every other byte of the start is a NUL."""
    head = data[:512]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) >= len(odd) * 0.9 and not even.count(0)) or (
        even.count(0) >= len(even) * 0.9 and not odd.count(0)
    )


def _looks_utf32(data: bytes) -> bool:
    """Mostly-ASCII text in UTF-32: three of every four bytes of the start are NULs."""
    head = data[: len(data[:512]) // 4 * 4]
    if len(head) < 8:
        return False
    lanes = [head[i::4].count(0) / len(head[i::4]) for i in range(4)]
    return (min(lanes[1:]) >= 0.9 and lanes[0] < 0.5) or (min(lanes[:3]) >= 0.9 and lanes[3] < 0.5)


def parse_yaml(text: str, kind: str = "catalogues", keep_duplicates: bool = False) -> Any:
    """Parse one YAML document into marked containers; raises YamlSourceError.

    ``kind`` names what is read (plural) in messages: catalogues, answers files.
    ``keep_duplicates`` (only to salvage a refused answers file) keeps every value of a
    duplicated key as ``jsonin.Alternatives`` instead of refusing it.
    """
    _refuse_too_many(text, kind)
    loader = _MarkingLoader(text, kind)
    loader.keep_duplicates = keep_duplicates
    try:
        with paused_gc():
            node = loader.get_single_node()
            if node is None:
                return None
            return loader.construct_document(node)
    except YamlSourceError:
        raise
    except Exception as exc:
        error = source_error(exc, kind, text)
        if error is None:
            raise
        raise error from exc
    finally:
        loader.dispose()


_VALUE_EVENTS = (
    yaml.ScalarEvent,
    yaml.MappingStartEvent,
    yaml.SequenceStartEvent,
    yaml.AliasEvent,
)


def _refuse_too_many(text: str, kind: str) -> None:
    """Count the values before libyaml composes them all (MAX_HELD): composing is what
    costs the memory. A syntax error is left to the parse that follows."""
    loader = _MarkingLoader(text, kind)
    held = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, _VALUE_EVENTS):
                held += 1
                if held > MAX_HELD:
                    line, column = _mark(event)  # type: ignore[arg-type]
                    raise TooManyValues(
                        f"more than {MAX_HELD} values in one part of the file; "
                        f"{kind} hold far fewer",
                        line,
                        column,
                    )
            elif isinstance(event, yaml.StreamEndEvent):
                return
    except yaml.YAMLError:
        return
    finally:
        loader.dispose()


def source_error(
    exc: Exception, kind: str, source: bytes | str | None = None
) -> YamlSourceError | None:
    """The positioned error for what PyYAML raised while reading a file of ``kind``
    (None: not a YAML problem, let it propagate)."""
    if isinstance(exc, YamlSourceError):
        return exc
    if isinstance(exc, yaml.reader.ReaderError) and source is not None:
        return _control_character(exc, source)
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if exc.context and "constructor" in problem:
            problem = problem.split(";")[0]
        if "could not determine a constructor for the tag" in str(exc):
            tag = problem.rsplit(" ", 1)[-1].strip("'").replace("tag:yaml.org,2002:", "!!")
            problem = f"unsupported YAML tag {tag}: {kind} hold plain data only"
        elif problem.endswith("that cannot start any token") and mark and source is not None:
            # libyaml names no character: a tab said as such (a hostile round, round 34, H7)
            problem = _which_character(problem, source, mark.line, mark.column)
        elif "found another document" in problem:
            problem = "a file holds one YAML document here; remove the extra '---'"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return YamlSourceError(f"YAML: {problem}", line, column)
    if isinstance(exc, yaml.YAMLError):
        return YamlSourceError(f"YAML syntax: {exc}")
    if isinstance(exc, RecursionError):
        return YamlSourceError(f"nesting deeper than {MAX_DEPTH} levels")
    return None


def _which_character(problem: str, source: bytes | str, line: int, column: int) -> str:
    text = source.decode("utf-8", "replace") if isinstance(source, bytes) else source
    lines = text.splitlines()
    row = lines[line] if line < len(lines) else ""
    if column < len(row) and row[column] == "\t":
        return "a tab character; indent with spaces"
    return problem


_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 11: "VT", 12: "FF", 27: "ESC", 127: "DEL"}


def _control_character(exc: yaml.reader.ReaderError, source: bytes | str) -> YamlSourceError:
    """An invisible control character (a form feed or an ESC pasted from a PDF or a
    terminal) was reported at 1:1, in PyYAML's two English lines with a byte offset (a
    hostile round, round 20): its own line and column now, and its name."""
    position = max(0, int(exc.position))
    head = source[:position]
    before = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
    line = before.count("\n") + 1
    column = len(before) - before.rfind("\n")  # characters, not bytes, from the line start
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    name = _CONTROL_NAMES.get(code, "")
    said = f"U+{code:04X}" + (f" ({name})" if name else "")
    return YamlSourceError(f"invisible control character {said}; remove it", line, column)


def load_file(path: Path, kind: str = "catalogues") -> Any:
    """Read and parse one file."""
    return parse_yaml(read_text(path, kind), kind)
