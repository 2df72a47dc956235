"""Reads the outline layout: a tree of rows by level or code prefix, turned into chapters."""

from __future__ import annotations

from dataclasses import dataclass, field

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.library.libraries import ChapterData, ElementData, StandardData
from accredit_tracker.interchange.standards.plan import ImportPlan
from accredit_tracker.interchange.standards.row_parser import RowParser, element_number_from

_TRUE = {"x", "yes", "y", "true", "1", "да", "ha", "✓", "✔", "+"}
_FALSE = {"", "no", "n", "false", "0", "нет", "yo'q", "-"}


@dataclass
class _Node:
    row: int
    depth: int
    code: str
    name: str
    description: str
    assessable: bool | None
    typical_evidence: str
    tags: str
    weight: float
    children: list[_Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.name and self.description and self.name != self.description:
            return f"{self.name}: {self.description}"
        return self.description or self.name


class OutlineParser(RowParser):
    """A tree given by a depth column, or by code prefixes ("PCI" ⊃ "PCI.3" ⊃ "PCI.3.1")."""

    def __init__(self, file: str, plan: ImportPlan) -> None:
        super().__init__(file, plan)
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.codes: dict[str, int] = {}
        self.by_depth = "depth" in self.fields
        self.has_assessable = "assessable" in self.fields

    def add(self, row: int, cells: list[str]) -> None:
        depth_text, code, name, description, assessable_text, evidence, tags, weight = cells
        if not (code or name or description):
            return
        assessable = self._assessable(row, assessable_text)
        if code:
            first = self.codes.setdefault(code, row)
            if first != row:
                message = translate("Import", "duplicate code {code} (first on row {first}).")
                self.problem(row, "code", message.format(code=code, first=first))
                return
        depth = self._depth(row, depth_text, code)
        if depth is None:
            return
        node = _Node(
            row,
            depth,
            code,
            name,
            description,
            assessable,
            evidence,
            tags,
            self.weight(row, weight),
        )
        if not self.by_depth and not code:
            # Without levels, an uncoded row is an element of the last coded row above it.
            if self.stack:
                self.stack[-1].children.append(node)
            else:
                message = translate("Import", "the first row of the outline needs a code.")
                self.problem(row, "code", message)
            return
        while self.stack and self.stack[-1].depth >= depth:
            self.stack.pop()
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.roots.append(node)
        self.stack.append(node)

    def _assessable(self, row: int, text: str) -> bool | None:
        if not self.has_assessable:
            return None
        text = text.casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        message = translate("Import", "expected yes/no (or x / empty), found '{text}'.")
        self.problem(row, "assessable", message.format(text=text))
        return None

    def _depth(self, row: int, text: str, code: str) -> int | None:
        if self.by_depth:
            if not text.isdigit() or int(text) < 1:
                message = translate("Import", "expected a level of 1 or more, found '{text}'.")
                self.problem(row, "depth", message.format(text=text))
                return None
            depth = int(text)
            deepest = self.stack[-1].depth + 1 if self.stack else 1
            if depth > deepest:
                self.problem(
                    row,
                    "depth",
                    translate(
                        "Import", "level {depth} follows level {above}; expected at most {deepest}."
                    ).format(depth=depth, above=deepest - 1, deepest=deepest),
                )
                return None
            return depth
        if not code:
            return self.stack[-1].depth + 1 if self.stack else 1
        while self.stack and not _is_prefix(self.stack[-1].code, code):
            self.stack.pop()
        return self.stack[-1].depth + 1 if self.stack else 1

    def finish(self) -> list[ChapterData]:
        chapters: list[ChapterData] = []
        for root in self.roots:
            if root.assessable:
                message = translate(
                    "Import", "a top-level row is a chapter and cannot be assessable."
                )
                self.problem(root.row, "assessable", message)
                continue
            chapter = ChapterData(root.code or root.name, root.name or root.description)
            self._collect(chapter, root, None, [])
            chapters.append(chapter)
        self.raise_problems(chapters)
        return chapters

    def _collect(
        self, chapter: ChapterData, node: _Node, standard: StandardData | None, sections: list[str]
    ) -> None:
        """Walk the tree under a chapter: a row with elements under it is a standard, an
        assessable row (or, without an assessable column, a leaf) is an element, and the rows
        in between are sections."""
        for child in node.children:
            if _is_element(child):
                if standard is None:
                    self.problem(
                        child.row,
                        "code",
                        translate(
                            "Import",
                            "this assessable row sits directly under its chapter; expected a "
                            "standard between them.",
                        ),
                    )
                    continue
                number = element_number_from(_strip_prefix(child.code, standard.code))
                standard.elements.append(
                    ElementData(
                        number or str(len(standard.elements) + 1),
                        child.text,
                        child.typical_evidence,
                        child.tags,
                        child.weight,
                    )
                )
                self._collect(chapter, child, standard, sections)
            elif not child.children or any(_is_element(g) for g in child.children):
                new = StandardData(child.code or child.name, child.text, " / ".join(sections))
                chapter.standards.append(new)
                self._collect(chapter, child, new, sections)
            else:
                self._collect(chapter, child, standard, [*sections, child.text])


def _is_element(node: _Node) -> bool:
    return node.assessable if node.assessable is not None else not node.children


def _is_prefix(parent: str, code: str) -> bool:
    return len(code) > len(parent) and code.startswith(parent) and not code[len(parent)].isalnum()


def _strip_prefix(code: str, parent: str) -> str:
    if parent and code.startswith(parent):
        return code[len(parent) :].lstrip(" .-:/")
    return code
