"""Read an open framework library in YAML (CISO Assistant's format) safely, as the rows of an
outline sheet with the headers of that format's Excel `*_content` sheet.

The file is parsed with PyYAML's safe loader only (plain data, no Python objects), after its
size is checked, and its aliases are counted before anything is built from them, so that a
document of a few kilobytes cannot expand to billions of items ("billion laughs").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.library_details import LibraryDetails
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.read_errors import cannot_open, refused
from accredit_tracker.interchange.reading.sheet_rows import NUL, Row

YAML_SUFFIXES: Final = (".yaml", ".yml")
MAX_YAML_BYTES: Final = 64 * 1024 * 1024
"""The largest library file read; the largest published frameworks are a few megabytes."""
MAX_ALIASES: Final = 100
"""Aliases (`*name`) a library may use; the published ones use none."""
MAX_EXPANSION: Final = 10
"""How many times its own number of items a library may grow to through its aliases."""

SHEET_NAME: Final = "requirement_nodes"
HEADERS: Final = (
    "urn", "assessable", "depth", "ref_id", "name", "description", "annotation",
    "typical_evidence", "implementation_groups",
)  # fmt: skip
"""The header row: the columns of the library format's Excel `*_content` sheet."""

_NODES_PATH: Final = ("objects", "framework", "requirement_nodes")
_LIBRARY_KEYS: Final = ("name", "version", "provider", "locale", "copyright")


@dataclass(frozen=True)
class YamlLibrary:
    """A YAML library as a sheet: the header row, then one row per requirement node in tree
    order (each numbered by the line of the file where the node starts)."""

    rows: list[Row]
    details: LibraryDetails


def is_yaml_name(path: Path) -> bool:
    return path.suffix.lower() in YAML_SUFFIXES


def read_yaml_library(path: Path, file: str, *, max_bytes: int = MAX_YAML_BYTES) -> YamlLibrary:
    """Parse a YAML framework library into outline rows and the library's details.

    Raises :class:`SpreadsheetError` for a file too large, aliases beyond the limits, YAML
    that does not parse, and a document that is not a framework library; nothing of it is
    kept then.
    """
    data, lines = _load(path, file, max_bytes)
    if not isinstance(data, dict):
        raise _not_a_library(file)
    framework = _mapping(_mapping(data.get("objects")).get("framework"))
    nodes = framework.get("requirement_nodes")
    if not isinstance(nodes, list) or not nodes:
        raise _not_a_library(file)
    details = LibraryDetails(
        **{key: _text(data.get(key) or framework.get(key) or "") for key in _LIBRARY_KEYS}
    )
    return YamlLibrary(_outline_rows(file, nodes, lines), details)


def _load(path: Path, file: str, max_bytes: int) -> tuple[Any, list[int]]:
    """The document's data, and the line (1-based) where each requirement node starts."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            message = translate(
                "Import",
                "The file is larger than {limit}, the most a standards library may have; it "
                "was refused for safety.",
            ).format(limit=_size_text(max_bytes))
            raise refused(file, message)
        content = path.read_bytes()
    except OSError as exc:
        raise cannot_open(file, exc) from None
    loader = yaml.CSafeLoader(content)
    try:
        root = loader.get_single_node()
        if root is None:
            raise _not_a_library(file)
        _check_aliases(file, root)
        return loader.construct_document(root), _node_lines(root)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = (
            translate("Import", "line {line}, column {column}").format(
                line=mark.line + 1, column=mark.column + 1
            )
            if mark is not None
            else ""
        )
        message = translate("Import", "The file is not valid YAML ({where}: {problem}).").format(
            where=where, problem=error.problem or error.context or ""
        )
        raise SpreadsheetError([Problem(file, message)]) from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        message = translate("Import", "The file is not valid YAML ({problem}).").format(
            problem=" ".join(str(error).split())
        )
        raise SpreadsheetError([Problem(file, message)]) from None
    finally:
        loader.dispose()


def _check_aliases(file: str, root: yaml.Node) -> None:
    """Refuse a document whose aliases are too many, refer to themselves, or make it grow.

    The composed document shares one node for an anchor and all its aliases, so its items
    are counted once each (the distinct nodes) and as often as building the data would
    repeat them (the expanded count), without expanding anything.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    aliases = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        if key in sizes:
            aliases += 1
            continue
        if key in on_path:
            message = translate(
                "Import",
                "The file has a YAML alias that contains itself, which a standards library "
                "never needs; it was refused for safety.",
            )
            raise refused(file, message)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    expanded = sizes[id(root)]
    if aliases > MAX_ALIASES or expanded > MAX_EXPANSION * len(sizes):
        message = translate(
            "Import",
            "The file uses YAML aliases (*name) {count:,} times, growing from {items:,} to "
            "{expanded:,} items; a standards library needs at most {limit} and must not grow. "
            "It was refused for safety.",
        ).format(count=aliases, items=len(sizes), expanded=expanded, limit=MAX_ALIASES)
        raise refused(file, message)


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        yield from node.value
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value


def _node_lines(root: yaml.Node) -> list[int]:
    node: yaml.Node | None = root
    for name in _NODES_PATH:
        if not isinstance(node, yaml.MappingNode):
            return []
        node = next((v for k, v in node.value if getattr(k, "value", None) == name), None)
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


@dataclass
class _Node:
    row: int
    urn: str
    parent_urn: str
    depth_text: str
    cells: dict[str, str]
    children: list[_Node]
    depth: int = 0


def _outline_rows(file: str, items: list[Any], lines: list[int]) -> list[Row]:
    """The header row and one row per node, parents before their children.

    A node's parent is the node its `parent_urn` names; without one, a node with a `depth`
    of 2 or more belongs to the last node above it one level up, as in the Excel form. Its
    depth is worked out from the tree, so a missing `depth` is no problem.
    """
    problems: list[Problem] = []
    nodes: list[_Node] = []
    previous = 1  # the header row
    for index, item in enumerate(items):
        # Rows numbered by the node's line, kept unique and after the header for any layout.
        row = max(lines[index] if index < len(lines) else 0, previous + 1)
        previous = row
        if not isinstance(item, dict):
            message = translate("Import", "requirement node {number} is not a mapping of keys.")
            problems.append(Problem(file, message.format(number=index + 1), SHEET_NAME, row))
            continue
        cells = {name: _text(item.get(name)) for name in HEADERS}
        assessable = item.get("assessable")
        if isinstance(assessable, bool) or assessable is None:
            cells["assessable"] = "x" if assessable else ""  # as the Excel form marks it
        # any other value ("yes", "x") is read by the outline reader, which says if it is not one
        nodes.append(
            _Node(row, cells["urn"], _text(item.get("parent_urn")), cells["depth"], cells, [])
        )
    by_urn: dict[str, _Node] = {}
    for node in nodes:
        if node.urn:
            by_urn.setdefault(node.urn, node)
    roots: list[_Node] = []
    last_at_depth: dict[int, _Node] = {}
    for node in nodes:
        parent = _parent(file, node, by_urn, last_at_depth, problems)
        (roots if parent is None else parent.children).append(node)
        # The level the file gives, or one below the parent's, places the nodes that follow.
        if node.depth_text.isdigit():
            node.depth = int(node.depth_text)
        else:
            node.depth = parent.depth + 1 if parent is not None and parent.depth else 1
        last_at_depth[node.depth] = node
    ordered = list(_tree_order(roots))
    reached = {id(node) for node in ordered}
    for node in nodes:
        if id(node) not in reached:
            message = translate(
                "Import", "the parent_urn chain of {urn} comes back to itself."
            ).format(urn=node.urn)
            problems.append(Problem(file, message, SHEET_NAME, node.row))
    if problems:
        raise SpreadsheetError(problems)
    rows: list[Row] = [(1, list(HEADERS))]
    for node in ordered:
        node.cells["depth"] = str(node.depth)  # from the tree, whatever the file said
        rows.append((node.row, [node.cells[name] for name in HEADERS]))
    return rows


def _parent(
    file: str,
    node: _Node,
    by_urn: dict[str, _Node],
    last_at_depth: dict[int, _Node],
    problems: list[Problem],
) -> _Node | None:
    if node.parent_urn:
        parent = by_urn.get(node.parent_urn)
        if parent is None or parent is node:
            message = translate(
                "Import", "parent_urn {urn} is not the urn of another requirement node."
            ).format(urn=node.parent_urn)
            problems.append(Problem(file, message, SHEET_NAME, node.row))
        return parent
    if node.depth_text.isdigit() and int(node.depth_text) > 1:
        return last_at_depth.get(int(node.depth_text) - 1)
    return None


def _tree_order(roots: list[_Node]) -> Iterator[_Node]:
    """Every node reached from the roots, parents first, each given its depth in the tree."""
    stack = [(root, 1) for root in reversed(roots)]
    while stack:
        node, depth = stack.pop()
        node.depth = depth
        yield node
        stack.extend((child, depth + 1) for child in reversed(node.children))


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    """A YAML value as the text of a cell: lists (implementation groups) joined by commas,
    as the format's Excel form writes them ("IG1,IG2")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(t for t in (_text(v) for v in value) if t)
    return str(value).replace(NUL, "").strip()


def _not_a_library(file: str) -> SpreadsheetError:
    message = translate(
        "Import",
        "The file is YAML but not a framework library: it has no "
        "objects → framework → requirement_nodes list.",
    )
    return SpreadsheetError([Problem(file, message)])


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("Import", "{size:,.0f} MB").format(size=size / (1024 * 1024))
    if size >= 1024:
        return translate("Import", "{size:,.0f} KB").format(size=size / 1024)
    return translate("Import", "{size:,} bytes").format(size=size)
