"""Reads a standards spreadsheet (flat or outline layout), validates it, and imports it."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from accredit_tracker.core.libraries import (
    ChapterData,
    ElementData,
    LibraryData,
    StandardData,
    element_code,
    import_library,
)
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.project import Project
from accredit_tracker.core.text import clean
from accredit_tracker.interchange.columns import (
    LAYOUTS,
    REQUIRED,
    header_key,
    label_of,
    match_headers,
    spec_of,
)
from accredit_tracker.interchange.problems import (
    Problem,
    SpreadsheetError,
    column_index,
    column_letter,
)
from accredit_tracker.interchange.spreadsheet_file import Sheet, open_spreadsheet

HEADER_SEARCH_ROWS = 30
MAX_PROBLEMS = 1000  # kept in memory; the message shows the first 50
LAYOUT_CHOICES = ("auto", "flat", "outline")
_ME_PREFIX = re.compile(r"^(?:ME|ИЭ|OE)\s*[.#№:]?\s*", re.IGNORECASE)
_TRUE = {"x", "yes", "y", "true", "1", "да", "ha", "✓", "✔", "+"}
_FALSE = {"", "no", "n", "false", "0", "нет", "yo'q", "-"}


@dataclass
class ImportOptions:
    """What the user may say about a file: which sheet, which layout, which column is what."""

    sheet: str | None = None
    layout: str = "auto"
    # column (a header text or a letter such as "D") → field name
    mapping: dict[str, str] = field(default_factory=dict)
    name: str | None = None
    publisher: str = ""
    edition: str = ""


@dataclass(frozen=True)
class ColumnPlan:
    letter: str
    header: str
    field: str | None


@dataclass
class ImportPlan:
    """The detected (or given) layout: which row holds the headers and what each column is."""

    sheet: str
    layout: str
    header_row: int
    columns: list[ColumnPlan]

    @property
    def fields(self) -> dict[str, int]:
        return {c.field: column_index(c.letter) for c in self.columns if c.field is not None}


@dataclass
class ReadResult:
    library: LibraryData
    plan: ImportPlan
    warnings: list[Problem]


@dataclass(frozen=True)
class ImportReport:
    library_id: int
    library: LibraryData
    plan: ImportPlan
    warnings: list[Problem]


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """``["D=standard_code", "Text=element_text"]`` → ``{"D": "standard_code", ...}``."""
    mapping: dict[str, str] = {}
    known = set(itertools.chain.from_iterable(_names(layout) for layout in LAYOUTS))
    for item in items:
        column, sep, name = item.partition("=")
        column, name = column.strip(), name.strip()
        if not sep or not column or not name:
            raise ValueError(f"'{item}' is not COLUMN=FIELD (for example D=standard_code).")
        if name not in known:
            raise ValueError(
                f"'{name}' is not a field; the fields are: {', '.join(sorted(known))}."
            )
        mapping[column] = name
    return mapping


def import_standards(
    project: Project,
    path: Path,
    options: ImportOptions | None = None,
    *,
    user: str,
    monitor: TaskMonitor | None = None,
) -> ImportReport:
    """Read, validate and store a standards file as a new library: all of it, or nothing."""
    monitor = monitor or quiet()
    result = read_standards(path, options, monitor=monitor)
    with project.transaction() as session:
        library_id = import_library(session, result.library, user=user, monitor=monitor)
    return ImportReport(library_id, result.library, result.plan, result.warnings)


def read_standards(
    path: Path, options: ImportOptions | None = None, *, monitor: TaskMonitor | None = None
) -> ReadResult:
    """Read and validate a standards file; :class:`SpreadsheetError` lists every problem."""
    options = options or ImportOptions()
    monitor = monitor or quiet()
    if options.layout not in LAYOUT_CHOICES:
        raise ValueError(f"Layout must be one of {', '.join(LAYOUT_CHOICES)}.")
    path = Path(path)
    with open_spreadsheet(path) as spreadsheet:
        try:
            plan, chapters = _read_sheet(
                path.name, spreadsheet.sheet(options.sheet), options, monitor
            )
        except SpreadsheetError as error:
            # What was noticed on the way (a renamed file, merged cells) often explains it.
            raise SpreadsheetError([*spreadsheet.warnings, *error.problems]) from None
        warnings = list(spreadsheet.warnings)
    name = clean(options.name or "") or path.stem
    library = LibraryData(
        name=name,
        chapters=chapters,
        publisher=clean(options.publisher),
        edition=clean(options.edition),
        source=path.name,
    )
    return ReadResult(library, plan, warnings)


def _read_sheet(
    file: str, sheet: Sheet, options: ImportOptions, monitor: TaskMonitor
) -> tuple[ImportPlan, list[ChapterData]]:
    rows = sheet.rows()
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
    plan = plan_import(file, sheet, head, options)
    parser = _FlatParser(file, plan) if plan.layout == "flat" else _OutlineParser(file, plan)
    data_rows = itertools.chain((r for r in head if r[0] > plan.header_row), rows)
    for count, (number, cells) in enumerate(data_rows, 1):
        if any(cells):
            parser.add(number, parser.values(cells))
        if count % 2000 == 0:
            monitor.report("Reading the standards file", count, 0)
    return plan, parser.finish()


def plan_import(
    file: str, sheet: Sheet, head: list[tuple[int, list[str]]], options: ImportOptions
) -> ImportPlan:
    """Find the header row among the first rows and decide the layout and each column's field."""
    explicit = options.mapping
    named = [k for k in explicit if not _is_letter(k)]
    layouts = _candidate_layouts(options.layout, set(explicit.values()))
    if not layouts:
        raise SpreadsheetError(
            [
                Problem(
                    file, "the --map fields mix the flat and the outline layout; use one of them."
                )
            ]
        )
    best: tuple[int, str, int, dict[int, str]] | None = None  # score, layout, row, columns
    for number, cells in head:
        keys = [header_key(c) for c in cells]
        if not any(keys) or not all(header_key(k) in keys for k in named):
            continue
        for layout in layouts:
            found = match_headers(cells, layout)
            score = len(found) + (2 if layout == "outline" and _is_outline(found) else 0)
            if best is None or score > best[0]:
                best = (score, layout, number, found)
    if best is None or (best[0] < 2 and not explicit):
        expected = " and ".join(f"'{label_of('flat', n)}'" for n in REQUIRED["flat"])
        where = f"in the first {HEADER_SEARCH_ROWS} rows"
        if named:
            where += " with the headers named in --map (" + ", ".join(named) + ")"
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    f"no header row was found {where}; expected column headers such as "
                    f"{expected}. Name the columns with --map COLUMN=FIELD if the headers differ.",
                    sheet=sheet.name,
                )
            ]
        )
    _, layout, header_row, columns = best
    header_cells = next(cells for n, cells in head if n == header_row)
    for column, name in explicit.items():
        index = (
            column_index(column)
            if _is_letter(column)
            else next(i for i, c in enumerate(header_cells) if header_key(c) == header_key(column))
        )
        columns = {i: f for i, f in columns.items() if f != name and i != index}
        columns[index] = name
    width = max([len(header_cells), *(i + 1 for i in columns)])
    plan = ImportPlan(
        sheet=sheet.name,
        layout=layout,
        header_row=header_row,
        columns=[
            ColumnPlan(
                column_letter(i), header_cells[i] if i < len(header_cells) else "", columns.get(i)
            )
            for i in range(width)
        ],
    )
    missing = [n for n in REQUIRED[layout] if n not in plan.fields]
    if missing:
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    f"no column for '{label_of(layout, name)}' in the header row; expected a "
                    f"header such as {_examples(layout, name)}, or name the column with "
                    f"--map COLUMN={name}.",
                    sheet=sheet.name,
                    row=header_row,
                )
                for name in missing
            ]
        )
    return plan


def _candidate_layouts(choice: str, mapped: set[str]) -> list[str]:
    """The layouts to try: the one asked for, or every layout that has all the mapped fields."""
    layouts = ["flat", "outline"] if choice == "auto" else [choice]
    return [layout for layout in layouts if mapped <= set(_names(layout))]


def _is_outline(found: dict[int, str]) -> bool:
    names = set(found.values())
    return "code" in names and bool(names & {"depth", "assessable"})


def _is_letter(column: str) -> bool:
    return re.fullmatch(r"[A-Z]{1,3}", column) is not None


def _names(layout: str) -> list[str]:
    return [spec.name for spec in LAYOUTS[layout]]


def _examples(layout: str, name: str) -> str:
    spec = spec_of(layout, name)
    return ", ".join(f"'{s}'" for s in (spec.label, *spec.aliases[:3]))


class _Parser:
    """Shared bookkeeping of both layouts: problems with their place, cells by field."""

    def __init__(self, file: str, plan: ImportPlan) -> None:
        self.file = file
        self.plan = plan
        self.fields = plan.fields
        self.headers = {column_index(c.letter): c.header for c in plan.columns}
        # Every field of the layout, in its fixed order; a field with no column reads the
        # empty cell appended at the end of each row.
        width = max(self.fields.values()) + 1
        self.pad = [""] * (width + 1)
        indices = [self.fields.get(name, width) for name in _names(plan.layout)]
        self.getter = itemgetter(*indices)
        self.problems: list[Problem] = []
        self.problem_count = 0

    def values(self, cells: list[str]) -> list[str]:
        """The row's cells in the layout's field order, NFC-normalised and trimmed."""
        raw: tuple[str, ...] = self.getter(cells + self.pad)
        # One check over the whole row is much cheaper than one per cell.
        if not unicodedata.is_normalized("NFC", "".join(raw)):
            return [unicodedata.normalize("NFC", v).strip() for v in raw]
        return [v.strip() for v in raw]

    def problem(self, row: int, name: str | None, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) >= MAX_PROBLEMS:
            return
        column = None
        if name is not None and name in self.fields:
            index = self.fields[name]
            header = self.headers.get(index) or label_of(self.plan.layout, name)
            column = f"{column_letter(index)} ({header})"
        self.problems.append(Problem(self.file, message, self.plan.sheet, row, column))

    def weight(self, row: int, text: str) -> float:
        if not text:
            return 1.0
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = -1.0
        if value < 0:
            self.problem(row, "weight", f"expected a number of 0 or more, found '{text}'.")
            return 1.0
        return value

    def raise_problems(self, chapters: list[ChapterData]) -> None:
        if not any(s.elements for c in chapters for s in c.standards) and not self.problems:
            self.problems.append(
                Problem(
                    self.file,
                    "no measurable elements were found below the header row "
                    f"{self.plan.header_row}.",
                    self.plan.sheet,
                )
            )
        if self.problems:
            hidden = self.problem_count - len(self.problems)
            if hidden:
                self.problems.append(
                    Problem(self.file, f"… and {hidden} more problems not listed.")
                )
            raise SpreadsheetError(self.problems)


class _FlatParser(_Parser):
    """One row per measurable element; chapter and standard cells may be left blank below
    their first row (or merged), and then carry on from the row above."""

    def __init__(self, file: str, plan: ImportPlan) -> None:
        super().__init__(file, plan)
        self.chapters: dict[str, ChapterData] = {}
        self.standards: dict[str, tuple[StandardData, int, str]] = {}  # code → (data, row, chapter)
        self.element_rows: dict[str, int] = {}
        self.chapter_rows: dict[str, int] = {}
        self.chapter: ChapterData | None = None
        self.standard: StandardData | None = None
        self.has_chapter_column = "chapter_code" in self.fields

    def add(self, row: int, cells: list[str]) -> None:
        (
            chapter_code, chapter_title, standard_code, standard_text, element_number,
            element_text, section, typical_evidence, tags, weight,
        ) = cells  # fmt: skip
        standard, chapter = self.standard, self.chapter
        if not (
            standard is not None
            and chapter is not None
            and standard_code == standard.code
            and (not standard_text or standard_text == standard.text)
            and (not chapter_code or chapter_code == chapter.code)
            and (not chapter_title or chapter_title == chapter.title)
        ):  # anything but another element of the same standard, the common case
            self._enter(row, chapter_code, chapter_title, standard_code, standard_text, section)
            standard = self.standard

        if not element_text:
            if element_number:
                self.problem(row, "element_text", "the measurable element has no text.")
            return
        if standard is None:
            self.problem(
                row,
                "standard_code",
                "this measurable element has no standard above it or on its row.",
            )
            return
        number = _element_number(element_number) or str(len(standard.elements) + 1)
        code = element_code(standard.code, number)
        first = self.element_rows.setdefault(code, row)
        if first != row:
            self.problem(
                row,
                "element_number",
                f"duplicate measurable element {code} (first on row {first}).",
            )
            return
        standard.elements.append(
            ElementData(number, element_text, typical_evidence, tags, self.weight(row, weight))
        )

    def _enter(
        self,
        row: int,
        chapter_code: str,
        chapter_title: str,
        standard_code: str,
        standard_text: str,
        section: str,
    ) -> None:
        if standard_code and not chapter_code and not self.has_chapter_column:
            chapter_code = _chapter_from_code(standard_code)
        if chapter_code:
            self._enter_chapter(row, chapter_code, chapter_title)
        elif chapter_title and self.chapter is not None and not self.chapter.title:
            self.chapter.title = chapter_title
        if standard_code:
            self._enter_standard(row, standard_code, standard_text, section)
        elif standard_text and self.standard is not None and not self.standard.text:
            self.standard.text = standard_text

    def _enter_chapter(self, row: int, code: str, title: str) -> None:
        chapter = self.chapters.get(code)
        if chapter is None:
            chapter = self.chapters[code] = ChapterData(code, title)
            self.chapter_rows[code] = row
        elif title and chapter.title and title != chapter.title:
            self.problem(
                row,
                "chapter_title",
                f"chapter {code} has a different title than on row {self.chapter_rows[code]} "
                f"('{_short(chapter.title)}').",
            )
        elif title and not chapter.title:
            chapter.title = title
        if chapter is not self.chapter:
            self.chapter = chapter
            self.standard = None

    def _enter_standard(self, row: int, code: str, text: str, section: str) -> None:
        if self.chapter is None:
            self.problem(
                row, "chapter_code", f"standard {code} has no chapter above it or on its row."
            )
            return
        known = self.standards.get(code)
        if known is None:
            standard = StandardData(code, text, section)
            self.chapter.standards.append(standard)
            self.standards[code] = (standard, row, self.chapter.code)
            self.standard = standard
            return
        standard, first_row, chapter_code = known
        if chapter_code != self.chapter.code:
            self.problem(
                row,
                "standard_code",
                f"standard {code} is under chapter {self.chapter.code} here but under "
                f"{chapter_code} on row {first_row}; standard codes must be unique.",
            )
        elif text and standard.text and text != standard.text:
            self.problem(
                row,
                "standard_text",
                f"standard {code} has a different text than on row {first_row}.",
            )
        elif text and not standard.text:
            standard.text = text
        self.standard = standard

    def finish(self) -> list[ChapterData]:
        chapters = list(self.chapters.values())
        self.raise_problems(chapters)
        return chapters


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


class _OutlineParser(_Parser):
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
                self.problem(row, "code", f"duplicate code {code} (first on row {first}).")
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
                self.problem(row, "code", "the first row of the outline needs a code.")
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
        self.problem(row, "assessable", f"expected yes/no (or x / empty), found '{text}'.")
        return None

    def _depth(self, row: int, text: str, code: str) -> int | None:
        if self.by_depth:
            if not text.isdigit() or int(text) < 1:
                self.problem(row, "depth", f"expected a level of 1 or more, found '{text}'.")
                return None
            depth = int(text)
            deepest = self.stack[-1].depth + 1 if self.stack else 1
            if depth > deepest:
                self.problem(
                    row,
                    "depth",
                    f"level {depth} follows level {deepest - 1}; expected at most {deepest}.",
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
                self.problem(
                    root.row, "assessable", "a top-level row is a chapter and cannot be assessable."
                )
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
                        "this assessable row sits directly under its chapter; "
                        "expected a standard between them.",
                    )
                    continue
                number = _element_number(_strip_prefix(child.code, standard.code))
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


def _chapter_from_code(code: str) -> str:
    match = re.match(r"[^\W\d_]+", code)
    return match.group(0) if match else code.split(".")[0]


def _element_number(text: str) -> str:
    """ "ME 2", "2." and "2)" all number the element "2"."""
    if text.isdigit():
        return text
    return _ME_PREFIX.sub("", text).rstrip(".)").strip()


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
