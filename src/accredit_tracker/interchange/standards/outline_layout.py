"""Reads the outline layout: a tree of any depth, by level or code prefix, mapped onto the
chapters, standards and measurable elements that are scored.

The rules (README, "Standards lists of any depth"): a top-level row is a chapter; every
assessable row is a measurable element; an element's standard is its nearest ancestor below
the chapter that is not itself assessable, and an assessable row with no such ancestor is a
standard with itself as its first element; the headings between a standard and its element
are the element's section path; rows with nothing assessable under them are guidance text of
the row above them, never standards of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.library.libraries import (
    ChapterData,
    ElementData,
    StandardData,
    element_code,
)
from accredit_tracker.interchange.standards.plan import ImportPlan
from accredit_tracker.interchange.standards.row_parser import RowParser, element_number_from

_TRUE = {"x", "yes", "y", "true", "1", "да", "ha", "✓", "✔", "+"}
_FALSE = {"", "no", "n", "false", "0", "нет", "yo'q", "-"}
# The marks as they are usually written, upper case included (checked before casefolding).
_TRUE |= {mark.upper() for mark in _TRUE} | {mark.title() for mark in _TRUE}
_FALSE |= {mark.upper() for mark in _FALSE} | {mark.title() for mark in _FALSE}
MAX_DEPTH = 64  # deeper than any published list; beyond it a file is taken as damaged

# How a code is made for a row that has none, in English (translated in context "Import").
CHAPTER_RULE = QT_TRANSLATE_NOOP(
    "Import", "a chapter with no code is numbered by its place among the chapters"
)
STANDARD_RULE = QT_TRANSLATE_NOOP(
    "Import", "a standard with no code takes its chapter's code and its place in the chapter"
)
ELEMENT_RULE = QT_TRANSLATE_NOOP(
    "Import", "an element with no code takes its standard's code, “ME” and its place in it"
)


@dataclass(eq=False, slots=True)
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
    guidance: str
    attributes: dict[str, str]
    children: list[_Node] = field(default_factory=list)
    is_element: bool = False
    has_element: bool = False  # itself or a row under it is an element

    @property
    def text(self) -> str:
        if self.name and self.description and self.name != self.description:
            return f"{self.name}: {self.description}"
        return self.description or self.name

    @property
    def heading(self) -> str:
        """How the row is named in a section path: its code and name."""
        title = self.name or _first_line(self.description)
        return " ".join(part for part in (self.code, title) if part)


class OutlineParser(RowParser):
    """A tree given by a depth column, or by code prefixes ("PCI" ⊃ "PCI.3" ⊃ "PCI.3.1")."""

    def __init__(self, file: str, plan: ImportPlan) -> None:
        super().__init__(file, plan)
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.codes: dict[str, int] = {}
        self.made: set[str] = set()
        self.by_depth = "depth" in self.fields
        self.has_assessable = "assessable" in self.fields

    def add(self, row: int, cells: list[str], attributes: dict[str, str]) -> None:
        (
            depth_text, code, name, description, assessable_text, evidence, tags, weight,
            guidance,
        ) = cells  # fmt: skip
        if not (code or name or description or guidance):
            return
        # The common cells are decided here; anything else goes to the checks that explain.
        if not self.has_assessable:
            assessable: bool | None = None
        elif assessable_text in _TRUE:
            assessable = True
        elif assessable_text in _FALSE:
            assessable = False
        else:
            assessable = self._assessable(row, assessable_text)
        if code:
            first = self.codes.setdefault(code, row)
            if first != row:
                message = translate("Import", "duplicate code {code} (first on row {first}).")
                self.problem(row, "code", message.format(code=code, first=first))
                return
        stack = self.stack
        if (
            self.by_depth
            and depth_text.isdigit()
            and 1 <= (depth := int(depth_text)) <= (stack[-1].depth + 1 if stack else 1)
            and depth <= MAX_DEPTH
        ):
            pass  # a level that follows the one above: the common case
        else:
            found = self._depth(row, depth_text, code)
            if found is None:
                return
            depth = found
        node = _Node(
            row,
            depth,
            code,
            name,
            description,
            assessable,
            evidence,
            tags,
            self.weight(row, weight) if weight else 1.0,
            guidance,
            attributes,
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
        elif not code:
            depth = self.stack[-1].depth + 1 if self.stack else 1
        else:
            while self.stack and not _is_prefix(self.stack[-1].code, code):
                self.stack.pop()
            depth = self.stack[-1].depth + 1 if self.stack else 1
        if depth > MAX_DEPTH:
            message = translate("Import", "level {depth} is deeper than the {most} levels read.")
            self.problem(
                row,
                "depth" if self.by_depth else "code",
                message.format(depth=depth, most=MAX_DEPTH),
            )
            return None
        return depth

    # -- mapping the tree onto chapters, standards and elements --------------------------------

    def finish(self) -> list[ChapterData]:
        for root in self.roots:
            _mark(root)
        chapters: list[ChapterData] = []
        for position, root in enumerate(self.roots, 1):
            code = root.code or self._made_code(root.row, str(position), CHAPTER_RULE)
            chapter = ChapterData(code, root.name or root.description)
            if root.is_element:
                standard = self._new_standard(chapter, root, [], [])
                self._add_element(standard, 0, root, [])
                self._walk(chapter, root, [], (standard, 0), [])
            else:
                guidance = _guidance_of(root)
                self._walk(chapter, root, [], None, guidance)
                if guidance and not chapter.standards:
                    message = translate(
                        "Import",
                        "the chapter has nothing assessable, so its text is not imported.",
                    )
                    self.note(root.row, "code", message)
            chapters.append(chapter)
        self.raise_problems(chapters)
        return chapters

    def _walk(
        self,
        chapter: ChapterData,
        node: _Node,
        path: list[_Node],
        holder: tuple[StandardData, int] | None,
        above: list[str],
    ) -> None:
        """Map the rows under ``node``: ``path`` holds the rows between the chapter and
        ``node`` (``node`` excluded when it is the chapter), ``holder`` the standard the
        assessable rows below belong to and where its row stands in the path, ``above`` the
        guidance of the headings above, for the standards below them."""
        if not node.has_element:
            return
        inner = path if node.depth == 1 else [*path, node]
        for child in node.children:
            if not child.has_element:
                continue  # guidance of node, taken with it
            if child.is_element:
                if holder is None:  # directly under the chapter: a standard of its own
                    standard = self._new_standard(chapter, child, inner, above)
                    child_holder = (standard, len(inner) + 1)
                else:
                    child_holder = holder
                self._add_element(*child_holder, child, inner)
                if child.children:
                    self._walk(chapter, child, inner, child_holder, above)
            elif any(grandchild.is_element for grandchild in child.children):
                standard = self._new_standard(chapter, child, inner, above)
                self._walk(chapter, child, inner, (standard, len(inner) + 1), [])
            else:
                self._walk(chapter, child, inner, holder, [*above, *_guidance_of(child)])

    def _new_standard(
        self, chapter: ChapterData, node: _Node, path: list[_Node], above: list[str]
    ) -> StandardData:
        code = node.code or self._made_code(
            node.row, f"{chapter.code}.{len(chapter.standards) + 1}", STANDARD_RULE
        )
        own = [] if node.is_element else _guidance_of(node)
        standard = StandardData(
            code,
            node.text,
            " / ".join(n.heading for n in path),
            guidance="\n\n".join([*above, *own]),
        )
        chapter.standards.append(standard)
        return standard

    def _add_element(
        self, standard: StandardData, start: int, node: _Node, path: list[_Node]
    ) -> None:
        code = node.code
        if code:
            parent = standard.code
            if code.startswith(parent):  # "PCI.1.a" under "PCI.1": the element's number is "a"
                number = element_number_from(code[len(parent) :].lstrip(" .-:/")) or code
            else:
                number = element_number_from(code) or code
        else:
            number = str(len(standard.elements) + 1)
            code = self._made_code(node.row, element_code(standard.code, number), ELEMENT_RULE)
        standard.elements.append(
            ElementData(
                number,
                node.text,
                node.typical_evidence,
                node.tags,
                node.weight,
                code,
                " / ".join(n.heading for n in path[start:]) if len(path) > start else "",
                "\n\n".join(_guidance_of(node)) if node.children or node.guidance else "",
                node.attributes,
            )
        )

    def _made_code(self, row: int, wanted: str, rule: str) -> str:
        """A code for a row that has none, unlike any code in the file; the user is told."""
        code, n = wanted, 1
        while code in self.codes or code in self.made:
            n += 1
            code = f"{wanted}-{n}"
        self.made.add(code)
        self.note_made_code(row, "code", code, rule)
        return code


def _mark(root: _Node) -> None:
    """Set which rows are elements and which have an element at or under them."""
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):  # children before their parents
        node.is_element = node.assessable if node.assessable is not None else not node.children
        node.has_element = node.is_element or any(c.has_element for c in node.children)


def _guidance_of(node: _Node) -> list[str]:
    """The row's own guidance cell and the text of the rows under it that hold nothing
    assessable, each a paragraph."""
    paragraphs = [node.guidance] if node.guidance else []
    for child in node.children:
        if not child.has_element:
            paragraphs.append("\n".join(_lines_of(child)))
    return paragraphs


def _lines_of(node: _Node) -> list[str]:
    line = " ".join(part for part in (node.code, node.text) if part)
    lines = [line] if line else []
    if node.guidance:
        lines.append(node.guidance)
    for child in node.children:
        lines.extend(_lines_of(child))
    return lines


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= 80 else line[:79] + "…"


def _is_prefix(parent: str, code: str) -> bool:
    return len(code) > len(parent) and code.startswith(parent) and not code[len(parent)].isalnum()
